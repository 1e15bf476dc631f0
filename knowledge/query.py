"""Understand a question: drivers, Grand Prix, season, session, position and intent.

Names resolve on accent-folded text: exact aliases first, then rapidfuzz for typos. A name that fits
two drivers equally well is reported as ambiguous so the bot can ask "did you mean".

What is asked is scored over the whole question (``knowledge.asked``). A follow-up borrows from the
previous topic only what it leaves out: "en Norris?" the race and what was asked, "en in 2023?" the rest;
a complete question (what, about whom or what, and where) and an off-topic one borrow nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import DamerauLevenshtein

from knowledge.asked import names_moment, unsupported_attribute, without_constraints, without_events
from knowledge.extract import results, shootout
from knowledge.gazetteer import Gazetteer, load_gazetteer
from knowledge.model import Topic
from knowledge.text import CARDINAL_RE, ORDINAL_RE, cardinal_value, detect_language, fold, ordinal_value

MAX_QUESTION_CHARS = 500


@dataclass(frozen=True)
class Query:
    """A question, understood."""

    lang: str
    drivers: tuple[str, ...] = ()
    grand_prix: str | None = None
    season: int | None = None
    intent: str | None = None
    session: str | None = None
    position: int | None = None
    why: bool = False
    suggestions: tuple[str, ...] = ()
    text: str = ""
    #: an asked attribute that no fact kind holds ("points", "gap", "laps"...): the answer is unknown
    unsupported: str | None = None
    #: the question names a driver or a Grand Prix itself (not borrowed from the previous question)
    own_subject: bool = False

    @cached_property
    def folded(self) -> str:
        """The question as the patterns read it (accent-folded, lower case), made once per text (a
        ``replace``d query is a new object with the same text)."""
        return _fold_question(self.text)

    @property
    def asked(self) -> str | None:
        """The attribute asked: one no fact holds, else the intent."""
        return self.unsupported or self.intent

    def topic(self) -> Topic:
        """The follow-up context this question leaves behind."""
        return Topic(
            self.drivers,
            self.grand_prix,
            self.season,
            self.intent,
            self.session,
            self.position,
            self.unsupported,
        )


@lru_cache(maxsize=64)
def _fold_question(text: str) -> str:
    return mend_keywords(fold(text).replace("z'n ", "zijn "))


# The words a question asks with, which fans mistype ("winaar", "kwalifikatie", "penallty"): a longer word
# one letter off one of these is read as it. Words that are that close to one but mean something else of
# their own ("winnen" beside "winner") are left as typed.
_KEYWORDS = (
    "winnaar winner gewonnen overwinning podium kwalificatie kwalificeerde qualifying qualified "
    "gediskwalificeerd disqualified uitgevallen gefinisht eindigde finished tijdstraf gridstraf penalty "
    "voorsprong achterstand kampioenschap championship wereldkampioen startplek startpositie positie "
    "position retired crashte botsing collision snelste fastest"
).split()
_NOT_TYPOS = frozenset(
    "winnen winners retire positions posities crashten podiums leider leading eindigden startplekken "
    "qualify penalties".split()
)
_MIN_TYPO_LEN = 6  # shorter words are too often another word one letter off
_WORD_RE = re.compile(r"[a-z]+")


def mend_keywords(f: str) -> str:
    """The folded question with its mistyped question words mended ("monza 2021 winaar": "winnaar")."""
    return _WORD_RE.sub(_mended, f) if len(f) < _MAX_MENDED_CHARS else f


_MAX_MENDED_CHARS = 400


# question words fans type as one ("hoevaak kwam de safety car"): split as written in full; and short forms
# too short to mend as typos ("gap bottas lewis qualy")
_GLUED = {
    "hoevaak": "hoe vaak",
    "hoelang": "hoe lang",
    "howmany": "how many",
    "zn": "zijn",  # "na zn pitstop"
    "qualy": "quali",
    "kwaly": "kwali",
    "tyd": "tijd",  # ("pole tyd": the Dutch "ij" typed as "y")
}


def _mended(m: re.Match[str]) -> str:
    word = m.group(0)
    if word in _GLUED:
        return _GLUED[word]
    if len(word) < _MIN_TYPO_LEN or word in _KEYWORD_SET or word in _NOT_TYPOS:
        return word
    return _mended_word(word)


@lru_cache(maxsize=4096)  # (fans' words repeat: each is compared with the keywords once)
def _mended_word(word: str) -> str:
    near = [
        k for k in _KEYWORDS if abs(len(k) - len(word)) <= 1 and DamerauLevenshtein.distance(word, k) == 1
    ]
    # ("positie" + s is another word, not a typo: a keyword's own longer or shorter form is left)
    near = [k for k in near if not (k.startswith(word) or word.startswith(k))]
    return near[0] if len(near) == 1 else word


_KEYWORD_SET = frozenset(_KEYWORDS)


# "hoe ging hij" asks how he did; "hoe ging hij naar het ziekenhuis" asks a way
_WENT = r"ging(?! (?:[\w']+ ){0,3}naar\b)"
_INTENTS: list[tuple[str, re.Pattern[str]]] = [
    (
        "championship",
        re.compile(
            r"\b(?:kampioenschap|wereldkampioenschap|wk|championship|standings|klassement|"
            r"eindstand|tussenstand|stand|titel|title|world title)\b(?! van zaken)"
        ),
    ),
    ("disqualification", re.compile(r"\b(?:diskwalific\w*|gediskwalificeerd|disqualif\w*|dsq)\b")),
    (
        "penalty",
        re.compile(
            # (typed "penallty", "penatly", "panelty")
            r"\b(?:straf\w*|tijdstraf\w*|gridstraf\w*|penalt\w*|penall\w*|penatl\w*|panelt\w*|bestraft|"
            r"penali[sz]ed|reprimand\w*|reprimande\w*|berisping\w*|berispt|"
            r"stop[- ]and[- ]go|drive[- ]through)\b"
            # "what did Verstappen get for the Norris incident": what the stewards gave him
            # "why did Norris get 5 seconds", "waarom kreeg hij 10 sec": seconds handed out are a penalty
            r"|\b(?:get|got|gets|given|kreeg|krijgt|kregen) (?:a |an |een )?(?:\d{1,2}|five|ten|vijf|tien) ?"
            r"(?:s|secs?|seconds?|seconden)\b"
            # "how many seconds did albon get", "hoeveel seconden kreeg hij": seconds handed out, asked
            r"|\bhow many (?:sec|secs|seconds) (?:did|does|has) [\w']+(?: [\w']+)? "
            r"(?:get|got|receive|received)\b(?!.{0,40}\b(?:behind|ahead|lead)\b)"
            r"|\bhoeveel (?:sec|seconden|tellen) (?:straf )?(?:kreeg|krijgt|kregen)\b"
            r"(?!.{0,40}\b(?:voorsprong|achterstand|achter)\b)"
            # "how many grid places did Lewis get docked", "hoeveel gridplaatsen moest Seb inleveren"
            r"|\bhow many grid (?:places|spots|positions|slots)\b|\bhoeveel gridplaatsen\b"
            # "hoeveel plaatsen moet lewis terug op de grid", "how many places did he drop on the grid"
            r"|\bhoeveel (?:plaatsen|plekken|posities) (?:[\w']+ ){0,4}(?:terug|achteruit)\b"
            r"|\bhow many (?:places|spots|positions) (?:[\w']+ ){0,4}(?:drop|dropped|back|lose|lost) "
            r"(?:[\w']+ ){0,2}(?:on )?(?:the )?grid\b"
            # ("how many places grid drop for the engine": the noun after the count)
            r"|\bhow many (?:places|spots|positions) (?:of )?(?:grid )?(?:drop|penalty|demotion)\b"
            r"|\b(?:docked|demoted|relegated) (?:\w+ )?(?:grid )?(?:places|spots|positions)\b"
            # "wat kreeg max van de stewards", "what did he get from the stewards": what they handed out
            r"|\b(?:wat (?:kreeg|krijgt|kregen)|what did [\w' ]{1,30} (?:get|receive)) [\w' ]{0,30}"
            r"(?:van|from) (?:de |the )?(?:stewards|wedstrijdleiding|fia|race director)\b"
            r"|\b(?:what did .{0,30} get|wat kreeg .{0,30}) (?:for|voor) (?:the|his|that|het|de|zijn|dat) "
            r"(?:[\w-]+ ){0,2}"
            r"(?:incident|collision|crash|clash|move|actie|aanrijding|botsing|blocking|impeding)\b"
        ),
    ),
    (
        "collision",
        re.compile(
            # ("met wie vierde hij": celebrated with, no collision)
            r"\b(?:met wie(?! (?:vierde|vieren|sprak|praatte|deelde|feestte|reed (?:hij|ze) samen))|"
            r"with whom|"
            r"who did .{0,40} (?:crash|collide|hit|touch|tangle|clash|wipe out|take out|fly over)|"
            # "wie raakten elkaar", "wie tikte Sainz eraf"
            r"raakten elkaar|tikte .{0,30}(?:eraf|eruit|van de baan)|"
            r"botst\w*|botsing\w*|crashte met|tikte .{0,30}aan|aangetikt|raakte|geraakt|hit|"
            r"crash(?:ed)? with|crash(?:ed)? into|collided|clash(?:ed)? with|"
            r"collision|aanrijding|in aanraking|contact|tangled|"
            # who took him out: "who took max out", "who tapped alonso", "wie reed max aan" (not "reed
            # aan kop": he led)
            r"who (?:took|knocked|punted|tapped|spun|hit|pushed) \w+(?:'s? \w+)? (?:out|off|around|into)|"
            r"who (?:tapped|punted|rammed|clipped)|"
            # "who took out bottas", "who spun bottas", "who rear ended magnussen", "who flipped stroll over"
            r"who (?:took|knocked) out\b|"
            r"who (?:spun|hit|rear[- ]?ended|flipped|collected) (?!(?:at|in|on|out|off|around|into|the|after|"
            r"during|while|when|before|from)\b)\w+|"
            # (pushed off the track is no contact: "wie duwde hem van de baan")
            r"wie (?:reed|tikte|duwde|raakte) (?:\w+ ){1,3}(?:aan|de muur in|uit de race)"
            r"(?! (?:kop|de leiding))|aangereden)\b"
        ),
    ),
    (
        "retirement",
        re.compile(
            r"\b(?:uitgevallen|uitval\w*|viel\w* .{0,30}uit|valt .{0,30}uit|retire\w*|dnf|opgave|"
            r"opgegeven|"
            # "waarom moest Seb opgeven", "na hoeveel rondjes gaf Max het op in Suzuka" (not "gaf op de radio
            # door", "gaf max toe op lewis")
            r"(?:moest|moesten|moet|moeten) (?:\w+ ){0,4}opgeven|"
            r"gaf (?:\w+ ){0,3}op(?= (?:in|op|bij|tijdens|na|\d)\b|\s*\??$)|"
            # "albon suzuka 2022 why out", "out of the race": out of the race (not knocked out of qualifying)
            r"why (?:was \w+ |did \w+ go )?out(?! of (?:q[123]|qualif\w*|kwal\w*))|out of the race|"
            r"waarom (?:\w+ ){0,3}(?:eruit|uit de race)|"
            # "waarom viel ocon stil", "why did max stop hungary 2018": a car that stopped (not "stop twice",
            # "stop for tyres", a pit stop)
            r"(?:viel|vielen|valt) (?:\w+ ){0,2}stil|stilgevallen|"
            r"why did \w+ stop"
            r"(?! (?:in the pits?|for|twice|two|three|once|again|early|late|on lap|at the end)\b)"
            r"(?! \w+ (?:times|stops?)\b)|"
            # "wie lagen er allemaal uit na de crash", "wie lag eruit": who was out of the race
            # (not "wie lagen eruit in Q1": knocked out of qualifying)
            r"(?:lag|lagen|ligt|liggen) (?:er )?(?:allemaal |al )?(?:eruit|uit)\b"
            r"(?!\s+(?:in\s+|tijdens\s+)?(?:de\s+)?(?:q[123]|kwal\w*|sessie)))\b"
        ),
    ),
    ("pitlane", re.compile(r"\b(?:pitstraat|pit ?lane|pitlane)\b")),
    (
        "grid",
        re.compile(
            # ("who starts p3", not "how many gp starts": a tally)
            r"\b(?:kwalific\w*|gekwalific\w*|qualif\w*|kwali|quali|startte|startten|starten|start|"
            r"(?<!gp )(?<!many )(?<!prix )(?<!career )starts|started|gestart|grid|"
            r"pole\w*|"
            r"startplek\w*|"
            r"startplaats\w*|"
            r"startpositie|startopstelling|vanaf welke (?:plek|plaats|positie)|"
            r"(?:begon|vertrok) (?:\w+ ){0,2}(?:vanaf|als|van p))\b"
        ),
    ),
    # (typed "wonn", "wnner", "winaar", "winnr")
    (
        "winner",
        re.compile(
            r"\b(?:won|wint|winnaar|winner|gewonnen|zege|victory|win|winst|wonn|wn|wnner|winer|winnr|winaar|"
            r"winnar)\b"
        ),
    ),
    (
        "summary",
        re.compile(
            r"\b(?:gebeurd\w*|gebeurt|happened|happen|went wrong|ging .{0,20}mis|incident\w*|"
            r"(?:was|is) er (?:\w+ )?mis|what was wrong|what(?: wa|')s wrong|"
            # ("hoe ging hij naar het ziekenhuis", "how did he go to hospital": a way, not how he did)
            r"hoe " + _WENT + r"|how did .{0,40} (?:do|go(?! to\b)|get on|fare)|hoe deed|"
            r"hoe verliep|how was|"
            r"what about|vergaan|verging)\b"
        ),
    ),
    (
        "finish",
        re.compile(
            r"\b(?:eindig\w*|geeindigd|finish\w*|gefinisht|resultaat|result|uitslag|einduitslag|(?:eind)?klassering|"
            r"positie|"
            r"position|plaats|plek|werd|geworden|came|klasseerde|geklasseerd|classified|where did|waar)\b"
        ),
    ),
]
# "how big" a penalty was: answered only by a penalty fact that has its size
_SIZE_WORD_RE = re.compile(
    r"\b(?:hoe?vee?l|hoe (?:groot|grote|zwaar|zware|lang|lange)|how much|how big|how long|how many|"
    r"how (?:heavy|severe|harsh))\b"
)
# a unit, and the number before it if any: "seconden" alone asks a size, "5 sec" tells one
_UNIT_RE = re.compile(
    r"(?:\b(" + CARDINAL_RE + r")[ -]?)?\b(?:seconden|seconds|seconde|second|secs?|plaatsen|plekken|places)\b"
)


_SECONDS_Q_RE = re.compile(r"\b(?:sec|secs|seconde|seconden|second|seconds|strafseconden)\b")
_NEEDS_IF_Q_RE = re.compile(r"\b(?:need|needs|needed|nodig)\b[^?]{0,60}\b(?:if|als|wanneer|indien)\b")
_ELSE_Q_RE = re.compile(r"\b(?:what else|wat (?:\w+ ){0,3}nog meer|what more)\b")
_WH_NOT_SUMMARY_RE = re.compile(
    r"\b(?:welk|welke|which|whose|wiens|wanneer|when|hoeveel|how many|how much|hoe vaak|how often|hoe lang|"
    r"how long)\b"
)
# ("where max monaco 2021", "where was max": his place; "where does he receive": something else)
_WHERE_Q_RE = re.compile(r"\bwhere (?:does|do|did|will|can)\b|\bwaar (?:\w+t|kan|kon|zal|zou|ging|gaat)\b")
_PLACE_VERB_BEFORE_RE = re.compile(r"\b(?:werd|eindigde|finishte|was|finished|came|werden)\s+$")
_PLACES_Q_RE = re.compile(r"\b(?:plaatsen|plekken|places|posities|positions|gridplaatsen)\b")


def unit_asked(folded: str) -> str | None:
    """The unit of a penalty's size a folded question names: "s" ("hoeveel sec"), "places", or None."""
    if _SECONDS_Q_RE.search(folded):
        return "s"
    return "places" if _PLACES_Q_RE.search(folded) else None


