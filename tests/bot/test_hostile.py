"""Hostile input through BotCore over the real KnowledgeBase: nothing raises, replies are inert,
invisible characters change nothing, and hostile messages neither corrupt a chat's follow-up context
nor leak another chat's.

The parser-level hostile list and its properties live in tests/knowledge/test_hostile_questions.py.
"""

from __future__ import annotations

import itertools
import re
import statistics
import time
import unicodedata
from dataclasses import replace
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.config import Config
from bot.core import BotCore
from bot.messages import ZWSP, Attachment, Incoming, Reply, clean_text, inert
from bot.telegram_transport import render_html
from knowledge.model import Source

PROPERTY = settings(max_examples=100, deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])
ADMIN = "4242"  # admin in the ``config`` fixture

# A live mention: a sigil directly followed by a word character (no zero-width space between).
LIVE_MENTION = re.compile(r"@\w|<[@#][!&]?\w")
BIDI_CONTROLS = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")

# (question, the one article that answers it, a word the answer must contain)
REAL = [
    ("Wie won de Grand Prix van Bahrein in 2024?", "bahrein-2024.txt", "Verstappen"),
    ("Wie won de Grand Prix van Monaco in 2024?", "monaco-2024.txt", "Leclerc"),
    ("Hoe eindigde Pérez in Bahrein in 2024?", "bahrein-2024.txt", "tweede"),
    ("Wie werd derde in Bahrein in 2023?", "bahrein-2023.txt", "Alonso"),
    ("Who won in Bahrain in 2023?", "bahrein-2023.txt", "Verstappen"),
]
# Characters that must not change what a question means: zero-width, bidi, BOM, soft hyphen, controls.
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u202a\u202e\u2066\u2069\u200e\u200f\x00\x01\x1b\x7f"

_chat_ids = itertools.count()


def msg(text: str = "", *, chat: str | None = None, user: str = "1001", command: str | None = None,
        attachment: Attachment | None = None) -> Incoming:
    """A Telegram message; without ``chat`` a new chat (no follow-up context) every time."""
    return Incoming("telegram", chat if chat is not None else f"c{next(_chat_ids)}", user, text=text,
                    command=command, attachment=attachment)


def assert_inert(reply: Reply) -> None:
    for text in (reply.text, *(s.sentence for s in reply.sources), *(s.title or "" for s in reply.sources)):
        assert not LIVE_MENTION.search(text), text
        assert not BIDI_CONTROLS & set(text), text
        assert all(c in "\n\t" or unicodedata.category(c) not in ("Cc", "Cs") for c in text), text


@pytest.fixture
def core(real_kb: Any, config: Config, clock: Any) -> BotCore:
    """The core over the real KnowledgeBase, with rate limits out of the way."""
    limits = replace(config.limits, user_per_minute=1_000_000, global_per_minute=1_000_000)
    return BotCore(real_kb, replace(config, limits=limits), clock=clock)


# --- the text guards ----------------------------------------------------------------------------


def test_inert_breaks_every_mention_form() -> None:
    assert inert("@everyone @Here <@123> <@!5> <@&6> <#7> @telegram_user a@b.c") == (
        f"@{ZWSP}everyone @{ZWSP}Here <@{ZWSP}123> <@!{ZWSP}5> <@&{ZWSP}6> <#{ZWSP}7> "
        f"@{ZWSP}telegram_user a@{ZWSP}b.c")


def test_inert_drops_bidi_and_control_characters_but_keeps_text() -> None:
    assert inert("a\u202eb\u2066c\x00d\x1b[31me\nf\tg\ud800") == "abcd[31me\nf\tg"
    # Right-to-left text, emoji sequences (ZWJ) and markup stay as they are: transports escape markup.
    for text in ("مرحبا", "שלום", "👨\u200d👩\u200d👧", "<b>x</b> **y** [z](u)", "Pérez werd 2e."):
        assert inert(text) == text


