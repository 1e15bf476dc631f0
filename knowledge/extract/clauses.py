"""Clauses and who they are about: quoted speech, clause splitting, name lists, objects and subjects.

A sentence is split at commas, semicolons and conjunctions; a driver is the object of a clause after a
preposition or a verb ("met Verstappen", "passed Leclerc"), and an event belongs to the driver just
before it, else to the clause's subject (``owner_left``).
"""

from __future__ import annotations

import re

from knowledge.extract.context import Clause, Mention
from knowledge.extract.phrases import Phrases, alt, words
from knowledge.reference import demonyms_en, demonyms_nl
from knowledge.text import ORDINAL_RE, fold

# --- phrases ---------------------------------------------------------------------------------------

NL: Phrases = {
    # A driver after these (and "de", "zijn", ...) is an object: "botste met Verstappen".
    "object_before": (
        "met",
        "tegen",
        "achter",
        # "terwijl Stroll na Ocon derde werd": the one he came after (not "Na Verstappen gehoord te hebben"
        # opening a sentence: the one heard stays its topic)
        r"(?<=\w )na",
        "voor zich",
        r"(?<!minder )dan",  # "niemand minder dan Hamilton" is the subject
        "aan",
        "naast",
        "net als",
        "voorbij",
        "langs",
        "over",  # "klimt hij over Leclerc naar de derde plaats", "praatte over Hamilton"
        "op",
        "in te halen",
        "gaf",
        "raakte",
        # "pakte nog een extra punt af van Hamilton": the one it was taken from
        "af van",
        # "ramde de zijkant van de auto van Zhou": the car's owner is hit, no subject
        r"(?:auto|wagen|bolide|zijkant|achterkant|achterwiel|voorwiel|vleugel|zijpod) van",
        # "eindigde op vijftien seconden van Verstappen", "op twee punten van Hamilton": the reference
        r"(?:seconden?|tienden?|punten?) van",
        r"op (?:korte |kleine |grote |ruime )?afstand van",  # "op korte afstand van de Nederlander tweede"
        r"op \d+[,.]\d+ (?:seconden? )?van",  # "als derde op 0,337 van Verstappen"
        r"(?:seconden?|tienden?) voor",  # "finishte 5,8 seconden voor Sainz": ahead of him
        # "bleef 0,643 verwijderd van (de beste tijd van) Hamilton": the one compared with
        r"verwijderd van(?: de| het)?(?: (?:snelste |beste )?(?:tijd|rondetijd|poletijd) van)?",
        # "Alonso werd voor Verstappen vijfde": the driver beaten ("kwam hij voor Gasly als eerste")
        r"(?:werd|wordt|eindigde|eindigt|finishte|kwam|bleef)(?: hij| zij| ze)? voor",
        # "pakte uiteindelijk voor Verstappen de derde plek": the place taken ahead of him is not his
        r"(?:pakte|greep|nam|veroverde|claimde|haalde)(?: \w+){0,2}? voor",
        # "start net voor de Fin" (not "de race begon dramatisch voor Verstappen")
        r"(?:start|startte|starten|vertrekt|vertrok) (?:net |vlak |kort |direct )?voor",
        # "Pérez, de teamgenoot van Verstappen, ...": the apposition's driver is not the subject
        # "Vettel, de grootste uitdager van Hamilton, ...", "Pérez, teamgenoot en concurrent van Verstappen"
        r"(?:teamgenoot|ploeggenoot|ploegmaat|vervanger|vader|uitdager|rivaal|titelrivaal|concurrent|"
        r"tegenstander|opvolger|voorganger|collega|landgenoot|belager|achtervolger) van",
        "ten koste van",
        r"record\w* van",  # "evenaarde het record van Schumacher"
        # "door de gridstraf van Verstappen", "na de crash van Bottas": the driver of a noun phrase
        # ("door een late motorwissel van Tsunoda"; "door de tweede plaats van Norris" is his place)
        r"(?:door|na|vanwege|wegens|dankzij|ondanks|bij) (?:de|het|een|zijn) (?:(?!"
        + ORDINAL_RE
        + r" )[\w-]+ )?"
        r"(?!(?:plaats|plek|positie) )[\w-]+ van",
        # "in aanraking met de wagen van Kvyat", "tegen de auto van Bottas": the car's driver
        r"(?:met|tegen|op|in) (?:de|het) (?:wagen|auto|bolide|achterkant|achterwiel|voorwiel|zijkant) van",
    ),
    # Objects that are a reference, never the one placed right after them.
    "reference_before": (
        r"(?:seconden?|tienden?|punten?) van",
        r"op (?:korte |kleine |grote |ruime )?afstand van",  # "op korte afstand van de Nederlander tweede"
        r"op \d+[,.]\d+ (?:seconden? )?van",  # "eindigde als derde op 0,337 van Verstappen"
        r"(?:werd|wordt|eindigde|eindigt|finishte|kwam|bleef)(?: hij| zij| ze)? voor",
        # "pakte uiteindelijk voor Verstappen de derde plek": the place taken ahead of him is not his
        r"(?:pakte|greep|nam|veroverde|claimde|haalde)(?: \w+){0,2}? voor",
        "achter",
        # "terwijl Stroll na Ocon derde werd": the one he came home after
        r"(?<=\w )na",
        r"(?<!minder )dan",  # "niemand minder dan Hamilton" is the subject
        "ten koste van",
        # "dankzij het late uitvallen van Verstappen als tweede afgevlagd": whose mishap, not whose place
        r"(?:uitvallen|uitvalbeurt|opgave|pech|crash|straf|fout|spin|pitstop) van",
        # "eindigde mede door een incident met Max Verstappen als zesde": the one he clashed with
        r"(?:incident|botsing|aanrijding|aanvaring|aanraking|contact|clash|duel|gevecht) met",
    ),
    # "achter Ferrari-coureur Leclerc": a team's epithet may stand before the name too
    "object_det": (
        *words("de het zijn eigen teamgenoot ploeggenoot stalgenoot teammaat rookie regerend wereldkampioen"),
        r"(?:oud|ex)-(?:teamgenoot|ploeggenoot|stalgenoot|teammaat)",  # "voor oud-teamgenoot Gasly"
        # "met zijn naaste belager Hamilton", "op titelrivaal Verstappen"
        *words("naaste grootste belager achtervolger titelrivaal rivaal concurrent"),
        # "ver achter titelkandidaten Hamilton en Verstappen": a plural epithet of those named after it
        *words("titelkandidaat titelkandidaten titelrivalen rivalen concurrenten kanshebbers"),
        r"[a-z]+(?:[- ][a-z]+)?-(?:coureur|rijder|piloot|man|rivaal|concurrent|collega)",
        r"[a-z]+voudige?|voormalige?",  # "dan de zevenvoudig wereldkampioen Hamilton"
        # "sneller dan de Monegask Charles Leclerc": his nationality before the name
        *sorted({fold(x) for xs in demonyms_nl().values() for x in xs}),
    ),
    # Words that open a subordinate clause: a driver after one is that clause's, not the main clause's.
    "subordinators": words("na nadat omdat toen terwijl doordat dankzij"),
    "subordinate_more": words("sinds voor achter"),
    "relative": words("die wie"),
    "own": ("zijn", "z'n", "hij", "hem"),
    "clause_end": words("maar terwijl"),
    # A word after ", " or "en"/"maar" that is no verb: ", toen Sainz ..."
    "not_verb": words(
        """en maar ook toen terwijl waarna waarop waardoor nadat omdat want dus zodat die dat wie
        waar waarbij hoewel als zoals dan nu net pas zelfs alleen vooral zowel noch of de het een zijn
        teamgenoot ploeggenoot ploegmaat collega rivaal titelrivaal landgenoot rookie debutant nieuwkomer
        kampioen wereldkampioen polesitter poleman leider winnaar nummer coureur voor na achter met bij tegen
        in op aan van door om tot naar uit over onder tussen daar hier daarna daarbij daarom eerst later toch
        nog wel niet geen vandaag gisteren zaterdag zondag vrijdag uiteindelijk moesten konden mochten wilden
        zouden"""
    ),
    "past_suffix": ("de", "te", "den", "ten"),  # weak past tense: "versloeg", "passeerde"
    "strong_past": words(
        """won versloeg verloor sloeg hield liet nam gaf kreeg zag ving greep trok schoof
        duwde passeerde verschalkte raakte tikte"""
    ),
    # Verbs of saying: '"...", lachte Sainz' has Sainz as subject.
    "say": words(
        """zei zegt lachte vertelde verklaarde meldde reageerde grapte zuchtte erkende stelde
        vond vindt dacht denkt aldus"""
    ),
}
EN: Phrases = {
    "object_before": (
        # "a place ahead of Mercedes team-mate Valtteri Bottas", "swept past Mercedes team mate Bottas": the
        # team before the title, no "his" (not "for Perez's Red Bull team-mate Verstappen to clinch")
        r"(?:ahead of|past|behind|with) (?:[a-z]+ )?team[- ]?mates?",
        # "ahead of Mercedes ace Lewis Hamilton": a team and a title before the name
        r"(?:ahead of|in front of|behind|past) (?:[a-z]+ ){0,2}(?:ace|driver|star|rookie|veteran|man|racer|"
        r"youngster|champion|rival|compatriot)",
        "with",
        "against",
        "behind",
        "ahead of",
        # "finished above Norris", "alongside Leclerc": the one beside or beaten
        "above",
        "below",
        "alongside",
        "for",
        r"(?<!other )than",  # "none other than Hamilton" is the subject
        "to",
        "from",
        "beside",
        "like",
        "past",
        "around",  # "was unable to get around Leclerc's Ferrari": the one not passed
        "into",
        "onto",
        "on",  # "made his way through on Sainz", "closed in on Leclerc"
        # "held up by Ricciardo": the passive's doer is no subject ("followed by Sainz in fifth" is)
        r"(?<!followed )by",
        # not the Dutch "of" (whether): "Even was onzeker of Verstappen ..." names the subject
        r"(?<!onzeker )(?<!zeker )(?<!vraag )(?<!weten )(?<!twijfel )(?<!benieuwd )(?<!onduidelijk )of",
        "passed",
        "overtook",
        "gave",
        "give",
        "gives",
        "giving",
        "hit",
        "took out",
        # "chased down Leclerc", "held off Hamilton", "closed up on Norris": a verb with its particle
        "down",
        "off",
        "up on",
    ),
    # "behind Red Bull's Sergio Perez": a team's possessive may stand between
    "object_det": (
        *words("the his own teammate rival leader polesitter pole-sitter"),
        "pole sitter",
        # "a charge by his Mercedes team-mate Lewis Hamilton": his team before the title, written with a dash
        # (not "a chance for Perez's Red Bull team-mate Max Verstappen to clinch": the one who then acts)
        r"(?:his|her|their) (?:[a-z]+ )?team[- ]mates?",
        r"[a-z]+(?: [a-z]+)?'s?(?: [a-z]+)?",
        # "passed 2022 championship leader Charles Leclerc": a title before the name
        r"(?:\d{4} )?(?:championship|title|race|world) (?:leader|rival|contender|champion)",
        # "ahead of seven-time world champion Hamilton", "behind reigning champion Verstappen"
        r"[a-z]+-time|reigning|defending|former",
        # "pulled ahead of Ferrari drivers Vettel and Leclerc": a team's pair
        r"(?:[a-z]+ ){1,2}drivers",
    ),
    "reference_before": (
        "behind",
        "than",
        "seconds? (?:off|of)",
        r"\d+(?:[.,]\d+)?s (?:off|of)",
        # "took P4 after the retirement of Ricciardo": whose mishap, not whose place
        r"(?:retirement|crash|penalty|spin|mistake|demise) of",
        r"(?:incident|clash|collision|contact|tangle|battle|fight|duel) with",
    ),
    "subordinators": ("after", "following", "because", "when", "while", "thanks to"),
    "subordinate_more": ("since", "as", "ahead of", "behind"),
    "relative": words("who which"),
    "own": words("his he him"),
    "clause_end": words("but while whereas"),
    # A word before a driver that is no verb, so the driver is no object: "and Leclerc", "teammate Norris".
    "not_verb": words(
        """and but while as when after before with the of for that then so because although since
        driver drivers champion team-mate teammate rookie partner compatriot veteran youngster leader and or
        nor where whereas though than like including said says say told tells about between by from to in on
        at into over under behind ahead against past was were is are has have had only even also both
        either whom who which whose what first last next finally meanwhile just almost most least best worst
        fast yet result meaning means meant front right point straight part event night"""
    ),
    "verb_suffix": ("ed", "ge", "ss", "t", "ing"),
    # Verbs whose object follows: "dodge Piastri", "beat Leclerc".
    "verbs": words(
        """beat beats beaten hit passed pass overtake overtook dodge block blocked chase chased catch caught
        follow followed lead led edge edged edges pip pipped pips hold held keep kept leave leaving relegate
        relegated push pushed squeeze squeezed defeat defeats outraces outpaces outran outscores off out"""
    ),
}

