"""Sentences that a tool printed in pieces, one to a line (BeautifulSoup's get_text("\\n")):
the text reader joins the pieces back into the sentence, and leaves lines apart whose break
is the writer's."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from hypothesis import given
from hypothesis import strategies as st

from newsclean import clean
from newsclean._readers import read_text

from .helpers import assert_linear_time
from .test_properties import SETTINGS, assert_every_line_accounted_once

PAGE = """<html><head><title>Studio ports its game</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/games">Games</a>
<a href="/reviews">Reviews</a> <a href="/about">About us</a></nav>
<h1>Studio ports its game to the Switch</h1>
<p>The studio behind <a href="/g/snake">Snake Pass</a> took only a week to bring the game to
the Nintendo Switch, its <em>technical director</em> told reporters on Tuesday at a
conference in <a href="/c/london">London</a>.</p>
<p>Most of the code ran on the console at once, he said, and the team spent the rest of the
time on the controls (<a href="/pdf">PDF</a>) and on the frame rate, which now holds at 30
frames a second in docked mode and a little less in the hand.</p>
<p>The studio, which has <strong>twelve</strong> staff, plans a second game for next year,
and said it would be shown at a trade fair in <a href="/c/cologne">Cologne</a> in August.</p>
<footer><a href="/privacy">Privacy policy</a> <a href="/terms">Terms of use</a></footer>
</body></html>"""

STORY = [
    "The studio behind Snake Pass took only a week to bring the game to the Nintendo Switch, "
    "its technical director told reporters on Tuesday at a conference in London.",
    "Most of the code ran on the console at once, he said, and the team spent the rest of the "
    "time on the controls (PDF) and on the frame rate, which now holds at 30 frames a second "
    "in docked mode and a little less in the hand.",
    "The studio, which has twelve staff, plans a second game for next year, and said it "
    "would be shown at a trade fair in Cologne in August.",
]


@pytest.mark.parametrize("strip", [True, False])
def test_a_pages_text_nodes_come_back_as_its_paragraphs(strip: bool) -> None:
    text = BeautifulSoup(PAGE, "html.parser").get_text("\n", strip=strip)
    article = clean(text)
    assert article.paragraphs == STORY
    assert_every_line_accounted_once(text, article)


@pytest.mark.parametrize("lines,joined", [
    # a link's text between two parts of a sentence
    (["shares the not-so-winding path", "Snake Pass", "took", "in its port to the Switch."],
     "shares the not-so-winding path Snake Pass took in its port to the Switch."),
    # a name after a comma, and the rest
    (["In a statement, President", "Donald Trump", "said the plan would work."],
     "In a statement, President Donald Trump said the plan would work."),
    # closing stops and brackets take no space
    (["The report (", "PDF", ") said rates rose to 4.5", "%", ", the bank said."],
     "The report (PDF) said rates rose to 4.5%, the bank said."),
    (["He said the talks would resume on", "Monday", "."],
     "He said the talks would resume on Monday."),
    # a long piece in lower case under a line that stops inside a sentence
    (["The council said the bridge,", "which opened in 1932, would close for two years."],
     "The council said the bridge, which opened in 1932, would close for two years."),
    # the held-out languages with case: a link's name after a function word of theirs
    (["O governo anunciou um novo programa de crédito para a", "Petrobras",
      ", segundo o ministro da Fazenda."],
     "O governo anunciou um novo programa de crédito para a Petrobras, segundo o ministro da "
     "Fazenda."),
    (["Президент заявил, что", "Газпром", "продолжит поставки газа в Европу."],
     "Президент заявил, что Газпром продолжит поставки газа в Европу."),
    (["Pemerintah menunda kenaikan tarif listrik untuk pelanggan di", "Jakarta",
      "hingga akhir tahun."],
     "Pemerintah menunda kenaikan tarif listrik untuk pelanggan di Jakarta hingga akhir tahun."),
    # Chinese: the piece after a link starts with a full-width comma (a break between two
    # Han characters tells nothing: "首页" over "新闻" is a menu)
    (["据新华社报道", "，国务院14日召开常务会议。"], "据新华社报道，国务院14日召开常务会议。"),
])
def test_pieces_of_a_sentence_are_joined(lines: list[str], joined: str) -> None:
    blocks = read_text("\n".join(lines)).blocks
    assert [(b.text, b.lines) for b in blocks] == [(joined, (1, len(lines)))]


@pytest.mark.parametrize("lines", [
    # a menu, in lower case or not
    ["Home", "news", "sport", "business"],
    ["Home", "World news", "Sport", "Business"],
    # a byline over its date and the author's site (capitalised: a name, not a sentence)
    ["By Stephen Gowans", "January 13, 2008", "gowans.blogspot.com"],
    # a headline in title case over its date line
    ["Timberlake Appearing in Super Bowl Ad", "posted 8:58 am Tue January 15, 2008 - SEATTLE"],
    # a comment's date over its text
    ["Thu, Jan 17, 08 at 03:27 PM",
     "so why did the doctors remove that thing when it was smaller?"],
    # a related box: headlines over their counters, a label over a label
    ["Keep reading", "list of 4 items", "list 1 of 4",
     "Drought kills livestock across the Horn of Africa", "list 2 of 4"],
    ["Kenya floods force thousands from homes", "a day ago"],
    # an address at a line's end is not a word the sentence stops at
    ["김민수 기자 minsu@hankyung.com", "ⓒ 한국경제 & hankyung.com, 무단전재 및 재배포 금지"],
    # a sentence ends: what follows is another
    ["The council met on Tuesday.", "the mayor was not there."],
])
def test_lines_whose_break_is_the_writers_stay_apart(lines: list[str]) -> None:
    blocks = read_text("\n".join(lines)).blocks
    assert [b.text for b in blocks] == lines


def test_a_blank_line_parts_what_would_join() -> None:
    blocks = read_text("The council said the bridge would\n\nclose for two years, officials said.")
    assert len(blocks.blocks) == 2


def test_wrapped_and_markdown_text_keep_their_own_reading() -> None:
    """The pieces' reading is for text that is neither hard-wrapped nor Markdown (those have
    their own, which knows their line breaks)."""
    md = ("See [the report](https://example.com/a) and [the data](https://example.com/b) and "
          "[the map](https://example.com/c)\nwhich the council published on Tuesday.")
    assert len(read_text(md).blocks) == 2


words = st.text(alphabet="abcdefgh XYZ,.()%", min_size=1, max_size=30).map(str.strip).filter(bool)


@SETTINGS
@given(st.lists(words, min_size=1, max_size=40))
def test_joining_loses_and_reorders_nothing(lines: list[str]) -> None:
    """Whatever is joined, the blocks hold the lines' characters in order (but spaces), each
    line in exactly one block, in line order."""
    blocks = read_text("\n".join(lines)).blocks
    assert "".join(b.text for b in blocks).replace(" ", "") == "".join(lines).replace(" ", "")
    spans = [n for b in blocks for n in range(b.lines[0], b.lines[1] + 1)]
    assert spans == list(range(1, len(lines) + 1))


@pytest.mark.parametrize("unit", [
    "pieces of a sentence in lower case\n",  # one block of 200,000 lines
    "In a statement, President\nDonald Trump\nsaid the plan would work\n",
    "Home\nNews\n",  # nothing joined
])
def test_joining_runs_in_linear_time(unit: str) -> None:
    assert_linear_time(lambda n: read_text(unit * n), 5000, 20000, floor=1e-3)


def test_pieces_in_hard_wrapped_text_are_joined_too() -> None:
    """A page whose HTML source is hard-wrapped gives get_text() lines wrapped at the source's
    width *and* cut at every link: the wrapped lines are joined by the width, and the pieces
    by the pieces' reading."""
    import textwrap

    from newsclean._readers import wrap_width

    story = STORY * 2
    html = []
    for paragraph in story:
        source = textwrap.fill(paragraph, 64)
        for name in ("Snake Pass", "London", "PDF"):
            source = source.replace(name, f'<a href="/x">{name}</a>', 1)
        html.append(f"<p>{source}</p>")
    text = BeautifulSoup("<body>" + "\n".join(html) + "</body>", "html.parser").get_text(
        "\n", strip=True)
    assert wrap_width(text) is not None
    assert [b.text for b in read_text(text).blocks] == story


@pytest.mark.parametrize("lines", [
    # a comment's header in capitals over its text: "AM" is a time, not the verb
    ["BY GEEKGOTH AT 01/09/08 11:37 AM", "for those too lazy to push buttons"],
    # an emoticon is no opening bracket
    ["And I thought that was really Slash :(", "BY IT-HOBBIT AT 01/08/08 05:52 PM"],
    # an ellipsis opens a line of its own
    ["BY MICHAI AT 01/08/08 05:44 PM", ".... so ... that may have been the worst thing yet."],
])
def test_comment_lines_are_not_pieces(lines: list[str]) -> None:
    assert [b.text for b in read_text("\n".join(lines)).blocks] == lines
