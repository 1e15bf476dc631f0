"""The core: one ``Incoming`` in, one ``Reply`` out. It never sends anything itself.

Order of checks in ``BotCore.handle``: rate limit, admin check, length cap (on the raw text and
arguments, before any parsing, so the work per message is bounded), then dispatch via the command
table (``bot.commands``); free text goes to ``kb.ask`` with the chat's follow-up topic. User text is
normalised with ``clean_text`` before it is understood. Domain errors become friendly replies;
anything unexpected is logged with its traceback and the user gets a short apology. Every reply is
inert (``bot.messages.Reply``) and never contains a configured token.

Also here: plain-text formatting helpers the transports share (``source_lines``, ``trim``,
``render_plain``).
"""

from __future__ import annotations

import asyncio
import logging
import os
import re
import tempfile
import time
import unicodedata
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Protocol

from rapidfuzz import fuzz

from bot import commands
from bot.commands import ArgKind, Command
from bot.config import Config, redact, redact_in_logs
from bot.context import ContextKey, ContextStore
from bot.errors import (
    Bilingual,
    EmptyQuestion,
    NotAllowed,
    ReadOnly,
    TooLong,
    UnknownCommand,
    UploadError,
    UserError,
)
from bot.messages import Incoming, Reply, clean_text, locale_language, strip_markup
from bot.ratelimit import RateLimiter
from knowledge.model import Answer, ReloadReport, Source, Stats, Topic
from knowledge.text import detect_language, fold

logger = logging.getLogger(__name__)

APOLOGY = {
    "nl": "Sorry, er ging iets mis aan mijn kant. Probeer het later nog eens.",
    "en": "Sorry, something went wrong on my side. Please try again later.",
}
QUOTE_CHARS = 120
MAX_SOURCES = 3
_SAFE_NAME = re.compile(r"^[^\W_][\w .,()'+-]{0,119}$")
LANGUAGE_CHARS = 2000
"""The language of a message is told from at most this many characters (bounded work)."""
SCORED_CHARS = 100
"""Argument text longer than this is cut before fuzzy scoring (names are far shorter)."""


class KnowledgeAPI(Protocol):
    """What the core needs of ``knowledge.KnowledgeBase`` (so tests may pass a fake)."""

    async def reload(self, articles_dir: str | Path) -> ReloadReport:
        """Sync the store with a folder of articles."""
        ...

    async def ingest_file(self, path: str | Path) -> ReloadReport:
        """Add or re-parse one article file."""
        ...

    async def ask(self, question: str, context: Topic | None = None) -> Answer:
        """Answer a free-text question."""
        ...

    async def result(self, driver: str, grand_prix: str, season: int | None = None,
                     lang: str = "nl") -> Answer:
        """A driver's finish in a Grand Prix."""
        ...

    async def championship(self, driver: str, season: int | None = None, lang: str = "nl") -> Answer:
        """A driver's championship position."""
        ...

    async def incidents(self, driver: str, grand_prix: str | None = None, season: int | None = None,
                        lang: str = "nl") -> Answer:
        """A driver's crashes, retirements and penalties."""
        ...

    async def sources_summary(self, lang: str = "nl", season: int | None = None) -> str:
        """Which articles, seasons and races are known (all races of ``season`` when given)."""
        ...

    async def stats(self) -> Stats:
        """Counts of articles, sentences and facts."""
        ...

    def complete_driver(self, prefix: str, limit: int = 25) -> list[str]:
        """Driver names for autocomplete (nicknames match too)."""
        ...

    def complete_grand_prix(self, prefix: str, limit: int = 25, lang: str = "nl") -> list[str]:
        """Grand Prix names for autocomplete, one per race, in ``lang``."""
        ...

    def complete_team(self, prefix: str, limit: int = 25) -> list[str]:
        """Team names for autocomplete."""
        ...


# --- formatting helpers (shared by transports) ---------------------------------------------------


def trim(text: str, limit: int, ellipsis: str = "…") -> str:
    """``text`` cut to at most ``limit`` characters, ending in ``ellipsis`` when cut."""
    if len(text) <= limit:
        return text
    if limit <= len(ellipsis):
        return text[:limit]
    return text[: limit - len(ellipsis)].rstrip() + ellipsis


def format_source(source: Source, quote_chars: int = QUOTE_CHARS) -> str:
    """One compact source line: the article name and a trimmed quote."""
    name = source.title or source.article
    quote = trim(" ".join(source.sentence.split()), quote_chars)
    return f"{name}: “{quote}”" if quote else name


