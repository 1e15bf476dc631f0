"""The phrase families of knowledge.official_answer, each with examples that match and that must not."""

from __future__ import annotations

import re

import pytest

from knowledge import official_answer as oa
from knowledge.text import fold

FAMILIES: dict[str, tuple[re.Pattern[str], list[str], list[str]]] = {
    "beside the classification": (
        oa._NOT_OFFICIAL_RE,
        [
            "de hoeveelste zege was dat",
            "drie keer op rij",
            "four in a row",
            "in welk deel van de kwalificatie",
            "strandde hij in Q2",
            "wat was zijn poletijd",
            "his lap time",
            "met welke tijd",
        ],
        ["hoeveel keer won hij", "how many times did he win", "wie won er", "tijdstraf van vijf seconden"],
    ),
    "before a race": (
        oa._BEFORE_RE,
        [
            "voor de GP van Italië",
            "voorafgaand aan de race",
            "begonnen Max en Lewis aan de finale",
            "going into Abu Dhabi",
            "before the Japanese GP",
            "ahead of the race in Monza",
        ],
        [
            "na de GP van Italië",
            "after the race",
            "he was ahead of Rosberg",
            "punten voor de zege",
            "voor Ferrari",
        ],
    ),
    "a points gap": (
        oa._GAP_RE,
        ["hoeveel punten voorsprong", "zijn achterstand op", "the gap to Leclerc", "ahead of Rosberg"],
        ["hoeveel punten had hij", "how many points did he score", "waar eindigde hij"],
    ),
    "a moment no race names": (
        oa._MOMENT_RE,
        ["voor de laatste twee races", "na de zomerstop", "after the summer break", "halverwege het seizoen"],
        ["in het kampioenschap van 2022", "in the 2021 championship", "wie werd kampioen"],
    ),
    "a champion": (
        oa._CHAMPION_RE,
        ["wie werd wereldkampioen", "who was champion", "won hij de titel", "the world title"],
        ["hoe eindigde hij in het kampioenschap", "the championship standings", "kampioenschapsstand"],
    ),
    "a team": (
        oa._TEAM_RE,
        [
            "voor welk team reed hij",
            "welke renstal",
            "which team did he drive for",
            "who did Senna drive for",
            "in what car",
        ],
        ["wie won er", "hoe eindigde zijn teamgenoot", "the team's points"],
    ),
    "a race's points": (
        oa._RACE_POINTS_RE,
        ["hoeveel punten scoorde hij", "kreeg hij punten", "how many points did he score", "points he got"],
        ["hoeveel punten had hij na", "how many points did he have"],
    ),
}


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_phrase_family(family: str) -> None:
    pattern, positive, negative = FAMILIES[family]
    assert [p for p in positive if not pattern.search(fold(p))] == []
    assert [n for n in negative if pattern.search(fold(n))] == []
