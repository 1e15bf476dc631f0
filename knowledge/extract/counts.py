"""Counts an article states: "zijn negende zege van het seizoen", "his 92nd career win", "his fourth pole
of the season", "won elf races dit jaar". racebot never counts its own facts (they are incomplete); it
only repeats a count as the article gives it, with the scope the article gives (season or career).

A count without a scope ("zijn derde zege") is left alone: it may be of the season or of the career; one
beyond what a season holds ("zijn 97ste Formule 1-zege") is the career's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from knowledge.extract.clauses import owner_left
from knowledge.extract.context import Clause
from knowledge.extract.events import GP_WORD_RE
from knowledge.extract.model import Fact
from knowledge.extract.phrases import Phrases, alt
from knowledge.gazetteer import load_gazetteer
from knowledge.text import CARDINAL_RE, ORDINAL_RE, TENS_EN, TENS_NL, UNITS_NL, cardinal_value, ordinal_value

NL: Phrases = {
    # what is counted: a slot name per thing
    "wins": (
        r"(?:grand prix-|gp-|f1-|formule 1-)?(?:zege|overwinning)",
        r"(?:grand prix-|gp-|f1-|formule 1-)?(?:zeges|overwinningen)",
    ),
    # only after a number won: "won elf races" (an ordinal race, "de vijfde race", is a round)
    "races": (r"races", r"grands? prix", r"gp's", r"wedstrijden"),
    "poles": (r"pole(?:[- ]?positions?|positie|s)?",),
    "podiums": (r"podium(?:plaats|plaatsen|s)?",),
    "season": (
        r"van het (?:seizoen|jaar)",
        r"(?:dit|van dit) (?:seizoen|jaar)",
        r"in \d{4}",
        r"van \d{4}",
        # "zijn achtste zege in twaalf races": of the races run this season
        r"(?:in|uit) (?:de eerste )?(?:\w+ )(?:races|wedstrijden|grands prix)",
    ),
    "career": (
        r"(?:in|uit) zijn (?:carriere|loopbaan|f1-carriere)",
        r"in de formule 1",
        r"in de f1",
        r"ooit",
        r"in totaal",
    ),
    # ("heeft dit seizoen nu 18 overwinningen", "telt al 18 zeges": a tally he holds)
    "won": (
        r"won",
        r"wint",
        r"heeft (?:\w+ )?gewonnen",
        r"pakte",
        r"boekte",
        r"heeft(?: (?:dit|dat) (?:seizoen|jaar))?",
        r"telt",
    ),
}
EN: Phrases = {
    "wins": (r"(?:grand prix |gp |f1 |career )?(?:win|victory|wins|victories)",),
    "races": (r"races", r"grands prix"),
    "poles": (r"(?:career )?pole(?:[- ]?positions?|s)?",),
    "podiums": (r"(?:career )?podiums?(?: finish(?:es)?)?",),
    "season": (
        r"of the (?:season|year)",
        r"this (?:season|year)",
        r"in \d{4}",
        r"of (?:season )?\d{4}",
        r"(?:in|from) (?:the first )?(?:\w+ )races",  # "his eighth win in twelve races"
    ),
    "career": (
        r"(?:of|in) his (?:f1 |formula (?:one|1) )?career",
        r"career",
        r"in formula (?:one|1)",
        r"in f1",
        r"ever",
        r"in total",
    ),
    # ("claiming 15 wins", "to seal 100 career victories", "had 7 poles, 10 podiums and 2 wins in 2019")
    "won": (
        r"won",
        r"wins",
        r"has won",
        r"took",
        r"claimed",
        r"claiming",
        r"scored",
        r"seal(?:ed|s)?",
        r"had",
        r"has",  # "now has 18 wins this season"
    ),
}
THINGS = ("wins", "poles", "podiums")
#: more wins, poles or podiums than a season has races: a count without a scope beyond it is the career's
MAX_IN_A_SEASON = 23


def _thing_re(lang: Phrases, other: Phrases, won: bool = False) -> str:
    def slot(t: str) -> str:
        phrases = alt(lang[t], other[t]) + (
            "|" + alt(lang["races"], other["races"]) if won and t == "wins" else ""
        )
        return "(?P<" + t + ">" + phrases + ")"

    return "|".join(slot(t) for t in THINGS)


# ordinals of counts written out beyond the places of a race: "dertigste", "tweeënnegentigste" (folded
# "tweeennegentigste"), "thirtieth", "ninety-second", "honderdste"
_TENTHS_EN = (
    "twentieth",
    "thirtieth",
    "fortieth",
    "fiftieth",
    "sixtieth",
    "seventieth",
    "eightieth",
    "ninetieth",
)
_UNITH_EN = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_WORD_ORDINAL = (
    r"(?:(?:" + "|".join(UNITS_NL) + r")en)?(?:" + "|".join(TENS_NL) + r")ste|honderdste"
    r"|(?:" + "|".join(TENS_EN) + r")-(?:" + "|".join(_UNITH_EN) + r")|"
    + "|".join(_TENTHS_EN)
    + "|hundredth"
)
# an ordinal of a count, beyond the places a race has too ("zijn 100ste zege", "his 100th win")
_COUNT_ORDINAL = r"(?:" + _WORD_ORDINAL + "|" + ORDINAL_RE + r"|\d{3}(?:e|ste|de|st|nd|rd|th))"
# "zijn negende zege", "his 92nd win", "reaches 97th career victory" (a headline, the verb for the article)
_ORDINAL_COUNT_RE = re.compile(
    # ("Hamilton's ninety-second win": his by the name's possessive)
    r"\b(?:zijn|his|de|the|het|reaches|claims|takes|seals|clinches|scores|boekt|pakt|[a-z]+'s)\s+(?P<n>"
    + _COUNT_ORDINAL
    + r")\s+(?:"
    + _thing_re(NL, EN)
    + r")\b"
)
# "won for the 97th time", "won voor de 97ste keer": a win counted by the times
_TIMES_WON_RE = re.compile(
    r"\b(?:won|wins|wint|triumphed)\s+(?:[\w-]+\s+){0,3}?(?:for the|voor de)\s+(?P<n>"
    + _COUNT_ORDINAL
    + r")\s+(?:time|keer)\b"
)
# "won elf races dit jaar", "has won 11 races this season": a number of things won
_CARDINAL_COUNT_RE = re.compile(
    r"\b(?:" + alt(NL["won"], EN["won"]) + r")\s+(?:al\s+|nu\s+|already\s+|now\s+)?"
    r"(?P<n>" + CARDINAL_RE + r")\s+"
    r"(?:(?:van de|of the)\s+" + CARDINAL_RE + r"\s+)?(?:" + _thing_re(NL, EN, won=True) + r")\b"
)
# "heeft dit jaar liefst elf overwinningen gepakt": a number of things, the verb after them
_COUNT_THEN_VERB_RE = re.compile(
    r"\b(?:liefst\s+|maar liefst\s+|al\s+)?(?P<n>" + CARDINAL_RE + r")\s+(?:" + _thing_re(NL, EN) + r")\s+"
    r"(?:gepakt|behaald|geboekt|gewonnen|binnengehaald|veroverd)\b"
)
# "won in Austin zijn 33ste Grand Prix", "won his 30th race": a race won, counted
_WON_ORDINAL_RE = re.compile(
    # (not "won in zijn 150e Grand Prix voor het eerst": the race he won in, counted as a start)
    r"\b(?:won|wint|wins)\s+(?:[\w-]+\s+){0,4}?(?<!\bin )(?<!\bat )(?<!\bop )(?<!\bbij )(?:zijn|his)\s+(?P<n>"
    + _COUNT_ORDINAL
    + r")\s+(?:formule 1-|f1-|formula (?:one|1) )?(?:grand prix|gp|race)\b"
)
# "heeft nu 27 Grands Prix op zijn naam (geschreven)", "has 27 Grands Prix to his name": races won
_TO_HIS_NAME_RE = re.compile(
    r"\b(?P<n>" + CARDINAL_RE + r")\s+(?:grands? prix|gp's|races|zeges|overwinningen|wins|victories)\s+"
    r"(?:\w+\s+)?(?:op (?:zijn|haar) naam|to (?:his|her) name)\b"
)
_SEASON_ANYWHERE_RE = re.compile(r"\b(?:dit (?:seizoen|jaar)|this (?:season|year)|in \d{4})\b")
_SEASON_RE = re.compile(r"\s*,?\s*(?:" + alt(NL["season"], EN["season"]) + r")\b")  # right after the count
_CAREER_RE = re.compile(r"\s*,?\s*(?:" + alt(NL["career"], EN["career"]) + r")\b")


# a thing won, told before its count ("his victory ..., his 14th of the season"): the slot it fills names it
_WON_THING_RE = re.compile(r"\b(?:" + _thing_re(NL, EN) + r")\b")
_APPOSED_COUNT_RE = re.compile(
    r"[^.;]{0,80}?(?:,|\s[-–—])\s+(?:zijn|his)\s+(?P<n>"
    + _COUNT_ORDINAL
    + r")(?=\s*,?\s*(?:"
    + alt(NL["season"], EN["season"])
    + r")\b)"
)
_ELLIPTIC_RE = re.compile(
    # ("zijn tweede pole van het seizoen en al de 90e in zijn carrière": "al" between)
    # ("first win of the season - and sixth of his F1 career": the article left out too)
    r"[^.;]{0,40}?\b(?:en|and|,)\s+(?:(?:al|already|nu|now)\s+)?(?:(?:zijn|his|de|the)\s+)?(?P<n>"
    + _COUNT_ORDINAL  # ("zijn zevende zege van het seizoen, de 102e in zijn carrière")
    + r")(?=\s*,?\s*(?:"
    + alt(NL["season"], EN["season"], NL["career"], EN["career"])
    + r")\b)"
)
# the rest of a list of counts after the first: ", 10 podiums and 2 wins"
# the rest of a list of counts after the first: ", 10 podiums and 2 wins" (a thing of the tables above, or one
# the list goes on with that is not counted: "2 fastest laps")
_LISTED_NOUN = (
    r"(?:" + alt(*(NL[t] for t in THINGS), *(EN[t] for t in THINGS)) + r"|fastest laps|snelste ronden)"
)
_COUNT_LIST_RE = re.compile(r"(?:\s*(?:,|and|en)\s+\d{1,3}\s+" + _LISTED_NOUN + r"\b){1,4}")
_LIST_ITEM_RE = re.compile(r"(\d{1,3})\s+(" + _LISTED_NOUN + r")\b")
_THING_NOUN_RE = re.compile(_thing_re(NL, EN))  # which thing a listed noun is: its slot's name
_FOR_AFTER_RE = re.compile(r"\s+(?:for|voor) (?:the |de |het )?")
_TEAM_WORD_AFTER_RE = re.compile(r"(?:[\w-]+ ){0,3}(?:team|renstal|stal)\b")


def _for_a_team(clause: str, at: int) -> bool:
    """Whether the count at ``at`` is told "for" a team ("the 223rd pole for the Scuderia Ferrari team",
    "his 50th podium for McLaren"): the team's, or his with that team, no count of his career."""
    m = _FOR_AFTER_RE.match(clause, at)
    if m is None:
        return False
    rest = clause[m.end() : m.end() + _TEAM_REACH]
    return bool(_TEAM_WORD_AFTER_RE.match(rest)) or any(h.start == 0 for h in load_gazetteer().teams(rest))


