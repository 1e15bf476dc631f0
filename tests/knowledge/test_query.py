"""knowledge.query: names (typos, accents, nicknames, forenames), places, seasons, positions, intents,
ambiguity and follow-up context."""

from __future__ import annotations

import pytest

from knowledge.asked import names_moment
from knowledge.model import Topic
from knowledge.query import MAX_QUESTION_CHARS, QuestionParser, mend_keywords

# --- drivers ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question, driver",
    [
        ("Hoe eindigde Verstapen in Bakoe?", "max_verstappen"),
        ("Where did Leclrec finish in Monaco?", "leclerc"),
        ("Wat deed Hamiltn op Silverstone?", "hamilton"),
        ("Hoe eindigde Perez in Mexico?", "perez"),
        ("Hoe eindigde Pérez in Mexico?", "perez"),
        ("Waarom kreeg Hulkenberg een straf?", "hulkenberg"),
        ("Waarom kreeg Hülkenberg een straf?", "hulkenberg"),
        ("Hoe eindigde Checo in de Britse GP?", "perez"),
        ("Hoe deed Max het in Monte Carlo?", "max_verstappen"),
        ("Hoe eindigde Lando op Interlagos?", "norris"),
        ("HOE EINDIGDE NORRIS IN MIAMI?", "norris"),
        ("Where did Magnussen finish in Baku?", "kevin_magnussen"),
    ],
)
def test_driver_names(questions: QuestionParser, question: str, driver: str) -> None:
    q = questions.parse(question)
    assert q.drivers == (driver,)
    assert q.suggestions == ()


def test_two_drivers_in_order(questions: QuestionParser) -> None:
    q = questions.parse("Botsten Sainz en Pérez in Mexico?")
    assert q.drivers == ("sainz", "perez")


def test_ambiguous_forename_gives_suggestions(questions: QuestionParser) -> None:
    q = questions.parse("Hoe eindigde Jack in Monaco?")
    assert q.drivers == ()
    assert set(q.suggestions) == {"aitken", "doohan"}
    assert q.grand_prix == "monaco"


def test_no_driver_in_generic_question(questions: QuestionParser) -> None:
    q = questions.parse("Wie won de race in Bakoe?")
    assert q.drivers == () and q.suggestions == ()


# --- places -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question, gp",
    [
        ("Wie won in Bakoe?", "azerbaijan"),
        ("Who won in Baku?", "azerbaijan"),
        ("Wie won in Oostenrijk?", "austria"),
        ("Wie won de GP van de Verenigde Staten?", "usa"),
        ("Wie won de Britse GP?", "great_britain"),
        ("Wie won in Monte Carlo?", "monaco"),
        ("Wie won op Interlagos?", "sao_paulo"),
        ("Wie won de GP van Azerbeidzjan?", "azerbaijan"),
        ("Wie won op Silverstone?", "great_britain"),
        ("Who won in Zandvoort?", "netherlands"),
        ("Wie won in Austin?", "usa"),
        ("Who won the Mexican Grand Prix?", "mexico"),
        # "US" and "VS" are words too: only with "GP" after them, or as "de VS", the race
        ("Who won the US Grand Prix?", "usa"),
        ("Wie won in de VS?", "usa"),
        ("Who won the UK GP?", "great_britain"),
        ("wie won saoedi 2022", "saudi_arabia"),  # the country's short Dutch name
    ],
)
def test_grand_prix_names(questions: QuestionParser, question: str, gp: str) -> None:
    q = questions.parse(question)
    assert q.grand_prix == gp
    assert q.intent == "winner"


@pytest.mark.parametrize("question", ["Who won when Verstappen vs Hamilton was decided?", "Tell us who won"])
def test_us_and_vs_alone_name_no_race(questions: QuestionParser, question: str) -> None:
    assert questions.parse(question).grand_prix is None


def test_home_race_of_named_driver(questions: QuestionParser) -> None:
    assert questions.parse("Hoe eindigde Pérez in zijn thuisrace?").grand_prix == "mexico"


def test_no_grand_prix_when_none_named(questions: QuestionParser) -> None:
    assert questions.parse("Hoe eindigde Norris in het kampioenschap?").grand_prix is None


# --- season and position ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question, season",
    [
        ("Wie won in Monaco in 2023?", 2023),
        ("Who won the 2021 British Grand Prix?", 2021),
        ("Wie won in Monaco?", None),
        # the year next to the one named
        ("who won the belgian gp the year before 2021", 2020),
        ("wie won in spa het jaar voor 2021", 2020),
        ("wie won in spa het jaar na 2020", 2021),
        ("wie won in spa voor 2021", 2021),
    ],
)
def test_season(questions: QuestionParser, question: str, season: int | None) -> None:
    assert questions.parse(question).season == season


@pytest.mark.parametrize(
    "question, position",
    [
        ("Wie werd P3 in Monaco 2024?", 3),
        ("Wie werd derde in Monaco?", 3),
        ("Wie eindigde op de tweede plek in Bakoe?", 2),
        ("Who finished second in Baku?", 2),
        ("Who finished 4th in Baku?", 4),
        ("Wie werd laatste in Bakoe?", -1),
    ],
)
def test_position_questions(questions: QuestionParser, question: str, position: int) -> None:
    q = questions.parse(question)
    assert q.position == position
    assert q.intent == "position"
    assert q.drivers == ()


def test_ordinal_of_race_is_not_a_position(questions: QuestionParser) -> None:
    q = questions.parse("Wie won de tweede race van 2024?")
    assert q.position is None
    assert q.intent == "winner"


