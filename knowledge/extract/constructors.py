"""The constructors' championship: a team's place, points total and points gap in the standings.

Facts carry ``team:<id>`` in ``driver`` and are of their own kinds (``team_championship``,
``team_points``, ``team_points_gap``), so they never answer a driver's question. They are read only in a
sentence that names the constructors' championship, or under a title or heading that does ("Stand
constructeurskampioenschap na de GP van Spanje"), until a sentence names the drivers' one. Each team
named there (not as a driver's epithet: "Red Bull-coureur Verstappen", "Verstappen (Red Bull)") owns the
words after it up to the next name: "McLaren staat derde met 65 punten", "Ferrari, die vierde staan met
60 punten", "2. Mercedes 325", "Red Bull leidt met 44 punten voorsprong op Mercedes".
"""

from __future__ import annotations

import re

from knowledge.extract.clauses import PAIR_JOIN_RE
from knowledge.extract.context import SentenceContext
from knowledge.extract.fines import team_id
from knowledge.extract.model import Fact
from knowledge.extract.phrases import Phrases, alt
from knowledge.extract.standings import points_value
from knowledge.gazetteer import Gazetteer
from knowledge.text import ORDINAL_RE, ordinal_value

# --- phrases ---------------------------------------------------------------------------------------

NL: Phrases = {
    # what names the constructors' championship (a title, a heading or the sentence itself)
    "cue": (
        r"constructeurs\w*",
        "teamklassement",
        "merkenklassement",
        "teamkampioenschap",
        "wk-stand (?:van de|bij de) teams",
        "stand bij de teams",
    ),
    # what names the drivers' one: the constructors' section ends there
    "drivers": (r"coureurs(?:kampioenschap|klassement|stand)?", "rijders(?:kampioenschap|klassement)?"),
    # "staat derde", "zakt naar de vierde plek": the verb before the team's place
    "place_verb": (
        "staat",
        "staan",
        "stond",
        "stonden",
        "ligt",
        "liggen",
        "lag",
        "is",
        "zijn",
        "blijft",
        "blijven",
        "eindigde",
        "eindigden",
        "eindigt",
        "werd",
        "werden",
        "naar",
    ),
    "place_filler": ("nu", "momenteel", "nog", "nog altijd", "nog steeds", "daarmee", "inmiddels", "op de"),
    # "leidt", "voert aan": first place
    "leads": ("leidt", "leiden", "voert de stand aan", "voert het klassement aan", "gaat aan de leiding"),
    # a gap, not a total: "met 44 punten voorsprong", "op 7 punten van", "volgt op 29 punten"
    "gap_after": ("voorsprong", "achterstand", "meer", "minder", "achter", "voor", "van", "verschil"),
    "gap_before": ("voorsprong", "achterstand", "verschil", "kloof", "marge", "volgt op", "volgen op", "gat"),
    # one weekend's haul, not the total: "neemt 40 punten mee", "scoorde 29 punten"
    "haul": (
        "scoorde",
        "scoorden",
        "scoort",
        "scoren",
        "pakte",
        "pakten",
        "pakt",
        "verdiende",
        "haalde",
        "nam",
    ),
    "ahead": ("voorsprong op", "meer dan", "voor op", "voor"),
    "behind": ("achter", "achterstand op", "minder dan"),
}
EN: Phrases = {
    "cue": (
        r"constructors?'?(?: (?:championship|standings|title|table))?",
        r"teams'? (?:championship|standings)",
        "team standings",
    ),
    "drivers": (r"drivers'? (?:championship|standings)", "driver standings"),
    "place_verb": (
        "is",
        "are",
        "was",
        "were",
        "sits?",
        "lies",
        "lie",
        "remains?",
        "stays?",
        "finished",
        "ended",
        "moved? up to",
        "moves? to",
        "climbed to",
        "dropped to",
        "slipped to",
        "in",
    ),
    "place_filler": ("now", "currently", "still", "in", "on"),
    "leads": ("leads?", "tops?", "heads?", "is top", "are top"),
    "gap_after": (
        "clear",
        "ahead",
        "behind",
        "more",
        "fewer",
        "less",
        "adrift",
        "lead",
        "deficit",
        "gap",
        "off",
    ),
    "gap_before": ("lead", "gap", "deficit", "margin", "advantage", "trails?", "by"),
    "haul": (
        "scored",
        "scores",
        "score",
        "took",
        "takes",
        "earned",
        "earns",
        "collected",
        "banked",
        "bagged",
    ),
    "ahead": ("clear of", "ahead of", "more than", "lead over"),
    "behind": ("behind", "adrift of", "fewer than", "less than"),
}

