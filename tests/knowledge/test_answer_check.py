"""``tools/answer_check.py`` on articles written here: right answers agree with the official results, a
result the article gets wrong is counted and shown."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
ERGAST = REPO.parent / "shared" / "data" / "ergast"

ARTICLES = {
    # right: Verstappen won Zandvoort 2021 ahead of Hamilton and Bottas
    "2021-09-zandvoort.txt": (
        "date 2021-09-05\n\nMax Verstappen won de Grand Prix van Nederland voor Lewis Hamilton."
        " Valtteri Bottas werd derde."
    ),
    # wrong on purpose: Norris finished tenth in Zandvoort 2021, not fourth
    "2021-09-zandvoort-wrong.txt": (
        "date 2021-09-06\n\nLando Norris werd vierde in de Grand Prix van Nederland."
    ),
}


@pytest.mark.skipif(not ERGAST.is_dir(), reason="../shared/data/ergast not available")
def test_answer_check_counts_what_disagrees(tmp_path: Path) -> None:
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "tools/answer_check.py", str(tmp_path), "--results", str(ERGAST)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    *shown, total = proc.stdout.strip().splitlines()
    assert total.endswith("disagree with the official results")
    assert "6 compared, 2 disagree" in total, proc.stdout  # his place, and who was fourth
    assert any("norris" in line and "official P10" in line for line in shown), proc.stdout
    assert not any("verstappen" in line.lower().split("|")[0] for line in shown), proc.stdout


def test_answer_check_refuses_a_missing_folder(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "tools/answer_check.py", str(tmp_path / "none")],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 2 and "no folder" in proc.stderr