def size_told(folded: str) -> int | None:
    """The size a folded question gives a penalty ("waarom kreeg hij 10 sec straf": 10), or None."""
    for m in _UNIT_RE.finditer(folded):
        if m.group(1) is not None:
            return cardinal_value(m.group(1))
    return None


def asks_size(folded: str) -> bool:
    """Whether a folded question asks how big something was: "hoeveel seconden", typed loosely ("hoevel"), or
    a unit with no number ("leclerc straf suzuka seconden"; "waarom kreeg hij 5 sec straf" tells the size)."""
    if _SIZE_WORD_RE.search(folded):
        return True
    return any(m.group(1) is None for m in _UNIT_RE.finditer(folded))


# "grid position", "startplek", "starting position": a start place named
_START_PLACE = r"(?:grid|start|starting)[ -]?(?:position|positie|plek|plaats|spot|slot|place)"
_FINISH_ASKED_RE = re.compile(
    r"(?:^|\s)p\?|\b(?:welke plek|welke plaats|welke positie|what position|which position|final result|"
    r"eindigde|eindig|finish(?:ed)?|uitslag|einduitslag|klassering|eindpositie|eindplaats|eindplek|eindklassering|"
    r"end(?:ed)? up|"
    r"final position|finishing position|" + _START_PLACE + r")\b"
)
# "hungary 2021 podium after seb got dsq'd": a noun that asks who, like "who"
_WHO_NOUN_Q_RE = re.compile(r"\b(?:podium|winnaar|winner|top ?(?:3|drie|three))\b")
_START_PLACE_Q_RE = re.compile(r"\b" + _START_PLACE + r"\b")
# Points that are a gap ("hoeveel punten voorsprong") or one race's haul ("scoorde in Imola") are no total.
# a start told as known, then the finish asked after a comma or "but": "started on pole, finished where?",
# "begon als 14e in spa 2022, waar eindigde hij" (the question is the part after the first comma; each part is
# read once, so a long question costs linear time)
# (it only starts at the text's start or after a separator: searched anywhere, it stays linear too)
_FIRST_CLAUSE_RE = re.compile(r"(?<![^,;?])(?P<given>[^,;?]*)[,;]\s*(?:(?:but|maar)\s+)?")
_START_TOLD_RE = re.compile(r"\b(?:started|starting|begon|startte|gestart|vertrok)\b")
_FINISH_IN_ASK_RE = re.compile(r"\b(?:finish\w*|eindig\w*|hoeveelste|welke plek|which place|what place)")
# a pole told as known beside a finish asked: "uitslag na pole", "where did he finish from pole"
_POLE_TOLD_RE = re.compile(
    r"\b(?:na|vanaf|van|after|from|off) (?:de |zijn |een |his |the |a )?(?:pole ?position|pole)\b"
)
_RESULT_IN_ASK_RE = re.compile(
    r"\b(?:finish\w*|eindig\w*|uitslag|result|resultaat|end(?:ed)? up|hoeveelste)\b"
)


def _asked_after_start(f: str) -> str:
    """The part of folded question ``f`` that asks, after a start the fan tells: the whole when none."""
    first = _FIRST_CLAUSE_RE.match(f)
    if first and _START_TOLD_RE.search(first.group("given")) and _FINISH_IN_ASK_RE.search(f, first.end()):
        return f[first.end() :]
    event = _EVENT_TOLD_RE.match(f)
    if event:
        return f[event.end() :]  # "gasly dnf in austin 2021, where did tsunoda finish": what follows asks
    pole = _POLE_TOLD_RE.search(f)
    if pole and _RESULT_IN_ASK_RE.search(f):
        return f[: pole.start()] + f[pole.end() :]
    # "ocon dsq cota 2018 wie schoof door naar p8": a penalty the fan tells, then who holds a place; "riciardo
    # gridstraf jeddah 2022 vanaf waar start hij": then where he starts
    told = _PENALTY_TOLD_RE.search(f)
    who = WHO_RE.search(f, told.end()) if told else None
    if who and _POS_RE.search(f, who.end()):
        return f[who.start() :]
    start = _START_ASKED_RE.search(f, told.end()) if told else None
    if start:
        return f[start.start() :]
    return f


