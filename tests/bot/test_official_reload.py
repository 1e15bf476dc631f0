"""/reload with a results folder (knowledge.results_dir): a newer dump is taken in, a bad one refused and
reported, and the answers from the results in use stay; /result answers from the official results."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from bot.config import Config
from bot.core import BotCore
from bot.runner import open_knowledge
from tests.bot.test_core import ADMIN, msg
from tests.knowledge.test_official_sources import _BRITISH, _write_dump


async def test_reload_takes_in_a_newer_dump_and_refuses_a_bad_one(config: Config, tmp_path: Path) -> None:
    dump = _write_dump(tmp_path / "results")
    cfg = replace(config, knowledge=replace(config.knowledge, results_dir=dump))
    async with open_knowledge(cfg) as kb:
        core = BotCore(kb, cfg)
        british = msg("Wie won de GP van Groot-Brittannië 2022?")
        assert (await core.handle(british)).kind == "unknown"
        _write_dump(dump, _BRITISH)
        reply = await core.handle(msg(command="reload", user=ADMIN))
        assert "Officiële uitslagen bijgewerkt: 2 races, 2022–2022." in reply.text
        answer = await core.handle(british)
        assert answer.kind == "answer" and "Sainz" in answer.text
        assert answer.sources[0].article == "officiële uitslag"
        results = (dump / "results.csv").read_text(encoding="utf-8")
        (dump / "results.csv").write_text(
            results.replace("7,1083,832,6,55,1,", "7,1083,9999,6,55,1,"), encoding="utf-8"
        )
        refused = await core.handle(msg(command="reload", user=ADMIN))
        assert "Mislukt:" in refused.text and "results.csv row 8: unknown driverId 9999" in refused.text
        assert "previous official results kept" in refused.text
        assert "Sainz" in (await core.handle(british)).text
        result = await core.handle(
            msg(command="result", args={"driver": "Leclerc", "grand_prix": "Oostenrijk", "season": "2022"})
        )
        assert "Leclerc won de GP van Oostenrijk 2022" in result.text


async def test_result_command_covers_old_races(config: Config) -> None:
    async with open_knowledge(config) as kb:  # the bundled results
        core = BotCore(kb, config)
        reply = await core.handle(
            msg(command="result", args={"driver": "Niki Lauda", "grand_prix": "Zweden", "season": "1975"})
        )
        assert reply.kind == "answer" and "Lauda won de GP van Zweden 1975" in reply.text
        champ = await core.handle(msg(command="championship", args={"driver": "Hunt", "season": "1976"}))
        assert "Hunt werd eerste (P1) in het kampioenschap van 1976" in champ.text


async def test_championship_command_takes_a_team(config: Config) -> None:
    """/championship with a team: its place in the constructors' championship; a driver stays a driver."""
    from knowledge.official import load_bundled

    off = load_bundled()
    last = off.last_run(1976)
    assert last is not None
    table = off.team_standings_after(last.id)
    position = next(st.position for t, st in table if t == "ferrari")
    async with open_knowledge(config) as kb:  # the bundled results
        core = BotCore(kb, config)
        team = await core.handle(msg(command="championship", args={"driver": "Ferrari", "season": "1976"}))
        assert team.kind == "answer" and f"(P{position})" in team.text and "constructeurs" in team.text
        text = await core.handle(msg(command="championship", text="Ferrari 1976"))  # Telegram, console
        assert text.text == team.text
        driver = await core.handle(msg(command="championship", args={"driver": "Hunt", "season": "1976"}))
        assert "constructeurs" not in driver.text
        offered = core.complete("competitor", "ferr")
        assert offered[0] == "Ferrari" and core.complete("competitor", "hunt")[:1] == ["James Hunt"]
