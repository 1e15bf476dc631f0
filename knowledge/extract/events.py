"""Which race a sentence is about: the article's season and main event, the Grand Prix a sentence names
(by name, city or circuit, "zijn thuisrace", "de derde race van het seizoen", "de seizoensfinale"), the
season it names ("in 2019", "vorig jaar"), and the session (race, sprint, qualifying report).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache

from knowledge.extract import shootout, timegaps
from knowledge.extract.clauses import RELATIVE_OPEN, opens_with_dutch_verb, strip_quotes
from knowledge.extract.context import ArticleState, SentenceContext
from knowledge.extract.grid import QUALI_RE, RACE_BEGUN
from knowledge.extract.model import Fact, moved
from knowledge.extract.phrases import Phrases, alt
from knowledge.gazetteer import Gazetteer, NameHit
from knowledge.text import CARDINAL_WORDS, ORDINAL_RE, Header, Sentence, fold, ordinal_value

# --- phrases ---------------------------------------------------------------------------------------

# the months, as a date or a month of the season names them ("in augustus", "16 oktober 1997")
MONTHS_NL = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
MONTHS_EN = "january|february|march|april|may|june|july|august|september|october|november|december"

NL: Phrases = {
    "opener": ("seizoensopener", "openingsrace", "eerste race"),
    # ("de finale in Abu Dhabi"; not "een spannende finale", "an intense finale": a race's last laps)
    "finale": (
        "seizoensfinale",
        "slotrace",
        r"laatste race(?! (?:voor|in|op)\b)",  # (not "de laatste race voor de zomerstop", "... in Europa")
        "(?<=de )finale",
    ),
    "home": ("thuisrace", "thuis-gp", "thuisgrand prix", "thuiswedstrijd"),
    # An earlier race named in passing ("twee weken eerder in Japan").
    "past": (
        "eerder",
        "geleden",
        r"vorig\w* (?:jaar|seizoen|week|race|keer|grand prix|gp|wedstrijd|weekend|maand)",
        r"voorgaande (?:race|grand prix|gp|wedstrijd)",
        r"(?:weken|week|dagen) daarvoor",
        # "nadat hij in augustus in Hongarije zijn eerste pole pakte": a race of another month
        rf"in (?:{MONTHS_NL})",
    ),
    "next": ("volgende", "komende"),
    # "de eerste één-twee sinds Singapore in 2019"; "maakte zijn debuut in Australië": his first race, before
    # ("twee weken nadat het team in Italië nog eerste en tweede werd": the race of weeks before)
    "history": ("sinds", "sedert", "debuut", r"debuteerde\w*", r"\w+ (?:weken|dagen|maanden) nadat"),
    # "evenals vorig jaar", "net als vorige maand in Spanje": this race's fact, compared with another's
    "compare": ("net als", "net zoals", "evenals", "zoals", "gelijk aan"),
    "prev_season": ("vorig(?:e)? (?:jaar|seizoen)", "een jaar eerder"),
    # "twee jaar geleden werd hij in Mexico teruggezet": that many seasons before the article's
    "seasons_ago": (r"(?P<n>\w+) jaar (?:geleden|eerder|daarvoor)",),
    # "sinds 2019" names no season of this sentence, nor "zijn titel van 2021"
    "not_year_after": ("sinds ", "tot ", "na ", "titel van "),
    "main_race": ("hoofdrace", "hoofdnummer", "grand prix zelf", "zondag"),
    # A start the sprint earned is a start in the race: "pole voor de Grand Prix", "nadat hij de sprint won".
    "grid_for_race": (
        r"voor (?:de )?(?:\w+ ){0,2}(?:grand prix|gp|grote prijs|hoofdrace|race van zondag)",
        r"(?:na|nadat|door|dankzij|via)\b[^.;]{0,80}\bsprint\w*",
        r"sprint\w* (?:\w+ ){0,3}(?:gewonnen|won|wint|winnen)",
    ),
    "practice": (
        r"vrije training\w*",
        r"oefensessie\w*",
        r"oefenrit\w*",  # "hij won zowel de eerste als derde oefenritten"
        r"trainingssessie\w*",
        # "tijdens de laatste training voor de kwalificatie": the third practice
        r"(?:eerste|tweede|derde|laatste) training",
        r"vt ?[123]",
        # the tests before the season: no session of a race weekend ("tijdens de wintertest in Bahrein een
        # tweede tijd")
        r"wintertest\w*",
        r"testdag\w*",
        r"(?:pre-?season|voorseizoens)-?test\w*",
    ),
}
EN: Phrases = {
    "opener": ("season opener", "season-opener", "opening race"),
    # (not "the final race classification", "the final race result": this race's, at its end)
    "finale": (
        "season finale",
        "season-finale",
        r"final race(?! (?:classification|result|results|order|standings|positions?|distance|laps?))",
    ),
    "home": ("home race", "home grand prix", "home gp"),
    "past": (
        "earlier",
        "ago",
        "last (?:year|season|week|time|race|month)",
        "previous (?:race|round|year|weekend|grand prix|gp)",
        # "after his third place in the preceding Austrian Grand Prix": the race before
        r"(?:the )?(?:preceding|previous) [\w-]+ (?:grand prix|gp)",
        rf"in (?:{MONTHS_EN})",
        # "his success at Sochi two weeks prior": a race before
        r"(?:weeks?|days?|months?) prior",
    ),
    "next": ("next", "upcoming", "coming"),
    "history": (
        "since",
        "ever since",
        "for the first time since",
        "debut",
        "debuted",
        r"\w+ (?:weeks|days|months) after",
    ),
    "compare": ("just like", "just as", "like", "as (?:he|she|they) did", "as"),
    "prev_season": ("last (?:year|season)", "a year earlier"),
    "seasons_ago": (r"(?P<n>\w+) (?:years|seasons) (?:ago|earlier|before)",),
    "not_year_after": ("since ", "until "),
    "main_race": ("main race", "sunday"),
    "grid_for_race": (
        r"for (?:the |sunday's )?(?:\w+ ){0,2}(?:grand prix|gp|main race)",
        r"(?:after|by|thanks to|via|courtesy of)\b[^.;]{0,40}\bsprint\w*",
        r"sprint\w* (?:\w+ ){0,3}to (?:take|claim|secure|earn|seal|grab) (?:the )?pole",
    ),
    "practice": ("practice", "fp ?[123]", r"pre-?season test\w*", r"winter test\w*", r"test days?"),
}

# "de derde race van het seizoen"; "de eerste Grand Prix over de Strip" is no round number.
_ROUND_RE = re.compile(
    r"\b(?:de|the)\s+(" + ORDINAL_RE + r")\s+(?:race|grand prix|gp|wedstrijd|round|ronde)\s+"
    r"(?:van (?:het|dit|dat) (?:seizoen|jaar)|of the (?:season|year)|van \d{4}|of \d{4}|"
    r"op de kalender|on the calendar)\b|\bround (\d{1,2})\b"
)
_OPENER_RE = re.compile(r"\b(?:" + alt(NL["opener"], EN["opener"]) + r")\b")  # only its start is used
_SINCE_BEFORE_RE = re.compile(r"\b(?:since|sinds)\s+(?:the\s+|de\s+|het\s+)?$")
_FINALE_RE = re.compile(r"\b(?:" + alt(NL["finale"], EN["finale"]) + r")\b")  # only its start is used
HOME_RE = re.compile(r"\b(?:" + alt(NL["home"], EN["home"]) + r")\b")
_DIGIT_RE = re.compile(r"\d")
_ANY_YEAR_RE = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")  # "sinds 2012" too
_YEAR_RE = re.compile(
    "".join("(?<!" + p + ")" for p in (*NL["not_year_after"], *EN["not_year_after"]))
    + r"\b(19[5-9]\d|20[0-4]\d)\b"
    # "repeating his 2021 title": a title's year names the title, not this sentence's season
    + r"(?!\s+(?:world |drivers'? |wereld)?(?:title|titel|crown)\b)"
)
# A sentence about an earlier race ("the constructors' title in Japan two weeks earlier") names it in passing.
_PAST_RE = re.compile(r"\b(?:" + alt(NL["past"], EN["past"]) + r")\b")  # tested only
# "for the next round around the streets of Monaco": a place phrase right after "the next race" names it
_NEXT_PLACE_RE = re.compile(r"\s+(?:around|at|in|on|op|rond|over)\s+[^,.;]{0,30}$")


def _names_next(f: str, nm: re.Match[str], at: int) -> bool:
    """Whether the race named at ``at`` is the next race the match ``nm`` speaks of."""
    return nm.start() <= at <= nm.end() + 20 or (
        at <= nm.end() + 45 and _NEXT_PLACE_RE.match(f[nm.end() : at]) is not None
    )


_NEXT_RE = re.compile(
    r"\b(?:" + alt(NL["next"], EN["next"]) + r")\s+(?:\w+\s+){0,2}(?:race|grand prix|gp|week|"
    r"weekend|round|ronde|wedstrijd)\b"
    # "makes me look forward to Abu Dhabi", "kijkt uit naar Abu Dhabi": the race to come
    r"|\blook\w* forward to\b|\bkijk\w* (?:\w+ ){0,2}uit naar\b"
    # "Over een week staat de Grand Prix van de Verenigde Staten op het programma", "next up is Austin"
    r"|\bover (?:een|twee|drie|\d) weken?\b|\bsta(?:at|an) (?:[\w'-]+ ){1,8}op het programma\b"
    r"|\bnext up\b|\bup next\b"
    # "Binnen veertien dagen vervolgt het duel met de GP van Mexico", "the fight continues with Mexico"
    r"|\bvervolg\w* (?:[\w'-]+ ){0,3}met\b|\bcontinues? (?:[\w'-]+ ){0,3}(?:with|in|at)\b"
    # "Verstappen heads to the United States Grand Prix with an unassailable lead": the race to come
    r"|\bheads? (?:to|into)\b|\bheading (?:to|into)\b"
    # "a five-place grid penalty for the Belgian GP": the race where it is served (earned at this one)
    r"|\b(?:grid penalty|grid drop|gridstraf)\s+(?:for|voor)\s+(?:the|de)\b"
    # "Antonelli will start the British Grand Prix three places further back": the race to come, where the
    # penalty earned here is served (not "will start the 70th Anniversary GP from pole": that race's start)
    r"|\bwill start the\b(?=[^.;]{0,60}\bfurther back\b)"
)
_YEAR_ANY_RE = re.compile(r"\b(?:19[5-9]\d|20[0-4]\d)\b")
# ", de winnaar vorige week in Bahrein,": an apposition about an earlier race
_PAST_APPOSITION_RE = re.compile(
    r"(?<=,)\s+(?:de|het|the)\s+[^,;.]{0,40}\b(?:vorige|afgelopen|last)\s+(?:week|race|jaar|year|season|time)"
    r"[^,;.]{0,30}(?=,)"
    # ", de winnaar van de races in Oostenrijk en Duitsland,": an epithet naming earlier races
    # (", winner of the 2017 Abu Dhabi GP,": without its article too)
    r"|(?<=,)\s+(?:(?:de|the)\s+)?(?:[\w-]+\s+)?(?:winnaar|winner)\s+(?:van|of|in)\b[^,;.]{0,60}(?=,)"
)
# "evenals vorig jaar", "net als in 2017", "net als vorige maand in Spanje", "just like last year": the
# other time or race is only compared with; the sentence is about this race
_COMPARE_ASIDE_RE = re.compile(
    r"\b(?:" + alt(NL["compare"], EN["compare"]) + r")\s+(?:(?:ook|al|toen|also|he did|she did)\s+)?"
    r"(?:(?:vorig\w*|afgelopen|last|previous)\s+(?:jaar|seizoen|week|maand|year|season|month|race|time)"
    r"|een jaar eerder|a year (?:earlier|ago)|in \d{4})"
    r"(?:\s+(?:in|op|at)\s+[\w-]+(?:\s+[\w-]+)?)?"
    # "much like the one we witnessed in Bahrain", "net als die in Bahrein": another race compared
    r"|\b(?:like|als)\s+(?:the ones?|that|those|die|dat|de|het)\s+(?:(?:we|wij|je|they)\s+[\w-]+\s+)?"
    r"(?:in|op|at)\s+[\w-]+(?:\s+[\w-]+)?"
    # "in a near re-run of 2017's race", "een herhaling van 2017": the other year is only compared with
    r"|\b(?:re-?run|repeat|replay|carbon copy|copy|herhaling|kopie|kopij)\s+(?:of|van)\s+"
    r"(?:the\s+|de\s+|het\s+)?"
    r"(?:\d{4}(?:'s|’s)?|last year'?s|vorig jaar)(?:\s+(?:race|edition|grand prix|gp|editie|wedstrijd))?"
)
# the aside, and a bracket right after it ("sinds 2013 (Sebastian Vettel in een Red Bull)")
_HISTORY_WORD_RE = re.compile(r"(?:sinds|sedert|since)\b")
# ("his first since he was at Red Bull in 2018, when he won at Monaco": the "when" clause after it is the
# aside's too)
# (up to a place told after it: "his first podium since 2014 with third" keeps "with third")
_HISTORY_RE = re.compile(
    r"\b(?:" + alt(NL["history"], EN["history"]) + r")\b"
    r"(?:(?!\s(?:with|met|as|als)\s+(?:a\s+|the\s+|de\s+|een\s+)?(?:" + ORDINAL_RE + r")\b)"
    # ("the first Australian GP since 2019 after a messy weekend in Saudi Arabia": the weekend after it is
    # this season's)
    r"(?!\s(?:after|following|na)\s+(?:a|an|the|een|de|het)\s)[^,;.:()])*"
    r"(?:\([^()]{0,80}\))?"
    r"(?:,\s*(?:when|toen)\b[^,;.:()]*)?"
)
# "won zijn eerste race van het seizoen", "in his final race for Ferrari": his own, not the calendar's
_POSSESSIVE_BEFORE_RE = re.compile(r"\b(?:zijn|haar|hun|his|her|their|[a-z]+'s)\s+$")
_AFTER_BRACKET_RE = re.compile(r"\((?:na|after|following|voor|before) [^()]{1,40}\)")
_THERE_OPENS_RE = re.compile(r"\s*daar\s(?!komt\b)")
_THERE_REACH = 40  # characters from the start of a sentence opening with "daar" to a race it names itself
_THERE_RE = re.compile(
    # "... de botsing bij de GP van Groot-Brittannië, twee maanden geleden. Daar raakte Hamilton Verstappen":
    # a sentence opening with "daar" goes on about that race (not "Daar komt bij": moreover)
    "^"
    + _THERE_OPENS_RE.pattern
    + r"|\b(?:won|wint|werd|eindigde|finishte|pakte|startte)\s+(?:\w+\s+)?(?:er|daar)\b"
    r"|\b(?:won|finished|took|started|triumphed) there\b"
)
# a cheap gate before the aside pattern
_COMPARE_WORD_RE = re.compile(r"(?:als|like|as|run|repeat|replay|copy|herhaling|kopie|kopij)\b")
_THIS_WEEKEND_RE = re.compile(r"\b(?:dit weekend|this weekend|vandaag|today|morgen|tomorrow)\b")
# ", die ook vorig jaar de beste was in Frankrijk,": a relative clause set off by commas
_RELATIVE_ASIDE_RE = re.compile(RELATIVE_OPEN + r"[^,;.]*,")
# "courtesy of his fastest lap in Australia", "dankzij zijn zege in Melbourne": a thing of his at another
# race, named as the cause of something now (not "Bij zijn motorstraf in België won hij": the time the
# sentence is in)
_HIS_THING_IN_RE = re.compile(
    r"\b(?:courtesy of|thanks to|due to|because of|dankzij|vanwege)\s+(?:his|her|their|zijn|haar|hun)\s+"
    r"(?:[\w-]+\s+){1,3}(?:in|at|op|van|bij)\s+(?:the\s+|de\s+|het\s+)?$"
)


def _named_before_aside(sc: SentenceContext, driver: str) -> bool:
    """Whether the sentence opens with ``driver`` by name right before its relative aside of another year
    ("Gasly, die AlphaTauri vorig jaar op Monza de eerste zege bezorgde, kwam zondag als vierde over de
    finish": his place after the aside is this year's)."""
    if sc.year_aside is None:
        return False
    return any(
        m.start <= 2 and not m.group and driver in m.drivers and sc.year_aside[0] - m.end <= 1
        for m in sc.mentions
    )


_OUTSIDE_YEAR_ASIDE_KINDS = frozenset(
    {"championship", "points", "points_gap", "crash", "retirement", "collision", "penalty", "moment"}
)
_PREV_SEASON_RE = re.compile(r"\b(?:" + alt(NL["prev_season"], EN["prev_season"]) + r")\b")  # tested only
_SEASONS_AGO_RE = re.compile(  # (the English rule's number group renamed: one name per group)
    r"\b(?:" + NL["seasons_ago"][0] + "|" + EN["seasons_ago"][0].replace("<n>", "<m>") + r")\b"
)
# "werd in de korte race tweede": the sprint ("a sprint to the flag", "sprinted clear": a run to the end of a
# race)
SPRINT_RE = re.compile(
    r"\bsprint(?!ed\b|ing\b)\w*(?! (?:to|naar) (?:the|de) (?:flag|finish|line|end|vlag|streep|finishlijn))"
    r"|\bkorte race\b"
)
_MAIN_RACE_RE = re.compile(r"\b(?:" + alt(NL["main_race"], EN["main_race"]) + r")\b")  # tested only
_GRID_FOR_RACE_RE = re.compile(r"\b(?:" + alt(NL["grid_for_race"], EN["grid_for_race"]) + r")")  # tested only
_PRACTICE_RE = re.compile(r"\b(?:" + alt(NL["practice"], EN["practice"]) + r")\b")  # tested only
_RACE_WORD_RE = re.compile(r"\b(?:race|grand prix|wedstrijd)\b")
_MAIN_RACE_NAMES = frozenset({"grand prix", "grote prijs", "gp", "hoofdrace", "zondag", "sunday"})
_RACE_WINNER_RE = re.compile(r"\b(?:race|wedstrijd)[ -]?(?:winner|winnaar|win|zege|overwinning)")
_RACE_BEGUN_RE = re.compile(r"\b" + RACE_BEGUN + r"\b")
_TOMORROW_RE = re.compile(r"\b(?:morgen|tomorrow)\b(?!\w)")
_WILL_RE = re.compile(r"\b(?:zal|zullen|will|is set to|are set to)\b")


# words of qualifying, and of a win ("reed vorige week in België vanaf pole naar zijn eerste zege": a race);
# (not grid.POLE_RE and results.WIN_RE: with them a sentence about the most poles of a season became a win)
_QUALI_TOLD_RE = re.compile(r"\b(?:q[123]|pole\w*|kwalific\w*|gekwalificeerd|qualif\w*)")
_WON_RE = re.compile(r"\b(?:won|wint|zege\w*|overwinning\w*|victory|win|wins|winst)\b")


def _quali_told(f: str) -> bool:
    """Whether folded sentence ``f`` tells of qualifying, not of a win."""
    return _QUALI_TOLD_RE.search(f) is not None and _WON_RE.search(f) is None


_QUALI_WORD_RE = re.compile(r"\b(?:q[123]|kwalificatie|qualifying)\b")
GP_WORD_RE = re.compile(r"\b(?:grand prix|grote prijs|gp)\b")  # "de Grote Prijs van Brazilie" too
_GP_IN_CLAUSE_RE = re.compile(r"grand prix|grote prijs|\bgp\b")
_POLE_FOR_RACE_RE = re.compile(
    r"\bpole\w*[^.;]{0,40}\b(?:grand prix|grote prijs|gp|race|zondag|sunday)\b|"
    r"\b(?:grand prix|grote prijs|gp)\b[^.;]{0,12}\bpole|\bstart\w* (?:\w+ ){0,3}(?:van|vanaf|from) pole|"
    # "won the dispute that defined the start grid of the São Paulo GP": the race it sets the grid of
    r"\b(?:grid|startgrid|startopstelling)\b[^.;]{0,30}\b(?:grand prix|grote prijs|gp|race)\b"
)
# a relative clause still open before a place: ", who was also on pole in", ", die eerder in"
_IN_RELATIVE_RE = re.compile(r",\s*(?:who|which|die|dat)\b[^,;:]*$")
# (not in a compound: "Grand Prix-winnaars" is a title)
_EXPLICIT_RACE_RE = re.compile(
    r"\b(?:race|grand prix|grote prijs|gp|wedstrijd|hoofdrace|zondag|sunday|over de (?:streep|finish)|"
    r"finishte|gefinisht|crossed the line|chequered flag|afgevlagd)\b(?!-)"
    # "Azerbaijan GP qualifying", "GP sprint": the race's name before another session names that session
    r"(?!\s+(?:qualifying|kwalificatie|quali|sprint)\b)"
)
# A lead that reports a race result ("won de Grand Prix"), and one that reports any result at all.
_LEAD_RACE_RESULT_RE = re.compile(
    r"\b(?:won|wint|wins|win|gewonnen|winnaar|winner|zege|overwinning|victory)\b[^.]{0,60}"
    r"\b(?:grand prix|gp|race|thuisrace)\b|\b(?:grand prix|gp|race|thuisrace)\b[^.]{0,40}"
    r"\b(?:won|gewonnen|wint|geeindigd|ended)\b"
    # "decided the result of the Mexican Formula 1 Grand Prix in favour of Verstappen"
    r"|\b(?:result|outcome|uitslag|uitkomst)\s+(?:of|van)\s+(?:the|de|het)\s+(?:[\w-]+\s+){0,4}"
    r"(?:grand prix|gp|race)\b[^.]{0,20}\b(?:in favour of|in het voordeel van)\b"
)
_SPRINT_WIN_BEFORE_RE = re.compile(r"\bsprint\w*(?:\s+(?:qualifying|kwalificatie|race))?\s+$")
_GRID_WORD_RE = re.compile(r"\b(?:grid|startgrid|startopstelling)\b")
# a result in the main race ("de volle buit in het hoofdnummer", "won the main race"), not a start for it
_LEAD_MAIN_RACE_RE = re.compile(
    r"\b(?:buit|zege|overwinning|won|wint|gewonnen|een-tweetje|victory|win)\b[^.]{0,40}"
    r"\b(?:in het hoofdnummer|in de hoofdrace|in the main race)\b"
    r"|\b(?:hoofdnummer|hoofdrace|main race)\b[^.]{0,40}\b(?:gewonnen|won|wint|zege|overwinning|victory)\b"
)
_LEAD_SPRINT_RESULT_RE = re.compile(
    r"\b(?:won|wint|dominated|domineerde|domineert|took|claimed|pakte|pakt) (?:the |de |het )?"
    r"(?:[\w-]+ ){0,2}sprint"
    r"|\bsprint(?:race)?(?: race)? (?:gewonnen|won|wint|winnaar|winner|zege|overwinning|victory)\b"
)
_LEAD_RESULT_RE = re.compile(
    r"\b(?:won|wint|wins|gewonnen|winnaar|winner|zege|overwinning|victory|finish\w*|eindigde|"
    r"geeindigd|over de streep|crossed the line|"
    r"gefinisht|uitgevallen|uitval|viel\w* uit|retired?|podium|"
    # "zo was ook de einduitslag", "moest genoegen nemen met een tweede plaats": a result after all
    r"einduitslag|eindklassering|(?:genoegen|vrede) (?:nemen|nam|namen|genomen) met|settled? for)\b"
)


# --- article level -----------------------------------------------------------------------------------


def report_kind(title: str | None, sentences: list[Sentence], folded: list[str]) -> str:
    """ "sprint" or "qualifying" when the title and lead report on that session and not on a race result:
    their bare positions ("Norris completed the podium in third") belong to that session."""
    # The lead: the title and the first paragraphs, up to some forty words (a menu line is no lead).
    parts = [fold(title or "")]
    words = len(parts[0].split())
    # an article printed without blank lines is one paragraph: its lead still ends
    one_paragraph = bool(sentences) and sentences[-1].paragraph == 0
    for s, f in zip(sentences, folded, strict=True):
        if words >= _LEAD_WORDS and (s.paragraph > 0 or (one_paragraph and words >= _LEAD_MAX_WORDS)):
            break
        parts.append(f)
        words += len(f.split())
    lead = " ".join(parts)
    race_lead = _LEAD_RACE_RESULT_RE.search(lead)
    if race_lead and _GRID_WORD_RE.search(race_lead.group(0)):
        race_lead = None  # "win the dispute that defined the start grid of the São Paulo GP": the sprint
    if race_lead and _SPRINT_WIN_BEFORE_RE.search(lead, 0, race_lead.start()):
        race_lead = None  # "stormed to sprint qualifying victory at the Italian Grand Prix": the sprint's win
    if race_lead and not SPRINT_RE.search(lead, race_lead.start(), race_lead.end() + 12):
        return "race"  # "wins F1 sprint for British GP pole", "wins Brazilian GP sprint" report the sprint
    sprints = sum(len(SPRINT_RE.findall(f)) for f in folded)
    if _LEAD_MAIN_RACE_RE.search(lead):
        # "Na een sterke sprintrace was er de volle buit in het hoofdnummer": the main race's result, the
        # sprint told beside it
        return "race"
    if SPRINT_RE.search(lead) and (sprints >= 2 or _LEAD_SPRINT_RESULT_RE.search(lead)):
        # ("Verstappen dominated the Austria sprint race": a sprint's result in the lead, named once)
        # "the sprint is on the menu, and today was qualifying": a lead naming both reports the one
        # the article talks about most
        if QUALI_RE.search(lead) and not _LEAD_RESULT_RE.search(lead):
            qualis = sum(len(QUALI_RE.findall(f)) for f in folded)
            return "qualifying" if qualis > sprints else "sprint"
        return "sprint"
    if _PRE_RACE_LEAD_RE.search(lead) and not QUALI_RE.search(lead):
        # "Nog voor de start van de race gleed hij van de baan ... kreeg zijn auto op de startgrid": the grid
        # on race day, before the start, in a report of that race
        return "race"
    if (QUALI_RE.search(lead) or _POLE_TAKEN_RE.search(lead) or _GRID_LEAD_RE.search(lead)) and not any(
        # ("will be hoping they can turn Leclerc's pole into a home victory": a result hoped for; "als vierde
        # geëindigd in de kwalificatie": the session's result)
        not _HOPED_BEFORE_RE.search(lead, max(0, m.start() - 60), m.start())
        and not _IN_QUALI_AFTER_RE.match(lead, m.end())
        for m in _LEAD_RESULT_RE.finditer(lead)
    ):
        # "heeft zijn eerste pole veroverd", "de startgrid ... staan vooraan": a qualifying report, unless the
        # article goes on to tell the race far more ("Tijdens de kwalificatie moest Verstappen ... staken. ...
        # In de 28ste van 66 ronden viel zijn auto stil"): a race report that opens with the qualifying
        races = sum(len(_RACE_TOLD_RE.findall(f)) for f in folded)
        qualis = sum(len(QUALI_RE.findall(f)) for f in folded)
        if races >= _RACE_TOLD_MIN and races > qualis:
            return "race"
        return "qualifying"
    return "race"


# what only a race has: its laps counted, stops, retirements, the finish
_RACE_TOLD_RE = re.compile(
    r"\b(?:van \d+ (?:ronden|rondes)|of \d+ laps|pitstops?|pit stops?|uitgevallen|viel\w* (?:\w+ )?uit|"
    r"retired|finishte|finished|over de (?:streep|finish)|safety ?car|bandenwissel|on lap \d+|"
    # ("deed zijn voordeel bij de opgaves", "bij de laatste herstart": only a race has them)
    r"opgaves?|herstart|restart|"
    r"in de (?!laatste)(?:\w+de|\w+ste) ronde)\b"
)
_HOPED_BEFORE_RE = re.compile(
    r"\b(?:hop(?:e|es|ed|ing)|hoopt|hoopte|hopen|aim\w*|target\w*|chas\w*|wants?|wil|willen|droomt)\b[^.;]*$"
)
_RACE_TOLD_MIN = 2
_LEAD_WORDS = 40
_LEAD_MAX_WORDS = 80
# a lead about the moments before the race began: on the way to the grid, before its start
_PRE_RACE_LEAD_RE = re.compile(
    r"\b(?:(?:voor|vóór) de start van de (?:race|grand prix|gp)|voorafgaand aan de (?:race|grand prix|gp)|"
    r"before the (?:start of the )?(?:race|grand prix)|op weg naar de (?:start)?grid|on (?:the|his) way to "
    r"the grid|verkenningsronde|reconnaissance lap)\b"
)
# a lead about the starting grid the qualifying set: "de startgrid", "the starting grid"
# ("start zondag in Mexico City vanop de pole", "will start from pole on Sunday": the pole the lead tells)
_GRID_LEAD_RE = re.compile(
    r"\b(?:startgrid|startopstelling|starting grid|starting order)\b|"
    # ("start zijn thuisrace zondag vanaf poleposition")
    r"\b(?:start|starts|will start)\s+(?:[\w-]+\s+){0,6}(?:vanaf|vanop|from)\s+(?:de\s+|the\s+)?"
    r"pole(?:[- ]?position)?\b|"
    # "Verstappen start bij de Grote Prijs van Spanje zondag als vijfde": the race's place still to come
    r"\b(?:start|starten|starts|will start)\s+(?:[\w-]+\s+){0,7}(?:zondag|morgen|sunday|tomorrow)\s+"
    r"(?:(?:als|vanaf|vanop|from|in)\s+(?:de\s+|the\s+)?)?(?:" + ORDINAL_RE + r")\b"
)
# a pole taken, in the opening paragraph
# sent back on the grid: the place after it is a start
_DEMOTED_RE = re.compile(r"\b(?:demot\w*|relegat\w*|teruggezet|terugzet\w*|zet\w* (?:\w+ ){0,3}terug)\b")
# a result told of qualifying right after its verb: "geëindigd in de kwalificatie", "3rd in qualifying"
_IN_QUALI_AFTER_RE = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:in|bij)\s+(?:de\s+)?(?:kwalificatie|kwali|qualifying)\b"
)
_POLE_TAKEN_RE = re.compile(
    r"\b(?:veroverd\w*|pakt\w*|grijpt|greep|verzeker\w*|bemachtig\w*|takes?|took|claim\w*|secur\w*|edge\w*|"
    r"snatch\w*|seal\w*|snelt|snelde|vlamde|vlamt|vloog|vliegt|stormt|stormde|storms|stormed|blast\w*|flew|flies|"
    # "Bottas pips Hamilton to pole", "Leclerc klopt Sainz voor pole": a pole won from another
    r"pips|pipped|beats|klopt|klopte|verslaat|versloeg|aftroeft|troefde)\b"
    # ("heeft poleposition voor de Grand Prix van Rusland gepakt": the race's name between)
    r"[^.]{0,60}\bpole\w*|\bpole\w*[^.]{0,70}\b(?:veroverd|gepakt|gegrepen|opgeeist|bemachtigd|geclaimd)\b"
)


