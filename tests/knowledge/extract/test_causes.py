"""Retirements, their causes and penalty reasons in real-report shapes: subordinate clauses ("nadat Bottas
uitviel"), causes told beside a crash ("blew a tyre and crashed out"), reasons before the penalty,
participle clauses and group words. Examples written here."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle
from tests.knowledge.conftest import facts_of

Parse = Callable[..., ParsedArticle]


def causes(a: ParsedArticle) -> dict[str, str | None]:
    return {f.driver: f.reason for f in facts_of(a, "retirement")}


@pytest.mark.parametrize(
    "sentence, driver, cause",
    [
        ("Nadat Valtteri Bottas uitviel door motorpech, won Hamilton de race.", "bottas", "engine"),
        (
            "Max Verstappen, die vlak voor het einde uitviel met een klapband, bleef zonder punten.",
            "max_verstappen",
            "puncture",
        ),
        ("Lando Norris blew a tyre and crashed out in the closing stages.", "norris", "puncture"),
        (
            "Gasly retired after a collision with a marshal's vehicle in the pit lane.",
            "gasly",
            "collision with a marshal's vehicle in",
        ),
        (
            "Kimi Raikkonen retired after a collision with one of his mechanics during a pit stop.",
            "raikkonen",
            "collision with one of his mechanics during a pit stop",
        ),
        # a crash stays the cause when nothing more specific is told
        ("Albon crashed out on lap three.", "albon", "crash"),
        # the part that failed, with where it sits
        ("Carlos Sainz gaf op met een lek in het koelsysteem.", "sainz", "lek in het koelsysteem"),
        ("Carlos Sainz retired due to a loss of oil pressure.", "sainz", "loss of oil pressure"),
        ("Carlos Sainz had to retire after his front wing broke.", "sainz", "front wing broke"),
        ("Carlos Sainz viel uit na een scheur in de vloer.", "sainz", "scheur in de vloer"),
        # a part that gave out, told beside the retirement
        (
            "Net op het moment dat Sainz wilde stoppen, begaf zijn turbo het en viel de Spanjaard uit.",
            "sainz",
            "turbo",
        ),
        ("Sainz's race saw him retire after going wide and losing the front wing.", "sainz", "wing"),
        ("De tweede uitvaller is Sainz, die lek rijdt en hem langs de baan parkeert.", "sainz", "puncture"),
        # the oil of the engine is no engine failure: told as written
        ("Carlos Sainz retired on lap 4 due to an engine oil leak.", "sainz", "engine oil leak"),
        ("Carlos Sainz retired on lap 4 with an engine failure.", "sainz", "engine"),
    ],
)
def test_retirement_cause(parse: Parse, sentence: str, driver: str, cause: str) -> None:
    a = parse("Lewis Hamilton won de Grand Prix van Brazilië. " + sentence, date="2019-11-18")
    got = causes(a)
    assert driver in got and (got[driver] or "").startswith(cause)
    assert "hamilton" not in got


def test_subordinate_clause_first_keeps_the_main_subject(parse: Parse) -> None:
    a = parse(
        "Het was een chaotische middag in Brazilië. Nadat Leclerc was uitgevallen, won Carlos Sainz de race.",
        date="2019-11-18",
    )
    assert [f.driver for f in facts_of(a, "finish") if f.position == 1] == ["sainz"]
    assert list(causes(a)) == ["leclerc"]


def test_a_race_of_another_month_does_not_frame_the_paragraph(parse: Parse) -> None:
    a = parse(
        "Max Verstappen won de Grand Prix van Brazilië.\n\nHij stond op pole, nadat hij in augustus in"
        " Hongarije zijn eerste pole pakte. Daarna viel Bottas uit met motorpech.",
        date="2019-11-18",
    )
    [r] = facts_of(a, "retirement", "bottas")
    assert r.grand_prix == "sao_paulo"


def test_both_after_three_names_is_the_last_pair(parse: Parse) -> None:
    a = parse(
        "Hamilton won in Brazilië. Nadat Bottas uitviel, raakten Leclerc en Vettel elkaar. Beiden haalden de"
        " finish niet.",
        date="2019-11-18",
    )
    assert set(causes(a)) == {"bottas", "leclerc", "vettel"}
    assert "hamilton" not in causes(a)


def test_team_epithet_before_a_name_is_that_name(parse: Parse) -> None:
    a = parse(
        "Hamilton won in Brazilië. Mercedes-coureur Valtteri Bottas viel uit met motorpech.",
        date="2019-11-18",
    )
    assert list(causes(a)) == ["bottas"]


def test_participle_clause_is_about_the_name_before_it(parse: Parse) -> None:
    a = parse(
        "Max Verstappen won the German Grand Prix. First Charles Leclerc, running second and chasing leader"
        " Lewis Hamilton, slid into the wall and retired.",
        date="2019-07-29",
    )
    assert list(causes(a)) == ["leclerc"]
    assert not facts_of(a, "crash", "hamilton")


@pytest.mark.parametrize(
    "sentence, driver, reason",
    [
        # the reason before the penalty, without a comma
        (
            "Ricciardo, die vanwege het negeren van een rode vlag in de vrije training een gridstraf kreeg,"
            " werd vierde.",
            "ricciardo",
            "het negeren van een rode vlag in de vrije training",
        ),
        # an explaining sentence after the penalty, which also tells a collision
        (
            "Russell got a three-place grid penalty. The Williams driver was penalised for making contact"
            " with Carlos Sainz at turn six.",
            "russell",
            "The Williams driver was penalised for making contact",
        ),
        # an apposition that names the cause
        (
            "Ocon kreeg een tijdstraf van vijf seconden, het gevolg van een aanraking met Albon.",
            "ocon",
            "een aanraking met Albon",
        ),
        ("Ocon got a five-second penalty as a result of a clash with Albon.", "ocon", "a clash with Albon"),
        # the stewards' view in the next sentence
        (
            "Ocon kreeg vijf seconden tijdstraf. Volgens de stewards duwde hij Albon van de baan.",
            "ocon",
            "Volgens de stewards duwde hij Albon van de baan",
        ),
        (
            "Ocon received a five-second penalty. According to the stewards he forced Albon off the track.",
            "ocon",
            "According to the stewards he forced Albon off the track",
        ),
    ],
)
def test_penalty_reason(parse: Parse, sentence: str, driver: str, reason: str) -> None:
    a = parse("Hamilton won in Australia. " + sentence, date="2018-03-26")
    [p] = facts_of(a, "penalty", driver)
    assert (p.reason or "").startswith(reason)


def test_a_practice_position_is_still_no_result(parse: Parse) -> None:
    a = parse("Hamilton won in Australia. In de vrije training werd Ricciardo derde.", date="2018-03-26")
    assert not facts_of(a, "finish", "ricciardo")


@pytest.mark.parametrize(
    "sentence, retired",
    [
        ("Russell took P4 after Verstappen retired, ahead of Magnussen.", {"max_verstappen"}),
        ("Red Bull suffered a double DNF to give Lewis Hamilton a podium.", set()),
        ("Verstappen had de leiding in de wedstrijd overgenomen en kwam amper in beeld.", set()),
        ("Verrassende uitvaller in Q1 was Daniel Ricciardo.", set()),
    ],
)
def test_who_retired(parse: Parse, sentence: str, retired: set[str]) -> None:
    a = parse("Charles Leclerc won the Bahrain Grand Prix. " + sentence, date="2022-03-21")
    assert {f.driver for f in facts_of(a, "retirement") if f.session == "race"} == retired


def test_a_season_tally_is_no_place_of_this_race(parse: Parse) -> None:
    a = parse(
        "Hamilton won in Imola. Beide coureurs hebben dit seizoen een zege en een tweede plek behaald.",
        date="2021-04-19",
    )
    assert [(f.driver, f.position) for f in facts_of(a, "finish") if f.status == "final"] == [("hamilton", 1)]


def test_the_second_and_last_stop_is_no_place(parse: Parse) -> None:
    a = parse(
        "Hamilton won in Bahrein. Mercedes haalde Hamilton binnen voor zijn tweede en laatste stop.",
        date="2021-03-29",
    )
    assert [(f.driver, f.position) for f in facts_of(a, "finish")] == [("hamilton", 1)]


@pytest.mark.parametrize(
    "body, driver, said",
    [
        # the next sentence of the paragraph, about the same driver, tells of damage or a hit
        (
            "In Imola viel Stroll na tien ronden uit. Hij had een brokstuk van de wagen van Ocon geraakt.",
            "stroll",
            "brokstuk",
        ),
        (
            "Voor Gasly zat de GP van Imola er na twee ronden op. De coureur van AlphaTauri reed zijn"
            " voorvleugel stuk tegen de muur.",
            "gasly",
            "voorvleugel",
        ),
        (
            "In Imola Albon retired on lap 30. He had picked up floor damage at the start.",
            "albon",
            "floor damage",
        ),
        # the next sentence opens with his own car or part and names nobody
        ("In Imola viel Stroll na tien ronden uit. Zijn motor hield ermee op.", "stroll", "motor"),
        ("In Imola Albon retired on lap 30. His gearbox had failed.", "albon", "gearbox"),
    ],
)
def test_a_cause_told_in_the_next_sentence(parse: Parse, body: str, driver: str, said: str) -> None:
    reason = causes(parse(body, date="2022-04-25")).get(driver)
    assert reason is not None and said in reason


@pytest.mark.parametrize(
    "body, driver",
    [
        # the next sentence is about someone else, in another paragraph, or explains nothing
        ("In Imola viel Stroll uit. Ocon had een brokstuk van zijn wagen geraakt.", "stroll"),
        ("In Imola viel Stroll uit.\n\nHij had in de training al schade opgelopen.", "stroll"),
        ("In Imola Albon retired on lap 30. He was disappointed after a strong start.", "albon"),
        # his team-mate's trouble is not his
        ("In Imola viel Stroll uit. Zijn teamgenoot had al vroeg motorpech.", "stroll"),
        ("In Imola Albon retired on lap 30. His team-mate had an engine failure too.", "albon"),
    ],
)
def test_no_cause_from_a_sentence_that_does_not_explain(parse: Parse, body: str, driver: str) -> None:
    got = causes(parse(body, date="2022-04-25"))
    assert driver in got and got[driver] is None


def test_avoiding_two_drivers_who_collided_is_no_collision_with_them(parse: Parse) -> None:
    a = parse(
        "In Imola moest Norris uitwijken voor Zhou en Albon, die met elkaar in botsing kwamen.",
        date="2022-04-25",
    )
    pairs = {(f.driver, f.others) for f in facts_of(a, "collision")}
    assert pairs == {("zhou", ("albon",)), ("albon", ("zhou",))}


@pytest.mark.parametrize(
    "sentence, retired",
    [
        ("Ook Tsunoda kon in Imola niet verder.", True),
        ("In Imola Bottas could not continue after the contact.", True),
        ("Voor Vettel zat de race in Imola er al na vijf ronden op.", True),
        ("Tsunoda kon in Imola niet verder naar voren komen.", False),
        ("In Imola moest Tsunoda de strijd na tien ronden staken.", True),
        ("In Imola werd de race voor Tsunoda gestaakt door de rode vlag.", False),
        ("Vettel zat in Imola er dicht op bij Ocon.", False),
    ],
)
def test_retirement_idioms(parse: Parse, sentence: str, retired: bool) -> None:
    driver = next(d for d in ("tsunoda", "bottas", "vettel") if d in sentence.lower())
    assert bool(facts_of(parse(sentence, date="2022-04-25"), "retirement", driver)) is retired


@pytest.mark.parametrize(
    "body, driver, size",
    [
        # the size told in a later sentence of the paragraph that names nobody else
        (
            "In Suzuka kreeg Gasly toch de straf. De vijf seconden tijdstraf kostte hem een plek.",
            "gasly",
            (5, "s"),
        ),
        (
            "At Suzuka Albon was penalised. The stewards handed him a three-place grid penalty.",
            "albon",
            (3, "places"),
        ),
        # another driver's penalty, or another paragraph, gives no size
        ("In Suzuka kreeg Gasly toch de straf. Ocon kreeg vijf seconden tijdstraf.", "gasly", None),
        ("In Suzuka kreeg Gasly toch de straf.\n\nDe vijf seconden tijdstraf was terecht.", "gasly", None),
    ],
)
def test_a_penalty_size_told_after_it(
    parse: Parse, body: str, driver: str, size: tuple[int, str] | None
) -> None:
    got = {(f.amount, f.unit) for f in facts_of(parse(body, date="2022-10-10"), "penalty", driver)}
    assert got == ({size} if size else {(None, None)})


def test_a_list_of_names_with_teams_in_brackets_retires_together(parse: Parse) -> None:
    a = parse(
        "Gasly (AlphaTauri), Bottas (Mercedes) en Vettel (Aston Martin) moesten in Imola de strijd"
        " voortijdig staken.",
        date="2021-04-19",
    )
    assert set(causes(a)) == {"gasly", "bottas", "vettel"}


# --- why: disqualifications, causes before the event, retirements that point back -------------------


@pytest.mark.parametrize(
    "sentence, session",
    [
        # the session after "van" is no one disqualified: the subject is
        ("Charles Leclerc werd geschrapt uit de uitslag van de kwalificatie.", "qualifying"),
        ("Charles Leclerc was disqualified from qualifying.", "qualifying"),
        ("Charles Leclerc werd na afloop van de race gediskwalificeerd.", "race"),
    ],
)
def test_a_disqualification_keeps_its_session(parse: Parse, sentence: str, session: str) -> None:
    a = parse("Max Verstappen won de Grand Prix van Brazilië. " + sentence, date="2021-11-15")
    [p] = facts_of(a, "penalty", "leclerc")
    assert p.penalty == "disqualification" and p.session == session
    # a qualifying disqualification does not take away the race result of the winner, nor is it his
    assert [f.status for f in facts_of(a, "finish", "max_verstappen")] == ["final"]


def test_a_disqualification_of_someone_unnamed_is_nobodys(parse: Parse) -> None:
    a = parse(
        # ("zijn teamgenoot" names his one teammate of that season: see test_mentions)
        "Max Verstappen won de Grand Prix van Brazilië. Leclerc sprak over de diskwalificatie van een"
        " concurrent.",
        date="2021-11-15",
    )
    assert not facts_of(a, "penalty")


@pytest.mark.parametrize(
    "sentence, reason",
    [
        # the cause opens the sentence, the penalty comes after it
        (
            "Door een lek in zijn brandstoftank werd Leclerc gediskwalificeerd.",
            "een lek in zijn brandstoftank",
        ),
        (
            "Vanwege een te dunne bodemplaat werd Leclerc uit de uitslag geschrapt.",
            "een te dunne bodemplaat",
        ),
        ("Because of a floor that was too thin, Leclerc was disqualified.", "a floor that was too thin"),
    ],
)
def test_a_cause_before_the_disqualification(parse: Parse, sentence: str, reason: str) -> None:
    a = parse("Max Verstappen won de Grand Prix van Brazilië. " + sentence, date="2021-11-15")
    [p] = facts_of(a, "penalty", "leclerc")
    assert p.penalty == "disqualification" and reason in (p.reason or "")


@pytest.mark.parametrize(
    "sentence",
    [
        # "door" names who handed it out, not why
        "Door de stewards van de FIA werd Leclerc gediskwalificeerd.",
        "Leclerc werd gediskwalificeerd.",
    ],
)
def test_no_cause_before_the_disqualification(parse: Parse, sentence: str) -> None:
    a = parse("Max Verstappen won de Grand Prix van Brazilië. " + sentence, date="2021-11-15")
    [p] = facts_of(a, "penalty", "leclerc")
    assert p.reason is None


@pytest.mark.parametrize(
    "body, said",
    [
        # the retirement points back at the driver's own collision in the sentence before
        (
            "Achter hen kwamen Lando Norris (McLaren) en Carlos Sainz (Ferrari) met elkaar in aanraking."
            " Voor Sainz betekende dat het einde van zijn race.",
            "aanraking",
        ),
        ("Lando Norris and Carlos Sainz touched at turn two. As a result Sainz retired.", "touched"),
        # or at his own failure
        ("Sainz kampte met een motorprobleem. Daardoor viel hij in ronde tien uit.", "motorprobleem"),
    ],
)
def test_a_retirement_that_points_back_takes_the_cause_before(parse: Parse, body: str, said: str) -> None:
    a = parse("Charles Leclerc won in Imola. " + body, date="2022-04-25")
    assert said in (causes(a).get("sainz") or "")


@pytest.mark.parametrize(
    "body",
    [
        # the collision before is between two others
        "Lando Norris en Max Verstappen raakten elkaar. Voor Sainz betekende dat het einde van zijn race.",
        # nothing points back
        "Lando Norris en Carlos Sainz raakten elkaar. Norris reed door en Sainz viel later in de race uit.",
        # the sentence before is in another paragraph
        "Lando Norris en Carlos Sainz raakten elkaar.\n\nVoor Sainz betekende dat het einde van zijn race.",
    ],
)
def test_no_cause_before_for_a_retirement(parse: Parse, body: str) -> None:
    a = parse("Charles Leclerc won in Imola. " + body, date="2022-04-25")
    assert "sainz" in causes(a) and causes(a)["sainz"] is None


@pytest.mark.parametrize(
    "sentence, retired, cause",
    [
        (
            "Daarna moesten Max Verstappen en Sergio Perez vervroegd afhaken door motorische problemen.",
            {"max_verstappen", "perez"},
            "engine",
        ),
        ("Sergio Perez spun at turn one when his engine gave way on the last lap.", {"perez"}, "engine"),
        # after a subordinate clause, the modal verb comes before its subject ("moesten X en Y")
        (
            "Waar Ferrari sterk was, moesten Max Verstappen en Sergio Perez opgeven met motorproblemen.",
            {"max_verstappen", "perez"},
            "engine",
        ),
    ],
)
def test_more_ways_to_retire(parse: Parse, sentence: str, retired: set[str], cause: str) -> None:
    a = parse("Charles Leclerc won the Bahrain Grand Prix. " + sentence, date="2022-03-21")
    got = causes(a)
    assert set(got) == retired and all(got[d] == cause for d in retired)


@pytest.mark.parametrize(
    "sentence",
    [
        "Max Verstappen haakte af in de strijd om de titel.",  # no early end of a race
        "Sergio Perez was fourth when the advertising board gave way.",
    ],
)
def test_no_retirement_in_these(parse: Parse, sentence: str) -> None:
    a = parse("Charles Leclerc won the Bahrain Grand Prix. " + sentence, date="2022-03-21")
    assert not facts_of(a, "retirement")


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a team in brackets after each name still joins the two names
        (
            "Daarachter raakten Lando Norris (McLaren) en Carlos Sainz (Ferrari) elkaar.",
            {("norris", "sainz"), ("sainz", "norris")},
        ),
        (
            "Lando Norris (McLaren) en Carlos Sainz (Ferrari) raakten elkaar.",
            {("norris", "sainz"), ("sainz", "norris")},
        ),
    ],
)
def test_names_with_teams_in_brackets_collide(
    parse: Parse, sentence: str, expected: set[tuple[str, str]]
) -> None:
    a = parse("Charles Leclerc won in Imola. " + sentence, date="2022-04-25")
    assert {(f.driver, f.others[0]) for f in facts_of(a, "collision")} == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Lando Norris (McLaren) en Carlos Sainz (Ferrari) werden vierde en vijfde.",
        "Lando Norris (McLaren) and Carlos Sainz (Ferrari) were fourth and fifth.",
    ],
)
def test_names_with_teams_in_brackets_pair_with_places(parse: Parse, sentence: str) -> None:
    a = parse("Charles Leclerc won in Imola. " + sentence, date="2022-04-25")
    got = {(f.driver, f.position) for f in facts_of(a, "finish")}
    assert {("norris", 4), ("sainz", 5)} <= got and ("sainz", 4) not in got


@pytest.mark.parametrize(
    "sentence",
    [
        "Verstappen won the race, which opened with a collision between Lando Norris and Carlos Sainz.",
        "Verstappen won na een botsing tussen Lando Norris en Carlos Sainz in de eerste bocht.",
        "De safety car kwam na een crash tussen Lando Norris (McLaren) en Carlos Sainz (Ferrari).",
    ],
)
def test_a_collision_between_two_is_theirs(parse: Parse, sentence: str) -> None:
    a = parse("Max Verstappen won in Imola. " + sentence, date="2022-04-25")
    assert {(f.driver, f.others) for f in facts_of(a, "collision")} == {
        ("norris", ("sainz",)),
        ("sainz", ("norris",)),
    }


def test_between_places_is_no_pair(parse: Parse) -> None:
    a = parse(
        "Max Verstappen won in Imola. Norris had een botsing tussen de bochten met Sainz.",
        date="2022-04-25",
    )
    assert {(f.driver, f.others) for f in facts_of(a, "collision")} == {
        ("norris", ("sainz",)),
        ("sainz", ("norris",)),
    }


@pytest.mark.parametrize(
    "body, partner",
    [
        # a penalty for "the collision" told before: with whom is the one he collided with
        (
            "In de eerste ronde botste Norris met Sainz. Norris kreeg vijf seconden straf voor het"
            " veroorzaken van de botsing.",
            ("sainz",),
        ),
        (
            "The race began with a collision between Lando Norris and Carlos Sainz. Norris got a five-second"
            " penalty for causing the crash.",
            ("sainz",),
        ),
        # two partners before: which one is not told
        (
            "In de eerste ronde botste Norris met Sainz. Later botste Norris ook met Ocon. Norris kreeg vijf"
            " seconden straf voor het veroorzaken van de botsing.",
            (),
        ),
        # a reason that is no collision
        (
            "In de eerste ronde botste Norris met Sainz. Norris kreeg vijf seconden straf voor te hard rijden"
            " in de pitstraat.",
            (),
        ),
        # a collision told after the penalty is not the one it points at
        (
            "Norris kreeg vijf seconden straf voor het veroorzaken van de botsing. Later botste Norris"
            " met Ocon.",
            (),
        ),
    ],
)
def test_the_partner_of_a_penalty_for_the_collision(
    parse: Parse, body: str, partner: tuple[str, ...]
) -> None:
    a = parse("Max Verstappen won in Imola. " + body, date="2022-04-25")
    [p] = facts_of(a, "penalty", "norris")
    assert p.others == partner


@pytest.mark.parametrize(
    "body, kind, reason",
    [
        # a penalty handed out without its receiver, who is named in the verbless sentence after it
        (
            "Dit weekend werd er ook een diskwalificatie uitgedeeld. Aan Lance Stroll, omdat zijn auto te"
            " licht was.",
            "disqualification",
            "zijn auto te licht was",
        ),
        (
            "The stewards also handed out a time penalty. To Lance Stroll, for speeding in the pit lane.",
            "time",
            "speeding",
        ),
    ],
)
def test_the_receiver_told_after_the_penalty(parse: Parse, body: str, kind: str, reason: str) -> None:
    a = parse("Lewis Hamilton won de Grand Prix van Hongarije. " + body, date="2021-08-02")
    [p] = facts_of(a, "penalty", "stroll")
    assert p.penalty == kind and p.grand_prix == "hungary" and reason in (p.reason or "")


@pytest.mark.parametrize(
    "body",
    [
        # none was handed out
        "Dit weekend werd er geen diskwalificatie uitgedeeld. Aan Lance Stroll, omdat hij goed reed.",
        # the sentence after has its own verb: it is no receiver
        "Er werd een tijdstraf uitgedeeld. Aan Lance Stroll gaf de FIA een waarschuwing.",
        # the penalty sentence names its own receiver
        "Ocon kreeg een tijdstraf. Aan Lance Stroll, tot zijn opluchting, niet.",
        # another paragraph
        "Er werd een tijdstraf uitgedeeld.\n\nAan Lance Stroll, omdat hij te hard reed.",
    ],
)
def test_no_receiver_told_after_the_penalty(parse: Parse, body: str) -> None:
    a = parse("Lewis Hamilton won de Grand Prix van Hongarije. " + body, date="2021-08-02")
    assert not facts_of(a, "penalty", "stroll")


@pytest.mark.parametrize(
    "sentence, penalised",
    [
        # a sentence that names nobody hands the penalty to nobody, not to the driver the article is about
        ("The stewards also handed out a time penalty.", set()),
        ("Afterwards he was given a time penalty.", {"hamilton"}),
    ],
)
def test_a_penalty_handed_out_to_nobody_named(parse: Parse, sentence: str, penalised: set[str]) -> None:
    a = parse("Lewis Hamilton won the Hungarian Grand Prix. " + sentence, date="2021-08-02")
    assert {f.driver for f in facts_of(a, "penalty")} == penalised


def test_a_result_that_is_no_cause(parse: Parse) -> None:
    a = parse(
        "Hamilton won in Australia. Ocon got a five-second penalty, which changed the result of the race."
    )
    [p] = facts_of(a, "penalty", "ocon")
    assert p.reason is None


@pytest.mark.parametrize(
    "sentence, penalised, reason",
    [
        # the driver named inside the reason was wronged; the one named before got the penalty
        (
            "Max Verstappen kwam als derde over de streep, maar kreeg een tijdstraf voor het van de baan"
            " drukken van Valtteri Bottas.",
            "max_verstappen",
            "het van de baan drukken van Valtteri Bottas",
        ),
        (
            "Max Verstappen crossed the line third but got a time penalty for forcing Valtteri Bottas wide.",
            "max_verstappen",
            "forcing Valtteri Bottas wide",
        ),
        # "hij" in the reason is the one who got it
        (
            "De Mexicaan Sergio Pérez kwam als vierde binnen, maar kreeg een tijdstraf omdat hij Albon van de"
            " baan duwde.",
            "perez",
            "hij Albon van de baan duwde",
        ),
        # "een tijdstraf voor X": X got it, and his name is no reason
        (
            "Er kwam ook een tijdstraf voor Bottas wegens te hard rijden in de pitstraat.",
            "bottas",
            "te hard rijden in de pitstraat",
        ),
    ],
)
def test_who_got_the_penalty_and_why(parse: Parse, sentence: str, penalised: str, reason: str) -> None:
    a = parse("Lewis Hamilton won de Grand Prix van Italië. " + sentence, date="2018-09-03")
    [p] = facts_of(a, "penalty")
    assert p.driver == penalised and p.reason == reason


def test_the_penalty_itself_after_omdat_is_no_reason(parse: Parse) -> None:
    # "omdat X een tijdstraf kreeg" tells the penalty, not why it came
    a = parse(
        "Lewis Hamilton won in Monza. Bottas werd derde omdat Sergio Pérez een vijf seconden tijdstraf"
        " moest uitzitten.",
        date="2021-09-13",
    )
    [p] = facts_of(a, "penalty", "perez")
    assert p.amount == 5 and p.reason is None


def test_a_clause_joined_after_the_receiver_is_no_reason(parse: Parse) -> None:
    a = parse(
        "Max Verstappen won in Oostenrijk. Ocon startte als tiende, na een gridstraf voor Lando Norris en"
        " nadat Fernando Alonso vanuit de pitstraat moest vertrekken.",
        date="2018-07-02",
    )
    [p] = facts_of(a, "penalty", "norris")
    assert p.reason is None


@pytest.mark.parametrize(
    "sentence, reason",
    [
        # penalised without a penalty noun, told with its reason
        ("Sainz was penalised for leaving the track and gaining an advantage.", "leaving the track"),
        (
            "Sainz werd bestraft voor het veroorzaken van een botsing met Norris.",
            "het veroorzaken van een botsing",
        ),
        (
            "Norris, who was penalised for speeding in the pit lane, finished fourth.",
            "speeding in the pit lane",
        ),
    ],
)
def test_penalised_for(parse: Parse, sentence: str, reason: str) -> None:
    a = parse("Hamilton won in Imola. " + sentence, date="2021-04-19")
    [p] = [f for f in facts_of(a, "penalty")]
    assert reason in (p.reason or "")


@pytest.mark.parametrize(
    "sentence",
    [
        "Sainz was not penalised for the contact with Norris.",
        "Sainz wasn't penalised for the contact with Norris.",
        "Sainz werd niet bestraft voor zijn actie tegen Norris.",
        "Sainz was penalised.",  # no reason: nothing it could answer
    ],
)
def test_not_penalised_for(parse: Parse, sentence: str) -> None:
    a = parse("Hamilton won in Imola. " + sentence, date="2021-04-19")
    assert not facts_of(a, "penalty")


@pytest.mark.parametrize(
    "sentence",
    [
        # a moment or how it went is no cause
        "Carlos Sainz retired after the first lap.",
        "Carlos Sainz retired after a good start.",
        "Carlos Sainz viel uit na een uur racen.",
    ],
)
def test_no_cause_phrase(parse: Parse, sentence: str) -> None:
    assert causes(parse("Lewis Hamilton won in Brazilië. " + sentence, date="2019-11-18")) == {"sainz": None}


@pytest.mark.parametrize(
    "body, said",
    [
        # what he did, then the stewards' view of it
        (
            "Lance Stroll werd gediskwalificeerd. De Canadees liet zich na een spin door zijn monteurs"
            " terugduwen. Volgens de stewards was dat verboden hulp.",
            "terugduwen",
        ),
        (
            "Lance Stroll was disqualified. The Canadian was pushed back onto the track by marshals. The"
            " stewards ruled that this was outside assistance.",
            "marshals",
        ),
    ],
)
def test_a_penalty_explained_two_sentences_on(parse: Parse, body: str, said: str) -> None:
    a = parse("Max Verstappen won de Grand Prix van Brazilië. " + body, date="2024-11-04")
    [p] = facts_of(a, "penalty", "stroll")
    assert said in (p.reason or "") and "stewards" in (p.reason or "")


@pytest.mark.parametrize(
    "body",
    [
        # the sentence between is about someone else
        "Lance Stroll werd gediskwalificeerd. Fernando Alonso werd vijfde. Volgens de stewards was dat"
        " terecht.",
        # nothing explains after it
        "Lance Stroll werd gediskwalificeerd. De Canadees was teleurgesteld. Hij ging meteen naar huis.",
    ],
)
def test_no_penalty_reason_two_sentences_on(parse: Parse, body: str) -> None:
    a = parse("Max Verstappen won de Grand Prix van Brazilië. " + body, date="2024-11-04")
    [p] = facts_of(a, "penalty", "stroll")
    assert p.reason is None


def test_the_next_race_over_two_weeks_is_no_retirement(parse: Parse) -> None:
    a = parse(
        "Ocon werd zesde in Spanje. De volgende Grand Prix is over twee weken in Monaco.", date="2021-05-10"
    )
    assert facts_of(a, "retirement") == []


def test_a_race_that_was_over_is_a_retirement(parse: Parse) -> None:
    a = parse("In Spain Ocon's race was over after two laps.", date="2021-05-10")
    assert [f.driver for f in facts_of(a, "retirement")] == ["ocon"]


@pytest.mark.parametrize(
    "sentence",
    [
        # what the penalty led to is no reason for it
        "Norris kreeg een tijdstraf van vijf seconden, waardoor hij na zijn stop naar de negende plek zakte.",
        "Norris got a five-second penalty, which dropped him to ninth after his stop.",
        # a reason that only points back ("een dergelijke overtreding", "such an offence")
        "Norris kreeg een gridstraf van drie plaatsen voor een dergelijke overtreding.",
        "Norris got a three-place grid penalty for such an offence.",
        # the penalty itself after "due to" is no cause of it
        "Norris lost the win due to a 5 second time penalty.",
    ],
)
def test_no_usable_penalty_reason(parse: Parse, sentence: str) -> None:
    a = parse("Piastri won the Grand Prix of Hungary.\n\n" + sentence, date="2024-07-22")
    assert [p.reason for p in facts_of(a, "penalty", "norris")] == [None]


@pytest.mark.parametrize(
    "sentence",
    [
        # a penalty he should have had, or risks: none given
        "Volgens de stewards hoort Norris eigenlijk een gridstraf van vijf plaatsen te krijgen.",
        "Norris faces a five-place grid penalty for the next race.",
        "Norris could have had a five-second penalty for that move.",
    ],
)
def test_a_penalty_that_might_have_been_is_none(parse: Parse, sentence: str) -> None:
    a = parse("Piastri won the Grand Prix of Hungary.\n\n" + sentence, date="2024-07-22")
    assert facts_of(a, "penalty", "norris") == []


@pytest.mark.parametrize(
    "sentence",
    [
        # the driver right after the penalty got it, not the one the clause is about
        "Piastri won after being promoted because of a five-second penalty for Norris.",
        "Piastri managed P8 after being elevated because of a 5-second time penalty accrued by Norris.",
    ],
)
def test_the_driver_right_after_the_penalty_got_it(parse: Parse, sentence: str) -> None:
    a = parse("Verstappen won the Grand Prix of Hungary.\n\n" + sentence, date="2024-07-22")
    assert {p.driver for p in facts_of(a, "penalty")} == {"norris"}


@pytest.mark.parametrize(
    ("body", "retired"),
    [
        # "his retirement" after the one driver the clause names is his, not the last sentence's subject
        ("Verstappen won. A loss of power for Leclerc caused his first retirement of the year.", {"leclerc"}),
        ("Verstappen won. Een motorprobleem bij Leclerc zorgde voor zijn eerste uitvalbeurt.", {"leclerc"}),
        # with two drivers named, "his" stays the subject's
        ("Verstappen won. Hamilton passed Leclerc before his retirement.", {"hamilton"}),
    ],
)
def test_his_retirement(parse: Parse, body: str, retired: set[str]) -> None:
    a = parse(body, date="2022-05-22")
    assert set(causes(a)) == retired


@pytest.mark.parametrize(
    "sentence",
    [
        "Verstappen won in Jeddah, a first win of the season after his late DNF in the opener.",
        "Verstappen won in Jeddah, na zijn uitvalbeurt in de seizoensopener.",
        "Verstappen won in Jeddah after retiring in the previous race.",
    ],
)
def test_a_retirement_in_an_earlier_race(parse: Parse, sentence: str) -> None:
    assert causes(parse(sentence, date="2022-03-27")) == {}


@pytest.mark.parametrize(
    ("body", "cause"),
    [
        # the cause told impersonally in the next sentence, naming nobody
        ("Sainz viel uit in de slotfase. Er bleek een probleem met de benzinepomp te zijn.", "Er bleek"),
        ("Sainz retired late on. It turned out there was a problem with the fuel pump.", "It turned out"),
        # a next sentence about something else explains nothing
        ("Sainz viel uit in de slotfase. Er was daarna nog veel te doen in de paddock.", None),
    ],
)
def test_a_cause_told_impersonally_after(parse: Parse, body: str, cause: str | None) -> None:
    got = causes(parse(body, date="2022-03-20")).get("sainz")
    assert (got or "").startswith(cause) if cause else got is None


def test_a_cause_denied_is_none(parse: Parse) -> None:
    a = parse(
        "Lewis Hamilton won de Grand Prix van Brazilië. Sainz viel uit. Renault bevestigde dat de uitvalbeurt"
        " van Sainz niets te maken had met de nieuwe motor.",
        date="2019-11-18",
    )
    assert causes(a).get("sainz") is None


def test_a_team_named_motorsport_is_no_engine(parse: Parse) -> None:
    a = parse(
        "Lewis Hamilton won de Grand Prix van Brazilië. Scuderia Motorsport driver Carlos Sainz retired from"
        " the race on lap 12.",
        date="2019-11-18",
    )
    assert causes(a).get("sainz") is None


@pytest.mark.parametrize(
    "text",
    [
        # the front of the grid taken, no car parked by the track
        "Na een sterke kwalificatie mocht Carlos Sainz zijn Ferrari op de voorste startrij parkeren.",
        # the end of a career, no race's retirement
        "Carlos Sainz said goodbye before his Formula 1 retirement with tenth place.",
    ],
)
def test_no_retirement_from_the_race(parse: Parse, text: str) -> None:
    a = parse("Lewis Hamilton won de Grand Prix van Brazilië. " + text, date="2019-11-18")
    assert "sainz" not in causes(a)
