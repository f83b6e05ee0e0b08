"""Hypothesis strategies for page-like text, kept in one place."""

from __future__ import annotations

from hypothesis import strategies as st

BOILERPLATE = [
    "Advertisement", "Home", "Share on Facebook", "AP", "REUTERS", "Getty Images", "© 2024 Planet",
    "Sign up for our newsletter", "Related Stories", "By Jane Doe", "22 Feb 2023", "|", "0",
    "NextImg:A headline", "With Post wires", "Sponsor: ACME", "Read more: other story",
    "We use cookies on this site. Accept all", "Privacy Policy | Terms of Use",
]
SENTENCES = [
    "The council voted on Tuesday to approve the new bridge over the river.",
    "“We are ready,” the mayor said, adding that work would begin in spring.",
    "Prices rose 4% in March, the fastest pace in two years, the report said.",
    "Officials said more than 400 people had been rescued since the early morning.",
]

line = st.one_of(
    st.sampled_from(BOILERPLATE),
    st.sampled_from(SENTENCES),
    st.text(max_size=80),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=40),
)
page = st.lists(st.tuples(line, st.integers(0, 2)), max_size=40).map(
    lambda items: "".join(text + "\n" * (1 + gap) for text, gap in items)
)
