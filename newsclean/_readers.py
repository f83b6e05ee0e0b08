"""Input -> Document: decoding, mojibake repair, the text reader and the HTML reader.

This is the only module that imports bs4. Both readers produce the same thing: a rendition of
the page as lines, and one :class:`Block` per non-blank line with its 1-based line number in
that rendition. For text input the rendition *is* the input (after decoding); for HTML it is the
visible text, one block element per line, and each block keeps the element's source line and
the page region it sits in (``zone``: nav, aside, footer, ...), which shared cleaners may use.
"""

from __future__ import annotations

import codecs
import json
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import ftfy

from ._document import Block, Document, Record

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
    if text.isascii() or not _MOJIBAKE_HINT.search(text):
        return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)
    return ftfy.fix_text(text, FTFY_CONFIG)


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
    return head.lstrip()[:1] == "<" and len(_TAG.findall(head)) >= 10


def _normalize_line(line: str) -> str:
    return " ".join(line.split())


def read_text(text: str, *, html: bool = False,
              meta: list[LineMeta | None] | None = None) -> Document:
    """Split a text rendition into one block per non-blank line.

    Lines that held only invisible characters are recorded as removed, so that every line that
    was not blank in the input is accounted for.
    """
    has_invisible = _INVISIBLE.search(text) is not None
    blocks: list[Block] = []
    records: list[Record] = []
    gap = 0
    for number, raw in enumerate(text.splitlines(), start=1):
        line = _INVISIBLE.sub("", raw) if has_invisible else raw
        norm = _normalize_line(line)
        if not norm:
            if raw.strip():
                records.append(Record("text.invisible", "only invisible or control characters",
                                      (number, number), repr(raw[:200]), cleaner="read"))
            gap += 1
            continue
        info = meta[number - 1] if meta is not None and number <= len(meta) else None
        if info is None:
            blocks.append(Block(norm, (number, number), gap_before=gap if blocks else 1))
        else:
            blocks.append(Block(
                norm, (number, number), kind=info.kind,  # type: ignore[arg-type]
                gap_before=gap if blocks else 1, sourceline=info.sourceline, zone=info.zone,
                region=info.region, link_share=info.link_share,
            ))
        gap = 0
    return Document(tuple(blocks), tuple(records), html=html)


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
        return read_soup(source)
    raise TypeError(f"newsclean.clean() expected {ACCEPTED}; got {type(source).__name__}")


# ---------------------------------------------------------------------------------------------
# HTML

_SKIP = frozenset(
    "script style noscript template svg math iframe object embed canvas title select option "
    "button input textarea audio video source track map".split()
)
_BLOCK = frozenset(
    "address article aside blockquote dd details dialog div dl dt fieldset figcaption figure "
    "footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section summary table "
    "tbody thead tfoot tr td th ul br caption center body html title".split()
)
_PARAGRAPH = frozenset("p h1 h2 h3 h4 h5 h6 blockquote pre figure table ul ol title".split())
_ZONE_TAGS = {"nav": "nav", "aside": "aside", "footer": "footer", "header": "header",
              "form": "form", "figcaption": "caption", "menu": "nav"}
_ZONE_ROLES = {"navigation": "nav", "banner": "header", "contentinfo": "footer",
               "complementary": "aside", "search": "form"}
_KIND = {"h1": "heading", "h2": "heading", "h3": "heading", "h4": "heading", "h5": "heading",
         "h6": "heading", "li": "list_item", "figcaption": "caption", "p": "paragraph"}
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def _is_hidden(tag: Any) -> bool:
    attrs = tag.attrs
    if not attrs:
        return False
    if "hidden" in attrs or str(attrs.get("aria-hidden", "")).lower() == "true":
        return True
    style = attrs.get("style")
    return isinstance(style, str) and _HIDDEN_STYLE.search(style[:500]) is not None


