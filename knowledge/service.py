"""The knowledge base facade: the one object the bot core talks to."""

from __future__ import annotations

import asyncio
import gc
import logging
import os
from collections import deque
from collections.abc import AsyncGenerator, Awaitable, Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import aclosing
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

from rapidfuzz import fuzz, process

from knowledge.answer import Answerer, Draft, FactIndex
from knowledge.gazetteer import load_gazetteer
from knowledge.loader import ArticleError, ArticleFile, HashCache, ParseResult, parse_many, parse_pool, scan
from knowledge.model import Answer, FileProblem, ReloadReport, Source, Stats, Status, Topic
from knowledge.official import OfficialDataError, OfficialResults, load_bundled, load_official
from knowledge.official_answer import OfficialAnswerer, combine
from knowledge.query import Query, QuestionParser
from knowledge.reference import DATA_PATH
from knowledge.store import ArticleRows, Store, StoredFact, facts_from_rows, reference_version
from knowledge.text import fold
from knowledge.told_sentences import pick_sentence, sentence_reply, wants_sentence
from knowledge.twofold import points_back, split_question

log = logging.getLogger(__name__)

T = TypeVar("T")

_PARSE_CHUNK = 64
# the days around a race whose articles may tell of it in passing (a preview the week before, an aside after)
_BEFORE_RACE_DAYS = 14
_AFTER_RACE_DAYS = 3
# Below this many files to parse, starting parser processes (0.2-0.5 s) costs more than it saves.
POOL_MIN_FILES = 400

_Parsed = list[tuple[str, str, ArticleRows]]  # (name, hash, rows) of a chunk of parsed articles


#: Replies stay short enough for a chat line (``Answer``).
MAX_REPLY_CHARS = 300
_REST_UNKNOWN = {"nl": "De rest van je vraag staat niet in mijn artikelen.",
                 "en": "The rest of your question my articles do not answer."}
_REST_TOO_LONG = {"nl": "Vraag de rest apart, dan antwoord ik kort.",
                  "en": "Ask the rest on its own for a short answer."}

def _asks_nothing(q: Query) -> bool:
    """A part of a question that names no driver, race or season and asks nothing (noise, markup)."""
    return not (q.drivers or q.suggestions or q.grand_prix or q.season or q.intent or q.unsupported or q.why)


