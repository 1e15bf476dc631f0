"""racebot's configuration: a TOML file (see ``config.example.toml``) plus token env vars.

Read it in ``main`` with ``load_config(path)``; nothing is read at import time.
Tokens never appear in ``repr``/``str`` of the config objects, so logging a config is safe.
"""

from __future__ import annotations

import logging
import math
import os
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

import knowledge
from bot.errors import ConfigError

__all__ = [
    "Config", "ConfigError", "ContextConfig", "DiscordConfig", "KnowledgeConfig", "LimitsConfig",
    "RestartConfig", "TelegramConfig", "bundled_articles_dir", "load_config", "parse_config", "redact",
    "redact_in_logs",
]

logger = logging.getLogger(__name__)

Language = Literal["nl", "en"]

DEFAULT_CONFIG_PATH = Path("config.toml")
DISCORD_TOKEN_ENV = "RACEBOT_DISCORD_TOKEN"
TELEGRAM_TOKEN_ENV = "RACEBOT_TELEGRAM_TOKEN"
TELEGRAM_BASE_URL = "https://api.telegram.org/bot"
TELEGRAM_BASE_FILE_URL = "https://api.telegram.org/file/bot"
DB_FILENAME = "racebot.sqlite3"


def bundled_articles_dir() -> Path:
    """The articles folder shipped inside the ``knowledge`` package."""
    return Path(knowledge.__file__).parent / "articles"


def _hide(token: str | None) -> str:
    return "None" if not token else "'***'"


@dataclass(frozen=True)
class KnowledgeConfig:
    """Where articles and the database live, the fallback reply language, and this process's role.

    Several processes may share one database (``data_dir``): one ``writer`` reloads the articles folder
    at start-up and takes /reload and uploads; ``reader`` processes never write and refuse those. Every
    process takes over what another one committed within ``refresh_seconds``."""

    articles_dir: Path = field(default_factory=bundled_articles_dir)
    data_dir: Path = Path("data")
    language: Language = "nl"
    role: Literal["writer", "reader"] = "writer"
    refresh_seconds: float = 60.0
    #: an Ergast CSV folder with newer official results (None: the results bundled with the package)
    results_dir: Path | None = None

    @property
    def writer(self) -> bool:
        """True when this process may change the knowledge base."""
        return self.role == "writer"

    @property
    def db_path(self) -> Path:
        """The SQLite database file inside ``data_dir``."""
        return self.data_dir / DB_FILENAME


@dataclass(frozen=True)
class LimitsConfig:
    """Rate limits (sliding one-minute windows) and size caps."""

    user_per_minute: int = 10
    global_per_minute: int = 120
    max_question_chars: int = 500
    max_upload_bytes: int = 1_000_000


@dataclass(frozen=True)
class ContextConfig:
    """How long the follow-up context of a chat lives."""

    ttl_seconds: float = 300.0


@dataclass(frozen=True)
class RestartConfig:
    """How ``racebot run`` restarts a transport that ended: after ``initial_seconds``, doubling up to
    ``max_seconds`` (back to ``initial_seconds`` once a run lasted ``max_seconds``)."""

    initial_seconds: float = 2.0
    max_seconds: float = 120.0


@dataclass(frozen=True, repr=False)
class DiscordConfig:
    """The Discord transport. ``token`` is hidden from ``repr``.

    ``shard_count`` (a number, or "auto" for Discord's recommendation) runs discord.py's
    ``AutoShardedClient``; ``shard_ids`` are the shards this process runs (several processes split the
    shards between them). Neither set: one unsharded connection."""

    token: str | None = None
    guild_ids: tuple[int, ...] = ()
    channel_ids: tuple[int, ...] = ()
    admin_ids: tuple[int, ...] = ()
    shard_count: int | Literal["auto"] | None = None
    shard_ids: tuple[int, ...] = ()

    def __repr__(self) -> str:
        return (f"DiscordConfig(token={_hide(self.token)}, guild_ids={self.guild_ids!r}, "
                f"channel_ids={self.channel_ids!r}, admin_ids={self.admin_ids!r}, "
                f"shard_count={self.shard_count!r}, shard_ids={self.shard_ids!r})")

    @property
    def sharded(self) -> bool:
        """True when ``shard_count`` is set."""
        return self.shard_count is not None

    __str__ = __repr__

    @property
    def enabled(self) -> bool:
        """True when a token is configured."""
        return bool(self.token)


