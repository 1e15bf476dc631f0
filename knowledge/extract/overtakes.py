"""Overtakes an article states: who passed whom ("haalde Pérez in", "ging voorbij aan Leclerc", "overtook
Bottas", "dove past Norris"), for which position when it says so ("nam de leiding over van", "for the lead",
"voor P3"), and when when it says so ("bij de start", "in ronde 12", "on the last lap").

The fact is kind "overtake": ``driver`` passed ``others[0]``; ``position`` is the place fought for, and
``detail`` the moment ("start", "lap:12", "last_lap"), each only when the sentence states it. An attempt
("probeerde ... in te halen", "could not get past"), a near miss, a condition, being lapped ("op een ronde
gezet", "lapped") or an overtake told about another season is no fact.
"""

from __future__ import annotations

import re

from knowledge.extract.clauses import owner_left
from knowledge.extract.context import Clause, Mention
from knowledge.extract.laps import lap_ordinal
from knowledge.extract.model import Fact
from knowledge.extract.phrases import Phrases, alt, words
from knowledge.text import ORDINAL_RE, ordinal_value

NL: Phrases = {
    # the verb right before the driver passed: "passeerde Leclerc", "ging voorbij aan Bottas"
    "verb_before": (
        r"passeerde\w*",
        r"passeert",
        r"verschalkte\w*",
        # ("kwam vervolgens in de vijftiende ronde voorbij aan Perez": a moment between)
        r"(?:ging|gaat|kwam|komt) (?:\w+ ){0,6}voorbij aan",
        # "ging meteen voorbij Hamilton", "ging hij in bocht drie - na een duel - toch voorbij Leclerc"
        r"(?:ging|gaat|kwam|komt) (?:\w+ ){0,4}(?:[\u2013\u2014-] [^\u2013\u2014-]{1,40}? [\u2013\u2014-] )?"
        r"(?:\w+ ){0,2}voorbij",
        r"(?:nam|neemt) (?:\w+ ){0,5}de leiding over van",
        r"(?:pakte|pakt|greep) (?:\w+ ){0,5}de leiding (?:af )?van",
    ),
    # Between the verb and the driver passed: an adverb, an epithet ("de leidende Hamilton"), his car ("de
    # Ferrari van Leclerc"), a moment ("in de slotfase"). Tested only.
    "gap": (
        *words(
            "de het zijn ook nog direct meteen al snel opnieuw weer eerst aanvankelijk vervolgens leidende"
        ),
        r"teamgenoot",
        r"[\w-]+ van",  # "de Ferrari van", "de auto van"
        r"in de (?:slotfase|openingsfase|beginfase|eerste bocht)",
    ),
    # the verb, then the driver passed, then its particle: "haalde Pérez in", "ging Norris voorbij"
    "verb_around": (r"haalde\w*", r"haalt", r"heeft", r"had", r"ging", r"gaat", r"kwam", r"komt", r"was"),
    "particle": (r"ingehaald", r"gepasseerd", r"voorbij(?:gegaan|gestoken)?\b", r"in"),
    # "werd ingehaald door Sainz": the driver passed comes first
    "passive": (r"werd (?:\w+ ){0,3}(?:ingehaald|gepasseerd) door", r"(?:ingehaald|gepasseerd) door"),
    # Words that make the clause no overtake: an attempt, a failure, a condition, being lapped.
    "not": (
        r"probe\w*",
        r"poging\w*",
        r"wilde",
        r"wil",
        r"moest",
        r"moet",
        r"kon",
        r"kan",
        r"zou\w*",
        r"niet",
        r"geen",
        r"nooit",
        r"bijna",
        r"als",
        r"indien",
        r"in te halen",
        r"te passeren",
        r"op een ronde",
        r"ronde achterstand",
        r"gedubbeld",
        r"dubbelde\w*",
        r"achterblijver\w*",
        r"pitstraat",
    ),
    # In the sentence: a place in the standings, or the place given back.
    "not_sentence": (
        r"punten",
        r"kampioenschap\w*",
        r"klassement",
        r"wk-stand",
        r"\w*stand",
        r"teruggeven",
        r"teruggegeven",
        r"gaf (?:\w+ ){0,3}terug",
    ),
    "lead": (r"(?:voor|om) de leiding", r"naar de leiding", r"de leiding over", r"de leiding (?:af )?van"),
    # "voor P3", "voor de derde plaats", "om plek vier"
    "for_place": (r"(?:voor|om) (?:de )?(?:plaats |plek |positie )?(?P<nl>" + ORDINAL_RE + r")",),
    "start": (r"bij de (?:her)?start", r"na de (?:her)?start", r"op de start", r"in de start"),
    "lap": (r"in ronde (?P<nlap>\d{1,2})", r"op ronde (?P<nlap2>\d{1,2})", r"in de (?P<nord>\w+) ronde"),
    "last_lap": (r"in de (?:allerlaatste|laatste|slot) ?ronde",),
    "first_lap": (r"in de openingsronde", r"in de eerste ronde"),
    # "In de 30ste ronde lukte het niet, maar in de 31ste ging hij voorbij": the lap word left out after a
    # lap named before in the sentence; only right before the overtake verb
    "elided_lap": (r"in de (?P<eord>\w+)",),
    "lap_before": (r"in de \w+ ronde",),
}
EN: Phrases = {
    "verb_before": (
        r"overt(?:ook|akes)",  # not "overtake": "hard to overtake X" is no overtake
        r"passe[sd]",
        r"(?:got|gets|went|goes|dove|dived|dives|swept|sweeps|slipped|slips|moved|moves|breezed|sailed|"
        r"muscled|squeezed|nipped|barged|powered|stormed|darted|sliced|stole|surged|charged|blasted|zoomed|"
        r"eased|drove|raced|slid|flew) (?:\w+ ){0,2}past",
        r"(?:took|takes|snatched|grabbed|wrested|seized) (?:\w+ ){0,2}the lead from",
        r"got (?:\w+ ){0,1}ahead of",
        r"(?:went|got) (?:a)?round the outside of",
        # "made the crucial pass on Verstappen", "made his move on Leclerc stick"
        r"(?:made|makes|pulled off|completed) (?:the|a|his|her) (?:\w+ )?(?:pass|overtake) on",
    ),
    "passive": (r"(?:was|were|got|is) (?:\w+ ){0,2}(?:overtaken|passed) by",),
    "gap": (
        *words("the his also then immediately quickly soon eventually easily leading"),
        r"teammate",
        r"team-mate",
        r"[a-z]+'s?",  # "Mercedes' George Russell", "Ferrari's Leclerc"
        r"the [\w-]+ of",  # "the Ferrari of Leclerc"
    ),
    "not": (
        r"tr(?:y|ied|ies|ying) (?:to|and)",
        r"attempt\w*",
        r"could ?n[o']t",
        r"can ?n[o']t",
        r"unable",
        r"fail\w*",
        r"would",
        r"should",
        r"could",
        r"might",
        r"needs? to",
        r"had to",
        r"wanted",
        r"if",
        r"unless",
        r"not",
        r"never",
        r"no",
        r"nearly",
        r"almost",
        r"lapp?(?:ed|ing)",
        r"lap down",
        r"backmarkers?",
        r"pit ?lane",
        r"pits",
    ),
    "not_sentence": (
        r"points",
        r"championship",
        r"standings",
        r"(?:gave|give|hand|handed|gives) (?:\w+ ){0,3}back",
    ),
    "lead": (r"for the lead", r"into the lead", r"the lead from", r"to take the lead"),
    "for_place": (r"for (?:the )?(?P<en>" + ORDINAL_RE + r")(?: place| position)?",),
    "start": (r"at the (?:re)?start", r"off the start", r"off the line"),
    "lap": (r"on lap (?P<enlap>\d{1,2})", r"in lap (?P<enlap2>\d{1,2})", r"on the (?P<enord>\w+) lap"),
    "last_lap": (r"(?:on|in) the (?:very )?(?:last|final) lap",),
    "first_lap": (r"(?:on|in) the (?:opening|first) lap", r"on lap one"),
}

