"""Driver mentions: names, forenames, team epithets ("de Red Bull-coureur"), team groups ("beide
Haas-coureurs"), demonyms ("de Mexicaan"), pronouns and groups ("beiden", "both drivers").

``find_mentions`` returns the mentions of one sentence in order; ``after_sentence`` moves the article's
focus (the driver a following "hij"/"he" means) and its last group on.
"""

from __future__ import annotations

import itertools
import re

from rapidfuzz.distance import DamerauLevenshtein

from knowledge.extract.clauses import PAIR_JOIN_RE, after_dutch_clause_verb, after_english_verb, is_object
from knowledge.extract.context import ArticleState, Mention
from knowledge.extract.model import Fact
from knowledge.extract.phrases import Phrases, alt, group, words
from knowledge.gazetteer import Gazetteer, NameHit
from knowledge.reference import demonyms_en, demonyms_nl
from knowledge.text import fold

# --- phrases ---------------------------------------------------------------------------------------

# The nouns a pair of drivers goes by, the drivers or their cars ("beide wagens van Renault", "twee
# coureurs", "both cars of Haas"): one list for the team's pair, the group pronoun and an unnamed group.
PAIR_NOUNS_NL = words("coureurs rijders piloten wagens auto's bolides")
PAIR_NOUNS_EN = words("drivers cars")

NL: Phrases = {
    "pronoun": ("hij",),
    # A group of drivers named before ("beiden"); one alternation, so these may not start like an
    # English phrase does (both tables' phrases are tried at the same places).
    "group": (
        # "het verschil tussen beide heren", "tussen beiden titelkandidaten": the pair in the title fight
        "beiden? (?:heren|titelkandidaten|titelrivalen|kemphanen)",
        "beiden",
        "allebei",
        "beide " + group(PAIR_NOUNS_NL, ("mannen",)),
        "de (?:twee|drie) (?:wagens|auto's|coureurs)",
        "het duo",
        "die twee",
        # "het verschil tussen de twee bedraagt ...": bare "de twee" only there ("de twee Ferrari's" is none)
        r"(?<=tussen )de (?:twee|2)(?= (?:in (?:het|de) [\w-]+ )?(?:bedraagt|bedroeg|is|was)\b"
        r"| (?:nu |inmiddels )?\d{1,3} punten (?:is|bedraagt)\b)",
        "ze",
        "zij",
    ),
    # After a team name: "de Red Bull-coureur", "de Ferrari-man". The match's end is used: " drivers?"
    # must stay before " driver".
    "team_driver": ("-?coureurs?", "-?rijders?", "-?piloten", "-?piloot", " duo", "-duo", "-man"),
    # plural: the team's two drivers (or their cars: "beide Mercedes-wagens")
    "team_drivers": (*PAIR_NOUNS_NL, "-duo", " duo"),
    "team_det": ("de",),
    # Before a team name: "de coureur van Red Bull" is one of its drivers.
    # "de coureur van Red Bull", "de WK-leider van Red Bull": one of the team's drivers, the one in view
    # ("de Nederlandse Formule 1-coureur van Red Bull": the sport before the noun)
    "driver_of": (
        r"(?:de|die) (?:\w+ )?(?:formule 1-|f1-)?(?:coureur|rijder|piloot|wk-leider|koploper) (?:van|bij)",
    ),
    "team_count": words("beide twee drie"),  # "beide Haas-coureurs"
    # Forenames of earlier drivers whose surnames today's drivers carry ("Michael Schumacher", "Jos
    # Verstappen", "Keke Rosberg")
    "other_forename": words("michael ralf jos keke nelson jacques gilles damon graham emerson jan christian"),
    # "Verstappens teamgenoot Ricciardo": the name in the genitive is not the one the clause is about
    "genitive_person": words("teamgenoot ploeggenoot ploegmaat vader ingenieur manager vervanger rivaal"),
    "teammate": words("teamgenoot ploeggenoot ploegmaat stalgenoot"),
    "home_driver": ("thuisfavoriet", "thuisrijder", "thuisheld", "thuiscoureur", "lokale held"),
    "not_teammate": words("voormalige oude ex nieuwe toekomstige vorige latere eerdere"),
    # "Drama voor Verstappen!": a mishap opening a line names whom it befell
    "mishap": words("drama pech domper ellende nachtmerrie ramp problemen"),
}
EN: Phrases = {
    "pronoun": ("he",),
    "group": (
        "both(?: drivers| cars| men)?",
        "neither(?: driver)?",
        "the (?:two|three)(?: cars| drivers| men| title rivals| title contenders| rivals)?",
        "the title (?:rivals|contenders)",
        "the pair",
        "(?<=between )them",
        "the duo",
        "they",
    ),
    "team_driver": (" drivers?", " driver", " man", " star", " ace"),  # ("the angry Red Bull star")
    # ("Hamilton and Russell brought the Mercedes cars home fourth and fifth": both of them)
    "team_drivers": (" drivers", " cars"),
    "team_det": ("the",),
    "driver_of": (),
    "team_count": words("both two three"),
    # ("Verstappen, previously Hamilton's closest rival, retired": the rival, not Hamilton)
    "genitive_person": (
        "teammate",
        "team-mate",
        "team mate",
        "father",
        "engineer",
        "manager",
        "replacement",
        "rival",
    ),
    "teammate": ("teammate", "team-mate", "team mate"),
    "home_driver": (
        "home favourite",
        "home favorite",
        "home hero",
        "local hero",
        "home driver",
        "local favourite",
    ),
    "not_teammate": words("former old ex new future previous one-time erstwhile"),
    # "the second Red Bull of Perez", "the lone Ferrari of Leclerc": the words of one team's car
    "car_of": words("second other sister lead leading lone remaining surviving first"),
    "mishap": words("nightmare disaster drama heartbreak agony misery trouble problems"),
}

