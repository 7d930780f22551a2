"""Quotations: any common marks, mismatched pairs, attributions, runs, and reliable inline ones."""

from __future__ import annotations

import pytest

from editor.importing import import_text
from editor.model import QUOTE_TOKEN


def _one(paragraphs: str, language: str | None = None) -> tuple[list[tuple], str]:
    article = import_text(f"Headline\nNews:\n{paragraphs}", language=language).article
    bank = [(q.id, q.words, q.speaker, q.role, q.attribution) for q in article.quotations]
    return bank, article.sections[0].body


@pytest.mark.parametrize(
    ("marks", "words"),
    [
        ("“{}”", "Boats sail at dawn."),
        ("«{}»", "Boats sail at dawn."),
        ("„{}“", "Boats sail at dawn."),
        ('"{}"', "Boats sail at dawn."),
        ("‘{}’", "Boats sail at dawn."),
        ("‹{}›", "Boats sail at dawn."),
        ("”{}”", "Boats sail at dawn."),
        ("«{}”", "Boats sail at dawn."),  # mismatched, as drafts have them
        ("“{}»", "Boats sail at dawn."),
        ("« {} »", "Boats sail at dawn."),  # French spacing
    ],
)
def test_whole_paragraph_in_any_common_marks_is_a_quotation(marks: str, words: str) -> None:
    bank, body = _one(marks.format(words))
    assert bank == [("q1", words, "", "", "")]
    assert body == "[[quote:q1]]"


@pytest.mark.parametrize(
    ("paragraph", "words", "speaker", "role"),
    [
        ("“Boats sail at dawn,” said Ana Lind.", "Boats sail at dawn.", "Ana Lind", ""),
        (
            "“Boats sail at dawn”, says port analyst Ana Lind.",
            "Boats sail at dawn.",
            "Ana Lind",
            "port analyst",
        ),
        ("“Boats sail at dawn” — said Ana Lind.", "Boats sail at dawn.", "Ana Lind", ""),
        ("“Boats sail at dawn,” Ana Lind said.", "Boats sail at dawn.", "Ana Lind", ""),
        (
            "«Лодки выходят на рассвете», — заявил капитан Иван Серов.",
            "Лодки выходят на рассвете.",
            "Иван Серов",
            "капитан",
        ),
        (
            "“Tekneler şafakta çıkar,” dedi Liman Müdürü Ece Kaya.",
            "Tekneler şafakta çıkar.",
            "Ece Kaya",
            "Liman Müdürü",
        ),
        (
            "«القوارب تبحر فجرًا»، قال مدير الميناء سامي نور.",
            "القوارب تبحر فجرًا.",
            "سامي نور",
            "مدير الميناء",
        ),
        (
            "“Boats sail at dawn.” — Ana Lind, harbour master",
            "Boats sail at dawn.",
            "Ana Lind",
            "harbour master",
        ),
    ],
)
def test_attribution_after_the_quotation_gives_a_sentence_a_speaker_and_a_role(
    paragraph: str, words: str, speaker: str, role: str
) -> None:
    # Set as a block quotation: the words end as a sentence, and the line under them is
    # the speaker and role (an empty attribution); the report keeps the paragraph.
    bank, body = _one(paragraph)
    assert bank == [("q1", words, speaker, role, "")]
    assert body == "[[quote:q1]]"


def test_quotation_running_over_paragraphs_closes_in_the_last() -> None:
    bank, body = _one(
        "«Первый абзац цитаты.\n«Второй абзац.\nТретий и последний», — сказала Анна Белова.\n"
        "Обычный абзац."
    )
    assert bank == [
        (
            "q1",
            "Первый абзац цитаты.\n«Второй абзац.\nТретий и последний.",
            "Анна Белова",
            "",
            "",
        )
    ]
    assert body == "[[quote:q1]]\n\nОбычный абзац."


def test_quotation_that_never_closes_stays_text() -> None:
    text = "“An opening mark and no end.\nA second paragraph.\nA third."
    bank, body = _one(text)
    assert bank == []
    assert body == "“An opening mark and no end.\n\nA second paragraph.\n\nA third."


@pytest.mark.parametrize(
    "paragraph",
    [
        "“One,” she said, “and two.”",  # closes early: two quotations in one sentence
        "“Boats sail at dawn,” said",  # a verb but nobody to say it
        "“Boats.” The harbour then closed for the night.",  # a new sentence follows
        "“Boats sail at dawn,” said, “as always.”",  # a second quotation follows
    ],
)
def test_paragraph_that_is_not_cleanly_one_quotation_stays_text(paragraph: str) -> None:
    bank, body = _one(paragraph)
    assert bank == []
    assert QUOTE_TOKEN.search(body) is None


