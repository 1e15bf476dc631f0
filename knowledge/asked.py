"""What a question asks: the attribute, scored over the whole question.

Every attribute has cue families in Dutch and English, each with a weight by its role in the question:
a question word that asks a moment (``MOMENT``, "in welke ronde", "when", "which session") outweighs an
attribute phrase (``NOUN``, "banden", "pit stop"), which outweighs any other question word (``ASK``,
"hoe vaak", "by how much"), which outweighs a hint (``HINT``, "achter", "het snelst"). A moment in the race
("na de eerste ronde", "at half distance", "before his penalty") is a constraint: it is taken out of the
text before the other cues are read, and together with a position asked it makes the attribute the place
*at that moment*, which no fact holds. The attribute with the highest score is asked; ties go to the
earlier attribute of ``_ORDER`` (the attribute phrases before the bare question words).

A few cues belong to attributes the facts do hold ("hoeveel seconden straf" is the size of a penalty):
when one of those wins, nothing unsupported is asked. A score below ``ASK`` (a hint alone) asks nothing.

``without_constraints`` also takes out another event a question only places its own in ("na zijn straf
voor de botsing met Alonso", "after the collision", "nadat ...", "waarin ..."): ``knowledge.query`` reads
the fact kind asked (the intent) outside them first.

To let a new fact kind answer one of these attributes, give ``Answerer.answer`` a handler for it before
the unknown reply (and keep the probes in ``tests/knowledge/data/probes`` unknown: their articles do not
state what they ask).
"""

from __future__ import annotations

import re

from knowledge.gates import CueSet

NOUN, ASK, HINT = 3, 2, 1
#: A question word that asks a moment ("in welke ronde", "when", "in welke sessie") is the attribute itself:
#: "when did he pit" asks a moment, of a pit stop. A quantity word ("hoe vaak") counts what its noun says.
MOMENT = NOUN + 1

