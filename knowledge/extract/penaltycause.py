"""Why a driver was disqualified or sent back on the grid, told beside the penalty rather than with its "voor"
or "because": the finding about his car ("de vloer ... was niet conform de regels", "the car's floor was not
in compliance with technical regulations", "te weinig benzine in de tank", "could not extract the necessary
fuel sample"), or the new parts he takes ("zal een nieuwe motor gebruiken", "omdat hij van motor wisselt",
"taking a new engine").

A disqualification or grid penalty that no other rule gave a reason takes the cause of its kind told nearest
to it in the article:
- in its own sentence ("was disqualified when officials could not extract the fuel sample from his car,
  promoting Sainz", "moet de pole aan Verstappen laten omdat hij van motor wisselt"): the clause of the
  cause, from the word that opens it to what it led to;
- in a sentence near it about him: named by his surname (at most ``_NAMED_REACH`` sentences away), or the
  lead of the sentence ("Hij", "De Brit"; at most ``_REACH`` away), or, when he is the only driver the
  article disqualifies, one that tells a
  disqualification ("..., wat resulteerde in een diskwalificatie"); the article's opening sentence too,
  wherever the penalty stands.

A cause told as a condition ("Should the stewards find that ...", "Als hij een nieuwe motor zou nemen") is
no reason, and neither is one in a sentence that penalises someone else.
"""

from __future__ import annotations

import re
from dataclasses import replace

from knowledge.extract.clauses import CONDITION_OPENING_RE
from knowledge.extract.model import Fact
from knowledge.extract.penalties import DSQ_WORD_RE
from knowledge.extract.phrases import Phrases, alt
from knowledge.text import Sentence

NL: Phrases = {
    # what the stewards found about the car
    "finding": (
        r"niet (?:\w+ ){0,3}(?:conform|volgens) (?:de|het) (?:\w+ ){0,2}(?:regels|reglement\w*)",
        r"niet aan (?:de|het|alle) (?:\w+ ){0,2}(?:regels|reglement\w*|eisen|voorschriften)\b"
        r"[^.;]{0,40}?\bvold\w*",
        r"vold\w* (?:\w+ ){0,4}niet (?:\w+ ){0,2}aan (?:de|het) (?:\w+ ){0,2}(?:regels|reglement\w*|eisen|"
        r"voorschriften)",
        r"in strijd met (?:de|het) (?:\w+ ){0,2}(?:regels|reglement\w*)",
        r"illega\w*",
        r"(?:was|bleek|bleken|waren) (?:\w+ ){0,4}te licht",
        r"ondergewicht",
        r"onder het minimumgewicht",
        r"te weinig (?:brandstof|benzine)",
        r"overmatig\w* (?:\w+ ){0,2}(?:brandstof|benzine)\w*",
        r"te veel (?:brandstof|benzine)",
        r"brandstofmonster\w*",
        r"meer dan (?:de |het )?toegesta(?:an|ne)",
        r"boven (?:de|het) (?:toegestane|maximale?|maximum)\w*",
        r"(?:overmatige|te veel|te grote) slijtage",
        r"slijtage (?:van|aan) (?:de|het) (?:plank|bodemplaat|skid\w*)",
    ),
    # new parts taken, beyond the season's allowance: why he goes back on the grid
    "parts": (
        r"(?:nieuwe|verse|extra|vijfde|zesde|vierde|derde) (?:\w+ )?(?:motor\w*|versnellingsbak\w*|"
        r"krachtbron\w*|"
        r"turbo\w*|mgu-[hk]|onderdelen|componenten|(?:power ?unit|pu)-?(?:elementen|onderdelen))",
        r"motorwissel\w*",
        r"(?:wissel|wisselt|wisselde|wisselen) (?:\w+ ){0,2}(?:van )?(?:motor|versnellingsbak|krachtbron)",
        r"van (?:motor|versnellingsbak|krachtbron) (?:\w+ )?(?:wissel\w*|verwissel\w*)",
        r"(?:boven|meer dan) (?:\w+ ){0,3}(?:toegestane|maximale?|maximum|toegelaten) (?:\w+ ){0,2}(?:aantal|"
        r"motoren|onderdelen|componenten|motorcomponenten|motoronderdelen)",
    ),
    # a finding that only would be
    "hypothetical": (r"zou", r"zouden", r"kan", r"kunnen", r"dreigt", r"mogelijk\w*"),
    # what opens the finding after the disqualification in its sentence
    "opener": (r"omdat", r"doordat", r"nadat", r"toen", r"want", r"aangezien"),
}
EN: Phrases = {
    "finding": (
        r"not in compliance",
        r"non-?complian\w*",
        r"(?:did not|didn't|does not|doesn't|failed to|fails to) (?:\w+ )?(?:comply|conform|adhere|meet)",
        r"breach\w* (?:of )?(?:the )?(?:\w+ )?(?:regulations|rules)",
        r"illegal\w*",
        r"infring\w*",
        r"underweight",
        r"(?:was|were|found|being) (?:\w+ ){0,2}too light",
        r"below the (?:minimum )?weight",
        r"(?:insufficient|not enough) fuel",
        r"fuel samples?",
        r"(?:excessive|too much) (?:\w+ )?fuel",
        r"fuel[- ]flow",
        r"more than (?:the |was )?(?:permitted|allowed|maximum)",
        r"exceed\w* the (?:permitted|allowed|maximum|limit)\w*",
        r"beyond the (?:permitted|allowed|legal)\w*",
        r"excessive (?:\w+ )?wear",
        r"(?:plank|skid ?blocks?) wear",
    ),
    "parts": (
        r"(?:new|fresh|additional|extra|fourth|fifth|sixth) (?:\w+ ){0,2}(?:engine|power ?unit|gearbox|"
        r"turbo\w*|mgu-[hk]|energy store|control electronics|"
        r"(?:pu|power unit|engine) (?:elements?|components?|parts?))",
        r"(?:engine|gearbox|power ?unit) (?:change|swap)",
        r"exceed\w* (?:his|the|their) (?:\w+ )?(?:allocation|allowance|quota|limit)",
    ),
    "hypothetical": (r"would", r"could be", r"might", r"faces?", r"facing", r"risk\w*"),
    "opener": (r"when", r"because", r"after", r"as", r"since", r"for"),
}

