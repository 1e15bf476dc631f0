"""Championship facts: a standing ("derde in het kampioenschap", interim or final) and a points total.
Standing positions are found by ``results.positions``; this module knows the words. Titles are in
``champion``."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from knowledge.extract.clauses import PAIR_JOIN_RE, owner_left
from knowledge.extract.context import Clause
from knowledge.extract.licence import total_number_at
from knowledge.extract.model import Fact
from knowledge.extract.phrases import Phrases, alt, words
from knowledge.text import cardinal_value

# --- phrases ---------------------------------------------------------------------------------------

NL: Phrases = {
    "championship": (
        "wereldkampioenschap",
        "kampioenschap",
        "coureurskampioenschap",
        "rijderskampioenschap",
        "wk-stand",
        "wk",
        "tussenstand",
        "eindstand",
        "klassement",
        "coureursklassement",
        "eindklassement",
        "wk-klassement",
        # "sluit dit raceseizoen af als derde": where the season leaves him
        r"(?:sluit|sloot|sluiten|afsluiten) (?:het|dit|zijn|het hele) (?:race)?seizoen af",
        # (not "achter de twee concurrenten om de wereldtitel werd Alonso derde": the contenders, a race's
        # place after them)
        r"(?<!concurrenten om de )(?<!kanshebbers op de )(?<!kandidaten voor de )(?<!rivalen om de )"
        r"(?<!strijders om de )wereldtitel",
        "titelstrijd",
        "strijd om de titel",
    ),
    # A standing during the season ("staat tweede", "met nog drie races te gaan") is not final.
    "interim": (
        "staat",
        "stond",
        "ligt",
        "lag",
        "momenteel",
        "tussenstand",
        "te gaan",
        "resterende",
        "leidt",
        "voorsprong",
        "halverwege",
    ),
    "constructors": ("constructeurs", "teamklassement", "merkenklassement"),
}
EN: Phrases = {
    "championship": (
        "championship",
        "standings",
        "drivers' standings",
        "title race",
        "title fight",
        r"(?:ends|ended|closes|closed|finishes|finished) (?:the|this|his) season",
    ),
    "interim": (
        "stands",
        "stood",
        "lies",
        "lay",
        "currently",
        "to go",
        "remaining",
        "leads",
        "leading",
        "lead of",
        "midway",
    ),
    "constructors": ("constructors",),
}

# "zijn eerste WK-punten" are points, not a standing. Tested only.
CHAMP_RE = re.compile(
    r"\b(?:" + alt(NL["championship"], EN["championship"]) + r")\b"
    # "zijn eerste WK-punten", "de WK-leider", "championship leader": points or an epithet, no standing
    # ("championship protagonist Verstappen qualifying eighth": an epithet too)
    r"(?![- ]?(?:punt|points?\b|leider|leader|rivaal|rival|contender|kandidaat|favoriet|protagonist|"
    r"hoofdrolspeler|challenger|uitdager|hopeful|battle|duel))"
)
INTERIM_RE = re.compile(r"\b(?:" + alt(NL["interim"], EN["interim"]) + r")\b")  # tested only
CONSTRUCTORS_RE = re.compile(alt(NL["constructors"], EN["constructors"]))  # tested only
# --- points totals -----------------------------------------------------------------------------------

NL["points_total"] = (
    "met",
    "op",
    "heeft",
    "had",
    "telt",
    "totaal van",
    "staat op",
    "kwam op",
    "komt op",
    "naar",
)
EN["points_total"] = ("with", "on", "has", "had", "total of", "tally of", "moves to", "moved to", "to")
# ("met 20 punten tussen hem en Verstappen": a gap of two, not his total)
NL["points_gap"] = ("voorsprong", "achterstand", "verschil", "meer", "minder", "voor", "achter", "tussen")
EN["points_gap"] = words("lead clear ahead behind more fewer less deficit gap adrift between separating")
# "met 233 punten", "on 77 points": a points total. A number of points followed by a gap word ("37 punten
# voorsprong", "63 points clear") is a gap, and one a driver "scored" or "got" in a race is that race's.
# "heeft na vijf grands prix 105 punten", "has now 88 points": a time word or a count of races between the
# verb and the total (a race named between makes them that race's points: no place or race word may stand
# there)
NL["points_filler"] = (
    "nu",
    "inmiddels",
    "intussen",
    "vooralsnog",
    "voorlopig",
    "tot nu toe",
    "al",
    "nog",
    "na",
    "in totaal",
    "de",
    "het",
    "eerste",
)
EN["points_filler"] = ("now", "already", "still", "so far", "after", "in total", "the", "first", "a total of")
_FILLER = (
    r"(?:(?:"
    + alt(NL["points_filler"], EN["points_filler"])
    + r"|\d{1,2}|[a-z]+tien|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|one|two|three|four|"
    r"five|six|seven|eight|nine|ten|eleven|twelve|races?|grands?\s+prix|rounds?|wedstrijden)\s+){1,5}"
)
_POINTS_RE = re.compile(
    r"\b(?:"
    + alt(NL["points_total"], EN["points_total"])
    + r")\s+(?:een\s+|a\s+)?(?:totaal\s+van\s+|total\s+of\s+)?"
    r"(\d{1,3}(?:[.,]5)?)\s+(?:wk-)?(?:punten|points|pts)\b"
    # "hebben nu beiden 369,5 punten", "are both on 369.5 points"
    r"|\b(?:beiden|allebei|both)\s+(?:op\s+|on\s+|met\s+|with\s+)?(\d{1,3}(?:[.,]5)?)\s+(?:wk-)?(?:punten|points)\b"
    # "begonnen met exact evenveel punten (369,5)", "level on points (369.5)": the shared total in brackets
    r"|\b(?:evenveel (?:wk-)?punten|level on points|equal on points)\s*\(\s*(\d{1,3}(?:[.,]5)?)\s*\)"
    r"|\b(?:heeft|hebben|had|hadden|has|have|telt|staat op|stond op|is on|was on)\s+"
    + _FILLER
    + r"(\d{1,3}(?:[.,]5)?)\s+(?:wk-)?(?:punten|points|pts)\b"
)
# "eindigt op een totaal van 223", "a tally of 223": the total's unit left out in a sentence about points
_BARE_TOTAL_RE = re.compile(r"\b(?:totaal|total|tally) (?:van|of) (\d{1,3})\b(?!\s*(?:[.,]\d|%|\w))")
# "heeft dit jaar 347 punten verzameld", "collected 347 points this season": a number of points the clause
# puts over the season is its total, whatever the verb
_SEASON_WORDS_RE = re.compile(
    r"\b(?:dit|het hele|heel het|afgelopen) (?:jaar|seizoen)\b|\bin (?:totaal|total)\b|"
    r"\b(?:this|the whole|the entire|over the) (?:year|season)\b"
)
_POINTS_NUMBER_RE = re.compile(r"(?<![\d.,])\b(\d{1,3}(?:[.,]5)?)\s+(?:wk-)?(?:punten|points)\b")
# "Räikkönen (236 punten)", and "Bottas: 2e, 223 punten" (the place in the standings before the total)
_NAME_POINTS_RE = re.compile(
    r"\s*(?::\s*(?:\d{1,2}(?:e|de|ste|st|nd|rd|th)|[a-z]+e)\s*,)?\s*\(?\s*(\d{1,3}(?:[.,]5)?)\s+(?:wk-)?(?:punten|points|pts|ptn)\b"
)
# "breidde zijn voorsprong op Leclerc met 25 punten uit": by how much a gap changed, nobody's total
_GAP_WORD_BEFORE_RE = re.compile(
    r"\b(?:voorsprong|achterstand|kloof|verschil|lead|gap|deficit|advantage)\b[^.;]*$"
)
_OTHERS_TOTAL_AFTER_RE = re.compile(
    r"\s+voor\s+(?:[\w'-]+\s+){1,6}?\(\s*\d{1,3}\s+(?:punten|ptn|points|pts)\b"
)
_PLACE_AND_TOTAL_RE = re.compile(
    r":\s*\d{1,2}(?:e|de|ste|st|nd|rd|th)\s*,\s*\d{2,3}\s+(?:punten|points|pts)\b"
)
_POINTS_GAP_AFTER_RE = re.compile(r"\s*(?:\w+\s+){0,1}(?:" + alt(NL["points_gap"], EN["points_gap"]) + r")\b")


# "liep Verstappen 5 punten in op Hamilton", "kwam 5 punten dichterbij": points gained on a rival, no total
_GAINED_AFTER_RE = re.compile(r"\s+(?:in\s+op|dichter\w*|closer|on\s+(?:him|his|the leader))\b")
_RIVAL_TOTAL_RE = re.compile(r"(?:'s|’s)?\s+(\d{1,3})\b(?![.,]\d|\s*(?:%|laps?|ronden?|seconds?|sec\b))")
_TO_RIVAL_BEFORE_RE = re.compile(r"\b(?:to|versus|vs\.?|tegen|tegenover)\s+$")


#: Most points one race weekend can give a driver (a win, the fastest lap and a sprint win): a number of
#: points above it told of one driver is a total
MOST_POINTS_PER_WEEKEND = 34
# ("met 26 WK-punten achter zijn naam": to his name, no gap)
_TOTAL_AFTER_RE = re.compile(
    r"\s+(?:in (?:total|totaal)|to (?:his|her) name|op zijn naam|achter (?:zijn|haar) naam|bij elkaar)\b"
)
NL["collected"] = ("verzamelde", "verzameld", "verzamelt", "bijeengereden", "bij elkaar gereden")
EN["collected"] = ("collected", "accumulated", "amassed", "racked up", "reached")
_COLLECTED_RE = re.compile(
    r"\b(?:" + alt(NL["collected"], EN["collected"]) + r")\s+(?:(?:al|nu|already|now)\s+)?"
    r"(\d{1,3}(?:[.,]5)?)\s+(?:wk-)?(?:punten|points)\b"
    # "increased his season point total to 265", "brought his tally to 265 points"
    r"|\b(?:point|points|season point|season points)\s+(?:total|tally)\s+(?:to|of)\s+(\d{1,3}(?:[.,]5)?)\b"
    r"(?!\s*(?:[.,]\d|%))"
)
NL["both"] = ("beiden", "allebei", "evenveel")
EN["both"] = ("both", "level on", "each")
_BOTH_RE = re.compile(r"\b(?:" + alt(NL["both"], EN["both"]) + r")\b")
# "met respectievelijk 264 en 240 punten", "on 250 and 188 points respectively": the totals of the drivers
# named before, in their order
_RESPECTIVELY_RE = re.compile(
    r"\brespectievelijk\s+(\d{1,3}(?:[.,]5)?)\s+en\s+(\d{1,3}(?:[.,]5)?)\s+(?:wk-)?punten\b"
    r"|\b(\d{1,3}(?:[.,]5)?)\s+and\s+(\d{1,3}(?:[.,]5)?)\s+points,?\s+respectively\b"
)


def _pair_before(c: Clause, pos: int) -> tuple[str, ...]:
    """The two drivers joined by "en"/"and" last named before ``pos`` in the sentence, or ()."""
    named = [x for x in c.sentence.mentions if x.end <= pos and len(x.drivers) == 1 and not x.group]
    if len(named) < 2 or not PAIR_JOIN_RE.fullmatch(c.f, named[-2].end, named[-1].start):
        return ()
    return (named[-2].drivers[0], named[-1].drivers[0])


# "Hamilton heeft nu 164 punten, Bottas 117 en Verstappen 110", "gevolgd door Hamilton (163)", "whereas
# Verstappen has 199.5": the next names' bare numbers, going down from the total told, are theirs
_NUMBER = r"(\d{1,3}(?:[.,]5)?)"  # a number of points, a half too
_LISTED_TOTAL_RE = re.compile(
    r"(?:\s+(?:has|had|heeft|staat op|is on|on|op|with|met|volgt met|follows with|follows on))?\s*(?:\(\s*"
    + _NUMBER
    + r"\s*\)|"
    + _NUMBER
    + ")"
    r"(?=\s*(?:$|[,;)]|\.(?!\d)|\s(?:en|and|punten|points|pts|ptn)\b))"
)


def _totals_listed_after(c: Clause, told: list[Fact]) -> list[Fact]:
    """The totals of the drivers listed right after one told in the clause, each no more than the one
    before."""
    out: list[Fact] = []
    named = {f.driver for f in told}
    last = min(f.amount or 0 for f in told)
    prev_end: int | None = None
    # (the list runs on over the clauses the commas cut: "164 punten, Bottas 117 en Verstappen 110")
    for x in (x for x in c.sentence.mentions if x.start >= c.base):
        m = _LISTED_TOTAL_RE.match(c.f, x.end) if len(x.drivers) == 1 and not x.group else None
        if x.drivers[0] in named:
            unit = _UNIT_RE.search(c.f, x.end)  # (his total comes after his name: the list after it)
            prev_end = unit.end() if unit else x.end
            continue
        if (
            m is None
            or prev_end is None
            or x.start - prev_end > _ROW_REACH
            or points_value(m.group(m.lastindex or 1)) > last
        ):
            prev_end = None
            continue
        last = points_value(m.group(m.lastindex or 1))
        out.append(Fact("points", x.drivers[0], c.index, session="season", amount=last))
        named.add(x.drivers[0])
        prev_end = m.end()
    return out


_LEAD_TAKEN_RE = re.compile(
    r"\b(?:moved|moves|move|went|goes|go) (?:back )?into the lead(?: spot| position)?\b"
    r"(?![^.;]*\b(?:by|of)\s+\d)"
)
_LEAD_WITH_RE = re.compile(r"\b(?:lead|voorsprong)\s+(?:with|met)\s+\d")
# ("extends his lead with 25 points": by how much it grew, no total)
_LEAD_GROWN_RE = re.compile(r"\b(?:extend|increas|grow|grew|stretch|vergro|uitbrei|breid)\w*")
_UNIT_RE = re.compile(r"\b(?:punten|points|pts|ptn)\b")
_ROW_REACH = 40  # characters from one name (or its total) to the next in a list of totals


def _respectively(c: Clause, told: set[str]) -> list[Fact]:
    """Two totals given "respectively" to the two drivers the sentence names before them, in order."""
    m = _RESPECTIVELY_RE.search(c.text) if "respecti" in c.text else None
    if m is None:
        return []
    named: list[str] = []
    for x in c.sentence.mentions:
        if x.end <= c.base + m.start() and len(x.drivers) == 1 and not x.group and x.drivers[0] not in named:
            named.append(x.drivers[0])
    if len(named) != 2 or told & set(named):
        return []  # not two drivers, or one already given a total: the order is unsure
    values = [v for v in m.groups() if v is not None]
    return [
        Fact("points", d, c.index, session="season", amount=points_value(v))
        for d, v in zip(named, values, strict=True)
    ]


# "Vettel heeft net als Verstappen 212 punten", "Leclerc has, like Sainz, 100 points": one total for both
_LIKE_BEFORE_RE = re.compile(
    r"\b(?:heeft|hebben|has|have|staat|stands|is|sits)\s*,?\s+(?:nu\s+|now\s+)?"
    r"(?:net als|evenals|just like|like)\s+$"
)
_LIKE_TOTAL_AFTER_RE = re.compile(
    r",?\s+(?:(?:ook|also|nu|now|op|on)\s+)*" + _NUMBER + r"\s+(?:wk-)?(?:punten|points)\b"
)


def _like(c: Clause, told: set[str]) -> list[Fact]:
    """A total two drivers share, told of one "net als" the other."""
    if " als " not in c.f and "like" not in c.f:
        return []
    for x in c.sentence.mentions:  # (the clause the commas leave may hold the total alone: ", 212 points")
        after = _LIKE_TOTAL_AFTER_RE.match(c.f, x.end) if len(x.drivers) == 1 and not x.group else None
        before = _LIKE_BEFORE_RE.search(c.f, max(0, x.start - 40), x.start) if after else None
        if (
            after is None
            or before is None
            or not c.base <= after.start(1) < c.base + len(c.text)
            or _POINTS_GAP_AFTER_RE.match(c.f, after.end())
        ):
            continue
        # (named before the verb in the clause or, "Vettel has, like Verstappen, ...", in the sentence)
        prior = [m for m in c.sentence.mentions if m.end <= before.start() and len(m.drivers) == 1]
        who = owner_left(c, before.start())[:1] or (prior[-1].drivers if prior else ())
        pair = [*who, x.drivers[0]]
        if len(pair) != 2 or told & set(pair) or pair[0] == pair[1]:
            return []
        value = points_value(after.group(1))
        return [Fact("points", d, c.index, session="season", amount=value) for d in pair]
    return []


# "een voorsprong van 24 punten op Vettel; 213 om 189", "leads Vettel by 24 points, 213 to 189": the two
# totals of a gap told, in its order
_SCORE_RE = re.compile(r"\b" + _NUMBER + r"\s+(?:om|tegen|to|vs\.?|-)\s+" + _NUMBER + r"\b(?![.,]\d)")


def totals_of_gap(f: str, index: int, told: list[Fact]) -> list[Fact]:
    """The two totals a sentence gives with a points gap ("24 punten op Vettel; 213 om 189"), each to its
    driver: only when their difference is the gap told."""
    m = (
        _SCORE_RE.search(f)
        if " om " in f or " to " in f or " tegen " in f or " vs" in f or "-" in f
        else None
    )
    if m is None:
        return []
    hi, lo = points_value(m.group(1)), points_value(m.group(2))
    for g in told:
        if g.kind == "points_gap" and g.detail == "ahead" and len(g.others) == 1 and g.amount == hi - lo:
            ahead, behind = g.driver, g.others[0]
            have = {x.driver for x in told if x.kind == "points"}
            if have & {ahead, behind}:
                return []
            return [
                replace(g, kind="points", driver=ahead, others=(), amount=hi, detail=None, sentence=index),
                replace(g, kind="points", driver=behind, others=(), amount=lo, detail=None, sentence=index),
            ]
    return []


def points_value(text: str) -> float:
    """A number of points as told: whole, a half ("369,5", "202.5") from a race run for half points, or in
    words ("drie"; 0 for a word that is no number)."""
    if not text[:1].isdigit():
        return cardinal_value(text) or 0
    return float(text.replace(",", ".")) if "," in text or "." in text else int(text)


# "Perez (280) is ahead of Leclerc (275) and Russell (231)": totals in brackets after the names, no unit
_BRACKET_NUMBER_RE = re.compile(r"\s*\((\d{2,3}(?:[.,]5)?)\)")
# the words a comparison of totals is told with (the sentence's, when no unit names the points)
_COMPARED_RE = re.compile(
    r"\b(?:ahead of|leads?|leading|trails?|behind|standings|championship|voor op|leidt|achter|stand|"
    r"klassement|wk)\b"
)
_FIRST_TOTAL_AT_LEAST = 100  # (a car number or an age in brackets is under it)


def bracketed_totals(c: Clause) -> list[Fact]:
    """ "Perez (280) is ahead of Leclerc (275) and Russell (231)": the points totals in brackets after the
    names of a sentence comparing them, read once (at its first clause): two or more, none rising, each more
    than a weekend gives and the first at least 100 (car numbers and ages are smaller)."""
    if c.base or "(" not in c.f or not _COMPARED_RE.search(c.f):
        return []
    told = [
        (x.drivers[0], points_value(b.group(1)))
        for x in c.sentence.mentions
        if len(x.drivers) == 1 and not x.group and (b := _BRACKET_NUMBER_RE.match(c.f, x.end))
    ]
    values = [v for _, v in told]
    if (
        len(told) < 2
        or values[0] < _FIRST_TOTAL_AT_LEAST
        or any(v <= MOST_POINTS_PER_WEEKEND for v in values)
        or any(b > a for a, b in pairwise(values))
    ):
        return []
    return [Fact("points", d, c.index, session="season", amount=v) for d, v in told]


# "249 punten voor Verstappen om 247 voor Bottas", "249 points for Verstappen to 247 for Bottas": a total
# told before the name it is for (the second's unit left out)
_TOTAL_FOR_RE = re.compile(
    r"\b(\d{2,3}(?:[.,]5)?)\s+(?:(?:wk-)?punten|points|pts)\s+(?:voor|for)\s+"
    r"|\b(?:om|tegen|to|against|versus|vs\.?)\s+(\d{2,3}(?:[.,]5)?)\s+(?:(?:punten|points)\s+)?(?:voor|for)\s+"
)


# "lifted him to 77 points with Hamilton on 107", "Verstappen heeft 77 punten, met Hamilton op 107": another's
# total after "with"/"met", the unit left out
_WITH_BEFORE_RE = re.compile(r"(?:\b(?:with|met)\s+|,\s*)$")
_ON_TOTAL_AFTER_RE = re.compile(
    r"\s+(?:(?:is|staat)\s+)?(?:on|op)\s+(\d{2,3}(?:[.,]5)?)(?:\s+(?:points|punten|pts))?"
    r"(?=\s*(?:$|[,.;)]|and\b|en\b))"
)


def others_on(c: Clause) -> list[Fact]:
    """ "lifted him to 77 points with Hamilton on 107", "Vettel now has 214 points, while Hamilton has 231":
    the total of one named after "with" or "while" in a sentence of points totals, more than a weekend
    gives."""
    if not ("punt" in c.f or "point" in c.f):
        return []
    on = " on " in c.text or " op " in c.text
    has = " has " in c.text or " heeft" in c.text or " had " in c.text
    if not on and not has:
        return []
    out: list[Fact] = []
    for x in c.mentions:
        if len(x.drivers) != 1 or x.group:
            continue
        m = _ON_TOTAL_AFTER_RE.match(c.f, x.end) if on else None
        if m is None or not _WITH_BEFORE_RE.search(c.f, max(0, x.start - 8), x.start):
            m = _HAS_TOTAL_AFTER_RE.match(c.f, x.end) if has else None
            if m is None or not _WHILE_BEFORE_RE.search(c.f, max(0, x.start - 10), x.start):
                continue
        value = points_value(m.group(1) or m.group(2))
        if value > MOST_POINTS_PER_WEEKEND:
            out.append(Fact("points", x.drivers[0], c.index, session="season", amount=value))
    return out


_FRONTED_VERB_RE = re.compile(
    r"\s+(?:bezet|bezette|staat|stond|is|was|heeft|had|telt|houdt|hield|blijft|bleef|sluit|sloot)\s+(?:nu\s+)?"
)
# "..., while Hamilton has 231", "..., terwijl Hamilton er 231 heeft": another's total, its unit left out
_WHILE_BEFORE_RE = re.compile(r"\b(?:while|whereas|terwijl)\s+$")
_HAS_TOTAL_AFTER_RE = re.compile(
    r"\s+(?:now\s+)?(?:has|had|heeft)\s+(?:er\s+)?(\d{2,3}(?:[.,]5)?)(?:\s+(?:points|punten|pts))?"
    r"(?=\s*(?:$|[,.;)]|and\b|en\b))"
    # (the Dutch verb last: "terwijl Hamilton er 231 heeft")
    r"|\s+(?:er\s+)?(\d{2,3}(?:[.,]5)?)\s+(?:punten\s+)?(?:heeft|had)(?=\s*(?:$|[,.;)]|en\b))"
)


def totals_for(c: Clause) -> list[Fact]:
    """ "249 punten voor Verstappen om 247 voor Bottas": totals told before the names they are for, each more
    than one weekend gives (fewer are a race's haul: "25 punten voor Verstappen")."""
    if not ("punt" in c.text or "point" in c.text or "pts" in c.text):
        return []
    out: list[Fact] = []
    for m in _TOTAL_FOR_RE.finditer(c.text):
        value = points_value(m.group(1) or m.group(2))
        named = [x for x in c.mentions if x.start == c.base + m.end() and len(x.drivers) == 1 and not x.group]
        if named and value > MOST_POINTS_PER_WEEKEND:
            out.append(Fact("points", named[0].drivers[0], c.index, session="season", amount=value))
    return out


def points(c: Clause) -> list[Fact]:
    """A driver's points total in the championship ("sloot het jaar af met 308 punten"), as the position-less
    championship fact with the total in ``amount`` (``detail`` "interim" unless the clause says it ended)."""
    out: list[Fact] = []
    text = c.text
    about_points = "punt" in c.f or "point" in c.f  # the sentence's, for a total without its unit
    place_total = about_points and ":" in c.f and _PLACE_AND_TOTAL_RE.search(c.f) is not None
    if (
        "punt" not in text
        and "point" not in text
        and "pts" not in text
        and not (about_points and ("total" in text or "totaal" in text or "tally" in text))
        and not place_total  # "Lewis Hamilton: 1e, 347 punten": the total after the clause of the name
    ) or CONSTRUCTORS_RE.search(text):
        return out  # the substring test skips the patterns for the many clauses without points
    found = [
        m
        for m in _POINTS_RE.finditer(text)
        # ("leidt met 181 punten voor Pérez (147 ptn)": a total beside the other's, no gap)
        if (
            not _POINTS_GAP_AFTER_RE.match(text, m.end())
            or _OTHERS_TOTAL_AFTER_RE.match(text, m.end())
            or _TOTAL_AFTER_RE.match(text, m.end())
        )
        and (
            # (the gap word may stand further back when the standings are named between: "his lead over
            # Max Verstappen in the Drivers' Championship to 37 points")
            not _GAP_WORD_BEFORE_RE.search(text, max(0, m.start() - 80), m.start())
            # ("extends the lead at the top with 284 points in total": the total, said so)
            or _TOTAL_AFTER_RE.match(text, m.end())
            # ("maintains a commanding lead with 296 points": the lead held with his total)
            # ("has moved into the lead spot in the championship with 68 points": the lead taken, his total)
            or _LEAD_TAKEN_RE.search(text, max(0, m.start() - 60), m.start())
            or (
                _LEAD_WITH_RE.search(text, max(0, m.start() - 30), m.start() + 6)
                and not _LEAD_GROWN_RE.search(text, max(0, m.start() - 50), m.start())
            )
        )
    ]
    # "verzamelde 121 punten", "has amassed 310 points": more than one weekend gives is a total
    found += [
        m
        for m in _COLLECTED_RE.finditer(text)
        if points_value(m.group(m.lastindex or 1)) > MOST_POINTS_PER_WEEKEND
        and not _POINTS_GAP_AFTER_RE.match(text, m.end())
    ]
    end = c.base + len(text)
    if _SEASON_WORDS_RE.search(text) and not any(c.base <= p < end for p, _ in c.sentence.gp_hits):
        # (a race named in the clause makes them that race's points: "dit jaar in Monza 25 punten")
        numbers = _POINTS_NUMBER_RE.finditer(text)
        found += [m for m in numbers if not _POINTS_GAP_AFTER_RE.match(text, m.end())]
    if about_points:
        found += _BARE_TOTAL_RE.finditer(text)
    licence = total_number_at(text) if "month period" in text or "licen" in text else None
    taken: set[int] = {licence} if licence is not None else set()  # a licence's total is no championship's
    # (the number is the pattern's one matched group: two alternatives of _POINTS_RE each have their own)
    for m in sorted(found, key=lambda x: x.start(x.lastindex or 1)):
        if m.start(m.lastindex or 1) in taken:
            continue  # one number read by two rules
        taken.add(m.start(m.lastindex or 1))
        # "Verstappen en Hamilton hebben nu beiden 369,5 punten": the total of each of the pair
        who = (_pair_before(c, c.base + m.start()) if _BOTH_RE.search(text) else ()) or owner_left(
            c, c.base + m.start()
        )[:1]
        fronted = [
            x for x in c.mentions if x.start >= c.base + m.end() and not x.group and len(x.drivers) == 1
        ]
        if (
            not text[: m.start()].strip()
            and fronted
            and _FRONTED_VERB_RE.fullmatch(c.f, c.base + m.end(), fronted[0].start)
        ):
            # "Met zestien punten bezet Albon de vijftiende plek", "With 16 points sits Albon ...": the total
            # opens the clause, its owner is the subject after the verb
            who = fronted[0].drivers
        if not _BOTH_RE.search(text) and len(c.subject) > 1 and set(who) <= set(c.subject):
            continue  # "Gasly en Tsunoda hebben vooralsnog 84 punten bij elkaar gereden": the pair's together
        for d in who:
            out.append(
                Fact("points", d, c.index, session="season", amount=points_value(m.group(m.lastindex or 1)))
            )
    if out:
        # "leaves him with 77 points to Hamilton's 107": the rival's total after "to" and his name
        told = {x.driver for x in out}
        for x in c.mentions:
            rival = _RIVAL_TOTAL_RE.match(c.f, x.end) if len(x.drivers) == 1 else None
            if (
                rival is not None
                and x.drivers[0] not in told
                and _TO_RIVAL_BEFORE_RE.search(c.f, max(0, x.start - 12), x.start)
            ):
                out.append(
                    Fact("points", x.drivers[0], c.index, session="season", amount=int(rival.group(1)))
                )
    about_standings = CHAMP_RE.search(c.f) is not None or place_total
    # "In de WK-stand telt Hamilton 358 punten, ... voor Räikkönen (236 punten)": a total right after a name,
    # in a sentence about the standings; in brackets, in any sentence, when one weekend cannot give it
    # ("onmogelijk Verstappen (216 punten) inhalen")
    told = {x.driver for x in out}
    for x in c.mentions:
        m2 = _NAME_POINTS_RE.match(c.f, x.end) if "(" in c.f or about_standings else None
        if (
            m2
            and len(x.drivers) == 1
            and x.drivers[0] not in told
            and not _POINTS_GAP_AFTER_RE.match(c.f, m2.end())
            and not _GAINED_AFTER_RE.match(c.f, m2.end())
            and (
                about_standings
                or ("(" in m2.group(0) and points_value(m2.group(1)) > MOST_POINTS_PER_WEEKEND)
            )
        ):
            out.append(
                Fact("points", x.drivers[0], c.index, session="season", amount=points_value(m2.group(1)))
            )
    out += _like(c, {x.driver for x in out})
    out += _respectively(c, {x.driver for x in out})
    if out:
        out += _totals_listed_after(c, out)
    return out


# "Bottas leads the Formula 1 World Championship", "Verstappen leidt het WK", "is de nieuwe WK-leider": the
# standing's first place now (present tense only: "led the championship for ten races" is history)
_LEADS_RE = re.compile(
    r"\b(?:leads|tops|heads|leidt|aanvoert)\s+(?:nu\s+|now\s+|nog\s+|still\s+)?(?:het|de|the)\s+"
    r"(?:(?:formula (?:1|one)|f1|drivers'|world|formule 1)\s+)*(?:wk|kampioenschap|wk-stand|klassement|"
    r"championship|standings)\b"
    r"|\b(?:is|blijft|remains|stays)\s+(?:nu\s+|now\s+|nog\s+|still\s+)?(?:de\s+|the\s+)?(?:nieuwe\s+|new\s+)?"
    r"(?:wk-leider|championship leader|leider in het (?:wk|kampioenschap))\b"
)


# "In het kampioenschap leidt Verstappen nog altijd", "Bij de coureurs leidt Leclerc", "In the drivers'
# standings, Hamilton leads": the standings named first, the leader after the verb (present tense only)
_STANDINGS_FRONT_RE = re.compile(
    r"(?:^|[,:]\s*)(?:(?:in|bij)\s+(?:het|de)\s+(?:wk|kampioenschap|wk-stand|stand|standen|klassement|"
    r"tussenstand|coureurs|rijders|coureursklassement|rijdersklassement)(?:\s+(?:bij|van|voor)\s+de\s+"
    r"(?:coureurs|rijders))?|in\s+the\s+(?:drivers'\s+)?(?:championship|standings|title race))\s*,?\s*"
    r"(?:(?P<nl>leidt)\s+(?:nu\s+|nog\s+(?:altijd\s+|steeds\s+)?)?(?=\S)|(?=\S))"
)
_LEADS_AFTER_NAME_RE = re.compile(r"\s+(?:now\s+|still\s+)?leads\b(?!\s+(?:by|with|from)\b)")


def _front_leader(c: Clause) -> tuple[str, ...]:
    """The leader of "In het kampioenschap leidt Verstappen" / "In the championship, Hamilton leads"."""
    # (read in the sentence: the comma after the standings may end a clause; the leader is this clause's)
    for m in _STANDINGS_FRONT_RE.finditer(c.f):
        named = [x for x in c.mentions if x.start == m.end() and not x.group]
        if named and (m.group("nl") or _LEADS_AFTER_NAME_RE.match(c.f, named[0].end)):
            return named[0].drivers[:1]
    return ()


def leader(c: Clause) -> list[Fact]:
    """The championship leader the clause names: first place in the standings."""
    if "leid" in c.text or "leads" in c.text:
        front = _front_leader(c)
        if front:
            return [Fact("championship", front[0], c.index, position=1, session="season", detail="interim")]
    m = (
        _LEADS_RE.search(c.text)
        if ("lead" in c.text or "leid" in c.text or "top" in c.text or "head" in c.text)
        else None
    )
    if m is None:
        return []
    return [
        Fact("championship", d, c.index, position=1, session="season", detail="interim")
        for d in owner_left(c, c.base + m.start())[:1]
    ]
