"""Incidents: collisions (and with whom), crashes, and retirements with their cause ("viel uit met
motorpech", "retired with a gearbox problem")."""

from __future__ import annotations

import re
from dataclasses import replace

from knowledge.extract.clauses import (
    EMBEDDED_RE,
    LET_BEFORE_RE,
    negated_right_before,
    subject_group,
    without_others,
)
from knowledge.extract.context import Clause, Mention
from knowledge.extract.mentions import PRONOUN_RE
from knowledge.extract.model import Fact
from knowledge.extract.phrases import Phrases, alt, group
from knowledge.text import Sentence

# --- phrases ---------------------------------------------------------------------------------------

NL: Phrases = {
    # A retirement. Only where the match starts is used, so the phrases may stand in any order.
    "retire": (
        r"betekende\w* (?:\w+ ){0,6}het einde van (?:de|zijn) race",
        r"motor (?:gaf de geest|begaf het|ontplofte)",
        # "zijn Mercedes-motor gaf in de absolute slotfase nog de geest": a part gave out
        r"gaf (?:\w+ ){1,6}de geest\b",
        # "begaf de versnellingsbak van de McLaren het", "strandde met een kapotte MGU-K": a part gave out
        r"(?:begaf|begaven) (?:\w+ ){1,5}het\b",
        r"strandde\w* (?:(?!q[123]\b|kwalificatie)[\w-]+ ){0,6}met een (?:kapotte|defecte)",  # (not "in Q1")
        r"viel\w*(?! terug)(?: [\w-]+){0,12} uit\b",
        r"vallen(?: \w+){0,5} uit\b",
        r"valt(?! terug)(?: [\w-]+){0,7} uit\b",
        "uitgevallen",
        "uitvallen",
        r"uitv(?:iel|ielen|alt)\b",  # "nadat Bottas uitviel": the verb of a subordinate clause
        "uitvalbeurt",
        "uitval",
        "opgave",
        r"gaf\w* op",
        "opgeven",
        # (not "de aan de kant gezette Mazepin": sacked, the participle describing him)
        "(?:aan|langs) de kant (?:zetten|gezet(?!te)|zet|zette)",
        # "zette zijn McLaren langs de kant": his car parked ("zette zijn teamgenoot aan de kant" is a pass)
        r"(?:zette|zetten|zet|moest|moesten) (?:[\w-]+ ){0,6}(?:zijn|haar) "
        r"(?!teamgenoot|ploeggenoot|ploegmaat|rivaal|concurrent|landgenoot|collega|belager)"
        r"[\w-]+ (?:[\w-]+ ){0,4}(?:aan|langs) de kant\b",
        r"parke(?:er|r)\w*",
        "geparkeerd",
        r"(?:zat|zit) de (?:middag|race|wedstrijd|grand prix|gp)\b(?: [\w-]+){0,3}? er (?:\w+ ){0,5}op\b",
        # "moest in de laatste ronde ook naar de kant": he pulled over, out
        r"(?:moest|moesten|ging|gingen) (?:\w+ ){0,6}naar de kant\b",
        # "moest er al in de achtste ronde de brui aan geven": he gave up
        r"de brui (?:aan )?(?:geven|gaf|gaven|gegeven|geeft)",
        r"(?:gaf|gaven|geeft) (?:er )?(?:\w+ ){0,4}de brui aan",
        "einde (?:van|betekende van|betekent van) zijn race",
        "niet gefinisht",
        # (not "finishte niet ver achter hem als tweede": not far behind)
        r"finishte niet\b(?! (?:ver|veel|lang|zo|te|meer|verder|achter|voor|als|op|in|binnen)\b)",
        r"(?:was|is) de (?:race|wedstrijd|grand prix) (?:\w+ ){0,6}voorbij",
        "(?:is|was) meteen klaar",
        r"zijn race [\w ]{0,40}eindigen",
        "kwam niet aan",
        r"finish niet\b(?! (?:ver|veel|lang|zo|te|meer|verder|achter|voor|als|op|in|binnen)\b)",
        "moest opgeven",
        # "moesten vervroegd afhaken door motorische problemen": leaving the race early
        r"(?:vroegtijdig|vervroegd|voortijdig) afhaken",
        r"haakte\w* (?:\w+ ){0,2}(?:vroegtijdig|vervroegd|voortijdig) af\b",
        "bleef stilstaan",
        r"kon(?:den)? (?:\w+ ){0,3}niet (?:meer )?verder(?! (?:naar|komen|dan|rijden dan|opschuiven))",
        # "moesten de strijd in Melbourne vroegtijdig staken" ("de race werd gestaakt" is a red flag)
        r"(?:moest|moesten|moet|moeten) (?:\w+ ){0,2}de (?:strijd|race|wedstrijd) (?:\w+ ){0,4}staken",
        r"(?:staakte|staakten) (?:\w+ ){0,3}de strijd",
        "valt stil",
        r"viel(?: [\w-]+){0,8} stil",
        # "toen zijn auto er in ronde 11 mee ophield": the moment inside the verb ("Zijn motor hield ermee op"
        # alone explains a retirement told before)
        r"er (?:[\w-]+ ){1,5}mee op(?:hield|hielden|houdt)\b",
        # "begeeft zijn motor het", "de linker achterband begaf het", "de motor gaf de geest": a part gave up
        r"(?:begeeft|begaf|begaven) (?:de |zijn |haar )?(?:[\w-]+ ){0,4}"
        r"(?:motor|krachtbron|versnellingsbak|auto|bolide|wagen|\w*band|ophanging|remmen)\b"
        r"(?: [\w-]+){0,6} het\b",
        r"(?:motor|krachtbron|versnellingsbak|auto|bolide|wagen|\w*band|ophanging|remmen) (?:\w+ ){0,2}"
        r"(?:het begaf|het begeeft|het begaven|de geest gaf|gaf de geest)",
        r"einde oefening",
        # "moest al vroeg in de race de strijd staken": he gave up the race
        r"(?:de )?strijd (?:moeten )?(?:staken|staakte|gestaakt)",
        # "crashte hij uit de race door een klapband": crashed out
        r"crasht\w* (?:\w+ ){0,3}uit de (?:race|wedstrijd|grand prix)",
        # "moest de Monegask de handdoek in de ring werpen": he gave up
        r"de handdoek in de ring (?:werpen|gooien|wierp|wierpen|gooide|gooiden|geworpen|gegooid)",
        # "de achterwielophanging van Norris' McLaren het begaf": a part (a compound too) gave up
        r"\w*(?:motor|krachtbron|versnellingsbak|ophanging|remmen) (?:[\w'’-]+ ){0,5}"
        r"(?:het begaf|het begeeft|het begaven)",
        # "die zich terugtrok uit de race met een versnellingsbakprobleem", "trok zich in ronde 11 terug uit
        # de wedstrijd": he withdrew from it
        r"(?:terugtrok|terugtrokken|teruggetrokken|trok|trokken) zich (?:\w+ ){0,4}?(?:terug )?uit de "
        r"(?:race|wedstrijd|grand prix)\b",
        r"zich (?:\w+ ){0,2}terug(?:trok|trokken|getrokken) uit de (?:race|wedstrijd|grand prix)\b",
        # "kwam door een klapband zijn race ten einde": his race came to an end
        r"(?:zijn|haar|z'n) (?:race|wedstrijd|grand prix) (?:\w+ ){0,2}ten einde",
        # "strandde in het zicht van de haven met motorpech": stranded with a failure (not "strandde in Q2",
        # "strandde op P11": a session or a place)
        r"strand(?:de|den|t)\b(?! (?:op|als)\b)(?: (?!q[123]\b|kwalificatie)[\w-]+){0,7}? met "
        r"(?:een |de )?(?:[\w-]+ )?\w*(?:pech|probleem|problemen|defect|storing|mankement)\b",
        # "toen zijn auto na elf rondes met een elektrisch probleem de geest gaf": a subordinate clause
        r"de geest (?:gaf|gaven)\b",
        # "toen Gasly de strijd moest staken met mechanische problemen"
        r"(?:de )?strijd (?:moest|moesten|moet|moeten) (?:\w+ )?staken",
        # "haalt de streep uiteindelijk niet", "haalde de finish niet" (not "haalde de finish niet als
        # eerste": a place not got)
        r"(?:haalt|haalde|haalden|halen|haalde hij|haalt hij) (?:\w+ ){0,2}de (?:eind)?(?:streep|finish) "
        r"(?:\w+ )?niet\b(?! (?:als|op|in|binnen|voor)\b)",
        # "kon de race niet afmaken", "kon de wedstrijd niet uitrijden": he did not finish it
        r"(?:kon|konden|kan) (?:\w+ ){0,3}de (?:race|wedstrijd|grand prix|gp) (?:\w+ ){0,2}niet "
        r"(?:afmaken|uitrijden|beeindigen|uitzitten)",
    ),
    "crash": (
        r"crash\w*",
        r"gecrasht",
        r"maakte een (?:\w+ )?klapper",  # "maakte een enorme klapper": a heavy crash
        "muur",
        r"barriere\w*",
        r"vangrail\w*",
        r"bandenstapel\w*",
        "ongeluk",
        "in de grindbak",
        r"spin\w* van de baan",
    ),
    "no_crash_before": ("geen", "zonder", "ontsnapte", "bijna"),  # "ontsnapte aan een crash"
    "not_before": ("niet", "geen", "bijna"),  # "viel bijna uit"
    # A clause with these tells no retirement: a wish, a lap before or after the race, a place parked in.
    "not_retire": (
        # "verwijst naar mechanische uitvalbeurten", "al vijf uitvalbeurten": retirements of a season, none of
        # this race (not "de uitvalbeurten van de Red Bulls", "beide uitvalbeurten": these cars, this race)
        r"(?<!twee )(?<!beide )(?<!dubbele )(?<!hun )uitvalbeurten(?! van\b)",
        # "crashte, spinde en wilde opgeven, om toch nog negende te worden": a wish to give up, not done
        r"(?:wilde|wilden|wou|wouden|overwoog|overwogen|dacht aan) (?:\w+ ){0,3}"
        r"(?:opgeven|stoppen|uitstappen)",
        # "kan een race uitvallen", "mag een keer uitvallen": a retirement he can afford, none that happened
        r"(?:kan|mag|kunnen|mogen)['’]? (?:\w+ |'\w+' ){0,4}(?:uitvallen|opgeven)",
        # "de bandenkeuze viel in zijn nadeel uit": turned out badly, no retirement
        # ("de strafmaat valt nu hoger uit": the size turned out higher)
        r"(?:vi?el\w*|valt|vallen) (?:\w+ ){0,7}(?:in (?:zijn|haar|het) (?:nadeel|voordeel)|goed|slecht|"
        r"gunstig|verkeerd|hoger|lager|zwaarder|milder|lichter|anders|beter|slechter|duurder|groter|"
        r"kleiner) uit",
        # "die viel uiteindelijk uit in het nadeel van de Nederlander": the verdict turned out so
        r"uit in het (?:nadeel|voordeel) van",
        "nooit",
        "opwarmronde",
        "formatieronde",
        "installatieronde",
        "uitloopronde",
        "uitvallers",
        r"op weg naar de (?:grid|start)",  # stopped before the race started: no retirement from it
        r"op de \w+ (?:plaats|plek) (?:te )?park\w*",
        r"p\d+ (?:\w+ ){0,2}park\w*",  # "mogen hun Mercedes en McLaren op P2 en P3 parkeren"
        r"(?:plaats|plek) geparkeerd",
        # "moest zijn tweede positie al snel opgeven": a place given up, not the race
        # ("moet drie plekken opgeven in de startopstelling": places given up on the grid)
        r"(?:plaats|plek|positie|leiding|koppositie|podiumplaats|plaatsen|plekken|posities) (?:\w+ ){0,3}"
        r"(?:opgeven|opgegeven|opgaf|geeft op)",
        r"uitvall\w* in (?:q[123]|de kwalificatie)",  # knocked out of qualifying, no retirement
        # "viel uit in de kwalificatie", "parkeerde zijn Mercedes vooraan in de kwalificatie": a session
        # before the race; "vooraan/op pole parkeren" is taking the front of the grid
        r"(?:vi?el\w*|valt|park\w*) (?:[\w-]+ ){0,5}(?:in|tijdens) (?:q[123]|de kwalificatie)",
        r"park\w* (?:[\w-]+ ){0,3}(?:vooraan|op pole|op de eerste (?:start)?rij)",
        # "mocht zijn McLaren voor het eerst op de voorste startrij parkeren": the front of the grid taken
        r"op (?:de )?(?:voorste|eerste|tweede) (?:start)?rij (?:te )?park\w*",
        r"op (?:pole|de grid|de startgrid) (?:te )?park\w*",
        # "tijdens twee van de eerste drie races viel hij uit": several races, none of them told
        r"(?:twee|drie|vier|vijf|zes|\d+) (?:van de )?(?:eerste |laatste )?(?:\w+ )?"
        r"(?:races|wedstrijden|grands prix)",
        # "Vorig seizoen viel Verstappen drie keer uit": a tally of retirements, none of one race
        r"(?:twee|drie|vier|vijf|zes|zeven|acht|\d+) keer (?:\w+ )?uit",
        # "Geen van beide auto's viel uit", "niemand viel uit": no one did
        r"(?:geen van|geen enkele|niemand) (?:\w+ ){0,4}(?:vi?el\w*|valt|vallen) (?:\w+ ){0,3}uit",
        # "Door die dubbele uitvalbeurt kon Verstappen uitlopen", "dankzij de opgave": others' retirements
        # that helped the subject (one named after "van" is left to the rest)
        r"(?:(?:die|deze|de|een) dubbele|hun|beider) (?:uitvalbeurt\w*|uitval|opgave\w*)",
        r"dankzij (?:de|die|deze|een) (?:\w+ )?(?:uitvalbeurt\w*|uitval|opgave\w*)\b(?! van)",
        # "Na de uitvalbeurt van de twee titelfavorieten won Ricciardo": a group's, unnamed
        r"(?:uitvalbeurt\w*|uitval|opgave\w*) van (?:de |hun )?(?:beide|allebei|twee|drie)\b",
        # "2e in Turkije, vorige week uitgevallen": the race before, not this one
        r"vorige week (?:\w+ ){0,2}(?:uitgevallen|uitviel|uitvielen)",
        # "in de andere twee GP's haalde Verstappen de finish niet": other races
        r"in de (?:andere|overige) (?:\w+ )?(?:gp'?s|races|grands prix|wedstrijden)\b",
    ),
    # ("kwam bijna in aanraking met", "botste bijna met": a near miss)
    "no_collision_before": ("geen", "zonder", "ontweek", r"ontwijk\w*"),
    # "wist een botsing met X te voorkomen": the negation comes after the noun.
    "averted_after": ("te (?:voorkomen|vermijden|ontwijken|ontlopen)", "voorkomen", "vermeden", "ontweken"),
    # "een botsing tussen Hamilton en Räikkönen": the two named after it collided, not the subject.
    "between": ("tussen",),
    # "na de botsing" tells a collision told before.
    "told_before": ("na", "door", "vanwege", "bij"),
    "told_det": ("de", "die", "dat", "het"),
    # Cause of a retirement: a known kind, first match wins.
    "cause_puncture": (
        "lekke band",
        "lekke achterband",
        "lekke voorband",
        r"klapband\w*",
        "bandenschade",
        # "die lek rijdt en hem op een veilig punt stilzet", "de achterband was lek"
        r"lek (?:rijdt|reed|gereden|ging|raakte)",
        r"(?:band|achterband|voorband) (?:\w+ )?lek",
        # "toen een achterband klapte", "klapte de rechterachterband", "knalde de achterband van Verstappen"
        # ("toen zijn rechter achterband uit elkaar klapte")
        r"\w*band (?:uit elkaar )?(?:klapte|knapte|explodeerde|ontplofte)",
        r"(?:klapte|knapte|knalde|explodeerde) (?:[\w-]+ ){0,5}(?:de |zijn |een )\w*(?:achter|voor)band\b",
    ),
    # "vatte vlam", "zijn auto stond in brand" (not "brandstof", "brandde een snelle ronde")
    "cause_fire": (r"vatte\w* vlam", r"vlam vatte\w*", r"in (?:de )?brand (?:stond|vloog|gevlogen)", "vuur"),
    "cause_turbo": (r"turbo\w*",),  # "begaf zijn turbo het"
    # "verloor zijn voorvleugel", "met een beschadigde voorvleugel" ("zijn voorvleugel brak" is told as it is)
    "cause_wing": (
        r"(?:verloor|verloren|verlies van|kapotte|beschadigde|afgebroken) (?:zijn |de |een )?voorvleugel",
        r"voorvleugelschade",
    ),
    # a loss of power is told as that, not as an engine failure (it may be fuel or electrics)
    "cause_power": (r"gebrek aan (?:power|vermogen)", r"vermogensverlies", r"verlies van vermogen"),
    # "problemen met de brandstoftoevoer naar zijn motor": the fuel part, before the engine it feeds (told as
    # written: see cause_of)
    "cause_fuel": (r"brandstof\w*",),
    # (not "Motorsport", a team's or a site's name: "Mercedes AMG Petronas Motorsport driver Bottas")
    # ("een lek in de motorolie", "an engine oil leak": the oil, told as written)
    "cause_engine": (r"motor(?!sport|home|fiets|cycl|rijder|olie|kap)\w*", "krachtbron"),
    "cause_gearbox": (r"versnellingsbak\w*",),  # ("versnellingsbakprobleem")
    "cause_transmission": (r"transmissie\w*",),
    # "zijn auto bleef vast in de zevende versnelling": told as that (the gearbox is not named)
    "cause_stuck_gear": (r"(?:bleef|zat) (?:\w+ )?vast in (?:een |de )?(?:\w+ )?versnelling",),
    "cause_hydraulics": (r"hydraul\w*",),
    # ("een vastzittende rem", "de remschijf stond in brand": the brakes, before the fire they caused)
    "cause_brakes": (
        "remmen",
        r"remprobl\w*",
        r"rem(?:systeem|defect|storing|schijf|schijven|klauw)\w*",
        r"(?:vastzittende|vastgelopen|blokkerende|kapotte) rem\b",
    ),
    "cause_battery": (),  # ("problemen met de accu" is kept as told)
    "cause_electrical": (r"elektr\w*",),
    "cause_overheating": (r"oververhit\w*",),
    "cause_suspension": (r"\w*ophanging",),  # "achterwielophanging"
    # "met een los wiel", "toen zijn wiel los kwam"
    "cause_wheel": (r"(?:los|losse|loszittend\w*) wiel", r"wiel (?:kwam |raakte )?los"),
    "cause_technical": (r"technisch\w* (?:probleem|problemen|mankement|defect)",),
    # "moest later met schade opgeven": damage, no part named ("schade aan de vloer" is kept as told)
    # ("vanwege de opgelopen schade aan zijn auto": the car's damage, no part named)
    "cause_damage": (
        r"(?:met|door|wegens|vanwege) (?:de |die )?(?:opgelopen |te veel |zware |flinke |te grote )?schade"
        r"(?! aan(?! (?:zijn|haar|de) (?:auto|wagen|bolide)\b))",
    ),
    "cause_collision": ("botsing", "aanrijding", "raakten", "aanraking", "touche"),  # "na een touché met"
    # a sentence after a retirement that tells why: damage, a hit, a part that broke
    "explains": (
        r"schade\w*",
        r"beschadig\w*",
        r"kapot\w*",
        r"(?:reed|rijdt) (?:zijn|haar|de) (?:\w+ ){0,2}stuk",
        r"kreeg een (?:stuk|brokstuk)",
        r"brokstuk\w*",
        r"geraakt",
        r"raakte",
        r"uitwijken",
        r"(?:in|tegen) de (?:muur|vangrail|bandenstapel)",
        r"(?:er|iets) brak\b|brak (?:er )?iets\b",  # "Er brak iets aan de achterkant": something broke
    ),
    # A retirement that points back at the sentence before: "Dat betekende het einde van zijn race".
    "points_back": (
        r"(?:dat|dit) (?:betekende|betekent|was|bleek)",
        r"(?:betekende|betekent|was|bleek) (?:dat|dit)\b",
        "daardoor",
        "hierdoor",
        "daarmee",
        "hiermee",
        "als gevolg",
        # "Leclerc kreeg met een mechanisch probleem te kampen. Uiteindelijk moest hij opgeven": in the end
        "uiteindelijk",
    ),
    # The next sentence is his own when it opens with his car or part: "Zijn motor liet hem in de steek."
    "own_opening": ("zijn", "z'n"),
    # ... not with another person of his: "Zijn teamgenoot had motorpech."
    "own_person": (
        "teamgenoot",
        "ploeggenoot",
        "ploegmaat",
        "stalgenoot",
        "collega",
        "rivaal",
        "titelrivaal",
        "team",
        "renstal",
        "vader",
        "baas",
        "teambaas",
    ),
    # "met een defecte brandstofpomp": the phrase itself is the cause when it names a part or failure.
    "cause_with": ("met", "door", "vanwege", "wegens", "na", "te wijten aan"),
    "cause_det": ("een", "de", "het", "zijn"),
    # "een lek in het koelsysteem": a cause phrase may go on after one of these
    "cause_prep": ("in", "van", "aan", "op"),
    "tech_word": (
        "pomp",
        "probleem",
        "defect",
        "storing",
        r"(?<!p)lek\b",  # ("olielek", not "plek")
        "pech",
        "breuk",
        "kapot",
        "gebroken",
        "systeem",
        r"(?<!in)druk\b",  # ("bandenspanning"/"oliedruk", not "indruk")
        "vloer",
        "koppeling",
        "aandrijf",
        "stuur",
        "koeling",
        "batterij",
        "uitlaat",
        r"mgu-?[hk]\b",
    ),
}
EN: Phrases = {
    "retire": (
        r"(?:engine|power unit|gearbox|battery) (?:failed|failure|gave up|gave way|expired|blew)",
        # "pulled to the side of the track with a hydraulic failure", "pulled off into an escape road" (not
        # "pulled off a pass", "pulled out a gap", "pulled over to let Hamilton by")
        r"pulled (?:to the side|off (?:into|onto|to) (?:an? |the )?(?:escape road|side|grass|run-?off))",
        r"pulled out (?=with|due to|because of|after)",
        "dnf",
        "retired?",
        "retires",
        "retirement",
        "retiring",
        "out of the race",
        "parked",
        # "had to park his car in the latter stages due to a hydraulics issue"
        # (not "had to park his car in parc fermé after the race")
        r"(?:had|forced|was forced) to park (?:his|her|the) (?:[\w-]+ )?car"
        r"(?![^.;]{0,40}\b(?:after the (?:race|finish|flag|chequered)|parc ferm))",
        "end of his race",
        "ended his race",
        # "ran into a wall, ending his race", "which ended his afternoon": his race ended
        r"ending his (?:race|afternoon|evening|day|grand prix)",
        r"ended his (?:afternoon|evening|day|grand prix)",
        # "dropped out with a suspected MGU-H issue" (not out of the points, the lead or a session)
        r"dropped out(?! of (?:the )?(?:points|top|lead|podium|q[123]|qualifying|contention|fight|title|"
        r"championship|running))",
        # "his race was over", not "de race over het stratencircuit" (Dutch "over": across, about)
        # (nor "klaagde halverwege de race over problemen", "disqualified at the Grand Prix over a rear-wing
        # infringement": "over" as "about" before a noun; without "was" only at the end of a clause)
        r"(?:(?:race|sprint|wedstrijd|grand prix) (?:was |is )over\b"
        r"(?! (?:het|de|een|zijn|haar|\w*problem\w*|pech|schade|wat|hoe|a|an|his|her)\b)"
        r"|(?:race|sprint|grand prix) over(?=\s*(?:[.,;:!]|$|for (?:him|her)\b|after\b|early\b|on lap\b)))"
        r"(?!\s+(?:\d|\w+ laps|the|de|\w+ (?:weken|dagen|weeks|days|maanden|months)\b))",
        "failed to finish",
        "unable to finish",
        # "he too halted upon leaving the pits due to a loose wheel", "came to a halt on the straight" (not
        # "the race was halted": the red flag)
        r"(?<!was )(?<!were )(?<!been )halted",
        r"came to a halt",  # (not "came to a stop of his own": a pit stop)
        r"crash\w* out",
        "spun out",  # ("was spun out by Ricciardo" spun him around: see not_retire)
        # (not "his gamble in the final laps of the race ended in disaster": the thing of the race ended)
        # (nor "Alonso's final race ended in an 11th-place finish", "ended with points": it ended at the flag)
        r"(?<!of the )race ended(?! (?:in|with) (?:an? |the )?(?:[\w-]+[- ]place|p\d|points|a point|"
        r"a podium|a finish|finish|victory|a win|the win|a top))",
        "race came to an end",
        # "before quitting the race on lap 55 with a gearbox issue"
        # (not "threatened to quit the race")
        r"(?<!to )(?:quits|quitting|quit) the race(?! if\b)",
        "did not finish",
        r"(?:could not|couldn't) continue",
        "didn't finish",
        "out on the spot",
        "stopped on track",
        # "Ocon stops his Alpine with a gearbox problem": his car stopped out on track (not "stopped his car
        # in the pit box", a pit stop, nor "stopped his rival", a defence)
        r"(?:stops|stopped|parks) (?:his|her) (?!team-?mate|rival)[\w-]+(?: [\w-]+)?"
        r"(?= (?:with|on|at the side|by the side|after|due to|because)\b)"
        r"(?![^.;]{0,30}\b(?:pit|box|garage)\b)",
        # "pulled over on track with an energy recovery problem", "pulled over to the side of the track"
        r"pulled (?:over|off) (?:on (?:the )?track|on lap \d|to the side|at the side|by the side"
        r"|into (?:the )?(?:grass|run-?off))",
        # "was forced to pull off", "had to pull over": stopped out of the race
        r"(?:forced|had) to (?:pull|pulled) (?:off|over)\b",
        # "Leclerc forced out by engine issue while leading", "forced out of the race with a gearbox failure"
        r"forced out (?:of the (?:race|grand prix) )?(?=by|with|due to|after)",
        "(?:was|were|is) (?:all )?out (?:after|on|with|at|in|early|of the race)",
        "went out (?:after|on|with)",
        r"(?:were|was) (?:all )?out(?! of the (?:points|top))(?=\s*[,.;]|\s+and\b|$)",
        # "Verstappen stopped with his engine on fire", "stopped on the main straight due to an electrical
        # failure" (not "stopped for new tyres"; "with the Finn stopping ..." is left to the absolute phrase)
        r"stopped(?: (?:on|at|by) (?:the )?(?:side of the )?(?:track|main straight|straight|circuit))?"
        r"(?= (?:due to|with|because of) (?:a |an |his |her )?(?:[\w-]+ ){0,3}?"
        r"(?:failure|issue|problem|fault|leak|fire)s?\b)",
        # "Ricciardo's day then came to a premature end on lap 54": his race ended
        # ("Raikkonen's final race for Ferrari came to a premature end after his car lost power")
        r"(?:race|day|afternoon|evening|grand prix)(?: (?:for|with|at) [\w-]+(?: [\w-]+)?)?"
        r"(?: then| finally| eventually| ultimately)? came to an? "
        r"(?:premature |early |abrupt |sudden |untimely )?end",
        # "after he pulled his Mercedes over with engine trouble" (not "pulled his car over in the pit box")
        r"pulled (?:his|her) (?!team-?mate)[\w-]+(?: [\w-]+)? (?:over|off)\b"
        r"(?![^.;]{0,30}\b(?:pit|pits|box|garage|parc)\b)",
        # a live blog's "Nightmare for Verstappen! He's out!"
        r"(?:he|she)['’]s out(?=\s*[!,.;]|$)",
        # "Bottas falling out with engine issues", "pulled up with a gearbox failure": out with a failure
        # named (not "fell out with his team", "fell out of the top ten", "pulled up alongside")
        # (the finite verb only: "With Bottas falling out ..., Hamilton won" is left to the absolute phrase)
        r"(?:fell|falls|pulled|pulls) (?:out|up) (?:of the race )?(?=(?:with|due to|because of) "
        r"(?:[\w-]+ ){0,4}?(?:issues?|problems?|failures?|faults?|leaks?|damage)\b)",
    ),
    "crash": ("wall", "barriers?", "tyre wall", "accident", "into the gravel", "spun off", r"spin\w* off"),
    "no_crash_before": ("no", "without", "avoided", "nearly", "almost"),
    "not_before": ("not", "nearly", "almost", r"\w+n['’]t"),  # ("didn't retire")
    "not_retire": (
        "never",
        # "his mechanical retirements this year": a season's, none of this race (not "both retirements", "the
        # retirements of both Red Bulls")
        r"(?<!two )(?<!both )(?<!double )(?<!their )retirements(?! of\b)",
        # "Neither of the four cars retired", "none of them retired": no one did
        r"(?:neither|none|no-one|nobody|no one) (?:\w+ ){0,4}(?:retired|dnf\w*)",
        r"(?:can|could|may|might) (?:\w+ ){0,3}(?:afford to )?retire",
        r"afford to retire",
        "came close to",
        "formation lap",
        r"cool-?down lap",
        "in-lap",
        "retirements",
        "dnfs",
        r"on (?:the|his|its) way to the (?:grid|start)",
        r"parked it in \w+",
        r"parked (?:[\w-]+ ){0,3}(?:on pole|at the front|on the front row)",
        r"out on (?:the )?track",  # "when the safety car was out on track"
        r"time/retired",  # a results table's column heading
        r"out of the lead",  # "spun out of the lead": lost the lead, not out of the race
        r"(?:was|were|being|been|got) spun (?:out|around|round) by",  # spun around by another: he went on
        r"out in (?:p\d+|\d+(?:st|nd|rd|th))",  # "was out in P18" after his stop
        # "that double retirement let Verstappen extend his lead", "thanks to the retirement": others'
        r"(?:that|this|the|their) double (?:retirement|dnf)",
        # "donuts to celebrate his retirement", "announced his retirement from F1": the end of a career
        r"(?:celebrat\w*|announc\w*|confirm\w*|ahead of) (?:his|her) retirement",
        # "his last race before retirement": the career's end, after the race (not "was fifth before his
        # retirement on lap 30", "up until his retirement": the race's)
        r"(?:before|prior to) retirement\b|(?:last|final) (?:race|grand prix|gp|start) (?:before|prior to) "
        r"(?:his |her )?retirement",
        # "said goodbye to his self-imposed Formula 1 retirement with tenth place": his career's end
        r"(?:formula (?:one|1)|f1|career|self-imposed) retirement",
        r"retirement from (?:formula (?:one|1)|f1|the sport|racing)",
        r"(?:retirement|retired|retires|retire|retiring) (?:from|after) "
        r"(?:formula (?:1|one)|f1|the sport|racing|the grid)",
        # "exacted revenge for last week's early retirement": another race's
        r"(?:last week's|last race's|last year's|previous race's|the previous round's) (?:\w+ )?"
        r"(?:retirement|dnf)",
        r"(?:thanks to|benefit\w* from|profit\w* from) (?:the|that|this|their|a) (?:\w+ )?"
        r"(?:retirements?|dnfs?)\b(?! (?:of|for))",
        r"(?:two|three|four|five|six|\d+) (?:of the )?(?:first |last )?(?:\w+ )?(?:races|grands prix)",
        # "failed to finish on a high in his last race, coming home in 11th": not the way he wished
        r"(?:did not|didn['’]t|failed to|could not|couldn['’]t) finish "
        r"(?:on a (?:high|positive note|good note)|in style)",
        # "didn't finish second", "did not finish in the top three": a place not reached, no retirement
        r"(?:did not|didn['’]t|failed to|does not|doesn['’]t) finish (?:in |as |on )?(?:the )?"
        r"(?:top|p\d|podium|points|higher|better|ahead|behind|\w+(?:st|nd|rd|th)\b|first|second|third|fourth|"
        r"fifth|sixth|seventh|eighth|ninth|tenth)",
    ),
    # ("didn't collide with", "wasn't hit": a negative contraction)
    "no_collision_before": ("no", "not", "without", r"avoid\w*", r"\w+n['’]t"),
    "averted_after": ("averted", "avoided"),
    "between": ("between",),
    "told_before": ("after", "following", "because of", "due to"),
    "told_det": ("the", "this", "that"),
    "cause_puncture": (
        "puncture",
        "tyre failure",
        "tire failure",
        "blowout",
        r"tyre (?:blew|exploded|let go)",
        r"blew (?:a|his) (?:\w+ )?tyre",
    ),
    # "when his MCL34 caught fire", "a fire in the engine bay"
    "cause_fire": (r"caught fire", r"on fire", r"(?:a|the) fire\b"),
    "cause_turbo": (r"turbo\w*",),
    # "retire after going wide and losing the front wing" ("after his front wing broke" is told as it is)
    "cause_wing": (
        r"(?:losing|lost|damaged|broken) (?:his |the |a )?front[- ]?wing",
        r"front[- ]?wing damage",
    ),
    "explains": (
        r"damag\w*",
        r"debris",
        r"(?:was|got) hit",
        r"broke\b",
        r"broken",
        r"(?:into|hit) the (?:wall|barriers?)",
        r"avoid\w*",
        r"gave way",
    ),
    "points_back": (
        r"(?:that|this|it|which) (?:ended|meant|was the end|spelled the end|brought an end)",
        "as a result",
        "consequently",
        "eventually",
        "ultimately",
        "in the end",
    ),
    "cause_power": ("loss of power", "power loss", "lost power"),
    "cause_fuel": (r"fuel (?:pressure|pump|system|feed|supply|leak|flow|line|problem|issue)s?",),
    "cause_engine": (r"engine(?! (?:oil|water|cover|mapping|modes?|settings?))", "power unit"),
    "cause_gearbox": (r"gear ?box",),  # ("a gear box issue": typed apart)
    "cause_transmission": ("transmission",),  # (told as the article tells it, not as the gearbox)
    "cause_stuck_gear": (r"stuck in (?:a |\w+ )?gear",),
    "cause_hydraulics": (),
    "cause_brakes": ("brakes?", "brake failure", "brake problems?"),
    # "when his battery expired on lap 62" (a "suspected battery fault" is kept as told)
    "cause_battery": (r"battery (?:expired|died|gave up|failed)",),
    "cause_electrical": ("electrical",),
    "cause_overheating": (r"overheat\w*",),
    "cause_suspension": ("suspension",),
    # "halted upon leaving the pits due to a loose wheel", "a wheel nut issue"
    # (a "stuck wheel nut forced him to retire" is told as it is: what forced him out)
    "cause_wheel": ("loose wheel", r"wheel (?:came|coming|come) (?:off|loose)"),
    "cause_technical": ("technical (?:problem|issue|failure)",),
    "cause_damage": (
        r"(?:with|due to|because of) (?:the )?(?:too much |heavy |terminal |race-ending )?damage"
        r"(?! to(?! (?:his|her|the) car\b))",
    ),
    "cause_collision": ("collision", "contact", "touched"),
    "own_opening": ("his",),
    "own_person": ("team-mate", "teammate", "rival", "team", "boss", "team boss", "father"),
    # ("when his RB14 suffered a gear sync problem")
    "cause_with": ("with", "due to", "because of", "after", "caused by", "owing to", "suffered", "suffering"),
    "cause_det": ("a", "an", "the", "his"),
    "cause_prep": ("in", "of", "on", "to"),
    "tech_word": (
        "pump",
        "problem",
        "issue",
        "failure",
        "leak",
        "broken",
        r"broke\b",
        "failed",
        "fault",
        "sensor",
        "system",
        "pressure",
        "floor",
        "clutch",
        "driveshaft",
        "steering",
        "cooling",
        "turbo",
        "battery",
        "exhaust",
        r"mgu-?[hk]\b",
        "hydraulic",
        "hybrid",  # "a failure on the car's hybrid system"
    ),
}
CAUSES = (
    "puncture",
    "turbo",
    "wing",
    "power",
    "fuel",
    "engine",
    "gearbox",
    "transmission",
    "stuck_gear",
    "hydraulics",
    "brakes",
    "battery",
    "electrical",
    "overheating",
    "suspension",
    "wheel",
    "technical",
    "damage",
    "fire",  # last: "his engine caught fire" is the engine's failure
)
# "kreeg met een mechanisch probleem te kampen": trouble told in the article's own words (kept as told), which
# a retirement after it that points back may take as its cause
_MECHANICAL_RE = re.compile(
    r"\b(?:mechanisch\w* (?:probleem|problemen|mankement|defect|pech)"
    r"|mechanical (?:problem|issue|failure)s?)\b"
)

