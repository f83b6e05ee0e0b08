"""Command line: ``newsclean FILE|-`` prints the article; ``--explain`` shows every line's fate.

    newsclean page.txt                   # the article as JSON
    newsclean --format text page.html    # title and paragraphs as plain text
    newsclean --format markdown page.txt
    newsclean --explain page.txt         # each input line: KEEP, a field, or DROP <rule>
    newsclean batch pages/ -o out.jsonl  # many pages on every core (see newsclean._batch)
    python -m newsclean ...              # the same
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from ._models import Article
from ._pipeline import build_article, run
from ._readers import read
from .cleaners import DEFAULT_PIPELINE


def render(article: Article, fmt: str) -> str:
    """The article as ``json`` (the full model), ``text`` or ``markdown``."""
    if fmt == "json":
        return article.model_dump_json(indent=2)
    lines: list[str] = []
    if fmt == "markdown":
        if article.title:
            lines += [f"# {article.title}", ""]
        meta = [x for x in (article.byline, article.source,
                            article.published.isoformat() if article.published else None,
                            article.dateline) if x]
        if meta:
            lines += ["*" + " · ".join(meta) + "*", ""]
        for p in article.paragraphs:
            lines += [p, ""]
        for c in article.captions:
            credit = f" ({c.credit})" if c.credit else ""
            lines += [f"> {c.text}{credit}", ""]
        if article.attribution:
            lines += [f"*{article.attribution}*", ""]
        return "\n".join(lines).rstrip() + "\n"
    if article.title:
        lines += [article.title, ""]
    lines.append(article.text)
    return "\n".join(lines).rstrip() + "\n"


def explain(source: object) -> str:
    """Every input line of the reader's rendition, with where it went.

    ``KEEP`` for body paragraphs, ``→ field`` for a line moved into the article's title,
    source, published, byline, attribution or a caption, ``DROP rule`` for a removal, and
    ``KEEP but → dateline (rule)`` for a kept line that lost its start.
    """
    doc = read(source)
    text_lines = _rendition(source, doc)
    done = run(doc, DEFAULT_PIPELINE)
    fate: dict[int, str] = {}
    for block in done.blocks:
        fate[block.line] = "KEEP"
    for rec in done.records:
        label = f"DROP {rec.rule}" if rec.target == "drop" else f"→ {rec.target} ({rec.rule})"
        for n in range(rec.lines[0], rec.lines[1] + 1):
            if rec.part:  # part of a kept line: "KEEP, less its dateline"
                fate[n] = f"KEEP but {label}"
            else:
                fate.setdefault(n, label)
    width = max((len(v) for v in fate.values()), default=4)
    out = []
    for n, line in enumerate(text_lines, start=1):
        if not line.strip() and n not in fate:
            continue
        out.append(f"{n:5d}  {fate.get(n, '?'):<{width}}  {line}")
    return "\n".join(out) + "\n"


def _rendition(source: object, doc: object) -> list[str]:
    from ._readers import looks_like_html, render_html

    if isinstance(source, (bytes, bytearray)):
        from ._readers import decode, repair

        source = repair(decode(bytes(source)))
    if isinstance(source, str) and not looks_like_html(source):
        from ._readers import repair

        return repair(source).splitlines()
    return render_html(source).splitlines()


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list[:1] == ["batch"]:
        from ._batch import batch

        return batch(args_list[1:])
    parser = argparse.ArgumentParser(
        prog="newsclean", description="Clean a scraped news page (text or HTML).")
    parser.add_argument("file", help="input file, or - for standard input")
    parser.add_argument("--format", choices=["json", "text", "markdown"], default="json")
    parser.add_argument("--explain", action="store_true",
                        help="print every input line with where it went")
    args = parser.parse_args(args_list)
    if args.file == "-":
        data = sys.stdin.buffer.read()
    else:
        try:
            with open(args.file, "rb") as f:
                data = f.read()
        except OSError as exc:
            parser.exit(2, f"newsclean: {exc}\n")
    if args.explain:
        sys.stdout.write(explain(data))
        return 0
    article = build_article(run(read(data), DEFAULT_PIPELINE))
    sys.stdout.write(render(article, args.format))
    if args.format == "json":
        sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
