"""Quoted speech and its speaker, each family with examples both ways in our own words: a driver named
beside a verb of saying after the quote ('", zei Verstappen', '," Russell said', '", aldus de
Nederlander'), before a colon that opens it ('Norris was kort: "..."', 'Leclerc: "..."'), the Dutch
',,...''' and single quotes told beside their speaker; a quote over several sentences is his in each, and so
is the next quote that opens a sentence of the same paragraph. A quote nobody is named for, one of a team
boss, one two drivers are named beside, and an apostrophe are no one's quote."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle
from knowledge.extract.quotes import spans

Parse = Callable[..., ParsedArticle]

NEWS = "Na de Grand Prix van Spanje\n\n"


def said(a: ParsedArticle) -> list[tuple[str, str]]:
    return [(f.driver, f.reason or "") for f in a.facts if f.kind == "quote"]


@pytest.mark.parametrize(
    "body, driver, words",
    [
        (
            '"We hebben er alles uitgehaald wat erin zat", zei Verstappen na afloop.',
            "max_verstappen",
            "alles",
        ),
        ('"Het was een zware middag voor ons", aldus Leclerc.', "leclerc", "zware middag"),
        ('"Ik had gewoon geen grip op de achterkant", vertelde Hamilton aan de pers.', "hamilton", "grip"),
        ('Norris was kort na de race: "Dit doet echt pijn voor het hele team."', "norris", "pijn"),
        ('Alonso liet na afloop weten: "Deze punten zijn heel belangrijk voor ons."', "alonso", "punten"),
        (",,Ik heb de banden te veel gevraagd in de eerste stint'', zei Sainz.", "sainz", "banden"),
        (
            "'Ik ben erg blij met deze derde plek', zei Piastri tegen de verslaggevers.",
            "piastri",
            "derde plek",
        ),
        ('"The car felt fantastic in the final stint," Russell said.', "russell", "final stint"),
        ('"We were simply unlucky with the timing," said Sainz after the race.', "sainz", "unlucky"),
        ('Leclerc: "I have no words for what happened today."', "leclerc", "no words"),
        ('"That was a tough one for the whole team," admitted Gasly.', "gasly", "tough one"),
    ],
)
def test_a_quote_is_its_speakers(parse: Parse, body: str, driver: str, words: str) -> None:
    a = parse(NEWS + body)
    assert [d for d, _ in said(a)] == [driver], said(a)
    assert words in said(a)[0][1], said(a)


@pytest.mark.parametrize(
    "body, person",
    [
        ('"We hebben het als team heel goed gedaan", zei teambaas Christian Horner.', "person:horner"),
        ('"Max heeft slecht geslapen die nacht", zei Jos Verstappen.', "person:jos_verstappen"),
        ('Toto Wolff was duidelijk: "Dit was een race-incident, niets meer."', "person:wolff"),
        ('"Dit is nog maar een keer eerder gebeurd", voegde Gasly toe.', "gasly"),
    ],
)
def test_a_person_of_the_paddock_is_the_speaker(parse: Parse, body: str, person: str) -> None:
    assert [d for d, _ in said(parse(NEWS + body))] == [person]


def test_a_description_after_the_verb_is_the_driver_before(parse: Parse) -> None:
    a = parse(
        NEWS + 'Max Verstappen werd tweede in Spanje. "Meer zat er vandaag niet in", zei de Nederlander.'
    )
    assert [d for d, _ in said(a)] == ["max_verstappen"], said(a)


def test_a_quote_over_two_sentences_is_his_in_both(parse: Parse) -> None:
    a = parse(NEWS + '"Het begon heel goed voor ons. Daarna ging het helemaal mis," zei Albon.')
    assert [d for d, _ in said(a)] == ["albon", "albon"], said(a)
    assert "begon" in said(a)[0][1] and "mis" in said(a)[1][1], said(a)


def test_the_next_quote_of_the_paragraph_goes_on(parse: Parse) -> None:
    a = parse(NEWS + '"Het was zwaar vandaag," zei Gasly. "Maar we gaan gewoon door naar de volgende race."')
    assert [d for d, _ in said(a)] == ["gasly", "gasly"], said(a)


def test_a_new_paragraph_does_not_go_on(parse: Parse) -> None:
    a = parse(NEWS + '"Het was zwaar vandaag," zei Gasly.\n\n"Wat een prachtig circuit is dit toch."')
    assert [d for d, _ in said(a)] == ["gasly"], said(a)


@pytest.mark.parametrize(
    "body",
    [
        # nobody named for it
        'De documentaire heette "Een lange middag in de regen" en was een succes.',
        '"Dit is het mooiste circuit van het jaar," was op een spandoek te lezen.',
        # a team boss the paddock's list does not know
        '"We hebben het als team heel goed gedaan", zei teambaas Pieter Jansen.',
        # a driver named only inside the quote
        '"Verstappen was vandaag gewoon veel sneller", zei de teambaas van Ferrari.',
        # two drivers named beside two quotes: whose is which is not for one fact
        '"Ik was eerst bij de bocht", zei Hamilton, maar Verstappen zei: "Ik zat er al naast."',
        # a person named after a preposition is not the one who speaks
        "Na de race sprak hij over zijn cadeau voor vader Jos en beaamde dat het mooi was:"
        ' "Ik denk het wel, ja."',
        # apostrophes are no quotes
        "Hamilton's auto was 's avonds het snelst op het circuit van Barcelona, zei men.",
    ],
)
def test_no_speaker_no_quote(parse: Parse, body: str) -> None:
    assert said(parse(NEWS + body)) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ('"dit is een lange zin" zei hij', ["dit is een lange zin"]),
        (",,dit is een lange zin'' zei hij", ["dit is een lange zin"]),
        ('"ja" zei hij', []),  # too short to be a statement
        ("hamilton's auto en 's avonds", []),
    ],
)
def test_spans(text: str, expected: list[str]) -> None:
    found, still_open = spans(text)
    assert [text[s:e] for s, e in found] == expected
    assert not still_open


def test_a_quote_left_open_goes_on() -> None:
    found, still_open = spans('hij zei: "dit gaat door in de volgende zin.')
    assert still_open and found
    found, still_open = spans('en hier houdt het op," zei hij.', open_in=True)
    assert not still_open and found == [(0, len("en hier houdt het op,"))]


def test_words_said_to_the_speaker_are_not_his(parse: Parse) -> None:
    a = parse(NEWS + '"Ik ruik een vreemde vloeistof", riep Verstappen. "Stap snel uit, Max."')
    assert [t for _, t in said(a)] == ["Ik ruik een vreemde vloeistof"], said(a)


def test_a_name_inside_his_own_words_stays_his(parse: Parse) -> None:
    a = parse(NEWS + '"We hebben alles gegeven, Max was gewoon sterker", zei Leclerc.')
    assert [d for d, _ in said(a)] == ["leclerc"], said(a)
