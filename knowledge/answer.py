"""Answer a ``Query`` from the facts: pick the facts that answer exactly that question, and word a short
reply.

Nothing here guesses: when the facts do not answer the question, the result is ``unknown``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import TypeVar

from knowledge.asked import names_moment
from knowledge.extract import LAST, Fact, overtakes, running
from knowledge.extract.corners import corner_words
from knowledge.extract.counts import ORDINAL_COUNT
from knowledge.extract.fines import team_id
from knowledge.extract.laps import AFTER_LAPS
from knowledge.extract.model import ANSWERING, PENALTY_ANOTHER, PENALTY_NEXT_RACE, penalty_times
from knowledge.extract.practice import sessions_named
from knowledge.gazetteer import load_gazetteer
from knowledge.query import RESULTS_Q_RE, WHO_RE, WITH_WHOM_RE, Query, asks_size, size_told, unit_asked
from knowledge.reference import GrandPrix, Reference
from knowledge.store import StoredFact
from knowledge.text import (
    ORDINAL_RE,
    cardinal_value,
    fold,
    lap_clock,
    ordinal_en,
    ordinal_nl,
    ordinal_value,
    points_phrase,
)
from knowledge.told_laps import answer_laps
from knowledge.told_practice import answer_practice
from knowledge.told_quotes import answer_quote
from knowledge.told_reasons import answer_why
from knowledge.told_teams import answer_team, teams_asked

MAX_REPLY = 290


# a question about the start from pole, or the pole after a penalty ("wie start op pole na de straf van max")
_START_OR_PENALTY_Q_RE = re.compile(
    r"\b(?:start\w*|vertrek\w*|began|begon|(?:grid)?straf\w*|penalt\w*|demot\w*|teruggezet)\b"
)


@dataclass(frozen=True)
class Draft:
    """An answer before its sources are fetched: text plus the sentence ids it rests on."""

    status: str
    text: str
    sentence_ids: tuple[int, ...] = ()
    #: the season answered for when the question named none (a follow-up continues with it)
    season: int | None = None
    #: the reply is the sentence the answer rests on, quoted (what happened told by a bare "crash" says too
    #: little: the article's own words tell how)
    quote_source: bool = False


#: Kinds of fact that only a race that has been run gives: an article telling one of a race has seen it.
#: (Not the fastest lap: "the fastest lap in F1 history" is a qualifying lap.)
_RACE_TOLD_KINDS = frozenset(
    {"finish", "retirement", "podium", "safety_car", "crash", "collision", "time_gap", "overtake", "pit_stop"}
)


class FactIndex:
    """All facts in memory, indexed by driver and by event; rebuilt and swapped whole after a reload."""

    def __init__(self, facts: Iterable[StoredFact]) -> None:
        facts = list(facts)
        # A place on the road of one an article has disqualified from that race ("Ocon wint voor Vettel" in
        # one article, Vettel's disqualification in another) answers only "where did he cross the line".
        disqualified = {
            (sf.fact.driver, sf.fact.grand_prix, sf.fact.season)
            for sf in facts
            if sf.fact.kind == "penalty"
            and sf.fact.penalty == "disqualification"
            and sf.fact.session == "race"
            and sf.fact.status in ANSWERING
        }
        if disqualified:
            facts = [
                replace(sf, fact=replace(sf.fact, status="superseded"))
                if sf.fact.kind in ("finish", "podium")
                and sf.fact.session == "race"
                and sf.fact.position != LAST
                and (sf.fact.driver, sf.fact.grand_prix, sf.fact.season) in disqualified
                and sf.fact.status in ANSWERING
                else sf
                for sf in facts
            ]
        # Running places, targets and corrected places are stored, but never answer a question.
        self.facts = [sf for sf in facts if sf.fact.status in ANSWERING]
        self.by_driver: dict[str, list[StoredFact]] = {}
        self.by_event: dict[str, list[StoredFact]] = {}
        self.by_kind: dict[str, list[StoredFact]] = {}
        # Narrower pools so a question filters tens of facts, not every fact of a driver or race.
        self.by_driver_event: dict[tuple[str, str], list[StoredFact]] = {}
        self.by_driver_season: dict[tuple[str, int | None], list[StoredFact]] = {}
        self.by_event_season: dict[tuple[str, int | None], list[StoredFact]] = {}
        #: places on the road that a penalty corrected ("kwam als tweede over de streep, maar ..."), by driver
        #: and race: they answer only "where did he cross the line before his penalty"
        self.on_the_road: dict[tuple[str, str | None, int | None], list[StoredFact]] = {}
        for sf in facts:
            if sf.fact.kind == "finish" and sf.fact.status == "superseded" and sf.fact.position:
                key = (sf.fact.driver, sf.fact.grand_prix, sf.fact.season)
                self.on_the_road.setdefault(key, []).append(sf)
        for sf in self.facts:
            f = sf.fact
            self.by_driver.setdefault(f.driver, []).append(sf)
            self.by_driver_season.setdefault((f.driver, f.season), []).append(sf)
            if f.grand_prix:
                self.by_event.setdefault(f.grand_prix, []).append(sf)
                self.by_driver_event.setdefault((f.driver, f.grand_prix), []).append(sf)
                self.by_event_season.setdefault((f.grand_prix, f.season), []).append(sf)
            self.by_kind.setdefault(f.kind, []).append(sf)
        self.events = sorted(self.by_event)
        #: the seasons the facts cover, newest first
        self.seasons = sorted(
            {sf.fact.season for sf in self.facts if sf.fact.season is not None}, reverse=True
        )
        #: (article, race, season) of articles that tell a race's qualifying or grid but not its result:
        #: written before that race
        told_grid = {
            (sf.article, sf.fact.grand_prix, sf.fact.season)
            for sf in self.facts
            if sf.fact.kind in ("grid", "qualifying") and sf.fact.grand_prix
        }
        told_result = {
            (sf.article, sf.fact.grand_prix, sf.fact.season)
            for sf in self.facts
            if sf.fact.kind in _RACE_TOLD_KINDS and sf.fact.session == "race"
        }
        #: (article, race, season) of articles that tell that race's result, and that tell anything of it
        self.race_told = told_result
        self.told_of = {
            (sf.article, sf.fact.grand_prix, sf.fact.season) for sf in self.facts if sf.fact.grand_prix
        }
        self.before_race = told_grid - told_result
        #: the newest article date the facts come from ("" when none is dated)
        self.latest_date = max((sf.article_date or "" for sf in self.facts), default="")

    def seasons_of(self, facts: Iterable[StoredFact]) -> list[int | None]:
        """Distinct seasons, newest first, unknown (None) last."""
        seasons = {sf.fact.season for sf in facts}
        known = sorted((s for s in seasons if s is not None), reverse=True)
        return [*known, *([None] if None in seasons else [])]


class Answerer:
    """Words replies in Dutch or English from the fact index."""

    def __init__(self, ref: Reference) -> None:
        self.ref = ref

    # --- names ------------------------------------------------------------------------------------

    def driver_name(self, driver_id: str) -> str:
        """A driver's surname as fans write it."""
        d = self.ref.driver(driver_id)
        return d.surname if d else driver_id

    def event_name(self, key: str, season: int | None, lang: str, *, with_article: bool = True) -> str:
        """ "de GP van Mexico 2024" / "the 2024 Mexico City GP"."""
        gp = self.ref.race(season, key) if season else None
        if gp is None:
            try:
                en, nl = self.ref.event_names(key)
            except KeyError:
                en = nl = key
        else:
            en, nl = gp.name_en, gp.name_nl
        if lang == "en":
            core = en.replace("Grand Prix", "GP")
            return (
                f"the {season} {core}"
                if season and with_article
                else (f"{season} {core}" if season else (f"the {core}" if with_article else core))
            )
        core = nl.replace("Grand Prix", "GP")
        text = f"{core} {season}" if season else core
        return f"de {text}" if with_article else text

    def _names(self, ids: Iterable[str], lang: str) -> str:
        return self._join([self.driver_name(i) for i in dict.fromkeys(ids)], lang)

    @staticmethod
    def _pos(n: int, lang: str) -> str:
        if n == LAST:
            return "last" if lang == "en" else "laatste"
        return f"{ordinal_en(n) if lang == 'en' else ordinal_nl(n)} (P{n})"

    # --- entry point ----------------------------------------------------------------------------------

    def answer(self, q: Query, index: FactIndex) -> Draft:
        """Answer ``q`` from ``index``, or say plainly that the articles do not tell."""
        lang = q.lang
        if q.suggestions and not q.drivers:
            names = [self._full(i) for i in q.suggestions[:3]]
            joined = " of ".join(names) if lang == "nl" else " or ".join(names)
            return Draft("unknown", f"Bedoel je {joined}?" if lang == "nl" else f"Did you mean {joined}?")
        if q.unsupported in _TOLD_ATTRIBUTES:
            # The fastest lap, counts, overtakes, neutralisations, fines, the constructors' title and points
            # gaps are answered only as an article states them.
            told_handler = {
                "fastest_lap": self._fastest_lap,
                "session": self._knockout,
                "count": self._count,
                "overtake": self._overtake,
                "safety_car": self._safety_car,
                "fine": self._fine,
                "constructors": self._constructors,
                "points_gap": self._points_gap,
                "row_partner": self._row_partner,
                "penalty_points": self._licence_points,
                "points": self._race_points,
                "tyres": self._tyres,
                "lap": self._lap,
                "gap": self._time_gap,
                "pace": self._time_gap,
                "pitstops": self._pit_stop,
                "culprit": self._culprit,
                "corner": self._corner,
                "on_podium": self._on_podium,
                "after_penalty": self._after_penalty,
                "before_penalty": self._before_penalty,
                "behind_of": self._next_to,
                "ahead_of": self._next_to,
                "served_at": self._served_at,
                "running_position": self._running_place,
                "laptime": self._lap_time,
                "start_time": self._start_time,
            }[q.unsupported]
            if q.why and q.unsupported not in _WHY_TOLD:
                # "why did max lose his fastest lap": who set it, or any other plain fact, is no why
                told = None
            elif q.season is None and q.unsupported in _NEWEST_SEASON_TOLD:
                # "Was there a safety car in Bahrain?": the newest season the articles tell it for
                told = self._newest_season(q, index, told_handler)
            else:
                told = told_handler(q, index)
            if (
                told is None
                and q.unsupported == "gap"
                and (
                    _LEAD_NO_TIME_Q_RE.search(q.folded)
                    or q.intent == "championship"
                    or (q.grand_prix is not None and _AFTER_RACE_Q_RE.search(q.folded))
                )
            ):
                # "verstappen lead over norris after las vegas", "verschil verstappen norris eindstand": no
                # time told, a gap in the standings may be
                told = self._points_gap(q, index) if not _TIME_WORD_Q_RE.search(q.folded) else None
            if told is not None:
                return told
        if (
            not q.drivers
            and not q.why  # ("why could red bull forget the constructors' title": no standing answers it)
            and (q.unsupported in ("points", "points_gap") or q.intent in ("championship", "points"))
            and teams_asked(q.folded, q.season)
        ):
            # "ferrari punten na gp nederland 2021": a team's, in the constructors' championship
            return self._team_standing(q, index) or self._unknown(q)
        if q.unsupported == "points" and q.intent == "championship" and q.drivers:
            # "Hoeveel punten had Hamilton in de WK-stand voor de GP van Brazilië?": a championship total
            return self._points(q, index) or self._unknown(q)
        if (
            q.unsupported == "when"
            and not q.drivers
            and q.grand_prix
            and q.season is not None
            and not _CLOCK_OR_RESTART_Q_RE.search(q.folded)
        ):
            # "wanneer kwam de safety car": the lap it came out in (not "what time did it restart": a time
            # of day, or the restart's moment)
            sc_lap = self._neutralisation_lap(q, index)
            if sc_lap is not None:
                return sc_lap
        if q.unsupported == "laps" and len(q.drivers) == 1 and _AFTER_HOW_MANY_Q_RE.search(q.folded):
            ran = self._laps_before_retiring(q, index)  # "na hoeveel ronden viel hij uit": the laps he ran
            if ran is not None:
                return ran
        if q.unsupported == "laps":
            laps = answer_laps(self, q, index)
            if laps is not None:
                return Draft("answered", laps[0], self._ids(laps[1]))
        if q.unsupported == "practice":
            practised = answer_practice(self, q, index)
            if practised is not None:
                return Draft("answered", practised[0], self._ids(practised[1]))
        if q.unsupported == "quote":
            quoted = answer_quote(self, q, index)
            if quoted is not None:
                return Draft("answered", quoted[0], self._ids(quoted[1]))  # cut to its own length
        if q.unsupported:
            return self._unknown(q)
        if not q.drivers and q.position == 1 and q.grand_prix and _ROAD_FIRST_Q_RE.search(q.folded):
            # "wie kwam als eerste over de finish": the winner, unless an article tells that the one first on
            # the road lost the win
            road = self._road_first(q, index)
            if road is not None:
                return road
        told_why = answer_why(self, q, index)  # a place given back, a race missed, a stand-in: told with why
        if told_why is not None:
            return Draft("answered", _trim(told_why[0]), self._ids(told_why[1]))
        intent = q.intent
        # ("why did Max not set a time in quali": a why about qualifying, not about where he started)
        start_why = q.why and intent in ("grid", "pitlane") and not _QUALI_NOT_START_Q_RE.search(q.folded)
        if start_why:
            # "Waarom startte Pérez als zesde?": a start position is explained by a (grid) penalty.
            intent = "penalty"
            q = replace(q, intent="penalty")
        if q.why and intent == "finish" and q.drivers and _RECLASSIFIED_Q_RE.search(q.folded):
            # "Waarom werd hij als vijfde geklasseerd terwijl hij als derde finishte?": a place changed
            # after the finish is a time penalty's doing; only one told with its reason answers
            return self._reclassified(q, index) or self._unknown(q)
        if intent is None or (q.why and intent not in ("penalty", "disqualification", "retirement")):
            # A "why" that no reason fact answers must not be met with a list of results.
            return self._unknown(q)
        if start_why:
            draft_start = self._start_penalty(q, index)
            if draft_start is None:
                # "waarom moest hij achteruit op de grid": no start penalty or cause told; a time penalty of
                # that race is not why he started where he did
                return self._unknown(q)
            # (two reasons of one grid penalty, each a long sentence: a reply stays short)
            return replace(draft_start, text=_trim(draft_start.text))
        if q.why and not q.drivers and intent in ("penalty", "disqualification", "retirement"):
            team_why = self._team_drivers_why(q, index)
            if team_why is not None:
                return replace(team_why, text=_trim(team_why.text))
        handler = {
            "championship": self._championship,
            "winner": self._winner,
            "position": self._position_holder,
            "finish": self._finish,
            "grid": self._grid,
            "pitlane": self._grid,
            "collision": self._collision,
            "penalty": self._penalty,
            "disqualification": self._penalty,
            "retirement": self._retirement,
            "summary": self._summary,
            "incidents": self._summary,  # /incidents: the summary without results and starts
            "points": self._points,
            "crash": self._crash_holder,
            "podium": self._podium_holders,
        }[intent]
        draft = self._newest_season(q, index, handler) if q.season is None else handler(q, index)
        if (
            draft is None
            and intent in ("grid", "finish")
            and q.drivers
            and _QUALI_ASKED_RE.search(q.folded)
            and not _PLACE_WORD_Q_RE.search(q.folded)
        ):
            # "sainz kwali monza 2025" when only his knock-out is told: the part he went out in
            draft = self._knockout_part(q, index)
        if draft is None:
            return self._unknown(q)
        if len(draft.text) > MAX_REPLY:
            draft = replace(draft, text=_trim(draft.text))
        return draft

    @staticmethod
    def _newest_season(
        q: Query, index: FactIndex, handler: Callable[[Query, FactIndex], Draft | None]
    ) -> Draft | None:
        """Without a season, the answer of the newest season the articles answer it for (the reply names
        the season); facts of undated articles answer only when no season does."""
        for season in index.seasons:
            draft = handler(replace(q, season=season), index)
            if draft is not None:
                if str(season) not in draft.text:  # the reply says which season it is about
                    draft = replace(draft, text=f"{draft.text.rstrip('.')} ({season}).")
                return replace(draft, season=season)
        return handler(q, index)

    def _full(self, driver_id: str) -> str:
        d = self.ref.driver(driver_id)
        return d.full_name if d else driver_id

    def _unknown(self, q: Query) -> Draft:
        """ "I don't know ...", naming what was asked when the question names an attribute no fact holds."""
        who = self._names(q.drivers, q.lang)
        where = ""
        if q.grand_prix:
            where = self.event_name(q.grand_prix, q.season, q.lang)
        elif q.season:
            where = str(q.season)
        key = q.unsupported or ("" if q.why else q.intent) or ""  # a why stays the plain "I don't know"
        if key == "grid" and q.position == 1 and not q.drivers:
            key = "pole"
        asked = _ASKED_WORDS.get(key) or _INTENT_WORDS.get(key)
        if asked is not None:
            en, nl, en_anon, nl_anon = asked
            one = len(q.drivers) == 1  # two drivers read badly in "how many points X and Y scored"
            phrase = (en if one else en_anon) if q.lang == "en" else (nl if one else nl_anon)
            text = (
                phrase.format(who=who)
                + (f" in {where}" if where else "")
                + (f" ({who})" if who and not one else "")
            )
            if q.lang == "en":
                return Draft("unknown", _trim(f"I don't know {text}: my articles do not say."))
            return Draft("unknown", _trim(f"Ik weet niet {text}: dat staat niet in mijn artikelen."))
        about = [a for a in (who, where) if a]
        if q.lang == "en":
            text = "I don't know: my articles say nothing about that" + (
                f" ({', '.join(about)})." if about else "."
            )
        else:
            text = "Dat weet ik niet: daar staat niets over in mijn artikelen" + (
                f" ({', '.join(about)})." if about else "."
            )
        return Draft("unknown", text)

    # --- selection ------------------------------------------------------------------------------------

    def _select(
        self,
        q: Query,
        index: FactIndex,
        kinds: set[str],
        *,
        driver: str | None = None,
        use_event: bool = True,
        session: str | None = None,
    ) -> list[StoredFact]:
        if driver is not None:
            if use_event and q.grand_prix:
                pool = index.by_driver_event.get((driver, q.grand_prix), [])
            elif q.season is not None:
                pool = index.by_driver_season.get((driver, q.season), [])
            else:
                pool = index.by_driver.get(driver, [])
        elif use_event and q.grand_prix:
            if q.season is not None:
                pool = index.by_event_season.get((q.grand_prix, q.season), [])
            else:
                pool = index.by_event.get(q.grand_prix, [])
        else:
            pool = [sf for k in kinds for sf in index.by_kind.get(k, [])]
        want_session = session or q.session or "race"
        out = []
        for sf in pool:
            f = sf.fact
            if f.kind not in kinds:
                continue
            if use_event and q.grand_prix and f.grand_prix != q.grand_prix:
                continue
            if q.season is not None and f.season != q.season:
                continue
            if (
                f.kind not in ("championship", "collision", "crash", "retirement", "penalty")
                and f.session != want_session
                and not (
                    f.kind in ("grid", "qualifying", "pitlane")
                    and want_session == "race"
                    and f.session == "qualifying"
                )
            ):
                continue
            if (
                f.kind in ("retirement", "crash", "collision", "penalty")
                and q.session
                and f.session != q.session
            ):
                continue
            if f.session == "practice" and want_session != "practice":
                continue  # (a crash or a stop in practice answers no question of the race)
            out.append(sf)
        return out

    @staticmethod
    def _ids(facts: Iterable[StoredFact]) -> tuple[int, ...]:
        return tuple(dict.fromkeys(sf.sentence_id for sf in facts))

    def _where(self, f: Fact, lang: str, session: str | None = None) -> str:
        if f.grand_prix:
            ev = self.event_name(f.grand_prix, f.season, lang)
            if (session or f.session) == "sprint":
                return f"in the sprint of {ev}" if lang == "en" else f"in de sprint van {ev}"
            return f"in {ev}"
        if f.season:
            return f"in {f.season}"
        return ""

    # --- intents ----------------------------------------------------------------------------------

    def _championship(self, q: Query, index: FactIndex) -> Draft | None:
        if not q.drivers:
            return self._standing_holder(q, index)
        parts: list[str] = []
        used: list[StoredFact] = []
        d = q.drivers[0]
        facts = self._select(q, index, {"championship"}, driver=d, use_event=False)
        if q.grand_prix:
            # "after the Japanese GP": only a standing from an article written between that race and the
            # next one answers ("before abu dhabi": between the race before and that one); the final
            # standings are a neighbouring fact.
            facts, _before = self._standing_asked(q, facts, index)
        points = (
            self._select(q, index, {"points"}, driver=d, use_event=False, session="season") if facts else []
        )
        for season in index.seasons_of(facts):
            fs = [sf for sf in facts if sf.fact.season == season and sf.fact.position]
            # (a review written after the season: "na vier races stond hij tweede ... sloot het seizoen af als
            # achtste": the end told in words goes before a standing of the season's course)
            final = [sf for sf in fs if sf.fact.detail != "interim"] or [
                sf for sf in fs if self._after_season(sf)
            ]
            interim = not final
            if interim and q.text and _FINAL_STANDING_RE.search(q.folded):
                continue  # asked where he ended the season: a standing during it is a neighbouring fact
            if interim and not q.grand_prix and season is not None and self._season_known_over(season, index):
                continue  # the season is over: where he stood in April is not where he stood in 2019
            fs = final or fs
            pos = _consensus([sf.fact.position for sf in fs if sf.fact.position is not None])
            if pos is None or season is None:
                continue
            held = [sf for sf in fs if sf.fact.position == pos]
            used.extend(held)
            name = self.driver_name(d)
            # the points the same table rows give him: "3. Daniel Ricciardo, Red Bull: 72"
            rows = {sf.sentence_id for sf in held}
            pts = [sf for sf in points if sf.sentence_id in rows and sf.fact.season == season]
            total = _consensus([sf.fact.amount for sf in pts if sf.fact.amount is not None])
            if total is not None:
                used.extend(sf for sf in pts if sf.fact.amount == total)
            with_en = f" with {points_phrase(total, 'en')}" if total is not None else ""
            with_nl = f" met {points_phrase(total, 'nl')}" if total is not None else ""
            if interim and q.lang == "en":
                parts.append(
                    f"{name} was {self._pos(pos, 'en')} in the {season} championship{with_en} at the time of"
                    " the article (not the final standings)."
                )
            elif interim:
                parts.append(
                    f"{name} stond {self._pos(pos, 'nl')} in het kampioenschap van {season}{with_nl} ten"
                    " tijde van het artikel (geen eindstand)."
                )
            elif q.lang == "en":
                parts.append(f"{name} finished {self._pos(pos, 'en')} in the {season} championship{with_en}.")
            else:
                parts.append(
                    f"{name} werd {self._pos(pos, 'nl')} in het kampioenschap van {season}{with_nl}."
                )
        return Draft("answered", " ".join(parts), self._ids(used)) if parts else None

    def _season_known_over(self, season: int, index: FactIndex) -> bool:
        """An article dated after the season's last race is known: the season is over."""
        last = self.ref.last_race(season)
        return bool(last and len(index.latest_date) >= 10 and index.latest_date > last.date)

    def _after_season(self, sf: StoredFact) -> bool:
        """The article was written on or after its season's last race day: its standing is the final one
        (a report of the finale is dated its day, like those of every race after which a standing is read)."""
        last = self.ref.last_race(sf.fact.season) if sf.fact.season else None
        return bool(last and sf.article_date and len(sf.article_date) >= 10 and sf.article_date >= last.date)

    def _points(self, q: Query, index: FactIndex) -> Draft | None:
        """A championship points total: before or after the race named, else at the season's end; with his
        place when the question asks it too ("... en hoeveelste in het wk")."""
        told = self._points_only(q, index)
        if told is None or not _ALSO_PLACE_Q_RE.search(q.folded) or len(q.drivers) != 1:
            return told
        place = self._championship(q, index)
        if place is not None:
            return Draft("answered", f"{told.text} {place.text}", told.sentence_ids + place.sentence_ids)
        # half of what was asked, and said so
        missing = " His place is not told." if q.lang == "en" else " Zijn plek in het WK staat er niet bij."
        return Draft("answered", told.text + missing, told.sentence_ids)

    def _race_points(self, q: Query, index: FactIndex) -> Draft | None:
        """ "Hoeveel punten kreeg Max voor de sprint in Imola?": the points an article says he scored at that
        race (or its sprint), not his total after it."""
        if len(q.drivers) != 1 or not q.grand_prix or q.why or not _HAUL_Q_RE.search(q.folded):
            return None
        if _NOT_A_HAUL_Q_RE.search(q.folded):
            return None  # points lost, or a gap: no haul answers them
        d = q.drivers[0]
        # ("for winning the imola sprint": the sprint's points)
        session = "sprint" if "sprint" in q.folded else q.session
        facts = self._select(q, index, {"race_points"}, driver=d, session=session)
        told = self._amount_told(q, facts)
        if told is None:
            return None
        _gp, n, used = told
        where = self._where(used[0].fact, q.lang)
        name = self.driver_name(d)
        text = (
            f"{name} scored {points_phrase(n, 'en')} {where}."
            if q.lang == "en"
            else f"{name} scoorde {points_phrase(n, 'nl')} {where}."
        )
        return Draft("answered", text, self._ids(used))

    def _points_only(self, q: Query, index: FactIndex) -> Draft | None:
        if not q.drivers or q.season is None:
            return None
        # "punten Lewis en Max na Portugal": every driver asked, or none (half an answer is a wrong one)
        totals = []
        for d in q.drivers:
            facts = [sf for sf in index.by_driver_season.get((d, q.season), []) if sf.fact.kind == "points"]
            # "vlak voor de GP van Brazilië": the total an article of the days before the race gives
            facts, before = self._standing_asked(q, facts, index)
            value = _consensus([sf.fact.amount for sf in facts if sf.fact.amount is not None])
            if value is None:
                return None
            totals.append((d, value, before, [sf for sf in facts if sf.fact.amount == value]))
        texts = [self._points_text(q, d, value, before) for d, value, before, _ in totals]
        return Draft("answered", " ".join(texts), self._ids([sf for *_, used in totals for sf in used]))

    def _points_text(self, q: Query, d: str, value: float, before: bool) -> str:
        name = self.driver_name(d)
        if q.grand_prix:
            race = self.event_name(q.grand_prix, q.season, q.lang)
            if q.lang == "en":
                when = "before" if before else "after"
                return f"{name} had {points_phrase(value, 'en')} in the championship {when} {race}."
            when = "voor" if before else "na"
            return f"{name} had {points_phrase(value, 'nl')} in het kampioenschap {when} {race}."
        if q.lang == "en":
            return f"{name} ended the {q.season} championship with {points_phrase(value, 'en')}."
        return f"{name} sloot het kampioenschap van {q.season} af met {points_phrase(value, 'nl')}."

    def _fastest_lap(self, q: Query, index: FactIndex) -> Draft | None:
        """Who set the fastest lap of the race named, as the articles tell it ("did X?" gets yes or who)."""
        if not q.grand_prix or q.season is None or q.session == "sprint":
            return None
        facts = [
            sf
            for sf in index.by_event_season.get((q.grand_prix, q.season), [])
            if sf.fact.kind == "fastest_lap"
        ]
        held = _sole_holders(index, facts, lambda fs: fs)
        if not held:
            return None
        driver, support = held[0]
        ms = _consensus([int(sf.fact.amount) for sf in support if sf.fact.amount])
        if ms is None and _LAP_TIME_Q_RE.search(q.folded):
            return None  # "fastest lap miami what time": who set it is not the time asked
        race = self.event_name(q.grand_prix, q.season, q.lang)
        name = self.driver_name(driver)
        if q.lang == "en":
            text = f"{name} set the fastest lap in {race}"
        else:
            text = f"{name} reed de snelste ronde in {race}"
        text += f" ({lap_clock(ms)})." if ms is not None else "."
        if q.drivers and driver not in q.drivers:
            asked = self.driver_name(q.drivers[0])
            text = (f"No, {asked} did not: " if q.lang == "en" else f"Nee, {asked} niet: ") + text
        return Draft("answered", text, self._ids(support))

    def _points_gap(self, q: Query, index: FactIndex) -> Draft | None:
        """ "Hoeveel punten voorsprong had Verstappen op Leclerc voor de GP van Japan?": the gap as an article
        of that moment states it (before or after the race named, else after the season)."""
        if len(q.drivers) == 1 and q.season is not None:
            if _BEHIND_Q_RE.search(q.folded) and not _AHEAD_Q_RE.search(q.folded):
                return self._points_behind(q, index)
            return self._points_lead(q, index)
        if len(q.drivers) != 2 or q.season is None:
            return None
        a, b = q.drivers
        facts = [
            sf
            for d, other in ((a, b), (b, a))
            for sf in index.by_driver_season.get((d, q.season), [])
            if sf.fact.kind == "points_gap" and sf.fact.others == (other,) and sf.fact.amount is not None
        ]
        facts, before = self._standing_asked(q, facts, index)
        if not facts:
            return self._points_gap_of_totals(q, index, a, b)
        # from a's side: (ahead?, points); a gap told "between" the two has no side (None)
        votes = [
            (
                None if sf.fact.detail == "between" else (sf.fact.driver == a) == (sf.fact.detail == "ahead"),
                sf.fact.amount or 0,
            )
            for sf in facts
        ]
        n = _consensus([x for _, x in votes])
        if n is None:
            return None
        sides = [side for side, x in votes if x == n and side is not None]
        ahead = _consensus(sides) if sides else None
        if sides and ahead is None:
            return None  # the same gap told with both sides
        name_a, name_b = self.driver_name(a), self.driver_name(b)
        race = self.event_name(q.grand_prix, q.season, q.lang) if q.grand_prix else None
        if q.lang == "en":
            when = _standing_moment(q, race, before)
            if ahead is None:
                text = (
                    f"The gap between {name_a} and {name_b} in the championship was"
                    f" {points_phrase(n, 'en')} {when}."
                )
            else:
                side = "ahead of" if ahead else "behind"
                text = f"{name_a} was {points_phrase(n, 'en')} {side} {name_b} in the championship {when}."
        else:
            when = _standing_moment(q, race, before)
            if ahead is None:
                text = (
                    f"Het verschil tussen {name_a} en {name_b} in het kampioenschap was {when}"
                    f" {points_phrase(n, 'nl')}."
                )
            else:
                side = "voor op" if ahead else "achter"
                text = f"{name_a} stond {when} {points_phrase(n, 'nl')} {side} {name_b} in het kampioenschap."
        used = [sf for sf, (side, x) in zip(facts, votes, strict=True) if x == n and side in (ahead, None)]
        return Draft("answered", text, self._ids(used))

    def _points_lead(self, q: Query, index: FactIndex) -> Draft | None:
        """ "Hoeveel punten voorsprong had Hamilton na Mugello?": his lead as an article of that moment
        states it, over the driver it names (or over the rest: "leads the championship by 55 points")."""
        d = q.drivers[0]
        facts = [
            sf
            for sf in index.by_driver_season.get((d, q.season or 0), [])
            if sf.fact.kind == "points_gap" and sf.fact.detail == "ahead" and sf.fact.amount
        ]
        facts, before = self._standing_asked(q, facts, index)
        if not facts:
            # "Het verschil tussen beide titelkandidaten is nu zes punten": a gap told without its side
            # answers as the gap between the two, which does not say who leads
            rivals = {
                other
                for sf in index.by_driver_season.get((d, q.season or 0), [])
                if sf.fact.kind == "points_gap" and sf.fact.detail == "between" and sf.fact.amount
                for other in sf.fact.others
            }
            if len(rivals) == 1:
                between = self._points_gap(replace(q, drivers=(d, *rivals)), index)
                if between is not None:
                    return between
            return self._points_gap_of_totals(q, index, d, None)
        n = _consensus([sf.fact.amount or 0 for sf in facts])
        if n is None:
            return None
        used = [sf for sf in facts if sf.fact.amount == n]
        over = {sf.fact.others for sf in used} - {()}
        name = self.driver_name(d)
        rival = self.driver_name(next(iter(over))[0]) if len(over) == 1 else None
        race = self.event_name(q.grand_prix, q.season, q.lang) if q.grand_prix else None
        if q.lang == "en":
            when = _standing_moment(q, race, before)
            whom = f" over {rival}" if rival else ""
            text = f"{name} led the championship by {points_phrase(n, 'en')}{whom} {when}."
        else:
            when = _standing_moment(q, race, before)
            whom = f" op {rival}" if rival else ""
            text = f"{name} had {when} {points_phrase(n, 'nl')} voorsprong{whom} in het kampioenschap."
        return Draft("answered", text, self._ids(used))

    def _points_behind(self, q: Query, index: FactIndex) -> Draft | None:
        """ "Hoeveel punten achter stond Leclerc voor de GP van Canada?": how far he trailed, as an article of
        that moment states it, behind the driver it names (or behind the leader)."""
        d = q.drivers[0]
        facts = [
            sf
            for sf in index.by_driver_season.get((d, q.season or 0), [])
            if sf.fact.kind == "points_gap" and sf.fact.detail == "behind" and sf.fact.amount
        ]
        facts, before = self._standing_asked(q, facts, index)
        n = _consensus([sf.fact.amount or 0 for sf in facts]) if facts else None
        if n is None:
            return None
        used = [sf for sf in facts if sf.fact.amount == n]
        over = {sf.fact.others for sf in used} - {()}
        if len(over) > 1:
            return None  # behind two drivers by the same number: which one is not sure
        name = self.driver_name(d)
        rival = self.driver_name(next(iter(over))[0]) if over else None
        race = self.event_name(q.grand_prix, q.season, q.lang) if q.grand_prix else None
        when = _standing_moment(q, race, before)
        if q.lang == "en":
            whom = rival or "the leader"
            text = f"{name} was {points_phrase(n, 'en')} behind {whom} in the championship {when}."
        else:
            whom = rival or "de leider"
            text = f"{name} stond {when} {points_phrase(n, 'nl')} achter {whom} in het kampioenschap."
        return Draft("answered", text, self._ids(used))

    def _points_gap_of_totals(self, q: Query, index: FactIndex, a: str, b: str | None) -> Draft | None:
        """A gap in points no sentence states, from the totals one standings list gives both ("1. Verstappen
        284, 2. Pérez 191": 93); with ``b`` None, the lead of ``a`` when that list has him first, over the
        second. Only for a moment named by its race, or the season's end named as such ("eindstand 2024"):
        "voor de laatste twee races" is no season's end."""
        if not q.grand_prix and not (
            _FINAL_STANDING_RE.search(q.folded) and not _NO_RACE_MOMENT_Q_RE.search(q.folded)
        ):
            return None
        totals = [
            sf
            for sf in index.by_kind.get("points", [])
            if sf.fact.season == q.season and sf.fact.session == "season" and sf.fact.amount is not None
        ]
        totals, before = self._standing_asked(q, totals, index)
        by_list: dict[int, dict[str, StoredFact]] = {}
        for sf in totals:
            by_list.setdefault(sf.sentence_id, {})[sf.fact.driver] = sf
        if b is None:
            places = {
                (sf.sentence_id, sf.fact.position): sf.fact.driver
                for sf in index.by_kind.get("championship", [])
                if sf.fact.season == q.season and sf.sentence_id in by_list
            }
            pairs = [
                (sid, places[(sid, 2)]) for sid in by_list if places.get((sid, 1)) == a and (sid, 2) in places
            ]
        else:
            pairs = [(sid, b) for sid in by_list]
        found = [
            (sid, other, (by_list[sid][a].fact.amount or 0) - (by_list[sid][other].fact.amount or 0))
            for sid, other in pairs
            if a in by_list[sid] and other in by_list[sid]
        ]
        if not found or len({(other, diff) for _, other, diff in found}) != 1:
            return None  # no list gives both, or lists of that moment disagree
        _, other, diff = found[0]
        used = [by_list[sid][d] for sid, _, _ in found for d in (a, other)]
        name_a, name_b = self.driver_name(a), self.driver_name(other)
        race = self.event_name(q.grand_prix, q.season, q.lang) if q.grand_prix else None
        when = _standing_moment(q, race, before)
        n, ahead = abs(diff), diff >= 0
        if q.lang == "en":
            side = "ahead of" if ahead else "behind"
            text = f"{name_a} was {points_phrase(n, 'en')} {side} {name_b} in the championship {when}."
        else:
            side = "voor op" if ahead else "achter"
            text = f"{name_a} stond {when} {points_phrase(n, 'nl')} {side} {name_b} in het kampioenschap."
        return Draft("answered", text, self._ids(used))

    def _time_gap(self, q: Query, index: FactIndex) -> Draft | None:
        """ "Hoeveel sneller was Verstappen dan Bottas in de kwalificatie?": the qualifying gap between the
        two an article states. Gaps in the race are not told."""
        if not q.grand_prix or q.season is None:
            return None
        if not _QUALI_Q_RE.search(q.folded):
            return self._finish_gap(q, index)
        if len(q.drivers) == 1 and _POLE_Q_RE.search(q.folded):
            # "imola 2021 gap from max to pole": to the one on pole; asked of him, to the one second
            a = q.drivers[0]
            pole = self._qualified(q, index, 1)
            b = self._qualified(q, index, 2) if pole == a else pole
            if b is None or b == a:
                return None
        elif len(q.drivers) == 2:
            a, b = q.drivers
        else:
            return None
        told = self.gap_between(q, index, a, b, lambda f: f.session == "qualifying")
        if told is None:
            return None
        ahead, secs, used, name_a, name_b, race = told
        if q.lang == "en":
            side = "faster" if ahead else "slower"
            text = f"In qualifying for {race}, {name_a} was {secs} seconds {side} than {name_b}."
        else:
            side = "sneller" if ahead else "langzamer"
            text = f"In de kwalificatie voor {race} was {name_a} {secs} seconde {side} dan {name_b}."
        return Draft("answered", text, self._ids(used))

    def gap_between(
        self, q: Query, index: FactIndex, a: str, b: str, keep: Callable[[Fact], bool]
    ) -> tuple[bool, str, list[StoredFact], str, str, str] | None:
        """The time gap between ``a`` and ``b`` at the race asked that the articles agree on, of the gap facts
        ``keep`` takes (a session's), told from either side; as ``_gap_told`` gives it."""
        if q.grand_prix is None:
            return None
        facts = [
            sf
            for d, other in ((a, b), (b, a))
            for sf in index.by_driver_event.get((d, q.grand_prix), [])
            if sf.fact.kind == "time_gap"
            and sf.fact.season == q.season
            and sf.fact.others == (other,)
            and sf.fact.amount
            and keep(sf.fact)
        ]
        return self._gap_told(q, facts, a, b)

    def _gap_told(
        self, q: Query, facts: list[StoredFact], a: str, b: str | None
    ) -> tuple[bool, str, list[StoredFact], str, str, str] | None:
        """The time gap the facts agree on ("seven tenths" in one sentence and "0.748s" in another are one
        gap, told the more precisely), with what its answer names: (``a`` ahead?, the seconds as the
        question's language writes them, the facts, ``a``'s name, ``b``'s name, the race)."""
        # A figure told exactly answers; one told only roughly ("ruim 15 seconden") answers when no exact one
        # is told, with its words, and when every rough one agrees on it and on how rough it is.
        exact = [sf for sf in facts if sf.fact.unit in (None, "ms")]
        agreed = _gap_agreed(exact, a, rounded=True) if exact else _gap_agreed(facts, a)
        if agreed is None or q.grand_prix is None:
            return None
        ahead, ms, used = agreed
        secs = _seconds(ms) if q.lang == "en" else _seconds(ms).replace(".", ",")
        if not exact:
            units = {sf.fact.unit or "" for sf in facts}
            if len(units) != 1 or len(used) != len(facts):
                return None  # ("ruim 15" in one article, "bijna 15" or "zo'n 20" in another: no one figure)
            sense = units.pop()[2:]
            if q.lang == "en":
                secs = _ROUGH_EN[sense] + secs
            else:
                secs = _ROUGH_NL[sense] + ("een halve" if ms == 500 else secs)
        race = self.event_name(q.grand_prix, q.season, q.lang)
        return ahead, secs, used, self.driver_name(a), self.driver_name(b) if b else "", race

    def _lap_time(self, q: Query, index: FactIndex) -> Draft | None:
        """ "poletijd Leclerc Frankrijk 2022", "max zn kwalitijd mexico 2018": the best qualifying lap time
        of the driver named (or, asked for the pole time alone, of the one on pole) as an article tells it."""
        if (
            q.why
            or not q.grand_prix
            or q.season is None
            or not _QUALI_Q_RE.search(q.folded)
            or _NOT_QUALI_TIME_Q_RE.search(q.folded)
            or len(q.drivers) > 1
        ):
            return None
        if q.drivers:
            driver = q.drivers[0]
        else:
            pole = self._qualified(q, index, 1) if "pole" in q.folded else None
            if pole is None:
                return None
            driver = pole
        facts = [
            sf
            for sf in index.by_driver_event.get((driver, q.grand_prix), [])
            if sf.fact.kind == "lap_time"
            and sf.fact.season == q.season
            and sf.fact.session == "qualifying"
            and sf.fact.amount
        ]
        ms = _consensus([sf.fact.amount for sf in facts])
        if ms is None:
            return None
        time = lap_clock(int(ms))
        name = self.driver_name(driver)
        race = self.event_name(q.grand_prix, q.season, q.lang)
        text = (
            f"{name}'s best time in qualifying for {race} was {time}."
            if q.lang == "en"
            else f"{name} reed in de kwalificatie voor {race} een beste tijd van {time}."
        )
        return Draft("answered", text, self._ids([sf for sf in facts if sf.fact.amount == ms]))

    @staticmethod
    def _qualified(q: Query, index: FactIndex, position: int) -> str | None:
        """The one driver the articles put on pole (``position`` 1: on the race's grid) or second in
        qualifying (2) at the race asked; None when they name none or disagree."""
        if q.grand_prix is None:
            return None
        if position == 1:
            facts = [
                sf
                for sf in index.by_event_season.get((q.grand_prix, q.season), [])
                if sf.fact.kind == "grid" and sf.fact.position == 1 and sf.fact.session == "race"
            ]
        else:
            facts = [
                sf
                for sf in index.by_event_season.get((q.grand_prix, q.season), [])
                if sf.fact.kind == "qualifying"
                and sf.fact.position == position
                and sf.fact.session != "sprint"
            ]
        held = _sole_holders(index, facts, lambda fs: fs)
        return held[0][0] if held else None

    def _row_partner(self, q: Query, index: FactIndex) -> Draft | None:
        """ "Wie startte naast Verstappen op de eerste rij?": the one on the front row's other place, from the
        grid the articles tell (their qualifying order only when no grid penalty is told for that race)."""
        if len(q.drivers) != 1 or not q.grand_prix or not _FRONT_ROW_Q_RE.search(q.folded):
            return None
        race = [
            sf for sf in index.by_event_season.get((q.grand_prix, q.season), []) if sf.fact.session == "race"
        ]

        def holder(kind: str, position: int) -> str | None:
            facts = [sf for sf in race if sf.fact.kind == kind and sf.fact.position == position]
            held = _sole_holders(index, facts, lambda fs: fs)
            return held[0][0] if held else None

        d = q.drivers[0]
        kinds = ["grid"]
        if not any(
            (sf.fact.kind == "penalty" and sf.fact.penalty == "grid")
            or sf.fact.kind == "pitlane"
            or (sf.fact.kind == "grid" and sf.fact.detail == "back")
            for sf in race
        ):
            kinds.append("qualifying")  # no one dropped on the grid: the qualifying order is the grid's
        places = {(k, p): holder(k, p) for k in kinds for p in (1, 2)}
        mine = next((p for k in kinds for p in (1, 2) if places[(k, p)] == d), None)
        other = next((places[(k, 3 - mine)] for k in kinds if mine and places[(k, 3 - mine)]), None)
        if mine is None or other is None or other == d:
            return None
        used = [sf for sf in race if sf.fact.kind in kinds and sf.fact.driver in (d, other)]
        used = [sf for sf in used if sf.fact.position in (1, 2)]
        where = self.event_name(q.grand_prix, q.season, q.lang)
        a, b = self.driver_name(other), self.driver_name(d)
        if q.lang == "en":
            text = f"{a} started next to {b} on the front row in {where}."
        else:
            text = f"{a} stond naast {b} op de eerste startrij in {where}."
        return Draft("answered", text, self._ids(used))

    def _finish_gap(self, q: Query, index: FactIndex) -> Draft | None:
        """ "gap max lewis at the finish abu dhabi 2021", "hungary 2018 winning margin hamilton": the gap at
        the finish an article states between the two named (or between the winner named and the one behind
        him). A gap at a moment of the race is not told."""
        if q.unsupported != "gap" or names_moment(q.folded) or len(q.drivers) > 2:
            return None
        if _AFTER_PENALTY_Q_RE.search(q.folded):
            return None  # "winning margin after the penalty": the margin told is the one on the road
        if not q.drivers and q.grand_prix is not None:
            # "who won melbourne 2022 and by how much": the margin of the one the articles have win
            won = [who for who, held in self._place_holders(q, index, 1) if held[0].fact.season == q.season]
            if not _WINNING_MARGIN_Q_RE.search(q.folded) or len(won) != 1:
                return None
            q = replace(q, drivers=(won[0],))
        if len(q.drivers) == 1 and q.grand_prix is not None and _WHO_WON_BY_HOW_MUCH_Q_RE.search(q.folded):
            # "who won hungary 2018 and by how much over seb": the winner's margin over the one named
            won = [who for who, held in self._place_holders(q, index, 1) if held[0].fact.season == q.season]
            if len(won) != 1 or won[0] == q.drivers[0]:
                return None
            q = replace(q, drivers=(won[0], q.drivers[0]))
        if q.grand_prix is None or q.season is None or not q.drivers:
            return None
        session = "sprint" if q.session == "sprint" else "race"
        a = q.drivers[0]
        pairs = [(a, q.drivers[1]), (q.drivers[1], a)] if len(q.drivers) == 2 else []
        b: str | None
        if not pairs and _HOW_FAR_BEHIND_Q_RE.search(q.folded):
            # "spa 2022 how far behind was checo": his gap to the one he finished behind, when the articles
            # tell it to one driver only
            ahead_of_him = {
                sf.fact.others
                for sf in index.by_driver_event.get((a, q.grand_prix), [])
                if sf.fact.kind == "time_gap"
                and sf.fact.season == q.season
                and sf.fact.session == session
                and sf.fact.detail == "behind"
                and len(sf.fact.others) == 1
                and sf.fact.status in ANSWERING
            }
            if len(ahead_of_him) != 1:
                return None
            b = next(iter(ahead_of_him))[0]
            pairs = [(a, b), (b, a)]
        if not pairs and not _WINNING_MARGIN_Q_RE.search(q.folded):
            return None  # one driver named: only his winning margin is asked
        facts = [
            sf
            for d in q.drivers
            for sf in index.by_driver_event.get((d, q.grand_prix), [])
            if sf.fact.kind == "time_gap"
            and sf.fact.season == q.season
            and sf.fact.session == session
            and sf.fact.amount
            and sf.fact.status in ANSWERING
            and (
                (sf.fact.driver, *sf.fact.others) in pairs
                or (not pairs and sf.fact.driver == a and sf.fact.detail == "ahead")
            )
        ]
        if not pairs:
            # the winner's margin: also the second's gap to him in a classification
            facts += [
                sf
                for sf in index.by_event_season.get((q.grand_prix, q.season), [])
                if sf.fact.kind == "time_gap"
                and sf.fact.session == session
                and sf.fact.position == 2
                and sf.fact.others == (a,)
                and sf.fact.amount
            ]
            others = {
                sf.fact.others[0] if sf.fact.driver == a else sf.fact.driver
                for sf in facts
                if sf.fact.others or sf.fact.driver != a
            }
            if len(others) > 1 or not facts:
                return None  # ahead of two drivers: which gap is the margin is unsure
            # (none named: the margin an article tells without naming the one behind, "won by 3.7 seconds")
            b = next(iter(others)) if others else None
        else:
            b = pairs[0][1]
        # ("2.5 seconds" in one article and "+ 2.545s" in another are one gap)
        told = self._gap_told(q, facts, a, b)
        if told is None:
            return None
        ahead, secs, used, name_a, name_b, race = told
        if b is None:
            if not ahead:
                return None
            where = ("the sprint of " if session == "sprint" else "") + race
            if q.lang == "en":
                text = f"{name_a} won {where} by {secs} seconds."
            else:
                where = ("de sprint van " if session == "sprint" else "") + race
                text = f"{name_a} won {where} met {secs} seconde voorsprong."
            return Draft("answered", text, self._ids(used))
        if q.lang == "en":
            side = "ahead of" if ahead else "behind"
            where = ("the sprint of " if session == "sprint" else "") + race
            text = f"In {where}, {name_a} finished {secs} seconds {side} {name_b}."
        else:
            side = "voor" if ahead else "achter"
            where = ("de sprint van " if session == "sprint" else "") + race
            text = f"In {where} finishte {name_a} {secs} seconde {side} {name_b}."
        return Draft("answered", text, self._ids(used))

    def _knockout(self, q: Query, index: FactIndex) -> Draft | None:
        """ "In welk deel van de kwalificatie strandde Norris?": the part an article says he went out in;
        "Who was knocked out in Q1?": the drivers the articles say went out in that part. Asked why, the part
        alone answers a neighbouring question."""
        if q.why:
            return None
        if not q.drivers and q.grand_prix and q.season is not None and _KNOCKOUT_Q_RE.search(q.folded):
            return self._knocked_out_in(q, index)
        if not q.drivers or not q.grand_prix or q.season is None or not _KNOCKOUT_Q_RE.search(q.folded):
            return None
        return self._knockout_part(q, index)

    def _knockout_part(self, q: Query, index: FactIndex) -> Draft | None:
        """The part of qualifying the question's driver went out in, as the articles agree on it."""
        if not q.drivers or not q.grand_prix or q.season is None:
            return None
        d = q.drivers[0]
        facts = [
            sf
            for sf in index.by_driver_event.get((d, q.grand_prix), [])
            if sf.fact.kind == "knockout" and sf.fact.season == q.season
        ]
        part = _consensus([int(sf.fact.detail[1]) for sf in facts if sf.fact.detail])
        if part is None:
            return None
        name = self.driver_name(d)
        race = self.event_name(q.grand_prix, q.season, q.lang)
        text = (
            f"{name} was knocked out in Q{part} of qualifying for {race}."
            if q.lang == "en"
            else f"{name} werd in Q{part} van de kwalificatie uitgeschakeld ({race})."
        )
        return Draft("answered", text, self._ids([sf for sf in facts if sf.fact.detail == f"Q{part}"]))

    def _knocked_out_in(self, q: Query, index: FactIndex) -> Draft | None:
        asked = _PART_ASKED_RE.search(q.folded)
        if asked is None or q.grand_prix is None:
            return None
        part = f"Q{asked.group(1)}"
        facts = [
            sf
            for sf in index.by_event_season.get((q.grand_prix, q.season), [])
            if sf.fact.kind == "knockout" and sf.fact.detail == part
        ]
        team = self._team_asked(q.folded)
        if team is not None and q.season is not None:
            # "which Force India driver got knocked out in Q1": only that team's (none told: no answer)
            own = {d.id for d in self.ref.team_drivers(team[5:], q.season)}
            facts = [sf for sf in facts if sf.fact.driver in own]
        if not facts:
            return None
        names = ", ".join(self.driver_name(d) for d in dict.fromkeys(sf.fact.driver for sf in facts))
        race = self.event_name(q.grand_prix, q.season, q.lang)
        text = (
            f"Knocked out in {part} of qualifying for {race}: {names}."
            if q.lang == "en"
            else f"In {part} van de kwalificatie uitgeschakeld ({race}): {names}."
        )
        return Draft("answered", text, self._ids(facts))

    def _count(self, q: Query, index: FactIndex) -> Draft | None:
        """A count of wins, poles or podiums as an article states it, with the race it was told after.
        racebot never counts its own facts: they are incomplete."""
        thing = _counted_thing(q.folded)
        if not q.drivers or thing is None:
            return None
        if (
            _RACE_NUMBER_Q_RE.search(q.folded)
            or _STREAK_Q_RE.search(q.folded)
            or _OF_THE_LAST_Q_RE.search(q.folded)
        ):
            return None  # (a run of wins in a row, or of "the last 36 GPs", is no count the facts hold)
        career = _CAREER_Q_RE.search(q.folded) and (
            _CAREER_WORD_Q_RE.search(q.folded) or not _SEASON_SCOPE_Q_RE.search(q.folded)
        )
        scope = "career" if career else "season"
        if (
            scope == "season"
            and q.grand_prix
            and _WHICH_NUMBER_Q_RE.search(q.folded)
            and not _SEASON_SCOPE_Q_RE.search(q.folded)
        ):
            # "hoeveelste GP-zege was Portimão 2020 voor Hamilton": the number of a win is his career's unless
            # the question names the season (an article's count of the season does not answer it)
            scope = "career"
        if scope == "season" and q.season is None:
            return None
        d = q.drivers[0]
        facts = [
            sf
            for sf in index.by_driver.get(d, [])
            if sf.fact.kind == "count"
            and sf.fact.detail == f"{thing}:{scope}"
            # (a career count told at that race in another season is another count)
            and (sf.fact.season == q.season or (scope == "career" and q.season is None))
            and sf.fact.amount is not None
        ]
        if q.grand_prix and _BEFORE_THE_RACE_Q_RE.search(q.folded):
            return None  # "how many had he won before the French GP": a count told there includes that race
        if q.grand_prix:
            facts = [sf for sf in facts if sf.fact.grand_prix == q.grand_prix]
        elif scope == "season":
            # "How many races did he win in 2021?" asks the season's total: a count told after the last
            # race or later, never one told halfway (that answers another question)
            last = self.ref.last_race(q.season) if q.season else None
            # (an ordinal count told after the season, "his first podium of the season came in the very first
            # race", is the count at that race)
            facts = [
                sf
                for sf in facts
                if (self._after_season(sf) and sf.fact.other_label != ORDINAL_COUNT)
                or (last is not None and sf.fact.grand_prix == last.key)
            ]
        if not facts:
            return None
        # The latest count told: the highest (a count only grows), from the race it was told after.
        best = max(facts, key=lambda sf: sf.fact.amount or 0)
        n = int(best.fact.amount or 0)
        name = self.driver_name(d)
        words = _COUNT_WORDS[thing][0 if q.lang == "en" else 1]
        # told after the season was over: the season's total, not a count after one race
        gp = best.fact.grand_prix
        told_after = gp is not None and not (scope == "season" and self._after_season(best))
        after = self.event_name(gp, best.fact.season, q.lang) if gp is not None and told_after else None
        ordinal = bool(_WHICH_NUMBER_RE.search(q.folded)) and n is not None and n <= 30
        if q.lang == "en":
            span = "in his career" if scope == "career" else f"in {q.season}"
            text = f"{name} had {n} {words} {span}" + (f" after {after}." if after else ".")
            if ordinal and n is not None:
                text += f" That was his {ordinal_en(n)}."
        else:
            span = "in zijn carrière" if scope == "career" else f"in {q.season}"
            text = f"{name} had {n} {words} {span}" + (f" na {after}." if after else ".")
            if ordinal and n is not None:
                text += f" Dat was zijn {ordinal_nl(n)}."
        return Draft("answered", text, self._ids([sf for sf in facts if sf.fact.amount == n]))

    # --- told events: overtakes, neutralisations, fines, the constructors' title ------------------------

    def _overtake(self, q: Query, index: FactIndex) -> Draft | None:
        """ "Wie haalde Pérez in bij de start?", "Did Sainz pass Norris?": overtakes as the articles state
        them, for the place and moment asked (an overtake for P3 does not answer "for the lead")."""
        f = q.folded
        if not q.drivers or not q.grand_prix or q.season is None or _HOW_MANY_Q_RE.search(f):
            return None
        if _HOW_Q_RE.match(f):
            return None  # "how did max pass bottas": the manner, which no overtake fact tells
        facts = [
            sf
            for sf in index.by_event_season.get((q.grand_prix, q.season), [])
            if sf.fact.kind == "overtake" and sf.fact.session == (q.session or "race")
        ]
        when, place = overtakes.moment(f), overtakes.place_fought(f)
        if when is not None:
            facts = [sf for sf in facts if sf.fact.detail == when]
        if place is not None:
            facts = [sf for sf in facts if sf.fact.position == place]
        yes_no = len(q.drivers) > 1
        if yes_no:
            facts = [
                sf for sf in facts if sf.fact.driver == q.drivers[0] and sf.fact.others[:1] == q.drivers[1:2]
            ]
        elif not WHO_RE.search(f):
            return None  # "Haalde Verstappen iemand in?" names nobody to answer with
        elif _PASSER_ASKED_RE.search(f):
            facts = [sf for sf in facts if sf.fact.driver == q.drivers[0]]  # "who did X overtake?"
        else:
            facts = [sf for sf in facts if sf.fact.others[:1] == q.drivers[:1]]  # "who overtook X?"
        groups: dict[tuple[str, str], list[StoredFact]] = {}
        for sf in facts:
            groups.setdefault((sf.fact.driver, sf.fact.others[0]), []).append(sf)
        if not groups:
            return None
        race = self.event_name(q.grand_prix, q.season, q.lang)
        lines = []
        for (passer, passed), fs in list(groups.items())[:3]:
            # what the articles agree on: a place or a moment two of them tell differently is left out
            pos = {sf.fact.position for sf in fs if sf.fact.position is not None}
            moments = {sf.fact.detail for sf in fs if sf.fact.detail is not None}
            lines.append(
                self._overtake_text(
                    passer,
                    passed,
                    place if place is not None else (next(iter(pos)) if len(pos) == 1 else None),
                    when if when is not None else (next(iter(moments)) if len(moments) == 1 else None),
                    q.lang,
                )
            )
        text = " ".join(lines)
        text = f"{text[:-1]} ({race})."
        if yes_no:
            text = ("Yes: " if q.lang == "en" else "Ja: ") + text
        return Draft("answered", _trim(text), self._ids(facts))

    def _overtake_text(self, passer: str, passed: str, place: int | None, when: str | None, lang: str) -> str:
        a, b = self.driver_name(passer), self.driver_name(passed)
        if lang == "en":
            pos = "" if place is None else (" for the lead" if place == 1 else f" for P{place}")
            moment = {"start": " at the start", "last_lap": " on the last lap"}.get(when or "", "")
            if when and when.startswith("lap:"):
                moment = f" on lap {when[4:]}"
            return f"{a} overtook {b}{pos}{moment}."
        pos = "" if place is None else (" voor de leiding" if place == 1 else f" voor P{place}")
        moment = {"start": " bij de start", "last_lap": " in de laatste ronde"}.get(when or "", "")
        if when and when.startswith("lap:"):
            moment = f" in ronde {when[4:]}"
        return f"{a} haalde {b} in{pos}{moment}."

    def _culprit(self, q: Query, index: FactIndex) -> Draft | None:
        """ "Wie veroorzaakte de startcrash in Hongarije 2021?", "Who caused the collision in Brazil?": the
        one driver an article says caused it; with a moment named, only one told with that very moment."""
        if not q.grand_prix or q.season is None or q.drivers:
            return None  # "Was Bottas de schuldige?" asks yes or no
        moment = crash_moment_asked(q.folded)
        if moment is None and _WHEN_IN_RACE_RE.search(q.folded):
            return None
        event = index.by_event_season.get((q.grand_prix, q.season), [])
        facts = [sf for sf in event if sf.fact.kind == "culprit"]
        if moment is not None:
            told = {
                (sf.article, sf.sentence_id, sf.fact.driver)
                for sf in event
                if sf.fact.kind == "moment" and sf.fact.unit == "culprit" and sf.fact.detail == moment
            }
            facts = [sf for sf in facts if (sf.article, sf.sentence_id, sf.fact.driver) in told]
        for who, held in _sole_holders(index, facts, lambda fs: fs):
            race = self.event_name(q.grand_prix, q.season, q.lang)
            name = self.driver_name(who)
            if moment is not None:
                en, nl = _CRASH_MOMENT_WORDS.get(moment, (f"in {moment.upper()}", f"in {moment.upper()}"))
                what_en, what_nl = f"the incident {en}", f"het incident {nl}"
            else:
                what_en, what_nl = "the incident", "het incident"
            if q.lang == "en":
                text = f"{name} caused {what_en} in {race}, as the article tells it."
            else:
                text = f"{name} veroorzaakte {what_nl} in {race}, volgens het artikel."
            return Draft("answered", text[:1].upper() + text[1:], self._ids(held))
        return None

    def _pit_stop(self, q: Query, index: FactIndex) -> Draft | None:
        """ "Hoe lang stond Verstappen stil bij zijn pitstop in Monza?", "How long did Vettel's stop take?":
        the seconds an article gives for his stop. Asked how long he stood still, a figure of the whole stop
        answers only when it can be nothing else (under ``_STATIONARY_MOST`` s: the pit lane alone takes
        longer); time lost at a stop, or how many stops, is not asked here."""
        f = q.folded
        if len(q.drivers) != 1 or not q.grand_prix or q.season is None:
            return None
        if not _STOP_DURATION_Q_RE.search(f) or _STOP_NOT_DURATION_Q_RE.search(f):
            return None
        stationary = bool(_STATIONARY_Q_RE.search(f))
        facts = [
            sf
            for sf in index.by_driver_event.get((q.drivers[0], q.grand_prix), [])
            if sf.fact.kind == "pit_stop"
            and sf.fact.season == q.season
            and sf.fact.detail
            and (
                not stationary
                or sf.fact.other_label == "stationary"
                or float(sf.fact.detail) < _STATIONARY_MOST
            )
        ]
        values = {sf.fact.detail for sf in facts}
        if len(values) != 1:
            return None  # not told, or two stops told: which one is asked stays open
        seconds = values.pop() or ""
        race = self.event_name(q.grand_prix, q.season, q.lang)
        name = self.driver_name(q.drivers[0])
        if q.lang == "en":
            if stationary or all(sf.fact.other_label == "stationary" for sf in facts):
                text = f"{name} stood still for {seconds} seconds at his pit stop in {race}."
            else:
                text = f"{name}'s pit stop in {race} took {seconds} seconds."
        else:
            secs = seconds.replace(".", ",")
            if stationary or all(sf.fact.other_label == "stationary" for sf in facts):
                text = f"{name} stond bij zijn pitstop in {race} {secs} seconden stil."
            else:
                text = f"De pitstop van {name} in {race} duurde {secs} seconden."
        return Draft("answered", text, self._ids(facts))

    def _tyres(self, q: Query, index: FactIndex) -> Draft | None:
        """ "Op welke banden begon Verstappen?", "Which tyre of his failed?": the start or finish compound, or
        the tyre that failed, exactly as an article states it for that driver and race (a start compound
        never answers the finish). The whole field's start compound answers for the field, and for a
        driver in it."""
        f = q.folded
        roles = {role for role, rx in _TYRE_ROLE_Q_RES if rx.search(f)}
        if len(roles) != 1 or not q.grand_prix or q.season is None or _HOW_MANY_Q_RE.search(f):
            return None
        role = roles.pop()
        if len(q.drivers) > 1 or (not q.drivers and (role == "failure" or not _FIELD_Q_RE.search(f))):
            return None
        facts = [
            sf
            for sf in index.by_event_season.get((q.grand_prix, q.season), [])
            if sf.fact.kind == "tyre"
            and sf.fact.other_label == role
            and sf.fact.session == (q.session or "race")
        ]
        who = q.drivers[0] if q.drivers else ""
        own = [sf for sf in facts if sf.fact.driver == who]
        if not own and who and role != "failure":
            own = [sf for sf in facts if sf.fact.driver == ""]  # "alle coureurs vertrokken op inters"
        details = {sf.fact.detail for sf in own}
        if len(details) != 1:
            return None  # none told, or two articles disagree
        detail = details.pop() or ""
        race = self.event_name(q.grand_prix, q.season, q.lang)
        name = self.driver_name(who) if who else ("the field" if q.lang == "en" else "het hele veld")
        if role == "failure":
            side, end = detail.split("_")
            if q.lang == "en":
                text = f"{name}'s {side}-{end} tyre failed in {race}."
            else:
                corner = ("linker" if side == "left" else "rechter") + (
                    " voorband" if end == "front" else " achterband"
                )
                text = f"Bij {name} ging in {race} de {corner} kapot."
        else:
            en, nl = _COMPOUND_WORDS[detail]
            if role == "stop":
                text = (
                    f"{name} switched to {en} at a pit stop in {race}."
                    if q.lang == "en"
                    else f"{name[:1].upper()}{name[1:]} wisselde bij een pitstop in {race} naar {nl}."
                )
            elif q.lang == "en":
                verb = "started" if role == "start" else "finished"
                text = f"{name} {verb} {race} on {en}."
            else:
                verb = "begon" if role == "start" else "eindigde"
                text = f"{name[:1].upper()}{name[1:]} {verb} {race} op {nl}."
        return Draft("answered", text, self._ids(own))

    def _on_podium(self, q: Query, index: FactIndex) -> Draft | None:
        """ "Stond Gasly op het podium in Monza?": yes or no, with his place or retirement as told."""
        if len(q.drivers) != 1 or not q.grand_prix:
            return None
        facts = self._select(q, index, {"finish", "podium", "retirement", "penalty"}, driver=q.drivers[0])
        races = {(sf.fact.season, sf.fact.grand_prix) for sf in facts if sf.fact.kind != "penalty"}
        if len(races) != 1:
            return None
        line = self._finish_line(q.drivers[0], facts, q.lang, q.session)
        if line is None:
            return None
        text, used = line
        finish = [sf.fact.position for sf in used if sf.fact.kind == "finish" and sf.fact.position]
        on_podium = any(sf.fact.kind == "podium" for sf in used) or (bool(finish) and 0 < finish[0] <= 3)
        yes, no = ("Yes", "No") if q.lang == "en" else ("Ja", "Nee")
        draft = Draft("answered", f"{yes if on_podium else no}: {text}", self._ids(used))
        season = used[0].fact.season if used else None
        podium = self._podium_holders(replace(q, drivers=(), season=season), index) if season else None
        if podium is not None:
            # the whole podium as the articles tell it, when they tell all three places
            ids = tuple(dict.fromkeys(draft.sentence_ids + podium.sentence_ids))
            return Draft("answered", f"{draft.text} {podium.text}", ids)
        return draft

    def _after_penalty(self, q: Query, index: FactIndex) -> Draft | None:
        """ "Naar welke plek zakte Alonso door de straf?": the place an article says the penalty put him in
        ("zakt door deze straf van de zevende naar de vijftiende plaats"), never just his result."""
        if len(q.drivers) != 1 or not q.grand_prix:
            return None
        facts = [
            sf
            for sf in self._select(q, index, {"finish"}, driver=q.drivers[0])
            if sf.fact.detail == "penalty" and sf.fact.position
        ]
        place = _consensus([sf.fact.position for sf in facts if sf.fact.position])
        if place is None:
            return None
        name = self.driver_name(q.drivers[0])
        race = self.event_name(q.grand_prix, facts[0].fact.season, q.lang)
        if q.lang == "en":
            text = f"The penalty dropped {name} to {self._pos(place, 'en')} in {race}."
        else:
            where = "de laatste plaats" if place == LAST else f"de {ordinal_nl(place)} plaats (P{place})"
            text = f"Door de straf zakte {name} naar {where} in {race}."
        return Draft("answered", text, self._ids(sf for sf in facts if sf.fact.position == place))

    def _before_penalty(self, q: Query, index: FactIndex) -> Draft | None:
        """ "Waar kwam Verstappen over de streep voor zijn tijdstraf?": the place on the road an article tells
        and then corrects for the penalty, never his result."""
        if len(q.drivers) != 1 or not q.grand_prix:
            return None
        facts = [
            sf
            for (d, gp, season), fs in index.on_the_road.items()
            if d == q.drivers[0] and gp == q.grand_prix and (q.season is None or season == q.season)
            for sf in fs
            if sf.fact.session == (q.session or "race")
        ]
        place = _consensus([sf.fact.position for sf in facts if sf.fact.position])
        if place is None or len({sf.fact.season for sf in facts}) != 1:
            return None
        name = self.driver_name(q.drivers[0])
        race = self.event_name(q.grand_prix, facts[0].fact.season, q.lang)
        dsq = _DSQ_Q_RE.search(q.folded) is not None  # "before dsq": the disqualification, no penalty
        # (a place on the road a penalty of others changed: "before the penalties", not "his")
        own = any(
            sf.fact.kind == "penalty" and sf.fact.season == facts[0].fact.season
            for sf in index.by_driver_event.get((q.drivers[0], q.grand_prix), [])
        )
        if q.lang == "en":
            what = "disqualification" if dsq else "penalty" if own else "penalties"
            what = ("his " if own else "the ") + what
            text = f"{name} crossed the line {self._pos(place, 'en')} in {race}, before {what}."
        else:
            what = "diskwalificatie" if dsq else "straf" if own else "straffen"
            what = ("zijn " if own else "de ") + what
            text = f"{name} kwam als {ordinal_nl(place)} (P{place}) over de streep in {race}, voor {what}."
        return Draft("answered", text, self._ids(sf for sf in facts if sf.fact.position == place))

    def _start_time(self, q: Query, index: FactIndex) -> Draft | None:
        """ "Hoe laat begint de race in Monaco?": the start a preview's schedule or sentence tells, on the
        clock it names; a clock asked that the article does not give ("uk time") is not answered."""
        if not q.grand_prix or q.season is None:
            return None
        session = "sprint" if "sprint" in q.folded else "race"
        if _QUALI_Q_RE.search(q.folded):
            session = "qualifying"
        zone_asked = next((z for z, rx in _ZONE_Q_RES if rx.search(q.folded)), None)
        facts = [
            sf
            for sf in index.by_event_season.get((q.grand_prix, q.season), [])
            if sf.fact.kind == "session_time" and sf.fact.session == session and sf.fact.detail
        ]
        if zone_asked is not None:
            facts = [sf for sf in facts if sf.fact.unit == zone_asked]
        times = {(sf.fact.detail or "", sf.fact.unit) for sf in facts}
        if len(times) != 1:
            return None
        clock, zone = next(iter(times))
        race = self.event_name(q.grand_prix, q.season, q.lang)
        if q.lang == "en":
            what = {"race": "The race", "qualifying": "Qualifying", "sprint": "The sprint"}[session]
            on = {"local": " local time", "uk": " UK time", "nl": " CET"}.get(zone or "", "")
            text = f"{what} of {race} starts at {clock}{on}."
        else:
            what = {"race": "De race", "qualifying": "De kwalificatie", "sprint": "De sprint"}[session]
            zones = {"local": " lokale tijd", "uk": " Britse tijd", "nl": " Nederlandse tijd"}
            on = zones.get(zone or "", "")
            text = f"{what} van {race} begint om {clock.replace(':', '.')} uur{on}."
        return Draft("answered", text, self._ids(facts))

    def _road_first(self, q: Query, index: FactIndex) -> Draft | None:
        """ "Wie kwam als eerste over de streep?" when an article tells that the one first on the road was not
        the winner ("zag Vettel als eerste de geblokte vlag, maar de zege ging naar Hamilton")."""
        facts = [
            sf
            for (_d, gp, season), fs in index.on_the_road.items()
            if gp == q.grand_prix and (q.season is None or season == q.season)
            for sf in fs
            if sf.fact.position == 1 and sf.fact.session == (q.session or "race")
        ]
        if not q.grand_prix or len({sf.fact.driver for sf in facts}) != 1:
            return None
        if len({sf.fact.season for sf in facts}) != 1:
            return None
        name = self.driver_name(facts[0].fact.driver)
        race = self.event_name(q.grand_prix, facts[0].fact.season, q.lang)
        if q.lang == "en":
            text = f"{name} crossed the line first in {race}, but was not given the win."
        else:
            text = f"{name} kwam als eerste over de streep in {race}, maar kreeg de zege niet."
        return Draft("answered", text, self._ids(facts))

    def _next_to(self, q: Query, index: FactIndex) -> Draft | None:
        """ "Wie eindigde achter Stroll in Sakhir?": the holder of the place after (or before) his, when the
        articles tell both places of that race."""
        if len(q.drivers) != 1 or not q.grand_prix:
            return None
        own = [sf for sf in self._select(q, index, {"finish"}, driver=q.drivers[0]) if sf.fact.position]
        if len({(sf.fact.season, sf.fact.grand_prix) for sf in own}) != 1:
            return None
        pos = _consensus([sf.fact.position for sf in own if sf.fact.position and sf.fact.position > 0])
        if pos is None:
            return None
        other = pos + 1 if q.unsupported == "behind_of" else pos - 1
        if other < 1:
            return None
        season = own[0].fact.season
        return self._position_holder(replace(q, drivers=(), position=other, season=season), index)

    def _corner(self, q: Query, index: FactIndex) -> Draft | None:
        """ "Waar crashte Leclerc in Frankrijk?": his crash or retirement there, when the cause the article
        gives with it names the corner ("in bocht 11 de controle verloor")."""
        if len(q.drivers) not in (1, 2) or not q.grand_prix:
            return None
        told = self._corner_told(q, index)
        if told is not None or len(q.drivers) != 1:
            return told
        facts = [
            sf
            for sf in self._select(q, index, {"retirement"}, driver=q.drivers[0])
            if sf.fact.reason and _CORNER_TOLD_RE.search(fold(sf.fact.reason))
        ]
        races = {(sf.fact.season, sf.fact.grand_prix) for sf in facts}
        if len(races) != 1:
            return None
        line = self._finish_line(q.drivers[0], facts, q.lang, q.session)
        return Draft("answered", line[0], self._ids(facts)) if line else None

    def _corner_told(self, q: Query, index: FactIndex) -> Draft | None:
        """ "In welke bocht crashte Pérez?", "where did Norris and Russell collide?": the one corner the
        articles tell beside his crash, collision or retirement in that race (with the other driver asked, of
        their collision), in the session asked or any."""
        in_practice = bool(sessions_named(q.folded))
        if in_practice:
            # ("where did albon crash in fp2": the corner of his crash in that session, if told so)
            practised = answer_practice(self, q, index)
            if practised is not None:
                return Draft("answered", practised[0], self._ids(practised[1]))
        who, other = q.drivers[0], (q.drivers[1] if len(q.drivers) > 1 else None)
        facts = [
            sf
            for sf in index.by_driver_event.get((who, q.grand_prix or ""), [])
            if sf.fact.kind == "corner"
            and (q.season is None or sf.fact.season == q.season)
            and (q.session is None or sf.fact.session == q.session)
            and (sf.fact.session != "practice" or in_practice)
            and (other is None or (sf.fact.detail == "collision" and other in sf.fact.others))
        ]
        corners = {sf.fact.other_label for sf in facts}
        events = {sf.fact.detail for sf in facts}
        if len(corners) != 1 or len(events) != 1:
            return None  # none told, or two: which one is asked stays open
        corner, event = corners.pop() or "", events.pop() or ""
        race = self.event_name(q.grand_prix or "", facts[0].fact.season, q.lang)
        name = self.driver_name(who)
        partners = ", ".join(self.driver_name(d) for d in facts[0].fact.others)
        if q.lang == "en":
            place = corner_words(corner, "en")
            verbs = {"crash": "crashed", "retirement": "retired", "collision": f"collided with {partners}"}
            verb = verbs[event]
            text = f"{name} {verb} at {place} in {race}."
        else:
            place = corner_words(corner, "nl")
            verbs = {"crash": "crashte", "retirement": "viel uit", "collision": f"botste met {partners}"}
            verb = verbs[event]
            text = f"{name} {verb} bij {place} in {race}."
        return Draft("answered", text, self._ids(facts))

    def _lap(self, q: Query, index: FactIndex) -> Draft | None:
        """ "In welke ronde viel Verstappen uit?", "On which lap did Vettel crash?", "In welke ronde ging Max
        voorbij Leclerc?": the lap an article tells in the same sentence as that very event (the lap of a
        crash does not answer the retirement, another driver's lap never answers)."""
        f = q.folded
        if not q.drivers and q.grand_prix and q.season is not None and not _HOW_MANY_Q_RE.search(f):
            return self._neutralisation_lap(q, index)
        if not q.drivers or not q.grand_prix or q.season is None or _HOW_MANY_Q_RE.search(f):
            return None
        kinds = {kind for kind, rx in _LAP_EVENT_Q_RES if rx.search(f)}
        if q.intent in ("retirement", "crash", "collision"):
            kinds.add(q.intent)
        if len(kinds) != 1:
            return None  # no event asked, or two ("crashte en viel uit"): which lap stays open
        kind = kinds.pop()
        who, other = q.drivers[0], (q.drivers[1] if len(q.drivers) > 1 else None)
        event = index.by_event_season.get((q.grand_prix, q.season), [])
        stop: re.Match[str] | None = None
        if kind == "overtake":
            if other is None or len(q.drivers) > 2 or _PASSIVE_Q_RE.search(f):
                return None  # who passed whom must be plain: "X ging voorbij Y", "X passed Y"
            facts = [
                sf
                for sf in event
                if sf.fact.kind == "overtake"
                and sf.fact.driver == who
                and sf.fact.others[:1] == (other,)
                and (sf.fact.detail or "").startswith("lap:")
            ]
            laps = {int((sf.fact.detail or "")[4:]) for sf in facts}
        else:
            if len(q.drivers) > 2 or (other is not None and kind != "collision"):
                return None
            facts = [
                sf
                for sf in event
                if sf.fact.kind == "lap"
                and sf.fact.detail == kind
                and sf.fact.driver == who
                and sf.fact.other_label != AFTER_LAPS  # ("na vijf ronden": the laps run, no lap's number)
                and (other is None or other in sf.fact.others)
                and sf.fact.session == (q.session or "race")
            ]
            stop = _STOP_NUMBER_Q_RE.search(f) if kind == "pit_stop" else None
            if stop is not None:
                # "zijn tweede stop": only a lap told as that stop's
                facts = [sf for sf in facts if sf.fact.other_label == f"stop:{ordinal_value(stop.group(1))}"]
            laps = {int(sf.fact.amount) for sf in facts if sf.fact.amount}
        if len(laps) != 1:
            return None  # not told, or told differently
        lap = laps.pop()
        race = self.event_name(q.grand_prix, q.season, q.lang, with_article=False)
        if q.why:
            # "which lap and why": the lap with the one cause told, or nothing (the lap alone is half of it)
            causes = {
                sf.fact.reason for sf in self._select(q, index, {"retirement"}, driver=who) if sf.fact.reason
            }
            if kind != "retirement" or len(causes) != 1:
                return None
            race = f"{race}; {causes.pop()}"
        a = self.driver_name(who)
        b = self.driver_name(other) if other else ""
        if q.lang == "en":
            what = {
                "retirement": f"{a} retired",
                "crash": f"{a} crashed",
                "collision": f"{a} collided with {b}" if b else f"{a} had a collision",
                "overtake": f"{a} overtook {b}",
                "pit_stop": f"{a} made his {stop.group(1) + ' ' if stop else ''}pit stop",
            }[kind]
            text = f"{what} on lap {lap} ({race})."
        else:
            what = {
                "retirement": f"{a} viel uit",
                "crash": f"{a} crashte",
                "collision": f"{a} botste met {b}" if b else f"{a} was betrokken bij een botsing",
                "overtake": f"{a} ging voorbij {b}",
                "pit_stop": f"{a} maakte zijn {stop.group(1) + ' ' if stop else ''}pitstop",
            }[kind]
            text = f"{what} in ronde {lap} ({race})."
        return Draft("answered", text, self._ids(facts))

    def _laps_before_retiring(self, q: Query, index: FactIndex) -> Draft | None:
        """ "Na hoeveel ronden viel Verstappen uit?", "after how many laps did he retire?": the laps an
        article says he ran before he retired ("al na vijf ronden uitgevallen")."""
        retired = q.intent == "retirement" or _RETIRE_Q_RE.search(q.folded) is not None
        if not q.grand_prix or q.season is None or not retired:
            return None
        facts = [
            sf
            for sf in index.by_event_season.get((q.grand_prix, q.season), [])
            if sf.fact.kind == "lap"
            and sf.fact.detail == "retirement"
            and sf.fact.other_label == AFTER_LAPS
            and sf.fact.driver == q.drivers[0]
            and sf.fact.session == (q.session or "race")
        ]
        laps = {int(sf.fact.amount) for sf in facts if sf.fact.amount}
        if len(laps) != 1:
            return None
        n = laps.pop()
        name = self.driver_name(q.drivers[0])
        race = self.event_name(q.grand_prix, q.season, q.lang)
        if q.lang == "en":
            return Draft("answered", f"{name} retired after {n} laps in {race}.", self._ids(facts))
        return Draft("answered", f"{name} viel na {n} ronden uit in {race}.", self._ids(facts))

    def _running_place(self, q: Query, index: FactIndex) -> Draft | None:
        """ "Waar lag Max na de eerste ronde?", "Who was third after lap 1?": the place an article says a
        driver held at that very moment (the start and the opening lap are one moment; lap N another). His
        finish, or a place at another moment, never answers; places told differently are left open."""
        moment = running.moment_asked(q.folded)
        if moment is None or q.why or not q.grand_prix or q.season is None or len(q.drivers) > 1:
            return None
        facts = [
            sf
            for sf in index.by_event_season.get((q.grand_prix, q.season), [])
            if sf.fact.kind == "moment"
            and sf.fact.unit == "place"
            and sf.fact.detail == moment
            and sf.fact.session == (q.session or "race")
        ]
        if q.drivers:
            facts = [sf for sf in facts if sf.fact.driver == q.drivers[0]]
            told: set[object] = {sf.fact.position for sf in facts}
        elif q.position is not None and q.position > 0:
            facts = [sf for sf in facts if sf.fact.position == q.position]
            told = {sf.fact.driver for sf in facts}
        else:
            return None
        if len(told) != 1:
            return None  # not told, or told differently
        who = q.drivers[0] if q.drivers else facts[0].fact.driver
        held = facts[0].fact.position or 0
        lead = "in the lead" if q.lang == "en" else "aan de leiding"
        place = self._pos(held, q.lang) if held != 1 else lead
        race = self.event_name(q.grand_prix, q.season, q.lang)
        name = self.driver_name(who)
        if q.lang == "en":
            when = "After the start" if moment == "start" else f"On lap {moment[4:]}"
            text = f"{when}, {name} was {place} in {race}."
        else:
            when = "Na de start" if moment == "start" else f"In ronde {moment[4:]}"
            text = f"{when} lag {name} {place} in {race}."
        return Draft("answered", text, self._ids(facts))

    def _neutralisation_lap(self, q: Query, index: FactIndex) -> Draft | None:
        """ "In which lap was the red flag in Brazil 2024?", "wanneer kwam de safety car": the lap an article
        tells with the neutralisation itself, when all that tell one agree (a second safety car is
        another)."""
        kind = next((k for k, rx in _NEUTRALISATION_Q_RES if rx.search(q.folded)), None)
        if kind is None:
            return None
        facts = [
            sf
            for sf in index.by_event_season.get((q.grand_prix or "", q.season), [])
            if sf.fact.kind == "safety_car" and sf.fact.detail == kind and sf.fact.session == "race"
        ]
        lap = _consensus([int(sf.fact.amount) for sf in facts if sf.fact.amount is not None])
        if lap is None:
            return None
        race = self.event_name(q.grand_prix or "", q.season, q.lang)
        en, nl = _NEUTRALISATION_WORDS[kind]
        if q.lang == "en":
            text = f"There was {en} on lap {lap} in {race}."
        else:
            text = f"Er was {nl} in ronde {lap} van {race}."
        return Draft("answered", text, self._ids([sf for sf in facts if sf.fact.amount == lap]))

    def _safety_car(self, q: Query, index: FactIndex) -> Draft | None:
        """ "Was there a safety car in Bahrain 2020?", "Waarom ging de rode vlag uit?": a safety car, VSC or
        red flag an article states for that race, with its cause as told. No such fact is no "no"."""
        f = q.folded
        if not q.grand_prix or q.season is None or _HOW_MANY_Q_RE.search(f) or _WHICH_ELSE_Q_RE.search(f):
            return None
        kind = next((k for k, rx in _NEUTRALISATION_Q_RES if rx.search(f)), None)
        if kind is None:
            return None
        session = "qualifying" if _QUALI_ASKED_RE.search(f) else (q.session or "race")
        facts = [
            sf
            for sf in index.by_event_season.get((q.grand_prix, q.season), [])
            if sf.fact.kind == "safety_car" and sf.fact.detail == kind and sf.fact.session == session
        ]
        cause_asked = q.why or bool(_CAUSE_Q_RE.search(f))
        if cause_asked or q.drivers:
            facts = [sf for sf in facts if sf.fact.reason]
        if q.drivers:
            # "Kwam de safety car na de crash van Latifi?": only a cause that names him
            facts = [sf for sf in facts if sf.fact.driver in q.drivers]
        who_asked = not q.drivers and bool(WHO_RE.search(f) or _WHOSE_RE.search(f))
        if who_asked:
            # "which driver crashed and brought out the safety car": only a cause that names its driver
            facts = [sf for sf in facts if sf.fact.reason and sf.fact.driver]
        if not facts:
            return None
        race = self.event_name(q.grand_prix, q.season, q.lang)
        if session == "qualifying":  # say which session stood still
            race = ("qualifying for " if q.lang == "en" else "de kwalificatie van ") + race
        en, nl = _NEUTRALISATION_WORDS[kind]
        causes = list(dict.fromkeys(sf.fact.reason for sf in facts if sf.fact.reason))[:2]
        if q.lang == "en":
            text = f"There was {en} in {race}."
            if causes:
                text += " Cause, as the article tells it: " + "; ".join(causes) + "."
            if not cause_asked and not q.why and not WHO_RE.search(f):
                text = "Yes. " + text
        else:
            text = f"Er was {nl} in {race}."
            if causes:
                text += " Oorzaak volgens het artikel: " + "; ".join(causes) + "."
            if not cause_asked and not q.why and not WHO_RE.search(f):
                text = "Ja. " + text
        used = [sf for sf in facts if not causes or sf.fact.reason in causes]
        if who_asked:
            names = self._names(list(dict.fromkeys(sf.fact.driver for sf in used if sf.fact.driver)), q.lang)
            text = f"{names}: " + text
        return Draft("answered", _trim(text), self._ids(used))

    def _fine(self, q: Query, index: FactIndex) -> Draft | None:
        """ "Hoeveel boete kreeg Verstappen in Brazilië 2018?", "Why was Mercedes fined?": a fine as the
        articles state it (a time or grid penalty is no fine)."""
        f = q.folded
        team = self._team_asked(f)
        # "en McLaren?" after a driver's fine: the team named, not the driver borrowed from before
        who = team if team is not None and not q.own_subject else (q.drivers[0] if q.drivers else team)
        if who is None or (q.grand_prix is None and q.season is None):
            return None
        if q.grand_prix is None and _TOTAL_Q_RE.search(f):
            return None  # "de totale boete van Verstappen in 2021": a season's sum, which no article adds up
        facts = [
            sf
            for sf in index.by_driver.get(who, [])
            if sf.fact.kind == "fine"
            and (q.season is None or sf.fact.season == q.season)
            and (q.grand_prix is None or sf.fact.grand_prix == q.grand_prix)
        ]
        if q.why:
            facts = [sf for sf in facts if sf.fact.reason]
        if _AMOUNT_Q_RE.search(f):
            facts = [sf for sf in facts if sf.fact.amount]
        if not facts:
            return None
        name = self._team_or_driver(who)
        lines = []
        for sf in facts:
            x = sf.fact
            where = self._where(x, q.lang)
            if q.lang == "en":
                line = f"{name} was fined" + (f" €{x.amount:,}" if x.amount else "") + f" {where}"
            else:
                line = f"{name} kreeg een boete" + (
                    f" van {x.amount:,} euro".replace(",", ".") if x.amount else ""
                )
                line += f" {where}"
            line = line.rstrip()
            lines.append(
                line + (f": {x.reason}." if x.reason and q.why else (f" ({x.reason})." if x.reason else "."))
            )
        return Draft("answered", _trim(" ".join(dict.fromkeys(lines))), self._ids(facts))

    def _served_at(self, q: Query, index: FactIndex) -> Draft | None:
        """ "Voor welke race was de gridstraf van Verstappen na Monza?": the race after the one where he
        earned it, when the article says it is for the next race (only then: a penalty's race is where it
        was earned)."""
        if not q.drivers:
            return None
        facts = [
            sf
            for sf in self._select(q, index, {"penalty"}, driver=q.drivers[0])
            if sf.fact.detail == PENALTY_NEXT_RACE and sf.fact.grand_prix and sf.fact.season
        ]
        for _season, gp, fs in self._per_race(q, facts):
            f = fs[0].fact
            earned = self.ref.race(f.season or 0, gp) if gp else None
            nxt = self.ref.race_by_round(earned.season, earned.round + 1) if earned else None
            if earned is None or nxt is None:
                continue
            there = self.event_name(nxt.key, nxt.season, q.lang)
            text = _served_next_text(self.driver_name(f.driver), f, self._where(f, q.lang), there, q.lang)
            return Draft("answered", text, self._ids(fs))
        return self._served_next_told(q, index) or self._earned_here_served_next(q, index)

    def _served_next_told(self, q: Query, index: FactIndex) -> Draft | None:
        """A grid penalty earned at the race asked, told with its size with the next race (where it is
        served): that race."""
        earned = [
            sf for sf in self._select(q, index, {"penalty"}, driver=q.drivers[0]) if sf.fact.status == "final"
        ]
        served = self._grid_drop_served_next(q, earned, index)
        if not served or q.grand_prix is None or q.season is None:
            return None
        f = served[0].fact
        there = self.event_name(f.grand_prix or "", f.season, q.lang)
        where = f"in {self.event_name(q.grand_prix, q.season, q.lang)}"
        return Draft(
            "answered",
            _served_next_text(self.driver_name(f.driver), f, where, there, q.lang),
            self._ids(served),
        )

    def _licence_points(self, q: Query, index: FactIndex) -> Draft | None:
        """ "Hoeveel strafpunten kreeg Verstappen in Saoedi-Arabië?": the points on his licence an article
        says he got at that race."""
        if not q.drivers or not q.grand_prix or q.why:
            return None  # ("why did he get his penalty points back": no count answers a why)
        if _POINTS_TOTAL_Q_RE.search(q.folded):
            total = self._licence_total(q, index)  # "how many penalty points was he on after Monza"
            if total is None or not _GOT_AND_TOTAL_Q_RE.search(q.folded):
                return total
            # "how many did he get and what's his total": both, or nothing (half an answer is a wrong one)
            got = self._licence_handed(q, index)
            return (
                Draft("answered", f"{got.text} {total.text}", got.sentence_ids + total.sentence_ids)
                if got
                else None
            )
        return self._licence_handed(q, index)

    def _licence_handed(self, q: Query, index: FactIndex) -> Draft | None:
        """The penalty points an article says he got at the race asked."""
        d = q.drivers[0]
        facts = [sf for sf in self._select(q, index, {"penalty"}, driver=d) if sf.fact.penalty == "points"]
        told = self._amount_told(q, facts)
        if told is None:
            return None
        _gp, n, used = told
        where = self._where(used[0].fact, q.lang)
        name = self.driver_name(d)
        text = (
            f"{name} got {n} penalty points {where}."
            if q.lang == "en"
            else f"{name} kreeg {n} strafpunten {where}."
        )
        return Draft("answered", text, self._ids(used))

    def _licence_total(self, q: Query, index: FactIndex) -> Draft | None:
        """ "Hoeveel strafpunten heeft Hamilton na Sochi?": the total on his licence an article about that
        race says he has."""
        d = q.drivers[0]
        facts = self._select(q, index, {"licence_total"}, driver=d)
        told = self._amount_told(q, facts)
        if told is None:
            return None
        gp, n, used = told
        race = self.event_name(gp, used[0].fact.season, q.lang)
        name = self.driver_name(d)
        text = (
            f"{name} had {int(n)} penalty points on his licence after {race}."
            if q.lang == "en"
            else f"{name} stond na {race} op {int(n)} strafpunten."
        )
        return Draft("answered", text, self._ids(used))

    def _constructors(self, q: Query, index: FactIndex) -> Draft | None:
        """The constructors' champion, else a team's standing."""
        return self._constructors_title(q, index) or self._team_standing(q, index)

    def _team_standing(self, q: Query, index: FactIndex) -> Draft | None:
        """A team's place, points or gap in the constructors' championship as the articles tell it."""
        told = answer_team(self, q, index)
        return Draft("answered", told[0], self._ids(told[1])) if told else None

    def _constructors_title(self, q: Query, index: FactIndex) -> Draft | None:
        """ "Welk team werd constructeurskampioen in 2019?": the team the articles name as that season's
        constructors' champion (a place in the constructors' standings is not answered)."""
        f = q.folded
        if q.season is None or (q.position not in (None, 1)) or not _TITLE_WON_Q_RE.search(f):
            return None
        if _WHERE_WHEN_Q_RE.search(f):
            return None  # "waar pakte Mercedes de constructeurstitel": the race it was clinched at, not who
        facts = [sf for sf in index.by_kind.get("constructors_title", []) if sf.fact.season == q.season]
        team = self._team_asked(f)
        ranked = _ranked_support(facts)
        if not ranked or (len(ranked) > 1 and len(ranked[0][1]) < 3 * len(ranked[1][1])):
            return None
        winner = ranked[0][0]
        if team is not None and team != winner:
            return None  # "Did Ferrari win it?": no fact says so, and no fact says no
        if team is None and not WHO_RE.search(f) and not _WHICH_TEAM_RE.search(f):
            return None
        name = self._team_or_driver(winner)
        text = (
            f"{name} won the {q.season} constructors' championship."
            if q.lang == "en"
            else f"{name} werd constructeurskampioen in {q.season}."
        )
        if team is not None:
            text = ("Yes: " if q.lang == "en" else "Ja: ") + text
        return Draft("answered", text, self._ids([sf for sf in facts if sf.fact.driver == winner]))

    def _team_asked(self, folded: str) -> str | None:
        """The one team a folded question names, as ``team:<id>``."""
        ids = {team_id(folded[h.start : h.end], h.ids) for h in load_gazetteer().teams(folded)}
        return f"team:{ids.pop()}" if len(ids) == 1 and None not in ids else None

    def _team_drivers_why(self, q: Query, index: FactIndex) -> Draft | None:
        """ "Why were the Haas drivers penalised?", "Waarom vielen beide Red Bulls uit?": each of the team's
        drivers of that season asked in turn; only reasons the articles tell for that race answer."""
        if q.season is None or not q.grand_prix or not _TEAM_DRIVERS_Q_RE.search(q.folded):
            return None
        team = self._team_asked(q.folded)
        if team is None:
            return None
        handler = self._retirement if q.intent == "retirement" else self._penalty
        drafts = [
            handler(replace(q, drivers=(d.id,)), index) for d in self.ref.team_drivers(team[5:], q.season)
        ]
        told = [d for d in drafts if d is not None]
        if not told or (_BOTH_Q_RE.search(q.folded) and len(told) < len(drafts)):
            return None  # ("waarom vielen beide Red Bulls uit": the why of one of them answers half of it)
        ids = tuple(dict.fromkeys(i for d in told for i in d.sentence_ids))
        return Draft("answered", _trim(" ".join(d.text for d in told)), ids)

    def _team_or_driver(self, who: str) -> str:
        if who.startswith("team:"):
            t = self.ref.team(who[5:])
            return t.name if t else who[5:]
        return self.driver_name(who)

    def _standing_holder(self, q: Query, index: FactIndex) -> Draft | None:
        """ "Who finished second in the 2022 championship?": the one driver the final standings name."""
        # "wie won het kampioenschap in 2021?" asks the champion too
        leader = _CHAMPION_RE.search(q.folded) or _LEADER_RE.search(q.folded) or _WON_RE.search(q.folded)
        position = q.position or (1 if WHO_RE.search(q.folded) and leader else None)
        if position is None or position < 1 or q.season is None:
            return None
        facts = [sf for sf in index.by_kind.get("championship", []) if sf.fact.season == q.season]
        if q.grand_prix:
            facts = self._standing_after(q, facts, index)  # "after the German GP": that week's standings

        def holding(fs: list[StoredFact]) -> list[StoredFact]:
            return [
                sf
                for sf in fs
                if sf.fact.position == position
                and (q.grand_prix or sf.fact.detail != "interim" or self._after_season(sf))
            ]

        for who, held in _sole_holders(index, facts, holding):
            name = self.driver_name(who)
            pos = self._pos(position, q.lang)
            if q.grand_prix:
                after = self.event_name(q.grand_prix, q.season, q.lang)
                text = (
                    f"{name} was {pos} in the championship after {after}."
                    if q.lang == "en"
                    else f"{name} stond {pos} in het kampioenschap na {after}."
                )
            elif q.lang == "en":
                text = f"{name} finished {pos} in the {q.season} championship."
            else:
                text = f"{name} werd {pos} in het kampioenschap van {q.season}."
            return Draft("answered", text, self._ids(held))
        return None

    def _standing_asked(
        self, q: Query, facts: list[StoredFact], index: FactIndex
    ) -> tuple[list[StoredFact], bool]:
        """The facts of the moment a standing question asks, and whether it is before the race named: before
        it ("voor de GP van Japan"), after it, else at the season's end."""
        if q.grand_prix and (_BEFORE_RACE_RE.search(q.folded) or self._before_named_race(q)):
            return self._standing_before(q, facts, index), True
        if q.grand_prix:
            return self._standing_after(q, facts, index), False
        return [sf for sf in facts if self._after_season(sf)], False

    def _before_named_race(self, q: Query) -> bool:
        """ "voor Mugello", "going into Canada": the race asked, named right after a word of before."""
        gp = self.ref.race(q.season or 0, q.grand_prix or "")
        if gp is None:
            return False
        names = _folded_names(gp)
        f = q.folded
        for m in _BEFORE_WORD_RE.finditer(f):
            rest = f[m.end() :]
            if any(rest.startswith(n) and rest[len(n) : len(n) + 1] in _NAME_ENDS for n in names):
                return True
        return False

    def _standing_after(self, q: Query, facts: list[StoredFact], index: FactIndex) -> list[StoredFact]:
        """Facts from articles written between the race asked and the next one: the standing after it."""
        return self._standing_window(q, facts, index, before=False)

    def _standing_before(self, q: Query, facts: list[StoredFact], index: FactIndex) -> list[StoredFact]:
        """Facts from articles written between the race before the one asked and that race."""
        return self._standing_window(q, facts, index, before=True)

    def _standing_window(
        self, q: Query, facts: list[StoredFact], index: FactIndex, *, before: bool
    ) -> list[StoredFact]:
        if q.season is None or q.grand_prix is None:
            return []
        gp = self.ref.race(q.season, q.grand_prix)
        if gp is None:
            return []
        opening: GrandPrix | None
        closing: GrandPrix | None
        if before:
            opening, closing = self.ref.race_by_round(q.season, gp.round - 1), gp
            since, until = (opening.date if opening else f"{q.season}-01"), gp.date
        else:
            opening, closing = gp, self.ref.race_by_round(q.season, gp.round + 1)
            since, until = gp.date, (closing.date if closing else f"{q.season + 1}-03")
            if "sprint" in q.folded and len(since) == 10:
                # "na de sprint": the sprint is run the day before the race, and so are the articles after it
                since = (date.fromisoformat(since) - timedelta(days=1)).isoformat()

        # An article dated on a race's day that tells its qualifying and none of its result was written
        # before it (a Sunday-morning qualifying report's "17 points adrift"), and so was one that tells none
        # of its result but the round before's ("zijn uitvalbeurt vorige week in Azerbeidzjan", a preview of
        # the day): its standings are of the window that race closes, not of the one it opens
        def early(sf: StoredFact, race: GrandPrix | None) -> bool:
            if race is None or sf.article_date != race.date:
                return False
            if (sf.article, race.key, q.season) in index.before_race:
                return True
            prev = self.ref.race_by_round(race.season, race.round - 1)
            return (
                prev is not None
                and (sf.article, race.key, q.season) not in index.race_told
                and (sf.article, prev.key, q.season) in index.told_of
            )

        return [
            sf
            for sf in facts
            if sf.fact.season == q.season
            and sf.article_date is not None
            and len(sf.article_date) >= 10
            and (since <= sf.article_date < until or early(sf, closing))
            and not early(sf, opening)
        ]

    def _place_holders(self, q: Query, index: FactIndex, position: int) -> list[tuple[str, list[StoredFact]]]:
        """Per season, newest first: the one driver the articles put in ``position`` of the race asked."""
        facts = self._select(q, index, {"finish", "penalty"}, use_event=True)

        def holding(fs: list[StoredFact]) -> list[StoredFact]:
            dsq = {sf.fact.driver for sf in fs if _takes_the_result(sf.fact)}
            return [
                sf
                for sf in fs
                if sf.fact.kind == "finish" and sf.fact.position == position and sf.fact.driver not in dsq
            ]

        return _sole_holders(index, facts, holding)

    def _race_results(self, q: Query, index: FactIndex, position: int) -> Draft | None:
        if not q.grand_prix:
            return None
        parts: list[str] = []
        used: list[StoredFact] = []
        for who, held in self._place_holders(q, index, position):
            used.extend(held)
            where = self._where(held[0].fact, q.lang, q.session)
            name = self.driver_name(who)
            if position == 1:
                parts.append(f"{name} won {where.removeprefix('in ')}.")  # the same in Dutch and English
            elif q.lang == "en":
                parts.append(f"{name} finished {self._pos(position, 'en')} {where}.")
            else:
                parts.append(f"{name} werd {self._pos(position, 'nl')} {where}.")
        return Draft("answered", " ".join(parts), self._ids(used)) if parts else None

    def _podium_holders(self, q: Query, index: FactIndex) -> Draft | None:
        """ "Who was on the podium in Mexico 2019?": the three drivers the articles put in P1, P2 and P3."""
        if not q.grand_prix or q.season is None:
            return None
        podium: list[tuple[str, list[StoredFact]]] = []
        for position in (1, 2, 3):
            held = [h for h in self._place_holders(q, index, position) if h[1][0].fact.season == q.season]
            if not held or any(held[0][0] == who for who, _ in podium):
                return self._podium_unordered(q, index, podium[:1]) if podium else None
            podium.append(held[0])
        names = self._names([who for who, _ in podium], q.lang)
        where = self._where(podium[0][1][0].fact, q.lang, q.session)
        text = f"On the podium {where}: {names}." if q.lang == "en" else f"Op het podium {where}: {names}."
        return Draft("answered", text, self._ids(sf for _, held in podium for sf in held))

    def _results_list(self, q: Query, index: FactIndex) -> Draft | None:
        """ "uitslag zandvoort 2024", "top 10 monza 2023": the places the articles give, from the winner down
        to the first place none of them gives (at least the podium; at most the top ten, or the top asked)."""
        if not q.grand_prix or q.season is None or _QUALI_Q_RE.search(q.folded):
            return None
        top = RESULTS_Q_RE.search(q.folded)
        asked = cardinal_value(top.group(1)) if top and top.group(1) else None
        order: list[tuple[str, list[StoredFact]]] = []
        for position in range(1, min(asked or _RESULTS_MAX, _RESULTS_MAX) + 1):
            held = [h for h in self._place_holders(q, index, position) if h[1][0].fact.season == q.season]
            if not held or any(held[0][0] == who for who, _ in order):
                break
            order.append(held[0])
        if len(order) < 3:
            return None  # not even the podium: no list that looks like a result
        listed = ", ".join(f"{i}. {self.driver_name(who)}" for i, (who, _) in enumerate(order, 1))
        where = self._where(order[0][1][0].fact, q.lang, q.session)
        text = (
            f"Result {where}, as my articles tell it: {listed}."
            if q.lang == "en"
            else f"Uitslag van {where.removeprefix('in ')}, volgens mijn artikelen: {listed}."
        )
        return Draft("answered", text, self._ids(sf for _, held in order for sf in held))

    def _podium_unordered(
        self, q: Query, index: FactIndex, winner: list[tuple[str, list[StoredFact]]]
    ) -> Draft | None:
        """ "Bottas en Leclerc mochten mee op het podium": the winner and the two others on the podium, their
        order not told; exactly two others, or no answer (no half podium)."""
        won, won_facts = winner[0]
        others: dict[str, list[StoredFact]] = {}
        for sf in self._select(q, index, {"podium", "finish"}):
            f = sf.fact
            on_it = f.kind == "podium" or (f.kind == "finish" and f.position in (2, 3))
            if on_it and f.status in ANSWERING and f.season == q.season and f.driver != won:
                others.setdefault(f.driver, []).append(sf)
        if len(others) != 2:
            return None
        pair = self._names(list(others), q.lang)
        where = self._where(won_facts[0].fact, q.lang, q.session)
        name = self.driver_name(won)
        text = (
            f"{name} won {where}; {pair} completed the podium."
            if q.lang == "en"
            else f"{name} won {where}; {pair} stonden mee op het podium."
        )
        return Draft("answered", text, self._ids([*won_facts, *(sf for fs in others.values() for sf in fs)]))

    def _winner(self, q: Query, index: FactIndex) -> Draft | None:
        return self._race_results(q, index, 1)

    def _position_holder(self, q: Query, index: FactIndex) -> Draft | None:
        if q.position is None or q.position < 1:
            return None
        places = {v for m in _PLACE_ASKED_RE.finditer(q.folded) if (v := ordinal_value(m.group(0)))}
        if len(places) > 1:
            # "who finished 3rd and 4th": each place asked, or none (half an answer answers another question)
            drafts = [self._race_results(q, index, p) for p in sorted(places)]
            if not all(drafts):
                return None
            return Draft(
                "answered",
                " ".join(d.text for d in drafts if d),
                tuple(dict.fromkeys(i for d in drafts if d for i in d.sentence_ids)),
            )
        return self._race_results(q, index, q.position)

    def _finish_line(
        self, d: str, fs: list[StoredFact], lang: str, session: str | None
    ) -> tuple[str, list[StoredFact]] | None:
        """ "werd derde (P3) in ..." for one driver in one race, from finish/podium/retirement/DSQ facts."""
        name = self.driver_name(d)
        dsq = [sf for sf in fs if _takes_the_result(sf.fact)]
        finish = [sf for sf in fs if sf.fact.kind == "finish" and sf.fact.position is not None]
        podium = [sf for sf in fs if sf.fact.kind == "podium"]
        retired = [sf for sf in fs if sf.fact.kind == "retirement"]
        found = dsq or finish or podium or retired
        if not found:
            return None
        ref = found[0]
        where = self._where(ref.fact, lang, session)
        if dsq:
            reason = next((sf.fact.reason for sf in dsq if sf.fact.reason), None)
            text = (
                f"{name} was disqualified {where}"
                if lang == "en"
                else f"{name} werd gediskwalificeerd {where}"
            )
            return text + (f" ({reason})." if reason else "."), dsq
        if finish:
            pos = _consensus([sf.fact.position for sf in finish if sf.fact.position is not None])
            if pos is None:
                return None
            chosen = [sf for sf in finish if sf.fact.position == pos]
            if pos == 1:
                return (f"{name} won {where.removeprefix('in ')}.", chosen)
            verb = "finished" if lang == "en" else "werd"
            return f"{name} {verb} {self._pos(pos, lang)} {where}.", chosen
        if retired:
            told = [sf.fact.reason for sf in retired if sf.fact.reason]
            # "crashed out" in one sentence, "something broke on the car" in another: what made him crash says
            # more than the crash
            cause = next((r for r in told if r != "crash"), told[0] if told else None)
            text = (
                f"{name} retired {where.replace('in ', 'from ', 1)}"
                if lang == "en"
                else f"{name} viel uit {where}"
            )
            return text + (f" ({_cause_word(cause, lang)})." if cause else "."), retired
        if lang == "en":
            return f"{name} finished on the podium {where}.", podium
        return f"{name} eindigde op het podium {where}.", podium

    def _amount_told(self, q: Query, facts: list[StoredFact]) -> tuple[str, float, list[StoredFact]] | None:
        """The first race asked whose facts agree on an amount: (its Grand Prix, the amount, those facts)."""
        for _season, gp, fs in self._per_race(q, facts):
            n = _consensus([sf.fact.amount for sf in fs if sf.fact.amount])
            if n is not None and gp is not None:
                return gp, n, [sf for sf in fs if sf.fact.amount == n]
        return None

    def _per_race(
        self, q: Query, facts: list[StoredFact]
    ) -> list[tuple[int | None, str | None, list[StoredFact]]]:
        groups: dict[tuple[int | None, str | None], list[StoredFact]] = {}
        for sf in facts:
            groups.setdefault((sf.fact.season, sf.fact.grand_prix), []).append(sf)
        return [
            (s, g, fs)
            for (s, g), fs in sorted(groups.items(), key=lambda kv: (-(kv[0][0] or 0), kv[0][1] or ""))
        ]

    def _finish(self, q: Query, index: FactIndex) -> Draft | None:
        if not q.drivers:
            if q.position:
                return self._position_holder(q, index)
            return self._results_list(q, index) if RESULTS_Q_RE.search(q.folded) else None
        if not q.grand_prix:
            if _NTH_WIN_Q_RE.search(q.folded):
                return None  # "where did lewis take his 92nd win": one win of his career, no season's list
            return self._wins_of_season(q, index) if _WHICH_WINS_Q_RE.search(q.folded) else None
        parts: list[str] = []
        used: list[StoredFact] = []
        for d in q.drivers[:2]:
            facts = self._select(q, index, {"finish", "podium", "retirement", "penalty"}, driver=d)
            for _season, gp, fs in self._per_race(q, facts):
                if gp is None:
                    continue
                line = self._finish_line(d, fs, q.lang, q.session)
                if (
                    line
                    and _PLACE_NUMBER_Q_RE.search(q.folded)
                    and all(sf.fact.kind == "podium" for sf in line[1])
                ):
                    continue  # "max eindigde als hoeveelste": "op het podium" is no place, a neighbour's
                if line:
                    parts.append(line[0])
                    used.extend(line[1])
        return Draft("answered", " ".join(parts), self._ids(used)) if parts else None

    def _wins_of_season(self, q: Query, index: FactIndex) -> Draft | None:
        """ "Waar won Leclerc in 2022?": the races of that season the articles say he won (as told: a list
        of what the articles hold, not the season's whole record)."""
        if len(q.drivers) != 1 or q.season is None or q.session == "sprint":
            return None
        wins = [
            sf
            for sf in self._select(q, index, {"finish"}, driver=q.drivers[0], use_event=False)
            if sf.fact.position == 1 and sf.fact.grand_prix and sf.fact.season == q.season
        ]
        # only races whose winner the articles agree on (one article's misread win elsewhere is no win)
        wins = [sf for sf in wins if self._agreed_winner(index, sf.fact) == q.drivers[0]]
        if not wins:
            return None
        names = []
        for sf in sorted(wins, key=lambda sf: self._round(sf.fact)):
            race = self.ref.race(q.season, sf.fact.grand_prix or "")
            name = (race.short_en if q.lang == "en" else race.short_nl) if race else sf.fact.grand_prix
            if name not in names:
                names.append(name)
        who = self.driver_name(q.drivers[0])
        listed = self._join(names, q.lang)
        text = (
            f"According to my articles {who} won in {q.season} in: {listed}."
            if q.lang == "en"
            else f"Volgens mijn artikelen won {who} in {q.season} in: {listed}."
        )
        return Draft("answered", text, self._ids(wins))

    @staticmethod
    def _agreed_winner(index: FactIndex, f: Fact) -> str | None:
        """The winner of ``f``'s race that the articles name alone, or far more often than any other."""
        won = [
            sf
            for sf in index.by_event_season.get((f.grand_prix or "", f.season), [])
            if sf.fact.kind == "finish" and sf.fact.position == 1 and sf.fact.session == f.session
        ]
        ranked = _ranked_support(won)
        return ranked[0][0] if _clear_leader(ranked) else None

    def _round(self, f: Fact) -> int:
        race = self.ref.race(f.season, f.grand_prix) if f.season and f.grand_prix else None
        return race.round if race else 99

    @staticmethod
    def _join(items: list[str | None], lang: str) -> str:
        words = [x for x in items if x]
        if len(words) <= 1:
            return "".join(words)
        return ", ".join(words[:-1]) + (" and " if lang == "en" else " en ") + words[-1]

    def _pole_holder(self, q: Query, index: FactIndex) -> Draft | None:
        """ "Wie stond op pole in Istanbul?": the one driver the articles put on pole for that race."""
        facts = [
            sf
            for sf in self._select(q, index, {"grid", "qualifying"}, use_event=True)
            if sf.fact.position == 1
            and (
                sf.fact.session == (q.session or "race")
                # a table's qualifying rows are of the session "qualifying" ("Top tien kwalificatie 1.
                # Bottas"); its first is on pole where no sprint set the grid
                or (
                    q.session is None
                    and sf.fact.kind == "qualifying"
                    and sf.fact.session == "qualifying"
                    and not self._sprint_weekend(sf.fact)
                )
            )
        ]
        # "reed de snelste tijd ... start door gridstraffen als vijftiende. Sainz begint vanaf de eerste
        # plek": a fastest qualifier told starting further back did not start from pole
        started_back = {
            (sf.fact.driver, sf.fact.grand_prix, sf.fact.season)
            for sf in self._select(q, index, {"grid", "pitlane"}, use_event=True)
            if sf.fact.position != 1
        }
        facts = [
            sf
            for sf in facts
            if sf.fact.kind != "qualifying"
            or (sf.fact.driver, sf.fact.grand_prix, sf.fact.season) not in started_back
        ]
        if q.session in (None, "race") and _START_OR_PENALTY_Q_RE.search(q.folded):
            # "wie start op pole na de straf van max": a pole-sitter with a grid penalty at that race did not
            # start from pole (the one who did may be told nowhere); "who was on pole" alone may mean the
            # fastest qualifier
            facts = [
                sf
                for sf in facts
                if not any(
                    p.fact.driver == sf.fact.driver
                    for p in self._grid_penalties_at(index, sf.fact.grand_prix, sf.fact.season)
                )
            ]
        parts: list[str] = []
        used: list[StoredFact] = []
        for who, held in _sole_holders(index, facts, lambda fs: fs):
            used.extend(held)
            where = self._where(held[0].fact, q.lang, q.session)
            name = self.driver_name(who)
            parts.append(
                f"{name} started from pole position {where}."
                if q.lang == "en"
                else f"{name} startte vanaf pole position {where}."
            )
        return Draft("answered", " ".join(parts), self._ids(used)) if parts else None

    def _sprint_weekend(self, f: Fact) -> bool:
        """Whether the fact's race had a sprint (or is not known to the reference: taken as one)."""
        race = self.ref.race(f.season or 0, f.grand_prix) if f.grand_prix else None
        return race is None or race.has_sprint

    def _start_holders(self, q: Query, index: FactIndex) -> Draft | None:
        """ "Who qualified second and third in Abu Dhabi?": per place asked, the one driver the articles put
        there in qualifying (or on the grid, for "who started ..."), as for race places."""
        quali = _QUALI_WORD_RE.search(q.folded) is not None
        kind = "qualifying" if quali else "grid"
        places = [v for m in _PLACE_ASKED_RE.finditer(q.folded) if (v := ordinal_value(m.group(0))) and v > 1]
        # a table's qualifying rows are of the session "qualifying", the prose's of the race weekend
        sessions = {q.session} if q.session else {"race", "qualifying"}
        facts = [sf for sf in self._select(q, index, {kind}, use_event=True) if sf.fact.session in sessions]
        parts: list[str] = []
        used: list[StoredFact] = []
        for place in dict.fromkeys(places or [q.position or 0]):

            def holding(fs: list[StoredFact], place: int = place) -> list[StoredFact]:
                return [sf for sf in fs if sf.fact.position == place]

            for who, held in _sole_holders(index, facts, holding)[:1]:
                used.extend(held)
                where = self._where(held[0].fact, q.lang, q.session)
                name, pos = self.driver_name(who), self._pos(place, q.lang)
                if q.lang == "en":
                    parts.append(f"{name} {'qualified' if quali else 'started'} {pos} {where}.")
                elif quali:
                    parts.append(f"{name} kwalificeerde zich als {pos} {where}.")
                else:
                    parts.append(f"{name} startte als {pos} {where}.")
        if len(set(places)) > len(parts):
            return None  # "who started 3rd and 4th": half an answer is an answer to another question
        return Draft("answered", " ".join(parts), self._ids(used)) if parts else None

    def _back_starters(self, q: Query, index: FactIndex) -> Draft | None:
        """ "Who starts at the back?", "welke rijders moesten achteraan starten": the drivers the articles
        send to the back of the grid (more than one may start there: all are told)."""
        if not q.drivers and _OTHER_ONE_Q_RE.search(q.folded):
            return None  # "welke andere coureur start ook achteraan": one besides a driver not named
        session = q.session or "race"
        facts = [
            sf
            for sf in self._select(q, index, {"grid"}, use_event=True)
            if sf.fact.position == LAST and sf.fact.session == session and sf.fact.driver not in q.drivers
        ]
        if not facts or q.grand_prix is None:
            return None
        names = self._names([sf.fact.driver for sf in facts], q.lang)
        race = self.event_name(q.grand_prix, q.season, q.lang)
        text = (
            f"Starting from the back of the grid in {race}: {names}."
            if q.lang == "en"
            else f"Achteraan op de grid in {race}: {names}."
        )
        return Draft("answered", text, self._ids(facts))

    def _fastest_qualifier(self, q: Query, index: FactIndex) -> Draft | None:
        """ "Wie was het snelst in de kwalificatie?": the first of qualifying (on a sprint weekend too, where
        the sprint, not qualifying, set the race's grid), or the pole of a weekend without a sprint."""
        # (prose tells qualifying as the race weekend's, tables as its own)
        weekend = replace(q, session=None)
        facts = [
            sf
            for sf in self._select(weekend, index, {"grid", "qualifying"}, use_event=True)
            if sf.fact.position == 1
            and sf.fact.session in ("race", "qualifying")
            and (sf.fact.kind == "qualifying" or not self._sprint_weekend(sf.fact))
        ]
        holders = _sole_holders(index, facts, lambda fs: fs)
        if len(holders) != 1 or q.grand_prix is None:
            return None
        who, held = holders[0]
        race = self.event_name(q.grand_prix, q.season, q.lang)
        name = self.driver_name(who)
        text = (
            f"Fastest in qualifying for {race}: {name}."
            if q.lang == "en"
            else f"Snelste in de kwalificatie voor {race}: {name}."
        )
        return Draft("answered", text, self._ids(held))

    def _grid(self, q: Query, index: FactIndex) -> Draft | None:
        if not q.drivers and q.grand_prix and q.position == 1 and q.session == "qualifying":
            return self._fastest_qualifier(q, index)
        if not q.drivers and q.grand_prix and (q.position == 1 or re.search(r"\bpole", q.text.lower())):
            return self._pole_holder(q, index)
        if not q.drivers and q.grand_prix and q.position is not None and q.position > 1:
            return self._start_holders(q, index)
        if q.grand_prix and q.position == LAST and (not q.drivers or _BESIDES_Q_RE.search(q.folded)):
            # ("wie starten er nog meer achteraan naast Lando": the others besides the one named)
            return self._back_starters(q, index)
        if not q.drivers:
            return None
        parts: list[str] = []
        used: list[StoredFact] = []
        d = q.drivers[0]
        name = self.driver_name(d)
        kinds = {"pitlane"} if q.intent == "pitlane" else {"grid", "qualifying", "pitlane"}
        facts = self._select(q, index, kinds, driver=d)
        asks_pole = not q.grand_prix and (q.position == 1 or re.search(r"\bpole", q.text.lower()) is not None)
        for _season, gp, fs in self._per_race(q, facts):
            if gp is None and q.grand_prix:
                continue
            pit = [sf for sf in fs if sf.fact.kind == "pitlane"]
            quali = [sf for sf in fs if sf.fact.kind == "qualifying"]
            grid = [sf for sf in fs if sf.fact.kind == "grid"]
            where = self._where(fs[0].fact, q.lang, q.session)
            # "Waar kwalificeerde X zich" wants qualifying;
            # "vanaf welke plek startte X" the grid after penalties.
            asks_quali = re.search(r"kwalific|qualif|\bkwali\b|\bquali\b", q.text.lower()) is not None
            if pit and not asks_quali and not asks_pole:
                parts.append(
                    f"{name} started from the pit lane {where}."
                    if q.lang == "en"
                    else f"{name} startte vanuit de pitstraat {where}."
                )
                used.extend(pit)
                continue
            # the grid penalties that apply at this race: his own (his start is no qualifying place), and
            # another driver's (it moves everyone behind him)
            applying = self._grid_penalties_at(index, gp, fs[0].fact.season)
            penalised = any(sf.fact.driver == d for sf in applying)
            shuffled = any(sf.fact.driver != d for sf in applying)
            if asks_quali and not quali and (pit or penalised or shuffled):
                # a start from the pit lane, or after a grid penalty (his own, or another's that moved him
                # up), says nothing of qualifying
                continue
            said_quali = bool(quali) and (asks_quali or not grid)  # which position we answer with
            if said_quali and not asks_quali and penalised:
                continue  # "where did he start after his penalty": his qualifying place is not the answer
            race = self.ref.race(fs[0].fact.season or 0, gp) if gp else None
            start_asked = said_quali and not asks_quali and not asks_pole
            if start_asked and race is not None and race.has_sprint and q.session != "sprint":
                continue  # a sprint weekend: the sprint, not qualifying, set the race's grid
            if start_asked and race is not None and shuffled:
                continue  # another driver's grid penalty moved the grid: his qualifying place is no start
            chosen = quali if said_quali else grid
            pos = _consensus([sf.fact.position for sf in chosen if sf.fact.position])
            if pos is None or (asks_pole and pos != 1):
                continue  # "where did Max take pole in 2019": his poles, not his other starts
            if (
                pos == 1
                and not said_quali
                and penalised
                and not asks_pole
                and all(sf.fact.detail == "pole" for sf in chosen if sf.fact.position == pos)
            ):
                continue  # "where does max start after the penalty": the pole he took is no start after it
            # the start an article tells with its cause ("stripped of pole ... will start fourth")
            told_start = [
                sf
                for sf in (index.by_driver_event.get((d, gp), []) if gp else [])
                if sf.fact.kind == "start_cause" and sf.fact.position and sf.fact.season == fs[0].fact.season
            ]
            if (
                told_start
                and not asks_pole
                and not said_quali
                and all(sf.fact.position != pos for sf in told_start)
            ):
                continue  # "stripped of pole ... will start fourth": the start told with its cause is another
            used.extend(sf for sf in chosen if sf.fact.position == pos)
            if pos == 1 and said_quali and penalised:
                # fastest in qualifying, then a grid penalty: he did not start from pole
                parts.append(
                    f"{name} set the fastest time in qualifying {where} (P1)."
                    if q.lang == "en"
                    else f"{name} reed de snelste tijd in de kwalificatie {where} (P1)."
                )
            elif pos == 1:
                parts.append(
                    f"{name} started from pole position {where}."
                    if q.lang == "en"
                    else f"{name} startte vanaf pole position {where}."
                )
            elif said_quali:
                parts.append(
                    f"{name} qualified {self._pos(pos, 'en')} {where}."
                    if q.lang == "en"
                    else f"{name} kwalificeerde zich als {self._pos(pos, 'nl')} {where}."
                )
            else:
                parts.append(
                    f"{name} started {self._pos(pos, 'en')} {where}."
                    if q.lang == "en"
                    else f"{name} startte als {self._pos(pos, 'nl')} {where}."
                )
        return Draft("answered", " ".join(parts), self._ids(used)) if parts else None

    def _grid_penalties_at(self, index: FactIndex, gp: str | None, season: int | None) -> list[StoredFact]:
        """The grid penalties that apply at a race: earned there (unless for the next race), or earned at the
        round before for the next race."""
        race = self.ref.race(season or 0, gp) if gp else None
        if race is None:  # a race the reference does not know: what was earned there
            return [
                sf
                for sf in index.by_event_season.get((gp or "", season), [])
                if sf.fact.kind == "penalty" and sf.fact.penalty == "grid"
            ]
        before = self.ref.race_by_round(race.season, race.round - 1)
        here = index.by_event_season.get((race.key, race.season), [])
        earlier = index.by_event_season.get((before.key, race.season), []) if before is not None else []
        return [
            sf
            for sf in [
                *(sf for sf in here if sf.fact.detail != PENALTY_NEXT_RACE),
                *(sf for sf in earlier if sf.fact.detail == PENALTY_NEXT_RACE),
            ]
            if sf.fact.kind == "penalty" and sf.fact.penalty == "grid"
        ]

    def _collision(self, q: Query, index: FactIndex) -> Draft | None:
        if not q.drivers:
            return self._collided(q, index)
        d = q.drivers[0]
        # "met wie had max bijna een botsing": the near misses, which are no collisions
        near = _NEARLY_Q_RE.search(q.folded) is not None
        facts = self._select(q, index, {"near_miss" if near else "collision"}, driver=d)
        if len(q.drivers) > 1:
            facts = [sf for sf in facts if q.drivers[1] in sf.fact.others]
        if not facts:
            return None
        name = self.driver_name(d)
        pieces: list[str] = []
        for _season, gp, fs in self._per_race(q, facts):
            others = list(dict.fromkeys(o for sf in fs for o in sf.fact.others))
            labels = [sf.fact.other_label for sf in fs if sf.fact.other_label]
            who = self._names(others, q.lang)
            if labels:
                who += f" ({labels[0]})"
            if gp:
                pieces.append(f"{who} {self._where(fs[0].fact, q.lang)}")
            elif fs[0].fact.season and not q.season:
                pieces.append(f"{who} ({fs[0].fact.season})")
            else:
                pieces.append(who)
        sep = "; "
        if q.lang == "en":
            text = f"{name} {'nearly collided' if near else 'collided'} with {sep.join(pieces)}."
        else:
            text = f"{name} {'botste bijna' if near else 'botste'} met {sep.join(pieces)}."
        return Draft("answered", text, self._ids(facts))

    def _collided(self, q: Query, index: FactIndex) -> Draft | None:
        """ "Who collided in Canada 2018?", "wie crashten in de eerste ronde?": the pairs the articles say
        collided in that race; a moment asked, only the collisions told with that lap (the start is the
        opening lap)."""
        if not q.grand_prix:
            return None
        asked = _event_moment(q.folded)
        if asked is None or asked[0] not in (None, "start"):
            return None  # a moment no collision fact holds: any collision would be a guess
        moment, lap = asked
        lap = "lap:1" if moment == "start" else lap
        facts = self._select(q, index, {"collision"}, use_event=True)
        if lap is not None:
            facts = _told_on_lap(index, (q.grand_prix, q.season), facts, "collision", lap)
        # a pair told both ways in one sentence ("A and B collided"): a collision told of a group ("A
        # profited from a crash between the Ferraris") or of one with two ("Zhou and Gasly made contact",
        # read of the one named before) is no pair sure enough to name unasked
        told = {(sf.article, sf.sentence_id, sf.fact.driver, sf.fact.others) for sf in facts}
        pairs = dict.fromkeys(
            tuple(sorted((sf.fact.driver, sf.fact.others[0])))
            for sf in facts
            if len(sf.fact.others) == 1
            and (sf.article, sf.sentence_id, sf.fact.others[0], (sf.fact.driver,)) in told
        )
        if not pairs or len(pairs) > _MOST_PAIRS:
            return None  # none told, or so many that the list answers nothing
        where = self._where(facts[0].fact, q.lang)
        if lap is not None:
            where = f"{'on lap' if q.lang == 'en' else 'in ronde'} {lap[4:]} {where}"
        joined = [self._join([self.driver_name(d) for d in pair], q.lang) for pair in pairs]
        verb = "collided" if q.lang == "en" else "botsten"
        text = "; ".join(f"{who} {verb}" for who in joined) + f" {where}."
        return Draft("answered", text[0].upper() + text[1:], self._ids(facts))

    def _penalty_text(self, sf: StoredFact, lang: str, *, why: bool) -> str:
        f = sf.fact
        name = self.driver_name(f.driver)
        where = self._where(f, lang)
        if f.penalty == "disqualification":
            if f.session == "qualifying":  # his race result stands: say which session he lost
                where = where.replace(
                    "in ", "from qualifying for " if lang == "en" else "in de kwalificatie van ", 1
                )
            base = (
                f"{name} was disqualified {where}"
                if lang == "en"
                else f"{name} werd gediskwalificeerd {where}"
            )
        else:
            base = f"{name} {'got' if lang == 'en' else 'kreeg'} {_penalty_words(f, lang)} {where}"
        if f.reason:
            sep = ": " if why else " ("
            end = "." if why else ")."
            # "for causing the accident": with whom, when the article told it before
            partner = (
                f" ({'with' if lang == 'en' else 'met'} {self._names(f.others, lang)})" if f.others else ""
            )
            return f"{base.rstrip()}{sep}{f.reason}{partner}{end}"
        return base.rstrip() + "."

    def _penalty(self, q: Query, index: FactIndex) -> Draft | None:
        if not q.drivers:
            return self._penalised(q, index)
        facts = _penalties_asked(q, self._select(q, index, {"penalty"}, driver=q.drivers[0]))
        if WITH_WHOM_RE.search(q.folded) or _HIT_WHOM_Q_RE.search(q.folded):
            # "gasly penalty, contact with who", "who did max hit to get the penalty": the one he hit is
            # asked; a penalty without him is half of it
            facts = [sf for sf in facts if sf.fact.others]
        if q.why:
            facts = [sf for sf in facts if sf.fact.reason] or []
            # a reason in its own words before one that only names the kind of wrong ("een overtreding
            # voorafgaand aan de race"), which another article (or sentence) may spell out
            facts.sort(key=lambda sf: _GENERIC_REASON_RE.match(fold(sf.fact.reason or "")) is not None)
        if not facts:
            return self._earned_here_served_next(q, index)
        served_next = self._grid_drop_served_next(q, facts, index)
        texts = list(dict.fromkeys(self._penalty_text(sf, q.lang, why=q.why) for sf in facts))
        # the same penalty told once with its reason and once without: the one with it
        texts = [x for x in texts if not any(o.startswith((x[:-1] + " (", x[:-1] + ": ")) for o in texts)]
        if q.why:
            texts = _one_line_a_penalty(texts)
        for sf in served_next[:1]:
            # "... a three-place grid penalty, for the next race (the Russian GP)": where it is served
            there = self.event_name(sf.fact.grand_prix or "", sf.fact.season, q.lang)
            words = _penalty_words(sf.fact, q.lang)
            texts.append(
                f"That is {words}, for {there}." if q.lang == "en" else f"Dat is {words}, voor {there}."
            )
        facts += served_next
        count = _penalty_count(facts) if _HOW_MANY_PENALTIES_RE.search(q.folded) else None
        if count is not None and count > 1:
            # "hoeveel tijdstraffen kreeg hij": the number the article tells ("a second five-second penalty",
            # "twee keer een tijdstraf"), then the penalties
            name = self.driver_name(q.drivers[0])
            head = f"{name} got {count} penalties." if q.lang == "en" else f"{name} kreeg {count} straffen."
            texts = [head, *texts]
        return Draft("answered", " ".join(texts[:4]), self._ids(facts))

    def _grid_drop_served_next(self, q: Query, facts: list[StoredFact], index: FactIndex) -> list[StoredFact]:
        """A grid penalty earned in the race asked but told there without its size, whose size the same
        article gives with the next race, where it is served ("een gridstraf van drie plekken voor de GP van
        Rusland"): that fact too, which names the race it is for."""
        if q.why or q.season is None or q.grand_prix is None or not q.drivers:
            return []
        unsized = [sf for sf in facts if sf.fact.penalty == "grid" and not sf.fact.amount]
        if not unsized or any(sf.fact.amount for sf in facts):
            return []
        return self._next_race_grid_drops(q, index, {sf.article for sf in unsized})[1]

    def _next_race_grid_drops(
        self, q: Query, index: FactIndex, articles: set[str]
    ) -> tuple[GrandPrix | None, list[StoredFact]]:
        """The race after the one asked, and the sized grid penalties of the question's driver for it that
        ``articles`` tell (served there, earned at the race asked)."""
        race = self.ref.race(q.season or 0, q.grand_prix or "")
        nxt = self.ref.race_by_round(race.season, race.round + 1) if race else None
        if nxt is None:
            return None, []
        return nxt, [
            sf
            for sf in index.by_driver_season.get((q.drivers[0], q.season), [])
            if sf.fact.kind == "penalty"
            and sf.fact.penalty == "grid"
            and sf.fact.amount
            and sf.fact.grand_prix == nxt.key
            and sf.fact.status == "final"
            and sf.article in articles
        ]

    def _earned_here_served_next(self, q: Query, index: FactIndex) -> Draft | None:
        """ "hoeveel plaatsen gridstraf kreeg max na monza": a grid penalty an article of the race asked tells
        for the next race, where it is served ("moet volgende week in Sotsji drie plaatsen naar achteren"),
        and no penalty of the race asked itself: that one, with the race it is for."""
        if q.why or q.season is None or q.grand_prix is None or len(q.drivers) != 1:
            return None
        here = {sf.article for sf in index.by_event_season.get((q.grand_prix, q.season), [])}
        nxt, facts = self._next_race_grid_drops(q, index, here)
        if nxt is None or not facts:
            return None
        f = facts[0].fact
        name = self.driver_name(q.drivers[0])
        there = self.event_name(nxt.key, q.season, q.lang)
        words = _penalty_words(f, q.lang)
        en = f"{name} got {words}, for {there}."
        text = en if q.lang == "en" else f"{name} kreeg {words}, voor {there}."
        return Draft("answered", text, self._ids(facts[:1]))

    def _penalised(self, q: Query, index: FactIndex) -> Draft | None:
        """ "Who was disqualified in Spa?", "wie kreeg een straf in Mexico?": each driver the articles give
        such a penalty in that race (its newest season told), with the penalty."""
        if not q.grand_prix or q.why or not WHO_RE.search(q.folded):
            return None  # ("naar welke plek zakte hij door zijn straf" names no one the list would answer)
        facts = _penalties_asked(q, self._select(q, index, {"penalty"}))
        seasons = index.seasons_of(facts)
        if not seasons:
            return None
        held = [sf for sf in facts if sf.fact.season == seasons[0]]
        first: dict[str, StoredFact] = {}
        for sf in held:
            first.setdefault(sf.fact.driver, sf)
        # the same penalty of several drivers told once: "Pérez, Magnussen en Ericsson kregen ..."
        names: dict[str, list[str | None]] = {}
        for sf in first.values():
            name = self.driver_name(sf.fact.driver)
            text = self._penalty_text(sf, q.lang, why=False)
            rest = text[len(name) + 1 :] if text.startswith(name + " ") else None
            names.setdefault(rest or text, []).append(name if rest else "")
        texts = [
            rest
            if who == [""]
            else f"{self._join(who, q.lang)} {_plural_verb(rest, q.lang) if len(who) > 1 else rest}"
            for rest, who in names.items()
        ]
        if len(texts) > _MAX_PENALISED:
            return None  # a long list is no short answer; a question naming the driver gets one
        return Draft("answered", " ".join(texts), self._ids(held))

    def _crash_holder(self, q: Query, index: FactIndex) -> Draft | None:
        """ "Who crashed in Monaco 2022?": the one driver the articles say crashed there."""
        text = q.folded
        if not q.grand_prix:
            return None
        asked = _event_moment(text)
        if asked is None:
            return None  # a moment no crash fact holds ("in de laatste ronde"): any crash would be a guess
        moment, lap = asked
        facts = self._select(q, index, {"crash"}, use_event=True)
        if q.drivers:
            facts = [sf for sf in facts if sf.fact.driver == q.drivers[0]]  # "did vettel crash": his only
        race_day = self.ref.race(q.season, q.grand_prix) if q.season is not None else None
        if race_day is not None:
            # a crash told "in the race" by an article written before the race's day was in practice or
            # qualifying (the session unsaid): no crash of the race
            facts = [
                sf
                for sf in facts
                if sf.fact.session != "race"
                or not (sf.article_date and len(sf.article_date) >= 10 and sf.article_date < race_day.date)
            ]
        if lap is not None:
            # "who crashed on lap 10?": only a crash told with that very lap
            facts = _told_on_lap(index, (q.grand_prix, q.season), facts, "crash", lap)
        if _QUALI_ASKED_RE.search(text) or moment in ("q1", "q2", "q3"):
            facts = [sf for sf in facts if sf.fact.session == "qualifying"]
        if moment is not None:
            # "Who crashed after the restart?": only crashes told with that very moment
            told = {
                (sf.article, sf.sentence_id, sf.fact.driver)
                for sf in index.by_event_season.get((q.grand_prix, q.season), [])
                if sf.fact.kind == "moment" and sf.fact.unit == "crash" and sf.fact.detail == moment
            }
            facts = [sf for sf in facts if (sf.article, sf.sentence_id, sf.fact.driver) in told]
        if not facts and not q.drivers:
            # "wie crashten in de eerste ronde": a collision is a crash of two
            return self._collided(q, index)
        holders = _sole_holders(index, facts, lambda fs: fs) or _dominant(index, facts)
        for _who, held in (holders or _joint(index, facts))[:1]:
            where = self._where(held[0].fact, q.lang)
            if moment is not None:  # say which crash: "crashed at the start in ..."
                en, nl = _CRASH_MOMENT_WORDS.get(moment, (f"in {moment.upper()}", f"in {moment.upper()}"))
                where = f"{en if q.lang == 'en' else nl} {where}"
            elif lap is not None:
                where = f"{'on lap' if q.lang == 'en' else 'in ronde'} {lap[4:]} {where}"
            crashed = dict.fromkeys(sf.fact.driver for sf in held)
            names: list[str | None] = [self.driver_name(d) for d in crashed]
            if len(names) > 1:
                joined = self._join(names, q.lang)
                text = f"{joined} crashed {where}." if q.lang == "en" else f"{joined} crashten {where}."
            else:
                text = f"{names[0]} crashed {where}." if q.lang == "en" else f"{names[0]} crashte {where}."
            return Draft("answered", text, self._ids(held))
        return None

    def _reclassified(self, q: Query, index: FactIndex) -> Draft | None:
        """ "Why was Verstappen classified fifth after finishing third?": his time penalties in that race
        told with their reason (a grid penalty or a reprimand moves no one after the finish)."""
        if not q.grand_prix or q.season is None:
            return None
        facts = [
            sf
            for sf in self._select(q, index, {"penalty"}, driver=q.drivers[0])
            if sf.fact.penalty in _AFTER_THE_FINISH and sf.fact.reason
        ]
        if not facts:
            return None
        texts = list(dict.fromkeys(self._penalty_text(sf, q.lang, why=True) for sf in facts))
        return Draft("answered", " ".join(_one_line_a_penalty(texts)[:2]), self._ids(facts))

    def _start_penalty(self, q: Query, index: FactIndex) -> Draft | None:
        """ "Why did Vettel start sixth?": a grid penalty answers it, with its reason when known."""
        if not q.drivers:
            return None
        if _BACK_ASKED_RE.search(q.folded):
            # "why did he start from the back": the start told with its own cause first; another grid
            # penalty of that weekend may be why he started lower still, not why he started last
            told = self._start_reason(q, index)
            if told is not None:
                return told
            excluded = self._excluded_from_qualifying(q, index)
            if excluded is not None:
                return excluded
        facts = [
            sf
            for sf in self._select(q, index, {"penalty"}, driver=q.drivers[0])
            if (sf.fact.penalty == "grid" or (sf.fact.reason and sf.fact.penalty != "time"))
            # (a time penalty in the sprint is not why he started the race where he did)
            and sf.fact.session in (q.session or "race", "qualifying")
        ]
        if not facts:
            return self._start_reason(q, index)
        # Its reasons first: a grid penalty told without one (in another article) would crowd them out; a
        # "why" that only a penalty without its reason would answer ("why did Max lose pole": "he got a grid
        # penalty") is told as what happened, not as why
        facts = [sf for sf in facts if sf.fact.reason] or (
            # ("why did he start at the back": "he got a grid penalty" is what happened, not why)
            []
            if q.why
            and (
                _LOST_PLACE_Q_RE.search(q.folded)
                or _BACK_ASKED_RE.search(q.folded)
                # "why did he get a grid drop": the penalty asked, not told why
                or _PENALTY_NAMED_Q_RE.search(q.folded)
            )
            else facts
        )
        if not facts:
            return None
        texts = list(dict.fromkeys(self._penalty_text(sf, q.lang, why=True) for sf in facts))
        return Draft("answered", " ".join(_one_line_a_penalty(texts)[:2]), self._ids(facts))

    def _excluded_from_qualifying(self, q: Query, index: FactIndex) -> Draft | None:
        """ "Why did Hamilton start the sprint from the back?": he was disqualified from qualifying that
        weekend (told as such, with its reason when known)."""
        facts = [
            sf
            for sf in self._select(replace(q, session=None), index, {"penalty"}, driver=q.drivers[0])
            if sf.fact.penalty == "disqualification"
            and sf.fact.session == "qualifying"
            and sf.fact.grand_prix
        ]
        if not facts:
            return None
        f = facts[0].fact
        name, where = self.driver_name(f.driver), self._where(f, q.lang)
        if q.lang == "en":
            text = f"{name} was disqualified from qualifying {where}, so he started from the back."
        else:
            text = (
                f"{name} werd gediskwalificeerd in de kwalificatie {where} en moest daarom achteraan starten."
            )
        return Draft("answered", text, self._ids(facts[:1]))

    def _start_reason(self, q: Query, index: FactIndex) -> Draft | None:
        """ "Why did Pérez start at the back?": a start at the back or from the pit lane, told with why."""
        d = q.drivers[0]
        facts = [
            sf
            for sf in self._select(q, index, {"grid", "pitlane"}, driver=d)
            if sf.fact.reason and (sf.fact.kind == "pitlane" or sf.fact.position == LAST)
        ]
        if not facts:
            return None
        f = facts[0].fact
        name, where = self.driver_name(d), self._where(f, q.lang)
        if q.lang == "en":
            place = "from the pit lane" if f.kind == "pitlane" else "from the back of the grid"
            text = f"{name} started {place} {where}: {f.reason}."
        else:
            place = "vanuit de pitstraat" if f.kind == "pitlane" else "achteraan"
            text = f"{name} moest {place} starten {where}: {f.reason}."
        return Draft("answered", text, self._ids(facts[:1]))

    def _retirement(self, q: Query, index: FactIndex) -> Draft | None:
        if not q.drivers:
            return self._retirements(q, index)
        # ("why did kmag retire in brazil": the race; a retirement from the sprint answers another question)
        facts = [
            sf
            for sf in self._select(q, index, {"retirement"}, driver=q.drivers[0])
            if sf.fact.session == (q.session or "race")
        ]
        if q.why:
            # only a retirement told with its cause answers why ("technische problemen" is what the
            # article says, and fans asking why take it as the answer)
            told = [sf for sf in facts if sf.fact.reason]
            if not told:
                return self._crashed_out(q, index, retired=bool(facts))
            facts = told
        if not facts:
            return None
        parts: list[str] = []
        used = list(facts)
        for _season, _gp, fs in self._per_race(q, facts):
            line = self._finish_line(q.drivers[0], fs, q.lang, q.session)
            if line:
                parts.append(line[0])
        if (
            q.why
            and len(parts) == 1
            and all(_COLLISION_CAUSE_RE.search(sf.fact.reason or "") for sf in facts)
        ):
            # "waardoor viel Max uit": a collision as the cause, and with whom when the article tells it
            races = {(sf.fact.season, sf.fact.grand_prix) for sf in facts}
            hits = [
                sf
                for sf in self._select(q, index, {"collision"}, driver=q.drivers[0])
                if (sf.fact.season, sf.fact.grand_prix) in races and sf.fact.others
            ]
            others = list(dict.fromkeys(o for sf in hits for o in sf.fact.others))
            if others:
                names = self._names(others, q.lang)
                parts.append(f"Collision with {names}." if q.lang == "en" else f"Botsing met {names}.")
                used += hits
        return Draft("answered", " ".join(parts), self._ids(used)) if parts else None

    def _crashed_out(self, q: Query, index: FactIndex, *, retired: bool) -> Draft | None:
        """ "Waarom viel Leclerc uit in Frankrijk?" with no cause told: his crash in that race, when the
        articles tell one and no finish of his (or tell his retirement without its cause)."""
        if not q.grand_prix or q.season is None:
            return None
        d = q.drivers[0]
        crashes = [
            sf
            for sf in self._select(q, index, {"crash"}, driver=d)
            if sf.fact.session == "race" and sf.fact.status == "final"
        ]
        finished = [
            sf
            for sf in self._select(q, index, {"finish"}, driver=d)
            if sf.fact.session == "race" and sf.fact.status == "final" and sf.fact.position
        ]
        if not crashes or (finished and not retired):
            return None
        name = self.driver_name(d)
        where = self._where(crashes[0].fact, q.lang)
        text = f"{name} crashed out {where}." if q.lang == "en" else f"{name} crashte {where} en viel uit."
        return Draft("answered", text, self._ids(crashes))

    def _retirements(self, q: Query, index: FactIndex) -> Draft | None:
        """ "Welke coureurs vielen uit in Melbourne 2018?": the retirements the articles tell of that race,
        for drivers no article gives a finishing place (a list as told: "volgens mijn artikelen")."""
        if not q.grand_prix or q.season is None or q.why or q.position is not None:
            return None  # ("who retired first": the order of the retirements is not told)
        if names_moment(q.folded):
            return None  # "which drivers retired at the start": when each retired is not told
        facts = self._select(q, index, {"retirement", "finish"})
        placed = {sf.fact.driver for sf in facts if sf.fact.kind == "finish" and sf.fact.position}
        retired = [sf for sf in facts if sf.fact.kind == "retirement" and sf.fact.driver not in placed]
        if not retired:
            return None
        names = self._names((sf.fact.driver for sf in retired), q.lang)
        race = self.event_name(q.grand_prix, q.season, q.lang)
        if q.lang == "en":
            text = f"According to my articles these drivers retired from {race}: {names}."
        else:
            text = f"Volgens mijn artikelen vielen in {race} uit: {names}."
        return Draft("answered", text, self._ids(retired))

    def _summary(self, q: Query, index: FactIndex) -> Draft | None:
        if not q.drivers:
            return None
        d = q.drivers[0]
        kinds = set(_INCIDENT_KINDS) if q.intent == "incidents" else set(_SUMMARY_KINDS)
        if q.text and (names_moment(q.folded) or _CRASH_WORD_Q_RE.search(q.folded)):
            # "what happened to Vettel at the start", "alonso melbourne crash": what befell him, never his
            # start or finish place
            kinds = set(_MOMENT_KINDS)
        facts = self._select(q, index, kinds, driver=d)
        if not q.grand_prix and not q.season:
            return None
        if not q.grand_prix:
            facts = [sf for sf in facts if sf.fact.grand_prix]
        if (
            q.text
            and _HOW_DID_RE.search(q.folded)
            and not any(sf.fact.kind in _OUTCOME_KINDS for sf in facts)
        ):
            # "How did he do?" asks for his result: his incidents alone would answer a neighbouring question.
            return None
        if not facts:
            return None
        name = self.driver_name(d)
        lang = q.lang
        lines: list[str] = []
        used: list[StoredFact] = []
        for _season, gp, fs in self._per_race(q, facts):
            bits: list[str] = []
            coll = [sf for sf in fs if sf.fact.kind == "collision"]
            if coll:
                others = self._names((o for sf in coll for o in sf.fact.others), lang)
                label = next((sf.fact.other_label for sf in coll if sf.fact.other_label), None)
                if label and not others:
                    others = label
                bits.append(f"collided with {others}" if lang == "en" else f"botsing met {others}")
                used.extend(coll)
            crash = [sf for sf in fs if sf.fact.kind == "crash"]
            if crash:
                bits.append("crashed" if lang == "en" else "crash")
                used.extend(crash)
            pen = [sf for sf in fs if sf.fact.kind == "penalty"]
            for sf in pen[:1]:
                if sf.fact.penalty == "disqualification" and sf.fact.session == "qualifying":
                    bits.append(
                        "disqualified from qualifying"
                        if lang == "en"
                        else "gediskwalificeerd in de kwalificatie"
                    )
                elif sf.fact.penalty == "disqualification":
                    bits.append("disqualified" if lang == "en" else "gediskwalificeerd")
                else:
                    words = _penalty_words(sf.fact, lang)
                    bits.append(words + (f" ({sf.fact.reason})" if sf.fact.reason else ""))
                used.append(sf)
            ret = [sf for sf in fs if sf.fact.kind == "retirement"]
            fin = [sf for sf in fs if sf.fact.kind == "finish"]
            if ret:
                cause = next((sf.fact.reason for sf in ret if sf.fact.reason), None)
                word = "retired" if lang == "en" else "uitgevallen"
                if cause and cause not in ("crash", "collision"):
                    word += f" ({_cause_word(cause, lang)})"
                bits.append(word)
                used.extend(ret)
            elif fin and not any(_takes_the_result(sf.fact) for sf in pen):
                pos = _consensus([sf.fact.position for sf in fin if sf.fact.position is not None])
                if pos is not None:
                    if pos == 1:
                        what = "sprint" if (q.session or fs[0].fact.session) == "sprint" else "race"
                        bits.append(f"won the {what}" if lang == "en" else f"won de {what}")
                    else:
                        bits.append(
                            f"finished {self._pos(pos, 'en')}"
                            if lang == "en"
                            else f"werd {self._pos(pos, 'nl')}"
                        )
                    used.extend(sf for sf in fin if sf.fact.position == pos)
            elif any(sf.fact.kind == "podium" for sf in fs):
                bits.append("on the podium" if lang == "en" else "op het podium")
                used.extend(sf for sf in fs if sf.fact.kind == "podium")
            starts = [sf for sf in fs if sf.fact.kind in ("grid", "qualifying", "pitlane")]
            if starts and len(bits) < 3:
                s = starts[0].fact
                if s.kind == "pitlane":
                    bits.append(
                        "started from the pit lane" if lang == "en" else "startte vanuit de pitstraat"
                    )
                elif s.position:
                    bits.append(
                        f"started {self._pos(s.position, 'en')}"
                        if lang == "en"
                        else f"startte als {self._pos(s.position, 'nl')}"
                    )
                used.append(starts[0])
            if not bits:
                continue
            where = (
                self._where(fs[0].fact, lang, q.session)
                if gp
                else (f"in {fs[0].fact.season}" if fs[0].fact.season else "")
            )
            if gp and fs[0].fact.season is None:
                where += " (season unknown)" if lang == "en" else " (seizoen onbekend)"
            lines.append(
                f"{where[:1].upper()}{where[1:]}: {', '.join(bits)}." if where else f"{', '.join(bits)}."
            )
        if not lines:
            return None
        if len(lines) == 1 and used and all(sf.fact.kind == "crash" for sf in used):
            # ("what happened to Zhou": "crashed" alone; the sentence tells that he flipped, or burned)
            return Draft("answered", f"{name}: " + lines[0], self._ids(used[:1]), quote_source=True)
        return Draft("answered", f"{name}: " + " ".join(lines), self._ids(used))


