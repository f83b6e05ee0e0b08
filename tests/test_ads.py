from __future__ import annotations

import pytest

from newsclean.cleaners import drop_ad_labels

from .helpers import apply, kept, rules

BODY = "The council met on Tuesday to discuss the budget."


@pytest.mark.parametrize("label", [
    "Advertisement", "ADVERTISEMENT", "Ad", "Sponsored", "Anzeige", "Werbung", "Publicité",
    "Publicidad", "PUBLICIDADE", "Pubblicità", "Advertentie", "Реклама", "广告", "광고", "広告",
    "- Advertisement -", "Story continues below advertisement", "--- Advertisement ---", "Iklan",
])
def test_labels_dropped(label: str) -> None:
    doc = apply(drop_ad_labels, f"{BODY}\n\n{label}\n\n{BODY}")
    assert kept(doc) == [BODY, BODY]
    assert rules(doc)[0].startswith("ads.")
    assert doc.records[0].cleaner == "drop_ad_labels"


@pytest.mark.parametrize("sentence", [
    "Advertisement revenue fell 5% this quarter.",
    "Ad spending is up across the industry this year.",
    "Sponsored content now makes up a fifth of digital sales.",
    "The ad ran during the Super Bowl.",
])
def test_sentences_about_advertising_kept(sentence: str) -> None:
    assert kept(apply(drop_ad_labels, sentence)) == [sentence]
