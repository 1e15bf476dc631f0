"""A deterministic generator of realistic (invented) race articles and the questions they answer.

Used by ``racebot bench`` to measure ingest and answering at scale. For a seed it first draws a hidden
"truth" table: per Grand Prix (the real 2018-2025 calendars and line-ups of the reference data) one
finishing order, grid, retirements with causes, collisions and penalties, and per season a final
championship order. Articles (Dutch and English race reports and season reviews, in varied wording)
are then written from that table only, so articles about the same race may repeat facts but never
contradict each other. Questions are asked only about facts that some article states, plus questions
about races and drivers no article covers (``none: true``).

    questions = generate(n, seed, out_dir)   # writes n .txt files, returns questions.jsonl-style dicts
"""

from __future__ import annotations

import datetime as _dt
import random
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from knowledge.gazetteer import load_gazetteer
from knowledge.reference import GrandPrix, Reference, load_reference
from knowledge.text import ORDINALS_EN, ORDINALS_NL, fold

CAUSES = ("engine", "gearbox", "hydraulics", "brakes", "puncture", "electrical", "suspension", "collision")
# cause -> (Dutch phrase, English phrase) used in articles
_CAUSE_NL = {
    "engine": "motorpech",
    "gearbox": "een kapotte versnellingsbak",
    "hydraulics": "problemen met de hydrauliek",
    "brakes": "remproblemen",
    "puncture": "een lekke band",
    "electrical": "een elektrisch probleem",
    "suspension": "een gebroken ophanging",
}
_CAUSE_EN = {
    "engine": "an engine failure",
    "gearbox": "a gearbox problem",
    "hydraulics": "a hydraulics issue",
    "brakes": "brake failure",
    "puncture": "a puncture",
    "electrical": "an electrical problem",
    "suspension": "broken suspension",
}
# cause -> words an answer may use (the bot words causes in the question's language, or quotes the article)
CAUSE_WORDS = {
    "engine": ["motor", "motorpech", "engine"],
    "gearbox": ["versnellingsbak", "gearbox"],
    "hydraulics": ["hydrauliek", "hydraulics", "hydraulische", "hydraulic"],
    "brakes": ["remmen", "remproblemen", "brakes", "brake"],
    "puncture": ["lekke band", "puncture"],
    "electrical": ["elektronica", "elektrisch", "electrics", "electrical"],
    "suspension": ["ophanging", "suspension"],
    "collision": ["botsing", "collision", "crash"],
}
TIME_REASONS = {  # key -> (nl, en, answer keywords)
    "track_limits": (
        "het herhaaldelijk overschrijden van de baanlimieten",
        "repeatedly exceeding track limits",
        ["baanlimieten", "track limits"],
    ),
    "pit_speeding": ("te hard rijden in de pitstraat", "speeding in the pit lane", ["te hard", "speeding"]),
    "unsafe_release": ("een onveilige release", "an unsafe release", ["onveilige release", "unsafe release"]),
    "collision": ("het veroorzaken van een botsing met {x}", "causing a collision with {x}", []),
}
GRID_REASONS = {
    "power_unit": (
        "het wisselen van motoronderdelen",
        "taking new power unit elements",
        ["motoronderdelen", "power unit"],
    ),
    "gearbox_change": (
        "een nieuwe versnellingsbak",
        "an unscheduled gearbox change",
        ["versnellingsbak", "gearbox"],
    ),
}
WIN_WORDS = ["won", "wint", "gewonnen", "winnaar", "winner", "zege", "victory"]
NUM_NL = ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien"]
NUM_EN = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]


