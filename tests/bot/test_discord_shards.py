"""Discord sharding: the REAL discord.py ``AutoShardedClient`` against the fake gateway on 127.0.0.1.

``discord.shard_count`` runs one gateway connection per shard; Discord (here the fake) sends each guild's
events on the shard ``(guild_id >> 22) % shard_count``, so the bot answers on whichever shard the guild
lives. ``discord.shard_ids`` lets several processes split the shards: two clients with one shard each
identify once each, and only the guild's shard answers.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import replace
from typing import Any

import discord
import pytest
from fake_discord import CHANNEL_ID, DM_CHANNEL_ID, GUILD_ID, FakeDiscord, guild_shard, serving

from bot.config import Config, ConfigError, parse_config
from bot.core import BotCore
from bot.discord_transport import DiscordHandle, ShardedRacebotClient, start_discord

TOKEN = "fake-token-shards-do-not-log"


@pytest.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    async with serving(TOKEN) as server:
        yield server


def sharded(config: Config, count: int | str, ids: tuple[int, ...] = ()) -> Config:
    return replace(
        config,
        limits=replace(config.limits, user_per_minute=100, global_per_minute=100),
        discord=replace(
            config.discord,
            token=TOKEN,
            guild_ids=(GUILD_ID,),
            channel_ids=(CHANNEL_ID,),
            shard_count=count,
            shard_ids=ids,
        ),
    )  # type: ignore[arg-type]


async def start(core: BotCore, config: Config) -> DiscordHandle:
    handle = await start_discord(
        core, config, defer_after=0.3, guild_ready_timeout=0.05, heartbeat_timeout=1.0, identify_delay=0.05
    )
    async with asyncio.timeout(10):
        await handle.wait_until_ready()
    return handle


async def answers(fake: FakeDiscord, *, dm: bool = False) -> list[dict[str, Any]]:
    before = len(fake.created)
    await fake.send_message("Wie won de Grand Prix van Bahrein in 2024?", dm=dm)
    await fake.wait_until(lambda: len(fake.created) > before, 5)
    await asyncio.sleep(0.2)  # a second answer (from a wrong shard) would come now
    return fake.created[before:]


async def test_two_shards_connect_and_the_guilds_shard_answers(
    fake: FakeDiscord, core: BotCore, config: Config
) -> None:
    assert guild_shard(2) == 1  # so the guild is not on the first shard
    handle = await start(core, sharded(config, 2))
    try:
        assert isinstance(handle.client, ShardedRacebotClient)
        assert sorted(fake.shards) == [0, 1] and fake.identifies == 2
        assert {count for count, _ in fake.shards.values()} == {2}
        [guild_answer] = await answers(fake)
        [dm_answer] = await answers(fake, dm=True)  # direct messages come on shard 0
    finally:
        await handle.stop()
    assert guild_answer["channel_id"] == str(CHANNEL_ID) and "Verstappen" in guild_answer["content"]
    assert dm_answer["channel_id"] == str(DM_CHANNEL_ID) and "Verstappen" in dm_answer["content"]


async def test_auto_takes_discords_recommended_shard_count(
    fake: FakeDiscord, core: BotCore, config: Config
) -> None:
    fake.recommended_shards = 2
    handle = await start(core, sharded(config, "auto"))
    try:
        assert handle.client.shard_count == 2
        assert sorted(fake.shards) == [0, 1]
        assert fake.find("GET", "/gateway/bot")
        assert len(await answers(fake)) == 1
    finally:
        await handle.stop()


async def test_two_processes_split_the_shards(fake: FakeDiscord, core: BotCore, config: Config) -> None:
    first = await start(core, sharded(config, 2, (0,)))
    second = await start(core, sharded(config, 2, (1,)))
    try:
        assert fake.identifies == 2 and sorted(fake.shards) == [0, 1]
        assert sorted(first.client.shards) == [0] and sorted(second.client.shards) == [1]
        assert first.client.get_guild(GUILD_ID) is None  # not its shard
        assert second.client.get_guild(GUILD_ID) is not None
        assert len(await answers(fake)) == 1  # answered once, by the guild's shard
    finally:
        await first.stop()
        await second.stop()


async def test_unsharded_by_default(fake: FakeDiscord, core: BotCore, config: Config) -> None:
    plain = replace(config, discord=replace(config.discord, token=TOKEN, guild_ids=(GUILD_ID,)))
    handle = await start(core, plain)
    try:
        assert not isinstance(handle.client, discord.AutoShardedClient)
        assert fake.shards == {0: (1, fake.shards[0][1])}
    finally:
        await handle.stop()


@pytest.mark.parametrize(
    ("discord_section", "message"),
    [
        ({"shard_ids": [0]}, "key 'discord.shard_ids' needs discord.shard_count set to a number of shards"),
        ({"shard_count": "auto", "shard_ids": [0]}, "key 'discord.shard_ids' needs discord.shard_count"),
        ({"shard_count": 2, "shard_ids": [2]}, "key 'discord.shard_ids' must lie in 0..1, got 2"),
        ({"shard_count": 0}, "key 'discord.shard_count' must be at least 1, got 0"),
        (
            {"shard_count": "many"},
            "key 'discord.shard_count' must be a number of shards or \"auto\", got str",
        ),
    ],
)
def test_bad_shard_settings_name_the_key(discord_section: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigError) as info:
        parse_config({"discord": discord_section}, env={})
    assert str(info.value).startswith(message)
