"""What the family modules share: a cleaner that drops the lines a rule table matches."""

from __future__ import annotations

from dataclasses import dataclass

from .._document import SLIDE_KINDS, Block, Document
from .._rules import load


@dataclass(frozen=True)
class DropMatchingLines:
    """Drop every block whose text a ``drop`` rule of one table matches, recording the rule.

    ``name`` is the cleaner's name in removals; ``family`` names ``newsclean/rules/<family>.toml``.
    """

    name: str
    family: str

    @property
    def __name__(self) -> str:
        return self.name

    def __call__(self, doc: Document) -> Document:
        rules = load(self.family)
        limit = rules.limit
        hits: dict[str, list[Block]] = {}
        for block in doc.blocks:
            if block.text.count(" ") >= limit:  # longer than any rule of the table takes
                continue
            if block.kind in SLIDE_KINDS:  # a marked slideshow is the captions step's
                continue
            rule = rules.first(block.text)
            if rule is not None and rule.rule.action == "drop":
                hits.setdefault(rule.id, []).append(block)
        for rule_id, blocks in hits.items():
            doc = doc.drop(blocks, rule=rule_id, reason=rules.get(rule_id).rule.reason)
        return doc