_MOMENTS = alt(
    NL["start"],
    EN["start"],
    NL["first_lap"],
    EN["first_lap"],
    NL["lap"],
    EN["lap"],
    NL["last_lap"],
    EN["last_lap"],
)
# Only their start and end are used; the driver passed is the first named after the end.
_VERB_RE = re.compile(r"\b(?:" + alt(NL["verb_before"], EN["verb_before"]) + r")(?:\s+|$)")
_AROUND_RE = re.compile(r"\b(?:" + alt(NL["verb_around"]) + r")\s")
# The particle after the driver passed, a moment or a few words between ("haalde Hamilton in de laatste
# ronde in"); a bare "in" only where it ends the phrase ("haalde Pérez in bij de start", not "in de pits").
_PARTICLE_RE = re.compile(
    r"(?:\s+(?:"
    + _MOMENTS
    + r"|[\w-]+)){0,5}?\s+(?:"
    + alt(NL["particle"])
    + r")(?=\s*(?:$|[,.;:!?)]|(?:bij|tijdens|op|en|voor|om|na|in|met|toen|waarna|maar|nadat)\b))"
)
_PASSIVE_RE = re.compile(r"\b(?:" + alt(NL["passive"], EN["passive"]) + r")\s+")
_NOT_RE = re.compile(r"\b(?:" + alt(NL["not"], EN["not"]) + r")\b")  # tested only
_NOT_SENTENCE_RE = re.compile(r"\b(?:" + alt(NL["not_sentence"], EN["not_sentence"]) + r")\b")  # tested only
_LEAD_RE = re.compile(r"\b(?:" + alt(NL["lead"], EN["lead"]) + r")\b")  # tested only
_FOR_PLACE_RE = re.compile(r"\b(?:" + alt(NL["for_place"], EN["for_place"]) + r")\b")
_START_RE = re.compile(r"\b(?:" + alt(NL["start"], EN["start"]) + r")\b")  # tested only
_LAST_LAP_RE = re.compile(r"\b(?:" + alt(NL["last_lap"], EN["last_lap"]) + r")\b")  # tested only
_FIRST_LAP_RE = re.compile(r"\b(?:" + alt(NL["first_lap"], EN["first_lap"]) + r")\b")  # tested only
_LAP_RE = re.compile(r"\b(?:" + alt(NL["lap"], EN["lap"]) + r")\b")
# A moment that opens the sentence ("Bij de start, ...", "On lap 12, ...") times every clause of it.
_OPENING_RE = re.compile(
    r"\s*(?:" + alt(NL["start"], EN["start"], NL["first_lap"], EN["first_lap"], NL["lap"], EN["lap"]) + r")\b"
)


