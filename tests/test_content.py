"""The content decision (drop_non_content) and its features."""

from __future__ import annotations

import pytest

from newsclean import clean
from newsclean.cleaners import drop_non_content
from newsclean.cleaners._features import NAMES, features

from .conftest import FIXTURES
from .helpers import apply, kept, rules

BODY = [
    "The council voted on Tuesday to approve a new pedestrian bridge over the river.",
    "Supporters said the bridge would connect two neighborhoods that have been cut off.",
    "Opponents argued that the money should go to road repairs instead, officials said.",
]


def test_menu_runs_dropped_body_kept() -> None:
    text = "Home\nNews\nSport\nWeather\n\n" + "\n\n".join(BODY) + "\n\nMost read\nA\nB\nC"
    doc = apply(drop_non_content, text)
    assert kept(doc) == BODY
    assert set(rules(doc)) == {"content.outside_main"}


def test_already_clean_text_is_kept_whole() -> None:
    text = "\n\n".join(BODY + ["Short one."])
    assert kept(apply(drop_non_content, text)) == BODY + ["Short one."]


def test_features_have_one_value_per_name() -> None:
    doc = apply(lambda d: d, "\n".join(BODY))
    assert all(len(row) == len(NAMES) for row in features(doc.blocks))


@pytest.mark.parametrize("lang", ["zh", "ja", "ko", "id", "pt", "ru"])
def test_every_language_keeps_a_body(lang: str) -> None:
    art = clean((FIXTURES / f"lang-{lang}-page" / "input.txt").read_text(encoding="utf-8"))
    assert len(art.paragraphs) >= 2
    assert art.title and art.published


def test_korean_short_last_paragraph_kept() -> None:
    """Once a known failure: a 9-word last paragraph scored under the threshold (the model has
    seen no Korean); the hysteresis band keeps a sentence that touches kept text."""
    art = clean((FIXTURES / "lang-ko-page" / "input.txt").read_text(encoding="utf-8"))
    assert len(art.paragraphs) == 3


SLIDE = "Architectural concepts for the habitat challenge, a contest to judge designs for settlements."


def test_a_line_printed_three_times_is_not_the_article() -> None:
    text = ("Home\nNews\n\n" + "\n\n".join([SLIDE, "Photo: Agency", SLIDE, SLIDE] + BODY))
    doc = apply(drop_non_content, text)
    assert kept(doc) == BODY
    assert [r.text for r in doc.records if r.rule == "content.repeated"] == [SLIDE] * 3


@pytest.mark.parametrize("copies,kept_copies", [(2, 2), (3, 0)])
def test_repeat_threshold(copies: int, kept_copies: int) -> None:
    body = BODY[:2] + [SLIDE] * copies + BODY[2:]
    doc = apply(drop_non_content, "Home\nNews\n\n" + "\n\n".join(body))
    assert kept(doc).count(SLIDE) == kept_copies


def test_short_repeated_lines_are_left_to_the_model() -> None:
    """"Q:" before every question of an interview is the article's own furniture."""
    body = []
    for line in BODY:
        body += ["Q:", line]
    doc = apply(drop_non_content, "Home\nNews\n\n" + "\n\n".join(body))
    assert "content.repeated" not in rules(doc)


