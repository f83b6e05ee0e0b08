"""The main-content decision: what the family cleaners left, is it the article?

- ``drop_non_content``: scores every remaining block with a small two-stage logistic model
  over shape, layout and position features (``_features.py``) and its neighbours' scores,
  and drops the blocks that score under the threshold: ``content.outside_main`` for those
  before the first or after the last kept block (menus, related lists, comments, footers),
  ``content.low_score`` for those between (a headline list or a widget inside the article).
  Text in which nothing was found to remove and every block is a paragraph set off by blank
  lines is taken as already clean and kept whole.

The weights ship as ``newsclean/models/content.json`` (text input) and ``content_html.json``
(HTML input, whose blocks also carry the element kind and page region); ``tools/train_content.py``
reproduces them from the dev corpus. Nothing is downloaded or trained at run time.

>>> from newsclean._readers import read_text
>>> text = ("Home\\nNews\\nSports\\n\\n"
...     "The council voted on Tuesday to approve the new bridge, officials said.\\n\\n"
...     "Work on the crossing will begin in the spring and take two years to finish.\\n\\n"
...     "Residents who opposed the plan said the money should go to road repairs.")
>>> [(r.rule, r.lines, r.text) for r in drop_non_content(read_text(text)).records]
[('content.outside_main', (1, 3), 'Home\\nNews\\nSports')]

A run of blocks one rule drops from consecutive input lines is one record (the menu above).
"""

from __future__ import annotations

import functools
import json
import math
import re
from array import array
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from itertools import chain
from operator import mul

from .._document import HELD_KINDS, MARKABLE_KINDS, Block, Document
from .._rules import CODE_RULES
from ._features import NAMES, features
from ._shape import ends_sentence, is_sentence, repeated_texts, size

STAGE2 = ("p_self", "p_prev", "p_next", "p_win3_mean", "p_win3_max", "p_before_mean",
          "p_after_mean")


@dataclass(frozen=True, slots=True)
class _Model:
    stage1: tuple[float, ...]
    stage2: tuple[float, ...]
    threshold: float


@functools.cache
def _model(html: bool = False) -> _Model:
    """The weights for text input, or for HTML input (whose blocks carry zones and kinds)."""
    name = "content_html.json" if html else "content.json"
    path = resources.files("newsclean") / "models" / name
    data = json.loads(path.read_text(encoding="utf-8"))
    if tuple(data["features"]) != NAMES or tuple(data["stage2_features"]) != STAGE2:
        raise ValueError("newsclean/models/content.json does not match the feature code; "
                         "rerun tools/train_content.py")
    return _Model(tuple(data["stage1"]), tuple(data["stage2"]), float(data["threshold"]))


def _sigmoid(z: float) -> float:
    if z < -30:
        return 0.0
    if z > 30:
        return 1.0
    return 1.0 / (1.0 + math.exp(-z))


def neighbour_features(p: list[float]) -> list[list[float]]:
    """Second-stage inputs from first-stage scores: the block's own and its neighbours'."""
    n = len(p)
    prefix = [0.0]
    for x in p:
        prefix.append(prefix[-1] + x)
    rows = []
    for i in range(n):
        lo, hi = max(0, i - 3), min(n, i + 4)
        window = p[lo:i] + p[i + 1:hi]
        rows.append([
            p[i],
            p[i - 1] if i > 0 else 0.0,
            p[i + 1] if i + 1 < n else 0.0,
            sum(window) / len(window) if window else 0.0,
            max(window) if window else 0.0,
            prefix[i] / i if i else 0.0,
            (prefix[n] - prefix[i + 1]) / (n - i - 1) if i + 1 < n else 0.0,
        ])
    return rows


def _dot(weights: tuple[float, ...], row: Iterable[float]) -> float:
    total: float = sum(map(mul, weights, row))
    return total


#: blocks scored together; a news page has a few hundred. Larger inputs (a whole site dump,
#: 200,000 lines) are scored in windows of this many blocks, which keeps memory and time
#: linear; the page-wide features then describe the window.
WINDOW = 4000

#: a line printed this many times on one page is not the article's text
REPEATS = 3
#: the shortest sentence kept as the story of a page of which the model keeps nothing
FALLBACK_WORDS = 25