CUE_RE = re.compile(r"\b(?:" + alt(NL["cue"], EN["cue"]) + r")(?![\w-])")
_DRIVERS_RE = re.compile(r"\b(?:" + alt(NL["drivers"], EN["drivers"]) + r")\b")
_NUMBER = r"(\d{1,3}(?:[.,]5)?)"
_POINTS_RE = re.compile(r"(?<![\d.,])" + _NUMBER + r"[\s-]*(?:wk-)?(?:punten|punt|points?|pts|ptn)\b")
# a list row: only the team's other words ("F1 Team", "Racing") and a separator before its bare total
_ROW_TOTAL_RE = re.compile(
    r"\s*(?:(?:f1 team|f1|racing|team|scuderia)\s*)?[-–—:|]?\s*"
    + _NUMBER
    + r"(?![\d.,]?\d)\s*(?:$|[|,;)\-–]|\.(?!\d)|\d)"
)
_UNITLESS_RE = re.compile(r"\b(?:met|with|on|op)\s+" + _NUMBER + r"(?=\s*(?:$|[,;)]|\.(?!\d)|en\b|and\b))")
_GAP_AFTER_RE = re.compile(r"\s*(?:wk-)?(?:\w+\s+)?(?:" + alt(NL["gap_after"], EN["gap_after"]) + r")\b")
_GAP_BEFORE_RE = re.compile(r"\b(?:" + alt(NL["gap_before"], EN["gap_before"]) + r")\b")
_HAUL_RE = re.compile(r"\b(?:" + alt(NL["haul"], EN["haul"]) + r")\b")
_PLACE_RE = re.compile(
    r"\b(?:"
    + alt(NL["place_verb"], EN["place_verb"])
    + r")\s+(?:(?:"
    + alt(NL["place_filler"], EN["place_filler"])
    + r"|de|the)\s+){0,3}("
    + ORDINAL_RE
    + r")(?!\w)(?!\s+(?:keer|times|race|ronde|lap|grand|gp|zege|win|overwinning|op (?:een )?rij|"
    r"in a row|straight|consecutive|successive))"
)
_LEADS_RE = re.compile(
    r"^[\s,]*(?:(?:nu|now|nog|still|momenteel|currently|daarmee|inmiddels)\s+)*(?:"
    + alt(NL["leads"], EN["leads"])
    + r")\b"
)
# "1. Mercedes", "| 2 | Red Bull", "# 3 McLaren": the list's number right before the team
_ROW_PLACE_RE = re.compile(r"(?:^|[|#\n;,\-–]|punten|points|pts|\d)\s*(\d{1,2})\s*[.)]?\s*[-–—:|]?\s*$")
# "Ferrari, die vierde staan": the place before the verb
_PLACE_FIRST_RE = re.compile(
    r"(?:^[\s,]*|,\s*(?:die|dat|which|who)\s+)("
    + ORDINAL_RE
    + r")\s+(?:staat|staan|stond|stonden|ligt|is|are|was|were)\b"
)
# "Ferrari tweede met 504 punten, Red Bull derde met 417": the place right after the team, the verb left out
# ("staat McLaren eerste, Ferrari tweede en Red Bull derde")
_BARE_PLACE_RE = re.compile(
    r"[\s,:]*(" + ORDINAL_RE + r")(?=\s*(?:$|[,;(]|met\b|with\b|on\b|op\b|in het\b|in the\b|\.(?!\d)|"
    r"(?:en|and)\s+(?!(?:" + ORDINAL_RE + r")\b)))"
)
_FOLLOWED_RE = re.compile(r"\b(?:gevolgd door|followed by)\s+$")
# "Red Bull verloor de titel aan McLaren en werd derde": a team after a preposition is an object; the place
# after "en" is the subject's
_OBJECT_BEFORE_RE = re.compile(
    r"\b(?:aan|van|achter|op|tegen|dan|to|from|behind|over|against|than)\s+(?:de\s+|het\s+|the\s+)?$"
)
_AND_VERB_RE = re.compile(r"\s*(?:en|and)\s")
# a team named as a driver's ("Red Bull-coureur", "Mercedes' Bottas", "Verstappen (Red Bull)")
_EPITHET_AFTER_RE = re.compile(
    r"[-\s]?(?:coureurs?|rijders?|drivers?|teamgeno\w+|team-?mates?|teambaas|baas|boss|principal|motor|"
    r"engines?|auto|car|wagen)\b|'s?\s"
)
_ENDS_RE = re.compile(r"[;.!?]\s|\s(?:maar|but|terwijl|while|whereas|omdat|because|nadat|after)\s")
_AHEAD_RE = re.compile(r"(?:" + alt(NL["ahead"], EN["ahead"]) + r")\s*$")
_BEHIND_RE = re.compile(r"(?:" + alt(NL["behind"], EN["behind"]) + r")\s*$")
# "close the 40-point gap to Ferrari" (behind), "extended the gap to" (ahead), "the gap to" (either side)
_GAP_TO_RE = re.compile(r"\b(?:gap|kloof|gat|achterstand|deficit)\s+(?:to|with|naar|met|op)\s*$")
_CLOSING_RE = re.compile(r"\b(?:close|closes|closing|cut|cuts|reduce|narrow\w*|verklein\w*|dicht\w*)\b")
_EXTENDING_RE = re.compile(r"\b(?:extend\w*|stretch\w*|vergroot\w*|uitgebreid|breidde\w*)\b")
_LEAD_BY_RE = re.compile(r"\s*(?:met|by)\s+" + _NUMBER + r"\s*(?:punten|points)\b")
# "volgt Red Bull op 29 punten": behind by so many ("volgt met 112 punten" is a total)
_FOLLOWS_AT_RE = re.compile(r"\b(?:volg\w*|trails?|trailing)\b.*\b(?:op|by)\s*$")
_TAKEN_HOME_RE = re.compile(r"\s+(?:mee|away|home)\b")  # "nam 40 punten mee", "took 40 points away"
_LEAD_IN = 25  # characters before a team where its verb may stand ("volgt Red Bull op 29 punten")
_GAP_BETWEEN_BEFORE_RE = re.compile(
    r"\b(?:verschil|kloof|gat|marge|gap|difference|margin)\s+(?:tussen|between)\s+$"
)
_MOST_TEAM_POINTS = 900  # more than any team ever scored in a season: no total


