"""Atomic reload under fault: a process reloading 2,000 articles is SIGKILLed at chosen steps; the database
then opens, passes ``PRAGMA integrity_check`` and holds exactly the old or exactly the new knowledge.
Questions asked during a reload get the old or the new answer, never an error or a mix.

The old state is 300 articles: 150 that the new folder has unchanged, 100 that it changes, 50 that it drops.
The new state is 2,000 generated articles (``knowledge.corpus``). The reference for "new" is a run of the same
reload that was not killed (it pauses at steps where the test copies the database files: the crash images).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import os
import queue
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from knowledge.corpus import build
from knowledge.model import Answer
from knowledge.service import KnowledgeBase

# Sessions, killpg and SIGKILL are POSIX.
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX process control")

ROOT = Path(__file__).resolve().parents[2]
N_NEW = 2_000
SEED_NEW, SEED_OLD = 7, 8
LINE_TIMEOUT = 120.0  # generous: the machine may be busy; a hang still fails


@dataclass(frozen=True)
class State:
    """What a database serves, compared across runs."""

    counts: dict[str, Any]
    hashes_digest: str
    answers: tuple[Answer, ...]


@dataclass(frozen=True)
class Setup:
    tmp: Path
    new_dir: Path
    old_db: Path
    questions: tuple[str, ...]
    old: State


def _write(folder: Path, articles: dict[str, str]) -> Path:
    folder.mkdir(parents=True)
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


async def _state(db: Path, questions: tuple[str, ...]) -> State:
    """Open ``db`` like a restarted bot would, check it, and read what it serves."""
    kb = await KnowledgeBase.open(db)
    try:
        assert await kb.store.integrity_ok(), "PRAGMA integrity_check failed"
        async with kb.store.conn.execute("PRAGMA foreign_key_check") as cur:
            assert await cur.fetchall() == [], "orphaned rows"
        counts = await kb.store.counts()
        hashes = sorted((await kb.store.article_hashes()).items())
        answers = tuple([await kb.ask(q) for q in questions])
    finally:
        await kb.close()
    digest = hashlib.sha256(json.dumps(hashes).encode()).hexdigest()
    return State(counts, digest, answers)


def state_of(db: Path, questions: tuple[str, ...]) -> State:
    return asyncio.run(_state(db, questions))


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> Setup:
    tmp = tmp_path_factory.mktemp("faults")
    new = build(N_NEW, SEED_NEW, 60)
    other = build(150, SEED_OLD, 60)
    new_articles = dict(new.articles)
    names = sorted(new_articles)
    old_articles = {n: new_articles[n] for n in names[:150]}  # unchanged
    old_articles.update(
        {n: text for n, (_, text) in zip(names[150:250], other.articles[:100], strict=True)}
    )  # changed
    old_articles.update(dict(other.articles[100:150]))  # removed by the new folder
    assert len(old_articles) == 300
    new_dir = _write(tmp / "new", new_articles)
    old_dir = _write(tmp / "old", old_articles)
    # Questions about both corpora: some are answered only by the old, some only by the new knowledge.
    questions = tuple(q["question"] for q in new.questions[:12] + other.questions[:12])
    old_db = tmp / "old.sqlite3"

    async def load_old() -> None:
        kb = await KnowledgeBase.open(old_db)
        try:
            report = await kb.reload(old_dir)
            assert len(report.added) == 300 and not report.failed
        finally:
            await kb.close()

    asyncio.run(load_old())
    assert not Path(f"{old_db}-wal").exists()  # checkpointed at close: a copy of the file is the whole state
    return Setup(tmp, new_dir, old_db, questions, state_of(old_db, questions))


class Worker:
    """``tests.knowledge.reload_worker`` in its own session, its stdout read line by line by a thread."""

    def __init__(self, db: Path, folder: Path, pauses: list[str]) -> None:
        args = [sys.executable, "-m", "tests.knowledge.reload_worker", str(db), str(folder)]
        for p in pauses:
            args += ["--pause", p]
        self.stderr = open(db.with_suffix(".stderr"), "w")  # noqa: SIM115 - closed in stop()
        self.proc = subprocess.Popen(
            args,
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.stderr,
            text=True,
            start_new_session=True,
        )
        self.lines: queue.Queue[str | None] = queue.Queue()
        self.seen: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(line.rstrip("\n"))
        self.lines.put(None)

    def expect(self, wanted: str) -> str:
        """Wait for a line starting with ``wanted``; fail on exit or timeout."""
        deadline = time.monotonic() + LINE_TIMEOUT
        while True:
            try:
                line = self.lines.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                pytest.fail(f"no {wanted!r} within {LINE_TIMEOUT} s; seen {self.seen[-5:]}")
            if line is None:
                pytest.fail(f"worker exited before {wanted!r}: {self._stderr_tail()}")
            self.seen.append(line)
            if line.startswith(wanted):
                return line

    def resume(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write("\n")
        self.proc.stdin.flush()

    def kill(self) -> None:
        """SIGKILL the reloading process only (its parser processes must then exit by themselves)."""
        self.proc.kill()
        self.proc.wait(timeout=30)

    def session_gone(self, timeout: float = 15.0) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                os.killpg(self.proc.pid, 0)
            except ProcessLookupError:
                return True
            time.sleep(0.05)
        return False

    def stop(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.proc.pid, signal.SIGKILL)  # whatever is left of the session
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait(timeout=30)
        self.stderr.close()

    def _stderr_tail(self) -> str:
        self.stderr.flush()
        return Path(self.stderr.name).read_text(errors="replace")[-2000:]


@pytest.fixture
def workers() -> Iterator[list[Worker]]:
    made: list[Worker] = []
    yield made
    for w in made:
        w.stop()


def fresh_copy(setup: Setup, name: str) -> Path:
    db = setup.tmp / name / "kb.sqlite3"
    db.parent.mkdir()
    shutil.copyfile(setup.old_db, db)
    return db


def snapshot(db: Path, dest: Path) -> Path:
    """Copy the database files as they are on disk now: what a crash at this moment would leave behind."""
    dest.mkdir()
    for ext in ("", "-wal", "-shm"):
        src = Path(f"{db}{ext}")
        if src.exists():
            shutil.copyfile(src, dest / f"kb.sqlite3{ext}")
    return dest / "kb.sqlite3"


# The write phase is "wrote chunk N" per 64 articles: chunk 16 is half-way through the 2,000.
MID_WRITE = "wrote chunk 16"
IMAGES = ["scanned", "writing", "wrote chunk 1", MID_WRITE, "indexed", "committing", "committed"]


@pytest.fixture(scope="module")
def reference(setup: Setup) -> tuple[State, dict[str, Path], float]:
    """The reload run to completion (the new state), with crash images copied at each step of ``IMAGES``."""
    db = fresh_copy(setup, "reference")
    w = Worker(db, setup.new_dir, IMAGES)
    images: dict[str, Path] = {}
    try:
        t0 = time.monotonic()
        for step in IMAGES:
            w.expect(f"paused {step}")
            images[step] = snapshot(db, setup.tmp / f"image-{len(images)}")
            if step == MID_WRITE:
                # Uncommitted pages have spilled into the WAL: the crash image is a real half-written state.
                assert Path(f"{db}-wal").stat().st_size > 500_000
            w.resume()
        done = json.loads(w.expect("done ").removeprefix("done "))
        elapsed = time.monotonic() - t0
        assert w.proc.wait(timeout=60) == 0
    finally:
        w.stop()
    assert done == {
        "added": N_NEW - 250,
        "changed": 100,
        "removed": 50,
        "unchanged": 150,
        "failed": 0,
        "facts": done["facts"],
    }
    new = state_of(db, setup.questions)
    assert new.counts["articles"] == N_NEW
    assert new.hashes_digest != setup.old.hashes_digest
    # Some questions are answered differently before and after: the comparisons below can tell the two apart.
    assert sum(a != b for a, b in zip(setup.old.answers, new.answers, strict=True)) >= 6
    return new, images, elapsed


def assert_old_or_new(state: State, setup: Setup, new: State) -> str:
    if state == setup.old:
        return "old"
    assert state == new, "neither the old nor the new knowledge"
    return "new"


@pytest.mark.slow
def test_crash_images_at_each_step_hold_old_or_new(
    setup: Setup, reference: tuple[State, dict[str, Path], float]
) -> None:
    new, images, _ = reference
    seen = {
        step: assert_old_or_new(state_of(path, setup.questions), setup, new) for step, path in images.items()
    }
    assert seen == {step: "new" if step == "committed" else "old" for step in IMAGES}


# Real kills: before the transaction, half-way through its writes (uncommitted pages in the WAL), and just
# after the commit. The other steps are covered by the crash images above.
@pytest.mark.slow
@pytest.mark.parametrize("step, expected", [("scanned", "old"), (MID_WRITE, "old"), ("committed", "new")])
def test_sigkill_at_a_step(
    setup: Setup,
    reference: tuple[State, dict[str, Path], float],
    workers: list[Worker],
    step: str,
    expected: str,
) -> None:
    new, _, _ = reference
    db = fresh_copy(setup, f"kill-{step.replace(' ', '-')}")
    w = Worker(db, setup.new_dir, [step])
    workers.append(w)
    w.expect(f"paused {step}")
    w.kill()
    assert w.session_gone(), "parser processes outlived the killed reload"
    assert assert_old_or_new(state_of(db, setup.questions), setup, new) == expected


@pytest.mark.slow
def test_sigkill_at_an_arbitrary_moment_of_the_write(
    setup: Setup, reference: tuple[State, dict[str, Path], float], workers: list[Worker]
) -> None:
    # Not paused: the process runs freely and dies wherever it happens to be. Either outcome is right.
    new, _, elapsed = reference
    db = fresh_copy(setup, "kill-free")
    w = Worker(db, setup.new_dir, [])
    workers.append(w)
    w.expect("phase writing")
    time.sleep(elapsed * 0.5)
    w.kill()
    assert w.session_gone(), "parser processes outlived the killed reload"
    assert assert_old_or_new(state_of(db, setup.questions), setup, new) in ("old", "new")


# --- questions during a reload ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "where, workers_",
    [("file", 1), ("file", 2), ("memory", 1)],
    ids=["file-thread", "file-processes", "memory"],
)
async def test_questions_during_a_reload_get_old_or_new_answers(
    setup: Setup, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str, workers_: int
) -> None:
    new_articles = dict(build(N_NEW, SEED_NEW, 0).articles)
    names = sorted(new_articles)
    # 150 unchanged, 100 changed, 50 removed (as in the 2,000 case) and 200 new: 300 files to parse.
    folder = _write(tmp_path / "new", {n: new_articles[n] for n in names[:450]})
    if where == "file":
        db: Path | str = fresh_copy(setup, f"ask-{tmp_path.name}")
        kb = await KnowledgeBase.open(db)
    else:
        kb = await KnowledgeBase.open(":memory:")
        report = await kb.reload(setup.tmp / "old")
        assert len(report.added) == 300
    monkeypatch.setattr(KnowledgeBase, "parse_workers", workers_)
    monkeypatch.setattr("knowledge.service.POOL_MIN_FILES", 1)
    try:
        questions = setup.questions
        before = tuple([await kb.ask(q) for q in questions])
        phase = ["idle"]
        kb.on_phase = lambda name: phase.__setitem__(0, name)
        asked: list[tuple[str, int, Answer]] = []
        done = asyncio.Event()

        async def ask_in_a_loop() -> None:
            i = 0
            while not done.is_set():
                n = i % len(questions)
                asked.append((phase[0], n, await kb.ask(questions[n])))
                i += 1
                await asyncio.sleep(0)

        asker = asyncio.create_task(ask_in_a_loop())
        try:
            report = await kb.reload(folder)
        finally:
            done.set()
            await asker
        assert (len(report.added), len(report.changed), len(report.removed)) == (200, 100, 50)
        after = tuple([await kb.ask(q) for q in questions])
    finally:
        await kb.close()

    differ = {n for n in range(len(questions)) if before[n] != after[n]}
    assert len(differ) >= 3  # else this test could not tell old from new
    switched = False
    for step, n, answer in asked:
        assert answer in (before[n], after[n]), f"answer during {step!r} is neither old nor new: {answer}"
        if n in differ:
            if answer == after[n]:
                switched = True
            else:
                assert not switched, f"old answer again after a new one (during {step!r})"
    steps = {step for step, _, _ in asked}
    if where == "file":
        # Questions really were asked while the transaction was open (parsing, writing), not only around it.
        assert any(s.startswith(("parsed chunk", "wrote chunk")) for s in steps), steps
        assert len(asked) > 20
    else:
        # One connection: questions wait for the commit, but they were asked during the reload.
        assert steps - {"idle"}, steps
