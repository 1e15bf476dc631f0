"""The Telegram transport (python-telegram-bot v22): turns updates into ``Incoming`` and renders ``Reply``.

* **Private chats**: free text is a question; commands come from the ONE table (``/start`` is
  ``/help``); unknown commands get a pointer to /help.
* **Groups**: only commands (``/result`` or ``/result@thisbot``) and replies to the bot's own
  messages are answered; everything else is ignored.
* **Documents** are article uploads: in a private chat always, in a group only with an ``/upload``
  caption or as a reply to the bot. Nothing is downloaded for non-admins, for names the core
  would refuse, or for files over ``limits.max_upload_bytes``.
* **Replies** are sent with ``parse_mode=HTML``, everything escaped (so markup in a question or an
  article stays literal text), ``@name`` mentions broken with a zero-width space (so an echoed
  mention notifies nobody), the sources as a compact italic footer, trimmed to Telegram's 4096
  characters.
* **Languages**: commands, ``/start``, ``/help`` and usage errors follow the user's
  ``language_code``; every command also answers to its Dutch name (``/uitslag``).
* The command menus are set with ``setMyCommands`` at start-up, each in the default language and per
  ``language_code`` (``nl`` with the Dutch names, ``en``): user commands for everybody, every command
  in each admin's own chat (Telegram refuses that until the admin has written to the bot, so it is
  set again when they first do).
* **Webhooks** instead of polling with ``telegram.webhook_url`` (python-telegram-bot's own server on
  ``telegram.webhook_listen``, requests checked against ``telegram.webhook_secret``).
* **Faults**: python-telegram-bot keeps polling through failed ``getUpdates`` calls (HTTP errors,
  time-outs after ``poll_timeout + hang_slack``, dropped connections), backing off from
  ``poll_interval`` (0: 1 s, then ×1.5 up to 30 s); each failure is logged as one line. A reply
  that fails with flood control (``RetryAfter``, waited for up to ``max_retry_after``), a network
  error or a time-out is tried again, ``send_attempts`` times in all; a time-out may have been
  delivered after all, and a rare double answer beats a lost one. Anything unexpected in a handler
  is logged and the user gets the core's short apology, never a traceback; polling goes on. If
  polling ends anyway, ``TelegramHandle.wait`` tells the runner; a rejected token becomes
  ``FatalTransportError``.

Runs inside a shared event loop: ``await start_telegram(core, config)`` returns a handle whose
``stop()`` reverses it (``initialize``/``start``/``start_polling`` and back; never ``run_polling``).
"""

from __future__ import annotations

import asyncio
import html
import logging
import re
import warnings
from dataclasses import dataclass
from datetime import timedelta
from typing import Any
from urllib.parse import urlsplit

from telegram import (
    BotCommand,
    BotCommandScopeChat,
    BotCommandScopeDefault,
    LinkPreviewOptions,
    Message,
    Update,
)
from telegram.constants import ChatType, MessageLimit, ParseMode
from telegram.error import BadRequest, Forbidden, InvalidToken, NetworkError, RetryAfter, TelegramError
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.commands import COMMANDS_BY_ANY_NAME, visible_commands
from bot.config import Config, redact_in_logs
from bot.core import APOLOGY, BotCore, safe_article_name, source_lines, trim
from bot.errors import ConfigError, FatalTransportError, TransportEnded, UploadError, UserError
from bot.messages import Attachment, Incoming, Reply

logger = logging.getLogger(__name__)

MESSAGE_LIMIT = int(MessageLimit.MAX_TEXT_LENGTH)  # 4096
COMMAND_ALIASES = {"start": "help"}
POLLING_TASK = "Updater:start_polling:polling_task"
"""The name python-telegram-bot gives its polling task."""
WATCH_INTERVAL = 5.0
INVALID_TOKEN = ("Telegram rejected the bot token (401 Unauthorized or 404): check telegram.token or "
                 "RACEBOT_TELEGRAM_TOKEN, and telegram.base_url")

TelegramApp = Application[Any, Any, Any, Any, Any, Any]
_MENTION = re.compile(r"@(?=\w)")
ZWSP = "\u200b"


