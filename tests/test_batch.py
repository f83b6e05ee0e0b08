from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsclean import clean
from newsclean.__main__ import main

from .conftest import FIXTURES

INPUTS = sorted(FIXTURES.glob("*/input.*"))


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_files_in_input_order(tmp_path: Path, jobs: str) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["batch", *map(str, INPUTS), "-o", str(out), "-j", jobs]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["path"] for r in records] == [str(p) for p in INPUTS]
    for path, record in zip(INPUTS, records):
        assert record["article"] == clean(path.read_bytes()).model_dump(mode="json")


def test_directory_and_glob(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    main(["batch", str(FIXTURES), "-o", str(out), "-j", "1"])
    paths = [json.loads(line)["path"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert set(map(str, INPUTS)) <= set(paths)


def test_jsonl_field_keeps_other_fields_and_reports_bad_records(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join([
        json.dumps({"id": 1, "text": "Home\n\nThe council voted on Tuesday to approve it, they said."}),
        json.dumps({"id": 2}),
        "not json",
        json.dumps({"id": 3, "text": ""}),
    ]) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(src), "--field", "text", "-o", str(out), "-j", "2"]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 4
    assert records[0]["id"] == 1 and "text" not in records[0]
    assert records[0]["article"]["paragraphs"] == [
        "The council voted on Tuesday to approve it, they said."]
    assert "no string field" in records[1]["error"]
    assert "invalid JSON" in records[2]["error"]
    assert records[3]["article"]["paragraphs"] == []


def test_unreadable_file_is_an_error_record(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    main(["batch", str(tmp_path / "missing.txt"), "-o", str(out), "-j", "1"])
    assert "cannot read" in json.loads(out.read_text(encoding="utf-8"))["error"]


@pytest.mark.parametrize("record", [
    {"text": "A page."},                                    # no other field
    {"id": "ü-1", "text": "A page.", "tags": ["a", "b"]},   # non-ASCII, nested values
    {"text": "A page.", "article": "stale"},                # an old article is replaced
])
def test_output_record_is_the_other_fields_plus_the_article(tmp_path: Path, record: dict) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    main(["batch", str(src), "--field", "text", "-o", str(out), "-j", "1"])
    got = json.loads(out.read_text(encoding="utf-8"))
    expected = {k: v for k, v in record.items() if k not in ("text", "article")}
    assert {k: v for k, v in got.items() if k != "article"} == expected
    assert got["article"] == clean(record["text"]).model_dump(mode="json")
