"""Input -> Document: decoding, mojibake repair, the text reader and the HTML reader.

This module and its HTML half, ``_html.py``, are the only ones that import bs4 or lxml. Both
readers produce the same thing: a rendition of
the page as lines, and one :class:`Block` per non-blank line with its 1-based line number in
that rendition. For text input the rendition *is* the input (after decoding); for HTML it is the
visible text, one block element per line, and each block keeps the element's source line and
the page region it sits in (``zone``: nav, aside, footer, ...), which shared cleaners may use.
"""

from __future__ import annotations

import codecs
import functools
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import replace

import ftfy

from . import _html
from ._document import Block, Document, JoinedBlock, LineMeta, Record
from ._markdown import (ADDRESS_SCHEME, looks_like_lynx, looks_like_markdown, strip_link_marks,
                        strip_markdown)
from ._rules import CODE_RULES, function_words

# ftfy with every choice spelled out, so an upgrade cannot silently change our output.
# Quotes and dashes are kept as they are (uncurl_quotes=False); full-width CJK forms are text,
# not a problem to fix (fix_character_width=False).
FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,
    remove_terminal_escapes=True,
    fix_encoding=True,
    restore_byte_a0=True,
    replace_lossy_sequences=True,
    decode_inconsistent_utf8=True,
    fix_c1_controls=True,
    fix_latin_ligatures=True,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=True,
    fix_surrogates=True,
    remove_control_chars=True,
    normalization="NFC",
    max_decode_length=1_000_000,
    explain=False,
)

# Characters that never reach the output: C0/C1 controls other than the line breaks that
# str.splitlines() understands, zero-width spaces, bidi embedding controls, BOMs and lone
# surrogates. ZWJ/ZWNJ stay: they carry meaning in emoji, Persian and Indic scripts.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064"
    "\u2066-\u2069\ufeff\ufff9-\ufffb\ud800-\udfff]"
)
# Signs of mojibake that ftfy can repair (UTF-8 read as latin-1/cp1252, and kin).
_MOJIBAKE_HINT = re.compile("[\u00c2\u00c3\u00c5\u00ce\u00d0\u00d1\u00e2\u00e3\u00ef][\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]")
_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)
_XML_ENCODING = re.compile(rb"""^<\?xml[^>]{0,100}encoding=["']([A-Za-z0-9_.:-]{1,40})""")
_HTML_START = re.compile(
    r"\A(?:\s|<!--.*?-->)*<(?:!doctype\s+html|html|head|body|meta|title|div|article|p|section|"
    r"span|table|script|style|link|main|header|nav|h[1-6]|ul|figure)\b",
    re.I | re.S,
)

ACCEPTED = "str (text or HTML), bytes (any common encoding) or a bs4 BeautifulSoup/Tag"


def decode(data: bytes) -> str:
    """Decode bytes: BOM first, then UTF-8, then a declared charset, then cp1252.

    >>> decode("caf\\u00e9".encode("utf-8")), decode("caf\\u00e9".encode("cp1252"))
    ('café', 'café')
    >>> decode(codecs.BOM_UTF16_LE + "hi".encode("utf-16-le"))
    'hi'
    """
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    head = data[:4096]
    declared = _XML_ENCODING.search(head) or _CHARSET.search(head)
    if declared:
        name = declared.group(1).decode("ascii", "replace")
        try:
            codec = codecs.lookup(name).name
        except LookupError:
            codec = ""
        if codec and codec not in ("utf-8", "ascii"):
            try:
                return data.decode(codec)
            except (UnicodeDecodeError, LookupError):
                pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")  # maps every byte; the undefined cp1252 bytes are junk


def repair(text: str) -> str:
    """Repair mojibake with ftfy, but only when there is a sign of it (ftfy is the slow part).

    >>> repair("Putin meets China\\u00e2\\u20ac\\u2122s top diplomat")
    'Putin meets China’s top diplomat'
    >>> repair("“Quotes” and – dashes stay")
    '“Quotes” and – dashes stay'
    """
    if text.isascii():
        return text
    # to a fixed point (at most three rounds): a repair can uncover more mojibake, and text
    # repaired once must not change when it is cleaned again
    for _ in range(3):
        fixed = _repair_once(text)
        if fixed == text:
            break
        text = fixed
    if "\u00c2" in text:
        text = _LONE_A_CIRCUMFLEX.sub(_drop_lone_a_circumflex, text)
    return text


