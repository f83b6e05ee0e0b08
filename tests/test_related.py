"""Related-content lists: the headlines a related header lists right under it leave the body
(``related.list_item``), in every language; prose after a header, a list set off by a blank
line and an article's own subheads do not leave by this rule."""

from __future__ import annotations

import pytest

from newsclean import clean
from newsclean.cleaners import drop_related_items, drop_related_links
from newsclean._readers import read_text

BEFORE = (
    "The minister said on Tuesday that the budget would be presented to parliament next week, "
    "after months of talks with the coalition partners.\n\n"
    "She said the plan would raise spending on schools and hospitals while keeping the "
    "deficit under the limit the government set itself last year.\n\n"
)
AFTER = (
    "\n\nOpposition leaders said they would study the plan before deciding how to vote, and "
    "warned that the tax changes would hit families on middle incomes.\n\n"
    "The vote is expected before the end of the month, officials said."
)


@pytest.mark.parametrize("header, items", [
    ("Related stories", ["Prices rise for a third month", "Rain forecast for the weekend"]),
    ("READ MORE", ["Five things to know about the budget"]),
    ("[관련기사]", ["물가 상승률 석 달 연속 3%대"]),
    ("Baca juga", ["Harga BBM naik mulai besok", "Jokowi resmikan tol baru"]),
    ("関連記事", ["円相場、一時150円台", "株価、反発して取引終了"]),
    ("相关新闻", ["央行宣布降准"]),
    ("Читайте также", ["Рубль укрепился к доллару"]),
    ("Leia também", ["Dólar fecha em queda"]),
    ("Most popular", ["1 Storm closes schools", "2 Bridge opens early", "3 Mayor resigns"]),
    # the box's tab and its heading: the header printed twice opens the list under the second
    ("Most Popular\nMost Popular", ["Storm closes schools", "Bridge opens early"]),
])
def test_headlines_listed_under_a_header_leave(header: str, items: list[str]) -> None:
    art = clean(BEFORE + header + "\n" + "\n".join(items) + AFTER)
    assert not set(items) & set(art.paragraphs)
    listed = [r for r in art.removals if r.rule == "related.list_item"]
    assert [line for r in listed for line in r.text.split("\n")] == items
    assert len(art.paragraphs) == 4


@pytest.mark.parametrize("text, kept", [
    # the header's line is followed by a sentence: the article goes on
    ("Related stories\nThe minister later told reporters the plan was final.",
     "The minister later told reporters the plan was final."),
    # a list set off by a blank line is the content decision's to judge, not this rule's
    ("Related stories\n\nWhat the plan means", None),
    # a long line is not a listed headline
    ("See also\n" + " ".join(["word"] * 25), None),
    # a caption's "Read more" button over the byline and the date: the article's furniture
    ("Read More\nBy JOHN SMITH and ANA DIAZ\nUpdated 8:14 PM PST, November 7, 2024", None),
])
def test_what_is_not_a_listed_headline(text: str, kept: str | None) -> None:
    doc = drop_related_items(drop_related_links(read_text(BEFORE + text + AFTER)))
    assert not [r for r in doc.records if r.rule == "related.list_item"]
    if kept is not None:
        assert kept in [b.text for b in doc.blocks]


def test_items_are_marked_until_after_the_content_decision() -> None:
    doc = drop_related_links(read_text(BEFORE + "Related\nPrices rise again" + AFTER))
    assert [b.kind for b in doc.blocks if b.text == "Prices rise again"] == ["related_item"]
    assert not [r for r in doc.records if r.rule == "related.list_item"]
    doc = drop_related_items(doc)
    assert [r.rule for r in doc.records if r.text == "Prices rise again"] == ["related.list_item"]


def test_a_subhead_after_a_paragraph_is_not_taken() -> None:
    art = clean(BEFORE + "What happens next\nThe bill goes to committee in March." + AFTER)
    assert not [r for r in art.removals if r.rule == "related.list_item"]


def test_a_header_word_inside_a_menu_opens_no_list() -> None:
    """"Features" or "Ranking" as one link of a menu: the menu runs on into the headline and
    the date, which are not a related list's headlines."""
    menu = "Home\nNews\nFeatures\nSports\nBridge approved after decade of debate\n3/21 14:32\n"
    doc = drop_related_links(read_text(menu + "\n" + BEFORE + AFTER))
    assert not [b for b in doc.blocks if b.kind == "related_item"]
