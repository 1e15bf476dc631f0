"""Gaps in the championship: how many points one driver is ahead of or behind another ("heeft een
voorsprong van 104 punten op Leclerc", "staat 22 punten achter Bottas", "leads Hamilton by eight points",
"is 46 points clear of Pérez").

The fact is kind "points_gap" for the driver the clause is about, with the other driver in ``others``, the
points in ``amount`` and the direction in ``detail`` ("ahead" or "behind"). It is a standing at the time of
the article, like a points total: a gap a driver could reach ("kan zijn voorsprong uitbreiden tot ...") is
no gap, and neither is a gap in a race ("tien seconden voorsprong").
"""

from __future__ import annotations

import re
from dataclasses import replace

from knowledge.extract.clauses import PAIR_JOIN_RE, owner_left
from knowledge.extract.context import Clause, Mention
from knowledge.extract.mentions import PRONOUN_RE, owns_next_person
from knowledge.extract.model import Fact
from knowledge.text import CARDINAL_RE, ORDINAL_RE, cardinal_value

# whole points: a half-points gap is not read, nor one told roughly ("ruim tachtig punten", "nearly 30")
_ROUGHLY = "".join(
    f"(?<!{w} )"
    for w in (
        "ruim",
        "bijna",
        "circa",
        "ongeveer",
        "zo'n",
        "dan",
        "over",
        "nearly",
        "almost",
        "about",
        "around",
        "than",
    )
)
_N = _ROUGHLY + r"(?<![\w.,])(?P<n>\d{1,3}(?![.,]\d)|" + CARDINAL_RE + r")"
_PTS_NL = r"(?:wk-)?punt(?:en)?"  # "slechts één punt achter Hamilton"
_PTS_EN = r"(?:points?|pts)"
_N2 = _N.replace("(?P<n>", "(?P<n2>")  # the same number, in a second alternative of one pattern
_GAP = r"(?:\w+ ){0,2}"  # a word or two between: "nog maar", "dan ook"
_HAS_NL = r"\b(?:heeft|had|telt|telde|staat|stond|heb)"  # having a total, not scoring it
_HAS_EN = r"\b(?:has|had|have|sits|sat|is|was|stands|stood)"
_STANDS_NL = r"(?:staat|stond|ligt|lag)"  # a place in the standings, not points scored
# "by just two points", "by only 8 points": a gap told small (not "by about", which _N leaves out)
_SMALL_EN = r"(?:just |only |a mere )?"
# what a gap "is" after the other driver's name: "(op Hamilton) bedraagt nu drie punten", "(op leider
# Hamilton) inmiddels al 37 punten" (the verb told before: "al is zijn achterstand op ...")
_STANDS_AT_NL = (
    rf"(?:\s+in (?:het|de) [\w-]+)?\s+(?:(?:is|bedraagt|bedroeg|was) {_GAP}|(?:inmiddels|nu|nog|al)(?: al)? )"
)