_V = TypeVar("_V", bound=Hashable)

# a question about qualifying itself ("why did he not set a time in quali"), with no start or grid word
_QUALI_NOT_START_Q_RE = re.compile(
    r"^(?!.*\b(?:start\w*|gestart|grid\w*|pole\w*|achteraan|back|pit ?lane|pitstraat|startplek\w*)\b)"
    r".*\b(?:kwali\w*|quali\w*)\b"
)
# a why question that names the penalty itself: only its reason answers it
_PENALTY_NAMED_Q_RE = re.compile(r"\b(?:\w*straf\w*|penalt\w*|grid drop|drop)\b")

#: unsupported attributes that an article's own statement can still answer
#: the told attributes whose handlers read a why themselves (the cause of a knockout, a neutralisation, a
#: fine, penalty points, lost points, a lap, a running place or a lap time); the others answer no why
_WHY_TOLD = frozenset(
    {"session", "safety_car", "fine", "penalty_points", "points", "lap", "running_position", "laptime"}
)
_TOLD_ATTRIBUTES = frozenset(
    {
        "start_time",
        "fastest_lap",
        "count",
        "session",
        "overtake",
        "safety_car",
        "fine",
        "constructors",
        "points_gap",
        "tyres",
        "lap",
        "penalty_points",
        "points",
        "gap",
        "pace",
        "pitstops",
        "culprit",
        "corner",
        "on_podium",
        "behind_of",
        "ahead_of",
        "served_at",
        "running_position",
        "after_penalty",
        "before_penalty",
        "laptime",
        "row_partner",
    }
)
_CLOCK_OR_RESTART_Q_RE = re.compile(
    r"\b(?:what time|hoe laat|at what time|om hoe laat|restart\w*|herstart\w*|hervat\w*|resum\w*)\b"
)
# the clock a start time is asked on ("uk time", "lokale tijd", "nederlandse tijd")
_ZONE_Q_RES = (
    ("uk", re.compile(r"\b(?:uk|british|britse|engelse|bst|gmt)\b")),
    ("local", re.compile(r"\b(?:local|lokale|plaatselijke)\b")),
    ("nl", re.compile(r"\b(?:nederlandse|belgische|cet|cest|onze)\b")),
)
_DSQ_Q_RE = re.compile(r"\b(?:dsq|diskwalifi\w*|gediskwalificeerd|disqualif\w*)\b")
# "als eerste over de streep/finish", "first across the line", "took the chequered flag first": the order on
# the road
_ROAD_FIRST_Q_RE = re.compile(
    r"\b(?:als eerste (?:over de (?:streep|finish|meet)|de (?:geblokte )?vlag|gefinisht)|"
    r"(?:crossed|cross|took|take) the (?:finish )?line first|first (?:across|over) the (?:finish )?line|"
    r"(?:took|saw|take|see) the chequered flag first)"
)
# a question about qualifying: only its time gaps are told
_QUALI_Q_RE = re.compile(r"\b(?:kwali\w*|quali\w*|pole\w*|q3)\b")
_POLE_Q_RE = re.compile(r"\b(?:pole\w*|polesitter)\b")
#: told attributes that a question without a season asks for the newest season the articles tell
# a moment no race names ("voor de laatste twee races", "at the summer break"): no season's end
_NO_RACE_MOMENT_Q_RE = re.compile(
    r"\b(?:voor|before|halverwege|midway|zomerstop|summer break|na \w+ races|after \w+ races|"
    r"laatste (?:twee|drie|\d) races|last (?:two|three|\d) races)\b"
)
# a place asked by name: a part of qualifying is no answer to it
_PLACE_WORD_Q_RE = re.compile(
    r"\bp\s*\?|\b(?:plek|plaats|positie|position|place|welke|hoeveelste|where|waar|p\d+|grid|startplek)\b"
)
# a lead or deficit asked with no unit of time: in the standings, when no time gap is told
_LEAD_NO_TIME_Q_RE = re.compile(r"\b(?:lead|voorsprong|achterstand|deficit)\b")
# "how far is verstappen behind piastri after zandvoort": after a race named bare, the standings then (not
# "after the restart", "na zijn stop")
_AFTER_RACE_Q_RE = re.compile(r"\b(?:after|na)\s+(?!(?:the|de|het|his|zijn|z'n|een|a|an|lap|ronde)\b)[a-z]")
_TIME_WORD_Q_RE = re.compile(
    r"\b(?:sec\w*|s|tenths?|tiende\w*|honderdste\w*|laps?|ronden?|rondes|finish\w*|streep|flag|vlag|"
    r"quali\w*|kwali\w*|q[123]|pole|sprint)\b|\d[.,]\d"
)
_NEWEST_SEASON_TOLD = frozenset({"overtake", "safety_car", "fine", "constructors", "gap", "pace", "laptime"})
# a lap time of one part of qualifying, of practice or of the race: not the best qualifying time that is told
_NOT_QUALI_TIME_Q_RE = re.compile(
    r"\b(?:q[12]|vt[123]|fp[123]|training|practice|snelste ronde|fastest lap|race ?tijd|race time|"
    r"sprint ?race|hoe laat|what time|nl tijd|dutch time|begin\w*|start\w*)\b"
)
# the event whose lap is asked
_LAP_EVENT_Q_RES = (
    (
        "retirement",
        re.compile(
            r"\b(?:vi(?:el|elen) (?:\w+ )?uit|uitgevallen|uitvallen|uitvalbeurt|gaf (?:\w+ )?op|opgave|"
            r"retire[ds]?|retirement|dnf|out of the race)\b"
        ),
    ),
    ("crash", re.compile(r"\b(?:crash\w*|in de muur|into the (?:wall|barriers?)|spun off)\b")),
    ("collision", re.compile(r"\b(?:bots\w*|aanrijding|collid\w*|collision|contact|tikte\w*|clash\w*)\b")),
    # (a bare "stopte" may ask his retirement: only a stop's own words)
    (
        "pit_stop",
        re.compile(
            # ("which lap did max pit": the bare verb, not the pit lane or wall)
            r"\b(?:pit(?:te|ten|t)|pit(?!\s*(?:lane|straat|wall|muur|exit|entry|box))|pitstop\w*|pit ?stops?|"
            r"pitted|naar binnen|binnen ?(?:kwam|gehaald)|"
            r"(?:eerste|tweede|derde|first|second|third|1e|2e|3e|1st|2nd|3rd) stop|bandenwissel|came in|"
            r"boxed)\b"
        ),
    ),
    (
        "overtake",
        re.compile(
            r"\b(?:inhaalde\w*|ingehaald|haalde (?:\w+ ){0,4}in|(?:ging|kwam) (?:\w+ ){0,3}(?:voorbij|langs)|"
            r"passeerde\w*|overt(?:ake|ook|aken)\w*|pass(?:ed)?|(?:get|got|go|went) past)\b"
        ),
    ),
)
# which stop a question asks: "zijn 2e pitstop", "his second stop"
_STOP_NUMBER_Q_RE = re.compile(
    r"\b(eerste|tweede|derde|first|second|third|1e|2e|3e|1st|2nd|3rd)\s+(?:pit ?)?stop"
)
# "werd Leclerc ingehaald", "was Hamilton passed": the one named first was passed
_PASSIVE_Q_RE = re.compile(
    r"\b(?:werd|werden|was|were|got) (?:\w+ ){0,3}(?:ingehaald|gepasseerd|passed|overtaken)\b|\bdoor\b|\bby\b"
)
# which tyre question: the start compound, the finish compound or the tyre that failed
_TYRE_ROLE_Q_RES = (
    (
        "start",
        re.compile(
            r"\b(?:begon|begonnen|begint|startte|startten|start|starten|gestart|vertrok|vertrokken|"
            r"started|start|began|starting|begin)\b"
        ),
    ),
    ("finish", re.compile(r"\b(?:eindigde|eindigden|finishte|finishten|finished|ended|finish|einde)\b")),
    # the compound put on at a stop: "welke banden kreeg hij bij zijn pitstop", "what did he switch to"
    (
        "stop",
        re.compile(
            r"\b(?:(?:pit)?stops?|pitstops?|pitte|pitted|pitting|pit|bandenwissel|switch\w*|swap\w*|"
            r"changed? to|wissel\w*|overstap\w*|stapte \w+ ?over|went onto|go onto|fitted)\b"
        ),
    ),
    (
        "failure",
        re.compile(
            r"\b(?:klapte|klapband|lek\w*|kapot|puncture\w*|failed|failure|blew|exploded|ontplofte)\b"
        ),
    ),
)
# "op welke banden vertrokken de coureurs": the whole field, not one driver
_FIELD_Q_RE = re.compile(
    r"\b(?:de coureurs|alle coureurs|de rijders|iedereen|het (?:hele )?veld|the drivers|all (?:the )?drivers|"
    r"everyone|the (?:whole )?field)\b"
)
_COMPOUND_WORDS = {
    # (the compound by its own name too, as fans write it: "soft", "medium", "hard")
    "soft": ("softs (soft tyres)", "softs (zachte banden, de soft)"),
    "medium": ("mediums (medium tyres)", "mediums (de medium)"),
    "hard": ("hards (hard tyres)", "harde banden (de hard)"),
    "intermediate": ("intermediates", "intermediates"),
    "wet": ("full wets", "regenbanden"),
}
# "how many overtakes", "hoe lang bleef de safety car": a count or a duration nobody told
# How long a pit stop took, or how long he stood still at it (not how much time it cost him, nor how many).
_STOP_DURATION_Q_RE = re.compile(
    r"\b(?:hoe lang|hoeveel seconden|hoeveel tijd|how long|how many seconds|how much time|duur\w*)\b"
)
_STOP_NOT_DURATION_Q_RE = re.compile(
    r"\b(?:verlo\w*|kostte|kost|lost|lose|cost|snelste|snelst|fastest|quickest|hoe vaak|how often|"
    r"how many (?:stops|times)|hoeveel (?:keer|pitstops|stops)|straf\w*|penalt\w*|pitstraat|pit ?lane)\b"
)
_STATIONARY_Q_RE = re.compile(
    r"\b(?:stil|stilstand|stilgestaan|stationary|stand still|stood still|standing still)\b"
)
#: the most seconds a stop's figure can be and still be the standing still alone
_STATIONARY_MOST = 15.0
_HOW_MANY_Q_RE = re.compile(r"\b(?:hoe vaak|hoeveel|how many|how often|hoe lang|how long)\b")
_AMOUNT_Q_RE = re.compile(r"\b(?:hoeveel|hoe hoog|hoe groot|how much|how big|how large|bedrag|amount)\b")
# "who did Hamilton overtake?", "wie werd door Hamilton ingehaald?": the driver named passed someone
_PASSER_ASKED_RE = re.compile(
    r"\bwho(?:m)? did\b|\bwhom\b|\bwho was (?:\w+ )?(?:overtaken|passed) by\b|"
    r"\bwie werd(?: er)? (?:\w+ )?door\b|"
    r"\bwie (?:haalde|passeerde) (?:hij|zij|ze)\b"
)
_NEUTRALISATION_Q_RES = (
    ("vsc", re.compile(r"\b(?:virtuele|virtual|vsc)\b")),
    (
        "red_flag",
        re.compile(
            r"\b(?:rode vlag|red[- ]?flag\w*|stilgelegd|gestaakt|onderbroken|suspended|halted|stillag|"
            # "was the race stopped after his crash": the race stood still
            r"(?:race|session|qualifying|practice) (?:\w+ ){0,2}stopped|"
            # "Waarom lag de kwalificatie op Zandvoort even stil?": a session that stood still
            r"lag (?:de )?(?:kwalificatie|sessie|race|wedstrijd)\b(?: \w+){0,6} stil)\b"
        ),
    ),
    ("sc", re.compile(r"\bsafety ?car\b")),
)
_NEUTRALISATION_WORDS = {
    "sc": ("a safety car", "een safety car"),
    "vsc": ("a virtual safety car", "een virtuele safety car"),
    "red_flag": ("a red flag", "een rode vlag"),
}
# "why did Max lose pole", "waarom verloor hij zijn pole": the penalty's reason is asked, not the penalty
# "welke twee Canadezen gingen in de fout achter de safety car": asks for some other thing than the
# neutralisation, its lap, cause or driver (the answer would be a "yes")
_WHICH_ELSE_Q_RE = re.compile(
    r"\b(?:welke|which)\s+(?:(?:\d+|twee|drie|two|three)\s+)?(?!(?:ronde|rondes|lap|laps|oorzaak|reden|"
    r"cause|reason|incident|crash|ongeluk|ongeval|coureurs?|rijders?|drivers?|safety|rode|red|gele|yellow|"
    r"vsc|virtual|virtuele|neutralisatie|bocht|corner|turn|moment|kant)\b)[a-z]"
)
_WHOSE_RE = re.compile(r"\b(?:whose|whos|who's|wiens|van wie)\b")
_COLLISION_CAUSE_RE = re.compile(r"\b(?:botsing|aanrijding|crash|collision|contact|clash|aanraking)\w*", re.I)
_LOST_PLACE_Q_RE = re.compile(r"\b(?:lose|lost|loses|verloor|verloren|verliest|kwijt\w*)\b")
_CAUSE_Q_RE = re.compile(
    r"\b(?:oorzaak|veroorzaakt\w*|waardoor|door wie|wie zorgde|cause[ds]?|caused by|what led|who brought|"
    r"trigger\w*|brought out|bracht|zorgde voor|"
    r"what brought|reden|reason)\b"
)
_TITLE_WON_Q_RE = re.compile(
    r"\b(?:won|win|wint|winnaar|winner|gewonnen|\w*kampioen\w*|champions?|titel|title|pakte)\b"
)
_WHICH_TEAM_RE = re.compile(
    r"\b(?:welk(?:e)? (?:team|renstal|stal|constructeur)|which (?:team|constructor))\b"
)
# the words of before a race: "voor de GP van Japan", "going into Canada"
_BEFORE_WORDS = r"\b(?:voor|voorafgaand aan|in aanloop naar|before|ahead of|prior to|going into|heading into)"
_NAME_ENDS = ("", " ", "?", ",", ".", "!")


