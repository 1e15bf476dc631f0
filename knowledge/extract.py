"""Turn an article into facts: who finished where, who crashed with whom, who got which penalty.

The parser reads an article sentence by sentence and clause by clause. It finds driver mentions
(names, nicknames, "de Mexicaan", "de Red Bull-coureur", pronouns), the Grand Prix (named, by city or
circuit, "zijn thuisrace", "de tweede race") and event phrases, then ties each event to the driver
it belongs to. Quoted speech is indexed but never turned into facts: what a driver says he hoped
for is not what happened.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from knowledge.gazetteer import Gazetteer, NameHit, load_gazetteer
from knowledge.text import (
    CARDINAL_RE,
    ORDINAL_RE,
    Header,
    Sentence,
    cardinal_value,
    detect_language,
    fold,
    normalise,
    ordinal_value,
    split_header,
    split_sentences,
)

LAST = -1  # position value for "last"


class ParseError(ValueError):
    """An article that cannot be parsed (empty, binary, no sentences)."""


@dataclass(frozen=True)
class Fact:
    """One extracted fact, tied to the sentence it came from (``sentence`` is its index)."""

    kind: (
        str  # finish, grid, qualifying, pitlane, podium, championship, retirement, crash, collision, penalty
    )
    driver: str
    sentence: int
    season: int | None = None
    grand_prix: str | None = None
    session: str = "race"  # race, sprint, qualifying, season
    position: int | None = None
    others: tuple[str, ...] = ()
    other_label: str | None = None
    penalty: str | None = None  # time, grid, stop_go, drive_through, disqualification, reprimand
    amount: int | None = None
    unit: str | None = None  # s, places
    reason: str | None = None
    detail: str | None = None


@dataclass(frozen=True)
class ParsedArticle:
    """The result of parsing one article."""

    header: Header
    lang: str
    season: int | None
    main_event: str | None
    sentences: list[Sentence]
    facts: list[Fact]


@dataclass
class _Mention:
    start: int
    end: int
    drivers: tuple[str, ...]
    label: str
    is_object: bool = False
    group: bool = False  # a group ("beide Haas-coureurs") rather than one driver


@dataclass
class _State:
    season: int | None
    year: int | None
    month: int | None
    main_event: str | None
    mentioned: list[str] = field(default_factory=list)  # driver ids in order of mention
    focus: str | None = None
    prev_group: tuple[str, ...] = ()
    para: int = -1
    para_gp: str | None = None
    prev_sprint: bool = False
    report: str = "race"  # what the whole article reports on: "race", "sprint" or "qualifying"


# --- phrase patterns (on folded text) ------------------------------------------------------------

_POS_NOUNS = r"(?:plaats|plek|positie|stek|place|position|spot|p)"
_FUNCTION_AFTER = frozenset(
    """in op en voor met achter na nadat bij van tijdens door maar terwijl om uit
    and ahead behind after at for with but while from to on of during in the de het een a an
    overall place position plaats plek positie spot plaatsen""".split()
)
_NOT_POS_NOUNS = frozenset(
    """keer time times ronde ronden lap laps race races bocht turn corner seizoen season
    jaar year week weekend dag day fase phase helft half poging attempt stint run sector stop pitstop
    overwinning zege win victory titel title plaats? podium""".split()
) - {"plaats?"}
_ORD_TOKEN = re.compile(
    r"(?<![\w-])("
    + ORDINAL_RE
    + r"|laatste|last|(?:nummer|number|no\.) "
    + CARDINAL_RE
    + r"|runner-up)(?![\w-])"
)
_NOT_RESULT_BEFORE = re.compile(
    r"(?:strijd|gevecht|duel|vecht\w*|fight\w*|battl\w*|scrap\w*|race)\s+(?:om|over|for)\s+(?:de\s+|the\s+|"
    r"een\s+|a\s+)?$"
    r"|(?:lag|liggend|reed|running|ran|was running|lagen|reden)\s+(?:\w+\s+){0,4}(?:op|in)\s+(?:de\s+|"
    r"the\s+)?$"
    r"|(?:op weg naar|on course for|heading for|in line for|on track for|op koers voor)\s+(?:de\s+|the\s+|"
    r"een\s+)?$"
    r"|(?:voor|for|om)\s+(?:de|het|the)\s+$|(?:sinds|since)\s+(?:de\s+|the\s+)?$"
    r"|\b(?:running|lying|ran|liggend|rijdend|running in|lying in|rejoined in|rejoined|re-joined)\s+$"
    # "retired from second", "viel uit vanaf de vierde plaats": where he was running, not a result
    r"|\b(?:retir\w*|crash\w*|spun|uitgevallen|uitvallen|viel|parked|parkeerde|"
    r"out of the race)\s+(?:\w+\s+){0,3}"
    r"(?:from|vanaf|uit|van)\s+(?:de\s+|the\s+|een\s+)?$"
)
_CHAMP_RE = re.compile(
    r"\b(?:wereldkampioenschap|kampioenschap|wk-stand|wk|tussenstand|eindstand|klassement|"
    r"championship|standings|drivers' standings|title race|coureursklassement)\b"
    r"(?![- ]?(?:punt|points?\b))"
)  # "zijn eerste WK-punten" are points, not a standing
# Standings during the season ("staat tweede", "lies second with three races to go") are not final.
_INTERIM_RE = re.compile(
    r"\b(?:staat|stond|ligt|lag|stands|stood|lies|lay|currently|momenteel|tussenstand|te gaan|"
    r"to go|remaining|resterende|leidt|leads|leading|voorsprong|lead of|halverwege|midway)\b"
)
_CONSTRUCTORS_RE = re.compile(r"constructeurs|constructors|teamklassement|merkenklassement")
_GRID_RE = re.compile(
    r"\b(?:(?:ge)?start\w*|begon|begint|began|begins|vertr[eo]k\w*|vertrekken|grid|startplek\w*|"
    r"startopstelling|startpositie|"
    r"opstelling|lined up|line-up|vanaf|from)\b"
)
_QUALI_RE = re.compile(r"\b(?:(?:ge)?kwalific\w*|qualif\w*|q1|q2|q3|tijdtraining|shoot-out)\b")
_SPRINT_RE = re.compile(r"\bsprint\w*")
_MAIN_RACE_RE = re.compile(r"\b(?:hoofdrace|main race|grand prix zelf|zondag|sunday)\b")
_FROM_TO_RE = re.compile(
    r"\b(?:van|from)\s+(?:een\s+|de\s+|het\s+)?(" + ORDINAL_RE + r")\b[^.;]{0,40}?\b(?:naar|to)\s+"
    r"(?:een\s+|de\s+|het\s+|a\s+|finish\s+|eindigen als\s+)?(?:[a-z]+e\s+|[a-z]+ly\s+)?("
    + ORDINAL_RE
    + r"|laatste|last)\b"
)
_WIN_RE = re.compile(
    r"\b(?:won|wint|winnen|gewonnen|wins|winning|zege|overwinning|victory|triumph\w*|"
    r"zegevier\w*|win|winnaar|winner|zegevierend|victorious)\b"
)
_WIN_BLOCK_RE = re.compile(
    r"(?:\b(?:niet|geen|not|never|nooit|"
    r"kans|kanshebber\w*|contender|candidate|kandidaat|chance|strijd om|fight for|battle for|op weg naar|"
    r"on course for|heading for|"
    r"jacht|hunt\w*|chas\w*|op zoek naar|search\w*|zoektocht|constructeurs|constructors|"
    r"zegereeks|om te|favoriet|favourite|favorite)\W+(?:\w+\W+){0,2}"
    # Wishes and modals reach further: "wilde in Canada graag winnen".
    r"|\b(?:wilde|wil|willen|leek|leken|lijkt|seemed|seems|looked|hoopte|hoopt|hoping|hoped|hopes|wanted|"
    r"wants|could|kon|zou|would|"
    r"might|moet|moest|must|needs?|needed|trying|tried|try|aim\w*|bid)\W+(?:\w+\W+){0,4})$"
)
_TITLE_RE = re.compile(
    r"\b(?:(?:werd|wordt|is|was|became|becomes|crowned)\s+(?:\w+\s+){0,6}(?:wereld)?kampioen|"
    r"(?:won|wint|pakt\w*|veroverde|clinched|secured|sealed|claimed|takes?|took)\s+(?:de|the|his|zijn)"
    r"\s+(?:\w+\s+){0,2}(?:wereld)?(?:titel|title)|crowned (?:world )?champion)\b"
)
_PODIUM_RE = re.compile(
    r"(?:(?:eindig\w*|finish\w*|kwam|stond|staat|stonden|eindigt)\s+(?:\w+\s+){0,3}op het podium|"
    r"op het podium (?:eindig|finish)|het podium op|podiumplaats|podium finish|"
    r"(?:finished|ended|stood|was) on the podium|(?:took|claimed|scored|grabbed) (?:a |another )?podium)"
)
_PODIUM_THIRD_RE = re.compile(
    r"\b(?:completeerde|completeert|complete?d|rounded out|maakte|maakt|made)\s+(?:\w+\s+){0,2}"
    r"(?:het|the)\s+(?:\w+-?)?podium(?:\s+compleet|\s+complete)?|\bcompleted the top three\b"
)
_PITLANE_RE = re.compile(r"\b(?:pitstraat|pit ?lane|pitlane|pits)\b")
_START_VERB_RE = re.compile(r"\b(?:(?:ge)?start\w*|vertr[eo]k\w*|begon|begins?|began)\b")
_POLE_RE = re.compile(r"\bpole(?:[- ]position)?\b")
_RETIRE_RE = re.compile(
    r"\b(?:viel\w*(?! terug)(?: [\w-]+){0,7} uit\b|vallen(?: \w+){0,5} uit\b|"
    r"valt(?! terug)(?: [\w-]+){0,7} uit\b|uitgevallen|uitvallen|uitvalbeurt|uitval|opgave|gaf\w* op|"
    r"opgeven|dnf|"
    r"retired?|retires|retirement|retiring|out of the race|aan de kant (?:zetten|gezet|zet|zette)|"
    r"parke(?:er|r)\w*|geparkeerd|parked|zat de (?:middag|race|wedstrijd|grand prix) er (?:\w+ )?op|"
    r"einde (?:van|betekende van|betekent van) zijn race|end of his race|ended his race|(?:race|sprint|"
    r"wedstrijd|grand prix) (?:was |is )?over(?!\s+(?:\d|\w+ laps|the|de))|"
    r"failed to finish|crash\w* out|spun out|niet gefinisht|finishte niet|"
    r"(?:was|is) de (?:race|wedstrijd|grand prix) (?:\w+ ){0,6}voorbij|"
    r"(?:is|was) meteen klaar|zijn race [\w ]{0,40}eindigen|race ended|race came to an end|"
    r"did not finish|didn't finish|kwam niet aan|haalde de finish niet|finish niet|out on the spot|"
    r"moest opgeven|stopped on track|bleef stilstaan|valt stil|viel(?: [\w-]+){0,8} stil|"
    r"(?:was|were|is) (?:all )?out (?:after|on|with|at|in|early|of the race)|went out (?:after|on|with)|"
    r"(?:were|was) (?:all )?out(?! of the (?:points|top))(?=\s*[,.;]|\s+and\b|$))"
)
# "wist een botsing met X te voorkomen": the negation comes after the noun.
_AVERTED_AFTER_RE = re.compile(
    r"(?:\W+\w+){0,8}?\W+(?:te (?:voorkomen|vermijden|ontwijken|ontlopen)|"
    r"(?:voorkomen|vermeden|ontweken|averted|avoided)\b)"
)
# A penalty "daarvoor"/"for that" points back at the clause or sentence before it.
_REASON_BACK_RE = re.compile(r"\b(?:daarvoor|hiervoor|daarom|for (?:that|this|it|doing so)|as a result)\b")
# A following sentence that gives the stewards' reasoning.
_EXPLAIN_RE = re.compile(
    r"\b(?:bleek|bleken|omdat|because|was found|were found|vanwege|due to|wegens|constateerde\w*|"
    r"stelde\w* vast|vastgesteld|oordeelde\w*|ruled|judged|deemed|found that|determined|"
    r"reglement\w*|regulations?|regels|rules|illegal\w*|te ver|too far|te hard|too fast)\b"
)
_CLAUSE_END_RE = re.compile(r"[,;]|\b(?:maar|but|terwijl|while|whereas)\b")
_CAUSAL_RE = re.compile(r"\b(?:omdat|because|doordat|vanwege|wegens|due to|nadat|after)\b")
_JUDGE_RE = re.compile(
    r"\b(?:oordeel\w*|vond|vonden|vindt|vinden|concludeerde\w*|stelde\w* vast|found|judged|deemed|"
    r"ruled|decided|considered|believed)\b"
)
_CRASH_RE = re.compile(
    r"\b(?:crash\w*|muur|barriere\w*|vangrail\w*|bandenstapel|wall|barriers?|tyre wall|"
    r"ongeluk|accident|in de grindbak|into the gravel|spun off|spin\w* (?:van de baan|off))\b"
)
_COLLIDE_RE = re.compile(
    r"\b(?:botsing\w*|botst\w*|gebotst|aanrijding\w*|(?:raak|raken|tik|botst)\w*\b[^.;]{0,60}\b(?:elkaar|"
    r"each other)|raakten|in aanraking|contact|collided|"
    r"collision|collide|touched|clash\w*|tangled|tangle|crashed into|crashed with|crashte met|hit|ramde|"
    r"(?:slammed|ran|drove|smashed|ploughed|plowed|spun|crashed) into(?: the back of)?|clipped|tagged|"
    r"knalde (?:op|tegen|achterop)|reed (?:\w+ ){0,3}achterop|"
    r"rammed|torpedeer\w*|aangetikt|tikte|tikten|raakte|knock\w* out|took out|nam \w+ mee|samen met)\b"
)
_PEN_TIME_RE = re.compile(
    r"\b(?:tijdstraf\w*|time penalty|time penalties|seconden straf|second penalty|"
    r"(?:tijd)?straf van (?:\w+ )?(?:\d+|\w+) seconden|\d+s penalty)\b"
)
_PEN_GRID_RE = re.compile(
    r"\b(?:gridstraf\w*|grid penalty|grid drop|plaatsen achteruit|plaatsen terug|"
    r"place grid|places? on the grid|startplaatsen)\b"
)
_PEN_STOPGO_RE = re.compile(r"\bstop[- ]?(?:and|&|en)?[- ]?go\w*")
_PEN_DRIVE_RE = re.compile(r"\bdrive[- ]?through\w*")
_PEN_DSQ_RE = re.compile(
    r"\b(?:diskwalific\w*|gediskwalificeerd|disqualif\w*|dsq|uit de (?:\w+ ){0,8}?uitslag\b[^.;]{0,80}?"
    r"geschrapt|geschrapt uit de (?:\w+ ){0,3}uitslag|excluded from the (?:race )?results?)\b"
)
_PEN_REPR_RE = re.compile(r"\b(?:reprimande|berisping|reprimand\w*)\b")
_PEN_VERB_RE = re.compile(
    r"\b(?:kreeg|kregen|krijgt|krijgen|ontving\w*|opgelegd|legde\w*|leggen|bestraft|gestraft|"
    r"straften|strafte|uitzitten|uitgezeten|incasseerde\w*|kost\w*|received?|receives|got|gets|"
    r"handed|given|gave|hit with|slapped|earned|incurred|picked up|served?|serving|awarded|"
    r"was penali[sz]ed|penali[sz]ed)\b"
)
_PENALTY_WORD_RE = re.compile(r"\b(?:straf\w*|penalt\w*)\b")
_SIZE_S_RE = re.compile(r"\b(" + CARDINAL_RE + r")[- ]?(?:seconden|seconde|second|seconds|sec|s)\b")
_SIZE_P_RE = re.compile(r"\b(" + CARDINAL_RE + r")[- ]?(?:plaatsen|places|place|plekken|startplaatsen)\b")
_REASON_RE = re.compile(
    r"\b(?:voor|wegens|vanwege|omdat|because of|because|for|na|nadat|after|due to|"
    r"door|owing to)\s+(.{4,160})$"
)
_CAUSE_WORDS: list[tuple[str, str]] = [
    (r"lekke band|lekke achterband|lekke voorband|puncture", "puncture"),
    (r"motor\w*|engine|power unit|krachtbron", "engine"),
    (r"versnellingsbak|gearbox|transmissie", "gearbox"),
    (r"hydraul\w*", "hydraulics"),
    (r"remmen|remprobl\w*|rem(?:systeem|defect|storing)\w*|brakes?|brake failure|brake problems?", "brakes"),
    (r"elektr\w*|electrical", "electrical"),
    (r"oververhit\w*|overheat\w*", "overheating"),
    (r"ophanging|suspension", "suspension"),
    (
        r"technisch\w* (?:probleem|problemen|mankement|defect)|technical (?:problem|issue|failure)",
        "technical",
    ),
]
_CAUSE_PHRASE_RE = re.compile(
    r"\b(?:met|with|door|due to|because of|vanwege|wegens)\s+(?:een|a|an|de|het|the|zijn|his)\s+"
    r"((?:[\w-]+\s+){0,2}[\w-]+)"
)
_TECH_WORD_RE = re.compile(
    r"(?:pomp|pump|probleem|problem|issue|failure|defect|storing|lek\b|leak|pech|breuk|kapot|"
    r"gebroken|broken|fault|sensor|systeem|system|druk\b|pressure|vloer|floor|koppeling|clutch|"
    r"aandrijf|driveshaft|stuur|steering|koeling|cooling|turbo|batterij|battery)"
)
_PRONOUN_RE = re.compile(r"(?<![\w-])(hij|he)(?![\w-])")
_GROUP_BOTH_RE = re.compile(
    r"(?<![\w-])(beiden|allebei|beide (?:coureurs|rijders|wagens|auto's|mannen)|"
    r"both(?: drivers| cars| men)?|neither(?: driver)?|de (?:twee|drie) (?:wagens|auto's|coureurs)|"
    r"the (?:two|three)(?: cars| drivers| men)?|het duo|the pair|the duo|die twee|ze|zij|they)(?![\w-])"
)
_OBJECT_BEFORE_RE = re.compile(
    r"(?:\bmet|\bwith|\btegen|\bagainst|\bachter|\bbehind|\bahead of|\bvoor zich|"
    r"\bfor|\bthan|\bdan|\bto|\bfrom|\baan|\bnaast|\bbeside|\blike|\bnet als|\bpast|\bvoorbij|\blangs|"
    r"\binto|\bonto|\bof|\bop|"
    r"\bpassed|\bin te halen|\bovertook|"
    r"\bgaf|\bgave|\bhit|\braakte|\btook out)\s+(?:(?:de|het|the|zijn|his|eigen|own|"
    r"teamgenoot|teammate|rookie|regerend|wereldkampioen)\s+)*$"
)
_TEAM_DRIVER_RE = r"(?:-?coureurs?|-?rijders?|-?piloten|-?piloot| drivers?| driver| man| duo|-duo|-man)"
# "de derde race van het seizoen"; "de eerste Grand Prix over de Strip" is no round number.
_ROUND_RE = re.compile(
    r"\b(?:de|the)\s+(" + ORDINAL_RE + r")\s+(?:race|grand prix|gp|wedstrijd|round|ronde)\s+"
    r"(?:van (?:het|dit|dat) (?:seizoen|jaar)|of the (?:season|year)|van \d{4}|of \d{4}|"
    r"op de kalender|on the calendar)\b|\bround (\d{1,2})\b"
)
_OPENER_RE = re.compile(
    r"\b(?:seizoensopener|openingsrace|season opener|season-opener|opening race|eerste race)\b"
)
_FINALE_RE = re.compile(
    r"\b(?:seizoensfinale|slotrace|season finale|season-finale|final race|laatste race|finale)\b"
)
_HOME_RE = re.compile(
    r"\b(?:thuisrace|thuis-gp|thuisgrand prix|thuiswedstrijd|home race|home grand prix|home gp)\b"
)
_YEAR_RE = re.compile(r"(?<!sinds )(?<!since )(?<!tot )(?<!until )(?<!na )\b(19[5-9]\d|20[0-4]\d)\b")
# "promoted to ninth after both Alfa Romeos ...": a driver in a following subordinate clause does not own it.
# Words that open a subordinate clause: a driver after one is that clause's, not the main clause's.
_SUBORDINATORS = r"after|na|nadat|following|because|omdat|toen|when|while|terwijl|doordat|dankzij|thanks to"
_SUBORDINATE_RE = re.compile(r"\b(?:" + _SUBORDINATORS + r"|since|sinds|as|ahead of|behind|voor|achter)\b")
_PRACTICE_RE = re.compile(r"\b(?:vrije training\w*|practice|fp[123]|oefensessie\w*|trainingssessie\w*)\b")
_LIST_ITEM_RE = re.compile(r"(?<![\w-])(?:" + ORDINAL_RE + r"|" + CARDINAL_RE + r")(?![\w-])")
_POS_LIST_RE = re.compile(
    r"(?:(?P<places>(?:plaatsen|places|posities|positions|plekken)\s+))?"
    r"(?<![\w-])(?:"
    + ORDINAL_RE
    + r"|"
    + CARDINAL_RE
    + r")(?:\s*,\s*(?:"
    + ORDINAL_RE
    + r"|"
    + CARDINAL_RE
    + r"))*\s+(?:en|and|&)\s+(?:"
    + ORDINAL_RE
    + r"|"
    + CARDINAL_RE
    + r")(?![\w-])"
)
_OWN_WORD_RE = re.compile(r"\b(?:zijn|z'n|his|hij|he|him|hem)\b")
_RELATIVE_RE = re.compile(r"(?:(?:de|het|the|een|a)\s+\w+\s+)?(?:who|die|wie|which)\s")
_EMBEDDED_RE = re.compile(r"\S\s+(?:" + _SUBORDINATORS + r")\s+(?:\w+\s+){0,3}$")
# A sentence about an earlier race ("the constructors' title in Japan two weeks earlier") names it in passing.
_PAST_RE = re.compile(
    r"\b(?:earlier|eerder|geleden|ago|last (?:year|season|week|time|race)|"
    r"vorig\w* (?:jaar|seizoen|week|race|keer)|previous (?:race|round|year|weekend))\b"
)
_NEXT_RE = re.compile(
    r"\b(?:volgende|next|komende|upcoming|coming)\s+(?:\w+\s+){0,2}(?:race|grand prix|gp|week|"
    r"weekend|round|ronde|wedstrijd)\b"
)
_YEAR_ANY_RE = re.compile(r"\b(?:19[5-9]\d|20[0-4]\d)\b")
_HISTORY_RE = re.compile(r"\b(?:since|sinds|sedert|ever since|for the first time since)\b[^,;.:()]*")
_PREV_SEASON_RE = re.compile(
    r"\b(?:vorig(?:e)? (?:jaar|seizoen)|last (?:year|season)|een jaar eerder|a year earlier)\b"
)
_CLAUSE_SPLIT_RE = re.compile(r"\s*[;:]\s+|,\s+|\s+(?=(?:maar|terwijl|waarna|while|but|whereas|waardoor)\s)")
_EN_SPLIT_RE = re.compile(r"\s+(?:en|and)\s+(?=[a-z])")


def _strip_quotes(text: str) -> str:
    """Blank out quoted speech (keeping offsets), so quotes never become facts."""

    def blank(m: re.Match[str]) -> str:
        return " " * len(m.group(0))

    return re.sub(r'"[^"]{12,}?(?:"|$)', blank, text)


class ArticleParser:
    """Parses one article's text into sentences and facts, against the reference gazetteer."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gz = gazetteer or load_gazetteer()
        self._orig = ""
        self._lang = "nl"
        self._sent_mentions: list[_Mention] = []
        self._consumed: set[int] = set()  # ordinal offsets already given out by _respectively

    # --- public ----------------------------------------------------------------------------------

    def parse(self, text: str) -> ParsedArticle:
        """Parse an article's full text (header included). Raises ``ParseError`` when nothing is usable."""
        if "\x00" in text:
            raise ParseError("binary content (NUL bytes)")
        header, body = split_header(normalise(text))
        sentences = split_sentences(body)
        if not sentences:
            raise ParseError("no sentences found")
        lang = header.lang if header.lang in ("nl", "en") else detect_language(body[:4000])
        self._lang = lang
        season = self._article_season(header)
        folded = [fold(s.text) for s in sentences]
        main_event = self._main_event(sentences, folded, season, header.title)
        state = _State(
            season=season,
            year=header.year,
            month=header.month,
            main_event=main_event,
            report=self._report_kind(header.title, sentences, folded),
        )
        surnames_seen = {d for f in folded for h in self.gz.drivers(f) for d in h.ids}
        facts: list[Fact] = []
        para_gps = self._paragraph_gps(sentences, folded, state)
        for sent, fs in zip(sentences, folded, strict=True):
            if sent.paragraph != state.para:
                state.para = sent.paragraph
                state.para_gp = None
                state.prev_sprint = False
            facts.extend(self._sentence(sent, fs, state, surnames_seen, para_gps.get(sent.paragraph)))
        facts = self._attach_reasons(facts, sentences, folded)
        return ParsedArticle(header, lang, season, main_event, sentences, _dedupe(facts))

    # --- article level ---------------------------------------------------------------------------

    @staticmethod
    def _report_kind(title: str | None, sentences: list[Sentence], folded: list[str]) -> str:
        """ "sprint" or "qualifying" when the title and lead report on that session and not on a race result:
        their bare positions ("Norris completed the podium in third") belong to that session."""
        lead = " ".join(
            [fold(title or ""), *(f for s, f in zip(sentences, folded, strict=True) if s.paragraph == 0)]
        )
        race_result = re.search(
            r"\b(?:won|wint|wins|gewonnen|winnaar|winner|zege|overwinning|victory)\b[^.]{0,60}"
            r"\b(?:grand prix|gp|race|thuisrace)\b|\b(?:grand prix|gp|race|thuisrace)\b[^.]{0,40}"
            r"\b(?:won|gewonnen|wint|geeindigd|ended)\b",
            lead,
        )
        if race_result:
            return "race"
        if _SPRINT_RE.search(lead) and sum(len(_SPRINT_RE.findall(f)) for f in folded) >= 2:
            return "sprint"
        if _QUALI_RE.search(lead) and not re.search(
            r"\b(?:won|wint|wins|gewonnen|winnaar|winner|zege|overwinning|victory|finish\w*|eindigde|"
            r"geeindigd|"
            r"gefinisht|uitgevallen|uitval|viel\w* uit|retired?|podium)\b",
            lead,
        ):
            return "qualifying"
        return "race"

    def _article_season(self, header: Header) -> int | None:
        if header.year is None:
            return None
        # Before the first race of the year, an article is about the season just gone.
        races = self.gz.ref.races(header.year)
        if header.month is not None and races and _ym(races[0].date) > (header.year, header.month):
            return header.year - 1
        return header.year

    def _season_for(self, state: _State, key: str | None) -> int | None:
        """The season of a Grand Prix mentioned in an article of this date (last year's if not yet run)."""
        if state.year is None:
            return None
        if key is None or state.month is None:
            return state.season
        gp = self.gz.ref.race(state.year, key)
        if gp is not None and _ym(gp.date) <= (state.year, state.month):
            return state.year
        if self.gz.ref.race(state.year - 1, key) is not None:
            return state.year - 1
        return state.season

    def _explicit_gps(self, folded: str, season: int | None) -> list[tuple[int, str]]:
        out: list[tuple[int, str]] = []
        for h in self.gz.grands_prix(folded):
            if self._team_overlap(folded, h):
                continue
            keys = h.ids
            if len(keys) > 1 and season is not None:
                keys = tuple(k for k in keys if self.gz.ref.race(season, k)) or keys
            if len(keys) == 1:
                out.append((h.start, keys[0]))
        return out

    def _team_overlap(self, folded: str, h: NameHit) -> bool:
        # "Red Bull Ring" is a circuit, "Red Bull" alone a team: only the longer match is a place.
        return any(t.start <= h.start and t.end > h.end for t in self.gz.teams(folded))

    def _main_event(
        self, sentences: list[Sentence], folded: list[str], season: int | None, title: str | None
    ) -> str | None:
        if title:
            in_title = {k for _, k in self._explicit_gps(fold(title), season)}
            if len(in_title) == 1:
                return next(iter(in_title))
        keys: list[str] = []
        first_para: list[str] = []
        named: list[str] = []  # places called a Grand Prix ("de Britse Grand Prix", "the Hungarian GP")
        for s, f in zip(sentences, folded, strict=True):
            if _PAST_RE.search(f) or _NEXT_RE.search(f):
                continue  # "de volgende race in Oostenrijk", "two weeks earlier in Japan"
            for pos, k in self._explicit_gps(f, season):
                keys.append(k)
                if re.search(r"\b(?:grand prix|gp)\b", f[max(0, pos - 20) : pos + 40]):
                    named.append(k)
                if s.paragraph == 0:
                    first_para.append(k)
            if s.paragraph == 0 and _HOME_RE.search(f):
                home = self._home_event(f, _HOME_RE.search(f), None, season)  # type: ignore[arg-type]
                if home:
                    first_para.append(home)
                    keys.append(home)
        distinct = list(dict.fromkeys(keys))
        if not distinct:
            return None
        if len(distinct) == 1:
            return distinct[0]
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

    def _paragraph_gps(self, sentences: list[Sentence], folded: list[str], state: _State) -> dict[int, str]:
        """Paragraphs that name exactly one Grand Prix (a caption in a season review)."""
        found: dict[int, set[str]] = {}
        for s, f in zip(sentences, folded, strict=True):
            for _, k in self._explicit_gps(f, state.season):
                found.setdefault(s.paragraph, set()).add(k)
        return {p: next(iter(ks)) for p, ks in found.items() if len(ks) == 1}

    def _home_event(self, folded: str, m: re.Match[str], focus: str | None, season: int | None) -> str | None:
        # Whose home race: the driver named nearest to the phrase, else the driver in focus.
        best: tuple[int, str] | None = None
        for h in self.gz.drivers(folded):
            if len(h.ids) == 1:
                dist = min(abs(h.start - m.end()), abs(m.start() - h.end))
                if best is None or dist < best[0]:
                    best = (dist, h.ids[0])
        driver = best[1] if best else focus
        if driver is None:
            return None
        keys = self.gz.ref.home_event_keys(driver)
        if season is not None:
            keys = tuple(k for k in keys if self.gz.ref.race(season, k)) or keys
        return keys[0] if len(keys) == 1 else None

    # --- sentence level --------------------------------------------------------------------------

    def _respectively(self, f: str, mentions: list[_Mention], idx: int) -> list[Fact]:
        """ "Hülkenberg en Magnussen werden negende en tiende", "Hamilton and Russell followed in places
        four and five": a list of drivers and a list of positions of the same length pair up in order."""
        self._consumed = set()
        out: list[Fact] = []
        for lm in _POS_LIST_RE.finditer(f):
            tokens = list(_LIST_ITEM_RE.finditer(f, lm.start(), lm.end()))
            values = [
                ordinal_value(t.group(0)) or (cardinal_value(t.group(0)) if lm.group("places") else None)
                for t in tokens
            ]
            if len(values) < 2 or None in values:
                continue
            left = [m for m in mentions if m.end <= lm.start() and not m.group and len(m.drivers) == 1]
            if not left or not re.fullmatch(r"\s+(?:\w+\s+){1,5}", f[left[-1].end : lm.start()]):
                continue
            group = [left[-1]]
            for m in reversed(left[:-1]):
                if re.fullmatch(r"\s*(?:,|en|and|&)\s*", f[m.end : group[0].start]):
                    group.insert(0, m)
                else:
                    break
            if len(group) != len(values):
                continue
            kind = self._position_kind(f, lm)
            if kind == "championship":
                continue
            for m, v in zip(group, values, strict=True):
                out.append(Fact(kind, m.drivers[0], idx, position=v))
            self._consumed.update(t.start() for t in tokens)
        return out

    def _strip_history(self, f: str) -> str:
        """Blank out asides about earlier races ("the first one-two since Singapore in 2019") (offsets kept):
        they must neither become facts nor move the sentence to another race or season."""

        def blank(m: re.Match[str]) -> str:
            aside = m.group(0)
            if _YEAR_ANY_RE.search(aside) or self.gz.grands_prix(aside):
                return " " * len(aside)
            return aside

        return _HISTORY_RE.sub(blank, f)

    def _sentence(
        self, sent: Sentence, raw_folded: str, state: _State, surnames_seen: set[str], para_gp: str | None
    ) -> list[Fact]:
        f = self._strip_history(_strip_quotes(raw_folded))
        self._orig = sent.text
        mentions = self._mentions(f, state, surnames_seen)
        self._sent_mentions = mentions
        # Grand Prix of this sentence.
        gp_hits = self._explicit_gps(f, state.season)
        for m in _HOME_RE.finditer(f):
            key = self._home_event(f, m, state.focus, state.season)
            if key:
                gp_hits.append((m.start(), key))
        for m in _ROUND_RE.finditer(f):
            n = ordinal_value(m.group(1)) if m.group(1) else int(m.group(2))
            if n and state.season:
                gp = self.gz.ref.race_by_round(state.season, n)
                if gp:
                    gp_hits.append((m.start(), gp.key))
        for m in _OPENER_RE.finditer(f):
            gp1 = self.gz.ref.race_by_round(state.season, 1) if state.season else None
            if gp1:
                gp_hits.append((m.start(), gp1.key))
        for m in _FINALE_RE.finditer(f):
            last = self.gz.ref.last_race(state.season) if state.season else None
            if last:
                gp_hits.append((m.start(), last.key))
        nm = _NEXT_RE.search(f)
        if nm:
            # "a grid penalty for the next race in Belgium" was earned here, not in Belgium.
            gp_hits = [(p, k) for p, k in gp_hits if not nm.start() <= p <= nm.end() + 20]
        gp_hits.sort()
        default_gp = state.para_gp or (para_gp if state.main_event is None else None) or state.main_event
        if gp_hits and not _PAST_RE.search(f) and not _NEXT_RE.search(f):
            state.para_gp = gp_hits[-1][1]
        # Session of this sentence.
        sprint = bool(_SPRINT_RE.search(f))
        if not sprint and state.prev_sprint and not _MAIN_RACE_RE.search(f) and not gp_hits:
            sprint = True
        # Only a caption-like sentence ("De sprint in Qatar.") carries its session to the next one.
        state.prev_sprint = bool(_SPRINT_RE.search(f)) and not mentions
        year_override = None
        ym = _YEAR_RE.search(f)
        if ym and state.year and int(ym.group(1)) <= state.year:
            year_override = int(ym.group(1))
        elif _PREV_SEASON_RE.search(f) and state.year:
            year_override = state.year - 1  # "vorig jaar" is the calendar year before the article

        facts: list[Fact] = list(self._respectively(f, mentions, sent.index))
        offset = 0
        subject: tuple[str, ...] = ()
        for clause in _clauses(f, [(m.start, m.end) for m in mentions]):
            start = f.find(clause, offset)
            if start < 0:
                start = offset
            end = start + len(clause)
            offset = end
            cm = [m for m in mentions if start <= m.start < end]
            before = [m for m in mentions if m.end <= start]
            restore: tuple[str, ...] | None = None
            if _RELATIVE_RE.match(clause) and before and not before[-1].group:
                # ", who took his first victory": the relative pronoun is the driver just named; drivers
                # inside the relative clause are its objects, and the main clause goes on after it.
                restore = subject
                subject = before[-1].drivers
                cm = [replace(m, is_object=True) for m in cm]
            # A driver inside an embedded "after ..."/"nadat ..." does not become the clause's subject.
            own = [m for m in cm if not m.is_object and not _EMBEDDED_RE.search(f, start, m.start)]
            if own:
                subject = self._subject_group(own, f)
            elif (
                not subject
                and state.focus
                and self._clause_has_event(clause)
                and (_OWN_WORD_RE.search(clause) or not _WIN_RE.search(clause))
            ):
                # "Het was zijn derde zege" is the focus driver's; "the first win for a French driver" is not.
                subject = (state.focus,)
            if _PRACTICE_RE.search(clause) and not re.search(r"\b(?:race|grand prix|wedstrijd)\b", clause):
                clause_facts: list[Fact] = []  # practice sessions are not results
            else:
                clause_facts = self._clause_facts(clause, start, f, cm, subject, sent, state)
            if restore is not None:
                subject = restore or subject
            for fact in clause_facts:
                key = self._gp_for(fact, gp_hits, default_gp)
                season = year_override if year_override is not None else self._season_for(state, key)
                if fact.kind == "championship":
                    key = None
                    season = year_override if year_override is not None else state.season
                session = fact.session
                clause_sprint = bool(_SPRINT_RE.search(clause)) or (
                    sprint
                    and not _MAIN_RACE_RE.search(clause)
                    and not re.search(r"grand prix|\bgp\b", clause)
                )
                if clause_sprint and session == "race":
                    session = "sprint"
                explicit_race = re.search(
                    r"\b(?:race|grand prix|gp|wedstrijd|hoofdrace|zondag|sunday)\b", clause
                )
                if (
                    state.report == "sprint"
                    and session == "race"
                    and not explicit_race
                    and fact.kind != "championship"
                ):
                    session = "sprint"
                if state.report == "qualifying" and fact.kind == "finish" and not explicit_race:
                    fact = replace(fact, kind="qualifying")
                facts.append(replace(fact, grand_prix=key, season=season, session=session))
        # Two finishing positions for one driver in one sentence ("crossed the line eleventh and was
        # promoted to ninth"): the later one is the outcome.
        last_finish: dict[tuple[str, str], int] = {}
        for i, x in enumerate(facts):
            if x.kind == "finish":
                last_finish[(x.driver, x.session)] = i
        facts = [
            x for i, x in enumerate(facts) if x.kind != "finish" or last_finish[(x.driver, x.session)] == i
        ]
        # Focus: the first single driver this sentence is about.
        singles = [m for m in mentions if len(m.drivers) == 1 and not m.group]
        subjects = [m for m in singles if not m.is_object]
        if subjects:
            state.focus = subjects[0].drivers[0]
        elif singles and not state.focus:
            state.focus = singles[0].drivers[0]
        groups = [m for m in mentions if not m.is_object]
        if len(groups) >= 2:
            state.prev_group = tuple(dict.fromkeys(d for m in groups for d in m.drivers))
        elif facts and len({x.driver for x in facts}) >= 2:
            state.prev_group = tuple(dict.fromkeys(x.driver for x in facts))
        for mention in mentions:
            state.mentioned.extend(mention.drivers)
        return facts

    def _gp_for(self, fact: Fact, gp_hits: list[tuple[int, str]], default: str | None) -> str | None:
        if not gp_hits:
            return default
        return gp_hits[0][1] if len({k for _, k in gp_hits}) == 1 else _nearest(gp_hits, fact)

    @staticmethod
    def _clause_has_event(clause: str) -> bool:
        return bool(
            _ORD_TOKEN.search(clause)
            or _RETIRE_RE.search(clause)
            or _CRASH_RE.search(clause)
            or _PENALTY_WORD_RE.search(clause)
            or _PITLANE_RE.search(clause)
            or _PRONOUN_RE.search(clause)
            or _PODIUM_RE.search(clause)
            or _POLE_RE.search(clause)
        )

    def _subject_group(self, own: list[_Mention], f: str) -> tuple[str, ...]:
        # "Sainz en Pérez", "Hamilton and Verstappen": a coordinated subject counts as one group.
        group = list(own[0].drivers)
        prev = own[0]
        for m in own[1:]:
            between = f[prev.end : m.start].strip(" ,")
            if between in ("en", "and", "&", ""):  # "Bottas, Norris, Pérez en Stroll"
                group.extend(m.drivers)
                prev = m
            else:
                break
        return tuple(dict.fromkeys(group))

    # --- mentions ----------------------------------------------------------------------------------

    def _mentions(self, f: str, state: _State, surnames_seen: set[str]) -> list[_Mention]:
        season = state.season
        out: list[_Mention] = []
        taken: list[tuple[int, int]] = []

        def free(s: int, e: int) -> bool:
            return all(e <= a or s >= b for a, b in taken)

        def add(s: int, e: int, drivers: tuple[str, ...], label: str, group: bool = False) -> None:
            if drivers and free(s, e):
                obj = _is_object(f, s) or (
                    _after_english_verb(f, s) if self._lang == "en" else _after_dutch_clause_verb(f, s)
                )
                out.append(_Mention(s, e, drivers, label, obj, group))
                taken.append((s, e))

        for h in self.gz.drivers(f):
            ids = self._in_season(h.ids, season)
            if len(ids) == 1:
                add(h.start, h.end, ids, f[h.start : h.end])
        for h in self.gz.forenames(f):
            ids = tuple(i for i in self._in_season(h.ids, season) if i in surnames_seen)
            if len(ids) == 1 and not (f[h.end : h.end + 1] == " " and self._followed_by_surname(f, h)):
                add(h.start, h.end, ids, f[h.start : h.end])
        # Team groups and team epithets: "beide Haas-coureurs", "de Red Bull-coureur", "de Ferrari".
        for h in self.gz.teams(f):
            before = f[max(0, h.start - 16) : h.start]
            after = f[h.end : h.end + 12]
            team_ids = h.ids
            is_driver = re.match(_TEAM_DRIVER_RE, after) is not None
            plural = re.match(r"-?(?:coureurs|rijders|piloten| drivers|-duo| duo)", after) is not None
            mlen = re.match(_TEAM_DRIVER_RE, after)
            end = h.end + (mlen.end() if mlen else 0)
            pre = re.search(
                r"(?:(?:de|the)\s+)?(?:beide|both|twee|two|drie|three)\s+(?:de\s+|the\s+)?$", before
            )
            if plural or pre:
                drivers = self._team_group(team_ids, season, state)
                if drivers:
                    gstart = h.start - (len(before) - pre.start()) if pre else h.start
                    add(gstart, end, drivers, f[gstart:end], group=True)
            elif is_driver or re.search(r"(?:\bde|\bthe|\bhet)\s+$", before):
                here = [d for m in out if m.start < h.start for d in m.drivers]
                one = self._team_single(team_ids, season, state, here)
                if one:
                    add(h.start, end, (one,), f[h.start : end])
        for h in self.gz.demonyms(f):
            here = [d for m in out if m.start < h.start for d in m.drivers]
            one = self._recent(h.ids, state, here) or self._unique_in_season(h.ids, season)
            if one:
                add(h.start, h.end, (one,), f[h.start : h.end])
        for m in _PRONOUN_RE.finditer(f):
            prior = [x for x in out if x.start < m.start() and not x.is_object and len(x.drivers) == 1]
            who = prior[0].drivers[0] if prior else state.focus
            if who:
                add(m.start(), m.end(), (who,), m.group(1))
        for m in _GROUP_BOTH_RE.finditer(f):
            named = [x for x in out if not x.group]
            drivers = tuple(dict.fromkeys(d for x in named for d in x.drivers))
            if len(drivers) == 1 and state.focus and state.focus not in drivers:
                drivers = (state.focus, *drivers)
            elif len(drivers) < 2:
                drivers = state.prev_group
            if len(drivers) >= 2:
                add(m.start(), m.end(), drivers, m.group(1), group=True)
        out.sort(key=lambda m: m.start)
        return out

    def _followed_by_surname(self, f: str, h: NameHit) -> bool:
        return any(d.start == h.start for d in self.gz.drivers(f[h.start : h.start + 40]) if d.start == 0)

    def _in_season(self, ids: tuple[str, ...], season: int | None) -> tuple[str, ...]:
        if len(ids) <= 1 or season is None:
            return ids
        ref = self.gz.ref
        narrowed = tuple(i for i in ids if (d := ref.driver(i)) and season in d.teams)
        return narrowed or ids

    def _team_group(self, team_ids: tuple[str, ...], season: int | None, state: _State) -> tuple[str, ...]:
        if season is None:
            return ()
        ref = self.gz.ref
        mentioned = [
            d
            for d in dict.fromkeys(state.mentioned)
            if (drv := ref.driver(d)) and set(drv.teams.get(season, ())) & set(team_ids)
        ]
        if len(mentioned) >= 2:
            return tuple(mentioned[:2])
        for t in team_ids:
            regulars = ref.team_drivers(t, season)
            if regulars:
                return tuple(d.id for d in regulars[:2])
        return ()

    def _team_single(
        self, team_ids: tuple[str, ...], season: int | None, state: _State, here: list[str]
    ) -> str | None:
        ref = self.gz.ref

        def drives_for(did: str) -> bool:
            drv = ref.driver(did)
            if drv is None:
                return False
            teams = (
                drv.teams.get(season, ())
                if season is not None
                else tuple(t for ts in drv.teams.values() for t in ts)
            )
            return bool(set(teams) & set(team_ids))

        for d in reversed(here):
            if drives_for(d):
                return d
        if state.focus and drives_for(state.focus):
            return state.focus
        for d in reversed(state.mentioned):
            if drives_for(d):
                return d
        return None

    @staticmethod
    def _recent(ids: tuple[str, ...], state: _State, here: list[str]) -> str | None:
        for d in reversed(here):
            if d in ids:
                return d
        if state.focus in ids:
            return state.focus
        for d in reversed(state.mentioned):
            if d in ids:
                return d
        return None

    def _unique_in_season(self, ids: tuple[str, ...], season: int | None) -> str | None:
        if season is None:
            return None
        inseason = [i for i in ids if (d := self.gz.ref.driver(i)) and season in d.teams]
        return inseason[0] if len(inseason) == 1 else None

    # --- clause level ------------------------------------------------------------------------------

    def _clause_facts(
        self,
        clause: str,
        base: int,
        f: str,
        cm: list[_Mention],
        subject: tuple[str, ...],
        sent: Sentence,
        state: _State,
    ) -> list[Fact]:
        facts: list[Fact] = []
        idx = sent.index

        def owner_left(pos: int, *, close_any: bool = True) -> tuple[str, ...]:
            """The driver an event at ``pos`` belongs to: a name just before it, else the clause subject."""
            left = [m for m in cm if m.end <= pos]
            if (
                close_any
                and left
                and re.fullmatch(
                    r"[\s,]*(?:(?:die|who|which)\s+)?(?:(?:als|as|in|op|on|at|de|the|p|to|naar)\s+){0,3}",
                    f[left[-1].end : pos],
                )
            ):
                return left[-1].drivers
            if (
                left
                and re.search(r"\b(?:with|met)\s+$", f[max(0, left[-1].start - 6) : left[-1].start])
                and re.match(r"\s+\w+ing\b", f[left[-1].end : pos])
            ):
                return left[-1].drivers  # "..., with Piastri completing the podium in third"
            own_left = [m for m in left if not m.is_object]
            if own_left:
                return (
                    self._subject_group(own_left[-1:], f) if not own_left[-1].group else own_left[-1].drivers
                )
            right = [m for m in cm if m.start >= pos and not m.is_object]
            if (
                right
                and not left
                and re.fullmatch(r"[\w\s'-]{0,40}", f[pos : right[0].start])
                and not _SUBORDINATE_RE.search(f[pos : right[0].start])
            ):
                return right[0].drivers
            return subject

        seen_pos: set[int] = set()
        # "van een tweede naar een zevende plaats" / "from fifteenth on the grid to finish fourth"
        for m in _FROM_TO_RE.finditer(clause):
            a, b = ordinal_value(m.group(1)), _pos_value(m.group(2))
            who = owner_left(base + m.start())
            for d in who[:1]:
                if a:
                    facts.append(Fact("grid", d, idx, position=a))
                if b:
                    facts.append(Fact("finish", d, idx, position=b))
            seen_pos.update({base + m.start(1), base + m.start(2)})
        constructors = bool(_CONSTRUCTORS_RE.search(clause))
        for m in _ORD_TOKEN.finditer(clause):
            gpos = base + m.start()
            if gpos in seen_pos or gpos in self._consumed or constructors:
                continue
            value = _pos_value(m.group(1))
            if value is None or not self._is_result_position(clause, m):
                continue
            who = owner_left(gpos)
            if not who:
                continue
            kind = self._position_kind(clause, m)
            interim = kind == "championship" and _INTERIM_RE.search(clause) is not None
            pole = kind == "grid" and value == 1 and _POLE_RE.search(clause) is not None
            detail = "interim" if interim else ("pole" if pole else None)
            for d in who[:1]:
                facts.append(
                    Fact(
                        kind,
                        d,
                        idx,
                        position=value,
                        detail=detail,
                        session="season" if kind == "championship" else "race",
                    )
                )
        if _TITLE_RE.search(clause):
            for d in owner_left(base + _TITLE_RE.search(clause).start())[:1]:  # type: ignore[union-attr]
                facts.append(Fact("championship", d, idx, position=1, session="season"))
        else:
            for m in _WIN_RE.finditer(clause):
                if _CONSTRUCTORS_RE.search(clause[m.start() : m.start() + 40]):
                    continue
                before = clause[max(0, m.start() - 40) : m.start()]
                if _WIN_BLOCK_RE.search(before) or _CHAMP_RE.search(clause):
                    continue
                if re.match(
                    r"\w*\s+(?:\w+\s+){0,2}(?:times|keer|maal|races|titles|titels|grands prix|ooit|before|"
                    r"eerder)\b",
                    clause[m.start() :],
                ) or re.search(r"\b(?:has|have|had|heeft|hebben|had)\s+(?:\w+\s+)?$", before):
                    continue
                if re.match(
                    r"\w*\s+(?:van|in|bij|at|of)\s+(?:de|het|the)\s+(?:kwalificatie|qualifying)",
                    clause[m.end() :],
                ):
                    continue
                who = self._win_owner(clause, m, base, f, cm, subject)
                for d in who[:1]:
                    facts.append(Fact("finish", d, idx, position=1))
                break
        if _POLE_RE.search(clause) and not any(x.kind in ("grid", "qualifying") for x in facts):
            pm = _POLE_RE.search(clause)
            assert pm is not None
            if not re.search(
                r"(?:strijd|fight|battle|duel)\s+(?:om|for)\s+(?:de\s+|the\s+)?$", clause[: pm.start()]
            ):
                for d in owner_left(base + pm.start())[:1]:
                    facts.append(Fact("grid", d, idx, position=1, detail="pole"))
        third = _PODIUM_THIRD_RE.search(clause)
        if third and not any(x.kind == "finish" for x in facts):
            for d in owner_left(base + third.start(), close_any=False)[:1]:
                facts.append(Fact("finish", d, idx, position=3))
        if _PODIUM_RE.search(clause) and not any(x.kind == "finish" for x in facts):
            pm2 = _PODIUM_RE.search(clause)
            assert pm2 is not None
            for d in owner_left(base + pm2.start(), close_any=False)[:1]:
                facts.append(Fact("podium", d, idx))
        if (
            _PITLANE_RE.search(clause)
            and _START_VERB_RE.search(clause)
            and not re.search(r"\b(?:uit de pits|out of the pits|in de pits|into the pits|pitstop)\b", clause)
        ):
            pl = _PITLANE_RE.search(clause)
            assert pl is not None
            for d in owner_left(base + pl.start(), close_any=False):
                facts.append(Fact("pitlane", d, idx, position=0))
        facts.extend(self._incidents(clause, base, f, cm, subject, idx, owner_left))
        return facts

    def _win_owner(
        self, clause: str, m: re.Match[str], base: int, f: str, cm: list[_Mention], subject: tuple[str, ...]
    ) -> tuple[str, ...]:
        pos = base + m.start()
        word = m.group(0)
        if word in ("winnaar", "winner") and re.search(
            r"\b(?:achter|behind|na)\s+(?:de\s+|the\s+)?$", clause[: m.start()]
        ):
            # "Achter de winnaar werd Norris tweede": only "achter winnaar Verstappen" names the winner.
            nxt = [x for x in cm if x.start >= pos]
            close = nxt and re.fullmatch(r"\w+\s+", f[pos : nxt[0].start])
            return nxt[0].drivers if close else ()
        if word in ("winnaar", "winner") or re.match(
            r"\w+\s+(?:\w+\s+){0,3}(?:ging|went|goes|gaat)\s+(?:naar|to)\b", clause[m.start() :]
        ):
            right = [x for x in cm if x.start >= pos]
            if right:
                return right[0].drivers
        if re.match(r"\w+\s+(?:by|door)\s", clause[m.start() :]):
            right = [x for x in cm if x.start >= pos]
            if right:
                return right[0].drivers
        left = [x for x in cm if x.end <= pos and not x.is_object]
        if left:
            return left[-1].drivers
        right = [x for x in cm if x.start >= pos and not x.is_object]
        if right:
            return right[0].drivers
        return subject

    @staticmethod
    def _is_result_position(clause: str, m: re.Match[str]) -> bool:
        token = m.group(1)
        after = clause[m.end() :].lstrip(" ")
        nxt = re.match(r"[\w'-]+", after)
        before = clause[: m.start()]
        if token.startswith(("nummer", "number", "no.")) or token == "runner-up":
            return True
        strong = re.search(
            r"\b(?:als|as|werd|wordt|worden|werden|eindigde|eindigt|finishte|finisht|finished|"
            r"came|comes|was|took|takes|inherited|settled for|genoegen met)\s+(?:de\s+|the\s+|een\s+|a\s+)?$",
            before,
        )
        if nxt:
            w = nxt.group(0)
            if w in _NOT_POS_NOUNS:
                return False
            if not strong and w not in _FUNCTION_AFTER and not re.fullmatch(_POS_NOUNS, w):
                return False
        if re.match(
            r"\s*in (?:\w+ )?(?:" + CARDINAL_RE + r") (?:races|weeks|weekends|rondes|races|wedstrijden)",
            after,
        ) or re.match(r"in (?:" + CARDINAL_RE + r") (?:races|weeks|weekends|wedstrijden)", after):
            return False
        if _NOT_RESULT_BEFORE.search(before):
            return False
        # "de tweede race" handled above; "twee ronden voor het einde" is a cardinal and never matches.
        return not re.search(r"(?:\bronde|\blap|\bbocht|\bturn|\bcorner)\s+$", before)

    @staticmethod
    def _position_kind(clause: str, m: re.Match[str]) -> str:
        if _CHAMP_RE.search(clause):
            return "championship"
        window = clause[max(0, m.start() - 50) : m.end() + 40]
        # "derde startplek" / "third on the grid", but "third after starting fifteenth" is no grid position
        grid_window = clause[max(0, m.start() - 50) : m.end()] + (
            " grid"
            if re.match(
                r"\s+(?:on the grid|startplek\w*|startplaats\w*|startpositie|op de grid|grid|"
                r"(?:(?:was|is|werd|had|waren|zijn)\s+)?(?:gestart|vertrokken|begonnen|van start gegaan))\b",
                clause[m.end() :],
            )
            else ""
        )
        if _QUALI_RE.search(window) or re.match(
            r"\s+(?:fastest|snelste)\b(?!\s+(?:lap|ronde))", clause[m.end() :]
        ):
            return "qualifying"
        if _GRID_RE.search(grid_window) and not re.search(
            r"\b(?:finish\w*|eindig\w*|to finish)\b", clause[m.start() - 20 : m.start()]
        ):
            return "grid"
        return "finish"

    def _incidents(
        self,
        clause: str,
        base: int,
        f: str,
        cm: list[_Mention],
        subject: tuple[str, ...],
        idx: int,
        owner_left: object,
    ) -> list[Fact]:
        facts: list[Fact] = []
        own = [m for m in cm if not m.is_object]
        subj = (
            self._subject_group(own, f) if own and not own[0].group else (own[0].drivers if own else subject)
        )
        others_m = [m for m in cm if m.is_object or (m.drivers and not set(m.drivers) <= set(subj))]
        others = tuple(dict.fromkeys(d for m in others_m for d in m.drivers if d not in subj))
        label = next((m.label for m in others_m if m.group), None)
        collide = _COLLIDE_RE.search(clause)
        crash = _CRASH_RE.search(clause)
        if collide and collide.group(0) == "samen met" and not crash:
            collide = None
        if (
            collide
            and len(subj) >= 2
            and not others
            and re.search(
                r"\b(?:after|na|following|door|because of|due to|vanwege|bij)\s+(?:the|de|die|dat|this|that|"
                r"het)\s+$",
                clause[: collide.start()],
            )
        ):
            collide = None  # "Ocon and Hülkenberg failed to finish after the clash": a clash told before
        if (
            collide
            and collide.group(0) == "hit"
            and re.match(
                r"\s+(?:with|by)\b[^.;]{0,40}\b(?:penalt|straf|fine|sanction)", clause[collide.end() :]
            )
        ):
            collide = None  # "hit with 30-second penalties"
        if (
            collide
            and collide.group(0) in ("raakten", "raakte", "hit", "tikte", "tikten", "contact")
            and not others
            and len(subj) < 2
        ):
            collide = None
        if (
            collide
            and not re.search(
                r"(?:\bgeen|\bno|\bnot|\bzonder|\bwithout|\bavoid\w*|\bontweek|"
                r"\bontwijk\w*)\W+(?:\w+\W+){0,2}$",
                clause[: collide.start()],
            )
            and not _AVERTED_AFTER_RE.match(clause, collide.end())
        ):
            if len(subj) >= 2 and not others:
                for d in subj:
                    facts.append(Fact("collision", d, idx, others=tuple(x for x in subj if x != d)))
            elif subj and others:
                for d in subj:
                    facts.append(Fact("collision", d, idx, others=others, other_label=label))
                for o in others:
                    facts.append(Fact("collision", o, idx, others=subj))
        if crash and crash.group(0) in ("crash", "ongeluk", "accident") and not own:
            crash = None
        if crash and not re.search(
            r"\b(?:geen|no|zonder|without|ontsnapte|avoided|bijna|nearly|almost)\b", clause[: crash.start()]
        ):
            for d in subj:
                facts.append(Fact("crash", d, idx, detail=crash.group(0)))
        retire = _RETIRE_RE.search(clause)
        if retire and not re.search(
            r"(?:\bniet|\bnot|\bgeen|\bbijna|\bnearly|\balmost)\W+(?:\w+\W+){0,1}$", clause[: retire.start()]
        ):
            who = subj if subj else ()
            if retire.start() > 0 and own and own[0].start > base + retire.start():
                who = own[0].drivers
            cause = _cause(clause, self._orig[base : base + len(clause)]) or _cause(
                self._without_others(f, self._sent_mentions, who)
            )
            for d in who:
                facts.append(Fact("retirement", d, idx, reason=cause))
        facts.extend(self._penalties(clause, base, f, cm, subj, idx))
        return facts

    @staticmethod
    def _without_others(f: str, mentions: list[_Mention], who: tuple[str, ...]) -> str:
        """The sentence with every stretch about another driver blanked ("..., while Colapinto never took the
        start because of a gearbox problem"), so one driver's cause is not given to another."""
        out = f
        for m in mentions:
            if who and not set(m.drivers) & set(who):
                stop = _CLAUSE_END_RE.search(f, m.end)
                end = stop.start() if stop else len(f)
                out = out[: m.start] + " " * (end - m.start) + out[end:]
        return out

    def _penalties(
        self, clause: str, base: int, f: str, cm: list[_Mention], subj: tuple[str, ...], idx: int
    ) -> list[Fact]:
        facts: list[Fact] = []
        dsq = _PEN_DSQ_RE.search(clause)
        if dsq:
            who: tuple[str, ...] = ()
            after = clause[dsq.end() :]
            vm = re.match(r"\s+(?:van|of)\s+", after)
            if vm:
                right = [m for m in cm if m.start >= base + dsq.end()]
                if right:
                    grp = self._subject_group(right, f)
                    who = grp
            elif not re.search(
                r"(?:door|na|after|following|vanwege|due to)\s+(?:de|the|die|these|zijn|his)\s+$",
                clause[: dsq.start()],
            ) and not dsq.group(0).endswith(("ies", "s")):
                who = subj
            reason = _reason(clause[dsq.end() :], self._orig[base + dsq.end() : base + len(clause)])
            for d in who:
                facts.append(Fact("penalty", d, idx, penalty="disqualification", reason=reason))
        kind = None
        pm: re.Match[str] | None = None
        for k, rx in (
            ("stop_go", _PEN_STOPGO_RE),
            ("drive_through", _PEN_DRIVE_RE),
            ("grid", _PEN_GRID_RE),
            ("time", _PEN_TIME_RE),
            ("reprimand", _PEN_REPR_RE),
        ):
            pm = rx.search(clause)
            if pm:
                kind = k
                break
        # A bare "straf" needs a verb that hands it out:
        # "de straf was een zure afsluiting" names no one's penalty.
        if (
            kind is None
            and _PENALTY_WORD_RE.search(clause)
            and not dsq
            and (_PEN_VERB_RE.search(clause) or _SIZE_S_RE.search(clause) or _SIZE_P_RE.search(clause))
        ):
            pm = _PENALTY_WORD_RE.search(clause)
            kind = "time" if _SIZE_S_RE.search(clause) else ("grid" if _SIZE_P_RE.search(clause) else "other")
        if (
            kind
            and pm
            and not re.search(
                r"(?:\bgeen|\bno|\bontliep|\bescaped|\bavoided|\bontsnapte)\W+(?:\w+\W+){0,4}$",
                clause[: pm.start()],
            )
        ):
            amount = unit = None
            # "een gridstraf, van vijf plaatsen, omdat ...": size and reason may sit in the next clauses,
            # up to the next driver named.
            nxt = [
                m
                for m in self._sent_mentions
                if m.start >= base + pm.end() and not set(m.drivers) & set(subj)
            ]
            rest_end = nxt[0].start if nxt else len(f)
            rest = f[base:rest_end]
            sm = (
                (_SIZE_S_RE.search(clause) or _SIZE_S_RE.search(rest))
                if kind in ("time", "stop_go", "other")
                else None
            )
            pmm = (
                (_SIZE_P_RE.search(clause) or _SIZE_P_RE.search(rest)) if kind in ("grid", "other") else None
            )
            if sm:
                amount, unit = cardinal_value(sm.group(1)), "s"
            elif pmm:
                amount, unit = cardinal_value(pmm.group(1)), "places"
            left = [m for m in cm if m.end <= base + pm.start()]
            right = [m for m in cm if m.start >= base + pm.end()]
            if left:
                who2 = left[-1].drivers if left[-1].group else (left[-1].drivers[0],)
            elif right and re.match(
                r"[\w\s-]{0,30}(?:voor|for|aan|to)\s+$", f[base + pm.end() : right[0].start]
            ):
                who2 = right[0].drivers
            else:
                who2 = subj
            reason = _reason(clause[pm.end() :], self._orig[base + pm.end() : base + len(clause)]) or _reason(
                f[base + pm.end() :], self._orig[base + pm.end() :]
            )
            for d in who2:
                facts.append(Fact("penalty", d, idx, penalty=kind, amount=amount, unit=unit, reason=reason))
        return facts

    # --- after the article -------------------------------------------------------------------------

    def _attach_reasons(self, facts: list[Fact], sentences: list[Sentence], folded: list[str]) -> list[Fact]:
        """A penalty without a reason takes the next sentence when that one explains ("bleek", "because")."""
        by_sentence: dict[int, list[Fact]] = {}
        for x in facts:
            by_sentence.setdefault(x.sentence, []).append(x)
        out: list[Fact] = []
        for x in facts:
            if x.kind == "penalty" and not x.reason:
                reason = (
                    self._reason_before(x.sentence, sentences, folded)
                    or self._reason_within(x.sentence, sentences, folded)
                    or self._reason_after(x, by_sentence, sentences, folded)
                )
                if reason:
                    x = replace(x, reason=reason)
            out.append(x)
        return out

    @staticmethod
    def _reason_before(i: int, sentences: list[Sentence], folded: list[str]) -> str | None:
        """ "X duwde Norris van de baan, en kreeg daarvoor een straf": the reason is what came before
        "daarvoor"."""
        m = _REASON_BACK_RE.search(folded[i])
        if not m:
            return None
        cut = max(folded[i].rfind(", ", 0, m.start()), folded[i].rfind("; ", 0, m.start()))
        if cut > 0:
            text = sentences[i].text[:cut].strip(" ,;")
            if len(text.split()) >= 3:
                return text
        if i > 0 and sentences[i - 1].paragraph == sentences[i].paragraph:
            return sentences[i - 1].text.rstrip(".")
        return None

    @staticmethod
    def _reason_within(i: int, sentences: list[Sentence], folded: list[str]) -> str | None:
        """ "De stewards oordeelden dat hij Leclerc van de baan drukte en legden hem een straf op", "omdat dat
        boven het aantal onderdelen ging, kreeg Sainz een gridstraf": the cause before the penalty."""
        fs = folded[i]
        pen = _PENALTY_WORD_RE.search(fs) or _PEN_GRID_RE.search(fs) or _PEN_TIME_RE.search(fs)
        if pen is None:
            return None
        m = _JUDGE_RE.search(fs, 0, pen.start())
        if m:
            cut = re.search(
                r"\s+(?:en|and)\s+(?:\w+\s+){0,2}?(?:legde\w*|gaf|gaven|kreeg|gave|handed|awarded|"
                r"bestraft\w*|penali[sz]ed)\b|,\s",
                fs[m.end() : pen.start()],
            )
            end = m.end() + cut.start() if cut else pen.start()
            text = sentences[i].text[m.start() : end].strip(" ,;")
            return text if len(text.split()) >= 3 else None
        cause = _CAUSAL_RE.search(fs, 0, pen.start())
        if cause:
            comma = max(fs.rfind(", ", 0, pen.start()), 0)
            text = sentences[i].text[:comma].strip(" ,;") if comma > cause.start() else ""
            return text if len(text.split()) >= 3 else None
        return None

    @staticmethod
    def _reason_after(
        x: Fact, by_sentence: dict[int, list[Fact]], sentences: list[Sentence], folded: list[str]
    ) -> str | None:
        """The next sentence that explains ("bleek", "the stewards found"), skipping sentences that only
        penalise other drivers the same way ("Ook Leclerc werd gediskwalificeerd.")."""
        for j in range(x.sentence + 1, min(x.sentence + 3, len(sentences))):
            if sentences[j].paragraph != sentences[x.sentence].paragraph:
                return None
            own = by_sentence.get(j, [])
            if not own and _EXPLAIN_RE.search(folded[j]):
                return sentences[j].text.rstrip(".")
            if not any(o.kind == "penalty" and o.penalty == x.penalty for o in own):
                return None
        return None


