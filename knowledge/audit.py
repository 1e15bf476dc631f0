"""Check extracted facts against the official classification.

Every fact the official data can check (finish, winner, podium, grid, pole, qualifying, pit-lane start,
retirement, disqualification, championship position) is compared with it. A disagreement is the parser's
fault unless the article itself is wrong or provisional; those cases are kept in a reviewed errata file
(see :func:`load_errata`) and reported apart.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from knowledge.extract import LAST, Fact
from knowledge.extract.model import ANSWERING
from knowledge.official import Entry, OfficialResults
from knowledge.reference import Reference

#: audit labels in report order
LABELS = (
    "winner",
    "finish",
    "podium",
    "sprint",
    "pole",
    "grid",
    "qualifying",
    "pitlane",
    "retirement",
    "disqualification",
    "championship",
)


@dataclass(frozen=True)
class Checked:
    """One checkable fact with the verdict of the official data."""

    label: str
    article: str
    sentence: str
    driver: str
    event: str  # "2022 austria" or "2022 season"
    claimed: str
    official: str
    agrees: bool
    erratum: str | None = None  # the reviewed reason when the article itself is wrong


@dataclass
class AuditReport:
    """Counts per label and every disagreement."""

    checked: list[Checked] = field(default_factory=list)
    unchecked: Counter[str] = field(default_factory=Counter)

    def counts(self) -> dict[str, tuple[int, int, int]]:
        """label -> (agree, parser disagreements, article errors)."""
        out: dict[str, list[int]] = {}
        for c in self.checked:
            row = out.setdefault(c.label, [0, 0, 0])
            row[0 if c.agrees else (2 if c.erratum else 1)] += 1
        return {k: (v[0], v[1], v[2]) for k, v in out.items()}

    @property
    def agreement(self) -> float:
        """Agreeing facts over checkable facts, the article's own reviewed errors left out."""
        agree = sum(1 for c in self.checked if c.agrees)
        judged = sum(1 for c in self.checked if c.agrees or not c.erratum)
        return agree / judged if judged else 1.0

    def disagreements(self) -> list[Checked]:
        """The parser's disagreements."""
        return [c for c in self.checked if not c.agrees and not c.erratum]

    def errata(self) -> list[Checked]:
        """Disagreements explained by a reviewed article error."""
        return [c for c in self.checked if not c.agrees and c.erratum]

    def unused_errata(self, errata: dict[tuple[str, str, str, str], str]) -> list[tuple[str, str, str, str]]:
        """Errata lines that matched no disagreement (stale after a parser change)."""
        used = {(c.article, c.label, c.driver, c.claimed) for c in self.errata()}
        return [k for k in errata if k not in used]


@dataclass(frozen=True)
class AuditFact:
    """A stored fact with what the audit needs to show it."""

    fact: Fact
    article: str
    sentence: str
    article_date: str | None


class ErrataError(ValueError):
    """A malformed errata file."""


def load_errata(path: str | Path) -> dict[tuple[str, str, str, str], str]:
    """Read a reviewed errata file: tab-separated ``article, label, driver, claimed, reason`` per line.

    ``claimed`` is written as the audit prints it (``P2``, ``pit lane``, ``retired``...). Lines starting
    with ``#`` and blank lines are ignored. Every entry needs a reason.
    """
    out: dict[tuple[str, str, str, str], str] = {}
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 5 or not all(p.strip() for p in parts):
            raise ErrataError(f"{path} line {n}: expected 5 tab-separated fields with a reason")
        article, label, driver, claimed, reason = (p.strip() for p in parts)
        if label not in LABELS:
            raise ErrataError(f"{path} line {n}: unknown label {label!r}")
        out[(article, label, driver, claimed)] = reason
    return out


def _pos(value: int | None) -> str:
    if value is None:
        return "-"
    return "last" if value == LAST else f"P{value}"


def _entry_text(e: Entry | None) -> str:
    if e is None:
        return "not in the classification"
    if e.disqualified:
        return "disqualified"
    text = f"P{e.position}" if e.position is not None else "not classified"
    if e.retired:
        text += f" (retired: {e.status})"
    return text


