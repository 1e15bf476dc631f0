"""A race's length in laps as the articles tell it ("hoeveel ronden was de race in abu dhabi 2022", "how many
laps sochi 2019", "how many laps were raced at suzuka 2022").

A question that asks the laps run ("gereden", "raced", "actually") is answered by the laps to the flag, one
that asks the distance set ("gepland", "supposed to be", "scheduled") by that; a plain one by the two when
they agree, else by both, told apart. A question that names a driver asks his laps (led, run), which no
fact holds.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from knowledge.answer import Answerer, FactIndex
    from knowledge.query import Query
    from knowledge.store import StoredFact

_RUN_Q_RE = re.compile(r"\b(?:gereden|verreden|raced|run|completed|actually|daadwerkelijk|eigenlijk|done)\b")
_SET_Q_RE = re.compile(
    r"\b(?:gepland|supposed|scheduled|planned|zou|zouden|would|should|origineel|originally)\b"
)
# what makes a lap count no race's length: laps led, laps to go, a lap of an event
_NOT_LENGTH_Q_RE = re.compile(
    r"\b(?:leid\w*|led|lead|aan de leiding|to go|te gaan|left|resterend\w*|behind the safety car|"
    r"achter de safety car|safety car|pitstop|stint|banden|tyres?)\b"
)


def answer_laps(ans: Answerer, q: Query, index: FactIndex) -> tuple[str, list[StoredFact]] | None:
    """The race's laps an article of that race states, or None."""
    if q.drivers or not q.grand_prix or q.season is None or _NOT_LENGTH_Q_RE.search(q.folded):
        return None
    session = "sprint" if q.session == "sprint" else "race"
    facts = [
        sf
        for sf in index.by_event_season.get((q.grand_prix, q.season), [])
        if sf.fact.kind == "race_laps" and sf.fact.session == session and sf.fact.amount
    ]
    n_run = _one([sf for sf in facts if sf.fact.detail in ("completed", "distance")])
    n_set = _one([sf for sf in facts if sf.fact.detail in ("scheduled", "distance")])
    nl = q.lang == "nl"
    if _RUN_Q_RE.search(q.folded):
        n_set = None  # the laps run asked
    elif _SET_Q_RE.search(q.folded):
        n_run = None  # the distance set asked
    if n_run is not None and n_set is not None and n_run != n_set:
        text = (
            f"{{what}} was gepland over {n_set} ronden; er werden er {n_run} gereden."
            if nl
            else f"{{what}} was scheduled over {n_set} laps; {n_run} were run."
        )
    elif n_run is not None and (n_set is None or _RUN_Q_RE.search(q.folded)):
        text = (
            f"In {{what_in}} werden {n_run} ronden gereden."
            if nl
            else f"{n_run} laps were run in {{what_in}}."
        )
    elif n_set is not None and n_run is None and _SET_Q_RE.search(q.folded):
        text = (
            f"{{what}} was gepland over {n_set} ronden."
            if nl
            else f"{{what}} was scheduled over {n_set} laps."
        )
    elif n_set is not None or n_run is not None:
        text = (
            f"{{what}} ging over {n_set or n_run} ronden."
            if nl
            else f"{{what}} was {n_set or n_run} laps long."
        )
    else:
        return None
    race = ans.event_name(q.grand_prix, q.season, q.lang)
    if session == "sprint":
        what = ("De sprint" if nl else "The sprint") + f" ({race})"
        what_in = ("de sprint" if nl else "the sprint") + f" ({race})"
    else:
        what, what_in = race[:1].upper() + race[1:], race
    used = [sf for sf in facts if sf.fact.amount in (n_run, n_set)]
    return text.format(what=what, what_in=what_in), used


def _one(facts: list[StoredFact]) -> int | None:
    """The one count the facts agree on (the articles may not disagree)."""
    counts = {int(sf.fact.amount or 0) for sf in facts}
    return counts.pop() if len(counts) == 1 else None
