"""The SQLite store: one long-lived aiosqlite connection, every SQL statement of the project in this module.

Migrations are tracked in the database itself (``PRAGMA user_version``); writes happen in transactions.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

import aiosqlite

from knowledge.extract import Fact, ParsedArticle
from knowledge.text import fold

log = logging.getLogger(__name__)

_MIGRATIONS: list[str] = [
    # 1: articles, sentences with an accent-folding FTS5 index, facts.
    """
    CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        hash TEXT NOT NULL,
        title TEXT,
        lang TEXT NOT NULL,
        season INTEGER,
        date TEXT,
        main_event TEXT
    );
    CREATE TABLE sentences (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        paragraph INTEGER NOT NULL,
        text TEXT NOT NULL
    );
    CREATE INDEX sentences_article ON sentences(article_id, idx);
    CREATE VIRTUAL TABLE sentences_fts USING fts5(
        text, content='sentences', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER sentences_ai AFTER INSERT ON sentences BEGIN
        INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text);
    END;
    CREATE TRIGGER sentences_ad AFTER DELETE ON sentences BEGIN
        INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
    END;
    CREATE TABLE facts (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        driver TEXT NOT NULL,
        season INTEGER,
        grand_prix TEXT,
        session TEXT NOT NULL,
        position INTEGER,
        others TEXT NOT NULL DEFAULT '',
        other_label TEXT,
        penalty TEXT,
        amount INTEGER,
        unit TEXT,
        reason TEXT,
        detail TEXT
    );
    CREATE INDEX facts_driver ON facts(driver, kind);
    CREATE INDEX facts_event ON facts(grand_prix, season);
    CREATE INDEX facts_article ON facts(article_id);
    """,
    # 2: reference data, so the database alone tells which drivers and races it knows about.
    """
    CREATE TABLE ref_drivers (id TEXT PRIMARY KEY, full_name TEXT NOT NULL, code TEXT, nationality TEXT);
    CREATE TABLE ref_grands_prix (
        season INTEGER NOT NULL, round INTEGER NOT NULL, key TEXT NOT NULL,
        name_en TEXT NOT NULL, name_nl TEXT NOT NULL, date TEXT NOT NULL,
        PRIMARY KEY (season, round)
    );
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    """,
    # 3: deleting a sentence looks up its facts (ON DELETE CASCADE); without this index every deleted
    # sentence scanned the whole facts table.
    """
    CREATE INDEX facts_sentence ON facts(sentence_id);
    """,
    # 4: sentences are indexed for full-text search in bulk by insert_articles (one INSERT ... SELECT per
    # batch); the per-row trigger took 1.5 s of 2.5 s when writing 10,000 articles.
    """
    DROP TRIGGER sentences_ai;
    """,
    # 5: a fact's status: only final facts (and provisional ones the article does not correct) answer
    # result questions; running places, targets and corrected places are kept but never served.
    """
    ALTER TABLE facts ADD COLUMN status TEXT NOT NULL DEFAULT 'final';
    """,
]

SCHEMA_VERSION = len(_MIGRATIONS)


@dataclass(frozen=True, slots=True)
class StoredFact:
    """A fact as loaded from the store, with the article it came from."""

    fact: Fact
    article: str
    sentence_id: int
    article_date: str | None


class SentenceRow(NamedTuple):
    """One sentence with the article it stands in: id, text, the article's file name and title."""

    id: int
    text: str
    article: str
    title: str | None


class ArticleRows(NamedTuple):
    """One parsed article flattened into the store's rows, without ids.

    Plain tuples and strings, so that a parser process can send it back cheaply. ``sentences`` holds
    (index, paragraph, text); each of ``facts`` starts with the position of its sentence in
    ``sentences``, followed by the ``facts`` columns from ``kind`` on.
    """

    title: str | None
    lang: str
    season: int | None
    date: str | None
    main_event: str | None
    sentences: list[tuple[int, int, str]]
    facts: list[tuple[Any, ...]]


