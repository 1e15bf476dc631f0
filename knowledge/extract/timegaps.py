"""Time gaps between two drivers: "was 0,018 seconde sneller dan Bottas", "strandde op 0,038 seconde van
Verstappen", "beat Hamilton by 0.038s", "0.2s slower than Leclerc".

The fact is kind "time_gap" for the driver the clause is about, with the other driver in ``others``, the
gap in milliseconds in ``amount`` (``unit`` "ms") and the side in ``detail`` ("ahead" or "behind"). The
pipeline keeps a gap as qualifying in a qualifying report or in a clause about qualifying, else as the race's
(a gap at the finish, answered to "how far behind" and a winning margin; a gap at a moment of the race is
not answered). A gap of one part of qualifying ("in Q1"), of a provisional time or of a practice session is
no qualifying gap, and neither is a gap without a second driver ("missed Q3 by 0.002s"); a place told with a
gap to no one named ("came in second 17.8 seconds behind") is a gap to the article's winner.
"""

from __future__ import annotations

import re
from dataclasses import replace

from knowledge.extract.clauses import RELATIVE_OPEN, WITH_NAME_BEFORE_RE, owner_left
from knowledge.extract.context import Clause
from knowledge.extract.model import Fact
from knowledge.extract.phrases import Phrases, alt
from knowledge.reference import load_reference
from knowledge.text import CARDINAL_RE, ORDINAL_RE, Sentence, cardinal_value, ordinal_value, seconds_ms

# a gap in seconds: "0,018 seconde", "0.038s", "0,337" (three decimals need no unit); not a lap time's
# seconds ("1:15.817") nor a figure inside a longer number. Or in parts of a second: "21 duizendsten",
# "seven-thousandths of a second", "vier tienden", "een halve seconde".
# A figure told roughly ("ruim 15 seconden", "just under eighteen seconds", "zo'n 14 seconden", "meer dan een
# halve seconde") is kept with its roughness in the fact's ``unit``: "ms+" more than, "ms-" just under, "ms~"
# about ("ms": exact). Its words, by what they say of the figure:
ROUGH_WORDS: dict[str, tuple[str, ...]] = {
    "+": (
        "ruim",
        "meer dan",
        "iets meer dan",
        "more than",
        "over",
        "well over",
        "just over",
        "a little over",
        "a shade over",
    ),
    "-": (
        "bijna",
        "nearly",
        "almost",
        "just under",
        "under",
        "net geen",
        "minder dan",
        "less than",
        "krap",
    ),
    "~": (
        "zo'n",
        "ongeveer",
        "around",
        "about",
        "some",
        "roughly",
        "circa",
        "approximately",
        "pakweg",
        "rond de",
    ),
}
_ROUGH_ALT = "|".join(
    sorted((re.escape(w) for ws in ROUGH_WORDS.values() for w in ws), key=len, reverse=True)
)
_ROUGH_OPT = r"(?:(?<![\w'])(?:" + _ROUGH_ALT + r")\s+)?"
_ROUGH_START_RE = re.compile(r"(" + _ROUGH_ALT + r")\s+")
_ROUGH_SENSE = {w: sense for sense, ws in ROUGH_WORDS.items() for w in ws}
_FRACTION = (
    r"(?<![\w-])"
    r"(?:(?:" + CARDINAL_RE + r"|een|a)[\s-]+(?:duizendsten?|thousandths?|honderdsten?|hundredths?|tienden?|"
    r"tenths?)(?:\s+(?:van een seconde|of a second))?|een halve seconde|half a second)"
)
# the units whole seconds are told in: one list for the gap, its gate and its value
_SECONDS_UNITS = r"seconden|seconde|seconds|second|secs|sec\.?|tellen"
# whole seconds, with their unit: "22 seconds clear of", "zestien seconden voorsprong op" (not "een seconde":
# "a second" is also an ordinal)
_WHOLE = r"(?<![\w:.,-])(?:\d{1,2}|(?!een\b|one\b)" + CARDINAL_RE + r")[\s-]?(?:" + _SECONDS_UNITS + r")\b"
_T = (
    r"(?P<t>"
    + _ROUGH_OPT
    + r"(?:(?<![\d:.,])\d{1,2}[.,]\d{1,3}(?:\s*(?:seconden?|secs|sec\.?|s|seconds?|tellen)\b|(?<=[.,]\d{3}))|"
    + _FRACTION
    + "|"
    + _WHOLE
    + r"))"
)
_SECONDS_UNIT_RE = re.compile(r"\b(?:" + _SECONDS_UNITS + r")\b")
_NUMBER_BEFORE_RE = re.compile(r"(?:\d|\b(?:" + CARDINAL_RE + r"))[\s-]?$")


def _whole_seconds_told(text: str) -> bool:
    """Whether a number stands right before a unit of seconds ("22 seconds", "twintig seconden")."""
    return any(
        _NUMBER_BEFORE_RE.search(text, max(0, m.start() - 16), m.start()) is not None
        for m in _SECONDS_UNIT_RE.finditer(text)
    )


_WHOLE_RE = re.compile(r"(\w+(?:-\w+)?)[\s-]?(?:" + _SECONDS_UNITS + r")\b")  # ("thirty-five-second")
_PART_OF_SECOND_RE = re.compile(
    r"(?P<n>[\w]+)[\s-]+(?P<u>duizendst|thousandth|honderdst|hundredth|tiend|tenth)|(?P<half>halve|half)"
)
_PART_MS = {"duizendst": 1, "thousandth": 1, "honderdst": 10, "hundredth": 10, "tiend": 100, "tenth": 100}
_DECIMAL_RE = re.compile(r"\d{1,2}[.,]\d{1,3}")
# ("finished a hefty 25.592 secs behind Hamilton": a word for its size, the figure exact)
_LITTLE = r"(?:(?:slechts|maar|amper|nauwelijks|just|only|a mere|a tiny|a hefty|a sizeable|een)\s+)?"