def ordinal_forms(n: int) -> list[str]:
    """Every way an answer may state position ``n`` ("3e", "derde", "P3", "3rd", "third")."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    forms = [f"{n}e", f"{n}ste" if n in (1, 8) or n >= 20 else f"{n}de", f"P{n}", f"{n}{suffix}"]
    if n <= len(ORDINALS_NL):
        forms += [ORDINALS_NL[n - 1], ORDINALS_EN[n - 1]]
    return forms


def _ord_nl(n: int, rng: random.Random) -> str:
    return ORDINALS_NL[n - 1] if n <= 10 or (n <= 20 and rng.random() < 0.5) else f"{n}e"


def _ord_en(n: int, rng: random.Random) -> str:
    if n <= 10 or (n <= 20 and rng.random() < 0.5):
        return ORDINALS_EN[n - 1]
    return ordinal_forms(n)[3]


# --- the truth table -----------------------------------------------------------------------------------


@dataclass
class RaceTruth:
    """What happened in one Grand Prix (hidden; every article about it is written from this)."""

    gp: GrandPrix
    field: list[str]  # driver ids
    team: dict[str, str]
    finish: dict[str, int]  # classified position (retired drivers absent)
    grid: dict[str, int]  # start position (pit-lane starters absent)
    pitlane: str | None
    retired: dict[str, tuple[str, str | None]]  # driver -> (cause, other driver for a collision)
    collisions: list[tuple[str, str]]
    penalties: dict[
        str, tuple[str, int, str, str | None]
    ]  # driver -> (kind time|grid, amount, reason, other)

    @property
    def winner(self) -> str:
        return next(d for d, p in self.finish.items() if p == 1)

    def at(self, position: int) -> str | None:
        return next((d for d, p in self.finish.items() if p == position), None)


@dataclass
class Truth:
    """The whole hidden table: races by (season, key) and final championship orders."""

    races: dict[tuple[int, str], RaceTruth]
    championship: dict[int, dict[str, int]]
    held_out: list[tuple[int, str]]  # races no article covers


def _field(ref: Reference, season: int) -> tuple[list[str], dict[str, str]]:
    taken: dict[str, str] = {}
    for team in sorted(ref.lineups.get(season, {})):
        n = 0
        for d in ref.lineups[season][team]:
            if d in taken or n >= 2:
                continue
            taken[d] = team
            n += 1
    return sorted(taken), taken


def build_truth(seed: int) -> Truth:
    """The hidden truth for ``seed`` (every covered season and race)."""
    ref = load_reference()
    rng = random.Random(f"truth-{seed}")
    races: dict[tuple[int, str], RaceTruth] = {}
    champ: dict[int, dict[str, int]] = {}
    for season in ref.seasons():
        field_ids, team = _field(ref, season)
        order = rng.sample(field_ids, len(field_ids))
        champ[season] = {d: i + 1 for i, d in enumerate(order)}
        for gp in ref.races(season):
            order = rng.sample(field_ids, len(field_ids))
            n_ret = rng.choice((0, 1, 1, 2, 2, 3))
            retired_ids = rng.sample(order[3:], n_ret)
            retired: dict[str, tuple[str, str | None]] = {}
            collisions: list[tuple[str, str]] = []
            involved: set[str] = set()
            for d in retired_ids:
                cause = rng.choice(CAUSES)
                other = None
                if cause == "collision":
                    others = [o for o in field_ids if o != d and o not in involved and o not in retired_ids]
                    other = rng.choice(others)
                    collisions.append((d, other))
                    involved.update((d, other))
                retired[d] = (cause, other)
            classified = [d for d in order if d not in retired]
            finish = {d: i + 1 for i, d in enumerate(classified)}
            if rng.random() < 0.3:
                a, b = rng.sample([d for d in classified[3:] if d not in involved] or classified[3:5], 2)
                collisions.append((a, b))
                involved.update((a, b))
            grid_order = rng.sample(field_ids, len(field_ids))
            pitlane = None
            if rng.random() < 0.2:
                pitlane = rng.choice(grid_order[1:])
                grid_order.remove(pitlane)
            grid = {d: i + 1 for i, d in enumerate(grid_order)}
            penalties: dict[str, tuple[str, int, str, str | None]] = {}
            for a, b in collisions:
                if rng.random() < 0.5 and a not in penalties:
                    penalties[a] = ("time", rng.choice((5, 10)), "collision", b)
            for _ in range(rng.choice((0, 0, 1, 1, 2))):
                d = rng.choice(field_ids)
                if d in penalties:
                    continue
                if rng.random() < 0.7:
                    penalties[d] = (
                        "time",
                        rng.choice((5, 10)),
                        rng.choice(("track_limits", "pit_speeding", "unsafe_release")),
                        None,
                    )
                else:
                    penalties[d] = ("grid", rng.choice((3, 5, 10)), rng.choice(sorted(GRID_REASONS)), None)
            races[(season, gp.key)] = RaceTruth(
                gp, field_ids, team, finish, grid, pitlane, retired, collisions, penalties
            )
    keys = sorted(races)
    held = sorted(rng.sample(keys, max(2, len(keys) // 12)))
    return Truth(races, champ, held)


# --- names ------------------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _surname_unique() -> dict[str, bool]:
    ref = load_reference()
    counts: dict[str, int] = {}
    for d in ref.drivers:
        counts[fold(d.surname)] = counts.get(fold(d.surname), 0) + 1
    return {d.id: counts[fold(d.surname)] == 1 for d in ref.drivers}


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


@cache
def _gp_mentions(
    season: int, key: str
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(nl full names, nl places, en full names, en places) that resolve to exactly this race."""
    ref = load_reference()
    gz = load_gazetteer()
    gp = ref.race(season, key)
    assert gp is not None

    def ok(text: str) -> bool:
        hits = gz.grands_prix(fold(text))
        if not hits:
            return False
        ids = hits[0].ids
        if len(ids) > 1:
            ids = tuple(k for k in ids if ref.race(season, k)) or ids
        return ids == (key,)

    nl_full = tuple(
        x
        for x in dict.fromkeys([f"de {gp.name_nl}", f"de {gp.name_nl.replace('Grand Prix', 'GP')}"])
        if ok(x)
    )
    en_full = tuple(
        x
        for x in dict.fromkeys([f"the {gp.name_en}", f"the {gp.name_en.replace('Grand Prix', 'GP')}"])
        if ok(x)
    )
    nl_place = tuple(x for x in dict.fromkeys([gp.short_nl, gp.city]) if ok(f"in {x}"))
    en_place = tuple(x for x in dict.fromkeys([gp.short_en, gp.city]) if ok(f"in {x}"))
    return (
        nl_full or (f"de {gp.name_nl}",),
        nl_place or nl_full or (gp.name_nl,),
        en_full or (f"the {gp.name_en}",),
        en_place or en_full or (gp.name_en,),
    )


