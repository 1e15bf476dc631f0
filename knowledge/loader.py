"""Read a folder of articles: which files are there, which changed, and what each one says.

Everything here is synchronous and runs off the event loop (in a worker thread or process).
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from knowledge.extract import ArticleParser, ParsedArticle, ParseError

MAX_ARTICLE_BYTES = 2_000_000


def _parser_version() -> str:
    # Facts depend on the parser and the reference data as much as on the article: when either
    # changes, every article counts as changed on the next reload.
    here = Path(__file__).resolve().parent
    h = hashlib.sha256()
    for name in ("extract.py", "gazetteer.py", "text.py", "data/reference.json"):
        h.update((here / name).read_bytes())
    return h.hexdigest()[:12]


PARSER_VERSION = _parser_version()


def content_hash(data: bytes) -> str:
    """The hash that decides whether an article must be parsed again (content and parser version)."""
    return f"{hashlib.sha256(data).hexdigest()}:{PARSER_VERSION}"


class ArticleError(ValueError):
    """An article file that cannot be loaded; the message says why."""


@dataclass(frozen=True)
class ArticleFile:
    """An article file found in the folder: its name relative to the folder, and its content hash."""

    name: str
    path: Path
    hash: str


def scan(folder: Path) -> tuple[list[ArticleFile], list[tuple[str, str]]]:
    """List the ``.txt`` articles under ``folder`` with their hashes; problems come back as (name, reason)."""
    if not folder.is_dir():
        raise ArticleError(f"articles folder not found: {folder}")
    root = folder.resolve()
    files: list[ArticleFile] = []
    problems: list[tuple[str, str]] = []
    for path in sorted(folder.rglob("*.txt")):
        name = path.relative_to(folder).as_posix()
        try:
            real = path.resolve(strict=True)
            if root not in real.parents:
                problems.append((name, "link points outside the articles folder"))
                continue
            if not real.is_file():
                problems.append((name, "not a regular file"))
                continue
            data = read_bytes(real)
        except ArticleError as exc:
            problems.append((name, str(exc)))
            continue
        except OSError as exc:
            problems.append((name, f"cannot read: {exc.strerror or exc}"))
            continue
        files.append(ArticleFile(name, real, content_hash(data)))
    return files, problems


def read_bytes(path: Path) -> bytes:
    """Read an article file, refusing oversized ones."""
    size = os.stat(path).st_size
    if size > MAX_ARTICLE_BYTES:
        raise ArticleError(f"too large ({size} bytes, at most {MAX_ARTICLE_BYTES})")
    with open(path, "rb") as fh:
        return fh.read(MAX_ARTICLE_BYTES + 1)


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


def parse_file(path: Path) -> tuple[str, ParsedArticle]:
    """Read, hash and parse one article file. Raises ``ArticleError`` with the reason."""
    global _PARSER
    data = read_bytes(path)
    text = decode(data)
    if _PARSER is None:
        _PARSER = ArticleParser()
    try:
        parsed = _PARSER.parse(text)
    except ParseError as exc:
        raise ArticleError(str(exc)) from None
    return content_hash(data), parsed


def parse_many(paths: list[Path]) -> list[tuple[str, str, ParsedArticle] | tuple[str, str]]:
    """Parse several files; each result is (path, hash, parsed) or (path, reason)."""
    out: list[tuple[str, str, ParsedArticle] | tuple[str, str]] = []
    for p in paths:
        try:
            digest, parsed = parse_file(p)
            out.append((str(p), digest, parsed))
        except ArticleError as exc:
            out.append((str(p), str(exc)))
        except OSError as exc:
            out.append((str(p), f"cannot read: {exc.strerror or exc}"))
    return out