_STEM = 3  # letters an adjective of nationality shares with its noun: "mex-icaanse", "spa-anse", "fin-se"
_NATIONALITY_STEMS = frozenset(
    fold(w)[:_STEM] for nat, nouns in (*demonyms_nl().items(), *demonyms_en().items()) for w in (nat, *nouns)
)
_HOME_WORD_RE = re.compile(r"thuis|home|local")
# "de thuisfavoriet", "the home hero": the one driver of the season whose home race this is
_HOME_EPITHET_RE = re.compile(
    r"(?<![\w-])(?:de |the )?(?:" + alt(NL["home_driver"], EN["home_driver"]) + r")(?![\w-])"
)
_NAMED_AFTER_RE = re.compile(r"\s?,?\s?")
_TEAMMATE_WORD_RE = re.compile(r"teamgenoot|ploeggenoot|ploegmaat|stalgenoot|team-?mate|team mate")
# "zijn teamgenoot", "zijn Mexicaanse teamgenoot", "his team-mate": the one teammate of the driver the clause
# is about, that season. A former or future teammate is not this season's.
# ("his Red Bull teammate": a team of two words between)
_TEAMMATE_RE = re.compile(
    r"(?<![\w-])(?:zijn|his)\s+(?:(?!(?:"
    + alt(NL["not_teammate"], EN["not_teammate"])
    + r")\b)(?P<adj>[a-z\u00e0-\u00ff]+(?:\s+[a-z\u00e0-\u00ff]+)?)\s+)?"
    r"(?:" + alt(NL["teammate"], EN["teammate"]) + r")(?![\w-])"
)
# "de (Mexicaanse) teamgenoot van Verstappen", "the team-mate of Hamilton": the other one of that team
_MATE_OF_RE = re.compile(
    r"(?<![\w-])(?:de|the)\s+(?:(?P<adj>[a-z\u00e0-\u00ff-]+)\s+)?"
    r"(?:" + alt(NL["teammate"], EN["teammate"]) + r")\s+(?:van|of)\s+$"
)
_WHO_AFTER_NAME_RE = re.compile(r"\s*,\s*(?:who|die)\b")
_NOT_TEAMMATE_RE = re.compile(r"(?:" + alt(NL["not_teammate"], EN["not_teammate"]) + r")$")
# (at a name's end) "Verstappens teamgenoot", "Verstappen's team-mate": whose teammate is meant
_GENITIVE_MATE_RE = re.compile(
    r"(?:'s|')?\s+(?:[a-z]+-)?(?P<noun>" + alt(NL["teammate"], EN["teammate"]) + r")(?![\w-])"
)
_LATTER_RE = re.compile(
    r"\b(?:the latter|laatstgenoemde|die laatste|deze laatste|the former|eerstgenoemde)\b"
    # "ging tussen Leclerc, Hamilton en Vettel en werd gewonnen door de eerste, die ...": the first of them
    r"|(?<=door )de eerste(?=\s*[,.])|(?<=by )the first(?=\s*[,.])"
)
_FORMER = ("the former", "eerstgenoemde", "de eerste", "the first")
# a sentence that opens with his gap in the standings: "Zijn achterstand op ...", "His lead over ..."
_OWN_GAP_RE = re.compile(
    r"(zijn|his|haar|her) (?:achterstand|voorsprong|marge|gap|lead|deficit|advantage|margin)\b"
)
# a sentence that opens with a demonstrative and a finite verb: "Die eindigde pas als 7e."
_DEMONSTRATIVE_RE = re.compile(
    r"(die|deze) (?=(?:eindigde|eindigt|werd|wordt|was|is|had|heeft|kreeg|krijgt|moest|moet|viel|valt|reed|"
    r"rijdt|startte|start|kwam|komt|finishte|ging|gaat|wist|pakte|pakt|raakte|crashte|staat|stond|mocht|kon|"
    r"zag|won|wint|verloor|klom|zakte|bleef|blijft)\b)"
)
_PART_BREAK_RE = re.compile(r"[:;]")
# a subordinate clause opened right before a pronoun ("... on Hamilton after he secured his title")
_SUBORDINATOR_BEFORE_RE = re.compile(
    r"\b(?:after|when|as|because|since|until|before|while|nadat|toen|omdat|doordat|terwijl|voordat)\s+$"
)
PRONOUN_RE = re.compile(r"(?<![\w-])(" + alt(NL["pronoun"], EN["pronoun"]) + r")(?![\w-])")
_DIE_AFTER_VERB_RE = re.compile(
    r"\b(?:staat|stond|werd|wordt|was|is|heeft|had|ligt|lag|reed|rijdt|eindigde|blijft|bleef|kwam|komt)"
    r" (die)\b"
)
_BOTH_THINGS_RE = re.compile(
    r"\s+(?:(?:of\s+)?(?:his|the|their)\s+)?(?:(?:time|grid|pit|[\w-]+-(?:second|place))\s+)?(?:penalt\w*|stops?|tyres?|tires?|sets?|times?|races?|"
    r"sessions?|incidents?|laps?|wings?|sides?|cases?|offen[cs]es?|infringements?|corners?|occasions?|"
    r"runs?|attempts?|starts?|restarts?|points?)\b"
)
_GROUP_BOTH_RE = re.compile(r"(?<![\w-])(" + alt(NL["group"], EN["group"]) + r")(?![\w-])")
_TEAM_DRIVER_RE = re.compile(r"(?:" + alt(NL["team_driver"], EN["team_driver"]) + r")")
_TEAM_PLURAL_RE = re.compile(r"-?(?:" + alt(NL["team_drivers"], EN["team_drivers"]) + r")")  # tested only
_TEAM_GROUP_BEFORE_RE = re.compile(  # only the start of the match is used
    "(?:"
    + group(NL["team_det"], EN["team_det"])
    + r"\s+)?"
    + group(NL["team_count"], EN["team_count"])
    + r"\s+(?:de\s+|the\s+)?$"
    # "beide wagens van Renault", "both cars of Haas": the team's pair, named after its cars
    + r"|\b(?:beide|allebei de|de twee|both|the two) "
    + group(PAIR_NOUNS_NL, PAIR_NOUNS_EN)
    + r" (?:van|of)\s+(?:de\s+|the\s+)?$"
)
_KIN_OF_BEFORE_RE = re.compile(
    r"\b(?:teamgenoot|ploeggenoot|ploegmaat|team-?mate|stalgenoot|vervanger|replacement)\s+(?:van|of)\s+$"
)
# (fullmatch) "ahead of Ferrari's Vettel and Red Bull Racing's Verstappen": a team's possessive too
# ("door het wegvallen van Verstappen en later nog diens kompaan Pérez": a moment and a relation between)
_LIST_ON_RE = re.compile(
    # ("passing both Ricciardo, on lap 34, and Hamilton": the lap of each between them)
    r"\s*(?:,\s*(?:on|in|op) (?:lap|ronde) \d{1,2}\s*,\s*(?:and|en)\b|,|en|and)"
    r"\s*(?:(?:later|nog|ook|daarna|then|also)\s+){0,3}(?:(?:de|the)\s+)?"
    r"(?:(?:diens|zijn|z'n|his)\s+(?:teamgenoot|ploeggenoot|ploegmaat|kompaan|stalgenoot|team-?mate)\s+)?"
    r"(?:[a-z-]+(?: [a-z-]+){0,2}'s\s+)?"
)
# (or the sentence ends: "ahead of Vettel and Verstappen.")
# (or a moment follows: "pulled ahead of Vettel and Leclerc almost immediately", "... meteen"; "door het
# wegvallen van Verstappen en Pérez alsnog op het podium": the verb goes on)
_LIST_GOES_ON_RE = re.compile(
    # ("chased down Leclerc and Hamilton in the run to the flag": a phrase of time or place after them)
    # ("moved past Verstappen and Raikkonen into second": the place the passes brought)
    r"\s*(?:,|\band\b|\ben\b|\bto\b|\bnaar\b|\bfor\b|\bvoor\b|[.;!?]?\s*$|\b(?:in|into|at|during|tijdens)\b"
    r"|\b(?:almost|immediately|early|quickly|at the start|on lap|within|bij de start|meteen|direct|"
    # ("kwam achter Hamilton en Verstappen (echter) als derde aan de finish": the subject's place after them)
    r"al snel|alsnog|als|echter|however)\b)"
)  # tested only
_ENGINE_AFTER_RE = re.compile(r"-(?:renault|mercedes|honda|ferrari|rbpt|tag heuer|tag-heuer)\b")
_TEAM_EPITHET_BEFORE_RE = re.compile(r"(?:\bde|\bthe|\bhet)\s+$")
# "five victories for the Silver Arrows", "punten voor de Ferrari's": what the team collected, no driver
_TALLY_FOR_BEFORE_RE = re.compile(
    r"\b(?:victories|wins|one-twos|1-2s|points|podiums|zeges|overwinningen|punten|podia)\s+(?:for|voor)\s+"
    r"(?:the|de|het)\s+$"
)
_DRIVER_OF_BEFORE_RE = re.compile(r"\b(?:" + alt(NL["driver_of"], EN["driver_of"]) + r")\s+$")  # start used
# the surnames of circuits' namesakes after a forename a driver shares ("José Carlos Pace")
_NAMESAKE_AFTER_RE = re.compile(r"\s+(?:pace|villeneuve|tilke)\b")
_OTHER_FORENAME_RE = re.compile(r"\b(?:" + alt(NL["other_forename"]) + r")\s+$")  # tested only
# "Michael Schumacher wordt naar de tweede plaats geduwd": a driver of another era is named (tested only)
OTHER_PERSON_RE = re.compile(r"\b(?:" + alt(NL["other_forename"]) + r")\s+[a-z][\w'-]+")
_RELATION_OF_BEFORE_RE = re.compile(
    r"\b(?:de|het|the|zijn|his)\s+(?:"
    + alt(NL["teammate"], EN["teammate"], NL["genitive_person"], EN["genitive_person"])
    + r")\s+(?:van|of)\s+$"
)
# "The second Red Bull of Sergio Perez finished second", "the other Mercedes of Bottas was third": a team's
# car of a driver, opening the clause, is that driver (the subject) (Dutch "van" makes no object)
_CAR_OF_OPENING_RE = re.compile(
    # ("closing out the top ten was the second Red Bull of Sergio Perez": after a copula too)
    r"(?:^|[,;:(]\s*|\b(?:while|whereas|and|but|was|were|is|are)\s+)the\s+"
    r"(?:(?:" + alt(EN["car_of"]) + r")\s+)?$"
)
# ", with Gasly denying the German an extra point": the driver of an absolute "with" opening a clause
# is the subject of its participle
_WITH_OPENING_RE = re.compile(
    # (", and with the other Red Bull of Sergio Perez running at the back": his car named first)
    r"(?:^|,\s*(?:and\s+)?)with\s+(?:[a-z][\w-]*(?: [a-z][\w-]*)?['’]s\s+"
    r"|the\s+(?:other\s+)?[a-z][\w-]*(?: [a-z][\w-]*)?\s+of\s+)?$"
)
# ("with Russell promoted to 15th": a participle of a place changed, as "-ing")
_ING_AFTER_RE = re.compile(
    r"\s+(?:(?!during|including|following|according|being|nothing)[a-z]{2,}ing"
    r"|promoted|demoted|relegated|elevated|bumped|classified|moved|dropped|pushed)\b"
)
# a sentence opening with a clause of contrast, up to its comma
# an English contrast after a comma, told of someone else than the sentence's first subject
_CONTRAST_RE = re.compile(r",\s*(?:while|whereas)\b")
_CONCESSIVE_LEAD_RE = re.compile(
    r"\s*(?:hoewel|ofschoon|terwijl|although|though|while|whereas)\b[^,;:]{0,120},"
)
# "Nightmare for Verstappen!", "Drama voor Leclerc": a live blog's line opening with a mishap is about him
_MISHAP_FOR_OPENING_RE = re.compile(
    r"\W*(?:(?:what an?|wat een|an?|een)\s+)?(?:[\w-]+\s+)?(?:" + alt(NL["mishap"], EN["mishap"]) + r")\s+"
    r"(?:for|voor)\s+$"
)
# ("verandert de tijdstraf de posities van Leclerc en Ricciardo": the places of those named, the object)
_PENALTY_FOR_BEFORE_RE = re.compile(
    r"\b(?:\w*straf|penalty|sanctie)\s+(?:voor|for)\s+$"
    r"|\b(?:posities|plaatsen|plekken|positions|places) (?:van|of)\s+$"
)
_GENITIVE_PERSON_RE = re.compile(  # tested only, right after the name
    # "Verstappens Red Bull-teamgenoot Pérez": a team may stand before the noun, joined to it
    # ("De Nederlander hield rivaal Hamilton achter zich": a word between needs the genitive's s)
    # ("Vettel's veteran Finnish team mate Kimi Raikkonen": two words between after an apostrophe; a bare s
    # takes one, "Bottas trounced his teammate" is no genitive)
    r"(?:(?:'s|’s|'|’)\s+(?:(?!en\s|and\s|of\s|or\s)[a-z-]+\s+){0,2}(?:[a-z]+-)?"
    r"|s\s+(?:(?!en\s|and\s|of\s|or\s)[a-z-]+\s+)?(?:[a-z]+-)?|\s+)"
    + group(NL["genitive_person"], EN["genitive_person"])
    + r"\b"
)



