"""Properties that hold for any input (hypothesis)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from newsclean import clean
from newsclean.__main__ import render
from newsclean._document import Document
from newsclean._models import Article
from newsclean._pipeline import build_article, run
from newsclean._readers import looks_like_html, read, render_html, repair
from newsclean._rules import known_rule_ids

from .strategies import page

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def assert_every_line_accounted_once(text: str, article: Article) -> None:
    """Each non-blank line of the reader's rendition is in exactly one place: a kept
    paragraph, or one removal record (dropped, or moved into a field or a caption). A removal
    of part of a line (``part``) leaves the rest of that line in a kept paragraph."""
    fixed = repair(text)
    lines = (render_html(fixed) if looks_like_html(fixed) else fixed).splitlines()
    nonblank = [n for n, line in enumerate(lines, start=1) if line.strip()]
    seen: list[int] = []
    for p in article.provenance:
        seen.extend(range(p.lines[0], p.lines[1] + 1))
    for r in article.removals:
        if not r.part:
            seen.extend(range(r.lines[0], r.lines[1] + 1))
    assert sorted(seen) == nonblank
    kept = {n for p in article.provenance for n in range(p.lines[0], p.lines[1] + 1)}
    for r in article.removals:
        if r.part:
            assert set(range(r.lines[0], r.lines[1] + 1)) <= kept


@SETTINGS
@given(page)
def test_never_raises_and_accounts_for_every_line(text: str) -> None:
    assert_every_line_accounted_once(text, clean(text))


@SETTINGS
@given(page)
def test_every_removal_names_a_known_rule(text: str) -> None:
    ids = known_rule_ids()
    for removal in clean(text).removals:
        assert removal.rule in ids, removal.rule
        assert removal.cleaner and removal.reason


@SETTINGS
@given(page)
def test_empty_pipeline_is_identity(text: str) -> None:
    doc = read(text)
    assert run(doc, ()) is doc
    article = build_article(doc)
    assert article.paragraphs == [b.text for b in doc.blocks]


def _still_there(paragraph: str, article: Article) -> bool:
    """A paragraph of the first pass is a paragraph of the second, or its headline (the same
    words: the headline line and its repeat may differ in edge punctuation)."""
    if paragraph in article.paragraphs:
        return True
    return article.title is not None and _words(paragraph) == _words(article.title)


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


@SETTINGS
@given(page)
def test_cleaning_the_article_again_keeps_every_paragraph(text: str) -> None:
    """Idempotence: the rendered article (title, blank line, body), cleaned again, drops
    nothing, and every paragraph is still there: as a paragraph, or as the headline when the
    article had none and its first paragraph reads like one."""
    article = clean(text)
    again = clean(render(article, "text"))
    assert [r.text for r in again.removals if r.target == "drop"] == []
    for paragraph in article.paragraphs:
        assert _still_there(paragraph, again)


@SETTINGS
@given(st.binary(max_size=2000))
def test_any_bytes(data: bytes) -> None:
    article = clean(data)
    assert isinstance(article, Article)
    for p in article.paragraphs:
        assert not any(ord(c) < 32 or 0x7F <= ord(c) < 0xA0 for c in p)


def test_document_type() -> None:
    assert isinstance(read("x"), Document)


FIXTURE_INPUTS = sorted(
    p for p in (Path(__file__).resolve().parent.parent / "fixtures").glob("*/input.*"))


@pytest.mark.parametrize("path", FIXTURE_INPUTS, ids=[p.parent.name for p in FIXTURE_INPUTS])
def test_every_fixture_accounts_for_every_line(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert_every_line_accounted_once(text, clean(text))


# Inputs hypothesis found that once broke a property; kept as regression cases.
REGRESSIONS = [
    "Advertisement\nThe council voted on Tuesday to approve the new bridge over the river.\n",
    "A\nAdvertisement\n",
    "Advertisement\nAdvertisement\n",
    "0A\n0A\n0A\n",
    "Advertisement\nA,\nA\n",
    "AP\nAdvertisement\n",
    "NextImg:A headline\n\nNextImg:A headline\n",
    "With Post wires\nHome\nNextImg:A headline\n",
    "Advertisement\nWith Post wires\n\nWith Post wires\n",
    "<P\nAdvertisement\n",
    "Advertisement\nA\ra:0\u2e80\U00020000" + "0\n",
    "\u00ce\x08\u00a1\n",  # mojibake hidden behind a control character
    "Advertisement\nWith Post wires\nHome\nHome\nHome\n",  # a wire credit before chrome
    "\x9d\u00c3\x91\n",  # mojibake that shows only after a first repair
    "\x9d\u00c2\x91\n",
    "By Jane Doe\nWith Post wires\nHome\nHome\nA\n",  # chrome after the wire credit
    "Advertisement\nWith Post wires\nA\nA\nA\n",
    "0\u0300\n0\n",  # a "headline" with no letter
]


@pytest.mark.parametrize("text", REGRESSIONS)
def test_regressions(text: str) -> None:
    article = clean(text)
    assert_every_line_accounted_once(text, article)
    again = clean(render(article, "text"))
    assert [r.text for r in again.removals if r.target == "drop"] == []
    for paragraph in article.paragraphs:
        assert _still_there(paragraph, again)


_BREAKS = st.sampled_from(["\n", "\r\n", "\r", "\x0b", "\x0c", "\x1c", "\x85", "\u2028", "\u2029"])


@given(st.lists(st.one_of(st.text(alphabet="ab \t", max_size=6), _BREAKS), max_size=60),
       st.integers(min_value=1, max_value=8))
def test_reader_splits_in_chunks_as_splitlines_does(parts: list[str], chunk: int) -> None:
    # the reader splits a large text a chunk at a time; the lines must be splitlines()' own,
    # a CRLF pair or a line never cut at a chunk's edge (tiny chunks put an edge everywhere)
    from newsclean import _readers

    text = "".join(parts)
    old = _readers._CHUNK
    _readers._CHUNK = chunk
    try:
        assert list(_readers._lines(text)) == text.splitlines()
    finally:
        _readers._CHUNK = old


@given(st.lists(st.sampled_from(["Reply", "Share", "a", "b", "c", "Photo", ""]) | st.text(max_size=3),
                max_size=80),
       st.integers(min_value=1, max_value=4))
def test_repeated_texts_two_pass_count_is_exact(texts: list[str], times: int) -> None:
    # a large input's repeats are counted by hash bucket first; with a tiny threshold for
    # "large", every list here takes that path, collisions and all
    from collections import Counter

    from newsclean.cleaners import _shape

    truth = {t for t, n in Counter(texts).items() if n >= times}
    old = _shape._SMALL
    _shape._SMALL = 0
    try:
        assert _shape.repeated_texts(texts, times) == truth
    finally:
        _shape._SMALL = old
    assert _shape.repeated_texts(texts, times) == truth


@given(st.text(alphabet=st.sampled_from(list("ab .,-'") + ["東", "京", "か", "한", "글", "é"]),
               max_size=400),
       st.integers(min_value=0, max_value=6))
@example("a" * 40 + " " + "b" * 30 + " c d", 2)  # the prefix holds exactly the cap, the line more
def test_size_capped_answers_as_size_does(text: str, cap: int) -> None:
    # read off a prefix for a long line: exact up to the cap, over it exactly when size() is
    from newsclean.cleaners._shape import size, size_capped

    n, full = size_capped(text, cap), size(text)
    assert n == full if full <= cap else n > cap


@given(st.lists(st.text(alphabet="abc(/ ", min_size=1, max_size=4), min_size=1, max_size=12),
       st.text(alphabet="abc(/ d", max_size=40))
def test_literal_alternation_finds_what_a_substring_test_finds(strings: list[str], text: str) -> None:
    # the rule tables' gate: a trie-shaped pattern of their "contains" strings
    import re

    from newsclean._rules import literal_alternation

    found = re.search(literal_alternation(sorted(set(strings))), text) is not None
    assert found == any(s in text for s in strings)
