#!/usr/bin/env python3
"""Body accuracy on the dev corpus when the same pages come in the other forms scrapers give.

    .venv/bin/python benchmarks/input_forms.py [--corpus ../shared/corpus] [--forms ...]
    make forms

Each form is made from a page's text rendition (or, for the html2text forms, from its HTML,
when html2text is installed: ``pip install -e '.[bench]'``) and cleaned; the body is scored
with the shared scorer's 4-token shingles, macro over pages, as evaluate.py does:

    text           the text rendition as it is (what `make quality` scores)
    no-title       without its first line, the page's <title>: the page's body text alone,
                   as a headless browser's document.body.innerText gives it
    no-blanks      every blank line taken out ("\\n".join of a page's strings)
    spaced         a blank line between every two lines
    wrapped-80     every line longer than 80 characters hard-wrapped at 80 (textwrap)
    wrapped-60     ... at 60
    lynx           every line wrapped at 77, three spaces in (a terminal browser's dump)
    wrapped-tight  wrapped at 80 with the blank lines taken out
    html2text-md   html2text's Markdown (links, images, emphasis; wrapped at 78, its default)
    html2text-md1  ... not wrapped (body_width=0)
    html2text      html2text with links, images and emphasis off, not wrapped
    bs4            BeautifulSoup(html).get_text(): the text nodes run together as the source
                   has them (scripts' and styles' text too; paragraphs glued where the source
                   has no newline between its tags)
    bs4-lines      BeautifulSoup(html).get_text("\n"): every text node on a line of its own
                   (a sentence with a link in it comes out in three lines)
    bs4-strip      BeautifulSoup(html).get_text("\n", strip=True): the same, no blank lines

Prints P, R, F1, how many pages score under 0.5 and 0.8, and the title's token F1 (as
score.py reads it: the gold title's words against the article's title) per form.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsclean import clean  # noqa: E402

Page = dict[str, object]


def _wrap(text: str, width: int, indent: str = "", blanks: bool = True) -> str:
    out: list[str] = []
    for line in text.split("\n"):
        if not line.strip():
            if blanks:
                out.append(line)
            continue
        if len(line) > width or indent:
            out.extend(textwrap.wrap(line, width, initial_indent=indent,
                                     subsequent_indent=indent) or [line])
        else:
            out.append(line)
    return "\n".join(out)


def _html2text(page: Page, corpus: Path, *, markup: bool, width: int) -> str:
    import html2text  # a measuring tool here, not a dependency of newsclean

    html = gzip.open(corpus / str(page["html_path"]), "rt", encoding="utf-8",
                     errors="replace").read()
    h = html2text.HTML2Text()
    h.body_width = width
    if not markup:
        h.ignore_links = h.ignore_images = h.ignore_emphasis = True
    return str(h.handle(html))


def _bs4(page: Page, corpus: Path, separator: str = "", strip: bool = False) -> str:
    from bs4 import BeautifulSoup

    html = gzip.open(corpus / str(page["html_path"]), "rt", encoding="utf-8",
                     errors="replace").read()
    return str(BeautifulSoup(html, "html.parser").get_text(separator, strip=strip))


def forms(corpus: Path) -> dict[str, Callable[[Page], str]]:
    return {
        "text": lambda p: str(p["text"]),
        "no-title": lambda p: str(p["text"]).partition("\n")[2],
        "no-blanks": lambda p: "\n".join(x for x in str(p["text"]).split("\n") if x.strip()),
        "spaced": lambda p: "\n\n".join(x for x in str(p["text"]).split("\n") if x.strip()),
        "wrapped-80": lambda p: _wrap(str(p["text"]), 80),
        "wrapped-60": lambda p: _wrap(str(p["text"]), 60),
        "lynx": lambda p: _wrap(str(p["text"]), 77, indent="   "),
        "wrapped-tight": lambda p: _wrap(str(p["text"]), 80, blanks=False),
        "html2text-md": lambda p: _html2text(p, corpus, markup=True, width=78),
        "html2text-md1": lambda p: _html2text(p, corpus, markup=True, width=0),
        "html2text": lambda p: _html2text(p, corpus, markup=False, width=0),
        "bs4": lambda p: _bs4(p, corpus),
        "bs4-lines": lambda p: _bs4(p, corpus, "\n"),
        "bs4-strip": lambda p: _bs4(p, corpus, "\n", strip=True),
    }


def score_form(pages: list[Page], make: Callable[[Page], str]) -> tuple[dict[str, float],
                                                                      list[float]]:
    """Clean every page in one form and score its body with the shared scorer (``score`` on
    sys.path): the aggregate P/R/F1 (4-token shingles, macro over pages) and each page's F1.
    The aggregate's ``title`` is the mean title token F1 over the pages with a gold title."""
    import score

    triples, f1s, titles = [], [], []
    for page in pages:
        article = clean(make(page))
        t = score.tp_fp_fn(score.tokenize(str(page["gold_body"])),
                           score.tokenize("\n\n".join(article.paragraphs)), 4)
        triples.append(t)
        p, r = score._precision(*t), score._recall(*t)
        f1s.append(2 * p * r / (p + r) if p + r else 0.0)
        if page.get("gold_title"):
            titles.append(score.bag_f1(str(page["gold_title"]), article.title or ""))
    result = dict(score.aggregate(triples))
    result["title"] = sum(titles) / len(titles) if titles else 0.0
    return result, f1s


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--forms", nargs="*", help="forms to run (default: all)")
    ap.add_argument("--limit", type=int, default=0, help="the first N pages only")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(args.corpus))  # the shared scorer, for score_form()
    pages = [json.loads(line) for line in (args.corpus / "dev.jsonl").open(encoding="utf-8")]
    if args.limit:
        pages = pages[:args.limit]
    makers = forms(args.corpus)
    chosen = args.forms or list(makers)
    print(f"{len(pages)} dev pages; body 4-token shingles, macro over pages\n")
    print("| form | P | R | F1 | pages F1 < 0.5 | pages F1 < 0.8 | title F1 |")
    print("|---|---|---|---|---|---|---|")
    for name in chosen:
        try:
            agg, f1s = score_form(pages, makers[name])
        except ImportError as exc:
            print(f"| {name} | skipped: {exc} ||||||")
            continue
        print(f"| {name} | {agg['precision']:.3f} | {agg['recall']:.3f} | **{agg['f1']:.3f}** | "
              f"{sum(f < 0.5 for f in f1s)} | {sum(f < 0.8 for f in f1s)} | "
              f"{agg['title']:.3f} |", flush=True)


if __name__ == "__main__":
    main()
