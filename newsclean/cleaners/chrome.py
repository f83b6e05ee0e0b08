"""Site chrome: navigation, menus, counters, and the header strip above the headline.

- ``drop_site_chrome``: whole lines of a shape body text never has (a lone nav word, a pipe
  menu, a breadcrumb, a number or symbol alone).
- ``drop_header_chrome``: above the headline only, mastheads, stray dates and place names
  (an aggregator's strip); below the headline the same shapes may be text.
- ``drop_code_lines``: script and markup text a text dump let through (after the content
  decision, which was fitted with these lines in place).
- ``drop_html_chrome``: for HTML input, blocks the reader found inside ``<nav>``,
  ``<header>``, ``<footer>``, ``<aside>`` or a form, unless they hold sentences.

>>> from newsclean._readers import read_text
>>> doc = drop_site_chrome(read_text("Home\\n| Remer,MN\\nThe story begins here."))
>>> [b.text for b in doc.blocks]
['The story begins here.']
"""

from __future__ import annotations

from .._dates import is_date_line
from .._document import Block, Document
from .._rules import load
from ._base import DropMatchingLines
from ._shape import body_start, is_sentence

drop_site_chrome = DropMatchingLines("drop_site_chrome", "chrome")
drop_code_lines = DropMatchingLines("drop_code_lines", "code")


def drop_header_chrome(doc: Document) -> Document:
    """Drop masthead, stray-date and place lines that stand above the headline.

    Does nothing when no headline line was found (there is then no header to speak of).
    """
    end = body_start(doc)
    if end is None:
        return doc
    rules = load("header")
    hits: dict[str, list[Block]] = {}
    for block in doc.blocks:
        if block.line >= end:
            break
        if is_date_line(block.text):
            hits.setdefault("header.date", []).append(block)
            continue
        rule = rules.first(block.text)
        if rule is not None:
            hits.setdefault(rule.id, []).append(block)
    for rule_id, blocks in hits.items():
        reason = "site chrome (date above the headline)" if rule_id == "header.date" else \
            rules.get(rule_id).rule.reason
        doc = doc.drop(blocks, rule=rule_id, reason=reason)
    return doc


_CHROME_ZONES = {"nav": "navigation", "header": "page header", "footer": "page footer",
                 "aside": "sidebar", "form": "form"}


def drop_html_chrome(doc: Document) -> Document:
    """Drop blocks inside ``<nav>``, ``<header>``, ``<footer>``, ``<aside>`` and forms.

    Text input has no zones, so this does nothing there. A zone block that reads as a sentence
    (``is_sentence``) is kept: some sites wrap the article in a ``<header>`` or ``<aside>``.
    """
    by_zone: dict[str, list[Block]] = {}
    for block in doc.blocks:
        if block.zone in _CHROME_ZONES and not is_sentence(block.text):
            by_zone.setdefault(block.zone, []).append(block)
    for zone, blocks in by_zone.items():
        doc = doc.drop(blocks, rule=f"html.{zone}", reason=_CHROME_ZONES[zone])
    return doc