# Each phrase gets a \b before it and none after ("voor zich", "ahead of").
_OBJECT_BEFORE_RE = re.compile(  # used only to test for a match
    r"(?:"
    + alt(NL["object_before"], EN["object_before"], before=r"\b")
    + r")\s+(?:(?:"
    + alt(NL["object_det"], EN["object_det"])
    + r")\s+)*$"
)
_REFERENCE_BEFORE_RE = re.compile(  # tested only
    r"\b(?:"
    + alt(NL["reference_before"], EN["reference_before"])
    + r")\s+(?:(?:"
    + alt(NL["object_det"], EN["object_det"])
    + r")\s+)*$"
)
# (and every nationality's noun: "Fellow Brit George Russell finished 16th" is no verb "brit" and its object)
_EN_NOT_VERB = frozenset(EN["not_verb"]) | {fold(x) for xs in demonyms_en().values() for x in xs}
_EN_VERBS = frozenset(EN["verbs"])
_EN_VERB_SUFFIXES = EN["verb_suffix"]
_NL_NOT_VERB = frozenset(NL["not_verb"])
_NL_SAY = frozenset(NL["say"])
_NL_STRONG_PAST = frozenset(NL["strong_past"])
_NL_PAST_SUFFIXES = NL["past_suffix"]
_EN_LAST_WORD_RE = re.compile(r"([a-z][a-z'-]*)\s+$")
_LEADING_SUBORDINATE_RE = re.compile(
    r"\s*(?:" + alt(NL["subordinators"], ("als", "hoewel", "zodra", "voordat", "wanneer")) + r")\s"
)
_NL_CLAUSE_VERB_RE = re.compile(r"(\S?)\s*(?:[,;]\s+|\b(?:en|maar)\s+)([a-z]+)\s+$")

