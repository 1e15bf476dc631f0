"""Telegram by webhook: the REAL python-telegram-bot web server (``telegram.webhook_url``) receiving
updates posted to it on 127.0.0.1, replying through the fake Bot API.

Two instances with the same webhook URL stand for several instances behind one HTTP load balancer:
whichever receives an update answers it.
"""

from __future__ import annotations

import socket
from dataclasses import replace
from typing import Any

import aiohttp
import pytest
from fake_telegram import FakeTelegram

from bot.config import Config, ConfigError, parse_config
from bot.core import BotCore
from bot.telegram_transport import TelegramHandle, start_telegram

URL = "https://bot.example.org/racebot/telegram"
SECRET = "webhook-secret-do-not-log"
USER = 1001


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def webhook_config(tg_config: Config, port: int) -> Config:
    return replace(
        tg_config,
        telegram=replace(
            tg_config.telegram, webhook_url=URL, webhook_listen=f"127.0.0.1:{port}", webhook_secret=SECRET
        ),
    )


async def post(port: int, update: dict[str, Any], secret: str | None = SECRET) -> int:
    headers = {"X-Telegram-Bot-Api-Secret-Token": secret} if secret else {}
    async with (
        aiohttp.ClientSession() as session,
        session.post(f"http://127.0.0.1:{port}/racebot/telegram", json=update, headers=headers) as response,
    ):
        return response.status


def update(tg: FakeTelegram, update_id: int, text: str, **kwargs: Any) -> dict[str, Any]:
    return {"update_id": update_id, "message": tg.message(USER, text, **kwargs)}


async def test_updates_posted_to_the_webhook_are_answered(
    tg: FakeTelegram, core: BotCore, tg_config: Config, caplog: pytest.LogCaptureFixture
) -> None:
    port = free_port()
    handle: TelegramHandle = await start_telegram(core, webhook_config(tg_config, port))
    try:
        [hook] = tg.called("setWebhook")
        assert hook["url"] == URL and hook["secret_token"] == SECRET
        assert not tg.polls  # no long polling in webhook mode
        assert await post(port, update(tg, 1, "Wie won de Grand Prix van Bahrein?")) == 200
        [sent] = await tg.wait_for_sent(1)
        assert "Verstappen" in sent["text"] and sent["chat_id"] == str(USER)
        # Without the secret the request is refused and nothing is answered.
        assert await post(port, update(tg, 2, "Wie won?"), secret=None) == 403
        assert await post(port, update(tg, 3, "/help", language_code="en"), secret="wrong") == 403
        assert await post(port, update(tg, 4, "/help", language_code="en")) == 200
        sent_all = await tg.wait_for_sent(2)
    finally:
        await handle.stop()
    assert sent_all[1]["text"].startswith("Just ask a question")
    assert len(tg.sent()) == 2
    assert SECRET not in caplog.text


async def test_two_instances_behind_one_load_balancer(
    tg: FakeTelegram, core: BotCore, fake_kb: Any, tg_config: Config
) -> None:
    ports = [free_port(), free_port()]
    handles = [await start_telegram(core, webhook_config(tg_config, port)) for port in ports]
    try:
        assert [h["url"] for h in tg.called("setWebhook")] == [URL, URL]
        for i, port in enumerate(ports):  # the balancer sends each update to one of them
            assert await post(port, update(tg, 10 + i, f"Wie won in {2023 + i}?")) == 200
        sent = await tg.wait_for_sent(2)
    finally:
        for handle in handles:
            await handle.stop()
    assert all("Verstappen" in s["text"] for s in sent)
    assert [q for name, (q, _) in fake_kb.calls if name == "ask"] == ["Wie won in 2023?", "Wie won in 2024?"]


@pytest.mark.parametrize(
    ("telegram", "message"),
    [
        ({"webhook_url": "ftp://x"}, "key 'telegram.webhook_url' must be an http(s) URL"),
        ({"webhook_listen": "8443"}, "key 'telegram.webhook_listen' must be \"host:port\""),
        ({"webhook_listen": "0.0.0.0:99999"}, "key 'telegram.webhook_listen' must be \"host:port\""),
    ],
)
def test_bad_webhook_settings_name_the_key(telegram: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigError) as info:
        parse_config({"telegram": telegram}, env={})
    assert str(info.value).startswith(message)
