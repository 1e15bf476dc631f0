"""Text helpers: accent folding, article headers, sentence splitting, number words."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

_PUNCT_MAP = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
    }
)


@lru_cache(maxsize=4096)
def _fold_char(c: str) -> str:
    decomposed = unicodedata.normalize("NFKD", c)
    base = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    low = base.lower()
    # Keep one character per input character so offsets in folded text match the original.
    return low[0] if len(low) == 1 else (c.lower()[:1] or " ")


class _FoldTable(dict[int, str]):
    """``str.translate`` table that folds each character once, then serves it from the dict (C speed)."""

    #: distinct characters kept; hostile text of many rare characters is folded without growing the table
    LIMIT = 8192

    def __missing__(self, code: int) -> str:
        c = chr(code).translate(_PUNCT_MAP)
        value = c.lower() if c.isascii() else _fold_char(c)
        if len(self) < self.LIMIT:
            self[code] = value
        return value


_FOLD_TABLE = _FoldTable()


def fold(text: str) -> str:
    """Lower-case and strip accents, keeping the length: ``fold(s)[i]`` is the folding of ``s[i]``."""
    if text.isascii():
        return text.lower()
    return text.translate(_FOLD_TABLE)


# Mojibake: an article saved as UTF-8 bytes read as Windows-1252 or -1250 ("PÃ©rez", "PĂ©rez", "â€™").
# Such text always has a lead character of this set followed by another non-ASCII one.
_MOJIBAKE_HINT_RE = re.compile("[\u00c2-\u00c5\u00e2\u0102\u0139\u0143\u0154][^\x00-\x7f]")
_NON_ASCII_RUN_RE = re.compile("[^\x00-\x7f]{2,}")


def _unmangle(m: re.Match[str]) -> str:
    run = m.group(0)
    for codec in ("cp1252", "cp1250"):
        try:
            return run.encode(codec).decode("utf-8")
        except UnicodeError:
            continue
    return run  # real accented letters: their bytes in these codecs are no UTF-8


def repair_mojibake(text: str) -> str:
    """Text whose UTF-8 was read as Windows-1252/-1250 put back ("PĂ©rez" -> "Pérez"); other text as it is."""
    if not _MOJIBAKE_HINT_RE.search(text):
        return text
    return _NON_ASCII_RUN_RE.sub(_unmangle, text)


def normalise(text: str) -> str:
    """Repair mojibake, unify quotes, dashes and spaces, and strip control characters."""
    text = unicodedata.normalize("NFC", repair_mojibake(text)).translate(_PUNCT_MAP)
    if text.replace("\n", "").replace("\t", "").isprintable():
        return text  # the common case, checked in C: nothing to strip
    return "".join(c if c.isprintable() or c in "\n\t" else " " for c in text)


# --- article header -------------------------------------------------------------------------

_DATE_RE = re.compile(r"^\s*date\s+(\d{4})-(\d{1,2})(?:-(\d{1,2}))?\b[ \t]*\n?", re.IGNORECASE)
_INLINE_DATE_RE = re.compile(r"\s+date\s+(\d{4})-(\d{1,2})(?:-(\d{1,2}))?\s+(?=[A-Z\"'(])")
# The lookahead fails at once on a header word without a line end; without it the two space runs
# backtrack against each other over a long line (cubic time on "title" + a megabyte of spaces).
_HEADER_RE = re.compile(r"^\s*(title|source|lang)(?=[^\n]*\n)[ \t]*:?[ \t]+([^\n]*)\n", re.IGNORECASE)


@dataclass(frozen=True)
class Header:
    """The optional header of an article: date, title, source and language."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    title: str | None = None
    source: str | None = None
    lang: str | None = None


_LANG_VALUE_RE = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z]{2})?")


def _header_value_fits(h: re.Match[str]) -> bool:
    """Whether a header line's value is one its key takes: a language code after ``lang``; one word (an
    address) after ``source`` written without a colon. (A first sentence "Lang leek het erop ..." is none.)"""
    key, value = h.group(1).lower(), h.group(2).strip()
    if key == "lang":
        return _LANG_VALUE_RE.fullmatch(value) is not None
    if key == "source" and ":" not in h.group(0)[: h.start(2) - h.start()]:
        return " " not in value
    return True