#: (the text right before the other driver, the text right after him, direction). The points are in
#: either part; both parts are matched on the folded sentence.
RULES: tuple[tuple[str, str, str], ...] = (
    # Dutch
    (rf"voorsprong {_GAP}van {_N} {_PTS_NL} {_GAP}op (?:de |het )?", "", "ahead"),
    (rf"{_N} {_PTS_NL} {_GAP}voorsprong {_GAP}op (?:de |het )?", "", "ahead"),
    # ("die weer 5 punten voor staat op Vettel": the verb of standing between)
    (rf"{_N} {_PTS_NL} {_GAP}voor (?:{_STANDS_NL} )?op (?:de |het )?", "", "ahead"),
    # "Hamilton staat nu drie punten voor Verstappen": ahead of the one named, with a verb of standing (not
    # "kreeg drie punten voor zijn zege")
    (rf"\b{_STANDS_NL} (?:\w+ ){{0,2}}{_N} {_PTS_NL} voor (?:de |het )?", "", "ahead"),
    # ("staat Leclerc 34 punten achter op de Nederlander": "op" after "achter")
    (rf"{_N} {_PTS_NL} {_GAP}achter (?:op )?(?:de |het )?", "", "behind"),
    # "heeft 5 punten meer dan Leclerc": a total compared; points scored in one race ("scoorde 5 punten
    # meer dan") are no standing, so the verb must be one of having
    (rf"{_HAS_NL} (?:\w+ ){{0,3}}{_N} {_PTS_NL} meer dan (?:de |het )?", "", "ahead"),
    (rf"{_HAS_NL} (?:\w+ ){{0,3}}{_N} {_PTS_NL} minder dan (?:de |het )?", "", "behind"),
    (rf"achterstand {_GAP}van {_N} {_PTS_NL} {_GAP}op (?:de |het )?", "", "behind"),
    # ("kijkt tegen dertig punten achterstand aan op Hamilton": "aan" between)
    (rf"{_N} {_PTS_NL} {_GAP}achterstand {_GAP}(?:aan )?op (?:de |het )?", "", "behind"),
    (r"achterstand (?:\w+ ){0,2}op (?:de |het )?", rf"{_STANDS_AT_NL}{_N} {_PTS_NL}", "behind"),
    (r"voorsprong (?:\w+ ){0,2}op (?:de |het )?", rf"{_STANDS_AT_NL}{_N} {_PTS_NL}", "ahead"),
    # "het verschil met zijn naaste belager Hamilton is slechts één punt": a gap, its side not told
    (r"verschil (?:\w+ ){0,2}met (?:de |het )?", rf"{_STANDS_AT_NL}{_N} {_PTS_NL}", "between"),
    # "slaat een gat van 93 punten met Pérez": a gap, its side not told
    (rf"(?:gat|kloof) {_GAP}van {_N} {_PTS_NL} {_GAP}(?:met|op) (?:de |het )?", "", "between"),
    # "wist met een voorsprong van 146 punten Leclerc achter zich te laten": the one left behind after it
    (rf"met een voorsprong {_GAP}van {_N} {_PTS_NL} (?:op )?", r"\s+achter zich\b", "ahead"),
    # English
    # ("leads the German driver by 70 points": an epithet with its article)
    (
        r"\blead(?:s|ing)? (?:the (?:championship|standings) )?(?:over )?(?:the )?",
        rf"\s+by {_SMALL_EN}{_N} {_PTS_EN}",
        "ahead",
    ),
    # ("a 14-point lead in the championship over Hamilton": the standings named between)
    (
        # ("holds a 73-point championship lead over Bottas")
        rf"{_N}[- ]{_PTS_EN} (?:championship |title |points )?(?:lead|advantage|cushion|buffer) "
        r"(?:in the [\w' ]{0,30}?(?:championship|standings) )?over (?:the )?",
        "",
        "ahead",
    ),
    # "with a margin of 87 points over his team-mate Bottas"
    (rf"\b(?:lead|advantage|margin|cushion) of {_N} {_PTS_EN} over (?:the )?", "", "ahead"),
    (rf"{_N} {_PTS_EN} (?:clear of|ahead of) (?:the )?", "", "ahead"),
    (r"lead over (?:the )?", rf"\s+(?:is|stands at|of|to|at) {_GAP}{_N} {_PTS_EN}", "ahead"),
    (
        rf"\blead (?:in the [\w' ]{{0,30}}?(?:championship|standings) )?(?:is|stands at|now) (?:up to |now )?"
        rf"{_N} {_PTS_EN} over (?:the )?",
        "",
        "ahead",
    ),
    (rf"{_N} {_PTS_EN} (?:behind|adrift of|short of|back from) (?:the )?", "", "behind"),
    # ("trails Magnussen by a sizeable 19 points": a word of size between)
    (r"\btrail(?:s|ed|ing)? ", rf"\s+by (?:an? )?(?:[a-z]+ )?{_N} {_PTS_EN}", "behind"),
    # "leads by 62 points over Bottas", "leads the Drivers' Championship by 36 points from Bottas"
    (
        rf"\blead(?:s|ing)? (?:the [\w' ]{{0,40}}?(?:championship|standings) )?"
        rf"by {_N} {_PTS_EN} (?:over|from) (?:the )?",
        "",
        "ahead",
    ),
    # "has a 27-point gap to Leclerc", "the gap to Bottas in the standings is now 39 points": its side not
    # told
    (rf"{_N}[- ]{_PTS_EN} (?:gap|difference|margin) (?:to|from|with) (?:the )?", "", "between"),
    (
        r"\bgap (?:to|from) (?:the )?",
        rf"(?:\s+in the [\w' ]{{0,30}}?(?:championship|standings))?"
        rf"\s+(?:is |stands at |stands to |now |at |just )+"
        rf"{_N} {_PTS_EN}",
        "between",
    ),
    (rf"{_HAS_EN} (?:\w+ ){{0,3}}{_N} (?:more {_PTS_EN}|{_PTS_EN} more) than (?:the )?", "", "ahead"),
    (
        rf"{_HAS_EN} (?:\w+ ){{0,3}}{_N} (?:(?:fewer|less) {_PTS_EN}|{_PTS_EN} (?:fewer|less))"
        r" than (?:the )?",
        "",
        "behind",
    ),
)
# "ligt 32 punten voor op titelverdediger Hamilton": a title may stand before the other driver's name
_TITLES = (
    r"titelverdediger|wereldkampioen|kampioen|titelrivaal|rivaal|teamgenoot|ploeggenoot|ploegmaat|"
    r"landgenoot|achtervolger|wk-leider|klassementsleider|leider|naaste belager|belager|concurrent|"
    r"defending champion|world champion|champion|championship leader|title rival|rival|team-?mate|compatriot|"
    r"leader"
)
_EPITHET = (
    r"(?:(?:zijn|haar|his|her) )?"
    # ("op eerste achtervolger Leclerc", "over his nearest rival Bottas": which of them)
    r"(?:(?:eerste|naaste|grootste|nearest|closest|main|biggest) (?=(?:" + _TITLES + r") ))?"
    # ("op zijn Finse teamgenoot Bottas": a demonym's adjective before the title)
    rf"(?:[a-z]+s(?:ch)?e (?=(?:{_TITLES}) ))?"
    # ("over Mercedes team-mate Valtteri Bottas": the team before the title)
    r"(?:[a-z]+(?: bull| romeo| martin)?[ -](?=(?:team-?mate|teamgenoot|ploeggenoot|ploegmaat) ))?"
    # ("op nummer twee Verstappen": the one second in the standings)
    rf"(?:(?:{_TITLES}|nummer (?:twee|drie|vier|\d)|number (?:two|three|four|\d)|"
    r"[a-z]+(?: bull| romeo| martin)?'s) )?"
)
_BEFORE = [(re.compile(b + _EPITHET + r"$"), re.compile(a) if a else None, d) for b, a, d in RULES]
# "vergrootte zijn voorsprong op Bottas in het WK tot 69 punten": a gap changed to its new size, told done
_CHANGED_RE = re.compile(
    r"\b(?:vergrootte|vergroot|verhoogde|verdubbelde|bouwde|bouwt|uitbouwt|uitbouwde|uit te bouwen|"
    r"uitgebouwd|breidde|breidt|uitbreidt|"
    r"verkleinde|verkleind|verkleint|extended|extends|extend|extending|stretched|stretches|stretch|stretching|increased|"
    # the gap itself changing: "zijn achterstand op Piastri loopt op tot 34 punten", "his deficit to Piastri
    # grows to 34 points"
    r"loopt|liep|oploopt|opliep|oplopen|groeit|groeide|slinkt|slonk|grows|grew|shrinks|shrank)\b"
)
_CHANGED_TO_RE = re.compile(
    # ("... over Verstappen in the Drivers' Championship to 37 points": a word with its apostrophe between)
    # ("op Charles Leclerc (Ferrari) vergroot tot 116 punten": the team in brackets after the name)
    rf"(?:\s+\([\w -]+\))?(?:\s+[\w'’-]+){{0,5}}\s+(?:tot|to|naar)\s+"
    rf"(?:(?:maar )?liefst |slechts |just |only )?{_N} "
    rf"(?:{_PTS_NL}|{_PTS_EN})\b"
)
_CHANGED_RULES = [
    (
        re.compile(r"(?:voorsprong|lead) (?:\w+ ){0,2}(?:op|over) (?:de |het |the )?" + _EPITHET + "$"),
        "ahead",
    ),
    # "heeft zijn achterstand op Hamilton verkleind tot veertien punten", "his deficit to Piastri grows to"
    (
        re.compile(
            r"(?:achterstand (?:\w+ ){0,2}op|deficit (?:\w+ ){0,2}to) (?:de |het |the )?" + _EPITHET + "$"
        ),
        "behind",
    ),
]
# "has cut Hamilton's title lead to just three points": the one named leads the subject by that
_CUT_BEFORE_RE = re.compile(
    r"\b(?:cut|cuts|cutting|trimmed|trims|trim|reduced|reduces|reduce|slashed|slashes|slash) (?:the )?$"
)
_CUT_AFTER_RE = re.compile(
    r"(?:'s?)?\s*(?:(?:title|championship|points) )?(?:lead|advantage) "
    r"(?:in the [\w' ]{0,30}?(?:championship|standings) )?"
    rf"(?:down )?to (?:just |only )?{_N} {_PTS_EN}\b"
)
# "bouwt zijn voorsprong in het WK uit tot twaalf punten": his lead, over no one named
_CHANGED_LEAD_RE = re.compile(
    # ("heeft de marge in de titelstrijd vergroot tot 21 punten": the margin of the one who leads)
    # ("extend his title lead to 21 points": a word of the title race before the lead)
    # ("extend his lead at the top to 50 points", "extended the driver's championship lead to 50 points",
    # "extended his lead in the drivers' standings to 80 points")
    r"\b(?:zijn|haar|his|her|de|the) (?:(?:formula one |formula 1 |f1 |world |drivers?(?:'s?|’s?)? )?"
    r"(?:championship|title|points|wk-) ?)?(?:voorsprong|lead|marge) "
    r"(?:in (?:het|de|the) [\w'’-]+ )?(?:[\w'’-]+ ){0,3}?"
    r"(?:tot|to|naar) "
    rf"(?:(?:maar )?liefst |slechts |just )?{_N} (?:{_PTS_NL}|{_PTS_EN})\b"
)
# "leads the championship by 55 points", "leidt het WK met 55 punten voorsprong": a lead over the rest
_LEADS = (
    # "leads the Drivers World Championship by 8 points", "who leads by eight points"
    re.compile(
        r"\b(?:leads?|leading|led) "
        r"(?:the [\w' ]{0,40}?(?:championship|standings|wdc|title race|points table) )?"
        rf"by {_N} {_PTS_EN}"
    ),
    # "retains his 47-point championship lead" (not "a 47-point lead over Leclerc": that rule names him)
    re.compile(
        rf"\b(?:his|her|a|the|retains?|holds?|keeps?) {_N}[- ]{_PTS_EN} "
        r"(?:championship |title |points )?lead\b(?! over)"
    ),
    # "moved 46 points clear at the top of the standings"
    re.compile(rf"\b{_N} {_PTS_EN} clear at the top of the (?:championship|standings|table|points table)"),
    re.compile(
        r"\b(?:leidt|leidde) (?:het (?:kampioenschap|wk|klassement)|de (?:wk-stand|stand)) "
        rf"met {_N} {_PTS_NL} voorsprong"
    ),
    # "Stand WK: Hamilton heeft een gaatje van 14 punten": a lead over the rest, in a line on the standings
    # ("neemt met P3 een voorsprong van zes punten in het WK": the lead he takes)
    re.compile(
        r"\b(?:heeft|had|neemt|nam|pakt|pakte) (?:[\w-]+ ){0,3}(?:een )?(?:gaatje|voorsprong|kloof) "
        rf"van {_N} {_PTS_NL}\b(?! (?:op|met|voor)\b)"
    ),
    # "is 136 points clear of the rest of the field"
    re.compile(rf"\b{_N} {_PTS_EN} clear of the (?:rest(?: of the field)?|field|chasing pack|pack)\b"),
    # "Verstappen heeft 14 punten voorsprong, met nog drie races te gaan"
    re.compile(rf"\b(?:heeft|had) (?:nu |al |nog )?{_N} {_PTS_NL} voorsprong\b(?! (?:op|met|voor)\b)"),
)
_HAVING = ("heeft", "had", "neemt", "nam", "pakt", "pakte")
#: ``other_label`` of a gap told behind no one named ("staat tweede met een achterstand van 104 punten"):
#: the championship's leader, whom :func:`to_the_leader` names from the article
LEADER = "leader"
# "staat tweede met een achterstand van 104 punten", "is derde met 106 punten achterstand": a place in the
# standings with its gap to the leader (not "met een achterstand van 20 seconden", not "... op Hamilton")
# ("blijft derde in het kampioenschap, met 104 punten achterstand op de leider": the standings named, a
# comma, and the leader by his title)
_BEHIND_LEADER_RE = re.compile(
    rf"\b(?:staat|stond|is|was|blijft|bleef)\s+(?:nu\s+|nog\s+|nog steeds\s+)?(?:{ORDINAL_RE})"
    r"(?:\s+in (?:het|de) [\w-]+)?,?\s+met\s+"
    rf"(?:een achterstand van {_N} {_PTS_NL}|{_N2} {_PTS_NL} achterstand)\b"
    r"(?:\s+op de (?:leider|koploper|klassementsleider|wk-leider)\b)?(?!\s+(?:op|met|tot)\b)"
)
# "is 104 points off the lead", "now 20 points behind the championship leader", "ligt 30 punten achter de
# leider": a gap to the leader, who is not named
_OFF_THE_LEAD_RE = re.compile(
    rf"\b(?:is|was|sits|sat|lies|lay|remains|stays|ligt|lag|staat|stond|blijft)\s+(?:now\s+|still\s+|nu\s+|nog\s+)?"
    rf"(?:{_N} {_PTS_EN}\s+(?:off the lead|off the top|behind the (?:championship |title |standings )?leader|"
    rf"adrift of the (?:championship |title )?lead(?:er)?)"
    rf"|{_N2} {_PTS_NL}\s+achter (?:de|het) (?:leider|koploper|klassementsleider|wk-leider|leiding))\b"
)
# "heeft zijn achterstand in het WK verkleind tot veertien punten": his gap to the leader, told done
_CHANGED_DEFICIT_RE = re.compile(
    r"\b(?:zijn|haar|his|her) (?:(?:championship |title |points |wk-) ?)?(?:achterstand|deficit) "
    r"(?:in (?:het|de|the) [\w-]+ )?(?:[\w-]+ ){0,2}(?:tot|to|naar) "
    rf"(?:(?:maar )?liefst |slechts |just |only )?{_N} (?:{_PTS_NL}|{_PTS_EN})\b"
)
_STANDINGS_WORD_RE = re.compile(
    r"\b(?:wk|kampioenschap|wk-stand|stand|klassement|tussenstand|races? te gaan|wedstrijden te gaan)\b"
)
# A gap he may reach, or needs, is no gap: "kan zijn voorsprong uitbreiden", "could cut the gap".
_NOT_RE = re.compile(
    # ("held a 40-point lead over the champion once": a gap of before)
    r"\b(?:once(?! again| more)|at one (?:point|stage)|ooit|aanvankelijk|"
    r"kan|kon|zou|moet|moest|wil|wilde|could|would|can|must|needs?|needed|tot|uitbreiden|verkleinen|"
    r"maximaal|maximum|minstens|at least|up to|if|als|wanneer|zodra|"
    # a gap hoped for: "hopes to extend his lead to 30 points"
    r"hopes?|hoping|aims?|aiming|wants|wanted|hoopt|hoopte|probeert|probeerde|tries|trying)\b"
)
_WINDOW = 90  # how far before the other driver a rule looks
# "now has 403 points, 63 more than Norris", "heeft nu 403 punten, 63 meer dan Norris": a total, a comma and
# the gap to the one named right after
_TOTAL_THEN_GAP_RE = re.compile(
    rf"(?:{_HAS_EN}|{_HAS_NL}) (?:\w+ ){{0,3}}\d{{1,3}} (?:{_PTS_EN}|{_PTS_NL}), {_N} "
    r"(?P<dir>more|fewer|less|meer|minder) (?:than|dan) (?:the |de |het )?$"
)
# the gap a driver took into a race, not the one he has after it: "begon de race met een voorsprong van",
# "went into the weekend with a 33-point lead", "voor de race had hij"
_BEFORE_THE_RACE_RE = re.compile(
    r"\b(?:begon|begint|startte|ging|gingen)\b[^.;]{0,60}\bmet (?:een )?(?:voorsprong|achterstand)\b"
    r"|\b(?:went|going|came|coming|headed|heading) into (?:the |this |that )?(?:race|weekend|grand prix|gp)\b"
    r"|\b(?:voor|before|ahead of) (?:de|het|the) (?:race|weekend|start)\b"
)
# "het verschil tussen de twee bedraagt 104 punten", "the gap between Norris and Piastri is 12 points":
# a gap without a side, told of a pair
_BETWEEN_RE = re.compile(
    r"\b(?:verschil|kloof|gat|gap|difference|margin)\s+(?:in (?:de|het|the) [\w-]+\s+)?(?:tussen|between)\s+$"
)
# "with 20 points between him and Verstappen", "met 12 punten verschil tussen Verstappen en Hamilton"
_N_BETWEEN_RE = re.compile(rf"{_N} (?:{_PTS_EN}|{_PTS_NL}) (?:verschil )?(?:between|separating|tussen)\s+$")
_GROWN_TO_RE = re.compile(
    r"\b(?:opgelopen|gegroeid|geslonken|teruggelopen|gestegen|gedaald|grown|risen|shrunk|fallen) (?:tot|to)\b"
)
# "(lead over Bottas) was trimmed to 64", "(voorsprong op Bottas) slonk tot 64 punten": the gap it became
_CHANGED_AFTER_RE = re.compile(
    r"\s+(?:was |is |has been |have been |werd )?(?:\w+ )?(?:trimmed|cut|reduced|slashed|extended|"
    r"increased|stretched|grew|shrank|shrunk|verkleind|teruggebracht|vergroot|uitgebreid|geslonken|gegroeid|"
    r"slonk|groeide)"
    rf"\s+(?:to|tot|naar)\s+{_N}\b"
)
# the verb before the gap ("Daardoor is het verschil tussen Verstappen en Hamilton nog steeds drie punten",
# "Now the gap between Verstappen and Hamilton is ..."): the points follow the pair bare
_COPULA_BEFORE_RE = re.compile(
    r"\b(?:is|was|bedraagt|bedroeg)\s+(?:[\w-]+\s+){0,2}(?:het|de)\s+(?:verschil|kloof|gat)\s+"
    r"(?:in (?:de|het) [\w-]+\s+)?tussen\s+$"
)
_BARE_AFTER_RE = re.compile(
    rf"\s+(?:(?:nog steeds|nog altijd|nog|nu|inmiddels|weer|dus|dan ook|slechts|maar)\s+)?{_N}\s+{_PTS_NL}\b"
)
_BETWEEN_AFTER_RE = re.compile(
    r"\s+(?:(?:in (?:het|de|the) [\w-]+|now|nu|inmiddels)\s+)?"
    r"(?:bedraagt|bedroeg|is|was|stands at|stood at|of|(?:is |has )?(?:(?:inmiddels|nu|now|already|al) )?"
    r"(?:opgelopen|gegroeid|geslonken|teruggelopen|gestegen|gedaald|grown|risen|shrunk|fallen) (?:tot|to))\s+"
    rf"{_GAP}{_N}\s+(?:{_PTS_NL}|{_PTS_EN})\b"
    # the Dutch verb last, in a subordinate clause: "waardoor het gat tussen de twee nu 63 punten is"
    rf"|\s+(?:(?:nu|inmiddels|nog)\s+)?{_N2}\s+{_PTS_NL}\s+(?:is|bedraagt|was|bedroeg)\b"
)