#: (weight, pattern) per attribute; patterns run on accent-folded lower-case text.
CUES_NL: dict[str, tuple[tuple[int, str], ...]] = {
    "penalty_points": ((NOUN + 2, r"strafpunt\w*"),),
    "points": (
        (NOUN, r"(?:wk-)?punten\w*|ptn\b"),
        (NOUN, r"puntenverschil"),
    ),
    "penalty_size": (
        (
            2 * NOUN,
            r"hoeveel (?:seconden|secs?|plaatsen|plekken) (?:tijd|grid)?straf"
            r"|hoe (?:lang|zwaar|groot|hoog) (?:was|is|werd) (?:de|zijn|haar|die) (?:tijd|grid)?straf",
        ),
        # a fragment: "hamilton straf rusland hoeveel seconden", "hoeveel plaatsen kreeg hij als straf"
        (
            2 * NOUN,
            r"(?:tijd|grid)?straf\w*\b.{0,40}\bhoeveel (?:seconden|secs?|plaatsen|plekken)"
            # (not "hoeveel seconden achter Ocon ... na zijn straf": a gap, after the penalty)
            r"|hoeveel (?:seconden|secs?|plaatsen|plekken)\b(?:(?!\b(?:achter|voor|na)\b).){0,40}"
            r"\b(?:tijd|grid)?straf",
        ),
        # "hoeveel gridplaatsen moest hij inleveren", "hoeveel plekken werd hij teruggezet": a grid drop
        (
            2 * NOUN,
            r"hoeveel gridplaatsen|hoeveel (?:plaatsen|plekken) (?:\w+ ){0,4}(?:achteruit|teruggezet)\b",
        ),
        # "hoeveel seconden kreeg albon": seconds handed out
        (
            2 * NOUN,
            r"hoeveel (?:sec|seconden|tellen) (?:straf )?(?:kreeg|krijgt|kregen)\b"
            r"(?!.{0,40}\b(?:voorsprong|achterstand|achter)\b)",
        ),
    ),
    # a gap in the championship between two drivers: "hoeveel punten voorsprong", "puntenverschil"
    "points_gap": (
        (
            2 * NOUN,
            # ("hoeveel punt voorsprong", "hoeveel pnt verschil": the singular and the short form fans type)
            r"(?:punt\w*|pnt|ptn) (?:voorsprong|achterstand|verschil)"
            r"|(?:voorsprong|achterstand) (?:\w+ )?(?:in )?punten|puntenverschil"
            r"|hoeveel punten\b[^?]{0,40}\b(?:voorsprong|achterstand|voor op|achter)\b"
            r"|(?:wk-|kampioenschaps)(?:voorsprong|achterstand)"
            # "hoeveel punten voor staat Hamilton": ahead by, not his total
            r"|punten (?:voor|achter) (?:staat|stond|ligt|lag)\b"
            r"|(?:staat|stond) \w+ (?:\w+ )?punten (?:voor|achter)\b"
            r"|(?:voorsprong|achterstand|verschil) (?:\w+ ){0,5}in (?:het |de )?"
            r"(?:kampioenschap|wk|wk-stand|klassement|stand)\b"
            # "max voorsprong na gp mexico": a lead after a race is one in points (not "na de start")
            # "wk verschil max lewis na zandvoort", "verschil max lewis wk na silverstone": the championship's
            r"|\bwk[- ]?(?:verschil|voorsprong|achterstand)\b|\bverschil\b(?: [\w']+){0,3} (?:in het )?wk\b"
            # ("voorsprong lewis op max na de gp van spanje": the two named between)
            r"|\b(?:voorsprong|achterstand)(?: \w+| op \w+){0,2} na (?:de )?(?:gp |grand prix |race in )?"
            r"(?!(?:de )?(?:start|herstart|eerste|openingsronde|pit\w*|ronde|safety|\d))\w+",
        ),
    ),
    "gap": (
        (
            NOUN,
            r"achterstand|voorsprong|verschil (?:met|op|tussen)|scheelde\w*|scheelt|marge"
            # "verschil max en bottas kwali", "verschil bottas hamilton in de kwali"
            r"|verschil(?= [\w']+ (?:en |vs |- )?[\w']+)"
            r"|(?:het )?gat (?:tussen|met|op|naar|tot)|hoeveel verschil|verschil\b[^?]{0,40}\btussen\b"
            # "gat lewis op max": the gap, its two drivers around "op"
            r"|\bgat(?= [\w']+ (?:op|met|naar|en|vs|tot) [\w']+)|^gat\b"
            # "hoeveel achter was max op pole", "hoeveel zat hamilton achter seb": how far behind
            r"|hoeveel (?:\w+ ){0,3}achter\b"
            # "hoeveel kwam max tekort op bottas": the time he was short by
            r"|hoeveel (?:\w+ ){0,3}tekort\b",
        ),
        (
            ASK,
            r"hoeveel (?:seconden?|secs?|tellen|duizendsten|honderdsten|tienden)\b|met hoeveel|hoe ver\b"
            r"|hoe groot was (?:het|de) (?:verschil|gat)|hoe dicht",
        ),
        (HINT, r"\bachter\b"),
    ),
    "laps": (
        (NOUN, r"hoeveel (?:ronden?|rondes|rondjes)"),
        (NOUN, r"rondes? (?:aan de leiding|geleid)|ronden aan de leiding"),
    ),
    # ("ronde safety car monaco": a fragment that opens with the word asks the lap)
    "lap": ((MOMENT, r"(?:in|op) welke ronde|welke ronde|in ronde hoeveel|^ronde\b(?! \d)"),),
    # "in welke bocht ging Max voorbij Leclerc": where on the track, which no fact holds
    "corner": (
        (MOMENT + 1, r"(?:in|op|bij|door) welke bocht|welke bocht"),
        # where on the track: "waar crashte Verstappen", "waar vloog hij van de baan"
        (
            MOMENT + 1,
            r"waar (?:crashte|crashten|belandde|vloog|spinde|spinden|botste|botsten|raakten|"
            r"ging \w+ (?:van de baan|de muur in))",
        ),
        # "waar op de baan sloeg hij over de kop": a place on the circuit
        (
            MOMENT + 1,
            r"waar op (?:de baan|het circuit|de ronde)"
            r"|(?:op|in) welk (?:deel|stuk) van (?:de baan|het circuit)",
        ),
        # "vettel duitsland 2018 waar gecrasht", "waar is max in de muur gegaan" (not "waar eindigde hij nadat
        # hij was gecrasht": his place)
        (
            MOMENT + 1,
            r"waar (?:(?!eindig|finish|werd|start|kwam)\w+ ){0,3}(?:gecrasht|gespind|verongelukt|"
            r"in de (?:muur|vangrail|bandenstapel|grindbak) (?:gegaan|beland|geknald)|"
            r"van de baan (?:gevlogen|gegaan))",
        ),
        # "waar ging het mis voor Mazepin in zijn ronde": where on the lap, not his place
        (MOMENT + 1, r"waar ging (?:het|hij|ze|\w+) (?:\w+ )?mis"),
    ),
    # "heeft hij zijn punt verloren door de straf": what something cost, which no fact holds
    "consequence": (
        (
            MOMENT + 1,
            r"(?:verloor|verloren|verliest|kwijt\w*|kostte|gekost) (?:\w+ ){0,3}"
            r"(?:punt|punten|zege|podium)\b"
            r"|\b(?:punt|punten|zege|podium) (?:\w+ ){0,4}(?:verloren|kwijtgeraakt|gekost)\b",
        ),
        # "wat kostte hem dat": what a penalty or a mistake cost him
        (MOMENT + 1, r"\bwat kost(?:te|ten)? (?:hem|haar|het|dat|hen)\b"),
        # "wat gebeurde er met zijn strafpunten": what became of them, not how many he got
        (MOMENT + 2, r"\bwat (?:gebeurde|is er gebeurd) (?:er )?met (?:zijn|haar|de|die) strafpunten\b"),
    ),
    # "welk lichamelijk probleem had Hamilton": an ailment or a problem, not what he did
    "problem": (
        (MOMENT + 1, r"(?:welk|welke|wat voor)(?: \w+)? (?:probleem|problemen|blessure|klacht\w*|kwaal)"),
        (MOMENT + 1, r"\bwat (?:ontbrak|mankeerde|ging er mis)\b"),  # "wat ontbrak er aan de auto van max"
        # "waar had max last van": what troubled him (not where he finished, nor a last place)
        (MOMENT + 2, r"\blast (?:van|gehad|had)\b|\b(?:had|heeft|kreeg) (?:\w+ ){0,2}last\b"),
        # "grosjean bahrein 2020 verwondingen?": his injuries, which no fact holds (not his crash)
        (MOMENT + 1, r"\b(?:verwond\w*|gewond\w*|blessure\w*|brandwond\w*|letsel\w*)"),
    ),
    # "gemiddelde startpositie bottas 2020": an average over races, which no fact holds (not his starts)
    "average": ((NOUN + 1, r"\bgemiddeld\w*"),),
    # "welk cijfer kreeg Verstappen": a writer's rating of him, which no fact holds
    "rating": ((MOMENT + 1, r"(?:rapport|eind)?cijfers?|beoordeling|waardering|indruk\w*"),),
    # "hoe lang zat Grosjean in de vlammen": how long something lasted, which no fact holds
    # ("hoe lang was de straf van Max": its size in seconds)
    "duration": (
        (ASK, r"(?:hoe lang|hoelang)(?! geleden)(?!(?: [\w']+){0,4} (?:\w*straf)\b)"),
        # "hoeveel dagen na zijn vorige zege": a span of time, not the win
        (MOMENT + 1, r"hoeveel (?:dagen|weken|maanden|jaar|jaren|seizoenen)\b"),
    ),
    # who caused a crash or collision (not what caused it: "wat veroorzaakte de rode vlag")
    "culprit": (
        (
            2 * NOUN,
            r"(?:wie (?:\w+ )?(?:veroorzaakte|veroorzaakt|had de schuld|kreeg de schuld|"
            r"(?:was|is) (?:de )?schuldig\w*|(?:was|is) verantwoordelijk)|"
            r"wie was de (?:grote )?(?:schuldige|veroorzaker))"
            # who caused a safety car or red flag asks the neutralisation's cause
            r"(?![^?]*(?:safety|rode vlag|vsc|neutralisatie))",
        ),
    ),
    "tyres": (
        (
            NOUN,
            r"banden\w*|bandjes|\bband\b|compound\w*|\bsofts?\b|\bmediums?\b|\bhards?\b|\bintermediates?\b",
        ),
    ),
    "pitstops": (
        (NOUN, r"pitstops?\w*|pitbezoek\w*"),
        (NOUN, r"naar binnen|(?:kwam|kwamen|komen|komt) (?:\w+ ){0,3}binnen|binnenkwam"),
    ),
    "count": (
        (ASK, r"hoe vaak|hoeveel keer"),
        (NOUN + 1, r"hoeveel van (?:de|zijn) (?:laatste|eerste|vorige) (?:\d+|\w+) "),
        # "als hoeveelste eindigde hij" asks a place; "zijn hoeveelste zege" a count
        (
            NOUN,
            # ("de hoeveelste verschillende polesitter ooit": a count of drivers)
            r"hoeveelste (?:f1[- ]|formule 1[- ])?(?:seizoens|carriere|verschillende |andere )?"
            r"(?:zege|overwinning|pole|podium|keer|titel|race|grand prix|gp|reprimande|straf|winnaar|"
            r"coureur|start|poging)\w*",
        ),
        (
            NOUN,
            r"hoeveel (?:carri[eè]re[- ]?|f1[- ])?(?:overwinningen|zeges|races|poles?|pole positions|"
            # ("hoeveel starts had hij nodig voor zijn eerste zege": a count of starts, not the win)
            r"podiums?|podia|podiumplaatsen|titels|grands prix|gp'?s|overwinning|starts|pogingen)",
        ),
        # "welke pole was het voor max", "gridstraf in belgie, de hoeveelste dit jaar": its number, not it
        (
            NOUN + 1,
            r"welke (?:zege|overwinning|pole|podium|titel|gridstraf|straf)\w* was (?:het|dat|dit)\b"
            r"|(?:zege|overwinning|pole|podium|titel|gridstraf|straf)\w*[^?]{0,40}\bde hoeveelste\b",
        ),
    ),
    # "hoeveel punten verloor Alonso door de straf": points a penalty cost, no total and no haul
    "points_lost": (
        (
            2 * NOUN + 1,
            r"punten (?:\w+ ){0,2}(?:verloor|verloren|verliest|kwijt)|(?:kostte|kost) (?:\w+ ){0,3}punten",
        ),
    ),
    # points gained on another over a weekend ("hoeveel punten liep max in op leclerc"): not their totals
    "points_gained": (
        (
            2 * NOUN + 1,
            r"punten (?:\w+ ){0,3}(?:liep|loopt|liepen|lopen|ingelopen|goed ?gemaakt|goed ?maken|maakte)\b"
            r"(?:[^?]{0,30}\b(?:in|goed) op\b)?|(?:liep|loopt|liepen) (?:\w+ ){0,3}in op\b"
            r"|(?:uitgelopen|liep uit)",
        ),
    ),
    # a number of drivers ("hoeveel coureurs kregen een gridstraf"): no fact counts drivers
    "drivers_count": (
        (NOUN + 1, r"hoeveel (?:coureurs|rijders|auto'?s|wagens|uitvallers|opgaves)|hoeveel \w+ vielen uit"),
        # "wie heeft de GP van Frankrijk het vaakst gewonnen": a record over the years, which no fact holds
        (NOUN + 1, r"het vaakst|de meeste (?:zeges|overwinningen|poles|podiums)"),
    ),
    "quote": (
        # ("wat zei max na zijn klapband": the frame asks what was said, whatever it was said about)
        (NOUN + 1, r"wat (?:zei|zegt|riep|schreeuwde|roept)\b"),
        # ("wat zij lewis over de race": "zei" typed as the pronoun, a name and "over" after it)
        (NOUN + 1, r"wat zij \w+ (?:over|na|tegen)\b"),
        (
            NOUN,
            r"\bzei .{0,40}(?:over|tegen|na)|wat vond|reactie van|reageerde|"
            r"\b(?:beschreef|omschreef|noemde)\b",
        ),
        # "was die straf terecht", "straf van max terecht of niet": a view asked, not the penalty
        (
            NOUN + 1,
            r"\bterecht of (?:niet|onterecht)\b|\b(?:was|is) (?:die|de|dat|deze|zijn|haar) (?:\w+ )?"
            r"(?:straf|tijdstraf|gridstraf|beslissing|zege|overwinning) (?:[\w']+ ){0,5}"
            r"(?:terecht|onterecht|eerlijk|te zwaar|verdiend)\b",
        ),
    ),
    "laptime": (
        # ("de poleronde van Russell": the lap that took pole, by its time)
        (NOUN + 1, r"pole ?tijd\w*|pole-tijd\w*|(?<!op zijn )(?<!in zijn )(?:pole ?ronde\w*|pole-ronde\w*)"),
        # the time of the fastest lap, not who set it
        (2 * NOUN, r"snelste (?:race)?rondetijd\w*|tijd van (?:de|zijn|haar) snelste ronde"),
        (NOUN, r"rondetijd\w*|tijd in (?:q[123]|de kwalificatie)|snelste tijd"),
        (NOUN, r"kwali ?tijd\w*"),  # "max zn kwalitijd"
        # "pole interlagos 2018 tijd", "max q3 tijd", "max tijd sprint kwali": a time named with its session
        (
            NOUN,
            r"\b(?:pole|q[123]|kwali\w*|quali\w*)\b[^?]{0,40}\btijd\b|"
            r"\btijd\b[^?]{0,40}\b(?:pole|q[123]|kwali\w*|quali\w*)\b",
        ),
        # a time of a whole session: "kwalificatietijd", "de tijd van Sainz in de kwalificatie", "racetijd"
        (
            NOUN,
            r"kwalificatietijd\w*|racetijd\w*|"
            r"(?:totale )?tijd van \w+ in (?:de )?(?:kwalificatie|race|q[123])",
        ),
        (NOUN, r"welke (?:ronde)?tijd (?:zette|reed|klokte|noteerde)|tijd (?:neer)?gezet"),
        (ASK, r"hoe snel"),
        (HINT, r"het snelst"),
    ),
    "fastest_lap": ((NOUN + 1, r"snelste (?:race)?(?:ronde|rondje)"),),  # ("snelste rondje": fans' word)
    # how fast a car went: no fact holds a speed
    "speed": ((NOUN + 1, r"(?:top)?snelheid\w*|km/u|kilometer per uur|speed ?trap\w*"),),
    # "door wie werd ricciardo op een ronde gezet": who lapped him, which no fact holds (not his place)
    "lapped": ((NOUN + 1, r"op (?:een|1) ronde (?:achterstand )?(?:gezet|gereden)|gedubbeld|dubbelde\w*"),),
    # what was damaged, who gave whom a tow: no fact holds them
    "damage": ((NOUN + 1, r"schade|beschadig\w*|kapot"),),
    # "hoe eindigde het team van Leclerc": the team's result, which no fact holds
    "team_result": ((NOUN + 1, r"(?:het )?team van|(?:de )?renstal van|(?:de )?ploeg van"),),
    "tow": ((NOUN + 1, r"slipstream\w*|zuigen|in de slip"),),
    # a practice session is no race and no qualifying: no fact tells who topped it
    "practice": (
        (NOUN + 1, r"vrije training\w*|\bvt ?[123]\b|trainingssessie\w*|(?:eerste|tweede|derde) training\b"),
    ),
    "fine": ((NOUN, r"boete\w*|geldboete\w*|beboet\w*"),),
    # an appeal or protest against a penalty or result: its outcome, which no fact holds
    "appeal": (
        (2 * NOUN, r"(?:hoger )?beroep\w*|protest\w*|herziening\w*|bezwaar|teruggedraaid|herroepen"),
        # "waar was de hoorzitting over zijn diskwalificatie": the hearing, not the verdict
        (2 * NOUN, r"hoorzitting\w*|zitting van (?:de )?(?:stewards|fia)"),
    ),
    # the earlier cases the stewards cited for a verdict: no fact holds them (the penalty is a neighbour)
    "precedent": ((2 * NOUN, r"precedent\w*|eerdere gevallen|vergelijkbare gevallen"),),
    # a record broken or equalled: no fact holds records (the race's result is a neighbouring answer)
    # ("wie haalde zijn eerste podium ooit": a milestone of a career; the race's winner is a neighbour)
    "record": (
        (2 * NOUN, r"\w*record\w*"),  # ("het puntenrecord")
        (2 * NOUN, r"eerste (?:podium\w*|pole\w*|wk-punt\w*|punten) (?:ooit|uit zijn (?:carriere|loopbaan))"),
        # "wie pakte zijn eerste podium in mugello": one of the three, his first in F1 (not "zijn eerste
        # podium van het seizoen"; a first win or pole is the race's win or pole, which answers it)
        (
            2 * NOUN,
            r"(?:zijn|haar|hun) (?:allereerste|eerste) (?:f1-|formule 1-)?(?:podium\w*|wk-punt\w*|punten)\b"
            r"(?! (?:van (?:het|dit) (?:seizoen|jaar)|van 20\d\d|dit (?:seizoen|jaar)))",
        ),
        (2 * NOUN, r"mijlpa\w*"),
        # "eerste Franse winnaar sinds wie": the one before, a record's holder ("sinds wanneer" asks when)
        (2 * NOUN, r"sinds wie\b"),
        # "de jongste polesitter ooit", "wie is de jongste": an age record
        (2 * NOUN, r"\b(?:jongste|oudste)\b"),
    ),
    # why a driver thinks something: his reasoning, not the facts of the race ("wat vond hij" is a quote)
    "opinion": (
        (2 * NOUN, r"waarom (?:\w+ ){0,2}(?:vindt|vond|denkt|dacht|meent|meende)\b"),
        # "wie gaf max de schuld": whom he blamed, his view (who was at fault is "culprit")
        (2 * NOUN, r"wie (?:gaf|geeft) [\w']+ de schuld|wie (?:beschuldigde|verweet) [\w']+"),
        # "wat wordt belangrijk op zondag volgens hamilton": what he said matters, his view
        (2 * NOUN, r"\bwat\b[^?]{0,40}\bvolgens\b(?! (?:de )?(?:uitslag|stand|klassement))"),
        # "wie voorspelt autoblog als winnaar", "wie ziet patrick als derde eindigen", "wie was favoriet":
        # a prediction, not the result (which a report of the race would answer)
        (
            2 * NOUN,
            r"voorspel\w*|favoriet\w*|bookmakers?|getipt|\btipt?\b|"
            r"wie (?:ziet|zag|verwacht\w*) [\w']+(?: \w+)? als|"
            r"wie denkt [\w']+ (?:dat )?(?:er )?(?:wint|gaat winnen)",
        ),
        # "welke plek verwachtte norris vooraf", "waar hoopte hij op": what he expected or hoped for, not
        # what he got (not "zoals verwacht", "onverwacht": the result itself)
        (2 * NOUN, r"(?<!zoals )\b(?:verwachtte|verwachtten|verwachting\w*|hoopte|hoopten|mikte|mikten)\b"),
    ),
    # who takes a driver's seat: no fact holds it (not "motor vervangen", a part)
    "replacement": (
        (
            2 * NOUN,
            r"wie (?:\w+ )?(?:vervangt|vervangen|verving|vervingen)|vervanger|opvolger|"
            # "wie heeft hij vervangen": a driver or pronoun between, not a part ("wie moest zijn motor ...")
            r"wie (?:heeft|had|gaat|ging|zal) [\w']+ (?:vervangen|vervangt)",
        ),
    ),
    # the clock time a session starts ("hoe laat begint de race", "monaco 2022 kwalificatie hoe laat"; not
    # "hoe laat werd de race herstart")
    "start_time": (
        (
            MOMENT + 1,
            r"hoe laat (?:start|starten|begint|beginnen|begon|gaat|gaan|is|was|zijn|moet|moeten) (?:\w+ )?"
            r"(?:de |het )?(?:race|wedstrijd|gp|grand prix|kwalificatie|kwali|sprint\w*)\b"
            r"(?!.{0,30}(?:herstart|hervat))"
            r"|(?:race|wedstrijd|kwalificatie|kwali|sprint\w*)\b[^?]{0,30}\bhoe laat\b"
            r"(?!.{0,30}(?:herstart|hervat))"
            r"|starttijd\w*|aanvangstijd\w*|begintijd\w*|hoe laat (?:\w+ ){0,3}van start\b",
        ),
    ),
    # ("op welke speciale dag": a day described)
    "when": ((MOMENT, r"wanneer|hoe laat|(?:op )?welke (?:\w+ )?dag|welke datum"),),
    "overtake": (
        (NOUN, r"inhaalde?n?|ingehaald|inhaalactie\w*|inhaalmanoeuvre\w*|voorbijgaan|voorbijging"),
        (NOUN, r"haalde (?:\w+ ){0,4}in(?=\s*(?:[?.!,]|$|bij|tijdens|op|in\b|voor|om\b|na\b))"),
        (NOUN, r"(?:ging|kwam|gaan|komen) .{0,30}voorbij"),
        (NOUN, r"passeerde\w*|gepasseerd|passeren|verschalkte\w*"),
        (NOUN, r"(?:nam|pakte) (?:\w+ ){0,3}de leiding (?:over|af)"),
        (NOUN, r"hoeveel (?:plaatsen|plekken|posities) (?:won|wint|gewonnen|goedgemaakt|maakte)"),
        # "van welke plek schoof hij op naar p2": where he came from, a change of place (not his result)
        (
            2 * NOUN,
            r"van(?:af|op)? welke (?:plek|plaats|positie) (?:\w+ ){0,3}"
            r"(?:schoof|schuift|klom|klimt|ging|gaat|kwam|komt|sprong|springt|steeg|stijgt)\b",
        ),
    ),
    "safety_car": (
        (NOUN, r"safety ?car|rode vlag\w*|gele vlag\w*|neutralis\w+|wedstrijd (?:stilgelegd|onderbroken)"),
        # "werd de race stilgelegd na de crash": the red flag
        (
            NOUN,
            r"(?:race|wedstrijd|sessie|kwalificatie|training) (?:\w+ ){0,2}"
            r"(?:stilgelegd|onderbroken|gestaakt)",
        ),
        (NOUN, r"stillag|lag (?:de )?(?:kwalificatie|sessie|race|wedstrijd)\b(?: \w+){0,6} stil"),
    ),
    "session": (
        (MOMENT, r"(?:in )?welke (?:sessie|training|kwalificatiesessie|kwalificatieronde)"),
        (MOMENT, r"(?:in )?welk (?:deel|onderdeel) van de kwalificatie"),
        (NOUN, r"uitgeschakeld|viel (?:\w+ ){0,2}af\b|\bq[123] of q[123]\b|strand\w* (?:\w+ ){0,2}in q[123]"),
        # "wie lagen eruit in q1", "wie vielen af in q1", "wie vlogen eruit in q2", "wie sneuvelden in q1"
        (
            NOUN,
            r"\b(?:lag|lagen|vloog|vlogen|ging|gingen)\b(?: \w+){0,2} eruit\b.{0,20}\bq[12]\b"
            r"|\bvielen (?:\w+ ){0,2}af\b|\bsneuvel\w*\b.{0,20}\bq[12]\b",
        ),
    ),
    "start": (
        (NOUN, r"hoe (?:ging|verliep|was) (?:de|zijn|haar|\w+'?s) start|(?:goede|slechte) start"),
        # "wie dook als eerste bocht 1 in", "vanaf welke positie kwam max terug": the start, no result
        (
            MOMENT + 1,
            r"als eerste (?:de )?(?:eerste )?bocht (?:\w+ )?in|vanaf welke (?:positie|plek|plaats) "
            r"(?:kwam|vocht|knokte|klom) .{0,20}terug",
        ),
    ),
    "team": (
        (NOUN, r"(?:voor |bij )?welk(?:e)? (?:team|renstal|stal|constructeur)|voor wie (?:reed|rijdt)"),
    ),
    "teammate": ((NOUN + 1, r"teamgeno\w+|ploegmaat|stalgeno\w+"),),
    # "wie crashte als eerste", "wie viel als eerste uit": the first to do it, no first place
    "first_to": (
        (
            MOMENT + 1,
            r"(?:crasht\w*|spinde|spinden|viel|vielen|uitviel|gaf|opgaf|stopte|botste|pitte|pitten)"
            r" (?:\w+ )?als eerste\b|als eerste (?:\w+ ){0,2}(?:gecrasht|uitgevallen)\b",
        ),
    ),
    "pace": (
        (
            NOUN,
            r"sneller dan|langzamer dan|trager dan|wie was (?:er )?(?:het )?snel(?:ler|st)"
            # "hoeveel langzamer was max dan leclerc": with its words between
            r"|hoeveel (?:sneller|langzamer|trager)\b|(?:sneller|langzamer|trager)\b.{0,30}\bdan\b"
            # "hoeveel gaf max toe op lewis in de kwali": time given away
            r"|hoeveel (?:\w+ ){0,2}(?:gaf|geeft|gaven|moest) (?:\w+ ){0,3}toe(?:geven)? op\b",
        ),
    ),
    "age": ((NOUN, r"hoe oud|leeftijd"),),
    "strategy": ((NOUN, r"strategie\w*"),),
    # measured against a norm or an expectation: "minder zwaar dan normaal" (no fact holds the norm)
    "comparison": (
        (
            NOUN,
            r"(?:minder|meer) \w+ dan (?:normaal|gebruikelijk|verwacht|anders)|"
            r"\w+er dan (?:normaal|gebruikelijk|verwacht)"
            # "zonder straf waar was norris geeindigd": what would have been, which no fact holds
            r"|zonder (?:de |zijn |haar |die )?(?:tijd|grid)?straf"
            # "met wie vierde max zijn zege": the company, which no fact holds
            r"|met wie (?:vierde|vieren|sprak|praatte|deelde|feestte)",
        ),
    ),
    # "kwalificatieduel Hamilton Bottas": a season's head-to-head, which no fact holds
    "head_to_head": (
        (MOMENT + 1, r"kwali\w*[- ]?duel\w*|quali[- ]?duel\w*|onderlinge? duel\w*|head[- ]to[- ]head|h2h"),
    ),
    "constructors": (
        (NOUN + 1, r"constructeurs\w*|constructeurstitel|merkentitel|teamtitel|teamkampioen\w*"),
    ),
    # where or when a title was decided: a race, not a place in the standings
    "title_race": (
        (
            MOMENT + 1,
            r"(?:waar|in welke (?:race|gp|grand prix)) (?:\w+ ){0,4}"
            r"(?:titel|wereldtitel|(?:wereld)?kampioen|(?:wereld)?titel binnen\w*)\b"
            # "waar nam max in 2022 de leiding in het kampioenschap over": the race he took it in
            r"|(?:waar|in welke (?:race|gp|grand prix)) (?:nam|pakte|greep) (?:\w+ ){0,4}de leiding\b",
        ),
    ),
    # "wie startte naast Verstappen op de eerste rij": the other driver of a row, which no fact holds
    "row_partner": (
        (MOMENT + 1, r"naast \w+ (?:\w+ )?(?:op de (?:eerste|voorste|tweede) (?:startrij|rij)|vooraan)"),
        (MOMENT + 1, r"\bnaast wie (?:start|startte|starten|staat|stond|vertrekt)"),  # "naast wie start max"
    ),
    # "aan wie droeg Leclerc zijn zege op": whom a win was dedicated to, which no fact holds
    "dedication": (
        (MOMENT + 1, r"(?:droeg|draagt)\b[^?]*\bop\s*(?:\?|$)|\baan wie droeg|opgedragen|opdragen|opdroeg"),
    ),
    # "waar moest Max zijn gridstraf uitzitten": the race a penalty was served at, not the penalty
    "served_at": (
        (
            MOMENT + 1,
            r"(?:waar|in welke race|bij welke (?:race|gp)) (?:\w+ ){0,4}(?:uitzitten|uitgezeten|inlossen|"
            r"ingelost|ondergaan|toepassen|toegepast)"
            # "voor welke race was de gridstraf": where it applied, not where it was earned
            r"|voor welke (?:race|gp|grand prix)\b[^?]{0,40}\b(?:grid)?straf"
            r"|(?:grid)?straf\w*\b[^?]{0,40}\bvoor welke (?:race|gp|grand prix)",
        ),
    ),
    # "de tweede rode vlag", "de derde safetycar": one of several, which the facts do not number
    "event_number": (
        (
            MOMENT + 1,
            r"(?:tweede|derde|vierde|laatste|2e|3e) "
            r"(?:rode vlag|safety ?car|virtuele safety ?car|vsc|herstart|neutralisatie|onderbreking)",
        ),
        # "waar won max zn eerste race van 2021": which of a season's wins, by its number
        (
            MOMENT + 1,
            # (his own: "de eerste race van 2018 in Australië" is a race named, not counted)
            r"(?:zijn|z'n|zn|haar) (?:eerste|tweede|derde|laatste) "
            r"(?:race|zege|overwinning|winst|gp|grand prix)\w* "
            r"(?:van|in) (?:\d{4}|het seizoen|dit seizoen|dat seizoen|het jaar)",
        ),
    ),
    # "wie won daarvoor voor het laatst in Monza": an earlier edition, which no fact of this race holds
    # ("wie won de vorige gp op zandvoort": an edition before the one named)
    "earlier_edition": (
        (MOMENT, r"\bvoor (?:het|'t|t) laatst\b|\bde vorige keer\b|\bwelk jaar\b"),
        (MOMENT, r"\bvorige (?:gp|grand prix|editie|winnaar)\b"),
        # "waar was seb z'n laatste zege voor singapore": a win before the race named
        (
            MOMENT,
            r"\bvorige (?:zege|overwinning)\b|\blaatste (?:zege|overwinning) (?:\w+ ){0,2}(?:voor|vóór)\b",
        ),
        # "gasly vorige podium", "laatste renault podium voor ricciardo nurburgring 2020": a podium or pole
        # before the race named, which that race's result is not
        (
            MOMENT,
            r"\b(?:vorige|laatste) (?:\w+ ){0,2}(?:podium|pole)\w* (?:\w+ ){0,3}(?:voor|vóór)\b"
            r"|\bvorige (?:podium|pole)\w*",
        ),
        # "in welke jaren viel leclerc uit", "eerdere uitvalbeurten": other editions than the one named
        (MOMENT, r"\bin welke jaren\b|\beerdere (?:uitvalbeurt|zege|overwinning|podium|pole|crash)\w*"),
    ),
    # "hoe kreeg Verstappen die lekke band": how it came about, which a fact of what happened does not say
    "how_it_came": (
        (MOMENT + 1, r"\bhoe (?:kreeg|raakte|liep|kwam) \w+ (?:aan |op )?(?:die|een|de|het|zijn|z'n|zn)\b"),
        (MOMENT + 1, r"^\s*hoe (?:won|wint|pakte) \w+"),  # "hoe won hamilton in sochi": how, not who
    ),
    # "wie knuffelde max na de finish": a gesture or a celebration, which no fact holds
    "gesture": (
        (MOMENT + 1, r"\b(?:knuffel\w*|omhels\w*|omarm\w*|feliciteer\w*|kuste?|zoende?|interviewde\w*)\b"),
        # "wat deed Lewis meteen na het uitstappen met Leclerc": what he did then, not his race
        (MOMENT + 1, r"\bwat deed\b[^?]{0,40}\b(?:na|bij) (?:het uitstappen|afloop|de finish)\b"),
        # "wat deed Vettel met de bordjes": what he did with something, not his race
        (MOMENT + 1, r"\bwat deed \w+ (?:\w+ )?met\b"),
    ),
    # "bijnaam russell", "wie stond bovenaan de power rankings": a nickname or a publication's ranking of
    # drivers, which no fact holds (his race's summary would answer a neighbouring question)
    "nickname": ((MOMENT + 1, r"bijna(?:a)?m\w*|koosnaam\w*"),),
    "ranking": ((MOMENT + 1, r"power ?rank\w*|powerranking\w*|rangschikking\w*"),),
    # "waar ging Max heen na de crash": where he went, which no fact holds
    "destination": (
        (MOMENT + 2, r"\bwaar (?:ging|moest|werd) \w+ (?:\w+ ){0,3}(?:heen|naartoe|gebracht)\b"),
    ),
}
CUES_EN: dict[str, tuple[tuple[int, str], ...]] = {
    "penalty_points": ((NOUN + 2, r"penalty points?|licen[cs]e points?"),),
    "points": (
        (NOUN, r"points?\b|pts\b"),
        (NOUN, r"points (?:gap|lead|tally|total)"),
    ),
    "penalty_size": (
        (
            2 * NOUN,
            r"how (?:many seconds|many places|big|long|severe) (?:of )?(?:a |the |his |her )?(?:time |grid )?"
            r"penalty|how (?:big|long|severe) was (?:the|his|her|[a-z]+'s) (?:time |grid )?penalty",
        ),
        (
            2 * NOUN,
            r"penalt\w*\b.{0,40}\bhow many (?:seconds|secs?|places)"
            r"|how many (?:seconds|secs?|places)\b(?:(?!\b(?:behind|ahead|after)\b).){0,40}\bpenalt",
        ),
        # "how many grid places did Lewis get docked", "how many places was he sent back": a grid drop
        (
            2 * NOUN,
            r"how many grid (?:places|spots|positions|slots)\b|how many (?:places|spots|positions) "
            r"(?:[\w']+ ){1,4}(?:docked|dropped|demoted|relegated|sent back|moved back)\b"
            # ("how many places grid drop for the engine": the noun after the count)
            r"|how many (?:places|spots|positions) (?:of )?(?:grid )?(?:drop|penalty|demotion)\b",
        ),
        # "how many seconds did albon get": seconds handed out
        (
            2 * NOUN,
            r"how many (?:sec|secs|seconds) (?:did|does|has) [\w']+(?: [\w']+)? "
            r"(?:get|got|receive|received)\b(?!.{0,40}\b(?:behind|ahead|lead)\b)",
        ),
    ),
    "points_gap": (
        (
            2 * NOUN,
            r"points? (?:lead|gap|ahead|behind|clear|adrift|advantage)"
            r"|(?:lead|gap|margin|advantage) (?:of|in) points"
            r"|(?:how many|by how many) (?:points|pts)\b[^?]{0,40}\b(?:ahead|behind|clear|adrift|lead\w*)\b"
            # "his championship lead", "lead in the standings": a gap in points, not a place
            r"|(?:championship|title|standings) (?:lead|advantage|gap|deficit)"
            # ("gap between max and charles in the championship": the two named between)
            r"|(?:lead|advantage|gap|deficit|difference) (?:\w+ ){0,5}in (?:the )?"
            r"(?:championship|standings|title race|wc|wdc|wk)\b"
            # "max lead after canada over checo": a lead after a race is one in points
            r"|\blead after (?!(?:the )?(?:start|restart|first|opening|lap|pit|\d))\w+"
            # "gap max leclerc after imola 2022", "gap between bottas and max after bahrain": after a race
            r"|\bgap\b(?: [\w']+){0,4} after (?!(?:the )?(?:start|restart|first|opening|lap|laps|pit|race|"
            r"safety|\d))\w+",
        ),
    ),
    "gap": (
        (
            NOUN,
            r"\bgap\b|margin|lead (?:of|over)|(?:[a-z]+'s|his|her) lead\b|lead at the (?:flag|finish|end)",
        ),
        (
            ASK,
            r"by how much|how far|how many sec(?:ond)?s?\b|how close"
            r"|how many (?:thousandths|hundredths|tenths)"
            # "how much did stroll beat verstappen by for pole": the margin, its "by" after the names
            r"|how much did .{0,40}\b(?:beat|win|lead|outqualif\w*|edge\w*) .{0,30}\bby\b",
        ),
        # "how many sec was max ahead of lewis at the finish": the margin at the line
        (NOUN, r"\bahead of [\w']+ (?:at|on) the (?:finish|flag|line|end)\b"),
        # "with how much did Hamilton win": the winning margin
        (NOUN, r"(?:with|by) how much did .{0,30}\bwin|how much did .{0,30}\bwin by"),
        (HINT, r"\bbehind\b"),
    ),
    "laps": ((NOUN, r"how many laps|laps? led|laps? (?:in|at) the lead"),),
    "lap": ((MOMENT, r"(?:on |in )?(?:which|what) lap|^lap\b(?! \d)"),),
    "corner": (
        (MOMENT + 1, r"(?:in|at|into|through) (?:which|what) (?:corner|turn)|(?:which|what) (?:corner|turn)"),
        (
            MOMENT + 1,
            # (not "where did he finish after his spin": his place)
            r"where did (?:(?!\bfinish).){0,30}(?:crash|collide|tangle|touch|make contact|"
            r"end up in the (?:barriers?|wall|gravel)|hit the (?:wall|barriers?)|go off|spin)",
        ),
        (MOMENT + 1, r"where did (?:it|things|his lap|he) go wrong"),
        # "where on the track did his Renault flip": a place on the circuit
        (MOMENT + 1, r"where on the (?:track|circuit|lap)|(?:on|at) (?:which|what) (?:part|section) of the"),
    ),
    "consequence": (
        (
            MOMENT + 1,
            # ("why did Max lose pole position" asks the penalty's reason)
            r"(?:lose|lost|loses|losing|cost|costs) (?:\w+ ){0,3}"
            r"(?<!pole )(?:point|points|place|win|podium)\b",
        ),
        (MOMENT + 1, r"\bwhat did (?:it|that|this|the penalty|the mistake) cost\b"),
        (MOMENT + 2, r"\bwhat happened (?:to|with) (?:[\w']+ ){0,2}penalty points\b"),
    ),
    "problem": (
        (MOMENT + 1, r"(?:what|which)(?: \w+)? (?:problem|problems|issue|injury|ailment|complaint)"),
        (MOMENT + 1, r"\b(?:injur\w*|wounded|burns)\b"),
    ),
    "average": ((NOUN + 1, r"\b(?:average|on average|mean)\b"),),
    # ("which pole lap impressed them most": a judgement, which no fact holds)
    "rating": ((MOMENT + 1, r"ratings?|rated|(?:what|which) (?:mark|grade|score)|marks? out of|impress\w*"),),
    "duration": (
        (ASK, r"how long(?! ago)(?!(?: [\w']+){0,4} (?:penalty|penalties)\b)"),
        (MOMENT + 1, r"how many (?:days|weeks|months|years|seasons)\b"),
    ),
    "culprit": (
        (
            2 * NOUN,
            r"(?:who (?:\w+ )?(?:caused|triggered|was to blame|was at fault|is to blame|was blamed|"
            r"got the blame|was responsible)|culprit)"
            r"(?![^?]*(?:safety|red flag|vsc|neutrali))",
        ),
    ),
    "tyres": ((NOUN, r"tyres?|tires?|compound\w*|\bsofts?\b|\bmediums?\b|\bhards\b|\binters\b"),),
    "pitstops": (
        (NOUN, r"pit ?stops?|how many stops"),
        (NOUN, r"\bpit(?:ted)?\b(?! ?lane)|\bbox(?:ed)?\b"),  # "from the pits" is a pit-lane start
    ),
    "count": (
        (ASK, r"how often|how many times"),
        # "how many of the last 36 GPs had max won": a count over races
        (NOUN + 1, r"how many of (?:the|his) (?:last|first|previous|past) (?:\d+|\w+) "),
        (NOUN + 1, r"how ?manyth"),  # "spa 2021 was max's how manyth win of the season"
        (
            NOUN,
            r"how many (?:of (?:the|his) )?(?:career |f1 )?(?:wins|victories|races|poles?|pole positions|"
            r"podiums?|"
            # ("how many starts did he need for his first win": a count of starts, not the win)
            r"podium finishes|titles|grands prix|gps|starts|attempts|tries)",
        ),
        # "which career win number was it": the count, not the win
        (
            NOUN + 1,
            r"(?:career |season )?(?:win|victory|pole|podium) number|(?:which|what) number (?:win|victory)"
            # "hungary 2022 was which career win for verstappen"
            r"|(?:which|what) (?:career |f1 |season )(?:win|victory|pole|podium)\b"
            # "first podium at which attempt/start": the number of the start, no start place
            r"|at which (?:attempt|start|race|try)\b"
            r"|(?:which|what) (?:career )?(?:start|attempt) was (?:it|that)\b"
            # "which pole was it for max": its number, not the pole
            r"|(?:which|what) (?:win|victory|pole|podium|title|penalty) was (?:it|that|this)\b",
        ),
    ),
    "points_lost": (
        (
            2 * NOUN + 1,
            r"points? (?:\w+ ){0,3}(?:lose|lost|losing)|(?:cost|costs|costing) (?:\w+ ){0,3}points",
        ),
    ),
    "points_gained": (
        (
            2 * NOUN + 1,
            r"points? (?:\w+ ){0,3}(?:gain|gained|gaining|make up|made up|claw back|clawed back|pull back|"
            r"pulled back|close|closed|extend|extended)\b",
        ),
    ),
    "drivers_count": (
        (NOUN + 1, r"how many (?:drivers|cars|racers|retirements|dnfs|retired)"),
        (NOUN + 1, r"the most (?:times|wins|victories|poles|podiums)|most often"),
    ),
    "quote": (
        # ("what did max say after his tyre blew": the frame asks what was said, whatever it was said about)
        (NOUN + 1, r"what did .{0,40} (?:say|shout|scream|yell|radio)\b"),
        (NOUN, r"\bsaid\b|\bsay\b|\breact(?:ed|ion)?\b|\bdescribed?\b"),
        # "which expert is quoted about perez win": who said it, not the win
        (NOUN + 1, r"\b(?:is|was|are|were|gets|got) quoted\b"),
        # "wolff on lewis penalty, fair or not", "was his penalty fair": a view asked, not the penalty
        (
            NOUN + 1,
            r"\bfair or not\b|\b(?:was|is) (?:it|that|the|his|her|[a-z]+'?s?)(?: [\w']+){0,6} "
            r"(?:fair|unfair|deserved|justified|(?:too )?harsh)\b|"
            r"^(?:[a-z]+ ){1,2}on (?:his |her |the |[a-z]+'?s? )?(?:\d+ ?\w* )?"
            r"(?:penalty|crash|collision|incident|clash|win|victory|defeat|title)\b",
        ),
    ),
    "laptime": (
        (MOMENT + 1, r"what (?:lap )?time did .{0,30}(?:set|do|clock|post)"),  # a lap time, not a moment
        # ("russell pole lap": the lap that took pole, by its time; not "pole lap record", nor "on his pole
        # lap", a moment of something else asked)
        (
            NOUN + 1,
            r"pole ?times?|pole-lap time|(?<!on his )(?<!on the )(?<!during his )pole[ -]laps?\b(?! record)",
        ),
        (2 * NOUN, r"fastest[ -]lap times?|time of (?:the|his|her) fastest lap"),
        (NOUN, r"lap ?times?|time in q[123]|(?:[a-z]+'s|his|her) (?:best |qualifying |pole )?time\b"),
        (NOUN, r"(?:qualifying|quali|race|total) times?\b"),
        (ASK, r"how fast"),
        (HINT, r"\bfastest in\b"),
    ),
    "fastest_lap": ((NOUN + 1, r"fastest lap"),),
    "speed": ((NOUN + 1, r"top ?speeds?|speed ?traps?|km/h|\bmph\b|kilometres per hour"),),
    "lapped": ((NOUN + 1, r"\blapped\b|\blaps? (?:him|her)\b|put (?:him|her) a lap down"),),
    "damage": ((NOUN + 1, r"\bdamag\w*|\bbroke\b|\bbroken\b"),),
    "team_result": ((NOUN + 1, r"(?:[a-z]+'s|his|her) team\b(?![- ]?mates?)"),),
    "tow": ((NOUN + 1, r"slipstream\w*|\btow\b"),),
    "practice": ((NOUN + 1, r"\bfp ?[123]\b|(?:free |first |second |third )?practice(?: sessions?)?\b"),),
    "fine": ((NOUN, r"\bfined?\b|\bfines\b"),),
    "appeal": (
        # ("did ferrari get vettel's penalty overturned": the appeal's outcome)
        (2 * NOUN, r"appeal\w*|protest\w*|right of review|petition\w*|overturn\w*|rescind\w*"),
        (2 * NOUN, r"hearings?\b|tribunal"),  # "where was the hearing about his disqualification"
        # "did red bull's review of hamilton's penalty work": a request to review the verdict
        (2 * NOUN, r"(?:[a-z]+'s|their|team's) review (?:of|into)\b|request\w* (?:a |for a )?review"),
    ),
    "precedent": ((2 * NOUN, r"precedents?|similar cases|earlier cases"),),
    "record": (
        (2 * NOUN, r"records?\b|record-\w+"),
        (2 * NOUN, r"(?:first[- ]ever|first career|maiden) (?:f1 )?(?:podium|pole|points?)\b"),
        # "who got his first podium at mugello": one of the three (not "his first podium of the season"; a
        # first win or pole is the race's)
        (
            2 * NOUN,
            r"(?:his|her|their) (?:very )?first (?:f1 )?(?:podium|points?)\b"
            r"(?! (?:of (?:the|this) (?:season|year)|of 20\d\d|this (?:season|year)))",
        ),
        # "winner and what milestone was it": the milestone is asked too, and no fact holds it
        (2 * NOUN, r"milestones?\b"),
        # "first french winner since who": the one before, a record's holder ("since when" asks when)
        (2 * NOUN, r"since (?:who|whom)\b"),
        (2 * NOUN, r"\b(?:youngest|oldest)\b"),
    ),
    "opinion": (
        (
            2 * NOUN,
            r"why (?:does|did|do) \w+ (?:think|feel|believe|reckon)"
            r"|why (?:\w+ ){0,2}(?:thinks|thought|feels|felt) (?:that|it|the|his)",
        ),
        (2 * NOUN, r"who (?:did|does|do) [\w']+ blame"),
        (2 * NOUN, r"\bwhat\b[^?]{0,40}\baccording to\b(?! (?:the )?(?:results?|standings|classification))"),
        # "who does patrick think wins", "who did they predict", "who was the favourite": a prediction
        (
            2 * NOUN,
            r"predict\w*|favou?rites?|bookmakers?|bookies|tipped|"
            r"who (?:does|did|do) (?:the |his )?[\w']+ (?:think|expect|reckon|see)\b",
        ),
        # "what position did norris expect", "where was he hoping to finish": expected, not got
        (
            2 * NOUN,
            r"(?<!as )(?<!than )\b(?:did|does|do|was|were) (?:\w+ ){1,2}"
            r"(?:expect\w*|hop(?:e|ed|ing)|aim\w*)\b|\bexpectations?\b",
        ),
    ),
    "replacement": (
        (
            2 * NOUN,
            r"who (?:\w+ )?(?:replace[sd]?|replacing)|successor|who (?:did|does|will|would) [\w']+ replace",
        ),
    ),
    "start_time": (
        (
            MOMENT + 1,
            r"what time (?:does|did|is|was|will) (?:the )?(?:race|gp|grand prix|qualifying|quali|sprint)\b"
            r"(?!.{0,30}restart)|\bstart(?:ing)? ?times?\b"
            r"|(?:race|qualifying|quali|sprint)\b[^?]{0,30}\bwhat time\b(?!.{0,30}restart)"
            r"|what time (?:does|did|will) .{0,30}\b(?:start|begin|get underway)\b",
        ),
    ),
    "when": (
        (
            MOMENT,
            r"^when\b|\bwhen (?:did|was|is|will|were)\b|\bwhen\s*\?|what time|which (?:\w+ )?day|what date|"
            r"since when",
        ),
    ),
    "overtake": (
        (NOUN, r"overt(?:ake|ook|aken|aking)\w*|\bpass(?:ed|es)?\b|(?:get|got|gets) (?:ahead|past)"),
        (NOUN, r"(?:take|took) the lead from|(?:dove|dived|went|go) past"),
        (NOUN, r"how many (?:places|positions) did .{0,30} (?:gain|make up|win)|places? gained"),
        (2 * NOUN, r"from (?:which|what) (?:place|position|spot) did \w+ (?:move|climb|jump|come|go)\b"),
    ),
    "safety_car": (
        (NOUN, r"safety ?car|red[- ]flag\w*|yellow flags?|\bvsc\b"),
        # "was the race stopped after his crash": the red flag
        (
            NOUN,
            r"(?:race|session|qualifying|practice) (?:\w+ ){0,2}(?:stopped|suspended|halted|neutrali[sz]ed)",
        ),
    ),
    "session": (
        (MOMENT, r"(?:in )?which (?:qualifying )?session|what session"),
        (NOUN, r"knocked out|eliminated|\bout in q[123]\b"),
    ),
    "start": (
        (NOUN, r"how (?:did|was) (?:the|his|her|[a-z]+'s) start|(?:good|bad|poor) start"),
        (
            MOMENT + 1,
            r"(?:led|first) into (?:turn|corner) (?:1|one)|from which (?:position|place) did .{0,20}"
            r"(?:come back|recover|fight back|climb)",
        ),
    ),
    "team": ((NOUN, r"(?:which|what) (?:team|constructor)|drive for|drove for|racing for|raced for"),),
    "teammate": ((NOUN + 1, r"team ?mates?"),),
    # "who crashed first", "first driver to retire": the first to do it, no first place
    "first_to": (
        (
            MOMENT + 1,
            r"(?:crashed|crashed out|spun|spun out|retired|pitted|stopped|dropped out) first\b"
            r"|first (?:driver |one |man )?to (?:crash|retire|pit|spin|stop|drop out)\b",
        ),
    ),
    "pace": (
        (
            NOUN,
            r"faster than|slower than|who was (?:the )?fast(?:er|est)|how much (?:faster|slower|quicker)"
            r"|(?:faster|slower|quicker)\b.{0,30}\bthan\b",
        ),
    ),
    "age": ((NOUN, r"how old|\bage\b"),),
    "strategy": ((NOUN, r"strateg(?:y|ies)"),),
    "comparison": (
        (
            NOUN,
            r"\w+er than (?:usual|normal|expected|before)|(?:more|less) \w+ than (?:usual|normal|expected)"
            r"|without (?:the |his |her |that )?(?:time |grid )?penalty"
            # "who did max pip to pole": the one he beat, whom no fact names as such
            r"|who did \w+ (?:pip|beat|edge|outqualif\w*|out-qualif\w*)\b",
        ),
    ),
    "head_to_head": ((MOMENT + 1, r"quali(?:fying)? (?:duel|battle|head-to-head)s?|head[- ]to[- ]head|h2h"),),
    "constructors": ((NOUN + 1, r"constructors?'?|teams'? (?:championship|title)|team title"),),
    "title_race": (
        (
            MOMENT + 1,
            r"(?:where|in which race|at which (?:race|grand prix)) (?:\w+ ){0,4}"
            r"(?:clinch\w*|seal\w*|secur\w*|win|won|wrap\w*|decid\w*) (?:\w+ ){0,3}"
            r"(?:title|championship|crown)\b"
            r"|(?:where|in which race) did \w+ take (?:over )?the (?:championship |title )?lead\b",
        ),
    ),
    "row_partner": (
        (MOMENT + 1, r"(?:next to|alongside|beside) \w+ (?:\w+ )?on the (?:front|first|second) row"),
    ),
    "dedication": ((MOMENT + 1, r"dedicat\w*"),),
    "served_at": (
        (
            MOMENT + 1,
            r"(?:where|at which race|in which race|which race) (?:\w+ ){0,5}(?:serve|served|take|taken) "
            r"(?:\w+ ){0,5}(?:penalty|grid drop|drop)"
            # "for which race was his grid penalty": where it applied
            r"|for which (?:race|gp|grand prix)\b[^?]{0,40}\bpenalt"
            r"|penalt\w*\b[^?]{0,40}\bfor which (?:race|gp|grand prix)",
        ),
    ),
    "event_number": (
        (
            MOMENT + 1,
            r"(?:second|third|fourth|last|2nd|3rd) (?:red flag|safety ?car|virtual safety ?car|vsc|restart|"
            r"neutrali[sz]ation|stoppage)",
        ),
        (
            MOMENT + 1,
            r"(?:his|her) (?:first|second|third|last) (?:race |grand prix |gp )?(?:win|victory|race) "
            r"(?:of|in) "
            r"(?:\d{4}|the season|this season|that season|the year)",
        ),
    ),
    "destination": ((MOMENT + 2, r"\bwhere (?:did|was|were) \w+ (?:\w+ )?(?:go|taken|sent)\b"),),
    # ("who won the previous gp at zandvoort before max in 2021": an edition before the one named)
    "earlier_edition": (
        (MOMENT, r"\b(?:the )?last time\b|\bthe time before\b|\bwhich year\b"),
        (MOMENT, r"\bprevious (?:gp|grand prix|edition|winner)\b"),
        # "who won the race before singapore": the race before the one named
        (MOMENT, r"\bwho won the (?:race|gp|grand prix) before\b"),
        # "before singapore, where was seb's last win": a win before the race named
        (
            MOMENT,
            r"\bprevious (?:win|victory)\b|\blast (?:win|victory)\b(?=.*\bbefore\b)"
            r"|\bbefore\b.*\blast (?:win|victory)\b",
        ),
        # "his last podium before eifel 2020", "previous pole": a podium or pole before the race named
        (
            MOMENT,
            r"\b(?:previous|last) (?:\w+ ){0,2}(?:podium|pole)s?\b(?=.*\bbefore\b)"
            r"|\bprevious (?:podium|pole)s?\b",
        ),
        # "who won for toro rosso at monza before gasly did": someone before him, not the race named
        (MOMENT, r"\bbefore [a-z]+ did\b"),
        # "in which years did leclerc retire", "earlier retirements while leading": other editions
        (
            MOMENT,
            r"\b(?:in )?which years\b|\b(?:earlier|previous|past) (?:retirement|dnf|win|victor|podium|pole|"
            r"crash)\w*",
        ),
    ),
    "how_it_came": (
        (
            MOMENT + 1,
            r"\bhow did \w+ (?:get|pick up|suffer|sustain|end up with)\b(?! (?:ahead|past|by|around))",
        ),
        (MOMENT + 1, r"^\s*how did \w+ win\b"),
    ),
    "nickname": ((MOMENT + 1, r"nick ?names?|nicknamed"),),
    "ranking": ((MOMENT + 1, r"power ?rank\w*"),),
    "gesture": (
        # ("who interviewed Russell after his win": who spoke to him, not his race)
        (MOMENT + 1, r"\b(?:hug\w*|embrac\w*|congratulat\w*|kiss\w*|interview(?:ed|s|ing)?)\b"),
        (
            MOMENT + 1,
            r"\bwhat did\b[^?]{0,40}\bdo (?:right |just )?after (?:getting out|the finish|the flag)\b",
        ),
        (MOMENT + 1, r"\bwhat did \w+ do (?:with|to)\b"),
    ),
}

