"""A place held at a moment of the race: "na de eerste ronde lag Verstappen achtste", "at the end of the first
lap Russell had risen to P8", "by lap 15 the Mexican had muscled his way back to P11", "Leclerc behield
bij de start de leiding".

A fact of kind "moment": ``unit`` "place", ``detail`` the moment ("start" for the start and the opening lap,
"lap:N" for lap N), ``position`` the place. Only a question that asks that very moment is answered from it
("waar lag Max na ronde 1?"); a place at another moment, or his finish, is another question.

The driver, the verb of holding or reaching a place, the place and the moment stand together in one clause,
the moment at its head or right before or after the place: "Na de start lag Verstappen achtste", "Sainz lag
na ronde 1 derde", "Verstappen was eighth after the first lap", "After lap one, Verstappen was eighth".
Nothing else counts:

- a moment elsewhere in the clause, another moment beside it, or a word that moves the time on ("later",
  "uiteindelijk", "eventually") gives nothing ("after the start he was tenth, and fifth by lap 20", "na de
  start tiende, in ronde 20 vijfde");
- "at the start" / "bij de start" with a place held may be the grid ("bij de start lag hij achtste"): only a
  place reached ("viel bij de start terug naar P12", "took the lead at the start") is told then;
- a way back up told at the start ends later ("na de start knokte hij zich terug naar de vierde plaats"); a
  lap named is where it got to ("by lap 15 he had climbed back to eleventh");
- a place lost ("verloor de leiding bij de start") is not held; a wish or another year is dropped with the
  clause's status (``knowledge.extract.pipeline``).
"""

from __future__ import annotations

import re

from knowledge.extract import standings
from knowledge.extract.context import Clause
from knowledge.extract.laps import lap_ordinal
from knowledge.extract.model import LAST, Fact
from knowledge.extract.phrases import Phrases, SentenceGate, SentenceMemo, alt
from knowledge.text import ORDINAL_RE, ordinal_value

