"""Questions of two parts: "who won in Hungary 2021 and who was chasing him?", "abu dhabi 2018 winner and
who was p2", "wie viel als eerste uit in Stiermarken en wie raakte hem".

A question is split where a joining word ("and", "en") or a question mark is followed by a question word
that opens a question of its own. A second part that only asks more about the fact of the first ("... and
why", "... en hoeveel seconden", "and what time?") is no second question: one intent answers both, as
before. ``knowledge.service`` answers each part, the second with the race, the season and the driver the
first leaves behind, and calls the whole answered only when both parts are.
"""

from __future__ import annotations

import re

from knowledge.text import fold

#: Words that join two questions.
JOINS = {"nl": ("en", "en dan"), "en": ("and", "and then")}

#: Question words that open the second question.
QUESTION_WORDS = {
    "nl": (
        "wie", "wat", "welke", "welk", "waar", "wanneer", "hoe", "hoeveel", "waarom", "waarvoor", "hoelang",
    ),
    "en": ("who", "whom", "what", "which", "where", "when", "how", "why"),
}

#: A second part that only asks more of the first part's fact (its why, size, time, lap or manner): the
#: whole of it, question mark and a closing "dan"/"was it" aside.
MORE_OF_THE_SAME = {
    "nl": (
        r"wie|wat|welke|welk|waarom",
        r"waarvoor",
        r"hoezo",
        r"hoe(?: dan| zo)?",
        r"hoe kwam dat",
        r"hoe kan dat",
        r"wat was de reden",
        r"wat ging er (?:mis|fout)",
        r"wat was er (?:mis|aan de hand)",
        r"hoeveel(?: \w+)?",
        r"hoe (?:groot|lang|ver|veel|zwaar)(?: was (?:die|de|het) \w+)?",
        r"(?:met )?welke (?:tijd|rondetijd|plek|plaats|positie|ronde|race|straf)",
        r"welk jaar",
        r"in welke ronde",
        r"wat was (?:de|zijn|haar|die) (?:tijd|rondetijd|straf|plek|plaats)",
        r"wanneer",
        r"waar",
        # ("hoeveel strafpunten kreeg hij en wat is zijn totaal": the same count, both told by one fact kind)
        r"(?:wat|hoeveel) (?:is|was|heeft) (?:zijn|haar|het|hij|ze) (?:nu )?(?:totaal|in totaal)(?: nu)?",
    ),
    "en": (
        r"who|what|which|why",
        r"what for",
        r"how(?: so)?",
        r"how come",
        r"what was the reason",
        r"what went wrong",
        r"how (?:many|much|big|long|far|heavy|severe)(?: \w+)?",
        r"(?:in |on )?(?:which|what) (?:lap|time|place|position|lap time|race|year|penalty)",
        r"what was (?:the|his|her|that) (?:time|lap time|penalty|place|position|reason)",
        r"when",
        r"where",
        r"(?:what|how many) (?:is|was|does|did) (?:his|her|the|he|she) "
        r"(?:total|have in total|have now)(?: now)?",
        r"what's (?:his|her|the) total(?: now)?",
    ),
}

_QUESTION_WORD = "|".join(w for words in QUESTION_WORDS.values() for w in words)
_JOIN = "|".join(sorted((w for words in JOINS.values() for w in words), key=len, reverse=True))
# a joining word, or a question mark (with an optional joining word), before a question word
_SPLIT_RE = re.compile(r"(?:\s*,?\s+(?:" + _JOIN + r")|\?\s*(?:(?:" + _JOIN + r")\s+)?)\s*(?=(?:"
                       + _QUESTION_WORD + r")\b)")
_MORE_RE = re.compile(
    r"(?:" + "|".join(p for table in MORE_OF_THE_SAME.values() for p in table) + r")"
    r"(?:\s+(?:dan|then|was (?:it|dat|het)|exactly|precies|eigenlijk))?\s*[?!.]*\s*"
)
_WORD_RE = re.compile(r"[\w'-]+")
_ASIDE_RE = re.compile(r"\([^()]*\)")  # "welk jaar (gp italie 2019 artikel)": a note beside the question
#: The first part must ask something by itself ("abu dhabi 2018 winner"), not be a lone word.
_MIN_FIRST_WORDS = 2


def split_question(text: str) -> tuple[str, str] | None:
    """The two questions ``text`` asks, as written, or None when it asks one (perhaps with more of the
    same fact: "... and why?")."""
    folded = fold(text)  # (the same length as ``text``: its spans cut the text as written)
    for m in _SPLIT_RE.finditer(folded):
        first, second = text[: m.start()].strip(), text[m.end() :].strip()
        if len(_WORD_RE.findall(first)) < _MIN_FIRST_WORDS or not _WORD_RE.search(second):
            continue
        if _MORE_RE.fullmatch(_ASIDE_RE.sub(" ", folded[m.end() :]).strip()):
            continue
        return first, second
    return None


#: Words of the second part that point back at the first part's subject ("who was chasing him").
_BACK_RE = re.compile(r"\b(?:him|he|his|hem|hij|zijn)\b")


def points_back(second: str) -> bool:
    """Whether the second part names its driver by a pronoun only, of the first part's answer."""
    return _BACK_RE.search(fold(second)) is not None
