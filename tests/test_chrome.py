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
    # a time of day with no date, labelled or not
    ("Updated: 12:45 PM EST", "chrome.clock_time"), ("Posted at 9:30am", "chrome.clock_time"),
    ("Atualizado às 14h30", "chrome.clock_time"), ("更新时间：14:30", "chrome.clock_time"),
])
def test_chrome_dropped(line: str, rule: str) -> None:
    doc = apply(drop_site_chrome, f"{line}\n{BODY}")
    assert kept(doc) == [BODY] and rules(doc) == [rule]


@pytest.mark.parametrize("line", [
    "Home prices rose 4% in March, the report said.", "Back to the drawing board for the council.",
    "U.S.", "$4.5 million", "At 12:45 PM EST the bridge collapsed.", "Updated rules take effect at noon",
])
def test_text_kept(line: str) -> None:
    assert kept(apply(drop_site_chrome, line)) == [line]


def test_header_chrome_only_above_headline() -> None:
    text = "DAILY GAZETTE\nMay 31, 2025 | |\nNextImg:Bridge approved\n\n" + BODY + "\n\nDAILY GAZETTE"
    doc = apply(drop_header_chrome, text)
    doc = drop_header_chrome(extract_title(apply(lambda d: d, text)))
    assert kept(doc) == [BODY, "DAILY GAZETTE"]
    assert sorted(rules(doc)) == ["header.date", "header.masthead", "title.image_prefix"]


@pytest.mark.parametrize("line,rule", [
    ("= 11) document.write('", "code.script"),
    ('"text/javascript" src="http://images.example.com/js/toggle.js">', "code.script"),
    ("//<![CDATA[", "code.script"),
    ("<script language=\"JavaScript\" type=\"text/javascript\"> document.write('<a href=\"x\">')",
     "code.script"),
    # taken earlier by the shape of a menu: gone either way
    ("var _gaq = _gaq || [];", "chrome.pipe_menu"), ("});", "chrome.nav_word"),
])
def test_script_text_leaves_the_article(line: str, rule: str) -> None:
    """Script text in the middle of the article goes (after the content decision, unless a
    chrome rule took it before)."""
    from newsclean import clean

    body = [BODY, "Officials said the vote would be held again next week after the recount.",
            "The mayor said she expected the budget to pass by a wide margin this time."]
    article = clean("\n\n".join([body[0], line, *body[1:]]))
    assert article.paragraphs == body
    assert [r.rule for r in article.removals if r.text == line] == [rule]


@pytest.mark.parametrize("line", [
    "The function of the committee is to review the budget (and report back).",
    "He typed src= into the form, the court heard.",
])
def test_prose_about_code_kept(line: str) -> None:
    from newsclean.cleaners import drop_code_lines

    assert kept(apply(drop_code_lines, line)) == [line]