# "dan Verstappen", "dan de snelste tijd van Verstappen", "dan de poletijd van": his time stands for him
_TIME_OF_NL = r"(?:(?:snelste |beste )?(?:tijd|rondetijd|ronde|poletijd) van (?:de |het )?)?"
_THAN_NL = r"dan\s+(?:de |het )?" + _TIME_OF_NL
# a title before the other driver's name: "voor teamgenoot Pérez", "ahead of team-mate Pérez"
_TITLE_NL = r"(?:(?:zijn|haar) )?(?:(?:teamgenoot|ploeggenoot|ploegmaat|rivaal|titelrivaal|landgenoot) )?"
_TITLE_EN = r"(?:(?:his|her) )?(?:(?:team-?mate|rival|title rival|compatriot) )?"
NL: Phrases = {
    # (text right before the other driver): the clause's driver is ahead
    # ("sneller was dan Hamilton": the verb between)
    "ahead_before": (
        rf"{_LITTLE}{_T}\s+(?:sneller|vlugger)\s+(?:(?:was|is|bleek)\s+)?{_THAN_NL}",
        rf"(?:voorsprong|marge)\s+van\s+{_LITTLE}{_T}\s+op\s+(?:de |het )?",
        # "met vier tienden marge naar Verstappen"
        rf"{_LITTLE}{_T}\s+(?:voorsprong|marge)\s+(?:op|naar)\s+(?:de |het )?",
        # "finishte 22,3 seconden voor teamgenoot Pérez": at the finish, ahead of the one named right after
        # (not "finishte ruim twintig seconden voor Hamilton": a gap told roughly is none)
        rf"\b(?:finishte|finisht|eindigde|eindigt|kwam|won)\s+(?:(?:uiteindelijk|nog|ook|daarmee|zo)\s+)?"
        rf"(?!(?:{_ROUGH_ALT})\s){_LITTLE}{_T}\s+voor\s+" + _TITLE_NL,
    ),
    "behind_before": (
        rf"{_LITTLE}{_T}\s+(?:trager|langzamer)\s+(?:(?:was|is|bleek)\s+)?{_THAN_NL}",
        rf"{_LITTLE}{_T}\s+(?:achter|na|later dan)\s+(?:de |het )?{_TIME_OF_NL}",
        rf"\bop\s+{_LITTLE}{_T}\s+(?:van|achter)\s+(?:de |het )?{_TIME_OF_NL}",
        # "bleef 0,643 verwijderd van de beste tijd van Hamilton"
        rf"{_LITTLE}{_T}\s+verwijderd\s+(?:van|achter)\s+(?:de |het )?{_TIME_OF_NL}",
        rf"{_LITTLE}{_T}\s+tekort\s+(?:op|ten opzichte van)\s+(?:de |het )?",
        # "Hij gaf 1,216 toe op de wereldkampioen": time given away to him
        # ("om 0.048 seconde toe te moeten geven op Verstappen")
        rf"{_LITTLE}{_T}\s+toe(?:geven|gegeven|\s+te\s+(?:moeten\s+)?geven)?\s+op\s+(?:de |het )?",
    ),
    # a verb right before the other driver, the time after him: "versloeg Bottas met 0,018 seconde"
    # ("eindigde voor Hamilton met 0,059 seconde": ahead of him by it)
    "beat_verb": (r"versloeg", r"klopte", r"aftroefde", r"bleef", r"(?:was|eindigde|finishte) voor"),
    "beat_after": (rf"\s+(?:met|voor)\s+{_LITTLE}{_T}",),
    # "als eerste finishte gevolgd door Verstappen op 1,469 seconden": the one after, behind by the time
    "followed_before": (r"(?:gevolgd door|met daarachter)\s+(?:de |het )?",),
    "followed_after": (rf"\s+(?:op|met)\s+{_LITTLE}{_T}",),
    # one part of qualifying, a provisional time, a session before: no qualifying gap
    # (and "respectievelijk": which gap is whose is told by order, not read)
    "not_gap": (
        r"\bq[12]\b",
        r"\bkwalificatie [12]\b",
        r"voorlopig\w*",
        r"eerste (?:run|poging)",
        r"training",
        r"\bvt[123]\b",
    ),
    # a paragraph about one part of qualifying, told before the gap
    "part": (
        r"(?:eerste|tweede|openings?) ?(?:kwalificatie)?(?:gedeelte|deel|sessie|kwalificatiesessie)",
        r"(?:eerste|tweede) kwalificatie(?:gedeelte|deel|sessie)",
        r"eerste (?:snelle |vliegende )?(?:run|poging|ronde)",
    ),
}
EN: Phrases = {
    "ahead_before": (
        # ("0.581 seconds quicker than McLaren's Oscar Piastri": his team's possessive before him)
        rf"{_LITTLE}{_T}\s+(?:quicker|faster)\s+than\s+"
        r"(?:the |(?!(?:with|and)\s)(?:[\w-]+\s+)?[\w-]+['’]s? )?",
        # ("seven seconds ahead of Red Bull's Max Verstappen": his team's possessive before him)
        rf"{_LITTLE}{_T}\s+(?:clear of|ahead of)\s+(?:the |(?:[\w-]+\s+)?[\w-]+['’]s? )?" + _TITLE_EN,
        # ("a margin of 17.123s over Ferrari's Sebastian Vettel": his team's possessive before him)
        # ("with a lead of 8.961s over Verstappen" at the flag)
        rf"(?:margin|advantage|gap|lead)\s+of\s+{_LITTLE}{_T}\s+(?:over|to|ahead of)\s+"
        r"(?:the |(?:[\w-]+\s+)?[\w-]+['’]s? )?",
        # "he won it by 7.333 seconds over Scuderia Ferrari's Sebastian Vettel"
        # ("held on to take victory by 7.595s from Leclerc")
        # ("won the Italian Grand Prix by 2.6 seconds from Piastri": the race named between)
        # ("took pole by 0.010 seconds from Leclerc": a pole's margin, from the one second)
        rf"\b(?:won|wins|winning|victory|the win|pole|pole position)\s+"
        rf"(?:it\s+|the\s+(?:[\w-]+\s+){{0,2}}(?:race|grand prix|gp)\s+)?by\s+{_LITTLE}{_T}\s+"
        r"(?:over|from|ahead of)\s+"
        r"(?:the |(?:[\w-]+\s+)?[\w-]+['’]s? )?",
        # ("claimed pole with a 0.282 margin to Pérez"; not "opened up a two-second margin to": for a while)
        rf"(?<!opened up a )(?<!opened a )(?<!built a )(?<!built up a )"
        rf"{_LITTLE}{_T}\s+(?:margin|advantage)\s+(?:over|ahead of|to)\s+(?:the |[\w-]+['’]s )?",
        # ("crossed the line with a thirty-five-second lead on Lewis Hamilton", "a 35-second cushion over")
        rf"{_LITTLE}{_T}\s+(?:lead|cushion)\s+(?:over|on|ahead of)\s+(?:the |[\w-]+['’]s )?" + _TITLE_EN,
    ),
    # ("who finished 13.7 seconds after Hamilton")
    "behind_before": (
        # (not "24.9 sec behind with Ferrari's Leclerc third": behind the winner, and another named after)
        rf"{_LITTLE}{_T}\s+(?:slower than|behind|adrift of|off|down on|shy of|after|later than)\s+"
        r"(?:the |(?!(?:with|and|as|while|whilst)\s)(?:[\w-]+\s+)?[\w-]+['’]s? )?",
    ),
    "beat_verb": (
        r"beat",
        r"beats",
        r"beating",
        # ("winning ahead of Kimi Raikkonen by 2.460 seconds")
        r"(?:won|winning|finished|finishing) ahead of",
        # ("Bottas was ahead of team mate Lewis Hamilton by just 0.059s")
        r"(?:was|were|is|qualified|came home) ahead of",
        r"pipped",
        # ("won the United States Grand Prix in his Mercedes ahead of Hamilton, 4.148 seconds behind")
        r"ahead of",
        # ("holds off Lando Norris by seven tenths")
        r"(?:holds|held|holding|fends|fended|fending) off",
        r"pips",
        r"edged(?: out)?",
        r"outqualified",
        r"out-qualified",
        # ("after outpacing his team-mate by 0.294 seconds", "with Vettel leading Leclerc by 0.189 seconds")
        r"outpac(?:ed|es|ing|e)",
        r"out-paced",
        r"leading",
    ),
    # ("won the race ahead of his team mate Hamilton, 4.148 seconds behind")
    # ("beat Lewis Hamilton to pole position by just five-hundredths of a second")
    "beat_after": (
        rf"\s+by\s+{_LITTLE}{_T}",
        rf"\s+to\s+(?:the\s+)?(?:pole(?:\s+position)?|p1|first place|the win|victory)\s+by\s+{_LITTLE}{_T}",
    ),
    # ("won the race ahead of his team mate Hamilton, 4.148 seconds behind": after the comma that ends the
    # clause)
    "behind_after": (rf"\s*,\s+{_LITTLE}{_T}\s+(?:behind|back|adrift|further back)\b",),
    "followed_before": (r"followed (?:home )?by\s+(?:the )?",),
    "followed_after": (rf"\s*,?\s+(?:at|by)\s+{_LITTLE}{_T}",),
    "not_gap": (
        r"\bq[12]\b",
        r"\bqualifying [12]\b",  # "In Qualifying 1, Bottas topped the session"
        r"provisional\w*",
        r"first runs?",
        r"practice",
        r"\bfp[123]\b",
    ),
    "part": (
        r"(?:first|second|opening) (?:part|segment|session)",
        r"first (?:flying |timed )?(?:runs?|laps?|attempts?)",
    ),
}