def _parse(text: str) -> Any:
    from bs4 import BeautifulSoup

    return BeautifulSoup(text, "html.parser")


def read_html(text: str) -> Document:
    """Parse HTML and render it as lines, then read those lines as blocks."""
    return read_soup(_parse(text))


def _meta_hints(soup: Any) -> list[tuple[str, str]]:
    hints: list[tuple[str, str]] = []
    title = soup.find("title") if hasattr(soup, "find") else None
    if title is not None and title.get_text(strip=True):
        hints.append(("html_title", " ".join(title.get_text().split())))
    for meta in soup.find_all("meta") if hasattr(soup, "find_all") else ():
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "")
        content = meta.get("content")
        if not isinstance(key, str) or not isinstance(content, str) or not content.strip():
            continue
        key = key.lower()
        if key in ("og:title", "twitter:title"):
            hints.append(("meta_title", " ".join(content.split())))
        elif key in ("article:published_time", "datepublished", "pubdate", "date",
                     "dc.date", "og:published_time", "sailthru.date", "parsely-pub-date"):
            hints.append(("published", content.strip()))
        elif key in ("author", "article:author", "byl", "dc.creator", "parsely-author"):
            if not content.startswith("http"):
                hints.append(("author", " ".join(content.split())))
        elif key in ("og:site_name", "application-name"):
            hints.append(("site_name", " ".join(content.split())))
    for script in soup.find_all("script", type="application/ld+json") if hasattr(soup, "find_all") else ():
        try:
            data = json.loads(script.string or "")
        except (ValueError, TypeError, RecursionError):
            continue
        for item in _ld_items(data):
            kind = item.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            if not any(isinstance(k, str) and k.endswith(("Article", "BlogPosting", "Report"))
                       for k in kinds):
                continue
            if isinstance(item.get("headline"), str):
                hints.append(("meta_title", " ".join(item["headline"].split())))
            if isinstance(item.get("datePublished"), str):
                hints.append(("published", item["datePublished"]))
            author = item.get("author")
            for a in author if isinstance(author, list) else [author]:
                name = a.get("name") if isinstance(a, dict) else a
                if isinstance(name, str) and name.strip():
                    hints.append(("author", " ".join(name.split())))
            publisher = item.get("publisher")
            if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
                hints.append(("site_name", publisher["name"].strip()))
    return hints


def _ld_items(data: Any) -> Iterator[dict[str, Any]]:
    stack = [data]
    seen = 0
    while stack and seen < 200:
        item = stack.pop()
        seen += 1
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            yield item
            graph = item.get("@graph")
            if isinstance(graph, list):
                stack.extend(graph)


def render_html(source: object) -> str:
    """The text rendition of HTML (str, bytes or a bs4 Tag) that line numbers refer to."""
    if isinstance(source, (bytes, bytearray)):
        source = repair(decode(bytes(source)))
    root = _parse(source) if isinstance(source, str) else source
    return "\n".join(_render(root)[0])


def read_soup(root: Any) -> Document:
    """Read a parsed page (or any Tag): render it as lines, then read those as blocks."""
    lines, meta = _render(root)
    doc = read_text("\n".join(lines), html=True, meta=meta)
    hints = _meta_hints(root)
    return Document(doc.blocks, doc.records, html=True, hints=tuple(hints))


@dataclass(frozen=True, slots=True)
class LineMeta:
    """What the HTML reader knows of one rendered line (see Block)."""

    zone: str | None
    region: str | None
    kind: str
    sourceline: int | None
    link_share: float


