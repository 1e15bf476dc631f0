"""Questions on later seasons' style over a real knowledge base built from articles written here: a topic the
facts do not hold (a helmet, who a driver replaced) is not answered with the driver's result or pole, and a
pole told as known ("uitslag na pole") asks the finish; a winning margin told without the one behind answers
the margin asked, not a gap to another."""

from __future__ import annotations

import pytest

from knowledge.service import KnowledgeBase
from tests.knowledge.conftest import assert_told

ARTICLES = {
    "2023-05-monaco-race.txt": (
        "date 2023-05-28\n\nVerstappen wint in Monaco\n\n"
        "Max Verstappen won de Grote Prijs van Monaco. Charles Leclerc vertrok vanaf poleposition, maar"
        " eindigde na een trage pitstop als vierde. Sergio Pérez reed met een speciale helm en werd"
        " zestiende.\n"
    ),
    "2023-11-brazil-qualifying.txt": (
        "date 2023-11-04\n\nHülkenberg pakt pole in São Paulo\n\n"
        "Nico Hülkenberg heeft verrassend de pole position veroverd voor de Grand Prix van São Paulo. De"
        " Duitser was in een opdrogende baan de snelste. George Russell start als tweede.\n"
    ),
    "2024-06-austria-race.txt": (
        "date 2024-06-30\n\nRussell wins in Austria\n\n"
        "George Russell won the Austrian Grand Prix by an easy margin of 1.9 seconds after Verstappen and"
        " Norris collided. Carlos Sainz was fourth.\n"
    ),
    "2022-09-zandvoort-race.txt": (
        "date 2022-09-04\n\nVerstappen wint thuisrace\n\n"
        "Max Verstappen won de Grote Prijs van Nederland. George Russell en Charles Leclerc mochten mee het"
        " podium op. Verstappen kreeg eerder dat weekend een boete van vijfduizend euro.\n"
    ),
}


@pytest.mark.parametrize(
    "question, expected",
    [
        ("leclerc uitslag monaco 2023 na pole", ["vierde"]),
        ("where did leclerc finish after pole in monaco 2023", ["fourth"]),
        ("hulkenberg pole brazil 2023", ["pole"]),
        ("winning margin russell austria 2024", ["1.9 seconds"]),  # the one behind him not named
        ("met hoeveel voorsprong won russell in oostenrijk 2024", ["1,9 seconde"]),
        ("wie stonden er met max op het podium zandvoort 2022", ["Russell", "Leclerc"]),
        ("who joined max on the podium in zandvoort 2022", ["Russell", "Leclerc"]),
        ("how big was max's fine in zandvoort 2022", ["5"]),
        ("welke boete kreeg verstappen in 2022", ["5.000 euro"]),  # one season's fines, each told
    ],
)
async def test_answered(told: KnowledgeBase, question: str, expected: list[str]) -> None:
    await assert_told(told, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "checo monaco 2023 whose helmet was he wearing",  # no fact holds the helmet's owner
        "wiens helm droeg perez in monaco 2023",
        "hulkenberg brazil 2023 pole, who did he replace at haas",  # not his pole
        "wie heeft hulkenberg vervangen bij haas, brazilie 2023",
        "gap russell sainz austria 2024",  # his margin was to the second, not to Sainz
        "hoe hoog was de totale boete van verstappen in 2022",  # a season's sum: one race's fine is no answer
    ],
)
async def test_not_answered(told: KnowledgeBase, question: str) -> None:
    answer = await told.ask(question)
    assert answer.status != "answered", answer.text


@pytest.mark.parametrize(
    "question, grand_prix, season",
    [
        ("monaco gp 2022 preview, who won there the year before", "monaco", 2021),
        ("zandvoort 2023, wie won er het jaar ervoor", "netherlands", 2022),
        ("who won monaco 2022", "monaco", 2022),
        ("eerste franse winnaar sinds wie, gasly monza 2020", "italy", 2020),  # a nationality, no French GP
        ("first french winner since who, gasly monza 2020", "italy", 2020),
        ("wie won de franse gp 2019", "france", 2019),
    ],
)
def test_the_race_and_season_asked(question: str, grand_prix: str, season: int) -> None:
    from knowledge.query import QuestionParser

    q = QuestionParser().parse(question)
    assert (q.grand_prix, q.season) == (grand_prix, season)


@pytest.mark.parametrize(
    "question, unsupported",
    [
        ("gasly monza 2020 first french winner since who?", "record"),
        ("eerste franse winnaar sinds wie, gasly monza 2020", "record"),
        ("eerste punten sinds wanneer, kubica hockenheim 2019", "when"),
        ("gasly monza 2020 winner", None),
        # the number of a pole or penalty asked, not the pole or the penalty
        ("welke pole was het voor max op zandvoort 2021", "count"),
        ("which pole was it for max at zandvoort 2021", "count"),
        ("leclerc gridstraf belgie 2022, de hoeveelste dit jaar?", "count"),
        ("leclerc gridstraf belgie 2022", None),
        ("welke pole positie had max in zandvoort 2021", None),
    ],
)
def test_since_who_asks_a_records_holder(question: str, unsupported: str | None) -> None:
    from knowledge.query import QuestionParser

    assert QuestionParser().parse(question).unsupported == unsupported
