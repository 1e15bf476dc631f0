"""The Telegram transport: the real python-telegram-bot polling a fake Bot API on 127.0.0.1."""

from __future__ import annotations

import asyncio
import io
import logging
import os
import signal
from collections.abc import AsyncIterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from fake_telegram import BOT_USERNAME, GROUP_ID, TOKEN, FakeTelegram, parse_json_param

from bot.commands import COMMANDS_BY_NAME
from bot.config import Config
from bot.core import BotCore
from bot.errors import EmptyQuestion, FatalTransportError, NotAllowed, TooLong
from bot.messages import Reply
from bot.runner import Stopper, serve
from bot.telegram_transport import ZWSP, TelegramHandle, menu_commands, render_html, start_telegram
from knowledge.model import Answer, Source

ADMIN = 4242  # admin in the ``config`` fixture
USER = 1001
OTHER_USER = 1002
THIRD_USER = 1003


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.fixture
async def running(core: BotCore, tg_config: Config) -> AsyncIterator[TelegramHandle]:
    handle = await start_telegram(core, tg_config)
    try:
        yield handle
    finally:
        await handle.stop()


def menus_by_scope(tg: FakeTelegram, scope: dict[str, Any]) -> dict[str | None, list[str]]:
    """The command names of every setMyCommands call for ``scope``, by language_code."""
    return {m.get("language_code"): [c["command"] for c in parse_json_param(m, "commands")]
            for m in tg.called("setMyCommands") if parse_json_param(m, "scope") == scope}


async def test_start_sets_command_menu_from_table(tg: FakeTelegram, running: TelegramHandle) -> None:
    assert tg.called("getMe")
    default = menus_by_scope(tg, {"type": "default"})
    assert set(default) == {None, "nl", "en"}
    assert default["en"] == [c.command for c in menu_commands("en", admin=False)]
    assert default[None] == default["nl"] == [c.command for c in menu_commands("nl", admin=False)]
    assert "result" in default["en"] and "reload" not in default["en"]
    assert "uitslag" in default["nl"] and "herladen" not in default["nl"]
    # The admin menu in the admin's own chat, in both languages too.
    admin = menus_by_scope(tg, {"type": "chat", "chat_id": ADMIN})
    assert set(admin) == {None, "nl", "en"}
    assert {"reload", "stats", "upload"} <= set(admin["en"])
    assert {"herladen", "statistieken", "uploaden"} <= set(admin["nl"])
    calls = [m for m in tg.called("setMyCommands") if parse_json_param(m, "scope") == {"type": "default"}]
    descriptions = {m.get("language_code"): parse_json_param(m, "commands")[0]["description"] for m in calls}
    assert descriptions["en"] == "Ask a question about Formula 1"
    assert descriptions["nl"] == "Stel een vraag over de Formule 1"


async def test_replies_follow_the_users_telegram_language(tg: FakeTelegram, running: TelegramHandle,
                                                          fake_kb: Any) -> None:
    """A new English-speaking user gets English for /start, /help and command usage at once (no free
    text needed first); Dutch names work for everybody; another language gets the configured one."""
    await tg.send_text(USER, "/start", language_code="en")
    await tg.wait_for_sent(1)
    await tg.send_text(USER, "/result", language_code="en")
    await tg.wait_for_sent(2)
    await tg.send_text(USER + 1, "/uitslag", language_code="nl")
    await tg.wait_for_sent(3)
    await tg.send_text(USER + 2, "/hulp uitslag", language_code="en-GB")
    await tg.wait_for_sent(4)
    await tg.send_text(USER + 3, "/help", language_code="de")
    texts = [s["text"] for s in await tg.wait_for_sent(5)]
    assert texts[0].startswith("Just ask a question") and "/result &lt;driver&gt;" in texts[0]
    assert "uitslag" not in texts[0]
    assert texts[1] == "Missing: driver.\nUsage: /result &lt;driver&gt; &lt;grand_prix&gt; [season]"
    assert texts[2] == "Ontbreekt: coureur.\nGebruik: /uitslag &lt;coureur&gt; &lt;grote_prijs&gt; [seizoen]"
    assert texts[3].startswith("/result &lt;driver&gt; &lt;grand_prix&gt; [season]\nHow a driver finished")
    assert texts[4].startswith("Stel gewoon een vraag")  # German: the configured language (nl)
    assert fake_kb.calls == []


