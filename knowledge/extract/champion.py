"""The champion of a season, as an article states it: the drivers' title ("werd wereldkampioen", "pakte de
titel", "clinched the title") and the constructors' title ("Mercedes won the constructors' championship",
"Red Bull werd constructeurskampioen").

A drivers' title is a championship fact in P1 (session "season"); a constructors' title is kind
"constructors_title" with ``team:<id>`` in ``driver``. The season is the article's unless the sentence
names another. A title that may still come ("kan kampioen worden", "if he wins he is champion"), an epithet
("former champion", "regerend kampioen") and a count of titles of other seasons ("viervoudig kampioen",
"four-time champion") is no title of this season.
"""

from __future__ import annotations

import re

from knowledge.extract.clauses import owner_left
from knowledge.extract.context import Clause
from knowledge.extract.fines import team_id
from knowledge.extract.model import Fact
from knowledge.extract.phrases import Phrases, alt
from knowledge.gazetteer import load_gazetteer

NL: Phrases = {
    # Only its start is used.
    "title": (
        # (not "is het voordeel van de wereldkampioen minimaal": the champion named after a preposition)
        r"(?:werd|wordt|is|was)\s+(?:\w+\s+){0,6}(?<!van de )(?<!voor de )(?<!op de )(?<!met de )"
        r"(?<!achter de )(?<!tegen de )(?<!aan de )(?<!door de )(?:wereld|constructeurs)?kampioen",
        r"kroonde\s+zich\s+(?:\w+\s+){0,3}(?:wereld)?kampioen",
        r"(?:won|wint|pakt\w*|veroverde|verovert|greep|grijpt|behaalde|prolongeerde|verlengde)\s+"
        r"(?:\w+\s+){0,3}?(?:de|zijn)\s+(?:\w+\s+){0,2}(?:wereld|constructeurs)?(?:titel|kroon)(?![\w-])",
        r"verzekerde\s+zich\s+(?:\w+\s+){0,3}(?:van\s+)?(?:de|zijn)\s+(?:\w+\s+){0,2}(?:wereld)?titel(?![\w-])",
        # ("McLaren won het constructeurskampioenschap": the teams' title)
        r"(?:won|wint|pakte|veroverde)\s+(?:het|zijn)\s+(?:\w+\s+){0,2}(?:wereld|constructeurs)?kampioenschap(?![\w-])",
        r"(?:wereld)?kampioen\s+(?:werd|is geworden|geworden)",
        # "McLaren pakt eerste constructeurstitel sinds 1998": the teams' title without an article
        r"(?:won|wint|pakt\w*|veroverde|verovert|behaalde)\s+(?:\w+\s+){0,2}?constructeurstitel(?![\w-])",
        # "heeft gewonnen en McLaren daarmee de constructeurstitel bezorgd": the team given it
        r"(?:daarmee\s+|zo\s+|meteen\s+)?de\s+constructeurstitel\s+(?:bezorgd|bezorgde|bezorgt|geschonken|schonk)",
    ),
    # A sentence that opens with a condition: "Als hij wint, is hij kampioen".
    "not_sentence": (r"als", r"indien", r"mocht", r"wanneer"),
    "constructors": (r"constructeurs\w*", r"merkentitel", r"teamtitel", r"constructeurskampioen\w*"),
    # A title that may still come, an epithet or a count of titles: no title of this season.
    "not": (
        r"kan",
        r"kon",
        r"kunnen",
        r"zou\w*",
        r"als",
        r"indien",
        r"kans\w*",
        r"moet",
        r"moest",
        r"wil",
        r"wilde",
        r"hoop\w*",
        r"droom\w*",
        r"niet",
        r"geen",
        r"nooit",
        r"voormalig\w*",
        r"oud-\w*",
        r"ex-\w*",
        r"regerend\w*",
        r"titelverdediger",
        r"\w+voudig\w*",
        r"meervoudig\w*",
        # "werd zeven keer wereldkampioen": a career's titles ("voor de zevende keer" is this one)
        r"(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|\d+) (?:keer|maal)",
        r"jongste",
        r"eerste (?:nederlander|nederlandse|belg)",
    ),
}
EN: Phrases = {
    "title": (
        r"(?:became|becomes|become|is|was)\s+(?:\w+\s+){0,4}(?:world\s+)?champion\b(?!ship)",
        r"(?:was\s+)?crowned\s+(?:the\s+)?(?:\d{4}\s+)?(?:world\s+)?champion",
        r"(?:won|wins|clinched|clinches|secured|secures|sealed|seals|claimed|claims|took|takes|wrapped up|"
        r"retained|defended)\s+(?:the|his|her|its|their|a)\s+(?:[\w']+\s+){0,3}(?:title|crown|championship)"
        r"(?![\w-]| (?:lead|leader|standings|race|battle|fight|points|hopes?|bid|charge|contender|rival|"
        r"decider))",
    ),
    "not_sentence": (r"if", r"should", r"unless", r"when"),
    "constructors": (r"constructors'?", r"teams' (?:championship|title)"),
    "not": (
        r"can",
        r"could",
        r"would",
        r"will",
        r"might",
        r"may",
        r"if",
        r"unless",
        r"chance",
        r"needs?",
        r"must",
        r"hop(?:e|es|ed|ing)",
        r"dream\w*",
        r"not",
        r"never",
        r"no",
        r"former",
        r"ex-\w*",
        r"reigning",
        r"defending",
        r"\w+-times?",
        r"(?:two|three|four|five|six|seven|multiple)[- ]times?",
        r"(?:two|three|four|five|six|seven|eight|nine|ten|\d+) times",
        r"double",
        r"triple",
        r"youngest",
        r"first (?:dutch|dutchman|belgian|briton|finn|spaniard|german)",
    ),
}