# --- helpers ------------------------------------------------------------------------------------------


def _ym(date: str) -> tuple[int, int]:
    return int(date[:4]), int(date[5:7])


def _pos_value(token: str) -> int | None:
    t = token.strip()
    if t in ("laatste", "last"):
        return LAST
    if t == "runner-up":
        return 2
    m = re.match(r"(?:nummer|number|no\.) (.+)", t)
    if m:
        return cardinal_value(m.group(1))
    return ordinal_value(t)


def _is_object(f: str, start: int) -> bool:
    return _OBJECT_BEFORE_RE.search(f[max(0, start - 40) : start]) is not None


_EN_NOT_VERB = frozenset(
    """and but while as when after before with the of for that then so because although since
    driver drivers champion team-mate teammate rookie partner compatriot veteran youngster leader and or nor
    where whereas though than like including said says say told tells about between by from to in on at into
    over under behind ahead against beat past was were is are has have had only even also both either
    whom who which whose what""".split()
)


def _after_english_verb(f: str, start: int) -> bool:
    # In English the driver right after a verb is its object ("dodge Piastri", "passed Leclerc").
    m = re.search(r"([a-z][a-z'-]*)\s+$", f[max(0, start - 30) : start])
    if not m:
        return False
    w = m.group(1)
    return (
        w not in _EN_NOT_VERB
        and not w.endswith("'s")
        and (
            w.endswith(("ed", "ge", "ss", "t", "ing"))
            or w
            in {
                "beat",
                "hit",
                "passed",
                "pass",
                "overtake",
                "overtook",
                "dodge",
                "block",
                "blocked",
                "chase",
                "chased",
                "catch",
                "caught",
                "follow",
                "followed",
                "lead",
                "led",
                "edge",
                "edged",
                "pip",
                "pipped",
                "hold",
                "held",
                "keep",
                "kept",
                "leave",
                "leaving",
                "relegate",
                "relegated",
                "push",
                "pushed",
                "squeeze",
                "squeezed",
            }
        )
    )


