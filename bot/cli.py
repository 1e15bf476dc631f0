"""The ``racebot`` command: ask, chat, reload, stats, eval, run, bench."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
import tempfile
from pathlib import Path

from bot.config import Config, ConfigError, load_config
from knowledge import KnowledgeBase
from knowledge.model import Answer, ReloadReport

log = logging.getLogger(__name__)


def _setup_logging(verbose: bool) -> None:
    logging.basicConfig(level=logging.DEBUG if verbose else logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s", stream=sys.stderr)


def _print_answer(answer: Answer) -> None:
    print(answer.text)
    for src in answer.sources:
        print(f"  bron: {src.article}: \"{src.sentence}\"")


def _print_report(report: ReloadReport) -> None:
    print(f"added {len(report.added)}, changed {len(report.changed)}, removed {len(report.removed)}, "
          f"unchanged {report.unchanged}, failed {len(report.failed)}; {report.facts} facts extracted")
    for name in report.added:
        print(f"  + {name}")
    for name in report.changed:
        print(f"  ~ {name}")
    for name in report.removed:
        print(f"  - {name}")
    for problem in report.failed:
        print(f"  ! {problem.path}: {problem.reason}")


async def _open(config: Config, articles: Path | None, *, reload: bool = True) -> KnowledgeBase:
    kb = await KnowledgeBase.open(config.knowledge.db_path)
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
    kb = await _open(config, None, reload=False)
    try:
        report = await kb.reload(articles or config.knowledge.articles_dir)
        _print_report(report)
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


async def _eval(articles: Path, questions: Path, output: Path) -> int:
    """Fresh temporary knowledge base from ``articles`` alone; every question answered on its own."""
    with tempfile.TemporaryDirectory(prefix="racebot-eval-") as tmp:
        kb = await KnowledgeBase.open(Path(tmp) / "eval.sqlite3")
        try:
            report = await kb.reload(articles)
            for problem in report.failed:
                print(f"skipped {problem.path}: {problem.reason}", file=sys.stderr)
            lines = []
            # A one-shot CLI command: nothing else runs on this loop while the file is read.
            raw_lines = await asyncio.to_thread(questions.read_text, encoding="utf-8")
            for raw in raw_lines.splitlines():
                if not raw.strip():
                    continue
                item = json.loads(raw)
                answer = await kb.ask(item["question"])
                lines.append(json.dumps({
                    "id": item["id"], "question": item["question"], "status": answer.status,
                    "answer": answer.text,
                    "sources": [{"article": s.article, "sentence": s.sentence} for s in answer.sources],
                }, ensure_ascii=False))
            await asyncio.to_thread(output.write_text, "\n".join(lines) + "\n", encoding="utf-8")
            print(f"wrote {len(lines)} answers to {output}")
        finally:
            await kb.close()
    return 0


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
    run = sub.add_parser("run", help="start the configured transports")
    run.add_argument("--fallback-console", action="store_true",
                     help="run the console when no transport token is configured")
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
    if args.command in ("eval", "ask"):
        logging.getLogger().setLevel(logging.WARNING)
    try:
        if args.command == "eval":
            return asyncio.run(_eval(args.articles, args.questions, args.output))
        if args.command == "bench":
            from bot.bench import run_bench

            return run_bench([int(x) for x in args.sizes.split(",") if x.strip()], args.questions, args.seed,
                             args.json)
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
