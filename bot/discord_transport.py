"""The Discord transport (discord.py): slash commands, mentions, channel questions and uploads.

Everything it does is: turn a Discord event into an ``Incoming``, hand it to ``BotCore.handle`` and
render the ``Reply``. The core decides; this module only translates.

* **Slash commands** are generated from the ONE command table (``bot.commands.COMMANDS``): each
  command becomes an ``app_commands.Command`` whose parameters are the table's args (``season`` an
  integer 1950–2100, ``driver``/``grand_prix`` strings with autocomplete from the knowledge base,
  ``accepts_attachment`` adds a required ``file`` attachment). Names and descriptions come in
  English and Dutch (``name_localizations``/``description_localizations`` via ``TableTranslator``),
  and replies follow the user's ``interaction.locale``. Admin commands are hidden from members
  without Manage Server (``default_member_permissions``) and refused by the core for non-admins
  (``discord.admin_ids``); refusals are ephemeral. Commands are synced at the first start-up: per
  configured guild (``discord.guild_ids``: instant) or globally (may take a while to show up in
  clients; global commands also work in DMs). ``discord.shard_count`` runs the
  ``AutoShardedClient`` (``make_client``).
* **Free text**: a message that mentions the bot (the mention is stripped), any message in a
  channel listed in ``discord.channel_ids`` (or a thread in one), and any DM. A ``.txt``
  attachment on such a message is an article upload (admins only; non-admins get a polite
  refusal and nothing is downloaded).
* **Replies**: the answer text (markdown-escaped, mentions neutralised) with the sources as a
  compact subtext footer, trimmed to Discord's 2000 characters. Every send carries
  ``AllowedMentions.none()`` (also the client default), so no reply can ping @everyone, @here,
  roles or users; ``@everyone``/``@here``/``<@…>`` are additionally broken with a zero-width space.
* **Faults**: discord.py reconnects the gateway itself (RESUME at the ``resume_gateway_url``, or a
  new IDENTIFY when the session is gone) and retries REST calls answered 429 or 500/502/504. On
  top of that a channel reply that failed in transit (connection lost, no answer within
  ``send_timeout``, another 5xx) is sent once more after ``retry_delay``, with the same
  ``nonce`` and ``enforce_nonce`` so Discord never shows it twice; other HTTP errors are logged.
  Anything unexpected while answering is logged and the user gets the core's short apology,
  never a traceback; the client keeps running. When the gateway task ends anyway (discord.py gives
  up on a first connection that fails), ``DiscordHandle.wait`` tells the runner, which starts the
  transport again; fatal close codes (4004, 4010-4014) and a token refused at login become
  ``FatalTransportError``.

Gateway intents (``discord_intents()``):

* ``guilds`` — guild and channel cache (needed for slash commands and channel checks);
* ``guild_messages`` — messages in server channels (mentions, ``channel_ids``);
* ``dm_messages`` — direct messages;
* ``message_content`` — **privileged**: enable "Message Content Intent" for the bot in the
  Discord Developer Portal (Bot → Privileged Gateway Intents). Without it Discord refuses the
  connection (close code 4014, logged with this hint); if it were left out of the intents,
  text and attachments would arrive empty except in DMs and mentions, so ``channel_ids``
  questions would not work.

Invite the bot with the ``bot`` and ``applications.commands`` scopes and the permissions
View Channels, Send Messages, Send Messages in Threads, Read Message History.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import logging
import re
import secrets
from collections.abc import Awaitable, Callable, Coroutine
from pathlib import PurePath
from typing import Any

import aiohttp
import discord
from discord import app_commands

from bot.commands import COMMANDS, MAX_SEASON, MIN_SEASON, ArgKind, Command
from bot.config import Config
from bot.core import APOLOGY, BotCore, safe_article_name, source_lines, trim
from bot.errors import ConfigError, FatalTransportError, TransportEnded, UploadError
from bot.messages import Attachment, Incoming, Reply, locale_language

logger = logging.getLogger(__name__)

CONTENT_LIMIT = 2000
"""Discord's maximum message content length."""
AUTOCOMPLETE_LIMIT = 25
"""At most this many autocomplete choices."""
CHOICE_NAME_LIMIT = 100
"""Maximum length of an autocomplete choice name and value."""
DESCRIPTION_LIMIT = 100
"""Maximum length of a slash command or option description."""
DEFER_AFTER = 2.0
"""Seconds to wait for the core before deferring an interaction (Discord allows 3)."""
MAX_UPLOADS_PER_MESSAGE = 5
"""Only this many ``.txt`` attachments of one message are processed."""
ADMIN_PERMISSIONS = discord.Permissions(manage_guild=True)
"""Who sees the admin commands by default (``default_member_permissions``): Manage Server."""
EPHEMERAL_KINDS = frozenset({"refused", "rate_limited"})
"""Reply kinds shown only to the user who ran the slash command."""
SEND_ATTEMPTS = 2
"""How often a channel reply is tried when it fails in transit."""
RETRY_DELAY = 1.0
"""Seconds before a channel reply is tried again."""
SEND_TIMEOUT = 20.0
"""Seconds a channel reply may take (discord.py's own 429/5xx retries included) before it is retried."""
IDENTIFY_DELAY = 5.0
"""Seconds to wait before identifying again after a session was lost (discord.py's default pause)."""
TRANSIENT_ERRORS: tuple[type[BaseException], ...] = (discord.DiscordServerError, aiohttp.ClientError, OSError)
"""Failures in transit: worth another try. (``TimeoutError`` is an ``OSError``.)"""
_DOWNLOAD_ERRORS: tuple[type[BaseException], ...] = (discord.HTTPException, discord.ClientException,
                                                     *TRANSIENT_ERRORS)