_RESULTS_MAX = 10  # the places a list of the result gives at most


@lru_cache(maxsize=512)
def _folded_names(gp: GrandPrix) -> frozenset[str]:
    """A race's names, folded once (a question about a standing "voor Mugello" reads them)."""
    named = (*gp.aliases, gp.short_en, gp.short_nl, gp.city, gp.circuit, gp.country)
    return frozenset(fold(x) for x in named if x)


# a word of before and the articles of a race's name: "voor (de GP van) Mugello", "going into Canada"
_BEFORE_WORD_RE = re.compile(
    _BEFORE_WORDS
    + r"\s+(?:(?:de|het|the)\s+)?(?:(?:gp|grand prix|grote prijs|race)\s+)?(?:(?:van|of|in)\s+)?"
)
# "voor de GP van Japan", "ahead of the Japanese GP": the standing before the race named, not after it
# a penalty handed after the race: "post-race penalty", "na afloop bestraft"
_POST_RACE_Q_RE = re.compile(r"\b(?:post[- ]?race|after the race|na afloop|na de race)\b")
# both of a pair asked: "beide Red Bulls", "both Ferraris", "allebei"
_BOTH_Q_RE = re.compile(r"\b(?:beide|allebei|both)\b")
# a gap asked from the side of the one behind: "hoeveel punten achter", "how many points behind"
_BEHIND_Q_RE = re.compile(r"\b(?:achter|achterstand|behind|deficit|trail\w*|adrift|achterop)\b")
_AHEAD_Q_RE = re.compile(r"\b(?:voor op|voorsprong|ahead|lead\w*|clear|voor\s+\w+\s+op)\b")
_BEFORE_RACE_RE = re.compile(
    _BEFORE_WORDS + r"\s+(?:de|het|the)\s+(?:\w+\s+){0,2}(?:gp|grand prix|grote prijs|race)\b"
)
_CAREER_Q_RE = re.compile(
    r"\b(?:carriere|loopbaan|career|ooit|ever|in totaal|in total|gp-zege|f1-zege|formule 1-zege|"
    r"grand prix-zege|f1 (?:wins|victories|poles|podiums)|grand prix (?:wins|victories))\b"
)
_WHICH_NUMBER_Q_RE = re.compile(
    r"\bhoeveelste\b|\bnummer hoeveel\b|\b(?:which|what) (?:\w+ )?(?:number|no\.)|\bhow ?man(?:y|i)e?th\b"
)
_SEASON_SCOPE_Q_RE = re.compile(
    r"\b(?:seizoen\w*|seizoens\w+|dit jaar|van het jaar|this (?:season|year)|of the (?:season|year)|"
    r"(?:that|dat|die) (?:season|year|jaar)|(?:van|in|of) (?:19|20)\d\d)\b"
)
# the career named in words, not just "in totaal" ("hoeveel races won hij in totaal in 2022" is a season's)
_CAREER_WORD_Q_RE = re.compile(r"\b(?:carriere|loopbaan|career|ooit|ever)\b")
# "in zijn hoeveelste race won hij": the number of a race, which no count holds
_RACE_NUMBER_Q_RE = re.compile(
    r"\b(?:hoeveelste|how ?many ?th|which) (?:race|grand prix|gp|start)"
    r"(?![\w-]|\s+(?:zege|overwinning|win|victory|pole))"
)
# a question about the part of qualifying he went out in (not "which session was red-flagged")
_KNOCKOUT_Q_RE = re.compile(
    r"\b(?:strand\w*|uitgeschakeld|eruit|knocked out|eliminated|out in|viel \w*\s?af|vielen \w*\s?af|"
    r"sneuvel\w*|kwalificatie|qualifying)\b"
)
_PART_ASKED_RE = re.compile(r"\bq([12])\b")
_WHICH_NUMBER_RE = re.compile(r"\b(?:hoeveelste|which number|how ?man(?:y|i)e?th)\b")
# "hoeveel races won hij" counts wins; "hoeveel races voor het einde" counts no wins
_COUNTED_RES = (
    ("poles", re.compile(r"\bpole")),
    ("podiums", re.compile(r"\bpodi")),
    ("wins", re.compile(r"\b(?:zeges?|\w*zege|overwinning\w*|wins?|won|winnen|gewonnen|victor\w*)\b")),
)
_COUNT_WORDS = {
    "wins": ("wins", "zeges"),
    "poles": ("pole positions", "poles"),
    "podiums": ("podiums", "podiumplaatsen"),
}