def gaps(c: Clause) -> list[Fact]:
    """The points gaps the clause tells, one per other driver named."""
    clause = c.text
    if (
        "punt" not in clause
        and "point" not in clause
        and "pts" not in clause
        and not (("more than" in clause or "meer dan" in clause) and ("punt" in c.f or "point" in c.f))
    ):
        return []  # the substring test spares the rules for the many clauses without points
    changed = _CHANGED_RE.search(clause)
    if changed and not _NOT_RE.search(clause.replace(" tot ", " ").replace(" to ", " ")):
        return _changed(c)
    if _NOT_RE.search(_GROWN_TO_RE.sub(" ", clause)):
        return []  # (a gap "opgelopen tot vijftig punten" is told done, not one it may grow to)
    if _BEFORE_THE_RACE_RE.search(clause):
        return []  # "Waar hij de race nog begon met een voorsprong van 33 punten": the gap before it
    f, base = c.f, c.base
    out: list[Fact] = _between(c)
    # (read on the sentence, for a comma between the place and the gap; told once, in the clause it ends in)
    trails = next(
        (
            t
            for rx in (_BEHIND_LEADER_RE, _OFF_THE_LEAD_RE)
            for t in (rx.finditer(c.f) if ("achterstand" in clause) == (rx is _BEHIND_LEADER_RE) else ())
            if c.base < t.end() <= c.base + len(clause)
        ),
        None,
    )
    if trails and c.subject and len(c.subject) == 1:
        amount = _points(trails.group("n") or trails.group("n2"))
        if amount:
            out.append(_to_leader(c.subject[0], c.index, amount))
    lead = next((x for r in _LEADS if (x := r.search(clause))), None)
    if lead and lead.group(0).startswith(_HAVING) and not _STANDINGS_WORD_RE.search(c.f):
        lead = None  # "heeft een voorsprong van 14 punten" only about the standings is the title lead
    if lead and c.subject and not _NOT_RE.search(clause):
        amount = _points(lead.group("n"))
        if amount:
            out.append(
                Fact("points_gap", c.subject[0], c.index, amount=amount, detail="ahead", session="season")
            )
    for m in c.mentions:
        if m.group or len(m.drivers) != 1 or owns_next_person(f, m):
            continue  # ("two points ahead of Verstappen's teammate Perez": the owner is not the one compared)
        before_text = f[max(base, m.start - _WINDOW) : m.start]
        cut = (
            _CUT_AFTER_RE.match(f, m.end, base + len(clause)) if _CUT_BEFORE_RE.search(before_text) else None
        )
        behind = [d for d in c.subject if d != m.drivers[0]] if cut else []
        if cut and behind and (amount := _points(cut.group("n"))):
            out.append(
                Fact(
                    "points_gap",
                    m.drivers[0],
                    c.index,
                    others=(behind[0],),
                    amount=amount,
                    detail="ahead",
                    session="season",
                )
            )
            continue
        total_then = _TOTAL_THEN_GAP_RE.search(f, max(0, m.start - _WINDOW), m.start)
        who_then = [d for d in c.subject if d != m.drivers[0]]
        if total_then and who_then and (amount := _points(total_then.group("n"))):
            # "now has 403 points, 63 more than Norris": the gap after his total and a comma (a clause of
            # its own)
            direction = "ahead" if total_then.group("dir") in ("more", "meer") else "behind"
            out.append(_gap(who_then[0], c.index, m.drivers, amount, direction))
            continue
        for before, after, direction in _BEFORE:
            bm = before.search(before_text)
            if bm is None:
                continue
            n = bm.group("n") if "n" in bm.groupdict() and bm.group("n") else None
            if after is not None:
                am = after.match(f, m.end, base + len(clause))
                if am is None:
                    continue
                n = am.group("n") if "n" in am.groupdict() else n  # (the points before the name, else after)
            trimmed = _CHANGED_AFTER_RE.match(f, m.end, base + len(clause))
            if trimmed is not None:
                n = trimmed.group(
                    "n"
                )  # "Hamilton's 73-point lead over Bottas was trimmed to 64": what it became
            amount = _points(n)
            if amount is None:
                continue
            start = m.start - len(before_text) + bm.start()
            who = [d for d in owner_left(c, start) if d != m.drivers[0]]
            if not who and _PUTS_HIM_RE.search(f, max(base, start - 30), start):
                # "The victory by Hamilton now puts him 50 points ahead of Vettel": "him" is the one named
                # before it
                who = [x.drivers[0] for x in c.mentions if x.end <= start and _one(x)]
                who = [d for d in who[-1:] if d != m.drivers[0]]
            elif (not who or who == [m.drivers[0]]) and _VERB_OPENS_RE.match(c.text):
                # "Norris werd derde en staat nu zes punten voor Piastri": a clause that opens with its verb
                # goes on with the one named before it
                told = [x for x in c.sentence.mentions if x.end <= base and _one(x)]
                who = [d for d in told[-1].drivers if d != m.drivers[0]] if told else []
            for d in who[:1]:
                out.append(_gap(d, c.index, m.drivers, amount, direction))
            break
    return out


