"""The ONE command table: every command's name, arguments, help, admin flag and handler.

Transports render it (Discord slash commands with autocomplete, the Telegram command menu, the
console help) and hand the core an ``Incoming`` with ``command`` set to a name from ``COMMANDS``:

* with ``args`` filled by name (Discord options), or
* with ``args`` empty and the raw argument text in ``text`` (Telegram, console): the core then
  splits it with ``parse_text_args``.

Handlers take ``(core, msg, args)`` and return a ``Reply``; they never send anything.

Every command and argument has an English ``name`` (what interactions and the handlers use) and a
Dutch ``name_nl``; both names of a command are accepted everywhere, and usage lines, menus and Discord
localisations show the user's language.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from bot.errors import Bilingual, UnknownCommand, UsageError
from bot.messages import Incoming, Reply

if TYPE_CHECKING:
    from bot.core import BotCore

ArgKind = Literal["text", "driver", "competitor", "grand_prix", "season"]
Handler = Callable[["BotCore", Incoming, dict[str, str]], Awaitable[Reply]]

MIN_SEASON = 1950
MAX_SEASON = 2100
_SEPARATORS = re.compile(r"\s*[,;|]\s*")
_SEASON = re.compile(r"^\d{4}$")
_GP_WORDS = ("gp", "grand", "grote", "gran", "prix")
MAX_FIRST_ARG_WORDS = 6
"""The first of two unseparated arguments (a driver: "Nyck de Vries") is at most this many words, so
splitting costs a fixed number of scorer calls however long the text is."""
ECHO_CHARS = 20
"""Bad argument values are quoted back at most this long."""


@dataclass(frozen=True)
class Arg:
    """One command argument. ``kind`` tells transports how to offer it (autocomplete, integer)."""

    name: str
    description: str
    description_nl: str
    required: bool = True
    kind: ArgKind = "text"
    name_nl: str = ""
    """The Dutch name shown to Dutch users (usage lines, Discord ``name_localizations``)."""

    def describe(self, lang: str) -> str:
        """The description in ``lang`` ("nl" or "en")."""
        return self.description_nl if lang == "nl" else self.description

    def label(self, lang: str) -> str:
        """The argument's name as shown in ``lang``."""
        return self.name_nl if lang == "nl" and self.name_nl else self.name

    def labels(self) -> Bilingual:
        """The argument's name in both languages."""
        return Bilingual(nl=self.label("nl"), en=self.name)


@dataclass(frozen=True)
class Command:
    """One command. ``description`` fits menus (≤100 chars); ``help`` is the longer /help text."""

    name: str
    description: str
    description_nl: str
    help: str
    help_nl: str
    handler: Handler
    args: tuple[Arg, ...] = ()
    admin: bool = False
    accepts_attachment: bool = False
    name_nl: str = ""
    """The Dutch name: accepted everywhere, shown to Dutch users (menus, usage lines, Discord)."""

    def describe(self, lang: str) -> str:
        """The short description in ``lang``."""
        return self.description_nl if lang == "nl" else self.description

    def help_for(self, lang: str) -> str:
        """The long help text in ``lang``."""
        return self.help_nl if lang == "nl" else self.help

    def label(self, lang: str) -> str:
        """The command's name as shown in ``lang`` (``result``, Dutch ``uitslag``)."""
        return self.name_nl if lang == "nl" and self.name_nl else self.name

    def labels(self) -> Bilingual:
        """The command's name in both languages."""
        return Bilingual(nl=self.label("nl"), en=self.name)

    def usage(self, lang: str = "en") -> str:
        """The usage line in ``lang``, e.g. ``/result <driver> <grand_prix> [season]`` or
        ``/uitslag <coureur> <grand_prix> [seizoen]``."""
        parts = [f"/{self.label(lang)}"]
        parts += [f"<{a.label(lang)}>" if a.required else f"[{a.label(lang)}]" for a in self.args]
        return " ".join(parts)

    def usages(self) -> Bilingual:
        """The usage line in both languages."""
        return Bilingual(nl=self.usage("nl"), en=self.usage("en"))


