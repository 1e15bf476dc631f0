"""Grid facts: grid and qualifying positions (their words, used by ``results.position_kind``), pole
position and pit-lane starts."""

from __future__ import annotations

import re
from dataclasses import replace

from knowledge.extract import penalties, shootout
from knowledge.extract.clauses import (
    CONDITION_OPENING_RE,
    GIVE_UP_EN,
    GIVE_UP_NL,
    WITH_NAME_BEFORE_RE,
    owner_left,
    races_in_brackets,
)
from knowledge.extract.context import Clause
from knowledge.extract.mentions import PRONOUN_RE
from knowledge.extract.model import LAST, Fact
from knowledge.extract.phrases import Phrases, alt
from knowledge.text import CARDINAL_RE, Sentence

# --- phrases ---------------------------------------------------------------------------------------

NL: Phrases = {
    # A position near these is a grid position ("vertrok vanaf de derde plaats").
    "grid": (
        r"(?:ge)?start\w*",
        "begon",
        "begint",
        r"vertr[eo]k\w*",
        "vertrekken",
        "grid",
        r"startplek\w*",
        "startopstelling",
        "startpositie",
        "opstelling",
        "vanaf",
        # "mogen zich als tweede en derde oplijnen": lining up on the grid
        r"oplijn\w*",
        "opgelijnd",
    ),
    # Right after a position: "derde startplek", "was derde gestart".
    "grid_after": (
        r"startplek\w*",
        r"startplaats\w*",
        "startpositie",
        "op de (?:start)?grid",
        "op de startopstelling",
        "grid",
        r"(?:(?:was|is|werd|had|waren|zijn)\s+)?(?:gestart|vertrokken|begonnen|van start gegaan)",
        r"(?:startte|startten|vertrok|vertrokken|begon|begonnen|moest starten|mocht starten)",
        # "na als derde te zijn gestart": the infinitive last
        r"te\s+(?:zijn\s+|hebben\s+)?(?:gestart|vertrokken|begonnen|starten|vertrekken)",
        # "moest als veertiende van start", "als veertiende aan de race moest beginnen"
        r"van start\b",
        r"aan de (?:race|wedstrijd|grand prix|gp) (?:\w+ )?(?:beginnen|begon|begonnen)",
        # "moest als twintigste beginnen", not "als derde beginnen aan de laatste ronde"
        r"beginnen(?! aan de (?:laatste|slot))",
        r"aan(?:vangen|ving|vingen|gevangen)\b|aan te vangen",  # "moest de race als zevende aanvangen"
        # the modal between, last in a subordinate clause: "terwijl Verstappen de sprint als eerste mocht
        # aanvangen"
        r"(?:mocht|moest|mag|moet|mochten|moesten)\s+(?:aanvangen|beginnen|starten|vertrekken)\b",
        r"(?:zich )?oplijn\w*",
        # "stonden als tweede en derde aan de start" (not "aan de start van Q3")
        r"aan de start(?! van\b)",
    ),
    # (not "in een kwalificatiesimulatie": a run in practice)
    "quali": (
        r"(?:ge)?kwalific(?!atie-?simulatie|atie-?run)\w*",
        "q1",
        "q2",
        "q3",
        "tijdtraining",
        "shoot-out",
    ),
    # ("In die ultieme tweede poging vlamde hij naar de eerste plek": a place set on a lap of qualifying)
    "quali_run": (
        r"(?:ultieme |allerlaatste |laatste |snelle )?"
        r"(?:eerste|tweede|laatste|ultieme|snelle) (?:poging|run)",
        "slotpoging",
    ),
    # "derde snelste" (not "snelste ronde"), "als twaalfde geplaatst", "reed de vierde tijd"
    "fastest_after": ("snelste", "geplaatst", "tijd"),
    "pitlane": ("pitstraat", "pits"),
    # ("de pitstraat gaat open": the session's opening, no start from it)
    "not_pitlane": (
        "uit de pits",
        "in de pits",
        "pitstop",
        r"pitstraat (?:is |gaat )?(?:nu |weer )?open\w*",
        # "In het begin van de race ging Ricciardo de pitstraat in": he drove into it, he did not start there
        r"(?:ging|gaat|reed|rijdt|dook|duikt|kwam|komt)\s+(?:\w+\s+){0,3}de pitstraat (?:in|binnen)",
    ),
    # ("moet de race vanuit de pitstraat beginnen")
    "start_verb": (
        r"(?:ge)?start\w*",
        r"vertr[eo]k\w*",
        "begon",
        "begonnen",
        "beginnen",
        "begint",
        "aanvangen",
        "aan te vangen",
    ),
    # where a start at the back is told: "moest achteraan starten omdat ...", "vertrok achterin"
    "back": ("helemaal achteraan", "achteraan", "achterin", "achter in het veld"),
    # "strijd om de pole", "een spannende strijd wordt voor die felbegeerde poleposition": no pole
    # ("Verstappen vocht niet eens mee om pole": he did not even fight for it)
    # (and who was tipped for it: "de belangrijkste kandidaat voor polepositie")
    "fight": (
        "strijd",
        "duel",
        "gevecht",
        r"vecht\w*",
        r"vocht\w*",
        "streed",
        "streden",
        "mee",
        r"kandida\w*",
        r"kanshebber\w*",
        r"favoriet\w*",
        r"kans\w*",  # "ik had hier kans op poleposition": a chance, no pole
        # "gingen tien coureurs op voor de laatste pole position": they went out for it
        r"(?:ging|gingen|gaat|gaan)\s+(?:[\w-]+\s+){0,4}?op",
    ),
    "fight_for": ("om", "voor", "op"),
    # the Dutch verb last: "wil voor pole vechten", "om de pole te strijden": a fight, no pole
    "fight_after": (r"(?:te )?vecht\w*", r"(?:te )?strijden", "streed", "streden", r"(?:te )?gaan"),
    # "hield Leclerc van pole", "kwam dichtbij pole": the driver named did not take it
    "kept_off": (
        r"(?:hield|hielden|houdt|hield\w*)\b[^.;]{0,80}\bvan(?: de)?",
        r"dichtbij(?: de)?",
        "net naast de",
        # "ontnam Hamilton zijn honderdste pole": a pole denied
        r"(?:ontnam|ontnamen|ontnomen|ontzegde|ontzegd)\b[^.;]{0,60}",
        # "kwam uiteindelijk bijna een tiende te kort voor pole position": missed it
        "te kort voor(?: de)?",
        # "strandt Hamilton op zeven duizendsten van zijn honderdste pole": short of it by that much
        r"op [\w,.]+ (?:duizendsten?|honderdsten?|tienden?|seconden?|sec) van"
        r"(?: zijn| de| haar)?(?: [\w-]+)?",
    ),
}
EN: Phrases = {
    # ("three-place penalty drops Hamilton to fifth": a place-sized penalty moves him on the grid)
    "grid": ("began", "begins", "lined up", "line-up", "from", r"\w+-places? penalt\w*"),
    "grid_after": (
        "on (?:the )?grid",
        "on the starting grid",
    ),
    "quali": (r"qualif\w*(?! (?:simulation|sim|run)s?\b)",),
    "quali_run": (r"(?:first|second|final|last) (?:flying )?(?:attempt|run)",),
    "fastest_after": ("fastest",),
    "pitlane": ("pit[ -]?lane",),
    "not_pitlane": ("out of the pits", "into the pits", r"pit[ -]?lane (?:is |was )?(?:now )?open\w*"),
    "start_verb": ("begins?", "began"),
    "back": (r"(?:at|from) the (?:back|rear)(?: of the (?:grid|field))?", "last on the grid"),
    # ("the driver who had looked a cert for pole position": tipped for it, no pole)
    "fight": (
        r"fight\w*",
        "fought",
        r"battl\w*",
        r"contend\w*",
        r"candidate\w*",
        r"favou?rites?",
        r"tipped",
        r"certs?",
        r"certaint\w*",
        "odds-on",
        # "the ten drivers went out for pole": an attempt, no pole
        r"(?:go|goes|going|went) out",
    ),
    "fight_for": ("for",),
    "kept_off": (
        r"(?:kept|keeping|keeps|denied|denying)\b[^.;]{0,80}\b(?:off|of)(?: the)?",
        r"close to(?: the)?",
        # "denying Hamilton his 100th career pole": a pole denied
        r"(?:denied|denying|denies)\b[^.;]{0,60}",
        # "fell a tenth short of pole", "as they chased the pole": missed, aimed at
        r"short of(?: the| his| a)?(?: [\w-]+)?",
        # "missed out on pole by seven thousandths" is told after: see the negated pole
        # (not "chased his pole-sitting teammate Piastri": a title of the one chased)
        r"(?:chas\w*|hunt\w*|eyeing|targeting)(?: (?:the|that|a|an))?"
        r"(?: (?!pole|his\b|her\b|their\b)[\w-]+)?",
    ),
}