_MENTION_WORDS = re.compile(r"@(everyone|here)", re.IGNORECASE)
_RAW_MENTION = re.compile(r"<(@[!&]?|#)(\d+)>")
ZWSP = "\u200b"


# --- rendering --------------------------------------------------------------------------------------


def neutralize_mentions(text: str) -> str:
    """Break ``@everyone``, ``@here`` and raw ``<@id>``/``<@&id>``/``<#id>`` mentions with a zero-width space.

    Defence in depth: every send also carries ``AllowedMentions.none()``.
    """
    text = _MENTION_WORDS.sub(lambda m: f"@{ZWSP}{m.group(1)}", text)
    return _RAW_MENTION.sub(lambda m: f"<{m.group(1)}{ZWSP}{m.group(2)}>", text)


def apology(lang: str) -> Reply:
    """The core's short apology for an unexpected failure, in ``lang`` (Dutch when unknown)."""
    return Reply(APOLOGY.get(lang, APOLOGY["nl"]), kind="error")


def escape_text(text: str) -> str:
    """Plain text made safe for Discord: markdown escaped, mentions neutralised."""
    return neutralize_mentions(discord.utils.escape_markdown(text))


def render_reply(reply: Reply, limit: int = CONTENT_LIMIT) -> str:
    """The message content for ``reply``: escaped text plus a compact sources footer, ≤ ``limit`` chars.

    Source lines are dropped (last first) before the answer text is cut.
    """
    body = escape_text(reply.text.strip()) or "…"
    footer = [f"-# 📰 {escape_text(line)}" for line in source_lines(reply.sources)]
    while footer and len(body) + len("\n\n") + len("\n".join(footer)) > limit:
        footer.pop()
    if footer:
        return body + "\n\n" + "\n".join(footer)
    if len(body) > limit:
        # Never end on a lone escaping backslash (it would escape the ellipsis).
        body = trim(body, limit - 1).removesuffix("…").rstrip("\\") + "…"
    return body


def strip_bot_mention(content: str, bot_id: int) -> str:
    """``content`` without ``<@bot_id>`` / ``<@!bot_id>`` mentions, whitespace collapsed."""
    content = re.sub(rf"<@!?{bot_id}>", " ", content)
    return " ".join(content.split())


