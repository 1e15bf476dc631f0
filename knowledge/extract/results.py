"""Race results: positions ("werd derde", "finished fourth", "from 15th to 4th"), wins, the podium
("completed the podium", "stond op het podium") and lists of positions given "respectively" ("Hülkenberg
en Magnussen werden negende en tiende").

A position token is a grid, qualifying or championship position rather than a finish when its words say
so (``position_kind``, with the words of ``grid`` and ``standings``).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from knowledge.extract import grid, standings
from knowledge.extract.clauses import (
    ING_AFTER_RE,
    LET_BEFORE_RE,
    PAIR_JOIN_RE,
    WITH_NAME_BEFORE_RE,
    genitive_owner,
    group_ending_at,
    owner_left,
    races_in_brackets,
)
from knowledge.extract.context import Clause, Mention, SentenceContext
from knowledge.extract.events import MONTHS_EN, MONTHS_NL
from knowledge.extract.mentions import owns_next_person
from knowledge.extract.model import LAST, Fact
from knowledge.extract.phrases import Phrases, alt, words
from knowledge.gazetteer import load_gazetteer
from knowledge.text import CARDINAL_RE, ORDINAL_RE, cardinal_value, ordinal_value

# --- phrases ---------------------------------------------------------------------------------------

NL: Phrases = {
    "pos_noun": words("plaats plek positie stek"),  # "derde plaats"
    # Words that may follow a result position ("derde in ...", "derde voor ...").
    "function_after": words(
        """in op en voor met achter na nadat bij van tijdens door maar terwijl om uit de het een
        plaats plek positie plaatsen ondanks dankzij vanwege wegens omdat"""
    ),
    # Words after an ordinal that make it no position: "de derde keer", "de tweede ronde".
    "not_pos_noun": words(
        """keer ronde ronden race races bocht seizoen jaar week weekend dag fase helft poging stint sector
        stop pitstop overwinning zege titel podium rijder coureur nederlander man grand gp manche sessie
        training kwalificatiesessie uitvaller uitvallers kroon reactie reacties"""
    ),
    # A verb right before the position makes it a result whatever follows: "werd derde".
    "result_verb": (
        "als",
        "werd",
        "wordt",
        "worden",
        "werden",
        "eindigde",
        "eindigt",
        "finishte",
        "finisht",
        "genoegen met",
        # "moest vrede nemen met de 7e stek", "genoegen nemen met een tweede plaats": settled for it
        r"(?:genoegen|vrede) (?:nemen|nam|namen|genomen|neemt) met",
        "vrede met",
    ),
    # A verb right after the position, as a subordinate clause ends: "waarna hij zevende werd".
    "result_verb_after": words(
        "werd werden wordt worden geworden eindigde eindigden eindigen geeindigd finishte finishten finishen"
        " gefinisht"
    ),
    # "op de plaatsen negen en tien", "nummers twee en drie Russell en Hamilton"
    "list_places": words("plaatsen posities plekken nummers"),
    "win": (
        *words("won wint winnen gewonnen zege overwinning zegevier\\w* winnaar racewinnaar zegevierend"),
        "hoogste trede",
        "met de winst",  # "Leclerc ging met de winst aan de haal"
        # "Hamilton leidde van start tot finish": led the whole race, so won it
        r"(?:leidde|leidt|leiden|leidden|reed|rijdt) (?:\w+ ){0,2}van start tot finish"
        r"(?! (?:achter|tweede|derde))",
        r"de winst(?= (?:ging |gaat )?naar\b)",  # "waar de winst naar Bottas ging", "de winst ging naar"
        # "heeft de Grand Prix van Bahrein op zijn naam geschreven"
        # ("op zijn naam kunnen schrijven", "wist de zege op zijn naam te schrijven": a modal between)
        r"op (?:zijn|haar) naam (?:(?:kunnen|weten|mogen) )?(?:te )?"
        r"(?:geschreven|schreef|schrijft|schrijven|gezet|zette|zet|bijgeschreven)",
    ),
    # Before a win word: no win ("geen zege", "kanshebber voor de zege").
    "win_block": (
        "niet",
        "geen",
        "nooit",
        "zonder",
        # "De derde plaats van Norris werd als een overwinning gevierd": like a win, no win
        "als een",
        "alsof",
        r"kans(?:en)?",  # "zijn kansen op een overwinning dit seizoen": the odds, no win
        "kansloos",  # "werd kansloos voor de overwinning"
        "dubbele",  # "er een dubbele overwinning van maken": the team's one-two, not his win
        # "kostte hem de zege", "beroofde hem van de overwinning": a win lost
        r"(?:kostte|kost|kosten|kostten|beroofde|beroofd)(?: \w+){0,3}",
        r"(?:minuten|seconden|ronden|rondes|een ronde|twee ronden) (?:verwijderd )?van",
        r"kanshebber\w*",
        "kandidaat",
        "strijd om",
        # "Wat betreft het winnen van de race is Hamilton voorzichtig": the topic talked of, no win
        "wat betreft(?: het)?",
        # "het gevecht voor de overwinning kon gaan voeren": a fight for it
        r"(?:gevecht|strijd|duel) voor",
        # "dan vechten om de zege", "bikkelden om de zege": fighting for it
        r"(?:vecht\w*|vocht\w*|strijden|streden|strijdt|streed|bikkel\w*|knok\w*|duelleer\w*) om",
        "op weg naar",
        # "was dicht bij zijn derde zege", "close to victory": near it, no win
        "dicht bij",
        "dichtbij",
        # "stond op het punt zijn eerste zege te pakken": about to, no win
        r"op het punt(?: om)?",
        "jacht",
        # "moet nog wat langer wachten op zijn 90ste overwinning": a win to come
        # ("wacht al heel lang op een zege": words between)
        r"(?:wacht|wachten|wachtte|wachtten)(?: [\w-]+){0,4}? op",
        "op zoek naar",
        # ("op zoek naar een vierde opeenvolgende zege", "maakt jacht op zijn vierde overwinning")
        "op zoek naar (?:een|de|zijn|haar)",
        "jacht op (?:een|de|zijn|haar)",
        "zoektocht",
        "constructeurs",
        "zegereeks",
        "om te",
        r"favoriet\w*",
        # "de grote winnaar van het jaar", "qua aantal gewonnen GP's": a metaphor, a count
        r"(?:grote|grootste)",
        "aantal",
        # "er viel voor Verstappen weinig te winnen": little to gain
        "weinig",
        "niets",
    ),
    # Wishes and modals reach further: "wilde in Canada graag winnen".
    "win_wish": words("wilde wil willen leek leken lijkt hoopte hoopt kon zou moet moest"),
    "podium": (
        # ("stond niet op het podium": not on it)
        r"(?:eindig\w*|finish\w*|kwam|stond|staat|stonden|eindigt|was|waren)\s+(?:(?!niet\b|nooit\b)\w+\s+){0,3}"
        r"op het podium",
        # ("eens niet op het podium eindigde": not on it)
        r"(?<!niet )(?<!nooit )(?<!geen )op het podium (?:eindig|finish)",
        "het podium op",
        "podiumplaats",
        r"mee (?:\w+ )?(?:naar|op) het podium",  # "Kvyat mocht verrassend mee naar het podium"
        # "die van achteraan nog naar het podium kwam": he reached it
        r"(?<!niet )(?<!nooit )naar het podium (?:kwam|reed|gekomen|gereden)",
        # "Vettel en Bottas vervolledigden het podium": two on it, their order not told
        r"(?:completeerden|vervolledigden) (?:\w+ ){0,2}het podium",
        r"maakten (?:\w+ ){0,2}het podium compleet",
    ),
    # "maakte het podium compleet", "vervolledigde het podium" (Flemish)
    "podium_third_verb": words("completeerde completeert vervolledigde vervolledigt"),
    # ("maakte het podium" alone is any podium place: only "maakte het podium compleet" is the third)
    "podium_made_verb": words("maakte maakt"),
    # "kreeg Norris het laatste podiumplekje in de schoot geworpen": the podium's last place is third
    "podium_third": (
        r"(?:het|de) laatste podium(?:plekje|plek|plaats|positie|stek|trede)",
        r"de laatste (?:plek|plaats|trede) (?:op|van) het podium",
    ),
}
EN: Phrases = {
    "pos_noun": words("place position spot p"),
    "function_after": words(
        """and ahead behind after before at for with but while from to on of during in the a an
        overall place position spot due because owing thanks despite as"""
    ),
    "not_pos_noun": words(
        """time times lap laps race races turn corner season year day phase half attempt stint run sector
        stop pitstop win victory title podium driver man grand gp session practice retirement retiree crown
        pole reaction reactions"""
    ),
    # ("claimed second as the team toasted its win", "secured fourth")
    "result_verb": (
        "as",
        "finished",
        # ("with the champion finishing seventh having struggled for pace")
        "finishing",
        "finishes",
        "came",
        "comes",
        "was",
        "took",
        "takes",
        "inherited",
        "settled for",
        "claimed",
        "claims",
        "secured",
        "secures",
        "grabbed",
        "snatched",
        "salvaged",
    ),
    "result_verb_after": (),
    "list_places": words("places positions"),
    # ("Ricciardo led home McLaren's first one-two": first over the line)
    "win": (
        *words("won wins winning victory triumph\\w* win winner victorious"),
        "top step",
        "led home",
        # "Hamilton led from start to finish", "a lights-to-flag victory": led the whole race, so won it
        r"led (?:the (?:whole )?(?:race|sprint|grand prix) |every lap )?"
        r"from (?:start to finish|lights to flag|the start to the finish)",
        r"led every (?:single )?lap",
        # "Vettel claimed the 2018 British Grand Prix": the race itself taken
        r"(?:claimed|clinched|captured|bagged) the (?:\d{4} )?(?:[\w-]+ ){0,3}(?:grand prix|gp)\b",
    ),
    "win_block": (
        "not",
        "never",
        "without",
        # "didn't win", "couldn't win", "won't win", "can't win": a negative contraction
        r"\w*n['’]t",
        # "a slow puncture stole a sure-shot win": taken from him
        r"(?:stole|steals|stolen|stealing|snatched away)(?: (?:an?|the|his|her) [\w-]+)?",
        # "celebrated like a win", "they risk losing the win to Hamilton": like one, or one at stake
        "like a",
        "as if",
        r"risk\w* (?:losing|throwing away|handing)",
        r"(?:danger|risk) of (?:losing|throwing away|handing)",
        "contender",
        "candidate",
        "double",  # "a double victory for Ferrari": the team's one-two
        # "the pair battling to take P19 ... Leclerc claimed that particular win": the fight told, no race
        r"(?:that|this) particular",
        # "Hamilton's race - and the destination of the Monza victory - turned around": whose it would be
        r"(?:destination|fate|destiny) of",
        # "a collision that cost the Red Bull driver victory", "denied him the win": a win lost
        r"(?:cost|costs|costing|robbed|denied|denying|deprived)(?: \w+){0,3}",
        # "a wrong call snubbed him recording his first victory": kept from him
        r"snubb\w*(?: \w+){0,3}",
        # "hoping the Briton will get his first win", "appeared to be leading for a maiden win": a win to
        # come, no win
        r"will (?:get|take|claim|score|secure|earn|grab|land|clinch|win|have|celebrate)",
        # "we all thought this race was going to be a sweet maiden win for Russell"
        r"(?:going|about) to (?:be|get|take|claim|score)(?: (?:a|an|the|his|her))?",
        r"(?:leading|pushing|going|racing) for",
        # "was on the verge of getting his maiden win": nearly, no win
        r"(?:on|at) the (?:verge|brink|cusp) of(?: \w+ing)?",
        # "was minutes from victory", "a lap away from the win": nearly, no win
        r"(?:minutes|seconds|laps|moments|inches|a lap|one lap|two laps) (?:away )?from",
        r"chances?",
        "close to",
        r"wait(?:s|ing)? for",
        "fight for",
        "battle for",
        # "In terms of winning the race, Hamilton thinks ...": the topic talked of, no win
        "in terms of",
        "when it comes to",
        "as far as",
        # "seemed poised to challenge for the win": what he went for
        r"challeng\w* for",
        "in contention for",
        "on course for",
        "heading for",
        # "was leading the race, on pace to win": where it was heading
        r"on (?:pace|course|track) to",
        "set to",
        "poised to",
        "in line to",
        r"hunt\w*",
        r"chas\w*",
        r"search\w*",
        "constructors",
        r"favou?rites?",
        r"(?:big|biggest)",
        "number of",
        "little",
        "nothing",
    ),
    "win_wish": words(
        "seemed seems looked hoping hoped hopes wanted wants could would might must needs? needed trying "
        "tried try aim\\w* bid"
    ),
    "podium": (
        "podium finish",
        # ("recovered to still finish on the podium": what he did after the recovery)
        "(?:finished|ended|stood|was|were|(?:recovered|fought back|came back|bounced back) (?:\\w+ )?to "
        "(?:still )?finish) (?:all )?on the podium",
        "(?:took|claimed|scored|grabbed|made) (?:a |another |the )?podium",
        # "Russell secured a double podium for Mercedes": his own place in it
        "(?:took|claimed|scored|secured|sealed|completed) (?:a |another |the )?(?:double|one-two-three) "
        "podium",
        "(?:secured|sealed) (?:a |another |the |his )?podium",
        # "Norris joined them on the podium"
        r"joined (?:him|them|the \w+|\w+) on the podium",
        # "Bottas still made it on the podium", "made it onto the podium"
        r"made it (?:on|onto|to) the podium",
    ),
    # ("was able to complete the podium", "managed to complete it": done)
    "podium_third_verb": (
        "complete?d",
        "completing",
        "rounded (?:out|off)",
        "rounding (?:out|off)",
        "(?:managed|was able|were able) to complete",
    ),
    "podium_made_verb": ("made",),
    "podium_third": (
        "completed the top three",
        r"the (?:final|last) (?:podium (?:spot|place|position|step)|(?:spot|place|step) on the podium)",
    ),
}

_POS_NOUN_RE = re.compile(alt(NL["pos_noun"], EN["pos_noun"]))  # fullmatch, tested only
_FUNCTION_AFTER = frozenset((*NL["function_after"], *EN["function_after"]))
_NOT_POS_NOUNS = frozenset((*NL["not_pos_noun"], *EN["not_pos_noun"]))
# "eerste en tweede vrije training", "first and second practice": the noun after the list's last ordinal
_LISTED_ORDINAL_AFTER_RE = re.compile(
    r"(?:en|of|and|or|&)\s+(?:de\s+|the\s+)?(?:" + ORDINAL_RE + r")\s+(?:(?:vrije|free)\s+)?([\w-]+)"
)
_RESULT_VERBS_AFTER = frozenset((*NL["result_verb_after"], *EN["result_verb_after"]))
# (and the past tense, last in a subordinate clause: "ondanks dat hij derde startte")
_START_VERBS_AFTER = frozenset(
    (
        *("starten", "vertrekken", "beginnen", "aanvangen", "aanvatten", "startte", "startten", "vertrok"),
        "begon",
        # the present: "Hamilton, die vandaag als derde start" (not "de derde start van zijn carrière")
        r"start(?!\s+(?:van|in|voor|het|de|een|zijn|haar)\b)",
        "vertrekt",
        "begint",
        # the participle last: "nadat hij vanop plek zeven gestart was", "was als zevende vertrokken"
        *("gestart", "vertrokken", "begonnen"),
    )
)
# "als twintigste en laatste van het veld van start gegaan": the start, the verb last
_WENT_OFF_AFTER_RE = re.compile(r"(?:\s+[\w-]+){0,5}?\s+van start (?:gegaan|ging|gingen|gaat|gaan)\b")
_START_MODALS = frozenset(("zal", "zou", "moet", "mag", "kan", "gaat"))
# ("als vijfde zal starten", "mag als derde vertrekken": a modal may stand between)
_START_VERB_AFTER_RE = re.compile(
    r"\s+(?:(?:plaats|plek|positie)\s+)?(?:(?:zal|zou|moet|mag|kan|gaat)\s+(?:\w+\s+)?)?(?:"
    + "|".join(_START_VERBS_AFTER)
    + r")\b"
)
#: "third-fastest", "ninth-quickest": a place in a timesheet, written as one word
FASTEST_SUFFIX = r"(?:-(?:fastest|quickest|snelste))?"
# the verbs "op plek N" is read after as it stands ("eindigde op plaats 6", "start op plek 15")
_OP_VERBS = (
    "eindigde",
    "eindigt",
    "finishte",
    "finisht",
    "beslag",
    "start",
    "starten",
    "startte",
    "startten",
    "vertrekt",
    "vertrok",
    "van",  # "Bottas van op plek 9": Flemish "from"
)
ORD_TOKEN = re.compile(
    r"(?<![\w-])("
    + ORDINAL_RE
    + r"|laatste|last|(?:nummer|number|no\.) "
    + CARDINAL_RE
    # "eindigde op plaats 6", "begon de race vanaf plek veertien", "from position 4": a noun, then its
    # number ("start op plek 15", "vertrok op positie 3": a starting verb too)
    + r"|(?:"
    + "|".join(f"(?<={verb} op )" for verb in _OP_VERBS)
    # ("start zondag op plek 9", "met Leclerc op plek dertien": after any other "op" only with a start or an
    # end told before it, ``_is_result_position`` says; "reed de hele race op plek 3" is a place held)
    + r"|(?<=\bop )"
    # "(kwam) niet verder dan plek zeven": where he ended
    + r"|(?<=niet verder dan )|(?<=niet beter dan ))"
    + r"(?:plaats|plek|positie) (?:\d{1,2}|"
    + CARDINAL_RE
    # ("vanaf startpositie drie": the start's own noun)
    + r")(?![\w-])|(?:(?<=vanaf )|(?<=vanop )|(?<=van )|(?<=from ))"
    + r"(?:plaats|plek|positie|position|place|startpositie|startplek|startplaats) (?:\d{1,2}|"
    + CARDINAL_RE
    + r")(?![\w-])"
    + r"|runner-up)"
    + FASTEST_SUFFIX
    # ("a sixth-place finish", "a third-placed finish": the place joined to its noun; not "third-placed
    # Russell", where the one named after it is placed, in the race of that moment)
    + r"(?:(?![\w-])|(?=-place\b|-placed finish\b))"
)
# Kept as one pattern (tested only): "running in", "strijd om de", "retired from": where a driver
# was, or what he fought for, not a result.
_NOT_RESULT_BEFORE = re.compile(
    r"(?:strijd|gevecht|duel|vecht\w*|fight\w*|battl\w*|challeng\w*|scrap\w*|race)\s+(?:om|over|for|voor)\s+(?:de\s+|the\s+|"
    r"een\s+|a\s+)?$"
    # "Leclerc challenged Sainz for third": a place fought over, neither's yet
    r"|\b(?:challeng\w*|fought|fighting|battl\w*)\s+(?:with\s+)?(?:[\w'-]+\s+){1,2}for\s+(?:the\s+)?$"
    # "baalde Verstappen op de eerste plaats van het probleem": first of all, no place
    r"|\b(?:baalde\w*|baalt|balen|ergerde\w*|ergert|klaagde\w*|mopperde\w*|treurde\w*)\s+(?:[\w-]+\s+){0,3}"
    r"op\s+de\s+$"
    # "een aanval op de derde plek", "an attack on third": what he went for
    r"|\b(?:aanval\w*|jacht|attack\w*|charge|assault)\s+(?:op|on|for|at)\s+(?:de\s+|the\s+)?$"
    r"|\b(?:lag|liggend|reed|running|ran|was running|lagen|reden)\s+(?:\w+\s+){0,4}(?:op|in)\s+(?:de\s+|"
    r"the\s+)?$"
    r"|(?:op weg naar|on course for|heading for|in line for|on track for|op koers voor|favou?rites? for|"
    r"favoriet voor|kanshebber voor|contender for)\s+(?:de\s+|the\s+|een\s+|a\s+)?$"
    r"|(?:voor|for|om)\s+(?:de|het|the)\s+$|(?:sinds|since)\s+(?:de\s+|the\s+)?$"
    # "as he passed Hamilton for second place": the place a move was for, at that moment
    r"|\b(?:pass(?:ed|es|ing)?|overt(?:ake|akes|aking|ook)|(?:went|got|go|goes|gets) past)\s+"
    r"(?:[\w'-]+\s+){0,3}for\s+$"
    # "the penalty cost Verstappen second place", "kostte hem de tweede plaats": a place lost
    r"|\b(?:cost|costs|costing|kostte|kost)\s+(?:[\w'-]+\s+){0,5}$"
    # "wist Ocon vlak voor de finish in te halen voor P3", "haalde Gasly in voor de vijfde plaats"
    r"|\b(?:in te halen|inhalen|ingehaald|haalde\w*\s+(?:[\w'-]+\s+){0,5}in"
    r"|passeerde\w*\s+(?:[\w'-]+\s+){0,5})\s*(?:voor|om)\s+(?:de\s+)?$"
    # "niet van de eerste maar van de vierde startplek", "not in third": a place denied
    r"|\b(?:niet|not|geen|no)\s+(?:van\s+op\s+|vanop\s+|van\s+|als\s+|op\s+|in\s+|vanaf\s+|from\s+)?"
    r"(?:de\s+|het\s+|the\s+)?"
    r"(?:(?:gehoopte|verhoopte|beoogde|hoped-for|expected)\s+)?$"
    # "in plaats vanaf de elfde plek", "instead of third": the place he did not have
    r"|\b(?:in plaats van(?:af)?|instead of|rather than)\s+(?:de\s+|het\s+|the\s+|een\s+|a\s+)?$"
    # "Giovinazzi penalized, stripped of 8th", "has lost his seventh place": the place taken away
    r"|\b(?:stripped of|ontdaan van|beroofd van)\s+(?:his\s+|zijn\s+|the\s+|de\s+|een\s+|a\s+)?$"
    r"|\b(?:lost|loses|losing|verloor|verliest)\s+(?:his|her|zijn|haar)\s+$"
    # "missed out on second place": a place not had
    r"|\b(?:missed(?: out on)?|misliep|miste)\s+(?:\w+\s+){0,2}?(?:de\s+|het\s+|the\s+)?$"
    r"|\b(?:running|lying|ran|liggend|rijdend|running in|lying in|rejoined in|rejoined|re-joined)\s+$"
    # "he had run fourth before being re-overtaken": where he was for a while
    r"|\b(?:had|has|have|having|'d)\s+run\s+$"
    # "retired from second", "viel uit vanaf de vierde plaats": where he was running, not a result
    r"|\b(?:retir\w*|crash\w*|spun|uitgevallen|uitvallen|viel|parked|parkeerde|"
    r"out of the race)\s+(?:\w+\s+){0,3}"
    r"(?:from|vanaf|vanuit|uit|van)\s+(?:de\s+|the\s+|een\s+)?$"
)
# "niet tweede op de grid maar zevende", "not second on the grid but seventh": the place denied, its noun
_DENIED_PLACE_BEFORE_RE = re.compile(
    r"\b(?:niet|not)\s+(?:als\s+|op\s+|in\s+)?(?:de\s+|the\s+)?(?:" + ORDINAL_RE + r")"
    r"(?P<noun>[^,.;]{0,30}?)\s*,?\s*(?:maar|but)\s+(?:wel\s+|als\s+|op\s+|in\s+)?(?:de\s+|the\s+)?$"
)
_STRONG_BEFORE_RE = re.compile(  # tested only
    r"\b(?:" + alt(NL["result_verb"], EN["result_verb"]) + r")\s+(?:de\s+|the\s+|een\s+|a\s+)?$"
)
_NEXT_WORD_RE = re.compile(r"[\w'-]+")
_IN_N_RACES_RE = re.compile(
    r"\s*in (?:\w+ )?(?:" + CARDINAL_RE + r") (?:races|weeks|weekends|rondes|races|wedstrijden)"
)
_IN_N_RACES_BARE_RE = re.compile(r"in (?:" + CARDINAL_RE + r") (?:races|weeks|weekends|wedstrijden)")
# "zijn derde in totaal", "his fifth of the season": a count, not a place.
_COUNT_AFTER_RE = re.compile(
    r"(?:\w+\s+)?(?:in totaal|in total|overall in his career|"
    r"van (?:zijn|haar|het) (?:carriere|loopbaan|seizoen)|of (?:his|the) (?:career|season|year)|dit seizoen|"
    # "de vijfde overwinning in zijn carrière en de tweede van dit jaar": the noun is left out after "en"
    r"van (?:dit|het) (?:jaar|seizoen)|dit jaar|this year|"
    r"this season|ooit|ever|op rij|op een rij|achter elkaar|in a row|in succession|"
    r"(?:in|uit) (?:zijn|his) (?:carriere|loopbaan|career))\b"
)
# "dankzij zijn vierde plek kan hij de titel niet meer ontgaan", "die als tweede finishte": the race's
# place in a sentence about the standings.
# a verb of standing right before a place: "blijft derde", "staat nu vierde", "stays third"
_STAYS_BEFORE_RE = re.compile(
    r"\b(?:blijft|bleef|staat|stond|stays|stayed|remains|remained|sits|sat|lies|lay)\s+(?:nu\s+|now\s+|nog\s+|still\s+)?$"
)
_RACE_PLACE_IN_STANDINGS_RE = re.compile(
    r"\b(?:met|dankzij|door|na|with|thanks to|after|following)\s+(?:zijn|his)\s+[\w-]+\s+"
    r"(?:plek|plaats|place|finish)\b"
    r"(?!\s+(?:in|op)\s+(?:het|de|the)\s+(?:wk|kampioenschap|klassement|championship|standings))"
    r"|\b(?:als|as)\s+\w+\s+(?:finishte|gefinisht|finished|over de streep)\b"
    r"|'s\s+\w+\s+(?:place|finish)\s+(?:in|at)\b"  # "Verstappen's second place in Abu Dhabi means ..."
    # "with Leclerc coming home in sixth", "Verstappen, die het stelde met een eervolle derde plek"
    r"|\b(?:stelde\w*|stellen|genoegen (?:nam|nemen|namen|genomen))\s+(?:het\s+)?met\s+(?:een\s+|de\s+)?"
    r"(?:[\w-]+\s+)?\w+\s+(?:plek|plaats|positie)\b"
    r"|\b(?:coming|came|comes|come)\s+home\s+(?:in\s+)?(?:the\s+)?\w+\b"
    # "finished fifth to wrap up his fourth title": the race's place that sealed it
    r"|\bfinish(?:ed|es|ing)?\s+(?:in\s+)?\w+(?:\s+[\w-]+){0,3}?\s+to\s+"
    r"(?:wrap|clinch|seal|secure|win|claim|take|lock|confirm)\b"
    # "a one-two in the championship after Hamilton crossed the finish line first": the line is a race's
    r"|\bcross(?:ed|es|ing)?\s+the\s+(?:finish\s+)?line\s+(?:in\s+)?\w+\b"
    # "door de uitvalbeurt van Perez en de vijfde plaats van Leclerc": a place of a driver in a race
)
# "met een tweede plek in de afsluitende race ... de derde plek in het eindklassement": the place in the
# race, in a sentence about the standings
_EPITHET_OBJECT_BEFORE_RE = re.compile(
    r"\b(?:met|op|tegen|van|with|on|over|to|from)\s+(?:de|het|the)\s+(?:[\w-]+\s+)?$"
)
# "kwam in de kwalificatie ... niet verder dan de vijftiende positie": the session the clause is set in
_IN_RACE_RE = re.compile(r"\b(?:in de (?:race|wedstrijd|grand prix)|in the race)\b")
_IN_QUALIFYING_RE = re.compile(r"\b(?:in de kwalificatie|in qualifying|in q[123])\b")
_OF_STANDINGS_AFTER_RE = re.compile(r"\s+(?:van|in) (?:de|het) (?:stand|tussenstand|wk-stand|klassement)\b")
_POINTS_BEHIND_AFTER_RE = re.compile(
    # ("moves him up to twelfth and only two points behind Norris": a number in words)
    r"\s*,?\s*(?:[\w-]+\s+){0,3}(?:\d+(?:[.,]5)?|" + CARDINAL_RE + r")\s+(?:punten|points?)\s+"
    r"(?:goed te maken|achterstand|achter|"
    r"voorsprong|behind|adrift|clear|ahead)\b"
    # "staat tweede met een achterstand van 34 punten": the gap told before its size
    r"|\s*,?\s*met een (?:achterstand|voorsprong) van (?:\w+\s+){0,2}\d+(?:[.,]5)?\s+(?:wk-)?punten\b"
)
# the pit stops told: the places moved between are of that moment
_PIT_STOP_RE = re.compile(r"\b(?:pitcrew|pit crew|pitstops?|pit ?stops?|pitbezoek\w*|bandenwissel\w*)\b")
_POINTS_MOVE_BEFORE_RE = re.compile(
    r"\b(?:points?|punten) (?:\w+ ){0,2}(?:move|moves|moved|lift|lifts|lifted|take|takes|took|put|puts|"
    r"bring|brings|brought|brengen|brachten|brengt|bracht) (?:him|her|them|hem|haar|\w+) (?:up |op )?"
    r"(?:to|into|naar|tot) (?:the |de |het )?$"
)
_PLACE_IN_RACE_AFTER_RE = re.compile(
    r"\s+(?:plek|plaats|place|positie|position)\s+(?:in|op|at)\s+(?:de|het|the)\s+(?:\w+\s+){0,2}"
    r"(?:race|grand prix|gp|wedstrijd|grote prijs)\b"
)
# "de vijfde plaats van Leclerc in Canada": a driver's place at a race, in a sentence about the standings
_PLACE_OF_AT_RACE_RE = re.compile(
    r"\w+\s+(?:plek|plaats|place)\s+(?:van|of)\s+\w+(?:\s+[\w-]+){0,5}?\s+(?:in|op|at)\s+"
    r"(?!(?:het|de|the)\s+(?:wk|kampioenschap|klassement|championship|standings|stand))"
)
# the things "vierde" (celebrated) is told of
_CELEBRATED = r"bestaan|verjaardag|feest|jubileum|zege|overwinning|titel|succes|triomf"
_CELEBRATED_BEFORE_RE = re.compile(
    # (compounds too: "die onlangs zijn zesde wereldtitel vierde")
    r"(?:" + _CELEBRATED + r"|kampioenschap)\s+$"
)
# "dat zijn duizendste GP in mineur vierde", "die zijn verjaardag uitbundig vierde": a thing celebrated, then
# the verb
_ITS_RE = re.compile(r"\b(?:dat|die|zijn|haar)\b")
_CELEBRATED_THING_RE = re.compile(
    r"\b(?:\w+ste|\d+(?:ste|e)|" + _CELEBRATED + r")\s+"
    r"(?:(?:gp|grand prix|race|verjaardag|jubileum|zege|overwinning|titel)\s+)?(?:[\w-]+\s+){0,2}$"
)
# "die zijn poleposition ook even goed met zijn monteurs vierde": a relative clause with its thing celebrated,
# the verb last ("waar Magnussen uitbundig zijn pole vierde", "toen hij zijn zege vierde")
_RELATIVE_CELEBRATED_RE = re.compile(
    r"\b(?:die|dat|waar|toen|terwijl|nadat)\s+(?:\w+\s+){0,3}(?:zijn|haar)\s+(?:\w+\s+){0,2}(?:pole\w*|podium\w*|\w+ste|"
    + _CELEBRATED
    + r")\b[^,.;]*$"
)
# A grid penalty in the clause of a "from ... to ...": the places are starts, before and after it.
_GRID_DROP_RE = re.compile(
    r"\b(?:gridstraf\w*|grid[- ](?:penalt\w*|drop|demotion)|"
    r"(?:plaatsen|places) (?:achteruit|terug|back|on the grid))"
)
# ("teruggezet van de tweede naar de vijfde plaats op de startgrid": the place's noun, then the grid)
_ON_GRID_AFTER_RE = re.compile(
    r"\s+(?:(?:plaats|plek|positie|place|position|spot)\s+)?(?:on the grid|op de (?:start)?grid|"
    r"op de startopstelling)\b"
)
_RACE_PLACE_AFTER_RE = re.compile(
    r"\s+(?:plaats|plek|positie|place|position|spot)\b"
    r"(?!\s+(?:on the grid|op de (?:start)?grid|op de startopstelling))"
)
_GRID_BACK_RE = re.compile(
    r"\b(?:terug\w*|zakt|zakte|zakken|drops?|dropped|demoted|moves? back|moved back)\b"
)
_BY_ANOTHERS_PENALTY_RE = re.compile(
    r"\b(?:door|na|dankzij) (?:de|een) (?:\w+ )?(?:\w*straf\w*|diskwalificatie) (?:van|voor)\b"
    r"|\b(?:after|following|due to|thanks to) (?:the |a )?(?:\w+ )?(?:penalty|penalties|disqualification) "
    r"(?:for|of)\b"
)
_IN_THE_RESULTS_RE = re.compile(
    r"\bin de (?:officiele |definitieve )?(?:uitslag|einduitslag)\b|"
    r"\bin the (?:official |final )?(?:classification|results)\b"
)
_PENALTY_MOVE_RE = re.compile(r"\b(?:\w*straf\w*|penalt\w*|teruggezet|demoted|relegated)\b")
# the words that open a penalty's outcome: "..., meaning he drops", "..., waardoor hij zakt"
_OUTCOME_RE = re.compile(
    r"(?:,|\bwhich|\band)\s+(?:meaning|means|meant|so that|so)\b|\bwhich (?:means|meant)\b|"
    r"\bwaardoor\b|\bzodat\b|\bwat (?:betekent|betekende|inhoudt|inhield)\b"
    # "kreeg vijf seconden straf en viel terug naar de vierde plaats", "got a penalty and dropped to fourth"
    r"|\ben\s+(?:viel|valt|zakte|zakt|tuimelde|belandde)\b|\band\s+(?:dropped|fell|slipped|slid)\b"
)

_SERVED_PENALTY_RE = re.compile(
    r"\b(?:drive[- ]?through|stop[- ]?(?:and[- ]|&[- ]?)?go|doorrijstraf\w*|served|serving|serve|uitzitten|"
    r"uitgezeten|uitzat|pit ?stop|pitstop)\b"
)


def penalty_outcome(f: str, at: int) -> bool:
    """Whether the place at ``at`` of the folded sentence is in the outcome of a penalty told before it:
    "kreeg vijf seconden straf, waardoor hij van de vierde naar de zesde plaats zakte"."""
    last = max(_PENALTY_MOVE_RE.finditer(f, 0, at), key=lambda x: x.start(), default=None)
    return (
        last is not None
        and _OUTCOME_RE.search(f, last.end(), at) is not None
        # (a penalty served in the race drops him on the road: "a drive-through, meaning he fell to 15th")
        and _SERVED_PENALTY_RE.search(f, 0, at) is None
    )


_WITH_NAME_AFTER_RE = re.compile(r"\s+(?:(?:place|plaats|plek)\s+)?(?:with|met)\s+")
_TITLE_GAP_RE = re.compile(
    # ("went to Red Bull's Sergio Perez": a team's possessive before the name)
    r"\s*,?\s*(?:(?:zijn|his|de|the)\s+)?(?:[\w'’-]+\s+){0,2}?"
    # "de nummer twee uit het algemeen klassement, Sebastian Vettel": the ranking named, then the name
    r"|\s+(?:uit|in|van|of)\s+(?:het|de|the)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s*,\s*"
)
_PRENOMINAL_BEFORE_RE = re.compile(r"\b(?:de|het)\s+(?:als|vanaf|van)\s+(?:de\s+)?$")  # tested only
_PRENOMINAL_AFTER_RE = re.compile(
    r"\s+(?:(?:plaats|plek|positie|startplek)\s+)?(?:\w+\s+)?(?:gestarte|vertrokken|geeindigde|gefinishte|"
    r"geklasseerde|gekwalificeerde)\s+"
)
_RACE_NUMBER_AFTER_RE = re.compile(
    r"(?:en|and)\s+(?:voorlaatste|laatste|enige|penultimate|final|last|only)\s+"
    r"(?:manche|race|round|ronde|wedstrijd|grand prix|stop|pitstop|pit stop|poging|run|attempt|sessie|"
    r"session|kwalificatiesessie|training|practice|deel|part)"
)
# "zijn negentiende zege, de derde in Mexico": a count after a win, not a place
# "de 19e van 21 WK-manches", "the 19th of 22 rounds": which race of the calendar, not a place
_ROUND_OF_AFTER_RE = re.compile(
    r"(?:van|of)\s+(?:de\s+|the\s+)?(?:\d{1,2}|" + CARDINAL_RE + r")\s+(?:[\w-]*(?:races?|manches?|rondes|"
    r"wedstrijden|grands? prix|gp's|rounds|weekends))\b"
)
# "na twee derde van de race", "a third of the way", "one-third of the laps": a fraction, not a place
# ("in the final third of the race", "in het laatste derde van de wedstrijd": which part of it)
_FRACTION_BEFORE_RE = re.compile(
    r"(?:\b(?:twee|drie|een|één|two|one|a|final|first|last|middle|opening|closing|laatste|eerste|middelste)"
    r"[\s-]+)$"
)
_FRACTION_AFTER_RE = re.compile(r"(?:van|of)\b")
_COUNT_APPOSITION_BEFORE_RE = re.compile(
    r"\b(?:zege|overwinning|pole|podium\w*|win|victory|triumph)\s*,\s*(?:de\s+|the\s+|het\s+)?$"
)
_POINTS_WORD_RE = re.compile(r"\b(?:punten|points|eenheden)\b")
# "2e, 223 punten", "second, 223 pts": the points right after a place
_TOTAL_AFTER_RE = re.compile(r"\s*[,:]?\s*(\d{2,3})(?:[.,]5)?\s*(?:punten|points|pts|ptn)\b")
# "blijft vijfde met 148", "is third on 174": a number with no unit after a place, more than a weekend gives
_BARE_TOTAL_AFTER_RE = re.compile(
    r"\s+(?:met|with|on)\s+(\d{2,3})\b(?![.,]\d)(?!\s*(?:seconden|seconds|sec|s\b|ronden|rondes|laps|%|km))"
)
_COLON_GAP_RE = re.compile(r"\s*:\s*")
MAX_WEEKEND_POINTS = 34  # a win, the fastest lap and a sprint win: the most one weekend gives
_WITH_POINTS_AFTER_RE = re.compile(
    r"\s+(?:(?:plaats|plek|positie|place|position|spot)\s+)?(?:met|with|on)\s+(?:\w+(?:[.,]5)?\s+){1,2}"
    r"(?:punten|eenheden|stuks|points)\b"
    # "volgt als derde op ruime afstand (177 ptn)": a total in brackets later in the clause
    r"|[^.;()]{0,50}\(\s*\d{1,3}\s*(?:punten|ptn|pnt|points|pts)\s*\)"
)
# "..., maar van P4": a "maar" clause without a verb of its own, going straight on with a preposition.
# "maar dat werd (...) een vijfde plek", "but it became": the thing told before became another place
_BECAME_INSTEAD_RE = re.compile(
    r"\s*(?:maar|but)\s+(?:dat|het|die|it|that)\s+(?:werd|wordt|became|turned into)\b"
)
_START_PLACE_BEFORE_RE = re.compile(
    r"\b(?:startplek|startplaats|startpositie|gridplek|gridplaats|gridpositie|grid slot|grid position|"
    r"starting position|starting spot)\b"
)
_BUT_CLAUSE_RE = re.compile(r"\s*(?:maar|but)\s+(?:wel\s+|toch\s+)?(?:van|vanaf|from|op|als|as|in)\s")
# "niet lager dan vijfde", "never lower than fifth": a bound, not a place.
_COMPARE_BEFORE_RE = re.compile(
    r"\b(?:lager|hoger|beter|slechter|lower|higher|better|worse)\s+(?:dan|than)\s+$"
)
_LAP_BEFORE_RE = re.compile(r"(?:\bronde|\blap|\bbocht|\bturn|\bcorner)\s+$")
_FINISH_BEFORE_RE = re.compile(
    r"\b(?:finish\w*|eindig\w*|to finish|to (?:claim|take|secure|grab|snatch)|claimed|secured|"
    # "bounced back from an early puncture to come home fifth": home, at the flag
    r"(?:come|came|comes|coming|rolled|brought it) home)\b"
)
# "door een slechte start", "after a poor start": the start of the race, no start position
_FELL_BACK_RE = re.compile(
    r"\b(?:zakte|zakt|viel|valt|terugviel|dropped|drops|fell|falls|slipped|slid|lost|verloor)\b"
)
_START_NOUN_RE = re.compile(
    # ("door een gridstraf start Verstappen als elfde": the noun before is the cause, "start" the verb)
    r"\b(?:de|een|zijn|the|a|his)\s+(?:(?!\w*(?:straf|penalty|wissel)\b)\w+\s+)?start\b"
    r"(?!\s*(?:vanaf|from|als|as|op|in)\b)"
)
# "de van achteraan gestarte Hamilton werd vijfde", "the pole-starting Hamilton": a start told before the
# name describes him; the place after it is his result
_START_ATTRIBUTE_RE = re.compile(
    r"\b(?:de|het|the)\s+(?:[\w-]+\s+){0,3}(?:gestarte|vertrokken|begonnen|gestartte)\b"
)
_GAP_WORD_RE = re.compile(r"\b(?:gap|lead|margin|voorsprong|achterstand|verschil|gat)\b")
# "Vanuit vierde en vijfde positie ... vielen beide coureurs uit": where they ran when they retired
_RETIRED_IN_SENTENCE_RE = re.compile(r"\b(?:vielen|viel|vallen|valt) (?:\w+ ){0,4}uit\b|\buitgevallen\b")
_FROM_WHERE_BEFORE_RE = re.compile(r"\bvanuit (?:de )?(?:\w+ en (?:de )?)?$")
# "de als derde gestarte Sainz", "de als vijfde vertrokken Norris": the place he started from, told before
# his name
_STARTED_ATTRIBUTE_AFTER_RE = re.compile(r"\s+(?:gestarte|vertrokken|gestartte)\b")
# (half points too: "met 387,5 punten", which no points total is read from)
_WITH_POINTS_BEFORE_RE = re.compile(
    r"\b(?:met|with|on) (\d{1,3})(?:[.,]5)? (?:punten|points|pts)\b[^.;,]{0,25}$"
)
_POINTS_IN_BEFORE_RE = re.compile(r"\b(?:points?|punten|punt|pts)\s+(?:in|op)\s+(?:the\s+|de\s+)?$")
_FROM_BEFORE_RE = re.compile(r"\b(?:from|vanaf|vanop|van op)\s+(?:the\s+|de\s+)?$")
# "Van op de twaalfde positie mocht Vandoorne ... aan de race beginnen": the place the clause opens with, its
# start verb later
_FRONTED_FROM_RE = re.compile(r"^\W*(?:vanaf|vanop|van op|from)\s+(?:the\s+|de\s+)?$")
_START_VERB_LATER_RE = re.compile(
    r"\b(?:beginnen|begon|begonnen|starten|startte|startten|vertrekken|vertrok|vertrokken|aanvangen|"
    r"started|starting|began)\b"
)
_START_PLACE_NOUN = (
    r"(?:startplek\w*|startplaats\w*|startpositie\w*|gridplaats\w*|grid slot|grid position|"
    r"on the grid|op de grid)"
)
# a start told with its own ordinal: "vanaf de twintigste startplek", "laatste startplek", "from 20th on the
# grid"
_FROM_START_PLACE_RE = re.compile(
    r"\b(?:vanaf|vanop|from)\s+(?:de\s+|het\s+|the\s+)?(?:[\w-]+\s+){1,3}?"
    + _START_PLACE_NOUN
    + r"|\b(?:laatste|last|"
    + ORDINAL_RE
    + r")\s+"
    + _START_PLACE_NOUN
)
# "vanaf startpositie 9": a start told as a numbered place (read in ``_FROM_TO_RE`` and for its number)
_NUMBERED_START = r"(?:startpositie|startplek|startplaats|grid slot|grid position)\s+"
# (not "van de eerste naar de tweede stint", "from the first to the second lap": an ordinal of another thing)
_NOT_A_PLACE_AFTER = (
    r"(?!\s+(?:stint|stints|ronde|rondes|ronden|sessie|run|runs|poging|set|keer|lap|laps|session|attempt|"
    r"time|week|dag|day|helft|half|deel|part|bocht|corner|turn|versnelling|gear|jaar|year|seizoen|season)\b)"
)
_FROM_TO_RE = re.compile(
    r"\b(?:van|vanaf|vanop|from)\s+(?:een\s+|de\s+|het\s+)?("
    + ORDINAL_RE
    # "vanaf startpositie 9 naar de vierde positie": the start told as a numbered place
    + r"|laatste|last|"
    + _NUMBERED_START
    + r"\d{1,2})\b"
    + _NOT_A_PLACE_AFTER
    + r"[^.;]{0,60}?"
    r"\b(?:naar|to|into)\s+"
    # ("from last to a stunning second": an adjective of the place between)
    r"(?:een\s+|de\s+|het\s+|a\s+|an\s+|the\s+|finish\s+|eindigen als\s+)?(?:[a-z]+\s+)?("
    + ORDINAL_RE
    + r"|laatste|last)\b"
    + _NOT_A_PLACE_AFTER
    # ("promoted from P4 to his first ever F1 podium": a count of his career, no place)
    + r"(?!\s+(?:ever\s+|career\s+|f1\s+|formula (?:1|one)\s+|grand prix\s+)*(?:podium\w*|wins?|victor\w*|"
    r"zege\w*|overwinning\w*|points?|punt\w*|poles?|titles?|titel\w*)\b)"
)
_LINED_UP_RE = re.compile(
    r"\b(?:schoof|schoven|schuift|schuiven)\b[^.;]{0,30}\baan\b|\baangeschoven\b|\blin(?:es|ed|ing)? up\b"
    # "the race started with Leclerc on pole, followed by Verstappen in P2": the order at the start
    r"|\b(?:the race|the grand prix) (?:started|began) with\b"
    r"|\b(?:de race|de wedstrijd|de grand prix) (?:begon|startte) met\b"
)
_TO_FINISH_RE = re.compile(r"\b(?:to|naar)\s+(?:finish|eindigen als)\s")
_INTO_CORNER_RE = re.compile(
    r"\s+(?:(?:de|door de)\s+)?(?:eerste\s+)?(?:bocht|chicane|haarspeld)\b"
    r"|\s+into\s+(?:turn|the (?:first )?corner)\b"
    # "remde de Nederlander als laatste", "als eerste naar binnen", "the last to brake": who did it first
    r"|\s+(?:remde|remden|remt|stopte|stopten|pitte|pitten|reageerde|naar binnen|de pits in|to brake|"
    r"to pit)\b"
    # "ging als eerste de baan op", "the first out on track": who went out first
    r"|\s+(?:de baan op|het asfalt op|naar buiten|uit de pits|out on track|onto the track|out of the pits)\b"
    # "maakte Pérez als eerste een pitstop": the first to stop
    r"|\s+(?:een|zijn|a|his)\s+(?:pitt?s?stop|pit stop|stop)\b"
    # "Leclerc went first for the second Q3 runs": the order of the runs, no place
    r"|\s+(?:for|voor)\s+(?:the|his|de|zijn)\s+(?:\w+\s+){0,2}(?:runs?|attempts?|pogingen|poging|laps?)\b"
    # "Be the first to comment", "Reageer als eerste": a web page's call to its readers, no place
    r"|\s+(?:to (?:comment|reply|respond|react|review)|om te reageren|die reageert)\b"
)
_ACTION_AS_BEFORE_RE = re.compile(
    r"\b(?:remde|remden|remt|stopte|stopten|pitte|pitten|reageerde|braked|pitted)\s+(?:[\w-]+\s+){0,3}als\s+$"
    # "Raikkonen stopped first", "pitted first": the first to stop, no place
    r"|\b(?:stopped|pitted|pitting|stopping|boxed|braked)\s+$"
)
_NUMBERED_START_RE = re.compile(_NUMBERED_START + r"(\d{1,2})")
_PLACE_NOUNS = ("plaats", "plek", "positie", "position", "place")
_BEHIND_BEFORE_RE = re.compile(r"\b(?:achter|behind)\b")
_NUMBER_RE = re.compile(
    r"(?:nummer|number|no\.|plaats|plek|positie|position|place|startpositie|startplek|startplaats) (.+)"
)
# Words that put a change of place in the middle of the race: "intussen", "tussenstand", "at that point"
_MEANWHILE_RE = re.compile(
    r"\b(?:intussen|inmiddels|tussenstand|op dat moment|toen nog|meanwhile|at that point|at that stage|"
    r"by then|for now)\b"
)
# "reed van een tweede naar een zevende plaats", "a drive from 20th to second" tell the whole race.
_WHOLE_RACE_VERB_RE = re.compile(r"\b(?:reed|drove|drive|raced|went|ging|kwam|came)\b")
# "zakte van de vijfde naar de achtste", "fell from second to fourth": a change of place during the race.
_CLIMB_VERB_RE = re.compile(r"\b(?:klom|klommen|steeg|rukte|rukten|opgerukt|opgeklommen|climbed|moved up)\b")
_IN_WHOLE_SESSION_RE = re.compile(
    r"\b(?:in|during) (?:de|the|zijn|his) "
    r"(?:sprint(?:race)?|race|wedstrijd|grand prix|gp|main race|hoofdrace)\b"
)
_MOVE_VERB_RE = re.compile(
    r"\b(?:zakte|zakt|viel|valt|terugviel|sukkelde|tuimelde|kukelde|dropped|drops|fell|falls|slipped|slips|"
    r"slid|moved|klom|steeg|rukte|"
    r"schoof|roared|climbed|charged|gained|lost|verloor|won|made his way|worked his way|fought back|"
    # ("vaulted from fourth to second in a single move": a move during the race)
    r"vaulted|jumped|leapt|leaped|sprong|"
    r"came back|kwam terug|knokte)\b"
)
_ENDED_RE = re.compile(
    r"\b(?:uiteindelijk|eventually|ultimately|in the end|at the flag|at the finish|aan de finish|"
    r"over de streep|over de finish|finish(?:ed|te)|eindigde|penalt\w*|\w*straf\w*)\b"
)
_START_WORD_RE = re.compile(
    r"\b(?:start\w*|gestart|grid|startplek\w*|startpositie|vertr[eo]k\w*|began|begon|pole\w*|"
    r"back of the field|achteraan|achterin)\b"
)
_LIST_ITEM_RE = re.compile(
    r"(?<![\w-])(" + ORDINAL_RE + r"|" + CARDINAL_RE + r")" + FASTEST_SUFFIX + r"(?![\w-])"
)
_POS_LIST_RE = re.compile(
    r"(?:(?P<places>(?:" + alt(NL["list_places"], EN["list_places"]) + r")\s+))?"
    r"(?<![\w-])(?:"
    + ORDINAL_RE
    + r"|"
    + CARDINAL_RE
    + r")(?:\s*,\s*(?:"
    + ORDINAL_RE
    + r"|"
    + CARDINAL_RE
    # ("P8, P9, and P10": the last joined after a comma too)
    + r"))*\s*,?\s+(?:en|and|&)\s+(?:"
    + ORDINAL_RE
    + r"|"
    + CARDINAL_RE
    + r")"
    + FASTEST_SUFFIX
    + r"(?![\w-])"
)
# Between the names and their places: the verb, maybe after a relative clause ("Bottas en Russell, die
# ook nog een lekke band kreeg, werden respectievelijk achtste en negende").
# "Ricciardo (McLaren) en Sainz (Ferrari) werden vierde en vijfde": a team in brackets may follow a name.
_INTO_PLACES_BEFORE_RE = re.compile(r"\b(?:in ?to|naar)\s+(?:the\s+|de\s+)?$")
_LIST_VERB_GAP_RE = re.compile(
    r"(?:\s?\([^()]{1,30}\))?(?:\s*,\s*(?:die|who|which)\s[^,;]{0,120},)?\s+(?:\w+\s+){1,9}"
)
# "Bottas en wereldkampioen Hamilton": a title may stand between the join and the next name ("his
# team-mate, whilst Räikkönen and Ricciardo completed the top six": a conjunction opens another clause).
_LIST_JOIN_RE = re.compile(
    r"(?:\s?\([^()]{1,30}\))?\s*(?:,|en|and|&)\s*"
    r"(?:(?!(?:whilst|while|whereas|terwijl|maar|but|toen|when|waarna|after|na)\s)[a-z'-]+\s+){0,2}"
)
_QUALIFIERS_AFTER_RE = re.compile(r"\s*(?:qualifiers|(?:van|in) de kwalificatie|in qualifying)\b")
FOLLOWED_RE = re.compile(r"\b(?:gevolgd door|followed (?:home |across the line )?by)\s+")
# what may stand between the phrase and the name: "zijn teamgenoot", "Verstappens teamgenoot", "Red Bull's"
_FOLLOW_GAP_RE = re.compile(r"(?:[\w'-]+\s+){0,3}")
_KIN_AFTER_RE = re.compile(r"(?:'?s)?\s+(?:teamgenoot|ploeggenoot|ploegmaat|team-?mate)\s+")
_FOLLOW_JOIN_RE = re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?(?:,|en|and)\s*(?:[\w'-]+\s+){0,2}")
_RESPECTIVELY_RE = re.compile(r"\b(?:respectievelijk|respectively)\b")
_OTHER_PART_RE = re.compile(r";|\b(?:terwijl|while|whereas|maar|but)\b")


def _respectively_near(f: str, at: int) -> bool:
    """Whether "respectively" stands near the place at ``at``: before it, or after it in the same part of the
    sentence ("started from P1, P2 and P3 on the grid respectively"; not "..., terwijl X en Y respectievelijk
    ...")."""
    if _RESPECTIVELY_RE.search(f, max(0, at - 60), at):
        return True
    after = _RESPECTIVELY_RE.search(f, at, at + 90)
    return after is not None and not _OTHER_PART_RE.search(f, at, after.start())


# (not "won't": "Hamilton won't win", a contraction of "will not")
WIN_RE = re.compile(r"\b(?:" + alt(NL["win"], EN["win"]) + r")\b(?!['’]t\b)")  # single words: order is free
# "had maar liefst 8 posities gewonnen", "won three places at the start": places gained
# ("nog een plek te winnen door Gasly voorbij te gaan", "won a place": one place gained too)
_PLACES_BEFORE_RE = re.compile(
    # ("zal enkele plaatsen winnen", "gained a few places": a number of places told without a number)
    r"\b(?:\d{1,2}|een|enkele|een paar|wat|meerdere|several|a few|some|" + CARDINAL_RE + r") "
    r"(?:posities|plaatsen|plekken|places|positions|spots|positie|plaats|plek)(?:\s+te)?\W*$"
)
# "in de eerste plaats", "in the first place": first of all, no place
_IDIOM_PLACE_RE = re.compile(
    r"\b(?:in de |in the )(?:eerste|first) (?:plaats|place)\b(?! (?:in|op|van|of|on|at|for|voor)\b)"
)
# "de eerste bij het licht", "first in the queue at the end of the pit lane", "first out of the pits": the
# order of a queue at the pit exit, no place of a session
_QUEUE_AFTER_RE = re.compile(
    r"\s*(?:(?:bij|aan|voor) (?:het|de) (?:rode |groene )?(?:licht|stoplicht|uitgang|einde van de pit\w*|"
    r"pitexit|pit exit)|in (?:de )?(?:wacht)?rij\b|in (?:the )?(?:queue|line)|at the (?:end of the )?"
    r"(?:pit ?lane|pit exit|light)|(?:out of|uit) (?:the |de )?(?:pits|garage|pitstraat|pitlane)|de pits uit|"
    r"to (?:leave|exit) the pits)"
)
_INDEFINITE_BEFORE_RE = re.compile(r"\b(?:een|a)\s+$")
_FIRST_TRY_AFTER_RE = re.compile(r"(?:tijd|rondetijd|ronde|run|poging|time|lap|laptime|run|attempt)\b")
# "zijn eerste en (zijn) laatste F1-race", "his first and last grand prix": the ordinal of a race of his
_PAIRED_RACE_AFTER_RE = re.compile(
    r"(?:en|and|of|or|tot|to)\s+(?:zijn\s+|his\s+|haar\s+|her\s+|de\s+|the\s+)?(?:laatste|last|"
    + ORDINAL_RE
    + r")\s+(?:[\w]+[\s-])?(?:race|races|grand prix|gp|wedstrijd|seizoen|season|start|starts)\b"
)
_SECURED_PLACE_AFTER_RE = re.compile(
    r"\s+(?:plek|plaats|positie)\s+(?:al\s+|reeds\s+|allang\s+|nu\s+)?(?:in the pocket|in de pocket|op zak|"
    r"binnen(?=\s*(?:[.,;]|$))|veilig gesteld|zeker)\b"
)
_STREAK_AFTER_RE = re.compile(r"[\s-]+(?:streak|run|sequence|spree)\b")
_PLACES_AFTER_RE = re.compile(
    r"\W+(?:\w+\W+)?(?:\d{1,2}|a|one|enkele|several|a few|some|" + CARDINAL_RE + r") "
    r"(?:places|positions|spots|posities|plaatsen|plekken|place|position|spot)\b"
)
_LOST_TO_PAIR_BEFORE_RE = re.compile(
    r"\b(?:cost|costs|costing|robbed|denied|denying|deprived|kostte|kostten)(?:\s+\w+){0,2}\s+(?:and|en|&)\s+"
    r"(?:\w+\s+){1,3}$"
)
# "om de race te winnen", "probeert ... te winnen": the Dutch infinitive of an aim
_AIM_TE_BEFORE_RE = re.compile(
    r"\b(?:om|proberen|probeert|probeerde|poogt|hoopt|hoopte|wil|wilde|willen)\b[^.;]{0,90}\bte\s+$"
)
# ("slaagde erin om de race te winnen", "wist de race te winnen": done)
_MANAGED_BEFORE_RE = re.compile(r"\b(?:slaagde|slaagden|slaagt|lukte|lukt|gelukt|wist|wisten|weet)\b")
# "hope of claiming a record-equalling 91st Formula One victory", "zijn kans op een eerste zege": hoped for
_HOPE_OF_BEFORE_RE = re.compile(
    r"\b(?:hopes?|bid|chances?|quest|attempt|hoop|kans|kansen|poging) (?:of|for|at|op|om|van) "
    r"(?:\w+ing |(?:een|a|an|the|his|her|zijn|haar) )"
    # (the win's own words between, no other thing hoped for: "his hopes of a title alive with a victory")
    r"(?:(?!(?:title|titel|championship|kampioenschap|alive|with|met|and|en|but|maar)\b)[\w'’-]+ ){0,5}$"
)
# (right after the win word) "victory chances", "win hopes", "overwinningskansen": hopes of one
_WIN_HOPES_AFTER_RE = re.compile(
    r"[\w-]*?(?:\s+|-)?(?:chances?|hopes?|bid|ambitions?|dreams?|kansen|kans|hoop|droom|dromen)\b"
)
_WIN_BLOCK_RE = re.compile(  # tested only
    r"(?:\b(?:"
    + alt(NL["win_block"], EN["win_block"])
    # (a team's name joined to the win word is part of it: "op weg naar zijn eerste Ferrari-overwinning")
    + r")\W+(?:\w+\W+){0,2}(?:\w+-)?"
    + r"|\b(?:"
    + alt(NL["win_wish"], EN["win_wish"])
    + r")\W+(?:\w+\W+){0,4})$"
)
# "won vier keer", "wins before", "has won", "won in de kwalificatie": no win of this race. Tested only.
_WIN_COUNT_AFTER_RE = re.compile(
    r"\w*\s+(?:\w+\s+){0,2}(?:times|keer|maal|races|titles|titels|grands prix|ooit|before|eerder)\b"
)
# "won drie van de laatste vier edities", "won the first two races of the season", "won dit jaar al drie
# grands prix": a tally of several races ("won een van de spannendste races" and "won zijn tweede race" are a
# race's win; so is the noun's "overwinning negen van het seizoen", a number)
_WIN_TALLY_AFTER_RE = re.compile(
    # ("won dit seizoen immers al zeven races": four words between)
    r"\w*\s+(?:(?!(?:race|grand|gp|grote)\b)[\w']+\s+){0,4}(?!(?:een|one|a|an)\b)" + CARDINAL_RE + r"\s+"
    r"(?:van|of|(?:[\w-]+\s+)?"
    r"(?:races|grands prix|grote prijzen|gp'?s|edities|editions|wedstrijden|rondes|rounds))\b"
)
_HAS_A_WIN_BEFORE_RE = re.compile(r"\b(?:heeft|hebben|had|has|have)\s+(?:\w+\s+){0,3}(?:een|a|one)\s+$")
_WIN_HAS_BEFORE_RE = re.compile(r"\b(?:has|have|had|heeft|hebben|had)\s+(?:\w+\s+)?$")
# "Hamilton has won the 53 lap race", "has won the 2019 French Grand Prix": the perfect that opens a report
# (not "has won the last race", "has won the race six times", "has never won", "would have won")
_HAS_WON_BEFORE_RE = re.compile(r"\bhas\s+$")
# "won the Belgian Grand Prix", "won de Grand Prix van België", "won de GP van Spanje": the race named as won
# ("Bottas wins Turkish Grand Prix as Verstappen reclaims championship lead": a headline drops "the"; not
# "won two grands prix")
_WON_NAMED_GP_AFTER_RE = re.compile(
    r"\s+(?:(?:the\s+)?(?:\d{4}\s+)?(?!(?:two|three|four|five|six|seven|eight|nine|ten|several|many|more|"
    r"multiple|other)\b)[a-z]+(?:\s+[a-z]+)?\s+(?:grand prix|gp)\b"
    r"|(?:de|het)\s+(?:grand prix|grote prijs|gp)\s+van\s+[a-z])"
)
_AT_NAMED_GP_AFTER_RE = re.compile(r"\s+(?:at|in)(?=\s)" + _WON_NAMED_GP_AFTER_RE.pattern)
_HAS_WON_RACE_AFTER_RE = re.compile(
    r"\s+the\s+(?!(?:last|previous|next|first|opening|final|most|past)\b)(?:[\w'-]+\s+){0,4}?"
    r"(?:race|grand prix|gp)\b(?![^,;.]*\b(?:times|before|again|since|ever|in (?:19|20)\d\d)\b)"
    # "has won his first Grand Prix of the season in Singapore": this race, his first of the year
    r"|\s+(?:his|her)\s+(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th))\s+"
    r"(?:grand prix|gp|race|victory|win)\s+of\s+the\s+(?:season|year)\b"
    r"(?![^,;.]*\b(?:times|before|again|ever)\b)"
)
# "... plaats in het kampioenschap misliep": a place missed, told after it
# "de tweede plaats misliep", and a place that something cost him: "heeft Verstappen de tweede plaats gekost"
_MISSED_AFTER_RE = re.compile(
    r"(?:[\w-]+\s+){0,6}?(?:misliep|misliepen|mislopen|misgelopen|miste|mist|gekost|kostte|kost)\b"
)
# "zijn eerste en enige bandenwissel", "his first and only stop": an ordinal of something else
_FIRST_AND_ONLY_RE = re.compile(r"(?:en|and)\s+(?:enige|only)\b")
# "een inhaalrace vanaf de achtste plaats", "a recovery drive from eighth": a climb's start, often after lap 1
_COMEBACK_FROM_RE = re.compile(
    r"\b(?:inhaalrace|inhaalactie|opmars|comeback|recovery drive|fightback|charge)\s+(?:\w+\s+){0,2}?"
    r"(?:vanaf|van|from)\s+(?:de\s+|the\s+)?$"
)
# "een eerste of tweede stek", "second or third": either of two places
_EITHER_OR_AFTER_RE = re.compile(r"(?:of|or)\s+(?:een\s+|a\s+)?(?:" + ORDINAL_RE + r")\b")
_EITHER_OR_BEFORE_RE = re.compile(r"\b(?:" + ORDINAL_RE + r")\s+(?:of|or)\s+(?:een\s+|a\s+)?$")
# "dit seizoen een tweede plek behaald", "a second place this year": a place counted over a season
# "in de laatste drie GP's telkens tweede", "second in each of the last three races": several races' places
_EACH_TIME_RE = re.compile(
    r"\b(?:telkens|steeds|elke keer|iedere keer|each time|every time|each of|all of)\b"
)
_LAST_RACES_RE = re.compile(
    r"\b(?:laatste|last|previous|vorige|afgelopen) (?:\w+ )?"
    r"(?:races?|gp'?s|grands? prix|wedstrijden|grote prijzen)\b"
)
# a count right before the place: "werd viermaal tweede", "vijf keer derde", "twee keer een derde plek",
# "twice second"
_TIMES = r"(?:" + CARDINAL_RE + r"(?:maal| keer| times)|twice|thrice)"
# ("werd viermaal tweede", "eindigde drie keer als tweede", "finished as runner-up three times")
_TIMES_BEFORE_RE = re.compile(r"\b" + _TIMES + r"\s+(?:op\s+|als\s+|as\s+)?(?:de\s+|the\s+|een\s+|a\s+)?$")
_TIMES_AFTER_RE = re.compile(r"(?:\s+(?:place|plaats|plek|spot|position|finish))?\s+" + _TIMES + r"\b")
_SEASON_TALLY_RE = re.compile(r"\b(?:dit|this) (?:seizoen|jaar|season|year)\b")
# "in het restant van de race", "for the rest of the race": a place held during the race
_REST_OF_RACE_RE = re.compile(
    r"\b(?:(?:het )?restant|de rest|het vervolg) van de (?:race|wedstrijd|grand prix)\b|"
    r"\b(?:the )?(?:rest|remainder) of the (?:race|grand prix)\b"
)
# "vanuit derde positie uit": where a retirement came from
_OUT_AFTER_RE = re.compile(r"(?:positie|plaats|plek)\s+(?:\w+\s+){0,3}?uit\b")
_OVERALL_AFTER_RE = re.compile(
    # ("He's still third in points": his standing)
    r"\s+(?:overall|in the (?:final )?standings|in de (?:eind)?stand|in het (?:eind)?klassement|"
    r"in (?:the )?points(?! (?:finish|position|place|paying))|in punten)\b"
)
# "na vijf Grands Prix", "after six races": a place after a number of races is a standing
_AFTER_N_RACES_RE = re.compile(
    r"\b(?:na|after)\s+(?:\d{1,2}|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|two|three|four|"
    r"five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?:grands? prix|races|gp's|wedstrijden|rounds|ronden van)\b"
)
# "als vierde over de streep", "fourth across the line": a finish told right after the place
_FINISH_VERB_AFTER_RE = re.compile(
    r"\s+(?:over de (?:streep|finish)|finishte|gefinisht|geeindigd|across the line|over the line|"
    r"at the (?:flag|finish)|at the chequered flag)\b"
)
# "plaats op de startgrid is voor ...", "place went to ...": the place's holder comes after it
_PLACE_WENT_TO_RE = re.compile(
    r"\s+(?:plaats|plek|startplek|positie|place|position|spot|podiumplek|podiumplaats)"
    r"(?:\s+op de (?:start)?grid|\s+on the grid)?\s+"
    r"(?:is|was|gaat|ging)\s+(?:naar|voor|to)\s+"
    # ("with the third podium spot going to Leclerc")
    r"|\s+(?:podium\s+)?(?:place|position|spot)\s+(?:went|going|goes)\s+to\s+"
)
_APPOSITION_GAP_RE = re.compile(r"\s*,\s*")
# "3rd place – ", "P2: ": a place as a label, its name after the dash or colon
_BRACKET_HOLDER_RE = re.compile(r"\s+(?:(?:place|plaats|plek|position|positie|spot)\s+)?\(\s*")
_PLACE_LABEL_RE = re.compile(r"\s+(?:place|plaats|plek|position|positie|spot)\s*[-:]\s+|\s*:\s+")
# "een overwinning zou behalen", "a win would follow": a win that might be, not one of a race
_WIN_MODAL_AFTER_RE = re.compile(r"\s+(?:zou|zouden|zal|would|could|might|will)\b")
# "took wins off Hamilton", "pakte zeges": wins as a plural noun are of no one race
_PLURAL_WINS = frozenset({"wins", "victories", "zeges", "overwinningen"})
_WINS_TAKEN_BEFORE_RE = re.compile(
    r"\b(?:took|take|takes|taking|scored|claimed|collected|grabbed|picked up|pakte|pakt|boekte|behaalde)\s+$"
)
# "won twee plaatsen", "gained three positions": places gained, no win.
# ("won in de openingsronde twee posities": places gained; "winning by just over seven seconds" is a margin)
_WIN_PLACES_AFTER_RE = re.compile(
    r"\w*\s+(?:(?!by\b|met\b)\w+\s+){0,4}"
    r"(?:plaatsen|plekken|posities|places|positions|spots|seconden|seconds|tijd|time)\b"
    # "to attack Verstappen and win the second position": a place gained, no win
    r"|\w*\s+(?:the\s+|de\s+|een\s+)?(?:" + ORDINAL_RE + r")\s+(?:position|place|spot|plaats|plek|positie)\b"
)
# "following the win that got away from him", "de zege die hem door de vingers glipte": a win not had
_WIN_LOST_AFTER_RE = re.compile(
    r"\s+(?:that|which|die|dat)\s+(?:\w+\s+){0,4}(?:got away|slipped away|ontglipte|ontsnapte|glipte|"
    r"wegglipte|slipped through)\b"
    # ("sees Lando Norris' first F1 victory slide away": a win seen slipping away)
    r"|\s+(?:slide|slip|slides|slips|sliding|slipping)\s+away\b"
)
# the session won told before the Dutch verb at the end ("de kwalificatie(race) won"), or the English object
# after it is read by the pattern above
_QUALI_WON_BEFORE_RE = re.compile(
    r"\b(?:de|het) (?:kwalificatie\w*|kwalificatierace|kwalificatiesessie|tijdtraining) (?:\w+ )?$"
)
_VERB_LAST_RE = re.compile(r"\s*(?:[,.;:!?)]|$|(?:en|and|maar|but)\b)")
# "won in de kwalificatie", "won de kwalificatiesessie", "won the qualifying": the session won, no race
_WIN_QUALI_AFTER_RE = re.compile(
    r"\w*\s+(?:(?:van|in|bij|at|of)\s+)?(?:de|het|the)\s+(?:kwalificatie\w*|qualifying|quali)\b"
)
_BEHIND_WINNER_RE = re.compile(
    r"\b(?:(?:achter|behind|na|after)\s+(?:de\s+|the\s+)?"
    # "15 seconds after the winner", "op 30 seconden van de winnaar", "gap to the winner": a distance from him
    # ("op ruim een minuut van de winnaar", "a lap down on the winner")
    r"|(?:seconden|seconde|seconds?|sec|s|tienden|tenths?|minuut|minuten|minutes?|ronde|ronden|rondes|laps?|"
    r"gat|gap|achterstand|verschil|margin|down)\s+"
    r"(?:van|from|to|off|op|tot|naar|on)\s+(?:de|the)\s+)$"
)
_ONE_WORD_RE = re.compile(r"\w+\s+")
_OWN_BEFORE_RE = re.compile(r"\b(?:zijn|haar|hun|his|her|their)\s+$")
_OF_A_SPAN_AFTER_RE = re.compile(
    r"\s+(?:van|in|of)\s+(?:het|dit|de|zijn|the|this|his)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:[\w-]*seizoen|jaar|season|year|carriere|loopbaan|career)\b"
)
_PODIUM_PLACE_WENT_RE = re.compile(
    r"\s+(?:podium\s+(?:place|position|spot)|podiumplek|podiumplaats)\s+(?:is|was|gaat|ging|went|going|goes)\s+"
    r"(?:naar|voor|to)\s+"
)
# ("waar de winst naar Bottas ging": the Dutch verb last)
_WIN_WENT_TO_RE = re.compile(r"\w+\s+(?:\w+\s+){0,3}(?:ging|went|goes|gaat)\s+(?:naar|to)\b|winst\s+naar\b")
# (not a margin: "won by over 14s from Verstappen", "won by a second")
_WIN_NOUNS = frozenset(("zege", "overwinning", "victory", "triumph"))
_NEGATED_BEFORE_RE = re.compile(r"\b(?:niet(?! alleen)|geen|nooit|not(?! only)|never|no)\b")
_WIN_BY_RE = re.compile(
    r"\w+\s+(?:(?:werd|was|is|wordt)\s+)?(?:by|door)\s(?!(?:over|more|less|nearly|almost|just|a|an|one|two|three|"
    r"\d)\b|\d)"
)
# "door in de laatste ronde Hamilton in te halen", "by passing Hamilton": the means, not the winner
_MEANS_RE = re.compile(r"(?:[^,.;]{0,80}\bte\s+[a-z]+\b|\w+ing\b)")
# "the win to Hamilton", "de zege aan Leclerc" (gaf, schonk, handed): the driver after it won.
# a title of another race's win: "de vorige winnaar Hamilton", "last year's winner", "two-time winner"
_OTHER_WIN_TITLE_RE = re.compile(
    r"\b(?:vorige|vorig jaar|voormalige?|oud-|ex-|previous|former|last year's|defending|\w+voudig|\w+-time|"
    r"times?|drievoudig|tweevoudig|regerend)\s*(?:[\w'-]+\s+)?$"
)
_WINNER_PREDICATE_RE = re.compile(r"\b(?:was|is|werd|wordt|became|becomes)\s+(?:\w+\s+){0,3}$")
_WITH_ING_RE = re.compile(r"\b(?:with|met) $")
_ING_AFTER_NAME_RE = re.compile(r"\s+\w+ing\b")
_FOR_BEFORE_RE = re.compile(r"\b(?:for|voor)\s+(?:[a-z]+(?: [a-z]+)?'s?\s+)?$")
_PLACE_BY_RE = re.compile(r"\s+(?:place|position|finish|plaats|plek|positie)\s+(?:by|for|van|voor)\s+")


def _driver_place_before_constructors(c: Clause, gpos: int, end: int) -> int | None:
    """Where the constructors are told in the clause when the place at ``gpos`` of the sentence is a driver's,
    named right after it, and the constructors only after him ("Met de tweede plaats voor Bottas verzekerde
    Mercedes zich van het WK onder de constructeurs": Bottas's place; not "Mercedes werd tweede bij de
    constructeurs", nor "Constructeurs: de tweede plaats voor ...")."""
    by = _PLACE_BY_RE.match(c.f, end)
    owner = next((x for x in c.mentions if by and x.start == by.end() and not x.group), None)
    if owner is None or standings.CONSTRUCTORS_RE.search(c.f, 0, gpos) is not None:
        return None
    told = standings.CONSTRUCTORS_RE.search(c.f, owner.end, c.base + len(c.text))
    if told is None:
        return None
    # (from the championship the constructors are told of: "het wereldkampioenschap onder de constructeurs")
    # (not "de derde plaats voor Pérez in het kampioenschap": his standing)
    champ = standings.CHAMP_RE.search(c.f, owner.end, told.start())
    if champ and _IN_THE_RE.fullmatch(c.f, owner.end, champ.start()):
        return None
    return champ.start() if champ else told.start()


_IN_THE_RE = re.compile(r"\s+(?:in|of|van)\s+(?:het|de|the)\s+(?:[\w'’]+\s+)?")

_PLACE_OWNED_BEFORE_RE = re.compile(
    r"\b(?:" + ORDINAL_RE + r")\s+(?:plaats|plek|positie|stek|podiumplaats)\s+(?:\w+\s+)?$"
)
_BARE_FOR_RE = re.compile(r"\s+for\s+")
# a place fronted, its verb before the holder: "In second place ... was Gasly", "Op de derde plaats
# eindigde X"
_FRONTED_PLACE_RE = re.compile(r"\s*(?:and |en )?(?:in|op) (?:the |de |het )?\S+$")
_COPULA_THEN_RE = re.compile(
    r"\b(?:was|were|came|finished|eindigde|finishte|kwam|werd|stond)\s+(?:[\w'-]+\s+){0,3}?(?=[\w'-])"
)
_A_BEFORE_RE = re.compile(r"\b(?:a|an)\s+(?:[a-z]+\s+)?$")
_ENUMERATING = frozenset(("first", "second", "third", "eerste", "tweede", "derde"))
_COMMA_THE_BEFORE_RE = re.compile(r",\s+(?:the|de|het)\s+$")
_COUNTED_BEFORE_RE = re.compile(
    r"\b(?:two|three|four|twee|drie|vier|\d)\s+(?:[\w-]+\s+){0,2}[\w-]+(?:s|en)\b"
)


_ONE_SECOND_BEFORE_RE = re.compile(r"\b(?:a|one|half a|by a|just a|only a|over a|under a)\s+$")
_WIN_VERBS = frozenset(("wins", "won", "wint"))
_WIN_VERB_FORMS = _WIN_VERBS | {"winning"}  # ("by winning the Azerbaijan Grand Prix")
_WON_N_RACES_RE = re.compile(
    r"\s+(?!een\b|one\b)(?:" + CARDINAL_RE + r")\s+(?:[\w-]+\s+)?"
    r"(?:grand prix|grands prix|gp'?s|races|wedstrijden|grote prijzen)\b"
)
# "Hamilton won de GP van Rusland niet", "wint niet in Sotsji": the Dutch verb denied after its object (not
# "won niet alleen de race", nor a "niet" of another clause: "won, Hamilton niet")
_WIN_DENIED_AFTER_RE = re.compile(
    r"(?:\s+(?!en\b|maar\b|terwijl\b|die\b|dat\b|omdat\b|want\b)[\w'-]+){0,6}?\s+niet\b"
    r"(?!\s+(?:alleen|enkel|voor niets|zomaar|meer dan|minder dan))"
)
_CONGRATULATED_RE = re.compile(
    r"\b(?:congratulat\w*|feliciteer\w*|gefeliciteerd|felicitatie\w*|feliciteren)\b"
)
_FOR_X_TO_RE = re.compile(r"\s+(?:to|om)\s+(?:\w+\s+){0,4}")
_WIN_GIVEN_RE = re.compile(r"(?:win|victory|zege|overwinning)\s+(?:\w+\s+){0,2}(?:to|aan)\s")
PODIUM_RE = re.compile("(?:" + alt(NL["podium"], EN["podium"]) + ")")  # only its start is used
_PODIUM_THIRD_RE = re.compile(  # only its start is used
    r"\b(?:"
    + alt(NL["podium_third_verb"], EN["podium_third_verb"])
    # ("Rounding out the top three was Vettel": the top three is the podium)
    + r")\s+(?:\w+\s+){0,2}(?:(?:het|the)\s+(?:\w+-?)?podium(?:\s+compleet|\s+complete)?|"
    r"(?:de|the)\s+top[ -](?:three|drie|3)\b)"
    + r"|\b(?:"
    + alt(NL["podium_made_verb"], EN["podium_made_verb"])
    + r")\s+(?:\w+\s+){0,2}(?:het|the)\s+(?:\w+-?)?podium\s+(?:compleet|complete)"
    + r"|\b(?:"
    + alt(NL["podium_third"], EN["podium_third"])
    + r")\b"
)


# the podium completed, told in the passive: the one after "door"/"by" was third
_PODIUM_COMPLETED_BY_RE = re.compile(
    # (told done, in the past: "het podium wordt gecompleteerd door" is a ranking's or a wish's)
    r"(?:\bpodium\b[^.;]{0,60}?\b(?:werd|was)\s+(?:\w+\s+)?"
    # ("Achter dit duo werd het podium compleet gemaakt door ...": the verb before the noun)
    r"|\b(?:werd|was)\s+het\s+podium\s+)"
    r"(?:compleet gemaakt|vervolledigd|gecompleteerd|completed|rounded out)\s+(?:door|by)\s+"
    # ("door niemand minder dan George Russell", "by none other than Russell")
    r"(?:(?:niemand minder dan|none other than)\s+)?"
)
# ... and by a pair, in the present of a report too: second and third in order
_PODIUM_COMPLETED_BY_PAIR_RE = re.compile(
    r"\bpodium\b[^.;]{0,60}?\b(?:werd|was|wordt|is)\s+(?:\w+\s+){0,2}(?:compleet gemaakt|vervolledigd|"
    r"gecompleteerd|completed|rounded out)\s+(?:door|by)\s+"
)
_JOINED_BY_ON_PODIUM_RE = re.compile(r"\bjoined by ((?:[\w'-]+ ){1,12}?)on the podium\b")
# "door (een blije) Hamilton", "door 'thuisrijder' Pérez" (a word in scare quotes too)
_BY_NAME_GAP_RE = re.compile(r"(?:(?:de|the)\s+)?(?:['\"‘“]?[\w-]+['\"’”]?\s+){0,2}['\"‘“]?")


_FRONT_ROW_RE = re.compile(r"\b(?:front[- ]row|eerste startrij|voorste startrij|eerste rij)\b")


def respectively(sc: SentenceContext) -> list[Fact]:
    """ "Hülkenberg en Magnussen werden negende en tiende", "Hamilton and Russell followed in places
    four and five": a list of drivers and a list of positions of the same length pair up in order.
    The ordinals given out are recorded in ``sc.consumed``."""
    f = sc.text
    mentions = sc.mentions
    sc.consumed = set()
    out: list[Fact] = []
    for lm in _POS_LIST_RE.finditer(f):
        tokens = list(_LIST_ITEM_RE.finditer(f, lm.start(), lm.end()))
        values = [
            ordinal_value(t.group(1)) or (cardinal_value(t.group(1)) if lm.group("places") else None)
            for t in tokens
        ]
        if len(values) < 2 or None in values:
            continue
        # ("achter Verstappen": a driver named as a reference is not one of the list; "beating Hamilton and
        # Bottas into second and third" places the objects)
        into = _INTO_PLACES_BEFORE_RE.search(f, max(0, lm.start() - 12), lm.start()) is not None
        left = [
            m
            for m in mentions
            if m.end <= lm.start() and not m.group and len(m.drivers) == 1 and (into or not m.is_object)
        ]
        named = [m for m in mentions if m.end <= lm.start() and not m.group and len(m.drivers) == 1]
        if named and (ing := ING_AFTER_RE.match(f, named[-1].end)) and not f[ing.end() : lm.start()].strip():
            # "..., with Vettel and Kvyat unbelievably getting P2 and P3 respectively": the names of an
            # absolute "with" (its objects) are the ones placed
            with_group = _joined_names(named, f)
            if WITH_NAME_BEFORE_RE.search(f, max(0, with_group[0].start - 30), with_group[0].start):
                left = named
        if left and (
            _LIST_VERB_GAP_RE.fullmatch(f[left[-1].end : lm.start()])
            # "Russell and Hamilton followed the Red Bulls, taking third and fourth place, respectively": the
            # pair before the list, what they followed between, "respectively" saying whose is which
            or (
                _RESPECTIVELY_RE.search(f, lm.end(), lm.end() + 20) is not None
                and lm.start() - left[-1].end <= 60
                and not any(ch in f[left[-1].end : lm.start()] for ch in ";:.")
            )
        ):
            group = _joined_names(left, f)
        elif (lm.group("places") or "").startswith(("nummers", "numbers")) and (
            appos := _APPOSITION_GAP_RE.match(f, lm.end())
        ):
            # "Ook nummers twee en drie George Russell en Lewis Hamilton bedankten het publiek": the names
            # right after the numbers, in their order
            right = [m for m in mentions if m.start >= appos.end() and not m.group and len(m.drivers) == 1]
            group = _names_joined_after(right, f) if right and right[0].start == appos.end() else []
        elif gap := _FOR_NAMES_RE.match(f, lm.end()):
            # "Met een elfde en twaalfde tijd voor Alonso en Vandoorne", "P4 and P5 for Ricciardo and
            # Norris": the places first, the names after them
            right = [m for m in mentions if m.start >= gap.end() and not m.group and len(m.drivers) == 1]
            group = _names_joined_after(right, f) if right and right[0].start == gap.end() else []
            if group and len(group) != len(values):
                # "een tweede en derde plaats voor Hamilton": whose is which is not told
                sc.consumed.update(t.start() for t in tokens)
                continue
        else:
            continue
        if len(group) != len(values):
            continue
        kind = position_kind(f, lm)
        if kind == "championship":
            continue
        if kind == "finish" and _FRONT_ROW_RE.search(f):
            kind = "grid"  # "locked out the front row, with Raikkonen and Vettel first and second": the start
        for m, v in zip(group, values, strict=True):
            out.append(Fact(kind, m.drivers[0], sc.index, position=v))
        sc.consumed.update(t.start() for t in tokens)
    if "top" in f:
        out.extend(_top_completed(sc))
    if ("punt" in f or "point" in f) and ("laatste" in f or "last" in f or "final" in f):
        out.extend(_last_point(sc))
    if " op " in f:
        out.extend(_named_at_numbers(sc))
    if "(" in f:
        out.extend(_places_with_names_in_brackets(sc))
    return out


# "werden respectievelijk vijfde (Vettel) en zevende (Bottas)": each place, its driver in brackets
_PLACE_THEN_BRACKET_RE = re.compile(r"(?<![\w-])(" + ORDINAL_RE + r")\s*\(")


def _places_with_names_in_brackets(sc: SentenceContext) -> list[Fact]:
    """Places each followed by one driver's name alone in brackets: his places (recorded in
    ``sc.consumed``)."""
    f = sc.text
    out: list[Fact] = []
    for m in _PLACE_THEN_BRACKET_RE.finditer(f):
        inside = [x for x in sc.mentions if x.start >= m.end() and not x.group and len(x.drivers) == 1]
        if not inside or f[m.end() : inside[0].start].strip() or not f.startswith(")", inside[0].end):
            continue
        value = ordinal_value(m.group(1))
        kind = position_kind(f, m)
        if value is None or kind == "championship" or m.start() in sc.consumed:
            continue
        out.append(Fact(kind, inside[0].drivers[0], sc.index, position=value))
        sc.consumed.add(m.start())
    return out


def followed_by(sc: SentenceContext, m: re.Match[str], earlier: list[Fact], status: str) -> list[Fact]:
    """ "Vettel won, gevolgd door Leclerc", "Bottas came third, followed by Pérez and Norris": the names
    after the phrase (``m``, a match of ``FOLLOWED_RE``) take the places right after the last final place
    told before it in the sentence. ``earlier``: the sentence's facts told before the phrase; ``status``:
    the phrase clause's status."""
    if status != "final":
        return []
    placed = [
        x for x in earlier if x.kind == "finish" and x.status == "final" and x.position not in (None, LAST)
    ]
    after = [x for x in sc.mentions if x.start >= m.end() and not x.group and len(x.drivers) == 1]
    before = [x for x in sc.mentions if x.end <= m.start() and not x.group]
    if not placed or not before or before[-1].drivers != (placed[-1].driver,):
        return []  # "won ahead of Bottas, followed by Verstappen": who follows whom is not told
    if len(after) >= 2 and _KIN_AFTER_RE.fullmatch(sc.text, after[0].end, after[1].start):
        after = after[1:]  # "gevolgd door Verstappens teamgenoot Pérez": the teammate follows
    if not after or not _FOLLOW_GAP_RE.fullmatch(sc.text, m.end(), after[0].start):
        return []
    names = [after[0]]
    for nxt in after[1:]:
        if not _FOLLOW_JOIN_RE.fullmatch(sc.text, names[-1].end, nxt.start):
            break
        names.append(nxt)
    last = placed[-1]
    told = {x.driver for x in earlier if x.kind == "finish"}
    assert last.position is not None
    return [
        Fact(
            "finish",
            x.drivers[0],
            sc.index,
            season=last.season,
            grand_prix=last.grand_prix,
            session=last.session,
            position=last.position + i + 1,
        )
        for i, x in enumerate(names)
        if x.drivers[0] not in told
    ]


# "eindigde als derde achter Bottas en Leclerc", "finished third behind Hamilton and Bottas": the place, then
# the ones ahead of it
# ("finished third in Austria, behind Bottas and Leclerc": where, between)
_BEHIND_NAMES_RE = re.compile(
    r"(?<![\w-])(" + ORDINAL_RE + r")(?:\s+(?:in|at|op|bij)\s+[\w-]+)?\s*,?\s+(?:achter|behind)\s+"
)


def behind_leaders(sc: SentenceContext, facts: list[Fact]) -> list[Fact]:
    """ "Norris eindigde als derde achter Bottas en Leclerc": the names right after "achter", as many as the
    places before his, are the ones ahead of him in their order (Bottas first, Leclerc second). Only for a
    final place of the one who has it in the sentence."""
    out: list[Fact] = []
    for m in _BEHIND_NAMES_RE.finditer(sc.text):
        place = ordinal_value(m.group(1))
        if place is None or not 2 <= place <= 4:
            continue
        own = [x for x in facts if x.kind == "finish" and x.status == "final" and x.position == place]
        after = [x for x in sc.mentions if x.start >= m.end() and not x.group and len(x.drivers) == 1]
        if len(own) != 1 or not after or after[0].start != m.end():
            continue
        names = [after[0]]
        for nxt in after[1:]:
            if not _LEADERS_JOIN_RE.fullmatch(sc.text, names[-1].end, nxt.start):
                break
            names.append(nxt)
        if (
            len(names) != place - 1
            or (len(names) > 1 and not PAIR_JOIN_RE.fullmatch(sc.text, names[-2].end, names[-1].start))
            or _MORE_AFTER_RE.match(sc.text, names[-1].end)
        ):
            # "derde achter Bottas": who was second is not told; "derde achter Sainz, thuisheld Leclerc moest
            # ...": one name, then another clause
            continue
        told = {x.driver for x in facts if x.kind == "finish"}
        out.extend(
            replace(own[0], driver=x.drivers[0], position=i + 1, others=(), other_label=None)
            for i, x in enumerate(names)
            if x.drivers[0] not in told
        )
    return out


_LEADERS_JOIN_RE = re.compile(r"\s*(?:,|en|and|&)\s*")
# (the list goes on: "achter Bottas, Leclerc en ...")
_MORE_AFTER_RE = re.compile(r"\s*(?:,|en\b|and\b)\s*\w")
_APPOSITION_GAP_RE = re.compile(r"\s*,?\s+")
# "een elfde en twaalfde tijd voor ...", "places four and five for ...": the names the places are for
_FOR_NAMES_RE = re.compile(
    r"\s+(?:(?:snelste\s+)?(?:tijd|tijden|plaats|plaatsen|plek|plekken|positie|posities|startplaats|"
    r"startplaatsen)|places?|positions?|spots?|times?)\s+(?:voor|for)\s+"
)


def _names_joined_after(right: list[Mention], f: str) -> list[Mention]:
    """The first name of ``right`` and the names joined to it after ("voor Alonso en Vandoorne")."""
    group: list[Mention] = [right[0]]
    for m in right[1:]:
        if not _LIST_JOIN_RE.fullmatch(f[group[-1].end : m.start]):
            break
        group.append(m)
    return group


def _joined_names(left: list[Mention], f: str) -> list[Mention]:
    """The last name of ``left`` and the names joined to it before ("Hülkenberg en Magnussen", "Gasly,
    Ocon en Albon"), in their order."""
    group: list[Mention] = [left[-1]]
    for m in reversed(left[:-1]):
        if not _LIST_JOIN_RE.fullmatch(f[m.end : group[0].start]):
            break
        group.insert(0, m)
    return group


# "Bottas en Verstappen vervolledigden de top vijf", "Albon rounded out the top ten": the names before the
# verb hold the last places of the top N, in their order
_TOP_COMPLETED_RE = re.compile(
    r"\b(?:vervolledigde|vervolledigden|completeerde|completeerden|sloot|sloten|completed|rounded out|"
    r"rounds out|round out)\s+(?:de|the)\s+top[- ](?P<n>\w+)"
    r"|\b(?:maakte|maakten)\s+(?:de|het)\s+top[- ](?P<n2>\w+)\s+(?:compleet|af)\b"
)
_TOP_GAP_RE = re.compile(r"(?:\s?\([^()]{1,30}\))?\s+")


def _top_completed(sc: SentenceContext) -> list[Fact]:
    f = sc.text
    out: list[Fact] = []
    for tm in _TOP_COMPLETED_RE.finditer(f):
        n = cardinal_value(tm.group("n") or tm.group("n2") or "")
        left = [m for m in sc.mentions if m.end <= tm.start() and not m.group and len(m.drivers) == 1]
        if not n or not left or not _TOP_GAP_RE.fullmatch(f, left[-1].end, tm.start()):
            continue
        group = _joined_names(left, f)
        if len(group) > 3 or len(group) >= n or standings.CHAMP_RE.search(f):
            continue
        # "rounded out the top ten qualifiers", "de top tien van de kwalificatie": the grid order's top
        kind = "qualifying" if _QUALIFIERS_AFTER_RE.match(f, tm.end()) else "finish"
        out.extend(
            Fact(kind, m.drivers[0], sc.index, position=n - len(group) + 1 + i) for i, m in enumerate(group)
        )
    return out


# "the final point went to Leclerc", "het laatste punt was voor Albon": the one named after it is tenth;
# "Leclerc pakte het laatste punt", "Albon took the final point": the one named before the verb
# ("het laatste WK-punt", "the final point"; the words are also what a question asks, ``knowledge.query``)
POINT_NOUN = r"(?:wk-?|championship\s+)?(?:punt|puntje|point)"
LAST_POINT_WORDS = r"(?:laatste|last|final)\s+" + POINT_NOUN
_LAST_POINT = r"(?:het|the)\s+" + LAST_POINT_WORDS
_LAST_POINT_TO_RE = re.compile(
    r"\b" + _LAST_POINT + r"\s+(?:ging|gingen|was|went|fell|goes)\s+(?:naar|voor|to)\s+"
    r"(?:(?:de|het|the)\s+)?$"
)
_LAST_POINT_TAKEN_RE = re.compile(
    r"\s+(?:pakte|greep|scoorde|sprokkelde|haalde|veroverde|took|grabbed|claimed|scored|snatched|bagged|"
    r"picked up|secured)\s+" + _LAST_POINT + r"\b"
)
TOP_TEN_SCORES = 2010  # the first season the top ten score
_POINT_AFTER_RE = re.compile(r"\s+" + POINT_NOUN + r"\b")


def _last_point(sc: SentenceContext) -> list[Fact]:
    if sc.year_override is not None and sc.year_override < TOP_TEN_SCORES:
        return []
    f = sc.text
    for m in sc.mentions:
        if m.group or len(m.drivers) != 1:
            continue
        if _LAST_POINT_TO_RE.search(f, max(0, m.start - 60), m.start) or _LAST_POINT_TAKEN_RE.match(f, m.end):
            return [Fact("finish", m.drivers[0], sc.index, position=10)]
    return []


# "Max op 1, Kimi op 2 en Sebastian op nummer drie": names each followed by "op" and a bare number, a list
_AT_NUMBER_RE = re.compile(
    r"\s+op\s+(?:nummer\s+|plek\s+|plaats\s+|positie\s+)?(?P<n>\d{1,2}|een|één|twee|drie|vier|vijf|zes|zeven|"
    r"acht|negen|tien)(?=\s*(?:,|;|\ben\b|\.|$))"
)


def _named_at_numbers(sc: SentenceContext) -> list[Fact]:
    """Places of a list of names each followed by "op" and a number: two at least, from first place down
    without a gap (one alone, "Verstappen op 1,2 seconden", is no list)."""
    items: list[tuple[str, int, re.Match[str]]] = []
    for m in sc.mentions:
        if m.group or len(m.drivers) != 1:
            continue
        at = _AT_NUMBER_RE.match(sc.text, m.end)
        if at is None:
            continue
        n = int(at.group("n")) if at.group("n").isdigit() else cardinal_value(at.group("n"))
        if n:
            items.append((m.drivers[0], n, at))
    values = sorted(n for _, n, _ in items)
    if len(items) < 2 or values != list(range(values[0], values[0] + len(values))) or values[0] != 1:
        return []
    kind = position_kind(sc.text, items[0][2])
    if kind == "championship":
        return []
    return [Fact(kind, d, sc.index, position=n) for d, n, _ in items]


_COUNT_AND_BEFORE_RE = re.compile(
    r"\b(?:" + ORDINAL_RE + r"|\d{2,3}(?:st|nd|rd|th|e|ste|de))\s+(?:[\w-]+\s+){0,3}?"
    r"(?:wins?|victor\w*|poles?|pole positions?|podium\w*|zeges?|overwinning\w*|gp-zeges?)"
    r"(?:\s+(?:of|van|in|at|op)\s+[\w' -]{1,30}?)?\s*,?\s*(?:and|en)\s+(?:his\s+|zijn\s+|the\s+|de\s+)?$"
)
_BETWEEN_THE_BEFORE_RE = re.compile(r"\b(?:tussen|between)\s+(?:het|de|the)\s+$")
_PROMOTED_FROM_BEFORE_RE = re.compile(
    r"\b(?:promoted|bumped up|moved up|opgeschoven|gepromoveerd|schuift op|schoof op)\s+(?:\w+\s+)?"
    r"(?:from|van|vanaf)\s+(?:the\s+|de\s+)?$"
)
_MONTHS = f"{MONTHS_NL}|{MONTHS_EN}"
_MONTH_AFTER_RE = re.compile(rf"\s+(?:of\s+)?(?:{_MONTHS})\b")
_MONTH_BEFORE_RE = re.compile(rf"\b(?:{_MONTHS})\s+(?:the\s+)?$")
# "ending the day in fifth place following his penalty to thirteenth", "na zijn straf naar de tiende plek":
# the place a penalty put him in before what the clause tells (his start), not a result
_AFTER_PENALTY_TO_BEFORE_RE = re.compile(
    r"\b(?:after|following|na|ondanks|despite)\s+(?:his|her|a|the|zijn|haar|een|de)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:penalty|straf|gridstraf|demotion|terugzetting)\s+(?:to|naar)\s+(?:the\s+|de\s+|p)?$"
)


def positions(c: Clause) -> list[Fact]:
    """Positions in the clause: "van een tweede naar een zevende plaats", then every result ordinal
    (finish, grid, qualifying or championship by its words)."""
    clause, base, idx = c.text, c.base, c.index
    facts: list[Fact] = []
    seen_pos: set[int] = set()
    # "van een tweede naar een zevende plaats" / "from fifteenth on the grid to finish fourth"
    for m in _FROM_TO_RE.finditer(clause):
        numbered = _NUMBERED_START_RE.fullmatch(m.group(1))
        a = int(numbered.group(1)) if numbered else pos_value(m.group(1))
        b = pos_value(m.group(2))
        who = owner_left(c, base + m.start())
        seen_pos.update({base + m.start(1), base + m.start(2)})
        if standings.CHAMP_RE.search(clause):
            # "steeg in de WK-stand van de zesde naar de vijfde plaats": a standing, not a start and finish
            for d in who[:1]:
                if b:
                    facts.append(Fact("championship", d, idx, position=b, session="season", detail="interim"))
            continue
        if (
            _GRID_DROP_RE.search(clause)
            or (
                # "... een gridstraf gegeven en moet dus van de derde naar de zesde startplek": the clause
                # after "en" goes on with the penalty when its place is a start place
                _GRID_DROP_RE.search(c.f) and grid.START_NOUN_AFTER_RE.match(clause, m.end(2))
            )
            or (
                # "dat hij van de tiende startpositie terugvalt naar P15", "drops from tenth to 15th on the
                # grid": a start place he drops from, to another start place (not "naar de zevende plaats")
                (
                    grid.START_NOUN_AFTER_RE.match(clause, m.end(1))
                    or _ON_GRID_AFTER_RE.match(clause, m.end(2))
                )
                and _GRID_BACK_RE.search(clause)
                and not _RACE_PLACE_AFTER_RE.match(clause, m.end(2))
            )
            # "schuift op van de negende naar de achtste startpositie", "moves up from ninth to eighth on the
            # grid": the start noun after the place moved to makes both start places
            or grid.START_NOUN_AFTER_RE.match(clause, m.end(2))
            or _ON_GRID_AFTER_RE.match(clause, m.end(2))
        ):
            # "a grid penalty moved him from third on the grid to eighth", "de gridstraf liet hem van de
            # tweede naar de zevende startplek zakken": the second place is his start, the first only where
            # he would have started.
            facts.extend(Fact("grid", d, idx, position=b) for d in who[:1] if b)
            continue
        # Only a start word makes the first place a grid position; "zakte van de vijfde naar de achtste"
        # is a change of place during the race.
        started = (
            m.group(0).startswith("vanaf")
            # "climbing from 14th to finish first": from where he started to where he finished
            or _TO_FINISH_RE.search(m.group(0)) is not None
            or _START_WORD_RE.search(clause) is not None
            or (_WHOLE_RACE_VERB_RE.search(clause) is not None and _MOVE_VERB_RE.search(clause) is None)
            # "rukte in de sprintrace op van de zevende naar de derde plaats": a climb over the whole session
            or (_CLIMB_VERB_RE.search(clause) is not None and _IN_WHOLE_SESSION_RE.search(clause) is not None)
        )
        # "roared back from fifth to second": a change of place during the race, unless the words end it.
        # "zakt daardoor in de uitslag terug van de zevende naar de negende plaats": the result moved, the
        # place after it corrects the one told before
        in_results = _IN_THE_RESULTS_RE.search(clause) is not None
        moving = (
            not started
            and _MOVE_VERB_RE.search(clause) is not None
            and not _ENDED_RE.search(clause)
            and not in_results
            # "die door de diskwalificatie van Vettel van de tiende naar de negende plek steeg": promoted in
            # the result by another's penalty, not a move on the road
            and not _BY_ANOTHERS_PENALTY_RE.search(clause)
        )
        # "was intussen opgeklommen van de 19e naar de 7e plek", "... en kregen we een ongeziene tussenstand"
        moving = moving or bool(_MEANWHILE_RE.search(c.f))
        if _PIT_STOP_RE.search(c.f) and not _ENDED_RE.search(clause) and not in_results:
            # "De pitcrew van Red Bull was sneller, waardoor Verstappen van de derde naar de tweede plaats
            # ging": the places around the stops, not his start and finish
            started, moving = False, True
        # "the penalty dropped Hamilton from second to fourth": the second place was on the road only;
        # "got a ten-second penalty, meaning he drops from 15th to 16th": the clause told as its outcome
        outcome = not started and penalty_outcome(c.f, base + m.start())
        penalised = (_PENALTY_MOVE_RE.search(clause) is not None or in_results or outcome) and not started
        moving = moving and not outcome
        # "vanop de tweede startplek viel hij terug naar de zevende plaats": a start, then a place during
        # the race unless the words end it
        if started and _FELL_BACK_RE.search(clause) and not _ENDED_RE.search(clause):
            moving = True  # "climbed from twelfth on the grid to fifth" tells the whole race
        for d in who[:1]:
            if a and started:
                facts.append(Fact("grid", d, idx, position=a))
            if b:
                status = "running" if moving else "final"
                facts.append(
                    Fact("finish", d, idx, position=b, status=status, detail="penalty" if penalised else None)
                )
    constructors = bool(standings.CONSTRUCTORS_RE.search(clause))
    for m in ORD_TOKEN.finditer(clause):
        gpos = base + m.start()
        if gpos in seen_pos or gpos in c.sentence.consumed:
            continue
        value = pos_value(m.group(1))
        if value == LAST and _ORDINAL_AND_BEFORE_RE.search(clause, max(0, m.start() - 24), m.start()):
            continue  # "eindigde als zeventiende en laatste", "finished 17th and last": the number tells it
        if value == LAST and _PODIUM_SPOT_AFTER_RE.match(clause, m.end()):
            value = 3  # "took the last spot on the podium", "de laatste plek op het podium": third
        if value == LAST and _POINT_AFTER_RE.match(clause, m.end()):
            continue  # "grabbed the last point": the tenth (``_last_point``), not last place
        if value is None or (
            not _is_result_position(clause, m)
            and not _PODIUM_PLACE_WENT_RE.match(c.f, gpos + len(m.group(0)))
        ):
            continue  # ("the third podium spot went to Leclerc": a podium place is a place)
        if _OWN_BEFORE_RE.search(clause, max(0, m.start() - 8), m.start()) and _OF_A_SPAN_AFTER_RE.match(
            clause, m.end()
        ):
            continue  # "zijn eerste podiumplaats ... en zijn eerste van het seizoen": a count, no place
        if value == LAST and _PODIUM_PLACE_WENT_RE.match(c.f, gpos + len(m.group(0))):
            value = 3  # "De laatste podiumplaats was voor Bottas": the third
        if constructors:
            cut = _driver_place_before_constructors(c, gpos, gpos + len(m.group(0)))
            if cut is None:
                continue
            # the driver's place, of the race unless the words before the constructors name another
            for_whom = _PLACE_BY_RE.match(c.f, gpos + len(m.group(0)))
            kind = position_kind(clause[: cut - base], m)
            whose = next(x for x in c.mentions if for_whom and x.start == for_whom.end())
            facts.append(Fact(kind, whose.drivers[0], idx, position=value))
            continue
        if m.group(1).startswith(_PLACE_NOUNS) and _AND_NUMBER_AFTER_RE.match(c.f, gpos + len(m.group(0))):
            continue  # "starten op plaats twee en drie": two places for two names (the clause ends at "en")
        if m.group(1).startswith(("nummer", "number")) and _CAR_BEFORE_RE.search(clause, 0, m.start()):
            continue  # "de bestuurder van auto nummer 4": a car's number, no place
        if m.group(1).startswith(_PLACE_NOUNS) and _BEHIND_BEFORE_RE.search(clause, 0, m.start()):
            continue  # "start achter Leclerc, Vettel en Hamilton vanaf plek 4": whose start is unsure
        if (
            clause[: m.start()].endswith(("een ", "a "))
            and _SEASON_TALLY_RE.search(c.f)
            and not clause[: m.start()].endswith(("met een ", "with a "))  # "neer met een tweede plaats"
        ):
            continue  # "hebben dit seizoen een zege en een tweede plek behaald": a tally, no race's place
        if _respectively_near(c.f, gpos):
            # "respectievelijk tweede en derde" that did not pair up: whose is which is unknown (the places of
            # other clauses of the sentence stand: "Bottas, die als zeventiende startte, ..., terwijl X en Y
            # respectievelijk als vijfde en zesde eindigden")
            continue
        if _FROM_WHERE_BEFORE_RE.search(c.f, max(0, gpos - 30), gpos) and _RETIRED_IN_SENTENCE_RE.search(c.f):
            continue  # "Vanuit vierde en vijfde positie ... vielen beide uit": the clause was cut at "en"
        if _EACH_TIME_RE.search(c.f) and _LAST_RACES_RE.search(c.f):
            continue  # "moest in de laatste drie GP's telkens vrede nemen met een tweede plaats": a tally
        if _TIMES_BEFORE_RE.search(c.f, max(0, gpos - 25), gpos) or _TIMES_AFTER_RE.match(
            c.f, gpos + len(m.group(0))
        ):
            continue  # "werd viermaal tweede", "finished second three times": a tally of several races
        if _RANGE_END_BEFORE_RE.search(c.f, max(0, gpos - 60), gpos):
            continue  # "de plaatsen tot en met de tiende": the clause was cut at "en"
        if _MONTH_AFTER_RE.match(c.f, gpos + len(m.group(0))) or _MONTH_BEFORE_RE.search(
            c.f, max(0, gpos - 16), gpos
        ):
            continue  # "will start on the 5th of March", "op 26 november": a date, no place
        if _COUNT_AND_BEFORE_RE.search(c.f, max(0, gpos - 60), gpos):
            continue  # "claimed his 99th Formula 1 win, and eighth at Silverstone": a count, its noun unsaid
        if _BETWEEN_THE_BEFORE_RE.search(c.f, max(0, gpos - 16), gpos):
            continue  # "gaat het tussen het eerste en laatstgenoemde team spannend worden": items of a list
        if _PROMOTED_FROM_BEFORE_RE.search(c.f, max(0, gpos - 40), gpos):
            continue  # "is promoted from P4 to his first podium": the place before another's penalty
        if _AFTER_PENALTY_TO_BEFORE_RE.search(c.f, max(0, gpos - 60), gpos):
            continue  # "finished fifth after his penalty to thirteenth": where the penalty put him before
        if (
            m.group(1) in _ENUMERATING
            and _COMMA_THE_BEFORE_RE.search(c.f, 0, gpos)
            and _COUNTED_BEFORE_RE.search(c.f, 0, gpos)
        ):
            continue  # "two red flag stoppages in Q1, the first for heavy rain": the first of them
        if _INTO_CORNER_RE.match(c.f, gpos + len(m.group(0))) or _ACTION_AS_BEFORE_RE.search(
            c.f, max(0, gpos - 40), gpos
        ):
            continue  # "als eerste de bocht indook", "first into turn one": a place into a corner
        if m.group(1) in ("eerste", "first") and _FIRST_AND_ONLY_RE.match(
            c.f[gpos + len(m.group(0)) :].lstrip()
        ):
            continue  # "zijn eerste en enige bandenwissel": the clause was cut at "en"
        if _RACE_NUMBER_AFTER_RE.match(c.f[gpos + len(m.group(0)) :].lstrip()):
            continue  # the clause was cut at "en": "in de 21e | en voorlaatste manche"
        if m.start() <= 4 and _COUNT_APPOSITION_BEFORE_RE.search(c.f, max(0, base - 40), base + m.start()):
            continue
        went = _PLACE_WENT_TO_RE.match(c.f, gpos + len(m.group(0)))
        went_to = [x for x in c.sentence.mentions if went and x.start >= went.end() and not x.group][:2]
        if went and went_to and _TITLE_GAP_RE.fullmatch(c.f, went.end(), went_to[0].start):
            if len(went_to) == 2 and _APPOSITION_GAP_RE.fullmatch(c.f, went_to[0].end, went_to[1].start):
                went_to = went_to[1:]  # "voor die andere Mercedes-man, Valtteri Bottas": the name explains
            elif owns_next_person(c.f, went_to[0]):
                if len(went_to) < 2 or went_to[1].start - went_to[0].end > 40:
                    continue  # "was voor Verstappens teamgenoot": whose the place is, the name left out
                went_to = went_to[1:]  # "was voor Verstappens teamgenoot Pérez": the teammate's
            # "De derde plaats op de startgrid is voor die andere Mercedes-man, Bottas", "third went to X"
            kind = position_kind(clause, m)
            session = "season" if kind == "championship" else "race"
            facts.append(Fact(kind, went_to[0].drivers[0], idx, position=value, session=session))
            continue
        label = _PLACE_LABEL_RE.match(c.f, gpos + len(m.group(0)))
        labelled = [x for x in c.mentions if label and x.start == label.end() and not x.group]
        if label and not labelled:
            continue  # "1st place – 2nd place –": a label with no name, an empty template
        before_name = _prenominal_owner(c, m)
        # "3rd place – Lando Norris", "P2: Sainz": a labelled place is the name's right after it
        # "net als Tsunoda (P13) die botste met Schumacher (P15)": a place in brackets is the name's before it
        bracketed = [x for x in c.sentence.mentions if not x.group and c.f[x.end : gpos].strip() == "("]
        # "The second place by Hamilton", "de tweede plaats voor Hamilton": the place of the one after it
        by = _PLACE_BY_RE.match(c.f, gpos + len(m.group(0))) or (
            # "a distant fifth for Sebastian Vettel": a place with its article, the noun left out
            _BARE_FOR_RE.match(c.f, gpos + len(m.group(0)))
            if _A_BEFORE_RE.search(c.f, max(0, gpos - 20), gpos)
            else None
        )
        owned = [x for x in c.mentions if by and x.start == by.end() and not x.group]
        # "zowel de eerste (Charles Leclerc) als de tweede plek (Carlos Sainz)": the name in brackets right
        # after the place holds it
        held = _BRACKET_HOLDER_RE.match(c.f, gpos + len(m.group(0)))
        holder = [
            x
            for x in c.sentence.mentions
            if held
            and x.start == held.end()
            and not x.group
            and c.f[x.end : x.end + 2].strip().startswith(")")
        ]
        owned = owned or holder
        fronted = (
            _FRONTED_PLACE_RE.match(c.f, c.base, gpos + len(m.group(0)))
            if c.f.startswith(("in ", "and in ", "en in ", "op "), c.base)
            else None
        )
        if fronted and not owned:
            # "In second place and on the podium for the first time was Toro Rosso's Pierre Gasly": the
            # place fronted, its holder the first name after the verb
            cop = _COPULA_THEN_RE.search(c.f, gpos + len(m.group(0)))
            named_before = cop and any(gpos < x.start < cop.start() for x in c.sentence.mentions)
            # (not "In second place, Verstappen finished ahead of Hamilton": the one before the verb holds it)
            if cop and not named_before:
                owned = [x for x in c.sentence.mentions if x.start >= cop.end() and not x.group][:1]
        who = (
            labelled[0].drivers
            if labelled
            else (
                bracketed[0].drivers
                if bracketed
                else (owned[0].drivers if owned else (before_name or owner_left(c, gpos)))
            )
        )
        if len(who) != 1:
            continue  # "de Mercedessen werden tweede": one place, two drivers; whose it is is not told
        after_it = [x for x in c.mentions if x.start >= gpos and set(x.drivers) & set(who)]
        if (
            after_it
            and not any(x.end <= gpos and set(x.drivers) & set(who) for x in c.mentions)
            and ORD_TOKEN.search(c.f, gpos + len(m.group(0)), after_it[0].start)
        ):
            continue  # "1st place - 2nd place - 3rd place - Norris": an empty template, not his places
        kind = position_kind(clause, m, races_named=bool(c.sentence.gp_hits))
        if kind == "grid" and _BEGAN_A_STRETCH_WITH_RE.search(clause, 0, m.start()):
            kind = "finish"  # "begon de tweede helft goed met een derde plaats": the result that opened it
        label = _LABEL_KIND_BEFORE_RE.search(c.f, max(0, gpos - 24), gpos)
        if label is not None:
            # "Qualifying: 5th (started 3rd due to penalties) | Race: 3rd": the label says what the place is
            kind = _LABEL_KINDS[label.group(1)]
        if (
            kind == "finish"
            and c.base > 0
            and _STANDS_NOW_BEFORE_RE.search(clause, max(0, m.start() - 20), m.start())
            and standings.CHAMP_RE.search(c.f, 0, c.base)
        ):
            # "Vettel leads the championship | while Hamilton is fifth": where he stands, told in the clause
            # after the standings (a present-tense place, no finish)
            kind = "championship"
        if (
            kind == "finish"
            and _MOVED_TO_BEFORE_RE.search(clause, max(0, m.start() - 30), m.start())
            and c.base > 0
            and standings.CHAMP_RE.search(c.f, 0, c.base)
            and not _IN_RACE_RE.search(clause)
            and not _RACE_THING_RE.search(clause)
            # (the one moved named right before it: "with Leclerc dropped to third" is not the subject's)
            and [x.drivers for x in c.mentions if x.end <= gpos][-1:] == [who]
        ):
            # "Leclerc leads the championship by 34 points, while Verstappen falls to sixth place": a move in
            # the standings the sentence is about
            kind = "championship"
        if (
            kind in ("finish", "qualifying")
            and c.base > 0
            and _DEMOTED_TO_BEFORE_RE.search(clause, max(0, m.start() - 30), m.start())
            and _GRID_DROP_RE.search(c.f, 0, c.base)
        ):
            # "Hamilton carries a five-place grid penalty and drops to 10th": the grid drop told in the clause
            # before, the place after it his start
            kind = "grid"
        if (
            kind == "finish"
            and m.end() >= len(clause.rstrip(" ,"))
            and _POINTS_BEHIND_AFTER_RE.match(c.f, gpos + len(m.group(0)))
            and _STAYS_BEFORE_RE.search(clause, max(0, m.start() - 25), m.start())
        ):
            # "Verstappen blijft derde, met 104 punten achterstand op de leider": the clause after the comma
            # tells the standings his place is in
            kind = "championship"
        if kind == "finish" and _SECURED_PLACE_AFTER_RE.match(clause, m.end()):
            # "had de tweede plek al in the pocket", "heeft de derde plaats binnen": a place in the standings
            # made safe, told of the season
            kind = "championship"
        total = _TOTAL_AFTER_RE.match(c.f, gpos + len(m.group(0)))
        if kind == "finish" and total and int(total.group(1)) > MAX_WEEKEND_POINTS:
            # "Bottas: 2e, 223 punten": the total after the comma is a season's; a team's line ("Mercedes:
            # eerste, 573 punten") is the constructors' standing, nobody's
            if not any(_COLON_GAP_RE.fullmatch(c.f, x.end, gpos) for x in c.sentence.mentions if not x.group):
                continue
            kind = "championship"
        denied = _DENIED_PLACE_BEFORE_RE.search(c.f, max(0, gpos - 70), gpos)
        # (not "als laatste startte maar wel als vierde finishte": the "maar" clause has its own verb)
        own_verb = clause.endswith("als ", 0, m.start()) and _FINISH_VERB_LAST_RE.match(clause, m.end())
        if (
            kind == "finish"
            and _BECAME_INSTEAD_RE.match(clause)
            and _START_PLACE_BEFORE_RE.search(c.f, max(0, c.base - 80), c.base)
        ):
            # "leek een tweede startplek te scoren maar dat werd een uur voor de start een vijfde plek": what
            # the start place became
            kind = "grid"
        if kind == "finish" and (_BUT_CLAUSE_RE.match(clause) or denied) and not own_verb:
            # "niet van pole, maar van P4": the "maar" clause goes on with the verb of the one before;
            # "niet tweede op de grid maar zevende": with the noun of the place denied
            earlier = c.f[:gpos]
            if denied and (grid.QUALI_RE.search(denied.group(0)) or grid.GRID_RE.search(denied.group(0))):
                earlier = denied.group(0)  # (the noun of the place denied is nearer than any before it)
            if grid.QUALI_RE.search(earlier):
                kind = "qualifying"
            elif grid.GRID_RE.search(earlier) and not _FINISH_BEFORE_RE.search(earlier):
                kind = "grid"
        if kind == "finish" and _place_of_a_moment_beside_another(clause, m):
            continue
        if kind == "finish" and _START_NOUN_BEFORE_RE.search(c.f, max(0, gpos - 30), gpos):
            kind = "grid"  # "Beste startpositie: 5e (Monaco)", "best grid position: P5": a start
        if (
            kind == "finish"
            and c.base > 0
            and clause.startswith(("with ", "met "))
            and _POLE_TAKEN_RE.search(c.f, 0, c.base)
            and not _FINISH_WORD_RE.search(c.f, 0, c.base + len(clause))
        ):
            # "When Bottas took pole position from Hamilton, with Hulkenberg third for Racing Point": the
            # places beside the pole told, of qualifying
            kind = "qualifying"
        titled = kind == "finish" and (
            # (not "het podium werd compleet gemaakt door nummer drie Hamilton": the podium's third)
            (
                m.group(1).startswith(("nummer", "number"))
                and bool(before_name)
                and not ("podium" in clause and _PODIUM_COMPLETED_BY_RE.search(clause))
            )
            # "Runner-up Bottas ended on 223": a title before a name, of the season as often as of a race
            or (m.group(1) == "runner-up" and any(x.start == gpos + len(m.group(0)) + 1 for x in c.mentions))
        )
        interim = kind == "championship" and standings.INTERIM_RE.search(clause) is not None
        pole = kind == "grid" and value == 1 and grid.POLE_RE.search(clause) is not None
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
                    # "opgejaagd door nummer drie Russell": a title tells where he was at the time
                    status="running" if titled else "final",
                )
            )
            ahead = _ahead_of_second(c, gpos + len(m.group(0)), value, d)
            if ahead is not None and not titled:
                # "werd tweede achter Bottas", "finished second behind Hamilton": the one ahead was first
                facts.append(replace(facts[-1], driver=ahead, position=1))
    return facts


