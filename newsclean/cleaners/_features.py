"""Features of each remaining block for the content decision (see content.py).

Everything here is language-light on purpose: lengths, punctuation, function-word share (from
the per-language lists in rules/words/stopwords.toml), capitalisation, layout (blank lines
around a block), position, repeats within the page, and the same for the neighbours. No word
of any particular site is a feature. tools/train_content.py fits the weights on these.
"""

from __future__ import annotations

import functools
import math
from collections import Counter

import re

from .._document import Block
from .._rules import function_words, wordlist
from ._shape import (
    CHARS_PER_WORD,
    HAN_KANA,
    HAN_KANA_RUNS,
    HANGUL,
    _WORD,
    ends_sentence,
)

#: a menu's or a title's separator: a bar, guillemet or bullet, or a dash or slash between
#: spaces (block text has single spaces only: the reader normalises). One search, not a
#: search and four substring tests.
_SEPARATOR = re.compile("[|»›•·▪►▶◆]| [-–—/] ")


def _has_separator(text: str) -> bool:
    """A menu's or a title's separator: a bar, guillemet or bullet, or a spaced dash or slash."""
    return _SEPARATOR.search(text) is not None
# searched in the lower-cased text: re.I made this three times slower
_URLISH = re.compile(r"https?://|www\.|@\w|\.com\b|\.html?\b")
_QUOTE = re.compile('[“”"«»„]')
_DIGIT = re.compile("[0-9]")
# a capital that starts a word; the look-behind comes after the class so that the engine
# scans for the class first (twice as fast as "(?<!\w)[A-Z...]")
_CAPITAL = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁΑ-Ω](?<!\w.)")


BASE = (
    "bias", "log_words", "ends_sentence", "stopwords", "commas", "capitalised", "digits",
    "separators", "lower_start", "gap_before", "gap_after", "quotes", "ends_colon",
    "repeated", "all_caps", "urlish", "ge10", "ge25", "position", "ends_ellipsis", "heading",
    "list_item", "in_zone", "long_sentence", "link_share", "region_main", "region_chrome",
    "region_aside", "region_comments", "region_share_ad_prompt", "zone_main",
)
CONTEXT = (
    "win2_long", "win5_long", "prev_log_words", "next_log_words", "near_long", "mass_before",
    "mass_after", "in_dense_run", "dense_run_share",
)
NAMES = BASE + CONTEXT


@functools.cache
def _function_chars() -> frozenset[str]:
    lists = wordlist("stopwords")
    return frozenset().union(*(v for k, v in lists.items() if k.endswith("_chars")))


