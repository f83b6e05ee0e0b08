"""Hard-wrapped text (a terminal browser's dump, html2text, wire copy): each paragraph's lines
are joined back into one block before the cleaners read it."""

from __future__ import annotations

import textwrap

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsclean import clean
from newsclean._readers import read, wrap_width

from .test_properties import assert_every_line_accounted_once

STORY = [
    "The Harbour Bridge, which carries more than 40,000 vehicles a day between the old town "
    "and the ferry terminal, will close to traffic for two years from June while engineers "
    "replace its rusting steel deck, the city council said on Thursday.",
    "Council engineers found last autumn that salt water had eaten into the supports far "
    "faster than expected, and that the deck laid in 1968 could no longer be patched safely. "
    "A temporary ferry service and extra buses will run while the work goes on.",
    "Local businesses on the terminal side of the bridge said they feared losing customers. "
    "Ana Lima, who runs a cafe near the ferry steps, said her takings had already fallen since "
    "the council first warned of the closure in January.",
    "The council expects the repairs to cost about 85 million, most of it from a national "
    "fund for ageing infrastructure, and says the new deck should last at least seventy years.",
]
MENU = "Home\nNews\nSport\nBusiness\nWeather"


def _wrapped(width: int, indent: str = "") -> str:
    paragraphs = [textwrap.fill(p, width, initial_indent=indent, subsequent_indent=indent)
                  for p in STORY]
    return "\n\n".join([MENU] + paragraphs + ["Related stories\n\nFerry fares frozen for 2024"])


@pytest.mark.parametrize("width", [60, 72, 78, 80, 100])
def test_a_wrapped_story_is_read_as_its_paragraphs(width: int) -> None:
    text = _wrapped(width)
    assert wrap_width(text) == max(len(line) for line in text.splitlines())
    assert [b.text for b in read(text).blocks][5:9] == STORY
    assert clean(text).paragraphs == STORY


def test_an_indented_dump_is_read_as_its_paragraphs() -> None:
    """lynx sets every line of a paragraph three spaces in and wraps at 77 columns."""
    assert clean(_wrapped(77, indent="   ")).paragraphs == STORY


def test_a_joined_paragraph_spans_its_lines() -> None:
    text = _wrapped(72)
    article = clean(text)
    lines = text.splitlines()
    first = lines.index(textwrap.wrap(STORY[0], 72)[0]) + 1
    assert article.provenance[0].lines == (first, first + len(textwrap.wrap(STORY[0], 72)) - 1)
    assert_every_line_accounted_once(text, article)


@pytest.mark.parametrize("text", [
    # a browser's rendition: each paragraph one long line
    "\n\n".join([MENU] + STORY),
    # short lines only (a menu page): nothing comes close to one width
    "\n".join(["Home", "News", "Sport", "Business", "Weather", "Contact us", "About",
               "Jobs", "Advertise with us", "Privacy policy"]),
    # paragraphs of at most 160 characters set apart by blank lines: near one width by chance
    # but never followed by the next line
    "\n\n".join(p[:150] for p in STORY * 3),
    # a short story's two long lines over a long thread of short ones, no blank line between:
    # the width is not read off the thread's lines
    "\n".join(["Home", "News"] + STORY[:2]
              + [f"BY READER{n} AT 01/08/08 05:{n:02d} PM\nDoes it come with the wig?\nReply"
                 for n in range(25)]),
])
def test_text_that_is_not_wrapped_is_not_taken_for_wrapped(text: str) -> None:
    assert wrap_width(text) is None
    assert all(b.last == b.line for b in read(text).blocks)


def test_too_few_lines_to_tell_a_width_are_still_one_sentence() -> None:
    """A paragraph wrapped into four lines is too little to read a width off; its lines go on
    with each other's sentence (each starts in lower case under a line that stops inside
    it), so the reading of sentence pieces joins them all the same (see test_fragments.py)."""
    text = textwrap.fill(STORY[0], 72)
    assert wrap_width(text) is None
    assert [(b.text, b.lines) for b in read(text).blocks] == [
        (STORY[0], (1, len(text.splitlines())))]


def test_a_word_broken_at_its_hyphen_is_joined_without_a_space() -> None:
    story = STORY[1].replace("the supports", "the long-term supports")
    # the width at which the tool breaks the line inside "long-term"
    width = next(w for w in range(60, 90)
                 if any(line.endswith("long-") for line in textwrap.wrap(story, w)))
    text = "\n\n".join(textwrap.fill(p, width) for p in [STORY[0], story, *STORY[2:]])
    assert clean(text).paragraphs[1] == story


def test_han_and_kana_lines_are_joined_without_a_space() -> None:
    sentence = "政府は十四日、港の橋を六月から二年間通行止めにすると発表した。" * 4
    paragraphs = [sentence[i:] + sentence[:i] for i in range(0, 40, 8)]
    text = "\n\n".join("\n".join(textwrap.wrap(p, 38)) for p in paragraphs)
    assert wrap_width(text) == 38
    assert [b.text for b in read(text).blocks] == paragraphs


def test_the_writers_line_breaks_stay() -> None:
    """A short line (a list item, a paragraph's last line) ends where its writer ended it: the
    next line's first word would have fitted after it."""
    items = "Ferry fares frozen for 2024\nNew cycle lane opens on the seafront\nBudget passed"
    text = _wrapped(72) + "\n\nMore on this story\n" + items
    blocks = [b.text for b in read(text).blocks]
    assert blocks[-3:] == items.splitlines()


_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=12)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(_WORD, min_size=30, max_size=80), min_size=3, max_size=8),
       st.integers(min_value=40, max_value=120))
def test_wrapping_then_reading_gives_the_paragraphs_back(
        words: list[list[str]], width: int) -> None:
    paragraphs = [" ".join(w) for w in words]
    text = "\n\n".join(textwrap.fill(p, width) for p in paragraphs)
    if wrap_width(text) is not None:
        assert [b.text for b in read(text).blocks] == paragraphs
    assert_every_line_accounted_once(text, clean(text))


def test_han_and_kana_lines_under_the_width_end_their_paragraph() -> None:
    """Text of Han and kana characters may break after any one: a line that stops short of
    the width is a paragraph's last, even with the next paragraph right under it."""
    sentence = "政府は十四日、港の橋を六月から二年間通行止めにすると発表した。"
    paragraphs = [sentence * 4, "市長は記者会見で理解を求めた。" * 5, sentence * 3]
    text = "\n".join("\n".join(textwrap.wrap(p, 36)) for p in paragraphs)
    assert wrap_width(text) == 36
    assert [b.text for b in read(text).blocks] == paragraphs


def test_a_lynx_dump_with_its_link_list() -> None:
    """lynx -dump numbers every link ("[12]Home") and lists their addresses under
    "References": the numbers go, the address lines go by a rule, and the list's long lines do
    not hide the width the story was wrapped at."""
    menu = "\n".join(f"     * [{n}]{word}" for n, word in enumerate(MENU.split(), start=1))
    story = [textwrap.fill(p.replace("city council", "[9]city council"), 74,
                           initial_indent="   ", subsequent_indent="   ") for p in STORY]
    addresses = [f"  {n}. https://example.com/{'section/' * 12}page-{n}.html" for n in range(1, 12)]
    text = "\n\n".join([menu, *story, "References\n\n   Visible links:\n" + "\n".join(addresses)])
    article = clean(text)
    assert article.paragraphs == STORY
    assert "chrome.address_line" in {r.rule for r in article.removals}
    assert_every_line_accounted_once(text, article)
