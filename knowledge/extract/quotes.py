"""Quoted speech and who said it: '"...", zei Verstappen', '"...," Hamilton said', 'Leclerc: "..."',
',,...'', aldus de Nederlander'.

A quote is told as a fact of kind "quote" for its speaker, with the quoted words in ``reason`` (as the
article wrote them) and the words around them in ``detail`` (what the quote is about, for a question that
names a topic). Only a speaker named beside a verb of saying, or before a colon that opens the quote, is
taken; a quote nobody is named for, or one inside another quote, is no one's. A quote that runs over
several sentences is its speaker's in each (the pipeline carries the speaker, :func:`carry`).
"""

from __future__ import annotations

import re

from knowledge.extract.context import Mention
from knowledge.extract.model import Fact
from knowledge.extract.phrases import alt
from knowledge.people import people_in
from knowledge.text import fold

NL: dict[str, tuple[str, ...]] = {}
EN: dict[str, tuple[str, ...]] = {}

# verbs of saying, as the word that tells who spoke
NL["said"] = (
    "zei",
    "zegt",
    "zeiden",
    "aldus",
    "vertelde",
    "vertelt",
    "verklaarde",
    "verklaart",
    "reageerde",
    "reageert",
    "legde uit",
    "legt uit",
    "lachte",
    "lacht",
    "zuchtte",
    "verzuchtte",
    "riep",
    "roept",
    "sprak",
    "stelde",
    "stelt",
    "meldde",
    "erkende",
    "erkent",
    "gaf toe",
    "geeft toe",
    "blikte terug",
    "blikt terug",
    "analyseerde",
    "grapte",
    "benadrukte",
    "benadrukt",
    "concludeerde",
    "vervolgde",
    "vult aan",
    "vulde aan",
    "klaagde",
    "baalde",
    "zo luidde",
    "liet weten",
    "laat weten",
    "tweette",
    "schreef",
    # (more ways a report tells who spoke: "jubelde Norris", "liet commentator Wauters zich ontvallen")
    "jubelde",
    "juichte",
    "glunderde",
    "straalde",
    "glimlachte",
    "mopperde",
    "foeterde",
    "sneerde",
    "antwoordde",
    "antwoordt",
    "beaamde",
    "opperde",
    "voegde toe",
    "voegt toe",
    "voegde eraan toe",
    "vervolgt",
    "gaf aan",
    "geeft aan",
    "waarschuwde",
    "constateerde",
    "verklapte",
    "liet zich ontvallen",
    "liet optekenen",
)
EN["said"] = (
    "said",
    "says",
    "told",
    "tells",
    "added",
    "adds",
    "explained",
    "explains",
    "admitted",
    "admits",
    "reflected",
    "insisted",
    "noted",
    "commented",
    "joked",
    "declared",
    "stated",
    "revealed",
    "reckoned",
    "conceded",
    "continued",
    "confirmed",
    "remarked",
    "quipped",
    "radioed",
    "shouted",
    "screamed",
    "complained",
    "claimed",
    "argued",
    "concluded",
    "lamented",
    "warned",
    "stressed",
    "acknowledged",
    "wrote",
    "tweeted",
    "according to",
    # ("enthused Norris", "Hamilton replied")
    "replied",
    "responded",
    "enthused",
    "beamed",
    "smiled",
    "laughed",
    "sighed",
    "mused",
    "suggested",
    "asserted",
    "observed",
    "groaned",
    "grumbled",
    "fumed",
    "yelled",
    "exclaimed",
    "pointed out",
    "went on",
    "recalled",
    "predicted",
    "hinted",
    "raged",
)
# A sentence that tells one's view without quoting it, then a quote that opens the next sentence: "..., al
# denkt teambaas Wolff daar anders over. "Ik vind die straf te zwaar."" ("Norris saw it differently.")
NL["view"] = (
    r"(?:denkt|dacht|denken|dachten|ziet|zag|zien|zagen|kijkt|keek|oordeelt|oordeelde) (?:[\w-]+ ){0,7}"
    r"(?:anders|net zo|hetzelfde)(?: over)?",
    r"(?:is|was|zijn|waren) (?:[\w-]+ ){0,3}het (?:er |daar |hier )?(?:helemaal |totaal )?(?:niet |wel )?"
    r"(?:mee )?eens",
    r"(?:is|was) (?:[\w-]+ ){0,3}(?:minder|niet|allerminst|weinig|wel|erg|zeer) (?:te )?"
    r"(?:spreken|blij|tevreden)",
)
EN["view"] = (
    r"(?:thinks|thought|sees|saw|feels|felt|views|viewed) (?:it|that|things|the incident|the matter)? ?"
    r"(?:very |rather |somewhat |quite |a little |a bit )?(?:differently|otherwise)",
    r"(?:disagrees|disagreed|begs to differ|begged to differ)",
    r"(?:was|is) (?:[\w-]+ ){0,2}(?:less|not|far from|hardly) (?:impressed|happy|pleased|convinced)",
)
VIEW_RE = re.compile(r"(?<![\w-])(?:" + alt(NL["view"], EN["view"]) + r")(?![\w-])")
_SAID = alt(NL["said"], EN["said"])
_SAID_RE = re.compile(r"(?<![\w-])(?:" + _SAID + r")(?![\w-])")
# "liet na afloop weten": words between the two parts of a verb
# ("voegde Gasly toe": the speaker between the verb's parts; the match is the verb's first word, so the
# speaker stands right after it)
_LET_KNOW_RE = re.compile(
    r"(?<![\w-])(?:liet|laat|voegde|voegt)(?=\s+(?:[\w-]+\s+){0,4}(?:weten|toe|ontvallen|optekenen)\b)"
)

