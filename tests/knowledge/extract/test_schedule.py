"""The start times of sessions (``knowledge.extract.schedule``), with examples both ways in our own words: a
preview's schedule lines and sentences that tell when the race, qualifying or sprint starts, on the clock they
name; practice, a restart, a race already run and other events' times give none."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle
from knowledge.extract.schedule import session_times

Parse = Callable[..., ParsedArticle]

PREVIEW = "Vooruitblik: de Grand Prix van Japan\n\n"


def times(a: ParsedArticle) -> set[tuple[str, str | None, str | None]]:
    return {(f.session, f.detail, f.unit) for f in a.facts if f.kind == "session_time"}


@pytest.mark.parametrize(
    "line, session, clock, zone",
    [
        ("race: 07.00 uur", "race", "07:00", None),
        ("kwalificatie: 08.00 - 09.00 uur", "qualifying", "08:00", None),
        ("sprint: 11:30", "sprint", "11:30", None),
        ("zondag gaat de race om 07.00 uur van start.", "race", "07:00", None),
        ("de race start om 14.00 uur lokale tijd.", "race", "14:00", "local"),
        ("the race starts at 6am uk time.", "race", "06:00", "uk"),
        ("sunday's race starts at 2.30pm, with the build-up from noon.", "race", "14:30", None),
        ("- qualifying: 3pm - 4pm", "qualifying", "15:00", None),
    ],
)
def test_a_session_start(line: str, session: str, clock: str, zone: str | None) -> None:
    found = session_times(line, 0)
    assert [(f.session, f.detail, f.unit) for f in found] == [(session, clock, zone)]


@pytest.mark.parametrize(
    "line",
    [
        "eerste vrije training: 04.30 - 05.30 uur",  # practice
        "vt2: 08:00 uur - 09:00 uur",
        "de race werd om 15.20 uur hervat.",  # a restart
        "the race restarted at 3.20pm.",
        "de persconferentie begint om 12.00 uur.",  # another event
        "zijn snelste ronde was een 1.32.456.",  # a lap time
        "de race duurde 1:32 uur.",  # no start told
    ],
)
def test_no_session_start(line: str) -> None:
    assert not session_times(line, 0)


def test_a_preview_tells_the_races_start(parse: Parse) -> None:
    body = PREVIEW + "Het schema van het weekend.\n\nKwalificatie: 08.00 - 09.00 uur\n\nRace: 07.00 uur\n"
    assert {("qualifying", "08:00", None), ("race", "07:00", None)} <= times(parse(body, date="2023-09-20"))


def test_a_race_already_run_has_no_schedule(parse: Parse) -> None:
    # written a week after the race: "Race: 07.00 uur" is no start still to come
    body = PREVIEW + "Het schema van het weekend.\n\nRace: 07.00 uur\n"
    assert not times(parse(body, date="2023-10-02"))