NL: Phrases = {
    # the start and the opening lap: one moment ("bij de start" only with a place reached: see "at_start")
    "opening": (
        r"(?:na|vlak na|direct na|meteen na|kort na) (?:de )?(?:start|eerste ronde|openingsronde)",
        r"bij (?:de )?(?:eerste ronde|openingsronde)",
        r"(?:bij|na|in|door|uit) de eerste bocht(?:en)?",
        r"(?:in|tijdens) de (?:eerste|openings) ?ronde",
        r"(?:in|na) (?:de )?openingsronde",
        r"(?:in|na|tijdens) ronde (?:1|een|één)",
        r"na (?:één|een) ronde",
        r"(?:aan|op) het (?:einde?|eind) van (?:de )?(?:eerste|openings) ?ronde",
    ),
    "at_start": (r"bij (?:de )?start",),
    "lap": (
        r"(?:in|na|op|tegen|rond|aan het einde van|aan het eind van) ronde (?P<n1>\d{1,2})",
        r"na (?P<n2>\d{1,2}) (?:ronden|rondes)",
        r"(?:in|na|tegen) de (?P<o1>\w+) ronde",
    ),
    "later": (
        r"later",
        r"daarna",
        r"vervolgens",
        r"uiteindelijk",
        r"halverwege",
        r"slotfase",
        r"slotronde\w*",
        r"laatste (?:ronde|ronden|rondes)",
        r"finish",
        r"over de (?:streep|meet)",
        r"herstart",
        r"pitstop\w*",
        r"bandenwissel\w*",
        r"safety ?car",
        r"tot (?:aan )?(?:de |het )?(?:einde|eind|vlag)",
    ),
    # a way back up, which ends later than the start it begins at
    "recovery": (
        r"(?:werkte|knokte|vocht|reed|vecht|werkt|knokt) (?:\w+ ){0,3}zich",
        r"herstel\w*",
        r"(?:klom|klimt|kwam|rukte|ging) (?:\w+ ){0,4}terug",
        r"opmars",
        r"inhaalrace",
    ),
    # a place held ("lag achtste"), reached ("viel terug naar P12") or the lead taken or kept
    "held": (r"lag", r"ligt", r"lagen", r"reed", r"rijdt", r"reden", r"bevond zich", r"zat"),
    "reached": (
        r"(?:viel|valt|zakte|zakt|tuimelde|kukelde|klom|klimt|schoof|schuift|kwam|komt|ging|dook|sprong|"
        r"schoot|rukte|stoomde)(?: (?:al|meteen|direct|zelfs|nog|dan))?",
        r"(?:werd|wordt) (?:\w+ )?(?:teruggeworpen|teruggedrongen|doorgeschoven)",
    ),
    "lead_verb": (
        r"behield",
        r"behoudt",
        r"hield",
        r"houdt",
        r"nam",
        r"neemt",
        r"greep",
        r"grijpt",
        r"pakte",
        r"pakt",
        r"veroverde",
        r"had",
    ),
    # a getaway told: the sentence is about the start ("was beter weg en greep de leiding")
    "getaway": (
        r"(?:beter|goed|sneller|slecht|slechter|best|snel|traag) weg",
        r"(?:goede|betere|slechte|sterke|vliegende|perfecte|matige|snelle|trage) start",
        r"(?:bliksem|raket|vliegende )start",
    ),
    # the lead without a place word: "leidde na de eerste ronde"
    "led": (r"leidde", r"leidt"),
    "lead": (
        r"(?:de )?(?:leiding|koppositie|kop)",
        r"op kop",
        r"aan (?:de )?kop",
        r"aan de leiding",
        r"voorop",
    ),
    "toward": (r"(?:terug |op |door |omhoog )?naar", r"als", r"op"),
    # "klom van P13 naar P9": where he came from, before the place reached
    "from": (r"van", r"vanaf"),
    "adverb": (
        r"nog",
        r"al",
        r"pas",
        r"slechts",
        r"maar",
        r"zelfs",
        r"toen",
        r"dan",
        r"even",
        r"weer",
        r"direct",
        r"meteen",
        r"onmiddellijk",
    ),
}
EN: Phrases = {
    "opening": (
        r"(?:just after|right after|shortly after|after) the (?:start|first corner|first turn)",
        r"(?:on|in|after|at the end of|by the end of|around|through) (?:the )?(?:opening|first) lap",
        r"(?:on|after|at the end of|by the end of) lap (?:1|one)",
        r"after (?:one|a single) lap",
        r"(?:out of|through|into|at) (?:the )?(?:first|opening) (?:corner|turn)s?",
        r"(?:out of|through|into|at) turn (?:1|one)",
    ),
    "at_start": (r"(?:at|off) the start", r"off the line"),
    "lap": (
        r"(?:on|by|after|at|around|at the end of|by the end of) lap (?P<n3>\d{1,2})",
        r"after (?P<n4>\d{1,2}) laps",
        r"(?:on|by) the (?P<o2>\w+) lap",
    ),
    "later": (
        r"later",
        r"eventually",
        r"ultimately",
        r"halfway",
        r"closing (?:laps|stages)",
        r"(?:final|last) laps?",
        r"finish\w*",
        r"(?:chequered|checkered) flag",
        r"restart",
        r"pit ?stops?",
        r"stops?",
        r"safety car",
        r"until",
    ),
    "recovery": (
        r"recover\w*",
        r"(?:fought|battled|charged|worked|clawed|made) (?:\w+ ){0,2}(?:back|way|up)",
        r"(?:climbed|came|moved) (?:\w+ ){0,2}back",
        r"comeback",
    ),
    "held": (
        r"(?:was|is)(?: (?:running|lying|sitting|up|down|back|already|only|still|now))?",
        r"ran",
        r"sat",
        r"lay",
        r"found (?:himself|herself)",
        r"end(?:ed|ing) up",
    ),
    "reached": (
        r"(?:had |has )?(?:been )?(?:managed to |was able to )?(?:rise|rose|risen|climb|move|jump|drop|fall|"
        r"slip|get) (?:up |back |down )?(?:to|into)",
        r"(?:had |has )?(?:been )?(?:risen|rose|climbed|moved|jumped|dropped|fallen|fell|slipped|slid|gone|"
        r"went|surged|shot|leapt|leaped|got|muscled|fought|worked|clawed|charged|powered|pushed|drove|gained|"
        r"\w+ (?:his|her) way)(?: (?:his|her) way)?(?: (?:back|up|down|forward|through))*",
        r"(?:was|were) (?:shuffled|pushed|demoted|promoted)(?: (?:back|up|down))?",
    ),
    "lead_verb": (
        r"(?:had |has )?(?:kept|keeps|held|holds|took|takes|taken|retained|retains|grabbed|snatched|seized|"
        r"claim(?:s|ed)?)",
        r"had",
        r"(?:held|holds) on to",
    ),
    "getaway": (
        r"(?:great|good|better|best|poor|bad|strong|brilliant|super|fast|slow|superb|fantastic|lightning) "
        r"(?:start|getaway|launch)",
        r"got away (?:well|better|badly|cleanly)",
    ),
    "led": (r"led", r"leads", r"(?:was|were) leading"),
    "lead": (r"the lead", r"in the lead", r"in front", r"at the front"),
    "toward": (r"(?:to|into|in)",),
    "from": (r"from",),
    "adverb": (
        r"still",
        r"already",
        r"only",
        r"just",
        r"then",
        r"back",
        r"up",
        r"down",
        r"immediately",
        r"straight",
    ),
}

