"""The corner of an event, told in the same part of the clause as the event: "crashte in bocht 15", "spun at
Turn 4", "collided at the chicane", "in de muur bij de Tarzanbocht", "hit the barrier at La Source".

A corner is a detail of a crash, collision or retirement the other families found (as a lap is, in
``knowledge.extract.laps``); this helper adds a fact of kind "corner" beside it: ``driver`` and ``others``
the event's, ``detail`` the event's kind, ``other_label`` the corner, "turn:15" for a numbered one, else its
name ("La Source", "the chicane"). A corner in another part of the clause ("nadat hij in bocht 3 was
aangetikt, viel hij uit"), a clause with two corners, and a corner a driver was only near give nothing (a
corner phrase needs a word of being there: "in", "bij", "at", "into", not "approaching Turn 1" or "op weg
naar bocht 1").
"""

from __future__ import annotations

import re

from knowledge.extract.context import Clause
from knowledge.extract.incidents import CRASH_RE, RETIRE_RE
from knowledge.extract.laps import COLLIDE_RE, clause_part, detail_of
from knowledge.extract.model import Fact, moved
from knowledge.extract.phrases import Phrases, alt

# The corners fans name by name, as folded text writes them (the label keeps the first spelling's words).
NAMED = (
    "eau rouge",
    "raidillon",
    "la source",
    "blanchimont",
    "bus stop",
    "tarzanbocht",
    "tarzan",
    "hugenholtzbocht",
    "hugenholtz",
    "arie luyendijkbocht",
    "scheivlak",
    "copse",
    "maggotts",
    "becketts",
    "stowe",
    "luffield",
    "parabolica",
    "ascari",
    "lesmo",
    "tamburello",
    "rivazza",
    "acque minerali",
    "piratella",
    "sainte devote",
    "massenet",
    "mirabeau",
    "loews",
    "portier",
    "tabac",
    "rascasse",
    "swimming pool",
    "wall of champions",
    "muur der kampioenen",
    "spoon",
    "130r",
    "degner",
    "senna s",
)
NL: Phrases = {
    # the corner an event happened in: "in bocht 15", "bij de chicane", "uit de laatste bocht"
    "corner": (
        r"(?:in|bij|door|uit|na|op|aan) (?:de )?(?:uitgang van |ingang van |exit van )?(?:de )?bocht "
        r"(?P<num1>\d{1,2})",
        r"(?:in|bij|door|uit|na|op|aan) (?:de )?(?:uitgang van |ingang van )?(?:de )?(?P<named1>"
        + alt(NAMED)
        + r")(?:[- ]?bocht)?",
        r"(?:in|bij|door|uit|op) (?:de )?"
        r"(?P<chicane1>chicane|haarspeldbocht|haarspeld|(?:eerste|laatste) bocht)",
    ),
}
EN: Phrases = {
    "corner": (
        r"(?:at|in|into|through|on|out of|exiting|the exit of|the entry to|on the exit of|coming out of) "
        r"(?:the )?turn (?P<num2>\d{1,2})",
        r"(?:at|in|into|through|on|out of|exiting|the exit of) (?:the )?(?P<named2>" + alt(NAMED) + r")"
        r"(?: hairpin| corner| chicane)?",
        r"(?:at|in|into|through|out of|exiting) the (?P<chicane2>chicane|hairpin|(?:first|final|last) "
        r"(?:corner|chicane|turn))",
    ),
}

#: the corners a label names by a common noun, not a name ("the chicane", "de laatste bocht")
CORNER_NOUNS = frozenset(
    {
        "chicane",
        "hairpin",
        "haarspeld",
        "haarspeldbocht",
        "first corner",
        "final corner",
        "last corner",
        "first chicane",
        "final chicane",
        "last chicane",
        "first turn",
        "final turn",
        "last turn",
        "eerste bocht",
        "laatste bocht",
    }
)
_CORNER_RE = re.compile(r"\b(?:" + alt(NL["corner"], EN["corner"]) + r")\b")
_EVENT_RES = {"retirement": RETIRE_RE, "crash": CRASH_RE, "collision": COLLIDE_RE}
_GATE = ("bocht", "turn", "chicane", "hairpin", "haarspeld", *NAMED)


def _label(m: re.Match[str]) -> str:
    """The corner a match names: "turn:15", or its name ("la source", "chicane", "final corner")."""
    g = {k: v for k, v in m.groupdict().items() if v}
    for k, v in g.items():
        if k.startswith("num"):
            return f"turn:{int(v)}"
        return v
    return ""


def corners(c: Clause, facts: list[Fact]) -> list[Fact]:
    """A "corner" fact for each retirement, crash or collision of ``facts`` whose corner the clause tells in
    the same part as the event's own word."""
    events = [x for x in facts if x.kind in _EVENT_RES and x.sentence == c.index]
    if not events:
        return []  # (most clauses tell no crash, collision or retirement)
    clause = c.text
    if not any(w in clause for w in _GATE):
        return []  # the substring test spares the patterns for the many clauses without a corner
    found = list(_CORNER_RE.finditer(clause))
    if len({_label(m) for m in found}) != 1:
        return []  # no corner, or two in one clause: which is whose stays open
    m = found[0]
    a, b = clause_part(clause, m.start(), m.end())
    part = clause[a:b]
    label = _label(m)
    # the one it happened to is named in that part too (by name or pronoun): "after Q3 was stopped for a
    # Norris crash at Eau Rouge" is no corner of the one the sentence is about
    named = {d for x in c.sentence.mentions if c.base + a <= x.start < c.base + b for d in x.drivers}
    return [
        detail_of(x, "corner", other_label=label)
        for x in events
        if _EVENT_RES[x.kind].search(part) and x.driver in named
    ]


def follow_events(facts: list[Fact]) -> list[Fact]:
    """``facts`` with each "corner" fact set to the race, session and status its event was given after the
    clause was read (a crash "in Q1" is of qualifying), and without those whose event was dropped."""
    events = {(x.sentence, x.driver, x.kind): x for x in facts if x.kind in _EVENT_RES}
    out: list[Fact] = []
    for x in facts:
        if x.kind != "corner":
            out.append(x)
            continue
        event = events.get((x.sentence, x.driver, x.detail or ""))
        if event is not None:
            out.append(
                moved(x, session=event.session, grand_prix=event.grand_prix, season=event.season,
                      status=event.status)
            )
    return out


def corner_words(label: str, lang: str) -> str:
    """A corner's label as a reply names it: "Turn 15" / "bocht 15", "the chicane" / "de chicane", "La
    Source"."""
    if label.startswith("turn:"):
        return ("Turn " if lang == "en" else "bocht ") + label[5:]
    if label in CORNER_NOUNS:
        return ("the " if lang == "en" else "de ") + label
    return " ".join(w[:1].upper() + w[1:] for w in label.split())