# "tweede achter Bottas", "second behind Hamilton", "P2 achter de Fin": the one named right after
_BEHIND_NAME_AFTER_RE = re.compile(
    r"\s+(?:(?:plaats|plek|positie|place|position)\s+)?(?:achter|behind)\s+(?:de\s+|the\s+|teamgenoot\s+|team-?mate\s+)?"
)


def _ahead_of_second(c: Clause, at: int, value: int | None, driver: str) -> str | None:
    """The driver named right after a second place with "achter"/"behind" ("tweede achter Bottas")."""
    if value != 2:
        return None
    gap = _BEHIND_NAME_AFTER_RE.match(c.f, at)
    if gap is None:
        return None
    named = [x for x in c.sentence.mentions if x.start == gap.end() and not x.group and len(x.drivers) == 1]
    if not named or named[0].drivers[0] == driver:
        return None
    if _BEHIND_BOTH_RE.match(c.f, named[0].end):
        return None  # "tweede achter Bottas en Hamilton": a list, not the one first
    return named[0].drivers[0]


_BEHIND_BOTH_RE = re.compile(r"\s*(?:,|en|and|&)\s")


def _prenominal_owner(c: Clause, m: re.Match[str]) -> tuple[str, ...]:
    """ "de als tweede vertrokken Hamilton", "de vanaf P3 gestarte Norris", "nummer twee Valtteri Bottas":
    a place in a participle or a title before a name is that name's."""
    clause = c.text
    with_after = _WITH_NAME_AFTER_RE.match(clause, m.end())
    if with_after and not [x for x in c.mentions if x.end <= c.base + m.start() and not x.is_object]:
        # "Ferrari also took third with Kimi Räikkönen": a team's place, held by the driver named with it
        right = [x for x in c.mentions if x.start == c.base + with_after.end()]
        if right:
            return right[0].drivers
    if m.group(1).startswith(("nummer", "number")):
        # the name may stand after a comma: "door nummer twee, zijn teamgenoot Valtteri Bottas"
        right = [x for x in c.sentence.mentions if x.start >= c.base + m.end()]
        if right and _TITLE_GAP_RE.fullmatch(c.f, c.base + m.end(), right[0].start):
            return right[0].drivers
        return ()
    if not _PRENOMINAL_BEFORE_RE.search(clause, 0, m.start()):
        return ()
    after = _PRENOMINAL_AFTER_RE.match(clause, m.end())
    if not after:
        return ()
    right = [x for x in c.mentions if x.start >= c.base + after.end()]
    if right and right[0].start - (c.base + after.end()) <= 2:
        return right[0].drivers
    return ()