# the cheap gate: without a stem of any overtake verb no pattern runs
_OF_RE = re.compile(r"\s+(?:van|of)\s+")


def _gate(clause: str) -> bool:
    # plain substring tests (in C, no generator): most clauses hold none of these stems
    return (
        "haal" in clause
        or "halen" in clause
        or "pass" in clause
        or "past" in clause
        or "voorbij" in clause
        or "overt" in clause
        or "leiding" in clause
        or "verschalk" in clause
        or "lead from" in clause
        or "ahead of" in clause
        or "outside of" in clause
    )


# between the verb and the driver passed: articles, "zijn teamgenoot", a moment ("in ronde 5")
_GAP_RE = re.compile(r"\s*(?:(?:" + _MOMENTS + "|" + alt(NL["gap"], EN["gap"]) + r")\s+){0,4}")


def moment(text: str) -> str | None:
    """The moment folded ``text`` names: "start", "last_lap", "lap:N", or None."""
    if _START_RE.search(text):
        return "start"
    if _LAST_LAP_RE.search(text):
        return "last_lap"
    if _FIRST_LAP_RE.search(text):
        return "lap:1"
    m = _LAP_RE.search(text)
    if m is None:
        return None
    number = next((g for g in m.groups() if g is not None), "")
    if number.isdigit():
        return f"lap:{int(number)}"
    n = lap_ordinal(number)
    return None if n is None else f"lap:{n}"  # "in de eerste ronde": lap 1, "in de 52ste ronde": lap 52


def place_fought(text: str) -> int | None:
    """The place folded ``text`` says was fought for: 1 for the lead, N for "voor P3", else None."""
    if _LEAD_RE.search(text):
        return 1
    m = _FOR_PLACE_RE.search(text)
    if m is None:
        return None
    return ordinal_value(m.group("nl") or m.group("en") or "")


def _first_after(mentions: list[Mention], pos: int, f: str) -> Mention | None:
    after = [m for m in mentions if m.start >= pos]
    if after and _GAP_RE.fullmatch(f, pos, after[0].start):
        return after[0]
    return None


