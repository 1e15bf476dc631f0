"""Start everything in one event loop: the knowledge base, then every configured transport.

``run(config, fallback_console)`` is the synchronous entry point for ``racebot run``. It opens the
knowledge base in ``data_dir``, reloads ``articles_dir`` (logging the report), starts Discord and
Telegram concurrently (each only if its token is set) and waits for SIGINT/SIGTERM, then stops
them cleanly. Without any token it says so and, with ``fallback_console``, runs the console.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import sys
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from contextlib import asynccontextmanager
from typing import Protocol, TextIO

from bot.config import Config, redact_in_logs
from bot.core import BotCore, format_reload_report
from knowledge.service import KnowledgeBase

logger = logging.getLogger(__name__)

NO_TOKENS = ("No Discord or Telegram token configured (set RACEBOT_DISCORD_TOKEN / RACEBOT_TELEGRAM_TOKEN "
             "or [discord]/[telegram] token in config.toml).")


class Stopper(Protocol):
    """What a started transport returns: ``await handle.stop()`` shuts it down."""

    async def stop(self) -> None:
        """Stop the transport."""
        ...


Starter = Callable[[BotCore, Config], Awaitable[Stopper]]


def quiet_noisy_loggers() -> None:
    """httpx logs every request URL (with the bot token) at INFO: keep it and httpcore at WARNING."""
    for name in ("httpx", "httpcore"):
        logging.getLogger(name).setLevel(logging.WARNING)


@asynccontextmanager
async def open_knowledge(config: Config, *, reload: bool = True) -> AsyncIterator[KnowledgeBase]:
    """Open the KnowledgeBase at ``data_dir/racebot.sqlite3``, reload ``articles_dir``, close on exit."""
    data_dir = config.knowledge.data_dir
    await asyncio.to_thread(data_dir.mkdir, parents=True, exist_ok=True)
    kb = await KnowledgeBase.open(config.knowledge.db_path)
    try:
        if reload:
            articles_dir = config.knowledge.articles_dir
            report = await kb.reload(articles_dir)
            logger.info("Articles in %s: %s", articles_dir,
                        format_reload_report(report, "en").replace("\n", " "))
            for problem in report.failed:
                logger.warning("Article %s was not loaded: %s", problem.path, problem.reason)
        yield kb
    finally:
        await kb.close()


def _starters(config: Config) -> dict[str, Starter]:
    """The transports whose token is configured, by name."""
    starters: dict[str, Starter] = {}
    if config.discord.enabled:
        async def discord(core: BotCore, cfg: Config) -> Stopper:
            from bot.discord_transport import start_discord

            return await start_discord(core, cfg)

        starters["Discord"] = discord
    if config.telegram.enabled:
        async def telegram(core: BotCore, cfg: Config) -> Stopper:
            from bot.telegram_transport import start_telegram

            return await start_telegram(core, cfg)

        starters["Telegram"] = telegram
    return starters


async def start_transports(core: BotCore, config: Config,
                           starters: Mapping[str, Starter] | None = None) -> dict[str, Stopper]:
    """Start the transports concurrently; failures are logged (without secrets) and left out."""
    starters = _starters(config) if starters is None else starters
    names = list(starters)
    results = await asyncio.gather(*(starters[n](core, config) for n in names), return_exceptions=True)
    started: dict[str, Stopper] = {}
    for name, result in zip(names, results, strict=True):
        if isinstance(result, BaseException):
            if isinstance(result, asyncio.CancelledError | KeyboardInterrupt | SystemExit):
                raise result
            logger.error("%s failed to start: %s: %s", name, type(result).__name__, result,
                         exc_info=result)
        else:
            started[name] = result
    return started


async def stop_transports(handles: dict[str, Stopper]) -> None:
    """Stop every started transport concurrently, logging (not raising) failures."""
    results = await asyncio.gather(*(h.stop() for h in handles.values()), return_exceptions=True)
    for name, result in zip(handles, results, strict=True):
        if isinstance(result, BaseException):
            logger.error("%s did not stop cleanly", name, exc_info=result)


@contextlib.contextmanager
def _stop_on_signals(stop: asyncio.Event) -> Iterator[None]:
    loop = asyncio.get_running_loop()
    installed: list[signal.Signals] = []
    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(sig, stop.set)
            installed.append(sig)
        except (NotImplementedError, RuntimeError, ValueError):  # Windows, or not the main thread
            pass
    try:
        yield None
    finally:
        for sig in installed:
            loop.remove_signal_handler(sig)


async def serve(config: Config, *, fallback_console: bool = False, stop: asyncio.Event | None = None,
                starters: Mapping[str, Starter] | None = None, stdin: TextIO | None = None,
                out: TextIO | None = None) -> int:
    """Run the bot until ``stop`` is set (or SIGINT/SIGTERM); returns an exit code.

    ``starters`` (default: from the configured tokens) and the console streams are injectable.
    """
    redact_in_logs(config.discord.token, config.telegram.token)
    quiet_noisy_loggers()
    starters = _starters(config) if starters is None else starters
    if not starters:
        message = NO_TOKENS + (" Starting the console instead." if fallback_console else "")
        if logging.getLogger().hasHandlers():
            logger.warning("%s", message)
        else:  # nobody would see the log
            print(message, file=sys.stderr)
        if not fallback_console:
            return 2
        from bot.console import console_session

        return await console_session(config, stdin=stdin, out=out)

    stop = stop or asyncio.Event()
    async with open_knowledge(config) as kb:
        core = BotCore(kb, config)
        with _stop_on_signals(stop):
            handles = await start_transports(core, config, starters)
            if not handles:
                logger.error("No transport could be started")
                return 1
            logger.info("Running: %s (not started: %s). Stop with Ctrl+C.", ", ".join(handles),
                        ", ".join(n for n in starters if n not in handles) or "none")
            try:
                await stop.wait()
                logger.info("Shutting down")
            finally:
                await stop_transports(handles)
    logger.info("Stopped")
    return 0


def run(config: Config, fallback_console: bool = False) -> int:
    """Synchronous entry point for ``racebot run``: ``serve`` in a new event loop; returns an exit code."""
    try:
        return asyncio.run(serve(config, fallback_console=fallback_console))
    except KeyboardInterrupt:  # Ctrl+C before the signal handlers were installed
        return 130