async def test_free_text_is_answered_in_its_own_language_whatever_the_app_language(
        tg: FakeTelegram, running: TelegramHandle, fake_kb: Any) -> None:
    # FakeKB answers in English for questions starting with "who"; the core's own replies follow the text.
    await tg.send_text(USER, "<b>Who</b> won the race?", language_code="nl")
    await tg.wait_for_sent(1)
    await tg.send_text(USER + 1, "   ", language_code="en")
    await tg.wait_for_sent(2)
    await tg.send_text(USER + 2, "x" * 300 + " wie won de race van het jaar", language_code="en")
    texts = [s["text"] for s in await tg.wait_for_sent(3)]
    assert fake_kb.calls[0] == ("ask", ("Who won the race?", None))  # the markup is not part of it
    assert texts[1] == EmptyQuestion().text("en")
    assert texts[2] == TooLong(limit=200).text("nl")


async def test_admin_menu_is_set_when_an_admin_first_writes(tg: FakeTelegram, core: BotCore,
                                                            tg_config: Config) -> None:
    """Telegram refuses a chat's menu until its user has written to the bot ("chat not found")."""
    tg.unknown_chats.add(ADMIN)
    handle = await start_telegram(core, tg_config)
    try:
        assert menus_by_scope(tg, {"type": "chat", "chat_id": ADMIN}) == {}
        await tg.send_text(ADMIN, "/help", language_code="en")
        await tg.wait_for_sent(1)
        await tg.send_text(ADMIN, "/help", language_code="en")
        await tg.wait_for_sent(2)
    finally:
        await handle.stop()
    admin = menus_by_scope(tg, {"type": "chat", "chat_id": ADMIN})
    assert set(admin) == {None, "nl", "en"} and "reload" in admin["en"] and "herladen" in admin["nl"]
    chat_calls = [m for m in tg.called("setMyCommands") if parse_json_param(m, "scope")["type"] == "chat"]
    assert len(chat_calls) == 3  # set once, not on every message


async def test_private_question_is_answered(tg: FakeTelegram, running: TelegramHandle,
                                            fake_kb: Any) -> None:
    await tg.send_text(USER, "Wie won de Grand Prix van Bahrein?")
    [sent] = await tg.wait_for_sent(1)
    assert int(sent["chat_id"]) == USER
    assert sent["parse_mode"] == "HTML"
    assert sent["text"].startswith("Max Verstappen won in 2024.")
    assert "\n\n<i>📰 bahrein-2024.txt: “Max Verstappen heeft" in sent["text"]
    assert fake_kb.calls == [("ask", ("Wie won de Grand Prix van Bahrein?", None))]


async def test_result_command_and_follow_up(tg: FakeTelegram, running: TelegramHandle,
                                            fake_kb: Any) -> None:
    await tg.send_text(USER, "/result Max Verstappen, Bahrein, 2024")
    await tg.wait_for_sent(1)
    await tg.send_text(USER, "en in 2023?")
    sent = await tg.wait_for_sent(2)
    assert fake_kb.calls[0] == ("result", ("Max Verstappen", "Bahrein", 2024, "nl"))
    assert "Max Verstappen werd eerste in Bahrein 2024." in sent[0]["text"]
    name, (question, context) = fake_kb.calls[1]
    assert (name, question) == ("ask", "en in 2023?")
    assert context is not None and context.season == 2024 and context.intent == "result"
    assert "2023" in sent[1]["text"]


async def test_command_addressed_to_this_bot_and_start_alias(tg: FakeTelegram,
                                                             running: TelegramHandle) -> None:
    await tg.send_text(USER, f"/help@{BOT_USERNAME}")
    await tg.send_text(USER, "/start")
    await tg.send_text(USER, "/bogus")
    sent = await tg.wait_for_sent(3)
    assert "/uitslag &lt;coureur&gt; &lt;grote_prijs&gt; [seizoen]" in sent[0]["text"]
    assert sent[1]["text"] == sent[0]["text"]
    assert "/bogus" in sent[2]["text"]


