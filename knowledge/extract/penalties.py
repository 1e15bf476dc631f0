"""Penalties: time, grid, stop-go, drive-through, reprimand or disqualification, their size ("vijf
seconden", "three places") and reason ("voor het veroorzaken van een botsing", or a following sentence
that explains: "Zijn auto bleek te licht")."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from knowledge.extract.clauses import (
    CONDITION_OPENING_RE,
    GIVE_UP_EN,
    GIVE_UP_NL,
    group_ending_at,
    negated_right_before,
    subject_group,
)
from knowledge.extract.context import Clause, Mention
from knowledge.extract.licence import total_number_at
from knowledge.extract.mentions import PRONOUN_RE
from knowledge.extract.model import PENALTY_ANOTHER, PENALTY_NEXT_RACE, Fact, times_detail
from knowledge.extract.phrases import Phrases, alt, group, words
from knowledge.gazetteer import load_gazetteer
from knowledge.reference import load_reference
from knowledge.text import CARDINAL_RE, Sentence, cardinal_value, fold

# --- phrases ---------------------------------------------------------------------------------------

# places a driver must go back on the grid: "moet drie plaatsen naar achteren", "werd vijf plekken teruggezet"
# ("moet drie plekken opgeven in de startopstelling": places given up, on the grid told after them)
_PLACES_BACK = (
    r"(?:plaatsen|plekken) (?:achteruit|terug(?:gezet)?|naar achteren|naar achter|opgeven|inleveren|afstaan)"
)

# The matched words of these patterns are used (where a penalty starts and ends); no Dutch and English
# phrase of one slot match at the same place, and phrases that do (within a slot) keep their order.
NL: Phrases = {
    "time": (
        r"tijdstraf\w*",
        r"tijdsstraf\w*",  # (written with the joining s)
        r"tijdstaf\w*",  # (typed without its r: "een tijdstaf van vijf seconden")
        "seconden straf",
        r"(?:tijdstaf|(?:tijd)?straf) van (?:\w+ )?(?:\d+|\w+) seconden",
        r"strafseconden",  # "legde Vettel 5 strafseconden op"
        r"seconden aan (?:zijn|z'n|haar) broek",  # "kreeg vijf seconden aan zijn broek": a time penalty
        # "Er werden 10 tellen toegevoegd aan zijn racetijd", "kreeg tien seconden bij zijn racetijd opgeteld"
        r"(?:seconden|tellen) (?:werden |werd |worden )?(?:toegevoegd aan|opgeteld bij) (?:zijn|z'n|haar|de) "
        r"(?:race|eind)?tijd",
        r"(?:seconden|tellen) bij (?:zijn|z'n|haar|de) (?:race|eind)?tijd (?:opgeteld|geteld)",
    ),
    "grid": (
        r"gridstraf\w*",
        _PLACES_BACK,
        "startplaatsen",
        r"(?:plaatsen|plekken) aan (?:zijn|z'n|haar) broek",  # "krijgt vijf plaatsen aan zijn broek"
        # "werd naar de zevende startplek teruggezet omdat ...": sent back on the grid, its size not told
        r"(?:teruggezet|verwezen) naar (?:de |plek |plaats )?[\w-]+ (?:startplek|startplaats|startpositie)",
        r"naar (?:de |plek |plaats )?[\w-]+ (?:startplek|startplaats|startpositie) (?:\w+ )?"
        r"(?:teruggezet|verwezen)",
    ),
    "dsq": (
        r"diskwalific\w*",
        "gediskwalificeerd",
        r"uit de (?:\w+ ){0,8}?uitslag\b[^.;]{0,80}?geschrapt",
        r"geschrapt uit de (?:\w+ ){0,3}uitslag",
        "zwarte vlag",  # "kreeg de zwarte vlag": out of the race (not the zwart-witte warning flag)
    ),
    "reprimand": ("reprimande", "berisping"),
    # "een taakstraf van twee dagen": days of work set by the FIA, no place or time lost
    "service": (
        r"taakstraf\w*",
        r"werkstraf\w*",
        r"publieke dienst",
        r"openbare dienst",
        r"maatschappelijke dienst",
    ),
    "days": ("dagen", "dag"),
    "penalty": (r"straf\w*",),
    # A bare "straf" needs a verb that hands it out. Tested only.
    "verb": (
        "kreeg",
        "kregen",
        "krijgt",
        "krijgen",
        r"ontving\w*",
        "opgelegd",
        r"legde\w*",
        "leggen",
        "bestraft",
        "gestraft",
        "straften",
        "strafte",
        "uitzitten",
        "uitgezeten",
        r"incasseerde\w*",
        r"kost\w*",
    ),
    # a kind or a size of penalty denied beside the one given ("een reprimande in plaats van een gridstraf",
    # "in plaats van vijf seconden")
    # ("het equivalent van een stop-and-go": the kind it is compared with)
    "denied_kind_before": ("in plaats van", "geen", "niet", "equivalent van", "gelijk aan"),
    # no penalty, or one that might have been ("eigenlijk ... hoort te krijgen", "riskeert")
    "no_penalty_before": (
        "geen",
        "ontliep",
        "ontsnapte",
        "niet aan",
        "eigenlijk",
        "hoort",
        "hoorde",
        r"riskeer(?:t|de|den)",
        r"dreig(?:t|de|den)",
        # "de soap rond een mogelijke diskwalificatie van Hamilton": one that may come
        r"(?:een |de )?(?:mogelijke|eventuele|dreigende)",
        # "zou misschien straf krijgen": a penalty that might come
        r"zou(?:den)? (?:misschien|mogelijk|wellicht|nog)",
        # "in het geval van één straf is Pérez veilig": a penalty supposed
        "in (?:het )?geval van",
        # "Als ... had moeten monteren, dan had Leclerc voor straf vijf plaatsen ...": what would have been
        r"dan had(?:den)?",
        "naar verluidt",
        # "predikten voor een stop-and-go-penalty", "pleitten voor een zwaardere straf": one asked for
        r"predik\w* voor",
        r"pleit\w* voor",
        r"riepen om|roepen om|vroegen om",
        # "Er werd gespeculeerd over diskwalificatie voor Leclerc, maar zover kwam het niet": talked of
        r"gespeculeerd over|speculatie over|speculaties over",
        # "Marko gaat uit van een tijdstraf van maximaal vijf seconden", "rekent op", "houden rekening met",
        # "kan wegkomen met", "Het kan hem op een tijdstraf komen te staan": one expected, not (yet) given
        r"(?:gaat|gaan|ging|gingen) uit van",
        r"reken\w* op",
        r"rekening met",
        r"verwacht\w*",
        r"wegkomen met",
        r"kan (?:\w+ ){1,3}op",
    ),
    "seconds": ("seconden", "seconde", "strafseconden", "tellen"),
    "places": ("plaatsen", "plekken", "startplaatsen"),
    # What introduces a reason: "voor een aanrijding met Albon".
    # "een tijdstraf, het gevolg van een aanvaring met Bottas": an apposition that names the cause
    "reason": (*words("voor wegens vanwege omdat na nadat door"), "(?:het|als) gevolg van"),
    # A penalty "daarvoor" points back at the clause or sentence before it. Only the start is used.
    "reason_back": (
        # ("hinderde Räikkönen, waarvoor hij een tijdstraf kreeg": the deed the relative points back at)
        "waarvoor",
        "daarvoor",
        "hiervoor",
        "daarom",
        # "De Nederlander incasseert daardoor een gridstraf": because of what the sentence before told
        "daardoor",
        "hierdoor",
        r"voor (?:het|dat|dit) (?:incident|voorval|akkefietje)",
        r"voor (?:die|deze) (?:actie|aanrijding|botsing|manoeuvre)",
        # "kreeg vijf seconden voor zijn rol in het incident": the collision told before
        r"voor (?:zijn|haar) (?:rol|aandeel) in (?:het|dat|dit|de|die) "
        r"(?:incident|voorval|aanrijding|botsing|crash)",
        # "kreeg wel vijf seconden tijdstraf voor zijn manoeuvre.": the move the sentence before told
        r"voor (?:zijn|haar) (?:actie|manoeuvre|move|ingreep|fout)(?=\s*[.;!]|\s*$)",
        # "reed tegen Tsunoda aan en moest dat bekopen met een straf van vijf seconden"
        r"(?:moest|moet|moesten|zal) (?:dat|dit|het) (?:\w+ )?(?:bekopen|bezuren|betalen|ontgelden)",
        r"(?:bekocht|bekoopt|bezuurde|betaalde) (?:dat|dit|het)",
        r"(?:dat|dit|het) (?:moet|moest|moesten) (?:\w+ )?(?:bekopen|bezuren|betalen|ontgelden)",
    ),
    # A following sentence that gives the stewards' reasoning. Tested only.
    "explain": (
        "bleek",
        "bleken",
        r"volgens de (?:stewards|wedstrijdleiding|commissarissen)",  # "volgens de stewards zorgde ... voor"
        "omdat",
        "vanwege",
        "wegens",
        r"constateerde\w*",
        r"stelde\w* vast",
        "vastgesteld",
        r"oordeelde\w*",
        r"reglement\w*",
        "regels",
        "te ver",
        "te hard",
        "bestraft voor",
        "gestraft voor",
    ),
    # (and "besloot Verstappen voor het afsnijden van Hamilton een tijdstraf te geven": a nominal cause)
    "causal": ("omdat", "doordat", "vanwege", "wegens", "nadat", r"voor het \w+en"),  # only the start is used
    # Only where a sentence opens with it ("Door een lek in de tank werd hij gediskwalificeerd"): elsewhere
    # "door" names who did it ("door de stewards").
    "opening_cause": ("door",),
    # The stewards judging, before the penalty in the same sentence: the reason is what they found.
    # Penalised without a penalty noun: "werd bestraft voor ...". Only with a reason.
    "penalised": (
        r"(?:werd|werden|wordt|is|zijn) (?:\w+ )?(?:bestraft|gestraft)",
        # "de wedstrijdleiding bestrafte hem met twee keer 5 seconden": the one punished, the object
        r"(?:bestrafte|bestraften|bestraft) (?:\w+ ){1,3}met",
    ),
    # A penalty handed out without its receiver: "Er werd ook een diskwalificatie uitgedeeld."
    "handed_out": (
        "uitgedeeld",
        "uitgesproken",
        "opgelegd",
        "gegeven",
        "uitgereikt",
        r"deelde\w* (?:\w+ ){0,4}uit",
    ),
    # ... and the next sentence, without a verb, names him: "Aan Vettel, omdat ..."
    "receiver": ("aan", "naar"),
    "judge": (
        r"oordeel\w*",
        "vond",
        "vonden",
        "vindt",
        "vinden",
        r"concludeerde\w*",
        r"stelde\w* vast",
    ),
}
EN: Phrases = {
    "time": (
        "time penalty",
        "time penalties",
        "second penalty",
        r"\d+s penalty",
        # "ten seconds were added to his race time"
        r"seconds? (?:were |was )?added to (?:his|her|the) (?:race |final )?time",
    ),
    # ("three places on the grid", not "promoted to second place on the grid")
    "grid": (
        "grid penalty",
        "grid drop",
        "place grid",
        r"drop of (?:[\w-]+ )?grid (?:places|positions|spots|slots)",  # "Decision: Drop of five grid places"
        # "was handed a three-place drop" (a drop of places handed out is the grid's; not "suffered a three
        # place drop in the race")
        r"(?:handed|given|gets|got|takes|took|take|received|receives|faces|face|serves?|incur\w*|hit with) "
        r"(?:an? )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty)[- ]places? drop",
        r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty)[- ]places? (?:back |down )?on "
        r"the grid",
        # "dropped five places because of an engine change": places lost for a part changed, on the grid
        # (not "dropped five places after a spin": in the race)
        r"(?:dropped|drops|dropping|demoted|relegated) (?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
        r"fifteen|twenty) (?:places|positions|spots)(?= (?:because of|due to|for|after) (?:an? |his |the )?"
        r"(?:new |fresh |unscheduled |additional |extra )?"
        r"(?:engine|power unit|gearbox|component|pu\b|ice\b))",
        # "will start the British Grand Prix three places further back": a start moved back
        # (not "fell three places further back after his spin": in the race)
        # "was demoted to seventh on the starting grid after failing to slow": sent back, its size not told
        r"(?:demoted|relegated|sent back|moved back) (?:down )?to (?:p\d{1,2}|[\w-]+)(?: place| position)? "
        r"(?:on|for) the (?:starting )?grid",
        r"(?<=start )(?:(?:the )?[\w-]+ (?:grand prix|gp|race) )?"
        r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty) (?:places|positions|spots) "
        r"further back",
    ),
    # ("was shown the black flag", "black-flagged": out of the race; not the black-and-white warning flag)
    "dsq": (
        r"disqualif\w*",
        "dsq",
        # "formally excluded from final classification", "excluded from the race results" (the match is the
        # verb: a plural is told by its end)
        r"excluded(?= from (?:the )?(?:final )?(?:race |qualifying )?(?:results?|classification))",
        r"black[- ]flag\w*",
    ),
    "reprimand": (r"reprimand\w*",),
    "service": (r"community service", r"public service", r"public duties"),
    "days": ("days", "day"),
    "penalty": (r"penalt\w*",),
    "verb": (
        "received?",
        "receives",
        "got",
        "gets",
        "handed",
        "given",
        "gave",
        "hit with",
        "slapped",
        "earned",
        "incurred",
        "picked up",
        "served?",
        "serving",
        "awarded",
        "was penali[sz]ed",
        "penali[sz]ed",
    ),
    # ("the equivalent of serving a 10-second stop-go penalty": the kind it is compared with)
    "denied_kind_before": (
        "instead of",
        "rather than",
        "in place of",
        "not",
        "equivalent of",
        "equivalent of serving",
        "equal to",
    ),
    "no_penalty_before": (
        "no",
        # "wasn't disqualified", "was not given a grid penalty", "never got a penalty": none given
        "not",
        "never",
        r"\w+n['’]t",
        "reportedly",
        "allegedly",
        # "barring a 10-second penalty that the stewards are still investigating": not (yet) given
        "barring",
        # ("escaped with a reprimand": that one he got)
        r"escaped(?! with)",
        "avoided",
        "would have",
        "should have",
        "could have",
        r"(?:might|could|may) (?:still )?(?:get|receive|face)",
        r"in (?:the )?(?:case|event) of",
        "risks",
        "faces",
        "facing",
        # "why has Stroll not received a penalty": none given
        r"(?:not|never|n't) (?:been )?(?:received|receive|given|handed|get|got|gotten|earned)",
        # "called for a stop-go penalty", "argued for a harsher penalty": one asked for
        r"(?:called|calling|calls|argued|arguing|pushed|pushing|lobbied) for",
        r"speculat\w* (?:about|over|of)",
        # "Marko expects a five-second penalty at most", "could get away with": one expected
        r"expect\w*",
        r"anticipat\w*",
        "get away with",
        r"counting on",
    ),
    # ("5s"; not "as", which is no "a s")
    "seconds": ("second", "seconds", "sec", r"(?<=\d)s"),
    "places": ("places", "place"),
    "reason": ("because of", "because", "for", "after", "due to", "owing to", "(?:as )?a result of"),
    "reason_back": (
        "for (?:that|this|it|doing so)",
        "as a result",
        # "hit Tsunoda and paid for it with a five-second penalty"
        r"(?:paid|pays|paying) (?:the price )?for (?:it|that|this)",
        r"for (?:the|that|this) (?:incident|clash|collision|move)",
        r"for (?:his|her) (?:role|part) in (?:the|that|this) (?:incident|clash|collision|crash)",
        r"for (?:his|her) (?:move|manoeuvre|maneuver|actions?|mistake)(?=\s*[.;!]|\s*$)",
        # "entered the pitlane the wrong way and was handed a penalty following that"
        r"(?:following|after) (?:that|this)(?= *[.;]|$)",
        # "tipped Tsunoda into the air, which led to ... Ricciardo receiving a 10-second penalty": the deed
        # before the consequence
        # (not "..., which resulted in the time penalty": a penalty told before, perhaps another's)
        r"(?:which|that) (?:\w+ ){0,2}?(?:led|leads|resulted|results) (?:to|in)(?! the\b)",
        r"(?:which|that) (?:earned|earns|cost|costs) (?:him|her)",
    ),
    "explain": (
        "because",
        "according to the stewards",
        "was found",
        "were found",
        "due to",
        "ruled",
        "judged",
        "deemed",
        "found that",
        "determined",
        "regulations?",
        "rules",
        r"illegal\w*",
        "too far",
        "too fast",
        "penali[sz]ed for",
        "punished for",
    ),
    "causal": ("because", "due to", "after"),
    "opening_cause": ("because of", "owing to", "as a result of"),
    # ("when he found out he was disqualified": learning of it is no judging)
    # (not "found himself receiving two penalties": what befell him, no judgement)
    "judge": (
        r"found(?! out\b)(?! (?:himself|herself|themselves|itself)\b)",
        "judged",
        "deemed",
        "ruled",
        "decided",
        "considered",
        "believed",
    ),
    "handed_out": ("handed out", "issued", "given", "dished out"),
    "penalised": (r"(?:was|were|is|are|been|be|being|got|get) (?:\w+ )?penali[sz]ed", r"penali[sz]ed for"),
    "receiver": ("to",),
}


# a penalty told as one more: "a second five-second penalty", "een tweede tijdstraf"
_ANOTHER_BEFORE_RE = re.compile(
    # (not "nog een tijdstraf", "tien seconden extra straf": still, and the size added)
    r"\b(?:a second|another|an additional|a further|een tweede)"
    r"(?:\s+[\w-]+){0,2}\s*$"
)
# How many of the penalty there were: "twee keer een tijdstraf", "tweemaal", "twice"; "two penalties"
_TIMES_REACH = 40
_TIMES_RE = re.compile(r"\b(twee|drie|two|three) keer\b|\b(?:(twee|drie)maal|(twice))\b")
_COUNT_BEFORE_RE = re.compile(r"\b(twee|drie|two|three)\s+(?:[\w-]+\s+){0,2}$")


def _words_re(slot: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + alt(NL[slot], EN[slot]) + r")\b")


PEN_TIME_RE = _words_re("time")
PEN_GRID_RE = _words_re("grid")
_PEN_STOPGO_RE = re.compile(r"\bstop[- /]?(?:and|&|en)?[- ]?go\w*")
_PEN_DRIVE_RE = re.compile(r"\bdrive[- ]?through\w*")
_PEN_DSQ_RE = _words_re("dsq")
DSQ_WORD_RE = _PEN_DSQ_RE  # (the words that tell a disqualification, for the causes told beside one)
_PEN_REPR_RE = _words_re("reprimand")
_PEN_SERVICE_RE = _words_re("service")
_SIZE_D_RE = re.compile(r"\b(" + CARDINAL_RE + r")[- ]?(?:" + alt(NL["days"], EN["days"]) + r")\b")
_PEN_VERB_RE = _words_re("verb")
PENALTY_WORD_RE = _words_re("penalty")
# "De stewards legden hem een tijdstraf op", "Hem werd een gridstraf opgelegd", "Het kwam hem op twee
# tijdstraffen te staan": a Dutch penalty (a compound: "tijdstraf") handed to "hem", the one told of before
# (not "achter hem", "voor hem": a place next to him)
PENALTY_TO_PRONOUN_RE = re.compile(
    r"(?<!achter )(?<!voor )(?<!naast )(?<!bij )(?<!met )(?<!van )(?<!tegen )(?<!op )(?<!na )"
    r"\b(?:hem|haar)\b(?:[^.;]*straf)"
    # "De wedstrijdleiding bestrafte hem met twee keer 5 seconden": the verb before him
    r"|\b(?:be)?straft\w*\s+(?:hem|haar)\b"
)
# "finishte op meer dan 26 seconden achterstand", "five seconds behind": a gap, no penalty's size
_NOT_A_GAP = (
    r"(?!\s+(?:[\w-]+\s+)?(?:achterstand|achter|voorsprong|verschil|behind|ahead|clear|slower|faster|sneller|"
    r"trager|langzamer|off the (?:pace|lead))\b)"
)
_SIZE_S_RE = re.compile(
    r"\b(" + CARDINAL_RE + r")[- ]?(?:" + alt(NL["seconds"], EN["seconds"]) + r")\b"
    # ("was given a second five-second penalty": another one, of five seconds)
    r"(?<!\ba second)(?<!\ba sec)" + _NOT_A_GAP
)
# "10 not five seconds", "in plaats van vijf seconden": the size it was not
_DENIED_SIZE_RE = re.compile(
    group(NL["denied_kind_before"], EN["denied_kind_before"], before=r"\b") + r"\s+$"
)
# "omgezet in een tijdstraf van dertig seconden", "converted into a 30-second time penalty"
_CONVERTED_RE = re.compile(
    r"\b(?:omgezet|omgerekend|veranderd) (?:in|naar) (?:een )?(?:tijdstraf|straf) van ("
    + CARDINAL_RE
    + r") seconden\b"
    # ("converted into a thirty second time", the excerpt cut there: the seconds say it)
    r"|\bconverted (?:in)?to (?:a |an )?(" + CARDINAL_RE + r")[- ]second(?: time)?(?: penalty)?\b"
)
# a size right after "penalised" / "bestraft" (its start: the size is read where it is)
_SIZE_RIGHT_AFTER_RE = re.compile(
    r"\s+(?:by\s+|with\s+|met\s+)?(?:a\s+|een\s+)?(?=(?:" + CARDINAL_RE + r")[- ]?(?:" + alt(
        NL["seconds"], EN["seconds"], NL["places"], EN["places"]
    ) + r")\b)"
)
_SIZE_P_RE = re.compile(r"\b(" + CARDINAL_RE + r")[- ]?(?:" + alt(NL["places"], EN["places"]) + r")\b")
# "een gridstraf van (ten minste) vijf posities", "a five-position grid penalty", "will drop three positions":
# positions only right by the penalty ("klom drie posities" after it is a climb)
_ARTICLE_AND_ONE_WORD_RE = re.compile(r"(?:an?|the|een|de|het)\s+[\w-]+")
_ADJECTIVE_GOES_ON_RE = re.compile(r",\s*(?!(?:which|who|that|die|dat|and|en|but|maar)\b)[a-z-]+\s+[a-z-]+")
_DEMOTED_BEFORE_SIZE_RE = re.compile(r"\b(?:demoted|dropped|relegated|cost)\b[^.;]{0,40}$")


def _demoted_by(text: str, size_at: int) -> bool:
    """Whether the places at ``size_at`` are the ones a penalty "demoted him" in the result ("demoted the
    Ferrari driver a place"), not the size of a grid drop."""
    return _DEMOTED_BEFORE_SIZE_RE.search(text, max(0, size_at - 50), size_at) is not None
_SIZE_POSITIONS_RE = re.compile(
    r"(?:\w*straf\w*|\bpenalty) van (?:ten minste |minstens )?(" + CARDINAL_RE + r") (?:start)?posities\b"
    r"|\b(" + CARDINAL_RE + r")[- ](?:grid[- ])?positions? (?:grid )?penalty\b"
    r"|\bdrops? (?:\w+ )?(" + CARDINAL_RE + r") (?:grid )?positions\b"
)
# "de vijf seconden tijdstraf", "a five-second penalty", "een gridstraf van drie plaatsen": a size right by a
# penalty word
_SIZE_UNITS = alt(NL["seconds"], EN["seconds"], NL["places"], EN["places"])
_ANY_PENALTY_WORD = r"(?:\w*straf\w*|\w*penalt\w*)"
_SIZE_NEAR_PENALTY_RE = re.compile(
    r"\b("
    + CARDINAL_RE
    + r")[- ]?(?:"
    + _SIZE_UNITS
    + r")\b[^.;]{0,20}?\b"
    + _ANY_PENALTY_WORD
    + r"|\b"
    + _ANY_PENALTY_WORD
    + r"[^.;]{0,20}?\b("
    + CARDINAL_RE
    + r")[- ]?(?:"
    + _SIZE_UNITS
    + r")\b"
    + _NOT_A_GAP
)
_PENALTY_FOR_RE_BARE = re.compile(r"\bpenalty for \w+ing\b|\bstraf voor het \w+en\b")
_REASON_RE = re.compile(r"\b(?:" + alt(NL["reason"], EN["reason"]) + r")\s+(.{4,160})$")
_REASON_BACK_RE = _words_re("reason_back")
_EXPLAIN_RE = _words_re("explain")
_CAUSAL_RE = _words_re("causal")
_JUDGE_RE = _words_re("judge")
_HANDED_OUT_RE = _words_re("handed_out")
_PENALISED_RE = _words_re("penalised")
_NOT_PENALISED_RE = re.compile(r"\b(?:niet|not|never|nooit|geen|no)\b|n't\b")  # tested only, in and before it
_PERSONAL_RE = re.compile(
    r"\b(?:hij|hem|zij|ze|hen|zijn|he|him|she|her|they|them|his)\b"
)  # "werd hem opgelegd"
_OPENING_CAUSE_RE = re.compile(r"(?:" + alt(NL["opening_cause"], EN["opening_cause"]) + r")\s")
_WRONGED_IN_CAUSE_RE = re.compile(
    r"\b(?:voor het|vanwege het|wegens het|for)\s+[\w-]+\s+(?:\w+\s+){0,2}(?:van|of|op|on)\s+(?:\w+\s+)?$"
)
_AGENT_RE = re.compile(
    r"(?:de |het |the )?(?:stewards|wedstrijdleiding|wedstrijdleider|commissarissen|jury|fia|race director)\b"
)
# "Door een lek werd Vettel gediskwalificeerd": the cause ends where the main clause's verb starts.
_FINITE_VERB_RE = re.compile(
    r"\s(?:werd|werden|kreeg|kregen|moest|moesten|ontving|was|were|got|received|had to)\b", re.IGNORECASE
)
# "diskwalificatie dreigt", "a disqualification looms": threatened, not given
_THREATENED_AFTER_RE = re.compile(
    r"\w*\s+(?:\w+\s+){0,2}(?:dreigt|dreigde|hangt \w+ boven het hoofd|ligt op de loer|looms|loomed|"
    r"threatens|threatened|is possible|was possible|is mogelijk|is pending)\b"
)
# "moet drie plaatsen naar achteren (op de grid)": places back are a penalty when he must go back, or on
# the grid ("viel drie plaatsen terug" is a drop on the road)
_PLACES_BACK_RE = re.compile(_PLACES_BACK)
_OBLIGED_BEFORE_RE = re.compile(
    r"\b(?:moet|moest|moeten|moesten|gaat|ging|gaan|krijgt|kreeg|kregen|wordt|werd|worden|werden|zet|zette|"
    r"zetten|gezet|teruggezet|straf\w*|stewards)\b"
)
_ON_GRID_AFTER_RE = re.compile(
    r"\s+(?:\w+\s+){0,3}?(?:op|in) (?:de|het) (?:grid|startgrid|startopstelling|startveld)"
    r"|\s+(?:omdat|wegens|vanwege)\b"  # "Drie plaatsen achteruit omdat hij ...": with its reason
)
_A_RACE_ONLY_RE = re.compile(
    r"(?:(?:today|tomorrow|sunday|saturday)'?s |the |this |next |de |het |zondag |morgen )?(?:[\w-]+ ){0,2}"
    r"(?:grand prix|gp|race|grote prijs(?: van [\w -]+)?|sprint)"
)
_PREP_RIGHT_BEFORE_RE = re.compile(r"\b(?:met|tegen|with|against)\s+$")
_DECISION_LABEL_RE = re.compile(r"\s*(?:decision|beslissing|besluit|sanction|sanctie)\s*:")
# a grid penalty for the next race: "voor de komende race in Rusland", "for the next race", "at the next
# round"
_FOR_NEXT_RACE_RE = re.compile(
    r"[^.;]{0,60}?\b(?:voor|for|at|bij|in|into|tijdens) (?:de|het|the) (?:volgende|komende|next|upcoming) "
    r"(?:[\w-]+ ){0,2}?(?:race|grand prix|gp|wedstrijd|ronde|round|raceweekend|weekend)\b"
)
# "meaning a 10-second penalty would see Leclerc win", "een tijdstraf zou hem de zege kosten": a penalty
# supposed (his own "the penalty would drop him to fifth" tells what it did)
_WOULD_AFTER_RE = re.compile(r"\w*(?:\s+(?:van|of)\s+[\w-]+\s+[\w-]+)?\s+(?:would|could|might|zou|zouden)\b")
_INDEFINITE_BEFORE_RE = re.compile(r"\b(?:a|an|een)\s+(?:[\w-]+\s+){0,2}[\w-]*$")
# "Hamilton's disqualification", "Hamiltons diskwalificatie": the name owns what follows
_SIZE_LAST_RE = re.compile(r"\s+(" + CARDINAL_RE + r")$")
_POSSESSIVE_GAP_RE = re.compile(r"(?:['’]s)?\s+(?:\w+\s+)?")
_PENALTY_ITSELF_RE = re.compile(r"\s*(?:(?:being|was|his|her|a|an|the|zijn|haar|een|de|het|te|werd)\s+){0,2}")
_ANOTHER_PENALTY_RE = re.compile(r"\b(?:disqualif\w*|gediskwalificeerd|diskwalific\w*|\w*straf\w*|penalt\w*)")
_EXAMPLES_BEFORE_RE = re.compile(r"\b(?:voorbeelden van|examples of)\b[^.;]*$")
_NO_PENALTY_BEFORE_RE = re.compile(
    group(NL["no_penalty_before"], EN["no_penalty_before"], before=r"\b") + r"\W+(?:\w+\W+){0,4}$"
)
# "zou een straf te verduren hebben gekregen": alleged ("zou later een straf krijgen" tells what came)
_ALLEGED_RE = re.compile(
    r"\bzou(?:den)?\b[^.;]{0,80}\b(?:hebben|zijn) (?:gekregen|ontvangen|opgelopen|bestraft)\b"
)
_DENIED_KIND_BEFORE_RE = re.compile(
    group(NL["denied_kind_before"], EN["denied_kind_before"], before=r"\b")
    + r"\s+(?:(?:a|an|the|een|de)\s+)?(?:[\w-]+\s+)?$"
)
# characters before a kind's words to its denial ("the equivalent of serving a 10-second ")
_DENIED_REACH = 45
# The kinds with their own words, tried in this order.
_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("stop_go", _PEN_STOPGO_RE),
    ("drive_through", _PEN_DRIVE_RE),
    ("grid", PEN_GRID_RE),
    ("time", PEN_TIME_RE),
    ("reprimand", _PEN_REPR_RE),
    ("service", _PEN_SERVICE_RE),
)
_DSQ_OF_RE = re.compile(r"\s+(?:van|of)\s+")  # "diskwalificatie van Hamilton"
_DSQ_OF_NAME_RE = re.compile(r"(?:de\s+|the\s+)?")  # tested only: "van (de) <name>" right after
# "geschrapt uit de uitslag van de kwalificatie", "excluded from the results of qualifying": the session
# after "van" is no one disqualified; the clause's subject is.
_DSQ_OF_PLACE_RE = re.compile(r"(?:de\s+|the\s+)?(?:kwalificatie|qualifying|race|sprint|grand prix|gp)\b")
_DSQ_TOLD_BEFORE_RE = re.compile(  # "after these disqualifications": told before
    r"(?:door|na|after|following|vanwege|due to)\s+(?:de|the|die|these|zijn|his)\s+$"
)
# "a penalty for Sainz", "a time penalty to Red Bull's Verstappen" (his team's possessive before him)
_PENALTY_FOR_RE = re.compile(r"[\w\s-]{0,30}(?:voor|for|aan|to)\s+(?:[\w-]+(?:\s[\w-]+)?['’]s\s+)?$")
_PENALTY_FOR_NEAR_RE = re.compile(
    # "door de gridstraf van Verstappen erfde Sainz de pole": the genitive's driver got it
    r"\s+(?:accrued by|incurred by|handed (?:out )?to|given to|imposed on|opgelegd aan|for|voor|van|of|"
    r"against|tegen)\s+"
)
# "afstaan aan Verstappen", "hand pole to Verstappen": the one a place is given up to
_GIVEN_UP_TO_BEFORE_RE = re.compile(
    r"\b(?:" + GIVE_UP_NL + "|" + GIVE_UP_EN + r")\s+(?:[\w-]+\s+){0,2}?(?:aan|to)\s+$"
)
# "a penalty against the youngster", "tegen de Fransman": whom it went to (a name, or someone unnamed)
_AGAINST_RE = re.compile(r"\s+(?:against|tegen)\s+(?:the\s+|de\s+)?")
# What follows a penalty but is no cause of it: what it led to ("waardoor hij terugviel"), or another event
# with a cause of its own ("..., having qualified 11th after a brake issue")
_NOT_ITS_CAUSE_RE = re.compile(
    r"\b(?:waardoor|daardoor|zodat|waarna|whereby|which meant|meaning|so that|after which|which dropped|"
    # "begon door een gridstraf als zeventiende, maar sneed door het veld": what came after it, set against it
    r"maar|but|"
    # "Hamilton's time penalty meant Leclerc took second place for Ferrari": what it led to
    r"meant|means|(?:betekende|betekent) (?:dat|voor)|"
    # "..., having qualified 11th after a brake issue": another event, with its own cause
    # (not "for dropping more than ten car lengths behind", "for having ...": a gerund after "for" is why)
    r"(?<!for )dropping|(?<!for )having|"
    # "a penalty for replacing an engine which will drop him to the back of the grid": what it does
    r"(?:which|that|die|dat) (?:will|would|zal|zou)\b|"
    r"(?:which|that) (?:drops?|dropped|relegates?|relegated|sends?|sent) (?:him|her|them)|"
    r"die (?:hem|haar) (?:\w+ )?(?:kost|kostte|terugzet|terugzette)|"
    # "for the same infringement, ruining a race that started with such promise": what it did to his race
    r"(?<=, )(?:ruining|costing|ending|wrecking|spoiling|leaving|dropping|handing|denying)|"
    # "which he served in the pits after coming in when leading": when it was served, not why
    r"(?:which|that) (?:he|she|they) (?:\w+ )?served|"
    r"die (?:hij|ze|zij) (?:\w+ ){0,3}(?:uitzat|uitzitten|inloste))\b"
)
_WHILE_FLAG_AFTER_RE = re.compile(
    r"\s*,?\s*(?:terwijl|while|onder|under)\b[^.;]{0,40}\b(?:gele vlag\w*|yellow flags?|dubbel geel|"
    r"double[- ]yellow\w*|rode vlag|red flag|safety ?car|vsc)"
)
_REASON_CUT_RE = re.compile(
    r"\s+(?:en wordt|en werd|and finished|en eindigde|and was)\b"
    # ("... on Stroll and ultimately missed out on a point": what he did next)
    r"|\s+and (?:ultimately |eventually |then |later |still )?"
    r"(?:missed|finished|dropped|lost|ended|fell|came|went|scored)\b"
    # "two five-second penalties for the move and he was far from happy": a new clause of his, no reason
    r"|,?\s+(?:and|en) (?:he|she|they|hij|zij|ze) (?:was|were|is|are|had|has|werd|is|was|had|heeft)\b"
    # "a reprimand for the incident, and the second a five-second penalty": the next penalty of a list
    r"|,?\s+(?:and|en) (?:the|de|het) (?:second|other|latter|tweede|andere|laatste)\b"
)
_OFTEN_AFTER_FOR_RE = re.compile(
    r"(\b(?:for|voor)\s+)(?:at least|more than|no fewer than|minstens|ten minste|meer dan)\s+"
    r"(?:once|twice|\w+ times|(?:een|\w+) keer)(?:\s*\([^()]{0,40}\))?\s+"
)
_REASON_POINTS_BACK = ("that", "this", "it", "doing so", "dat", "dit", "het")
_REASON_APPLIES_RE = re.compile(
    r"(?:de|het|the) (?:volgende|komende|next|upcoming) (?:[\w-]+ ){0,2}?"
    r"(?:race|grand prix|gp|wedstrijd|round|ronde)(?: (?:in|van|of) [\w-]+)?\b"
)
_REASON_IS_PLACE_RE = re.compile(
    r"(?:the|de|het)?\s*(?:\w+\s+){0,3}(?:grand prix|gp|race|weekend)(?:\s+\w+){0,3}"
    # "for the Qatar Grand Prix later today at the Losail International Circuit outside Doha": when, where
    r"|(?:the|de|het)?\s*(?:\w+\s+){0,3}(?:grand prix|gp)"
    r"(?:\s+(?:later|today|tomorrow|this|on|sunday|saturday|weekend|vandaag|morgen|zondag|zaterdag))*"
    r"(?:\s+(?:at|in|op|on) (?:the |het |de )?(?:[\w-]+\s+){0,3}"
    r"(?:circuit|ring|park|track|baan|circuito)(?:\s+(?:outside|near|in|bij)\s+[\w-]+)?)?"
    # "gediskwalificeerd voor de kwalificatie van de sprintrace in São Paulo", "excluded from qualifying for
    # the sprint": the session it applies to, not why
    r"|(?:the|de|het)?\s*(?:kwalificatie|qualifying|sprint\w*|vrije training|practice)"
    r"(?:\s+(?:van|voor|of|for)\s+.*)?"
)
# "oordeelden de stewards dat", "the stewards ruled that": what follows is what they judged
_JUDGED_THAT_RE = re.compile(
    r"\b(?:" + alt(NL["judge"], EN["judge"]) + r")\s+(?:(?:de|the)\s+(?:stewards|wedstrijdleiding|"
    r"wedstrijdcommissarissen|fia)\s+)?(?:dat|that)\s+"
)
_JUDGED_CUT_RE = re.compile(
    # ("found his rear wing was too wide and Hamilton was disqualified": the one penalised after "and")
    r"\s+(?:en|and)\s+(?:\w+\s+){0,2}?(?:legde\w*|gaf|gaven|kreeg|gave|handed|awarded|besloten|besloot|decided|"
    r"bestraft\w*|penali[sz]ed|was|were|werd|werden|got)\b|,\s"
)


