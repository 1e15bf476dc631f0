"""The Discord transport against a fake gateway + REST server on 127.0.0.1.

The REAL discord.py client logs in, connects over a websocket, syncs its slash commands and answers
MESSAGE_CREATE / INTERACTION_CREATE dispatches; the tests assert the REST calls it makes.
One client per module (``env``); each test uses its own user or advances the clock so rate limits
and follow-up context do not leak between tests.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import discord
import pytest
import pytest_asyncio
from fake_discord import (
    ADMIN_ID,
    APP_ID,
    BOT_ID,
    CHANNEL_ID,
    DM_CHANNEL_ID,
    GUILD_ID,
    OTHER_CHANNEL_ID,
    OTHER_USER_ID,
    ROLE_ID,
    FakeDiscord,
    RecordedRequest,
    pings,
)

from bot.commands import COMMANDS, COMMANDS_BY_NAME
from bot.config import Config, parse_config
from bot.core import BotCore
from bot.discord_transport import (
    CONTENT_LIMIT,
    ZWSP,
    DiscordHandle,
    RacebotClient,
    discord_intents,
    escape_text,
    neutralize_mentions,
    render_reply,
    start_discord,
    strip_bot_mention,
)
from bot.errors import ConfigError, FatalTransportError, NotAllowed, RateLimited, UploadError
from bot.messages import Reply
from knowledge.model import Answer, ReloadReport, Source, Stats, Topic

pytestmark = pytest.mark.asyncio(loop_scope="module")

TOKEN = "fake-token-do-not-log"
EPHEMERAL = 64
RATE_LIMITED_PREFIX = RateLimited.messages["nl"].split("{")[0]

ARTICLES = {
    "bahrein-2024.txt": "date 2024-03\nMax Verstappen heeft de Grand Prix van Bahrein gewonnen. "
                        "Sergio Pérez werd tweede.\n",
    "bahrein-2023.txt": "date 2023-03\nMax Verstappen won de Grand Prix van Bahrein. "
                        "Fernando Alonso werd derde.\n",
}
DRIVERS = ["Max Verstappen", "Sergio Pérez", "Fernando Alonso", "Charles Leclerc", "Lando Norris"]
GRANDS_PRIX = ["Bahrein", "Monaco", "Abu Dhabi", "Miami"]


class FakeClock:
    """A manual monotonic clock."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@dataclass
class FakeKB:
    """The knowledge base methods the core uses, with canned answers; records calls."""

    calls: list[tuple[str, Any]] = field(default_factory=list)
    slow_seconds: float = 0.0

    async def reload(self, articles_dir: str | Path) -> ReloadReport:
        self.calls.append(("reload", Path(articles_dir)))
        names = await asyncio.to_thread(lambda: sorted(p.name for p in Path(articles_dir).glob("*.txt")))
        return ReloadReport(added=tuple(names), facts=4)

    async def ingest_file(self, path: str | Path) -> ReloadReport:
        self.calls.append(("ingest_file", await asyncio.to_thread(Path(path).read_text, encoding="utf-8")))
        return ReloadReport(added=(Path(path).name,), facts=2)

    async def ask(self, question: str, context: Topic | None = None) -> Answer:
        self.calls.append(("ask", (question, context)))
        if "traag" in question:
            await asyncio.sleep(self.slow_seconds)
        if question.startswith("echo "):
            return Answer("answered", question.removeprefix("echo "))
        if question.startswith("bron "):  # an article quoting the rest of the question
            quote = question.removeprefix("bron ")
            return Answer("answered", "Zie de bron.", sources=(Source("x.txt", quote, title=quote),))
        season = 2023 if "2023" in question else (context.season if context and context.season else 2024)
        return Answer(
            "answered", f"Max Verstappen won de Grand Prix van Bahrein in {season}.",
            sources=(Source(f"bahrein-{season}.txt",
                            "Max Verstappen heeft de Grand Prix van Bahrein gewonnen."),),
            topic=Topic(drivers=("max_verstappen",), grand_prix="bahrain", season=season, intent="winner"),
        )

    async def result(self, driver: str, grand_prix: str, season: int | None = None,
                     lang: str = "nl") -> Answer:
        self.calls.append(("result", (driver, grand_prix, season)))
        return Answer("answered", f"{driver} won de Grand Prix van {grand_prix} in {season}.",
                      sources=(Source("bahrein-2024.txt", f"{driver} heeft gewonnen.",
                                      title="Bahrein 2024"),))

    async def championship(self, driver: str, season: int | None = None, lang: str = "nl") -> Answer:
        self.calls.append(("championship", (driver, season)))
        return Answer("unknown", "Dat weet ik niet.")

    async def incidents(self, driver: str, grand_prix: str | None = None, season: int | None = None,
                        lang: str = "nl") -> Answer:
        self.calls.append(("incidents", (driver, grand_prix, season)))
        return Answer("unknown", "Geen incidenten bekend.")

    async def sources_summary(self, lang: str = "nl", season: int | None = None) -> str:
        return "2 artikelen."

    async def stats(self) -> Stats:
        return Stats(articles=2, sentences=3, facts=4, facts_by_kind={"result": 4}, seasons=(2023, 2024),
                     grands_prix=("bahrain",), drivers=3)

    def complete_driver(self, prefix: str, limit: int = 25) -> list[str]:
        return [d for d in DRIVERS if prefix.casefold() in d.casefold()][:limit]

    def complete_grand_prix(self, prefix: str, limit: int = 25, lang: str = "nl") -> list[str]:
        return [g for g in GRANDS_PRIX if prefix.casefold() in g.casefold()][:limit]

    def complete_team(self, prefix: str, limit: int = 25) -> list[str]:
        return [t for t in ("Ferrari", "McLaren") if prefix.casefold() in t.casefold()][:limit]