_TITLE_RE = re.compile(r"\b(?:" + alt(NL["title"], EN["title"]) + r")(?!\w)")  # only its start is used
_CONSTRUCTORS_RE = re.compile(r"\b(?:" + alt(NL["constructors"], EN["constructors"]) + r")")  # tested only
_NOT_RE = re.compile(r"\b(?:" + alt(NL["not"], EN["not"]) + r")(?![\w])")  # tested only
_CONDITION_RE = re.compile(r"\s*(?:" + alt(NL["not_sentence"], EN["not_sentence"]) + r")\b")  # tested only


def title(c: Clause) -> list[Fact] | None:
    """A title won in the clause (a driver's, or a team's constructors' title), or None when the clause
    names no title (so a race win in it is read as usual)."""
    clause = c.text
    # substring tests spare the patterns for the many clauses without a title
    if not (
        "kampioen" in clause
        or "titel" in clause
        or "title" in clause
        or "champion" in clause
        or "kroon" in clause
        or "crown" in clause
    ):
        return None
    tm = _TITLE_RE.search(clause)
    if tm is None:
        return None
    if _NOT_RE.search(clause) or _CONDITION_RE.match(c.f):
        return []  # a title phrase, but no title of this season: neither a title nor a race win
    if _CONSTRUCTORS_RE.search(clause):
        return _constructors(c, c.base + tm.start())
    return [
        # ("title": decided, whenever in the season it is told)
        Fact("championship", d, c.index, position=1, session="season", detail="title")
        for d in owner_left(c, c.base + tm.start())[:1]
    ]


def _constructors(c: Clause, start: int) -> list[Fact]:
    """ "Mercedes won the constructors' title": the team named before the title phrase (none: no fact)."""
    teams = [(h, team_id(c.f[h.start : h.end], h.ids)) for h in load_gazetteer().teams(c.f[:start])]
    if not teams or teams[-1][1] is None:
        return []
    hit, team = teams[-1]
    if any(hit.start <= x.start < start for x in c.sentence.mentions):
        return []  # "Red Bull-coureur Verstappen ...": a driver between, the team is his epithet
    return [Fact("constructors_title", f"team:{team}", c.index, position=1, session="season")]
