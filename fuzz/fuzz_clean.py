#!/usr/bin/env python3
"""Coverage-guided fuzzing of the readers and the pipeline with atheris (`make fuzz`).

Not part of CI's default run. Any input must clean without raising, and every non-blank line
of the rendition must be accounted for. A crash found here becomes a regression case in
tests/test_input.py or a fixture.

    .venv/bin/python fuzz/fuzz_clean.py -max_total_time=60 fuzz/corpus
"""

import sys
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests' invariant

with atheris.instrument_imports():
    from newsclean import clean

# the same check as the property tests (a removal of part of a line, a dateline's prefix,
# leaves the rest of the line in a kept paragraph)
from tests.test_properties import assert_every_line_accounted_once  # noqa: E402


def one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    if fdp.ConsumeBool():
        clean(fdp.ConsumeBytes(fdp.remaining_bytes()))
        return
    text = fdp.ConsumeUnicodeNoSurrogates(fdp.remaining_bytes())
    try:
        assert_every_line_accounted_once(text, clean(text))
    except AssertionError as exc:
        raise AssertionError(f"lines not accounted for exactly once: {text[:200]!r}") from exc


if __name__ == "__main__":
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()