@dataclass
class Env:
    fake: FakeDiscord
    handle: DiscordHandle
    kb: FakeKB
    core: BotCore
    clock: FakeClock
    config: Config
    articles_dir: Path


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def env(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Env]:
    articles_dir = tmp_path_factory.mktemp("articles")
    for name, text in ARTICLES.items():
        (articles_dir / name).write_text(text, encoding="utf-8")
    config = parse_config({
        "knowledge": {"articles_dir": str(articles_dir), "data_dir": str(articles_dir.parent / "data")},
        "limits": {"user_per_minute": 4, "global_per_minute": 1000, "max_question_chars": 300,
                   "max_upload_bytes": 5000},
        "discord": {"token": TOKEN, "guild_ids": [GUILD_ID], "channel_ids": [CHANNEL_ID],
                    "admin_ids": [ADMIN_ID]},
    }, env={})
    kb = FakeKB()
    clock = FakeClock()
    core = BotCore(kb, config, clock=clock)
    fake = FakeDiscord(token=TOKEN)
    await fake.start()
    try:
        with fake.patch():
            handle = await start_discord(core, config, defer_after=0.3, guild_ready_timeout=0.05)
            try:
                async with asyncio.timeout(5):
                    await handle.wait_until_ready()
                yield Env(fake, handle, kb, core, clock, config, articles_dir)
            finally:
                await handle.stop()
    finally:
        await fake.stop()


_user_ids = itertools.count(900_000_000_000_001_000)


@pytest.fixture
def user_id(env: Env) -> int:
    """A fresh user id per test (own rate limit window and follow-up context)."""
    return next(_user_ids)


@pytest.fixture(autouse=True)
def fresh_window(env: Env) -> Iterator[None]:
    """Move the core's clock past the rate limit window and the context TTL."""
    env.clock.now += 3600
    env.kb.calls.clear()
    yield


def is_message_post(channel_id: int) -> Any:
    return lambda r: r.method == "POST" and r.path == f"/channels/{channel_id}/messages"


def is_callback(interaction_id: int) -> Any:
    return lambda r: r.method == "POST" and r.path.startswith(f"/interactions/{interaction_id}/")


async def slash(env: Env, command: str, options: dict[str, Any] | None = None,
                **kwargs: Any) -> RecordedRequest:
    start = len(env.fake.requests)
    interaction_id, _ = await env.fake.send_interaction(command, options, **kwargs)
    return await env.fake.wait_for(is_callback(interaction_id), start=start)