_NL_NOT_VERB = frozenset(
    """en maar ook toen terwijl waarna waarop waardoor nadat omdat want dus zodat die dat wie
    waar waarbij hoewel als zoals dan nu net pas zelfs alleen vooral zowel noch of de het een zijn teamgenoot
    ploeggenoot ploegmaat collega rivaal titelrivaal landgenoot rookie debutant nieuwkomer kampioen
    wereldkampioen polesitter poleman leider winnaar nummer coureur voor na achter met bij tegen in op aan
    van door om tot naar
    uit over onder tussen daar hier daarna daarbij daarom eerst later toch nog wel niet geen vandaag gisteren
    zaterdag zondag vrijdag uiteindelijk""".split()
)


def _after_dutch_clause_verb(f: str, start: int) -> bool:
    # ", versloeg Lewis Hamilton": a clause that opens with its verb has its subject elided, so the
    # driver after that verb is its object ("In Canada won Hamilton" has no comma and is not caught).
    m = re.search(r"(\S?)\s*(?:[,;]\s+|\b(?:en|maar)\s+)([a-z]+)\s+$", f[max(0, start - 30) : start])
    if not m or m.group(1) in ("", '"', "'", "”", "’"):
        return False  # '"...", lachte Sainz': after a quote the verb of saying comes before its subject
    w = m.group(2)
    if w in _NL_SAY:
        return False
    return w not in _NL_NOT_VERB and (w.endswith(("de", "te", "den", "ten")) or w in _NL_STRONG_PAST)


