"""BotCore: routing, admin checks, rate limits, follow-up context, uploads, error handling."""

from __future__ import annotations

import asyncio
import io
import logging
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from bot import commands
from bot.commands import COMMANDS, get_command, parse_text_args
from bot.console import chat, parse_line
from bot.core import BotCore, reason_text, render_plain, safe_article_name, source_lines, trim
from bot.errors import UploadError
from bot.messages import Attachment, Incoming, Reply
from knowledge.model import Source, Topic

ADMIN = "4242"  # admin on Telegram and Discord in the ``config`` fixture
USER = "1001"


def listing(folder: Path) -> list[Path]:
    """Everything below ``folder`` (sync: async tests must not touch the disk)."""
    return sorted(folder.rglob("*"))


def msg(text: str = "", *, command: str | None = None, user: str = USER, chat: str = "c1",
        platform: Any = "telegram", args: dict[str, str] | None = None,
        attachment: Attachment | None = None, locale: str | None = None) -> Incoming:
    return Incoming(platform=platform, chat_id=chat, user_id=user, text=text, command=command,
                    args=args or {}, attachment=attachment, locale=locale)


# --- routing -------------------------------------------------------------------------------------


async def test_free_text_goes_to_ask(core: BotCore, fake_kb: Any) -> None:
    reply = await core.handle(msg("Wie won in Bahrein?"))
    assert reply.kind == "answer"
    assert "Verstappen" in reply.text
    assert fake_kb.calls[0] == ("ask", ("Wie won in Bahrein?", None))
    assert reply.sources and reply.sources[0].article == "bahrein-2024.txt"


async def test_result_with_named_args(core: BotCore, fake_kb: Any) -> None:
    reply = await core.handle(msg(command="result", args={"driver": "Verstappen", "grand_prix": "Bahrein",
                                                          "season": "2023"}))
    assert reply.kind == "answer"
    assert fake_kb.calls == [("result", ("Verstappen", "Bahrein", 2023, "nl"))]


@pytest.mark.parametrize(("text", "expected"), [
    ("Max Verstappen, Abu Dhabi, 2023", ("Max Verstappen", "Abu Dhabi", 2023)),
    ("Max Verstappen Abu Dhabi 2023", ("Max Verstappen", "Abu Dhabi", 2023)),
    ("Verstappen Bahrein", ("Verstappen", "Bahrein", None)),
])
async def test_result_from_text_args(core: BotCore, fake_kb: Any, text: str,
                                     expected: tuple[Any, ...]) -> None:
    reply = await core.handle(msg(text, command="result"))
    assert reply.kind == "answer", reply.text
    assert fake_kb.calls == [("result", (*expected, "nl"))]


async def test_missing_argument_gives_usage(core: BotCore, fake_kb: Any) -> None:
    reply = await core.handle(msg("", command="result"))
    assert reply.kind == "info"
    assert reply.text == "Ontbreekt: coureur.\nGebruik: /uitslag <coureur> <grote_prijs> [seizoen]"
    english = await core.handle(msg("", command="result", locale="en-GB"))
    assert english.text == "Missing: driver.\nUsage: /result <driver> <grand_prix> [season]"
    assert fake_kb.calls == []


async def test_bad_season_is_refused(core: BotCore, fake_kb: Any) -> None:
    reply = await core.handle(msg(command="championship", args={"driver": "Norris", "season": "20x4"}))
    assert reply.kind == "info"
    assert "20x4" in reply.text
    assert fake_kb.calls == []


async def test_unknown_command(core: BotCore) -> None:
    reply = await core.handle(msg(command="frobnicate"))
    assert reply.kind == "info"
    assert "/frobnicate" in reply.text and "/hulp" in reply.text
    english = await core.handle(msg(command="frobnicate", locale="en"))
    assert "/frobnicate" in english.text and "/help" in english.text


