"""Reader comment sections.

- ``mark_comment_threads`` and ``drop_comment_threads``: the run of reader comments under an
  article, marked before the line families and dropped after the content decision. A comment is not
  recognised by its text (readers write sentences, as reporters do) but by the lines that
  every comment of a thread repeats: who posted it and when ("Posted by Paul on January 6,
  2008 2:09 PM", "Scott • on Mar 12, 2017 3:24 am", "Anna says:"), its buttons ("Reply",
  "Quote | Report this post"), or, under a comment heading, the reader's name and place
  ("Dave, Truro, Cornwall"). Three such lines, each within a few blocks of the last and with
  text between them, make a thread; it must also open with a comment heading ("Comments",
  "Have your say", "27 Comments") or repeat the comment buttons, so that a live blog's
  timestamped entries are not taken for comments, and stand below the article's first
  sentences. The thread, from its heading (or first signature) to its last signature, is
  dropped as ``comments.thread``; the comment after the last signature, when signatures open
  their comments, goes with it up to the typical length of a comment in that thread.

The signature shapes are ``newsclean/rules/comments.toml``; one such line alone removes
nothing here (the reply and report buttons are also prompts, see ``prompts.toml``).

>>> from newsclean._readers import read_text
>>> page = ("Officials said the new bridge would open in the spring after two years of work "
...         "on the crossing, which cost more than the city had planned.\\n\\n"
...         "The mayor, who had opposed the plan, said she would be at the opening and hoped "
...         "the bridge would bring shoppers back.\\n\\nComments\\n\\n"
...         "Great news for the town.\\nPosted by Ann on May 2, 2017 9:10 AM\\n\\n"
...         "About time.\\nPosted by Bob on May 2, 2017 9:30 AM\\n\\n"
...         "Too expensive.\\nPosted by Cy on May 2, 2017 10:02 AM")
>>> doc = drop_comment_threads(mark_comment_threads(read_text(page)))
>>> [b.text[:9] for b in doc.blocks], {r.rule for r in doc.records}
(['Officials', 'The mayor'], {'comments.thread'})
"""

from __future__ import annotations

import functools
from statistics import median

from .._document import MARKABLE_KINDS, Document, Kind
from .._rules import RuleSet, load, parse_table
from ._base import DropMarked
from ._shape import is_sentence, size

HEADER = "comments.header"
CONTROL = "comments.control"
#: counted only in a thread that opens with a comment heading
WEAK = "comments.name_place"
#: blocks of comment text allowed between two signatures of one thread
MAX_GAP = 12
#: signature lines a thread needs
MIN_SIGNATURES = 3
#: words of sentences that must stand above a thread (the article it comments on)
MIN_ARTICLE_WORDS = 40


@functools.cache
def _anchors() -> RuleSet:
    """The heading and button rules alone: a page has a thread only if it has a comment
    heading or two reply/report lines, and these two rules (gated by their words) are cheap
    to ask of every line, where the signature shapes (a name and a date) are not."""
    rules = [r.rule.model_dump(exclude_defaults=True) for r in load("comments").rules
             if r.id in (HEADER, CONTROL)]
    return parse_table("comments.toml (heading and buttons)", {"rule": rules})


def _kinds(doc: Document, table: RuleSet) -> list[str | None]:
    limit = table.limit
    kinds: list[str | None] = []
    for block in doc.blocks:
        rule = table.first(block.text) if block.text.count(" ") < limit else None
        kinds.append(rule.id if rule is not None else None)
    return kinds


def _clusters(signatures: list[int]) -> list[list[int]]:
    """Signature positions grouped into runs with at most MAX_GAP blocks between neighbours."""
    runs: list[list[int]] = []
    for i in signatures:
        if runs and i - runs[-1][-1] - 1 <= MAX_GAP:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def find_threads(doc: Document) -> list[tuple[int, int]]:
    """The comment threads, as inclusive (first, last) block positions."""
    blocks = doc.blocks
    if len(blocks) < MIN_SIGNATURES * 2:
        return []
    kinds = _kinds(doc, _anchors())
    if HEADER not in kinds and kinds.count(CONTROL) < 2:
        return []
    kinds = _kinds(doc, load("comments"))
    if sum(1 for k in kinds if k is not None and k != HEADER) < MIN_SIGNATURES:
        return []
    # words of sentences above each position, for the article guard
    above = [0] * (len(blocks) + 1)
    for i, block in enumerate(blocks):
        above[i + 1] = above[i] + (size(block.text) if is_sentence(block.text) else 0)
    threads: list[tuple[int, int]] = []
    done = -1
    signatures = [i for i, k in enumerate(kinds) if k is not None and k != HEADER]
    for run in _clusters(signatures):
        if run[0] <= done:
            continue
        header = next((j for j in range(run[0] - 1, max(-1, run[0] - MAX_GAP - 2), -1)
                       if kinds[j] == HEADER), None)
        sigs = run if header is not None else [i for i in run if kinds[i] != WEAK]
        if len(sigs) < MIN_SIGNATURES:
            continue
        controls = sum(1 for i in sigs if kinds[i] == CONTROL)
        if header is None and controls < 2:
            continue  # timestamped entries with no comment heading or buttons: a live blog?
        if sigs[-1] - sigs[0] + 1 - len(sigs) < 2:
            continue  # no comment text between the signatures
        start = header if header is not None else sigs[0]
        if above[start] < MIN_ARTICLE_WORDS:
            continue
        end = sigs[-1]
        if header is not None and sigs[0] == header + 1:
            # signatures that open their comments (one follows the heading): the last
            # one's comment follows it, about as long as the others
            tail = int(median(b - a - 1 for a, b in zip(sigs, sigs[1:])))
            end = min(len(blocks) - 1, end + tail)
        threads.append((start, end))
        done = end
    return threads




def mark_comment_threads(doc: Document) -> Document:
    """Mark the blocks of each comment thread (kind ``comment``).

    They stay in the body, for the line families and the content decision to read the page as
    it is printed (the content model was fitted on pages with their comments: taken away
    before it, a thread would change how it reads the article's last lines), and leave it in
    :func:`drop_comment_threads`.
    """
    threads = find_threads(doc)
    if not threads:
        return doc
    blocks = doc.blocks
    kinds: dict[int, Kind] = {i: "comment" for first, last in threads
                              for i in range(first, last + 1) if blocks[i].kind in MARKABLE_KINDS}
    return doc.relabel(kinds)


#: what is left of the threads :func:`mark_comment_threads` marked
drop_comment_threads = DropMarked("drop_comment_threads", "comment", "comments.thread")