def _sprint_haul(
    gz: Gazetteer, state: ArticleState, clause: str, key: str | None, season: int | None
) -> bool:
    """Whether points told in ``clause`` are the sprint's: in a sprint report, or in an article dated before
    the race of a sprint weekend, unless the clause names the main race."""
    if _MAIN_RACE_RE.search(clause) or _GP_IN_CLAUSE_RE.search(clause):
        return False
    if state.report == "sprint":
        return True
    gp = gz.ref.race(season, key) if season is not None and key else None
    if gp is None or not gp.has_sprint or state.year is None or state.month is None or state.day is None:
        return False
    return f"{state.year:04d}-{state.month:02d}-{state.day:02d}" < gp.date


_LAST_WINTER_MONTH = 2


def article_season(gz: Gazetteer, header: Header) -> int | None:
    if header.year is None:
        return None
    # Before the first race of the year, in the winter, an article is about the season just gone (from March
    # on it looks ahead to the new one, also when the start is late: "Volgens de huidige kalender begint het
    # kampioenschap ... op de Red Bull Ring", June 2020)
    races = gz.ref.races(header.year)
    if (
        header.month is not None
        and header.month <= _LAST_WINTER_MONTH
        and races
        and _ym(races[0].date) > (header.year, header.month)
    ):
        return header.year - 1
    return header.year