def source_lines(sources: tuple[Source, ...] | list[Source], max_sources: int = MAX_SOURCES,
                 quote_chars: int = QUOTE_CHARS) -> list[str]:
    """Source lines for a footer, duplicates removed, at most ``max_sources``."""
    lines: list[str] = []
    for source in sources:
        line = format_source(source, quote_chars)
        if line not in lines:
            lines.append(line)
        if len(lines) >= max_sources:
            break
    return lines


def render_plain(reply: Reply, limit: int | None = None) -> str:
    """A reply as plain text with a compact sources footer (console, logs, plain transports)."""
    text = reply.text
    lines = source_lines(reply.sources)
    if lines:
        text += "\n\n" + "\n".join(f"📰 {line}" for line in lines)
    return trim(text, limit) if limit is not None else text


_REASONS_NL: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(en), nl) for en, nl in (
    (r"file name is not UTF-8", "de bestandsnaam is geen UTF-8"),
    (r"link points outside the articles folder", "de link wijst buiten de artikelmap"),
    (r"not a regular file", "geen gewoon bestand"),
    (r"cannot read: (.*)", r"niet te lezen: \1"),
    (r"cannot list folder: (.*)", r"map niet te lezen: \1"),
    (r"too large \((\d+) bytes, at most (\d+)\)", r"te groot (\1 bytes, maximaal \2)"),
    (r"too large \(more than (\d+) bytes\)", r"te groot (meer dan \1 bytes)"),
    (r"empty file", "leeg bestand"),
    (r"binary file \(contains NUL bytes\)|binary content \(NUL bytes\)", "binair bestand (NUL-bytes)"),
    (r"not UTF-8 text \(byte (\d+)\)", r"geen UTF-8-tekst (byte \1)"),
    (r"no sentences found", "geen zinnen gevonden"),
))


def reason_text(reason: str, lang: str) -> str:
    """Why an article was not loaded (the knowledge base says it in English), in ``lang``; a reason
    without a Dutch wording stays English."""
    if lang == "nl":
        for pattern, dutch in _REASONS_NL:
            if pattern.fullmatch(reason):
                return pattern.sub(dutch, reason)
    return reason


def format_reload_report(report: ReloadReport, lang: str, totals: Stats | None = None) -> str:
    """A short, human summary of a ``ReloadReport``: what changed, and (given ``totals``) what the
    knowledge base now holds in all, so a reload that changed nothing does not read as empty."""
    nl = lang == "nl"
    lines = [
        (f"Herladen: {len(report.added)} nieuw, {len(report.changed)} gewijzigd, "
         f"{len(report.removed)} verwijderd, {report.unchanged} ongewijzigd "
         f"({report.facts} feiten gelezen uit nieuwe en gewijzigde artikelen).")
        if nl else
        (f"Reloaded: {len(report.added)} added, {len(report.changed)} changed, "
         f"{len(report.removed)} removed, {report.unchanged} unchanged "
         f"({report.facts} facts read from added and changed articles)."),
    ]
    if report.official:
        lines.append(f"Officiële uitslagen bijgewerkt: {report.official}." if nl
                     else f"Official results updated: {report.official}.")
    if totals is not None:
        lines.append(format_totals(totals, lang))
    if report.failed:
        lines.append("Mislukt:" if nl else "Failed:")
        lines += [f"- {Path(p.path).name}: {reason_text(p.reason, lang)}" for p in report.failed[:10]]
        if len(report.failed) > 10:
            lines.append(f"… (+{len(report.failed) - 10})")
    return "\n".join(lines)


def format_totals(stats: Stats, lang: str) -> str:
    """One line: what the knowledge base holds in all."""
    seasons = (f"{stats.seasons[0]}–{stats.seasons[-1]}" if len(stats.seasons) > 1 else
               str(stats.seasons[0]) if stats.seasons else "-")
    if lang == "nl":
        return (f"Kennisbank: {stats.articles} artikelen, {stats.facts} feiten, seizoenen {seasons}, "
                f"{len(stats.grands_prix)} Grands Prix.")
    return (f"Knowledge base: {stats.articles} articles, {stats.facts} facts, seasons {seasons}, "
            f"{len(stats.grands_prix)} Grands Prix.")


KIND_NAMES_NL = {
    "finish": "uitslag", "grid": "startplaats", "qualifying": "kwalificatie", "pitlane": "pitstraatstart",
    "podium": "podium", "championship": "kampioenschap", "retirement": "uitvalbeurt", "crash": "crash",
    "collision": "aanrijding", "penalty": "straf", "points": "punten",
}
"""Dutch names of the fact kinds in /stats (an unknown kind keeps its own name)."""