# each rule on its own: they share the group name of the time
_BEFORE = [
    (side, re.compile(rule + r"$"))
    for side, key in (("ahead", "ahead_before"), ("behind", "behind_before"))
    for rule in (*NL[key], *EN[key])
]
_BEAT_VERB_RE = re.compile(r"\b(?:" + alt(NL["beat_verb"], EN["beat_verb"]) + r")\s+(?:[\w-]+\s+){0,3}$")
_BEAT_AFTER = [re.compile(rule) for rule in (*NL["beat_after"], *EN["beat_after"])]
_BEHIND_AFTER_RE = re.compile(alt(EN["behind_after"]))
# "Zijn voorsprong op Verstappen (, die ... ,) was slechts acht tienden", "Her winning margin over Hamilton
# was 4.1 seconds": the possessor's margin, told after the other's name (over an aside between commas)
_MARGIN_ON_RE = re.compile(
    r"\b(?:zijn|haar|de|his|her|the) (?:uiteindelijke |winnende |final |winning )?"
    r"(?:voorsprong|marge|margin|advantage) (?:op|over|on)\s+(?:de |het |the )?$"
)
_MARGIN_IS_RE = re.compile(
    r"(?:\s*,[^,.;]{1,80},)?\s+(?:bedroeg|was|is|bleef|stood at|came to|amounted to)"
    r"(?:\s+(?:aan de (?:finish|streep|meet)|at the (?:finish|flag|line)|uiteindelijk|eventually|"
    r"in the end))?"
    r"\s+" + _LITTLE + _T
)
_FOLLOWED_BEFORE_RE = re.compile(r"\b(?:" + alt(NL["followed_before"], EN["followed_before"]) + r")$")
_FOLLOWED_AFTER = [re.compile(rule) for rule in (*NL["followed_after"], *EN["followed_after"])]
_NOT_RE = re.compile(alt(NL["not_gap"], EN["not_gap"]))
# the practice words among them: a gap of a practice session is read, marked ``PRACTICE``, for the pipeline to
# keep with its session (when the clause names one) or drop
_PRACTICE_WORD_RE = re.compile(r"training|\bvt[123]\b|practice|\bfp[123]\b")
#: ``other_label`` of a gap told in a clause that names practice, until its session is known
PRACTICE = "practice"
# "respectievelijk 0,1 en 0,2 seconde sneller dan Bottas en Hamilton": which gap is whose is told by order,
# not read; "respectievelijk 0,035 seconden sneller dan Pérez en 0,087 seconden sneller dan Verstappen" tells
# each gap beside its driver
_RELATIVE_AFTER_RE = re.compile(RELATIVE_OPEN)