async def test_other_commands(core: BotCore, fake_kb: Any) -> None:
    assert (await core.handle(msg(command="championship", text="Norris 2024"))).kind == "answer"
    assert (await core.handle(msg(command="incidents", text="Pérez, Monaco"))).kind == "unknown"
    sources = await core.handle(msg(command="sources"))
    assert sources.kind == "info" and "3 artikelen" in sources.text
    ask = await core.handle(msg("wie won?", command="ask"))
    assert ask.kind == "answer"
    assert fake_kb.calls[:2] == [("championship", ("Norris", 2024, "nl")),
                                 ("incidents", ("Pérez", "Monaco", None, "nl"))]
    assert fake_kb.calls[-1] == ("ask", ("wie won?", None))


async def test_help_is_rendered_from_the_table(core: BotCore) -> None:
    user_help = (await core.handle(msg(command="help"))).text
    admin_help = (await core.handle(msg(command="help", user=ADMIN))).text
    english_help = (await core.handle(msg(command="help", user=ADMIN, locale="en-US"))).text
    for command in COMMANDS:
        assert (command.usage("nl") in admin_help)
        assert (command.usage("nl") in user_help) is (not command.admin)
        assert command.usage("en") in english_help


async def test_empty_message(core: BotCore, fake_kb: Any) -> None:
    reply = await core.handle(msg("   "))
    assert reply.kind == "info" and "/hulp" in reply.text
    assert fake_kb.calls == []


async def test_too_long_question_is_refused(core: BotCore, fake_kb: Any) -> None:
    reply = await core.handle(msg("x" * 201))
    assert reply.kind == "refused" and "200" in reply.text
    reply = await core.handle(msg("x" * 201, command="ask"))
    assert reply.kind == "refused"
    assert fake_kb.calls == []


# --- admin ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["reload", "stats", "upload"])
async def test_admin_commands_refused_for_users(core: BotCore, fake_kb: Any, command: str,
                                                caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="bot.core"):
        reply = await core.handle(msg(command=command))
    assert reply.kind == "refused"
    assert f"/{get_command(command).label('nl')}" in reply.text  # type: ignore[union-attr]
    assert fake_kb.calls == []
    assert any("Refused admin command" in r.getMessage() for r in caplog.records)


async def test_admin_ids_are_per_platform(core: BotCore, fake_kb: Any) -> None:
    # 4242 is admin on Telegram and Discord (config fixture); the console is always admin.
    assert (await core.handle(msg(command="reload", user=ADMIN, platform="discord"))).kind == "info"
    assert (await core.handle(msg(command="reload", user="x", platform="console"))).kind == "info"
    assert fake_kb.names() == ["reload", "stats", "reload", "stats"]


async def test_reload_and_stats_for_admin(core: BotCore, fake_kb: Any, articles_dir: Path) -> None:
    reply = await core.handle(msg(command="reload", user=ADMIN))
    assert reply.kind == "info"
    assert "3 nieuw" in reply.text and "9 feiten gelezen" in reply.text
    # The totals too: a reload that changed nothing must not read as an empty knowledge base.
    assert "Kennisbank: 3 artikelen, 9 feiten, seizoenen 2023–2024, 2 Grands Prix." in reply.text
    assert fake_kb.calls[0] == ("reload", (articles_dir,))
    stats = await core.handle(msg(command="stats", user=ADMIN))
    assert "Feiten: 9 (result: 9)" in stats.text and "2023, 2024" in stats.text


# --- rate limits ---------------------------------------------------------------------------------


async def test_user_rate_limit_sliding_window(core: BotCore, fake_kb: Any, clock: Any) -> None:
    for _ in range(5):
        assert (await core.handle(msg("wie won?"))).kind == "answer"
        clock.advance(1)
    limited = await core.handle(msg("wie won?"))
    assert limited.kind == "rate_limited"
    assert "55 seconden" in limited.text  # the first hit leaves the window 60 s after it
    assert len(fake_kb.calls) == 5
    # Another user is not affected.
    assert (await core.handle(msg("wie won?", user="other"))).kind == "answer"
    # After the oldest hit slides out of the window, one more is allowed.
    clock.advance(55)
    assert (await core.handle(msg("wie won?"))).kind == "answer"
    assert (await core.handle(msg("wie won?"))).kind == "rate_limited"