def _person_after(words: int) -> re.Pattern[str]:
    """A person of the genitive right after a name, with up to ``words`` words between (not "and", "of")."""
    return re.compile(
        r"\s+(?:(?!en\s|and\s|of\s|or\s)[a-z-]+\s+){0," + str(words) + r"}(?:[a-z]+-)?"
        + group(NL["genitive_person"], EN["genitive_person"])
        + r"\b"
    )


# "Verstappens Red Bull-teamgenoot Pérez" matched as one name with its genitive s (tested only); with its
# apostrophe ("Vettel's veteran Finnish team mate") two words may stand between
_GENITIVE_AFTER_S_RE = _person_after(1)
_GENITIVE_AFTER_APOSTROPHE_S_RE = _person_after(2)


def owns_next_person(f: str, m: Mention) -> bool:
    """Whether the name ``m`` stands in the genitive before a person of his ("Verstappens teamgenoot Pérez",
    "Hamilton's team-mate Bottas"): that person, named after, is the one meant."""
    e = m.end
    return _GENITIVE_PERSON_RE.match(f, e) is not None or _genitive_after_s(f, e)


def _genitive_after_s(f: str, e: int) -> bool:
    """Whether a name matched with its genitive s (ending at ``e``) stands before a person of his."""
    if f[e - 2 : e] in ("'s", "’s"):
        return _GENITIVE_AFTER_APOSTROPHE_S_RE.match(f, e) is not None
    return f[e - 1 : e] == "s" and _GENITIVE_AFTER_S_RE.match(f, e) is not None


# "de (regerend) wereldkampioen", "the reigning world champion", "de titelverdediger": the champion of the
# season before (not "de zevenvoudig wereldkampioen", "de wereldkampioen van 2016", "wereldkampioenschap")
# ("de Britse titelverdediger": his nationality's adjective, checked against the champion's)
_CHAMPION_RE = re.compile(
    r"\b(?:de|the)\s+(?:(?:regerende?|huidige|reigning|defending|current)\s+)?(?:(?P<adj>[a-z]+)\s+)?"
    r"(?:wereldkampioen|world champion|titelverdediger|title holder)\b"
    r"|\b(?:the)\s+(?:reigning|defending)\s+champion\b"
)
_CHAMPION_YEAR_AFTER_RE = re.compile(r"\s+(?:van|of|in|uit)\s+(?:19|20)\d\d")

# "de zevenvoudig wereldkampioen", "the seven-time world champion", "a four-time champion": the one driver
# of the season with that many titles (before the season or after it)
_TITLE_COUNTS = {
    "twee": 2,
    "drie": 3,
    "vier": 4,
    "vijf": 5,
    "zes": 6,
    "zeven": 7,
    "acht": 8,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
}
_TITLED_RE = re.compile(
    # ("de Britse zesvoudig wereldkampioen": a demonym's adjective between)
    r"\b(?:de|het|the|an?|een)\s+(?:[a-z]+(?:se|sche|ish)\s+)?"
    r"(?:(?P<nl>" + "|".join(_TITLE_COUNTS) + r")voudige?"
    r"|(?P<en>" + "|".join(_TITLE_COUNTS) + r"|[2-8])[- ]time)"
    r"\s+(?:wereldkampioen|kampioen|world champion|champion)\b(?!schap|ship)"
)


