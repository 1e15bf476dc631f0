"""``racebot bench``: ingest and answering speed, memory and accuracy on a generated corpus.

For each size N the parent process generates N articles (``knowledge.corpus``) and their questions into a
temporary folder, then measures them in a fresh subprocess (``python -m bot.bench --measure DIR``) so that
peak RSS is per size and excludes the generator. The child opens a fresh KnowledgeBase on a temporary DB,
times a full reload (with a 10 ms ticker measuring the longest event-loop stall), an unchanged reload, a
reload in which every article counts as changed (as after a parser update: all re-parsed, the old facts
replaced, the old index freed), ``kb.ask`` latency, a bare FTS5 ``MATCH`` on the same connection (the
floor) and a naive rapidfuzz scan over every sentence (the baseline), and scores the answers like
``shared/eval/score.py``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path
from typing import Any

MAX_CHARS = 300  # as shared/eval/score.py: longer replies count as wrong
NAIVE_MAX_QUESTIONS = 40
NAIVE_MAX_SECONDS = 20.0

# (field, label, format) in table order; every field is numeric in the report.
FIELDS: list[tuple[str, str, str]] = [
    ("articles", "articles", "{:.0f}"),
    ("sentences", "sentences", "{:.0f}"),
    ("facts", "facts", "{:.0f}"),
    ("generate_s", "generate (s)", "{:.2f}"),
    ("ingest_s", "full reload (s)", "{:.2f}"),
    ("articles_per_s", "ingest articles/s", "{:.0f}"),
    ("max_stall_ms", "max loop stall, full reload (ms)", "{:.1f}"),
    ("reload_unchanged_s", "unchanged reload (s)", "{:.3f}"),
    ("max_stall_unchanged_ms", "max loop stall, unchanged (ms)", "{:.1f}"),
    ("reload_changed_s", "reload, all changed (s)", "{:.2f}"),
    ("max_stall_changed_ms", "max loop stall, all changed (ms)", "{:.1f}"),
    ("parse_workers", "parser processes", "{:.0f}"),
    ("db_mb", "DB size (MB, db+wal)", "{:.1f}"),
    ("rss_open_mb", "RSS after open (MB)", "{:.1f}"),
    ("peak_rss_mb", "peak RSS maxrss (MB)", "{:.1f}"),
    ("vm_hwm_mb", "peak RSS VmHWM (MB)", "{:.1f}"),
    ("questions_timed", "questions timed", "{:.0f}"),
    ("ask_p50_ms", "ask p50 (ms)", "{:.3f}"),
    ("ask_p95_ms", "ask p95 (ms)", "{:.3f}"),
    ("ask_p99_ms", "ask p99 (ms)", "{:.3f}"),
    ("ask_max_ms", "ask max (ms)", "{:.3f}"),
    ("ask_official_p50_ms", "ask p50, official results on (ms)", "{:.3f}"),
    ("ask_official_p99_ms", "ask p99, official results on (ms)", "{:.3f}"),
    ("rss_official_mb", "RSS with official results (MB)", "{:.1f}"),
    ("fts_p50_ms", "FTS5 MATCH p50 (ms)", "{:.3f}"),
    ("fts_p95_ms", "FTS5 MATCH p95 (ms)", "{:.3f}"),
    ("fts_p99_ms", "FTS5 MATCH p99 (ms)", "{:.3f}"),
    ("naive_questions", "naive questions timed", "{:.0f}"),
    ("naive_p50_ms", "naive rapidfuzz p50 (ms)", "{:.1f}"),
    ("naive_p95_ms", "naive rapidfuzz p95 (ms)", "{:.1f}"),
    ("ask_over_fts_p50", "ask / FTS p50 (x)", "{:.1f}"),
    ("naive_over_ask_p50", "naive / ask p50 (x)", "{:.0f}"),
    ("questions", "questions scored", "{:.0f}"),
    ("accuracy", "accuracy (right/answerable)", "{:.1%}"),
    ("right", "right", "{:.0f}"),
    ("wrong", "wrong", "{:.0f}"),
    ("missed", "missed", "{:.0f}"),
    ("hallucinated", "hallucinated", "{:.0f}"),
    ("abstained", "abstained (correct)", "{:.0f}"),
]

# (field, comparison, threshold, description, only for N >= this)
TARGETS: list[tuple[str, str, float, str, int]] = [
    ("articles_per_s", ">=", 1000.0, "ingest >= 1000 articles/s at 10k", 10_000),
    ("ask_p50_ms", "<", 1.0, "ask p50 < 1 ms", 0),
    ("ask_p99_ms", "<", 5.0, "ask p99 < 5 ms", 0),
    ("ask_official_p50_ms", "<", 1.0, "ask p50 < 1 ms, official results on", 0),
    ("ask_official_p99_ms", "<", 5.0, "ask p99 < 5 ms, official results on", 0),
    ("reload_unchanged_s", "<", 1.0, "unchanged reload < 1 s", 0),
    ("max_stall_ms", "<=", 50.0, "no event-loop stall > 50 ms", 0),
    ("max_stall_changed_ms", "<=", 50.0, "no event-loop stall > 50 ms, all articles changed", 0),
    ("peak_rss_mb", "<", 200.0, "peak RSS < 200 MB", 0),
]


# --- scoring (as shared/eval/score.py) ----------------------------------------------------------------


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


def _has(answer: str, phrase: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(_fold(phrase)) + r"(?!\w)", answer) is not None


def judge(q: dict[str, Any], status: str, text: str) -> str:
    """right, wrong, missed, abstained or hallucinated."""
    answered = status == "answered"
    if q.get("none"):
        return "hallucinated" if answered else "abstained"
    if not answered:
        return "missed"
    if len(text) > MAX_CHARS:
        return "wrong"
    t = _fold(text)
    ok = all(_has(t, p) for p in q.get("all", []))
    ok = ok and (not q.get("any") or any(_has(t, p) for p in q["any"]))
    ok = ok and not any(_has(t, p) for p in q.get("not", []))
    return "right" if ok else "wrong"


# --- measuring one size (in the child process) --------------------------------------------------------


def _pct(values: list[float], p: float) -> float:
    if not values:
        return 0.0
    s = sorted(values)
    k = min(len(s) - 1, max(0, round(p / 100 * (len(s) - 1))))
    return s[k]


def _vm_hwm_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _vm_rss_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _maxrss_mb() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return r / (1024 * 1024) if sys.platform == "darwin" else r / 1024


class _StallMonitor:
    """A task ticking every 10 ms; ``max_gap`` is the longest extra delay between ticks (the loop stall)."""

    def __init__(self, interval: float = 0.01) -> None:
        self.interval = interval
        self.max_gap = 0.0
        self._task: asyncio.Task[None] | None = None
        self._stop = False

    async def _run(self) -> None:
        while not self._stop:
            t = time.perf_counter()
            await asyncio.sleep(self.interval)
            self.max_gap = max(self.max_gap, time.perf_counter() - t - self.interval)

    async def __aenter__(self) -> _StallMonitor:
        self._task = asyncio.create_task(self._run())
        await asyncio.sleep(0)
        return self

    async def __aexit__(self, *exc: object) -> None:
        self._stop = True
        assert self._task is not None
        await self._task


def _db_bytes(db: Path) -> int:
    return sum(os.path.getsize(str(db) + ext) for ext in ("", "-wal") if os.path.exists(str(db) + ext))


_FTS_STOP = frozenset(
    [
        "de",
        "het",
        "een",
        "in",
        "van",
        "en",
        "the",
        "a",
        "an",
        "of",
        "to",
        "did",
        "who",
        "what",
        "where",
        "how",
        "hoe",
        "wie",
        "waar",
        "wat",
        "welke",
        "in",
        "op",
        "met",
        "is",
        "was",
    ]
)


def _fts_query(question: str) -> str | None:
    words = [w for w in re.findall(r"\w+", _fold(question)) if w not in _FTS_STOP and len(w) > 1]
    return " ".join(f'"{w}"' for w in words[:12]) or None


async def measure(workdir: Path, questions: int) -> dict[str, Any]:
    """Measure the articles in ``workdir/articles`` with the questions in ``workdir/questions.jsonl``."""
    from rapidfuzz import process

    from knowledge import KnowledgeBase
    from knowledge.service import POOL_MIN_FILES

    articles = workdir / "articles"
    qs = [
        json.loads(line)
        for line in (workdir / "questions.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    db = workdir / "bench.sqlite3"
    out: dict[str, Any] = {}
    kb = await KnowledgeBase.open(db)
    try:
        out["rss_open_mb"] = _vm_rss_mb()
        async with _StallMonitor() as mon:
            t0 = time.perf_counter()
            report = await kb.reload(articles)
            out["ingest_s"] = time.perf_counter() - t0
        out["max_stall_ms"] = mon.max_gap * 1000
        n_files = len(report.added) + len(report.changed) + report.unchanged
        out["articles"] = n_files
        out["failed"] = len(report.failed)
        out["facts"] = report.facts
        out["articles_per_s"] = n_files / out["ingest_s"] if out["ingest_s"] else 0.0
        async with _StallMonitor() as mon2:
            t0 = time.perf_counter()
            await kb.reload(articles)
            out["reload_unchanged_s"] = time.perf_counter() - t0
        out["max_stall_unchanged_ms"] = mon2.max_gap * 1000
        # Every stored hash made stale: the next reload re-parses and replaces everything.
        stored = len(await kb.store.article_hashes())
        await kb.store.conn.execute("UPDATE articles SET hash = 'stale'")
        async with _StallMonitor() as mon3:
            t0 = time.perf_counter()
            changed = await kb.reload(articles)
            out["reload_changed_s"] = time.perf_counter() - t0
        out["max_stall_changed_ms"] = mon3.max_gap * 1000
        if len(changed.changed) != stored:
            raise RuntimeError(f"expected all {stored} articles to change, got {len(changed.changed)}")
        pool = len(changed.changed) >= POOL_MIN_FILES and KnowledgeBase.parse_workers > 1
        out["parse_workers"] = KnowledgeBase.parse_workers if pool else 0
        counts = await kb.store.counts()
        out["sentences"] = counts["sentences"]
        out["db_mb"] = _db_bytes(db) / 1e6

        # answering: accuracy on each question once, latency over >= `questions` asks
        verdicts = {k: 0 for k in ("right", "wrong", "missed", "abstained", "hallucinated")}
        lat: list[float] = []
        for q in qs:
            t = time.perf_counter()
            ans = await kb.ask(q["question"])
            lat.append(time.perf_counter() - t)
            verdicts[judge(q, ans.status, ans.text)] += 1
        i = 0
        while len(lat) < questions and qs:
            t = time.perf_counter()
            await kb.ask(qs[i % len(qs)]["question"])
            lat.append(time.perf_counter() - t)
            i += 1
        out.update(verdicts)
        answerable = sum(1 for q in qs if not q.get("none"))
        out["questions"] = len(qs)
        out["answerable"] = answerable
        out["accuracy"] = verdicts["right"] / answerable if answerable else 1.0
        out["questions_timed"] = len(lat)
        for p in (50, 95, 99):
            out[f"ask_p{p}_ms"] = _pct(lat, p) * 1000
        out["ask_max_ms"] = max(lat, default=0.0) * 1000

        # the floor: a bare FTS5 MATCH on the store's connection
        conn = kb.store.conn
        fts: list[float] = []
        for j in range(len(lat)):
            query = _fts_query(qs[j % len(qs)]["question"])
            if query is None:
                continue
            t = time.perf_counter()
            async with conn.execute(
                "SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ? LIMIT 5", (query,)
            ) as cur:
                await cur.fetchall()
            fts.append(time.perf_counter() - t)
        for p in (50, 95, 99):
            out[f"fts_p{p}_ms"] = _pct(fts, p) * 1000

        # the naive baseline: best fuzzy match of the question over every sentence
        async with conn.execute("SELECT text FROM sentences") as cur:
            texts = [str(r[0]) for r in await cur.fetchall()]
        naive: list[float] = []
        start = time.perf_counter()
        for q in qs[:NAIVE_MAX_QUESTIONS]:
            t = time.perf_counter()
            process.extractOne(q["question"], texts)
            naive.append(time.perf_counter() - t)
            if time.perf_counter() - start > NAIVE_MAX_SECONDS:
                break
        del texts
        out["naive_questions"] = len(naive)
        out["naive_p50_ms"] = _pct(naive, 50) * 1000
        out["naive_p95_ms"] = _pct(naive, 95) * 1000
        # the same questions with the bundled official results beside the articles, as `racebot run`
        # answers (not scored: the generated articles invent their outcomes)
        await kb.use_official()
        out["rss_official_mb"] = _vm_rss_mb()
        official: list[float] = []
        while len(official) < len(lat) and qs:
            t = time.perf_counter()
            await kb.ask(qs[len(official) % len(qs)]["question"])
            official.append(time.perf_counter() - t)
        for p in (50, 99):
            out[f"ask_official_p{p}_ms"] = _pct(official, p) * 1000
        out["ask_over_fts_p50"] = out["ask_p50_ms"] / out["fts_p50_ms"] if out["fts_p50_ms"] else 0.0
        out["naive_over_ask_p50"] = out["naive_p50_ms"] / out["ask_p50_ms"] if out["ask_p50_ms"] else 0.0
    finally:
        await kb.close()
    out["peak_rss_mb"] = _maxrss_mb()
    out["vm_hwm_mb"] = _vm_hwm_mb()
    return out


# --- the parent: generate, run a child per size, print ---------------------------------------------


def bench_size(n: int, questions: int, seed: int) -> dict[str, Any]:
    """Generate ``n`` articles and measure them in a fresh subprocess; the size's report."""
    from knowledge.corpus import generate

    with tempfile.TemporaryDirectory(prefix=f"racebot-bench-{n}-") as tmp:
        work = Path(tmp)
        t0 = time.perf_counter()
        qs = generate(n, seed, work / "articles", questions=questions)
        gen_s = time.perf_counter() - t0
        (work / "questions.jsonl").write_text(
            "".join(json.dumps(q, ensure_ascii=False) + "\n" for q in qs), encoding="utf-8"
        )
        env = dict(os.environ)
        root = str(Path(__file__).resolve().parent.parent)
        env["PYTHONPATH"] = root + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
        proc = subprocess.run(
            [sys.executable, "-m", "bot.bench", "--measure", str(work), "--questions", str(questions)],
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )
        if proc.returncode != 0:
            raise RuntimeError(f"bench child for N={n} failed ({proc.returncode}):\n{proc.stderr[-4000:]}")
        result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    result["n"] = n
    result["seed"] = seed
    result["generate_s"] = gen_s
    return result


