"""Related-content lists.

- ``drop_related_links``: "Related stories" / "Read more" headers, inline "READ MORE: ..."
  links and tag lists. The headlines a header lists right under it, in the same run of lines
  (short, no sentence end, no blank line in between), are marked ``related_item``; not under
  a header that is itself one line of a menu (it opens no run and follows no sentence), as a
  menu runs on into the headline, the date and the byline.
- ``drop_related_items``: drops the marked headlines (``related.list_item``) after the content
  decision, which reads the page with them in place (taken out before it, a list changes how
  the model reads the lines around it). A list set off by a blank line is the model's to judge.

>>> from newsclean._readers import read_text
>>> text = ("The minister spoke on Tuesday about the new budget and the tax plan.\\n\\n"
...         "Related stories\\nPrices rise for a third month\\nRain forecast for the weekend\\n\\n"
...         "The budget goes to parliament next week, the minister said.")
>>> doc = drop_related_items(drop_related_links(read_text(text)))
>>> [r.rule for r in doc.records], [b.text[:12] for b in doc.blocks]
(['related.header', 'related.list_item', 'related.list_item'], ['The minister', 'The budget g'])
"""

from __future__ import annotations

from .._dates import is_date_line
from .._document import HELD_KINDS, MARKABLE_KINDS, Block, Document, Kind
from .._rules import load
from ._base import DropMarked, DropMatchingLines
from ._shape import ends_sentence, is_sentence, size

_TABLE = DropMatchingLines("drop_related_links", "related")

#: a listed headline is a line, not a paragraph
MAX_ITEM_WORDS = 20


def _listed(block: Block) -> bool:
    """Is ``block`` shaped like a headline in a list under the line above it: no blank line
    between, short, no sentence end, and not the article's own furniture (a byline or a date
    line: a "Read more" button under a photo may stand right above the byline)?"""
    text = block.text
    if (block.gap_before > 0 or block.kind not in MARKABLE_KINDS or ends_sentence(text)
            or size(text) > MAX_ITEM_WORDS):
        return False
    return load("metadata").first(text) is None and not is_date_line(text)


def drop_related_links(doc: Document) -> Document:
    """Drop related-content headers, inline links and tag lists (``rules/related.toml``), and
    mark the headlines listed under a header in the same run of lines (``related_item``)."""
    matches = _TABLE.matches(doc)
    blocks = doc.blocks
    items: dict[int, Kind] = {}
    headers: set[int] = set()
    for i, rule in matches.items():
        if rule.id != "related.header" or blocks[i].kind in HELD_KINDS:
            continue
        if (blocks[i].gap_before == 0 and i > 0 and not is_sentence(blocks[i - 1].text)
                and i - 1 not in headers):
            continue  # a word in a menu ("Features", "Ranking"), not a list's header
        # a header right under a list's header ("Most Popular" printed as the tab and as the
        # box's heading) opens the list in its place
        headers.add(i)
        j = i + 1
        # the list ends at a blank line, a sentence, or a line the table knows itself
        while j < len(blocks) and j not in matches and _listed(blocks[j]):
            items[j] = "related_item"
            j += 1
    if items:
        doc = doc.relabel(items)
    return _TABLE.drop(doc, matches)


#: the listed headlines :func:`drop_related_links` marked
drop_related_items = DropMarked("drop_related_items", "related_item", "related.list_item")