async def say(env: Env, content: str, *, channel_id: int = CHANNEL_ID, **kwargs: Any) -> RecordedRequest:
    start = len(env.fake.requests)
    await env.fake.send_message(content, channel_id=channel_id, **kwargs)
    target = DM_CHANNEL_ID if kwargs.get("dm") else channel_id
    return await env.fake.wait_for(is_message_post(target), start=start)


# --- start-up -------------------------------------------------------------------------------------


async def test_identify_uses_token_and_intents(env: Env) -> None:
    assert env.fake.identify is not None
    assert env.fake.identify["token"] == TOKEN
    intents = discord.Intents._from_value(env.fake.identify["intents"])
    assert intents == discord_intents()
    assert intents.guilds and intents.guild_messages and intents.dm_messages and intents.message_content
    assert not intents.members and not intents.presences
    # Logged in with the token; nothing else outside the fake server was asked.
    assert env.fake.find("GET", "/users/@me") and env.fake.find("GET", "/oauth2/applications/@me")


async def test_commands_synced_to_guild_from_the_table(env: Env) -> None:
    syncs = env.fake.find("PUT", f"/applications/{APP_ID}/guilds/{GUILD_ID}/commands")
    assert len(syncs) == 1
    body = {c["name"]: c for c in syncs[0].body}
    assert set(body) == {c.name for c in COMMANDS}
    result = {o["name"]: o for o in body["result"]["options"]}
    assert result["driver"]["type"] == 3 and result["driver"]["required"] and result["driver"]["autocomplete"]
    assert result["grand_prix"]["autocomplete"]
    assert result["season"]["type"] == 4 and not result["season"]["required"]
    assert (result["season"]["min_value"], result["season"]["max_value"]) == (1950, 2100)
    assert result["driver"]["description"] == "Naam van de coureur, bijv. Verstappen"
    assert result["driver"]["description_localizations"] == {
        "en-US": "Driver name, e.g. Verstappen", "en-GB": "Driver name, e.g. Verstappen"}
    assert body["result"]["description"] == "Uitslag van een coureur in een Grand Prix"
    assert body["result"]["description_localizations"]["en-US"] == "A driver's result in a Grand Prix"
    # Names stay English by default (interactions carry them); Dutch clients see the Dutch ones.
    assert {name: c["name_localizations"] for name, c in body.items()} == {
        c.name: {"nl": c.name_nl} for c in COMMANDS}
    assert {name: o["name_localizations"] for name, o in result.items()} == {
        "driver": {"nl": "coureur"}, "grand_prix": {"nl": "grote_prijs"}, "season": {"nl": "seizoen"}}
    assert body["ask"]["options"][0]["name"] == "question"
    assert not body["ask"]["options"][0].get("autocomplete")
    assert body["reload"].get("options", []) == []
    # Admin commands are hidden from members without Manage Server (0x20); the rest from nobody.
    assert {name: c.get("default_member_permissions") for name, c in body.items()} == {
        c.name: 32 if c.admin else None for c in COMMANDS}
    upload = {o["name"]: o for o in body["upload"]["options"]}
    assert upload["file"]["type"] == 11 and upload["file"]["required"]
    assert upload["file"]["name_localizations"] == {"nl": "bestand"}
    assert upload["file"]["description_localizations"] == {"en-US": "The .txt file", "en-GB": "The .txt file"}
    # The global list was not touched (guild sync only when guild_ids are configured).
    assert not env.fake.find("PUT", f"/applications/{APP_ID}/commands")