# "which put (Red Bull's) Albon('s car) out of the race": whom the cause put out is the object.
# ("punting Russell's Williams into retirement", "Russell (Williams) into retirement": the car or team
# may stand between)
_INTO_BEFORE_RE = re.compile(
    r"(?:(?:'s?|’s?)?(?:\s+[\w-]+){0,2})?(?:\s*\([^()]{0,40}\))?\s+into\s+(?:an?\s+(?:early\s+)?)?"
)
_PUT_OUT_BEFORE_RE = re.compile(
    r"\b(?:put|puts|pushed|pushes|knocked|knocks|forced|forces|took|takes|sent|sends|tipped|tips|left|leaves|"
    r"leaving)\s+"
    # ("forced the other Red Bull of Ricciardo out of the race": his car named first)
    r"(?:(?:the\s+)?[\w-]+(?:\s+[\w-]+)?'s?\s+|the\s+(?:other\s+)?[\w-]+(?:\s+[\w-]+)?\s+of\s+)?$"
)
# (a first name may stand before the name the mention holds: ", Alex Albon")
_LIST_SEP_RE = re.compile(r"(?:\s*,\s*|\s*,?\s+(?:and|en)\s+)(?:[a-z]+\s+)?")
_OWNED_CAR_RE = re.compile(r"(?:(?:'s?)?(?:\s+[\w-]+){1,2})?\s+")
RETIRE_RE = re.compile(r"\b(?:" + alt(NL["retire"], EN["retire"]) + r")")  # only its start is used
# The crash word is kept as the fact's detail: no Dutch and English phrase match at the same place.
# "barrier damage", "de herstelling van de vangrail", "the pit wall", "until the pit-wall intervened": the
# track's or the team's, no driver's crash
CRASH_RE = re.compile(
    r"(?<!pit )(?<!pit-)\b(?:"
    + alt(NL["crash"], EN["crash"])
    + r")\b(?!\s+(?:damage|repairs?|schade|herstel\w*|reparatie\w*))"
    # ("a crash-filled race", "Crash-Ridden GP": the race described, no one's crash)
    r"(?!-(?:ridden|filled|strewn|marred|heavy|laden|packed|littered|hit|prone|happy)\b)"
)
# Kept as one pattern in its own order: its alternatives overlap ("botst" / "botst ... elkaar",
# "raakten" / "raak... elkaar") and the matched words decide ("raakte", "hit", "samen met").
_COLLIDE_RE = re.compile(
    # ("haakten in de openingsronde in elkaar": hooked into each other)
    r"\b(?:haak\w*\b[^.;]{0,60}\bin elkaar|"
    r"botsing\w*|botst\w*|gebotst|aanrijding\w*|(?:raak|raken|tik|botst)\w*\b[^.;]{0,60}\b(?:elkaar|"
    r"each other)|raakten|in aanraking|contact|collided|touche|"
    # ("crashte hij in de eerste ronde hard met Magnussen": words between the verb and "met")
    r"collision|collide|colliding|touched|clash\w*|tangled|tangle|crashed into|crashed(?: \w+){0,7}? with|"
    # ("a racing incident with Pérez", "the two banged wheels")
    r"(?:racing )?incident (?:with|between)|(?:banged|touched|locked|interlocked|interlocking|bumped) wheels|"
    # ("has hit out at Verstappen fans": words, no touch)
    r"crasht\w*(?: \w+){0,7}? met|hit(?! out\b)|ramde|"
    r"(?:slammed|ran|drove|smashed|ploughed|plowed|spun|crashed|slid|skidded|slithered) into"
    r"(?: the back of)?|"
    r"clipped|tagged|"
    # ("knalde vol achterop Russell": how hard between)
    r"knalde (?:(?:vol|hard|keihard|frontaal) )?(?:op|tegen|achterop)|reed (?:\w+ ){0,3}achterop|"
    # ("raakte de leiding kwijt aan Vettel": lost it to him, no touch)
    # ("were knocked out in Q1": out of qualifying, no contact)
    # ("die Hartley aantikte": the verb last in a relative clause)
    r"rammed|torpedeer\w*|aangetikt|aantikte|aantikten|tikte|tikten|raakte(?![^.;]{0,60}\bkwijt\b)|"
    # ("werd door Vettel van de baan getikt", "reed Bottas van achteren aan", "een akkefietje tussen X en Y")
    r"(?:van de baan |rond |om )?getikt|(?:van achteren|achterop) aan|akkefietje(?=\s+(?:tussen|met)\s)|"
    r"knock\w* out(?! (?:in|of|at) (?:the )?(?:q[123]|qualifying|first|second|third|opening))|took out|"
    r"nam \w+ mee|samen met|"
    r"crash(?=\s+(?:tussen|between|met|with|van|of)\s))\b"
)
_A_BEFORE_RE = re.compile(r"\b(?:een|a|an)\s+(?:[\w-]+\s+)?$")
_NOUN_WITH_AFTER_RE = re.compile(r"\s+(?:with|met)\s+(?:(?:de|the|his|zijn)\s+)?(?:[\w-]+'s\s+)?")
_COLLISION_NOUN_RE = re.compile(r"crash|botsing\w*|aanrijding\w*|collision|clash\w*|contact")
_AVERTED_AFTER_RE = re.compile(  # tested only
    r"(?:\W+\w+){0,8}?\W+(?:"
    + alt(NL["averted_after"][:1])
    + r"|(?:"
    + alt(NL["averted_after"][1:], EN["averted_after"])
    + r")\b)"
)
#: the kind of a collision that nearly happened ("kwam bijna in aanraking met", "nearly hit")
NEAR_MISS = "near_miss"
_NEARLY_AFTER_RE = re.compile(r"\s+(?:bijna|nearly|almost)\b")  # "Sainz botste bijna met Alonso"
_NEARLY_BEFORE_RE = re.compile(r"\b(?:bijna|nearly|almost)[\s-]+(?:\w+\s+){0,2}$")
_NO_COLLISION_BEFORE_RE = re.compile(  # tested only
    group(NL["no_collision_before"], EN["no_collision_before"], before=r"\b") + r"\W+(?:\w+\W+){0,2}$"
)
_TOLD_BEFORE_RE = re.compile(  # tested only
    r"\b"
    + group(NL["told_before"], EN["told_before"])
    + r"\s+"
    + group(NL["told_det"], EN["told_det"])
    + r"\s+$"
)
# "hit with 30-second penalties" is no collision.
_HIT_WITH_PENALTY_RE = re.compile(r"\s+(?:with|by)\b[^.;]{0,40}\b(?:penalt|straf|fine|sanction)")
_OCCASIONS_RE = re.compile(r"\b(?:in beide gevallen|beide keren|both times|on both occasions|each time)\b")
# "raakte (niet) door Q2": got through a part of qualifying; "raakte zijn plek kwijt": lost it
_GOT_THROUGH_AFTER_RE = re.compile(
    r"(?:\s+[\w'-]+){0,5}?\s+(?:niet\s+)?door\s+(?:q[123]|de (?:eerste|tweede|derde) "
    r"(?:kwalificatie\w*|sessie|ronde))\b|(?:\s+[\w'-]+){0,6}?\s+kwijt\b"
)
# what else is hit than a car: "hit the pits", "hit the brakes", "hit the front"
_HIT_NO_CAR_RE = re.compile(
    r"\s+(?:the\s+)?(?:pits?|pit ?lane|pitlane|brakes|front|lead|throttle|button|mark|ground running|"
    r"headlines|jackpot|target|heights)\b"
)
_KEPT_OUT_BEFORE_RE = re.compile(r"\b(?:uit|out of|clear of)\s+(?:de|het|the)\s+$")
_NO_CRASH_BEFORE_RE = re.compile(r"\b(?:" + alt(NL["no_crash_before"], EN["no_crash_before"]) + r")\b")
_NOT_RETIRE_RE = re.compile(r"\b(?:" + alt(NL["not_retire"], EN["not_retire"]) + r")")  # tested only
_RETIRE_NOUN_RE = re.compile(  # tested only (match to the end)
    r"(?:uitval\w*|retirements?|dnf|opgave|"
    r"(?:engine|power unit|gearbox) (?:failed|failure|gave up|gave way|expired|blew))$"
)
_NAME_RIGHT_BEFORE_RE = re.compile(
    r"(?:'s?)?\s{1,2}$"
)  # tested only: "Perez engine failure", "Leclerc's engine"
# "zijn motor", "his gearbox", "hij": his own; "his team-mate" is someone else
_OWN_RE = re.compile(
    r"\b(?:zijn|z'n|his|hij|he)\b(?!\s+" + group(NL["own_person"], EN["own_person"]) + r"\b)"
)  # tested only
# ("a late retirement for polesitter Ricciardo": "for" and an epithet too)
_RETIREE_AFTER_RE = re.compile(  # tested only (match to name)
    r"(?:\w*\s+(?:van|of)\s+(?:de\s+|the\s+)?(?:(?:zijn|haar|his|her)\s+)?"
    r"(?:(?:ploeggenoot|teamgenoot|stalgenoot|teammaat|teammate|team-mate)\s+)?|\s+"
    r"|ment\s+for\s+(?:(?:polesitter|pole-sitter|poleman|race leader|leader|the|his)\s+)*)$"
)
_WORD_RE = re.compile(r"[\w-]+")


