"""Neutralisations an article states: a safety car, a virtual safety car or a red flag ("de safety car
kwam de baan op", "the race was red-flagged", "VSC"), with its cause when the same sentence or the one
before it tells it ("de rode vlag ging uit na de crash van X", "X stopped on track, bringing out the safety
car", "safety car vanwege brokstukken").

The fact is kind "safety_car" with the neutralisation in ``detail`` ("sc", "vsc", "red_flag"), the cause
as written in ``reason`` and the driver the cause names (else "") in ``driver``. Talk about the rule or the
procedure, a wish ("ik bad om een safety car"), a condition ("als er een safety car komt"), a denial
("zonder safety car", "no safety car") and practice sessions give no fact.
"""

from __future__ import annotations

import re
from dataclasses import replace

from knowledge.extract.context import Clause
from knowledge.extract.laps import LAP_RE, lap_number
from knowledge.extract.mentions import PRONOUN_RE
from knowledge.extract.model import Fact
from knowledge.extract.phrases import Phrases, alt
from knowledge.text import Sentence

NL: Phrases = {
    "vsc": (r"virtuele safety[ -]?car\w*", r"virtual safety[ -]?car\w*", r"vsc\w*"),
    "red_flag": (
        r"rode vlag\w*",
        r"wedstrijd (?:werd )?(?:stilgelegd|onderbroken)",
        r"race (?:werd )?stilgelegd",
        # "de kwalificatie, die in de tweede sessie even stillag": a session that stood still
        r"(?:sessie|kwalificatie|wedstrijd|race|q[123])\b(?:\s+\w+){0,3}?\s+"
        r"(?:stillag|lag (?:\w+ ){0,2}stil\b)",
    ),
    "sc": (r"safety[ -]?car\w*",),
    # Words that make the clause no neutralisation of this race: a rule, a wish, a condition, a denial.
    "not": (
        r"geen",
        r"niet",
        r"zonder",
        r"als",
        r"indien",
        r"zou\w*",
        r"kans",
        r"risico",
        r"regel\w*",
        r"reglement\w*",
        r"procedure\w*",
        r"hoop\w*",
        r"bad",
        r"bidden",
        r"verwacht\w*",
        r"gebruikelijk",
        r"training\w*",
        r"fases? \d",
    ),
    # What introduces the cause after the neutralisation: "na de crash van X", "vanwege brokstukken"
    "cause_after": (
        r"na(?:dat)?",
        r"vanwege",
        r"wegens",
        r"door(?:dat)?",
        r"omdat",
        r"toen",
        r"om (?:de|het)",
        r"veroorzaakt door",
        r"in verband met",
    ),
    # A cause told before its neutralisation: "de crash van X zorgde voor een rode vlag"
    "cause_before": (
        r"zorgde\w* voor",
        r"leidde\w*",
        r"veroorzaakte\w*",
        r"bracht\w* (?:\w+ ){0,3}(?:de baan )?op",
        # "Een crash van Latifi bracht (echter) de safetycar naar buiten"
        r"bracht\w*(?: \w+){0,2}(?=\s+(?:de|een)\s+$)",
        # "leidde een uitvalbeurt van Norris tot een safetycar-situatie", "wat tot een lange rode vlag leidde"
        r"tot(?=\s+(?:een|de)\s+(?:\w+\s+)?$)",
        r"met als gevolg",
        r"waarna",
        r"waardoor",
        # "Latifi crashte en de safetycar kwam de baan op": a crash, then "en" right before it
        r"en(?=\s+(?:de\s+|een\s+)?$)",  # (searched up to the neutralisation's word)
    ),
    # The sentence after a cause sentence points back at it: "Daardoor kwam de safety car de baan op."
    "back": (
        r"daardoor",
        r"hierdoor",
        r"daarop",
        r"als gevolg (?:daarvan|hiervan)",
        r"(?:dat|dit|het) (?:leidde|zorgde)",
        # "Het incident zorgde voor een rode vlag": the event told before, named by a word for it
        r"(?:het|dat|dit|de|die|deze) (?:incident|ongeluk|voorval|crash|botsing|spin) "
        r"(?:leidde|zorgde|veroorzaakte|bracht)",
    ),
    # A cause told before the neutralisation, after a preposition: "wegens een crash van X kwam de ..."
    "cause_prep": (r"wegens", r"vanwege", r"door", r"na", r"nadat"),
}
EN: Phrases = {
    "vsc": (r"virtual safety ?car\w*", r"vsc\w*"),
    "red_flag": (
        r"red[- ]flag\w*",
        r"race (?:was )?suspended",
        r"session (?:was )?suspended",
        r"(?:session|qualifying|race) (?:was )?(?:briefly )?halted",
    ),
    "sc": (r"safety[ -]?car\w*",),
    "not": (
        r"no",
        r"not",
        r"never",
        r"n't",
        r"without",
        r"if",
        r"unless",
        r"would",
        r"could",
        r"might",
        r"chance",
        r"risk",
        r"rules?",
        r"regulations?",
        r"procedures?",
        r"protocol",
        r"hop(?:e|ed|ing)",
        r"pray\w*",
        r"expect\w*",
        r"usual\w*",
        r"common",
        r"practice",
        r"fp[123]",
        r"scares?",  # "a red flag scare": none came
    ),
    "cause_after": (
        r"after",
        r"following",
        r"due to",
        r"because of",
        r"because",
        r"for",
        r"when",
        r"caused by",
        r"triggered by",
        r"to (?:clear|recover|remove)",
    ),
    "cause_before": (
        r"and(?=\s+(?:the\s+|a\s+)?$)",
        r"bringing out",
        r"brought out",
        r"brings out",
        r"bring out",
        r"prompting",
        r"prompted",
        r"triggering",
        r"triggered",
        r"causing",
        r"caused",
        r"forcing",
        r"forced",
        r"led to",
        r"leading to",
        r"resulting in",
        r"resulted in",
    ),
    "back": (
        r"as a result",
        r"(?:this|that) (?:brought|led|caused|triggered|prompted)",
        r"(?:the|that|this) (?:incident|accident|crash|shunt|collision|spin) "
        r"(?:brought|led|caused|triggered|prompted)",
        r"consequently",
    ),
    "cause_prep": (r"due to", r"because of", r"after", r"following"),
}

