"""The console transport: chat with the bot on stdin/stdout.

Plain text is a question; ``/help``, ``/result Verstappen, Bahrein`` etc. work as in the chats;
``/upload path/to/article.txt`` uploads a local file. The console user is always admin.
``quit``, ``exit`` or end of input (Ctrl+D) ends the session.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sys
import threading
from collections.abc import AsyncIterator, Iterable
from pathlib import Path
from typing import TextIO

from bot.commands import get_command
from bot.config import Config
from bot.core import BotCore, render_plain
from bot.messages import Attachment, Incoming

logger = logging.getLogger(__name__)

CONSOLE_CHAT = "console"
CONSOLE_USER = "console"
QUIT_WORDS = frozenset({"quit", "exit", "/quit", "/exit", "stop", "/stop"})
GREETING = {
    "nl": "racebot console: stel een vraag, of typ /hulp. Stoppen: quit of Ctrl+D.",
    "en": "racebot console: ask a question, or type /help. Stop: quit or Ctrl+D.",
}


def parse_line(line: str, max_upload_bytes: int, lang: str = "nl") -> Incoming | str | None:
    """Turn one console line into an ``Incoming``; a ``str`` is a message for the user (in ``lang``);
    None: skip. ``/upload`` and its Dutch name ``/uploaden`` read the file named after it."""
    text = line.strip()
    if not text:
        return None
    command: str | None = None
    attachment: Attachment | None = None
    if text.startswith("/"):
        head, _, rest = text.partition(" ")
        command, text = head[1:].lower(), rest.strip()
        upload = get_command(command)
        if upload is not None and upload.accepts_attachment:
            if not text:
                return (f"Gebruik: /{upload.label('nl')} pad/naar/artikel.txt" if lang == "nl" else
                        f"Usage: /{upload.name} path/to/article.txt")
            path = Path(text).expanduser()
            try:
                with path.open("rb") as handle:
                    data = handle.read(max_upload_bytes + 1)  # the core reports "too big"
            except OSError as exc:
                reason = exc.strerror or exc
                return f"Kan {path} niet lezen: {reason}" if lang == "nl" else f"Cannot read {path}: {reason}"
            attachment, text = Attachment(path.name, data), ""
    return Incoming(platform="console", chat_id=CONSOLE_CHAT, user_id=CONSOLE_USER, text=text,
                    command=command, attachment=attachment, user_name="console")


async def chat(core: BotCore, lines: AsyncIterator[str] | Iterable[str], out: TextIO,
               prompt: str = "") -> int:
    """Run the console conversation over ``lines``, writing replies to ``out``; returns 0."""
    out.write(GREETING.get(core.config.knowledge.language, GREETING["nl"]) + "\n")
    out.write(prompt)
    out.flush()
    async for line in _aiter(lines):
        if line.strip().lower() in QUIT_WORDS:
            break
        parsed = parse_line(line, core.config.limits.max_upload_bytes,
                            core.language(Incoming(platform="console", chat_id=CONSOLE_CHAT,
                                                   user_id=CONSOLE_USER)))
        if isinstance(parsed, Incoming):
            reply = await core.handle(parsed)
            out.write(render_plain(reply) + "\n\n")
        elif parsed is not None:
            out.write(parsed + "\n\n")
        out.write(prompt)
        out.flush()
    out.write("\n")
    out.flush()
    return 0


async def _aiter(lines: AsyncIterator[str] | Iterable[str]) -> AsyncIterator[str]:
    if isinstance(lines, AsyncIterator):
        async for line in lines:
            yield line
    else:
        for line in lines:
            yield line


async def stdin_lines(stream: TextIO | None = None) -> AsyncIterator[str]:
    """Lines from ``stream`` (default stdin), read in a daemon thread so Ctrl+C never hangs."""
    stream = stream or sys.stdin
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[str | None] = asyncio.Queue()

    def reader() -> None:
        try:
            for line in stream:
                loop.call_soon_threadsafe(queue.put_nowait, line)
        except (OSError, ValueError, RuntimeError):  # closed stream or loop
            pass
        with contextlib.suppress(RuntimeError):  # the loop is already closed
            loop.call_soon_threadsafe(queue.put_nowait, None)

    threading.Thread(target=reader, name="console-stdin", daemon=True).start()
    while (line := await queue.get()) is not None:
        yield line


async def console_session(config: Config, stdin: TextIO | None = None, out: TextIO | None = None) -> int:
    """Open the knowledge base (reloading the articles) and chat on stdin/stdout; returns an exit code."""
    from bot.runner import open_knowledge

    stdin = stdin or sys.stdin
    out = out or sys.stdout
    async with open_knowledge(config) as kb:
        core = BotCore(kb, config)
        prompt = "> " if stdin.isatty() else ""
        return await chat(core, stdin_lines(stdin), out, prompt=prompt)


def run_console(config: Config) -> int:
    """Synchronous entry point: run a console session in a new event loop; returns an exit code."""
    try:
        return asyncio.run(console_session(config))
    except KeyboardInterrupt:
        print()
        return 130