# the race begun, told with a start: "moest als vijfde aan de race beginnen", "die vanuit de pits aan de race
RACE_BEGUN = r"aan de (?:race|wedstrijd|grand prix|gp)\s+(?:\w+\s+)?(?:beginnen|begon|begonnen|begint)"
GRID_RE = re.compile(r"\b(?:" + alt(NL["grid"], EN["grid"]) + r")\b")  # tested only
# Only tested for (at the start of what follows the position).
GRID_AFTER_RE = re.compile(  # "van de vierde plek gestart": the place noun may stand between
    r"\s+(?:(?:plaats|plek|positie|place|position|spot)\s+)?(?:"
    + alt(EN["grid_after"], NL["grid_after"])
    + r")\b"
)
# A start noun right after the position names the kind itself: "de vierde startpositie", "fourth grid slot".
START_NOUN_AFTER_RE = re.compile(
    r"\s+(?:startplek\w*|startplaats\w*|startpositie|(?:grid|starting) (?:slot|position|spot|place))\b"
)
QUALI_RE = re.compile(r"\b(?:" + alt(NL["quali"], EN["quali"]) + r")\b")  # tested only
QUALI_RUN_RE = re.compile(r"\b(?:" + alt(NL["quali_run"], EN["quali_run"]) + r")\b")  # tested only
QUALI_AFTER_RE = re.compile(  # tested only
    r"\s+(?:" + alt(EN["fastest_after"], NL["fastest_after"]) + r")\b(?!\s+(?:lap|ronde))"
)
PITLANE_RE = re.compile(r"\b(?:" + alt(NL["pitlane"], EN["pitlane"]) + r")\b")  # only its start is used
_NOT_PITLANE_RE = re.compile(r"\b(?:" + alt(NL["not_pitlane"], EN["not_pitlane"]) + r")\b")  # tested only
_START_VERB_RE = re.compile(r"\b(?:" + alt(NL["start_verb"], EN["start_verb"]) + r")\b")  # tested only
_BACK_RE = re.compile(r"\b(?:" + alt(NL["back"], EN["back"]) + r")\b")  # only its span is used
# "pole positions", "poles" (a count) are no pole of this race.
# A restart: its order is no start of the race ("bij de herstart als derde op de grid")
RESTART_RE = re.compile(r"\b(?:herstart\w*|restart\w*|re-start\w*|hervatting|tweede start|second start)\b")
POLE_RE = re.compile(
    # ("pole-position man Pérez": a title, as "pole-sitter")
    r"\bpole(?:[- ]?positi(?:on|e)(?:[- ]man\b)?|[- ]?sitter|[- ]sitting|man|pakker)?"
    r"(?!s\b|\s+positions|[a-z])"
)
# the pole words that are a title of one driver ("polesitter Bottas", "his pole-sitting teammate Bottas")
_POLE_TITLE_ENDS = ("sitter", "sitting", "man", "pakker")
# "de van pole gestarte Fin": an article before the pole phrase makes it a noun phrase's attribute
_ATTRIBUTIVE_BEFORE_RE = re.compile(
    r"\b(?:de|het|een|the)\s+(?:vanaf|vanop|van op|van|from|op)\s+(?:de\s+|the\s+)?$"
)
# "Bottas starts fourth, 0.39s behind the pole-sitter", "op een tiende van de poleman": the title after a
# preposition is someone else than the one the clause is about
_TITLE_AS_OBJECT_RE = re.compile(
    r"\b(?:behind|achter|ahead of|in front of|than|dan|to|naar|op|off|on|van|of|over|with|met|beside|naast|"
    r"alongside|tegen|against|"
    # ("Verstappen passed the polesitter at the start": the one passed, unnamed)
    r"passed|overtook|beat|caught|hit|passeerde|versloeg|inhalen|raakte)\s+(?:the|de|het)\s+(?:[\w-]+\s+)?$"
)
_NEW_NOUN_PHRASE_RE = re.compile(r"\b(?:de|het|een|the|a|an)\s")
_POLE_MODIFIER_RE = re.compile(r"\s+(?:\w+\s+)?(?:vertrokken|gestart\w*|starter|starting)\b")
# (and a record: "de jongste polepakker in de geschiedenis", "the youngest pole-sitter")
_POLE_COUNT_RE = re.compile(
    # ("led every lap from pole", "leidde vanaf pole elke ronde": the laps of this race, no tally)
    r"\b(?:more|most|record|meeste|meer|aantal|jongste|oudste|youngest|oldest)\b"
    r"|\b(?:every|each|elke|iedere)\b(?! (?:single )?(?:lap|ronde|rondje|bocht|corner)\b)"
    # "met negen keer pole position", "twee keer pole", "on pole six times": a tally
    # ("tien keer kwalificeerde Verstappen zich op de pole-position": the verb and his name between)
    r"|\b(?:\d+|" + CARDINAL_RE + r") ?(?:keer|maal|times) (?:[\w-]+ ){0,6}(?:op |on )?(?:de |the )?pole"
    r"|\bpole(?: position)? (?:\w+ ){0,2}(?:\d+|" + CARDINAL_RE + r") (?:keer|maal|times)\b"
    # "1 Pole Position", "15 Pole Positions" in a team's statistics: a tally
    r"|^\W*\d+ pole[- ]?positions?\W*$"
)
_POLE_HELD_BY_RE = re.compile(
    r"[^.;]{0,30}?\b(?:in handen van|went to|belongs to|is van|goes to|ging naar|gaat naar|"
    # "beiden niet gestart op pole, die was voor de teruggevallen Pérez"
    r"(?:die|dat|which) (?:was|is|ging|went) (?:voor|naar|to))\s+"
    r"(?:(?:de|the)\s+(?:[\w-]+\s+)?)?"
)
_RELATIVE_BEFORE_POLE_RE = re.compile(r"(\s*,?\s+(?:die|who)\s+)(?:[\w-]+\s+){0,5}$")
_PARTICIPLE_BEFORE_POLE_RE = re.compile(
    r"\s*,\s*(?:begonnen|gestart|vertrokken|started|starting|having started)\s+(?:vanaf|vanop|van|from|on)\s+"
    r"(?:de\s+|the\s+)?$"
)
# ("met George Russell voor het eerst op poleposition": for the first time)
_IS_THE_RE = re.compile(r"\s+(?:was|is|werd|wordt|became|remains|bleef)\s+(?:the|de)\s+")
_FROM_POLE_GAP_RE = re.compile(
    r"\s+(?:(?:voor het eerst|for the first time|opnieuw|weer|again)\s+)?(?:vanaf|van|op|from|on)\s+"
    r"(?:de\s+|the\s+)?"
)
_POLE_FOR_RE = re.compile(r"\s+(?:for|voor)\s+(?:(?:de|the)\s+\w+\s+)?")
# "om Leclerc van de poleposition af te houden": the verb that keeps him off comes after the pole
# ("maakte Verstappen diens pole position afhandig": taken from him)
_KEPT_OFF_AFTER_RE = re.compile(
    r"\s+(?:(?:position|positie)\s+)?(?:af te houden|afhouden|afhield|afhielden|weg te houden|weghouden|"
    # ("verwacht niet dat het hem de pole kostte": a pole lost, the verb last)
    r"afhandig|kostte|kost|kosten|gekost)\b"
)
_KEPT_OFF_RE = re.compile(r"\b(?:" + alt(NL["kept_off"], EN["kept_off"]) + r")\s+$")  # tested only
# "Leclerc's (second successive) pole", "Bottas' pole time"
_OWNED_POLE_GAP_RE = re.compile(r"(?:'s|’s|'|’)?\s+(?:[\w-]+\s+){0,2}")
_POLE_FIGHT_RE = re.compile(  # tested only
    r"\b(?:"
    + alt(NL["fight"], EN["fight"])
    + r")\s+(?:[\w-]+\s+){0,2}?(?:"
    + alt(NL["fight_for"], EN["fight_for"])
    + r")\s+(?:(?:de|the|die|deze|that|this)\s+)?(?:[\w-]+\s+)?$"
)


