"""The seed page (../shared/seed, copied to fixtures/seed-aggregator-nypost) comes out exactly.

Beyond the golden dump, this checks the seed's own expectations: every field, and that every
input line the seed lists under `removed_lines` is recorded as removed or moved into a field by
a rule whose family fits the reason given there.
"""

from __future__ import annotations

import json

import pytest

from newsclean import clean

from .conftest import FIXTURES

SEED = FIXTURES / "seed-aggregator-nypost"
EXPECTED = json.loads((SEED / "seed.expected.json").read_text(encoding="utf-8"))
ARTICLE = clean((SEED / "input.txt").read_text(encoding="utf-8"))

# the seed's reason headings -> rule id prefixes (or field targets) that fit them
FITTING = {
    "site chrome": ("header.", "chrome."),
    "sponsor": ("sponsor.",),
    "navigation": ("chrome.nav_word",),
    "metadata moved to fields": ("source.", "published.", "title."),
    "advertisement": ("ads.",),
    "wire attribution moved to field": ("attribution.",),
}


def test_fields() -> None:
    assert ARTICLE.title == EXPECTED["title"]
    assert ARTICLE.source == EXPECTED["source"]
    assert str(ARTICLE.published) == EXPECTED["published"]
    assert ARTICLE.attribution == EXPECTED["attribution"]


def test_paragraphs_exact() -> None:
    assert ARTICLE.paragraphs == EXPECTED["paragraphs"]


def test_captions_exact() -> None:
    got = [{"text": c.text, "credit": c.credit, "alt": c.alt} for c in ARTICLE.captions]
    assert got == EXPECTED["captions"]


@pytest.mark.parametrize("reason", sorted(EXPECTED["removed_lines"]))
def test_removed_lines_recorded_with_fitting_rule(reason: str) -> None:
    prefixes = next(v for k, v in FITTING.items() if reason.startswith(k))
    by_line = {}
    for r in ARTICLE.removals:
        for n in range(r.lines[0], r.lines[1] + 1):
            by_line[n - 1] = r  # the seed numbers lines from 0
    for line in EXPECTED["removed_lines"][reason]:
        assert line in by_line, f"input line {line} not recorded"
        assert by_line[line].rule.startswith(prefixes), (line, by_line[line].rule, reason)
