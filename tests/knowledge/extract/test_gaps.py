"""knowledge.extract.gaps: points gaps in the championship between two drivers, in examples written here."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle
from tests.knowledge.conftest import facts_of

Parse = Callable[..., ParsedArticle]


def gaps(a: ParsedArticle) -> list[tuple[str, tuple[str, ...], int | None, str | None]]:
    return [(f.driver, f.others, f.amount, f.detail) for f in facts_of(a, "points_gap")]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "In het WK heeft Norris nu een voorsprong van 31 punten op Piastri.",
            ("norris", "piastri", 31, "ahead"),
        ),
        ("Norris heeft 31 punten voorsprong op Piastri.", ("norris", "piastri", 31, "ahead")),
        # a title before the other driver's name
        ("Norris ligt nu 31 punten voor op titelrivaal Piastri.", ("norris", "piastri", 31, "ahead")),
        ("Norris is 31 points clear of team-mate Piastri.", ("norris", "piastri", 31, "ahead")),
        # a lead in a line about the standings: over the rest
        ("Stand WK: Norris heeft een gaatje van 31 punten", ("norris", (), 31, "ahead")),
        ("Norris won and moved 31 points clear at the top of the standings.", ("norris", (), 31, "ahead")),
        ("Piastri staat nog maar twaalf punten achter Norris.", ("piastri", "norris", 12, "behind")),
        ("Piastri heeft nu 12 punten achterstand op Norris.", ("piastri", "norris", 12, "behind")),
        ("De achterstand van Piastri op Norris bedraagt 12 punten.", ("piastri", "norris", 12, "behind")),
        ("Norris leads Piastri by 31 points in the standings.", ("norris", "piastri", 31, "ahead")),
        ("Norris is now 31 points clear of Piastri.", ("norris", "piastri", 31, "ahead")),
        ("Piastri sits 12 points behind Norris.", ("piastri", "norris", 12, "behind")),
        ("Piastri trails Norris by twelve points.", ("piastri", "norris", 12, "behind")),
        # a total compared with another's, with a verb of having
        ("Norris heeft nu 31 punten meer dan Piastri.", ("norris", "piastri", 31, "ahead")),
        ("Piastri telt twaalf punten minder dan Norris.", ("piastri", "norris", 12, "behind")),
        ("Norris has 31 more points than Piastri.", ("norris", "piastri", 31, "ahead")),
        ("Piastri has 12 points fewer than Norris.", ("piastri", "norris", 12, "behind")),
        # a gap told between a pair: no side
        ("Het verschil tussen Norris en Piastri bedraagt 31 punten.", ("norris", "piastri", 31, "between")),
        ("The gap between Norris and Piastri is now 31 points.", ("norris", "piastri", 31, "between")),
        # the Dutch verb last, in a subordinate clause
        (
            "Norris won, waardoor het verschil tussen Norris en Piastri nu 31 punten is.",
            ("norris", "piastri", 31, "between"),
        ),
        # one point, a possessive or a title before the other driver
        ("Piastri staat slechts één punt achter Norris.", ("piastri", "norris", 1, "behind")),
        (
            "Norris heeft al 31 punten voorsprong op zijn teamgenoot Piastri.",
            ("norris", "piastri", 31, "ahead"),
        ),
        (
            "Norris enters the weekend leading McLaren's Oscar Piastri by 31 points.",
            ("norris", "piastri", 31, "ahead"),
        ),
        # the gap's size after the other driver, with the standings or a "nu" between
        (
            "De achterstand van Piastri op Norris in het kampioenschap bedraagt nu 12 punten.",
            ("piastri", "norris", 12, "behind"),
        ),
        (
            "In de stand vergroot Norris zijn voorsprong op Piastri tot liefst 31 punten.",
            ("norris", "piastri", 31, "ahead"),
        ),
        # a lead over nobody named
        ("Norris bouwt zijn voorsprong in het WK uit tot 31 punten.", ("norris", (), 31, "ahead")),
        ("Norris retains his 31-point championship lead.", ("norris", (), 31, "ahead")),
        (
            "Norris, now leading the Drivers' Championship by 31 points, was happy.",
            ("norris", (), 31, "ahead"),
        ),
        ("Norris, who leads by 31 points, can settle it in Qatar.", ("norris", (), 31, "ahead")),
        ("Norris heeft 31 punten voorsprong, met nog twee races te gaan.", ("norris", (), 31, "ahead")),
        # left behind with a lead, led by some points over him, trailed by a sized number
        (
            "Uiteindelijk liet Norris met een voorsprong van 31 punten Piastri achter zich.",
            ("norris", "piastri", 31, "ahead"),
        ),
        ("Piastri trails Lando Norris by a hefty 31 points.", ("piastri", "norris", 31, "behind")),
        # a gap to him, its side not told
        ("Norris now has a 31-point gap to Oscar Piastri.", ("norris", "piastri", 31, "between")),
        (
            "Norris is second. His gap to Piastri in the standings is now 31 points.",
            ("norris", "piastri", 31, "between"),
        ),
        # a sentence that opens with his gap is about the driver in focus
        (
            "Piastri werd tweede. Zijn achterstand op leider Lando Norris is inmiddels 31 punten.",
            ("piastri", "norris", 31, "behind"),
        ),
        # "achter op", "al" before the size, "aan" between, a team before the title with a hyphen
        ("Nu staat Piastri twaalf punten achter op Norris.", ("piastri", "norris", 12, "behind")),
        ("Piastri's achterstand op Norris bedroeg al 12 punten.", ("piastri", "norris", 12, "behind")),
        (
            "Piastri kijkt tegen twaalf punten achterstand aan op McLaren-teamgenoot Norris.",
            ("piastri", "norris", 12, "behind"),
        ),
    ],
)
def test_points_gap(
    parse: Parse, sentence: str, expected: tuple[str, str | tuple[str, ...], int, str] | None
) -> None:
    got = gaps(parse(sentence, date="2024-10-21"))
    if expected is None:
        assert got == []
    else:
        d, other, n, side = expected
        assert got == [(d, other if isinstance(other, tuple) else (other,), n, side)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Norris kan zijn voorsprong op Piastri uitbreiden tot 40 punten.",  # a gap he may reach
        "Norris needs to be 25 points ahead of Piastri to win the title.",
        "Norris had tien seconden voorsprong op Piastri.",  # a gap in the race
        "Norris heeft ruim dertig punten voorsprong op Piastri in het WK.",  # told roughly
        "Norris is nearly 30 points clear of Piastri.",
        "Norris heeft een voorsprong van 31 punten.",  # not told to be the standings
        "Norris finished 12 seconds behind Piastri.",
        "Norris scoorde 18 punten, Piastri 15.",  # totals, no gap
        "Norris scoorde dit weekend 7 punten meer dan Piastri.",  # a race's points compared, no standing
        "Norris scored 7 more points than Piastri on Sunday.",
        "Het verschil tussen Norris en Piastri bedroeg 3 seconden.",  # a gap on the road
        "Het verschil tussen Norris en Piastri kan oplopen tot 40 punten.",  # a gap that may be
        # the gap taken into the race, not the one after it
        "Waar Norris de race nog begon met een voorsprong van 31 punten op Piastri, staat hij nu achter.",
        "Norris went into the weekend with a 31-point lead over Piastri.",
        # a lead he wants, or one in seconds
        "Norris wil zijn voorsprong in het WK uitbouwen tot 40 punten.",
        "Norris leads by eight seconds.",
        "Norris heeft 8 seconden voorsprong.",
        # a gap in seconds to him is no gap in the standings
        "Norris had a 3-second gap to Piastri.",
    ],
)
def test_no_points_gap(parse: Parse, sentence: str) -> None:
    assert gaps(parse(sentence, date="2024-10-21")) == []


@pytest.mark.parametrize(
    "text, pair",
    [
        # "de twee", "them": the pair the sentence before named
        (
            "Norris won in Singapore, Piastri werd derde. Het verschil tussen de twee bedraagt 52 punten.",
            ("norris", "piastri"),
        ),
        (
            "Norris won in Singapore and Piastri was third. The gap between them is 52 points.",
            ("norris", "piastri"),
        ),
    ],
)
def test_a_gap_between_the_pair_named_before(parse: Parse, text: str, pair: tuple[str, str]) -> None:
    assert gaps(parse(text, date="2024-09-23")) == [(pair[0], (pair[1],), 52, "between")]


def test_the_two_with_a_noun_after_is_no_pair_named_before(parse: Parse) -> None:
    # "de twee McLarens" are the team's drivers, whoever was named before
    a = parse(
        "Verstappen won, Leclerc werd tweede. Het verschil tussen de twee McLarens is 52 punten.",
        date="2024-09-23",
    )
    assert ("max_verstappen", ("leclerc",), 52, "between") not in gaps(a)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # "zijn teamgenoot": the one driver of his team that season
        ("Verstappen staat 46 punten voor op zijn teamgenoot.", ("max_verstappen", "perez", 46, "ahead")),
        (
            "Verstappen staat 46 punten voor op zijn Mexicaanse teamgenoot.",
            ("max_verstappen", "perez", 46, "ahead"),
        ),
        ("Verstappen is 46 points clear of his team-mate.", ("max_verstappen", "perez", 46, "ahead")),
        # a nationality that is not his teammate's: not that teammate
        ("Verstappen staat 46 punten voor op zijn Spaanse teamgenoot.", None),
        # a former teammate is no teammate of this season
        ("Verstappen staat 46 punten voor op zijn voormalige teamgenoot.", None),
    ],
)
def test_a_gap_to_his_teammate(
    parse: Parse, sentence: str, expected: tuple[str, str, int, str] | None
) -> None:
    got = gaps(parse(sentence, date="2022-06-30"))
    assert got == ([(expected[0], (expected[1],), expected[2], expected[3])] if expected else [])


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a gap changed to its new size, told as done
        (
            "Norris vergrootte zijn voorsprong op Piastri in het WK-klassement tot 31 punten.",
            [("norris", ("piastri",), 31, "ahead")],
        ),
        (
            "Norris extended his lead over Piastri in the standings to 31 points.",
            [("norris", ("piastri",), 31, "ahead")],
        ),
        # a lead over the rest of the field
        ("Norris now leads the championship by 31 points.", [("norris", (), 31, "ahead")]),
        ("Norris leidt het kampioenschap met 31 punten voorsprong.", [("norris", (), 31, "ahead")]),
        # the margin in the title race, grown; not the team's, grown with a team's words
        ("Norris heeft de marge in de titelstrijd vergroot tot 31 punten.", [("norris", (), 31, "ahead")]),
        ("Mede dankzij Norris heeft de formatie uit Woking de voorsprong vergroot tot 31 punten.", []),
        # a gap he may reach
        ("Norris kan zijn voorsprong op Piastri vergroten tot 31 punten.", []),
        ("Norris could lead the championship by 31 points after Sunday.", []),
    ],
)
def test_a_gap_changed_and_a_lead_over_the_rest(
    parse: Parse, sentence: str, expected: list[tuple[str, tuple[str, ...], int, str]]
) -> None:
    assert gaps(parse(sentence, date="2024-10-21")) == expected


@pytest.mark.parametrize(
    "sentence, totals",
    [
        (
            "Het verschil in de WK-stand tussen Norris en Piastri is inmiddels opgelopen tot veertig punten: "
            "301 om 261.",
            {("norris", 301), ("piastri", 261)},
        ),
        (
            "Het verschil tussen Norris en Piastri bedraagt nu 6 punten (110 om 104).",
            {("norris", 110), ("piastri", 104)},
        ),
        # two figures that are not the gap's are not the pair's totals
        ("Het verschil tussen Norris en Piastri bedraagt nu 6 punten (12 om 3).", set()),
    ],
)
def test_a_pair_gap_with_its_totals(parse: Parse, sentence: str, totals: set[tuple[str, int]]) -> None:
    a = parse(sentence, date="2024-10-21")
    assert {(f.driver, f.amount) for f in facts_of(a, "points")} == totals
    assert [f.amount for f in facts_of(a, "points_gap")] == [40 if "veertig" in sentence else 6]


def test_a_gap_that_may_grow_is_no_gap(parse: Parse) -> None:
    a = parse("Het verschil tussen Norris en Piastri kan nog oplopen tot veertig punten.", date="2024-10-21")
    assert facts_of(a, "points_gap") == []


def test_a_lead_told_by_a_pronoun_names_no_one_for_sure(parse: Parse) -> None:
    # "hij" may be the driver named last, not the one whose lead it is
    a = parse(
        "Norris won in Qatar. Het perfecte weekend, waarmee hij zijn voorsprong in het WK uitbouwt tot"
        " 31 punten."
    )
    assert [g for g in gaps(a) if g[1] == ()] == []