# "Bottas puncture hands Hamilton Azerbaijan Grand Prix", "een lekke band bezorgde Hamilton de zege": the
# race or its win given to the driver named right after the verb
_HANDED_BEFORE_RE = re.compile(
    r"\b(?:hands?|handed|gifts?|gifted|gives|gave|bezorgt|bezorgde|schenkt|schonk)\s+$"
)
_HANDED_WHAT_RE = re.compile(
    r"(?:'s?)?\s+(?:(?:the|de|het|his|zijn|a|een)\s+)?(?:[\w'-]+\s+){0,2}?"
    r"(?:grand prix|gp|grote prijs|win|victory|zege|overwinning)\b"
)
_HANDED_WORDS = ("hand", "gift", "give", "gave", "bezorg", "schenk", "schonk")  # a cheap gate before the rule
# "kroont zich tot winnaar van het weekend in het middenveld", "the winner of the midfield": best of the rest
_MIDFIELD_AFTER_RE = re.compile(r"\s+(?:[\w-]+\s+){0,5}?(?:middenveld|midfield|best of the rest|de rest)\b")


def _handed_win(c: Clause) -> list[Fact]:
    for x in c.mentions:
        if (
            not x.group
            and _HANDED_BEFORE_RE.search(c.f, max(0, x.start - 12), x.start)
            and _HANDED_WHAT_RE.match(c.f, x.end)
        ):
            return [Fact("finish", x.drivers[0], c.index, position=1)]
    return []


