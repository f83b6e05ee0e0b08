"""Shape features of a line: words, sentence ends, function words, script. Shared by cleaners.

>>> is_sentence("The council voted on Tuesday to close the bridge."), is_sentence("Sports")
(True, False)
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from .._document import Document
from .._rules import function_words, load

# stdlib re: for these simple classes it is several times faster than the regex module
_WORD = re.compile(r"\w+")
# Han and kana are written without spaces: a character is about 0.6 of an English word.
# Hangul is written with spaces between words and counts by words.
HAN_KANA = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
HAN_KANA_RUNS = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
HANGUL = re.compile("[\uac00-\ud7af]")
CHARS_PER_WORD = 0.6
_SENTENCE_ENDS = frozenset(".!?。！？…")
_CLOSERS = "\"”’»)]' "


def words(text: str) -> list[str]:
    found: list[str] = _WORD.findall(text)
    return found


def size(text: str) -> int:
    """Length in word units: words, each Han or kana character counting CHARS_PER_WORD."""
    han_kana = 0 if text.isascii() else len(HAN_KANA.findall(text))
    if han_kana:
        return len(words(HAN_KANA_RUNS.sub(" ", text))) + round(CHARS_PER_WORD * han_kana)
    return len(words(text))


def size_capped(text: str, cap: int) -> int:
    """:func:`size` when it is ``cap`` or less; otherwise some number above ``cap``, which may be
    read off the line's first characters: for a question such as "more than 30 words?", a
    10 MB line costs what its first few hundred characters do. (A prefix never has more word
    units than the whole line, so a prefix over ``cap`` answers for it.)

    >>> size_capped("one two three", 5), size_capped("word " * 100_000, 5) > 5
    (3, True)
    """
    window = 16 * (cap + 1)
    if len(text) > window:
        n = size(text[:window])
        if n > cap:
            return n
    return size(text)


def ends_sentence(text: str) -> bool:
    """Does the line end a sentence (a full stop, ?, ! or their CJK forms, before closers)?"""
    end = text.rstrip(_CLOSERS)
    return bool(end) and end[-1] in _SENTENCE_ENDS


def stopword_share(text: str) -> float:
    ws = words(text.casefold())
    if not ws:
        return 0.0
    stop = function_words()
    return sum(1 for w in ws if w in stop) / len(ws)


def is_byline_line(text: str) -> bool:
    """Does a byline rule of ``rules/metadata.toml`` match the line ("By Jane Doe")?"""
    rule = load("metadata").first(text)
    return rule is not None and rule.id.startswith("byline.")


def is_sentence(text: str) -> bool:
    """A line that reads as prose: enough words and a sentence end, or many function words."""
    n = size_capped(text, 12)
    if n >= 8 and ends_sentence(text):
        return True
    return n >= 12 and stopword_share(text) >= 0.25


#: below this many texts, repeated_texts() counts them directly
_SMALL = 4096


def repeated_texts(texts: Sequence[str], times: int) -> set[str]:
    """The texts that occur ``times`` times or more in ``texts``.

    A page's few hundred lines are counted directly. A large input's are counted in two
    passes, so that memory stays a small multiple of the number of lines rather than a dict
    entry per distinct line (200,000 distinct lines made a dict of 10 MB): the first pass counts
    the texts' hashes into a byte array of about four buckets a text (saturating at
    ``times``); the second counts exactly only the texts whose bucket reached ``times``, a
    few more than the repeated ones (the collisions). The answer is exact either way.

    >>> sorted(repeated_texts(["Reply", "A sentence.", "Reply", "Reply"], 3))
    ['Reply']
    """
    if len(texts) <= _SMALL:
        return {t for t, n in Counter(texts).items() if n >= times}
    mask = (1 << (4 * len(texts)).bit_length()) - 1
    buckets = bytearray(mask + 1)
    for text in texts:
        h = hash(text) & mask
        if buckets[h] < times:
            buckets[h] += 1
    counts = Counter(t for t in texts if buckets[hash(t) & mask] >= times)
    return {t for t, n in counts.items() if n >= times}


def body_start(doc: Document) -> int | None:
    """The first input line after the headline, if the headline came from a line."""
    for f in doc.fields:
        if f.name == "title" and f.lines is not None:
            return f.lines[1] + 1
    return None