def split_header(text: str) -> tuple[Header, str]:
    """Split the optional header lines (``date``, ``title``, ``source``, ``lang``) off an article.

    A ``date YYYY-MM`` may also stand inline, just before the first sentence of the body, after a
    leftover caption (as in articles scraped with their photo caption on the first line).
    """
    fields: dict[str, str] = {}
    year = month = day = None
    rest = text.lstrip("\ufeff")
    while True:
        m = _DATE_RE.match(rest)
        if m and year is None:
            year, month = int(m.group(1)), int(m.group(2))
            day = int(m.group(3)) if m.group(3) else None
            rest = rest[m.end() :]
            continue
        h = _HEADER_RE.match(rest)
        if h and not _header_value_fits(h):
            h = None  # "Lang leek het erop dat ...": the article's first sentence, no header line
        if h and h.group(1).lower() not in fields:
            fields[h.group(1).lower()] = h.group(2).strip()
            rest = rest[h.end() :]
            continue
        break
    if year is None:
        # An inline date in the first 300 characters: what precedes it is a caption, not the article.
        m2 = _INLINE_DATE_RE.search(rest[:300])
        if m2:
            year, month = int(m2.group(1)), int(m2.group(2))
            day = int(m2.group(3)) if m2.group(3) else None
            rest = rest[m2.end() :]
    if month is not None and not 1 <= month <= 12:
        month = None
    lang = fields.get("lang", "").lower()[:2] or None
    header = Header(year, month, day, fields.get("title"), fields.get("source"), lang)
    return header, rest


# --- sentences --------------------------------------------------------------------------------

_ABBREV = {
    "o.a",
    "m.a.w",
    "bijv",
    "mr",
    "dr",
    "vs",
    "st",
    "nr",
    "ca",
    "jr",
    "sr",
    "etc",
    "e.g",
    "i.e",
    "ir",
    "nat",
}
# Matching starts only where a run of sentence punctuation starts: a match from inside a run would end
# the same way, and trying each position of a long run ("....") made splitting quadratic.
# (a quote may open the next sentence: '"', "„", "“", "‘", "«", or the Dutch ",,"; or, after a full stop, a
# bullet's dash: a line of items run together, "... his 2020 campaign. - Alex Albon's P5 was ... - Renault
# have finished 8th"; not "... our assessment? - Getty Images", a caption's credit)
_SENT_END = re.compile(
    r"(?<![.!?])([.!?]+[\"')\]]*)(\s+)(?=(?:[\"'(\[„“‘«]|,,|(?<=\. )[-–•] )?[A-Z0-9ÀÁÂÄÉÈÊËÍÓÖÚÜŞ])"
)
# Likewise a line break with the spaces around it is matched from the start of its whitespace run only.
_LINE_BREAK_RE = re.compile(r"(?<!\s)\s*\n\s*")
_PARAGRAPH_RE = re.compile(r"\n\s*\n")
# (from the start of a whitespace run only: a long run of spaces would otherwise be tried at every space)
_BULLET_RE = re.compile(r"(?<!\s)\s+[\u2022\u25aa\u25cf]\s+")
# Longer "sentences" (a text without punctuation) are cut at a space: the parser's work per sentence
# grows faster than linearly with its mentions, and no real sentence comes near this length.
MAX_SENTENCE_CHARS = 1000
_CREDIT_RE = re.compile(
    r"\((?:Getty Images|Motorsport Images|AP|ANP|Reuters|Foto[^)]*|Photo[^)]*)\)\s*$", re.IGNORECASE
)


# A line that is a photo credit and nothing else: "Eric Alonso/Getty Images", "Image: Lars Baron/Getty
# Images", "Photo : Joe Klamar ( Getty Images )", "© Getty Images/Red Bull Content Pool" (its name is no
# driver's)
_AGENCY = (
    r"(?:getty images|afp|anp|reuters|motorsport images|lat images|xpb images|red bull content pool|belga)"
)
_CREDIT_LINE_RE = re.compile(
    r"(?:(?:(?:image|photo|foto|photograph|beeld|photo credit|credit)\s*:|©)\s*"
    r"(?:[^\s/:()][^/:()]{0,40}?\s*[/(]\s*)?"
    r"|[^\s/:()][^/:()]{0,40}?\s*/\s*)?" + _AGENCY + r"(?:\s*[/)][\w /()-]{0,60})?\s*",
    re.IGNORECASE,
)
_CREDIT_LINE_MAX = 100