async def test_global_sync_without_guild_ids(env: Env, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    config = replace(env.config, discord=replace(env.config.discord, guild_ids=()))
    client = RacebotClient(env.core, config)
    start = len(env.fake.requests)
    try:
        await client.login(TOKEN)  # login runs setup_hook, which syncs
    finally:
        await client.close()
    syncs = env.fake.find("PUT", f"/applications/{APP_ID}/commands", start=start)
    assert len(syncs) == 1
    assert {c["name"] for c in syncs[0].body} == {c.name for c in COMMANDS}
    assert {c.name for c in client.synced} == {c.name for c in COMMANDS}
    assert not env.fake.find("PUT", f"/applications/{APP_ID}/guilds/", start=start)
    assert "logging in using static token" in caplog.text and TOKEN not in caplog.text


async def test_failed_sync_is_logged_not_fatal(env: Env, caplog: pytest.LogCaptureFixture) -> None:
    client = RacebotClient(env.core, env.config)
    env.fake.fail_command_sync = True
    try:
        await client.login(TOKEN)
    finally:
        env.fake.fail_command_sync = False
        await client.close()
    assert "Slash command sync failed (403" in caplog.text


async def test_wrong_token_fails_login_and_missing_token_is_a_config_error(env: Env) -> None:
    bad = replace(env.config, discord=replace(env.config.discord, token="wrong"))
    with pytest.raises(FatalTransportError, match="rejected the bot token"):
        await start_discord(env.core, bad)
    missing = replace(env.config, discord=replace(env.config.discord, token=None))
    with pytest.raises(ConfigError):
        await start_discord(env.core, missing)


# --- slash commands -------------------------------------------------------------------------------


async def test_slash_command_replies_with_answer_and_sources(env: Env, user_id: int) -> None:
    call = await slash(env, "result", {"driver": "Max Verstappen", "grand_prix": "Bahrein", "season": 2024},
                       user_id=user_id)
    assert call.body["type"] == 4
    data = call.body["data"]
    assert data["content"].startswith("Max Verstappen won de Grand Prix van Bahrein in 2024.")
    assert "\n-# 📰 Bahrein 2024: “Max Verstappen heeft gewonnen.”" in data["content"]
    assert data["allowed_mentions"] == {"parse": []}
    assert not data.get("flags", 0) & EPHEMERAL
    assert env.kb.calls == [("result", ("Max Verstappen", "Bahrein", 2024))]


async def test_slash_optional_args_may_be_left_out(env: Env, user_id: int) -> None:
    call = await slash(env, "incidents", {"driver": "Pérez"}, user_id=user_id)
    assert call.body["data"]["content"] == "Geen incidenten bekend."
    assert env.kb.calls == [("incidents", ("Pérez", None, None))]


async def test_autocomplete_offers_drivers_and_grands_prix(env: Env, user_id: int) -> None:
    call = await slash(env, "result", {"driver": "ver", "grand_prix": ""}, focused="driver", user_id=user_id)
    max_ = {"name": "Max Verstappen", "value": "Max Verstappen"}
    assert call.body == {"type": 8, "data": {"choices": [max_]}}

    call = await slash(env, "incidents", {"driver": "Max", "grand_prix": "m"}, focused="grand_prix",
                       user_id=user_id)
    names = [c["name"] for c in call.body["data"]["choices"]]
    assert names == ["Monaco", "Miami"]


async def test_autocomplete_over_the_real_knowledge_base(env: Env, user_id: int) -> None:
    """One choice per race, in the user's Discord language; nicknames find their driver."""
    from knowledge.service import KnowledgeBase

    kb = await KnowledgeBase.open(":memory:")
    fake_kb, env.core.kb = env.core.kb, kb
    try:
        await kb.reload(env.articles_dir)

        async def choices(option: str, value: str, locale: str) -> list[str]:
            options = {"driver": "Max", "grand_prix": ""} | {option: value}
            call = await slash(env, "result", options, focused=option, user_id=user_id, locale=locale)
            return [c["name"] for c in call.body["data"]["choices"]]

        assert await choices("grand_prix", "bah", "en-US") == ["Bahrain Grand Prix"]
        assert await choices("grand_prix", "Bah", "nl") == ["Grand Prix van Bahrein"]
        assert await choices("driver", "checo", "en-GB") == ["Sergio Pérez"]
    finally:
        env.core.kb = fake_kb
        await kb.close()


@pytest.mark.parametrize("command", ["reload", "stats", "upload"])
async def test_admin_commands_are_refused_for_non_admins(env: Env, user_id: int, command: str) -> None:
    attachments = {}
    if command == "upload":
        attachments["file"] = env.fake.attachment("nep.txt", b"date 2024-05\nNep.\n")
    start = len(env.fake.requests)
    call = await slash(env, command, user_id=user_id, attachments=attachments)
    data = call.body["data"]
    assert call.body["type"] == 4
    assert data["content"] == NotAllowed(command=COMMANDS_BY_NAME[command].labels()).text("nl")
    assert data["flags"] & EPHEMERAL
    assert env.kb.calls == []
    assert not env.fake.find("GET", "/cdn/", start=start)  # an upload is not even downloaded


async def test_reload_by_an_admin(env: Env) -> None:
    call = await slash(env, "reload", user_id=ADMIN_ID, user_name="admin")
    assert call.body["type"] == 4
    assert call.body["data"]["content"].startswith("Herladen: 2 nieuw")
    assert env.kb.calls == [("reload", env.articles_dir)]


async def test_slow_answer_is_deferred_then_followed_up(env: Env, user_id: int) -> None:
    env.kb.slow_seconds = 0.6
    start = len(env.fake.requests)
    interaction_id, token = await env.fake.send_interaction("ask", {"question": "traag: wie won?"},
                                                            user_id=user_id)
    deferred = await env.fake.wait_for(is_callback(interaction_id), start=start)
    assert deferred.body["type"] == 5
    followup = await env.fake.wait_for(
        lambda r: r.method == "POST" and r.path == f"/webhooks/{APP_ID}/{token}", start=start)
    assert followup.body["content"].startswith("Max Verstappen won")
    assert followup.body["allowed_mentions"] == {"parse": []}


async def test_slash_rate_limit(env: Env, user_id: int) -> None:
    limit = env.config.limits.user_per_minute
    for _ in range(limit):
        call = await slash(env, "help", user_id=user_id)
        assert not call.body["data"].get("flags", 0) & EPHEMERAL
    call = await slash(env, "help", user_id=user_id)
    assert call.body["data"]["content"].startswith(RATE_LIMITED_PREFIX)
    assert call.body["data"]["flags"] & EPHEMERAL


async def test_slash_upload_with_attachment_option(env: Env) -> None:
    attachment = env.fake.attachment("miami-2024.txt", b"date 2024-05\nLando Norris won in Miami.\n")
    call = await slash(env, "upload", user_id=ADMIN_ID, user_name="admin", attachments={"file": attachment})
    assert call.body["data"]["content"] == "Artikel miami-2024.txt opgeslagen: 2 feiten gevonden."
    assert (env.articles_dir / "miami-2024.txt").read_text(encoding="utf-8").startswith("date 2024-05")


# --- messages -------------------------------------------------------------------------------------


async def test_mention_question_gets_a_reply_without_pings(env: Env, user_id: int) -> None:
    post = await say(env, f"<@{BOT_ID}> Wie won de Grand Prix van Bahrein?", channel_id=OTHER_CHANNEL_ID,
                     mentions_bot=True, author_id=user_id)
    assert post.body["content"].startswith("Max Verstappen won de Grand Prix van Bahrein in 2024.")
    assert "-# 📰 bahrein-2024.txt: “Max Verstappen heeft de Grand Prix van Bahrein gewonnen.”" in (
        post.body["content"])
    assert post.body["allowed_mentions"] == {"parse": []}
    assert post.body["message_reference"]["fail_if_not_exists"] is False
    assert env.kb.calls == [("ask", ("Wie won de Grand Prix van Bahrein?", None))]


async def test_unmentioned_message_elsewhere_is_ignored(env: Env, user_id: int) -> None:
    await env.fake.send_message("Wat vinden jullie van Monaco?", channel_id=OTHER_CHANNEL_ID,
                                author_id=user_id)
    await say(env, f"<@!{BOT_ID}> wie won?", channel_id=OTHER_CHANNEL_ID, mentions_bot=True,
              author_id=user_id)
    assert [c[1][0] for c in env.kb.calls] == ["wie won?"]


async def test_any_message_in_configured_channel_is_a_question(env: Env, user_id: int) -> None:
    post = await say(env, "Wie won in Bahrein in 2023?", author_id=user_id)
    assert "in 2023." in post.body["content"]


async def test_dm_question(env: Env, user_id: int) -> None:
    post = await say(env, "Wie won in Bahrein?", dm=True, author_id=user_id)
    assert post.body["content"].startswith("Max Verstappen won")
    assert post.body["allowed_mentions"] == {"parse": []}


MENTIONS = f"@everyone @here <@{OTHER_USER_ID}> <@!{OTHER_USER_ID}> <@&{ROLE_ID}> <#{CHANNEL_ID}>"


async def test_slash_replies_follow_the_users_discord_locale(env: Env, user_id: int) -> None:
    english = (await slash(env, "help", {}, user_id=user_id, locale="en-US")).body["data"]["content"]
    british = (await slash(env, "help", {"command": "result"}, user_id=user_id, locale="en-GB")).body["data"]
    dutch = (await slash(env, "help", {}, user_id=user_id, locale="nl")).body["data"]["content"]
    other_user = next(_user_ids)  # four commands a minute per user
    other = (await slash(env, "reload", {}, user_id=other_user, locale="fr")).body["data"]["content"]
    refused = (await slash(env, "reload", {}, user_id=other_user, locale="en-GB")).body["data"]["content"]
    assert english.startswith("Just ask a question") and "/result <driver> <grand\\_prix> [season]" in english
    assert british["content"].startswith("/result <driver> <grand\\_prix> [season]\nHow a driver finished")
    assert dutch.startswith("Stel gewoon een vraag")
    assert "/uitslag <coureur> <grote\\_prijs> [seizoen]" in dutch
    assert other == NotAllowed(command=COMMANDS_BY_NAME["reload"].labels()).text("nl")  # the configured one
    assert refused == "Sorry, /reload is for admins only."


def assert_inert(content: str) -> None:
    """No mention Discord would parse: each is broken by a zero-width space."""
    assert "@everyone" not in content and "@here" not in content
    assert f"<@{OTHER_USER_ID}>" not in content and f"<@!{OTHER_USER_ID}>" not in content
    assert f"<@&{ROLE_ID}>" not in content and f"<#{CHANNEL_ID}>" not in content
    assert f"@{ZWSP}everyone" in content and f"@{ZWSP}here" in content


async def test_everyone_in_a_question_does_not_ping(env: Env, user_id: int) -> None:
    post = await say(env, f"<@{BOT_ID}> echo {MENTIONS} kijk!", mentions_bot=True, author_id=user_id)
    assert_inert(post.body["content"])
    assert post.body["allowed_mentions"] == {"parse": []}
    assert env.fake.pings == []  # what the fake Discord would have notified, by Discord's rules


async def test_mentions_quoted_from_an_article_do_not_ping(env: Env, user_id: int) -> None:
    post = await say(env, f"bron {MENTIONS}", author_id=user_id)
    content = post.body["content"]
    assert content.startswith("Zie de bron.\n\n-# 📰 ")
    assert_inert(content)
    assert post.body["allowed_mentions"] == {"parse": []}
    assert env.fake.pings == []


async def test_mentions_in_slash_arguments_do_not_ping(env: Env, user_id: int) -> None:
    grand_prix = f"@here <@&{ROLE_ID}> <#{CHANNEL_ID}> <@{OTHER_USER_ID}>"
    call = await slash(env, "result", {"driver": f"@everyone <@!{OTHER_USER_ID}>", "grand_prix": grand_prix,
                                       "season": 2024}, user_id=user_id)
    data = call.body["data"]
    assert_inert(data["content"])
    assert data["allowed_mentions"] == {"parse": []}
    assert env.fake.pings == []


async def test_the_fake_applies_discords_mention_rules() -> None:
    """The ping checks above are not vacuous: the same text without allowed_mentions would ping."""
    text = f"@everyone <@{OTHER_USER_ID}> <@&{ROLE_ID}>"
    assert pings(text, None) == ["everyone", f"user:{OTHER_USER_ID}", f"role:{ROLE_ID}"]
    assert pings(text, {"parse": []}) == []
    assert pings(text, {"parse": [], "users": [str(OTHER_USER_ID)]}) == [f"user:{OTHER_USER_ID}"]
    assert pings(neutralize_mentions(text), None) == []


async def test_follow_up_uses_context(env: Env, user_id: int) -> None:
    await say(env, "Wie won de Grand Prix van Bahrein in 2023?", author_id=user_id)
    post = await say(env, "en daarna?", author_id=user_id)
    question, context = env.kb.calls[-1][1]
    assert question == "en daarna?"
    assert context is not None and context.season == 2023 and context.grand_prix == "bahrain"
    assert "in 2023." in post.body["content"]


async def test_reply_to_an_answer_continues_its_topic_whoever_replies(env: Env, user_id: int) -> None:
    await say(env, f"<@{BOT_ID}> Wie won de Grand Prix van Bahrein in 2023?", channel_id=OTHER_CHANNEL_ID,
              mentions_bot=True, author_id=user_id)
    answer = env.fake.created[-1]
    # Another member replies to the bot's answer, without mentioning it, where the bot is not told to
    # listen: the reply is a question about that answer's race and season.
    other = next(_user_ids)
    post = await say(env, "en daarna?", channel_id=OTHER_CHANNEL_ID, author_id=other, reply_to=answer)
    question, context = env.kb.calls[-1][1]
    assert question == "en daarna?"
    assert context is not None and (context.grand_prix, context.season) == ("bahrain", 2023)
    assert "in 2023." in post.body["content"]


async def test_message_rate_limit(env: Env, user_id: int) -> None:
    for _ in range(env.config.limits.user_per_minute):
        await say(env, "Wie won?", author_id=user_id)
    post = await say(env, "Wie won?", author_id=user_id)
    assert post.body["content"].startswith(RATE_LIMITED_PREFIX)


async def test_upload_by_admin(env: Env) -> None:
    data = b"date 2024-05\nCharles Leclerc heeft de Grand Prix van Monaco gewonnen.\n"
    attachment = env.fake.attachment("monaco-2024.txt", data)
    start = len(env.fake.requests)
    post = await say(env, "", author_id=ADMIN_ID, author_name="admin", attachments=[attachment])
    assert post.body["content"] == "Artikel monaco-2024.txt opgeslagen: 2 feiten gevonden."
    assert env.fake.find("GET", "/cdn/attachments/", start=start)
    assert (env.articles_dir / "monaco-2024.txt").read_bytes() == data
    assert env.kb.calls == [("ingest_file", data.decode())]


async def test_upload_by_non_admin_is_refused_without_download(env: Env, user_id: int) -> None:
    attachment = env.fake.attachment("nep.txt", b"date 2024-05\nNep.\n")
    start = len(env.fake.requests)
    post = await say(env, f"<@{BOT_ID}>", channel_id=OTHER_CHANNEL_ID, mentions_bot=True, author_id=user_id,
                     attachments=[attachment])
    assert post.body["content"] == NotAllowed(command=COMMANDS_BY_NAME["upload"].labels()).text("nl")
    assert not env.fake.find("GET", "/cdn/", start=start)
    assert not (env.articles_dir / "nep.txt").exists()


async def test_oversized_upload_is_refused_without_download(env: Env) -> None:
    attachment = env.fake.attachment("groot.txt", b"x" * 6000)
    start = len(env.fake.requests)
    post = await say(env, "", author_id=ADMIN_ID, author_name="admin", attachments=[attachment])
    assert post.body["content"] == UploadError("size", limit=5000).text("nl")
    assert not env.fake.find("GET", "/cdn/", start=start)


@pytest.mark.parametrize(("filename", "problem"), [("verslag.pdf", "extension"), ("../geheim.txt", "name")])
async def test_slash_upload_refused_by_name_before_download(env: Env, filename: str, problem: str) -> None:
    attachment = env.fake.attachment(filename, b"%PDF-1.7 not an article")
    start = len(env.fake.requests)
    call = await slash(env, "upload", user_id=ADMIN_ID, user_name="admin", attachments={"file": attachment},
                       locale="en-GB")
    assert call.body["data"]["content"] == escape_text(UploadError(problem).text("en"))
    assert not env.fake.find("GET", "/cdn/", start=start)  # nothing was downloaded


async def test_message_with_only_a_pdf_is_refused_by_name_before_download(env: Env) -> None:
    attachment = env.fake.attachment("verslag.pdf", b"%PDF-1.7 not an article")
    start = len(env.fake.requests)
    post = await say(env, "", author_id=ADMIN_ID, author_name="admin", attachments=[attachment], dm=True)
    assert post.body["content"] == escape_text(UploadError("extension").text("nl"))
    assert not env.fake.find("GET", "/cdn/", start=start)


async def test_no_voice_warnings_in_the_log(env: Env, monkeypatch: pytest.MonkeyPatch,
                                            caplog: pytest.LogCaptureFixture) -> None:
    # discord.py warns once per process, when the first client is made: make this one the first.
    monkeypatch.setattr(discord.VoiceClient, "warn_nacl", True)
    monkeypatch.setattr(discord.VoiceClient, "warn_dave", True)
    caplog.set_level(logging.DEBUG)
    client = RacebotClient(env.core, env.config)
    await client.close()
    assert not discord.VoiceClient.warn_nacl  # the warning was due, and filtered out
    assert "voice will NOT be supported" not in caplog.text
    assert "PyNaCl" not in caplog.text and "davey" not in caplog.text


async def test_token_is_never_logged(env: Env, user_id: int, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    await say(env, "Wie won?", author_id=user_id)
    assert TOKEN not in caplog.text
    assert TOKEN not in repr(env.config)


# --- rendering (no network) -----------------------------------------------------------------------


async def test_render_reply_escapes_and_trims() -> None:
    sources = tuple(Source(f"a{i}.txt", "Zin " * 100) for i in range(3))
    content = render_reply(Reply("x" * 1900, sources=sources))
    assert len(content) <= CONTENT_LIMIT
    content = render_reply(Reply("*vet* _schuin_ " * 300, sources=sources))
    assert len(content) <= CONTENT_LIMIT and content.endswith("…") and "-# 📰" not in content
    assert not content.endswith("\\…")
    assert render_reply(Reply("**a**")) == "\\*\\*a\\*\\*"
    assert render_reply(Reply("a", sources=sources[:1])).startswith("a\n\n-# 📰 a0.txt: “Zin Zin")


async def test_neutralize_and_strip_mentions() -> None:
    assert neutralize_mentions("@everyone @Here <@123> <@!5> <@&6> <#7>") == (
        f"@{ZWSP}everyone @{ZWSP}Here <@{ZWSP}123> <@!{ZWSP}5> <@&{ZWSP}6> <#{ZWSP}7>")
    assert strip_bot_mention("<@42>  wie  won? <@!42>", 42) == "wie won?"
    assert strip_bot_mention("<@43> hoi", 42) == "<@43> hoi"


# --- with the real knowledge base -----------------------------------------------------------------


async def test_with_the_real_knowledge_base(env: Env, user_id: int, tmp_path: Path) -> None:
    from knowledge.service import KnowledgeBase

    try:
        kb = await KnowledgeBase.open(":memory:")
    except NotImplementedError:
        pytest.skip("KnowledgeBase is not implemented yet")
    articles_dir = tmp_path / "articles"
    articles_dir.mkdir()
    for name, text in ARTICLES.items():
        (articles_dir / name).write_text(text, encoding="utf-8")
    client = env.handle.client
    old_core = client.core
    try:
        await kb.reload(articles_dir)
        config = replace(env.config, knowledge=replace(env.config.knowledge, articles_dir=articles_dir))
        client.core = BotCore(kb, config, clock=env.clock)

        call = await slash(env, "result", {"driver": "verst", "grand_prix": ""}, focused="driver",
                           user_id=user_id)
        assert "Max Verstappen" in [c["name"] for c in call.body["data"]["choices"]]

        post = await say(env, "Wie won de Grand Prix van Bahrein in 2024?", author_id=user_id)
        assert "Verstappen" in post.body["content"]
        assert "-# 📰 bahrein-2024.txt" in post.body["content"]
        post = await say(env, "en in 2023?", author_id=user_id)
        assert "Verstappen" in post.body["content"]
        assert "-# 📰 bahrein-2023.txt" in post.body["content"]
        assert post.body["allowed_mentions"] == {"parse": []}
    finally:
        client.core = old_core
        await kb.close()
