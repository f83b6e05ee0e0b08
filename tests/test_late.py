"""Furniture dropped after the content decision (cleaners/late.py, rules/late.toml): the
decision reads the page with the line in place, and the line never reaches the body."""

from __future__ import annotations

import pytest

from newsclean import clean
from newsclean.cleaners import content

STORY = [
    "The city council voted on Tuesday to approve a new budget that raises spending on public "
    "transport by a fifth, after months of debate over fares and service cuts.",
    "Supporters said the plan would bring back bus routes that were cut during the pandemic, "
    "while critics warned that the money would have to be found elsewhere.",
    "The budget also sets aside money for road repairs and for a pilot scheme of free fares "
    "for children under 16, which will start in September.",
    "The mayor is expected to sign the budget into law later this week, her office said in a "
    "statement on Tuesday evening.",
]


@pytest.mark.parametrize("line,rule", [
    ("About the Author", "late.author_box"), ("Об авторе", "late.author_box"),
    ("この記事を書いた人", "late.author_box"),
    ("More from Politics", "late.section_box"), ("MORE FROM AL JAZEERA", "late.section_box"),
    ("Latest from The Guardian", "late.section_box"),
    ("Continue reading", "late.continue_button"), ("기사 전문 보기", "late.continue_button"),
    ("Tagged with: htc vive, oculus rift, project scorpio", "late.tagged_with"),
    ("Font:", "late.article_tools"), ("Adjust font size:", "late.article_tools"),
    ("BookMark at :", "late.article_tools"), ("Awesome, share it:", "late.article_tools"),
    ("Some comments posted here may be reviewed before they are displayed.",
     "late.comment_policy"),
    ("View full gallery", "late.gallery_buttons"), ("Back to Gallery", "late.gallery_buttons"),
    ("You’re all set!", "late.signup_box"), ("*Invalid email address", "late.signup_box"),
    ("You’ll receive free e-mail news updates each time a new story is published.",
     "late.signup_box"),
    ("Article from:", "late.article_tools"),
])
def test_late_furniture_inside_a_story_leaves_it(line: str, rule: str) -> None:
    article = clean("\n\n".join(STORY[:2] + [line] + STORY[2:]))
    assert article.paragraphs == STORY
    assert [(r.rule, r.text) for r in article.removals] == [(rule, line)]


def test_the_content_decision_reads_the_page_with_the_line_in_place(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The decision is asked about the header; only afterwards does the line leave."""
    seen: list[str] = []
    scores = content.content_scores

    def spy(blocks, html=False):  # noqa: ANN001, ANN202
        seen.extend(b.text for b in blocks)
        return scores(blocks, html)

    monkeypatch.setattr(content, "content_scores", spy)
    # a menu on top, so that the text is not taken as already clean (and not scored at all)
    article = clean("\n\n".join(["Home\nNews\nSport"] + STORY[:2] + ["More from Politics"]
                                 + STORY[2:]))
    assert "More from Politics" in seen
    assert article.paragraphs == STORY


@pytest.mark.parametrize("line", ["Continue reading", "Font:", "More from Politics"])
def test_late_furniture_on_top_is_no_headline(line: str) -> None:
    """The title step knows the late table as boilerplate: a page that opens with such a line
    has no headline from it (and its article, cleaned again, loses nothing)."""
    from newsclean.__main__ import render

    article = clean("\n\n".join([line] + STORY))
    assert article.title is None and article.paragraphs == STORY
    again = clean(render(article, "text"))
    assert again.paragraphs == STORY and [r for r in again.removals if r.target == "drop"] == []
