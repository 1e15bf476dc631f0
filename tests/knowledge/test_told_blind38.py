"""Questions of the session of 8 December 2026 (night) over a real knowledge base built from practice reports
written here: a report opens with one session and its later places, times and gaps are that session's; a gap
between two drivers in a session answers "gap X to Y in FP2" and "hoeveel achterstand had X in VT2" (to the
session's fastest); a gap of another session or of the race answers neither; a top of a while gives way to
the one told with the session's end; a crash or a red flag in a session answers who crashed or who caused
the flag there, and no question of the race."""

from __future__ import annotations

import pytest

from knowledge.service import KnowledgeBase
from tests.knowledge.conftest import assert_answered, assert_told

ARTICLES = {
    # a report of the second session, written on the Friday: the first session and qualifying named later
    "2022-09-netherlands-practice.txt": (
        "date 2022-09-02\n\nLeclerc snelste in tweede training\n\n"
        "Charles Leclerc heeft vrijdag in de tweede vrije training de snelste tijd gereden. Lando Norris"
        " was 0,205 seconden langzamer dan Leclerc. George Russell is terug te vinden op de zevende plek.\n\n"
        "In de eerste training was Norris nog de snelste. De kwalificatie begint zaterdag om 15.00 uur.\n"
    ),
    # tops of a while, then the session's end
    "2021-04-portugal-practice.txt": (
        "date 2021-04-30\n\nHamilton snelste in Portimão\n\n"
        "Lewis Hamilton heeft vrijdag in de tweede vrije training de snelste tijd gereden. Halverwege reed"
        " Max Verstappen een nieuwe snelste tijd. Uiteindelijk was het Lewis Hamilton die de snelste tijd"
        " reed, een tiende sneller dan Verstappen.\n"
    ),
    # a report of the third session: a crash, a red flag and its cause, a stop with its reason
    "2021-09-netherlands-practice.txt": (
        "date 2021-09-04\n\nVerstappen snelste in slottraining\n\n"
        "Max Verstappen heeft zaterdag in de derde vrije training de snelste tijd gereden. Carlos Sainz"
        " crashte in de slotfase in de Scheivlak-bocht. Eerder viel Sebastian Vettel stil met een"
        " motorprobleem, waarna de rode vlag werd gezwaaid.\n"
    ),
    # the race of that weekend: a crash of the race, no answer to the session's questions
    "2021-09-netherlands-race.txt": (
        "date 2021-09-05\n\nVerstappen wint in Zandvoort\n\n"
        "Max Verstappen won de Grand Prix van Nederland. Nicholas Latifi crashte in de race in bocht 3.\n"
    ),
    # what happened told only as a crash: the sentence says how
    "2022-07-britain-race.txt": (
        "date 2022-07-03\n\nSainz wins at Silverstone\n\n"
        "Carlos Sainz won the British Grand Prix. Zhou Guanyu crashed at the start and his Alfa Romeo flipped"
        " over onto its roll hoop.\n"
    ),
    # a race report: its gap is the race's
    "2022-09-netherlands-race.txt": (
        "date 2022-09-04\n\nVerstappen wint in Zandvoort\n\n"
        "Max Verstappen won de Grand Prix van Nederland. George Russell finishte als tweede, 4,071 seconden"
        " achter Verstappen.\n"
    ),
}


async def test_a_gap_between_two_in_a_session(told: KnowledgeBase) -> None:
    await assert_told(told, "gap norris to leclerc fp2 zandvoort 2022", ["0.205", "slower"])
    await assert_told(
        told,
        "hoeveel seconden was norris langzamer dan leclerc in de tweede vrije training zandvoort 2022",
        ["0,205"],
    )


async def test_a_gap_to_the_sessions_fastest(told: KnowledgeBase) -> None:
    await assert_told(told, "hoeveel achterstand had norris in vt2 zandvoort 2022", ["0,205", "Leclerc"])
    await assert_told(told, "how far behind was verstappen in fp2 portimao 2021", ["0.1", "Hamilton"])


@pytest.mark.parametrize(
    "question",
    [
        # another session, and the race: not this session's gap
        "gap norris to leclerc fp1 zandvoort 2022",
        "gap russell to verstappen fp2 zandvoort 2022",
        # the fastest asked how far behind he was: asked of no one
        "hoeveel achterstand had leclerc in vt2 zandvoort 2022",
    ],
)
async def test_no_gap_of_another_session(told: KnowledgeBase, question: str) -> None:
    answer = await told.ask(question)
    assert answer.status != "answered", answer.text


async def test_a_place_in_a_practice_report(told: KnowledgeBase) -> None:
    await assert_answered(told, "waar eindigde russell in vt2 zandvoort 2022", "zevende", "tweede")
    await assert_answered(told, "who topped fp2 portimao 2021", "Hamilton", "Verstappen")


async def test_what_happened_in_a_session(told: KnowledgeBase) -> None:
    await assert_answered(told, "wie crashte er in vt3 zandvoort 2021", "Sainz", "Latifi")
    await assert_answered(told, "who caused the red flag in fp3 zandvoort 2021", "Vettel", "Sainz")


@pytest.mark.parametrize(
    "question",
    [
        # another session: nothing told of it
        "wie crashte er in vt2 zandvoort 2021",
        # which of the flags: not told
        "waarom kwam de tweede rode vlag in vt3 zandvoort 2021",
        # the timesheet asked at the flag: not who caused it
        "who had the quickest lap when the red flag came out in fp3 zandvoort 2021",
    ],
)
async def test_nothing_of_another_session(told: KnowledgeBase, question: str) -> None:
    answer = await told.ask(question)
    assert answer.status != "answered", answer.text


async def test_a_crash_in_practice_is_no_crash_of_the_race(told: KnowledgeBase) -> None:
    # the race's crash answers the race's question; the practice crash does not
    await assert_answered(told, "who crashed in zandvoort 2021", "Latifi", "Sainz")


async def test_why_he_stopped_in_a_session(told: KnowledgeBase) -> None:
    # a stop told in a report written before race day: done, of the session, with its cause
    await assert_answered(told, "why did seb stop in fp3 zandvoort 2021", "engine", "Sainz")


async def test_the_corner_of_a_crash_in_a_session(told: KnowledgeBase) -> None:
    await assert_answered(told, "where did sainz crash in fp3 zandvoort 2021", "Scheivlak", "Turn 3")
    # the race's corner for the race's crash; the practice corner answers no question of the race
    await assert_answered(told, "in welke bocht crashte latifi in zandvoort 2021", "bocht 3", "Scheivlak")
    answer = await told.ask("in welke bocht crashte sainz in zandvoort 2021")
    assert answer.status != "answered", answer.text


async def test_what_happened_told_by_its_sentence(told: KnowledgeBase) -> None:
    # a bare "crashed" says too little: the reply quotes the sentence that tells how
    await assert_answered(told, "what happened to zhou at silverstone 2022", "flipped", "Sainz won")