@dataclass(frozen=True, repr=False)
class TelegramConfig:
    """The Telegram transport. ``token`` and ``webhook_secret`` are hidden from ``repr``.

    With ``webhook_url`` set, updates come by webhook (python-telegram-bot's own web server, listening
    on ``webhook_listen`` "host:port", at the URL's path) instead of long polling, so several
    instances can stand behind one HTTP load balancer; ``webhook_secret`` is checked on every request
    (Telegram sends it in ``X-Telegram-Bot-Api-Secret-Token``)."""

    token: str | None = None
    base_url: str = TELEGRAM_BASE_URL
    base_file_url: str = TELEGRAM_BASE_FILE_URL
    admin_ids: tuple[int, ...] = ()
    poll_timeout: float = 10.0
    webhook_url: str | None = None
    webhook_listen: str = "127.0.0.1:8443"
    webhook_secret: str | None = None

    def __repr__(self) -> str:
        return (f"TelegramConfig(token={_hide(self.token)}, base_url={self.base_url!r}, "
                f"base_file_url={self.base_file_url!r}, admin_ids={self.admin_ids!r}, "
                f"poll_timeout={self.poll_timeout!r}, webhook_url={self.webhook_url!r}, "
                f"webhook_listen={self.webhook_listen!r}, webhook_secret={_hide(self.webhook_secret)})")

    @property
    def listen_address(self) -> tuple[str, int]:
        """``webhook_listen`` as (host, port)."""
        host, _, port = self.webhook_listen.rpartition(":")
        return host.strip("[]"), int(port)

    __str__ = __repr__

    @property
    def enabled(self) -> bool:
        """True when a token is configured."""
        return bool(self.token)


@dataclass(frozen=True)
class Config:
    """The whole configuration. ``source`` is the file it came from (None: built-in defaults)."""

    knowledge: KnowledgeConfig = field(default_factory=KnowledgeConfig)
    limits: LimitsConfig = field(default_factory=LimitsConfig)
    context: ContextConfig = field(default_factory=ContextConfig)
    restart: RestartConfig = field(default_factory=RestartConfig)
    discord: DiscordConfig = field(default_factory=DiscordConfig)
    telegram: TelegramConfig = field(default_factory=TelegramConfig)
    source: Path | None = None

    def admin_ids(self, platform: str) -> frozenset[str]:
        """The admin user ids of ``platform`` as strings (the console has none: it is always admin)."""
        if platform == "discord":
            return frozenset(str(i) for i in self.discord.admin_ids)
        if platform == "telegram":
            return frozenset(str(i) for i in self.telegram.admin_ids)
        return frozenset()


# --- validation ---------------------------------------------------------------------------------

_Converter = Callable[[str, Any, Path], Any]


def _int(minimum: int) -> _Converter:
    def convert(key: str, value: Any, _base: Path) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise _type_error(key, "an integer", value)
        if value < minimum:
            raise ConfigError(f"key '{key}' must be at least {minimum}, got {value}")
        return value
    return convert


def _number(key: str, value: Any, _base: Path) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _type_error(key, "a number", value)
    if not math.isfinite(value):
        # TOML allows inf and nan; a nan TTL or timeout would silently disable what it configures.
        raise ConfigError(f"key '{key}' must be a finite number, got {value}")
    if value <= 0:
        raise ConfigError(f"key '{key}' must be positive, got {value}")
    return float(value)


def _str(key: str, value: Any, _base: Path) -> str:
    if not isinstance(value, str):
        raise _type_error(key, "a string", value)
    return value


def _token(key: str, value: Any, _base: Path) -> str | None:
    if not isinstance(value, str):
        # Never echo the value: it may be a secret.
        raise ConfigError(f"key '{key}' must be a string")
    return value.strip() or None


