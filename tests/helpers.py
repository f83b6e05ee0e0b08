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


def family_rules(line: str, body: str) -> list[str]:
    """The rules that the family cleaners (the whole pipeline but the content decision) record
    for ``line`` set between two body paragraphs."""
    from newsclean.cleaners import DEFAULT_PIPELINE, drop_non_content

    families = tuple(c for c in DEFAULT_PIPELINE if c is not drop_non_content)
    doc = run(read_text(f"{body}\n\n{line}\n\n{body}"), families)
    return [r.rule for r in doc.records]
