"""Floors under body F1 and title F1 when the dev pages come in the other forms scrapers give
(without blank lines, hard-wrapped, a terminal browser's dump, BeautifulSoup's text nodes one
to a line, a headless browser's body text with no page title): see benchmarks/input_forms.py,
which prints the same figures (`make forms`). Skipped where ../shared/corpus is absent. Floors
only go up."""

from __future__ import annotations

import json
import sys

import pytest

from .conftest import CORPUS, ROOT

pytestmark = [pytest.mark.corpus, pytest.mark.slow, pytest.mark.skipif(
    not (CORPUS / "dev.jsonl").exists(), reason="../shared/corpus not present")]

# `make forms`, rounded down a little; the text form's floor is in tests/test_corpus.py
FLOORS = {"no-blanks": 0.966, "wrapped-80": 0.969, "lynx": 0.968, "wrapped-tight": 0.960,
          "bs4-strip": 0.938, "no-title": 0.967}
#: the title's token F1 in those forms (`make forms`' last column, rounded down a little); the
#: no-title form has no page title on top, as a headless browser's body text has it (the
#: text form's title floor is in tests/test_corpus.py)
TITLE_FLOORS = {"no-blanks": 0.920, "wrapped-80": 0.925, "lynx": 0.925, "wrapped-tight": 0.905,
                "bs4-strip": 0.893, "no-title": 0.679}


@pytest.mark.parametrize("form", sorted(FLOORS))
def test_body_f1_of_an_input_form(form: str) -> None:
    sys.path.insert(0, str(CORPUS))
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import input_forms

    with open(CORPUS / "dev.jsonl", encoding="utf-8") as f:
        pages = [json.loads(line) for line in f]
    aggregate, _ = input_forms.score_form(pages, input_forms.forms(CORPUS)[form])
    assert aggregate["f1"] >= FLOORS[form]
    if form in TITLE_FLOORS:
        assert aggregate["title"] >= TITLE_FLOORS[form]
