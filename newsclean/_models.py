"""The public, frozen pydantic models: Article, Caption, Removal, Provenance.

pydantic is used at this boundary only; inside the pipeline everything is a dataclass.
"""

from __future__ import annotations

import datetime as _dt

from pydantic import BaseModel, ConfigDict


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Caption(_Frozen):
    """A photo caption: its text, its credit (``AP``, ``via REUTERS``...), the image description."""

    text: str
    credit: str | None = None
    alt: str | None = None
    lines: tuple[int, int] | None = None


class Removal(_Frozen):
    """One piece of input that left the body: which cleaner and rule, why, where it went.

    ``target`` is ``drop`` when the text was removed, else the article field it moved to.
    ``lines`` is the 1-based inclusive span of input lines; ``part`` marks a removal of only
    part of them.
    """

    cleaner: str
    rule: str
    reason: str
    lines: tuple[int, int]
    text: str
    target: str = "drop"
    #: True when only part of the line(s) left the body (a dateline before the first
    #: sentence); the rest of the line is still in a paragraph
    part: bool = False


class Provenance(_Frozen):
    """Where a kept paragraph came from: its block kind and 1-based input line span."""

    kind: str
    lines: tuple[int, int]


class Article(_Frozen):
    """A cleaned news article."""

    title: str | None = None
    source: str | None = None
    published: _dt.date | None = None
    byline: str | None = None
    attribution: str | None = None
    dateline: str | None = None
    paragraphs: list[str] = []
    captions: list[Caption] = []
    provenance: list[Provenance] = []
    removals: list[Removal] = []

    @property
    def text(self) -> str:
        """The body as one string, paragraphs separated by blank lines."""
        return "\n\n".join(self.paragraphs)