#: Tie order: attribute phrases first, bare question words ("when", "which lap") last.
_ORDER = (
    "penalty_points",
    "penalty_size",
    "running_position",
    "first_to",
    "fastest_lap",
    "speed",
    "lapped",
    "practice",
    "drivers_count",
    "damage",
    "tow",
    "team_result",
    "points_lost",
    "points_gained",
    "points_gap",
    "points",
    "gap",
    "laps",
    "culprit",
    "tyres",
    "pitstops",
    "safety_car",
    "overtake",
    "fine",
    "quote",
    "laptime",
    "session",
    "constructors",
    "comparison",
    "head_to_head",
    "teammate",
    "team",
    "pace",
    "start",
    "strategy",
    "age",
    "count",
    "lap",
    "title_race",
    "event_number",
    "corner",
    "consequence",
    "problem",
    "rating",
    "duration",
    "row_partner",
    "destination",
    "how_it_came",
    "gesture",
    "nickname",
    "ranking",
    "dedication",
    "served_at",
    "appeal",
    "precedent",
    "record",
    "opinion",
    "replacement",
    "start_time",
    "when",
    "earlier_edition",  # ("wanneer won Honda voor het laatst" asks when)
    "average",
)
#: Attributes some fact kind holds: when one of these wins, nothing unsupported is asked.
SUPPORTED = frozenset({"penalty_size"})