class Auditor:
    """Compares facts with one official dump; ``reference`` maps Grand Prix keys to rounds."""

    def __init__(
        self,
        official: OfficialResults,
        reference: Reference,
        errata: dict[tuple[str, str, str, str], str] | None = None,
    ) -> None:
        self.off = official
        self.ref = reference
        self.errata = errata or {}

    def run(self, facts: list[AuditFact]) -> AuditReport:
        """Check every fact; facts the data cannot check are counted per kind in ``unchecked``."""
        report = AuditReport()
        for af in facts:
            if af.fact.status not in ANSWERING:
                report.unchecked[af.fact.status] += 1  # a running place or a target claims no result
                continue
            checked = self.check(af)
            if checked is None:
                report.unchecked[af.fact.kind] += 1
            else:
                key = (checked.article, checked.label, checked.driver, checked.claimed)
                reason = None if checked.agrees else self.errata.get(key)
                report.checked.append(Checked(**{**checked.__dict__, "erratum": reason}))
        return report

    def _race_id(self, f: Fact) -> int | None:
        if f.season is None or f.grand_prix is None:
            return None
        gp = self.ref.race(f.season, f.grand_prix)
        rid = self.off.race_id(f.season, gp.round) if gp else None
        return rid if rid is not None and self.off.has_results(rid) else None

    def check(self, af: AuditFact) -> Checked | None:
        """The verdict on one fact, or None when the official data cannot check it."""
        f = af.fact
        if f.kind == "championship":
            return self._championship(af)
        rid = self._race_id(f)
        if rid is None:
            return None
        event = f"{f.season} {f.grand_prix}"

        def verdict(label: str, claimed: str, official: str, agrees: bool) -> Checked:
            return Checked(label, af.article, af.sentence, f.driver, event, claimed, official, agrees)

        sprint = f.session == "sprint"
        entry = (self.off.sprint if sprint else self.off.race).get((rid, f.driver))
        if f.kind == "qualifying" or (f.kind == "finish" and f.session == "qualifying"):
            if f.position is None or f.position == LAST or sprint:
                return None
            q = self.off.qualifying.get((rid, f.driver))
            label = "pole" if f.position == 1 else "qualifying"
            return verdict(label, _pos(f.position), _pos(q), q == f.position)
        if f.kind == "finish" and f.position is not None:
            label = "sprint" if sprint else ("winner" if f.position == 1 else "finish")
            if entry is None or entry.position is None:
                return verdict(label, _pos(f.position), _entry_text(entry), False)
            if f.position == LAST:
                last = self.off.last_classified.get(rid) if not sprint else None
                if last is None:
                    return None
                return verdict(label, "last", _entry_text(entry), entry.position == last)
            return verdict(label, _pos(f.position), _entry_text(entry), entry.position == f.position)
        if f.kind == "podium" and not sprint:
            ok = entry is not None and entry.position is not None and entry.position <= 3
            return verdict("podium", "podium", _entry_text(entry), ok)
        if f.kind in ("grid", "pitlane"):
            grid = entry.grid if entry else None
            if f.kind == "pitlane" or f.position == 0:
                return verdict(
                    "pitlane", "pit lane", _pos(grid) if grid else "pit lane" if grid == 0 else "-", grid == 0
                )
            if f.position is None or f.position == LAST:
                return None
            if f.detail == "pole" and not sprint:
                # Pole is the fastest qualifier; the grid can differ after another driver's penalty.
                q = self.off.qualifying.get((rid, f.driver))
                return verdict("pole", "P1", f"qualifying {_pos(q)}, grid {_pos(grid)}", q == 1 or grid == 1)
            return verdict("grid", _pos(f.position), _pos(grid), grid == f.position)
        if f.kind == "retirement":
            return verdict("retirement", "retired", _entry_text(entry), entry is not None and entry.retired)
        if f.kind == "penalty" and f.penalty == "disqualification" and f.session in ("race", "sprint"):
            return verdict(
                "disqualification",
                "disqualified",
                _entry_text(entry),
                entry is not None and entry.disqualified,
            )
        return None

    def _championship(self, af: AuditFact) -> Checked | None:
        f = af.fact
        if f.season is None or f.position is None or f.position == LAST:
            return None
        rounds: list[int] = []
        if f.grand_prix and f.session != "season":
            gp = self.ref.race(f.season, f.grand_prix)
            rounds = [gp.round] if gp else []
        if not rounds:
            rounds = self._rounds_at(f.season, af.article_date)
        places = []
        for rnd in rounds:
            rid = self.off.race_id(f.season, rnd)
            if rid is not None and (rid, f.driver) in self.off.standings:
                places.append(self.off.standings[(rid, f.driver)])
        if not places:
            return None
        event = f"{f.season} season" + (f" after round {rounds[-1]}" if len(rounds) == 1 else "")
        official = "/".join(dict.fromkeys(_pos(p) for p in places))
        return Checked(
            "championship",
            af.article,
            af.sentence,
            f.driver,
            event,
            _pos(f.position),
            official,
            f.position in places,
        )

    def _rounds_at(self, season: int, date: str | None) -> list[int]:
        """The rounds whose standings an article of ``date`` can mean: the last one run by then.

        A date with only a month could fall before or after that month's races, so any round from the
        last one before the month to the last one in it counts. Without a date, or after the season, the
        final standings.
        """
        all_rounds = [r for r, _ in self.off.rounds.get(season, [])]
        if not all_rounds:
            return []
        if not date or not date.startswith(str(season)):
            return [all_rounds[-1]] if date is None or date > str(season) else []
        if len(date) >= 10:
            done = self.off.rounds_until(season, date)
            return done[-1:] if done else []
        before = self.off.rounds_until(season, date + "-00")
        within = self.off.rounds_until(season, date + "-99")
        return (before[-1:] + [r for r in within if r not in before]) or []
