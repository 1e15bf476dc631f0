"""Fines an article states: who was fined (a driver or a team), how much in euros and why ("kreeg een boete
van 5000 euro voor ...", "Mercedes werd beboet met 25.000 euro", "was fined €50,000 for ...").

The fact is kind "fine": ``driver`` is the driver's id or ``team:<id>`` for a team, ``amount`` the euros
(``unit`` "eur") when the sentence gives them, ``reason`` the reason as written. A fine is no penalty:
time, grid and other sporting penalties stay with ``penalties``. A fine risked, escaped or denied ("riskeert
een boete", "no fine", "ontliep een boete") and "boetekleed" (penance) give no fact.
"""

from __future__ import annotations

import re

from knowledge.extract.clauses import owner_left
from knowledge.extract.context import Clause
from knowledge.extract.mentions import PRONOUN_RE
from knowledge.extract.model import Fact
from knowledge.extract.phrases import Phrases, alt
from knowledge.gazetteer import load_gazetteer
from knowledge.text import CARDINAL_WORDS, fold

NL: Phrases = {
    "fine": (r"(?:geld)?boetes?", r"beboet", r"bekeurd"),
    # the fine's receiver after the word: "een boete voor Verstappen", "beboette Mercedes"
    "to_whom": (r"(?:boetes?|\w+ euro) (?:voor|aan)", r"beboette\w*", r"gaven", r"gaf", r"legden", r"legde"),
    "not": (
        r"geen",
        r"ontliep\w*",
        r"ontsnapte\w*",
        r"riskeer\w*",
        r"riskeert",
        r"dreig\w*",
        r"kan",
        r"kon",
        r"zou\w*",
        r"mogelijk\w*",
        r"als",
        r"indien",
        r"maximale",
    ),
    "reason": (r"voor", r"wegens", r"vanwege", r"omdat", r"nadat"),
    "euro": (r"euro", r"eur"),
    "thousand": (r"duizend",),
}
EN: Phrases = {
    # a bare "fine" only as a noun: "a fine of", "fines for", "a €5,000 fine." ("a fine race" is praise)
    "fine": (r"fined", r"fines?(?= (?:of|for|from|worth|after|over|and|because|due)\b|\s*[,.;]|\s*$)"),
    "to_whom": (r"fine (?:for|to)", r"fined", r"gave", r"handed"),
    "not": (
        r"no",
        r"escaped?",
        r"avoided",
        r"risks?",
        r"faces?",
        r"could",
        r"would",
        r"might",
        r"may",
        r"if",
        r"unless",
        r"maximum",
        r"fine-?tun\w*",
        r"fine margins?",
    ),
    "reason": (r"for", r"because of", r"because", r"over", r"after", r"due to"),
    "euro": (r"euros?", r"eur"),
    "thousand": (r"thousand", r"k"),
}

_FINE_RE = re.compile(r"\b(?:" + alt(NL["fine"], EN["fine"]) + r")\b")  # only its start and end are used
_NOT_RE = re.compile(r"\b(?:" + alt(NL["not"], EN["not"]) + r")\b")  # tested only
_TO_WHOM_RE = re.compile(r"\b(?:" + alt(NL["to_whom"], EN["to_whom"]) + r")\s+$")  # tested only
_EURO = alt(NL["euro"], EN["euro"])
_THOUSAND = alt(NL["thousand"], EN["thousand"])
# "€5.000", "5000 euro", "€ 50,000", "50.000 euro", "€25k" (in words: see _WORD_AMOUNT_RE)
_AMOUNT_RE = re.compile(
    r"(?:€\s*(?P<a>\d{1,3}(?:[.,]\d{3})+|\d+)(?:\s*(?P<ak>" + _THOUSAND + r"))?"
    r"|(?P<b>\d{1,3}(?:[.,]\d{3})+|\d+)(?:\s*(?P<bk>" + _THOUSAND + r"))?\s*(?:" + _EURO + r")\b)"
)
# "vijftigduizend euro", "fifty thousand euros": thousands in words
_WORD_AMOUNT_RE = re.compile(
    r"\b(?P<w>"
    + "|".join(sorted((w for w, n in CARDINAL_WORDS.items() if n > 1), key=len, reverse=True))
    + r")[ -]?(?:duizend|thousand)\s*(?:" + _EURO + r")s?\b"
)
_OTHER_MONEY_RE = re.compile(r"[$£]|\b(?:dollars?|pounds?|usd|gbp)\b")
_REASON_RE = re.compile(r"\b(?:" + alt(NL["reason"], EN["reason"]) + r")\s+")
_PLACE_RE = re.compile(
    r"(?:the|de|het)?\s*(?:\w+\s+){0,3}(?:grand prix|gp|race|weekend|sessie|session|kwalificatie|qualifying|"
    r"training|practice)(?:\s+\w+){0,3}"
)
_CUT_RE = re.compile(r"[;:]|\s-+\s|,\s+(?:maar|but|en|and|terwijl|while|waarna|which|die)\b|\.\s")


