"""knowledge.extract.penaltycause: why a driver was disqualified or sent back on the grid, told beside the
penalty, in examples written here."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle
from tests.knowledge.conftest import facts_of

Parse = Callable[..., ParsedArticle]
OPENING = "Lando Norris won de Grand Prix van Oostenrijk. "


def reasons_of(a: ParsedArticle, penalty: str) -> dict[str, str | None]:
    """The reason of each driver's penalty of that kind in the Austrian GP."""
    told = facts_of(a, "penalty")
    return {f.driver: f.reason for f in told if f.penalty == penalty and f.grand_prix == "austria"}


def dsq_reasons(a: ParsedArticle) -> dict[str, str | None]:
    return reasons_of(a, "disqualification")


@pytest.mark.parametrize(
    "text, driver, cue, not_cue",
    [
        # the finding in the next clause, after its comma
        (
            "Ocon werd na afloop gediskwalificeerd, omdat de bodemplaat van zijn auto niet aan de technische "
            "regels voldeed.",
            "ocon",
            "bodemplaat",
            "gediskwalificeerd",
        ),
        # "when" with a finding; what it led to is no part of it
        (
            "Albon was disqualified when the scrutineers could not draw a fuel sample from his car, handing "
            "ninth place to Gasly.",
            "albon",
            "fuel sample",
            "Gasly",
        ),
        # the sentence after, naming him
        (
            "Stroll werd uit de uitslag geschrapt. De auto van Stroll bleek na de race te licht.",
            "stroll",
            "te licht",
            "geschrapt",
        ),
        # the sentence before, naming him
        (
            "The floor of Magnussen's Haas did not comply with the technical rules, the stewards found. "
            "Magnussen was disqualified from the race.",
            "kevin_magnussen",
            "floor",
            "disqualified",
        ),
        # the only driver disqualified: the sentence that tells the disqualification with its finding
        (
            "Hülkenberg werd gediskwalificeerd. Het team ging in beroep. De achtervleugel klapte meer dan "
            "toegestaan open, wat leidde tot de diskwalificatie.",
            "hulkenberg",
            "achtervleugel",
            "beroep",
        ),
    ],
)
def test_a_disqualification_with_the_finding_beside_it(
    parse: Parse, text: str, driver: str, cue: str, not_cue: str
) -> None:
    reason = dsq_reasons(parse(OPENING + text, date="2023-07-03")).get(driver)
    assert reason is not None and cue in reason and not_cue not in reason


@pytest.mark.parametrize(
    "text, driver",
    [
        # a finding that only would have been
        ("Sargeant was disqualified. Had his car been underweight, the stewards would say so.", "sargeant"),
        # the sentence penalises someone else, though it names him
        (
            "Ocon werd gediskwalificeerd. Gasly kreeg een tijdstraf omdat hij Ocon illegaal van de baan "
            "duwde.",
            "ocon",
        ),
        # no word that opens a cause between the disqualification and the finding
        ("Zhou was disqualified, and his team called the fuel sample rule harsh.", "zhou"),
        # told of "him" too far from the disqualification (and not the article's opening)
        (
            "Bottas werd gediskwalificeerd. Het regende. Het was koud. Er was veel publiek. De pitstops "
            "gingen snel. De fans zongen. Hij reed met een vloer die niet conform de regels was.",
            "bottas",
        ),
    ],
)
def test_no_finding_for_the_disqualification(parse: Parse, text: str, driver: str) -> None:
    reasons = dsq_reasons(parse(OPENING + text, date="2023-07-03"))
    assert driver in reasons and reasons[driver] is None


def test_a_reason_told_with_the_disqualification_is_kept(parse: Parse) -> None:
    text = "Sainz werd gediskwalificeerd wegens een onveilige pitstop. De vloer van Sainz bleek ook illegaal."
    reason = dsq_reasons(parse(OPENING + text, date="2023-07-03")).get("sainz")
    assert reason is not None and "pitstop" in reason and "vloer" not in reason


@pytest.mark.parametrize(
    "text",
    [
        "Gasly was excluded from the race results after his car was found to be underweight.",
        "Gasly has been formally excluded from final classification after his car was found underweight.",
    ],
)
def test_excluded_from_the_results_is_a_disqualification(parse: Parse, text: str) -> None:
    reason = dsq_reasons(parse(OPENING + text, date="2023-07-03")).get("gasly")
    assert reason is not None and "underweight" in reason


def test_excluded_from_a_session_by_choice_is_none(parse: Parse) -> None:
    text = "Gasly was excluded from the team's plans for next year."
    assert dsq_reasons(parse(OPENING + text, date="2023-07-03")) == {}


