"""Causes told beside an event in its own sentence, whatever the event's verb.

A retirement, a disqualification or a start at the back that no family gave a reason takes the phrase a cause
marker opens in the same sentence: "was subsequently disqualified, because stewards were unable to collect
the fuel", "moest vanop een veertiende plek starten als straf voor een gewisselde motor", "kon in Q1 geen tijd
neerzetten door problemen met de turbo en start ... van op de laatste plaats". Only in a sentence that names
no other driver than the ones the event is of: the cause of another's mishap is not his.
"""

from __future__ import annotations

import re
from dataclasses import replace

from knowledge.extract.model import Fact
from knowledge.text import ORDINAL_RE, Sentence

# Markers that open a cause on their own ("because", "omdat", "als straf voor") ...
_PLAIN_MARKERS = (
    r"because(?: of)?",
    r"due to",
    r"owing to",
    r"as a result of",
    r"omdat",
    r"doordat",
    r"vanwege",
    r"wegens",
    r"als straf voor",
    r"as a penalty for",
)
# ... and markers too common to trust unless a problem is named right after them ("door problemen met de
# turbo", "after suspected fuel issues"; not "door de bocht", "after lap 20")
_LOOSE_MARKERS = (r"door", r"after", r"na", r"with", r"met")
_PROBLEM = (
    r"(?:problem\w*|issues?|failure|fault|trouble|damage|leak|probleem|problemen|defect|pech|schade|lek|"
    r"storing|mankement|malfunction)"
)
_CAUSE_RE = re.compile(
    r"\b(?:(?:" + "|".join(_PLAIN_MARKERS) + r")\s+"
    r"|(?:" + "|".join(_LOOSE_MARKERS) + r")\s+(?=(?:[\w-]+\s+){0,4}?" + _PROBLEM + r"\b))"
    # (a decimal point is no sentence end: "the 1.0-litre of fuel")
    r"(?P<cause>(?:[^.;:!?]|\.(?=\d)){4,160}?)(?=\s*(?:[;:!?]|\.(?!\d)|,\s|\s+(?:en|and|but|maar|terwijl|while)\s|$))"
)
_PENALTY_MARKER_RE = re.compile(r"(?:als straf voor|as a penalty for)\b")
# an issue named no further ("retired with reliability issues", "due to an issue"): no cause a fan can use
_VAGUE_RE = re.compile(
    r"(?:(?:a|an|some|the|his|her|zijn|haar|een)\s+)?(?:(?:reliability|technical|mechanical|unspecified|"
    r"unknown|technische|mechanische|onbekende)\s+)?(?:issues?|problems?|problemen|probleem|trouble)"
)
# a place right before the marker: the cause is that place's ("having qualified 11th after a brake issue")
_PLACE_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:p\d{1,2}|" + ORDINAL_RE + r")\s+(?:place\s+|plaats\s+|plek\s+)?$"
)
# a marker denied ("not just because their rivals ..."): no cause told
_DENIED_BEFORE_RE = re.compile(r"\b(?:not|niet)\s+(?:just\s+|only\s+|alleen\s+|enkel\s+)?$")
# a cause that points back ("as a result of those penalties") or only names the penalty ("mede vanwege een
# gridstraf"): the why is elsewhere
_NO_CAUSE_RE = re.compile(
    r"^(?:(?:those|these|that|this|die|deze|dat|dit)\b|(?:een|de|a|the|his|zijn)\s+(?:[\w-]+\s+)?"
    r"(?:\w*straf|penalty|penalties|sanction)\b)"
)
# the events a cause beside them explains
_KINDS = frozenset({"retirement", "penalty", "grid", "pitlane"})


def _explains(x: Fact) -> bool:
    """Whether ``x`` is an event whose why a fan asks and no family told: a retirement, a disqualification
    or grid penalty, a start at the back or from the pit lane."""
    if x.kind not in _KINDS or x.reason is not None or x.status != "final":
        return False
    if x.kind == "penalty":
        # (a grid penalty's why is the penalty readers' own: "omdat hij weinig tijd had" may tell why it was
        # mild, not what it was for)
        return x.penalty == "disqualification"
    return True


def _back(x: Fact) -> bool:
    """Whether ``x`` is a start at the back or from the pit lane (any marker may tell its why)."""
    return x.kind != "grid" or x.position == -1 or x.detail in ("back", "pitlane")


def attach(
    facts: list[Fact], sentences: list[Sentence], folded: list[str], named: list[set[str]]
) -> list[Fact]:
    """The facts, each event without a reason given the cause its own sentence opens with a marker, when
    that sentence names no driver but the event's own."""
    out: list[Fact] = []
    for x in facts:
        if _explains(x) and named[x.sentence] <= {x.driver, *x.others}:
            f = folded[x.sentence]
            m = _CAUSE_RE.search(f)
            if (
                m is not None
                # (another start only by a penalty: "moest vanop een veertiende plek starten als straf voor
                # een gewisselde motor")
                and (_back(x) or _PENALTY_MARKER_RE.match(m.group(0)))
                and not _DENIED_BEFORE_RE.search(f, 0, m.start())
                and not _PLACE_BEFORE_RE.search(f, max(0, m.start() - 30), m.start())
                and not _NO_CAUSE_RE.match(m.group("cause"))
                and not _VAGUE_RE.fullmatch(m.group("cause").strip())
            ):
                start, end = m.span("cause")
                x = replace(x, reason=sentences[x.sentence].text[start:end].strip(" ,"))
        out.append(x)
    return out