# "winning the race became a question of holding them off": the gerund the subject of a verb
_WINNING_AS_SUBJECT_RE = re.compile(
    r"\s+(?:the\s+)?(?:race|it|grand prix|gp)\s+(?:became|becomes|was|is|would|will|looked|looks|seemed|"
    r"seems|meant|means|required|requires)\b"
)
_FOR_THE_WIN_BEFORE_RE = re.compile(r"\bom (?:de|een)\s+(?:\w+\s+)?$")
_TE_AFTER_RE = re.compile(r"\s+(?:\w+\s+){0,4}te\s")
# what else a driver "puts on his name" than the race: a pole, a sprint, a lap, a title, a record
_NOT_A_RACE_OWNED_RE = re.compile(
    # ("heeft de sprintrace op zijn naam geschreven" is the sprint's win: the session is read from the clause)
    r"\b(?:pole\w*|snelste|ronde\w*|titel\w*|wereldtitel\w*|kampioenschap\w*|record\w*|"
    # ("de Grote Prijs van Toscane op zijn naam geschreven" is the race: only a prize of another kind)
    r"kwalificatie\w*|training\w*|tijd|trofee|(?<!grote )(?<!grand )prijs)\b"
)
# "door zijn (vierde) zege", "thanks to his win": the win a consequence in the standings came from
_CAUSE_WIN_BEFORE_RE = re.compile(
    r"\b(?:door|dankzij|met|thanks to|with|after|through)\s+(?:zijn|haar|his|her)\s+(?:[\w-]+\s+){0,2}$"
    # "Leclerc blaast de titelstrijd nieuw leven in met (een) GP-zege in Oostenrijk": a win of nobody else
    # (not "met de zege van Pérez")
    r"|\b(?:met|door|dankzij)\s+(?:een\s+)?(?:[\w]+-)?$"
)
_OUT_OF_REACH_AFTER_RE = re.compile(
    r"\s+(?:\w+\s+){0,2}(?:kansloos|buiten bereik|out of reach)\b"
    # "maar was de overwinning nog lang niet binnen", "the win was far from secured": not won yet
    r"|\s+(?:was\s+|is\s+)?(?:nog\s+)?(?:lang\s+|helemaal\s+|zeker\s+)?niet\s+(?:binnen|zeker|veilig)\b"
    r"|\s+(?:was|is)\s+(?:far from|not yet|never)\s+(?:secured|safe|certain|sealed)\b"
)
_WIN_OF_ANOTHER_AFTER_RE = re.compile(r"\s+(?:van|voor|door)\s")
_OWN_WIN_BEFORE_RE = re.compile(r"\b(?:zijn|haar|his|her)\s+(?:[\w-]+\s+){0,2}$")


