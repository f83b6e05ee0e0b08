"""Captions from HTML markup: which elements are captions, and what a caption is made of."""

from __future__ import annotations

import pytest

from newsclean import clean

BODY = "".join(
    f"<p>The council met on Tuesday to discuss item {i} of the budget for next year, "
    f"and the members said they would vote on it within a week.</p>"
    for i in range(6)
)


def page(middle: str) -> str:
    return f"<html><body><article><h1>Budget talks</h1>{BODY}{middle}{BODY}</article></body></html>"


def captions(html: str) -> list[tuple[str, str | None]]:
    return [(c.text, c.credit) for c in clean(html).captions]


def test_paragraph_inside_figcaption_is_the_caption_text() -> None:
    html = page('<figure><img src="a.jpg" alt="x"><figcaption><span class="caption">'
                '<p>The mayor speaks at City Hall on Monday.</p></span>'
                '<span class="credit">Sarah Tew/River Times</span></figcaption></figure>')
    assert captions(html) == [("The mayor speaks at City Hall on Monday.", "Sarah Tew/River Times")]


@pytest.mark.parametrize("markup", [
    # a product list whose names carry a caption class, with no picture anywhere near
    '<ul><li><a href="/p1"><div class="caption">Phone Model One Max</div></a></li>'
    '<li><a href="/p2"><div class="caption">Phone Model Two Mini</div></a></li></ul>',
    '<div><div><div><span class="image-caption">Video titles in a list here</span></div></div></div>',
])
def test_caption_class_without_a_picture_is_not_a_caption(markup: str) -> None:
    assert captions(page(markup)) == []


@pytest.mark.parametrize("markup", [
    '<figure><img src="a.jpg"><figcaption>A crowd gathers outside the court.</figcaption></figure>',
    '<div><img src="a.jpg"><p class="caption">A crowd gathers outside the court.</p></div>',
    # the picture comes after the caption, within the three elements above it
    '<div><div><p class="caption">A crowd gathers outside the court.</p></div><img src="a.jpg"></div>',
    '<div class="wp-caption"><picture><source srcset="a.webp"></picture>'
    '<p class="wp-caption-text">A crowd gathers outside the court.</p></div>',
    '<div><video src="a.mp4"></video><div class="caption">A crowd gathers outside the court.</div></div>',
])
def test_caption_near_a_picture_is_a_caption(markup: str) -> None:
    assert captions(page(markup)) == [("A crowd gathers outside the court.", None)]


def test_credit_element_right_after_the_caption_is_its_credit() -> None:
    html = page('<figure><img src="a.jpg"><figcaption>The mayor speaks at City Hall on Monday.'
                '</figcaption><span class="credit">STR/AFP/Getty Images</span></figure>')
    assert captions(html) == [("The mayor speaks at City Hall on Monday.", "STR/AFP/Getty Images")]


def test_caption_element_with_only_a_credit_is_a_caption() -> None:
    html = page('<figure><img src="a.jpg"><figcaption>Lucas Jackson / Reuters</figcaption></figure>')
    assert captions(html) == [("Lucas Jackson / Reuters", "Lucas Jackson / Reuters")]


def test_credit_element_alone_is_a_credit_not_a_caption() -> None:
    article = clean(page('<div><img src="a.jpg"><span class="credit">AP</span></div>'))
    assert article.captions == []
    assert "AP" not in article.paragraphs


def test_repeated_caption_is_taken_once() -> None:
    figure = ('<figure><img src="a.jpg"><figcaption>Flood water covers the main road in town.'
              '</figcaption></figure>')
    article = clean(page(figure + figure))
    assert [c.text for c in article.captions] == ["Flood water covers the main road in town."]
    assert [r.rule for r in article.removals if r.rule == "credits.caption_repeat"] == [
        "credits.caption_repeat"]
