"""Smoke test of ``racebot bench`` at N=200: the report is complete and answers are mostly right."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from bot.bench import FIELDS, check_targets, format_table, judge, run_bench


def test_judge_scores_like_the_eval_script() -> None:
    q = {"any": ["3e", "derde", "third"], "not": ["Norris won"]}
    assert judge(q, "answered", "Pérez werd derde (P3).") == "right"
    assert judge(q, "answered", "Pérez werd 13e.") == "wrong"
    assert judge(q, "unknown", "Weet ik niet.") == "missed"
    assert judge({"all": ["Perez"]}, "answered", "Sainz botste met Pérez.") == "right"
    assert judge({"none": True}, "answered", "x") == "hallucinated"
    assert judge({"none": True}, "unknown", "x") == "abstained"
    assert judge(q, "answered", "derde " * 80) == "wrong"


def test_bench_200(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "bench.json"
    assert run_bench([200], 200, 7, out) == 0
    table = capsys.readouterr().out
    assert "ask p50 (ms)" in table and "N=200" in table
    payload = json.loads(out.read_text())
    (r,) = payload["results"]
    for key, _, _ in FIELDS:
        assert key in r, key
        assert isinstance(r[key], (int, float)) and math.isfinite(r[key]), key
    assert r["n"] == 200 and r["articles"] == 200 and r["failed"] == 0
    assert r["questions"] == 200 and r["questions_timed"] >= 200
    assert r["sentences"] > 0 and r["facts"] > 0 and r["db_mb"] > 0 and r["peak_rss_mb"] > 0
    assert r["naive_questions"] > 0 and r["fts_p50_ms"] > 0 and r["ask_p50_ms"] > 0
    assert r["right"] + r["wrong"] + r["missed"] == r["answerable"]
    assert r["abstained"] + r["hallucinated"] == r["questions"] - r["answerable"]
    assert r["accuracy"] >= 0.6
    assert r["wrong"] + r["hallucinated"] <= 0.15 * r["questions"]
    assert [t for t, _ in check_targets(r)]
    assert "targets:" in format_table([r])
