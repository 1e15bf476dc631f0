"""What a driver said, as the articles quote him ("wat zei verstappen na zandvoort 2025", "what did leclerc
say about his penalty in monaco 2022").

The answer is the speaker's quote from an article of the race asked, as written (a quote over several
sentences whole). A question that names a topic ("over zijn straf", "about Hamilton") is answered only by
a quote whose words, or the sentence that leads up to it, touch that topic; another driver it names must be
named there. A quote about something else is no answer to it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from knowledge.extract.quotes import LEAD_MARK
from knowledge.people import display_name, is_person, people_in
from knowledge.text import fold

MAX_REPLY = 290  # the longest reply (the answerer's own limit)

if TYPE_CHECKING:
    from knowledge.answer import Answerer, FactIndex
    from knowledge.query import Query
    from knowledge.reference import Reference
    from knowledge.store import StoredFact

_WORD_RE = re.compile(r"[a-z0-9]+")
# words of the question that ask for a quote or frame it, and words too common to name a topic
FRAME_WORDS = frozenset(
    (
        "wat zei zegt zeggen zeiden vond vindt vinden vertelde vertelt riep reageerde reactie reacties "
        "what did does say said says tell told shout shouted scream screamed react reaction think thought "
        "over about na after voor before tegen to van of de het een the a an in op at bij met with from "
        "zijn his hij he him hem haar her zich himself zelf toen when die dat which that er there nog still "
        "and en of or ook also again dan then is was were waren werd are be been had has have heeft "
        "the race gp grand prix grote prijs wedstrijd weekend f1 formule formula one "
        "team quote quotes interview afloop later daarna finish "
        "where waar does do doet how hoe which welke wie who"
    ).split()
)
# the one asked about: the words between the frame's verb and what follows it ("wat zei Toto Wolff over",
# "what did Binotto say"); a question about someone who is no driver is not one about the driver it names
_SPEAKER_NL_RE = re.compile(
    r"\bwat (?:zei|zegt|vond|vindt|riep|roept|schreeuwde|vertelde|vertelt)\s+(.{1,40}?)"
    r"(?=\s+(?:over|na|van|tegen|toen|in|op|bij|voor|aan|nadat|zelf)\b|\s*[?,]|$)"
)
_SPEAKER_EN_RE = re.compile(
    r"\bwhat did\s+(.{1,40}?)\s+(?:say|tell|shout|scream|yell|think|radio)\b"
    # "wolff on lewis penalty, fair or not": a fan's fragment, the one whose words are asked first
    r"|^((?:[a-z]+ ){0,1}[a-z]+) on\b"
)
# the same topic in the other language: a question in English about a Dutch article and back
_SYNONYMS = (
    ("band", "tyre", "tire"),
    ("helm", "helmet"),
    ("probleem", "problemen", "problem", "issue"),
    # ("wie verving Checo": "neemt het zitje over van Pérez")
    ("vervang", "verving", "replace", "opvolger", "successor", "zitje", "invaller", "stand-in"),
    ("temperatuur", "temperature", "graden", "degrees"),
    ("auto", "wagen", "car"),
    ("snelste", "fastest", "quickest"),
    ("zege", "overwinning", "winst", "win", "victory", "winning"),
    ("straf", "penalty", "gestraft", "penalised", "penalized", "decision", "beslissing", "stewards"),
    ("crash", "ongeluk", "botsing", "accident", "collision", "clash"),
    ("start", "begin"),
    ("titel", "title", "kampioen", "champion"),
    ("kwalificatie", "kwali", "qualifying", "quali"),
    ("regen", "rain", "wet", "nat"),
    ("motor", "engine", "krachtbron"),
    ("fout", "mistake", "error"),
    ("ploeg", "team"),
    ("teamorder", "teamorders", "orders"),
    ("radio", "boordradio", "teamradio", "boordmarifoon"),
    # ("what did seb say about his pace": "I guess we were just slow")
    ("pace", "tempo", "snelheid", "slow", "langzaam", "traag", "quick", "speed"),
)
_STEM = 5  # words agree on their first letters ("penalty"/"penalties", "straf"/"strafte")


def answer_quote(ans: Answerer, q: Query, index: FactIndex) -> tuple[str, list[StoredFact]] | None:
    """The quote of the question's first driver in an article of the race asked, or None when no article
    quotes him there (or none on the topic asked)."""
    if not q.grand_prix or q.season is None:
        return None
    slot = _SPEAKER_NL_RE.search(q.folded) or _SPEAKER_EN_RE.search(q.folded)
    said_by = (slot.group(1) or slot.group(2)) if slot is not None else ""
    person = people_in(said_by) if said_by else []
    if person:
        # "wat zei Toto Wolff over de crash van Bottas": his words, about the drivers named
        speaker, others = person[0][2], q.drivers
    elif not q.drivers:
        return None
    else:
        speaker, others = q.drivers[0], q.drivers[1:]
        if (
            said_by
            and said_by not in ("hij", "he", "zij", "she")
            and not _names(ans, speaker, said_by, loose=True)
        ):
            return None  # "wat zei Marc Surer over Bottas": someone else's words, not Bottas's
    facts = [
        sf
        for sf in index.by_driver_event.get((speaker, q.grand_prix), [])
        if sf.fact.kind == "quote" and sf.fact.season == q.season and sf.fact.reason
    ]
    if not facts:
        return None
    moment_at = _MOMENT_RE.search(q.folded)
    topic = topic_words(ans.ref, q, q.folded[: moment_at.start()] if moment_at else q.folded)
    moment = topic_words(ans.ref, q, q.folded[moment_at.start() :]) if moment_at else []
    if not topic:
        # "wat zei Leclerc na zijn zege": the words of the moment pick among his quotes, they need not be in
        # one (what he said then is about it)
        topic, strict = moment, False
    else:
        strict = True
    best: list[StoredFact] | None = None
    best_score = 0
    for run in _runs(facts):
        text = " ".join(_words(sf) for sf in run)
        if any(not _names(ans, other, text) for other in others):
            continue  # "wat zei Verstappen over Pérez": a quote about another is no answer
        if not topic:
            best = best or run  # the first the articles tell
            continue
        # the sentence of the run that touches the topic most, and the quote from there on
        # (the topic in the quote, the words around it or the sentence that leads up to it)
        scores = [sum(1 for t in topic if _touches(t, _words(sf))) for sf in run]
        top = max(range(len(run)), key=lambda i: scores[i])
        if scores[top] > best_score:
            # (of a moment asked, "wat zei hij na zijn eerste podium", the run that tells of it from its
            # start: what he said then opens with his first words, not the sentence that names the podium)
            best, best_score = (run[top:] if strict else run), scores[top]
        elif not strict and best is None:
            best = run  # none touches the moment: the first the articles tell
    if best is None or (strict and best_score * 2 <= len(topic)):
        # "where does lewis say mercedes loses time": a quote that touches one word of three is about
        # something else
        return None
    race = ans.event_name(q.grand_prix, q.season, q.lang, with_article=False)
    name = display_name(speaker) if is_person(speaker) else ans.driver_name(speaker)
    head = f"{name} ({race}): "
    quote = cut_quote(" ".join(_sentence_end(sf.fact.reason or "") for sf in best), MAX_REPLY - len(head) - 2)
    return f'{head}"{quote}"', best


def _words(sf: StoredFact) -> str:
    return fold(f"{sf.fact.reason} {(sf.fact.detail or '').replace(LEAD_MARK, ' ')}")


def _runs(facts: list[StoredFact]) -> list[list[StoredFact]]:
    """The quotes as the articles tell them: a quote over consecutive sentences of one article is one."""
    ordered = sorted(facts, key=lambda sf: (sf.article_date or "", sf.article, sf.sentence_id))
    runs: list[list[StoredFact]] = []
    for sf in ordered:
        last = runs[-1][-1] if runs else None
        if last is not None and last.article == sf.article and sf.sentence_id - last.sentence_id == 1:
            runs[-1].append(sf)
        else:
            runs.append([sf])
    return runs


# where the question's words turn to the moment the quote was said ("na zijn zege", "after his tyre blew"),
# unless a topic follows ("na de race over Hamilton")
_MOMENT_RE = re.compile(r"\b(?:na|nadat|toen|after|when)\b(?!.*\b(?:over|about)\b)")


def topic_words(ref: Reference, q: Query, part: str, frame: frozenset[str] = FRAME_WORDS) -> list[str]:
    """The words of ``part`` of the question that name what it is about: not the ``frame``, the drivers or
    the race."""
    # (the words of a person's name asked are no topic either)
    names = {w for _, _, pid in people_in(q.folded) for w in _WORD_RE.findall(fold(display_name(pid)))}
    for d in q.drivers:
        drv = ref.driver(d)
        if drv is not None:
            for n in (drv.forename, drv.surname, *drv.nicknames, *drv.demonyms_nl, *drv.demonyms_en):
                names.update(_WORD_RE.findall(fold(n)))
    gp = ref.race(q.season, q.grand_prix) if q.season and q.grand_prix else None
    if gp is not None:
        for n in (
            gp.name_en,
            gp.name_nl,
            gp.short_en,
            gp.short_nl,
            gp.country,
            gp.city,
            gp.circuit,
            *gp.aliases,
        ):
            names.update(_WORD_RE.findall(fold(n)))
    return [
        w
        for w in _WORD_RE.findall(part)
        if len(w) > 2 and not w.isdigit() and w not in frame and w not in names and not _nickname(w, names)
    ]


def _nickname(word: str, names: set[str]) -> bool:
    # "checo", "max", "danny", "ric": a fan's short name of a driver the question names; "botas", "verstapen":
    # the name as a fan mistyped it (one letter off)
    return any(
        n.startswith(word) or word.startswith(n) or (len(word) > 4 and fuzz.ratio(word, n) >= _TYPO_RATIO)
        for n in names
        if len(n) > 2 and len(word) > 2
    )


_TYPO_RATIO = 85  # ("botas" and "bottas": 91, "leclrec" and "leclerc": 86; "sainz" and "saint": 80)


def _touches(word: str, text: str) -> bool:
    return touch_at(word, text) is not None


def touch_at(word: str, text: str) -> int | None:
    """Where folded ``text`` first touches a topic ``word`` (by its start, or a synonym's), or None."""
    same = next((group for group in _SYNONYMS if any(word.startswith(w) for w in group)), (word,))
    # (a word's start after a word boundary, or a longer word anywhere: "reprimande" in "reprimandes")
    found = [
        m.start()
        for w in same
        if (m := re.search(r"\b" + re.escape(w[:_STEM]) + ("|" + re.escape(w) if len(w) > 3 else ""), text))
    ]
    return min(found) if found else None


def _names(ans: Answerer, driver: str, text: str, *, loose: bool = False) -> bool:
    """Whether ``text`` names the driver (by surname, nickname or given name; ``loose``: by the start of
    one, as fans shorten them: "danny ric")."""
    drv = ans.ref.driver(driver)
    if drv is None:
        return False
    words = {fold(drv.surname), fold(drv.forename), *(fold(n) for n in drv.nicknames)}
    if loose:
        return any(
            w.startswith(t) or t.startswith(w) or (len(t) > 4 and fuzz.ratio(t, w) >= _TYPO_RATIO)
            for t in _WORD_RE.findall(text)
            if len(t) > 2
            for w in words
        )
    return any(re.search(r"\b" + re.escape(w) + r"\b", text) for w in words if w)


def _sentence_end(quote: str) -> str:
    quote = quote.strip(" ,")
    return quote if quote.endswith((".", "!", "?", "…")) else quote + "."


def cut_quote(quote: str, most: int) -> str:
    """The quote within ``most`` characters, cut after a sentence where one ends late enough."""
    if len(quote) <= most:
        return quote
    cut = quote[: most - 1]
    stop = max(cut.rfind(". "), cut.rfind("! "), cut.rfind("? "))
    return cut[: stop + 1] if stop > most // 3 else cut.rstrip() + "…"