def _word_at(f: str, pos: int) -> str:
    """The whole word that starts at ``pos`` ("retirement" where the pattern matched its start)."""
    m = _WORD_RE.match(f, pos)
    return m.group(0) if m else ""
_OF_RE = re.compile(r"\w*\s+(?:van|of)\s+")  # ("de uitvalbeurt van Max", a name not read as one: not known)
# a retirement "of" someone a description names: "de uitvalbeurt van onze landgenoot", "the retirement of his
# team-mate" (a mention there is read by ``_RETIREE_AFTER_RE`` first)
_OF_SOMEONE_UNNAMED_RE = re.compile(
    r"\w*\s+(?:van|of)\s+(?:onze|ons|de|het|the|our|zijn|haar|his|her|their|hun)\s+"
    # ("his third retirement of the current season": when, not whose)
    r"(?!(?:current|huidige|season|seizoen|year|jaar|weekend|race|day|dag|afternoon|middag|campaign|grand)\b)"
    r"[\w-]+"
)
_NOT_BEFORE_RE = re.compile(  # tested only
    group(NL["not_before"], EN["not_before"], before=r"\b") + r"\W+(?:\w+\W+){0,1}$"
)
_CAUSE_RES: list[tuple[re.Pattern[str], str]] = [  # tested only, in this order
    (re.compile(r"\b(?:" + alt(NL["cause_" + name], EN["cause_" + name]) + r")\b"), name) for name in CAUSES
]
_CAUSE_PREP = group(NL["cause_prep"], EN["cause_prep"]) + r"\b"
_CAUSE_DET = group(NL["cause_det"], EN["cause_det"]) + r"\b"
# ("a failure on the car's hybrid system": a genitive inside)
_CAUSE_WORD = r"(?!" + _CAUSE_PREP + r")[\w'’-]+"
_CAUSE_PHRASE_RE = re.compile(
    r"\b"
    + group(NL["cause_with"], EN["cause_with"])
    + r"\s+(?:"
    + group(NL["cause_det"], EN["cause_det"])
    # (or none: "met mechanische problemen", "with brake issues")
    # up to three words, then "in het koelsysteem", "of oil pressure": the part that failed
    + r"\s+)?((?:"
    + _CAUSE_WORD
    + r"\s+){0,2}"
    + _CAUSE_WORD
    + r"(?:\s+"
    + _CAUSE_PREP
    # (not "in ronde 11", "on lap 30": when, no part)
    + r"\s+(?!(?:ronde|lap|bocht|turn)\b)(?:"
    + _CAUSE_DET
    + r"\s+)?[\w'’-]+(?:\s+(?!"
    + _CAUSE_PREP
    + r"|"
    + _CAUSE_DET
    + r")[\w'’-]+)?)?)"
)
_WORD_END_RE = re.compile(r"[\w-]*")
# "due to an issue", "met een probleem": a problem of nothing named tells no cause
_BARE_PROBLEM_RE = re.compile(
    r"(?:reliability |betrouwbaarheids)?"
    r"(?:issues?|problems?|probleem|problemen|trouble|failures?|defect|pech)"
)
_BROKEN_RE = re.compile(r"(?:gebroken|kapot\w*|defect\w*|lekke|broken|failed|faulty|blown|damaged)$")
_PROBLEM_RE = re.compile(r"(?:probleem|problemen|problems?|issues?|trouble)$")
_PROBLEM_WITH_RE = re.compile(r"\s+(?:met|with|aan|in|of)\s+(?:(?:de|het|een|zijn|his|the|a)\s+)?[\w-]+")
_PART_AFTER_RE = re.compile(r"\s+(?!(?:of|or|en|and|in|op|aan|met|van|de|het|een|the|a|an)\b)[\w-]+")
_TECH_WORD_RE = re.compile("(?:" + alt(NL["tech_word"], EN["tech_word"]) + ")")  # tested only
_COLLISION_WITH_RE = re.compile(
    r"\b(?:collision|contact|botsing|aanrijding|aanraking|touche) (?:with|met) "
    r"((?:(?!(?:during|in|at|bij|tijdens) )[\w'-]+ ){0,4}(?!(?:during|in|at|bij|tijdens)\b)[\w'-]+)"
    # and where it happened: "... with one of his own mechanics during a pit stop"
    r"(?: (?:during|in|at|bij|tijdens) (?:a|an|the|his|de|een|zijn) (?:[\w'-]+ ){0,2}[\w'-]+)?"
)
# ("de crash van Verstappen en Hamilton": of a pair, a collision between them)
_BETWEEN_RE = re.compile(r"\s+(" + alt(NL["between"], EN["between"]) + r"|van|of)\s")  # tested only (match)
_EACH_OTHER_RE = re.compile(r"\b(?:met elkaar|with each other|with one another)\b")
# "a Safety Car after Räikkönen had crashed into Giovinazzi saw Hamilton drop behind Verstappen": what the
# crash's outcome shows of others comes after it; they were not in it
_OUTCOME_AFTER_RE = re.compile(r"\b(?:saw|sees|zag|ziet)\s")
# "Sainz claimed fourth, with Hamilton finishing fifth after a clash with Magnussen": the driver of an
# absolute "with ... -ing" before the clash is its subject, not the clause's
_ING_AFTER_RE = re.compile(r"\s+(?:[\w-]+\s+)?[a-z]+ing\b")
# (English only: a Dutch "met X in aanraking" has a noun in -ing, no participle)
_ABSOLUTE_WITH_RE = re.compile(r"\bwith\s+(?:[\w'’-]+\s+){0,3}$")
_RELATIVE_WORD_RE = re.compile(r"\b(?:die|who|which)\b")
_DRIVER_WORDS = ("team", "his team", "zijn team")  # "contact with his team-mate" names a driver elsewhere
_COLLISION_CAUSE_RE = re.compile(r"\b(?:" + alt(NL["cause_collision"], EN["cause_collision"]) + r")")