@dataclass(frozen=True)
class Timings:
    """How the transport waits and retries (the defaults suit the real Bot API; tests shorten them).

    ``poll_interval``: pause between ``getUpdates`` calls, and the start of python-telegram-bot's
    back-off after a failed one (0 means 1 s). ``hang_slack``: how long past its long-poll timeout
    a ``getUpdates`` may take before it is abandoned and sent again. ``request_timeout``: connect,
    read and write time-out of every other call (None: the library's 5 s). ``send_attempts``,
    ``retry_delay`` (doubling) and ``max_retry_after`` bound the retries of a reply.
    """

    poll_interval: float = 0.0
    hang_slack: float = 10.0
    request_timeout: float | None = None
    send_attempts: int = 3
    retry_delay: float = 1.0
    max_retry_after: float = 10.0


# --- rendering ------------------------------------------------------------------------------------


def neutralize_mentions(text: str) -> str:
    """``@name`` broken with a zero-width space: Telegram then neither links nor notifies anyone."""
    return _MENTION.sub("@" + ZWSP, text)


def render_html(reply: Reply, limit: int = MESSAGE_LIMIT) -> str:
    """``reply`` as Telegram HTML: text escaped, mentions neutralised, sources as an italic footer,
    ≤ ``limit`` characters.

    Source lines are dropped (last first) before the answer text itself is cut.
    """
    footer_lines = [f"📰 {html.escape(neutralize_mentions(line))}" for line in source_lines(reply.sources)]

    def footer() -> str:
        return "\n\n<i>" + "\n".join(footer_lines) + "</i>" if footer_lines else ""

    text = neutralize_mentions(reply.text.strip()) or "…"
    body = html.escape(text)
    while footer_lines and len(body) + len(footer()) > limit:
        footer_lines.pop()
    budget = limit - len(footer())
    if len(body) > budget:
        # Cut the raw text (never an entity in half), then escape; shrink until it fits.
        keep = budget
        while True:
            body = html.escape(trim(text, keep))
            if len(body) <= budget or keep <= 1:
                break
            keep = min(keep - 1, keep * budget // len(body))
    return body + footer()


def menu_commands(lang: str, admin: bool) -> list[BotCommand]:
    """The command menu for ``setMyCommands`` in ``lang`` (Dutch names and descriptions for "nl"),
    rendered from the command table. Both names of every command are accepted whatever the menu."""
    return [BotCommand(c.label(lang), trim(c.describe(lang), 256)) for c in visible_commands(admin)]


# --- the transport --------------------------------------------------------------------------------


class TelegramTransport:
    """A python-telegram-bot ``Application`` wired to a ``BotCore``.

    ``poll_timeout`` (long-polling seconds) defaults to ``telegram.poll_timeout`` from the config;
    ``timings`` tune waiting and retrying.
    """

    def __init__(self, core: BotCore, config: Config, *, poll_timeout: float | None = None,
                 timings: Timings | None = None) -> None:
        token = config.telegram.token
        if not token:
            raise ConfigError("telegram.token is not set (or set RACEBOT_TELEGRAM_TOKEN)")
        redact_in_logs(token, config.telegram.webhook_secret)
        self.core = core
        self.config = config
        self.poll_timeout = config.telegram.poll_timeout if poll_timeout is None else poll_timeout
        self.timings = timings or Timings()
        builder = (
            ApplicationBuilder()
            .token(token)
            .base_url(config.telegram.base_url)
            .base_file_url(config.telegram.base_file_url)
            # get_updates adds the long-poll timeout to this read timeout itself.
            .get_updates_read_timeout(self.timings.hang_slack)
        )
        request_timeout = self.timings.request_timeout
        if request_timeout is not None:
            builder = (builder.connect_timeout(request_timeout).read_timeout(request_timeout)
                       .write_timeout(request_timeout))
        self.app: TelegramApp = builder.build()
        self._add_handlers()
        self._started = False
        self._polling: asyncio.Task[Any] | None = None
        self._admin_menus: set[int] = set()  # admins whose chat menu is set

    def _add_handlers(self) -> None:
        message = filters.UpdateType.MESSAGE
        names = list(COMMANDS_BY_ANY_NAME) + list(COMMAND_ALIASES)
        self.app.add_handler(CommandHandler(names, self._on_command, filters=message))
        self.app.add_handler(MessageHandler(message & filters.Document.ALL, self._on_document))
        self.app.add_handler(MessageHandler(message & filters.TEXT & ~filters.COMMAND, self._on_text))
        self.app.add_handler(MessageHandler(message & filters.COMMAND & filters.ChatType.PRIVATE,
                                            self._on_command))
        self.app.add_error_handler(self._on_error)

    # --- lifecycle ---

    async def start(self) -> None:
        """Connect (getMe), set the command menu, and start polling (or, with ``telegram.webhook_url``,
        the webhook server) in the running loop."""
        try:
            await self.app.initialize()
        except InvalidToken:
            await self._shutdown()
            raise FatalTransportError(INVALID_TOKEN) from None
        try:
            await self.set_commands()
            await self.app.start()
            if self.config.telegram.webhook_url:
                await self._start_webhook(self.config.telegram.webhook_url)
            else:
                await self._start_polling()
        except InvalidToken:
            await self._shutdown()
            raise FatalTransportError(INVALID_TOKEN) from None
        except BaseException:
            await self._shutdown()
            raise
        self._started = True

    async def _start_polling(self) -> None:
        assert self.app.updater is not None
        before = asyncio.all_tasks()
        await self.app.updater.start_polling(
            poll_interval=self.timings.poll_interval,
            timeout=timedelta(seconds=self.poll_timeout),
            allowed_updates=[Update.MESSAGE],
            drop_pending_updates=False,
            error_callback=self._on_poll_error,
        )
        # The library's polling loop runs as this task; it ends only when it gives up (a rejected
        # token) or is stopped. Watching it is how the runner notices a transport gone quiet.
        self._polling = next((t for t in asyncio.all_tasks() - before if t.get_name() == POLLING_TASK), None)
        logger.info("Telegram: polling as @%s", self.app.bot.username)

    async def _start_webhook(self, url: str) -> None:
        """python-telegram-bot's web server on ``webhook_listen``, serving the URL's path; Telegram is
        told the URL (``setWebhook``), and requests without ``webhook_secret`` are refused (403)."""
        assert self.app.updater is not None
        host, port = self.config.telegram.listen_address
        await self.app.updater.start_webhook(
            listen=host,
            port=port,
            url_path=urlsplit(url).path.lstrip("/"),
            webhook_url=url,
            secret_token=self.config.telegram.webhook_secret,
            allowed_updates=[Update.MESSAGE],
            drop_pending_updates=False,
        )
        logger.info("Telegram: receiving updates by webhook as @%s on %s:%d (%s)", self.app.bot.username,
                    host, port, url)

    async def stop(self) -> None:
        """Stop polling and shut the application down (safe to call twice)."""
        await self._shutdown()
        if self._started:
            self._started = False
            logger.info("Telegram: stopped")

    async def wait(self) -> None:
        """Wait until polling ends by itself; ``FatalTransportError`` when the token was rejected."""
        task = self._polling
        if task is None:  # a webhook server, or (another library version) no polling task found
            # The flag has no event to wait on.
            while self.app.updater is not None and self.app.updater.running:  # noqa: ASYNC110
                await asyncio.sleep(WATCH_INTERVAL)
            raise TransportEnded("polling stopped")
        try:
            await asyncio.shield(task)
        except InvalidToken:
            raise FatalTransportError(INVALID_TOKEN) from None
        except asyncio.CancelledError:
            if not task.done():
                raise  # we were cancelled, not the polling task
        raise TransportEnded("polling ended")

    async def _shutdown(self) -> None:
        updater = self.app.updater
        if updater is not None and updater.running:
            try:
                await updater.stop()
            except Exception as exc:  # e.g. the rejected token that ended polling, raised again
                logger.warning("Telegram: polling ended with %s", type(exc).__name__)
        if self.app.running:
            await self.app.stop()
        await self.app.shutdown()

    async def set_commands(self) -> None:
        """Publish the command menu: user commands for all, every command in each admin's chat; each
        in the default language and per user language (``language_code`` "nl" and "en")."""
        await self._set_menu(BotCommandScopeDefault(), admin=False)
        for admin_id in self.config.telegram.admin_ids:
            await self._set_admin_menu(admin_id)

    async def _set_admin_menu(self, admin_id: int) -> None:
        """The admin menu in ``admin_id``'s chat. Telegram refuses it ("chat not found") until the admin
        has written to the bot: it is tried again when they first do."""
        try:
            await self._set_menu(BotCommandScopeChat(admin_id), admin=True)
        except TelegramError as exc:
            logger.info("Telegram: admin menu for %s not set yet (%s); set when they first write", admin_id,
                        exc)
        else:
            self._admin_menus.add(admin_id)

    async def _set_menu(self, scope: BotCommandScopeDefault | BotCommandScopeChat, *, admin: bool) -> None:
        bot = self.app.bot
        await bot.set_my_commands(menu_commands(self.config.knowledge.language, admin=admin), scope=scope)
        for lang in ("nl", "en"):
            await bot.set_my_commands(menu_commands(lang, admin=admin), scope=scope, language_code=lang)

    # --- update handlers ---

    def _incoming(self, message: Message, **fields: Any) -> Incoming:
        user = message.from_user
        return Incoming(
            platform="telegram",
            chat_id=str(message.chat.id),
            user_id=str(user.id) if user else "",
            user_name=(user.username or user.full_name) if user else "",
            locale=user.language_code if user else None,
            **fields,
        )

    def _is_reply_to_bot(self, message: Message) -> bool:
        replied = message.reply_to_message
        return bool(replied and replied.from_user and replied.from_user.id == self.app.bot.id)

    def _replied_id(self, message: Message) -> str | None:
        """The id of the bot's message ``message`` replies to: a reply continues that answer's topic."""
        replied = message.reply_to_message
        return str(replied.message_id) if replied is not None and self._is_reply_to_bot(message) else None

    async def _on_text(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = update.message
        if message is None or message.text is None or message.from_user is None:
            return
        if message.chat.type != ChatType.PRIVATE and not self._is_reply_to_bot(message):
            return  # groups: only commands and replies to the bot
        incoming = self._incoming(message, text=message.text, reply_to=self._replied_id(message))
        await self._answer(message, incoming)

    async def _on_command(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = update.message
        if message is None or message.text is None or message.from_user is None:
            return
        head, _, rest = message.text.partition(" ")
        if "\n" in head:  # "/ask\nquestion"
            head, _, more = head.partition("\n")
            rest = f"{more} {rest}"
        name = head[1:].split("@", 1)[0].lower()
        name = COMMAND_ALIASES.get(name, name)
        await self._answer(message, self._incoming(message, command=name, text=rest.strip(),
                                                   reply_to=self._replied_id(message)))

    async def _on_document(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = update.message
        if message is None or message.document is None or message.from_user is None:
            return
        caption = (message.caption or "").strip()
        if (message.chat.type != ChatType.PRIVATE and not caption.lower().startswith("/upload")
                and not self._is_reply_to_bot(message)):
            return
        document = message.document
        filename = document.file_name or "upload"
        incoming = self._incoming(message, command="upload", attachment=Attachment(filename, b""))
        data = await self._download(incoming, document.file_id, document.file_size)
        if isinstance(data, Reply):
            await self._send(message, data)
            return
        if data is not None:
            incoming = self._incoming(message, command="upload", attachment=Attachment(filename, data))
        await self._answer(message, incoming)

    async def _download(self, incoming: Incoming, file_id: str, size: int | None) -> bytes | Reply | None:
        """The file's bytes; None if the core refuses anyway (not admin, bad name); or an early reply."""
        assert incoming.attachment is not None
        if not (self.core.is_admin(incoming) and self.config.knowledge.writer):
            return None
        try:
            safe_article_name(incoming.attachment.filename)
        except UserError:
            return None
        limit = self.config.limits.max_upload_bytes
        error: UploadError | None = None
        if size is not None and size > limit:
            error = UploadError("size", limit=limit)
        else:
            try:
                tg_file = await self.app.bot.get_file(file_id)
                return bytes(await tg_file.download_as_bytearray())
            except TelegramError as exc:
                logger.warning("Telegram: could not download file %s: %s", file_id, exc)
                error = UploadError("missing")
        return Reply(error.text(self.core.language(incoming)), kind=error.kind)

    async def _answer(self, message: Message, incoming: Incoming) -> None:
        user = message.from_user
        if (user is not None and user.id in self.config.telegram.admin_ids
                and user.id not in self._admin_menus and message.chat.type == ChatType.PRIVATE):
            await self._set_admin_menu(user.id)
        reply = await self.core.handle(incoming)
        sent = await self._send(message, reply)
        if sent is not None:
            self.core.sent(incoming, reply, str(sent.message_id))  # a reply to this answer continues it

    async def _send(self, message: Message, reply: Reply) -> Message | None:
        """Reply to ``message``; flood control, network errors and time-outs are retried (bounded)."""
        text = render_html(reply)
        chat_id = message.chat.id
        attempts = max(1, self.timings.send_attempts)
        for attempt in range(1, attempts + 1):
            try:
                return await message.reply_text(
                    text,
                    parse_mode=ParseMode.HTML,
                    do_quote=(message.build_reply_arguments(allow_sending_without_reply=True)
                              if message.chat.type != ChatType.PRIVATE else False),
                    link_preview_options=LinkPreviewOptions(is_disabled=True),
                )
            except Forbidden as exc:
                logger.info("Telegram: cannot write to chat %s: %s", chat_id, exc)
                return None
            except BadRequest as exc:  # a NetworkError too, but sending it again cannot help
                logger.warning("Telegram: reply to chat %s refused: %s", chat_id, exc)
                return None
            except RetryAfter as exc:
                wait = _retry_after_seconds(exc)
                if wait > self.timings.max_retry_after:
                    logger.warning("Telegram: reply to chat %s dropped: flood control asks to wait %.0f s",
                                   chat_id, wait)
                    return None
                failure: TelegramError = exc
            except NetworkError as exc:  # includes TimedOut
                wait = self.timings.retry_delay * 2 ** (attempt - 1)
                failure = exc
            if attempt == attempts:
                logger.warning("Telegram: could not reply to chat %s after %d attempts: %s: %s", chat_id,
                               attempt, type(failure).__name__, failure)
                return None
            logger.info("Telegram: reply to chat %s failed (%s: %s); trying again in %.1f s", chat_id,
                        type(failure).__name__, failure, wait)
            await asyncio.sleep(wait)
        return None

    def _on_poll_error(self, exc: TelegramError) -> None:
        """A failed ``getUpdates``: the library polls again after a back-off; one line is enough."""
        logger.warning("Telegram: getUpdates failed (%s: %s); polling again", type(exc).__name__, exc)

    async def _on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        """An exception escaped a handler: log it and give the user a short apology (no traceback)."""
        logger.error("Telegram: error while handling an update", exc_info=context.error)
        message = update.effective_message if isinstance(update, Update) else None
        if message is None or isinstance(context.error, TelegramError):
            return  # nobody to answer, or talking to Telegram is what failed
        try:
            lang = self.core.language(self._incoming(message))
        except Exception:
            lang = self.config.knowledge.language
        await self._send(message, Reply(APOLOGY.get(lang, APOLOGY["nl"]), kind="error"))


def _retry_after_seconds(exc: RetryAfter) -> float:
    """Seconds flood control asks to wait (``retry_after`` is an int or, opted in, a timedelta)."""
    with warnings.catch_warnings():
        # The int form is deprecated in favour of timedelta; both are read the same here.
        warnings.simplefilter("ignore", DeprecationWarning)
        value = exc.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


class TelegramHandle:
    """A running Telegram transport: ``await handle.wait()`` until polling ends by itself,
    ``await handle.stop()`` to stop polling and shut down."""

    def __init__(self, transport: TelegramTransport) -> None:
        self.transport = transport

    async def wait(self) -> None:
        """Wait until polling ends by itself (see ``TelegramTransport.wait``)."""
        await self.transport.wait()

    async def stop(self) -> None:
        """Stop polling and shut the application down."""
        await self.transport.stop()


async def start_telegram(core: BotCore, config: Config, *, poll_timeout: float | None = None,
                         timings: Timings | None = None) -> TelegramHandle:
    """Start the Telegram transport in the running loop and return its handle (see ``Timings``).

    Raises ``ConfigError`` without a token, ``FatalTransportError`` for a rejected one and
    ``telegram.error.NetworkError`` when the Bot API cannot be reached.
    """
    transport = TelegramTransport(core, config, poll_timeout=poll_timeout, timings=timings)
    await transport.start()
    return TelegramHandle(transport)