def _bilingual(lang: str, *, nl: str, en: str) -> app_commands.locale_str:
    """A slash command text in the configured language, carrying both for ``TableTranslator``."""
    nl, en = trim(nl, DESCRIPTION_LIMIT), trim(en, DESCRIPTION_LIMIT)
    return app_commands.locale_str(nl if lang == "nl" else en, nl=nl, en=en)


def _localized_name(name: str, name_nl: str) -> app_commands.locale_str:
    """A command or option name: the table's (English) name, with its Dutch name as the localisation.

    The name stays English by default because interactions always carry the default name."""
    return app_commands.locale_str(name, nl=name_nl or name, en=name)


class _NoVoiceWarnings(logging.Filter):
    """Drops discord.py's start-up warnings that PyNaCl/davey (voice) are missing: racebot has no voice."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "voice will NOT be supported" not in record.getMessage()


def quiet_voice_warnings() -> None:
    """Keep the "voice will NOT be supported" warnings out of the log (idempotent)."""
    client_logger = logging.getLogger("discord.client")
    if not any(isinstance(f, _NoVoiceWarnings) for f in client_logger.filters):
        client_logger.addFilter(_NoVoiceWarnings())


class TableTranslator(app_commands.Translator):
    """Dutch/English localisations (``name_localizations``, ``description_localizations``) of slash
    command and option names and descriptions, from the command table's two texts.

    Names default to English, descriptions to the configured language; Discord shows the other one to
    users whose client is set to English (US/UK) or Dutch.
    """

    async def translate(self, string: app_commands.locale_str, locale: discord.Locale,
                        context: app_commands.TranslationContextTypes) -> str | None:
        """The text of ``string`` for ``locale``, or None (no localisation) when it is the default."""
        if locale in (discord.Locale.american_english, discord.Locale.british_english):
            text = string.extras.get("en")
        elif locale is discord.Locale.dutch:
            text = string.extras.get("nl")
        else:
            return None
        return text if isinstance(text, str) and text != string.message else None


def discord_intents() -> discord.Intents:
    """The gateway intents the bot needs: guilds, guild_messages, dm_messages, message_content."""
    intents = discord.Intents.none()
    intents.guilds = True
    intents.guild_messages = True
    intents.dm_messages = True
    intents.message_content = True
    return intents


# --- the client -------------------------------------------------------------------------------------


class RacebotClient(discord.Client):
    """A ``discord.Client`` with a command tree built from the command table.

    ``defer_after`` is how long an interaction waits for the core before it is deferred;
    ``send_timeout`` and ``retry_delay`` bound a channel reply's attempts (see the module docstring);
    ``identify_delay`` is the pause before a new IDENTIFY when a session could not be resumed.
    """

    def __init__(self, core: BotCore, config: Config, *, defer_after: float = DEFER_AFTER,
                 send_timeout: float = SEND_TIMEOUT, retry_delay: float = RETRY_DELAY,
                 identify_delay: float = IDENTIFY_DELAY, sync_commands: bool = True, **options: Any) -> None:
        quiet_voice_warnings()
        super().__init__(
            intents=discord_intents(),
            allowed_mentions=discord.AllowedMentions.none(),
            chunk_guilds_at_startup=False,
            **options,
        )
        self.core = core
        self.config = config
        self.defer_after = defer_after
        self.send_timeout = send_timeout
        self.retry_delay = retry_delay
        self.identify_delay = identify_delay
        self.sync_commands = sync_commands
        self.tree: app_commands.CommandTree[RacebotClient] = app_commands.CommandTree(self)
        self.tree.on_error = self._on_tree_error  # type: ignore[method-assign]
        self.synced: list[app_commands.AppCommand] = []
        for command in COMMANDS:
            self.tree.add_command(self._build_command(command))

    # --- start-up ---

    async def setup_hook(self) -> None:
        """After login: sync the slash commands (per configured guild, else globally), unless this is a
        restart of the transport (``sync_commands`` False: Discord limits how often commands may be
        written, and they have not changed)."""
        await self.tree.set_translator(TableTranslator())
        if not self.sync_commands:
            return
        try:
            if self.config.discord.guild_ids:
                for guild_id in self.config.discord.guild_ids:
                    guild = discord.Object(id=guild_id)
                    self.tree.copy_global_to(guild=guild)
                    self.synced += await self.tree.sync(guild=guild)
                    logger.info("Synced %d slash commands to guild %s", len(COMMANDS), guild_id)
            else:
                self.synced = await self.tree.sync()
                logger.info("Synced %d global slash commands", len(self.synced))
        except discord.HTTPException as exc:
            # Missing applications.commands scope or a bad guild id: keep answering messages.
            logger.warning("Slash command sync failed (%s %s); slash commands may be stale",
                           exc.status, exc.text)

    async def before_identify_hook(self, shard_id: int | None, *, initial: bool = False) -> None:
        """Pause ``identify_delay`` before a repeated IDENTIFY (Discord limits how often one may identify).

        discord.py's documented hook; its default sleeps a fixed 5 s.
        """
        if not initial:
            await asyncio.sleep(self.identify_delay)

    async def on_ready(self) -> None:
        """Log who we are once connected (and which shards this process runs)."""
        user = self.user
        shards = f" with shards {sorted(self.shards)} of {self.shard_count}" if isinstance(
            self, discord.AutoShardedClient) else ""
        logger.info("Discord: connected as %s (id %s) in %d guild(s)%s", user, user.id if user else "?",
                    len(self.guilds), shards)

    # --- slash commands ---

    def _language(self) -> str:
        return self.config.knowledge.language

    def _build_command(self, command: Command) -> app_commands.Command[Any, Any, None]:
        """One ``app_commands.Command`` from a table entry, with a generated callback signature."""
        lang = self._language()

        async def callback(interaction: discord.Interaction[Any], /, **kwargs: Any) -> None:
            await self._on_slash_command(interaction, command, kwargs)

        params = [inspect.Parameter("interaction", inspect.Parameter.POSITIONAL_OR_KEYWORD,
                                    annotation=discord.Interaction)]
        descriptions: dict[str, app_commands.locale_str] = {}
        renames: dict[str, app_commands.locale_str] = {}
        completers: dict[str, Callable[..., Coroutine[Any, Any, list[app_commands.Choice[str]]]]] = {}
        for arg in command.args:
            annotation: Any = str
            if arg.kind == "season":
                annotation = app_commands.Range[int, MIN_SEASON, MAX_SEASON]
            default = inspect.Parameter.empty if arg.required else None
            params.append(inspect.Parameter(arg.name, inspect.Parameter.KEYWORD_ONLY,
                                            annotation=annotation, default=default))
            descriptions[arg.name] = _bilingual(lang, nl=arg.description_nl, en=arg.description)
            renames[arg.name] = _localized_name(arg.name, arg.name_nl)
            if arg.kind in ("driver", "competitor", "grand_prix"):
                completers[arg.name] = self._completer(arg.kind)
        if command.accepts_attachment:
            params.append(inspect.Parameter("file", inspect.Parameter.KEYWORD_ONLY,
                                            annotation=discord.Attachment))
            descriptions["file"] = _bilingual(lang, nl="Het .txt-bestand", en="The .txt file")
            renames["file"] = _localized_name("file", "bestand")

        callback.__signature__ = inspect.Signature(params)  # type: ignore[attr-defined]
        callback.__name__ = callback.__qualname__ = f"slash_{command.name}"
        if descriptions:
            app_commands.describe(**descriptions)(callback)
        if renames:
            app_commands.rename(**renames)(callback)
        if completers:
            app_commands.autocomplete(**completers)(callback)
        slash: app_commands.Command[Any, Any, None] = app_commands.Command(
            name=_localized_name(command.name, command.name_nl),
            description=_bilingual(lang, nl=command.description_nl, en=command.description),
            callback=callback,
            extras={"admin": command.admin},
        )
        if command.admin:
            # Hidden from members without Manage Server (server admins can grant it to others under
            # Server Settings → Integrations); ``discord.admin_ids`` still decides who may run it.
            slash.default_permissions = ADMIN_PERMISSIONS
        return slash

    def _completer(
        self, kind: ArgKind
    ) -> Callable[[discord.Interaction[RacebotClient], str],
                  Coroutine[Any, Any, list[app_commands.Choice[str]]]]:
        async def complete(interaction: discord.Interaction[RacebotClient],
                           current: str) -> list[app_commands.Choice[str]]:
            try:
                lang = locale_language(interaction.locale.value)  # choices in the user's language
                names = self.core.complete(kind, current.strip(), AUTOCOMPLETE_LIMIT, lang)
            except Exception:
                logger.exception("Autocomplete for %s failed", kind)
                return []
            choices: list[app_commands.Choice[str]] = []
            seen: set[str] = set()
            for name in names:
                value = name[:CHOICE_NAME_LIMIT]
                if not value or value in seen:
                    continue
                seen.add(value)
                choices.append(app_commands.Choice(name=value, value=value))
                if len(choices) >= AUTOCOMPLETE_LIMIT:
                    break
            return choices

        return complete

    async def _on_slash_command(self, interaction: discord.Interaction[RacebotClient], command: Command,
                                values: dict[str, Any]) -> None:
        user = interaction.user
        attachment_value = values.pop("file", None)
        incoming = Incoming(
            platform="discord",
            chat_id=str(interaction.channel_id or user.id),
            user_id=str(user.id),
            command=command.name,
            args={name: str(value) for name, value in values.items() if value is not None},
            user_name=user.display_name,
            locale=interaction.locale.value,
        )
        if isinstance(attachment_value, discord.Attachment):
            incoming, early = await self._with_attachment(incoming, attachment_value)
            if early is not None:
                await self._respond(interaction, early)
                return
        await self._respond_to(interaction, self.core.handle(incoming))

    async def _respond_to(self, interaction: discord.Interaction[RacebotClient],
                          pending: Awaitable[Reply]) -> None:
        """Answer directly if the core is quick, else defer (thinking…) and send a follow-up."""
        task = asyncio.ensure_future(pending)
        done, _ = await asyncio.wait({task}, timeout=self.defer_after)
        if not done:
            with contextlib.suppress(discord.HTTPException, *TRANSIENT_ERRORS):
                await interaction.response.defer(thinking=True)
        await self._respond(interaction, await task)

    async def _respond(self, interaction: discord.Interaction[RacebotClient], reply: Reply) -> None:
        content = render_reply(reply)
        ephemeral = reply.kind in EPHEMERAL_KINDS
        none = discord.AllowedMentions.none()
        try:
            if interaction.response.is_done():
                await interaction.followup.send(content, ephemeral=ephemeral, allowed_mentions=none)
            else:
                await interaction.response.send_message(content, ephemeral=ephemeral, allowed_mentions=none)
        except discord.HTTPException as exc:
            logger.warning("Could not answer interaction %s: %s %s", interaction.id, exc.status, exc.text)
        except TRANSIENT_ERRORS as exc:
            # Not retried: an interaction can be answered once, and its token expires quickly.
            logger.warning("Could not answer interaction %s: %s", interaction.id, _describe(exc))

    async def _on_tree_error(self, interaction: discord.Interaction[RacebotClient],
                             error: app_commands.AppCommandError) -> None:
        """Log errors discord.py raised around a command (not the core: it never raises)."""
        logger.error("Slash command error for interaction %s", interaction.id, exc_info=error)
        if interaction.type is discord.InteractionType.application_command:
            await self._respond(interaction, apology(locale_language(interaction.locale.value)
                                                     or self._language()))

    # --- messages ---

    async def on_message(self, message: discord.Message) -> None:
        """Answer mentions, messages in configured channels and DMs; take ``.txt`` uploads."""
        me = self.user
        if me is None or message.author.bot or message.webhook_id is not None or message.author.id == me.id:
            return
        is_dm = message.guild is None
        mentioned = me in message.mentions
        channel_ids = self.config.discord.channel_ids
        # A thread counts as its parent channel.
        in_channel = (message.channel.id in channel_ids
                      or getattr(message.channel, "parent_id", None) in channel_ids)
        replied = _replied_bot_message(message, me.id)
        if not (is_dm or mentioned or in_channel or replied):
            return

        incoming = Incoming(
            platform="discord",
            chat_id=str(message.channel.id),
            user_id=str(message.author.id),
            text=strip_bot_mention(message.content, me.id),
            user_name=message.author.display_name,
            reply_to=replied,
        )
        # One "typing…" trigger (it shows for ~10 s); lacking permission for it, or a hiccup while
        # sending it, is no reason to stop.
        with contextlib.suppress(discord.HTTPException, *TRANSIENT_ERRORS):
            await message.channel.typing()
        try:
            reply = await self._answer_message(message, incoming)
        except Exception:
            # A bug below us: log it with its traceback; the user only gets a short apology.
            logger.exception("Discord: could not answer message %s in channel %s", message.id,
                             message.channel.id)
            reply = apology(self.core.text_language(incoming))
        sent = await self._send_reply(message, reply)
        if sent is not None:
            self.core.sent(incoming, reply, str(sent.id))  # a reply to this answer continues its topic

    async def _answer_message(self, message: discord.Message, incoming: Incoming) -> Reply:
        uploads = [a for a in message.attachments if PurePath(a.filename).suffix.lower() == ".txt"]
        if not uploads and message.attachments and not incoming.text.strip():
            # Only a file (a .pdf, say): it was meant as an upload, so it is refused by its name
            # (nothing is downloaded) rather than taken for an empty question.
            uploads = message.attachments[:1]
        if not uploads:
            return await self.core.handle(incoming)
        replies = []
        for attachment in uploads[:MAX_UPLOADS_PER_MESSAGE]:
            with_file, early = await self._with_attachment(incoming, attachment)
            replies.append(early or await self.core.handle(with_file))
        return _join_replies(replies)

    async def _send_reply(self, message: discord.Message, reply: Reply) -> discord.Message | None:
        """Reply in the message's channel; a failure in transit is retried with the same nonce."""
        content = render_reply(reply)
        # With enforce_nonce (discord.py sets it with any nonce) Discord returns the first message
        # for a repeated nonce, so a retry after a lost answer can never post the reply twice.
        nonce = secrets.randbits(63)
        channel_id = message.channel.id
        for attempt in range(1, SEND_ATTEMPTS + 1):
            try:
                async with asyncio.timeout(self.send_timeout):
                    return await message.channel.send(
                        content,
                        reference=message.to_reference(fail_if_not_exists=False),
                        allowed_mentions=discord.AllowedMentions.none(),
                        nonce=nonce,
                    )
            except TRANSIENT_ERRORS as exc:
                if attempt == SEND_ATTEMPTS:
                    logger.warning("Could not reply in channel %s after %d attempts: %s", channel_id,
                                   attempt, _describe(exc))
                    return None
                logger.info("Reply in channel %s failed (%s); trying again in %.1f s", channel_id,
                            _describe(exc), self.retry_delay)
                await asyncio.sleep(self.retry_delay)
            except discord.HTTPException as exc:
                logger.warning("Could not reply in channel %s: %s %s", channel_id, exc.status, exc.text)
                return None
        return None

    async def _with_attachment(self, incoming: Incoming,
                               attachment: discord.Attachment) -> tuple[Incoming, Reply | None]:
        """``incoming`` carrying the attachment's bytes, or a reply that ends it early.

        Nothing is downloaded for non-admins or on a reader process (the core refuses them: the file is
        passed empty), for
        names the core would refuse (not ``.txt``, unsafe) or for files over the size limit.
        """
        if not (self.core.is_admin(incoming) and self.config.knowledge.writer):
            return _replace_attachment(incoming, Attachment(attachment.filename, b"")), None
        limit = self.config.limits.max_upload_bytes
        try:
            safe_article_name(attachment.filename)
            if attachment.size > limit:
                raise UploadError("size", limit=limit)
        except UploadError as refused:
            return incoming, Reply(refused.text(self.core.language(incoming)), kind=refused.kind)
        try:
            data = await attachment.read()
        except _DOWNLOAD_ERRORS as exc:
            logger.warning("Could not download attachment %s: %s", attachment.id, exc)
            error = UploadError("missing")
            return incoming, Reply(error.text(self.core.language(incoming)), kind=error.kind)
        return _replace_attachment(incoming, Attachment(attachment.filename, data)), None