# --- intents ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question, intent, why",
    [
        ("Wie won de GP van China 2024?", "winner", False),
        ("Who won in Monaco?", "winner", False),
        ("Hoe eindigde Pérez in Bahrein?", "finish", False),
        ("Where did Norris finish in Miami?", "finish", False),
        ("Won Verstappen in Bahrein?", "finish", False),  # a yes/no about a named driver
        ("Hoe eindigde Pérez in het kampioenschap van 2024?", "championship", False),
        ("Where did Checo finish in the 2024 standings?", "championship", False),
        ("Met wie botste Pérez in Mexico?", "collision", False),
        ("Who did Sainz collide with in Baku?", "collision", False),
        # who took him out: the other side of a collision
        ("who took sainz out in baku", "collision", False),
        ("who tapped Sainz at turn 1 in Baku?", "collision", False),
        ("who did sainz clash with in baku", "collision", False),
        ("wie reed sainz aan in bakoe", "collision", False),
        ("wie duwde sainz de muur in in bakoe", "collision", False),
        # leading, or being pushed off the track, is no collision
        ("wie reed aan kop in bakoe", None, False),
        ("wie duwde sainz van de baan in bakoe", None, False),
        # what was wrong asks why, also when he won ("toen hij won" only places it)
        ("wat was er mis met de auto van sainz toen hij in bakoe won", "summary", True),
        ("what was wrong with sainz's car in baku", "summary", True),
        # the cue only in a constraint says nothing of what is asked
        ("wie interviewde sainz na zijn zege in bakoe", None, False),
        # ("after leclerc penalty": a constraint, typed without the 's)
        ("who moved up to 6th in baku 2024 after leclerc penalty", "position", False),
        # the podium's interviews or ceremony are no places
        ("who did the podium interviews in baku 2024", None, False),
        ("wie stonden op het podium in bakoe 2024", "podium", False),
        # the final classification asked is a finish
        ("hamilton bakoe 2024 eindklassering?", "finish", False),
        # "van welke plek gestart": the start
        ("sainz bakoe 2024 van welke plek gestart", "grid", False),
        ("Welke straf kreeg Hamilton op Silverstone?", "penalty", False),
        ("Waarom kreeg Sainz een tijdstraf in Singapore?", "penalty", True),
        ("Why did Ocon get a penalty?", "penalty", True),
        ("Waarom werd Hamilton gediskwalificeerd in Austin?", "disqualification", True),
        ("Waar startte Stroll in Austin?", "grid", False),
        ("Waar startten Stroll en Alonso in Austin?", "grid", False),
        ("Where did Verstappen qualify in Spa?", "grid", False),
        ("Startte Stroll uit de pitstraat?", "pitlane", False),
        ("Wat gebeurde er met Leclerc in Monaco?", "summary", False),
        ("Hoe ging het met Norris in Qatar?", "summary", False),
        ("What happened to Max at Silverstone?", "summary", False),
        ("Waarom viel Leclerc uit in Canada?", "retirement", True),
        # how he came to retire asks why, not who
        ("hoe vielen de ferraris uit in brazilie", "retirement", True),
        ("How did Leclerc retire in Canada?", "retirement", True),
        ("Wie vielen uit in Brazilië?", "retirement", False),
        # "kwali", "quali": the session's short names
        ("verstappen kwali singapore 2018", "grid", False),
        ("norris quali monza?", "grid", False),
        ("Wat ging er mis met de Ferrari van Leclerc in Bahrein?", "summary", True),
        # a fragment naming the podium asks who stood on it
        ("hockenheim 2019 podium?", "podium", False),
        ("Verstappen Bakoe", "summary", False),
        ("What did Norris do in Qatar?", "summary", False),
        ("Wat deed Pérez in Shanghai?", "summary", False),
        # what is asked after "but"/"maar", the rest only names it
        ("norris pole qatar 2024 but where did he finish", "finish", False),
        ("norris pole qatar 2024 maar waar eindigde hij", "finish", False),
        # a start after "zn gridstraf": the start asked
        ("norris startplek qatar 2024 na zn gridstraf?", "grid", False),
        ("norris qatar 2024 hoeveelste geklasseerd na de straf", "finish", False),
        # a place asked after another's disqualification: the place
        ("wie werd 3e in qatar 2024 na de dsq van norris", "position", False),
    ],
)
def test_intents(questions: QuestionParser, question: str, intent: str | None, why: bool) -> None:
    q = questions.parse(question)
    assert q.intent == intent
    assert q.why is why


@pytest.mark.parametrize(
    "question, intent",
    [
        # giving up is retiring
        ("waarom moest sargeant opgeven in monza 2023", "retirement"),
        ("na hoeveel rondjes gaf stroll het op in bakoe 2023", "retirement"),
        ("waarom gaf albon op in miami 2024", "retirement"),
        # what he passed on over the radio, what he gave up on the last lap: no retirement
        ("wat gaf norris op de radio door in zandvoort 2024", None),
        # who was out of the race after a crash; not who was out of a part of qualifying
        ("wie lagen er allemaal uit na de crash bij de start in monza 2024", "retirement"),
        ("wie lag eruit in singapore 2024", "retirement"),
        ("wie lagen eruit in q1 in singapore 2024", None),
    ],
)
def test_giving_up_is_retiring(questions: QuestionParser, question: str, intent: str | None) -> None:
    assert questions.parse(question).intent == intent


@pytest.mark.parametrize(
    "question, intent, unsupported",
    [
        # another event only places the one asked in time
        ("which 2 drivers collided in miami 2023 before the late safety car", "collision", None),
        # where on the lap it went wrong: a corner, not his place
        ("waar ging het mis voor sargeant in zijn kwalificatieronde in zandvoort 2023", "grid", "corner"),
        # the place he ran in when his car failed: not his result
        (
            "alonso singapore 2023 op welke plek reed hij toen zijn auto het begaf",
            "finish",
            "running_position",
        ),
        # a penalty told first, then where he starts
        ("ricciardo gridstraf jeddah 2023 vanaf waar start hij", "grid", None),
    ],
)
def test_what_is_asked_beside_another_event(
    questions: QuestionParser, question: str, intent: str, unsupported: str | None
) -> None:
    q = questions.parse(question)
    assert (q.intent, q.unsupported) == (intent, unsupported)


@pytest.mark.parametrize(
    "question, unsupported",
    [
        # who kept him behind: the words do not say which of the two was ahead
        ("wie hield gasly nipt achter zich op de finish in interlagos 2019", "someone_else"),
        # the one next to him in the result, his name mistyped
        ("wie eindigde er achter ricardo in de gp van amerika 2022", "behind_of"),
        # where he ran when something happened: not his result
        ("danny ric monza 2018 op welke plek lag hij toen de rook kwam", "running_position"),
    ],
)
def test_the_one_beside_the_one_named(questions: QuestionParser, question: str, unsupported: str) -> None:
    assert questions.parse(question).unsupported == unsupported


@pytest.mark.parametrize(
    "question, intent",
    [
        ("de vries monza 2022 waar gekwalificeerd", "grid"),
        ("waar is norris gekwalificeerd in monza 2024", "grid"),
        ("waar is norris geeindigd in monza 2024", "finish"),
    ],
)
def test_qualified_with_its_prefix(questions: QuestionParser, question: str, intent: str) -> None:
    assert questions.parse(question).intent == intent


@pytest.mark.parametrize(
    "question, position",
    [
        # a penalty the fan tells first, then who holds a place
        ("ocon dsq cota 2018 wie schoof door naar p8", 8),
        ("hamilton straf silverstone 2021 wie werd tweede", 2),
    ],
)
def test_a_place_asked_after_a_penalty_told(questions: QuestionParser, question: str, position: int) -> None:
    q = questions.parse(question)
    assert (q.intent, q.position, q.drivers) == ("position", position, ())


@pytest.mark.parametrize(
    "question",
    [
        "What did Norris shout at his engineer in Qatar?",
        "Wat zei Leclerc over zijn banden in Monaco?",
    ],
)
def test_a_thing_asked_that_no_fact_holds_gets_no_summary(questions: QuestionParser, question: str) -> None:
    assert questions.parse(question).intent != "summary"


def test_sprint_session(questions: QuestionParser) -> None:
    assert questions.parse("Hoe eindigde Norris in de sprint in Qatar?").session == "sprint"
    assert questions.parse("Hoe eindigde Norris in Qatar?").session is None


@pytest.mark.parametrize(
    "question, lang",
    [
        ("Hoe eindigde Norris in Qatar?", "nl"),
        ("Where did Norris finish in Qatar?", "en"),
        ("wat deed perez in shanghai", "nl"),
        ("who won the mexican gp 2024", "en"),
    ],
)
def test_language(questions: QuestionParser, question: str, lang: str) -> None:
    assert questions.parse(question).lang == lang


def test_off_topic_question_has_no_subject(questions: QuestionParser) -> None:
    q = questions.parse("Hoeveel kost een kaartje?")
    assert (q.drivers, q.grand_prix, q.season, q.intent, q.suggestions) == ((), None, None, None, ())


def test_long_question_is_cut(questions: QuestionParser) -> None:
    q = questions.parse("Hoe eindigde Norris? " + "bla " * 1000)
    assert len(q.text) == MAX_QUESTION_CHARS
    assert q.drivers == ("norris",)


@pytest.mark.parametrize("question", ["", "???", "'; DROP TABLE facts; --", "\x00\x01", "🏎️🏁" * 50])
def test_odd_input_does_not_raise(questions: QuestionParser, question: str) -> None:
    q = questions.parse(question)
    assert q.drivers == ()


# --- follow-ups ---------------------------------------------------------------------------------------


