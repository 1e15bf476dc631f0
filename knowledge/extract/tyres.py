"""Tyres an article states: the compound a driver started or finished the race on ("startte op de
softbanden", "finished on hards", "alle coureurs vertrokken op intermediates") and which tyre of his failed
("zijn linker achterband was lek", "a puncture in his right rear"), and the compound he was given at a
pit stop ("pitted for fresh softs", "switched to the hard tyres", "wisselde naar mediums", "zette hem op de
harde band").

The fact is kind "tyre": ``other_label`` the role ("start", "finish", "failure", "stop"), ``detail`` the
compound ("soft", "medium", "hard", "intermediate", "wet") or, for a failure, the corner ("left_rear", ...).
``driver`` is the driver, or "" for the whole field ("alle coureurs", "the whole field"). A compound put on
during the race is neither the start nor the finish: its role is "stop". A plan, a wish or a condition
("wilde eindigen op", "would start on", "if he starts on", "could have switched to") gives none. The
compounds of 2018 and 2019 with a prefix ("ultra-soft", "super-soft", "hypersoft") are none of the five:
no fact.
"""

from __future__ import annotations

import re

from knowledge.extract import events
from knowledge.extract.clauses import owner_left
from knowledge.extract.context import Clause
from knowledge.extract.model import Fact
from knowledge.extract.phrases import Phrases, alt

NL: Phrases = {
    "soft": (r"soft(?:s|banden|band|compound)?", r"zachte(?: band(?:en)?| compound)", r"rode banden"),
    "medium": (r"medium(?:s|banden|band|compound)?", r"gele banden"),
    "hard": (r"hards?", r"hard(?:banden|band)", r"harde(?: band(?:en)?| compound)", r"witte banden"),
    "intermediate": (r"intermediates?", r"intermediate(?:banden|band)", r"inters", r"overgangsbanden"),
    "wet": (r"regenbanden", r"(?:volle |extreme )?wets?", r"full wets?"),
    # the verb that tells the start or the finish, before "op" and the compound
    "start": (
        r"startte",
        r"startten",
        r"begon",
        r"begonnen",
        r"vertrok",
        r"vertrokken",
        r"gestart",
        r"begonnen",
        # "dat Verstappen zondag op mediums mag vertrekken": the infinitive, after "mag" or "zal"
        r"vertrekken",
        r"starten",
        r"start",  # "die als enige in de top tien op de zachte band start"
    ),
    "finish": (r"eindigde", r"eindigden", r"finishte", r"finishten", r"reed (?:de race|de wedstrijd) uit"),
    # a compound put on at a stop, before "naar", "op" or "voor" and the compound: "wisselde naar", "zette
    # hem op", "pitte voor", "kwam binnen voor"
    "stop": (
        r"wisselde\w*",
        r"wissel\w*",
        r"stapte\w* over",
        r"zette\w*",
        r"gezet",
        r"pitte\w*",
        r"stopte\w*",
        r"binnen",
        r"(?:pit)?stop",
        r"ging\w*",
        r"gegaan",
    ),
    # without a preposition: "kreeg verse mediums", "haalde nieuwe softs"
    "stop_fresh": (r"kreeg\w*", r"haalde\w*", r"gehaald", r"gekregen"),
    # "de intermediates waarop hij begon": the compound before, the verb after
    "start_after": (r"waarop (?:hij|zij|ze|\w+) (?:begon|startte|vertrok|was begonnen|was gestart)",),
    "finish_after": (r"waarop (?:hij|zij|ze|\w+) (?:eindigde|finishte)",),
    "field": (
        r"alle coureurs",
        r"alle rijders",
        r"iedereen",
        r"het hele veld",
        r"alle auto's",
        r"het complete veld",
    ),
    "not": (
        r"wilde\w*",
        r"wil",
        r"zou\w*",
        r"kan",
        r"kon",
        r"moet",
        r"als(?! (?:enige|eerste|laatste|\w+(?:de|ste))\b)",  # (not "als enige", "als tiende": as)
        r"indien",
        r"plan\w*",
        r"hoopte\w*",
        r"verwacht\w*",
        r"in plaats van",
        r"niet",
        r"geen",
        r"dan",
    ),
    # a tyre that failed: "zijn linker achterband", "de rechtervoorband", "linksachter"
    "corner": (
        r"(?P<side>linker|rechter) ?(?P<end>voor|achter)band",
        r"(?P<side2>links|rechts) ?(?P<end2>voor|achter)",
        r"(?P<end3>voor|achter)band (?P<side3>links|rechts)",
    ),
    "failed": (
        r"lek\w*",
        r"klapte",
        r"klapband\w*",
        r"geklapt\w*",
        r"ontplof\w*",
        r"explodeerde",
        r"bandenschade",
    ),
}
EN: Phrases = {
    "soft": (
        r"softs?",
        r"soft tyres?",
        r"soft compound",
        r"soft rubber",
        r"reds",
        r"softest (?:tyres?|compound)",
    ),
    "medium": (r"mediums?", r"medium tyres?", r"medium compound", r"yellows"),
    "hard": (
        r"hards",
        r"hard tyres?",
        r"hard compound",
        r"hard rubber",
        r"whites",
        r"hardest (?:tyres?|compound)",
    ),
    "intermediate": (r"intermediates?", r"intermediate tyres?", r"inters"),
    "wet": (r"(?:full |extreme )?wets", r"wet tyres?", r"wet-weather tyres?"),
    "start": (r"started", r"start", r"began", r"starting", r"lined up", r"set off"),
    "finish": (r"finished", r"ended the race", r"crossed the line", r"took the flag"),
    "stop": (
        r"switch\w*",
        r"swap\w*",
        r"chang\w*",
        r"mov\w*",
        r"went",
        r"go",
        r"going",
        r"gone",
        r"bolted",
        r"fitted",
        r"put",
        r"pit\w*",
        r"stopp\w*",
        r"stop",
        r"came in",
        r"called in",
        r"box\w*",
    ),
    "stop_fresh": (r"fitted(?: with)?", r"bolted on", r"put on", r"given", r"got"),
    "start_after": (r"(?:he|she|they|\w+) started on",),
    "finish_after": (r"(?:he|she|they|\w+) finished on",),
    "field": (r"all (?:the )?drivers", r"everyone", r"the whole field", r"the entire field", r"every driver"),
    "not": (
        r"would",
        r"could",
        r"might",
        r"wanted",
        r"wants",
        r"hoped",
        r"planned",
        r"plan",
        r"expected",
        r"if",
        r"unless",
        r"instead of",
        r"not",
        r"never",
        r"than",
        r"should",
    ),
    "corner": (r"(?P<side4>left|right)[- ](?P<end4>front|rear)",),
    "failed": (r"punctur\w*", r"failure", r"failed", r"exploded", r"blew", r"blow-?out", r"delaminat\w*"),
}