SUBORDINATORS = alt(NL["subordinators"], EN["subordinators"])
# a clause that opens with one of the subordinators that are conjunctions (not "na", "dankzij", "following",
# "thanks to", which also open a phrase): its subject is its own (tested only, match at the clause start)
SUBORDINATE_OPEN_RE = re.compile(
    "(?:"
    + alt(
        w
        for w in (*NL["subordinators"], *EN["subordinators"])
        if w not in ("na", "dankzij", "following", "thanks to")
    )
    + r")\s"
)
# "promoted to ninth after both Alfa Romeos ...": a driver in a following subordinate clause does not own it.
SUBORDINATE_RE = re.compile(  # used only to test for a match
    r"\b(?:" + SUBORDINATORS + "|" + alt(NL["subordinate_more"], EN["subordinate_more"]) + r")\b"
)
EMBEDDED_RE = re.compile(r"\S\s+(?:" + SUBORDINATORS + r")\s+(?:[\w'-]+\s+){0,3}$")  # used only to test
RELATIVE_RE = re.compile(  # used only to test (match at the clause start)
    r"(?:(?:de|het|the|een|a)\s+\w+\s+)?(?:" + alt(NL["relative"], EN["relative"]) + r")\s"
)
# ", who ...", ", die ...": a relative clause opening after a comma (what it tells is its own)
#: a sentence that opens with a condition ("Als Leclerc alle races zou winnen", "Mocht Verstappen winnen", "If
#: Verstappen wins"; "Als eerste over de streep kwam Verstappen" is no condition)
CONDITION_OPENING_RE = re.compile(
    r"\s*(?:als|mocht|mochten|indien|stel dat|gesteld dat|if|should|suppose|supposing)\b"
    r"(?! (?:" + ORDINAL_RE + r")\b)"
)
RELATIVE_OPEN = r",\s*(?:who|which|die|dat|wie)\b"
OWN_WORD_RE = re.compile(r"\b(?:" + alt(NL["own"], EN["own"]) + r")\b")  # used only to test
# Where a stretch about another driver ends; only the start of the match is used.
_CLAUSE_END_RE = re.compile(r"[,;]|\b(?:" + alt(NL["clause_end"], EN["clause_end"]) + r")\b")
_QUOTE_RE = re.compile(r'"[^"]{12,}?(?:"|$)')
# a word or two in quotes ('called his car "undriveable"') is no speech: its closing mark opens none
# (only words inside: '"Ja." zei hij, "maar' closes one quote and opens the next)
_SCARE_QUOTE_RE = re.compile(r'(?<![\w"])"(\w(?:[\w\' -]{0,9}\w)?)"(?![\w"])')
# ('... to finish first in a race," Bottas told Sky Sports': the speaker may stand before the verb)
_QUOTE_END_RE = re.compile(
    r'[^"]{12,}?"(?=\s*(?:[,.!?;:-]|$|(?:[\w\'-]+\s+){0,3}(?:zei|zegt|aldus|vertelde|said|says|told|added|'
    r"explained)\b))"
)
# ("alleen nog maar tweede", "all but certain": "maar"/"but" as "only" or "almost" goes on with the clause)
_CLAUSE_SPLIT_RE = re.compile(
    # ("behind Perez (who went on to win the race)": a relative clause in brackets; the words before a
    # conjunction that keep it whole, "nog maar", "not only ... but all", are looked at once, at the match)
    # (a whitespace run is tried from its first character only: quotes are blanked into long runs)
    # ("a race in which Verstappen sank to fourth": a relative clause has its own subject)
    # ("had maar liefst 124 punten minder": "maar liefst", no less than, is no "but")
    r"[;:,]\s+|(?<!\s)\s+(?:(?=(?:maar(?!\s+liefst)|terwijl|waarna|while|but|whereas|waardoor|who|aangezien|zodat|"
    r"in which|during which|waarin)\s)|"
    r"\((?=(?:who|which|die)\s))"
)
_DASH_RE = re.compile(r"\s[-\u2013\u2014]\s")
_CLAUSE_DASH_RE = re.compile(r"(?<=[a-z])\s[-\u2013\u2014]\s(?=[a-z]+ [a-z]+ [a-z])")
_RELATIVE_AFTER_DASH_RE = re.compile(r"(?:who|which|die|dat)\s")
_NO_SPLIT_BEFORE_RE = re.compile(r"\b(?:nog|alleen|all)$")
_EN_SPLIT_RE = re.compile(r"(?<!\s)\s+(?:en|and)\s+(?=[a-z])")
_AND_SO_NOUN_RE = re.compile(
    r"(?:dus|daarmee|meteen|ook|thus|so|with it)\s+(?:de|het|zijn|haar|the|his|her)\s"
)
_ORDINAL_BEFORE_RE = re.compile(r"(?<![\w-])(?:" + ORDINAL_RE + r")$")
_LAST_AFTER_RE = re.compile(r"(?:laatste|last|final)\b")
# ("taking third and fourth place", "P3 and P4, respectively"; not "Fourth and fifth equalled ...", whose
# pair of places a split gives out in turn)
_ORDINAL_AFTER_RE = re.compile(
    r"(?:" + ORDINAL_RE + r")(?![\w-])\s*(?:,\s*)?"
    r"(?:places?|plaats(?:en)?|plek(?:ken)?|posities|positions?|respectively|respectievelijk)\b"
)
_RESPECTIVELY_AFTER_RE = re.compile(r"\s*(?:respectively|respectievelijk)\b")
# "Gasly (Toro Rosso), Ericsson (Sauber) en Sirotkin": a team in brackets may follow each name
_TEAM_BRACKET = r"\([^()]{1,30}\)"
_TEAM_BRACKET_RE = re.compile(r"^\s*" + _TEAM_BRACKET)
_TEAM_BRACKET_GAP_RE = re.compile(r"\s?" + _TEAM_BRACKET)  # tested only (fullmatch)
# a team word that names a driver or a thing of the team, not the team: "and Ferrari's Sainz", "en de
# Mercedes-coureur", "and the Red Bull driver"
_TEAM_WORD_AFTER_RE = re.compile(r"['’]s\b|-|\s+(?:driver|drivers|coureur|coureurs|team-?mate|car|cars)\b")
_LIST_COMMA_RE = re.compile(r"\s*(?:" + _TEAM_BRACKET + r")?\s*,\s*")
# "X en Y", "X and Y", "X en de 36-jarige Y": two names joined (the whole gap between them)
# a word that denies what follows it ("not", "never", "didn't", "wasn't"; with Dutch: "niet", "nooit", "geen")
_NEGATION_RES = {
    (words, dutch): re.compile(
        r"\b(?:not|never|" + ("niet|nooit|geen|" if dutch else "") + r"\w+n['’]t)\s+(?:[\w-]+\s+){0,"
        + str(words)
        + r"}(?:(?:the|a|been|be|worden)\s+)?$"
    )
    for words in (0, 1, 2)
    for dutch in (False, True)
}


def negated_right_before(text: str, at: int, words: int = 1, dutch: bool = False) -> bool:
    """Whether a negation stands right before ``at`` in ``text``, at most ``words`` words (and an article or
    "been") between: "didn't set the fastest lap", "doesn't crash", "wasn't disqualified" (``dutch``: "werd
    niet gediskwalificeerd" too; a Dutch "niet" before a participle is often a counterfactual that did happen:
    "als Perez niet was gecrasht")."""
    return _NEGATION_RES[(words, dutch)].search(text, max(0, at - 40), at) is not None