_NL_SAY = frozenset(
    """zei zegt lachte vertelde verklaarde meldde reageerde grapte zuchtte erkende stelde
    vond vindt dacht denkt aldus""".split()
)
_NL_STRONG_PAST = frozenset(
    """won versloeg verloor sloeg hield liet nam gaf kreeg zag ving greep trok schoof
    duwde passeerde verschalkte raakte tikte""".split()
)


def _nearest(gp_hits: list[tuple[int, str]], fact: Fact) -> str:
    return gp_hits[0][1]


def _cause(f: str, original: str | None = None) -> str | None:
    """A retirement's cause: a known kind ("gearbox"), else the technical phrase itself
    ("defecte brandstofpomp")
    taken from ``original`` (same offsets as ``f``)."""
    for rx, name in _CAUSE_WORDS:
        if re.search(r"\b(?:" + rx + r")\b", f):
            return name
    m = _CAUSE_PHRASE_RE.search(f)
    if m and original is not None and _TECH_WORD_RE.search(m.group(1)):
        return original[m.start(1) : m.end(1)]
    if _COLLIDE_RE.search(f) and re.search(
        r"\b(?:botsing|aanrijding|collision|contact|raakten|touched|aanraking)", f
    ):
        return "collision"
    if _CRASH_RE.search(f):
        return "crash"
    return None