def _changed(c: Clause) -> list[Fact]:
    """ "vergrootte zijn voorsprong op Bottas tot 69 punten": the gap it became."""
    f, base = c.f, c.base
    for m in c.mentions:
        if m.group or len(m.drivers) != 1 or owns_next_person(f, m):
            continue  # ("two points ahead of Verstappen's teammate Perez": the owner is not the one compared)
        before_text = f[max(base, m.start - _WINDOW) : m.start]
        for before, direction in _CHANGED_RULES:
            bm = before.search(before_text)
            am = _CHANGED_TO_RE.match(f, m.end, base + len(c.text)) if bm else None
            amount = _points(am.group("n")) if am else None
            who = [d for d in c.subject if d != m.drivers[0]]
            if amount and who:
                return [_gap(who[0], c.index, m.drivers, amount, direction)]
    deficit = _CHANGED_DEFICIT_RE.search(c.text)
    if deficit and c.subject and len(c.subject) == 1 and not _told_by_pronoun(c):
        amount = _points(deficit.group("n"))
        return [_to_leader(c.subject[0], c.index, amount)] if amount else []
    lead = _CHANGED_LEAD_RE.search(c.text)
    if lead and lead.group(0).startswith("de ") and _TEAM_WORD_RE.search(c.f):
        lead = None  # "heeft de formatie van Toto Wolff de voorsprong vergroot": the team's lead
    amount = _points(lead.group("n")) if lead else None
    if lead is None or not amount or not c.subject or len(c.subject) != 1 or _told_by_pronoun(c):
        return []
    # "Bottas won the sprint as Verstappen extended his championship lead to 21 points": his lead is the one
    # named last before it, not the clause's first subject
    at = c.base + lead.start()
    holders = [
        m for m in c.mentions if m.end <= at and not m.group and not m.is_object and len(m.drivers) == 1
    ]
    holder = holders[-1].drivers[0] if holders else c.subject[0]
    return [Fact("points_gap", holder, c.index, amount=amount, detail="ahead", session="season")]