# --- handlers -------------------------------------------------------------------------------------


def _season(args: Mapping[str, str]) -> int | None:
    value = args.get("season")
    return int(value) if value else None


async def _help(core: BotCore, msg: Incoming, args: dict[str, str]) -> Reply:
    name = args.get("command")
    if not name:
        return Reply(core.help_text(msg), kind="info")
    command = get_command(name)
    if command is None or (command.admin and not core.is_admin(msg)):
        raise UnknownCommand(command=name.lstrip("/")[:ECHO_CHARS])
    lang = core.language(msg)
    return Reply(f"{command.usage(lang)}\n{command.help_for(lang)}", kind="info")


async def _ask(core: BotCore, msg: Incoming, args: dict[str, str]) -> Reply:
    return await core.ask(msg, args["question"])


async def _result(core: BotCore, msg: Incoming, args: dict[str, str]) -> Reply:
    answer = await core.kb.result(args["driver"], args["grand_prix"], _season(args),
                                  lang=core.language(msg))
    return core.answer_reply(msg, answer)


async def _championship(core: BotCore, msg: Incoming, args: dict[str, str]) -> Reply:
    answer = await core.kb.championship(args["driver"], _season(args), lang=core.language(msg))
    return core.answer_reply(msg, answer)


async def _incidents(core: BotCore, msg: Incoming, args: dict[str, str]) -> Reply:
    answer = await core.kb.incidents(args["driver"], args.get("grand_prix") or None, _season(args),
                                     lang=core.language(msg))
    return core.answer_reply(msg, answer)


async def _sources(core: BotCore, msg: Incoming, args: dict[str, str]) -> Reply:
    return Reply(await core.kb.sources_summary(lang=core.language(msg), season=_season(args)), kind="info")


async def _reload(core: BotCore, msg: Incoming, args: dict[str, str]) -> Reply:
    return await core.reload(msg)


async def _stats(core: BotCore, msg: Incoming, args: dict[str, str]) -> Reply:
    return await core.stats(msg)


async def _upload(core: BotCore, msg: Incoming, args: dict[str, str]) -> Reply:
    return await core.upload(msg)


# --- the table ------------------------------------------------------------------------------------

_DRIVER = Arg("driver", "Driver name, e.g. Verstappen", "Naam van de coureur, bijv. Verstappen",
              kind="driver", name_nl="coureur")
# A driver or a team (the constructors' championship); named "driver" as before, so a Discord client's
# cached command keeps working.
_DRIVER_OR_TEAM = Arg("driver", "Driver or team, e.g. Norris or McLaren",
                      "Coureur of team, bijv. Norris of McLaren", kind="competitor", name_nl="coureur")
_GP = Arg("grand_prix", "Grand Prix, e.g. Monaco", "Grand Prix, bijv. Monaco", kind="grand_prix",
          name_nl="grote_prijs")
_GP_OPTIONAL = Arg("grand_prix", "Grand Prix (optional)", "Grand Prix (optioneel)", required=False,
                   kind="grand_prix", name_nl="grote_prijs")
_SEASON_ARG = Arg("season", "Season, e.g. 2024 (default: latest)", "Seizoen, bijv. 2024 (standaard: laatste)",
                  required=False, kind="season", name_nl="seizoen")