_PROVISIONAL_BEFORE_RE = re.compile(r"\b(?:provisional(?:ly)?|voorlopig\w*)\s+(?:\w+\s+)?$")
_NEGATED_POLE_RE = re.compile(
    r"\b(?:geen|no|not|niet|never|nooit|zonder|without|failed to|\w+n['’]t|did not|missen|mist|miste|misliep|"
    r"misloopt|mislopen|missed|missing|missed out on|lost|loses|verloor|verliest|stripped of|ontnomen|"
    r"prevented|kostte \w+|kost \w+|kosten \w+|cost \w+|costs \w+|" + GIVE_UP_EN + r"|forfeit\w*|"
    # ("foutje kostte tijd, maar niet doorslaggevend voor pole": what did not decide it, he did not get it)
    r"(?:niet|not) (?:doorslaggevend|beslissend|decisive|genoeg|enough) (?:voor|for))\s+"
    # ("must hand pole to Verstappen", "ceded pole": given up to another)
    # ("which cost him a potential pole": one he might have had)
    r"(?:(?:take|get|claim|grab|the|de|op|on|a|his|over|potential|possible|mogelijke|zekere|start|from)\s+)"
    r"{0,2}$"
)
# "stripped of his Mexican GP pole position", "werd ontdaan van zijn pole": the race's name may stand between
_STRIPPED_OF_POLE_RE = re.compile(
    r"\b(?:stripped|ontdaan|beroofd) (?:of|van) (?:his|her|the|zijn|haar|de) (?:[\w-]+\s+){0,3}$"
)
# "he won't convert it into pole position", "zal niet van pole starten": a pole he will not have
_WONT_BEFORE_RE = re.compile(
    r"\b(?:won't|wont|will not|wouldn't|would not|can't|cannot|couldn't|could not|zal niet|zou niet|kan niet|"
    r"kon niet|could have|should have|would have|might have)\b[^.;,]{0,40}$"
    # "leek met overmacht naar poleposition te rijden", "looked set for pole": what seemed, not what came
    # ("Räikkönen leek met 1.31.182 op weg naar pole position": a lap time's points are no sentence end)
    r"|\b(?:leek|leken|lijkt|scheen|looked set|seemed set|looked like|seemed)\b"
    r"(?:[^.;,]|(?<=\d)[.,:](?=\d)){0,40}$"
    # "a time not quite good enough to beat his teammate to pole", "niet snel genoeg voor pole": not his
    r"|\b(?:not (?:quite )?(?:good|fast|quick) enough|niet (?:snel|goed|rap) genoeg)\b[^.;]{0,50}$"
    # "loses out qualifying for pole to Hamilton", "killing his chances for pole": not his
    r"|\b(?:loses? out|lost out|losing out|chances? (?:of|for|at)|kansen? (?:op|voor))\b[^.;,]{0,30}$"
    # "had op papier een goede kans om voor het eerst in zijn loopbaan poleposition te veroveren": a chance
    r"|\b(?:kans|kansen|chance|chances) (?:om|to)\b[^.;,]{0,60}$"
)
# "Verstappen inherits pole", "erft Leclerc de pole": the driver right before the verb takes it
_POLE_SHOOTOUT_RE = re.compile(r"[\s-]*shoot-?out\b")
# "a 97th pole in Formula 1 for Hamilton", "de 30ste pole uit zijn carrière voor Verstappen"
_POLE_FOR_AFTER_RE = re.compile(
    # ("Pole position: Leclerc", "Pole - Leclerc": a label, its name after it)
    r"(?:[- ]?(?:position|positie))?\s*[:\-–]\s*(?=[a-z])|"
    r"(?:\s+(?:position|positie))?"
    r"(?:\s+(?:in|of|uit|van)\s+(?:formula 1|formule 1|f1|his career|zijn carrière))?"
    r"\s+(?:for|voor)\s+(?:(?:the\s+|de\s+)?[\w'-]+\s+)?(?=[a-z])"
)
_OTHER_THING_LOST_RE = re.compile(
    r"\b(?:de leiding|the lead|de koppositie|zijn plaats|zijn plek|his place|his position|de zege|the win|"
    r"zijn voorsprong|his advantage)\b"
)
_TAKER_GAP_RE = re.compile(r"\s+(?:inherits?|inherited|erft|erfde|overerft)\s+(?:the\s+|de\s+)?")
# "is zijn pole position in Mexico kwijtgeraakt", "om hem zijn pole te ontnemen": the pole was taken away
_POLE_LOST_AFTER_RE = re.compile(
    # (a decimal point is no stop: "liep hij de pole op slechts 0.067 seconde mis")
    r"(?:[^.;,]|\.(?=\d)){0,60}?\b(?:kwijt\w*|te ontnemen|ontnomen|afgenomen|afgepakt|is taken away|"
    r"was taken away|"
    # ("Pole verliezen op drie tienden van een seconde is vervelend": a pole lost)
    r"verliezen|verloren|verspelen|verspeeld|" + GIVE_UP_NL + r"|had to give up|"
    # ("pole was buiten bereik", "liep de pole mis": out of reach, missed)
    r"buiten (?:\w+ )?bereik|out of (?:\w+ )?reach|beyond (?:\w+ )?reach|mis|"
    # ("wist dat poleposition er in Monza niet in zat", "pole zat er niet in": not within reach)
    r"niet in (?:zat|zit|zou zitten)|(?:zat|zit) er (?:[\w-]+ ){0,3}?niet in)\b"
    # ("moet de pole morgen door een gridstraf afstaan aan Verstappen": given up)
)
# "snoepte Verstappen de pole af", "om Pérez en Verstappen de pole position af te snoepen": the one named
# right before the pole lost it to the subject
_SNATCHED_AFTER_RE = re.compile(
    r"\s+(?:\w+\s+){0,3}?(?:af te (?:snoepen|pakken|nemen)|afsnoep\w*|afgesnoept|afpakte\w*|afgepakt|"
    r"afhandig\w*|ontfutsel\w*|af)\b"
)
_DATIVE_BEFORE_RE = re.compile(r"\b(?:hem|haar|hen|hun)\s+(?:de|het|zijn)\s+$")
_ARTICLE_GAP_RE = re.compile(r"\s+(?:de|het|zijn|haar)\s+")
_LIST_GAP_RE = re.compile(r"(?:\s*,\s*|\s+(?:en|and)\s+)(?:[\w'-]+\s+){0,3}?")
_NOT_ON_POLE_RE = re.compile(
    r"\b(?:niet|not|geen|never|nooit)\s+(?:\w+\s+){0,2}(?:op|from|on|vanaf|van)\s+(?:de\s+|the\s+)?$"
)