class KnowledgeBase:
    """Parsed article facts in SQLite, and answers drawn from them.

    Open with ``await KnowledgeBase.open(db_path)``; close with ``await kb.close()``. Answers come from an
    in-memory index of the stored facts that is rebuilt and swapped in whole after each reload, so a
    question asked during a reload sees either the old or the new knowledge, never a mix.

    A reload of at least ``POOL_MIN_FILES`` changed files is parsed by ``parse_workers`` spawned processes:
    a script that uses it needs the ``if __name__ == "__main__":`` guard (they import its main module).
    """

    #: parser processes for a large reload (1: parse in a thread of this process)
    parse_workers: int = min(4, os.cpu_count() or 1)

    def __init__(self, store: Store) -> None:
        self.store = store
        self.gz = load_gazetteer()
        self.ref = self.gz.ref
        self.questions = QuestionParser(self.gz)
        self.answerer = Answerer(self.ref)
        self.index = FactIndex([])
        self._lock = asyncio.Lock()
        self.articles_dir: Path | None = None
        self._hashes = HashCache()
        # Readers pair ``index`` with sentence rows read from the database. ``_generation`` goes up
        # before a commit starts; a read that saw it change retries, and waits for ``_settled`` (clear
        # from the commit until the new index is in place).
        self._generation = 0
        self._settled = asyncio.Event()
        self._settled.set()
        #: called with the name of each step of a reload ("scanned", "writing", "committed", ...)
        self.on_phase: Callable[[str], None] | None = None
        # The database as of ``index``: unchanged by others while data_version stays the same.
        self._data_version = 0
        #: answers from the official results beside the articles (None: articles alone, as in eval)
        self.official: OfficialAnswerer | None = None
        #: an Ergast CSV folder re-read on reload when it changed (None: the bundled results)
        self.results_dir: Path | None = None
        self._results_signature: tuple[tuple[str, int, int], ...] = ()

    @classmethod
    async def open(cls, db_path: str | Path) -> KnowledgeBase:
        """Open (creating and migrating if needed) the database at ``db_path`` (":memory:" allowed)."""
        store = await Store.open(db_path)
        kb = cls(store)
        await kb._sync_reference()
        await kb._refresh_index()
        return kb

    async def close(self) -> None:
        """Close the database connection."""
        await self.store.close()

    async def use_official(self, results_dir: str | Path | None = None) -> FileProblem | None:
        """Answer from the official results too: the bundled ones, or an Ergast CSV folder.

        A folder is checked whole, and re-read by each :meth:`reload` when its files changed. A bad
        folder is refused (the problem, naming file and row, is returned) and the bundled results are
        used until a good dump is there.
        """
        async with _collection_paused:  # ~10^5 objects made at once: no collections meanwhile, then frozen
            if results_dir is None:
                self.official = await asyncio.to_thread(self._answerer, load_bundled)
                self.results_dir = None
                return None
            self.results_dir = Path(results_dir)
            self._results_signature = ()
            problem = await self._reload_official()
            if problem is not None and self.official is None:
                self.official = await asyncio.to_thread(self._answerer, load_bundled)
            return problem

    def _answerer(self, load: Callable[[], OfficialResults]) -> OfficialAnswerer:
        return OfficialAnswerer(load(), self.ref).warm()

    def _swap_official(
        self, answerer: OfficialAnswerer, folder: Path, signature: tuple[tuple[str, int, int], ...]
    ) -> None:
        # One assignment: a question sees the old or the new results, never a mix.
        self.official = answerer
        self.results_dir = folder
        self._results_signature = signature
        log.info("official results from %s: %d races", folder, len(answerer.off.races))

    async def _reload_official(self) -> FileProblem | None:
        """Re-read ``results_dir`` when its files changed; a bad dump is refused and the old one kept."""
        folder = self.results_dir
        if folder is None:
            return None
        try:
            signature = await asyncio.to_thread(_signature, folder)
            if signature == self._results_signature:
                return None
            answerer = await asyncio.to_thread(self._answerer, lambda: load_official(folder))
        except (OfficialDataError, OSError) as exc:
            log.warning("official results in %s refused: %s", folder, exc)
            return FileProblem(str(folder), f"{exc} (previous official results kept)")
        self._swap_official(answerer, folder, signature)
        return None

    async def _sync_reference(self) -> None:
        version = reference_version(DATA_PATH.read_bytes())
        drivers = [(d.id, d.full_name, d.code, d.nationality) for d in self.ref.drivers]
        gps = [(g.season, g.round, g.key, g.name_en, g.name_nl, g.date) for g in self.ref.grands_prix]
        await self.store.sync_reference(version, drivers, gps)

    async def _refresh_index(self) -> None:
        self.index = await self._build_index()
        self._data_version = await self.store.data_version()

    async def _build_index(self) -> FactIndex:
        # Rows are fetched in the database thread and turned into objects in another, batch by batch
        # (all rows at once took ~65 MB): the loop stays free and the memory peak low.
        with _collection_paused:
            strings: dict[str, str] = {}
            facts: list[StoredFact] = []
            async for batch in self.store.fact_batches():
                facts.extend(await asyncio.to_thread(facts_from_rows, batch, strings))
            del strings
            return await asyncio.to_thread(FactIndex, facts)

    def _phase(self, name: str) -> None:
        log.debug("reload: %s", name)
        if self.on_phase is not None:
            self.on_phase(name)

    async def _consistent(self, read: Callable[[FactIndex], Awaitable[T]]) -> T:
        """Run ``read`` with the current index and see that no commit happened meanwhile (else again)."""
        while True:
            await self._settled.wait()
            generation, index = self._generation, self.index
            result = await read(index)
            if generation == self._generation:
                return result

    # --- loading --------------------------------------------------------------------------------

    async def reload(self, articles_dir: str | Path) -> ReloadReport:
        """Sync the store with a folder of ``.txt`` articles in one transaction.

        New files are added, changed ones (by content hash) re-parsed, removed ones dropped. A file that
        cannot be read or parsed is reported and keeps its previous version; if the reload fails as a
        whole (or the process dies), the previous knowledge stays in place.
        """
        folder = Path(articles_dir)
        async with self._lock, _collection_paused:
            self._phase("scanning")
            try:
                scanned = await asyncio.to_thread(scan, folder, self._hashes)
            except ArticleError as exc:
                raise ReloadError(str(exc)) from None
            self.articles_dir = folder
            known = await self.store.article_hashes()
            todo = [f for f in scanned.files if known.get(f.name) != f.hash]
            failed = [FileProblem(n, r) for n, r in scanned.problems]
            present = {f.name for f in scanned.files} | {n for n, _ in scanned.problems}
            # Articles in a sub-folder that could not be listed were not seen, not removed.
            unlisted = tuple(scanned.unlisted)
            removed = sorted(n for n in known if n not in present and not n.startswith(unlisted))
            self._phase("scanned")
            written: list[str] = []
            facts = 0
            if todo or removed:
                facts = await self._write(self._parse_chunks(todo, failed), removed, written)
            report = ReloadReport(
                added=tuple(n for n in written if n not in known),
                changed=tuple(n for n in written if n in known),
                removed=tuple(removed),
                unchanged=len(scanned.files) - len(todo),
                failed=tuple(failed),
                facts=facts,
            )
        before = self.official
        # One reload at a time; a new dump is ~10^5 objects, made with the collector paused as the index is.
        async with self._lock, _collection_paused:
            refused = await self._reload_official()
        if refused is not None:
            report = replace(report, failed=(*report.failed, refused))
        elif self.official is not before and self.official is not None:
            report = replace(report, official=self.official.summary())
        for problem in report.failed:
            log.warning("article %s skipped: %s", problem.path, problem.reason)
        log.info("reload: %d added, %d changed, %d removed, %d unchanged, %d failed", len(report.added),
                 len(report.changed), len(report.removed), report.unchanged, len(report.failed))
        return report

    async def _parse_chunks(self, todo: list[ArticleFile], failed: list[FileProblem]
                            ) -> AsyncGenerator[_Parsed, None]:
        """Parse ``todo`` in chunks, in order; yields each chunk's parsed (name, hash, rows), appends
        unparsable files to ``failed``.

        A large batch goes to parser processes, a few chunks ahead of the one being written, so that
        parsing goes on during the writes while parsed chunks do not pile up in memory.
        """
        chunks = [[f.path for f in todo[i:i + _PARSE_CHUNK]] for i in range(0, len(todo), _PARSE_CHUNK)]
        pool: ProcessPoolExecutor | None = None
        if self.parse_workers > 1 and len(todo) >= POOL_MIN_FILES:
            # Started in a thread: spawning the processes takes tens of milliseconds.
            pool = await asyncio.to_thread(parse_pool, self.parse_workers)
        ahead: deque[asyncio.Future[list[ParseResult]]] = deque()
        loop = asyncio.get_running_loop()
        self._phase("parsing")
        try:
            for n, paths in enumerate(chunks):
                if pool is not None:
                    while len(ahead) < 2 * self.parse_workers and n + len(ahead) < len(chunks):
                        ahead.append(loop.run_in_executor(pool, parse_many, chunks[n + len(ahead)]))
                    try:
                        results = await ahead.popleft()
                    except BrokenProcessPool:
                        log.warning("a parser process died; parsing the rest in this process")
                        _discard(ahead)
                        pool.shutdown(wait=False)
                        pool = None
                        results = await asyncio.to_thread(parse_many, paths)
                else:
                    results = await asyncio.to_thread(parse_many, paths)
                parsed: _Parsed = []
                # Results come back in the order of the paths (zip by position: a file linked under two
                # names has one path).
                for af, result in zip(todo[n * _PARSE_CHUNK:(n + 1) * _PARSE_CHUNK], results, strict=True):
                    if len(result) == 3:
                        parsed.append((af.name, result[1], result[2]))
                    else:
                        failed.append(FileProblem(af.name, result[1]))
                self._phase(f"parsed chunk {n + 1}/{len(chunks)}")
                yield parsed
        finally:
            _discard(ahead)
            if pool is not None:
                await asyncio.shield(asyncio.to_thread(pool.shutdown, True, cancel_futures=True))

    async def _write(self, chunks: AsyncGenerator[_Parsed, None], removed: Sequence[str],
                     written: list[str]) -> int:
        """Remove ``removed`` and write each parsed chunk in ONE transaction, then swap in the new index.

        Appends the names written to ``written``; returns the number of facts written.
        """
        facts = 0
        index: FactIndex | None = None
        old: FactIndex | None = None
        new_facts: list[StoredFact] = []
        strings: dict[str, str] = {}
        if self.store.shared_reader:
            # One connection for everything: questions would see the transaction's uncommitted rows.
            self._unsettle()
        try:
            # aclosing: a failed write stops the parsing (and its processes) at once.
            async with aclosing(chunks), self.store.transaction():
                self._phase("writing")
                # Another process may have written to the database since our index was built.
                extend = await self.store.data_version() == self._data_version
                await self.store.delete_articles(removed)
                n = 0
                async for parsed in chunks:
                    rows: list[tuple[Any, ...]] = []
                    facts += await self.store.insert_articles(parsed, rows)
                    written.extend(name for name, _, _ in parsed)
                    if extend:
                        new_facts.extend(await asyncio.to_thread(facts_from_rows, rows, strings))
                    n += 1
                    self._phase(f"wrote chunk {n}")
                if written or removed:
                    # Ready inside the transaction: at the commit the new rows and the new index are both
                    # there, and readers switch to them together. The facts of unchanged articles are
                    # the old index's (new facts come last, as their ids do), read back only if the
                    # database changed under us.
                    if extend:
                        gone = set(removed) | set(written)
                        index = await asyncio.to_thread(_extended, self.index, gone, new_facts)
                    else:
                        index = await self._build_index()
                    self._phase("indexed")
                self._unsettle()
                self._phase("committing")
            if index is not None:
                old, self.index = self.index, index
                self._data_version = await self.store.data_version()
        finally:
            self._settled.set()
        self._phase("committed")
        if old is not None:
            # Readers took the old index synchronously and check the generation after any await, so
            # nobody uses it any more; freeing ~10^5 objects at once would stop the loop for ~40 ms.
            await asyncio.to_thread(_release, old)
        return facts

    def _unsettle(self) -> None:
        self._generation += 1
        self._settled.clear()

    async def refresh(self) -> bool:
        """Take over what another process committed to the database since this one's index was built
        (``PRAGMA data_version`` changed): rebuild the index and swap it in whole. True if it did.

        Several processes may share one database file: one reloads (the writer), the others refresh. A
        newer dump in the official results folder is taken in here too (a bad one is logged and refused)."""
        async with self._lock:
            async with _collection_paused:
                await self._reload_official()
            if await self.store.data_version() == self._data_version:
                return False
            with _collection_paused:
                index = await self._build_index()
            self._unsettle()
            try:
                self.index = index
                self._data_version = await self.store.data_version()
            finally:
                self._settled.set()
            log.info("Knowledge base refreshed: another process changed the database")
            return True

    async def ingest_file(self, path: str | Path) -> ReloadReport:
        """Add or re-parse one article file (an upload); other articles stay as they are."""
        p = Path(path)
        name = p.name
        async with self._lock, _collection_paused:
            known = await self.store.article_hashes()
            result = (await asyncio.to_thread(parse_many, [str(p)]))[0]
            if len(result) == 2:
                return ReloadReport(failed=(FileProblem(name, result[1]),))
            _, digest, rows = result
            if known.get(name) == digest:
                return ReloadReport(unchanged=1)
            written: list[str] = []
            facts = await self._write(_single([(name, digest, rows)]), (), written)
        return ReloadReport(added=(name,) if name not in known else (),
                            changed=(name,) if name in known else (), facts=facts)

    # --- answering ----------------------------------------------------------------------------------

    async def ask(self, question: str, context: Topic | None = None) -> Answer:
        """Answer a free-text question; ``context`` fills in what a follow-up leaves out."""
        parts = split_question(question)
        if parts is not None:
            if _asks_nothing(self.questions.parse(parts[0], context)):
                # "AND OR NOT ? Hoe eindigde Pérez ...": what stands before the question mark asks nothing
                return await self._answer(self.questions.parse(parts[1], context))
            return await self._ask_both(*parts, context)
        q = self.questions.parse(question, context)
        return await self._answer(q)

    async def _ask_both(self, first: str, second: str, context: Topic | None) -> Answer:
        """A question of two parts: each answered, the second about the race, the season and the driver the
        first leaves behind; answered only when both parts are (half an answer is not the answer)."""
        q1 = self.questions.parse(first, context)
        a1 = await self._answer(q1)
        q2 = self.questions.parse(second, q1.topic())
        changes: dict[str, object] = {}
        if q2.grand_prix is None and q2.season is None:
            # "... and who was p2": of the race the first part asked about
            changes["season"] = q1.season
            if q2.intent not in ("championship", "points"):
                changes["grand_prix"] = q1.grand_prix
            if q2.session is None and q1.session == "sprint":
                changes["session"] = q1.session
        if not q2.drivers and points_back(second):
            # "who won ... and who was chasing him": the driver the first part asked about, else the one its
            # answer names
            named = q1.drivers or (self.questions.parse(a1.text).drivers if a1.status == "answered" else ())
            if len(named) == 1:
                changes["drivers"] = named
        if changes:
            q2 = replace(q2, **changes)  # type: ignore[arg-type]
        a2 = await self._answer(q2)
        status: Status = "answered" if a1.status == a2.status == "answered" else "unknown"
        # (an unknown reply keeps the sources of the part it does answer: that part is still an answer)
        sources = tuple(dict.fromkeys(a1.sources + a2.sources))[:3]
        text = f"{a1.text} {a2.text}"
        if len(text) >= MAX_REPLY_CHARS:
            rest = _REST_UNKNOWN[a1.lang] if a2.status != "answered" else _REST_TOO_LONG[a1.lang]
            text = f"{a1.text} {rest}" if len(a1.text) + len(rest) < MAX_REPLY_CHARS else a1.text
            status = "unknown"
            sources = a1.sources
        return Answer(status, text, sources, a2.topic, a1.lang,
                      tuple(dict.fromkeys(a1.suggestions + a2.suggestions)))

    async def answer_query(self, q: Query) -> Answer:
        """Answer an already understood query."""
        return await self._answer(q)

    async def _answer(self, q: Query) -> Answer:
        async def read(index: FactIndex) -> tuple[Draft, tuple[Source, ...]]:
            draft: Draft = self.answerer.answer(q, index)
            sources: tuple[Source, ...] = ()
            if draft.status == "answered" and draft.sentence_ids:
                ids = draft.sentence_ids[:3]
                rows = await self.store.sentences(list(ids))
                sources = tuple(Source(rows[i][0], rows[i][1], rows[i][2]) for i in ids if i in rows)
            return draft, sources

        draft, sources = await self._consistent(read)
        if draft.quote_source and sources:
            draft = replace(draft, text=sentence_reply(sources[0].sentence, q.lang))
        suggestions = tuple(self.ref.driver(d).full_name for d in q.suggestions  # type: ignore[union-attr]
                            if self.ref.driver(d))
        official = self.official.answer(q) if self.official is not None else None
        if draft.status != "answered" and official is None:
            draft, sources = await self._told_in_sentence(q, draft, sources)
        text = draft.text
        if official is not None:
            verdict, text, sources = combine(draft.status, text, sources, official, q.lang)
            draft = replace(draft, status=verdict, text=text)
        status: Status = "answered" if draft.status == "answered" else "unknown"
        # An unknown answer leaves a topic only when the question named its own driver or race: "en Norris?"
        # after "how many laps did Pérez do" asks laps again, but a stray word does not replace the topic.
        topic = q.topic() if status == "answered" or q.own_subject else Topic()
        if draft.season is not None and topic.season is None:
            topic = replace(topic, season=draft.season)  # "en Norris?" stays in the season answered for
        if official is not None and status == "answered":
            topic = replace(topic, drivers=official.drivers or topic.drivers,
                            grand_prix=official.grand_prix or topic.grand_prix)
        return Answer(status, text, sources, topic, q.lang, suggestions)

    async def _told_in_sentence(
        self, q: Query, draft: Draft, sources: tuple[Source, ...]
    ) -> tuple[Draft, tuple[Source, ...]]:
        """What no fact kind holds, told by a sentence of the race's articles: that sentence as the answer
        (else the draft as it was)."""
        if not wants_sentence(q) or not q.grand_prix or q.season is None:
            return draft, sources
        rows = await self.store.race_sentences(q.grand_prix, q.season)
        told = pick_sentence(self.ref, q, [(r.id, r.text) for r in rows])
        race = self.ref.race(q.season, q.grand_prix)
        if told is None and race is not None:
            # "Grosjean wordt komend weekend bij de GP van Sakhir vervangen door Fittipaldi", in a piece the
            # week before whose race is the one before: a sentence naming the race, of the days around it (the
            # race's name looked for last, in the few sentences that pass the rest)
            day = date.fromisoformat(race.date)
            first = (day - timedelta(days=_BEFORE_RACE_DAYS)).isoformat()
            last = (day + timedelta(days=_AFTER_RACE_DAYS)).isoformat()
            rows = await self.store.dated_sentences(first, last)
            gp = q.grand_prix
            told = pick_sentence(
                self.ref,
                q,
                [(r.id, r.text) for r in rows],
                accept=lambda t: any(gp in h.ids for h in self.gz.grands_prix(fold(t))),
            )
        row = next((r for r in rows if told is not None and r.id == told[0]), None)
        if told is None or row is None:
            return draft, sources
        # (the reply quotes the part of the sentence that tells it; the source is the whole sentence)
        reply = sentence_reply(told[1], q.lang)
        return Draft("answered", reply, (row.id,)), (Source(row.article, row.text, row.title),)

    def _structured(self, parts: list[str], intent: str, lang: str, season: int | None = None) -> Query:
        q = self.questions.parse(" ".join(p for p in parts if p))
        q = replace(q, intent=intent, lang=lang, why=False)
        # A driver and race of before the article era read as no question at all: keep the season asked.
        return replace(q, season=season) if season is not None and q.season is None else q

    async def result(self, driver: str, grand_prix: str, season: int | None = None,
                     lang: str = "nl") -> Answer:
        """How ``driver`` finished in ``grand_prix`` (names are resolved fuzzily)."""
        q = self._structured([driver, grand_prix, str(season or "")], "finish", lang, season)
        if not q.grand_prix and not (self.official and self.official.race_of(q)):
            return Answer("unknown", _no_gp(grand_prix, lang), lang=lang)
        return await self._answer(q)

    async def championship(self, driver: str, season: int | None = None, lang: str = "nl") -> Answer:
        """The driver's championship position."""
        return await self._answer(self._structured([driver, str(season or "")], "championship", lang, season))

    async def incidents(self, driver: str, grand_prix: str | None = None, season: int | None = None,
                        lang: str = "nl") -> Answer:
        """Crashes, retirements and penalties of the driver."""
        # Without a Grand Prix or season: the newest season the articles tell the driver's incidents of.
        q = self._structured([driver, grand_prix or "", str(season or "")], "incidents", lang)
        return await self._answer(q)

    # --- overview ---------------------------------------------------------------------------------

    async def sources_summary(self, lang: str = "nl", season: int | None = None) -> str:
        """Which articles, seasons and races the bot knows: every race, by season in calendar order
        (races of articles without a date apart). When the full list would be long, only the number
        of races per season, and ``season`` lists one season's races."""
        async def read(index: FactIndex) -> tuple[int, FactIndex]:
            return len(await self.store.articles()), index

        n_articles, index = await self._consistent(read)
        by_season: dict[int, set[str]] = {}
        for sf in index.facts:
            if sf.fact.grand_prix:
                by_season.setdefault(sf.fact.season or 0, set()).add(sf.fact.grand_prix)
        en = lang == "en"
        seasons = sorted((s for s in by_season if s), reverse=True)
        if season is not None:
            if season not in by_season:
                known = ", ".join(map(str, seasons)) or "-"
                return (f"I know no races of {season}; seasons: {known}." if en else
                        f"Van {season} ken ik geen races; seizoenen: {known}.")
            races = self._race_names(season, by_season[season], lang)
            return f"{season}, {_races(len(races))}: {', '.join(races)}."
        head = (f"I know {n_articles} articles covering {len(seasons)} seasons." if en else
                f"Ik ken {n_articles} artikelen over {len(seasons)} seizoenen.")
        if self.official is not None:
            head += (f" Plus the official results: {self.official.summary()}." if en
                     else f" En de officiële uitslagen: {self.official.summary()}.")
        undated = self._race_names(0, by_season.get(0, set()), lang)
        tail = [f"{'Season unknown' if en else 'Seizoen onbekend'}: {', '.join(undated)}."] if undated else []
        full = [f"{s} ({_races(len(by_season[s]))}): {', '.join(self._race_names(s, by_season[s], lang))}."
                for s in seasons]
        if sum(len(line) for line in full) <= SOURCES_CHARS:
            return "\n".join([head, *full, *tail])
        counts = [f"{s}: {_races(len(by_season[s]))}" for s in seasons]
        hint = (f"The races of one season: /sources {seasons[0]}" if en else
                f"De races van één seizoen: /bronnen {seasons[0]}")
        return "\n".join([head, *counts, *tail, hint])

    def _race_names(self, season: int, keys: set[str], lang: str) -> list[str]:
        """Short names of the races ``keys`` of ``season`` in calendar order (season 0: unknown, by name)."""
        named: list[tuple[int, str]] = []
        for key in keys:
            gp = (self.ref.race(season, key) if season else
                  next((g for g in reversed(self.ref.grands_prix) if g.key == key), None))
            if gp is not None:
                named.append((gp.round if season else 0, gp.short_en if lang == "en" else gp.short_nl))
            else:
                named.append((99, key))
        return [name for _, name in sorted(named)]

    async def stats(self) -> Stats:
        """Counts of articles, sentences and facts."""
        async def read(index: FactIndex) -> tuple[dict[str, Any], FactIndex]:
            return await self.store.counts(), index

        c, index = await self._consistent(read)
        events = tuple(sorted({sf.fact.grand_prix for sf in index.facts if sf.fact.grand_prix}))
        return Stats(c["articles"], c["sentences"], c["facts"], c["by_kind"], c["seasons"], events,
                     c["drivers"])

    def complete_driver(self, prefix: str, limit: int = 25) -> list[str]:
        """Driver names for autocomplete, best matches for ``prefix`` first (drivers in articles first).

        A driver matches by full name and by nickname ("checo" offers Sergio Pérez)."""
        known = [d for d in self.ref.drivers if d.id in self.index.by_driver] or list(self.ref.drivers)
        entries = {d.full_name: (d.full_name, *d.nicknames) for d in known}
        items = sorted(entries.items())
        if self.official is not None:
            # Every driver of the official results, after the ones the articles know.
            items += sorted((n, (n,)) for n in set(self.official.all_driver_names()) - set(entries))
        return _complete(prefix, items, limit)

    def complete_team(self, prefix: str, limit: int = 25) -> list[str]:
        """Team names for autocomplete (/championship takes a team): the teams of the constructors'
        championship in the official results, else the article era's teams."""
        names = self.official.all_team_names() if self.official is not None else []
        items: list[tuple[str, tuple[str, ...]]] = [(n, (n,)) for n in names]
        items = items or [(t.name, (t.name, *t.aliases)) for t in self.ref.teams]
        return _complete(prefix, sorted(items), limit)

    def complete_grand_prix(self, prefix: str, limit: int = 25, lang: str = "nl") -> list[str]:
        """Grand Prix names for autocomplete in ``lang``, one per race, best matches for ``prefix`` first.

        A race matches by its English and Dutch name and its other names (city, circuit, country)."""
        keys = self.index.events or list(self.ref.event_keys())
        spellings: dict[str, set[str]] = {}
        for gp in self.ref.grands_prix:
            spellings.setdefault(gp.key, set()).update((gp.name_en, gp.name_nl, *gp.aliases))
        entries: dict[str, tuple[str, ...]] = {}
        for k in keys:
            try:
                en, nl = self.ref.event_names(k)
            except KeyError:
                continue
            label = en if lang == "en" else nl
            entries[label] = (label, *sorted(spellings.get(k, set()) - {label}))
        items = sorted(entries.items())
        if self.official is not None:
            # Every Grand Prix of the official results, after the ones the articles know.
            items += sorted((k, v) for k, v in self.official.race_labels(lang).items() if k not in entries)
        return _complete(prefix, items, limit)


