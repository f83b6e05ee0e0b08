"""The main-content decision: what is left after the family cleaners, is it the article?

- ``drop_non_content``: scores each remaining block as body or boilerplate from its shape
  (length, sentence ends, function words, link-like punctuation) and its neighbours', finds
  the densest run of body blocks, and drops what lies outside it, and the boilerplate-shaped
  blocks inside it, recording which of the two reasons applied.
"""

from __future__ import annotations

from dataclasses import dataclass

from .._document import Block, Document
from ._shape import ends_sentence, size, stopword_share


def _block_score(block: Block) -> float:
    n = size(block.text)
    sentence = ends_sentence(block.text)
    stop = stopword_share(block.text)
    score = 0.0
    if n >= 30:
        score += 3.0
    elif n >= 15:
        score += 2.0 if sentence or stop > 0.2 else 0.5
    elif n >= 8:
        score += 1.0 if sentence else -0.5
    else:
        score -= 1.5 if not sentence else 0.5
    return score


@dataclass(frozen=True)
class DropNonContent:
    """Keep the densest run of prose blocks; drop the rest with the reason that applied.

    ``gap_penalty`` is what one boilerplate-shaped block costs a run; ``min_words`` is the size
    under which a block inside the run is still dropped when it does not read as a sentence.
    """

    gap_penalty: float = 1.0
    min_words: int = 4

    @property
    def __name__(self) -> str:
        return "drop_non_content"

    def __call__(self, doc: Document) -> Document:
        blocks = doc.blocks
        if not blocks:
            return doc
        scores = [_block_score(b) for b in blocks]
        best, best_span = float("-inf"), (0, -1)
        total, start = 0.0, 0
        for i, s in enumerate(scores):
            if total <= 0:
                total, start = 0.0, i
            total += s
            if total > best:
                best, best_span = total, (start, i)
        lo, hi = best_span
        outside = [b for i, b in enumerate(blocks) if i < lo or i > hi]
        inside_junk = [
            b for i, b in enumerate(blocks)
            if lo <= i <= hi and size(b.text) < self.min_words and not ends_sentence(b.text)
        ]
        if outside:
            doc = doc.drop(outside, rule="content.outside_main",
                           reason="outside the article's main run of text")
        if inside_junk:
            doc = doc.drop(inside_junk, rule="content.short_fragment",
                           reason="short fragment inside the article, not a sentence")
        return doc


drop_non_content = DropNonContent()
