"""The cleaners, one module per boilerplate family, and the default pipeline.

A cleaner is a ``Callable[[Document], Document]``. ``DEFAULT_PIPELINE`` is a plain tuple:
customise it with tuple operations, e.g. ``tuple(c for c in DEFAULT_PIPELINE if c is not
drop_non_content)`` or ``DEFAULT_PIPELINE + (my_cleaner,)``.
"""

from __future__ import annotations

from .ads import drop_ad_labels
from .chrome import drop_code_lines, drop_header_chrome, drop_html_chrome, drop_site_chrome
from .comments import drop_comment_threads, mark_comment_threads
from .content import DropNonContent, drop_non_content
from .credits import extract_captions, extract_gallery_captions
from .footer import drop_footer_lines
from .late import drop_late_furniture
from .metadata import (
    drop_date_lines,
    extract_attribution,
    extract_byline,
    extract_byline_over_article,
    extract_dateline,
    extract_published,
    extract_published_over_article,
    extract_title,
    extract_title_over_article,
)
from .prompts import drop_reader_prompts
from .related import drop_related_items, drop_related_links
from .sponsors import drop_sponsor_blocks
from .widgets import drop_share_widgets

DEFAULT_PIPELINE = (
    # The headline first: it splits the page into header and body, which the next steps use.
    extract_title,
    # The date nearest the headline (and an aggregator's source name above it) before the
    # header chrome step drops the other dates up there.
    extract_published,
    drop_header_chrome,
    # Reader comment threads are found while their reply buttons and dates are still there
    # (the families take those one line at a time), and leave after the content decision.
    mark_comment_threads,
    # Families that are recognised by their own words, wherever they stand. Share widgets,
    # prompts and related links go before captions: "Share on Twitter" over "Twitter" is a
    # share bar, not a caption and its credit.
    drop_sponsor_blocks,
    drop_ad_labels,
    drop_share_widgets,
    drop_reader_prompts,
    drop_related_links,
    # Captions before chrome and dates: a credit line like "Name / Getty Images" looks like a
    # breadcrumb, and an image description may end in a date.
    extract_captions,
    extract_byline,
    extract_attribution,
    drop_date_lines,
    drop_html_chrome,
    drop_site_chrome,
    drop_footer_lines,
    # What no family claimed is judged by its shape and position.
    drop_non_content,
    drop_comment_threads,
    drop_related_items,
    # Script text the model kept (it reads the page with those lines in place).
    drop_code_lines,
    # A slideshow found with the captions, read by the content decision as part of the page.
    extract_gallery_captions,
    # The furniture whose early removal changed how the model read the lines around it; after
    # the slideshow, so that a control the slideshow's step leaves in the body goes too.
    drop_late_furniture,
    # A page whose top held no story (a browser's body text under long menus): its headline,
    # date and byline, over the article the decision kept.
    extract_title_over_article,
    extract_published_over_article,
    extract_byline_over_article,
    # Last, on the body the content decision kept: the dateline that opens its first paragraph.
    extract_dateline,
)

__all__ = [
    "DEFAULT_PIPELINE",
    "DropNonContent",
    "drop_comment_threads",
    "mark_comment_threads",
    "drop_ad_labels",
    "drop_code_lines",
    "drop_date_lines",
    "drop_footer_lines",
    "drop_header_chrome",
    "drop_html_chrome",
    "drop_late_furniture",
    "drop_non_content",
    "drop_reader_prompts",
    "drop_related_items",
    "drop_related_links",
    "drop_share_widgets",
    "drop_site_chrome",
    "drop_sponsor_blocks",
    "extract_attribution",
    "extract_byline",
    "extract_byline_over_article",
    "extract_captions",
    "extract_dateline",
    "extract_gallery_captions",
    "extract_published",
    "extract_published_over_article",
    "extract_title",
    "extract_title_over_article",
]
