"""Prompts to the reader.

- ``drop_reader_prompts``: newsletter and subscription boxes, paywall and cookie notices,
  comment-section prompts, app and tip-line prompts; and a line of a prompt box that no rule
  knows, standing between two prompt lines with no blank line around it (a newsletter's
  description between its name and its privacy notice: ``prompt.box_line``).

>>> from newsclean._readers import read_text
>>> text = ("The council voted on Tuesday to approve the new bridge, officials said.\\n\\n"
...         "Sign up to Down to Earth\\nThe week's most important stories on the planet\\n"
...         "Free weekly newsletter\\n\\nWork will begin in the spring, the mayor said.")
>>> [r.rule for r in drop_reader_prompts(read_text(text)).records]
['prompt.signup_named', 'prompt.newsletter', 'prompt.box_line']
"""

from __future__ import annotations

from .._document import HELD_KINDS, Block, Document
from .._rules import CODE_RULES
from ._base import DropMatchingLines

_TABLE = DropMatchingLines("drop_reader_prompts", "prompts")

#: a box's description is a line or two, not a paragraph
MAX_BOX_LINE_WORDS = 40
#: prompts that stand by a reader's comment ("Reply", "Report abuse"), not around a box: the
#: text between them is a comment, the comment-thread step's
_NOT_A_BOX = frozenset({"prompt.comments", "prompt.feedback"})


def drop_reader_prompts(doc: Document) -> Document:
    """Drop the prompt lines the table matches, and a line set between two of them in the
    same run of lines (no blank line before it or after it)."""
    matches = _TABLE.matches(doc)
    blocks = doc.blocks
    edges = {i for i, rule in matches.items() if rule.id not in _NOT_A_BOX}
    boxed: list[Block] = []
    for i in range(1, len(blocks) - 1):
        block = blocks[i]
        if (i - 1 in edges and i + 1 in edges and i not in matches
                and block.gap_before == 0 and blocks[i + 1].gap_before == 0
                and block.kind not in HELD_KINDS
                and block.text.count(" ") < MAX_BOX_LINE_WORDS):
            boxed.append(block)
    doc = _TABLE.drop(doc, matches)
    if boxed:
        doc = doc.drop(boxed, rule="prompt.box_line", reason=CODE_RULES["prompt.box_line"])
    return doc