@pytest.fixture
def perez_mexico(questions: QuestionParser) -> Topic:
    topic = questions.parse("Hoe eindigde Pérez in Mexico in 2024?").topic()
    assert topic == Topic(("perez",), "mexico", 2024, "finish", None, None)
    return topic


def test_followup_new_season(questions: QuestionParser, perez_mexico: Topic) -> None:
    q = questions.parse("en in 2023?", context=perez_mexico)
    assert (q.drivers, q.grand_prix, q.season, q.intent) == (("perez",), "mexico", 2023, "finish")


def test_followup_new_driver(questions: QuestionParser, perez_mexico: Topic) -> None:
    for text in ("and Verstappen?", "En Verstappen?"):
        q = questions.parse(text, context=perez_mexico)
        assert (q.drivers, q.grand_prix, q.season, q.intent) == (
            ("max_verstappen",),
            "mexico",
            2024,
            "finish",
        )


def test_followup_new_grand_prix(questions: QuestionParser, perez_mexico: Topic) -> None:
    q = questions.parse("en in Bakoe?", context=perez_mexico)
    assert (q.drivers, q.grand_prix, q.intent) == (("perez",), "azerbaijan", "finish")


def test_followup_pronoun_keeps_driver(questions: QuestionParser, perez_mexico: Topic) -> None:
    q = questions.parse("Waarom kreeg hij een straf?", context=perez_mexico)
    assert (q.drivers, q.grand_prix, q.intent, q.why) == (("perez",), "mexico", "penalty", True)


def test_new_full_question_ignores_context(questions: QuestionParser, perez_mexico: Topic) -> None:
    q = questions.parse(
        "Wie heeft in het jaar 2021 de Grand Prix van Groot-Brittannie gewonnen?", context=perez_mexico
    )
    assert (q.drivers, q.grand_prix, q.season, q.intent) == ((), "great_britain", 2021, "winner")


def test_without_context_a_followup_stays_empty(questions: QuestionParser) -> None:
    q = questions.parse("en in 2023?")
    assert (q.drivers, q.grand_prix, q.season) == ((), None, 2023)


@pytest.mark.parametrize(
    "text", ["?", "ok", "lol", "en?", "tell me a joke", "<b>hi</b>", "'; DROP TABLE facts; --"]
)
def test_followup_without_content_of_its_own_borrows_nothing(
    questions: QuestionParser, perez_mexico: Topic, text: str
) -> None:
    # A short message that says nothing must not repeat the previous question.
    q = questions.parse(text, context=perez_mexico)
    assert (q.drivers, q.grand_prix, q.season, q.intent) == ((), None, None, None)


def test_followup_why_alone_still_borrows(questions: QuestionParser, perez_mexico: Topic) -> None:
    q = questions.parse("waarom?", context=perez_mexico)
    assert (q.drivers, q.grand_prix, q.why) == (("perez",), "mexico", True)


def test_followup_with_ambiguous_name_does_not_borrow_the_driver(
    questions: QuestionParser, perez_mexico: Topic
) -> None:
    q = questions.parse("en Jack?", context=perez_mexico)
    assert q.drivers == ()
    assert set(q.suggestions) == {"aitken", "doohan"}


# --- attributes no fact holds: a neighbouring fact must never answer them ---------------------------


@pytest.mark.parametrize(
    "question, attribute",
    [
        ("Hoeveel punten scoorde Norris in Imola 2022?", "points"),
        ("how many points was Sainz behind Leclerc after Spa 2021", "points_gap"),
        ("Wat was de achterstand van Russell op de winnaar in Zandvoort?", "gap"),
        ("by how much did Bottas beat Hamilton in Sochi?", "gap"),
        ("Welke positie had Ocon na de eerste ronde in Hongarije 2021?", "running_position"),
        ("In welke ronde viel Gasly uit in Bakoe?", "lap"),
        ("where was Albon after lap 10 in Mugello", "running_position"),
        ("Op welke banden startte Ricciardo in Monza 2021?", "tyres"),
        ("what tyres did Stroll use at the end in Turkey", "tyres"),
        ("Hoeveel pitstops maakte Vettel in Bahrein 2019?", "pitstops"),
        ("Hoe vaak stond Leclerc op het podium in 2019?", "count"),
        ("how many wins did Verstappen have in 2021?", "count"),
        ("Wat zei Alonso na de race in Qatar?", "quote"),
        ("What did Hamilton say about the stewards in Brazil?", "quote"),
        ("Wat was de rondetijd van Norris in Q3 in Sotsji?", "laptime"),
        ("Wie reed de snelste ronde in Portugal 2020?", "fastest_lap"),
        ("Hoeveel strafpunten kreeg Magnussen in 2022?", "penalty_points"),
        ("Hoe hoog was de boete van Mercedes in Abu Dhabi?", "fine"),
        ("Wie haalde Sainz in tijdens de laatste ronde in Monza?", "overtake"),
        ("Why did the red flag come out in Imola 2022?", "safety_car"),
    ],
)
def test_unsupported_attribute(questions: QuestionParser, question: str, attribute: str) -> None:
    assert questions.parse(question).unsupported == attribute


@pytest.mark.parametrize(
    "question",
    [
        "Hoe eindigde Norris in Imola 2022?",
        "Finished Albon in the points in Miami 2022?",
        "Eindigde Tsunoda in de punten in Bakoe?",
        "Met wie botste Pérez bij de start in Mexico?",
        "Who did Leclerc crash with at the start in Spa?",
        "Waarom kreeg Ocon een tijdstraf in Oostenrijk?",
        "Wie stond op pole in Monaco 2021?",
        "Waarom viel Sainz uit in Oostenrijk 2022?",
        "hoe eindigde checo in het kampioenschap 2021",
        "Welke plaats haalde Vettel in Sakhir 2019?",
        "Welke plaats haalde Bottas in de GP van Japan?",
        # crossing the line first is a win
        "wie ging als eerste over de streep in jeddah 2021",
        "who finished first in jeddah 2021",
    ],
)
def test_supported_attribute(questions: QuestionParser, question: str) -> None:
    assert questions.parse(question).unsupported is None


