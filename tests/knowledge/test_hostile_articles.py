"""Hostile article files: each is reported with its reason and skipped, the good articles next to it load and
answer, and nothing blocks, crashes or takes unbounded time.

Every test reloads the three good articles of ``conftest.ARTICLES`` together with one hostile file (or a few)
into a fresh KnowledgeBase over real SQLite, then checks the report and a question about a good article.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest

import knowledge.loader as loader
from knowledge.loader import MAX_ARTICLE_BYTES, ArticleError, read_bytes
from knowledge.model import ReloadReport
from knowledge.service import KnowledgeBase
from knowledge.text import MAX_SENTENCE_CHARS, normalise, split_header, split_sentences
from tests.knowledge.conftest import ARTICLES

GOOD_QUESTION = "Wie won de Grand Prix van Canada?"
# A reload with a hostile file must finish well within this (a blocked open or a quadratic regex would not).
RELOAD_TIMEOUT = 20.0


@pytest.fixture
async def fresh_kb(tmp_path: Path) -> AsyncIterator[KnowledgeBase]:
    kb = await KnowledgeBase.open(tmp_path / "db" / "kb.sqlite3")
    try:
        yield kb
    finally:
        await kb.close()


async def reload(kb: KnowledgeBase, folder: Path) -> ReloadReport:
    return await asyncio.wait_for(kb.reload(folder), RELOAD_TIMEOUT)


async def assert_good_articles_serve(
    kb: KnowledgeBase, report: ReloadReport, sources: frozenset[str] = frozenset({"canada-2024.txt"})
) -> None:
    assert set(ARTICLES) <= set(report.added) | set(report.changed) or report.unchanged >= len(ARTICLES)
    answer = await kb.ask(GOOD_QUESTION)
    assert answer.status == "answered" and "Verstappen" in answer.text
    assert answer.sources and answer.sources[0].article in sources
    assert await kb.store.integrity_ok()


def reasons(report: ReloadReport) -> dict[str, str]:
    return {p.path: p.reason for p in report.failed}


# --- file contents -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, data, reason",
    [
        ("binary.txt", bytes(range(256)) * 64, "NUL"),
        ("png.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + os.urandom(512), "NUL"),
        ("nul-in-text.txt", b"date 2024-06-10\n\nMax Verstappen won\x00 de Grand Prix van Canada.", "NUL"),
        ("empty.txt", b"", "empty"),
        ("whitespace.txt", b" \r\n\t\n\n   \n", "empty"),
        ("five-mb.txt", b"Lando Norris won de Grand Prix van Canada. " * (5_000_000 // 43), "too large"),
        ("just-over.txt", b"x" * (MAX_ARTICLE_BYTES + 1), "too large"),
        ("latin1.txt", "Sergio Pérez werd derde in Mexico.".encode("latin-1"), "not UTF-8"),
        ("cp1252.txt", "\u201cNorris won\u201d in Canada.".encode("cp1252"), "not UTF-8"),
        ("utf16.txt", "Norris won de Grand Prix van Canada.".encode("utf-16"), "NUL"),
        ("truncated-utf8.txt", "Pé".encode()[:-1] + b" won in Mexico.", "not UTF-8"),
        ("punctuation.txt", b"... !!! ??? ,,, ;;;", "no sentences"),
        ("digits.txt", b"1 2 3\n\n44 55 66\n\n2024-06-10", "no sentences"),
    ],
)
async def test_unloadable_content_is_reported_and_the_rest_loads(
    fresh_kb: KnowledgeBase, articles_dir: Path, name: str, data: bytes, reason: str
) -> None:
    (articles_dir / name).write_bytes(data)
    report = await reload(fresh_kb, articles_dir)
    assert reason in reasons(report)[name], report.failed
    assert len(report.failed) == 1
    assert name not in report.added
    await assert_good_articles_serve(fresh_kb, report)


async def test_exactly_the_size_limit_is_still_read(tmp_path: Path) -> None:
    path = tmp_path / "limit.txt"
    path.write_bytes(b"a" * MAX_ARTICLE_BYTES)
    assert len(read_bytes(path)) == MAX_ARTICLE_BYTES


async def test_mentions_and_markup_load_as_text(fresh_kb: KnowledgeBase, articles_dir: Path) -> None:
    # Stored as written; the bot's reply layer neutralises mentions and markup when it quotes a source.
    junk = (
        "date 2024-09-16\n\n"
        "@everyone @here <@123456789012345678> <@&42> <#99> <script>alert(1)</script> "
        "Oscar Piastri won de Grand Prix van Azerbeidzjan. <b>Charles Leclerc</b> werd tweede in Bakoe. "
        "<a href='javascript:alert(1)'>klik</a> `code` **vet** ||spoiler|| @everyone\n"
    ) * 20
    (articles_dir / "pings.txt").write_text(junk, encoding="utf-8")
    report = await reload(fresh_kb, articles_dir)
    assert "pings.txt" in report.added and report.failed == ()
    await assert_good_articles_serve(fresh_kb, report)
    answer = await fresh_kb.ask("Wie won in Bakoe?")
    assert answer.status == "answered" and "Piastri" in answer.text
    assert any("@everyone" in s for _, s in await fresh_kb.store.search("everyone Piastri"))


async def test_long_line_without_punctuation_loads_in_bounded_time(
    fresh_kb: KnowledgeBase, articles_dir: Path
) -> None:
    (articles_dir / "one-line.txt").write_text("a " * 100_000, encoding="utf-8")
    (articles_dir / "names.txt").write_text("Verstappen Norris Leclerc, " * 4_000, encoding="utf-8")
    t0 = time.perf_counter()
    report = await reload(fresh_kb, articles_dir)
    assert time.perf_counter() - t0 < 15
    assert {"one-line.txt", "names.txt"} <= set(report.added)
    await assert_good_articles_serve(fresh_kb, report)
    # The line was cut into sentences of bounded length, every one stored.
    counts = await fresh_kb.store.counts()
    assert counts["sentences"] >= 200_000 // MAX_SENTENCE_CHARS


# Inputs that made text.py's regular expressions or loops quadratic (or worse) before they were bounded; each
# took from minutes to hours at this size and now takes milliseconds.
PATHOLOGICAL: dict[str, str] = {
    "a-space": "a " * 500_000,
    "dots": "." * 1_000_000,
    "exclamations": "!?" * 500_000,
    "spaces-inside-a-line": "Verstappen won" + " " * 1_000_000 + "in Monaco.",
    "header-word-then-spaces": "title" + " " * 500_000 + "x",
    "header-word-then-tabs": "lang\t" + "\t " * 300_000 + ":",
    "skipped-abbreviations": "a. B " * 300_000,
    "unclosed-photo-credits": "Norris won (Foto " * 80_000 + ")",
    "unclosed-credit-no-close": "(Photo " * 200_000,
    "newlines": "x\n" * 500_000,
    "blank-lines": "\n \n" * 300_000 + "Norris won.",
}


def time_pathological() -> dict[str, float]:
    """Seconds to split the header and sentences of each ``PATHOLOGICAL`` text (run in a subprocess)."""
    out: dict[str, float] = {}
    for name, text in PATHOLOGICAL.items():
        t0 = time.perf_counter()
        _, body = split_header(normalise(text))
        sentences = split_sentences(body)
        out[name] = time.perf_counter() - t0
        assert all(len(s.text) <= MAX_SENTENCE_CHARS for s in sentences), name
    return out


def test_header_and_sentence_splitting_stay_linear() -> None:
    # In a subprocess with a deadline: a regression would otherwise hang the test run instead of failing it.
    root = Path(__file__).resolve().parents[2]
    code = (
        "import json; from tests.knowledge.test_hostile_articles import time_pathological as t;"
        " print(json.dumps(t()))"
    )
    try:
        proc = subprocess.run(
            [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, timeout=60, check=True
        )
    except subprocess.TimeoutExpired:
        pytest.fail("splitting the pathological texts took over a minute (quadratic again?)")
    seconds = json.loads(proc.stdout.strip().splitlines()[-1])
    assert set(seconds) == set(PATHOLOGICAL)
    slow = {name: round(s, 2) for name, s in seconds.items() if s > 3.0}
    assert not slow, slow


def test_long_pieces_are_cut_at_spaces_without_losing_words() -> None:
    words = [f"w{i}" for i in range(5_000)]
    sentences = split_sentences(" ".join(words))
    assert len(sentences) > 1
    assert all(len(s.text) <= MAX_SENTENCE_CHARS for s in sentences)
    assert " ".join(s.text for s in sentences).split() == words
    # Without any space the cut is hard, at the limit.
    solid = split_sentences("x" * (MAX_SENTENCE_CHARS * 2 + 5))
    assert [len(s.text) for s in solid] == [MAX_SENTENCE_CHARS, MAX_SENTENCE_CHARS, 5]


# --- what is on disk -------------------------------------------------------------------------------------


def _symlink(link: Path, target: Path) -> None:
    try:
        link.symlink_to(target)
    except OSError:
        pytest.skip("symlinks not supported")


async def test_links_out_of_the_folder_dangling_and_looping(
    fresh_kb: KnowledgeBase, articles_dir: Path, tmp_path: Path
) -> None:
    outside = tmp_path / "secret.txt"
    outside.write_text("Lando Norris won de Grand Prix van Bakoe.", encoding="utf-8")
    _symlink(articles_dir / "out.txt", outside)
    _symlink(articles_dir / "etc-passwd.txt", Path("/etc/passwd"))
    _symlink(articles_dir / "up.txt", Path("..") / "secret.txt")
    _symlink(articles_dir / "dangling.txt", articles_dir / "nothing-here.txt")
    _symlink(articles_dir / "loop.txt", articles_dir / "loop.txt")
    (tmp_path / "outside-dir").mkdir()
    (tmp_path / "outside-dir" / "hidden.txt").write_text("Norris won in Bakoe.", encoding="utf-8")
    _symlink(articles_dir / "linked-dir", tmp_path / "outside-dir")
    report = await reload(fresh_kb, articles_dir)
    got = reasons(report)
    assert set(got) == {"out.txt", "etc-passwd.txt", "up.txt", "dangling.txt", "loop.txt"}
    for name in ("out.txt", "etc-passwd.txt", "up.txt"):
        assert "outside" in got[name]
    assert "cannot read" in got["dangling.txt"] and "cannot read" in got["loop.txt"]
    assert not any(n.startswith("linked-dir") for n in report.added)  # linked folders are not entered
    assert (await fresh_kb.ask("Wie won in Bakoe?")).status == "unknown"
    await assert_good_articles_serve(fresh_kb, report)


async def test_link_to_an_article_inside_the_folder_loads(
    fresh_kb: KnowledgeBase, articles_dir: Path
) -> None:
    _symlink(articles_dir / "alias.txt", articles_dir / "canada-2024.txt")
    report = await reload(fresh_kb, articles_dir)
    assert "alias.txt" in report.added and report.failed == ()
    await assert_good_articles_serve(fresh_kb, report, frozenset({"canada-2024.txt", "alias.txt"}))


async def test_directory_named_txt_is_reported_and_its_articles_load(
    fresh_kb: KnowledgeBase, articles_dir: Path
) -> None:
    (articles_dir / "folder.txt").mkdir()
    (articles_dir / "folder.txt" / "bakoe.txt").write_text(
        "date 2024-09-16\n\nOscar Piastri won de Grand Prix van Azerbeidzjan.\n", encoding="utf-8"
    )
    report = await reload(fresh_kb, articles_dir)
    assert reasons(report) == {"folder.txt": "not a regular file"}
    assert "folder.txt/bakoe.txt" in report.added
    assert "Piastri" in (await fresh_kb.ask("Wie won in Bakoe?")).text
    await assert_good_articles_serve(fresh_kb, report)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
async def test_fifo_named_txt_does_not_block(fresh_kb: KnowledgeBase, articles_dir: Path) -> None:
    os.mkfifo(articles_dir / "pipe.txt")  # nobody ever writes to it: a blocking open would hang forever
    report = await reload(fresh_kb, articles_dir)
    assert reasons(report) == {"pipe.txt": "not a regular file"}
    await assert_good_articles_serve(fresh_kb, report)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
async def test_reading_a_fifo_swapped_in_after_the_scan_does_not_block(tmp_path: Path) -> None:
    # The race the scan's stat cannot see: the open itself must not wait for a writer.
    fifo = tmp_path / "swapped.txt"
    os.mkfifo(fifo)
    with pytest.raises(ArticleError, match="not a regular file"):
        await asyncio.wait_for(asyncio.to_thread(read_bytes, fifo), 5)


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else True, reason="root reads any file")
async def test_file_without_read_permission(fresh_kb: KnowledgeBase, articles_dir: Path) -> None:
    locked = articles_dir / "locked.txt"
    locked.write_text("Norris won in Bakoe.", encoding="utf-8")
    locked.chmod(0)
    try:
        report = await reload(fresh_kb, articles_dir)
    finally:
        locked.chmod(0o644)
    assert "Permission denied" in reasons(report)["locked.txt"]
    await assert_good_articles_serve(fresh_kb, report)


async def test_unreadable_file_is_reported_even_as_root(
    fresh_kb: KnowledgeBase, articles_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Root ignores file modes, so the refusal comes from a stand-in for open(2).
    (articles_dir / "locked.txt").write_text("Norris won in Bakoe.", encoding="utf-8")
    real_open = os.open

    def refuse(path: str, flags: int, *args: int) -> int:
        if str(path).endswith("locked.txt"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(loader.os, "open", refuse)
    report = await reload(fresh_kb, articles_dir)
    assert reasons(report) == {"locked.txt": "cannot read: Permission denied"}
    await assert_good_articles_serve(fresh_kb, report)


async def test_unlistable_subfolder_keeps_its_articles(
    fresh_kb: KnowledgeBase, articles_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sub = articles_dir / "2024"
    sub.mkdir()
    (sub / "bakoe.txt").write_text("date 2024-09-16\n\nOscar Piastri won de Grand Prix van Azerbeidzjan.\n")
    first = await reload(fresh_kb, articles_dir)
    assert "2024/bakoe.txt" in first.added
    real_scandir = os.scandir

    def scandir(path: str) -> object:
        if str(path).endswith("2024"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(loader.os, "scandir", scandir)
    report = await reload(fresh_kb, articles_dir)
    assert reasons(report) == {"2024/": "cannot list folder: Permission denied"}
    assert report.removed == ()
    assert "Piastri" in (await fresh_kb.ask("Wie won in Bakoe?")).text


async def test_file_name_that_is_not_utf8(fresh_kb: KnowledgeBase, articles_dir: Path) -> None:
    name = os.path.join(os.fsencode(articles_dir), b"caf\xe9.txt")
    try:
        await asyncio.to_thread(Path(os.fsdecode(name)).write_bytes, b"Norris won.")
    except (OSError, ValueError):
        pytest.skip("the file system refuses non-UTF-8 names")
    report = await reload(fresh_kb, articles_dir)
    assert reasons(report) == {"caf\ufffd.txt": "file name is not UTF-8"}
    await assert_good_articles_serve(fresh_kb, report)


# --- files that change under the reload ----------------------------------------------------------------


def _on_phase(kb: KnowledgeBase, phase: str, action: Callable[[], None]) -> None:
    def hook(name: str) -> None:
        if name == phase:
            action()

    kb.on_phase = hook


async def test_new_file_vanishing_between_scan_and_parse(fresh_kb: KnowledgeBase, articles_dir: Path) -> None:
    doomed = articles_dir / "doomed.txt"
    doomed.write_text("Norris won in Bakoe.", encoding="utf-8")
    _on_phase(fresh_kb, "scanned", doomed.unlink)
    report = await reload(fresh_kb, articles_dir)
    assert reasons(report) == {"doomed.txt": "cannot read: No such file or directory"}
    assert "doomed.txt" not in report.added
    await assert_good_articles_serve(fresh_kb, report)


async def test_changed_file_vanishing_mid_reload_keeps_its_old_version(
    kb: KnowledgeBase, articles_dir: Path
) -> None:
    canada = articles_dir / "canada-2024.txt"
    canada.write_text("date 2024-06-10\n\nGeorge Russell won de Grand Prix van Canada.\n", encoding="utf-8")
    _on_phase(kb, "scanned", canada.unlink)
    report = await reload(kb, articles_dir)
    assert reasons(report) == {"canada-2024.txt": "cannot read: No such file or directory"}
    assert report.changed == () and report.removed == ()
    answer = await kb.ask(GOOD_QUESTION)
    assert "Verstappen" in answer.text  # the previous version still answers
    kb.on_phase = None
    assert (await reload(kb, articles_dir)).removed == ("canada-2024.txt",)  # gone for good now


async def test_file_vanishing_between_listing_and_reading(
    fresh_kb: KnowledgeBase, articles_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    doomed = articles_dir / "doomed.txt"
    doomed.write_text("Norris won in Bakoe.", encoding="utf-8")
    real_stat = os.stat
    real_unlink = os.unlink

    def stat(path: str, *args: object, **kwargs: object) -> os.stat_result:
        if str(path).endswith("doomed.txt"):
            real_unlink(path)  # listed by scandir a moment ago, gone now
        return real_stat(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(loader.os, "stat", stat)
    report = await reload(fresh_kb, articles_dir)
    assert reasons(report) == {"doomed.txt": "cannot read: No such file or directory"}
    await assert_good_articles_serve(fresh_kb, report)


async def test_file_replaced_by_a_directory_mid_reload(fresh_kb: KnowledgeBase, articles_dir: Path) -> None:
    odd = articles_dir / "odd.txt"
    odd.write_text("Norris won in Bakoe.", encoding="utf-8")

    def swap() -> None:
        odd.unlink()
        odd.mkdir()

    _on_phase(fresh_kb, "scanned", swap)
    report = await reload(fresh_kb, articles_dir)
    assert reasons(report) == {"odd.txt": "not a regular file"}
    await assert_good_articles_serve(fresh_kb, report)


async def test_everything_hostile_at_once(
    fresh_kb: KnowledgeBase, articles_dir: Path, tmp_path: Path
) -> None:
    (articles_dir / "binary.txt").write_bytes(b"\x00\xff" * 100)
    (articles_dir / "empty.txt").write_bytes(b"")
    (articles_dir / "big.txt").write_bytes(b"Norris. " * 700_000)
    (articles_dir / "latin1.txt").write_bytes("Pérez".encode("latin-1"))
    (articles_dir / "dir.txt").mkdir()
    if hasattr(os, "mkfifo"):
        os.mkfifo(articles_dir / "fifo.txt")
    (tmp_path / "outside.txt").write_text("Norris won.", encoding="utf-8")
    _symlink(articles_dir / "link.txt", tmp_path / "outside.txt")
    report = await reload(fresh_kb, articles_dir)
    expected = {"binary.txt", "empty.txt", "big.txt", "latin1.txt", "dir.txt", "link.txt"}
    if hasattr(os, "mkfifo"):
        expected.add("fifo.txt")
    assert set(reasons(report)) == expected
    assert sorted(report.added) == sorted(ARTICLES)
    await assert_good_articles_serve(fresh_kb, report)
    # A second reload reports the same problems and changes nothing.
    again = await reload(fresh_kb, articles_dir)
    assert set(reasons(again)) == expected
    assert (again.added, again.changed, again.removed, again.unchanged) == ((), (), (), len(ARTICLES))


# --- uploads (one file through ingest_file) ---------------------------------------------------------------


@pytest.mark.parametrize(
    "make, reason",
    [
        (lambda p: p.write_bytes(b"Norris won. " * 500_000), "too large"),
        (lambda p: p.write_bytes(b"\x00" * 10), "NUL"),
        (lambda p: p.write_bytes("Pérez".encode("latin-1")), "not UTF-8"),
        (lambda p: p.write_bytes(b""), "empty"),
        (lambda p: p.mkdir(), "not a regular file"),
        (lambda p: os.mkfifo(p), "not a regular file"),
    ],
    ids=["too-large", "binary", "latin1", "empty", "directory", "fifo"],
)
async def test_upload_caps(
    kb: KnowledgeBase, tmp_path: Path, make: Callable[[Path], None], reason: str
) -> None:
    upload = tmp_path / "upload" / "bad.txt"
    upload.parent.mkdir()
    if make.__code__.co_names == ("os", "mkfifo") and not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs")
    make(upload)
    report = await asyncio.wait_for(kb.ingest_file(upload), RELOAD_TIMEOUT)
    assert report.failed and reason in report.failed[0].reason
    assert report.added == () and report.changed == ()
    assert (await kb.stats()).articles == len(ARTICLES)
    assert (await kb.ask(GOOD_QUESTION)).status == "answered"
