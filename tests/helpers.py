from __future__ import annotations

from newsclean._document import Document
from newsclean._pipeline import Cleaner, run
from newsclean._readers import read_text


def apply(cleaner: Cleaner, text: str) -> Document:
    return run(read_text(text), (cleaner,))


def kept(doc: Document) -> list[str]:
    return [b.text for b in doc.blocks]


def rules(doc: Document) -> list[str]:
    return [r.rule for r in doc.records]