# A look back at an earlier season's race: "Magic Melbourne Moments: Bottas dominates the field in 2019",
# "Terugblik: Verstappen wint de GP van Oostenrijk 2019", "on this day"
_LOOK_BACK_RE = re.compile(
    r"\b(?:moments?|memories|memory|flashback|throwback|on this day|look(?:s|ing)? back|terugblik\w*|"
    r"blik(?:t|ken)? (?:\w+ )?terug|herinnering\w*|nostalgi\w*|"
    r"(?:\d+|one|two|three|four|five|ten|een|twee|drie|vier|vijf|tien) (?:years?|jaar) (?:ago|geleden))\b"
)
# (a year, not the one of a dateline: "Friday, 25 March 2022")
_LOOK_BACK_YEAR_RE = re.compile(r"(?<![\w.,-])((?:19|20)\d\d)(?![\w.,-])")
_DATELINE_BEFORE_RE = re.compile(
    r"\d{1,2}\s+(?:jan|feb|maa|mar|apr|mei|may|jun|jul|aug|sep|okt|oct|nov|dec)[a-z]{0,7}\.?\s+$"
)


def look_back_season(gz: Gazetteer, folded: list[str], season: int | None) -> int | None:
    """The earlier season an article looks back at, when its opening says it does ("Magic Melbourne
    Moments", "terugblik", "on this day") and names that season's year, never the year it was written in;
    else None. Its races are of that season: "the Australian Grand Prix 2019" written in March 2022."""
    if season is None:
        return None
    opening = " ".join(folded[:3])
    if not _LOOK_BACK_RE.search(opening) or not explicit_gps(gz, opening, season):
        return None
    years = {
        int(y.group(1))
        for y in _LOOK_BACK_YEAR_RE.finditer(opening)
        if not _DATELINE_BEFORE_RE.search(opening, max(0, y.start() - 16), y.start())
    }
    if len(years) != 1:
        return None  # none, or more than one (the season it was written in among them)
    year = next(iter(years))
    return year if year < season and gz.ref.races(year) else None


# A race named in a driver's description, in passing: "de winnaar van de GP van Hongarije Esteban Ocon" (not
# "werd de winnaar van de GP van Hongarije": the race told)
_WINNER_OF_BEFORE_RE = re.compile(
    r"(?<!werd )(?<!wordt )(?<!is )(?<!was )(?<!became )(?<!becomes )\b(?:de|the)\s+(?:[\w-]+\s+)?"
    r"(?:winnaar|winner)\s+(?:van|of)\s+(?:de|het|the)\s+(?:(?:grand prix|gp|grote prijs)\s+(?:van\s+)?)?$"
)