# an event the fan tells, then a question after the comma: "gasly dnf in austin 2021, where did tsunoda
# finish", "max viel uit in bahrein, wie won er"
_EVENT_TOLD_RE = re.compile(
    r"^[^,?]*\b(?:dnf|dnfd|retired|crashed|crashed out|uitgevallen|viel uit|uitval|crashte|gecrasht|"
    r"disqualified|dsq|gediskwalificeerd)\b[^,?]*,\s*"
    r"(?=(?:and |en |but |maar )?(?:where|who|what|which|how|waar|wie|wat|welke|hoe)\b)"
)
# events asked that another event named only places in time ("which drivers collided before the safety car")
_EVENT_INTENTS = ("collision", "crash", "retirement")
# a start asked after a penalty told: "vanaf waar start hij", "where does he start"
_START_ASKED_RE = re.compile(
    r"\b(?:vanaf waar|van waar|waar start|waar begint|startplek|startpositie|where does \w+ start|"
    r"where will \w+ start|where did \w+ start|from where|grid (?:slot|position))\b"
)
# a penalty told in a fragment before the question ("ocon dsq cota 2018 wie ...")
_PENALTY_TOLD_RE = re.compile(r"\b(?:dsq|diskwalificatie|gediskwalificeerd|disqualif\w*|\w*straf|penalty)\b")
# a place in the standings asked beside the points ("championship position and points", "plek en punten in
# het WK"; not "punten voor zijn vijfde plaats": a race's place)
_STANDING_AND_POINTS_RE = re.compile(
    r"^(?=.*\b(?:championship|kampioenschap|wk|standings?|stand|klassement)\b)"
    r"(?!.*\b" + ORDINAL_RE + r"\b)"
    r".*\b(?:position|positie|plaats|plek|place|ranking|klassering)\b"
)
_POINTS_NOT_TOTAL_RE = re.compile(
    r"\b(?:voorsprong|achterstand|verschil|meer|minder|lead|gap|ahead|behind|clear|difference|"
    r"scoorde\w*|kreeg|krijgt|haalde|pakte|score[ds]?|got|get|gets|earn\w*|won|"
    r"for (?:his|the) (?:win|sprint)|"
    r"voor (?:zijn|de)|verloor|verloren|lost|kostte|cost)\b"
)
_HOW_MANY_WINS_RE = re.compile(r"\b(?:how many|hoeveel|hoe vaak|how often)\b")
_CRASH_ASKED_RE = re.compile(r"\b(?:crash\w*|gecrasht|verongelukte|in de muur|into the wall|hit the wall)\b")
_CHAMPION_Q_RE = re.compile(r"\b(?:wereldkampioen|kampioen|champion|world champion)\b")
# ("hoe vielen de Ferrari's uit", "how did Leclerc retire": how it came about is why)
_WHY_RE = re.compile(
    r"\b(?:waarom|why|reden|reason|hoezo|how come|waardoor|waarvoor|what for|oorzaak|cause)\b"
    # "y does valtteri start at the back": "why" as fans type it
    r"|^(?:y|wy) (?:does|did|do|is|was|were|has|had)\b"
    r"|^hoe (?:\w+ ){0,4}uit\b|^how did \w+ (?:\w+ )?retire\b|\bwat ging er mis\b|\bwhat went wrong\b"
    r"|\bwat (?:was|is) er (?:\w+ )?mis\b|\bwhat(?:'s|s| was| is| were| are) wrong\b"
    # "what did seb blame for his quali": the cause he gave
    r"|\bwhat (?:did|does) \w+ blame\b|\bwaar (?:gaf|geeft) \w+ (?:de schuld|het de schuld) aan\b"
)
_REFERENCE_BEFORE_RE = re.compile(r"\b(achter|behind|na|after|ahead of|in front of|voor)\s+$")
_START_Q_RE = re.compile(
    r"\b(?:start|starten|startte|startplek|startpositie|grid|gridplek|started|starts|starting|vanaf welke)\b"
)
WHO_RE = re.compile(r"\b(?:wie|who|welke coureurs?|which drivers?)\b")
# the lead asked at a moment of the race: "wie lag er na de start voorop", "who led after lap 1"
_LEAD_ASKED_RE = re.compile(
    r"\b(?:voorop|op kop|aan kop|eraan kop|aan de leiding|de leiding|in de leiding|leidde|leidt|"
    r"led|leads|leading|in the lead|in front)\b"
)
_WHO_OPENS_RE = re.compile(r"\W*(?:wie|who)\b")
_PLACE_INTENTS = frozenset({"grid", "finish", "winner", "qualifying", "position"})
# a what-question of another verb than a place's, or a how-many of another thing than places or points
_ASKS_ANOTHER_THING_RE = re.compile(
    r"\W*(?:what|wat) (?:did|does|do|will|would|has|have|had|heeft|deed|doet|zal|moet|moest) (?:\w+ ){1,2}?"
    r"(?:save|saved|use|used|change|changed|need|needs|want|wants|try|tried|break|broke|forget|forgot|fix|fit|"
    r"fitted|wear|wore|expect|hope|plan|prefer|choose|chose|test|bring|brought|keep|kept|promise|sparen|"
    r"spaarde|gebruik\w*|nodig|veranderd\w*|vergeten|proberen|probeerde)\b"
    r"|.*\b(?:hoeveel|how many) "
    r"(?:runs?|pogingen|attempts|rondjes|sets|stints|stops|pitstops|banden|tyres|liters|litres|km|kilometer\w*)\b"
)
_WHICH_OPENS_RE = re.compile(r"\W*(?:welke|which|what)\b")
_BESIDE_Q_RE = re.compile(
    # (not "naast": "wie starten er nog meer achteraan naast Tsunoda" asks who else, besides him)
    r"\b(?:achter|behind|ahead of|in front of)\s+(?:de |het |the )?"
)
_NAME_REACH = 30  # characters after "achter" where the driver it is of is named
_OBJECT_Q_BEFORE_RE = re.compile(r"\b(?:door|van|by|of|met|with|into|tegen|against)\s+(?:de |het |the )?$")
_SPRINT_RE = re.compile(r"\bsprint\w*")
_RUN_MOMENT_RE = re.compile(
    r"\bon (?:his|her) (?:last|final|first) (?:q[123] )?(?:lap|run|attempt)\b"
    r"|\bin (?:zijn|haar) (?:laatste|eerste) (?:q[123][- ])?(?:ronde|run|poging)\b"
)
# the sprint named as a moment ("after the sprint") or denied ("niet de sprint", "not the sprint race"): the
# question is not about the sprint
_AFTER_SPRINT_RE = re.compile(
    r"\b(?:after|following|na|door|niet|not|geen|no) (?:the |de |zijn |his )?sprint(?:race)?\b"
)
_YEAR_RE = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
_POS_RE = re.compile(r"(?<![\w-])(" + ORDINAL_RE + r")(?![\w-])")
_NUMBER_BEFORE_SECOND_RE = re.compile(r"(?:\b(?:\d+|" + CARDINAL_RE + r")|half a|a)[\s-]$")
_HOME_RE = re.compile(r"\b(?:thuisrace|thuis-gp|home race|home grand prix|home gp)\b")
_FOLLOWUP_START_RE = re.compile(r"^\W*(?:en|and|ook|also|what about|how about|en wat|maar|but|of|or)\b")
_BACKREF_RE = re.compile(
    r"\b(?:daar|there|dan|then|hij|he|him|zijn|his|die race|that race|dat jaar|that year|toen|ook|too|also|"
    r"ze|zij|she|her|hem)\b"
)
_RACE_NAMED_RE = re.compile(r"\b(?:de|the) (?:race|hoofdrace|main race|grand prix|gp)\b|\bhoofdrace\b")
# "stond Gasly op het podium?", "was Gasly on the podium?", "did Gasly finish on the podium?"
_COMPANION_ON_PODIUM_Q_RE = re.compile(
    r"\b(?:met|naast|with|joined|join|alongside)\s+[\w'-]+(?:\s+[\w'-]+)?\s+(?:op het|on the) podium\b"
)
_ON_PODIUM_Q_RE = re.compile(r"\s*(?:stond|staat|eindigde|finishte|kwam|was|is|did|finished)\s")
_DROPPED_BY_PENALTY_Q_RE = re.compile(
    r"\b(?:zakte|zakt|viel|valt|tuimelde|kukelde|dropped|drop|fell|fall|demoted|relegated)\b[^?]{0,40}"
    r"\b(?:door|na|vanwege|wegens|because of|after|due to) (?:de|die|deze|zijn|zn|the|his|that) "
    r"(?:\w+ )?(?:straf|tijdstraf|penalty)"
    # "alonso austin 2022 from 7th to p? after the penalty": a place asked, the penalty closing the question
    r"|\b(?:to|naar) (?:p\?|p\b|which place|what place|welke plek|welke plaats)\s*(?:after|na) "
    r"(?:de|die|the|his|that) (?:\w+ )?(?:straf|tijdstraf|penalty)"
)
# "voor de tijdstraf", "before his penalty", "op de weg": the place before a penalty changed it
_BEFORE_PENALTY_Q_RE = re.compile(
    r"\b(?:voor|vóór|before) (?:de|die|zijn|zn|z'n|his|the|that|een|a) (?:\w+ )?(?:tijd)?"
    r"(?:straf|penalty|penalties|dsq|diskwalificatie|disqualification)\b"
    # ("before dsq", "voor diskwalificatie": the word without its article)
    r"|\bbefore (?:dsq|disqualification|penalty|penalties)\b|\b(?:voor|vóór) (?:dsq|diskwalificatie)\b"
    r"|\b(?:op de weg|on the road|on track)\b"
    # "where did kubica actually cross the line", "waar kwam hij eigenlijk over de streep": on the road
    r"|\b(?:actually|really|eigenlijk|werkelijk|feitelijk)\s+(?:cross(?:ed)?\s+the\s+(?:line|finish)|"
    r"over\s+de\s+(?:streep|finish))"
)
# "podium frankrijk, stond checo erbij?", "podium spa - was lando on it?": the podium named before
_ON_IT_Q_RE = re.compile(r"\b(?:stond|staat|was|zat|is)\s+[\w'-]+\s+(?:er ?bij|er ?op|on it|there)\b")
# "wie eindigde achter Stroll", "who finished ahead of Russell" (``_REFERENCE_BEFORE_RE``): the driver next
# to him in the result
_AHEAD_WORDS = frozenset({"voor", "ahead of", "in front of"})
_REFERENCE_WORD_RE = re.compile(r"\b(achter|behind|ahead of|in front of)\s+([a-z][\w'-]{2,})")
# "wie hield Gasly nipt achter zich", "who held off Hamilton": who of the two was ahead, the words do not
# always say (Dutch puts either first): someone else than the one named, never his own place
_KEPT_BEHIND_Q_RE = re.compile(
    r"\b(?:hield|houdt|hielden|houden) (?:\w+ ){0,3}achter (?:zich|hem)\b|\b(?:held|holds|kept|keeps) "
    r"(?:off|at bay|behind)\b"
)
_WINNER_AND_SECOND_Q_RE = re.compile(
    r"\b(?:winnaar|winner|won|wint)\b[^?]{0,25}\b(?:en|and|&)\s+(?:wie\s+(?:werd\s+)?|who\s+(?:was\s+)?)?"
    r"(?:de\s+|the\s+)?(?:tweede|second|2e|2nd|p2|runner-up|nummer twee)\b"
)
# "what happened", "wat gebeurde er": an event asked (the moment after it says which)
_WHAT_HAPPENED = r"\b(?:what happen\w*|wat (?:gebeurde|is er gebeurd|ging er mis)|wat overkwam)\b"
_HAPPENED_BEFORE_START_RE = re.compile(
    _WHAT_HAPPENED + r".*\b(?:before|voor|vóór) (?:the |de )?(?:start|race|wedstrijd)\b"
)
_HAUL_IN_RACE_RE = re.compile(
    r"\b(?:pakte|pakt|scoorde|scoort|haalde|kreeg|scored|got|earned|took)\b[^?]{0,40}\b(?:in|at|bij|op)\b"
)
_TOTAL_ASKED_RE = re.compile(r"\b(?:na|after|totaal|total|stand|standings|klassement|in het wk|overall)\b")
_COUNT_NOUN_Q_RE = re.compile(
    r"\b(?:hoeveelste|how manyth)\s+(?:uitvalbeurt|uitvaller|opgave|dnf|crash|straf|gridstraf|"
    r"tijdstraf|podiumplaats|podiumfinish|start|seizoen|pitstop|puntenfinish)\b"
)
_STATE_OF_Q_RE = re.compile(
    r"\bhow (?:was|is|were|are) (?:\w+['’]?s|his|her) (?!race|weekend|result|day|afternoon|qualifying|quali|"
    r"start|sprint|season|grand prix|gp|finish)\w+"
)
_WHICH_RACE_Q_RE = re.compile(
    r"\b(?:welke|which|what|in welke|in which|at which)\s+"
    # ("welke sprint had max al eerder gewonnen voor imola 2022": another sprint than the one named)
    r"(?:race|races|grand prix|gp|grands prix|wedstrijd|sprint|sprints|sprintrace|sprint race)\b"
    # ("which sprint race winner started from pole": a driver asked, the race named)
    r"(?!\s+(?:race\s+)?(?:winners?|winnaars?|leaders?|leiders?|drivers?|coureurs?|rijders?))"
)
_WHICH_OTHER_Q_RE = re.compile(r"\b(?:welke andere|which other|what other)\s+(?:race|grand prix|gp|races)\b")
# "what happened at start", "wat gebeurde er bij de start": an event asked, not where he started from
_HAPPENED_AT_START_RE = re.compile(_WHAT_HAPPENED + r".*\b(?:at|in|on|bij) (?:the |de )?start\b")
_STRANDED_REFERENCE_RE = re.compile(
    r"\b(?:who|whom)\s+(?:did|was|were)\s+[\w'-]+\s+(?:\w+\s+)?(?:finish\w*|end up|come home)\s+"
    r"(?:just\s+|right\s+|directly\s+)?(ahead of|in front of|behind)(?=\s+(?:in|at)\b|\s*\??$|\s+\d{4})"
)
_FINISH_VERB_Q_RE = re.compile(
    r"\b(?:eindig\w*|finish\w*|kwam \w+ (?:binnen|over de streep)|werd|came home|was)\b"
)
# "hoe kwam X langs Y", "how did X get past Y": the manner of something, not how his race went
_MANNER_RE = re.compile(
    r"\s*(?:hoe|how)\b(?!\s+(?:" + _WENT + r"|verliep|deed|was|did \w+ do|did \w+ get on|went))"
)
# a question that opens with its verb asks yes or no ("was Verstappen in het ziekenhuis?", "is he ok?")
# the stewards' verdict asked: "hoe beoordeelden de stewards het contact", "what did the stewards decide"
_VERDICT_Q_RE = re.compile(
    r"\b(?:hoe|wat) (?:beoordeelden|oordeelden|vonden|besloten|beslisten|zagen) (?:de )?(?:stewards|"
    r"commissarissen|wedstrijdleiding|fia)\b"
    r"|\b(?:oordeel|besluit|beslissing|uitspraak|verdict|decision|ruling) (?:van |of )?(?:de |the )?"
    r"(?:stewards|commissarissen|wedstrijdleiding|fia)\b"
    r"|\b(?:how|what) did (?:the )?(?:stewards|fia|race control) "
    r"(?:judge|rule|decide|see|view|assess|make of)\b"
)
# "before 2020", "prior to 2019", "de laatste ... voor 2020": a year named as the bound of a look back
_BEFORE_YEAR_Q_RE = re.compile(
    r"\b(?:before|prior to|until|up to)\s+(?:19|20)\d\d\b"
    r"|\b(?:laatste|vorige|last|previous)\b.*\b(?:voor|vóór)\s+(?:19|20)\d\d\b"
)
_ONE_OF_HISTORY_Q_RE = re.compile(
    r"\b(?:last|previous|laatste|vorige)\s+(?:[\w-]+\s+){0,2}(?:\w+-)?"
    r"(?:winner|winnaar|driver to win|to win)\s+(?:before|voor|prior to)\b"
    r"|\b(?:first|eerste)\s+(?:[\w-]+\s+){0,2}(?:\w+-)?"
    r"(?:winner|winnaar|driver to win|to win)\s+(?:since|sinds)\b"
)
_YES_NO_OPENING_RE = re.compile(
    r"\s*(?:was|is|had|heeft|werd|wordt|kreeg|krijgt|moest|moet|kon|kan|zat|did|does|do|has|were|got|could)\s"
)
# a remark after the question mark: "? hij startte toch als laatste", "? he started last, right"
_REMARK_AFTER_RE = re.compile(
    r"(?<=\?)\s+(?=(?:hij|zij|ze|ik|want|omdat|he|she|i|because|since)\b[^?]*$)", re.IGNORECASE
)
# (not the Dutch "last van", "had last": trouble, "waar had max last van")
_LAST_Q_RE = re.compile(
    r"\b(?:laatste|last)\b(?!\s+(?:race|ronde|lap|keer|time|jaar|year|seizoen|season|van|gehad|had|heeft)\b)"
)
# a start at the back asked: "who starts at the back", "welke rijders moesten achteraan starten"
_BACK_Q_RE = re.compile(
    r"\b(?:helemaal achteraan|achteraan|achterin|(?:at|from) the (?:very )?(?:back|rear)|"
    r"achterste (?:plek|positie|startplek|startpositie))\b"
)
_START_WORD_Q_RE = re.compile(r"\b(?:start\w*|vertrek\w*|vertrok\w*|grid)\b")
# "wie was het snelst in de kwalificatie", "who was fastest in qualifying" (not in a part of it: "in Q1")
_FASTEST_IN_QUALI_Q_RE = re.compile(
    r"\b(?:wie|who)\b.*\b(?:het snelst|de snelste|snelste|fastest|quickest)\s+(?:was\s+)?"
    r"(?:in|tijdens|during)\s+"
    r"(?:de |the )?(?:kwalificatie|kwali|qualifying|quali|q3)\b"
)
_COMPARED_Q_RE = re.compile(r"\b(?:dan|than|vs|versus|of|or|tussen|between|sneller|faster)\b")
# "het laatste punt", "the final point": the tenth place, in the seasons the top ten score
_LAST_POINT_Q_RE = re.compile(r"\b" + results.LAST_POINT_WORDS + r"\b")
# a remark after a comma that asks to be agreed with: "wie had pole in jeddah, max crashte toch?", "..., he
# started last right?"
_TAG_REMARK_RE = re.compile(r"\s*,\s*(?=[^,?]*\b(?:toch|right|niet dan|or not)\s*\??\s*$)", re.IGNORECASE)
# (the podium's interviews, ceremony or celebrations are no places: "who did the podium interviews")
# "dutch gp 2022 top 3": the three asked, however long the fragment
_TOP_THREE = r"\btop[- ]?(?:3|drie|three)\b"
_TOP_THREE_RE = re.compile(_TOP_THREE)
_PODIUM_RE = re.compile(
    # (typed "podiun", "poduim", "podum")
    r"\bpod(?:ium|iun|uim|um)\b(?!(?:[- ]?(?:interview|ceremon|celebrat|viering|feest|speech|presenta))|s?\w)"
    r"|" + _TOP_THREE
)
_BESIDES_RE = re.compile(
    r"\b(?:naast|behalve|buiten|besides|apart from|other than|except(?: for)?|aside from) [\w' -]{1,30}"
    r"\b(?:ook|nog|also|too|else)\b"
    r"|\b(?:who else|wie nog meer|wie verder|wie anders)\b"
)
_CAUSED_BY_BEFORE_RE = re.compile(
    r"\b(?:door|vanwege|dankzij|because of|due to|thanks to|caused by)\s+$"
    # "wie kreeg de tweede plek van Vettel", "who inherited the win from Hamilton": the one after him
    r"|\b(?:plek|plaats|positie|podiumplek|podiumplaats|pole|zege|overwinning|place|position|spot|podium|win|"
    r"victory)\s+(?:van|of|from)\s+$"
)
# Drivers of the past that no season of the reference holds, named in a question ("senna hoeveel zeges? max
# nadert hem"): the question is about them, whom no fact of ours tells, not about the driver beside them
# (not one whose surname a driver of ours shares: "Michael Schumacher" is read as a Schumacher of ours, and
# the official results tell the two apart)
_LEGENDS = (
    "senna",
    "prost",
    "lauda",
    "fangio",
    "jim clark",
    "jackie stewart",
    "mansell",
    "piquet",
    "hakkinen",
    "damon hill",
    "graham hill",
    "coulthard",
    "barrichello",
    "jenson button",
    "mark webber",
    "felipe massa",
    "nico rosberg",
    "keke rosberg",
    "gilles villeneuve",
    "jacques villeneuve",
)
_PART_NAMED_RE = re.compile(r"\bq[123]\b")
#: "uitslag zandvoort 2024", "results monza", "top 10 spa": the result of a race asked as a list
RESULTS_Q_RE = re.compile(
    r"\b(?:uitslag|einduitslag|results?|classification|klassement|"
    r"top[ -]?(\d{1,2}|vijf|zes|tien|five|six|ten))\b"
)
_BETWEEN_Q_RE = re.compile(r"\b(?:tussen|between)\b")
_LEGEND_RE = re.compile(r"\b(" + "|".join(_LEGENDS) + r")(?:'?s)?\b")
_CAREER_FIRST_RE = re.compile(
    r"\b(?:allereerste|first[- ]ever|very first|maiden|eerste (?:\w+ ){0,3}ooit|voor het eerst|"
    r"for the first time)\b"
)
# "hoeveelste" alone: a place (a count names its noun: "de hoeveelste zege", which the count cue takes)
_HOW_MANYTH_RE = re.compile(
    r"\bhoeveelste\b(?!\s+(?:\w+\s+)?(?:zege|overwinning|pole|podium|keer|race|titel|gp))"
)
# "who topped the shootout", "wie was de snelste in de sprintkwalificatie": its first place
_TOPPED_Q_RE = re.compile(r"\b(?:won|wint|win|topped|tops|top|fastest|snelste|bovenaan|beste|quickest)\b")
# (a sprint is a race of its own: "hamilton sprint brazilie als hoeveelste" asks its place;
# "sprintkwalificatie", "sprintstart" are starts)
_QUALI_OR_START_Q_RE = re.compile(r"\b(?:sprint)?(?:kwali\w*|quali\w*|grid\w*|start\w*|pole\w*)\b")
# ("what did max do for the first time in one weekend": one deed, a first)
_DID_THAT_RE = re.compile(
    r"\b(?:wat deed|what did)\b[^?]{0,60}\b(?:dat|that|wat|which|for the first time|voor het eerst)\b"
)
_SHORT_YEAR_AFTER_RE = re.compile(
    r"\s+['’]?(1[89]|2[0-9])\b(?!\s*(?:e|de|ste|th|st|nd|rd|ronde|rondes|laps?)\b)"
)
# "the year before 2021", "het jaar voor 2021": the season next to the year named
_YEAR_BEFORE_RE = re.compile(
    r"\b(?:the year|the season|het jaar|het seizoen|een jaar) (?:before|voor|vóór)\s+$"
)
_YEAR_AFTER_RE = re.compile(r"\b(?:the year|the season|het jaar|het seizoen|een jaar) (?:after|na)\s+$")
_PERSON_NOUN_AFTER_RE = re.compile(
    r"\s+(?:winnaar|winner|coureurs?|drivers?|rijders?|kampioen|champion|fans|held|talent|rookie|coureur)\b"
)
# "monaco gp 2022 preview, who won there the year before": the year before the one named, told after it
_YEAR_BEFORE_END_RE = re.compile(
    r"\b(?:the year before|the previous year|a year earlier|het jaar (?:ervoor|daarvoor)|een jaar eerder"
    r"|het vorige jaar)\b(?!\s+\d)"
)
# A season's total, not one race's haul: "hoeveel punten haalde Bottas in het seizoen 2020".
_SEASON_TOTAL_RE = re.compile(
    r"\b(?:in|over) (?:het|heel het|the|the whole) (?:seizoen|season)\b|\bin (?:totaal|total)\b"
)
WITH_WHOM_RE = re.compile(r"\b(?:met|tegen) wie\b|\bwith whom?\b|\bwho with\b")
# A driver named after a "who" question ("wie won?" then "en Norris?") asks that driver's own result.
_WHAT_ASKED_RE = re.compile(r"\b(?:wat|what)\b(?!\s+(?:happened|gebeurde|is er gebeurd|deed|did \S+ do)\b)")
_HOLDER_TO_DRIVER = {"winner": "finish", "position": "finish", "crash": "summary"}
#: Attributes answered per race: a question naming one needs its Grand Prix to be complete.
_RACE_INTENTS = frozenset(
    {
        "winner",
        "position",
        "finish",
        "grid",
        "pitlane",
        "collision",
        "penalty",
        "disqualification",
        "retirement",
        "summary",
        "crash",
        "podium",
    }
)
# Words that make a question about motor racing: without them, a question with no driver and nothing asked
# is off-topic, and a country in it is no Grand Prix.
_RACING_RE = re.compile(
    r"\b(?:f1|formule|formula|grand prix|gp|race\w*|sprint\w*|kwalificatie\w*|qualif\w*|coureur\w*|"
    r"driver\w*|team\w*|seizoen\w*|season\w*|circuit\w*|wk|kampioen\w*|champion\w*|pole|podium\w*|"
    r"punten|points|ronde\w*|laps?|pit\w*|start\w*|finish\w*|eindig\w*|won|wint|winnaar|winner|"
    r"crash\w*|straf\w*|penalt\w*|uitslag|result\w*|grid|auto|car|bolide|monoposto)\b"
)
_STOP = frozenset(
    """hoe wie wat waar waarom welke wanneer de het een en van in op met er zich is was werd wordt
    eindigde gebeurde kreeg the a an and of in on at with who what where why which how did does do to for
    finish finished race grand prix gp won win wint winnaar season seizoen kampioenschap championship
    crashte botste straf penalty tijdstraf plek plaats positie position happened gebeurd voor naar over
    deed ging het hem him his zijn hij he she ze zij daar there dan then also ook nog even eens ooit
    jaar year sprint sprintrace start startte startten kwalificeerde qualified pole waarom get got kwam came
    last laatste first eerste tweede derde second third mexicaanse britse uit uitgevallen retire retired
    diskwalificatie gediskwalificeerd disqualified kaartje kost hoeveel ticket""".split()
)