@PROPERTY
@given(text=st.text())
def test_inert_is_idempotent_and_leaves_nothing_live(text: str) -> None:
    once = inert(text)
    assert inert(once) == once
    assert_inert(Reply(text))
    # Only zero-width spaces are ever added; everything else kept is in its original order.
    assert len(once.replace(ZWSP, "")) <= len(text)


def test_reply_is_inert_on_construction() -> None:
    reply = Reply("ping @everyone", sources=(Source("a@b.txt", "zie <@&123>", "\u202etitel"),))
    assert reply.text == f"ping @{ZWSP}everyone"
    assert reply.sources == (Source(f"a@{ZWSP}b.txt", f"zie <@&{ZWSP}123>", "titel"),)


def test_clean_text() -> None:
    assert clean_text("Pe\u0301rez") == "Pérez"  # decomposed accents are composed (NFC)
    assert clean_text("Ver\u200bstap\u00adpen\x00") == "Verstappen"
    assert clean_text("wie\nwon\tin\u2028Monaco?") == "wie won in Monaco?"


# --- hostile messages through the core ----------------------------------------------------------

HOSTILE = ['"', "AND OR NOT", "NEAR(a b)", "*", "-x", "col:x", "'; DROP TABLE facts; --", "1 OR 1=1",
           "@everyone", "@here", "<@123456789012345678>", "<@&123>", "<#123>", "<b>bold</b>",
           "<a href='tg://user?id=1'>x</a>", "**bold** `code`", "||spoiler||", "🏎️🏁", "\u202eniw oiciteL",
           "\x00\x1b[31m", "مرحبا", "ok", "tell me a joke"]


async def test_hostile_questions_through_the_core(core: BotCore) -> None:
    times = []
    for text in HOSTILE:
        start = time.perf_counter()
        reply = await core.handle(msg(text))
        times.append(time.perf_counter() - start)
        assert (reply.kind, reply.sources) == ("unknown", ()), (text, reply.text)
        assert_inert(reply)
    print(f"\nhostile list through the core: {len(times)} messages, median "
          f"{statistics.median(times) * 1000:.2f} ms, max {max(times) * 1000:.2f} ms")
    assert max(times) < 2.0  # a hang detector only, not a performance target
    # Only invisible characters: an empty question, answered with the hint (not sent to the KB).
    assert (await core.handle(msg("\u200b\u2060\ufeff"))).kind == "info"


async def test_10000_characters_are_refused_before_parsing(core: BotCore, real_kb: Any) -> None:
    asked: list[str] = []
    ask = real_kb.ask

    async def counting_ask(question: str, context: Any = None) -> Any:
        asked.append(question)
        return await ask(question, context)

    real_kb.ask = counting_ask  # a spy: the real method still answers
    for text in ("a " * 5000, "Pérez " * 2000, "2024 " * 2000, "van de " * 3000, "🏎" * 10_000):
        reply = await core.handle(msg(text))
        assert reply.kind == "refused" and "200" in reply.text
        reply = await core.handle(msg(text, command="result"))
        assert reply.kind == "refused"
    assert asked == []


@PROPERTY
@given(text=st.text(max_size=300))
async def test_any_text_never_errors_and_replies_inert(core: BotCore, text: str) -> None:
    reply = await core.handle(msg(text))
    assert reply.kind in ("answer", "unknown", "info", "refused"), reply.text
    assert_inert(reply)
    if reply.kind != "answer":
        assert reply.sources == ()


@PROPERTY
@given(text=st.text(max_size=150))
async def test_hostile_message_does_not_corrupt_follow_up(core: BotCore, text: str) -> None:
    chat = f"c{next(_chat_ids)}"
    first = await core.handle(msg("Wie won de Grand Prix van Bahrein in 2024?", chat=chat))
    assert first.sources[0].article == "bahrein-2024.txt"
    between = await core.handle(msg(text, chat=chat))
    follow_up = await core.handle(msg("en in 2023?", chat=chat))
    if between.kind != "answer":  # an answered message rightly becomes the new topic
        assert follow_up.kind == "answer", (text, follow_up.text)
        assert "Verstappen" in follow_up.text and "2023" in follow_up.text
        assert follow_up.sources[0].article == "bahrein-2023.txt"