# Tried in this order: "virtual safety car" before "safety car".
_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (k, re.compile(r"\b(?:" + alt(NL[k], EN[k] if k != "sc" else ()) + r")"))
    for k in ("vsc", "red_flag", "sc")
)
_NOT_RE = re.compile(r"\b(?:" + alt(NL["not"], EN["not"]) + r")\b")  # tested only
# a few words between ("de rode vlag ging uit na", "red flag situation, caused by"), none that starts
# another clause ("a VSC which ended just as ...")
_CAUSE_AFTER_RE = re.compile(
    r"(?:[\s,]+(?!(?:which|that|die|dat|ended|eindigde|until|tot|en|and|maar|but)\b)[\w-]+){0,10}?[\s,]+(?:"
    + alt(NL["cause_after"], EN["cause_after"])
    + r")\s+"
)
# "een virtuele safety-car die ontstond na een uitvalbeurt van Vettel": a relative clause that tells the cause
_CAME_AFTER_RE = re.compile(
    r"\s+(?:die|which|that)\s+(?:ontstond|kwam|came|followed)\s+(?:na(?:dat)?|door|after|following)\s+"
)
# "na de eerste ronde", "after three laps": a link followed by a moment says when, not why
_MOMENT_RE = re.compile(
    r"(?:de |het |een |the |a )?(?:\w+ )?(?:ronden?|rondes|rondjes|laps?|bochten?|corners?|turns?|start|"
    r"herstart|restart|minuten|minutes|uur|hour)\b"
)
_CAUSE_PREP_RE = re.compile(r"\b(?:" + alt(NL["cause_prep"], EN["cause_prep"]) + r")\s+")
# "the incident", "dat": a cause that names nothing
_VAGUE_RE = re.compile(r"(?:the|het|dat|dit|this|that|een|an?)\s+(?:incident|voorval|moment)")
_CAUSE_BEFORE_RE = re.compile(r"\b(?:" + alt(NL["cause_before"], EN["cause_before"]) + r")\b")  # tested only
_BACK_RE = re.compile(r"\b(?:" + alt(NL["back"], EN["back"]) + r")\b")  # tested only
# "That crash brought out the safety car": a cause that only names the event told the sentence before
_POINTER_RE = re.compile(
    r"(?:the|that|this|het|dat|dit|de|die|deze)\s+(?:crash|ongeluk|accident|shunt|collision|botsing|spin)"
)
# Something that stops a race: a cause names one of these (not "after the restart" or "after lap 5").
_CAUSE_WORD_RE = re.compile(
    # ("na een keiharde klapper van Mick Schumacher": a heavy hit)
    r"\b(?:crash\w*|gecrasht|ongeluk|botsing\w*|gebotst|botste\w*|aanrijding|spin\w*|spun|klapper|"
    r"van de baan|lost control|(?:verloor|verloren) (?:\w+ )?(?:de )?controle|"
    r"stilstond|stil(?:gevallen|staan|stond)|"
    # "stond de Finse coureur Bottas stil": a car standing still, its verb away from "stil"
    r"(?:stond|stonden|viel|vielen)\b[^,.;]{0,60}?\bstil|"
    r"viel stil|(?:bleef|kwam) (?:\w+ )?(?:stil|staan)|brokstuk\w*|debris|regen|rain|storm|weer|weather|"
    r"motor(?!sport)\w*|engine|brand\w*|fire|flames|vlammen|schade|damage|accident|collision|collided|clash\w*|"
    r"incident|shunt|stopped|stranded|parked|parkeerde|geparkeerd|muur|wall|barrier|vangrail|banden(?:stapel)?|"
    r"puncture|lekke band|failure|defect\w*|off|hit|raakte|uitval\w*|uitvallen|retire\w*|stopte|afgevlogen|"
    r"vloog|flew|beached|grind|gravel|olie|oil|flipped|overturned|upside down|"
    r"over de kop|op zijn kop|weg te (?:halen|slepen)|te bergen|recover\w*|"
    # things on the track that stop a session: smoke bombs, flares, animals, spectators
    r"rook\w*|smoke|fakkel\w*|flares?|vuurwerk|fireworks|duiven|pigeons?|dieren|animals?|honden?|dogs?|"
    r"toeschouwers?|spectators?)\b"
)
_AS_CAUSE_RE = re.compile(r"(?:\s+(?:after|na|in|on|op)(?:\s+[\w-]+){1,2})?,?\s+as\s+")
_JOIN_LEAD_RE = re.compile(r"(?:(?:but|and|maar|en)\s+)?(?:when|toen)\s+")
_JOIN_TAIL_RE = re.compile(r"\s+(?:and|en)$")
_BARE_PLURAL_RE = re.compile(r"(?:zij|ze|they|both|beiden|allebei)\b")
_RELATIVE_ONLY_RE = re.compile(r"\s*(?:which|die|dat|wat)\s*")
_UNDER_BEFORE_RE = re.compile(r"\b(?:under|onder|achter)\s+(?:the|de|a|een)\s+(?:virtual\s+|virtuele\s+)?$")
_SECOND_TIME_RE = re.compile(r"\b(?:(?:for )?(?:a|the) second time|voor de tweede keer)\b")
_CAUSED_BY_RE = re.compile(r"\s+(?:caused|brought out|triggered|veroorzaakt|uitgelokt)\s+(?:by|door)\b")
# "een safety car-situatie veroorzaakt door Latifi", "a safety car period caused by Latifi": a driver after
_CAUSED_BY_NAME_RE = re.compile(
    r"(?:-?situatie|-?periode|[- ](?:situation|period))?,?\s+(?:caused|brought out|triggered|veroorzaakt|"
    r"uitgelokt)\s+(?:by|door)\s+(?:(?:the|de)\s+)?"
)
_RELATIVE_AFTER_NAME_RE = re.compile(r",?\s+(?:die|who)\s+")
_OWNS_AFTER_RE = re.compile(r"['’]s?\b|s\s+(?:crash|retirement|spin|shunt|stop)\b")
_CUT_RE = re.compile(
    # ", was razend spannend": after a relative clause the main clause goes on with its verb
    r"[;:]|\s-+\s|,\s+(?:maar|but|en|and|terwijl|while|waarna|waardoor|after which|which|was|werd|is|were)\b"
    r"|\s+(?:maar|but)\s+"
)
_BOUNDARY_RE = re.compile(r"[;,:]\s+|\s-+\s")
_SESSION_RE = re.compile(r"\b(?:kwalificatie\w*|qualifying|q[123]|pole\w*)\b")