# "twee strafpunten (op zijn superlicentie)", "two penalty points on his licence": points on a licence
_LICENCE_POINTS_RE = re.compile(
    r"\b(" + CARDINAL_RE + r")\s+(?:(?:extra|nieuwe|more|further)\s+)?"
    r"(?:strafpunt\w*|penalty points?|licen[cs]e points?"
    # "given two points on his licence", the stewards' "(2 points awarded, ...)"
    r"|points?(?=\s+(?:awarded\b|on (?:his|the|their) (?:super ?)?licen[cs]e\b)))"
)
_NO_POINTS_BEFORE_RE = re.compile(
    r"\b(?:geen|no|zonder|without)\s+$"
    # "staat na Spanje op tien strafpunten", "brings his total to ten": a total, not points handed out
    r"|\b(?:staat|stond|staan|zit|zat|sits|stands|brengt|brings|heeft nu|now has|totaal|total|tally)\b"
    r"[^.;]{0,30}$"
    # "bij 12 strafpunten volgt een schorsing", "reaching 12 points means a ban": the limit, nobody's
    # ("bij die twaalf strafpunten wordt de coureur uitgesloten": the limit named before)
    r"|\b(?:bij|vanaf|reaching|reaches|hitting|at|upon)\s+(?:(?:die|de|deze|those|the)\s+)?$"
    # "als hij op twaalf strafpunten komt": standing on a total, not points handed out
    r"|\bop\s+$"
)