def season_total(f: str) -> bool:
    """The points asked are a season's total ("in het seizoen 2020"), not a gap or one race's haul."""
    return bool(_SEASON_TOTAL_RE.search(f)) and not re.search(
        r"\b(?:voorsprong|achterstand|verschil|lead|gap|behind|ahead)\b", f
    )


def asked_intent(f: str) -> str | None:
    """The fact kind a folded question asks. A cue in the question itself outweighs one in a constraint
    ("na zijn straf", "after the collision", "nadat ..."); among equals the table's order decides."""
    core = without_constraints(f)
    if core != f:
        # A cue only in the constraint does not say what is asked: "wie interviewde Max na zijn zege"
        # asks no winner.
        return next((name for name, rx in _INTENTS if rx.search(core)), None)
    return next((name for name, rx in _INTENTS if rx.search(f)), None)


def is_off_topic(q: Query, f: str) -> bool:
    """A question with no driver, nothing asked and no racing word ("wat is de hoofdstad van Frankrijk")."""
    return (
        not q.drivers
        and not q.suggestions
        and q.intent is None
        and q.unsupported in (None, "when")  # "hoe laat is het in Japan" asks no race's moment
        and not q.why
        and len(f.split()) >= 4
        and not _FOLLOWUP_START_RE.search(f)
        and not _RACING_RE.search(f)
        # ("wie werden 2 en 3 in de kwalie van monaco 2018": a race with its year is racing)
        and not (q.grand_prix and q.season)
    )


