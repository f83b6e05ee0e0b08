"""Markdown input (html2text, markdownify, crawlers' "LLM-ready" output): the syntax goes line
by line, wrapped paragraphs are joined, every line stays accounted for."""

from __future__ import annotations

import textwrap

import pytest

from newsclean import clean
from newsclean._markdown import looks_like_markdown, strip_markdown
from newsclean._readers import read

from .helpers import assert_linear_time
from .test_properties import assert_every_line_accounted_once


@pytest.mark.parametrize("line,text", [
    ("[Home](/)", "Home"),
    ("* [News](https://example.com/news)", "News"),
    ("  *   * ### Trending Articles", "Trending Articles"),
    ("1. [First story](/a \"First\")", "First story"),
    ("## Storm floods coastal towns ##", "Storm floods coastal towns"),
    ("> \"We will rebuild,\" the mayor said.", "\"We will rebuild,\" the mayor said."),
    ("The **council** met on _Tuesday_.", "The council met on Tuesday."),
    ("See [the report](https://ex.com/r.pdf) and [the map][2].", "See the report and the map."),
    ("[![Logo](/logo.png) Home](/)", "Home"),
    ("Text \\[Opens new window\\] and a \\*star\\*", "Text [Opens new window] and a *star*"),
    ("Follow us <https://twitter.com/example>", "Follow us"),
    ("| Team | Points |", "| Team | Points |"),
    ("2 * 3 * 4 = 24, and snake_case_names stay", "2 * 3 * 4 = 24, and snake_case_names stay"),
    ("A price [in brackets] (and a note) stays.", "A price [in brackets] (and a note) stays."),
])
def test_markdown_syntax_goes_and_words_stay(line: str, text: str) -> None:
    assert strip_markdown(line) == text


@pytest.mark.parametrize("line", [
    "![](https://example.com/photo.jpg)", "__", "* * *", "---", "[1]: https://example.com/a",
    "[![](https://example.com/icon.png)](https://example.com/)", "| --- | --- |",
])
def test_a_line_of_markup_only_has_no_text(line: str) -> None:
    assert strip_markdown(line) == ""


@pytest.mark.parametrize("text,expected", [
    ("* [Home](/)\n* [News](/news)\n\nText with [a link](https://ex.com).", True),
    ("![](https://ex.com/a.jpg)\n\n[More](#more) and [less](#less)", True),
    ("A price [in brackets] (and a note).\n\nAnother [aside] (here).", False),
    ("Plain text, one line.", False),
    # html2text with links and images left out: its headings and its list items say so
    ("# Harbour bridge to close\n\nText.\n\n## Related", True),
    ("  * Home\n  * News\n  * Sport\n\nText.", True),
    ("# 1 in the charts again\n\nText.", False), ("* one\n* two\n* three", False),
])
def test_looks_like_markdown(text: str, expected: bool) -> None:
    assert looks_like_markdown(text) is expected


STORY = [
    "The Harbour Bridge, which carries more than 40,000 vehicles a day between the old town "
    "and the ferry terminal, will close to traffic for two years from June while engineers "
    "replace its rusting steel deck, the [city council](https://example.com/council) said.",
    "Council engineers found last autumn that salt water had eaten into the supports far "
    "faster than expected, and that the deck laid in 1968 could no longer be patched safely. "
    "A **temporary ferry service** and extra buses will run while the work goes on.",
    "Local businesses on the terminal side of the bridge said they feared losing customers. "
    "Ana Lima, who runs a cafe near the ferry steps, said her takings had already fallen since "
    "the council first warned of the closure in [January](https://example.com/2024/01/closure).",
]
NAV = "  * [Home](/)\n  * [News](/news)\n  * [Sport](/sport)\n  * [Weather](/weather)"


@pytest.mark.parametrize("width", [None, 78])
def test_a_markdown_page_reads_as_its_story(width: int | None) -> None:
    paragraphs = [textwrap.fill(p, width) if width else p for p in STORY]
    text = "\n\n".join([NAV, "![](https://example.com/logo.png)", "# Harbour bridge to close",
                        *paragraphs, "* * *", "  * [Share on Facebook](https://facebook.com/"
                        "sharer/sharer.php?u=https%3A%2F%2Fexample.com%2Fa-long-story-address)\n"
                        "  * [Share on Twitter](https://twitter.com/intent/tweet?url=x)"])
    article = clean(text)
    assert article.paragraphs == [strip_markdown(p) for p in STORY]
    assert article.title == "Harbour bridge to close"
    rules = [r.rule for r in article.removals]
    assert rules.count("text.markup") == 2  # the logo and the rule
    assert_every_line_accounted_once(text, article)


