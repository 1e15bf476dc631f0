"""The article's own sentence for a question no fact kind holds ("whose helmet was Checo wearing in Monaco
2022", "wat was het probleem van Max in Barcelona 2022", "track temp spanish gp 2020").

The parser reads places, penalties, retirements and the like into facts; fans ask more. A question that asks
something no fact kind holds, and names its race, is answered with the one sentence of an article of that
race (or of the days around it, naming the race) that tells it: the sentence touches every word of the
question's topic (the words that are not the frame, the drivers or the race), names every driver asked with a
topic word near the name, and holds what the question's kind needs (a number for how many, a count right
before the thing counted, a moment for when; no other moment, session or supposition). The reply quotes the
sentence as the article wrote it; nothing is read into it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

from knowledge.asked import names_moment
from knowledge.extract.events import EN as EVENT_EN
from knowledge.extract.events import NL as EVENT_NL
from knowledge.extract.phrases import alt
from knowledge.gazetteer import load_gazetteer
from knowledge.people import people_in
from knowledge.reference import demonyms_en, demonyms_nl
from knowledge.text import CARDINAL_WORDS, ORDINAL_WORDS, cardinal_value, fold, ordinal_value
from knowledge.told_quotes import FRAME_WORDS, MAX_REPLY, cut_quote, topic_words, touch_at

if TYPE_CHECKING:
    from knowledge.query import Query
    from knowledge.reference import Reference

# the words of a question that ask, besides those of a quote question: no topic
_QUESTION_WORDS = frozenset(
    (
        "who whose what which where why how wie wiens wat welke welk waar waarom hoe hoeveel hoeveelste "
        "wanneer many much does did do doe deed doet kan can could would will zal zou moet must moest need "
        "nodig get got kreeg krijgt this deze dit that dat those these there here hier daar precies exactly "
        "eigenlijk actually nou now wearing"
    ).split()
)
_FRAME = FRAME_WORDS | _QUESTION_WORDS
_THIS_SEASON_RE = re.compile(r"\b(?:dit|this|het|the) (?:jaar|year|seizoen|season)\b")
# a count of one season and one of a career: asked of one, the other answers a neighbouring question
_SEASON_COUNT_RE = re.compile(
    r"\b(?:van (?:het|dit) seizoen|dit seizoen|this season|of the season|van 20\d\d|in 20\d\d|of 20\d\d|"
    r"dit jaar|this year)\b"
)
_CAREER_COUNT_RE = re.compile(
    r"\b(?:carri[eè]re|career|loopbaan|in de formule 1|in formula (?:one|1)|in de f1|in f1|ooit|all-time)\b"
)
# points asked as a total after a race ("hoeveel punten had X na spanje", "how many points did X have after"),
# and points told as one race's haul ("neemt 40 punten mee naar huis", "scored 25 points")
_TOTAL_AFTER_Q_RE = re.compile(
    r"\b(?:had|heeft|hebben|hadden|have|has|stond|staat|stand|stood)\b.*\b(?:na|after)\b"
)
_STANDING_TOLD_RE = re.compile(
    r"\b(?:stand|tussenstand|klassement|standings|kampioenschap|wk|championship|totaal|total|staat op|"
    r"stands on|leads?|leidt|leider|leader|"
    # "komt door de dubbele podiumfinish op 612 punten", "moves on to 612 points": the total reached
    r"(?<!\d )(?:op|on|to|tot) \d{2,3}(?:[.,]5)? (?:punten|points))\b"
)
_HAUL_TOLD_RE = re.compile(
    r"\b(?:mee naar huis|scoorde\w*|scoort|pakte|pakt|haalde|verdiende|scored|scores|took home|takes home|"
    r"collected|earned|bagged|picked up)\b"
)
# a count of a run: "his fourth consecutive pole", "zijn derde zege op rij"
_STREAK_RE = re.compile(
    r"\b(?:consecutive|successive|straight|in a row|on the trot|op rij|opeenvolgende|achtereenvolgende)\b"
)
_FOR_NOW_RE = re.compile(
    r"\b(?:voorlopig\w*|tijdelijk\w*|provisional\w*|for the time being|for now|at that (?:point|stage)|"
    r"op dat moment)\b"
)
_COUNT_REACH = 16  # characters from a number to the topic word it counts
_SHORTEST = 4  # a topic word of three letters ("won", "tijd" is four) touches too much
_NEAR = 100  # characters between a driver's name and a topic word in one sentence
# seconds asked, and a time told: "hoeveel seconden", "how many seconds"; "2,3 seconden", "1.2s", "a second"
_SECONDS_Q_RE = re.compile(r"\b(?:seconden|seconds?|secs?|tienden|tenths)\b")
_TIME_TOLD_RE = re.compile(
    r"\d[.,]\d+|\b\d+\s*-?\s*(?:s|secs?|seconds?|seconden?)\b|\b(?:een|a|one|half a|een halve) "
    r"(?:second|seconde|tenth|tiende)\b|\b(?:tenths|tienden|duizendsten|thousandths|honderdsten|hundredths)\b"
)
_QUANTITY_Q_RE = re.compile(
    r"\b(?:hoe?vee?l\w*|how (?:many|much|long|far|fast|big|large)|hoe (?:lang|ver|snel|laat|groot))\b"
)
# a number told ("249 punten", "3.00 uur", "353e"), not the digit of a name ("F1", "VT2", "Formula 1") or a
# year ("his dominant 2022")
# (not an age: "De 23-jarige Brit scoorde zijn eerste punten" tells no number of points)
_POINTS_TOLD_RE = re.compile(r"\b(?:punt\w*|points?|pts)\b")
_NUMBER_RE = re.compile(
    r"(?<![a-z\d])(?<!formula )(?<!formule )(?!(?:19|20)\d\d\b)(?!\d+[- ](?:jarige|year-old|years? old))\d"
)
# a count, right before the thing counted: "negen overwinningen", "seven wins", "zijn tiende pole", "de tweede
# gridstraf", "zijn 100ste zege" (not "een"/"one"/"eerste", an article or the start of anything; not "tot 19
# punten" for a count of wins, nor "in de laatste ronden", nor "a five-second time penalty": a unit)
_TALLY_RE = re.compile(
    r"(?<![-\w.,])(?:\d{1,3}(?:e|ste|de|st|nd|rd|th)?|"
    + "|".join(
        sorted(
            {w for w, n in CARDINAL_WORDS.items() if n > 1}
            | {w for w, n in ORDINAL_WORDS.items() if 1 < n < 100},
            key=len,
            reverse=True,
        )
    )
    + r")\s+"
)
# a session other than the race: a sentence of one answers only a question that names it
_SESSIONS = (
    re.compile(r"\b(?:vrije training\w*|trainingen|practice|oefen\w*|vt[123]|fp[123])\b"),
    re.compile(r"\b(?:kwalificatie\w*|kwali|qualifying|quali|qualy|q[123])\b"),
    re.compile(r"\bsprint\w*"),
)
# a part of a session named: "q1", "vt2", "fp3"
_PART_RE = re.compile(r"\b(q[123]|vt[123]|fp[123])\b")
_REPLY = {"nl": 'Mijn artikelen zeggen erover: "{}"', "en": 'My articles say: "{}"'}
#: what a sentence may answer: attributes no fact kind holds (or none holds of the race asked), asked in
#: the open; not a quote, a fastest lap, a lap time or a tyre (a sentence that touches their words is as often
#: of another driver's or another session's)
ASKED = frozenset(
    {"open_question", "replacement", "record", "when", "running_position"}
    | {"count", "laps", "duration"}
    | {"gap", "points", "points_gap"}
)
# (not the lap of an overtake: "In de 42ste ronde ging Hamilton voorbij Leclerc" names both, the other way
# round)
#: attributes that are numbers: told only by a sentence with one
_NUMBERS = frozenset({"count", "laps", "duration", "gap", "points", "points_gap"})
# a sentence of what may be ("Als Verstappen ... wint", "If he wins"): no answer of what was
# a moment told: a number (a lap, a time), a part of the race or a day
_MOMENT_RE = re.compile(
    r"\d|\b(?:laps?|ronde\w*|rondje\w*|minu\w+|uur|hours?|start|slotfase|finale|final|laatste|last|"
    r"voorlaatste|penultimate|opening|halverwege|halfway|vrijdag|zaterdag|zondag|friday|saturday|sunday|"
    r"ochtend|morning|middag|afternoon|avond|evening)\b"
)
_NUMBER_WORD_RE = re.compile(r"\d+")
# a count of laps told: "63 ronden", "44 laps to go", "na 58 rondes"
_LAPS_TOLD_RE = re.compile(r"\b\d{1,3}\s*(?:ronden|rondes|rondjes|laps)\b|\b(?:ronden|rondes|laps)\s*:\s*\d")
_TOKEN_RE = re.compile(r"[a-z0-9]+")
# what changes with the moment of the race: told at another moment than the one asked, it is another answer
_AT_A_MOMENT = frozenset({"gap", "points", "points_gap", "running_position"})
_YEAR_RE = re.compile(r"(?:19|20)\d\d")
_YEAR_IN_TEXT_RE = re.compile(r"(?<![\w.,])((?:19[5-9]|20[0-4])\d)(?![\w.,]\d)")
# what may be told with another year: a record ("the first since 1996"), a moment, a count of a career
_ACROSS_YEARS = frozenset({"record", "when", "count"})
_YEAR_REACH = 80  # characters between a topic word and a year that dates it
# a question for a person ("whose helmet", "wie verving hem"): the sentence names someone besides those asked
_WHO_Q_RE = re.compile(r"\b(?:who|whose|whom|wie|wiens)\b")
# a name as written: a capital after a lower-case word or a comma (not the sentence's first word)
_CAPITAL_RE = re.compile(r"(?<=[a-z,] )[A-Z][\w'-]+")
# titles a question may ask, and how a sentence names them (in either language)
_DRIVER_OF_THE_DAY = re.compile(r"\b(?:driver of the day|coureur van de dag|rijder van de dag|dotd)\b")
_TITLES = ((_DRIVER_OF_THE_DAY, _DRIVER_OF_THE_DAY),)
_IF_RE = re.compile(r"^\W*(?:als|indien|mocht|if|should|unless)\b")


def wants_sentence(q: Query) -> bool:
    """Whether ``q`` asks what no fact kind holds, of a race it names: one only a sentence can answer."""
    if not q.grand_prix or q.season is None or q.why:
        return False
    return q.unsupported in ASKED or (q.intent is None and q.unsupported is None)


def pick_sentence(
    ref: Reference, q: Query, sentences: list[tuple[int, str]], accept: Callable[[str], bool] | None = None
) -> tuple[int, str] | None:
    """The first of ``sentences`` (id, text) that tells what ``q`` asks (and that ``accept`` takes, a test
    dearer than the others, made last), or None."""
    asked = _THIS_SEASON_RE.sub(" ", q.folded)  # ("de hoeveelste dit jaar": the season asked, no topic)
    # a named title asked ("driver of the day"): only a sentence that names it (in either language) tells it,
    # and its own words are no topic left to touch
    titles = [rx for ask, rx in _TITLES if ask.search(q.folded)]
    if titles:
        asked = _DRIVER_OF_THE_DAY.sub(" ", asked)
    topic = [w for w in topic_words(ref, q, asked, _FRAME) if len(w) >= _SHORTEST]
    if not topic and not titles:
        return None
    names = [_name_re(ref, d) for d in q.drivers]
    quantity = q.unsupported in _NUMBERS or _QUANTITY_Q_RE.search(q.folded) is not None
    people = {pid for _, _, pid in people_in(q.folded)}
    moment = names_moment(q.folded)
    numbers = {int(n) for n in _NUMBER_WORD_RE.findall(q.folded) if not _YEAR_RE.fullmatch(n)}
    who = _WHO_Q_RE.search(q.folded) is not None
    of_season = _SEASON_COUNT_RE.search(q.folded) is not None
    sessions = [rx for rx in _SESSIONS if not rx.search(q.folded)]
    # ("wie was de snelste in q1": a sentence of that part of the session, not of qualifying as a whole)
    parts = set(_PART_RE.findall(q.folded))
    year_before_asked = _LAST_YEAR_RE.search(q.folded) is not None  # ("who won there the year before")
    total_asked = q.unsupported in ("points", "points_gap") and _TOTAL_AFTER_Q_RE.search(q.folded) is not None
    # (each item of a line of several is read as a sentence of its own: "- Bottas has ... - Hamilton ...")
    for sid, text in ((sid, part) for sid, line in sentences for part in _parts(line)):
        f = fold(text)
        if parts and not parts & set(_PART_RE.findall(f)):
            continue
        if q.unsupported == "count" and not _tally(f, topic):
            continue  # "tot 19 punten" counts no wins: the number stands right before the thing counted
        if quantity and q.unsupported != "count" and not _NUMBER_RE.search(f):
            continue
        if _SECONDS_Q_RE.search(q.folded) and not _TIME_TOLD_RE.search(f):
            continue  # "hoeveel seconden won max": a sentence with "18 cars" tells no time
        if q.unsupported == "gap" and not _TIME_TOLD_RE.search(f):
            continue  # "gap norris hamilton": "finishten in de top 5" tells no gap
        if q.unsupported == "points_gap" and not _POINTS_TOLD_RE.search(f):
            continue  # a gap in points: a sentence that tells points
        if q.unsupported == "count" and (_CAREER_COUNT_RE if of_season else _SEASON_COUNT_RE).search(f):
            # "hoeveelste zege van 2022": his career's count ("zijn 50ste in de Formule 1") is another; one
            # asked without its span is the career's ("hoeveelste zege": not "de veertiende van het seizoen")
            continue
        if total_asked and (_HAUL_TOLD_RE.search(f) or not _STANDING_TOLD_RE.search(f)):
            # "hoeveel punten had mercedes na spanje": "neemt 40 punten mee naar huis" is one race's haul; a
            # total is told with the standings
            continue
        if q.unsupported == "count" and _STREAK_RE.search(f) and not _STREAK_RE.search(q.folded):
            continue  # "hoeveelste pole van het seizoen": "his fourth consecutive pole" counts a streak
        if _IF_RE.match(f) or _FOR_NOW_RE.search(f):
            continue  # ("was Hamilton de voorlopig snelste": for a while, not how it ended)
        if f.rstrip(" \"'”’»").endswith("?"):
            continue  # "Hoe uitbundig vierde Albon zijn eerste podium?": a headline that asks, tells nothing
        if q.unsupported == "laps" and not _LAPS_TOLD_RE.search(f):
            continue  # "Na de eerste ronde ... bij bocht 3": a number, but no count of laps
        if q.unsupported == "when" and not _MOMENT_RE.search(f):
            continue  # "retired with an engine failure" tells no when of his retirement
        if not moment and q.unsupported in _AT_A_MOMENT and names_moment(f):
            continue  # "With ten laps to go Pérez led by 2.1 seconds": then, not at the finish asked
        if numbers and not numbers <= _numbers_in(f):
            continue  # "waar lag hij in ronde 20": a sentence of the first lap is of another moment
        if who and not _other_name(text, names):
            continue  # "whose helmet": a sentence that names nobody else tells whose it was not
        if who and _ASKS_WHO_RE.search(f):
            continue  # "was het nog even gissen naar wie hem ging vervangen": the sentence asks it too
        if titles and not any(rx.search(f) for rx in titles):
            continue  # "driver of the day": not any sentence with a driver and a day
        if any(rx.search(f) for rx in sessions):
            continue  # another session's ("Starttijden ... vrije training") for the race's
        if not people <= {pid for _, _, pid in people_in(f)}:
            continue  # "horner quote about the crash": Horner's words, not any sentence of the crash
        at = [touch_at(w, f) for w in topic]
        if any(a is None for a in at):
            continue
        near = [a for a in at if a is not None]
        if q.unsupported not in _ACROSS_YEARS and _other_year_near(f, q.season, near, not year_before_asked):
            continue  # "Alonso maakte in 2012 iets soortgelijks mee": another year's, not the race asked
        if all(_near(rx, f, [a for a in at if a is not None]) for rx in names) and (
            accept is None or accept(text)
        ):
            return sid, text
    return None


# a sentence that itself asks who: "gissen naar wie", "de vraag is wie", "unclear who", "wonder who"
_ASKS_WHO_RE = re.compile(
    r"\b(?:naar|over|is|blijft|onduidelijk|onbekend|unclear|unknown|wonder\w*|guess\w*|question of|"
    r"question is|speculat\w*) (?:wie|who)\b"
)


# the parts of a line of several items: a live blog's "- Bottas has ... - Hamilton equalled ...", or ";"
_PART_SPLIT_RE = re.compile(r"\s+[-–•]\s+|;\s+")


def _other_year_near(f: str, season: int | None, at: list[int], relative_too: bool = True) -> bool:
    """Whether a year other than ``season`` stands near a topic word of ``f`` (at ``at``) ("in 2012 ... bij
    de start"; not the year of a lap record at the end of a line of figures)."""
    return any(
        int(m.group(1)) != season and any(abs(m.start() - a) <= _YEAR_REACH for a in at)
        for m in _YEAR_IN_TEXT_RE.finditer(f)
    ) or (
        relative_too
        and any(any(abs(m.start() - a) <= _YEAR_REACH for a in at) for m in _LAST_YEAR_RE.finditer(f))
    )


# a year before told without its number ("vorig jaar", "last season")
# the parser's phrases of the season before, and "het jaar ervoor" / "the year before", which the parser does
# not read as a season (in a sentence they may be of a driver's career)
_YEAR_BEFORE = ("het jaar ervoor", "the year before")
_LAST_YEAR_RE = re.compile(
    r"\b(?:" + alt(EVENT_NL["prev_season"], EVENT_EN["prev_season"], _YEAR_BEFORE) + r")\b"
)


def _parts(line: str) -> list[str]:
    """The items of a line of several (a live blog's "- Bottas has ... - Hamilton equalled ..."), else the
    line: what one item tells is no answer about another's words."""
    parts = [p.strip() for p in _PART_SPLIT_RE.split(line) if p.strip(" -–•")]
    # (items open with a capital: "Verstappen - die vijf pitstops maakte - won" holds an aside, no items)
    items = len(parts) > 2 and all(p[:1].isupper() for p in parts[1:])
    return parts if items else [line]


def sentence_reply(text: str, lang: str) -> str:
    """The sentence as the reply quotes it."""
    template = _REPLY.get(lang, _REPLY["en"])
    return template.format(cut_quote(text.strip(), MAX_REPLY - len(template)))


def _name_re(ref: Reference, driver: str) -> re.Pattern[str] | None:
    drv = ref.driver(driver)
    if drv is None:
        return None
    words = sorted({fold(w) for w in (drv.surname, *drv.nicknames) if w}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")


def _tally(f: str, topic: list[str]) -> bool:
    """Whether folded ``f`` tells a count in words of a topic word right after it ("negen overwinningen",
    "zijn tiende pole")."""
    # (the word right after the number, or the one after that: "tiende pole", "derde Grand Prix-zege")
    return any(
        (at := touch_at(w, f[m.end() : m.end() + 30])) is not None and at <= _COUNT_REACH
        for m in _TALLY_RE.finditer(f)
        for w in topic
    )


def _numbers_in(f: str) -> set[int]:
    """The numbers folded ``f`` tells, in digits or words ("ronde 1" is "de eerste ronde")."""
    out = {int(n) for n in _NUMBER_WORD_RE.findall(f)}
    for w in _TOKEN_RE.findall(f):
        value = ordinal_value(w) or cardinal_value(w)
        if value:
            out.add(value)
    return out


def _other_name(text: str, names: list[re.Pattern[str] | None]) -> bool:
    """Whether ``text`` names someone (a capitalised word inside it) other than the drivers asked (not a
    race's word: "GP van Canada", "Abu Dhabi" name nobody; nor a nationality: "De Canadees was de langzaamste"
    tells who only to one who knows)."""
    f = fold(text)
    gz = load_gazetteer()
    # (a team names nobody either: "alleen Ferrari kreeg een boete" answers no "in whose way")
    places = [(h.start, h.end) for h in gz.grands_prix(f)] + [(h.start, h.end) for h in gz.teams(f)]
    return any(
        not any(rx is not None and rx.fullmatch(f[m.start() : m.end()]) for rx in names)
        and f[m.start() : m.end()] not in _SPORT_WORDS
        and f[m.start() : m.end()] not in _demonyms()
        and not any(start <= m.start() and m.end() <= end for start, end in places)
        for m in _CAPITAL_RE.finditer(text)
    )


@lru_cache(maxsize=1)
def _demonyms() -> frozenset[str]:
    """The nationality nouns, folded ("canadees", "fransman", "spaniard")."""
    return frozenset(
        fold(w) for table in (demonyms_nl(), demonyms_en()) for words in table.values() for w in words
    )


# capitalised words of the sport, no person's ("de FIA", "Formule 1"); places are the gazetteer's
_SPORT_WORDS = frozenset("gp grand prix grote prijs formule formula f1 fia drs van de der het the of".split())


def _near(name: re.Pattern[str] | None, f: str, at: list[int]) -> bool:
    if name is None:
        return False
    return any(abs(m.start() - a) <= _NEAR for m in name.finditer(f) for a in at)
