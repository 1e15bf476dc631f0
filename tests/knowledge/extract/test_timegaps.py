"""knowledge.extract.timegaps: qualifying gaps between two drivers, in examples written here."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle
from tests.knowledge.conftest import facts_of

Parse = Callable[..., ParsedArticle]

LEAD = "Norris pakte pole voor de Grand Prix van Nederland.\n\n"
LEAD_EN = "Norris took pole for the Dutch Grand Prix.\n\n"


def gaps(a: ParsedArticle) -> list[tuple[str, tuple[str, ...], int | None, str | None]]:
    return [(f.driver, f.others, f.amount, f.detail) for f in facts_of(a, "time_gap")]


@pytest.mark.parametrize(
    "lead, sentence, expected",
    [
        (
            LEAD,
            "Norris was in de kwalificatie 0,356 seconde sneller dan Verstappen.",
            ("norris", "max_verstappen", 356, "ahead"),
        ),
        (
            LEAD,
            "Verstappen strandde in de kwalificatie op 0,356 seconde van Norris.",
            ("max_verstappen", "norris", 356, "behind"),
        ),
        (
            LEAD,
            "Piastri zat in de kwalificatie slechts 0,012 achter zijn teamgenoot.",
            ("piastri", "norris", 12, "behind"),
        ),
        (
            LEAD,
            "Verstappen was in de kwalificatie 0,356 seconden trager dan Norris.",
            ("max_verstappen", "norris", 356, "behind"),
        ),
        (
            LEAD_EN,
            "In qualifying Norris beat Verstappen by 0.356s.",
            ("norris", "max_verstappen", 356, "ahead"),
        ),
        (
            LEAD_EN,
            "In qualifying, Verstappen was 0.356 seconds slower than Norris.",
            ("max_verstappen", "norris", 356, "behind"),
        ),
        (
            LEAD_EN,
            "Norris was a mere 0.356s quicker than Verstappen in qualifying.",
            ("norris", "max_verstappen", 356, "ahead"),
        ),
        # a pole's margin told with the pole: "took pole by ... from", "beat X to pole by", "a ... margin to"
        (
            LEAD_EN,
            "Norris took the pole position by 0.356 seconds from Verstappen.",
            ("norris", "max_verstappen", 356, "ahead"),
        ),
        (
            LEAD_EN,
            "Norris beat Max Verstappen to pole position by three tenths of a second.",
            ("norris", "max_verstappen", 300, "ahead"),
        ),
        (
            LEAD_EN,
            "Norris claimed it with a 0.356 margin to Verstappen.",
            ("norris", "max_verstappen", 356, "ahead"),
        ),
        (
            LEAD_EN,
            "Norris qualified first after outpacing Verstappen by 0.356 seconds.",
            ("norris", "max_verstappen", 356, "ahead"),
        ),
    ],
)
def test_a_qualifying_gap(
    parse: Parse, lead: str, sentence: str, expected: tuple[str, str, int, str]
) -> None:
    d, other, ms, side = expected
    assert gaps(parse(lead + sentence, date="2024-08-24")) == [(d, (other,), ms, side)]


@pytest.mark.parametrize(
    "sentence",
    [
        # one part of qualifying, a provisional time, practice: not the gap of qualifying
        "In Q2 was Norris 0,356 seconde sneller dan Verstappen.",
        "Norris zette een voorlopige tijd neer, 0,356 seconde sneller dan Verstappen.",
        "In de derde vrije training was Norris 0,356 seconde sneller dan Verstappen.",
        # no second driver
        "Verstappen miste Q3 op 0,002 seconde.",
        # a lap time is no gap
        "Norris reed in de kwalificatie 1.10,567 en Verstappen 1.10,923.",
        # a gap in the race
        "Norris won de race met 22,896 seconden voorsprong op Verstappen.",
        # a margin opened up for a while
        "Norris opened up a two-second margin to Verstappen in the race.",
    ],
)
def test_no_qualifying_gap(parse: Parse, sentence: str) -> None:
    a = parse(LEAD + sentence, date="2024-08-24")
    assert [f for f in facts_of(a, "time_gap") if f.session == "qualifying"] == []


def test_a_paragraph_about_one_part_of_qualifying_holds_no_final_gap(parse: Parse) -> None:
    text = (
        LEAD + "Tijdens het tweede kwalificatiegedeelte ging het snel. Norris was 0,101 seconde sneller dan"
        " Verstappen.\n\nIn Q3 was Norris uiteindelijk 0,356 seconde sneller dan Verstappen."
    )
    assert gaps(parse(text, date="2024-08-24")) == [("norris", ("max_verstappen",), 356, "ahead")]
