"""Knock-outs in qualifying: the part of qualifying a driver went out in ("strandde in Q2", "werd in Q1
uitgeschakeld", "knocked out in Q1", "failed to make it out of Q2"). The fact is kind "knockout" with the
part in ``detail`` ("Q1", "Q2"); a driver who reached Q3 was knocked out nowhere.
"""

from __future__ import annotations

import re

from knowledge.extract.clauses import group_ending_at, owner_left, subject_group
from knowledge.extract.context import Clause
from knowledge.extract.model import Fact
from knowledge.extract.phrases import Phrases, alt

NL: Phrases = {
    # the verb before the part: "strandde in Q2", "ging eruit in Q1"
    "out_before": (
        r"strand\w*",
        r"uitgeschakeld",
        r"(?:ging|gaat|vloog|viel) (?:\w+ ){0,2}(?:eruit|af|uit)",
        r"eruit",
        r"afgevallen",
        # "sneuvelden meteen al in Q1", "moesten in Q1 al afhaken"
        r"sneuvel\w*",
        r"(?:moest|moesten) (?:\w+ ){0,2}afhaken",
    ),
    # the verb after the part: "werd in Q1 uitgeschakeld", "in Q2 gestrand"
    "out_after": (
        r"uitgeschakeld",
        r"gestrand",
        r"afgevallen",
        r"strandde",
        r"eruit",
        r"gesneuveld",
        r"afhaken",
    ),
}
EN: Phrases = {
    "out_before": (
        r"knocked out",
        r"eliminated",
        r"dropped out",
        r"(?:was|were|is|went) out",
        r"failed to (?:make it out of|progress (?:from|beyond|past)|get out of|escape)",
        r"(?:fell|bowed) out",
        r"fell(?= in q[12]\b)",  # "Alonso, Stroll and Sargeant fell in Q1"
        r"exit(?:ed)?",
    ),
    "out_after": (r"exit", r"elimination", r"knock-?out"),
}

# A sentence telling an early part of qualifying ("In Q1 ...", "in het tweede deel van de kwalificatie") makes
# the places of its paragraph that part's; the last part ("Q3", "het beslissende deel") ends it.
NL["early_part"] = (
    r"q[12]",
    r"(?:eerste|tweede) (?:kwalificatie)?(?:deel|gedeelte|sessie)(?: van de kwalificatie)?",
)
# (not the way into it: "doorstoten naar Q3", "een plaatsje in Q3", "made it into Q3" are told of Q2)
_INTO_LAST = "".join(
    f"(?<!{w} )"
    for w in ("naar", "to", "into", "plaatsje in", "plekje in", "plek in", "plaats in", "spot in")
)
NL["last_part"] = (
    _INTO_LAST + r"q3",
    r"(?:laatste|derde|beslissende) (?:deel|gedeelte|sessie|kwalificatiegedeelte)(?: van de kwalificatie)?",
    r"(?:strijd|gevecht) om (?:de )?pole\w*",  # "Vervolgens kon de strijd om de pole losbarsten"
)
EN["early_part"] = (r"q[12]", r"(?:first|second) (?:part|segment|session) of qualifying")
EN["last_part"] = (
    _INTO_LAST + r"q3",
    r"(?:fight|battle|shootout) for pole\w*",
    r"(?:final|last|third|deciding) (?:part|segment|session) of qualifying",
)
_EARLY_PART_RE = re.compile(r"\b(?:" + alt(NL["early_part"], EN["early_part"]) + r")\b")
_LAST_PART_RE = re.compile(r"\b(?:" + alt(NL["last_part"], EN["last_part"]) + r")\b")
# "ging als vijfde naar Q3", "went through to Q2 in third": a place on the way to the next part
TO_NEXT_PART_RE = re.compile(r"\b(?:naar|to|into|door naar|through to) q[23]\b")


def names_early_part(f: str) -> bool | None:
    """Whether folded sentence ``f`` tells an early part of qualifying (True), the last part (False), or
    neither (None)."""
    if _LAST_PART_RE.search(f):
        return False
    if _EARLY_PART_RE.search(f):
        return True
    return None


# a part of qualifying by its words: "het eerste deel", "after the first session"
_PART_WORDS = r"(?:deel|gedeelte|sessie|kwalificatiesessie|part|segment|session)"
_PART_TOLD_RES = (
    ("Q1", re.compile(r"\bq1\b|\b(?:eerste|first) " + _PART_WORDS + r"\b")),
    # (not the way into it: "wist door te stoten naar Q2" is told of Q1)
    ("Q2", re.compile(_INTO_LAST + r"\bq2\b|\b(?:tweede|second) " + _PART_WORDS + r"\b")),
    ("Q3", _LAST_PART_RE),
)