async def test_global_rate_limit(core: BotCore, clock: Any) -> None:
    replies = [await core.handle(msg("wie won?", user=f"u{i}")) for i in range(9)]
    assert [r.kind for r in replies] == ["answer"] * 8 + ["rate_limited"]
    assert "druk" in replies[-1].text
    clock.advance(60)
    assert (await core.handle(msg("wie won?", user="u9"))).kind == "answer"


async def test_refused_messages_do_not_count(make_core: Any, clock: Any) -> None:
    core = make_core(user_per_minute=2)
    await core.handle(msg("a"))
    await core.handle(msg("b"))
    for _ in range(5):
        assert (await core.handle(msg("c"))).kind == "rate_limited"
    clock.advance(60.5)
    assert (await core.handle(msg("d"))).kind == "answer"


# --- follow-up context ---------------------------------------------------------------------------


async def test_follow_up_gets_previous_topic(core: BotCore, fake_kb: Any) -> None:
    await core.handle(msg("Wie won de GP van Bahrein in 2024?"))
    await core.handle(msg("en in 2023?"))
    first_topic = fake_kb.calls[0][1][1]
    second_context = fake_kb.calls[1][1][1]
    assert first_topic is None
    assert isinstance(second_context, Topic)
    assert second_context.grand_prix == "bahrain" and second_context.season == 2024


async def test_context_is_per_user_and_chat(core: BotCore, fake_kb: Any) -> None:
    await core.handle(msg("Wie won?"))
    await core.handle(msg("en in 2023?", user="someone-else"))
    await core.handle(msg("en in 2023?", chat="other-chat"))
    await core.handle(msg("en in 2023?", platform="discord"))
    assert [c[1][1] for c in fake_kb.calls[1:]] == [None, None, None]


async def test_context_expires(core: BotCore, fake_kb: Any, clock: Any) -> None:
    await core.handle(msg("Wie won?"))
    clock.advance(301)
    await core.handle(msg("en in 2023?"))
    assert fake_kb.calls[1] == ("ask", ("en in 2023?", None))


async def test_command_answer_sets_context(core: BotCore, fake_kb: Any) -> None:
    await core.handle(msg("Verstappen, Bahrein, 2024", command="result"))
    await core.handle(msg("en in 2023?"))
    context = fake_kb.calls[1][1][1]
    assert context is not None and context.intent == "result"


async def test_unknown_answer_keeps_previous_topic(core: BotCore, fake_kb: Any) -> None:
    await core.handle(msg("Wie won?"))
    unknown = await core.handle(msg("iets onbekend"))
    assert unknown.kind == "unknown"
    await core.handle(msg("en in 2023?"))
    assert fake_kb.calls[2][1][1] is not None


async def test_reply_language_follows_last_answer(core: BotCore) -> None:
    await core.handle(msg("Who won in Bahrain?"))
    refused = await core.handle(msg(command="reload"))
    assert refused.text == "Sorry, /reload is for admins only."


# --- uploads -------------------------------------------------------------------------------------


def upload(filename: str, data: bytes, user: str = ADMIN) -> Incoming:
    return msg(user=user, attachment=Attachment(filename, data))


async def test_upload_saves_and_ingests(core: BotCore, fake_kb: Any, articles_dir: Path) -> None:
    reply = await core.handle(upload("nieuw-artikel.txt", b"date 2024-04\nNorris won."))
    assert reply.kind == "info"
    assert "nieuw-artikel.txt" in reply.text and "2 feiten" in reply.text
    saved = articles_dir / "nieuw-artikel.txt"
    assert [p.name for p in listing(articles_dir)] == sorted(["bahrein-2023.txt", "bahrein-2024.txt",
                                                              "monaco-2024.txt", "nieuw-artikel.txt"])
    assert saved.read_text(encoding="utf-8") == "date 2024-04\nNorris won."
    assert fake_kb.calls == [("ingest_file", (saved,))]