@pytest.mark.parametrize(
    "question, attribute",
    [
        ("Hoeveel punten voorsprong had Verstappen na Monza 2019?", "points_gap"),
        ("How many points did Leclerc score for his win in Monza 2019?", "points"),
        ("How did Vettel get ahead of Hamilton in Melbourne 2018?", "overtake"),
        ("In welke ronde ging Max voorbij Leclerc in Oostenrijk 2019?", "lap"),
        ("Wie ging Max voorbij in Oostenrijk 2019?", "overtake"),
        ("Wanneer won Honda voor het laatst in Oostenrijk?", "when"),
        ("When did Hamilton clinch the 2019 title?", "when"),
        ("How many penalty points did Stroll get in Jeddah?", "penalty_points"),
        # a lead in the standings asked loosely
        ("voorsprong max in wk na monza 2019", "points_gap"),
        ("max voorsprong na gp monza 2019", "points_gap"),
        ("by how many pts did lewis lead seb going into monza 2019", "points_gap"),
        ("how many points was seb leading the wdc by after monza 2019", "points_gap"),
        # points a penalty cost, the number of a start, a count typed as one word
        ("hoeveel wk punten verloor alonso door de straf in austin 2022", "points_lost"),
        ("how many points did alonso lose because of the penalty in austin 2022", "points_lost"),
        ("sainz first podium brazil 2019 at which attempt", "count"),
        ("hoeveelste start was brazilie 2019 voor sainz", "count"),
        ("hoevaak won max in 2019", "count"),
        # the first to do something is no first place
        ("wie crashte als eerste in jeddah 2021", "first_to"),
        ("who was the first driver to retire in jeddah 2021", "first_to"),
        ("wie viel als eerste uit in jeddah 2021", "first_to"),
        # the singular and the short forms fans type
        ("hoeveel punt voorsprong had max na monza 2019", "points_gap"),
        ("hoeveel pnt verschil max en seb na monza 2019", "points_gap"),
        # for which race a penalty was: where it applied, not where it was earned
        ("for which race was max's grid penalty after monza 2019", "served_at"),
        ("voor welke race kreeg max een gridstraf na monza 2019", "served_at"),
        # an appeal's outcome, or who takes a seat, is in no fact
        ("did ferrari win the appeal for vettel's penalty in monza 2019", "appeal"),
        ("waarom diende ferrari protest in tegen red bull in monza 2019", "appeal"),
        ("monza 2019 winnaar leclerc, wie vervangt hem volgend jaar?", "replacement"),
        ("who replaced hamilton at monza 2019", "replacement"),
        # the earlier cases the stewards cited are no penalty
        ("which precedents did the stewards cite for max's penalty at monza 2019", "precedent"),
        ("welke precedenten noemden de stewards voor de straf van max in monza 2019", "precedent"),
        # a record broken, an opinion, a count of a team's wins: no fact holds them
        ("whose record did max break in mexico 2022", "record"),
        ("why does norris think his penalty in austria 2021 was unfair", "opinion"),
        ("waarom vindt norris zijn straf in oostenrijk 2021 oneerlijk", "opinion"),
        # a milestone of a career, whom a driver blamed: no fact holds them
        ("who got his first ever podium at brazil 2019", "record"),
        ("wie haalde zijn eerste podium ooit in brazilie 2019", "record"),
        ("who did max blame for the hungaroring 2021 crash", "opinion"),
        ("sochi 2021 winner and what milestone was it", "record"),
        ("wie had het puntenrecord voor max in 2022 en hoeveel", "record"),
        # a gap asked in fragments
        ("imola 2021 kwali gat max tot pole?", "gap"),
        ("hoeveel zat hamilton achter seb in de kwali bakoe 2018", "gap"),
        ("welke mijlpaal bereikte hamilton in sotsji 2021", "record"),
        # where a grid penalty was served, the race named among many words
        ("at which race does verstappen serve his monza 2021 grid penalty", "served_at"),
        ("how many russian gps had mercedes won by 2018", "count"),
        # a lead after the start is one on the road
        ("max voorsprong na de start in monza 2019", "gap"),
        # a count of a career, with the word "career" between
        ("how many career poles does max have after austria 2021", "count"),
        ("hoeveel carrière-poles had max na oostenrijk 2021", "count"),
        # a first of his career, no race named: another edition than any race's facts
        ("waar pakte max zijn allereerste pole", "earlier_edition"),
        ("where did max take his first ever win", "earlier_edition"),
    ],
)
def test_unsupported_attribute_more(questions: QuestionParser, question: str, attribute: str) -> None:
    assert questions.parse(question).unsupported == attribute


@pytest.mark.parametrize(
    "question, unsupported, intent",
    [
        # a race's winner, and who was to blame, stay answered
        ("who won his maiden victory in sakhir 2020", None, "winner"),
        ("who was to blame for the crash in hungary 2021", "culprit", "crash"),
        # a grid drop asked in places is the penalty
        ("how many grid places did lewis get docked austria 2019?", None, "penalty"),
        ("hoeveel gridplaatsen verloor vettel in oostenrijk 2018", None, "penalty"),
        ("how many places did lewis lose at the start in austria 2019", None, None),
        # "pts" are points
        ("how many pts did max get for the sprint win in austria 2022", "points", "finish"),
        # "als hoeveelste" in the sprint: the sprint's place; in qualifying, the start
        ("hamilton sprint brazilie 2021 als hoeveelste", None, "finish"),
        ("checo kwalie qatar hoeveelste", None, "summary"),
    ],
)
def test_neighbours_of_the_milestones(
    questions: QuestionParser, question: str, unsupported: str | None, intent: str | None
) -> None:
    q = questions.parse(question)
    assert (q.unsupported, q.intent) == (unsupported, intent)


def test_penalty_size_is_not_a_gap(questions: QuestionParser) -> None:
    assert questions.parse("Hoeveel seconden tijdstraf kreeg Ocon in Monza?").unsupported is None
    assert questions.parse("How many seconds was Ocon behind Gasly in Monza?").unsupported == "gap"


@pytest.mark.parametrize(
    "question",
    [
        "Verstappen points after the 2019 Japanese Grand Prix?",
        "punten Leclerc na Monza 2019",
        "Hoeveel punten had Bottas aan het einde van het seizoen 2020?",
        "how many points did Sainz have after Spa 2021",
    ],
)
def test_points_total_is_asked(questions: QuestionParser, question: str) -> None:
    q = questions.parse(question)
    assert (q.intent, q.unsupported) == ("points", None)


@pytest.mark.parametrize(
    "question, key",
    [
        ("Wie won de Grand Prix van Sakhir 2020?", "sakhir"),
        ("Who won the 2020 Sakhir Grand Prix?", "sakhir"),
        ("Who won the 2020 Bahrain Grand Prix?", "bahrain"),
    ],
)
def test_place_named_after_its_own_grand_prix(questions: QuestionParser, question: str, key: str) -> None:
    assert questions.parse(question).grand_prix == key


def test_a_named_drivers_podium_is_not_the_podium_list(questions: QuestionParser) -> None:
    assert questions.parse("Stond Verstappen op het podium in Hockenheim?").intent != "podium"


@pytest.mark.parametrize(
    "question, drivers",
    [
        # the driver after "achter" in a who-question with a place: where the place is counted from
        ("singapore 2018 kwali wie stond p2 achter lewis", ()),
        ("Who finished second behind Hamilton in Singapore?", ()),
        # without a place asked, or without "who", the driver stays
        ("Wie eindigde achter Hamilton in Singapore?", ("hamilton",)),
        ("Werd Verstappen tweede achter Hamilton?", ("max_verstappen", "hamilton")),
    ],
)
def test_a_reference_driver_in_a_who_question(
    questions: QuestionParser, question: str, drivers: tuple[str, ...]
) -> None:
    assert questions.parse(question).drivers == drivers


@pytest.mark.parametrize(
    ("question", "session"),
    [
        ("where does norris start the british gp after the sprint", None),
        ("waar start norris na de sprint in brazilie", None),
        ("wie won de sprint in brazilie", "sprint"),
        # the sprint denied: the race
        ("wie won in brazilie (de race, niet de sprint)", None),
        ("who won in brazil on sunday, not the sprint race", None),
        ("did norris win the sprint in brazil or not", "sprint"),
    ],
)
def test_the_sprint_as_a_moment_is_no_session(
    questions: QuestionParser, question: str, session: str | None
) -> None:
    assert questions.parse(question).session == session


@pytest.mark.parametrize(
    ("question", "race"),
    [
        # a misspelt name shared by two races: the one of that name that season
        ("wie won sakir gp 2020", "sakhir"),
        ("who won sakir 2021", "bahrain"),
        ("wie won bahrien 2020", "bahrain"),
    ],
)
def test_a_misspelt_race_name(questions: QuestionParser, question: str, race: str) -> None:
    assert questions.parse(question).grand_prix == race


@pytest.mark.parametrize(
    ("question", "unsupported"),
    [
        # what happened at a moment is no summary of the weekend
        ("what happened to ocon on his last q3 lap in hungary", "running_position"),
        ("wat gebeurde er met ocon in zijn laatste q3-ronde in hongarije", "running_position"),
        ("what happened to ocon in hungary", None),
    ],
)
def test_a_summary_at_a_moment(questions: QuestionParser, question: str, unsupported: str | None) -> None:
    assert questions.parse(question).unsupported == unsupported


