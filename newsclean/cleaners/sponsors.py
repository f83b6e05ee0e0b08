"""Sponsor blocks.

- ``drop_sponsor_blocks``: lines that open with a sponsor label (``Sponsor:``, ``Sponsored
  by``, ``Presented by``, ``Paid content``) followed by the sponsor's name or pitch.
"""

from __future__ import annotations

from ._base import DropMatchingLines

drop_sponsor_blocks = DropMatchingLines("drop_sponsor_blocks", "sponsors")