async def test_upload_by_non_admin_is_refused(core: BotCore, fake_kb: Any, articles_dir: Path) -> None:
    before = listing(articles_dir)
    reply = await core.handle(upload("x.txt", b"date 2024-04\nNorris won.", user=USER))
    assert reply.kind == "refused"
    assert listing(articles_dir) == before
    assert fake_kb.calls == []


@pytest.mark.parametrize(("filename", "data", "expected"), [
    ("artikel.pdf", b"hello", "alleen .txt"),
    ("artikel.txt.exe", b"hello", "alleen .txt"),
    ("groot.txt", b"x" * 2001, "te groot"),
    ("latin1.txt", "Pérez werd tweede".encode("latin-1"), "UTF-8"),
    ("leeg.txt", b"  \n", "leeg"),
    ("../../evil.txt", b"hello", "bestandsnaam"),
    ("..\\evil.txt", b"hello", "bestandsnaam"),
    ("/etc/evil.txt", b"hello", "bestandsnaam"),
    ("sub/evil.txt", b"hello", "bestandsnaam"),
    (".hidden.txt", b"hello", "bestandsnaam"),
    ("..txt", b"hello", "bestandsnaam"),
    ("a\x00b.txt", b"hello", "bestandsnaam"),
    ("nul.txt", b"a\x00b", "UTF-8"),
])
async def test_upload_validation(core: BotCore, fake_kb: Any, tmp_path: Path, articles_dir: Path,
                                 filename: str, data: bytes, expected: str) -> None:
    before = listing(tmp_path)
    reply = await core.handle(upload(filename, data))
    assert reply.kind == "refused"
    assert expected in reply.text
    assert fake_kb.calls == []
    assert listing(tmp_path) == before


async def test_upload_parse_failure_removes_new_file(core: BotCore, fake_kb: Any,
                                                     articles_dir: Path) -> None:
    fake_kb.ingest_failure = "geen datumregel"
    reply = await core.handle(upload("kapot.txt", b"zonder datum"))
    assert reply.kind == "refused"
    assert "geen datumregel" in reply.text
    assert not (articles_dir / "kapot.txt").exists()


async def test_upload_unwritable_folder(make_core: Any, fake_kb: Any, tmp_path: Path,
                                        caplog: pytest.LogCaptureFixture) -> None:
    core = make_core()
    blocker = tmp_path / "not-a-folder"
    write_file(blocker, "x")
    core.config = replace(core.config, knowledge=replace(core.config.knowledge, articles_dir=blocker))
    reply = await core.handle(upload("a.txt", b"date 2024-04\nNorris won."))
    assert reply.kind == "refused" and "opgeslagen" in reply.text
    assert fake_kb.calls == []
    assert "Could not save uploaded article a.txt" in caplog.text


async def test_upload_command_without_file(core: BotCore) -> None:
    reply = await core.handle(msg(command="upload", user=ADMIN))
    assert reply.kind == "refused" and ".txt" in reply.text


def test_safe_article_name() -> None:
    assert safe_article_name("GP São Paulo 2024.TXT") == "GP São Paulo 2024.txt"
    with pytest.raises(UploadError):
        safe_article_name("a/../../b.txt")


# --- unexpected errors ---------------------------------------------------------------------------


async def test_unexpected_error_is_logged_not_shown(core: BotCore, fake_kb: Any,
                                                    caplog: pytest.LogCaptureFixture) -> None:
    fake_kb.fail_ask = True
    with caplog.at_level(logging.ERROR, logger="bot.core"):
        reply = await core.handle(msg("Wie won?"))
    assert reply.kind == "error"
    assert "secret internal detail" not in reply.text
    assert reply.text.startswith("Sorry")
    record = next(r for r in caplog.records if r.levelno == logging.ERROR)
    assert record.exc_info is not None and "secret internal detail" in str(record.exc_info[1])


