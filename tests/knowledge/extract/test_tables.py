"""knowledge.extract.tables: results as lists and tables, in examples written for these tests.

Figures are from the official 2022 Canadian and 2021 Hungarian Grands Prix; the wording is ours.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle
from knowledge.extract.tables import find_table, table_heading
from knowledge.gazetteer import load_gazetteer
from knowledge.text import fold
from tests.knowledge.conftest import facts_of

Parse = Callable[..., ParsedArticle]


def rows(parsed: ParsedArticle, kind: str) -> list[tuple[str, int | None]]:
    return [(f.driver, f.position) for f in facts_of(parsed, kind)]


# --- list shapes ----------------------------------------------------------------------------------------

POSITIVE = [
    # "N. name" lists after a colon, as wire copy prints them
    "De uitslag in Canada: 1. Verstappen (Red Bull) 1:36:21, 2. Sainz (Ferrari) +0.993, "
    "3. Hamilton (Mercedes) +7.006.",
    # "P1 name" lists
    "Top drie in Montreal: P1 Verstappen, P2 Sainz, P3 Hamilton.",
    # table lines: position, full name, team, gap
    "Canadian Grand Prix, race result\n1 Max Verstappen Red Bull 70 laps\n2 Carlos Sainz Ferrari +0.993s\n"
    "3 Lewis Hamilton Mercedes +7.006s",
    # "#N name"
    "Canada, the top three: #1 Verstappen, #2 Sainz, #3 Hamilton.",
]


@pytest.mark.parametrize("text", POSITIVE)
def test_list_shapes(parse: Parse, text: str) -> None:
    a = parse(text, date="2022-06-20")
    got = [(f.driver, f.position, f.grand_prix, f.season) for f in facts_of(a, "finish")]
    assert got[:3] == [
        ("max_verstappen", 1, "canada", 2022),
        ("sainz", 2, "canada", 2022),
        ("hamilton", 3, "canada", 2022),
    ]


NEGATIVE = [
    # numbers before names that do not go up one by one: not a list
    "In 2022 won Verstappen in Canada, 3 seconden voor Sainz en 7 voor Hamilton.",
    # two numbered names are not yet a list
    "P1 Verstappen en P2 Sainz, dat was de stand na de eerste ronde.",
    # car numbers before names
    "Car 33 Verstappen, car 55 Sainz and car 44 Hamilton lined up for the anthem.",
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_not_a_list(text: str) -> None:
    gz = load_gazetteer()
    f = fold(text)
    mentions = [(h.start, h.end, h.ids) for h in gz.drivers(f)]
    assert find_table(f, mentions) is None


# --- what a list classifies -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "heading, family",
    [
        ("Uitslag van de Grand Prix van Canada", "race"),
        ("Race result", "race"),
        ("Startopstelling voor zondag", "grid"),
        ("Starting grid", "grid"),
        ("Uitslag kwalificatie", "qualifying"),
        ("Qualifying classification", "qualifying"),
        ("Tussenstand in het WK", "standings"),
        ("Drivers' championship standings", "standings"),
        ("Tijden derde vrije training", "practice"),
        ("FP2 times", "practice"),
        ("Uitslag sprint", "sprint"),
        ("Zo reden ze", None),
    ],
)
def test_heading(heading: str, family: str | None) -> None:
    assert table_heading(fold(heading)) == family


def test_heading_line_before_the_list(parse: Parse) -> None:
    a = parse(
        "Startopstelling\n\n1 Max Verstappen Red Bull\n2 Fernando Alonso Alpine\n3 Carlos Sainz Ferrari",
        date="2022-06-19",
    )
    assert rows(a, "grid") == [("max_verstappen", 1), ("alonso", 2), ("sainz", 3)]
    assert rows(a, "finish") == []


def test_practice_list_is_no_result(parse: Parse) -> None:
    a = parse("Tijden tweede vrije training: 1. Verstappen, 2. Alonso, 3. Sainz.", date="2022-06-18")
    assert a.facts == []


def test_standings_by_points_column(parse: Parse) -> None:
    a = parse(
        "Zo staat het ervoor:\n1 Max Verstappen 175\n2 Sergio Pérez 129\n3 Charles Leclerc 126",
        date="2022-06-20",
    )
    assert rows(a, "championship") == [("max_verstappen", 1), ("perez", 2), ("leclerc", 3)]
    assert all(f.detail == "interim" for f in facts_of(a, "championship"))
    assert rows(a, "finish") == []


def test_status_words(parse: Parse) -> None:
    a = parse(
        "Uitslag Hongarije: 1. Ocon (Alpine), 2. Hamilton (Mercedes), 3. Sainz (Ferrari), "
        "4. Alonso (Alpine). Uitgevallen: 19. Norris, 20. Bottas.",
        date="2021-08-02",
    )
    assert rows(a, "finish")[:4] == [("ocon", 1), ("hamilton", 2), ("sainz", 3), ("alonso", 4)]
    assert [f.driver for f in facts_of(a, "retirement")] == ["norris", "bottas"]


def test_dnf_rows(parse: Parse) -> None:
    a = parse(
        "Hungarian Grand Prix result\n1 Esteban Ocon Alpine 70 laps\n2 Lewis Hamilton Mercedes +2.7s\n"
        "3 Carlos Sainz Ferrari +3.4s\n19 Lando Norris McLaren DNF\n20 Valtteri Bottas Alfa Romeo DNF",
        date="2021-08-02",
    )
    assert [f.driver for f in facts_of(a, "retirement")] == ["norris", "bottas"]
    assert ("norris", 19) not in rows(a, "finish")


def test_list_goes_on_in_the_next_sentence(parse: Parse) -> None:
    a = parse(
        "De uitslag: 1. Verstappen, 2. Sainz, 3. Hamilton, 4. Russell, 5. Leclerc. "
        "6. Ocon, 7. Alonso, 8. Bottas, 9. Zhou, 10. Stroll.",
        date="2022-06-20",
    )
    assert ("stroll", 10) in rows(a, "finish")


def test_one_row_per_paragraph(parse: Parse) -> None:
    a = parse(
        "Zandvoort, de kwalificatie:\n\n1. Max Verstappen - 1.08,885\n\n2. Lewis Hamilton - 1.08,923\n\n"
        "3. Valtteri Bottas - 1.09,222\n\n4. Pierre Gasly - 1.09,478\n\nVerstappen was blij met zijn pole.",
        date="2021-09-04",
    )
    got = [(f.driver, f.position, f.grand_prix) for f in facts_of(a, "qualifying")]
    assert got == [
        ("max_verstappen", 1, "netherlands"),
        ("hamilton", 2, "netherlands"),
        ("bottas", 3, "netherlands"),
        ("gasly", 4, "netherlands"),
    ]


def test_two_numbered_paragraphs_are_no_list(parse: Parse) -> None:
    a = parse("1. Verstappen wil winnen.\n\n2. Hamilton wil ook winnen.", date="2021-09-04")
    assert facts_of(a, "finish") == [] and facts_of(a, "qualifying") == []


def test_status_label_row_after_a_list(parse: Parse) -> None:
    a = parse(
        "Silverstone, de uitslag: 1. Verstappen (Red Bull), 2. Hamilton (Mercedes), 3. Bottas (Mercedes). "
        "DNF: 4. Magnussen (Haas).",
        date="2020-08-10",
    )
    assert [f.driver for f in facts_of(a, "retirement")] == ["kevin_magnussen"]
    assert ("kevin_magnussen", 4) not in rows(a, "finish")


def test_standings_one_row_per_paragraph(parse: Parse) -> None:
    a = parse(
        "De stand in het WK:\n\n1. Hamilton (Mercedes) 363 punten\n\n2. Bottas (Mercedes) 314 punten\n\n"
        "3. Leclerc (Ferrari) 249 punten\n\n4. Verstappen (Red Bull) 235 punten",
        date="2019-11-14",
    )
    assert rows(a, "championship") == [("hamilton", 1), ("bottas", 2), ("leclerc", 3), ("max_verstappen", 4)]
    assert rows(a, "finish") == []
    assert [(f.driver, f.amount) for f in facts_of(a, "points")][:2] == [("hamilton", 363), ("bottas", 314)]


def test_country_column_between_position_and_name(parse: Parse) -> None:
    a = parse(
        "Azerbaijan Grand Prix result: 1 Mexico Sergio Perez Red Bull 51 "
        "2 Germany Sebastian Vettel Aston Martin 51 "
        "3 France Pierre Gasly AlphaTauri 51",
        date="2021-06-07",
    )
    assert rows(a, "finish") == [("perez", 1), ("vettel", 2), ("gasly", 3)]


def test_laps_column_on_a_sprint_weekend(parse: Parse) -> None:
    text = (
        "British Grand Prix\n\nCla Driver Chassis Laps Time\n1 Max Verstappen Red Bull 17 - "
        "2 Lewis Hamilton Mercedes 17 "
        "1.430 3 Valtteri Bottas Mercedes 17 7.502"
    )
    a = parse(text, date="2021-07-18")
    assert [(f.driver, f.position, f.session) for f in facts_of(a, "finish")] == [
        ("max_verstappen", 1, "sprint"),
        ("hamilton", 2, "sprint"),
        ("bottas", 3, "sprint"),
    ]


@pytest.mark.parametrize(
    "first_line",
    ["GP Canada 1. Max Verstappen (Red Bull) 25 punten", "Uitslag Canada 1. Max Verstappen (Red Bull)"],
)
def test_heading_on_the_line_of_the_first_row(parse: Parse, first_line: str) -> None:
    a = parse(
        "De race in Canada was spannend tot het einde.\n\n"
        + first_line
        + "\n\n2. Carlos Sainz (Ferrari) +0,993\n\n3. Lewis Hamilton (Mercedes) +7,006\n",
        date="2022-06-20",
    )
    assert rows(a, "finish")[:3] == [("max_verstappen", 1), ("sainz", 2), ("hamilton", 3)]


def test_a_sentence_ending_in_one_is_no_list(parse: Parse) -> None:
    # "1." after prose with a full stop before it stays a sentence end
    a = parse("Verstappen won in Canada. Hij is nu nummer 1. Sainz werd tweede.", date="2022-06-20")
    assert ("sainz", 2) in rows(a, "finish")
    assert len(a.sentences) == 3


def test_rows_one_per_line_inside_a_paragraph(parse: Parse) -> None:
    # single line breaks, no blank lines: each line is a row of the standings after the race
    a = parse(
        "Verstappen won in Canada en loopt verder uit.\nWK-stand na de GP van Canada\n"
        "1. Max Verstappen - 175 punten\n2. Sergio Pérez - 129 punten\n3. Charles Leclerc - 126 punten\n"
        "4. George Russell - 111 punten",
        date="2022-06-20",
    )
    assert rows(a, "championship") == [("max_verstappen", 1), ("perez", 2), ("leclerc", 3), ("russell", 4)]
    assert [f.amount for f in facts_of(a, "points")] == [175, 129, 126, 111]
    assert rows(a, "finish") == [("max_verstappen", 1)]


def test_prose_lines_are_joined_as_before(parse: Parse) -> None:
    # a paragraph wrapped over lines is one text: a line starting with a number is no row
    a = parse(
        "Verstappen won in Canada, voor\n2 Ferrari's en\nSainz werd tweede in de race.", date="2022-06-20"
    )
    assert ("sainz", 2) in rows(a, "finish")
    assert not rows(a, "championship")


def test_standings_bullets_without_numbers(parse: Parse) -> None:
    a = parse(
        "Drivers' standings after Canada - Max Verstappen (Red Bull) 175 points - Sergio Perez (Red Bull) 129"
        " points - Charles Leclerc (Ferrari) 126 points - George Russell (Mercedes) 111 points - Carlos Sainz"
        " (Ferrari) 102 points",
        date="2022-06-20",
    )
    assert rows(a, "championship") == [
        ("max_verstappen", 1),
        ("perez", 2),
        ("leclerc", 3),
        ("russell", 4),
        ("sainz", 5),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # no standings heading: points told in prose give no places
        "In Canada Max Verstappen (Red Bull) scored 25 points - Sainz 18 points - Hamilton 15 points -"
        " Russell 12 points - Leclerc 10 points.",
        # points going up are no standings table
        "Drivers' standings - Zhou 1 points - Albon 3 points - Vettel 5 points - Gasly 6 points - Ocon 20"
        " points",
    ],
)
def test_no_standings_from_unordered_points(parse: Parse, text: str) -> None:
    assert not rows(parse(text, date="2022-06-20"), "championship")


def test_an_empty_template_gives_no_places(parse: Parse) -> None:
    a = parse(
        "Results so far: Canadian Grand Prix 1st place - 2nd place - 3rd place - Lewis Hamilton", "2022-06-20"
    )
    # only the slot with a name after it is filled
    assert rows(a, "finish") == [("hamilton", 3)] and not rows(a, "championship")


def test_points_right_after_names_in_a_standings_sentence(parse: Parse) -> None:
    a = parse(
        "Verstappen won in Mexico. In de WK-stand telt Hamilton 358 punten, Vettel volgt met 294 punten, voor"
        " Räikkönen (236 punten).",
        date="2018-10-29",
    )
    assert sorted((f.driver, f.amount) for f in facts_of(a, "points")) == [
        ("hamilton", 358),
        ("raikkonen", 236),
        ("vettel", 294),
    ]
    # outside a standings sentence a number of points after a name is a race's haul, not a total
    b = parse("Verstappen won in Mexico. Hamilton 15 punten, Vettel 18 punten.", date="2018-10-29")
    assert not facts_of(b, "points")


@pytest.mark.parametrize(
    "date, dated",
    [
        ("2019-11-14", True),  # 363 points after 19 rounds: a standing of the page's own day
        ("2019-04-16", False),  # 363 points after three rounds cannot be: the table is of another day
    ],
)
def test_a_standings_total_too_high_for_the_date_is_undated(parse: Parse, date: str, dated: bool) -> None:
    a = parse(
        "De stand in het WK:\n\n1. Hamilton (Mercedes) 363 punten\n\n2. Bottas (Mercedes) 314 punten\n\n"
        "3. Leclerc (Ferrari) 249 punten\n\n4. Verstappen (Red Bull) 35 punten",
        date=date,
    )
    statuses = {f.status for f in facts_of(a, "championship")}
    assert statuses == ({"final"} if dated else {"undated"})


@pytest.mark.parametrize(
    "text, heading_fastest",
    [
        (
            "Uitslag:\n\n1. Hamilton (Mercedes)\n\n2. Russell (Mercedes) +3,2\n\n3. Sainz (Ferrari) +5,1"
            " (snelste ronde)",
            "sainz",
        ),
        (
            "Results: 1. Hamilton (Mercedes), 2. Russell (Mercedes) +3.2 - fastest lap, 3. Sainz (Ferrari)"
            " +5.1",
            "russell",
        ),
        # a qualifying list has no fastest lap of the race
        (
            "Kwalificatie:\n\n1. Hamilton (Mercedes)\n\n2. Russell (Mercedes)\n\n3. Sainz (Ferrari)"
            " (snelste ronde)",
            None,
        ),
    ],
)
def test_a_row_marked_with_the_fastest_lap(parse: Parse, text: str, heading_fastest: str | None) -> None:
    a = parse(text, date="2024-07-08")
    assert [f.driver for f in facts_of(a, "fastest_lap")] == ([heading_fastest] if heading_fastest else [])


LOOSE = (
    "Lando Norris - McLaren Oscar Piastri - McLaren Charles Leclerc - Ferrari Carlos Sainz - Ferrari"
    " George Russell - Mercedes Lewis Hamilton - Mercedes"
)


@pytest.mark.parametrize(
    "text, kind, expected",
    [
        # a heading, then each driver with his team of that season: the order is the places
        ("Startopstelling: " + LOOSE, "grid", [("norris", 1), ("piastri", 2), ("hamilton", 6)]),
        ("Race result: " + LOOSE.replace(" - ", ", "), "finish", [("norris", 1), ("leclerc", 3)]),
        # no heading: names with teams are no classification
        ("Bij de teams kijken we naar " + LOOSE, "finish", []),
        # one driver printed with another team than his own, in a list whose other rows hold: a misprint
        (
            "Race result: " + LOOSE.replace("Piastri - McLaren", "Piastri - Williams"),
            "finish",
            [("norris", 1), ("piastri", 2), ("leclerc", 3)],
        ),
        # two such drivers: the list is not what it seems
        (
            "Startopstelling: "
            + LOOSE.replace("Piastri - McLaren", "Piastri - Williams").replace(
                "Sainz - Ferrari", "Sainz - Haas"
            ),
            "grid",
            [],
        ),
        # the first row must hold: a misprint is told from a list only after it
        ("Startopstelling: " + LOOSE.replace("Norris - McLaren", "Norris - Williams"), "grid", []),
        # too short to trust the order
        (
            "Startopstelling: Lando Norris - McLaren Oscar Piastri - McLaren Charles Leclerc - Ferrari",
            "grid",
            [],
        ),
    ],
)
def test_a_list_without_numbers(parse: Parse, text: str, kind: str, expected: list[tuple[str, int]]) -> None:
    got = {(f.driver, f.position) for f in facts_of(parse(text, date="2024-09-01"), kind)}
    assert set(expected) <= got and (bool(got) == bool(expected))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Statistieken. Podium Norris - Piastri - Leclerc Leiders ronde 1 - 20: Norris", [1, 2, 3]),
        ("Het podium: Norris, Piastri en Leclerc.", [1, 2, 3]),
        ("The podium: Norris / Piastri / Leclerc", [1, 2, 3]),
        # no label, a fourth name, or a verb between: no ordered podium
        ("Norris, Piastri en Leclerc stonden op het podium.", []),
        ("Podium: Norris - Piastri - Leclerc - Sainz", []),
        ("Op het podium stond Norris naast Piastri en Leclerc.", []),
    ],
)
def test_a_podium_line_gives_the_first_three(parse: Parse, text: str, expected: list[int]) -> None:
    a = parse(text, date="2024-09-16")
    got = {f.driver: f.position for f in facts_of(a, "finish") if f.status == "final"}
    assert [got.get(d) for d in ("norris", "piastri", "leclerc") if d in got] == expected


def test_a_standings_list_with_teams_and_points_is_read_whole(parse: Parse) -> None:
    a = parse(
        "Driver standings\n- Norris (McLaren) 63 points\n- Piastri (McLaren) 58 points\n"
        "- Leclerc (Ferrari) 33 points\n- Sainz (Ferrari) 26 points\n- Russell (Mercedes) 22 points\n"
        "- Alonso (Aston Marten) 18 points\n- Hamilton (Mercedes) 15 points\nResults so far\n1st place -\n"
        "2nd place -\n3rd place - Verstappen",  # a team misspelt on a row: the points still say the order
        date="2024-07-22",
    )
    places = {(f.driver, f.position) for f in facts_of(a, "championship")}
    assert ("norris", 1) in places and ("russell", 5) in places
    # the empty places of the template after the list are nobody's, not the last name's before them
    assert not [p for d, p in places if d in ("hamilton", "verstappen") and p != 7]


_QUALI_ROWS = (
    "Uitslag kwalificatie GP Spanje\n\n1. Lando Norris 1.16,101\n\n2. Pierre Gasly 1.16,230\n\n"
    "3. Esteban Ocon 1.16,305\n\n4. Alexander Albon 1.15,990{mark}\n\n5. Lance Stroll 1.16,420"
)


@pytest.mark.parametrize("mark", [" (gridstraf)", " (3 plaatsen gridstraf)", " (grid penalty)"])
def test_a_qualifying_list_with_a_grid_penalty_row_is_the_grid(parse: Parse, mark: str) -> None:
    a = parse(_QUALI_ROWS.format(mark=mark), date="2024-06-22")
    assert facts_of(a, "qualifying") == []
    grid = sorted((f.driver, f.position) for f in facts_of(a, "grid"))
    assert grid == [("albon", 4), ("gasly", 2), ("norris", 1), ("ocon", 3), ("stroll", 5)]


def test_a_qualifying_list_without_a_mark_stays_qualifying(parse: Parse) -> None:
    a = parse(_QUALI_ROWS.format(mark=" (snelste tijd)"), date="2024-06-22")
    assert ("albon", 4) in {(f.driver, f.position) for f in facts_of(a, "qualifying")}
    assert facts_of(a, "grid", "albon") == []


_CALENDAR = (
    "Kalender 2021\n\nDatum Race winnaar 2020 winnaar 2021\n\n"
    "{a} (Spielberg) Hamilton Verstappen 04/07 Oostenrijk (Spielberg) Bottas Verstappen "
    "18/07 Groot-Brittannie (Silverstone) Hamilton Hamilton 01/08 Hongarije (Boedapest) Hamilton Ocon"
)


def winners(a: ParsedArticle) -> set[tuple[str, int | None, str | None]]:
    return {(f.driver, f.season, f.grand_prix) for f in facts_of(a, "finish") if f.position == 1}


def test_a_calendar_with_a_column_of_winners_per_season(parse: Parse) -> None:
    a = parse(_CALENDAR.format(a="27/06 Stiermarken"), date="2021-12-20")
    assert winners(a) == {
        ("hamilton", 2020, "styria"),
        ("max_verstappen", 2021, "styria"),
        ("bottas", 2020, "austria"),
        ("max_verstappen", 2021, "austria"),
        ("hamilton", 2020, "great_britain"),
        ("hamilton", 2021, "great_britain"),
        ("hamilton", 2020, "hungary"),
        ("ocon", 2021, "hungary"),
    }


def test_a_calendar_row_whose_date_is_not_its_race_is_left_out(parse: Parse) -> None:
    # 27 June 2021 was the Styrian race at Spielberg, not the Austrian one
    a = parse(_CALENDAR.format(a="27/06 Oostenrijk"), date="2021-12-20")
    assert ("max_verstappen", 2021, "austria") in winners(a)
    assert ("hamilton", 2020, "austria") not in winners(a)


def test_a_calendar_in_english_with_a_race_to_come(parse: Parse) -> None:
    body = (
        "Date Race Winner 2021\n\n27/06 Styria Verstappen 04/07 Austria Verstappen 18/07 Britain Hamilton"
        " 01/08 Hungary"
    )
    a = parse(body, date="2021-07-20")
    assert winners(a) == {
        ("max_verstappen", 2021, "styria"),
        ("max_verstappen", 2021, "austria"),
        ("hamilton", 2021, "great_britain"),
    }


@pytest.mark.parametrize(
    "body",
    [
        # the dates are no race days of the season: no calendar of it
        "Datum Race winnaar 2021\n\n03/06 Oostenrijk Verstappen 09/07 Hongarije Ocon 22/07 Spanje Hamilton",
        # no column of winners named above the rows
        "Kalender 2021\n\n04/07 Oostenrijk Verstappen 18/07 Groot-Brittannie Hamilton 01/08 Hongarije Ocon",
        # two rows only
        "Datum Race winnaar 2021\n\n04/07 Oostenrijk Verstappen 18/07 Groot-Brittannie Hamilton",
    ],
)
def test_no_calendar(parse: Parse, body: str) -> None:
    assert len(winners(parse(body, date="2021-12-20"))) <= 1


def test_a_laps_column_with_countries_is_a_race_table_not_standings(parse: Parse) -> None:
    text = (
        "Uitslag GP van Canada 2022\n\n"
        "Pos Driver Laps Time\n"
        "1 Netherlands Max Verstappen 70 1:36:21.757\n"
        "2 Spain Carlos Sainz 70 +0.993\n"
        "3 United Kingdom Lewis Hamilton 70 +7.006\n"
        "4 United Kingdom George Russell 70 +12.313\n"
        "5 Monaco Charles Leclerc 70 +15.168\n"
        "6 France Esteban Ocon 70 +37.507\n"
        "7 Finland Valtteri Bottas 69 +1 lap\n"
    )
    a = parse(text, date="2022-06-20")
    assert rows(a, "championship") == []
    finish = dict(rows(a, "finish"))
    assert finish["sainz"] == 2 and finish["ocon"] == 6 and finish["bottas"] == 7


def test_points_going_down_with_ties_at_nought_are_standings(parse: Parse) -> None:
    text = (
        "Stand na de GP van Canada 2022\n\n"
        "1 Max Verstappen 175 punten\n2 Sergio Perez 129 punten\n3 Charles Leclerc 126 punten\n"
        "4 George Russell 111 punten\n5 Nicholas Latifi 0 punten\n6 Mick Schumacher 0 punten\n"
    )
    a = parse(text, date="2022-06-20")
    assert ("perez", 2) in rows(a, "championship")


def test_names_under_a_heading_of_retirements(parse: Parse) -> None:
    text = (
        "Uitslag GP Canada: Verstappen won voor Sainz.\n\n"
        "Uitvallers GP Canada:\n\n"
        "Sergio Pérez (Red Bull)\n\n"
        "Mick Schumacher (Haas)\n\n"
        "Daarna sprak Lewis Hamilton over zijn podium.\n\n"
        "Lando Norris (McLaren)"
    )
    a = parse(text, date="2022-06-20")
    assert {f.driver for f in facts_of(a, "retirement")} == {"perez", "mick_schumacher"}


def test_a_status_word_before_a_name_without_a_number(parse: Parse) -> None:
    text = (
        "Uitslag GP Canada 2022: 1 Max Verstappen (Ned) Red Bull 1hr 36min 2 Carlos Sainz (Spa) Ferrari"
        " +0.993 3 Lewis Hamilton (Gbr) Mercedes +7.006 4 George Russell (Gbr) Mercedes +12.313 DNF Sergio"
        " Perez (Mex) Red Bull"
    )
    a = parse(text, date="2022-06-20")
    assert {f.driver for f in facts_of(a, "retirement")} == {"perez"}
    assert ("russell", 4) in rows(a, "finish")


def test_rows_that_open_with_a_status_word_are_no_heading(parse: Parse) -> None:
    text = "Max Verstappen won in Canada.\n\nDNF 22 Yuki Tsunoda AlphaTauri\nDNF 47 Mick Schumacher Haas\n"
    a = parse(text, date="2022-06-20")
    assert "max_verstappen" not in {f.driver for f in facts_of(a, "retirement")}
    assert "mick_schumacher" in {f.driver for f in facts_of(a, "retirement")}


def test_a_table_with_a_car_number_column(parse: Parse) -> None:
    text = (
        "Uitslag GP Canada 2022\n\nPos No Driver Team\n1 1 Max Verstappen Red Bull\n"
        "2 55 Carlos Sainz Ferrari\n3 44 Lewis Hamilton Mercedes\n4 63 George Russell Mercedes\n"
        "5 16 Charles Leclerc Ferrari\n"
        "DNF 22 Yuki Tsunoda AlphaTauri\nDNF 11 Sergio Perez Red Bull\n"
    )
    a = parse(text, date="2022-06-20")
    assert set(rows(a, "finish")) >= {("max_verstappen", 1), ("sainz", 2), ("russell", 4), ("leclerc", 5)}
    assert {d for d, _ in rows(a, "retirement")} == {"tsunoda", "perez"}
    # without the column in the header, the number after the place is no place of its own
    assert ("sainz", 55) not in rows(a, "finish")