COMPOUNDS = ("soft", "medium", "hard", "intermediate", "wet")
_COMPOUND_RE = re.compile(
    r"(?<![\w-])(?:" + "|".join(f"(?P<{k}>" + alt(NL[k], EN[k]) + ")" for k in COMPOUNDS) + r")\b(?!-)"
)
# a subject between the verb and "op" ("vertrokken alle coureurs op ..."), but no stint ("begon zijn
# tweede stint op mediums" is no start)
_ON = (
    r"(?:\s+(?!(?:stint|stints|stops?|pitstops?|tweede|derde|laatste|second|third|final|last|aan|zijn|his)\b)"
    r"[\w'-]+){0,3}?\s+(?:op|on)\s+"
    r"(?:de |the |een |a |set of |a set of |nieuwe |new |used |gebruikte )*$"
)
_START_BEFORE_RE = re.compile(r"\b(?:" + alt(NL["start"], EN["start"]) + r")" + _ON)
_FINISH_BEFORE_RE = re.compile(r"\b(?:" + alt(NL["finish"], EN["finish"]) + r")" + _ON)
# "switched (from the mediums) to the hards", "zette hem op de harde band", "pitted for fresh softs"
_FRESH = (
    r"(?:de |the |een |a |set of |a set of |a fresh set of |nieuwe |new |fresh |verse |another |een set )*"
)
_STOP_BEFORE_RE = re.compile(
    r"\b(?:" + alt(NL["stop"], EN["stop"]) + r")(?:\s+[\w'-]+){0,4}?\s+(?:naar|op|voor|to|onto|for|on)\s+"
    + _FRESH + "$"
)
# ("kreeg bij de stop verse mediums": the moment between the verb and the compound)
_STOP_FRESH_BEFORE_RE = re.compile(
    r"\b(?:" + alt(NL["stop_fresh"], EN["stop_fresh"]) + r")"
    r"(?:\s+(?:bij|at|during|tijdens) (?:de|zijn|the|his) (?:\w+ )?(?:pit)?stop)?\s+" + _FRESH + "$"
)
_START_AFTER_RE = re.compile(r"\s*(?:" + alt(NL["start_after"], EN["start_after"]) + r")\b")
# Dutch verb last: "(alle coureurs) op de intermediates vertrokken"
_ON_BEFORE_RE = re.compile(r"\bop (?:de |een |nieuwe |gebruikte )*$")
# ("zondag op mediums mag vertrekken": a modal of permission or the future before the infinitive)
# ("op mediums was vertrokken": the past perfect)
_VERB_LAST_RE = re.compile(
    r"\s+(?:(?:mag|mogen|zal|zullen|was|waren|is|zijn)\s+)?(?:" + alt(NL["start"]) + r")\b"
)
_FINISH_AFTER_RE = re.compile(r"\s*(?:" + alt(NL["finish_after"], EN["finish_after"]) + r")\b")
_FIELD_RE = re.compile(r"\b(?:" + alt(NL["field"], EN["field"]) + r")\b")
_NOT_RE = re.compile(r"\b(?:" + alt(NL["not"], EN["not"]) + r")\b")
_CORNER_RE = re.compile(r"\b(?:" + alt(NL["corner"], EN["corner"]) + r")")
_FAILED_RE = re.compile(r"\b(?:" + alt(NL["failed"], EN["failed"]) + r")")
_SIDES = {
    "linker": "left",
    "links": "left",
    "rechter": "right",
    "rechts": "right",
    "left": "left",
    "right": "right",
}
_ENDS = {"voor": "front", "achter": "rear", "front": "front", "rear": "rear"}


