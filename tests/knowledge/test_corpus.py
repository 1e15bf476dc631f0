"""The benchmark corpus generator: deterministic by seed, and its questions follow the hidden truth."""

from __future__ import annotations

import re
from pathlib import Path

from knowledge.corpus import CAUSE_WORDS, WIN_WORDS, build, generate, ordinal_forms
from knowledge.reference import load_reference


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    q1 = generate(120, 3, tmp_path / "a")
    q2 = generate(120, 3, tmp_path / "b")
    assert q1 == q2
    a, b = _files(tmp_path / "a"), _files(tmp_path / "b")
    assert len(a) == 120
    assert a == b
    q3 = generate(120, 4, tmp_path / "c")
    assert _files(tmp_path / "c") != a or q3 != q1


def test_articles_have_a_date_header_and_paragraphs() -> None:
    corpus = build(60, 1)
    langs = set()
    for name, text in corpus.articles:
        assert re.match(r"date \d{4}-\d{2}-\d{2}\n", text), name
        assert "\n\n" in text or "review" in name
        langs.add("en" if name.endswith("-en.txt") else "nl" if name.endswith("-nl.txt") else "review")
    assert {"nl", "en", "review"} <= langs


def test_truth_is_one_consistent_result_per_driver_and_race() -> None:
    truth = build(10, 5).truth
    ref = load_reference()
    for (season, key), race in truth.races.items():
        assert ref.race(season, key) is not None
        assert sorted(race.finish.values()) == list(range(1, len(race.finish) + 1))
        assert set(race.finish).isdisjoint(race.retired)
        assert set(race.finish) | set(race.retired) == set(race.field)
        assert race.pitlane is None or race.pitlane not in race.grid
        for d, (cause, other) in race.retired.items():
            assert (cause == "collision") == (other is not None)
            if other:
                assert (d, other) in race.collisions


def test_questions_follow_the_truth() -> None:
    corpus = build(300, 11, questions=400)
    truth = corpus.truth
    ref = load_reference()
    names = {d.id: d.surname for d in ref.drivers}
    assert len(corpus.questions) == 400
    assert len({q["id"] for q in corpus.questions}) == 400
    kinds = set()
    covered_races = {tuple(n.split("-")[1:3]) for n, _ in corpus.articles if "review" not in n}
    for q in corpus.questions:
        meta = corpus.meta[q["id"]]
        kind = meta["kind"]
        kinds.add(kind)
        assert q["question"].strip()
        if kind.startswith("none"):
            assert q["none"] is True
            if kind == "none_race":
                assert (meta["season"], meta["key"]) in truth.held_out
                assert (str(meta["season"]), meta["key"]) not in covered_races
            continue
        assert "none" not in q
        race = truth.races.get((int(meta.get("season") or 0), str(meta.get("key"))))
        d = meta["driver"]
        if kind == "winner":
            assert race is not None and race.winner == d and q["any"] == [names[d]]
        elif kind == "position":
            assert race is not None and race.finish[d] == meta["value"] and q["any"] == [names[d]]
        elif kind == "finish":
            assert race is not None
            p = race.finish[d]
            assert set(ordinal_forms(p)) <= set(q["any"])
            assert set(q["any"]) - set(ordinal_forms(p)) <= set(WIN_WORDS)
        elif kind == "grid":
            assert race is not None
            g = race.grid[d]
            assert q["any"] == (["pole", "pole position"] if g == 1 else ordinal_forms(g))
        elif kind == "pitlane":
            assert race is not None and race.pitlane == d
        elif kind in ("retirement", "retirement_cause"):
            assert race is not None and d in race.retired
            if kind == "retirement_cause":
                assert q["any"] == CAUSE_WORDS[race.retired[d][0]]
        elif kind == "collision":
            assert race is not None
            assert (d, meta["value"]) in race.collisions or (meta["value"], d) in race.collisions
            assert q["all"] == [names[meta["value"]]]
        elif kind in ("penalty", "penalty_reason"):
            assert race is not None and d in race.penalties
            if kind == "penalty":
                assert any(str(race.penalties[d][1]) in a for a in q["any"])
        elif kind == "championship":
            assert set(q["any"]) == set(ordinal_forms(truth.championship[meta["season"]][d]))
        else:
            raise AssertionError(kind)
    assert {"winner", "finish", "grid", "championship", "none_race", "none_champ"} <= kinds


def test_articles_about_one_race_never_contradict() -> None:
    """Every 'X finished/werd <ordinal>' claim in the reports matches the race's truth."""
    corpus = build(400, 2)
    ref = load_reference()
    by_surname = {d.surname: d.id for d in ref.drivers}
    from knowledge.text import ORDINALS_EN, ORDINALS_NL

    words = {w: i + 1 for i, w in enumerate(ORDINALS_NL)} | {w: i + 1 for i, w in enumerate(ORDINALS_EN)}
    rx = re.compile(
        r"([A-Z][\w\u00C0-\u017F-]+) (?:werd|eindigde als|finished|kwam als) ("
        + "|".join(sorted(words, key=len, reverse=True))
        + r")\b"
    )
    checked = 0
    for name, text in corpus.articles:
        if "review" in name:
            continue
        season, key = int(name.split("-")[1]), name.split("-")[2]
        race = corpus.truth.races[(season, key)]
        for m in rx.finditer(text):
            d = by_surname.get(m.group(1))
            if d is None or d not in race.finish:
                continue
            assert race.finish[d] == words[m.group(2)], (name, m.group(0))
            checked += 1
    assert checked > 100