# "Fact: Car 5 left the track", "de bestuurder van auto nummer 4": a car named by its driver's number
_CAR_NUMBER_RE = re.compile(r"\b(?:car|auto|wagen)\s+(?:no\.?\s*|nr\.?\s*|number\s+|nummer\s+|#)?(\d{1,2})\b")


# a mishap after a possessive: "Hamilton's penalty", "Leclerc's retirement", "Hamiltons gridstraf"
# ("Hamilton's Mercedes" drives)
_MISHAP_AFTER_RE = re.compile(
    r"(?:[\w-]+\s+){0,2}?(?:penalty|penalties|crash|retirement|problem|problems|issue|issues|mistake|error|"
    r"spin|puncture|failure|disqualification|demise|misfortune|grid drop)\b"
)

# the Dutch genitive's mishap, right after the name: "Hamiltons gridstraf"
_MISHAP_NOUN_AFTER_RE = re.compile(
    r"\s+(?:straf|gridstraf|tijdstraf|startstraf|uitvalbeurt|crash|pech|probleem|problemen|fout|"
    r"diskwalificatie)\b"
)


def _possessive_mishap_after(f: str, end: int) -> bool:
    """Whether "'s" and a mishap follow the name ending at ``end`` ("Hamilton's penalty")."""
    return f.startswith(("'s ", "’s "), end) and _MISHAP_AFTER_RE.match(f, end + 3) is not None


def _mishap_owner(f: str, end: int) -> bool:
    """Whether the name ending at ``end`` owns the mishap after it ("Hamilton's penalty", "Hamiltons
    gridstraf")."""
    if f.startswith(("'s ", "’s "), end):
        return _possessive_mishap_after(f, end)
    if f[end - 2 : end] in ("'s", "’s") and _MISHAP_AFTER_RE.match(f, end + 1) is not None:
        return True  # the possessive found with the name
    # the Dutch genitive found with the name ("hamiltons", "piastri's"): only its noun right after
    return f[end - 1 : end] == "s" and _MISHAP_NOUN_AFTER_RE.match(f, end) is not None


# an opening cause and whose it is: "Door de straf van", "Na de crash van", "Thanks to the penalty of"
# "It was not Verstappen's first brush with the stewards here: in 2021 he won": a sentence that opens with
# "it was" has no driver for its subject; the one whose deed it names is the "he" after it
_EXPLETIVE_OWNER_RE = re.compile(
    r"\s*(?:it|this|that|het|dit|dat)\s+(?:was|is|were|werd|wordt)\s+(?:(?:not|niet|also|ook|al|already)\s+)*"
    r"(?:(?:de|het|een|the|a|an)\s+)?"
)
_OPENING_CAUSE_OF_RE = re.compile(
    r"\s*(?:door|na|dankzij|ondanks|vanwege|wegens|due to|after|thanks to|despite|following)\s+"
    r"(?:[\w-]+\s+){1,4}?(?:van|of)\s+(?:de\s+|the\s+)?(?:[\w'-]+(?:\s+[\w'-]+)?\s+(?:en|and)\s+)?$"
)


def _reigning_champion(gz: Gazetteer, state: ArticleState) -> str | None:
    """The champion an article of this date calls "the world champion": last season's, or this season's
    once its last race is run; only a driver of this season."""
    season = state.season
    if season is None:
        return None
    last = gz.ref.last_race(season)
    written = (state.year or 0, state.month or 0, state.day or 0)
    run = tuple(int(x) for x in last.date.split("-")) if last is not None else None
    done = run is not None and state.day is not None and written > run
    who = gz.ref.champion(season if done else season - 1)
    return who if who and _in_season(gz, (who,), season) else None


def _of_age(gz: Gazetteer, ids: tuple[str, ...], age: int, state: ArticleState) -> tuple[str, ...]:
    """Of the drivers of a nationality, those ``age`` years old at the article's date ("de 21-jarige Brit":
    Norris, not Hamilton); all of them when the date or their birth dates are not known, or none fits."""
    if state.year is None or state.month is None:
        return ids
    day = state.day or 15
    fits = []
    for d in ids:
        known = gz.ref.driver(d)
        dob = known.dob if known is not None else None
        if not dob:
            return ids
        years = state.year - int(dob[:4]) - ((state.month, day) < (int(dob[5:7]), int(dob[8:10])))
        # (a date without its day may fall on either side of the birthday)
        if years == age or (state.day is None and abs(years - age) <= 1 and int(dob[5:7]) == state.month):
            fits.append(d)
    return tuple(fits) or ids


