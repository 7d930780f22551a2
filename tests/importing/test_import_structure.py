"""Labels, language, opening line, headline, standfirst and credit line, by the documented rule."""

from __future__ import annotations

import pytest

from editor.importing import import_text


def _sections(text: str) -> list[tuple[str, str, str]]:
    return [(s.kind, s.label, s.body) for s in import_text(text).article.sections]


@pytest.mark.parametrize(
    "label",
    ["News:", "news", "  NEWS :  ", "**News:**", "Haber", "НОВОСТЬ:", "الخبر", "Nouvelle :"],
)
def test_label_of_any_language_any_case_colon_optional_starts_a_section(label: str) -> None:
    sections = _sections(f"A headline\n{label}\nFirst paragraph.")
    # Kept as written, but for emphasis around it: a label is plain text.
    assert sections == [("news", label.strip().replace("**", ""), "First paragraph.")]


def test_labels_found_decide_the_article_language() -> None:
    result = import_text("Başlık\nHaber:\nMetin burada.\nYorum:\nBaşka bir metin.")
    assert result.article.language == "tr"
    assert result.explanation.language_reason == "section labels"


def test_given_language_wins_over_labels() -> None:
    result = import_text("Headline\nNews:\nText.", language="de")
    assert result.article.language == "de"
    assert result.article.sections[0].label == "News:"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Заголовок\nПервый абзац текста без меток.", "ru"),
        ("عنوان المقال\nالفقرة الأولى من النص بلا عناوين.", "ar"),
        ("مضمون کا عنوان\nیہ پہلا پیراگراف ہے جس میں کوئی لیبل نہیں ہے۔", "ur"),
        ("Başlık\nBu metinde hiç etiket yok ama Türkçe harfler var: ığş.", "tr"),
        ("A headline\nA first paragraph with no labels at all.", "en"),
    ],
)
def test_without_labels_the_script_decides_and_the_body_is_one_section(
    text: str, language: str
) -> None:
    result = import_text(text)
    article = result.article
    assert article.language == language
    assert article.headline == text.split("\n")[0]
    assert [(s.kind, s.label, s.body) for s in article.sections] == [
        ("custom", "", text.split("\n")[1])
    ]
    assert any("No section labels" in warning for warning in result.warnings)


def test_opening_line_in_another_script_than_the_body() -> None:
    article = import_text("بسم الله\nRiver port reopens\nNews:\nThe port reopened.").article
    assert (article.opening.text, article.opening.language) == ("بسم الله", "ar")
    assert article.headline == "River port reopens"


def test_known_opening_phrase_in_the_same_script_is_an_opening_line() -> None:
    article = import_text("بِسْمِ اللَّهِ الرَّحْمَٰنِ الرَّحِيمِ\nعنوان\nالخبر:\nنص.").article
    assert article.opening.text == "بِسْمِ اللَّهِ الرَّحْمَٰنِ الرَّحِيمِ"
    assert article.headline == "عنوان"


def test_first_line_in_the_body_script_is_the_headline_not_an_opening() -> None:
    article = import_text("Port news\nRiver port reopens\nNews:\nThe port reopened.").article
    assert article.opening.text == ""
    assert article.headline == "Port news"
    assert article.standfirst == "River port reopens"


def test_paragraphs_before_the_first_label_beyond_the_standfirst_open_the_article() -> None:
    result = import_text("Headline\nStandfirst.\nAn extra paragraph.\nNews:\nBody.")
    article = result.article
    assert (article.headline, article.standfirst) == ("Headline", "Standfirst.")
    assert [(s.kind, s.label, s.body) for s in article.sections] == [
        ("custom", "", "An extra paragraph."),
        ("news", "News:", "Body."),
    ]
    assert any("before the first label" in warning for warning in result.warnings)


def test_credit_line_becomes_the_byline() -> None:
    article = import_text("H\nNews:\nBody.\nWritten for the Desk by Ana Lind").article
    assert (article.byline.office, article.byline.author) == ("the Desk", "Ana Lind")
    assert article.sections[0].body == "Body."


def test_credit_line_broken_over_two_lines_becomes_the_byline() -> None:
    text = "H\nNews:\nBody.\nWritten for the Nearby Desk\nby Ana Lind"
    article = import_text(text).article
    assert (article.byline.office, article.byline.author) == ("the Nearby Desk", "Ana Lind")
    assert article.sections[0].body == "Body."


