"""The knowledge base facade: the one object the bot core talks to."""

from __future__ import annotations

from pathlib import Path

from knowledge.model import Answer, ReloadReport, Stats, Topic


class KnowledgeBase:
    """Parsed article facts in SQLite, and answers drawn from them.

    Open with ``await KnowledgeBase.open(db_path)``; close with ``await kb.close()``.
    """

    @classmethod
    async def open(cls, db_path: str | Path) -> KnowledgeBase:
        """Open (creating and migrating if needed) the database at ``db_path`` (":memory:" allowed)."""
        raise NotImplementedError

    async def close(self) -> None:
        """Close the database connection."""
        raise NotImplementedError

    async def reload(self, articles_dir: str | Path) -> ReloadReport:
        """Sync the store with a folder of ``.txt`` articles in one transaction."""
        raise NotImplementedError

    async def ingest_file(self, path: str | Path) -> ReloadReport:
        """Add or re-parse one article file (an upload); other articles stay as they are."""
        raise NotImplementedError

    async def ask(self, question: str, context: Topic | None = None) -> Answer:
        """Answer a free-text question; ``context`` fills in what a follow-up leaves out."""
        raise NotImplementedError

    async def result(self, driver: str, grand_prix: str, season: int | None = None,
                     lang: str = "nl") -> Answer:
        """How ``driver`` finished in ``grand_prix`` (names are resolved fuzzily)."""
        raise NotImplementedError

    async def championship(self, driver: str, season: int | None = None, lang: str = "nl") -> Answer:
        """The driver's championship position."""
        raise NotImplementedError

    async def incidents(self, driver: str, grand_prix: str | None = None, season: int | None = None,
                        lang: str = "nl") -> Answer:
        """Crashes, retirements and penalties of the driver."""
        raise NotImplementedError

    async def sources_summary(self, lang: str = "nl") -> str:
        """A short text: which articles, seasons and races the bot knows."""
        raise NotImplementedError

    async def stats(self) -> Stats:
        """Counts of articles, sentences and facts."""
        raise NotImplementedError

    def complete_driver(self, prefix: str, limit: int = 25) -> list[str]:
        """Driver names for autocomplete, best matches for ``prefix`` first."""
        raise NotImplementedError

    def complete_grand_prix(self, prefix: str, limit: int = 25) -> list[str]:
        """Grand Prix names for autocomplete, best matches for ``prefix`` first."""
        raise NotImplementedError
