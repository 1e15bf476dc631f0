# Faults: getUpdates 5xx/409/HTML/hangs/drops; sendMessage 429/5xx/hangs/drops; bad getFile; failing handlers.
"""Telegram transport faults: the REAL python-telegram-bot polling the fake Bot API on 127.0.0.1.

Every test breaks something once (or a few times), then checks that the bot answers the next
update. The transport is started with short ``Timings`` (poll interval 0.05 s, so the library's
back-off after a failed poll starts at 0.075 s; a hung poll is abandoned 0.5 s after its
timeout; other calls time out after 1 s; retries after 0.05 s). Nothing in the library is patched.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from dataclasses import replace
from typing import Any

import pytest
from fake_telegram import TOKEN, FakeTelegram, api_error, drop, hang, malformed, proxy_error

from bot.config import Config
from bot.core import APOLOGY, BotCore
from bot.messages import Incoming, Reply
from bot.telegram_transport import TelegramHandle, Timings, start_telegram

ADMIN = 4242  # admin in the ``config`` fixture
USER = 1001
TIMINGS = Timings(poll_interval=0.05, hang_slack=0.5, request_timeout=1.0, send_attempts=3, retry_delay=0.05,
                  max_retry_after=2.0)

# python-telegram-bot's own RetryAfter constructor reads its deprecated int ``retry_after``.
pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")


@pytest.fixture
def roomy_config(tg_config: Config) -> Config:
    """``tg_config`` with rate limits these tests do not reach."""
    return replace(tg_config, limits=replace(tg_config.limits, user_per_minute=100, global_per_minute=100))


@pytest.fixture
def tg_core(fake_kb: Any, roomy_config: Config, clock: Any) -> BotCore:
    return BotCore(fake_kb, roomy_config, clock=clock)


@pytest.fixture
async def bot(tg_core: BotCore, roomy_config: Config) -> AsyncIterator[TelegramHandle]:
    handle = await start_telegram(tg_core, roomy_config, timings=TIMINGS)
    try:
        yield handle
    finally:
        await handle.stop()


async def ask(tg: FakeTelegram, text: str, *, user: int = USER, within: float = 5.0) -> dict[str, Any]:
    """A user sends ``text``; return the bot's next delivered message."""
    before = len(tg.sent())
    await tg.send_text(user, text)
    return (await tg.wait_for_sent(before + 1, within=within))[before]


def assert_answer(sent: dict[str, Any]) -> None:
    assert sent["text"].startswith("Max Verstappen won in 2024."), sent["text"]


# --- polling ----------------------------------------------------------------------------------------


POLL_FAULTS = {
    "500": [api_error(500, "Internal Server Error")],
    "502-json": [api_error(502, "Bad Gateway")],
    "502-html": [proxy_error(502)],
    "409": [api_error(409, "Conflict: terminated by other getUpdates request")],
    "hang": [hang()],
    "drop": [drop()],
    # The hang last: after a time-out the library's next back-off restarts at 1 s.
    "mixed": [api_error(502, "Bad Gateway"), proxy_error(504), drop(), api_error(500, "Internal"), hang()],
}


@pytest.mark.parametrize("faults", POLL_FAULTS.values(), ids=POLL_FAULTS.keys())
async def test_polling_recovers(tg: FakeTelegram, bot: TelegramHandle, faults: list[Any],
                                caplog: pytest.LogCaptureFixture) -> None:
    assert_answer(await ask(tg, "Wie won?"))
    tg.fail_next("getUpdates", *faults)
    before = len(tg.sent())
    await tg.send_text(USER, "Wie won er tijdens de storing?")  # waits on the server meanwhile
    await tg.wait_faults_served("getUpdates")
    [sent] = (await tg.wait_for_sent(before + 1))[before:]
    assert_answer(sent)
    assert_answer(await ask(tg, "Wie won?"))
    assert sum(tg.injected.values()) == len(faults)
    assert len(tg.sent()) == 3  # nothing lost, nothing twice
    assert TOKEN not in caplog.text


async def test_failed_poll_is_one_log_line(tg: FakeTelegram, bot: TelegramHandle,
                                           caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING)
    tg.fail_next("getUpdates", api_error(502, "Bad Gateway"))
    await tg.wait_faults_served("getUpdates")
    assert_answer(await ask(tg, "Wie won?"))
    [record] = [r for r in caplog.records if r.name == "bot.telegram_transport"]
    assert record.getMessage() == "Telegram: getUpdates failed (NetworkError: Bad Gateway); polling again"
    assert record.exc_info is None


# --- replies ----------------------------------------------------------------------------------------