# a penalty that hurt the one named right after it: "a time penalty ruined Hamilton's attempt", "een straf
# kostte Leclerc de zege"
_HURT_AFTER_RE = re.compile(
    r"\s+(?:[\w-]+\s+){0,1}?(?:ruined|ruins|cost|costs|spoiled|spoilt|wrecked|dashed|scuppered|denied|denies|"
    r"robbed|robs|kostte|kost|verpestte|verpest|ruineerde)\s+(?:[\w-]+\s+){0,2}?"
)
# (Dutch, the verb last: "nadat een tijdstraf Hamilton de zege kostte")
_HURT_VERB_LAST_RE = re.compile(r"(?:\s+[\w-]+){1,3}?\s+(?:kostte|kost|verpestte|ontnam|ontneemt)\b")
_BRING_RE = re.compile(
    r"\b(?:bring|brings|brought|take|takes|took|put|puts|brengt|brengen|bracht|brachten)\b"
)
_LICENCE_TOTAL_AFTER_RE = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:verzameld|opgebouwd|opgespaard|bij elkaar|accumulated|collected|amassed|"
    # ("omdat hij dan op tien strafpunten had gestaan")
    r"in total|in totaal|all told|gestaan|staan|staat|stond)\b"
)


def licence_points(c: Clause, subj: tuple[str, ...]) -> list[Fact]:
    """Penalty points on a driver's licence the clause hands out ("kreeg twee strafpunten"), as a penalty of
    kind "points" with their number; a total he now has ("staat op tien strafpunten") is none."""
    clause = c.text
    if "strafpunt" not in clause and "points" not in clause and "point" not in clause:
        return []
    m = _LICENCE_POINTS_RE.search(clause)
    if m is None or _NO_POINTS_BEFORE_RE.search(clause, 0, m.start()) or _NOT_PENALISED_RE.search(clause):
        return []
    if _LICENCE_TOTAL_AFTER_RE.match(clause, m.end()) or total_number_at(clause) == m.start(1):
        return []  # "heeft ondertussen tien strafpunten verzameld", "has reached nine": a total
    n = cardinal_value(m.group(1))
    left = [x for x in c.mentions if x.end <= c.base + m.start() and not x.group]
    if not c.sentence.mentions and _DECISION_LABEL_RE.match(c.f):
        # "Decision: ... and 3 penalty points": the driver its stewards' document block named, or none
        subj = (c.sentence.block_driver,) if c.sentence.block_driver else ()
        left = []
    # ("The two penalty points issued ... bring Hamilton to a total of four": the one named after them, when
    # none is named before)
    right = [
        x
        for x in c.mentions
        if x.start >= c.base + m.end() and not x.group and _BRING_RE.search(c.f, c.base + m.end(), x.start)
    ]
    who = left[-1].drivers[:1] if left else (right[0].drivers[:1] if right else subj[:1])
    return [Fact("penalty", d, c.index, penalty="points", amount=n, unit="points") for d in who if n]


# Every way into a penalty fact below needs one of these pieces of a word in the clause (the phrase tables'
# words hold one each: "tijdstraf", "penalty", "gediskwalificeerd", "uitslag ... geschrapt", "plaatsen
# achteruit", "grid drop", "stop-go", "drive-through", "community service", "public duties"); a few
# substring tests spare the patterns for most clauses, which name no penalty.
_PENALTY_PIECES = words(
    "straf penal diskwal disqual dsq uitslag excluded reprimand berisping plaatsen plekken grid stop drive "
    "service dienst duties broek tijdstaf places vlag flag place-drop place drop teruggezet verwezen "
    "toegevoegd opgeteld added"
)


# (right before the word: "wat kan Verstappen na de diskwalificatie van Hamilton" is about another's move)
_POSSIBLE_BEFORE_RE = re.compile(
    r"\b(?:(?:kan|kunnen|can|could|might|may|would|zou|zouden)\s+(?:have\s+been\s+|be\s+|worden\s+)?|"
    r"(?:risk\w*|riskeer\w*|riskeerde\w*|leiden tot|lead to|leads to|gespeculeerd over|speculatie over|"
    # ("risked a post-race disqualification": a word may describe it)
    r"speculat\w* (?:about|over|of))\s+(?:(?:een|de|a|the)\s+)?(?:[\w-]+\s+)?|"
    # ("de soap rond een mogelijke diskwalificatie", "a possible disqualification")
    r"(?:mogelijke|eventuele|dreigende|possible|potential|looming)\s+)$"
)
_POSSIBLE_AFTER_RE = re.compile(r"\w*\s+(?:kunnen|zou|zouden)\s+(?:\w+\s+)?worden\b")
# "de op een na zwaarste straf", "the harshest penalty available": where a penalty stands on the scale
_SCALE_RE = re.compile(
    r"\b(?:zwaarste|strengste|hoogste|lichtste|mildste|harshest|heaviest|severest|most severe|lightest)\b"
)


def _names_a_penalty(clause: str) -> bool:
    return any(piece in clause for piece in _PENALTY_PIECES)


_PROFITED_FROM_RE = re.compile(
    r"\b(?:profiteer\w*|profiteren|profited|profiting|profits|benefit\w*|gained)\s+(?:\w+\s+){0,3}(?:van|from)\s+"
    r"(?:de|het|een|the|a)\s+(?:\w+\s+)?$"
)