def second_stage(p1: list[float], blocks: tuple[Block, ...]) -> list[list[float]]:
    """:func:`neighbour_features` for each block, read past a related list's marked headlines:
    the text on either side of a "Keep reading" box inside the story is judged by each other,
    not by the box (the headlines themselves are judged by their own company)."""
    rows = neighbour_features(p1)
    inner = [i for i, b in enumerate(blocks) if b.kind != "related_item"]
    if len(inner) < len(blocks):
        for i, row in zip(inner, neighbour_features([p1[i] for i in inner])):
            rows[i] = row
    return rows


def content_scores(blocks: tuple[Block, ...], html: bool = False) -> array[float]:
    """The probability, for each block, that it is article body text (an array of doubles:
    a list of floats was a fifth of a 200,000-line input's peak memory)."""
    model = _model(html)
    scores: array[float] = array("d")
    for start in range(0, len(blocks), WINDOW):
        window = blocks[start:start + WINDOW]
        rows = features(window)
        p1 = [_sigmoid(_dot(model.stage1, r)) for r in rows]
        second = second_stage(p1, window)
        scores.extend(_sigmoid(_dot(model.stage2, chain(r, s))) for r, s in zip(rows, second))
        del rows, p1, second  # not alive while the next window's are built
    return scores


def _already_clean(doc: Document) -> bool:
    """Text in which no cleaner found boilerplate and every block is a blank-line paragraph.

    The model judges a block by its company (menus around, prose nearby); text like that has
    no company to judge by, and is what an article's own rendering looks like, so it is kept
    whole. This is what makes cleaning an article's rendered text again remove nothing.
    """
    if any(r.target == "drop" for r in doc.records):
        return False
    return all(b.gap_before >= 1 for b in doc.blocks)


def _neighbour(blocks: tuple[Block, ...], i: int, step: int) -> int:
    """The block before (``step`` -1) or after (+1) ``blocks[i]`` that a sentence is judged
    with: a related list's marked headlines between it and the article do not part them
    (they leave the page later). ``i`` itself at the page's edge (never kept: ``i`` is a
    sentence not yet kept when this is asked)."""
    j = i + step
    while 0 <= j < len(blocks) and blocks[j].kind == "related_item":
        j += step
    return j if 0 <= j < len(blocks) else i


#: what closes a story's text: the contributor line (moved to ``attribution``) and the
#: editor's credit ("（责任编辑：王晓）", "Editor: Budi Santoso", dropped by the footer family)
_CLOSING_RULES = frozenset({"footer.editor_line"})
#: a story's last paragraph may be this short when it stands right over its closing credit
_LAST_PARAGRAPH_WORDS = 4


def _closing_line(doc: Document, after: int) -> int | None:
    """The first input line after line ``after`` that closes the story (see _CLOSING_RULES)."""
    lines = [f.lines[0] for f in doc.fields
             if f.name == "attribution" and f.lines is not None and f.lines[0] > after]
    lines += [r.lines[0] for r in doc.records if r.rule in _CLOSING_RULES and r.lines[0] > after]
    return min(lines, default=None)


def _run_to_closing_credit(doc: Document, keep: bytearray, repeated: bytearray,
                           last: int) -> int:
    """Keep the sentences between the last kept block and the story's closing credit.

    A wire story ends with its contributor line ("Associated Press writer X contributed"), a
    Chinese or Indonesian one with its editor's credit; the families have taken those out
    already. The lines printed right after the kept text and before that credit that end a
    sentence (a short last paragraph after an ad line, which the model judges by the bios and
    links below it) are the story's end: each next to the one before, four words or more; a
    line of another shape ends the run. Returns the new last kept index.
    """
    blocks = doc.blocks
    end = _closing_line(doc, blocks[last].last)
    if end is None:
        return last
    i = last + 1
    while (i < len(blocks) and blocks[i].line < end and not repeated[i]
           and blocks[i].kind in MARKABLE_KINDS and ends_sentence(blocks[i].text)
           and size(blocks[i].text) >= _LAST_PARAGRAPH_WORDS):
        keep[i] = True
        last = i
        i += 1
    return last


#: a numbered item's number: "1. ", "2) ", "4.) ", "5). "
_ITEM_NUMBER = re.compile(r"(\d{1,2})(?:\.\)?|\)\.?)\s+\S")
#: a numbered list is this many items at least, and at least this share of them kept
_LIST_ITEMS = 3
_LIST_KEPT = 1 / 3