# "at the start of lap 5", "na de start van het seizoen": not the race's start
# ("na de start van de race" is the start; "na de start van zijn inhaalrace" another moment; "zakte na de
# start van P2 naar P4": where he came from, the place after it)
_START_OF = (
    r"(?![\w-])(?!\s+(?:of|van)\s+(?!(?:the|de|het)\s+(?:race|wedstrijd|grand prix|gp|sprint)\b"
    r"|(?:de\s+|the\s+)?(?:" + ORDINAL_RE + r")\s+(?:naar|to)\b))"
)
_OPENING_RE = re.compile(r"(?<![\w-])(?:" + alt(NL["opening"], EN["opening"]) + ")" + _START_OF)
_AT_START_RE = re.compile(r"(?<![\w-])(?:" + alt(NL["at_start"], EN["at_start"]) + ")" + _START_OF)
_LAP_RE = re.compile(r"(?<![\w-])(?:" + alt(NL["lap"], EN["lap"]) + r")(?![\w-])")
_GETAWAY_RE = re.compile(r"(?<![\w-])(?:" + alt(NL["getaway"], EN["getaway"]) + r")(?![\w-])")
_LATER_RE = re.compile(r"(?<![\w-])(?:" + alt(NL["later"], EN["later"]) + r")(?![\w-])")
_RECOVERY_RE = re.compile(r"(?<![\w-])(?:" + alt(NL["recovery"], EN["recovery"]) + r")(?![\w-])")
# The words every moment phrase holds: a clause without any is not looked at further.
_GATE = ("start", "ronde", "lap", "bocht", "corner", " turn", "the line")


def _unnamed(pattern: str) -> str:
    """``pattern`` without its group names, to be used more than once in one pattern."""
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


# any moment at all: one pass, before the patterns that tell which
_ANY_MOMENT_RE = re.compile(
    r"(?<![\w-])(?:"
    + _unnamed(alt(NL["opening"], NL["at_start"], NL["lap"], EN["opening"], EN["at_start"], EN["lap"]))
    + r")"
)


