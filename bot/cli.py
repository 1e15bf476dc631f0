"""The ``racebot`` command: ask, chat, reload, stats, eval, audit, run, bench."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import sys
import tempfile
from collections.abc import AsyncIterator
from pathlib import Path

from bot.config import Config, ConfigError, load_config
from knowledge import KnowledgeBase
from knowledge.audit import AuditReport
from knowledge.model import Answer, ReloadReport

log = logging.getLogger(__name__)


def _setup_logging(verbose: bool) -> None:
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )


def _print_answer(answer: Answer) -> None:
    print(answer.text)
    for src in answer.sources:
        print(f'  bron: {src.article}: "{src.sentence}"')


def _print_report(report: ReloadReport) -> None:
    print(
        f"added {len(report.added)}, changed {len(report.changed)}, removed {len(report.removed)}, "
        f"unchanged {report.unchanged}, failed {len(report.failed)}; "
        f"{report.facts} facts read from added and changed files"
    )
    for name in report.added:
        print(f"  + {name}")
    for name in report.changed:
        print(f"  ~ {name}")
    for name in report.removed:
        print(f"  - {name}")
    for problem in report.failed:
        print(f"  ! {problem.path}: {problem.reason}")
    if report.official:
        print(f"  official results updated: {report.official}")


async def _open(config: Config, articles: Path | None, *, reload: bool = True) -> KnowledgeBase:
    kb = await KnowledgeBase.open(config.knowledge.db_path)
    refused = await kb.use_official(config.knowledge.results_dir)
    if refused is not None:
        print(f"official results refused: {refused.reason}", file=sys.stderr)
    if reload:
        await kb.reload(articles or config.knowledge.articles_dir)
    return kb


async def _ask(config: Config, question: str, articles: Path | None) -> int:
    kb = await _open(config, articles)
    try:
        _print_answer(await kb.ask(question))
    finally:
        await kb.close()
    return 0


async def _reload(config: Config, articles: Path | None) -> int:
    from bot.core import format_totals

    kb = await _open(config, None, reload=False)
    try:
        report = await kb.reload(articles or config.knowledge.articles_dir)
        _print_report(report)
        print(format_totals(await kb.stats(), "en"))
    finally:
        await kb.close()
    return 0


async def _stats(config: Config) -> int:
    kb = await _open(config, None, reload=False)
    try:
        s = await kb.stats()
        print(f"articles {s.articles}, sentences {s.sentences}, facts {s.facts}, drivers {s.drivers}")
        print("facts by kind: " + ", ".join(f"{k} {v}" for k, v in sorted(s.facts_by_kind.items())))
        print("seasons: " + (", ".join(map(str, s.seasons)) or "-"))
        print("grands prix: " + (", ".join(s.grands_prix) or "-"))
    finally:
        await kb.close()
    return 0


@contextlib.asynccontextmanager
async def _fresh_kb(articles: Path, name: str, *, official: bool = False) -> AsyncIterator[KnowledgeBase]:
    """A temporary knowledge base built from ``articles`` alone (plus the bundled official results with
    ``official``); skipped files are reported on stderr."""
    with tempfile.TemporaryDirectory(prefix=f"racebot-{name}-") as tmp:
        kb = await KnowledgeBase.open(Path(tmp) / f"{name}.sqlite3")
        if official:
            await kb.use_official()
        try:
            report = await kb.reload(articles)
            for problem in report.failed:
                print(f"skipped {problem.path}: {problem.reason}", file=sys.stderr)
            yield kb
        finally:
            await kb.close()


async def _eval(articles: Path, questions: Path, output: Path, official: bool = False) -> int:
    """Fresh temporary knowledge base from ``articles`` alone; every question answered on its own.

    Without ``official`` it measures reading: the official results are not used.
    """
    async with _fresh_kb(articles, "eval", official=official) as kb:
        lines = []
        # A one-shot CLI command: nothing else runs on this loop while the file is read.
        raw_lines = await asyncio.to_thread(questions.read_text, encoding="utf-8")
        for raw in raw_lines.splitlines():
            if not raw.strip():
                continue
            item = json.loads(raw)
            answer = await kb.ask(item["question"])
            lines.append(
                json.dumps(
                    {
                        "id": item["id"],
                        "question": item["question"],
                        "status": answer.status,
                        "answer": answer.text,
                        "sources": [{"article": s.article, "sentence": s.sentence} for s in answer.sources],
                    },
                    ensure_ascii=False,
                )
            )
        await asyncio.to_thread(output.write_text, "\n".join(lines) + "\n", encoding="utf-8")
        print(f"wrote {len(lines)} answers to {output}")
    return 0


async def _audit(articles: Path, results: Path | None, errata: Path | None, show: int) -> int:
    """Fresh temporary knowledge base from ``articles``; its facts checked against the official results."""
    from knowledge.audit import AuditFact, Auditor, ErrataError, load_errata
    from knowledge.official import OfficialDataError, load_bundled, load_official

    try:
        official = (
            await asyncio.to_thread(load_official, results)
            if results
            else await asyncio.to_thread(load_bundled)
        )
        errata = errata if errata is not None else default_errata(articles)
        reviewed = await asyncio.to_thread(load_errata, errata) if errata else {}
    except (OfficialDataError, ErrataError, OSError) as exc:
        print(f"racebot audit: {exc}", file=sys.stderr)
        return 2
    async with _fresh_kb(articles, "audit") as kb:
        stored = await kb.store.all_facts()
        texts = await kb.store.sentences(sorted({sf.sentence_id for sf in stored}))
    facts = [
        AuditFact(sf.fact, sf.article, texts.get(sf.sentence_id, ("", "", None))[1], sf.article_date)
        for sf in stored
    ]
    result = Auditor(official, kb.ref, reviewed).run(facts)
    if errata:
        print(f"reviewed article errors from {errata}")
    print(format_audit(result, len(facts), reviewed, show))
    return 0


#: where the reviewed errata of a corpus the project collects are kept (its sources list beside them)
_CORPUS_DATA = Path(__file__).resolve().parents[1] / "tests" / "knowledge" / "data"


def default_errata(articles: Path) -> Path | None:
    """The reviewed errata of an articles folder when none is named: its own ``errata.tsv``, else the list the
    project keeps for the corpus of that name (``../realdev`` -> ``tests/knowledge/data/realdev``)."""
    for candidate in (articles / "errata.tsv", _CORPUS_DATA / articles.resolve().name / "errata.tsv"):
        if candidate.is_file():
            return candidate
    return None


def format_audit(
    result: AuditReport, n_facts: int, reviewed: dict[tuple[str, str, str, str], str], show: int
) -> str:
    """The audit report as text: a table per label, then each disagreement with its sentence."""
    from knowledge.audit import LABELS

    counts = result.counts()
    lines = [
        f"{n_facts} facts, {len(result.checked)} checkable against the official results",
        f"{'kind':<17}{'checked':>8}{'agree':>7}{'parser':>8}{'article':>9}{'agreement':>11}",
    ]
    for label in [x for x in LABELS if x in counts]:
        agree, parser, article = counts[label]
        share = agree / (agree + parser) if agree + parser else 1.0
        lines.append(
            f"{label:<17}{agree + parser + article:>8}{agree:>7}{parser:>8}{article:>9}{share:>10.1%}"
        )
    agree = sum(c[0] for c in counts.values())
    parser = sum(c[1] for c in counts.values())
    article = sum(c[2] for c in counts.values())
    lines.append(
        f"{'total':<17}{agree + parser + article:>8}{agree:>7}{parser:>8}{article:>9}"
        f"{result.agreement:>10.1%}"
    )
    lines.append(
        "not checkable: " + (", ".join(f"{k} {v}" for k, v in sorted(result.unchecked.items())) or "-")
    )
    wrong = result.disagreements()
    if wrong:
        lines.append(f"\nparser disagreements ({len(wrong)}):")
        for c in wrong[:show]:
            lines.append(
                f"  [{c.label}] {c.driver} {c.claimed}, official {c.official} ({c.event}) {c.article}"
            )
            lines.append(f'      "{c.sentence}"')
        if len(wrong) > show:
            lines.append(f"  ... {len(wrong) - show} more (--show)")
    errs = result.errata()
    if errs:
        lines.append(f"\narticle errors, reviewed ({len(errs)}):")
        for c in errs:
            lines.append(
                f"  [{c.label}] {c.driver} {c.claimed}, official {c.official} ({c.event}) {c.article}:"
                f" {c.erratum}"
            )
    stale = result.unused_errata(reviewed)
    if stale:
        lines.append(f"\nerrata that matched nothing ({len(stale)}):")
        lines.extend("  " + " ".join(k) for k in stale)
    return "\n".join(lines)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``racebot``."""
    p = argparse.ArgumentParser(
        prog="racebot", description="Answers Formula 1 race questions from news articles."
    )
    p.add_argument("--config", type=Path, default=None, help="config file (default: config.toml if present)")
    p.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    sub = p.add_subparsers(dest="command", required=True)
    a = sub.add_parser("ask", help="answer one question and print its sources")
    a.add_argument("question")
    a.add_argument("--articles", type=Path, default=None)
    sub.add_parser("chat", help="interactive console conversation")
    r = sub.add_parser("reload", help="sync the knowledge base with the articles folder")
    r.add_argument("--articles", type=Path, default=None)
    sub.add_parser("stats", help="summarise the knowledge base")
    e = sub.add_parser("eval", help="answer a question file from a fresh knowledge base")
    e.add_argument("--articles", type=Path, required=True)
    e.add_argument("--questions", type=Path, required=True)
    e.add_argument("--output", type=Path, required=True)
    e.add_argument("--official", action="store_true", help="also answer from the bundled official results")
    au = sub.add_parser("audit", help="check the facts of an articles folder against the official results")
    au.add_argument("--articles", type=Path, required=True)
    au.add_argument(
        "--results",
        type=Path,
        default=None,
        help="Ergast CSV folder (default: the official results bundled with racebot)",
    )
    au.add_argument(
        "--errata",
        type=Path,
        default=None,
        help="reviewed article errors (TSV: article, kind, driver, claimed, reason); default: errata.tsv in"
        " the articles folder, else the project's reviewed list for a corpus of that folder's name",
    )
    au.add_argument("--show", type=int, default=200, help="how many disagreements to print")
    run = sub.add_parser("run", help="start the configured transports")
    run.add_argument(
        "--fallback-console",
        action="store_true",
        help="run the console when no transport token is configured",
    )
    b = sub.add_parser("bench", help="benchmark ingest and answering on a generated corpus")
    b.add_argument("--sizes", default="1000,10000")
    b.add_argument("--questions", type=int, default=1000)
    b.add_argument("--seed", type=int, default=7)
    b.add_argument("--json", type=Path, default=None, help="also write the report as JSON")
    return p


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``racebot`` and ``python -m bot``."""
    args = build_parser().parse_args(argv)
    _setup_logging(args.verbose)
    if args.command in ("eval", "ask", "audit"):
        logging.getLogger().setLevel(logging.WARNING)
    try:
        if args.command == "eval":
            return asyncio.run(_eval(args.articles, args.questions, args.output, args.official))
        if args.command == "audit":
            return asyncio.run(_audit(args.articles, args.results, args.errata, args.show))
        if args.command == "bench":
            from bot.bench import run_bench

            return run_bench(
                [int(x) for x in args.sizes.split(",") if x.strip()], args.questions, args.seed, args.json
            )
        config = load_config(args.config)
        if args.command == "ask":
            return asyncio.run(_ask(config, args.question, args.articles))
        if args.command == "reload":
            return asyncio.run(_reload(config, args.articles))
        if args.command == "stats":
            return asyncio.run(_stats(config))
        if args.command == "chat":
            from bot.console import run_console

            return _maybe_run(run_console(config))
        if args.command == "run":
            from bot.runner import run

            return _maybe_run(run(config, fallback_console=args.fallback_console))
    except ConfigError as exc:
        print(f"racebot: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    return 1


def _maybe_run(result: object) -> int:
    if asyncio.iscoroutine(result):
        return int(asyncio.run(result) or 0)
    return result if isinstance(result, int) else 0