#: a no-break space read as Latin-1 ("Â\xa0") whose no-break space the page's text rendering
#: then turned into a plain one: "Published:Â Friday", "Aubry ,Â CanWest", a line that is "Â"
#: alone. ftfy leaves the pair with a plain space alone (no longer its byte sequence); the Â
#: is read back as the no-break space it was. A capital Â before white space is no word of
#: any language, but in a word printed in capitals (Vietnamese), which is left.
_LONE_A_CIRCUMFLEX = re.compile("\u00c2(?=[ \t\u00a0]|$)", re.M)


def _drop_lone_a_circumflex(match: re.Match[str]) -> str:
    start = match.start()
    return match.group() if start and match.string[start - 1].isupper() else "\u00a0"


def _repair_once(text: str) -> str:
    if _MOJIBAKE_HINT.search(text):
        fixed: str = ftfy.fix_text(text, FTFY_CONFIG)
        if fixed != text:
            return fixed
    # a control or zero-width character can hide mojibake from the check and from ftfy: look,
    # and repair, without them (C1 controls are left in above: mojibake is made of them)
    probe = _INVISIBLE.sub("", text) if _INVISIBLE.search(text) else text
    if probe is not text and _MOJIBAKE_HINT.search(probe):
        repaired: str = ftfy.fix_text(probe, FTFY_CONFIG)
        return repaired
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


_TAG = re.compile(
    r"</?(?:html|head|body|div|p|span|a|script|style|meta|link|table|tr|td|ul|li|img|br|"
    r"title|section|article|nav|header|footer|form|input|iframe|h[1-6])\b[^<>]{0,500}>", re.I)


def looks_like_html(text: str) -> bool:
    """True when the text is HTML: it starts like a document or fragment, or is full of tags
    (a page whose start was cut off or mangled).

    >>> looks_like_html("<!DOCTYPE html><html><body><p>Hi</p>"), looks_like_html("Hi <b>")
    (True, False)
    """
    head = text[:10000]
    if _HTML_START.match(head) is not None:
        return True
    return len(_TAG.findall(head)) >= (10 if head.lstrip()[:1] == "<" else 20)


def _normalize_line(line: str) -> str:
    norm = " ".join(line.split())
    if norm[1:2] == " " and norm.count(" ") >= _DROP_CAP_SPACES:
        norm = _join_drop_cap(norm)
    # the line itself when it was normal already: one string per line, not two
    return line if norm == line else norm


#: a drop cap printed apart from the rest of its word ("T he official SANA news agency said
#: ...", "M r Trump's lawyers ..."): a capital that is no word of its own (no vowel: "A", "E",
#: "I", "O", "U" and "Y" are words in English, Portuguese or Spanish), a space, the word's
#: lower-case rest, at the start of a line of prose (eight words or more: "T in the Park", "U
#: of U Sports" are names)
_DROP_CAP = re.compile(r"([BCDFGHJKLMNPQRSTVWXZ]) ([a-z][a-z\u2019']*)\b")
_DROP_CAP_SPACES = 7


def _join_drop_cap(norm: str) -> str:
    """``norm`` with its drop cap joined to the rest of its word, when it opens with one; not
    when the rest is a word of its own that the joined one is not ("T in the Park ...")."""
    match = _DROP_CAP.match(norm)
    if match is None:
        return norm
    words = function_words()
    rest = match.group(2)
    if rest.casefold() in words and (match.group(1) + rest).casefold() not in words:
        return norm
    return match.group(1) + norm[2:]


#: read_text() splits the text this many characters at a time (at a line end)
_CHUNK = 1 << 16


def _lines(text: str) -> Iterator[str]:
    """``text.splitlines()``, one chunk of lines at a time: a 200,000-line input's list of
    all its lines lived next to the blocks made from them (6x the input at the reader's peak).
    A chunk ends right after a newline, so no line (and no CRLF pair) is cut in two."""
    start = 0
    while start < len(text):
        cut = text.find("\n", start + _CHUNK)
        end = len(text) if cut < 0 else cut + 1
        yield from text[start:end].splitlines()
        start = end


