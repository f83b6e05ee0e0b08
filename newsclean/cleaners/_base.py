"""What the family modules share: a cleaner that drops the lines a rule table matches."""

from __future__ import annotations

from dataclasses import dataclass

from .._document import SLIDE_KINDS, Block, Document
from .._rules import CODE_RULES, CompiledRule, load


@dataclass(frozen=True)
class DropMatchingLines:
    """Drop every block whose text a ``drop`` rule of one table matches, recording the rule.

    ``name`` is the cleaner's name in removals; ``family`` names ``newsclean/rules/<family>.toml``.
    A family that does more with the matches (related lists) asks :meth:`matches` once and
    hands them to :meth:`drop`.
    """

    name: str
    family: str

    @property
    def __name__(self) -> str:
        return self.name

    def matches(self, doc: Document) -> dict[int, CompiledRule]:
        """Block index -> the table's first matching rule, for every block a rule matches."""
        rules = load(self.family)
        limit = rules.limit
        found: dict[int, CompiledRule] = {}
        for i, block in enumerate(doc.blocks):
            if block.text.count(" ") >= limit:  # longer than any rule of the table takes
                continue
            if block.kind in SLIDE_KINDS:  # a marked slideshow is the captions step's
                continue
            rule = rules.first(block.text)
            if rule is not None:
                found[i] = rule
        return found

    def drop(self, doc: Document, matches: dict[int, CompiledRule]) -> Document:
        """Drop the blocks at these indices whose rule's action is ``drop``."""
        hits: dict[str, list[Block]] = {}
        reasons: dict[str, str] = {}
        for i, rule in matches.items():
            if rule.rule.action == "drop":
                hits.setdefault(rule.id, []).append(doc.blocks[i])
                reasons[rule.id] = rule.rule.reason
        for rule_id, blocks in hits.items():
            doc = doc.drop(blocks, rule=rule_id, reason=reasons[rule_id])
        return doc

    def __call__(self, doc: Document) -> Document:
        return self.drop(doc, self.matches(doc))


@dataclass(frozen=True)
class DropMarked:
    """Drop what is left of the blocks an earlier step marked with ``kind`` (after the content
    decision, which read the page with them in place), as one family's removal; ``rule`` is a
    code rule (its reason is the one ``CODE_RULES`` gives it)."""

    name: str
    kind: str
    rule: str

    @property
    def __name__(self) -> str:
        return self.name

    def __call__(self, doc: Document) -> Document:
        gone = [b for b in doc.blocks if b.kind == self.kind]
        if not gone:
            return doc
        return doc.drop(gone, rule=self.rule, reason=CODE_RULES[self.rule])
