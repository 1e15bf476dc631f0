"""Why a driver was disqualified, told beside the disqualification rather than with its "voor" or "because":
the finding about his car ("de vloer ... was niet conform de regels", "the car's floor was not in compliance
with technical regulations", "te weinig benzine in de tank", "could not extract the necessary fuel sample").

A disqualification that no other rule gave a reason takes the finding told nearest to it in the article:
- in its own sentence, after it ("was disqualified when officials could not extract the fuel sample from his
  car, promoting Sainz"): the clause of the finding, without what it led to;
- in a sentence near it (at most ``_REACH`` sentences away) about him: named by his surname, or the lead of
  the sentence ("Hij", "De Brit"), or, when he is the only driver the article disqualifies, one that tells a
  disqualification ("..., wat resulteerde in een diskwalificatie"); the article's opening sentence too,
  wherever the disqualification stands.

A finding told as a condition ("Should the stewards find that ...", "Als de vloer ... zou blijken") is no
reason, and neither is one in a sentence that disqualifies or penalises someone else.
"""

from __future__ import annotations

import re
from dataclasses import replace

from knowledge.extract.clauses import CONDITION_OPENING_RE
from knowledge.extract.model import Fact
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
        r"brandstofmonster\w*",
        r"meer dan (?:de |het )?toegesta(?:an|ne)",
        r"boven (?:de|het) (?:toegestane|maximale?|maximum)\w*",
        r"(?:overmatige|te veel|te grote) slijtage",
        r"slijtage (?:van|aan) (?:de|het) (?:plank|bodemplaat|skid\w*)",
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
        r"more than (?:the |was )?(?:permitted|allowed|maximum)",
        r"exceed\w* the (?:permitted|allowed|maximum|limit)\w*",
        r"beyond the (?:permitted|allowed|legal)\w*",
        r"excessive (?:\w+ )?wear",
        r"(?:plank|skid ?blocks?) wear",
    ),
    "hypothetical": (r"would", r"could be", r"might", r"faces?", r"facing", r"risk\w*"),
    "opener": (r"when", r"because", r"after", r"as", r"since", r"for"),
}

_FINDING_RE = re.compile(r"\b(?:" + alt(NL["finding"], EN["finding"]) + r")")
_HYPOTHETICAL_RE = re.compile(r"\b(?:" + alt(NL["hypothetical"], EN["hypothetical"]) + r")\b")
_OPENER_RE = re.compile(r"[\s,]*\b(?:" + alt(NL["opener"], EN["opener"]) + r")\b\s*")
# the disqualification in its own sentence (kept here: the words that tell one, not who got it)
_DSQ_WORD_RE = re.compile(r"\b(?:diskwalific\w*|gediskwalificeerd|disqualif\w*|excluded)\b")
# what the finding led to, after its clause: ", promoting Sainz", ", waardoor Ocon ..."
_LED_TO_RE = re.compile(r"[,;]\s*(?:\w+ing\b|waardoor|waarna|which|wat|and so|en dus)|[;:]|\s[-–—]\s")
_REACH = 5  # the most sentences between a disqualification and the finding that explains it


def attach(
    facts: list[Fact],
    sentences: list[Sentence],
    folded: list[str],
    leads: dict[int, tuple[str, ...]],
) -> list[Fact]:
    """Disqualifications without a reason, with the finding told nearest to them (see the module)."""
    if not any(x.kind == "penalty" and x.penalty == "disqualification" and not x.reason for x in facts):
        return facts
    penalised: dict[int, set[str]] = {}
    for x in facts:
        if x.kind == "penalty" and x.driver:
            penalised.setdefault(x.sentence, set()).add(x.driver)
    # one driver disqualified in the article: a sentence that tells a disqualification is his
    alone = {x.driver for x in facts if x.kind == "penalty" and x.penalty == "disqualification"}
    out: list[Fact] = []
    for x in facts:
        if x.kind == "penalty" and x.penalty == "disqualification" and not x.reason and x.driver:
            reason = _finding_for(x, sentences, folded, leads, penalised, alone == {x.driver})
            if reason:
                x = replace(x, reason=reason)
        out.append(x)
    return out


def _finding_for(
    x: Fact,
    sentences: list[Sentence],
    folded: list[str],
    leads: dict[int, tuple[str, ...]],
    penalised: dict[int, set[str]],
    only_one: bool,
) -> str | None:
    """The finding that explains the disqualification ``x``: in its sentence, else the nearest about him (or,
    when ``only_one`` driver is disqualified in the article, the nearest that tells a disqualification)."""
    own = _finding_in_own(folded[x.sentence], sentences[x.sentence].text)
    if own:
        return own
    i = x.sentence
    # (and the article's opening sentence, which tells what the article is about)
    reach = {*range(max(0, i - _REACH), min(len(sentences), i + _REACH + 1)), 0} - {i}
    near = sorted(
        reach,
        key=lambda j: (abs(j - i), j < i),  # the nearest; after it before before it
    )
    surname = x.driver.rsplit("_", 1)[-1]
    for j in near:
        fs = folded[j]
        if not _FINDING_RE.search(fs) or _conditional(fs):
            continue
        if penalised.get(j, set()) - {x.driver}:
            continue  # a sentence that penalises someone else tells his why
        if (
            re.search(r"\b" + re.escape(surname) + r"\b", fs)
            or leads.get(j) == (x.driver,)
            or (only_one and _DSQ_WORD_RE.search(fs) is not None)
        ):
            told: str = sentences[j].text
            return told.strip().rstrip(".")
    return None


def _finding_in_own(fs: str, orig: str) -> str | None:
    """ "was disqualified when officials could not extract the fuel sample from his car, promoting ...": the
    finding's clause after the disqualification, from its opening word to what it led to."""
    dsq = _DSQ_WORD_RE.search(fs)
    if dsq is None:
        return None
    found = _FINDING_RE.search(fs, dsq.end())
    if found is None or _conditional(fs):
        return None
    opener = None
    for m in _OPENER_RE.finditer(fs, dsq.end(), found.start()):
        opener = m  # (the last before the finding)
    if opener is None:
        return None
    led = _LED_TO_RE.search(fs, found.end())
    end = led.start() if led else len(fs)
    text = orig[opener.end() : end].strip(" ,.")
    return text if len(text.split()) >= 3 else None


def _conditional(fs: str) -> bool:
    """Whether the folded sentence tells a finding that only would be ("Should the stewards find ...")."""
    return CONDITION_OPENING_RE.match(fs) is not None or _HYPOTHETICAL_RE.search(fs) is not None