def _replied_bot_message(message: discord.Message, bot_id: int) -> str | None:
    """The id of the bot's message that ``message`` replies to, if it replies to one."""
    ref = message.reference
    resolved = ref.resolved if ref is not None else None
    if isinstance(resolved, discord.Message) and resolved.author.id == bot_id:
        return str(resolved.id)
    return None


def _describe(exc: BaseException) -> str:
    """A one-line description of a failure in transit (no traceback)."""
    if isinstance(exc, discord.HTTPException):
        return f"{exc.status} {exc.text}".strip()
    if isinstance(exc, TimeoutError):
        return "timed out"
    return f"{type(exc).__name__}: {exc}".rstrip(": ")


def _replace_attachment(incoming: Incoming, attachment: Attachment) -> Incoming:
    return Incoming(
        platform=incoming.platform, chat_id=incoming.chat_id, user_id=incoming.user_id,
        text=incoming.text, command=incoming.command, args=dict(incoming.args),
        attachment=attachment, user_name=incoming.user_name,
    )


def _join_replies(replies: list[Reply]) -> Reply:
    if len(replies) == 1:
        return replies[0]
    kinds = {r.kind for r in replies}
    kind = replies[0].kind if len(kinds) == 1 else "info"
    return Reply("\n".join(r.text for r in replies), kind=kind)


