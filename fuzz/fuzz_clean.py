#!/usr/bin/env python3
"""Coverage-guided fuzzing of the readers and the pipeline with atheris (`make fuzz`).

Not part of CI's default run. Any input must clean without raising, and every non-blank line
of the rendition must be accounted for. A crash found here becomes a regression case in
tests/test_input.py or a fixture.

    .venv/bin/python fuzz/fuzz_clean.py -max_total_time=60 fuzz/corpus
"""

import sys

import atheris

with atheris.instrument_imports():
    from newsclean import clean
    from newsclean._readers import looks_like_html, render_html, repair


def one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    if fdp.ConsumeBool():
        article = clean(fdp.ConsumeBytes(fdp.remaining_bytes()))
        return
    text = fdp.ConsumeUnicodeNoSurrogates(fdp.remaining_bytes())
    article = clean(text)
    fixed = repair(text)
    lines = (render_html(fixed) if looks_like_html(fixed) else fixed).splitlines()
    nonblank = [n for n, line in enumerate(lines, start=1) if line.strip()]
    seen = []
    for p in article.provenance:
        seen.extend(range(p.lines[0], p.lines[1] + 1))
    for r in article.removals:
        seen.extend(range(r.lines[0], r.lines[1] + 1))
    if sorted(seen) != nonblank:
        raise AssertionError(f"lines not accounted for exactly once: {text[:200]!r}")


if __name__ == "__main__":
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()