#: hard-wrapped text: the widths (in characters) a wrapping tool is found to have used
_WRAP_WIDTHS = range(30, 161)
#: ... the share of its lines of half that width or more that come close to it (a paragraph's
#: lines but its last; a browser's rendition has paragraphs of hundreds of characters on one
#: line, and menus of a few words) ...
_WRAP_FULL_SHARE = 0.3
#: ... and the share of those that the next line follows without a blank line between
_WRAP_FOLLOWED_SHARE = 0.6
_WRAP_MIN_FULL = 5
_WRAP_MIN_LINES = 8


#: Markdown's lines that a wrapping tool leaves whole (html2text does not wrap list items,
#: headings, table rows or a block set four spaces in): not counted when the width is read
#: off a Markdown text, and never joined to a neighbour
_MD_UNWRAPPED = re.compile(r"\s*(?:[*+\-]\s|\d{1,3}[.)]\s|#|\||>)| {4}")


#: a bulleted list item starts a block of its own, in any wrapped text (a terminal browser's
#: bullets), as does a numbered address (the list of link addresses under a lynx dump); not
#: "- ", "2) " or "8. ", which a wrapped sentence may start a line with ("... acts 1) as the
#: speaker and" / "2) allows you to ...", a list of race results run on in one paragraph)
_LIST_ITEM = re.compile(r"\s*[*+•·]\s")

#: a line of one token longer than this is an address or mark-up, not a wrapped line (one
#: of Han or kana characters, written without spaces, is prose unless it has an address's
#: characters)
_UNBROKEN = 24
_ADDRESS_CHARS = re.compile(r"[/%=&?]")
#: a line that starts with an address, perhaps numbered; one numbered (a lynx list's item)
_ADDRESS_START = re.compile(r"\s*(?:\d{1,5}\.\s+)?" + ADDRESS_SCHEME)
_ADDRESS_ITEM = re.compile(r"\s*\d{1,5}\.\s+" + ADDRESS_SCHEME)


def _one_token(raw: str) -> bool:
    """Is the line one token (perhaps after a list number: a text browser's "12. https://...")
    of more than ``_UNBROKEN`` characters, ASCII or with an address's characters, or an
    address however many spaces it holds (lynx prints a link's address as written)?"""
    if _ADDRESS_START.match(raw):
        return True
    parts = raw.split()
    if not parts or len(parts) > 2 or (len(parts) == 2 and not parts[0].rstrip(".").isdigit()):
        return False
    token = parts[-1]
    return len(token) > _UNBROKEN and (token.isascii() or _ADDRESS_CHARS.search(token) is not None)


def wrap_width(text: str, *, markdown: bool = False) -> int | None:
    """The width the text was hard-wrapped at, or None when it was not.

    A terminal browser's dump (lynx, w3m), html2text and wire copy break every paragraph into
    lines of at most W characters (W is 72 to 80, about 40 for Chinese and Japanese): then
    nearly no line is longer than W, and a paragraph's lines but its last end within a word's
    length of W, each followed by the next. W is read as the length that at most one in a
    hundred lines exceeds; the text counts as wrapped when W is 30 to 160 and, of the lines of
    W/2 characters or more, three in ten (five at least) come within W/8 characters (five
    to twelve) of W, six in ten of those with the next line right under them. (Measured on
    the dev pages wrapped at 80 and at 60 columns: 396 and 398 of 399 found; none of the
    pages as they are; 1 and 4 of 399 when only their lines of at most 160 or 100 characters
    are kept, a cut that makes many lines end close to one width. A page taken for wrapped
    that is not loses little: two lines are joined only where the first is too full for the
    next one's first word, with no blank line between.)

    >>> import textwrap
    >>> prose = " ".join(["The council met on Tuesday to discuss the budget."] * 40)
    >>> wrapped = textwrap.fill(prose, 78)
    >>> wrap_width(wrapped) == max(map(len, wrapped.splitlines())), wrap_width(prose)
    (True, None)
    """
    top = _WRAP_WIDTHS.stop
    counts = [0] * (top + 1)
    followed = [0] * (top + 1)  # ... of lines the next line follows with no blank between
    total = 0
    last = 0  # the length of the line before (0: blank)
    for raw in _lines(text):
        n = min(len(raw.rstrip()), top)
        if n and ((markdown and (_MD_UNWRAPPED.match(raw) or "](" in raw))
                  or (n > _UNBROKEN and _one_token(raw))):
            # a line no tool wraps, or not to its width: Markdown's list items and headings,
            # a line with a link's address (html2text leaves one whole, however long); one
            # long token (an address, an image's mark-up), which no tool can break. It still
            # follows the line before.
            if last:
                followed[last] += 1
            last = 0
            continue
        if n:
            counts[n] += 1
            total += 1
            if last:
                followed[last] += 1
        last = n
    if total < _WRAP_MIN_LINES:
        return None
    # the width that at most one line in a hundred exceeds (an unbreakable word, a URL); no
    # more: a short story's few long lines among many short ones are not to be cut off
    allowed = total // 100
    longer = 0
    width = top
    while width > 0 and longer + counts[width] <= allowed:
        longer += counts[width]
        width -= 1
    if width in _WRAP_WIDTHS and _wrapped_at(width, counts, followed):
        return width
    return None