# a penalty told by its active verb: its object is the one punished
# the offence named before the penalty word: "a pit lane speeding penalty", "a track limits penalty"
_OFFENCE_BEFORE_RE = re.compile(
    r"\b((?:pit[- ]?lane )?speeding|track limits|unsafe release|jump[- ]start|false start|impeding)"
    r"(?:\s+(?:time|grid))?\s+$"
)


def _reason_start(pm: re.Match[str]) -> int:
    """Where a penalty's reason may start after its words: at their end, or at the "for" they took
    ("George Russell penalised for unsafe release")."""
    return pm.end() - 3 if pm.group(0).endswith(" for") else pm.end()


_ACTIVE_VERB_RE = re.compile(r"(?:reprimanded|penali[sz]ed|disqualified|berispte|bestrafte|diskwalificeerde)")
_GAVE_HIM_RE = re.compile(r"\b(?:gave|handed|gaf|gaven) (?:him|hem)\b")
_ACTIVE_VERB_BEFORE_RE = re.compile(r"\b(?:reprimanded|penali[sz]ed|berispte|bestrafte)\s+$")
# "de strafseconden die kampioenschapsleider Hamilton kreeg", "the penalty that Hamilton got"
_RECEIVED_BY_GAP_RE = re.compile(r"\s*,?\s*(?:die|dat|that|which)\s+(?:[\w-]+\s+){0,2}")


_MAY_GET_BEFORE_RE = re.compile(
    # (not "it was announced that Vettel would be given a five-second time penalty": reported, given)
    r"\b(?:could|might|may|kan|kunnen)\s+(?:\w+\s+){0,2}?(?:be\s+|worden\s+)?"
    r"(?:handed|given|hit with|get|receive|awarded|slapped with|krijgen|ontvangen|opgelegd|gegeven)\s+"
    r"(?:[\w-]+\s+){0,4}$"
)
# (not "..., which would be added to his result": the size is not guessed)
# "kan nog een tijdstraf van vijf seconden krijgen": the modal before, the verb last
# ("Een eventuele wissel zou hem een gridstraf kosten van vijf plekken": what it would cost, not a penalty)
_MAY_GET_NL_RE = re.compile(
    r"\b(?:kan|kunnen|dreigt|dreigen)\b[^.;]{0,60}?\b(?:krijgen|ontvangen|oplopen)\b"
    r"|\b(?:zou|zouden|kan|kunnen)\b[^.;]{0,40}?\b(?:kosten|opleveren)\b"
)
_WOULD_BE_AFTER_RE = re.compile(
    r"\s*[-,(]?\s*(?:which|that|die|dat)\s+(?:\w+\s+)?(?:would|zou|could|kan)\s+(?:\w+\s+){0,2}?(?:be|zijn)\s+"
    r"(?:\w+\s+)?(?:\d|one|two|three|five|ten|twenty|een|twee|drie|vijf|tien|twintig)"
)


def penalties(c: Clause, subj: tuple[str, ...]) -> list[Fact]:
    """A disqualification, and a penalty of one kind with its size and reason, in the clause."""
    clause, base, f, cm, idx = c.text, c.base, c.f, c.mentions, c.index
    if not _names_a_penalty(clause):
        return []
    if CONDITION_OPENING_RE.match(c.f) and _WOULD_HAVE_RE.search(c.f):
        # "Als de versnellingsbak vervangen had moeten worden, had Leclerc voor straf vijf plaatsen naar
        # achteren gemoeten": what would have been, no penalty
        return []
    if not c.sentence.mentions and _SCALE_RE.search(f):
        return []  # "Diskwalificatie is de zwaarste straf": the scale of penalties, given to no one
    orig = c.sentence.orig
    facts: list[Fact] = []
    dsq = _PEN_DSQ_RE.search(clause)
    if dsq and (
        _THREATENED_AFTER_RE.match(clause, dsq.end())
        or _POSSIBLE_BEFORE_RE.search(clause, max(0, dsq.start() - 50), dsq.start())
        or _POSSIBLE_AFTER_RE.match(clause, dsq.end())
        # ("wasn't disqualified", "werd niet gediskwalificeerd": denied)
        or negated_right_before(clause, dsq.start(), words=0, dutch=True)
    ):
        # "diskwalificatie dreigt", "had gediskwalificeerd kunnen worden", "kan leiden tot de
        # diskwalificatie", "could have been disqualified": not (yet) given
        dsq = None
    if dsq:
        who: tuple[str, ...] = ()
        after = clause[dsq.end() :]
        vm = _DSQ_OF_RE.match(after)
        right = [m for m in cm if m.start >= base + dsq.end()]
        owner = [
            m
            for m in cm
            if _POSSESSIVE_GAP_RE.fullmatch(f, m.end, base + dsq.start())
            and (m.label.endswith(("'s", "’s")) or f.startswith(("'s", "’s"), m.end))
        ]
        if owner and not owner[-1].group:
            who = owner[-1].drivers  # "following Hamilton's disqualification": his
        elif vm and right and _DSQ_OF_NAME_RE.fullmatch(f, base + dsq.end() + vm.end(), right[0].start):
            who = subject_group(right, f)
        elif vm and not _DSQ_OF_PLACE_RE.match(after, vm.end()):
            pass  # "de diskwalificatie van zijn teamgenoot": someone unnamed, nobody here
        elif not _DSQ_TOLD_BEFORE_RE.search(clause[: dsq.start()]) and not dsq.group(0).endswith(
            ("ies", "s")
        ):
            who = subj
        reason = reason_after(clause[dsq.end() :], orig[base + dsq.end() : base + len(clause)])
        for d in who:
            facts.append(Fact("penalty", d, idx, penalty="disqualification", reason=reason))
    kind = None
    pm: re.Match[str] | None = None
    for k, rx in _KINDS:
        # "a reprimand instead of a grid penalty", "a penalty, not a reprimand": the kind denied is not his
        pm = next(
            (
                x
                for x in rx.finditer(clause)
                if not _DENIED_KIND_BEFORE_RE.search(clause, max(0, x.start() - _DENIED_REACH), x.start())
            ),
            None,
        )
        if pm:
            kind = k
            break
    if (
        kind == "grid"
        and pm is not None
        and _PLACES_BACK_RE.fullmatch(pm.group(0))
        and (
            not _OBLIGED_BEFORE_RE.search(clause, 0, pm.start())
            # ("krijgt tijdstraf en moet 2 plaatsen inleveren": places given up in the result, unless on the
            # grid)
            or pm.group(0).endswith(("opgeven", "inleveren", "afstaan"))
        )
        and not _ON_GRID_AFTER_RE.match(clause, pm.end())
    ):
        kind = pm = None  # "viel in de eerste ronde drie plaatsen terug": places lost on the road
    if kind == "service" and not (_PEN_VERB_RE.search(clause) or _SIZE_D_RE.search(clause)):
        kind = pm = None  # "the idea of community service came up": handed to no one
    if pm is not None and _EXAMPLES_BEFORE_RE.search(c.f, max(0, base + pm.start() - 80), base + pm.start()):
        kind = pm = None  # "voorbeelden van tijdstraffen, stop-and-go-penalties en schorsingen": kinds named
    pen_word = pm or PENALTY_WORD_RE.search(clause)
    may_get_nl = _MAY_GET_NL_RE.search(clause) if pen_word is not None else None
    if pen_word is not None and (
        _MAY_GET_BEFORE_RE.search(clause, max(0, pen_word.start() - 60), pen_word.start())
        or _WOULD_BE_AFTER_RE.match(c.f, base + pen_word.end())
        or (may_get_nl is not None and may_get_nl.start() < pen_word.start() < may_get_nl.end())
    ):
        # "he could be handed two five-second penalties", "a penalty - which would probably only be five
        # seconds -": one that may come, of a size guessed
        return facts
    # A bare "straf" needs a verb that hands it out:
    # "de straf was een zure afsluiting" names no one's penalty.
    if (
        kind is None
        and PENALTY_WORD_RE.search(clause)
        and not dsq
        and (
            _PEN_VERB_RE.search(clause)
            or _SIZE_S_RE.search(clause)
            or _SIZE_P_RE.search(clause)
            # "after a late penalty for speeding in the pits": a penalty told with its reason
            or _PENALTY_FOR_RE_BARE.search(clause)
        )
    ):
        pm = PENALTY_WORD_RE.search(clause)
        sized_p = _SIZE_P_RE.search(clause)
        if sized_p and _demoted_by(clause, sized_p.start()):
            # "a penalty for Leclerc demoted the Ferrari driver a place": his place in the result, no grid
            # drop
            sized_p = None
        kind = "time" if _SIZE_S_RE.search(clause) else ("grid" if sized_p else "other")
        if pm and (pm.group(0).startswith("strafpunt") or clause.startswith(" point", pm.end())):
            kind = pm = None  # "twee strafpunten", "penalty points": points on a licence (licence_points)
    if kind is None and not dsq and ("penali" in clause or "straft" in clause):
        # "Sainz was penalised for leaving the track", "werd bestraft voor ...": a penalty without its noun;
        # only with its reason, which is what it can answer
        pm = _PENALISED_RE.search(clause)
        if pm and not _NOT_PENALISED_RE.search(clause, max(0, pm.start() - 20), pm.end()):
            # ("George Russell penalised for unsafe release": the reason from its "for", which the match took)
            start = _reason_start(pm)
            sized = _SIZE_RIGHT_AFTER_RE.match(clause, pm.end())
            if reason_after(clause[start:], orig[base + start : base + len(clause)]):
                kind = "time" if _SIZE_S_RE.search(clause) else "other"
            elif sized is not None:
                # "after being penalised 10 seconds", "bestraft met vijf seconden": its size right after it
                kind = "time" if _SIZE_S_RE.match(clause, sized.end()) else "grid"
            else:
                pm = None
    if (
        kind
        and pm
        and not _NO_PENALTY_BEFORE_RE.search(clause[: pm.start()])
        and not ("zou" in clause and _ALLEGED_RE.search(clause))
        and not _THREATENED_AFTER_RE.match(clause, pm.end())
        and not (
            _WOULD_AFTER_RE.match(clause, pm.end())
            and _INDEFINITE_BEFORE_RE.search(clause, max(0, pm.start() - 30), pm.start())
            and not _PEN_VERB_RE.search(clause, 0, pm.start())
        )
    ):
        amount = unit = None
        # "een gridstraf, van vijf plaatsen, omdat ...": size and reason may sit in the next clauses,
        # up to the next driver named.
        nxt = [
            m for m in c.sentence.mentions if m.start >= base + pm.end() and not set(m.drivers) & set(subj)
        ]
        rest_end = nxt[0].start if nxt else len(f)
        rest = f[base:rest_end]
        seconds = kind in ("time", "stop_go", "other")
        sm = (_SIZE_S_RE.search(clause) or _SIZE_S_RE.search(rest)) if seconds else None
        pmm = (
            (_SIZE_P_RE.search(clause) or _SIZE_P_RE.search(rest) or _SIZE_POSITIONS_RE.search(rest))
            if kind in ("grid", "other")
            else None
        )
        if pmm is not None and kind == "other" and _demoted_by(f, base + pmm.start()):
            pmm = None  # (the place he was demoted in the result, above: no size of the penalty)
        dm = (_SIZE_D_RE.search(clause) or _SIZE_D_RE.search(rest)) if kind == "service" else None
        if sm:
            amount, unit = cardinal_value(sm.group(1)), "s"
        elif pmm:
            amount, unit = cardinal_value(next(g for g in pmm.groups() if g)), "places"
        elif dm:
            amount, unit = cardinal_value(dm.group(1)), "days"
        size_m = sm or pmm
        if size_m is not None and _DENIED_SIZE_RE.search(rest, max(0, size_m.start() - 16), size_m.start()):
            amount = unit = None  # "Why was Raikkonen's penalty 10 not five seconds?": a size denied
        converted = _CONVERTED_RE.search(rest)
        if converted is not None:
            # "een stop-and-go van tien seconden, die ... wordt omgezet in een tijdstraf van dertig seconden":
            # the penalty he ends up with is the time added
            kind, amount, unit = "time", cardinal_value(converted.group(1) or converted.group(2)), "s"
        left = [m for m in cm if m.end <= base + pm.start()]
        right = [m for m in cm if m.start >= base + pm.end()]
        at = _reason_start(pm)  # where the reason may start, in the clause
        against = _AGAINST_RE.match(f, base + pm.end())
        who2: tuple[str, ...]
        active = _ACTIVE_VERB_RE.fullmatch(pm.group(0)) is not None
        punished = [m for m in right if active and m.start <= base + pm.end() + 1]
        if _GAVE_HIM_RE.search(clause, 0, pm.start()):
            # "reprimanded Perez for the first incident and gave him a five-second penalty": "him" is the one
            # the sentence punished before
            before_punished = [
                m
                for m in c.sentence.mentions
                if m.end <= base + pm.start()
                and _ACTIVE_VERB_BEFORE_RE.search(f, max(0, m.start - 14), m.start)
            ]
            if before_punished and not before_punished[-1].group:
                punished = before_punished[-1:]
        if punished and not punished[0].group:
            # "the FIA reprimanded Perez for the first incident": the one the verb punishes, right after it
            who2 = punished[0].drivers
            if punished[0].start >= base:
                at = punished[0].end - base
        elif against and not any(m.start == against.end() for m in c.mentions):
            # "meting out a ten-second penalty against the youngster": someone the clause does not name
            who2 = ()
        elif (
            right
            and not right[0].group
            and (
                _HURT_AFTER_RE.fullmatch(f, base + pm.end(), right[0].start)
                or (
                    not f[base + pm.end() : right[0].start].strip()
                    and _HURT_VERB_LAST_RE.match(f, right[0].end)
                )
            )
        ):
            # "won after a time penalty ruined Lewis Hamilton's attempt": the one whose race it hurt got it,
            # not the clause's subject
            who2 = right[0].drivers
            at = right[0].end - base
        elif right and _PENALTY_FOR_NEAR_RE.fullmatch(f, base + pm.end(), right[0].start):
            # "Leclerc moved up because of a penalty for Räikkönen", "a penalty accrued by Räikkönen":
            # the driver right after the penalty got it, not the one the clause is about
            who2 = right[0].drivers
            at = right[0].end - base
        elif left:
            # "besloot Verstappen voor het afsnijden van Hamilton een tijdstraf te geven": the driver wronged
            # in the cause before the penalty did not get it; the one named before the cause did
            own = [m for m in left if not _WRONGED_IN_CAUSE_RE.search(f, max(0, m.start - 60), m.start)]
            pick = own[-1] if own else left[-1]
            doer = [m for m in left if m.end <= pick.start and not m.is_object and not m.group]
            if (
                pick.is_object
                and doer
                and _PREP_RIGHT_BEFORE_RE.search(f, max(0, pick.start - 12), pick.start)
            ):
                # "Russell kreeg voor zijn moment met Sainz een tijdstraf": the one after "met" was wronged
                pick = doer[-1]
            if pick.group:
                who2 = pick.drivers
            elif not pick.is_object and "(" not in f[pick.end : base + pm.start()]:
                # "Sainz, Ocon en Gasly kregen een tijdstraf": each of a list of subjects got one (not a
                # penalty in brackets after the last name: "..., Sainz en Tsunoda (tien plaatsen straf)")
                who2 = group_ending_at(left, left.index(pick), f)
            else:
                who2 = (pick.drivers[0],)
        elif right and _PENALTY_FOR_RE.match(f[base + pm.end() : right[0].start]):
            who2 = right[0].drivers
            # "een tijdstraf voor Bottas": his name is no reason; what follows it may be
            at = right[0].end - base
        elif (
            named_right := [m for m in right if not PRONOUN_RE.fullmatch(m.label)]
        ) and _subject_is_named_in_reason(subj, named_right[0], clause[pm.end() :], base + pm.end()):
            # "..., maar kreeg een tijdstraf voor het van de baan drukken van Bottas": the driver named in
            # the reason was wronged; the one who got it is the subject named before, in the sentence
            # (with nobody before, "Vijf seconden straf voor ... braken Pérez op" is about him after all)
            before = [m for m in c.sentence.mentions if m.end <= base and not m.is_object and not m.group]
            who2 = before[-1].drivers if before and not set(before[-1].drivers) & set(subj) else subj
        elif not c.sentence.mentions and _HANDED_OUT_RE.search(clause) and not _PERSONAL_RE.search(clause):
            # "The stewards handed out a time penalty": a sentence that names nobody, not even "him",
            # names no receiver (``attach_receivers`` may find him in the next sentence)
            who2 = ()
        elif not c.sentence.mentions and _DECISION_LABEL_RE.match(c.f):
            # "Decision: Drop of five grid places": a line of a stewards' document; its driver is the one its
            # block named ("Fact: Car 5 left the track"), never just the driver the article named last
            who2 = (c.sentence.block_driver,) if c.sentence.block_driver else ()
        else:
            who2 = subj
        if any(
            m.drivers == who2 and _GIVEN_UP_TO_BEFORE_RE.search(f, max(0, m.start - 60), m.start) for m in cm
        ):
            # "moet de pole door een gridstraf afstaan aan Verstappen", "must hand pole to Verstappen
            # because of a grid penalty": the one it is given up to did not get the penalty; the subject did
            who2 = subj if subj != who2 else ()
        # (not "Räikkönen kreeg een tijdstraf voor Alfa Romeo's koppelingsfout": received, "voor" tells why)
        received = _PEN_VERB_RE.search(clause, 0, pm.start())
        for_team = _FOR_WHOM_RE.match(f, base + pm.end()) if not punished and not received else None
        there = [m for m in c.sentence.mentions if m.start == for_team.end()] if for_team else []
        if (
            for_team is not None
            and all(m.group for m in there)
            and any(h.start == for_team.end() for h in load_gazetteer().teams(f))
        ):
            # "door tijdstraffen voor de Alfa Romeo's schoof hij op", "voor de Haas-coureurs": a team's
            # penalties, its drivers' (when named as a pair), not the subject's
            who2 = there[0].drivers if there else ()
            at = len(clause)  # (what follows the team is no reason: "schoof hij op")
        profited = _PROFITED_FROM_RE.search(clause, 0, pm.start())
        if profited is not None:
            # "Bottas en Verstappen profiteerden van de strafseconden die Hamilton kreeg": another's penalty,
            # the one a relative clause after it names
            gainers = {d for m in cm if m.end <= base + profited.start() for d in m.drivers} | set(subj)
            whose = [m for m in right if _RECEIVED_BY_GAP_RE.fullmatch(f, base + pm.end(), m.start)]
            who2 = whose[0].drivers if whose else tuple(d for d in who2 if d not in gainers)
        bracket = _REASON_IN_BRACKETS_RE.match(clause, pm.end())
        reason = (
            orig[base + bracket.start(1) : base + bracket.end(1)]
            if bracket
            else reason_after(clause[at:], orig[base + at : base + len(clause)])
            or reason_after(f[base + at :], orig[base + at :])
        )
        offence = _OFFENCE_BEFORE_RE.search(clause, 0, pm.start()) if reason is None else None
        if offence is not None:
            reason = orig[base + offence.start(1) : base + offence.end(1)]  # "a pit lane speeding penalty"
        if (
            reason
            and not bracket
            and _ARTICLE_AND_ONE_WORD_RE.fullmatch(fold(reason))
            and _ADJECTIVE_GOES_ON_RE.match(f, base + len(clause))
        ):
            # "for an early, aggressive move on Stroll": the clause was cut between two adjectives
            reason = reason_after(f[base + at :], orig[base + at :]) or reason
        if reason and not bracket and _WHILE_FLAG_AFTER_RE.match(f, base + len(clause)):
            # "omdat hij een inhaalmanoeuvre uitvoerde terwijl de gele vlag uithing": the condition after
            # "terwijl" is part of the why
            reason = reason_after(f[base + at :], orig[base + at :]) or reason
        if at != pm.end() and not _REASON_RE.match(clause[at:].lstrip(" ,")):
            # "na een gridstraf voor Leclerc en nadat Alonso ...": after "voor X" only a reason that
            # follows right on is his; a clause joined on is something else
            reason = None
        if reason is None:
            # "an engine penalty", "een motorische gridstraf", "motorstraf": the part changed is the why
            part = _PART_PENALTY_RE.search(clause, max(0, pm.start() - 24), pm.end())
            reason = _PART_REASON.get(part.group(0).strip(), part.group(0).strip()) if part else None
        times = _TIMES_RE.search(clause, max(0, pm.start() - _TIMES_REACH), pm.start())
        if times is None and sm is not None and pm.end() <= sm.start():
            # "bestrafte hem met twee keer 5 seconden": between the penalty verb and its size
            times = _TIMES_RE.search(rest, pm.end(), sm.start())
        if times is None and pm.group(0).endswith(
            ("straffen", "penalties", "reprimandes", "reprimands", "berispingen")
        ):
            times = _COUNT_BEFORE_RE.search(clause, max(0, pm.start() - _TIMES_REACH), pm.start())
        # "kreeg twee keer een tijdstraf", "two five-second penalties": one fact that says how many
        count = next((w for w in times.groups() if w), "") if times else ""
        n = 2 if count == "twice" else (cardinal_value(count) if count else None)
        told = times_detail(n) if n else None
        if told is None and _ANOTHER_BEFORE_RE.search(clause, max(0, pm.start() - _TIMES_REACH), pm.start()):
            told = PENALTY_ANOTHER  # "was given a second five-second penalty after the race": one more
        if told is None and kind in ("grid", "other") and _FOR_NEXT_RACE_RE.match(rest, pm.end()):
            told = PENALTY_NEXT_RACE  # "een gridstraf van drie plaatsen voor de komende race in Rusland"
        if reason and _A_RACE_ONLY_RE.fullmatch(fold(reason)):
            reason = None  # "grid penalties for today's Russian Grand Prix": the race it is served in, no why
        for d in who2:
            facts.append(
                Fact("penalty", d, idx, penalty=kind, amount=amount, unit=unit, reason=reason, detail=told)
            )
    return facts


