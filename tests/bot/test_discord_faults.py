# Faults: gateway closes, drops, op 7, refused RESUME, silence; REST 429/5xx/drops/hangs; failing handlers.
"""Discord transport faults: the REAL discord.py client against the fake gateway + REST on 127.0.0.1.

Every test breaks something once (or a few times), then checks that the bot answers the next
message. The fake gateway sends a heartbeat interval of 0.1 s and the client is started with a
``heartbeat_timeout`` of 1 s (a documented ``discord.Client`` option), so a silent gateway is
noticed quickly; the transport's own ``send_timeout``/``retry_delay`` are shortened the same way.
No discord.py internals are patched.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import AsyncIterator
from dataclasses import replace
from typing import Any

import pytest
from fake_discord import (
    ADMIN_ID,
    BOT_ID,
    CHANNEL_ID,
    DM_CHANNEL_ID,
    GATEWAY_PATH,
    GUILD_ID,
    RESUME_PATH,
    USER_ID,
    FakeDiscord,
    RestFault,
    cloudflare_ban,
    rate_limited,
    server_error,
    serving,
)

from bot.config import Config
from bot.core import APOLOGY, BotCore
from bot.discord_transport import DiscordHandle, start_discord
from bot.messages import Incoming, Reply

TOKEN = "fake-token-faults-do-not-log"
HEARTBEAT_TIMEOUT = 1.0
MESSAGES = f"/channels/{CHANNEL_ID}/messages"
TYPING = f"/channels/{CHANNEL_ID}/typing"


@pytest.fixture
def dc_config(config: Config) -> Config:
    return replace(config,
                   limits=replace(config.limits, user_per_minute=100, global_per_minute=100),
                   discord=replace(config.discord, token=TOKEN, guild_ids=(GUILD_ID,),
                                   channel_ids=(CHANNEL_ID,), admin_ids=(ADMIN_ID,)))


@pytest.fixture
def dc_core(fake_kb: Any, dc_config: Config, clock: Any) -> BotCore:
    return BotCore(fake_kb, dc_config, clock=clock)


@pytest.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    async with serving(TOKEN) as server:
        yield server


async def start(core: BotCore, config: Config, fake: FakeDiscord) -> DiscordHandle:
    handle = await start_discord(core, config, defer_after=0.3, guild_ready_timeout=0.05,
                                 heartbeat_timeout=HEARTBEAT_TIMEOUT, send_timeout=2.0, retry_delay=0.05,
                                 identify_delay=0.05)
    async with asyncio.timeout(5):
        await handle.wait_until_ready()
    await fake.wait_sessions(1)
    return handle


async def stop(handle: DiscordHandle) -> None:
    await handle.stop()
    # discord.py's heartbeat thread may be mid-beat when the client closes (likely at a 0.1 s
    # interval): let it finish while this loop still runs, or it would meet a closed loop.
    for thread in threading.enumerate():
        if thread.name.startswith("keep-alive-handler"):
            await asyncio.to_thread(thread.join, 2.0)


@pytest.fixture
async def bot(fake: FakeDiscord, dc_core: BotCore, dc_config: Config) -> AsyncIterator[DiscordHandle]:
    handle = await start(dc_core, dc_config, fake)
    try:
        yield handle
    finally:
        await stop(handle)


async def wait_created(fake: FakeDiscord, count: int, seconds: float = 5.0) -> None:
    """Wait until the bot has created ``count`` messages in all."""
    await fake.wait_until(lambda: len(fake.created) >= count, seconds)


async def ask(fake: FakeDiscord, text: str, *, seconds: float = 5.0, **kwargs: Any) -> dict[str, Any]:
    """Send a message in the configured channel; return the bot's (first new) created reply."""
    before = len(fake.created)
    await fake.send_message(text, **kwargs)
    await wait_created(fake, before + 1, seconds)
    return fake.created[before]


def assert_answer(message: dict[str, Any]) -> None:
    assert message["content"].startswith("Max Verstappen won in 2024."), message["content"]


# --- the gateway ------------------------------------------------------------------------------------


