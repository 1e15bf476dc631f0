"""knowledge.extract.sentcause: the cause a marker opens beside an event in its own sentence, in examples
written here (Dutch and English), each with sentences that must give no cause."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle
from tests.knowledge.conftest import facts_of
from tests.knowledge.extract.views import assert_cause

Parse = Callable[..., ParsedArticle]


def reasons(a: ParsedArticle, kind: str) -> dict[str, str | None]:
    return {f.driver: f.reason for f in facts_of(a, kind) if f.status == "final"}


@pytest.mark.parametrize(
    "text, cause",
    [
        # a disqualification and its cause
        (
            "Ocon finished fourth but was later disqualified, because his car was 1.5 kg underweight.",
            "underweight",
        ),
        ("Ocon werd later gediskwalificeerd omdat zijn auto te licht was.", "te licht"),
        ("Ocon was disqualified due to an illegal floor.", "illegal floor"),
        # no cause told, or one denied or pointing back
        ("Ocon was disqualified after the race.", None),
        ("Ocon was disqualified, not because of his floor but for the fuel sample.", None),
    ],
)
def test_the_cause_of_a_disqualification(parse: Parse, text: str, cause: str | None) -> None:
    a = parse(f"Belgian Grand Prix 2022. {text}", date="2022-08-28")
    reason = reasons(a, "penalty").get("ocon")
    assert_cause(reason, cause)


@pytest.mark.parametrize(
    "text, cause",
    [
        # a start at the back, or another start by a penalty, and its cause
        (
            "Gasly kon in Q1 geen tijd zetten door problemen met de turbo en start zondag als laatste.",
            "turbo",
        ),
        ("Gasly starts from the back of the grid due to a new power unit.", "power unit"),
        (
            "Gasly moest van de vijftiende plek starten als straf voor een nieuwe versnellingsbak.",
            "versnellingsbak",
        ),
        # a start by his qualifying: no marker of a penalty
        ("Gasly start vanaf de vijftiende plek door een goede ronde in Q2.", None),
        # another driver named: not his cause
        ("Gasly starts from the back of the grid, while Tsunoda had a problem with his gearbox.", None),
    ],
)
def test_the_cause_of_a_start(parse: Parse, text: str, cause: str | None) -> None:
    a = parse(f"Grand Prix van België 2022. {text}", date="2022-08-27")
    reason = reasons(a, "grid").get("gasly")
    assert_cause(reason, cause)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Hartley crashed after a front left failure and will start from the pit lane.", "failure"),
        ("Hartley start vanuit de pitstraat vanwege een nieuwe vloer.", "vloer"),
    ],
)
def test_the_cause_of_a_pit_lane_start(parse: Parse, text: str, expected: str) -> None:
    a = parse(f"British Grand Prix 2018. {text}", date="2018-07-07")
    reason = reasons(a, "pitlane").get("brendon_hartley")
    assert reason is not None and expected in reason