def section(f: str, was: bool, *, names_driver: bool) -> bool:
    """Whether the text after this sentence is about the constructors' championship: from a sentence
    that names it until one that names the drivers' championship, or a driver."""
    if CUE_RE.search(f):
        return True
    if was and (names_driver or _DRIVERS_RE.search(f)):
        return False
    return was


def _teams(gz: Gazetteer, sc: SentenceContext, season: int | None) -> list[tuple[int, int, str]]:
    """(start, end, team id) of each team the sentence names as a team, not as a driver's epithet."""
    f = sc.text
    out: list[tuple[int, int, str]] = []
    drivers = [(m.start, m.end) for m in sc.mentions]
    for h in gz.teams(f):
        ids = tuple(i for i in h.ids if season is not None and (t := gz.ref.team(i)) and season in t.seasons)
        team = ids[0] if len(ids) == 1 else team_id(f[h.start : h.end], ids or h.ids)
        if team is None or _EPITHET_AFTER_RE.match(f, h.end):
            continue
        if any(s <= h.start < e or (0 <= h.start - e <= 2) or (0 <= s - h.end <= 2) for s, e in drivers):
            continue  # "Verstappen (Red Bull)", "Red Bull's Verstappen": the driver's team
        bracket = f.rfind("(", 0, h.start)
        if bracket > f.rfind(")", 0, h.start) and any(0 <= bracket - e <= 1 for s, e in drivers):
            continue  # "Albon (Toro Rosso/Red Bull) 84 punten": his teams, his points
        out.append((h.start, h.end, team))
    return out