@cache
def _unique_demonym(season: int, driver: str, lang: str) -> str | None:
    ref = load_reference()
    d = ref.driver(driver)
    assert d is not None
    dems = d.demonyms_nl if lang == "nl" else d.demonyms_en
    if not dems:
        return None
    ids, _ = _field(ref, season)
    dem = fold(dems[0])
    for other in ids:
        o = ref.driver(other)
        if o is not None and o.id != driver and dem in {fold(x) for x in (*o.demonyms_nl, *o.demonyms_en)}:
            return None
    return dems[0]


@cache
def _team_name(team: str) -> str:
    t = load_reference().team(team)
    return t.name if t else team


# --- article writing ------------------------------------------------------------------------------------


@dataclass
class _Writer:
    """Writes one article; remembers which drivers it named (full name first, then surname)."""

    rng: random.Random
    lang: str
    season: int
    team: dict[str, str]
    named: set[str] = field(default_factory=set)
    last: str | None = None

    def name(self, driver: str, *, allow_ref: bool = False) -> str:
        ref = load_reference()
        d = ref.driver(driver)
        assert d is not None
        r = self.rng.random()
        if allow_ref and self.last == driver and driver in self.named:
            if r < 0.4:
                return "hij" if self.lang == "nl" else "he"
            if r < 0.7:
                dem = _unique_demonym(self.season, driver, self.lang)
                if dem:
                    return f"de {dem}" if self.lang == "nl" else f"the {dem}"
            if r < 0.85 and self._team_unique(driver):
                t = _team_name(self.team[driver])
                return f"de {t}-coureur" if self.lang == "nl" else f"the {t} driver"
        self.last = driver
        if driver not in self.named:
            self.named.add(driver)
            return d.full_name
        if not _surname_unique()[driver]:
            return d.full_name
        if d.nicknames and r < 0.08 and " " not in d.nicknames[0] and d.nicknames[0] in ("Checo",):
            return d.nicknames[0]
        return d.surname

    def _team_unique(self, driver: str) -> bool:
        return not any(o != driver and self.team.get(o) == self.team[driver] for o in self.named)

    def pick(self, options: list[str]) -> str:
        return options[self.rng.randrange(len(options))]


class _Covered:
    """The facts the written articles state, for asking questions about them."""

    def __init__(self) -> None:
        self.finish: set[tuple[int, str, str]] = set()
        self.grid: set[tuple[int, str, str]] = set()
        self.pitlane: set[tuple[int, str, str]] = set()
        self.retired: set[tuple[int, str, str]] = set()
        self.collision: set[tuple[int, str, str]] = set()
        self.penalty: set[tuple[int, str, str]] = set()
        self.champ: set[tuple[int, str]] = set()
        self.drivers: set[tuple[int, str, str]] = set()  # every driver named in an article about a race