@dataclass(frozen=True)
class Sentence:
    """A sentence of an article, with its paragraph number and position in the article."""

    index: int
    paragraph: int
    text: str


# "Verstappen snel na safetycar Nadat Kimi Räikkönen ...": a heading glued to the sentence under it, told by a
# subordinator with a capital (and a name after it) where no sentence can go on
_GLUED_HEADING_RE = re.compile(
    r"([A-Z][^.!?:]{2,58}?[a-z0-9]) (?=(?:Nadat|Terwijl|Doordat|Hoewel|Ondanks|Although|Despite|While) [A-Z])"
)
_GLUED_REACH = 60


def split_sentences(body: str) -> list[Sentence]:
    """Split an article body into sentences, paragraph by paragraph; photo credits are dropped.

    Linear in the length of ``body`` on any input; a piece longer than ``MAX_SENTENCE_CHARS`` is cut at
    spaces.
    """
    out: list[Sentence] = []
    paragraphs = _join_row_paragraphs([p for p in _PARAGRAPH_RE.split(body) if p.strip()])
    for pno, para in enumerate(paragraphs):
        pieces: list[str] = []
        # A short unpunctuated first line ("LOSERS: Lawson and Colapinto") is a heading, not the
        # start of the sentence on the next line.
        lines = para.strip().split("\n", 1)
        numbered = _NUMBERED_HEADING_RE.fullmatch(lines[0].strip()) if len(lines) == 2 else None
        if numbered and _is_heading(numbered.group(1)) and _opens_prose(lines[1].strip()):
            # "1. Verstappen is niet te stoppen" over a paragraph of prose: the numbered point of a piece
            # ("vijf conclusies"), its number no place
            pieces.append(numbered.group(1))
            para = lines[1]
        elif len(lines) == 2 and _is_heading(lines[0]) and not _ROW_PARA_RE.fullmatch(lines[0].strip()):
            pieces.append(lines[0].strip())
            para = lines[1]
        for block in _headline_blocks(para.strip()):
            para = _join_lines(block)
            start = 0
            for m in _SENT_END.finditer(para):
                # The word before the full stop, found backwards from it (slicing from ``start`` each time
                # was quadratic in a paragraph of many skipped abbreviations).
                space = para.rfind(" ", start, m.start())
                before = para[space + 1 if space >= 0 else start : m.start()].lower().rstrip(".")
                if m.group(1) == "." and (before in _ABBREV or (len(before) == 1 and before.isalpha())):
                    continue
                if m.group(1) == "." and _is_list_marker(para, space if space >= 0 else start - 1, before):
                    continue
                pieces.append(para[start : m.end(1)])
                start = m.end()
            pieces.append(para[start:])
        # "Hamilton wint in Spanje • Snelste ronde voor Verstappen": a bullet between two headlines ends one
        for piece in (x for p in pieces for x in (_BULLET_RE.split(p) if _has_bullet(p) else (p,))):
            piece = _strip_credit(piece.strip()).strip()
            if len(piece) <= _CREDIT_LINE_MAX and _CREDIT_LINE_RE.fullmatch(piece):
                continue
            glued = _GLUED_HEADING_RE.match(piece) if " " in piece[:_GLUED_REACH] else None
            parts = [piece[: glued.end(1)], *_cut_long(piece[glued.end() :])] if glued else _cut_long(piece)
            for part in parts:
                if len(part) >= 3 and any(c.isalpha() for c in part):
                    out.append(Sentence(len(out), pno, part))
    return out


