"""Document and Block: the representation every cleaner works on.

A reader turns input into a :class:`Document`, a tuple of frozen :class:`Block` values plus what
has been taken out of them so far. Cleaners never mutate a document: they return a new one built
with :meth:`Document.drop`, :meth:`Document.strip`, :meth:`Document.move` or
:meth:`Document.add_caption`. Those helpers append the records that explain each change, so no
text can leave the body without a record saying which rule took it and where it went.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Literal

#: ``slide`` and ``slide_control`` mark a slideshow's captions and controls, found before the
#: content decision and moved out after it (cleaners/credits.py); ``comment`` marks a reader
#: comment thread, found before the line families and dropped after the content decision
#: (cleaners/comments.py); ``related_item`` a headline listed under a related-content header,
#: dropped after the content decision too (cleaners/related.py)
Kind = Literal["paragraph", "heading", "caption", "list_item", "unknown", "slide",
               "slide_control", "comment", "related_item"]
SLIDE_KINDS: frozenset[str] = frozenset({"slide", "slide_control"})
#: kinds the content decision leaves to the step that marked them
HELD_KINDS: frozenset[str] = SLIDE_KINDS | {"comment", "related_item"}
#: kinds a step may mark for a later one: text blocks, not an HTML heading or list item,
#: whose kind the content model reads
MARKABLE_KINDS: frozenset[str] = frozenset({"unknown", "paragraph"})
FieldName = Literal["title", "source", "published", "byline", "attribution", "dateline"]


@dataclass(frozen=True, slots=True)
class LineMeta:
    """What the HTML reader knows of one rendered line (see :class:`Block`): the page region
    its element sits in (``zone``) and the one its class or id names (``region``), the
    element's kind, its line in the page source, the share of its text inside links, the
    description of the image just before a caption line, and the caption element it belongs
    to. Text input has none."""

    zone: str | None
    region: str | None
    kind: str
    sourceline: int | None
    link_share: float
    alt: str | None = None
    caption_id: int | None = None


@dataclass(frozen=True, slots=True)
class Block:
    """One piece of text with its provenance.

    ``line`` is the 1-based number of the input line (in the reader's output) the block came
    from; it is unique within a document and serves as the block's identity. ``lines`` gives it
    as a span, as records and fields have one. (A number, not a span tuple: a block is one
    line, and an input of 200,000 short lines is 200,000 blocks.) The one exception is text
    the text reader joins back from several lines into one :class:`JoinedBlock`: a paragraph of
    hard-wrapped text (a terminal browser's dump, html2text, a wire story), or a sentence a
    tool printed in pieces (BeautifulSoup's ``get_text("\\n")``); ``last`` is a block's last
    line either way.
    ``gap_before`` counts the blank lines between this block and the previous one (a layout cue
    the text rendition keeps: paragraphs are set off by blank lines, menus are not).
    For HTML input, ``meta`` is what the reader saw of the line's element; its attributes read
    as the block's own: ``sourceline`` is the element's line in the page source and ``zone``
    the page region the element sits in (``nav``, ``aside``, ``footer``, ``header``, ``form``,
    ``caption``); ``region`` the region its class or id names (a softer cue: ``nav``,
    ``aside``, ``comments``, ``share``, ``ad``, ``prompt``, ``footer``, ``main``),
    ``link_share`` the share of its text inside links, and ``alt`` the description (alt text)
    of the image just before a caption line; ``caption_id`` numbers the caption element a
    line belongs to, so that a caption's text and credit lines stay together. (One slot for
    them all, not six: a block is a few hundred bytes, and an input of 200,000 short lines is
    200,000 blocks.)
    """

    text: str
    line: int
    kind: Kind = "unknown"
    gap_before: int = 0
    meta: LineMeta | None = None

    @property
    def lines(self) -> tuple[int, int]:
        return (self.line, self.line)

    @property
    def last(self) -> int:
        """The block's last input line (``line`` but for a :class:`JoinedBlock`)."""
        return self.line

    @property
    def sourceline(self) -> int | None:
        return self.meta.sourceline if self.meta is not None else None

    @property
    def zone(self) -> str | None:
        return self.meta.zone if self.meta is not None else None

    @property
    def region(self) -> str | None:
        return self.meta.region if self.meta is not None else None

    @property
    def link_share(self) -> float:
        return self.meta.link_share if self.meta is not None else 0.0

    @property
    def alt(self) -> str | None:
        return self.meta.alt if self.meta is not None else None

    @property
    def caption_id(self) -> int | None:
        return self.meta.caption_id if self.meta is not None else None


@dataclass(frozen=True, slots=True)
class JoinedBlock(Block):
    """A paragraph of hard-wrapped text, or a sentence printed in pieces, that the text reader
    joined back into one block: its lines run from ``line`` to ``end``. (A subclass, so that
    the blocks of all other input carry no slot for it.)"""

    end: int = 0

    @property
    def lines(self) -> tuple[int, int]:
        return (self.line, self.end)

    @property
    def last(self) -> int:
        return self.end


@dataclass(frozen=True, slots=True)
class Record:
    """Where a piece of input text went when it left the body.

    ``target`` is ``"drop"`` for a removal, or the article field it was moved to
    (``title``, ``source``, ``published``, ``byline``, ``attribution``, ``caption``).
    ``cleaner`` is stamped by :func:`newsclean._pipeline.run`.
    """

    rule: str
    reason: str
    lines: tuple[int, int]
    text: str
    target: str = "drop"
    cleaner: str = ""
    #: only part of the line left the body (Document.strip); the rest is still a paragraph
    part: bool = False


@dataclass(frozen=True, slots=True)
class FieldValue:
    name: FieldName
    value: str
    lines: tuple[int, int] | None
    rule: str


@dataclass(frozen=True, slots=True)
class CaptionValue:
    text: str
    credit: str | None
    alt: str | None
    lines: tuple[int, int]
    rule: str


def _line_offset(text: str, n: int) -> int:
    """Where the ``n``-th line (0-based) of ``text`` starts."""
    pos = 0
    for _ in range(n):
        pos = text.index("\n", pos) + 1
    return pos


def _keys(blocks: Iterable[Block]) -> set[int]:
    return {b.line for b in blocks}


@dataclass(frozen=True, slots=True)
class Document:
    """The blocks still in the body, plus every record of what left it."""

    blocks: tuple[Block, ...]
    records: tuple[Record, ...] = ()
    fields: tuple[FieldValue, ...] = ()
    captions: tuple[CaptionValue, ...] = ()
    lang: str | None = None
    html: bool = False
    hints: tuple[tuple[str, str], ...] = field(default=())

    # -- reading -------------------------------------------------------------------------
    def field(self, name: FieldName) -> str | None:
        """The value of an article field, if a cleaner has set it (the first one set wins)."""
        for f in self.fields:
            if f.name == name:
                return f.value
        return None

    def hint(self, name: str) -> str | None:
        """A reader's hint (e.g. the HTML ``<title>``), not tied to any line."""
        for key, value in self.hints:
            if key == name:
                return value
        return None

    # -- changing (each returns a new Document) -------------------------------------------
    def _with(
        self,
        blocks: tuple[Block, ...] | None = None,
        records: tuple[Record, ...] | None = None,
        fields: tuple[FieldValue, ...] | None = None,
        captions: tuple[CaptionValue, ...] | None = None,
    ) -> Document:
        # direct construction: dataclasses.replace() was a tenth of the pipeline's time
        return Document(
            self.blocks if blocks is None else blocks,
            self.records if records is None else records,
            self.fields if fields is None else fields,
            self.captions if captions is None else captions,
            self.lang, self.html, self.hints,
        )

    def drop(self, blocks: Iterable[Block], *, rule: str, reason: str) -> Document:
        """Remove whole blocks from the body, recording each one."""
        gone = list(blocks)
        if not gone:
            return self
        keys = _keys(gone)
        new = tuple(Record(rule, reason, b.lines, b.text) for b in gone)
        kept = tuple(b for b in self.blocks if b.line not in keys)
        return self._with(blocks=kept, records=self.records + new)

    def drop_runs(self, rules: Iterable[str | None], reasons: dict[str, str]) -> Document:
        """Drop the blocks whose entry in ``rules`` (one per block, in order) names a rule;
        ``None`` keeps the block. A run of one-line blocks one rule takes from consecutive
        input lines is one record, its text their texts joined by newlines (as the article's
        removals show such a run anyway; a block of several lines is a record of its own): a
        large input's thousands of dropped lines make a handful of records, and no set of the
        dropped blocks is built. ``rules`` may be a generator, and
        a run is held as its first and last index: on a 200,000-line input, neither a list of
        the rules nor one of the run's blocks lives next to the document."""
        blocks = self.blocks
        kept: list[Block] = []
        new: list[Record] = []
        start = -1  # the open run's first and last index, and its rule
        last = -1
        run_rule = ""

        def close() -> None:
            if start < 0:
                return
            first = blocks[start]
            if start == last:
                new.append(Record(run_rule, reasons[run_rule], first.lines, first.text))
            else:
                new.append(Record(run_rule, reasons[run_rule], (first.line, blocks[last].last),
                                  "\n".join(blocks[j].text for j in range(start, last + 1))))

        for i, (block, rule) in enumerate(zip(blocks, rules)):
            if rule is None:
                close()
                start = -1
                kept.append(block)
                continue
            # a block of several lines (wrapped lines joined) is a record of its own, so that
            # a later step can tell its text from its neighbours' (dropped_lines)
            if start >= 0 and (rule != run_rule or block.line != blocks[last].last + 1
                               or block.last != block.line
                               or blocks[last].last != blocks[last].line):
                close()
                start = -1
            if start < 0:
                start, run_rule = i, rule
            last = i
        close()
        if not new:
            return self
        return self._with(blocks=tuple(kept), records=self.records + tuple(new))

    def strip(self, block: Block, start: int, end: int, *, rule: str, reason: str,
              target: str = "drop") -> Document:
        """Remove ``block.text[start:end]`` from a block, recording the removed text (and the
        field it went to, if ``target`` names one).

        If nothing but white space would remain, the whole block is dropped instead.
        """
        removed = block.text[start:end]
        rest = (block.text[:start].rstrip() + " " + block.text[end:].lstrip()).strip()
        if not rest:
            return self.drop([block], rule=rule, reason=reason)
        rec = Record(rule, reason, block.lines, removed.strip(), target=target, part=True)
        new_block = replace(block, text=rest)
        blocks = tuple(new_block if b.line == block.line else b for b in self.blocks)
        return self._with(blocks=blocks, records=self.records + (rec,))

    def move(
        self,
        blocks: Iterable[Block],
        name: FieldName,
        value: str,
        *,
        rule: str,
        reason: str,
    ) -> Document:
        """Take blocks out of the body into an article field (title, source, date, ...)."""
        moved = list(blocks)
        keys = _keys(moved)
        recs = tuple(Record(rule, reason, b.lines, b.text, target=name) for b in moved)
        span = (min(b.line for b in moved), max(b.last for b in moved)) if moved else None
        kept = tuple(b for b in self.blocks if b.line not in keys)
        fields = self.fields + (FieldValue(name, value, span, rule),)
        return self._with(blocks=kept, records=self.records + recs, fields=fields)

    def dropped_lines(self, start: int, end: int) -> list[tuple[tuple[int, int], str]]:
        """The removed text on input lines ``start``..``end`` (1-based, inclusive), in line
        order, each piece with its line span: a record of consecutive one-line blocks gives a
        piece a line; a record of one block (wrapped lines joined) gives one piece. A record
        that is neither (a run holding a joined block) gives none. Only removals (records
        with target ``drop``) are read. A run of 200,000 lines is read for the lines asked
        only (no list of its lines is made)."""
        pieces: list[tuple[tuple[int, int], str]] = []
        for r in self.records:
            lo, hi = r.lines
            if r.target != "drop" or r.part or hi < start or lo > end:
                continue
            text = r.text
            if text.count("\n") == hi - lo:
                first, last = max(start, lo), min(end, hi)
                pos = _line_offset(text, first - lo)
                for number in range(first, last + 1):
                    stop = text.find("\n", pos)
                    pieces.append(((number, number), text[pos:] if stop < 0 else text[pos:stop]))
                    pos = stop + 1
            elif "\n" not in text and start <= lo and hi <= end:
                pieces.append(((lo, hi), text))
        pieces.sort()
        return pieces

    def reclaim(self, lines: tuple[int, int], name: FieldName, value: str, *, rule: str,
                reason: str) -> Document:
        """Move removed text (a piece :meth:`dropped_lines` gave) into an article field: its
        removal record is cut around it, the piece recorded as moved to ``name``."""
        lo, hi = lines
        for k, r in enumerate(self.records):
            if r.target != "drop" or r.part or not (r.lines[0] <= lo and hi <= r.lines[1]):
                continue
            text = r.text
            before: list[Record] = []
            after: list[Record] = []
            if r.lines != lines:
                if lo != hi or text.count("\n") != r.lines[1] - r.lines[0]:
                    continue
                pos = _line_offset(text, lo - r.lines[0])
                stop = text.find("\n", pos)
                if lo > r.lines[0]:
                    before = [replace(r, lines=(r.lines[0], lo - 1), text=text[:pos - 1])]
                if lo < r.lines[1]:
                    after = [replace(r, lines=(lo + 1, r.lines[1]), text=text[stop + 1:])]
                text = text[pos:] if stop < 0 else text[pos:stop]
            moved = Record(rule, reason, lines, text, target=name)
            # the moved piece last, as a step's new records are (the pipeline stamps them)
            records = (self.records[:k] + tuple(before) + tuple(after) + self.records[k + 1:]
                       + (moved,))
            return self._with(records=records,
                              fields=self.fields + (FieldValue(name, value, lines, rule),))
        raise ValueError(f"no removed piece spans lines {lines}")

    def relabel(self, kinds: dict[int, Kind]) -> Document:
        """Set the kind of the blocks at these indices (nothing leaves the body)."""
        blocks = tuple(replace(b, kind=kinds[i]) if i in kinds else b
                       for i, b in enumerate(self.blocks))
        return self._with(blocks=blocks)

    def set_field(self, name: FieldName, value: str, *, rule: str) -> Document:
        """Set a field from a reader hint (no body text moves)."""
        return self._with(fields=self.fields + (FieldValue(name, value, None, rule),))

    def add_caption(
        self,
        blocks: Iterable[Block],
        *,
        text: str,
        credit: str | None = None,
        alt: str | None = None,
        rule: str,
        reason: str = "photo caption",
    ) -> Document:
        """Move the blocks a caption is made of (its text, credit and image description)."""
        return self.add_captions([(list(blocks), text, credit, alt, rule)], reason=reason)

    def add_captions(
        self,
        items: Iterable[tuple[list[Block], str, str | None, str | None, str]],
        *,
        reason: str = "photo caption",
    ) -> Document:
        """Add many captions at once, each ``(blocks, text, credit, alt, rule)``: one pass over
        the body however many there are (a slideshow of thousands of slides stays linear)."""
        keys: set[int] = set()
        recs: list[Record] = []
        caps: list[CaptionValue] = []
        for parts, text, credit, alt, rule in items:
            keys.update(b.line for b in parts)
            recs.extend(Record(rule, reason, b.lines, b.text, target="caption") for b in parts)
            span = (min(b.line for b in parts), max(b.last for b in parts))
            caps.append(CaptionValue(text, credit, alt, span, rule))
        if not caps:
            return self
        kept = tuple(b for b in self.blocks if b.line not in keys)
        return self._with(
            blocks=kept,
            records=self.records + tuple(recs),
            captions=tuple(sorted(self.captions + tuple(caps), key=lambda c: c.lines)),
        )