# "amid crashes", "filled with crashes", "vol crashes": the plural noun, nobody's crash in particular
_CRASHES_NOUN_BEFORE_RE = re.compile(
    r"\b(?:amid|with|of|to|after|despite|by|many|several|multiple|two|three|four|vol|veel|na|door|met|twee|drie)"
    r"\s+(?:[\w-]+\s+)?$"
)
# "Grosjean's (scary lap one) crash", "Grosjean's heavy accident": a name in the genitive before the noun
_GENITIVE_BEFORE_RE = re.compile(r"'s?(?:\s+[\w-]+){0,3}\s+$")
# "de (zware) crash van Grosjean", "the accident of Grosjean": the name right after
# ("een crash van teamgenoot Sergio Pérez", "a crash of his team-mate Pérez": a title between)
_OF_AFTER_RE = re.compile(
    # ("a crash for Yuki Tsunoda at Turn 2 caused a safety car": his crash)
    r"\s+(?:van|of|for)\s+(?:(?:zijn|his)\s+)?(?:(?:teamgenoot|ploeggenoot|ploegmaat|team-?mate|rivaal|rival)\s+)?$"
)
# "a race marred by a rollover crash", "werd stilgelegd na een zware crash": a crash of the race, whose
# the clause's subject is not
_RACE_MARRED_BEFORE_RE = re.compile(
    r"\b(?:marred|overshadowed|halted|interrupted|stopped|red-flagged|ontsierd|overschaduwd|stilgelegd|"
    r"onderbroken)\s+(?:by|for|after|door|na|vanwege)\s+(?:a|an|the|een|de)?\s*(?:[\w-]+\s+){0,3}$"
)
_OWNER_LIST_GAP_RE = re.compile(r"\s*(?:,\s*|\s(?:en|and)\s)\s*")