PAIR_JOIN_RE = re.compile(r"\s+(?:en|and|&)\s+(?:(?:de|the)\s+\d{2}-(?:jarige|year-old)\s+)?")
_LIST_END_RE = re.compile(r"\s*(?:" + _TEAM_BRACKET + r")?\s*,?\s*(?:en|and|&)\s+")
# "X en de Y", "X and Toro Rosso's Y": what may stand between "en"/"and" and a name it joins
_JOINED_NAME_RE = re.compile(
    r"(?:de |het |the |zijn |his |beide |both |twee |two )*(?:[a-z][\w -]{0,20}'s )?"
    # "en Ferrari-teamgenoot Tsunoda", "and team-mate Sainz"
    r"(?:(?:[a-z]\w*[ -]){0,2}(?:teamgenoot|ploeggenoot|ploegmaat|teammate|team-mate) )?"
)
_CLOSE_TO_EVENT_RE = re.compile(  # "Magnussen - fifth for Haas" too
    # ("ahead of Max Verstappen of Red Bull in third": his team named after him)
    r"(?:\s+(?:of|van)\s+(?:red bull|mercedes|ferrari|mclaren|renault|alpine|williams|haas|sauber|alfa romeo|"
    r"alphatauri|toro rosso|racing point|aston martin|force india))?"
    r"[\s,\-–]*(?:(?:die|who|which)\s+)?(?:(?:als|as|in|op|on|at|de|the|p|to|naar)\s+){0,3}"
    # ("with Lando Norris another superb fifth", "met Norris een sterke vijfde": a word of praise between)
    r"(?:(?:another|a|an|een)\s+[a-z]+\s+)?"
)
_TO_GAP_RE = re.compile(r"\b(?:to|naar)\b")
_FOR_GAP_RE = re.compile(r"\b(?:for|voor|om)\b")
_FEND_VERB_RE = re.compile(
    r"\b(?:fend(?:s|ed|ing)? off|h[eo]ld(?:s|ing)? off|keeps? off|kept off|hield\w* \w+ (?:van zich )?af|"
    r"houdt \w+ (?:van zich )?af)\b"
)
# the verbs of beating another to something ("pipped Hamilton to sixth", "versloeg Hamilton in de strijd om")
BEAT_VERB_RE = re.compile(
    r"\b(?:pipped|pips|pipping|beat|beats|beaten|beating|edged|edges|edging|outraced|outpaced|bests|bested|besting|"
    r"outqualif(?:y|ies|ied|ying)|versloeg|versloegen|verslaat|klopte|klopten|klopt|aftroefde|troefde|troeft)\b"
)
# ("with Ferrari's Sebastian Vettel taking his 55th pole": a team's possessive may stand before the name)
# ("the small matter of Hülkenberg starting third": "of" before a name and its participle, as "with")
# ("with championship protagonist Max Verstappen qualifying eighth": or an epithet of one or two words)
# ("with his teammate Sergio Perez close behind in third", "met zijn teamgenoot Pérez als derde")
_WITH_BEFORE_RE = re.compile(
    r"(?:\b(?:with|met)|(?<!ahead )(?<!front )(?<!out )\bof)\s+(?:(?:[\w-]+\s+)?[\w-]+(?:'s|’s)\s+"
    # ("with the Dutchman's team-mate Sergio Pérez finishing in third")
    r"(?:(?:[\w-]+\s+)?(?:teammate|team-mate|team mate)\s+)?"
    r"|(?:his|her|zijn|haar)\s+(?:[\w-]+\s+)?(?:teammate|team-mate|team mate|teamgenoot|ploeggenoot|"
    r"stalgenoot)\s+"
    r"|(?:(?!(?:for|to|from|of|by|behind|ahead|and|the|a|his|voor|van|door|achter|en|de|het|een|zijn)\b)"
    r"[a-z-]+\s+){1,2})?$"
)
# ("1.1s off the Finn for P2"; "start net voor de Fin vanaf plek vier": where the subject starts, just
# ahead of the Finn)
_BARE_GAP_RE = re.compile(
    r"\s*(?:(?:als|as|for|vanaf|from)\s+(?:de\s+|the\s+)?(?:(?:plek|plaats|positie|place|position)\s+)?"
    # ("die achter Hamilton de derde tijd neerzette": the place's own article after the reference)
    r"|(?:de|het|the)\s+)?"
)
# ("with Sergio Pérez also taking third", "with Vettel and Kvyat unbelievably getting P2 and P3": an adverb
# between)
ING_AFTER_RE = re.compile(r"\s+(?:[a-z]+\s+)?\w+ing\b")
# "with Hamilton finishing fifth after a clash", "with the Mercedes driver Hamilton a further 0.032 behind": a
# driver named after "with" a few words on, the subject of what follows him (absolute "with")
WITH_NAME_BEFORE_RE = re.compile(r"\b(?:with|met)\s+(?:[\w'’-]+\s+){0,3}$")
_PENALTY_FOR_BEFORE_RE = re.compile(
    r"\b(?:\w*straf\w*|penalt\w*|diskwalificatie|disqualification)\s+(?:voor|for|van|of)\s+(?:[\w'’-]+\s+)?$"
)
# "..., with Hamilton just behind in third", "met Hamilton vlak daarachter als derde": the place of the
# driver named after "with"
# "with Hamilton only fourth", "met Hamilton pas als vierde": a word of degree between the name and its place
_WITH_ADVERB_RE = re.compile(
    r"\s+(?:only|just|merely|eventually|slechts|pas|nog maar|maar|uiteindelijk)(?:\s+als)?\s+"
)
_WITH_BEHIND_RE = re.compile(
    r"\s+(?:(?:just|right|close|not far|vlak|net|kort)\s+)?"
    r"(?:behind(?: him)?|back|daarachter|erachter|achter hem)\s+(?:in|as|als|op)\s+(?:de\s+|the\s+)?"
)
# "with Russell in a lonely seventh (place)", "met Russell als eenzame zevende": the place described
_WITH_DESCRIBED_RE = re.compile(
    r"\s+(?:(?:in|als)\s+)?(?:a|an|een)\s+(?!(?:point|punt|place|plaats|plek|second|seconde)\b)[a-z]+\s+"
)
_NEAR_RIGHT_RE = re.compile(r"[\w\s'-]{0,40}")


# --- text ------------------------------------------------------------------------------------------


def strip_quotes(text: str) -> str:
    """Blank out quoted speech (keeping offsets), so quotes never become facts."""

    def blank(m: re.Match[str]) -> str:
        return " " * len(m.group(0))

    if text.count('"') >= 2:
        text = _SCARE_QUOTE_RE.sub(lambda m: f" {m.group(1)} ", text)
    closing = _QUOTE_END_RE.match(text)
    if closing and text.count('"') % 2 == 1:
        # 'Het is nog een lange weg, maar ik kijk uit naar Brazilië."': the end of a quote opened in an
        # earlier sentence
        text = " " * closing.end() + text[closing.end() :]
    return _QUOTE_RE.sub(blank, text)