# "hoeveelste keer op rij", "how many in a row": a streak, not a count of the season or the career
_STREAK_Q_RE = re.compile(
    r"\b(?:op (?:een )?rij|achter elkaar|in a row|in succession|consecutive\w*|straight)\b"
)


_BEFORE_THE_RACE_Q_RE = re.compile(
    r"\b(?:before|going into|heading into|ahead of|voor|vóór|voorafgaand aan)\s+(?:the\s+|de\s+|het\s+)?"
    r"(?:[\w'-]+\s+){0,3}?(?:gp|grand prix|race|grote prijs|wedstrijd)\b"
)


def _counted_thing(folded: str) -> str | None:
    """What a count question counts: wins, poles or podiums."""
    return next((thing for thing, rx in _COUNTED_RES if rx.search(folded)), None)


def _standing_moment(q: Query, race: str | None, before: bool) -> str:
    """When a standing asked holds, in the question's language: before or after the race named, else at the
    season's end."""
    if q.lang == "en":
        return f"{'before' if before else 'after'} {race}" if race else f"at the end of {q.season}"
    return f"{'voor' if before else 'na'} {race}" if race else f"aan het eind van {q.season}"


# a question after a lap's time, not only who set it ("fastest lap miami what time", "snelste ronde tijd")
_LAP_TIME_Q_RE = re.compile(
    r"\b(?:what time|which time|welke tijd|hoe snel|how fast|\w*tijd|(?:lap ?)?time)\b"
)


