from __future__ import annotations

import pytest

from newsclean.cleaners import drop_header_chrome, drop_site_chrome, extract_title

from .helpers import apply, kept, rules

BODY = "The council met on Tuesday to discuss the budget for next year."


@pytest.mark.parametrize("line,rule", [
    ("Home", "chrome.nav_word"), ("Skip to main content", "chrome.nav_word"), ("back", "chrome.nav_word"),
    ("0", "chrome.counter"), ("| Remer,MN", "chrome.separator_fragment"),
    ("» Scores & Stats", "chrome.separator_fragment"), ("Home | News | Sports", "chrome.pipe_menu"),
    ("You are here: LAT Home > Sports > College Football", "chrome.breadcrumb"), ("Главная", "chrome.nav_word"),
])
def test_chrome_dropped(line: str, rule: str) -> None:
    doc = apply(drop_site_chrome, f"{line}\n{BODY}")
    assert kept(doc) == [BODY] and rules(doc) == [rule]


@pytest.mark.parametrize("line", [
    "Home prices rose 4% in March, the report said.", "Back to the drawing board for the council.",
    "U.S.", "$4.5 million",
])
def test_text_kept(line: str) -> None:
    assert kept(apply(drop_site_chrome, line)) == [line]


def test_header_chrome_only_above_headline() -> None:
    text = "DAILY GAZETTE\nMay 31, 2025 | |\nNextImg:Bridge approved\n\n" + BODY + "\n\nDAILY GAZETTE"
    doc = apply(drop_header_chrome, text)
    doc = drop_header_chrome(extract_title(apply(lambda d: d, text)))
    assert kept(doc) == [BODY, "DAILY GAZETTE"]
    assert sorted(rules(doc)) == ["header.date", "header.masthead", "title.image_prefix"]