def is_complete(q: Query) -> bool:
    """A question that says what it asks, about whom or what, and where: it needs nothing from before."""
    if q.asked is None:
        return False
    if q.intent in ("championship", "points") and q.unsupported is None:
        return q.season is not None
    if q.intent in _RACE_INTENTS or q.unsupported is not None:
        return q.grand_prix is not None
    return False


_FUZZY_FORENAME_LEN = 7
_FORENAME_CUTOFF = 85


# a place or the lead taken from someone, asked of the one it was taken from
_TAKEN_FROM_RE = re.compile(
    r"\b(?:from whom?|van wie)\b[^?]{0,40}\b(?:take|took|taken|takes|grab\w*|snatch\w*|pakte|pakt|nam|neemt|"
    r"afpakte|afgepakt|overnam|overgenomen)\b"
    r"|\b(?:take|took|taken|grab\w*|snatch\w*|inherit\w*) (?:[\w']+ ){0,3}from\s*(?:in\b|at\b|$|\?)"
    r"|\bwie (?:verloor|verloren|moest|moesten) \w+ (?:[\w']+ ){0,3}aan\b"
    # "who beat russell to pole", "wie klopte russell voor pole": the one who beat the driver named
    r"|\b(?:who|wie) (?:beat|pipped|edged|denied|outqualified|versloeg|klopte|troefde) \w+"
)


_FRAGMENT_WORD_RE = re.compile(r"[\w'-]+")
_RACE_FILLER_WORDS = frozenset("gp grand prix grote prijs race van de het the of in op at te".split())


