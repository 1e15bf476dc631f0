"""``racebot run`` never stays alive and silent: transports that end are started again with a back-off,
and causes a restart cannot fix (a rejected token, intents not enabled) end the process non-zero.

The transports are the real discord.py and python-telegram-bot clients against the fake servers on
127.0.0.1; the knowledge base is the real one over the tiny test articles. Back-off delays are
shortened through the ``[restart]`` config keys.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
from collections.abc import AsyncIterator
from dataclasses import replace
from typing import Any

import pytest
from fake_discord import CHANNEL_ID, GUILD_ID, FakeDiscord, serving
from fake_telegram import FakeTelegram, proxy_error

from bot.config import Config, RestartConfig
from bot.core import BotCore
from bot.discord_transport import discord_starter
from bot.errors import FatalTransportError, ReadOnly, TransportEnded
from bot.messages import Incoming
from bot.runner import Starter, Stopper, serve, supervise
from bot.telegram_transport import start_telegram

DISCORD_TOKEN = "fake-token-runner-do-not-log"
USER = 1001


@pytest.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    async with serving(DISCORD_TOKEN) as server:
        yield server


@pytest.fixture
def run_config(config: Config) -> Config:
    """Discord on the fake, answering every message in CHANNEL_ID; restarts after 0.05 s, at most 0.2 s."""
    return replace(
        config,
        restart=RestartConfig(initial_seconds=0.05, max_seconds=0.2),
        limits=replace(config.limits, user_per_minute=100, global_per_minute=100),
        discord=replace(
            config.discord, token=DISCORD_TOKEN, guild_ids=(GUILD_ID,), channel_ids=(CHANNEL_ID,)
        ),
    )


def fast_discord() -> Starter:
    """The runner's Discord starter with short time-outs."""
    return discord_starter(
        defer_after=0.3,
        guild_ready_timeout=0.05,
        heartbeat_timeout=1.0,
        send_timeout=2.0,
        retry_delay=0.05,
        identify_delay=0.05,
    )


async def telegram_starter(core: BotCore, config: Config) -> Stopper:
    return await start_telegram(core, config)


async def ask_discord(fake: FakeDiscord, question: str, within: float = 10.0) -> str:
    before = len(fake.created)
    await fake.send_message(question)
    await fake.wait_until(lambda: len(fake.created) > before, within)
    return str(fake.created[before]["content"])


