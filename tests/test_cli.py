from __future__ import annotations

import json
import subprocess
import sys

import pytest

from newsclean.__main__ import main

from .conftest import FIXTURES

SEED = FIXTURES / "seed-aggregator-nypost" / "input.txt"


def test_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(SEED)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["title"].startswith("Putin meets China")
    assert len(out["paragraphs"]) == 23


@pytest.mark.parametrize("fmt,needle", [("text", "Putin meets China"), ("markdown", "# Putin meets")])
def test_formats(fmt: str, needle: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--format", fmt, str(SEED)]) == 0
    assert needle in capsys.readouterr().out


def test_explain_lists_every_nonblank_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--explain", str(SEED)]) == 0
    out = capsys.readouterr().out.splitlines()
    nonblank = [line for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(out) == len(nonblank)
    assert "DROP ads.label" in out[23 - 2 - 1] or any("DROP ads.label" in line for line in out)
    assert not any(" ? " in line[:50] for line in out)


def test_stdin_and_module_entry() -> None:
    proc = subprocess.run([sys.executable, "-m", "newsclean", "-"], input=SEED.read_bytes(),
                          capture_output=True, check=True)
    assert json.loads(proc.stdout)["source"] == "New York Post"


def test_missing_file() -> None:
    with pytest.raises(SystemExit) as exc:
        main(["/nonexistent/file.txt"])
    assert exc.value.code == 2


def test_explain_and_markdown_show_a_dateline(tmp_path: object, capsys: pytest.CaptureFixture[str]) -> None:
    from pathlib import Path

    page = Path(str(tmp_path)) / "wire.txt"
    page.write_text("Talks go on\n\nMOSCOW (AP) — Russian officials said on Monday that the talks "
                    "would go on for a week.\n\nOfficials said more talks were planned for next "
                    "week in the capital city.\n", encoding="utf-8")
    assert main(["--explain", str(page)]) == 0
    assert "KEEP but → dateline (dateline.prefix)  MOSCOW (AP)" in capsys.readouterr().out
    assert main(["--format", "markdown", str(page)]) == 0
    assert "*MOSCOW (AP)*" in capsys.readouterr().out