COMMANDS: tuple[Command, ...] = (
    Command(
        "ask", "Ask a question about Formula 1", "Stel een vraag over de Formule 1",
        "Ask anything, e.g. /ask Who won the Monaco Grand Prix in 2024?",
        "Vraag maar raak, bijv. /vraag Wie won de Grand Prix van Monaco in 2024?",
        _ask, args=(Arg("question", "Your question", "Je vraag", name_nl="vraag"),), name_nl="vraag",
    ),
    Command(
        "result", "A driver's result in a Grand Prix", "Uitslag van een coureur in een Grand Prix",
        "How a driver finished in a Grand Prix, e.g. /result Verstappen, Bahrain, 2024",
        "Hoe een coureur eindigde in een Grand Prix, bijv. /uitslag Verstappen, Bahrein, 2024",
        _result, args=(_DRIVER, _GP, _SEASON_ARG), name_nl="uitslag",
    ),
    Command(
        "championship", "A driver's or team's championship position",
        "Positie van een coureur of team in het kampioenschap",
        "A driver's place in the championship, or a team's in the constructors' championship, "
        "e.g. /championship Norris 2024, /championship McLaren 2024",
        "De plaats van een coureur in het kampioenschap, of van een team in het constructeurskampioenschap, "
        "bijv. /kampioenschap Norris 2024, /kampioenschap McLaren 2024",
        _championship, args=(_DRIVER_OR_TEAM, _SEASON_ARG), name_nl="kampioenschap",
    ),
    Command(
        "incidents", "Crashes, retirements and penalties", "Crashes, uitvalbeurten en straffen",
        "A driver's crashes, retirements and penalties, e.g. /incidents Pérez, Monaco",
        "Crashes, uitvalbeurten en straffen van een coureur, bijv. /incidenten Pérez, Monaco",
        _incidents, args=(_DRIVER, _GP_OPTIONAL, _SEASON_ARG), name_nl="incidenten",
    ),
    Command(
        "sources", "Which articles, seasons and races I know", "Welke artikelen, seizoenen en races ik ken",
        "Lists the seasons and races the answers come from; with a season, all its races, "
        "e.g. /sources 2024.",
        "Toont de seizoenen en races waar de antwoorden vandaan komen; met een seizoen al zijn races, "
        "bijv. /bronnen 2024.",
        _sources, args=(Arg("season", "Season, e.g. 2024 (default: all)",
                            "Seizoen, bijv. 2024 (standaard: alle)", required=False, kind="season",
                            name_nl="seizoen"),), name_nl="bronnen",
    ),
    Command(
        "help", "How to use this bot", "Hoe gebruik je deze bot",
        "Shows this list, or with a command its help, e.g. /help result.",
        "Toont deze lijst, of met een opdracht de uitleg ervan, bijv. /hulp uitslag.",
        _help, args=(Arg("command", "A command, e.g. result", "Een opdracht, bijv. uitslag", required=False,
                         name_nl="opdracht"),), name_nl="hulp",
    ),
    Command(
        "reload", "Re-read the articles folder (admin)", "Artikelmap opnieuw inlezen (beheer)",
        "Re-reads the articles folder and reports what changed.",
        "Leest de artikelmap opnieuw in en meldt wat er veranderd is.",
        _reload, admin=True, name_nl="herladen",
    ),
    Command(
        "stats", "Knowledge base statistics (admin)", "Statistieken van de kennisbank (beheer)",
        "Counts of articles, sentences and facts.",
        "Aantallen artikelen, zinnen en feiten.",
        _stats, admin=True, name_nl="statistieken",
    ),
    Command(
        "upload", "Add a .txt article (admin)", "Een .txt-artikel toevoegen (beheer)",
        "Send a UTF-8 .txt article as an attachment/document; I save it and read its facts.",
        "Stuur een UTF-8 .txt-artikel als bijlage/document; ik sla het op en lees de feiten.",
        _upload, admin=True, accepts_attachment=True, name_nl="uploaden",
    ),
)

COMMANDS_BY_NAME: dict[str, Command] = {c.name: c for c in COMMANDS}
COMMANDS_BY_ANY_NAME: dict[str, Command] = {**{c.name_nl: c for c in COMMANDS if c.name_nl},
                                            **COMMANDS_BY_NAME}
"""Every command by its English and its Dutch name: both work everywhere."""


def get_command(name: str) -> Command | None:
    """The command called ``name`` in English or Dutch (case-insensitive, leading '/' allowed), or None."""
    return COMMANDS_BY_ANY_NAME.get(name.lstrip("/").lower())


def visible_commands(admin: bool) -> list[Command]:
    """The commands to show a user: admin commands only to admins."""
    return [c for c in COMMANDS if admin or not c.admin]