def _placed(so_far: list[Fact]) -> set[str]:
    """The drivers the clause's facts so far already gave a start or qualifying place."""
    return {x.driver for x in so_far if x.kind in ("grid", "qualifying")}


# "moest het in de strijd om poleposition afleggen tegen Hamilton", "lost out to": the one it was lost to
_POLE_LOST_TO_RE = re.compile(
    r"[^.;,]{0,30}?\b(?:afleggen tegen|aflegde tegen|af moest leggen tegen|verloor van|lost out to|"
    r"beaten (?:to it )?by)\s+(?:(?:de|the)\s+)?"
)
_BEATEN_TO_BEFORE_RE = re.compile(r"\b(?:beaten|pipped|edged out)\s+to\s+(?:the\s+)?$")
_LOST_TO_BEFORE_RE = re.compile(
    r"\b(?:(?:losing|lost|loses|lose)(?:\s+out)?\s+to|(?:verloor|verliest|verloren|verliezen)\s+(?:\w+\s+)?van|"
    r"(?:afleggen|aflegde|aflegden)\s+tegen)\s+$"
)
_IN_THE_FIGHT_FOR_RE = re.compile(
    r"\s+(?:in|on)\s+(?:the|de|het)\s+(?:[\w-]+\s+)?(?:battle|fight|race|duel|scrap|strijd|gevecht|duel)\s+"
    r"(?:for|om)\s+(?:the\s+|de\s+)?"
)
_BY_AFTER_RE = re.compile(r"(?:\s+position)?\s+by\s+")
# "had aangegeven zondag van poleposition te moeten starten": what he said he needed, an infinitive of a
# modal ("wist de pole te pakken" took it)
_MEASURED_AGAINST_RE = re.compile(r"\b(?:off|behind|from|to|van|achter|op|tot)\s+(?:the|de|het)\s+$")
_TIME_AFTER_RE = re.compile(r"\s*(?:-\s*)?(?:times?|tijd)\b")
# "wil voor pole vechten", "om de pole te strijden": the Dutch verb of a fight last, after the pole
_FOUGHT_AFTER_RE = re.compile(
    r"(?:\s+(?:positi(?:on|e)|mee))?(?:\s+(?:moest|moet|moeten|wil|wilde|willen|zal|zou|kan|kon))?"
    r"\s+(?:" + alt(NL["fight_after"]) + r")\b"
)
# "gives Bottas the Brazilian GP pole", "bezorgde Leclerc de pole": the driver after the verb receives it
_GIVE_VERB_BEFORE_RE = re.compile(
    r"\b(?:gave|gives|given|giving|handed|hands|handing|geeft|gaf|gaven|bezorgde|bezorgt|schonk|schenkt)"
    r"\s+(?:\w+\s+)?$"
)
_GIVEN_POLE_GAP_RE = re.compile(r"\s+(?:(?:the|de|het|a|een)\s+)?(?:[\w-]+\s+){0,3}?")
# "new pole-sitter Bottas": the one a pole passed to, named after it
_NEW_BEFORE_RE = re.compile(r"\b(?:new|nieuwe)\s+$")
_FOR_BEFORE_RE = re.compile(r"\b(?:om|voor)\s+(?:de\s+)?$")
# ("om pole te kunnen pakken"; "had op pole kunnen staan", "could have been on pole": might have been)
_POLE_INFINITIVE_AFTER_RE = re.compile(
    r"(?:\s+[\w-]+){0,2}?\s+te\s+(?:moeten|willen|kunnen)\b"
    r"|(?:\s+[\w-]+){0,2}?\s+(?:kunnen|moeten|mogen)\s+(?:staan|pakken|veroveren|hebben|zijn|starten)\b"
)
# "had pole position in his hands until he made a slight mistake", "had de pole in handen tot": for a while
_HAD_BEFORE_RE = re.compile(r"\b(?:had|hield|held|heeft)\s+(?:[\w-]+\s+){0,2}$")
_UNTIL_AFTER_RE = re.compile(r"[^.;]{0,40}?\b(?:until|tot)\b")
_POLE_HEADING_RE = re.compile(
    r"\W*(?:de |the |strijd om (?:de )?|battle for )?pole(?:[- ]?positi(?:on|e))?\W*"
)


# a verb between a pole title and the name after it: the name is no apposition of the title
_VERB_IN_GAP_RE = re.compile(
    r"\b(?:was|is|were|are|werd|wordt|had|has|have|heeft|got|gets|by|door|met|with|and|en|but|maar)\b"
)


_ENOUGH_FOR_BEFORE_RE = re.compile(
    r"\b(?:genoeg|voldoende|enough|sufficient)\s+(?:voor|for)\s+(?:de |the )?$"
)


