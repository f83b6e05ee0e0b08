"""Where the gold captions that newsclean misses went: a count, and the recall it bounds.

    .venv/bin/python tools/caption_misses.py [--corpus ../shared/corpus/dev.jsonl] [--show N]

For each page with gold captions, the page's text is cleaned and its captions matched to the
gold's as ../shared/corpus/score.py does (token F1 >= 0.8, one to one). Each gold caption
left unmatched is put in one place:

- ``partial``: a caption was found for it, but not close enough (a credit or a label kept in
  one text and not the other);
- ``paragraph``: it is in the body, as a paragraph (or most of one) of its own;
- ``run of short lines``: it is one line of a run of short lines with no full stop (it and
  two of its four nearest lines): a related-stories box, a video strip, a slideshow's
  counters and credits, where the markup's thumbnails print their captions as headlines;
- ``removed``: it left the body elsewhere, by the rule named;
- ``not in the text``: its words are not on any line of the text (an image's alt text or a
  template the browser did not show).

The last line prints the recall these bound: what caption recall would be if every miss but
those in runs of short lines and those not in the text were found. A development aid, like
tools/linelabels.py: the corpus is for research use and stays outside the repo.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import re
import sys

sys.path.insert(0, os.getcwd())

WORD = re.compile(r"\w+")
#: a caption and a line (or paragraph) are the same text at this token F1, as in score.py
MATCH_F1 = 0.8
#: a caption found, but with other words: at least this token F1
PARTIAL_F1 = 0.3
#: the same text, the caption being most of the line (a credit or counter next to it)
SAME_F1 = 0.6
#: a short line: words, no full stop at its end; and how many of a short line's four nearest
#: neighbouring lines (blank lines skipped) must be short lines too for a run
HEADLINE_WORDS = (2, 20)
LIST_NEIGHBOURS = 2


def bag_f1(a: str, b: str) -> float:
    ca = collections.Counter(w.lower() for w in WORD.findall(a))
    cb = collections.Counter(w.lower() for w in WORD.findall(b))
    common = sum((ca & cb).values())
    if not common:
        return 0.0
    p, r = common / sum(cb.values()), common / sum(ca.values())
    return 2 * p * r / (p + r)


def unmatched(gold: list[str], pred: list[str]) -> tuple[list[str], list[str]]:
    """The gold captions and predicted ones left after score.py's greedy one-to-one match."""
    pairs = sorted(((bag_f1(g, p), i, j) for i, g in enumerate(gold)
                    for j, p in enumerate(pred) if bag_f1(g, p) >= MATCH_F1), reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    for _, i, j in pairs:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
    return ([g for i, g in enumerate(gold) if i not in used_g],
            [p for j, p in enumerate(pred) if j not in used_p])


def short_line(line: str) -> bool:
    n = len(WORD.findall(line))
    return HEADLINE_WORDS[0] <= n <= HEADLINE_WORDS[1] and not line.rstrip().endswith(".")


def in_short_run(lines: list[str], number: int) -> bool:
    """Is input line ``number`` (1-based) one of a run of short lines?"""
    i = number - 1
    if not short_line(lines[i]):
        return False
    near: list[str] = []
    for step in (-1, 1):
        j, found = i + step, 0
        while 0 <= j < len(lines) and found < 2:
            if lines[j].strip():
                near.append(lines[j])
                found += 1
            j += step
    return sum(short_line(x) for x in near) >= LIST_NEIGHBOURS


def place(caption: str, article: object, lines: list[str], spare: list[str]) -> str:
    if any(bag_f1(caption, p) >= PARTIAL_F1 for p in spare):
        return "partial"
    for paragraph in article.paragraphs:  # type: ignore[attr-defined]
        if bag_f1(caption, paragraph) >= SAME_F1:
            return "paragraph"
    for r in article.removals:  # type: ignore[attr-defined]
        if bag_f1(caption, r.text) >= SAME_F1:
            if any(in_short_run(lines, n) for n in range(r.lines[0], r.lines[1] + 1)):
                return "run of short lines"
            return f"removed: {r.rule}"
    for number, line in enumerate(lines, start=1):
        if line.strip() and bag_f1(caption, line) >= SAME_F1:
            return "run of short lines" if in_short_run(lines, number) else "elsewhere"
    return "not in the text"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default="../shared/corpus/dev.jsonl")
    ap.add_argument("--show", type=int, default=0, help="print N misses of each place")
    args = ap.parse_args()
    import newsclean

    where: collections.Counter[str] = collections.Counter()
    examples: dict[str, list[tuple[str, str]]] = collections.defaultdict(list)
    total = matched = 0
    with open(args.corpus, encoding="utf-8") as corpus:
        records = [json.loads(raw) for raw in corpus]
    for rec in records:
        gold = [c for c in rec.get("gold_captions") or [] if c]
        if not gold:
            continue
        article = newsclean.clean(rec["text"])
        missed, spare = unmatched(gold, [c.text for c in article.captions])
        total += len(gold)
        matched += len(gold) - len(missed)
        lines = rec["text"].splitlines()
        for caption in missed:
            found = place(caption, article, lines, spare)
            key = found if not found.startswith("removed") else "removed"
            where[key] += 1
            if found.startswith("removed"):
                where[found] += 1
            examples[key].append((rec["id"], f"{found}: {caption[:120]}"))
    print(f"gold captions {total}, matched {matched} (recall {matched / total:.3f}), "
          f"missed {total - matched}")
    for key, n in where.most_common():
        indent = "    " if key.startswith("removed: ") else ""
        print(f"{indent}{key:40s} {n:4d}")
    beyond = where["run of short lines"] + where["not in the text"]
    print(f"recall if every miss but those in runs of short lines and those not in the text "
          f"were found: {(total - beyond) / total:.3f}")
    if args.show:
        for key, items in examples.items():
            print(f"\n== {key} ({len(items)})")
            for pid, text in items[:args.show]:
                print(f"   {pid[:28]:28s} {text}")


if __name__ == "__main__":
    main()