SOURCES_CHARS = 1500
"""/sources lists every race when the list is at most this long (it fits one chat message)."""


def _races(n: int) -> str:
    """"1 race", "2 races" (the same in Dutch and English)."""
    return f"{n} race" if n == 1 else f"{n} races"


def _signature(folder: Path) -> tuple[tuple[str, int, int], ...]:
    """Name, size and modification time of each CSV file: a changed dump has another signature."""
    if not folder.is_dir():
        raise OfficialDataError(f"{folder}: not a folder")
    return tuple(sorted((p.name, st.st_size, st.st_mtime_ns) for p in folder.glob("*.csv")
                        for st in [p.stat()]))


def _discard(futures: deque[asyncio.Future[list[ParseResult]]]) -> None:
    # Cancel what has not run; mark failures of what has as seen (no "exception never retrieved").
    while futures:
        fut = futures.popleft()
        if not fut.cancel() and not fut.cancelled():
            fut.exception()


class _CollectionPause:
    """Pauses the cyclic garbage collector while a reload makes and keeps ~10^5 objects.

    Each full collection traverses every tracked object; during a reload one stopped the event loop for
    50-200 ms. At the end of the outermost pause everything alive (the new index above all) is frozen out
    of later collections; it is still freed by reference counting when replaced. The price: reference
    cycles that became garbage during the pause are frozen too (a few, small).
    """

    def __init__(self) -> None:
        self._depth = 0
        self._was_enabled = True

    def __enter__(self) -> None:
        if self._depth == 0:
            self._was_enabled = gc.isenabled()
            gc.disable()
        self._depth += 1

    def __exit__(self, *exc: object) -> None:
        self._depth -= 1
        if self._depth == 0:
            gc.freeze()
            if self._was_enabled:
                gc.enable()

    async def __aenter__(self) -> None:
        self.__enter__()

    async def __aexit__(self, *exc: object) -> None:
        self.__exit__()