def _reason(after: str, original: str) -> str | None:
    """The reason phrase ("voor een aanrijding met Albon") in ``after``, taken from ``original``
    (same offsets)."""
    m = _REASON_RE.search(after.rstrip())
    if not m:
        return None
    end = m.end(1)
    cut = re.search(r"\s+(?:en wordt|en werd|and finished|en eindigde|and was)\b", after[m.start(1) : end])
    if cut:
        end = m.start(1) + cut.start()
    text = original[m.start(1) : end].strip(" .,")
    if fold(text) in ("that", "this", "it", "doing so", "dat", "dit", "het"):
        return None  # points back; _reason_before finds what it points at
    # "a grid penalty for the Canadian Grand Prix" names where it applies, not why.
    if re.fullmatch(
        r"(?:the|de|het)?\s*(?:\w+\s+){0,3}(?:grand prix|gp|race|weekend)(?:\s+\w+){0,3}", fold(text)
    ):
        return None
    return text or None


def _name_lists(f: str, names: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of "A, B, C en D": names joined by commas and ending in "en"/"and" before the last."""
    spans: list[tuple[int, int]] = []
    ordered = sorted(names)
    i = 0
    while i < len(ordered):
        j = i
        while j + 1 < len(ordered) and re.fullmatch(r"\s*,\s*", f[ordered[j][1] : ordered[j + 1][0]]):
            j += 1
        if (
            j > i
            and j + 1 < len(ordered)
            and re.fullmatch(r"\s*,?\s*(?:en|and|&)\s+", f[ordered[j][1] : ordered[j + 1][0]])
        ):
            spans.append((ordered[i][0], ordered[j + 1][1]))
            i = j + 2
        else:
            i = j + 1 if j > i else i + 1
    return spans


def _clauses(f: str, names: list[tuple[int, int]]) -> list[str]:
    """Split a sentence at commas, semicolons and conjunctions; "en"/"and" only where no name is joined
    ("Hamilton en Verstappen raakten elkaar" stays whole, "..., en mocht Sainz" splits)."""
    cuts: list[int] = [0]
    listed = _name_lists(f, names)
    for m in _CLAUSE_SPLIT_RE.finditer(f):
        if m.group(0).strip() == "," and any(a < m.start() < b for a, b in listed):
            continue  # "Bottas, Norris, Pérez en Stroll" is one list
        cuts.extend([m.start(), m.end()])
    for m in _EN_SPLIT_RE.finditer(f):
        # Only "X en Y" joins two names; "..., Bottas moest parkeren en Ocon viel stil" is two clauses.
        joins_name = any(e <= m.start() and m.start() - e <= 1 for _, e in names) and any(
            s >= m.end()
            and s - m.end() <= 12
            and re.fullmatch(r"(?:de |het |the |zijn |his |beide |both |twee |two )*", f[m.end() : s])
            for s, _ in names
        )
        if not joins_name:
            cuts.extend([m.start(), m.end()])
    cuts.append(len(f))
    cuts.sort()
    parts = [f[cuts[i] : cuts[i + 1]] for i in range(0, len(cuts) - 1, 2)]
    return [p for p in parts if p.strip()]


def _dedupe(facts: list[Fact]) -> list[Fact]:
    seen: set[tuple[object, ...]] = set()
    out: list[Fact] = []
    for x in facts:
        key = (x.kind, x.driver, x.sentence, x.position, x.others, x.penalty)
        if key not in seen:
            seen.add(key)
            out.append(x)
    return out


def parse_article(text: str) -> ParsedArticle:
    """Parse one article's text with the bundled reference data."""
    return ArticleParser().parse(text)