def _crash_owner(c: Clause, start: int, end: int) -> tuple[str, ...]:
    """The driver a crash noun at ``start``-``end`` belongs to by its genitive, or nobody."""
    f = c.f
    for m in c.mentions:
        if len(m.drivers) != 1:
            continue
        if m.end <= start and _GENITIVE_BEFORE_RE.fullmatch(
            f, m.end - 2 if f[m.end - 2 : m.end] == "'s" else m.end, start
        ):
            return m.drivers
        if m.start >= end and _OF_AFTER_RE.fullmatch(f, end, m.start):
            # "een crash van Sainz en Stroll": each driver the list names
            owners, last = list(m.drivers), m
            for nxt in (x for x in c.mentions if x.start >= m.end and len(x.drivers) == 1):
                if not _OWNER_LIST_GAP_RE.fullmatch(f, last.end, nxt.start):
                    break
                owners.append(nxt.drivers[0])
                last = nxt
            return tuple(dict.fromkeys(owners))
    return ()


def clause_subject(c: Clause) -> tuple[str, ...]:
    """Who the clause's incidents and penalties are about: its own (non-object) drivers, else its subject."""
    own = [m for m in c.mentions if not m.is_object]
    if own and not own[0].group:
        return subject_group(own, c.f)
    return own[0].drivers if own else c.subject


# a subordinate clause whose own subject did what follows: "nadat Leclerc was gecrasht", "after Leclerc
# crashed out"
_SUBORDINATOR_RE = re.compile(r"\b(?:nadat|toen|doordat|after|when|because)\s")


_VERB_NEXT_RE = re.compile(r"\s+(?:(?:had|has|was|is|zelf|ook|also)\s+)?")


def _embedded_doer(c: Clause, at: int) -> tuple[str, ...]:
    """The one driver named between the last subordinator before ``at`` (in the clause) and ``at``, as a
    subject, else nobody."""
    subordinators = list(_SUBORDINATOR_RE.finditer(c.text, 0, at))
    if not subordinators:
        return ()
    opens = c.base + subordinators[-1].end()
    inside = [m for m in c.mentions if opens <= m.start and m.end <= c.base + at]
    if len(inside) != 1 or inside[0].group:
        return ()
    if inside[0].is_object and not _VERB_NEXT_RE.fullmatch(c.f, inside[0].end, c.base + at):
        return ()  # ("after Hulkenberg crashed out": read as the object of "after", the verb right after him)
    if PRONOUN_RE.fullmatch(inside[0].label):
        return ()  # "when he slithered into the gravel": the clause's own subject, nothing to move
    return inside[0].drivers


# A verb with its doer before it and the one hit after it: "as Vettel hit Verstappen", "toen Sainz Norris
# raakte"; a bare "contact" or "botsing" names no doer.
_TRANSITIVE_HIT_RE = re.compile(
    r"^(?:hit|rammed|ramde|clipped|tagged|tikte|raakte|took out|knock\w* out|(?:slammed|ran|drove|smashed|"
    r"ploughed|plowed|spun|crashed) into(?: the back of)?|crashed into)$"
)
_OBJECT_PRONOUN_RE = re.compile(r"\b(?:him|her|hem|haar|them|hen)\b")
_HIT_SUBORDINATOR_RE = re.compile(r"\b(?:as|while|when|after|terwijl|toen|nadat|doordat|waarna)\s")


def _embedded_hit(c: Clause, verb: re.Match[str]) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """ "Hamilton won as Vettel hit Verstappen", "won toen Sainz Norris raakte": (doer, hit) of a verb of
    hitting in a clause that a subordinator opens inside the clause, when one driver is named between the
    two (the Dutch verb comes last: two) and one after the verb; ``hit`` is () when the verb hits no driver
    ("as Bottas hit the wall"). Else None."""
    if not _TRANSITIVE_HIT_RE.match(verb.group(0)):
        return None
    subordinators = list(_HIT_SUBORDINATOR_RE.finditer(c.text, 0, verb.start()))
    if not subordinators:
        return None
    opens, at = c.base + subordinators[-1].end(), c.base + verb.start()
    inside = [m for m in c.mentions if opens <= m.start and m.end <= at]
    if not inside or any(m.group or PRONOUN_RE.fullmatch(m.label) for m in inside):
        return None
    if len(inside) == 2 and verb.group(0) in ("tikte", "raakte", "ramde"):
        doer, hit = inside[0].drivers, inside[1].drivers  # the Dutch subordinate clause: verb last
    elif len(inside) == 1:
        after = [m for m in c.mentions if m.start >= c.base + verb.end()]
        doer = inside[0].drivers
        hit = () if not after or after[0].start - (c.base + verb.end()) > 25 else after[0].drivers
        if not hit and _OBJECT_PRONOUN_RE.search(c.text, subordinators[-1].end(), verb.end() + 6):
            return None  # "retired after Bottas hit him", "nadat Bottas hem raakte": the clause's subject
        if after and not hit:
            return None  # a driver further on: whom the verb hit is not clear
        if after and after[0].group:
            return None
    else:
        return None
    return (doer, hit) if not set(doer) & set(hit) else None


def _lone_subordinate_doer(c: Clause, verb: re.Match[str]) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """ "won as Hamilton involved in collision", "won as Hamilton collided with Gasly": (the one driver named
    between the last subordinator before the collision word and it, the ones named right after "with"/"met"
    after it), when nobody else is named after it in the clause; else None."""
    subordinators = list(_HIT_SUBORDINATOR_RE.finditer(c.text, 0, verb.start()))
    if not subordinators:
        return None
    opens, at = c.base + subordinators[-1].end(), c.base + verb.start()
    inside = [m for m in c.mentions if opens <= m.start and m.end <= at]
    if len(inside) != 1 or inside[0].group or PRONOUN_RE.fullmatch(inside[0].label):
        return None
    if not c.f[inside[0].end : at].strip() and _COLLISION_NOUN_RE.fullmatch(verb.group(0)):
        return None  # "keeps the win after Charles Leclerc clash": a name before the noun, no clause of his
    if _OBJECT_PRONOUN_RE.search(c.f, inside[0].end, c.base + verb.end() + 6):
        return None  # "retired after Ocon hit him", "nadat Ocon hem raakte": the clause's subject was hit
    after = [m for m in c.mentions if m.start >= c.base + verb.end()]
    with_gap = _NOUN_WITH_AFTER_RE.match(c.f, c.base + verb.end())
    if after and not (with_gap and after[0].start == with_gap.end() and len(after) == 1):
        return None
    partners = after[0].drivers if after else ()
    return (inside[0].drivers, partners) if not set(partners) & set(inside[0].drivers) else None


_PENALTY_FOR_COLLISION_BEFORE_RE = re.compile(
    r"\b(?:penalty|penalties|\w*straf|straffen)\s+(?:for|voor)\s+(?:causing|het veroorzaken van)\s+"
    r"(?:an?\s+|een\s+)?$"
)


_PAIR_AND_RE = re.compile(r"\s+(?:and|en|&)\s+")
_PAIR_VERB_GAP_RE = re.compile(r"\s*(?:(?:both|then|later|beiden|toen|daarna)\s+)?")


def _embedded_pair(c: Clause, at: int) -> tuple[str, ...]:
    """ "Ricciardo won as Hamilton and Verstappen collided", "won terwijl Sainz en Norris botsten": the pair a
    subordinator opens a clause with inside this one, right before ``at`` (the verb), when they are all it
    names there; () otherwise."""
    subordinators = list(_HIT_SUBORDINATOR_RE.finditer(c.text, 0, at))
    if not subordinators:
        return ()
    opens = c.base + subordinators[-1].end()
    inside = [m for m in c.mentions if opens <= m.start and m.end <= c.base + at]
    if len(inside) != 2 or any(PRONOUN_RE.fullmatch(m.label) for m in inside):
        return ()
    return _pair_before_verb(c.f, inside[0], inside[1], c.base + at)


def _pair_before_verb(f: str, a: Mention, b: Mention, verb: int) -> tuple[str, ...]:
    """The two drivers of "A and B" right before the verb at ``verb`` of folded ``f``, or () when the two are
    not one driver each, not two, or not joined so."""
    if (
        a.group
        or b.group
        or len(a.drivers) != 1
        or len(b.drivers) != 1
        or a.drivers == b.drivers
        or not _PAIR_AND_RE.fullmatch(f, a.end, b.start)
        or not _PAIR_VERB_GAP_RE.fullmatch(f, b.end, verb)
    ):
        return ()
    return (*a.drivers, *b.drivers)


_COLLIDED_AND_RE = re.compile(r"\b(?:collided|clashed|tangled|touched|botsten|crashten)\s+(?:and|en)\s*$")


def _carried_pair(c: Clause) -> tuple[str, ...]:
    """The pair of a subordinate clause that collided right before this clause ("won as Hamilton and
    Verstappen collided | and crashed out"), or ()."""
    verb = _COLLIDED_AND_RE.search(c.f, 0, c.base)
    if verb is None:
        return ()
    before = [m for m in c.sentence.mentions if m.end <= verb.start()]
    if len(before) < 2:
        return ()
    a, b = before[-2:]
    subordinator = list(_HIT_SUBORDINATOR_RE.finditer(c.f, 0, a.start))
    if not subordinator or any(subordinator[-1].end() <= m.start < a.start for m in before):
        return ()
    return _pair_before_verb(c.f, a, b, verb.start())


