"""Answers about the constructors' championship as the articles tell it: a team's place, its points, the gap
between two teams, and who holds a place ("constructors points ferrari after mexico 2018", "welk team werd
derde bij de constructeurs in 2020", "mercedes voorsprong bij de constructeurs na istanbul 2021").

A standing holds at a moment: after (or before) the race named, from the articles written between that race
and the next; with no race named, at the season's end, from articles written after its last race. A moment
no race names ("bij de zomerstop", "toen er nog drie races waren") is not answered.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from knowledge.extract.fines import team_id
from knowledge.gazetteer import load_gazetteer
from knowledge.text import points_text

if TYPE_CHECKING:
    from knowledge.answer import Answerer, FactIndex
    from knowledge.query import Query
    from knowledge.store import StoredFact

KINDS = ("team_championship", "team_points", "team_points_gap")

_GAP_Q_RE = re.compile(
    r"\b(?:voorsprong|achterstand|verschil|puntenverschil|kloof|gap|lead|ahead|behind|margin|achter|"
    r"by how (?:much|many)|hoeveel (?:punten )?(?:voor|achter))\b"
)
_POINTS_Q_RE = re.compile(r"\b(?:punt\w*|points?|pts)\b")
_PLACE_Q_RE = re.compile(
    r"\b(?:plek|plaats|positie|hoeveelste|position|place|where|waar|welke? (?:plek|plaats)|p\d{1,2})\b"
)
_LEADER_Q_RE = re.compile(r"\b(?:leidt|leidde|leads|led|leading|leider|leader|bovenaan|on top|top)\b")
_WHO_Q_RE = re.compile(
    r"\b(?:wie|who|welk(?:e)? (?:team|renstal|stal|constructeur)|which (?:team|constructor))\b"
)
# a moment no race names: not the season's end
_MOMENT_Q_RE = re.compile(
    r"\b(?:voor|before|going into|heading into|ahead of|tot|until|halverwege|midway|na|after|following|"
    r"tijdens|during|toen|when|bij de zomerstop|summer break)\b"
)
# "de Red Bull-coureurs", "the Ferrari drivers": a team that only describes drivers
_EPITHET_RE = re.compile(r"[-\s]?(?:coureurs?|rijders?|drivers?|teamgeno\w+|team ?mates?)\b")


def teams_asked(folded: str, season: int | None) -> list[str]:
    """The teams a folded question names, as ``team:<id>``, in order (a lineage name resolved by season)."""
    gz = load_gazetteer()
    out: list[str] = []
    for h in gz.teams(folded):
        if _EPITHET_RE.match(folded, h.end):
            continue
        ids = tuple(i for i in h.ids if season is not None and (t := gz.ref.team(i)) and season in t.seasons)
        team = ids[0] if len(ids) == 1 else team_id(folded[h.start : h.end], ids or h.ids)
        if team is not None and f"team:{team}" not in out:
            out.append(f"team:{team}")
    return out


def answer_team(ans: Answerer, q: Query, index: FactIndex) -> tuple[str, list[StoredFact]] | None:
    """A question about the constructors' standings, answered from the articles; None when they do not
    tell it (or the question is not one)."""
    if q.season is None or q.drivers:
        return None
    f = q.folded
    teams = teams_asked(f, q.season)
    if not q.grand_prix and _MOMENT_Q_RE.search(f):
        return None
    pool = [sf for kind in KINDS for sf in index.by_kind.get(kind, []) if sf.fact.season == q.season]
    facts, before = ans._standing_asked(q, pool, index)
    if not facts:
        return None
    race = ans.event_name(q.grand_prix, q.season, q.lang) if q.grand_prix else None
    when = _moment(q, race, before)
    if _GAP_Q_RE.search(f):
        return _gap(ans, q, facts, teams, when)
    if teams and _POINTS_Q_RE.search(f) and not _PLACE_Q_RE.search(f):
        return _totals(ans, q, facts, teams, when)
    if teams and len(teams) == 1:
        return _place_of(ans, q, facts, teams[0], when)
    if not teams and _WHO_Q_RE.search(f):
        place = q.position if q.position and q.position > 0 else 1 if _LEADER_Q_RE.search(f) else None
        holder = _holder(facts, place) if place else None
        if holder is not None:
            return _place_of(ans, q, facts, holder, when)
    return None


def _moment(q: Query, race: str | None, before: bool) -> str:
    title_en, title_nl = "the constructors' championship", "het constructeurskampioenschap"
    if race is None:
        return f"in {title_en} of {q.season}" if q.lang == "en" else f"in {title_nl} van {q.season}"
    if q.lang == "en":
        return f"in {title_en} {'before' if before else 'after'} {race}"
    return f"in {title_nl} {'voor' if before else 'na'} {race}"


def _one(values: list[float]) -> float | None:
    """The value the facts agree on (every one), else None."""
    return values[0] if values and len(set(values)) == 1 else None


def _total(facts: list[StoredFact], team: str) -> tuple[float | None, list[StoredFact]]:
    told = [sf for sf in facts if sf.fact.kind == "team_points" and sf.fact.driver == team and sf.fact.amount]
    return _one([sf.fact.amount or 0 for sf in told]), told


def _totals(
    ans: Answerer, q: Query, facts: list[StoredFact], teams: list[str], when: str
) -> tuple[str, list[StoredFact]] | None:
    """ "Red Bull had 112 punten en Mercedes 141 in ...": each team's total, the unit told once."""
    parts: list[str] = []
    used: list[StoredFact] = []
    for team in teams:
        value, told = _total(facts, team)
        if value is None:
            return None  # every team asked, or none: half an answer is a wrong one
        parts.append(f"{ans._team_or_driver(team)} {points_text(value, q.lang)}")
        used += told
    unit, also = ("points", " and ") if q.lang == "en" else ("punten", " en ")
    name, first = parts[0].rsplit(" ", 1)
    others = parts[1:]
    rest = "".join(f", {p}" for p in others[:-1]) + also + others[-1] if others else ""
    return f"{name} had {first} {unit}{rest} {when}.", used