def _subject_after(c: Clause, at: int) -> bool:
    """Whether the first driver named after ``at`` in the clause is one driver, named as a subject."""
    after = [x for x in c.mentions if x.start >= c.base + at]
    return bool(after) and not after[0].is_object and not after[0].group and len(after[0].drivers) == 1


def _in_the_championship(clause: str, at: int) -> bool:
    """Whether the championship is named right after ``at`` ("zege in het kampioenschap": the title)."""
    of = _OF_THE_AFTER_RE.match(clause, at)
    return of is not None and standings.CHAMP_RE.match(clause, of.end()) is not None


_OF_THE_AFTER_RE = re.compile(r"\s+(?:in|van|of)\s+(?:het\s+|de\s+|the\s+)?")  # "zege in het kampioenschap"
# a passive win: "(die) werd gewonnen door Leclerc"; its winner is the one after "door", never the subject
_PASSIVE_BEFORE_RE = re.compile(r"\b(?:werd|wordt|werden|worden)\s+(?:\w+\s+){0,3}$")
_BY_AFTER_RE = re.compile(r"\s+(?:\w+\s+){0,2}?door\b")


def win(c: Clause) -> list[Fact]:
    """The first win word that is a win of this race ("won de Grand Prix", "zege voor Norris"): position 1."""
    handed = _handed_win(c) if any(w in c.text for w in _HANDED_WORDS) else []
    if handed:
        return handed
    clause = c.text
    for m in WIN_RE.finditer(clause):
        if standings.CONSTRUCTORS_RE.search(clause[m.start() : m.start() + 40]):
            continue
        if m.group(0) == "winning" and clause[m.start() - 1 : m.start()] == "-":
            continue  # "his title-winning campaign", "race-winning strategy" ("GP-zege" is a win)
        gerund = _WINNING_AS_SUBJECT_RE.match(clause, m.end()) if m.group(0) == "winning" else None
        if gerund and not any(0 < x.start - (c.base + gerund.end()) <= 2 for x in c.mentions):
            # "at which point winning the race became a question of ...": the aim, talked of (not "Winning
            # the race was Lewis Hamilton")
            continue
        before = clause[max(0, m.start() - 40) : m.start()]
        if _WIN_BLOCK_RE.search(before):
            continue
        if (
            m.group(0) == "winnen"
            and _AIM_TE_BEFORE_RE.search(clause, 0, m.start())
            and not _MANAGED_BEFORE_RE.search(clause, 0, m.start())
        ):
            continue  # "gaat proberen om de Grand Prix in Oostenrijk ... te winnen": an aim, no win
        if _HOPE_OF_BEFORE_RE.search(clause, max(0, m.start() - 70), m.start()):
            continue  # "Hamilton's hope of claiming a record-equalling 91st victory was hit": hoped for
        if _WIN_HOPES_AFTER_RE.match(clause, m.end()):
            continue  # "washed away Leclerc's victory chances", "zijn zegekansen": hopes, no win
        if _LOST_TO_PAIR_BEFORE_RE.search(c.f, max(0, c.base + m.start() - 60), c.base + m.start()):
            continue  # "denied them and George Russell a victory" (the clause cut at "and"): a win lost
        if m.group(0) in _PLURAL_WINS and _COUNT_BEFORE_WINS_RE.search(before):
            continue  # "stuck on 99 wins", "zijn tiende zeges": a tally, no race's win
        if m.group(0) in _WIN_NOUNS | {"zege", "win"} and _ONE_BEFORE_WIN_RE.search(before):
            continue  # "en maar 1 overwinning", "only one win all year": a tally of one
        if (
            standings.CHAMP_RE.search(clause)
            and not (
                # "liep door zijn vierde zege in België in de WK-stand zeven punten in": the race's win gained
                # the points (not a title won, nor a win in the standings)
                m.group(0) in _WIN_NOUNS
                and _CAUSE_WIN_BEFORE_RE.search(before)
                and not (
                    _WIN_OF_ANOTHER_AFTER_RE.match(clause, m.end()) and not _OWN_WIN_BEFORE_RE.search(before)
                )
                # (its owner named before it: "die door zijn overwinning de leiding overnam van Verstappen" is
                # not Verstappen's; or, when the clause opens with it, the subject right after it: "Door zijn
                # zege in Canada nam Vettel de leiding over")
                and (
                    any(x.end <= c.base + m.start() and not x.is_object for x in c.mentions)
                    or (
                        _CAUSE_WIN_BEFORE_RE.fullmatch(clause, 0, m.start()) is not None
                        and _subject_after(c, m.end())
                    )
                )
                and not _in_the_championship(clause, m.end())
            )
            and not (
                # ("lead in the championship is cut to 17 points after Vettel won the Belgian Grand Prix": a
                # Grand Prix named as what was won is the race's win, in a sentence about the standings too)
                m.group(0) in _WIN_VERB_FORMS and _WON_NAMED_GP_AFTER_RE.match(clause, m.end())
            )
            and not (
                # "another Formula 1 World Championship victory at the Hungarian Grand Prix": a race of the
                # championship won, the race named after "at"
                m.group(0) in _WIN_NOUNS and _AT_NAMED_GP_AFTER_RE.match(clause, m.end())
            )
        ):
            continue
        if m.group(0) in _WIN_NOUNS | {"zege", "win"} and _OUT_OF_REACH_AFTER_RE.match(clause, m.end()):
            continue  # "Voor beiden was de overwinning daarna kansloos": out of their reach
        if _FOR_THE_WIN_BEFORE_RE.search(before) and not _TE_AFTER_RE.match(clause, m.end()):
            continue  # "streden plots coureurs om de zege": for it ("om de zege veilig te stellen": kept)
        if m.group(0).startswith("op ") and _NOT_A_RACE_OWNED_RE.search(clause, 0, m.start()):
            continue  # "heeft de pole op zijn naam geschreven", "de sprint ...": not the race's win
        if m.group(0).startswith("op ") and _PLACE_OWNED_BEFORE_RE.search(
            clause, max(0, m.start() - 40), m.start()
        ):
            continue  # "mag een zesde plaats op zijn naam schrijven": the place is his, no win
        if _PLACES_BEFORE_RE.search(before) or _PLACES_AFTER_RE.match(clause, m.end()):
            continue  # "8 posities gewonnen", "won three places": places gained, no win
        if m.group(0) in ("winning", "victory", "win") and _STREAK_AFTER_RE.match(clause, m.end()):
            continue  # "a week after Red Bull's winning streak ended in Singapore": a run of wins, no win
        if (
            m.group(0) in _WIN_NOUNS
            and _THEIR_BEFORE_RE.search(before)
            and not _GAVE_BEFORE_RE.search(before)
        ):
            continue  # "as the Woking outfit toasted their first victory": the team's (not "gave them their")
        if m.group(0) in _WIN_NOUNS | {"zege", "win"} and _team_owns(c, c.base + m.start(), c.base + m.end()):
            continue  # "followed by Norris in the British team's first win", "in McLaren's first win": theirs
        if m.group(0) in _WIN_NOUNS and _NEGATED_BEFORE_RE.search(clause, 0, m.start()):
            continue  # "kon de supporters niet plezieren met de GP-zege": the win was someone else's
        if m.group(0) in ("won", "wint") and _WIN_DENIED_AFTER_RE.match(clause, m.end()):
            continue
        if m.group(0) in _WIN_VERBS and _WON_N_RACES_RE.match(clause, m.end()):
            continue  # "won eight Grand Prix in total", "won drie races": a count, no race's win
        if _WON_NO_RACE_AFTER_RE.match(clause, m.end()):
            continue  # "still managed to win praise in a slow Haas": praise won, no race
        if _WIN_IN_SERIES_AFTER_RE.match(clause, m.end()):
            continue  # "Jehan Daruvala wins F2 sprint race in Monza": a race of another series
        if m.group(0) in ("won", "wint", "gewonnen", "wonnen") and _N_RACES_BEFORE_RE.search(before):
            continue  # "Waar Hamilton elf Grands Prix won": the count before the Dutch verb at the end
        if _FEWER_WINS_BEFORE_RE.search(before) or _FEWER_WINS_AFTER_RE.match(clause, m.end()):
            continue  # "door één race minder gewonnen te hebben", "won one race fewer": a count compared
        if _WIN_COUNT_AFTER_RE.match(clause[m.start() :]) or (
            _WIN_HAS_BEFORE_RE.search(before)
            and not (_HAS_WON_BEFORE_RE.search(before) and _HAS_WON_RACE_AFTER_RE.match(clause, m.end()))
        ):
            continue
        if _HAS_A_WIN_BEFORE_RE.search(before) and _SEASON_TALLY_RE.search(clause):
            continue  # "heeft dit seizoen een zege en een tweede plek behaald": a season's tally
        if m.group(0) not in _WIN_NOUNS and _WIN_TALLY_AFTER_RE.match(clause, m.start()):
            continue
        if m.group(0) in ("winnaar", "winner") and _MIDFIELD_AFTER_RE.match(clause, m.end()):
            continue  # "kroont zich tot winnaar van het weekend in het middenveld": best of the rest
        if _WIN_MODAL_AFTER_RE.match(clause, m.end()) or (
            m.group(0) in _PLURAL_WINS and _WINS_TAKEN_BEFORE_RE.search(before)
        ):
            continue  # "dat hij nog een overwinning zou behalen", "took wins off Hamilton": no race's win
        if _WIN_QUALI_AFTER_RE.match(clause[m.end() :]) or _WIN_PLACES_AFTER_RE.match(clause[m.start() :]):
            continue
        if (
            m.group(0) in ("won", "wint", "gewonnen")
            and _QUALI_WON_BEFORE_RE.search(before)
            and _VERB_LAST_RE.match(clause, m.end())
        ):
            continue  # "die zaterdag de kwalificatierace won": the session told before the verb at the end
        if _WIN_LOST_AFTER_RE.match(clause, m.end()):
            continue  # "the win that got away from him": not his
        if races_in_brackets(c, c.base + m.start()):
            return []  # "Bottas (Oostenrijk), Hamilton (Stiermarken, Hongarije) hadden gewonnen": per driver
        if (
            m.group(0) == "gewonnen"
            and _PASSIVE_BEFORE_RE.search(before)
            and not _BY_AFTER_RE.match(clause, m.end())
        ):
            return []  # "de GP, die werd gewonnen voor Leclerc": the race was won; by whom, not told
        congrats = _CONGRATULATED_RE.search(c.f, c.base, c.base + m.start())
        if congrats:
            # "congratulated his rival for a first victory", "feliciteerde Hamilton met zijn zege": the win
            # is the one congratulated (named right after), never the one who congratulates
            named = [x for x in c.mentions if congrats.end() <= x.start < c.base + m.start()]
            return [Fact("finish", d, c.index, position=1) for d in named[0].drivers[:1]] if named else []
        given = _GIVEN_TO_BEFORE_RE.search(c.f, max(c.base, c.base + m.start() - 60), c.base + m.start())
        receiver = [
            x
            for x in c.mentions
            if given
            and x.start == given.end()
            and not x.group
            and _GIVEN_GAP_RE.fullmatch(c.f, x.end, c.base + m.start())
        ]
        # (over the sentence: "allowed Hamilton to get his and Mercedes' first win" is cut at "and")
        allowed = _ALLOWED_BEFORE_RE.search(c.f, max(0, c.base + m.start() - 80), c.base + m.start())
        receiver = receiver or [
            x
            for x in c.sentence.mentions
            if allowed
            and x.start == allowed.end()
            and not x.group
            and _ALLOWED_GAP_RE.fullmatch(c.f, x.end, c.base + m.start())
        ]
        if receiver:
            # "which made him spin, giving Lewis Hamilton a win", "bezorgde Verstappen de zege", "a puncture
            # for Bottas allowed Hamilton to get his first win of 2018": the one given it or let win, not the
            # subject
            return [Fact("finish", d, c.index, position=1) for d in receiver[0].drivers[:1]]
        won = [Fact("finish", d, c.index, position=1) for d in _win_owner(c, m)[:1]]
        return won + _ahead_pair(c, m, won)
    return []


