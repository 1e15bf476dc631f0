"""knowledge.extract.dsqcause: why a driver was disqualified, told beside the disqualification, in examples
written here."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle
from tests.knowledge.conftest import facts_of

Parse = Callable[..., ParsedArticle]
OPENING = "Lando Norris won de Grand Prix van Oostenrijk. "


def dsq_reasons(a: ParsedArticle) -> dict[str, str | None]:
    return {
        f.driver: f.reason
        for f in facts_of(a, "penalty")
        if f.penalty == "disqualification" and f.grand_prix == "austria"
    }


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
        # too far from the disqualification (and not the article's opening)
        (
            "Bottas werd gediskwalificeerd. Het regende. Het was koud. Er was veel publiek. De pitstops "
            "gingen snel. De fans zongen. De vloer van Bottas bleek niet conform de regels.",
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
