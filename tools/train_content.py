#!/usr/bin/env python3
"""Fit the content decision's weights (newsclean/models/content.json) on the dev corpus.

    .venv/bin/pip install numpy          # training only; the library does not need it
    .venv/bin/python tools/train_content.py [--corpus ../shared/corpus/dev.jsonl] [--cv 5]
    .venv/bin/python tools/train_content.py --input html     # the HTML reader's model

Data selection: every page of the corpus; every block still in the body when drop_non_content
runs (the family cleaners go first, as in DEFAULT_PIPELINE) is one example, labelled body when
at least half of its word 4-grams occur in the page's gold body (tools/linelabels.py). Each
page has the same total weight, as the scorer averages over pages.

Model: two logistic regressions. The first sees the block's features (cleaners/_features.py);
the second sees those plus the first stage's scores of the neighbours, so that a short line
among body lines and a long line among menus are judged by their company. Both are plain
dot products at run time.

--cv K first reports K-fold cross-validation grouped by site (host name), the honest estimate
for pages of sites never seen; then the final weights are fitted on all pages and written.
Deterministic: same corpus, same weights.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
from urllib.parse import urlparse

import numpy as np

sys.path.insert(0, os.getcwd())
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from linelabels import gold_lines  # noqa: E402

from newsclean._document import Block  # noqa: E402
from newsclean._pipeline import run  # noqa: E402
from newsclean._readers import read, render_html, repair  # noqa: E402
from newsclean.cleaners import DEFAULT_PIPELINE, drop_non_content  # noqa: E402
from newsclean.cleaners import content  # noqa: E402
from newsclean.cleaners._features import NAMES, features  # noqa: E402

L2 = 1e-3


Page = tuple[np.ndarray, np.ndarray, np.ndarray, tuple[Block, ...]]


def page_rows(rec: dict[str, object], kind: str, base: str) -> Page:
    steps = tuple(c for c in DEFAULT_PIPELINE if c is not drop_non_content)
    if kind == "html":
        with gzip.open(os.path.join(base, rec["html_path"]), "rt", encoding="utf-8") as f:
            source = f.read()
        rendition = render_html(repair(source))
    else:
        source = rendition = rec["text"]
    doc = run(read(source), steps)
    labels = gold_lines(rendition, rec["gold_body"])
    X = np.array(features(doc.blocks), dtype=float).reshape(-1, len(NAMES))
    y = np.array([1.0 if labels.get(b.lines[0], False) else 0.0 for b in doc.blocks])
    words = np.array([max(1, len(b.text.split())) for b in doc.blocks], dtype=float)
    return X, y, words, doc.blocks


def fit(X: np.ndarray, y: np.ndarray, w: np.ndarray, iters: int = 300) -> np.ndarray:
    """L2-regularised logistic regression by Newton's method (small, exact, deterministic)."""
    beta = np.zeros(X.shape[1])
    for _ in range(iters):
        z = X @ beta
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        g = X.T @ (w * (p - y)) + L2 * beta
        H = (X * (w * p * (1 - p))[:, None]).T @ X + L2 * np.eye(X.shape[1])
        step = np.linalg.solve(H, g)
        beta -= step
        if np.abs(step).max() < 1e-8:
            break
    return beta


def stage2(X: np.ndarray, p1: np.ndarray, bounds: list[tuple[int, int]],
           blocks: list[tuple[Block, ...]]) -> np.ndarray:
    cols = []
    for (lo, hi), page in zip(bounds, blocks):
        cols.append(content.second_stage([float(x) for x in p1[lo:hi]], page))
    return np.hstack([X, np.array([c for page in cols for c in page]).reshape(-1, len(content.STAGE2))])


def sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))