_CUE_TABLE: list[tuple[str, int, str]] = [
    (attr, weight, r"(?<![\w-])(?:" + pattern + r")")
    for attr in _ORDER
    for weight, pattern in CUES_NL.get(attr, ()) + CUES_EN.get(attr, ())
]
# Behind one scan for their words: of ~80 cues a question has the words of one or two, and only those run.
_CUES = CueSet(p for _, _, p in _CUE_TABLE)

# A moment in the race: a constraint on a place, not the attribute asked.
MOMENT_NL = (
    r"na (?:de |het )?(?:eerste|openings|\w+de|\w+ste) (?:ronde|bocht|stint)",
    r"(?:na|in|door) bocht (?:\d+|een|twee)",  # "welke plek na bocht 1"
    r"na (?:een paar|enkele|een aantal|de eerste paar) (?:ronden|rondes|rondjes)",
    r"na (?:ronde|lap) \d+",
    r"na (?:\d+|twee|drie|vier|vijf|zes|zeven|acht|negen|tien) (?:ronden|rondes|rondjes)",  # "na 2 ronden"
    r"in ronde \d+",
    # "wie ging aan de leiding van ronde 36 tot 52": a stretch of laps, not the race's outcome
    r"(?:van|vanaf|tussen) (?:ronde|lap) \d+(?: (?:tot(?: en met)?|en|t/m|-) (?:ronde )?\d+)?",
    r"(?:in )?(?:de )?(?:ronde|rondes|ronden) \d+ ?(?:tot(?: en met)?|t/m|-) ?\d+",
    r"(?:in|op|tijdens) de (?:laatste|slot|allerlaatste) ronde",  # "wat gebeurde er in de laatste ronde"
    r"(?:tot|rond|tegen|bij) (?:het einde van )?ronde \d+",
    r"met nog (?:\d+|\w+) (?:ronden|rondes|ronde) te gaan",
    r"halverwege(?: de race)?",
    r"na (?:de )?(?:start|herstart|pitstops?|safety ?car|rode vlag)",
    r"bij (?:de )?(?:start|herstart)",
    r"voor (?:zijn|haar|de) (?:tijd)?straf",
    r"herstartte|herstartten",
    r"(?:voor|na) (?:zijn|haar|de) (?:pitstop|stop)",
    # "op welke plek lag hij toen hij uitviel": where he ran then, not the retirement asked
    r"toen (?:hij|ze|zij) (?:uitviel|uitvielen|crashte|crashten|stilviel|stilvielen|opgaf|opgaven|spinde)",
    # "op welke plek lag magnussen toen haas hem binnenriep": the team that called him in
    r"toen (?:de )?[\w-]+ (?:hem|haar) (?:binnenriep|binnenhaalde|terugriep|uit de race haalde)",
    # "op welke plek lag gasly toen hij zn auto parkeerde": the moment he parked it
    r"toen (?:hij|ze|zij) (?:zijn |zn |z'n |haar |de )?(?:auto|wagen|bolide) (?:\w+ )?"
    r"(?:parkeerde|parkeerden|neerzette|stilzette|aan de kant zette)",
    r"when (?:he|she) (?:parked|retired|stopped|pulled over|crashed|spun)",
    # "op welke plek lag hij toen de rook kwam": a moment told by what happened then
    r"toen (?:de|het|zijn|haar) [\w-]+ (?:\w+ ){0,2}(?:kwam|verscheen|begon|ontstond|losliet|afbrak|brak)",
    # "op welke plek reed hij toen zijn auto het begaf"
    r"toen (?:zijn|haar) (?:auto|wagen|bolide|motor|krachtbron) (?:het )?(?:begaf|opgaf|stilviel|uitviel|"
    r"kapot ging|stopte)",
    r"(?:bij|voor|vlak voor) (?:zijn|haar) (?:uitvalbeurt|crash|opgave)",
)
MOMENT_EN = (
    r"after (?:the )?(?:first|opening|\w+) (?:lap|corner|stint)",
    r"(?:after|through) turn (?:\d+|one|two)",
    r"after (?:a few|the first few|several) laps",
    r"after lap \d+",
    r"after (?:\d+|two|three|four|five|six|seven|eight|nine|ten) laps",
    r"on lap \d+",
    # "who led from lap 36 to 52", "laps 15-23": a stretch of laps
    r"(?:from|between) laps? \d+(?: (?:to|and|until|through|-) (?:lap )?\d+)?",
    r"(?:on |in |during )?laps \d+ ?(?:to|through|until|-) ?\d+",
    r"(?:on|in|during) the (?:last|final|very last) lap",
    r"(?:by|at|around|until|till) (?:the end of )?lap \d+",  # "what position had he climbed to by lap 15"
    r"with (?:\d+|\w+) laps? (?:to go|left|remaining)",
    # "where did he drop to because of his penalties": a place moved to on the way, not his result
    r"(?:drop|dropped|fall|fell|slip|slipped|climb|climbed)(?: back)?(?: up)? to",
    r"at (?:the )?half(?:way| distance)(?: point)?",
    r"halfway(?: through)?(?: the race)?",
    # ("what happened at start": a fan's fragment leaves the article out)
    r"(?:after|at) (?:the )?(?:start|restart|pit ?stops?|safety car|red flag)",
    r"before (?:his|her|the) (?:time )?penalty",
    # "from what position did lewis restart": the restart's order
    r"(?:did|does|do) \w+ (?:restart|re-start)",
    r"(?:before|after) (?:his|her) (?:pit ?stop|stop)",
    # "what position was he in when he retired": where he ran then, not the retirement asked
    r"when (?:he|she|they) (?:retired|crashed|spun|stopped|pulled out|dropped out)",
    # "what position was magnussen when haas retired him": the team that called him in
    r"when (?:the )?[\w-]+ (?:retired|stopped|called in|pulled) (?:him|her)",
    r"when (?:his|her) (?:car|engine|power unit) "
    r"(?:failed|died|gave up|broke down|stopped|let (?:him|her) down)",
    r"(?:at the time of|just before|before) (?:his|her) (?:retirement|crash|dnf)",
)
_MOMENT_RE = re.compile(r"(?<![\w-])(?:" + "|".join(MOMENT_NL + MOMENT_EN) + r")(?![\w-])")
# A moment named bare in a fragment ("hamilton lap 1 spa", "norris halverwege zandvoort"): a fragment that
# asks nothing else asks where the driver was then, not his race.
_BARE_MOMENT_RE = re.compile(
    r"(?<![\w-])(?:(?:ronde|lap) (?:\d+|een|one)|(?:eerste|openings|first|opening) ?(?:ronde|lap)|"
    r"halverwege|halfway|half distance|na de start|after the start|bij de start|at the start)(?![\w-])"
)