# --- start / stop -----------------------------------------------------------------------------------


class ShardedRacebotClient(RacebotClient, discord.AutoShardedClient):
    """``RacebotClient`` on discord.py's ``AutoShardedClient``: one gateway connection per shard
    (``discord.shard_count``, or Discord's recommendation for "auto"), or only ``discord.shard_ids``."""


def make_client(core: BotCore, config: Config, **options: Any) -> RacebotClient:
    """The client for ``config``: sharded when ``discord.shard_count`` is set, else a plain one."""
    settings = config.discord
    if not settings.sharded:
        return RacebotClient(core, config, **options)
    count = settings.shard_count if isinstance(settings.shard_count, int) else None  # None: "auto"
    shard_ids = list(settings.shard_ids) or None
    return ShardedRacebotClient(core, config, shard_count=count, shard_ids=shard_ids, **options)


FATAL_CLOSE_CODES: dict[int, str] = {
    4004: "Discord rejected the bot token (gateway close code 4004): check discord.token "
          "or RACEBOT_DISCORD_TOKEN",
    4010: "Discord refused the shard (gateway close code 4010)",
    4011: "Discord requires sharding for this bot (gateway close code 4011)",
    4012: "Discord refused the gateway version (gateway close code 4012)",
    4013: "Discord refused the gateway intents (gateway close code 4013)",
    4014: "Discord refused the privileged intents (gateway close code 4014): enable the Message Content "
          "Intent for the bot in the Developer Portal (Bot → Privileged Gateway Intents)",
}
"""Close codes after which connecting again cannot help (discord.py does not reconnect either)."""