def test_a_career_first_with_its_race_named_asks_that_race(questions: QuestionParser) -> None:
    q = questions.parse("wie pakte zijn allereerste zege in miami 2024")
    assert (q.unsupported, q.intent, q.season) == (None, "winner", 2024)


@pytest.mark.parametrize(
    "question, moment",
    [
        # the last lap is a moment of the race: what befell him then, not his whole race
        ("wat gebeurde er met lewis in de laatste ronde op silverstone 2020", True),
        ("what happened to lewis on the last lap at silverstone 2020", True),
        ("wat gebeurde er met lewis op silverstone 2020", False),
    ],
)
def test_the_last_lap_is_a_moment(questions: QuestionParser, question: str, moment: bool) -> None:
    q = questions.parse(question)
    assert (q.intent, q.unsupported, names_moment(q.folded)) == ("summary", None, moment)


@pytest.mark.parametrize(
    "question, intent, unsupported",
    [
        # "because of his penalty" places what is asked: who finished sixth
        ("who moved up to 6th in japan 2019 because of charles his penalty", "position", None),
        ("wie werd zesde vanwege de straf van leclerc in japan 2019", "position", None),
        # "geworden": where he finished
        ("hoeveelste is max uiteindelijk geworden in canada 2018?", "finish", None),
        # how he described it: his words
        ("hamilton portugal 2021 how did he describe the race", "summary", "quote"),
        # somebody besides the one named
        ("wie kreeg naast bottas ook een gridstraf na hongarije 2021", "penalty", "someone_else"),
        ("who else got a grid penalty besides bottas in hungary 2021", "penalty", "someone_else"),
        ("welke gridstraf kreeg bottas in hongarije 2021", "penalty", None),
    ],
)
def test_what_a_question_asks(
    questions: QuestionParser, question: str, intent: str, unsupported: str | None
) -> None:
    q = questions.parse(question)
    assert (q.intent, q.unsupported) == (intent, unsupported)


@pytest.mark.parametrize(
    "question, season",
    [
        # two digits right after a race's name are its season
        ("from what position did lewis restart at silverstone 18?", 2018),
        ("podium oostenrijk 21", 2021),
        ("monaco '19 winnaar", 2019),
        # a place or a lap is no season
        ("hamilton silverstone 18e plaats", None),
        ("wie lag voorop in monza ronde 20", None),
    ],
)
def test_a_two_digit_season(questions: QuestionParser, question: str, season: int | None) -> None:
    assert questions.parse(question).season == season


@pytest.mark.parametrize(
    "question, intent, unsupported",
    [
        # the place before the penalty: on the road, not his result
        ("waar kwam verstappen over de streep in monza 2018 voor de tijdstraf", "finish", "before_penalty"),
        ("where did leclerc finish on the road in japan 2022", "finish", "before_penalty"),
        ("hoeveelste werd max in monaco 2019 na zn straf", "finish", None),
        # one deed the question describes
        ("wat deed perez in singapore 2018 dat zo slecht was", "summary", "manner"),
        ("wat deed max in monaco 2021", "summary", None),
        # "ondanks crash": a constraint, the place is asked
        ("max hongarije 2020 hoeveelste ondanks crash", "finish", None),
        # "hoeveelste" with qualifying named: his start, not his finish
        ("checo kwalie qatar 2021 hoeveelste", "summary", None),
        # a restart's order
        ("from what position did lewis restart at silverstone 2018", "finish", "running_position"),
    ],
)
def test_what_is_asked_more(
    questions: QuestionParser, question: str, intent: str, unsupported: str | None
) -> None:
    q = questions.parse(question)
    assert (q.intent, q.unsupported) == (intent, unsupported)


@pytest.mark.parametrize(
    "question, gp",
    [
        # a race's name typed with a letter missing, four letters too
        ("wie werd derde in qatr 2021?", "qatar"),
        ("wie won mugelo 2020", "tuscany"),
        # a common word of four letters is no race
        ("wie won race 2021", None),
        ("max plek 2021", None),
    ],
)
def test_a_race_typed_loosely(questions: QuestionParser, question: str, gp: str | None) -> None:
    assert questions.parse(question).grand_prix == gp


@pytest.mark.parametrize(
    "question, intent, unsupported, drivers, position",
    [
        # those a driver took out, and the place another had: not the named driver's own
        (
            "wie vielen uit door grosjean in de eerste ronde barcelona 2018",
            "retirement",
            "someone_else",
            ("grosjean",),
            None,
        ),
        (
            "who retired because of verstappen in monza 2021",
            "retirement",
            "someone_else",
            ("max_verstappen",),
            None,
        ),
        ("wie kreeg de tweede plek van vettel in hongarije 2021", "position", None, (), 2),
        ("waarom viel grosjean uit in barcelona 2018", "retirement", None, ("grosjean",), None),
        # which of his wins: a count
        ("hungary 2022 was which career win for verstappen", "finish", "count", ("max_verstappen",), None),
        # how much slower or faster: the pace
        (
            "hoeveel langzamer was max dan leclerc in de kwali monza 2022",
            "grid",
            "pace",
            ("max_verstappen", "leclerc"),
            None,
        ),
        (
            "how much slower was max than leclerc in quali monza 2022",
            "grid",
            "pace",
            ("max_verstappen", "leclerc"),
            None,
        ),
        # the start he came from is a constraint; his place is asked
        (
            "hoeveelste werd lewis in de sprint brazilie 2021 na zijn start achteraan",
            "finish",
            None,
            ("hamilton",),
            None,
        ),
        (
            "where did lewis finish in the brazil sprint 2021 after starting last",
            "finish",
            None,
            ("hamilton",),
            None,
        ),
        ("who finished last in brazil 2021", "position", None, (), -1),
        # time given away in qualifying: the pace
        (
            "hoeveel gaf max toe op lewis in de kwali van stiermarken",
            "grid",
            "pace",
            ("max_verstappen", "hamilton"),
            None,
        ),
        # a penalty typed loosely
        ("why did charles get a penallty at spa 2022", "penalty", None, ("leclerc",), None),
        ("max penatly brazil 2021", "penalty", None, ("max_verstappen",), None),
        # a remark to be agreed with names nobody asked about
        ("wie had pole in jeddah 2021, max crashte toch?", "grid", None, (), 1),
    ],
)
def test_who_else_and_constraints(
    questions: QuestionParser,
    question: str,
    intent: str,
    unsupported: str | None,
    drivers: tuple[str, ...],
    position: int | None,
) -> None:
    q = questions.parse(question)
    assert (q.intent, q.unsupported, q.drivers, q.position) == (intent, unsupported, drivers, position)


@pytest.mark.parametrize(
    "question, gp",
    [
        # two letters swapped still name the race; a word that only shares its letters names none
        ("wie pakte pole in mexcio 2018", "mexico"),
        ("wie won in sapnje 2021", "spain"),
        ("wie won in mexico 2018", "mexico"),
        ("wie won de race 2018", None),
    ],
)
def test_a_race_with_two_letters_swapped(questions: QuestionParser, question: str, gp: str | None) -> None:
    assert questions.parse(question).grand_prix == gp