# The clause is the line under the words, without the comma that joined them and without
# the full stop, which ends the words now.
@pytest.mark.parametrize(
    ("paragraph", "attribution"),
    [
        ("“Boats sail at dawn,” he said.", "he said"),
        ("“Boats sail at dawn,” said the harbour master.", "said the harbour master"),
    ],
)
def test_quotation_attributed_to_no_name_goes_to_the_bank_without_speaker(
    paragraph: str, attribution: str
) -> None:
    bank, body = _one(paragraph)
    assert bank == [("q1", "Boats sail at dawn.", "", "", attribution)]
    assert body == "[[quote:q1]]"


def test_apostrophes_inside_a_quotation_do_not_end_it() -> None:
    bank, _ = _one("“The workers’ union won’t wait,” said Ana Lind.")
    assert bank[0][1] == "The workers’ union won’t wait."


def test_nested_quotation_marks_stay_inside_the_words() -> None:
    bank, _ = _one("«Мы назвали паром „Север“ в честь края», — сказал Иван Серов.")
    assert bank[0][1] == "Мы назвали паром „Север“ в честь края."


@pytest.mark.parametrize(
    ("sentence", "words", "speaker", "role", "body"),
    [
        (
            'Harbour master Ana Lind said the channel was "deep enough for grain ships" today.',
            "deep enough for grain ships",
            "Ana Lind",
            "Harbour master",
            "Harbour master Ana Lind said the channel was [[quote:q1]] today.",
        ),
        (
            "Капитан Иван Серов считает, что «паром нужен круглый год».",
            "паром нужен круглый год",
            "Иван Серов",
            "Капитан",
            "Капитан Иван Серов считает, что [[quote:q1]].",
        ),
        (
            "وقال مدير الميناء سامي نور: «الميناء جاهز لاستقبال السفن».",
            "الميناء جاهز لاستقبال السفن",
            "سامي نور",
            "مدير الميناء",
            "وقال مدير الميناء سامي نور: [[quote:q1]].",
        ),
        (
            "It is “a port for everyone”, said Ana Lind.",
            "a port for everyone",
            "Ana Lind",
            "",
            "It is [[quote:q1]], said Ana Lind.",
        ),
    ],
)
def test_reliable_quotation_inside_a_sentence_goes_to_the_bank(
    sentence: str, words: str, speaker: str, role: str, body: str
) -> None:
    bank, got = _one(sentence)
    assert bank == [("q1", words, speaker, role, "")]
    assert got == body


@pytest.mark.parametrize(
    "sentence",
    [
        "The ferry “Aurora” left at noon.",  # a name in quotes, not a quotation
        "Critics called the plan “a monument to waste and delay”.",  # nobody named
        "The report, which he said was late, called it “a plan with no end”.",
        "She said it was ‘not the promise we were given’.",  # single marks: too unsure
    ],
)
def test_unreliable_quotation_inside_a_sentence_stays_as_written(sentence: str) -> None:
    bank, body = _one(sentence)
    assert bank == []
    assert body == sentence


def test_quotation_ids_are_short_stable_and_token_safe() -> None:
    text = "“One quote here.”\n“Two quote here.”\n“Three quote here.”"
    first = import_text(f"H\nNews:\n{text}").article
    second = import_text(f"H\nNews:\n{text}").article
    ids = [q.id for q in first.quotations]
    assert ids == ["q1", "q2", "q3"] == [q.id for q in second.quotations]
    assert [m.group(1) for m in QUOTE_TOKEN.finditer(first.sections[0].body)] == ids


def test_one_word_speaker_takes_the_full_name_quoted_before() -> None:
    bank, _ = _one(
        'Harbour master Ana Lind said the channel was "deep enough for grain ships".\n'
        "“We open on Monday,” said Lind."
    )
    assert [(q[2], q[3]) for q in bank] == [("Ana Lind", "Harbour master")] * 2


def test_arabic_name_after_the_verb_ends_at_a_preposition() -> None:
    bank, body = _one(
        "«الميناء جاهز لاستقبال السفن»، قال مدير الميناء سامي نور في مؤتمر صحفي عقده أمس "
        "في العاصمة."
    )
    assert [(q[2], q[3]) for q in bank] == [("سامي نور", "مدير الميناء")]
    assert body == "[[quote:q1]]"
