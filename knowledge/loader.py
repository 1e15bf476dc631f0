"""Read a folder of articles: which files are there, which changed, and what each one says.

Everything here is synchronous and runs off the event loop (in a worker thread or process). Files are
read defensively: only regular files, opened without blocking (a FIFO named ``x.txt`` must not hang a
reload) and without following a link swapped in after the scan, at most ``MAX_ARTICLE_BYTES`` of them.
"""

from __future__ import annotations

import contextlib
import hashlib
import multiprocessing
import multiprocessing.connection
import os
import stat
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from knowledge.extract import ArticleParser, ParseError
from knowledge.store import ArticleRows, article_rows

MAX_ARTICLE_BYTES = 2_000_000
# A file whose modification or change time is this close to the moment it was read may still be
# written to within the same timestamp tick (FAT has 2 s ticks), so its hash is not remembered by stat.
RACY_NS = 2_000_000_000
_OPEN_FLAGS = (os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0)
               | getattr(os, "O_CLOEXEC", 0))


def _parser_version() -> str:
    # Facts depend on the parser and the reference data as much as on the article: when either
    # changes, every article counts as changed on the next reload.
    here = Path(__file__).resolve().parent
    h = hashlib.sha256()
    parser = sorted((here / "extract").glob("*.py"))  # the knowledge.extract package
    for path in [*parser, here / "gazetteer.py", here / "text.py", here / "data" / "reference.json"]:
        h.update(path.read_bytes())
    return h.hexdigest()[:12]


PARSER_VERSION = _parser_version()


def content_hash(data: bytes) -> str:
    """The hash that decides whether an article must be parsed again (content and parser version)."""
    return f"{hashlib.sha256(data).hexdigest()}:{PARSER_VERSION}"


class ArticleError(ValueError):
    """An article file that cannot be loaded; the message says why."""


@dataclass(frozen=True, slots=True)
class ArticleFile:
    """An article file found in the folder: its name relative to the folder, its real path and hash."""

    name: str
    path: str
    hash: str


@dataclass(slots=True)
class ScanResult:
    """What ``scan`` found: readable articles (sorted by name), unreadable ones as (name, reason), and
    sub-folders that could not be listed (names ending in "/"), whose articles were not seen."""

    files: list[ArticleFile] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)
    unlisted: list[str] = field(default_factory=list)


_StatKey = tuple[int, int, int, int, int]


class HashCache:
    """Content hashes of files by real path and stat (device, inode, size, mtime, ctime).

    Only a file whose times lie more than ``RACY_NS`` before the moment it was read is remembered, so a
    write in the same timestamp tick cannot go unseen; ctime also changes when mtime is set back.
    """

    def __init__(self) -> None:
        self._entries: dict[str, tuple[_StatKey, str]] = {}

    def get(self, path: str, st: os.stat_result) -> str | None:
        """The remembered hash of ``path`` if its stat is unchanged."""
        entry = self._entries.get(path)
        return entry[1] if entry is not None and entry[0] == _stat_key(st) else None

    def put(self, path: str, st: os.stat_result, digest: str, read_at_ns: int) -> None:
        """Remember ``digest`` for ``path`` as read at ``read_at_ns`` (unless that was too recent)."""
        if max(st.st_mtime_ns, st.st_ctime_ns) < read_at_ns - RACY_NS:
            self._entries[path] = (_stat_key(st), digest)
        else:
            self._entries.pop(path, None)

    def retain(self, paths: set[str]) -> None:
        """Forget every path not in ``paths`` (files that are gone)."""
        for p in [p for p in self._entries if p not in paths]:
            del self._entries[p]

    def __len__(self) -> int:
        return len(self._entries)


def _stat_key(st: os.stat_result) -> _StatKey:
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


def _walk(root: str, result: ScanResult) -> list[tuple[str, os.DirEntry[str]]]:
    # os.scandir with string paths: pathlib's rglob/resolve/relative_to cost ~0.1 ms a file.
    # Linked folders are not entered (as rglob): no loops, and no way out of the folder.
    found: list[tuple[str, os.DirEntry[str]]] = []
    stack = [("", root)]
    while stack:
        prefix, folder = stack.pop()
        try:
            with os.scandir(folder) as it:
                entries = list(it)
        except OSError as exc:
            if not prefix:
                raise ArticleError(f"cannot list articles folder: {exc.strerror or exc}") from None
            result.unlisted.append(prefix)
            result.problems.append((_printable(prefix), f"cannot list folder: {exc.strerror or exc}"))
            continue
        for entry in entries:
            name = prefix + entry.name
            if entry.name.endswith(".txt"):
                found.append((name, entry))
            try:
                is_dir = entry.is_dir(follow_symlinks=False)
            except OSError:
                is_dir = False
            if is_dir:
                stack.append((name + "/", entry.path))
    # Path order, as sorted(rglob()) gave: "a/b.txt" sorts before "a-c.txt".
    found.sort(key=lambda item: item[0].split("/"))
    return found


