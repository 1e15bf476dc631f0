"""The fastest lap of a race ("reed de snelste raceronde", "set the fastest lap", "het bonuspunt voor de
snelste ronde"), and who it went to when it was given up ("moest de snelste ronde afstaan aan Ricciardo").

Talk about the rule ("de snelste ronde levert een punt op"), a count ("meeste snelste ronden"), an attempt
("zijn poging om de snelste ronde te rijden") or another session ("de snelste ronde in Q3") is no fact.
"""

from __future__ import annotations

import re
from dataclasses import replace

from knowledge.extract import laptimes
from knowledge.extract.clauses import BEAT_VERB_RE, negated_right_before, owner_left
from knowledge.extract.context import Clause
from knowledge.extract.model import Fact
from knowledge.extract.phrases import Phrases, alt
from knowledge.text import CARDINAL_RE, Sentence

NL: Phrases = {
    "fastest": (r"snelste (?:race)?ronde(?:tijd)?(?! in de kwalificatie)", r"snelste rondetijd"),
    # Words that make the clause no fastest lap of his: the rule, a count, an attempt, another session.
    "not": (
        r"levert\w*",
        r"oplever\w*",
        r"meeste",
        r"aantal",
        r"poging\w*",
        r"probe\w*",
        r"kwalificatie\w*",
        r"q[123]",
        r"training\w*",
        r"sector\w*",
        r"(?:wil|wilde|moet|moest|kan|kon)\b[^.;]{0,40}\b(?:rijden|pakken|persen|halen)",
        r"niet",
        r"geen",
        # an infinitive says what he should or wanted to do: "de snelste ronde te rijden", "... persen"
        r"(?:te )?(?:rijden|pakken|persen|halen|zetten|klokken|bemachtigen|veroveren|grijpen)",
        # "Verstappen leek het bonuspunt te bemachtigen": what seemed, not what came
        r"leek|leken|scheen",
        # "had de snelste ronde in handen tot Bottas ...": held for a while, then lost
        r"(?:had|hield|houdt|heeft)\b[^.;]{0,40}\btot\b",
        # "verloor een punt voor de snelste ronde": taken away (struck off, "geschrapt": see not_sentence)
        r"ontnomen|afgenomen|verloor|verliest|verloren",
        # "ging in de slotfase op jacht naar de snelste ronde": aimed at
        r"op jacht|jaag\w*|jagen|(?:ging|gingen|gaat|gaan) (?:\w+ ){0,3}voor",
        # "ging de strijd in de laatste ronden nog om het bonuspunt": fought over, not yet set (not "versloeg
        # Piastri in de strijd om de snelste ronde": won)
        r"(?:ging|gaat|draaide|draait)\s+de\s+(?:strijd|gevecht|duel)|(?:strijd|gevecht|duel)\s+(?:ging|gaat)",
    ),
    # In the sentence: another session, or a condition.
    "not_sentence": (
        r"kwalificatie\w*",
        r"q[123]",
        r"training\w*",
        r"pole\w*",
        r"^als",
        r"poging\w*",
        r"probe\w*",
        # ("... zijn snelste ronde erg groot en kon de wedstrijdleider niets anders dan de tijd schrappen")
        r"schrap\w*|geschrapt",
    ),
    # "moest de snelste ronde afstaan aan Ricciardo": the driver after it took it.
    "given": (
        r"afstaan(?: aan)?",
        r"afgestaan(?: aan)?",
        r"aan (?:\w+ ){0,2}kwijt",
        r"ging naar",
        r"gaat naar",
        r"was voor",
    ),
}
EN: Phrases = {
    "fastest": (r"fastest lap(?! time in (?:qualifying|practice))", r"fastest race lap"),
    "not": (
        r"worth",
        r"most",
        r"attempt\w*",
        r"tr(?:y|ied|ying) (?:to|for|and)",
        r"in order to",
        r"qualifying",
        r"q[123]",
        r"practice",
        r"sector",
        r"needs? to",
        r"if (?:he|the)",
        r"not",
        r"no",
        r"without",
        r"seemed|looked set",  # "Verstappen seemed to take the bonus point": what seemed, not what came
        # "held the fastest lap until Bottas pitted and snatched the point": held for a while, then lost
        r"(?:held|had|holding)\b[^.;]{0,40}\buntil\b",
        # "had his fastest lap deleted", "was stripped of the fastest lap": taken away
        r"stripped|struck off|taken away|removed",
        # "stopped for an extra stop to chase the fastest lap bonus point": aimed at, not set
        r"chas\w*|hunt\w*|go(?:es|ing)? for|went for|bid for|in search of",
        # "the battle in the closing laps was for the bonus point": fought over, not yet set (not "won the
        # battle for the fastest lap")
        r"(?:battle|fight|scrap|duel)\b[^.;]{0,60}\b(?:was|is|went|came down)\s+(?:\w+\s+)?(?:for|to)",
    ),
    "not_sentence": (
        r"qualifying",
        r"q[123]",
        r"practice",
        r"pole\w*",
        r"^if",
        r"attempt\w*",
        r"tr(?:y|ied|ying) (?:to|for|and)",
        r"deleted|stripped of",
    ),
    # ("with the fastest lap going to Hamilton": an absolute "with" giving it away)
    "given": (r"(?:lost|gave up|handed|went) (?:\w+ ){0,3}to", r"went to", r"going to"),
}