class QuestionParser:
    """Turns question text into a ``Query``."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gz = gazetteer or load_gazetteer()
        ref = self.gz.ref
        # Fuzzy candidates: surnames, nicknames and full names (folded) -> driver id.
        self._fuzzy_names: dict[str, str] = {}
        self._fuzzy_forenames: dict[str, str] = {}
        for d in ref.drivers:
            for name in (d.surname, d.full_name, *d.nicknames):
                self._fuzzy_names.setdefault(fold(name), d.id)
            # ("valteri", "sebastien": a long forename only one driver has; a short one is too near words
            # of its own, "lane" to "Lance")
            forename = fold(d.forename.split()[0])
            if len(forename) >= _FUZZY_FORENAME_LEN and forename in self.gz.unique_forenames:
                self._fuzzy_forenames.setdefault(forename, d.id)
        self._fuzzy_gp = {
            name: keys for name, keys in {**self.gz.gp_alias, **self.gz.gp_adj}.items() if len(name) >= 4
        }
        self._fuzzy_gp_pairs = [name for name in self._fuzzy_gp if name.count(" ") == 1]
        # the words a race is named by ("russian", "gp", "sochi"): what a fragment has beside its noun
        self._race_words = frozenset(
            w for name in (*self.gz.gp_alias, *self.gz.gp_adj) for w in name.split()
        ) | _RACE_FILLER_WORDS

    def _fragment(self, f: str) -> bool:
        """Whether folded question ``f`` is at most two words beside the race's name and year."""
        rest = [w for w in _FRAGMENT_WORD_RE.findall(f) if not w.isdigit() and w not in self._race_words]
        return len(rest) <= 2

    def _named_in(self, text: str) -> set[str]:
        """The drivers a folded text names by surname or forename."""
        return {i for h in (*self.gz.drivers(text), *self.gz.forenames(text)) for i in h.ids}

    def _objects_only(self, f: str, drivers: tuple[str, ...]) -> bool:
        """Whether every mention of the ``drivers`` in ``f`` follows a preposition ("door Verstappen", "into
        the path of Verstappen"): the question is about someone else."""
        hits = [h for h in self.gz.drivers(f) if set(h.ids) & set(drivers)]
        return bool(hits) and all(_OBJECT_Q_BEFORE_RE.search(f, max(0, h.start - 12), h.start) for h in hits)

    def _beside_only(self, f: str, drivers: tuple[str, ...]) -> bool:
        """Whether the ``drivers`` are named only after "achter", "behind", "ahead of" ("welke ferrari's
        starten pal achter max"): the question is about who stood next to them."""
        m = _BESIDE_Q_RE.search(f)
        if m is None:
            return False
        after = self._named_in(f[m.end() : m.end() + _NAME_REACH])
        return bool(set(drivers) & after) and not set(drivers) & self._named_in(f[: m.start()])

    def _relative_place(self, f: str, drivers: tuple[str, ...], position: int | None) -> str | None:
        """ "behind_of" or "ahead_of" for a who-question about the one who finished next to a named driver,
        else None."""
        if len(drivers) != 1 or position is not None:
            return None
        if not WHO_RE.search(f) or not _FINISH_VERB_Q_RE.search(f):
            return None
        stranded = _STRANDED_REFERENCE_RE.search(f)
        if stranded:
            # "who did Charles finish just ahead of": the one behind the driver named (a preposition left at
            # the end of its clause, its object the one asked)
            return "behind_of" if stranded.group(1) in _AHEAD_WORDS else "ahead_of"
        for h in self.gz.drivers(f):
            m = _REFERENCE_BEFORE_RE.search(f, max(0, h.start - 16), h.start)
            if m and drivers[0] in h.ids:
                return "ahead_of" if m.group(1) in _AHEAD_WORDS else "behind_of"
        for m in _REFERENCE_WORD_RE.finditer(f):
            # "wie eindigde er achter ricardo": the driver named after it, mistyped
            named, _suggested, _used = self._drivers(m.group(2), None)
            if named == drivers:
                return "ahead_of" if m.group(1) in _AHEAD_WORDS else "behind_of"
        return None

    def parse(self, text: str, context: Topic | None = None) -> Query:
        """Understand ``text``; a short follow-up borrows what it leaves out from ``context``."""
        text = text[:MAX_QUESTION_CHARS]
        remark = _REMARK_AFTER_RE.search(text) or _TAG_REMARK_RE.search(text)
        if remark and self.gz.grands_prix(fold(text[: remark.start()])):
            # "hoeveelste werd max in monaco? hij startte toch als laatste": the remark after the question
            # is what the fan knows, not what he asks
            text = text[: remark.start()]
        f = _fold_question(text)
        lang = detect_language(text)
        year = _YEAR_RE.search(f)
        season = int(year.group(1)) if year else None
        if season is None:
            # "silverstone 18", "oostenrijk '21": two digits right after a race's name are its season
            for h in self.gz.grands_prix(f):
                short = _SHORT_YEAR_AFTER_RE.match(f, h.end)
                if short:
                    season = 2000 + int(short.group(1))
                    break
        if year and season is not None and (
            _YEAR_BEFORE_RE.search(f, 0, year.start()) or _YEAR_BEFORE_END_RE.search(f, year.end())
        ):
            # "who won the belgian gp the year before 2021": 2020; "monaco gp 2022 preview, who won there the
            # year before": 2021
            season -= 1
        elif year and season is not None and _YEAR_AFTER_RE.search(f, 0, year.start()):
            season += 1
        # ("where does Checo start the GP after the sprint": the sprint is when, the GP what; "who won on
        # Sunday, not the sprint": the race)
        sprint = bool(_SPRINT_RE.search(_AFTER_SPRINT_RE.sub(" ", f)))
        drivers, suggestions, used = self._drivers(f, season)
        gp = self._grand_prix(f, used, drivers, season)
        # "sainz spa 2022 started on pole, finished where?": a start the fan tells, then what he asks
        asked = _asked_after_start(f)
        intent = asked_intent(asked)
        if asked != f and len(drivers) > 1:
            # "gasly dnf in austin 2021, where did tsunoda finish": the one asked about is named in what asks
            in_asked = self._named_in(asked)
            drivers = tuple(d for d in drivers if d in in_asked) or drivers
        # "who was second after the disqualification": the only intent cue is in the constraint, which a
        # place asked outweighs
        core = without_constraints(f)
        constrained_only = intent is not None and core != f and asked_intent(core) is None
        if core != f and (WHO_RE.search(core) or _WHO_NOUN_Q_RE.search(core)):
            # "wie kreeg het podium door de straf van Hamilton": the driver in the constraint is not the one
            # asked about (and, when only the constraint has an intent cue, its event is not what is asked)
            in_core = self._named_in(core)
            drivers = tuple(d for d in drivers if d in in_core)
            if constrained_only:
                intent = None
        if core != f and intent == "finish" and len(drivers) > 1:
            # "where did seb end up after max hit him": the one who hit him is not whose finish is asked
            in_core = self._named_in(core)
            drivers = tuple(d for d in drivers if d in in_core) or drivers
        why = bool(_WHY_RE.search(f))
        position = None
        for m in _POS_RE.finditer(asked):
            after = asked[m.end() : m.end() + 12]
            told_place = _PLACE_VERB_BEFORE_RE.search(asked, max(0, m.start() - 16), m.start())
            if (
                re.match(r"\s+(?:race|ronde|rondje|rondes|lap|keer|time|grand|gp|bocht|corner|turn)\b", after)
                and not told_place
            ):
                continue  # ("de 2e gp van het jaar": a race's number; "wie werd 2e gp stiermarken": a place)
            if m.group(1) == "second" and _NUMBER_BEFORE_SECOND_RE.search(
                asked, max(0, m.start() - 12), m.start()
            ):
                continue  # "a five second penalty", "a 10 second stop": seconds, no place
            position = ordinal_value(m.group(1))
            if position:
                break
        top_ten_scores = season is None or season >= results.TOP_TEN_SCORES
        if position is None and _LAST_POINT_Q_RE.search(f) and top_ten_scores:
            # "wie pakte het laatste punt", "who took the final point": the tenth place, the last that scores
            position = 10
        # ("where did he finish after starting last": the last of a constraint is not the place asked)
        # ("hoeveelste werd hij na zijn start achteraan": the back of a constraint is not the place asked)
        unconstrained = without_constraints(f)
        if _LAST_Q_RE.search(unconstrained):
            position = position or -1
        if position is None and _BACK_Q_RE.search(unconstrained) and _START_WORD_Q_RE.search(unconstrained):
            # "who starts right at the back", "wie moest achteraan starten": the last place on the grid
            position = -1
        if position is None and not drivers and WHO_RE.search(f) and _LEAD_ASKED_RE.search(f):
            # "wie lag er na de start voorop?", "who led after lap 1?": the holder of P1 then
            position = 1 if names_moment(f) else None
        who = WHO_RE.search(f) if position and drivers else None
        if who is not None:
            # "wie stond p2 achter Lewis": the driver named after "achter" is where the place is counted
            # from, not the one asked about
            hits = self.gz.drivers(f)
            refs = {
                i
                for h in (*hits, *self.gz.forenames(f))
                if _REFERENCE_BEFORE_RE.search(f, max(0, h.start - 12), h.start)
                for i in h.ids
            }
            drivers = tuple(d for d in drivers if d not in refs)
            named = [h for h in hits if set(h.ids) & set(drivers)]
            if len(drivers) == 1 and named and all(h.end <= who.start() for h in named):
                # "gasly monza 2020 wie werd 2e": the one named before "wie" is the fragment's topic; who
                # was second is asked, not his place
                drivers = ()
        if (
            (intent in ("finish", "summary", None) or constrained_only)
            and position
            and not drivers
            and WHO_RE.search(f)
        ):
            intent = "position"
        if intent == "finish" and _START_PLACE_Q_RE.search(asked):
            intent = "grid"  # "ricciardo china 2018 starting position": the place he started from
        if (
            (intent in ("penalty", "summary", None) or constrained_only)
            and drivers
            and _FINISH_ASKED_RE.search(asked)
            and not why
        ):
            # "where did he finish after his penalty", "verstappen p? mexico": the place is asked ("hamilton
            # start p? na straf": his start place)
            intent = "grid" if _START_Q_RE.search(asked) else "finish"
        if (
            intent in (None, "summary")
            and drivers
            and _HOW_MANYTH_RE.search(f)
            and not names_moment(f)
            and not _QUALI_OR_START_Q_RE.search(f)  # ("checo kwalie qatar hoeveelste": his start)
        ):
            # "max hongarije 2020 hoeveelste ondanks crash": his place, whatever befell him
            intent = "finish"
        if (
            not drivers
            and WHO_RE.search(f)
            and _CRASH_ASKED_RE.search(f)
            and intent in (None, "grid", "summary")
        ):
            intent = "crash"  # "Wie crashte er in Q1?", "Who crashed after the restart?"
        if (
            len(drivers) == 1
            and not why
            and _YES_NO_OPENING_RE.match(f)
            and _CRASH_ASKED_RE.search(f)
            and intent in (None, "summary")
        ):
            intent = "crash"  # "did vettel crash in germany 2018", "is max gecrasht in monaco": his crash
        if (
            intent in (None, "finish")
            and len(drivers) == 1
            and WHO_RE.search(f)
            and _COMPANION_ON_PODIUM_Q_RE.search(f)
        ):
            # "wie stonden er met max op het podium", "who joined max on the podium": the podium, he is on it
            intent, drivers = "podium", ()
        # "hockenheim 2019 podium?", "podium russian gp 2018 sochi?": a fragment (a noun or two beside the
        # race's name and year) asks the who of its noun
        fragment = len(f.split()) <= 4 or self._fragment(f)
        if intent is None and not drivers and position and fragment and gp is not None:
            intent = "position"  # "austin 2022 p3": who was there
        if (
            intent in (None, "finish")
            and not drivers
            and (WHO_RE.search(f) or fragment or _TOP_THREE_RE.search(f))
            and _PODIUM_RE.search(f)
        ):
            intent = "podium"  # "Wie stonden er op het podium in Mexico?": the three drivers of P1-P3
        if intent in (None, "finish", "winner") and not drivers and _WINNER_AND_SECOND_Q_RE.search(f):
            intent = "podium"  # "jeddah 2022 winnaar en tweede": the podium tells both
        if intent in (None, "finish", "winner") and gp is None and _CHAMPION_Q_RE.search(f):
            intent = "championship"  # "wie werd wereldkampioen in 2021?" asks the title, not a race
        if intent == "winner" and drivers and not WHO_RE.search(f):
            intent = "finish"
        if intent == "finish" and drivers and re.search(r"\b(?:hoe " + _WENT + r"|how did|hoe deed)\b", f):
            intent = "summary"
        if intent == "grid" and not drivers and position is None and re.search(r"\bpole\b", f):
            position = 1  # "wie stond op pole?": the holder of P1 on the grid, which a follow-up keeps
        guessed = False  # the intent is a default, not asked: a follow-up may take the previous one
        if (
            intent is None
            and drivers
            and not WHO_RE.search(f)
            and not re.search(r"\b(?:hoeveel|how many|how much|wanneer|when|welke|which)\b", f)
            # "what did Hamilton accuse Verstappen of": a thing asked that no fact holds; his race's
            # summary would answer a neighbouring question ("what did X do" still asks for it)
            and not _WHAT_ASKED_RE.search(f)
        ):
            intent, guessed = "summary", True
        if (
            drivers
            and intent in ("finish", "winner")
            and position is None
            and _WHO_OPENS_RE.match(f)
            and self._relative_place(f, drivers, position) is None
            and self._objects_only(f, drivers)
            and unsupported_attribute(f, ordinal=False) is None  # ("wie werd door Leclerc ingehaald")
        ):
            # "wie werd opgehouden door Verstappen", "who was released into the path of Verstappen": someone
            # else is asked about; Verstappen's own result would answer a neighbouring question
            drivers = ()
        q = Query(
            lang=lang,
            drivers=drivers,
            grand_prix=gp,
            season=season,
            intent=intent,
            session="sprint" if sprint else None,
            position=position,
            why=why,
            suggestions=suggestions,
            text=text,
            # ("bottas eindplek na die lekke band": a finish asked after an event, whose words ask nothing)
            unsupported=unsupported_attribute(
                without_events(f)
                if (intent == "finish" and drivers and not names_moment(f)) or intent in _EVENT_INTENTS
                else f,
                ordinal=position is not None and position > 0,
            ),
            own_subject=bool(drivers or gp),
        )
        if (
            q.intent in ("winner", "finish", "grid", "position", "qualifying", None)
            and q.unsupported is None
            and not q.why
            and shootout.named(f, season)
        ):
            # "who won the sprint shootout", "waar eindigde albon in sq3": a place in sprint qualifying, which
            # is his start in the sprint (its winner the sprint's pole), never the sprint's result
            first = q.intent == "winner" or bool(_TOPPED_Q_RE.search(f))
            q = replace(q, intent="grid", session="sprint", position=1 if first else q.position)
        if len(drivers) == 1 and _DROPPED_BY_PENALTY_Q_RE.search(f) and not q.why:
            # "naar welke plek zakte Alonso door die straf": the place after the penalty as an article tells
            # it, not his result (which an appeal may have changed again)
            q = replace(q, intent="finish", unsupported="after_penalty")
        if len(drivers) == 1 and q.unsupported is None and _BEFORE_PENALTY_Q_RE.search(f) and not q.why:
            # "waar kwam verstappen over de streep voor de tijdstraf": his place on the road, not his result
            q = replace(q, intent="finish", unsupported="before_penalty")
        if len(drivers) == 1 and _PODIUM_RE.search(f) and (_ON_PODIUM_Q_RE.match(f) or _ON_IT_Q_RE.search(f)):
            # "stond Gasly op het podium in Monza?", "was Gasly on the podium?": yes or no, from his place
            q = replace(q, intent="finish", unsupported="on_podium")
        if len(drivers) == 1 and WHO_RE.search(f) and _KEPT_BEHIND_Q_RE.search(f):
            q = replace(q, unsupported="someone_else")
        relative = self._relative_place(f, drivers, position)
        if relative is not None:
            # "wie eindigde achter Stroll", "who finished ahead of Russell": the one next to him in the
            # result, never his own place
            q = replace(q, intent="finish", unsupported=relative)
        if q.unsupported is None and gp is None and _CAREER_FIRST_RE.search(f):
            # "waar pakte max zijn allereerste pole": the race of a first in his career, which no race's fact
            # tells (his poles of a season are not it)
            q = replace(q, unsupported="earlier_edition")
        if q.unsupported is None and _VERDICT_Q_RE.search(f):
            # "hoe beoordeelden de stewards het contact", "what did the stewards decide": their verdict, a
            # penalty or none; the collision itself does not answer it
            q = replace(q, intent="penalty")
        if q.unsupported is None and _BEFORE_YEAR_Q_RE.search(f):
            # "who won the last portuguese gp before 2020": a race of an earlier year than the one named,
            # which no fact of that year answers
            q = replace(q, unsupported="earlier_edition")
        one_named = len(drivers) == 1 and position is None and not re.search(r"\bpole\b", f)
        if q.unsupported is None and q.intent == "grid" and one_named and WHO_RE.search(f):
            # "wie kwam net voor max uit de pitbox in de kwali", "who started behind Verstappen": who is
            # somebody else than the one named; his own start does not answer it
            q = replace(q, unsupported="someone_else")
        if q.unsupported is None and _TAKEN_FROM_RE.search(f):
            # "from who did he take p3", "van wie pakte gasly p3 af", "wie verloor p3 aan gasly": the one it
            # was taken from, whom the taker's own place does not name
            q = replace(q, unsupported="someone_else")
        if q.unsupported is None and drivers and WHO_RE.search(f) and _BESIDES_RE.search(f):
            # "wie kreeg naast Bottas ook een gridstraf", "who else besides Bottas": somebody else than the
            # one named, whom his own facts never answer
            q = replace(q, unsupported="someone_else")
        if (
            q.unsupported is None
            and drivers
            and WHO_RE.search(f)
            and any(
                _CAUSED_BY_BEFORE_RE.search(f, max(0, h.start - 20), h.start)
                for h in self.gz.drivers(f)
                if set(h.ids) & set(drivers)
            )
        ):
            # "wie vielen uit door grosjean", "who retired because of Verstappen": those he took out, not
            # his own retirement; "wie kreeg de tweede plek van Vettel": who came after him (when a place
            # is named, the one who holds it in the end)
            if q.position and q.intent in ("finish", "position"):
                q = replace(q, drivers=(), intent="position")
            else:
                q = replace(q, unsupported="someone_else")
        if (
            q.unsupported is None
            and q.intent in ("finish", "position", "summary")
            and _PART_NAMED_RE.search(f)
            # ("what happened to him on his last Q3 lap": a moment of it, asked below)
            and not (q.intent == "summary" and _RUN_MOMENT_RE.search(f))
        ):
            # "de vries q2 monza 2022 welke plek": his place in a part of qualifying, which no fact holds (his
            # finish answers a neighbouring question)
            q = replace(q, unsupported="session")
        if (
            q.intent is None
            and not q.drivers
            and q.grand_prix
            and q.unsupported is None
            and RESULTS_Q_RE.search(f)
        ):
            # "results zandvoort 2024", "top 10 monza": the race's result as a list
            q = replace(q, intent="finish")
        if (
            q.intent == "summary"
            and len(q.drivers) == 2
            and q.unsupported is None
            and _BETWEEN_Q_RE.search(f)
        ):
            # "wat gebeurde er tussen gasly en hartley": the clash of the two, not the race of the first
            q = replace(q, intent="collision")
        legend = _LEGEND_RE.search(f) if q.drivers else None
        if legend and not {legend.group(1).replace(" ", "_"), legend.group(1).split()[-1]} & set(q.drivers):
            # (whatever else it asks: a count, a record, a place; a question of him alone is left to the
            # official results, which know him, and so is one whose drivers he is among)
            q = replace(q, unsupported="someone_else")
        if q.unsupported is None and _DID_THAT_RE.search(f):
            # "wat deed perez in singapore dat zo slecht was": one deed the question describes, not his race
            q = replace(q, unsupported="manner")
        if guessed and q.unsupported is None and _MANNER_RE.match(f):
            # "hoe kwam max langs bottas": how something happened, which no fact tells
            q = replace(q, unsupported="manner")
        if guessed and q.unsupported is None and _YES_NO_OPENING_RE.match(f):
            # "was verstappen in het ziekenhuis na silverstone?": a yes-or-no question about something no
            # fact holds, not a request for his race
            q = replace(q, unsupported="yes_no")
        if (
            q.unsupported is None
            and q.drivers
            and q.intent in ("grid", "qualifying")
            and (_WHO_OPENS_RE.match(f) or _WHICH_OPENS_RE.match(f))
            and self._beside_only(f, q.drivers)
        ):
            # "welke ferrari's starten pal achter max": who started beside him, which his own start does not
            # answer
            q = replace(q, unsupported="open_question")
        if q.unsupported is None and q.intent in _PLACE_INTENTS and _ASKS_ANOTHER_THING_RE.match(f):
            # "what did russell save for his last lap in qualifying", "what does max need besides the win",
            # "hoeveel runs kon max afmaken in de kwalificatie": something else than his place, which it names
            q = replace(q, unsupported="open_question")
        if q.unsupported is None and _ONE_OF_HISTORY_Q_RE.search(f):
            # "who was the last french winner before gasly won monza 2020": a record of the years before, no
            # result of the race named
            q = replace(q, unsupported="open_question")
        if q.unsupported is None and _NEEDS_IF_Q_RE.search(f):
            # "what position does lewis need for the title if seb wins": a supposition asked, which no
            # result answers
            q = replace(q, unsupported="open_question")
        if q.unsupported is None and q.intent == "summary" and _ELSE_Q_RE.search(f):
            # "what else happened to kvyat that weekend": whatever besides his race, which a summary is
            q = replace(q, unsupported="open_question")
        if q.unsupported is None and q.intent == "summary" and _WH_NOT_SUMMARY_RE.search(f):
            # "welk weekend in 2019 telt hamilton niet mee": a which/when/how-many question no attribute
            # was found for asks something no summary of his races answers
            q = replace(q, unsupported="open_question")
        if q.unsupported is None and guessed and _WHERE_Q_RE.search(f):
            # "where does max receive his trophy": a place no fact holds (not where he finished: that
            # question has its verb), which his race's summary does not answer
            q = replace(q, unsupported="open_question")
        if q.unsupported is None and (
            (guessed and names_moment(f)) or (q.intent == "summary" and _RUN_MOMENT_RE.search(f))
        ):
            # "hamilton lap 1 spa": a fragment with a moment asks where he was then, not how his race went;
            # "what happened to him on his last Q3 lap" asks that lap, not his weekend
            q = replace(q, unsupported="running_position")
        if q.unsupported == "points" and q.position == 10 and _LAST_POINT_Q_RE.search(f):
            q = replace(q, unsupported=None)  # "who took the final point": the tenth place asked, no total
        if q.unsupported == "points" and drivers and (not _POINTS_NOT_TOTAL_RE.search(f) or season_total(f)):
            # "Hoeveel punten had Verstappen na Japan?": a championship total, which a fact can hold.
            q = replace(q, intent="points", unsupported=None)
        if q.intent == "points" and q.unsupported is None and _STANDING_AND_POINTS_RE.search(f):
            # "max final championship position and points after abu dhabi": his place in the standings,
            # which is told with his points
            q = replace(q, intent="championship")
        if q.intent == "winner" and q.unsupported is None and not drivers and _HOW_MANY_WINS_RE.search(f):
            # "how many Russian GPs had Mercedes won by 2018": a count of wins, which no winner answers
            q = replace(q, unsupported="count")
        if (
            q.unsupported == "points"
            and q.intent == "championship"
            and q.grand_prix
            and _HAUL_IN_RACE_RE.search(f)
            and not _TOTAL_ASKED_RE.search(f)
        ):
            # "hoeveel wk punten pakte max in spa 2020": the points that race gave, not his total
            q = replace(q, intent=None)
        if q.unsupported is None and _COUNT_NOUN_Q_RE.search(f):
            # "hoeveelste uitvalbeurt van max was imola 2020": a count of them, which no one race's fact holds
            q = replace(q, unsupported="count")
        if q.unsupported is None and _STATE_OF_Q_RE.search(f):
            # "how was seb's neck before the race": how something of his was, which no fact holds
            q = replace(q, unsupported="state")
        if q.unsupported is None and q.grand_prix and _WHICH_RACE_Q_RE.search(f):
            # "welke race had max gewonnen in 2018 voor de gp van mexico": a race asked, the one named only
            # bounds it (no fact of that race answers)
            q = replace(q, unsupported="other_race")
        if q.unsupported is None and _WHICH_OTHER_Q_RE.search(f):
            # "welke andere race in 2020 had geen mercedes op pole behalve abu dhabi": another race than the
            # one named, which the race named does not answer
            q = replace(q, unsupported="other_race")
        if q.intent == "grid" and q.unsupported is None and _HAPPENED_AT_START_RE.search(f):
            # "mexico 2021 bottas what happened at start": what befell him then (the summary of that moment),
            # not where he started from
            q = replace(q, intent="summary")
        if q.unsupported is None and _HAPPENED_BEFORE_START_RE.search(f):
            # "what happened to max before the start": something before the race began, not where he started
            q = replace(q, unsupported="before_start")
        if (
            q.unsupported in ("pace", None)
            and not drivers
            and q.intent in ("grid", None)
            and _FASTEST_IN_QUALI_Q_RE.search(f)
            and not _COMPARED_Q_RE.search(f)
        ):
            # "wie was het snelst in de kwalificatie", "who was fastest in qualifying": its first place, no
            # comparison of two drivers' pace
            q = replace(q, intent="grid", position=1, unsupported=None, session="qualifying")
        if is_off_topic(q, f):
            # "Wat is de hoofdstad van Frankrijk?": no Grand Prix, and nothing borrowed from before.
            return Query(lang=lang, text=text)
        if context is not None:
            q = self._with_context(q, f, context, guessed=guessed)
            if (
                q.unsupported == "points"
                and q.drivers
                and (not _POINTS_NOT_TOTAL_RE.search(f) or season_total(f))
            ):
                q = replace(q, intent="points", unsupported=None)  # "hoeveel punten had hij?"
        return q

    def _with_context(self, q: Query, f: str, ctx: Topic, *, guessed: bool) -> Query:
        words = f.split()
        marker = bool(_FOLLOWUP_START_RE.search(f))  # "en Norris?", "and in 2023?", "what about Spa?"
        back = bool(_BACKREF_RE.search(f))  # "hij", "daar", "that race": the previous topic is meant
        if not (marker or back) and is_complete(q):
            return q  # a new, complete question inherits nothing
        if not (marker or back or len(words) <= 6):
            return q
        race_named = bool(_RACE_NAMED_RE.search(f))  # "en de race?" after a sprint question
        if not (
            q.drivers
            or q.grand_prix
            or q.season
            or q.intent
            or q.unsupported
            or q.session
            or q.position
            or q.why
            or q.suggestions
            or race_named
        ):
            # "ok", "?", "lol", markup or noise: nothing to follow up on, so no repeat of the last answer.
            return q
        changes: dict[str, object] = {}
        # "wie won het kampioenschap" asks who; "met wie?" asks who else, about the same driver
        asks_person = bool(WHO_RE.search(f)) and not back and not WITH_WHOM_RE.search(f)
        # An ambiguous name ("and Jack?") is a new subject: never answer it about the previous driver.
        if (
            not q.drivers
            and not q.suggestions
            and ctx.drivers
            and not asks_person
            and q.intent not in ("winner", "position", "crash")
        ):
            changes["drivers"] = ctx.drivers
        if not q.grand_prix and ctx.grand_prix and q.intent not in ("championship", "points"):
            changes["grand_prix"] = ctx.grand_prix
        if q.season is None and ctx.season is not None:
            changes["season"] = ctx.season
        own = q.unsupported is not None or (q.intent is not None and not guessed)
        if not own:
            # "en Norris?" keeps what was asked, about the new driver.
            intent = ctx.intent
            if q.drivers and intent in _HOLDER_TO_DRIVER:
                intent = _HOLDER_TO_DRIVER[intent]  # "wie won?" then "en Norris?": how Norris finished
            elif not q.drivers and q.position and intent in ("winner", "position", "finish"):
                intent = "position"  # "wie won?" then "en de derde?": who finished third
            elif not q.drivers and q.position is None and ctx.position is not None:
                changes["position"] = ctx.position  # "wie stond op pole?" then "en in Monaco?"
            if intent is not None:
                changes["intent"] = intent
            if ctx.attribute is not None:
                changes["unsupported"] = ctx.attribute
            if q.session is None and ctx.session and not race_named:
                changes["session"] = ctx.session
        return replace(q, **changes)  # type: ignore[arg-type]

    # --- names ----------------------------------------------------------------------------------

    def _drivers(
        self, f: str, season: int | None
    ) -> tuple[tuple[str, ...], tuple[str, ...], list[tuple[int, int]]]:
        found: list[tuple[int, str]] = []
        used: list[tuple[int, int]] = []
        suggestions: list[str] = []
        # names first, then bare forenames outside them; a name several drivers bear is the one of the season
        for h in (*self.gz.drivers(f), *self.gz.forenames(f)):
            if h.kind == "forename" and any(s <= h.start < e for s, e in used):
                continue
            ids = self.gz.ref.in_season(h.ids, season)
            if len(ids) == 1:
                found.append((h.start, ids[0]))
            else:
                suggestions.extend(ids)
            used.append((h.start, h.end))
        # Typos: every remaining word of 4+ letters that is not a common word or a place.
        gp_spans = [(h.start, h.end) for h in self.gz.grands_prix(f, adjectives_alone=True)]
        for m in re.finditer(r"[a-z][a-z'-]{3,}", f):
            if any(s <= m.start() < e for s, e in used + gp_spans) or m.group(0) in _STOP:
                continue
            own = self._possessive(m.group(0))
            if own is not None:
                found.append((m.start(), own))  # "maxs winning margin": his name, its apostrophe left out
                used.append((m.start(), m.end()))
                continue
            hits = process.extract(
                m.group(0), list(self._fuzzy_names), scorer=fuzz.ratio, limit=3, score_cutoff=80
            )
            # (a forename must come closer: "kalender" is no "Alexander")
            near = process.extractOne(
                m.group(0), list(self._fuzzy_forenames), scorer=fuzz.ratio, score_cutoff=_FORENAME_CUTOFF
            )
            ids_scored: dict[str, float] = {}
            for name, score, _ in hits:
                did = self._fuzzy_names[name]
                ids_scored[did] = max(ids_scored.get(did, 0.0), score)
            if near is not None:
                did = self._fuzzy_forenames[near[0]]
                ids_scored[did] = max(ids_scored.get(did, 0.0), near[1])
            if not ids_scored:
                continue
            ranked = sorted(ids_scored.items(), key=lambda kv: -kv[1])
            if len(ranked) > 1 and ranked[0][1] - ranked[1][1] < 5:
                suggestions.extend(d for d, _ in ranked[:3])
            else:
                found.append((m.start(), ranked[0][0]))
            used.append((m.start(), m.end()))
        found.sort()
        drivers = tuple(dict.fromkeys(d for _, d in found))
        if drivers:
            suggestions = []
        return drivers, tuple(dict.fromkeys(suggestions)), used

    def _possessive(self, word: str) -> str | None:
        """The one driver a name with a possessive "s" and no apostrophe names ("maxs", "checos"), or None."""
        if not word.endswith("s") or len(word) < 4:
            return None
        stem = word[:-1]
        hits = [
            h
            for h in (*self.gz.drivers(stem), *self.gz.forenames(stem))
            if h.start == 0 and h.end == len(stem)
        ]
        return hits[0].ids[0] if len(hits) == 1 and len(hits[0].ids) == 1 else None

    def _grand_prix(
        self, f: str, used: list[tuple[int, int]], drivers: tuple[str, ...], season: int | None
    ) -> str | None:
        for h in self.gz.grands_prix(f, adjectives_alone=True):
            if any(s <= h.start < e for s, e in used):
                continue
            if _PERSON_NOUN_AFTER_RE.match(f, h.end):
                continue  # "eerste Franse winnaar sinds wie, monza 2020": a nationality, not the French GP
            keys = h.ids
            if len(keys) > 1 and season is not None:
                keys = tuple(k for k in keys if self.gz.ref.race(season, k)) or keys
            if len(keys) > 1:
                keys = self.gz.named_exactly(f[h.start : h.end], keys)
            return keys[0]
        if _HOME_RE.search(f) and drivers:
            homes = self.gz.ref.home_event_keys(drivers[0])
            if homes:
                return homes[0]
        # ("abu dabi": a name of two words, misspelt; only names of two words are tried)
        for m in re.finditer(r"(?=\b([a-z]{3,} [a-z]{3,}))", f):
            pair = m.group(1)
            if any(s <= m.start(1) < e for s, e in used) or pair.split()[0] in _STOP:
                continue
            best = process.extractOne(pair, self._fuzzy_gp_pairs, scorer=fuzz.ratio, score_cutoff=88)
            if best:
                keys = tuple(sorted(self._fuzzy_gp[best[0]]))
                if len(keys) > 1 and season is not None:
                    keys = tuple(k for k in keys if self.gz.ref.race(season, k)) or keys
                return keys[0]
        # (four letters too: "qatr", "monz"; a common word of four letters is no race's near miss)
        for m in re.finditer(r"[a-z][a-z'-]{3,}", f):
            if any(s <= m.start() < e for s, e in used) or m.group(0) in _STOP:
                continue
            best = process.extractOne(m.group(0), list(self._fuzzy_gp), scorer=fuzz.ratio, score_cutoff=85)
            if best is None and len(m.group(0)) >= 5:
                # ("mexcio", "bahrian": two letters swapped, which the ratio scores below the cut-off)
                swapped = process.extractOne(
                    m.group(0), list(self._fuzzy_gp), scorer=fuzz.ratio, score_cutoff=75
                )
                if swapped and sorted(swapped[0]) == sorted(m.group(0)):
                    best = swapped
            if best:
                # ("sakir gp 2020": the race named Sakhir that season, not the one held at Sakhir)
                keys = tuple(sorted(self._fuzzy_gp[best[0]]))
                if len(keys) > 1 and season is not None:
                    keys = tuple(k for k in keys if self.gz.ref.race(season, k)) or keys
                if len(keys) > 1:
                    keys = self.gz.named_exactly(best[0], keys)
                return keys[0]
        return None