# --- formatting helpers and table ----------------------------------------------------------------


def test_source_footer_is_compact() -> None:
    long = Source("bahrein-2024.txt", "woord " * 100)
    lines = source_lines((long, long, Source("b.txt", "kort"), Source("c.txt", "x"), Source("d.txt", "y")))
    assert len(lines) == 3
    assert lines[0].startswith("bahrein-2024.txt: “") and len(lines[0]) < 150
    assert "…" in lines[0]
    text = render_plain(Reply("Antwoord", sources=(long,)))
    assert text.startswith("Antwoord\n\n📰 bahrein-2024.txt")


def test_trim() -> None:
    assert trim("abc", 3) == "abc"
    assert trim("abcdef", 4) == "abc…"
    assert len(trim("x" * 5000, 4096)) == 4096


def test_command_table_is_consistent() -> None:
    names = [c.name for c in COMMANDS]
    assert len(names) == len(set(names))
    for command in COMMANDS:
        assert 1 <= len(command.description) <= 100 and 1 <= len(command.description_nl) <= 100
        assert command.name.isascii() and command.name.islower() and len(command.name) <= 32
        required = [a.required for a in command.args]
        assert required == sorted(required, reverse=True), "required args must come first"
    assert get_command("/Result") is commands.COMMANDS_BY_NAME["result"]


def test_parse_text_args_heuristic_without_scorer() -> None:
    result = get_command("result")
    assert result is not None
    assert parse_text_args(result, "Verstappen Grand Prix van Monaco 2024") == {
        "driver": "Verstappen", "grand_prix": "Grand Prix van Monaco", "season": "2024"}
    incidents = get_command("incidents")
    assert incidents is not None
    assert parse_text_args(incidents, "Pérez 2023") == {"driver": "Pérez", "season": "2023"}


# --- with the real KnowledgeBase -----------------------------------------------------------------


async def test_real_kb_question_and_follow_up(real_core: BotCore) -> None:
    first = await real_core.handle(msg("Wie won de Grand Prix van Bahrein in 2024?"))
    assert first.kind == "answer", first.text
    assert "Verstappen" in first.text and "2024" in first.text
    assert first.sources[0].article == "bahrein-2024.txt"
    follow_up = await real_core.handle(msg("en in 2023?"))
    assert follow_up.kind == "answer", follow_up.text
    assert "2023" in follow_up.text
    assert follow_up.sources[0].article == "bahrein-2023.txt"
    # Another chat has no context: the same follow-up is not about Bahrain 2023.
    other = await real_core.handle(msg("en in 2023?", chat="elsewhere"))
    assert other.sources[:1] != follow_up.sources[:1]


@pytest.mark.parametrize(("plain", "marked"), [
    ("Wie won in Bahrein in 2024?", '<a href="https://x.nl/a">Wie</a> won in <b>Bahrein</b> in 2024?'),
    ("Wie won in Bahrein in 2024?", "**Wie** won in __Bahrein__ in 2024? @everyone"),
    ("Who won in Bahrain in 2024?", "<i>Who</i> won in ||Bahrain|| in `2024`? <@123>"),
])
async def test_markup_does_not_change_the_answer_or_its_language(real_core: BotCore, plain: str,
                                                                 marked: str) -> None:
    expected = await real_core.handle(msg(plain, chat="plain"))
    reply = await real_core.handle(msg(marked, chat="marked", locale="en" if "Wie" in plain else "nl"))
    assert expected.kind == "answer" and "Verstappen" in expected.text
    assert reply.text == expected.text


