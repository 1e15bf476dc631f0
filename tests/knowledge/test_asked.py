"""The asked attribute is scored over the whole question: each cue family, with examples that must and
must not ask it (in our own words)."""

from __future__ import annotations

import pytest

from knowledge.asked import asked_scores, unsupported_attribute
from knowledge.query import QuestionParser
from knowledge.text import fold

FAMILIES: dict[str, tuple[list[str], list[str]]] = {
    # attribute: (questions that ask it, neighbouring questions that do not)
    "running_position": (
        [
            "Op welke plaats reed Bottas na de eerste ronde in Imola?",
            "Waar lag Sainz halverwege de race in Spa?",
            "waar lag sainz na 2 ronden in spa",
            "Where was Ocon after five laps in Hungary?",
            "Where was Ocon after lap 12 in Hungary?",
            "Which position did Russell hold after the restart in Monza?",
            "Lag Norris tweede na de eerste ronde in Miami?",
            "waar viel max naar terug na de start in singapore",
            "ocon hungary what position had he climbed back to by lap 15",
            "where did ocon drop to because of his penalties in hungary",
            "waar reed ocon tegen ronde 30 in hongarije",
            # the place he was in when he retired, not the retirement
            "op welke plek lag ocon toen hij uitviel in hongarije",
            "what position was ocon in when he retired in hungary",
        ],
        [
            "Welke plaats haalde Bottas in Imola?",
            "Where did Ocon finish in Hungary?",
            "Met wie botste Pérez bij de start in Mexico?",
            "Hoe eindigde Norris na zijn straf in Miami?",
            "waarom viel ocon uit in hongarije",
            "why did ocon retire in hungary",
        ],
    ),
    "gap": (
        [
            "Hoe groot was de voorsprong van Hamilton in Silverstone?",
            "How far behind Russell was Hamilton in Imola?",
            "Met hoeveel seconden verschil won Bottas in Sotsji?",
            "What was the margin in Jeddah?",
            "imola 2021 how many sec was max ahead of lewis at the finish",
            "marge Norris op Piastri kwalificatie Monza",
            "verschil max en bottas kwali belgie 2020",
            "verschil norris piastri in de kwali van monza",
            "with how much did verstappen win in germany 2019",
            "gat tussen Norris en Piastri aan de finish in Monza",
            "hoeveel achter was lando op pole in monza",
            "hoeveel verschil max leclerc finish miami",
        ],
        [
            "Waar kwalificeerde Norris zich in Monza?",
            "Hoeveel seconden straf kreeg Alonso in Jeddah?",
            "How big was the penalty for Ocon in Monza?",
            "Wie eindigde achter Hamilton in Silverstone?",
        ],
    ),
    "dedication": (
        ["aan wie droeg norris zijn eerste zege in miami op", "who did norris dedicate his miami win to"],
        ["wie won in miami", "who won in miami", "hoe droeg norris zich na de race in miami"],
    ),
    "served_at": (
        [
            "where did norris have to serve the monza penalty",
            "waar moest norris zijn gridstraf uitzitten na monza",
            "in which race will norris take the grid penalty from monza",
        ],
        [
            "welke straf kreeg norris in monza",
            "where did norris finish in monza",
            "waar startte norris in monza",
        ],
    ),
    "laps": (
        ["Hoeveel ronden reed Zhou in Baku?", "How many laps did Leclerc lead in Spa?"],
        ["Hoe eindigde Zhou in Baku?", "Who led the championship after Spa?"],
    ),
    "consequence": (
        [
            "Heeft Giovinazzi zijn punt in Singapore verloren door de straf?",
            "Why did Max lose the fastest lap point in Portugal?",
        ],
        ["Welke straf kreeg Giovinazzi in Singapore?", "Who got the fastest lap point in Portugal?"],
    ),
    "problem": (
        ["Welk lichamelijk probleem had Hamilton in Portimão?", "What problem did Leclerc have in Bahrain?"],
        ["Waarom viel Leclerc uit in Bahrein?", "What happened to Leclerc in Bahrain?"],
    ),
    "rating": (
        [
            "Welk cijfer kreeg Norris van de krant voor Monza?",
            "what rating did Piastri get for Monza",
            "Norris rapportcijfer Monza 2024",
            "which norris pole lap impressed them most in 2024",
            "welke zege van norris maakte de meeste indruk",
        ],
        ["Welke plek kreeg Norris in Monza?", "What penalty did Piastri get in Monza?"],
    ),
    "duration": (
        [
            "Hoe lang stond Norris stil in Monza?",
            "How long was Piastri stuck in the gravel at Monza?",
            # a span of days: "hoeveel dagen na zijn vorige zege" is no win
            "hoeveel dagen na zijn vorige zege won norris in monza",
            "how many days after his last win did norris win in monza",
        ],
        [
            "hoeveel zeges heeft norris in 2024",
            "how many wins did norris have in 2024",
            "Hoe lang was de straf van Norris in Monza?",
            "How long was Piastri's penalty at Monza?",
            "Hoe lang geleden won Norris?",
            "Hoe lang stond Norris stil bij zijn pitstop in Monza?",
        ],
    ),
    "corner": (
        [
            "In welke bocht ging Norris voorbij Piastri in Monza?",
            "in which corner did Max pass Leclerc, Austria?",
            # where on the track a crash was
            "where did max end up in the barriers at spa 2019",
            "Waar crashte Leclerc in Hockenheim?",
        ],
        [
            "Ging Norris voorbij Piastri in Monza?",
            "Did Max pass Leclerc in Austria?",
            "Who crashed in turn one?",
            "Where did Leclerc finish in Hockenheim?",
            "Met wie crashte Leclerc in Hockenheim?",
        ],
    ),
    "lap": (
        ["In welke ronde viel Ricciardo uit in Monaco?", "On which lap did Gasly pit in Imola?"],
        ["Waarom viel Ricciardo uit in Monaco?", "Did Gasly start from the pit lane in Imola?"],
    ),
    "tyres": (
        ["Op welke banden startte Hülkenberg in Austin?", "Did Bottas finish on mediums in Zandvoort?"],
        ["Vanaf welke plek startte Hülkenberg in Austin?", "Where did Bottas finish in Zandvoort?"],
    ),
    "pitstops": (
        [
            "Hoeveel pitstops had Albon in Suzuka?",
            "Hoe vaak kwam Stroll binnen in Suzuka?",
            "How often did Zhou box?",
        ],
        ["Startte Albon vanuit de pitstraat in Suzuka?", "Did Stroll start from the pits in Suzuka?"],
    ),
    "count": (
        [
            "Hoe vaak won Hamilton in Hongarije?",
            "How many podiums did Ricciardo get in 2018?",
            "spa 2021 was max's how manyth win of the season",
            "Hoeveelste zege was het voor Verstappen?",
        ],
        ["Als hoeveelste eindigde Vettel in Spa?", "Hoeveelste werd Gasly in Monza?"],
    ),
    "points": (
        ["Hoeveel punten had Russell na Monza 2022?", "How many points did Ocon score in Spa?"],
        ["Eindigde Ocon in de punten in Spa?", "Did Russell finish in the points in Monza?"],
    ),
    "penalty_points": (
        ["Hoeveel strafpunten heeft Magnussen?", "How many penalty points does Sargeant have?"],
        ["Welke straf kreeg Magnussen in Miami?", "What penalty did Sargeant get?"],
    ),
    "fastest_lap": (
        ["Wie reed de snelste ronde in Zandvoort?", "Who took the point for the fastest lap in Baku?"],
        ["Wie won in Zandvoort?", "Who was on pole in Baku?"],
    ),
    "when": (
        [
            "Wanneer crashte Stroll in Melbourne?",
            "When did Hamilton retire in Baku?",
            "mercedes' first win since when? brazil 2021",
        ],
        ["Met wie crashte Stroll in Melbourne?", "Why did Hamilton retire in Baku?"],
    ),
    "session": (
        ["In welke sessie werd Sargeant uitgeschakeld in Austin?", "Was Albon knocked out in Q1 in Miami?"],
        [
            "Wie crashte er in Q1 in Austin?",
            "Where did Albon qualify in Miami?",
            "Waar strandde Pérez met motorpech?",
        ],
    ),
    "overtake": (
        ["Wie haalde Piastri in in de laatste ronde?", "How many places did Pérez gain in Jeddah?"],
        ["Wie won de race in Jeddah?", "Where did Pérez start in Jeddah?"],
    ),
    "safety_car": (
        ["Waarom kwam de safety car de baan op in Imola?", "Why was the race red-flagged in Silverstone?"],
        ["Waarom viel Zhou uit in Silverstone?", "Who crashed in Imola?"],
    ),
    "laptime": (
        [
            "Wat was de rondetijd van Alonso in Q3?",
            "What was Sainz's pole time in Monza?",
            "Wat was de poletijd van Norris in Zandvoort?",
            "max zn kwalitijd mexico 2018",
            "kwalificatietijd Leclerc Monaco 2019",
            "Wat was de tijd van Gasly in de kwalificatie in Monza?",
            "what was bottas's qualifying time in sochi",
            "race time of the winner in Spa?",
            # the time of the fastest lap, not who set it
            "what was bottas's fastest lap time in turkey",
            "Wat was de snelste rondetijd van Bottas in Turkije?",
            "pole monza 2024 tijd",
            "norris q3 tijd monza",
            "norris tijd sprint kwali monza",
        ],
        [
            "Welke plek haalde Alonso in Q3?",
            "Who was on pole in Monza?",
            "What time does the race in Monza start?",
            "Who set the fastest lap in Turkey?",
        ],
    ),
    "speed": (
        [
            "Wat was de topsnelheid van Räikkönen in Monza?",
            "hoeveel km/u haalde Albon op het rechte stuk in Bakoe",
            "Who was quickest through the speed trap in Mexico?",
            "top speed Stroll Monza 2020",
        ],
        ["Hoe snel was de pitstop van Ricciardo in Monza?", "Who set the fastest lap in Monza?"],
    ),
    "team_result": (
        ["Hoe eindigde het team van Leclerc in Sotsji?", "How did Leclerc's team do in Sochi?"],
        ["Hoe eindigde Leclerc in Sotsji?", "Who was Leclerc's team-mate in Sochi?"],
    ),
    "damage": (
        ["what did lewis damage when he hit max in saudi", "Welke schade had Hamilton na de botsing?"],
        ["Who did Hamilton hit in Saudi Arabia?", "Met wie botste Hamilton in Saoedi-Arabië?"],
    ),
    "tow": (
        ["wie gaf leclerc een slipstream in kwali monza", "Who gave Leclerc a tow in Monza qualifying?"],
        ["Wie stond op pole in Monza?", "Who was fastest in Monza qualifying?"],
    ),
    "practice": (
        [
            "Wie was de snelste in de eerste vrije training in Spa?",
            "wie reed bovenaan in vt2 in Zandvoort",
            "Who topped FP3 in Austin?",
            "Where did Russell finish in second practice at Imola?",
        ],
        [
            "Wie was de snelste in de kwalificatie in Spa?",
            "Where did Russell finish in the sprint at Imola?",
            "Who won in Austin?",
        ],
    ),
    "team": (
        ["Voor welk team reed Albon in 2019?", "Which team did Ocon drive for in 2020?"],
        ["Waar eindigde Albon in 2019 in het kampioenschap?", "Where did Ocon finish in Sakhir?"],
    ),
    "teammate": (
        ["Wie was de teamgenoot van Gasly in 2019?", "Who was Russell's teammate in 2021?"],
        ["Met wie botste Gasly in 2019?", "Who did Russell crash with in Imola?"],
    ),
    "pace": (
        ["Was Sainz sneller dan Leclerc in Monza?", "Who was faster, Bottas or Hamilton, in Sochi?"],
        ["Eindigde Sainz voor Leclerc in Monza?", "Who won in Sochi?"],
    ),
    "start": (
        ["Hoe ging de start van Stroll in Spa?", "How was Alonso's start in Qatar?"],
        ["Waar startte Stroll in Spa?", "Where did Alonso start in Qatar?"],
    ),
    "age": (
        ["Hoe oud is Hülkenberg?", "How old was Räikkönen in 2021?"],
        ["Hoe eindigde Hülkenberg in Austin?", "How did Räikkönen do in 2021?"],
    ),
    "comparison": (
        [
            "Waarom was de gridstraf van Ocon lager dan normaal?",
            "Why was Stroll's penalty lighter than usual in Baku?",
            "Was de straf van Sainz minder streng dan gebruikelijk?",
        ],
        [
            "Waarom kreeg Ocon een gridstraf?",
            "Why did Stroll get a penalty in Baku?",
            "Was Sainz sneller dan Leclerc?",
        ],
    ),
    "constructors": (
        ["Welk team won de constructeurstitel in 2021?", "Who was the constructors' champion in 2019?"],
        ["Wie werd wereldkampioen in 2021?", "Who was the drivers' champion in 2019?"],
    ),
    "title_race": (
        [
            "Waar werd Verstappen wereldkampioen in 2022?",
            "In welke race werd Hamilton kampioen in 2020?",
            "Where did Verstappen clinch the 2022 title?",
            "In which race did Hamilton seal the championship in 2019?",
        ],
        [
            "Waar eindigde Pérez in het kampioenschap 2020?",
            "Wie werd wereldkampioen in 2021?",
            "Where did Leclerc finish in the 2022 championship?",
        ],
    ),
    "row_partner": (
        [
            "Wie startte naast Norris op de eerste rij in Monza?",
            "Who started alongside Norris on the front row?",
        ],
        ["Wie startte op de eerste rij in Monza?", "Who started on pole in Monza?"],
    ),
    "event_number": (
        [
            "Waardoor kwam de tweede rode vlag in Monza?",
            "What caused the second safety car in Baku?",
            "waar won norris zn eerste race van 2024",
            "where did norris take his first win of the season",
        ],
        [
            "Waardoor kwam de rode vlag in Monza?",
            "Who finished second in Baku behind the safety car?",
            "waar won norris in 2024",
            "wie won de eerste race van 2024 in bahrein",
        ],
    ),
    "earlier_edition": (
        [
            "welke ferrari coureur won daarvoor voor t laatst in monza",
            "which ferrari driver won at monza the last time",
            "in welk jaar won norris in miami",
            # a podium or pole before the race named, someone before him, other years
            "alonso zijn laatste podium voor zandvoort 2024, waar was dat",
            "laatste aston martin podium voor alonso in jeddah 2024",
            "vorige pole van russell voor silverstone 2024",
            "alonso's last podium before zandvoort 2024, where",
            "who won for mclaren at monza before norris did in 2024",
            "in welke jaren viel sainz uit in monaco",
            "in which years did sainz retire at monaco",
            "sainz monaco 2024 earlier retirements from the lead",
        ],
        [
            "wie won in monza",
            "who won in monza in 2024",
            "stond alonso op het podium in zandvoort 2024",
            "wie stond op het podium voor de finish in zandvoort 2024",
            "who took pole before the race in silverstone 2024",
            "waarom viel sainz uit in monaco 2024",
        ],
    ),
    "nickname": (
        ["bijnaam albon silverstone 2024", "wat is de bijnaam van albon", "what is albon's nickname"],
        ["hoe heet de teamgenoot van albon", "waar eindigde albon in silverstone 2024"],
    ),
    "ranking": (
        ["wie stond bovenaan de power rankings na imola 2024", "albon power ranking 2024 lowest spot"],
        ["wie stond bovenaan het kampioenschap na imola 2024", "albon championship position 2024"],
    ),
    "how_it_came": (
        [
            "hoe kreeg norris die lekke band in mexico",
            "how did norris get the puncture in mexico",
            "hoe won norris in miami, wat deed piastri",
            "how did norris win in miami",
        ],
        ["waarom viel norris uit in mexico", "welke straf kreeg norris in mexico", "wie won in miami"],
    ),
    "gesture": (
        [
            "wie knuffelde norris direct na de finish in miami",
            "who did norris hug after the miami finish",
            "wat deed norris meteen na het uitstappen in miami met piastri",
            "what did norris do right after getting out in miami",
        ],
        ["wie won in miami", "who finished second in miami", "wat deed norris in miami"],
    ),
    "destination": (
        ["where did norris go after the monza crash", "waar ging norris heen na de crash in monza"],
        ["where did norris finish in monza", "waar ging norris van de baan in monza"],
    ),
    "points_gap": (
        [
            "How big was Norris's championship lead after Zandvoort?",
            "Hoe groot was de voorsprong van Norris in het kampioenschap na Zandvoort?",
            "Hoeveel punten voorsprong had Norris op Piastri?",
            "hoeveel punten voor staat Norris na Monza",
        ],
        [
            "How big was Norris's lead at the finish in Zandvoort?",
            "Hoe groot was de voorsprong van Norris in Zandvoort?",
        ],
    ),
    "head_to_head": (
        [
            "kwalificatieduel Norris Piastri 2024?",
            "qualifying head-to-head Sainz Leclerc 2023",
            "quali duel norris vs piastri 2024 stand",
            "hoe stond het kwali-duel tussen Norris en Piastri",
        ],
        [
            "Waar kwalificeerde Norris zich in 2024?",
            "Who won the duel for the lead in Monza?",
            "stand norris 2024",
        ],
    ),
    "strategy": (
        ["Welke strategie koos Ferrari in Monaco?", "What was Mercedes' strategy in Hungary?"],
        ["Wie won in Monaco?", "Who was on pole in Hungary?"],
    ),
}