def fatal_cause(exc: BaseException) -> str | None:
    """Why the Discord transport cannot run at all, or None when starting it again may help."""
    if isinstance(exc, discord.PrivilegedIntentsRequired):
        return FATAL_CLOSE_CODES[4014]
    if isinstance(exc, discord.ConnectionClosed) and exc.code in FATAL_CLOSE_CODES:
        return FATAL_CLOSE_CODES[exc.code]
    if isinstance(exc, discord.LoginFailure):
        return "Discord rejected the bot token (401 at login): check discord.token or RACEBOT_DISCORD_TOKEN"
    return None


class DiscordHandle:
    """A running Discord client: ``await handle.wait()`` until it ends, ``await handle.stop()``."""

    def __init__(self, client: RacebotClient, task: asyncio.Task[None]) -> None:
        self.client = client
        self.task = task

    async def wait_until_ready(self) -> None:
        """Wait until the gateway session is ready (READY and the guilds received)."""
        await self.client.wait_until_ready()

    async def wait(self) -> None:
        """Wait until the gateway task ends by itself; re-raise what ended it.

        discord.py reconnects by itself once connected, but gives up on a first connection that
        fails (``AttributeError`` on the missing websocket) and on fatal close codes; those become
        ``FatalTransportError``.
        """
        try:
            await asyncio.shield(self.task)
        except asyncio.CancelledError:
            if not self.task.done():
                raise  # we were cancelled, not the gateway task
            raise TransportEnded("the gateway task was cancelled") from None
        except Exception as exc:
            cause = fatal_cause(exc)
            if cause is not None:
                raise FatalTransportError(cause) from exc
            raise

    async def stop(self) -> None:
        """Close the gateway connection and the HTTP session; wait for the client task to end."""
        await self.client.close()
        if not self.task.done():
            self.task.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await self.task
        logger.info("Discord: stopped")