_PLAGUED_BY_BEFORE_RE = re.compile(r"\bdoor\s+(?:[\w-]+\s+){0,6}$")
_PLAGUED_AFTER_RE = re.compile(
    r"(?:\s+[\w-]+){0,4}?\s+(?:geteisterd|getekend|ontsierd|gekenmerkt|beheerst|gedomineerd|verstoord)e?\b"
)


def safety_cars(c: Clause) -> list[Fact]:
    """The neutralisation the clause states, with its cause when the sentence tells it."""
    clause = c.text
    # substring tests spare the patterns for the many clauses without a neutralisation
    if not (
        "safety" in clause
        or "vsc" in clause
        or "vlag" in clause
        or "flag" in clause
        or "stilgelegd" in clause
        or "onderbroken" in clause
        or "suspended" in clause
        or "stil" in clause
        or "halted" in clause
    ):
        return []
    found = next(((k, m) for k, rx in _KINDS if (m := rx.search(clause))), None)
    if found is None or _NOT_RE.search(clause):
        return []
    kind, m = found
    start, end = c.base + m.start(), c.base + m.end()
    if _SECOND_TIME_RE.search(clause):
        # "red-flagged for a second time when ...": the cause of the second stop only; a "why was there a red
        # flag" would be answered with it, and "which" stop is not held by a fact
        reason, driver = None, ""
    elif _UNDER_BEFORE_RE.search(c.f, max(0, start - 12), start) and not _CAUSED_BY_RE.match(c.f, end):
        # "a second stop under the safety car, after wheel damage": a period; what follows explains the stop
        # ("under a virtual safety car caused by Sainz's retirement" still tells its cause)
        reason, driver = None, ""
    elif _PLAGUED_BY_BEFORE_RE.search(c.f, max(0, start - 60), start) and _PLAGUED_AFTER_RE.match(c.f, end):
        # "in het door regen en rode vlaggen geteisterde laatste deel": a session described by its
        # neutralisations, whose cause the words around it do not tell
        reason, driver = None, ""
    else:
        reason, driver = _cause(c, start, end)
    session = "qualifying" if _SESSION_RE.search(c.f) else "race"
    # "The race was red-flagged on lap 33", "zorgde in ronde 23 voor de eerste safety car": its lap, when the
    # clause names one lap (``amount``, ``unit`` "lap")
    told_laps = (
        {n for x in LAP_RE.finditer(clause) if (n := lap_number(x)) is not None}
        if session == "race"
        else set()
    )
    lap = (
        told_laps.pop()
        if len(told_laps) == 1 and not _LAPS_COUNTED_RE.search(clause) and not _CAME_IN_RE.search(clause)
        else None
    )
    return [
        Fact(
            "safety_car",
            driver,
            c.index,
            session=session,
            detail=kind,
            reason=reason,
            amount=lap,
            unit="lap" if lap is not None else None,
        )
    ]


