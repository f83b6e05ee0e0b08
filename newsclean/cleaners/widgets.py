"""Share widgets and social prompts.

- ``drop_share_widgets``: share buttons, share and comment counts, "Follow us on ..." lines.
"""

from __future__ import annotations

from ._base import DropMatchingLines

drop_share_widgets = DropMatchingLines("drop_share_widgets", "widgets")