# a penalty for the collision right before its verb, and the one given it right before the penalty
_PENALTY_FOR_BEFORE_RE = re.compile(
    r"\b(?:penalty|penalties|straf|tijdstraf|gridstraf)\s+(?:for|voor)\s+"
    r"(?:het\s+|de\s+|the\s+|his\s+|zijn\s+)?$"
)
_GIVEN_BEFORE_PENALTY_RE = re.compile(r"\s+(?:a|an|een)\s+(?:[\w-]+\s+){0,2}")


# a subordinate clause with a subject of its own that is a group of drivers not named
_GROUP_SUBJECT_BEFORE_RE = re.compile(
    r"\b(?:as|while|whilst|when|after|before|since|once|until|terwijl|toen|nadat|zodra)\s+"
    r"(?:the|both|all|several|many|most|two|three|four|five|de|beide|alle|twee|drie|vier|vijf)\s+"
    r"(?:[\w'-]+\s+){0,2}(?:contenders|leaders|front-?runners|frontrunners|rivals|drivers|cars|duo|pair|"
    r"favourites|others|coureurs|rijders|wagens|auto's|bolides|concurrenten|kanshebbers|titelkandidaten|"
    r"koplopers|anderen)\s+(?:[\w'-]+\s+){0,2}$"
)


def incidents(c: Clause, subj: tuple[str, ...]) -> list[Fact]:
    """Collisions (each driver with the others), crashes and retirements (with cause) in the clause."""
    clause, base, f, cm, idx = c.text, c.base, c.f, c.mentions, c.index
    facts: list[Fact] = []
    if not cm and base:
        # "... as Hamilton and Verstappen collided | and crashed out": the pair goes on, not the subject
        subj = _carried_pair(c) or subj
    own = [m for m in cm if not m.is_object]
    others_m = [m for m in cm if m.is_object or (m.drivers and not set(m.drivers) <= set(subj))]
    others = tuple(dict.fromkeys(d for m in others_m for d in m.drivers if d not in subj))
    label = next((m.label for m in others_m if m.group), None)
    collide = _COLLIDE_RE.search(clause)
    crash = CRASH_RE.search(clause)
    each = _EACH_OTHER_RE.search(clause) if collide else None
    if each:
        # "moest uitwijken voor Leclerc en Pérez, die met elkaar in botsing kwamen": the drivers named
        # before the relative pronoun collided, not the clause's subject.
        rel = list(_RELATIVE_WORD_RE.finditer(f, 0, base + each.start()))
        named = [m for m in c.sentence.mentions if rel and m.end <= rel[-1].start() and not m.group]
        pair = tuple(dict.fromkeys(d for m in named[-2:] for d in m.drivers))
        if len(pair) >= 2:
            subj, others = pair, ()
    punished = _PENALTY_FOR_BEFORE_RE.search(clause, 0, collide.start()) if collide else None
    given = [m for m in cm if punished and m.end <= base + punished.start() and not m.group][-1:]
    if (
        collide
        and punished
        and given
        and _GIVEN_BEFORE_PENALTY_RE.fullmatch(f, given[0].end, base + punished.start())
    ):
        # "criticised the decision to give Vettel a five-second penalty for colliding with Bottas": the one
        # punished collided, with the one named after it; not the subject who criticised it
        subj = given[0].drivers
        after = [m for m in cm if m.start >= base + collide.end()]
        others = tuple(dict.fromkeys(d for m in after for d in m.drivers if d not in subj))
    between = _BETWEEN_RE.match(clause, collide.end()) if collide else None
    if between:
        # "began with a collision between Hamilton and Räikkönen": the pair named right after collided
        pair_m = [m for m in c.sentence.mentions if m.start >= base + between.end() and not m.group]
        if pair_m and pair_m[0].start - (base + between.end()) <= 30:
            pair = subject_group([replace(m, is_object=False) for m in pair_m], f)
            if len(pair) >= 2:
                subj, others, label = pair, (), None
            elif between.group(1) in ("van", "of"):
                collide = None  # "de crash van Verstappen": his crash, no collision with the subject
        elif between.group(1) in ("van", "of"):
            collide = None
    noun_with = _NOUN_WITH_AFTER_RE.match(clause, collide.end()) if collide and others else None
    if noun_with and collide and _COLLISION_NOUN_RE.fullmatch(collide.group(0)):
        # "lost momentum to teammate Bottas before suffering a collision with Raikkonen": the one after "with"
        after_with = [m for m in others_m if m.start >= base + noun_with.end()]
        if after_with and after_with[0].start == base + noun_with.end():
            others_m = after_with
            others = tuple(dict.fromkeys(d for m in others_m for d in m.drivers if d not in subj))
    outcome = _OUTCOME_AFTER_RE.search(clause, collide.end()) if collide and others else None
    later = _HIT_SUBORDINATOR_RE.search(clause, collide.end()) if collide and others else None
    if (
        later
        and collide
        and any(m.end <= base + collide.start() for m in cm)
        and (outcome is None or later.start() < outcome.start())
    ):
        # "collided with Gasly as Hamilton watched": a clause of its own after "as" names no partner (not
        # "The collision happened after Hulkenberg passed Grosjean": nobody before it, the pair told after)
        outcome = later
    if outcome:
        others_m = [m for m in others_m if m.start < base + outcome.start()]
        others = tuple(dict.fromkeys(d for m in others_m for d in m.drivers if d not in subj))
    if collide and others:
        absolute = [
            m
            for m in cm
            if m.end <= base + collide.start()
            and not m.group
            and _ABSOLUTE_WITH_RE.search(f, max(0, m.start - 30), m.start)
            and _ING_AFTER_RE.match(f, m.end)
        ]
        before_clash = [m for m in cm if m.end <= base + collide.start()]
        if absolute and before_clash[-1] is absolute[-1]:  # (nobody named between him and the clash)
            # ("with Alonso and Ocon getting tangled up": the pair the "with" names)
            opened = f.rfind("with ", 0, absolute[-1].start)
            subj = subject_group([m for m in before_clash if m.start >= opened], f)
            others_m = [m for m in cm if m.start >= base + collide.end()]
            others = tuple(dict.fromkeys(d for m in others_m for d in m.drivers if d not in subj))
    main_subj = subj
    pair = _embedded_pair(c, collide.start()) if collide and not each and not between else ()
    if pair:
        # "Ricciardo won as Hamilton and Verstappen collided": the pair collided, not the subject
        subj, others, label = pair, (), None
    hit = _embedded_hit(c, collide) if collide and not each and not between and not pair else None
    if hit:
        subj, others, label = hit[0], hit[1], None
        if not others:
            collide = None  # "as Bottas hit the wall": his crash alone, no collision with the subject
    if collide and not each and not between and not pair and not hit:
        lone = _lone_subordinate_doer(c, collide)
        if lone:
            # "Verstappen coasts to the win as Hamilton involved in collision", "won as Hamilton collided with
            # Gasly": the one of the clause "as" opens (and whom he collided with); the subject before "as"
            # was in no collision
            subj, others, label = lone[0], lone[1], None
    if (
        collide
        and len(subj) >= 2
        and not others
        and _PENALTY_FOR_COLLISION_BEFORE_RE.search(clause, max(0, collide.start() - 40), collide.start())
    ):
        # "Perez, Magnussen and Ericsson, handed a penalty for causing a collision": each his own, no
        # collision between them
        collide = None
    if collide and collide.group(0) == "samen met" and not crash:
        collide = None
    if (
        collide
        and not between
        and not each
        and _COLLISION_NOUN_RE.fullmatch(collide.group(0))
        and _A_BEFORE_RE.search(clause, max(0, collide.start() - 20), collide.start())
        and not set(subj) & {d for m in c.sentence.mentions for d in m.drivers}
    ):
        # "Het eerste rondje werd opgeschrikt door een zware crash met Hülkenberg in een hoofdrol": a crash
        # whose sentence does not name the subject it would be his with (carried from the sentence before;
        # "The collision dropped Albon to 14th" goes on about the one told)
        collide = None
    if collide and len(subj) >= 2 and not others and _TOLD_BEFORE_RE.search(clause[: collide.start()]):
        collide = None  # "Ocon and Hülkenberg failed to finish after the clash": a clash told before
    if (
        collide
        and collide.group(0) == "hit"
        and (
            _HIT_WITH_PENALTY_RE.match(clause[collide.end() :]) or _HIT_NO_CAR_RE.match(clause, collide.end())
        )
    ):
        collide = None  # "hit with 30-second penalties", "Verstappen and Bottas hit the pits"
    if (
        collide
        and collide.group(0) in ("raakte", "raakten")
        and _GOT_THROUGH_AFTER_RE.match(clause, collide.end())
    ):
        collide = None  # "Pérez raakte met zijn Red Bull niet door Q2", "raakte zijn plek kwijt": no contact
    if collide and _OCCASIONS_RE.search(c.f):
        collide = (
            None  # "in beide gevallen werd hij van de baan getikt door Hamilton": other races, told back
        )
    if (
        collide
        and collide.group(0) in ("raakten", "raakte", "hit", "tikte", "tikten", "contact")
        and not others
        and len(subj) < 2
    ):
        collide = None
    barely = collide is not None and (
        _NEARLY_BEFORE_RE.search(clause, max(0, collide.start() - 20), collide.start()) is not None
        or _NEARLY_AFTER_RE.match(clause, collide.end()) is not None
    )
    if (
        collide
        and (barely or not _NO_COLLISION_BEFORE_RE.search(clause[: collide.start()]))
        and not _AVERTED_AFTER_RE.match(clause, collide.end())
    ):
        # "kwam bijna in aanraking met Latifi", "botste bijna met Alonso": a near miss, its own kind
        kind = NEAR_MISS if barely else "collision"
        if len(subj) >= 2 and not others:
            for d in subj:
                facts.append(Fact(kind, d, idx, others=tuple(x for x in subj if x != d)))
        elif subj and others:
            for d in subj:
                facts.append(Fact(kind, d, idx, others=others, other_label=label))
            for o in others:
                facts.append(Fact(kind, o, idx, others=subj))
    crashed = subj  # the embedded doer's when he hit something: "as Bottas hit the wall"
    subj = main_subj
    if (
        crash
        and crash.group(0) in ("crashes", "crashs")
        and _CRASHES_NOUN_BEFORE_RE.search(clause[: crash.start()])
    ):
        crash = None  # "a qualifying filled with crashes", "pole amid crashes": crashes of the session
    if crash and crash.group(0) in ("crash", "ongeluk", "accident"):
        # "Grosjean's scary lap one crash", "de crash van Grosjean": the crash is the named driver's
        whose = _crash_owner(c, base + crash.start(), base + crash.end())
        if whose:
            crashed = whose
        elif not own or _RACE_MARRED_BEFORE_RE.search(clause, 0, crash.start()):
            crash = None  # ("won a race marred by a horror crash on the first lap": the race's, not his)
    if crash and crash.group(0) not in ("crash", "ongeluk", "accident") and crashed == subj:
        embedded = _embedded_doer(c, crash.start())
        if embedded:
            crashed = embedded  # "won nadat Leclerc uit de race was gecrasht": Leclerc crashed
    if crash and negated_right_before(clause, crash.start()):
        # "Verstappen doesn't crash", "did not hit the wall" (not "did not finish after spinning into the
        # gravel": that one did)
        crash = None
    if crash and _KEPT_OUT_BEFORE_RE.search(clause, max(0, crash.start() - 14), crash.start()):
        crash = None  # "wist zijn auto uit de muur te houden", "kept it out of the wall": no crash
    if crash and not _NO_CRASH_BEFORE_RE.search(clause[: crash.start()]):
        for d in crashed:
            facts.append(Fact("crash", d, idx, detail=crash.group(0)))
    retire = RETIRE_RE.search(clause)
    if retire and (
        _NOT_RETIRE_RE.search(clause)
        or (
            _RETIRE_NOUN_RE.match(retire.group(0))
            and not own
            and not _OWN_RE.search(clause[: retire.start()])
            and not _named_after(c, retire)  # ("na de uitvalbeurt van teamgenoot Gasly": his, named)
        )
    ):
        # "nooit opgeven", "viel stil in de opwarmronde", "op de vijfde plaats geparkeerd", "er was een
        # uitvaller": no retirement, or nobody named.
        retire = None
    if retire and _LAP_OUTSIDE_RACE_RE.search(f, 0, base + retire.start()):
        # "sloot de uitloopronde af met donuts | en parkeerde zijn auto daarna": a lap after (or before) the
        # race, told earlier in the sentence
        retire = None
    if retire and _OTHER_RACE_AFTER_RE.match(clause, retire.end()):
        retire = None  # "after his late DNF in the opener": a retirement of an earlier race
    if (
        retire
        and retire.group(0) in ("uitgevallen", "retired")
        and _ATTRIBUTIVE_BEFORE_RE.search(clause, max(0, retire.start() - 30), retire.start())
        and (noun := _NOUN_AFTER_RE.match(clause, retire.end()))
        and not any(m.start == base + noun.start(1) for m in c.mentions)
    ):
        retire = None  # "op zijn reeds uitgevallen titelrivaal": a participle that describes another
    if retire and not _NOT_BEFORE_RE.search(clause[: retire.start()]):
        who = subj if subj else ()
        group_subject = _GROUP_SUBJECT_BEFORE_RE.search(clause, max(0, retire.start() - 80), retire.start())
        in_group = (
            [m for m in c.mentions if base + group_subject.start() <= m.start < base + retire.start()]
            if group_subject
            else []
        )
        if len(who) < 2 and clause.endswith("double ", 0, retire.start()):
            # "Verstappen wins as Mercedes suffers double DNF": a team's two cars, no one driver's ("rival
            # Ferraris suffered a double DNF": the pair named)
            who = ()
        if group_subject and all(m.group for m in in_group):
            # "kept it together even as the top contenders retired", "won as both Mercedes cars retired":
            # the subordinate clause's own subject, a group (the pair it names, or no one named)
            who = tuple(dict.fromkeys(d for m in in_group for d in m.drivers))
        if pair and collide and retire.start() > collide.start():
            who = pair  # "as Hamilton and Verstappen collided and crashed out": the pair retired
        if retire.start() > 0 and own and own[0].start > base + retire.start():
            # ("vielen Leclerc en teamgenoot Sainz uit": the pair after the verb)
            who = subject_group(own, f)
        own_before = [m for m in own if m.end <= base + retire.start()]
        if (
            own_before
            and not set(own_before[-1].drivers) & set(who)
            and EMBEDDED_RE.search(
                # (from the first name's last letter: "for the Red Bull driver when Bottas retired")
                f,
                own_before[0].end - 1 if len(own_before) >= 2 else base,
                own_before[-1].start,
            )
        ):
            # "Verstappen leidde toen Pérez moest parkeren", "Hamilton led when Bottas retired": the
            # driver of the subordinate clause is the one who retired.
            who = own_before[-1].drivers
        just_before = [m for m in c.mentions if m.end <= base + retire.start()]
        if (
            just_before
            and retire.group(0).startswith(("engine", "power unit", "gearbox", "motor"))
            and _NAME_RIGHT_BEFORE_RE.fullmatch(f, just_before[-1].end, base + retire.start())
        ):
            who = just_before[-1].drivers  # "due to Perez engine failure", "Leclerc's engine failed"
        if (
            just_before
            and retire.group(0) == "out of the race"
            and not just_before[-1].group
            and _OWNED_CAR_RE.fullmatch(f, just_before[-1].end, base + retire.start())
        ):
            # "a move that put Red Bull's Albon out of the race": the object; "a crash that left Russell,
            # Albon and Zhou out of the race": each of the list
            # (the list may run over clauses: the sentence's mentions)
            listed = [m for m in c.sentence.mentions if m.end <= just_before[-1].end]
            k = len(listed) - 1
            while k > 0 and _LIST_SEP_RE.fullmatch(f, listed[k - 1].end, listed[k].start):
                k -= 1
            if _PUT_OUT_BEFORE_RE.search(f, max(0, listed[k].start - 40), listed[k].start):
                who = tuple(d for m in listed[k:] if not m.group for d in m.drivers)
        if (
            just_before
            and clause.startswith("retirement", retire.start())
            and not just_before[-1].group
            and _INTO_BEFORE_RE.fullmatch(f, just_before[-1].end, base + retire.start())
            and not set(just_before[-1].drivers) <= set(who)
        ):
            # "punting George Russell into retirement", "forced Russell into retirement": the one sent there
            who = just_before[-1].drivers
        named_before = {m.drivers for m in just_before if not m.group and len(m.drivers) == 1}
        if (
            _HIS_RIGHT_BEFORE_RE.search(clause, max(0, retire.start() - 30), retire.start())
            and len(named_before) == 1
            and not set(who) & set(next(iter(named_before)))
            and _PROBLEM_OF_BEFORE_RE.search(f, max(0, just_before[-1].start - 8), just_before[-1].start)
        ):
            # "a loss of power for Leclerc caused his first retirement": "his" is the one driver the clause
            # named, not the one the sentence before was about
            who = next(iter(named_before))
        if (
            just_before
            and retire.group(0).startswith("retir")
            and not just_before[-1].group
            and not f[just_before[-1].end : base + retire.start()].strip()
            and not set(just_before[-1].drivers) <= set(who)  # ("Ocon and Alonso retired": the pair)
        ):
            who = just_before[-1].drivers  # "having Nico Hulkenberg retire at lap 16": the name before it
        if (
            just_before
            and not just_before[-1].group
            and LET_BEFORE_RE.search(f, max(0, just_before[-1].start - 12), just_before[-1].start)
            and _TO_GAP_RE.fullmatch(f, just_before[-1].end, base + retire.start())
        ):
            who = just_before[-1].drivers  # "a hydraulics failure forced Sainz to retire": the one made to
        gerund = [m for m in c.mentions if m.end <= base + retire.start()][-1:]
        if (
            gerund
            and not gerund[0].group
            and not set(gerund[0].drivers) <= set(who)
            and _GERUND_DOER_BEFORE_RE.search(f, max(0, gerund[0].start - 12), gerund[0].start)
            and (
                _GERUND_TO_RE.fullmatch(f, gerund[0].end, base + retire.start())
                # ("by Bottas ending his day early": the retirement phrase is the participle itself)
                or (
                    not f[gerund[0].end : base + retire.start()].strip()
                    and _word_at(f, base + retire.start()).endswith("ing")
                )
            )
        ):
            # "tempered by Ricciardo ending his outing with a retirement": the doer of the "-ing" phrase the
            # retirement stands in, not the clause's subject
            who = gerund[0].drivers
        whose_m = _WHOSE_BEFORE_RE.search(f, max(0, base + retire.start() - 40), base + retire.start())
        named_whose = [m for m in c.sentence.mentions if whose_m and m.end <= whose_m.start() and not m.group]
        if whose_m and named_whose and _COMMA_GAP_RE.fullmatch(f, named_whose[-1].end, whose_m.start()):
            # "... with Sebastian Vettel, whose retirement on lap 28 brought out the safety car": the one
            # named right before "whose"
            who = named_whose[-1].drivers
        retiree = _named_after(c, retire)
        if retiree:
            who = retiree  # "het uitvallen van Verstappen", "de uitgevallen Pérez"
        elif _RETIRE_NOUN_RE.search(_word_at(f, base + retire.start())) and (
            _OF_SOMEONE_UNNAMED_RE.match(f, base + retire.end())
            or (
                (of := _OF_RE.match(f, base + retire.end())) is not None
                and c.sentence.orig[of.end() : of.end() + 1].isupper()
            )
        ):
            # "door de uitvalbeurt van onze landgenoot 0-1 voor Albon": the one it was of is not named (nor
            # is it the one named later)
            who = ()
        else:
            # "in aanraking met Verstappen die daardoor ... en uiteindelijk uitviel": the one "die" follows
            # (named in the sentence before this clause, when "en" cut the relative clause in two)
            prior = [m for m in c.sentence.mentions if m.end <= base + retire.start() and not m.group]
            if prior and _RELATIVE_DIE_RE.match(f, prior[-1].end, base + retire.start()):
                who = prior[-1].drivers
        sc = c.sentence
        cause = cause_of(clause, sc.orig[base : base + len(clause)])
        if cause in (None, "crash"):
            # "blew a tyre and crashed out": the sentence's own specific cause says more than the crash
            wider = cause_of(without_others(f, sc.mentions, who), sc.orig)
            if wider == "wing" and any(set(m.drivers) - set(who) for m in sc.mentions):
                wider = None  # "spun around by Ricciardo, who lost his front wing": another's damage
            cause = wider if wider not in (None, "crash", "collision") or cause is None else cause
        if len(who) > 1 and _RESPECTIVELY_RE.search(f):
            # "Hamilton and Bottas retired with fuel and gearbox failures respectively": one cause each, not
            # the last one for both
            cause = None
        crashers = {x.driver for x in facts if x.kind == "crash"}
        if cause == "crash" and crashers and not crashers & set(who):
            cause = None  # "Raikkonen retired after Hulkenberg crashed out": another's crash is not his cause
        for d in who:
            facts.append(Fact("retirement", d, idx, reason=cause))
        like = _LIKE_AFTER_RE.match(f, base + retire.end())
        alike = [
            m
            for m in sc.mentions
            if like
            and m.start == like.end()
            and not m.group
            and m.drivers != who
            and _LIKE_NAME_ENDS_RE.match(f, m.end)  # (not "just like Colapinto did in 2023": another race)
        ]
        for m in alike:
            # "spinde in de muur en viel uit, net als Colapinto", "crashed out, as did Colapinto": he is out
            # too (his cause is his own)
            facts.append(Fact("retirement", m.drivers[0], idx))
    return facts