async def test_replies_are_html_escaped(tg: FakeTelegram, running: TelegramHandle) -> None:
    await tg.send_text(USER, "/championship <b>Max</b> & co")
    [sent] = await tg.wait_for_sent(1)
    assert sent["text"] == "&lt;b&gt;Max&lt;/b&gt; &amp; co is kampioen."


# No ',', ';' or '|': they would split the command's arguments.
MARKUP = ('<b>vet</b> <a href="tg://user?id=4242">klik</a> <script>x</script> &copy *md* _md_ '
          '[link](https://example.invalid) `code` ~strike~')


async def test_markup_in_a_question_comes_back_inert(tg: FakeTelegram, running: TelegramHandle) -> None:
    await tg.send_text(USER, f"/championship {MARKUP}")
    [sent] = await tg.wait_for_sent(1)
    assert sent["parse_mode"] == "HTML"
    text = sent["text"]
    # Every '<' the user typed is escaped: no tag (and so no link or mention) reaches Telegram.
    assert "<" not in text and "&lt;a href=&quot;tg://user?id=4242&quot;&gt;" in text
    assert "&amp;copy" in text  # an entity the user typed is shown as typed, not decoded
    # Markdown means nothing in HTML mode: it is shown literally.
    assert "*md* _md_ [link](https://example.invalid) `code` ~strike~ is kampioen." in text


async def test_markup_and_mentions_in_articles_come_back_inert(tg: FakeTelegram, running: TelegramHandle,
                                                               fake_kb: Any) -> None:
    fake_kb.answer = Answer("answered", "Volgens @fia_official won <i>Max</i>.", lang="nl", sources=(
        Source("x.txt", '<a href="https://evil.invalid">klik</a> @everyone @some_user',
               title="<b>Titel</b>"),))
    await tg.send_text(USER, "Wie won er?", chat_id=GROUP_ID, chat_type="supergroup", reply_to_bot=True)
    [sent] = await tg.wait_for_sent(1)
    text = sent["text"]
    body, footer = text.split("\n\n")
    assert body == f"Volgens @{ZWSP}fia_official won &lt;i&gt;Max&lt;/i&gt;."
    assert footer.startswith("<i>📰 &lt;b&gt;Titel&lt;/b&gt;: “&lt;a href=&quot;https://evil.invalid&quot;&gt;")
    assert f"@{ZWSP}everyone @{ZWSP}some_user" in footer and footer.endswith("</i>")
    assert text.count("<") == 2  # only our own <i>…</i> footer


@pytest.mark.parametrize("command", ["/reload", "/stats", "/upload", f"/reload@{BOT_USERNAME}"])
async def test_admin_commands_are_refused_for_non_admins(tg: FakeTelegram, running: TelegramHandle,
                                                         fake_kb: Any, command: str) -> None:
    await tg.send_text(USER, command)
    await tg.send_text(USER, command, chat_id=GROUP_ID, chat_type="supergroup")
    sent = await tg.wait_for_sent(2)
    name = command[1:].split("@")[0]
    assert [s["text"] for s in sent] == [NotAllowed(command=COMMANDS_BY_NAME[name].labels()).text("nl")] * 2
    assert fake_kb.calls == []
    await tg.send_text(ADMIN, "/stats")
    assert "Artikelen: 3" in (await tg.wait_for_sent(3))[2]["text"]  # the admin is not refused


async def test_group_only_commands_and_replies_to_bot(tg: FakeTelegram, running: TelegramHandle,
                                                      fake_kb: Any) -> None:
    await tg.send_text(USER, "Wie won er?", chat_id=GROUP_ID, chat_type="supergroup")
    await tg.send_text(USER, "/sources", chat_id=GROUP_ID, chat_type="supergroup")
    await tg.send_text(USER, "/sources@some_other_bot", chat_id=GROUP_ID, chat_type="supergroup")
    await tg.send_text(USER, "En in 2023?", chat_id=GROUP_ID, chat_type="supergroup", reply_to_bot=True)
    sent = await tg.wait_for_sent(2)
    await tg.wait_until_consumed()
    assert len(tg.sent()) == 2
    assert [int(s["chat_id"]) for s in sent] == [GROUP_ID, GROUP_ID]
    assert "3 artikelen" in sent[0]["text"]
    assert fake_kb.names() == ["sources_summary", "ask"]
    assert fake_kb.calls[1][1][0] == "En in 2023?"
    assert parse_json_param(sent[0], "reply_parameters") is not None  # quotes in groups


