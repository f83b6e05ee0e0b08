"""Page footers.

- ``drop_footer_lines``: copyright notices, legal and company links, "Powered by" lines.
"""

from __future__ import annotations

from ._base import DropMatchingLines

drop_footer_lines = DropMatchingLines("drop_footer_lines", "footer")