@pytest.mark.parametrize(
    "question, intent, unsupported",
    [
        # the one behind the driver named, the preposition left at the end
        ("who did charles finish just ahead of in azerbaijan 2018", "finish", "behind_of"),
        ("who did charles finish behind in azerbaijan 2018", "finish", "ahead_of"),
        # something before the start, not where he started
        ("what happened to max before the start hungaroring 2020", "grid", "before_start"),
        # the winner and the second: the podium tells both
        ("jeddah 2022 winnaar en tweede", "podium", None),
        ("who won jeddah 2022 and who was second", "podium", None),
        # an edition before the one named, a review of a verdict
        ("who won the previous gp at zandvoort before max in 2021", "winner", "earlier_edition"),
        ("did red bull's review of hamilton's penalty work at silverstone 2021", "penalty", "appeal"),
        # a cause asks why
        ("wat was de oorzaak van de uitvalbeurt van albon in de eifel 2020", "retirement", None),
        # a lead after a race, the two named between
        ("voorsprong lewis op max na de gp van spanje 2021", "summary", "points_gap"),
        # a gap after a race, or in the championship ("wk"), is one in points; after a lap, in seconds
        ("gap max leclerc after imola 2022", "summary", "points_gap"),
        ("wk verschil max lewis na zandvoort 2021", "championship", "points_gap"),
        ("gap ham ver lap 7 qatar 2021", "summary", "gap"),  # ("ham": Hamilton, a fan's short)
        ("gap max lewis after the race abu dhabi 2021", "summary", "gap"),
    ],
)
def test_what_is_asked_at_the_fifth_session(
    questions: QuestionParser, question: str, intent: str, unsupported: str | None
) -> None:
    q = questions.parse(question)
    assert (q.intent, q.unsupported) == (intent, unsupported)
    if "oorzaak" in question:
        assert q.why


@pytest.mark.parametrize(
    "question, lang",
    [
        # a fragment with English words of the sport is English
        ("hungary 2018 winning margin hamilton", "en"),
        ("gap max lewis abu dhabi 2021", "en"),
        # a fragment with no words of either language: Dutch, the default
        ("checo monaco", "nl"),
        ("hoeveel punten had max", "nl"),
    ],
)
def test_the_language_of_a_fragment(questions: QuestionParser, question: str, lang: str) -> None:
    assert questions.parse(question).lang == lang


@pytest.mark.parametrize(
    "question, unsupported",
    [
        # a lead "in the wc": in points
        ("verstappen lead in wc after mexico 2021", "points_gap"),
        ("norris lead in the wdc after monza 2024", "points_gap"),
        ("who led the race in monza 2024", None),
        # a win before the race named is another race's
        ("before singapore 2019 where was seb's last win", "earlier_edition"),
        ("waar was seb z'n laatste zege voor singapore 2019", "earlier_edition"),
        ("who won the race before singapore 2019", "earlier_edition"),
        ("waar was de laatste zege van max in 2019", None),
        ("who won singapore 2019", None),
        # a penalty overturned: the appeal's outcome
        ("canada 2019 did ferrari get vettels penalty overturned", "appeal"),
        ("werd de straf van vettel in canada 2019 teruggedraaid", "appeal"),
        # "hoeveel sec": a gap in seconds; with "straf", the penalty's size (answered as the penalty)
        ("singapore 2022 hoeveel sec voor leclerc finishte perez", "gap"),
        ("hoeveel sec straf kreeg max in brazilie 2022", None),
        # a place after the start, "de" left out: a running place
        ("bottas monza 2021 welke plek na start", "running_position"),
        # a margin in parts of a second; what matters according to someone: his view
        ("max pole zandvoort 2021 by how many thousandths", "gap"),
        ("met hoeveel duizendsten pakte max pole in zandvoort 2021", "gap"),
        ("wat wordt belangrijk op zondag volgens hamilton na de kwali in zandvoort 2021", "opinion"),
        ("wie won volgens de uitslag in zandvoort 2021", None),
        # a record of age; a count over "the last 36 GPs"
        ("leclerc 2e jongste polesitter ooit in bahrein 2019, wie is de jongste dan", "record"),
        ("how many of the last 36 gps had max won going into zandvoort 2022", "count"),
        # "wie werd 2e gp ...": a place, though "gp" follows the number ("de 2e gp van het jaar" is a race's)
        ("wie werd 2e gp stiermarken 2020", None),
        # what he expected or hoped for, not what he got; "zoals verwacht", "onverwacht" ask the result
        ("welke plek verwachtte lando vooraf in de kwali van spanje 2021", "opinion"),
        ("waar hoopte ricciardo op in monza 2021", "opinion"),
        ("what position did lando expect in qualifying spain 2021", "opinion"),
        ("where was ricciardo hoping to finish at monza 2021", "opinion"),
        ("won max zoals verwacht in spanje 2021", None),
        ("wie won onverwacht in hongarije 2021", None),
        ("did max win as expected in spain 2021", None),
        # the one a place was taken from, not the taker
        ("ocon baku 2021 from who did he take p4", "someone_else"),
        ("from whom did ocon take fourth in baku 2021", "someone_else"),
        ("van wie pakte ocon p4 af in baku 2021", "someone_else"),
        ("wie verloor p4 aan ocon in baku 2021", "someone_else"),
        ("who did ocon take p4 from in baku 2021", "someone_else"),
        ("who took p4 in baku 2021", None),
    ],
)
def test_what_is_asked_in_the_evening_session(
    questions: QuestionParser, question: str, unsupported: str | None
) -> None:
    assert questions.parse(question).unsupported == unsupported


@pytest.mark.parametrize(
    "question, intent",
    [
        # the one who took him out: the other of his collision
        ("who took out norris in turn 1 at monza 2024", "collision"),
        ("who spun norris at turn 1 monza 2024", "collision"),
        ("who rear ended piastri at suzuka 2024", "collision"),
        ("who flipped zhou over at silverstone 2022", "collision"),
        # spinning on his own, a question without a driver after the verb: no collision asked
        ("who spun at turn 1 in monza 2024", None),
        # "tikte eraf", "raakten elkaar", "wipe out", "fly over"
        ("wie tikte piastri eraf in zandvoort 2024", "collision"),
        ("welke alpines raakten elkaar in monaco 2023", "collision"),
        ("who did sargeant wipe out at the start in melbourne 2024", "collision"),
        ("who did zhou fly over at silverstone 2022", "collision"),
        # a tap on the shoulder, a team mate touched by his words: no collision
        ("wie tikte piastri op de schouder na de race in zandvoort 2024", None),
    ],
)
def test_who_took_him_out(questions: QuestionParser, question: str, intent: str | None) -> None:
    assert questions.parse(question).intent == intent


def test_a_place_told_before_gp(questions: QuestionParser) -> None:
    assert questions.parse("wie werd 2e gp stiermarken 2020").position == 2
    assert questions.parse("wat was de 2e gp van 2020").position is None


def test_the_first_lap_is_no_place(questions: QuestionParser) -> None:
    q = questions.parse("wie had die zware crash in het eerste rondje abu dhabi 2018")
    assert (q.position, q.intent) == (None, "crash")


@pytest.mark.parametrize(
    "question, unsupported",
    [
        # a prediction or a favourite: someone's view before the race, not its result
        ("wie voorspelt de krant als winnaar van de gp canada 2024", "opinion"),
        ("who does the pundit think wins the dutch gp 2024", "opinion"),
        ("wie ziet de analist als derde eindigen in zandvoort 2024", "opinion"),
        ("wie was favoriet bij de bookmakers voor australie 2024", "opinion"),
        ("who was tipped to win in monza 2024", "opinion"),
        # the result itself
        ("wie won de gp van canada 2024", None),
        ("who won in zandvoort 2024", None),
        ("wie werd derde in zandvoort 2024", None),
    ],
)
def test_a_prediction_is_no_result(questions: QuestionParser, question: str, unsupported: str | None) -> None:
    assert questions.parse(question).unsupported == unsupported