def main_event(
    gz: Gazetteer,
    sentences: list[Sentence],
    folded: list[str],
    season: int | None,
    title: str | None,
    header: Header | None = None,
) -> str | None:
    """The race an article reports on: the one its title names, else the lead's, else the one named far
    more often; when it names no race at all, the race it was written on the day of or just after."""
    # ("in Oostenrijk" in 2020, two races in one country: the one of the weekend it was written in)
    weekend = weekend_race(gz, header) if header is not None else None
    if title:
        in_title = {k for _, k in explicit_gps(gz, fold(title), season, weekend)}
        if len(in_title) == 1:
            return next(iter(in_title))
    keys: list[str] = []
    first_para: list[str] = []
    named: list[str] = []  # places called a Grand Prix ("de Britse Grand Prix", "the Hungarian GP")
    for s, f in zip(sentences, folded, strict=True):
        if _PAST_RE.search(f) or _NEXT_RE.search(f):
            continue  # "de volgende race in Oostenrijk", "two weeks earlier in Japan"
        f = strip_quotes(f)  # "ik kijk nu al uit naar Brazilië", said after the race, names no race reported
        hits = explicit_gps(gz, f, season, weekend)
        if hits:
            # ("much like the one we witnessed in Bahrain", "the first one-two since Singapore": recalled;
            # the asides are looked for only where a race is named)
            stripped = strip_history(gz, f)
            if stripped != f:
                f, hits = stripped, explicit_gps(gz, stripped, season, weekend)
        for pos, k in hits:
            year = _YEAR_AFTER_GP_RE.match(f, pos)
            if year and season and int(year.group(1)) != season:
                continue  # "Vettel's win at Monza in 2008", "de GP van Hongarije in 2012": another year's
            keys.append(k)
            if GP_WORD_RE.search(f[max(0, pos - 20) : pos + 40]):
                named.append(k)
            if s.paragraph == 0:
                first_para.append(k)
        if s.paragraph == 0 and HOME_RE.search(f):
            home = home_event(gz, f, HOME_RE.search(f), None, season)  # type: ignore[arg-type]
            if home:
                first_para.append(home)
                keys.append(home)
    distinct = list(dict.fromkeys(keys))
    if not distinct:
        return race_of_date(gz, header) if header is not None else None
    if weekend is not None and weekend not in distinct:
        # Written the weekend of the Sakhir GP, naming "the Bahrain International Circuit" (or the Styrian GP
        # and "de Red Bull Ring in Oostenrijk"): a place both races of a double-header share is the weekend's
        distinct = [
            weekend if k not in named and same_circuit(gz, season, k, weekend) else k for k in distinct
        ]
        distinct = list(dict.fromkeys(distinct))
    if (
        # (a review names many races: the one whose weekend it came out on is not what it reports)
        2 <= len(distinct) <= 3
        and weekend is not None
        and weekend not in distinct
        and not any(k in named and k in first_para for k in distinct)
        and all(_rounds_apart(gz, k, season, weekend) != 0 for k in distinct)
        and not any(_SEASON_LOOK_RE.search(f) for f in folded[:3])
        # ("In Bahrein won Verstappen, in Jeddah Pérez": an opening that names the races reports those)
        and bool(folded)
        and not explicit_gps(gz, folded[0], season, weekend)
    ):
        # Written on the Chinese weekend, naming "zijn derde plaats in Australië en vierde plek in Bahrein" in
        # the lead and "de GP van Monaco" of the year before further on: races of the season recalled, none
        # called a Grand Prix in the lead; the weekend's race is reported
        return weekend
    if len(distinct) == 1:
        if (
            weekend is not None
            and weekend != distinct[0]
            and not first_para
            and _rounds_apart(gz, distinct[0], season, weekend) < 0
        ):
            # Written during the Saudi weekend, naming only "de eerste race in Bahrein" in passing, later on:
            # the weekend's race is reported, the earlier one recalled.
            return weekend
        # Written the weekend of the Russian GP, naming only Brazil ("hetzelfde als in Brazilië"), a race not
        # held that season; or, past the lead only, a race still to come ("toen hij tien jaar terug z'n eerste
        # pole pakte in Monza", in a report of the Canadian weekend): the weekend's race is reported
        not_held = season is not None and gz.ref.race(season, distinct[0]) is None
        later = weekend is not None and not first_para and _rounds_apart(gz, distinct[0], season, weekend) > 0
        if weekend is not None and weekend != distinct[0] and (not_held or later):
            return weekend
        return distinct[0]
    if weekend in distinct:
        # Written during a race weekend and naming that race: other races are named in passing
        # (a menu line, "zoals in Bahrein").
        return weekend
    if first_para and len(distinct) <= 2:
        return first_para[0]
    if len(set(named)) == 1:
        return named[0]
    # The race the lead calls a Grand Prix, when no other race is named as often.
    lead_named = [k for k in first_para if k in named]
    if lead_named and Counter(keys).most_common(1)[0][1] <= keys.count(lead_named[0]):
        return lead_named[0]
    # A report that mentions other races in passing: the event named far more often than the rest.
    counts = Counter(keys).most_common(2)
    if counts[0][1] >= 3 and counts[0][1] >= 2 * counts[1][1]:
        return counts[0][0]
    return None


# a lead about the season: a review, not a report of the weekend it came out on
_SEASON_LOOK_RE = re.compile(r"\b(?:season|seizoen|campaign|the year|het jaar|look back|terugblik\w*)\b")
# a year right after a race's name: "Monza in 2008", "de Grand Prix van Hongarije in 2012"
_YEAR_AFTER_GP_RE = re.compile(r"[^.,;:()]{0,30}?\b(?:in|van|of|uit)\s+((?:19|20)\d\d)\b")


def same_circuit(gz: Gazetteer, season: int | None, a: str, b: str) -> bool:
    """Whether races ``a`` and ``b`` of ``season`` were held on one circuit (a double-header)."""
    if season is None or a == b:
        return False
    ra, rb = gz.ref.race(season, a), gz.ref.race(season, b)
    return ra is not None and rb is not None and ra.circuit == rb.circuit


def _rounds_apart(gz: Gazetteer, key: str, season: int | None, weekend: str) -> int:
    """How many rounds race ``key`` is held after the weekend's race that season (negative: before it;
    0: either is not held that season)."""
    named, current = (gz.ref.race(season, key), gz.ref.race(season, weekend)) if season else (None, None)
    return named.round - current.round if named is not None and current is not None else 0


def weekend_race(gz: Gazetteer, header: Header) -> str | None:
    """The race whose weekend an article was written in: from two days before the race to the day after."""
    return _race_within(gz, header, before=2, after=1)


def race_of_date(gz: Gazetteer, header: Header) -> str | None:
    """The race an article names no event for but was written on its weekend (from the Friday) or up to two
    days after: a qualifying report of the Saturday, news the day after a Grand Prix, are about it."""
    return _race_within(gz, header, before=2, after=2)


_LAST_WEEK_RE = re.compile(r"\b(?:vorige week|vorig weekend|afgelopen weekend|last week|last weekend)\b")


def written_date(year: int | None, month: int | None, day: int | None) -> date | None:
    """The date an article was written, from its header's year, month and day; None without a whole one."""
    if year is None or month is None or day is None:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def main_race_offset(gz: Gazetteer, state: ArticleState) -> int | None:
    """Days from the article's main race to the day it was written (negative: written before the race)."""
    written = written_date(state.year, state.month, state.day)
    race = gz.ref.race(state.season, state.main_event) if state.main_event and state.season else None
    if written is None or race is None:
        return None
    return (written - date.fromisoformat(race.date)).days


def _before_main_race(gz: Gazetteer, state: ArticleState) -> bool:
    """Whether the article was written two days or more before its main race (a preview, not a report of
    its qualifying)."""
    offset = main_race_offset(gz, state)
    return offset is not None and offset <= -2


def _race_before(gz: Gazetteer, state: ArticleState) -> str | None:
    """The race held three to sixteen days before the article was written (the week before), else None."""
    day = written_date(state.year, state.month, state.day)
    if day is None or state.year is None:
        return None
    held = [
        gp
        for gp in gz.ref.races(state.year)
        if timedelta(days=3) <= day - date.fromisoformat(gp.date) <= timedelta(days=16)
    ]
    return max(held, key=lambda gp: gp.date).key if held else None


def _race_within(gz: Gazetteer, header: Header, *, before: int, after: int) -> str | None:
    """The race the article was written at most ``before`` days before, or ``after`` days after."""
    day = written_date(header.year, header.month, header.day)
    if day is None or header.year is None:
        return None
    for gp in gz.ref.races(header.year):
        if timedelta(days=-before) <= day - date.fromisoformat(gp.date) <= timedelta(days=after):
            return gp.key
    return None


_HEADING_WORDS = 7  # "GP van Hongarije 2020", "Round 4: Spanish Grand Prix"


def paragraph_gps(
    gz: Gazetteer, sentences: list[Sentence], folded: list[str], season: int | None
) -> dict[int, str]:
    """Paragraphs that name exactly one Grand Prix (a caption in a season review)."""
    found: dict[int, set[str]] = {}
    for s, f in zip(sentences, folded, strict=True):
        for _, k in explicit_gps(gz, f, season):
            found.setdefault(s.paragraph, set()).add(k)
    return {p: next(iter(ks)) for p, ks in found.items() if len(ks) == 1}


_OTHER_SERIES_HEADING_RE = re.compile(
    r"\b(?:league|autonomous|formula e|formule e|indycar|nascar|motogp|wec|le mans|f2|f3|formula [23]|"
    r"formule [23]|esports?|w series)\b"
)


# "Daniel Ricciardo, Red Bull, Monaco, 2018": a photo's caption (who, team, where, when), no section's race
_PHOTO_CAPTION_RE = re.compile(r"[^.;:]*,[^.;:]*,\s*(?:19|20)\d\d\s*\.?\s*")
_CREDIT_LINE_RE = re.compile(r"\s*(?:©|\(c\)|(?:copyright|foto|photo|beeld|image|credit|afbeelding)\b)")


def section_gps(sentences: list[Sentence], folded: list[str], captions: dict[int, str]) -> dict[int, str]:
    """The paragraphs under a heading line that names one Grand Prix ("GP van Hongarije 2020"), up to the
    next such heading, that name none of their own: that race (``captions``: :func:`paragraph_gps`)."""
    lines: dict[int, list[str]] = {}
    for s, f in zip(sentences, folded, strict=True):
        lines.setdefault(s.paragraph, []).append(f)
    out: dict[int, str] = {}
    section: str | None = None
    for p, texts in lines.items():
        if len(texts) == 1 and len(texts[0].split()) <= _HEADING_WORDS and p in captions:
            # ("until Abu Dhabi Autonomous Racing League": a menu line of another series heads nothing, nor
            # does a photo credit: "© Pirelli & C SpA" is no Spa)
            other = (
                _OTHER_SERIES_HEADING_RE.search(texts[0])
                or _CREDIT_LINE_RE.match(texts[0])
                or _PHOTO_CAPTION_RE.fullmatch(texts[0])
            )
            section = None if other else captions[p]
        elif p not in captions and section is not None:
            out[p] = section
    return out


# --- Grands Prix -------------------------------------------------------------------------------------


