"""Shared fixtures for the bot tests: a fake clock, a recording fake knowledge base, a config,
and a real KnowledgeBase over a tmp folder of tiny articles.

Also a terminal summary of the transport faults the fake servers injected (by kind), and how many
of them happened in tests that passed, i.e. were survived.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pytest

from bot.config import Config, parse_config
from bot.core import BotCore
from knowledge.model import Answer, FileProblem, ReloadReport, Source, Stats, Topic

ADMIN_ID = 4242
USER_ID = 1001
FAKE_SERVER_MODULES = ("fake_discord", "fake_telegram")

# Tiny articles in our own words (one per file, "date YYYY-MM" header line).
ARTICLES = {
    "bahrein-2024.txt": (
        "date 2024-03\n"
        "Max Verstappen heeft de Grand Prix van Bahrein gewonnen. Sergio Pérez werd tweede.\n"
        "Carlos Sainz eindigde als derde.\n"
    ),
    "bahrein-2023.txt": (
        "date 2023-03\n"
        "Max Verstappen won de Grand Prix van Bahrein. Fernando Alonso werd derde.\n"
    ),
    "monaco-2024.txt": (
        "date 2024-05\n"
        "Charles Leclerc heeft de Grand Prix van Monaco gewonnen. Sergio Pérez crashte in de eerste ronde.\n"
    ),
}


class FakeClock:
    """A manual monotonic clock."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@dataclass
class FakeKB:
    """Same methods as ``knowledge.KnowledgeBase``; records calls and returns canned answers."""

    calls: list[tuple[str, tuple[Any, ...]]] = field(default_factory=list)
    fail_ask: bool = False
    ingest_failure: str | None = None
    answer: Answer | None = None  # when set, what ``ask`` returns (e.g. an article quote with markup)

    async def reload(self, articles_dir: str | Path) -> ReloadReport:
        self.calls.append(("reload", (Path(articles_dir),)))
        names = tuple(sorted(p.name for p in listing(Path(articles_dir)) if p.suffix == ".txt"))
        return ReloadReport(added=names, facts=3 * len(names))

    async def ingest_file(self, path: str | Path) -> ReloadReport:
        self.calls.append(("ingest_file", (Path(path),)))
        if self.ingest_failure:
            return ReloadReport(failed=(FileProblem(str(path), self.ingest_failure),))
        return ReloadReport(added=(Path(path).name,), facts=2)

    async def ask(self, question: str, context: Topic | None = None) -> Answer:
        self.calls.append(("ask", (question, context)))
        if self.fail_ask:
            raise RuntimeError("secret internal detail")
        if self.answer is not None:
            return self.answer
        if "onbekend" in question:
            return Answer("unknown", "Dat weet ik niet.", lang="nl")
        season = context.season if context else None
        if "2023" in question:
            season = 2023
        season = season or 2024
        lang = "en" if question.lower().startswith(("who", "and")) else "nl"
        text = f"Max Verstappen won in {season}."
        return Answer(
            "answered", text, lang=lang,
            sources=(Source(f"bahrein-{season}.txt", "Max Verstappen heeft de Grand Prix van Bahrein "
                            "gewonnen. " + "Een lange zin " * 20),),
            topic=Topic(drivers=("max_verstappen",), grand_prix="bahrain", season=season, intent="winner"),
        )

    async def result(self, driver: str, grand_prix: str, season: int | None = None,
                     lang: str = "nl") -> Answer:
        self.calls.append(("result", (driver, grand_prix, season, lang)))
        return Answer("answered", f"{driver} werd eerste in {grand_prix} {season or 2024}.", lang=lang,
                      topic=Topic(drivers=("max_verstappen",), grand_prix="bahrain", season=season or 2024,
                                  intent="result"))

    async def championship(self, driver: str, season: int | None = None, lang: str = "nl") -> Answer:
        self.calls.append(("championship", (driver, season, lang)))
        return Answer("answered", f"{driver} is kampioen.", lang=lang)

    async def incidents(self, driver: str, grand_prix: str | None = None, season: int | None = None,
                        lang: str = "nl") -> Answer:
        self.calls.append(("incidents", (driver, grand_prix, season, lang)))
        return Answer("unknown", "Geen incidenten bekend.", lang=lang)

    async def sources_summary(self, lang: str = "nl", season: int | None = None) -> str:
        self.calls.append(("sources_summary", (lang, season)))
        return "3 artikelen, seizoenen 2023-2024."

    async def stats(self) -> Stats:
        self.calls.append(("stats", ()))
        return Stats(articles=3, sentences=7, facts=9, facts_by_kind={"result": 9}, seasons=(2023, 2024),
                     grands_prix=("bahrain", "monaco"), drivers=6)

    def complete_driver(self, prefix: str, limit: int = 25) -> list[str]:
        return ["Max Verstappen", "Sergio Pérez", "Charles Leclerc"][:limit]

    def complete_grand_prix(self, prefix: str, limit: int = 25, lang: str = "nl") -> list[str]:
        return ["Bahrein", "Monaco", "Abu Dhabi"][:limit]

    def complete_team(self, prefix: str, limit: int = 25) -> list[str]:
        return [t for t in ("Ferrari", "McLaren") if t.lower().startswith(prefix.lower())][:limit]

    async def close(self) -> None:
        self.calls.append(("close", ()))

    def names(self) -> list[str]:
        """The names of the methods called, in order."""
        return [name for name, _ in self.calls]