def _report(rng: random.Random, race: RaceTruth, lang: str, cov: _Covered) -> tuple[str, str]:
    """A race report (header + paragraphs) stating a random subset of the race's truth."""
    gp = race.gp
    s, k = gp.season, gp.key
    w = _Writer(rng, lang, s, race.team)
    nl_full, nl_place, en_full, en_place = _gp_mentions(s, k)
    winner = race.winner
    paras: list[list[str]] = [[], [], []]

    def mark(kind: set[tuple[int, str, str]], d: str) -> None:
        kind.add((s, k, d))
        cov.drivers.add((s, k, d))

    # paragraph 1: the winner, pole, podium
    ev = w.pick(list(nl_full) if lang == "nl" else list(en_full))
    place = w.pick(list(nl_place) if lang == "nl" else list(en_place))
    wn = w.name(winner)
    if lang == "nl":
        first = w.pick(
            [
                f"{wn} heeft {ev} gewonnen.",
                f"{wn} won {ev}.",
                f"{wn} zegevierde in {place}.",
                f"{wn} pakte in {place} de overwinning.",
                f"In {place} ging de zege naar {wn}.",
                f"{_cap(ev)} werd gewonnen door {wn}.",
            ]
        )
    else:
        first = w.pick(
            [
                f"{wn} won {ev}.",
                f"{wn} took victory in {place}.",
                f"{wn} claimed the win at {ev}.",
                f"Victory in {place} went to {wn}.",
                f"{_cap(ev)} was won by {wn}.",
            ]
        )
    paras[0].append(first)
    mark(cov.finish, winner)
    w.last = winner
    if winner in race.grid and rng.random() < 0.6:
        g = race.grid[winner]
        who = _cap(w.name(winner, allow_ref=True))
        if g == 1:
            paras[0].append(
                w.pick([f"{who} vertrok vanaf pole position.", f"{who} was vanaf pole gestart."])
                if lang == "nl"
                else w.pick([f"{who} had started from pole position.", f"{who} started from pole."])
            )
        else:
            o = _ord_nl(g, rng) if lang == "nl" else _ord_en(g, rng)
            paras[0].append(
                w.pick([f"{who} startte als {o}.", f"{who} was als {o} vertrokken."])
                if lang == "nl"
                else w.pick([f"{who} had started {o} on the grid.", f"{who} lined up {o} on the grid."])
            )
        mark(cov.grid, winner)
    p2, p3 = race.at(2), race.at(3)
    if p2 and p3 and rng.random() < 0.85:
        a, b = w.name(p2), w.name(p3)
        if lang == "nl":
            paras[0].append(
                w.pick(
                    [
                        f"{a} werd tweede, {b} maakte het podium compleet als derde.",
                        f"{a} eindigde als tweede en {b} kwam als derde over de streep.",
                        f"Achter de winnaar werd {a} tweede. {b} werd derde.",
                    ]
                )
            )
        else:
            paras[0].append(
                w.pick(
                    [
                        f"{a} finished second, with {b} completing the podium in third.",
                        f"{a} took second place. {b} crossed the line in P3.",
                        f"{a} was second and {b} finished third.",
                    ]
                )
            )
        mark(cov.finish, p2)
        mark(cov.finish, p3)
    pole = next((d for d, g in race.grid.items() if g == 1), None)
    if pole and pole != winner and rng.random() < 0.5:
        pn = w.name(pole)
        paras[0].append(
            w.pick([f"{pn} was vanaf pole position vertrokken.", f"{pn} startte vanaf pole."])
            if lang == "nl"
            else w.pick([f"{pn} had started from pole position.", f"Pole-sitter {pn} started from pole."])
        )
        mark(cov.grid, pole)

    # paragraph 2: the rest of the field
    rest = [d for d, p in sorted(race.finish.items(), key=lambda kv: kv[1]) if p >= 4]
    for d in sorted(rng.sample(rest, min(len(rest), rng.randint(2, 6))), key=lambda x: race.finish[x]):
        p = race.finish[d]
        dn = w.name(d)
        o = _ord_nl(p, rng) if lang == "nl" else _ord_en(p, rng)
        if d in race.grid and rng.random() < 0.25:
            g = race.grid[d]
            og = _ord_nl(g, rng) if lang == "nl" else _ord_en(g, rng)
            paras[1].append(
                f"{dn} startte als {og}, maar eindigde als {o}."
                if lang == "nl"
                else f"{dn} started {og} on the grid and finished {o}."
            )
            mark(cov.grid, d)
        elif lang == "nl":
            paras[1].append(
                w.pick(
                    [
                        f"{dn} werd {o}.",
                        f"{dn} eindigde als {o}.",
                        f"{dn} kwam als {o} over de streep.",
                        f"{dn} finishte als {o}.",
                        f"{dn} werd {o} voor {_team_name(race.team[d])}.",
                    ]
                )
            )
        else:
            paras[1].append(
                w.pick(
                    [
                        f"{dn} finished {o}.",
                        f"{dn} took {o}.",
                        f"{dn} crossed the line in P{p}.",
                        f"{dn} came home {o}.",
                        f"{dn} finished {o} for {_team_name(race.team[d])}.",
                    ]
                )
            )
        mark(cov.finish, d)
        if d in race.penalties and race.penalties[d][2] != "collision" and rng.random() < 0.5:
            paras[1].append(_penalty(w, race, d, allow_ref=True))
            mark(cov.penalty, d)
        w.last = d

    # paragraph 3: incidents
    done_collisions: set[tuple[str, str]] = set()
    for d, (cause, other) in sorted(race.retired.items()):
        if rng.random() < 0.25:
            continue
        if cause == "collision" and other is not None:
            a, b = w.name(d), w.name(other)
            if lang == "nl":
                paras[2].append(
                    w.pick(
                        [
                            f"{a} en {b} raakten elkaar in de eerste ronde.",
                            f"{a} botste met {b}.",
                            f"{a} kwam in aanraking met {b}.",
                        ]
                    )
                )
                paras[2].append(
                    w.pick(
                        [
                            f"Voor {a} betekende de botsing het einde van zijn race.",
                            f"{a} viel uit na de botsing.",
                        ]
                    )
                )
            else:
                paras[2].append(
                    w.pick(
                        [
                            f"{a} and {b} collided on the opening lap.",
                            f"{a} collided with {b}.",
                            f"{a} made contact with {b}.",
                        ]
                    )
                )
                paras[2].append(
                    w.pick([f"{a} retired after the collision.", f"The collision ended the race for {a}."])
                )
            mark(cov.collision, d)
            mark(cov.collision, other)
            mark(cov.retired, d)
            done_collisions.add((d, other))
        else:
            dn = w.name(d)
            if lang == "nl":
                c = _CAUSE_NL[cause]
                paras[2].append(
                    w.pick(
                        [
                            f"{dn} viel uit met {c}.",
                            f"{dn} moest opgeven met {c}.",
                            f"{dn} viel uit door {c}.",
                            f"Voor {dn} zat de race er al op door {c}.",
                        ]
                    )
                )
            else:
                c = _CAUSE_EN[cause]
                paras[2].append(
                    w.pick(
                        [
                            f"{dn} retired with {c}.",
                            f"{dn} was forced to retire with {c}.",
                            f"{dn} did not finish after {c}.",
                        ]
                    )
                )
            mark(cov.retired, d)
        w.last = d
    for a, b in race.collisions:
        if (a, b) in done_collisions or rng.random() < 0.4:
            continue
        an, bn = w.name(a), w.name(b)
        paras[2].append(
            w.pick(
                [
                    f"{an} en {bn} raakten elkaar, maar konden allebei verder.",
                    f"{an} botste met {bn} maar reed door.",
                ]
            )
            if lang == "nl"
            else w.pick(
                [
                    f"{an} and {bn} touched wheels but both carried on.",
                    f"{an} collided with {bn} but continued.",
                ]
            )
        )
        mark(cov.collision, a)
        mark(cov.collision, b)
    for d, pen in sorted(race.penalties.items()):
        if (s, k, d) in cov.penalty and rng.random() < 0.7:
            continue
        if pen[2] == "collision" and (s, k, d) not in cov.collision and rng.random() < 0.5:
            continue
        if rng.random() < 0.3:
            continue
        paras[2].append(_penalty(w, race, d))
        mark(cov.penalty, d)
        if pen[2] == "collision":
            mark(cov.collision, d)
            mark(cov.collision, pen[3] or d)
    if race.pitlane and rng.random() < 0.8:
        d = race.pitlane
        dn = w.name(d)
        paras[2].append(
            w.pick([f"{dn} moest vanuit de pitstraat starten.", f"{dn} startte vanuit de pitstraat."])
            if lang == "nl"
            else w.pick([f"{dn} started from the pit lane.", f"{dn} had to start from the pit lane."])
        )
        mark(cov.pitlane, d)
    if not paras[2]:
        paras[2].append(
            "De race verliep verder zonder grote incidenten."
            if lang == "nl"
            else "The rest of the race passed without major incidents."
        )
    date = _dt.date.fromisoformat(gp.date) + _dt.timedelta(days=rng.randint(0, 2))
    body = "\n\n".join(" ".join(_cap(x) for x in p) for p in paras if p)
    return date.isoformat(), body