def explicit_gps(
    gz: Gazetteer, folded: str, season: int | None, home: str | None = None
) -> list[tuple[int, str]]:
    """The Grands Prix named in ``folded`` (by name, city or circuit) as (offset, key). A country that held
    more than one race that season names ``home`` (the article's race) when that is one of them, else none:
    "in Oostenrijk" in a report of the 2020 Styrian GP is that race, in a season review no race."""
    # The main event, the paragraphs and the sentence frame all ask this of the same sentences.
    hits = _explicit_gps(gz, folded, season)
    if all(not country for _, _, country in hits):
        return [(pos, key) for pos, key, _ in hits]  # (most sentences: no country of two races)
    home_race = gz.ref.race(season, home) if home is not None and season is not None else None
    out: list[tuple[int, str]] = []
    for pos, key, country in hits:
        if not country:
            out.append((pos, key))
        elif home_race is not None and home_race.country == country:
            out.append((pos, home_race.key))
    return out


# a penalty brought from an earlier race: "a grid penalty from Zandvoort", "een gridstraf uit Bakoe"
_PENALTY_FROM_BEFORE_RE = re.compile(
    r"\b(?:penalt\w*|\w*straf\w*)\s+(?:(?:carried|brought|earned)\s+(?:over\s+)?)?"
    r"(?:from|uit|van|meegenomen uit|overgehouden aan)\s+(?:the\s+|de\s+|het\s+)?(?:[\w-]+\s+){0,2}$"
)
_EARNED_IN_BEFORE_RE = re.compile(r"\b(?:een|de|zijn|haar)\s+in\s+(?:de\s+|het\s+)?$")
_EARNED_AFTER_RE = re.compile(
    r"\s+(?:opgelopen|gekregen|verdiende|opgelegde|ontvangen)\s+(?:\w+\s+)?\w*straf"
)
_GP_WORD_BEFORE_RE = re.compile(r"\b(?:gp|grand prix|grote prijs|race)(?: van| of)?(?: de| het| the)? $")
_GP_WORD_AFTER_RE = re.compile(r"\s*(?:gp|grand prix)\b")
_DATE_BEFORE_RE = re.compile(r"\d{1,2}[/.-]\d{1,2}\s+$")


@lru_cache(maxsize=256)
def _shared_country(gz: Gazetteer, season: int, key: str, text: str) -> bool:
    """Whether ``text`` names the country of race ``key`` that ``season`` held more than one race in
    ("Italië" in 2021: Imola and Monza; "Oostenrijk" in 2020: the Austrian and the Styrian GP)."""
    race = gz.ref.race(season, key)
    if race is None or fold(race.short_en) != fold(race.country):
        return False  # a race named after its own region or city ("Stiermarken", "Imola") is that race
    if text not in {fold(race.country), fold(race.short_en), fold(race.short_nl)}:
        return False
    return sum(1 for r in gz.ref.races(season) if r.country == race.country) > 1


def _drivers_country(gz: Gazetteer, folded: str, name: str) -> bool:
    """Whether ``name`` is the country of a driver the folded sentence names."""
    return any(
        (d := gz.ref.driver(i)) is not None and fold(d.country) == name
        for h in gz.drivers(folded)
        for i in h.ids
    )


@lru_cache(maxsize=2048)
def _explicit_gps(gz: Gazetteer, folded: str, season: int | None) -> tuple[tuple[int, str, str], ...]:
    out: list[tuple[int, str, str]] = []
    for h in gz.grands_prix(folded):
        if _team_overlap(gz, folded, h) or _NATIONALITY_AFTER_RE.match(folded, h.end):
            continue  # "Germany's Michael Schumacher" names a nationality, not a race
        left = max(0, h.start - 40)
        if folded[max(0, h.start - 4) : h.start] == " of " and any(
            left + d.end == h.start - 4 for d in gz.drivers(folded[left : h.start])
        ):
            continue  # "Daniel Ricciardo of Australia": his country, not a race
        if folded[max(0, h.start - 4) : h.start] in ("for ", "voor") and _drivers_country(
            gz, folded, folded[h.start : h.end]
        ):
            continue  # "end a 50-year wait for Mexico" beside Pérez: his country's, not a race
        if _BIRTH_AFTER_RE.match(folded, h.end) or _BIRTH_BEFORE_RE.search(
            folded, max(0, h.start - 30), h.start
        ):
            continue  # "Charles Leclerc (Monaco, 16 oktober 1997)", "geboren in Monaco": where he was born
        if _EPITHET_AFTER_RE.match(folded, h.end):
            continue  # "Italian GP winner Pierre Gasly": a title, not the sentence's race
        if _PENALTY_FROM_BEFORE_RE.search(folded, max(0, h.start - 45), h.start):
            continue  # "carries a five-place grid penalty from Zandvoort": earned there, served in this race
        if _EARNED_IN_BEFORE_RE.search(folded, max(0, h.start - 20), h.start) and _EARNED_AFTER_RE.match(
            folded, h.end
        ):
            continue  # "vanwege een in Brazilië opgelopen gridstraf": earned there, served in this race
        if _WINNER_IN_BEFORE_RE.search(folded, max(0, h.start - 50), h.start):
            continue  # "Verstappen, the winner two weeks ago in Saudi Arabia, who pulled over": an epithet
        if _WINNER_OF_BEFORE_RE.search(folded, max(0, h.start - 50), h.start):
            continue  # "voor de winnaar van de Grand Prix van Hongarije Esteban Ocon": a driver described
        if _LIKE_IN_BEFORE_RE.search(folded, max(0, h.start - 16), h.start) or _NATION_AFTER_RE.match(
            folded, h.end
        ):
            continue  # "net als in Italië", "just like in Monza": a comparison; "Monaco the 23rd nation"
        if _ROW_START_RE.search(folded, 0, h.start) and any(
            d.start <= 1 or folded[h.end : h.end + d.start].strip() == "|"
            for d in gz.drivers(folded[h.end : h.end + 40])
        ):
            continue  # "2 Spain Carlos Sainz Ferrari": a results row's flag column, a nationality
        keys = h.ids
        if len(keys) > 1 and season is not None:
            keys = tuple(k for k in keys if gz.ref.race(season, k)) or keys
        if (
            season is not None
            and len(keys) == 1
            and _shared_country(gz, season, keys[0], folded[h.start : h.end])
            and not _GP_WORD_BEFORE_RE.search(folded, max(0, h.start - 20), h.start)
            and not _GP_WORD_AFTER_RE.match(folded, h.end)
            and not _DATE_BEFORE_RE.search(folded, max(0, h.start - 8), h.start)
        ):
            # "won in Italië" in 2021 is Imola or Monza: the country names no one race by itself (a calendar
            # row's date, "04/07 Austria", tells which; the article's own race may be one of them)
            race = gz.ref.race(season, keys[0])
            out.append((h.start, keys[0], race.country if race else ""))
            continue
        if len(keys) > 1:
            keys = gz.named_exactly(folded[h.start : h.end], keys)
        if len(keys) == 1 and season is not None and not _held_by(gz, keys[0], season):
            continue  # "de jubileumrace" in 2019 (the 1000th GP) is no 70th Anniversary GP: that came later
        if len(keys) == 1:
            out.append((h.start, keys[0], ""))
    return tuple(out)


@lru_cache(maxsize=512)
def _held_by(gz: Gazetteer, key: str, season: int) -> bool:
    """Whether race ``key`` had been held by the end of ``season`` (in it or a season before)."""
    return any(gz.ref.race(y, key) is not None for y in range(season - 10, season + 1))


_WINNER_IN_BEFORE_RE = re.compile(
    r"(?:,|\()\s*(?:the|de)\s+(?:\w+\s+)?(?:winner|winnaar)\b[^,.;()]{0,30}\b(?:in|at|of|van)\s+(?:the\s+|de\s+)?$"
)
# tested only: what comes before a row's flag ("1 Netherlands Max ..."; not a calendar's "27/06 Styria Max")
_ROW_START_RE = re.compile(r"(?:^|[;|\t]|(?<![/\d.:-])\b\d{1,2}\.?)\s*$")
_MONTHS = f"{MONTHS_NL}|{MONTHS_EN}"
# a day of birth after the place: "(Monaco, 16 oktober 1997)", "Monaco, October 16, 1997" (a year of this
# century's first years or before: no race date)
_BIRTH_AFTER_RE = re.compile(
    r",?\s+(?:\d{1,2}\s+(?:" + _MONTHS + r")|(?:" + _MONTHS + r")\s+\d{1,2},?)\s+(?:19\d\d|200\d)\b"
    r"|\s+(?:geboren|born)\b"  # ("de in België geboren Verstappen")
)
_BIRTH_ASIDE_RE = re.compile(
    r"\([^()]{0,40}?\b\d{1,2}\s+(?:" + _MONTHS + r")\s+(?:19\d\d|200\d)\)"
    r"|,\s+(?:geboren|born)\b[^,.;()]{0,40}?\b(?:19\d\d|200\d)\b(?=\s*,)"
)
_BIRTH_BEFORE_RE = re.compile(
    r"\b(?:geboren|geboorteplaats|geboortestad|born|birthplace|hometown|woonplaats|woont|lives)"
    r"(?:\s+(?:in|te|op))?\s*:?\s+$"
)
_EPITHET_AFTER_RE = re.compile(
    r"(?:\s+(?:grand prix|gp))?[\s-]+"
    r"(?:winner|winnaar|polesitter|pole-sitter|pole sitter|champion|kampioen)\b"
)
_LIKE_IN_BEFORE_RE = re.compile(r"\b(?:net als|zoals|evenals|just like|like|as) (?:in|at|op) $")
_NATION_AFTER_RE = re.compile(r"\s+(?:the\s+|als\s+)?\d+\w*\s+(?:nation|country|land)\b")
# ("the Monaco driver's car", "de Monaco-coureur": a driver's country before his noun, too)
_NATIONALITY_AFTER_RE = re.compile(
    r"'s\s+(?!grand|gp|race|round|circuit|track)[a-z]|"
    r"[\s-](?:driver|drivers|racer|native|born|coureur|rijder|coureurs)\b"
)


def _team_overlap(gz: Gazetteer, folded: str, h: NameHit) -> bool:
    # "Red Bull Ring" is a circuit, "Red Bull" alone a team: only the longer match is a place.
    return any(t.start <= h.start and t.end > h.end for t in gz.teams(folded))


_OWNER_WORDS_GAP_RE = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}")


_PLURAL_OWNER_BEFORE_RE = re.compile(r"\b(?:their|hun)\s+(?:[\w-]+\s+)?$")


def home_event(
    gz: Gazetteer, folded: str, m: re.Match[str], focus: str | None, season: int | None
) -> str | None:
    # Whose home race: the driver named nearest to the phrase, else the driver in focus; a team's ("at
    # AlphaTauri's home race", "de thuisrace van Ferrari") is no driver's, and its race is not told here.
    if _PLURAL_OWNER_BEFORE_RE.search(folded, max(0, m.start() - 20), m.start()):
        # "Both Renaults finished in the points at their home race, led by Sainz": the team's, or the race
        # the drivers named before it share ("Gasly and Ocon at their home race"), not the nearest one's
        before = [h for h in gz.drivers(folded) if len(h.ids) == 1 and h.end <= m.start()]
        shared = [set(gz.ref.home_event_keys(h.ids[0])) for h in before]
        common = set.intersection(*shared) if shared else set()
        if season is not None:
            common = {k for k in common if gz.ref.race(season, k)}
        return next(iter(common)) if len(common) == 1 else None
    for t in gz.teams(folded):
        if (
            0 <= m.start() - t.end <= 4
            or 0 <= t.start - m.end() <= 5
            # ("Ferrari's disastrous home race": the team's, its words between)
            or _OWNER_WORDS_GAP_RE.fullmatch(folded, t.end, m.start()) is not None
        ):
            return None
    best: tuple[int, str] | None = None
    for h in gz.drivers(folded):
        if len(h.ids) == 1:
            dist = min(abs(h.start - m.end()), abs(m.start() - h.end))
            if best is None or dist < best[0]:
                best = (dist, h.ids[0])
    driver = best[1] if best else focus
    if driver is None:
        return None
    keys = gz.ref.home_event_keys(driver)
    if season is not None:
        keys = tuple(k for k in keys if gz.ref.race(season, k)) or keys
    return keys[0] if len(keys) == 1 else None


