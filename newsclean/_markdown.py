"""Markdown input: the text of a page as html2text, markdownify or a crawler's "LLM-ready"
output gives it ("[Home](/)", "![](photo.jpg)", "**bold**", "## Heading", "* item").

The syntax is taken out line by line, so that line numbers stay those of the input: a link
keeps its words and loses its address, an image its whole mark-up, emphasis its stars, a
heading its hashes, a list item its bullet, a quote its ">", and html2text's backslash
escapes their backslash. A line left with no text (an image, a rule, an icon's "__") is
recorded by the reader as mark-up. Scored on the dev pages converted by html2text (links,
images, emphasis, not wrapped): see README.

The other mark-up a text form carries is a terminal browser's: lynx -dump numbers every link
("[12]Home") and lists the addresses under "References" (``looks_like_lynx``,
``strip_link_marks``).
"""

from __future__ import annotations

import re

# bounded classes only: every pattern here runs in linear time on any line
_LINK = r"\[((?:[^\[\]\n]|\[[^\[\]\n]{0,300}\]){0,600})\]"
_TARGET = r"\((?:[^()\s]|\([^()\s]{0,200}\)){0,2000}(?:\s+\"[^\"\n]{0,300}\")?\)"
#: ![alt](src "title"): the whole image goes (an image inside a link: the link's words stay)
_IMAGE = re.compile(r"!\[[^\[\]\n]{0,600}\]" + _TARGET)
#: [words](address "title") -> words; [words][ref] -> words
_INLINE_LINK = re.compile(_LINK + _TARGET)
_REF_LINK = re.compile(_LINK + r"\[[^\[\]\n]{0,100}\]")
#: <https://...> autolinks, and a reference definition "[1]: https://..." (a whole line)
_AUTOLINK = re.compile(r"<(?:https?|ftp|mailto):[^<>\s]{1,2000}>")
_REF_DEF = re.compile(r"^\s{0,3}\[[^\[\]\n]{1,100}\]:\s+\S{1,2000}(?:\s+\"[^\"\n]{0,300}\")?\s*$")
#: "## Heading", "> quote", "* item", "1. item", nested ("*   * ### Trending")
_LEAD = re.compile(r"^(?:\s*(?:#{1,6}(?=\s|$)|>|[*+\-](?=\s)|\d{1,3}[.)](?=\s)))+\s*")
#: "Heading ##" (closing hashes of an ATX heading)
_TRAIL_HASHES = re.compile(r"\s+#{1,6}\s*$")
#: **strong**, __strong__, *em*, _em_ (delimiters that touch a word inside, not "2 * 3")
_STRONG = re.compile(r"(?<!\\)(\*\*|__)(?=\S)([^\n]{0,2000}?[^\s\\])\1")
_EMPHASIS = re.compile(r"(?<![\w*\\])([*_])(?=[^\s*_])([^\n*_]{0,2000}?[^\s*_\\])\1(?![\w*])")
#: a horizontal rule, or what an icon or an empty link leaves ("__", "* * *", "---")
_MARKUP_ONLY = re.compile(r"^[\s*_\-=#>|`~]*$")
#: html2text escapes \[ \] \( \) \* \_ \# \- \. \! \+ \` \\ \| \{ \} \> \<
_ESCAPE = re.compile(r"\\([\[\]()*_#\-.!+`\\|{}<>])")
_SPACES = re.compile(r"\s+")

#: a text is Markdown when it has this many links or images ...
_MIN_LINKS = 3
_LINKISH = re.compile(r"\]\((?:https?:|/|#|mailto:|\.\.?/)")
#: ... or this many ATX headings ("# Title", "## Section"), or list items as html2text prints
#: them (two spaces, a star, a space): what it gives with links and images left out
_MIN_HEADINGS = 2
_MIN_ITEMS = 3
_HEADING_LINE = re.compile(r"^#{1,6}[ \t]+[^\s#]", re.M)
_HTML2TEXT_ITEM = re.compile(r"^  \* \S", re.M)


