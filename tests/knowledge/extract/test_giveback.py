"""knowledge.extract.giveback: a place given back and why, in examples written here."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle
from tests.knowledge.conftest import facts_of

Parse = Callable[..., ParsedArticle]
OPENING = "Lando Norris won de Grand Prix van Oostenrijk. "


def given_back(a: ParsedArticle) -> list[tuple[str, tuple[str, ...], str, str | None]]:
    return [
        (f.driver, f.others, f.reason or "", f.grand_prix)
        for f in facts_of(a, "give_back")
        if f.status == "final"
    ]


@pytest.mark.parametrize(
    "text, driver, cue",
    [
        (
            "Sainz moest de derde plek teruggeven aan Piastri omdat hij de chicane had afgesneden.",
            "sainz",
            "chicane",
        ),
        (
            "Halverwege moest Gasly de positie weer terug geven, want hij had de baanlimieten overschreden.",
            "gasly",
            "baanlimieten",
        ),
        ("Ocon gaf de plek aan Alonso terug vanwege inhalen onder geel.", "ocon", "geel"),
        (
            "Omdat hij Bottas naast de baan was gepasseerd, moest Russell de positie teruggeven.",
            "russell",
            "naast de baan",
        ),
        (
            "Albon was told to give the place back to Stroll because he had gained an advantage off track.",
            "albon",
            "advantage",
        ),
        (
            "Hulkenberg handed the position back after passing Ricciardo under yellow flags.",
            "hulkenberg",
            "yellow",
        ),
        ("Zhou had to give back the spot for exceeding track limits at turn four.", "zhou", "track limits"),
    ],
)
def test_a_place_given_back_with_its_reason(parse: Parse, text: str, driver: str, cue: str) -> None:
    found = given_back(parse(OPENING + text, date="2023-07-03"))
    assert len(found) == 1 and found[0][0] == driver and cue in found[0][2] and found[0][3] == "austria"


def test_the_reason_told_the_sentence_before(parse: Parse) -> None:
    a = parse(
        OPENING + "Tsunoda negeerde de dubbele gele vlag en ging Magnussen voorbij. De wedstrijdleiding liet"
        " Tsunoda de plek teruggeven aan Magnussen.",
        date="2023-07-03",
    )
    assert [(d, o) for d, o, r, _ in given_back(a) if "gele vlag" in r] == [("tsunoda", ("kevin_magnussen",))]


@pytest.mark.parametrize(
    "text",
    [
        # no reason told: nothing to answer a why with
        "Sainz gaf de plek terug aan Piastri.",
        # not given back
        "Sainz hoefde de plek niet terug te geven aan Piastri, want hij bleef binnen de lijnen.",
        "Albon did not have to give the place back to Stroll because the stewards saw no advantage.",
        # won back, time given back
        "Gasly kreeg de plek terug omdat Ocon in de pits bleef staan.",
        "Russell got the place back after Hamilton ran wide.",
        "Norris gave back five seconds in the final sector because of traffic.",
        # the sentence before is about another driver
        "Stroll negeerde de gele vlag. Later gaf Alonso de plek terug aan Sainz.",
    ],
)
def test_no_place_given_back(parse: Parse, text: str) -> None:
    assert given_back(parse(OPENING + text, date="2023-07-03")) == []
