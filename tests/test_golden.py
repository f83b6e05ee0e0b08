"""Golden fixtures: each fixtures/<case>/ holds input.txt or input.html and expected.json.

expected.json = {"meta": {"label", "comment", "expect": "pass"|"fail"}, "article": ...} where
article is Article.model_dump(mode="json"), removals included, so a diff shows what was
removed and by which rule. `pytest --update-golden` rewrites the article part; review the diff.
Known failures (expect = "fail") run as xfail(strict=True).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsclean import clean

from .conftest import FIXTURES

CASES = sorted(p for p in FIXTURES.iterdir() if (p / "expected.json").exists())


def _input(case: Path) -> bytes:
    for name in ("input.txt", "input.html"):
        if (case / name).exists():
            return (case / name).read_bytes()
    raise FileNotFoundError(case)


def _params() -> list[object]:
    out = []
    for case in CASES:
        meta = json.loads((case / "expected.json").read_text(encoding="utf-8"))["meta"]
        marks = []
        if meta.get("expect") == "fail":
            marks.append(pytest.mark.xfail(strict=True, reason=meta.get("comment", "")))
        out.append(pytest.param(case, id=case.name, marks=marks))
    return out


@pytest.mark.parametrize("case", _params())
def test_golden(case: Path, update_golden: bool) -> None:
    path = case / "expected.json"
    expected = json.loads(path.read_text(encoding="utf-8"))
    got = clean(_input(case)).model_dump(mode="json")
    if update_golden and expected["meta"].get("expect") != "fail":
        expected["article"] = got
        path.write_text(json.dumps(expected, ensure_ascii=False, indent=2) + "\n",
                        encoding="utf-8")
        return
    assert got == expected["article"]


def test_every_fixture_has_meta() -> None:
    assert CASES, "no golden fixtures found"
    for case in CASES:
        meta = json.loads((case / "expected.json").read_text(encoding="utf-8"))["meta"]
        assert set(meta) >= {"label", "comment", "expect"}, case.name
        assert meta["expect"] in ("pass", "fail"), case.name