def test_hysteresis_keeps_a_run_of_near_threshold_sentences_either_side(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A run of sentences scoring just under the threshold next to kept text is kept whole,
    whichever side it is on (the rewrite of the fixpoint loop as one sweep each way)."""
    from dataclasses import replace

    from newsclean._document import Record
    from newsclean.cleaners import content

    n = 3001
    blocks = [f"Sentence number {i} of the record, which the model scored low." for i in range(n)]
    doc = apply(lambda d: d, "\n\n".join(blocks))
    scores = [0.9 if i == n // 2 else 0.2 for i in range(n)]
    monkeypatch.setattr(content, "content_scores", lambda b, html=False: scores)
    # something removed first, so that the text is not taken as already clean
    doc = replace(doc, records=(Record("test.rule", "", (0, 0), ""),))
    assert len(content.DropNonContent(threshold=0.3)(doc).blocks) == n
    # under the lower band (0.6 of the threshold) the run is not kept
    assert len(content.DropNonContent(threshold=0.4)(doc).blocks) == 1


def test_the_story_after_a_related_box_inside_it_is_kept() -> None:
    """A "Keep reading" box between two parts of a story: the paragraphs after it are judged
    next to the paragraphs before it, not next to the box's headlines (they were dropped as
    boilerplate outside the story)."""
    menu = "\n".join(["Skip links", "News", "Middle East", "Africa", "Asia", "Europe", "Opinion"])
    story = [
        "Floods have forced more than 12,000 people from their homes in northern Kenya after "
        "days of heavy rain, the Kenya Red Cross said on Saturday.",
        "The Tana River burst its banks near Garissa overnight, cutting the main road to the "
        "coast and submerging farms along its course.",
        "“We have never seen the water rise this fast,” said Hassan Abdi, a farmer who fled "
        "with his family to a school on higher ground.",
        "The Kenya Meteorological Department has warned of more storms over the coming week.",
    ]
    box = ("Keep reading\nlist of 4 items\nlist 1 of 4\nDrought kills livestock across the Horn "
           "of Africa\nlist 2 of 4\nKenya’s president promises help for farmers\nlist 3 of 4\n"
           "UN warns of hunger in Somalia\nlist 4 of 4\nRains bring relief to southern "
           "Ethiopia\nend of list")
    after = ["Aid agencies said they were sending food, tents and water purification tablets "
             "to the worst-hit areas.",
             "Last year’s floods killed more than 200 people across the country."]
    footer = "\n".join(["Advertisement", "About", "About Us", "Code of Ethics", "Terms and "
                        "Conditions", "Privacy Policy", "Cookie Policy", "Sitemap", "Contact Us"])
    text = (menu + "\nFloods force thousands from homes in northern Kenya\n\n"
            + "\n\n".join(story) + "\n\n" + box + "\n\n" + "\n\n".join(after) + "\n\n" + footer)
    art = clean(text)
    assert art.paragraphs == story + after
    assert "Drought kills livestock across the Horn of Africa" in "\n".join(
        r.text for r in art.removals if r.rule == "related.list_item")


def _gapless_page() -> str:
    """A short story over a long comment thread, as "\\n".join(page strings) gives it: not
    one blank line."""
    comments = []
    for n in range(25):
        comments += [f"BY READER{n} AT 01/08/08 05:{n:02d} PM", "Does it come with the wig?",
                     "Reply"]
    lines = (["Home", "News", "Gadgets", "Clips", "Belt buckle senses your air guitar",
              "12:48 PM ON WED JAN 9 2008", "BY MARK WILSON"] + BODY[:2]
             + ["Comments", *comments, "Archives", "About", "Advertising", "Legal", "Help"])
    return "\n".join(lines)


def test_a_gapless_page_keeps_its_story() -> None:
    """With no blank line anywhere, every line stands close to the next as a menu's do; the
    model reads such a page as if every line stood apart, and judges lines by their words."""
    article = clean(_gapless_page())
    assert article.paragraphs == BODY[:2]


STORY = ("Chelsea are hoping to complete the signing of the striker in time for the weekend's "
         "league match, and the club's directors met on Tuesday to agree the fee with Bolton, "
         "who had rejected a first bid.")


def _scored(monkeypatch: pytest.MonkeyPatch, text: str, score: float):  # noqa: ANN202
    """``text`` read and every block scored ``score`` (threshold 0.65: lower band 0.39)."""
    from dataclasses import replace

    from newsclean._document import Record
    from newsclean.cleaners import content

    doc = apply(lambda d: d, text)
    monkeypatch.setattr(content, "content_scores",
                        lambda b, html=False: [score] * len(b))
    doc = replace(doc, records=(Record("test.rule", "", (0, 0), ""),))
    return content.DropNonContent(threshold=0.65)(doc)


def test_a_page_the_model_keeps_nothing_of_keeps_its_best_long_sentence(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The story printed as one line among long link lines (html2text's table cell) scored
    just under the threshold: rather than an empty article, the long sentence is kept."""
    menu = "Home\nNews\nSport\nWeather"
    doc = _scored(monkeypatch, f"{menu}\n\n{STORY}\n\n{menu}", 0.6)
    assert kept(doc) == [STORY]


