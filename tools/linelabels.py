"""Line-level view of the dev corpus: which input lines are gold body, and where each went.

    .venv/bin/python tools/linelabels.py [--corpus ../shared/corpus/dev.jsonl] [--show N]

For each page, a line counts as gold when most of its word 4-grams (or, for short lines, its
words in order) occur in the gold body. Prints, per removal rule, how many gold lines it
removed (recall lost) and, for kept lines, how many were not gold (precision lost). A
development aid, not a test: the corpus is for research use and stays outside the repo.
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


def shingles(tokens: list[str], k: int = 4) -> set[tuple[str, ...]]:
    return {tuple(tokens[i:i + k]) for i in range(max(1, len(tokens) - k + 1))}


def gold_lines(text: str, gold: str) -> dict[int, bool]:
    gtok = WORD.findall(gold)
    gsh = shingles(gtok)
    gstr = " " + " ".join(gtok) + " "
    labels = {}
    for number, line in enumerate(text.splitlines(), start=1):
        toks = WORD.findall(line)
        if not toks:
            continue
        if len(toks) >= 4:
            sh = shingles(toks)
            labels[number] = sum(1 for s in sh if s in gsh) / len(sh) >= 0.5
        else:
            labels[number] = (" " + " ".join(toks) + " ") in gstr and len(toks) >= 2
    return labels


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default="../shared/corpus/dev.jsonl")
    ap.add_argument("--show", type=int, default=0, help="print N example lines per rule")
    ap.add_argument("--rule", help="only show examples for this rule (or 'kept')")
    args = ap.parse_args()
    import newsclean

    lost = collections.Counter()
    removed = collections.Counter()
    kept_bad = 0
    kept_total = 0
    examples = collections.defaultdict(list)
    for line in open(args.corpus, encoding="utf-8"):
        rec = json.loads(line)
        labels = gold_lines(rec["text"], rec["gold_body"])
        art = newsclean.clean(rec["text"])
        text_lines = rec["text"].splitlines()
        for r in art.removals:
            for n in range(r.lines[0], r.lines[1] + 1):
                if n not in labels:
                    continue
                removed[r.rule] += 1
                if labels[n]:
                    lost[r.rule] += 1
                    examples[r.rule].append((rec["id"], n, text_lines[n - 1][:150]))
        for p in art.provenance:
            for n in range(p.lines[0], p.lines[1] + 1):
                if n in labels:
                    kept_total += 1
                    if not labels[n]:
                        kept_bad += 1
                        examples["kept"].append((rec["id"], n, text_lines[n - 1][:150]))
    print(f"kept lines: {kept_total}, not gold: {kept_bad}")
    print(f"{'rule':32s} removed  gold-lost")
    for rule, n in removed.most_common():
        print(f"{rule:32s} {n:7d} {lost[rule]:9d}")
    if args.show:
        import random
        random.seed(0)
        for rule, items in examples.items():
            if args.rule and rule != args.rule:
                continue
            print(f"\n== {rule} ({len(items)})")
            for item in random.sample(items, min(args.show, len(items))):
                print("  ", item)


if __name__ == "__main__":
    main()