def _penalty(w: _Writer, race: RaceTruth, d: str, *, allow_ref: bool = False) -> str:
    kind, amount, reason, other = race.penalties[d]
    dn = _cap(w.name(d, allow_ref=allow_ref))
    rng = w.rng
    if kind == "time":
        nl_r, en_r, _ = TIME_REASONS[reason]
        on = w.name(other) if other else ""
        nl_r, en_r = nl_r.format(x=on), en_r.format(x=on)
        if w.lang == "nl":
            n = NUM_NL[amount] if rng.random() < 0.5 else str(amount)
            return w.pick(
                [
                    f"{dn} kreeg een tijdstraf van {n} seconden voor {nl_r}.",
                    f"{dn} kreeg {n} seconden straf wegens {nl_r}.",
                ]
            )
        n = NUM_EN[amount] if rng.random() < 0.5 else str(amount)
        return w.pick(
            [
                f"{dn} was given a {n}-second time penalty for {en_r}.",
                f"{dn} received a {n}-second penalty for {en_r}.",
            ]
        )
    nl_r, en_r, _ = GRID_REASONS[reason]
    if w.lang == "nl":
        n = NUM_NL[amount] if rng.random() < 0.5 else str(amount)
        return f"{dn} kreeg een gridstraf van {n} plaatsen voor {nl_r}."
    n = NUM_EN[amount] if rng.random() < 0.5 else str(amount)
    return w.pick(
        [
            f"{dn} took a {n}-place grid penalty for {en_r}.",
            f"{dn} received a {n}-place grid penalty for {en_r}.",
        ]
    )