@pytest.mark.parametrize(
    ("text", "office", "author", "last"),
    [
        (
            "Ferry line\nNews:\nThe line reopens in May.\nComment:\nThe council should publish"
            "\nthe dredging accounts.\nWritten for the Test Desk by\nTom Test\n",
            "the Test Desk",
            "Tom Test",
            "The council should publish\nthe dredging accounts.",
        ),
        (
            "الخط البحري\nالخبر:\nيعود الخط في أيار\nبعد الإصلاحات.\nكتب لصالح مكتب الأخبار\n"
            "بقلم سلمى حداد\n",
            "مكتب الأخبار",
            "سلمى حداد",
            "يعود الخط في أيار\nبعد الإصلاحات.",
        ),
    ],
)
def test_a_credit_wrapped_into_the_last_paragraph_becomes_the_byline(
    text: str, office: str, author: str, last: str
) -> None:
    # A trial: in a draft of hard-wrapped lines the credit, our exports' two lines, was
    # read as the comment's last lines and the byline stayed empty.
    article = import_text(text).article
    assert (article.byline.office, article.byline.author) == (office, author)
    assert article.sections[-1].body == last


def test_credit_line_of_another_wording_stays_in_the_body() -> None:
    article = import_text("H\nNews:\nBody.\nwritten FOR the Desk BY Ana Lind").article
    assert article.byline.author == ""
    assert article.sections[0].body.endswith("written FOR the Desk BY Ana Lind")


def test_empty_credit_line_stays_text_with_a_warning() -> None:
    result = import_text("H\nNews:\nBody.\nWritten for  by ")
    assert result.article.sections[0].body == "Body.\n\nWritten for  by"
    assert any("names no office or no author" in warning for warning in result.warnings)


def test_wrapped_paragraphs_separated_by_blank_lines_stay_one_paragraph_each() -> None:
    text = (
        "Headline\n\nNews:\n\nThe first paragraph runs\nover three lines of\nthe draft.\n\n"
        "The second paragraph\nruns over two."
    )
    body = import_text(text).article.sections[0].body
    assert body == (
        "The first paragraph runs\nover three lines of\nthe draft.\n\n"
        "The second paragraph\nruns over two."
    )


def test_one_paragraph_per_line_with_blank_lines_between_sections() -> None:
    text = "Headline\n\nNews:\nFirst paragraph.\nSecond paragraph.\n\nComment:\nThird."
    sections = _sections(text)
    assert sections == [
        ("news", "News:", "First paragraph.\n\nSecond paragraph."),
        ("comment", "Comment:", "Third."),
    ]


def test_first_line_too_long_for_a_headline_stays_in_the_body() -> None:
    text = "word " * 100 + "\nSecond line."
    result = import_text(text)
    assert result.article.headline == ""
    assert result.article.sections[0].body.startswith("word word")
    assert any("too long to be a headline" in warning for warning in result.warnings)


def test_plain_text_markdown_characters_are_escaped_in_bodies() -> None:
    body = import_text("H\nNews:\n# one *two* _three_ [four](five) `six` \\ seven").article
    assert body.sections[0].body == (
        "\\# one \\*two\\* \\_three\\_ \\[four\\](five) \\`six\\` \\\\ seven"
    )


def test_explanation_names_what_went_where() -> None:
    result = import_text(
        "بسم الله\nPort reopens\nShips are back.\nNews:\nThe port reopened.\n"
        "“We are ready,” said Ana Lind.\nWritten for the Desk by Ana Lind"
    )
    assert result.explanation.lines() == [
        "<text> (plain text)",
        "  language: en (section labels)",
        "  opening line: بسم الله (a known opening phrase)",
        "  headline: Port reopens",
        "  standfirst: Ships are back.",
        "  section 1: News: [news] — 2 paragraphs, quotations q1",
        "  quotation q1 (paragraph, section 1): Ana Lind — “We are ready.”",
        "    as written: “We are ready,” said Ana Lind.",
        "  byline: office “the Desk”, author “Ana Lind” "
        "(from the credit line: Written for the Desk by Ana Lind)",
    ]


def test_headline_alone_makes_an_article_with_one_empty_section() -> None:
    article = import_text("Just a headline").article
    assert article.headline == "Just a headline"
    assert [(s.kind, s.label, s.body) for s in article.sections] == [("custom", "", "")]