def _one(m: Mention) -> bool:
    return len(m.drivers) == 1 and not m.group


_VERB_OPENS_RE = re.compile(rf"{_HAS_NL}\b|{_STANDS_NL}\b")  # a verb of having or standing, opening it
_PUTS_HIM_RE = re.compile(
    r"\b(?:puts?|putting|leaves?|leaving|left|brings?|bringing|brought|takes?|taking|took|moves?|moved|"
    r"zet|zette|brengt|bracht) (?:him|her|hem|haar) (?:now |nu )?$"
)
_TEAM_WORD_RE = re.compile(r"\b(?:formatie|team|teams|renstal|ploeg|stal|constructeurs|constructors)\b")


def _told_by_pronoun(c: Clause) -> bool:
    """Whether the clause's subject is only a pronoun ("waarmee hij zijn voorsprong uitbouwt"): a lead over
    nobody named is then not sure to be his (unless the sentence opened with him by name: "Hamilton finished
    fourth - but he was a place ahead of Bottas so extends his title lead to 65 points")."""
    own = [m for m in c.mentions if not m.is_object and set(m.drivers) == set(c.subject)]
    by_pronoun = bool(own) and all(PRONOUN_RE.fullmatch(m.label) or m.label in _POSSESSIVES for m in own)
    if not by_pronoun:
        return False
    opening = next((m for m in c.sentence.mentions if m.end <= c.base and not m.is_object), None)
    return not (
        opening is not None
        and not opening.group
        and set(opening.drivers) == set(c.subject)
        and not PRONOUN_RE.fullmatch(opening.label)
    )


