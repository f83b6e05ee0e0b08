"""Furniture whose early removal changes how the content decision reads its neighbours.

- ``drop_late_furniture``: an author box's heading ("About the author"), a section box's
  header ("More from Politics"), a teaser's "Continue reading" button (``rules/late.toml``),
  dropped from what the content decision kept. Taken out before it, such a line no longer
  parted a related box's teasers from the story, and the decision kept them (tried on the dev
  corpus, README); after it, the decision reads every page as it did, and the line still
  never reaches the body.

>>> from newsclean._readers import read_text
>>> doc = drop_late_furniture(read_text("The council voted on Tuesday.\\n\\nMore from Politics"))
>>> [b.text for b in doc.blocks], [r.rule for r in doc.records]
(['The council voted on Tuesday.'], ['late.section_box'])
"""

from __future__ import annotations

from ._base import DropMatchingLines

drop_late_furniture = DropMatchingLines("drop_late_furniture", "late")