async def test_admin_upload(tg: FakeTelegram, running: TelegramHandle, fake_kb: Any,
                            articles_dir: Path) -> None:
    data = b"date 2024-04\nLando Norris won de Grand Prix van Miami.\n"
    file_id = await tg.send_document(ADMIN, "miami-2024.txt", data)
    [sent] = await tg.wait_for_sent(1)
    assert int(sent["chat_id"]) == ADMIN
    assert "miami-2024.txt opgeslagen: 2 feiten" in sent["text"]
    assert tg.called("getFile") == [{"file_id": file_id}]
    assert tg.downloads == ["documents/file-1.txt"]
    assert (articles_dir / "miami-2024.txt").read_bytes() == data
    assert fake_kb.calls == [("ingest_file", (articles_dir / "miami-2024.txt",))]


async def test_non_admin_upload_is_refused_without_download(tg: FakeTelegram, running: TelegramHandle,
                                                            fake_kb: Any, articles_dir: Path) -> None:
    before = listing(articles_dir)
    await tg.send_document(USER, "miami-2024.txt", b"date 2024-04\nNorris won.")
    [sent] = await tg.wait_for_sent(1)
    assert "alleen voor beheerders" in sent["text"]
    assert tg.called("getFile") == [] and tg.downloads == []
    assert listing(articles_dir) == before
    assert fake_kb.calls == []


async def test_admin_upload_validation(tg: FakeTelegram, running: TelegramHandle, fake_kb: Any,
                                       articles_dir: Path) -> None:
    before = listing(articles_dir)
    await tg.send_document(ADMIN, "../../evil.txt", b"hello")
    await tg.send_document(ADMIN, "notes.pdf", b"hello")
    await tg.send_document(ADMIN, "big.txt", b"x" * 2001)
    await tg.send_document(ADMIN, "latin.txt", "Pérez".encode("latin-1"))
    sent = await tg.wait_for_sent(4)
    texts = [s["text"] for s in sent]
    assert "bestandsnaam" in texts[0]
    assert "alleen .txt" in texts[1]
    assert "te groot" in texts[2]
    assert "UTF-8" in texts[3]
    assert tg.downloads == ["documents/file-4.txt"]  # only the one that passed the cheap checks
    assert listing(articles_dir) == before
    assert fake_kb.calls == []


async def test_group_document_needs_upload_caption(tg: FakeTelegram, running: TelegramHandle,
                                                   fake_kb: Any) -> None:
    await tg.send_document(ADMIN, "a.txt", b"date 2024-04\nNorris won.", chat_id=GROUP_ID,
                             chat_type="supergroup")
    await tg.send_document(ADMIN, "b.txt", b"date 2024-04\nNorris won.", chat_id=GROUP_ID,
                             chat_type="supergroup", caption="/upload")
    [sent] = await tg.wait_for_sent(1)
    await tg.wait_until_consumed()
    assert len(tg.sent()) == 1
    assert "b.txt opgeslagen" in sent["text"]
    assert [Path(c[1][0]).name for c in fake_kb.calls] == ["b.txt"]


async def test_rate_limit(tg: FakeTelegram, running: TelegramHandle, fake_kb: Any) -> None:
    for i in range(6):  # user_per_minute = 5 in the config fixture
        await tg.send_text(USER, f"Vraag {i}?")
    sent = await tg.wait_for_sent(6)
    assert all("Verstappen" in s["text"] for s in sent[:5])
    assert "te veel vragen" in sent[5]["text"]
    assert len(fake_kb.calls) == 5


