"""Start everything in one event loop: the knowledge base, then every configured transport.

``run(config, fallback_console)`` is the synchronous entry point for ``racebot run``. It opens the
knowledge base in ``data_dir``, reloads ``articles_dir`` (logging the report), and runs each
configured transport (Discord, Telegram) under ``supervise``: a transport that fails to start or
ends by itself (a gateway down at start-up, any exception) is started again after a back-off
(``[restart]``), so the process never stays alive and silent. A cause a restart cannot fix
(``FatalTransportError``: a rejected token, intents not enabled) stops everything and ``serve``
returns 1 with that message, for a supervisor such as systemd to report. SIGINT/SIGTERM stop
cleanly (0). Without any token it says so and, with ``fallback_console``, runs the console.
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
from bot.errors import FatalTransportError, TransportEnded
from knowledge.service import KnowledgeBase

logger = logging.getLogger(__name__)

NO_TOKENS = ("No Discord or Telegram token configured (set RACEBOT_DISCORD_TOKEN / RACEBOT_TELEGRAM_TOKEN "
             "or [discord]/[telegram] token in config.toml).")


class Stopper(Protocol):
    """What a started transport returns.

    ``await handle.wait()`` returns or raises when the transport ended by itself (its connection loop
    gave up, or failed): the runner then starts it again. It raises ``FatalTransportError`` when a
    restart cannot help. ``await handle.stop()`` shuts it down.
    """

    async def wait(self) -> None:
        """Wait until the transport has ended by itself."""
        ...

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
        refused = await kb.use_official(config.knowledge.results_dir)
        if refused is not None:
            logger.warning("Official results in %s refused: %s", refused.path, refused.reason)
        if reload:
            articles_dir = config.knowledge.articles_dir
            report = await kb.reload(articles_dir)
            logger.info("Articles in %s: %s", articles_dir,
                        format_reload_report(report, "en", await kb.stats()).replace("\n", " "))
            for problem in report.failed:
                logger.warning("Article %s was not loaded: %s", problem.path, problem.reason)
        yield kb
    finally:
        await kb.close()


def _starters(config: Config) -> dict[str, Starter]:
    """The transports whose token is configured, by name."""
    starters: dict[str, Starter] = {}
    if config.discord.enabled:
        from bot.discord_transport import discord_starter

        starters["Discord"] = discord_starter()
    if config.telegram.enabled:
        async def telegram(core: BotCore, cfg: Config) -> Stopper:
            from bot.telegram_transport import start_telegram

            return await start_telegram(core, cfg)

        starters["Telegram"] = telegram
    return starters


async def supervise(name: str, starter: Starter, core: BotCore, config: Config) -> None:
    """Keep one transport running: start it, wait until it ends, start it again after a back-off.

    Never returns; raises ``FatalTransportError`` ("<name> cannot run: <why>") when a restart cannot help.
    The delay doubles from ``restart.initial_seconds`` up to ``restart.max_seconds``, and starts
    again from the beginning after a run that lasted ``max_seconds``.
    """
    loop = asyncio.get_running_loop()
    initial = config.restart.initial_seconds
    maximum = max(initial, config.restart.max_seconds)
    delay = initial
    while True:
        began = loop.time()
        handle: Stopper | None = None
        try:
            handle = await starter(core, config)
            logger.info("%s: started", name)
            await handle.wait()
            raise TransportEnded("its connection loop ended")
        except FatalTransportError as exc:
            raise FatalTransportError(f"{name} cannot run: {exc}") from None
        except Exception as exc:  # anything else: start again (never stay alive and silent)
            verb = "failed to start" if handle is None else "stopped"
            logger.error("%s %s: %s: %s; starting it again in %.1f s", name, verb, type(exc).__name__,
                         exc, delay)
            logger.debug("%s: what ended it", name, exc_info=exc)
        finally:
            if handle is not None:
                await _stop_quietly(name, handle)
        if loop.time() - began >= maximum:
            delay = initial
        await asyncio.sleep(delay)
        delay = min(maximum, delay * 2)


async def keep_fresh(kb: KnowledgeBase, seconds: float) -> None:
    """Every ``seconds``, take over what another process sharing the database committed. Never returns;
    a failed refresh is logged and tried again next time."""
    while True:
        await asyncio.sleep(seconds)
        try:
            await kb.refresh()
        except Exception:
            logger.exception("Could not refresh the knowledge base; trying again in %.0f s", seconds)


async def _stop_quietly(name: str, handle: Stopper) -> None:
    try:
        await handle.stop()
    except Exception:
        logger.exception("%s did not stop cleanly", name)


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
    code = 0
    async with open_knowledge(config, reload=config.knowledge.writer) as kb:
        core = BotCore(kb, config)
        with _stop_on_signals(stop):
            tasks = [asyncio.create_task(supervise(name, starter, core, config), name=f"racebot-{name}")
                     for name, starter in starters.items()]
            tasks.append(asyncio.create_task(keep_fresh(kb, config.knowledge.refresh_seconds),
                                             name="racebot-refresh"))
            stopping = asyncio.create_task(stop.wait())
            logger.info("Starting: %s. Stop with Ctrl+C.", ", ".join(starters))
            try:
                done, _ = await asyncio.wait([stopping, *tasks], return_when=asyncio.FIRST_COMPLETED)
                for task in tasks:
                    if task in done:  # only a fatal error ends a supervisor
                        code = 1
                        exc = task.exception()
                        logger.critical("Exiting with status 1: %s", exc)
                        if not logging.getLogger().hasHandlers():
                            print(f"racebot: {exc}", file=sys.stderr)
                if not code:
                    logger.info("Shutting down")
            finally:
                # Cancelling a supervisor stops its transport (in its ``finally``).
                stopping.cancel()
                for task in tasks:
                    task.cancel()
                await asyncio.gather(stopping, *tasks, return_exceptions=True)
    logger.info("Stopped" if not code else "Stopped after a fatal error")
    return code


def run(config: Config, fallback_console: bool = False) -> int:
    """Synchronous entry point for ``racebot run``: ``serve`` in a new event loop; returns an exit code."""
    try:
        return asyncio.run(serve(config, fallback_console=fallback_console))
    except KeyboardInterrupt:  # Ctrl+C before the signal handlers were installed
        return 130
