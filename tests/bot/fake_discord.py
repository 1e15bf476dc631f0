"""A fake Discord gateway, REST API and CDN on 127.0.0.1, for driving the real discord.py client.

The gateway speaks plain JSON text frames (no compression): HELLO, heartbeat ACKs, READY and
GUILD_CREATE after IDENTIFY, then whatever a test dispatches. It keeps the session's events, so a
RESUME (at the ``resume_gateway_url`` READY announced) replays what the client missed and ends with
RESUMED, as Discord does. The REST side answers what the client calls at login and when replying,
with ``Content-Type: application/json``, and records every request; created messages honour
``nonce`` + ``enforce_nonce`` (a retry with the same nonce returns the first message) and record
whom they would ping under Discord's ``allowed_mentions`` rules. Attachments are served at
``/cdn/...`` from ``FakeDiscord.files``.

Faults a test can inject (each is counted in ``FakeDiscord.injected`` and the module-wide
``INJECTED``): the gateway closing with a code (``close_gateway``), dropping the TCP connection
without a close frame (``drop_gateway``), asking for a reconnect (op 7, ``request_reconnect``),
refusing a RESUME (op 9, ``reject_resume``), going silent (``ack_heartbeats = False``), being down
(``gateway_down``: every connection refused with a 503) or closing on IDENTIFY with a fatal code
(``close_on_identify``: 4004 bad token, 4014 disallowed intents); and REST
calls answering with an error status, dropping the connection (before or after creating the
message) or hanging (``fail_next``).

Point discord.py at it with :meth:`FakeDiscord.patch` (``Route.BASE`` and
``DiscordWebSocket.DEFAULT_GATEWAY``; discord.py 2.x connects to the default gateway without
asking ``/gateway/bot``, but both endpoints are served anyway).
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import re
from collections import Counter
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

import discord
import discord.gateway
import discord.http
import yarl
from aiohttp import WSMsgType, web

API_PREFIX = "/api/v10"
BOT_ID = 900_000_000_000_000_001
APP_ID = 900_000_000_000_000_002
GUILD_ID = 900_000_000_000_000_010
CHANNEL_ID = 900_000_000_000_000_020  # a text channel the bot answers everything in (if configured)
OTHER_CHANNEL_ID = 900_000_000_000_000_021  # a text channel where only mentions are answered
DM_CHANNEL_ID = 900_000_000_000_000_030
ADMIN_ID = 900_000_000_000_000_100
USER_ID = 900_000_000_000_000_101
OTHER_USER_ID = 900_000_000_000_000_102
ROLE_ID = 900_000_000_000_000_200
TIMESTAMP = "2024-03-02T12:00:00.000000+00:00"

JSON = "application/json"
GATEWAY_PATH = "/gateway"
RESUME_PATH = "/resume"  # READY's resume_gateway_url: a different path shows the client used it

INJECTED: Counter[str] = Counter()
"""Every fault any ``FakeDiscord`` injected in this test session, by kind (for the summary)."""

_USER_MENTION = re.compile(r"<@!?(\d+)>")
_ROLE_MENTION = re.compile(r"<@&(\d+)>")


def user_payload(user_id: int, name: str, *, bot: bool = False) -> dict[str, Any]:
    """A Discord user object."""
    return {
        "id": str(user_id),
        "username": name,
        "global_name": name,
        "discriminator": "0",
        "avatar": None,
        "bot": bot,
        "public_flags": 0,
        "flags": 0,
    }


def member_payload(user_id: int, name: str) -> dict[str, Any]:
    """A guild member object (as in GUILD_CREATE, MESSAGE_CREATE and interactions)."""
    return {
        "user": user_payload(user_id, name),
        "nick": None,
        "roles": [],
        "joined_at": TIMESTAMP,
        "deaf": False,
        "mute": False,
        "flags": 0,
        "pending": False,
        "permissions": "2248473465835073",
    }


def channel_payload(channel_id: int, name: str) -> dict[str, Any]:
    """A guild text channel."""
    return {
        "id": str(channel_id),
        "type": 0,
        "guild_id": str(GUILD_ID),
        "name": name,
        "position": 0,
        "permission_overwrites": [],
        "nsfw": False,
        "parent_id": None,
        "topic": None,
        "last_message_id": None,
        "rate_limit_per_user": 0,
    }


def guild_payload() -> dict[str, Any]:
    """GUILD_CREATE data: one guild, two text channels, @everyone and one more role."""
    return {
        "id": str(GUILD_ID),
        "name": "Paddock",
        "icon": None,
        "owner_id": str(ADMIN_ID),
        "afk_channel_id": None,
        "afk_timeout": 300,
        "verification_level": 0,
        "default_message_notifications": 0,
        "explicit_content_filter": 0,
        "features": [],
        "mfa_level": 0,
        "system_channel_id": None,
        "system_channel_flags": 0,
        "rules_channel_id": None,
        "vanity_url_code": None,
        "description": None,
        "banner": None,
        "premium_tier": 0,
        "preferred_locale": "nl",
        "public_updates_channel_id": None,
        "nsfw_level": 0,
        "premium_progress_bar_enabled": False,
        "unavailable": False,
        "large": False,
        "member_count": 3,
        "joined_at": TIMESTAMP,
        "roles": [
            {"id": str(GUILD_ID), "name": "@everyone", "color": 0, "hoist": False, "position": 0,
             "permissions": "2248473465835073", "managed": False, "mentionable": False, "flags": 0},
            {"id": str(ROLE_ID), "name": "fans", "color": 0, "hoist": False, "position": 1,
             "permissions": "0", "managed": False, "mentionable": True, "flags": 0},
        ],
        "emojis": [],
        "stickers": [],
        "channels": [channel_payload(CHANNEL_ID, "f1-vragen"), channel_payload(OTHER_CHANNEL_ID, "algemeen")],
        "threads": [],
        "members": [
            member_payload(ADMIN_ID, "admin"),
            member_payload(USER_ID, "fan"),
            {**member_payload(BOT_ID, "racebot"), "user": user_payload(BOT_ID, "racebot", bot=True)},
        ],
        "presences": [],
        "voice_states": [],
        "stage_instances": [],
        "guild_scheduled_events": [],
        "soundboard_sounds": [],
    }


@dataclass
class RecordedRequest:
    """One REST request the client made."""

    method: str
    path: str  # without the /api/v10 prefix
    query: dict[str, str]
    body: Any  # parsed JSON, the raw text, or None
    headers: dict[str, str]


FaultKind = Literal["status", "drop", "drop_after_create", "hang"]


@dataclass
class RestFault:
    """How one REST call fails.

    ``status``: answer ``status`` with ``body`` and ``headers``; ``drop``: close the connection
    without answering; ``drop_after_create``: create the message, then drop (the answer is lost);
    ``hang``: answer nothing until ``FakeDiscord.release()`` (or the server stops).
    """

    kind: FaultKind
    status: int = 500
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    label: str = ""

    @property
    def name(self) -> str:
        """The kind of fault, for the counts."""
        return self.label or (f"rest {self.status}" if self.kind == "status" else f"rest {self.kind}")


def server_error(status: int = 500) -> RestFault:
    """A Discord 5xx answer."""
    return RestFault("status", status, {"message": "Internal Server Error", "code": 0})


def rate_limited(retry_after: float) -> RestFault:
    """A Discord 429 (bucket limit) as Discord sends it: JSON body, ``Via`` and rate limit headers."""
    return RestFault("status", 429, {"message": "You are being rate limited.", "retry_after": retry_after,
                                     "global": False},
                     headers={"Via": "1.1 google", "Retry-After": str(max(1, round(retry_after))),
                              "X-RateLimit-Limit": "5", "X-RateLimit-Remaining": "0",
                              "X-RateLimit-Reset-After": str(retry_after), "X-RateLimit-Scope": "user"},
                     label="rest 429")


def cloudflare_ban() -> RestFault:
    """A 429 from Cloudflare (no ``Via``, an HTML body): discord.py does not retry it."""
    return RestFault("status", 429, "<html><body>Error 1015: You are being rate limited</body></html>",
                     headers={"Content-Type": "text/html"}, label="rest 429 cloudflare")


@dataclass
class FakeDiscord:
    """The fake gateway + REST + CDN server. ``await start()``, ``await stop()``."""

    requests: list[RecordedRequest] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)  # CDN path ("/cdn/...") -> bytes
    identify: dict[str, Any] | None = None
    token: str | None = None  # when set, REST requests must carry "Authorization: Bot <token>"
    fail_command_sync: bool = False
    heartbeat_interval_ms: int = 45_000
    ack_heartbeats: bool = True  # False: a "zombie" gateway that stops answering heartbeats
    reject_resume: bool = False  # True: answer RESUME with INVALID_SESSION (op 9, not resumable)
    gateway_down: bool = False  # True: refuse every gateway connection with HTTP 503 (an outage)
    close_on_identify: int | None = None  # a close code to answer IDENTIFY with (4004 bad token, 4014)
    refused: int = 0  # gateway connections refused while down
    recommended_shards: int = 1  # what GET /gateway/bot recommends (a client with shard_count "auto")
    shards: dict[int, tuple[int, web.WebSocketResponse]] = field(default_factory=dict)  # id -> (count, ws)
    port: int = 0
    identifies: int = 0
    resumes: int = 0  # successful ones (answered with RESUMED)
    gateway_paths: list[str] = field(default_factory=list)  # the path of every gateway connection
    created: list[dict[str, Any]] = field(default_factory=list)  # messages created via REST
    pings: list[str] = field(default_factory=list)  # whom created messages would have notified
    injected: Counter[str] = field(default_factory=Counter)
    _runner: web.AppRunner | None = None
    _ws: web.WebSocketResponse | None = None
    _ws_request: web.Request | None = None
    _seq: int = 0
    _session: int = 0
    _events: list[dict[str, Any]] = field(default_factory=list)  # this session's dispatches, for RESUME
    _rest_faults: dict[tuple[str, str], list[RestFault]] = field(default_factory=dict)
    _nonces: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    _ids: Iterator[int] = field(default_factory=lambda: itertools.count(910_000_000_000_000_000))
    _request_event: asyncio.Event = field(default_factory=asyncio.Event)
    _identified: asyncio.Event = field(default_factory=asyncio.Event)
    _ready: asyncio.Condition = field(default_factory=asyncio.Condition)
    _release: asyncio.Event = field(default_factory=asyncio.Event)
    _changed: asyncio.Event = field(default_factory=asyncio.Event)  # replaced after every change

    # -- lifecycle -----------------------------------------------------------------------------

    async def start(self) -> None:
        """Listen on a free port of 127.0.0.1."""
        app = web.Application()
        app.router.add_get(GATEWAY_PATH, self._gateway)
        app.router.add_get(RESUME_PATH, self._gateway)
        app.router.add_get("/cdn/{tail:.*}", self._cdn)
        app.router.add_route("*", API_PREFIX + "/{tail:.*}", self._rest)
        # handler_cancellation: a hung handler ends when the client gives up on it.
        self._runner = web.AppRunner(app, handler_cancellation=True)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        server = site._server
        assert server is not None
        sockets = getattr(server, "sockets", None)
        assert sockets
        self.port = sockets[0].getsockname()[1]

    async def stop(self) -> None:
        """Close the gateway socket and the server."""
        self.release()
        if self._ws is not None and not self._ws.closed:
            await self._ws.close()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def api_base(self) -> str:
        """What ``discord.http.Route.BASE`` must be."""
        return f"http://127.0.0.1:{self.port}{API_PREFIX}"

    @property
    def ws_url(self) -> str:
        """The gateway URL."""
        return f"ws://127.0.0.1:{self.port}{GATEWAY_PATH}"

    @property
    def resume_url(self) -> str:
        """The ``resume_gateway_url`` READY announces."""
        return f"ws://127.0.0.1:{self.port}{RESUME_PATH}"

    def cdn_url(self, path: str) -> str:
        """The full URL of a CDN path such as ``/cdn/attachments/1/a.txt``."""
        return f"http://127.0.0.1:{self.port}{path}"

    @contextlib.contextmanager
    def patch(self) -> Iterator[None]:
        """Point discord.py's REST base and default gateway at this server."""
        old_base = discord.http.Route.BASE
        old_gateway = discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY
        discord.http.Route.BASE = self.api_base
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(self.ws_url)
        try:
            yield
        finally:
            discord.http.Route.BASE = old_base
            discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = old_gateway

    def next_id(self) -> int:
        """A fresh snowflake."""
        return next(self._ids)

    # -- gateway -------------------------------------------------------------------------------

    async def _gateway(self, request: web.Request) -> web.StreamResponse:
        if self.gateway_down:
            self.refused += 1
            self._count("gateway refused (503)")
            self._notify()
            return web.Response(status=503, text="upstream connect error")
        ws = web.WebSocketResponse(autoping=True)
        await ws.prepare(request)
        self._ws, self._ws_request = ws, request
        self.gateway_paths.append(request.path)
        await ws.send_str(json.dumps({"op": 10, "d": {"heartbeat_interval": self.heartbeat_interval_ms},
                                      "s": None, "t": None}))
        async for msg in ws:
            if msg.type != WSMsgType.TEXT:
                continue
            payload = json.loads(msg.data)
            op = payload.get("op")
            if op == 1:
                if self.ack_heartbeats:
                    await ws.send_str(json.dumps({"op": 11, "d": None, "s": None, "t": None}))
            elif op == 2 and self.close_on_identify is not None:
                self.identifies += 1
                self._notify()
                await ws.close(code=self.close_on_identify)
            elif op == 2:
                await self._on_identify(payload["d"], ws)
            elif op == 6:
                await self._on_resume(ws, payload["d"])
        return ws

    async def _on_identify(self, data: dict[str, Any], ws: web.WebSocketResponse) -> None:
        # A new session: sequence numbers start again and nothing older can be resumed.
        self.identify = data
        self.identifies += 1
        self._session += 1
        self._seq = 0
        self._events = []
        shard_id, count = data.get("shard") or [0, 1]
        self.shards[shard_id] = (count, ws)
        if count > 1 and guild_shard(count) != shard_id:  # a shard without our guild
            await self.dispatch("READY", self._ready_payload([], [shard_id, count]), ws=ws)
            await self._mark_ready()
            return
        await self.dispatch("READY", self._ready_payload([{"id": str(GUILD_ID), "unavailable": True}],
                                                         [shard_id, count]), ws=ws)
        await self.dispatch("GUILD_CREATE", guild_payload(), ws=ws)
        self._identified.set()
        await self._mark_ready()

    def _ready_payload(self, guilds: list[dict[str, Any]], shard: list[int]) -> dict[str, Any]:
        return {
            "v": 10,
            "user": user_payload(BOT_ID, "racebot", bot=True),
            "application": {"id": str(APP_ID), "flags": 0},
            "session_id": self.session_id,
            "resume_gateway_url": self.resume_url,
            "guilds": guilds,
            "private_channels": [],
            "relationships": [],
            "shard": shard,
        }

    async def _on_resume(self, ws: web.WebSocketResponse, data: dict[str, Any]) -> None:
        if self.reject_resume or data.get("session_id") != self.session_id:
            if self.reject_resume:  # one RESUME refused; the client must IDENTIFY anew
                self.reject_resume = False
                self._count("gateway resume rejected (op 9)")
            await ws.send_str(json.dumps({"op": 9, "d": False, "s": None, "t": None}))
            return
        seq = int(data.get("seq") or 0)
        for event in [e for e in self._events if e["s"] > seq]:
            await ws.send_str(json.dumps(event))
        self.resumes += 1
        await self.dispatch("RESUMED", {})
        await self._mark_ready()

    async def _mark_ready(self) -> None:
        self._notify()
        async with self._ready:
            self._ready.notify_all()

    def _notify(self) -> None:
        # Wake every wait_until() at once: they wait on this event, a later change gets a new one.
        self._changed.set()
        self._changed = asyncio.Event()

    async def wait_until(self, predicate: Callable[[], bool], seconds: float = 5.0) -> None:
        """Wait until ``predicate()`` holds; it is checked after every request, message and session."""
        async with asyncio.timeout(seconds):
            while not predicate():
                await self._changed.wait()

    @property
    def session_id(self) -> str:
        """The current gateway session id."""
        return f"fake-session-{self._session}"

    @property
    def sessions(self) -> int:
        """How many times the client became ready: IDENTIFYs plus successful RESUMEs."""
        return self.identifies + self.resumes

    async def wait_identified(self, seconds: float = 5.0) -> None:
        """Wait until the client has sent IDENTIFY and got READY + GUILD_CREATE."""
        await asyncio.wait_for(self._identified.wait(), seconds)

    async def wait_sessions(self, count: int, seconds: float = 5.0) -> None:
        """Wait until the client has been READY or RESUMED ``count`` times in all."""
        async with asyncio.timeout(seconds), self._ready:
            await self._ready.wait_for(lambda: self.sessions >= count)

    async def dispatch(self, event: str, data: dict[str, Any],
                       ws: web.WebSocketResponse | None = None) -> None:
        """Send a DISPATCH (op 0) event; kept for a RESUME if the client is not connected right now.

        It goes to ``ws``, else (sharded) to the connection of the shard that owns the event's guild
        (DMs: shard 0), else to the latest connection."""
        self._seq += 1
        payload = {"op": 0, "d": data, "s": self._seq, "t": event}
        self._events.append(payload)
        counts = {count for count, _ in self.shards.values()}
        if ws is None and counts and max(counts) > 1:
            owner = guild_shard(max(counts)) if "guild_id" in data else 0
            ws = self.shards[owner][1] if owner in self.shards else None
        else:
            ws = ws or self._ws
        if ws is None or ws.closed:
            return
        with contextlib.suppress(ConnectionError, RuntimeError):  # closing under us: replayed on RESUME
            await ws.send_str(json.dumps(payload))

    # -- gateway faults ------------------------------------------------------------------------

    def _count(self, kind: str) -> None:
        self.injected[kind] += 1
        INJECTED[f"discord {kind}"] += 1

    async def close_gateway(self, code: int) -> None:
        """Close the gateway websocket with ``code`` (a close frame, as Discord does on errors)."""
        assert self._ws is not None, "no client connected"
        self._count(f"gateway close {code}")
        await self._ws.close(code=code)

    def drop_gateway(self) -> None:
        """Cut the gateway's TCP connection without a close frame (the client sees 1006)."""
        assert self._ws_request is not None and self._ws_request.transport is not None, "no client connected"
        self._count("gateway drop (no close frame)")
        self._ws_request.transport.abort()

    async def request_reconnect(self) -> None:
        """Send op 7 RECONNECT: the client should reconnect and RESUME."""
        assert self._ws is not None, "no client connected"
        self._count("gateway reconnect request (op 7)")
        await self._ws.send_str(json.dumps({"op": 7, "d": None, "s": None, "t": None}))

    def go_silent(self) -> None:
        """Stop acknowledging heartbeats (a "zombie" connection the client must notice itself)."""
        self._count("gateway silent (no heartbeat ACK)")
        self.ack_heartbeats = False

    # -- events a test sends -------------------------------------------------------------------

    async def send_message(
        self,
        content: str,
        *,
        author_id: int = USER_ID,
        author_name: str = "fan",
        channel_id: int = CHANNEL_ID,
        dm: bool = False,
        mentions_bot: bool = False,
        attachments: list[dict[str, Any]] | None = None,
        reply_to: dict[str, Any] | None = None,
    ) -> int:
        """Dispatch MESSAGE_CREATE; returns the message id. ``reply_to``: the message it replies to."""
        message_id = self.next_id()
        data: dict[str, Any] = {
            "id": str(message_id),
            "channel_id": str(DM_CHANNEL_ID if dm else channel_id),
            "author": user_payload(author_id, author_name),
            "content": content,
            "timestamp": TIMESTAMP,
            "edited_timestamp": None,
            "tts": False,
            "mention_everyone": "@everyone" in content,
            "mentions": [user_payload(BOT_ID, "racebot", bot=True)] if mentions_bot else [],
            "mention_roles": [],
            "attachments": attachments or [],
            "embeds": [],
            "pinned": False,
            "type": 0,
            "flags": 0,
        }
        if reply_to is not None:
            data["type"] = 19  # a reply: Discord sends the reference and the message it resolves to
            data["message_reference"] = {"message_id": reply_to["id"], "channel_id": reply_to["channel_id"]}
            data["referenced_message"] = reply_to
        if not dm:
            data["guild_id"] = str(GUILD_ID)
            member = member_payload(author_id, author_name)
            del member["user"]
            data["member"] = member
        await self.dispatch("MESSAGE_CREATE", data)
        return message_id

    def attachment(self, filename: str, data: bytes) -> dict[str, Any]:
        """Serve ``data`` on the fake CDN and return the attachment object for a message."""
        attachment_id = self.next_id()
        path = f"/cdn/attachments/{CHANNEL_ID}/{attachment_id}/{filename}"
        self.files[path] = data
        return {
            "id": str(attachment_id),
            "filename": filename,
            "size": len(data),
            "url": self.cdn_url(path),
            "proxy_url": self.cdn_url(path),
            "content_type": "text/plain; charset=utf-8",
        }

    async def send_interaction(
        self,
        command: str,
        options: dict[str, Any] | None = None,
        *,
        user_id: int = USER_ID,
        user_name: str = "fan",
        focused: str | None = None,
        dm: bool = False,
        attachments: dict[str, dict[str, Any]] | None = None,
        locale: str = "nl",
    ) -> tuple[int, str]:
        """Dispatch INTERACTION_CREATE: a slash command (type 2) or, with ``focused``, autocomplete (type 4),
        from a user whose Discord client is set to ``locale``.

        Returns the interaction id and token.
        """
        interaction_id = self.next_id()
        token = f"itoken-{interaction_id}"
        opts: list[dict[str, Any]] = []
        for name, value in (options or {}).items():
            kind = 4 if isinstance(value, int) else 3
            opt: dict[str, Any] = {"name": name, "type": kind, "value": value}
            if name == focused:
                opt["focused"] = True
            opts.append(opt)
        resolved: dict[str, Any] = {}
        for name, attachment in (attachments or {}).items():
            opts.append({"name": name, "type": 11, "value": attachment["id"]})
            resolved.setdefault("attachments", {})[attachment["id"]] = attachment
        data: dict[str, Any] = {
            "id": str(interaction_id),
            "application_id": str(APP_ID),
            "type": 4 if focused else 2,
            "token": token,
            "version": 1,
            "locale": locale,
            "app_permissions": "2248473465835073",
            "entitlements": [],
            "authorizing_integration_owners": {"0": str(GUILD_ID)},
            "attachment_size_limit": 8 * 1024 * 1024,
            "data": {"id": str(self.next_id()), "name": command, "type": 1, "options": opts,
                     "resolved": resolved},
        }
        if dm:
            data["channel_id"] = str(DM_CHANNEL_ID)
            data["channel"] = {"id": str(DM_CHANNEL_ID), "type": 1,
                               "recipients": [user_payload(user_id, user_name)]}
            data["user"] = user_payload(user_id, user_name)
            data["context"] = 1
        else:
            data["guild_id"] = str(GUILD_ID)
            data["guild_locale"] = "nl"
            data["channel_id"] = str(CHANNEL_ID)
            data["channel"] = channel_payload(CHANNEL_ID, "f1-vragen")
            data["member"] = member_payload(user_id, user_name)
            data["context"] = 0
        await self.dispatch("INTERACTION_CREATE", data)
        return interaction_id, token

    # -- REST ----------------------------------------------------------------------------------

    async def wait_for(
        self, predicate: Callable[[RecordedRequest], bool], seconds: float = 5.0, *, start: int = 0
    ) -> RecordedRequest:
        """The first recorded request from index ``start`` on that matches, waiting for it if needed."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + seconds
        while True:
            for recorded in self.requests[start:]:
                if predicate(recorded):
                    return recorded
            remaining = deadline - loop.time()
            if remaining <= 0:
                seen = [(r.method, r.path) for r in self.requests[start:]]
                raise AssertionError(f"no matching request within {seconds}s; saw {seen}")
            self._request_event.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._request_event.wait(), remaining)

    def find(self, method: str, path_prefix: str, *, start: int = 0) -> list[RecordedRequest]:
        """Recorded requests with this method whose path starts with ``path_prefix``."""
        return [r for r in self.requests[start:] if r.method == method and r.path.startswith(path_prefix)]

    def fail_next(self, method: str, path: str, *faults: RestFault) -> None:
        """Make the next calls of ``method path`` (e.g. ``POST /channels/1/messages``) fail, in order."""
        self._rest_faults.setdefault((method, path), []).extend(faults)

    def release(self) -> None:
        """End every hanging REST call (they then answer 504)."""
        self._release.set()

    async def _inject(self, request: web.Request, path: str,
                      create: Callable[[], dict[str, Any]] | None) -> web.StreamResponse | None:
        """Apply the next queued fault of this route, if any; None to answer normally."""
        queue = self._rest_faults.get((request.method, path))
        if not queue:
            return None
        fault = queue.pop(0)
        self._count(fault.name)
        if fault.kind == "status":
            if isinstance(fault.body, str):
                return web.Response(status=fault.status, text=fault.body, headers=fault.headers)
            response = self._json(fault.body, status=fault.status)
            response.headers.update(fault.headers)
            return response
        if fault.kind == "hang":
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._release.wait(), 30)
            return self._json({"message": "Gateway Timeout", "code": 0}, status=504)
        if fault.kind == "drop_after_create" and create is not None:
            create()
        assert request.transport is not None
        request.transport.abort()
        return web.Response(status=500)  # never reaches the client: the connection is gone

    async def _cdn(self, request: web.Request) -> web.StreamResponse:
        self.requests.append(RecordedRequest(method=request.method, path=request.path, query={}, body=None,
                                             headers=dict(request.headers)))
        self._request_event.set()
        data = self.files.get(request.path)
        if data is None:
            return web.Response(status=404, text="not found")
        return web.Response(body=data, content_type="text/plain")

    def _json(self, payload: Any, status: int = 200) -> web.Response:
        # Exactly "application/json": discord.py's json_or_text() compares the header verbatim.
        return web.Response(status=status, body=json.dumps(payload).encode(), headers={"Content-Type": JSON})

    def _message(self, channel_id: str, body: dict[str, Any], *,
                 webhook_id: str | None = None) -> dict[str, Any]:
        message: dict[str, Any] = {
            "id": str(self.next_id()),
            "channel_id": channel_id,
            "author": user_payload(BOT_ID, "racebot", bot=True),
            "content": body.get("content") or "",
            "timestamp": TIMESTAMP,
            "edited_timestamp": None,
            "tts": False,
            "mention_everyone": False,
            "mentions": [],
            "mention_roles": [],
            "attachments": [],
            "embeds": body.get("embeds") or [],
            "pinned": False,
            "type": 0,
            "flags": 0,
        }
        if webhook_id is not None:
            message["webhook_id"] = webhook_id
        pinged = pings(message["content"], body.get("allowed_mentions"))
        message["mention_everyone"] = "everyone" in pinged or "here" in pinged
        message["mentions"] = [user_payload(int(p[len("user:"):]), "someone")
                               for p in pinged if p.startswith("user:")]
        message["mention_roles"] = [p[len("role:"):] for p in pinged if p.startswith("role:")]
        self.pings.extend(pinged)
        return message

    def _create_message(self, channel_id: str, body: dict[str, Any]) -> dict[str, Any]:
        """Create a channel message, or return the earlier one with the same enforced nonce."""
        nonce = body.get("nonce")
        if nonce is not None and body.get("enforce_nonce"):
            earlier = self._nonces.get((channel_id, str(nonce)))
            if earlier is not None:
                return earlier
        message = self._message(channel_id, body)
        message["nonce"] = nonce
        self.created.append(message)
        self._notify()
        if nonce is not None:
            self._nonces[(channel_id, str(nonce))] = message
        return message

    async def _rest(self, request: web.Request) -> web.StreamResponse:
        path = request.path[len(API_PREFIX):]
        body: Any = None
        raw = await request.text()
        if raw:
            try:
                body = json.loads(raw)
            except ValueError:
                body = raw
        self.requests.append(RecordedRequest(
            method=request.method, path=path, query=dict(request.query), body=body,
            headers={k: v for k, v in request.headers.items() if k.lower() != "authorization"},
        ))
        self._request_event.set()
        self._notify()
        # Interaction callbacks and webhooks are authorised by the token in their URL instead.
        needs_auth = self.token is not None and not path.startswith(("/interactions/", "/webhooks/"))
        if needs_auth and request.headers.get("Authorization") != f"Bot {self.token}":
            return self._json({"message": "401: Unauthorized", "code": 0}, status=401)
        parts = path.strip("/").split("/")
        method = request.method
        payload = body if isinstance(body, dict) else {}

        if method == "GET" and path in ("/gateway", "/gateway/bot"):
            return self._json({
                "url": self.ws_url, "shards": self.recommended_shards,
                "session_start_limit": {"total": 1000, "remaining": 999, "reset_after": 0,
                                        "max_concurrency": 1},
            })
        if method == "GET" and path == "/users/@me":
            return self._json(user_payload(BOT_ID, "racebot", bot=True))
        if method == "GET" and path == "/oauth2/applications/@me":
            return self._json({
                "id": str(APP_ID), "name": "racebot", "description": "", "icon": None,
                "bot_public": False, "bot_require_code_grant": False,
                "owner": user_payload(ADMIN_ID, "admin"), "verify_key": "0" * 64, "flags": 0,
                "rpc_origins": [], "team": None, "summary": "",
            })
        if method == "PUT" and parts[0] == "applications" and parts[-1] == "commands":
            if self.fail_command_sync:
                return self._json({"message": "Missing Access", "code": 50001}, status=403)
            commands = body if isinstance(body, list) else []
            return self._json([
                {**cmd, "id": str(self.next_id()), "application_id": str(APP_ID), "version": "1",
                 **({"guild_id": parts[3]} if parts[2] == "guilds" else {})}
                for cmd in commands
            ])
        is_create = method == "POST" and parts[0] == "channels" and parts[-1] == "messages"
        fault = await self._inject(request, path,
                                   (lambda: self._create_message(parts[1], payload)) if is_create else None)
        if fault is not None:
            return fault
        if method == "POST" and parts[0] == "channels" and parts[-1] == "typing":
            return web.Response(status=204)
        if is_create:
            return self._json(self._create_message(parts[1], payload))
        if method == "POST" and parts[0] == "interactions" and parts[-1] == "callback":
            data = payload.get("data") or {}
            result: dict[str, Any] = {"interaction": {
                "id": parts[1], "type": 2, "response_message_loading": payload.get("type") == 5,
            }}
            if payload.get("type") == 4:
                msg = self._message(str(CHANNEL_ID), data)
                result["interaction"]["response_message_id"] = msg["id"]
                result["resource"] = {"type": 4, "message": msg}
            return self._json(result)
        if parts[0] == "webhooks" and method in ("POST", "PATCH"):
            return self._json(self._message(str(CHANNEL_ID), payload, webhook_id=parts[1]))
        return self._json({"message": "Unknown route", "code": 0}, status=404)


def guild_shard(shard_count: int, guild_id: int = GUILD_ID) -> int:
    """The shard that receives a guild's events: ``(guild_id >> 22) % shard_count``, as Discord does."""
    return (guild_id >> 22) % shard_count