def overtakes(c: Clause) -> list[Fact]:
    """The overtake the clause states: who passed whom, and for what and when if it says so."""
    clause = c.text
    if not _gate(clause):
        return []
    f = c.f
    named = [m for m in c.mentions if not m.group]
    # "de McLaren van Piastri", "the Ferrari of Leclerc": the car named by its team is its driver's
    mentions = [
        m
        for i, m in enumerate(named)
        if not (i + 1 < len(named) and _OF_RE.fullmatch(f, m.end, named[i + 1].start))
    ]
    if len(mentions) < 1 + (not c.subject):
        return []  # two drivers are needed, one of them may be the clause's subject
    managed = _managed(c, mentions)
    pair = managed or _passive(c, mentions) or _verb_first(c, mentions) or _around(c, mentions)
    # the negative words last: they are read only where an overtake was found (the infinitive after "wist",
    # "slaagde erin" is no attempt: it tells that it worked)
    told = _MANAGED_RE.sub(" ", clause) if managed else clause
    if pair is None or _NOT_RE.search(told) or _NOT_SENTENCE_RE.search(f):
        return []
    passer, passed = pair
    if not passer or not passed or passer[0] in passed:
        return []
    position = place_fought(clause)
    when = moment(clause) or _elided_lap(c)
    if when is None:
        opening = _OPENING_RE.match(f)
        when = moment(opening.group(0)) if opening else None
    out = [Fact("overtake", passer[0], c.index, others=passed[:1], position=position, detail=when)]
    if position and _AT_THE_END_RE.search(clause):
        # "haalde Pérez in het slot nog in voor de tweede plaats", "passed him on the last lap for third": the
        # place taken at the very end is where he finished
        out.append(Fact("finish", passer[0], c.index, position=position))
    return out


# the very end of the race, when a place taken is the one finished in
_AT_THE_END_RE = re.compile(
    r"\b(?:in het slot|op de valreep|in de (?:aller)?laatste ronde|in de slotronde|"
    r"on the (?:very )?(?:last|final) lap|at the (?:very )?(?:end|death|flag))\b"
)


_ELIDED_LAP_RE = re.compile(
    r"\b(?:" + alt(NL["elided_lap"]) + r")\s+(?=(?:" + alt(NL["verb_before"], NL["verb_around"]) + r")\b)"
)
_LAP_BEFORE_RE = re.compile(r"\b(?:" + alt(NL["lap_before"]) + r")\b")


def _elided_lap(c: Clause) -> str | None:
    """ "..., maar in de 31ste ging hij voorbij": the lap of an ordinal without its noun, when the
    sentence named a lap by its ordinal before the clause."""
    if "in de " not in c.text:
        return None
    m = _ELIDED_LAP_RE.search(c.text)
    if m is None or not _LAP_BEFORE_RE.search(c.f, 0, c.base):
        return None
    n = lap_ordinal(m.group("eord"))
    return None if n is None else f"lap:{n}"


# "wist Leclerc in te halen", "slaagde er in de voorlaatste ronde in om Hamilton te passeren": an overtake
# that worked (the verb of managing, the driver passed, the infinitive)
NL["managed"] = (
    r"wist",
    r"wisten",
    r"weet",
    r"slaagde (?:[\w-]+ ){0,6}?(?:erin|er in|in) om",
    r"slaagt (?:[\w-]+ ){0,6}?erin om",
)
NL["managed_to"] = (r"in te halen", r"te passeren", r"voorbij te (?:gaan|steken|komen)", r"te verschalken")
_MANAGED_VERB_RE = re.compile(r"\b(?:" + alt(NL["managed"]) + r")\s")
_MANAGED_RE = re.compile(r"\b(?:" + alt(NL["managed_to"]) + r")\b")


_DEMONSTRATIVE_RE = re.compile(r"\b(?:die|deze|dat|diezelfde|dezelfde)\s+$")