_MOMENT = (
    "(?:(?:"
    + alt(NL["opening"], NL["at_start"], EN["opening"], EN["at_start"])
    + ")"
    + _START_OF
    + "|"
    + _unnamed(alt(NL["lap"], EN["lap"]))
    + r"(?![\w-]))"
)
_VERB = (
    r"(?:(?P<held>"
    + alt(NL["held"], EN["held"])
    + r")|(?P<reached>"
    + alt(NL["reached"], EN["reached"])
    + r")|(?P<lead_verb>"
    + alt(NL["lead_verb"], EN["lead_verb"])
    + r")|(?P<led>"
    + alt(NL["led"], EN["led"])
    + r"))"
)
_ADVERBS = r"(?:(?:" + alt(NL["adverb"], EN["adverb"]) + r")\s+){0,2}"
_PLACE = (
    r"(?:(?:"
    + alt(NL["from"], EN["from"])
    + r")\s+(?:de\s+|the\s+)?(?:"
    + ORDINAL_RE
    + r")\s+)?"
    + r"(?:(?:"
    + alt(NL["toward"], EN["toward"])
    + r")\s+)?(?:(?:de|het|een|the)\s+)?(?:(?P<ord>"
    + ORDINAL_RE
    + r"|laatste|last)(?:\s+(?:plaats|plek|positie|stek|place|position|spot))?|(?P<lead>"
    + alt(NL["lead"], EN["lead"])
    + r"))(?![\w-])"
    # "was in ronde 26 de eerste van de top zes die stopte", "came in first to pit": first of some group
    + r"(?!\s+(?:van|of|om|to|die|who|that|die|met|with)\b)"
)
# "Na de eerste ronde lag Verstappen | achtste": the moment and the verb before the driver (Dutch word order)
_HEAD_BEFORE_RE = re.compile(r"(?P<mom>" + _MOMENT + r")\s*,?\s+" + _ADVERBS + _VERB + r"\s+$")
# "At the end of the first lap | Russell | had risen to P8": the moment before the driver, the verb after
_MOMENT_BEFORE_RE = re.compile(r"(?P<mom>" + _MOMENT + r")\s*,?\s+$")
_BRACKET = r"(?:\s*\([^()]{0,40}\))?"  # "Leclerc (who started from P2) led after the first corner"
_AFTER_RE = re.compile(_BRACKET + r"\s+" + _ADVERBS + _VERB + r"(?:\s+" + _ADVERBS + _PLACE + ")?")
# "Verstappen | lag na de eerste ronde nog achtste", "viel in het vuil bij de start terug naar de 3e plaats":
# the moment between the verb and the place
_INNER_RE = re.compile(
    _BRACKET
    + r"\s+"
    + _ADVERBS
    + _VERB
    + r"(?:\s+[\w'-]+){0,3}?\s+(?P<mom>"
    + _MOMENT
    + r")(?:\s*,?\s+"
    + _ADVERBS
    + _PLACE
    + ")?"
)
# a clause of just a moment, before the clause a comma cut off from it
_OPENING_PHRASE_RE = re.compile(r"(?:^|[.;:!?]\s*)(?P<mom>" + _MOMENT + r")\s*,\s*$")
_PLACE_AFTER_RE = re.compile(r"(?:\s+" + _ADVERBS + _PLACE + ")?")
# "... achtste | na de eerste ronde", "... eighth | after the first lap": the moment right after the place
_MOMENT_AFTER_RE = re.compile(r"\s*,?\s+(?P<mom>" + _MOMENT + r")(?![\w-])")


def _moments(text: str) -> set[str]:
    """The moments the folded ``text`` names: "start" (the start or the opening lap), "lap:N"."""
    if not any(w in text for w in _GATE) or not _ANY_MOMENT_RE.search(text):
        return set()  # (one pass over the clause for the many that name no moment)
    found = {"start" for _ in _OPENING_RE.finditer(text)} | {"start" for _ in _AT_START_RE.finditer(text)}
    rest = _OPENING_RE.sub(lambda m: " " * len(m.group(0)), text)
    for m in _LAP_RE.finditer(rest):
        g = {k: v for k, v in m.groupdict().items() if v}
        number = next(iter(g.values()), "")
        lap = int(number) if number.isdigit() else lap_ordinal(number)
        if lap is not None and 0 < lap < 100:
            found.add("start" if lap == 1 else f"lap:{lap}")
    return found


def moment_asked(text: str) -> str | None:
    """The one moment of the race the folded question ``text`` names ("start", "lap:N"), else None."""
    told = _moments(text)
    return next(iter(told)) if len(told) == 1 else None


def _place(m: re.Match[str]) -> int | None:
    if m.group("lead"):
        return 1
    token = m.group("ord")
    if token in ("laatste", "last"):
        return LAST
    return ordinal_value(token)


# The words a moment or a getaway holds, checked once per sentence: most sentences have none.
_SENTENCE_GATE = SentenceGate((*_GATE, "weg ", "weg,", "weg.", "getaway", "launch", "got away"))


def _sentence_names_moment(f: str) -> bool:
    return bool(_moments(f))


def _sentence_about_getaway(f: str) -> bool:
    """Whether the folded sentence tells a getaway and no other moment."""
    return bool(
        _GETAWAY_RE.search(f)
        and not _names_moment(f)
        and not _LATER_RE.search(f)
        and not standings.CHAMP_RE.search(f)  # ("took the lead in the championship")
    )


# (read once per sentence: its clauses share it)
_names_moment = SentenceMemo(_sentence_names_moment)
_about_the_getaway = SentenceMemo(_sentence_about_getaway)