# "the safety car came in on lap 5", "ging de safety car naar binnen": the lap it ended, not the one it came
_CAME_IN_RE = re.compile(
    r"\b(?:came in|comes in|pulled in|went in|peeled off|returned to the pits|naar binnen|binnenkwam|"
    r"kwam binnen|ging binnen|verdween)\b"
)
# "for three laps", "after two laps behind the safety car", "ronden lang": a stretch, not the lap it came out
_LAPS_COUNTED_RE = re.compile(
    r"\b(?:for|after|na|gedurende|voor)\s+(?:\w+\s+)?(?:laps|ronden|rondes)\b|rondenlang"
)


def _cause(c: Clause, start: int, end: int) -> tuple[str | None, str]:
    """The cause the sentence tells for the neutralisation at ``start``-``end``, and its driver."""
    f = c.f
    by = _CAUSED_BY_NAME_RE.match(f, end)
    # (not "caused by Sainz's retirement": his retirement, read as any cause below)
    named = [
        m
        for m in c.sentence.mentions
        if by
        and m.start == by.end()
        and not m.group
        and len(m.drivers) == 1
        and not _OWNS_AFTER_RE.match(f, m.end)
        and not f[m.start : m.end].endswith(("'s", "’s"))
    ]
    if named:
        # "een safety car-situatie veroorzaakt door Nicholas Latifi, die ... crashte": the one named caused
        # it, and the relative clause after his name, when it tells what stops a race, is how
        who = named[0]
        rel = _RELATIVE_AFTER_NAME_RE.match(f, who.end)
        if rel is not None:
            cut = _CUT_RE.search(f, rel.end())
            told, _ = _told(c, rel.end(), cut.start() if cut else len(f), first=True)
            return told, who.drivers[0]
        return None, who.drivers[0]
    stop = _CUT_RE.search(f, end)
    limit = stop.start() if stop else len(f)
    word = _CAUSE_WORD_RE.search(f, end, limit)
    after = (_CAME_AFTER_RE.match(f, end) or _CAUSE_AFTER_RE.match(f, end, word.start())) if word else None
    while after and word and _MOMENT_RE.match(f, after.end()):
        # "al na de eerste ronde in de baan gekomen na een crash": the next link
        after = _CAUSE_AFTER_RE.match(f, after.end() - 1, word.start())
    if after is None and word:
        # "Q1 was red-flagged after five minutes as Kubica's Williams suffered a failure": "as" close after it
        # ("the VSC allowing Russell to pit as Sainz also stopped": a moment further on, no cause)
        after = _AS_CAUSE_RE.match(f, end, word.start())
    if after:
        # "de rode vlag ging uit na de crash van X": the cause runs to the end of its clause
        return _told(c, after.end(), limit, first=True)
    before = _CAUSE_BEFORE_RE.search(f, max(0, start - 40), start)
    if before:
        # "X stopped on track, bringing out the safety car": the clause before the verb
        head = [b.end() for b in _BOUNDARY_RE.finditer(f, 0, max(0, before.start() - 2))]
        if head and _RELATIVE_ONLY_RE.fullmatch(f, head[-1], before.start()):
            # "Leclerc lost control at the Parabolica, which prompted the red flag": the clause before "which"
            return _told(c, head[-2] if len(head) >= 2 else 0, head[-1], first=False)
        return _told(c, head[-1] if head else 0, before.start(), first=False)
    prep = [p for p in _CAUSE_PREP_RE.finditer(f, 0, start) if not _BOUNDARY_RE.search(f, p.end(), start)]
    if prep:
        # "wegens een crash van Latifi kwam de safety car de baan op": up to the last name or cause word
        p = prep[-1]
        ends = [x.end for x in c.sentence.mentions if p.end() <= x.start < start]
        ends += [w.end() for w in _CAUSE_WORD_RE.finditer(f, p.end(), start)]
        return _told(c, p.end(), max(ends), first=True) if ends else (None, "")
    return None, ""