_POSSESSIVES = frozenset({"zijn", "his", "haar", "her"})


def _between(c: Clause) -> list[Fact]:
    """A gap without a side between the pair right after "verschil tussen" / "gap between": a group of two
    ("de twee", "them") or two names joined by "en"/"and". ``detail`` is "between"."""
    f, base = c.f, c.base
    ms = c.mentions
    for i, m in enumerate(ms):
        told_before = _N_BETWEEN_RE.search(f, max(base, m.start - 45), m.start)
        if not told_before and not _BETWEEN_RE.search(f, max(base, m.start - 45), m.start):
            continue
        if told_before and m.group:
            continue  # "scored 43 points between them": a haul of two, not a gap
        if m.group and len(m.drivers) == 2:
            pair, end = m.drivers, m.end
        elif (
            not m.group
            and len(m.drivers) == 1
            and i + 1 < len(ms)
            and len(ms[i + 1].drivers) == 1
            and PAIR_JOIN_RE.fullmatch(f, m.end, ms[i + 1].start)
        ):
            pair, end = (m.drivers[0], ms[i + 1].drivers[0]), ms[i + 1].end
        else:
            return []
        if told_before:
            # "with 20 points between him and Verstappen": the points told before the pair
            amount = _points(told_before.group("n"))
            if amount is None or pair[0] == pair[1]:
                return []
            return [_gap(pair[0], c.index, pair[1:], amount, "between")]
        am = _BETWEEN_AFTER_RE.match(f, end, base + len(c.text))
        if am is None and _COPULA_BEFORE_RE.search(f, max(0, m.start - 70), m.start):
            am = _BARE_AFTER_RE.match(f, end, base + len(c.text))
        amount = _points(am.group("n") or am.groupdict().get("n2")) if am else None
        if am is None or amount is None or pair[0] == pair[1]:
            return []
        gap = Fact(
            "points_gap", pair[0], c.index, others=pair[1:], amount=amount, detail="between", session="season"
        )
        return [gap, *_pair_totals(f, am.end(), pair, amount, c.index)]
    return []