# --- argument parsing -----------------------------------------------------------------------------

PartScorer = Callable[[ArgKind, str], float]
"""Scores (0..100) how well a piece of text matches an argument kind, e.g. a known driver name."""


def _usage_error(command: Command, problem: str, **params: object) -> UsageError:
    return UsageError(problem, command.usages(), **params)


def validate_args(command: Command, args: Mapping[str, str]) -> dict[str, str]:
    """Strip, check and return the arguments of ``command``; raise ``UsageError`` when wrong."""
    known = {a.name: a for a in command.args}
    result: dict[str, str] = {}
    for name, value in args.items():
        if name not in known:
            raise _usage_error(command, "unknown_arg", arg=name)
        value = " ".join(str(value).split())
        if value:
            result[name] = value
    for arg in command.args:
        if arg.name not in result:
            if arg.required:
                raise _usage_error(command, "missing", arg=arg.labels())
            continue
        value = result[arg.name]
        if arg.kind == "season" and not (_SEASON.match(value) and MIN_SEASON <= int(value) <= MAX_SEASON):
            raise _usage_error(command, "season", value=value[:ECHO_CHARS])
    return result


def parse_text_args(command: Command, text: str, scorer: PartScorer | None = None) -> dict[str, str]:
    """Split the free argument text of a text command into named arguments.

    Commas, semicolons or '|' separate arguments reliably ("Max Verstappen, Abu Dhabi, 2023").
    Without them a trailing four-digit number is the season, and a driver/Grand Prix pair is split
    where ``scorer`` (or, lacking one, a word heuristic) matches best. The result is not validated.
    """
    text = " ".join(text.split())
    if not command.args or not text:
        return {}
    if len(command.args) == 1:
        return {command.args[0].name: text}
    season_arg = next((a for a in command.args if a.kind == "season"), None)
    others = [a for a in command.args if a.kind != "season"]
    result: dict[str, str] = {}

    if _SEPARATORS.search(text):
        parts = [p for p in _SEPARATORS.split(text) if p]
        if season_arg is not None and parts and _SEASON.match(parts[-1]):
            result[season_arg.name] = parts.pop()
        if len(parts) > len(others):
            # Keep surplus pieces in the last argument rather than dropping them.
            parts = [*parts[: len(others) - 1], ", ".join(parts[len(others) - 1:])]
        for arg, part in zip(others, parts, strict=False):
            result[arg.name] = part
        return result

    words = text.split(" ")
    if season_arg is not None and _SEASON.match(words[-1]):
        result[season_arg.name] = words.pop()
    if not words:
        return result
    if len(others) == 1:
        result[others[0].name] = " ".join(words)
        return result
    first, second = others[0], others[1]
    split = _best_split(words, first, second, scorer)
    result[first.name] = " ".join(words[:split])
    if split < len(words):
        result[second.name] = " ".join(words[split:])
    return result


def _best_split(words: list[str], first: Arg, second: Arg, scorer: PartScorer | None) -> int:
    """Where to cut ``words`` between two arguments (len(words) means: all to the first)."""
    # Every candidate costs two scorer calls (fuzzy matching): cap them, or a long hostile text
    # would cost O(words²) and stall the event loop.
    candidates = list(range(1, min(len(words), MAX_FIRST_ARG_WORDS + 1)))
    if not second.required or len(words) == 1:
        candidates.append(len(words))
    if scorer is None:
        # A Grand Prix usually starts with "GP"/"Grand Prix"/"Grote Prijs"; else: the last word.
        for i, word in enumerate(words[1:], start=1):
            if word.lower() in _GP_WORDS:
                return i
        return len(words) if not second.required or len(words) == 1 else len(words) - 1

    def score(i: int) -> float:
        head = " ".join(words[:i])
        tail = " ".join(words[i:])
        tail_score = scorer(second.kind, tail) if tail else 60.0
        return scorer(first.kind, head) + tail_score

    return max(candidates, key=lambda i: (score(i), -i))