@pytest.mark.parametrize(
    "question, unsupported",
    [
        # where he moved up from: a change of place, not his result
        ("norris brazilie 2024 van welke plek schoof hij op naar p2", "overtake"),
        ("from which position did norris move up to p2 in brazil 2024", "overtake"),
        # where he started, and his place
        ("vanaf welke plek startte norris in brazilie 2024", None),
        ("norris brazilie 2024 welke plek", None),
    ],
)
def test_a_place_moved_up_from_is_no_result(
    questions: QuestionParser, question: str, unsupported: str | None
) -> None:
    assert questions.parse(question).unsupported == unsupported


@pytest.mark.parametrize(
    "question, intent",
    [
        # a question word mistyped one letter off
        ("monza 2024 winaar", "winner"),
        ("podiun monaco 2024", "podium"),
        ("penallty norris brazil 2024", "penalty"),
        ("norris kwalifikatie monaco 2024 plek", "grid"),
        ("norris qualifyed where in spa 2024", "grid"),
    ],
)
def test_a_mistyped_question_word(questions: QuestionParser, question: str, intent: str) -> None:
    assert questions.parse(question).intent == intent


@pytest.mark.parametrize(
    "typed, read",
    [
        ("monza winaar", "monza winnaar"),
        # a word of its own one letter off a question word, or a question word's longer form: as typed
        ("kan norris nog winnen", "kan norris nog winnen"),
        ("welke posities won hij", "welke posities won hij"),
        ("podiums in 2024", "podiums in 2024"),
        # short words are not mended
        ("punte", "punte"),
    ],
)
def test_mended_question_words(typed: str, read: str) -> None:
    assert mend_keywords(typed) == read


@pytest.mark.parametrize(
    "question, intent",
    [
        # the top three asked, however long the fragment
        ("dutch gp 2024 top 3", "podium"),
        ("wie waren de top drie in monza 2024", "podium"),
        # a driver in the top three: yes or no, from his place
        ("was norris in de top 3 in monza 2024", "finish"),
    ],
)
def test_the_top_three_asked(questions: QuestionParser, question: str, intent: str) -> None:
    assert questions.parse(question).intent == intent


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        # the place in the standings asked beside the points: the standing, told with its points
        ("max final championship position and points after abu dhabi 2018", "championship"),
        ("welke plek en hoeveel punten in het wk na spa 2021 voor lewis", "championship"),
        # points alone, or with a race's place: no standing
        ("hoeveel punten had max na abu dhabi 2018", "points"),
        ("points for lewis 2nd place in the championship 2021", "points"),
    ],
)
def test_a_standing_asked_beside_its_points(questions: QuestionParser, question: str, intent: str) -> None:
    assert questions.parse(question).intent == intent


@pytest.mark.parametrize(
    ("question", "unsupported"),
    [
        # injuries: no fact holds them, and a crash is a neighbouring answer
        ("grosjean bahrein 2020 verwondingen?", "problem"),
        ("was grosjean injured in bahrain 2020", "problem"),
        ("grosjean crash bahrein 2020", None),
        ("met wie botste grosjean in bahrein 2020", None),
    ],
)
def test_injuries_are_asked_of_no_fact(
    questions: QuestionParser, question: str, unsupported: str | None
) -> None:
    assert questions.parse(question).unsupported == unsupported


@pytest.mark.parametrize(
    ("question", "intent", "position"),
    [
        # a start the fan tells, then the finish asked: his finish, not the start told
        ("sainz spa 2022 started on pole, finished where?", "finish", None),
        ("verstappen begon als 14e in spa 2022, waar eindigde hij", "finish", None),
        # a start asked is still a start
        ("waar startte verstappen in spa 2022", "grid", None),
        ("verstappen startte als 14e in spa 2022?", "grid", 14),
    ],
)
def test_a_start_told_then_the_finish_asked(
    questions: QuestionParser, question: str, intent: str, position: int | None
) -> None:
    q = questions.parse(question)
    assert (q.intent, q.position) == (intent, position)


@pytest.mark.parametrize(
    ("question", "why", "unsupported"),
    [
        # "why" as fans type it
        ("y does valtteri start at the back in monza 2021", True, None),
        ("waar startte bottas in monza 2021", False, None),
        # the time one was short by: a gap, not his place
        ("hoeveel kwam max tekort op bottas in de kwali van spa 2020", False, "gap"),
        # an average over races: no fact holds one, and his races are a neighbouring answer
        ("gemiddelde startpositie bottas 2020", False, "average"),
        ("average finishing position of hamilton in 2020", False, "average"),
        ("startpositie bottas monza 2021", False, None),
    ],
)
def test_why_short_by_and_averages(
    questions: QuestionParser, question: str, why: bool, unsupported: str | None
) -> None:
    q = questions.parse(question)
    assert (q.why, q.unsupported) == (why, unsupported)


@pytest.mark.parametrize(
    ("question", "intent", "unsupported"),
    [
        # the finish asked after a puncture: the puncture only places it
        ("ocon eindplek oostenrijk 2024 na die lekke band", "finish", None),
        ("waar eindigde ocon na zijn klapband in oostenrijk 2024", "finish", None),
        # the puncture itself asked
        ("op welke banden reed ocon in oostenrijk 2024", None, "tyres"),
        # a place after the start: still the moment's
        ("ocon oostenrijk 2024 welke plek na de start", None, "running_position"),
    ],
)
def test_a_finish_asked_after_a_puncture(
    questions: QuestionParser, question: str, intent: str | None, unsupported: str | None
) -> None:
    q = questions.parse(question)
    assert (q.unsupported or None) == unsupported
    if intent is not None:
        assert q.intent == intent


@pytest.mark.parametrize(
    ("question", "drivers"),
    [
        # the driver of the event a podium is asked after is not the one asked about
        ("hongarije 2024 podium na de diskwalificatie van russell", ()),
        ("hungary 2024 podium after russell got dsq'd", ()),
        # a forename outside the event is still the one asked about
        ("who did max hit at the start in hungary 2024", ("max_verstappen",)),
        ("met wie had lando contact na de start in hongarije 2024", ("norris",)),
        # a podium asked of the driver named
        ("russell podium hongarije 2024", ("russell",)),
    ],
)
def test_drivers_named_only_in_the_event_a_question_is_asked_after(
    questions: QuestionParser, question: str, drivers: tuple[str, ...]
) -> None:
    assert questions.parse(question).drivers == drivers


@pytest.mark.parametrize(
    ("question", "intent", "drivers"),
    [
        # where one ended up after another hit him: his finish
        ("hungary 2024 where did lando end up after max hit him", "finish", ("norris",)),
        ("where did lando end up in hungary 2024", "finish", ("norris",)),
    ],
)
def test_where_one_ended_up_after_another_hit_him(
    questions: QuestionParser, question: str, intent: str, drivers: tuple[str, ...]
) -> None:
    q = questions.parse(question)
    assert (q.intent, q.drivers) == (intent, drivers)


@pytest.mark.parametrize(
    ("question", "grand_prix"),
    [
        # a race's name of two words, misspelt
        ("podium abu dabi 2024", "abu_dhabi"),
        ("winnaar abu dahbi 2024", "abu_dhabi"),
        ("who won in las vegs 2024", "las_vegas"),
        # no race named: a pair of words near none
        ("who won the race in 2024", None),
        ("wie werd tweede in de race van 2024", None),
    ],
)
def test_a_race_named_in_two_misspelt_words(
    questions: QuestionParser, question: str, grand_prix: str | None
) -> None:
    assert questions.parse(question).grand_prix == grand_prix