SEND_FAULTS = {
    "500": [api_error(500, "Internal Server Error")],
    "502-html": [proxy_error(502)],
    "hang": [hang()],
    "drop": [drop()],
    "two": [api_error(500, "Internal Server Error"), drop()],
}


@pytest.mark.parametrize("faults", SEND_FAULTS.values(), ids=SEND_FAULTS.keys())
async def test_failed_reply_is_sent_again(tg: FakeTelegram, bot: TelegramHandle,
                                          faults: list[Any]) -> None:
    tg.fail_next("sendMessage", *faults)
    sent = await ask(tg, "Wie won?")
    assert_answer(sent)
    assert len(tg.failed) == len(faults) and tg.sent() == [sent]
    assert_answer(await ask(tg, "Wie won?"))


async def test_flood_wait_is_honoured(tg: FakeTelegram, bot: TelegramHandle) -> None:
    loop = asyncio.get_running_loop()
    tg.fail_next("sendMessage", api_error(429, "Too Many Requests: retry after 1", retry_after=1))
    started = loop.time()
    sent = await ask(tg, "Wie won?")
    assert loop.time() - started >= 0.9  # retry_after, not retry_delay
    assert_answer(sent)
    assert len(tg.failed) == 1 and tg.sent() == [sent]


async def test_reply_that_cannot_be_sent_is_dropped_and_the_bot_goes_on(
        tg: FakeTelegram, bot: TelegramHandle, caplog: pytest.LogCaptureFixture) -> None:
    tg.fail_next("sendMessage", *[api_error(500, "Internal Server Error")] * TIMINGS.send_attempts)
    tg.fail_next("sendMessage", api_error(429, "Too Many Requests: retry after 60", retry_after=60))
    tg.fail_next("sendMessage", api_error(400, "Bad Request: can't parse entities"))
    for _ in range(3):
        await tg.send_text(USER, "Wie won?")
    await tg.wait_faults_served("sendMessage")
    assert_answer(await ask(tg, "Wie won?"))
    assert len(tg.sent()) == 1
    assert len(tg.failed) == TIMINGS.send_attempts + 2  # the 429 and 400 are not tried again
    assert "could not reply to chat 1001 after 3 attempts" in caplog.text
    assert "flood control asks to wait 60 s" in caplog.text
    assert "Can't parse entities" in caplog.text


# --- failing handlers -----------------------------------------------------------------------------


class BrokenCore(BotCore):
    """A core with a bug: ``handle`` raises for messages containing "kapot"."""

    async def handle(self, msg: Incoming) -> Reply:
        if "kapot" in msg.text:
            raise RuntimeError("secret internal detail")
        return await super().handle(msg)


async def test_failing_knowledge_base_gets_an_apology(tg: FakeTelegram, bot: TelegramHandle,
                                                      fake_kb: Any) -> None:
    fake_kb.fail_ask = True
    sent = await ask(tg, "Wie won?")
    assert sent["text"] == APOLOGY["nl"]
    fake_kb.fail_ask = False
    assert_answer(await ask(tg, "Wie won?"))


async def test_failing_handler_gets_an_apology_and_polling_goes_on(
        tg: FakeTelegram, fake_kb: Any, roomy_config: Config, clock: Any,
        caplog: pytest.LogCaptureFixture) -> None:
    handle = await start_telegram(BrokenCore(fake_kb, roomy_config, clock=clock), roomy_config,
                                  timings=TIMINGS)
    try:
        first = await ask(tg, "Wie won? kapot")
        command = await ask(tg, "/ask kapot")
        answer = await ask(tg, "Wie won?")
    finally:
        await handle.stop()
    assert first["text"] == APOLOGY["nl"] and command["text"] == APOLOGY["nl"]
    assert_answer(answer)
    assert "RuntimeError: secret internal detail" in caplog.text  # the traceback is in the log only
    assert all("secret" not in s["text"] and "Traceback" not in s["text"] for s in tg.sent())


async def test_malformed_api_answer_gets_an_apology(tg: FakeTelegram, bot: TelegramHandle,
                                                    fake_kb: Any) -> None:
    tg.fail_next("getFile", malformed())
    await tg.send_document(ADMIN, "miami-2024.txt", b"date 2024-04\nLando Norris won in Miami.\n")
    [apology] = await tg.wait_for_sent(1)
    assert apology["text"] == APOLOGY["nl"]
    assert fake_kb.calls == []
    await tg.send_document(ADMIN, "miami-2024.txt", b"date 2024-04\nLando Norris won in Miami.\n")
    sent = await tg.wait_for_sent(2)
    assert "miami-2024.txt opgeslagen" in sent[1]["text"]