def names_moment(f: str) -> bool:
    """Whether the folded question names a moment in the race, bare or with its preposition."""
    return bool(_MOMENT_RE.search(f) or _BARE_MOMENT_RE.search(f))


# Another event the question only places its own in: "waarom viel hij uit na zijn straf" asks the
# retirement, "who won after the collision" the winner.
_EVENT = (
    r"(?:tijd|grid)?straf\w*|penalt\w*|botsing\w*|crash\w*|aanrijding\w*|uitvalbeurt|uitval|opgave|diskwalificatie|"
    r"dsq|dq|dnf|"
    r"collision|clash|retirement|disqualification|pit ?stops?|incident\w*|"
    # "wie interviewde Max na zijn zege", "before his Silverstone pole": when, not what is asked
    r"zege|overwinning|win|victory|pole|"
    # "bottas eindplek na die lekke band": the puncture he finished after, not the tyres asked
    r"klapband|lekke band|puncture|blowout|"
    # "which drivers collided before the late safety car": when, not the safety car asked
    r"safety ?car|safetycar|rode vlag|red flag|vsc|herstart|restart"
)
# "... met Gasly", "... between X and Y", "... voor de botsing met Alonso": the rest of the constraint
_WITH_WHOM = r"[\w' -]{1,60}?(?=[?.!,]|$)"
CONSTRAINT_NL = (
    rf"(?:na|ondanks|door|voor|vóór|vanwege|wegens|dankzij) (?:zijn|z'n|zn|haar|de|het|een|beide|die) "
    rf"(?:\w+ )?(?:{_EVENT})"
    rf"(?: (?:van|met|tussen|voor|wegens|vanwege) {_WITH_WHOM})?",
    rf"\bondanks (?:{_EVENT})\b",  # "hoeveelste ondanks crash": typed without its article
    # "hoeveelste werd lewis na zijn start achteraan": the start he came from, not what is asked
    r"(?:na|ondanks) (?:zijn|z'n|zn|haar|een) (?:\w+ )?start(?: (?:achteraan|helemaal achteraan|"
    r"van(?:af|uit)? (?:de )?(?:pole|achteraan|[\w-]+ (?:plek|plaats|positie)|(?:plek|plaats|positie|p) ?\d+)"
    r"|als (?:laatste|[\w-]+)))?",
    r"\bnadat\b[^,?.!]*",
    r"\bwaarin\b[^,?.!]*",
    # "wat was er mis met zijn auto toen hij Monaco won": the moment, not the win asked
    r"\btoen (?:hij|ze|zij)\b[^,?.!]*",
    # "checo pole jeddah, maar waar eindigde hij": what is asked after "maar"
    r"^[^?]*\bmaar\b(?= (?:waar|wat|hoe|wie|welke|hoeveel\w*)\b)",
)
CONSTRAINT_EN = (
    # ("after leclerc penalty": the name, typed without its 's)
    rf"(?:after|following|despite|before|because of|due to|thanks to) "
    rf"(?:his|her|the|a|an|both|[a-z]+'s|[a-z]+) (?:\w+ )?(?:{_EVENT})"
    rf"(?: (?:with|between|of|for|because of) {_WITH_WHOM})?",
    # "where does he start from after dsq", "despite crash": typed without its article
    r"\b(?:after|despite) (?:dsq|dq|disqualification|penalty|crash|collision)\b",
    # "where did lewis finish after starting last": the start he came from
    r"(?:after|despite) (?:starting|his start|a start)(?: (?:from )?(?:last|the back|the pit ?lane|pole|"
    r"p\d+|\w+(?:th|st|nd|rd)|the (?:\w+ )?(?:row|place|position)))?",
    r"\b(?:in which|where) (?:he|she|they|\w+) (?:had|got|was|were)\b[^,?.!]*",
    r"\bwhen (?:he|she|they) (?:won|retired|crashed|finished|started|pitted)\b[^,?.!]*",
    # "where did seb end up after max hit him": the hit he finished after
    r"\bafter (?:[a-z]+ ){1,2}(?:hit|tagged|clipped|punted|crashed into|collided with|ran into) "
    r"(?:him|her|[a-z]+)\b",
    r"^[^?]*\bbut\b(?= (?:where|what|how|who|which)\b)",
)
_CONSTRAINT_RE = re.compile(r"(?<![\w-])(?:" + "|".join(CONSTRAINT_NL + CONSTRAINT_EN) + r")")