# "... bedraagt nu 6 punten (110 om 104)", "opgelopen tot vijftig punten: 306 om 256": the pair's totals, in
# the pair's order
_PAIR_TOTALS_RE = re.compile(r"\s*[:(]\s*(\d{1,3})\s+(?:om|tegen|to|against|-)\s+(\d{1,3})\b")


def _pair_totals(f: str, at: int, pair: tuple[str, ...], gap: int, index: int) -> list[Fact]:
    m = _PAIR_TOTALS_RE.match(f, at)
    if m is None:
        return []
    first, second = int(m.group(1)), int(m.group(2))
    if abs(first - second) != gap:
        return []  # the figures must be the gap's own: two other numbers are not the pair's totals
    return [
        Fact("points", pair[0], index, session="season", amount=first),
        Fact("points", pair[1], index, session="season", amount=second),
    ]


def _points(n: str | None) -> int | None:
    if not n:
        return None
    return int(n) if n.isdigit() else cardinal_value(n)


def _gap(holder: str, index: int, others: tuple[str, ...], amount: int, direction: str) -> Fact:
    """The gap in points of ``holder`` to ``others`` ("ahead", "behind" or "between"), in the standings."""
    return Fact("points_gap", holder, index, others=others, amount=amount, detail=direction, session="season")