def _holder(facts: list[StoredFact], place: int) -> str | None:
    holders = {
        sf.fact.driver for sf in facts if sf.fact.kind == "team_championship" and sf.fact.position == place
    }
    return holders.pop() if len(holders) == 1 else None


def _place_of(
    ans: Answerer, q: Query, facts: list[StoredFact], team: str, when: str
) -> tuple[str, list[StoredFact]] | None:
    told = [sf for sf in facts if sf.fact.kind == "team_championship" and sf.fact.driver == team]
    place = _one([sf.fact.position or 0 for sf in told])
    if not place:
        return None
    if (
        len(
            {
                sf.fact.driver
                for sf in facts
                if sf.fact.kind == "team_championship" and sf.fact.position == place
            }
        )
        > 1
    ):
        return None  # two teams in one place: the articles disagree
    value, points = _total(facts, team)
    name, pos = ans._team_or_driver(team), ans._pos(int(place), q.lang)
    if q.lang == "en":
        text = f"{name} was {pos} {when}" + (f" ({points_text(value, 'en')} points)." if value else ".")
    else:
        text = f"{name} stond {pos} {when}" + (f" ({points_text(value, 'nl')} punten)." if value else ".")
    return text, told + (points if value else [])


def _gap(
    ans: Answerer, q: Query, facts: list[StoredFact], teams: list[str], when: str
) -> tuple[str, list[StoredFact]] | None:
    """The gap between the two teams asked, or the lead of the one asked (of the leader, when none is)
    over the team second: as told, else from the two totals."""
    if len(teams) > 2:
        return None
    if len(teams) < 2:
        first = (
            teams[0]
            if teams
            else _holder(facts, 1)
            if _LEADER_Q_RE.search(q.folded) or _WHO_Q_RE.search(q.folded)
            else None
        )
        second = _holder(facts, 2)
        if first is None or second is None or _holder(facts, 1) != first:
            return None
        teams = [first, second]
    a, b = teams
    told = [
        sf
        for sf in facts
        if sf.fact.kind == "team_points_gap"
        and {sf.fact.driver, *sf.fact.others} == {a, b}
        and sf.fact.amount
    ]
    if told and all(sf.fact.detail == "between" for sf in told):
        amount = _one([sf.fact.amount or 0 for sf in told])
        if amount is None:
            return None
        name_a, name_b, gap = ans._team_or_driver(a), ans._team_or_driver(b), points_text(amount, q.lang)
        if q.lang == "en":
            return f"The gap between {name_a} and {name_b} was {gap} points {when}.", told
        return f"Het verschil tussen {name_a} en {name_b} was {gap} punten {when}.", told
    told = [sf for sf in told if sf.fact.detail != "between"]
    # from a's side: a positive gap is a's lead
    signed = [
        (sf.fact.amount or 0) * (1 if (sf.fact.driver == a) == (sf.fact.detail == "ahead") else -1)
        for sf in told
    ]
    diff = _one(signed)
    used = told
    if diff is None and not told:
        (va, ta), (vb, tb) = _total(facts, a), _total(facts, b)
        if va is None or vb is None:
            return None
        diff, used = va - vb, ta + tb
    if diff is None or diff == 0:
        return None
    ahead, behind = (a, b) if diff > 0 else (b, a)
    n = points_text(abs(diff), q.lang)
    name_a, name_b = ans._team_or_driver(ahead), ans._team_or_driver(behind)
    if q.lang == "en":
        return f"{name_a} was {n} points ahead of {name_b} {when}.", used
    return f"{name_a} stond {n} punten voor op {name_b} {when}.", used