def _consensus(values: list[_V]) -> _V | None:
    """The value most facts agree on; None unless it has at least twice the support of any other."""
    if not values:
        return None
    if LAST in values and any(v != LAST for v in values):
        values = [v for v in values if v != LAST]  # "last" and "P17" say the same thing
    common = Counter(values).most_common(2)
    if len(common) > 1 and common[0][1] < 2 * common[1][1]:
        return None  # the statements disagree and none clearly outweighs the other
    return common[0][0]


def _served_next_text(name: str, f: Fact, where: str, there: str, lang: str) -> str:
    """ "X got a 3-place grid penalty in the Italian GP, for the next race: the Russian GP"."""
    words = _penalty_words(f, lang)
    if lang == "en":
        return f"{name} got {words} {where}, for the next race: {there}."
    return f"{name} kreeg {words} {where}, voor de volgende race: {there}."


_CAUSES = {
    "puncture": ("puncture", "lekke band"),
    "fire": ("fire", "brand"),
    "turbo": ("turbo failure", "kapotte turbo"),
    "wing": ("front wing damage", "schade aan de voorvleugel"),
    "power": ("loss of power", "verlies van vermogen"),
    "engine": ("engine", "motor"),
    "gearbox": ("gearbox", "versnellingsbak"),
    "transmission": ("transmission", "transmissie"),
    "stuck_gear": ("stuck in gear", "vast in een versnelling"),
    "hydraulics": ("hydraulic problems", "hydraulische problemen"),
    "brakes": ("brakes", "remmen"),
    "battery": ("battery", "batterij"),
    "electrical": ("electrical problem", "elektrisch probleem"),
    "overheating": ("overheating", "oververhitting"),
    "suspension": ("suspension", "ophanging"),
    "wheel": ("loose wheel", "los wiel"),
    "technical": ("technical problem", "technisch probleem"),
    "damage": ("damage", "schade"),
    "collision": ("collision", "botsing"),
    "crash": ("crash", "crash"),
}