def strip_history(gz: Gazetteer, f: str) -> str:
    """Blank out asides about earlier races ("the first one-two since Singapore in 2019") (offsets kept):
    they must neither become facts nor move the sentence to another race or season."""

    def blank(m: re.Match[str]) -> str:
        aside = m.group(0)
        if _YEAR_ANY_RE.search(aside) or gz.grands_prix(aside):
            # (the word that opens it stays: "de eerste sinds ..." is a count, not a place)
            word = _HISTORY_WORD_RE.match(aside)
            kept = word.end() if word else 0
            return aside[:kept] + " " * (len(aside) - kept)
        return aside

    f = _PAST_APPOSITION_RE.sub(blank, _HISTORY_RE.sub(blank, f))
    if "(" in f or "geboren" in f or "born" in f:
        # "Lando Norris (Bristol, 13 november 1999)": his birth, of another year and place than the race's
        f = _BIRTH_ASIDE_RE.sub(lambda m: " " * len(m.group(0)), f)
    if "(" in f:
        # "de tweede zege van het seizoen (na Bahrein)": the race in brackets is an earlier one
        f = _AFTER_BRACKET_RE.sub(lambda m: " " * len(m.group(0)), f)
    return _COMPARE_ASIDE_RE.sub(lambda m: " " * len(m.group(0)), f) if _COMPARE_WORD_RE.search(f) else f


# --- sentence level ----------------------------------------------------------------------------------


def frame_sentence(gz: Gazetteer, sc: SentenceContext, state: ArticleState, para_gp: str | None) -> None:
    """Set the sentence's event frame (Grands Prix named, default race, sprint, season named) and move the
    paragraph's race and sprint caption on."""
    f = sc.text
    gp_hits = explicit_gps(gz, f, state.season, state.main_event)
    for m in HOME_RE.finditer(f):
        key = home_event(gz, f, m, state.focus, state.season)
        if key:
            gp_hits.append((m.start(), key))
    for m in _ROUND_RE.finditer(f):
        n = ordinal_value(m.group(1)) if m.group(1) else int(m.group(2))
        if n and state.season:
            gp = gz.ref.race_by_round(state.season, n)
            if gp:
                gp_hits.append((m.start(), gp.key))
    for m in _OPENER_RE.finditer(f):
        gp1 = gz.ref.race_by_round(state.season, 1) if state.season else None
        if (
            gp1
            and not _POSSESSIVE_BEFORE_RE.search(f, max(0, m.start() - 12), m.start())
            # ("his first win since the season-opener": a time before, not this sentence's race)
            and not _SINCE_BEFORE_RE.search(f, max(0, m.start() - 12), m.start())
        ):
            gp_hits.append((m.start(), gp1.key))
    for m in _FINALE_RE.finditer(f):
        last = gz.ref.last_race(state.season) if state.season else None
        if (
            last
            and not _POSSESSIVE_BEFORE_RE.search(f, max(0, m.start() - 12), m.start())
            and not _SINCE_BEFORE_RE.search(f, max(0, m.start() - 12), m.start())
        ):
            gp_hits.append((m.start(), last.key))
    nm = _NEXT_RE.search(f)
    next_hits: list[tuple[int, str]] = []
    if nm:
        # "a grid penalty for the next race in Belgium" was earned here, not in Belgium.
        next_hits = [(p, k) for p, k in gp_hits if _names_next(f, nm, p)]
        gp_hits = [(p, k) for p, k in gp_hits if (p, k) not in next_hits]
    gp_hits.sort()
    sc.past = bool(_PAST_RE.search(f))
    # the sentence is of this time, not of an earlier or later race or another year (read once: the
    # double-header rule and the paragraph's race both ask it)
    of_now = not sc.past and nm is None and not _names_other_year(sc.orig, state.season)
    main = state.main_event
    if main and gp_hits and of_now:
        # the circuit the article's race shares with the other race of its double-header is the article's
        # race, unless the sentence calls the other one a Grand Prix
        gp_hits = [
            (p, main)
            if k != main
            and same_circuit(gz, state.season, k, main)
            and not GP_WORD_RE.search(f[max(0, p - 20) : p + 40])
            else (p, k)
            for p, k in gp_hits
        ]
    if main and gp_hits and (" - " in f or "," in f):
        # "Ricciardo - carrying a grid penalty for his collision in Baku - rounded out the top 10": another
        # race named in a dashed aside frames nothing of the article's race ("Voor de jonge Brit, vorige
        # week nog 3e in Frankrijk, is het zijn eerste pole": nor one in commas about the week before)
        spans = [m.span() for rx in (_DASH_ASIDE_RE, _LAST_WEEK_ASIDE_RE) for m in rx.finditer(f)]
        sc.asides = [(a, b, k) for p, k in gp_hits if k != main for a, b in spans if a < p < b]
        gp_hits = [(p, k) for p, k in gp_hits if not any(a < p < b for a, b, _ in sc.asides)]
    if not gp_hits and state.prev_named_gp and (_THERE_RE.search(f) or _then_opens(f)):
        # "Twee weken geleden opende het WK in Australië. Bottas won er voor Hamilton": that race
        # ("Vorige week won hij op Hockenheim. Toen startte hij van plek twee": then, at that race)
        gp_hits = [(0, state.prev_named_gp)]
    elif gp_hits and state.prev_named_gp and _THERE_OPENS_RE.match(f) and gp_hits[0][0] > _THERE_REACH:
        # "Daar moest Norris genoegen nemen met de tweede plek ..., maar op het Sochi Autodrom was hij de
        # sterkste": the sentence opens at that race and names another later
        gp_hits = [(0, state.prev_named_gp), *gp_hits]
    # ("een gridstraf voor de volgende race in Barcelona. Daar werd hij achtste": "daar" is the race named
    # last, the next one too)
    last_named = max(gp_hits + next_hits) if gp_hits or next_hits else None
    state.prev_named_gp = last_named[1] if last_named else None
    sc.gp_hits = gp_hits
    caption = para_gp if state.main_event is None else None
    sc.default_gp = state.para_gp or state.section_gp or caption or state.main_event
    if (
        not gp_hits
        and state.main_event
        and state.para_gp not in (None, state.main_event)
        and _THIS_WEEKEND_RE.search(f)
    ):
        # "Bij zijn vorige motorstraf in België ... Verstappen is dit weekend niet de enige": this weekend is
        # the article's race, whatever race the paragraph named before
        sc.default_gp = state.main_event
    if sc.past and not gp_hits and _LAST_WEEK_RE.search(f) and _before_main_race(gz, state):
        # "Verstappen werd vorige week 7e" in a preview: the race of the week before, not the one to come
        sc.default_gp = _race_before(gz, state)
    if (
        gp_hits
        # (of_now: "de eerste zege sinds 2012, toen Button de GP van Brazilië won" is a race of another year,
        # read from the sentence as written: the asides about other years are blanked in ``f``)
        and of_now
        # ("zoals blijkt uit Saoedi-Arabië, Bahrein en Zandvoort op de kalender": a list of races frames none)
        and len({k for _, k in gp_hits}) < _RACES_IN_A_LIST
        and not (
            # "said Leclerc, who was also on pole in Monaco": another race named in passing, in an aside
            # ("courtesy of his fastest lap in Australia": or as the place of a thing of his)
            state.main_event
            and gp_hits[-1][1] != state.main_event
            and (
                _IN_RELATIVE_RE.search(f, 0, gp_hits[-1][0])
                or _HIS_THING_IN_RE.search(f, max(0, gp_hits[-1][0] - 40), gp_hits[-1][0])
            )
        )
    ):
        # ("de GP van Stiermarken op de Oostenrijkse Red Bull Ring": the article's race, not its circuit's)
        named = {k for _, k in gp_hits}
        state.para_gp = state.main_event if state.main_event in named else gp_hits[-1][1]
    elif gp_hits and state.para_gp is not None and state.para_gp not in {k for _, k in gp_hits}:
        # another race named but not framed ends the paragraph's race before it (the article's own race is
        # the default again)
        state.para_gp = None
    # Session of this sentence.
    sprint = bool(SPRINT_RE.search(f))
    if not sprint and state.prev_sprint and not _MAIN_RACE_RE.search(f) and not gp_hits:
        sprint = True
    sc.sprint = sprint
    # Only a caption-like sentence ("De sprint in Qatar.") carries its session to the next one.
    state.prev_sprint = bool(SPRINT_RE.search(f)) and not sc.mentions
    ym = _YEAR_RE.search(f)
    if ym and state.year and int(ym.group(1)) <= state.year:
        sc.year_override = int(ym.group(1))
        sc.year_at = ym.start()
    elif (ago := _seasons_ago(f)) and state.year:
        # "vorig jaar", "twee jaar geleden": calendar years before the article
        sc.year_override = state.year - ago[0]
        rel = next((r for r in _RELATIVE_ASIDE_RE.finditer(f) if r.start() < ago[1] < r.end()), None)
        sc.year_aside = (rel.start(), rel.end()) if rel else None
    elif state.prev_year_override is not None and (
        # ("Denk eens terug aan Jeddah vorig seizoen. Hamilton won daar ...": the race of that year, there)
        _GOES_ON_RE.match(f) or _STILL_THEN_RE.search(f) or _THERE_RE.search(f)
    ):
        # "Vorig jaar had hij ook pech. Toen hij op weg was naar de grid, viel zijn auto stil.": the story
        # of that year goes on
        sc.year_override = state.prev_year_override
    row = _LIST_ROW_RE.match(f) is not None
    if sc.year_override is None and row:
        sc.year_override = state.section_year  # "1. Lewis Hamilton" under "Laatste GP in 2019"
    state.prev_year_override = sc.year_override
    if _is_heading_line(sc.orig):
        # a heading that names another year than the article's ("Laatste GP in 2019", "Uitslag 2019")
        # dates the list rows under it
        year = sc.year_override if not row else None
        state.section_year = year if year is not None and year != state.season else None
    elif not row:
        state.section_year = None


# (English "who"/"which" open one without a comma too: "... Bottas who was keen to repeat his Sochi win")
_RELATIVE_AFTER_RE = re.compile(r"\s*(?:" + RELATIVE_OPEN + r"|(?:who|which)\b)")
_RACES_IN_A_LIST = 3
_DASH_ASIDE_RE = re.compile(r"\s-\s(?:(?!\s-\s).){5,200}?\s-\s")  # (words with a hyphen inside it)
_LAST_WEEK_ASIDE_RE = re.compile(
    r",\s[^,;.]{0,30}\b(?:vorige week|vorig weekend|een week eerder|last week|last weekend|last time out|"
    r"a week earlier)\b[^,;.]{0,40},"
)
# a list row: "1. Lewis Hamilton", "P3 Bottas", "3) Norris"
_LIST_ROW_RE = re.compile(r"\s*(?:\d{1,2}\s*[.)]\s|p\d{1,2}\b)")


def _is_heading_line(orig: str) -> bool:
    """Whether sentence ``orig`` reads as a heading: a few words, no closing stop."""
    stripped = orig.strip()
    return bool(stripped) and stripped[-1] not in ".!?:;," and len(stripped.split()) <= _HEADING_WORDS