# "een gridstraf (motorwissel)": the reason in brackets right after the penalty noun (not a size: "(5s)")
# ("twee tijdstraffen van vijf seconden (proefstarts op de verkeerde plaats)": after its size too; "(voor een
# unsafe release)": its "voor" is no part of why)
# what would have been: "had Leclerc voor straf ... gemoeten", "would have received"
_WOULD_HAVE_RE = re.compile(
    r"\b(?:had|hadden|would have|zou hebben|zouden hebben)\b[^.;]*\b(?:gemoeten|moeten|gekregen|been|gehad|"
    r"received|got)\b"
)
# "een straf voor de Alfa Romeo's", "penalties for both Haas cars": whom the penalty is for, right after it
_FOR_WHOM_RE = re.compile(r"\s*(?:voor|for|tegen|against)\s+(?:de |het |the |beide |both )?")
_REASON_IN_BRACKETS_RE = re.compile(
    r"(?:\s+(?:van|of)\s+(?:[\w-]+\s+){0,1}[\w-]+\s+(?:seconden?|seconds?|plaatsen|places|posities|positions))?"
    r"\s*\((?!\s*\d)(?:(?:voor|for|wegens|vanwege)\s+)?([a-z][\w -]{3,50})\)"
)

_PART_REASON = {
    "motorische": "motorwissel",
    "motor": "motorwissel",
    "versnellingsbak": "versnellingsbakwissel",
}
# the power unit part a penalty is named after: "engine penalty", "motorische gridstraf", "motorstraf"
_PART_PENALTY_RE = re.compile(
    r"\b(?:(?:new |fresh )?(?:engine|power unit|gearbox|pu)(?: component)?s?(?= (?:grid )?penalt)"
    r"|motorische(?= \w*straf)|motor(?=straf|wissel)|versnellingsbak(?=straf))"
)


def _subject_is_named_in_reason(subj: tuple[str, ...], named: Mention, after: str, offset: int) -> bool:
    """Whether the clause's subject is only the driver named (not "he") inside the reason that follows the
    penalty word (``after`` starts at ``offset`` in the sentence)."""
    if not subj or not set(subj) <= set(named.drivers):
        return False
    m = _REASON_RE.search(after.rstrip())
    return m is not None and offset + m.start(1) <= named.start


# a reason denied: "niet het gevolg van", "not because of", "niet vanwege", "not for"
_DENIED_REASON_RE = re.compile(r"\b(?:niet|not|geen)\s+(?:\w+\s+){0,3}$")


_PUNISHED_WORD_RE = re.compile(r"\b(?:bestraft|gestraft|penali[sz]ed|punished)\b")
_QUOTE_RE = re.compile(r"(?<![\w])['‘’\"“”]|['‘’\"“”](?![\w])")


_PENALTIES_PLURAL_RE = re.compile(r"\b\w*(?:straffen|penalties)\b")


def reason_after(after: str, original: str) -> str | None:
    """The reason phrase ("voor een aanrijding met Albon") in ``after``, taken from ``original``
    (same offsets). What the penalty led to ("waardoor hij na zijn stop terugviel") is no reason."""
    # ("after 'pushing' Pérez off the track": quotes around a word are no break in the reason)
    after = _QUOTE_RE.sub(" ", after)  # (one space for one mark: the offsets into ``original`` stay)
    # "for at least once (actually three times) dropping ...": how often is no part of why
    # (the word "for" moved up to the reason, the offsets kept)
    after = _OFTEN_AFTER_FOR_RE.sub(lambda m: " " * (m.end() - m.end(1)) + m.group(1), after)
    consequence = _NOT_ITS_CAUSE_RE.search(after)
    if consequence:
        after, original = after[: consequence.start()], original[: consequence.start()]
    m = _REASON_RE.search(after.rstrip())
    if not m:
        return None
    if _DENIED_REASON_RE.search(after, 0, m.start(1)):
        return None  # "is niet het gevolg van een turbowissel", "not because of": what it was not for
    if _PENALTIES_PLURAL_RE.search(after, 0, m.start(1)):
        # "..., enkel gridstraffen voor andere coureurs kunnen daar iets aan veranderen": the "voor" of
        # penalties in general, told after his
        return None
    end = m.end(1)
    cut = _REASON_CUT_RE.search(after[m.start(1) : end])
    if cut:
        end = m.start(1) + cut.start()
    text = original[m.start(1) : end].strip(" .,-–—")
    if len(_QUOTE_RE.findall(text)) % 2:
        text = _QUOTE_RE.sub("", text)  # "'pushing' Pérez off the track": a mark left open by the cut
    if fold(text) in _REASON_POINTS_BACK:
        return None  # points back; _reason_before finds what it points at
    # "a grid penalty for the Canadian Grand Prix" names where it applies, not why; "voor de volgende race
    # wegens een nieuwe motor": the why comes after it
    applies = _REASON_APPLIES_RE.match(fold(text))
    if applies:
        if applies.end() >= len(text):
            return None
        return reason_after(after[m.start(1) + applies.end() :], original[m.start(1) + applies.end() :])
    if _REASON_IS_PLACE_RE.fullmatch(fold(text)):
        return None
    return text if text and usable_reason(text) else None