def find_mentions(
    gz: Gazetteer, f: str, state: ArticleState, surnames_seen: set[str], undecided: list[int]
) -> list[Mention]:
    """The driver mentions of the folded sentence ``f``, in order; the offsets of the pronouns left
    undecided between two drivers are added to ``undecided``."""
    season = state.season
    out: list[Mention] = []
    taken: list[tuple[int, int]] = []
    english = state.lang == "en"
    teams = list(gz.teams(f))
    # where "<team> of " ends right before a name, when the team opens its clause ("The second Red Bull of")
    car_of_end = {
        h.end + 4
        for h in teams
        if f.startswith(" of ", h.end) and _CAR_OF_OPENING_RE.search(f, max(0, h.start - 30), h.start)
    }

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    def add(s: int, e: int, drivers: tuple[str, ...], label: str, group: bool = False) -> None:
        if drivers and free(s, e):
            obj = (
                (
                    is_object(f, s)
                    and s not in car_of_end
                    and not _MISHAP_FOR_OPENING_RE.fullmatch(f, 0, s)
                    and not (_WITH_OPENING_RE.search(f, max(0, s - 40), s) and _ING_AFTER_RE.match(f, e))
                )
                or _GENITIVE_PERSON_RE.match(f, e) is not None
                or _genitive_after_s(f, e)
                or (after_english_verb(f, s) if english else after_dutch_clause_verb(f, s))
                # "benefiting from Hamilton's penalty": the owner of a mishap is no subject
                or _possessive_mishap_after(f, e)
                # "Pérez, de stalgenoot van Verstappen, vertrekt van P4": the one a relation is told of
                or _RELATION_OF_BEFORE_RE.search(f, max(0, s - 30), s) is not None
                # "mocht hij door de gridstraf voor Bottas als elfde starten": the one a penalty was for
                or _PENALTY_FOR_BEFORE_RE.search(f, max(0, s - 30), s) is not None
                # "Of Leclerc hetzelfde probleem had als Vettel", "the same issue as Vettel": a comparison
                or _COMPARED_BEFORE_RE.search(f, max(0, s - 60), s) is not None
                # "Gasly, the man Albon replaced at Red Bull, finished second": the subject of a relative
                # clause without its pronoun, inside the apposition of another
                or (english and _REDUCED_RELATIVE_BEFORE_RE.search(f, max(0, s - 20), s) is not None)
            )
            out.append(Mention(s, e, drivers, label, obj, group))
            taken.append((s, e))

    for h in gz.drivers(f):
        ids = _in_season(gz, h.ids, season)
        if len(ids) == 1 and not _OTHER_FORENAME_RE.search(f, max(0, h.start - 12), h.start):
            # "Michael Schumacher" is not Mick: a forename of an earlier driver names that driver
            add(h.start, h.end, ids, f[h.start : h.end])
    for h in gz.forenames(f):
        of_season = _in_season(gz, h.ids, season)
        ids = tuple(i for i in of_season if i in surnames_seen)
        if _NAMESAKE_AFTER_RE.match(f, h.end):
            continue  # "Autódromo José Carlos Pace": a circuit's namesake, not the driver of that forename
        if f[h.end : h.end + 1] == " " and _followed_by_surname(gz, f, h):
            continue
        misspelt = _misspelt_surname_after(gz, f, h.end, of_season)
        if misspelt is not None:
            # "Daniel Riccardo who had a shock win": his forename, and his surname typed one letter off
            add(h.start, misspelt[1], (misspelt[0],), f[h.start : misspelt[1]])
            continue
        if len(ids) == 1:
            add(h.start, h.end, ids, f[h.start : h.end])
        elif (
            of_season
            and not ids
            and _VERB_AFTER_FORENAME_RE.match(f, h.end)
            # (not after a preposition: "dankzij het uitvallen van Max werd dat de vijfde plek")
            and not is_object(f, h.start)
        ):
            # '"The fact that Kevin was on pole ..."' in an article that never names Magnussen: a driver the
            # article has not told who he is; the clause is about him, not the one it was about before
            undecided.append(h.start)
    # Team groups and team epithets: "beide Haas-coureurs", "de Red Bull-coureur", "de Ferrari".
    for h in teams:
        # ("de twintigjarige coureur van McLaren": room for a word before the noun)
        before = f[max(0, h.start - 40) : h.start]
        # ("de coureur van McLaren-Renault": the engine maker is part of the team's name)
        engine = _ENGINE_AFTER_RE.match(f, h.end)
        hend = engine.end() if engine else h.end
        after = f[hend : hend + 12]
        team_ids = h.ids
        mlen = _TEAM_DRIVER_RE.match(after)
        is_driver = mlen is not None
        plural = h.kind == "teams" or _TEAM_PLURAL_RE.match(after) is not None
        end = hend + (mlen.end() if mlen else 0)
        if after.startswith("-") and not is_driver and not plural:
            continue  # "twee Ferrari-zeges", "de Mercedes-motor": a thing of the team, no driver
        pre = _TEAM_GROUP_BEFORE_RE.search(before)
        if plural or pre:
            drivers = _team_group(gz, team_ids, season, state)
            if drivers:
                gstart = h.start - (len(before) - pre.start()) if pre else h.start
                add(gstart, end, drivers, f[gstart:end], group=True)
        elif (driver_of := _DRIVER_OF_BEFORE_RE.search(before)) and not is_driver:
            # "de coureur van Red Bull moest uitwijken": the driver of the team the article is about
            one = _team_single(
                gz, team_ids, season, state, [d for m in out if m.start < h.start for d in m.drivers]
            )
            if one:
                dstart = h.start - (len(before) - driver_of.start())
                add(dstart, hend, (one,), f[dstart:hend])
        elif (
            is_driver or (_TEAM_EPITHET_BEFORE_RE.search(before) and not _TALLY_FOR_BEFORE_RE.search(before))
        ) and not any(0 <= m.start - end <= 1 for m in out):
            # "Mercedes-coureur Valtteri Bottas" is one driver: the epithet names the name after it
            here = [d for m in out if m.start < h.start for d in m.drivers]
            one = _team_single(gz, team_ids, season, state, here, _objects_after(out, f, end))
            if one:
                add(h.start, end, (one,), f[h.start : end])
            elif is_driver and _TEAM_EPITHET_BEFORE_RE.search(before):
                # "the McLaren driver set the fastest lap to deny Hamilton": one of the team's two, not told
                # which; somebody, neither the subject carried on nor a driver named after it
                undecided.append(h.start)
    for h in gz.demonyms(f):
        if any(h.end < m.start <= h.end + 2 for m in out):
            continue  # "de Fin Kimi Räikkönen", "the Briton Lando Norris": the name that follows is the one
        here = [d for m in out if m.start < h.start for d in m.drivers]
        ids = _of_age(gz, h.ids, h.age, state) if h.age is not None else h.ids
        one = _recent(ids, state, here) or _unique_in_season(gz, ids, season)
        if one:
            add(h.start, h.end, (one,), f[h.start : h.end])
    if "car " in f or "auto " in f or "wagen " in f:
        for m in _CAR_NUMBER_RE.finditer(f):
            # "Fact: Car 5 left the track": a stewards' document names the car by its number
            number = int(m.group(1))
            ids = tuple(d.id for d in gz.ref.drivers_in_season(season or 0) if d.number == number)
            if len(ids) == 1:
                add(m.start(), m.end(), ids, m.group(0))
    if "kampioen" in f or "champion" in f or "titelverdediger" in f:
        for m in _CHAMPION_RE.finditer(f):
            if any(m.end() < x.start <= m.end() + 2 for x in out):
                continue  # "de regerend wereldkampioen Max Verstappen": the name that follows
            if _CHAMPION_YEAR_AFTER_RE.match(f, m.end()):
                continue  # "de wereldkampioen van 2016": that year's
            champ = _reigning_champion(gz, state)
            if champ and m.group("adj") and not _nationality_named(gz, champ, m.group("adj")):
                continue  # "de zevenvoudig ..." or another nation's adjective: not the champion named
            if champ:
                add(m.start(), m.end(), (champ,), m.group(0))
    if "voudig" in f or "time champion" in f or "time world" in f:  # cheap gate
        for m in _TITLED_RE.finditer(f):
            if season is None or any(m.end() < x.start <= m.end() + 2 for x in out):
                continue  # "de zevenvoudig wereldkampioen Lewis Hamilton": the name that follows
            count = _TITLE_COUNTS.get(m.group("nl") or m.group("en") or "") or int(m.group("en") or 0)
            titled = gz.ref.titled(count, season)
            if len(titled) == 1:
                add(m.start(), m.end(), titled, m.group(0))
    for m in PRONOUN_RE.finditer(f):
        listed = _listed_objects(out, f)
        prior = [
            x
            for x in out
            if x.start < m.start()
            and not x.is_object
            and len(x.drivers) == 1
            and x.start not in listed
            # ("Door de straf van Bottas schuift hij een plek op": whose penalty, not who moves up)
            and not _OPENING_CAUSE_OF_RE.match(f, 0, x.start)
        ]
        # the first of its part of the sentence: a demonym ("the Mexican") is found after the names but may
        # come first; one before a colon is another part's ("niet voor de Nederlander: ... wint hij")
        near = [x for x in prior if not _PART_BREAK_RE.search(f, x.end, m.start())]
        lead = _CONCESSIVE_LEAD_RE.match(f) if near else None
        if lead and any(x.start >= lead.end() for x in near):
            # "Hoewel Sainz het hem moeilijk maakte, hield Gasly stand en kwam hij als eerste over de finish":
            # the subject of a leading "although" clause is not whom the main clause goes on about
            near = [x for x in near if x.start >= lead.end()]
        if near:
            first = min(near, key=lambda x: x.start)
            contrast = _CONTRAST_RE.search(f, first.end, m.start())
            told = [x for x in near if contrast and x.start > contrast.end()] if contrast else []
            if told:
                # "Norris did a fine job, while Giovinazzi was eighth, but he will lose that": the one the
                # contrast is about, which the sentence goes on with
                first = told[0]
            who: str | None = first.drivers[0]
            if any(
                first.end <= x.start and x.drivers[0] != who and _mishap_owner(f, x.end)
                for x in out
                if x.start < m.start() and len(x.drivers) == 1
            ):
                # "Bottas managed P3, Hamilton P4, but with Hamilton's grid penalty he will start P9": the
                # mishap's owner or the subject, the words do not say which
                who = None
                undecided.append(m.start())
        elif not prior and (
            owned := [
                x
                for x in out
                if x.start < m.start()
                and len(x.drivers) == 1
                and x.label.endswith(("'s", "’s", "s"))
                and _EXPLETIVE_OWNER_RE.fullmatch(f, 0, x.start)
            ]
        ):
            who = owned[0].drivers[0]
        else:
            # ("All the focus has been on Lewis Hamilton after he secured his sixth title": the one driver the
            # sentence named before, an object, rather than the one the article is about)
            # (only a pronoun that opens a subordinate clause: not '"It broke," he said' after an object)
            objects = [x for x in out if x.end <= m.start() and len(x.drivers) == 1 and not x.group]
            opens = _SUBORDINATOR_BEFORE_RE.search(f, 0, m.start()) is not None
            single = objects[0].drivers[0] if opens and len({x.drivers[0] for x in objects}) == 1 else None
            who = prior[0].drivers[0] if prior else single or state.focus
        if who and not prior and who in (not_him := _objects_after(out, f, m.end())):
            # "Ocon duwde Verstappen van de baan. Na afloop ging hij in gesprek met Ocon": "hij" is not the
            # one his clause names as its object, even when the sentence before was about him; the one other
            # driver that sentence named is, and with more than one, nobody
            others = set(state.named_before) - not_him
            who = others.pop() if len(others) == 1 else None
        if who:
            add(m.start(), m.end(), (who,), m.group(1))
    latter_words = any(w in f for w in ("latter", "former", "genoemde", "laatste", "de eerste", "the first"))
    for m in _LATTER_RE.finditer(f) if latter_words else ():
        # "Leclerc finished fourth from Hamilton, the latter charging up from 11th": the one named last;
        # "... Sainz en Pérez. Eerstgenoemde erfde de pole": the one named first of the pair before
        named = [x for x in out if x.end <= m.start() and not x.group and not _LATTER_RE.fullmatch(x.label)]
        if m.group(0) in _FORMER:
            meant = (named[0].drivers if len(named) >= 2 else ()) or (
                (state.first_named,) if not named and state.first_named else ()
            )
        else:
            meant = named[-1].drivers if named else ((state.last_named,) if state.last_named else ())
        if len(meant) == 1:
            add(m.start(), m.end(), meant, m.group(0))
    own_gap = _OWN_GAP_RE.match(f) if f.startswith(("zijn ", "his ", "haar ", "her ")) else None
    if own_gap and state.focus:
        # "Zijn achterstand op Hamilton is 37 punten", "His gap to Bottas is now 39 points": a sentence that
        # opens with his standing in the title race is about the driver in focus, like "hij" would be
        add(0, own_gap.end(1), (state.focus,), own_gap.group(1))
    opening = _DEMONSTRATIVE_RE.match(f) if f.startswith(("die ", "deze ")) else None
    if opening and state.last_named:
        # "... de leidersplaats over van Lewis Hamilton. Die eindigde pas als 7e.": a sentence that opens
        # with "die" and a verb is about the driver named last, not the paragraph's focus
        add(0, opening.end(1), (state.last_named,), opening.group(1))
    for m in _DIE_AFTER_VERB_RE.finditer(f) if " die " in f else ():
        # "Hij nadert Bottas, al staat die nog altijd tweede": "die" right after a verb is the one named last
        named = sorted(
            (x for x in out if x.end <= m.start() and not x.group and len(x.drivers) == 1),
            key=lambda x: x.start,
        )
        last = named[-1].drivers if named else ((state.last_named,) if state.last_named else ())
        if last:
            add(m.start(1), m.end(1), last, m.group(1))
    home = state.para_gp or state.main_event
    if season is not None and home and _HOME_WORD_RE.search(f):
        for m in _HOME_EPITHET_RE.finditer(f):
            if any(_NAMED_AFTER_RE.fullmatch(f, m.end(), x.start) for x in out):
                continue  # "thuisrijder Sergio Pérez": the name is the mention
            local = [d.id for d in gz.ref.drivers_in_season(season) if home in gz.ref.home_event_keys(d.id)]
            if len(local) == 1:
                add(m.start(), m.end(), (local[0],), m.group(0))
    if season is not None and _TEAMMATE_WORD_RE.search(f):
        for m in _TEAMMATE_RE.finditer(f):
            if any(
                _NAMED_AFTER_RE.fullmatch(f, m.end(), x.start) and _apposition(f, m.end(), x) for x in out
            ):
                continue  # "zijn teamgenoot Pérez", "his teammate, Pérez,": the name is the mention
            owners = [x for x in out if x.start < m.start() and not x.is_object and len(x.drivers) == 1]
            prior = [x for x in out if x.end <= m.start()]
            if prior and len(prior[-1].drivers) == 1 and _WHO_AFTER_NAME_RE.match(f, prior[-1].end):
                # "third place went to Perez, who finished 18 seconds behind his teammate": the one "who"
                # follows, object or not
                owners = [prior[-1]]
            owner = owners[-1].drivers[0] if owners else state.focus
            mate = _teammate(gz, owner, season) if owner else None
            if owner and mate is None and m.group("adj"):
                # (a season with a stand-in, Mercedes 2020: "zijn Finse teamgenoot" is the one the adjective
                # tells)
                fits = {x for x in _teammates(gz, owner, season) if _nationality_named(gz, x, m.group("adj"))}
                mate = fits.pop() if len(fits) == 1 else None
            if mate and _nationality_fits(gz, mate, m.group("adj")):
                add(m.start(), m.end(), (mate,), m.group(0))
            elif owners and mate is None:
                # "Hamilton werd zesde, maar zijn teamgenoot werd negende" in a season he had two: somebody,
                # not the one named before
                undecided.append(m.start())
            elif not owners and m.group("adj") and state.named_before:
                # "De Brit vergrootte zijn voorsprong op Bottas. Zijn Finse teamgenoot ...": the one driver
                # of the pairs named before (each and his teammate) whose nationality the adjective tells
                pairs = {x for d in state.named_before for x in (d, _teammate(gz, d, season)) if x}
                fits = {x for x in pairs if _nationality_named(gz, x, m.group("adj"))}
                if len(fits) == 1:
                    add(m.start(), m.end(), (fits.pop(),), m.group(0))
        for x in list(out):
            g = _GENITIVE_MATE_RE.match(f, x.end)
            if g is None or len(x.drivers) != 1 or x.group:
                continue
            if any(_NAMED_AFTER_RE.fullmatch(f, g.end(), y.start) for y in out):
                continue  # "Verstappens teamgenoot Pérez": the name is the mention
            # "Daardoor eindigde Verstappens teamgenoot als tweede": the one teammate of the genitive's driver
            mate = _teammate(gz, x.drivers[0], season)
            # ("Sergio Perez, Verstappens ploeggenoot, ...": named in the sentence, the noun is an apposition)
            if mate and not any(y.drivers == (mate,) for y in out):
                add(g.start("noun"), g.end(), (mate,), g.group("noun"))
    if season is not None and _TEAMMATE_WORD_RE.search(f):
        for x in list(out):
            of = _MATE_OF_RE.search(f, max(0, x.start - 60), x.start) if len(x.drivers) == 1 else None
            if of is None or x.group:
                continue
            # "De Mexicaanse teamgenoot van Verstappen had een chaotische race": the teammate, not the one
            # named after "van" (unless the sentence names the teammate himself: "Pérez, de teamgenoot van
            # Verstappen," is an apposition)
            adj = of.group("adj")
            mate = _teammate(gz, x.drivers[0], season)
            if mate is not None and any(y.drivers == (mate,) for y in out):
                continue
            out.remove(x)
            taken.remove((x.start, x.end))
            if (
                mate is not None
                and _nationality_fits(gz, mate, adj)
                and not (adj and _NOT_TEAMMATE_RE.match(adj))
            ):
                add(of.start(), x.end, (mate,), f[of.start() : x.end])
            # (else the one meant is not this season's teammate, and not the one named either: nobody)
    for m in _GROUP_BOTH_RE.finditer(f):
        if m.group(1) == "both" and _BOTH_THINGS_RE.match(f, m.end()):
            continue  # "he served both penalties": both of his things, no pair of drivers
        named = [x for x in out if not x.group]
        drivers = tuple(dict.fromkeys(d for x in named for d in x.drivers))
        pair = [x for x in named if x.start > m.end()][:2]
        if (
            len(pair) == 2
            and not f[m.end() : pair[0].start].strip()
            and PAIR_JOIN_RE.fullmatch(f, pair[0].end, pair[1].start)
        ):
            # "Both Kvyat and Norris eventually retired, while Sainz recovered": the pair it opens, not
            # every name of the sentence
            drivers = tuple(dict.fromkeys((*pair[0].drivers, *pair[1].drivers)))
        elif len(drivers) == 1 and state.focus and state.focus not in drivers:
            drivers = (state.focus, *drivers)
        elif len(drivers) < 2:
            drivers = state.prev_group
            if m.group(1).startswith(("beid", "both", "allebei")) and len(drivers) > 2:
                drivers = drivers[-2:]  # "beiden" after three names: the last two, who were joined
        if len(drivers) >= 2:
            add(m.start(), m.end(), drivers, m.group(1), group=True)
    out.sort(key=lambda m: m.start)
    # "beats Hamilton, Verstappen to pole", "passed Norris and Piastri": the names listed after an object
    # are objects too.
    for prev, cur in itertools.pairwise(out):
        if (
            prev.is_object
            and not cur.is_object
            and _LIST_ON_RE.fullmatch(f, prev.end, cur.start)
            and _LIST_GOES_ON_RE.match(f, cur.end)
            # "De teamgenoot van Verstappen, Sergio Pérez, pakte ...": the name after the comma is the one
            # the noun phrase means, the subject
            and not (f[prev.end : cur.start].strip() == "," and _KIN_OF_BEFORE_RE.search(f, 0, prev.start))
        ):
            cur.is_object = True
    if " in " in f or " voorbij" in f:  # cheap gate
        _passed_with_particle(out, f)
    for kept in out:
        if _KEPT_BEHIND_AFTER_RE.match(f, kept.end):
            # "wist (de coureur uit Nastola) Verstappen achter zich te houden": the one kept behind is no
            # subject
            kept.is_object = True
    return out