def listing(folder: Path) -> list[Path]:
    """Everything below ``folder``, sorted (a sync helper: async tests must not touch the disk)."""
    return sorted(folder.rglob("*"))


def write_articles(folder: Path) -> Path:
    """Write the tiny test articles into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def fake_kb() -> FakeKB:
    return FakeKB()


@pytest.fixture
def articles_dir(tmp_path: Path) -> Path:
    return write_articles(tmp_path / "articles")


@pytest.fixture
def config(tmp_path: Path, articles_dir: Path) -> Config:
    return parse_config(
        {
            "knowledge": {"articles_dir": str(articles_dir), "data_dir": str(tmp_path / "data")},
            "limits": {"user_per_minute": 5, "global_per_minute": 8, "max_question_chars": 200,
                       "max_upload_bytes": 2000},
            "context": {"ttl_seconds": 300},
            "discord": {"admin_ids": [ADMIN_ID]},
            "telegram": {"admin_ids": [ADMIN_ID]},
        },
        env={},
    )


@pytest.fixture
async def tg() -> AsyncIterator[Any]:
    """The fake Telegram Bot API server (``fake_telegram.FakeTelegram``) on a free loopback port."""
    from fake_telegram import FakeTelegram

    async with FakeTelegram() as server:
        yield server


@pytest.fixture
def tg_config(config: Config, tg: Any) -> Config:
    """``config`` with a Telegram token and the fake server's URLs (long polls of 0.5 s)."""
    from fake_telegram import TOKEN

    return replace(config, telegram=replace(config.telegram, token=TOKEN, base_url=tg.base_url,
                                            base_file_url=tg.base_file_url, poll_timeout=0.5))


@pytest.fixture
def core(fake_kb: FakeKB, config: Config, clock: FakeClock) -> BotCore:
    return BotCore(fake_kb, config, clock=clock)


@pytest.fixture
async def real_kb(articles_dir: Path) -> AsyncIterator[Any]:
    """The real KnowledgeBase (in memory) loaded with the tiny articles; skipped until implemented."""
    from knowledge.service import KnowledgeBase

    try:
        kb = await KnowledgeBase.open(":memory:")
    except NotImplementedError:
        pytest.skip("KnowledgeBase is not implemented yet")
    try:
        await kb.reload(articles_dir)
        yield kb
    finally:
        await kb.close()


@pytest.fixture
def real_core(real_kb: Any, config: Config, clock: FakeClock) -> BotCore:
    """A BotCore over the real KnowledgeBase."""
    return BotCore(real_kb, config, clock=clock)


@pytest.fixture
def make_core(fake_kb: FakeKB, config: Config, clock: FakeClock) -> Any:
    """Build a BotCore over the fake KB with some limits changed: ``make_core(user_per_minute=2)``."""

    def make(**limits: int) -> BotCore:
        return BotCore(fake_kb, replace(config, limits=replace(config.limits, **limits)), clock=clock)

    return make


# --- fault summary --------------------------------------------------------------------------------

_faults_by_test: dict[str, Counter[str]] = {}
_failed_tests: set[str] = set()


def _injected_so_far() -> Counter[str]:
    """All faults injected by the fake servers so far (only modules already imported: no import cost)."""
    total: Counter[str] = Counter()
    for name in FAKE_SERVER_MODULES:
        module = sys.modules.get(name)
        if module is not None:
            total.update(module.INJECTED)
    return total


@pytest.fixture(autouse=True)
def _count_injected_faults(request: pytest.FixtureRequest) -> Iterator[None]:
    """Attribute the faults injected during a test (set-up and tear-down included) to that test."""
    before = _injected_so_far()
    yield
    injected = _injected_so_far() - before
    if injected:
        _faults_by_test[request.node.nodeid] = injected


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.failed:
        _failed_tests.add(report.nodeid)


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not _faults_by_test:
        return
    injected: Counter[str] = Counter()
    survived: Counter[str] = Counter()
    for nodeid, counts in _faults_by_test.items():
        injected.update(counts)
        if nodeid not in _failed_tests:
            survived.update(counts)
    terminalreporter.write_sep("-", "transport faults injected by the fake servers")
    for kind in sorted(injected):
        terminalreporter.write_line(f"{injected[kind]:4d} {kind} (survived: {survived[kind]})")
    terminalreporter.write_line(f"{injected.total():4d} in all, {survived.total()} survived, in "
                                f"{len(_faults_by_test)} tests")
