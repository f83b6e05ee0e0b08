"""Share widgets and social prompts.

- ``drop_share_widgets``: share buttons, share and comment counts, "Follow us on ..." lines,
  and embedded social posts: a tweet's or an Instagram post's signature line
  ("— Jane Doe (@janedoe) March 21, 2017") with the post's text right above it, and a line
  that ends in a tweet's own short link.

>>> from newsclean._readers import read_text
>>> doc = drop_share_widgets(read_text("Share this article\\n\\nGonna build that tunnel\\n\\n"
...                                    "— Elon Musk (@elonmusk) October 18, 2017"))
>>> [r.rule for r in doc.records]
['share.button', 'share.embed_signature', 'share.embed_text']
"""

from __future__ import annotations

import re

from .._document import MARKABLE_KINDS, Block, Document
from .._rules import CODE_RULES
from ._base import DropMatchingLines

_TABLE = DropMatchingLines("drop_share_widgets", "widgets")

#: an embedded post's text is a line or a short paragraph (a tweet: 280 characters), not a
#: run of the story
_EMBED_TEXT_WORDS = 70
#: a tweet's text ends in its own short link; asked in code, not in the table, so that the
#: table's word limit stays that of its buttons (every line under it asks the table)
_TWEET_LINK = re.compile(r"(?:https?://t\.co/\w+|\bpic\.twitter\.com/\w+)\s*$")


def _embed_text(block: Block) -> bool:
    text = block.text
    return (("t.co/" in text or "pic.twitter.com/" in text)
            and text.count(" ") < _EMBED_TEXT_WORDS and _TWEET_LINK.search(text) is not None)


def drop_share_widgets(doc: Document) -> Document:
    """Drop the lines the widgets table matches, and the text of an embedded post: a line
    ending in a tweet's short link, and the block right above a signature line (one blank
    line between at most), which no rule can tell from a quote by its words."""
    matches = _TABLE.matches(doc)
    blocks = doc.blocks
    posts = [b for i, b in enumerate(blocks)
             if i not in matches and b.kind in MARKABLE_KINDS and _embed_text(b)]
    for i, rule in matches.items():
        if rule.id != "share.embed_signature" or i == 0 or i - 1 in matches:
            continue
        above = blocks[i - 1]
        if (blocks[i].gap_before <= 1 and above.kind in MARKABLE_KINDS
                and above.text.count(" ") < _EMBED_TEXT_WORDS and not _embed_text(above)):
            posts.append(above)
    doc = _TABLE.drop(doc, matches)
    if posts:
        doc = doc.drop(posts, rule="share.embed_text", reason=CODE_RULES["share.embed_text"])
    return doc