# a sentence that goes on with the one before in time ("Toen ...", "Daarna ...", "Then ..."), or tells what
# happened then or because of it ("Verstappen werd toen ... genomen", "Alle drie vielen daardoor uit")
def _then_opens(f: str) -> bool:
    """Whether a Dutch sentence opens with "toen" and its verb ("Toen startte hij ..."): at that moment, not
    "Toen hij ..." (when he ...); or has it right after its opening subject and verb ("Hij slaagde er toen
    niet in ...")."""
    return (f.startswith("toen ") and opens_with_dutch_verb(f[5:])) or _THEN_EARLY_RE.match(f) is not None


# "Hij slaagde er toen vervolgens niet in om te winnen": "toen" as "then", among the sentence's first words
_THEN_EARLY_RE = re.compile(
    r"(?:hij|zij|ze|[a-z][\w-]*)\s+[a-z]\w+\s+(?:er\s+|het\s+|ook\s+)?toen\b(?!\s*,)"
    r"(?!\s+(?:hij|zij|ze|het|de|die|dat|er)\b)"
)


_GOES_ON_RE = re.compile(
    r"\s*(?:toen|daarna|vervolgens|daarop|uiteindelijk|then|after that|eventually|in the end|ultimately)\b"
)
# ("Verstappen stond destijds derde met 147": the year the sentence before told of)
_STILL_THEN_RE = re.compile(r"\b(?:toen|daardoor|destijds|toentertijd|in die tijd|back then|at the time)\b")


def _seasons_ago(f: str) -> tuple[int, int] | None:
    """How many seasons before the article folded sentence ``f`` tells of ("vorig jaar", "twee jaar geleden",
    "three years ago"), with where it says so; None when it does not (more than twenty is no number of
    seasons)."""
    if prev := _PREV_SEASON_RE.search(f):
        return 1, prev.start()
    m = _SEASONS_AGO_RE.search(f)
    if m is None:
        return None
    word = m.group("n") or m.group("m")
    n = int(word) if word.isdigit() else CARDINAL_WORDS.get(word)
    return (n, m.start()) if n is not None and 1 <= n <= 20 else None


def _names_other_year(orig: str, season: int | None) -> bool:
    if season is None or not _DIGIT_RE.search(orig):
        return False
    return any(int(y) != season for y in _ANY_YEAR_RE.findall(fold(orig)))


def names_qualifying_only(text: str) -> bool:
    """Whether folded ``text`` names qualifying and no race."""
    return bool(_QUALI_WORD_RE.search(text)) and not _EXPLICIT_RACE_RE.search(text)


def opens_with_practice(sentence: str) -> bool:
    """Whether folded ``sentence`` opens with a practice session ("Tijdens de laatste training ... , en ook
    Sainz stond op P5"): its clauses after the first are that session's too."""
    opening = _PRACTICE_OPENING_RE.match(sentence) is not None
    if not opening:
        # "Verstappen topped the final practice session as Hamilton finished second and Perez took third": a
        # first clause about the session, the clauses joined to it go on about it (unless the sentence names
        # another session: "fastest in practice and Q1, but hit the wall")
        first = _FIRST_CLAUSE_END_RE.search(sentence)
        if first is None or not _PRACTICE_RE.search(sentence, 0, first.start()):
            return False
    told = _PRACTICE_OF_RE.sub(" ", sentence)
    if _RACE_WORD_RE.search(told):
        return False
    return opening or not _OTHER_SESSION_RE.search(told)


# where a sentence's first clause ends and another goes on about the same: "as", "while", "terwijl"
_FIRST_CLAUSE_END_RE = re.compile(r"\s(?:as|while|terwijl|whereas|waarbij)\s")
_OTHER_SESSION_RE = re.compile(
    r"\b(?:kwalificatie\w*|qualifying|q[123]|pole\w*|race|wedstrijd|sprint\w*|grid|start\w*)\b"
)


_PRACTICE_OPENING_RE = re.compile(
    r"\s*(?:tijdens|in|bij|during|in the)\s+(?:de|het|the)?\s*(?:\w+\s+)?(?:"
    + alt(NL["practice"], EN["practice"])
    + r")\b"
)


def is_practice(clause: str) -> bool:
    """A clause about a practice session: its positions are no results ("de derde vrije training voor de
    Grand Prix van Bahrein": the weekend's race named after the session is no race told)."""
    return bool(_PRACTICE_RE.search(clause)) and not _RACE_WORD_RE.search(_PRACTICE_OF_RE.sub(" ", clause))


# "de tweede vrije training voor de Grand Prix van Bahrein", "second practice for the Bahrain Grand Prix"
_PRACTICE_OF_RE = re.compile(
    r"(?:" + alt(NL["practice"], EN["practice"]) + r")(?:\s+sessions?)?\s+(?:voor|van|for|of|ahead of)\s+"
    # ("the final practice session ahead of qualifying for the Saudi Arabian Grand Prix")
    r"(?:(?:de )?(?:qualifying|kwalificatie)\s+(?:for|voor|van)\s+)?"
    # ("practice sessions ahead of this weekend's 2018 Chinese Grand Prix")
    r"(?:de |het |the |this weekend's |dit weekend )?(?:[\w'’-]+ ){0,3}(?:grand prix|gp)\b"
    r"(?: van (?:het |de )?[\w-]+)?"
)


#: fact kinds whose value an aside about another season can state
HISTORY_KINDS = frozenset(
    {"finish", "podium", "grid", "qualifying", "pitlane", "championship", "points", "lap_time"}
)


# "recovered from last place to fifth": a start and a finish of the clause's own session
_CLIMB_IN_CLAUSE_RE = re.compile(r"\bfrom\b[^,;]{0,40}\bto\b|\bvan(?:af)?\b[^,;]{0,40}\bnaar\b")


# "zege in Brazilië", "his win at the Hungaroring", "overwinning in de GP van Bahrein": the race a win is of
_WIN_IN_BEFORE_RE = re.compile(
    r"\b(?:zege|overwinning|winst|triomf|win|victory|triumph)\s+(?:in|at|op|bij)\s+"
    r"(?:de\s+|het\s+|the\s+)?(?:(?:grand prix|gp)\s+(?:van\s+|of\s+)?)?$"
)


_WIN_WORD_RE = re.compile(
    r"\b(?:zege\w*|overwinning\w*|winst|triomf\w*|win|wins|won|wint|winnen|victor\w*|triumph\w*)\b"
)


