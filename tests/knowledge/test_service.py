"""knowledge.service.KnowledgeBase over a real SQLite file and real article folders in tmp_path."""

from __future__ import annotations

import asyncio
import os
import sqlite3
import time
from pathlib import Path

import pytest

from knowledge.loader import MAX_ARTICLE_BYTES
from knowledge.service import KnowledgeBase, ReloadError
from knowledge.store import _MIGRATIONS, SCHEMA_VERSION
from tests.knowledge.conftest import ARTICLES, write_articles

EXTRA = (
    "date 2024-09-16\n\n"
    "Oscar Piastri won de Grand Prix van Azerbeidzjan. Charles Leclerc werd tweede in Bakoe.\n"
)


async def open_kb(tmp_path: Path) -> KnowledgeBase:
    return await KnowledgeBase.open(tmp_path / "db" / "kb.sqlite3")


# --- reload ------------------------------------------------------------------------------------------


async def test_first_reload_adds_everything(tmp_path: Path, articles_dir: Path) -> None:
    kb = await open_kb(tmp_path)
    try:
        report = await kb.reload(articles_dir)
        assert sorted(report.added) == sorted(ARTICLES)
        assert (report.changed, report.removed, report.unchanged, report.failed) == ((), (), 0, ())
        assert report.facts > 10
        stats = await kb.stats()
        assert stats.articles == 3
        assert {"canada", "monaco", "abu_dhabi"} <= set(stats.grands_prix)
        assert stats.seasons == (2023, 2024)
    finally:
        await kb.close()


async def test_reload_added_changed_removed_unchanged(kb: KnowledgeBase, articles_dir: Path) -> None:
    (articles_dir / "bakoe-2024.txt").write_text(EXTRA, encoding="utf-8")
    (articles_dir / "canada-2024.txt").write_text(
        "date 2024-06-10\n\nLando Norris heeft de Grand Prix van Canada gewonnen.\n", encoding="utf-8"
    )
    (articles_dir / "abu-dhabi-2023.txt").unlink()
    report = await kb.reload(articles_dir)
    assert report.added == ("bakoe-2024.txt",)
    assert report.changed == ("canada-2024.txt",)
    assert report.removed == ("abu-dhabi-2023.txt",)
    assert report.unchanged == 1
    assert report.failed == ()

    assert "Piastri" in (await kb.ask("Wie won in Bakoe?")).text
    canada = await kb.ask("Wie won de GP van Canada?")
    assert "Norris" in canada.text and "Verstappen" not in canada.text
    gone = await kb.ask("Hoe eindigde Pérez in het kampioenschap van 2023?")
    assert gone.status == "unknown"


async def test_reload_without_changes_writes_nothing(kb: KnowledgeBase, articles_dir: Path) -> None:
    report = await kb.reload(articles_dir)
    assert (report.added, report.changed, report.removed, report.facts) == ((), (), (), 0)
    assert report.unchanged == len(ARTICLES)


async def test_touching_a_file_without_changing_it_is_unchanged(
    kb: KnowledgeBase, articles_dir: Path
) -> None:
    path = articles_dir / "canada-2024.txt"
    os.utime(path, (1, 1))
    report = await kb.reload(articles_dir)
    assert report.changed == () and report.unchanged == len(ARTICLES)


async def test_subfolders_are_read_with_relative_names(kb: KnowledgeBase, articles_dir: Path) -> None:
    (articles_dir / "2024").mkdir()
    (articles_dir / "2024" / "bakoe.txt").write_text(EXTRA, encoding="utf-8")
    (articles_dir / "notes.md").write_text("Verstappen won overal.", encoding="utf-8")
    report = await kb.reload(articles_dir)
    assert report.added == ("2024/bakoe.txt",)
    answer = await kb.ask("Wie won in Bakoe?")
    assert answer.sources and answer.sources[0].article == "2024/bakoe.txt"