def _before_relative(text: str) -> str:
    """The text before a relative clause ("... 0.096 sec ahead of Hamilton, who had been fastest in
    practice": the practice is the relative clause's, not the gap's)."""
    rel = _RELATIVE_AFTER_RE.search(text)
    return text[: rel.start()] if rel else text


_RESPECTIVELY_RE = re.compile(r"\b(?:respectievelijk|respectively)\b")
# (any decimal figure: "0,1" has no unit of its own in "0,1 en 0,2 seconde")
_FIGURE_RE = re.compile(_T + r"|(?<![\d:.,])\d{1,2}[.,]\d{1,3}(?![\d.,:])")
_COMPARED_AFTER_RE = re.compile(
    r"\s+(?:sneller|vlugger|trager|langzamer|quicker|faster|slower|clear|ahead|behind|achter|voor|tekort|off)\b"
)


def _each_beside_its_driver(clause: str) -> bool:
    """Every time of a clause with "respectievelijk" is followed by its comparison (and so by its driver)."""
    return all(_COMPARED_AFTER_RE.match(clause, t.end()) for t in _FIGURE_RE.finditer(clause))


_PART_RE = re.compile(alt(NL["not_gap"], NL["part"], EN["not_gap"], EN["part"]))
_DIGIT_SEP_RE = re.compile(r"\d[.,]\d")  # the cheap gate: every gap has a decimal figure or a part word


def _has_part_word(text: str) -> bool:
    # plain substring tests (in C): a word for a part of a second; whole seconds only with their number
    # ("second" alone is mostly a place)
    return (
        (("sec" in text or "tellen" in text) and _whole_seconds_told(text))
        or "duizendst" in text
        or "thousandth" in text
        or "tiend" in text
        or "tenth" in text
        or "honderdst" in text
        or "hundredth" in text
        or "halve sec" in text
        or "half a sec" in text
    )


_WINDOW = 70  # how far before the other driver a rule looks
_LIST_JOIN_RE = re.compile(r"\s*,\s*|\s+(?:en|and)\s+")


def time_gaps(c: Clause) -> list[Fact]:
    """The time gaps the clause tells, one per other driver named."""
    clause = c.text
    if not (
        _DIGIT_SEP_RE.search(clause)
        or _has_part_word(clause)
        or _BEHIND_AFTER_RE.match(c.f, c.base + len(clause))  # (the gap after the clause's comma)
        or (
            ("voorsprong" in clause or "marge" in clause or "margin" in clause or "advantage" in clause)
            and _MARGIN_IS_RE.search(c.f, c.base)
        )
    ):
        return []
    before = _before_relative(clause)
    # (the sentence's practice: "Albon topped FP1, | beating Russell by 0.033s")
    in_practice = _PRACTICE_WORD_RE.search(_before_relative(c.f)) is not None
    if _NOT_RE.search(_PRACTICE_WORD_RE.sub(" ", before) if in_practice else before):
        return []
    if _RESPECTIVELY_RE.search(clause) and not _each_beside_its_driver(clause):
        return []
    f, base = c.f, c.base
    out: list[Fact] = []
    for i, m in enumerate(c.mentions):
        if m.group or len(m.drivers) != 1:
            continue
        if i + 1 < len(c.mentions) and _LIST_JOIN_RE.fullmatch(f, m.end, c.mentions[i + 1].start):
            continue  # "een tiende verwijderd van Verstappen, Bottas en Leclerc": no one driver's gap
        before_text = f[max(base, m.start - _WINDOW) : m.start]
        found = _side_before(before_text)
        followed = _FOLLOWED_BEFORE_RE.search(before_text) if found is None else None
        if followed is not None:
            end = base + len(clause)
            after = next((a for r in _FOLLOWED_AFTER if (a := r.match(f, m.end, end))), None)
            if after is not None:
                found = ("ahead", after.group("t"), len(before_text) - followed.start(), False)
        possessor: list[str] = []
        if found is None and (lead := _MARGIN_ON_RE.search(before_text)) is not None:
            told = _MARGIN_IS_RE.match(f, m.end)
            if told is not None:
                found = ("ahead", told.group("t"), len(before_text) - lead.start(), False)
                # ("Zijn voorsprong": the one "zijn" stands for; "De voorsprong": the clause's subject)
                at = m.start - len(before_text) + lead.start()
                possessor = [d for x in c.mentions if x.start == at for d in x.drivers] or list(c.subject)
        if found is None:
            verb = _BEAT_VERB_RE.search(before_text)
            end = base + len(clause)
            after = next((a for r in _BEAT_AFTER if (a := r.match(f, m.end, end))), None) if verb else None
            if verb is not None and after is None:
                after = _BEHIND_AFTER_RE.match(f, m.end)
            if verb is None or after is None:
                continue
            found = ("ahead", after.group("t"), len(before_text) - verb.start(), False)
        side, t, back, teammate = found
        if _PLURAL_SUBJECT_RE.search(f, base, m.start - back) and not any(
            x.end <= m.start - back and not x.group for x in c.mentions
        ):
            continue  # "They carried a seven tenths advantage over Verstappen": a team's gap, no driver's
        ms = _millis(t)
        who = [d for d in owner_left(c, m.start - back) if d != m.drivers[0]]
        left = [x for x in c.mentions if x.end <= m.start - back]
        if (
            left
            and left[-1].is_object
            and len(c.subject) == 1
            # (not "with Hamilton a further 0.032 behind Pérez": the driver of an absolute "with")
            and not WITH_NAME_BEFORE_RE.search(f, max(0, left[-1].start - 30), left[-1].start)
        ):
            # "Bottas pulled ahead of Vettel and Leclerc and went on to finish 11.4 seconds ahead of
            # Vettel": the one named last before it was passed; the subject finished ahead
            who = [d for d in c.subject if d != m.drivers[0]]
        if possessor:
            who = [d for d in possessor if d != m.drivers[0]]
        if followed is not None:
            # "(op) Hamilton die als eerste finishte gevolgd door Verstappen": the one named before is ahead
            named = [x for x in c.sentence.mentions if x.end <= m.start - back and len(x.drivers) == 1]
            who = [named[-1].drivers[0]] if named and named[-1].drivers[0] != m.drivers[0] else []
        if ms is None or not who:
            continue
        out.append(
            Fact(
                "time_gap",
                who[0],
                c.index,
                others=m.drivers,
                other_label=PRACTICE if in_practice else TEAMMATE if teammate else None,
                amount=ms,
                unit=gap_unit(t),
                detail=side,
            )
        )
    return out


