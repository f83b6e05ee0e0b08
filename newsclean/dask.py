"""Clean pages on a Dask cluster (``pip install 'newsclean[dask]'``).

The core never imports Dask; this module does, when you import it.

    from dask.distributed import Client
    import dask.bag as db
    from newsclean.dask import clean_bag

    client = Client("tcp://scheduler:8786")            # or LocalCluster() on one machine
    pages = db.read_text("s3://bucket/pages/*.jsonl").map(json.loads)
    articles = clean_bag(pages, field="text")          # a bag of JSON-ready dicts
    articles.map(json.dumps).to_textfiles("s3://bucket/clean/*.jsonl")

Each output item is ``{"article": {...}}`` (for records, the record's other fields too), or
``{"error": "..."}`` in its place: one bad page never fails the computation.
"""

from __future__ import annotations

from typing import Any

import dask.bag

from ._api import clean
from ._pipeline import Pipeline
from .cleaners import DEFAULT_PIPELINE


def clean_item(item: Any, *, field: str | None = None,
               pipeline: Pipeline = DEFAULT_PIPELINE) -> dict[str, Any]:
    """Clean one page (str/bytes, or a record holding it in ``field``) into a JSON-ready dict."""
    meta: dict[str, Any] = {}
    if field is not None:
        if not isinstance(item, dict):
            return {"error": f"expected a record (dict) holding the page in {field!r}"}
        if field not in item:
            return {**item, "error": f"no field {field!r} in the record"}
        meta = {k: v for k, v in item.items() if k != field}
        item = item[field]
    try:
        return {**meta, "article": clean(item, pipeline=pipeline).model_dump(mode="json")}
    except Exception as exc:  # reported in place; the computation goes on
        return {**meta, "error": f"{type(exc).__name__}: {exc}"}


def clean_bag(bag: dask.bag.Bag, *, field: str | None = None,
              pipeline: Pipeline = DEFAULT_PIPELINE) -> dask.bag.Bag:
    """A lazy bag of cleaned articles, one per page of ``bag``, in the same order."""
    return bag.map(clean_item, field=field, pipeline=pipeline)  # type: ignore[no-any-return,no-untyped-call]
