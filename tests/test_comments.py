"""Reader comment threads: each layout of signature lines is found and the whole thread leaves
the body; article text that merely looks like it (a live blog, a vox pop, one "Posted by"
line) stays."""

from __future__ import annotations

import pytest

from newsclean import clean
from newsclean.cleaners.comments import find_threads, mark_comment_threads
from newsclean._readers import read_text

ARTICLE = (
    "Officials said on Tuesday that the new bridge over the river would open in the spring, "
    "after two years of work that cost more than the city had planned.\n\n"
    "The mayor, who had opposed the plan at first, said she would attend the opening and "
    "hoped the crossing would bring shoppers back to the old town.\n\n"
    "Engineers said the last section of the deck would be lifted into place next month.\n\n"
)
COMMENTS = [
    "Great news for the town, and about time too if you ask me.",
    "The money would have been better spent on the roads we already have.",
    "I remember the old ferry; my grandfather ran it for thirty years.",
    "Will there be a cycle lane on the new bridge or not?",
]


def _thread(layout: str) -> str:
    """Four comments in one of the layouts comment systems print."""
    names = ["Ann", "Bob Lee", "Cy", "Dee"]
    parts: list[str] = []
    if layout == "posted_by_after":  # newspaper CMS, 2008
        parts.append("Comments")
        for name, text in zip(names, COMMENTS):
            parts.append(f"{text}\nPosted by {name} on January 10, 2008 5:58 PM\nReport this comment")
    elif layout == "posted_by_before":  # forum-style, signature first, buttons last
        for name, text in zip(names, COMMENTS):
            parts.append(f"Posted by: {name}, Bolton on 8:21pm Tue 1 Jan 08\n{text}\n"
                         "Quote | Report this post")
    elif layout == "wordpress":
        parts.append("4 Comments")
        for name, text in zip(names, COMMENTS):
            parts.append(f"{name} says:\nMarch 5, 2017 at 3:02 pm\n\n{text}\n\nReply")
    elif layout == "widget":  # name, bullet and age; buttons under the comment
        for name, text in zip(names, COMMENTS):
            parts.append(f"{name} • 3 hours ago\n{text}\nReply • Share ›")
    elif layout == "name_place":  # under a "Have your say" heading
        parts.append("Have your say")
        for name, text in zip(names, COMMENTS):
            parts.append(f"{text}\n\n{name}, Truro, Cornwall")
    elif layout == "portuguese":
        parts.append("Comentários")
        for name, text in zip(names, COMMENTS):
            parts.append(f"{name} • on Mar 12, 2017 3:24 am\n{text}\nResponder")
    else:  # pragma: no cover
        raise ValueError(layout)
    return "\n\n".join(parts)


LAYOUTS = ["posted_by_after", "posted_by_before", "wordpress", "widget", "name_place",
           "portuguese"]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_thread_leaves_the_body(layout: str) -> None:
    article = clean(ARTICLE + _thread(layout) + "\n\n© 2017 The Riverside Gazette")
    assert [p[:20] for p in article.paragraphs] == [p[:20] for p in ARTICLE.split("\n\n") if p]
    for text in COMMENTS:
        [removal] = [r for r in article.removals if text in r.text]
        assert removal.rule == "comments.thread", (text, removal.rule)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_thread_is_found_where_it_stands(layout: str) -> None:
    doc = read_text(ARTICLE + _thread(layout))
    [(first, last)] = find_threads(doc)
    assert first >= 3  # below the article's three paragraphs
    texts = [b.text for b in doc.blocks[first:last + 1]]
    # the first comment may stay for the content decision when nothing marks where it starts
    assert all(t in texts for t in COMMENTS[1:])


@pytest.mark.parametrize("page", [
    # a live blog: timestamped entries with no comment heading and no reply buttons
    ARTICLE + "\n\n".join(f"Jane Smith • Mar 12, 2017 3:2{i} am\n{t}"
                          for i, t in enumerate(COMMENTS)),
    # a vox pop: readers' names and towns with no comment heading
    ARTICLE + "\n\n".join(f"{t}\n\nDave, Truro, Cornwall" for t in COMMENTS),
    # one blog post's own signature
    ARTICLE + "Posted by Jane Smith on January 10, 2008 5:58 PM",
    # a thread with nothing above it: no article to comment on
    _thread("posted_by_after"),
])
def test_lookalikes_are_not_threads(page: str) -> None:
    doc = read_text(page)
    assert find_threads(doc) == []
    assert mark_comment_threads(doc) is doc


def test_every_comment_line_is_accounted_for() -> None:
    text = ARTICLE + _thread("wordpress")
    article = clean(text)
    placed = [line for p in article.paragraphs for line in p.split("\n")]
    removed = [line for r in article.removals for line in r.text.split("\n")]
    for line in text.splitlines():
        if line.strip():
            assert (line.strip() in placed) != (line.strip() in removed), line