# "the Haas drivers", "beide Red Bulls": a question about both drivers of the team it names
_TEAM_DRIVERS_Q_RE = re.compile(
    r"\b(?:drivers|coureurs|rijders|beide|both|allebei)\b|\b(?:red bulls|mercedessen|ferrari's|mclarens)\b"
)


# "als vijfde geklasseerd terwijl hij als derde finishte", "demoted", "teruggezet": a place changed after
# the finish
_RECLASSIFIED_Q_RE = re.compile(
    r"\b(?:geklasseerd|classified|teruggezet|demoted|relegated|"
    r"terwijl hij (?:als \w+ )?(?:finishte|over de (?:streep|finish) kwam)|"
    r"after (?:he )?(?:finish|cross)\w*)\b"
)
# the penalties that change a place after the finish
_AFTER_THE_FINISH = frozenset({"time", "drive_through", "stop_go"})


def _takes_the_result(f: Fact) -> bool:
    """A disqualification from the race (or sprint) takes away its result; one from qualifying does not."""
    return f.penalty == "disqualification" and f.session != "qualifying"


def _cause_word(cause: str | None, lang: str) -> str:
    if cause is None:
        return ""
    en, nl = _CAUSES.get(cause, (cause, cause))
    return en if lang == "en" else nl


# "who qualified ...": qualifying asked, not the grid after penalties
_QUALI_WORD_RE = re.compile(r"kwalific|qualif")
# every place a question asks ("tweede en derde", "second and third")
_PLACE_ASKED_RE = re.compile(r"(?<![\w-])(?:" + ORDINAL_RE + r")(?![\w-])")


