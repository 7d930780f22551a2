"""Language facts come from the data files: a new language or a changed rule takes no code."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from language_data import edit_language, language_data_copy

from editor.importing import import_text
from editor.text.languages import language, primary_subtag
from editor.text.spelling import SpellChecker, choose_language
from editor.text.template import new_article
from editor.text.typography import NARROW_NBSP, fix_text

SPANISH = {
    "code": "es",
    "name": "Spanish",
    "native_name": "Español",
    "direction": "ltr",
    "digits": "latin",
    "labels": {"news": "Noticia:", "comment": "Comentario:"},
    "quotes": {"primary": ["«", "»"], "secondary": ["“", "”"]},
    "credit_template": "Escrito para {office} por {author}",
    "attribution_verbs": ["dijo", "afirmó"],
    "letter_hints": {"letters": "ñÑ", "one_in": 400},
}


@pytest.fixture
def data(tmp_path: Path) -> Iterator[Path]:
    """A copy of the shipped language files that the program reads instead."""
    with language_data_copy(tmp_path / "languages") as folder:
        yield folder


def test_a_new_language_takes_only_its_data_file(data: Path) -> None:
    edit_language(data, "es", **SPANISH)
    assert language("es-MX").credit_line("la Oficina", "Ana") == "Escrito para la Oficina por Ana"
    assert [s.label for s in new_article("es").sections] == ["Noticia:", "Comentario:"]
    # Its letters tell a draft without labels apart from English, French, German, Turkish.
    draft = import_text("El año de España\nLa señora y el niño vieron la montaña.")
    assert draft.article.language == "es"
    # Its quotation marks, its labels read back on import, its script for spelling.
    assert fix_text('Dijo "sí" ayer.', ["es"]) == "Dijo «sí» ayer."
    labelled = import_text("Titular\nNoticia:\nEl texto.\nComentario:\nOtro texto.")
    assert labelled.article.language == "es"
    assert [s.kind for s in labelled.article.sections] == ["news", "comment"]
    assert choose_language("Una frase en español.", ["ar", "es"], []) == "es"


def test_letter_hints_come_from_the_data(data: Path) -> None:
    draft = "Başlık\nBugün Ankara'da ağır bir toplantı yapıldı, şehir sakin."
    assert import_text(draft).article.language == "tr"
    edit_language(data, "tr", letter_hints=None)
    assert import_text(draft).article.language == "en"


def test_french_spacing_comes_from_the_data(data: Path) -> None:
    assert fix_text("Pourquoi?", ["fr"]) == f"Pourquoi{NARROW_NBSP}?"
    edit_language(data, "fr", spaced_punctuation=None)
    edit_language(data, "de", spaced_punctuation=True)
    assert fix_text("Pourquoi?", ["fr"]) == "Pourquoi?"
    assert fix_text("Warum?", ["de"]) == f"Warum{NARROW_NBSP}?"


def _answers(words: dict[str, str]) -> dict[str, bool | None]:
    checker = SpellChecker(load_on_demand=True)  # a new one: answers are cached
    return {word: checker.check_word(word, code) for word, code in words.items()}


def test_the_suffix_apostrophe_and_optional_circumflex_come_from_the_data(data: Path) -> None:
    words = {"Karavelioğlu'nun": "tr", "hükûmet": "tr", "Zanzibarly'ing": "en", "bûilding": "en"}
    assert list(_answers(words).values()) == [True, True, False, False]
    edit_language(data, "tr", suffix_apostrophe=None, optional_circumflex=None)
    edit_language(data, "en", suffix_apostrophe=True, optional_circumflex=True)
    assert list(_answers(words).values()) == [False, False, True, True]


@pytest.mark.parametrize(
    ("tag", "subtag"),
    [("ar-EG", "ar"), ("zh-Hant-TW", "zh"), ("", ""), ("pt_BR", "pt"), ("EN-gb", "en")],
)
def test_a_language_tag_is_trimmed_to_its_primary_subtag(tag: str, subtag: str) -> None:
    assert primary_subtag(tag) == subtag
