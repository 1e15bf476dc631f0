"""knowledge.text: article headers, sentence splitting, accent folding, ordinals, language."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.extract import ParsedArticle
from knowledge.text import (
    detect_language,
    fold,
    normalise,
    ordinal_en,
    ordinal_nl,
    ordinal_value,
    points_phrase,
    repair_mojibake,
    split_header,
    split_sentences,
)

Parse = Callable[..., ParsedArticle]

# --- header ----------------------------------------------------------------------------------------


def test_date_line_year_month() -> None:
    header, body = split_header("date 2024-12\nNorris sloot het jaar af als tweede.\n")
    assert (header.year, header.month, header.day) == (2024, 12, None)
    assert body.startswith("Norris sloot")
    assert "date" not in body


def test_date_line_with_day() -> None:
    header, body = split_header("date 2024-05-26\n\nLeclerc won eindelijk thuis.")
    assert (header.year, header.month, header.day) == (2024, 5, 26)
    assert body.strip() == "Leclerc won eindelijk thuis."


def test_title_and_lang_lines_any_order() -> None:
    header, body = split_header("title Een zware middag\nlang en\ndate 2023-10\n\nPerez crashed early on.")
    assert header.title == "Een zware middag"
    assert header.lang == "en"
    assert (header.year, header.month) == (2023, 10)
    assert body.strip() == "Perez crashed early on."


def test_lang_is_cut_to_two_letters() -> None:
    header, _ = split_header("lang NL-be\nVerstappen won.")
    assert header.lang == "nl"


def test_inline_date_after_caption() -> None:
    text = (
        "Sergio Pérez in zijn Red Bull tijdens de training (Foto: ANP) date 2024-10 "
        "Sergio Pérez beleefde in Mexico een weekend om snel te vergeten."
    )
    header, body = split_header(text)
    assert (header.year, header.month) == (2024, 10)
    assert body.startswith("Sergio Pérez beleefde")
    assert "Foto" not in body  # the caption before the inline date is dropped


def test_inline_date_later_in_text_is_not_a_header() -> None:
    text = "Verstappen won. " + "Hij reed foutloos. " * 30 + "date 2024-10 Norris werd tweede."
    header, body = split_header(text)
    assert header.year is None
    assert body == text


def test_no_date() -> None:
    header, body = split_header("Lando Norris won in Miami.\n")
    assert header.year is None and header.month is None and header.title is None
    assert body == "Lando Norris won in Miami.\n"


def test_invalid_month_is_dropped_but_year_kept() -> None:
    header, _ = split_header("date 2024-13\nTekst.")
    assert header.year == 2024
    assert header.month is None


def test_bom_is_ignored() -> None:
    header, body = split_header("\ufeffdate 2023-07\nHamilton werd derde.")
    assert header.year == 2023
    assert body == "Hamilton werd derde."


# --- sentences ---------------------------------------------------------------------------------


def test_sentences_split_on_end_punctuation() -> None:
    sents = split_sentences("Verstappen won. Norris werd tweede! Wie had dat gedacht? Niemand.")
    assert [s.text for s in sents] == [
        "Verstappen won.",
        "Norris werd tweede!",
        "Wie had dat gedacht?",
        "Niemand.",
    ]
    assert [s.index for s in sents] == [0, 1, 2, 3]


@pytest.mark.parametrize(
    "text",
    [
        "Er waren o.a. problemen met de remmen bij Red Bull.",
        "Het was bijv. Sainz die als eerste reageerde.",
        "Het duel Verstappen vs. Norris was het hoogtepunt.",
        "De zege van Carlos Sainz Jr. kwam als verrassing.",
        "Teambaas Ir. Jansen was tevreden over het resultaat.",
        "Ook A. Albon kwam aan de finish.",
    ],
)
def test_abbreviations_do_not_end_sentences(text: str) -> None:
    assert [s.text for s in split_sentences(text)] == [text]


def test_paragraphs_are_numbered_and_lines_joined() -> None:
    body = "Eerste alinea,\nover twee regels. Nog een zin.\n\n\nTweede alinea hier.\n  \nDerde."
    sents = split_sentences(body)
    assert [(s.paragraph, s.text) for s in sents] == [
        (0, "Eerste alinea, over twee regels."),
        (0, "Nog een zin."),
        (1, "Tweede alinea hier."),
        (2, "Derde."),
    ]


@pytest.mark.parametrize(
    "credit", ["(Getty Images)", "(Foto: ANP)", "(Photo: Red Bull Content Pool)", "(Reuters)"]
)
def test_photo_credits_are_dropped(credit: str) -> None:
    sents = split_sentences(f"Verstappen viert zijn zege op het podium {credit}\n\nHij was blij.")
    assert sents[0].text == "Verstappen viert zijn zege op het podium"
    assert all("Getty" not in s.text and "ANP" not in s.text and "Reuters" not in s.text for s in sents)


def test_credit_only_lines_vanish() -> None:
    sents = split_sentences("(Getty Images)\n\nNorris won.")
    assert [s.text for s in sents] == ["Norris won."]


def test_empty_and_punctuation_only_bodies_have_no_sentences() -> None:
    assert split_sentences("") == []
    assert split_sentences("  \n\n ... !!! \n") == []


def test_sentence_starting_with_quote_or_digit_is_split() -> None:
    sents = split_sentences('Hij baalde. "Dit is zuur," zei hij. 2024 was zijn jaar.')
    assert len(sents) == 3


# --- fold / normalise ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw, folded",
    [
        ("Pérez", "perez"),
        ("Hülkenberg", "hulkenberg"),
        ("Räikkönen", "raikkonen"),
        ("Autódromo Hermanos Rodríguez", "autodromo hermanos rodriguez"),
        ("São Paulo", "sao paulo"),
        ("Bakoe – ’t circuit", "bakoe - 't circuit"),
        ("VERSTAPPEN", "verstappen"),
    ],
)
def test_fold_strips_accents_and_lowercases(raw: str, folded: str) -> None:
    assert fold(raw) == folded


@pytest.mark.parametrize(
    "raw", ["Pérez", "ß and ǅ", "Ĳsselmeer", "ﬁnish", "naïve “quotes” — dash", "Hülkenberg½"]
)
def test_fold_keeps_length(raw: str) -> None:
    assert len(fold(raw)) == len(raw)


def test_fold_of_many_distinct_rare_characters_keeps_length_and_folds_after_the_table_is_full() -> None:
    # a hostile text of thousands of distinct characters: the cached table stops growing, folding goes on
    rare = "".join(chr(c) for c in range(0x4E00, 0x4E00 + 10_000))
    assert len(fold(rare)) == len(rare)
    assert fold("Pérez “Ĳ” " + rare[:5]) == 'perez "ĳ" ' + rare[:5]


def test_normalise_keeps_length_for_common_punctuation_and_drops_controls() -> None:
    raw = "“Ik won” – zei hij\x07"
    out = normalise(raw)
    assert len(out) == len(raw)
    assert out.startswith('"Ik won" - zei hij')
    assert "\x07" not in out


# --- ordinals / language ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "token, value",
    [
        ("derde", 3),
        ("third", 3),
        ("3e", 3),
        ("3rd", 3),
        ("p3", 3),
        ("21st", 21),
        ("elfde", 11),
        ("twintigste", 20),
        ("22nd", 22),
        ("3", None),
        ("p99", None),
        ("banaan", None),
    ],
)
def test_ordinal_value(token: str, value: int | None) -> None:
    assert ordinal_value(token) == value


def test_ordinal_words_round_trip() -> None:
    for n in range(1, 21):
        assert ordinal_value(ordinal_nl(n)) == n
        assert ordinal_value(ordinal_en(n)) == n
    assert ordinal_nl(40) == "40e"
    assert ordinal_en(40) == "40th"


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Hoe eindigde Pérez in Mexico?", "nl"),
        ("Wie won de race in Bakoe?", "nl"),
        ("Where did Perez finish in Mexico?", "en"),
        ("Who won the race in Baku?", "en"),
        ("Verstappen?", "nl"),  # a tie goes to Dutch
    ],
)
def test_detect_language(text: str, lang: str) -> None:
    assert detect_language(text) == lang


@pytest.mark.parametrize(
    "mangled, fixed",
    [
        ("Sergio PĂ©rez won", "Sergio Pérez won"),  # UTF-8 read as Windows-1250
        ("Sergio PÃ©rez won", "Sergio Pérez won"),  # ... as Windows-1252
        ("Hamiltonâ€™s car", "Hamilton’s car"),
        ("Ã©Ã©n keer", "één keer"),
        ("Kimi RĂ¤ikkĂ¶nen", "Kimi Räikkönen"),
    ],
)
def test_mojibake_is_put_back(mangled: str, fixed: str) -> None:
    assert repair_mojibake(mangled) == fixed


@pytest.mark.parametrize(
    "text",
    ["Räikkönen en Pérez, één keer", "Hülkenberg – Ocon", "naïef ‘citaat’", "Ĺ½ is geen woord", "São Paulo"],
)
def test_real_accents_stay(text: str) -> None:
    assert repair_mojibake(text) == text


def test_a_mangled_article_reads_like_a_clean_one(parse: Parse) -> None:
    clean = parse("Sergio Pérez werd in Imola derde.")
    mangled = parse("Sergio PĂ©rez werd in Imola derde.")
    assert [(f.kind, f.driver, f.position) for f in mangled.facts] == [
        (f.kind, f.driver, f.position) for f in clean.facts
    ]
    assert ("finish", "perez", 3) in [(f.kind, f.driver, f.position) for f in clean.facts]


@pytest.mark.parametrize(
    "body, expected",
    [
        # a headline line and a summary line without full stops, then the article: each its own sentence
        (
            "Norris wins the Dutch Grand Prix from pole position\nVerstappen second after a slow stop\n"
            "Norris led from start to finish.",
            [
                "Norris wins the Dutch Grand Prix from pole position",
                "Verstappen second after a slow stop",
                "Norris led from start to finish.",
            ],
        ),
        # a line broken inside a sentence goes on in lower case: one sentence
        (
            "Norris led from the start.\nHe won the Dutch Grand Prix on Sunday\nby more than twenty seconds.",
            [
                "Norris led from the start.",
                "He won the Dutch Grand Prix on Sunday by more than twenty seconds.",
            ],
        ),
        # drivers listed with their teams, one per line: one list, read as one sentence
        (
            "Startopstelling:\nLando Norris - McLaren Mercedes\nMax Verstappen - Red Bull Racing Honda\n"
            "Oscar Piastri - McLaren Mercedes",
            [
                "Startopstelling:",
                "Lando Norris - McLaren Mercedes Max Verstappen - Red Bull Racing Honda"
                " Oscar Piastri - McLaren Mercedes",
            ],
        ),
        # the points of a summary, and headlines joined by a bullet, are sentences of their own
        (
            "Norris wint in Zandvoort \u2022 Pole voor Verstappen\n- Piastri valt uit met remproblemen\n"
            "- Leclerc pakt de snelste ronde",
            [
                "Norris wint in Zandvoort",
                "Pole voor Verstappen",
                "- Piastri valt uit met remproblemen",
                "- Leclerc pakt de snelste ronde",
            ],
        ),
        # but a list of drivers with bullets stays one list
        (
            "Stand:\n- Norris (McLaren) 120 punten\n- Verstappen (Red Bull) 110 punten\n"
            "- Piastri (McLaren) 98 punten",
            [
                "Stand:",
                "- Norris (McLaren) 120 punten - Verstappen (Red Bull) 110 punten"
                " - Piastri (McLaren) 98 punten",
            ],
        ),
        # short lines (a name, a label) are no headlines
        (
            "Norris won in Zandvoort.\nDoor Jan Jansen\nHij leidde van start tot finish.",
            ["Norris won in Zandvoort.", "Door Jan Jansen Hij leidde van start tot finish."],
        ),
    ],
)
def test_a_headline_line_is_a_sentence_of_its_own(body: str, expected: list[str]) -> None:
    assert [s.text for s in split_sentences(body)] == expected


@pytest.mark.parametrize(
    "body, first",
    [
        # a quote that opens the next sentence ends this one: the Dutch ",,", "„" and "“" too
        ('Pérez werd tweede. ,,Dit was een goede race", zei Verstappen.', "Pérez werd tweede."),
        ("Pérez werd tweede. „Dit was een goede race”, zei Verstappen.", "Pérez werd tweede."),
        ("Pérez was second. “It was a good race,” said Verstappen.", "Pérez was second."),
        # a comma pair inside a sentence is no quote that opens one
        (
            'Pérez werd tweede, ,,een goede race" volgens hem.',
            'Pérez werd tweede, ,,een goede race" volgens hem.',
        ),
    ],
)
def test_a_quote_opens_the_next_sentence(body: str, first: str) -> None:
    assert split_sentences(body)[0].text == first


@pytest.mark.parametrize(
    "body, first",
    [
        # a heading glued to the sentence under it, told by a capital subordinator and a name after it
        (
            "Verstappen snel na safetycar Nadat Kimi Räikkönen uitviel, kwam de safetycar.",
            "Verstappen snel na safetycar",
        ),
        ("Drama in lap one While Hamilton pitted, Bottas led.", "Drama in lap one"),
        # no split: a lower-case subordinator, or one at the start
        ("Verstappen won nadat Kimi uitviel.", "Verstappen won nadat Kimi uitviel."),
        ("Nadat Kimi uitviel, won Verstappen.", "Nadat Kimi uitviel, won Verstappen."),
    ],
)
def test_a_glued_heading(body: str, first: str) -> None:
    assert split_sentences(body)[0].text == first


@pytest.mark.parametrize(
    ("value", "lang", "text"),
    [
        (1, "nl", "1 punt"),
        (25, "nl", "25 punten"),
        (1, "en", "1 point"),
        (369.5, "en", "369.5 points"),
        (369.5, "nl", "369,5 punten"),
    ],
)
def test_points_with_their_noun(value: float, lang: str, text: str) -> None:
    assert points_phrase(value, lang) == text


@pytest.mark.parametrize(
    "token, value",
    [
        ("thirty-eight", 38),
        ("twenty one", 21),
        ("achtendertig", 38),
        ("tweeentwintig", 22),  # "tweeëntwintig", folded
        ("tien", 10),
        ("38", 38),
        ("thirty", 30),
    ],
)
def test_cardinal_values_written_out(token: str, value: int) -> None:
    from knowledge.text import cardinal_value

    assert cardinal_value(token) == value


@pytest.mark.parametrize("token", ["thirtyeight", "achtendertigste", "eight-thirty"])
def test_no_cardinal_of_other_words(token: str) -> None:
    from knowledge.text import cardinal_value

    assert cardinal_value(token) is None