@contextlib.asynccontextmanager
async def serving(token: str, heartbeat_interval_ms: int = 100) -> AsyncIterator[FakeDiscord]:
    """A started ``FakeDiscord`` that discord.py points at (fast heartbeats: faults are noticed soon)."""
    server = FakeDiscord(token=token, heartbeat_interval_ms=heartbeat_interval_ms)
    await server.start()
    try:
        with server.patch():
            yield server
    finally:
        await server.stop()


def pings(content: str, allowed_mentions: dict[str, Any] | None) -> list[str]:
    """Whom a message would notify under Discord's rules: ``everyone``/``here``, ``user:ID``, ``role:ID``.

    Without ``allowed_mentions`` everything in the content pings; ``parse`` lists the kinds that may
    ("everyone", "users", "roles"); ``users``/``roles`` list ids that may even when not parsed.
    """
    allowed = allowed_mentions if allowed_mentions is not None else {"parse": ["everyone", "users", "roles"]}
    parse = set(allowed.get("parse") or [])
    users = {str(u) for u in allowed.get("users") or []}
    roles = {str(r) for r in allowed.get("roles") or []}
    found: list[str] = []
    if "everyone" in parse:
        found += [word for word in ("everyone", "here") if f"@{word}" in content]
    found += [f"user:{u}" for u in _USER_MENTION.findall(content) if "users" in parse or u in users]
    found += [f"role:{r}" for r in _ROLE_MENTION.findall(content) if "roles" in parse or r in roles]
    return found