_TEAM_REACH = 40  # characters after "for" where the team is named
_OWN_NOUN_REACH = 30  # characters after a count's ordinal where a noun of its own would stand
_THING_ANY_RE = re.compile(
    r"zege|overwinning|win|\bwon\b|gewonnen|victor|pole|podi|op (?:zijn|haar) naam|to (?:his|her) name"
)
_FOR_NAME_RE = re.compile(r"[^.;]{0,40}?\b(?:for|voor)\s+")
_NUMBER_RE = re.compile(r"(\d{1,3})(?:e|ste|de|st|nd|rd|th)")


def _count_ordinal(token: str) -> int | None:
    m = _NUMBER_RE.fullmatch(token)
    if m:
        return int(m.group(1))  # "92e" counts beyond any place
    return ordinal_value(token) or _word_ordinal_value(token)


def _word_ordinal_value(token: str) -> int | None:
    """The number of a count's ordinal written out beyond twenty ("tweeennegentigste", "ninety-second")."""
    if token in ("honderdste", "hundredth"):
        return 100
    if token in _TENTHS_EN:
        return (_TENTHS_EN.index(token) + 2) * 10
    tens, _, unit = token.partition("-")
    if tens in TENS_EN and unit in _UNITH_EN:
        return (TENS_EN.index(tens) + 2) * 10 + _UNITH_EN.index(unit) + 1
    stem = token.removesuffix("ste")
    for i, t in enumerate(TENS_NL):
        if stem.endswith(t):
            head = stem[: -len(t)]
            if not head:
                return (i + 2) * 10
            if head.endswith("en") and head[:-2] in UNITS_NL:
                return (i + 2) * 10 + UNITS_NL.index(head[:-2]) + 1
    return None