@pytest.mark.parametrize("text,score", [
    (f"Home\n\n{STORY}\n\nNews", 0.3),  # under the lower band: not the story
    ("Home\nNews\n\nA short line of the page.\n\nSport\nWeather", 0.6),  # nothing long
])
def test_what_the_empty_page_fallback_leaves_alone(monkeypatch: pytest.MonkeyPatch,
                                                   text: str, score: float) -> None:
    assert kept(_scored(monkeypatch, text, score)) == []


def _listicle(numbers: list[int]) -> str:
    """A story whose numbered heads stand between its paragraphs."""
    parts = [STORY]
    for n in numbers:
        parts += [f"{n}. The heading of part number {n}", f"{STORY} Part {n}."]
    return "\n\n".join(parts)


def _score_heads(kept_heads: set[int]):  # noqa: ANN202
    """Scores: every paragraph 0.9, the numbered heads in ``kept_heads`` 0.9, the rest 0.1."""
    def scores(blocks, html=False):  # noqa: ANN001, ANN202
        return [0.1 if b.text[0].isdigit() and int(b.text.split(".")[0]) not in kept_heads
                else 0.9 for b in blocks]
    return scores


@pytest.mark.parametrize("numbers,kept_heads,expected", [
    # two of six heads kept (a third): the list is the story's, all six stay
    ([1, 2, 3, 4, 5, 6], {2, 4}, {1, 2, 3, 4, 5, 6}),
    # three heads, one kept
    ([1, 2, 3], {2}, {1, 2, 3}),
    # one of six: the rest are judged one by one
    ([1, 2, 3, 4, 5, 6], {2}, {2}),
    # not numbered one after another: no list
    ([1, 3, 5, 7, 9, 11], {3, 7}, {3, 7}),
])
def test_a_numbered_list_in_the_story_is_kept_whole(
        monkeypatch: pytest.MonkeyPatch, numbers: list[int], kept_heads: set[int],
        expected: set[int]) -> None:
    """A listicle's numbered heads, some of which the model keeps: the list stands or falls
    as one."""
    from dataclasses import replace

    from newsclean._document import Record
    from newsclean.cleaners import content

    doc = apply(lambda d: d, _listicle(numbers))
    monkeypatch.setattr(content, "content_scores", _score_heads(kept_heads))
    doc = replace(doc, records=(Record("test.rule", "", (0, 0), ""),))
    heads = {int(t.split(".")[0]) for t in kept(content.DropNonContent(threshold=0.65)(doc))
             if t[0].isdigit()}
    assert heads == expected


def test_a_numbered_list_after_the_story_is_not_taken_in(monkeypatch: pytest.MonkeyPatch) -> None:
    """Numbered headlines after the story's last kept block ("Most read": 1., 2., 3.) are
    outside it: only the items up to the last kept block make the list (here one, the first
    headline, which scored high, and no list of one is a list)."""
    from dataclasses import replace

    from newsclean._document import Record
    from newsclean.cleaners import content

    text = "\n\n".join([STORY, STORY + " More.", "1. Most read one", "2. Most read two",
                        "3. Most read three"])
    doc = apply(lambda d: d, text)
    monkeypatch.setattr(content, "content_scores",
                        lambda blocks, html=False: [0.9, 0.9, 0.9, 0.1, 0.1])
    doc = replace(doc, records=(Record("test.rule", "", (0, 0), ""),))
    assert kept(content.DropNonContent(threshold=0.65)(doc)) == [STORY, STORY + " More.",
                                                                 "1. Most read one"]


@pytest.mark.parametrize("line,number", [
    ("1. USA fans again got a taste", "1"), ("2) It rained a lot", "2"),
    ("4.) The Shack (LG), 2,888 theaters", "4"), ("5). The LEGO Batman Movie", "5"),
    ("2017. A year of change", None), ("1.5 million people came", None), ("3.", None),
])
def test_what_numbers_an_item(line: str, number: str | None) -> None:
    from newsclean.cleaners.content import _ITEM_NUMBER

    match = _ITEM_NUMBER.match(line)
    assert (match.group(1) if match else None) == number