def name_lists(f: str, names: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of "A, B, C en D": names joined by commas and ending in "en"/"and" before the last."""
    spans: list[tuple[int, int]] = []
    ordered = sorted(names)
    i = 0
    while i < len(ordered):
        j = i
        while j + 1 < len(ordered) and _LIST_COMMA_RE.fullmatch(f[ordered[j][1] : ordered[j + 1][0]]):
            j += 1
        if j > i and j + 1 < len(ordered) and _LIST_END_RE.fullmatch(f[ordered[j][1] : ordered[j + 1][0]]):
            spans.append((ordered[i][0], ordered[j + 1][1]))
            i = j + 2
        else:
            i = j + 1 if j > i else i + 1
    return spans


_WHOSE_RE = re.compile(r" (?=(?:whose|wiens) )")


def split_clauses(
    f: str, names: list[tuple[int, int]], teams: list[tuple[int, int]] | None = None
) -> list[str]:
    """Split a sentence at commas, semicolons and conjunctions; "en"/"and" only where no name is joined
    ("Hamilton en Verstappen raakten elkaar" stays whole, "..., en mocht Sainz" splits), nor a name and a
    team right after it ("Leclerc and Ferrari exploited an error": one subject; ``teams``: their spans)."""
    cuts: list[int] = [0]
    listed = name_lists(f, names)
    dashes = _DASH_RE.findall(f) if (" - " in f or "\u2013" in f or "\u2014" in f) else []
    if len(dashes) == 1:
        # "pakt pole in Mexico - Hamilton klokt derde chrono": a dash between two clauses of a headline (a
        # pair of dashes holds an aside: "Verstappen - die vijf pitstops maakte - kwam aan de leiding")
        # (only where a name opens the clause after it: "ahead of Magnussen - fifth for Haas" is one clause)
        lone = _CLAUSE_DASH_RE.search(f)
        if lone is not None and any(0 <= s - lone.end() <= 12 for s, _ in names):
            cuts.extend([lone.start(), lone.end()])
    elif len(dashes) == 2:
        # "Verstappen – who started in third – got past Sainz": an aside between dashes that opens with a
        # relative pronoun after a name is a clause of its own, and the main clause goes on after it (not
        # "voor de eerste bocht - die werd ingewijd als ... -": a corner's)
        first, second = list(_DASH_RE.finditer(f))[:2]
        if _RELATIVE_AFTER_DASH_RE.match(f, first.end()) and any(
            0 <= first.start() - e <= 1 for _, e in names
        ):
            cuts.extend([first.start(), first.end(), second.start(), second.end()])
    if "whose " in f or "wiens " in f:
        # "finished ahead of Leclerc whose team mate Sainz was third": a relative clause right after a name,
        # without its comma, is a clause of its own all the same (its names are not the main clause's)
        for m in _WHOSE_RE.finditer(f):
            if any(e == m.start() for _, e in names):
                cuts.extend([m.start(), m.end()])
    for m in _CLAUSE_SPLIT_RE.finditer(f):
        if m.group(0).strip() == "," and any(a < m.start() < b for a, b in listed):
            continue  # "Bottas, Norris, Pérez en Stroll" is one list
        if f[m.start()].isspace() and _NO_SPLIT_BEFORE_RE.search(f, max(0, m.start() - 6), m.start()):
            continue  # "nog maar", "alleen maar", "all but": no new clause
        if _RESPECTIVELY_AFTER_RE.match(f, m.end()):
            continue  # "taking third and fourth place, respectively": the places and their order are one
        cuts.extend([m.start(), m.end()])
    for m in _EN_SPLIT_RE.finditer(f):
        if any(a < m.start() < b for a, b in listed):
            continue  # "Gasly (AlphaTauri), Bottas (Mercedes) en Vettel": the end of one list
        if _ORDINAL_BEFORE_RE.search(f, 0, m.start()) and _LAST_AFTER_RE.match(f, m.end()):
            continue  # "als 20ste en laatste op de grid": one place told twice
        if _ORDINAL_BEFORE_RE.search(f, 0, m.start()) and _ORDINAL_AFTER_RE.match(f, m.end()):
            continue  # "taking third and fourth place": two places of one verb, for a pair told before
        if f.endswith("stop", 0, m.start()) and f.startswith("go", m.end()):
            continue  # "een stop and go penalty": one word
        if _AND_SO_NOUN_RE.match(f, m.end()):
            continue  # "sneuvelde een band en dus de tweede plaats van Bottas": one verb for both
        # Only "X en Y" joins two names; "..., Bottas moest parkeren en Ocon viel stil" is two clauses.
        # "Ricciardo (McLaren) en Sainz (Ferrari) raakten elkaar": a team in brackets after the name too
        joins_name = any(
            e <= m.start()
            and (
                m.start() - e <= 1
                or (m.start() - e <= 33 and _TEAM_BRACKET_GAP_RE.fullmatch(f, e, m.start()))
            )
            for _, e in names
        ) and any(
            s >= m.end() and s - m.end() <= 30 and _JOINED_NAME_RE.fullmatch(f[m.end() : s]) for s, _ in names
        )
        joins_team = (
            bool(teams)
            and any(0 <= m.start() - e <= 1 for _, e in names)
            and any(s == m.end() and not _TEAM_WORD_AFTER_RE.match(f, e) for s, e in teams or ())
        )
        if not joins_name and not joins_team:
            cuts.extend([m.start(), m.end()])
    cuts.append(len(f))
    cuts.sort()
    parts = [f[cuts[i] : cuts[i + 1]] for i in range(0, len(cuts) - 1, 2)]
    return [p for p in parts if p.strip()]


# --- objects ---------------------------------------------------------------------------------------


def is_object(f: str, start: int) -> bool:
    """Whether the driver named at ``start`` is an object (after a preposition or object verb)."""
    before = f[max(0, start - 40) : start]
    if _FORENAME_DAN_RE.search(before):
        return False  # "Dan Ricciardo finished fourth": a forename opening the sentence, not "dan" (than)
    return _OBJECT_BEFORE_RE.search(before) is not None


_FORENAME_DAN_RE = re.compile(r"(?:^|[.:;!?]\s*|,\s*(?:and|while|but)\s+)dan\s+$")


# a title between a passing verb and the name it governs: "pass leader Charles Leclerc", "beat team-mate
# Russell" (not "considering team-mate Latifi", "his nearest rival Leclerc": no pass)
_EN_TITLE_BEFORE_RE = re.compile(
    r"\b(?:pass|passed|passing|overtake|overtook|overtaking|catch|caught|beat|beating|chase|chased|"
    r"chasing|attack|attacked|attacking|hunt|hunted|hunting|stunned|stuns|edged|pipped|denied|robbed)\s+"
    # ("stunned Red Bull team-mate Max Verstappen": the team before the title)
    r"((?:[\w'-]+\s+){0,2}?(?:(?:race |early )?leader|team-?mate|rival|compatriot|pole-?sitter))\s+$"
)


def after_english_verb(f: str, start: int) -> bool:
    # In English the driver right after a verb is its object ("dodge Piastri", "passed Leclerc").
    before = f[max(0, start - 40) : start]
    title = _EN_TITLE_BEFORE_RE.search(before)
    if title:
        before = before[: title.start(1)]  # "pass leader Charles Leclerc": the verb before the title
    m = _EN_LAST_WORD_RE.search(before)
    if m and m.group(1) in ("both", "either"):
        m = _EN_LAST_WORD_RE.search(before, 0, m.start(1))  # "passing both Ricciardo and Hamilton"
    if not m:
        return False
    w = m.group(1)
    if w in _EN_RIVAL_INFINITIVES and _EN_TO_BEFORE_RE.search(before, 0, m.start(1)):
        return True  # "it was a risk to attack Verstappen": the rival of an infinitive
    if w in _EN_MOMENT_NOUNS and _EN_DETERMINER_BEFORE_RE.search(before, 0, m.start(1)):
        # "after a poor start Hamilton finished third": a noun with its article, no verb
        return False
    return (
        w not in _EN_NOT_VERB and not w.endswith("'s") and (w.endswith(_EN_VERB_SUFFIXES) or w in _EN_VERBS)
    )


_EN_TO_BEFORE_RE = re.compile(r"\bto\s+$")
# verbs of a fight with a rival, whose object after "to" is the rival ("to attack Verstappen"; not "to
# confirm Perez as the winner", "to remove Bottas' car": what those tell is still his)
_EN_RIVAL_INFINITIVES = frozenset(
    "attack pass overtake beat catch chase hunt block blame defend challenge pressure pressurise undercut "
    "overcut repass hit avoid dodge follow fight battle".split()
)
_EN_MOMENT_NOUNS = frozenset(
    ("start", "restart", "stop", "pitstop", "lap", "race", "weekend", "spin", "crash")
)
_EN_DETERMINER_BEFORE_RE = re.compile(r"\b(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+)?$")


def opens_with_dutch_verb(clause: str) -> bool:
    """Whether a Dutch clause opens with a past-tense verb ("boekte zijn zege"): a main clause whose subject
    is left out, not the rest of a subordinate clause (which ends with its verb)."""
    first = clause.split(maxsplit=1)[0] if clause.strip() else ""
    return first not in _NL_NOT_VERB and (first.endswith(_NL_PAST_SUFFIXES) or first in _NL_STRONG_PAST)


def after_dutch_clause_verb(f: str, start: int) -> bool:
    # ", versloeg Lewis Hamilton": a clause that opens with its verb has its subject elided, so the
    # driver after that verb is its object ("In Canada won Hamilton" has no comma and is not caught).
    m = _NL_CLAUSE_VERB_RE.search(f[max(0, start - 30) : start])
    if not m or m.group(1) in ("", '"', "'", "”", "’"):
        return False  # '"...", lachte Sainz': after a quote the verb of saying comes before its subject
    if _LEADING_SUBORDINATE_RE.match(f) and "," not in f[: max(0, start - 30) + m.start()]:
        return False  # "Nadat Bottas uitviel, won Hamilton": after a subordinate clause the subject follows
    w = m.group(2)
    if w in _NL_SAY:
        return False
    return w not in _NL_NOT_VERB and (w.endswith(_NL_PAST_SUFFIXES) or w in _NL_STRONG_PAST)


# --- subjects --------------------------------------------------------------------------------------


# "... en de Rus Kvyat", "... and Toro Rosso's Albon": a word or a team that describes the next name
# ("between Leclerc and Red Bull driver Max Verstappen", "en Red Bull-coureur Pérez": his team's driver)
_AND_THE_RE = re.compile(
    r"(?:en|and|&) (?:(?:de|the) [a-z\u00e0-\u00ff]+|[a-z][\w -]{0,20}'s"
    r"|(?:[a-z][\w]*[ -]){0,2}(?:driver|coureur|rijder|teammate|team-mate|teamgenoot|ploeggenoot|ploegmaat))"
)


def _joined(f: str, prev: Mention, m: Mention) -> bool:
    """Whether ``m`` goes on the list of names that ``prev`` ends."""
    raw = f[prev.end : m.start]
    between = _TEAM_BRACKET_RE.sub("", raw).strip(" ,")
    # "Bottas, Norris, Pérez en Stroll", "Gasly (Toro Rosso), ..."; not "omdat hij Albon van de baan
    # duwde", where only a space stands between the subject and the object
    # "de Fin Räikkönen en de Rus Kvyat": a word that describes the next name (his nationality)
    return (
        between in ("en", "and", "&")
        or (between == "als" and f.endswith("zowel ", 0, prev.start))  # "zowel Gasly als Tsunoda"
        or (between == "" and bool(raw.strip()))
        or bool(_AND_THE_RE.fullmatch(between))
    )


def subject_group(own: list[Mention], f: str) -> tuple[str, ...]:
    # "Sainz en Pérez", "Hamilton and Verstappen": a coordinated subject counts as one group.
    group = list(own[0].drivers)
    prev = own[0]
    for m in own[1:]:
        if _joined(f, prev, m):
            group.extend(m.drivers)
            prev = m
        else:
            break
    return tuple(dict.fromkeys(group))


def group_ending_at(mentions: list[Mention], k: int, f: str) -> tuple[str, ...]:
    """The drivers of the list of subjects that ends with ``mentions[k]`` ("Sainz, Ocon en Gasly kregen
    ..."): the names before it joined to it by commas and "en"/"and", none of them an object."""
    j = k
    while (
        j > 0
        and not mentions[j - 1].is_object
        and not mentions[j - 1].group
        and _joined(f, mentions[j - 1], mentions[j])
    ):
        j -= 1
    return tuple(dict.fromkeys(d for m in mentions[j : k + 1] for d in m.drivers))


_FRONTED_ING_RE = re.compile(r"\s*(?:despite|after|before|while|since|on|by)\s+\w+ing\b")
# "Starting from P2 behind Hamilton, Max made a super getaway": a bare participle, then the name it is about
_BARE_ING_RE = re.compile(r"\s*[a-z]+ing\s")
_WAS_BEFORE_RE = re.compile(r"\s(?:was|were)\s+(?:[a-z][\w-]*(?: [a-z][\w-]*)?'s\s+)?$")
_INVERTED_END_RE = re.compile(r"\s*(?:$|[.,;!]|who\b|\()")
_NAME_OPENS_RE = re.compile(
    # ("Having started from P20, due to an engine penalty, Carlos Sainz ...": an aside of a cause between)
    r"[\s,]*(?:(?:due to|because of|owing to|following|thanks to|despite)\b[^,.;]{0,50},\s*)?"
    r"(?:(?:[a-z][\w-]*(?: [a-z][\w-]*)?'s|the|de)\s+)?"
)


_PLACE_WORD_RE = re.compile(r"(?<![\w-])(?:" + ORDINAL_RE + r")(?![\w-])")
_WON_BETWEEN_RE = re.compile(r"\b(?:won|wint|wins|winning|zege|overwinning|victory|win)\b")
_IN_PLACE_GAP_RE = re.compile(
    r"(?:\s+of\s+(?:red bull|mercedes|ferrari|mclaren|renault|alpine|williams|haas|alfa romeo|alphatauri|"
    r"toro rosso|racing point|aston martin|force india))?\s+(?:in|op)\s+(?:the\s+|de\s+)?"
)
# right behind the one named: "just behind", "net achter" (not "seconds behind": _BEHIND_BEFORE_RE)
_PLAIN_BEHIND_BEFORE_RE = re.compile(
    r"\b(?:finished|ended up|came home|crossed the line|eindigde|finishte|kwam|\w+)?\s*"
    r"(?:just |right |close |"
    r"net |vlak |kort |direct )?(?:behind|achter)\s+(?:[\w'’-]+\s+){0,1}$"
)
# a break between the subject and the place: a comma, a semicolon, "while", "terwijl"
_CLAUSE_BREAK_RE = re.compile(r"[,;]|\b(?:while|whereas|terwijl|and|en)\b")
_AHEAD_OF = r"ahead of|in front of|voor|vóór"
_AHEAD_OF_BEFORE_RE = re.compile(r"\b(?:" + _AHEAD_OF + r")\s+(?:[\w'’-]+\s+){0,2}$")
# (words of a description between: not a verb, "Hamilton's car was good enough for fourth")
_GENITIVE_PLACE_GAP_RE = re.compile(
    r"(?:['’]s?)?\s+(?:(?!(?:was|is|were|are|had|has|for|to|in|and|but|than|of|from|at|on|with|after|"
    r"before|by|into|de|het|een|finish\w*|took|came|claimed|ended|started|qualified|crossed|won|secured|"
    r"scored|chances?|hopes?)\b)[a-z-]+\s+){1,3}"
)
# a gap right before "ahead of"/"behind" ("35.7 seconds ahead of Hamilton in second"): the place the other's
_GAP_BEFORE_BESIDE_RE = re.compile(
    r"(?:\d|(?:\d\s*|\b)(?:seconds?|secs?|s|tenths?|hundredths?|seconden|tienden|points?|punten|pts|places?|"
    r"plaatsen|laps?|ronden?|rondes))\s*$"
)
# where he came back, beside the one ahead ("joined back behind Gasly in sixth"): whose place it is is unsure
_REJOINED_BEFORE_BESIDE_RE = re.compile(
    r"\b(?:rejoin\w*|re-joined|joined back|resum\w*|emerg\w*|came (?:back )?out)\b"
)
_BESIDE_BEFORE_RE = re.compile(r"\b(?:" + _AHEAD_OF + r"|behind|achter)\s+(?:[\w'’-]+\s+){0,2}$")
# (a gap before it: "emerging at third, behind Perez in second" places Perez)
_BEHIND_BEFORE_RE = re.compile(
    r"\b(?:seconds?|secs?|tenths?|seconden|tienden)\s+(?:after|behind|achter)\s+"
    r"(?:(?:the|de|het|race winner|winner|winnaar)\s+)?$"
)
_WHO_OPENS_RE = re.compile(r"\s*(?:who|die|dat)\b")
_FIRST_AT_RE = re.compile(r"(?:first|eerste|p1|1st|1e|1ste)\b")
_SAW_BEFORE_RE = re.compile(r"\b(?:saw|sees|see|watched|zag|zagen|ziet|zien)\s+$")
# "which allowed Leclerc to head into P2", "forced Sainz to retire": the one let or made to do it
# the verbs of giving a place up to another ("de pole afstaan aan", "hand pole to"), one list for the place
# given up and for the one it is given to
GIVE_UP_NL = r"afstaan|af te staan|afstond|afstonden|afgestaan|afgeven|afgaf|inleveren"
GIVE_UP_EN = r"hand|hands|handed|handing|cede|cedes|ceded|ceding|give up|gives up|gave up|giving up"
LET_BEFORE_RE = re.compile(
    r"\b(?:allowed|allowing|allows|allow|let|letting|lets|enabled|enabling|enables|helped|helping|helps|"
    # ("opened the door for Leclerc to take pole": the one the way was opened for)
    r"permitted|forced|forcing|forces|for)\s+$"
)
_TO_VERB_AFTER_RE = re.compile(r"\s+to\s+(?!the\b|a\b|his\b|her\b)[a-z]")
# "which promoted (Ferrari's) Sainz to second", "bumping Norris up to P3": the one moved gets the place, not
# the one whose retirement or stop moved him
_MOVED_BEFORE_RE = re.compile(r"\b(?:promot|lift|bump|elevat|demot|relegat)\w*\s+(?:[\w-]+['’]s\s+)?$")
_TO_PLACE_GAP_RE = re.compile(r"(?:\s+jr\.?)?\s+(?:(?:up|back|down)\s+)?(?:to|into)\s+(?:the\s+)?")
_SAW_VERB_AFTER_RE = re.compile(
    r"\s+(?:finish|end|take|come home|cross the line|claim|eindigen|finishen|als)\b"
)


_BARE_PLACE_CLAUSE_RE = re.compile(
    r"\s*(?:(?:" + ORDINAL_RE + r")|p\d{1,2})(?:\s+(?:place|plaats|plek))?"
    r"(?:\s+(?:at the (?:flag|finish|line)|on the road|op de weg|aan de finish|over de streep))?"
    # "Ricciardo, tweede op 0.035, en Perez": the gap he was second at
    r"(?:\s+(?:op|at|with|met)\s+\+?\d+[.,]\d+(?:\s*(?:s|sec|secs|seconde|seconden|seconds?))?)?\s*[,.]?\s*"
)
# (a team in brackets may stand between: "Daniel Ricciardo (Red Bull), tweede op 0.035")
_COMMA_GAP_ONLY_RE = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?,\s*")
_PLACE_FOR_RIGHT_AFTER_RE = re.compile(
    r"[\w-]+(?:\s+(?:place|position|spot))?(?:\s+finish)?\s+for\s+(?:the\s+)?"
)
# "threatening the second place of Hamilton", "de tweede plaats van Hamilton": the place of the one named
_PLACE_OF_RIGHT_AFTER_RE = re.compile(
    r"[\w-]+\s+(?:place|position|spot|plaats|plek|positie)\s+(?:of|van)\s+(?:the\s+|de\s+)?"
)
_PLACE_FOR_AFTER_RE = re.compile(
    r"[^,;()]{0,80}?\b(?:marked|meant|represented|was|is|brought|betekende|betekent|leverde)\s+"
    r"(?:[\w'-]+\s+){0,6}?(?:for|voor)\s+"
)


_TIME_FOR_AFTER_RE = re.compile(r"[\w-]+\s+(?:(?:snelste\s+)?tijd|startplek|startplaats)\s+voor\s+(?:de\s+)?")


def _list_start(f: str, left: list[Mention]) -> int:
    """Where the list of objects that ends with the last of ``left`` starts ("achter Hamilton en
    Verstappen": at Hamilton), so that what stands before the list is read for its last name too."""
    k = len(left) - 1
    while k > 0 and left[k - 1].is_object and _joined(f, left[k - 1], left[k]):
        k -= 1
    return left[k].start


def _named_right_after(c: Clause, told: re.Match[str] | None) -> tuple[str, ...]:
    """The driver named (alone) right where ``told`` ends, if it matched."""
    if told is None:
        return ()
    named = [m for m in c.sentence.mentions if m.start == told.end() and not m.group]
    return named[0].drivers if named else ()


def genitive_owner(c: Clause, pos: int) -> tuple[str, ...]:
    """The driver whose genitive owns what stands at ``pos``, over up to three words describing it ("Carlos
    Sainz's equally aggressive fourth place", "Pierre Gasly's stunning surprise victory"), or nobody."""
    f = c.f
    named_before = [m for m in c.sentence.mentions if m.end <= pos]
    if (
        named_before
        and not named_before[-1].group
        and (f.endswith(("'s", "’s", "'", "’"), 0, named_before[-1].end) or f[named_before[-1].end] in "'’")
        and _GENITIVE_PLACE_GAP_RE.fullmatch(f, named_before[-1].end, pos)
    ):
        return named_before[-1].drivers
    return ()


def owner_left(c: Clause, pos: int, *, close_any: bool = True) -> tuple[str, ...]:
    """The driver an event at ``pos`` belongs to: a name just before it, else the clause subject."""
    f = c.f
    cm = c.mentions
    # "yet a second place finish for Max Verstappen means ...", "P2 for Perez": the one it was for
    told_for = _PLACE_FOR_RIGHT_AFTER_RE.match(f, pos) or _PLACE_OF_RIGHT_AFTER_RE.match(f, pos)
    owner = _named_right_after(c, told_for)
    if not owner and not any(m.end <= pos for m in c.sentence.mentions):
        # "Eighth place in the British Grand Prix marked a career best for Mick Schumacher": a place that
        # opens the sentence, no name before it, is the one's it was "for"
        owner = _named_right_after(c, _PLACE_FOR_AFTER_RE.match(f, pos))
    if not owner and not any(m.end <= pos and not m.group for m in c.sentence.mentions):
        # "De Mercedessen hadden het lastig met de zesde tijd voor Lewis Hamilton": a team before, the time
        # "voor" the one named right after it was his
        owner = _named_right_after(c, _TIME_FOR_AFTER_RE.match(f, pos))
    if owner:
        return owner
    genitive = genitive_owner(c, pos)
    if genitive:
        return genitive  # "matched with Carlos Sainz's equally aggressive fourth place": the genitive's
    if _asked_who(c, pos):
        return ()  # "bepaald wie pole-position pakt", "to see who takes pole": whoever it will be, no one yet
    if c.base > 0 and not cm and _BARE_PLACE_CLAUSE_RE.fullmatch(c.text):
        # "Ricciardo will join Verstappen, second at the flag, on the front row": a place alone between
        # commas right after a name is that name's
        prev = [m for m in c.sentence.mentions if m.end <= c.base]
        if prev and not prev[-1].group and _COMMA_GAP_ONLY_RE.fullmatch(f, prev[-1].end, c.base):
            return prev[-1].drivers
    if c.base == 0 and _FRONTED_ING_RE.match(c.text):
        # "Despite finishing third after ... work by Ocon's teammate Alonso, Hamilton seized ...": the
        # opening participle's subject is the main clause's, after it
        main = [m for m in c.sentence.mentions if m.start >= len(c.text) and not m.is_object]
        if main:
            return main[0].drivers
    if c.base == 0 and _BARE_ING_RE.match(c.text):
        # "Starting from P2 behind Hamilton, Max made a getaway": the name right after the comma ("Starting
        # third, behind Vettel and Leclerc, Bottas ..." names no one right after it: left as it was)
        after = [m for m in c.sentence.mentions if m.start >= len(c.text)]
        if after and _NAME_OPENS_RE.fullmatch(f, len(c.text), after[0].start) and not after[0].group:
            return after[0].drivers
        named = [m for m in c.sentence.mentions if not m.group]
        if (
            len(named) == 1
            and named[0].start >= len(c.text)
            and _WAS_BEFORE_RE.search(f, max(0, named[0].start - 30), named[0].start)
            and _INVERTED_END_RE.match(f, named[0].end)
        ):
            # "Crossing the line in third place and making the podium was Daniel Ricciardo": the one named
            # after "was" at the end is what the opening participles tell of
            return named[0].drivers
    left = [m for m in cm if m.end <= pos]
    if (
        left
        and not left[-1].group
        and _SAW_BEFORE_RE.search(f, max(0, left[-1].start - 12), left[-1].start)
        and _SAW_VERB_AFTER_RE.match(f, left[-1].end, pos)
    ):
        # "a race which saw Lewis Hamilton finish seventh", "zag Hamilton als zevende eindigen": the one seen
        return left[-1].drivers
    if (
        left
        and not left[-1].group
        and LET_BEFORE_RE.search(f, max(0, left[-1].start - 12), left[-1].start)
        and _TO_VERB_AFTER_RE.match(f, left[-1].end)
    ):
        return left[-1].drivers
    if (
        left
        and not left[-1].group
        and _TO_PLACE_GAP_RE.fullmatch(f, left[-1].end, pos)
        and _MOVED_BEFORE_RE.search(f, max(0, left[-1].start - 30), left[-1].start)
    ):
        return left[-1].drivers
    if (
        len(left) >= 2
        and _IN_PLACE_GAP_RE.fullmatch(f, left[-1].end, pos)
        and _AHEAD_OF_BEFORE_RE.search(f, max(0, left[-1].start - 16), left[-1].start)
    ):
        # "Verstappen qualified ahead of Bottas in fourth position": the place is the one ahead's
        ahead = [m for m in left[:-1] if not m.is_object and not m.group and m.end < left[-1].start]
        # (not "Hamilton won voor Bottas op de tweede plaats": the winner is first, the place is the other's)
        # (nor "Vettel finished second ahead of Hamilton in third": his own place told before)
        if (
            ahead
            and not _WON_BETWEEN_RE.search(f, ahead[-1].end, left[-1].start)
            and not _PLACE_WORD_RE.search(f, ahead[-1].end, left[-1].start)
        ):
            return ahead[-1].drivers
    if (
        len(left) == 1
        and c.subject
        and not set(c.subject) & set(left[0].drivers)
        and _IN_PLACE_GAP_RE.fullmatch(f, left[0].end, pos)
        and (beside := _BESIDE_BEFORE_RE.search(f, max(0, left[0].start - 16), left[0].start))
        and not _PLACE_WORD_RE.search(f, c.base, left[0].start)
        # (a verb of the clause's own before it: not "Russell finished 17th, | ahead of Gasly in 18th", nor
        # "..., | 35.7 seconds ahead of Hamilton in second": a gap, the place the other's)
        and f[c.base : beside.start()].strip(" ,")
        and not _GAP_BEFORE_BESIDE_RE.search(f, c.base, beside.start())
        and not _REJOINED_BEFORE_BESIDE_RE.search(f, c.base, beside.start())
        # (nor "claimed third place on the grid, | qualifying ahead of Vettel in fourth": his own place told
        # in the clause before, the one he was ahead of is in the place after)
        and not (not beside.group(0).startswith(("behind", "achter")) and _PLACE_WORD_RE.search(f, 0, c.base))
    ):
        # "Leclerc qualified fourth, but will start behind Verstappen in 16th": the clause names no one of
        # its own but the one he is beside; the place is its subject's (not "finished second ahead of
        # Hamilton in third": his own place told first)
        return c.subject
    if (
        len(left) >= 1
        and _IN_PLACE_GAP_RE.fullmatch(f, left[-1].end, pos)
        and _BEHIND_BEFORE_RE.search(f, max(0, left[-1].start - 30), left[-1].start)
        and not _FIRST_AT_RE.match(f, pos)
    ):
        # "George Russell, who finished four seconds after Verstappen in second": the place is the one's
        # behind him (the one "after" him in first is his)
        prior = [m for m in c.sentence.mentions if m.end <= left[-1].start and not m.group]
        # ("passed by George Russell, who finished ...": the one "who" follows, an object too)
        relative = bool(prior) and _WHO_OPENS_RE.match(c.text) is not None
        if prior and (
            (relative and _COMMA_GAP_ONLY_RE.fullmatch(f, prior[-1].end, c.base)) or not prior[-1].is_object
        ):
            return prior[-1].drivers
    if (
        len(left) >= 2
        and _IN_PLACE_GAP_RE.fullmatch(f, left[-1].end, pos)
        and _PLAIN_BEHIND_BEFORE_RE.search(f, max(0, left[-1].start - 20), left[-1].start)
        and not _FIRST_AT_RE.match(f, pos)
    ):
        # "Hamilton finished just behind Verstappen in second", "kwam net achter Sainz op de zesde plaats
        # terecht": the place is the subject's, behind the one named (not "Sainz was fourth, behind Leclerc
        # in third": his own place told before; nor "with Russell behind the winner in second")
        behind = [m for m in left[:-1] if not m.is_object and not m.group and m.end < left[-1].start]
        if (
            behind
            and not _PLACE_WORD_RE.search(f, behind[-1].end, left[-1].start)
            and not _WON_BETWEEN_RE.search(f, behind[-1].end, left[-1].start)
            and not _CLAUSE_BREAK_RE.search(f, behind[-1].end, left[-1].start)
        ):
            return behind[-1].drivers
    if left and _FOR_GAP_RE.search(f[left[-1].end : pos]):
        # "Räikkönen fends off Bottas and Red Bull's Verstappen for 3rd place": the drivers held off are not
        # the one placed; the driver before the verb is
        # ("Verstappen klopte Leclerc voor de pole": the one beaten to it, likewise)
        fend = _FEND_VERB_RE.search(f, max(0, left[-1].start - 60), left[-1].start) or BEAT_VERB_RE.search(
            f, max(0, left[-1].start - 40), left[-1].start
        )
        before = [m for m in left if fend and m.end <= fend.start()]
        if before and not before[-1].is_object:
            return before[-1].drivers
    if left and _TO_GAP_RE.search(f[left[-1].end : pos]):
        # "Grosjean pipped Force India's Pérez to sixth": the beaten driver before "to" is not the one
        # placed; the driver before the verb is.
        beat = BEAT_VERB_RE.search(f, max(0, left[-1].start - 40), left[-1].start)
        if beat or left[-1].is_object:
            before = [m for m in left if m.end <= (beat.start() if beat else left[-1].start)]
            if before and not before[-1].is_object:
                return before[-1].drivers
    if (
        close_any
        and left
        and _CLOSE_TO_EVENT_RE.fullmatch(f[left[-1].end : pos])
        and not (left[-1].is_object and _TO_GAP_RE.search(f[left[-1].end : pos]))
        and not (
            # "werd voor Verstappen vijfde", "op vijftien seconden van Bottas als tweede": a reference
            # object right before the place is not the one placed; "ahead of Verstappen in fifth", "met
            # Norris als derde" and "gave Norris third" place the object.
            left[-1].is_object
            and _BARE_GAP_RE.fullmatch(f[left[-1].end : pos])
            and _REFERENCE_BEFORE_RE.search(f[max(0, _list_start(f, left) - 40) : _list_start(f, left)])
        )
        # "werd door een straf voor Hamilton derde": the one penalised is not the one placed
        and not _PENALTY_FOR_BEFORE_RE.search(f, max(0, left[-1].start - 30), left[-1].start)
    ):
        return left[-1].drivers
    if (
        left
        and _WITH_BEFORE_RE.search(f[max(0, left[-1].start - 30) : left[-1].start])
        and (
            ING_AFTER_RE.match(f[left[-1].end : pos])
            or _WITH_BEHIND_RE.fullmatch(f, left[-1].end, pos)
            or _WITH_ADVERB_RE.fullmatch(f, left[-1].end, pos)
            or _WITH_DESCRIBED_RE.fullmatch(f, left[-1].end, pos)
            or not f[left[-1].end : pos].strip()
        )
    ):
        return left[-1].drivers  # "..., with Piastri completing the podium in third" (the event: either word)
    # ("ended up 1.1s off the Finn for P2", "eindigde op 0,3 van Verstappen als tweede": the reference is not
    # the one placed)
    own_left = [
        m
        for m in left
        if not m.is_object and not _REFERENCE_BEFORE_RE.search(f[max(0, m.start - 40) : m.start])
    ]
    if own_left:
        return subject_group(own_left[-1:], f) if not own_left[-1].group else own_left[-1].drivers
    if left and not any(m.is_object for m in left):
        # only a reference left of it in a clause without its own subject: the sentence's subject before
        prior = [m for m in c.sentence.mentions if m.end <= c.base and not m.is_object and not m.group]
        if prior:
            return prior[-1].drivers
    right = [m for m in cm if m.start >= pos and not m.is_object]
    if (
        right
        and not left
        and _NEAR_RIGHT_RE.fullmatch(f[pos : right[0].start])
        and not SUBORDINATE_RE.search(f[pos : right[0].start])
    ):
        return right[0].drivers
    return c.subject


# An indirect question or a free relative: "wordt bepaald wie pole pakt", "wie wint, ...", "to see who takes
# pole"
# (Dutch "wie" asks; English "who" asks only after a verb or noun of asking: "the man who emerged first" and
# "Alonso, who had started third" are relatives about the one before)
_ASKED_WHO_RE = re.compile(
    r"\b(?:wie|welke [\w-]*(?:coureur|rijder|man)|which (?:[\w-]+ )?(?:driver|man)|"
    r"(?:see|seen|sees|decide[sd]?|deciding|determine[sd]?|know|knows|wonder\w*|clear|guess\w*|question is|"
    r"question of|about|matter|predict\w*|tell) who)\b"
    r"(?! (?:anders|else)\b)"  # ("Norris, wie anders, vertrekt van pole": an aside, the one named his)
)


def _asked_who(c: Clause, pos: int) -> bool:
    """Whether an asked "wie"/"who" stands before ``pos`` with no name between: the event's subject is that
    question word, not the sentence's subject carried over."""
    start = max(0, c.base - 15)  # ("to see | who takes pole")
    seg = c.f[start:pos]
    if "wie" not in seg and "who" not in seg and "welke" not in seg and "which" not in seg:
        return False  # (most events: no question word before them, and this is asked of every one)
    hit = None
    for m in _ASKED_WHO_RE.finditer(c.f, start, pos):
        hit = m
    # ("welke Mercedes-coureur de eerste plek pakt": the team named inside the question words)
    return hit is not None and not any(hit.end() <= m.start < pos for m in c.sentence.mentions)


def without_others(f: str, mentions: list[Mention], who: tuple[str, ...]) -> str:
    """The sentence with every stretch about another driver blanked ("..., while Colapinto never took the
    start because of a gearbox problem"), so one driver's cause is not given to another."""
    out = f
    for m in mentions:
        if who and not set(m.drivers) & set(who):
            stop = _CLAUSE_END_RE.search(f, m.end)
            end = stop.start() if stop else len(f)
            out = out[: m.start] + " " * (end - m.start) + out[end:]
    return out


_BRACKETS_RE = re.compile(r"\([^()]{2,80}\)")  # only its span is used


def races_in_brackets(c: Clause, pos: int) -> bool:
    """Whether the sentence before ``pos`` names races in brackets after its drivers: each driver's own
    ("Bottas (Oostenrijk), Hamilton (Stiermarken) hadden gewonnen")."""
    hits = [p for p, _ in c.sentence.gp_hits if p < pos]
    return any(b.start() < p < b.end() for b in _BRACKETS_RE.finditer(c.f, 0, pos) for p in hits)
