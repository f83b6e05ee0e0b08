"""Prompts to the reader.

- ``drop_reader_prompts``: newsletter and subscription boxes, paywall and cookie notices,
  comment-section prompts, app and tip-line prompts.
"""

from __future__ import annotations

from ._base import DropMatchingLines

drop_reader_prompts = DropMatchingLines("drop_reader_prompts", "prompts")