# class and id words that name a page region; a soft cue (a feature), not a hard drop
_REGION_WORDS = {
    "nav": "nav", "navbar": "nav", "menu": "nav", "breadcrumb": "nav", "breadcrumbs": "nav",
    "masthead": "nav", "topbar": "nav", "header": "nav",
    "sidebar": "aside", "related": "aside", "recommended": "aside", "recommendations": "aside",
    "trending": "aside", "popular": "aside", "promo": "aside", "widget": "aside",
    "rail": "aside", "outbrain": "aside", "taboola": "aside", "teaser": "aside",
    "footer": "footer", "copyright": "footer", "comments": "comments", "comment": "comments",
    "disqus": "comments", "share": "share", "sharing": "share", "social": "share",
    "advert": "ad", "advertisement": "ad", "ads": "ad", "ad": "ad", "sponsored": "ad",
    "newsletter": "prompt", "subscribe": "prompt", "paywall": "prompt", "cookie": "prompt",
    "article": "main", "story": "main", "content": "main", "entry": "main", "post": "main",
    "body": "main", "main": "main", "text": "main", "articlebody": "main",
}
_CLASS_SPLIT = re.compile(r"[\s_\-:]+")


def _region_of(tag: Any) -> str | None:
    names = []
    for attr in ("class", "id"):
        value = tag.attrs.get(attr) if tag.attrs else None
        if isinstance(value, list):
            names.extend(value)
        elif isinstance(value, str):
            names.append(value)
    for name in names[:8]:
        for word in _CLASS_SPLIT.split(name.lower())[:8]:
            region = _REGION_WORDS.get(word)
            if region is not None:
                return region
    return None


def _render(root: Any) -> tuple[list[str], list[LineMeta | None]]:
    """Render a parsed page as lines, iteratively (no recursion limit on deep nesting)."""
    from bs4 import Comment, NavigableString, Tag
    from bs4.element import CData, Declaration, Doctype, ProcessingInstruction

    skip_strings = (Comment, CData, Declaration, Doctype, ProcessingInstruction)
    lines: list[str] = []
    meta: list[LineMeta | None] = []
    current: list[str] = []
    link_chars = [0]
    first: list[Any] = [None]  # (zone, region, kind, sourceline) of the line's first text
    zone_stack: list[str | None] = [None]
    region_stack: list[str | None] = [None]
    kind_stack: list[str] = ["unknown"]
    link_depth = [0]

    def flush(blank: bool) -> None:
        raw = "".join(current)
        text = " ".join(raw.split())
        current.clear()
        if text:
            zone, region, kind, line = first[0]
            share = min(1.0, link_chars[0] / max(1, len(raw.strip())))
            lines.append(text)
            meta.append(LineMeta(zone, region, kind, line, share))
        first[0] = None
        link_chars[0] = 0
        if blank and lines and lines[-1] != "":
            lines.append("")
            meta.append(None)

    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:
        node, exiting = stack.pop()
        if exiting:
            name = node.name
            if name in _BLOCK:
                flush(blank=name in _PARAGRAPH)
            if name == "a":
                link_depth[0] -= 1
            zone_stack.pop()
            region_stack.pop()
            kind_stack.pop()
            continue
        if isinstance(node, NavigableString):
            if isinstance(node, skip_strings):
                continue
            text = str(node)
            if first[0] is None and text.strip():
                first[0] = (zone_stack[-1], region_stack[-1], kind_stack[-1],
                            getattr(node.parent, "sourceline", None))
            if link_depth[0]:
                link_chars[0] += len(text.strip())
            current.append(text)
            continue
        if not isinstance(node, Tag):
            continue
        name = node.name
        if name in _SKIP or _is_hidden(node):
            continue
        if name == "br":
            flush(blank=False)
            continue
        if name in _BLOCK:
            flush(blank=name in _PARAGRAPH)
        if name == "a":
            link_depth[0] += 1
        zone = _ZONE_TAGS.get(name) or _ZONE_ROLES.get(str(node.get("role", "")).lower())
        zone_stack.append(zone or zone_stack[-1])
        region_stack.append(_region_of(node) or region_stack[-1])
        kind_stack.append(_KIND.get(name, kind_stack[-1]))
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(node.contents))
    flush(blank=False)
    return lines, meta