_ALLOWED_BEFORE_RE = re.compile(r"\b(?:allowed|allowing|allows|helped|helping|enabled|enabling|letting)\s+")
# ("allowed Hamilton to get his and Mercedes' first win of 2018": the win's own words between)
_ALLOWED_GAP_RE = re.compile(
    r"\s+to\s+(?:take|get|claim|grab|score|secure|seal|snatch|inherit)\s+(?:[\w'’-]+\s+){0,5}"
)
_GIVEN_GAP_RE = re.compile(r"\s+(?:(?:a|an|the|his|her|their|een|de|het|zijn|haar)\s+)?(?:[\w-]+\s+){0,2}")


# "took his 11th win ahead of Ferrari's Vettel and Red Bull's Verstappen", "won voor Bottas en Hamilton": the
# two named after the winner, in order, are second and third (one alone is not: "ahead of his rival")
_AHEAD_OF_RE = re.compile(r"[^,;:]{0,60}?\b(?:ahead of|voor)\s+")
_JUST_AHEAD_RE = re.compile(r"\b(?:vlak|net|nipt|kort|just|narrowly)\s+(?:ahead of|voor)\s+$")
_PAIR_JOIN_RE = re.compile(r"\s*(?:and|en)\s+(?:[\w'-]+\s+){0,4}")
_PAIR_END_RE = re.compile(r"\s*(?:[.;]|$)")


# "won door Bottas en Hamilton voor te blijven", "won, en hield Bottas en Hamilton achter zich": the pair kept
# behind, in order
_KEPT_BEHIND_RE = re.compile(
    r"\s+(?:voor te blijven|achter zich te (?:houden|laten)|achter zich (?:liet|hield|houdt|laat))\b"
)


def _kept_behind_pair(c: Clause, m: re.Match[str], won: list[Fact]) -> list[Fact]:
    after = [x for x in c.mentions if x.start >= c.base + m.end() and not x.group and len(x.drivers) == 1]
    if (
        len(after) != 2
        or after[0].start - (c.base + m.end()) > 40
        or not _PAIR_JOIN_RE.fullmatch(c.f, after[0].end, after[1].start)
        or not _KEPT_BEHIND_RE.match(c.f, after[1].end)
        or won[0].driver in (after[0].drivers[0], after[1].drivers[0])
    ):
        return []
    return [Fact("finish", x.drivers[0], c.index, position=i + 2) for i, x in enumerate(after)]


def _ahead_pair(c: Clause, m: re.Match[str], won: list[Fact]) -> list[Fact]:
    if won and ("voor te blijven" in c.text or "achter zich" in c.text):
        return _kept_behind_pair(c, m, won)
    if not won or ("ahead of" not in c.text and " voor " not in c.text):
        return []
    ahead = _AHEAD_OF_RE.match(c.f, c.base + m.end())
    if ahead is None:
        return []
    after = [x for x in c.mentions if x.start >= ahead.end() and not x.group and len(x.drivers) == 1]
    # ("Carlos Sainz in de McLaren": his team named after him is no other driver)
    after = [x for i, x in enumerate(after) if i == 0 or x.drivers != after[i - 1].drivers]
    if (
        len(after) == 1
        and after[0].start == ahead.end()
        and _JUST_AHEAD_RE.search(c.f, max(0, ahead.end() - 30), ahead.end())
        and won[0].driver != after[0].drivers[0]
    ):
        # "won just ahead of Sainz", "won vlak voor Sainz": the one right behind the winner
        return [Fact("finish", after[0].drivers[0], c.index, position=2)]
    if (
        len(after) != 2
        or after[0].start - ahead.end() > 30
        or not _PAIR_JOIN_RE.fullmatch(c.f, after[0].end, after[1].start)
        or not _PAIR_END_RE.match(c.f, after[1].end)
        or won[0].driver in (after[0].drivers[0], after[1].drivers[0])
    ):
        return []
    return [Fact("finish", x.drivers[0], c.index, position=i + 2) for i, x in enumerate(after)]


_SUBJECT_FIRST_RE = re.compile(r"\s*(?:(?:de|het|the)\s+)?$")  # only an article before the first name


# ("maar 1 overwinning", "slechts één zege", "only one win": the figure, not the article "een")
# (not "his first Formula 1 victory", "zijn eerste F1-zege")
_ONE_BEFORE_WIN_RE = re.compile(r"(?<!formula )(?<!formule )(?<![\w-])(?:1|one)\s+(?:[\w-]+\s+)?$")
_COUNT_BEFORE_WINS_RE = re.compile(r"\b(?:\d{1,3}|" + CARDINAL_RE + r")\s+(?:[\w-]+\s+)?$")
_SUBORDINATOR_BETWEEN_RE = re.compile(r"\b(?:as|while|whilst|whereas|when|terwijl|toen|waarbij)\b")


_WON_NO_RACE_AFTER_RE = re.compile(
    r"\s+(?:(?:a lot of|much|some|many|new|the|over the)\s+)?(?:praise|plaudits|admirers|fans|hearts|respect|"
    r"friends|sympathy|applause|lof|waardering|bewondering|sympathie)\b"
    # "won het gevecht voor de derde plaats", "won the battle for fourth": a fight won, not the race
    r"|\s+(?:het|de|the|a|een|zijn|his)\s+(?:\w+\s+)?(?:gevecht|duel|strijd|battle|fight|scrap)\b"
    # "won Ricciardo tevens een weddenschap met teambaas Abiteboul", "won a bet": a bet won, no race
    r"|\s+(?:\w+\s+){0,2}(?:een|a|de|the|zijn|his)\s+(?:weddenschap|bet|wager)\b"
    # "won zijn eerste kwalificatie-duel met Kvyat", "won the qualifying battle": a duel with his teammate
    # (not "wint duel met Hamilton" in a race's headline: the fight for the win)
    r"|\s+(?:(?:zijn|haar|het|de|een|the|his|her|a|their|hun)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:[\w-]*kwalificatie-?duel\w*|teamgenoten-?duel\w*|onderlinge? (?:duel|strijd)|"
    r"(?:qualifying|team-?mate) (?:battle|duel|head-to-head)|head-to-head|battle for)\b"
    # "lag plots in een gewonnen positie", "in a winning position": a prospect, no win
    r"|\s+(?:positie|position|stelling|spot|chance|kans)\b"
    # "a record of winning at least one Grand Prix each season": a count, no race
    r"|\s+(?:at least|at most|more than|minstens|ten minste|meer dan)\b"
    # "celebrates winning his fifth world title": the title (its determiner before: not "won as title rivals")
    r"|\s+(?:zijn|haar|het|de|een|the|his|her|a)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:world title|wereldtitel|title|titel|championship|kampioenschap|crown|wk-titel)\b"
)
_N_RACES_BEFORE_RE = re.compile(
    r"(?<![\w-])(?!een\b|one\b)(?:" + CARDINAL_RE + r")\s+(?:[\w-]+\s+)?"
    r"(?:grand prix|grands prix|gp'?s|races|wedstrijden|grote prijzen|overwinningen|zeges)\s+(?:\w+\s+)?$"
)
# ("Hamilton, die op de tweede plek staat": the verb last, in the present)
_FIRST_PERSON_RE = re.compile(r"\b(?:ik|wij|i)\b")
_STANDS_AFTER_RE = re.compile(r"\s+(?:plek|plaats|positie|stek)\s+staat\b")
_FEWER_WINS_BEFORE_RE = re.compile(
    r"\b(?:race|races|grand prix|grands prix|zege|zeges)\s+(?:minder|meer)\s+$"
)
_FEWER_WINS_AFTER_RE = re.compile(
    r"\s+(?:\w+\s+)?(?:race|races|grand prix|grands prix)\s+(?:fewer|less|more)\b"
)
_THEIR_BEFORE_RE = re.compile(r"\b(?:their|hun)\s+(?:[\w-]+\s+){0,2}$")
# a win noun after a team's possessive: "the British team's first win", "McLaren's first victory"
_TEAM_WORD_OWNS_RE = re.compile(
    r"\bthe\s+(?:[\w-]+\s+){0,2}(?:team|outfit|squad|constructor|marque)['’]s\s+(?:[\w-]+\s+){0,2}$"
)
_OWNS_RE = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}$")
_PREP_BEFORE_RE = re.compile(r"\b(?:in|during|tijdens|bij|op|for|voor)\s+$")
_FOR_SOMEONE_AFTER_RE = re.compile(r"[^,.;:]{0,30}?,?\s*\b(?:for|voor)\s+(?:(?:the|de|het)\s+)?")


def _team_owns(c: Clause, pos: int, end: int) -> bool:
    """Whether the win noun at ``pos:end`` (sentence offsets) follows a team's possessive, and names no driver
    it was for ("Red Bull's first win of the year, for Verstappen" is his)."""
    f = c.f
    named_for = _FOR_SOMEONE_AFTER_RE.match(f, end)
    if named_for and any(x.start == named_for.end() and not x.group for x in c.sentence.mentions):
        return False
    # (only a win told after a preposition, "in McLaren's first win": "Verstappen took Red Bull's first win"
    # took it, his)
    team_word = _TEAM_WORD_OWNS_RE.search(f, max(0, pos - 60), pos)
    if team_word:
        return _PREP_BEFORE_RE.search(f, max(0, team_word.start() - 12), team_word.start()) is not None
    owns = _OWNS_RE.search(f, max(0, pos - 30), pos)
    if owns is None:
        return False
    start = max(0, owns.start() - 30)
    teams = load_gazetteer().teams(f[start : owns.start()])
    owner = [x.start for x in c.sentence.mentions if x.group and x.end == owns.start()] + [
        start + t.start for t in teams if start + t.end == owns.start()
    ]
    return any(_PREP_BEFORE_RE.search(f, max(0, a - 12), a) for a in owner)
# the verbs of giving a win ("gave them their first victory", "giving Lewis Hamilton a win", "bezorgde hem de
# zege"): one list for the team's win given and the driver's
_GIVING = (
    r"gave|give|gives|giving|handed|handing|hands|gifted|gifting|gifts|delivered|brought|bezorgde|bezorgt|"
    r"schonk|schenkt|bracht"
)
_GAVE_BEFORE_RE = re.compile(r"\b(?:" + _GIVING + r")\b")
_GIVEN_TO_BEFORE_RE = re.compile(r"\b(?:" + _GIVING + r")\s+")
_WON_AHEAD_OF_RE = re.compile(
    r"\s+(?:(?:de race|the race|it) )?(?:voor|ahead of|in front of)\s+(?:[\w'-]+\s+){0,2}"
)


# another series than Formula 1: "F2", "de Formule 2"
_SERIES = r"(?:formule|formula) (?:[2-4]|two|three|e)\b|f[2-4]\b|indycar\b|w series\b|nascar\b|dtm\b"
# "wins F2 sprint race", "won in de Formule 2": a win in another series
_WIN_IN_SERIES_AFTER_RE = re.compile(r"\s+(?:(?:the|de|het|in|in de|in het)\s+)?(?:" + _SERIES + r")")
# "X weer voorbij ging voor de zege", "X inhaalde voor de overwinning": the one named was passed for it
_PASSED_FOR_AFTER_RE = re.compile(
    r"\s+(?:\w+\s+){0,2}(?:voorbij\s*(?:ging|gaat|gingen|gaan|te gaan)?|inhaalde|inhaalt|in te halen)\s+"
    r"voor\s+(?:de|het)\s+"
)
_PASS_BEFORE_RE = re.compile(
    r"\b(?:passe[sd]|passing|overt(?:ook|akes|aking)|gets past|got past|got by|went past|"
    r"swe(?:pt|eps) past)\s+(?:(?:title|his|the|both|rivals?|team-?mates?)\s+){0,2}$"
)
# "for the win", "to win", "to take the victory": what the pass was for
_FOR_THE_RE = re.compile(
    r"\s+(?:for\s+(?:the\s+)?|to\s+(?:(?:claim|take|score|seal|secure|grab)\s+(?:the\s+|his\s+|a\s+)?)?)"
)


_WIN_OF_NAME_GAP_RE = re.compile(r"\s+(?:van|of)\s+")
_EASY_FOR_GAP_RE = re.compile(r"\s+(?:easy|simple|straightforward|possible|safe)\s+for\s+")


def _win_owner(c: Clause, m: re.Match[str]) -> tuple[str, ...]:
    clause, f, cm = c.text, c.f, c.mentions
    pos = c.base + m.start()
    word = m.group(0)
    if word in _WIN_NOUNS and len({k for _, k in c.sentence.gp_hits}) <= 1:
        # (not in a sentence of two races: "in Silverstone en Hongarije, ... de sprintrace-zege van X")
        named_after = [x for x in cm if x.start > pos and not x.group]
        if named_after and _WIN_OF_NAME_GAP_RE.fullmatch(f, pos + len(word), named_after[0].start):
            # "na de overwinning van Max Verstappen", "the victory of Hamilton": the one it was of
            return named_after[0].drivers
    if word in _WIN_NOUNS or word == "win":
        genitive = genitive_owner(c, pos)
        if genitive:
            return genitive  # "hailed Pierre Gasly's stunning surprise victory": the genitive's win
    if word in ("winnaar", "winner") and _BEHIND_WINNER_RE.search(clause[: m.start()]):
        # "Achter de winnaar werd Norris tweede": only "achter winnaar Verstappen" names the winner.
        nxt = [x for x in cm if x.start >= pos]
        close = nxt and _ONE_WORD_RE.fullmatch(f[pos : nxt[0].start])
        return nxt[0].drivers if close else ()
    if word in ("winnaar", "winner", "racewinnaar"):
        if _OTHER_WIN_TITLE_RE.search(f, max(0, pos - 30), pos) or (
            word == "racewinnaar" and f.endswith(("een ", "a "), 0, pos)
        ):
            # "de vorige winnaar Hamilton werd nu vijfde": a win of another race; "Russell is een
            # racewinnaar": one who has won, some race
            return ()
        titled = [x for x in cm if x.start == pos + len(word) + 1 and not x.group]
        if titled:
            # "was escorted by race winner Lewis Hamilton", "racewinnaar Charles Leclerc": the title of the
            # name right after it
            return titled[0].drivers
    if word in ("winnaar", "winner") and _WINNER_PREDICATE_RE.search(clause[: m.start()]):
        # "Ricciardo was a deserving winner": the subject before the verb is the winner.
        left = [x for x in cm if x.end <= pos and not x.is_object]
        if left:
            return left[-1].drivers
    if word in ("winnaar", "winner") or _WIN_WENT_TO_RE.match(clause[m.start() :]):
        right = [x for x in cm if x.start >= pos]
        if right:
            return right[0].drivers
    by = _WIN_BY_RE.match(clause[m.start() :])
    if by and _MEANS_RE.match(clause, m.start() + by.end()):
        by = None  # "gewonnen door in de voorlaatste ronde Hamilton in te halen": how, not by whom
    if by or _WIN_GIVEN_RE.match(clause[m.start() :]):
        right = [x for x in cm if x.start >= pos]
        if (
            len(right) >= 2
            and owns_next_person(f, right[0])
            and right[1].start - right[0].end <= 40
            and not right[1].group
        ):
            # "werd gewonnen door Raikkonens teamgenoot Sebastian Vettel": the team-mate named after
            return right[1].drivers
        if right:
            return right[0].drivers
    if word in _WIN_NOUNS or word == "win":
        after = [x for x in cm if x.start > pos and not x.group]
        if after and _EASY_FOR_GAP_RE.fullmatch(f, pos + len(word), after[0].start):
            # "made the victory easy for Bottas": the one it was for
            return after[0].drivers
    after_verb = [x for x in cm if x.start == pos + len(word) + 1 and not x.group]
    if (
        word in ("won", "wint")
        and after_verb
        and not _SUBJECT_FIRST_RE.match(clause, 0, max(0, cm[0].start - c.base) if cm else 0)
        and cm[0].start > c.base + 1
    ):
        # "Terwijl Verstappen medische checks doorliep won Hamilton de race", "In Monaco won Leclerc": a
        # clause that opens with something else puts the verb before its subject ("Hamilton won Verstappen
        # het gevecht af" opens with its subject)
        return after_verb[0].drivers
    before = [x for x in cm if x.end <= pos]
    if before and word in _WIN_VERBS and not f[before[-1].end : pos].strip() and not before[-1].group:
        # "as penalty-hit Bottas wins Monza Sprint": the name right before the verb wins, whatever made it
        # look like an object
        return before[-1].drivers
    for x in reversed([x for x in c.sentence.mentions if x.end <= pos]):
        # "cleared the way for Ricciardo to claim the win", "allowing Hamilton to pass him and win" (a clause
        # of its own after "and"; "pulling clear of Leclerc to score his win" is the subject's)
        if (
            x.is_object
            and _FOR_X_TO_RE.fullmatch(f, x.end, pos)
            and (
                _FOR_BEFORE_RE.search(f, max(0, x.start - 30), x.start)
                or LET_BEFORE_RE.search(f, max(0, x.start - 20), x.start)
            )
        ):
            return x.drivers
    for x in before:
        # "with Verstappen pulling clear of Leclerc to score his win": the driver of the "with ...ing"
        if _WITH_ING_RE.search(f, max(0, x.start - 5), x.start) and _ING_AFTER_NAME_RE.match(f, x.end):
            return x.drivers
    if not [x for x in cm if x.end <= pos] and _FIRST_PERSON_RE.search(clause):
        # "Max probeerde alles, maar op het nippertje wist ik toch te winnen": the speaker won, unnamed here
        return ()
    left = [x for x in cm if x.end <= pos and not x.is_object]
    if len(left) >= 2 and _PASSED_FOR_AFTER_RE.fullmatch(f, left[-1].end, pos):
        # "waarna de Spanjaard Leclerc weer voorbij ging voor de zege": the one passed lost it; the win is the
        # one's who passed him
        return left[-2].drivers
    # ("passes Verstappen and Bottas to win": the two passed)
    passed = 2 if len(left) >= 3 and PAIR_JOIN_RE.fullmatch(f, left[-2].end, left[-1].start) else 1
    if (
        len(left) > passed
        and _PASS_BEFORE_RE.search(f, max(0, left[-passed].start - 32), left[-passed].start)
        and _FOR_THE_RE.fullmatch(f, left[-1].end, pos)
    ):
        # "passed Leclerc for the win", "Hamilton passes Verstappen and Bottas to win": the ones passed lost
        # it; the win is the one's who passed them
        return left[-passed - 1].drivers
    if left:
        return left[-1].drivers
    # ("a composed win ahead of Ferrari's Vettel and Red Bull's Verstappen": those behind did not win)
    ahead = _AHEAD_OF_RE.match(f, pos + len(word))
    beaten = [x for x in cm if x.start >= pos and not x.is_object]
    if beaten and word in _WIN_VERBS and _WON_AHEAD_OF_RE.fullmatch(f, pos + len(word), beaten[0].start):
        # "(Bottas leidde van start tot finish) en won voor Ferrari-coureur Charles Leclerc": the one named
        # after "voor" was beaten; the win is the subject's the clause goes on from
        prior = [x for x in c.sentence.mentions if x.end <= pos and not x.is_object and not x.group]
        return prior[-1].drivers if prior else ()
    right = [x for x in cm if x.start >= pos and not x.is_object and not (ahead and x.start >= ahead.end())]
    if right and _SUBORDINATOR_BETWEEN_RE.search(f, pos + len(word), right[0].start):
        # "Hamilton drove ... and take the win as Leclerc settled for second": the one after "as" is another
        # clause's; the win is the subject's the clause goes on from
        prior = [x for x in c.sentence.mentions if x.end <= c.base and not x.is_object and not x.group]
        return prior[-1].drivers if prior else ()
    if right and _OPPONENT_BETWEEN_RE.search(f, pos + len(word), right[0].start):
        # "Finn triumphed after a thrilling fight with team-mate Vettel": the one fought is no winner
        fought = {d for x in right for d in x.drivers}
        return () if set(c.subject) & fought else c.subject
    if right:
        return right[0].drivers
    if not cm:
        # "..., but Mercedes stole an unexpected one-two and victory": a team named after the last driver,
        # in the clauses before, won; not the driver the sentence was about before it
        last = max((x.end for x in c.sentence.mentions if x.end <= pos), default=0)
        for but in _BUT_TEAM_RE.finditer(f, last, pos):
            if any(h.start == 0 for h in load_gazetteer().teams(f[but.end() : pos])):
                return ()
    return c.subject


_OPPONENT_BETWEEN_RE = re.compile(r"\b(?:with|against|over|tegen|met)\b")
# a clause of its own after the last driver named, its subject right after: "..., but Mercedes stole",
# "maar Ferrari pakte"
_BUT_TEAM_RE = re.compile(r"\b(?:but|maar|while|terwijl)\s+(?:then\s+|toen\s+)?")


_AGE_RECORD_RE = re.compile(r"\b(?:jongste|oudste|youngest|oldest)\b")


# "Hamilton headed Bottas to the flag", "led Norris home": the one in front won and the one led was second,
# when the sentence tells that the two were the top two ("for a one-two", "with Verstappen completing the
# podium"; "led Piastri home in third and fourth" is no win)
_LED_HOME_RE = re.compile(
    r"\b(?:led|headed)\s+(?P<obj>(?:[\w'-]+\s+){1,8}?)"
    r"(?:home|(?:to|at) the (?:chequered |checkered )?flag|across the line)\b"
)
# ("headed George Russell at the chequered flag with Charles Leclerc third": the third told beside them)
_TOP_TWO_TOLD_RE = re.compile(
    r"\b(?:one-two|1-2|complet\w* the podium|rounded out the podium)|\bwith\s+(?:[\w'-]+\s+){1,4}third\b"
)


_THIRD = 3  # (a third place told in the clause is the podium's last step, not the led one's place)


def led_home(c: Clause, so_far: list[Fact]) -> list[Fact]:
    """The winner and second of a one-two told as one leading the other home ("Ricciardo led Norris home for
    a McLaren one-two")."""
    m = _LED_HOME_RE.search(c.text) if "led" in c.text or "headed" in c.text else None
    if (
        m is None
        or not _TOP_TWO_TOLD_RE.search(c.f)
        or any(x.kind == "finish" and x.position != _THIRD for x in so_far)
    ):
        return []
    led = [
        x
        for x in c.mentions
        if c.base + m.start("obj") <= x.start < c.base + m.end("obj") and not x.group and len(x.drivers) == 1
    ][:1]
    leader = owner_left(c, c.base + m.start(), close_any=False)[:1]
    if not led or not leader or led[0].drivers[0] in leader:
        return []
    return [
        Fact("finish", leader[0], c.index, position=1),
        Fact("finish", led[0].drivers[0], c.index, position=2),
    ]


# "winning from Sebastian Vettel and Pierre Gasly", "won ahead of Bottas and Verstappen", "won voor Bottas en
# Verstappen": the two after it were second and third
_WON_FROM_RE = re.compile(
    r"\b(?:won|wins|winning|win|victory|won it|wint|won het)\s+(?:the\s+race\s+|de\s+race\s+)?"
    # ("a handsome win in F1 Imola GP from Mercedes' Lewis Hamilton": the race named between, a team's
    # possessive before the name)
    r"(?:in\s+(?:[\w-]+\s+){1,4}?)?(?:from|ahead of|voor)\s+(?:[\w-]+['’]s?\s+)?$"
)


def won_from(c: Clause, so_far: list[Fact]) -> list[Fact]:
    """Second and third told by the win ahead of them: "Perez took victory, winning from Vettel and Gasly"."""
    if not any(w in c.text for w in ("won", "win", "victory")):
        return []
    named = [x for x in c.mentions if not x.group and len(x.drivers) == 1]
    for a, b in itertools.pairwise(named):
        if (
            _WON_FROM_RE.search(c.f, max(0, a.start - 70), a.start)
            and _POSSESSED_JOIN_RE.fullmatch(c.f, a.end, b.start)
            and not any(x.kind == "finish" and x.driver in (*a.drivers, *b.drivers) for x in so_far)
            and not _PLACE_AFTER_PAIR_RE.match(c.f, b.end)
        ):
            return [
                Fact("finish", a.drivers[0], c.index, position=2),
                Fact("finish", b.drivers[0], c.index, position=3),
            ]
    return []


# "X and Y", "X and McLaren's Y": the pair joined (a team's possessive before the second)
_POSSESSED_JOIN_RE = re.compile(r"\s+(?:en|and|&)\s+(?:[\w-]+['’]s?\s+)?")
# ("won from Vettel and Gasly, who started tenth": a place of theirs told right after is another moment's)
_PLACE_AFTER_PAIR_RE = re.compile(r"\s*,?\s+(?:who|die)\b")