def grid_reasons(a: ParsedArticle) -> dict[str, str | None]:
    return reasons_of(a, "grid")


@pytest.mark.parametrize(
    "text, driver, cue",
    [
        # the parts in a sentence after, about him
        (
            "Sainz krijgt een gridstraf voor de Grand Prix van Oostenrijk. Ferrari had geen keus. De"
            " Spanjaard zal in Spielberg een nieuwe versnellingsbak gebruiken.",
            "sainz",
            "versnellingsbak",
        ),
        # the parts in his own sentence, after its opening word
        (
            "Ocon moet in Oostenrijk achteraan starten met een gridstraf, omdat hij van motor wisselt.",
            "ocon",
            "motor",
        ),
        # named, further on in the article
        (
            "Zhou kreeg een gridstraf van tien plaatsen. Het weer was goed. Er kwamen veel fans. De sfeer was"
            " goed. De pitstops gingen snel. Het was warm. Alfa Romeo gaf Zhou een nieuwe krachtbron.",
            "zhou",
            "krachtbron",
        ),
        (
            "Stroll takes a grid penalty for the Austrian Grand Prix. Aston Martin fitted a fifth power unit"
            " element to the car of Stroll on Friday.",
            "stroll",
            "power unit",
        ),
    ],
)
def test_a_grid_penalty_with_the_new_parts_beside_it(parse: Parse, text: str, driver: str, cue: str) -> None:
    reason = grid_reasons(parse(OPENING + text, date="2023-06-29")).get(driver)
    assert reason is not None and cue in reason


@pytest.mark.parametrize(
    "text, driver",
    [
        # parts that only would be taken
        (
            "Sainz krijgt een gridstraf voor de Grand Prix van Oostenrijk. Als hij ook een nieuwe motor zou"
            " nemen, start hij achteraan.",
            "sainz",
        ),
        # another driver's parts, in a sentence that penalises him
        (
            "Sainz krijgt een gridstraf voor de Grand Prix van Oostenrijk. Ook Albon krijgt een gridstraf,"
            " omdat hij een nieuwe motor neemt.",
            "sainz",
        ),
    ],
)
def test_no_parts_for_the_grid_penalty(parse: Parse, text: str, driver: str) -> None:
    reasons = grid_reasons(parse(OPENING + text, date="2023-06-29"))
    assert driver in reasons and reasons[driver] is None


def test_another_drivers_case_is_no_reason_and_an_alleged_finding_confirmed_is(parse: Parse) -> None:
    text = (
        "Gasly werd na de race gediskwalificeerd. Er liep al een onderzoek naar de Fransman, die te veel"
        " brandstof zou hebben verbruikt. Na onderzoek bleek dat inderdaad het geval. Door de diskwalificatie"
        " stijgt Albon naar P8. Het kan nog mooier worden voor Stroll, omdat ook Sargeant wordt onderzocht."
    )
    reason = dsq_reasons(parse(OPENING + text, date="2023-07-03")).get("gasly")
    assert reason is not None and "brandstof" in reason and "Sargeant" not in reason


def test_an_alleged_finding_never_confirmed_is_no_reason(parse: Parse) -> None:
    text = (
        "Gasly werd na de race gediskwalificeerd. Er liep al een onderzoek naar de Fransman, die te veel"
        " brandstof zou hebben verbruikt."
    )
    assert dsq_reasons(parse(OPENING + text, date="2023-07-03")).get("gasly") is None


def test_the_deed_before_and_that_daarvoor_points_back_at(parse: Parse) -> None:
    text = (
        "Stroll krijgt een gridstraf in Oostenrijk. De Canadees hinderde Albon in Q1 en de stewards hebben"
        " hem daarvoor een gridstraf gegeven."
    )
    reasons = [
        f.reason
        for f in facts_of(parse(OPENING + text, date="2023-06-30"), "penalty")
        if f.driver == "stroll" and f.reason
    ]
    assert reasons and all("hinderde Albon" in r for r in reasons)


@pytest.mark.parametrize(
    "text",
    [
        # the move, the incident: pointing back, no why of its own
        "Sargeant was handed two five-second penalties for the move and he was far from happy.",
        # when it was looked at, not why
        "While the incident was investigated before the start, Sargeant was handed a five-second penalty.",
    ],
)
def test_no_reason_for_a_vague_or_timed_penalty(parse: Parse, text: str) -> None:
    reasons = [
        f.reason
        for f in facts_of(parse(OPENING + "\n\n" + text, date="2023-07-03"), "penalty")
        if f.driver == "sargeant"
    ]
    assert reasons and not any(reasons)