def _told(c: Clause, a: int, b: int, *, first: bool) -> tuple[str | None, str]:
    """The cause in ``a``-``b`` as written, and the driver it names (the first or the last named), when it
    tells something that stops a race."""
    f = c.f
    text = c.sentence.orig[a:b].strip(" ,.;-")
    folded = f[a:b].strip(" ,.;-")
    # ("But when Aitken's Williams spun ... and": the words that join it to the sentence are no cause)
    lead = _JOIN_LEAD_RE.match(folded)
    tail = _JOIN_TAIL_RE.search(folded)
    start, end = (lead.end() if lead else 0), (tail.start() if tail else len(folded))
    text, folded = text[start:end], folded[start:end]
    if (
        not _CAUSE_WORD_RE.search(folded)
        or _VAGUE_RE.fullmatch(folded)
        or len(text) > 160
        or (len(text.split()) < 2 and not _CAUSE_WORD_RE.fullmatch(folded))  # "brokstukken" alone tells it
    ):
        return None, ""
    named = [
        x
        for x in c.sentence.mentions
        if a <= x.start < b and not x.group and not PRONOUN_RE.fullmatch(x.label)
    ]
    if not named:
        # "Zij schoven van de baan": who "they" were is told elsewhere; the cause without them says too little
        return (None, "") if _BARE_PLURAL_RE.match(folded) else (text, "")
    return text, (named[0] if first else named[-1]).drivers[0]


_LAP_WORD_RE = re.compile(r"\b(?:ronde|rondes|ronden|lap|laps|later|daarna|afterwards|eventually)\b")


def attach_causes(facts: list[Fact], sentences: list[Sentence], folded: list[str]) -> list[Fact]:
    """A neutralisation without a cause takes the sentence before it when its own sentence points back
    ("Daardoor kwam de safety car de baan op", "As a result the race was red-flagged") and that sentence
    tells something that stops a race."""
    out: list[Fact] = []
    # the lap of a crash told in a sentence: "In ronde 33 ging Colapinto in de muur. De race werd met de rode
    # vlag stilgelegd" (the neutralisation right after it, naming no lap of its own, came on that lap)
    crash_laps: dict[int, set[int]] = {}
    for x in facts:
        if x.kind == "lap" and x.detail in ("crash", "collision") and x.amount:
            crash_laps.setdefault(x.sentence, set()).add(int(x.amount))
    for x in facts:
        i = x.sentence
        if (
            x.kind == "safety_car"
            and x.amount is None
            and not x.driver
            and i > 0
            and len(crash_laps.get(i - 1, ())) == 1
            and sentences[i - 1].paragraph == sentences[i].paragraph
            and not _LAP_WORD_RE.search(folded[i])
        ):
            x = replace(x, amount=next(iter(crash_laps[i - 1])), unit="lap")
        if (
            x.kind == "safety_car"
            and (x.reason is None or _POINTER_RE.fullmatch(x.reason.lower()))
            and i > 0
            and sentences[i - 1].paragraph == sentences[i].paragraph
            and _BACK_RE.search(folded[i])
            and _CAUSE_WORD_RE.search(folded[i - 1])
        ):
            x = replace(x, reason=sentences[i - 1].text.rstrip("."))
        out.append(x)
    return out
