"""What the parser produces: facts, the parsed article, and the error for an article it cannot use."""

from __future__ import annotations

from dataclasses import dataclass

from knowledge.text import Header, Sentence

LAST = -1  # position value for "last"


class ParseError(ValueError):
    """An article that cannot be parsed (empty, binary, no sentences)."""


@dataclass(frozen=True)
class Fact:
    """One extracted fact, tied to the sentence it came from (``sentence`` is its index)."""

    kind: (
        # finish, grid, qualifying, pitlane, podium, championship, retirement, crash, collision, penalty,
        # points, fastest_lap
        str
    )
    driver: str
    sentence: int
    season: int | None = None
    grand_prix: str | None = None
    session: str = "race"  # race, sprint, qualifying, season
    position: int | None = None
    others: tuple[str, ...] = ()
    other_label: str | None = None
    penalty: str | None = None  # time, grid, stop_go, drive_through, disqualification, reprimand
    amount: float | None = None  # a whole number but for half points (369.5)
    unit: str | None = None  # s, places
    reason: str | None = None
    detail: str | None = None
    #: final, provisional (before a penalty the article tells of), running (a place during the race),
    #: hypothetical (a target, a wish, "would have"), superseded (a provisional place the article
    #: corrects) or conflict (the article gives this driver two places). Only final and provisional
    #: facts answer questions.
    status: str = "final"


#: A penalty's ``detail`` when the article tells it as one more ("a second five-second penalty") ...
PENALTY_ANOTHER = "another"
#: ... or with how many there were ("twee keer een tijdstraf"): "times:2" ...
_TIMES_PREFIX = "times:"
#: ... or as one for the next race ("een gridstraf voor de volgende race"): served there, earned here.
PENALTY_NEXT_RACE = "next_race"


def penalty_times(fact: Fact) -> int | None:
    """How many of the penalty ``fact`` the article told ("twee keer een tijdstraf": 2), or None."""
    detail = fact.detail or ""
    return int(detail[len(_TIMES_PREFIX) :]) if detail.startswith(_TIMES_PREFIX) else None


def times_detail(n: int) -> str:
    """The ``detail`` of a penalty told ``n`` times."""
    return f"{_TIMES_PREFIX}{n}"


#: the statuses whose facts answer questions
ANSWERING = frozenset({"final", "provisional"})


def moved(fact: Fact, **changes: object) -> Fact:
    """``dataclasses.replace`` for the parser's hot path (every fact is placed in its race once): the
    same copy with ``changes``, without replace's per-call field introspection. Only field names may be
    given."""
    new = object.__new__(Fact)
    new.__dict__.update(fact.__dict__)
    new.__dict__.update(changes)
    return new


@dataclass(frozen=True)
class ParsedArticle:
    """The result of parsing one article."""

    header: Header
    lang: str
    season: int | None
    main_event: str | None
    sentences: list[Sentence]
    facts: list[Fact]