def _to_leader(driver: str, index: int, amount: int) -> Fact:
    return Fact(
        "points_gap", driver, index, amount=amount, detail="behind", session="season", other_label=LEADER
    )


_LEADER_REACH = 2  # sentences before a gap to the leader where the article may name him
_FIRST_ROW_RE = re.compile(r"\s*(?:1\s*[.)]|p1\b)")  # a standings list's first row


def to_the_leader(facts: list[Fact], folded: list[str]) -> list[Fact]:
    """A gap told behind no one named is behind the championship's leader the article names in that
    sentence or the two before it ("Verstappen leidt het kampioenschap. Leclerc staat tweede met een
    achterstand van 104 punten"); without one leader named there, it goes."""
    if not any(x.kind == "points_gap" and x.other_label == LEADER for x in facts):
        return facts
    leaders = [(x.sentence, x.driver) for x in facts if x.kind == "championship" and x.position == 1]
    # ("1. Oscar Piastri, McLaren, 309 points ... Verstappen is 104 points off the lead": the one leader of
    # the standings list the article gives, further up; one told in words goes out of reach)
    only = {d for _, d in leaders}
    listed = [i for i, _ in leaders if _FIRST_ROW_RE.match(folded[i])]
    out = []
    for x in facts:
        if x.kind == "points_gap" and x.other_label == LEADER:
            named = {d for i, d in leaders if x.sentence - _LEADER_REACH <= i <= x.sentence}
            if not named and len(only) == 1 and any(i < x.sentence for i in listed):
                named = only
            if len(named) != 1 or x.driver in named:
                continue
            x = replace(x, others=(next(iter(named)),), other_label=None)
        out.append(x)
    return out
