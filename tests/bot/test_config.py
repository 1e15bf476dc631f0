"""Configuration: defaults, validation errors naming the key, env tokens, hidden secrets."""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

import pytest

from bot.config import Config, bundled_articles_dir, load_config, parse_config, redact_in_logs
from bot.errors import ConfigError

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