def fines(c: Clause) -> list[Fact]:
    """The fine the clause states: the driver or team fined, the amount in euros and the reason."""
    clause = c.text
    if "boete" not in clause and "fine" not in clause and "beboet" not in clause and "bekeurd" not in clause:
        return []  # the substring test spares the patterns for the many clauses without a fine
    m = _FINE_RE.search(clause)
    if m is None or _NOT_RE.search(clause):
        return []
    f = c.f
    start, end = c.base + m.start(), c.base + m.end()
    who = _fined(c, start, end)
    if who is None:
        return []
    amount = _amount(f, c.base, c.base + len(clause)) if not _OTHER_MONEY_RE.search(clause) else None
    unit = "eur" if amount else None
    return [Fact("fine", who, c.index, session="race", amount=amount, unit=unit, reason=_reason(c, end))]


def _reason(c: Clause, end: int) -> str | None:
    """The reason after the fine ("voor het te hard rijden in de pitstraat"), as written; "een boete voor
    Verstappen" names who, not why."""
    f = c.f
    named = {x.start for x in c.sentence.mentions}
    for r in _REASON_RE.finditer(f, end):
        if (r.end() in named and r.group(0).strip() in ("voor", "for")) or _AMOUNT_RE.match(f, r.end()):
            continue
        stop = _CUT_RE.search(f, r.end())
        text = c.sentence.orig[r.end() : stop.start() if stop else len(f)].strip(" ,.;")
        if _PLACE_RE.fullmatch(fold(text)):
            return None  # "after the race" says when, not why
        return text if len(text.split()) >= 2 and len(text) <= 160 else None
    return None


def _amount(f: str, a: int, b: int) -> int | None:
    """The euros named in ``f[a:b]``: "€5.000", "5000 euro", "€25k"."""
    m = _AMOUNT_RE.search(f, a, b)
    if m is None:
        w = _WORD_AMOUNT_RE.search(f, a, b)
        return CARDINAL_WORDS[w.group("w")] * 1000 if w else None
    digits = (m.group("a") or m.group("b") or "").replace(".", "").replace(",", "")
    if not digits.isdigit():
        return None
    n = int(digits)
    if m.group("ak") or m.group("bk"):
        n *= 1000
    return n if n >= 100 else None  # "€5 fine" is a misread of a bigger sum; no fine is that small


def team_id(name: str, ids: tuple[str, ...]) -> str | None:
    """The team a folded team name means: of the teams sharing it (a lineage: "alpine" is Alpine and
    Renault), the one whose own name it is; None when that stays open."""
    if len(ids) == 1:
        return ids[0]
    ref = load_gazetteer().ref
    own = [i for i in ids if (t := ref.team(i)) is not None and fold(t.name) in (name, name.split()[0])]
    return own[0] if len(own) == 1 else None


# a clause "dat"/"that" opens between the name and the fine: what the named one says or thinks of it
_THAT_BETWEEN_RE = re.compile(r"\b(?:dat|that)\s+(?:er|there)\b")
_RELATIVE_GAP_RE = re.compile(r"\s+(?:die|dat|which|that)\s+")
_GOT_AFTER_RE = re.compile(
    r"(?:\s+[\w-]+){0,4}?\s+(?:kreeg|kregen|ontving|ontvingen|opliep|got|received|was given|were given)\b"
)


def _fined(c: Clause, start: int, end: int) -> str | None:
    """Who got the fine: a team or a driver named before the fine word (or right after "een boete voor",
    "fined"), else the clause's subject."""
    f = c.f
    gz = load_gazetteer()
    names = [(x.start, x.end, x.drivers[0]) for x in c.mentions if not x.group and len(x.drivers) == 1]
    for h in gz.teams(c.text):
        team = team_id(c.text[h.start : h.end], h.ids)
        if team is not None and not any(s <= h.start + c.base < e for s, e, _ in names):
            names.append((h.start + c.base, h.end + c.base, "team:" + team))
    names.sort()
    right = [n for n in names if n[0] >= end]
    if right and _TO_WHOM_RE.search(f[max(0, right[0][0] - 40) : right[0][0]]):
        return right[0][2]  # "een boete voor Verstappen", "the stewards fined Mercedes"
    if (
        right
        and _RELATIVE_GAP_RE.fullmatch(f, end, right[0][0])
        and _GOT_AFTER_RE.match(f, right[0][1])
    ):
        # "veroordeelt de boete die Ferrari in Duitsland kreeg", "the fine that Ferrari received": the one
        # the relative clause says got it, not the one who spoke of it
        return right[0][2]
    left = [n for n in names if n[1] <= start]
    if left and _THAT_BETWEEN_RE.search(f, left[-1][1], start):
        return None  # "Verstappen begrijpt niet dat er slechts een boete uitgedeeld werd": not his fine
    if left:
        last = left[-1]
        # "Red Bull-coureur Verstappen": a team name inside a driver's epithet is not the one fined
        if last[2].startswith("team:") and any(x.start <= last[0] < x.end for x in c.sentence.mentions):
            return None
        return last[2]
    if _THAT_BETWEEN_RE.search(f, max(0, start - 40), start):
        return None  # ("dat er maar een boete werd uitgedeeld", a clause cut off from the one who says it)
    subject = owner_left(c, start, close_any=False)
    pronoun = [x for x in c.mentions if PRONOUN_RE.fullmatch(x.label)]
    return subject[0] if subject and (pronoun or not c.mentions) and len(subject) == 1 else None
