"""The speed benchmark runs (a smoke test on three pages: figures are not checked here)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from .conftest import CORPUS, ROOT

pytestmark = [pytest.mark.corpus, pytest.mark.skipif(
    not (CORPUS / "dev.jsonl").exists(), reason="../shared/corpus not present")]


def test_speed_benchmark_runs_on_a_few_pages() -> None:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "speed.py"), "--corpus", str(CORPUS),
         "--limit", "3", "--no-scaling"],
        capture_output=True, text=True, check=True, cwd=ROOT, timeout=300)
    assert "newsclean, text" in proc.stdout and "newsclean, HTML" in proc.stdout
    assert "batch CLI" in proc.stdout
