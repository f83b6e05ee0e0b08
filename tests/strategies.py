"""Hypothesis strategies for page-like text, kept in one place."""

from __future__ import annotations

from hypothesis import strategies as st

BOILERPLATE = [
    "Advertisement", "Home", "Share on Facebook", "AP", "REUTERS", "Getty Images", "© 2024 Planet",
    "Sign up for our newsletter", "Related Stories", "By Jane Doe", "22 Feb 2023", "|", "0",
    "NextImg:A headline", "With Post wires", "Sponsor: ACME", "Read more: other story",
    "We use cookies on this site. Accept all", "Privacy Policy | Terms of Use",
    # slideshow controls and wire-caption forms, so that galleries are drawn too
    "Fullscreen", "Fullscreen", "Photo", "Reply",
    "In this undated photo provided by the park, a ranger walks the trail.",
    "The mayor speaks in the council chamber in Springfield, March 3, 2024.",
]
SENTENCES = [
    "The council voted on Tuesday to approve the new bridge over the river.",
    "“We are ready,” the mayor said, adding that work would begin in spring.",
    "Prices rose 4% in March, the fastest pace in two years, the report said.",
    "Officials said more than 400 people had been rescued since the early morning.",
    "The trail climbs from the river to the cliff tops and back. Ana Ruiz, AP",
    "Heron Marsh at dawn, when the herons fish in the reeds. State Parks Service",
]

line = st.one_of(
    st.sampled_from(BOILERPLATE),
    st.sampled_from(SENTENCES),
    st.text(max_size=80),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=40),
)
plain_page = st.lists(st.tuples(line, st.integers(0, 2)), max_size=40).map(
    lambda items: "".join(text + "\n" * (1 + gap) for text, gap in items)
)
SLIDES = [
    "The trail climbs from the river to the cliff tops and back. Ana Ruiz, AP",
    "Heron Marsh at dawn, when the herons fish in the reeds. State Parks Service",
    "Climbers rope up below the ice fall before the final push. Reuters",
    "The summit ridge, where the wind rarely drops below forty knots.",
]
#: a slideshow as text: the same control line by every slide
gallery = st.tuples(st.sampled_from(["Fullscreen", "Expand", "Photo", "Reply"]),
                    st.lists(st.sampled_from(SLIDES), min_size=2, max_size=6)).map(
    lambda t: "".join(f"{t[0]}\n{slide}\n" for slide in t[1]))
#: a reader comment thread: a heading (or none), then comments with their signature lines
SIGNATURES = ["Posted by Ann on May 2, 2017 9:10 AM", "Reply", "Bob Lee • 3 hours ago",
              "Quote | Report this post", "Dave, Truro, Cornwall", "Cy says:"]
thread = st.tuples(st.sampled_from(["Comments\n", "Have your say\n", "27 Comments\n", ""]),
                   st.lists(st.tuples(st.sampled_from(SENTENCES), st.sampled_from(SIGNATURES),
                                      st.booleans()), min_size=2, max_size=6)).map(
    lambda t: t[0] + "".join(f"{sig}\n{text}\n" if first else f"{text}\n{sig}\n"
                             for text, sig, first in t[1]))
page = st.one_of(
    plain_page,
    st.tuples(plain_page, gallery, plain_page).map(lambda t: f"{t[0]}\n{t[1]}\n{t[2]}"),
    st.tuples(plain_page, thread, plain_page).map(lambda t: f"{t[0]}\n{t[1]}\n{t[2]}"),
)