FASTEST_RE = re.compile(r"\b(?:" + alt(NL["fastest"], EN["fastest"]) + r")\b")  # only its start is used
_NOT_RE = re.compile(r"\b(?:" + alt(NL["not"], EN["not"]) + r")\b")  # tested only
_NOT_SENTENCE_RE = re.compile(r"\b(?:" + alt(NL["not_sentence"], EN["not_sentence"]) + r")\b")  # tested only
# "Fastest lap: Lewis Hamilton 1:27.406": the name right after a label
_LABEL_RE = re.compile(r"\s*[:\-–]\s*")
# "Snelste raceronde 1:19.232 (Leclerc)", "Fastest lap: 1:19.232 (Leclerc)": a lap time, then the name
_TIMED_LABEL_RE = re.compile(r"\s*:?\s*\d:\d\d[.,:]\d{3}\s*\(\s*")
_GIVEN_RE = re.compile(r"\b(?:" + alt(NL["given"], EN["given"]) + r")\b")  # tested only


# "Dat extra punt ging daarmee naar Bottas", "the bonus point went to Norris instead": the fastest lap's
# point, told without the words "fastest lap", to the driver right after
_BONUS_WENT_RE = re.compile(
    r"\b(?:extra|bonus)[ -]?(?:wk-)?(?:punt|point)\b[^.;]{0,30}?\b(?:ging|gaat|went|goes|was voor|is voor)\s+"
    r"(?:(?:daarmee|dus|dan|daardoor|instead|therefore|thus)\s+)?(?:naar\s+|to\s+)?"
    # "Bonuspunt voor Bottas" opening a line (a heading): the driver named right after it (not "denying the
    # bonus point for Hamilton")
    r"|^\s*(?:het |the )?(?:extra|bonus)[ -]?(?:punt|point) (?:voor|for) "
)


def fastest_lap(c: Clause) -> list[Fact]:
    """The fastest lap of the race in the clause, to the driver who set it, with its time when the clause
    gives one lap time after the words ("notching the fastest lap in the race in 1:31.458")."""
    facts = _fastest_lap(c)
    m = FASTEST_RE.search(c.text) if len(facts) == 1 else None
    # (not "set the fastest lap on lap 11/70 with a 1m15.475s": the fastest so far, maybe not the race's)
    ms = laptimes.only_lap_ms(c.text[m.end() :]) if m and not _ON_LAP_RE.search(c.text) else None
    return [replace(facts[0], amount=ms, unit="ms")] if ms is not None else facts


_ON_LAP_RE = re.compile(r"\b(?:on|in|op) (?:lap|ronde) " + CARDINAL_RE + r"\b")