def looks_like_markdown(text: str) -> bool:
    """Does the text carry Markdown links or images ("](https://", "](/", "](#"), or, with
    those left out (html2text's ``ignore_links``), ATX headings ("## Storm hits coast") or
    html2text's list items ("  * Home")?

    >>> looks_like_markdown("* [Home](/)\\n* [News](/news)\\n\\n![](/a.jpg)\\n\\nText.")
    True
    >>> looks_like_markdown("  * Home\\n  * News\\n\\n# Storm hits coast\\n\\n## Roads closed")
    True
    >>> looks_like_markdown("A price [in brackets] (and a note).\\n# 1 in the charts")
    False
    """
    found = 0
    for _ in _LINKISH.finditer(text, 0, 200_000):
        found += 1
        if found >= _MIN_LINKS:
            return True
    head = text[:200_000]
    headings = 0
    for _ in _HEADING_LINE.finditer(head):
        headings += 1
        if headings >= _MIN_HEADINGS:
            return True
    items = 0
    for _ in _HTML2TEXT_ITEM.finditer(head):
        items += 1
        if items >= _MIN_ITEMS:
            return True
    return False


def strip_markdown(line: str) -> str:
    """One line's text without its Markdown syntax (already stripped of outer spaces).

    >>> strip_markdown("* [**Trump** signs bill](https://ex.com/a \\"Trump\\") _2 hours ago_")
    'Trump signs bill 2 hours ago'
    >>> strip_markdown("## Storm floods \\\\*coastal\\\\* towns ##")
    'Storm floods *coastal* towns'
    >>> strip_markdown("![](https://ex.com/photo.jpg)"), strip_markdown("__")
    ('', '')
    """
    if _REF_DEF.match(line):
        return ""
    text = _LEAD.sub("", line)
    if "#" in text:
        text = _TRAIL_HASHES.sub("", text)
    if "](" in text or "][" in text:
        text = _IMAGE.sub("", text)
        text = _INLINE_LINK.sub(r"\1", text)
        text = _REF_LINK.sub(r"\1", text)
    if "<" in text:
        text = _AUTOLINK.sub("", text)
    if "*" in text or "_" in text:
        text = _STRONG.sub(r"\2", text)
        text = _EMPHASIS.sub(r"\2", text)
        if _MARKUP_ONLY.match(text):
            return ""
    if "\\" in text:
        text = _ESCAPE.sub(r"\1", text)
    if _MARKUP_ONLY.match(text):
        return ""
    return _SPACES.sub(" ", text).strip()


#: lynx -dump: "[12]Home" before each link's words, and "References" over the numbered list of
#: the links' addresses at the end ("  12. https://example.com/")
#: how a link's address starts (the lynx list's, and an address line's in the reader)
ADDRESS_SCHEME = r"(?:https?://|ftp://|file:|mailto:|javascript:)"
_LYNX_LIST = re.compile(
    r"^References[ \t]*\n(?:[ \t]*\n){0,3}(?:[ \t]*Visible links:[ \t]*\n)?[ \t]{0,8}1\.[ \t]+"
    + ADDRESS_SCHEME, re.M)
_LINK_MARK = re.compile(r"\[\d{1,5}\]")


def looks_like_lynx(text: str) -> bool:
    """Is this a terminal browser's dump with its list of link addresses (lynx -dump)?

    >>> looks_like_lynx("   [1]Home [2]News\\n\\nReferences\\n\\n   1. https://ex.com/\\n")
    True
    >>> looks_like_lynx("See the references [1] below.\\n\\nReferences\\n\\n1. Smith, J. (2001)")
    False
    """
    return _LYNX_LIST.search(text) is not None


def strip_link_marks(line: str) -> str:
    """A lynx dump's line without its "[12]" link numbers.

    >>> strip_link_marks("[12]Home [13]News and [14]Sport")
    'Home News and Sport'
    """
    return _SPACES.sub(" ", _LINK_MARK.sub("", line)).strip()