_END_OF_GAP = r"(?=\s*(?:$|[,.;)]|to\b|and\b|in\b|for\b|as\b|while\b|en\b|maar\b|terwijl\b))"
#: ``other_label`` of a gap told to no one named ("came in second 17.8 seconds behind"): the race's winner,
#: filled in by ``to_the_winner`` once the article's winner is known
WINNER = "winner"
# "came in second some 17.8 seconds behind", "finished second, 17.8s behind the winner", "werd tweede op 17,8
# seconden (van de winnaar)": a finishing place, then its gap to the one who won
_PLACE_TOLD_RE = re.compile(
    r"\b(?:came in|came home|finished|crossed the line|werd|eindigde|finishte|kwam)\b[^,.;]{0,30}?\b(?:als )?"
    r"(?P<place>" + ORDINAL_RE + r")\b"
)
_BEHIND_AFTER = [
    re.compile(
        r"[^.;]{0,25}?\s" + _T + r"\s+(?:behind|adrift)"
        r"(?:\s+(?:the (?:race )?winner|the leader|him))?" + _END_OF_GAP
    ),
    re.compile(
        r"[^.;]{0,25}?\bop\s+" + _T + r"(?:\s+(?:van|achter)\s+(?:de winnaar|de leider|hem))?" + _END_OF_GAP
    ),
    # "finished second with a difference of 27.066 seconds", "werd tweede met een achterstand van 8,4 sec"
    re.compile(
        r"[^.;]{0,25}?\b(?:with|met)\s+(?:a|an|een)\s+(?:difference|gap|deficit|verschil|achterstand)\s+"
        r"(?:of|van)\s+" + _T + r"(?:\s+(?:to|on|behind|op|achter)\s+(?:the winner|the leader|him|de winnaar|"
        # (not "with a gap of 4.5 seconds to Perez": to one named, whichever side)
        r"de leider|hem))?(?!\s+(?:to|on|behind|op|achter)\b)" + _END_OF_GAP
    ),
]
# (the words one of them needs in a clause: a clause without any has no such gap)
_BEHIND_WORDS = ("behind", "adrift", " op ", "difference", "gap", "deficit", "verschil", "achterstand")


# "Bottas crossed the line 6.5 seconds later", "kwam 6,5 seconden later over de streep": the gap to the winner
# of one who finished after him, his place not told
_LATER_RES = (
    re.compile(
        # ("with Lewis Hamilton crossing the finish line 7.8 seconds behind to claim second")
        r"\b(?:cross(?:ed|es|ing) the (?:finish )?line|took the (?:chequered |checkered )?flag|came home)\s+"
        + _T
        + r"\s+(?:later|behind|adrift)"
        + _END_OF_GAP
    ),
    re.compile(
        r"\b(?:kwam|finishte)\s+(?:hij\s+)?" + _T + r"\s+later\s+(?:over de (?:streep|meet)|aan de finish)\b"
    ),
)
# "Verstappen eindigde op zestien seconden": the gap to the winner, his place not told (not "op zestien
# seconden van Hamilton": to one named, read by ``time_gaps``)
_ENDED_AT_RE = re.compile(
    r"\b(?:eindigde|eindigt|finishte|finisht)\s+(?:hij\s+)?op\s+" + _T + r"(?=\s*(?:$|[,.;]|en\b))"
)


