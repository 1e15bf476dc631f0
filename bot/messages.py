"""Neutral messages: what every transport turns a platform event into, and the reply it renders.

The core takes an ``Incoming`` and returns a ``Reply``; it never sends anything itself.

Two text guards live here because every path in and out passes through these types:
``clean_text`` normalises what users type before it is understood, and ``inert`` makes sure no
``Reply`` can ping anyone or reorder the text on screen, whichever transport renders it.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass, field, replace
from typing import Literal

from knowledge.model import Source, Topic

ZWSP = "\u200b"
"""Zero-width space: breaks a mention without changing what the reader sees."""

# "@everyone", "@here", "@username" (Telegram) and Discord's raw "<@id>", "<@!id>", "<@&id>", "<#id>":
# a zero-width space after the sigil keeps the text readable but no client parses a mention from it.
_MENTION = re.compile(r"(<[@#][!&]?|@)(?=\w)")
# Explicit bidi embeddings, overrides and isolates can make a reply display in a different order than
# it reads (an echoed "\u202e" flips the rest of the line). Plain right-to-left text needs none of them.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_KEEP_CONTROLS = frozenset("\n\t")


def inert(text: str) -> str:
    """``text`` safe to show anywhere: mentions broken by a zero-width space, bidi controls, control
    characters (except newline and tab) and lone surrogates removed. Idempotent.

    Markup (``<b>``, ``**``, ``[x](y)``) is left as literal text: a ``Reply`` is plain text and every
    transport escapes it for its own format.
    """
    if not (text.isascii() and text.isprintable()):
        text = "".join(c for c in text if c in _KEEP_CONTROLS or not (
            c in _BIDI_CONTROLS or unicodedata.category(c) in ("Cc", "Cs")))
    return _MENTION.sub(lambda m: m.group(1) + ZWSP, text)


def clean_text(text: str) -> str:
    """User text normalised for understanding: NFC, invisible format and control characters removed,
    other white space (newlines, tabs, line separators) turned into plain spaces.

    An invisible character must not change the meaning: "Pé\u200brez" and a decomposed "Pérez" are
    both "Pérez".
    """
    text = unicodedata.normalize("NFC", text)
    if text.isascii() and text.isprintable():
        return text
    out: list[str] = []
    for c in text:
        if c.isspace():
            out.append(" ")
        elif unicodedata.category(c) not in ("Cc", "Cf", "Cs"):
            out.append(c)
    return "".join(out)


# What chat markup looks like in a question: HTML tags and Markdown emphasis/code/spoiler runs. None of it
# is part of what is asked, and a tag's name ("<a href=…>") would count as a word of the question.
# (Mentions stay: they carry no words, and every reply neutralises them.)
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")
_MARKDOWN = re.compile(r"[*`~|]{2,}"  # "**", "~~", "||", "```"
                       r"|(?<![\w*`~|])[*`~|]+(?=\w)|(?<=\w)[*`~|]+(?![\w*`~|])"  # "*x*", "`x`" around a word
                       r"|(?<!\w)__+|__+(?!\w)")  # "__x__" (not the "_" inside a word)


def strip_markup(text: str) -> str:
    """``text`` without chat markup (``<b>``, ``&amp;``, ``**``, ``__``, `` ` ``, ``||``), white space
    collapsed: markup must not change what a question means or which language it is in."""
    if not any(c in text for c in "<&*`~|_"):
        return text
    text = _TAG.sub(" ", html.unescape(text))
    return " ".join(_MARKDOWN.sub("", text).split())


def locale_language(locale: str | None) -> str | None:
    """The reply language for a platform locale ("nl", "nl-BE", "en-US", "en_GB"), or None for another."""
    if not locale:
        return None
    base = locale.replace("_", "-").split("-", 1)[0].lower()
    return base if base in ("nl", "en") else None


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
    ``args`` holds the command's arguments by name, as strings. ``locale`` is the user's language
    as the platform reports it (Telegram ``language_code``, Discord ``interaction.locale``), if any.
    """

    platform: Platform
    chat_id: str
    user_id: str
    text: str = ""
    command: str | None = None
    args: dict[str, str] = field(default_factory=dict)
    attachment: Attachment | None = None
    user_name: str = ""
    locale: str | None = None
    #: the id of the bot's message this one replies to (a reply in a group continues that answer's topic)
    reply_to: str | None = None


@dataclass(frozen=True)
class Reply:
    """Plain text (no markup: transports escape it) and the sources to show apart.

    Text and sources are made ``inert`` on construction, so no reply (echoing a question, quoting an
    article) can carry a live mention or a bidi override to any transport.
    """

    text: str
    kind: ReplyKind = "answer"
    sources: tuple[Source, ...] = ()
    #: what the answer was about; a transport hands it back with the sent message's id (``BotCore.sent``)
    topic: Topic | None = None

    def __post_init__(self) -> None:
        # Frozen: assign through object.__setattr__ (the documented way for a frozen __post_init__).
        object.__setattr__(self, "text", inert(self.text))
        if self.sources:
            object.__setattr__(self, "sources", tuple(_inert_source(s) for s in self.sources))


def _inert_source(source: Source) -> Source:
    title = inert(source.title) if source.title is not None else None
    clean = (inert(source.article), inert(source.sentence), title)
    if clean == (source.article, source.sentence, source.title):
        return source
    return replace(source, article=clean[0], sentence=clean[1], title=clean[2])