def _url(key: str, value: Any, _base: Path) -> str:
    text = _str(key, value, _base)
    if not text.startswith(("http://", "https://")):
        raise ConfigError(f"key '{key}' must be an http(s) URL, got {text!r}")
    return text


def _path(key: str, value: Any, base: Path) -> Path:
    text = _str(key, value, base)
    if not text:
        raise ConfigError(f"key '{key}' must not be empty")
    path = Path(text).expanduser()
    return path if path.is_absolute() else base / path


def _language(key: str, value: Any, _base: Path) -> str:
    text = _str(key, value, _base)
    if text not in ("nl", "en"):
        raise ConfigError(f"key '{key}' must be \"nl\" or \"en\", got {text!r}")
    return text


def _shard_count(key: str, value: Any, _base: Path) -> int | str:
    if value == "auto":
        return "auto"
    if isinstance(value, bool) or not isinstance(value, int):
        raise _type_error(key, 'a number of shards or "auto"', value)
    if value < 1:
        raise ConfigError(f"key '{key}' must be at least 1, got {value}")
    return value


def _optional_url(key: str, value: Any, base: Path) -> str | None:
    return _url(key, value, base) if _str(key, value, base) else None


def _listen(key: str, value: Any, _base: Path) -> str:
    text = _str(key, value, _base)
    host, sep, port = text.rpartition(":")
    if not (sep and host and port.isdigit() and 0 < int(port) < 65536):
        raise ConfigError(f"key '{key}' must be \"host:port\", e.g. \"0.0.0.0:8443\", got {text!r}")
    return text


def _role(key: str, value: Any, _base: Path) -> str:
    text = _str(key, value, _base)
    if text not in ("writer", "reader"):
        raise ConfigError(f"key '{key}' must be \"writer\" or \"reader\", got {text!r}")
    return text


def _id_list(key: str, value: Any, _base: Path) -> tuple[int, ...]:
    if not isinstance(value, list):
        raise _type_error(key, "a list of integers", value)
    for item in value:
        if isinstance(item, bool) or not isinstance(item, int):
            raise _type_error(key, "a list of integers", item)
    return tuple(value)


def _type_error(key: str, expected: str, value: Any) -> ConfigError:
    return ConfigError(f"key '{key}' must be {expected}, got {type(value).__name__}")


_SCHEMA: dict[str, tuple[type[Any], dict[str, _Converter]]] = {
    "knowledge": (KnowledgeConfig, {"articles_dir": _path, "data_dir": _path, "language": _language,
                                    "role": _role, "refresh_seconds": _number, "results_dir": _path}),
    "limits": (LimitsConfig, {
        "user_per_minute": _int(1), "global_per_minute": _int(1),
        "max_question_chars": _int(1), "max_upload_bytes": _int(1),
    }),
    "context": (ContextConfig, {"ttl_seconds": _number}),
    "restart": (RestartConfig, {"initial_seconds": _number, "max_seconds": _number}),
    "discord": (DiscordConfig, {
        "token": _token, "guild_ids": _id_list, "channel_ids": _id_list, "admin_ids": _id_list,
        "shard_count": _shard_count, "shard_ids": _id_list,
    }),
    "telegram": (TelegramConfig, {
        "token": _token, "base_url": _url, "base_file_url": _url, "admin_ids": _id_list,
        "poll_timeout": _number, "webhook_url": _optional_url, "webhook_listen": _listen,
        "webhook_secret": _token,
    }),
}