def check_targets(result: dict[str, Any]) -> list[tuple[str, bool]]:
    """(description, met) of each target that applies to this size."""
    out = []
    for key, op, limit, text, min_n in TARGETS:
        if result["n"] < min_n:
            continue
        v = float(result[key])
        ok = v >= limit if op == ">=" else (v < limit if op == "<" else v <= limit)
        out.append((text, ok))
    return out


def format_table(results: list[dict[str, Any]]) -> str:
    """The readable report: one column per size."""
    width = max(len(label) for _, label, _ in FIELDS) + 2
    lines = ["metric".ljust(width) + "".join(f"N={r['n']}".rjust(14) for r in results)]
    for key, label, fmt in FIELDS:
        lines.append(label.ljust(width) + "".join(fmt.format(r[key]).rjust(14) for r in results))
    lines.append("")
    lines.append("targets:")
    for r in results:
        for text, ok in check_targets(r):
            lines.append(f"  N={r['n']:<6} {'met ' if ok else 'MISS'}  {text}")
    return "\n".join(lines)


def run_bench(sizes: list[int], questions: int, seed: int, json_path: Path | None) -> int:
    """Benchmark each size, print the table, optionally write JSON. 0 on success."""
    results = []
    for n in sizes:
        print(f"bench: N={n} ...", file=sys.stderr, flush=True)
        results.append(bench_size(n, questions, seed))
    print(format_table(results))
    if json_path is not None:
        payload = {
            "seed": seed,
            "questions": questions,
            "results": results,
            "targets": {str(r["n"]): dict(check_targets(r)) for r in results},
        }
        Path(json_path).write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    return 0


def _main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bot.bench")
    p.add_argument("--measure", type=Path, required=True, help="a folder with articles/ and questions.jsonl")
    p.add_argument("--questions", type=int, default=1000)
    args = p.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    result = asyncio.run(measure(args.measure, args.questions))
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(_main())
