"""knowledge.extract.champion: a season's drivers' and constructors' champion, in examples written here."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle
from tests.knowledge.conftest import facts_of

Parse = Callable[..., ParsedArticle]


def titles(a: ParsedArticle) -> list[tuple[str, str, int | None]]:
    return [
        (f.kind, f.driver, f.season)
        for f in a.facts
        if f.status == "final"
        and (
            (f.kind == "championship" and f.position == 1 and f.detail != "interim")
            or f.kind == "constructors_title"
        )
    ]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Max Verstappen werd in Qatar voor de derde keer wereldkampioen.",
            ("championship", "max_verstappen", 2023),
        ),
        ("Verstappen pakte de titel met zes races te gaan.", ("championship", "max_verstappen", 2023)),
        ("Max Verstappen clinched the title in the sprint.", ("championship", "max_verstappen", 2023)),
        ("Verstappen was crowned world champion in Qatar.", ("championship", "max_verstappen", 2023)),
        (
            "Red Bull won the constructors' championship for the second year running.",
            ("constructors_title", "team:red_bull", 2023),
        ),
        ("Red Bull werd in Japan constructeurskampioen.", ("constructors_title", "team:red_bull", 2023)),
        (
            "Mercedes pakte in 2020 de constructeurstitel voor de zevende keer.",
            ("constructors_title", "team:mercedes", 2020),
        ),
    ],
)
def test_title(parse: Parse, sentence: str, expected: tuple[str, str, int]) -> None:
    assert titles(parse(sentence, date="2023-10-09")) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "Verstappen kan zondag in Qatar kampioen worden.",
        "If Verstappen wins on Sunday, he is champion.",
        "Former champion Sebastian Vettel watched from the paddock.",
        "Hamilton is zevenvoudig wereldkampioen.",
        "Ook Schumacher werd zeven keer wereldkampioen.",
        "Hamilton was seven times world champion.",
        "Seven-time champion Lewis Hamilton finished second.",
        "De regerend wereldkampioen werd derde in Qatar.",
        "Verstappen took the championship lead after Miami.",
        "Perez hoopt nog altijd kampioen te worden.",
        # a team name in a driver's epithet wins no constructors' title
        "Red Bull-coureur Verstappen won the constructors' title for his team.",
    ],
)
def test_no_title(parse: Parse, sentence: str) -> None:
    assert titles(parse(sentence, date="2023-10-09")) == []


def test_a_title_of_another_season_is_history(parse: Parse) -> None:
    a = parse("Hamilton werd in 2020 wereldkampioen.", date="2023-10-09")
    assert titles(a) == []
    assert [(f.driver, f.season, f.status) for f in facts_of(a, "championship")] == [
        ("hamilton", 2020, "history")
    ]