def _join_row_paragraphs(paragraphs: list[str]) -> list[str]:
    """A list printed one row a paragraph ("- P1: Charles Leclerc / Ferrari", a blank line, "- P2: ..."),
    from its first row on and at least ``MIN_LIST_LINES`` rows long, joined into one paragraph of lines
    (bullets dropped), as a list printed one row per line is. A run that starts lower down is left as it is:
    its first rows may sit in the paragraph before it."""
    out: list[str] = []
    i = 0
    while i < len(paragraphs):
        rows: list[re.Match[str]] = []
        while i + len(rows) < len(paragraphs):
            m = _ROW_PARA_RE.fullmatch(paragraphs[i + len(rows)].strip())
            if m is None:
                break
            rows.append(m)
        first = (
            _FIRST_ROW_TAIL_RE.search(out[-1].strip())
            if rows and rows[0].group(2) == "2" and out and len(rows) + 1 >= MIN_LIST_LINES
            else None
        )
        if first is not None:
            # the first row glued to the heading before the rest: the heading, then the whole list
            heading = out[-1].strip()[: first.start()]
            out[-1] = heading + "\n" + "\n".join([first.group(1), *(m.group(1) for m in rows)])
            i += len(rows)
        elif rows and rows[0].group(2) == "1" and len(rows) >= MIN_LIST_LINES:
            out.append("\n".join(m.group(1) for m in rows))
            i += len(rows)
        else:
            out.append(paragraphs[i])
            i += 1
    return out


# a paragraph that is one row of a list: "- P5: Kevin Magnussen / Haas", "3. Hamilton (Mercedes)"
# ("2nd: Max Verstappen (Red Bull)": an English or Dutch ordinal's ending too)
# a numbered point's heading over its prose ("1. Verstappen is niet te stoppen"), and the prose under it: a
# sentence of some words that ends in a full stop (not the next row of a list)
_NUMBERED_HEADING_RE = re.compile(r"\d{1,2}[.)]\s+([A-Z][^.!?\n]{2,70})")
_SENTENCE_END_RE = re.compile(r"[.!?\"”](?:\s|$)")
_PROSE_WORDS = 8  # a sentence of prose has some words


def _opens_prose(text: str) -> bool:
    """Whether ``text`` opens with a line of prose: a capital, some words and a sentence end (not the next
    row of a list)."""
    first = text.split("\n", 1)[0]
    return (
        first[:1].isupper()
        and not _ROW_LINE_RE.match(first)
        and len(first.split()) >= _PROSE_WORDS
        and _SENTENCE_END_RE.search(first) is not None
    )


_ROW_PARA_RE = re.compile(
    r"(?:[-\u2022*]\s*)?((?:[Pp]|#)?(\d{1,2})(?:st|nd|rd|th|ste|de|e)?(?:[.):]\s*|\s+)[A-Z][^.!?\n]{0,80})"
)
# a heading whose last words are the list's first row: "Hungarian Grand Prix 2020 result 1st: Lewis Hamilton"
_FIRST_ROW_TAIL_RE = re.compile(r"\s((?:[Pp]|#)?1(?:st|e|ste)?[.):]\s*[A-Z][^.!?\n]{0,80})$")


def _has_bullet(text: str) -> bool:
    return "\u2022" in text or "\u25aa" in text or "\u25cf" in text


_LIST_ROW_RE = re.compile(r"(?:[Pp]|#)?\d{1,2}[.)]?\s+\S")
# A row line of a list printed one row per line: "1. Leclerc", "P2 Verstappen", "3 Max Verstappen".
_ROW_LINE_RE = re.compile(r"(?:[Pp]|#)?\d{1,2}(?:[.):]\s*|\s+)[A-Z]")
MIN_LIST_LINES = 3


def _headline_blocks(para: str) -> list[str]:
    """The paragraph cut after each line that is a headline or a summary line of its own: a line of some
    words without closing punctuation, followed by a line that starts with a capital ("Race delayed by an
    hour after Grosjean's crash" / "Haas driver escapes ..."). Rows of a table or list ("1 | Hamilton |",
    "Max Verstappen - Red Bull Racing") and lists printed one row per line stay together."""
    if "\n" not in para:
        return [para]
    lines = para.split("\n")
    if sum(1 for x in lines if _ROW_LINE_RE.match(x.strip())) >= MIN_LIST_LINES:
        return [para]
    blocks: list[str] = []
    current: list[str] = []
    for line, nxt in zip(lines, [*lines[1:], ""], strict=True):
        current.append(line)
        a, b = line.strip(), nxt.strip()
        if (
            _is_bullet_item(a)
            or _is_bullet_item(b)
            or (
                b[:1].isupper()
                and len(a.split()) >= _HEADLINE_WORDS
                and not _CLOSED_LINE_RE.search(a)
                and not _ROW_LIKE_RE.search(a)
            )
        ):
            blocks.append("\n".join(current))
            current = []
    if current:
        blocks.append("\n".join(current))
    return [b for b in blocks if b.strip()]