#: ``other_label`` of a count told by its ordinal ("his ninth win of the season"): the count at the race it
#: was told after, never the season's total by itself
ORDINAL_COUNT = "ordinal"


def counts(c: Clause) -> list[Fact]:
    """Counts of wins, poles or podiums the clause states with their scope, to the driver they are of."""
    out: list[Fact] = []
    clause = c.text
    if not _THING_ANY_RE.search(clause):
        return out  # one cheap scan skips the count patterns for the many clauses without a counted thing
    for rx, value in (
        (_ORDINAL_COUNT_RE, _count_ordinal),
        (_CARDINAL_COUNT_RE, cardinal_value),
        (_TIMES_WON_RE, _count_ordinal),
        (_WON_ORDINAL_RE, _count_ordinal),
        (_TO_HIS_NAME_RE, cardinal_value),
    ):
        for m in rx.finditer(clause):
            n = value(m.group("n"))
            # (the wins: counted by the times, or the races won)
            thing = next((t for t in THINGS if t in m.re.groupindex and m.group(t)), "wins")
            if rx is _TIMES_WON_RE and GP_WORD_RE.search(clause):
                continue  # "won voor de achtste keer de Grote Prijs van Hongarije": that race's wins
            if _for_a_team(clause, m.end()):
                continue  # "the 223rd pole position for the Scuderia Ferrari team": the team's
            after = clause[m.end() :]
            # ("heeft dit seizoen nu 18 overwinningen": the season told between the verb and the count)
            scope = (
                "season"
                if _SEASON_RE.match(after) or _SEASON_ANYWHERE_RE.search(m.group(0))
                else ("career" if _CAREER_RE.match(after) else None)
            )
            # (the sentence, not the clause: the clause may end at the list's "and")
            listed = _COUNT_LIST_RE.match(c.f, c.base + m.end()) if scope is None else None
            if listed and _SEASON_RE.match(c.f, listed.end()):
                scope = "season"  # "had 7 poles, 10 podiums and 2 wins in 2019": the list's season
            else:
                listed = None
            if scope is None and n is not None and n > MAX_IN_A_SEASON:
                scope = "career"  # "zijn 97ste Formule 1-zege": more than any season holds
            if (
                scope is None
                and (more := _ELLIPTIC_RE.match(c.f, c.base + m.end())) is not None
                # (not "three wins and his first ever F1 poles": a noun of its own after it)
                and not _THING_ANY_RE.search(c.f, more.end("n"), more.end("n") + _OWN_NOUN_REACH)
            ):
                # "his first pole in Azerbaijan, the 53rd of his career": the count with a scope is the
                # one after it, its noun left out
                k = _count_ordinal(more.group("n"))
                scope = "season" if _SEASON_RE.match(c.f, more.end("n")) else "career"
                for d in owner_left(c, c.base + m.start(), close_any=False)[:1] if k is not None else ():
                    count = Fact("count", d, c.index, session="season", amount=k, detail=f"{thing}:{scope}")
                    out.append(replace(count, other_label=ORDINAL_COUNT))
                continue
            if n is None or scope is None:
                continue
            for_whom = _FOR_NAME_RE.match(clause, m.end())
            right = [x for x in c.mentions if for_whom and x.start == c.base + for_whom.end()]
            # "the first pole of his career for Russell": the driver it is for
            who = right[0].drivers if right else owner_left(c, c.base + m.start(), close_any=False)
            # ("his first podium of the season": the count at that race, told by its ordinal, no total)
            label = ORDINAL_COUNT if value is _count_ordinal else None
            for d in who[:1]:
                count = Fact("count", d, c.index, session="season", amount=n, detail=f"{thing}:{scope}")
                out.append(replace(count, other_label=label))
                for item in _LIST_ITEM_RE.finditer(listed.group(0)) if listed else ():
                    # (the other counts of the list: "10 podiums and 2 wins")
                    noun = _THING_NOUN_RE.fullmatch(item.group(2))
                    other_thing = noun.lastgroup if noun else None
                    if other_thing:
                        out.append(
                            Fact(
                                "count",
                                d,
                                c.index,
                                session="season",
                                amount=int(item.group(1)),
                                detail=f"{other_thing}:season",
                            )
                        )
                # "de eerste pole van dit seizoen en zijn derde in totaal": a second count of the same thing
                more = _ELLIPTIC_RE.match(c.f, c.base + m.end())
                k = _count_ordinal(more.group("n")) if more else None
                if more and k is not None:
                    other = "season" if _SEASON_RE.match(c.f, more.end("n")) else "career"
                    if other != scope:
                        out.append(
                            Fact("count", d, c.index, session="season", amount=k, detail=f"{thing}:{other}")
                        )
    for m in _WON_THING_RE.finditer(clause):
        # "his victory at the Mexican Grand Prix - his 14th of season 2022", "snelde naar de zege, zijn
        # vijfde van het seizoen": the thing won, then its count with the noun left out
        told = _APPOSED_COUNT_RE.match(c.f, c.base + m.end())
        n = _count_ordinal(told.group("n")) if told else None
        thing = m.lastgroup or "wins"
        if n is None or any(x.detail == f"{thing}:season" for x in out):
            continue
        for d in owner_left(c, c.base + m.start(), close_any=False)[:1]:
            count = Fact("count", d, c.index, session="season", amount=n, detail=f"{thing}:season")
            out.append(replace(count, other_label=ORDINAL_COUNT))
    for m in _COUNT_THEN_VERB_RE.finditer(clause):
        n = cardinal_value(m.group("n"))
        thing = next(t for t in THINGS if m.group(t))
        if n is None or not _SEASON_ANYWHERE_RE.search(c.f):
            continue
        for d in owner_left(c, c.base + m.start(), close_any=False)[:1]:
            out.append(Fact("count", d, c.index, session="season", amount=n, detail=f"{thing}:season"))
    return out
