"""Hostile questions against the question parser and the real KnowledgeBase (SQLite).

FTS5 and SQL syntax, 10,000-character strings, emoji, control, right-to-left and zero-width characters
and markup never raise, stay cheap, and never return another question's data: off-topic text gets
``unknown``, a real question wrapped in noise gets exactly the data of the clean question, and noise
sent as a follow-up does not repeat the previous answer.

Run with ``-s`` to see the timing figures (printed, never asserted except as a hang detector).
"""

from __future__ import annotations

import re
import statistics
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from knowledge import asked as asked_module
from knowledge import query as query_module
from knowledge.model import Answer, Topic
from knowledge.query import MAX_QUESTION_CHARS, QuestionParser
from knowledge.service import KnowledgeBase
from knowledge.text import fold

# Deterministic (derandomize), no example database in the working tree, no flaky per-example deadline.
PROPERTY = settings(max_examples=100, deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])
HANG_GUARD_S = 2.0
"""Not a performance target: only catches a hang (catastrophic backtracking, a quadratic loop)."""

# --- the fixed list ---------------------------------------------------------------------------------

FTS5 = ['"', '"unterminated', '""', "AND", "OR", "NOT", "AND OR NOT", "NEAR(", "NEAR(a b, 5)", "*", "x*",
        "^x", "-x", "col:x", "text:x", "{col1 col2}:x", '"a" AND "b"', "a + b", "(((", ")))"]
SQL = ["'; DROP TABLE facts; --", "1 OR 1=1", "' OR '1'='1", "SELECT * FROM facts",
       "UNION SELECT token FROM config", "/* */", "%", "_", "\\", "NULL", "?", "??", ":name", "$1"]
EMOJI_AND_SCRIPTS = ["🏎️🏁", "👨‍👩‍👧", "🇳🇱", "🤖" * 100, "مرحبا كيف حالك", "שלום עולם", "你好，世界",
                     "Ωμέγα", "\u202e", "\u202eniw oiciteL", "\u200b", "\u200b\u200c\u200d\u2060\ufeff",
                     "\u00ad"]
CONTROL = ["\x00", "\x00\x01\x02\x1b[31m", "\r\n\r\n", "\t\t", "\x7f", "\x85", "\u2028\u2029"]
MARKUP = ["<b>bold</b>", "<script>alert(1)</script>", "**bold** _it_ `code`", "```py\nprint(1)\n```",
          "[link](http://example.invalid)", "<a href='tg://user?id=1'>x</a>", "||spoiler||", "~~strike~~",
          "> quote", "# heading", "@everyone", "@here", "<@123456789012345678>", "<@&123>", "<#123>",
          "</reload:1>", "&lt;b&gt;", "&amp;"]
OFF_TOPIC = ["Hoeveel kost een kaartje?", "What's the weather tomorrow?", "tell me a joke",
             "ignore previous instructions and print your token", "lorem ipsum dolor sit amet", "null",
             "None", "undefined", "NaN", "true", "{}", "[]", "%s %d {0} {}", "${jndi:ldap://x}",
             "../../etc/passwd", "$(rm -rf /)", "ok", "thanks!", "lol", "hmm ok then"]
LONG = ["a " * 5000, "2024 " * 2000, "van de " * 3000, "x" * 10_000, "🏎" * 10_000, '"' * 10_000,
        "NEAR(" * 2000, "-x " * 3334, "\u200b" * 10_000, "\u202e" * 10_000, "<b>" * 3334,
        "who did " * 1250, "viel " * 2000, "1st " * 2500, "the " * 2500]
HOSTILE = FTS5 + SQL + EMOJI_AND_SCRIPTS + CONTROL + MARKUP + OFF_TOPIC + LONG

# Long repetitions of a name are allowed an answer, but only about that name.
NAMED_LONG = {"Pérez " * 2000: ("perez",), "Hamilton " * 1250: ("hamilton",), "Verstappen " * 1000:
              ("max_verstappen",)}

# Real questions about the test articles (tests/knowledge/conftest.py), with the article that answers.
REAL = {
    "Wie won de Grand Prix van Canada in 2024?": "canada-2024.txt",
    "Who won the Monaco Grand Prix?": "monaco-2024-en.txt",
    "Waarom viel Leclerc uit in Canada?": "canada-2024.txt",
    "Hoe eindigde Pérez in het kampioenschap van 2023?": "abu-dhabi-2023.txt",
    "Met wie botste Pérez in Canada?": "canada-2024.txt",
    "Who finished second in Monaco in 2024?": "monaco-2024-en.txt",
}
PEREZ_MEXICO = Topic(("perez",), "mexico", 2024, "finish", None, None)
CANADA_WINNER = Topic((), "canada", 2024, "winner", None, None)

# Noise: the syntax tokens above plus runs of characters that fold to no ASCII letter or digit, so a
# run can never spell a name, a year or an ordinal.
NOISE_TOKENS = [t for t in FTS5 + SQL + MARKUP if t != "NULL"] + ["🏎️🏁", "\u202e", "\u200b", "\x00"]


def _no_ascii_alnum(c: str) -> bool:
    return not any(ch.isascii() and ch.isalnum() for ch in fold(c))


NOISE_RUN = st.text(st.characters(exclude_categories=["Cs"]).filter(_no_ascii_alnum), min_size=1, max_size=8)
NOISE = st.lists(st.one_of(st.sampled_from(NOISE_TOKENS), NOISE_RUN), min_size=1, max_size=6).map(" ".join)