def part_told(f: str) -> str | None:
    """The one part of qualifying folded sentence ``f`` tells of ("Q1", "Q2", "Q3"); None for none or more."""
    told = [name for name, rx in _PART_TOLD_RES if rx.search(f)]
    return told[0] if len(told) == 1 else None


NL["listed_out"] = (
    # "De afvallers: Hartley, Gasly ...", "De afvallers waren ..."
    r"(?:de )?afvallers\s*(?:waren|zijn|:)",
    # "De uitvallers (in Q1) waren ...": those who dropped out of that part
    r"(?:de )?uitvallers(?: in q[12])?\s*(?:waren|zijn|:)",
    r"uitgeschakeld (?:werden|waren|zijn)\s*:?",
    # "De kwalificatie zat er wel op voor Latifi, Aitken, ..."
    r"(?:zat|zit) de kwalificatie (?:er )?(?:\w+ )?op voor",
    r"(?:zat|zit) de kwalificatie (?:\w+ )?erop voor",
    r"de kwalificatie (?:zat|zit) (?:er )?(?:\w+ )?op voor",
    r"de kwalificatie (?:zat|zit) (?:\w+ )?erop voor",
)
EN["listed_out"] = (
    # "Eliminated from qualifying after the first session were: Latifi, ...", "Knocked out were ..."
    r"(?:knocked out|eliminated|out)(?: (?:from|of) qualifying)?(?: (?:after|in) the (?:first|second) "
    + _PART_WORDS
    + r")? (?:were|are)\s*:?",
    r"(?:those|the drivers|the cars) (?:knocked out|eliminated)(?: \w+){0,4} (?:were|are)\s*:?",
)
_LISTED_OUT_RE = re.compile(r"\b(?:" + alt(NL["listed_out"], EN["listed_out"]) + r")")

_PART = r"(q[12])\b"
_OUT_BEFORE_RE = re.compile(
    r"\b(?:"
    + alt(NL["out_before"], EN["out_before"])
    + r")\s+(?:\w+\s+){0,2}?(?:in|of|from|beyond|past)?\s*"
    + _PART
)
_OUT_AFTER_RE = re.compile(r"\bin\s+" + _PART + r"\s+(?:\w+\s+){0,2}?(?:" + alt(NL["out_after"]) + r")\b")
# "In Q2 verloren we Norris", "in Q1 we lost Perez": the part first, then whom the session lost
# "Na Q1 viel het doek voor Latifi, Mazepin en Russell", "Na Q1 zat de kwalificatie erop voor ..."
_LOST_IN_RE = re.compile(
    r"\b(?:in|na|after)\s+"
    + _PART
    + r"\s*,?\s+(?:(?:verloren|verliezen|verloor)\s+(?:we|wij|ze)|(?:we|they) lost"
    r"|(?:viel|valt) het doek voor|(?:zat|zit) (?:de kwalificatie|het) (?:er )?(?:al )?op voor"
    r"|(?:zat|zit) (?:de kwalificatie|het) erop voor|was het (?:klaar|gedaan|over) voor"
    r"|(?:it was|it's) (?:over|all over) for"
    # "In Q1 sneuvelden Alonso en Stroll", "In Q1 vielen Alonso, Hülkenberg en Sargeant af"
    r"|sneuvelde|sneuvelden|strandde|strandden|(?:viel|vielen)(?=\s[^.;]*\b(?:af|eruit)\s*[.;]?\s*$))\b"
)
_INVERTED_RE = re.compile(r"\s*(?:were|was|are|is|waren|werden|zijn|:)\s*")
_DENIED_RE = re.compile(r"\b(?:niet|geen|niemand|not|no|nobody|none)\b")  # "verloren we Norris niet"
_PART_NOUN_RE = re.compile(r"\b" + _PART + r"[- ](?:" + alt(EN["out_after"]) + r")\b")  # "a Q1 exit"
# "Eerst Q1, waarin Pérez werd uitgeschakeld", "Q2, in which Norris was eliminated": the part is named before
# the relative clause that tells who went out in it.
_PART_BEFORE_RE = re.compile(r"\b" + _PART + r"\s*,\s*$")
_RELATIVE_RE = re.compile(r"(?:waarin|in which|where)\b")
_OUT_VERB_RE = re.compile(
    r"\b(?:" + alt(NL["out_before"], NL["out_after"], EN["out_before"], EN["out_after"]) + r")\b"
)
# "overleefde maar nipt Q1", "made it through Q1", "reached Q3": the part he got through, no knock-out
_NOT_RE = re.compile(
    r"\b(?:overleef\w*|survived?|made it (?:through|into)|through to|door naar|bereikte|reached|doorstoten|"
    # "sneuvelde bijna in Q1", "nearly went out in Q1": he did not
    r"bijna|nearly|almost)\b"
)


