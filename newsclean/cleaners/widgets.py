"""Share widgets and social prompts.

- ``drop_share_widgets``: share buttons, share and comment counts, "Follow us on ..." lines,
  and embedded social posts: a tweet's or an Instagram post's signature line
  ("— Jane Doe (@janedoe) March 21, 2017") with the post's text right above it.

>>> from newsclean._readers import read_text
>>> doc = drop_share_widgets(read_text("Share this article\\n\\nGonna build that tunnel\\n\\n"
...                                    "— Elon Musk (@elonmusk) October 18, 2017"))
>>> [r.rule for r in doc.records]
['share.button', 'share.embed_signature', 'share.embed_text']
"""

from __future__ import annotations

from .._document import MARKABLE_KINDS, Document
from .._rules import load
from ._base import DropMatchingLines

_TABLE = DropMatchingLines("drop_share_widgets", "widgets")

#: an embedded post's text is a line or a short paragraph, not a run of the story
_EMBED_TEXT_WORDS = 70


def drop_share_widgets(doc: Document) -> Document:
    """Drop the lines the widgets table matches, and the text of an embedded post: the block
    right above its signature line (one blank line between at most), which no rule can tell
    from a quote by its words."""
    matches = _TABLE.matches(doc)
    blocks = doc.blocks
    text_rule = load("widgets").get("share.embed_text")
    for i, rule in list(matches.items()):
        if rule.id != "share.embed_signature" or i == 0 or i - 1 in matches:
            continue
        above = blocks[i - 1]
        if (blocks[i].gap_before <= 1 and above.kind in MARKABLE_KINDS
                and above.text.count(" ") < _EMBED_TEXT_WORDS):
            matches[i - 1] = text_rule
    return _TABLE.drop(doc, matches)