_PODIUM_STEP_RE = re.compile(
    r"\b(hoogste|highest|top|tweede|second|derde|third)\s+(?:trede|treetje|step)\s+(?:van|of)\s+(?:het|the)\s+"
    r"(?:podium|rostrum|ereschavot)\b"
)


_LAST_SPOT_RE = re.compile(r"\b(?:laatste|final|last)\b")
# the one who took the last spot: right before its verb ("Raikkonen stole the final place on the podium"),
# else after "with" ("Mercedes took the final podium spot with Hamilton")
# ("nadat hij in de Grand Prix van Emilia-Romagna het laatste podiumplekje pakte": the verb last)
_TOOK_GAP_RE = re.compile(r"\s+(?:[\w'-]+\s+){0,8}")
_WITH_GAP_RE = re.compile(r"\s+(?:with|met)\s+")


def _last_spot_owner(c: Clause, third: re.Match[str]) -> tuple[str, ...]:
    start, end = c.base + third.start(), c.base + third.end()
    single = [m for m in c.mentions if not m.group and len(m.drivers) == 1]
    after = [m for m in single if m.start > end and _WITH_GAP_RE.fullmatch(c.f, end, m.start)]
    if after:
        return after[0].drivers
    # (not "Norris passed Leclerc to take the last podium spot": the one passed is no subject)
    before = [m for m in single if m.end <= start and _TOOK_GAP_RE.fullmatch(c.f, m.end, start)]
    return before[-1].drivers if before and not before[-1].is_object else ()


def podium(c: Clause, so_far: list[Fact]) -> list[Fact]:
    """ "completed the podium" (third), else "stond op het podium" (a podium place), unless the clause
    already gave a finish; the podium listed ("het podium – Verstappen, Vettel, Kvyat"): its three places."""
    clause, base, idx = c.text, c.base, c.index
    if "podium" not in clause and "top three" not in clause:
        return []  # the substring test spares the podium patterns for the many clauses without one
    if _AGE_RECORD_RE.search(clause, 0, max(0, clause.find("podium"))):
        return []  # "De jongste coureur met een podiumplaats blijft Verstappen": a record, no podium here
    listed = _podium_list(c)
    if listed:
        return listed
    out: list[Fact] = []
    # (a place off the podium is another moment's: "made it on the podium after a start which saw him fall
    # from P2 to sixth")
    finish = any(x.kind == "finish" and (x.position is None or x.position <= 3) for x in so_far)
    third = _PODIUM_THIRD_RE.search(clause)
    if third and _ON_THE_GRID_AFTER_THIRD_RE.match(clause, third.end()):
        return []  # "with Verstappen and Leclerc rounding off the top three on the grid": the start
    before_third = [m for m in c.mentions if third and m.end <= base + third.start() and not m.group]
    listed_before = group_ending_at(before_third, len(before_third) - 1, c.f) if before_third else ()
    if (
        len(listed_before) < 2
        and len(before_third) >= 2
        and PAIR_JOIN_RE.fullmatch(c.f, before_third[-2].end, before_third[-1].start)
    ):
        # ("with Hamilton and Perez completing the podium": the pair after "with", objects of it)
        listed_before = tuple(d for m in before_third[-2:] for d in m.drivers[:1])
    if (
        third
        and not finish
        and 2 <= len(listed_before) <= 3
        and not c.f[before_third[-1].end : base + third.start()].strip()
    ):
        # "Max Verstappen and Lewis Hamilton rounded off the podium", "Hamilton, Bottas and Verstappen
        # completed the top three": all on it, whose is which not told
        return [Fact("podium", d, idx) for d in listed_before]
    if third and not finish:
        spot = _LAST_SPOT_RE.search(third.group(0)) is not None
        owner = _last_spot_owner(c, third) if spot else owner_left(c, base + third.start(), close_any=False)
        for d in owner[:1]:
            out.append(Fact("finish", d, idx, position=3))
            finish = True
    completed_pair = (
        _PODIUM_COMPLETED_BY_PAIR_RE.search(clause) if "podium" in clause and not finish else None
    )
    named = [
        m
        for m in c.sentence.mentions
        if completed_pair and m.start >= base + completed_pair.end() and not m.group
    ][:2]
    if (
        completed_pair
        and len(named) == 2
        and _BY_NAME_GAP_RE.fullmatch(c.f, base + completed_pair.end(), named[0].start)
        and PAIR_JOIN_RE.fullmatch(c.f, named[0].end, named[1].start)
    ):
        # "Het podium wordt zo vervolledigd door Gasly en Sainz": the pair after it, second and third
        out += [Fact("finish", m.drivers[0], idx, position=p) for m, p in zip(named, (2, 3), strict=True)]
        finish = True
    by = _PODIUM_COMPLETED_BY_RE.search(clause) if "podium" in clause and not finish else None
    after_by = [m for m in c.mentions if m.start >= base + by.end() and not m.group][:1] if by else []
    if by and after_by and _BY_NAME_GAP_RE.fullmatch(c.f, base + by.end(), after_by[0].start):
        # "Het podium werd compleet gemaakt door (nummer drie) Lewis Hamilton", "was completed by Hamilton"
        out.append(Fact("finish", after_by[0].drivers[0], idx, position=3))
        finish = True
    joined = _JOINED_BY_ON_PODIUM_RE.search(clause) if "podium" in clause else None
    joiner = [m for m in c.mentions if joined and base + joined.start(1) <= m.start < base + joined.end(1)]
    if joiner and not joiner[-1].group:
        # "finished second and was joined by his team-mate Albon on the podium": the one after "by" too
        out.append(Fact("podium", joiner[-1].drivers[0], idx))
    step = _PODIUM_STEP_RE.search(clause) if not finish else None
    if step:
        # "stood on the second step of the podium", "op de derde trede van het podium": that place
        place = 1 if step.group(1) in ("hoogste", "highest", "top") else ordinal_value(step.group(1))
        for d in owner_left(c, base + step.start(), close_any=False)[:1]:
            out.append(Fact("finish", d, idx, position=place))
            finish = True
    off = _JUST_OFF_PODIUM_RE.search(clause) if "podium" in clause else None
    if off and not finish:
        # "viel net buiten het podium", "finished just off the podium": fourth
        for d in owner_left(c, base + off.start(), close_any=False)[:1]:
            out.append(Fact("finish", d, idx, position=4))
        return out
    on = _ON_THE_PODIUM_RE.search(clause)
    near = [m for m in c.mentions if on and m.end <= base + on.start() and not m.group][-2:]
    if len(near) == 2 and not PAIR_JOIN_RE.fullmatch(c.f, near[0].end, near[1].start):
        near = near[1:]
    if (
        on
        and near
        and _WITH_BEFORE_RE.search(c.f, max(0, near[0].start - 6), near[0].start)
        and _PODIUM_GAP_RE.fullmatch(c.f, near[-1].end, base + on.start())
    ):
        # "zakte terug naar P4, met Pérez en Hamilton voor zijn neus op het podium", "with Perez and Hamilton
        # on the podium": those after "met"/"with" stood on it
        out.extend(Fact("podium", m.drivers[0], idx) for m in near)
    pm = PODIUM_RE.search(clause)
    plural = pm is not None and _PODIUM_PLURAL_RE.match(clause, pm.start()) is not None
    if (
        pm
        and not finish
        and not plural
        and not _PODIUM_FIGHT_RE.search(clause, 0, pm.start())
        # ("a cautious cruise to the title without a podium finish", "zonder podiumplaats": none)
        and not _NO_PODIUM_BEFORE_RE.search(clause, max(0, pm.start() - 30), pm.start())
    ):
        who = owner_left(c, base + pm.start(), close_any=False)[:1]
        left = [m for m in c.mentions if m.end <= base + pm.start()]
        if who and left and left[-1].drivers[:1] == who and not left[-1].is_object and not left[-1].group:
            # "Hamilton en Pérez gingen mee naar het podium": the pair the subject names, both of them
            pair = group_ending_at(left, len(left) - 1, c.f)
            who = pair if 2 <= len(pair) <= 3 else who
        together = (
            _TOGETHER_WITH_RE.search(c.f, max(base, left[-1].start - 16), left[-1].start)
            if who and left and left[-1].drivers[:1] == who
            else None
        )
        if together:
            # "Bottas en Verstappen mochten samen met Vettel het podium op": the subject's pair too
            before = [m for m in left if m.end <= together.start() and not m.group and not m.is_object]
            if before:
                pair = group_ending_at(before, len(before) - 1, c.f)
                who = (*who, *(d for d in pair if d not in who)) if 1 <= len(pair) <= 2 else who
        told = {x.driver for x in out}
        out.extend(Fact("podium", d, idx) for d in who if d not in told)
    return out


_NO_PODIUM_BEFORE_RE = re.compile(r"\b(?:without|zonder|geen|no)\s+(?:a\s+|an\s+|een\s+)?(?:[\w-]+\s+)?$")
_ON_THE_GRID_AFTER_THIRD_RE = re.compile(
    r"(?:\s+\w+){0,3}?\s+(?:on the grid|op de grid|in qualifying|in de kwalificatie)"
)
_TOGETHER_WITH_RE = re.compile(r"\b(?:samen met|together with|alongside|naast)\s+$")
_ON_THE_PODIUM_RE = re.compile(r"\b(?:op het podium|on the podium)\b")
_WITH_BEFORE_RE = re.compile(r"\b(?:met|with)\s+$")
_PODIUM_GAP_RE = re.compile(r"(?:\s+[^,;.]{0,30}?)?\s+")


# "X moest alleen Hamilton voor zich dulden", "moest alleen Hamilton voor laten gaan": X second, the one
# named first
_ONLY_BEFORE_RE = re.compile(
    # ("alleen WK-leider Leclerc", "alleen teamgenoot Leclerc": his title or role before the name)
    r"\b(?:moest|moesten|hoefde|hoefden)\s+(?:[\w-]+\s+){0,8}?(?:alleen|enkel|slechts)\s+"
    r"(?:(?:de|het)\s+)?(?:[\w-]+-?(?:leider|genoot|sitter|coureur|rijder|kampioen)\s+)?$"
)
_ONLY_AHEAD_AFTER_RE = re.compile(
    r"\s+(?:voor zich (?:moeten )?dulden|voor (?:moeten |laten )?gaan|voor laten gaan)\b"
)


def only_one_ahead(c: Clause) -> list[Fact]:
    """ "De Nederlander moest alleen Hamilton voor zich dulden": the one named ahead is first, the subject
    second (of the session the clause is in)."""
    for m in c.mentions:
        if m.group or len(m.drivers) != 1 or not _ONLY_AHEAD_AFTER_RE.match(c.f, m.end):
            continue
        before = _ONLY_BEFORE_RE.search(c.f, max(c.base, m.start - 90), m.start)
        if before is None:
            continue
        who = [d for d in owner_left(c, before.start()) if d != m.drivers[0]]
        if not who:
            continue
        ahead, second = m.drivers[0], who[0]
        return [Fact("finish", ahead, c.index, position=1), Fact("finish", second, c.index, position=2)]
    return []


def _podium_list(c: Clause) -> list[Fact]:
    """ "het podium – Max Verstappen, Sebastian Vettel, Daniil Kvyat –", "the podium: X, Y and Z": three
    drivers named in a row right after the podium, in its order."""
    head = _PODIUM_LIST_RE.search(c.text) if "podium" in c.text else None
    if head is None:
        return []
    at = c.base + head.end()
    named = [m for m in c.sentence.mentions if m.start >= at and not m.group]
    if len(named) < 3 or any(len(m.drivers) != 1 for m in named[:3]) or c.f[at : named[0].start].strip():
        return []
    if not all(_PODIUM_LIST_GAP_RE.fullmatch(c.f, a.end, b.start) for a, b in itertools.pairwise(named[:3])):
        return []
    if len(named) > 3 and _PODIUM_LIST_GAP_RE.fullmatch(c.f, named[2].end, named[3].start):
        return []  # a longer list: not the podium alone
    return [Fact("finish", m.drivers[0], c.index, position=i) for i, m in enumerate(named[:3], 1)]


# "het podium – ", "the podium: ", "het podium bestond uit": the podium's drivers follow
_PODIUM_LIST_RE = re.compile(
    r"\b(?:het|the|een|a)\s+(?:\w+\s+)?podium\s*"
    r"(?:[–—:-]|bestond uit|bestaat uit|consisted of|was made up of)\s*"
)
_PODIUM_LIST_GAP_RE = re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?(?:,|en|and|&)\s*")
_IN_A_SESSION_AFTER_RE = re.compile(
    r"(?:(?:spot|place|position|plek|plaats|positie)\s+)?(?:in|of|van|tijdens)\s+(?:the\s+|de\s+|het\s+)?"
    r"(?:friday|saturday|vrijdag|zaterdag)(?:'s|s)?\s+(?:session|sessie|run|practice|training)"
)
_JUST_OFF_PODIUM_RE = re.compile(
    r"\b(?:eindigde|eindigt|finishte|viel|valt|werd|kwam|bleef|greep|grijpt|finished|ended|came home)\s+"
    r"(?:\w+\s+){0,2}"
    # ("greep net naast het podium": the idiom of a fourth place)
    r"(?:net|just|agonisingly|narrowly)\s+(?:buiten|naast|off|outside)\s+(?:het|the)\s+podium\b"
)
# "al zijn podiumplaatsen", "his podiums": podiums counted, not one race's
_PODIUM_PLURAL_RE = re.compile(r"podium(?:plaatsen|s\b)|podia\b")
# "zich mengen in de strijd om de podiumplaatsen", "equals Schumacher's record of podium finishes": a podium
# fought for, or another driver's record, is nobody's podium here
_PODIUM_FIGHT_RE = re.compile(
    r"\b(?:strijd|gevecht|duel|fight|battle|race|jacht|hunt) (?:om|for|voor) (?:de |het |een |the |a )?"
    r"(?:\w+ )?$|\b(?:record|recordaantal|tally) (?:of|van) (?:[\w']+ ){0,2}$"
    # "hield Verstappen van de laatste podiumplaats", "kept Verstappen off the podium": not his
    r"|\b(?:hield|hielden|houdt|kept|keeping|keeps)\b[^.;]{0,80}\b(?:van|off|of)(?: de| het| the)?"
    r"(?: laatste| last| final)? ?$"
)


# "from P1 to ...", "van P1 tot ...": the start of a range of places, no one's place
_RANGE_FROM_BEFORE_RE = re.compile(r"\b(?:from|van|vanaf)\s+(?:the\s+|de\s+)?$")
_RANGE_TO_AFTER_RE = re.compile(
    r"(?:place\s+|plaats\s+|plek\s+|positie\s+)?(?:to|tot(?: en met)?|t/m|through)\s+"
    r"(?:p\d|the\b|de\b|those\b|all\b|alle\b|last\b|laatste\b|\d|" + ORDINAL_RE + r")"
)
_RANGE_END_BEFORE_RE = re.compile(
    r"\b(?:from|van|vanaf)\s+(?:the\s+|de\s+)?(?:p\d{1,2}|\d{1,2}|" + ORDINAL_RE + r")\s+"
    r"(?:place\s+|plaats\s+|plek\s+)?(?:to|tot(?: en met)?|t/m|through)\s+(?:the\s+|de\s+)?$"
    # "points for all positions up to P10", "punten voor de plaatsen tot en met de tiende"
    r"|\b(?:positions?|places?|plaatsen|posities|plekken)\s+(?:up to|down to|tot(?: en met)?|t/m|through)\s+"
    r"(?:the\s+|de\s+)?$"
)


# "his first for 2019 and first for 17 races", "zijn eerste sinds 2012", "her second of the season": the
# ordinal of something counted (a pole, a win), no place
_OWN_BEFORE_RE = re.compile(r"\b(?:his|her|their|zijn|haar|hun)\s+$")
_POSSESSIVE_BEFORE_RE = re.compile(r"(?:\w['’]s|\b(?:his|her|their|its))\s+$")
# "Net als na de eerste werd ook dit een staande start": the first (restart) of a noun left out, after a
# preposition, with a verb right after it; an inverted place has none ("Tweede werd Bottas")
_WITHIN_A_TENTH_BEFORE_RE = re.compile(r"\b(?:binnen|within|op|by)\s+(?:een|a|de)\s+$")
_PREPOSITION_THE_BEFORE_RE = re.compile(
    r"\b(?:na|bij|tijdens|sinds|in|after|during|since|at)\s+(?:de|het|the)\s+$"
)
_OWN_TALLY_AFTER_RE = re.compile(
    r"(?:for|since|in|of|voor|sinds|van)\s+(?:(?:19|20)\d\d\b|\d+\s+(?:races|grands prix|gp's|jaar|years)\b|"
    r"(?:the|this|het|dit)\s+(?:season|seizoen|year|jaar)\b)"
    # "his ninth victory of the season and his 29th overall": his tally in all
    r"|overall\b(?!\s+(?:in|of)\s+(?:the\s+)?(?:standings|championship))"
)


_SINCE_AFTER_RE = re.compile(r"(?:sinds|sedert|since)\b")
# "blijft de nummer twee", "is nu de nummer zes" (a bare "is de nummer drie" may be a grid's order)
_IS_NOW_BEFORE_RE = re.compile(
    r"\b(?:(?:blijft|staat)\s+(?:nu\s+|nog\s+|daarmee\s+)?|is\s+(?:nu|nog|daarmee)\s+)(?:de\s+)?$"
)
_RECORD_BEFORE_RE = re.compile(r"\b(?:record|recordaantal|een record)\s+$")
_OF_N_LAPS_AFTER_RE = re.compile(r"(?:of|van)\s+(?:the\s+|de\s+)?\d{1,3}\s+(?:laps|ronden|rondes)\b")
# the verbs a bare "op plek N" needs before it: a start, an end, qualifying (or the clause's list of them)
_OP_PLACE_VERB_RE = re.compile(
    r"\b(?:start|starten|startte|startten|gestart|eindig\w*|geëindigd|geeindigd|strand\w*|gestrand|"
    r"kwalificeer\w*|gekwalificeerd|finish\w*|gefinisht|vertrek\w*|vertrok\w*|met)\b"
)
# (not after the verbs the token's own pattern names: "legde beslag op plaats 8", "eindigde op plek 4")
_BARE_OP_BEFORE_RE = re.compile(r"(?:^|\s)" + "".join(f"(?<!{verb} )" for verb in _OP_VERBS) + r"op $")
_OP_PLACE_NOT_RE = re.compile(r"\b(?:terug|naast|hem|haar|zich|sta|staat|stond|lag|reed|ligt|rijdt)\b")
_AND_NUMBER_AFTER_RE = re.compile(r"\s+(?:en|and|,)\s+(?:\d{1,2}|" + CARDINAL_RE + r")\b")
_OTHER_SERIES_AFTER_RE = re.compile(r"(?:" + _SERIES + r")|[\w-]*-race\b")


# a team's name right after an ordinal: which of its cars ("the second Red Bull"), no place
_TEAM_AFTER_RE = re.compile(
    r"(?:red bull|aston martin|alfa romeo|racing point|toro rosso|force india|racing bulls|haas|alpine|"
    r"alphatauri|williams|mclaren|mercedes|ferrari|renault|sauber)\b"
)


_TO_BECOME_AFTER_RE = re.compile(r"(?:te (?:worden|eindigen|finishen)|finishing)\b")


def _is_result_position(clause: str, m: re.Match[str]) -> bool:
    token = m.group(1)
    after = clause[m.end() :].lstrip(" ")
    if after.startswith("-place"):
        if _PLACE_RUNNER_RE.match(after):
            return False  # "then second-place runner Kimi Raikkonen": where he ran at that moment
        # "a ninth-place finish": the place's noun joined to it ("third-placed": the same)
        after = "place" + after[len("-placed"):] if after.startswith("-placed") else after[1:]
    nxt = _NEXT_WORD_RE.match(after)
    before = clause[: m.start()]
    if (
        token.startswith(("plaats", "plek", "positie"))
        and _BARE_OP_BEFORE_RE.search(before)
        and not (_OP_PLACE_VERB_RE.search(before) and not _OP_PLACE_NOT_RE.search(before[-30:]))
    ):
        # "start zondag op plek 9", "met Leclerc op plek dertien" (a start or an end told before it); not
        # "kwam terug op plek 5" (rejoined), "naast hem op plaats 2" (beside another), "sta op plek drie"
        return False
    if token.startswith(("nummer", "number", "no.")) or token == "runner-up":
        # "verkleinde het gat met de Finse nummer twee": the epithet of another driver, the object
        return not _EPITHET_OBJECT_BEFORE_RE.search(before)
    # ("scoorde een punt door tiende te worden": by finishing tenth, done; not "om derde te worden": an aim)
    strong = _STRONG_BEFORE_RE.search(before) or (
        before.endswith(("door ", "by ")) and _TO_BECOME_AFTER_RE.match(after) is not None
    )
    if _RECORD_BEFORE_RE.search(before):
        return False  # "win No 86, a record eighth at the Hungarian GP": a count of wins there
    if _IDIOM_PLACE_RE.search(clause, max(0, m.start() - 7), m.end() + 24):
        return False  # "die in de eerste plaats die promotie afdwong", "in the first place": first of all
    if _QUEUE_AFTER_RE.match(after):
        return False  # "Russell is de eerste bij het licht": first in the queue at the pit exit
    if _PAIRED_RACE_AFTER_RE.match(after):
        return False  # "tussen zijn eerste en laatste F1-race": which of his races, no place
    if (
        token in ("eerste", "first")
        and _INDEFINITE_BEFORE_RE.search(before)
        and _FIRST_TRY_AFTER_RE.match(after)
    ):
        return False  # "klokte een eerste tijd van 1:51,332", "set a first time": his opening lap, no place
    if m.group(0).endswith(("fastest", "quickest", "snelste")):
        nxt = None  # "the third-fastest time": the noun after the timesheet's place is its time
    if (
        token in ("tiende", "tenth")
        and _WITHIN_A_TENTH_BEFORE_RE.search(before[-14:])
        and not (nxt and _POS_NOUN_RE.fullmatch(nxt.group(0)))
    ):
        return False  # "Pérez volgde binnen een tiende": a tenth of a second, no place
    if nxt:
        w = nxt.group(0)
        if w in _NOT_POS_NOUNS:
            return False
        if w in _RESULT_VERBS_AFTER and _PREPOSITION_THE_BEFORE_RE.search(before[-16:]):
            return False
        if _OF_N_LAPS_AFTER_RE.match(after):
            return False  # "on the 28th of 53 laps", "in de 40ste van 57 ronden": a lap, no place
        if _OTHER_SERIES_AFTER_RE.match(after):
            return False  # "de tweede Formule 2-race", "the second F2 race": another series' race
        if _TEAM_AFTER_RE.match(after):
            return False  # "the second Red Bull of Sergio Perez", "de tweede Ferrari": a team's car
        listed = _LISTED_ORDINAL_AFTER_RE.match(after)
        if listed and listed.group(1) in _NOT_POS_NOUNS:
            return False  # "uit de eerste en tweede vrije training": the first of two sessions, no place
        if (
            not strong
            and w not in _FUNCTION_AFTER
            # ("reed vanaf plek 2 naar de leiding": where he came from, not "van plaats 20 naar 5")
            and not (w == "naar" and _FROM_PLACE_BEFORE_RE.search(before))
            and w not in _RESULT_VERBS_AFTER
            and w not in _START_VERBS_AFTER  # "moest vanaf plek 15 starten": the Dutch verb last
            # ("die zondag vanaf P1 mag starten": a modal before the verb last)
            and not (w in _START_MODALS and _START_VERB_AFTER_RE.match(clause, m.end()))
            and not _POS_NOUN_RE.fullmatch(w)
            and not grid.START_NOUN_AFTER_RE.match(clause, m.end())  # "de vierde startpositie"
            and not grid.QUALI_AFTER_RE.match(clause, m.end())  # "reed de vierde tijd", "sixteenth fastest"
        ):
            return False
    if _IN_N_RACES_RE.match(after) or _IN_N_RACES_BARE_RE.match(after) or _COUNT_AFTER_RE.match(after):
        return False
    if _SINCE_AFTER_RE.match(after):
        return False  # "de vijfde opgave van het seizoen en de eerste sinds Imola": a count, no place
    if _OWN_BEFORE_RE.search(before[-8:]) and _OWN_TALLY_AFTER_RE.match(after):
        return False  # "his 55th pole - his first for 2019", "zijn eerste sinds 2012": a count, no place
    if _POSSESSIVE_BEFORE_RE.search(before[-12:]) and (not after or after[0] in ".,;:)"):
        return False  # "the win was Bottas's third ..., and the team's 12th": a count, its noun left out
    if _RACE_NUMBER_AFTER_RE.match(after) or _ROUND_OF_AFTER_RE.match(after):
        return False  # "in de 21e en voorlaatste manche", "de 19e van 21 WK-manches"
    if _FRACTION_BEFORE_RE.search(before) and _FRACTION_AFTER_RE.match(after):
        return False  # "na twee derde van de race", "a third of the distance": a fraction
    if token == "last" and nxt is not None and nxt.group(0) in ("van", "of", "heb", "had", "hebben", "heeft"):
        return False  # "last van" (Dutch: trouble with), "the last of which"
    if (
        token == "second"
        and _ONE_SECOND_BEFORE_RE.search(before)
        and not (nxt and _POS_NOUN_RE.fullmatch(nxt.group(0)))
    ):
        return False  # "finished a second behind", "won by half a second": a second of time
    if token == "laatste" and before.endswith(("die ", "deze ")):
        return False  # "tot grote tegenzin van die laatste": the latter, no place
    if token in ("last", "laatste") and nxt is not None and nxt.group(0) in ("before", "voor"):
        return False  # "the race was the last before the break", "de laatste voor de zomerstop": no place
    if token == "last" and after.startswith(("-minute", "minute")):
        return False  # "werd last minute vervangen", "a last-minute call": a late moment, no place
    if token == "vierde" and not after.strip(" .,;") and _CELEBRATED_BEFORE_RE.search(before):
        return False  # "die zijn 70-jarig bestaan vierde": celebrated, not fourth
    if token == "vierde" and _CELEBRATED_THING_RE.search(before[-60:]) and _ITS_RE.search(before[-60:]):
        return False  # "Ferrari, dat zijn duizendste GP in mineur vierde": celebrated
    if token == "vierde" and not after.strip(" .,;") and _RELATIVE_CELEBRATED_RE.search(before[-90:]):
        return False  # "Verstappen, die zijn poleposition ook even goed met zijn monteurs vierde": celebrated
    if _NOT_RESULT_BEFORE.search(before) or _COMPARE_BEFORE_RE.search(before):
        return False
    if _IN_A_SESSION_AFTER_RE.match(after):
        return False  # "securing the first spot in the Friday's session": a place in another session
    if _EITHER_OR_AFTER_RE.match(after) or _EITHER_OR_BEFORE_RE.search(before):
        return False  # "een eerste of tweede stek": one of two places, neither told
    if (
        _RANGE_TO_AFTER_RE.match(after) and _RANGE_FROM_BEFORE_RE.search(before)
    ) or _RANGE_END_BEFORE_RE.search(before):
        return False  # "from P1 to those who retired", "van de eerste tot de tiende plaats": a range
    if _REST_OF_RACE_RE.search(clause):
        return False  # "vanaf de zesde plek ... in het restant van de race": a place held during the race
    if _COMEBACK_FROM_RE.search(before) and not grid.START_NOUN_AFTER_RE.match(clause, m.end()):
        return False  # "na een inhaalrace vanaf de achtste plaats": where the climb began, maybe no start
    retired_from = before.endswith(("vanuit ", "vanuit de ")) and (
        _OUT_AFTER_RE.match(after) or _RETIRED_IN_SENTENCE_RE.search(clause)
    )
    if _MISSED_AFTER_RE.match(after) or retired_from:
        return False  # "de tweede plaats in het kampioenschap misliep", "viel ... vanuit derde positie uit"
    # "de tweede race" handled above; "twee ronden voor het einde" is a cardinal and never matches.
    return not _LAP_BEFORE_RE.search(before)