def _named_after(c: Clause, retire: re.Match[str]) -> tuple[str, ...]:
    """The driver the retirement word is of, named right after it ("het uitvallen van Verstappen", "de
    uitgevallen Pérez", "the retirement of his team-mate Bottas"), else ()."""
    after = [m for m in c.mentions if m.start >= c.base + retire.end()]
    if after and _RETIREE_AFTER_RE.match(c.f, c.base + retire.end(), after[0].start):
        return after[0].drivers
    return ()


_RESPECTIVELY_RE = re.compile(r"\b(?:respectively|respectievelijk)\b")
_LIKE_NAME_ENDS_RE = re.compile(r"\s*(?:did|deed|too|ook)?\s*(?:[.;,!]|$)")
_LIKE_AFTER_RE = re.compile(
    r"(?:\s+(?:[\w-]+\s+){0,3}?)??\s*,?\s*(?:net als|net zoals|evenals|as did|just like|like)\s+"
    r"(?:(?:de|het|the)\s+)?"
)


_TO_GAP_RE = re.compile(r"\s+to\s+")
_LAP_OUTSIDE_RACE_RE = re.compile(
    r"\b(?:uitloopronde|opwarmronde|formatieronde|installatieronde|ereronde|formation lap|cool-?down lap|"
    r"in-lap|slowing-down lap|parade lap|warm-up lap|lap of honou?r)\b"
)
# "by Ricciardo ending his outing with a retirement": a name after "by", "with" or "after" that a participle
# follows, up to the retirement within its phrase (no comma, no clause of its own)
_GERUND_DOER_BEFORE_RE = re.compile(r"\b(?:by|with|after|following)\s+$")
_GERUND_TO_RE = re.compile(
    r"\s+(?:[a-z]+ly\s+)?[a-z]+ing\b[^,;:()]{0,80}?\s+(?:an?\s+|his\s+)?(?:[\w-]+\s+)?"
)
# a participle before a noun: "zijn reeds uitgevallen titelrivaal", "the retired Leclerc"
_ATTRIBUTIVE_BEFORE_RE = re.compile(
    r"\b(?:zijn|haar|de|het|een|diens|his|her|the|a)\s+(?:(?:reeds|al|eerder|vroeg|already|early)\s+)?$"
)
_NOUN_AFTER_RE = re.compile(
    r"\s+(?!(?:is|was|en|and|in|op|na|bij|met|door|tijdens|during|after|from|with|on|at)\b)([a-z][\w-]+)"
)
# right after a name, a relative "die"/"who" and its clause up to the retirement, no other name or clause
_RELATIVE_DIE_RE = re.compile(r"\s*,?\s+(?:die|who)\s+[^,;]{0,80}?$")
_OTHER_RACE_AFTER_RE = re.compile(
    r"\w*\s+(?:[\w-]+\s+){0,2}?(?:in|at|bij|tijdens|van)\s+(?:the|de|het)\s+(?:season[- ]?)?"
    r"(?:opener|openingsrace|seizoensopener|previous race|last race|race before|vorige race|"
    r"vorige grand prix)\b"
)
_HIS_RIGHT_BEFORE_RE = re.compile(r"\b(?:his|her|zijn|haar)\s+(?:[\w-]+\s+)?$")
# "a loss of power for Leclerc", "een motorprobleem bij Leclerc": the driver whose trouble it was
_PROBLEM_OF_BEFORE_RE = re.compile(r"\b(?:for|of|bij|van)\s+$")


