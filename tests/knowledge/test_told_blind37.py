"""Questions of the session of 8 December 2026 over a real knowledge base built from articles written here: a
holder one article tells three times as often as another (in three sentences or more) is that article's
answer, while two sentences against one are still a conflict left unanswered; the compound a driver was
given at a pit stop answers which tyres he got there, never which he started on, and two compounds told
leave it open."""

from __future__ import annotations

from knowledge.service import KnowledgeBase
from tests.knowledge.conftest import assert_answered

ARTICLES = {
    # one slip (the second sentence) among three sentences that agree
    "2018-09-italy-qualifying.txt": (
        "date 2018-09-01\n\nFerrari front row at Monza\n\n"
        "Kimi Raikkonen took pole position for the Italian Grand Prix. Lewis Hamilton took pole position at"
        " Monza. Raikkonen was on pole by a tenth of a second. Raikkonen claimed pole with the fastest lap"
        " ever seen in Formula 1.\n"
    ),
    "2022-07-france-race.txt": (
        "date 2022-07-24\n\nVerstappen wint in Frankrijk\n\n"
        "Max Verstappen won de Grand Prix van Frankrijk. Verstappen wisselde in ronde 16 naar de harde"
        " banden. Lewis Hamilton pitted for fresh mediums under the safety car. Charles Leclerc started on"
        " the medium tyres. Carlos Sainz kwam binnen voor de harde banden. Later Sainz switched to the"
        " softs.\n"
    ),
    # two against one: no clear holder
    "2019-04-azerbaijan-qualifying.txt": (
        "date 2019-04-27\n\nBottas fastest in Baku\n\n"
        "Valtteri Bottas took pole position for the Azerbaijan Grand Prix. Lewis Hamilton took pole position"
        " in Baku. Bottas was on pole by a few hundredths.\n"
    ),
}


async def test_the_holder_told_three_times_as_often_is_answered(told: KnowledgeBase) -> None:
    await assert_answered(told, "who was on pole in monza 2018", "Räikkönen", "Hamilton")
    await assert_answered(told, "pole monza 2018", "Räikkönen", "Hamilton")


async def test_two_sentences_against_one_stay_a_conflict(told: KnowledgeBase) -> None:
    answer = await told.ask("who was on pole in baku 2019")
    assert answer.status == "unknown", answer.text


async def test_the_compound_he_got_at_his_stop(told: KnowledgeBase) -> None:
    await assert_answered(
        told, "welke banden kreeg verstappen bij zijn pitstop in frankrijk 2022", "harde banden", "medium"
    )
    await assert_answered(told, "what tyres did lewis switch to in france 2022", "mediums", "hards")


async def test_a_stop_is_no_start_and_two_compounds_leave_it_open(told: KnowledgeBase) -> None:
    answer = await told.ask("op welke banden startte verstappen in frankrijk 2022")
    assert answer.status == "unknown", answer.text
    answer = await told.ask("welke banden kreeg leclerc bij zijn pitstop in frankrijk 2022")
    assert answer.status == "unknown", answer.text
    answer = await told.ask("what tyres did sainz switch to in france 2022")
    assert answer.status == "unknown", answer.text