_HEADLINE_WORDS = 5
_BULLET_ITEM_RE = re.compile(r"[-\u2013\u2022*]\s+\S")
# a number of its own or a bracket: a row of a list ("- 2. Bottas (Mercedes) 326"), which stays in its list
_ROW_MARK_RE = re.compile(r"\(|\b\d+\b")


def _is_bullet_item(line: str) -> bool:
    """ "- Verstappen grijpt wel snelste raceronde": a point of a summary, a sentence of its own."""
    return _BULLET_ITEM_RE.match(line) is not None and _ROW_MARK_RE.search(line) is None


_CLOSED_LINE_RE = re.compile(r"[.!?:;,\"”’)…\-–]$")
# a row of a table or a list of drivers with their teams: "1 | Hamilton |", "23/06 Frankrijk",
# "Max Verstappen - Red Bull Racing-TAG Heuer"
_ROW_LIKE_RE = re.compile(r"\||^\d|^[^\s]+(?:\s[^\s]+){0,2}\s[-–]\s")


def _join_lines(para: str) -> str:
    """The paragraph's lines as running text. In a list printed one row per line ("1. Charles Leclerc -
    104 punten" over twenty lines) a line break ends a row, so the rows are joined with "; "."""
    lines = para.split("\n")
    if sum(1 for x in lines if _ROW_LINE_RE.match(x.strip())) < MIN_LIST_LINES:
        return _LINE_BREAK_RE.sub(" ", para)
    kept = [x.strip() for x in lines if x.strip()]
    # (a row that ends in a full stop, "2. Esteban Ocon, France, Renault, 87, +10.518 seconds.", ends with
    # "; " too: a full stop before "3." would end a sentence there and lose the next row's number)
    return (
        " ".join(
            x[:-1] + ";" if x[-1] == "." and _ROW_LINE_RE.match(x) else x if x[-1] in ".;:!?," else x + ";"
            for x in kept[:-1]
        )
        + " "
        + kept[-1]
    )


# a word of prose (lower case, four letters or more) between two row markers: "1. ... vanaf plek 2." is prose
_PROSE_WORD_RE = re.compile(r"(?<![\w-])[a-zß-ÿ]{4,}(?![\w-])")


@lru_cache(maxsize=64)
def _row_marker_re(n: int) -> re.Pattern[str]:
    """The marker of row ``n`` of a numbered list ("2. "), at the line start or after a space or comma."""
    return re.compile(rf"(?:^|[\s:,;(]){n}\.\s+[A-ZÀ-Þ]")


def _is_list_marker(para: str, space: int, before: str) -> bool:
    """ "1." or "20." opening a row of a results list ("The results: 1. Verstappen, 2. Hamilton"), not a
    sentence end: a number of one or two digits right after a colon, comma, semicolon or the line start."""
    if not (before.isdigit() and len(before) <= 2):
        return False
    prev = para[:space].rstrip()[-1:] if space > 0 else ""
    if prev in ("", ":", ",", ";", "("):
        return True
    row = _row_marker_re(int(before) - 1).search(para, max(0, space - 60), space) if before != "1" else None
    if row is not None and not _PROSE_WORD_RE.search(para, row.end(), space):
        return True  # "1. Lewis Hamilton 2. Max Verstappen": the next row of a list on one line
    # "GP Abu Dhabi 1. Max Verstappen": a short heading on the line of the list's first row
    head = para[max(0, space - 40) : space]
    return before == "1" and len(head.split()) <= 5 and space <= 40 and not any(c in head for c in ".!?")


def _strip_credit(piece: str) -> str:
    # A credit ends the piece and holds no ")" before its closing one, so it starts after the last
    # ")" but one; searching only there keeps a piece full of unclosed "(Foto" linear.
    if not piece.endswith(")"):
        return piece
    cut = piece.rfind(")", 0, len(piece) - 1) + 1
    return piece[:cut] + _CREDIT_RE.sub("", piece[cut:])


def _cut_long(piece: str) -> list[str]:
    if len(piece) <= MAX_SENTENCE_CHARS:
        return [piece]
    parts: list[str] = []
    start, end = 0, len(piece)
    while end - start > MAX_SENTENCE_CHARS:
        cut = piece.rfind(" ", start + 1, start + MAX_SENTENCE_CHARS + 1)
        if cut < 0:
            cut = start + MAX_SENTENCE_CHARS
        parts.append(piece[start:cut].strip())
        start = cut
        while start < end and piece[start].isspace():
            start += 1
    parts.append(piece[start:end])
    return parts