# A reason that ends on a pronoun ("het incident tussen hem"), names only "the incident" or "his role in
# it", or speaks of titles and records is a fragment or another subject: better none than a wrong why.
_VAGUE_REASON_RE = re.compile(
    r"(?:\b(?:hem|hen|him|them|his|het|de|the|a|een|of|to|for|van|voor|door|wegens|vanwege)$)"
    # ("his role in Alexander Albon spinning out" says what it was: the one with more than a pronoun after)
    r"|^(?:(?:zijn|his|haar|her)\s+)?(?:rol|role|aandeel|part)"
    r"(?:\s+(?:in|bij|daarin|daarbij)"
    r"(?:\s+(?:it|that|this|het|dat|dit|daarvan)|\s+(?:the|het|de|that|this|dat|dit)\s+[\w-]+)?)?$"
    # "While the incident was investigated before the formation lap": when, not why
    r"|^(?:while|terwijl|toen|when)\b"
    r"|^(?:het|the|an?|een|dat|dit|this|that|die|deze)\s+(?:incident|voorval|moment|actie|action|move|"
    r"manoeuvre|maneuver|overtreding|offence|offense)$"
    r"|\b(?:kampioen|wereldkampioen|gekroond|crowned|champion|titel|title|record)\b"
    # "een dergelijke overtreding", "such an offence": points back at something told before
    # "na zijn eerste", "after his visit to the stewards": when, not why
    r"|^(?:zijn|his|haar|her)\s+(?:eerste|tweede|derde|laatste|enige|first|second|third|last|only)$"
    r"|^(?:zijn|his|haar|her|de|the)\s+(?:\w+\s+){0,3}(?:pitstop|pit stop|stop|bandenwissel|tyre change)$"
    r"|\b(?:bezoek\w*|visit\w*|gesprek\w*|hearing|meeting)\b.*\bstewards\b"
    # "na afloop van de Grand Prix", "after the end of the race": when it was given, not why
    r"|^(?:afloop|einde|end|the end|the finish)\b"
    # "(7 points in total for) the 12 month period": the licence's window, not why
    r"|\b(?:12|twelve)[- ]month period\b"
    # "(die na) een race wordt omgezet in een tijdstraf", "converted into a time penalty": what it becomes
    r"|\b(?:omgezet|omgerekend|converted|turned into)\b"
    # "in de 48ste van 70 rondes", "on lap 12": when it happened, not why
    r"|^(?:in|op|on|at|during|tijdens|na|after)\s+(?:de\s+|the\s+)?(?:[\w-]+\s+){0,3}"
    r"(?:ronde|rondes|ronden|lap|laps|slotfase|beginfase|openingsronde|opening lap)(?:\s+\d+)?$"
    r"|^(?:een\s+|an?\s+)?(?:precies\s+|exact\w*\s+)?"
    r"(?:dergelijke|zo'n|zulke|such(?:\s+an?)?|dezelfde|hetzelfde|the same|that|this)"
    # ("the same exact infringement", "precies dezelfde overtreding")
    r"(?:\s+(?:exact|very|identical|precies|exact\w*|identieke))?\s+[\w-]+$"
    # "nadat zijn Mercedes-teamgenoot Lewis Hamilton twee (tijdstraffen kreeg)": who and how many, not why
    r"|^(?:zijn|his|haar|her)\s+(?:[\w-]+\s+|\w+-)?(?:teamgenoot|teammate|team-mate|ploeggenoot|ploegmaat)\b"
    # "(omgezet in een boete voor) zijn team Mercedes": whom it went to, not why
    r"|^(?:zijn|his|haar|her|hun|their)\s+(?:team|renstal|stal|formatie|werkgever|employer)(?:\s+[\w-]+){0,2}$"
    # "Hamilton has lost his front row start ..., after being given a penalty": what it cost, not why
    r"|\b(?:has|have|had) lost (?:his|her|their|the)\b"
    # "(hoewel de stewards hun definitieve) oordeel nog moeten vellen": the verdict, not its reason
    r"|^(?:(?:hun|their|het|the|de|definitieve|final)\s+)*(?:oordeel|verdict|uitspraak|beslissing|decision|ruling)\b"
    # "(after) the race Alonso (was given ...)": when, not why
    r"|^(?:the |de |het )?(?:race|grand prix|gp|wedstrijd|kwalificatie|qualifying)(?:\s+\w+)?$"
    # "omdat hij zich er twee keer schuldig aan maakte", "because he did it again": points back
    r"|\bschuldig aan\b|\b(?:dit|dat|this|that|it) (?:\w+ ){0,2}(?:opnieuw|again|nog eens)\b"
    # "(kreeg een tijdstraf voor) van de stewards": who gave it, not why
    r"|^(?:van|door|from|by)\s+(?:de|the)\s+(?:stewards|wedstrijdleiding|race ?direction|koersdirectie|fia)$"
    # "(die er een tijdstraf van vijf seconden voor) kreeg", "(... for) the Mexican": a verb or an epithet
    # left over, no why
    r"|^(?:kreeg|kregen|krijgt|krijgen|kreeg hij|got|received|gekregen)$"
    # "(after) teammate Lewis Hamilton collected two time (penalties)": the clause that tells the penalty
    # itself, cut at its noun, not why
    r"|\b(?:collected|collects|received|receives|picked up|incurred|incurs|kreeg|krijgt|ontving|ontvangt|"
    r"incasseerde|incasseert)(?:\s+[\w-]+){1,2}$"
    # "(voor) zijn manoeuvre", "(for) his move": the deed told before, pointed at
    r"|^(?:zijn|haar|his|her) (?:actie|manoeuvre|move|ingreep|fout|maneuver|actions?|mistake)$"
    # "(al maakt dat voor) de AlphaTauri-coureur, die ...", "(voor) hem": whom it concerns, not why
    r"|^(?:de|the)\s+(?:[\w-]+-|[\w]+\s+)?(?:coureur|coureurs|rijder|rijders|driver|drivers|man|rookie)"
    r"(?:\s*,|$)"
    r"|^(?:hem|him|haar|her|hen|them)\b"
    # "(een gridstraf) morgen", "na de finish", "(de eerste gridstraf voor) Verstappen": when or whom, not why
    r"|^(?:(?:de|het|the)\s+[\w-]+\s+)?(?:morgen|vandaag|zondag|zaterdag|tomorrow|today|sunday|saturday)$"
    r"|^(?:de|het|the)\s+(?:finish|race|wedstrijd|start)$"
    # "Two separate reports were published by the Stewards on the matter": the verdict's paper, not its why
    r"|\b(?:published|issued|gepubliceerd|on the matter|over de kwestie)\b"
    # "(stop-and-go-straf na) de herstart verstoorde zijn hele race": when it came, not why
    r"|^(?:de|het|the)\s+(?:herstart|restart|start|finish)\b"
    # "an FIA investigation into an infringement ... only resulted in": a fragment cut before its end
    r"|\b(?:resulted in|led to|leidde tot|resulteerde in)$"
    # "de Brit had het gevoel dat de stewards extra op hem letten": what he felt, not the stewards' why
    r"|\b(?:het gevoel|het idee|vond dat|dacht dat|meende dat|felt that|felt like|thought that|"
    r"believed that)\b"
    r"|^(?:the|de|het)\s+(?:[\w-]+\s+)?(?:mexican|dutchman|briton|brit|spaniard|german|frenchman|finn|monegasque|"
    r"australian|canadian|dane|thai|japanese|chinese|mexicaan|nederlander|spanjaard|duitser|fransman|fin|"
    r"monegask|australier|canadees|deen|japanner|chinees|driver|coureur|rijder|youngster|veteran)$"
)


# "(de eerste gridstraf voor) Verstappen": a driver's name alone is whom, not why (the names of the reference
# data, with or without the forename)
_NAME_ONLY_RE = re.compile(
    r"(?:de |the )?(?:"
    + "|".join(
        sorted(
            # ("reprimande voor Mexicaan": a demonym names him too, no reason)
            {
                re.escape(fold(n))
                for d in load_reference().drivers
                for n in (d.surname, d.full_name, *d.demonyms_nl, *d.demonyms_en)
            },
            key=len,
            reverse=True,
        )
    )
    + r")"
)


# "(a penalty, ... the win for) Mercedes as Leclerc settled for second": a team the phrase is for, no why
_TEAM_ONLY_RE = re.compile(
    r"(?:"
    + "|".join(
        sorted(
            {re.escape(fold(n)) for t in load_reference().teams for n in (t.name, *t.aliases)},
            key=len,
            reverse=True,
        )
    )
    + r")(?:\s*$|\s*,|\s+(?:as|while|and|en|terwijl|toen|when)\b)"
)


_TEAM_DID_RE = re.compile(
    r"\b(?:heeft|hebben|had|hadden|besloot|besloten|koos|kozen|has|have|decided|chose|opted)\b"
)
# "After crossing the line in second place, Leclerc was demoted": when it came, not why
_FINISH_MOMENT_RE = re.compile(
    r"(?:after |na )?(?:crossing the (?:finish )?line|taking the (?:chequered )?flag|"
    r"over de (?:streep|finish) (?:te )?(?:komen|gekomen)|"
    # ("disqualified from Friday qualifying after setting the fastest lap time": what he did before, no why;
    # "after the Friday session": when)
    r"(?:setting|taking|claiming|topping) (?:the )?(?:fastest|quickest|pole|top)\b|"
    r"(?:the )?(?:friday|saturday|sunday)(?:'s)? (?:session|qualifying|race|practice)$)"
)


# (not a clause of its own: "omdat zijn Ferrari een nieuwe motor had gekregen" says why)
_EARNED_END_RE = re.compile(
    r"(?<!had )(?<!heeft )(?<!hadden )(?<!hebben )(?<!had been )"
    r"\b(?:opgelopen|gekregen|opgelegde|verdiende|ontvangen|earned|incurred|picked up)$"
)


def usable_reason(text: str) -> bool:
    """Whether a reason phrase says why in its own words (see ``_VAGUE_REASON_RE``); a quote ('"We hadden een
    betere race kunnen hebben ...') is what someone said, not the stewards' reason."""
    if text.lstrip().startswith(('"', "\u201c", "\u201e", "'", "\u2018")):
        return False
    folded = fold(text).strip(" .,")
    return (
        _VAGUE_REASON_RE.search(folded) is None
        and _FINISH_MOMENT_RE.match(folded) is None
        and _NAME_ONLY_RE.fullmatch(folded) is None
        # (not "Red Bull, het team van ..., heeft beslist een nieuwe motor te monteren": what the team did)
        and (_TEAM_ONLY_RE.match(folded) is None or _TEAM_DID_RE.search(folded) is not None)
        # ("vanwege een in Brazilië opgelopen gridstraf": where it was earned, no why)
        and _EARNED_END_RE.search(folded) is None
        # ("Volgens de regels wordt hij zondag teruggezet naar de achterste startrij": the drop itself again)
        and _DROP_ITSELF_RE.search(folded) is None
        # ("een gridstraf gekregen voor de Grand Prix van Groot-Brittannië": the race it applies to)
        and _RACE_ONLY_RE.fullmatch(folded) is None
    )


_RACE_ONLY_RE = re.compile(
    r"(?:de |het |the )?(?:(?:volgende|komende|next|upcoming|\w+se|\w+an|\w+ish) )?"
    r"(?:grand prix|gp|race|wedstrijd|sprint\w*|kwalificatie|qualifying)(?: (?:van|of) [\w\s-]{2,30})?"
)


_DROP_ITSELF_RE = re.compile(
    r"\b(?:teruggezet naar|achterste (?:start)?rij|laatste startrij|achteraan (?:de grid|het veld|starten|"
    r"beginnen|vertrekken)|(?:to|at|from) the back of the grid|sent to the back)\b"
)


# --- after the article -----------------------------------------------------------------------------


# a quote opened (after a space, a colon or a bracket) and one closed (before a space or punctuation)
_QUOTE_OPEN_RE = re.compile(r"(?:^|(?<=[\s:(]))['‘\"“„]")
_QUOTE_CLOSE_RE = re.compile(r"['’\"”](?=[\s.,;:!?)]|$)")


def _quoted(sentence: str, reason: str) -> bool:
    """Whether ``reason`` stands inside a quote of ``sentence`` (opened before it and not closed between)."""
    at = sentence.find(reason)
    if at <= 0:
        return False
    opened = [m.end() for m in _QUOTE_OPEN_RE.finditer(sentence, 0, at)]
    return bool(opened) and _QUOTE_CLOSE_RE.search(sentence, opened[-1], at) is None


def attach_reasons(
    facts: list[Fact],
    sentences: list[Sentence],
    folded: list[str],
    leads: dict[int, tuple[str, ...]] | None = None,
) -> list[Fact]:
    """A penalty without a reason takes the next sentence when that one explains ("bleek", "because"),
    with what the driver did told in between ("De Duitser kreeg een duwtje. Volgens de stewards was dat
    verboden hulp.")."""
    # ("Sainz kan zich niet vinden in tijdstraf: 'Ik moest remmen voor een McLaren-monteur'": words of a
    # quote are what someone said, not the stewards' why)
    facts = [
        replace(x, reason=None)
        if x.kind == "penalty" and x.reason and _quoted(sentences[x.sentence].text, x.reason)
        else x
        for x in facts
    ]
    by_sentence: dict[int, list[Fact]] = {}
    for x in facts:
        by_sentence.setdefault(x.sentence, []).append(x)
    out: list[Fact] = []
    for x in facts:
        if x.kind == "penalty" and not x.reason:
            reason = _first_reason(x, by_sentence, sentences, folded, leads or {})
            if reason:
                x = replace(x, reason=reason)
        out.append(x)
    out = _reason_of_that_penalty(out, folded)
    # A collision told right before is the reason only where the article gives his penalty no other one.
    out = [_without_others_clash(x) for x in out]
    explained = {(x.driver, x.penalty) for x in out if x.kind == "penalty" and x.reason}
    return [
        replace(x, reason=_collision_before(x, by_sentence, sentences))
        if x.kind == "penalty" and not x.reason and (x.driver, x.penalty) not in explained
        else _without_size(x)
        for x in out
    ]


_CLASH_BETWEEN_RE = re.compile(r"\b(?:between|tussen)\b")


def _without_others_clash(x: Fact) -> Fact:
    """ "Sainz's five-place grid penalty, ... the Safety Car deployed for a collision between Ricciardo and
    Magnussen": a clash between two others, the penalised driver not among them, is not why he was."""
    if x.kind != "penalty" or not x.reason:
        return x
    told = fold(x.reason)
    if _CLASH_BETWEEN_RE.search(told) and x.driver.rsplit("_", 1)[-1] not in told:
        return replace(x, reason=None)
    return x


def _without_size(x: Fact) -> Fact:
    """ "werd voor het negeren van de gele vlaggen drie plekken teruggezet": the penalty's size that ends its
    reason is no part of the why."""
    size = _SIZE_LAST_RE.search(fold(x.reason)) if x.kind == "penalty" and x.reason and x.amount else None
    if size is None or cardinal_value(size.group(1)) != x.amount:
        return x
    return replace(x, reason=(x.reason or "")[: size.start()].rstrip(" ,") or None)


# "Hamilton got slapped with that penalty after a tangle with Albon": the penalty told before, pointed back at
_THAT_PENALTY_RE = re.compile(
    r"\b(?:that|this|the|die|deze|dat|de|het)\s+(?:[\w-]+\s+)?(?:penalty|punishment|sanction|straf|sanctie)\b"
)


def _reason_of_that_penalty(facts: list[Fact], folded: list[str]) -> list[Fact]:
    """A reason told with a penalty that points back at one told before ("got that penalty after a tangle
    with Albon") is that one's, when it had none; the penalty pointing back is then no penalty of its own."""
    given: dict[int, str] = {}  # index of the penalty told before -> the reason told later
    pointing: set[int] = set()
    for j, x in enumerate(facts):
        if (
            x.kind != "penalty"
            or x.penalty != "other"  # (a reprimand "for the first instance" is no time penalty's reason)
            or x.amount is not None
            or not x.reason
            or not _THAT_PENALTY_RE.search(folded[x.sentence])
        ):
            continue
        before = [
            i
            for i, o in enumerate(facts)
            if o.kind == "penalty"
            and o.driver == x.driver
            and o.sentence < x.sentence
            and o.amount is not None
        ]
        if before and not facts[before[-1]].reason:
            given[before[-1]] = x.reason
            pointing.add(j)
    return [
        replace(x, reason=given[i]) if i in given else x for i, x in enumerate(facts) if i not in pointing
    ]


def _collision_before(x: Fact, by_sentence: dict[int, list[Fact]], sentences: list[Sentence]) -> str | None:
    """ "Albon tikte Magnussen aan, die van de baan vloog. Albon kreeg een tijdstraf.": a time penalty right
    after the same paragraph told his collision is for it."""
    i = x.sentence
    if i == 0 or x.penalty not in ("time", "stop_go", "drive_through") or not x.driver:
        return None
    if sentences[i - 1].paragraph != sentences[i].paragraph:
        return None
    hit = any(
        o.kind == "collision" and o.status == "final" and x.driver in (o.driver, *o.others)
        for o in by_sentence.get(i - 1, [])
    )
    return sentences[i - 1].text.rstrip(".") if hit else None