def format_stats(stats: Stats, lang: str) -> str:
    """A short, human summary of ``Stats``."""
    nl = lang == "nl"
    kinds = ", ".join(f"{KIND_NAMES_NL.get(k, k) if nl else k}: {v}"
                      for k, v in sorted(stats.facts_by_kind.items())) or "-"
    seasons = ", ".join(str(s) for s in stats.seasons) or "-"
    if nl:
        return (f"Artikelen: {stats.articles}\nZinnen: {stats.sentences}\nFeiten: {stats.facts} ({kinds})\n"
                f"Seizoenen: {seasons}\nGrands Prix: {len(stats.grands_prix)}\nCoureurs: {stats.drivers}")
    return (f"Articles: {stats.articles}\nSentences: {stats.sentences}\nFacts: {stats.facts} ({kinds})\n"
            f"Seasons: {seasons}\nGrands Prix: {len(stats.grands_prix)}\nDrivers: {stats.drivers}")


def safe_article_name(filename: str) -> str:
    """A safe file name for an uploaded article, or ``UploadError`` ("extension" or "name").

    Only a plain ``name.txt`` is accepted: no folders, no '..', no hidden or control characters.
    """
    name = unicodedata.normalize("NFC", filename.strip())
    if not name.lower().endswith(".txt"):
        raise UploadError("extension")
    stem = name[:-4]
    if ("/" in name or "\\" in name or ".." in name or "\x00" in name
            or not _SAFE_NAME.match(stem) or any(unicodedata.category(c)[0] == "C" for c in name)):
        raise UploadError("name")
    return stem + ".txt"


# --- the core -------------------------------------------------------------------------------------