def knockout(c: Clause) -> list[Fact]:
    """The part of qualifying the clause's driver went out in."""
    clause = c.text
    if "q1" not in clause and "q2" not in clause:
        # (the substring tests spare the patterns for most clauses)
        return _knockout_in_relative(c) or _knockout_listed(c)
    lost = _LOST_IN_RE.search(clause)
    if lost is not None and not _NOT_RE.search(clause) and not _DENIED_RE.search(clause, lost.end()):
        # "In Q2 verloren we dan weer Lando Norris en Carlos Sainz": the drivers lost are named after the verb
        after = [x for x in c.mentions if x.start >= c.base + lost.end() and not x.group]
        part = lost.group(1).upper()
        return [_out(d, c.index, part) for x in after for d in x.drivers]
    m = _OUT_BEFORE_RE.search(clause) or _OUT_AFTER_RE.search(clause) or _PART_NOUN_RE.search(clause)
    if m is None:
        return _knockout_listed(c)  # "De uitvallers in Q1 waren ...": the part named in the list's words
    if _NOT_RE.search(clause):
        return []
    part = m.group(1).upper()
    # (the list runs over the commas that cut the clause: the sentence's names)
    after = [x for x in c.sentence.mentions if x.start >= c.base + m.end() and not x.group]
    if after and _INVERTED_RE.fullmatch(c.f, c.base + m.end(), after[0].start):
        # "Knocked out in Q2 were Lawson, Ocon, Magnussen, Gasly and Albon": the names after the verb
        who = subject_group(after, c.f)
        return [_out(d, c.index, part) for d in who]
    if not [x for x in c.mentions if not x.is_object and not x.group]:
        return []  # only a driver this clause names ("Both Renaults were eliminated" names none it knows)
    who = owner_left(c, c.base + m.start(), close_any=False)
    before = [k for k, x in enumerate(c.mentions) if x.end <= c.base + m.start() and not x.group]
    if who and before and c.mentions[before[-1]].drivers == who[:1]:
        # "Lawson, Ocon, Magnussen, Gasly and Albon were knocked out in Q2": each of the list
        return [_out(d, c.index, part) for d in group_ending_at(c.mentions, before[-1], c.f)]
    return [_out(d, c.index, part) for d in who[:1]]


def _out(driver: str, index: int, part: str) -> Fact:
    """The knock-out of ``driver`` in ``part`` of qualifying ("Q1", "Q2")."""
    return Fact("knockout", driver, index, session="qualifying", detail=part)


def _knockout_listed(c: Clause) -> list[Fact]:
    """ "De afvallers: Hartley, Gasly, ... en Stroll", "Eliminated after the first session were: Latifi, ...":
    a list of those knocked out, in the part the clause names, or else the one the article last told of."""
    if not any(w in c.f for w in ("afvaller", "uitvaller", "uitgeschakeld", "kwalificatie", " were")):
        return []
    # (in the sentence: the colon after "De afvallers" closes the clause)
    m = _LISTED_OUT_RE.search(c.f, c.base, c.base + len(c.text) + 1)
    if m is None or _NOT_RE.search(c.text):
        return []
    part = part_told(c.f[c.base : m.end()]) or c.sentence.quali_part
    if part not in ("Q1", "Q2"):
        return []
    after = [x for x in c.sentence.mentions if x.start >= m.end() and not x.group]
    if not after or c.f[m.end() : after[0].start].strip(" :"):
        return []  # the names right after the words, nothing between
    who = subject_group(after, c.f)
    listed = [w for w in _LIST_SPLIT_RE.split(c.f[m.end() :].rstrip(" .")) if w.strip()]
    if len(who) < len(listed):
        return []  # a name the list holds that is no driver known: a part of the list would answer wrong
    return [_out(d, c.index, part) for d in who]


# the items of a list: "Latifi, debutant Aitken, Räikkönen en Fittipaldi"
_LIST_SPLIT_RE = re.compile(r",|\s(?:en|and)\s")


def _knockout_in_relative(c: Clause) -> list[Fact]:
    """ "Q1, waarin Pérez verrassend werd uitgeschakeld": the part is named just before the clause."""
    if not _RELATIVE_RE.match(c.text):
        return []
    before = _PART_BEFORE_RE.search(c.f, max(0, c.base - 12), c.base)
    m = _OUT_VERB_RE.search(c.text) if before else None
    if before is None or m is None or _NOT_RE.search(c.text):
        return []
    who = [x for x in c.mentions if not x.group and x.start < c.base + m.start()]
    if not who:
        return []
    return [_out(who[-1].drivers[0], c.index, before.group(1).upper())]
