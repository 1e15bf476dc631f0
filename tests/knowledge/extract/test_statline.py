"""knowledge.extract.statline: a driver's season in one line of labelled figures, in examples written here."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle
from tests.knowledge.conftest import facts_of

Parse = Callable[..., ParsedArticle]


def season_of(a: ParsedArticle, driver: str) -> dict[str, object]:
    out: dict[str, object] = {}
    for f in facts_of(a, driver=driver):
        if f.kind == "championship":
            out["place"] = (f.position, f.detail)
        elif f.kind == "points":
            out["points"] = f.amount
        elif f.kind == "count":
            out[str(f.detail)] = f.amount
    return out


@pytest.mark.parametrize(
    "body",
    [
        "Lando Norris\n\n6th | Pts: 160 | Wins: 0 | Podiums: 4 | Poles: 1",
        "Lando Norris\n\nPositie: 6e - Punten: 160 - Zeges: 0 - Podiums: 4 - Poles: 1",
        "Lando Norris: Championship: 6th; Points: 160; Wins: 0; Podiums: 4; Poles: 1",
    ],
)
def test_a_season_line_under_or_after_a_name(parse: Parse, body: str) -> None:
    a = parse("Our review of the 2021 season.\n\n" + body, date="2021-12-20")
    assert season_of(a, "norris") == {
        "place": (6, None),
        "points": 160,
        "wins:season": 0,
        "podiums:season": 4,
        "poles:season": 1,
    }


def test_a_season_line_during_the_season_is_an_interim_standing(parse: Parse) -> None:
    a = parse("Halfway through 2021.\n\nLando Norris\n\n4th | Pts: 113 | Podiums: 3", date="2021-08-02")
    assert season_of(a, "norris") == {"place": (4, "interim"), "points": 113, "podiums:season": 3}


@pytest.mark.parametrize(
    "body",
    [
        # no points: the figures may be of anything
        "Lando Norris\n\nWins: 0 | Podiums: 4",
        # the line above names two drivers: whose season it is is not told
        "Norris and Ricciardo\n\n6th | Pts: 160 | Podiums: 4",
        # a line of prose between the name and the figures
        "Lando Norris\n\nHe had a strong year.\n\n6th | Pts: 160 | Podiums: 4",
        # prose with a colon is no line of figures
        "Lando Norris said: 160 points is a good total for us this year.",
    ],
)
def test_no_season_line(parse: Parse, body: str) -> None:
    a = parse("Our review of the 2021 season.\n\n" + body, date="2021-12-20")
    assert [f for f in facts_of(a) if f.kind in ("championship", "count")] == []


@pytest.mark.parametrize(
    "body",
    [
        # one labelled figure a line, under a line naming him (with where and when he was born)
        "Lando Norris (Bristol, 13 november 1999)\n\nEindklassering 2021: zesde\n\nAantal WK-punten: 160\n\n"
        "Aantal overwinningen: 0\n\nAantal podiumplaatsen: 4\n\nAantal polepositions: 1",
        "Het seizoen van Lando Norris\n\nPositie in het wereldkampioenschap: 6\n\nAantal WK-punten: 160\n\n"
        "Aantal overwinningen: 0\n\nAantal podiumplaatsen: 4\n\nAantal polepositions: 1",
        "Lando Norris\n\nFinal position: 6th\n\nPoints: 160\n\nWins: 0\n\nPodiums: 4\n\nPoles: 1",
        # a half point is no whole figure; the block goes on past it
        "Lando Norris\n\nFinal position: 6th\n\nPoints: 159.5\n\nWins: 0\n\nPodiums: 4\n\nPoles: 1",
    ],
)
def test_a_block_of_labelled_lines_under_a_name(parse: Parse, body: str) -> None:
    a = parse("Our review of the 2021 season.\n\n" + body, date="2021-12-20")
    expected = {"place": (6, None), "points": 160, "wins:season": 0, "podiums:season": 4, "poles:season": 1}
    if "159.5" in body:
        del expected["points"]
    assert season_of(a, "norris") == expected
    # the place is the championship's, no race's
    assert [f for f in facts_of(a, "finish")] == []


@pytest.mark.parametrize(
    "body",
    [
        # the line above names two drivers
        "Norris en Ricciardo\n\nEindklassering 2021: zesde\n\nAantal WK-punten: 160",
        # prose between the name and the figures ends the block
        "Lando Norris\n\nHij had een sterk jaar met veel podiums.\n\nEindklassering 2021: zesde",
        # a label inside a sentence is no line of its own
        "Lando Norris zei over zijn eindklassering 2021: zesde is mooi, maar ik wil meer.",
    ],
)
def test_no_block_of_labelled_lines(parse: Parse, body: str) -> None:
    a = parse("Our review of the 2021 season.\n\n" + body, date="2021-12-20")
    assert [f for f in facts_of(a) if f.kind in ("championship", "points", "count")] == []
