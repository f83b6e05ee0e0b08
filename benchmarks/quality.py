#!/usr/bin/env python3
"""The project's quality command: dev-corpus figures for text and HTML input.

    .venv/bin/python benchmarks/quality.py [--corpus ../shared/corpus] [--write-readme]
    make quality

Runs ../shared/corpus/evaluate.py (the shared scorer) once per input kind, prints its tables,
then one summary table. With --write-readme, the summary replaces the block between the
QUALITY markers in README.md. tests/test_corpus.py holds floors under these figures.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(corpus: Path, kind: str) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as tmp:
        summary = Path(tmp) / "summary.json"
        proc = subprocess.run(
            [sys.executable, str(corpus / "evaluate.py"), "--input", kind, "--json", str(summary)],
            cwd=ROOT, capture_output=True, text=True,
        )
        sys.stdout.write(f"\n== {kind} input\n{proc.stdout}")
        if proc.returncode not in (0, 1):
            sys.stderr.write(proc.stderr)
            raise SystemExit(f"evaluate.py failed for {kind} input")
        data = json.loads(summary.read_text(encoding="utf-8"))
    speed = re.search(r"median ([\d.]+) ms/page, (\d+) pages/s", proc.stdout)
    errors = re.search(r"errors: (\d+)", proc.stdout)
    group = data["groups"]["ALL"]
    return {
        "kind": kind,
        "P": group["shingle"]["precision"], "R": group["shingle"]["recall"],
        "F1": group["shingle"]["f1"],
        "capP": group["captions"]["precision"], "capR": group["captions"]["recall"],
        "title": group["title"]["token_f1"],
        "ms": float(speed.group(1)) if speed else None,
        "pages_s": int(speed.group(2)) if speed else None,
        "errors": int(errors.group(1)) if errors else None,
    }


def table(rows: list[dict[str, object]]) -> str:
    out = ["| input | body P | body R | body F1 | caption P | caption R | title F1 | median ms/page | errors |",
           "|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        out.append(
            f"| {r['kind']} | {r['P']:.3f} | {r['R']:.3f} | **{r['F1']:.3f}** | {r['capP']:.3f} | "
            f"{r['capR']:.3f} | {r['title']:.3f} | {r['ms']:.2f} | {r['errors']} |")
    return "\n".join(out)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus"))
    ap.add_argument("--kinds", default="text,html")
    ap.add_argument("--write-readme", action="store_true")
    args = ap.parse_args()
    corpus = Path(args.corpus)
    if not (corpus / "evaluate.py").exists():
        raise SystemExit(f"no corpus at {corpus}")
    rows = [run(corpus, kind) for kind in args.kinds.split(",")]
    text = table(rows)
    print("\n" + text)
    if args.write_readme:
        readme = ROOT / "README.md"
        body = readme.read_text(encoding="utf-8")
        new = re.sub(r"(<!-- QUALITY:BEGIN -->\n).*?(<!-- QUALITY:END -->)",
                     lambda m: m.group(1) + text + "\n" + m.group(2), body, flags=re.S)
        readme.write_text(new, encoding="utf-8")
        print("README.md updated")


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
