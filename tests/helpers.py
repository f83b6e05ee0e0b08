from __future__ import annotations

import time
from collections.abc import Callable

from newsclean._document import Document
from newsclean._pipeline import Cleaner, run
from newsclean._readers import read_text


def apply(cleaner: Cleaner, text: str) -> Document:
    return run(read_text(text), (cleaner,))


def kept(doc: Document) -> list[str]:
    return [b.text for b in doc.blocks]


def rules(doc: Document) -> list[str]:
    return [r.rule for r in doc.records]


def family_rules(line: str, body: str) -> list[str]:
    """The rules that the family cleaners (the whole pipeline but the content decision) record
    for ``line`` set between two body paragraphs."""
    from newsclean.cleaners import DEFAULT_PIPELINE, drop_non_content

    families = tuple(c for c in DEFAULT_PIPELINE if c is not drop_non_content)
    doc = run(read_text(f"{body}\n\n{line}\n\n{body}"), families)
    return [r.rule for r in doc.records]


def assert_linear_time(work: Callable[[int], object], small: int, big: int,
                       floor: float = 5e-4) -> None:
    """``work(n)`` on ``big`` units takes less than ten times its time on ``small`` (a
    quarter as many: linear would be four times), each the best of three runs; ``floor``
    seconds stands in for a small time too short to measure."""
    def took(n: int) -> float:
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            work(n)
            best = min(best, time.perf_counter() - start)
        return best

    short, long = took(small), took(big)
    assert long < max(short, floor) * 10, (short, long)