def _relative(shares: list[float], sizes: list[int]) -> list[float]:
    """Function-word shares relative to the page's own prose, so that every language (and
    a language without a list) is on one scale: the reference is the upper quartile over the
    page's lines of ten words or more; with no signal at all the feature is neutral (1.0)."""
    long = sorted(s for s, n in zip(shares, sizes) if n >= 10)
    ref = long[(3 * len(long)) // 4] if long else (max(shares) if shares else 0.0)
    if ref < 0.02:
        return [1.0] * len(shares)
    return [min(2.0, s / ref) for s in shares]


#: a window of more blocks than this with no blank line between any two is read as gapless
_GAPLESS_MIN = 5


def base_features(blocks: tuple[Block, ...]) -> list[list[float]]:
    """One row of BASE features per block. (A list, not an array of doubles: the array would
    save a 4,000-block window 0.8 MB but cost 1.5 µs a row, 5 % of a page's time.)"""
    stop = function_words()
    function_chars = _function_chars()
    counts = Counter(b.text for b in blocks)
    n = len(blocks)
    rows: list[list[float]] = []
    is_stop = stop.__contains__
    # text with no blank line at all ("\n".join of a page's strings, a usual scraping idiom)
    # has no layout cue. Read as it is, every line stands close to the next, as a menu's
    # lines do (a short article beside a long comment thread was dropped whole); so a line
    # that ends a sentence is read as standing apart, as the model learnt paragraphs do.
    # (The dev pages without their blank lines: body F1 0.961 -> 0.966, pages under 0.8 23
    # -> 12; every line read as apart gave 0.967 but kept the short lines of widgets.)
    spaced = (n > _GAPLESS_MIN and blocks[0].meta is None  # text input: HTML sets its gaps
              and not any(b.gap_before for b in blocks[1:]))
    for i, block in enumerate(blocks):
        text = block.text
        lower = text.lower()
        lowered = _WORD.findall(lower)
        ntok = max(1, len(lowered))
        han_kana = hangul = 0
        if not text.isascii():
            han_kana = len(HAN_KANA.findall(text))
            hangul = len(HANGUL.findall(text)) if han_kana <= 3 else 0
        if han_kana > 3:  # per character, for scripts written without spaces
            nwords = len(_WORD.findall(HAN_KANA_RUNS.sub(" ", text))) + round(
                CHARS_PER_WORD * han_kana)
            share = sum(map(function_chars.__contains__, text)) / han_kana
        elif hangul > 3:  # Korean: words by spaces, particles and endings per syllable
            nwords = len(lowered)
            share = sum(map(function_chars.__contains__, text)) / hangul
        else:
            nwords = len(lowered)
            share = sum(map(is_stop, lowered)) / ntok
        caps = len(_CAPITAL.findall(text))
        digits = len(_DIGIT.findall(text))
        ends = ends_sentence(text)
        first = text[:1]
        gap_after = blocks[i + 1].gap_before if i + 1 < n else 2
        meta = block.meta  # read once: text input has none, and its features are then 0
        zone = meta.zone if meta is not None else None
        region = meta.region if meta is not None else None
        rows.append([
            1.0,
            math.log1p(nwords),
            1.0 if ends else 0.0,
            share,
            min(text.count(",") + text.count("，") + text.count("、"), 10) / max(nwords, 1),
            caps / ntok,
            digits / max(len(text), 1),
            1.0 if _has_separator(text) else 0.0,
            1.0 if first.islower() else 0.0,
            1.0 if (spaced and ends) or block.gap_before > 0 else 0.0,
            1.0 if (spaced and ends) or gap_after > 0 else 0.0,
            1.0 if _QUOTE.search(text) else 0.0,
            1.0 if text.endswith((":", "：")) else 0.0,
            1.0 if counts[text] > 1 else 0.0,
            1.0 if text.isupper() and len(text) > 3 else 0.0,
            1.0 if _URLISH.search(lower) else 0.0,
            1.0 if nwords >= 10 else 0.0,
            1.0 if nwords >= 25 else 0.0,
            i / max(n - 1, 1),
            1.0 if text.endswith(("...", "…")) else 0.0,
            1.0 if block.kind == "heading" else 0.0,
            1.0 if block.kind == "list_item" else 0.0,
            1.0 if zone is not None and zone != "main" else 0.0,
            1.0 if ends and nwords >= 10 else 0.0,
            meta.link_share if meta is not None else 0.0,
            1.0 if region == "main" else 0.0,
            1.0 if region in ("nav", "footer") else 0.0,
            1.0 if region == "aside" else 0.0,
            1.0 if region == "comments" else 0.0,
            1.0 if region in ("share", "ad", "prompt") else 0.0,
            1.0 if zone == "main" else 0.0,
        ])
    istop = BASE.index("stopwords")
    sizes = [int(math.expm1(r[1]) + 0.5) for r in rows]
    for row, rel in zip(rows, _relative([r[istop] for r in rows], sizes)):
        row[istop] = rel
    return rows


def _dense_run(weights: list[float]) -> tuple[int, int]:
    """The span with the largest sum (Kadane): the page's main run of prose."""
    best, span = float("-inf"), (0, -1)
    total, start = 0.0, 0
    for i, w in enumerate(weights):
        if total <= 0:
            total, start = 0.0, i
        total += w
        if total > best:
            best, span = total, (i if start > i else start, i)
    return span


def features(blocks: tuple[Block, ...]) -> list[list[float]]:
    """BASE + CONTEXT features for every block, in block order."""
    rows = base_features(blocks)
    n = len(rows)
    if not n:
        return rows
    ilw, ilong = BASE.index("log_words"), BASE.index("long_sentence")
    long_ = [r[ilong] for r in rows]
    logw = [r[ilw] for r in rows]
    mass = [math.expm1(x) for x in logw]
    total = sum(mass) or 1.0
    prefix = [0.0]
    for m in mass:
        prefix.append(prefix[-1] + m)
    lp = [0.0]
    for x in long_:
        lp.append(lp[-1] + x)

    def window(i: int, k: int) -> float:
        lo, hi = max(0, i - k), min(n, i + k + 1)
        return (lp[hi] - lp[lo] - long_[i]) / max(1, hi - lo - 1)

    # nearest long block distance
    near = [10.0] * n
    last = -100
    for i in range(n):
        if long_[i]:
            last = i
        near[i] = min(near[i], i - last)
    last = 10**9
    for i in range(n - 1, -1, -1):
        if long_[i]:
            last = i
        near[i] = min(near[i], last - i)
    weights = [2.0 if x else -1.0 for x in long_]
    lo, hi = _dense_run(weights)
    run_mass = (prefix[hi + 1] - prefix[lo]) / total if hi >= lo else 0.0
    for i, row in enumerate(rows):
        row.extend([
            window(i, 2),
            window(i, 5),
            logw[i - 1] if i > 0 else 0.0,
            logw[i + 1] if i + 1 < n else 0.0,
            min(near[i], 10) / 10.0,
            prefix[i] / total,
            (total - prefix[i + 1]) / total,
            1.0 if lo <= i <= hi else 0.0,
            run_mass,
        ])
    return rows