_FORCED_OUT_RE = re.compile(
    r"\b(?:a|an|the|his|een|de|het|zijn)\s+((?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:forced|dwong)\s+(?:him|hem|her|haar)\s+"
    r"(?:to retire|to stop|to park|out|into retirement|tot (?:opgeven|opgave|stoppen|parkeren))"
)
# "a suspected MGU-H failure brought about his retirement", "een haperende benzinepomp was de oorzaak van zijn
# uitvalbeurt": the thing named as what ended his race (kept only when it names a technical thing)
_CAUSED_RETIREMENT_RE = re.compile(
    r"\b(?:a|an|the|his|een|de|het|zijn)\s+((?:[\w-]+\s+){0,3}?[\w-]+)\s+"
    # ("a suspected battery issue ending his race": the participle too)
    r"(?:(?:was|is|proved|bleek)\s+)?(?:brought about|caused|led to|resulted in|ended|ending|"
    r"(?:the|de) (?:cause|oorzaak) (?:of|van)|veroorzaakte|leidde tot|betekende het einde van)\s+"
    r"(?:his|her|zijn|haar|z'n)\s+(?:[\w-]+\s+)?(?:retirement|race|uitvalbeurt|opgave|uitval|dnf)\b"
)
_FORCED_BY_PERSON_RE = re.compile(r"\b(?:team|stewards|fia|ploeg|teambaas|engineer|ingenieur|boss)\b")


# "..., whose retirement", "..., whose engine failed": the one named right before it
_WHOSE_BEFORE_RE = re.compile(r"\b(?:whose|wiens|van wie)\s+(?:[\w-]+\s+){0,2}$")
_COMMA_GAP_RE = re.compile(r"\s*[,(-]?\s*")


# a cause denied right before it: "niets te maken met", "nothing to do with", "not caused by"
_DENIED_CAUSE_RE = re.compile(
    r"\b(?:niets te maken (?:had|heeft|hebben|hadden) met|(?:had|has|have) nothing to do with|"
    r"niet (?:het gevolg van|te wijten aan|veroorzaakt door)|"
    r"not (?:due to|caused by|because of|the result of))\b"
)
_DENIAL_REACH = 40  # characters before a cause where its denial may stand


def _told_cause(f: str, m: re.Match[str], original: str) -> str | None:
    """The cause phrase ``m`` found, as written in ``original``: up to its last technical word and the part
    a problem was with; None when it names nothing ("due to an issue")."""
    # up to the word of its last technical piece: "met mechanische problemen (uitviel)", "with brake
    # issues (on lap 28)", "schade aan de vloer"
    last = list(_TECH_WORD_RE.finditer(f, m.start(1), m.end(1)))[-1]
    end = _WORD_END_RE.match(f, last.end())
    stop = end.end() if end else last.end()
    # ("een gebroken achterwielophanging", "a failed gearbox": the broken part after it; "problemen met de
    # accu", "issues with the gearbox": the part a problem was with)
    part = (
        _PART_AFTER_RE.match(f, stop, m.end(1))
        if _BROKEN_RE.search(f, last.start(), stop)
        else _PROBLEM_WITH_RE.match(f, stop)
        if _PROBLEM_RE.search(f, last.start(), stop)
        else None
    )
    told = original[m.start(1) : part.end() if part else stop]
    return None if _BARE_PROBLEM_RE.fullmatch(told.lower()) else told


def cause_of(f: str, original: str | None = None) -> str | None:
    """A retirement's cause: a known kind ("gearbox"), else the technical phrase itself
    ("defecte brandstofpomp") taken from ``original`` (same offsets as ``f``)."""
    for rx, name in _CAUSE_RES:
        m = rx.search(f)
        if m and _DENIED_CAUSE_RE.search(f, max(0, m.start() - _DENIAL_REACH), m.start()):
            # "de uitvalbeurt had niets te maken met de nieuwe motor": the cause denied is none
            return None
        if m and name == "fuel" and original is not None:
            # "defecte brandstofpomp", "problemen met de brandstoftoevoer naar zijn motor": the fuel part as
            # written (the pump, the feed, the pressure), not the engine it feeds
            return original[m.start() : m.end()]
        if m:
            return name
    # (the first "with" that names a technical thing, not "combined with Norris's retirement with an oil
    # leak")
    # (overlapping: "with a retirement caused by a broken exhaust" holds a second phrase inside the first)
    m = _CAUSE_PHRASE_RE.search(f)
    while m is not None and not _TECH_WORD_RE.search(m.group(1)):
        m = _CAUSE_PHRASE_RE.search(f, m.start() + 1)
    told = _told_cause(f, m, original) if m and original is not None else None
    if told is not None:
        return told
    forced = _FORCED_OUT_RE.search(f)
    if forced and original is not None and not _FORCED_BY_PERSON_RE.search(forced.group(1)):
        # "a jammed wheel nut forced him to retire": the thing that forced him out
        return original[forced.start(1) : forced.end(1)]
    caused = _CAUSED_RETIREMENT_RE.search(f)
    if caused and original is not None and _TECH_WORD_RE.search(caused.group(1)):
        return original[caused.start(1) : caused.end(1)]
    if _COLLIDE_RE.search(f) and _COLLISION_CAUSE_RE.search(f):
        with_what = _COLLISION_WITH_RE.search(f)
        if with_what and original is not None and not with_what.group(1).startswith(_DRIVER_WORDS):
            # "a collision with one of his own mechanics": who or what he hit says why
            return original[with_what.start() : with_what.end()].strip()
        return "collision"
    if CRASH_RE.search(f):
        return "crash"
    return None


# --- after the article -----------------------------------------------------------------------------

# The next sentence explains a retirement when it tells of damage, a hit or a failure.
_EXPLAINS_RE = re.compile(r"\b(?:" + alt(NL["explains"], EN["explains"]) + r")")  # tested only
# the cause told impersonally right after the retirement: "Er bleek een probleem met ...", "The cause was ..."
_IMPERSONAL_CAUSE_RE = re.compile(
    r"\s*(?:er bleek|er was|het bleek|de oorzaak|het probleem|it turned out|it was|the cause|the problem|"
    # "Something broke on the car, he says over the radio": what gave out, unnamed
    r"the culprit was|something (?:broke|failed|gave way)|er (?:brak|begaf) (?:iets|het)|"
    r"iets (?:brak|begaf))\b"
)
_OWN_OPENING_RE = re.compile(  # tested only (match at the sentence start)
    group(NL["own_opening"], EN["own_opening"])
    + r"\s+(?!"
    + group(NL["own_person"], EN["own_person"])
    + r"\b)"
)
_POINTS_BACK_RE = re.compile(r"\b(?:" + alt(NL["points_back"], EN["points_back"]) + r")")  # tested only
_OWN_INCIDENTS = ("collision", "crash")


def attach_causes(
    facts: list[Fact],
    sentences: list[Sentence],
    folded: list[str],
    leads: dict[int, tuple[str, ...]],
    named: list[set[str]] | None = None,
) -> list[Fact]:
    """A retirement without a cause takes the sentence before it in its paragraph when it points back at
    that one ("dat betekende het einde", "that ended his race") and that one tells the driver's own
    collision, crash or failure; else the next sentence of its paragraph when that one is about the same
    driver (or opens with his own car or part and names nobody: "Zijn motor liet hem in de steek.") and
    explains ("Alonso viel als enige uit. Hij kreeg een stuk voorvleugel tegen zijn wagen.")."""
    retired_in: dict[int, set[str]] = {}
    incident_of: dict[int, set[str]] = {}
    for x in facts:
        if x.kind == "retirement":
            retired_in.setdefault(x.sentence, set()).add(x.driver)
        elif x.kind in _OWN_INCIDENTS:
            incident_of.setdefault(x.sentence, set()).add(x.driver)
    out: list[Fact] = []
    for x in facts:
        j = x.sentence + 1
        i = x.sentence - 1
        if (
            x.kind == "retirement"
            and x.reason is None
            and x.status == "final"
            and i >= 0
            and sentences[i].paragraph == sentences[x.sentence].paragraph
            and _POINTS_BACK_RE.search(folded[x.sentence])
            and retired_in.get(i, {x.driver}) == {x.driver}
            and (
                x.driver in incident_of.get(i, set())
                or (
                    leads.get(i) == (x.driver,)
                    and (cause_of(folded[i]) in CAUSES or _MECHANICAL_RE.search(folded[i]) is not None)
                )
            )
        ):
            # "X en Sainz raakten elkaar. Voor Sainz betekende dat het einde van de race": the sentence
            # before, his own collision, crash or failure, is the cause the retirement points back at.
            x = replace(x, reason=sentences[i].text.strip().rstrip("."))
        elif (
            x.kind == "retirement"
            and x.reason is None
            and x.status == "final"
            and j < len(sentences)
            and sentences[j].paragraph == sentences[x.sentence].paragraph
            and (
                leads.get(j) == (x.driver,)
                # "Zijn motor liet hem in de steek": his own car or part, nobody else named; "Er bleek een
                # probleem met de benzinepomp te zijn": what was found, nobody named
                or (
                    named is not None
                    and not named[j]
                    and (_OWN_OPENING_RE.match(folded[j]) or _IMPERSONAL_CAUSE_RE.match(folded[j]))
                    is not None
                )
            )
            and retired_in.get(j, {x.driver}) == {x.driver}
            and (cause_of(folded[j], sentences[j].text) is not None or _EXPLAINS_RE.search(folded[j]))
            # ("De Canadees was vanaf de achterste startrij vertrokken, nadat hij in Q1 was gecrasht": what
            # happened in another session before the race explains no retirement in it)
            and not _ANOTHER_SESSION_RE.search(folded[j])
        ):
            x = replace(x, reason=sentences[j].text.strip().rstrip("."))
        elif x.kind == "retirement" and x.reason is None and x.status == "final" and named is not None:
            found = _found_later(x, sentences, folded, named, retired_in)
            if found is not None:
                x = replace(x, reason=found)
        elif (
            x.kind == "retirement"
            and x.reason == "crash"
            and x.status == "final"
            and i >= 0
            and leads.get(i) == (x.driver,)
            and (named is None or named[i] <= {x.driver})
            and cause_of(folded[i]) in _CRASH_CAUSES
        ):
            # "Verstappen liep de zege mis door een klapband. Hij crashte en viel uit": what made him crash
            x = replace(x, reason=cause_of(folded[i]))
        if x.kind == "retirement" and x.reason is None and x.status == "final" and named is not None:
            x = replace(x, reason=_puncture_told(x, folded, named))
        out.append(x)
    return out


_PUNCTURE_RE = next(rx for rx, name in _CAUSE_RES if name == "puncture")
# a sentence of another race, year or a supposition tells no puncture of this one
_NOT_THIS_RACE_RE = re.compile(
    r"\b(?:vorig\w*|last (?:year|week|race|season|time)|previous|eerder\w*|\d{4}|als|if|zou|would|"
    r"bijna|nearly|almost|geen|no|without|zonder)\b"
)


def _puncture_told(x: Fact, folded: list[str], named: list[set[str]]) -> str | None:
    """ "Verstappen koerste af op de winst, toen een achterband klapte. ... Verstappen, na zijn uitvalbeurt":
    a retirement told without its cause takes the puncture the article tells elsewhere of him alone."""
    told = [
        k
        for k, f in enumerate(folded)
        if k != x.sentence
        and named[k] == {x.driver}
        and _PUNCTURE_RE.search(f)
        and not _NOT_THIS_RACE_RE.search(f)
    ]
    return "puncture" if told else None


# a session before the race, or its start place, named in a sentence: what it tells is of that session
_ANOTHER_SESSION_RE = re.compile(
    r"\b(?:q[123]|kwalificatie\w*|qualifying|vrije training\w*|practice|fp[123]|vt[123]|startrij|startplek|"
    r"startpositie|grid)\b"
)
# what makes a car crash, told the sentence before a crash that ended his race
_CRASH_CAUSES = ("puncture", "suspension", "brakes", "wing")


_FOUND_LATER_REACH = 3  # sentences on, across one paragraph break at most


def _found_later(
    x: Fact,
    sentences: list[Sentence],
    folded: list[str],
    named: list[set[str]],
    retired_in: dict[int, set[str]],
) -> str | None:
    """What was found the cause, told impersonally a few sentences on while nobody else is named ("viel uit
    tijdens de slotfase. ¶ Verstappen klaagde over zijn auto. ... Er bleek een probleem met de benzinepomp te
    zijn."), else None."""
    start = sentences[x.sentence].paragraph
    for k in range(x.sentence + 1, min(x.sentence + 1 + _FOUND_LATER_REACH, len(sentences))):
        if (
            sentences[k].paragraph - start > 1
            or named[k] - {x.driver}
            or retired_in.get(k, {x.driver}) != {x.driver}
        ):
            return None  # too far, or about somebody else now
        cause = cause_of(folded[k], sentences[k].text) if _IMPERSONAL_CAUSE_RE.match(folded[k]) else None
        if cause not in (None, "crash"):
            return sentences[k].text.strip().rstrip(".")
    return None