_FINDING_RE = re.compile(r"\b(?:" + alt(NL["finding"], EN["finding"]) + r")")
_PARTS_RE = re.compile(r"\b(?:" + alt(NL["parts"], EN["parts"]) + r")")
#: the cause each kind of penalty takes
_CAUSE_RES = {"disqualification": _FINDING_RE, "grid": _PARTS_RE}
_HYPOTHETICAL_RE = re.compile(r"\b(?:" + alt(NL["hypothetical"], EN["hypothetical"]) + r")\b")
_OPENER_RE = re.compile(r"[\s,]*\b(?:" + alt(NL["opener"], EN["opener"]) + r")\b\s*")
# the disqualification in its own sentence: the penalty table's words for one
# what the finding led to, after its clause: ", promoting Sainz", ", waardoor Ocon ..."
_LED_TO_RE = re.compile(r"[,;]\s*(?:\w+ing\b|waardoor|waarna|which|wat|and so|en dus)|[;:]|\s[-–—]\s")
# a cause denied: "niet vanwege", "not because of"
_DENIED_RE = re.compile(
    r"\b(?:not|niet)\s+(?:"
    + alt(NL["opener"], EN["opener"], ("vanwege", "wegens", "door", "due to"))
    + r")\b"
)
# what was alleged, confirmed: "bleek dat ook daadwerkelijk het geval", "this was confirmed"
_CONFIRMED_RE = re.compile(
    r"\b(?:bleek (?:\w+ ){0,4}(?:daadwerkelijk|inderdaad|wel degelijk)|bevestigd\w*|confirmed|was indeed|"
    r"proved to be the case)\b"
)
_REACH = 5  # the most sentences between a penalty and the cause that explains it, told of "him"
_NAMED_REACH = 10  # ... and told of him by name