async def test_token_never_logged(tg: FakeTelegram, core: BotCore, tg_config: Config,
                                  caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG):
        handle = await start_telegram(core, tg_config)
        await tg.send_text(USER, "Wie won?")
        await tg.wait_for_sent(1)
        await handle.stop()
    assert caplog.records, "expected library debug logs"
    assert "Telegram: polling as @racebot_test_bot" in caplog.text
    assert TOKEN not in caplog.text
    assert all(TOKEN not in r.getMessage() for r in caplog.records)


async def test_bad_token_fails_start(tg: FakeTelegram, core: BotCore, tg_config: Config) -> None:
    bad = replace(tg_config, telegram=replace(tg_config.telegram, token="1:wrong-token"))
    with pytest.raises(FatalTransportError, match="Telegram rejected the bot token") as info:
        await start_telegram(core, bad)
    assert "wrong-token" not in str(info.value)


# --- rendering (no server) ---------------------------------------------------------------------


def test_render_html_trims_to_4096() -> None:
    source = Source("a.txt", "zin " * 100)
    long = render_html(Reply("<&>" * 3000, sources=(source,)))
    assert len(long) <= 4096
    assert long.startswith("&lt;&amp;&gt;") and long.endswith("…")
    assert "📰" not in long  # sources go before the answer text is cut
    fits = render_html(Reply("a" * 3900, sources=(source,)))
    assert len(fits) <= 4096
    assert fits.startswith("a" * 3900) and fits.endswith("</i>") and "📰 a.txt: “zin" in fits
    huge = render_html(Reply("b" * 5000))
    assert len(huge) == 4096 and huge.endswith("…")


def test_render_html_never_cuts_an_entity() -> None:
    for limit in range(5, 60):
        text = render_html(Reply("&" * 100), limit=limit)
        assert len(text) <= limit
        assert text.removesuffix("…").replace("&amp;", "") == ""


# --- with the real KnowledgeBase -----------------------------------------------------------------


async def test_real_kb_over_telegram(tg: FakeTelegram, real_core: BotCore, tg_config: Config,
                                     articles_dir: Path) -> None:
    handle = await start_telegram(real_core, tg_config)
    try:
        await tg.send_text(USER, "Wie won de Grand Prix van Bahrein in 2024?")
        await tg.wait_for_sent(1)
        await tg.send_text(USER, "en in 2023?")
        await tg.wait_for_sent(2)
        await tg.send_document(ADMIN, "miami-2024.txt",
                                 b"date 2024-05\nLando Norris heeft de Grand Prix van Miami gewonnen.\n")
        await tg.wait_for_sent(3)
        await tg.send_text(ADMIN, "Wie won de Grand Prix van Miami in 2024?")
        sent = await tg.wait_for_sent(4)
    finally:
        await handle.stop()
    assert "Verstappen" in sent[0]["text"] and "📰 bahrein-2024.txt" in sent[0]["text"]
    assert "2023" in sent[1]["text"] and "📰 bahrein-2023.txt" in sent[1]["text"]
    assert "miami-2024.txt opgeslagen" in sent[2]["text"]
    assert "Norris" in sent[3]["text"] and "📰 miami-2024.txt" in sent[3]["text"]
    assert (articles_dir / "miami-2024.txt").exists()


async def test_sources_and_help_for_one_command_over_the_real_knowledge_base(
        tg: FakeTelegram, real_core: BotCore, tg_config: Config) -> None:
    handle = await start_telegram(real_core, tg_config)
    try:
        await tg.send_text(USER, "/bronnen", language_code="nl")
        await tg.wait_for_sent(1)
        await tg.send_text(USER, "/sources 2023", language_code="en")
        await tg.wait_for_sent(2)
        await tg.send_text(USER, "/help championship", language_code="en")
        texts = [s["text"] for s in await tg.wait_for_sent(3)]
    finally:
        await handle.stop()
    assert texts[0] == ("Ik ken 3 artikelen over 2 seizoenen.\n2024 (2 races): Bahrein, Monaco.\n"
                        "2023 (1 race): Bahrein.")
    assert texts[1] == "2023, 1 race: Bahrain."
    assert texts[2].startswith("/championship &lt;driver&gt; [season]\n"
                               "A driver&#x27;s place in the championship")


# --- the runner (needs the real KnowledgeBase: ``real_kb`` skips while it is not implemented) ---


