"""Name lists compiled from the reference data: find drivers, teams and Grands Prix in folded text."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from knowledge.reference import Driver, GrandPrix, Reference, load_reference
from knowledge.text import fold

_ADJ_SUFFIXES = ("se", "sche", "an", "ish", "ese", "ch", "que", "ian")
# Nouns for a driver after his nationality's adjective: "the British driver", "de Nederlandse WK-leider"
# ("the Finnish polesitter was tagged by Ricciardo": the pole's holder by his nationality)
DRIVER_NOUNS_EN = (
    "driver",
    "racer",
    "championship leader",
    "rookie",
    "teenager",
    "polesitter",
    "pole-sitter",
    "pole sitter",
    "veteran",
    "youngster",
)
DRIVER_NOUNS_NL = ("coureur", "rijder", "piloot", "racer", "wk-leider", "tiener", "polesitter", "routinier")


# team nicknames that are plurals themselves ("the Silver Arrows locked out the front row"): both cars
_PLURAL_ALIASES = frozenset({"silver arrows", "zilverpijlen"})


@dataclass(frozen=True)
class NameHit:
    """A name found in folded text: its span and what it refers to."""

    start: int
    end: int
    kind: str  # "driver", "forename", "team", "teams" (a plural), "gp", "gp_adj", "demonym"
    ids: tuple[str, ...]
    age: int | None = None  # the age told before a demonym ("de 21-jarige Brit")


def _sorted_ids(table: dict[str, set[str]]) -> dict[str, tuple[str, ...]]:
    return {name: tuple(sorted(ids)) for name, ids in table.items()}


def _alternation(names: list[str]) -> str:
    return "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))


class Gazetteer:
    """Compiled name patterns over a ``Reference``."""

    def __init__(self, ref: Reference) -> None:
        self.ref = ref
        self.driver_alias: dict[str, set[str]] = {}
        self.forename_alias: dict[str, set[str]] = {}
        for d in ref.drivers:
            for name in (d.full_name, d.surname, *d.nicknames):
                self.driver_alias.setdefault(fold(name), set()).add(d.id)
            # "Zhou Guanyu" style, and surnames with particles ("de Vries") are covered by full_name.
            self.driver_alias.setdefault(fold(f"{d.surname} {d.forename}"), set()).add(d.id)
            # every given name: "Andrea Kimi" Antonelli is called Kimi
            for first in fold(d.forename).split():
                self.forename_alias.setdefault(first, set()).add(d.id)
        self.team_alias: dict[str, set[str]] = {}
        for t in ref.teams:
            for name in (t.name, *t.aliases):
                if fold(name) in {"rb", "str"}:
                    continue
                self.team_alias.setdefault(fold(name), set()).add(t.id)
        self.gp_alias: dict[str, set[str]] = {}
        self.gp_adj: dict[str, set[str]] = {}
        places: set[str] = set()
        for gp in ref.grands_prix:
            places.update(fold(x) for x in (gp.country, gp.city, gp.circuit, gp.short_en, gp.short_nl))
        for gp in ref.grands_prix:
            for name in (*gp.aliases, gp.short_en, gp.short_nl):
                f = fold(name)
                if f in {"us", "vs", "uk"}:
                    # "us" is a word: only "US GP", "the US Grand Prix" (and "de VS") name the race
                    self.gp_adj.setdefault(f, set()).add(gp.key)
                    if f == "vs":
                        self.gp_alias.setdefault("de vs", set()).add(gp.key)
                    continue
                is_adj = f not in places and f.endswith(_ADJ_SUFFIXES)
                # ("saoedi arabie" typed without its hyphen names the same race)
                for form in {f, f.replace("-", " ")}:
                    (self.gp_adj if is_adj else self.gp_alias).setdefault(form, set()).add(gp.key)
        self.demonym: dict[str, set[str]] = {}
        for d in ref.drivers:
            for dem in (*d.demonyms_nl, *d.demonyms_en):
                self.demonym.setdefault(fold(dem), set()).add(d.id)
            # "the British driver", "de Nederlandse WK-leider": his nationality's adjective with a noun for a
            # driver
            for noun in DRIVER_NOUNS_EN:
                self.demonym.setdefault(fold(f"{d.nationality} {noun}"), set()).add(d.id)
            for noun in DRIVER_NOUNS_NL if d.adjective_nl else ():
                self.demonym.setdefault(fold(f"{d.adjective_nl} {noun}"), set()).add(d.id)
        b = r"(?<![\w-])(?:{})(?![\w])"
        # "Verstappens achttiende zege", "Hamilton's car": a genitive still names the driver.
        self._driver_re = re.compile(
            r"(?<![\w-])(" + _alternation(list(self.driver_alias)) + r")(?:'s|s|')?(?![\w])"
        )
        self._forename_re = re.compile(b.format(_alternation(list(self.forename_alias))))
        # "de Mercedessen", "the Red Bulls": a plural names the team's cars (kind "teams").
        self._team_re = re.compile(
            r"(?<![\w-])(" + _alternation(list(self.team_alias)) + r")(?:(?<!s)s|(?<=s)sen)?(?![\w])"
        )
        self._gp_re = re.compile(b.format(_alternation(list(self.gp_alias))))
        self._gp_adj_re = re.compile(
            r"(?<![\w-])(" + _alternation(list(self.gp_adj)) + r")\s+(?:grand prix|gp)\b"
        )
        self._demonym_re = re.compile(
            # "de 35-jarige Brit", "the 24-year-old Dutchman", "de jonge Monegask": an age or one word between
            # or a start told before it: "de van pole gestarte Fin", "de als derde vertrokken Spanjaard"
            r"(?<![\w-])(?:de|the|het)\s+(?:(?:(?P<age>\d{2})-(?:jarige|year-old)|jonge|young|ervaren|veteran)\s+|"
            r"(?:van|vanaf|vanop|als)\s+(?:de\s+)?[\w-]+\s+(?:gestarte|vertrokken)\s+)?(?P<name>"
            + _alternation(list(self.demonym))
            # ("stood as the pole time", "the pole position": the Polish demonym's word as a noun's attribute)
            # ("the pole-sitter": the word as the first part of a compound)
            # ("the Mexican Formula 1 Grand Prix": the race's adjective, with the series between)
            + r")(?![\w-])(?!\s+(?:(?:formula (?:1|one)|f1|formule 1)\s+)?(?:grand prix|gp)\b)"
            r"(?!\s+(?:position|positions|time|times|lap|laps|sitter|man|spot|slot|"
            # ("console the Italian fans", "the German crowd": the word as an adjective of a group)
            r"fans|supporters|tifosi|crowd|crowds|public|media|press|flag|anthem|federation)\b)"
        )
        alone = [a for a in self.gp_adj if a not in {"us", "vs", "uk"}]  # words of their own without "GP"
        self._gp_adj_alone_re = re.compile(r"(?<![\w-])(" + _alternation(alone) + r")(?!\w)")
        # Lists for fuzzy matching of questions.
        self.driver_names = sorted(self.driver_alias)
        self.gp_names = sorted(set(self.gp_alias) | set(self.gp_adj))
        # Sorted id tuples per name, made once: a hit costs a dict lookup, not a sort.
        self._driver_ids = _sorted_ids(self.driver_alias)
        self._forename_ids = _sorted_ids(self.forename_alias)
        self._team_ids = _sorted_ids(self.team_alias)
        self._gp_ids = _sorted_ids(self.gp_alias)
        self._gp_adj_ids = _sorted_ids(self.gp_adj)
        self._demonym_ids = _sorted_ids(self.demonym)
        self._drivers_in = lru_cache(maxsize=64)(self._drivers_in)  # type: ignore[method-assign]
        counts = Counter(fold(d.forename.split()[0]) for d in ref.drivers)
        self.unique_forenames = {f for f, n in counts.items() if n == 1}

    def drivers(self, folded: str) -> list[NameHit]:
        """Driver names (full names, surnames, nicknames) in folded text."""
        # The parser asks this of each sentence more than once (who it names, then its mentions).
        return list(self._drivers_in(folded))

    def _drivers_in(self, folded: str) -> tuple[NameHit, ...]:
        return tuple(
            NameHit(m.start(), m.end(), "driver", self._driver_ids[m.group(1)])
            for m in self._driver_re.finditer(folded)
        )

    def forenames(self, folded: str) -> list[NameHit]:
        """Bare forenames ("Charles") in folded text; callers decide whether to trust them."""
        return [
            NameHit(m.start(), m.end(), "forename", self._forename_ids[m.group(0)])
            for m in self._forename_re.finditer(folded)
        ]

    def teams(self, folded: str) -> list[NameHit]:
        """Team names in folded text."""
        return [
            NameHit(
                m.start(),
                m.end(),
                "team" if m.end(1) == m.end() and m.group(1) not in _PLURAL_ALIASES else "teams",
                self._team_ids[m.group(1)],
            )
            for m in self._team_re.finditer(folded)
        ]

    def grands_prix(self, folded: str, *, adjectives_alone: bool = False) -> list[NameHit]:
        """Grand Prix names: places, circuits, and adjectives followed by "Grand Prix"/"GP".

        With ``adjectives_alone`` (questions), "Mexicaanse" alone also counts.
        """
        hits = [
            NameHit(m.start(), m.end(), "gp", self._gp_ids[m.group(0)]) for m in self._gp_re.finditer(folded)
        ]
        for m in self._gp_adj_re.finditer(folded):
            hits.append(NameHit(m.start(1), m.end(1), "gp_adj", self._gp_adj_ids[m.group(1)]))
        if adjectives_alone:
            taken = {(h.start, h.end) for h in hits}
            for m in self._gp_adj_alone_re.finditer(folded):
                if (m.start(1), m.end(1)) not in taken:
                    hits.append(NameHit(m.start(1), m.end(1), "gp_adj", self._gp_adj_ids[m.group(1)]))
        # Drop hits nested inside longer ones ("Red Bull Ring" vs "Red Bull" is handled by callers).
        hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
        out: list[NameHit] = []
        for h in hits:
            if out and h.start < out[-1].end:
                continue
            out.append(h)
        return out

    def demonyms(self, folded: str) -> list[NameHit]:
        """ "de Mexicaan", "the Spaniard": nationality epithets (ids: every driver of that nationality)."""
        return [
            NameHit(
                m.start("name"),
                m.end("name"),
                "demonym",
                self._demonym_ids[m.group("name")],
                int(m.group("age")) if m.group("age") else None,
            )
            for m in self._demonym_re.finditer(folded)
            # ("de pole van Verstappen": the Dutch word for pole position, not the English "the Pole")
            if not (m.group("name") == "pole" and not m.group(0).startswith("the"))
        ]

    def named_exactly(self, name: str, keys: tuple[str, ...]) -> tuple[str, ...]:
        """Of several Grands Prix a place names, the one named after it: "Sakhir" is the Sakhir GP, not
        the Bahrain GP held at Sakhir. All ``keys`` when none or several are."""
        exact = tuple(k for k in keys if k.replace("_", " ") == name)
        return exact if len(exact) == 1 else keys

    def race_in(self, season: int | None, keys: tuple[str, ...]) -> GrandPrix | None:
        """The Grand Prix of ``season`` among ``keys`` (first that exists)."""
        if season is None:
            return None
        for k in keys:
            gp = self.ref.race(season, k)
            if gp:
                return gp
        return None

    def driver(self, driver_id: str) -> Driver:
        """The reference driver (KeyError if unknown)."""
        d = self.ref.driver(driver_id)
        if d is None:
            raise KeyError(driver_id)
        return d


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer over the bundled reference data (built once)."""
    return Gazetteer(load_reference())