def _managed(c: Clause, mentions: list[Mention]) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """ "Verstappen wist de Ferrari van Sainz in te halen", "slaagde erin om Hamilton te passeren"."""
    if "te " not in c.text:
        return None
    verb = _MANAGED_VERB_RE.search(c.text)
    to = _MANAGED_RE.search(c.text, verb.end()) if verb is not None else None
    if verb is None or to is None:
        return None
    between = [x for x in mentions if c.base + verb.end() <= x.start and x.end <= c.base + to.start()]
    if not between:
        return None
    before = [x for x in mentions if x.end <= c.base + verb.start()]
    if before and _DEMONSTRATIVE_RE.search(c.f, max(0, before[-1].start - 8), before[-1].start):
        # "Ook die Ferrari-coureur wist de Nederlander in te halen": a fronted "die ..." may be the one
        # passed as well as the one passing (Dutch puts either first): not read
        return None
    if len(between) > 1 and not [x for x in mentions if x.end <= c.base + verb.start() and not x.is_object]:
        # "wist Verstappen de Ferrari van Sainz in te halen": the verb, its subject, the driver passed
        return between[0].drivers, between[-1].drivers
    return _passer(c, mentions, c.base + verb.start()), between[-1].drivers


def _passive(c: Clause, mentions: list[Mention]) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """ "Pérez werd ingehaald door Sainz": the driver after "door"/"by" passed the one before."""
    m = _PASSIVE_RE.search(c.text)
    if m is None:
        return _passive_verb_last(c, mentions)
    by = _first_after(mentions, c.base + m.end(), c.f)
    if by is None:
        return None
    return by.drivers, owner_left(c, c.base + m.start(), close_any=False)


# "(Verstappen) werd in de twaalfde ronde door Leclerc ingehaald": the Dutch participle last
_BY_BEFORE_RE = re.compile(r"\bdoor\s+(?:de\s+|het\s+)?$")
_PARTICIPLE_AFTER_RE = re.compile(r"\s+(?:(?:werd|werden|is|was)\s+)?(?:ingehaald|gepasseerd)\b")


def _passive_verb_last(c: Clause, mentions: list[Mention]) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    if "ingehaald" not in c.text and "gepasseerd" not in c.text:
        return None
    for by in mentions:
        if by.group or not _PARTICIPLE_AFTER_RE.match(c.f, by.end):
            continue
        before = _BY_BEFORE_RE.search(c.f, max(c.base, by.start - 70), by.start)
        if before is not None:
            return by.drivers, owner_left(c, before.start(), close_any=False)
    return None


def _verb_first(c: Clause, mentions: list[Mention]) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """ "Sainz passeerde Pérez", "Hamilton dove past Bottas", "nam de leiding over van Leclerc"."""
    m = _VERB_RE.search(c.text)
    if m is None:
        return None
    verb_end = c.base + m.end()
    passed = _first_after(mentions, verb_end, c.f)
    if passed is None:
        return None
    after = [x for x in mentions if x.start >= verb_end]
    if (
        len(after) > 1
        and not [x for x in mentions if x.end <= c.base + m.start() and not x.is_object]
        and _GAP_RE.fullmatch(c.f, after[0].end, after[1].start)
    ):
        # "In ronde 12 passeerde Norris zijn teamgenoot Ricciardo": the verb, its subject, the driver passed
        return after[0].drivers, after[1].drivers
    return _passer(c, mentions, c.base + m.start()), passed.drivers


def _around(c: Clause, mentions: list[Mention]) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """ "haalde Pérez in", "ging Norris voorbij", "In ronde 5 haalde Hamilton Bottas in"."""
    f = c.f
    for a in _AROUND_RE.finditer(c.text):
        verb_end = c.base + a.end()
        after = [x for x in mentions if x.start >= verb_end]
        if not after or not _GAP_RE.fullmatch(f, verb_end, after[0].start):
            continue
        if len(after) > 1 and _GAP_RE.fullmatch(f, after[0].end, after[1].start):
            # the verb, then its subject, then the driver passed
            if _PARTICLE_RE.match(f, after[1].end):
                return after[0].drivers, after[1].drivers
            continue
        if _PARTICLE_RE.match(f, after[0].end):
            return _passer(c, mentions, c.base + a.start()), after[0].drivers
    return None


def _passer(c: Clause, mentions: list[Mention], verb: int) -> tuple[str, ...]:
    """The driver who passed: the one named before the verb, else the clause's subject."""
    left = [m for m in mentions if m.end <= verb and not m.is_object]
    if left:
        return left[-1].drivers
    return owner_left(c, verb, close_any=False)