async def test_runner_serves_telegram_until_sigterm(tg: FakeTelegram, tg_config: Config, real_kb: Any,
                                                    caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG):
        task = asyncio.create_task(serve(tg_config))
        await tg.send_text(USER, "Wie won de Grand Prix van Bahrein in 2024?")
        [sent] = await tg.wait_for_sent(1, within=10)
        os.kill(os.getpid(), signal.SIGTERM)
        assert await asyncio.wait_for(task, 5) == 0
    assert "Verstappen" in sent["text"]
    assert "Telegram: started" in caplog.text
    assert "3 added" in caplog.text  # the articles were reloaded at start-up
    assert "Knowledge base: 3 articles, " in caplog.text  # and what it holds in all
    assert "Telegram: stopped" in caplog.text
    assert TOKEN not in caplog.text
    assert (tg_config.knowledge.db_path).exists()


async def test_runner_survives_a_failing_transport(tg: FakeTelegram, tg_config: Config, real_kb: Any,
                                                   caplog: pytest.LogCaptureFixture) -> None:
    async def broken(core: BotCore, config: Config) -> Stopper:
        raise RuntimeError("gateway unreachable")

    async def telegram(core: BotCore, config: Config) -> Stopper:
        return await start_telegram(core, config)

    caplog.set_level(logging.INFO)
    stop = asyncio.Event()
    starters = {"Discord": broken, "Telegram": telegram}
    task = asyncio.create_task(serve(tg_config, stop=stop, starters=starters))
    await tg.send_text(USER, "/help")
    await tg.wait_for_sent(1, within=10)
    stop.set()
    assert await asyncio.wait_for(task, 5) == 0
    assert ("Discord failed to start: RuntimeError: gateway unreachable; starting it again in 2.0 s"
            in caplog.text)
    assert "Telegram: started" in caplog.text


async def test_runner_without_tokens(config: Config, real_kb: Any,
                                     caplog: pytest.LogCaptureFixture) -> None:
    assert not config.telegram.enabled and not config.discord.enabled
    assert await serve(config, fallback_console=False) == 2
    assert "No Discord or Telegram token configured" in caplog.text
    assert "Starting the console" not in caplog.text
    out = io.StringIO()
    stdin = io.StringIO("Wie won de Grand Prix van Bahrein in 2024?\n")
    code = await serve(config, fallback_console=True, stdin=stdin, out=out)
    assert code == 0
    assert "Starting the console instead" in caplog.text
    assert "Verstappen" in out.getvalue() and "📰 bahrein-2024.txt" in out.getvalue()


async def test_group_reply_to_an_answer_continues_its_topic_whoever_replies(
        tg: FakeTelegram, running: TelegramHandle, fake_kb: Any) -> None:
    await tg.send_text(USER, "/ask Wie won de Grand Prix van Bahrein in 2023?", chat_id=GROUP_ID,
                       chat_type="supergroup")
    await tg.wait_for_sent(1)
    answer = tg.sent_messages[-1]
    # Another member replies to the bot's answer: the follow-up is about that answer's race and season.
    await tg.push(tg.message(OTHER_USER, "en daarna?", chat_id=GROUP_ID, chat_type="supergroup",
                             reply_to_message=answer))
    await tg.wait_for_sent(2)
    question, context = fake_kb.calls[-1][1]
    assert question == "en daarna?"
    assert context is not None and (context.grand_prix, context.season) == ("bahrain", 2023)
    # A reply to some other message of the bot (not an answer it remembers) borrows nothing.
    await tg.send_text(THIRD_USER, "en daarna?", chat_id=GROUP_ID, chat_type="supergroup", reply_to_bot=True)
    await tg.wait_for_sent(3)
    assert fake_kb.calls[-1][1] == ("en daarna?", None)
    # A command sent as a reply to the answer continues it too.
    await tg.push(tg.message(THIRD_USER, "/ask en toen?", chat_id=GROUP_ID, chat_type="supergroup",
                             reply_to_message=answer))
    await tg.wait_for_sent(4)
    question, context = fake_kb.calls[-1][1]
    assert question == "en toen?" and context is not None and context.season == 2023