def without_constraints(f: str) -> str:
    """The folded question without the moments and other events it only places what it asks in."""
    return without_events(_MOMENT_RE.sub(" , ", f))


def without_events(f: str) -> str:
    """The folded question without the other events it only places what it asks after (its moments kept)."""
    return _CONSTRAINT_RE.sub(" , ", f)


# A place asked: with a moment it is the place at that moment.
_PLACE_ASKED_RE = re.compile(
    r"\b(?:welke (?:positie|plek|plaats)|op welke (?:plek|plaats)|positie|plek|plaats|"
    r"waar (?:lag|reed|stond|zat|viel)|(?:lag|reed|stond) \w+ (?:nog )?(?:op|als)|"
    r"where (?:was|did|were)|what position|which position|position|running|\bp\?|\bhold\b|"
    # "wie ging aan de leiding van ronde 36 tot 52", "who led laps 15 to 23": the first place then
    r"aan de leiding|aan kop|voorop|in the lead|\bled\b|\bleading\b)"
)
_RUNNING_VERB_RE = re.compile(r"\b(?:lag|running|hold|held)\b")
# "in de punten" / "in the points" is a finishing position, not a points total.
_IN_POINTS_RE = re.compile(r"\b(?:in|buiten) (?:de|the) punten\b|\b(?:in|out of) the points\b")