def pole(c: Clause, so_far: list[Fact]) -> list[Fact]:
    """ "pakte de pole", "took pole position": grid position 1, unless the clause gave its driver a grid
    position."""
    clause = c.text
    pm = POLE_RE.search(clause)
    if not pm:
        return []
    lost_to = _POLE_LOST_TO_RE.match(c.f, c.base + pm.end()) or (
        _BY_AFTER_RE.match(c.f, c.base + pm.end())
        if _BEATEN_TO_BEFORE_RE.search(clause, max(0, pm.start() - 20), pm.start())
        else None
    )
    winner = [m for m in c.sentence.mentions if lost_to and m.start == lost_to.end() and not m.group]
    # "narrowly losing to Bottas in the battle for pole", "verloor van Bottas in de strijd om pole": the one
    # it was lost to, named before the fight
    winner = winner or [
        m
        for m in c.sentence.mentions
        if c.base <= m.end <= c.base + pm.start()
        and not m.group
        and _LOST_TO_BEFORE_RE.search(c.f, max(0, m.start - 40), m.start)
        and _IN_THE_FIGHT_FOR_RE.fullmatch(c.f, m.end, c.base + pm.start())
    ]
    if winner:
        # "moest het in de strijd om poleposition afleggen tegen Lewis Hamilton", "was beaten to pole by
        # Hamilton": the one it was lost to took it
        return [Fact("grid", d, c.index, position=1, detail="pole") for d in winner[0].drivers[:1]]
    if (
        _POLE_FIGHT_RE.search(clause[: pm.start()])
        or _POLE_COUNT_RE.search(clause)
        or _KEPT_OFF_RE.search(clause[: pm.start()])
        or _KEPT_OFF_AFTER_RE.match(clause, pm.end())
        or _PROVISIONAL_BEFORE_RE.search(clause, max(0, pm.start() - 30), pm.start())
        or (
            _HAD_BEFORE_RE.search(clause, max(0, pm.start() - 25), pm.start())
            and _UNTIL_AFTER_RE.match(clause, pm.end())
        )
        or _POLE_INFINITIVE_AFTER_RE.match(clause, pm.end())
        or (
            _FOR_BEFORE_RE.search(clause, max(0, pm.start() - 12), pm.start())
            and _FOUGHT_AFTER_RE.match(clause, pm.end())
        )
        # "bleek het minimale verschil met Hamilton genoeg voor pole": enough for someone's pole, whose the
        # clause does not name
        or (
            _ENOUGH_FOR_BEFORE_RE.search(clause, max(0, pm.start() - 25), pm.start())
            and not [
                m for m in c.mentions if not m.is_object and not m.group and m.end <= c.base + pm.start()
            ]
        )
    ):
        # "strijd om de pole", "zijn tiende pole", "hield Leclerc van pole", "claiming provisional pole": no
        # pole of his
        return []
    held = _POLE_HELD_BY_RE.match(c.f, c.base + pm.end())
    held_by = [m for m in c.sentence.mentions if held and m.start == held.end()]
    if _NOT_ON_POLE_RE.search(clause[max(0, pm.start() - 40) : pm.start()]):
        # "beiden niet gestart op pole, die was voor Pérez": not theirs; the one it went to
        return [
            Fact("grid", d, c.index, position=1, detail="pole")
            for d in (held_by[0].drivers if held_by else ())
        ]
    lost = _POLE_LOST_AFTER_RE.match(clause, pm.end())
    if lost and _OTHER_THING_LOST_RE.search(clause, pm.end(), lost.end()):
        lost = None  # "Polesitter Vettel had de leiding eerder verloren": the lead lost, not the pole
    if _STRIPPED_OF_POLE_RE.search(clause, max(0, pm.start() - 50), pm.start()):
        # "Verstappen has been stripped of his pole position": he was fastest in qualifying, the start is
        # another's
        who = owner_left(c, c.base + pm.start())
        return [Fact("qualifying", d, c.index, position=1) for d in who[:1] if d not in _placed(so_far)]
    if (
        _NEGATED_POLE_RE.search(clause, max(0, pm.start() - 30), pm.start())
        or lost
        or _WONT_BEFORE_RE.search(clause, max(0, pm.start() - 50), pm.start())
    ):
        # "dat hij dit keer geen pole position wist te pakken", "did not take pole", "is zijn pole position
        # kwijtgeraakt", "besloten hem zijn pole position te ontnemen"
        return []
    if races_in_brackets(c, c.base + pm.start()):
        return []  # "Leclerc (Bahrein 2019) en Alonso (Maleisië 2003) ... poleposition": each his own
    if _MEASURED_AGAINST_RE.search(clause, max(0, pm.start() - 12), pm.start()) and _TIME_AFTER_RE.match(
        clause, pm.end()
    ):
        return []  # "0.643 seconds off the pole time": a time another is measured against, no pole of his
    if _POLE_SHOOTOUT_RE.match(clause, pm.end()):
        return []  # "the first runs of the pole shootout": Q3, no pole
    if _POLE_HEADING_RE.fullmatch(c.f):
        return []  # "Pole position" alone on its line: a heading over what follows, no one's pole
    who = owner_left(c, c.base + pm.start())
    for_whom = _POLE_FOR_AFTER_RE.match(c.f, c.base + pm.end())
    got_it = [m for m in c.sentence.mentions if for_whom and m.start == for_whom.end() and not m.group]
    if got_it:
        who = got_it[0].drivers  # "It was a 97th pole in Formula 1 for Hamilton": the one it was for
    given = [
        m
        for m in c.mentions
        if not m.group
        and _GIVE_VERB_BEFORE_RE.search(c.f, max(0, m.start - 24), m.start)
        and _GIVEN_POLE_GAP_RE.fullmatch(c.f, m.end, c.base + pm.start())
    ]
    if given:
        # "the win officially gives Bottas the Brazilian GP pole position": the one it is given to
        who = given[-1].drivers
    if _SNATCHED_AFTER_RE.match(clause, pm.end()):
        # "Leclerc snoepte Verstappen de pole af", "om Pérez en Verstappen de pole af te snoepen", "hem de
        # pole afsnoepte": the one named (or "hem") right before "de pole" lost it; the one named before him
        # took it ("Leclerc pakte de pole af": his)
        before = [m for m in c.mentions if m.end <= c.base + pm.start() and not m.group]
        if _DATIVE_BEFORE_RE.search(clause, 0, pm.start()):
            who = ()
        elif before and _ARTICLE_GAP_RE.fullmatch(c.f, before[-1].end, c.base + pm.start()):
            takers = [m for m in before if not _LIST_GAP_RE.fullmatch(c.f, m.end, before[-1].start)]
            who = takers[0].drivers if len(takers) >= 2 and not takers[0].is_object else ()
    owned = [
        m
        for m in c.mentions
        # ("Bottas' staggering pole time": a name in s takes the apostrophe alone)
        if (
            m.label.endswith(("'s", "’s", "s'", "s’"))
            or c.f.startswith(("'s", "’s"), m.end)
            or (m.label.endswith("s") and c.f.startswith(("' ", "’ "), m.end))
        )
        and _OWNED_POLE_GAP_RE.fullmatch(c.f, m.end, c.base + pm.start())
    ]
    if owned and not owned[-1].group:
        who = owned[-1].drivers  # "Verstappen's concession confirmed Leclerc's second successive pole"
    modifier = _POLE_MODIFIER_RE.match(clause, pm.end())
    titled = False  # the title of the name right after it ("polesitter Valtteri Bottas")
    subject_of = [m for m in c.mentions if m.end <= c.base + pm.start() and not m.group]
    predicate = (
        pm.group(0).endswith(_POLE_TITLE_ENDS)
        and subject_of
        and _IS_THE_RE.fullmatch(c.f, subject_of[-1].end, c.base + pm.start())
        and not c.f.startswith(("'s", "’s", "s "), c.base + pm.end())  # ("the pole-sitter's team-mate")
    )
    if predicate:
        # "Leclerc was the pole-sitter with Hamilton starting second": the title is the subject's
        who = subject_of[-1].drivers
    elif _NEW_BEFORE_RE.search(clause, max(0, pm.start() - 8), pm.start()):
        # "With Hamilton banished to the back, new pole-sitter Verstappen ...": the one the pole passed to is
        # named after it, or not at all
        right = [m for m in c.mentions if 0 <= m.start - (c.base + pm.end()) <= 30 and not m.group]
        who = right[0].drivers if right else ()
    elif pm.group(0).endswith(_POLE_TITLE_ENDS) or modifier:
        # "de vanaf poleposition vertrokken Leclerc", "pole-sitter Hamilton": the driver after it.
        right = [m for m in c.mentions if m.start >= c.base + pm.end()]
        gap = c.f[c.base + (modifier.end() if modifier else pm.end()) : right[0].start] if right else ""
        if right and right[0].start - (c.base + pm.end()) <= 50 and _VERB_IN_GAP_RE.search(gap):
            # "after the Finnish polesitter was tagged by Ricciardo": the title is the subject of its own
            # verb, the name after that verb is another's
            who = ()
        elif right and right[0].start - (c.base + pm.end()) <= 50 and _NEW_NOUN_PHRASE_RE.search(gap):
            # "de vanop de polepositie vertrokken regerende wereldkampioen de Brit George Russell": the
            # title is the one who started from pole; the name after it begins another noun phrase
            who = ()
        elif right and right[0].start - (c.base + pm.end()) <= 50:
            who = right[0].drivers
            titled = True
        elif (
            (modifier and _ATTRIBUTIVE_BEFORE_RE.search(clause, max(0, pm.start() - 20), pm.start()))
            or (
                pm.group(0).endswith(_POLE_TITLE_ENDS)
                and all(m.end > c.base + pm.start() for m in c.mentions)
            )
            or (
                pm.group(0).endswith(_POLE_TITLE_ENDS)
                and _TITLE_AS_OBJECT_RE.search(clause, max(0, pm.start() - 30), pm.start())
            )
        ):
            # "the pole-sitter controlled the race", "waarbij de van pole gestarte Fin verdedigde", "starts
            # fourth behind the pole-sitter": an epithet for someone the sentence does not name, not the
            # driver named before it
            who = ()
    after_with = [
        m
        for m in c.mentions
        if m.drivers[:1] == tuple(who[:1])
        and m.start > c.base + pm.end()
        and not PRONOUN_RE.fullmatch(m.label.lower())  # ("met een uitbundigheid alsof hij ...": no name)
        and WITH_NAME_BEFORE_RE.search(c.f, max(0, m.start - 40), m.start)
    ]
    if who and after_with and not pm.group(0).endswith(_POLE_TITLE_ENDS):
        # "went on to clinch his fourth pole position of the season with Spanish teammate Carlos Sainz third":
        # the one after "with" has the place after him; the pole is the subject's, named before the clause
        before = [m for m in c.sentence.mentions if m.end <= c.base and not m.is_object and not m.group]
        who = before[0].drivers if before else ()
    titled_as = [m for m in c.mentions if m.start <= c.base + pm.start() < m.end and not m.group]
    if (
        titled_as
        and len(titled_as[0].drivers) == 1
        and pm.group(0).endswith(_POLE_TITLE_ENDS)
        and len(titled_as[0].label.split()) >= 2
    ):
        # "after the Finnish polesitter was tagged by Ricciardo": the title with his nationality names its
        # own driver (not "passed the polesitter": someone the sentence does not name)
        who = titled_as[0].drivers
    just_before = [m for m in c.mentions if m.end <= c.base + pm.start()]
    if just_before and _FROM_POLE_GAP_RE.fullmatch(c.f, just_before[-1].end, c.base + pm.start()):
        # "Met Magnussen vanaf pole position ging de sprint van start", "with Norris on pole": the name
        # right before it
        who = just_before[-1].drivers
    if held_by:
        who = held_by[0].drivers  # "de polepositie, want die is in handen van Verstappen", "went to X"
    appos = _PARTICIPLE_BEFORE_POLE_RE.search(c.f, max(0, c.base + pm.start() - 40), c.base + pm.start())
    named_appos = [m for m in c.sentence.mentions if appos and m.end == appos.start() and not m.group]
    if named_appos and not held_by:
        # "Verstappen haalde Sainz, begonnen vanaf pole, in": the one the participle is about
        who = named_appos[-1].drivers
    relative = _RELATIVE_BEFORE_POLE_RE.search(c.f, max(0, c.base + pm.start() - 50), c.base + pm.start())
    if relative and not held_by and not titled:
        # "dicht bij de tijd van Bottas die goed was voor pole": the one the relative clause is about (not
        # in "Verstappen, die polesitter Bottas ... zag", where the title names its own driver)
        named = [m for m in c.sentence.mentions if m.end == relative.start(1) and not m.group]
        if named:
            who = named[-1].drivers
    after = _POLE_FOR_RE.match(clause, pm.end())
    if after:
        # "locking in pole for Magnussen", "de pole voor Verstappen": the driver it is for
        right = [m for m in c.mentions if m.start == c.base + after.end()]
        if right:
            who = right[0].drivers
    at = c.base + pm.start()
    taker = [m for m in c.mentions if not m.group and _TAKER_GAP_RE.fullmatch(c.f, m.end, at)]
    if taker:
        who = taker[-1].drivers  # "meaning that Verstappen inherits pole position": the one before the verb
    placed = _placed(so_far)
    return [Fact("grid", d, c.index, position=1, detail="pole") for d in who[:1] if d not in placed]