@pytest.mark.parametrize(
    "attribute, question",
    [(a, q) for a, (yes, _) in FAMILIES.items() for q in yes],
)
def test_family_asks_its_attribute(attribute: str, question: str) -> None:
    ordinal = any(w in fold(question) for w in ("tweede", "second"))
    assert unsupported_attribute(fold(question), ordinal=ordinal) == attribute, asked_scores(fold(question))


@pytest.mark.parametrize(
    "attribute, question",
    [(a, q) for a, (_, no) in FAMILIES.items() for q in no],
)
def test_neighbouring_question_does_not_ask_it(attribute: str, question: str) -> None:
    assert unsupported_attribute(fold(question)) != attribute


def test_the_whole_question_counts_not_the_first_keyword() -> None:
    # A moment word beats the noun of what happened then; a noun beats a bare quantity word.
    assert unsupported_attribute(fold("In welke ronde maakte Norris zijn pitstop?")) == "lap"
    assert unsupported_attribute(fold("Hoe vaak ging Verstappen naar binnen?")) == "pitstops"
    # A moment in the race is a constraint, not the attribute: "na de pitstops" asks no pit stop.
    assert unsupported_attribute(fold("Waar lag Ocon na de pitstops?")) == "running_position"
    # The size of a penalty is a fact racebot holds, even though "hoeveel seconden" also asks gaps.
    assert unsupported_attribute(fold("Hoeveel seconden tijdstraf kreeg Ocon?")) is None
    assert unsupported_attribute(fold("ocon straf monza hoeveel seconden")) is None
    assert unsupported_attribute(fold("ocon penalty monza how many seconds")) is None
    assert unsupported_attribute(fold("ocon monza hoeveel seconden achter gasly")) == "gap"
    assert unsupported_attribute(fold("Hoeveel seconden achter Ocon finishte Gasly na zijn straf?")) == "gap"


