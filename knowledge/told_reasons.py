"""Why-questions about events told only with their reason: a place given back ("Waarom moest Max de plek
teruggeven aan Alonso?"), a race missed ("Why did Hamilton miss Sakhir?", "Waarom reed hij niet mee?") and a
stand-in ("Why did Russell drive the Mercedes?", "Waarom verving Russell Hamilton?").

Each is answered only by a fact of that kind, for the driver asked (the first named), in the race asked,
with its reason. A question that names a second driver for a place given back is answered only when the
article names no other beneficiary.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from knowledge.extract.absence import ABSENT, SUBSTITUTE
from knowledge.extract.giveback import KIND as GIVE_BACK
from knowledge.extract.startcause import KIND as START_CAUSE
from knowledge.text import fold, ordinal_en, ordinal_nl

if TYPE_CHECKING:
    from knowledge.answer import Answerer, FactIndex
    from knowledge.extract.model import Fact
    from knowledge.query import Query
    from knowledge.store import StoredFact

#: a reply and the facts it rests on
Told = tuple[str, list["StoredFact"]]

_GIVE_BACK_Q_RE = re.compile(
    r"\bterug\s*(?:te\s+)?(?:geven|gegeven|gaf|gaven)\b|\bteruggeven\b|\bteruggegeven\b|\bterug\s*moeten\s+geven\b"
    r"|\b(?:give|gave|given|giving|hand|handed|cede|ceded|return|returned)\b.{0,30}\bback\b"
    r"|\b(?:give|gave|hand|handed)\s+back\b"
)
_ABSENT_Q_RE = re.compile(
    r"\bniet\b.{0,25}\b(?:mee|meedoen|meerijden|meegereden|deel|deelnemen|aan de start)\b"
    r"|\b(?:miste|mist|missen|gemist|ontbrak|ontbreekt|afwezig|oversloeg|overslaan)\b"
    r"|\b(?:miss|missed|misses|sit out|sat out|absent|absence|ruled out|withdr[ae]w\w*)\b"
    r"|\b(?:not|n't)\s+(?:race|take part|compete|drive|start)\b"
)
# "miste het podium", "missed out on pole": a miss that is no absence
_NOT_ABSENT_Q_RE = re.compile(
    r"\b(?:podium\w*|punten|points|pole\w*|zege|overwinning|win|victory|kans\w*|chances?|apex|bocht\w*|"
    r"corner|top|snelste|fastest|out on|ronde\w*|laps?|pit\w*)\b"
)
_QUALI_Q_RE = re.compile(r"\b(?:kwalificatie\w*|qualifying|quali|q[123])\b")
_STAND_IN_Q_RE = re.compile(
    r"\b(?:vervang\w*|verving|invaller|viel in|valt in|in plaats van|replac\w*|stand[- ]in|stood in|"
    r"standing in|deputi[sz]\w*|substitut\w*|in place of)\b"
)
# "Why did Russell drive the Mercedes?", "Waarom reed Russell voor Mercedes?": a seat asked about; how he
# drove ("zo goed", "so well") is another question
_DROVE_Q_RE = re.compile(r"\b(?:drive|drove|driving|race|raced|racing|reed|rijdt|racete|zat)\b")
_CAR_Q_RE = re.compile(r"\b(?:auto|car|wagen|bolide)\b")
_HOW_DROVE_Q_RE = re.compile(
    r"\b(?:zo|so|well|goed|slecht|badly|snel|fast|slow|langzaam|sterk|strong|hard|voorzichtig|carefully)\b"
)

# "Waarom startte Seb zo ver achteraan?", "Why did he start so far down?": a start place asked about
_START_Q_RE = re.compile(r"\b(?:startte|starten|gestart|vertrok|vertrokken|start|started|starting)\b")
_FAR_BACK_Q_RE = re.compile(
    r"\b(?:zo ver|ver|so far|far|zo laag|so low|laag|low|down|achteraan|achterin|back|rear)\b"
)
_STRAF_Q_RE = re.compile(r"\b(?:straf\w*|penalt\w*|pole\w*|vooraan|front)\b")
_FAR_BACK = 6  # the first start place a "so far back" question may mean
_BACK_HALF = 11  # "achteraan", "at the back" alone: a place in the back half


def answer_why(a: Answerer, q: Query, index: FactIndex) -> Told | None:
    """A why about a place given back, a missed race or a stand-in, from a fact of that kind with its
    reason: the reply and its facts; None when the question asks none of them or no such fact holds."""
    if not q.why or not q.drivers or not q.grand_prix or q.season is None:
        return None
    f = q.folded
    if _GIVE_BACK_Q_RE.search(f):
        return _give_back(a, q, index)
    team = _team_driven(a, f)
    if _STAND_IN_Q_RE.search(f) or team is not None:
        return _stand_in(a, q, index, team or None)
    if _ABSENT_Q_RE.search(f) and not _NOT_ABSENT_Q_RE.search(f):
        return _absent(a, q, index)
    if _START_Q_RE.search(f) and not _STRAF_Q_RE.search(f):
        return _start_cause(a, q, index)
    return None


def _facts(q: Query, index: FactIndex, kind: str, driver: str) -> list[StoredFact]:
    return [
        sf
        for sf in index.by_driver_event.get((driver, q.grand_prix or ""), [])
        if sf.fact.kind == kind and sf.fact.season == q.season and sf.fact.reason
    ]


def _team_driven(a: Answerer, f: str) -> str | None:
    """The team the question asks why the driver drove for ("" for "the car"); None: it asks no seat."""
    m = _DROVE_Q_RE.search(f)
    if m is None or _HOW_DROVE_Q_RE.search(f):
        return None
    rest = f[m.end() :]
    for t in a.ref.teams:
        if any(n and re.search(r"\b" + re.escape(n) + r"\b", rest) for n in map(fold, (t.name, *t.aliases))):
            return t.id
    return "" if _CAR_Q_RE.search(rest) else None


def _give_back(a: Answerer, q: Query, index: FactIndex) -> Told | None:
    who = q.drivers[0]
    facts = _facts(q, index, GIVE_BACK, who)
    if len(q.drivers) > 1:
        # "een plek teruggeven aan Alonso": a place given back to another driver is another event
        facts = [sf for sf in facts if not sf.fact.others or q.drivers[1] in sf.fact.others]
    if not facts:
        return None
    x = facts[0].fact
    name, race = a.driver_name(who), a.event_name(x.grand_prix or "", x.season, q.lang)
    to = a.driver_name(x.others[0]) if x.others else None
    lead = x.detail == "lead"
    if q.lang == "en":
        what = "the lead" if lead else "the place"
        text = f"{name} had to give {what} back" + (f" to {to}" if to else "") + f" in {race}: {x.reason}."
    else:
        what = "de leiding" if lead else "de plek"
        text = f"{name} moest {what} teruggeven" + (f" aan {to}" if to else "") + f" in {race}: {x.reason}."
    return text, facts[:1]


def _absent(a: Answerer, q: Query, index: FactIndex) -> Told | None:
    who = q.drivers[0]
    session = "qualifying" if _QUALI_Q_RE.search(q.folded) else "race"
    facts = [sf for sf in _facts(q, index, ABSENT, who) if sf.fact.session == session]
    if not facts:
        return None
    x = facts[0].fact
    name, race = a.driver_name(who), a.event_name(x.grand_prix or "", x.season, q.lang)
    if q.lang == "en":
        what = "missed qualifying for" if session == "qualifying" else "did not take part in"
        text = f"{name} {what} {race}: {x.reason}."
    else:
        what = "miste de kwalificatie van" if session == "qualifying" else "reed niet mee in"
        text = f"{name} {what} {race}: {x.reason}."
    return text, facts[:1]


def _stand_in(a: Answerer, q: Query, index: FactIndex, team: str | None) -> Told | None:
    who = q.drivers[0]
    facts = _facts(q, index, SUBSTITUTE, who)
    if team is not None and q.season is not None:
        # "Why did Russell drive for Williams?": the stand-in's car is the absent driver's team's
        seats = {d.id for d in a.ref.team_drivers(team, q.season)}
        facts = [sf for sf in facts if sf.fact.others[0] in seats]
    if len(q.drivers) > 1:
        facts = [sf for sf in facts if q.drivers[1] in sf.fact.others]
    if not facts:
        return None
    x = facts[0].fact
    name, gone = a.driver_name(who), a.driver_name(x.others[0])
    race = a.event_name(x.grand_prix or "", x.season, q.lang)
    if q.lang == "en":
        text = f"{name} drove in place of {gone} in {race}; {gone} was absent: {x.reason}."
    else:
        text = f"{name} reed in plaats van {gone} in {race}; {gone} was er niet bij: {x.reason}."
    return text, facts[:1]


def _start_cause(a: Answerer, q: Query, index: FactIndex) -> Told | None:
    """ "Waarom startte Vettel zo ver achteraan?": a start place told with its cause that is the place
    asked (a row holds two places)."""
    f = q.folded
    far = _FAR_BACK_Q_RE.search(f)
    if (q.position is None or q.position < 1) and far is None:
        return None
    least = (
        _FAR_BACK
        if far is not None and far.group(0) not in ("achteraan", "achterin", "back", "rear")
        else _BACK_HALF
    )

    def fits(x: Fact) -> bool:
        places = {2 * x.amount - 1, 2 * x.amount} if x.unit == "row" and x.amount else {x.position or 0}
        if q.position is not None and q.position >= 1:
            return q.position in places
        return min(places) >= least

    facts = [sf for sf in _facts(q, index, START_CAUSE, q.drivers[0]) if fits(sf.fact)]
    if not facts:
        return None
    x = facts[0].fact
    name, race = a.driver_name(x.driver), a.event_name(x.grand_prix or "", x.season, q.lang)
    if x.unit == "row" and x.amount:
        where = f"from row {x.amount}" if q.lang == "en" else f"vanaf de {ordinal_nl(int(x.amount))} rij"
    else:
        n = x.position or 0
        where = f"{ordinal_en(n)}" if q.lang == "en" else f"als {ordinal_nl(n)}"
    if q.lang == "en":
        return f"{name} started {where} in {race}: {x.reason}.", facts[:1]
    return f"{name} startte {where} in {race}: {x.reason}.", facts[:1]