# The best time of qualifying: "was (veruit) de snelste", "zette de snelste tijd neer", "set the fastest
# time", "topped qualifying" (not "de snelste ronde", a race's lap; nor "derde snelste", "the fastest of the
# rest", "snelste Ferrari": a place or a best among some)
_FASTEST_RE = re.compile(
    r"\b(?:(?:was|is|bleek|werd|were|proved|ended up)\s+(?:(?:veruit|duidelijk|opnieuw|weer|ook|vrijdag|"
    r"zaterdag|zondag|by far|comfortably|clearly|again|also)\s+)?(?:de |het |the )?snelste?|"
    r"(?:was|were|proved|ended up)\s+(?:(?:by far|comfortably|clearly|again|also)\s+)?(?:the )?fastest|"
    r"(?:zette|zet|klokte|klokt|reed|noteerde|realiseerde)\s+(?:[\w-]+\s+){0,6}?de (?:snelste|beste) tijd|"
    # ("nadat hij de snelste tijd noteerde", "de beste tijd had gereden": the verb last in a subordinate
    # clause)
    r"de (?:snelste|beste) tijd (?:had |heeft )?(?:noteerde|neerzette|klokte|reed|realiseerde|genoteerd|"
    r"neergezet|geklokt|gereden)|"
    r"(?:set|sets|posted|clocked|recorded)\s+(?:[\w-]+\s+){0,3}?the fastest time|"
    r"(?:topped|tops)\s+(?:the\s+)?(?:qualifying|timesheets?|times|q3))"
    r"(?=\s*(?:[,.;:!?]|$)|\s+(?:tijd|time|in|op|met|with|en|and|maar|but|tijdens|during|at|bij|vandaag|today|"
    r"neer|zaterdag|saturday|overall|van allemaal|of all)\b)"
)
# (and a hope: "hoopte dat hij de snelste tijd reed")
_NOT_FASTEST_BEFORE_RE = re.compile(
    r"\b(?:niet|geen|bijna|nearly|almost|not|never|nooit|hoopte|hoopt|hoped|hopes|wilde|wanted)\b[^,;]{0,30}$"
)
# where the sentence tells a part of qualifying, practice or the race: its best time is no qualifying result
_NOT_QUALI_RESULT_RE = re.compile(
    r"\b(?:q1|q2|training\w*|oefensessie\w*|practice|fp[123]|vt[123]|sprint\w*|race|wedstrijd|sector\w*|"
    r"speed ?trap|eerste (?:run|poging)|first runs?|longruns?|long runs?|snelheid\w*)\b"
)