def _wrapped_at(width: int, counts: list[int], followed: list[int]) -> bool:
    """Do the line lengths (``counts``, and ``followed`` of the lines the next line follows)
    show text wrapped at ``width``? See :func:`wrap_width`."""
    near = min(12, max(5, width // 8))  # a word's length, about, at any width
    full = sum(counts[width - near + 1:width + 1])
    half = sum(counts[width // 2:width + 1])
    if full < _WRAP_MIN_FULL or full < _WRAP_FULL_SHARE * half:
        return False
    return sum(followed[width - near + 1:width + 1]) >= _WRAP_FOLLOWED_SHARE * full


def _continues(prev: str, line: str, width: int) -> str | None:
    """How ``line`` joins the line ``prev`` (raw, right-stripped) when the break between them
    is the wrapping tool's: ``" "``, or ``""`` after a word broken at its hyphen or between
    Han and kana characters; None when the break is the writer's. A tool breaks a line only
    when the next word does not fit: when ``prev``, a space and ``line``'s first word would be
    wider than ``width``. Han and kana text may break after any character: there the line
    before must be full to the width (but for one character: a wide stop or bracket)."""
    if _HAN_KANA.match(line[0]) and _HAN_KANA.match(prev[-1]):
        return "" if len(prev) + 2 > width else None
    first = line.split(" ", 1)[0]
    if prev.endswith("-") and len(prev) >= 2 and prev[-2].isalpha() and first[:1].islower():
        return "" if len(prev) + len(first) > width else None
    if len(prev) + 1 + len(first) <= width:
        return None
    return " "


#: Han and kana, and CJK punctuation and full-width forms (a wrapped line may end with a wide
#: stop or bracket); cleaners/_shape.py's HAN_KANA counts words and leaves punctuation out
_HAN_KANA = re.compile(
    "[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")


def read_text(text: str, *, html: bool = False,
              meta: list[LineMeta | None] | None = None) -> Document:
    """Split a text rendition into one block per non-blank line.

    Lines that held only invisible characters are recorded as removed, so that every line that
    was not blank in the input is accounted for. Hard-wrapped text (see :func:`wrap_width`)
    has each paragraph's lines joined back into one block, where the break between two lines
    is the tool's rather than the writer's (see :func:`_continues`); then, in any text but
    Markdown and a lynx dump, the pieces a tool cut a sentence into (see
    :func:`_join_fragments`).
    """
    has_invisible = _INVISIBLE.search(text) is not None
    markdown = not html and meta is None and looks_like_markdown(text)
    lynx = not html and meta is None and not markdown and looks_like_lynx(text)
    width = None if html or meta is not None else wrap_width(text, markdown=markdown)
    blocks: list[Block] = []
    records: list[Record] = []
    gap = 0
    # the joined paragraph being read: its parts and last line number, and the last raw line
    # (right-stripped)
    parts: list[str] = []
    end = 0
    prev = ""

    def joined() -> JoinedBlock:
        first = blocks[-1]
        return JoinedBlock("".join(parts), first.line, gap_before=first.gap_before, end=end)

    for number, raw in enumerate(_lines(text), start=1):
        line = _INVISIBLE.sub("", raw) if has_invisible else raw
        norm = _normalize_line(line)
        if not norm:
            if raw.strip():
                records.append(Record("text.invisible", "only invisible or control characters",
                                      (number, number), repr(raw[:200]), cleaner="read"))
            gap += 1
            continue
        if width is not None:
            whole = (_LIST_ITEM.match(line) is not None or _ADDRESS_ITEM.match(line) is not None
                     or (markdown and (_MD_UNWRAPPED.match(line) or _MD_UNWRAPPED.match(prev))))
            glue = _continues(prev, norm, width) if gap == 0 and blocks and not whole else None
            prev = line.rstrip()
            if glue is not None:
                if not parts:
                    parts.append(blocks[-1].text)
                parts += (glue, norm)
                end = number
                continue
            if parts:
                blocks[-1] = joined()
                parts = []
        info = meta[number - 1] if meta is not None and number <= len(meta) else None
        if info is None:
            blocks.append(Block(norm, number, gap_before=gap if blocks else 1))
        else:
            blocks.append(Block(norm, number, kind=info.kind,  # type: ignore[arg-type]
                                gap_before=gap if blocks else 1, meta=info))
        gap = 0
    if parts:
        blocks[-1] = joined()
    if not html and meta is None and not markdown and not lynx:
        _join_fragments(blocks)
    if markdown:
        blocks = _without_markup(blocks, records, strip_markdown, heading=_H1)
    elif lynx:
        blocks = _without_markup(blocks, records, strip_link_marks)
    return Document(tuple(blocks), tuple(records), html=html)


#: a line that goes on with the sentence above it: it starts with a closing or joining stop
#: (", which ...", ". The next ...", ") said", "% of voters", "，" and "。" of Chinese)
_GOES_ON = re.compile("[,;:!?)\\]}%”’，。、；：！？）」』】]|\\.(?!\\.)")
#: a line that opens a bracket or a quotation the next line goes on with: after a space
#: (" (", not an emoticon's ":("), or a full-width one
_OPENS = (" (", " [", " “", " ‘", "（", "「", "『", "【")
#: the longest line (in words) taken as a piece between two parts of a sentence
_FRAGMENT_WORDS = 4
#: a line that ends a sentence
_SENTENCE_END = re.compile("[.!?。！？][\"'”’)\\]]*$")
#: how much of a growing block's end a join is judged by (characters)
_TAIL = 200


#: the marks inside a word (apostrophes, hyphens), taken out before asking if it is one
_WORD_JOINERS = str.maketrans("", "", "'’-‐")
#: function words that may end a clause or a menu's item ("he said", "Sign in", "all of
#: them"): a line that ends with one is not known from that alone to stop inside a sentence
_CLAUSE_ENDINGS = frozenset(
    "said says one two new all up out more it there so what about over also not in on this "
    "that him them us me you we they he she now here too well yes no".split())


@functools.cache
def _open_endings() -> frozenset[str]:
    """The function words no sentence ends with ("to", "the", "its", "which", "und", "yang"):
    every language's function words but those of ``_CLAUSE_ENDINGS``."""
    return function_words() - _CLAUSE_ENDINGS


#: quotation marks and brackets that may open a line's last word
_OPENING_MARKS = "\"'“‘(["

#: how a line stops: inside a sentence for sure (after a comma or a function word), as
#: prose may (a word in lower case in a line of prose), or not inside one
_SURELY, _MAYBE = 2, 1


def _mid_sentence(text: str) -> int:
    """Does the line stop inside a sentence? ``_SURELY`` after a comma or a function word no
    sentence ends with ("... bring the game to", "... which has", "... holds at 30"); ``_MAYBE``
    after another word, in a line of two words or more, half of them or more written in lower
    case as prose is ("... the not-so-winding path", "In a statement, President"); 0 for a
    line of capitalised words ("By Jane Doe" over a date is a byline, "Timberlake Appearing
    in Super Bowl Ad" a headline, "Thu, Jan 17, 08 at 03:27 PM" a comment's date) and after
    an address."""
    if text[-1] == ",":
        return _SURELY
    space = text.rfind(" ")
    if space < 0:
        return 0
    last = text[space + 1:].lstrip(_OPENING_MARKS)  # '... school. "Every'
    if last.isdigit():  # "... holds at 30": a number after a function word
        before = text.rfind(" ", 0, space)
        return _SURELY if _function_word(text[before + 1:space]) else 0
    if not last.translate(_WORD_JOINERS).isalpha():
        return 0  # an address, a number with its unit, a symbol
    if _function_word(last):
        return _SURELY
    lower = upper = 0
    for word in text.split():
        first = word[0]
        if first.islower():
            lower += 1
        elif first.isupper():
            upper += 1
    return _MAYBE if lower >= upper else 0


def _function_word(word: str) -> bool:
    """Is ``word`` a function word no sentence ends with, written as one is inside a sentence,
    in lower case ("am", not the "AM" of a time; "us", not "US")?"""
    return word.islower() and word in _open_endings()


def _lower(line: str) -> bool:
    """Does the line start with a letter in lower case (not a symbol that has case, "ⓒ")?"""
    first = line[0]
    return first.islower() and first.isalpha()


def _goes_on(line: str) -> bool:
    """Does the line start as the rest of a sentence: with a closing stop or in lower case?"""
    return _GOES_ON.match(line) is not None or _lower(line)


def _rest_of_sentence(line: str) -> bool:
    """Is the line plainly the rest of a sentence: it starts with a closing stop, or in lower
    case with more than ``_FRAGMENT_WORDS`` words, a sentence's end, or a comma or function
    word at its end ("will rise by")? ("list 1 of 4" and "a day ago" are labels in lower
    case, not the rest of one.)"""
    if _GOES_ON.match(line):
        return True
    if not _lower(line):
        return False
    if line.count(" ") >= _FRAGMENT_WORDS or _SENTENCE_END.search(line) is not None:
        return True
    if line[-1] == ",":
        return True
    space = line.rfind(" ")
    return space > 0 and _function_word(line[space + 1:])


def _glue(prev: str, line: str, after: Block | None) -> str | None:
    """How ``line`` goes on with the line ``prev`` right above it (no blank line between)
    when the break between them is a tool's, not the writer's: ``""`` before a closing stop or
    after an opening bracket, ``" "`` before a word in lower case after a line that stops
    inside a sentence; None when the break is the writer's. After a line that only may stop
    inside a sentence (see :func:`_mid_sentence`), a short line in lower case
    (``_FRAGMENT_WORDS`` words or fewer) goes on with it only when it ends a sentence or the
    line under it (``after``, if no blank line parts them) is plainly the rest of one: "list
    2 of 4" or "a day ago" under a headline is the headline's label, not its words."""
    if _GOES_ON.match(line):
        return ""
    if prev.endswith(_OPENS) or (len(prev) == 1 and prev in _OPENING_MARKS):
        return ""  # "... islanders (" / "PDF", or a line that is the bracket alone
    if _lower(line):
        stop = _mid_sentence(prev)
        if stop == _SURELY or (stop == _MAYBE and (
                _rest_of_sentence(line)
                or (after is not None and after.gap_before == 0
                    and _rest_of_sentence(after.text)))):
            return " "
    return None


def _join_fragments(blocks: list[Block]) -> None:
    """Join, in place, the pieces of a sentence that a tool printed one to a line.

    ``BeautifulSoup.get_text("\\n")``, a usual way for a scraper to turn a page into text,
    puts every text node on a line of its own: a sentence with a link or an emphasis in it
    comes out in pieces ("shares the not-so-winding path" / "Snake Pass" / "took" / "in its
    port to the Switch.") that the content model reads as a menu's short lines. Lines with no
    blank line between are joined where the second goes on with the sentence (see
    :func:`_glue`), and a short piece with a capital (a link's text, "Snake Pass") is joined
    to the line above it when that stops inside a sentence and the line below goes on with
    it. A browser's rendition has few such breaks, and where it has them they are the same
    (an inline element the page sets as a block).

    One pass, linear in the text: a joined block's parts are kept in a list and its text made
    once, and a join is judged by the last ``_TAIL`` characters of the text it grows.
    """
    out = 0  # blocks[:out] are written; blocks[out - 1] is the open one, which may grow
    parts: list[str] = []  # the open block's parts, when something was joined to it
    tail = ""  # the open block's text, its last _TAIL characters
    end = 0  # the open block's last line
    pending: Block | None = None  # a short capitalised piece under it, not placed yet
    n = len(blocks)

    def close() -> None:
        if parts:
            first = blocks[out - 1]
            blocks[out - 1] = JoinedBlock("".join(parts), first.line,
                                          gap_before=first.gap_before, end=end)
            parts.clear()

    def grow(glue: str, piece: Block) -> None:
        nonlocal tail, end
        if not parts:
            parts.append(blocks[out - 1].text)
        parts.extend((glue, piece.text))
        tail = (tail + glue + piece.text)[-_TAIL:]
        end = piece.last

    for i in range(n):
        block = blocks[i]
        text = block.text
        if out and block.gap_before == 0:
            after = blocks[i + 1] if i + 1 < n else None
            if pending is not None:
                if _goes_on(text):
                    # "... path" / "Snake Pass" / "took ...": the piece between two parts of
                    # a sentence goes with them
                    grow(" ", pending)
                    pending = None
                    glue = _glue(tail, text, after)
                    grow(" " if glue is None else glue, block)
                    continue
                close()
                blocks[out] = pending
                out += 1
                tail, end, pending = pending.text[-_TAIL:], pending.last, None
            glue = _glue(tail, text, after)
            if glue is not None:
                grow(glue, block)
                continue
            if (text.count(" ") < _FRAGMENT_WORDS and not _lower(text)
                    and _mid_sentence(tail)):
                pending = block
                continue
        elif pending is not None:
            close()
            blocks[out] = pending
            out += 1
            pending = None
        close()
        blocks[out] = block
        out += 1
        tail, end = text[-_TAIL:], block.last
    if pending is not None:
        close()
        blocks[out] = pending
        out += 1
    close()
    del blocks[out:]


def _without_markup(blocks: list[Block], records: list[Record],
                    strip: Callable[[str], str],
                    heading: re.Pattern[str] | None = None) -> list[Block]:
    """The blocks with their mark-up taken out by ``strip`` (Markdown's syntax, a lynx dump's
    link numbers: see :mod:`._markdown`); a block left with no text is recorded as mark-up.
    The gap before a block that goes is carried to the next one. A block whose line matches
    ``heading`` (Markdown's top-level "# Headline") is a ``heading``."""
    out: list[Block] = []
    carry = 0
    for block in blocks:
        text = strip(block.text)
        if not text:
            records.append(Record("text.markup", CODE_RULES["text.markup"], block.lines,
                                  block.text, cleaner="read"))
            carry = max(carry, block.gap_before)
            continue
        top = heading is not None and heading.match(block.text) is not None
        if text != block.text or carry or top:
            block = replace(block, text=text, gap_before=max(block.gap_before, carry),
                            kind="heading" if top else block.kind)
            carry = 0
        out.append(block)
    return out


#: a Markdown top-level heading ("# Storm hits coast", not "## Section"): the page's h1
_H1 = re.compile(r"\s{0,3}#[ \t]+[^\s#]")


def read(source: object) -> Document:
    """Read any accepted input into a Document (see :data:`ACCEPTED`)."""
    if isinstance(source, (bytes, bytearray, memoryview)):
        source = decode(bytes(source))
    if isinstance(source, str):
        text = repair(source)
        if looks_like_html(text):
            return read_html(text)
        return read_text(text)
    try:
        from bs4 import Tag
    except ImportError:  # pragma: no cover - bs4 is a dependency
        Tag = ()  # type: ignore[assignment,misc]
    if isinstance(source, Tag):
        return read_html(source)
    raise TypeError(f"newsclean.clean() expected {ACCEPTED}; got {type(source).__name__}")


def read_html(source: object) -> Document:
    """Read HTML (a string, or a bs4 BeautifulSoup/Tag): render it as lines, read them."""
    (lines, meta), hints = _html.parse(source)
    doc = read_text("\n".join(lines), html=True, meta=meta)
    return Document(doc.blocks, doc.records, html=True, hints=tuple(hints))


def render_html(source: object) -> str:
    """The text rendition of HTML (str, bytes or a bs4 Tag) that line numbers refer to."""
    if isinstance(source, (bytes, bytearray)):
        source = repair(decode(bytes(source)))
    (lines, _), _ = _html.parse(source)
    return "\n".join(lines)