def behind_the_winner(c: Clause) -> list[Fact]:
    """ "Perez came in second some 17.8 seconds behind": the gap of one placed behind to the winner, who is
    not named (``to_the_winner`` names him)."""
    clause = c.text
    if ("later" in clause or "behind" in clause or "adrift" in clause) and (
        _DIGIT_SEP_RE.search(clause) or _has_part_word(clause)
    ):
        later = next((g for r in _LATER_RES if (g := r.search(clause))), None)
        ms = _millis(later.group("t")) if later else None
        if later is not None and ms is not None and not _NOT_RE.search(clause):
            return _to_the_winner(c, c.base + later.start(), later.group("t"), ms)
    ended = _ENDED_AT_RE.search(clause) if " op " in clause else None
    if ended is not None and not _NOT_RE.search(clause) and (ms := _millis(ended.group("t"))) is not None:
        return _to_the_winner(c, c.base + ended.start(), ended.group("t"), ms)
    if not any(w in c.f for w in _BEHIND_WORDS):
        return []
    if not (_DIGIT_SEP_RE.search(c.f) or _has_part_word(c.f)):
        return []  # (the gate of ``time_gaps``: no time told, no gap; most clauses with " op " have none)
    m = _PLACE_TOLD_RE.search(clause)
    if m is None or _NOT_RE.search(clause):
        return []
    # (the gap may follow after a comma, in the next clause: "finished second, 17.8s behind the winner")
    t = next((g for r in _BEHIND_AFTER if (g := r.match(c.f, c.base + m.end()))), None)
    place = ordinal_value(m.group("place"))
    ms = _millis(t.group("t")) if t else None
    if t is None or place is None or place < 2 or ms is None:
        return []
    if any(c.base + m.end() <= x.start <= t.end() for x in c.sentence.mentions):
        return []  # "werd tweede op 1,2 seconden van Verstappen": a gap to one named, read by ``time_gaps``
    return _to_the_winner(c, c.base + m.start(), t.group("t"), ms, place)


def _to_the_winner(c: Clause, pos: int, t: str, ms: int, place: int | None = None) -> list[Fact]:
    """The gap ``t`` (``ms`` milliseconds) of the one the event at ``pos`` belongs to, behind the article's
    winner (``to_the_winner`` names him), with his ``place`` when told."""
    return [
        Fact(
            "time_gap",
            d,
            c.index,
            position=place,
            amount=ms,
            unit=gap_unit(t),
            detail="behind",
            other_label=WINNER,
        )
        for d in owner_left(c, pos)[:1]
    ]


#: ``other_label`` of a winning margin told to no one named ("won by 1.4 seconds"): the race's second, filled
#: in by ``to_the_winner`` once the article's second is known
RUNNER_UP = "runner-up"
# a win told with its margin: "to win by 1.4 seconds", "took the chequered flag by a massive 20.5 seconds",
# "his 49th career victory by just 0.6s", "cruised to victory over Hamilton by 1.4s" (the one beaten named
# between), "won met 1,4 seconde voorsprong", "zege met een voorsprong van 2,3 seconden"; not a margin
# "from"/"over" one named after it (read by ``time_gaps``), nor a rough one ("won by over 14s")
_WIN_WORDS_EN = (
    r"won|wins|win|winning|victory|triumph(?:ed|s)?|"
    r"(?:took|take|takes|taking) the (?:(?:chequered|checkered) )?flag"
)
_WIN_WORDS_NL = r"won|wint|winnen|gewonnen|zege|overwinning|zegevierde|triomf\w*"
#: a clause that tells a win: a gap in it is the race's (a page of qualifying and race)
WON_RE = re.compile(r"\b(?:" + _WIN_WORDS_EN + "|" + _WIN_WORDS_NL + r")\b")
_SIZE_WORDS = (
    r"(?:(?:a|an)\s+(?:massive|comfortable|huge|narrow|slim|healthy|commanding|dominant|mere|tiny)\s+"
    # "won by an easy margin of nearly 16 seconds"
    r"|(?:a|an)\s+(?:[\w-]+\s+)?margin\s+of\s+)?"
)
_WIN_BEFORE_NL = r"\b(?:" + _WIN_WORDS_NL + r")\b(?P<mid>[^,;:]{0,45}?)\s+met\s+"
_MARGIN_RES = (
    re.compile(
        r"\b(?:"
        + _WIN_WORDS_EN
        + r")\b(?P<mid>[^,;:]{0,45}?)\s+by\s+"
        + _SIZE_WORDS
        + _LITTLE
        + _T
        + r"(?:\s+(?:at the (?:finish|flag|line)|in the end))?"
        # ("to his sixth win – by just 0.9 seconds – as ...": a dash closes the aside)
        r"(?=\s*(?:$|[,.;)–—]|- |and\b|after\b|as\b|while\b|to\b))"
    ),
    re.compile(_WIN_BEFORE_NL + r"een\s+(?:voorsprong|marge)\s+van\s+" + _LITTLE + _T),
    re.compile(_WIN_BEFORE_NL + _LITTLE + _T + r"\s+(?:voorsprong|verschil|marge)\b"),
    # "aan de finish had hij nog vijf seconden voorsprong", "ended up 11 seconds clear at the front": the
    # winner's margin at the line (kept only when its owner is the article's winner)
    re.compile(
        r"\b(?:aan de finish|op de streep|at the (?:finish|flag|line))\b(?P<mid>[^,;:]{0,30}?)\s+(?:nog\s+)?"
        + _LITTLE
        + _T
        + r"\s+(?:voorsprong|marge)\b"
    ),
    re.compile(
        r"\b(?:ended up|finished|came home)(?P<mid>)\s+"
        + _LITTLE
        + _T
        + r"\s+clear at the (?:front|flag|finish)\b"
    ),
)
_BEATEN_IN_MID_RE = re.compile(r"\s(?:over|op)\s+$")
_TO_ONE_AFTER_RE = re.compile(r"\s+(?:op|naar|over|from|ahead of)\b")


