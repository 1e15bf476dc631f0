"""Check racebot's answers to finishing-position questions against the official results.

Usage: ``python tools/answer_check.py ARTICLES [--results ERGAST_DIR] [--show N]``.

``racebot audit`` checks the facts the parser reads; this checks what a fan gets back. For every race the
articles tell a final result of, it asks "where did X finish in <race> <year>" for each classified driver and
"who finished P<n> in <race> <year>" for the top ten, answers them from a fresh knowledge base built from the
articles alone, and prints each answer that disagrees with the official classification (many are the
articles' own: a result on the road before a penalty, a swapped pair), then the counts. A wrong answer is
worse than none: the count of disagreements is the figure to bring down.
"""

from __future__ import annotations

import argparse
import asyncio
import re
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from knowledge.extract import ArticleParser, ParseError  # noqa: E402
from knowledge.gazetteer import load_gazetteer  # noqa: E402
from knowledge.loader import ArticleError, decode, read_bytes  # noqa: E402
from knowledge.official import DEFAULT_DIR, load_official  # noqa: E402
from knowledge.service import KnowledgeBase  # noqa: E402

_PLACE_RE = re.compile(r"\(P(\d+)\)")
_WON_RE = re.compile(r"\bwon\b")


@dataclass(frozen=True)
class Probe:
    question: str
    position: int | None = None  # the official place of the driver asked about ("where did X finish")
    driver: str = ""  # the official holder's surname ("who finished Pn")


def _races(articles: Path) -> set[tuple[str, int]]:
    """(Grand Prix, season) of every race an article gives a final finishing place of."""
    parser = ArticleParser()
    out: set[tuple[str, int]] = set()
    for path in sorted(articles.glob("*.txt")):
        try:
            parsed = parser.parse(decode(read_bytes(path)))
        except (ParseError, ArticleError, OSError):
            continue
        for f in parsed.facts:
            if f.kind == "finish" and f.status == "final" and f.grand_prix and f.season:
                out.add((f.grand_prix, f.season))
    return out


def _probes(articles: Path, results: Path) -> list[Probe]:
    gz = load_gazetteer()
    off = load_official(results)
    names = {d.id: d.surname for d in gz.ref.drivers}
    probes: list[Probe] = []
    for key, season in sorted(_races(articles)):
        race = gz.ref.race(season, key)
        race_id = off.race_id(season, race.round) if race else None
        if race is None or race_id is None:
            continue
        where = f"{race.short_en} {season}"
        for driver, entry in off.classification(race_id):
            if driver not in names:
                continue
            asked = f"where did {names[driver].lower()} finish in {where}"
            probes.append(Probe(asked, position=entry.position))
            if entry.position and entry.position <= 10:
                probes.append(Probe(f"who finished P{entry.position} in {where}", driver=names[driver]))
    return probes


def _agrees(probe: Probe, text: str) -> bool | None:
    """Whether an answer agrees with the official result; None when it names no place to compare."""
    if probe.driver:
        return probe.driver.lower() in text.lower()
    m = _PLACE_RE.search(text)
    if m:
        return probe.position == int(m.group(1))
    if _WON_RE.search(text):
        return probe.position == 1
    return None  # a retirement, a disqualification or "last": not compared


async def _check(articles: Path, results: Path, show: int) -> int:
    probes = _probes(articles, results)
    with tempfile.TemporaryDirectory(prefix="racebot-answer-check-") as tmp:
        kb = await KnowledgeBase.open(Path(tmp) / "check.sqlite3")
        try:
            await kb.reload(articles)
            answered = compared = disagree = 0
            for probe in probes:
                answer = await kb.ask(probe.question)
                if answer.status != "answered":
                    continue
                answered += 1
                verdict = _agrees(probe, answer.text)
                if verdict is None:
                    continue
                compared += 1
                if not verdict:
                    disagree += 1
                    if disagree <= show:
                        source = answer.sources[0].article if answer.sources else ""
                        place = f"P{probe.position}" if probe.position else "not classified"
                        truth = probe.driver or place
                        print(f"{probe.question} | official {truth} | {answer.text} | {source}")
        finally:
            await kb.close()
    print(
        f"{len(probes)} asked, {answered} answered, {compared} compared, "
        f"{disagree} disagree with the official results"
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    """Run the check; exit status 2 when the articles folder is missing."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("articles", type=Path)
    ap.add_argument("--results", type=Path, default=DEFAULT_DIR)
    ap.add_argument("--show", type=int, default=50)
    args = ap.parse_args(argv)
    if not args.articles.is_dir():
        print(f"answer_check: no folder {args.articles}", file=sys.stderr)
        return 2
    return asyncio.run(_check(args.articles, args.results, args.show))


if __name__ == "__main__":
    sys.exit(main())