def _first_reason(
    x: Fact,
    by_sentence: dict[int, list[Fact]],
    sentences: list[Sentence],
    folded: list[str],
    leads: dict[int, tuple[str, ...]],
) -> str | None:
    """The first reason that says why in its own words, looked for before the sentence, in it, then after
    it: a moment before ("deed zich voor in ronde 48") does not stop the reasoning told after it."""
    # (not after "De strafpunten ... zijn omgezet in een boete": what follows explains the change)
    changed = _CHANGED_PENALTY_RE.search(folded[x.sentence]) is not None
    finders: tuple[Callable[[], str | None], ...] = (
        lambda: _reason_before(x.sentence, sentences, folded, x.driver),
        lambda: _reason_within(x.sentence, sentences, folded),
        lambda: None if changed else _reason_after(x, by_sentence, sentences, folded, leads),
        lambda: _punished_before(x, by_sentence, sentences, folded, leads),
        lambda: _punished_for_after(x, by_sentence, sentences, folded, leads),
        lambda: _decided_after_finding(x, sentences, folded, leads),
    )
    return next((r for find in finders if (r := find()) and usable_reason(r)), None)


# the stewards' decision told on its own: "De racecommissarissen besloten om Vettel te diskwalificeren", "The
# stewards decided to disqualify him"
_DECIDED_RE = re.compile(
    r"^\s*(?:de |the )?(?:stewards|racecommissarissen|commissarissen|wedstrijdleiding|fia|jury)\s+"
    r"(?:besloten|besloot|beslisten|beslist|hebben besloten|decided|opted|chose)\b"
)


def _decided_after_finding(
    x: Fact, sentences: list[Sentence], folded: list[str], leads: dict[int, tuple[str, ...]]
) -> str | None:
    """ "Bij de Duitser zat nog slechts 0,3 liter in de tank. De racecommissarissen besloten om Vettel te
    diskwalificeren.": the decision's sentence tells no reason; the finding about him right before it does."""
    i = x.sentence
    if i == 0 or not x.driver or not _DECIDED_RE.match(folded[i]):
        return None
    if sentences[i - 1].paragraph != sentences[i].paragraph:
        return None
    if x.driver not in leads.get(i - 1, ()) and not _names_driver(folded[i - 1], x.driver):
        return None
    return sentences[i - 1].text.rstrip(".")


def _punished_for_after(
    x: Fact,
    by_sentence: dict[int, list[Fact]],
    sentences: list[Sentence],
    folded: list[str],
    leads: dict[int, tuple[str, ...]],
) -> str | None:
    """ "Hamilton heeft een gridstraf gekregen. Verstappen schuift op.\n\nHamilton werd door de stewards
    bestraft, vanwege het hinderen van Räikkönen": a sentence soon after, about him alone, that tells he was
    punished and why (across a paragraph break too): the cause after its causal word."""
    for j in range(x.sentence + 1, min(x.sentence + 4, len(sentences))):
        if leads.get(j) != (x.driver,) or any(
            o.kind == "penalty" and o.penalty != x.penalty for o in by_sentence.get(j, [])
        ):
            continue
        pen = _PUNISHED_WORD_RE.search(folded[j])
        cause = _CAUSAL_RE.search(folded[j], pen.end()) if pen else None
        if cause is not None:
            return reason_after(folded[j][cause.start() :], sentences[j].text[cause.start() :])
    return None


# a penalty changed afterwards: "zijn omgezet in een boete", "was overturned", "werd ingetrokken"
_CHANGED_PENALTY_RE = re.compile(
    r"\b(?:omgezet|geschrapt|ingetrokken|kwijtgescholden|teruggedraaid|overturned|rescinded|converted|"
    r"withdrawn|revoked|scrapped)\b"
)


# "Hamilton was punished after carrying out practice starts ...", "Hamilton werd bestraft voor ...": a
# sentence that tells the punishment without its size, with its reason
_PUNISHED_RE = re.compile(
    r"\b(?:was|werd|is|wordt) (?:\w+ )?(?:punished|penali[sz]ed|sanctioned|bestraft|gestraft)\b"
)


def _punished_before(
    x: Fact,
    by_sentence: dict[int, list[Fact]],
    sentences: list[Sentence],
    folded: list[str],
    leads: dict[int, tuple[str, ...]],
) -> str | None:
    """The reason the sentence right before gives, when it opens with the same driver, tells that he was
    punished and holds no penalty of its own ("Hamilton was punished after carrying out practice starts in
    the wrong place. He was handed two five-second penalties.")."""
    i = x.sentence - 1
    if i < 0 or leads.get(i) != (x.driver,) or any(o.kind == "penalty" for o in by_sentence.get(i, [])):
        return None
    m = _PUNISHED_RE.search(folded[i])
    if m is None:
        return None
    return reason_after(folded[i][m.end() :], sentences[i].text[m.end() :])


# "a penalty for causing the accident": a reason that points at a collision told before without naming
# the other driver. Tested only.
_POINTS_AT_COLLISION_RE = re.compile(
    r"\b(?:the|that|this|de|het|die|dat|dit)\s+(?:[\w-]+\s+)?"
    r"(?:accident|collision|clash|contact|crash|incident|botsing|aanrijding|aanraking|crash|ongeluk)\b"
)
_NAMES_OTHER_RE = re.compile(r"\b(?:with|met|between|tussen|into|tegen)\b")  # tested only


def attach_partners(facts: list[Fact], named: list[set[str]] | None = None) -> list[Fact]:
    """A penalty "for causing the accident" takes as ``others`` the one driver the article told him to
    collide with in that race before ("Räikkönen en Hamilton raakten elkaar. ... Räikkönen kreeg tien
    seconden straf voor het veroorzaken van het ongeluk."). Two partners, or none, and nothing is taken;
    nor when the penalty's own sentence (``named``: the drivers each sentence names) names another driver
    ("Stroll flipped in a clash with Kvyat, who was given a penalty for the collision")."""
    if not any(x.kind == "penalty" and x.reason for x in facts):
        return facts
    out: list[Fact] = []
    for x in facts:
        if x.kind == "penalty" and x.reason and not x.others:
            reason = fold(x.reason)
            if _POINTS_AT_COLLISION_RE.search(reason) and not _NAMES_OTHER_RE.search(reason):
                partners = {
                    o
                    for c in facts
                    if c.kind == "collision"
                    and c.driver == x.driver
                    and c.sentence <= x.sentence
                    and (c.season, c.grand_prix, c.session) == (x.season, x.grand_prix, x.session)
                    and c.status == "final"
                    for o in c.others
                }
                own = (named[x.sentence] if named is not None else set()) - {x.driver}
                if len(partners) == 1 and not own - partners:
                    x = replace(x, others=tuple(partners))
        out.append(x)
    return out


_RECEIVER_RE = re.compile(r"(?:" + alt(NL["receiver"], EN["receiver"]) + r")\s")  # tested only (match)
# a clause with its own verb after the name is no elliptical receiver ("Aan Vettel gaf hij ...")
_FRAGMENT_END_RE = re.compile(r"\s*(?:[,.;:]|$)")  # tested only (match)


# "they judged Leclerc was at fault, and ... handed him two penalty points": the one judged at fault gets it
_JUDGED_AT_FAULT_RE = re.compile(
    r"\b(?:judged|found|deemed|ruled|decided|concluded|oordeelden|oordeelde|vonden|vond|achtten|achtte|"
    r"concludeerden)\b[^.;]{0,40}\b(?:at fault|to blame|responsible|guilty|schuldig|verantwoordelijk|"
    r"in de fout)\b"
)


def to_the_one_at_fault(facts: list[Fact], folded: list[str], named: list[set[str]]) -> list[Fact]:
    """A penalty given to a driver its sentence does not name (the subject of the sentence before), in a
    sentence that names one driver and judges him at fault: his."""
    out: list[Fact] = []
    for x in facts:
        i = x.sentence
        if (
            x.kind == "penalty"
            and x.driver
            and x.driver not in named[i]
            and len(named[i]) == 1
            and _JUDGED_AT_FAULT_RE.search(folded[i])
        ):
            x = replace(x, driver=next(iter(named[i])))
        out.append(x)
    return out


def attach_receivers(
    facts: list[Fact],
    sentences: list[Sentence],
    folded: list[str],
    named: list[set[str]],
    season: int | None,
    event: str | None,
) -> list[Fact]:
    """A penalty handed out without a receiver, then a sentence without a verb that names him: "Er werd
    ook een diskwalificatie uitgedeeld. Aan Vettel, omdat er te weinig brandstof in zijn tank zat." The
    receiver gets it, at the article's own race, with the reason the fragment gives."""
    if event is None:
        return facts
    with_penalty = {x.sentence for x in facts if x.kind == "penalty"}
    out = list(facts)
    for j in range(1, len(sentences)):
        i = j - 1
        if (
            not _RECEIVER_RE.match(folded[j])
            or len(named[j]) != 1
            or named[i]
            or i in with_penalty
            or j in with_penalty
            or sentences[i].paragraph != sentences[j].paragraph
        ):
            continue
        handed = _HANDED_OUT_RE.search(folded[i])
        dsq = _PEN_DSQ_RE.search(folded[i])
        kind = "disqualification" if dsq else next((k for k, rx in _KINDS if rx.search(folded[i])), None)
        if not handed or kind is None or _NO_PENALTY_BEFORE_RE.search(folded[i][: (dsq or handed).start()]):
            continue
        (driver,) = named[j]
        name = _FRAGMENT_NAME_RE.match(folded[j])
        if name is None or not _FRAGMENT_END_RE.match(folded[j], name.end()):
            continue
        reason = reason_after(folded[j][name.end() :], sentences[j].text[name.end() :])
        out.append(Fact("penalty", driver, j, season=season, grand_prix=event, penalty=kind, reason=reason))
    return out


# "Aan Sebastian Vettel": the preposition and up to three name words (the gazetteer found who)
_FRAGMENT_NAME_RE = re.compile(
    r"(?:" + alt(NL["receiver"], EN["receiver"]) + r")(?:\s+[\w'-]+){1,3}?(?=[,.;:]|$)"
)


# "vanwege zijn diskwalificatie uit de kwalificatie", "disqualified from qualifying": the session he lost
_DSQ_FROM_QUALIFYING_RE = re.compile(
    r"\b(?:\w*diskwalific\w*|disqualif\w*|geschrapt|excluded)\b[^.;]{0,40}\b(?:kwalificatie|qualifying)\b"
)


def dsq_sessions(
    facts: list[Fact], folded: list[str], named: list[set[str]], leads: dict[int, tuple[str, ...]]
) -> list[Fact]:
    """A disqualification told elsewhere in the article as one from qualifying ("De Brit moest achteraan
    starten vanwege zijn diskwalificatie uit de kwalificatie") is from qualifying wherever it is told: in a
    sprint report it is not the sprint's."""
    if not any(x.penalty == "disqualification" and x.session != "qualifying" for x in facts):
        return facts
    from_quali = {
        d
        for i, f in enumerate(folded)
        if ("kwalific" in f or "qualif" in f) and _DSQ_FROM_QUALIFYING_RE.search(f)
        for d in named[i] | set(leads.get(i, ()))
    }
    if not from_quali:
        return facts
    return [
        replace(x, session="qualifying")
        if x.kind == "penalty" and x.penalty == "disqualification" and x.driver in from_quali
        else x
        for x in facts
    ]


def attach_sizes(
    facts: list[Fact], sentences: list[Sentence], folded: list[str], named: list[set[str]]
) -> list[Fact]:
    """A penalty told without its size takes the size the next sentences of its paragraph give it, as long as
    they name no other driver ("Toch kreeg Verstappen de straf. De vijf seconden tijdstraf werd ...")."""
    out: list[Fact] = []
    for x in facts:
        if x.kind == "penalty" and x.amount is None and x.penalty in ("time", "grid", "other"):
            for j in range(x.sentence + 1, min(x.sentence + 3, len(sentences))):
                if sentences[j].paragraph != sentences[x.sentence].paragraph or named[j] - {x.driver}:
                    break
                size = _SIZE_NEAR_PENALTY_RE.search(folded[j])
                if size is None:
                    continue
                seconds = _SIZE_S_RE.search(size.group(0))
                kind = x.penalty if x.penalty != "other" else ("time" if seconds else "grid")
                if (kind == "time") != bool(seconds):
                    break  # "de gridstraf ... tien seconden": a size of the other kind is no size of this one
                unit = "s" if seconds else "places"
                x = replace(x, penalty=kind, amount=cardinal_value(size.group(1) or size.group(2)), unit=unit)
                break
        out.append(x)
    return out


def _reason_before(i: int, sentences: list[Sentence], folded: list[str], driver: str = "") -> str | None:
    """ "X duwde Norris van de baan, en kreeg daarvoor een straf": the reason is what came before
    "daarvoor"."""
    m = _REASON_BACK_RE.search(folded[i])
    if not m:
        if i > 0 and driver and _OPENS_BACK_RE.match(folded[i]) and _names_driver(folded[i - 1], driver):
            # "The punishment was ...", "Het leverde de Fransman een tijdstraf op": the sentence before, when
            # it names the one punished (across a paragraph break too)
            return sentences[i - 1].text.rstrip(".")
        return None
    cut = max(folded[i].rfind(", ", 0, m.start()), folded[i].rfind("; ", 0, m.start()))
    if cut <= 0:
        # "He entered the pit lane the wrong way and was handed a penalty following that": the deed
        # coordinated before the penalty
        # ("... en moest dat bekopen": the verb of paying is the back-pointer itself)
        joined = _AND_PENALISED_RE.search(folded[i], 0, m.end())
        cut = joined.start() if joined else cut
    if cut <= 0:
        # "De Fransman hinderde Russell in Q1 en de stewards hebben hem daarvoor een gridstraf gegeven": the
        # deed in the clause before the "en" that the back-pointer's clause opens with
        ands = list(_AND_RE.finditer(folded[i], 0, m.start()))
        # (not "erfde de pole door de gridstraf van Verstappen en ...": a penalty is no deed)
        if ands and not _names_a_penalty(folded[i][: ands[-1].start()]):
            cut = ands[-1].start()
    relative = _RELATIVE_DEED_RE.match(folded[i], cut + 2, m.start()) if cut > 0 else None
    if relative is not None:
        # "Ocon, die tegen Tsunoda aan rijdt en dat moet bekopen met een straf": the deed is the relative
        # clause's, up to its "en"
        return sentences[i].text[relative.start(1) : relative.end(1)].strip(" ,;")
    if cut > 0:
        text = sentences[i].text[:cut].strip(" ,;")
        if len(text.split()) >= 3:
            return text
    if i > 0 and sentences[i - 1].paragraph == sentences[i].paragraph:
        j = i - 1
        same = j > 0 and sentences[j - 1].paragraph == sentences[j].paragraph
        if same and _ONLY_JUDGES_RE.match(folded[j]):
            # "De stewards oordeelden dat hij herhaaldelijk van richting veranderde. Dit acht de
            # wedstrijdleiding in strijd met de reglementen. Alonso krijgt daarom ...": the deed "Dit" judges
            j -= 1
        elif (
            same
            and _INCIDENT_NOUN_RE.search(m.group(0))
            and not _COLLISION_WORD_RE.search(folded[j])
            and _COLLISION_WORD_RE.search(folded[j - 1])
        ):
            # "... een botsing tussen Pérez en Russell. Pérez viel terug naar de laatste plek. Russell kreeg
            # vijf seconden voor zijn rol in het incident": the collision the incident points back at
            j -= 1
        return _judged_part(sentences[j].text, folded[j])
    return None


