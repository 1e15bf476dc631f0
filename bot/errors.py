"""Domain errors of the chat side.

``UserError`` subclasses are expected: the core turns them into a friendly reply in the user's
language (``error.text(lang)``). ``ConfigError`` is raised while loading the configuration.
Anything else that escapes a handler is a bug: it is logged with its traceback and the user
only gets a short apology.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from bot.messages import ReplyKind


@dataclass(frozen=True)
class Bilingual:
    """A text in both reply languages, e.g. a command name in a message parameter."""

    nl: str
    en: str

    def pick(self, lang: str) -> str:
        """The text in ``lang`` (Dutch unless "en")."""
        return self.en if lang == "en" else self.nl

    def __str__(self) -> str:
        return self.en


def localize(params: dict[str, object], lang: str) -> dict[str, object]:
    """``params`` with every ``Bilingual`` value picked in ``lang``."""
    return {k: v.pick(lang) if isinstance(v, Bilingual) else v for k, v in params.items()}


class RacebotError(Exception):
    """Base class of every error racebot raises on purpose."""


class ConfigError(RacebotError):
    """The configuration file or environment is invalid; the message names the key."""


class FatalTransportError(RacebotError):
    """A transport cannot run with this configuration (a rejected token, intents not enabled).

    Restarting cannot help: the runner stops everything and the process exits non-zero with this
    message, so the operator (or a supervisor's alert) sees it.
    """


class TransportEnded(RacebotError):
    """A transport's connection loop ended although nobody stopped it (the runner starts it again)."""


class UserError(RacebotError):
    """An expected problem with a user's request; rendered as a friendly reply.

    Subclasses set ``messages`` (a template per language, ``str.format`` style) and ``kind``.
    Keyword arguments given to the constructor fill in the template.
    """

    kind: ClassVar[ReplyKind] = "error"
    messages: ClassVar[dict[str, str]] = {
        "nl": "Dat lukte niet.",
        "en": "That did not work.",
    }

    def __init__(self, **params: object) -> None:
        self.params = params
        super().__init__(self.text("en"))

    def text(self, lang: str) -> str:
        """The friendly message in ``lang`` (Dutch when the language is unknown)."""
        template = self.messages.get(lang) or self.messages["nl"]
        return template.format(**localize(self.params, lang))


class RateLimited(UserError):
    """The user (or everybody together) sent too many messages in the last minute."""

    kind: ClassVar[ReplyKind] = "rate_limited"
    messages: ClassVar[dict[str, str]] = {
        "nl": "Je stelt te veel vragen achter elkaar. Probeer het over {seconds} seconden nog eens.",
        "en": "Too many questions in a row. Please try again in {seconds} seconds.",
    }


class BusyError(RateLimited):
    """The global rate limit was hit."""

    messages: ClassVar[dict[str, str]] = {
        "nl": "Het is erg druk. Probeer het over {seconds} seconden opnieuw.",
        "en": "It is very busy right now. Please try again in {seconds} seconds.",
    }


class NotAllowed(UserError):
    """A non-admin tried an admin command."""

    kind: ClassVar[ReplyKind] = "refused"
    messages: ClassVar[dict[str, str]] = {
        "nl": "Sorry, /{command} is alleen voor beheerders.",
        "en": "Sorry, /{command} is for admins only.",
    }


class TooLong(UserError):
    """The question is longer than the configured cap."""

    kind: ClassVar[ReplyKind] = "refused"
    messages: ClassVar[dict[str, str]] = {
        "nl": "Je vraag is te lang (maximaal {limit} tekens). Kun je hem korter stellen?",
        "en": "Your question is too long (at most {limit} characters). Could you make it shorter?",
    }


class ReadOnly(UserError):
    """An admin asked a reader process (``knowledge.role = "reader"``) to change the knowledge base."""

    kind: ClassVar[ReplyKind] = "refused"
    messages: ClassVar[dict[str, str]] = {
        "nl": ("Deze instantie leest de kennisbank alleen; herladen en uploaden gaan via de schrijvende "
               "instantie."),
        "en": "This instance only reads the knowledge base; reload and upload through the writing instance.",
    }


class UnknownCommand(UserError):
    """A command name that is not in the table."""

    kind: ClassVar[ReplyKind] = "info"
    messages: ClassVar[dict[str, str]] = {
        "nl": "Die opdracht ken ik niet: /{command}. Typ /hulp voor de lijst.",
        "en": "I don't know that command: /{command}. Type /help for the list.",
    }


class UsageError(UserError):
    """Missing or malformed command arguments; ``problem`` picks the reason, ``usage`` is shown."""

    kind: ClassVar[ReplyKind] = "info"
    messages: ClassVar[dict[str, str]] = {
        "nl": "{reason}\nGebruik: {usage}",
        "en": "{reason}\nUsage: {usage}",
    }
    PROBLEMS: ClassVar[dict[str, dict[str, str]]] = {
        "missing": {"nl": "Ontbreekt: {arg}.", "en": "Missing: {arg}."},
        "unknown_arg": {"nl": "Onbekend argument: {arg}.", "en": "Unknown argument: {arg}."},
        "season": {"nl": "Geen geldig seizoen: {value}.", "en": "Not a valid season: {value}."},
    }

    def __init__(self, problem: str, usage: str | Bilingual, **params: object) -> None:
        self.problem = problem
        super().__init__(usage=usage, **params)

    def text(self, lang: str) -> str:
        """The friendly message in ``lang`` (Dutch when the language is unknown)."""
        reasons = self.PROBLEMS.get(self.problem, {"nl": self.problem, "en": self.problem})
        params = localize(self.params, lang)
        reason = (reasons.get(lang) or reasons["nl"]).format(**params)
        template = self.messages.get(lang) or self.messages["nl"]
        return template.format(reason=reason, usage=params["usage"])


class EmptyQuestion(UserError):
    """An empty message."""

    kind: ClassVar[ReplyKind] = "info"
    messages: ClassVar[dict[str, str]] = {
        "nl": "Stel me een vraag over de Formule 1, of typ /hulp.",
        "en": "Ask me a question about Formula 1, or type /help.",
    }


class UploadError(UserError):
    """An uploaded article was rejected; ``problem`` picks the reason (see ``PROBLEMS``)."""

    kind: ClassVar[ReplyKind] = "refused"
    messages: ClassVar[dict[str, str]] = {
        "nl": "Upload geweigerd: {reason}",
        "en": "Upload rejected: {reason}",
    }
    PROBLEMS: ClassVar[dict[str, dict[str, str]]] = {
        "extension": {
            "nl": "alleen .txt-bestanden worden geaccepteerd.",
            "en": "only .txt files are accepted.",
        },
        "name": {
            "nl": "ongeldige bestandsnaam (gebruik letters, cijfers, '-', '_' en '.txt').",
            "en": "invalid file name (use letters, digits, '-', '_' and '.txt').",
        },
        "size": {
            "nl": "het bestand is te groot (maximaal {limit} bytes).",
            "en": "the file is too large (at most {limit} bytes).",
        },
        "empty": {
            "nl": "het bestand is leeg.",
            "en": "the file is empty.",
        },
        "encoding": {
            "nl": "het bestand is geen geldige UTF-8-tekst.",
            "en": "the file is not valid UTF-8 text.",
        },
        "missing": {
            "nl": "stuur een .txt-bestand mee als bijlage of document.",
            "en": "attach a .txt file as an attachment or document.",
        },
        "save": {
            "nl": "het bestand kon niet worden opgeslagen.",
            "en": "the file could not be saved.",
        },
        "parse": {
            "nl": "het artikel kon niet worden verwerkt ({detail}).",
            "en": "the article could not be processed ({detail}).",
        },
    }

    def __init__(self, problem: str, **params: object) -> None:
        self.problem = problem
        super().__init__(**params)

    def text(self, lang: str) -> str:
        """The friendly message in ``lang`` (Dutch when the language is unknown)."""
        reasons = self.PROBLEMS.get(self.problem, self.PROBLEMS["parse"])
        reason = (reasons.get(lang) or reasons["nl"]).format(**{"detail": self.problem,
                                                                 **localize(self.params, lang)})
        template = self.messages.get(lang) or self.messages["nl"]
        return template.format(reason=reason)