# "Als het droog blijft, start hij op ...": a condition opening the sentence (a modal of another clause,
# "Mercedes kan Verstappen, die start op de mediums, niet ...", is none of this one's)
_CONDITION_OPENS_RE = re.compile(r"\W*(?:als|indien|wanneer|mocht|if|unless|should)\b")


def _compound_gate(clause: str) -> bool:
    # plain substring tests (in C), each a stem every compound phrase of its kind needs: most clauses name
    # no compound at all ("weten" is no wet tyre, "interview" no intermediate)
    return (
        "soft" in clause
        or "medium" in clause
        or "hard" in clause
        or "intermediate" in clause
        or "inters" in clause
        or "wets" in clause
        or "wet " in clause
        or "wet-" in clause
        or "regenband" in clause
        or "zachte " in clause
        or "overgangsband" in clause
        or "rode banden" in clause
        or "gele banden" in clause
        or "witte banden" in clause
        or "reds" in clause
        or "yellows" in clause
        or "whites" in clause
    )


def _corner_gate(clause: str) -> bool:
    # plain substring tests (in C): a corner is "linker achterband", "rechtsvoor", "left-rear", "front right"
    return (
        "rear" in clause
        or "front" in clause
        or (("achter" in clause or "voor" in clause) and ("link" in clause or "recht" in clause))
    )


def failed_tyre(clause: str) -> bool:
    """Whether the folded clause tells of a failed tyre ("zijn linker achterband was lek"): such a clause is
    about the driver the article follows even when it names nobody."""
    return _corner_gate(clause) and bool(_FAILED_RE.search(clause) and _CORNER_RE.search(clause))