@pytest.mark.parametrize(("text", "locale", "lang"), [
    ("Wie won er?", "en", "nl"),                       # the question's own words decide
    ("Who won?", "nl", "en"),
    ("<a href='x'>Wie</a> won er?", None, "nl"),       # a tag's name is no English word
    ("Verstappen 2024?", "en-US", "en"),               # no telling words: the user's locale
    ("Verstappen 2024?", None, "nl"),                  # no locale either: knowledge.language
])
def test_text_language(core: BotCore, text: str, locale: str | None, lang: str) -> None:
    assert core.text_language(msg(text, locale=locale)) == lang


@pytest.mark.parametrize(("locale", "lang"), [("en", "en"), ("en-GB", "en"), ("en_US", "en"), ("nl", "nl"),
                                              ("nl-BE", "nl"), ("de", "nl"), ("", "nl"), (None, "nl")])
def test_command_language_follows_the_platform_locale(core: BotCore, locale: str | None, lang: str) -> None:
    assert core.language(msg(command="help", locale=locale)) == lang


async def test_real_kb_reload_without_changes_reports_the_totals(real_core: BotCore) -> None:
    reply = await real_core.handle(msg(command="reload", user=ADMIN, locale="en"))
    stats = await real_core.kb.stats()
    assert stats.articles == 3 and stats.facts > 0
    assert reply.text.startswith("Reloaded: 0 added, 0 changed, 0 removed, 3 unchanged (0 facts read")
    assert f"Knowledge base: 3 articles, {stats.facts} facts, seasons 2023–2024, " in reply.text


async def test_real_kb_sources_by_season(real_core: BotCore) -> None:
    everything = await real_core.handle(msg(command="sources"))
    assert everything.text.splitlines()[1:] == ["2024 (2 races): Bahrein, Monaco.", "2023 (1 race): Bahrein."]
    one = await real_core.handle(msg("2023", command="bronnen", locale="en"))
    assert one.text == "2023, 1 race: Bahrain."
    assert (await real_core.handle(msg("20x4", command="sources"))).kind == "info"  # a usage error


async def test_help_for_one_command(core: BotCore) -> None:
    reply = await core.handle(msg("uitslag", command="hulp"))
    assert reply.text.startswith("/uitslag <coureur> <grote_prijs> [seizoen]\nHoe een coureur eindigde")
    english = await core.handle(msg("/result", command="help", locale="en"))
    assert english.text.startswith("/result <driver> <grand_prix> [season]\nHow a driver finished")
    hidden = await core.handle(msg("reload", command="help"))  # admin commands only for admins
    assert hidden.text.startswith("Die opdracht ken ik niet: /reload")
    admin = await core.handle(msg("herladen", command="help", user=ADMIN))
    assert admin.text.startswith("/herladen\n")


async def test_real_kb_stats_in_both_languages(real_core: BotCore) -> None:
    dutch = (await real_core.handle(msg(command="statistieken", user=ADMIN, locale="nl"))).text
    english = (await real_core.handle(msg(command="stats", user=ADMIN, locale="en"))).text
    assert "uitslag: " in dutch and "finish" not in dutch and dutch.startswith("Artikelen: 3")
    assert "finish: " in english and english.startswith("Articles: 3")


async def test_real_kb_result_from_text_args(real_core: BotCore) -> None:
    reply = await real_core.handle(msg("Max Verstappen Bahrein 2024", command="result"))
    assert reply.kind == "answer", reply.text
    assert "Verstappen" in reply.text and "Bahrein" in reply.text
    assert reply.sources and reply.sources[0].article == "bahrein-2024.txt"


async def test_real_kb_upload_then_ask(real_core: BotCore, articles_dir: Path) -> None:
    data = b"date 2024-05\nLando Norris heeft de Grand Prix van Miami gewonnen.\n"
    reply = await real_core.handle(upload("miami-2024.txt", data))
    assert reply.kind == "info", reply.text
    assert "miami-2024.txt" in reply.text and "0 feiten" not in reply.text
    answer = await real_core.handle(msg("Wie won de Grand Prix van Miami in 2024?", user=ADMIN))
    assert "Norris" in answer.text
    assert answer.sources and answer.sources[0].article == "miami-2024.txt"