def _keep_numbered_lists(blocks: tuple[Block, ...], keep: bytearray, repeated: bytearray,
                         first: int, last: int) -> None:
    """Keep the rest of a numbered list inside the story when a third of its items are kept.

    A listicle's numbered heads ("1. USA fans again got a taste ...", "2. It rained a lot")
    are short lines between paragraphs, which the model reads one by one; some score as the
    story's and some as a headline list's. Items numbered one after another (1, 2, 3, ...)
    between the first and last kept blocks are one list: when a third of them or more are kept,
    all are."""
    run: list[int] = []

    def close() -> None:
        if len(run) >= _LIST_ITEMS and sum(keep[i] for i in run) >= _LIST_KEPT * len(run):
            for i in run:
                if not repeated[i] and blocks[i].kind in MARKABLE_KINDS:
                    keep[i] = True
        run.clear()

    number = 0
    for i in range(first, last + 1):
        match = _ITEM_NUMBER.match(blocks[i].text)
        if match is None:
            continue
        found = int(match.group(1))
        if not (run and found == number + 1):
            close()
        run.append(i)
        number = found
    close()


_OUTSIDE, _LOW_SCORE, _REPEATED = "content.outside_main", "content.low_score", "content.repeated"
_REASONS = {rule: CODE_RULES[rule] for rule in (_OUTSIDE, _LOW_SCORE, _REPEATED)}


@dataclass(frozen=True)
class DropNonContent:
    """Drop the blocks the content model scores as boilerplate.

    ``threshold`` overrides the trained one (lower keeps more: recall over precision);
    ``low_band`` (a fraction of it) is how low a sentence next to kept text may score.
    """

    threshold: float | None = None
    low_band: float = 0.6

    @property
    def __name__(self) -> str:
        return "drop_non_content"

    def __call__(self, doc: Document) -> Document:
        blocks = doc.blocks
        if not blocks or _already_clean(doc):
            return doc
        scores = content_scores(blocks, doc.html)
        cut = self.threshold if self.threshold is not None else _model(doc.html).threshold
        # a line of four words or more printed three times or more (a slideshow's caption
        # under every slide, a teaser in every box) is not the article's text, however it
        # scores; a short one ("Q:", "* * *") may be the article's own furniture
        # (flags as byte arrays, not lists: a 200,000-line input is 200,000 of each)
        rep = repeated_texts([b.text for b in blocks if b.text.count(" ") >= 3], REPEATS)
        repeated = bytearray(b.text in rep for b in blocks)
        del rep
        keep = bytearray(s >= cut and not r for s, r in zip(scores, repeated))
        # hysteresis (as jusText does with near-good blocks): a sentence that scores under the
        # threshold but above its lower band is kept when it touches kept text, so a short
        # first or last paragraph is judged by the article it belongs to. A run of such
        # sentences next to kept text is kept whole: one sweep each way reaches the fixpoint
        low = cut * self.low_band
        eligible = bytearray(not k and s >= low and not r and is_sentence(b.text)
                             for k, s, r, b in zip(keep, scores, repeated, blocks))
        if not any(keep):
            # a page of which the model keeps nothing: its best-scoring long sentence, when
            # that scores within the lower band, is the story (a story printed as one line
            # among a page's long link lines, as html2text prints a table layout's cell)
            best = max((i for i in range(len(blocks)) if eligible[i]
                        and size(blocks[i].text) >= FALLBACK_WORDS),
                       key=scores.__getitem__, default=None)
            if best is not None:
                keep[best] = True
        del scores
        n = len(blocks)
        for order in (range(n), range(n - 1, -1, -1)):
            for i in order:
                if eligible[i] and not keep[i] and (
                        keep[_neighbour(blocks, i, -1)] or keep[_neighbour(blocks, i, 1)]):
                    keep[i] = True
        if not any(keep):
            first = last = n
        else:
            first = keep.index(1)
            last = keep.rindex(1)
            last = _run_to_closing_credit(doc, keep, repeated, last)
            _keep_numbered_lists(blocks, keep, repeated, first, last)

        def dropped() -> Iterator[str | None]:
            for i, (block, k) in enumerate(zip(blocks, keep)):
                # a slideshow's slides are read with the page, and leave it as captions later;
                # a comment thread leaves it as one, named for what it is
                if k or block.kind in HELD_KINDS:
                    yield None
                elif repeated[i]:
                    yield _REPEATED
                else:
                    yield _LOW_SCORE if first < i < last else _OUTSIDE

        return doc.drop_runs(dropped(), _REASONS)


drop_non_content = DropNonContent()