def winning_margin(c: Clause) -> list[Fact]:
    """ "Verstappen won by 1.4 seconds": the winner's margin, to the one named beaten between ("victory over
    Hamilton by 1.4s") or else to the race's second (``to_the_winner`` names him)."""
    if not any(
        w in c.text
        for w in (
            "win",
            "won",
            "victor",
            "triumph",
            "flag",
            "zege",
            "overwinning",
            "finish",
            "streep",
            "clear",
        )
    ):
        return []
    if not (_DIGIT_SEP_RE.search(c.text) or _has_part_word(c.text)):
        return []
    for rule in _MARGIN_RES:
        m = rule.search(c.text)
        if m is None:
            continue
        ms = _millis(m.group("t"))
        start, mid_start, mid_end = c.base + m.start(), c.base + m.start("mid"), c.base + m.end("mid")
        between = [x for x in c.sentence.mentions if mid_start <= x.start < mid_end]
        if ms is None or _TO_ONE_AFTER_RE.match(c.text, m.end()) or _NOT_RE.search(c.text):
            return []  # ("won met 2 seconden voorsprong op Hamilton": read by ``time_gaps``)
        who = owner_left(c, start)
        if len(who) != 1:
            return []
        if between:
            beaten = between[0]
            if (
                len(between) != 1
                or beaten.group
                or len(beaten.drivers) != 1
                or not _BEATEN_IN_MID_RE.search(c.f, mid_start, beaten.start)
                or beaten.drivers[0] == who[0]
            ):
                return []
            return [
                Fact(
                    "time_gap",
                    who[0],
                    c.index,
                    others=beaten.drivers,
                    amount=ms,
                    unit=gap_unit(m.group("t")),
                    detail="ahead",
                )
            ]
        return [
            Fact(
                "time_gap",
                who[0],
                c.index,
                amount=ms,
                unit=gap_unit(m.group("t")),
                detail="ahead",
                other_label=RUNNER_UP,
            )
        ]
    return []


def to_the_winner(facts: list[Fact]) -> list[Fact]:
    """The gaps told to no one named take the article's winner of that race as the one ahead, and a winning
    margin told to no one the article's second as the one behind; without one winner told, they go (a
    margin of the winner with no second told stays his, to no one named)."""
    if not any(x.kind == "time_gap" and x.other_label in (WINNER, RUNNER_UP) for x in facts):
        return facts
    placed: dict[tuple[object, ...], set[str]] = {}
    for x in facts:
        if x.kind == "finish" and x.position in (1, 2) and x.status == "final":
            placed.setdefault((x.position, x.season, x.grand_prix, x.session), set()).add(x.driver)
    out = []
    for x in facts:
        if x.kind == "time_gap" and x.other_label in (WINNER, RUNNER_UP):
            won = placed.get((1, x.season, x.grand_prix, x.session), set())
            if x.other_label == WINNER:
                if len(won) != 1 or x.driver in won:
                    continue
                x = replace(x, others=(next(iter(won)),), other_label=None)
            else:
                # (the margin's owner must be the one the article has win: else "won" was read of another)
                second = placed.get((2, x.season, x.grand_prix, x.session), set())
                if won != {x.driver} or x.driver in second:
                    continue
                if len(second) == 1:
                    x = replace(x, others=(next(iter(second)),), other_label=None)
        out.append(x)
    return out


def qualifying_only(
    facts: list[Fact], sentences: list[Sentence], folded: list[str], season: int | None = None
) -> list[Fact]:
    """Keep the time gaps of qualifying as a whole: a gap outside qualifying goes, and so does one in a
    paragraph that is about one part of it up to its sentence ("Tijdens het tweede kwalificatiegedeelte
    ... was 0,025 sneller", "after the first runs ... 0.1s faster"), and one placed in another season than
    the article's ``season`` (a sentence that also tells of last year: "Op zeven tienden van zijn teamgenoot
    ..., de positie waarvandaan hij vorig jaar nog wist te winnen")."""
    if not any(x.kind == "time_gap" for x in facts):
        return facts
    out = []
    # ("Norris was second, 4.705 seconds behind Sainz", "werd tweede, op 4,7 seconden van Sainz": a final
    # place of his in the same sentence tells that the gap is the one at the finish)
    placed = {
        (x.driver, x.sentence)
        for x in facts
        if x.kind == "finish"
        and x.status == "final"
        and x.position
        and _PLACE_WORD_RE.search(folded[x.sentence])
    }
    for x in facts:
        if x.kind == "time_gap" and x.session == "practice":
            out.append(x)  # (a gap of one practice session, its session told: kept as it is)
            continue
        if x.kind == "time_gap" and x.other_label == PRACTICE:
            continue  # (a gap told in practice, of no one session: none)
        if (
            x.kind == "time_gap"
            and x.session == "qualifying"
            and season is not None
            and x.season not in (None, season)
        ):
            continue
        if (
            x.kind == "time_gap"
            and x.other_label == TEAMMATE
            and not _teammates(x.driver, x.others[0], x.season)
        ):
            continue  # "He finished 3.8s ahead of team-mate Bottas": "he" was read as someone else
        if x.kind == "time_gap" and x.session in ("race", "sprint"):
            # a gap at the finish ("won by 7.3 seconds from", "crossed the line 2.5s ahead of", a row of the
            # classification, which has its position): kept
            if x.position is None and (
                not (_AT_THE_FINISH_RE.search(folded[x.sentence]) or (x.driver, x.sentence) in placed)
                or _NOT_AT_THE_FINISH_RE.search(folded[x.sentence])
            ):
                continue
        elif x.kind == "time_gap":
            para = sentences[x.sentence].paragraph
            first = x.sentence
            while first > 0 and sentences[first - 1].paragraph == para:
                first -= 1
            if (
                x.session != "qualifying"
                or (x.amount or 0) >= _QUALIFYING_GAP_MS
                or (
                    # ("In Q1 en Q2 ... In Q3 ... eerste run ... hij was uiteindelijk 0.511 sneller": the end
                    # of the session, whatever parts the paragraph told before)
                    not IN_THE_END_RE.search(folded[x.sentence])
                    and any(_PART_RE.search(folded[i]) for i in range(first, x.sentence))
                )
                or _PART_RE.search(_before_relative(folded[x.sentence]))
            ):
                continue
        out.append(x)
    return out


