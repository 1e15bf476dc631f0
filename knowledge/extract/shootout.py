"""Sprint qualifying: the session that sets a sprint's grid ("sprint shootout" in 2023, "sprint qualifying",
"sprintkwalificatie" and its parts SQ1-SQ3 from 2024).

Its places are the sprint's starting places, never sprint results: "Verstappen won the sprint shootout" puts
him on pole for the sprint. Only from 2023 on: in 2021 "sprint qualifying" was the name of the sprint itself,
whose places are results.
"""

from __future__ import annotations

import re

from knowledge.extract.model import Fact, moved

FIRST_SEASON = 2023
#: the kinds a place in sprint qualifying is misread as
PLACE_KINDS = frozenset({"finish", "qualifying", "grid"})
#: the kinds of a time or gap of that session, which no race or sprint question may get
TIME_KINDS = frozenset({"time_gap", "lap_time"})
KINDS = PLACE_KINDS | TIME_KINDS
SESSION = "sprint_qualifying"

# (not "the shootout for pole" of a Saturday's qualifying)
_NAMED_RE = re.compile(
    r"\bsprint[- ]?shootout\b|\bshootout\b(?!\s+for\b)|\bsq[123]\b|"
    r"\bsprint[- ]?(?:qualifying|quali|kwalificatie)\b|\bsprintkwalificatie\b"
)
# a result of the sprint itself: "won the sprint", "de sprintrace", "sprintzege"
SPRINT_RACE_RE = re.compile(
    r"\bsprint[- ]?race\w*\b|\bsprint(?:zege|overwinning|winst|winnaar|winner)\b|"
    r"\b(?:won|wint|wins|winning|winnaar|winner of|zege in|victory in) (?:the |de |het )?sprint\b"
    r"(?![- ]?(?:shootout|qualifying|quali|kwalificatie))"
)


def named(text: str, season: int | None) -> bool:
    """Whether the folded text names sprint qualifying, in a season that has it under that name."""
    return season is not None and season >= FIRST_SEASON and _NAMED_RE.search(text) is not None


def without_name(text: str) -> str:
    """The folded text with the session's names blanked (offsets kept)."""
    return _NAMED_RE.sub(lambda m: " " * len(m.group(0)), text)


def reported(lead: str, season: int | None) -> bool:
    """Whether an article's folded lead reports sprint qualifying, and no result of the sprint."""
    return named(lead, season) and not SPRINT_RACE_RE.search(lead)


def as_start(fact: Fact) -> Fact:
    """A place in sprint qualifying as the sprint's starting place (first: its pole)."""
    if fact.kind == "grid":
        return moved(fact, session="sprint")
    return moved(fact, kind="grid", session="sprint", detail="pole" if fact.position == 1 else None)