def _is_heading(line: str) -> bool:
    line = line.strip()
    if _LIST_ROW_RE.match(line):
        return False  # "1 Max Verstappen Red Bull": the first row of a table, not a heading over it
    return 0 < len(line) <= 60 and len(line.split()) <= 10 and not re.search(r"[.!?;,\"”’)]$", line)


# --- numbers ------------------------------------------------------------------------------------

ORDINALS_NL = [
    "eerste",
    "tweede",
    "derde",
    "vierde",
    "vijfde",
    "zesde",
    "zevende",
    "achtste",
    "negende",
    "tiende",
    "elfde",
    "twaalfde",
    "dertiende",
    "veertiende",
    "vijftiende",
    "zestiende",
    "zeventiende",
    "achttiende",
    "negentiende",
    "twintigste",
    "eenentwintigste",
    "tweeentwintigste",
]
ORDINALS_EN = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
    "twenty-first",
    "twenty-second",
]
CARDINALS_NL = [
    "een",
    "twee",
    "drie",
    "vier",
    "vijf",
    "zes",
    "zeven",
    "acht",
    "negen",
    "tien",
    "elf",
    "twaalf",
    "dertien",
    "veertien",
    "vijftien",
    "zestien",
    "zeventien",
    "achttien",
    "negentien",
    "twintig",
]
CARDINALS_EN = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
]

ORDINAL_WORDS: dict[str, int] = {}
for _i, _w in enumerate(ORDINALS_NL):
    ORDINAL_WORDS[_w] = _i + 1
for _i, _w in enumerate(ORDINALS_EN):
    ORDINAL_WORDS[_w] = _i + 1
CARDINAL_WORDS: dict[str, int] = {}
for _i, _w in enumerate(CARDINALS_NL):
    CARDINAL_WORDS[_w] = _i + 1
for _i, _w in enumerate(CARDINALS_EN):
    CARDINAL_WORDS[_w] = _i + 1
CARDINAL_WORDS["a"] = 1  # "a ten-second", no: only used after size words; harmless default
# round tens, as gaps and totals are written out ("opgelopen tot vijftig punten", "thirty points")
for _n, (_nl, _en) in enumerate(
    (
        ("dertig", "thirty"),
        ("veertig", "forty"),
        ("vijftig", "fifty"),
        ("zestig", "sixty"),
        ("zeventig", "seventy"),
        ("tachtig", "eighty"),
        ("negentig", "ninety"),
    ),
    start=3,
):
    CARDINAL_WORDS.setdefault(_nl, _n * 10)
    CARDINAL_WORDS.setdefault(_en, _n * 10)

ORDINAL_RE = (
    r"(?:(?:" + "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True)) + r")"
    r"|\d{1,2}(?:e|ste|de|st|nd|rd|th)|p\d{1,2})"
)
# compound numbers written out ("thirty-eight", "achtendertig", "tweeëntwintig" folded "tweeentwintig"): a
# pattern, not a longer list of words, so every rule that reads a number stays as fast
_UNITS_EN = {
    w: n for n, w in enumerate(("one", "two", "three", "four", "five", "six", "seven", "eight", "nine"), 1)
}
_UNITS_NL = {
    w: n for n, w in enumerate(("een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"), 1)
}
_TENS_EN = {
    w: n * 10
    for n, w in enumerate(("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"), 2)
}
_TENS_NL = {
    w: n * 10
    for n, w in enumerate(
        ("twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig"), 2
    )
}
# the words of the units and tens, for the counts' ordinals written out ("tweeënnegentigste", "ninety-second")
UNITS_NL = tuple(_UNITS_NL)
TENS_NL = tuple(_TENS_NL)
TENS_EN = tuple(_TENS_EN)
_COMPOUND_RE = re.compile(
    r"(?P<te>" + "|".join(_TENS_EN) + r")[- ](?P<ue>" + "|".join(_UNITS_EN) + r")"
    r"|(?P<un>" + "|".join(_UNITS_NL) + r")en(?P<tn>" + "|".join(_TENS_NL) + r")"
)
COMPOUND_CARDINAL_RE = (
    r"(?:(?:" + "|".join(_TENS_EN) + r")[- ](?:" + "|".join(_UNITS_EN) + r")"
    r"|(?:" + "|".join(_UNITS_NL) + r")en(?:" + "|".join(_TENS_NL) + r"))"
)
CARDINAL_RE = (
    r"(?:\d{1,3}|"
    + COMPOUND_CARDINAL_RE
    + "|"
    + "|".join(sorted(CARDINAL_WORDS, key=len, reverse=True))
    + r")"
)


