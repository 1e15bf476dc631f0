"""Answer results questions from the official results, and weigh an article's answer against them.

The question is the ``Query`` that ``knowledge.query`` made; this module only resolves what the reference
data of the article era cannot: drivers and Grands Prix of any season in the official data (1950 on),
namesakes by season ("Schumacher 1997" is Michael or Ralf, "Verstappen 1995" is Jos). Numbers come from
here; why something happened stays the articles' business.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cached_property
from typing import Any, Literal

from knowledge.model import Source
from knowledge.official import Entry, OfficialResults, Race, Standing
from knowledge.query import Query
from knowledge.reference import Reference
from knowledge.text import fold, ordinal_en, ordinal_nl, points_text

#: the source line of an answer from the official data
SOURCE_NAME = {"nl": "officiële uitslag", "en": "official results"}

# Surnames that are also everyday words in questions ("which driver", "hoe lang"): such a driver is
# found by his full name only.
WORD_SURNAMES = frozenset(
    """driver said force speed south may love lovely rose green ball bell cross stuck berg pace hall palm
    grim ide gene jean fry sharp drake crook gaze lang lees rol pon miles reed ruby wilds hart pic banks
    ward webb neve owen duke""".split()
)
# Dutch names of Grands Prix the article-era reference does not hold (the rest come from it).
NL_RACE_NAMES = {
    "Argentine Grand Prix": "Grand Prix van Argentinië",
    "Caesars Palace Grand Prix": "Grand Prix van Caesars Palace",
    "Dallas Grand Prix": "Grand Prix van Dallas",
    "Detroit Grand Prix": "Grand Prix van Detroit",
    "European Grand Prix": "Grand Prix van Europa",
    "Indian Grand Prix": "Grand Prix van India",
    "Indianapolis 500": "Indianapolis 500",
    "Korean Grand Prix": "Grand Prix van Korea",
    "Luxembourg Grand Prix": "Grand Prix van Luxemburg",
    "Malaysian Grand Prix": "Grand Prix van Maleisië",
    "Mexican Grand Prix": "Grand Prix van Mexico",
    "Moroccan Grand Prix": "Grand Prix van Marokko",
    "Pacific Grand Prix": "Grand Prix van de Pacific",
    "Pescara Grand Prix": "Grand Prix van Pescara",
    "San Marino Grand Prix": "Grand Prix van San Marino",
    "South African Grand Prix": "Grand Prix van Zuid-Afrika",
    "Swedish Grand Prix": "Grand Prix van Zweden",
    "Swiss Grand Prix": "Grand Prix van Zwitserland",
    "United States Grand Prix West": "Grand Prix van de Verenigde Staten West",
}
_WORD_RE = re.compile(r"[\w'-]+")
# a Grand Prix named as such ("GP van Stiermarken", "Styrian Grand Prix"), not a place
_GP_WORD_RE = re.compile(r"\b(?:gp|grand prix|grote prijs)\b")
_NO_START = frozenset({"Did not qualify", "Did not prequalify", "Withdrew", "Did not start", "107% Rule"})
# Dutch adjectives of the Grands Prix the article-era reference does not hold ("de Zweedse GP").
NL_RACE_ADJECTIVES = {
    "Argentine Grand Prix": ("Argentijnse",),
    "European Grand Prix": ("Europese",),
    "Indian Grand Prix": ("Indiase",),
    "Korean Grand Prix": ("Koreaanse",),
    "Luxembourg Grand Prix": ("Luxemburgse",),
    "Malaysian Grand Prix": ("Maleisische",),
    "Moroccan Grand Prix": ("Marokkaanse",),
    "Pacific Grand Prix": ("Pacifische",),
    "San Marino Grand Prix": ("San Marinese", "Sanmarinese"),
    "South African Grand Prix": ("Zuid-Afrikaanse",),
    "Swedish Grand Prix": ("Zweedse",),
    "Swiss Grand Prix": ("Zwitserse",),
}
# Questions next to a results question that the classification does not answer: an ordinal count ("de
# hoeveelste pole"), a run ("op rij", "in a row"), a part of qualifying ("welk deel", "Q2"), a time.
_NOT_OFFICIAL_RE = re.compile(
    r"\b(?:hoeveelste|which number|op (?:een )?rij|achter elkaar|in a row|straight|streak|reeks|"
    r"welk deel|which part|welke sessie|which session|q[123]|poletijd|pole ?time|rondetijd|lap ?time|tijd|"
    r"time)\b"
)
_TEAM_RE = re.compile(
    r"\b(?:(?:voor |met |in |bij )?welk(?:e)? (?:team|renstal|constructeur|auto)|"
    r"(?:for |with |in )?(?:which|what) (?:team|constructor|car)|voor wie reed|"
    r"who did \w+ (?:drive|race) for)\b"
)
_HOW_MUCH_RE = re.compile(r"\b(?:hoeveel|how many|how much|hoe ver|how far)\b")
# "before the race named": the standing or count after the round before it
_BEFORE_RE = re.compile(
    r"\b(?:voorafgaand aan|voor aanvang van|voor de (?:start van de |start van |)"
    r"(?:gp|grand prix|race|finale|seizoensfinale|laatste race)|begon(?:nen)? (?:\w+ ){0,5}aan|"
    r"going into|heading into|(?:ahead of|before) the (?:\w+ ){0,3}(?:gp|grand prix|race|finale?))\b"
)
_GAP_RE = re.compile(r"\b(?:voorsprong|achterstand|puntenverschil|verschil|lead|gap|ahead|behind)\b")
_STANDINGS_WORD_RE = re.compile(r"\b(?:punt\w*|points?|kampioenschap|wk|championship|standings|klassement)\b")
_MOMENT_RE = re.compile(
    r"\b(?:voor|before|going into|heading into|ahead of|tot|until|halverwege|midway|na|after|"
    r"following|tijdens|during)\b"
)
_AFTER_RE = re.compile(r"\b(?:na|after|following|tot en met|up to)\b")
_CHAMPION_RE = re.compile(r"\b(?:kampioen|wereldkampioen|champion|world champion|titel|title)\b")
_TITLE_RE = re.compile(r"\b(?:kampioenschap|wereldkampioenschap|championship|world championship|wk)\b")
_QUALI_RE = re.compile(r"kwalific|qualif")
_POLE_RE = re.compile(r"\bpole")
_WINS_RE = re.compile(r"\b(?:overwinning\w*|zeges?|wins?|won|victor\w*|gewonnen|winst\w*)\b")
_PODIUMS_RE = re.compile(r"\b(?:podium\w*|podia)\b")
_RACE_POINTS_RE = re.compile(r"\b(?:scoorde\w*|kreeg|haalde|pakte|score[ds]?|got|earn\w*|won|for)\b")
# Constructor names that are everyday words or forenames ("in March", "the era", "Theodore"): such a team
# is read only in a question that names the constructors' championship.
WORD_TEAMS = frozenset(
    """march life shadow eagle arrows wolf token spirit pacific ensign trojan onyx ram bar tec manor virgin
    martini theodore scarab fry stake era re""".split()
)
# "de Red Bull coureur", "the Ferrari drivers": a team that only describes a driver
_TEAM_EPITHET_RE = re.compile(
    r"\s*(?:coureurs?|rijders?|drivers?|teamgeno\w+|team ?mates?|teambaas|baas|boss|motor|engines?)\b"
)
# the question's own words name the constructors' championship (a follow-up borrows it without a team)
_CONSTRUCTORS_RE = re.compile(
    r"constructeur|constructor|merkentitel|teamtitel|teamkampioen|teams'? (?:championship|title)|team title"
)
_TEAM_WON_RE = re.compile(
    r"\b(?:welk(?:e)? (?:team|renstal|constructeur)|(?:which|what) (?:team|constructor))\s+"
    r"(?:won|wint|werd|pakte|was|took|claimed|became|clinched)\b"
)
_POINTS_WORD_RE = re.compile(r"\b(?:punt\w*|points?)\b")
_CONSTRUCTORS_CHAMPION_RE = re.compile(r"constructeurskampioen\b|kampioen bij de constructeurs")
_TEAM_SUFFIX_RE = re.compile(r"\s+(?:f1 team|f1|racing)$")
#: intents the official data answers (with a race unless noted in ``answer``)
RESULT_INTENTS = frozenset(
    {
        "winner",
        "position",
        "finish",
        "grid",
        "pitlane",
        "retirement",
        "disqualification",
        "championship",
        "points",
    }
)


@dataclass(frozen=True)
class OfficialDraft:
    """An answer from the official data: its text, source line and what an agreeing article says.

    ``expect`` holds folded phrases of which an article's answer must contain one to agree; empty when
    the two cannot be compared.
    """

    text: str
    source: Source
    expect: tuple[str, ...] = ()
    asks: bool = False  # a "did you mean" question, not an answer
    alone: bool = False  # stands alone: an article's answer (about drivers) is never put beside it
    drivers: tuple[str, ...] = ()
    grand_prix: str | None = None  # the reference key, or the official name of a race it has no key for

    def agrees(self, article_text: str) -> bool | None:
        """Whether an article's answer says the same (None: not comparable)."""
        if not self.expect:
            return None
        f = fold(article_text)
        return any(e in f for e in self.expect)