@pytest.mark.parametrize(
    "question, intent",
    [
        # The event a question only places its own in is a constraint, not what it asks.
        ("Waarom viel Russell uit na zijn straf in Bakoe?", "retirement"),
        # a remark after the question is what the fan knows, not what he asks
        ("hoeveelste werd Norris in Monaco 2021? hij startte toch als laatste", "finish"),
        ("Where did Norris finish in Monaco 2021? he started last", "finish"),
        ("Waar startte Norris in Monaco 2021? hij werd toch vijfde?", "grid"),
        ("Waar startte Verstappen na zijn gridstraf in Monza?", "grid"),
        ("Wie won de race waarin Verstappen een gridstraf had?", "winner"),
        ("Who won the race after the collision between Verstappen and Hamilton in Monza?", "winner"),
        ("Who won after Hamilton's penalty in Monza?", "winner"),
        ("Welke straf kreeg Ocon na de botsing met Gasly?", "penalty"),
        ("Who got a penalty after the crash in Imola?", "penalty"),
        ("Hoe eindigde Sainz na zijn straf voor de botsing met Alonso?", "finish"),
        ("Where did Sainz finish after his penalty for hitting Alonso?", "finish"),
        # a fragment asking a place after a penalty: his start place where it says start
        ("sainz start p? monza 2019 na straf", "grid"),
        ("sainz p? monza 2019 na straf", "finish"),
        # Without a constraint the table decides as before.
        ("Welke straf kreeg Ocon in Monza?", "penalty"),
        ("Met wie botste Pérez bij de start in Mexico?", "collision"),
        ("Why did Sainz get a penalty in Melbourne?", "penalty"),
    ],
)
def test_intent_is_read_outside_the_constraints(
    questions: QuestionParser, question: str, intent: str
) -> None:
    assert questions.parse(question).intent == intent