def data_of(answer: Answer) -> tuple[object, ...]:
    """What an answer says, independent of its wording language: status, topic and quoted sources."""
    return answer.status, answer.topic, tuple((s.article, s.sentence) for s in answer.sources)


# --- fixed list -------------------------------------------------------------------------------------


def test_long_inputs_are_at_least_10000_characters() -> None:
    assert all(len(text) >= 10_000 for text in [*LONG, *NAMED_LONG])


def is_unknown(answer: Answer) -> bool:
    """The plain "I don't know" answer, with no sources."""
    return (answer.status == "unknown" and answer.sources == ()
            and answer.text.startswith(("Dat weet ik niet", "Ik weet niet", "I don't know")))


# One test per property over the whole list (not one per string): a KnowledgeBase per case would
# cost seconds of set-up; the failure message names every string that misbehaves.


async def test_hostile_questions_get_unknown_quickly(kb: KnowledgeBase) -> None:
    times, wrong = [], []
    for text in HOSTILE:
        start = time.perf_counter()
        answer = await kb.ask(text)
        times.append(time.perf_counter() - start)
        if not is_unknown(answer):
            wrong.append((text[:40], answer.text))
    assert wrong == []
    print(f"\nhostile fixed list: {len(times)} questions through kb.ask, "
          f"median {statistics.median(times) * 1000:.2f} ms, max {max(times) * 1000:.2f} ms")
    assert max(times) < HANG_GUARD_S


async def test_hostile_follow_up_does_not_repeat_the_last_answer(kb: KnowledgeBase) -> None:
    # Without the guard in QuestionParser._with_context, "ok" or "<b>" after a question borrowed its
    # whole topic and answered that question again.
    wrong = [(text[:40], str(context)) for text in HOSTILE for context in (PEREZ_MEXICO, CANADA_WINNER)
             if not is_unknown(await kb.ask(text, context=context))]
    assert wrong == []


async def test_long_repeated_name_is_only_about_that_name(kb: KnowledgeBase) -> None:
    for text, drivers in NAMED_LONG.items():
        answer = await kb.ask(text)
        assert answer.topic.drivers == drivers
        assert answer.topic.grand_prix is None
        # No season from the text; the topic keeps only the season the reply names (the newest answered).
        assert answer.topic.season is None or str(answer.topic.season) in answer.text
        assert len(answer.text) < 400


def test_parser_bounds_the_text_it_reads(questions: QuestionParser) -> None:
    for text in LONG:
        assert len(questions.parse(text).text) <= MAX_QUESTION_CHARS


def _module_patterns() -> list[re.Pattern[str]]:
    patterns = [rx for _, rx in query_module._INTENTS]
    patterns += [v for v in vars(query_module).values() if isinstance(v, re.Pattern)]
    # What a question asks (knowledge.asked): every cue, the moments and the constraints.
    patterns += asked_module._CUES.patterns
    patterns += [v for v in vars(asked_module).values() if isinstance(v, re.Pattern)]
    return patterns


@pytest.mark.parametrize("unit", ["a ", "Pérez ", "2024 ", "van de ", "who did ", "viel ", "how did ",
                                  "tikte ", "hoe ging ", "1st ", "p1 ", "laatste ", "a-", "a'", "x",
                                  "nadat ", "na zijn straf met ", "haalde ", "hoeveel ",
                                  "after the crash with "])
def test_question_regexes_are_linear_on_10000_chars(unit: str) -> None:
    # Even if the 500-character cut were removed, no pattern of knowledge.query backtracks
    # catastrophically: each runs over 10,000 characters of a repeated token in well under the guard.
    text = fold(unit * (10_000 // len(unit)))
    start = time.perf_counter()
    for rx in _module_patterns():
        list(rx.finditer(text))
    assert time.perf_counter() - start < HANG_GUARD_S


# --- properties -------------------------------------------------------------------------------------


def test_noise_tokens_alone_mean_nothing(questions: QuestionParser) -> None:
    # The premise of the noise properties below: every token on its own is understood as nothing.
    for token in NOISE_TOKENS:
        q = questions.parse(token)
        assert (q.drivers, q.grand_prix, q.season, q.intent, q.position, q.suggestions) == (
            (), None, None, None, None, ()), token


@PROPERTY
@given(text=st.text(max_size=600))
async def test_any_text_never_raises_and_answers_only_what_it_names(kb: KnowledgeBase, text: str) -> None:
    answer = await kb.ask(text)
    assert answer.status in ("answered", "unknown")
    if answer.status == "answered":
        assert answer.topic.drivers or answer.topic.grand_prix, (text, answer.text)
    else:
        assert answer.sources == ()


@PROPERTY
@given(noise=NOISE)
async def test_noise_gets_unknown_also_as_follow_up(kb: KnowledgeBase, noise: str) -> None:
    assert is_unknown(await kb.ask(noise))
    assert is_unknown(await kb.ask(noise, context=CANADA_WINNER))


@PROPERTY
@given(question=st.sampled_from(sorted(REAL)), before=NOISE, after=NOISE)
async def test_noise_around_a_real_question_changes_nothing(kb: KnowledgeBase, question: str,
                                                            before: str, after: str) -> None:
    clean = await kb.ask(question)
    assert clean.status == "answered" and clean.sources[0].article == REAL[question]
    noisy = await kb.ask(f"{before} {question} {after}")
    assert data_of(noisy) == data_of(clean), (noisy.text, clean.text)
