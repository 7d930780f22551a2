"""A paragraph that is a quotation with its attribution is set as a sub-editor sets it.

“The new boats will be ready by March,” said Brandt. becomes a block quotation whose
words end as a sentence ("…by March.") and whose speaker is the name ("Ivo Brandt", the
full name the draft gave earlier): no "said", no comma closing the block, no final full
stop in the line under it. The paragraph as written is in the import report.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import docx
import pytest
from draft_fidelity import article_words, as_written
from import_helpers import assert_nothing_lost, comparable

from editor.importing import import_draft, import_text
from editor.importing.quotations import sentence_ended
from editor.render.build import build_document
from editor.render.formats import render_bytes
from editor.render.html import html_string
from editor.render.markdown import markdown_string
from editor.render.styles import HouseStyle
from editor.text.counts import words

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"

ENGLISH = (
    "The ferry line\n"
    "News:\n"
    "Board chair Ivo Brandt said the vote was “a clear answer to ten years of complaints”.\n"
    "“The new boats will be ready by March,” said Brandt.\n"
    "“Give us a winter without storms”, says Captain Sela Morrow.\n"
    "“Will the piers be ready in time?” said Sela Morrow.\n"
)


def _bank(text: str, fmt: str = "text") -> list[tuple[str, str, str, str]]:
    article = import_text(text, fmt=fmt).article
    return [(q.words, q.speaker, q.role, q.attribution) for q in article.quotations]


def _html_blockquotes(html: str) -> list[str]:
    """The text of each block quotation of an HTML export, its tags as spaces."""
    found = re.findall(r"<blockquote[^>]*>(.*?)</blockquote>", html, re.DOTALL)
    return [" ".join(re.sub(r"<[^>]+>", " ", quote).split()) for quote in found]


def test_english_quotation_paragraphs_end_as_sentences_and_name_their_speaker() -> None:
    assert _bank(ENGLISH) == [
        ("a clear answer to ten years of complaints", "Ivo Brandt", "Board chair", ""),
        # The comma before the closing mark is the full stop; "said Brandt." is the
        # speaker, by the full name and role the draft gave earlier.
        ("The new boats will be ready by March.", "Ivo Brandt", "Board chair", ""),
        # Nothing before the closing mark: the full stop is added.
        ("Give us a winter without storms.", "Sela Morrow", "Captain", ""),
        # A question stays a question.
        ("Will the piers be ready in time?", "Sela Morrow", "", ""),
    ]


@pytest.mark.parametrize(
    ("paragraph", "words", "speaker", "role"),
    [
        # (The plain cases of each language: test_import_quotations.py.)
        (
            "«Мост откроют в мае!» — сказала Анна Белова.",
            "Мост откроют в мае!",
            "Анна Белова",
            "",
        ),
        (
            "«هل تكفي المياه؟»، قال مدير الميناء سامي نور.",
            "هل تكفي المياه؟",
            "سامي نور",
            "مدير الميناء",
        ),
        # Urdu's full stop (۔) ends the clause, and so the words.
        (
            "“عمارت مکمل ہو چکی ہے”، نسرین اختر نے کہا۔",
            "عمارت مکمل ہو چکی ہے۔",
            "نسرین اختر",
            "",
        ),
    ],
)
def test_quotation_paragraphs_in_other_languages_end_as_sentences(
    paragraph: str, words: str, speaker: str, role: str
) -> None:
    assert _bank(f"Headline\nNews:\n{paragraph}") == [(words, speaker, role, "")]


@pytest.mark.parametrize(
    ("draft", "fmt", "words", "speaker"),
    [
        # A Markdown block quote holding the quotation and its clause.
        (
            "# Pazar\n\n> “Tezgâhlar kurulacak,” dedi Ayten Koral.\n",
            "markdown",
            "Tezgâhlar kurulacak.",
            "Ayten Koral",
        ),
        # An italic paragraph with an attribution line under it.
        (
            "# Ferry\n\n*The boats sail at dawn, whatever the weather*\n\n— said Ana Lind.\n",
            "markdown",
            "The boats sail at dawn, whatever the weather.",
            "Ana Lind",
        ),
        # A quotation over two paragraphs: the last one ends as a sentence.
        (
            "Headline\nNews:\n«Первый абзац.\nВторой и последний», — сказала Анна Белова.\n",
            "text",
            "Первый абзац.\nВторой и последний.",
            "Анна Белова",
        ),
    ],
)
def test_block_quotes_italic_paragraphs_and_runs_are_set_the_same_way(
    draft: str, fmt: str, words: str, speaker: str
) -> None:
    assert _bank(draft, fmt) == [(words, speaker, "", "")]


def test_a_clause_naming_nobody_stays_as_the_line_under_the_words() -> None:
    # No name to set: the clause is the attribution, without the comma that joined it to
    # the words and without the full stop, which now ends the words.
    assert _bank("Headline\nNews:\n“Boats sail at dawn,” he said.") == [
        ("Boats sail at dawn.", "", "", "he said")
    ]
    assert _bank("Headline\nNews:\n«Лодки выходят», — сказал он.") == [
        ("Лодки выходят.", "", "", "— сказал он")
    ]


def test_a_dash_line_as_the_exports_write_it_is_left_to_speaker_and_role() -> None:
    # "— Name, Role" is what the exports derive from the fields: nothing to keep apart.
    assert _bank("Headline\nNews:\n“Boats sail at dawn.” — Ana Lind, harbour master") == [
        ("Boats sail at dawn.", "Ana Lind", "harbour master", "")
    ]
    # Written otherwise, it is kept as written.
    assert _bank("Headline\nNews:\n“Boats sail at dawn.” – Ana Lind") == [
        ("Boats sail at dawn.", "Ana Lind", "", "– Ana Lind")
    ]


def test_the_paragraph_as_written_is_in_the_report() -> None:
    result = import_text(ENGLISH)
    written = [(aside.kind, aside.part, aside.text) for aside in result.set_aside]
    assert written == [
        ("quotation", "q2", "“The new boats will be ready by March,” said Brandt."),
        ("quotation", "q3", "“Give us a winter without storms”, says Captain Sela Morrow."),
        ("quotation", "q4", "“Will the piers be ready in time?” said Sela Morrow."),
    ]
    lines = result.explanation.lines()
    at = lines.index(
        "  quotation q2 (paragraph, section 1): Ivo Brandt, Board chair — "
        "“The new boats will be ready…”"
    )
    assert lines[at + 1] == "    as written: “The new boats will be ready by March,” said Brandt."
    # Setting a quotation is no problem to warn about: its words and speaker are all there.
    assert result.warnings == []
    # The article with the report's paragraphs put back reads the draft's words exactly.
    assert article_words(as_written(result)) == words(ENGLISH)
    assert_nothing_lost(ENGLISH, result)


def test_words_of_a_clause_beyond_its_speaker_and_role_stay_in_its_line() -> None:
    # They were left to the import's report, every export without them (a trial).
    draft = (
        "Headline\nNews:\n"
        "«Книги вернутся в августе», — сказала директор библиотеки Ирина Котова журналистам.\n"
        "«Мост откроется в мае», — сказал губернатор Олег Смирнов на церемонии открытия.\n"
    )
    result = import_text(draft)
    assert _bank(draft) == [
        (
            "Книги вернутся в августе.",
            "Ирина Котова",
            "директор библиотеки",
            "— Ирина Котова, директор библиотеки, журналистам",
        ),
        (
            "Мост откроется в мае.",
            "Олег Смирнов",
            "губернатор",
            "— Олег Смирнов, губернатор, на церемонии открытия",
        ),
    ]
    assert result.warnings == []
    assert_nothing_lost(draft, result)
    page = html_string(build_document(result.article, HouseStyle()), HouseStyle())
    assert "— Олег Смирнов, губернатор, на церемонии открытия" in page


def test_importing_again_gives_the_same_article() -> None:
    assert comparable(import_text(ENGLISH).article) == comparable(import_text(ENGLISH).article)


ARABIC = (
    "خطة المياه\nالخبر:\n"
    "«الأعمال ستنتهي في نهاية أيار»، قال مدير المشروع ماجد السالم.\n"
    "«هل تكفي المياه؟»، قالت رنا العموري.\n"
)


def test_arabic_speaker_and_role_are_joined_by_the_arabic_comma_in_the_exports() -> None:
    article = import_text(ARABIC).article
    style = HouseStyle()
    html = html_string(build_document(article, style), style)
    assert _html_blockquotes(html) == [
        "الأعمال ستنتهي في نهاية أيار. — ماجد السالم، مدير المشروع",
        "هل تكفي المياه؟ — رنا العموري",
    ]


@pytest.mark.parametrize("draft", [ENGLISH, ARABIC])
def test_a_markdown_export_imports_back_to_the_same_bank(draft: str) -> None:
    first = import_text(draft).article
    style = HouseStyle()
    exported = markdown_string(build_document(first, style))
    again = import_text(exported, fmt="markdown").article
    assert again.language == first.language
    fields = [(q.words, q.speaker, q.role, q.attribution) for q in first.quotations]
    assert [(q.words, q.speaker, q.role, q.attribution) for q in again.quotations] == fields


def test_the_ferry_sample_exports_block_quotations_as_a_sub_editor_sets_them() -> None:
    article = import_draft(SAMPLES / "ferry-line-en.txt").article
    style = HouseStyle()
    html = html_string(build_document(article, style), style)
    assert _html_blockquotes(html) == [
        "The boats are ordered, the crews are trained, and the piers will be ready by March. "
        "— Ivo Brandt, Board chair",
        "Give us a winter without storms and we will keep the clock. Give us an ordinary "
        "winter and you will see delays. — Sela Morrow, Captain",
    ]
    data = render_bytes(build_document(article, style), style, "docx")
    paragraphs = [p.text for p in docx.Document(io.BytesIO(data)).paragraphs]
    assert (
        "The boats are ordered, the crews are trained, and the piers will be ready by March."
        in paragraphs
    )
    assert "— Ivo Brandt, Board chair" in paragraphs
    assert "— Sela Morrow, Captain" in paragraphs
    assert not any(text.endswith("March,") or "said Brandt" in text for text in paragraphs)


def test_the_russian_sample_exports_its_quotation_as_a_sub_editor_sets_it() -> None:
    article = import_draft(SAMPLES / "library-ru.txt").article
    style = HouseStyle()
    html = html_string(build_document(article, style), style)
    assert _html_blockquotes(html) == [
        "Мы заменили крышу и отопление, осталось привести в порядок читальные залы. "
        "Книги вернутся на полки в августе. — Ирина Котова, директор библиотеки, журналистам"
    ]
    data = render_bytes(build_document(article, style), style, "docx")
    paragraphs = [p.text for p in docx.Document(io.BytesIO(data)).paragraphs]
    assert "Книги вернутся на полки в августе." in paragraphs
    assert "— Ирина Котова, директор библиотеки, журналистам" in paragraphs
    assert not any("сказала" in text for text in paragraphs)


@pytest.mark.parametrize(
    ("words", "ended"),
    [
        ("ready by March,", "ready by March."),
        ("ready by March ,", "ready by March."),
        ("ready by March", "ready by March."),
        ("ready by March.", "ready by March."),
        ("ready by March?", "ready by March?"),
        ("ready by March!", "ready by March!"),
        ("ready by March…", "ready by March…"),
        ("ready by —", "ready by —"),
        ("انتهى الأمر،", "انتهى الأمر."),
        ("hal böyle;", "hal böyle."),
        # A quotation inside the words, or emphasis, closes after the punctuation.
        ("he called it ‘the promise,’", "he called it ‘the promise.’"),
        ("he called it ‘the promise’", "he called it ‘the promise’."),
        ("we **start,**", "we **start.**"),
    ],
)
def test_words_end_as_a_sentence(words: str, ended: str) -> None:
    assert sentence_ended(words) == ended


def test_a_docx_draft_in_turkish_is_set_the_same_way_and_exports_so(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Pazar yeri yenileniyor", style="Title")
    document.add_paragraph("Haber:")
    document.add_paragraph("Belediye meclisi dün toplandı.")
    document.add_paragraph("“Tezgâhlar meydanda kurulacak,” dedi Başkan Yardımcısı Ayten Koral.")
    path = tmp_path / "pazar.docx"
    document.save(path)
    result = import_draft(path)
    article = result.article
    assert article.language == "tr"
    assert [(q.words, q.speaker, q.role, q.attribution) for q in article.quotations] == [
        ("Tezgâhlar meydanda kurulacak.", "Ayten Koral", "Başkan Yardımcısı", "")
    ]
    style = HouseStyle()
    data = render_bytes(build_document(article, style), style, "docx")
    paragraphs = [p.text for p in docx.Document(io.BytesIO(data)).paragraphs]
    at = paragraphs.index("Tezgâhlar meydanda kurulacak.")
    assert paragraphs[at + 1] == "— Ayten Koral, Başkan Yardımcısı"
    assert_nothing_lost(
        "Pazar yeri yenileniyor\nHaber:\nBelediye meclisi dün toplandı.\n"
        "“Tezgâhlar meydanda kurulacak,” dedi Başkan Yardımcısı Ayten Koral.",
        result,
    )


def test_a_newsdesk_docx_without_its_record_reads_the_arabic_line_back(tmp_path: Path) -> None:
    from test_import_newsdesk_docx import export_docx, import_docx, rewrite_part

    article = import_text(ARABIC).article
    data = rewrite_part(
        export_docx(article),
        "word/_rels/document.xml.rels",
        lambda xml: re.sub(r"<Relationship [^>]*customXml\"[^>]*/>", "", xml),
    )
    found = import_docx(data, tmp_path)
    # "— ماجد السالم، مدير المشروع" under the words: the speaker, then the role.
    assert [(q.words, q.speaker, q.role, q.attribution) for q in found.quotations] == [
        ("الأعمال ستنتهي في نهاية أيار.", "ماجد السالم", "مدير المشروع", ""),
        ("هل تكفي المياه؟", "رنا العموري", "", ""),
    ]
