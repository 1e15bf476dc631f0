"""A process that reloads a folder into a database and can be stopped at any step, for the fault tests.

    python -m tests.knowledge.reload_worker DB FOLDER [--pause PHASE ...]

It prints ``phase NAME`` for every step of the reload (see ``KnowledgeBase.on_phase``), flushed at once. At a
phase named by ``--pause`` it prints ``paused NAME`` and blocks the whole process (event loop included) until
a line arrives on stdin, so that a test can SIGKILL it, or copy the database files, at exactly that point.
At the end it prints ``done`` and the report as JSON.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import os
import sys
from pathlib import Path

from knowledge.loader import ParseResult, parse_many
from knowledge.service import KnowledgeBase


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


async def _run(db: Path, folder: Path, pauses: set[str]) -> None:
    kb = await KnowledgeBase.open(db)

    def on_phase(name: str) -> None:
        _say(f"phase {name}")
        if name in pauses:
            _say(f"paused {name}")
            sys.stdin.readline()  # blocks the event loop on purpose: nothing moves until the test says so

    kb.on_phase = on_phase
    try:
        report = await kb.reload(folder)
    finally:
        await kb.close()
    summary = {
        "added": len(report.added),
        "changed": len(report.changed),
        "removed": len(report.removed),
        "unchanged": report.unchanged,
        "failed": len(report.failed),
        "facts": report.facts,
    }
    _say("done " + json.dumps(summary))


def crashing_parse_many(paths: list[str]) -> list[ParseResult]:
    """``parse_many`` that kills the process it runs in if that is a parser process (fallback test)."""
    if multiprocessing.parent_process() is not None:
        os._exit(3)
    return parse_many(paths)


def main(argv: list[str] | None = None) -> int:
    """Entry point: reload FOLDER into DB, pausing at the given phases."""
    p = argparse.ArgumentParser(prog="python -m tests.knowledge.reload_worker")
    p.add_argument("db", type=Path)
    p.add_argument("folder", type=Path)
    p.add_argument("--pause", action="append", default=[], help="phase name to stop at (repeatable)")
    args = p.parse_args(argv)
    asyncio.run(_run(args.db, args.folder, set(args.pause)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