def _log_task_end(task: asyncio.Task[None]) -> None:
    if task.cancelled():
        return
    exc = task.exception()
    cause = fatal_cause(exc) if exc is not None else None
    if cause is not None:
        logger.debug("%s", cause)  # raised by DiscordHandle.wait(): the runner reports it
    elif exc is not None:
        logger.warning("Discord: the gateway connection ended: %s: %s", type(exc).__name__, exc)


async def start_discord(core: BotCore, config: Config, *, defer_after: float = DEFER_AFTER,
                        **client_options: Any) -> DiscordHandle:
    """Log in (and sync slash commands), then run the gateway connection as a task in this loop.

    Returns once logged in; raises ``ConfigError`` without a token and ``discord.LoginFailure``
    for a rejected one. ``client_options`` go to ``RacebotClient`` (``send_timeout``,
    ``retry_delay``, ``identify_delay``) and ``discord.Client`` (e.g. ``guild_ready_timeout``,
    ``heartbeat_timeout``).
    """
    token = config.discord.token
    if not token:
        raise ConfigError("discord.token is not set (or set RACEBOT_DISCORD_TOKEN)")
    client = make_client(core, config, defer_after=defer_after, **client_options)
    try:
        await client.login(token)
    except BaseException as exc:
        await client.close()
        cause = fatal_cause(exc)
        if cause is not None:
            raise FatalTransportError(cause) from exc
        raise
    task = asyncio.create_task(client.connect(reconnect=True), name="discord-gateway")
    task.add_done_callback(_log_task_end)
    logger.info("Discord: logged in as %s; connecting to the gateway", client.user)
    return DiscordHandle(client, task)


def discord_starter(**client_options: Any) -> Callable[[BotCore, Config], Awaitable[DiscordHandle]]:
    """``start_discord`` for the runner, which starts the transport again whenever it ends: only the
    first start that logs in syncs the slash commands."""
    synced = False

    async def start(core: BotCore, config: Config) -> DiscordHandle:
        nonlocal synced
        handle = await start_discord(core, config, sync_commands=not synced, **client_options)
        synced = True
        return handle

    return start