# a corner named in a told cause: "in bocht 11", "at turn 3", "Eau Rouge"
_CORNER_TOLD_RE = re.compile(
    r"\b(?:bocht|turn|corner)\s+\d{1,2}\b|\b(?:eau rouge|raidillon|tamburello|parabolica|tarzan|"
    r"sainte devote|rascasse|wall of champions|muur der kampioenen|copse|stowe|lesmo)\b"
)
# "waar won Leclerc in 2022", "which races did Verstappen win in 2021": the races he won that season
_WHICH_WINS_Q_RE = re.compile(
    r"\b(?:waar|waarin|in welke (?:races?|grands? prix|gp'?s)|welke (?:races?|grands? prix|gp'?s)|"
    r"where|which (?:races?|grands? prix|gps?))\b[^?]*\b(?:won|wint|win|gewonnen)\b"
)
# "na hoeveel ronden viel hij uit", "after how many laps did he retire": the laps he ran before it
_AFTER_HOW_MANY_Q_RE = re.compile(
    r"\b(?:na hoeveel (?:ronden|rondes|rondjes)|after how many laps|"
    r"how many laps (?:did|had) \w+ (?:do|done|run|complete|completed) before)\b"
)
_RETIRE_Q_RE = re.compile(r"\b(?:uit|uitgevallen|uitval\w*|opgave|opgegeven|retire\w*|dnf|out)\b")
# "his 92nd win", "zijn eerste overwinning", "her maiden victory", "won his first race": a count of a career
_NTH_WIN_Q_RE = re.compile(
    r"\b(?:" + ORDINAL_RE + r"|\d{3}(?:e|ste|de|st|nd|rd|th)|maiden)\s+(?:[\w-]+\s+)?"
    r"(?:wins?|victor(?:y|ies)|zeges?|overwinning\w*|triumph\w*|races?|grands? prix|gps?)\b"
)
_MAX_PENALISED = 3
_SINGULAR_VERBS = {"en": (("was ", "were "),), "nl": (("kreeg ", "kregen "), ("werd ", "werden "))}


def _plural_verb(rest: str, lang: str) -> str:
    """ "kreeg een tijdstraf ..." told of several: "kregen een tijdstraf ..." ("got" stays)."""
    for one, many in _SINGULAR_VERBS.get(lang, ()):
        if rest.startswith(one):
            return many + rest[len(one) :]
    return rest


# The kind of penalty a question names: a time penalty does not answer "welke gridstraf kreeg hij?"
_KIND_ASKED = (
    ("grid", re.compile(r"\b(?:gridstraf\w*|grid ?penalt\w*|grid drops?|plaatsen (?:grid)?straf)\b")),
    (
        "time",
        re.compile(
            r"\b(?:tijdstraf\w*|time ?penalt\w*|seconden ?straf\w*|strafseconden|\d+-second penalt\w*)\b"
        ),
    ),
    ("reprimand", re.compile(r"\b(?:reprimand\w*|reprimande\w*|berisping\w*|berispt)\b")),
)


# "how did he pass him", "hoe haalde hij hem in": the manner asked
_HOW_Q_RE = re.compile(r"(?:how|hoe)\b(?! (?:many|much|vaak|veel|laat|hoog|ver|groot|lang)\b)")
# "hoeveel punten kreeg/pakte/scoorde hij", "how many points did he get for winning the sprint": one race's
# haul ...
_HAUL_Q_RE = re.compile(
    r"\b(?:kreeg|krijgt|kregen|pakte|pakt|haalde|scoorde|scoort|verdiende|sprokkelde|got|get|gets|scored?|"
    r"earn\w*|won|win|claim\w*|for (?:his|the) (?:win|victory|sprint)|for winning|voor (?:zijn|de) "
    r"(?:zege|overwinning|sprint\w*)|voor het winnen)\b"
)
# ... not points lost, a gap, nor a total over the season
_NOT_A_HAUL_Q_RE = re.compile(
    r"\b(?:verloor|verloren|lost|lose|kostte|cost|voorsprong|achterstand|verschil|lead|gap|ahead|behind|"
    r"totaal|total|seizoen|season|teambazen|team bosses)\b"
)
# "how many did he get and what's his total": the points of the race and the total both
_GOT_AND_TOTAL_Q_RE = re.compile(
    r"\b(?:got|get|kreeg|krijgt|gekregen|given)\b.*\b(?:and|en)\b.*\b(?:total|totaal)\b"
)
# "was he on", "stond hij op", "in totaal", "op zijn licentie": the licence's total, not one race's points
_POINTS_TOTAL_Q_RE = re.compile(
    r"\b(?:(?:was|is|were|are) \w+ on|(?:stond|staat|stonden|staan) \w+ (?:nu |toen )?op|in total|total|"
    r"in totaal|totaal|(?:op|on) (?:zijn|his|the) (?:super ?)?licen[cst]\w*|(?:tally|count) (?:of|was|is)|"
    # "hoeveel strafpunten heeft hij na Sochi", "how many does he have after Monza": his total then
    r"(?:heeft|had|has|have) \w+ (?:nu |now )?(?:na|after)|(?:heeft|has) \w+ (?:nu|now)$)\b"
    # "max penalty points after saudi 2021": a fragment without a verb of getting asks the total then
    r"|^(?!.*\b(?:got|get|gets|getting|kreeg|krijgt|kregen|krijgen|gekregen|received|receive|given|earned|"
    r"opgelegd|handed)\b).*\b(?:after|na)\b"
)


# "how many of the last 36 GPs": a count over a span of races, no count the facts hold
# "wie nog meer naast Lando", "who else besides Norris": the others, not the one named
_BESIDES_Q_RE = re.compile(r"\b(?:nog meer|naast|behalve|besides|apart from|other than|who else|wie nog)\b")
# "welke andere coureur", "which other driver", "who else": one besides someone the question does not name
_OTHER_ONE_Q_RE = re.compile(r"\b(?:andere|other|else)\b")
_OF_THE_LAST_Q_RE = re.compile(
    r"\b(?:of (?:the|his)|van (?:de|zijn)) (?:last|first|previous|past|laatste|eerste|vorige)\b"
)
# "waar pakte Mercedes de constructeurstitel": where or when, not who
_WHERE_WHEN_Q_RE = re.compile(r"\b(?:waar|where|wanneer|when|in welke race|at which race|op welk circuit)\b")
# "winning margin after the penalty": the margin on the road is not the one asked
_AFTER_PENALTY_Q_RE = re.compile(
    r"\b(?:after|with|na|met) (?:the |his |de |zijn )?(?:time )?(?:penalty|straf)\b"
)
# "who did max hit", "wie raakte hij": the one he hit is asked
_HIT_WHOM_Q_RE = re.compile(
    r"\bwho did (?:[\w']+ ){1,2}(?:hit|touch|tag|clip|collide with|crash into|take out|punt)\b"
    r"|\bwie (?:raakte|tikte|torpedeerde|schepte|ramde)\b"
)


# a gap told roughly, in the words of the answer's language (the fact's ``unit`` "ms+", "ms-", "ms~")
_ROUGH_EN = {"+": "more than ", "-": "just under ", "~": "about "}
_ROUGH_NL = {"+": "ruim ", "-": "bijna ", "~": "zo'n "}


def _seconds(ms: int) -> str:
    """A gap in seconds as precise as it was told: "0.4" for four tenths, "0.06" for six hundredths, "0.038"
    for 38 thousandths."""
    return f"{ms / 1000:.3f}".rstrip("0").rstrip(".") if ms % 10 == 0 else f"{ms / 1000:.3f}"


def _gap_agreed(
    facts: list[StoredFact], a: str, *, rounded: bool = False
) -> tuple[bool, int, list[StoredFact]] | None:
    """The time gap the facts agree on, from ``a``'s side: (ahead?, milliseconds, the facts that state it);
    ``rounded``: a value told to a tenth counts as the more precise one it rounds (2500 as 2545)."""
    votes = [((sf.fact.driver == a) == (sf.fact.detail == "ahead"), int(sf.fact.amount or 0)) for sf in facts]
    if rounded:
        # (and a value told to a hundredth as the thousandths it rounds: 60 as 59)
        precise = [ms for _, ms in votes if ms % 100]
        finest = [ms for _, ms in votes if ms % 10]
        votes = [
            (
                side,
                next((p for p in precise if ms % 100 == 0 and abs(p - ms) <= 50), None)
                or next((p for p in finest if ms % 10 == 0 and ms % 100 and abs(p - ms) <= 5), ms),
            )
            for side, ms in votes
        ]
    value = _consensus(votes)
    if value is None:
        return None
    return value[0], value[1], [sf for sf, v in zip(facts, votes, strict=True) if v == value]