def team_standings(gz: Gazetteer, sc: SentenceContext, in_section: bool, season: int | None) -> list[Fact]:
    """The constructors' standings the sentence tells: each team's place, total and gap to another team."""
    f = sc.text
    if not (in_section or CUE_RE.search(f)):
        return []
    teams = _teams(gz, sc, season)
    if not teams:
        return []
    # (where a team ended the season is told by the article's date: after the last race; a preview speaks
    # of "de eindstand" too)
    detail = "interim"
    bounds = sorted([s for s, _, _ in teams] + [m.start for m in sc.mentions])
    out: list[Fact] = []
    prev_place: int | None = None
    for i, (start, end, team) in enumerate(teams):
        who = f"team:{team}"
        stop = next((b for b in bounds if b > start), len(f))
        ends = _ENDS_RE.search(f, end, stop)
        seg_end = ends.start() if ends else stop
        seg = f[end:seg_end]
        next_team = i + 1 < len(teams) and seg_end == teams[i + 1][0]
        place = _place(f, start, seg, prev_place, over_team=next_team)
        if (
            place is not None
            and _AND_VERB_RE.match(seg)
            and _OBJECT_BEFORE_RE.search(f, max(0, start - 12), start)
        ):
            if i and prev_place is None:
                prev = teams[i - 1][2]
                out.append(
                    Fact(
                        "team_championship",
                        f"team:{prev}",
                        sc.index,
                        position=place,
                        session="season",
                        detail=detail,
                    )
                )
            place = None
        lead_in = f[max(0, start - _LEAD_IN) : start]
        about_points = "punt" in f or "point" in f
        total = _total(seg, lead_in[max(lead_in.rfind(","), lead_in.rfind(".")) + 1 :], about_points)
        if (
            i
            and total is not None
            and PAIR_JOIN_RE.fullmatch(f, teams[i - 1][1], start)
            and _GAP_BETWEEN_BEFORE_RE.search(f, max(0, teams[i - 1][0] - _LEAD_IN), teams[i - 1][0])
        ):
            # "Het verschil tussen McLaren en Red Bull bedraagt 41 punten": the gap between the two, no total
            out.append(_team_gap(teams[i - 1][2], team, sc.index, total, "between"))
            total = None
        if place is not None:
            out.append(
                Fact("team_championship", who, sc.index, position=place, session="season", detail=detail)
            )
        if total is not None:
            out.append(Fact("team_points", who, sc.index, session="season", amount=total, detail=detail))
        prev_place = place
        if next_team:
            out.extend(_gap(f, (start, end, team), teams[i + 1], sc.index))
    return out


def _place(f: str, start: int, seg: str, prev: int | None, *, over_team: bool) -> int | None:
    """The team's place: told after it ("staat derde", "leidt"), by its list number, or one after the team
    before it ("gevolgd door")."""
    m = _PLACE_RE.search(seg) or _PLACE_FIRST_RE.search(seg) or _BARE_PLACE_RE.match(seg)
    if m is not None:
        return ordinal_value(m.group(1))
    if _LEADS_RE.match(seg) and not over_team:
        return 1  # (not "Red Bull lead McLaren by 91 points": ahead of that team, in the fight for second)
    row = _ROW_PLACE_RE.search(f, max(0, start - 16), start)
    if row is not None:
        return int(row.group(1)) or None
    if prev is not None and _FOLLOWED_RE.search(f, max(0, start - 20), start):
        return prev + 1
    return None


def _total(seg: str, lead_in: str, about_points: bool) -> float | None:
    """The team's points total in its words: "met 65 punten", "– 362"; not a gap or one weekend's haul,
    told after the team or, with the verb first, before it ("nam Mercedes 40 punten mee", "volgt Red Bull op
    29 punten"); in a sentence about points, the unit may be left out after the first ("Red Bull derde met
    417")."""
    m = (
        _POINTS_RE.search(seg)
        or _ROW_TOTAL_RE.match(seg)
        or (_UNITLESS_RE.search(seg) if about_points else None)
    )
    if m is None:
        return None
    before = lead_in + " " + seg[: m.start()]
    if (
        _GAP_AFTER_RE.match(seg, m.end())
        or _GAP_BEFORE_RE.search(before)
        or _HAUL_RE.search(before)
        or _TAKEN_HOME_RE.match(seg, m.end())
        or _FOLLOWS_AT_RE.search(before)
    ):
        return None
    value = points_value(m.group(1))
    return value if value <= _MOST_TEAM_POINTS else None


def _gap(f: str, a: tuple[int, int, str], b: tuple[int, int, str], index: int) -> list[Fact]:
    """ "A leidt met 44 punten voorsprong op B", "A is 7 points behind B", "A lead B by 44 points"."""
    between = f[a[1] : b[0]]
    m = _POINTS_RE.search(between)
    detail = None
    if m is not None:
        rest = between[m.end() :]
        detail = "ahead" if _AHEAD_RE.search(rest) else "behind" if _BEHIND_RE.search(rest) else None
        if detail is None and _GAP_TO_RE.search(rest):
            told = between[: m.start()]
            detail = (
                "behind" if _CLOSING_RE.search(told) else "ahead" if _EXTENDING_RE.search(told) else "between"
            )
        amount = m.group(1)
    else:
        by = _LEAD_BY_RE.match(f, b[1])
        if by is not None and _LEADS_RE.match(between + " "):
            detail, amount = "ahead", by.group(1)
    if detail is None:
        return []
    return [_team_gap(a[2], b[2], index, points_value(amount), detail)]


def _team_gap(team: str, other: str, index: int, amount: float, detail: str) -> Fact:
    """The points gap of ``team`` to ``other`` (``detail``: "ahead", "behind" or "between")."""
    return Fact(
        "team_points_gap",
        f"team:{team}",
        index,
        session="season",
        others=(f"team:{other}",),
        amount=amount,
        detail=detail,
    )