def test_html2text_without_links_reads_its_h1_as_the_headline() -> None:
    """html2text with ignore_links: no link says Markdown, its "  * " items and "#" headings
    do; the page's h1 that is about the story is the headline, an h1 logo's name is not."""
    plain = [strip_markdown(p) for p in STORY]
    text = "\n\n".join(["# The Coastal Gazette", "  * Home\n  * News\n  * Sport\n  * Weather",
                         "# Harbour bridge to close for repairs", *plain, "## Most read",
                         "  * Ferry fares rise\n  * Storm warning for the coast"])
    article = clean(text)
    assert article.title == "Harbour bridge to close for repairs"
    assert article.paragraphs == plain
    assert [r.rule for r in article.removals if r.target == "title"] == ["title.first_heading"]
    assert_every_line_accounted_once(text, article)


def test_list_items_are_not_joined_as_wrapped_lines() -> None:
    """html2text leaves a list item whole, however long its link's address: the next item
    starts a block of its own."""
    text = "\n\n".join(textwrap.fill(p, 78) for p in STORY) + "\n\n" + (
        "  * [Share on Facebook](https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2F"
        "example.com%2Fstory)\n  * [Share on Twitter](https://twitter.com/intent/tweet?u=x)")
    assert [b.text for b in read(text).blocks][-2:] == ["Share on Facebook", "Share on Twitter"]


def test_plain_text_with_brackets_is_not_read_as_markdown() -> None:
    text = "The fee [about $40] (paid once) covers it.\n\nA second paragraph [sic] (see note)."
    assert [b.text for b in read(text).blocks] == text.split("\n\n")


@pytest.mark.slow
@pytest.mark.parametrize("unit", ["[", "](", "**", "_a", "![", "[a](", "\\[", "* ", "# ",
                                  "<http://", "**\\", "*a\\", "[a](b", "[[a]"])
def test_markdown_patterns_run_in_linear_time(unit: str) -> None:
    assert_linear_time(lambda n: strip_markdown(unit * n), 2000, 8000)


@pytest.mark.parametrize("unwrapped", [
    # a block set four spaces in (html2text does not wrap it)
    "     Jane Doe joined the paper in 2015, covering the council, the courts and the "
    "harbour; she holds a degree in journalism and lives in the old town with her family.",
    # the rest of a link's address that html2text broke at a hyphen, with a stray non-ASCII
    # character from an entity
    "ba5b-5e43-b301-c4a04cad3596%2F57295f6b3b4d6.image.jpg%3Fresize%3D540%252C810¬es=http://"
    "images.example.com/content/custom/image/1a449a50-22de-11e6-b547.png",
])
def test_lines_no_tool_wraps_do_not_hide_the_width(unwrapped: str) -> None:
    from newsclean._readers import wrap_width

    paragraphs = "\n\n".join(textwrap.fill(p, 78) for p in STORY * 2)
    text = f"{NAV}\n\n{paragraphs}\n\n{unwrapped}\n\n{paragraphs}"
    assert wrap_width(text, markdown=True) == max(
        len(line) for line in paragraphs.splitlines())


def test_a_reader_services_header_over_the_markdown() -> None:
    """Crawlers' "LLM-ready" output prints a header over the page: its title and date are the
    article's, the address and the content label go as the reader's header."""
    body = "\n\n".join([NAV, "# Harbour bridge to close", *STORY])
    text = ("Title: Harbour bridge to close\n\nURL Source: https://example.com/news/bridge\n\n"
            "Published Time: 2024-03-14T09:30:00+00:00\n\nMarkdown Content:\n" + body)
    article = clean(text)
    assert article.title == "Harbour bridge to close"
    assert article.published is not None and article.published.isoformat() == "2024-03-14"
    assert article.paragraphs == [strip_markdown(p) for p in STORY]
    assert [r.lines for r in article.removals if r.rule == "chrome.reader_header"] == [
        (3, 3), (7, 7)]
