"""The state the parser carries along: per article (``ArticleState``), per sentence
(``SentenceContext``) and per clause (``Clause``), and the driver mentions it found (``Mention``).

The parser itself holds no per-article state: each step gets the context it works on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class Mention:
    """A stretch of the folded sentence that names one driver or a group of drivers."""

    start: int
    end: int
    drivers: tuple[str, ...]
    label: str
    is_object: bool = False
    group: bool = False  # a group ("beide Haas-coureurs") rather than one driver


@dataclass(slots=True)
class ArticleState:
    """What the parser knows while it reads an article from top to bottom."""

    season: int | None
    year: int | None
    month: int | None
    main_event: str | None
    day: int | None = None  # the article's date, when its header gives the day
    lang: str = "nl"  # the article's language: "nl" or "en"
    mentioned: list[str] = field(default_factory=list)  # driver ids in order of mention
    focus: str | None = None
    last_named: str | None = None  # the one driver named last in the sentence before ("Die" means him)
    named_before: tuple[str, ...] = ()  # the drivers the sentence before named, in order
    block_driver: str | None = None  # the driver named in the stewards' document lines read so far
    first_named: str | None = None  # and the one named first ("eerstgenoemde", "the former")
    prev_group: tuple[str, ...] = ()
    out_heading: str | None = None  # "Uitvallers:" over name lines: the status of the names under it
    para: int = -1
    para_gp: str | None = None
    # the race a heading line above the paragraph names ("GP van Hongarije 2020")
    section_gp: str | None = None
    prev_sprint: bool = False
    # the article reports sprint qualifying (its lead names it and no sprint result): its places are starts
    sprint_quali: bool = False
    # the paragraph tells an early part of qualifying ("In Q1 ...", "het tweede deel van de kwalificatie"):
    # its places are that part's, not the qualifying result
    para_segment: bool = False
    # the part of qualifying the article last told of, across paragraphs (True: Q1 or Q2, False: Q3)
    early_part: bool = False
    # ... by its name ("Q1", "Q2", "Q3"), for a list of those knocked out that does not name it
    quali_part: str | None = None
    report: str = "race"  # what the whole article reports on: "race", "sprint" or "qualifying"
    # Results lists: whether the last sentence held one (a list may go on in the next sentence), the
    # session it classified, and the last sentence's text (a heading line names the list under it).
    table_open: bool = False
    # A list printed one row per line: the rows so far (sentence index, row) and their frame (heading,
    # Grand Prix, season) taken at the first row.
    pending: list[tuple[int, Any]] = field(default_factory=list)
    pending_frame: tuple[str, str | None, int | None] = ("race", None, None)
    table_heading: str | None = None
    prev_text: str = ""
    # The start kind ("grid" or "qualifying") the last sentence placed drivers in, for a next line of
    # bare places ("Leclerc on pole." then "Verstappen second, Hamilton seventh").
    prev_start_kind: str | None = None
    # The next and the last sentence of the paragraph (folded), "" at its end and its start.
    next_text: str = ""
    prev_sentence: str = ""
    # The paragraph is telling the start so far ("Hamilton made a good start ..."): its places are then.
    at_start: int = 0  # (sentences more)
    # The driver a line of just his name named (a heading: "Sebastian Vettel"), for the line under it.
    name_line: tuple[str, ...] = ()
    # The driver a block of labelled lines is about ("Max Verstappen (Nederland, 30 september 1997)" then
    # "Eindklassering 2022: Eerste", "Aantal WK-punten: 454"), while the block goes on.
    stat_block: tuple[str, ...] = ()
    # The sentence before ended on a "Did not finish:" label: this one opens with its list.
    out_label: bool = False
    # The drivers the sentence before named other than as objects.
    prev_own: tuple[str, ...] = ()
    # The drivers the sentence before (in the paragraph) told a penalty of: "hem" in "bestrafte hem met ..."
    prev_penalised: tuple[str, ...] = ()
    # The sentence before (in the paragraph) was about a practice session: a next line of its timesheet is too
    prev_practice: bool = False
    # the practice sessions the sentences of the paragraph last named ("FP2"): a next line of its timesheet
    practice_sessions: tuple[str, ...] = ()
    # the practice session the whole article reports on, written on a practice day ("FP1"), or ()
    practice_report: tuple[str, ...] = ()
    practice_day: bool = False  # a practice report written before the race's day
    para_practice: bool = False  # the paragraph's first sentence named the practice sessions
    # Quoted speech in the paragraph: whether a quote is open at the end of the sentence before, whose it is
    # (once told), and its sentences read before the one that tells who spoke (index, text, quoted spans,
    # the sentence before the quote).
    quote_open: bool = False
    quote_speaker: str | None = None
    quote_pending: list[tuple[int, str, list[tuple[int, int]], str]] = field(default_factory=list)
    prev_orig: str = ""  # the sentence before in the paragraph, as written: what a quote answers to
    # Per sentence index: the driver(s) its opening subject names ("Hij ...", "De Spanjaard ...").
    leads: dict[int, tuple[str, ...]] = field(default_factory=dict)
    # the drivers each sentence tells of, by any mention (a name, "de Fransman", "hij"), not as a group
    told_of: dict[int, frozenset[str]] = field(default_factory=dict)
    # The last race the sentence before named, even in passing ("Twee weken geleden in Australië"), for a
    # sentence that points back at it ("Bottas won er voor Hamilton").
    prev_named_gp: str | None = None
    # Whether the sentence before was a condition and its consequence ("Als ..., dan ..."): a next sentence
    # that goes on with "dan" ("komt hij dan op 427 punten") still tells what would happen.
    prev_conditional: bool = False
    # The other year the sentence before told of ("vorig jaar"), for a next one that goes on ("Toen ...").
    prev_year_override: int | None = None
    # The other year a heading line named ("Laatste GP in 2019"), for the list rows under it.
    section_year: int | None = None
    constructors: bool = False  # the sentences go on about the constructors' championship
    # the article tells of a vote ("De stemming verliep anoniem", "the team bosses voted"): a list of names
    # and figures without a heading of its own ranks the votes, no standings
    by_vote: bool = False
    # A live blog's paragraph that opened on a moment of the race ("Nog 46 rondes - ..."), and the paragraph
    # of the last sentence the lists looked at ("De stand:" under "Nog 46 rondes - ...": the list under it
    # is the running order).
    lap_para: int = -1
    last_para: int = -1
    # the paragraph a live blog's line opened with its lap before the last ("LAP 27/52: ..."): the sentences
    # after it there are of that moment too
    live_para: int = -1
    # the paragraph whose sentence before told only standings ("... met 52 punten voorsprong op Norris."): a
    # bare "Leclerc is derde." after it is his standing too
    standings_para: int = -1


@dataclass(slots=True)
class SentenceContext:
    """One sentence being parsed: its text, the drivers it names, and its event frame."""

    index: int
    text: str  # folded, quoted speech and asides about earlier races blanked (offsets kept)
    orig: str  # the sentence as written (same offsets as ``text``)
    mentions: list[Mention]
    # The sentence's event frame: Grands Prix named (offset, key), the race facts default to, whether
    # the sentence is about a sprint, and the season it names ("in 2019", "vorig jaar").
    gp_hits: list[tuple[int, str]] = field(default_factory=list)
    # a dashed aside naming another race than the article's: its span and that race, for its own clauses
    asides: list[tuple[int, int, str]] = field(default_factory=list)
    default_gp: str | None = None
    sprint: bool = False
    year_override: int | None = None
    # the relative clause the year is named in ("De Nederlander, die ook vorig jaar de beste was, ..."):
    # the year is that clause's only
    year_aside: tuple[int, int] | None = None
    # where the sentence names its year ("het record dat hij in 2017 afpakte"): a count told in another
    # clause is of the article's race, not of that year
    year_at: int | None = None
    past: bool = False  # it tells of an earlier race ("vorige week", "twee weken geleden")
    consumed: set[int] = field(default_factory=set)  # ordinal offsets already given out by "respectively"
    # The pronouns (their offsets) the mentions left undecided between two drivers: its clause is about
    # somebody, not the subject carried on from the clause before.
    undecided: list[int] = field(default_factory=list)
    # the driver of the stewards' document lines ("Fact: Car 5 left the track", "Decision: ...") this line
    # belongs to, when it is one (None: no such block, or its driver not named)
    block_driver: str | None = None
    # what the whole article reports on ("race", "sprint", "qualifying"): a bare "was de snelste" in a
    # qualifying report is the session's best time
    report: str = "race"
    # the article last told of an early part of qualifying (Q1, Q2), up to this sentence: its best time is
    # that part's
    early_part: bool = False
    # the part of qualifying the article last told of by its name ("Q1", "Q2", "Q3"), up to this sentence
    quali_part: str | None = None
    # the article's season (the names of sessions changed over the years: "sprint qualifying")
    season: int | None = None


@dataclass(slots=True)
class Clause:
    """One clause of a sentence: its text, where it starts in the sentence, the mentions in it and the
    subject it inherits."""

    text: str
    base: int  # offset of the clause in ``sentence.text``
    sentence: SentenceContext
    mentions: list[Mention]
    subject: tuple[str, ...]

    @property
    def f(self) -> str:
        """The whole (folded) sentence."""
        return self.sentence.text

    @property
    def index(self) -> int:
        return self.sentence.index