_TOTAL_Q_RE = re.compile(r"\b(?:totale?|totaal|in total|altogether|bij elkaar|opgeteld|samen)\b")
# "winning margin", "by how much did he win", "met hoeveel voorsprong won hij": the margin of the one named
# how far one finished behind: "how far behind was checo", "hoeveel seconden achter", "gap to the winner"
_HOW_FAR_BEHIND_Q_RE = re.compile(
    r"\b(?:how far (?:\w+ ){0,3}behind|how (?:much|many seconds) (?:\w+ ){0,3}behind|"
    r"hoeveel (?:seconden |tijd )?(?:\w+ ){0,3}achter|hoe ver (?:\w+ ){0,3}achter|"
    r"(?:gap|achterstand|verschil) (?:to|op|met) (?:the |de )?(?:winner|winnaar))\b"
)
# "who won X and by how much over seb", "wie won en met hoeveel voorsprong op Max"
_WHO_WON_BY_HOW_MUCH_Q_RE = re.compile(
    r"\b(?:who|wie)\b.{0,40}\b(?:won|wint|win)\b.{0,40}\b(?:by how much|how much|met hoeveel|hoeveel)\b"
    r".{0,30}\b(?:over|on|ahead of|op|voor)\b"
)
_WINNING_MARGIN_Q_RE = re.compile(
    r"\b(?:winning margin|margin of victory|(?:by )?how much did \w+ win|won (?:\w+ ){0,5}by how much|"
    r"(?:met )?hoeveel (?:seconden )?voorsprong (?:\w+ ){0,4}(?:won|gewonnen|wint)|winstmarge|marge)\b"
)
# a reason that names only the kind of wrong and when: "een overtreding voorafgaand aan de race", "an
# infringement during the race", "the incident"
_GENERIC_REASON_RE = re.compile(
    r"(?:(?:een|an?|the|de|het|zijn|his)\s+)?(?:\w+\s+)?"
    r"(?:overtreding|infringement|offence|offense|violation|incident|voorval|vergrijp|breach)"
    r"(?:\s+(?:voorafgaand aan|voor aanvang van|voor de start van|tijdens|na|before|prior to|during|after|"
    r"in|op|bij)\s+(?:de|het|the)?\s*"
    r"(?:race|wedstrijd|start|grand prix|gp|kwalificatie|qualifying|sessie|session))?\W*$"
)


#: Penalties that have no size: a question that gives one ("5 sec straf") does not ask them.
_NEVER_SIZED = frozenset({"reprimand", "disqualification"})


def _penalties_asked(q: Query, facts: list[StoredFact]) -> list[StoredFact]:
    """The penalties a question asks: a disqualification, the kind it names ("gridstraf"), and only those
    with a size when it asks one ("Hoeveel tijdstraf kreeg hij?")."""
    if q.intent == "disqualification":
        facts = [sf for sf in facts if sf.fact.penalty == "disqualification"]
    kind = next((k for k, rx in _KIND_ASKED if rx.search(q.folded)), None)
    if kind is not None:
        facts = [sf for sf in facts if sf.fact.penalty == kind]
    if _POST_RACE_Q_RE.search(q.folded):
        # "who got a post-race penalty": one handed after the flag, never a grid penalty (served at a start)
        facts = [sf for sf in facts if sf.fact.penalty not in ("grid", "pitlane")]
    if q.text and asks_size(q.folded):
        facts = [sf for sf in facts if sf.fact.amount or sf.fact.penalty in _SIZED_BY_KIND]
        unit = unit_asked(q.folded)
        if unit is not None:
            # "max straf brazilie hoeveel sec": a time penalty, not the points on his licence
            facts = [sf for sf in facts if sf.fact.unit == unit]
    told = size_told(q.folded) if q.text else None
    sized = [sf for sf in facts if told is not None and sf.fact.amount == told]
    if sized and (not q.why or any(sf.fact.reason for sf in sized)):
        # "waarom kreeg Leclerc 10 sec straf": of his two penalties, the one of that size (when the one of
        # that size is told with its reason; else the size may be told apart from the reason)
        facts = sized
    elif told is not None:
        # "waarvoor kreeg max 5 sec straf": a penalty of another size is another penalty, and so is one that
        # has no size ("waarom kreeg checo 5 sec straf" is not asked by his reprimand)
        facts = [sf for sf in facts if sf.fact.amount is None and sf.fact.penalty not in _NEVER_SIZED]
    return facts


def _sole_holders(
    index: FactIndex, facts: list[StoredFact], holding: Callable[[list[StoredFact]], list[StoredFact]]
) -> list[tuple[str, list[StoredFact]]]:
    """Per season, newest first: the one driver whose facts ``holding`` keeps, with those facts. A season
    where the articles name two holders is left out (better no answer than a guess), unless one holder is
    stated by at least two articles and three times as many as any other, or in at least three sentences and
    three times as many as any other."""
    out: list[tuple[str, list[StoredFact]]] = []
    for season in index.seasons_of(facts):
        held = holding([sf for sf in facts if sf.fact.season == season])
        ranked = _ranked_support(held)
        if len(ranked) == 1:
            out.append((ranked[0][0], held))
        elif (top := ranked[0][0] if _clear_leader(ranked) else _told_far_more(held)) is not None:
            # One misread sentence among many articles that agree does not silence them all, nor does one
            # misread sentence of an article that tells the holder three times as often.
            out.append((top, [sf for sf in held if sf.fact.driver == top]))
    return out


def _joint(index: FactIndex, facts: list[StoredFact]) -> list[tuple[str, list[StoredFact]]]:
    """The newest season's drivers of one crash told in one sentence ("een crash van Sainz en Stroll"), when
    that sentence is all the articles tell: all of them, the first as the holder."""
    seasons = index.seasons_of(facts)
    held = [sf for sf in facts if seasons and sf.fact.season == seasons[0]]
    drivers = list(dict.fromkeys(sf.fact.driver for sf in held))
    if len({(sf.article, sf.sentence_id) for sf in held}) != 1 or not 2 <= len(drivers) <= _MOST_IN_ONE_CRASH:
        return []
    return [(drivers[0], held)]


_MOST_IN_ONE_CRASH = 4  # more named in one crash sentence is a list of the race's incidents, not one crash


def _dominant(index: FactIndex, facts: list[StoredFact]) -> list[tuple[str, list[StoredFact]]]:
    """The newest season's driver that more articles name than any other, and at least two: "who crashed
    in Monaco?" when one crash was the story and another driver's spin a side note."""
    seasons = index.seasons_of(facts)
    if not seasons:
        return []
    held = [sf for sf in facts if sf.fact.season == seasons[0]]
    ranked = _ranked_support(held)
    if ranked and len(ranked[0][1]) >= 2 and (len(ranked) == 1 or len(ranked[0][1]) > len(ranked[1][1])):
        top = ranked[0][0]
        return [(top, [sf for sf in held if sf.fact.driver == top])]
    return []


def _clear_leader(ranked: list[tuple[str, set[str]]]) -> bool:
    """Whether the first of ``ranked`` is named alone, or by at least two articles and three times as many as
    the next."""
    if len(ranked) == 1:
        return True
    return bool(ranked) and len(ranked[0][1]) >= 2 and len(ranked[0][1]) >= 3 * len(ranked[1][1])


def _told_far_more(facts: list[StoredFact]) -> str | None:
    """The driver ``facts`` tell in three sentences or more and three times as many as any other, or None."""
    told: dict[str, set[tuple[str, int]]] = {}
    for sf in facts:
        told.setdefault(sf.fact.driver, set()).add((sf.article, sf.sentence_id))
    ranked = sorted(told.items(), key=lambda kv: len(kv[1]), reverse=True)
    if len(ranked) > 1 and len(ranked[0][1]) >= 3 and len(ranked[0][1]) >= 3 * len(ranked[1][1]):
        return ranked[0][0]
    return None


def _ranked_support(facts: list[StoredFact]) -> list[tuple[str, set[str]]]:
    """The drivers of ``facts`` with the articles that name each, most articles first."""
    support: dict[str, set[str]] = {}
    for sf in facts:
        support.setdefault(sf.fact.driver, set()).add(sf.article)
    return sorted(support.items(), key=lambda kv: len(kv[1]), reverse=True)


_TIMES_NL = {2: "twee", 3: "drie"}
_NEARLY_Q_RE = re.compile(r"\b(?:bijna|nearly|almost|near miss|near-miss)\b")
_HOW_MANY_PENALTIES_RE = re.compile(r"\b(?:hoeveel (?:\w+)?straffen|how many (?:\w+ )?penalties)\b")


def _penalty_count(facts: list[StoredFact]) -> int | None:
    """How many penalties the articles tell him in the race: "twee keer een tijdstraf" says two, and so does
    "a second penalty" (however often it is told); None when they tell no number."""
    told = [n for sf in facts if (n := penalty_times(sf.fact)) is not None]
    if told:
        return max(told)
    return 2 if any(sf.fact.detail == PENALTY_ANOTHER for sf in facts) else None


def _penalty_words(f: Fact, lang: str) -> str:
    kind = f.penalty or "other"
    times = penalty_times(f) or 1
    if times > 1:
        # "kreeg twee keer een tijdstraf van vijf seconden": how many, then one of them
        one = _penalty_words(replace(f, detail=None), lang)
        # ("twee keer 5 seconden": ten seconds in all, as fans count them)
        total = f" ({times * f.amount} seconds in all)" if f.amount and f.unit == "s" else ""
        if lang == "en":
            return f"{one} twice{total}" if times == 2 else f"{one} {times} times{total}"
        total = total.replace("seconds in all", "seconden in totaal")
        return f"{_TIMES_NL.get(times, str(times))} keer {one}{total}"
    if lang == "en":
        names = {
            "time": "time penalty",
            "grid": "grid penalty",
            "stop_go": "stop-and-go penalty",
            "drive_through": "drive-through penalty",
            "reprimand": "reprimand",
            "service": "community service",
            "other": "penalty",
        }
        if kind == "points":
            return f"{f.amount} penalty points" if f.amount else "penalty points"
        noun = names.get(kind, "penalty")
        if f.amount and f.unit == "days":
            return f"{f.amount} days of {noun}"
        if kind == "service":
            return noun
        if f.amount and f.unit == "s":
            return f"a {f.amount}-second {noun}"
        if f.amount and f.unit == "places":
            return f"a {f.amount}-place {noun}"
        return f"a {noun}"
    names_nl = {
        "time": "tijdstraf",
        "grid": "gridstraf",
        "stop_go": "stop-and-go-straf",
        "drive_through": "drive-through-straf",
        "reprimand": "reprimande",
        "service": "taakstraf",
        "other": "straf",
    }
    if kind == "points":
        return f"{f.amount} strafpunten" if f.amount else "strafpunten"
    noun = names_nl.get(kind, "straf")
    if f.amount and f.unit == "days":
        return f"een {noun} van {f.amount} dagen"
    if f.amount and f.unit == "s":
        return f"een {noun} van {f.amount} seconden"
    if f.amount and f.unit == "places":
        return f"een {noun} van {f.amount} plaatsen"
    return f"een {noun}"


_FINAL_STANDING_RE = re.compile(
    r"\b(?:eindigde|eindigen|eindstand|einde van het|finish(?:ed)?|final standings?|end of the season|"
    r"ended|werd (?:hij|ze)?\s*\w*\s*in het kampioenschap)\b"
)
_CHAMPION_RE = re.compile(r"\b(?:kampioen|wereldkampioen|champion|world champion|titel|title)\b")
_WON_RE = re.compile(r"\b(?:won|wint|win|wins|winnaar|winner|gewonnen)\b")
# "Who led the championship after Miami?": the holder of P1 in the standings.
_LEADER_RE = re.compile(
    r"\b(?:led|leads|leading|leader|leider|leidde|leidt|aan de leiding|aan kop|bovenaan)\b"
)
_WHEN_IN_RACE_RE = re.compile(
    r"\b(?:herstart|restart|start|eerste ronde|first lap|opening lap|laatste ronde|last lap|final lap|sprint|"
    r"training|practice)\b"
)
# a lap named by its number or ordinal ("on lap 10", "in de tiende ronde")
_LAP_NAMED_RE = re.compile(r"\b(?:ronde|lap) \d+\b|\b(?:in|op|on) (?:de|the) \w+ (?:ronde|lap)\b")
# The moment of a crash a question names (see ``knowledge.extract.moments``): the opening lap, the restart,
# a part of qualifying. "herstart" is read before "start".
_CRASH_MOMENT_Q_RES = (
    ("restart", re.compile(r"\b(?:herstart\w*|restart\w*|hervat\w*|hervatting|resum\w*)\b")),
    (
        "start",
        re.compile(
            r"\b(?:(?:bij|na) de start|(?:at|after|off) the start|start ?crash\w*|eerste ronde|openingsronde|"
            r"first lap|opening lap|lap (?:1|one)|ronde (?:1|een)|eerste bocht\w*|first (?:corner|turn)s?|"
            r"turn (?:1|one))\b"
        ),
    ),
    ("q1", re.compile(r"\bq1\b")),
    ("q2", re.compile(r"\bq2\b")),
    ("q3", re.compile(r"\bq3\b")),
)

_FRONT_ROW_Q_RE = re.compile(r"\b(?:eerste|voorste) (?:start)?rij\b|\b(?:front|first) row\b|\bvooraan\b")
_MOST_PAIRS = 3  # collisions in one race a list of "who collided" names at most
_CRASH_MOMENT_WORDS = {
    "start": ("on the opening lap", "in de openingsronde"),
    "restart": ("after the restart", "na de herstart"),
}


def _event_moment(f: str) -> tuple[str | None, str | None] | None:
    """The crash moment ("start", "restart", "q2") and the lap ("lap:10") a folded question names; None when
    it names a time in the race no fact holds ("in de laatste ronde")."""
    lap = running.moment_asked(f)
    # ("in de 1e ronde": the opening lap, a crash moment of its own)
    moment = crash_moment_asked(f) or ("start" if lap == "start" else None)
    lap = lap if lap is not None and lap.startswith("lap:") else None
    if moment is None and lap is None and (_WHEN_IN_RACE_RE.search(f) or _LAP_NAMED_RE.search(f)):
        return None
    return moment, lap


def _told_on_lap(
    index: FactIndex, race: tuple[str, int | None], facts: list[StoredFact], event: str, lap: str
) -> list[StoredFact]:
    """``facts`` told with that very lap (a "lap" fact of the ``event`` beside them in their sentence)."""
    on_lap = {
        (sf.article, sf.sentence_id, sf.fact.driver)
        for sf in index.by_event_season.get(race, [])
        if sf.fact.kind == "lap" and sf.fact.detail == event and f"lap:{sf.fact.amount}" == lap
    }
    return [sf for sf in facts if (sf.article, sf.sentence_id, sf.fact.driver) in on_lap]


def crash_moment_asked(f: str) -> str | None:
    """The one crash moment a folded question names ("start", "restart", "q2"), else None (none, or two)."""
    asked = {name for name, rx in _CRASH_MOMENT_Q_RES if rx.search(f)}
    if (
        "restart" in asked
        and "start" in asked
        and not _CRASH_MOMENT_Q_RES[1][1].search(_CRASH_MOMENT_Q_RES[0][1].sub(" ", f))
    ):
        asked.discard("start")
    return asked.pop() if len(asked) == 1 else None


# a place asked as a number: "als hoeveelste", "welke plek", "which position", "p?"
_PLACE_NUMBER_Q_RE = re.compile(
    r"\b(?:hoeveelste|welke (?:plek|plaats|positie)|which (?:place|position)|what (?:place|position)|"
    r"finishing position)\b|(?<!\w)p\?"
)
_QUALI_ASKED_RE = re.compile(r"\b(?:q[123]|kwalificatie\w*|kwali\w*|quali\w*|qualy)\b")
_HOW_DID_RE = re.compile(r"\b(?:hoe ging|hoe deed|hoe verliep|how did|how was|how'?s)\b")
_OUTCOME_KINDS = frozenset({"finish", "podium", "retirement"})
_INCIDENT_KINDS = frozenset({"retirement", "crash", "collision", "penalty"})
_BACK_ASKED_RE = re.compile(r"\b(?:back|rear|achteraan|achterin|laatste|last|pit ?lane|pitstraat)\b")
_SUMMARY_KINDS = _INCIDENT_KINDS | {"finish", "podium", "grid", "qualifying", "pitlane"}
_MOMENT_KINDS = frozenset({"crash", "collision", "retirement"})
_CRASH_WORD_Q_RE = re.compile(r"\b(?:crash\w*|gecrasht|ongeluk|accident|shunt)\b")
_SIZED_BY_KIND = frozenset({"drive_through", "stop_go", "disqualification", "reprimand", "service"})


#: The same for what the facts can answer but do not, for this question (the fact kind asked).
_INTENT_WORDS: dict[str, tuple[str, str, str, str]] = {
    "pole": (
        "who started from pole",
        "wie vanaf pole startte",
        "who started from pole",
        "wie vanaf pole startte",
    ),
    "finish": (
        "where {who} finished",
        "hoe {who} eindigde",
        "where the drivers finished",
        "hoe de coureurs eindigden",
    ),
    "winner": ("who won", "wie won", "who won", "wie won"),
    "position": (
        "who finished in that place",
        "wie op die plaats eindigde",
        "who finished in that place",
        "wie op die plaats eindigde",
    ),
    "podium": (
        "who was on the podium",
        "wie er op het podium stonden",
        "who was on the podium",
        "wie er op het podium stonden",
    ),
    "grid": ("where {who} started", "waar {who} startte", "who started where", "wie waar startte"),
    "pitlane": (
        "whether {who} started from the pit lane",
        "of {who} vanuit de pitstraat startte",
        "who started from the pit lane",
        "wie vanuit de pitstraat startte",
    ),
    "championship": (
        "where {who} stood in the championship",
        "waar {who} stond in het kampioenschap",
        "who stood where in the championship",
        "wie waar stond in het kampioenschap",
    ),
    "points": (
        "how many points {who} scored",
        "hoeveel punten {who} scoorde",
        "how many points were scored",
        "hoeveel punten er werden gescoord",
    ),
    "retirement": ("whether {who} retired", "of {who} uitviel", "who retired", "wie er uitvielen"),
    "collision": ("whom {who} collided with", "met wie {who} botste", "who collided", "wie er botsten"),
    "crash": ("who crashed", "wie er crashte", "who crashed", "wie er crashte"),
    "penalty": (
        "which penalty {who} got",
        "welke straf {who} kreeg",
        "who got a penalty",
        "wie een straf kreeg",
    ),
    "disqualification": (
        "whether {who} was disqualified",
        "of {who} werd gediskwalificeerd",
        "who was disqualified",
        "wie er werd gediskwalificeerd",
    ),
    "summary": ("what happened to {who}", "wat er met {who} gebeurde", "what happened", "wat er gebeurde"),
    "incidents": (
        "which incidents {who} had",
        "welke incidenten {who} had",
        "which incidents there were",
        "welke incidenten er waren",
    ),
}

#: What an unknown reply says racebot cannot answer, per asked attribute:
#: (English with a driver, Dutch with a driver, English without, Dutch without).
# a points question that asks the place too: "... en hoeveelste in wk", "... and what position"
_ALSO_PLACE_Q_RE = re.compile(
    r"\b(?:en|and)\s+(?:hoeveelste|welke (?:plek|plaats|positie)|what (?:position|place)|where)\b"
)
_ASKED_WORDS: dict[str, tuple[str, str, str, str]] = {
    "start_time": (
        "what time it started for {who}",
        "hoe laat het begon voor {who}",
        "what time it started",
        "hoe laat het begon",
    ),
    "before_penalty": (
        "where {who} crossed the line before his penalty",
        "waar {who} over de streep kwam voor zijn straf",
        "who crossed the line where before the penalties",
        "wie waar over de streep kwam voor de straffen",
    ),
    "head_to_head": (
        "how {who} compared, race by race",
        "hoe {who} zich onderling verhielden",
        "how they compared, race by race",
        "hoe ze zich onderling verhielden",
    ),
    "comparison": (
        "how that compared with what is usual for {who}",
        "hoe dat zich bij {who} verhield tot normaal",
        "how that compared with what is usual",
        "hoe dat zich verhield tot normaal",
    ),
    "constructors": (
        "how the constructors' championship went for {who}",
        "hoe het constructeurskampioenschap voor {who} verliep",
        "how the constructors' championship went",
        "hoe het constructeurskampioenschap verliep",
    ),
    "start": (
        "how {who}'s start went",
        "hoe de start van {who} verliep",
        "how the start went",
        "hoe de start verliep",
    ),
    "team": (
        "which team {who} drove for",
        "voor welk team {who} reed",
        "which team it was",
        "welk team het was",
    ),
    "teammate": (
        "who {who}'s teammate was",
        "wie de teamgenoot van {who} was",
        "who the teammates were",
        "wie de teamgenoten waren",
    ),
    "pace": (
        "how fast {who} was compared to others",
        "hoe snel {who} was vergeleken met anderen",
        "who was faster",
        "wie sneller was",
    ),
    "age": ("how old {who} is", "hoe oud {who} is", "how old they are", "hoe oud ze zijn"),
    "strategy": (
        "what {who}'s strategy was",
        "wat de strategie van {who} was",
        "what the strategies were",
        "wat de strategieën waren",
    ),
    "gap": (
        "how big {who}'s gap was",
        "hoe groot het verschil van {who} was",
        "how big the gap was",
        "hoe groot het verschil was",
    ),
    "laps": (
        "how many laps {who} did",
        "hoeveel ronden {who} reed",
        "how many laps it was",
        "hoeveel ronden het waren",
    ),
    "rating": (
        "what rating {who} was given",
        "welk cijfer {who} kreeg",
        "what ratings were given",
        "welke cijfers er werden gegeven",
    ),
    "duration": (
        "how long that lasted for {who}",
        "hoe lang dat bij {who} duurde",
        "how long that lasted",
        "hoe lang dat duurde",
    ),
    "corner": (
        "in which corner that happened to {who}",
        "in welke bocht dat bij {who} gebeurde",
        "in which corner that happened",
        "in welke bocht dat gebeurde",
    ),
    "lap": (
        "on which lap that happened to {who}",
        "in welke ronde dat bij {who} gebeurde",
        "on which lap that happened",
        "in welke ronde dat gebeurde",
    ),
    "running_position": (
        "where {who} was running at that moment",
        "waar {who} op dat moment lag",
        "who was where at that moment",
        "wie op dat moment waar lag",
    ),
    "tyres": (
        "which tyres {who} used",
        "op welke banden {who} reed",
        "which tyres were used",
        "op welke banden er werd gereden",
    ),
    "pitstops": (
        "how {who}'s pit stops went",
        "hoe de pitstops van {who} verliepen",
        "how the pit stops went",
        "hoe de pitstops verliepen",
    ),
    "count": (
        "how many times {who} did that",
        "hoe vaak {who} dat deed",
        "how many times that happened",
        "hoe vaak dat gebeurde",
    ),
    "quote": ("what {who} said", "wat {who} zei", "what was said", "wat er gezegd werd"),
    "title_race": (
        "where {who} decided the title",
        "waar {who} de titel besliste",
        "where the title was decided",
        "waar de titel beslist werd",
    ),
    "event_number": (
        "what happened at that moment",
        "wat er op dat moment gebeurde",
        "what happened at that moment",
        "wat er op dat moment gebeurde",
    ),
    "laptime": (
        "which lap time {who} set",
        "welke rondetijd {who} reed",
        "which times were set",
        "welke tijden er werden gereden",
    ),
    "drivers_count": (
        "how many drivers that was",
        "hoeveel coureurs dat waren",
        "how many drivers that was",
        "hoeveel coureurs dat waren",
    ),
    "damage": (
        "what was damaged for {who}",
        "wat er bij {who} beschadigd raakte",
        "what was damaged",
        "wat er beschadigd raakte",
    ),
    "team_result": (
        "how {who}'s team did",
        "hoe het team van {who} het deed",
        "how the team did",
        "hoe het team het deed",
    ),
    "tow": (
        "who gave {who} a tow",
        "wie {who} een slipstream gaf",
        "who gave a tow",
        "wie er een slipstream gaf",
    ),
    "on_podium": (
        "whether {who} was on the podium",
        "of {who} op het podium stond",
        "who was on the podium",
        "wie er op het podium stond",
    ),
    "behind_of": (
        "who finished right behind {who}",
        "wie er direct achter {who} eindigde",
        "who finished right behind them",
        "wie er direct achter hen eindigde",
    ),
    "ahead_of": (
        "who finished right ahead of {who}",
        "wie er direct voor {who} eindigde",
        "who finished right ahead of them",
        "wie er direct voor hen eindigde",
    ),
    "speed": (
        "how fast {who} went",
        "hoe snel {who} ging",
        "which speeds were reached",
        "welke snelheden er werden gehaald",
    ),
    "lapped": (
        "who lapped {who}",
        "door wie {who} op een ronde werd gezet",
        "who lapped whom",
        "wie wie op een ronde zette",
    ),
    "practice": (
        "how practice went for {who}",
        "hoe de vrije training voor {who} verliep",
        "how practice went",
        "hoe de vrije training verliep",
    ),
    "fastest_lap": (
        "who set the fastest lap",
        "wie de snelste ronde reed",
        "who set the fastest lap",
        "wie de snelste ronde reed",
    ),
    "penalty_points": (
        "how many penalty points {who} got",
        "hoeveel strafpunten {who} kreeg",
        "how many penalty points were given",
        "hoeveel strafpunten er werden gegeven",
    ),
    "fine": (
        "what fine {who} got",
        "welke boete {who} kreeg",
        "which fines were given",
        "welke boetes er werden gegeven",
    ),
    "when": (
        "when that happened to {who}",
        "wanneer dat bij {who} gebeurde",
        "when that happened",
        "wanneer dat gebeurde",
    ),
    "overtake": (
        "who {who} passed or was passed by",
        "wie {who} inhaalde of door wie hij werd ingehaald",
        "who passed whom",
        "wie wie inhaalde",
    ),
    "safety_car": (
        "what happened with the safety car or red flag",
        "wat er met de safety car of rode vlag was",
        "what happened with the safety car or red flag",
        "wat er met de safety car of rode vlag was",
    ),
    "session": (
        "in which session that happened to {who}",
        "in welke sessie dat bij {who} gebeurde",
        "in which session that happened",
        "in welke sessie dat gebeurde",
    ),
}


def _one_line_a_penalty(texts: list[str]) -> list[str]:
    """The same penalty told with two reasons ("X got a 3-place grid penalty ...: r1." and "...: r2."): one
    line with both reasons, so that a short reply holds them."""
    out: list[str] = []
    heads: dict[str, int] = {}
    for text in texts:
        head, sep, reason = text.partition(": ")
        if sep and head in heads:
            out[heads[head]] = out[heads[head]].rstrip(".") + "; " + reason
            continue
        if sep:
            heads[head] = len(out)
        out.append(text)
    return out


def _trim(text: str) -> str:
    if len(text) <= MAX_REPLY:
        return text
    cut = text[:MAX_REPLY]
    stop = cut.rfind(". ")
    return cut[: stop + 1] if stop > 80 else cut.rstrip() + "…"
