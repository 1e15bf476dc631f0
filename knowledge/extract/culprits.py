"""Who caused a crash or collision, as an article states it: "Bottas was de grote schuldige", "veroorzaakte
een kettingbotsing", "caused the collision", "was to blame".

The fact is kind "culprit": ``driver`` the one driver the clause is about. Its moment ("bij de start") is
read like a crash's (``knowledge.extract.moments``). An opinion or a claim ("volgens Hamilton was
Verstappen de schuldige", "Hamilton blamed Verstappen", "accused"), a denial ("was niet de schuldige",
"was not to blame") and a question give none, and neither does a cause that is no incident ("caused a red
flag", "veroorzaakte een rode vlag").
"""

from __future__ import annotations

import re

from knowledge.extract.context import Clause
from knowledge.extract.incidents import clause_subject
from knowledge.extract.model import Fact
from knowledge.extract.phrases import Phrases, alt

_INCIDENT_NL = r"(?:\w+ ){0,2}?(?:botsing|crash|aanrijding|ongeval|ongeluk|kettingbotsing|startcrash)\w*"
_INCIDENT_EN = r"(?:\w+ ){0,2}?(?:collision|crash|accident|pile-?up|clash|shunt)\b"

NL: Phrases = {
    "culprit": (
        r"(?:was|is|bleek) (?:\w+ )?(?:de )?(?:grote |hoofd)?schuldige\b",
        rf"veroorzaakte\w* (?:de |een |het )?{_INCIDENT_NL}",
        rf"(?:was|is) schuldig aan (?:de |een |het )?{_INCIDENT_NL}",
        r"kreeg (?:\w+ )?de schuld",
    ),
    "not": (
        r"niet",
        r"geen",
        r"nooit",
        r"zou\w*",
        r"vond\w*",
        r"vindt",
        r"volgens",
        r"beschuldig\w*",
        r"als",
        r"meende\w*",
        r"vrees\w*",
        # what one driver said of another is a claim ("Verstappen zei dat Leclerc schuldig was")
        r"zei",
        r"zegt",
        r"stelde",
    ),
}
EN: Phrases = {
    "culprit": (
        r"(?:was|is) (?:\w+ )?(?:the )?(?:main |chief )?culprit\b",
        rf"(?:caused|triggered|sparked|initiated) (?:the |a |an )?{_INCIDENT_EN}",
        # "Leclerc - who initiated the contact by lunging up the inside -"
        r"(?:initiated|triggered|caused) (?:the |that )?contact\b",
        r"(?:was|is) (?:\w+ )?(?:to blame|at fault)\b",
        rf"(?:was|is) blamed for (?:the |a |an )?{_INCIDENT_EN}",
    ),
    "not": (
        r"not",
        r"n't",
        r"never",
        r"would",
        r"accus\w*",
        r"claim\w*",
        r"felt",
        r"thinks?",
        r"believe\w*",
        r"according",
        r"if",
        # ("Verstappen said that Leclerc was to blame": his claim, and not about himself)
        r"sa(?:id|ys)",
        r"insist\w*",
        r"reckon\w*",
        r"suggest\w*",
    ),
}

CULPRIT_RE = re.compile(r"\b(?:" + alt(NL["culprit"], EN["culprit"]) + r")")
_NOT_RE = re.compile(r"\b(?:" + alt(NL["not"], EN["not"]) + r")\b")
_GATE = ("schuld", "veroorzaak", "caused", "triggered", "sparked", "initiated", "culprit", "blame", "fault")


def culprits(c: Clause) -> list[Fact]:
    """The one driver the clause says caused a crash or collision."""
    clause = c.text
    if not any(w in clause for w in _GATE):
        return []  # the substring test spares the patterns for the many clauses without a culprit
    if not CULPRIT_RE.search(clause) or _NOT_RE.search(c.f) or c.f.rstrip().endswith("?"):
        return []
    who = clause_subject(c)
    if len(who) != 1:
        return []
    return [Fact("culprit", who[0], c.index, session="race")]
