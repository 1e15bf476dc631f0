"""Configuration: defaults, validation errors naming the key, env tokens, hidden secrets."""

from __future__ import annotations

import logging
import re
from dataclasses import fields, replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.config import Config, bundled_articles_dir, load_config, parse_config, redact_in_logs
from bot.core import BotCore
from bot.errors import ConfigError
from bot.messages import Incoming
from tests.bot.conftest import FakeClock, FakeKB

EXAMPLE = Path(__file__).resolve().parents[2] / "config.example.toml"
SECRET = "123456:SECRET-token-value"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_without_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    config = load_config(None, env={})
    assert config.source is None
    assert config.knowledge.articles_dir == bundled_articles_dir()
    assert config.knowledge.articles_dir.parts[-2:] == ("knowledge", "articles")
    assert config.knowledge.db_path == Path("data") / "racebot.sqlite3"
    assert config.limits.user_per_minute == 10
    assert config.limits.global_per_minute == 120
    assert config.limits.max_question_chars == 500
    assert config.limits.max_upload_bytes == 1_000_000
    assert config.context.ttl_seconds == 300
    assert config.telegram.base_url == "https://api.telegram.org/bot"
    assert not config.discord.enabled and not config.telegram.enabled


def test_example_file_matches_defaults(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(EXAMPLE.parent)
    example = load_config(Path(EXAMPLE.name), env={})
    monkeypatch.chdir(tmp_path)
    assert replace(example, source=None) == load_config(None, env={})


def test_default_path_config_toml_is_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "[limits]\nuser_per_minute = 3\n")
    config = load_config(None, env={})
    assert config.limits.user_per_minute == 3
    assert config.source == Path("config.toml")


def test_values_and_relative_paths(tmp_path: Path) -> None:
    path = write(tmp_path, """
[knowledge]
articles_dir = "arts"
data_dir = "/var/lib/racebot"
language = "en"
[discord]
guild_ids = [1, 2]
channel_ids = [3]
admin_ids = [4]
[telegram]
base_url = "http://127.0.0.1:8081/bot"
admin_ids = [5]
""")
    config = load_config(path, env={})
    assert config.knowledge.articles_dir == tmp_path / "arts"
    assert config.knowledge.data_dir == Path("/var/lib/racebot")
    assert config.knowledge.language == "en"
    assert config.discord.guild_ids == (1, 2) and config.discord.channel_ids == (3,)
    assert config.admin_ids("discord") == {"4"}
    assert config.admin_ids("telegram") == {"5"}
    assert config.admin_ids("console") == frozenset()


@pytest.mark.parametrize(("toml", "message"), [
    ("[discord]\ntokne = 'x'\n", "config.toml: unknown key 'discord.tokne'"),
    ("[discrod]\ntoken = 'x'\n", "config.toml: unknown key 'discrod'"),
    ("[limits]\nuser_per_minute = '10'\n", "'limits.user_per_minute' must be an integer, got str"),
    ("[limits]\nuser_per_minute = true\n", "'limits.user_per_minute' must be an integer"),
    ("[limits]\nglobal_per_minute = 0\n", "'limits.global_per_minute' must be at least 1"),
    ("[context]\nttl_seconds = 'long'\n", "'context.ttl_seconds' must be a number"),
    ("[discord]\nadmin_ids = ['12']\n", "'discord.admin_ids' must be a list of integers"),
    ("[discord]\nguild_ids = 5\n", "'discord.guild_ids' must be a list of integers"),
    ("[knowledge]\nlanguage = 'de'\n", "'knowledge.language' must be \"nl\" or \"en\""),
    ("[telegram]\nbase_url = 'ftp://x'\n", "'telegram.base_url' must be an http(s) URL"),
    ("limits = 5\n", "'limits' must be a table"),
    ("[limits\n", "config.toml: invalid TOML"),
])
def test_errors_name_the_key(tmp_path: Path, toml: str, message: str) -> None:
    with pytest.raises(ConfigError) as info:
        load_config(write(tmp_path, toml), env={})
    assert message in str(info.value)


def test_missing_explicit_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"nope\.toml"):
        load_config(tmp_path / "nope.toml", env={})