def tyres(c: Clause) -> list[Fact]:
    """The start or finish compound and the failed tyre the clause states, with whose they are."""
    clause = c.text
    facts: list[Fact] = []
    if _compound_gate(clause):
        facts.extend(_compounds(c))
    if _corner_gate(clause):
        facts.extend(_failure(c))
    # the negative words last, only where a tyre was found; a condition or a wish may open the sentence
    # before the clause: "Als het droog blijft, start hij op ..."
    if facts and (_NOT_RE.search(clause) or _CONDITION_OPENS_RE.match(c.f)):
        return []
    return facts


def _compounds(c: Clause) -> list[Fact]:
    """The start and finish compounds of the clause."""
    clause = c.text
    facts: list[Fact] = []
    for m in _COMPOUND_RE.finditer(clause):
        compound = next(k for k in COMPOUNDS if m.group(k))
        before = clause[max(0, m.start() - 60) : m.start()]
        role = (
            "start"
            if _START_BEFORE_RE.search(before)
            or _START_AFTER_RE.match(clause, m.end())
            or (_ON_BEFORE_RE.search(before) and _VERB_LAST_RE.match(clause, m.end()))
            else "finish"
            if _FINISH_BEFORE_RE.search(before) or _FINISH_AFTER_RE.match(clause, m.end())
            else "stop"
            if _STOP_BEFORE_RE.search(before) or _STOP_FRESH_BEFORE_RE.search(before)
            else None
        )
        if role is None or (role == "stop" and not _own_stop(c, m.start(), before)):
            continue
        for d in _whose(c, m.start()):
            facts.append(Fact("tyre", d, c.index, session="race", detail=compound, other_label=role))
    return facts


# others than the one driver: "as the other front-runners pitted for softs", "de rest ging naar mediums"
_GROUP_RE = re.compile(
    r"\b(?:others?|other teams|teams|drivers|front-?runners|leaders|leading \w+|rest|everyone|all|most|"
    r"andere\w*|coureurs|rijders|iedereen|alle|allen|de rest|de meeste)\b"
)


def _own_stop(c: Clause, pos: int, before: str) -> bool:
    """Whether the compound at ``pos`` was put on one driver's car at a stop: the clause names exactly one
    driver before it (by name or pronoun), and no group of others stands just before it."""
    named = {d for x in c.mentions if x.start < c.base + pos and not x.group for d in x.drivers}
    return len(named) == 1 and not any(x.group for x in c.mentions) and not _GROUP_RE.search(before)


def _failure(c: Clause) -> list[Fact]:
    """The tyre that failed, with its corner, and whose it was."""
    clause = c.text
    corner = _CORNER_RE.search(clause) if _FAILED_RE.search(clause) else None
    if corner is None:
        return []
    g = {k: v for k, v in corner.groupdict().items() if v}
    side = next(_SIDES[v] for k, v in g.items() if k.startswith("side"))
    end = next(_ENDS[v] for k, v in g.items() if k.startswith("end"))
    who = owner_left(c, c.base + corner.start(), close_any=True)
    if len(who) != 1:
        return []
    return [Fact("tyre", who[0], c.index, session="race", detail=f"{side}_{end}", other_label="failure")]


def _whose(c: Clause, pos: int) -> tuple[str, ...]:
    """Who started or finished on the compound at ``pos`` of the clause: the whole field ("") when the
    clause says so, else the one driver the clause is about."""
    if _FIELD_RE.search(c.text, 0, pos):
        return ("",)
    who = owner_left(c, c.base + pos, close_any=False)
    return who if len(who) == 1 else ()


# a session other than the race: a compound put on for a run there is no race stop
_OTHER_SESSION_RE = re.compile(
    r"\b(?:q[123]|qualifying|kwalificatie\w*|quali|practice|training|fp[123]|vt[123]|runs?|run-?plan|"
    r"rondje\w*|sessie|session)\b"
)


def race_stops(facts: list[Fact], folded: list[str], report: str, practice_day: bool) -> list[Fact]:
    """``facts`` without the compounds put on in another session than the race: none at all in a report of
    qualifying or of a practice day, and none from a sentence that names practice or qualifying."""
    return [
        x
        for x in facts
        if not (x.kind == "tyre" and x.other_label == "stop")
        or (
            report == "race"
            and not practice_day
            and not events.is_practice(folded[x.sentence])
            and not _OTHER_SESSION_RE.search(folded[x.sentence])
        )
    ]
