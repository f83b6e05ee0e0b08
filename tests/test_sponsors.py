from __future__ import annotations

import pytest

from newsclean.cleaners import drop_sponsor_blocks

from .helpers import apply, kept, rules


@pytest.mark.parametrize("line", [
    "Sponsor:\u00a0 QWIKET", "Sponsor: QWIKET: Elevate your fantasy game!", "Sponsored by Acme Corp",
    "Presented by Toyota", "Paid content: Five ways to save", "SPONSORED CONTENT",
    "Patrocinado por Banco X", "Partner content: travel deals",
])
def test_sponsor_lines_dropped(line: str) -> None:
    doc = apply(drop_sponsor_blocks, line)
    assert kept(doc) == [] and rules(doc) == ["sponsor.label_prefix"]


@pytest.mark.parametrize("line", [
    "Sponsors of the bill said it would pass.",
    "Sponsored by the city, the fair drew 10,000 people last weekend.",
    "The team's sponsor, a bank, pulled out in March.",
])
def test_sentences_kept(line: str) -> None:
    assert kept(apply(drop_sponsor_blocks, line)) == [line]
