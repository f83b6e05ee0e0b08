"""clean(): read, run the pipeline, build the Article."""

from __future__ import annotations

import gc

from ._models import Article
from ._pipeline import Pipeline, build_article, run
from ._readers import read
from .cleaners import DEFAULT_PIPELINE


def clean(source: object, *, pipeline: Pipeline = DEFAULT_PIPELINE) -> Article:
    """Clean one scraped page.

    ``source`` is the page's text or HTML as ``str``, its raw ``bytes`` (any common encoding;
    BOMs and declared charsets are honoured, cp1252 is the fallback), or a parsed bs4
    ``BeautifulSoup``/``Tag``. Anything else raises ``TypeError``. Never raises on content.

    For a large input (over ``LARGE_INPUT`` characters or bytes) the cyclic garbage collector
    is paused while it runs, and restored as it was: cleaning creates no reference cycles, and
    the collector's repeated passes over millions of live blocks and records made a 4 MB input
    take 1.7 times as long. Pages of ordinary size leave the collector alone.
    """
    if isinstance(source, (str, bytes, bytearray)) and len(source) > LARGE_INPUT and gc.isenabled():
        gc.disable()
        try:
            return build_article(run(read(source), pipeline))
        finally:
            gc.enable()
    return build_article(run(read(source), pipeline))


#: inputs longer than this are cleaned with the cyclic garbage collector paused (see clean())
LARGE_INPUT = 1_000_000


def preload() -> None:
    """Load every rule table, word list and model now rather than on first use.

    The batch CLI calls it before it starts its worker processes, which then inherit the
    loaded tables instead of each compiling them again.
    """
    from . import _rules
    from .cleaners import content

    for family in _rules.families():
        _rules.load(family)
    content._model(False)
    content._model(True)
    clean("Headline\n\nA sentence of the body, long enough to be read as one.\n\nAdvertisement")