@pytest.mark.parametrize(
    ("question", "unsupported"),
    [
        # a day or a moment asked, not the result it is about
        ("welke dag is de kwalificatie in canada 2024", "when"),
        ("canada 2024 quali moved to when?", "when"),
        ("norris won miami 2024 op welke speciale dag", "when"),
        # who spoke to him, not his race
        ("who interviewed norris after his miami 2024 win", "gesture"),
        # asked of the result
        ("welke plek werd norris in canada 2024", None),
    ],
)
def test_a_day_or_an_interviewer_asked_around_a_result(
    questions: QuestionParser, question: str, unsupported: str | None
) -> None:
    assert questions.parse(question).unsupported == unsupported


@pytest.mark.parametrize(
    ("question", "driver"),
    [
        ("japan 2024 dan ric started from where", "ricciardo"),
        ("hoeveel seconden straf kreeg nando in austin 2024", "alonso"),
        ("hoeveel seconden straf kreeg ham in oostenrijk 2024", "hamilton"),
    ],
)
def test_fans_nicknames(questions: QuestionParser, question: str, driver: str) -> None:
    assert questions.parse(question).drivers == (driver,)


@pytest.mark.parametrize(
    ("question", "intent", "unsupported"),
    [
        # the places of a grid penalty asked: the penalty
        ("hoeveel plaatsen moet lewis terug op de grid in brazilie 2024", "penalty", None),
        ("how many places did lewis drop on the grid in brazil 2024", "penalty", None),
        ("ham brazil 2024 how many places grid drop for the engine", "penalty", None),
        # a place asked, the penalty closing the question: the place after it
        ("alonso austin 2024 from 7th to p? after the penalty", "finish", "after_penalty"),
        # places won at the start: no penalty
        ("hoeveel plaatsen won max bij de start in brazilie 2024", "finish", "running_position"),
        # "gat" opening a fragment: the gap (of the two drivers named)
        ("gat max ham oostenrijk 2024 finish", None, "gap"),
    ],
)
def test_grid_places_lost_and_a_gap_fragment(
    questions: QuestionParser, question: str, intent: str | None, unsupported: str | None
) -> None:
    q = questions.parse(question)
    assert q.unsupported == unsupported and (intent is None or q.intent == intent)


@pytest.mark.parametrize(
    "question", ["wie wonn brazilie 2024", "interlagos 2024 wnner?", "winaar monaco 2024"]
)
def test_the_winner_asked_with_a_typo(questions: QuestionParser, question: str) -> None:
    q = questions.parse(question)
    assert q.intent == "winner" and q.grand_prix is not None and q.season == 2024


@pytest.mark.parametrize(
    ("question", "grand_prix"),
    [
        # a race with its year named is about racing, however little else is understood
        ("wie lagen eruit in q1 monaco 2024", "monaco"),
        ("who led early on in portugal 2021", "portugal"),
        # no race's year: still off topic
        ("wat is de hoofdstad van frankrijk", None),
    ],
)
def test_a_race_with_its_year_is_never_off_topic(
    questions: QuestionParser, question: str, grand_prix: str | None
) -> None:
    assert questions.parse(question).grand_prix == grand_prix


@pytest.mark.parametrize("question", ["wie reed snelste rondje melbourne 2024", "wie wn bahrein 2024?"])
def test_fans_words_for_the_fastest_lap_and_the_winner(questions: QuestionParser, question: str) -> None:
    q = questions.parse(question)
    assert "fastest_lap" in (q.intent, q.unsupported) or q.intent == "winner"


@pytest.mark.parametrize(
    ("question", "unsupported", "position"),
    [
        # "last van": what troubled him, no last place
        ("waar had max last van in miami 2024", "problem", None),
        ("wie werd laatste in miami 2024", None, -1),
    ],
)
def test_last_van_is_trouble_not_a_last_place(
    questions: QuestionParser, question: str, unsupported: str | None, position: int | None
) -> None:
    q = questions.parse(question)
    assert (q.unsupported, q.position) == (unsupported, position)


@pytest.mark.parametrize(
    "question, drivers",
    [
        # a possessive "s" without its apostrophe
        ("how big was maxs winning margin at zandvoort 2024", ("max_verstappen",)),
        ("checos finish monaco 2022", ("perez",)),
        ("charless pole monaco 2024", ("leclerc",)),
        # a long forename only one driver has, misspelt
        ("hoeveel punten had valteri na oostenrijk 2019", ("bottas",)),
        ("sebastain finish monza 2019", ("vettel",)),
        # words near a forename or a name are none
        ("welke race verving qatar op de kalender van 2021", ()),
        ("dans les rues de monaco 2022", ()),
    ],
)
def test_possessives_and_misspelt_forenames(
    questions: QuestionParser, question: str, drivers: tuple[str, ...]
) -> None:
    assert questions.parse(question).drivers == drivers


@pytest.mark.parametrize(
    "question, intent",
    [
        # what befell him at the start (a moment, "the" left out), not where he started from
        ("mexico 2021 bottas what happened at start", "summary"),
        ("wat gebeurde er met bottas bij start in mexico 2021", "summary"),
        ("bottas start mexico 2021", "grid"),
    ],
)
def test_what_happened_at_the_start_is_no_grid_question(
    questions: QuestionParser, question: str, intent: str
) -> None:
    q = questions.parse(question)
    assert q.intent == intent and q.unsupported is None
    assert names_moment(q.text.lower()) is (intent == "summary")


@pytest.mark.parametrize(
    "question, unsupported, intent",
    [
        # a race's haul, asked with the championship's word
        ("hoeveel wk punten pakte max in spa 2020", "points", None),
        ("hoeveel wk punten had max na spa 2020", None, "points"),
        # a count of his retirements, how something of his was, another race than the one named
        ("hoeveelste uitvalbeurt van max was imola 2020", "count", "retirement"),
        ("how was seb's neck before the race silverstone 2018", "state", "summary"),
        ("how was max's race in spa 2020", None, "summary"),
        ("welke andere race in 2020 had geen mercedes op pole behalve abu dhabi", "other_race", "grid"),
    ],
)
def test_neighbouring_questions_told_apart(
    questions: QuestionParser, question: str, unsupported: str | None, intent: str | None
) -> None:
    q = questions.parse(question)
    assert (q.unsupported, q.intent) == (unsupported, intent)


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        # a noun or two beside the race's name and year is a fragment, however long the race's name
        ("podium russian gp 2018 sochi?", "podium"),
        ("podium grand prix van rusland 2018 sochi", "podium"),
        ("hockenheim 2019 podium?", "podium"),
        ("austin 2022 circuit of the americas p3", "position"),
        # a driver named makes it his
        ("verstappen podium russian gp 2018 sochi", "summary"),
    ],
)
def test_a_fragment_beside_a_long_race_name(questions: QuestionParser, question: str, intent: str) -> None:
    assert questions.parse(question).intent == intent


@pytest.mark.parametrize(
    "question, unsupported",
    [
        # who lapped him is no fact: not his place
        ("door wie werd ricciardo op een ronde gezet in monaco 2021", "lapped"),
        ("who lapped ricciardo in monaco 2021", "lapped"),
        ("werd ricciardo gedubbeld in monaco 2021", "lapped"),
        # his place, his laps are asked as before
        ("waar eindigde ricciardo in monaco 2021", None),
        ("how many laps did ricciardo lead in monaco 2021", "laps"),
    ],
)
def test_lapped_is_asked(questions: QuestionParser, question: str, unsupported: str | None) -> None:
    assert questions.parse(question).unsupported == unsupported
