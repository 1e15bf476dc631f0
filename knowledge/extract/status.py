"""The status of a position: final, or a place during the race, a target, a place before a penalty.

A clause that says where a driver was running ("lag lange tijd derde", "fell to fifth"), what he aimed
for or nearly got ("op weg naar de zege", "should have been a win", "als hij derde wordt"), or who did
something first ("de eerste die uitviel", "first to pit") states no result. Its facts keep the status
the clause gives them, and only final facts (and provisional ones the article does not correct) answer
questions. After the article, :func:`settle` makes its facts consistent: a provisional place the article
corrects is superseded, and two final places for one driver in one race are a conflict, never served.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import replace

from knowledge.extract import results
from knowledge.extract.clauses import CONDITION_OPENING_RE
from knowledge.extract.model import LAST, PENALTY_ANOTHER, Fact, penalty_times
from knowledge.extract.phrases import Phrases, alt
from knowledge.text import CARDINAL_RE, ORDINAL_RE, cardinal_value

# "kwam als vierde uit de eerste bocht", "came out of turn one in fourth": a place then, whatever word of
# finally the clause has (a running cue, and read before the final words: _OUT_OF_CORNER_RE)
_OUT_OF_CORNER_NL = r"(?:uit|door) de (?:eerste|tweede|derde) (?:bocht|bochten|chicane)"
_OUT_OF_CORNER_EN = r"(?:out of|through|exiting) (?:turn (?:one|1)|the first (?:corner|turn|chicane))"
# "who gained second place after pitting": a place for a while, even with a penalty told after it
# ("to attack Verstappen and win the second position": gained then)
_GAINED_PLACE = r"(?:gained|inherited|took over|win|wins|winning) (?:\w+ ){0,2}(?:place|position|spot)"

# A pass: the place it brings is one for a while ("knalde langs Vettel naar P8"), and so is the place of a
# clause that goes on with "en" ("snelt langs Gasly en pakt P3": PASS_RE)
_PASS_NL = (
    # "om ook Gasly voorbij te gaan naar P7"
    r"voorbij (?:te )?(?:gaan|ging|gingen|gegaan|gaat|steken|stak|staken)\b",
    # "snelt langs Gasly", "ging knap voorbij aan Bottas"
    r"(?:snel\w*|glip\w*|duikt|dook|stak|steekt|knal\w*|kegel\w*|ging|gaat) (?:\w+ ){0,2}"
    r"(?:langs|voorbij aan)\b",
    # "knalde langs Vettel naar P8"
    r"langs (?:[\w-]+ ){1,3}naar (?:de |een )?(?:plek|plaats|positie|p\d+|" + ORDINAL_RE + r")",
)

NL: Phrases = {
    # a wish, a target, a near miss, a condition: no result
    "hypothetical": (
        # "was normaal gesproken de zesde plek het hoogst haalbare": what he could expect, not his place
        # ("de derde plaats was het maximaal haalbare" alone is where he ended)
        r"normaal gesproken|normaliter|in theorie|theoretisch",
        # "kwam één ronde tekort, maar anders had hij als zesde gefinisht": otherwise, which it was not
        r"anders (?:had|hadden|zou|zouden|was|waren|werd)",
        # "Vettel hangt een straf boven het hoofd. Dan schuift hij op naar P8": in that case (not "en dan
        # volgde Pérez": a past "then" in the story; nor "Dan Ricciardo", "Dan Fallows": a forename)
        r"^dan(?= (?!ric\w*\b|fallows\b|werd\b|was\b|kwam\b|ging\b|had\b|\w+(?:de|te|den|ten)\b)\w+ \w)",
        # "na het uit handen geven van je eerste zege": a win let slip, no win
        r"uit handen (?:geven|gaf|gaven|gegeven|te geven) (?:\w+ ){0,3}"
        r"(?:zege|overwinning|winst|pole\w*|podium\w*)",
        r"(?:zege|overwinning|winst) (?:\w+ ){0,2}uit handen (?:geven|gaf|gaven|gegeven|te geven)",
        r"(?:gaf|gaven|geeft) (?:\w+ ){0,5}(?:zege|overwinning|winst) (?:\w+ ){0,3}uit handen",
        # "Die ronde was snel genoeg geweest voor pole, maar ...": what it would have been, not what he got
        r"(?:snel|goed|rap) genoeg geweest",
        # "vergooide hij zelf de zege", "liet de overwinning liggen": a win thrown away, no win
        r"(?:vergooide|vergooit|vergooid|verspeelde|verspeelt|verspeeld|verloor|verliest|verloren)"
        r" (?:\w+ ){0,3}"
        r"(?:de|zijn|haar|een|die) (?:\w+ )?(?:zege|overwinning|winst|pole\w*|podium\w*)",
        r"(?:liet|laat) (?:\w+ ){0,3}(?:de|zijn|haar|een) (?:\w+ )?(?:zege|overwinning|winst|pole|podium\w*) "
        r"(?:\w+ ){0,3}(?:liggen|schieten|lopen)",
        # "gaat voor zijn derde overwinning": what he goes for, not what he got
        r"(?:gaat|ging|gaan|gingen) (?:\w+ ){0,2}voor (?:zijn|haar|de|een) (?:\w+ ){0,2}"
        r"(?:zege|overwinning|winst|pole\w*|podium\w*|titel)",
        # "ging op jacht naar een podiumplaats", "jaagt op de zege": what he hunted for, not what he got
        r"(?:op jacht|jaagt|jaagde|jaagden|jagen|jagend) (?:\w+ ){0,2}(?:naar|op) (?:de|een|zijn|haar) "
        r"(?:\w+ )?(?:zege|overwinning|winst|pole\w*|podium\w*|titel)",
        # "de jongste coureur ooit die als eerste mag starten": a record one might set, described
        r"(?:jongste|oudste) (?:\w+ ){0,2}ooit die",
        # "zijn zeker lijkende zege ging in rook op": a win that seemed, no win
        r"lijkende (?:zege|overwinning|winst|pole\w*|podium\w*)",
        # "leek op weg naar de zege": headed for the win, which is no win yet
        # ("die op weg was naar zijn tweede GP-zege op rij": headed for it)
        r"op weg (?:was |is |leek )?naar (?:de|een|zijn|haar) (?:[\w-]+ )?(?:gp-|f1-)?"
        r"(?:zege|overwinning|winst|pole|podium\w*)",
        # "koerste onbedreigd af op zijn derde zege": heading for it, not there
        # ("koerste uiteindelijk af op zijn derde zege": in the end he got there)
        r"(?<!uiteindelijk )af op (?:zijn|haar|de|een) (?:\w+ )?(?:zege|overwinning|podium\w*|winst|titel)",
        # "als de Brit slechter deed dan een zevende plek": a place compared with, no place ("niet hoger dan
        # de vijfde" is where he could finish at best: below)
        r"(?<!niet )(?<!geen )(?:slechter|hoger|lager) (?:\w+ ){0,2}dan",
        # ("als de Limburger alleen nog maar tweede wordt")
        r"als (?:hij|ze|zij|\w+) (?:\w+ ){0,5}(?:wordt|eindigt|wint|finisht|haalt)",
        # "zou uiteindelijk als vijfde eindigen" tells what happened later, no wish
        # ("zou Vettel niet hoger dan de vijfde positie mogen finishen": what he could afford)
        # ("maar zakte weg en zou slechts als zevende eindigen": what happened, told as the story's future)
        r"zou(?:den)? (?!uiteindelijk|later|(?:slechts|maar als|nog maar|pas als)"
        r"(?![^.;]*\b(?:als (?:hij|ze|zij|het|er|die|men)|indien)\b))(?:\w+ ){0,8}"
        r"(?:hebben|zijn|worden|kunnen|mogen|moeten|winnen|eindigen|finishen)",
        r"had(?:den)? (?:\w+ ){0,4}(?:kunnen|moeten|mogen)",
        r"niet in geslaagd",
        # "slaagde er alleen niet in om de winnaar ... te verslaan": what he failed to do
        # ("slaagde Sainz er niet in om ...": the subject between)
        r"slaag\w* (?:\w+ ){0,3}niet in\b",
        # "waarom hij de race niet heeft weten te winnen", "wist de zege niet te pakken": what he did not get
        r"\bniet (?:\w+ ){0,3}(?:weten|wist|wisten) te (?:winnen|pakken|veroveren|behalen|grijpen)\b",
        r"\b(?:wist|wisten) (?:\w+ ){0,4}niet te (?:winnen|pakken|veroveren|behalen|grijpen)\b",
        # "omdat hij voor de zege wilde gaan": what he went for
        r"voor (?:de|een|zijn|haar) (?:\w+ )?(?:zege|overwinning|winst|pole\w*|podium\w*|titel) (?:\w+ ){0,2}"
        r"(?:wilde|wil|willen|wilden|kon|kan|ging|gaat|gaan|te) gaan\b",
        r"in het (?:slechtste|beste|ergste) geval",
        # "Wie van poleposition vertrekt, is in het voordeel": whoever does it, no one in particular
        # ("bepalen vanaf 15.30 uur wie er zondag van pole start": "wie er" asks, anywhere)
        r"(?:(?:^|(?<=\bwant )|(?<=\bomdat )|(?<=\ben ))wie|\bwie er) (?:[\w-]+ ){0,5}"
        r"(?:vertrekt|start|begint|wint|eindigt|finisht|pakt|haalt|verovert)\b",
        # "het beste waar hij op kan hopen": a wish
        r"(?:op )?(?:kan|kon|mag|mocht) (?:nog )?hopen",
        r"niet gelukt",
        # "werd als tweede beste coureur aangewezen", "verkozen tot beste coureur": a vote's order, no result;
        # "De nummer één kreeg telkens 25 punten": a points system
        # (not "werd na drie ronden uitgeroepen tot winnaar": the race's result, declared)
        r"(?:aangewezen|verkozen|gekozen|uitgeroepen) (?:als|tot)\b(?<!uitgeroepen tot)",
        r"\buitgeroepen tot\b(?! (?:de )?(?:race)?winnaar\b)",
        r"\b(?:als|tot) (?!(?:de )?(?:race)?winnaar (?:\w+ ){0,2}uitgeroepen\b)(?:\w+ ){0,3}"
        r"(?:aangewezen|verkozen|uitgeroepen)\b",
        r"\b(?:als|tot) (?:de )?(?:\w+ )?beste (?:coureur|rijder)\b",
        r"\btelkens\b",
        # "als het niet was gaan regenen, dan had Norris gewonnen": what would have been
        r"\bdan had(?:den)?\b",
        # "In dat geval was Verstappen van pole gestart": the case supposed before
        r"in dat (?:geval|scenario)",
        r"net naast(?! (?:het|de) podium)",  # ("greep net naast het podium": a fourth place, no miss)
        r"(?:liep|lopen|loopt) (?:\w+ ){0,4}mis",
        r"misgelopen",
        r"mislopen",
        r"droom",
        # "werd bijna tweede", not "werd op bijna achttien seconden tweede" (a gap of almost 18 s)
        r"bijna(?! (?:een|halve|\d+(?:[.,]\d+)?|"
        + CARDINAL_RE
        + r") (?:halve )?(?:seconde|seconden|tiende|tienden"
        r"|punt|punten|ronde|ronden)\b)",
        r"kans op",
        # "een blunder die hem de zege kostte", "zag de zege door zijn vingers glippen": lost
        r"(?:kostte|kost|kosten|kostten) (?:hem|haar|\w+) (?:\w+ ){0,2}"
        r"(?:de zege|de overwinning|het podium|de winst)",
        r"door (?:zijn|haar) vingers (?:glippen|glipte|glipt|gleed)",
        # "verliest een podium en misschien wel de zege": lost, or maybe
        r"(?:verlie\w*|verloor|verloren) (?:\w+ ){0,3}(?:zege|overwinning|podium\w*|podiumplaats\w*|winst)",
        r"misschien|wellicht",
        # "vroeg of hij echt vierde was", "of je nu op P18 of P15 eindigt": a question, whichever place
        r"\b(?:vroeg|vraagt|vroegen|vragen) (?:\w+ ){0,3}(?:of|zich af of)\b",
        r"\bof (?:je|jij|hij|ze|zij|we|wij|u|men) nu\b",
        # "zag in dat pole niet realistisch was", "realistisch gezien is vijfde haalbaar": what might be
        r"\b(?:on)?realistisch\w*",
        # "leek zich nog voor de eerste bocht naar de derde plek op te werken, totdat ...": what seemed
        r"\b(?:leek|leken|lijkt|scheen|schenen) (?:\w+ ){0,10}(?:naar|op) (?:de|een) (?:\w+ )?(?:"
        + ORDINAL_RE
        + r")\b",
        # "kon de eerste positie niet vasthouden", "alles gedaan om zijn eerste positie vast te houden": a
        # place he did not keep, or meant to
        r"\bniet (?:[\w-]+ ){0,6}(?:vasthouden|vast te houden|vasthield|vasthielden)\b",
        r"\b(?:vasthouden|vast te houden|vasthield|vasthielden) (?:[\w-]+ ){0,4}niet\b",
        r"\bom (?:[\w-]+ ){0,6}vast te (?:kunnen )?houden\b",
        r"uitzicht (?:\w+ ){0,2}op",  # "terwijl hij zolang uitzicht had op de zege": in prospect, not his
        # "had in Bakoe zicht op een overwinning, maar ...": a win in sight, not his (not "zicht op de baan")
        r"zicht op (?:een |de |zijn |haar )?(?:\w+ )?(?:zege|overwinning|winst|pole\w*|podium\w*|titel)",
        # "kunnen auto's die achter de coureur op pole starten vaak profiteren": what tends to happen
        r"(?:kunnen|kan) (?:[\w']+ ){0,10}(?:vaak|doorgaans|meestal)",
        # "denkt dat er dit jaar alsnog een zege in het vat zit": a win thought possible
        r"in het vat",
        # "In eerste instantie leek het erop dat Verstappen de pole zou pakken": what seemed to come
        r"(?:leek|lijkt|leken|scheen) (?:het )?(?:er )?(?:\w+ )?op dat",
        # "... dat Leclerc pole zou veroveren": what would come (not "zou uiteindelijk winnen": what did)
        r"(?:zou|zouden) (?!(?:uiteindelijk|later|nog|daarna|alsnog|toch)\b)(?:\w+ ){0,5}"
        r"(?:winnen|veroveren|pakken|bemachtigen|grijpen|binnenhalen)\b",
        # "Q3 werd verreden om de pole position te bepalen": what a session is for
        r"om (?:de |het )?(?:pole\w*|pole position|startopstelling|startvolgorde|volgorde|winnaar|podium) "
        r"te (?:bepalen|beslissen)",
        # "zei dat poleposition er niet inzit", "een podium zit er wel in": what is or is not possible
        r"\ber (?:\w+ ){0,2}(?:in ?zit|in ?zat|in ?zitten|in ?zaten)\b",
        # (not "zat de GP er al in de eerste ronde op": over, in the first lap)
        r"\b(?:zit|zat|zitten|zaten) (?:[\w-]+ ){0,4}er (?:\w+ ){0,3}in\b(?! (?:de|het|een)\b)",
        r"(?:denkt|dacht|denken|dachten|gelooft|geloofde) dat",
        # "lag tot de laatste bocht op koers voor pole": on his way to it, not there
        r"op koers (?:voor|richting|naar)",
        # "spinde in een ultieme poging om nog pole te veroveren": an attempt, not what came of it
        r"poging (?:om|tot)\b",
        # "die op weg leek naar de tweede plek", "leek af te koersen richting": it seemed, it did not come
        r"op weg (?:leek|leken|lijkt|scheen) naar",
        r"(?:leek|leken|lijkt|scheen) (?:\w+ ){0,2}op weg naar",
        r"uitgangspositie",
        # "in het geval van één straf is Pérez veilig": in case of a penalty, which is not told
        r"in (?:het )?geval van",
        # "bij een zege in Rusland was hij op 91 zeges gekomen": in case of a win, which did not happen
        r"bij een (?:\w+ )?(?:zege|overwinning|winst|podium\w*)",
        # "om een derde zege op rij te boeken" is a goal; "net genoeg om pole te veroveren" is done
        r"^(?!.*\b(?:genoeg|voldoende)\b).*?\bom (?:\w+ ){0,6}te (?:kunnen )?"
        r"(?:winnen|pakken|eindigen|behalen|boeken|veroveren|bemachtigen|grijpen|binnenhalen)",
        # "Dat is wat Verstappen nodig heeft om ...": what he needs
        r"\bnodig (?:heeft|hebben|hebt)\b",
        # "Daardoor leek Verstappen op een tweede plaats af te koersen, maar ...": where he seemed headed
        r"\b(?:leek|leken|lijkt) (?:\w+ ){0,8}(?:af te koersen|op weg naar (?:de |een )?"
        r"(?:zege|overwinning|winst|\w+ (?:plaats|plek)|podium\w*))\b",
        # ("kan zijn 92ste GP-zege boeken": a hyphened word between, any verb of getting)
        r"(?:wil|wilde|moet|moest|hoopt|hoopte|kan) (?:[\w-]+ ){0,5}(?:winnen|worden|eindigen|pakken|staan|"
        r"boeken|behalen|veroveren|binnenhalen|grijpen|opeisen|bijschrijven)\b",
        r"niet de eerste",
        # "mikt zondag op zijn vijfde overwinning", "jaagt op de pole": what he aims at, not what he got
        r"(?:mikt|mikte|mikken|mikten|jaagt|joeg|jagen|aast|aasde|azen) (?:[\w-]+ ){0,8}op "
        r"(?:zijn|haar|de|een|het) (?:[\w-]+ )?"
        r"(?:zege|overwinning|winst|podium\w*|pole\w*|titel|plaats|plek|top)",
        r"verwacht\w* (?:\w+ ){0,5}te (?:winnen|worden|eindigen|pakken)",
        r"(?:gaat|gaan) (?:\w+ ){0,10}(?:opeisen|pakken|winnen|worden|veroveren|binnenhalen)",
        # an infinitive as subject says what is good or bad in general: "van pole beginnen ... is slecht"
        r"(?:beginnen|starten|worden|eindigen|winnen|finishen) is\b",
        # ("kon slechts tiende worden", "kon niet beter dan zevende worden": where he did finish)
        r"kon (?!(?:slechts|maar|alleen|enkel|niet beter dan|niet verder dan)\b)(?:\w+ ){0,10}"
        r"(?:binnenslepen|binnenhalen|pakken|winnen|worden|veroveren)",
        r"(?:zal|zullen) (?:\w+ ){0,5}(?:winnen|worden|eindigen|pakken|staan)",
        # "kwam een tiende tekort voor P15", "had aan een zevende plek genoeg": what he missed or needed
        r"tekort (?:voor|om)",
        r"aan (?:een|de) \w+ (?:plaats|plek|stek|positie) genoeg",
        r"genoeg aan",
        # ("Daar lijkt Verstappen de pole te kunnen pakken, maar ...": it seemed, it did not happen)
        r"(?:leek|leken|lijkt|lijken|scheen)\w* (?:[\w.,]+ ){0,16}te (?:kunnen )?"
        r"(?:worden|winnen|gaan|pakken|zijn|veroveren|grijpen)",
        # "Bij een 1-2 voor Mercedes, waarbij Hamilton de zege opeist, ...": a scenario
        r"^bij een (?:1-2|een-twee|één-twee|(?:\w+ )?(?:zege|overwinning)) (?:voor|van)\b",
        # "koerste onbedreigd af op zijn derde zege": heading for it
        r"(?:koerst\w*|stevende\w*) (?:(?!uiteindelijk )\w+ ){0,12}af op",
        r"af te (?:stevenen|koersen) op",  # "leek af te stevenen op de pole": headed for it, did not get it
        # "probeerde hij Leclerc in te halen en de derde plek over te nemen": tried, not done
        r"probeer\w* (?:[\w-]+ ){0,8}te\b",
        # "verwachtte de race te mogen winnen, maar kreeg nul op het rekest": expected, not got
        r"(?:verwacht\w*|rekende\w*|dacht\w*) (?:\w+ ){0,8}te (?:mogen |kunnen )?(?:winnen|worden|pakken)",
        r"te (?:mogen|kunnen) (?:winnen|pakken)",  # (a clause cut at "en": "en de race te mogen winnen")
        # "hoopt zondag op een podiumplaats", "mocht even hopen op zijn eerste pole"
        r"(?:hoopt\w*|hopen|hoopte\w*|rekent\w*|aast\w*|aasde\w*) (?:\w+ ){0,3}op",
        r"hoop\w* (?:\w+ ){0,10}te \w+",  # "hoopt de achtste (titel) bij te schrijven"
        r"hoop (?:\w+ ){0,4}op",  # "nog een sprankje hoop voor Leclerc op de zege"
        # "De Fin is erop gebrand de race nu ook te winnen", "vastbesloten om te winnen": what he is set on
        r"(?:erop|er op) gebrand\b",
        r"gebrand op (?:\w+ ){0,3}(?:zege|overwinning|winst|podium\w*|pole\w*|titel)",
        r"vastbesloten (?:om )?(?:\w+ ){0,8}te\b",
        # "De Fin won geen enkele race": no win
        r"\bwon (?:\w+ )?geen (?:enkele )?(?:race|wedstrijd|grand prix|gp|zege)",
        # "Max Verstappen gaat dan op jacht naar poleposition": what he will hunt for
        r"op jacht naar (?:\w+ ){0,3}(?:zege|overwinning|winst|podium\w*|pole\w*|titel|plaats|plek|top)",
        # "aan zijn eerste zege wil de Canadees nog niet denken": what he will not think of yet
        r"\bniet (?:\w+ ){0,2}(?:aan )?(?:te )?denken\b",
        r"\b(?:denkt|dacht|durft|durfde) (?:\w+ ){0,3}niet aan\b",
        # "had gehoopt om - net als in Bahrein - vanaf pole te starten": hoped, an aside between
        r"gehoopt (?:om|te|op)\b",
        r"stel (?:dat|je voor)|gesteld dat",  # "Stel dat Hamilton uitvalt": supposed
        # "Daarmee voorkwam hij dat Verstappen won": prevented, so not won
        r"(?:voorkwam|voorkwamen|voorkomt|voorkomen|verhinderde|verhinderden|verhindert) (?:\w+ ){0,3}dat",
        # "dat Leclerc pole verwachtte", "De pole leek haast binnen voor Leclerc, maar ...": expected, or as
        # good as his, and then not
        r"(?:pole|pole position|de zege|de overwinning|de winst|een podium\w*|het podium) (?:\w+ ){0,2}"
        r"(?:verwacht\w*|leek|leken|scheen)\b",
        r"(?:leek|leken|lijkt|scheen) (?:\w+ ){0,4}(?:binnen|in de pocket|in de tas|zeker)\b",
    ),
    # a place during the race, or a change of place: where he was, not where he ended
    "running": (
        r"kortstondig\w*",  # "nam kortstondig de tweede plaats over": for a moment
        # "Richting bocht 3 was hij alweer tweede": a moment at a corner
        r"(?:richting|voor|na|uit|door|in aanloop naar) bocht \d+\b",
        # "Met een geweldige start reed de tweevoudig wereldkampioen naar de vijfde positie": the place the
        # start brought ("eindigde dankzij een goede start als vijfde" has its verb of the finish)
        r"met een (?:\w+ )?(?:start|openingsronde|eerste ronde)",
        # "kwam als laatste weer de baan op" (after a stop): where he rejoined
        r"(?:kwam|kwamen|keerde|keerden) (?:\w+ ){0,4}(?:weer|terug) (?:de baan op|op de baan)",
        # ("dook hij met zijn bolide op derde plek weer op": emerged after a stop, where he rejoined)
        r"(?:dook|doken|duikt|duiken) (?:\w+ ){0,8}(?:weer )?op\b(?:\s+\w+){0,6}?\s+(?:weer )?op\b",
        # "die eerste positie hield hij heel lang vast": a place held for a while, not where he finished
        r"hield (?:\w+ ){0,3}(?:heel |zo |erg )?(?:lang|lange tijd|een tijdje|een tijd|tot ronde \d+) vast",
        # "Pérez kon als 18de en laatste zijn weg nog vervolgen": where he went on from, after a crash
        r"(?:zijn|haar) weg (?:\w+ ){0,2}(?:vervolgen|vervolgde|voortzetten|voortzette)",
        # "had de Duitser net verdrongen van de derde plaats": a place taken from him at that moment
        r"(?:verdrongen|verdrong|verdreef|verdreven) (?:\w+ ){0,3}van (?:de|het|zijn)",
        r"op weg naar",
        r"onderweg naar",
        # "nam de tweede plek achter Räikkönen in": a place taken during the race
        r"nam (?:de|zijn|haar) \w+ (?:plek|plaats|positie) (?:[\w-]+ ){0,3}in\b",
        r"op koers",
        # ("in een mum van tijd lag hij veertiende": without a preposition too)
        r"(?:lag|reed|liggend|rijdend|lagen|reden|ligt|liggen|rijdt|worstelt|worstelde) "
        # (not "reed de derde tijd": a place on the timesheet; "lag op een veilige tweede plaats": a word for
        # the place between)
        r"(?:(?:\w+ ){0,4}(?:op|in|als) (?:de |een )?(?:[a-z]+e )?|(?:\w+ )?)(?:"
        + ORDINAL_RE
        + r")(?! (?:snelste )?tijd\b)",
        r"aan de leiding",
        # "lag tot tien ronden voor het einde op een tweede plek": where he ran until then
        r"tot (?:\w+ ){0,2}(?:ronden|rondes|ronde) voor (?:het einde|de finish|de streep|het eind)",
        # "lag het grootste deel van de race op de tweede plaats": where he ran, not where he ended
        r"(?:het grootste|een groot) deel van de (?:race|wedstrijd)",
        # "reed lange tijd tweede", "lag aanvankelijk derde": a place held for a while
        r"(?:reed|lag|reden|lagen) (?:\w+ ){0,2}(?:lange tijd|geruime tijd|tijdenlang|aanvankelijk|"
        r"een tijdje|een tijd|rondenlang|ronden lang|lang) (?:\w+ ){0,2}(?:" + ORDINAL_RE + r")",
        # "reed dankzij een paar snelle rondjes nu derde": where he ran then
        r"(?:reed|lag|reden|lagen) (?:\w+ ){0,8}(?:nu|toen|inmiddels|intussen|alweer) "
        r"(?:" + ORDINAL_RE + r")",
        # "was inmiddels naar de vijfde plaats opgerukt": moved up, on the way ("rukte op van de zevende naar
        # de derde plaats" is the whole race, from the start)
        r"(?:opgerukt|oprukte|oprukten|rukte (?:\w+ ){0,4}op)(?! van\b| vanaf\b)",
        r"op dat moment",
        # "lag op het moment van uitvallen op een tweede plek": where he was when it happened
        r"op het moment van (?!(?:de |het )?(?:finish|streep|vlag|einde|eind)\b)(?:zijn |haar |het |de )?\w+",
        # "op een moment dat Vandoorne als negende in de punten reed": where he was, the verb last
        r"op (?:een|het) moment dat",
        r"als (?:" + ORDINAL_RE + r") (?:[\w-]+ ){0,4}(?:reed|lag|reden|lagen)",
        # "nadat hij op de vierde plaats lag": the verb last in a subordinate clause
        r"op (?:de|een) (?:"
        + ORDINAL_RE
        + r") (?:plaats|plek|positie|stek) (?:\w+ ){0,2}(?:lag|reed|lagen|reden|ligt|rijdt)\b",
        r"toen nog",
        r"(?:viel|zakte|valt|zakt) (?:\w+ ){0,5}(?:terug|weg)? ?naar",
        # "kwam Stroll op de derde plaats te liggen", "moest de derde plek aan Bottas laten": for a while
        r"(?:plaats|plek|positie) te liggen",
        r"(?:plaats|plek|positie) (?:\w+ ){0,2}aan \w+ (?:laten|afstaan|afgeven|moeten laten)",
        # "sluit de deur voor Bottas, die aansluit als tweede": slots in behind, during the race
        r"(?:aansluit\w*|sluit\w* aan|sloot aan|sloten aan) als",
        # "zou weer terugvallen tot de zesde stek", "een start die hem naar de zesde plaats bracht"
        r"(?:terugvallen|terugviel|terugvalt|terugzakken|terugzakte) (?:tot|naar)",
        r"(?:bracht|brengt) (?:hem|haar) (?:\w+ ){0,2}naar (?:de|een|plek|plaats|p\d)",
        r"(?:hem|haar) naar (?:de|een) (?:\w+ )?(?:plaats|plek|positie) (?:bracht|brengt)",
        r"(?:viel|zakte|valt|zakt|terugviel)\b[^.;]{0,80}?\bnaar (?:de |een )?(?:" + ORDINAL_RE + r")",
        r"verdreven",
        r"(?:wordt|werd|worden|werden) (?:\w+ ){0,2}aangevallen",  # "op P17 wordt aangevallen door Russell"
        # ("klom vanaf P20 naar de tweede positie op" is the whole race, from the start)
        r"(?:schoof|klom|kwam|ging|schoot|sprong|dook|stoomde) (?:(?!vanaf )\w+ ){0,3}(?:op )?naar "
        r"(?:de|een|plek|plaats|p\d*)\b",
        *_PASS_NL,
        # the verb last: "die meteen naar de vierde plaats schoot"
        r"naar (?:de|een) (?:\w+ )?(?:plaats|plek|positie|stek) (?:op)?(?:schoot|sprong|klom|dook|schoof)\b",
        # "kwam de Spanjaard op de elfde plek terug", "verwees hem naar de zevende plek": rejoined, passed
        r"(?:plek|plaats|positie) terug\b",
        # "dat hij op de achttiende plek terugkwam op de baan": the verb joined, a subordinate clause
        r"(?:plek|plaats|positie) terug(?:kwam|kwamen|keerde|keerden)\b",
        r"terug(?:kwam|kwamen|keerde|keerden) (?:op|in) de baan\b",
        r"verwees (?:\w+ ){0,3}naar",
        r"verdedigde",
        r"(?:behoudt|behield|behouden|behoudend)",
        # "verstevigde zijn derde plaats": a place held on to, in the race or the standings, not a result
        r"(?:verstevig|consolideer)\w* (?:zo |daarmee |daarmee ook )?(?:zijn|haar)",
        r"(?:na|voor) (?:zijn|de|een) (?:eerste |tweede )?(?:pitstop|stop|bandenwissel)",
        r"terug op de baan",
        r"(?:in|uit) de pits? (?:kwam|ging|dook)",
        r"(?:teruggeven|teruggaf|terug te geven|afstaan|give back|gave back|hand back|handed back)",
        # "kon zijn derde plaats enkele rondes vasthouden"
        r"(?:rondes|ronden) (?:lang )?(?:vast|vasthouden|vast te houden|vasthield)",
        r"na (?:enkele|een paar|twee|drie|vier|vijf) bochten",  # "staat hij op P11 na enkele bochten"
        r"(?:reed|lag) (?:\w+ ){0,4}op (?:een|de) podium(?:plaats|plek)",
        # "waardoor Leclerc derde kwam te liggen en Bottas op de vierde positie belandde"
        r"kwam te liggen|te liggen kwam|(?:plaats|plek|positie) belandde\w*",
        r"veroverde (?:\w+ ){0,3}(?:plaats|plek|positie) op",  # "veroverde de derde plek op Vettel": a pass
        # "veroverde die vierde plek al snel terug van Hülkenberg": taken back, during the race
        r"(?:veroverde|heroverde|pakte|nam) (?:\w+ ){0,8}terug (?:van|op)",
        r"ronde \d+/\d+",  # a live blog's lap marker
        # "voordat hij Pérez te pakken had en de tweede plaats overnam": a place taken over, during the race
        # (not "de leiding in de WK-stand overnam": the lead in the standings)
        r"(?<!wk-stand )(?<!klassement )(?<!kampioenschap )(?<!tussenstand )"
        r"(?:overnam|overnamen|overgenomen|overnemen|over te nemen)",
        r"nam (?:\w+ ){0,4}(?:plaats|plek|positie) (?:\w+ ){0,3}over",
        r"in de (?:openingsronde|eerste ronde|beginfase|slotfase)",
        r"na de (?:start|herstart|eerste ronde)",
        r"(?:bij|na|voor) de (?:herstart|tweede start)",
        r"halverwege",
        # "Even later hield Hamilton de vierde plaats vast": a moment of the race
        r"(?:even|kort|enkele momenten|een ronde|twee ronden|enkele ronden) later",
        r"voorlopig\w* (?:op )?(?:pole\w*|p1|de eerste (?:plaats|plek|tijd))",  # "de voorlopige pole"
        r"met nog (?:\w+ )?(?:ronden|rondes|ronde) (?:te gaan|te rijden|op de klok)",
        # a moment of a session: "met nog zes minuten te gaan", "na de eerste runs", "aanvankelijk"
        r"met nog (?:\w+ ){0,2}minuten? (?:te gaan|op de klok|resterend)",
        r"(?:na|in|bij|met) (?:de|zijn|haar|hun) eerste (?:q[123][- ])?(?:run|runs|poging|pogingen)",
        r"aanvankelijk",
        r"(?:in|na) ronde \d+",
        r"na (?:" + CARDINAL_RE + r") (?:ronden|rondes)",  # "na vijf ronden was Verstappen terug op P2"
        # "had zich in tien ronden tijd naar de zesde plek opgewerkt": a climb counted in laps, still going
        r"in " + CARDINAL_RE + r" (?:ronden|rondes) tijd|binnen " + CARDINAL_RE + r" (?:ronden|rondes)",
        # "binnen no-time stoomde hij vanaf P18 op naar P7": quickly, on the way up
        r"(?:binnen|in) no[- ]?time|in een mum van tijd",
        # "in de achtste van 57 ronden", "in de twaalfde ronde": a lap of the race (not its last)
        r"(?:in|na|tijdens) de (?!(?:al)?laatste\b)\w+(?:de|ste) (?:van (?:de )?\d+ )?"
        r"(?:ronde|ronden|rondes)\b",
        # "kreeg P4 in handen na het uitvallen van ...": a place got hold of, on the way
        r"(?:kreeg|kregen|krijgt|krijgen) (?:\w+ ){0,6}in handen",
        r"te grazen",  # "nam nummer drie Hülkenberg te grazen": overtaken, not placed
        r"(?:verruil|ruilde)\w*",  # "verruilde de vierde voor de derde plaats": a change of place
        r"belandde\w* (?:\w+ ){0,3}op",
        r"(?:slechte|matige|goede|sterke|bliksem)start",
        r"(?:slechte|matige|goede|sterke) start",
        r"in de eerste (?:hectometers|meters|bochten|bocht)",
        # "dat hij alsnog als eerste de bocht indook": first into a corner, not first at the flag
        r"als (?:eerste|\w+de|\w+ste) (?:de |door de )?(?:eerste )?(?:bocht|chicane|haarspeld)",
        r"bij de start",
        _OUT_OF_CORNER_NL,
    ),
    # a place lost, even the first: "raakte de eerste plaats na de start meteen kwijt aan Räikkönen"
    "lost": (
        r"kwijtgeraakt|kwijtraakte|raakte (?:\w+ ){0,8}kwijt",
        # "Hamilton is zijn derde plaats in Brazilië kwijt": lost, after the race
        r"(?:is|was|zijn|waren) (?:zijn|haar|de|hun) (?:\w+ ){0,5}kwijt",
        # ("verloor in de laatste ronde de tiende positie aan Sainz": a moment may stand between)
        r"(?:verloor|verliest) (?:\w+ ){0,9}?(?:plaats|plek|positie|leiding)",
        # "verspeelde zijn tweede plek aan Verstappen": lost it, during the race
        # ("verspeelde in de laatste race van het jaar de vierde plaats in het kampioenschap aan Verstappen")
        r"(?:verspeelde|verspeeld|verspeelt) (?:\w+ ){0,9}?(?:plaats|plek|positie|leiding)",
        r"(?:stond|moest) (?:\w+ ){0,4}(?:plaats|plek|positie|leiding) (?:\w+ ){0,3}(?:af|afstaan)\b",
        # "moest zijn tweede positie al snel opgeven": given up during the race
        r"(?:plaats|plek|positie) (?:\w+ ){0,3}"
        r"(?:opgeven|opgegeven|opgaf|prijsgeven|prijsgegeven|prijsgaf)\b",
        # "sneuvelde een band en dus de tweede plaats van Bottas": the place went with the tyre
        r"sneuvel\w*",
        # "zag een zekere vijfde plaats door zijn vingers glippen": slipped away
        r"door (?:zijn|haar|hun|de) vingers (?:\w+ )?glip\w*",
    ),
    # another year than the article's, a win too: "de grand prix die hij 2 jaar geleden won", "vorig jaar"
    "other_year": (
        r"(?:\d+|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien) jaar geleden|vorig jaar",
        # "in de overige twee races mocht Bottas vanop de pole starten": other races, his first places too
        r"(?:in )?de (?:overige|andere) (?:\w+ )?(?:races|wedstrijden|grands prix|gp's)\b",
        # "won hij de laatste twee keer": the editions before, his wins too
        r"(?:de )?(?:laatste|afgelopen|vorige) (?:" + CARDINAL_RE + r" )?(?:keer|keren|edities)",
        # "De Fin won de vorige editie van de GP van Oostenrijk": last year's race
        r"(?:de )?(?:vorige|voorgaande) (?:editie|jaargang)|de editie van vorig jaar",
        # "Verstappen, de voorbije twee jaar winnaar in Mexico": the years before
        r"(?:de )?(?:voorbije|afgelopen|vorige|laatste) (?:" + CARDINAL_RE + r" )?jaar "
        r"(?:winnaar|winnen|won|zegevierde|zegevierden|zegevieren|wist te winnen|de beste was)",
        # "De afgelopen twee jaar werd Verstappen steeds tweede in Japan": the years before, counted
        # ("had de voorgaande vier jaar pole gepakt")
        r"(?:de )?(?:voorbije|afgelopen|vorige|voorgaande|laatste) (?!een\b)(?:" + CARDINAL_RE + r") jaar\b",
        # "in zijn eerste race voor Red Bull reed hij naar de zege": his debut for a team, years before
        r"(?:zijn|haar) (?:eerste|allereerste) (?:race|grand prix|gp|wedstrijd) (?:voor|bij|met) [\w-]+",
    ),
    # what he had done before: "zijn beste resultaat tot nu toe", "twee zesde plaatsen"
    "history": (
        # "nam vlak voor de zomerstop een ferme P3 in": where he stood at an earlier point of the season
        r"(?:vlak )?voor de zomerstop",
        r"beste (?:resultaat|klassering|prestatie|notering)",
        r"tot (?:nu|dan) toe",
        r"(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|\d+) keer als",
        r"(?:twee|drie|vier|vijf|\d+) (?:\w+ )?(?:plaatsen|podiumplaatsen|overwinningen|zeges)",
        # "hebben dit seizoen een zege en een tweede plek behaald": a season's tally
        r"dit seizoen (?:\w+ ){0,8}(?:behaald|gehaald|gepakt|verzameld)",
        # "kwam dit seizoen nog niet verder dan de derde plek": his best of the season so far
        r"dit (?:seizoen|jaar) (?:nog )?(?:niet|nooit) (?:verder|beter|hoger)",
        # "was in de voorgaande drie jaren steeds op het podium geëindigd": other years
        r"(?:in )?de (?:voorgaande|vorige|afgelopen) (?:\w+ )?(?:jaren|seizoenen|edities)",
        # "Destijds werd Verstappen derde": back then, another time than the article's
        r"destijds|indertijd|toentertijd",
        # "was hier nog nooit verder gekomen dan de vijfde positie": his best before
        r"nooit (?:\w+ ){0,2}(?:verder|hoger|beter) (?:\w+ ){0,2}dan",
        # "won twee van de eerste drie wedstrijden en stond in die andere race als tweede": races of the
        # season told as a group, none by name
        r"(?:die|de) andere (?:race|wedstrijd|grand prix|gp)\b",
        r"(?:twee|drie|vier|vijf|\d+) van de (?:eerste|laatste) (?:\w+ )?"
        r"(?:races|wedstrijden|grands prix|gp's)",
    ),
    # who did something first is not who won: "de eerste die uitviel", "als eerste naar binnen"
    "first_to": (
        r"de eerste (?:die|coureur die|om)",
        # "de eerste van de toppers die binnenkwam", "de eerste van de mannen vooraan die een tijd neerzet"
        r"de eerste van (?:de|het) [\w-]+(?: [\w-]+){0,2} die",
        # "zetten als eerste een tijd neer": the first to set a time, no first place
        r"als eerste een (?:tijd|ronde|rondetijd)",
        r"als eerste (?:uit|naar|van|weg|in|de pits|binnen|stopte|wisselde|banden|langs|voorbij|door|bij)",
        # "ging als eerste Mercedes de pits in": the first of a team to do something
        r"als eerste [\w-]+ (?:de pits|naar binnen|binnen|naar de pits)",
        r"eerste (?:pitstop|stop)",
        r"(?:strafpunten?|reprimandes?|berispingen?)\s*,\s*(?:zijn|haar) eerste",
        r"(?:zijn|haar) eerste (?:in|binnen) (?:de |het )?(?:huidige|afgelopen|laatste|vorige)",
    ),
    # an epithet, not a win of this race: "de zevenvoudig Grand Prix-winnaar"
    "epithet": (
        r"\w+voudig(?:e)? (?:[\w ]{0,14}-)?(?:wereld)?(?:kampioen|winnaar)",
        r"(?:oud-|voormalig )\w*winnaar",
        r"(?<!de )(?<!het )(?<!een )(?:gp|grand prix)-?winnaar",
        # "Singapore-winnaar Perez": the winner of a race named in his title, not of this one
        r"(?<!de )(?<!het )(?<!een )[a-z]+-winnaar",
        r"winnaar (?:van )?(?:de |het )?(?:vorige|afgelopen) (?:week|race|keer|weekend|grand prix|gp)",
    ),
    # a place on the road before a penalty the sentence tells of
    "provisional": (
        r"over de (?:streep|finish|finishlijn|eindstreep|meet)",
        r"als (?:\w+ ){0,2}afgevlagd",
        # "nadat hij als vijfde aan de finish was gekomen" (before a penalty the sentence tells of)
        r"aan de (?:finish|meet) (?:was |is )?(?:gekomen|kwam)",
        r"op de weg",
    ),
    # a place told as before the penalty that changed it ("werd vóór zijn straf nog veertiende")
    "road": (r"(?:vóór|voor) (?:de|zijn) (?:tijd)?straf(?:fen)? (?:werd|was|kwam|ging)",),
}
EN: Phrases = {
    "hypothetical": (
        r"if (?:he|she|\w+) (?:\w+ ){0,3}(?:finish\w*|win\w*|take\w*|gets?)",
        # "just as the team decided to settle for fourth place, a loss of pressure put him out": a place
        # meant to be kept, not reached
        r"(?:decided|decides|decide|ready|willing|prepared|content|happy) to settle for",
        # "could not hold on to first place": a place not kept
        r"\b(?:couldn't|could not|failed to|unable to|did not|didn't) (?:\w+ ){0,2}(?:hold|hang|cling) "
        r"on(?:to| to)\b",
        # "was unable to hold off Perez for third": the place went to the other
        r"\b(?:couldn't|could not|failed to|unable to|did not|didn't) (?:\w+ ){0,2}(?:hold|fend|keep|fight) "
        r"(?:off|at bay|back|behind)\b",
        # "does not want to think about winning yet": what he will not think of
        r"(?:not|n't) (?:\w+ ){0,2}(?:think|thinking|dream|dreaming) (?:about|of)\b",
        r"\b(?:won|win) no (?:race|grand prix|gp)s?\b",
        # "is determined to convert pole into victory", "keen to win again": what he is set on
        r"(?:eager|determined|keen|desperate|hungry|itching|set) to (?:\w+ ){0,6}"
        r"(?:win|take|claim|finish|convert|score|clinch|seal)\b",
        # "in theory sixth was the best he could do": what he could expect, not his place
        r"in theory|theoretically",
        r"\b(?:un)?realistic(?:ally)?\b",  # "pole was not realistic", "realistically fifth is the target"
        # "Average Rating Ranking: 2nd": a ranking of ratings, no place of a race
        r"\bratings? rank(?:ing)?\b|\b(?:average|driver) ratings?\b",
        # "the world champion asked if he was really fourth": a question, no place
        r"\b(?:asked|asks|asking|wondered|wonders|wondering) (?:\w+ )?(?:if|whether)\b",
        # "threw away the win", "squandered a certain victory": a win lost, no win
        # (not "gave Piastri the win": handed to another, who won)
        r"(?:(?:threw|throws|thrown|throwing|squandered|squanders)(?: away)?|(?:gave|gives|giving) away) "
        r"(?:\w+ ){0,2}(?:the|his|her|a) (?:\w+ )?(?:win|victory|pole|podium)",
        # "lost an almost certain win", "missed out on a likely victory" (not "lost the win to Albon": his)
        r"(?:lost|loses|losing|missed out on|robbed of|denied) (?:\w+ ){0,2}(?:the|his|her|a|an) (?:\w+ )?"
        r"(?:win|victory|pole|podium)(?! to\b)",
        r"in (?:the )?(?:case|event) of",
        # "had victory in sight", "within sight of a podium": in prospect, not his
        r"(?:within |in )?sight of (?:the|a|his|her) (?:\w+ )?(?:win|victory|pole|podium)",
        r"(?:win|victory|podium) in (?:his )?sights?",
        # "was a handful of laps away from a first podium finish": not reached
        # (not "pulled away from the leaders to win by 22.9 seconds")
        r"(?:laps?|corners?|seconds?|metres|meters|miles|minutes?) away from (?:a|an|the|his|her) "
        r"(?:[\w-]+ ){0,3}(?:win|victory|pole|podium)",
        # "that lap would have been good enough for pole": what it would have been
        r"would have been (?:\w+ )?(?:good|fast|quick) enough",
        # "went hunting for a podium", "in search of his first win": what he was after, not what he got
        r"(?:hunt|hunts|hunting|hunted|in search of|searching for|chasing|chase|chases) (?:for )?"
        r"(?:the|a|his|her) (?:\w+ )?(?:win|victory|pole|podium)",
        r"in (?:that|which) case",
        # "voted the second-best driver", "focuses on winning the race", "you must win the race": a vote, an
        # aim, a rule of thumb
        r"voted (?:as |the )?\w*",
        r"whoever",  # "whoever starts from pole has the advantage": no one in particular
        r"focus\w* on (?:\w+ )?winning",
        r"\byou (?:must|have to|need to|can|should)\b",
        # "for Q3 to be held and to determine pole position": what a session is for
        r"to (?:determine|decide|settle) (?:the )?(?:pole|grid|order|winner|podium|result|top)",
        # "Hamilton can claim his 92nd win today": what he may get
        r"\bcan (?:[\w-]+ ){0,4}(?:claim|take|win|secure|grab|clinch|seal|earn|record|become|finish)\b",
        # "would eventually be classified fifth", "would go on to win": what happened later
        # ("could only finish tenth", "could do no better than": where he did finish)
        # ("but dropped back and would only finish seventh": what happened, told as the story's future)
        r"(?:would(?! (?:eventually|ultimately|later|go on|only (?![^.;]*\bif\b)))"
        r"|could(?! (?:only|do no better|manage))|"
        r"should|might) (?:\w+ ){0,3}"
        r"(?:have|be|win|finish)",
        # ("fell almost two-tenths short": a gap)
        r"(?:almost|nearly)(?! (?:a|half a|\d+(?:\.\d+)?|"
        + CARDINAL_RE
        + r")[ -](?:seconds?|tenths?|hundredths?|minutes?|points?|laps?)\b)",
        r"denied",
        r"(?<!no )(?<!not )(?:worse|higher|lower) (?:\w+ ){0,2}than",  # "if he finished worse than seventh"
        r"missed out",
        r"(?:coming|came|come|comes) close to",  # "coming close to stealing second": a near miss
        # "as the Dutchman was fighting to claim pole": what he fought for, not what he got
        r"(?:fight|fights|fighting|fought|battling|battled|pushing) "
        r"(?:for|to (?:claim|take|win|secure|grab))",
        # "watches the scrimmage for second and third place": a place fought over, by others
        # (not "edged out Norris in the battle for seventh": a battle may be won)
        r"(?:scrap|tussle|scrimmage|squabble) for",
        # "was chasing Norris for second": the place he chased, not his
        r"(?:chasing|chased|chases|hunting|hunted) (?:[\w'-]+ ){1,3}for",
        # "seemed well on his way to winning the race": headed for the win, which is no win yet
        # ("was well on his way to a similarly dominant victory": words of its kind between)
        r"(?:on (?:his|her) way|on course|on track|heading|cruising) (?:to|for) (?:a |the |his |her )?"
        r"(?:[\w-]+ ){0,2}(?:win\w*|victory|pole|podium)",
        r"robb(?:ed|ing|s)? (?:[\w']+ ){0,4}of",  # "cylinder failure robbed Leclerc of a maiden win"
        # "after seeing his first win slip away": not his in the end
        # (not "after twice having podium results slip away": other races' podiums)
        r"(?:win|victory|pole|lead)\b[^.;]{0,40}\b(?:slip|slips|slipped|slipping) "
        r"(?:away|through (?:his|her|their) fingers)",
        # "which prevented Verstappen from winning": so he did not win
        r"(?:prevented|prevents|preventing|stopped|stopping) (?:[\w']+ ){0,3}from "
        r"(?:winning|taking|claiming)",
        r"dreams? of",
        # "was set to finish in fifth place ... but he retired": where he would have finished
        r"(?:was|were|is|looked) set to (?:finish|take|claim|win|score)",
        # "will target a fifth", "aiming for a sixth title": a goal
        r"(?:target\w*|aim\w* for|chas(?:e|es|ing) (?:a|his)|eyeing)",
        r"chance (?:of|to)",
        r"in (?:contention|line|the running) for",
        r"(?:bid|attempt|quest|hopes?) (?:to|for)",
        r"in order to",
        # "the worst case scenario was he was third": a case considered
        r"(?:worst|best)[- ]case",
        # "was trying to pass Verstappen for first place": not taken ("attempted to grab the point for the
        # fastest lap" says nothing of his place)
        r"(?:tried|tries|trying|attempted|attempting) to (?:pass|overtake|take|win|claim|snatch|steal)",
        # "didn't finish second", "wasn't in the top three": a place not reached
        r"\b(?:did not|didn['’]t|does not|doesn['’]t) (?:finish|end) (?:in |as |on )?(?:the )?"
        r"(?:top|p\d|podium|points|higher|" + ORDINAL_RE + r")",
        r"\b(?:was not|wasn['’]t|is not|isn['’]t|were not|weren['’]t) (?:in|on|among) (?:the )?"
        r"(?:top|p\d|podium|points|pole|" + ORDINAL_RE + r")",
        # "failed to pass Gasly and take the win", "was unable to catch Hamilton for second": not done
        r"(?:failed|fails|unable|not able) to "
        r"(?:pass|overtake|take|win|claim|snatch|steal|beat|catch|get past)\b",
        # ("retired with what looked like a tyre failure": a cause described, no supposition)
        r"(?<!what )(?<!which )looked (?:like|set|certain)",
        # "Leclerc had expected pole", "pole seemed in the bag for Leclerc, but ...": expected, then not
        r"expect\w* (?:\w+ ){0,3}(?:pole|to win|victory|the win|a podium)",
        r"(?:seemed|appeared|looked) (?:\w+ ){0,3}(?:in the bag|sewn up|a formality|his)\b",
        r"(?:looking|looked) (?:good|strong) for",  # "was looking good for pole"
        r"looking set (?:for|to)",  # "whilst looking set for his fourth victory"
        r"(?:wants?|needs?|hoping|aiming|must) (?:\w+ ){0,3}(?:to )?"
        r"(?:win|finish|take|be|make|claim|score|secure)",
        # ("to take the chequered flag by 20 seconds": the flag is taken, no aim)
        # ("failed to finish the race", "managed to finish the race in fifth": what happened)
        # ("was able to take the win": he did)
        r"(?<!went on )(?<!go on )(?<!goes on )(?<!going on )(?<!failed )(?<!unable )(?<!managed )"
        r"(?<!was able )(?<!were able )"
        r"to (?:win|finish|take) (?:the|a|his)\b"
        r"(?! (?:chequered|checkered) flag)"
        # ("... at the start to take a lead he then held for the full race distance": taken, and kept)
        r"(?! lead (?:that |which )?(?:he|she) (?:then |would )?(?:held|kept|never lost))",
        # "cars starting behind the man on pole can often benefit": what tends to happen
        r"(?:can|could) (?:[\w']+ ){0,10}(?:often|usually|typically)",
        # ("will be demoted to ninth after a grid penalty": his start, told ahead like "will start ninth")
        r"will (?:\w+ ){0,2}(?:win|finish|take|be(?! (?:demoted|dropped|relegated|moved back|sent back)\b))",
        r"short of(?! \w+ing\b)",  # ("fell short of beating Hulkenberg's time": a lap, not his place)
        r"(?:only )?needed",
        r"would suffice",
        r"reinstat\w*",
        r"hop(?:es|ed|ing) for",
        r"suppos(?:e|ing)|imagine",  # "suppose Hamilton retires"
        # "to thwart Verstappen's hopes of becoming the youngest pole winner": hoped, not got
        r"thwart\w*",
        r"urges?",
    ),
    "running": (
        # "allowed Sainz a momentary advantage as he snatched P2, only for Leclerc to reclaim the place"
        r"momentar\w+",
        r"only for (?:[\w'-]+ ){1,3}to (?:re\w+|take|grab|pass|get)",
        # "Albon was fourth behind the Safety Car", "in fourth ... fitting fresh rubber behind the Safety Car"
        r"behind the (?:virtual )?safety car",
        # "The lead order was now 1 Verstappen; 2 Ricciardo ...": the order at that moment
        r"(?:the )?(?:(?:lead|running|race) )?order (?:was|is) now",
        # "allowing Hamilton past into fourth", "let Hamilton through into fourth": a pass, then
        r"(?:past|through|by) into (?:the )?(?:p\d|" + ORDINAL_RE + r")",
        # "ran second until ten laps from the end": where he ran until then
        r"until (?:\w+ ){0,2}laps? (?:from|before) the (?:end|finish|flag)",
        # ("who returned to the fray in last place": where he rejoined)
        # ("He returned to the temple of speed as dead last": where he came back)
        r"(?:rejoin(?:ed|s|ing)?|re-joined|joined back|return(?:ed|s|ing)? to the (?:[\w-]+ ){0,2}?"
        r"(?:fray|track|action|speed|circuit|race)|enter(?:ed|s|ing)? the fray) "
        r"(?:the (?:track|race) )?"
        r"(?:in|as|at)",
        # "a messy first lap that left him down in 12th": where a moment left him
        r"(?:left|leaving|leaves) (?:him|her|them) (?:down |back |only )?(?:in|at)",
        # "served both at his stop and came back out in 14th place": where he rejoined
        r"(?:came|comes|coming|emerged?|emerging) (?:back )?out (?:of the pits? )?(?:in|as|at)",
        # ("had held on to P2 for a long time": until then)
        r"held (?:on to )?(?:it|that|the lead|first place|p\d{1,2}|the position)"
        r" (?:for (?:a long time|a while|many laps|\d+ laps)|until lap \d+)",
        # ("Sainz ran third, ahead of Norris": where he ran then)
        # ("undercut the entire midfield to run fifth": where he ran then)
        r"(?:running|lying|driving|sitting|ran|to run) (?:\w+ ){0,2}(?:in |on )?(?:the )?"
        r"(?:" + ORDINAL_RE + r")",
        # "Perez lies fifth for Racing Point": where he stands, in the race or the standings
        r"(?:lies|sits) (?:\w+ ){0,2}(?:in |on )?(?:the )?(?:" + ORDINAL_RE + r")",
        # "Bottas is in third" (a live blog): where he is now
        r"(?:is|are) (?:now |currently )?in (?:the )?(?:p\d{1,2}|(?:" + ORDINAL_RE + r"))\b",
        # "by then Verstappen had already made up five places and was up into P8": where he was at that moment
        r"by then",
        # "was able to rise to second by the fourth corner", "up to third by lap 10": a moment of the race
        r"by (?:the )?(?:\w+ )?(?:corner|turn|lap)s?\b(?! (?:of|in) (?:the|his)\b)",
        r"by (?:turn|lap|corner) \d+",
        # "Going into Turn 3, I could recover two places and was back in second": a moment at a corner, and
        # a place got back
        r"(?:going into|into|out of|coming out of|through|exiting) (?:the )?(?:turn|corner) \d+\b",
        # "despite telling his team he wanted to stay out when still in third": where he was then
        r"when (?:he was |she was )?still (?:in|running|lying|up in)",
        r"(?:was|were|is|are) back (?:up )?(?:in|to|into) (?:the )?(?:p\d{1,2}|(?:" + ORDINAL_RE + r"))\b",
        r"(?:was|were|is|are|moved|climbed|got) up (?:into|to) "
        r"(?:p\d{1,2}|(?:the )?(?:" + ORDINAL_RE + r"))\b",
        # "made his way up to third from tenth": a climb, told as it went
        r"made (?:his|her|their) way (?:back )?(?:up )?(?:to|into) (?:the )?(?:p\d{1,2}|(?:"
        + ORDINAL_RE
        + r"))\b",
        # (the clause cut at "and": "... gets the jump on Verstappen | and into P1")
        r"^(?:and )?into (?:p\d{1,2}|(?:the )?lead)\b",
        # "gets the jump on Verstappen and into P1", "moves into second": a place taken during the race
        r"(?:gets?|got|getting|moves?|moved|moving|slots?|slotted|slips?|slipped|jumps?|jumped|goes|went|"
        r"surges?|surged|darts?|darted) (?:[\w'-]+ ){0,5}?(?:and )?into (?:the )?(?:p\d{1,2}|lead|(?:"
        + ORDINAL_RE
        + r"))\b",
        # "He is currently being chased by Hamilton in second": the order of that moment of a live report
        r"(?:is|are) (?:currently|now) being (?:chased|hunted|pursued|followed|hounded|caught)\b",
        r"(?:cruising|heading|on course|on his way|on track) (?:to|for)\b",
        r"at the time",
        r"(?:for )?(?:most|much) of the (?:race|afternoon|grand prix)",
        # ("with less than 20 laps remaining")
        r"with (?:\w+ ){0,3}laps? (?:to go|remaining|left)",
        # "the Mercedes were now down in fourth and fifth"
        r"(?:was|were|is|are) now (?:down|up|back) (?:in|to)",
        # a moment of a session: "with six minutes remaining", "after his first Q2 run", "initially"
        r"with (?:\w+ ){0,2}minutes? (?:to go|remaining|left)",
        # ("on his first Q2 effort, placed eighth", "went fastest on their first efforts of the session")
        r"(?:after|at the end of|in|on|from|with) (?:the|his|her|their) (?:first|opening|initial) "
        r"(?:q[123] )?(?:runs?|efforts?|attempts?|tries|try|laps? of (?:q[123]|the session))",
        r"initially(?! (?:qualified|classified))",  # (a qualifying result before a grid penalty stands)
        r"at that (?:point|stage|moment|time)",
        # (not "fell down the order to finish eighth": where he ended)
        # ("an early Safety Car saw Hamilton drop to third": the bare verb after "saw" too)
        r"(?:fell|dropped|slipped|slid|(?:saw|see|sees|seeing) (?:[\w'-]+ ){1,3}(?:drop|fall|slip|slide))"
        r" (?:\w+ ){0,3}(?:back )?(?:to|into)\b(?! finish\b)",
        # "with Vettel spinning off the circuit and dropping to P19": after a spin, a puncture, a stop (not
        # "resulting in Leclerc dropping to fourth", "with Bottas falling down to fifth": where they ended)
        r"(?:spin\w*|spun|puncture|pitstop|pit stop|pitted)\b[^.;]{0,60}\b"
        r"(?:dropping|falling|slipping|sliding) (?:\w+ ){0,3}(?:back )?(?:to|into)\b",
        r"(?:fell|dropped|slipped|slid)\b[^.;]{0,80}?\b(?:to|into) (?:the )?(?:" + ORDINAL_RE + r")",
        r"(?:moved|climbed|jumped) (?:\w+ ){0,3}(?:up )?(?:to|into)\b",
        # "jumping to fourth place with a lap of 1:22.398" (not "climbing up from 13th to finish ninth")
        r"(?:jumping|climbing|moving) (?:up )?(?:to|into)\b(?![^.;]{0,40}\bfinish)",
        r"cost (?:him|her) (?:the )?(?:win|victory|podium)",
        _GAINED_PLACE,  # (also read before the penalty check: _GAINED_PLACE_RE)
        # ("with the defending world champion finishing seventh": the title held, no place defended)
        r"defend\w*(?! (?:world |drivers'? )?champ)",
        r"(?:consolidat|cement)\w* (?:his|her)",
        r"swapp?(?:ed|ing|s)? (?:\w+ ){0,2}(?:for|with)\b",  # "swapped fourth for third"
        # "drove around on P6", "demoted Ocon for sixth": a place during the race
        r"(?:drove|driving|drives|drive) around",
        r"provisional(?:ly)? (?:pole|p1|first|top)",  # "claiming provisional pole position": for a while
        _OUT_OF_CORNER_EN,
        r"(?:end|start) of lap \d+",
        r"in no time",
        r"lap \d+/\d+",  # a live blog's lap marker: "LAP 1/53: ..."
        r"(?:is|was|now) up to",
        r"(?:demoted|passed|overtook|passing|overtaking|mugged|got (?:by|past)) (?:[\w'-]+ ){1,3}for "
        r"(?:the lead|(?:" + ORDINAL_RE + r"))",
        r"(?:on|in) the (?:opening|first) lap",
        r"(?:after|at) the (?:start|restart|first lap)",
        r"for the (?:re-?start|second start)",  # "which became fourth for the restart": a grid again
        r"on lap \d+",
        r"after (?:" + CARDINAL_RE + r") laps",
        r"within " + CARDINAL_RE + r" laps",
        r"as the race (?:started|began|got underway)",
        r"(?:at|off) the (?:original |first |second |rolling |standing )?start",
        r"off the line",
        r"(?:bad|poor|good|great|strong) start",
        r"into turn (?:1|one)\b",
        # "stayed clear in second, as Perez swept into the Turn 4 apex", "locked up but stayed clear in
        # second": a place at a corner of a lap, at a moment ("... but finished second" has its verb of the
        # finish)
        r"into the turn \d+",
        r"locked up",
        r"stayed clear in",  # "Bottas locked up but stayed clear in second": out of trouble at that moment
        r"first into (?:turn \w+|the (?:first )?(?:corner|chicane|hairpin))",
        r"(?:end|start) of the (?:opening|first) lap",
        r"halfway",
        r"early on",
        r"relieved",
        r"pitted",
        # "allowed Leclerc to pit for hard tyres, dropping him to P3", "Perez hit the pits": a stop's moment
        r"to pit",
        r"hit the pits",
        r"(?:dropping|demoting|promoting|putting|leaving|bringing|lifting) (?!(?:down|back|up|out)\b)"
        r"(?:him|her|them|[\w'-]+(?: [\w'-]+)?) "
        r"(?:back |up |down )?(?:to|into|in) (?:the )?(?:p\d{1,2}\b|(?:" + ORDINAL_RE + r"))",
        r"(?:head|heads|headed|heading) into (?:p\d{1,2}\b|the lead|(?:" + ORDINAL_RE + r"))",
        r"before (?:pitting|his (?:first |second )?(?:pit ?)?stop)",  # "was in first place before pitting"
        r"slotted (?:back )?in(?:to)?",
        r"re-?join\w*",
        # "returned to the track behind Perez in 19th": where a stop left him
        r"return(?:ed|s|ing)? to the (?:track|race|circuit)",
        r"(?:got|gets|came|comes) back on(?: the)? track",
        r"emerged",
        r"emerging",  # "made his first stop, emerging at third"
        r"by the time",  # "By the time Verstappen was in 12th, Hamilton made his first stop"
        # "just held fourth ... moments later at Turn 3": a moment of the race
        r"(?:moments|seconds|a lap|two laps|a few laps) later",
    ),
    "lost": (
        r"lost (?:\w+ ){0,4}(?:place|position|spot)",
        r"lost (?:p\d{1,2}|(?:the )?(?:" + ORDINAL_RE + r")(?: place| position)?) to",
        r"lost the lead",
        # "saw Norris lose seventh on the final lap": a place lost
        r"(?:lose|loses|losing) (?:his |her |the )?"
        r"(?:p\d{1,2}|(?:" + ORDINAL_RE + r")(?: place| position| spot)?)",
        # "had to give up second place", "gave up P2 to Vettel"
        r"(?:give|gave|giving|given) up (?:his |her |the )?"
        r"(?:p\d{1,2}|(?:" + ORDINAL_RE + r")(?: place| position)?|(?:\w+ )?(?:place|position|spot)|"
        r"the lead)",
    ),
    "other_year": (
        r"(?:\w+ )?years? ago|last year",
        # "made it a hat-trick of wins last time out": the race before this one, his win too
        r"last time out",
        # "won it the last two times": the editions before, his wins too
        r"the (?:last|previous|past) (?:" + CARDINAL_RE + r" )?(?:times|editions)",
        r"(?:in|at) the other (?:\w+ )?(?:races|grands prix)\b",
        r"the (?:previous|last) edition|last year's (?:edition|race|grand prix)",
        # "had taken pole the previous four years": the years before, counted
        r"the (?:previous|past|last) (?:" + CARDINAL_RE + r") years\b",
        r"(?:his|her) (?:first|debut|very first) (?:race|grand prix|outing) (?:for|with) [\w-]+",
    ),
    "history": (
        # "couldn't build on the win": the win before, not this race's
        r"build on (?:the|that|his|this) (?:win|victory)",
        # "stuck on 99 wins since taking the British GP": the win before, not this race's
        r"since (?:taking|winning|claiming|his (?:\w+ )?(?:win|victory))",
        r"(?:just )?before the summer break",
        r"best(?: ever)? (?:result|finish|placing)",
        r"so far",
        r"career-best",
        r"until then",
        r"(?:once|twice|\w+ times) (?:in|as)",
        r"back then",
        r"in the (?:previous|past|last) (?:\w+ )?(?:years|seasons|editions)",
        # "had never finished higher than fifth here": his best before
        r"never (?:\w+ ){0,2}(?:higher|better|further) (?:\w+ ){0,2}than",
        # "had not finished higher than third this season": his best of the season so far
        r"(?:not|n't) (?:\w+ ){0,2}(?:higher|better|further) than \w+ (?:\w+ )?this (?:season|year)",
        # "won two of the first three races and was second in the other one": races told as a group
        r"(?:in|at) the other (?:race|one|grand prix)\b",
        r"(?:two|three|four|five|\d+) of the (?:first|last|opening) (?:\w+ )?(?:races|rounds|grands prix)",
    ),
    "first_to": (
        r"(?:the )?first (?:driver |man )?to (?:pit|stop|retire|crash|change|make)",
        # "became the first of his countrymen to start from the top 10", "the first Chinese driver to score":
        # a first of a kind, no first place
        r"(?:the )?first (?:of (?:his|her|their) (?:countrymen|compatriots|nation)|"
        r"(?:\w+ ){1,3}(?:driver|man|"
        r"rookie|racer)) to\b",
        # "two penalty points, his first in the current 12-month period": the first of a count, no place
        r"(?:penalty points?|reprimands?)\s*,\s*(?:his|her) first",
        # (the clause cut at the comma: "..., his first in the current 12 month period")
        r"(?:his|her) first (?:in|of|within) (?:the |this )?(?:current|past|last|previous) "
        r"(?:\d+[- ]?month|twelve[- ]month|year|period)",
        r"first (?:pit ?stop|stop)",
    ),
    "epithet": (
        r"\w+-time (?:\w+ ){0,2}(?:winner|champion)",
        r"(?:former|ex-) ?(?:\w+ )?(?:winner|champion)",
        # "with F1's newest race winner the faster of the two": a title, a win of before
        r"(?:newest|latest|first-time|maiden) (?:race |grand prix |gp )?winner",
        # "Italian GP winner Pierre Gasly": a title won elsewhere ("the GP winner" is this race's)
        # (fixed words first: a pattern opening on \w+ is tried at every word of every clause)
        r"(?<!the )(?<!this )(?<!a )(?<!today's )(?<!sunday's )(?:grand prix|gp) winner",
        # ("last weekend's winner of the Bahrain Grand Prix": that race named, its winner)
        r"last (?:week|weekend|race|time|year)'s (?:race |grand prix )?winner(?! of the)",
        r"winner (?:last (?:week|time out)|of the last race)",
        # "Bottas, winner the previous weekend at the same track", "a two times winner in Austria"
        r"winner (?:of )?the (?:previous|last|prior) (?:weekend|week|race|round|year|grand prix)",
        r"(?:two|three|four|five|six|seven|eight|nine|ten|\d+) times (?:\w+ )?(?:winner|champion)",
    ),
    "provisional": (
        r"cross(?:ed|es|ing)? the (?:finish )?(?:line|finish)",
        r"took the chequered flag",
        r"on the road",
        # "came in third after the chequered flag dropped, but after adding the five-second penalty ...": the
        # place as the flag fell
        r"(?:after|when|as) the (?:chequered|checkered) flag (?:dropped|fell|came out|was waved)",
        r"(?:at|under) the (?:chequered|checkered) flag",
    ),
    # "Vandoorne secured P14 on track before the penalty": the place the penalty changed
    "road": (r"before (?:the|his|a) (?:[\w-]+ ){0,2}penalt(?:y|ies)",),
}

_HYPOTHETICAL_RE = re.compile(r"(?<![\w-])(?:" + alt(NL["hypothetical"], EN["hypothetical"]) + r")(?![\w-])")
#: "The lead order was now 1 ...", "de volgorde was nu": an order told at a moment of the race (also read by
#: the tables reader for the list after it)
ORDER_NOW_RE = re.compile(
    r"\b(?:(?:the )?(?:(?:lead|running|race) )?order (?:was|is) now|(?:de )?volgorde (?:was|is) nu)\b"
)
_LOST_RE = re.compile(r"(?<![\w-])(?:" + alt(NL["lost"], EN["lost"]) + r")(?![\w-])")
_RUNNING_RE = re.compile(
    r"(?<![\w-])(?:" + alt(NL["running"], NL["lost"], EN["running"], EN["lost"]) + r")(?![\w-])"
)
_HISTORY_RE = re.compile(r"(?<![\w-])(?:" + alt(NL["history"], EN["history"]) + r")(?![\w-])")
_FIRST_TO_RE = re.compile(r"(?<![\w-])(?:" + alt(NL["first_to"], EN["first_to"]) + r")(?![\w-])")
_EPITHET_RE = re.compile(r"(?<![\w-])(?:" + alt(NL["epithet"], EN["epithet"]) + r")(?![\w-])")
_BEFORE_THE_PENALTY_RE = re.compile(r"(?<![\w-])(?:" + alt(NL["road"], EN["road"]) + r")(?![\w-])")
_PROVISIONAL_RE = re.compile(r"(?<![\w-])(?:" + alt(NL["provisional"], EN["provisional"]) + r")(?![\w-])")
_CUE_FAMILIES = (
    "hypothetical",
    "running",
    "lost",
    "other_year",
    "history",
    "first_to",
    "epithet",
    "provisional",
    "road",
)
_OTHER_YEAR_RE = re.compile(r"(?<![\w-])(?:" + alt(NL["other_year"], EN["other_year"]) + r")(?![\w-])")
_ANY_CUE_RE = re.compile(
    r"(?<![\w-])(?:"
    + alt(*(NL[k] for k in _CUE_FAMILIES))
    + "|"
    + alt(*(EN[k] for k in _CUE_FAMILIES))
    + r")(?![\w-])"
)
_GAINED_PLACE_RE = re.compile(r"\b" + _GAINED_PLACE + r"\b")
PASS_RE = re.compile(r"(?<![\w-])(?:" + alt(_PASS_NL) + r")(?![\w-])")
_OUT_OF_CORNER_RE = re.compile(r"\b(?:" + _OUT_OF_CORNER_NL + "|" + _OUT_OF_CORNER_EN + r")\b")
_LEADING_RUNNING_RE = re.compile(
    r"\s*(?:on lap \d+|in ronde \d+|op ronde \d+|halfway|halverwege|at the (?:re)?start|bij de (?:her)?start|"
    r"after the (?:re)?start|na de (?:her)?start|"
    # "Behind the safety car, it is Bottas in the lead": the order at that moment
    r"(?:behind|under) the (?:virtual )?safety ?car|(?:achter|onder) de (?:virtuele )?safety ?car|"
    r"as the (?:race (?:started|began|got underway)|lights went out)|toen de lichten uitgingen|"
    r"in de (?:eerste ronde|openingsronde|beginfase)|on the (?:opening|first) lap|after \d+ laps|"
    r"na \d+ ronden|by lap \d+)"
    r"\s*,"
    # "De laatste ronden werden ingezet met Hamilton aan de leiding, Pérez op de tweede plaats": the moment
    # the sentence opens with times all its places
    r"|\s*(?:de )?laatste (?:\w+ )?(?:ronden|rondes) (?:werden|werd) (?:ingezet|aangevat|aangesneden)\b"
    r"|\s*(?:going|heading) into the (?:final|last|closing) (?:\w+ )?laps?\b"
    # "Racing resumed on lap 34 with Verstappen in the lead, Hulkenberg in second": the order then
    r"|\s*(?:racing|the race) (?:resumed|restarted)\b|\s*de race werd (?:hervat|herstart)\b"
    # a live blog's lap of the race's laps before its line: "18/59 Stroll chases down Leclerc to take third"
    # ("LAP 1/62: Sainz leads from pole, Russell second": a colon or dash after it)
    r"|\s*(?:(?:lap|ronde)\s+)?\d{1,2}\s*/\s*\d{2}\s*[:.-]?\s+(?=[a-z])"
)
# A finishing verb makes the clause's place its result, whatever else it says of the race.
_FINAL_VERB_RE = re.compile(
    r"\b(?:eindigde|eindigt|geeindigd|geeindigde|finishte|gefinisht|gefinishte|finished|won|wint|gewonnen|"
    r"wins|klasseerde|"
    r"uiteindelijk|eventually|ultimately|in the end|at the flag|ended|came home|einduitslag|"
    r"final classification|"
    # "Na een slechte start werd Hamilton nog derde": still, in the end
    r"werd (?:\w+ ){0,3}(?:toch )?(?:nog|alsnog) (?:" + ORDINAL_RE + r")|"
    r"took (?:the )?(?:win|victory|chequered))\b"
)
_PENALTY_RE = re.compile(
    r"\b(?:\w*straf\w*|penalt\w*|sanctie\w*|teruggezet|\w*diskwalific\w*|disqualif\w*|dsq|promoted|"
    # "was demoted to fifth" is a penalty; "Hamilton demoted Ocon for sixth" is a pass
    r"(?:was|were|been|is|be|being|got|gets?) demoted|demoted (?:him|her|them|to))\b"
)
# Stats lines of reviews: "1st | Pts: 413 | Wins: 11 |".
_STATS_LINE_RE = re.compile(r"\|[^|]*\w[^|]*\|[^|]*\w[^|]*\|")

#: fact kinds whose value a clause's status can change
RESULT_KINDS = frozenset(
    {
        "finish",
        "podium",
        "grid",
        "qualifying",
        "pitlane",
        "retirement",
        "championship",
        "points",
        "points_gap",
        "time_gap",
        "lap_time",
        "fastest_lap",
        "count",
    }
)


# the epithet of a race's winner: "GP-winnaar Verstappen", "Grand Prix winner Gasly" (not "zesvoudig
# kampioen")
_RACE_WINNER_EPITHET_RE = re.compile(r"\b(?:gp|grand prix)[- ]?(?:winnaar|winner)\b")


def race_winner_epithet(clause: str) -> bool:
    """Whether folded ``clause`` calls someone the winner of a named Grand Prix."""
    return _RACE_WINNER_EPITHET_RE.search(clause) is not None


# "Pérez led every lap to win the Singapore GP", "came from tenth to win the race": a deed that ended in
# the win is told in the past, no purpose ("needs to win the race", "fought hard to win it but ...")
# ("controlled the race from pole to take his second win", "held off Norris to claim victory": the same)
_DID_TO_WIN_RE = re.compile(
    r"\b((?:led|came|stormed|charged|drove|raced|recovered|held on|hung on|held off|cruised|powered|surged|"
    r"rose|climbed|bounced back|survived|converted|controlled|dominated|kept|fended off|resisted|"
    r"pulled off|passe[sd]|overt(?:ook|akes)|beats?)\b"  # ("Leclerc passes Sainz and Norris to win the GP")
    r"(?:\s+[\w'’-]+){0,9}?)\s+to (win|take|claim|secure|seal|clinch)\b(?![^.;]*\bbut\b)"
)
_DID = {
    "win": "won",
    "take": "took",
    "claim": "claimed",
    "secure": "secured",
    "seal": "sealed",
    "clinch": "clinched",
}


def _did(m: re.Match[str]) -> str:
    return f"{m.group(1)} and {_DID[m.group(2)]}"


# "die uiteindelijk als vierde zou eindigen": "zou" after "uiteindelijk" tells what happened in the end
_EVENTUALLY_BEFORE_RE = re.compile(r"\b(?:uiteindelijk|later)\b")


def _hypothetical(clause: str) -> bool:
    """Whether a cue of a wish, target or supposition stands in the clause (a "zou" told after
    "uiteindelijk" is none)."""
    return any(
        not (
            m.group(0).startswith("zou")
            and _EVENTUALLY_BEFORE_RE.search(clause, max(0, m.start() - 30), m.start())
        )
        # ("pitted late on to take the point for fastest lap": what the stop was for, and got; "claimed his
        # first chequered flag of the season to win the Turkish Grand Prix": done, and won)
        and not (
            m.group(0).startswith("to ")
            and (
                _PITTED_BEFORE_RE.search(clause, max(0, m.start() - 30), m.start())
                or _DONE_BEFORE_RE.search(clause, max(0, m.start() - 70), m.start())
            )
        )
        # ("took a victory which might have soothed his pain": what the win might do, not a win that might be)
        and not _RELATIVE_ON_RESULT_BEFORE_RE.search(clause, max(0, m.start() - 40), m.start())
        for m in _HYPOTHETICAL_RE.finditer(clause)
    )


_RELATIVE_ON_RESULT_BEFORE_RE = re.compile(
    r"\b(?:victory|win|podium|pole|place|result|zege|overwinning|podiumplek|plek|plaats|resultaat)\s*,?\s+"
    r"(?:which|that|die|dat)\s+(?:[\w-]+\s+){0,2}$"
)


_PITTED_BEFORE_RE = re.compile(r"\bpitted\s+(?:[\w-]+\s+){0,3}$")
# a deed done right before "to win": the win is its outcome ("took the chequered flag ... to win", "held off
# Hamilton to win the race"; not "hoped", "wanted", "tried")
_DONE_BEFORE_RE = re.compile(
    # (no verb with a driver as its object: "passed Verstappen and Bottas to win" is read of the last named)
    r"\b(?:claimed|took|recovered|came|drove|stormed|charged|pulled|survived|converted|kept|led|dominated|"
    r"cruised|crossed)\b[^.;,]{0,60}$"
)


_PLACELESS_ASIDE_RE = re.compile(r"\([^()]{10,300}\)|^[^()]{10,300}\)")
_PLACE_IN_ASIDE_RE = re.compile(r"\b(?:" + ORDINAL_RE + r"|p\d+|\d+)\b")
_DASHED_ASIDE_RE = re.compile(r"\s[-–]\s[^-–]{10,300}?\s[-–]\s")
# (the clause cut at the aside's opening dash: "who was last after ... lap - produced a heroic drive")
_LEADING_ASIDE_RE = re.compile(r"^\W*(?:who|which|die|dat)\b[^-–]{5,300}?\s[-–]\s")


def _placeless_blank(m: re.Match[str]) -> str:
    return m.group(0) if _PLACE_IN_ASIDE_RE.search(m.group(0)) else " "


# a clause of a name and a place alone, its verb left out: "(and) Mazepin 18th", "en Bottas als vijftiende"
_ELLIPTIC_PLACE_RE = re.compile(
    r"(?:(?:and|en)\s+)?(?:[\w'-]+\s+){1,2}(?:in\s+|op\s+|als\s+)?(?:p\d{1,2}|" + ORDINAL_RE + r")"
)
_RAN_PLACE_BEFORE_RE = re.compile(
    r"\b(?:ran|running|lying|lay|sat|sitting|lag|lagen|reed|reden)\s+(?:in\s+|op\s+|als\s+)?(?:the\s+|de\s+)?"
    r"(?:p\d{1,2}|" + ORDINAL_RE + r")\s*,?\s*(?:and\s+|en\s+)?$"
)


_ONLY_FOR_AFTER_RE = re.compile(r"\W*only for (?:[\w'-]+ ){1,3}to (?:re\w+|take|grab|pass|get)")


def clause_status(clause: str, sentence: str, after: str = "", before: str = "", at_start: int = 0) -> str:
    """The status the positions of a folded ``clause`` (in ``sentence``) have: "final", "hypothetical",
    "running", "lost" (running, his first place too), "provisional", "history" (what he did before: "zijn
    beste resultaat tot nu toe") or "epithet" (a title before a name: only its first place is none).
    ``after``: the paragraph's next sentence, which may tell the penalty that makes a place "over de streep"
    provisional; ``before``: its sentence before, whose moment a sentence that opens with "Daarachter" shares;
    ``at_start``: the paragraph tells the start so far (:func:`start_moment`), and its places are then.
    """
    if " only for " in sentence:
        at = sentence.find(clause)
        if at >= 0 and _ONLY_FOR_AFTER_RE.match(sentence, at + len(clause)):
            return "running"  # "Sainz snatched P2, | only for Leclerc to reclaim the place": for a moment
    if " to " in clause:
        clause = _DID_TO_WIN_RE.sub(_did, clause)
    if "(" in clause or ")" in clause:
        # "(waarbij hij na de herstart niet meer meedeed) moest hij toezien hoe Hamilton derde werd":
        # an aside in brackets that holds no place sets no moment for the places outside it (nor its end,
        # when the clause was cut inside it)
        clause = _PLACELESS_ASIDE_RE.sub(_placeless_blank, clause)
    if " - " in clause or " – " in clause:
        # "the Englishman - who was last after a collision on the opening lap - produced a heroic drive to
        # finish second": a dashed aside sets no moment for a place told outside it
        outside = _LEADING_ASIDE_RE.sub(" ", _DASHED_ASIDE_RE.sub(" ", clause))
        if outside != clause and _PLACE_IN_ASIDE_RE.search(outside):
            clause = outside
    if (" nu " in sentence or " now " in sentence) and _now_other_place(clause, sentence):
        return "superseded"  # "die zeventiende werd en nu achttiende is": the place before the change
    if "|" not in sentence and not _ANY_CUE_RE.search(clause):
        if _ELLIPTIC_PLACE_RE.fullmatch(clause.strip(" ,.;")):
            # "from which Schumacher ran 15th, and Mazepin 18th": the verb left out is the running one right
            # before
            at = sentence.find(clause)
            if at > 0 and _RAN_PLACE_BEFORE_RE.search(sentence, 0, at):
                return "running"
        if _LEADING_RUNNING_RE.match(sentence) and not _FINAL_VERB_RE.search(clause):
            return "running"  # "On lap 4, Hamilton handed fourth back": the opening times the sentence
        if before and _behind_at_moment(sentence, before):
            return "running"  # "In de achtste ronde ... Daarachter volgden Sainz en Pérez": the order then
        if at_start and not tells_result(sentence):
            return "running"  # "Hamilton made a good start ... Magnussen gained nine places to take ninth"
        if ("maar" in sentence or "but" in sentence) and _dropped_after(clause, sentence, before):
            return "running"  # "eindigde op plaats 5, maar door een tijdstraf zakte hij nog een plaats"
        if " in p" in clause and _IN_P_RE.search(clause) and _running_sentence(sentence):
            # "leaving Verstappen in P2, who followed his teammate Perez in P1": the order at that moment
            return "running"
        return "final"  # most clauses: one scan finds no cue of any family
    if _STATS_LINE_RE.search(sentence) or _hypothetical(clause):
        return "hypothetical"
    first_to = _FIRST_TO_RE.search(clause)
    if first_to is not None:
        # "the first to pit", "his first pit stop": a first that is no first place; the clause's other places
        # stand ("settled for fourth after a safety car just after his first pit stop")
        rest = clause[: first_to.start()] + " " + clause[first_to.end() :]
        return "first_to" if _OTHER_PLACE_RE.search(rest) else "hypothetical"
    untitled = _EPITHET_RE.sub(" ", clause) if _EPITHET_RE.search(clause) else None
    if untitled is not None and _WIN_NOUN_OUTSIDE_RE.search(untitled) and not _RUNNING_RE.search(untitled):
        # "de viervoudig wereldkampioen boekte zijn eerste overwinning": a win told outside the epithet is
        # the subject's; the rest of the clause decides
        clause, untitled = untitled, None
    if untitled is not None and not _FINAL_VERB_RE.search(untitled):
        # ("de viervoudige wereldkampioen veroverde die vierde plek terug van Hülkenberg": a place taken
        # back during the race, whatever title the subject has; with a win word the title's first place
        # stays an epithet: "Italian GP winner Gasly crashing out")
        return "running" if _RUNNING_RE.search(untitled) and not _WIN_WORD_RE.search(clause) else "epithet"
    if _BEFORE_THE_PENALTY_RE.search(clause):
        # "Vandoorne secured P14 on track before the penalty": the place the penalty changed, on the road only
        return "superseded"
    if _PROVISIONAL_RE.search(clause) and (
        _PENALTY_RE.search(sentence)
        or _PENALTY_RE.search(after)
        # ("... kreeg tien seconden tijdstraf. Hierdoor kwam hij ... op de zesde plaats, nadat hij als vijfde
        # over de finish was gekomen": the penalty told before, this sentence its consequence)
        or (_PENALTY_RE.search(before) and _CONSEQUENCE_OPEN_RE.match(sentence))
    ):
        at = sentence.find(clause)
        if at >= 0 and _ENDED_BEHIND_RE.search(sentence, at + len(clause)):
            # "crossed the line second but ended up behind Leclerc and Norris": corrected, the place after
            # it told as no number
            return "superseded"
        return "provisional"
    if _OTHER_YEAR_RE.search(clause):
        return "other_year"
    if _HISTORY_RE.search(clause) and not _SET_BEST_RE.search(clause):
        return "history"
    if _GAINED_PLACE_RE.search(clause):
        return "running"  # "who gained second place after pitting - was handed a penalty": for a while
    if _OUT_OF_CORNER_RE.search(clause):
        return "running"  # "kwam uiteindelijk zelfs als vierde uit de eerste bocht": then, whatever word
    if _LOST_TO_RE.search(clause):
        # "door de tijdstraf verloor Leclerc zijn tweede positie aan Pérez": the place is Pérez's
        return "lost"
    if (
        (_RUNNING_RE.search(clause) or _LEADING_RUNNING_RE.match(sentence))
        and not _FINAL_VERB_RE.search(clause)
        and not _crossed_line(clause, sentence)
        and not _PENALTY_RE.search(clause)
        # ("The Williams driver has moved up to 10th place in the classification": where the results have him)
        and not _IN_RESULTS_RE.search(clause)
    ):
        return "lost" if _LOST_RE.search(clause) else "running"
    if _dropped_after(clause, sentence, before):
        return "running"  # "finished fifth, but a penalty dropped him": the place before it
    return "running" if before and _behind_at_moment(sentence, before) else "final"


# the same subject's other place now, told right after the clause: "die zeventiende werd en nu achttiende
# is", "finished 17th and is now 18th" (not "staat nu derde", nor a place in the standings)
_NOW_OTHER_PLACE_RE = re.compile(
    r"\W*(?:en|maar|and|but)\s+(?:(?:is|was)\s+)?(?:nu|inmiddels|now)\s+(?:(?:is|was)\s+)?"
    r"(?:op\s+)?(?:de\s+|the\s+)?(?:p\d{1,2}|(?:" + ORDINAL_RE + r"))(?![\w-])"
    r"(?![^.;]{0,40}\b(?:kampioenschap|wk|stand|klassement|championship|standings)\b)"
)


def _now_other_place(clause: str, sentence: str) -> bool:
    at = sentence.find(clause)
    return at >= 0 and _NOW_OTHER_PLACE_RE.match(sentence, at + len(clause)) is not None


_IN_P_RE = re.compile(r"\bin p\d{1,2}\b")
# a sentence that opens with the consequence of the one before: "Hierdoor", "Daardoor", "As a result"
_CONSEQUENCE_OPEN_RE = re.compile(
    r"\s*(?:hierdoor|daardoor|daarmee|zodoende|as a result|consequently|because of (?:that|this|it))\b"
)
_LINE_CROSSED_RE = re.compile(r"\bover de (?:streep|finish|meet)\b")
_BUT_RE = re.compile(r"\b(?:maar|but)\b")


def _crossed_line(clause: str, sentence: str) -> bool:
    """ "reed zijn Ferrari als derde over de finish": the finish line crossed, not a place held while running
    (not "reed als derde over de finish, maar werd als vijfde geklasseerd": the road's, corrected)."""
    if not _LINE_CROSSED_RE.search(clause):
        return False
    at = sentence.find(clause)
    return at < 0 or not _BUT_RE.search(sentence, at + len(clause))


def _running_sentence(sentence: str) -> bool:
    """Whether folded ``sentence`` tells of a moment of the race (a cue of the running family) and of no
    finish."""
    return _RUNNING_RE.search(sentence) is not None and _FINAL_VERB_RE.search(sentence) is None


_IN_RESULTS_RE = re.compile(
    r"\bin (?:de (?:officiële |definitieve )?(?:uitslag|einduitslag)|"
    r"the (?:official |final )?(?:classification|results))\b"
)
# a place lost to another, by a penalty too: "verloor zijn tweede positie aan Pérez", "lost second place to"
_LOST_TO_RE = re.compile(
    r"\b(?:verloor|verliest|verloren|raakte|raakt|verspeelde|verspeelt|verspeeld)\s+(?:\w+\s+){0,9}?"
    r"(?:plaats|plek|positie|stek)\s+(?:[\w-]+\s+){0,4}(?:aan|kwijt aan)\b"
    r"|\b(?:lost|forfeited|surrendered)\s+(?:\w+\s+){0,3}(?:place|position|spot)\s+(?:[\w-]+\s+){0,4}to\b"
)


def _dropped_after(clause: str, sentence: str, before: str = "") -> bool:
    """Whether ``sentence`` goes on, after ``clause``, with a penalty that moved him ("maar door een tijdstraf
    zakte hij nog een plaats"), or with a drop after a penalty the sentence before told ("Sainz kreeg een
    tijdstraf. Hij finishte als vijfde, maar viel terug naar P8."): the clause's place was the one before
    it."""
    at = sentence.find(clause)
    if at < 0:
        return False
    if _DROPPED_BY_PENALTY_RE.search(sentence, at + len(clause)) is not None:
        return True
    return (
        _DROPPED_TO_RE.search(sentence, at + len(clause)) is not None
        and _PENALTY_WORD_RE.search(before) is not None
        and _FINISH_WORD_RE.search(clause) is not None
    )


# "werd als vierde afgevlagd, maar door de tijdstraf moest hij nog een plaatsje inleveren", "crossed the line
# fourth, but the penalty dropped him one place": how many places the penalty cost, the place not told
_PLACES_LOST_RE = re.compile(
    r"\b(?:maar|but)\b[^.;]{0,80}?\b(?:inleveren|ingeleverd|leverde|verloor|zakte|kostte|dropped|lost|cost)\b"
    r"[^.;]{0,40}?\b(?P<n>een|twee|drie|one|a|two|three|\d)\s+(?:plaatsje|plaats|plaatsen|plekje|plek|plekken|"
    r"positie|posities|place|places|position|positions|spot|spots)\b"
    r"|\b(?:maar|but)\b[^.;]{0,120}?\b(?P<n2>een|twee|drie|\d)\s+(?:plaatsje|plaats|plaatsen|plekje|plek|"
    r"plekken)\s+(?:\w+\s+){0,3}(?:inleveren|ingeleverd|verliezen|verloren|zakken|gezakt)\b"
)


def after_places_lost(sentence: str, facts: list[Fact]) -> list[Fact]:
    """The final place of a finish on the road the sentence says a penalty cost places, the place after
    not told ("werd als vierde afgevlagd, maar ... moest hij nog een plaatsje inleveren": fifth)."""
    road = [x for x in facts if x.kind == "finish" and x.status == "provisional" and x.position]
    if len(road) != 1 or any(
        x.kind == "finish" and x.status == "final" and x.driver == road[0].driver for x in facts
    ):
        return []
    m = _PLACES_LOST_RE.search(sentence)
    if m is None or not _PENALTY_WORD_RE.search(sentence):
        return []
    n = cardinal_value(m.group("n") or m.group("n2"))
    if not n:
        return []
    return [replace(road[0], position=(road[0].position or 0) + n, status="final")]


# "... but ended up behind Leclerc and Norris", "maar eindigde uiteindelijk achter Leclerc": the place after a
# penalty, told by who is ahead
_ENDED_BEHIND_RE = re.compile(
    r"\b(?:maar|but)\s+(?:\w+\s+){0,3}?(?:ended up|finished|wound up|was classified|eindigde|belandde)\s+"
    r"(?:\w+\s+){0,2}?(?:behind|achter)\b"
)
# "..., maar viel terug naar P8", "but dropped to eighth": after a finish, where the penalty put him
_DROPPED_TO_RE = re.compile(
    r"\b(?:maar|but)\s+(?:\w+\s+){0,2}(?:viel|zakte|dropped|fell|was dropped|was demoted)\s+"
    r"(?:\w+\s+)?(?:terug\s+)?(?:naar|to|tot)\b"
)
_PENALTY_WORD_RE = re.compile(r"\b(?:\w*straf\w*|penalt\w*)\b")
_FINISH_WORD_RE = re.compile(
    r"\b(?:finish\w*|eindigde|over de (?:streep|finish)|across the line|crossed the line|took the flag)\b"
)


# a penalty that moved him after the place told: "maar door een tijdstraf zakte hij", "but a penalty dropped
# him"
_DROPPED_BY_PENALTY_RE = re.compile(
    r"\b(?:maar|but)\b[^.;]{0,40}\b(?:\w*straf\w*|penalt\w*)\b[^.;]{0,40}\b(?:zakte|zakt|viel|dropped|drops|"
    r"demoted|relegated|teruggezet|lost|"
    # "werd tweede, maar kreeg 5 seconden straftijd en eindigde daardoor achter Leclerc en Norris"
    r"(?:eindigde|finished|ended up) (?:daardoor|dus|thus|therefore|as a result))\b"
    # "fought his way up to sixth at the flag but was demoted to seventh due to penalties": the verb first
    r"|\b(?:maar|but)\b[^.;]{0,30}\b(?:demoted|relegated|dropped|teruggezet|gedegradeerd|terugge\w+)\b"
    r"[^.;]{0,40}\b(?:\w*straf\w*|penalt\w*)\b"
    # "was third but faces an investigation", "werd derde, maar wordt nog onderzocht": not settled yet
    r"|\b(?:maar|but)\b[^.;]{0,20}\b(?:faces? an investigation|under investigation|is being investigated|"
    r"wordt (?:nog )?onderzocht|moet (?:nog )?(?:bij|naar) de stewards)\b"
)


# "Daarachter", "Behind them": the order behind the drivers the sentence before placed, at its moment
_BEHIND_OPENING_RE = re.compile(
    r"\s*(?:daarachter|daar achter|achter (?:hen|hem|hun)|behind (?:them|him)),?\s"
)


def _behind_at_moment(sentence: str, before: str) -> bool:
    """Whether folded ``sentence`` opens with "Daarachter" after a sentence ``before`` that told a moment of
    the race ("in de achtste van 57 ronden"): its places are the running order then, not the result."""
    return (
        _BEHIND_OPENING_RE.match(sentence) is not None
        and not _FINAL_VERB_RE.search(sentence)
        and (_RUNNING_RE.search(before) is not None or _LEADING_RUNNING_RE.match(before) is not None)
        and not _FINAL_VERB_RE.search(before)
    )


# The start told: "made a good start", "kwam goed weg", "De start van de GP ging zonder problemen van start"
_START_TOLD_RE = re.compile(
    r"\b(?:(?:made|had|got|makes|has) (?:a |an )?(?:\w+ )?(?:start|getaway)|at the (?:start|getaway)|"
    r"off the (?:line|grid)|(?:led )?into turn (?:1|one)|the start of the race|when the lights went out|"
    r"de start\b(?! (?:van|vanaf) (?:de |het )?(?:seizoen|jaar))|"
    r"kwam (?:\w+ )?(?:goed|slecht|matig|beter) weg|"
    r"in de eerste bocht|toen de lichten uitgingen|na het doven van de lichten|"
    # ("From pole position Hamilton led Bottas and Verstappen": the order away from the line)
    r"from pole(?: position)?,? (?:[\w'-]+ ){1,3}led)\b"
)


# What ends the start's story: a result told ("werd derde", "in het slot", "at the finish")
_RESULT_TOLD_RE = re.compile(
    # ("hoe Hamilton derde werd": the Dutch verb after the place)
    r"\b(?:werd|werden) (?:" + ORDINAL_RE + r")\b|\b(?:" + ORDINAL_RE + r") (?:werd|werden)\b|"
    r"\b(?:in het slot|aan de finish|at the (?:finish|end)|"
    r"na afloop|podium\w*|"
    # "greep bij de start de leiding en stond die niet meer af": the lead kept to the end
    r"(?:stond|gaf) (?:die|deze|de leiding|hem) (?:\w+ )?niet meer (?:af|uit handen)|van start tot finish|"
    r"never (?:gave it up|looked back|relinquished)|from start to finish|lights[- ]to[- ]flag)\b"
)


def tells_finish(sentence: str) -> bool:
    """Whether a folded sentence has a verb of the finish ("finished", "eindigde", "at the flag")."""
    return _FINAL_VERB_RE.search(sentence) is not None


def tells_result(sentence: str) -> bool:
    """Whether a folded sentence tells a result: a verb of the finish, a win, "werd derde", the podium."""
    return bool(
        _FINAL_VERB_RE.search(sentence) or _WIN_WORD_RE.search(sentence) or _RESULT_TOLD_RE.search(sentence)
    )


# every start phrase holds one of these
_START_GATE_RE = re.compile(r"start|getaway|off the|turn|lights|weg\b|bocht|from pole")
_START_TOLD_FOR = 3  # sentences after it: a start told is no frame for a whole page printed as one paragraph
# "has made a terrific start in his bid for an eighth title", "a good start to the season": no race start
_SEASON_START_RE = re.compile(
    r"\bstart (?:to|in|of|for) (?:the |his |her |this |their |a )?(?:\w+ )?"
    r"(?:season|year|seizoen|jaar|campaign|bid|title|career|weekend)\b"
)


def start_moment(sentence: str, at_start: int) -> int:
    """How many sentences more the paragraph, after folded ``sentence``, is telling the start: from a sentence
    that tells the start, a few, until one that tells a result ("won", "werd derde", "over de streep")."""
    told = _START_TOLD_RE.search(sentence) if _START_GATE_RE.search(sentence) else None
    if not at_start and told is None:
        return 0  # (most sentences: one substring scan)
    if tells_result(sentence):
        return 0
    if told is not None and not _SEASON_START_RE.search(sentence):
        return _START_TOLD_FOR
    return max(0, at_start - 1)


# A sentence that opens with a condition and goes on with its consequence: "Als Leclerc alle races zou
# winnen, dan ...", "Mocht Verstappen winnen, dan ...", "If Verstappen wins, he will ..."
_CONSEQUENCE_WORD_RE = re.compile(r",\s*(?:dan|then)\b|\b(?:will|would|zou|zouden|zal|zullen)\b")
# "komt Verstappen dan op een totaal van 427 punten": "dan" as "then" (not "meer dan", "beter dan", "than")
_THEN_RE = re.compile(r"\b(?<!er )(?<!anders )(?<!ander )dan\b|\bthen\b")


# "Beiden vallen uit of finishen buiten de punten, dan is Verstappen kampioen": a condition told without
# "als", its consequence after ", dan" with the verb first (not a sequence: "eerst ..., dan ...")
# the verbs a consequence opens with, after ", dan" or after the condition itself
_CONSEQUENCE_VERBS = (
    r"(?:is|zijn|wordt|worden|wint|winnen|pakt|pakken|heeft|hebben|kan|kunnen|mag|mogen|moet|moeten|"
    r"gaat|gaan|blijft|blijven|staat|staan)"
)
_BARE_CONDITION_RE = re.compile(r",\s*dan " + _CONSEQUENCE_VERBS + r"\b")
_SEQUENCE_RE = re.compile(r"\b(?:eerst|eerste|daarna|vervolgens)\b")
# "Als beide coureurs volgende week uitvallen, is Verstappen kampioen": the main clause after the condition,
# its verb first; "If both retire next week, Verstappen is champion": an "if" clause closed by a comma
_INVERTED_CONSEQUENCE_RE = re.compile(r",\s*" + _CONSEQUENCE_VERBS + r"\b")
_IF_CLAUSE_RE = re.compile(r"\s*if\b(?! (?:anything|so|not|only)\b)[^,;]{3,120},")


def is_conditional(sentence: str) -> bool:
    """Whether folded ``sentence`` is a condition with its consequence ("Als ..., dan ...", "X wint de race,
    dan is hij kampioen")."""
    if CONDITION_OPENING_RE.match(sentence) is not None:
        return (
            _CONSEQUENCE_WORD_RE.search(sentence) is not None
            or _INVERTED_CONSEQUENCE_RE.search(sentence) is not None
            or _IF_CLAUSE_RE.match(sentence) is not None
        )
    bare = _BARE_CONDITION_RE.search(sentence) if ", dan " in sentence else None
    return bare is not None and not _SEQUENCE_RE.search(sentence, 0, bare.start())


def goes_on_conditional(sentence: str) -> bool:
    """Whether folded ``sentence``, after a conditional one, goes on with its consequence ("komt hij dan
    op")."""
    return _THEN_RE.search(sentence) is not None


# "zette zijn beste resultaat van dit seizoen neer met een tweede plaats", "equalled his best result": the
# best result is this race's, not one told of before
_SET_BEST_RE = re.compile(
    r"\b(?:zette|boekte|behaalde|evenaarde|noteerde|equalled|matched|achieved|scored)\b[^,;]{0,20}\bbeste? "
    r"(?:resultaat|klassering|result|finish)|\bbeste (?:resultaat|klassering)[^,;]{0,30}\bneer\b"
)


def with_status(facts: list[Fact], status: str, clause: str = "") -> list[Fact]:
    """The clause's result facts with its status (other kinds, such as collisions, keep theirs).

    A place during the race says nothing about a retirement, a standing or a win in the same clause
    ("won, but a crash in the first lap ..."): "running" only marks other places, and the first place too
    when the folded ``clause`` has no word of winning ("was in first place before pitting on lap 18").
    """
    if status == "running" and _PODIUM_REACHED_RE.search(clause):
        # "made it onto the podium after falling to ninth at the start": the podium is the end's
        return [f if f.kind == "podium" else _marked([f], status, clause)[0] for f in facts]
    return _marked(facts, status, clause)


def _marked(facts: list[Fact], status: str, clause: str) -> list[Fact]:
    if status == "final":
        return facts
    if status == "first_to":
        return [replace(f, status="hypothetical") if f.position == 1 else f for f in facts]
    if status == "other_year":
        # "de grand prix die hij 2 jaar geleden won": that year's places, his win too
        # (a start of that other race too: "in de overige twee races mocht Bottas vanop de pole starten")
        return [
            replace(f, status="history") if _placed(f) or f.kind in ("finish", "grid") else f for f in facts
        ]
    if status == "lost" or (status == "running" and clause and not _WIN_WORD_RE.search(clause)):
        # "raakte de eerste plaats kwijt": the place he lost, the first too, was his for a while only (and a
        # standing lost: "verspeelde de vierde plaats in het kampioenschap aan Verstappen")
        lost_standing = status == "lost"
        return [
            replace(f, status="running")
            if _placed(f) or f.kind == "finish" or (lost_standing and f.kind == "championship")
            else f
            for f in facts
        ]
    if status in ("running", "history"):
        # "zijn derde zege tot nu toe" is still this race's win: only other places are marked.
        return [replace(f, status=status) if _placed(f) else f for f in facts]
    if status == "epithet":
        # "de zevenvoudig kampioen werd zesde": the epithet is no title and no win; his place stands.
        return [replace(f, status="hypothetical") if f.position == 1 else f for f in facts]
    when = list(_WHEN_OPENS_RE.finditer(clause)) if status == "hypothetical" and clause else []
    # "had been looking set for second when his engine blew up": the place was a prospect, the retirement
    # in the "when" clause after it happened
    told_after = (
        bool(when)
        and not _hypothetical(clause[when[-1].end() :])
        # (not "would have retired when his engine blew up": the retirement before it is the one supposed)
        and not _RETIRED_WORD_RE.search(clause, 0, when[-1].start())
    )
    return [
        replace(f, status=status)
        if f.kind in RESULT_KINDS and not (told_after and f.kind == "retirement")
        else f
        for f in facts
    ]


_RETIRED_WORD_RE = re.compile(r"\b(?:retir\w*|uitgevallen|uitvallen|uitviel|opgeven|opgegeven|dnf)\b")
_WHEN_OPENS_RE = re.compile(r"\b(?:when|toen|until)\b")


# the podium reached at the end ("made it onto the podium", "eindigde toch nog op het podium"), not a podium
# place held for a while ("ran in a podium place", "reed op een podiumplaats")
_PODIUM_REACHED_RE = re.compile(
    r"\b(?:made it (?:on|onto|to) the podium|(?:finished|ended) (?:\w+ )?on the podium|"
    r"(?:eindigde|finishte|eindigt|finisht) (?:\w+ ){0,3}op het podium)\b"
)
# a win's noun with its verb ("boekte zijn eerste overwinning", "took his first win")
_WIN_NOUN_OUTSIDE_RE = re.compile(
    r"\b(?:boekte|boekt|pakte|pakt|behaalde|behaalt|took|takes|claimed|claims|scored|scores|sealed|seals)\s+"
    r"(?:zijn|haar|de|his|her|the)\s+(?:[\w-]+\s+){0,2}(?:overwinning|zege|win|victory)\b"
)
# A win (the results' win words, their plurals too), or the first over the line: "reed na 70 ronden als eerste
# over de streep"
_WIN_WORD_RE = re.compile(
    r"\b(?:"
    + alt(results.NL["win"], results.EN["win"], NL["provisional"], EN["provisional"])
    + r"|zege\w*|overwinning\w*|victor\w*|triom\w*|(?:finish|finishing|chequered|checkered) (?:line|flag)"
    r"|at the flag)\b"
)


# a place other than the first: "fourth", "P4", "4e"
_OTHER_PLACE_RE = re.compile(
    r"(?<![\w-])(?!(?:first|eerste|1st|1e|1ste|p1)\b)(?:" + ORDINAL_RE + r")(?![\w-])"
)


def _placed(f: Fact) -> bool:
    # A start position is where he started, whatever happened after: grid facts keep their status.
    return f.kind in ("qualifying", "podium") or (f.kind == "finish" and f.position != 1)


def field_size(season: int | None) -> int:
    """The most cars a race of ``season`` had: 20 since 2017, up to 26 before."""
    return 20 if season is None or season >= 2017 else 26


# "Hamilton is nu naar de tweede plaats gepromoveerd terwijl Sainz als derde geklasseerd is": the
# classification after a disqualification, however early the article tells it
PROMOTED_RE = re.compile(
    r"\b(?:gepromoveerd|promoted|opgeschoven|schuift \w+ op|schuiven \w+ op|moves? up|moved up|inherits?|"
    r"inherited|erft|erfde|nu (?:\w+ )?geklasseerd|now classified)\b"
)


def settle(
    facts: list[Fact],
    named: Callable[[Fact], bool] | None = None,
    promoted: Callable[[Fact], bool] | None = None,
) -> list[Fact]:
    """One article's facts made consistent.

    A provisional place is superseded when the article also gives a final place or a disqualification
    for that driver in that race. Two different final places for one driver in one race, or one place
    claimed by two drivers, are settled by their evidence: statements whose sentence names the driver
    (``named``) outweigh statements about "he" or "the Mexican", and then the majority wins. What stays
    tied is a conflict, never served. A place told where the article says who moved up (``promoted``) is
    the classification after a disqualification.
    """
    named = named or (lambda f: True)
    promoted = promoted or (lambda f: False)
    facts = list(facts)
    key_of = {i: (f.driver, f.season, f.grand_prix, f.session) for i, f in enumerate(facts)}
    corrected: set[tuple[object, ...]] = set()
    for i, f in enumerate(facts):
        if (f.kind == "penalty" and f.penalty == "disqualification") or (
            f.kind == "finish" and f.status == "final"
        ):
            corrected.add(key_of[i])
    for i, f in enumerate(facts):
        if f.position is not None and f.position > field_size(f.season) and f.kind in RESULT_KINDS:
            facts[i] = replace(f, status="conflict")  # a place beyond the field was misread
    disqualified = {
        key_of[i] for i, f in enumerate(facts) if f.kind == "penalty" and f.penalty == "disqualification"
    }
    out = list(facts)
    for i, f in enumerate(facts):
        if f.status == "provisional" and key_of[i] in corrected:
            out[i] = replace(f, status="superseded")
        elif f.kind in ("finish", "podium") and f.status == "final" and key_of[i] in disqualified:
            # "Hamilton finished second ... both were disqualified": a disqualified driver has no place.
            out[i] = replace(f, status="superseded")
    # "Vettel finished second ahead of Hamilton in third, though Vettel was later disqualified": the places
    # behind a disqualified driver told up to his disqualification are on the road; who moved up is not told
    road_place = {
        key_of[i]: (f.position, f.sentence)
        for i, f in enumerate(facts)
        if f.kind == "finish" and f.position not in (None, LAST) and key_of[i] in disqualified
    }
    # (up to where the disqualification is first told: "... the team will appeal the disqualification"
    # later on does not make the places told before it places on the road)
    dsq_told: dict[tuple[object, ...], tuple[tuple[int | None, int], int]] = {}
    for i, f in enumerate(facts):
        if f.kind == "penalty" and f.penalty == "disqualification" and key_of[i] in road_place:
            race = (f.season, f.grand_prix, f.session)
            if race not in dsq_told or f.sentence < dsq_told[race][1]:
                dsq_told[race] = (road_place[key_of[i]], f.sentence)
    for i, f in enumerate(out):
        told = dsq_told.get((f.season, f.grand_prix, f.session))
        if (
            told is not None
            and f.kind == "finish"
            and f.status == "final"
            and f.position not in (None, LAST)
            and f.position > (told[0][0] or 0)
            and f.sentence <= told[1]
            and not promoted(f)
        ):
            out[i] = replace(f, status="superseded")
    # "the penalty dropped him from second to fourth": the place after the penalty corrects the article's
    # other places for him, however often it told the one on the road.
    after_penalty = {
        key_of[i]: f.position
        for i, f in enumerate(out)
        if f.kind == "finish" and f.status == "final" and f.detail == "penalty"
    }
    for i, f in enumerate(out):
        corrected_to = after_penalty.get(key_of[i], f.position)
        if f.kind == "finish" and f.status == "final" and corrected_to != f.position:
            out[i] = replace(f, status="superseded")
    # "... dropped him from eighth to ninth. After the race he was given a second penalty": a place told
    # before another penalty for him is not where he was classified
    another: dict[tuple[object, ...], list[int]] = defaultdict(list)
    # (unless the place was told after both were counted: "relegated to seventh after two time penalties")
    counted: dict[tuple[object, ...], int] = {}
    for i, f in enumerate(out):
        if f.kind == "penalty" and f.detail == PENALTY_ANOTHER and f.penalty in ("time", "other"):
            another[key_of[i]].append(f.sentence)
        if f.kind == "penalty" and (penalty_times(f) or 0) >= 2:
            counted[key_of[i]] = min(f.sentence, counted.get(key_of[i], f.sentence))
    for i, f in enumerate(out):
        later = another.get(key_of[i])
        told_all = counted.get(key_of[i])
        if (
            later
            and f.kind == "finish"
            and f.status == "final"
            and f.sentence < max(later)
            and not (told_all is not None and told_all <= f.sentence)
        ):
            out[i] = replace(f, status="superseded")
    # One place per driver and race.
    by_driver: dict[tuple[object, ...], list[int]] = defaultdict(list)
    for i, f in enumerate(out):
        if f.kind == "finish" and f.status == "final" and f.position is not None:
            by_driver[key_of[i]].append(i)
    held_by = _held_places(out, by_driver.values())
    # (a race whose places a penalty or a correction moved is left to the evidence alone: who crossed the
    # line first is told as well as who was classified first)
    moved = {
        (f.season, f.grand_prix, f.session)
        for f in out
        if f.status in ("superseded", "provisional") or f.kind == "penalty" or f.detail == "penalty"
    }
    for idxs in by_driver.values():
        f = out[idxs[0]]
        counts = Counter(out[i].position for i in idxs)
        most = max(counts.values())
        race = (f.season, f.grand_prix, f.session)
        taken = {p for p in counts if p != LAST and held_by[(*race, p)] - {f.driver}}
        left = set(counts) - taken
        if (
            len(counts) > 1
            and list(counts.values()).count(most) > 1
            and len(left) == 1
            and race not in moved
        ):
            # two places told as often for him, one of them held by another driver who has no other: the
            # other is his ("Hamilton came home fourth" against "celebrated Hamilton's win" where Verstappen
            # won)
            for i in idxs:
                if out[i].position in taken:
                    out[i] = replace(out[i], status="conflict")
            continue
        _settle_group(out, idxs, lambda f: f.position, named)
    # One driver per place and race (a race's last place is no number).
    by_place: dict[tuple[object, ...], list[int]] = defaultdict(list)
    for i, f in enumerate(out):
        if f.kind == "finish" and f.status == "final" and f.position not in (None, LAST) and f.grand_prix:
            by_place[(f.season, f.grand_prix, f.session, f.position)].append(i)
    for idxs in by_place.values():
        after = {out[i].driver for i in idxs if out[i].detail == "penalty"}
        if len(after) == 1:
            # "Kvyat als negende over de finish ... Gasly schuift hierdoor op naar de negende plek": the place
            # the penalties gave is the classification, another's place there on the road is not
            for i in idxs:
                if out[i].driver not in after:
                    out[i] = replace(out[i], status="superseded")
            continue
        _settle_group(out, idxs, lambda f: f.driver, named)
    return out + _podium_remainder(out)


def _held_places(out: list[Fact], groups: Iterable[list[int]]) -> defaultdict[tuple[object, ...], set[str]]:
    """The drivers each (season, race, session, place) is told for, of those told only that one place."""
    held: defaultdict[tuple[object, ...], set[str]] = defaultdict(set)
    for idxs in groups:
        if len({out[i].position for i in idxs}) == 1:
            f = out[idxs[0]]
            held[(f.season, f.grand_prix, f.session, f.position)].add(f.driver)
    return held


def _podium_remainder(facts: list[Fact]) -> list[Fact]:
    """ "Verstappen won, Vettel climbed to second, and Kvyat made the podium": with two of the top three
    places held, the one driver told to be on the podium without a place has the remaining one."""
    held: dict[tuple[object, ...], dict[int, str]] = defaultdict(dict)
    placed: set[tuple[object, ...]] = set()
    for f in facts:
        if f.kind == "finish" and f.status == "final" and f.position is not None:
            placed.add((f.driver, f.season, f.grand_prix, f.session))
            if f.position in (1, 2, 3):
                held[(f.season, f.grand_prix, f.session)][f.position] = f.driver
    unplaced: dict[tuple[object, ...], list[Fact]] = defaultdict(list)
    for f in facts:
        race = (f.season, f.grand_prix, f.session)
        if (
            f.kind == "podium"
            and f.status == "final"
            and f.position is None
            and f.grand_prix
            and (f.driver, *race) not in placed
            and len(held.get(race, {})) == 2
        ):
            unplaced[race].append(f)
    out: list[Fact] = []
    for key, told in unplaced.items():
        if len({f.driver for f in told}) == 1:
            (missing,) = {1, 2, 3} - set(held[key])
            out.append(replace(told[0], kind="finish", position=missing, detail=None))
    return out


def _settle_group(
    out: list[Fact], idxs: list[int], value: Callable[[Fact], object], named: Callable[[Fact], bool]
) -> None:
    """Facts that should agree on ``value``: the best-evidenced value stays, the others become conflicts."""
    if len({value(out[i]) for i in idxs}) < 2:
        return
    score: dict[object, tuple[int, int]] = {}
    for i in idxs:
        v = value(out[i])
        strong, total = score.get(v, (0, 0))
        score[v] = (strong + named(out[i]), total + 1)
    ranked = sorted(score.items(), key=lambda kv: kv[1], reverse=True)
    keep = ranked[0][0] if ranked[0][1] > ranked[1][1] else None
    for i in idxs:
        if value(out[i]) != keep:
            out[i] = replace(out[i], status="conflict")