def _review(rng: random.Random, truth: Truth, season: int, driver: str, cov: _Covered) -> tuple[str, str]:
    """A season review of one driver: final championship position and a few highlights."""
    ref = load_reference()
    lang = rng.choice(("nl", "en"))
    some_race = next(r for (s, _), r in truth.races.items() if s == season)
    w = _Writer(rng, lang, season, some_race.team)
    pos = truth.championship[season][driver]
    dn = w.name(driver)
    if pos == 1:
        first = (
            w.pick([f"{dn} werd in {season} wereldkampioen.", f"{dn} is de wereldkampioen van {season}."])
            if lang == "nl"
            else w.pick(
                [f"{dn} clinched the {season} title.", f"{dn} was crowned world champion in {season}."]
            )
        )
    elif lang == "nl":
        o = _ord_nl(pos, rng)
        first = w.pick(
            [
                f"{dn} sloot {season} af als {o} in het kampioenschap.",
                f"{dn} eindigde het seizoen {season} als {o} in het wereldkampioenschap.",
                f"In de eindstand van het WK {season} werd {dn} {o}.",
            ]
        )
    else:
        o = _ord_en(pos, rng)
        first = w.pick(
            [
                f"{dn} ended {season} {o} in the championship.",
                f"{dn} finished {o} in the {season} drivers' standings.",
            ]
        )
    cov.champ.add((season, driver))
    paras = [[first, "Een terugblik op zijn seizoen." if lang == "nl" else "A look back at his season."]]
    races = [
        r for (s, _), r in sorted(truth.races.items()) if s == season and (s, r.gp.key) not in truth.held_out
    ]
    for race in sorted(rng.sample(races, min(len(races), rng.randint(2, 4))), key=lambda r: r.gp.round):
        k = race.gp.key
        _, nl_place, _, en_place = _gp_mentions(season, k)
        place = w.pick(list(nl_place) if lang == "nl" else list(en_place))
        dn = w.name(driver)
        if driver in race.retired:
            cause, other = race.retired[driver]
            if cause == "collision" and other:
                on = w.name(other)
                text = (
                    f"In {place} botste {dn} met {on} en viel hij uit."
                    if lang == "nl"
                    else f"In {place} {dn} collided with {on} and retired."
                )
                cov.collision.add((season, k, driver))
                cov.collision.add((season, k, other))
                cov.drivers.add((season, k, other))
            else:
                text = (
                    f"In {place} viel {dn} uit met {_CAUSE_NL[cause]}."
                    if lang == "nl"
                    else f"In {place} {dn} retired with {_CAUSE_EN[cause]}."
                )
            cov.retired.add((season, k, driver))
        else:
            p = race.finish[driver]
            if p == 1:
                text = (
                    w.pick([f"In {place} won {dn}.", f"{dn} won in {place}."])
                    if lang == "nl"
                    else w.pick([f"{dn} won in {place}.", f"In {place} {dn} took victory."])
                )
            else:
                o = _ord_nl(p, rng) if lang == "nl" else _ord_en(p, rng)
                text = (
                    w.pick([f"In {place} werd {dn} {o}.", f"{dn} eindigde in {place} als {o}."])
                    if lang == "nl"
                    else w.pick([f"In {place} {dn} finished {o}.", f"{dn} finished {o} in {place}."])
                )
            cov.finish.add((season, k, driver))
        cov.drivers.add((season, k, driver))
        paras.append([_cap(text)])
    finale = ref.last_race(season)
    assert finale is not None
    date = _dt.date.fromisoformat(finale.date) + _dt.timedelta(days=rng.randint(3, 20))
    return date.isoformat(), "\n\n".join(" ".join(p) for p in paras)


# --- questions ---------------------------------------------------------------------------------------------


def _q_driver(rng: random.Random, driver: str) -> str:
    d = load_reference().driver(driver)
    assert d is not None
    if not _surname_unique()[driver]:
        return d.full_name
    r = rng.random()
    if r < 0.1:
        return d.full_name
    if r < 0.25:
        return fold(d.surname) if fold(d.surname) != d.surname.lower() else d.surname
    if r < 0.3 and d.nicknames and d.nicknames[0] == "Checo":
        return "Checo"
    return d.surname


def _q_event(rng: random.Random, season: int, key: str, lang: str) -> str:
    nl_full, nl_place, en_full, en_place = _gp_mentions(season, key)
    if lang == "nl":
        if rng.random() < 0.5:
            return f"in {rng.choice(nl_place)} {season}"
        return f"in {rng.choice(nl_full)} van {season}"
    if rng.random() < 0.5:
        return f"in {rng.choice(en_place)} {season}"
    full = rng.choice(en_full)
    return f"in the {season} {full.removeprefix('the ')}"


def _surname(driver: str) -> str:
    d = load_reference().driver(driver)
    assert d is not None
    return d.surname