def scan(folder: Path, cache: HashCache | None = None) -> ScanResult:
    """List the ``.txt`` articles under ``folder`` with their content hashes.

    Unreadable files come back as (name, reason) problems; ``cache`` skips re-reading files whose stat
    has not changed since they were last hashed.
    """
    if not folder.is_dir():
        raise ArticleError(f"articles folder not found: {folder}")
    root = os.path.realpath(folder)
    result = ScanResult()
    for name, entry in _walk(str(folder), result):
        if not _is_utf8(name):
            # SQLite stores names as UTF-8: one undecodable name would fail the whole reload.
            result.problems.append((_printable(name), "file name is not UTF-8"))
            continue
        try:
            if entry.is_symlink():
                real = os.path.realpath(entry.path)
                if not real.startswith(root + os.sep):
                    result.problems.append((name, "link points outside the articles folder"))
                    continue
            else:
                real = entry.path
            read_at = time.time_ns()
            st = os.stat(real)
            if not stat.S_ISREG(st.st_mode):
                result.problems.append((name, "not a regular file"))
                continue
            digest = cache.get(real, st) if cache is not None else None
            if digest is None:
                data, st = _read(real)
                digest = content_hash(data)
                if cache is not None:
                    cache.put(real, st, digest, read_at)
        except ArticleError as exc:
            result.problems.append((name, str(exc)))
            continue
        except OSError as exc:
            result.problems.append((name, f"cannot read: {exc.strerror or exc}"))
            continue
        result.files.append(ArticleFile(name, real, digest))
    if cache is not None:
        cache.retain({f.path for f in result.files})
    return result


def _is_utf8(name: str) -> bool:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _printable(name: str) -> str:
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _read(path: str) -> tuple[bytes, os.stat_result]:
    # Non-blocking open: a FIFO swapped in after the stat would otherwise block the read forever.
    fd = os.open(path, _OPEN_FLAGS)
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise ArticleError("not a regular file")
        if st.st_size > MAX_ARTICLE_BYTES:
            raise ArticleError(f"too large ({st.st_size} bytes, at most {MAX_ARTICLE_BYTES})")
        chunks: list[bytes] = []
        left = MAX_ARTICLE_BYTES + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > MAX_ARTICLE_BYTES:
        raise ArticleError(f"too large (more than {MAX_ARTICLE_BYTES} bytes)")  # it grew while being read
    return data, st


def read_bytes(path: str | Path) -> bytes:
    """Read an article file: a regular file of at most ``MAX_ARTICLE_BYTES``, else ``ArticleError``."""
    return _read(str(path))[0]


def decode(data: bytes) -> str:
    """Decode an article as UTF-8 (a BOM is allowed); anything else is an error with a clear reason."""
    if not data.strip():
        raise ArticleError("empty file")
    if b"\x00" in data:
        raise ArticleError("binary file (contains NUL bytes)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleError(f"not UTF-8 text (byte {exc.start})") from None


_PARSER: ArticleParser | None = None


def _parser() -> ArticleParser:
    global _PARSER
    if _PARSER is None:
        _PARSER = ArticleParser()
    return _PARSER


def parse_file(path: str | Path) -> tuple[str, ArticleRows]:
    """Read, hash and parse one article file into store rows. Raises ``ArticleError`` with the reason."""
    data = read_bytes(path)
    text = decode(data)
    try:
        parsed = _parser().parse(text)
    except ParseError as exc:
        raise ArticleError(str(exc)) from None
    return content_hash(data), article_rows(parsed)


ParseResult = tuple[str, str, ArticleRows] | tuple[str, str]


def parse_many(paths: list[str]) -> list[ParseResult]:
    """Parse several files; each result is (path, hash, rows) or (path, reason).

    Results are plain tuples and strings: cheap to send back from a worker process.
    """
    out: list[ParseResult] = []
    for p in paths:
        try:
            digest, rows = parse_file(p)
            out.append((p, digest, rows))
        except ArticleError as exc:
            out.append((p, str(exc)))
        except OSError as exc:
            out.append((p, f"cannot read: {exc.strerror or exc}"))
    return out


def _warm_up() -> None:
    # Exit with the parent: a reloading process killed outright (SIGKILL) must not leave parser processes
    # blocked forever on a queue whose other end they hold themselves.
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_exit_with, args=(parent.sentinel,), daemon=True).start()
    # Parsing yields the CPU to the parent, whose event loop must keep answering (2 cores, 2 parsers).
    with contextlib.suppress(OSError, AttributeError):
        os.nice(10)
    # Build the gazetteer and parser once per worker, before its first chunk arrives.
    _parser()


def _exit_with(sentinel: int) -> None:
    multiprocessing.connection.wait([sentinel])
    os._exit(1)


def parse_pool(workers: int) -> ProcessPoolExecutor:
    """A pool of ``workers`` parser processes, started (call it in a thread: that takes a while).

    Spawned, not forked: the parent runs database threads, and a fork would copy their locks. The main
    module of a program using it must be guarded by ``if __name__ == "__main__":`` (spawned processes
    import it); otherwise the processes die and the parsing falls back to the calling process.
    """
    ctx = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_warm_up)
    # Each submit while no process is idle starts one: start them all here rather than on the first
    # submits from the event loop.
    for _ in range(workers):
        pool.submit(os.getpid)
    return pool
