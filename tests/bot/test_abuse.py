"""Abuse through BotCore: 1,000 concurrent questions, rate limits under load, admin commands refused
for every spelling and every look-alike id, and caps that bound the work per message.

Run with ``-s`` to see the throughput figures.
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.commands import get_command
from bot.config import Config, parse_config
from bot.context import ContextStore
from bot.core import BotCore
from bot.errors import BusyError, RateLimited
from bot.messages import Attachment, Incoming, Reply
from bot.ratelimit import RateLimiter

ADMIN = "4242"  # admin on Telegram and Discord in the ``config`` fixture
CONCURRENT = 1000

# (question, word the answer must contain, article it must quote) — about the tiny test articles.
SINGLE = [
    ("Wie won de Grand Prix van Bahrein in 2024?", "Verstappen", "bahrein-2024.txt"),
    ("Wie won de Grand Prix van Monaco in 2024?", "Leclerc", "monaco-2024.txt"),
    ("Hoe eindigde Pérez in Bahrein in 2024?", "tweede", "bahrein-2024.txt"),
    ("Who won in Bahrain in 2023?", "Verstappen", "bahrein-2023.txt"),
    ("Hoeveel kost een kaartje?", None, None),
]
# The same follow-up "en in 2023?" means three different things depending on the chat's own topic:
# any cross-talk between concurrent conversations gives a wrong answer.
CONVERSATIONS = [
    (("Wie werd derde in Bahrein in 2024?", "Sainz", "bahrein-2024.txt"),
     ("en in 2023?", "Alonso", "bahrein-2023.txt")),
    (("Wie won de Grand Prix van Bahrein in 2024?", "Verstappen", "bahrein-2024.txt"),
     ("en in 2023?", "2023", "bahrein-2023.txt")),
    (("Wie won de Grand Prix van Monaco in 2024?", "Leclerc", "monaco-2024.txt"),
     ("en in 2023?", None, None)),
]
Expected = tuple[str, str | None, str | None]


def msg(text: str = "", *, user: str = "1001", chat: str = "c1", platform: Any = "telegram",
        command: str | None = None, args: dict[str, str] | None = None,
        attachment: Attachment | None = None) -> Incoming:
    return Incoming(platform, chat, user, text=text, command=command, args=args or {}, attachment=attachment)


def with_limits(config: Config, **limits: int) -> Config:
    return replace(config, limits=replace(config.limits, **limits))


def unlimited(config: Config) -> Config:
    return with_limits(config, user_per_minute=1_000_000, global_per_minute=1_000_000)


def check(reply: Reply, expected: Expected) -> None:
    question, word, article = expected
    if word is None:
        assert (reply.kind, reply.sources) == ("unknown", ()), (question, reply.text)
    else:
        assert reply.kind == "answer" and word in reply.text, (question, reply.text)
        assert reply.sources[0].article == article, (question, reply.sources)


# --- 1,000 concurrent questions -----------------------------------------------------------------


async def test_1000_concurrent_questions_all_correct(real_kb: Any, config: Config, clock: Any) -> None:
    core = BotCore(real_kb, unlimited(config), clock=clock)
    checked: list[tuple[Reply, Expected]] = []

    async def single(i: int) -> None:
        case = SINGLE[i % len(SINGLE)]
        checked.append((await core.handle(msg(case[0], user=f"s{i}", chat=f"room{i % 7}")), case))

    async def conversation(i: int) -> None:
        first, second = CONVERSATIONS[i % len(CONVERSATIONS)]
        # Several users share a chat: the context is per user within it.
        user, chat = f"v{i}", f"room{i % 7}"
        checked.append((await core.handle(msg(first[0], user=user, chat=chat)), first))
        await asyncio.sleep(0)  # let other conversations run in between
        checked.append((await core.handle(msg(second[0], user=user, chat=chat)), second))

    start = time.perf_counter()
    await asyncio.gather(*[single(i) for i in range(CONCURRENT // 2)],
                         *[conversation(i) for i in range(CONCURRENT // 4)])
    elapsed = time.perf_counter() - start
    assert len(checked) == CONCURRENT
    for reply, expected in checked:
        check(reply, expected)
    kinds = Counter(reply.kind for reply, _ in checked)
    assert kinds == {"answer": 817, "unknown": 183}  # 1 in 5 single questions, 1 in 3 follow-ups unknown
    print(f"\n{CONCURRENT} concurrent questions: {kinds['answer']} answered, {kinds['unknown']} unknown, "
          f"0 errors in {elapsed:.2f} s ({CONCURRENT / elapsed:.0f}/s)")


async def test_1000_concurrent_over_the_limits_get_friendly_refusals(real_kb: Any, config: Config,
                                                                     clock: Any) -> None:
    core = BotCore(real_kb, with_limits(config, user_per_minute=10, global_per_minute=120), clock=clock)
    question = SINGLE[0]
    # 100 users send 10 questions each, all at once: the global limit (120 a minute) decides.
    replies = await asyncio.gather(*[core.handle(msg(question[0], user=f"u{i % 100}")) for i in range(1000)])
    assert Counter(r.kind for r in replies) == {"answer": 120, "rate_limited": 880}
    for reply in replies:
        if reply.kind == "answer":
            check(reply, question)
        else:
            assert reply.text.startswith("Het is erg druk.") and "seconden" in reply.text
    # A minute later there is room again; one user alone is held to 10.
    clock.advance(60)
    replies = await asyncio.gather(*[core.handle(msg(question[0], user="flooder")) for _ in range(50)])
    assert Counter(r.kind for r in replies) == {"answer": 10, "rate_limited": 40}
    assert all(r.text.startswith("Je stelt te veel vragen") for r in replies if r.kind == "rate_limited")


def test_flood_of_new_user_ids_is_bounded_in_memory(clock: Any) -> None:
    limiter = RateLimiter(user_per_minute=10, global_per_minute=120, clock=clock)
    refused = 0
    for i in range(10_000):
        try:
            limiter.check(("telegram", str(i)))
        except RateLimited as exc:
            assert isinstance(exc, BusyError)
            refused += 1
    assert refused == 10_000 - 120
    assert limiter.tracked_users == 120


def test_context_store_is_bounded() -> None:
    store = ContextStore(ttl=300, clock=lambda: 0.0, max_entries=1000)
    for i in range(5000):
        store.remember(("telegram", str(i), str(i)), lang="nl")
    assert len(store) == 1000
    assert store.language(("telegram", "4999", "4999")) == "nl"
    assert store.language(("telegram", "0", "0")) is None  # the least recently used went first


# --- admin commands ------------------------------------------------------------------------------

ADMIN_COMMANDS = ["reload", "stats", "upload"]
LOOK_ALIKE_IDS = ["4242 ", " 4242", "04242", "4242.0", "+4242", "٤٢٤٢", "４２４２", "4242\u200b", "42 42", ""]


@settings(max_examples=60, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.sampled_from(ADMIN_COMMANDS), upper=st.lists(st.booleans(), min_size=6, max_size=6),
       slash=st.booleans(), user=st.sampled_from(["1001", *LOOK_ALIKE_IDS]),
       platform=st.sampled_from(["telegram", "discord"]), text=st.sampled_from(["", "nu", "--force"]),
       attach=st.booleans())
async def test_admin_commands_refused_for_every_spelling_and_look_alike(
        fake_kb: Any, config: Config, clock: Any, articles_dir: Path, name: str, upper: list[bool],
        slash: bool, user: str, platform: str, text: str, attach: bool) -> None:
    core = BotCore(fake_kb, unlimited(config), clock=clock)
    spelled = "".join(c.upper() if u else c for c, u in zip(name, upper, strict=False))
    attachment = Attachment("x.txt", b"date 2024-05\nNorris won.") if attach else None
    reply = await core.handle(msg(text, command=("/" if slash else "") + spelled, user=user,
                                  platform=platform, attachment=attachment))
    # An attachment turns any command without one into /upload, which is refused all the same.
    refused = get_command("upload" if attach else name)
    assert refused is not None
    assert reply.kind == "refused" and f"/{refused.label('nl')}" in reply.text
    assert fake_kb.calls == []
    assert not await asyncio.to_thread(Path(articles_dir / "x.txt").exists)


async def test_attachment_on_a_user_command_is_still_an_admin_upload(core: BotCore, fake_kb: Any,
                                                                     articles_dir: Path) -> None:
    for command in (None, "ask", "help", "result"):
        reply = await core.handle(msg("Wie won?", command=command,
                                      attachment=Attachment("sneaky.txt", b"date 2024-05\nNorris won.")))
        assert reply.kind == "refused" and "/upload" in reply.text
    assert fake_kb.calls == []
    assert not await asyncio.to_thread((articles_dir / "sneaky.txt").exists)


async def test_admin_on_one_platform_is_not_admin_on_another(fake_kb: Any, config: Config,
                                                              clock: Any) -> None:
    only_discord = replace(config, telegram=replace(config.telegram, admin_ids=()))
    core = BotCore(fake_kb, only_discord, clock=clock)
    assert (await core.handle(msg(command="stats", user=ADMIN, platform="telegram"))).kind == "refused"
    assert (await core.handle(msg(command="stats", user=ADMIN, platform="discord"))).kind == "info"
    assert fake_kb.names() == ["stats"]


# --- caps bound the work per message -------------------------------------------------------------


async def test_long_named_arguments_are_refused_before_validation(core: BotCore, fake_kb: Any) -> None:
    for args in ({"driver": "x" * 201, "grand_prix": "Monaco"}, {"driver": "Norris", "grand_prix": "y" * 201},
                 {"driver": "Norris", "grand_prix": "Monaco", "season": "9" * 500}):
        reply = await core.handle(msg(command="result", args=args))
        assert reply.kind == "refused" and "200" in reply.text
        assert len(reply.text) < 120
    assert fake_kb.calls == []


async def test_bad_season_is_quoted_back_short(core: BotCore, fake_kb: Any) -> None:
    reply = await core.handle(msg(command="championship", args={"driver": "Norris", "season": "x" * 150}))
    assert reply.kind == "info"
    assert "x" * 20 in reply.text and "x" * 21 not in reply.text
    assert fake_kb.calls == []


@pytest.mark.parametrize("command", ["result", "incidents"])
async def test_argument_splitting_does_bounded_work(core: BotCore, fake_kb: Any, config: Config,
                                                    command: str) -> None:
    scored: list[str] = []
    complete_driver, complete_gp = fake_kb.complete_driver, fake_kb.complete_grand_prix

    def driver(prefix: str, limit: int = 25) -> list[str]:
        scored.append(prefix)
        return list(complete_driver(prefix, limit))

    def grand_prix(prefix: str, limit: int = 25, lang: str = "nl") -> list[str]:
        scored.append(prefix)
        return list(complete_gp(prefix, limit, lang))

    fake_kb.complete_driver, fake_kb.complete_grand_prix = driver, grand_prix
    text = ("a " * config.limits.max_question_chars)[: config.limits.max_question_chars]
    reply = await core.handle(msg(text, command=command))
    assert reply.kind in ("answer", "unknown")
    # Six split points, two fuzzy look-ups each, plus "all of it is the driver" when the Grand Prix is
    # optional; before the cap this was two look-ups for every one of the 100 words.
    assert len(scored) <= 13
    assert max(len(prefix) for prefix in scored) <= 100


def test_limits_come_from_the_config() -> None:
    config = parse_config({"limits": {"max_question_chars": 50}}, env={})
    assert config.limits.max_question_chars == 50