_FROM_PLACE_BEFORE_RE = re.compile(r"\bvanaf\s+(?:de\s+)?(?:(?:plek|plaats|positie|startplek)\s+)?$")
_CAR_BEFORE_RE = re.compile(r"\b(?:auto|car|wagen)\s+$")
_BRACKETED_RE = re.compile(r"\([^()]*\)")


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group(0))


_RACE_THING_RE = re.compile(r"\b(?:lap|ronde|race|grand prix|grid|start)\b")
# a move to a place: "falls to sixth", "zakt naar de zesde plaats"
def _place_of_a_moment_beside_another(clause: str, m: re.Match[str]) -> bool:
    """Whether the place ``m`` is one of a moment told beside the place the clause gives as his result:
    "finished ninth ..., just as he had moved back up to second" (moved up to, beside a finish verb's place),
    "had to settle for P2 despite crossing the finish line first" (on the road, after the classified one)."""
    others = [x for x in ORD_TOKEN.finditer(clause) if x.start() != m.start()]
    moved = _MOVED_BACK_UP_BEFORE_RE.search(clause, max(0, m.start() - 30), m.start()) is not None and any(
        _FINISH_VERB_BEFORE_RE.search(clause, max(0, x.start() - 30), x.start()) for x in others
    )
    despite = _DESPITE_CROSSING_BEFORE_RE.search(clause, max(0, m.start() - 60), m.start()) is not None
    return moved or (despite and any(x.start() < m.start() for x in others))


# "despite crossing the finish line first", "ondanks dat hij als eerste over de streep kwam"
_DESPITE_CROSSING_BEFORE_RE = re.compile(
    r"\b(?:despite|in spite of|ondanks)\s+(?:dat\s+)?(?:\w+\s+){0,2}(?:cross\w*|taking|took|kwam|finish\w*)\b"
    r"[^,;.]*$"
)
# "had moved back up to second", "climbed up to fifth": a place reached in the race
_MOVED_BACK_UP_BEFORE_RE = re.compile(
    r"\b(?:moved|moving|climbed|climbing|fought|worked|clawed|kwam|klom|vocht|werkte)\s+(?:\w+\s+)?"
    r"(?:back\s+|terug\s+)?(?:up\s+|omhoog\s+)?(?:to|into|naar)\s+(?:de\s+|the\s+)?$"
)
_MOVED_TO_BEFORE_RE = re.compile(
    r"\b(?:falls?|fell|drops?|dropped|slips?|slipped|climbs?|climbed|moves? up|moved up|rises?|rose|"
    r"zakt|zakte|valt terug|viel terug|klimt|klom|stijgt|steeg)\s+(?:back\s+|terug\s+)?(?:to|naar)\s+"
    r"(?:de\s+|the\s+)?$"
)


_STANDS_NOW_BEFORE_RE = re.compile(
    r"\b(?:is|staat|ligt|sits|lies|remains|blijft)\s+(?:nu\s+|now\s+)?(?:de\s+|the\s+)?$"
)
# a start named right before its place, as a statistic's label: "Beste startpositie: 5e (Monaco)"
_START_NOUN_BEFORE_RE = re.compile(
    r"\b(?:startpositie|startplek|startplaats|gridpositie|gridplek|grid position|starting position|"
    r"start position|grid slot)\s*[:=-]?\s*$"
)
_CONJ_BETWEEN_RE = re.compile(
    r"\b(?:as|while|whilst|terwijl|waarmee|waardoor|which|wat|thereby|daarmee)\b"
    # "finished third to extend his championship lead": what the place did to the standings
    r"|\bto (?:extend|increase|stretch|cut|reduce|narrow|close|trim|consolidate|retain|keep|grow|boost)\b"
)
_POLE_TAKEN_RE = re.compile(
    r"\b(?:took|takes|claimed|claims|secured|secures|grabbed|snatched|clinched|earned|bagged|sealed|pakte|"
    r"veroverde)\s+(?:[\w-]+\s+){0,2}pole\b"
)
# (the race told beside the pole: "won from pole, with Verstappen second" is the race's)
_FINISH_WORD_RE = re.compile(
    r"\b(?:start\w*|led|lead|won|win|wins|victory|zege|gestart|startte|finish\w*|eindig\w*|finisht\w*|"
    r"race|podium|flag|vlag|streep|line)\b"
)
_FINISH_VERB_BEFORE_RE = re.compile(
    r"\b(?:finish|finished|finishes|eindigde|eindigt|finishte|finisht|werd)\s+(?:in\s+|als\s+|op\s+)?"
    r"(?:the\s+|de\s+)?$"
)


def word_window(text: str, start: int, end: int) -> str:
    """``text[start:end]`` without a word cut at either end: a window cut inside a word would start a new one
    ("diskwalificatie" cut to "kwalificatie" is no word of qualifying)."""
    start, end = max(0, start), min(len(text), end)
    while 0 < start < end and text[start - 1].isalnum() and text[start].isalnum():
        start += 1
    while start < end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
        end -= 1
    return text[start:end]


# "begon de tweede helft goed met een derde plaats", "started the season with a win": a stretch of races
# opened with a result, no start place
_BEGAN_A_STRETCH_WITH_RE = re.compile(
    r"\b(?:begon|begint|startte|opende|started|starts|began|opened|kicked off)\s+(?:[\w'-]+\s+){0,3}?"
    r"(?:de|het|the|his|zijn|her|haar)\s+(?:[\w-]+\s+){0,2}?(?:helft|half|seizoen|season|jaar|year|campaign|"
    r"zomer|summer|reeks|run|stretch)\b[^.;]{0,30}?\b(?:met|with)\b"
)
# a place after its label: "Qualifying: 5th", "Race: 3rd", "Kwalificatie: 7e", "Grid: P4"
_LABEL_KINDS = {
    "qualifying": "qualifying",
    "quali": "qualifying",
    "kwalificatie": "qualifying",
    "grid": "grid",
    "start": "grid",
    "race": "finish",
    "result": "finish",
    "finish": "finish",
    "uitslag": "finish",
}
_LABEL_KIND_BEFORE_RE = re.compile(r"\b(" + "|".join(_LABEL_KINDS) + r")\s*:\s*(?:p\s*)?$")


# a start right before the place, and its cause right after it: "condemned to start P14 due to a Q1 failure"
_START_VERB_BEFORE_RE = re.compile(
    r"\b(?:start|starts|started|starting|startte|starten|vertrok|vertrekt|begon)\s+(?:from\s+|vanaf\s+|als\s+|in\s+)?"
    r"(?:the\s+|de\s+)?$"
)
_CAUSE_AFTER_RE = re.compile(
    r"(?:\s+(?:on the grid|place|position|plaats|plek|positie))?\s*,?\s+(?:due to|because of|owing to|"
    r"following|vanwege|wegens|door)\b"
)


_PLACE_RUNNER_RE = re.compile(r"-placed?\s+(?:runner|man|car|driver)\b")
_PLACE_FINISH_AFTER_RE = re.compile(r"[\s-]+(?:place|plaats)\s+(?:finish|finishes|result|finale)\b")


_RECOVERED_FROM_RE = re.compile(r"\b(?:recover\w*|bounced back|bounces back|came back|comes back)\s+from\b")


def position_kind(clause: str, m: re.Match[str], races_named: bool = False) -> str:
    """What a position token in ``clause`` is: "championship", "qualifying", "grid" or "finish".
    ``races_named``: the sentence names a Grand Prix (which race a finish after the standings is of may then
    be another's: "following his successes in Australia and Bahrain ... as Hamilton could only finish
    fifth")."""
    champ = standings.CHAMP_RE.search(clause)
    if (
        champ
        # ("Verstappen came in third as he extended his lead in the championship": the standings in a clause
        # of their own after the place)
        and not (champ.start() > m.end() and _CONJ_BETWEEN_RE.search(clause, m.end(), champ.start()))
        # ("moved into the lead of the championship as Hamilton could only finish fifth": a finish told in a
        # clause of its own after the standings)
        and not (
            not races_named
            and champ.end() < m.start()
            and _CONJ_BETWEEN_RE.search(clause, champ.end(), m.start())
            and _FINISH_VERB_BEFORE_RE.search(clause, max(0, m.start() - 30), m.start())
        )
        and not _RACE_PLACE_IN_STANDINGS_RE.search(word_window(clause, m.start() - 30, m.end() + 25))
        # ("won his fifth championship with a fourth-place finish": the place of the race)
        and not _PLACE_FINISH_AFTER_RE.match(clause, m.end())
        and not _PLACE_OF_AT_RACE_RE.match(clause, m.start())
        and not _PLACE_IN_RACE_AFTER_RE.match(clause, m.end())
        # ("tightened his grip on the championship with a victory from 14th on the grid": his start)
        and not _ON_THE_GRID_AFTER_RE.match(clause, m.end())
        and not _finished_after_standing(clause, m.start(), m.end())
    ):
        return "championship"
    if (m.group(1) or "").startswith(("nummer", "number")) and _POINTS_WORD_RE.search(clause):
        return "championship"  # "is met 35 punten de nummer zes"
    is_now = _IS_NOW_BEFORE_RE.search(clause, max(0, m.start() - 20), m.start())
    if (m.group(1) or "").startswith("nummer") and is_now and not _START_WORD_RE.search(clause):
        return "championship"  # "pakte twee punten en is de nummer zes": where he stands now
    if _OVERALL_AFTER_RE.match(clause, m.end()) or _OF_STANDINGS_AFTER_RE.match(clause, m.end()):
        return "championship"  # "finished a career-low sixth overall", "werd zesde in de eindstand"
    if _AFTER_N_RACES_RE.search(clause):
        return "championship"  # "is nog altijd de nummer drie na vijf Grands Prix": a standing
    if _POINTS_IN_BEFORE_RE.search(clause, max(0, m.start() - 20), m.start()) and _GAP_WORD_RE.search(clause):
        return "championship"  # "his gap to Sainz to five points in fourth": a standing with its points
    held = _WITH_POINTS_BEFORE_RE.search(clause, max(0, m.start() - 40), m.start())
    if held and int(held.group(1)) > MAX_WEEKEND_POINTS:
        return "championship"  # "Bottas staat met 86 punten op de derde plaats": more than one weekend gives
    if _DSQ_FROM_RE.search(clause, max(0, m.start() - 60), m.start()):
        return "finish"  # "disqualified from sixth and 10th places": the places they lost, not a start
    last_point = _LAST_POINT_FROM_RE.search(clause, max(0, m.start() - 40), m.start())
    if last_point and not _ON_THE_GRID_AFTER_RE.match(clause, m.end()):
        return "finish"  # "took the final point from tenth": the place that scored it
    if _ON_THE_GRID_AFTER_RE.match(clause, m.end()):
        return "grid"  # "was pas veertiende op de grid (na pech in de kwalificatie)": where he started
    if _FRONTED_FROM_RE.match(clause, 0, m.start()) and _START_VERB_LATER_RE.search(clause, m.end()):
        return "grid"  # "Van op de twaalfde positie mocht Vandoorne aan de race beginnen"
    stands = _STANDS_BEFORE_RE.search(clause, max(0, m.start() - 60), m.start()) or _STANDS_AFTER_RE.match(
        clause, m.end()
    )
    if stands and not _START_WORD_RE.search(clause):
        return "championship"  # "an 80-point advantage over Leclerc, who stands second": where he stands
    if _DEMOTED_TO_BEFORE_RE.search(clause, max(0, m.start() - 30), m.start()) and _GRID_DROP_RE.search(
        clause
    ):
        return "grid"  # "will be demoted to ninth position after a five-place grid penalty": his start
    if clause[max(0, m.start() - 1) : m.start()] == "(" and _GRID_PLACE_VERB_RE.search(clause):
        # "Verstappen (P2) en Hamilton (P11) namen ver van elkaar plaats op de startgrid": places on the grid
        return "grid"
    if _LINED_UP_RE.search(clause):
        return "grid"  # "Verstappen schoof als derde aan", "lines up third": where he starts
    if _FINISH_VERB_AFTER_RE.match(clause, m.end()):
        return "finish"  # "Sainz - die achteraan startte - als vierde over de streep": the verb after it says
    if _START_VERB_AFTER_RE.match(clause, m.end()) or _WENT_OFF_AFTER_RE.match(clause, m.end()):
        return "grid"  # "moest vanaf plek 15 starten", "mag als vijfde vertrekken": the verb after it says
    if _POINTS_MOVE_BEFORE_RE.search(clause, max(0, m.start() - 50), m.start()):
        return "championship"  # "Räikkönen's points move him up to twelfth": the points of the standings
    if _POINTS_BEHIND_AFTER_RE.match(clause, m.end()):
        return "championship"  # "heeft als derde al 77 punten goed te maken", "third, 40 points adrift"
    if _WITH_POINTS_AFTER_RE.match(clause, m.end()):
        return "championship"  # "Vandoorne is zestiende met twaalf eenheden"
    total = _TOTAL_AFTER_RE.match(clause, m.end()) or _BARE_TOTAL_AFTER_RE.match(clause, m.end())
    if total and int(total.group(1)) > MAX_WEEKEND_POINTS:
        # "Valtteri Bottas: 2e, 223 punten", "Verstappen blijft vijfde met 148": more than one weekend gives
        return "championship"
    window = word_window(clause, m.start() - 50, m.end() + 40)
    if clause[m.start() - 1 : m.start()] == "(" and clause[m.end() : m.end() + 1] == ")":
        # "voor de van pole vertrokken Sainz (derde)": a place in brackets after a name is his result;
        # start words before the name are about his start
        # ("In de kwalificatie ... sneller dan Pérez (derde)": the clause set in qualifying, however far
        # before)
        quali = grid.QUALI_RE.search(window) or _IN_QUALIFYING_RE.search(clause, 0, m.start())
        return "qualifying" if quali else "finish"
    # "derde startplek" / "third on the grid", but "third after starting fifteenth" is no grid position
    # ("Na een chaotische start moest Verstappen toezien hoe Hamilton derde werd": a moment, no grid place)
    unmoved = _START_MOMENT_RE.sub(_blank, clause) if "start" in clause else clause
    grid_window = unmoved[max(0, m.start() - 65) : m.end()] + (
        " grid" if grid.GRID_AFTER_RE.match(clause, _past_and_last(clause, m.end())) else ""
    )
    if m.group(0).endswith(("fastest", "quickest", "snelste")):
        return "qualifying"  # "third-fastest": a timesheet's place
    # ("Hamilton (technisch probleem in kwalificatie) moest van de veertiende plek beginnen": an aside in
    # brackets does not say what the place is)
    plain = _BRACKETED_RE.sub(_blank, clause) if "(" in clause else clause
    window = word_window(plain, m.start() - 50, m.end() + 40)
    if _RACE_START_AFTER_RE.match(clause, m.end()):
        # "moest na een minder optreden in de kwalificatie als vijfde aan de race beginnen": the race's start
        return "grid"
    if _START_VERB_BEFORE_RE.search(clause, max(0, m.start() - 24), m.start()) and _CAUSE_AFTER_RE.match(
        clause, m.end()
    ):
        # "condemned to start P14 due to a Q1 hydraulics failure": where he started, qualifying only its cause
        return "grid"
    if _QUALIFY_VERB_BEFORE_RE.search(clause, max(0, m.start() - 30), m.start()):
        # "retired early in the race after a brilliant effort to qualify P4": the verb right before the place
        # says it, whatever race the clause names
        return "qualifying"
    if (
        # "na een slechte kwalificatie werd hij in de race vijftiende": the race the place is told in
        (
            (grid.QUALI_RE.search(window) or grid.QUALI_RUN_RE.search(window))
            and not _IN_RACE_RE.search(window)
        )
        or grid.QUALI_AFTER_RE.match(clause[m.end() :])
        or _IN_QUALIFYING_RE.search(plain, 0, m.start())
    ):
        return "qualifying"
    if _AWAY_FROM_BEFORE_RE.search(clause, max(0, m.start() - 40), m.start()):
        return "grid"  # "stoof weg van de zevende plek", "got away well from seventh": where he started
    if grid.START_NOUN_AFTER_RE.match(clause, m.end()) or _STARTED_ATTRIBUTE_AFTER_RE.match(clause, m.end()):
        # "secured the fourth grid slot": the noun says it, whatever the verb; "de als derde gestarte Sainz"
        return "grid"
    if _FROM_BEFORE_RE.search(clause, max(0, m.start() - 12), m.start()) and (
        grid.GRID_AFTER_RE.match(clause, m.end()) or _FINISH_BEFORE_RE.search(clause, 0, m.start())
    ):
        # "finished ninth from twentieth on the grid", "eindigde vanaf de twintigste (en laatste startplek)":
        # one finishes from where he started
        return "grid"
    # "eindigde vanaf de twintigste startplek als negende": the start phrase is its own ordinal's
    grid_window = _FROM_START_PLACE_RE.sub(" ", grid_window)
    grid_window = _START_ATTRIBUTE_RE.sub(" ", _START_NOUN_RE.sub(" ", grid_window))
    # "het seizoen begon met een derde plaats", "De samenwerking begon ... dankzij een derde plaats": the
    # season began with a result, no driver started
    grid_window = _THING_BEGAN_RE.sub(" ", grid_window)
    # "recovered from this early setback to a distant second": what he came back from, no start place
    grid_window = _RECOVERED_FROM_RE.sub(" ", grid_window)
    if clause.endswith("als ", 0, m.start()) and _FINISH_VERB_LAST_RE.match(clause, m.end()):
        # "die als laatste startte maar wel als vierde finishte": the verb after it (not "Gestart vanaf P18
        # eindigde hij als tiende": the next part's verb)
        return "finish"
    if grid.GRID_RE.search(grid_window) and not _FINISH_BEFORE_RE.search(clause[m.start() - 20 : m.start()]):
        return "grid"
    if _BEGAN_AS_BEFORE_RE.search(plain, 0, m.start()):
        return "grid"  # "begon de sprintrace wegens diskwalificatie voor ... als laatste": far from its verb
    return "finish"


# a getaway from a place: "stoof weg van de zevende plek", "got away well from seventh on the grid"
_AWAY_FROM_BEFORE_RE = re.compile(
    r"\b(?:(?:stoof|stoven|spurtte|schoot|sprong|kwam|ging|reed|vertrok)\s+(?:[\w-]+\s+){0,5}weg\s+van(?:af)?"
    r"|(?:got|gets|get|getting|pulled|shot|made)\s+(?:[\w-]+\s+){0,2}away\s+(?:[\w-]+\s+)?from)"
    r"\s+(?:de\s+|the\s+|his\s+|zijn\s+)?$"
)
_QUALIFY_VERB_BEFORE_RE = re.compile(
    r"\b(?:qualif(?:y|ied|ies|ying)|kwalificeer(?:de|den|t)(?:\s+(?:zich|hij|ze))?)\s+(?:as\s+|als\s+|in\s+)?$"
)
_START_MOMENT_RE = re.compile(r"\b(?:na|bij|after|at)\s+(?:de|een|the|a|his|zijn)\s+(?:[\w-]+\s+)?start\b")
# "Hamilton begon de sprintrace wegens ... als laatste": the start verb of the clause, the place told with
# "als" at its end, no verb of the finish or comma between
_BEGAN_AS_BEFORE_RE = re.compile(
    r"\b(?:begon|begonnen|startte|startten|vertrok|vertrokken)\b"
    r"(?:(?!\b(?:eindigde|eindigden|finishte|kwam|kwamen|werd|werden|reed|reden|en|maar|toen)\b)[^,;:])*"
    r"\bals\s+$"
)


# ("Norris staat nog tweede", "bezet nog altijd de derde plek", "staat nu derde": where he stands now)
_STANDS_BEFORE_RE = re.compile(
    r"\b(?:stands|standing)\s+(?:(?:now|still|currently)\s+)?(?:in\s+)?$"
    r"|\b(?:staat|stond|bezet|bezette|blijft|bleef)\s+(?:[\w-]+\s+){0,6}?(?:nog|nu|momenteel|inmiddels)"
    r"(?:\s+(?:altijd|steeds))?\s+(?:op\s+)?(?:de\s+)?$"
)
_RACE_START_AFTER_RE = re.compile(r"\s+(?:" + grid.RACE_BEGUN + r"|van start (?:gaan|ging|gingen|gaat))\b")
_ON_THE_GRID_AFTER_RE = re.compile(r"\s+(?:op de (?:start)?grid|on the (?:starting )?grid)\b")
# "moves to the top of the standings after Verstappen finishes 10th", "nam de leiding in het kampioenschap
# over nadat Leclerc als zesde eindigde": a finish told in a clause of its own after the standing
_FINISHED_AFTER_RE = re.compile(
    r"\b(?:after|as|while|when|nadat|terwijl|toen)\s+(?:[\w'’-]+\s+){1,4}?"
    r"(?:finish(?:es|ed)|came home|eindigde|eindigt|finishte|finisht)\s+(?:in\s+|als\s+|op\s+)?"
    r"(?:the\s+|de\s+)?$"
)


# (the Dutch verb last: "nadat Sainz in Zandvoort als zesde eindigde")
_SUBORDINATOR_BEFORE_RE = re.compile(
    r"\b(?:nadat|terwijl|toen)\s+(?:[\w'’-]+\s+){1,5}?(?:als|op)\s+(?:de\s+)?$"
)
_FINISH_VERB_LAST_RE = re.compile(
    r"\s+(?:plaats\s+|plek\s+)?(?:eindigde|finishte|over de streep kwam"
    # ("wist de race als tweede te finishen": the infinitive last)
    r"|te\s+(?:finish\w*|eindigen|beëindigen))\b"
)


def _finished_after_standing(clause: str, at: int, end: int) -> bool:
    """Whether the place at ``at`` (to ``end``) is a finish told after a subordinator, the standings named
    only before it."""
    told = _FINISHED_AFTER_RE.search(clause, max(0, at - 60), at)
    if told is None and _FINISH_VERB_LAST_RE.match(clause, end):
        told = _SUBORDINATOR_BEFORE_RE.search(clause, max(0, at - 60), at)
    return told is not None and not standings.CHAMP_RE.search(clause, told.start())


# a place a grid penalty moved him to: "demoted to ninth", "zakt terug naar de negende plaats"
_DEMOTED_TO_BEFORE_RE = re.compile(
    r"\b(?:demoted|dropped|drops|drop|relegated|moved back|sent back|bumped|zakt|zakte|teruggezet|valt terug|"
    r"viel terug|terugvallen|terugzakken|zakken|promoted|moved up|bumped up|schoof op|opgeschoven)\s+"
    r"(?:(?:down|back|terug)\s+)?(?:to|naar|tot)\s+(?:de\s+|the\s+)?$"
    # "qualified sixth, which became fifth after Hamilton served a grid penalty": the start it became
    r"|\b(?:which|that|wat|dat)\s+(?:then\s+|later\s+|eventually\s+)?"
    r"(?:became|becomes|turned into|werd|wordt)\s+(?:de\s+|the\s+)?$"
)
_GRID_PLACE_VERB_RE = re.compile(
    r"\b(?:op de (?:start)?grid|on the (?:starting )?grid|startopstelling|starting grid)\b"
)
# "took the final point from tenth", "het laatste punt vanaf de tiende plaats": the place the point came with
_LAST_POINT_FROM_RE = re.compile(
    r"\b(?:final|last|one|single|lone|laatste|enige)\s+(?:championship\s+|wk-)?(?:point|punt)\s+"
    r"(?:from|in|vanaf|van|op)\s+(?:the\s+|de\s+)?$"
)
_DSQ_FROM_RE = re.compile(
    r"\b(?:disqualified|excluded|stripped|removed)\s+(?:of|from)\s+(?:(?:the|his|their)\s+)?"
    r"(?:[\w-]+(?:\s+(?:places?|positions?))?(?:,\s+|\s+and\s+))*$"
)
_THING_BEGAN_RE = re.compile(
    r"\b(?:seizoen|jaar|samenwerking|jaargang|campagne|avontuur|loopbaan|carrière|carriere|season|year|"
    r"campaign|partnership|career|adventure)\s+(?:[\w-]+\s+){0,2}(?:begon|begint|began|begins|started|starts)\b"
)
_AND_LAST_RE = re.compile(r"\s+(?:en|and)\s+(?:laatste|last|final)\b")
_ORDINAL_AND_BEFORE_RE = re.compile(r"(?<![\w-])(?:" + ORDINAL_RE + r")\s+(?:en|and)\s+$")


def _past_and_last(clause: str, end: int) -> int:
    """Where the words after a place start, past an "en laatste" that tells it again ("20ste en laatste")."""
    m = _AND_LAST_RE.match(clause, end)
    return m.end() if m else end


_PODIUM_SPOT_AFTER_RE = re.compile(
    r"\s+(?:spot|place|step|position|plek|plaats|trede|positie)\s+(?:on|op)\s+(?:the|het)\s+podium\b"
)


def pos_value(token: str) -> int | None:
    """The position a token names: an ordinal, "laatste"/"last" (``LAST``), "runner-up", "nummer drie"."""
    t = token.strip()
    if t in ("laatste", "last"):
        return LAST
    if t == "runner-up":
        return 2
    m = _NUMBER_RE.match(t)
    if m:
        return cardinal_value(m.group(1))
    return ordinal_value(t)


# "kwam als negende over de lijn, wat werd omgezet in een achtste positie door een tijdstraf voor Alonso",
# "crossed the line ninth, which became eighth after Alonso's penalty": the place on the road, then the one it
# became (for the one who crossed the line, not the one penalised)
_CONVERTED_RE = re.compile(
    r"[,;]?\s*\b(?:wat|dat|which)\s+(?:later\s+|nog\s+)?(?:werd\s+|was\s+)?"
    r"(?:omgezet|veranderd|gewijzigd|became|turned into|was turned into|converted)\s+(?:in|into|to)?\s*"
    r"(?:een|de|a|an)?\s*(" + ORDINAL_RE + r")\b"
)


def converted(f: str, facts: list[Fact]) -> list[Fact]:
    """The sentence's place on the road made provisional, and the place it became its driver's result; a
    place the sentence gives another after the conversion (the one penalised, named after "door"/"after") is
    not read."""
    m = _CONVERTED_RE.search(f)
    value = ordinal_value(m.group(1)) if m else None
    if m is None or value is None:
        return facts
    road = [x for x in facts if x.kind == "finish" and x.status == "final" and x.position != value]
    owners = {x.driver for x in road}
    if len(owners) != 1:
        return facts
    who = owners.pop()
    out = [
        replace(x, status="provisional") if x in road else x
        for x in facts
        if not (x.kind == "finish" and x.position == value and x.driver != who)
    ]
    out.append(replace(road[-1], position=value, status="final"))
    return out