def test_wrong_token_type_does_not_echo_value(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as info:
        load_config(write(tmp_path, "[telegram]\ntoken = 123456789\n"), env={})
    assert "'telegram.token' must be a string" in str(info.value)
    assert "123456789" not in str(info.value)


def test_env_overrides_tokens(tmp_path: Path) -> None:
    path = write(tmp_path, "[telegram]\ntoken = 'from-file'\n[discord]\ntoken = ''\n")
    config = load_config(path, env={"RACEBOT_TELEGRAM_TOKEN": "from-env", "RACEBOT_DISCORD_TOKEN": "d"})
    assert config.telegram.token == "from-env"
    assert config.discord.token == "d"
    assert load_config(path, env={}).telegram.token == "from-file"
    assert load_config(path, env={}).discord.token is None


def test_env_default_is_os_environ(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("RACEBOT_TELEGRAM_TOKEN", SECRET)
    assert load_config(None).telegram.token == SECRET


def test_tokens_never_in_repr_or_logs(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = write(tmp_path, f"[discord]\ntoken = '{SECRET}'\n[telegram]\ntoken = '{SECRET}'\n")
    with caplog.at_level(logging.DEBUG):
        config = load_config(path, env={})
        logging.getLogger("test").info("config: %s / %r", config, config)
    assert config.discord.token == SECRET and config.telegram.token == SECRET
    for text in (repr(config), str(config), repr(config.telegram), str(config.discord), caplog.text):
        assert SECRET not in text
    assert "token='***'" in repr(config)
    assert "config: Config(" in caplog.text


def test_parse_config_direct() -> None:
    config = parse_config({"limits": {"max_upload_bytes": 10}}, env={})
    assert isinstance(config, Config)
    assert config.limits.max_upload_bytes == 10


def test_secrets_are_redacted_from_library_logs_and_tracebacks(caplog: pytest.LogCaptureFixture) -> None:
    secret = "987654:ANOTHER-secret-token"
    redact_in_logs(secret, None, "")
    library = logging.getLogger("some.library")
    with caplog.at_level(logging.DEBUG):
        library.debug("Set Bot API URL: https://example.invalid/bot%s", secret)
        try:
            raise ConnectionError(f"cannot reach https://example.invalid/bot{secret}/getMe")
        except ConnectionError:
            library.exception("request failed")
    assert "https://example.invalid/bot***" in caplog.text
    assert "ConnectionError: cannot reach https://example.invalid/bot***/getMe" in caplog.text
    assert secret not in caplog.text


# --- every key, every wrong type ------------------------------------------------------------------


def all_keys() -> list[str]:
    """Every ``section.key`` of the configuration, from the config classes themselves."""
    config = Config()
    return [f"{section.name}.{key.name}" for section in fields(config) if section.name != "source"
            for key in fields(getattr(config, section.name))]


def test_every_key_is_in_the_example_file() -> None:
    documented, section = set(), ""
    for line in EXAMPLE.read_text(encoding="utf-8").splitlines():
        if header := re.fullmatch(r"\[(\w+)\]", line):
            section = header.group(1)
        elif key := re.match(r"(?:# )?(\w+) = ", line):  # commented-out keys count: they have no default
            documented.add(f"{section}.{key.group(1)}")
    assert documented == set(all_keys())
    assert len(documented) == 27


@pytest.mark.parametrize("dotted", all_keys())
@pytest.mark.parametrize("wrong", ["[{section}.{key}]\nnested = 1\n", "[{section}]\n{key} = true\n",
                                   "[{section}]\n{key} = 1979-05-27\n"])
def test_wrong_type_for_any_key_names_the_key(tmp_path: Path, dotted: str, wrong: str) -> None:
    section, key = dotted.split(".")
    with pytest.raises(ConfigError) as info:
        load_config(write(tmp_path, wrong.format(section=section, key=key)), env={})
    assert str(info.value).startswith(f"config.toml: key '{dotted}' must be")


@pytest.mark.parametrize("value", ["nan", "inf", "-inf", "+inf"])
@pytest.mark.parametrize("dotted", ["context.ttl_seconds", "telegram.poll_timeout", "restart.initial_seconds",
                                    "restart.max_seconds"])
def test_non_finite_numbers_are_refused(tmp_path: Path, dotted: str, value: str) -> None:
    section, key = dotted.split(".")
    with pytest.raises(ConfigError, match=rf"'{dotted}' must be a finite number"):
        load_config(write(tmp_path, f"[{section}]\n{key} = {value}\n"), env={})


_KEYS = sorted({key.split(".")[1] for key in all_keys()} | {"tokne", "extra"})
# Every type TOML can produce: integers, floats (nan, inf), booleans, strings, arrays, dates, tables.
_VALUES = st.one_of(st.integers(-5, 10**12), st.floats(), st.booleans(), st.text(max_size=20),
                    st.lists(st.integers(-3, 3), max_size=3), st.lists(st.text(max_size=3), max_size=2),
                    st.dates(), st.dictionaries(st.text(max_size=3), st.integers(), max_size=2))
_SECTIONS = st.dictionaries(st.sampled_from(_KEYS), _VALUES, max_size=4)
_DATA = st.dictionaries(st.sampled_from(["knowledge", "limits", "context", "restart", "discord", "telegram",
                                         "discrod"]),
                        st.one_of(_SECTIONS, _VALUES), max_size=3)


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(data=_DATA)
def test_any_config_data_parses_or_names_a_bad_key(data: dict[str, Any]) -> None:
    try:
        parse_config(data, base_dir=Path("/srv/racebot"), env={})
    except ConfigError as exc:
        named = re.fullmatch(r"(?:unknown key|key) '([^']+)'.*", str(exc), re.DOTALL)
        assert named, str(exc)
        dotted = named.group(1)
        section, _, key = dotted.partition(".")
        assert section in data and (not key or key in data[section])
        # The key named is wrong on its own, not because of its neighbours.
        alone = {section: {key: data[section][key]}} if key else {section: data[section]}
        with pytest.raises(ConfigError):
            parse_config(alone, env={})


# --- tokens never reach logs or replies -----------------------------------------------------------

CORE_TOKEN = "777777:CORE-secret-token-value"


@pytest.fixture
def token_core(fake_kb: FakeKB, config: Config, clock: FakeClock) -> BotCore:
    """A core whose configuration carries a token (the core registers it for redaction itself)."""
    return BotCore(fake_kb, replace(config, telegram=replace(config.telegram, token=CORE_TOKEN)), clock=clock)


async def test_token_in_an_unexpected_error_is_not_logged_or_replied(
        token_core: BotCore, fake_kb: FakeKB, caplog: pytest.LogCaptureFixture) -> None:
    async def failing_ask(question: str, context: Any = None) -> Any:
        raise ConnectionError(f"POST https://api.telegram.org/bot{CORE_TOKEN}/sendMessage failed")

    fake_kb.ask = failing_ask  # type: ignore[method-assign]
    with caplog.at_level(logging.DEBUG):
        reply = await token_core.handle(Incoming("telegram", "c", "1001", text="Wie won?"))
    assert reply.kind == "error" and CORE_TOKEN not in reply.text
    assert "bot***/sendMessage failed" in caplog.text  # the traceback is logged, redacted
    assert CORE_TOKEN not in caplog.text


async def test_token_pasted_by_a_user_is_not_echoed_or_logged(
        token_core: BotCore, caplog: pytest.LogCaptureFixture) -> None:
    messages = [
        Incoming("telegram", "c", "1001", text=f"{CORE_TOKEN}, Bahrein", command="result"),
        Incoming("telegram", "c", "1001", text=CORE_TOKEN),
        Incoming("telegram", "c", "1001", command=CORE_TOKEN[:30]),
        Incoming("telegram", "c", "4242", command="stats"),
        Incoming("telegram", "c", "1001", command="reload"),
    ]
    with caplog.at_level(logging.DEBUG):
        replies = [await token_core.handle(m) for m in messages]
    assert "***" in replies[0].text  # the fake KB echoes the driver: the core redacts it
    for reply in replies:
        assert CORE_TOKEN not in reply.text and CORE_TOKEN not in str(reply.sources)
    assert CORE_TOKEN not in caplog.text