_INCIDENT_NOUN_RE = re.compile(r"\b(?:incident|voorval|aanrijding|botsing|crash|clash|collision)\b")
_COLLISION_WORD_RE = re.compile(
    r"\b(?:botsing|aanrijding|aanraking|contact|crash\w*|collision|collided|clash\w*|raakte|tikte|hit)\b"
)
# a sentence that only judges the one before it ("Dit acht de wedstrijdleiding in strijd met ...")
_ONLY_JUDGES_RE = re.compile(
    r"\W*(?:dit|dat|this|that)\s+(?:acht|achtte|achten|vindt|vond|vinden|beschouw\w*|noemt|noemde|"
    r"is|was|werd|wordt|was deemed|is deemed|was considered|is considered|was judged)\b"
)


_RELATIVE_DEED_RE = re.compile(r"(?:die|who)\s+(.{8,}?)\s+(?:en|and)\s*$")
_AND_RE = re.compile(r"\s(?:en|and)\s")
# the end of what the stewards judged: "... geen vaart heeft geminderd voor de gele vlag en daarmee artikel
# 2.4 heeft overtreden", "... ignored the yellow flags and thereby breached"
# "Sainz werd op zijn vingers getikt omdat hij bijna stil stond": the cause after "omdat"
_BECAUSE_IN_RE = re.compile(r"\b(?:omdat|doordat|because)\s+")
_JUDGED_END_RE = re.compile(r"\s+(?:en daarmee|en zo|and thereby|and therefore|and so)\b|,\s")


def _judged_part(text: str, folded: str) -> str:
    """A whole sentence given as a reason, cut to what the stewards judged when it says so ("Na het horen
    van de coureur oordeelden de stewards dat hij geen vaart minderde voor de gele vlag en daarmee ...":
    "hij geen vaart minderde voor de gele vlag")."""
    m = _JUDGED_THAT_RE.search(folded) or _BECAUSE_IN_RE.search(folded)
    if m is None:
        return text.rstrip(".")
    end = _JUDGED_END_RE.search(folded, m.end())
    part = text[m.end() : end.start() if end else len(text)].strip(" ,;.")
    return part if len(part.split()) >= 3 else text.rstrip(".")


_AND_PENALISED_RE = re.compile(
    r"\s(?:and|en)\s+(?:(?:was|were|is|werd|werden)\s+(?:\w+\s+)?(?:handed|given|hit|slapped|penali[sz]ed|"
    r"bestraft|gestraft)|kreeg|kregen|got|received|moest|moesten|bekocht|betaalde|paid|pays)\b"
)
# a sentence that opens with the punishment of what the one before told
_OPENS_BACK_RE = re.compile(
    r"\s*(?:(?:de|the) (?:straf|sanctie|bestraffing|punishment|sanction|penalty) "
    r"(?:was|luidde|bestond|came)\b"
    r"|(?:het|dat|dit|it|that|this) (?:leverde|levert|bezorgde|bezorgt|kostte|opleverde|earned|cost|got)\b"
    # "Het kwam hem op twee tijdstraffen te staan", "Tijdens de race kwam hem dat op tien seconden te staan"
    r"|(?:het|dat|dit) kwam (?:hem|haar) (?:\w+ )?op\b"
    # "Het gevolg is een gridstraf", "The result is a grid penalty": what the sentence before brought
    r"|(?:het|als) gevolg (?:is|was|daarvan is|daarvan was)\b"
    r"|(?:the|as a) (?:result|consequence) (?:is|was)\b"
    r"|(?:[\w-]+ ){0,4}kwam (?:hem|haar) (?:dat|dit|het) (?:\w+ ){0,2}op\b)"
)


def _names_driver(folded: str, driver: str) -> bool:
    """Whether the folded sentence names the driver by his surname (the last part of his id)."""
    return re.search(r"\b" + re.escape(driver.rsplit("_", 1)[-1]) + r"\b", folded) is not None


_SESSION_AFTER_RE = re.compile(
    r"\s*(?:the|de|het)\s+(?:race|finish|grand prix|gp|wedstrijd|sessie|session|kwalificatie|qualifying)\b"
    r"(?!\s+(?:for|to|voor|om)\b)"
)


def _reason_within(i: int, sentences: list[Sentence], folded: list[str]) -> str | None:
    """ "De stewards oordeelden dat hij Leclerc van de baan drukte en legden hem een straf op", "omdat dat
    boven het aantal onderdelen ging, kreeg Sainz een gridstraf": the cause before the penalty."""
    fs = folded[i]
    pen = (
        PENALTY_WORD_RE.search(fs)
        or PEN_GRID_RE.search(fs)
        or PEN_TIME_RE.search(fs)
        or _PEN_DSQ_RE.search(fs)
    )
    if pen is None:
        return None
    m = _JUDGE_RE.search(fs, 0, pen.start())
    if m:
        cut = _JUDGED_CUT_RE.search(fs[m.end() : pen.start()])
        end = m.end() + cut.start() if cut else pen.start()
        text = sentences[i].text[m.start() : end].strip(" ,;")
        return text if len(text.split()) >= 3 else None
    # (the cause word nearest the penalty: "won after a dramatic race in which Hamilton was seventh after a
    # time penalty" tells no cause of it, its own "after" only its kind)
    causes = list(_CAUSAL_RE.finditer(fs, 0, pen.start()))
    cause = causes[-1] if causes else _OPENING_CAUSE_RE.match(fs, 0, pen.start())
    if cause and _AGENT_RE.match(fs, cause.end()):
        cause = None  # "Door de stewards werd hij gediskwalificeerd": who did it, not why
    if cause and _SESSION_AFTER_RE.match(fs, cause.end()):
        cause = None  # "drama after the race as Vettel was disqualified": when, not why
    if cause and _LENIENT_RE.search(fs):
        # "Omdat Norris weinig tijd had om te reageren, deed de wedstrijdleiding het af met een straf van drie
        # plekken": why it was milder, not what it was for
        cause = None
    if cause and (
        _PENALTY_ITSELF_RE.fullmatch(fs, cause.end(), pen.start())
        or _ANOTHER_PENALTY_RE.search(fs, cause.end(), pen.start())
    ):
        # "charged up from last after being disqualified": the penalty itself, no cause of it; "..., but he
        # will take a five-place drop for an engine penalty": another penalty between, whose cause is unclear
        cause = None
    if cause:
        comma = max(fs.rfind(", ", 0, pen.start()), 0)
        if comma > cause.start():
            text = sentences[i].text[:comma].strip(" ,;")
        else:
            # "die vanwege het negeren van de rode vlag een gridstraf kreeg": the cause runs up to the
            # penalty
            # ("voor het afsnijden van Hamilton": the nominal cause is the reason itself, after "voor")
            begin = cause.start() + len("voor ") if cause.group(0).startswith("voor het") else cause.end()
            text = sentences[i].text[begin : pen.start()]
            verb = _FINITE_VERB_RE.search(text)
            if verb is None and _CONJUNCTION_RE.fullmatch(cause.group(0)):
                # "Omdat winnaar Bottas zondag een gridstraf incasseert, mag Verstappen ...": the clause the
                # conjunction opens has the penalty for its object: it tells the penalty as the cause of
                # something else, not what the penalty was for
                return None
            text = _TRAILING_SIZE_RE.sub("", text[: verb.start()] if verb else text)
            text = _TRAILING_DET_RE.sub("", text).strip(" ,;")
            if _NAME_AND_KIND_RE.fullmatch(text):
                return None  # "wins after Lewis Hamilton double time penalty": whose penalty, no cause
        return text if len(text.split()) >= 3 else None
    return None


_CONJUNCTION_RE = re.compile(r"omdat|doordat|nadat|because")
# a headline's "after Lewis Hamilton double time penalty": the name and the penalty's kind, no cause
_NAME_AND_KIND_RE = re.compile(
    r"(?:[A-Z][\w'’.-]*\s+){1,3}(?:(?:double|twin|two|second|another|time|grid|drive-through|stop-go|"
    r"dubbele|tweede|tijd|[\w]+-(?:second|seconds|place|places|seconde|seconden|plaatsen))\s*)+"
)
# a penalty told as milder than it might have been
_LENIENT_RE = re.compile(
    r"\b(?:(?:deed|deden|doet|doen) (?:\w+ ){0,3}het af met|af te doen met|afgedaan met|"
    r"got (?:\w+ )?(?:away|off) with|let (?:\w+ )?off with|in plaats van|instead of|milder\w*|lichtere?)\b"
)
# "omdat Pérez een vijf seconden tijdstraf moest inlossen": the penalty's own size is no part of a cause
_TRAILING_SIZE_RE = re.compile(
    r"\s+(?:" + CARDINAL_RE + r")[- ]?(?:" + _SIZE_UNITS + r")(?:\s+(?:time|grid|drive-through))?\s*$",
    re.IGNORECASE,
)
_TRAILING_DET_RE = re.compile(r"(?:\s+(?:een|de|het|zijn|a|an|the|his|\d+|\w+-))+\s*$", re.IGNORECASE)


_TIME_KINDS = ("time", "stop_go", "drive_through")
# new power unit parts told right after a grid penalty: its reason
_NEW_PARTS_RE = re.compile(
    r"\b(?:krijgt|kreeg|neemt|nam|gebruikt|monteert|wisselt|wisselde|takes|took|gets|got|receives|fitted|uses)\s+"
    r"(?:\w+\s+){0,3}?(?:een\s+|a\s+)?(?:nieuwe|verse|new|fresh)\s+(?:motor\w*|versnellingsbak|power ?unit|"
    r"krachtbron|engine|gearbox|turbo|mgu-[hk])"
)
# another driver under investigation or punished too: "omdat ook Magnussen wordt onderzocht", "Sainz was
# also investigated"
_ANOTHER_TOO_RE = re.compile(
    r"\b(?:ook|eveneens|also|too)\b[^.;]{0,40}?\b(?:onderzocht|onderzoek|investigat\w*|under investigation|"
    r"bestraft|gestraft|penali[sz]ed|gediskwalificeerd|disqualified|summoned|ontboden)\b"
)
# a sentence that opens against the one before ("Toch ziet Albon nog ruimte voor verbetering, mede omdat
# ...", "Nevertheless he ..."): what it explains is its own turn, not the penalty told before it
_CONTRAST_OPEN_RE = re.compile(
    r"\W*(?:toch|desondanks|desalniettemin|niettemin|ondanks (?:dat|alles|die|deze)|nevertheless|nonetheless|"
    r"even so|despite (?:that|this|it|everything)|still,)(?![\w-])"
)
_STEWARDS_OPEN_RE = re.compile(
    r"(?:de |the )?(?:stewards|wedstrijdcommissarissen|race stewards|fia-stewards)\s+"
    r"(?:oordeelden|oordeelde|vonden|stelden vast|concludeerden|found|ruled|judged|deemed|decided|"
    r"concluded)\b"
)
# what a penalty at the start did: a grid penalty's effect, not a time penalty's
_START_EFFECT_RE = re.compile(
    r"\b(?:start(?:ed|s|ing)? (?:in|from)|grid|startplaats\w*|start(?:te|en)? (?:als|vanaf|vanuit)|"
    r"achteraan)\b"
)


def _reason_after(
    x: Fact,
    by_sentence: dict[int, list[Fact]],
    sentences: list[Sentence],
    folded: list[str],
    leads: dict[int, tuple[str, ...]],
) -> str | None:
    """The next sentence that explains ("bleek", "the stewards found"), skipping sentences that only
    penalise other drivers the same way ("Ook Leclerc werd gediskwalificeerd."); one sentence that tells
    what the same driver did may stand between, and is told with it."""
    told: list[str] = []
    for j in range(x.sentence + 1, min(x.sentence + 3, len(sentences))):
        own = by_sentence.get(j, [])
        if sentences[j].paragraph != sentences[x.sentence].paragraph:
            # "... moet voor straf drie plekken naar achteren.\n\nStewards oordeelden dat Hamilton ...
            # hinderde": the stewards' finding right after, naming him, explains across the paragraph break
            person = load_reference().driver(x.driver) if x.driver else None
            if (
                j == x.sentence + 1
                and person is not None
                and _STEWARDS_OPEN_RE.match(folded[j])
                and fold(person.surname) in folded[j]
                and not any(o.kind == "penalty" for o in own)
            ):
                return sentences[j].text.rstrip(".")
            return None
        if (
            x.penalty == "grid"
            and j == x.sentence + 1
            and not any(o.kind == "penalty" for o in own)
            and _NEW_PARTS_RE.search(folded[j])
            and leads.get(j) == (x.driver,)  # (his own parts, not "Leclerc krijgt een nieuwe motor")
        ):
            # "ontvangt een forse gridstraf. Hij krijgt een nieuwe motor en versnellingsbak": the parts
            return sentences[j].text.rstrip(".")
        # ("... was dat verboden hulp en dus kreeg Hülkenberg de zwarte vlag": the same penalty told again
        # with its why is no other one)
        again = all(o.driver == x.driver and o.penalty == x.penalty for o in own if o.kind == "penalty")
        if (
            not any(o.kind == "penalty" for o in own)
            and _ANOTHER_TOO_RE.search(folded[j])
            and not _names_driver(folded[j], x.driver)
        ):
            # "..., omdat ook Magnussen wordt onderzocht": another's case, not his why ("Ook Gasly werd
            # gediskwalificeerd", a penalty told the same way, is skipped below)
            return None
        if _CONTRAST_OPEN_RE.match(folded[j]):
            return None
        if again and _EXPLAIN_RE.search(folded[j]):
            if leads.get(j) and x.driver not in leads[j] and not _names_driver(folded[j], x.driver):
                return None  # "Carlos Sainz was at the back due to an engine problem": another's why
            if x.penalty in _TIME_KINDS and _START_EFFECT_RE.search(folded[j]):
                return None  # "punished for a misdemeanour that saw him start in fifth": a grid penalty's why
            return " ".join([*told, sentences[j].text.rstrip(".")])
        if not told and leads.get(j) == (x.driver,) and all(o.driver == x.driver for o in own):
            told.append(sentences[j].text.strip())  # "De Duitser kreeg van marshals een duwtje."
            continue
        if not any(o.kind == "penalty" and o.penalty == x.penalty for o in own):
            return None
    return None


def whole_reasons(facts: list[Fact]) -> list[Fact]:
    """Penalties whose reason is cut out of a bracket ("the podium) relegated him to fifth", the end of an
    aside read as the cause) keep no reason: a cause must be a whole phrase."""
    return [
        replace(x, reason=None)
        if x.kind == "penalty" and x.reason and x.reason.count("(") != x.reason.count(")")
        else x
        for x in facts
    ]