def train(pages: list[Page]) -> tuple[np.ndarray, np.ndarray]:
    X = np.vstack([p[0] for p in pages])
    y = np.concatenate([p[1] for p in pages])
    # each page weighs the same; within a page, words weigh (the scorer counts words)
    w = np.concatenate([p[2] / p[2].sum() for p in pages])
    w = w / w.mean()
    b1 = fit(X, y, w)
    bounds, start = [], 0
    for p in pages:
        bounds.append((start, start + len(p[1])))
        start += len(p[1])
    X2 = stage2(X, sigmoid(X @ b1), bounds, [p[3] for p in pages])
    b2 = fit(X2, y, w)
    return b1, b2


def predict(b1: np.ndarray, b2: np.ndarray, page: Page) -> np.ndarray:
    X = page[0]
    p1 = sigmoid(X @ b1)
    return sigmoid(stage2(X, p1, [(0, len(X))], [page[3]]) @ b2)


def page_f1(pages: list[Page], probs: list[np.ndarray],
            threshold: float) -> tuple[float, float, float]:
    """Word-weighted line precision/recall, macro over pages (a proxy for the scorer)."""
    ps, rs = [], []
    for (X, y, words, _), p in zip(pages, probs):
        keep = p >= threshold
        tp = float((words * keep * y).sum())
        if keep.any():
            ps.append(tp / float((words * keep).sum()))
        if y.any():
            rs.append(tp / float((words * y).sum()))
    P, R = float(np.mean(ps)), float(np.mean(rs))
    return P, R, 2 * P * R / (P + R)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default="../shared/corpus/dev.jsonl")
    ap.add_argument("--cv", type=int, default=5)
    ap.add_argument("--input", choices=["text", "html"], default="text",
                    help="train on the text renditions or on the pages' HTML (two models)")
    ap.add_argument("--out", help="default: newsclean/models/content[_html].json")
    args = ap.parse_args()
    out = args.out or f"newsclean/models/content{'_html' if args.input == 'html' else ''}.json"
    records = [json.loads(line) for line in open(args.corpus, encoding="utf-8")]
    base = os.path.dirname(os.path.abspath(args.corpus))
    pages = [page_rows(r, args.input, base) for r in records]
    keep = [i for i, p in enumerate(pages) if len(p[1])]
    records = [records[i] for i in keep]
    pages = [pages[i] for i in keep]
    hosts = [urlparse(r.get("url") or "").netloc.removeprefix("www.") or r["id"] for r in records]
    thresholds = [0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8]
    if args.cv > 1:
        uniq = sorted(set(hosts))
        rng = np.random.RandomState(0)
        order = rng.permutation(len(uniq))
        fold_of = {uniq[j]: k % args.cv for k, j in enumerate(order)}
        probs: list[np.ndarray] = [np.zeros(0)] * len(pages)
        for fold in range(args.cv):
            train_pages = [p for p, h in zip(pages, hosts) if fold_of[h] != fold]
            b1, b2 = train(train_pages)
            for i, (p, h) in enumerate(zip(pages, hosts)):
                if fold_of[h] == fold:
                    probs[i] = predict(b1, b2, p)
        for t in thresholds:
            P, R, F = page_f1(pages, probs, t)
            print(f"cv (grouped by site) threshold {t:.2f}: line P {P:.3f} R {R:.3f} F1 {F:.3f}")
    b1, b2 = train(pages)
    probs = [predict(b1, b2, p) for p in pages]
    best = max(thresholds, key=lambda t: page_f1(pages, probs, t)[2])
    P, R, F = page_f1(pages, probs, best)
    print(f"fit on all pages, threshold {best:.2f}: line P {P:.3f} R {R:.3f} F1 {F:.3f}")
    model = {
        "about": "weights of the content decision; made by tools/train_content.py",
        "features": list(NAMES),
        "stage2_features": list(content.STAGE2),
        "stage1": [round(float(x), 6) for x in b1],
        "stage2": [round(float(x), 6) for x in b2],
        "threshold": best,
        "pages": len(pages),
    }
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w", encoding="utf-8") as f:
        json.dump(model, f, indent=1)
        f.write("\n")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