async def test_real_kb_admin_commands(real_core: BotCore) -> None:
    stats = await real_core.handle(msg(command="stats", user=ADMIN))
    assert stats.kind == "info" and "Artikelen: 3" in stats.text
    reload = await real_core.handle(msg(command="reload", user=ADMIN))
    assert reload.kind == "info" and "3 ongewijzigd" in reload.text
    sources = await real_core.handle(msg(command="sources"))
    assert sources.kind == "info" and sources.text


# --- console -------------------------------------------------------------------------------------


async def test_console_chat(real_core: BotCore, tmp_path: Path, articles_dir: Path) -> None:
    article = tmp_path / "upload" / "monza-2024.txt"
    write_file(article, "date 2024-09\nCharles Leclerc heeft de Grand Prix van Italië gewonnen.\n")
    out = io.StringIO()
    lines = [
        "Wie won de Grand Prix van Bahrein in 2024?\n",
        "\n",
        "en in 2023?\n",
        "/help\n",
        f"/upload {article}\n",
        "/upload /nonexistent/nothing.txt\n",
        "quit\n",
        "Wie won de Grand Prix van Monaco in 2024?\n",  # never read: quit came first
    ]
    assert await chat(real_core, lines, out) == 0
    text = out.getvalue()
    assert "Verstappen won" in text and "📰 bahrein-2024.txt: “Max Verstappen heeft" in text
    assert "2023" in text and "📰 bahrein-2023.txt" in text
    assert "/herladen" in text  # the console user is admin: admin help is shown
    assert "monza-2024.txt opgeslagen" in text
    assert "Kan /nonexistent/nothing.txt niet lezen" in text
    assert "Leclerc" not in text
    assert (articles_dir / "monza-2024.txt").exists()


async def test_console_ends_at_eof(core: BotCore, fake_kb: Any) -> None:
    out = io.StringIO()
    assert await chat(core, ["Wie won?"], out, prompt="> ") == 0
    assert out.getvalue().count("> ") == 2
    assert fake_kb.names() == ["ask"]


def test_console_parse_line() -> None:
    parsed = parse_line("/Result Verstappen, Bahrein", 100)
    assert isinstance(parsed, Incoming)
    assert (parsed.command, parsed.text, parsed.platform) == ("result", "Verstappen, Bahrein", "console")
    assert parse_line("   ", 100) is None
    assert parse_line("/upload", 100) == "Gebruik: /uploaden pad/naar/artikel.txt"
    assert parse_line("/uploaden", 100, "en") == "Usage: /upload path/to/article.txt"
    assert parse_line("/upload /nonexistent/x.txt", 100, "en") == (
        "Cannot read /nonexistent/x.txt: No such file or directory")