@pytest.mark.parametrize("code", [1000, 1001, 4000])
async def test_gateway_close_is_resumed_at_the_resume_url(fake: FakeDiscord, bot: DiscordHandle,
                                                          code: int) -> None:
    assert_answer(await ask(fake, "Wie won?"))
    await fake.close_gateway(code)
    await fake.wait_sessions(2)
    assert (fake.identifies, fake.resumes) == (1, 1)
    assert fake.gateway_paths == [GATEWAY_PATH, RESUME_PATH]  # resume_gateway_url from READY
    assert_answer(await ask(fake, "Wie won?"))
    assert fake.injected == {f"gateway close {code}": 1}


async def test_dropped_connection_resumes_and_replays_missed_messages(fake: FakeDiscord,
                                                                      bot: DiscordHandle) -> None:
    """Three TCP drops without a close frame; each time a question is asked while the bot is away."""
    for round_ in range(1, 4):
        fake.drop_gateway()
        before = len(fake.created)
        await fake.send_message(f"Wie won in ronde {round_}?")  # kept by the fake, replayed on RESUME
        await fake.wait_sessions(1 + round_)
        await wait_created(fake, before + 1)
        assert_answer(fake.created[before])
    assert (fake.identifies, fake.resumes) == (1, 3)
    assert_answer(await ask(fake, "Wie won?"))
    assert fake.injected == {"gateway drop (no close frame)": 3}
    assert len(fake.created) == 4  # every question answered exactly once


async def test_reconnect_request_is_resumed(fake: FakeDiscord, bot: DiscordHandle) -> None:
    await fake.request_reconnect()
    await fake.wait_sessions(2)
    assert (fake.identifies, fake.resumes) == (1, 1)
    assert_answer(await ask(fake, "Wie won?"))


async def test_refused_resume_starts_a_new_session(fake: FakeDiscord, bot: DiscordHandle) -> None:
    fake.reject_resume = True
    await fake.close_gateway(4000)
    await fake.wait_sessions(2)
    assert (fake.identifies, fake.resumes) == (2, 0)  # INVALID_SESSION -> a fresh IDENTIFY
    assert_answer(await ask(fake, "Wie won?"))
    assert fake.injected == {"gateway close 4000": 1, "gateway resume rejected (op 9)": 1}


async def test_silent_gateway_is_noticed_and_replaced(fake: FakeDiscord, bot: DiscordHandle,
                                                      caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="discord")
    loop = asyncio.get_running_loop()
    fake.go_silent()
    started = loop.time()
    await fake.wait_sessions(2, seconds=HEARTBEAT_TIMEOUT + 4)
    assert loop.time() - started >= HEARTBEAT_TIMEOUT / 2  # noticed by the heartbeat timeout
    assert fake.resumes == 1
    assert_answer(await ask(fake, "Wie won?"))


# --- REST ---------------------------------------------------------------------------------------------


async def test_reply_survives_a_500(fake: FakeDiscord, bot: DiscordHandle) -> None:
    fake.fail_next("POST", MESSAGES, server_error(500))
    reply = await ask(fake, "Wie won?")  # discord.py waits 1 s and tries again
    assert_answer(reply)
    assert len(fake.find("POST", MESSAGES)) == 2 and len(fake.created) == 1


async def test_reply_survives_a_429(fake: FakeDiscord, bot: DiscordHandle,
                                    caplog: pytest.LogCaptureFixture) -> None:
    fake.fail_next("POST", MESSAGES, rate_limited(0.1))
    assert_answer(await ask(fake, "Wie won?"))
    assert len(fake.find("POST", MESSAGES)) == 2 and len(fake.created) == 1
    assert "rate limited" in caplog.text


@pytest.mark.parametrize("fault", [server_error(503), RestFault("drop"), RestFault("drop_after_create")],
                         ids=["503", "drop", "drop-after-create"])
async def test_reply_is_sent_again_with_the_same_nonce(fake: FakeDiscord, bot: DiscordHandle,
                                                       fault: RestFault) -> None:
    fake.fail_next("POST", MESSAGES, fault)
    start = len(fake.requests)
    reply = await ask(fake, "Wie won?")
    assert_answer(reply)
    await fake.wait_until(lambda: len(fake.find("POST", MESSAGES, start=start)) == 2)
    first, second = fake.find("POST", MESSAGES, start=start)
    assert first.body["nonce"] == second.body["nonce"] and second.body["enforce_nonce"] is True
    assert len(fake.created) == 1  # even when the first one was created and only its answer was lost
    assert fake.injected == {fault.name: 1}