def attach(
    facts: list[Fact],
    sentences: list[Sentence],
    folded: list[str],
    leads: dict[int, tuple[str, ...]],
    told_of: dict[int, frozenset[str]] | None = None,
) -> list[Fact]:
    """Disqualifications and grid penalties without a reason, with the cause told nearest (see the module)."""
    if not any(_open(x) for x in facts):
        return facts
    penalised: dict[int, set[str]] = {}
    for x in facts:
        if x.kind == "penalty" and x.driver:
            penalised.setdefault(x.sentence, set()).add(x.driver)
    # one driver disqualified in the article: a sentence that tells a disqualification is his
    alone = {x.driver for x in facts if x.kind == "penalty" and x.penalty == "disqualification"}
    out: list[Fact] = []
    for x in facts:
        if _open(x):
            only_one = x.penalty == "disqualification" and alone == {x.driver}
            reason = _cause_for(x, sentences, folded, leads, told_of or {}, penalised, only_one)
            if reason:
                x = replace(x, reason=reason)
        out.append(x)
    return out


def _open(x: Fact) -> bool:
    """Whether ``x`` is a penalty of a kind this module explains, given to a driver, without a reason."""
    return x.kind == "penalty" and x.penalty in _CAUSE_RES and not x.reason and bool(x.driver)


def _cause_for(
    x: Fact,
    sentences: list[Sentence],
    folded: list[str],
    leads: dict[int, tuple[str, ...]],
    told_of: dict[int, frozenset[str]],
    penalised: dict[int, set[str]],
    only_one: bool,
) -> str | None:
    """The cause that explains the penalty ``x``: in its sentence, else the nearest about him (or, when
    ``only_one`` driver is disqualified in the article, the nearest that tells a disqualification)."""
    cause_re = _CAUSE_RES[x.penalty or ""]
    own = _cause_in_own(
        folded[x.sentence], sentences[x.sentence].text, cause_re, x.penalty == "disqualification"
    )
    if own:
        return own
    i = x.sentence
    # (and the article's opening sentence, which tells what the article is about)
    reach = {*range(max(0, i - _NAMED_REACH), min(len(sentences), i + _NAMED_REACH + 1)), 0} - {i}
    near = sorted(reach, key=lambda j: (abs(j - i), j < i))  # the nearest; after it before before it
    surname = x.driver.rsplit("_", 1)[-1]
    for j in near:
        fs = folded[j]
        if not cause_re.search(fs) or (_conditional(fs) and not _confirmed_after(folded, j)):
            continue
        if penalised.get(j, set()) - {x.driver}:
            continue  # a sentence that penalises someone else tells his why
        if re.search(r"\b" + re.escape(surname) + r"\b", fs) or (
            (abs(j - i) <= _REACH or j == 0)
            and (
                leads.get(j) == (x.driver,)
                or told_of.get(j) == frozenset((x.driver,))  # ("Er liep een onderzoek naar de Fransman, die")
                or (only_one and DSQ_WORD_RE.search(fs) is not None)
            )
        ):
            told: str = sentences[j].text
            return told.strip().rstrip(".")
    return None


def _cause_in_own(fs: str, orig: str, cause_re: re.Pattern[str], after_dsq: bool) -> str | None:
    """ "was disqualified when officials could not extract the fuel sample from his car, promoting ...": the
    cause's clause (after the disqualification, for one), from its opening word to what it led to."""
    start = 0
    if after_dsq:
        dsq = DSQ_WORD_RE.search(fs)
        if dsq is None:
            return None
        start = dsq.end()
    found = cause_re.search(fs, start)
    if found is None or _conditional(fs):
        return None
    opener = None
    for m in _OPENER_RE.finditer(fs, start, found.start()):
        opener = m  # (the last before the cause)
    if opener is None:
        return None
    led = _LED_TO_RE.search(fs, found.end())
    end = led.start() if led else len(fs)
    text = orig[opener.end() : end].strip(" ,.")
    return text if len(text.split()) >= 3 else None


def _confirmed_after(folded: list[str], j: int) -> bool:
    """Whether the sentence after ``j`` confirms what it alleged ("... zou hebben gebruikt. Na onderzoek bleek
    dat ook daadwerkelijk het geval te zijn")."""
    return j + 1 < len(folded) and _CONFIRMED_RE.search(folded[j + 1]) is not None


def _conditional(fs: str) -> bool:
    """Whether the folded sentence tells a cause that only would be ("Should the stewards find ..."), or one
    denied ("though not because of a new engine")."""
    return (
        CONDITION_OPENING_RE.match(fs) is not None
        or _HYPOTHETICAL_RE.search(fs) is not None
        or _DENIED_RE.search(fs) is not None
    )