# One for the process, as the collector is.
_collection_paused = _CollectionPause()


def _extended(index: FactIndex, gone: set[str], new: list[StoredFact]) -> FactIndex:
    return FactIndex([sf for sf in index.facts if sf.article not in gone] + new)


def _release(index: FactIndex) -> None:
    # Drop the per-key lists (they share the fact objects), then the facts in slices, so that other
    # threads (the event loop) get the interpreter between the slices.
    facts = getattr(index, "facts", None)
    try:
        vars(index).clear()
    except TypeError:
        return
    if isinstance(facts, list):
        while facts:
            del facts[-2000:]


async def _single(item: T) -> AsyncGenerator[T, None]:
    yield item


class ReloadError(RuntimeError):
    """A reload that could not run at all (the folder is missing); nothing was changed."""


_folded = lru_cache(maxsize=8192)(fold)
"""``fold`` of the names offered for completion (a fixed set: folded once, not on every keystroke)."""


@lru_cache(maxsize=8192)
def _prefixes(name: str) -> tuple[str, ...]:
    """What a typed prefix may start: the folded name and each of its words."""
    folded = _folded(name)
    return (folded, *folded.split())


def _complete(prefix: str, entries: list[tuple[str, tuple[str, ...]]], limit: int) -> list[str]:
    """Labels of ``entries`` (label, spellings) matching ``prefix``: a word of a spelling starting with it
    first, then fuzzy matches; each label once."""
    p = fold(prefix.strip())
    if not p:
        return [label for label, _ in entries][:limit]
    starts = [label for label, names in entries if any(w.startswith(p) for n in names for w in _prefixes(n))]
    owner = {n: label for label, names in entries for n in names}
    found = process.extract(p, list(owner), scorer=fuzz.partial_ratio, processor=_folded, limit=limit * 3,
                            score_cutoff=70)
    rest = list(dict.fromkeys(owner[m[0]] for m in found if owner[m[0]] not in starts))
    return (starts + rest)[:limit]


def _no_gp(text: str, lang: str) -> str:
    if lang == "en":
        return f"I don't know a Grand Prix called '{text[:40]}'."
    return f"Ik ken geen Grand Prix met de naam '{text[:40]}'."