def place(gz: Gazetteer, fact: Fact, clause: str, sc: SentenceContext, state: ArticleState) -> Fact:
    """The fact with its Grand Prix, season and session from the sentence's frame and the clause."""
    # (a sentence about the week before names its own race: "vorige week in Stiermarken op de Red Bull Ring")
    main = state.main_event if len(sc.gp_hits) > 1 and not sc.past else None
    at = sc.text.find(clause)
    goes_on = at > 0 and (
        _AND_BEFORE_RE.search(sc.text, max(0, at - 6), at) is not None
        # ("In Imola werd hij achtste, in Monaco crashte hij met Magnussen, die hem in de muur drukte": a
        # relative clause is of the race of the words it hangs on)
        or (
            _RELATIVE_CLAUSE_RE.match(clause) is not None
            and _COMMA_BEFORE_RE.search(sc.text, 0, at) is not None
        )
    )
    key = _gp_for(sc.gp_hits, sc.default_gp, at, len(clause), main, goes_on)
    if (
        fact.kind == "finish"
        and fact.position == 1
        and at >= 0
        and len({k for _, k in sc.gp_hits}) > 1
        # (one win told in the clause: not "na zijn zege in Japan reed hij ook in Abu Dhabi naar de winst")
        and len(_WIN_WORD_RE.findall(clause)) == 1
    ):
        # "Na George Russells zege in Brazilië stonden ... in Abu Dhabi": the race the win is told "in"
        won_in = {
            k
            for p, k in sc.gp_hits
            if at <= p < at + len(clause) and _WIN_IN_BEFORE_RE.search(sc.text, max(0, p - 40), p)
        }
        if len(won_in) == 1:
            key = won_in.pop()
    where = _WHERE_CLAUSE_RE.match(clause) if at > 0 and len(sc.gp_hits) > 1 else None
    if where is not None:
        # "after a messy weekend in Saudi Arabia, where Verstappen took his first victory": the race named
        # right before "where"/"waar" is the clause's
        hits_before = [(p, k) for p, k in sc.gp_hits if p < at]
        if hits_before and at - hits_before[-1][0] <= _WHERE_REACH and "," not in sc.text[
            hits_before[-1][0] : at
        ].rstrip(" ,"):
            key = hits_before[-1][1]
    if (
        at >= 0
        and sc.gp_hits
        and all(p >= at + len(clause) for p, _ in sc.gp_hits)
        and _RELATIVE_AFTER_RE.match(sc.text, at + len(clause))
    ):
        # '"It is wrong," said race winner Verstappen, who was given a time penalty in Monaco': the race a
        # relative clause after it names is that clause's, not this one's
        key = sc.default_gp
    aside = next((k for a, b, k in sc.asides if a <= at < b), None) if sc.asides and at >= 0 else None
    if aside is not None:
        key = aside  # "- carrying a grid penalty for his collision with Kvyat in Baku -": that race's
    year_override = sc.year_override
    if (
        sc.year_aside is not None
        and (fact.kind in _OUTSIDE_YEAR_ASIDE_KINDS or _named_before_aside(sc, fact.driver))
        and at >= 0
        and not sc.year_aside[0] <= at < sc.year_aside[1]
    ):
        # the year of a relative clause the standing or incident is not in ("Gasly, who triumphed here last
        # year, crashed out on Turn 1": this year's crash; a place in the sentence keeps the year: who holds
        # it after such a clause is often told by an epithet the mentions cannot read)
        year_override = None
    if (
        fact.kind == "count"
        and sc.year_at is not None
        and at >= 0
        and not at <= sc.year_at < at + len(clause)
    ):
        # "pakte Hamilton de 89e pole van zijn carrière, een uitbreiding van het record dat hij in 2017
        # afpakte": a count as of this race, the year another clause's
        year_override = None
    season = year_override if year_override is not None else season_for(gz, state, key)
    if (
        fact.status == "final"
        and fact.kind in _STANDING_KINDS
        and _after_earlier_race(gz, sc, clause, at, state)
    ):
        fact = replace(fact, status="history")
    if fact.kind in ("championship", "points", "points_gap", "count") or fact.kind.startswith("team_"):
        # a standing, a total or a count is of the season; a count keeps the race it was told after
        key = key if fact.kind == "count" else None
        season = year_override if year_override is not None else state.season
    session = fact.session
    clause_sprint = bool(SPRINT_RE.search(clause)) or (
        sc.sprint and not _MAIN_RACE_RE.search(clause) and not _GP_IN_CLAUSE_RE.search(clause)
    )
    if clause_sprint and session == "race" and fact.kind != "qualifying":
        session = "sprint"  # a qualifying place stays a qualifying place on a sprint weekend
    explicit_race = _EXPLICIT_RACE_RE.search(clause)
    if (
        explicit_race
        and state.report == "sprint"
        and all(m.group(0) not in _MAIN_RACE_NAMES for m in _EXPLICIT_RACE_RE.finditer(clause))
        # ("F1's newest race winner": a title, whose race is no sprint)
        and not _RACE_WINNER_RE.search(clause)
    ):
        # "Hij ving de race op Interlagos aan vanaf de vijfde positie", "kwam over de finish op de tweede
        # plek": in a sprint report a bare race, and crossing the line, are the sprint's; only the Grand
        # Prix or Sunday names the main race
        explicit_race = None
    if (
        state.report == "sprint"
        and session == "race"
        and not explicit_race
        and fact.kind not in ("championship", "qualifying", "points")
    ):
        session = "sprint"
    if fact.kind == "race_points" and session == "race" and _sprint_haul(gz, state, clause, key, season):
        # "kwam als tweede over de streep en pakte daarmee twee WK-punten": a sprint report's haul, or one
        # told before the race was run, is the sprint's, its finishing words notwithstanding
        session = "sprint"
    if (
        state.report == "sprint"
        and session == "race"
        and fact.kind == "finish"
        and _POLE_FOR_RACE_RE.search(sc.text)
    ):
        # "Verstappen's victory gives him pole for the British GP", "kwam als eerste over de finish en start
        # zondag van poleposition": in a sprint report the race is named for its grid; the result is the
        # sprint's
        session = "sprint"
    if (
        session == "sprint"
        and fact.kind == "penalty"
        and fact.penalty == "grid"
        and _MAIN_RACE_RE.search(sc.text)
    ):
        # "..., but he will take a further five-place drop for an engine penalty, meaning he will start tenth
        # on Sunday": a grid drop told with the race it applies to is the race's
        session = "race"
    if (
        session == "sprint"
        and fact.kind in ("grid", "pitlane")
        and (
            _MAIN_RACE_RE.search(clause)
            or (_GRID_FOR_RACE_RE.search(sc.text) and not _CLIMB_IN_CLAUSE_RE.search(clause))
            # "Hamilton goes into Sunday's main race ... and will start from fourth"
            or (_MAIN_RACE_RE.search(sc.text) and not SPRINT_RE.search(sc.text))
            # "Bottas, die vanuit de pits aan de race beginnen": the race begun, not the sprint
            or (_RACE_BEGUN_RE.search(clause) and not SPRINT_RE.search(clause))
            # "zal de Ferrari-coureur morgen vanaf de zevende plaats beginnen", in a report of Saturday's
            # sprint: tomorrow's race
            # ("de Nederlander zal op de pole beginnen aan de race": the start to come is the race's, unless
            # the clause names the sprint)
            or (
                state.report == "sprint"
                and (_TOMORROW_RE.search(clause) or _WILL_RE.search(clause))
                and not SPRINT_RE.search(clause)
            )
        )
    ):
        # "won the sprint to take pole for the British GP": the sprint set the race's grid ("..., as Hamilton
        # recovered from last place to fifth" in the same sentence started the sprint last)
        session = "race"
    if (
        state.report == "qualifying"
        and fact.kind == "finish"
        and not explicit_race
        and aside is None  # ("vorige week nog 3e in Frankrijk": that race's place, in an aside)
        # ("Hamilton won vorig jaar in Singapore": a result of another season is its race's)
        and (sc.year_override in (None, state.season) or _quali_told(sc.text))
        # ("a grid penalty that demotes him to 17th": where he starts, not where he qualified)
        and not _DEMOTED_RE.search(clause)
        # "Twee weken geleden in Australië. Bottas won er": a result of the race before; "Op Monza werd Norris
        # tweede": of the race named (a place of another race in words of qualifying stays qualifying: "In de
        # kwalificatie van de GP van Groot-Brittannië werd hij vierde")
        # (a race taken from the paragraph or a heading, none named here: its report's session)
        and (
            key in (None, state.main_event)
            or (
                (_quali_told(sc.text) or not any(k != state.main_event for _, k in sc.gp_hits))
                and not _THERE_RE.search(sc.text)
            )
        )
    ):
        fact = replace(fact, kind="qualifying")
    if (
        fact.kind == "finish"
        and fact.position == 1
        and _THAT_WAS_WON_RE.match(sc.text)
        and _QUALI_WORD_RE.search(state.prev_sentence)
        and not _QUALI_WORD_RE.search(sc.text)
    ):
        # "... direct na de kwalificatie voor de sprintrace. Die was gewonnen door Hamilton": the session the
        # sentence before named was won, not the race
        fact, session = replace(fact, kind="qualifying"), "qualifying"
    if (
        fact.kind == "time_gap"
        and (state.report == "qualifying" or _QUALI_WORD_RE.search(clause))
        # ("the smallest win margin ..., winning ahead of Raikkonen by 2.460 seconds": the race's, in a page
        # of qualifying and race)
        and not (state.report == "qualifying" and timegaps.WON_RE.search(clause))
    ):
        session = "qualifying"  # a gap in a qualifying report, or "in de kwalificatie", is of qualifying
    if (
        fact.kind == "lap_time"
        and not explicit_race
        and (state.report == "qualifying" or _QUALI_WORD_RE.search(clause) or "pole" in clause)
    ):
        session = "qualifying"  # a time in a qualifying report, or with its pole: of qualifying
    if fact.kind == "retirement" and state.report == "qualifying" and not explicit_race:
        session = "qualifying"  # "uitgevallen in Q1" in a qualifying report: out of qualifying
    if (
        fact.kind == "crash"
        and not explicit_race
        and (state.report == "qualifying" or _QUALI_WORD_RE.search(clause))
    ):
        session = "qualifying"  # a crash in a qualifying report, or "crashte in Q2", happened in qualifying
    if (
        fact.kind == "penalty"
        and fact.penalty == "disqualification"
        and not explicit_race
        and _QUALI_WORD_RE.search(clause)
    ):
        session = "qualifying"  # "geschrapt uit de uitslag van de kwalificatie": his race result stands
    if fact.kind == "penalty" and fact.penalty == "disqualification" and _DSQ_FOR_START_RE.search(sc.text):
        # "begon de sprintrace wegens diskwalificatie als laatste": the disqualification that set his start
        # is one from qualifying, not from the race he then drove
        session = "qualifying"
    if (
        year_override is not None
        and state.season is not None
        and year_override != state.season
        and fact.kind in HISTORY_KINDS
        and fact.status == "final"
    ):
        # "net als vorig jaar", "his 2017 win": an aside about another season is no classification the
        # article reports; it is kept as history and never answers.
        fact = replace(fact, status="history")
    if session in ("race", "sprint") and fact.kind in shootout.KINDS:
        in_shootout = shootout.named(clause, season) or (
            state.sprint_quali
            and fact.kind != "grid"
            and not explicit_race
            and not shootout.SPRINT_RACE_RE.search(clause)
        )
        if in_shootout and fact.kind in shootout.TIME_KINDS:
            session = shootout.SESSION  # its time or gap answers no question of the race or the sprint
        elif in_shootout:
            # "won the sprint shootout", "werd derde in de sprintkwalificatie": a start in the sprint
            fact, session = shootout.as_start(fact), "sprint"
    return moved(fact, grand_prix=key, season=season, session=session)


# a win told of what the sentence before named: "Die was gewonnen door Hamilton", "It was won by Leclerc"
_THAT_WAS_WON_RE = re.compile(
    r"\W*(?:die|deze|dat|dit|it|that|this)\s+(?:was|werd|is|wordt)\s+(?:\w+\s+){0,2}?(?:gewonnen|won)\s+(?:door|by)\b"
)
_DSQ_FOR_START_RE = re.compile(
    r"\b(?:begon|begint|startte|start|vertrok|started|starts|starting)\b[^.;]{0,80}\b(?:wegens|vanwege|door|na|"
    r"due to|because of|after)\s+(?:de |zijn |een |the |his |a )?(?:diskwalificatie|disqualification)"
)
_STANDING_KINDS = frozenset(
    {"championship", "points", "points_gap", "team_championship", "team_points", "team_points_gap"}
)
# "na Australië", "after the Austrian GP": the moment a standing is told of
_AFTER_WORD_RE = re.compile(r"\b(?:na|after|following)\s+(?:de |het |the )?(?:[\w-]+ ){0,3}$")


def _after_earlier_race(
    gz: Gazetteer, sc: SentenceContext, clause: str, at: int, state: ArticleState
) -> bool:
    """Whether the clause tells a standing after a race, at a moment before the article's date ("keek
    Verstappen na Australië tegen een achterstand van 46 punten aan" in a season review): that moment's
    standing, which the article's date does not tell, so it is kept as history. A standing after the race
    just run ("na de race in Bakoe" in a preview of the next one) is today's."""
    if at < 0 or state.year is None:
        return False
    for p, k in sc.gp_hits:
        if not at <= p < at + len(clause):
            continue
        if _AFTER_WORD_RE.search(sc.text, max(0, p - 40), p) is None:
            continue
        season = sc.year_override if sc.year_override is not None else season_for(gz, state, k)
        gp = gz.ref.race(season, k) if season is not None else None
        if gp is None:
            return True
        nxt = gz.ref.race_by_round(season or 0, gp.round + 1)
        today = f"{state.year:04d}-{state.month or 0:02d}" + (f"-{state.day:02d}" if state.day else "")
        until = nxt.date if nxt is not None else f"{(season or 0) + 1}-03"
        if gp.date[: len(today)] <= today <= until[: len(today)]:
            continue  # the standing of the article's day
        return True
    return False


def season_for(gz: Gazetteer, state: ArticleState, key: str | None) -> int | None:
    """The season of a Grand Prix mentioned in an article of this date (last year's if not yet run)."""
    if state.year is None:
        return None
    if key is None or state.month is None:
        return state.season
    gp = gz.ref.race(state.year, key)
    if gp is not None and _ym(gp.date) <= (state.year, state.month):
        return state.year
    if (
        gp is not None
        and state.day is not None
        and _weekend_before(gp.date, state.year, state.month, state.day)
    ):
        return state.year  # a qualifying report on the Saturday of a race at the start of the next month
    if gz.ref.race(state.year - 1, key) is not None:
        return state.year - 1
    return state.season


# a clause that goes on with the one before it: "(...) en eindigde hij als tweede", "and finished second"
_AND_BEFORE_RE = re.compile(r"\b(?:en|and)\s*$")
_RELATIVE_CLAUSE_RE = re.compile(r"\s*(?:die|who|which)\b")
_WHERE_CLAUSE_RE = re.compile(r"\s*(?:where|waar|waarin|in which)\b")
_WHERE_REACH = 40  # characters from the start of a race's name to the "where" clause after it
_COMMA_BEFORE_RE = re.compile(r",\s*$")


def _gp_for(
    gp_hits: list[tuple[int, str]],
    default: str | None,
    start: int,
    length: int,
    main: str | None = None,
    goes_on: bool = False,
) -> str | None:
    """The race of a clause at ``start``: the one race the sentence names; of several, the one its own
    clause names ("In Singapore viel hij terug en in Austin moest hij uit de pits starten"); of several
    there, the article's own race (``main``: "op de Red Bull Ring in Oostenrijk de GP van Stiermarken"
    names the Austrian circuit of the Styrian race), else the first; a clause that ``goes_on`` ("en ...")
    naming none, the last one named before it."""
    if not gp_hits:
        return default
    if start < 0 or len({k for _, k in gp_hits}) == 1:
        return gp_hits[0][1]
    own = {k for p, k in gp_hits if start <= p < start + length}
    if len(own) == 1:
        return own.pop()
    before = [k for p, k in gp_hits if p < start]
    if not own and before and goes_on:
        # "in Silverstone reed hij naar het podium en op de Hungaroring pakte hij pole en eindigde hij als
        # tweede": a clause that goes on ("en", "and") with no race of its own is of the one named last
        return before[-1]
    if not own and main is not None and main in before:
        # "staged a second round of their Bahrain battle at the Saudi Arabian GP, with the Dutchman holding on
        # for victory": a clause naming no race, after one naming the article's own, is of that one
        return main
    return main if main is not None and main in own else gp_hits[0][1]


def _weekend_before(race_date: str, year: int, month: int, day: int) -> bool:
    """Whether an article of this day was written in the two days before the race (its weekend)."""
    try:
        written = date(year, month, day)
    except ValueError:
        return False
    return timedelta(0) <= date.fromisoformat(race_date) - written <= timedelta(days=2)


def _ym(date: str) -> tuple[int, int]:
    return int(date[:4]), int(date[5:7])