async def test_discord_gateway_down_at_start_is_retried_until_it_answers(
    fake: FakeDiscord, run_config: Config, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    fake.gateway_down = True
    stop = asyncio.Event()
    task = asyncio.create_task(serve(run_config, stop=stop, starters={"Discord": fast_discord()}))
    try:
        # discord.py gives up on a first connection that fails; the runner starts it again.
        await fake.wait_until(lambda: fake.refused >= 2, 15)
        assert not task.done()
        fake.gateway_down = False
        await fake.wait_identified(15)
        answer = await ask_discord(fake, "Wie won de Grand Prix van Bahrein in 2024?")
    finally:
        stop.set()
        code = await asyncio.wait_for(task, 10)
    assert code == 0
    assert "Verstappen" in answer
    assert "Discord stopped" in caplog.text and "starting it again in" in caplog.text
    # Every restart logged in again, but only the first synced the slash commands.
    assert len(fake.find("GET", "/users/@me")) >= 3
    assert len(fake.find("PUT", "/applications/")) == 1
    assert DISCORD_TOKEN not in caplog.text


@pytest.mark.parametrize(
    ("code", "hint"), [(4004, "rejected the bot token"), (4014, "Message Content Intent")]
)
async def test_fatal_close_code_ends_the_process_with_a_clear_message(
    fake: FakeDiscord, run_config: Config, caplog: pytest.LogCaptureFixture, code: int, hint: str
) -> None:
    caplog.set_level(logging.INFO)
    fake.close_on_identify = code
    result = await asyncio.wait_for(serve(run_config, starters={"Discord": fast_discord()}), 15)
    assert result == 1
    assert fake.identifies == 1  # not started again: it cannot help
    critical = [r.getMessage() for r in caplog.records if r.levelno == logging.CRITICAL]
    assert len(critical) == 1 and critical[0].startswith("Exiting with status 1: Discord cannot run: ")
    assert hint in critical[0] and f"close code {code}" in critical[0]
    assert "Stopped after a fatal error" in caplog.text


async def test_rejected_discord_token_at_login_ends_the_process(
    fake: FakeDiscord, run_config: Config, caplog: pytest.LogCaptureFixture
) -> None:
    config = replace(run_config, discord=replace(run_config.discord, token="a-wrong-token-123"))
    result = await asyncio.wait_for(serve(config, starters={"Discord": fast_discord()}), 15)
    assert result == 1
    assert (
        "Exiting with status 1: Discord cannot run: Discord rejected the bot token (401 at login)"
        in caplog.text
    )
    assert "a-wrong-token-123" not in caplog.text


async def test_telegram_failing_while_discord_runs(
    fake: FakeDiscord,
    tg: FakeTelegram,
    tg_config: Config,
    run_config: Config,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The Bot API is unreachable at start-up (Telegram is started again until it answers) while Discord
    answers; later Telegram rejects the token, and the whole process exits non-zero."""
    caplog.set_level(logging.INFO)
    config = replace(run_config, telegram=tg_config.telegram)
    tg.fail_next("getMe", proxy_error(502), proxy_error(502))
    stop = asyncio.Event()
    starters: dict[str, Starter] = {"Discord": fast_discord(), "Telegram": telegram_starter}
    task = asyncio.create_task(serve(config, stop=stop, starters=starters))
    try:
        await fake.wait_identified(15)
        assert "Verstappen" in await ask_discord(fake, "Wie won de Grand Prix van Bahrein in 2024?")
        await tg.send_text(USER, "Wie won de Grand Prix van Bahrein in 2024?")
        [sent] = await tg.wait_for_sent(1, within=15)
        assert "Verstappen" in sent["text"]
        assert "Telegram failed to start" in caplog.text
        tg.token = "revoked"  # the token is revoked: every call is answered 401 Unauthorized
        result = await asyncio.wait_for(task, 15)
    finally:
        stop.set()
        await asyncio.wait_for(task, 10)
    assert result == 1
    assert "Exiting with status 1: Telegram cannot run: Telegram rejected the bot token" in caplog.text
    assert "Discord: stopped" in caplog.text  # the other transport was shut down cleanly
    assert tg_config.telegram.token not in caplog.text


class EndingHandle:
    """A transport whose connection loop ends with ``error`` once ``end`` is set."""

    def __init__(self, error: BaseException | None) -> None:
        self.error = error
        self.end = asyncio.Event()
        self.stopped = False

    async def wait(self) -> None:
        await self.end.wait()
        if self.error is not None:
            raise self.error

    async def stop(self) -> None:
        self.stopped = True


async def test_supervise_restarts_with_a_capped_back_off(
    run_config: Config, core: BotCore, caplog: pytest.LogCaptureFixture
) -> None:
    handles: list[EndingHandle] = []
    loop = asyncio.get_running_loop()
    started: list[float] = []

    async def starter(core: BotCore, config: Config) -> Stopper:
        started.append(loop.time())
        if len(started) in (2, 3, 4):
            raise OSError("network unreachable")
        handle = EndingHandle(
            FatalTransportError("bad token")
            if len(started) == 6
            else RuntimeError("boom")
            if len(started) == 1
            else None
        )
        handles.append(handle)
        handle.end.set()
        return handle

    with pytest.raises(FatalTransportError, match=r"^Fake cannot run: bad token$"):
        await asyncio.wait_for(supervise("Fake", starter, core, run_config), 10)
    assert len(started) == 6
    assert all(h.stopped for h in handles)  # every ended transport was cleaned up before its restart
    gaps = [b - a for a, b in itertools.pairwise(started)]
    # 0.05, 0.1, 0.2, then capped at 0.2
    assert gaps[0] >= 0.05 and gaps[1] >= 0.1 and gaps[2] >= 0.2 and gaps[3] >= 0.2
    assert max(gaps) < 1.0
    assert "Fake failed to start: OSError: network unreachable" in caplog.text
    assert "Fake stopped: RuntimeError: boom" in caplog.text
    assert "Fake stopped: TransportEnded" in caplog.text


async def test_supervise_stops_its_transport_when_cancelled(run_config: Config, core: BotCore) -> None:
    handle = EndingHandle(None)

    async def starter(core: BotCore, config: Config) -> Any:
        return handle

    task = asyncio.create_task(supervise("Fake", starter, core, run_config))
    await asyncio.sleep(0.05)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert handle.stopped


async def test_reader_processes_share_the_writers_knowledge_base(
    config: Config, tmp_path: Any, caplog: pytest.LogCaptureFixture
) -> None:
    """One writer and a reader on the same data_dir: the reader never writes (no reload at start-up,
    /reload refused) and takes over what the writer committed within refresh_seconds."""
    from knowledge.service import KnowledgeBase

    caplog.set_level(logging.INFO)
    reader = replace(config, knowledge=replace(config.knowledge, role="reader", refresh_seconds=0.05))
    writer = await KnowledgeBase.open(config.knowledge.db_path)  # the writer process, for the test
    cores: list[BotCore] = []
    started = asyncio.Event()

    async def idle(core: BotCore, cfg: Config) -> Stopper:
        cores.append(core)
        started.set()
        return EndingHandle(None)

    stop = asyncio.Event()
    task = asyncio.create_task(serve(reader, stop=stop, starters={"Idle": idle}))
    try:
        await asyncio.wait_for(started.wait(), 10)
        [core] = cores
        question = Incoming(platform="telegram", chat_id="1", user_id="1", text="Wie won in Monaco in 2024?")
        def from_articles(reply: Any) -> bool:  # the official results answer without any article
            return reply.kind == "answer" and any(src.article.endswith(".txt") for src in reply.sources)

        assert not from_articles(await core.handle(question))  # the reader did not load the articles
        await writer.reload(config.knowledge.articles_dir)
        for _ in range(200):  # the reader refreshes every 0.05 s
            if from_articles(await core.handle(question)):
                break
            await asyncio.sleep(0.05)
        assert from_articles(await core.handle(question))
        assert "Leclerc" in (await core.handle(question)).text
        admin = Incoming(platform="telegram", chat_id="2", user_id="4242", command="reload", locale="en")
        refused = await core.handle(admin)
        assert refused.kind == "refused" and refused.text == ReadOnly().text("en")
    finally:
        stop.set()
        await asyncio.wait_for(task, 10)
        await writer.close()
    assert "Articles in" not in caplog.text  # no reload at start-up
    assert "Knowledge base refreshed" in caplog.text


async def test_telegram_polling_that_stops_by_itself_is_noticed(tg: FakeTelegram, core: BotCore,
                                                                tg_config: Config) -> None:
    handle = await start_telegram(core, tg_config)
    try:
        waiting = asyncio.create_task(handle.wait())
        await asyncio.sleep(0.1)
        assert not waiting.done()  # polling goes on
        assert handle.transport.app.updater is not None
        await handle.transport.app.updater.stop()  # the library's polling loop ends
        with pytest.raises(TransportEnded):
            await asyncio.wait_for(waiting, 10)
    finally:
        await handle.stop()


async def test_discord_client_closed_by_itself_is_noticed(fake: FakeDiscord, core: BotCore,
                                                          run_config: Config) -> None:
    handle = await fast_discord()(core, run_config)
    try:
        await fake.wait_identified(10)
        waiting = asyncio.create_task(handle.wait())
        await asyncio.sleep(0.1)
        assert not waiting.done()
        await handle.client.close()  # e.g. discord.py closing after an error it does not retry
        await asyncio.wait_for(waiting, 10)  # returns: the runner then starts it again
    finally:
        await handle.stop()