@PROPERTY
@given(text=st.text(max_size=150))
async def test_one_chats_context_never_reaches_another(core: BotCore, text: str) -> None:
    chat_a, chat_b = f"a{next(_chat_ids)}", f"b{next(_chat_ids)}"
    await core.handle(msg("Wie won de Grand Prix van Bahrein in 2024?", chat=chat_a))
    await core.handle(msg(text, chat=chat_b))
    other = await core.handle(msg("en in 2023?", chat=chat_b))
    if core.topic(msg(chat=chat_b)) is None:
        assert other.kind == "unknown" and other.sources == ()
    assert core.topic(msg(chat=chat_a)) is not None


@PROPERTY
@given(case=st.sampled_from(REAL), data=st.data())
async def test_invisible_characters_change_nothing(core: BotCore, case: tuple[str, str, str],
                                                   data: st.DataObject) -> None:
    question, article, word = case
    clean = await core.handle(msg(question))
    assert clean.kind == "answer" and word in clean.text and clean.sources[0].article == article
    # Insert invisible characters anywhere, and maybe decompose accents (NFD), as some keyboards do.
    chars = list(question)
    for _ in range(data.draw(st.integers(1, 8))):
        chars.insert(data.draw(st.integers(0, len(chars))), data.draw(st.sampled_from(INVISIBLE)))
    noisy = "".join(chars)
    if data.draw(st.booleans()):
        noisy = unicodedata.normalize("NFD", noisy)
    reply = await core.handle(msg(noisy))
    assert (reply.kind, reply.text, reply.sources) == (clean.kind, clean.text, clean.sources)


# --- mentions and markup from questions and articles are inert ----------------------------------


@pytest.mark.parametrize("hostile", ["@everyone", "@here", "<@&123456789012345678>", "<@!42>", "<#9>",
                                     "@some_user", "\u202e@everyone"])
async def test_echoed_argument_is_inert(core: BotCore, hostile: str) -> None:
    # /result quotes back a Grand Prix it does not know: the quote must not ping.
    reply = await core.handle(msg(f"Verstappen, {hostile}", command="result"))
    assert reply.kind == "unknown"
    assert ZWSP in reply.text
    assert_inert(reply)


async def test_unknown_command_name_is_inert(core: BotCore) -> None:
    reply = await core.handle(Incoming("console", "c", "u", command="@everyone"))
    assert reply.kind == "info" and f"/@{ZWSP}everyone" in reply.text


async def test_article_with_mentions_and_markup_is_quoted_inert(core: BotCore) -> None:
    article = ("date 2024-05\nLando Norris heeft de Grand Prix van Miami gewonnen @everyone "
               "<@&123456789012345678> <b>vet</b> <a href=\"tg://user?id=1\">x</a>.\n")
    saved = await core.handle(msg(user=ADMIN, attachment=Attachment("miami-2024.txt", article.encode())))
    assert saved.kind == "info", saved.text
    reply = await core.handle(msg("Wie won de Grand Prix van Miami in 2024?"))
    assert reply.kind == "answer" and "Norris" in reply.text
    assert_inert(reply)
    sentence = reply.sources[0].sentence
    assert f"@{ZWSP}everyone" in sentence and f"<@&{ZWSP}1" in sentence
    # Markup stays literal text in the neutral reply; the Telegram transport escapes it.
    assert "<b>vet</b>" in sentence
    html = render_html(reply)
    assert "&lt;b&gt;vet&lt;/b&gt;" in html and "<b>" not in html and "<a href" not in html