def ordinal_value(token: str) -> int | None:
    """The number of an ordinal token such as ``derde``, ``3e``, ``3rd`` or ``P3`` (folded text)."""
    t = token.lower()
    if t in ORDINAL_WORDS:
        return ORDINAL_WORDS[t]
    m = re.fullmatch(r"p?(\d{1,2})(?:e|ste|de|st|nd|rd|th)?", t)
    if m and (t.startswith("p") or not t.isdigit()):
        n = int(m.group(1))
        return n if 1 <= n <= 30 else None
    return None


def seconds_ms(t: str) -> int:
    """Milliseconds of a time in seconds with a decimal point or comma ("2.545", "1,2": 2545, 1200)."""
    whole, _, frac = t.replace(",", ".").partition(".")
    return int(whole) * 1000 + int((frac + "00")[:3])


def cardinal_value(token: str) -> int | None:
    """The number of a cardinal token such as ``tien`` or ``10``."""
    t = token.lower()
    if t.isdigit():
        return int(t)
    compound = _COMPOUND_RE.fullmatch(t)
    if compound is not None:
        if compound.group("te"):
            return _TENS_EN[compound.group("te")] + _UNITS_EN[compound.group("ue")]
        return _TENS_NL[compound.group("tn")] + _UNITS_NL[compound.group("un")]
    return CARDINAL_WORDS.get(t)


def points_text(value: float, lang: str) -> str:
    """A number of points as the language writes it: "25", "369.5" in English, "369,5" in Dutch."""
    text = str(int(value)) if value == int(value) else f"{value:.1f}"
    return text.replace(".", ",") if lang == "nl" else text


def points_phrase(value: float, lang: str) -> str:
    """A number of points with its noun: "1 punt", "25 punten", "1 point", "369.5 points"."""
    nouns = ("punt", "punten") if lang == "nl" else ("point", "points")
    return f"{points_text(value, lang)} {nouns[0] if value == 1 else nouns[1]}"


def ordinal_nl(n: int) -> str:
    """A Dutch ordinal word ("derde") for n."""
    return ORDINALS_NL[n - 1] if 1 <= n <= len(ORDINALS_NL) else f"{n}e"


def lap_clock(ms: int) -> str:
    """A lap time in milliseconds as it is written: 91458 -> "1:31.458"."""
    return f"{ms // 60000}:{ms % 60000 // 1000:02d}.{ms % 1000:03d}"


def ordinal_en(n: int) -> str:
    """An English ordinal word ("third") for n."""
    return ORDINALS_EN[n - 1] if 1 <= n <= len(ORDINALS_EN) else f"{n}th"


# --- language -------------------------------------------------------------------------------------

_NL_WORDS = frozenset(
    """de het een en van in op is met wie wat waar waarom hoe welke werd wordt eindigde
    gebeurde
    er zich kreeg voor na bij aan niet ook maar dat die zijn hij naar heeft won wint kampioenschap
    plaats plek ging deed startte botste straf tijdstraf uit viel eindigt zij ze""".split()
)
_EN_WORDS = frozenset(
    """the a an and of in on is with who what where why how which did finish finished
    happened get got for after at to not also but that his he has won wins championship place position
    start started crash crashed penalty retired was were from do does
    winning margin gap lap laps tyre tyres points qualifying standings winner behind ahead faster slower
    quicker lead led many much""".split()
)


def detect_language(text: str, default: str = "nl") -> str:
    """``"nl"`` or ``"en"``, by counting common function words (``default`` wins ties)."""
    words = _WORD_RE.findall(fold(text))
    nl = sum(1 for w in words if w in _NL_WORDS)
    en = sum(1 for w in words if w in _EN_WORDS)
    return "en" if en > nl else "nl" if nl > en else default


_WORD_RE = re.compile(r"[a-z]+")