# the marks that open or close a quote (the text module made every double quote '"'): the Dutch ",,"
# opens one that "''" or '"' closes
_MARK_RE = re.compile(r"\"|,,|''")
_SHORTEST = 12  # a quote of a few words at least ('"Ja"' is no statement)
# 'Het was zwaar', zei hij / he said: 'that was it': a single-quoted one only where its speaker is told
# right beside it (an apostrophe of "'s avonds" or "Hamilton's" opens none)
_SINGLE_RE = re.compile(r"(?<![\w'])'(?=[a-z0-9])([^'\"]{12,}?[\w.!?,])'(?![\w'])")
_ATTR_AFTER = 70  # how far after a quote its speaker may be named
_ATTR_BEFORE = 90  # how far before a quote that opens after a colon
_OPEN_RE = re.compile(r"[:,]\s*$")
_SAID_COMMA_BEFORE_RE = re.compile(r"(?<![\w-])(?:" + _SAID + r")\s*,\s*$")


def spans(f: str, open_in: bool = False) -> tuple[list[tuple[int, int]], bool]:
    """The quoted stretches of the folded sentence ``f`` (the marks left out), and whether a quote is still
    open at its end. ``open_in``: a quote of the sentence before goes on into this one."""
    out: list[tuple[int, int]] = []
    opened: int | None = 0 if open_in else None
    if '"' in f or ",," in f or "''" in f:
        for m in _MARK_RE.finditer(f):
            mark = m.group(0)
            if opened is None:
                if mark != "''":
                    opened = m.end()
            elif mark != ",,":
                if m.start() - opened >= _SHORTEST or (opened == 0 and open_in):
                    out.append((opened, m.start()))
                opened = None
    if opened is not None and (len(f) - opened >= _SHORTEST or open_in):
        out.append((opened, len(f)))
    if "'" in f:
        taken = [(s - 2, e + 2) for s, e in out]
        for m in _SINGLE_RE.finditer(f):
            if any(a <= m.start() < b for a, b in taken):
                continue
            # told by whom, right after it or right before it
            after = f[m.end() : m.end() + 40]
            before = f[max(0, m.start() - 40) : m.start()]
            if _SAID_RE.match(after.lstrip(" ,.!?")) or _OPEN_RE.search(before):
                out.append((m.start(1), m.end(1)))
    return sorted(out), opened is not None


def _single(m: Mention) -> bool:
    return len(m.drivers) == 1 and not m.group


def _said_at(text: str) -> re.Match[str] | None:
    said = _SAID_RE.search(text)
    split = _LET_KNOW_RE.search(text)
    return split if said is None or (split is not None and split.start() < said.start()) else said


# a person named after a preposition is no subject ("besprak hij zijn cadeau voor vader Jos en beaamde:")
_OBJECT_BEFORE_RE = re.compile(
    r"\b(?:voor|van|met|tegen|aan|over|naar|op|bij|to|for|with|about|of|by|from|at|on)\s+"
    r"(?:(?:de|het|the|zijn|his|haar|her|vader|father|teambaas|baas|boss|team principal|[\w-]+-baas)"
    r"\s+){0,2}$"
)


def _speakers(f: str, found: list[Mention]) -> list[tuple[int, str, bool]]:
    """Who may speak in ``f``: each driver named alone and each person of the paddock (``knowledge.people``),
    as (start, id, named as an object); a person's name covers a driver's inside it ("Jos Verstappen")."""
    people = people_in(f)
    out = [(a, pid, _OBJECT_BEFORE_RE.search(f, max(0, a - 40), a) is not None) for a, _, pid in people]
    out += [
        (m.start, m.drivers[0], m.is_object)
        for m in found
        if _single(m) and not any(a <= m.start < b for a, b, _ in people)
    ]
    return sorted(out)