def asked_scores(f: str, *, ordinal: bool = False) -> dict[str, int]:
    """Score of every attribute the folded question ``f`` may ask (only those with a cue)."""
    g = _IN_POINTS_RE.sub(" , ", f)
    scores: dict[str, int] = {}
    if _MOMENT_RE.search(g) and (_PLACE_ASKED_RE.search(g) or ordinal):
        scores["running_position"] = NOUN + 1 + (HINT if _RUNNING_VERB_RE.search(g) else 0)
    g = _MOMENT_RE.sub(" , ", g)  # "na de pitstops" is when, not what: it asks no pit stop
    roles: dict[str, set[int]] = {}
    for i in _CUES.matching(g):
        attr, weight, _ = _CUE_TABLE[i]
        roles.setdefault(attr, set()).add(weight)
    for attr, weights in roles.items():
        # Each role counts once: "safety car" in both tables, or two noun phrases, are one attribute phrase.
        scores[attr] = scores.get(attr, 0) + sum(weights)
    return scores


def unsupported_attribute(f: str, *, ordinal: bool = False) -> str | None:
    """The attribute a folded question asks that no fact kind holds, or None."""
    scores = asked_scores(f, ordinal=ordinal)
    if not scores:
        return None
    best = max(scores.values())
    if best < ASK:
        return None  # a hint alone ("achter", "het snelst") asks nothing
    winner = next(a for a in _ORDER if scores.get(a) == best)
    return None if winner in SUPPORTED else winner
