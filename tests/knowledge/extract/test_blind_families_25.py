"""Phrase families of the session of 7 December (night), each with examples both ways in our own words: an
asked "wie"/"who" before an event is its subject ("bepaald wie pole pakt": no one's pole yet); the one "alone
ahead" may carry a title ("moest alleen WK-leider Leclerc voor zich dulden"); a winning margin told between
dashes ("his third win – by just 1.2 seconds – as ..."); the last point is the tenth place ("the final point
went to Albon"); "their home race" after a team's name is the team's, not the nearest driver's; a win after a
team's possessive ("in McLaren's first win since 2012") is no driver's; a race named in a driver's description
("voor de winnaar van de Grand Prix van Hongarije Ocon") is not the sentence's race, nor the article's; a
retirement "of" someone a description names ("de uitvalbeurt van onze landgenoot") is not the one named later;
what he could expect ("normaal gesproken", "in theory") is no place of his; declared the race's winner ("werd
uitgeroepen tot winnaar") is his result, unlike declared the best driver by a vote; the stewards' decision
told on its own ("De stewards besloten om Ocon te diskwalificeren") has the finding about him right before it
for its reason; names each followed by "op" and a bare number ("Max op 1, Kimi op 2 en Sebastian op nummer
drie") are a list of places; a nationality's noun before a name ("Fellow Brit George Russell finished 16th")
is no verb with the name for its object; "Het gevolg is een gridstraf" takes the sentence before (what the
team did) for its reason, and a sentence that only tells the drop again is none; "toen" among a sentence's
first words ("Hij slaagde er toen niet in ...") goes on about the race the sentence before named; a
neutralisation "veroorzaakt door" a driver named right after is his, with what the relative clause tells."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle
from tests.knowledge.conftest import facts_of

Parse = Callable[..., ParsedArticle]


@pytest.mark.parametrize(
    "body, expected",
    [
        # an indirect question or a free relative: whoever it will be, not the driver named before
        ("GP van Japan. Norris was de snelste in Q2. In Q3 wordt bepaald wie de pole pakt.", set()),
        ("GP van Japan. Norris reed sterk. Het blijft gissen wie zondag van pole vertrekt.", set()),
        ("Japanese GP. Norris topped Q2. Q3 will decide who takes pole position.", set()),
        ("Japanese GP. Norris topped Q2. Now we wait to see who takes pole.", set()),
        ("GP van Japan. Piastri reed sterk. De vraag is welke McLaren-coureur de pole pakt.", set()),
        # ... a relative "who" or "die" about the one named before it is his
        ("Japanese GP. Norris, who took pole, was delighted.", {"norris"}),
        ("Japanese GP. It was Norris who took pole position.", {"norris"}),
        ("GP van Japan. Norris, die de pole pakte, was blij.", {"norris"}),
        ("GP van Japan. Norris, wie anders, pakte opnieuw de pole.", {"norris"}),  # an aside
        ("GP van Japan. Norris pakte de pole.", {"norris"}),
    ],
)
def test_an_asked_who_owns_the_event(parse: Parse, body: str, expected: set[str]) -> None:
    a = parse(body, date="2024-04-06")
    assert {f.driver for f in facts_of(a, "grid") if f.position == 1} == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        ("GP van Japan. Norris reed goed. Wie de race wint, is nog onzeker.", set()),
        ("Japanese GP. Norris looked quick. Nobody can tell who wins on Sunday.", set()),
        ("GP van Japan. Norris won de race.", {"norris"}),
    ],
)
def test_an_asked_who_wins_no_race(parse: Parse, body: str, expected: set[str]) -> None:
    a = parse(body, date="2024-04-07")
    assert {f.driver for f in facts_of(a, "finish") if f.position == 1 and f.status == "final"} == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # the one "alone ahead" may carry his title or role before his name
        (
            "GP van Australië. Sainz moest in de kwalificatie alleen WK-leider Leclerc voor zich dulden.",
            {("leclerc", 1), ("sainz", 2)},
        ),
        (
            "GP van Australië. Sainz moest in de kwalificatie alleen teamgenoot Leclerc voor zich dulden.",
            {("leclerc", 1), ("sainz", 2)},
        ),
        (
            "GP van Australië. Sainz moest in de kwalificatie alleen Leclerc voor zich dulden.",
            {("leclerc", 1), ("sainz", 2)},
        ),
        # ... not one only named after a title with no "voor zich dulden"
        ("GP van Australië. In de kwalificatie was alleen WK-leider Leclerc sneller dan Sainz.", set()),
    ],
)
def test_only_one_ahead_with_a_title(parse: Parse, body: str, expected: set[tuple[str, int]]) -> None:
    a = parse(body, date="2024-03-23")
    assert {(f.driver, f.position) for f in facts_of(a, "qualifying")} == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # a winning margin told in an aside between dashes
        (
            "Canadian GP. Norris took his third win of the season – by just 1.2 seconds – as the rain"
            " held off. Piastri was second.",
            {("norris", 1200)},
        ),
        ("Canadian GP. Norris won by 1.2 seconds, ahead of Piastri. Piastri was second.", {("norris", 1200)}),
        # ... not a time that is no margin of his
        ("Canadian GP. Norris won the race – Piastri lost 1.2 seconds in the pits – in Montreal.", set()),
    ],
)
def test_a_winning_margin_between_dashes(parse: Parse, body: str, expected: set[tuple[str, int]]) -> None:
    a = parse(body, date="2024-06-09")
    assert {(f.driver, f.amount) for f in facts_of(a, "time_gap")} == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # the last point is the tenth place (the top ten score)
        ("Austrian GP. Norris won. The final point went to Albon.", {("albon", 10)}),
        ("GP van Oostenrijk. Norris won. Het laatste punt ging naar Albon.", {("albon", 10)}),
        ("GP van Oostenrijk. Norris won. Albon pakte het laatste punt.", {("albon", 10)}),
        ("Austrian GP. Norris won. Albon grabbed the last point.", {("albon", 10)}),
        # ... not one who missed it, nor one's last point of a career
        ("Austrian GP. Norris won. Albon missed out on the last point.", set()),
        ("GP van Oostenrijk. Norris won. Albon viel net buiten het laatste punt.", set()),
    ],
)
def test_the_last_point_is_tenth(parse: Parse, body: str, expected: set[tuple[str, int]]) -> None:
    a = parse(body, date="2024-06-30")
    assert {(f.driver, f.position) for f in facts_of(a, "finish") if f.position != 1} == expected


@pytest.mark.parametrize(
    "body, gp",
    [
        # "their home race" after a team's name is the team's, not the nearest driver's
        ("Both Alpines finished in the points at their home race, led by Sainz. Ocon was seventh.", "france"),
        ("Beide Alpines scoorden in hun thuisrace, met Sainz voorop. Ocon werd zevende.", "france"),
        # ... "his home race" is the driver's
        ("Sainz finished seventh at his home race.", "spain"),
    ],
)
def test_a_teams_home_race(parse: Parse, body: str, gp: str) -> None:
    a = parse("French GP. Verstappen won.\n\n" + body, date="2022-07-24")
    assert {f.grand_prix for f in facts_of(a, "finish") if f.position == 7} == {gp}


@pytest.mark.parametrize(
    "body, expected",
    [
        # a win after a team's possessive is the team's: the driver named before is followed, not the winner
        (
            "Italian GP. Ricciardo won. Norris followed in the British team's first win since 2012.",
            {"ricciardo"},
        ),
        (
            "Italian GP. Ricciardo won. He was followed by Norris in McLaren's first win since 2012.",
            {"ricciardo"},
        ),
        # ... a driver's own win stays his
        ("Italian GP. Norris's first win came in Italy.", {"norris"}),
        ("Italian GP. Norris gave McLaren its first win since 2012.", {"norris"}),
    ],
)
def test_a_teams_win(parse: Parse, body: str, expected: set[str]) -> None:
    a = parse(body, date="2021-09-12")
    # (every race win told, whatever its status: a team's win given to a driver makes the winner's a conflict)
    wins = {(f.driver, f.status) for f in facts_of(a, "finish") if f.position == 1 and f.session == "race"}
    assert wins == {(d, "final") for d in expected}


@pytest.mark.parametrize(
    "body, expected",
    [
        # a race named in a driver's description is not the race the sentence (or the article) tells of
        (
            "De coureurs kozen de beste rijder van het seizoen. Russell werd achtste, voor de winnaar van de"
            " Grand Prix van Hongarije Ocon.",
            {("russell", None)},
        ),
        # ... the race told as won stays that race
        (
            "Ocon werd de winnaar van de Grand Prix van Hongarije. Russell werd achtste.",
            {("russell", "hungary")},
        ),
    ],
)
def test_a_race_in_a_drivers_description(
    parse: Parse, body: str, expected: set[tuple[str, str | None]]
) -> None:
    a = parse(body, date="2021-12-22")
    assert {(f.driver, f.grand_prix) for f in facts_of(a, "finish") if f.position == 8} == expected


def test_a_team_win_a_driver_took_is_his(parse: Parse) -> None:
    a = parse(
        "70th Anniversary GP. Verstappen took Red Bull's first race victory of the season.", date="2020-08-09"
    )
    assert {(f.driver, f.position, f.status) for f in facts_of(a, "finish")} == {
        ("max_verstappen", 1, "final")
    }


@pytest.mark.parametrize(
    "body, expected",
    [
        # a retirement "of" someone a description names is not the one named later in the sentence
        ("GP van België. Door de uitvalbeurt van onze landgenoot werd Albon vijfde.", set()),
        ("Belgian GP. Thanks to the retirement of his rival, Albon finished fifth.", set()),
        # ... the one named right after it is the one who retired
        ("GP van België. Door de uitvalbeurt van Verstappen werd Albon vijfde.", {"max_verstappen"}),
        ("Belgian GP. It was Vettel's first retirement of the season.", {"vettel"}),
    ],
)
def test_a_retirement_of_someone_unnamed(parse: Parse, body: str, expected: set[str]) -> None:
    a = parse(body, date="2019-09-01")
    assert {f.driver for f in facts_of(a, "retirement")} == expected


@pytest.mark.parametrize(
    "body, status",
    [
        # what he could expect ("normaal gesproken", "in theory") is no place of his
        (
            "GP van België. Vanaf achteraan was normaal gesproken P6 het hoogst haalbare voor Albon.",
            "hypothetical",
        ),
        ("Belgian GP. In theory Albon could still take sixth place.", "hypothetical"),
        # ... "het maximaal haalbare" alone is where he ended
        ("GP van België. Door twee straffen was de zesde plaats het maximaal haalbare voor Albon.", "final"),
    ],
)
def test_an_expected_place(parse: Parse, body: str, status: str) -> None:
    a = parse(body, date="2019-09-01")
    assert {f.status for f in a.facts if f.kind in ("finish", "grid") and f.position == 6} == {status}


@pytest.mark.parametrize(
    "body, session",
    [
        # "a sprint to the flag" is a run to the end of the race, not the sprint
        (
            "Brazilian GP. Norris and Piastri crashed out early, while a late safety car made for a sprint to"
            " the flag.",
            "race",
        ),
        ("GP van Brazilië. Norris en Piastri crashten, waarna het een sprint naar de finish werd.", "race"),
        # ... the sprint named stays the sprint
        ("Brazilian GP. Norris and Piastri crashed out of the sprint race.", "sprint"),
    ],
)
def test_a_sprint_to_the_flag(parse: Parse, body: str, session: str) -> None:
    a = parse(body, date="2024-11-03")
    assert {f.session for f in facts_of(a, "retirement")} | {f.session for f in facts_of(a, "crash")} == {
        session
    }


@pytest.mark.parametrize(
    "body, expected",
    [
        # declared the race's winner is his result
        (
            "GP van België. Na drie ronden achter de safety car werd Verstappen uitgeroepen tot winnaar.",
            {"final"},
        ),
        ("GP van België. Verstappen werd na drie ronden tot winnaar uitgeroepen.", {"final"}),
        # ... declared the best driver by a vote is no place
        ("GP van België. Verstappen werd door de coureurs uitgeroepen tot beste coureur.", set()),
    ],
)
def test_declared_the_winner(parse: Parse, body: str, expected: set[str]) -> None:
    a = parse(body, date="2021-08-29")
    assert {f.status for f in facts_of(a, "finish") if f.status != "hypothetical"} == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # the stewards' decision told on its own: the finding about him right before it is why
        (
            "GP van Hongarije. Bij Ocon zat na de race nog maar 0,2 liter in de tank. De stewards besloten om"
            " Ocon te diskwalificeren.",
            "Bij Ocon zat na de race nog maar 0,2 liter in de tank",
        ),
        (
            "Hungarian GP. Ocon's car was found to be underweight. The stewards decided to disqualify Ocon.",
            "Ocon's car was found to be underweight",
        ),
        # ... not a sentence about someone else, nor one of another paragraph
        (
            "GP van Hongarije. Bij Gasly zat nog maar 0,2 liter in de tank. De stewards besloten om Ocon te"
            " diskwalificeren.",
            None,
        ),
        (
            "GP van Hongarije. Bij Ocon zat nog maar 0,2 liter in de tank.\n\nDe stewards besloten om Ocon te"
            " diskwalificeren.",
            None,
        ),
    ],
)
def test_a_decision_after_its_finding(parse: Parse, body: str, expected: str | None) -> None:
    a = parse(body, date="2024-07-22")
    assert {f.reason for f in facts_of(a, "penalty", "ocon")} == {expected}


@pytest.mark.parametrize(
    "body, expected",
    [
        # names each followed by "op" and a bare number: a list of places from the first down
        ("GP van Oostenrijk. Norris op 1, Piastri op 2 en Leclerc op nummer drie.", {1, 2, 3}),
        ("GP van Oostenrijk. Uitslag: Norris op 1 en Piastri op 2.", {1, 2}),
        # ... not a distance, nor one alone, nor a list that does not start at the first place
        ("GP van Oostenrijk. Norris finishte op 1,2 seconden van Piastri.", set()),
        ("GP van Oostenrijk. Norris stond op 1 na de eerste ronde, Piastri viel uit.", set()),
        ("GP van Oostenrijk. Norris op 5 en Piastri op 6.", set()),
    ],
)
def test_names_at_bare_numbers(parse: Parse, body: str, expected: set[int]) -> None:
    a = parse(body, date="2024-06-30")
    assert {f.position for f in facts_of(a, "finish") if f.status == "final"} == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # a nationality's noun before a name is no verb with the name for its object
        ("Australian GP. Fellow Brit Lando Norris finished 16th.", {("norris", 16)}),
        ("Australian GP. The Brit Lando Norris finished 16th in his McLaren.", {("norris", 16)}),
        ("Australian GP. Fellow Aussie Oscar Piastri finished 16th.", {("piastri", 16)}),
        # ... a verb before a name still has it for its object
        ("Australian GP. Albon hit Norris and finished 16th.", {("albon", 16)}),
    ],
)
def test_a_nationality_before_a_name(parse: Parse, body: str, expected: set[tuple[str, int]]) -> None:
    a = parse(body, date="2024-03-24")
    assert {(f.driver, f.position) for f in facts_of(a, "finish")} == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # "Het gevolg is een gridstraf": the sentence before, what the team did, is why
        (
            "GP van Italië. McLaren heeft besloten een nieuwe motor in de auto van Norris te plaatsen. Het"
            " gevolg is een gridstraf voor Norris.",
            "McLaren heeft besloten een nieuwe motor in de auto van Norris te plaatsen",
        ),
        (
            "Italian GP. McLaren decided to fit a new engine to the car of Norris. The result is a grid"
            " penalty for Norris.",
            "McLaren decided to fit a new engine to the car of Norris",
        ),
        # ... a sentence that only tells the drop again is no reason
        (
            "GP van Italië. Norris kreeg een gridstraf. Volgens de regels wordt Norris zondag teruggezet naar"
            " de achterste startrij.",
            None,
        ),
    ],
)
def test_a_penalty_as_the_result_of_the_sentence_before(
    parse: Parse, body: str, expected: str | None
) -> None:
    a = parse(body, date="2024-08-31")
    assert {f.reason for f in facts_of(a, "penalty", "norris")} == {expected}


@pytest.mark.parametrize(
    "body, gp",
    [
        # "toen" among the first words goes on about the race the sentence before named
        (
            "GP van Mexico. Norris pakte de pole. Eerder dit jaar pakte Norris in Hongarije ook pole. Hij"
            " slaagde er toen niet in om te winnen en werd tweede.",
            "hungary",
        ),
        # ... "toen hij" opens a clause of when; the sentence stays with its own race
        ("GP van Mexico. Norris pakte de pole. Toen hij over de streep kwam, werd hij tweede.", "mexico"),
    ],
)
def test_then_goes_on_about_the_race_before(parse: Parse, body: str, gp: str) -> None:
    a = parse(body, date="2024-10-26")
    assert {f.grand_prix for f in facts_of(a, "finish") if f.position == 2} == {gp}


@pytest.mark.parametrize(
    "body, expected",
    [
        # a neutralisation "caused by" a driver named right after: his, with what the relative clause tells
        (
            "GP van Abu Dhabi. De herstart kwam na een safety car-situatie veroorzaakt door Sargeant, die in"
            " bocht 14 crashte.",
            {("sargeant", "in bocht 14 crashte")},
        ),
        (
            "Abu Dhabi GP. The restart came after a safety car period caused by Sargeant, who crashed at"
            " turn 14.",
            {("sargeant", "crashed at turn 14")},
        ),
        ("Abu Dhabi GP. A safety car caused by Sargeant neutralised the race.", {("sargeant", None)}),
        # ... not one named elsewhere in the sentence
        ("Abu Dhabi GP. Sargeant passed Albon before the safety car came out.", {("", None)}),
    ],
)
def test_a_neutralisation_caused_by_a_driver(
    parse: Parse, body: str, expected: set[tuple[str, str | None]]
) -> None:
    a = parse(body, date="2023-11-26")
    assert {(f.driver, f.reason) for f in facts_of(a, "safety_car")} == expected