async def test_hanging_reply_is_abandoned_and_sent_again(fake: FakeDiscord, bot: DiscordHandle) -> None:
    bot.client.send_timeout = 0.3
    fake.fail_next("POST", MESSAGES, RestFault("hang"))
    assert_answer(await ask(fake, "Wie won?"))
    assert len(fake.created) == 1
    assert fake.injected == {"rest hang": 1}


async def test_reply_that_cannot_be_sent_is_logged_and_the_bot_goes_on(
        fake: FakeDiscord, bot: DiscordHandle, caplog: pytest.LogCaptureFixture) -> None:
    fake.fail_next("POST", MESSAGES, cloudflare_ban())  # discord.py does not retry this one
    fake.fail_next("POST", MESSAGES, server_error(503), server_error(503))  # nor do we, a second time
    start = len(fake.requests)
    await fake.send_message("Wie won?")
    await fake.send_message("Wie won?")
    await fake.wait_until(lambda: len(fake.find("POST", MESSAGES, start=start)) == 3)
    assert fake.created == []
    assert_answer(await ask(fake, "Wie won?"))
    assert "Could not reply in channel" in caplog.text
    assert "Traceback" not in caplog.text
    assert fake.injected == {"rest 429 cloudflare": 1, "rest 503": 2}


async def test_typing_indicator_failure_does_not_stop_the_reply(fake: FakeDiscord,
                                                                 bot: DiscordHandle) -> None:
    fake.fail_next("POST", TYPING, RestFault("drop"), server_error(503))
    assert_answer(await ask(fake, "Wie won?"))
    assert_answer(await ask(fake, "Wie won?"))
    assert fake.injected == {"rest drop": 1, "rest 503": 1}


# --- failing handlers -----------------------------------------------------------------------------


class BrokenCore(BotCore):
    """A core with a bug: ``handle`` raises for questions containing "kapot"."""

    async def handle(self, msg: Incoming) -> Reply:
        if "kapot" in msg.text or "kapot" in " ".join(msg.args.values()):
            raise RuntimeError("secret internal detail")
        return await super().handle(msg)


async def test_failing_knowledge_base_gets_an_apology(fake: FakeDiscord, bot: DiscordHandle, fake_kb: Any,
                                                      caplog: pytest.LogCaptureFixture) -> None:
    fake_kb.fail_ask = True
    reply = await ask(fake, "Wie won?")
    assert reply["content"] == APOLOGY["nl"]
    assert "secret" not in reply["content"] and "Traceback" not in reply["content"]
    assert "RuntimeError: secret internal detail" in caplog.text  # the traceback goes to the log
    fake_kb.fail_ask = False
    assert_answer(await ask(fake, "Wie won?"))


async def test_failing_handler_gets_an_apology_and_the_bot_goes_on(
        fake: FakeDiscord, fake_kb: Any, dc_config: Config, clock: Any,
        caplog: pytest.LogCaptureFixture) -> None:
    handle = await start(BrokenCore(fake_kb, dc_config, clock=clock), dc_config, fake)
    try:
        reply = await ask(fake, "Wie won? kapot")
        assert reply["content"] == APOLOGY["nl"]
        dm = await ask(fake, "kapot", dm=True)
        assert dm["content"] == APOLOGY["nl"] and dm["channel_id"] == str(DM_CHANNEL_ID)
        start_ = len(fake.requests)
        interaction_id, _ = await fake.send_interaction("ask", {"question": "kapot"})
        call = await fake.wait_for(lambda r: r.path.startswith(f"/interactions/{interaction_id}/"),
                                   start=start_)
        assert call.body["data"]["content"] == APOLOGY["nl"]
        assert_answer(await ask(fake, "Wie won?"))
    finally:
        await stop(handle)
    assert "secret internal detail" in caplog.text
    assert all("secret" not in m["content"] for m in fake.created)


async def test_token_is_not_logged_through_faults(fake: FakeDiscord, bot: DiscordHandle,
                                                  caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    fake.drop_gateway()
    await fake.wait_sessions(2)
    fake.fail_next("POST", MESSAGES, RestFault("drop"))
    assert_answer(await ask(fake, "Wie won?"))
    assert TOKEN not in caplog.text
    assert USER_ID != BOT_ID
