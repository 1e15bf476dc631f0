"""End-to-end: the ``eval`` command answers a question file and ``score.py`` grades it.

The dev set lives outside the repository (``../shared/eval``); those tests skip when it is absent.
The bundled set (``knowledge/articles`` + ``tests/knowledge/data/sample_questions.jsonl``) always runs.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from knowledge.twofold import split_question

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
DEV = SHARED / "eval" / "dev"
SCORE = SHARED / "eval" / "score.py"
BUNDLED_ARTICLES = REPO / "knowledge" / "articles"
BUNDLED_QUESTIONS = REPO / "tests" / "knowledge" / "data" / "sample_questions.jsonl"
# Written blind to the parser, in the dev set's style: the closest stand-in for unseen articles.
DEVSTYLE = REPO / "tests" / "knowledge" / "data" / "devstyle"

_SCORE_RE = re.compile(
    r"accuracy (\d+)% \((\d+)/(\d+) answerable right\), precision (\d+)%, wrong (\d+), "
    r"missed (\d+), hallucinated (\d+)/(\d+) unanswerable"
)

needs_shared = pytest.mark.skipif(
    not (DEV / "questions.jsonl").is_file() or not SCORE.is_file(),
    reason="../shared/eval (dev set and score.py) not available",
)


def run_eval(articles: Path, questions: Path, output: Path) -> list[dict[str, object]]:
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "bot",
            "eval",
            "--articles",
            str(articles),
            "--questions",
            str(questions),
            "--output",
            str(output),
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert "skipped" not in proc.stderr, proc.stderr  # every article loaded
    lines = [json.loads(x) for x in output.read_text(encoding="utf-8").splitlines() if x.strip()]
    n_questions = sum(1 for x in questions.read_text(encoding="utf-8").splitlines() if x.strip())
    assert len(lines) == n_questions
    return lines


def score(questions: Path, answers: Path) -> dict[str, float]:
    proc = subprocess.run(
        [sys.executable, str(SCORE), str(questions), str(answers), "--verbose"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    m = _SCORE_RE.search(proc.stdout)
    assert m, proc.stdout + proc.stderr
    assert "NO ANSWER LINE" not in proc.stdout
    _acc, right, answerable, prec, wrong, missed, halluc, unanswerable = (int(g) for g in m.groups())
    return {
        "accuracy": right / answerable if answerable else 1.0,
        "precision": prec / 100,
        "wrong": wrong,
        "missed": missed,
        "hallucinated": halluc,
        "unanswerable": unanswerable,
        "report": proc.stdout,
    }  # type: ignore[dict-item]


def check_answer_lines(lines: list[dict[str, object]]) -> None:
    for line in lines:
        assert line["status"] in ("answered", "unknown")
        assert isinstance(line["answer"], str) and len(line["answer"]) < 300
        if line["status"] == "answered":
            assert line["sources"], line
        elif split_question(str(line["question"])) is None:
            # (half of a question of two parts answered keeps its sources: the reply is not all unknown)
            assert line["sources"] == [], line


@needs_shared
def test_dev_set(tmp_path: Path) -> None:
    out = tmp_path / "dev-answers.jsonl"
    lines = run_eval(DEV / "articles", DEV / "questions.jsonl", out)
    check_answer_lines(lines)
    result = score(DEV / "questions.jsonl", out)
    assert result["wrong"] == 0, result["report"]
    assert result["hallucinated"] == 0, result["report"]
    assert result["accuracy"] >= 0.90, result["report"]


@needs_shared
def test_devstyle_set(tmp_path: Path) -> None:
    out = tmp_path / "devstyle-answers.jsonl"
    lines = run_eval(DEVSTYLE / "articles", DEVSTYLE / "questions.jsonl", out)
    check_answer_lines(lines)
    result = score(DEVSTYLE / "questions.jsonl", out)
    assert result["wrong"] == 0, result["report"]
    assert result["hallucinated"] == 0, result["report"]
    assert result["accuracy"] >= 0.80, result["report"]


@needs_shared
def test_bundled_set(tmp_path: Path) -> None:
    out = tmp_path / "sample-answers.jsonl"
    lines = run_eval(BUNDLED_ARTICLES, BUNDLED_QUESTIONS, out)
    check_answer_lines(lines)
    result = score(BUNDLED_QUESTIONS, out)
    assert result["hallucinated"] == 0, result["report"]
    assert result["precision"] >= 0.90, result["report"]


def test_bundled_set_never_hallucinates_without_shared(tmp_path: Path) -> None:
    """Without score.py: the unanswerable bundled questions ("none": true) must come back "unknown"."""
    out = tmp_path / "sample-answers.jsonl"
    lines = run_eval(BUNDLED_ARTICLES, BUNDLED_QUESTIONS, out)
    check_answer_lines(lines)
    by_id = {str(x["id"]): x for x in lines}
    for raw in BUNDLED_QUESTIONS.read_text(encoding="utf-8").splitlines():
        if raw.strip() and (q := json.loads(raw)).get("none"):
            assert by_id[q["id"]]["status"] == "unknown", (q, by_id[q["id"]])