def parse_config(data: Mapping[str, Any], *, base_dir: Path | None = None,
                 env: Mapping[str, str] | None = None, source: Path | None = None) -> Config:
    """Build a validated ``Config`` from parsed TOML ``data``.

    Relative paths are resolved against ``base_dir`` (default: the working directory).
    ``env`` (default ``os.environ``) may override the tokens. Raises ``ConfigError`` naming the key.
    """
    base = base_dir if base_dir is not None else Path()
    env = os.environ if env is None else env
    sections: dict[str, Any] = {}
    for section, value in data.items():
        if section not in _SCHEMA:
            raise ConfigError(f"unknown key '{section}'")
        if not isinstance(value, dict):
            raise _type_error(section, "a table", value)
        cls, converters = _SCHEMA[section]
        kwargs: dict[str, Any] = {}
        for key, raw in value.items():
            dotted = f"{section}.{key}"
            if key not in converters:
                raise ConfigError(f"unknown key '{dotted}'")
            kwargs[key] = converters[key](dotted, raw, base)
        sections[section] = cls(**kwargs)

    config = Config(**sections, source=source)
    _check_shards(config.discord)
    overrides: dict[str, Any] = {}
    discord_token = env.get(DISCORD_TOKEN_ENV, "").strip()
    if discord_token:
        overrides["discord"] = replace(config.discord, token=discord_token)
    telegram_token = env.get(TELEGRAM_TOKEN_ENV, "").strip()
    if telegram_token:
        overrides["telegram"] = replace(config.telegram, token=telegram_token)
    return replace(config, **overrides) if overrides else config


def _check_shards(discord: DiscordConfig) -> None:
    """``shard_ids`` need a numeric ``shard_count`` and must lie below it."""
    if not discord.shard_ids:
        return
    count = discord.shard_count
    if not isinstance(count, int):
        raise ConfigError("key 'discord.shard_ids' needs discord.shard_count set to a number of shards")
    wrong = [i for i in discord.shard_ids if not 0 <= i < count]
    if wrong:
        raise ConfigError(f"key 'discord.shard_ids' must lie in 0..{count - 1}, got {wrong[0]}")


def load_config(path: Path | None = None, *, env: Mapping[str, str] | None = None) -> Config:
    """Load the configuration.

    ``path`` None means ``config.toml`` in the working directory if it exists, else the built-in
    defaults (the same values as ``config.example.toml``). A given ``path`` must exist.
    Env vars ``RACEBOT_DISCORD_TOKEN`` / ``RACEBOT_TELEGRAM_TOKEN`` override the tokens.
    Raises ``ConfigError`` (prefixed with the file name) on a missing file, bad TOML,
    a wrong type or an unknown key.
    """
    if path is None:
        if not DEFAULT_CONFIG_PATH.is_file():
            logger.info("No %s found; using built-in defaults", DEFAULT_CONFIG_PATH)
            return parse_config({}, env=env)
        path = DEFAULT_CONFIG_PATH
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config file ({exc.strerror or exc})") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: invalid TOML ({exc})") from None
    try:
        config = parse_config(data, base_dir=path.parent, env=env, source=path)
    except ConfigError as exc:
        raise ConfigError(f"{path.name}: {exc}") from None
    logger.info("Loaded configuration from %s", path)
    return config


# --- keeping secrets out of logs ------------------------------------------------------------------

_SECRETS: set[str] = set()
_REDACTED = "***"


def redact(text: str) -> str:
    """``text`` with every secret registered by ``redact_in_logs`` replaced by '***'."""
    for secret in _SECRETS:
        if secret in text:
            text = text.replace(secret, _REDACTED)
    return text


def _install_record_factory() -> None:
    previous = logging.getLogRecordFactory()
    if getattr(previous, "_racebot_redacting", False):
        return

    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = previous(*args, **kwargs)
        if _SECRETS:
            message = record.getMessage()
            clean = redact(message)
            if clean != message:
                record.msg, record.args = clean, None
            if record.exc_info and record.exc_info[1] is not None:
                text = logging.Formatter().formatException(record.exc_info)
                clean = redact(text)
                if clean != text:
                    record.exc_text = clean
        return record

    factory._racebot_redacting = True  # type: ignore[attr-defined]
    logging.setLogRecordFactory(factory)


def redact_in_logs(*secrets: str | None) -> None:
    """Replace these secrets (e.g. bot tokens) by '***' in every log record created from now on.

    Libraries log URLs that contain the token (python-telegram-bot at DEBUG, httpx at INFO);
    this keeps them out of every handler, including ones added later.
    """
    for secret in secrets:
        if secret and len(secret) >= 6:
            _SECRETS.add(secret)
    if _SECRETS:
        _install_record_factory()