_COMPARED_BEFORE_RE = re.compile(
    r"\b(?:(?:hetzelfde|dezelfde|zelfde|eenzelfde)\b[^,.;]{0,40}\bals|net als|evenals|zoals|"
    r"(?:the )?same\b[^,.;]{0,40}\bas|just like|much like|like)\s+$"
)
_REDUCED_RELATIVE_BEFORE_RE = re.compile(r",\s+the\s+(?:man|driver|one|rider|person)\s+$")
# a verb right after a bare forename: the forename is the clause's subject ("Kevin was on pole")
_VERB_AFTER_FORENAME_RE = re.compile(
    r"\s+(?:was|is|had|has|took|takes|finished|finishes|won|wins|qualified|started|starts|got|crashed|"
    r"retired|lands|landed|ended|werd|wordt|heeft|wint|eindigde|eindigt|startte|start|kwam|komt|"
    r"stond|staat|reed|rijdt|pakte|pakt|crashte|viel)\b"
)


# the particle of a Dutch verb passing them after the ones passed: "haalde Gasly en Sainz in om ... te"
_PASSED_PARTICLE_AFTER_RE = re.compile(r"\s+(?:in|voorbij)\s*(?:\bom\b|\ben\b|,|\.|$)")


def _passed_with_particle(out: list[Mention], f: str) -> None:
    """ "Alonso haalde Gasly, Ricciardo en Sainz in om als achtste te finishen": the ones before the particle
    of "inhalen"/"voorbijgaan", and the list they close, are objects of the subject named before them."""
    for i, m in enumerate(out):
        if i == 0 or m.group or not _PASSED_PARTICLE_AFTER_RE.match(f, m.end):
            continue
        j = i
        while j > 0 and _LIST_ON_RE.fullmatch(f, out[j - 1].end, out[j].start):
            j -= 1
        if j > 0 and any(not x.is_object and not x.group for x in out[:j]):
            for x in out[j : i + 1]:
                x.is_object = True