def article_rows(parsed: ParsedArticle) -> ArticleRows:
    """Flatten a parsed article into rows; ``IndexError`` if a fact points at a missing sentence."""
    h = parsed.header
    date = None
    if h.year:
        date = f"{h.year:04d}-{h.month or 1:02d}" + (f"-{h.day:02d}" if h.day else "")
    n = len(parsed.sentences)
    facts: list[tuple[Any, ...]] = []
    for f in parsed.facts:
        if not 0 <= f.sentence < n:
            raise IndexError(f"fact refers to sentence {f.sentence} of {n}")
        facts.append(
            (
                f.sentence,
                f.kind,
                f.driver,
                f.season,
                f.grand_prix,
                f.session,
                f.position,
                ",".join(f.others),
                f.other_label,
                f.penalty,
                f.amount,
                f.unit,
                f.reason,
                f.detail,
                f.status,
            )
        )
    sentences = [(s.index, s.paragraph, s.text) for s in parsed.sentences]
    return ArticleRows(h.title, parsed.lang, parsed.season, date, parsed.main_event, sentences, facts)


_FACT_COLUMNS = (
    "SELECT f.kind, f.driver, s.idx, f.season, f.grand_prix, f.session, f.position, f.others, f.other_label,"
    " f.penalty, f.amount, f.unit, f.reason, f.detail, f.status, a.name, f.sentence_id, a.date"
    " FROM facts f JOIN articles a ON a.id = f.article_id JOIN sentences s ON s.id = f.sentence_id"
    " ORDER BY f.id"
)


def facts_from_rows(rows: Iterable[Sequence[Any]], strings: dict[str, str] | None = None) -> list[StoredFact]:
    """``StoredFact`` objects from the rows of ``Store.fact_batches`` (pure: may run in a worker thread).

    Equal strings share one object through ``strings`` (pass the same dict for every batch): SQLite
    returns a new string for every driver, kind and article name of every row, ~40 MB at 10^5 facts.
    """
    pool: dict[str, str] = {} if strings is None else strings

    def one(value: Any) -> Any:
        return pool.setdefault(value, value) if isinstance(value, str) else value

    out: list[StoredFact] = []
    for r in rows:
        others = tuple(one(x) for x in str(r[7]).split(",") if x)
        fact = Fact(
            kind=one(r[0]),
            driver=one(r[1]),
            sentence=r[2],
            season=r[3],
            grand_prix=one(r[4]),
            session=one(r[5]),
            position=r[6],
            others=others,
            other_label=one(r[8]),
            penalty=one(r[9]),
            amount=r[10],
            unit=one(r[11]),
            reason=one(r[12]),
            detail=one(r[13]),
            status=one(r[14]),
        )
        out.append(StoredFact(fact, one(str(r[15])), int(r[16]), one(r[17])))
    return out


@dataclass(frozen=True)
class ArticleRow:
    """An article as the store knows it."""

    id: int
    name: str
    hash: str
    title: str | None
    season: int | None