@pytest.mark.parametrize(
    "question, podium",
    [
        ("Wie stonden er op het podium in Monaco 2024?", True),
        ("Who was on the podium in Mexico 2019?", True),
        ("Stond Leclerc op het podium in Monaco?", False),
        ("Hoe vaak stond Leclerc op het podium?", False),
        # the top three is the podium; the top ten is not
        ("top 3 zandvoort 2021", True),
        ("Wie eindigden in de top drie in Monza?", True),
        ("top 10 zandvoort 2021", False),
        ("Eindigde Norris in de top 3 in Monza?", False),
    ],
)
def test_who_was_on_the_podium(questions: QuestionParser, question: str, podium: bool) -> None:
    assert (questions.parse(question).intent == "podium") is podium


@pytest.mark.parametrize(
    "question, total",
    [
        ("Hoeveel punten haalde Bottas in het seizoen 2020?", True),
        ("How many points did Sainz score in total in 2021?", True),
        ("Hoeveel punten haalde Bottas in Imola 2020?", False),
        ("Hoeveel punten voorsprong had Bottas in het seizoen 2020?", False),
    ],
)
def test_a_seasons_points_total(questions: QuestionParser, question: str, total: bool) -> None:
    assert (questions.parse(question).intent == "points") is total


@pytest.mark.parametrize(
    "question, count",
    [
        ("Which career win number was Jeddah 2022 for Max?", True),
        ("What win number was that for Hamilton?", True),
        ("Who won in Jeddah 2022?", False),
    ],
)
def test_a_win_number_asks_a_count(questions: QuestionParser, question: str, count: bool) -> None:
    assert (questions.parse(question).unsupported == "count") is count
