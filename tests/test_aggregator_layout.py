"""The seed's layout for any story: pages drawn in the news aggregator's layout (masthead,
date strip, place, sponsor lines, the source's short and full name, its date, the
``NextImg:`` headline, paragraphs with ``Advertisement`` lines, captions with and without an
image description, a wire line at the end) come out with every field, paragraph and caption
where it belongs, whatever the source, date, number of captions and credits."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import clean

from .test_properties import assert_every_line_accounted_once

MASTHEADS = ["THE AMERICA ONE NEWS", "THE LIBERTY DAILY WIRE", "AMERICA ONE NEWS"]
PLACES = ["Remer,MN", "Austin,TX", "Boise,ID", "Salem,OR"]
SOURCES = [("NY Post", "New York Post"), ("WaPo", "The Washington Post"),
           ("Fox News", "Fox News"), ("The Hill", "The Hill"), ("NBC", "NBC News"),
           ("Daily Mail", "Daily Mail")]
SPONSORS = ["Sponsor:  QWIKET ", "Sponsor:  QWIKET: Elevate your fantasy game! Interactive Sports Knowledge.",
            "Sponsor:  ACME: The tools every contractor needs."]
HEADLINES = ["City council approves new bridge after decade of debate",
             "Putin meets China’s top diplomat, brags about ‘new frontiers’ in Beijing relations",
             "Storm knocks out power to 200,000 homes across three states",
             "Senate passes stopgap bill hours before shutdown deadline"]
PARAGRAPHS = [
    "The city council voted 7-2 on Tuesday to approve a new pedestrian bridge over the river, "
    "ending a debate that has lasted more than ten years.",
    "Supporters said the bridge would connect two neighborhoods that have been cut off from "
    "each other since the old crossing was demolished in 2012.",
    "“We are ready to deepen our partnership,” the minister said through an interpreter.",
    "Construction is expected to take two years, officials said on Wednesday.",
    "Opponents argued that the money should go to road repairs instead, and promised to take "
    "the fight to the ballot box in November.",
    "More than 400 people had been rescued since the early morning, the fire department said.",
    "Prices rose 4% in March, the fastest pace in two years, according to the report.",
    "The governor declared a state of emergency in six counties late on Monday night.",
]
CAPTIONS = [
    "Council members debated the plan for more than four hours.",
    "The old crossing was demolished in 2012 after inspectors found cracks in its piers.",
    "Putin said he was looking forward to welcoming Chinese President Xi Jinping, right, at the Kremlin.",
    "Crews worked through the night to restore power in the hardest-hit areas.",
]
DESCRIPTIONS = [
    "Workers inspect the foundations of the old crossing, March 1, 2024, in Austin, Texas.",
    "Russian President Vladimir Putin speaks with Chinese President Xi Jinping before a meeting in "
    "Samarkand, Uzbekistan September 16, 2022.",
    "A lineman repairs a downed power line in Boise, Idaho, on Sunday, Jan. 7, 2024.",
]
CREDITS = ["AP", "REUTERS", "via REUTERS", "Getty Images", "AFP via Getty Images", "EPA",
           "Bloomberg via Getty Images", "Shutterstock", "NurPhoto via Getty Images",
           "AP Photo/Evan Vucci", "Stephanie Keith/Getty Images", "Jane Doe/AFP via Getty Images",
           "NY Post photo composite", "Courtesy of the City of Austin"]
WIRES = ["With Post wires", "With wire services", "With AP"]


@st.composite
def aggregator_page(draw: st.DrawFn) -> tuple[str, dict[str, object]]:
    short, full = draw(st.sampled_from(SOURCES))
    day = draw(st.dates(min_value=dt.date(2015, 1, 1), max_value=dt.date(2026, 12, 31)))
    strip = draw(st.dates(min_value=dt.date(2015, 1, 1), max_value=dt.date(2026, 12, 31)))
    headline = draw(st.sampled_from(HEADLINES))
    paragraphs = draw(st.lists(st.sampled_from(PARAGRAPHS), min_size=3, max_size=10, unique=True))
    n_captions = draw(st.integers(0, 4))
    captions = []
    for k in range(n_captions):
        described = draw(st.booleans())
        captions.append({
            "text": CAPTIONS[k], "credit": draw(st.sampled_from(CREDITS)),
            "alt": draw(st.sampled_from(DESCRIPTIONS)) if described else None,
            "after": draw(st.integers(0, len(paragraphs) - 1)),
        })
    ads_after = draw(st.sets(st.integers(1, len(paragraphs) - 1), max_size=3))
    wire = draw(st.one_of(st.none(), st.sampled_from(WIRES)))

    lines = [draw(st.sampled_from(MASTHEADS)), f"{strip.strftime('%b %d, %Y')}  |  ", "0",
             f" | {draw(st.sampled_from(PLACES))}"]
    lines += draw(st.lists(st.sampled_from(SPONSORS), min_size=0, max_size=4))
    lines += ["back  ", "topic", short, full, f"{day.day} {day.strftime('%b %Y')}", "", "",
              f"NextImg:{headline}", ""]
    for i, paragraph in enumerate(paragraphs):
        lines += [paragraph, ""]
        if i in ads_after:
            lines += ["Advertisement", ""]
        for cap in captions:
            if cap["after"] == i:
                if cap["alt"]:
                    lines += [cap["alt"], ""]
                lines += [cap["text"], cap["credit"], ""]
    if wire:
        lines += [wire]
    expected = {
        "title": headline, "source": full, "published": day, "attribution": wire,
        "paragraphs": paragraphs,
        "captions": sorted(((c["after"], k, c["text"], c["credit"], c["alt"])
                            for k, c in enumerate(captions))),
    }
    return "\n".join(lines) + "\n", expected


@settings(max_examples=150, deadline=None)
@given(aggregator_page())
def test_any_story_in_the_aggregator_layout(case: tuple[str, dict[str, object]]) -> None:
    text, expected = case
    article = clean(text)
    assert article.title == expected["title"]
    assert article.source == expected["source"]
    assert article.published == expected["published"]
    assert article.attribution == expected["attribution"]
    assert article.paragraphs == expected["paragraphs"]
    assert [(c.text, c.credit, c.alt) for c in article.captions] == [
        (text_, credit, alt) for _, _, text_, credit, alt in expected["captions"]]  # type: ignore[attr-defined]
    assert_every_line_accounted_once(text, article)
