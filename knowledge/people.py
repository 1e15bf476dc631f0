"""People of the paddock who are no drivers but whom articles quote: team bosses, advisers, officials, a
driver's father. Their quotes are told as facts of "person:<id>" (``knowledge.extract.quotes``), and a
question that asks what one of them said finds them here (``knowledge.told_quotes``).

Each row: the id, the name a reply uses, and the ways articles and fans write the name (folded, as whole
words). A bare surname that is also a common word ("brown", "stella") is left out: only the full name counts.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: (id, display name, the names as written, folded)
PEOPLE: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("wolff", "Toto Wolff", ("toto wolff", "wolff", "toto")),
    ("horner", "Christian Horner", ("christian horner", "horner")),
    ("binotto", "Mattia Binotto", ("mattia binotto", "binotto")),
    ("tost", "Franz Tost", ("franz tost", "tost")),
    ("marko", "Helmut Marko", ("helmut marko", "marko")),
    ("jos_verstappen", "Jos Verstappen", ("jos verstappen", "vader jos", "jos")),
    ("vasseur", "Frédéric Vasseur", ("frederic vasseur", "fred vasseur", "vasseur")),
    ("stella", "Andrea Stella", ("andrea stella",)),
    ("brown", "Zak Brown", ("zak brown",)),
    ("steiner", "Guenther Steiner", ("guenther steiner", "gunther steiner", "steiner")),
    ("abiteboul", "Cyril Abiteboul", ("cyril abiteboul", "abiteboul")),
    ("seidl", "Andreas Seidl", ("andreas seidl", "seidl")),
    ("szafnauer", "Otmar Szafnauer", ("otmar szafnauer", "szafnauer")),
    ("krack", "Mike Krack", ("mike krack", "krack")),
    ("mekies", "Laurent Mekies", ("laurent mekies", "mekies")),
    ("komatsu", "Ayao Komatsu", ("ayao komatsu", "komatsu")),
    ("vowles", "James Vowles", ("james vowles", "vowles")),
    ("capito", "Jost Capito", ("jost capito", "capito")),
    ("prost", "Alain Prost", ("alain prost", "prost")),
    ("masi", "Michael Masi", ("michael masi", "masi")),
    ("domenicali", "Stefano Domenicali", ("stefano domenicali", "domenicali")),
    ("brawn", "Ross Brawn", ("ross brawn", "brawn")),
    ("isola", "Mario Isola", ("mario isola",)),
    ("wheatley", "Jonathan Wheatley", ("jonathan wheatley", "wheatley")),
)
PREFIX = "person:"


@lru_cache(maxsize=1)
def _name_re() -> re.Pattern[str]:
    names = sorted({n for _, _, ns in PEOPLE for n in ns}, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")


@lru_cache(maxsize=1)
def _by_name() -> dict[str, str]:
    return {n: pid for pid, _, ns in PEOPLE for n in ns}


def people_in(folded: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """The people named in ``folded[start:end]``: (start, end, "person:<id>"), in order."""
    stop = len(folded) if end is None else end
    return [
        (m.start(), m.end(), PREFIX + _by_name()[m.group(1)])
        for m in _name_re().finditer(folded, start, stop)
    ]


def display_name(person: str) -> str:
    """The name a reply gives ``person`` ("person:horner" -> "Christian Horner")."""
    key = person.removeprefix(PREFIX)
    return next((name for pid, name, _ in PEOPLE if pid == key), key)


def is_person(who: str) -> bool:
    """Whether ``who`` is a person of this table rather than a driver id."""
    return who.startswith(PREFIX)
