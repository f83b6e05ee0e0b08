"""Shape features of a line: words, sentence ends, function words, script. Shared by cleaners.

>>> is_sentence("The council voted on Tuesday to close the bridge."), is_sentence("Sports")
(True, False)
"""

from __future__ import annotations

import functools

import regex

from .._document import Document
from .._rules import wordlist

_WORD = regex.compile(r"\w+")
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
_END = regex.compile(r"[.!?。！？…:;\"”’»)\]]\s*$|[.!?。！？]\s*[\"”’»)]\s*$")


@functools.cache
def _stopwords() -> frozenset[str]:
    words: set[str] = set()
    for lang, lang_words in wordlist("stopwords").items():
        if not lang.endswith("_chars"):
            words |= lang_words
    return frozenset(words)


def words(text: str) -> list[str]:
    found: list[str] = _WORD.findall(text)
    return found


def size(text: str) -> int:
    """Length in word units: words, with each CJK character counted as half a word."""
    cjk = len(_CJK.findall(text)) if not text.isascii() else 0
    if cjk:
        return len(words(_CJK.sub(" ", text))) + cjk // 2
    return len(words(text))


def ends_sentence(text: str) -> bool:
    return _END.search(text) is not None


def stopword_share(text: str) -> float:
    ws = words(text.casefold())
    if not ws:
        return 0.0
    stop = _stopwords()
    return sum(1 for w in ws if w in stop) / len(ws)


def is_sentence(text: str) -> bool:
    """A line that reads as prose: enough words and a sentence end, or many function words."""
    n = size(text)
    if n >= 8 and ends_sentence(text):
        return True
    return n >= 12 and stopword_share(text) >= 0.25


def body_start(doc: Document) -> int | None:
    """The first input line after the headline, if the headline came from a line."""
    for f in doc.fields:
        if f.name == "title" and f.lines is not None:
            return f.lines[1] + 1
    return None
