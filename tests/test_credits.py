from __future__ import annotations

import pytest

from newsclean.cleaners import extract_captions
from newsclean.cleaners.credits import is_image_description

from .helpers import apply, kept, rules

BODY = "The council met on Tuesday to discuss the budget for next year."


@pytest.mark.parametrize("credit", [
    "AP", "REUTERS", "via REUTERS", "Getty Images", "AFP via Getty Images", "Shutterstock", "EPA",
    "AP Photo/Alexander Zemlianichenko", "REUTERS/Evgenia Novozhenina", "Chip Somodevilla/Getty Images",
    "Photo: Jane Doe", "(Photo by Mario Tama/Getty Images)",
])
def test_credit_line_makes_caption(credit: str) -> None:
    doc = apply(extract_captions, f"{BODY}\n\nMayor Tom Becker speaks at City Hall.\n{credit}\n\n{BODY}")
    assert kept(doc) == [BODY, BODY]
    assert [(c.text, c.credit) for c in doc.captions] == [
        ("Mayor Tom Becker speaks at City Hall.", credit.strip("()"))]
    assert all(r.target == "caption" for r in doc.records)


@pytest.mark.parametrize("line,text,credit", [
    ("Rescuers search the rubble. (AP Photo/Evan Vucci)", "Rescuers search the rubble.", "AP Photo/Evan Vucci"),
    ("A protester waves a flag. Photo: AP", "A protester waves a flag.", "Photo: AP"),
    ("Trump signs a bill. Picture: Nicholas Kamm", "Trump signs a bill.", "Picture: Nicholas Kamm"),
    ("Rescuers search the rubble. (Getty Images)", "Rescuers search the rubble.", "Getty Images"),
])
def test_inline_credit_split(line: str, text: str, credit: str) -> None:
    doc = apply(extract_captions, f"{BODY}\n\n{line}\n\n{BODY}")
    assert [(c.text, c.credit) for c in doc.captions] == [(text, credit)]
    assert rules(doc) == ["credits.trailing"]


@pytest.mark.parametrize("sentence", [
    "AP reported the news first, the agency said on Tuesday evening.",
    "She spoke to Reuters on Tuesday about the plan and its costs.",
    "He sold the picture to Getty Images the next day, he said.",
    "Photographers from AP and Reuters arrived later in the afternoon.",
])
def test_body_sentences_naming_agencies_kept(sentence: str) -> None:
    doc = apply(extract_captions, f"{BODY}\n\n{sentence}")
    assert kept(doc) == [BODY, sentence] and doc.captions == ()


def test_lone_credit_dropped_as_credit() -> None:
    doc = apply(extract_captions, f"{BODY}\n\nAP\n\n{BODY}")
    assert kept(doc) == [BODY, BODY] and rules(doc) == ["credits.orphan"]


def test_image_description_becomes_alt() -> None:
    alt = "President Joe Biden walks with Mayor Tom Becker at City Hall, Monday, Feb. 20, 2023."
    doc = apply(extract_captions, f"{BODY}\n\n{alt}\n\nBiden visited the city.\nAP\n\n{BODY}")
    assert [(c.text, c.credit, c.alt) for c in doc.captions] == [("Biden visited the city.", "AP", alt)]


@pytest.mark.parametrize("text,expected", [
    ("Russian President Vladimir Putin speaks to the party's foreign policy chief in Moscow.", True),
    ("“We are ready,” Wang said through an interpreter.", False),
    ("The attacks came as the UN announced that both sides would take part in talks.", False),
    ("Beijing has denied providing military support to Russia.", False),
])
def test_is_image_description(text: str, expected: bool) -> None:
    assert is_image_description(text, "caption") is expected


def test_byline_with_agency_is_not_a_caption() -> None:
    doc = apply(extract_captions, f"{BODY}\n\nBy Richard Lam (AP)\n\n{BODY}")
    assert doc.captions == ()
    assert kept(doc) == [BODY, "By Richard Lam (AP)", BODY]


def test_caption_toggle_line_is_a_widget() -> None:
    from newsclean import clean

    article = clean(f"{BODY}\n\nShow Caption Hide Caption\n\n{BODY}")
    assert article.captions == []
    assert [r.rule for r in article.removals] == ["share.button"]


def test_file_photo_note_marks_a_caption_and_is_not_a_credit() -> None:
    doc = apply(extract_captions, f"{BODY}\n\nPervez Musharraf (file photo)\n\n{BODY}")
    assert [(c.text, c.credit) for c in doc.captions] == [("Pervez Musharraf (file photo)", None)]