def _fastest_lap(c: Clause) -> list[Fact]:
    clause = c.text
    if "snelste" not in clause and "fastest" not in clause:
        told = "punt" in clause or "point" in clause
        bonus = _BONUS_WENT_RE.search(c.f, c.base, c.base + len(clause)) if told else None
        named = [x for x in c.mentions if bonus and x.start == bonus.end()]
        return [Fact("fastest_lap", d, c.index) for d in named[0].drivers[:1]] if named else []
    m = FASTEST_RE.search(clause)
    if m and (timed := _TIMED_LABEL_RE.match(c.f, c.base + m.end())):
        # "Snelste raceronde 1:19.232 (Leclerc)" among a line of session bests: the name in the brackets
        named = [x for x in c.sentence.mentions if x.start == timed.end()]
        return [Fact("fastest_lap", d, c.index) for d in named[0].drivers[:1]] if named else []
    if not m or _NOT_RE.search(clause) or _NOT_SENTENCE_RE.search(c.f):
        return []
    if negated_right_before(clause, m.start(), words=2):
        return []  # "didn't set the fastest lap" (not "wasn't so lucky - his fastest lap ... going to X")
    end = c.base + m.end()
    later = [x for x in c.sentence.mentions if x.start >= end]
    label = _LABEL_RE.match(c.f, end)
    if label and later and later[0].start == label.end():
        return [Fact("fastest_lap", d, c.index) for d in later[0].drivers[:1]]
    if _GIVEN_RE.search(c.f, end, end + 120):
        # "moest de snelste ronde afstaan aan Ricciardo": to the driver named after it, if any
        given = [x for x in later if _GIVEN_RE.search(c.f, max(0, x.start - 40), x.start)]
        return [Fact("fastest_lap", d, c.index) for d in given[0].drivers[:1]] if given else []
    if c.subject and _MEANS_BEFORE_RE.search(c.f, max(c.base, c.base + m.start() - 50), c.base + m.start()):
        # "snoepte Verstappen een punt van Hamilton af door de snelste ronde aan te tekenen", "took a point
        # off Hamilton by setting the fastest lap": the means is the subject's, not the name just before it
        return [Fact("fastest_lap", c.subject[0], c.index)]
    left = [x for x in c.mentions if x.end <= c.base + m.start()]
    if (
        left
        and _TAKEN_OFF_AFTER_RE.match(clause, m.end())
        and _TAKE_VERB_RE.search(c.f, c.base, left[-1].start)
        and any(d not in left[-1].drivers for d in c.subject[:1])
    ):
        # "snoepte Verstappen de Brit de snelste rondetijd af", "pakte Norris de snelste ronde af": taken from
        # the one named before it, by the subject
        return [Fact("fastest_lap", d, c.index) for d in c.subject[:1]]
    if left and (_beaten_right_before(c.f, left[-1].start) or _BEAT_AFTER_RE.match(c.f, left[-1].end)):
        # "slaagde erin Hamilton af te troeven in de strijd om de snelste ronde", "pipped Hamilton to the
        # fastest lap": the one named is the one beaten; the lap is the subject's, if another
        won = [d for d in c.subject[:1] if d not in left[-1].drivers]
        return [Fact("fastest_lap", d, c.index) for d in won]
    return [Fact("fastest_lap", d, c.index) for d in owner_left(c, c.base + m.start(), close_any=False)[:1]]


# The one named beaten to the fastest lap: the verb right before the name ("pipped Hamilton to",
# "versloeg Hamilton in de strijd om") or after it ("Hamilton af te troeven", "Hamilton te snel af")
def _beaten_right_before(f: str, start: int) -> bool:
    verb = BEAT_VERB_RE.search(f, max(0, start - 16), start)
    return verb is not None and f[verb.end() : start].strip() in ("", "out")  # ("edged out Hamilton")


# a Dutch verb of taking whose "af" closes the clause after the thing taken ("snoepte ... de snelste
# ronde af")
_TAKEN_OFF_AFTER_RE = re.compile(r"\s+(?:[\w-]+\s+){0,3}?af\b")
_TAKE_VERB_RE = re.compile(
    r"\b(?:snoep\w*|pakte|pakt|pakten|nam|neemt|namen|ontfutsel\w*|troggelde|snaaide)\b"
)
_BEAT_AFTER_RE = re.compile(r"\s+(?:af te troeven|aftroeven|te verslaan|verslaan|te snel af)\b")


# (and the point it earned: "denying the German an extra point with the fastest lap", "pakte het extra
# punt met de snelste ronde")
_MEANS_BEFORE_RE = re.compile(
    r"\b(?:door|by)\s+(?:[\w-]+\s+){0,2}$|\b(?:point|punt)\w*\s+(?:[\w-]+\s+){0,3}(?:with|met)\s+(?:[\w-]+\s+){0,2}$"
)


# "Dat punt werd hem echter weer afgenomen omdat hij de baanlimiet overschreed", "his lap was deleted": the
# fastest lap told just before was taken away (tested only)
_TAKEN_AWAY_RE = re.compile(
    r"\b(?:punt|bonuspunt|ronde|rondetijd|point|lap|lap ?time)\b[^.;]{0,40}\b(?:werd|was|is|got)\s+"
    r"(?:\w+\s+){0,3}(?:afgenomen|ontnomen|geschrapt|afgepakt|deleted|taken away|removed|struck off)\b"
)


def taken_away(facts: list[Fact], sentences: list[Sentence], folded: list[str]) -> list[Fact]:
    """The fastest laps the paragraph's next sentence or the one after takes away again: superseded."""
    gone = {i for i, f in enumerate(folded) if _TAKEN_AWAY_RE.search(f)}
    if not gone:
        return facts
    out = []
    for x in facts:
        later = (x.sentence + 1, x.sentence + 2)
        if x.kind == "fastest_lap" and any(
            j in gone and sentences[j].paragraph == sentences[x.sentence].paragraph
            for j in later
            if j < len(sentences)
        ):
            x = replace(x, status="superseded")
        out.append(x)
    return out