def write_file(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@pytest.mark.parametrize(("reason", "dutch"), [
    ("empty file", "leeg bestand"),
    ("too large (3000001 bytes, at most 2000000)", "te groot (3000001 bytes, maximaal 2000000)"),
    ("not UTF-8 text (byte 12)", "geen UTF-8-tekst (byte 12)"),
    ("cannot read: Permission denied", "niet te lezen: Permission denied"),
    ("no sentences found", "geen zinnen gevonden"),
    ("something new", "something new"),  # no Dutch wording yet: said as it is
])
def test_reasons_a_file_was_not_loaded_in_dutch(reason: str, dutch: str) -> None:
    assert reason_text(reason, "nl") == dutch
    assert reason_text(reason, "en") == reason


async def test_real_reload_reports_failures_in_the_users_language(real_core: BotCore,
                                                                  articles_dir: Path) -> None:
    await asyncio.to_thread((articles_dir / "leeg.txt").write_text, "", encoding="utf-8")
    dutch = await real_core.handle(msg(command="herladen", user=ADMIN, locale="nl"))
    assert "Mislukt:\n- leeg.txt: leeg bestand" in dutch.text
    english = await real_core.handle(msg(command="reload", user=ADMIN, locale="en"))
    assert "Failed:\n- leeg.txt: empty file" in english.text


# --- follow-ups the way people chat (real knowledge base) -----------------------------------------


async def ask_in_turn(core: BotCore, *texts: str, user: str = USER) -> list[Reply]:
    return [await core.handle(msg(text, user=user)) for text in texts]


async def test_real_kb_and_driver_keeps_race_and_asks_his_result(real_core: BotCore) -> None:
    first, second = await ask_in_turn(real_core, "Wie won de Grand Prix van Bahrein in 2024?", "en Pérez?")
    assert "Verstappen" in first.text
    assert second.kind == "answer" and "Pérez" in second.text and "tweede" in second.text, second.text
    assert "Verstappen" not in second.text


async def test_real_kb_and_driver_after_an_unknown_keeps_what_was_asked(real_core: BotCore) -> None:
    first, second = await ask_in_turn(real_core, "Hoeveel ronden reed Pérez in Bahrein 2024?", "en Sainz?")
    assert first.kind == second.kind == "unknown"
    assert second.text.startswith("Ik weet niet hoeveel ronden Sainz reed"), second.text


async def test_real_kb_championship_question_is_not_about_the_previous_driver(real_core: BotCore) -> None:
    _, second = await ask_in_turn(real_core, "Hoe eindigde Pérez in Bahrein 2024?",
                                  "wie won het kampioenschap in 2024")
    assert "Pérez" not in second.text


async def test_real_kb_off_topic_question_is_no_grand_prix(real_core: BotCore) -> None:
    _, second = await ask_in_turn(real_core, "Wie won in Monaco 2024?", "wat is de hoofdstad van Frankrijk")
    assert second.kind == "unknown"
    assert "Frankrijk" not in second.text and "Monaco" not in second.text, second.text


async def test_real_kb_new_complete_question_inherits_nothing(real_core: BotCore) -> None:
    _, second = await ask_in_turn(real_core, "Hoe eindigde Alonso in Bahrein 2023?", "Wie won in Monaco?")
    assert "Leclerc" in second.text and "2024" in second.text, second.text


async def test_real_kb_question_without_season_is_about_the_newest(real_core: BotCore) -> None:
    reply = await real_core.handle(msg("Wie won de Grand Prix van Bahrein?"))
    assert "2024" in reply.text and "2023" not in reply.text, reply.text
    command = await real_core.handle(msg("Max Verstappen Bahrein", command="result"))
    assert "2024" in command.text and "2023" not in command.text, command.text


async def test_real_kb_reply_to_an_answer_continues_its_topic_whoever_replies(real_core: BotCore) -> None:
    question = msg("Wie won de Grand Prix van Bahrein in 2023?", chat="group")
    answer = await real_core.handle(question)
    assert "2023" in answer.text
    real_core.sent(question, answer, "m-1")  # the transport tells which message carried the answer
    other = "someone-else"
    reply = await real_core.handle(Incoming(platform="telegram", chat_id="group", user_id=other,
                                            text="en Alonso?", reply_to="m-1"))
    assert reply.kind == "answer" and "Alonso" in reply.text and "derde" in reply.text, reply.text
    season = await real_core.handle(Incoming(platform="telegram", chat_id="group", user_id="third",
                                             text="en in 2024?", reply_to="m-1"))
    assert season.kind == "answer" and "Verstappen" in season.text and "2024" in season.text, season.text
    # Without the reply, or replying in another chat, nothing is borrowed: "en in 2024?" asks nothing.
    plain = await real_core.handle(Incoming(platform="telegram", chat_id="group", user_id="fourth",
                                            text="en in 2024?"))
    stray = await real_core.handle(Incoming(platform="telegram", chat_id="elsewhere", user_id=other,
                                            text="en in 2024?", reply_to="m-1"))
    assert plain.kind == stray.kind == "unknown", (plain.text, stray.text)
