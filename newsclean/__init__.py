"""newsclean: turn the raw text (or HTML) of a scraped news page into a clean Article.

>>> from newsclean import clean
>>> article = clean("Storm hits coast - Daily Planet\\n\\nStorm hits coast\\n\\n"
...     "The storm reached the coast on Tuesday night, flooding roads and homes.\\n\\n"
...     "Advertisement\\n\\n© 2024 Daily Planet. All rights reserved.")
>>> article.title, article.source, article.paragraphs
('Storm hits coast', 'Daily Planet', ['The storm reached the coast on Tuesday night, flooding roads and homes.'])
>>> sorted({r.rule for r in article.removals})
['ads.label', 'footer.copyright', 'title.first_line']
"""

from __future__ import annotations

from . import cleaners
from ._api import clean
from ._models import Article, Caption, Provenance, Removal
from ._pipeline import Pipeline
from .cleaners import DEFAULT_PIPELINE

__version__ = "0.1.0"

__all__ = [
    "DEFAULT_PIPELINE",
    "Article",
    "Caption",
    "Pipeline",
    "Provenance",
    "Removal",
    "clean",
    "cleaners",
]
