"""When a session starts, as a preview's schedule or a sentence tells it: "Race: 15.00 uur", "Kwalificatie:
16.00 – 17.00 uur", "Zondag gaat de race van start om 15:00 uur", "The race starts at 3pm".

The fact is kind "session_time": ``driver`` "", ``session`` the session ("race", "qualifying", "sprint"),
``detail`` the start as "HH:MM", ``unit`` the clock it is told in when the text names one ("local", "uk",
"nl", else None). Practice sessions, a restart ("hervat om 15.20 uur"), a time in a quote, a start of
another day's event ("de persconferentie begint om 12.00 uur") and a time on a lap ("de snelste ronde
van 1.12.345") give none.
"""

from __future__ import annotations

import re

from knowledge.extract.model import Fact
from knowledge.extract.phrases import Phrases, alt

# the session a schedule line or a sentence names
NL: Phrases = {
    "race": (r"(?:de )?race", r"(?:de )?wedstrijd", r"(?:de )?grand prix", r"(?:de )?gp"),
    "qualifying": (r"(?:de )?kwalificatie\w*", r"(?:de )?tijdtraining"),
    "sprint": (r"(?:de )?sprint(?:race)?",),
    # what starts it: "gaat van start om", "begint om", "start om"
    "starts": (
        r"(?:gaat|gaan|ging) (?:\w+ ){0,2}van start (?:om|vanaf)",
        r"(?:begint|beginnen|start|starten) (?:\w+ ){0,2}(?:om|vanaf)",
        r"(?:wordt|worden) (?:\w+ ){0,3}(?:verreden|gehouden) (?:om|vanaf)",
        r"staat (?:\w+ ){0,2}gepland (?:om|voor)",
    ),
    # the clock a time is told in
    "local": (r"lokale tijd", r"plaatselijke tijd"),
    "nl": (r"nederlandse tijd", r"belgische tijd", r"onze tijd"),
}
EN: Phrases = {
    "race": (r"(?:the )?race", r"(?:the )?grand prix", r"(?:the )?gp"),
    "qualifying": (r"qualifying", r"(?:the )?quali"),
    "sprint": (r"(?:the )?sprint(?: race)?",),
    "starts": (
        r"(?:starts|start|begins|gets underway|get underway|is scheduled to start|will start) "
        r"(?:\w+ ){0,2}at",
        r"lights out (?:is )?at",
    ),
    "local": (r"local time",),
    "uk": (r"uk time", r"bst", r"gmt"),
    "nl": (r"cet", r"cest"),
}

# ("7.10pm": the half of the day after the minutes)
_CLOCK = r"(?P<h>\d{1,2})[.:u](?P<mi>\d{2})(?:\s*(?P<half>am|pm)\b)?|(?P<h12>\d{1,2})\s*(?P<ampm>am|pm)\b"
_SESSION_KEYS = ("race", "qualifying", "sprint")
# "Race: 15.00 uur", "Kwalificatie: 16.00 – 17.00 uur", "Sprint: 16:30": a schedule line's item
_LINE_RE = re.compile(
    r"(?:^|(?<=[\s:.;]))(?P<session>"
    + alt(*(NL[k] for k in _SESSION_KEYS), *(EN[k] for k in _SESSION_KEYS))
    + r")\s*[:\-\u2013]\s*(?:(?:zaterdag|zondag|vrijdag|saturday|sunday|friday)\s*,?\s*)?(?P<clock>"
    + _CLOCK
    + r")(?:\s*(?:uur|u|h)\b)?"
)
# "gaat de race van start om 15:00 uur", "the race starts at 3pm"
_SENTENCE_RE = re.compile(
    r"\b(?P<session>"
    + alt(*(NL[k] for k in _SESSION_KEYS), *(EN[k] for k in _SESSION_KEYS))
    + r")\b(?:\s+\w+){0,3}?\s+(?:"
    + alt(NL["starts"], EN["starts"])
    + r")\s+(?P<clock>"
    + _CLOCK
    + r")(?:\s*(?:uur|u|h)\b)?"
)
# "gaat de race zondag om 15:00 uur van start": the verb after the time
_TIME_THEN_START_RE = re.compile(
    r"\b(?:gaat|begint|start) (?:de |het )?(?P<session>"
    + alt(*(NL[k] for k in _SESSION_KEYS))
    + r")\s+(?:\w+\s+){0,2}?om\s+(?P<clock>"
    + _CLOCK
    + r")(?:\s*uur)?"
)
_ZONES = (("local", "local"), ("uk", "uk"), ("nl", "nl"))
_ZONE_RES = [(z, re.compile(r"\s*\(?\s*(?:" + alt(NL.get(k, ()), EN.get(k, ())) + r")\b")) for k, z in _ZONES]
_RESTART_RE = re.compile(r"\b(?:herstart\w*|hervat\w*|restart\w*|resum\w*)\b")


def _session(word: str) -> str:
    w = re.sub(r"^(?:de|the)\s+", "", word)
    if w.startswith(("kwalificatie", "tijdtraining", "qualifying", "quali")):
        return "qualifying"
    if w.startswith("sprint"):
        return "sprint"
    return "race"


def _clock(m: re.Match[str]) -> str | None:
    """ "15.00" / "3pm" as "15:00", or None when it is no time of day."""
    h, mi, h12, ampm = m.group("h"), m.group("mi"), m.group("h12"), m.group("ampm")
    if h is not None:
        hour, minute = int(h), int(mi)
        if m.group("half") is not None and hour <= 12:
            hour = hour % 12 + (12 if m.group("half") == "pm" else 0)
    else:
        hour, minute = int(h12) % 12 + (12 if ampm == "pm" else 0), 0
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        return None
    return f"{hour:02d}:{minute:02d}"


def session_times(f: str, index: int) -> list[Fact]:
    """The session start times folded sentence ``f`` tells (a schedule's items, or a sentence)."""
    if not any(ch.isdigit() for ch in f) or _RESTART_RE.search(f):
        return []
    out: list[Fact] = []
    seen: set[str] = set()
    for rx in (_LINE_RE, _SENTENCE_RE, _TIME_THEN_START_RE):
        for m in rx.finditer(f):
            clock = _clock(m)
            session = _session(m.group("session"))
            if clock is None or session in seen:
                continue
            seen.add(session)
            zone = next((z for z, zrx in _ZONE_RES if zrx.match(f, m.end())), None)
            out.append(Fact("session_time", "", index, session=session, detail=clock, unit=zone))
    return out