class BotCore:
    """Routes neutral messages to the knowledge base and returns neutral replies.

    ``kb`` is a ``knowledge.KnowledgeBase`` (or anything with the same methods); ``clock`` is
    injectable for tests (rate limits, context expiry).
    """

    def __init__(self, kb: KnowledgeAPI, config: Config, *,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.kb = kb
        self.config = config
        self._clock = clock
        self._limiter = RateLimiter(config.limits.user_per_minute, config.limits.global_per_minute, clock)
        self._context = ContextStore(config.context.ttl_seconds, clock)
        # Per sent answer (platform, chat, message id): its topic; a reply to it continues it, by anyone.
        self._answers = ContextStore(config.context.ttl_seconds, clock)
        # Whoever builds a core gets token redaction in logs, even without going through the runner.
        redact_in_logs(config.discord.token, config.telegram.token)

    # --- public API used by transports ---

    async def handle(self, msg: Incoming) -> Reply:
        """Answer one message. Never raises (except cancellation)."""
        is_text = msg.command is None and msg.attachment is None
        lang = self.text_language(msg) if is_text else self.language(msg)
        try:
            if msg.platform != "console":
                self._limiter.check((msg.platform, msg.user_id))
            return _without_secrets(await self._dispatch(msg))
        except UserError as exc:
            logger.info("%s reply to %s user %s: %s", exc.kind, msg.platform, msg.user_id,
                        type(exc).__name__)
            return _without_secrets(Reply(exc.text(lang), kind=exc.kind))
        except Exception:
            logger.exception("Unexpected error handling %s message (command=%s) from user %s in chat %s",
                             msg.platform, msg.command, msg.user_id, msg.chat_id)
            return Reply(APOLOGY.get(lang, APOLOGY["nl"]), kind="error")

    def is_admin(self, msg: Incoming) -> bool:
        """Whether the sender may use admin commands (the console user always may)."""
        if msg.platform == "console":
            return True
        return msg.user_id in self.config.admin_ids(msg.platform)

    def language(self, msg: Incoming) -> str:
        """Reply language of commands, help and usage errors: the user's platform locale (Telegram
        ``language_code``, Discord ``interaction.locale``) when it is Dutch or English, else that of the
        chat's last answer, else ``knowledge.language``."""
        return (locale_language(msg.locale) or self._context.language(self._key(msg))
                or self.config.knowledge.language)

    def text_language(self, msg: Incoming) -> str:
        """Reply language of a free-text message: the language it is written in (markup and mentions
        aside); when its words do not tell, ``language(msg)``."""
        text = strip_markup(clean_text(msg.text[:LANGUAGE_CHARS]))
        return detect_language(text, default=self.language(msg))

    def topic(self, msg: Incoming) -> Topic | None:
        """The follow-up topic: that of the bot's answer the message replies to, else the sender's own."""
        if msg.reply_to is not None:
            replied = self._answers.topic((msg.platform, msg.chat_id, msg.reply_to))
            if replied is not None:
                return replied
        return self._context.topic(self._key(msg))

    def sent(self, msg: Incoming, reply: Reply, message_id: str) -> None:
        """``reply`` to ``msg`` went out as message ``message_id``: a reply to it continues its topic."""
        if reply.topic is not None:
            self._answers.remember((msg.platform, msg.chat_id, message_id), topic=reply.topic)

    def complete(self, kind: ArgKind, prefix: str, limit: int = 25, lang: str | None = None) -> list[str]:
        """Autocomplete choices for an argument kind (drivers, Grands Prix in ``lang``, default
        ``knowledge.language``; seasons have none)."""
        if kind == "driver":
            return self.kb.complete_driver(prefix, limit)
        if kind == "competitor":  # a driver or a team: teams whose name starts so first ("fer": Ferrari)
            teams = self.kb.complete_team(prefix, limit)
            first = [t for t in teams if fold(t).startswith(fold(prefix.strip()))]
            return list(dict.fromkeys(first + self.kb.complete_driver(prefix, limit) + teams))[:limit]
        if kind == "grand_prix":
            return self.kb.complete_grand_prix(prefix, limit, lang or self.config.knowledge.language)
        return []

    def help_text(self, msg: Incoming) -> str:
        """The /help text rendered from the command table (admin commands only for admins)."""
        lang = self.language(msg)
        admin = self.is_admin(msg)
        nl = lang == "nl"
        lines = [
            "Stel gewoon een vraag, bijv. “Wie won de Grand Prix van Monaco in 2024?” "
            "Daarna kan een vervolgvraag: “en in 2023?”" if nl else
            "Just ask a question, e.g. “Who won the Monaco Grand Prix in 2024?” "
            "Then follow up: “and in 2023?”",
            "",
        ]
        for command in commands.visible_commands(admin=False):
            lines.append(f"{command.usage(lang)} — {command.help_for(lang)}")
        if admin:
            lines += ["", "Beheer:" if nl else "Admin:"]
            lines += [f"{c.usage(lang)} — {c.help_for(lang)}" for c in commands.COMMANDS if c.admin]
        return "\n".join(lines)

    async def ask(self, msg: Incoming, question: str) -> Reply:
        """Answer a free-text question, passing (and then updating) the follow-up topic."""
        self._check_length(question)
        question = strip_markup(clean_text(question)).strip()
        if not question:
            raise EmptyQuestion()
        answer = await self.kb.ask(question, context=self.topic(msg))
        return self.answer_reply(msg, answer)

    def answer_reply(self, msg: Incoming, answer: Answer) -> Reply:
        """Turn an ``Answer`` into a ``Reply``, remembering its topic and language for follow-ups."""
        answered = answer.status == "answered"
        # An unknown answer's topic is kept too: "en Norris?" after "how many laps did Pérez do" asks laps
        # again, not the question before it. A question that said nothing leaves the old topic in place.
        keep = answer.topic != Topic()
        self._context.remember(self._key(msg), topic=answer.topic if keep else None,
                               lang=answer.lang or None)
        text = answer.text
        if answer.suggestions:
            label = "Bedoel je" if answer.lang == "nl" else "Did you mean"
            text += f"\n{label}: " + ", ".join(answer.suggestions[:5]) + "?"
        return Reply(text, kind="answer" if answered else "unknown", sources=answer.sources,
                     topic=answer.topic if keep else None)

    async def reload(self, msg: Incoming) -> Reply:
        """Re-read the articles folder (admin) and report what changed."""
        if not self.config.knowledge.writer:
            raise ReadOnly()
        articles_dir = self.config.knowledge.articles_dir
        report = await self.kb.reload(articles_dir)
        totals = await self.kb.stats()
        logger.info("Reload by %s user %s: %d added, %d changed, %d removed, %d failed, %d facts read; "
                    "%d articles, %d facts in all", msg.platform, msg.user_id, len(report.added),
                    len(report.changed), len(report.removed), len(report.failed), report.facts,
                    totals.articles, totals.facts)
        return Reply(format_reload_report(report, self.language(msg), totals), kind="info")

    async def stats(self, msg: Incoming) -> Reply:
        """Knowledge base statistics (admin)."""
        return Reply(format_stats(await self.kb.stats(), self.language(msg)), kind="info")

    async def upload(self, msg: Incoming) -> Reply:
        """Validate an uploaded ``.txt`` article, save it into articles_dir and ingest it (admin)."""
        if not self.config.knowledge.writer:
            raise ReadOnly()
        attachment = msg.attachment
        if attachment is None:
            raise UploadError("missing")
        name = safe_article_name(attachment.filename)
        limit = self.config.limits.max_upload_bytes
        if len(attachment.data) > limit:
            raise UploadError("size", limit=limit)
        try:
            text = attachment.data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise UploadError("encoding") from None
        if "\x00" in text:
            raise UploadError("encoding")
        if not text.strip():
            raise UploadError("empty")

        articles_dir = self.config.knowledge.articles_dir
        target = articles_dir / name
        try:
            existed = await asyncio.to_thread(_write_article, articles_dir, target, text)
        except OSError:
            logger.exception("Could not save uploaded article %s in %s", name, articles_dir)
            raise UploadError("save") from None
        logger.info("Article %s uploaded by %s user %s (%d bytes)", name, msg.platform, msg.user_id,
                    len(attachment.data))
        try:
            report = await self.kb.ingest_file(target)
        except Exception:
            if not existed:
                target.unlink(missing_ok=True)
            raise
        lang = self.language(msg)
        if report.failed:
            if not existed:
                target.unlink(missing_ok=True)
            reason = report.failed[0].reason
            raise UploadError("parse", detail=Bilingual(nl=reason_text(reason, "nl"), en=reason))
        if lang == "nl":
            return Reply(f"Artikel {name} opgeslagen: {report.facts} feiten gevonden.", kind="info")
        return Reply(f"Article {name} saved: {report.facts} facts extracted.", kind="info")

    # --- internals ---

    @staticmethod
    def _key(msg: Incoming) -> ContextKey:
        return (msg.platform, msg.chat_id, msg.user_id)

    def _check_length(self, text: str) -> None:
        limit = self.config.limits.max_question_chars
        if len(text) > limit:
            raise TooLong(limit=limit)

    async def _dispatch(self, msg: Incoming) -> Reply:
        name = msg.command
        if name is None and msg.attachment is not None:
            name = "upload"
        if name is None:
            question = msg.text.strip()
            if not question:
                raise EmptyQuestion()
            return await self.ask(msg, question)

        command = commands.get_command(name)
        if command is None:
            raise UnknownCommand(command=trim(name, 32))
        if msg.attachment is not None and not command.accepts_attachment:
            command = commands.COMMANDS_BY_NAME["upload"]
        if command.admin and not self.is_admin(msg):
            logger.warning("Refused admin command /%s for %s user %s", command.name, msg.platform,
                           msg.user_id)
            raise NotAllowed(command=command.labels())
        self._check_length(msg.text)
        self._check_length(" ".join(map(str, msg.args.values())))
        args = self._args(command, msg)
        logger.debug("Command /%s from %s user %s", command.name, msg.platform, msg.user_id)
        return await command.handler(self, msg, args)

    def _args(self, command: Command, msg: Incoming) -> dict[str, str]:
        raw = {name: clean_text(str(value)) for name, value in msg.args.items()}
        text = clean_text(msg.text)
        if not raw and text.strip():
            lang = self.language(msg)  # Grand Prix names are scored in the user's language
            raw = commands.parse_text_args(command, text,
                                           lambda kind, part: self._score_part(kind, part, lang))
        return commands.validate_args(command, raw)

    def _score_part(self, kind: ArgKind, text: str, lang: str) -> float:
        """How well ``text`` matches a known name of ``kind`` (0..100), for splitting text args."""
        if kind not in ("driver", "grand_prix"):
            return 50.0
        text = text[:SCORED_CHARS]
        try:
            names = self.complete(kind, text, 5, lang)
        except Exception:
            logger.exception("Autocomplete failed while splitting arguments")
            return 0.0
        query = text.casefold()
        return max((float(fuzz.WRatio(query, n.casefold())) for n in names), default=0.0)


def _without_secrets(reply: Reply) -> Reply:
    """``reply`` with every registered token replaced by '***' (a user may paste one to be echoed)."""
    sources = tuple(replace(s, article=redact(s.article), sentence=redact(s.sentence),
                            title=redact(s.title) if s.title is not None else None) for s in reply.sources)
    text = redact(reply.text)
    if text == reply.text and sources == reply.sources:
        return reply
    return Reply(text, kind=reply.kind, sources=sources, topic=reply.topic)


def _write_article(articles_dir: Path, target: Path, text: str) -> bool:
    """Atomically write ``text`` to ``target`` inside ``articles_dir``; return whether it existed."""
    articles_dir.mkdir(parents=True, exist_ok=True)
    if target.resolve().parent != articles_dir.resolve():
        raise UploadError("name")
    existed = target.exists()
    fd, tmp = tempfile.mkstemp(prefix=".upload-", suffix=".tmp", dir=articles_dir)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return existed
