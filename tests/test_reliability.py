"""Determinism, thread safety, purity (no network, no file writes) and linear scaling."""

from __future__ import annotations

import builtins
import socket
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from newsclean import clean

from .conftest import FIXTURES

PAGES = [p.read_bytes() for p in sorted(FIXTURES.glob("*/input.*"))]


def test_deterministic() -> None:
    assert [clean(p) for p in PAGES] == [clean(p) for p in PAGES]


def test_eight_threads_get_identical_results() -> None:
    expected = [clean(p).model_dump() for p in PAGES]
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda p: clean(p).model_dump(), PAGES * 8))
    assert results == expected * 8


def test_no_network_and_no_file_writes(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_socket(*args: object, **kwargs: object) -> None:
        raise AssertionError("clean() opened a socket")

    real_open = builtins.open

    def read_only_open(file: object, mode: str = "r", *args: object, **kwargs: object) -> object:
        if any(c in mode for c in "wax+"):
            raise AssertionError(f"clean() opened {file!r} for writing")
        return real_open(file, mode, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(socket, "socket", no_socket)
    monkeypatch.setattr(socket, "create_connection", no_socket)
    monkeypatch.setattr(builtins, "open", read_only_open)
    monkeypatch.setattr(Path, "write_text", no_socket)
    monkeypatch.setattr(Path, "write_bytes", no_socket)
    for page in PAGES:
        clean(page)


def _best_time(text: str, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        clean(text)
        best = min(best, time.perf_counter() - t0)
    return best


@pytest.mark.slow
@pytest.mark.parametrize("unit", [
    (FIXTURES / "text-page-with-chrome" / "input.txt").read_text(encoding="utf-8"),
    "line of text\n",
    "A sentence of a long single line that goes on. ",
])
def test_doubling_the_input_about_doubles_the_time(unit: str) -> None:
    """A ratio, not an absolute time: linear cost shows as ~2x, quadratic as ~4x."""
    small = unit * max(1, 100_000 // len(unit))
    ratios = []
    for _ in range(3):  # this machine's timing is noisy: the best of three attempts counts
        ratios.append(_best_time(small * 2) / _best_time(small))
        if ratios[-1] < 3.0:
            break
    assert min(ratios) < 3.0, ratios


@pytest.mark.parametrize("enabled", [True, False])
def test_large_input_leaves_the_garbage_collector_as_it_was(enabled: bool) -> None:
    """clean() pauses the cyclic collector for a large input and restores the caller's state."""
    import gc

    from newsclean._api import LARGE_INPUT

    text = ("The council met on Tuesday to discuss the budget for next year.\n\n"
            * (LARGE_INPUT // 60 + 1))
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        article = clean(text)
        assert gc.isenabled() is enabled
        assert article.paragraphs
    finally:
        gc.enable() if was else gc.disable()
