"""knowledge.store: migrations, transactional apply, cascades, FTS search, reference sync."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import AsyncIterator
from dataclasses import replace
from pathlib import Path

import aiosqlite
import pytest

from knowledge.extract import ArticleParser, ParsedArticle
from knowledge.store import _MIGRATIONS, SCHEMA_VERSION, Store, _split_sql, article_rows, reference_version

CANADA = (
    "date 2024-06-10\ntitle Canada\n\n"
    "Max Verstappen won de Grand Prix van Canada. Lando Norris werd tweede.\n\n"
    "Sergio Pérez botste met Alexander Albon.\n"
)
MONACO = (
    "date 2024-05-27\nlang en\n\nCharles Leclerc won the Monaco Grand Prix. Oscar Piastri finished second.\n"
)


@pytest.fixture(scope="module")
def parsed() -> dict[str, ParsedArticle]:
    p = ArticleParser()
    return {"canada.txt": p.parse(CANADA), "monaco.txt": p.parse(MONACO)}


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    s = await Store.open(tmp_path / "sub" / "dir" / "store.sqlite3")
    try:
        yield s
    finally:
        await s.close()


async def scalar(store: Store, sql: str) -> object:
    async with store.conn.execute(sql) as cur:
        row = await cur.fetchone()
    return row[0] if row else None


async def test_open_creates_folder_and_migrates(store: Store, tmp_path: Path) -> None:
    assert (tmp_path / "sub" / "dir" / "store.sqlite3").is_file()
    assert await scalar(store, "PRAGMA user_version") == SCHEMA_VERSION == len(_MIGRATIONS)
    assert await scalar(store, "PRAGMA foreign_keys") == 1
    assert str(await scalar(store, "PRAGMA journal_mode")).lower() == "wal"
    assert await store.integrity_ok()


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[list[aiosqlite.Connection]]:
    """Every aiosqlite connection Store.open makes (closed at teardown if the code under test leaked it)."""
    made: list[aiosqlite.Connection] = []
    real = aiosqlite.connect

    def connect(*args: object, **kwargs: object) -> aiosqlite.Connection:
        conn = real(*args, **kwargs)  # type: ignore[arg-type]
        made.append(conn)
        return conn

    monkeypatch.setattr(aiosqlite, "connect", connect)
    return made  # type: ignore[return-value]


def _future_db(tmp_path: Path) -> Path:
    path = tmp_path / "future.sqlite3"
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.close()
    return path


async def test_newer_schema_is_refused(tmp_path: Path, opened: list[aiosqlite.Connection]) -> None:
    with pytest.raises(RuntimeError, match="newer"):
        await Store.open(_future_db(tmp_path))
    for conn in opened:
        await conn.close()  # whatever Store.open left open


async def test_failed_open_closes_its_connection(tmp_path: Path, opened: list[aiosqlite.Connection]) -> None:
    with pytest.raises(RuntimeError):
        await Store.open(_future_db(tmp_path))
    assert opened, "Store.open made no connection through aiosqlite.connect"
    leaked = [c for c in opened if c._connection is not None]
    for conn in leaked:
        await conn.close()
    assert not leaked


async def test_partial_migration_resumes(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    con = sqlite3.connect(path)
    con.executescript(_MIGRATIONS[0])
    con.execute("PRAGMA user_version = 1")
    con.close()
    s = await Store.open(path)
    try:
        assert await scalar(s, "PRAGMA user_version") == SCHEMA_VERSION
        assert await scalar(s, "SELECT COUNT(*) FROM meta") == 0
    finally:
        await s.close()


async def test_apply_counts_and_reads_back(store: Store, parsed: dict[str, ParsedArticle]) -> None:
    written = await store.apply([(n, f"h-{n}", p) for n, p in parsed.items()], [])
    assert written == sum(len(p.facts) for p in parsed.values())
    assert await store.article_hashes() == {"canada.txt": "h-canada.txt", "monaco.txt": "h-monaco.txt"}
    facts = await store.all_facts()
    assert len(facts) == written
    win = next(sf for sf in facts if sf.fact.kind == "finish" and sf.fact.driver == "max_verstappen")
    assert (win.article, win.fact.position, win.fact.grand_prix, win.fact.season, win.article_date) == (
        "canada.txt",
        1,
        "canada",
        2024,
        "2024-06-10",
    )
    collision = next(sf for sf in facts if sf.fact.kind == "collision" and sf.fact.driver == "perez")
    assert collision.fact.others == ("albon",)
    rows = await store.sentences([win.sentence_id])
    assert rows[win.sentence_id] == ("canada.txt", "Max Verstappen won de Grand Prix van Canada.", "Canada")
    articles = await store.articles()
    assert [(a[0], a[2], a[3], a[4]) for a in articles] == [
        ("canada.txt", "2024-06-10", "canada", "nl"),
        ("monaco.txt", "2024-05-27", "monaco", "en"),
    ]
    counts = await store.counts()
    assert counts["articles"] == 2 and counts["facts"] == written and counts["seasons"] == (2024,)
    assert counts["by_kind"]["finish"] == 4


async def test_replace_and_remove_cascade(store: Store, parsed: dict[str, ParsedArticle]) -> None:
    await store.apply([(n, "h1", p) for n, p in parsed.items()], [])
    await store.apply([("canada.txt", "h2", parsed["monaco.txt"])], ["monaco.txt"])
    assert await store.article_hashes() == {"canada.txt": "h2"}
    facts = await store.all_facts()
    assert {sf.fact.driver for sf in facts if sf.fact.kind == "finish"} == {"leclerc", "piastri"}
    # No orphans anywhere, the FTS index included.
    assert await scalar(store, "SELECT COUNT(*) FROM sentences") == len(parsed["monaco.txt"].sentences)
    assert (
        await scalar(store, "SELECT COUNT(*) FROM facts WHERE article_id NOT IN (SELECT id FROM articles)")
        == 0
    )
    assert await store.search("Verstappen") == []
    assert await store.search("Leclerc")
    await store.apply([], ["canada.txt"])
    assert await scalar(store, "SELECT COUNT(*) FROM sentences") == 0
    assert await scalar(store, "SELECT COUNT(*) FROM facts") == 0
    assert await store.search("Leclerc") == []
    assert await store.integrity_ok()


async def test_apply_is_all_or_nothing(store: Store, parsed: dict[str, ParsedArticle]) -> None:
    await store.apply([("canada.txt", "h1", parsed["canada.txt"])], [])
    before = await store.all_facts()
    broken = replace(parsed["monaco.txt"], facts=[replace(parsed["monaco.txt"].facts[0], sentence=99)])
    with pytest.raises(IndexError):
        await store.apply(
            [("monaco.txt", "h", parsed["monaco.txt"]), ("broken.txt", "h", broken)], ["canada.txt"]
        )
    assert await store.article_hashes() == {"canada.txt": "h1"}
    assert await store.all_facts() == before
    # The connection is usable again afterwards.
    await store.apply([("monaco.txt", "h", parsed["monaco.txt"])], [])
    assert set(await store.article_hashes()) == {"canada.txt", "monaco.txt"}


@pytest.mark.parametrize(
    "text",
    [
        'Verstappen"',
        '"',
        "AND",
        "Norris OR",
        "NEAR(",
        "NEAR(Norris, 2)",
        "*",
        "Norr*",
        "col:x",
        "text:Norris",
        "(((",
        "^Verstappen",
        "a NOT b",
        "{text}: Norris",
        "'; DROP TABLE sentences; --",
        "",
        "   ",
        "\x00",
        "Pérez\x00\x01\x1b[31m Norris",
        "Pérez " * 50,
    ],
)
async def test_search_hostile_input(store: Store, parsed: dict[str, ParsedArticle], text: str) -> None:
    await store.apply([(n, "h", p) for n, p in parsed.items()], [])
    result = await store.search(text)
    assert isinstance(result, list)
    assert await scalar(store, "SELECT COUNT(*) FROM sentences") > 0


async def test_search_folds_accents_and_limits(store: Store, parsed: dict[str, ParsedArticle]) -> None:
    await store.apply([(n, "h", p) for n, p in parsed.items()], [])
    assert await store.search("perez") == [("canada.txt", "Sergio Pérez botste met Alexander Albon.")]
    assert await store.search("PÉREZ albon") == await store.search("perez")
    assert len(await store.search("won", limit=1)) == 1
    assert await store.search("Hamilton") == []


async def test_sync_reference_only_when_version_changes(store: Store) -> None:
    await store.sync_reference(
        "v1", [("a", "Driver A", None, "Dutch")], [(2024, 1, "bahrain", "B", "B", "2024-03-02")]
    )
    assert await scalar(store, "SELECT COUNT(*) FROM ref_drivers") == 1
    # Same version: nothing is rewritten even when the payload differs.
    await store.sync_reference("v1", [], [])
    assert await scalar(store, "SELECT COUNT(*) FROM ref_drivers") == 1
    await store.sync_reference("v2", [("a", "A", None, "Dutch"), ("b", "B", "BBB", "British")], [])
    assert await scalar(store, "SELECT COUNT(*) FROM ref_drivers") == 2
    assert await scalar(store, "SELECT COUNT(*) FROM ref_grands_prix") == 0
    assert await scalar(store, "SELECT value FROM meta WHERE key = 'reference'") == "v2"


def test_split_sql_keeps_trigger_bodies_whole() -> None:
    statements = _split_sql(_MIGRATIONS[0])
    triggers = [s for s in statements if s.upper().startswith("CREATE TRIGGER")]
    assert len(triggers) == 2
    assert all(t.rstrip().upper().endswith("END;") for t in triggers)
    assert all(s.rstrip().endswith(";") for s in statements)
    assert len(statements) == 10  # 3 tables, 1 FTS table, 2 triggers, 4 indexes


def test_reference_version_is_stable_and_short() -> None:
    assert reference_version(b"abc") == reference_version(b"abc")
    assert reference_version(b"abc") != reference_version(b"abd")
    assert len(reference_version(b"abc")) == 16


# --- transactions, the reader connection, bulk writes -------------------------------------------------------


async def fts_ok(store: Store) -> bool:
    # FTS5's own check that the index matches the content table (it raises when it does not).
    await store.conn.execute("INSERT INTO sentences_fts(sentences_fts) VALUES ('integrity-check')")
    return True


async def test_schema_indexes_sentence_ids_and_has_no_insert_trigger(store: Store) -> None:
    assert await scalar(store, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'facts_sentence'") == 1
    assert await scalar(store, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'sentences_ai'") == 0
    # The delete trigger stays: removed sentences leave the full-text index.
    assert await scalar(store, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'sentences_ad'") == 1


async def test_full_text_index_follows_bulk_writes(store: Store, parsed: dict[str, ParsedArticle]) -> None:
    await store.apply([(n, "h1", p) for n, p in parsed.items()], [])
    assert await fts_ok(store)
    assert await store.search("Albon") == [("canada.txt", "Sergio Pérez botste met Alexander Albon.")]
    await store.apply([("canada.txt", "h2", parsed["monaco.txt"])], ["monaco.txt"])
    assert await fts_ok(store)
    assert await store.search("Albon") == []
    assert [a for a, _ in await store.search("Piastri")] == ["canada.txt"]
    n = await scalar(store, "SELECT COUNT(*) FROM sentences")
    assert await scalar(store, "SELECT COUNT(*) FROM sentences_fts") == n


async def test_ids_follow_insertion_order(store: Store, parsed: dict[str, ParsedArticle]) -> None:
    await store.apply([("b.txt", "h", parsed["canada.txt"]), ("a.txt", "h", parsed["monaco.txt"])], [])
    await store.apply([("b.txt", "h2", parsed["canada.txt"])], [])  # replaced: new, higher ids
    facts = await store.all_facts()
    assert [sf.article for sf in facts] == ["a.txt"] * len(parsed["monaco.txt"].facts) + ["b.txt"] * len(
        parsed["canada.txt"].facts
    )
    ids = [sf.sentence_id for sf in facts]
    assert ids == sorted(ids)
    async with store.conn.execute("SELECT name FROM articles ORDER BY id") as cur:
        assert [r[0] for r in await cur.fetchall()] == ["a.txt", "b.txt"]


async def test_reader_sees_only_committed_writes(store: Store, parsed: dict[str, ParsedArticle]) -> None:
    assert not store.shared_reader
    async with store.transaction():
        await store.insert_articles([("canada.txt", "h", article_rows(parsed["canada.txt"]))])
        assert await store.search("Albon") == []  # the reader: nothing committed yet
        assert (await store.counts())["articles"] == 0
        assert await store.article_hashes() == {"canada.txt": "h"}  # the writer sees its own writes
    assert await store.search("Albon")
    assert (await store.counts())["articles"] == 1


async def test_memory_store_shares_one_connection(parsed: dict[str, ParsedArticle]) -> None:
    s = await Store.open(":memory:")
    try:
        assert s.shared_reader
        await s.apply([("canada.txt", "h", parsed["canada.txt"])], [])
        assert await s.search("Albon")
    finally:
        await s.close()


async def test_insert_outside_a_transaction_is_refused(
    store: Store, parsed: dict[str, ParsedArticle]
) -> None:
    with pytest.raises(RuntimeError, match="transaction"):
        await store.insert_articles([("canada.txt", "h", article_rows(parsed["canada.txt"]))])
    assert await store.article_hashes() == {}


async def test_cancelled_transaction_rolls_back(store: Store, parsed: dict[str, ParsedArticle]) -> None:
    inside = asyncio.Event()

    async def write() -> None:
        async with store.transaction():
            await store.insert_articles([("canada.txt", "h", article_rows(parsed["canada.txt"]))])
            inside.set()
            await asyncio.sleep(3600)

    task = asyncio.create_task(write())
    await inside.wait()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert not store.conn.in_transaction
    assert await store.article_hashes() == {}
    await store.apply([("monaco.txt", "h", parsed["monaco.txt"])], [])  # usable again
    assert await store.article_hashes() == {"monaco.txt": "h"}
    assert await fts_ok(store)


def test_article_rows_refuse_a_fact_without_its_sentence(parsed: dict[str, ParsedArticle]) -> None:
    p = parsed["canada.txt"]
    rows = article_rows(p)
    assert [s[2] for s in rows.sentences] == [s.text for s in p.sentences]
    assert [f[0] for f in rows.facts] == [f.sentence for f in p.facts]
    for bad in (len(p.sentences), -1):
        broken = replace(p, facts=[replace(p.facts[0], sentence=bad)])
        with pytest.raises(IndexError):
            article_rows(broken)


async def test_version_2_database_with_data_migrates(
    tmp_path: Path, parsed: dict[str, ParsedArticle]
) -> None:
    # A database written by racebot before schema 3 (per-row FTS trigger, no facts_sentence index).
    path = tmp_path / "v2.sqlite3"
    con = sqlite3.connect(path)
    for script in _MIGRATIONS[:2]:
        for statement in _split_sql(script):
            con.execute(statement)
    con.execute("INSERT INTO articles (id, name, hash, lang) VALUES (1, 'old.txt', 'h', 'nl')")
    con.execute(
        "INSERT INTO sentences (id, article_id, idx, paragraph, text) VALUES (1, 1, 0, 0, 'Norris won.')"
    )
    con.execute("PRAGMA user_version = 2")
    con.commit()
    con.close()
    s = await Store.open(path)
    try:
        assert await scalar(s, "PRAGMA user_version") == SCHEMA_VERSION
        assert await s.search("Norris") == [("old.txt", "Norris won.")]
        await s.apply([("canada.txt", "h", parsed["canada.txt"])], ["old.txt"])
        assert await s.search("Norris") == [("canada.txt", "Lando Norris werd tweede.")]
        assert await fts_ok(s) and await s.integrity_ok()
    finally:
        await s.close()


async def test_fact_status_round_trips_and_only_answering_facts_are_indexed(store: Store) -> None:
    from knowledge.answer import FactIndex

    text = (
        "date 2024-06-10\n\nIn Canada viel Lando Norris na zijn stop terug naar de twaalfde plaats. "
        "Norris eindigde uiteindelijk als tweede.\n"
    )
    parsed = ArticleParser().parse(text)
    await store.apply([("canada.txt", "h", parsed)], [])
    facts = await store.all_facts()
    assert sorted((sf.fact.position, sf.fact.status) for sf in facts if sf.fact.kind == "finish") == [
        (2, "final"),
        (12, "running"),
    ]
    index = FactIndex(facts)
    assert [(sf.fact.position, sf.fact.status) for sf in index.facts if sf.fact.kind == "finish"] == [
        (2, "final")
    ]