class Store:
    """Parameterised SQL over two aiosqlite connections: ``conn`` writes, ``reader`` answers questions.

    In WAL mode the reader sees only committed data, so questions asked while a reload's transaction is
    open read the previous knowledge. An in-memory database has one connection for both (``shared_reader``).
    """

    def __init__(self, conn: aiosqlite.Connection, reader: aiosqlite.Connection | None = None) -> None:
        self.conn = conn
        self.reader = reader or conn
        self._next_ids: list[int] | None = None  # article, sentence and fact id, inside a transaction

    @property
    def shared_reader(self) -> bool:
        """The reader is the writing connection (in-memory database): it sees uncommitted writes."""
        return self.reader is self.conn

    @classmethod
    async def open(cls, path: str | Path) -> Store:
        """Open the database (creating its folder), enable WAL and foreign keys, and migrate.

        On any failure (a newer schema, a corrupt file) the connections are closed before raising.
        """
        memory = str(path) == ":memory:"
        if not memory:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        conn = await aiosqlite.connect(str(path), isolation_level=None)
        reader: aiosqlite.Connection | None = None
        try:
            await conn.execute("PRAGMA foreign_keys = ON")
            await conn.execute("PRAGMA journal_mode = WAL")
            await conn.execute("PRAGMA synchronous = NORMAL")
            store = cls(conn)
            await store._migrate()
            if not memory:
                reader = await aiosqlite.connect(str(path), isolation_level=None)
                await reader.execute("PRAGMA query_only = ON")
                store.reader = reader
        except BaseException:
            if reader is not None:
                await reader.close()
            await conn.close()
            raise
        return store

    async def close(self) -> None:
        """Close the connections."""
        try:
            if self.reader is not self.conn:
                await self.reader.close()
        finally:
            await self.conn.close()

    async def _migrate(self) -> None:
        async with self.conn.execute("PRAGMA user_version") as cur:
            row = await cur.fetchone()
        version = int(row[0]) if row else 0
        if version > SCHEMA_VERSION:
            raise RuntimeError(f"database schema {version} is newer than this racebot ({SCHEMA_VERSION})")
        for number in range(version, SCHEMA_VERSION):
            log.info("migrating database to schema %d", number + 1)
            await self.conn.execute("BEGIN IMMEDIATE")
            try:
                await self._script(_MIGRATIONS[number])
                await self.conn.execute(f"PRAGMA user_version = {number + 1}")
                await self.conn.execute("COMMIT")
            except BaseException:
                await self.conn.execute("ROLLBACK")
                raise

    async def _script(self, script: str) -> None:
        # executescript() would commit the open transaction; run statement by statement instead.
        for statement in _split_sql(script):
            await self.conn.execute(statement)

    # --- reference data ---------------------------------------------------------------------------

    async def sync_reference(
        self,
        version: str,
        drivers: Iterable[tuple[str, str, str | None, str]],
        grands_prix: Iterable[tuple[int, int, str, str, str, str]],
    ) -> None:
        """Store the reference data when its version changed (one transaction)."""
        async with self.conn.execute("SELECT value FROM meta WHERE key = 'reference'") as cur:
            row = await cur.fetchone()
        if row and row[0] == version:
            return
        await self.conn.execute("BEGIN IMMEDIATE")
        try:
            await self.conn.execute("DELETE FROM ref_drivers")
            await self.conn.execute("DELETE FROM ref_grands_prix")
            await self.conn.executemany("INSERT INTO ref_drivers VALUES (?, ?, ?, ?)", list(drivers))
            await self.conn.executemany(
                "INSERT INTO ref_grands_prix VALUES (?, ?, ?, ?, ?, ?)", list(grands_prix)
            )
            await self.conn.execute("INSERT OR REPLACE INTO meta VALUES ('reference', ?)", (version,))
            await self.conn.execute("COMMIT")
        except BaseException:
            await self.conn.execute("ROLLBACK")
            raise

    # --- articles -------------------------------------------------------------------------------

    async def article_hashes(self) -> dict[str, str]:
        """Article name -> content hash (as the writing connection sees it)."""
        async with self.conn.execute("SELECT name, hash FROM articles") as cur:
            return {str(r[0]): str(r[1]) for r in await cur.fetchall()}

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[None]:
        """One write transaction (``BEGIN IMMEDIATE`` ... ``COMMIT``); any error, cancellation included,
        rolls it back. ``delete_articles`` and ``insert_articles`` run inside it."""
        await self.conn.execute("BEGIN IMMEDIATE")
        try:
            async with self.conn.execute(
                "SELECT (SELECT COALESCE(MAX(id), 0) FROM articles),"
                " (SELECT COALESCE(MAX(id), 0) FROM sentences), (SELECT COALESCE(MAX(id), 0) FROM facts)"
            ) as cur:
                row = await cur.fetchone()
            assert row is not None
            # Ids are assigned here rather than by SQLite, so that a whole batch of articles goes in
            # with one executemany per table instead of a round trip per sentence.
            self._next_ids = [int(row[0]) + 1, int(row[1]) + 1, int(row[2]) + 1]
            yield
            await self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                await self.conn.execute("ROLLBACK")
            raise
        finally:
            self._next_ids = None

    async def delete_articles(self, names: Sequence[str]) -> None:
        """Delete articles by name with their sentences and facts (inside ``transaction``)."""
        if names:
            await self.conn.executemany("DELETE FROM articles WHERE name = ?", [(n,) for n in names])

    async def insert_articles(
        self,
        articles: Sequence[tuple[str, str, ArticleRows]],
        index_rows: list[tuple[Any, ...]] | None = None,
    ) -> int:
        """Insert (name, hash, rows) articles, replacing any of the same name (inside ``transaction``).

        Returns the number of facts written. With ``index_rows``, appends the facts written as
        ``fact_batches`` would read them back (for ``facts_from_rows``), without reading them back.
        """
        if self._next_ids is None:
            raise RuntimeError("insert_articles runs inside Store.transaction()")
        if not articles:
            return 0
        await self.delete_articles([name for name, _, _ in articles])
        article_id, sentence_id, fact_id = self._next_ids
        a_rows: list[tuple[Any, ...]] = []
        s_rows: list[tuple[Any, ...]] = []
        f_rows: list[tuple[Any, ...]] = []
        for name, digest, r in articles:
            a_rows.append((article_id, name, digest, r.title, r.lang, r.season, r.date, r.main_event))
            first = sentence_id
            for idx, paragraph, text in r.sentences:
                s_rows.append((sentence_id, article_id, idx, paragraph, text))
                sentence_id += 1
            for f in r.facts:
                f_rows.append((fact_id, article_id, first + f[0], *f[1:]))
                fact_id += 1
            if index_rows is not None:
                # The columns of _FACT_COLUMNS: kind, driver, sentence idx, season ... detail, name, id, date.
                index_rows.extend(
                    (*f[1:3], r.sentences[f[0]][0], *f[3:], name, first + f[0], r.date) for f in r.facts
                )
            article_id += 1
        await self.conn.executemany(
            "INSERT INTO articles (id, name, hash, title, lang, season, date, main_event)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            a_rows,
        )
        await self.conn.executemany(
            "INSERT INTO sentences (id, article_id, idx, paragraph, text) VALUES (?, ?, ?, ?, ?)", s_rows
        )
        await self.conn.execute(
            "INSERT INTO sentences_fts (rowid, text) SELECT id, text FROM sentences WHERE id >= ? AND id < ?",
            (self._next_ids[1], sentence_id),
        )
        await self.conn.executemany(
            "INSERT INTO facts (id, article_id, sentence_id, kind, driver, season, grand_prix, session,"
            " position, others, other_label, penalty, amount, unit, reason, detail, status)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            f_rows,
        )
        self._next_ids = [article_id, sentence_id, fact_id]
        return len(f_rows)

    async def apply(self, upserts: Sequence[tuple[str, str, ParsedArticle]], removals: Sequence[str]) -> int:
        """Insert or replace the given parsed articles and delete the removed ones, in ONE transaction.

        Returns the number of facts written. On any error nothing changes.
        """
        async with self.transaction():
            await self.delete_articles(removals)
            rows = [(name, digest, article_rows(parsed)) for name, digest, parsed in upserts]
            return await self.insert_articles(rows)

    async def fact_batches(self, size: int = 5000) -> AsyncIterator[list[tuple[Any, ...]]]:
        """Every fact's row for ``facts_from_rows``, in insertion order and batches of ``size``, as the
        writing connection sees them (inside a transaction: with its uncommitted writes)."""
        async with self.conn.execute(_FACT_COLUMNS) as cur:
            while rows := await cur.fetchmany(size):
                yield list(rows)  # type: ignore[arg-type]  # rows are plain tuples (no row factory)

    async def data_version(self) -> int:
        """``PRAGMA data_version`` of the writing connection: it changes when another connection commits."""
        async with self.conn.execute("PRAGMA data_version") as cur:
            row = await cur.fetchone()
        return int(row[0]) if row else 0

    async def all_facts(self) -> list[StoredFact]:
        """Every fact with its article name (used to build the in-memory index)."""
        strings: dict[str, str] = {}
        return [sf async for batch in self.fact_batches() for sf in facts_from_rows(batch, strings)]

    async def sentences(self, ids: Sequence[int]) -> dict[int, tuple[str, str, str | None]]:
        """Sentence id -> (article name, sentence text, article title)."""
        if not ids:
            return {}
        marks = ",".join("?" for _ in ids)
        sql = (
            f"SELECT s.id, a.name, s.text, a.title FROM sentences s JOIN articles a ON a.id = s.article_id"
            f" WHERE s.id IN ({marks})"
        )
        # One trip to the database thread (execute, fetch and close together): each trip is ~70 µs of
        # thread hand-over, most of an answer's time.
        rows = await self.reader.execute_fetchall(sql, tuple(ids))
        return {int(r[0]): (str(r[1]), str(r[2]), r[3]) for r in rows}

    async def race_sentences(self, grand_prix: str, season: int) -> list[SentenceRow]:
        """Every sentence of the articles whose race is ``grand_prix`` of ``season``, in reading order (the
        articles by date)."""
        return await self._sentences_of("a.main_event = ? AND a.season = ?", (grand_prix, season))

    async def dated_sentences(self, first: str, last: str) -> list[SentenceRow]:
        """Every sentence of the articles dated ``first`` to ``last`` (ISO dates), in reading order."""
        return await self._sentences_of("a.date >= ? AND a.date <= ?", (first, last))

    async def _sentences_of(self, where: str, params: tuple[Any, ...]) -> list[SentenceRow]:
        # (``where`` is one of the constant conditions above; the values go as parameters)
        sql = (
            "SELECT s.id, s.text, a.name, a.title FROM sentences s JOIN articles a ON a.id = s.article_id"
            f" WHERE {where} ORDER BY a.date, a.name, s.idx"
        )
        rows = await self.reader.execute_fetchall(sql, params)
        return [SentenceRow(int(r[0]), str(r[1]), str(r[2]), r[3]) for r in rows]

    async def search(self, text: str, limit: int = 5) -> list[tuple[str, str]]:
        """Full-text search over sentences: (article, sentence) pairs. User text is quoted, not FTS syntax."""
        # Control characters (a NUL ends the FTS5 string early) and quotes never reach the MATCH expression.
        cleaned = "".join(c if c.isprintable() and c != '"' else " " for c in fold(text))
        words = [w for w in cleaned.split() if any(c.isalnum() for c in w)]
        if not words:
            return []
        query = " ".join('"' + w.replace('"', "") + '"' for w in words[:12])
        sql = (
            "SELECT a.name, s.text FROM sentences_fts JOIN sentences s ON s.id = sentences_fts.rowid"
            " JOIN articles a ON a.id = s.article_id WHERE sentences_fts MATCH ? ORDER BY rank LIMIT ?"
        )
        rows = await self.reader.execute_fetchall(sql, (query, limit))
        return [(str(r[0]), str(r[1])) for r in rows]

    async def counts(self) -> dict[str, Any]:
        """Counts for ``stats``: articles, sentences, facts by kind, seasons, events (committed data)."""
        conn = self.reader
        out: dict[str, Any] = {}
        for table in ("articles", "sentences", "facts"):
            async with conn.execute(f"SELECT COUNT(*) FROM {table}") as cur:  # table names are constants
                row = await cur.fetchone()
                out[table] = int(row[0]) if row else 0
        async with conn.execute("SELECT kind, COUNT(*) FROM facts GROUP BY kind ORDER BY kind") as cur:
            out["by_kind"] = {str(r[0]): int(r[1]) for r in await cur.fetchall()}
        sql = "SELECT DISTINCT season FROM facts WHERE season IS NOT NULL ORDER BY season"
        async with conn.execute(sql) as cur:
            out["seasons"] = tuple(int(r[0]) for r in await cur.fetchall())
        # a neutralisation without a driver ("") and a team's fine or title ("team:...") are no driver
        sql = "SELECT COUNT(DISTINCT driver) FROM facts WHERE driver != '' AND driver NOT LIKE 'team:%'"
        async with conn.execute(sql) as cur:
            row = await cur.fetchone()
            out["drivers"] = int(row[0]) if row else 0
        return out

    async def articles(self) -> list[tuple[str, str | None, str | None, str | None, str]]:
        """(name, title, date, main_event, lang) of every article."""
        sql = "SELECT name, title, date, main_event, lang FROM articles ORDER BY name"
        async with self.reader.execute(sql) as cur:
            return [(str(r[0]), r[1], r[2], r[3], str(r[4])) for r in await cur.fetchall()]

    async def integrity_ok(self) -> bool:
        """``PRAGMA integrity_check`` says ok."""
        async with self.conn.execute("PRAGMA integrity_check") as cur:
            row = await cur.fetchone()
        return bool(row and row[0] == "ok")


def _split_sql(script: str) -> list[str]:
    # Statements end with ';' at the end of a line; trigger bodies hold inner ';' followed by 'END;'.
    out: list[str] = []
    buf: list[str] = []
    depth = 0
    for line in script.strip().splitlines():
        buf.append(line)
        upper = line.strip().upper()
        if upper.startswith("CREATE TRIGGER"):
            depth = 1
        if depth and upper == "END;":
            depth = 0
            out.append("\n".join(buf))
            buf = []
        elif not depth and upper.endswith(";"):
            out.append("\n".join(buf))
            buf = []
    if "".join(buf).strip():
        out.append("\n".join(buf))
    return [s for s in (x.strip() for x in out) if s]


def reference_version(payload: bytes) -> str:
    """A short version string for the reference data (its hash)."""
    import hashlib

    return hashlib.sha256(payload).hexdigest()[:16]
