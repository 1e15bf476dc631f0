"""A fake Telegram Bot API server on 127.0.0.1 (aiohttp), for driving the real python-telegram-bot.

Serves ``/bot<token>/<method>`` (getMe, getUpdates with long polling, sendMessage, setMyCommands,
getFile, deleteWebhook, anything else answers ``true``) and ``/file/bot<token>/<path>`` downloads.
``setMyCommands`` for the chat of a user in ``unknown_chats`` fails with "chat not found", as
Telegram does until that user has written to the bot.
Records every API call as ``(method, params)``; tests queue updates with the helpers and wait for
the bot's ``sendMessage`` calls with ``wait_for_sent``.

Faults (``fail_next(method, *faults)``) make the next calls of a method answer an API error
(``api_error``: the JSON ``{"ok": false, "error_code": …}`` the Bot API sends, optionally with
``retry_after``), an HTML page from a proxy (``proxy_error``), a malformed result
(``malformed``), hang until the client gives up (``hang``) or drop the connection (``drop``). A
failed call is recorded in ``failed`` (not in ``calls``: a failed sendMessage delivered nothing);
every fault is counted in ``FakeTelegram.injected`` and the module-wide ``INJECTED``.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Literal

from aiohttp import web

TOKEN = "123456789:TEST-token-abcdefghijklmnopqrstuvw"
BOT_ID = 123456789
BOT_USERNAME = "racebot_test_bot"
GROUP_ID = -100200300
HANG_LIMIT = 30.0
"""A hanging call answers (a 504) after this many seconds at the latest, or when the server stops."""

INJECTED: Counter[str] = Counter()
"""Every fault any ``FakeTelegram`` injected in this test session, by kind (for the summary)."""

FaultKind = Literal["status", "malformed", "hang", "drop"]


@dataclass
class Fault:
    """How one Bot API call fails (see the module docstring); ``label`` names it in the counts."""

    kind: FaultKind
    label: str
    status: int = 500
    body: dict[str, Any] | str | None = None


def api_error(code: int, description: str, *, retry_after: float | None = None) -> Fault:
    """An error answer as the Bot API sends it (HTTP status = ``error_code``)."""
    body: dict[str, Any] = {"ok": False, "error_code": code, "description": description}
    if retry_after is not None:
        body["parameters"] = {"retry_after": retry_after}
    return Fault("status", f"http {code}", status=code, body=body)


def proxy_error(code: int = 502) -> Fault:
    """An HTML error page from a reverse proxy in front of the Bot API (not JSON at all)."""
    return Fault("status", f"http {code} html", status=code,
                 body=f"<html><body><h1>{code} Bad Gateway</h1>nginx</body></html>")


def malformed() -> Fault:
    """``ok: true`` with a result missing required fields."""
    return Fault("malformed", "malformed result", status=200, body={"ok": True, "result": {"bogus": 1}})


def hang() -> Fault:
    """No answer until the client times out (or the server stops)."""
    return Fault("hang", "hang")


def drop() -> Fault:
    """The connection is closed without an answer."""
    return Fault("drop", "connection drop")


@dataclass
class FakeTelegram:
    """The fake server. ``async with FakeTelegram() as fake:`` starts it on a free loopback port."""

    token: str = TOKEN
    calls: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    files: dict[str, tuple[str, bytes]] = field(default_factory=dict)
    downloads: list[str] = field(default_factory=list)
    max_poll_wait: float = 0.2
    failed: list[tuple[str, dict[str, Any], str]] = field(default_factory=list)  # (method, params, fault)
    injected: Counter[str] = field(default_factory=Counter)  # "<method> <fault>" -> count
    polls: int = 0  # getUpdates calls that were answered normally
    unknown_chats: set[int] = field(default_factory=set)  # users who never wrote: their chat is not found
    sent_messages: list[dict[str, Any]] = field(default_factory=list)  # what sendMessage returned

    def __post_init__(self) -> None:
        self._updates: list[dict[str, Any]] = []
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1000)
        self._changed = asyncio.Condition()
        self._faults: dict[str, list[Fault]] = {}
        self._release = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self.port = 0

    # --- server lifecycle ---

    async def __aenter__(self) -> FakeTelegram:
        app = web.Application()
        app.router.add_route("*", "/bot{token}/{method}", self._api)
        app.router.add_get("/file/bot{token}/{path:.+}", self._file)
        # handler_cancellation: a hanging handler ends when the client gives up on it.
        self._runner = web.AppRunner(app, access_log=None, handler_cancellation=True)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        server = site._server
        assert server is not None
        self.port = server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    async def __aexit__(self, *exc: object) -> None:
        self._release.set()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    @property
    def base_file_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/file/bot"

    # --- faults ---

    def fail_next(self, method: str, *faults: Fault) -> None:
        """Make the next calls of ``method`` fail, one fault per call, in order."""
        self._faults.setdefault(method, []).extend(faults)

    def pending_faults(self, method: str) -> int:
        """How many faults queued for ``method`` have not been served yet."""
        return len(self._faults.get(method, []))

    async def wait_faults_served(self, method: str, within: float = 5.0) -> None:
        """Wait until every fault queued for ``method`` has been served."""
        async with asyncio.timeout(within), self._changed:
            await self._changed.wait_for(lambda: not self.pending_faults(method))

    async def _inject(self, request: web.Request, method: str, params: dict[str, Any]) -> web.Response | None:
        queue = self._faults.get(method)
        if not queue:
            return None
        fault = queue.pop(0)
        name = f"{method} {fault.label}"
        async with self._changed:
            self.injected[name] += 1
            INJECTED[f"telegram {name}"] += 1
            self.failed.append((method, params, fault.label))
            self._changed.notify_all()
        if fault.kind == "hang":
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._release.wait(), HANG_LIMIT)
            return web.json_response({"ok": False, "error_code": 504, "description": "Gateway Timeout"},
                                     status=504)
        if fault.kind == "drop":
            assert request.transport is not None
            request.transport.abort()
            return web.Response(status=500)  # never reaches the client: the connection is gone
        if isinstance(fault.body, str):
            return web.Response(status=fault.status, text=fault.body, content_type="text/html")
        return web.json_response(fault.body, status=fault.status)

    # --- queueing updates ---

    async def push(self, message: dict[str, Any]) -> None:
        """Queue an update carrying ``message``."""
        self.unknown_chats.discard(message["from"]["id"])  # writing to the bot makes the chat known
        async with self._changed:
            self._updates.append({"update_id": next(self._update_ids), "message": message})
            self._changed.notify_all()

    def message(self, user_id: int, text: str | None = None, *, chat_id: int | None = None,
                chat_type: str = "private", reply_to_bot: bool = False, language_code: str | None = None,
                **extra: Any) -> dict[str, Any]:
        """A Message object from ``user_id`` (in their private chat unless ``chat_id`` is given), whose
        Telegram app is set to ``language_code`` (None: Telegram sends none)."""
        chat: dict[str, Any] = {"id": chat_id if chat_id is not None else user_id, "type": chat_type}
        if chat_type == "private":
            chat["first_name"] = f"user{user_id}"
        else:
            chat["title"] = "F1 fans"
        message: dict[str, Any] = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": chat,
            "from": {"id": user_id, "is_bot": False, "first_name": f"user{user_id}",
                     "username": f"user{user_id}",
                     **({"language_code": language_code} if language_code else {})},
            **extra,
        }
        if text is not None:
            message["text"] = text
            if text.startswith("/"):
                length = len(text.split()[0]) if text.split() else 1
                message["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
        if reply_to_bot:
            message["reply_to_message"] = {
                "message_id": next(self._message_ids), "date": int(time.time()), "chat": chat,
                "from": self.bot_user(), "text": "Een eerder antwoord.",
            }
        return message

    async def send_text(self, user_id: int, text: str, **kwargs: Any) -> None:
        """A user sends ``text`` (a command if it starts with '/')."""
        await self.push(self.message(user_id, text, **kwargs))

    async def send_document(self, user_id: int, filename: str, data: bytes, *,
                            caption: str | None = None, **kwargs: Any) -> str:
        """A user sends a document; the file is then served by getFile and the file URL."""
        file_id = f"file-{len(self.files) + 1}"
        self.files[file_id] = (f"documents/{file_id}.txt", data)
        extra: dict[str, Any] = {"document": {
            "file_id": file_id, "file_unique_id": f"u-{file_id}", "file_name": filename,
            "mime_type": "text/plain", "file_size": len(data),
        }}
        if caption is not None:
            extra["caption"] = caption
        await self.push(self.message(user_id, None, **extra, **kwargs))
        return file_id

    # --- observing the bot ---

    def sent(self) -> list[dict[str, Any]]:
        """The params of every sendMessage call so far."""
        return [params for method, params in self.calls if method == "sendMessage"]

    def called(self, method: str) -> list[dict[str, Any]]:
        """The params of every call of ``method``."""
        return [params for name, params in self.calls if name == method]

    async def wait_for_sent(self, count: int, within: float = 5.0) -> list[dict[str, Any]]:
        """Wait until at least ``count`` messages were sent; return them all."""
        async with asyncio.timeout(within):
            async with self._changed:
                await self._changed.wait_for(lambda: len(self.sent()) >= count)
        return self.sent()

    async def wait_until_consumed(self, within: float = 5.0) -> None:
        """Wait until the bot has fetched (confirmed) every queued update."""
        async with asyncio.timeout(within):
            async with self._changed:
                await self._changed.wait_for(lambda: not self._updates)

    def bot_user(self) -> dict[str, Any]:
        return {"id": BOT_ID, "is_bot": True, "first_name": "Racebot", "username": BOT_USERNAME}

    # --- handlers ---

    async def _params(self, request: web.Request) -> dict[str, Any]:
        params: dict[str, Any] = dict(request.query)
        if request.can_read_body:
            if request.content_type == "application/json":
                params.update(await request.json())
            else:
                form = await request.post()
                params.update({k: v for k, v in form.items() if isinstance(v, str)})
        return params

    async def _api(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return web.json_response({"ok": False, "error_code": 401, "description": "Unauthorized"},
                                     status=401)
        method = request.match_info["method"]
        params = await self._params(request)
        failure = await self._inject(request, method, params)
        if failure is not None:
            return failure
        scope = parse_json_param(params, "scope") if method == "setMyCommands" else None
        if scope and scope.get("type") == "chat" and int(scope["chat_id"]) in self.unknown_chats:
            self.failed.append((method, params, "chat not found"))
            return web.json_response({"ok": False, "error_code": 400,
                                      "description": "Bad Request: chat not found"}, status=400)
        if method == "getUpdates":
            self.polls += 1
        else:
            async with self._changed:
                self.calls.append((method, params))
                self._changed.notify_all()
        result = await self._result(method, params)
        if isinstance(result, web.Response):
            return result
        return web.json_response({"ok": True, "result": result})

    async def _result(self, method: str, params: dict[str, Any]) -> Any:
        if method == "getMe":
            return {**self.bot_user(), "can_join_groups": True, "can_read_all_group_messages": False,
                    "supports_inline_queries": False}
        if method == "getUpdates":
            return await self._get_updates(params)
        if method == "sendMessage":
            chat_id = int(params["chat_id"])
            chat = {"id": chat_id, "type": "private" if chat_id > 0 else "supergroup"}
            if chat_id > 0:
                chat["first_name"] = "user"
            else:
                chat["title"] = "F1 fans"
            sent = {"message_id": next(self._message_ids), "date": int(time.time()), "chat": chat,
                    "from": self.bot_user(), "text": params.get("text", "")}
            self.sent_messages.append(sent)
            return sent
        if method == "getFile":
            file_id = params["file_id"]
            if file_id not in self.files:
                return web.json_response({"ok": False, "error_code": 400,
                                          "description": "Bad Request: invalid file_id"}, status=400)
            path, data = self.files[file_id]
            return {"file_id": file_id, "file_unique_id": f"u-{file_id}", "file_size": len(data),
                    "file_path": path}
        return True

    async def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        timeout = min(float(params.get("timeout") or 0), self.max_poll_wait)
        async with self._changed:
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
            self._changed.notify_all()
            if not self._updates and timeout > 0:
                try:
                    async with asyncio.timeout(timeout):
                        await self._changed.wait_for(lambda: bool(self._updates))
                except TimeoutError:
                    pass
            return list(self._updates)

    async def _file(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return web.Response(status=401)
        path = request.match_info["path"]
        self.downloads.append(path)
        for file_path, data in self.files.values():
            if file_path == path:
                return web.Response(body=data, content_type="application/octet-stream")
        return web.Response(status=404)


def parse_json_param(params: dict[str, Any], name: str) -> Any:
    """A JSON-encoded parameter (PTB sends nested objects as JSON strings in form fields)."""
    value = params.get(name)
    return json.loads(value) if isinstance(value, str) else value
