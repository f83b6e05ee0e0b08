"""``newsclean batch``: clean many pages on every core, in input order, never crashing.

    newsclean batch pages/ -o out.jsonl                  # every file under pages/
    newsclean batch 'pages/*.html' more.txt -o out.jsonl
    newsclean batch scraped.jsonl --field text -o out.jsonl -j 2

Each output line is one record: for files ``{"path": ..., "article": {...}}``; for JSONL input
the input record's other fields, plus ``"article"``. A page that fails becomes
``{"error": "...", ...}`` in its place: one bad record never stops the batch.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import sys
from collections.abc import Iterator, Sequence
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from pathlib import Path
from typing import Any

from ._api import clean, preload

#: pages handed to a worker at once: big enough to amortise the hand-over, small enough to
#: keep memory flat and output in order
CHUNK = 64


def _clean_one(item: Item) -> str:
    """One output line (JSON) for one input item."""
    meta, data, field = item
    if data is None:  # the reader already said why
        return _dumps(meta)
    if field is not None:  # a raw JSONL line: parsed here, in the worker, not in the reader
        try:
            record = json.loads(data)
        except ValueError as exc:
            return _dumps({**meta, "error": f"invalid JSON: {exc}"})
        if not isinstance(record, dict) or not isinstance(record.get(field), str):
            return _dumps({**meta, "error": f"no string field {field!r} in the record"})
        data = record.pop(field)
        meta = record
    try:
        article = clean(data).model_dump_json()
    except Exception as exc:  # a bad record is reported in place, the batch goes on
        return _dumps({**meta, "error": f"{type(exc).__name__}: {exc}"})
    # the article is serialised by pydantic's own (compiled) JSON writer, twice as fast as
    # model_dump() then json.dumps(); the record's other fields are spliced in before it
    head = _dumps({k: v for k, v in meta.items() if k != "article"})
    return f"{head[:-1]}, \"article\": {article}}}" if len(head) > 2 else f'{{"article": {article}}}'


def _dumps(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False)


def _clean_chunk(items: list[Item]) -> list[str]:
    return [_clean_one(item) for item in items]


def _expand(inputs: Sequence[str]) -> Iterator[Path]:
    for spec in inputs:
        matches = sorted(glob.glob(spec, recursive=True)) or [spec]
        for match in matches:
            path = Path(match)
            if path.is_dir():
                yield from sorted(p for p in path.rglob("*") if p.is_file())
            else:
                yield path


#: (the record so far, the page or a raw JSONL line or None, the JSONL field or None)
Item = tuple[dict[str, Any], bytes | str | None, str | None]


def _items(inputs: Sequence[str], field: str | None) -> Iterator[Item]:
    for path in _expand(inputs):
        if field is not None and path.suffix in (".jsonl", ".ndjson", ".json"):
            with open(path, encoding="utf-8", errors="replace") as f:
                for number, line in enumerate(f, start=1):
                    if line.strip():
                        yield {"path": str(path), "line": number}, line, field
        else:
            try:
                yield {"path": str(path)}, path.read_bytes(), None
            except OSError as exc:
                yield {"path": str(path), "error": f"cannot read: {exc}"}, None, None


def _chunks(items: Iterator[Any], size: int) -> Iterator[list[Any]]:
    while chunk := list(islice(items, size)):
        yield chunk


def _write(lines: list[str], out: Any, done: int) -> int:
    """Write a chunk's records; on a terminal, show how many pages are done."""
    out.write("\n".join(lines) + "\n")
    done += len(lines)
    if sys.stderr.isatty():
        sys.stderr.write(f"\r{done} pages")
        sys.stderr.flush()
    return done


def batch(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="newsclean batch", description=__doc__.split("\n")[0])
    parser.add_argument("inputs", nargs="+", help="files, directories, globs or JSONL files")
    parser.add_argument("-o", "--output", required=True, help="output JSONL ('-' for stdout)")
    parser.add_argument("--field", help="for JSONL input: the field that holds the page")
    parser.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1,
                        help="worker processes (default: all cores)")
    args = parser.parse_args(argv)
    out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")
    done = 0
    try:
        chunks = _chunks(_items(args.inputs, args.field), CHUNK)
        if args.jobs <= 1:
            results: Iterator[list[str]] = map(_clean_chunk, chunks)
            for lines in results:
                done = _write(lines, out, done)
        else:
            preload()  # forked workers inherit the compiled rule tables and models
            with ProcessPoolExecutor(max_workers=args.jobs) as pool:
                # a bounded window of chunks in flight, collected in input order: memory
                # stays flat however large the input (Executor.map would submit it all)
                window: deque[Future[list[str]]] = deque()
                for chunk in chunks:
                    window.append(pool.submit(_clean_chunk, chunk))
                    if len(window) >= 4 * args.jobs:
                        done = _write(window.popleft().result(), out, done)
                while window:
                    done = _write(window.popleft().result(), out, done)
    finally:
        if out is not sys.stdout:
            out.close()
    if sys.stderr.isatty():
        sys.stderr.write("\n")
    return 0