def fastest(c: Clause, so_far: list[Fact]) -> list[Fact]:
    """ "Hamilton was veruit de snelste", "set the fastest time in qualifying": qualifying position 1, in a
    clause about qualifying or in a qualifying report; not after the article told of Q1 or Q2 (until it
    tells of Q3): the best time of that part."""
    clause = c.text
    if (
        "snelst" not in clause
        and "fastest" not in clause
        and "topped" not in clause
        and "tops" not in clause
        and "beste tijd" not in clause
    ):
        return []
    m = _FASTEST_RE.search(clause)
    if m is None or _NOT_FASTEST_BEFORE_RE.search(clause, 0, m.start()):
        return []
    # "was de snelste in de sprintkwalificatie": the best time of sprint qualifying, whose first place the
    # events turn into the sprint's pole
    sprint_quali = shootout.named(c.f, c.sentence.season)
    f = shootout.without_name(c.f) if sprint_quali else c.f
    if (
        c.sentence.early_part
        or _NOT_QUALI_RESULT_RE.search(f)
        # (qualifying named in the sentence, or the article a qualifying report)
        or not (sprint_quali or QUALI_RE.search(f) or c.sentence.report == "qualifying")
    ):
        return []
    placed = _placed(so_far)
    who = owner_left(c, c.base + m.start())
    return [Fact("qualifying", d, c.index, position=1) for d in who[:1] if d not in placed]


# "met Verstappen naast hem op de eerste startrij", "Sainz completed an all-Ferrari front row", "joined
# him on the front row": second on the grid, beside the one on pole
_FRONT_ROW_SECOND_RE = re.compile(
    r"\bnaast (?:hem|\w+) op de eerste (?:start)?rij\b"
    r"|\b(?:vervolledigt|vervolledigde|completeert|completeerde) de eerste (?:start)?rij\b"
    r"|\bmaakt(?:e)? de eerste (?:start)?rij compleet\b"
    r"|\b(?:completes?|completed|completing) (?:an? (?:all-)?[\w-]+ )?front row\b"
    r"|\b(?:alongside|joins?|joined|joining) (?:him|\w+) on the front row\b"
)


def front_row_second(c: Clause, so_far: list[Fact]) -> list[Fact]:
    """ "Verstappen naast hem op de eerste startrij": grid position 2, unless the clause placed him."""
    if "rij" not in c.text and "row" not in c.text:
        return []
    m = _FRONT_ROW_SECOND_RE.search(c.text)
    if m is None or (m.group(0).startswith(("naast", "alongside", "join")) and "pole" not in c.f):
        return []  # "naast Leclerc op de eerste rij" alone: which of the two is on pole is not told
    placed = _placed(so_far)
    return [
        Fact("grid", d, c.index, position=2) for d in owner_left(c, c.base + m.start())[:1] if d not in placed
    ]


# a cause told between the start and the pit lane: the pit lane is where the cause happened
_CAUSE_WORD_RE = re.compile(r"\b(?:vanwege|wegens|omdat|doordat|straf\w*|because|due to|penalt\w*)\b")


_START_NOUN_BEFORE_RE = re.compile(r"\b(?:a|an|the|his|her|een|de|zijn|haar)\s+(?:[\w-]+\s+)?$")
_START_OF_AFTER_RE = re.compile(r"\s+(?:to|of|van|aan)\b")  # "a tricky start to the session": a noun


def pitlane(c: Clause) -> list[Fact]:
    """ "moest vanuit de pitstraat starten", "started from the pit lane", with the reason when the sentence
    gives it ("omdat de monteurs de vleugel vervingen")."""
    clause = c.text
    pl = PITLANE_RE.search(clause)
    if not pl or not _START_VERB_RE.search(clause) or _NOT_PITLANE_RE.search(clause):
        return []
    verb = _START_VERB_RE.search(clause)
    if (
        verb is not None
        and verb.group(0) == "start"
        and _START_NOUN_BEFORE_RE.search(clause, max(0, verb.start() - 20), verb.start())
        and _START_OF_AFTER_RE.match(clause, verb.end())
    ):
        # "had a tricky start to the session when Williams released Latifi into his path in the pit lane":
        # a start of something, no start of the race from the pit lane
        return []
    if (
        verb is not None
        and verb.end() <= pl.start()
        and _CAUSE_WORD_RE.search(clause, verb.end(), pl.start())
    ):
        return []  # "zal als vijfde starten vanwege de gridstraf voor zijn spin in de pitstraat": the cause's
    who = owner_left(c, c.base + pl.start(), close_any=False)
    reason = _start_reason(c, c.base + pl.end())
    return [Fact("pitlane", d, c.index, position=0, reason=reason) for d in who]


def back_of_grid(c: Clause) -> list[Fact]:
    """ "De Mexicaan moest achteraan starten omdat hij nieuwe motoronderdelen had", "started from the back
    of the grid after an engine change": a start in last place. Only a start told with its reason is kept:
    that is what it answers ("why did he start at the back?")."""
    clause = c.text
    back = _BACK_RE.search(clause)
    if back is None or not _START_VERB_RE.search(clause):
        # "gaat helemaal naar achteren", "naar de achterkant van de startgrid", "achteraan de grid worden
        # verwacht" for a part or a penalty: sent to the very back, no start verb needed
        # (not "recovered from the back of the field": where he fell to in the race)
        sent = _TO_THE_BACK_RE.search(clause) or _BACK_OF_GRID_NL_RE.search(clause)
        if (
            sent is None
            or PITLANE_RE.search(clause)
            or not (_TO_THE_GRID_RE.search(sent.group(0)) or _PENALTY_CAUSE_RE.search(c.f))
        ):
            return []
        if _NOT_BEFORE_RE.search(clause, max(0, sent.start() - 20), sent.start()):
            return []
        who = owner_left(c, c.base + sent.start(), close_any=False)
        reason = _start_reason(c, c.base + sent.end())
        # "Achteraan de grid krijgt Norris gezelschap van Verstappen en Gasly": the company there too
        joined = _JOINED_BY_RE.search(clause, sent.end())
        after = c.base + joined.end() if joined is not None else len(c.f)
        company = [d for x in c.mentions if x.start >= after for d in x.drivers]
        return [
            Fact("grid", d, c.index, position=LAST, reason=reason, detail="back")
            for d in dict.fromkeys([*who[:1], *company])
        ]
    if PITLANE_RE.search(clause):
        return []
    reason = _start_reason(c, c.base + back.end())
    if reason is None:
        # "moet wegens een motorwissel achteraan starten": the cause before it
        before = _CAUSE_BEFORE_RE.search(clause, 0, back.start())
        if before is not None:
            reason = c.sentence.orig[c.base + before.start("why") : c.base + before.end("why")]
    if reason is None and (
        not _BACK_OF_GRID_RE.match(clause, back.start())
        or _NOT_BEFORE_RE.search(clause, max(0, back.start() - 20), back.start())
    ):
        # (a bare "achteraan" may be the back of a group: only the grid's back is kept bare, and not
        # "we starten niet achteraan de grid")
        return []
    who = owner_left(c, c.base + back.start(), close_any=False)
    return [Fact("grid", d, c.index, position=LAST, reason=reason, detail="back") for d in who[:1]]


