"""Phrase families of the session of 7 December 2026 (the second), in examples written here, each with
sentences that must still give the fact: a practice report dated on the race's day, or whose lead names the
qualifying to come, gives its places to the session it reports on; a place of another day's sessions in it is
none of that session's; a place run for a while ("he had run fourth"); a part of the race ("in the final third
of the race"); the owner of a teammate named in a points gap ("ahead of Verstappen's teammate Perez"); a win
one can get ("kan zijn 92ste zege boeken", "can claim his 92nd win"); what is or is not possible ("pole zit er
niet in"); the order of a queue at the pit exit ("de eerste bij het licht"); a sentence of another session
explains no retirement ("was vanaf de laatste startrij vertrokken, nadat hij in Q1 was gecrasht"); the one a
driver came home after ("terwijl Stroll na Ocon derde werd"); a finish in the place he started ("begon als
tweede en finishte ook op die plek"); a place joined to its noun ("a ninth-place finish", not "then
second-place runner"); a race that ended in a place is no retirement; the one a driver qualified ahead of
("claimed third, qualifying ahead of Vettel in fourth"); what a session is for ("to determine pole position");
the race a win is told "in" ("na Russells zege in Brazilië ... in Abu Dhabi"); the ordinal of a race of his
("tussen zijn eerste en laatste F1-race"); a place before the penalty; a practice top "at the time", or "off
the quickest time"; the why of another driver told after a penalty; "voor zijn rol in het incident"; what
seemed to come ("leek het erop dat ... zou"); a car kept out of the wall; "een eerste tijd" (an opening lap);
the Silver Arrows are both cars; places paired with "respectively" after a front row locked out are
starts; a duel or a title won is no race won; what "kost hem pole" is: a pole lost; a pronoun that opens a
subordinate clause after the one driver named ("the focus is on Hamilton after he secured his title"); a place
held for a moment ("a momentary advantage", "only for Leclerc to reclaim it"); a count of wins ("winning at
least one race each season"); a list headed "Lap 1 order"; a win "last time out"; the fine "die Ferrari kreeg"
and one a driver only speaks of ("begrijpt niet dat er een boete ..."); "in een gewonnen positie"; "stripped
of 8th"; "hit out at" is no collision; the race a grid penalty is for is no reason; "recovered from this
setback to second" is no start; one who crossed the line did not retire; "a 23 rather than 24 lap sprint";
"voordat de eerste tijd werd neergezet" (first in time); "has lost his seventh place"; "vaulted from fourth to
second" (a move); a time penalty told as seconds added to his race time."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle
from tests.knowledge.conftest import facts_of
from tests.knowledge.extract.views import assert_cause, crashed, finals, poles, retired

Parse = Callable[..., ParsedArticle]
# the 2022 Dutch GP: practice on Friday 2 and Saturday 3 September, the race on Sunday 4 September
SUNDAY = "2022-09-04"
SATURDAY = "2022-09-03"


def practice(a: ParsedArticle) -> set[tuple[str, str | None, int | None]]:
    return {(f.driver, f.detail, f.position) for f in facts_of(a, "practice")}


def placed(a: ParsedArticle, kind: str) -> set[tuple[str, int | None]]:
    return {(f.driver, f.position) for f in facts_of(a, kind)}


def test_a_practice_report_dated_on_the_race_day_is_still_a_practice_report(parse: Parse) -> None:
    # a page dated on the Sunday (its site gives the weekend's date) about the second session
    a = parse(
        "Norris bovenaan in tweede training\n\nIn de tweede vrije training in Zandvoort was Lando Norris de"
        " snelste. Charles Leclerc was tweede op +0.120s en George Russell klokte de derde tijd.\n\n"
        "Later in de sessie spinde Yuki Tsunoda in bocht 3.",
        date=SUNDAY,
    )
    assert practice(a) == {("norris", "FP2", 1), ("leclerc", "FP2", 2), ("russell", "FP2", 3)}
    assert not facts_of(a, "finish")
    assert not facts_of(a, "qualifying")


def test_a_race_report_on_the_race_day_keeps_its_results(parse: Parse) -> None:
    # a race report of the same day that looks back on practice once: its places are the race's
    a = parse(
        "Norris wint in Zandvoort\n\nLando Norris won de Grand Prix van Nederland. Charles Leclerc werd"
        " tweede op 2.1 seconden. In de tweede vrije training was Norris ook al de snelste.",
        date=SUNDAY,
    )
    assert placed(a, "finish") >= {("norris", 1), ("leclerc", 2)}


def test_a_lead_naming_the_qualifying_to_come_is_no_qualifying_report(parse: Parse) -> None:
    # the lead tells when qualifying starts; the article is of the last practice session
    a = parse(
        "Leclerc snelste in laatste training\n\nCharles Leclerc reed de snelste tijd in de laatste vrije"
        " training in Zandvoort. De kwalificatie begint om 15.00 uur.\n\nLando Norris was goed voor de"
        " tweede tijd. Max Verstappen werd vierde.",
        date=SATURDAY,
    )
    assert ("leclerc", "FP-last", 1) in practice(a)
    assert ("norris", "FP-last", 2) in practice(a)
    assert not facts_of(a, "qualifying")


def test_a_qualifying_report_keeps_its_places(parse: Parse) -> None:
    # a report of qualifying that names the last practice once: its places are qualifying's
    a = parse(
        "Verstappen op pole in Zandvoort\n\nMax Verstappen pakte de pole position in de kwalificatie."
        " Charles Leclerc kwalificeerde zich als tweede, Lando Norris werd derde in de kwalificatie. In de"
        " laatste vrije training was Leclerc nog de snelste.",
        date=SATURDAY,
    )
    assert ("leclerc", 2) in placed(a, "qualifying") | placed(a, "grid")


def test_a_place_of_another_day_is_none_of_the_session_reported(parse: Parse) -> None:
    a = parse(
        "Russell snelste in derde training\n\nGeorge Russell was de snelste in de laatste vrije training in"
        " Zandvoort. Lando Norris was vrijdag nog de snelste in beide sessies, maar moest nu 0.2 seconden"
        " toegeven.\n\nSergio Pérez was goed voor de derde tijd.",
        date=SATURDAY,
    )
    last = {(d, p) for d, s, p in practice(a) if s in ("FP3", "FP-last")}
    assert last >= {("russell", 1), ("perez", 3)}
    assert not any(d == "norris" for d, _, _ in practice(a))
    assert not facts_of(a, "qualifying")


def test_a_place_in_both_sessions_of_the_day_holds_for_the_one_reported(parse: Parse) -> None:
    a = parse(
        "Norris leads second practice\n\nLando Norris topped second practice at Zandvoort. Max Verstappen"
        " was third fastest in both sessions, ahead of Lewis Hamilton.",
        date="2022-09-02",
    )
    assert ("max_verstappen", "FP2", 3) in practice(a)


ES = "Spanish Grand Prix 2022."
ES_DATE = "2022-05-22"


@pytest.mark.parametrize(
    "text, expected",
    [
        # a place held for a while
        ("Russell had run third before his tyres faded.", set()),
        ("Having run fourth for most of the race, Russell lost out at the end.", set()),
        ("Russell has run second twice this season.", set()),
        # a place at the end
        ("Russell finished third after a long run on hard tyres.", {("russell", 3)}),
        ("Russell had to settle for third.", {("russell", 3)}),
    ],
)
def test_a_place_run_for_a_while(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    assert finals(parse(f"{ES} {text}", date=ES_DATE)) - {("max_verstappen", 1)} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a part of the race
        ("In the final third of the race, Russell had no answer to the Ferraris.", set()),
        ("Russell was quick in the first third of the race.", set()),
        ("In het laatste derde van de race had Russell geen antwoord.", set()),
        # a place
        ("Russell came home third in the race.", {("russell", 3)}),
        ("Russell werd derde in de race.", {("russell", 3)}),
    ],
)
def test_a_part_of_the_race_is_no_place(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    assert finals(parse(f"{ES} {text}", date=ES_DATE)) == expected


def test_the_owner_of_a_teammate_is_not_the_one_a_points_gap_is_to(parse: Parse) -> None:
    a = parse(
        "Singapore Grand Prix 2022. Perez won in Singapore. Leclerc is now three points ahead of"
        " Verstappen's teammate Perez in the standings. Leclerc is 95 points behind Verstappen.",
        date="2022-10-02",
    )
    gaps = {(f.driver, f.others, f.amount, f.detail) for f in facts_of(a, "points_gap")}
    assert ("leclerc", ("max_verstappen",), 3, "ahead") not in gaps
    assert ("leclerc", ("max_verstappen",), 95, "behind") in gaps


PT = "Grand Prix van Portugal 2020."
PT_EN = "Portuguese Grand Prix 2020."
PT_DATE = "2020-10-25"


@pytest.mark.parametrize(
    "text, expected",
    [
        # a win one can get
        (f"{PT} Hamilton kan vandaag zijn 92ste GP-zege boeken.", set()),
        (f"{PT} Bottas kan in Portimão zijn tiende zege behalen.", set()),
        (f"{PT_EN} Hamilton can claim his 92nd win today.", set()),
        (f"{PT_EN} Bottas can take the win if the rain comes.", set()),
        # a win got
        (f"{PT} Hamilton boekte zijn 92ste GP-zege.", {("hamilton", 1)}),
        (f"{PT_EN} Hamilton claimed his 92nd win in Portimão.", {("hamilton", 1)}),
        (f"{PT_EN} Hamilton won in Portimão, and he can now relax.", {("hamilton", 1)}),
    ],
)
def test_a_win_one_can_get(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    assert finals(parse(text, date=PT_DATE)) == expected


SG = "Grand Prix van Singapore 2018."
SG_RACE = "2018-09-16"


@pytest.mark.parametrize(
    "text, expected",
    [
        # what is or is not possible
        ("Verstappen zei dat de pole er niet inzit.", set()),
        ("Volgens Verstappen zit de pole er dit weekend wel in.", set()),
        ("Een pole zat er voor Verstappen niet in.", set()),
        # a pole
        ("Verstappen zat perfect in zijn ritme en pakte de pole.", {"max_verstappen"}),
        ("Verstappen pakte de pole; daar zat een sterke laatste ronde in.", {"max_verstappen"}),
    ],
)
def test_what_is_or_is_not_possible(parse: Parse, text: str, expected: set[str]) -> None:
    assert poles(parse(f"{SG} {text}", date="2018-09-15")) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the order of a queue at the pit exit
        ("Q1 is net begonnen in de kwalificatie. Russell is de eerste bij het licht.", set()),
        ("Russell stond als eerste in de rij aan het einde van de pitstraat.", set()),
        ("The session resumed, Russell first out of the pits and Norris third in the queue.", set()),
        # a place of the session
        ("Russell werd eerste in de kwalificatie.", {("russell", 1)}),
        ("Norris qualified third, behind the Ferraris.", {("norris", 3)}),
    ],
)
def test_the_order_of_a_queue_is_no_place(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    a = parse(f"Grand Prix van Singapore 2022. {text}", date="2022-10-01")
    assert {(f.driver, f.position) for f in facts_of(a, "qualifying")} == expected


@pytest.mark.parametrize(
    "after, expected",
    [
        # a sentence of another session after the retirement: no cause of it
        ("De Canadees was vanaf de laatste startrij vertrokken, nadat hij in Q1 was gecrasht.", None),
        ("De Canadees had in de derde vrije training een crash gehad.", None),
        # a sentence that explains the retirement
        ("De Canadees kreeg een lekke band op het rechte stuk.", "lekke band"),
    ],
)
def test_another_session_explains_no_retirement(parse: Parse, after: str, expected: str | None) -> None:
    a = parse(
        f"Grand Prix van Azerbeidzjan 2021. Lance Stroll viel uit tijdens de race. {after}", date="2021-06-06"
    )
    reason = retired(a)["stroll"]
    assert_cause(reason, expected)


AD = "Abu Dhabi Grand Prix 2018."
AD_NL = "Grand Prix van Abu Dhabi 2018."
AD_DATE = "2018-11-25"


@pytest.mark.parametrize(
    "text, expected",
    [
        # the one he came home after is not placed
        (f"{AD_NL} Hamilton won, terwijl Sainz na Bottas derde werd.", {("hamilton", 1), ("sainz", 3)}),
        (f"{AD_NL} Leclerc werd na Grosjean tiende.", {("leclerc", 10)}),
        # ... nor one that opens the sentence and is its topic
        (f"{AD_NL} Na Hamilton kwam Vettel als tweede over de streep.", {("vettel", 2)}),
    ],
)
def test_the_one_he_came_home_after(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    assert finals(parse(text, date=AD_DATE)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a finish in the place he started
        ("Bottas begon als tweede en finishte ook op die plek.", {("bottas", 2)}),
        ("Bottas started fifth and finished there too.", {("bottas", 5)}),
        ("Bottas started sixth and crossed the line in the same position.", {("bottas", 6)}),
        # a start alone, or a place kept for a while
        ("Bottas begon als tweede en bleef lang op die plek.", set()),
        ("Bottas started fifth and stayed there for ten laps.", set()),
    ],
)
def test_a_finish_where_he_started(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    assert finals(parse(f"{AD} {text}", date=AD_DATE)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a place joined to its noun
        ("Grosjean ended the race with a ninth-place finish.", {("grosjean", 9)}),
        ("Alonso's last race ended in an 11th-place finish.", {("alonso", 11)}),
        ("Hamilton sealed the title with a fourth-place finish.", {("hamilton", 4)}),
        # where he ran at that moment
        ("Ferrari pitted then second-place runner Raikkonen a lap later.", set()),
    ],
)
def test_a_place_joined_to_its_noun(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    assert finals(parse(f"{AD} {text}", date=AD_DATE)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a race that ended in a place
        ("Alonso's final race ended in an 11th-place finish.", set()),
        ("Alonso's race ended with points for McLaren.", set()),
        # a race that ended early
        ("Alonso's race ended on lap 12 with a gearbox failure.", {"alonso"}),
        ("Alonso's race ended in the barrier at turn 8.", {"alonso"}),
    ],
)
def test_a_race_that_ended_in_a_place_is_no_retirement(parse: Parse, text: str, expected: set[str]) -> None:
    assert set(retired(parse(f"{AD} {text}", date=AD_DATE))) == expected


MX = "Mexican Grand Prix qualifying 2018."
MX_DATE = "2018-10-27"


@pytest.mark.parametrize(
    "text, expected",
    [
        # his own place told first: the one he was ahead of is in the place after
        (
            "Hamilton claimed third place on the grid, qualifying ahead of Vettel in fourth.",
            {("hamilton", 3), ("vettel", 4)},
        ),
        (
            "Bottas took second place on the grid, qualifying ahead of Ricciardo in third.",
            {("bottas", 2), ("ricciardo", 3)},
        ),
        # behind: the subject's own start
        (
            "Leclerc qualified fourth, but will start behind Verstappen in 16th.",
            {("leclerc", 4), ("leclerc", 16)},
        ),
    ],
)
def test_the_one_qualified_ahead_of(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    a = parse(f"{MX} {text}", date=MX_DATE)
    assert placed(a, "qualifying") | placed(a, "grid") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # what a session is for
        ("Grosjean went off. The track stayed dry enough for Q3 to be held and to determine pole.", set()),
        ("Grosjean ging eraf. Daarna werd Q3 verreden om de pole position te bepalen.", set()),
        # a pole taken
        ("Grosjean went off, but Verstappen took pole in Q3.", {"max_verstappen"}),
        ("Verstappen pakte de pole position in Q3.", {"max_verstappen"}),
    ],
)
def test_what_a_session_is_for(parse: Parse, text: str, expected: set[str]) -> None:
    assert poles(parse(f"Styrian Grand Prix qualifying 2020. {text}", date="2020-07-11")) == expected


def test_the_race_a_win_is_told_in(parse: Parse) -> None:
    a = parse(
        "Grand Prix van Abu Dhabi 2022. Na George Russells zege in Brazilië stonden twaalf winnaars aan de"
        " start in Abu Dhabi. Na zijn overwinning in de Grand Prix van Japan reed Verstappen ook in Abu Dhabi"
        " naar de winst.",
        date="2022-11-20",
    )
    wins = {(f.driver, f.grand_prix) for f in facts_of(a, "finish") if f.position == 1}
    assert ("russell", "abu_dhabi") not in wins
    assert ("russell", "sao_paulo") in wins
    assert ("max_verstappen", "abu_dhabi") in wins


@pytest.mark.parametrize(
    "text, expected",
    [
        # the ordinal of a race of his
        ("Alonso brak een record: de langste periode tussen zijn eerste en laatste F1-race.", set()),
        ("Alonso set a record for the longest gap between his first and his last grand prix.", set()),
        # places
        ("Leclerc werd eerste en Sainz tweede.", {("leclerc", 1), ("sainz", 2)}),
        ("Leclerc finished first and Sainz second.", {("leclerc", 1), ("sainz", 2)}),
    ],
)
def test_the_ordinal_of_a_race_of_his(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    assert finals(parse(f"Azerbaijan Grand Prix 2022. {text}", date="2022-06-12")) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a place before the penalty changed it
        ("Vandoorne secured P14 on track before the penalty.", set()),
        ("Vandoorne was 14th before his time penalty was applied.", set()),
        # a place
        ("Vandoorne finished 14th despite a penalty.", {("vandoorne", 14)}),
    ],
)
def test_a_place_before_the_penalty(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    assert finals(parse(f"Brazilian Grand Prix 2018. {text}", date="2018-11-11")) == expected


HU = "Hungarian Grand Prix first practice 2019. Practice began in the heat."
HU_DATE = "2019-08-02"


@pytest.mark.parametrize(
    "text, expected",
    [
        # the top when the report looked in, or the time others are measured by
        ("At the time, Gasly was fastest with a 1:17.854.", set()),
        ("Op dat moment was Gasly de snelste.", set()),
        (
            "Gasly did his best lap on softs. The Mercedes pair ended up seven-tenths off the quickest time.",
            set(),
        ),
        # the top of the session
        ("Gasly was fastest in the end with a 1:17.854.", {("gasly", 1)}),
    ],
)
def test_a_practice_top_for_a_while(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    assert {(d, p) for d, _, p in practice(parse(f"{HU} {text}", date=HU_DATE))} == expected


def penalty_reasons(a: ParsedArticle) -> dict[str, str | None]:
    return {f.driver: f.reason for f in facts_of(a, "penalty")}


def test_the_why_of_another_driver_after_a_penalty(parse: Parse) -> None:
    a = parse(
        "Brazilian Grand Prix 2019. Charles Leclerc climbed to sixth early on despite a grid penalty. Carlos"
        " Sainz was at the back due to a gearbox problem in qualifying.",
        date="2019-11-17",
    )
    assert penalty_reasons(a) == {"leclerc": None}


@pytest.mark.parametrize(
    "penalty",
    [
        "Russell kreeg een tijdstraf van vijf seconden voor zijn rol in het incident.",
        "Russell was given a five-second penalty for his part in the incident.",
    ],
)
def test_his_role_in_the_incident_points_back(parse: Parse, penalty: str) -> None:
    a = parse(
        "Grand Prix van Oostenrijk 2022. Achter Verstappen kwam het tot een botsing tussen Pérez en Russell."
        f" Pérez viel terug naar de laatste plaats. {penalty}",
        date="2022-07-10",
    )
    reason = penalty_reasons(a)["russell"]
    assert reason is not None and "botsing" in reason


GB = "Kwalificatie Britse Grand Prix 2022."
GB_DATE = "2022-07-02"


@pytest.mark.parametrize(
    "text, expected",
    [
        # what seemed to come
        ("Eerst leek het erop dat Leclerc de eerste startpositie zou pakken.", set()),
        ("Het leek er lang op dat Leclerc pole zou veroveren.", set()),
        # a pole taken
        ("Uiteindelijk pakte Sainz de pole position.", {"sainz"}),
    ],
)
def test_what_seemed_to_come(parse: Parse, text: str, expected: set[str]) -> None:
    a = parse(f"{GB} {text}", date=GB_DATE)
    assert {f.driver for f in facts_of(a, "grid") if f.status == "final" and f.position == 1} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # kept out of the wall
        ("Verstappen wist zijn auto net uit de muur te houden.", set()),
        ("Verstappen spun but managed to keep out of the barriers.", set()),
        ("Verstappen kept the car out of the wall at Copse.", set()),
        # a crash
        ("Verstappen crashte in de muur bij Copse.", {"max_verstappen"}),
        ("Verstappen walked away from the crash unhurt.", {"max_verstappen"}),
    ],
)
def test_a_car_kept_out_of_the_wall(parse: Parse, text: str, expected: set[str]) -> None:
    assert crashed(parse(f"{GB} {text}", date=GB_DATE)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an opening lap
        ("Verstappen klokte een eerste tijd van 1:51,332.", set()),
        ("Verstappen set a first time of 1:51.332 on intermediates.", set()),
        # the first place
        ("Verstappen klokte de eerste tijd in Q1.", {("max_verstappen", 1)}),
    ],
)
def test_an_opening_lap_is_no_place(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    assert placed(parse(f"{GB} {text}", date=GB_DATE), "qualifying") == expected


def test_the_silver_arrows_are_both_cars(parse: Parse) -> None:
    a = parse(
        "Azerbaijan Grand Prix qualifying 2019. Bottas was quicker than Hamilton, who sat in his tow, on the"
        " final runs in Q3 to clinch pole as the Silver Arrows locked out the front row.",
        date="2019-04-27",
    )
    assert poles(a) == {"bottas"}


@pytest.mark.parametrize(
    "text, expected_kind",
    [
        # a front row locked out: the places paired are starts
        (
            "Ferrari locked out the front row, with Raikkonen and Vettel taking first and second place,"
            " respectively.",
            "grid",
        ),
        # the race's places
        ("Hamilton won. Raikkonen and Bottas finished second and third respectively.", "finish"),
    ],
)
def test_places_paired_after_a_front_row(parse: Parse, text: str, expected_kind: str) -> None:
    a = parse(f"Italian Grand Prix 2018. {text}", date="2018-09-02")
    assert ("raikkonen", 2 if expected_kind == "finish" else 1) in placed(a, expected_kind)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a duel or a title won
        ("Albon won zijn eerste kwalificatie-duel met Kvyat.", set()),
        ("Albon won the qualifying battle with his team-mate.", set()),
        ("Hamilton celebrates winning his fifth world title.", set()),
        ("Hamilton won de wereldtitel voor de vijfde keer.", set()),
        # a race won
        ("Verstappen won de race na een duel met Hamilton.", {("max_verstappen", 1)}),
        ("Verstappen wint duel met Hamilton en de Grand Prix.", {("max_verstappen", 1)}),
    ],
)
def test_a_duel_or_a_title_won(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    assert finals(parse(f"Mexican Grand Prix 2018. {text}", date="2018-10-28")) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a pole lost
        ("Verstappen ramt de muur. Het kost hem pole position.", set()),
        ("Verstappen hit the wall, which costs him pole.", set()),
        # a pole
        ("Verstappen pakt pole position, het kost Hamilton de kop.", {"max_verstappen"}),
    ],
)
def test_a_pole_it_cost_him(parse: Parse, text: str, expected: set[str]) -> None:
    assert poles(parse(f"Kwalificatie Saoedi-Arabië 2021. {text}", date="2021-12-04")) == expected


def test_a_pronoun_after_the_one_driver_named(parse: Parse) -> None:
    a = parse(
        "Where did 2019 go wrong for Valtteri Bottas?\n\nAll the focus has been on Lewis Hamilton after he"
        " secured his sixth title in Austin, ending the hopes of his teammate.",
        date="2019-11-03",
    )
    titles = {f.driver for f in facts_of(a, "championship") if f.position == 1 and f.status == "final"}
    assert titles == {"hamilton"}


def test_a_pronoun_in_a_main_clause_keeps_the_article_focus(parse: Parse) -> None:
    a = parse(
        "Leclerc out in Barcelona\n\nCharles Leclerc retired from the lead of the Spanish Grand Prix. Ferrari"
        ' told Verstappen nothing. "It broke," he said.',
        date="2022-05-22",
    )
    assert {f.driver for f in facts_of(a, "quote")} <= {"leclerc"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a place for a moment
        ("Sainz had a momentary advantage as he took P2, but Leclerc took it back.", set()),
        ("Sainz snatched P2, only for Leclerc to reclaim the place a lap later.", set()),
        ("Sainz nam kortstondig de tweede plaats over.", set()),
        # a place at the flag
        ("Sainz took P2 on the last lap and held it to the flag.", {("sainz", 2)}),
    ],
)
def test_a_place_for_a_moment(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    assert finals(parse(f"Austrian Grand Prix 2022. {text}", date="2022-07-10")) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a count of wins
        ("Hamilton kept his record of winning at least one race in every season.", set()),
        ("Hamilton won more than half of the races that year.", set()),
        ("Hamilton wint minstens één race per seizoen.", set()),
        # a win
        ("Hamilton won the race by more than ten seconds.", {("hamilton", 1)}),
    ],
)
def test_a_count_of_wins(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    assert finals(parse(f"Mexican Grand Prix 2018. {text}", date="2018-10-28")) == expected


def test_a_list_headed_lap_1_order_is_the_running_order(parse: Parse) -> None:
    a = parse(
        "Austrian Grand Prix live 2020\n\nLap 1 order: 1 Bottas; 2 Hamilton; 3 Norris; 4 Leclerc.",
        date="2020-07-05",
    )
    assert finals(a) == set()
    assert ("bottas", 1) in {(f.driver, f.position) for f in facts_of(a, "finish") if f.status == "running"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a win of the race before
        ("Leclerc made it two wins in a row last time out.", set()),
        # this race's win
        ("Leclerc won the race, as he did in Bahrain.", {("leclerc", 1)}),
    ],
)
def test_a_win_of_the_race_before(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    assert finals(parse(f"Australian Grand Prix 2022. {text}", date="2022-04-10")) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the one that got the fine
        ("Norris veroordeelt de boete die Ferrari in Oostenrijk kreeg.", {"team:ferrari"}),
        ("Norris begrijpt niet dat er maar een boete werd uitgedeeld.", set()),
        # his own fine
        ("Norris kreeg een boete van 5000 euro.", {"norris"}),
    ],
)
def test_whose_fine(parse: Parse, text: str, expected: set[str]) -> None:
    a = parse(f"Grand Prix van Oostenrijk 2019. {text}", date="2019-07-01")
    assert {f.driver for f in facts_of(a, "fine")} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a prospect of a win, or a place taken away
        ("Russell lag plots in een gewonnen positie.", set()),
        ("Russell was in a winning position before the pit stop mix-up.", set()),
        ("Russell penalised, stripped of 8th in Sakhir.", set()),
        ("Russell werd ontdaan van zijn achtste plaats.", set()),
        # places
        ("Perez won the race, Russell finished ninth.", {("perez", 1), ("russell", 9)}),
    ],
)
def test_a_prospect_or_a_place_taken_away(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    assert finals(parse(f"Sakhir Grand Prix 2020. {text}", date="2020-12-06")) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Hamilton has hit out at fans who cheered Verstappen.", set()),
        ("Hamilton hit Verstappen at Copse.", {("hamilton", ("max_verstappen",))}),
    ],
)
def test_hit_out_at_is_no_collision(
    parse: Parse, text: str, expected: set[tuple[str, tuple[str, ...]]]
) -> None:
    a = parse(f"British Grand Prix 2021. {text}", date="2021-07-18")
    assert {(f.driver, f.others) for f in facts_of(a, "collision") if f.driver == "hamilton"} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the race it applies to
        ("Russell kreeg een gridstraf van vijf plaatsen voor de Grand Prix van Groot-Brittannië.", None),
        ("Russell got a five-place grid penalty for the British Grand Prix.", None),
        # a reason
        ("Russell kreeg een gridstraf van vijf plaatsen voor het negeren van gele vlaggen.", "gele vlaggen"),
    ],
)
def test_the_race_a_penalty_is_for_is_no_reason(parse: Parse, text: str, expected: str | None) -> None:
    a = parse(f"Grand Prix van Groot-Brittannië 2020. {text}", date="2020-08-01")
    reason = penalty_reasons(a)["russell"]
    assert_cause(reason, expected)


@pytest.mark.parametrize(
    "text, kind",
    [
        # what he came back from: the place is his finish
        ("Verstappen recovered from this early setback to a distant second.", "finish"),
        ("Verstappen bounced back from the crash to finish second.", "finish"),
        # a start
        ("Verstappen recovered from tenth on the grid to finish fifth.", "grid"),
    ],
)
def test_recovered_from_a_setback(parse: Parse, text: str, kind: str) -> None:
    a = parse(f"Hungarian Grand Prix 2020. {text}", date="2020-07-19")
    places = placed(a, kind)
    assert places and all(d == "max_verstappen" for d, _ in places)
    if kind == "finish":
        assert not placed(a, "grid")


@pytest.mark.parametrize(
    "text, expected",
    [
        # crossed the line, whatever broke
        (
            "Aan het eind begaf de voorband van Russell het, waardoor hij als zeventiende over de lijn kwam.",
            set(),
        ),
        ("Russell's front tyre failed, but he limped across the line in 17th.", set()),
        # a retirement
        ("Aan het eind begaf de motor van Russell het en viel hij uit.", {"russell"}),
    ],
)
def test_one_who_crossed_the_line_did_not_retire(parse: Parse, text: str, expected: set[str]) -> None:
    assert set(retired(parse(f"Grand Prix van Qatar 2021. {text}", date="2021-11-21"))) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The field started a 23 rather than 24 lap sprint.", (23, "completed")),
        ("Het werd een 20 in plaats van 24 ronden lange sprint.", (20, "completed")),
        ("The 24-lap sprint started on time.", (24, "scheduled")),
    ],
)
def test_laps_rather_than_the_ones_set(parse: Parse, text: str, expected: tuple[int, str]) -> None:
    a = parse(f"Austrian Grand Prix sprint 2022. {text}", date="2022-07-09")
    assert [(f.amount, f.detail) for f in facts_of(a, "race_laps")] == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the first time set, in time
        ("Het duurde 25 minuten voordat de eerste tijd werd neergezet door Latifi.", set()),
        ("It took 20 minutes before the first time was set, by Latifi.", set()),
        # the first place
        ("Latifi reed de snelste tijd in de eerste vrije training.", {("latifi", 1)}),
    ],
)
def test_the_first_time_set_in_time(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    a = parse(f"Eerste vrije training Mexico 2019. {text}", date="2019-10-25")
    assert {(d, p) for d, _, p in practice(a)} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a place lost, or a move during the race
        ("Ricciardo has lost his seventh place after two penalties.", set()),
        ("Ricciardo verloor zijn zevende plaats door twee straffen.", set()),
        ("Ricciardo vaulted from ninth to seventh in a single move.", set()),
        # a place
        ("Ricciardo finished seventh despite two penalties.", {("ricciardo", 7)}),
    ],
)
def test_a_place_lost_or_a_move(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    assert finals(parse(f"French Grand Prix 2019. {text}", date="2019-06-23")) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # seconds added to his race time: a time penalty
        ("Verstappen kreeg 10 seconden bij zijn racetijd opgeteld.", {("max_verstappen", 10)}),
        ("Verstappen kreeg tien tellen opgeteld bij zijn racetijd.", {("max_verstappen", 10)}),
        # seconds of another thing
        ("Verstappen telde tot tien tellen voor hij weer instapte.", set()),
        ("Verstappen kreeg 10 seconden bij zijn voorsprong op Hamilton.", set()),
        ("Red Bull added a new floor to the car.", set()),
    ],
)
def test_seconds_added_to_his_race_time(parse: Parse, text: str, expected: set[tuple[str, int]]) -> None:
    a = parse(f"Grand Prix van Saoedi-Arabië 2021. {text}", date="2021-12-06")
    assert {(f.driver, f.amount) for f in facts_of(a, "penalty") if f.penalty == "time"} == expected