# kept behind by the subject: "Verstappen achter zich te houden", "hield Hamilton achter zich"
_KEPT_BEHIND_AFTER_RE = re.compile(r"\s+(?:\w+\s+)?achter zich\b")


def after_sentence(state: ArticleState, mentions: list[Mention], facts: list[Fact], f: str = "") -> None:
    """Move the article's focus, last group and mention order on past the sentence ``f`` (folded)."""
    # Focus: the first single driver this sentence is about.
    singles = [m for m in mentions if len(m.drivers) == 1 and not m.group]
    subjects = [m for m in singles if not m.is_object]
    lead = _CONCESSIVE_LEAD_RE.match(f) if len(subjects) > 1 else None
    if lead and any(m.start >= lead.end() for m in subjects):
        # "Hoewel Sainz het hem moeilijk maakte, hield Gasly stand. Hij is ...": the main clause's subject
        subjects = [m for m in subjects if m.start >= lead.end()]
    if len(subjects) >= 3 and PAIR_JOIN_RE.fullmatch(f, subjects[0].end, subjects[1].start):
        # "Leclerc en Sainz leken sneller, maar in Q3 sloeg Pérez toe. Hij ...": a pair is no one "hij";
        # the one subject after it is
        subjects = subjects[2:]
    # ("entered Alexander Albon's Williams": his car, the sentence is not about him)
    owners = [
        m for m in singles if m.label.endswith(("'s", "’s")) and _OWN_PERFORMANCE_AFTER_RE.match(f, m.end)
    ]
    semi = f.rfind(";")
    if semi > 0 and (after_semi := [m for m in subjects if m.start > semi]) and subjects[0].start < semi:
        # "Norris tried to pass and Verstappen forced him off; the Red Bull driver then left the track. He
        # served both penalties": the subject of the last part of the sentence is the one it left off with
        subjects = after_semi
    fronted = _FOR_OPENING_RE.match(f)
    if subjects:
        state.focus = subjects[0].drivers[0]
    elif len(singles) == 1 and fronted and fronted.end() == singles[0].start:
        # "For Norris, tears. He had come within two laps of winning": the one the sentence is for
        state.focus = singles[0].drivers[0]
    elif len(owners) == 1 and len(singles) == 1:
        # "The most exhilarating drive of Lewis Hamilton's season ... He made it onto the podium": the one
        # driver whose drive the sentence is about, though after "of"
        state.focus = owners[0].drivers[0]
    elif singles and not state.focus:
        state.focus = singles[0].drivers[0]
    groups = [m for m in mentions if not m.is_object]
    if len(groups) >= 2:
        state.prev_group = tuple(dict.fromkeys(d for m in groups for d in m.drivers))
    elif facts and len({x.driver for x in facts}) >= 2:
        state.prev_group = tuple(dict.fromkeys(x.driver for x in facts))
    elif any(d not in state.prev_group for m in singles for d in m.drivers):
        # "Norris werd tweede, Leclerc derde. Verstappen werd zesde. ... Het verschil tussen de twee": a
        # driver outside the pair came to the fore since; "de twee" no longer means it
        state.prev_group = ()
    for mention in mentions:
        state.mentioned.extend(mention.drivers)
    state.named_before = tuple(d for m in mentions for d in m.drivers)
    # (the mentions come sorted by where they start)
    state.last_named = mentions[-1].drivers[0] if mentions and len(mentions[-1].drivers) == 1 else None
    state.first_named = mentions[0].drivers[0] if mentions and len(mentions[0].drivers) == 1 else None