def places_at(c: Clause) -> list[Fact]:
    """The places the clause says its drivers held at a moment of the race."""
    if not _SENTENCE_GATE(c.f):
        return []
    clause = c.text
    told = _moments(clause)
    opening = None
    if not told and c.base and _names_moment(c.f):
        opening = _OPENING_PHRASE_RE.search(c.f, 0, c.base)
    if opening is not None:
        # "At the end of lap one, Norris had climbed to fifth": a moment alone before the comma
        told = _moments(opening.group("mom"))
    if len(told) > 1 or _LATER_RE.search(clause):
        return []  # two moments, or a time moved on: which place was when stays open
    if not told:
        # "Hamilton was beter weg en greep de leiding": a place reached in a sentence about the getaway
        return _reached_at_getaway(c) if _about_the_getaway(c.f) else []
    moment = next(iter(told))
    if moment == "start" and _RECOVERY_RE.search(clause):
        return []  # a way back up from the start ends later
    f, end = c.f, c.base + len(clause)
    out: list[Fact] = []
    for who, at, before in _doers(c):
        head = _HEAD_BEFORE_RE.search(before)
        if head is not None:
            # "Na de eerste ronde lag Verstappen achtste", "Bij de start viel Hamilton terug naar P12"
            verb, place = head, _PLACE_AFTER_RE.match(f, at, end)
            mom = head.group("mom")
        elif (inner := _INNER_RE.match(f, at, end)) is not None and (
            inner.group("ord") or inner.group("lead") or inner.group("led")
        ):
            verb, place, mom = inner, inner, inner.group("mom")
        elif (after := _AFTER_RE.match(f, at, end)) is not None:
            verb = place = after
            lead_in = opening or _MOMENT_BEFORE_RE.search(before)
            tail = _MOMENT_AFTER_RE.match(f, after.end(), end)
            if (lead_in is None) == (tail is None):
                continue  # the moment is not right at the place (or is on both sides)
            mom = (lead_in or tail).group("mom")  # type: ignore[union-attr]
        else:
            continue
        position = _position(verb, place)
        if position is None or (_AT_START_RE.fullmatch(mom) and verb.group("held")):
            continue  # ("bij de start lag hij achtste": where he started, or just after)
        out.append(_fact(who, c.index, position, moment))
    return out


def _doers(c: Clause) -> list[tuple[str, int, str]]:
    """The drivers the clause may place, each with where its verb is looked for and the clause's words
    before it: each driver named (not an object or a group), else the one carried on when the verb opens the
    clause ("..., maar nam bij de start direct de leiding")."""
    named = [
        (m.drivers[0], m.end, c.f[c.base : m.start])
        for m in c.mentions
        if not m.group and not m.is_object and len(m.drivers) == 1
    ]
    if named or c.mentions:
        return named
    if len(c.subject) == 1 and c.base > 0 and not _OTHER_SUBJECT_RE.search(c.f, 0, c.base):
        # (not after "maar laatstgenoemde verdedigde ... en behield de leiding", whose subject no name tells)
        return [(c.subject[0], c.base - 1, "")]
    return []


def _reached_at_getaway(c: Clause) -> list[Fact]:
    """ "..., maar Hamilton was beter weg en greep de leiding": a place reached (not one held: "a good start,
    he was fifth" may be later) by the clause's one driver, named first or carried on."""
    doers = _doers(c)
    if len(doers) != 1 or doers[0][2].strip(" ,"):
        return []  # one driver, opening the clause
    who, at, _ = doers[0]
    end = c.base + len(c.text)
    m = _AFTER_RE.match(c.f, at, end)
    if m is None or m.group("held") or (m.end() < end - 1 and not _CLAUSE_END_RE.match(c.f, m.end(), end)):
        return []
    position = _position(m, m)
    return [] if position is None else [_fact(who, c.index, position, "start")]


_OTHER_SUBJECT_RE = re.compile(
    r"\b(?:laatstgenoemde|eerstgenoemde|the latter|the former|polesitter|poleman|pole-sitter|leider|leader)\b"
)
_CLAUSE_END_RE = re.compile(r"\s*(?:[,.;:!]|$|\s+(?:voor|ahead of|van|from|op|in|bij|at)\b)")


def _position(verb: re.Match[str], place: re.Match[str] | None) -> int | None:
    if verb.group("led"):
        return 1 if place is None or not place.group("ord") else None
    if place is None or not (place.group("ord") or place.group("lead")):
        return None
    if verb.group("lead_verb") and not place.group("lead"):
        return None  # ("nam de derde plaats": a pass, not the lead kept; see overtakes)
    return _place(place)


def _fact(driver: str, sentence: int, position: int, moment: str) -> Fact:
    return Fact("moment", driver, sentence, position=position, unit="place", detail=moment)
