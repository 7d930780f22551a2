"""Language data: the defaults the issue fixes, per language."""

from __future__ import annotations

import pytest

from editor.text.languages import (
    UnknownLanguageError,
    available_languages,
    find_language,
    language,
    language_or_default,
)
from editor.text.template import new_article

DEFAULTS = {
    "en": ("News:", "Comment:", "Written for {office} by\n{author}", "ltr"),
    "ar": ("الخبر:", "التعليق:", "كتب لصالح {office} بقلم\n{author}", "rtl"),
    "ru": ("Новость:", "Комментарий:", "Подготовлено для {office}.\nАвтор: {author}", "ltr"),
    "tr": ("Haber:", "Yorum:", "{office} için yazan:\n{author}", "ltr"),
    "ur": ("خبر:", "تبصرہ:", "{office} کے لیے تحریر:\n{author}", "rtl"),
    "fr": ("Nouvelle :", "Commentaire :", "Écrit pour {office} par\n{author}", "ltr"),
    "de": ("Nachricht:", "Kommentar:", "Geschrieben für {office} von\n{author}", "ltr"),
    "id": ("Berita:", "Komentar:", "Ditulis untuk {office} oleh\n{author}", "ltr"),
}


def test_every_required_language_ships_a_data_file() -> None:
    assert set(DEFAULTS) <= set(available_languages())


@pytest.mark.parametrize("code", sorted(DEFAULTS))
def test_labels_credit_template_and_direction_are_the_defaults(code: str) -> None:
    lang = language(code)
    assert (lang.news_label, lang.comment_label, lang.credit_template, lang.direction) == (
        DEFAULTS[code]
    )
    assert lang.primary_quotes.open and lang.primary_quotes.close
    assert lang.secondary_quotes.open and lang.secondary_quotes.close


def test_region_subtags_fall_back_to_the_language() -> None:
    assert language("ar-EG").code == "ar"
    assert language("pt_BR" if "pt" in available_languages() else "en-GB").code in {"pt", "en"}


def test_unknown_code_raises_a_typed_error_and_has_a_default() -> None:
    with pytest.raises(UnknownLanguageError, match="xx"):
        language("xx")
    assert find_language("../en") is None
    assert language_or_default("xx").code == "en"


def test_credit_line_fills_the_template_and_keeps_braces_in_names() -> None:
    assert (
        language("en").credit_line("the Desk {x}", "A. Writer")
        == "Written for the Desk {x} by\nA. Writer"
    )
    assert language("ru").credit_line("", "") == ""


def test_quotation_marks_wrap_words_in_the_languages_style() -> None:
    assert language("ru").primary_quotes.wrap("да") == "«да»"
    assert language("de").primary_quotes.wrap("ja") == "„ja“"
    assert language("en").primary_quotes.wrap("yes") == "“yes”"


@pytest.mark.parametrize("code", ["en", "ar", "ru", "tr"])
def test_new_article_has_news_and_comment_labelled_in_its_language(code: str) -> None:
    article = new_article(code)
    lang = language(code)
    assert article.language == code
    assert [(s.kind, s.label, s.body) for s in article.sections] == [
        ("news", lang.news_label, ""),
        ("comment", lang.comment_label, ""),
    ]
    assert article.meta.status == "draft"
    assert article.meta.created
