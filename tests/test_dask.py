"""The Dask path on a real dask.distributed LocalCluster (two worker processes)."""

from __future__ import annotations

import pytest

dask_bag = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("dask.distributed")

from newsclean import clean  # noqa: E402
from newsclean.dask import clean_bag  # noqa: E402

from .conftest import FIXTURES  # noqa: E402

PAGES = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*/input.*"))]


@pytest.mark.slow
def test_clean_bag_on_local_cluster() -> None:
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client:
        records = [{"id": i, "text": page} for i, page in enumerate(PAGES)] + [{"id": 99}]
        bag = dask_bag.from_sequence(records, npartitions=3)
        results = clean_bag(bag, field="text").compute(scheduler=client.get)
    assert [r["id"] for r in results] == list(range(len(PAGES))) + [99]
    for page, result in zip(PAGES, results):
        assert result["article"] == clean(page).model_dump(mode="json")
    assert "no field 'text'" in results[-1]["error"]


def test_core_does_not_import_dask() -> None:
    import subprocess
    import sys

    code = "import sys, newsclean; newsclean.clean('x'); print('dask' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
