"""The knowledge base facade: the one object the bot core talks to."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import replace
from pathlib import Path

from rapidfuzz import fuzz, process

from knowledge.answer import Answerer, Draft, FactIndex
from knowledge.gazetteer import load_gazetteer
from knowledge.loader import ArticleError, parse_many, scan
from knowledge.model import Answer, FileProblem, ReloadReport, Source, Stats, Topic
from knowledge.query import Query, QuestionParser
from knowledge.reference import DATA_PATH
from knowledge.store import Store, reference_version
from knowledge.text import fold

log = logging.getLogger(__name__)

_PARSE_CHUNK = 64


class KnowledgeBase:
    """Parsed article facts in SQLite, and answers drawn from them.

    Open with ``await KnowledgeBase.open(db_path)``; close with ``await kb.close()``. Answers come from an
    in-memory index of the stored facts that is rebuilt and swapped in whole after each reload, so a
    question asked during a reload sees either the old or the new knowledge, never a mix.
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self.gz = load_gazetteer()
        self.ref = self.gz.ref
        self.questions = QuestionParser(self.gz)
        self.answerer = Answerer(self.ref)
        self.index = FactIndex([])
        self._lock = asyncio.Lock()
        self.articles_dir: Path | None = None

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

    async def _sync_reference(self) -> None:
        version = reference_version(DATA_PATH.read_bytes())
        drivers = [(d.id, d.full_name, d.code, d.nationality) for d in self.ref.drivers]
        gps = [(g.season, g.round, g.key, g.name_en, g.name_nl, g.date) for g in self.ref.grands_prix]
        await self.store.sync_reference(version, drivers, gps)

    async def _refresh_index(self) -> None:
        facts = await self.store.all_facts()
        self.index = FactIndex(facts)  # one assignment: readers see the old or the new index

    # --- loading --------------------------------------------------------------------------------

    async def reload(self, articles_dir: str | Path) -> ReloadReport:
        """Sync the store with a folder of ``.txt`` articles in one transaction.

        New files are added, changed ones (by content hash) re-parsed, removed ones dropped. A file that
        cannot be read or parsed is reported and keeps its previous version; if the reload fails as a
        whole, the previous knowledge stays in place.
        """
        folder = Path(articles_dir)
        async with self._lock:
            try:
                files, problems = await asyncio.to_thread(scan, folder)
            except ArticleError as exc:
                raise ReloadError(str(exc)) from None
            self.articles_dir = folder
            known = await self.store.article_hashes()
            todo = [f for f in files if known.get(f.name) != f.hash]
            failed = [FileProblem(n, r) for n, r in problems]
            by_path = {str(f.path): f for f in todo}
            upserts = []
            for start in range(0, len(todo), _PARSE_CHUNK):
                chunk = [f.path for f in todo[start:start + _PARSE_CHUNK]]
                for result in await asyncio.to_thread(parse_many, chunk):
                    af = by_path[result[0]]
                    if len(result) == 3:
                        upserts.append((af.name, result[1], result[2]))
                    else:
                        failed.append(FileProblem(af.name, result[1]))
            present = {f.name for f in files} | {p.path for p in failed}
            removed = sorted(n for n in known if n not in present)
            facts = 0
            if upserts or removed:
                facts = await self.store.apply(upserts, removed)
                await self._refresh_index()
            report = ReloadReport(
                added=tuple(n for n, _, _ in upserts if n not in known),
                changed=tuple(n for n, _, _ in upserts if n in known),
                removed=tuple(removed),
                unchanged=len(files) - len(todo),
                failed=tuple(failed),
                facts=facts,
            )
        for problem in report.failed:
            log.warning("article %s skipped: %s", problem.path, problem.reason)
        log.info("reload: %d added, %d changed, %d removed, %d unchanged, %d failed",
                 len(report.added), len(report.changed), len(report.removed), report.unchanged, len(report.failed))
        return report

    async def ingest_file(self, path: str | Path) -> ReloadReport:
        """Add or re-parse one article file (an upload); other articles stay as they are."""
        p = Path(path)
        name = p.name
        async with self._lock:
            known = await self.store.article_hashes()
            result = (await asyncio.to_thread(parse_many, [p]))[0]
            if len(result) == 2:
                return ReloadReport(failed=(FileProblem(name, result[1]),))
            _, digest, parsed = result
            if known.get(name) == digest:
                return ReloadReport(unchanged=1)
            facts = await self.store.apply([(name, digest, parsed)], [])
            await self._refresh_index()
        return ReloadReport(added=(name,) if name not in known else (), changed=(name,) if name in known else (),
                            facts=facts)

    # --- answering ----------------------------------------------------------------------------------

    async def ask(self, question: str, context: Topic | None = None) -> Answer:
        """Answer a free-text question; ``context`` fills in what a follow-up leaves out."""
        q = self.questions.parse(question, context)
        return await self._answer(q)

    async def answer_query(self, q: Query) -> Answer:
        """Answer an already understood query."""
        return await self._answer(q)

    async def _answer(self, q: Query) -> Answer:
        draft: Draft = self.answerer.answer(q, self.index)
        sources: tuple[Source, ...] = ()
        if draft.status == "answered" and draft.sentence_ids:
            rows = await self.store.sentences(list(draft.sentence_ids[:3]))
            sources = tuple(Source(rows[i][0], rows[i][1], rows[i][2]) for i in draft.sentence_ids[:3] if i in rows)
        status = "answered" if draft.status == "answered" else "unknown"
        suggestions = tuple(self.ref.driver(d).full_name for d in q.suggestions  # type: ignore[union-attr]
                            if self.ref.driver(d))
        return Answer(status, draft.text, sources, q.topic(), q.lang, suggestions)

    def _structured(self, parts: list[str], intent: str, lang: str) -> Query:
        q = self.questions.parse(" ".join(p for p in parts if p))
        return replace(q, intent=intent, lang=lang, why=False)

    async def result(self, driver: str, grand_prix: str, season: int | None = None,
                     lang: str = "nl") -> Answer:
        """How ``driver`` finished in ``grand_prix`` (names are resolved fuzzily)."""
        q = self._structured([driver, grand_prix, str(season or "")], "finish", lang)
        if not q.grand_prix:
            return Answer("unknown", _no_gp(grand_prix, lang), lang=lang)
        return await self._answer(q)

    async def championship(self, driver: str, season: int | None = None, lang: str = "nl") -> Answer:
        """The driver's championship position."""
        return await self._answer(self._structured([driver, str(season or "")], "championship", lang))

    async def incidents(self, driver: str, grand_prix: str | None = None, season: int | None = None,
                        lang: str = "nl") -> Answer:
        """Crashes, retirements and penalties of the driver."""
        q = self._structured([driver, grand_prix or "", str(season or "")], "summary", lang)
        if not q.grand_prix and not q.season:
            q = replace(q, intent="collision")
        return await self._answer(q)

    # --- overview ---------------------------------------------------------------------------------

    async def sources_summary(self, lang: str = "nl") -> str:
        """A short text: which articles, seasons and races the bot knows."""
        articles = await self.store.articles()
        races = sorted({(sf.fact.season or 0, sf.fact.grand_prix) for sf in self.index.facts if sf.fact.grand_prix})
        seasons = sorted({s for s, _ in races if s}, reverse=True)
        names = [self.answerer.event_name(k, s or None, lang, with_article=False) for s, k in races if k]
        listed = ", ".join(names[:12]) + (" …" if len(names) > 12 else "")
        if lang == "en":
            return (f"I know {len(articles)} articles covering seasons {', '.join(map(str, seasons)) or '-'}; "
                    f"races: {listed or '-'}.")
        return (f"Ik ken {len(articles)} artikelen over de seizoenen {', '.join(map(str, seasons)) or '-'}; "
                f"races: {listed or '-'}.")

    async def stats(self) -> Stats:
        """Counts of articles, sentences and facts."""
        c = await self.store.counts()
        events = tuple(sorted({sf.fact.grand_prix for sf in self.index.facts if sf.fact.grand_prix}))
        return Stats(c["articles"], c["sentences"], c["facts"], c["by_kind"], c["seasons"], events, c["drivers"])

    def complete_driver(self, prefix: str, limit: int = 25) -> list[str]:
        """Driver names for autocomplete, best matches for ``prefix`` first (drivers in the articles first)."""
        known = [d for d in self.ref.drivers if d.id in self.index.by_driver] or list(self.ref.drivers)
        names = sorted({d.full_name for d in known})
        return _complete(prefix, names, limit)

    def complete_grand_prix(self, prefix: str, limit: int = 25) -> list[str]:
        """Grand Prix names for autocomplete, best matches for ``prefix`` first."""
        keys = self.index.events or list(self.ref.event_keys())
        names: set[str] = set()
        for k in keys:
            try:
                en, nl = self.ref.event_names(k)
            except KeyError:
                continue
            names.update((en, nl))
        return _complete(prefix, sorted(names), limit)


class ReloadError(RuntimeError):
    """A reload that could not run at all (the folder is missing); nothing was changed."""


def _complete(prefix: str, names: list[str], limit: int) -> list[str]:
    p = fold(prefix.strip())
    if not p:
        return names[:limit]
    starts = [n for n in names if any(w.startswith(p) for w in fold(n).split()) or fold(n).startswith(p)]
    rest = [m[0] for m in process.extract(p, names, scorer=fuzz.partial_ratio, processor=fold, limit=limit,
                                          score_cutoff=70) if m[0] not in starts]
    return (starts + rest)[:limit]


def _no_gp(text: str, lang: str) -> str:
    if lang == "en":
        return f"I don't know a Grand Prix called '{text[:40]}'."
    return f"Ik ken geen Grand Prix met de naam '{text[:40]}'."