def speaker(f: str, quoted: list[tuple[int, int]], found: list[Mention]) -> str | None:
    """Who speaks the quotes of sentence ``f``: the driver (or person of the paddock) named beside a verb
    of saying after a quote ('", zei Verstappen', '," Hamilton said', '", aldus teambaas Horner'), or before
    the colon that opens one ('Leclerc: "', 'Verstappen zei na afloop: "'). None when no one, or more than
    one, is told so."""
    said: set[str] = set()
    named = _speakers(f, found)
    for s, e in quoted:
        close = e + 2 if f.startswith("''", e) else e + 1
        window_end = min(len(f), close + _ATTR_AFTER)
        nxt = next((a for a, _ in quoted if a > e), None)
        if nxt is not None:
            window_end = min(window_end, nxt - 1)
        after = f[close:window_end]
        verb = _said_at(after)
        if verb is not None and not after[: verb.start()].strip(" ,.!?-").count(",") > 1:
            at = close + verb.start()
            # "zei Verstappen", "said Hamilton": the name after the verb; "Hamilton said": the one before it
            later = [(a, who) for a, who, _ in named if at + len(verb.group(0)) <= a < window_end]
            earlier = [(a, who) for a, who, _ in named if close <= a < at]
            if earlier:
                said.add(earlier[-1][1])
            elif later and _BETWEEN_VERB_AND_NAME_RE.fullmatch(f, at + len(verb.group(0)), later[0][0]):
                said.add(later[0][1])
            continue
        before_start = max(0, s - 1 - _ATTR_BEFORE)
        prev = max((b for _, b in quoted if b < s), default=None)
        if prev is not None:
            before_start = max(before_start, prev + 1)
        before = f[before_start : max(0, s - 1)]
        opens = _OPEN_RE.search(before) if before.rstrip().endswith(":") else None
        if opens is None:
            # 'was delighted to win as he said, "It was ...': a verb of saying and a comma right before it
            opens = _SAID_COMMA_BEFORE_RE.search(before)
        if opens is None:
            continue
        # "Leclerc: "...", "Verstappen zei na afloop: "...", "De Spanjaard was daar niet blij mee: "..."
        own = [who for a, who, is_object in named if before_start <= a < s and not is_object]
        if own:
            said.add(own[-1])  # the one nearest the colon
    return next(iter(said)) if len(said) == 1 else None


def viewer(prev: str, drivers: list[tuple[int, str]]) -> str | None:
    """The one whose view the folded sentence ``prev`` tells in its last clause without quoting it ("..., al
    denkt teambaas Wolff daar anders over", "Norris saw it differently"): the speaker of a quote that opens
    the next sentence. ``drivers``: (start, id) of the drivers named in ``prev``. None when no such clause
    names exactly one driver or person of the paddock, or when ``prev`` quotes someone itself."""
    if '"' in prev or ",," in prev:
        return None
    start = max(prev.rfind(", "), prev.rfind("; "), 0)
    if VIEW_RE.search(prev, start) is None:
        return None
    people = people_in(prev, start)
    named = {pid for _, _, pid in people} | {
        d for a, d in drivers if a >= start and not any(p <= a < e for p, e, _ in people)
    }
    return next(iter(named)) if len(named) == 1 else None


# what may stand between a verb of saying and its speaker: "zei Verstappen", "zei een opgeluchte
# Verstappen", "said the Dutchman" (a mention's own words cover a description): a few words, no clause
_BETWEEN_VERB_AND_NAME_RE = re.compile(r"\s*(?:[\w'-]+\s+){0,3}")


def quoted_text(orig: str, quoted: list[tuple[int, int]]) -> str:
    """The quoted words of the sentence, as written, joined."""
    return " ... ".join(orig[s:e].strip(" ,") for s, e in quoted)


def around(orig: str, quoted: list[tuple[int, int]]) -> str:
    """The sentence's words outside its quotes: what the quote is said about or after."""
    out, at = [], 0
    for s, e in quoted:
        out.append(orig[at : max(0, s - 1)])
        at = e + 1
    out.append(orig[at:])
    return " ".join(" ".join(out).split())


LEAD_MARK = " || "  # between the words around a quote and the sentence that leads up to it, in ``detail``


def quote_fact(index: int, who: str, orig: str, quoted: list[tuple[int, int]], lead: str) -> Fact:
    """The fact that ``who`` said the quotes of sentence ``index``; ``lead`` is the sentence before it in
    its paragraph (what the quote is an answer to), kept with the words around the quote."""
    context = around(orig, quoted) + (LEAD_MARK + lead if lead else "")
    return Fact("quote", who, index, session="race", reason=quoted_text(orig, quoted), detail=context[:400])


def addressed(quote: str, names: tuple[str, ...]) -> bool:
    """Whether the quoted words call the speaker by his name ("Stap snel uit, Max.", "Lewis, box now"): words
    said to him, by his team, not by him."""
    f = fold(quote).strip(" .!?,")
    return any(
        f.endswith((", " + n, " " + n + "!")) or f.startswith((n + ", ", n + "! "))
        for n in (fold(x) for x in names if x)
    )


def opens_sentence(f: str, quoted: list[tuple[int, int]]) -> bool:
    """Whether the sentence is quoted speech from its start (a quote that goes on from the sentence before,
    or one that opens the sentence): its speaker may be the one of the quote before."""
    return bool(quoted) and not f[: quoted[0][0]].strip(" \"',")