# a sentence fronted by whom it is for: "For Norris, tears.", "Voor Leclerc eindigde het in de muur."
_FOR_OPENING_RE = re.compile(r"\W*(?:for|voor)\s+")
# what a driver's possessive names when the sentence is about him: his drive, his race, his season
_OWN_PERFORMANCE_AFTER_RE = re.compile(
    r"(?:'s|’s)?\s+(?:[\w-]+\s+){0,2}?(?:drive|race|season|weekend|afternoon|day|result|recovery|performance|"
    r"victory|win|podium|charge|comeback|debut|title|championship|campaign|career|lap|stint|start)\b"
)


def _listed_objects(found: list[Mention], f: str) -> set[int]:
    """Starts of the names listed after an object ("in gevecht met Bottas, Hamilton en Raikkonen"): objects
    too, so no later "hij" means one of them."""
    listed: set[int] = set()
    ordered = sorted(found, key=lambda x: x.start)
    for prev, cur in itertools.pairwise(ordered):
        if (prev.is_object or prev.start in listed) and _LIST_ON_RE.fullmatch(f, prev.end, cur.start):
            listed.add(cur.start)
    return listed


_NEXT_NAME_WORD_RE = re.compile(r" ([a-z][a-z'-]{4,})\b")


def _misspelt_surname_after(
    gz: Gazetteer, f: str, end: int, ids: tuple[str, ...]
) -> tuple[str, int] | None:
    """The one driver of ``ids`` whose surname the word after a forename is, typed one letter off (two in a
    long one), and where that word ends."""
    m = _NEXT_NAME_WORD_RE.match(f, end)
    if m is None:
        return None
    word = m.group(1)
    near = []
    for i in ids:
        d = gz.ref.driver(i)
        surname = fold(d.surname) if d else ""
        if surname and surname != word and DamerauLevenshtein.distance(word, surname) <= (
            1 if len(surname) < 8 else 2
        ):
            near.append(i)
    return (near[0], m.end()) if len(near) == 1 else None


def _followed_by_surname(gz: Gazetteer, f: str, h: NameHit) -> bool:
    return any(d.start == h.start for d in gz.drivers(f[h.start : h.start + 40]) if d.start == 0)


def _in_season(gz: Gazetteer, ids: tuple[str, ...], season: int | None) -> tuple[str, ...]:
    return gz.ref.in_season(ids, season)


def _team_group(
    gz: Gazetteer, team_ids: tuple[str, ...], season: int | None, state: ArticleState
) -> tuple[str, ...]:
    if season is None:
        return ()
    ref = gz.ref
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


def drives_for(gz: Gazetteer, driver: str, team_ids: tuple[str, ...], season: int | None) -> bool:
    """Whether ``driver`` drove for one of ``team_ids`` in ``season`` (None: in any season)."""
    drv = gz.ref.driver(driver)
    if drv is None:
        return False
    teams = (
        drv.teams.get(season, ()) if season is not None else tuple(t for ts in drv.teams.values() for t in ts)
    )
    return bool(set(teams) & set(team_ids))


_CLAUSE_MARK_RE = re.compile(r"[,;:()\u2013\u2014]|\s-\s")


def _team_single(
    gz: Gazetteer,
    team_ids: tuple[str, ...],
    season: int | None,
    state: ArticleState,
    here: list[str],
    not_him: frozenset[str] = frozenset(),
) -> str | None:
    for d in reversed(here):
        if drives_for(gz, d, team_ids, season):
            return d
    if state.focus and state.focus not in not_him and drives_for(gz, state.focus, team_ids, season):
        return state.focus
    for d in reversed(state.mentioned):
        if d not in not_him and drives_for(gz, d, team_ids, season):
            return d
    return None


def _objects_after(found: list[Mention], f: str, pos: int) -> frozenset[str]:
    """The drivers named as objects after ``pos`` in its clause: "De Red Bull-coureur ... na het uitvallen
    van ploeggenoot Daniel Ricciardo" is not Ricciardo, whoever the sentence before was about ("he had
    impeded Magnussen ..., and gave Piastri a penalty": another clause's object may be him)."""
    return frozenset(
        d
        for m in found
        if m.start >= pos
        and m.is_object
        and len(m.drivers) == 1
        and not _CLAUSE_MARK_RE.search(f, pos, m.start)
        for d in m.drivers
    )


def _apposition(f: str, end: int, name: Mention) -> bool:
    """Whether ``name`` right after a teammate phrase ending at ``end`` names him: straight after it, or
    between commas ("his teammate, Pérez, ..."); not a new clause's subject ("..., Leclerc volgt")."""
    return f[end : name.start].strip() == "" or f[name.end : name.end + 1] in (",", "")


def _teammate(gz: Gazetteer, owner: str, season: int) -> str | None:
    """The one driver who shared a team with ``owner`` in ``season``; None when he had several."""
    mates = _teammates(gz, owner, season)
    return mates.pop() if len(mates) == 1 else None


def _teammates(gz: Gazetteer, owner: str, season: int) -> set[str]:
    """Every driver who shared a team with ``owner`` in ``season``."""
    drv = gz.ref.driver(owner)
    if drv is None:
        return set()
    return {d.id for t in drv.teams.get(season, ()) for d in gz.ref.team_drivers(t, season)} - {owner}


def _own_stems(gz: Gazetteer, driver: str) -> set[str] | None:
    """The first letters of the driver's nationality words ("fin" for Bottas), None for an unknown driver."""
    drv = gz.ref.driver(driver)
    if drv is None:
        return None
    return {fold(w)[:_STEM] for w in (drv.nationality, *drv.demonyms_nl, *drv.demonyms_en)}


def _nationality_named(gz: Gazetteer, driver: str, adjective: str) -> bool:
    """Whether the adjective is the driver's own nationality ("Finse" for Bottas), not just any word."""
    own = _own_stems(gz, driver)
    return own is not None and adjective[:_STEM] in own


def _nationality_fits(gz: Gazetteer, driver: str, adjective: str | None) -> bool:
    """Whether an adjective before "teamgenoot" allows ``driver``: a nationality ("Mexicaanse",
    "Mexican") must be his; any other word ("jonge") says nothing. Adjectives are told from nationality
    words by their first letters ("mex-icaanse", "mex-icaan"), as the tables hold nouns only."""
    if not adjective:
        return True
    stem = adjective[:_STEM]
    own = _own_stems(gz, driver)
    if own is None:
        return False
    if stem in own:
        return True
    return stem not in _NATIONALITY_STEMS


def _recent(ids: tuple[str, ...], state: ArticleState, here: list[str]) -> str | None:
    for d in reversed(here):
        if d in ids:
            return d
    if state.focus in ids:
        return state.focus
    for d in reversed(state.mentioned):
        if d in ids:
            return d
    return None


def _unique_in_season(gz: Gazetteer, ids: tuple[str, ...], season: int | None) -> str | None:
    if season is None:
        return None
    inseason = [i for i in ids if (d := gz.ref.driver(i)) and season in d.teams]
    return inseason[0] if len(inseason) == 1 else None