# "sneller dan teamgenoot Lewis Hamilton", "dan zijn grote titelrivaal Hamilton", "dan de Spanjaard Carlos
# Sainz": a title of one or two words between the rule and the name (no word that starts another clause)
_TITLE_WORD = (
    r"(?!(?:en|and|of|or|maar|but|want|terwijl|while|dat|that|die|who|which|toen|when|in|op|bij|at|on|met|with|"
    r"na|after|voor|before|door|by|dan|than|van|to|naar|achter|behind|off)\s)[a-z][a-z-]+\s+"
)
_PLURAL_SUBJECT_RE = re.compile(r"\b(?:they|zij|ze|both|beiden|allebei)\b")
_TEAMMATE_RE = re.compile(r"\b(?:teamgenoot|ploeggenoot|ploegmaat|stalgenoot|team-?mate)\b")
_TITLE_TAILS = tuple(
    # ("ahead of seven-time world champion Hamilton": three words)
    re.compile(r"(?<=\s)(?:(?:zijn|z'n|his|de|het|the)\s+)?" + _TITLE_WORD * n + "$")
    for n in (1, 2, 3)
)


def _side_before(text: str) -> tuple[str, str, int, bool] | None:
    """(side, seconds, how far back the rule starts, whether a team-mate title stands between) of the rule
    ending right before the other driver."""
    if not (_DIGIT_SEP_RE.search(text) or _has_part_word(text)):
        return None  # (no time in the window before him: no rule can end there)
    found = _side_of(text, len(text))
    if found is not None:
        return (*found, False)
    for tail_re in _TITLE_TAILS:
        tail = tail_re.search(text)
        found = _side_of(text[: tail.start()], len(text)) if tail is not None else None
        if found is not None and tail is not None:
            return (*found, _TEAMMATE_RE.search(tail.group(0)) is not None)
    return None


#: ``other_label`` of a gap told to "team-mate X": the two must share a team that season
TEAMMATE = "teammate"


def _teammates(a: str, b: str, season: int | None) -> bool:
    ref = load_reference()
    da, db = ref.driver(a), ref.driver(b)
    if da is None or db is None or season is None:
        return True  # nothing to check against
    return bool(set(da.teams.get(season, ())) & set(db.teams.get(season, ())))


def _side_of(text: str, length: int) -> tuple[str, str, int] | None:
    for side, rule in _BEFORE:
        hit = rule.search(text)
        if hit is not None:
            return side, hit.group("t"), length - hit.start()
    return None


def gap_unit(t: str) -> str:
    """The ``unit`` of a gap as written: "ms" exact, or with its roughness ("ruim 15 seconden": "ms+")."""
    rough = _ROUGH_START_RE.match(t)
    return "ms" + _ROUGH_SENSE[rough.group(1)] if rough else "ms"


def _millis(t: str) -> int | None:
    """Milliseconds of a gap as written: "0,038 seconde", "21 duizendsten", "vier tienden", "half a sec"
    (a rough one's words before the figure left out: ``gap_unit`` tells them)."""
    rough = _ROUGH_START_RE.match(t)
    if rough:
        t = t[rough.end() :]
    decimal = _DECIMAL_RE.match(t)
    whole = _WHOLE_RE.match(t) if decimal is None else None
    if decimal:
        ms = seconds_ms(decimal.group(0))
    elif whole:
        n = int(whole.group(1)) if whole.group(1).isdigit() else cardinal_value(whole.group(1))
        ms = (n or 0) * 1000
    else:
        part = _PART_OF_SECOND_RE.search(t)
        if part is None:
            return None
        if part.group("half"):
            ms = 500
        else:
            n = 1 if part.group("n") in ("een", "a") else cardinal_value(part.group("n"))
            ms = n * _PART_MS[part.group("u")] if n else 0
    return ms if 0 < ms < 100_000 else None


# "uiteindelijk", "in the end": what a story came to (read by the pipeline too)
IN_THE_END_RE = re.compile(r"\b(?:uiteindelijk|eventually|in the end|ultimately)\b")
_QUALIFYING_GAP_MS = 10_000  # a qualifying gap is under ten seconds
# where a race gap is told at the finish: a win's margin, the line crossed, the flag, the end
_AT_THE_FINISH_RE = re.compile(
    r"\b(?:won|wins|win|winning|victory|triumph\w*|margin|finish\w*|finale|flag|chequered|checkered|crossed|"
    r"line|came home|eindigde|finishte|gewonnen|won|zege|overwinning|streep|finish|vlag|uiteindelijke?|"
    r"eventually|in the end|ended up|at the front)\b"
)
# a place in words ("was second", "in P2"): not one read from "behind Stroll" alone
# (not the time's "1 second", "a second")
_PLACE_WORD_RE = re.compile(
    r"(?<![\w-])(?<!\d )(?<!\ba )(?:" + ORDINAL_RE + r"|p\d{1,2})(?![\w-])(?! behind)"
)
# a gap at a moment of the race is no gap at the finish
_NOT_AT_THE_FINISH_RE = re.compile(
    r"\b(?:laps? (?:to go|remaining|left)|ronden? (?:te gaan|voor het einde)|on lap|in ronde|op ronde|"
    r"after lap|na ronde|halfway|halverwege|restart|herstart|at that (?:point|stage|time)|op dat moment|"
    r"pit ?stops?|stint)\b"
)