@dataclass(frozen=True)
class _Hit:
    start: int
    end: int
    ids: tuple[str, ...]


class OfficialAnswerer:
    """Answers a ``Query`` from one ``OfficialResults``; swap the whole object to use a newer dump."""

    def __init__(self, official: OfficialResults, ref: Reference) -> None:
        self.off = official
        self.ref = ref
        nl_names = {gp.name_en: gp.name_nl for gp in ref.grands_prix}
        self.nl_names = {**nl_names, **NL_RACE_NAMES}
        # Reference Grand Prix keys -> the race names and circuits they stand for, in any season.
        self.key_names: dict[str, set[str]] = {}
        self.key_circuits: dict[str, set[str]] = {}
        for gp in ref.grands_prix:
            self.key_names.setdefault(gp.key, set()).add(gp.name_en)
            self.key_circuits.setdefault(gp.key, set()).add(gp.circuit)
        self.ref_seasons = frozenset(ref.seasons())
        # drivers and race read in the question being answered (cleared per question; bounded)
        self._memo: dict[tuple[object, ...], Any] = {}
        # (season, reference key) -> the races it names, by name and by circuit (bounded by the data)
        self._key_picks: dict[tuple[int, str], tuple[list[Race], list[Race]]] = {}

    def warm(self) -> OfficialAnswerer:
        """Build every lookup now (in a thread, at load) rather than on the first questions."""
        off = self.off
        for race in off.races.values():
            off.classification(race.id)
            off.season_races(race.season)
        off.classification(0, sprint=True)
        off.qualifying_order(0)
        off.standings_after(0)
        off.driver_seasons("")
        off.team_standings_after(0)
        off.team_seasons("")
        _ = (
            self._driver_aliases,
            self._first_words,
            self._surnames,
            self._race_index,
            self._team_first_words,
        )
        return self

    # --- names --------------------------------------------------------------------------------------

    @cached_property
    def _driver_aliases(self) -> dict[str, tuple[str, ...]]:
        # folded full name or surname -> driver refs; looked up by word n-grams, not one huge regex
        # (an alternation of ~1,700 names cost 0.15 ms per question)
        aliases: dict[str, set[str]] = {}
        for ref, (fore, sur) in self.off.drivers.items():
            names = [f"{fore} {sur}"]
            if fold(sur) not in WORD_SURNAMES:
                names.append(sur)
            for name in names:
                key = " ".join(_WORD_RE.findall(fold(name)))
                if len(key) >= 3:
                    aliases.setdefault(key, set()).add(ref)
        return {k: tuple(sorted(v)) for k, v in aliases.items()}

    @cached_property
    def _surnames(self) -> dict[str, tuple[str, ...]]:
        by: dict[str, list[str]] = {}
        for ref, (_, sur) in self.off.drivers.items():
            by.setdefault(sur, []).append(ref)
        return {k: tuple(v) for k, v in by.items()}

    @cached_property
    def _first_words(self) -> dict[str, int]:
        # the first word of each name -> the most words a name starting with it has
        out: dict[str, int] = {}
        for key in self._driver_aliases:
            words = key.split(" ")
            out[words[0]] = max(out.get(words[0], 0), len(words))
        return out

    def _driver_hits(self, folded: str) -> list[_Hit]:
        """Driver names in folded text, longest first ("michael schumacher" before "schumacher")."""
        return _name_hits(folded, self._driver_aliases, self._first_words)

    @cached_property
    def _team_aliases(self) -> dict[str, tuple[str, ...]]:
        # folded constructor name -> constructorRefs: the name, its chassis ("Lotus" of "Lotus-Climax"),
        # without "F1 Team"; then the article-era names the data does not use ("Red Bull Racing",
        # "Zilverpijlen"). An article-era alias that is another constructor's own name ("Renault" for
        # Alpine) is left out: the data's own name decides.
        aliases: dict[str, set[str]] = {}
        for ref, name in self.off.constructors.items():
            full = fold(name)
            short = _TEAM_SUFFIX_RE.sub("", full)
            for alias in {full, full.split("-")[0], short}:
                key = " ".join(_WORD_RE.findall(alias))
                if len(key) >= 3 or (key == short and len(key) == 2):  # "RB" as fans write it
                    aliases.setdefault(key, set()).add(ref)
        own = set(aliases)
        for team in self.ref.teams:
            if team.id not in self.off.constructors:
                continue
            for name in (team.name, *team.aliases):
                key = " ".join(_WORD_RE.findall(fold(name)))
                if len(key) >= 3 and key not in own:
                    aliases.setdefault(key, set()).add(team.id)
        return {k: tuple(sorted(v)) for k, v in aliases.items()}

    @cached_property
    def _team_first_words(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for key in self._team_aliases:
            words = key.split(" ")
            out[words[0]] = max(out.get(words[0], 0), len(words))
        return out

    @cached_property
    def _race_index(self) -> tuple[dict[str, tuple[str, ...]], dict[str, dict[int, dict[int, set[int]]]]]:
        # alias -> tier -> season -> raceIds; tier 0 a race's own name, 1 its place or circuit, 2 its country
        table: dict[str, dict[int, dict[int, set[int]]]] = {}
        for race in self.off.races.values():
            nl = self.nl_names.get(race.name, race.name)
            named = [race.name, race.name.replace(" Grand Prix", ""), nl, nl.replace("Grand Prix van ", "")]
            named += [
                f"{adj} {gp}" for adj in NL_RACE_ADJECTIVES.get(race.name, ()) for gp in ("GP", "Grand Prix")
            ]
            for tier, names in ((0, named), (1, [race.location, race.circuit]), (2, [race.country])):
                for name in names:
                    key = fold(name).strip()
                    if len(key) >= 3:
                        by_season = table.setdefault(key, {}).setdefault(tier, {})
                        by_season.setdefault(race.season, set()).add(race.id)
        # The names by their first three characters, longest first: found by a scan of the word starts
        # (one regex alternation of ~1,000 names cost about 0.03 ms per question).
        by_prefix: dict[str, list[str]] = {}
        if any(not _WORD_CHAR_RE.match(key) for key in table):
            raise ValueError("a race name that does not start with a word character")  # see _prefix_hits
        for key in sorted(table, key=len, reverse=True):
            by_prefix.setdefault(key[:3], []).append(key)
        return {k: tuple(v) for k, v in by_prefix.items()}, table

    def driver_name(self, driver: str, season: int | None = None) -> str:
        """The surname; the full name when another driver of that season has the same surname."""
        fore, sur = self.off.drivers.get(driver, ("", driver))
        if season is not None:
            same = [
                r for r in self._surnames.get(sur, ()) if r != driver and season in self.off.driver_seasons(r)
            ]
            if same:
                return f"{fore} {sur}"
        return sur

    def team_name(self, team: str) -> str:
        """A constructor's name as fans write it ("Haas" for "Haas F1 Team")."""
        name = self.off.constructors.get(team, team)
        return name.removesuffix(" F1 Team").removesuffix(" F1")

    def full_name(self, driver: str) -> str:
        """Forename and surname."""
        fore, sur = self.off.drivers.get(driver, ("", driver))
        return f"{fore} {sur}".strip()

    def summary(self) -> str:
        """ "1149 races, 1950–2025": what the data holds."""
        seasons = sorted(self.off.rounds)
        return f"{len(self.off.races)} races, {seasons[0]}–{seasons[-1]}" if seasons else "0 races"

    def all_driver_names(self) -> list[str]:
        """Full names of every driver in the data (for autocomplete)."""
        return [self.full_name(d) for d in self.off.drivers]

    def all_team_names(self) -> list[str]:
        """Names of every team of the constructors' championship (for autocomplete)."""
        teams = {ref for _, ref in self.off.team_standing_rows}
        return sorted({self.team_name(t) for t in teams})

    def race_labels(self, lang: str) -> dict[str, tuple[str, ...]]:
        """Every Grand Prix of the data by its name in ``lang``, with its other names (for autocomplete)."""
        out: dict[str, tuple[str, ...]] = {}
        for name in sorted({r.name for r in self.off.races.values()}):
            nl = self.nl_names.get(name, name)
            label = name if lang == "en" else nl
            out[label] = (label, name, nl, *NL_RACE_ADJECTIVES.get(name, ()))
        return out

    def race_name(self, race: Race, lang: str) -> str:
        """ "de GP van Japan 2019" / "the 2019 Japanese GP"."""
        if lang == "en":
            return f"the {race.season} {race.name.replace('Grand Prix', 'GP')}"
        nl = self.nl_names.get(race.name, race.name).replace("Grand Prix", "GP")
        return f"de {nl} {race.season}"

    def drivers_in(self, q: Query, season: int | None) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """(drivers, namesakes to ask about) of the question for ``season`` (see ``_drivers_in``)."""
        key = ("drivers", q.text, q.drivers, season)
        if key not in self._memo:
            self._memo[key] = self._drivers_in(q, season)
        found: tuple[tuple[str, ...], tuple[str, ...]] = self._memo[key]
        return found

    def _drivers_in(self, q: Query, season: int | None) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """(drivers, namesakes to ask about) of the question for ``season``.

        Without a season the question parser's drivers stand. With one, every name is read against
        the drivers of that season: one match is that driver, several are namesakes to ask about.
        """
        if season is None:
            return q.drivers, ()
        if season in self.ref_seasons:
            # The question parser knows every driver of the seasons the reference covers, by season.
            drivers = tuple(d for d in q.drivers if season in self.off.driver_seasons(d))
            return drivers, () if drivers else tuple(
                d for d in q.suggestions if season in self.off.driver_seasons(d)
            )
        race_spans = [(h.start, h.end) for h in self._race_hits(q.folded)]
        found: list[str] = []
        asked: list[str] = []
        for h in self._driver_hits(q.folded):
            if any(s <= h.start < e for s, e in race_spans):
                continue
            ids = [i for i in h.ids if season in self.off.driver_seasons(i)]
            if len(ids) == 1:
                found.append(ids[0])
            elif len(ids) > 1:
                parsed = [i for i in ids if i in q.drivers]
                if len(parsed) == 1:
                    found.append(parsed[0])
                else:
                    asked.extend(ids)
        # Nicknames and typos the question parser resolved, if that driver raced in the season.
        found.extend(d for d in q.drivers if season in self.off.driver_seasons(d))
        drivers = tuple(dict.fromkeys(found))
        return drivers, () if drivers else tuple(dict.fromkeys(asked))

    def _race_hits(self, folded: str) -> list[_Hit]:
        key = ("race hits", folded)
        if key not in self._memo:
            self._memo[key] = _prefix_hits(folded, self._race_index[0])
        hits: list[_Hit] = self._memo[key]
        return hits

    def race_of(self, q: Query, skip: tuple[tuple[int, int], ...] = ()) -> Race | None:
        """The one race of ``q.season`` the question names, or None; names within ``skip`` (spans of
        ``q.folded``: a team's name, "Force India") are no race."""
        key = ("race", q.text, q.grand_prix, q.season, skip)
        if key not in self._memo:
            self._memo[key] = self._race_of(q, skip)
        race: Race | None = self._memo[key]
        return race

    def _race_of(self, q: Query, skip: tuple[tuple[int, int], ...] = ()) -> Race | None:
        if q.season is None:
            return None
        _, table = self._race_index
        by_tier: dict[int, set[int]] = {}
        for h in self._race_hits(q.folded):
            if any(s <= h.start and h.end <= e for s, e in skip):
                continue
            for tier, seasons in table[h.ids[0]].items():
                by_tier.setdefault(tier, set()).update(seasons.get(q.season, ()))
        if len(by_tier.get(0, ())) == 1:
            return self.off.races[next(iter(by_tier[0]))]
        if q.grand_prix:
            by_name, at_circuit = self._key_races(q.season, q.grand_prix)
            if len(by_name) == 1:
                return by_name[0]
            # "de GP van Stiermarken 2019": a Grand Prix named that was not held that season is not the
            # other race at its circuit (the Austrian GP); a place ("de race in Bakoe in 2016") is its
            # circuit's race
            named_gp = not by_name and self.key_names.get(q.grand_prix) and _GP_WORD_RE.search(q.folded)
            if len(at_circuit) == 1 and not named_gp:
                return at_circuit[0]
        for tier in (1, 2):
            if len(by_tier.get(tier, ())) == 1:
                return self.off.races[next(iter(by_tier[tier]))]
        return None

    def _key_races(self, season: int, key: str) -> tuple[list[Race], list[Race]]:
        """The season's races a reference key or race name names, and those at its circuits (made once
        per season and key)."""
        found = self._key_picks.get((season, key))
        if found is None:
            races = self.off.season_races(season)
            names, circuits = self.key_names.get(key, ()), self.key_circuits.get(key, ())
            found = (
                [r for r in races if r.name in names or r.name == key],
                [r for r in races if r.circuit in circuits],
            )
            self._key_picks[(season, key)] = found
        return found

    # --- answering ------------------------------------------------------------------------------------

    def answer(self, q: Query) -> OfficialDraft | None:
        """The official answer to ``q``, or None when the official data does not answer it.

        ``drivers`` of the answer are the drivers it read in the question for that season (a follow-up
        keeps meaning Jos Verstappen after "Verstappen 1995").
        """
        self._memo.clear()  # what was read in the previous question
        draft = self._answer(q)
        if draft is None or draft.asks or q.season is None:
            return draft
        race = self.race_of(q) if q.grand_prix is None else None
        # A race the article-era reference has no key for is kept by its name, for a follow-up.
        drivers = () if draft.alone else self.drivers_in(q, q.season)[0]
        return replace(draft, drivers=drivers, grand_prix=race.name if race else q.grand_prix)

    def _answer(self, q: Query) -> OfficialDraft | None:
        if _NOT_OFFICIAL_RE.search(q.folded):
            return None
        if q.why or (q.season is None and q.unsupported != "count"):
            return None
        # "punten voor de GP van Italië": a total; "punten voorsprong op Leclerc": two totals apart (a gap
        # without points or the championship named may be one on the track: not ours)
        gap = bool(_GAP_RE.search(q.folded) and _STANDINGS_WORD_RE.search(q.folded))
        if q.unsupported == "points_gap":
            gap = True  # "hoeveel punten voorsprong": a gap in the standings by its own words
        if q.unsupported in ("points", "gap", "points_gap") and (
            gap or (q.unsupported == "points" and _BEFORE_RE.search(q.folded))
        ):
            q = replace(q, intent="points", unsupported=None)
        handled, constructors = self._constructors(q)
        if handled:
            return constructors
        if (
            q.unsupported in (None, "team")
            and _TEAM_RE.search(q.folded)
            and q.season is not None
            and not _HOW_MUCH_RE.search(q.folded)
        ):
            return self._team(q)
        if q.unsupported not in (None, "points", "fastest_lap", "count"):
            return None
        if q.intent in (None, "finish", "winner", "position", "championship") and _champion_asked(q):
            # "Wie werd wereldkampioen in 1988?", "Who won the 2021 championship?"
            q = replace(q, intent="championship", position=q.position or (None if q.drivers else 1))
        if q.unsupported is None and q.intent not in RESULT_INTENTS:
            return None
        if (
            q.unsupported is None
            and q.intent not in ("championship", "points")
            and _HOW_MUCH_RE.search(q.folded)
        ):
            return None  # "hoeveel scheelde Hamilton in de kwalificatie": a gap, not a place
        drivers, asked = self.drivers_in(q, q.season)
        if asked and not drivers:
            names = [self.full_name(i) for i in asked[:3]]
            joined = (" of " if q.lang == "nl" else " or ").join(names)
            text = f"Bedoel je {joined}?" if q.lang == "nl" else f"Did you mean {joined}?"
            return OfficialDraft(text, Source(SOURCE_NAME[q.lang], ""), asks=True)
        if q.unsupported == "count":
            return self._count(q, drivers)
        if q.intent in ("championship", "points") and q.unsupported is None:
            return self._championship(q, drivers)
        race = self.race_of(q)
        if race is None or not self.off.has_results(race.id):
            return None
        if q.unsupported == "fastest_lap":
            return self._fastest(q, race, drivers)
        if q.unsupported == "points":
            return self._race_points(q, race, drivers) if drivers else None
        sprint = q.session == "sprint"
        if sprint and not self.off.classification(race.id, sprint=True):
            return None
        if q.intent in ("grid", "pitlane"):
            return self._grid(q, race, drivers)
        if q.intent in ("retirement", "disqualification") and not drivers:
            return self._listed(q, race, q.intent)
        if q.intent == "winner" or (not drivers and q.intent in ("position", "finish") and q.position):
            position = 1 if q.intent == "winner" else q.position
            return self._holder(q, race, position or 1, sprint)
        if drivers:
            return self._finish(q, race, drivers[:2], sprint)
        return None

    def _team(self, q: Query) -> OfficialDraft | None:
        """ "Voor welk team reed Senna in 1988?", "Welk team won de GP van Monaco 1988?"."""
        assert q.season is not None
        drivers, _ = self.drivers_in(q, q.season)
        race = self.race_of(q)
        en = q.lang == "en"
        if not drivers:
            if race is None or q.intent != "winner":
                return None
            rows = [(d, e) for d, e in self.off.classification(race.id) if e.position == 1]
            if len(rows) != 1 or not rows[0][1].team:
                return None
            who, e = rows[0]
            text = f"{e.team} won {self.race_name(race, q.lang)} ({self.driver_name(who, race.season)})."
            return OfficialDraft(text, self._source(race, q.lang, "race P1"), (fold(e.team),))
        d = drivers[0]
        races = [race] if race is not None else self.off.season_races(q.season)
        entries = [self.off.race.get((r.id, d)) for r in races]
        teams = [e.team for e in entries if e is not None and e.team]
        if not teams:
            return None
        names = list(dict.fromkeys(teams))
        joined = (
            ", ".join(names[:-1]) + (" and " if en else " en ") + names[-1] if len(names) > 1 else names[0]
        )
        name = self.driver_name(d, q.season)
        when = self.race_name(race, q.lang) if race else str(q.season)
        text = f"{name} drove for {joined} in {when}." if en else f"{name} reed voor {joined} in {when}."
        src = (
            self._source(race, q.lang, "teams") if race else Source(SOURCE_NAME[q.lang], f"{q.season}: teams")
        )
        return OfficialDraft(text, src, tuple(fold(t) for t in names))

    # --- the constructors' championship -------------------------------------------------------------

    def _constructors(self, q: Query) -> tuple[bool, OfficialDraft | None]:
        """(handled, answer) of a question about the constructors' championship or a team's standing.

        Not handled (False) when it is no such question, or when it names a driver and not the
        constructors' championship: those stay driver questions. A name that is a team and a driver of
        that season ("McLaren 1968") without the championship named is asked about.
        """
        season, f = q.season, q.folded
        cue = q.unsupported == "constructors"
        # "Welk team won het kampioenschap?" (not "voor welk team reed de kampioen": a driver's team)
        which_team = q.unsupported == "team" and _champion_asked(q) and bool(_TEAM_WON_RE.search(f))
        if season is None or not (
            cue or which_team or q.intent in ("championship", "points") or q.unsupported == "points"
        ):
            return False, None
        hits = _name_hits(f, self._team_aliases, self._team_first_words)
        if not hits and not (cue or which_team):
            return False, None
        race_spans = [(h.start, h.end) for h in self._race_hits(f)]
        hits = [
            h
            for h in hits
            # "Red Bull Ring" is a place; a name that is both ("Pacific") stays a team
            if not any(s <= h.start and h.end <= e and (s, e) != (h.start, h.end) for s, e in race_spans)
            and not _TEAM_EPITHET_RE.match(f, h.end)
            and (cue or f[h.start : h.end] not in WORD_TEAMS)
        ]
        # a driver's name within a team's ("Martin" of "Aston Martin") is the team's
        drivers = [
            d
            for d in self._driver_hits(f)
            if any(season in self.off.driver_seasons(i) for i in d.ids)
            and not any(
                h.start <= d.start and d.end <= h.end and h.end - h.start > d.end - d.start for h in hits
            )
        ]
        teams: list[tuple[str, ...]] = []
        both: list[tuple[_Hit, tuple[str, ...]]] = []
        for h in hits:
            refs = tuple(r for r in h.ids if season in self.off.team_seasons(r))
            if any(d.start == h.start and d.end == h.end for d in drivers):
                if not refs:
                    continue  # no such team that season: the driver ("Surtees 1964")
                if not cue:
                    both.append((h, refs))
                    continue
                drivers = [d for d in drivers if (d.start, d.end) != (h.start, h.end)]
            teams.append(refs)
        # a driver named besides a name that may be a team ("Jack Brabham bij Brabham"): a driver's question
        others = [d for d in drivers if not any((d.start, d.end) == (h.start, h.end) for h, _ in both)]
        if others or any(season in self.off.driver_seasons(d) for d in q.drivers):
            return cue, None  # a driver's question; beside the constructors' championship: not ours
        if both:
            h, refs = both[0]
            people = [
                i
                for d in drivers
                if (d.start, d.end) == (h.start, h.end)
                for i in d.ids
                if season in self.off.driver_seasons(i)
            ]
            names = [self.team_name(r) for r in self._by_standing(refs, season)[:4]]
            if q.lang == "en":
                team = f"the team {names[0]}" if len(names) == 1 else f"a team ({', '.join(names)})"
                text = f"Did you mean the driver {self.full_name(people[0])} or {team}?"
            else:
                team = f"het team {names[0]}" if len(names) == 1 else f"een team ({', '.join(names)})"
                text = f"Bedoel je de coureur {self.full_name(people[0])} of {team}?"
            return True, OfficialDraft(text, Source(SOURCE_NAME[q.lang], ""), asks=True)
        if not (cue or which_team or teams):
            return False, None
        if any(len(refs) > 1 for refs in teams):
            refs = next(r for r in teams if len(r) > 1)
            names = [self.team_name(r) for r in self._by_standing(refs, season)[:4]]
            joined = ", ".join(names[:-1]) + (" of " if q.lang == "nl" else " or ") + names[-1]
            text = f"Bedoel je {joined}?" if q.lang == "nl" else f"Did you mean {joined}?"
            return True, OfficialDraft(text, Source(SOURCE_NAME[q.lang], ""), asks=True)
        if teams and not all(teams):
            return True, None  # a team without a standing that season ("Alpine 2020", "Ferrari 1955")
        spans = tuple((h.start, h.end) for h in hits)
        return True, self._team_standing(q, tuple(dict.fromkeys(r[0] for r in teams)), spans)

    def _by_standing(self, teams: tuple[str, ...], season: int) -> list[str]:
        """``teams`` by their place in the season's last standings, best first."""
        last = self.off.last_run(season)
        rows = dict(self.off.team_standings_after(last.id)) if last else {}
        return sorted(teams, key=lambda t: rows[t].position if t in rows else 999)

    def _team_standing(
        self, q: Query, teams: tuple[str, ...], spans: tuple[tuple[int, int], ...] = ()
    ) -> OfficialDraft | None:
        """A team's place or points in the constructors' championship after the race named, else at the
        season's end; without a team, the holder of the place asked, the champion or the standings."""
        assert q.season is not None
        season, lang, f = q.season, q.lang, q.folded
        en = lang == "en"
        asked = self._round_asked(replace(q, intent="championship"), spans)
        if asked is False or (asked is not None and _RACE_POINTS_RE.search(f) and not _AFTER_RE.search(f)):
            return None  # a moment no race names; one race's haul ("scored in Monza") is not in the standings
        final = asked is None and self.off.complete(season)
        last = asked or self.off.last_run(season)
        table = self.off.team_standings_after(last.id) if last is not None else []
        if last is None or not table:
            return None  # no constructors' championship before 1958
        at = self.race_name(last, lang)
        src = self._source(last, lang, "constructors' standings" if en else "constructeursstand")
        title = (
            f"the {season} constructors' championship"
            if en
            else f"het constructeurskampioenschap van {season}"
        )
        when = ""
        if not final:
            when = (
                (f" after {at}" if en else f" na {at}")
                if asked
                else (f" after round {last.round} ({at})" if en else f" na ronde {last.round} ({at})")
            )
        rows = dict(table)
        unit = "points" if en else "punten"
        points_asked = q.intent == "points" or q.unsupported == "points" or bool(_POINTS_WORD_RE.search(f))
        if _HOW_MUCH_RE.search(f) and not points_asked:
            return None  # "hoeveel overwinningen": a count the standings do not give
        if _GAP_RE.search(f):
            if len(teams) < 2 or teams[0] not in rows or teams[1] not in rows:
                return None  # a gap needs two teams' totals
            a, b = rows[teams[0]].points, rows[teams[1]].points
            ahead, behind = (teams[0], teams[1]) if a >= b else (teams[1], teams[0])
            diff, hi, lo = (
                points_text(abs(a - b), q.lang),
                points_text(max(a, b), q.lang),
                points_text(min(a, b), q.lang),
            )
            names = (self.team_name(ahead), self.team_name(behind))
            when = when or (f" after {at}" if en else f" na {at}")
            text = (
                f"{names[0]} was {diff} points ahead of {names[1]} in {title}{when} ({hi} to {lo})."
                if en
                else f"{names[0]} had {diff} punten voorsprong op {names[1]} in {title}{when} "
                f"({hi} tegen {lo})."
            )
            return OfficialDraft(text, src, alone=True)
        if teams:
            team = teams[0]
        elif q.position is not None or _team_champion_asked(q):
            places = [st.position for st in rows.values() if not st.excluded]
            wanted = max(places) if q.position == -1 else (q.position or 1)
            team = next((t for t, st in table if st.position == wanted and not st.excluded), "")
        else:
            if not _CONSTRUCTORS_RE.search(f):
                return None  # a follow-up that names no team: what was asked is not clear
            shown = [
                f"{st.position}. {self.team_name(t)} {points_text(st.points, q.lang)}" for t, st in table[:10]
            ]
            more = f" (+{len(table) - 10})" if len(table) > 10 else ""
            head = (
                f"Constructors' championship {season}" if en else f"Constructeurskampioenschap {season}"
            ) + (", final standings: " if en and final else ", eindstand: " if final else f"{when}: ")
            return OfficialDraft(head + ", ".join(shown) + more + ".", src, alone=True)
        row = rows.get(team)
        if row is None:
            return None
        name, pts, place = (
            self.team_name(team),
            points_text(row.points, q.lang),
            self._pos(row.position, lang),
        )
        if row.excluded:
            text = f"{name} was excluded from {title}." if en else f"{name} werd uitgesloten van {title}."
        elif points_asked and teams:
            if final:
                text = (
                    f"{name} ended {title} with {pts} points."
                    if en
                    else f"{name} sloot {title} af met {pts} punten."
                )
            else:
                text = (
                    f"{name} had {pts} points in {title}{when}."
                    if en
                    else f"{name} had {pts} punten in {title}{when}."
                )
        elif final and row.position == 1 and not teams and _team_champion_asked(q):
            text = f"{name} won {title} ({pts} {unit})."  # the same verb in Dutch
        elif final:
            text = (
                f"{name} finished {place} in {title} ({pts} {unit})."
                if en
                else f"{name} werd {place} in {title} ({pts} {unit})."
            )
        else:
            text = (
                f"{name} was {place} in {title}{when} ({pts} {unit})."
                if en
                else f"{name} stond {place} in {title}{when} ({pts} {unit})."
            )
            if asked is None and row.position == 1 and not teams:
                text = (
                    f"No {season} constructors' champion in the official results yet: "
                    if en
                    else f"Nog geen constructeurskampioen van {season} in de officiële uitslag: "
                ) + text
        return OfficialDraft(text, src, alone=True)

    def _source(self, race: Race | None, lang: str, what: str) -> Source:
        where = self.race_name(race, lang).split(" ", 1)[1] if race else ""
        return Source(SOURCE_NAME[lang], f"{where}: {what}" if where else what)

    def _pos(self, n: int, lang: str) -> str:
        return f"{ordinal_en(n) if lang == 'en' else ordinal_nl(n)} (P{n})"

    def _holder(self, q: Query, race: Race, position: int, sprint: bool) -> OfficialDraft | None:
        rows = [(d, e) for d, e in self.off.classification(race.id, sprint=sprint) if e.position == position]
        if len(rows) != 1:
            return None
        who = rows[0][0]
        name = self.driver_name(who, race.season)
        where = self._where(race, q.lang, sprint)
        if position == 1:
            text = f"{name} won {where.removeprefix('in ')}."
        elif q.lang == "en":
            text = f"{name} finished {self._pos(position, 'en')} {where}."
        else:
            text = f"{name} werd {self._pos(position, 'nl')} {where}."
        what = ("sprint" if sprint else "race") + f" P{position}"
        return OfficialDraft(text, self._source(race, q.lang, what), (fold(self.off.drivers[who][1]),))

    def _where(self, race: Race, lang: str, sprint: bool) -> str:
        ev = self.race_name(race, lang)
        if sprint:
            return f"in the sprint of {ev}" if lang == "en" else f"in de sprint van {ev}"
        return f"in {ev}"

    def _finish(self, q: Query, race: Race, drivers: tuple[str, ...], sprint: bool) -> OfficialDraft | None:
        parts: list[str] = []
        expect: tuple[str, ...] = ()
        for n, d in enumerate(drivers):
            entry = (self.off.sprint if sprint else self.off.race).get((race.id, d))
            line, exp = self._finish_line(d, entry, race, q.lang, sprint)
            parts.append(line)
            if n == 0:
                expect = exp
        what = "sprint" if sprint else ("uitslag" if q.lang == "nl" else "classification")
        return OfficialDraft(" ".join(parts), self._source(race, q.lang, what), expect)

    def _finish_line(
        self, d: str, e: Entry | None, race: Race, lang: str, sprint: bool
    ) -> tuple[str, tuple[str, ...]]:
        name = self.driver_name(d, race.season)
        where = self._where(race, lang, sprint)
        en = lang == "en"
        if e is None:
            text = f"{name} did not take part {where}." if en else f"{name} deed niet mee {where}."
            return text, ()
        if e.disqualified:
            return (
                f"{name} was disqualified {where}." if en else f"{name} werd gediskwalificeerd {where}.",
                ("diskwalific", "disqualif"),
            )
        status = f"official status: {e.status}" if en else f"officiële status: {e.status}"
        if e.position is None:
            if e.retired:
                text = (
                    f"{name} retired {where.replace('in ', 'from ', 1)} ({status})."
                    if en
                    else f"{name} viel uit {where} ({status})."
                )
                return text, ("viel uit", "retired", "uitgevallen")
            if e.status in _NO_START:
                text = (
                    f"{name} did not start {where} ({status})."
                    if en
                    else f"{name} startte niet {where} ({status})."
                )
            else:
                text = (
                    f"{name} was not classified {where} ({status})."
                    if en
                    else f"{name} werd niet geklasseerd {where} ({status})."
                )
            return text, ()
        if e.position == 1:
            text = f"{name} won {where.removeprefix('in ')}."
            expect: tuple[str, ...] = ("(p1)", " won ")
        else:
            verb = "finished" if en else "werd"
            text = f"{name} {verb} {self._pos(e.position, lang)} {where}."
            expect = (f"(p{e.position})",)
        if e.retired:
            text = text[:-1] + (
                f", classified although retired ({e.status})."
                if en
                else f", geklasseerd hoewel uitgevallen ({e.status})."
            )
        return text, expect

    def _grid(self, q: Query, race: Race, drivers: tuple[str, ...]) -> OfficialDraft | None:
        quali = self.off.qualifying_order(race.id)
        where = self._where(race, q.lang, False)
        en = q.lang == "en"
        if not drivers:
            if not _POLE_RE.search(q.folded):
                return None
            who = self._pole(race)
            if who is None:
                return None
            name = self.driver_name(who, race.season)
            text = (
                f"{name} started from pole position {where}."
                if en
                else f"{name} startte vanaf pole position {where}."
            )
            return OfficialDraft(text, self._source(race, q.lang, "pole"), (fold(self.off.drivers[who][1]),))
        d = drivers[0]
        name = self.driver_name(d, race.season)
        if _QUALI_RE.search(q.folded) and quali and q.intent != "pitlane":
            pos = self.off.qualifying.get((race.id, d))
            if pos is None:
                return None
            text = (
                f"{name} qualified {self._pos(pos, 'en')} {where}."
                if en
                else f"{name} kwalificeerde zich als {self._pos(pos, 'nl')} {where}."
            )
            what = "qualifying"
            expect = (f"(p{pos})",) + (("pole",) if pos == 1 else ())
        else:
            e = self.off.race.get((race.id, d))
            if e is None or e.grid is None:
                return None
            if e.grid == 0:
                text = (
                    f"{name} started from the pit lane {where}."
                    if en
                    else f"{name} startte vanuit de pitstraat {where}."
                )
                expect = ("pitstraat", "pit lane")
            elif e.grid == 1:
                text = (
                    f"{name} started from pole position {where}."
                    if en
                    else f"{name} startte vanaf pole position {where}."
                )
                expect = ("pole", "(p1)")
            else:
                text = (
                    f"{name} started {self._pos(e.grid, 'en')} {where}."
                    if en
                    else f"{name} startte als {self._pos(e.grid, 'nl')} {where}."
                )
                expect = (f"(p{e.grid})",)
            what = "grid" if en else "startopstelling"
        return OfficialDraft(text, self._source(race, q.lang, what), expect)

    def _pole(self, race: Race) -> str | None:
        """The fastest qualifier; before qualifying was recorded (1994), the driver on grid slot 1."""
        quali = self.off.qualifying_order(race.id)
        if quali:
            return quali[0][0] if quali[0][1] == 1 else None
        first = [d for d, e in self.off.classification(race.id) if e.grid == 1]
        return first[0] if len(first) == 1 else None

    def _listed(self, q: Query, race: Race, intent: str) -> OfficialDraft:
        rows = self.off.classification(race.id, sprint=q.session == "sprint")
        where = self._where(race, q.lang, q.session == "sprint")
        en = q.lang == "en"
        if intent == "disqualification":
            names = [self.driver_name(d, race.season) for d, e in rows if e.disqualified]
            if not names:
                text = (
                    f"Nobody was disqualified {where}." if en else f"Niemand werd gediskwalificeerd {where}."
                )
            else:
                text = (
                    f"Disqualified {where}: {', '.join(names)}."
                    if en
                    else f"Gediskwalificeerd {where}: {', '.join(names)}."
                )
            return OfficialDraft(text, self._source(race, q.lang, "DSQ"))
        out = [f"{self.driver_name(d, race.season)} ({e.status})" for d, e in rows if e.retired]
        if not out:
            text = f"Nobody retired {where}." if en else f"Niemand viel uit {where}."
        else:
            shown = ", ".join(out[:6]) + (f" (+{len(out) - 6})" if len(out) > 6 else "")
            text = f"Retired {where}: {shown}." if en else f"Uitgevallen {where}: {shown}."
        return OfficialDraft(text, self._source(race, q.lang, "DNF"))

    def _fastest(self, q: Query, race: Race, drivers: tuple[str, ...]) -> OfficialDraft | None:
        rows = [d for d, e in self.off.classification(race.id) if e.fastest_rank == 1]
        if len(rows) != 1:
            return None  # not recorded before 2004
        who = rows[0]
        name = self.driver_name(who, race.season)
        where = self._where(race, q.lang, False)
        en = q.lang == "en"
        text = f"{name} set the fastest lap {where}." if en else f"{name} reed de snelste ronde {where}."
        if drivers and drivers[0] != who:
            other = self.driver_name(drivers[0], race.season)
            text = f"No, {other} did not: {text}" if en else f"Nee, niet {other}: {text}"
        return OfficialDraft(
            text,
            self._source(race, q.lang, "fastest lap" if en else "snelste ronde"),
            (fold(self.off.drivers[who][1]),),
        )

    def _race_points(self, q: Query, race: Race, drivers: tuple[str, ...]) -> OfficialDraft | None:
        if not _RACE_POINTS_RE.search(q.folded):
            return None
        sprint = q.session == "sprint"
        e = (self.off.sprint if sprint else self.off.race).get((race.id, drivers[0]))
        if e is None:
            return None
        name = self.driver_name(drivers[0], race.season)
        pts = points_text(e.points, q.lang)
        where = self._where(race, q.lang, sprint)
        text = (
            f"{name} scored {pts} points {where}."
            if q.lang == "en"
            else f"{name} scoorde {pts} punten {where}."
        )
        return OfficialDraft(
            text,
            self._source(race, q.lang, "points" if q.lang == "en" else "punten"),
            (f"{pts} punt", f"{pts} point"),
        )

    # --- standings --------------------------------------------------------------------------------

    def _championship(self, q: Query, drivers: tuple[str, ...]) -> OfficialDraft | None:
        """A standing after the race named, else the final one; in a season the data holds only in part,
        the standing after its last round ("after round N"), never a champion."""
        assert q.season is not None
        season, lang = q.season, q.lang
        en = lang == "en"
        asked = self._round_asked(q)
        if asked is False:
            return None
        after = asked
        final = after is None and self.off.complete(season)
        last = after or self.off.last_run(season)
        table = self.off.standings_after(last.id) if last and self.off.has_results(last.id) else []
        if last is None or not table:
            return None
        at = self.race_name(last, lang)
        src = self._source(last, lang, "standings" if en else "stand")
        when = ""
        if not final:
            when = (
                (f"after {at}" if en else f"na {at}")
                if after
                else (f"after round {last.round} ({at})" if en else f"na ronde {last.round} ({at})")
            )
        if drivers:
            row = dict(table).get(drivers[0])
            who, position = drivers[0], row.position if row else None
        else:
            position = q.position
            holders = [d for d, st in table if st.position == position]
            who = holders[0] if len(holders) == 1 else ""
        row = dict(table).get(who)
        if row is None or position is None:
            return None
        name, pts = self.driver_name(who, season), points_text(row.points, q.lang)
        unit = "points" if en else "punten"
        if q.intent == "points" and _GAP_RE.search(q.folded) and _STANDINGS_WORD_RE.search(q.folded):
            return self._gap(q, drivers, dict(table), last, when, src)
        if q.intent == "points" and drivers:
            if final:
                text = (
                    f"{name} ended the {season} championship with {pts} points."
                    if en
                    else f"{name} sloot het kampioenschap van {season} af met {pts} punten."
                )
            else:
                text = (
                    f"{name} had {pts} points in the championship {when}."
                    if en
                    else f"{name} had {pts} punten in het kampioenschap {when}."
                )
            other = dict(table).get(drivers[1]) if len(drivers) > 1 else None
            if other is not None:
                also = f"{self.driver_name(drivers[1], season)} {points_text(other.points, q.lang)}"
                text = f"{text[:-1]}; {also}."
            return OfficialDraft(text, src, (f"{pts} punt", f"{pts} point"))
        place = self._pos(position, lang)
        if final and position == 1 and not drivers:
            text = (
                f"{name} was the {season} world champion ({pts} {unit})."
                if en
                else f"{name} werd wereldkampioen in {season} ({pts} {unit})."
            )
        elif final:
            text = (
                f"{name} finished {place} in the {season} championship ({pts} {unit})."
                if en
                else f"{name} werd {place} in het kampioenschap van {season} ({pts} {unit})."
            )
        else:
            text = (
                f"{name} was {place} in the {season} championship {when} ({pts} {unit})."
                if en
                else f"{name} stond {place} in het kampioenschap van {season} {when} ({pts} {unit})."
            )
            if after is None and position == 1 and not drivers:
                text = (
                    f"No {season} champion in the official results yet: "
                    if en
                    else f"Nog geen kampioen van {season} in de officiële uitslag: "
                ) + text
        expect = (f"(p{position})",) if drivers else (fold(self.off.drivers[who][1]),)
        return OfficialDraft(text, src, expect)

    def _gap(
        self,
        q: Query,
        drivers: tuple[str, ...],
        table: dict[str, Standing],
        last: Race,
        when: str,
        src: Source,
    ) -> OfficialDraft | None:
        """ "Hoeveel punten voorsprong had Verstappen op Leclerc na Japan?": two totals, and how far apart."""
        if len(drivers) < 2 or drivers[0] not in table or drivers[1] not in table:
            return None
        a, b = table[drivers[0]].points, table[drivers[1]].points
        na, nb = (self.driver_name(d, last.season) for d in drivers[:2])
        when = when or (
            f"after {self.race_name(last, q.lang)}"
            if q.lang == "en"
            else f"na {self.race_name(last, q.lang)}"
        )
        diff = points_text(abs(a - b), q.lang)
        ahead, behind = (na, nb) if a >= b else (nb, na)
        hi, lo = points_text(max(a, b), q.lang), points_text(min(a, b), q.lang)
        if q.lang == "en":
            text = f"{ahead} was {diff} points ahead of {behind} {when} ({hi} to {lo})."
        else:
            text = f"{ahead} had {diff} punten voorsprong op {behind} {when} ({hi} tegen {lo})."
        return OfficialDraft(text, src, (f"{diff} punt", f"{diff} point"))

    def _round_asked(self, q: Query, skip: tuple[tuple[int, int], ...] = ()) -> Race | Literal[False] | None:
        """The round a standing or count is asked after: the race named ("na Japan"), the one before it
        ("going into Abu Dhabi"); None when no race is named, False when one is but neither is asked."""
        race = self.race_of(q, skip)
        if race is None:
            # "voor de laatste twee races", "na de zomerstop": a moment no race names is not the season's end
            return False if _MOMENT_RE.search(q.folded) else None
        if _BEFORE_RE.search(q.folded):
            rounds = self.off.season_races(race.season)
            before = [r for r in rounds if r.round < race.round]
            return before[-1] if before else False
        return race if _AFTER_RE.search(q.folded) or q.intent in ("championship", "points") else False

    def _count(self, q: Query, drivers: tuple[str, ...]) -> OfficialDraft | None:
        if not drivers:
            return None
        f = q.folded
        kind = (
            "poles"
            if _POLE_RE.search(f)
            else "podiums"
            if _PODIUMS_RE.search(f)
            else ("wins" if _WINS_RE.search(f) else None)
        )
        if kind is None:
            return None
        d = drivers[0]
        races = list(self.off.races.values()) if q.season is None else self.off.season_races(q.season)
        races = [r for r in races if self.off.has_results(r.id)]
        upto = self._round_asked(q)
        if upto is False:
            return None  # a count "in" one race is no count
        if upto is not None:
            races = [r for r in races if r.round <= upto.round]
        if not races:
            return None
        n = 0
        for r in races:
            if kind == "poles":
                n += self._pole(r) == d
            else:
                e = self.off.race.get((r.id, d))
                n += e is not None and e.position is not None and e.position <= (1 if kind == "wins" else 3)
        en = q.lang == "en"
        name = self.driver_name(d, q.season)
        if q.season is None:
            span = f"{races[0].season if races else ''}–{max(r.season for r in races)}"
            when = f"in the official results ({span})" if en else f"in de officiële uitslagen ({span})"
        elif upto is not None:
            at = self.race_name(upto, q.lang)
            when = f"in {q.season} after {at}" if en else f"in {q.season} na {at}"
        else:
            when = f"in {q.season}"
            last = self.off.last_run(q.season)
            if last is not None and not self.off.complete(q.season):
                when += f" (after round {last.round})" if en else f" (na ronde {last.round})"
        words = {
            "wins": ("won {n} Grand(s) Prix", "won {n} keer"),
            "podiums": ("finished on the podium {n} time(s)", "stond {n} keer op het podium"),
            "poles": ("took pole position {n} time(s)", "stond {n} keer op pole position"),
        }[kind]
        phrase = (words[0] if en else words[1]).format(n=n)
        if en:
            phrase = phrase.replace("Grand(s) Prix", "Grand Prix" if n == 1 else "Grands Prix").replace(
                "time(s)", "time" if n == 1 else "times"
            )
        text = f"{name} {phrase} {when}."
        return OfficialDraft(text, Source(SOURCE_NAME[q.lang], f"{kind} {q.season or ''}".strip()))


def _name_hits(folded: str, aliases: dict[str, tuple[str, ...]], first: dict[str, int]) -> list[_Hit]:
    """Names of ``aliases`` in folded text by word n-grams, longest first; ``first`` maps each first word
    to the most words a name starting with it has."""
    words = list(_WORD_RE.finditer(folded))
    texts = [m.group(0) for m in words]
    hits: list[_Hit] = []
    i = 0
    while i < len(words):
        longest = first.get(texts[i]) or first.get(_bare(texts[i])) or 0
        for n in range(min(longest, len(words) - i), 0, -1):
            key = " ".join(texts[i : i + n])
            ids = aliases.get(key) or aliases.get(_bare(key))
            if ids:
                hits.append(_Hit(words[i].start(), words[i + n - 1].end(), ids))
                i += n - 1
                break
        i += 1
    return hits


_WORD_START_RE = re.compile(r"(?<![\w-])\w")


def _prefix_hits(folded: str, by_prefix: dict[str, tuple[str, ...]]) -> list[_Hit]:
    r"""Names in folded text, as ``re.finditer(r"(?<![\w-])(name|...)(?!\w)")`` over the names longest
    first would find them: leftmost, then the longest that ends at a word's end, never overlapping.
    Every name starts with a word character (checked where the index is built)."""
    hits: list[_Hit] = []
    n, done = len(folded), 0
    for m in _WORD_START_RE.finditer(folded):
        p = m.start()
        if p < done:
            continue
        for name in by_prefix.get(folded[p : p + 3], ()):
            end = p + len(name)
            if folded.startswith(name, p) and (end == n or not _WORD_CHAR_RE.match(folded, end)):
                hits.append(_Hit(p, end, (name,)))
                done = end
                break
    return hits


_WORD_CHAR_RE = re.compile(r"\w")


def _bare(word: str) -> str:
    """A name without its genitive ("hamilton's" -> "hamilton")."""
    if word.endswith("'s"):
        return word[:-2]
    return word[:-1] if word.endswith("'") else word


def _team_champion_asked(q: Query) -> bool:
    """ "Wie werd constructeurskampioen?", "Who won the constructors' title?" (no race named)."""
    return _champion_asked(q) or bool(
        _CONSTRUCTORS_CHAMPION_RE.search(q.folded) or (_WINS_RE.search(q.folded) and not q.grand_prix)
    )


def _champion_asked(q: Query) -> bool:
    f = q.folded
    if _CHAMPION_RE.search(f):
        return True
    return bool(_TITLE_RE.search(f) and _WINS_RE.search(f) and not q.grand_prix)


MAX_COMBINED = 290


def combine(
    status: str, text: str, sources: tuple[Source, ...], official: OfficialDraft | None, lang: str
) -> tuple[str, str, tuple[Source, ...]]:
    """An article's answer weighed against the official one: (status, text, sources).

    No article answer: the official one. Agreement: the article's answer and quote, marked as confirmed.
    Disagreement (a later penalty, an article error): the official result first, then what the article
    said. Official data that cannot be compared leaves the article's answer as it is.
    """
    if official is None:
        return status, text, sources
    if status != "answered":
        if official.asks:
            return "unknown", official.text, ()
        return "answered", official.text, (official.source,)
    if official.asks:
        return status, text, sources
    if official.alone:
        return "answered", official.text, (official.source,)
    verdict = official.agrees(text)
    if verdict is None:
        return status, text, sources
    if verdict:
        mark = (
            " Confirmed by the official results." if lang == "en" else " Bevestigd door de officiële uitslag."
        )
        return status, _fit(text, MAX_COMBINED - len(mark)) + mark, (*sources, official.source)
    said = "The article said: " if lang == "en" else "Het artikel zei: "
    room = MAX_COMBINED - len(official.text) - len(said) - 1
    combined = f"{official.text} {said}{_fit(text, room)}" if room > 20 else official.text
    return status, combined, (official.source, *sources)


def _fit(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: max(limit - 1, 0)].rstrip() + "…"
