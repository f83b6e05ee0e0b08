"""Related-content lists.

- ``drop_related_links``: "Related stories" / "Read more" headers, inline "READ MORE: ..."
  links and tag lists. The headlines listed under a header are left to the content decision.
"""

from __future__ import annotations

from ._base import DropMatchingLines

drop_related_links = DropMatchingLines("drop_related_links", "related")
