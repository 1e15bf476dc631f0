"""Neutral messages: what every transport turns a platform event into, and the reply it renders.

The core takes an ``Incoming`` and returns a ``Reply``; it never sends anything itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from knowledge.model import Source

Platform = Literal["discord", "telegram", "console"]
ReplyKind = Literal["answer", "unknown", "info", "refused", "rate_limited", "error"]


@dataclass(frozen=True)
class Attachment:
    """An uploaded file (a Discord attachment, a Telegram document)."""

    filename: str
    data: bytes


@dataclass(frozen=True)
class Incoming:
    """One user message or command, platform-neutral.

    ``command`` is a name from the command table (``None`` for a free-text question in ``text``);
    ``args`` holds the command's arguments by name, as strings.
    """

    platform: Platform
    chat_id: str
    user_id: str
    text: str = ""
    command: str | None = None
    args: dict[str, str] = field(default_factory=dict)
    attachment: Attachment | None = None
    user_name: str = ""


@dataclass(frozen=True)
class Reply:
    """Plain text (no markup: transports escape it) and the sources to show apart."""

    text: str
    kind: ReplyKind = "answer"
    sources: tuple[Source, ...] = ()