# "zal helemaal achteraan het grid starten", "started from the back of the grid": the grid's back, told
# without a reason
_NOT_BEFORE_RE = re.compile(r"\b(?:niet|not|never|nooit|geen)\s+(?:[\w-]+\s+)?$")
_BACK_OF_GRID_NL = (
    r"(?:helemaal )?(?:achteraan|achterin) (?:op )?(?:het|de) (?:grid|startgrid|startopstelling"
)
_BACK_OF_GRID_RE = re.compile(
    _BACK_OF_GRID_NL + r"|veld)\b|(?:at|from) the (?:back|rear) of the (?:grid|field)\b"
)


# sent to the very back: "gaat helemaal naar achteren", "naar de achterkant van de startgrid", "to the back of
# the grid" (not "naar achteren" alone: some places back)
_TO_THE_BACK_RE = re.compile(
    r"\b(?:(?:helemaal|geheel) naar achteren|naar (?:de )?achterkant van (?:de |het )?(?:start)?grid|"
    r"(?:sent|sends|dropped|drops|moved|moves|relegated|demoted|goes|went|go) (?:right )?to the (?:back|rear)"
    r"(?: of the (?:grid|field))?)\b"
)
# (the Dutch "achteraan de grid" only: "from the back of the field" is where he recovered from, in the race)
_BACK_OF_GRID_NL_RE = re.compile(_BACK_OF_GRID_NL + r")\b")
_JOINED_BY_RE = re.compile(r"\b(?:gezelschap (?:krijgt |krijgen )?van|vergezeld door|joined by|company of)\s")
_TO_THE_GRID_RE = re.compile(r"\b(?:grid|startgrid|startopstelling|field)\b")
# the cause right before the place it sent him to: "wegens een motorwissel (achteraan)"
# ("startte naar aanleiding van zijn crash in de derde vrije training achteraan": a longer cause)
_CAUSE_BEFORE_RE = re.compile(
    r"\b(?:wegens|vanwege|door|naar aanleiding van|because of|due to|following)\s+"
    r"(?P<why>(?:een|de|het|zijn|a|an|the|his)\s+(?:[\w-]+\s+){0,6}?[\w-]+)\s+"
    r"(?:(?:zondag|morgen|zaterdag|dan|ook|dus)\s+)?$"
)
# "moest naar achteren op de startopstelling", "moest ver naar achteren starten": sent back on the grid
_SENT_BACK_RE = re.compile(
    r"\b(?:moest|moet|moesten|moeten)\s+(?:[\w-]+\s+){0,3}?(?:(?:ver|verder|flink|een eind|helemaal)\s+)?"
    r"naar achteren\b"
)
_ON_THE_GRID_RE = re.compile(r"\b(?:start\w*|startopstelling|startgrid|grid|beginnen|vertrekken)\b")
# a cause that is a penalty or a part changed, which sends a driver back by the rules (not "omdat hij
# crashte in de kwalificatie": a slow lap, no penalty)
_PENALTY_CAUSE_RE = re.compile(
    r"\w*straf\w*|penalt\w*|motor(?!sport)\w*|engine|onderdel\w*|component\w*|versnellingsbak\w*|gearbox|"
    r"krachtbron\w*|power unit|\w*wissel\w*|\bice\b|mgu-?[hk]|turbo\w*|spec \d"
)


def sent_back(c: Clause) -> list[Fact]:
    """ "Verstappen moest naar achteren op de startopstelling omdat hij zijn vierde motor gebruikte", "moest
    ver naar achteren starten vanwege een motorstraf": a grid penalty, with the cause that sent him back when
    that is a penalty or a part (a place is not told)."""
    clause = c.text
    back = _SENT_BACK_RE.search(clause)
    if back is None or not _ON_THE_GRID_RE.search(clause) or CONDITION_OPENING_RE.match(c.f):
        # ("Als de versnellingsbak vervangen had moeten worden, had Leclerc naar achteren gemoeten": a
        # condition, no penalty)
        return []
    reason = _start_reason(c, c.base + back.end())
    if reason is None or not _PENALTY_CAUSE_RE.search(reason.lower()):
        return []
    who = owner_left(c, c.base + back.start(), close_any=False)
    return [Fact("penalty", d, c.index, penalty="grid", reason=reason) for d in who[:1]]


# The sentence before a pit-lane start tells why when it is about the same driver and tells of a car that
# stopped or failed: "De auto van Pérez viel op weg naar de grid stil. Hij moest uit de pitstraat starten."
_STOPPED_RE = re.compile(  # tested only
    r"\b(?:stil (?:te )?(?:staan|gevallen|viel|vallen)|viel\w* (?:\w+ ){0,6}stil|stilgevallen|stalled|"
    r"stopped|ground to a halt|schade\w*|damage\w*|probleem|problemen|problem|problems|issue|defect\w*|"
    r"pech|crash\w*|failure|kapot\w*)\b"
)


def pole_before_penalty(facts: list[Fact]) -> list[Fact]:
    """A pole of a driver whom the article gives a grid penalty (or a start from the pit lane or the back)
    in that race is the fastest time in qualifying, not where he started."""
    penalised = {
        (x.driver, x.season, x.grand_prix)
        for x in facts
        if x.kind == "penalty" and x.penalty == "grid" and x.status == "final" and x.session == "race"
    }
    if not penalised:
        return facts
    return [
        replace(x, kind="qualifying", detail=None)
        if x.kind == "grid" and x.detail == "pole" and (x.driver, x.season, x.grand_prix) in penalised
        else x
        for x in facts
    ]


def attach_start_causes(
    facts: list[Fact], sentences: list[Sentence], folded: list[str], named: list[set[str]]
) -> list[Fact]:
    """A pit-lane start told without its reason takes the sentence before it in its paragraph when that
    one names the same driver and no other, and tells of a car that stopped, broke or crashed."""
    out: list[Fact] = []
    for x in facts:
        i = x.sentence - 1
        if (
            x.kind == "pitlane"
            and x.reason is None
            and i >= 0
            and sentences[i].paragraph == sentences[x.sentence].paragraph
            and named[i] == {x.driver}
            and _STOPPED_RE.search(folded[i])
        ):
            x = replace(x, reason=sentences[i].text.strip().rstrip("."))
        out.append(x)
    return out


def _start_reason(c: Clause, at: int) -> str | None:
    """Why the start told before ``at`` happened: the cause right after it ("started from the back after
    taking an engine penalty - ..."), else a reason phrase in the rest of the sentence."""
    right = _CAUSE_RIGHT_AFTER_RE.match(c.f, at)
    if right:
        return c.sentence.orig[right.start("why") : right.end("why")].strip()
    return penalties.reason_after(c.f[at:], c.sentence.orig[at:])


# a cause that follows the start at once, up to the end of its clause
_CAUSE_RIGHT_AFTER_RE = re.compile(
    r"\s*(?:starten\s+|to start\s+)?(?:after|following|because of|due to|na|nadat|vanwege|wegens|omdat)\s+"
    r"(?P<why>[^,;:()\u2013\u2014]{4,100}?)\s*(?=[,;:()\u2013\u2014]|\s-\s|\.(?:\s|$)|$)"
)