@pytest.mark.parametrize(
    "name, data, reason",
    [
        ("latin1.txt", "Pérez werd derde in Mexico.".encode("latin-1"), "UTF-8"),
        ("binary.txt", b"date 2024-05\n\x00\x01\x02 Verstappen won", "NUL"),
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\n\t ", "empty"),
        ("huge.txt", b"Norris won. " * (MAX_ARTICLE_BYTES // 12 + 10), "too large"),
        ("punct.txt", b"... !!! ???", "no sentences"),
    ],
)
async def test_unreadable_file_is_reported_and_others_load(
    tmp_path: Path, articles_dir: Path, name: str, data: bytes, reason: str
) -> None:
    (articles_dir / name).write_bytes(data)
    kb = await open_kb(tmp_path)
    try:
        report = await kb.reload(articles_dir)
        assert [p.path for p in report.failed] == [name]
        assert reason in report.failed[0].reason
        assert sorted(report.added) == sorted(ARTICLES)
        assert (await kb.ask("Wie won de Grand Prix van Canada?")).status == "answered"
    finally:
        await kb.close()


async def test_bom_is_accepted(tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "a", {})
    (folder / "bom.txt").write_bytes(b"\xef\xbb\xbf" + EXTRA.encode("utf-8"))
    kb = await open_kb(tmp_path)
    try:
        report = await kb.reload(folder)
        assert report.added == ("bom.txt",) and report.failed == ()
        assert "Piastri" in (await kb.ask("Who won in Baku in 2024?")).text
    finally:
        await kb.close()


async def test_loaded_file_that_becomes_unreadable_keeps_serving(
    kb: KnowledgeBase, articles_dir: Path
) -> None:
    (articles_dir / "canada-2024.txt").write_bytes(b"\xff\xfe kapot \x00")
    report = await kb.reload(articles_dir)
    assert [p.path for p in report.failed] == ["canada-2024.txt"]
    assert report.removed == ()
    answer = await kb.ask("Wie won de Grand Prix van Canada?")
    assert answer.status == "answered" and "Verstappen" in answer.text
    # Once fixed, the new content replaces the old facts.
    (articles_dir / "canada-2024.txt").write_text(
        "date 2024-06-10\n\nGeorge Russell won de Grand Prix van Canada.\n", encoding="utf-8"
    )
    report = await kb.reload(articles_dir)
    assert report.changed == ("canada-2024.txt",)
    assert "Russell" in (await kb.ask("Wie won de Grand Prix van Canada?")).text


async def test_symlink_outside_the_folder_is_refused(tmp_path: Path, articles_dir: Path) -> None:
    outside = tmp_path / "secret.txt"
    outside.write_text("Lando Norris won de Grand Prix van Bakoe.", encoding="utf-8")
    try:
        (articles_dir / "link.txt").symlink_to(outside)
    except OSError:
        pytest.skip("symlinks not supported")
    kb = await open_kb(tmp_path)
    try:
        report = await kb.reload(articles_dir)
        assert [p.path for p in report.failed] == ["link.txt"]
        assert (await kb.ask("Wie won in Bakoe?")).status == "unknown"
    finally:
        await kb.close()


async def test_reload_of_missing_folder_raises_and_keeps_knowledge(kb: KnowledgeBase, tmp_path: Path) -> None:
    before = await kb.stats()
    with pytest.raises(ReloadError, match="not found"):
        await kb.reload(tmp_path / "does-not-exist")
    assert await kb.stats() == before
    assert (await kb.ask("Wie won de Grand Prix van Canada?")).status == "answered"


async def test_reload_of_empty_folder_removes_everything(kb: KnowledgeBase, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    report = await kb.reload(empty)
    assert sorted(report.removed) == sorted(ARTICLES)
    assert (await kb.stats()).facts == 0
    assert (await kb.ask("Wie won de Grand Prix van Canada?")).status == "unknown"


async def test_ingest_file(kb: KnowledgeBase, tmp_path: Path) -> None:
    upload = tmp_path / "upload" / "bakoe.txt"
    upload.parent.mkdir()
    upload.write_text(EXTRA, encoding="utf-8")
    report = await kb.ingest_file(upload)
    assert report.added == ("bakoe.txt",) and report.facts >= 2
    assert (await kb.ingest_file(upload)).unchanged == 1
    upload.write_text(EXTRA.replace("Oscar Piastri", "George Russell"), encoding="utf-8")
    assert (await kb.ingest_file(upload)).changed == ("bakoe.txt",)
    assert "Russell" in (await kb.ask("Wie won in Bakoe?")).text
    # The rest of the knowledge is untouched.
    assert (await kb.ask("Wie won de Grand Prix van Canada?")).status == "answered"
    bad = tmp_path / "upload" / "bad.txt"
    bad.write_bytes(b"\x00\x00")
    failed = await kb.ingest_file(bad)
    assert failed.failed and "NUL" in failed.failed[0].reason


async def test_questions_during_reload_see_old_or_new(kb: KnowledgeBase, articles_dir: Path) -> None:
    for i in range(20):
        (articles_dir / f"extra-{i}.txt").write_text(EXTRA, encoding="utf-8")

    async def ask_many() -> list[str]:
        out = []
        for _ in range(20):
            out.append((await kb.ask("Wie won de Grand Prix van Canada?")).status)
            await asyncio.sleep(0)
        return out

    statuses, report = await asyncio.gather(ask_many(), kb.reload(articles_dir))
    assert set(statuses) == {"answered"}
    assert len(report.added) == 20


# --- persistence ---------------------------------------------------------------------------------------


async def test_database_survives_close_and_reopen(tmp_path: Path, articles_dir: Path) -> None:
    kb = await open_kb(tmp_path)
    await kb.reload(articles_dir)
    stats = await kb.stats()
    await kb.close()
    assert (tmp_path / "db" / "kb.sqlite3").is_file()

    kb2 = await open_kb(tmp_path)
    try:
        assert await kb2.stats() == stats
        answer = await kb2.ask("Wie won de Grand Prix van Canada?")
        assert answer.status == "answered" and "Verstappen" in answer.text
        report = await kb2.reload(articles_dir)
        assert report.unchanged == len(ARTICLES) and report.added == ()
    finally:
        await kb2.close()


async def test_user_version_is_migration_count(tmp_path: Path) -> None:
    kb = await open_kb(tmp_path)
    await kb.close()
    kb = await open_kb(tmp_path)  # reopening does not migrate twice
    await kb.close()
    con = sqlite3.connect(tmp_path / "db" / "kb.sqlite3")
    try:
        assert con.execute("PRAGMA user_version").fetchone()[0] == len(_MIGRATIONS) == SCHEMA_VERSION
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert {"articles", "sentences", "facts", "sentences_fts", "ref_drivers", "ref_grands_prix"} <= tables
        assert con.execute("SELECT COUNT(*) FROM ref_drivers").fetchone()[0] > 20
    finally:
        con.close()


@pytest.mark.parametrize(
    "text",
    [
        'Verstappen"',
        '"',
        '""',
        "Norris AND",
        "OR",
        "NEAR(",
        "NEAR(a b",
        "*",
        "Pérez*",
        "col:x",
        "text:Norris",
        "Norris OR",
        "(((",
        ")",
        "-",
        "^Norris",
        "'; DROP TABLE facts; --",
        "\x00",
        "{a b}:c",
        "a NOT",
        "+ - * /",
    ],
)
async def test_fts_search_with_hostile_input_never_raises(kb: KnowledgeBase, text: str) -> None:
    results = await kb.store.search(text)
    assert isinstance(results, list)
    assert (await kb.stats()).articles == 3


async def test_fts_search_folds_accents(kb: KnowledgeBase) -> None:
    hits = await kb.store.search("perez albon")
    assert hits and hits[0][0] == "canada-2024.txt" and "Pérez" in hits[0][1]
    assert await kb.store.search("Pérez") == await kb.store.search("PEREZ")


# --- answers -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question, lang, expected",
    [
        ("Wie won de Grand Prix van Canada?", "nl", "Verstappen"),
        ("Who won in Canada in 2024?", "en", "Verstappen"),
        ("Hoe eindigde Norris in Canada?", "nl", "tweede"),
        ("Where did Russell finish in Canada?", "en", "third"),
        ("Met wie botste Perez in Canada?", "nl", "Albon"),
        ("Waarom viel Leclerc uit in Canada?", "nl", "motor"),
        ("Waarom kreeg Ocon een tijdstraf in Canada?", "nl", "aanrijding"),
        ("Who won the Monaco Grand Prix?", "en", "Leclerc"),
        ("Who did Magnussen collide with in Monaco?", "en", "Pérez"),
        ("Hoe eindigde Checo in het kampioenschap van 2023?", "nl", "tweede"),
        ("Wie won in Abu Dhabi in 2023?", "nl", "Verstappen"),
        ("Wie werd derde in Canada?", "nl", "Russell"),
    ],
)
async def test_answers_are_short_in_language_with_sources(
    kb: KnowledgeBase, question: str, lang: str, expected: str
) -> None:
    answer = await kb.ask(question)
    assert answer.status == "answered"
    assert expected in answer.text
    assert len(answer.text) < 300
    assert answer.lang == lang
    assert answer.sources
    for src in answer.sources:
        assert src.article in ARTICLES
        assert src.sentence and src.sentence in ARTICLES[src.article].replace("\n", " ")


async def test_source_title_comes_from_header(kb: KnowledgeBase) -> None:
    answer = await kb.ask("Wie won de Grand Prix van Canada?")
    assert answer.sources[0].title == "Verstappen wint chaotische Grand Prix van Canada"


@pytest.mark.parametrize(
    "question",
    [
        "Wie won in Bakoe?",  # race not covered
        "Who won the 2022 Monaco Grand Prix?",  # season not covered
        "Hoe eindigde Norris in Canada in 2023?",
        "Hoe eindigde Hamilton in Canada?",  # driver not mentioned
        "Hoe eindigde Norris in de sprint in Canada?",  # sprint never mentioned
        "Hoeveel kost een kaartje?",  # off topic
        "Wat is de hoofdstad van Frankrijk?",
        "Waarom kreeg Norris een straf in Canada?",  # no penalty for him
        "Met wie botste Verstappen in Canada?",
        "",
    ],
)
async def test_abstains_when_articles_do_not_say(kb: KnowledgeBase, question: str) -> None:
    answer = await kb.ask(question)
    assert answer.status == "unknown"
    assert answer.sources == ()
    assert len(answer.text) < 300


async def test_unknown_answer_is_in_question_language(kb: KnowledgeBase) -> None:
    nl = await kb.ask("Wie won de Grand Prix van Bakoe in 2024?")
    en = await kb.ask("Who won the 2024 Azerbaijan Grand Prix?")
    assert (nl.status, nl.lang, en.status, en.lang) == ("unknown", "nl", "unknown", "en")
    assert nl.text.startswith("Ik weet niet wie won in de GP van Azerbeidzjan 2024"), nl.text
    assert en.text.startswith("I don't know who won in the 2024 Azerbaijan GP"), en.text


async def test_ambiguous_name_suggests(kb: KnowledgeBase) -> None:
    answer = await kb.ask("Hoe eindigde Jack in Monaco?")
    assert answer.status == "unknown"
    assert set(answer.suggestions) == {"Jack Aitken", "Jack Doohan"}


async def test_followup_through_topic(kb: KnowledgeBase) -> None:
    first = await kb.ask("Hoe eindigde Norris in Canada?")
    second = await kb.ask("En Russell?", context=first.topic)
    assert second.status == "answered" and "Russell" in second.text and "derde" in second.text
    third = await kb.ask("en in 2023?", context=first.topic)
    assert third.status == "unknown"


async def test_structured_calls(kb: KnowledgeBase) -> None:
    r = await kb.result("Verstapen", "Canada", 2024)
    assert r.status == "answered" and "Verstappen" in r.text
    c = await kb.championship("Perez", 2023, lang="en")
    assert c.status == "answered" and c.lang == "en" and "second" in c.text
    i = await kb.incidents("Magnussen", "Monaco")
    assert i.status == "answered" and "Pérez" in i.text
    unknown_gp = await kb.result("Norris", "Atlantis")
    assert unknown_gp.status == "unknown" and "Atlantis" in unknown_gp.text


async def test_completion(kb: KnowledgeBase) -> None:
    assert kb.complete_driver("ver")[0] == "Max Verstappen"
    assert "Sergio Pérez" in kb.complete_driver("per")
    assert "Sergio Pérez" in kb.complete_driver("Pérez")
    assert len(kb.complete_driver("", limit=5)) <= 5
    gps = kb.complete_grand_prix("can")
    assert gps and all("Canad" in g for g in gps[:2])
    # One entry per race, in the language asked for; other names of the race match too.
    assert kb.complete_grand_prix("can", lang="en")[:1] == ["Canadian Grand Prix"]
    assert kb.complete_grand_prix("montr", lang="nl")[:1] == ["Grand Prix van Canada"]
    assert len(set(kb.complete_grand_prix("", limit=100))) == len(kb.complete_grand_prix("", limit=100))
    # Nicknames find their driver.
    assert kb.complete_driver("checo")[:1] == ["Sergio Pérez"]
    # Only drivers the articles mention are offered first.
    assert "Lewis Hamilton" not in kb.complete_driver("ham")[:1]


async def test_sources_summary(kb: KnowledgeBase) -> None:
    nl = await kb.sources_summary("nl")
    en = await kb.sources_summary("en")
    assert nl.startswith("Ik ken 3 artikelen") and "2024" in nl
    assert en.startswith("I know 3 articles") and "2023" in en
    # Complete and grouped by season: every race of the articles, each under its season, never cut off.
    stats = await kb.stats()
    for key in stats.grands_prix:
        assert any(g.short_nl in nl for g in kb.ref.grands_prix if g.key == key), key
    assert "…" not in nl
    one = await kb.sources_summary("en", season=2024)
    assert one.startswith("2024, ") and "2023" not in one
    assert (await kb.sources_summary("nl", season=1999)).startswith("Van 1999 ken ik geen races")


async def test_long_sources_list_gives_counts_per_season_and_points_to_one_season(
        kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("knowledge.service.SOURCES_CHARS", 10)
    text = await kb.sources_summary("nl")
    lines = text.splitlines()
    assert lines[0].startswith("Ik ken 3 artikelen")
    assert lines[-1].startswith("De races van één seizoen: /bronnen 20")
    assert all(": " in line and line.endswith(("race", "races")) for line in lines[1:-1] if line[:2] == "20")


async def test_memory_database(articles_dir: Path) -> None:
    kb = await KnowledgeBase.open(":memory:")
    try:
        await kb.reload(articles_dir)
        assert (await kb.stats()).articles == 3
    finally:
        await kb.close()


# --- parsing in processes, the hash cache, the collector ---------------------------------------------

BUNDLED = Path(__file__).resolve().parents[2] / "knowledge" / "articles"


async def facts_and_sources(kb: KnowledgeBase) -> list[tuple[object, ...]]:
    facts = await kb.store.all_facts()
    sentences = await kb.store.sentences([sf.sentence_id for sf in facts])
    return [(sf.fact, sf.article, sf.article_date, sentences[sf.sentence_id]) for sf in facts]


async def test_parser_processes_give_the_same_knowledge(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    results = []
    for workers in (1, 2):
        monkeypatch.setattr(KnowledgeBase, "parse_workers", workers)
        monkeypatch.setattr("knowledge.service.POOL_MIN_FILES", 1)
        monkeypatch.setattr("knowledge.service._PARSE_CHUNK", 3)  # several chunks in flight
        kb = await KnowledgeBase.open(tmp_path / f"w{workers}.sqlite3")
        try:
            report = await kb.reload(BUNDLED)
            assert report.failed == () and len(report.added) == len(list(BUNDLED.glob("*.txt")))
            answer = await kb.ask("Hoe eindigde Pérez in het kampioenschap van 2024?")
            results.append((report, await facts_and_sources(kb), answer))
        finally:
            await kb.close()
    assert results[0] == results[1]
    assert results[0][1]  # not vacuous


async def test_dying_parser_process_falls_back_to_this_process(
    tmp_path: Path, articles_dir: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from tests.knowledge.reload_worker import crashing_parse_many

    monkeypatch.setattr(KnowledgeBase, "parse_workers", 2)
    monkeypatch.setattr("knowledge.service.POOL_MIN_FILES", 1)
    monkeypatch.setattr("knowledge.service._PARSE_CHUNK", 1)
    monkeypatch.setattr("knowledge.service.parse_many", crashing_parse_many)
    kb = await open_kb(tmp_path)
    try:
        report = await kb.reload(articles_dir)
        assert sorted(report.added) == sorted(ARTICLES) and report.failed == ()
        assert "parser process died" in caplog.text
        assert (await kb.ask("Wie won de Grand Prix van Canada?")).status == "answered"
    finally:
        await kb.close()


def age_files(folder: Path) -> float:
    """Set every file's times an hour back (old enough to trust the stat); the time used."""
    past = time.time() - 3600
    for path in folder.iterdir():
        os.utime(path, (past, past))
    return past


async def test_unchanged_files_are_not_read_again(
    tmp_path: Path, articles_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import knowledge.loader as loader

    past = age_files(articles_dir)
    # Setting the times back sets the change time to now: trust files however recent, for this test.
    monkeypatch.setattr(loader, "RACY_NS", 0)
    kb = await open_kb(tmp_path)
    try:
        await kb.reload(articles_dir)
        reads: list[str] = []
        real_read = loader._read

        def counting_read(path: str) -> tuple[bytes, os.stat_result]:
            reads.append(path)
            return real_read(path)

        monkeypatch.setattr(loader, "_read", counting_read)
        report = await kb.reload(articles_dir)
        assert report.unchanged == len(ARTICLES) and reads == []
        # Same size, same mtime, other content: the change time gives it away.
        canada = articles_dir / "canada-2024.txt"
        text = canada.read_text(encoding="utf-8")
        swapped = text.replace("George Russell eindigde", "Max Verstappen eindigde")
        canada.write_text(swapped.replace("Max Verstappen heeft", "George Russell heeft"), encoding="utf-8")
        assert len(canada.read_bytes()) == len(text.encode())
        os.utime(canada, (past, past))
        report = await kb.reload(articles_dir)
        assert report.changed == ("canada-2024.txt",)
        assert "Russell" in (await kb.ask("Wie won de Grand Prix van Canada?")).text
    finally:
        await kb.close()


def test_hash_cache_does_not_trust_recent_files(tmp_path: Path) -> None:
    from knowledge.loader import RACY_NS, HashCache

    path = tmp_path / "a.txt"
    path.write_text("x", encoding="utf-8")
    st = os.stat(path)
    cache = HashCache()
    now = max(st.st_mtime_ns, st.st_ctime_ns)
    cache.put(str(path), st, "h", now + RACY_NS // 2)  # read within the same tick, as far as we know
    assert cache.get(str(path), st) is None and len(cache) == 0
    cache.put(str(path), st, "h", now + RACY_NS + 1)
    assert cache.get(str(path), st) == "h"
    cache.retain(set())
    assert cache.get(str(path), st) is None


async def test_collector_is_paused_during_a_reload_and_the_index_frozen(
    kb: KnowledgeBase, articles_dir: Path
) -> None:
    import gc

    states: dict[str, bool] = {}
    kb.on_phase = lambda name: states.setdefault(name, gc.isenabled())
    (articles_dir / "bakoe-2024.txt").write_text(EXTRA, encoding="utf-8")
    assert gc.isenabled()
    await kb.reload(articles_dir)
    assert gc.isenabled()
    assert states["writing"] is False and states["indexed"] is False
    assert gc.get_freeze_count() >= len(kb.index.facts)


async def test_index_after_reloads_equals_the_database(kb: KnowledgeBase, articles_dir: Path) -> None:
    # The index is extended with the facts written rather than read back: it must be what a restart reads.
    assert kb.index.facts == await kb.store.all_facts()
    (articles_dir / "bakoe-2024.txt").write_text(EXTRA, encoding="utf-8")
    (articles_dir / "canada-2024.txt").write_text(
        "date 2024-06-10\n\nLando Norris heeft de Grand Prix van Canada gewonnen.\n", encoding="utf-8"
    )
    (articles_dir / "abu-dhabi-2023.txt").unlink()
    await kb.reload(articles_dir)
    facts = await kb.store.all_facts()
    assert kb.index.facts == facts and {sf.article for sf in facts} == {
        "bakoe-2024.txt",
        "canada-2024.txt",
        "monaco-2024-en.txt",
    }
    upload = articles_dir.parent / "upload.txt"
    upload.write_text(EXTRA.replace("Oscar Piastri", "George Russell"), encoding="utf-8")
    await kb.ingest_file(upload)
    assert kb.index.facts == await kb.store.all_facts()


async def test_writes_by_another_connection_are_read_back(
    kb: KnowledgeBase, articles_dir: Path, tmp_path: Path
) -> None:
    # Another process (racebot reload, an upload) adds an article to the same database file; this
    # knowledge base's next reload finds it unchanged in its folder and must serve it.
    (articles_dir / "bakoe.txt").write_text(EXTRA, encoding="utf-8")
    other = await open_kb(tmp_path)
    try:
        assert (await other.ingest_file(articles_dir / "bakoe.txt")).added == ("bakoe.txt",)
    finally:
        await other.close()
    (articles_dir / "canada-2024.txt").write_text(
        "date 2024-06-10\n\nLando Norris heeft de Grand Prix van Canada gewonnen.\n", encoding="utf-8"
    )
    report = await kb.reload(articles_dir)
    assert report.changed == ("canada-2024.txt",) and report.unchanged == len(ARTICLES)
    assert kb.index.facts == await kb.store.all_facts()
    assert "Piastri" in (await kb.ask("Wie won in Bakoe?")).text


# --- real-article shapes: standings holders, disagreeing articles, running places -------------------


async def test_standing_holder_and_majority_across_articles(tmp_path: Path) -> None:
    folder = write_articles(
        tmp_path / "a",
        {
            "stand.txt": "date 2022-11-21\n\nSergio Pérez eindigde als derde in het kampioenschap.\n",
            "a.txt": "date 2022-07-10\n\nCharles Leclerc heeft de Grand Prix van Oostenrijk gewonnen.\n",
            "b.txt": "date 2022-07-10\n\nLeclerc won in Oostenrijk voor Verstappen.\n",
            "c.txt": "date 2022-07-11\n\nIn Oostenrijk was de zege voor Charles Leclerc.\n",
            # one misread headline among three agreeing reports does not silence them
            "d.txt": "date 2022-07-11\n\nVerstappen won de Grand Prix van Oostenrijk.\n",
            "e.txt": "date 2022-07-11\n\nIn Oostenrijk viel Norris terug naar de twaalfde plaats.\n",
        },
    )
    kb = await open_kb(tmp_path)
    try:
        await kb.reload(folder)
        third = await kb.ask("Who finished third in the 2022 championship?")
        assert third.status == "answered" and "Pérez" in third.text
        assert (await kb.ask("Who finished second in the 2022 championship?")).status == "unknown"
        won = await kb.ask("Wie won in Oostenrijk 2022?")
        assert won.status == "answered" and "Leclerc" in won.text and "Verstappen" not in won.text
        # a running place is stored, but never answers where he finished
        assert (await kb.ask("Hoe eindigde Norris in Oostenrijk 2022?")).status == "unknown"
    finally:
        await kb.close()


async def test_two_articles_that_disagree_give_no_answer(tmp_path: Path) -> None:
    folder = write_articles(
        tmp_path / "a",
        {
            "a.txt": "date 2022-07-10\n\nCharles Leclerc heeft de Grand Prix van Oostenrijk gewonnen.\n",
            "b.txt": "date 2022-07-10\n\nVerstappen won de Grand Prix van Oostenrijk.\n",
        },
    )
    kb = await open_kb(tmp_path)
    try:
        await kb.reload(folder)
        assert (await kb.ask("Wie won in Oostenrijk 2022?")).status == "unknown"
    finally:
        await kb.close()


async def test_points_total_after_a_race_and_at_the_end(tmp_path: Path) -> None:
    folder = write_articles(
        tmp_path / "a",
        {
            "oostenrijk.txt": "date 2022-07-11\n\nLeclerc won in Oostenrijk en kwam daarmee op 170 punten.\n",
            "eind.txt": "date 2022-11-21\n\nMax Verstappen sloot het seizoen af met 454 punten.\n",
        },
    )
    kb = await open_kb(tmp_path)
    try:
        await kb.reload(folder)
        after = await kb.ask("Hoeveel punten had Leclerc na de GP van Oostenrijk 2022?")
        assert after.status == "answered" and "170" in after.text
        end = await kb.ask("How many points did Verstappen have at the end of the 2022 season?")
        assert end.status == "answered" and "454" in end.text
        # a standing during the season is no season total, and a gap is no total at all
        assert (await kb.ask("Hoeveel punten had Leclerc aan het einde van 2022?")).status == "unknown"
        assert (await kb.ask("Hoeveel punten voorsprong had Verstappen in 2022?")).status == "unknown"
    finally:
        await kb.close()


async def test_why_a_start_place_is_answered_by_the_grid_penalty(tmp_path: Path) -> None:
    folder = write_articles(
        tmp_path / "a",
        {"oostenrijk.txt": "date 2018-07-02\n\nVettel kreeg in Oostenrijk drie plaatsen gridstraf.\n"},
    )
    kb = await open_kb(tmp_path)
    try:
        await kb.reload(folder)
        why = await kb.ask("Why did Vettel start sixth in Austria 2018?")
        assert why.status == "answered" and "grid penalty" in why.text
        assert (await kb.ask("Why did Hamilton start sixth in Austria 2018?")).status == "unknown"
    finally:
        await kb.close()


async def test_who_crashed(tmp_path: Path) -> None:
    folder = write_articles(
        tmp_path / "a",
        {
            "monaco.txt": "date 2022-05-30\n\nIn Monaco crashte Mick Schumacher zwaar bij het zwembad.\n",
            "jeddah.txt": "date 2022-03-28\n\nIn Jeddah crashte Schumacher in Q2. Latifi crashte zondag.\n",
        },
    )
    kb = await open_kb(tmp_path)
    try:
        await kb.reload(folder)
        monaco = await kb.ask("Wie crashte er in Monaco 2022?")
        assert monaco.status == "answered" and "Schumacher" in monaco.text
        # two drivers crashed in Jeddah: no single answer
        assert (await kb.ask("Who crashed in Jeddah 2022?")).status == "unknown"
    finally:
        await kb.close()


async def test_who_crashed_at_a_moment_is_not_guessed(tmp_path: Path) -> None:
    folder = write_articles(
        tmp_path / "a",
        {"monaco.txt": "date 2022-05-30\n\nIn Monaco crashte Mick Schumacher zwaar bij het zwembad.\n"},
    )
    kb = await open_kb(tmp_path)
    try:
        await kb.reload(folder)
        assert (await kb.ask("Who crashed after the restart in Monaco 2022?")).status == "unknown"
        # the crash was in the race: asked about qualifying, nothing answers
        assert (await kb.ask("Wie crashte er in Q1 in Monaco 2022?")).status == "unknown"
    finally:
        await kb.close()


async def test_who_crashed_in_qualifying(tmp_path: Path) -> None:
    folder = write_articles(
        tmp_path / "a",
        {"jeddah.txt": "date 2022-03-28\n\nIn Jeddah crashte Schumacher in Q2. Latifi crashte zondag.\n"},
    )
    kb = await open_kb(tmp_path)
    try:
        await kb.reload(folder)
        q2 = await kb.ask("Wie crashte in Q2 van de kwalificatie in Saoedi-Arabië 2022?")
        assert q2.status == "answered" and "Schumacher" in q2.text and "Latifi" not in q2.text
    finally:
        await kb.close()


async def test_refresh_takes_over_what_another_process_committed(articles_dir: Path, tmp_path: Path) -> None:
    db = tmp_path / "shared.sqlite3"
    writer = await KnowledgeBase.open(db)
    reader = await KnowledgeBase.open(db)
    try:
        assert not await reader.refresh()  # nothing changed since it opened
        await writer.reload(articles_dir)
        assert (await reader.stats()).articles == 3  # the rows are there at once ...
        assert await reader.refresh()  # ... the index after a refresh
        assert not await reader.refresh()
        assert (await reader.ask("Wie won de Grand Prix van Monaco in 2024?")).status == "answered"
    finally:
        await writer.close()
        await reader.close()