def _questions(
    rng: random.Random, truth: Truth, cov: _Covered, limit: int
) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    qs: list[tuple[dict[str, Any], dict[str, Any]]] = []

    def add(meta: dict[str, Any], nl: list[str], en: list[str], **expect: Any) -> None:
        lang = rng.choice(("nl", "en"))
        text = rng.choice(nl if lang == "nl" else en)
        qs.append(({"question": text, **expect}, meta))

    def ev(s: int, k: str, lang: str) -> str:
        return _q_event(rng, s, k, lang)

    for s, k, d in sorted(cov.finish):
        race = truth.races[(s, k)]
        p = race.finish[d]
        dn = _q_driver(rng, d)
        e_nl, e_en = ev(s, k, "nl"), ev(s, k, "en")
        meta = {"kind": "finish", "season": s, "key": k, "driver": d, "value": p}
        if p == 1 and rng.random() < 0.6:
            others = [_surname(x) for x in (race.at(2), race.at(3)) if x]
            add(
                {**meta, "kind": "winner"},
                [f"Wie won {e_nl}?", f"Wie was de winnaar {e_nl}?"],
                [f"Who won {e_en}?", f"Who was the winner {e_en}?"],
                any=[_surname(d)],
                **({"not": [f"{o} won" for o in others]} if others else {}),
            )
        elif 2 <= p <= 10 and rng.random() < 0.3:
            add(
                {**meta, "kind": "position"},
                [f"Wie werd {ORDINALS_NL[p - 1]} {e_nl}?"],
                [f"Who finished {ORDINALS_EN[p - 1]} {e_en}?"],
                any=[_surname(d)],
            )
        else:
            add(
                meta,
                [
                    f"Hoe eindigde {dn} {e_nl}?",
                    f"Waar eindigde {dn} {e_nl}?",
                    f"Welke plaats haalde {dn} {e_nl}?",
                ],
                [
                    f"Where did {dn} finish {e_en}?",
                    f"What position did {dn} finish {e_en}?",
                    f"How did {dn} finish {e_en}?",
                ],
                any=ordinal_forms(p) + (WIN_WORDS if p == 1 else []),
            )
    for s, k, d in sorted(cov.grid):
        g = truth.races[(s, k)].grid[d]
        dn = _q_driver(rng, d)
        add(
            {"kind": "grid", "season": s, "key": k, "driver": d, "value": g},
            [f"Waar startte {dn} {ev(s, k, 'nl')}?", f"Wat was de startplek van {dn} {ev(s, k, 'nl')}?"],
            [
                f"Where did {dn} start {ev(s, k, 'en')}?",
                f"What grid position did {dn} have {ev(s, k, 'en')}?",
            ],
            any=["pole", "pole position"] if g == 1 else ordinal_forms(g),
        )
    for s, k, d in sorted(cov.pitlane):
        dn = _q_driver(rng, d)
        add(
            {"kind": "pitlane", "season": s, "key": k, "driver": d, "value": True},
            [f"Waar startte {dn} {ev(s, k, 'nl')}?"],
            [f"Where did {dn} start {ev(s, k, 'en')}?"],
            any=["pitstraat", "pit lane", "pitlane"],
        )
    for s, k, d in sorted(cov.retired):
        cause, _ = truth.races[(s, k)].retired[d]
        dn = _q_driver(rng, d)
        meta = {"kind": "retirement", "season": s, "key": k, "driver": d, "value": cause}
        if rng.random() < 0.5:
            add(
                {**meta, "kind": "retirement_cause"},
                [f"Waarom viel {dn} uit {ev(s, k, 'nl')}?"],
                [f"Why did {dn} retire {ev(s, k, 'en')}?"],
                any=CAUSE_WORDS[cause],
            )
        else:
            add(
                meta,
                [f"Is {dn} uitgevallen {ev(s, k, 'nl')}?", f"Viel {dn} uit {ev(s, k, 'nl')}?"],
                [f"Did {dn} retire {ev(s, k, 'en')}?", f"Was {dn} a DNF {ev(s, k, 'en')}?"],
                any=["viel uit", "uitgevallen", "uitval", "retired", "DNF", "opgave"],
            )
    for s, k, d in sorted(cov.collision):
        race = truth.races[(s, k)]
        partners = sorted(
            {b for a, b in race.collisions if a == d} | {a for a, b in race.collisions if b == d}
        )
        if len(partners) != 1:
            continue
        dn = _q_driver(rng, d)
        add(
            {"kind": "collision", "season": s, "key": k, "driver": d, "value": partners[0]},
            [f"Met wie botste {dn} {ev(s, k, 'nl')}?"],
            [f"Who did {dn} collide with {ev(s, k, 'en')}?"],
            all=[_surname(partners[0])],
        )
    for s, k, d in sorted(cov.penalty):
        kind, amount, reason, other = truth.races[(s, k)].penalties[d]
        dn = _q_driver(rng, d)
        meta = {"kind": "penalty", "season": s, "key": k, "driver": d, "value": (kind, amount)}
        keywords = TIME_REASONS[reason][2] if kind == "time" else GRID_REASONS[reason][2]
        if reason == "collision" and other:
            keywords = [_surname(other)]
        if rng.random() < 0.4:
            add(
                {**meta, "kind": "penalty_reason", "value": reason},
                [f"Waarom kreeg {dn} een straf {ev(s, k, 'nl')}?"],
                [f"Why did {dn} get a penalty {ev(s, k, 'en')}?"],
                any=keywords,
            )
        else:
            unit = ("seconden", "seconds", "second") if kind == "time" else ("plaatsen", "places", "place")
            forms = [
                f"{amount} {unit[0]}",
                f"{NUM_NL[amount]} {unit[0]}",
                f"{amount} {unit[1]}",
                f"{NUM_EN[amount]} {unit[1]}",
                f"{amount}-{unit[2]}",
                f"{NUM_EN[amount]}-{unit[2]}",
            ]
            add(
                meta,
                [f"Welke straf kreeg {dn} {ev(s, k, 'nl')}?"],
                [f"What penalty did {dn} get {ev(s, k, 'en')}?"],
                any=forms,
            )
    for s, d in sorted(cov.champ):
        p = truth.championship[s][d]
        dn = _q_driver(rng, d)
        add(
            {"kind": "championship", "season": s, "driver": d, "value": p},
            [
                f"Hoe eindigde {dn} in het kampioenschap van {s}?",
                f"Welke plaats had {dn} in de eindstand van {s}?",
            ],
            [
                f"Where did {dn} finish in the {s} championship?",
                f"What was {dn}'s position in the {s} standings?",
            ],
            any=ordinal_forms(p),
        )
    answerable = qs
    rng.shuffle(answerable)
    n_none = max(3, limit // 10)
    answerable = answerable[: max(0, limit - n_none)]
    none: list[tuple[dict[str, Any], dict[str, Any]]] = []
    pairs = [
        (s, d)
        for s in sorted(truth.championship)
        for d in sorted(truth.championship[s])
        if (s, d) not in cov.champ
    ]
    for i in range(n_none):
        r = i % 3 if pairs else i % 2
        if r in (0, 1):
            s, k = truth.held_out[rng.randrange(len(truth.held_out))]
            race = truth.races[(s, k)]
            if r == 0:
                lang = rng.choice(("nl", "en"))
                text = f"Wie won {ev(s, k, 'nl')}?" if lang == "nl" else f"Who won {ev(s, k, 'en')}?"
                none.append(({"question": text, "none": True}, {"kind": "none_race", "season": s, "key": k}))
            else:
                d = rng.choice(race.field)
                dn = _q_driver(rng, d)
                text = rng.choice(
                    [f"Hoe eindigde {dn} {ev(s, k, 'nl')}?", f"Where did {dn} finish {ev(s, k, 'en')}?"]
                )
                none.append(
                    (
                        {"question": text, "none": True},
                        {"kind": "none_race", "season": s, "key": k, "driver": d},
                    )
                )
        else:
            s, d = pairs[rng.randrange(len(pairs))]
            dn = _q_driver(rng, d)
            text = rng.choice(
                [
                    f"Hoe eindigde {dn} in het kampioenschap van {s}?",
                    f"Where did {dn} finish in the {s} championship?",
                ]
            )
            none.append(({"question": text, "none": True}, {"kind": "none_champ", "season": s, "driver": d}))
    allq = answerable + none
    rng.shuffle(allq)
    out: list[dict[str, Any]] = []
    metas: dict[str, dict[str, Any]] = {}
    for i, (q, meta) in enumerate(allq):
        qid = f"gen-{i:05d}"
        out.append({"id": qid, **q})
        metas[qid] = meta
    return out, metas


# --- entry points -----------------------------------------------------------------------------------------


@dataclass
class Corpus:
    """A generated corpus: article files (name, text), the questions, and the hidden truth behind them."""

    articles: list[tuple[str, str]]
    questions: list[dict[str, Any]]
    meta: dict[str, dict[str, Any]]
    truth: Truth


def build(n: int, seed: int, questions: int | None = None) -> Corpus:
    """Generate ``n`` articles and up to ``questions`` questions (default: max(200, n)) in memory."""
    truth = build_truth(seed)
    rng = random.Random(f"articles-{seed}-{n}")
    covered = [key for key in sorted(truth.races) if key not in set(truth.held_out)]
    cov = _Covered()
    articles: list[tuple[str, str]] = []
    n_reviews = n // 7
    pairs = [(s, d) for s in sorted(truth.championship) for d in sorted(truth.championship[s])]
    review_pairs = rng.sample(pairs, min(len(pairs), max(1, n_reviews)))
    for i in range(n):
        lang = "nl" if rng.random() < 0.55 else "en"
        if i % 7 == 6 and review_pairs:
            s, d = review_pairs[(i // 7) % len(review_pairs)]
            date, body = _review(rng, truth, s, d, cov)
            name = f"{i:05d}-{s}-review-{d}.txt"
        else:
            s, k = covered[rng.randrange(len(covered))] if i >= len(covered) else covered[i]
            date, body = _report(rng, truth.races[(s, k)], lang, cov)
            name = f"{i:05d}-{s}-{k}-{lang}.txt"
        articles.append((name, f"date {date}\n{body}\n"))
    qs, meta = _questions(random.Random(f"questions-{seed}-{n}"), truth, cov, questions or max(200, n))
    return Corpus(articles, qs, meta, truth)


def generate(n: int, seed: int, out_dir: Path, questions: int | None = None) -> list[dict[str, Any]]:
    """Write ``n`` articles into ``out_dir`` (created) and return the questions (questions.jsonl format)."""
    corpus = build(n, seed, questions)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for name, text in corpus.articles:
        (out / name).write_text(text, encoding="utf-8")
    return corpus.questions
