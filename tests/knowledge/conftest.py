"""Shared helpers for the knowledge tests: one parser per session, article builders, a real KnowledgeBase
over a tmp folder of small articles written for these tests (never copied from elsewhere)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path

import pytest

from knowledge.extract import ArticleParser, Fact, ParsedArticle
from knowledge.query import QuestionParser
from knowledge.service import KnowledgeBase

# Small articles in our own words, used by the service tests.
ARTICLES: dict[str, str] = {
    "canada-2024.txt": (
        "date 2024-06-10\n"
        "title Verstappen wint chaotische Grand Prix van Canada\n\n"
        "Max Verstappen heeft de Grand Prix van Canada gewonnen. Lando Norris werd tweede, "
        "George Russell eindigde als derde.\n\n"
        "Sergio Pérez botste in de slotfase met Alexander Albon. "
        "Charles Leclerc viel uit met een motorprobleem.\n\n"
        "Esteban Ocon kreeg een tijdstraf van vijf seconden "
        "voor het veroorzaken van een aanrijding met Pierre Gasly.\n"
    ),
    "monaco-2024-en.txt": (
        "date 2024-05-27\n"
        "lang en\n\n"
        "Charles Leclerc won the Monaco Grand Prix from pole position. Oscar Piastri finished second "
        "and Carlos Sainz took third.\n\n"
        "Kevin Magnussen collided with Sergio Pérez on the opening lap, and both cars were out on the spot.\n"
    ),
    "abu-dhabi-2023.txt": (
        "date 2024-01-05\n\n"
        "Terugblik: Max Verstappen sloot zijn recordseizoen af met een zege in de Grand Prix van Abu Dhabi. "
        "Sergio Pérez werd tweede in het kampioenschap.\n"
    ),
}


@pytest.fixture(scope="session")
def parser() -> ArticleParser:
    return ArticleParser()


@pytest.fixture(scope="session")
def questions() -> QuestionParser:
    return QuestionParser()


@pytest.fixture(scope="session")
def parse(parser: ArticleParser) -> Callable[..., ParsedArticle]:
    """``parse(body, date="2024-06-10")``: an article with a date header line (``date=None``: undated)."""

    def _parse(body: str, date: str | None = "2024-06-10") -> ParsedArticle:
        text = (f"date {date}\n\n" if date else "") + body
        return parser.parse(text)

    return _parse


def facts_of(article: ParsedArticle, kind: str | None = None, driver: str | None = None) -> list[Fact]:
    """The article's facts, filtered by kind and driver."""
    return [
        f
        for f in article.facts
        if (kind is None or f.kind == kind) and (driver is None or f.driver == driver)
    ]


def write_articles(folder: Path, articles: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def articles_dir(tmp_path: Path) -> Path:
    return write_articles(tmp_path / "articles", ARTICLES)


async def open_kb(db: Path, articles: Path) -> KnowledgeBase:
    """A real KnowledgeBase at ``db`` loaded from ``articles``, every file loaded."""
    base = await KnowledgeBase.open(db)
    report = await base.reload(articles)
    assert not report.failed, report.failed
    return base


@asynccontextmanager
async def kb_over(tmp_path: Path, articles: dict[str, str]) -> AsyncIterator[KnowledgeBase]:
    """A real KnowledgeBase over ``articles`` written to ``tmp_path`` (all loaded), closed after use."""
    base = await open_kb(tmp_path / "db" / "kb.sqlite3", write_articles(tmp_path / "articles", articles))
    try:
        yield base
    finally:
        await base.close()


@pytest.fixture
async def told(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[KnowledgeBase]:
    """A real KnowledgeBase over the requesting test module's ``ARTICLES`` (all loaded), closed after use."""
    async with kb_over(tmp_path, request.module.ARTICLES) as base:
        yield base


async def assert_answered(base: KnowledgeBase, question: str, expected: str, absent: str) -> None:
    """``question`` is answered with ``expected`` in the reply and not ``absent`` (the neighbouring answer a
    misread would give), and with its sources."""
    answer = await base.ask(question)
    assert answer.status == "answered", answer.text
    assert expected in answer.text and absent not in answer.text, answer.text
    assert answer.sources, answer.text


async def assert_told(base: KnowledgeBase, question: str, expected: list[str]) -> None:
    """``question`` is answered with every one of ``expected`` in the reply, and with its sources."""
    answer = await base.ask(question)
    assert answer.status == "answered", answer.text
    assert all(e in answer.text for e in expected), answer.text
    assert answer.sources, answer.text


@pytest.fixture
async def kb(tmp_path: Path, articles_dir: Path) -> AsyncIterator[KnowledgeBase]:
    base = await open_kb(tmp_path / "db" / "kb.sqlite3", articles_dir)
    try:
        yield base
    finally:
        await base.close()


#: Small articles written for the probes and follow-up tests (``data/probes/articles``).
PROBE_ARTICLES = Path(__file__).parent / "data" / "probes" / "articles"


@pytest.fixture
async def probe_kb(tmp_path: Path) -> AsyncIterator[KnowledgeBase]:
    base = await open_kb(tmp_path / "probes.sqlite3", PROBE_ARTICLES)
    try:
        yield base
    finally:
        await base.close()
