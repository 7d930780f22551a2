"""Drafts imported without stray markup: plain-text parts hold no emphasis marks, and an
italic paragraph with an attribution line under it is a block quotation from the bank."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from editor.importing import import_draft, import_text
from editor.model import quote_token


def _no_marks(*parts: str) -> None:
    for part in parts:
        assert "*" not in part and "_" not in part, part


def _save(document: docx.document.Document, tmp_path: Path) -> Path:
    path = tmp_path / "draft.docx"
    document.save(path)
    return path


@pytest.mark.parametrize(
    ("written", "plain"),
    [
        ("**News:**", "News:"),
        ("**News**:", "News:"),
        ("__News__", "News"),
        ("*Is it **really** so?*", "Is it **really** so?"),
        ("***Is it so?***", "Is it so?"),
        ("**_Is it so?_**", "Is it so?"),
        ("**Is it so**?", "Is it so?"),
        ("*a* and *b*", "*a* and *b*"),  # two emphases, not one around all
        ("**a** and **b**", "**a** and **b**"),
        ("_snake_case_", "snake_case"),
        ("** spaced **", "** spaced **"),  # not emphasis in Markdown
        ("*5 * 3*", "5 * 3"),
        ("plain", "plain"),
    ],
)
def test_emphasis_around_a_whole_part_is_unwrapped(written: str, plain: str) -> None:
    # Imported here, so the module's other tests run (and fail) on code without it.
    from editor.importing.plain import unwrap_emphasis

    assert unwrap_emphasis(written) == plain


def test_docx_bold_headline_imports_without_asterisks(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph().add_run("Is the ferry ready for winter?").bold = True
    document.add_paragraph().add_run("The board votes on Tuesday.").italic = True
    heading = document.add_paragraph(style="Heading 2")
    heading.add_run("News").bold = True
    document.add_paragraph("The boats are ready, the crews are not.")
    title_doc = docx.Document()
    title = title_doc.add_paragraph(style="Title")
    title.add_run("Is the ferry ready?").bold = True
    title_doc.add_paragraph("News:")
    title_doc.add_paragraph("The boats are ready.")

    article = import_draft(_save(document, tmp_path)).article
    assert article.headline == "Is the ferry ready for winter?"
    assert article.standfirst == "The board votes on Tuesday."
    assert [s.label for s in article.sections] == ["News"]
    (tmp_path / "title").mkdir()
    titled = import_draft(_save(title_doc, tmp_path / "title")).article
    assert titled.headline == "Is the ferry ready?"


def test_markdown_draft_labels_headline_and_opening_line_lose_their_marks() -> None:
    draft = (
        "*بسم الله*\n\n"
        "**Is the ferry ready for winter?**\n\n"
        "_The board votes on Tuesday._\n\n"
        "**News:**\n\n"
        "The boats are **ready**, the crews are not.\n\n"
        "**Comment**:\n\n"
        "A winter timetable is overdue.\n\n"
        "*Written for the Eastshore Desk by Jonah Feld*\n"
    )
    result = import_text(draft, fmt="markdown")
    article = result.article
    assert article.opening.text == "بسم الله"
    assert article.headline == "Is the ferry ready for winter?"
    assert article.standfirst == "The board votes on Tuesday."
    assert [(s.kind, s.label) for s in article.sections] == [
        ("news", "News:"),
        ("comment", "Comment:"),
    ]
    assert (article.byline.office, article.byline.author) == ("the Eastshore Desk", "Jonah Feld")
    _no_marks(article.opening.text, article.headline, article.standfirst)
    _no_marks(*(s.label for s in article.sections))
    # Emphasis inside a body is the writer's and stays.
    assert article.sections[0].body == "The boats are **ready**, the crews are not."
    assert not result.set_aside


def test_partial_emphasis_in_a_headline_is_dropped_and_reported() -> None:
    result = import_text("# Is the *ferry* ready?\n\nThe boats are ready.\n", fmt="markdown")
    assert result.article.headline == "Is the ferry ready?"
    reported = [(aside.kind, aside.text) for aside in result.set_aside]
    assert reported == [("emphasis", "Is the *ferry* ready?")]
    assert any("Is the *ferry* ready?" in line for line in result.explanation.lines())
    assert any("emphasis" in warning for warning in result.warnings)


def test_underscores_inside_words_with_vowel_signs_stay_in_a_headline() -> None:
    # A Devanagari word ends in a vowel sign (a mark, not a letter): the underscore after
    # it is inside the word, as the reader's text and the renderer read it, not emphasis.
    headline = "डेटा_सेट और मोडा_फ़ाइल"
    result = import_text(f"# {headline}\n\nनाव तैयार हैं।\n", fmt="markdown")
    assert result.article.headline == headline
    assert not result.set_aside
    assert not any("emphasis" in warning for warning in result.warnings)


def test_docx_partial_bold_headline_is_plain_and_reported(tmp_path: Path) -> None:
    document = docx.Document()
    title = document.add_paragraph(style="Title")
    title.add_run("Is the ")
    title.add_run("ferry").bold = True
    title.add_run(" ready?")
    document.add_paragraph("News:")
    document.add_paragraph("The boats are ready.")
    document.sections[0].header.paragraphs[0].text = "Eastshore Desk draft"
    result = import_draft(_save(document, tmp_path))
    assert result.article.headline == "Is the ferry ready?"
    # Listed with the DOCX's own set-aside text, neither hiding the other.
    reported = [(a.kind, a.text) for a in result.set_aside]
    assert reported == [
        ("emphasis", "Is the **ferry** ready?"),
        ("header", "Eastshore Desk draft"),
    ]
    lines = result.explanation.lines()
    assert "  marks dropped from the headline, as written: Is the **ferry** ready?" in lines


def _bank(article) -> list[tuple[str, str, str]]:
    return [(q.words, q.speaker, q.attribution) for q in article.quotations]


# The line under the words names the speaker: the bank's attribution is left empty, so the
# exports write "— Ana Lind" (the clause as written is in the import report).
@pytest.mark.parametrize(
    "attribution",
    ["— said Ana Lind.", "said Ana Lind.", "— Ana Lind, harbour master"],
)
def test_markdown_italic_paragraph_with_attribution_line_is_a_block_quotation(
    attribution: str,
) -> None:
    draft = (
        "# Ferry\n\nNews:\n\nThe board met.\n\n"
        f"*The boats sail at dawn, whatever the weather.*\n\n{attribution}\n\nThat was all.\n"
    )
    article = import_text(draft, fmt="markdown").article
    assert _bank(article) == [("The boats sail at dawn, whatever the weather.", "Ana Lind", "")]
    assert article.sections[0].body.split("\n\n") == [
        "The board met.",
        quote_token("q1"),
        "That was all.",
    ]


def test_russian_italic_quotation_with_attribution_line() -> None:
    draft = "# Паром\n\nНовость:\n\n*Лодки выходят на рассвете.*\n\n— заявил капитан Иван Серов.\n"
    article = import_text(draft, fmt="markdown").article
    assert [(q.speaker, q.role) for q in article.quotations] == [("Иван Серов", "капитан")]
    assert article.sections[0].body == quote_token("q1")


def test_arabic_italic_quotation_with_attribution_line() -> None:
    draft = "# العبّارة\n\n**الخبر:**\n\n*القوارب تبحر فجرًا.*\n\nقال مدير الميناء سامي نور.\n"
    article = import_text(draft, fmt="markdown").article
    assert [s.label for s in article.sections] == ["الخبر:"]
    assert [(q.words, q.speaker, q.role) for q in article.quotations] == [
        ("القوارب تبحر فجرًا.", "سامي نور", "مدير الميناء")
    ]
    assert article.sections[0].body == quote_token("q1")


def test_italic_paragraph_without_attribution_stays_text() -> None:
    draft = "# Ferry\n\nNews:\n\n*The boats sail at dawn.*\n\nShe said nothing more.\n"
    article = import_text(draft, fmt="markdown").article
    assert article.quotations == []
    assert article.sections[0].body.startswith("*The boats sail at dawn.*")


def test_docx_italic_paragraph_with_attribution_line_is_a_block_quotation(
    tmp_path: Path,
) -> None:
    document = docx.Document()
    document.add_paragraph("Will the ferry run?", style="Title")
    document.add_paragraph("News", style="Heading 2")
    document.add_paragraph("The board met.")
    document.add_paragraph().add_run("The boats sail at dawn, whatever the weather.").italic = True
    document.add_paragraph("— said harbour master Ana Lind.")
    document.add_paragraph("That was all.")
    article = import_draft(_save(document, tmp_path)).article
    assert [(q.words, q.speaker, q.role) for q in article.quotations] == [
        ("The boats sail at dawn, whatever the weather.", "Ana Lind", "harbour master")
    ]
    assert article.sections[0].body.split("\n\n") == [
        "The board met.",
        quote_token("q1"),
        "That was all.",
    ]


@pytest.mark.parametrize(
    "quotation",
    [
        "*The boats sail at dawn,\nwhatever the weather.*\n\n— said Ana Lind.",
        "*The boats sail at dawn, whatever the weather.*\n— said Ana Lind.",
        "*“The boats sail at dawn, whatever the weather.”*\n\n— said Ana Lind.",
        "_The boats sail at dawn, whatever the weather._\n\n*— said Ana Lind.*",
    ],
)
def test_italic_quotation_forms_give_words_and_speaker(quotation: str) -> None:
    article = import_text(f"# Ferry\n\nNews:\n\n{quotation}\n", fmt="markdown").article
    assert [(" ".join(q.words.split()), q.speaker) for q in article.quotations] == [
        ("The boats sail at dawn, whatever the weather.", "Ana Lind")
    ]
    assert article.sections[0].body == quote_token("q1")


def test_bold_paragraph_with_attribution_line_stays_text() -> None:
    draft = "# Ferry\n\nNews:\n\n**The boats sail at dawn.**\n\n— said Ana Lind.\n"
    assert import_text(draft, fmt="markdown").article.quotations == []


def test_plain_text_draft_headline_and_label_lose_whole_emphasis() -> None:
    article = import_text("**Is the ferry ready?**\n**News:**\nThe boats are ready.\n").article
    assert article.headline == "Is the ferry ready?"
    assert [s.label for s in article.sections] == ["News:"]


def test_credit_line_with_a_bold_name_gives_a_plain_byline_and_is_reported() -> None:
    draft = (
        "# Ferry\n\nNews:\n\nThe boats are ready.\n\n"
        "Written for the Eastshore Desk by **Jonah Feld**\n"
    )
    result = import_text(draft, fmt="markdown")
    byline = result.article.byline
    assert (byline.office, byline.author) == ("the Eastshore Desk", "Jonah Feld")
    assert result.article.sections[0].body == "The boats are ready."
    assert [(a.part, a.text) for a in result.set_aside] == [
        ("credit line", "Written for the Eastshore Desk by **Jonah Feld**")
    ]


def test_a_credit_wrapped_into_the_last_paragraph_reports_its_marks_too() -> None:
    # The credit's lines joined to the paragraph above (no blank line between) are read as
    # the credit, and marks in them, which a byline cannot hold, are reported.
    draft = (
        "# Ferry\n\nNews:\n\nThe boats are ready.\nWritten for the **Eastshore** Desk by\n"
        "Jonah Feld\n"
    )
    result = import_text(draft, fmt="markdown")
    byline = result.article.byline
    assert (byline.office, byline.author) == ("the Eastshore Desk", "Jonah Feld")
    assert result.article.sections[0].body == "The boats are ready."
    assert [(a.part, a.text) for a in result.set_aside] == [
        ("credit line", "Written for the **Eastshore** Desk by")
    ]
