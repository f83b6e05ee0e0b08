"""The Cleaner protocol, the Pipeline type, run() and the Document -> Article step."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Iterator
from dataclasses import replace

from ._document import Document, Record
from ._models import Article

Cleaner = Callable[[Document], Document]
Pipeline = tuple[Cleaner, ...]


def cleaner_name(step: Cleaner) -> str:
    """A cleaner's name as it appears in removals: the function or dataclass name."""
    name = getattr(step, "__name__", None)
    return name if isinstance(name, str) else type(step).__name__


def run(doc: Document, pipeline: Pipeline) -> Document:
    """Apply each cleaner in order, checking its result and stamping its name on new records."""
    for step in pipeline:
        out = step(doc)
        if not isinstance(out, Document):
            raise TypeError(
                f"cleaner {cleaner_name(step)!r} returned {type(out).__name__}, "
                f"expected a newsclean Document"
            )
        records = out.records
        if records and not records[-1].cleaner:
            # a step appends its records (Document.reclaim may also cut one it moves text
            # out of, which keeps its cleaner): the unstamped ones are the last
            start = len(records) - 1
            while start > 0 and not records[start - 1].cleaner:
                start -= 1
            name = cleaner_name(step)
            # direct construction: dataclasses.replace() per record cost 5 % of a page
            stamped = tuple(
                r if r.cleaner else Record(r.rule, r.reason, r.lines, r.text, r.target, name, r.part)
                for r in records[start:]
            )
            out = replace(out, records=records[:start] + stamped)
        doc = out
    return doc


def _parse_published(value: str | None) -> _dt.date | None:
    if value is None:
        return None
    try:
        return _dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def build_article(doc: Document) -> Article:
    """Turn a cleaned Document into the public Article model."""
    values: dict[str, str] = {}
    for f in doc.fields:
        values.setdefault(f.name, f.value)
    # one validation call over plain dicts: a third faster than building each nested model
    return Article.model_validate({
        "title": values.get("title"),
        "source": values.get("source"),
        "published": _parse_published(values.get("published")),
        "byline": values.get("byline"),
        "attribution": values.get("attribution"),
        "dateline": values.get("dateline"),
        "paragraphs": [b.text for b in doc.blocks],
        "captions": [{"text": c.text, "credit": c.credit, "alt": c.alt, "lines": c.lines}
                     for c in doc.captions],
        # generators, not lists: pydantic takes them one item at a time, so the dicts do not
        # all live at once (a fifth of the peak memory on a large input)
        "provenance": ({"kind": b.kind, "lines": b.lines} for b in doc.blocks),
        "removals": _merged_removals(doc),
    })


def _merged_removals(doc: Document) -> Iterator[dict[str, object]]:
    """The records in line order, as removal dicts; a run of records that one rule made of
    consecutive input lines (a menu, a share bar, a list of links) is one removal spanning
    them, its text their lines joined by newlines. A page's chrome is a handful of records
    instead of one a line, and a large input's removals no longer cost a model a line. A
    blank line ends a run, so a span holds no line that is not its own."""
    run: list[Record] = []
    for r in sorted(doc.records, key=lambda r: r.lines):
        if run:
            last = run[-1]
            if (r.rule == last.rule and r.cleaner == last.cleaner and r.target == last.target
                    and not r.part and not last.part and r.lines[0] == last.lines[1] + 1):
                run.append(r)
                continue
            yield _removal(run)
        run = [r]
    if run:
        yield _removal(run)


def _removal(run: list[Record]) -> dict[str, object]:
    first = run[0]
    if len(run) == 1:
        text, lines = first.text, first.lines
    else:
        text, lines = "\n".join(r.text for r in run), (first.lines[0], run[-1].lines[1])
    return {"cleaner": first.cleaner, "rule": first.rule, "reason": first.reason,
            "lines": lines, "text": text, "target": first.target, "part": first.part}
