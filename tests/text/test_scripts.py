"""One set of script ranges: every count, every language choice, every import agrees."""

from __future__ import annotations

import pytest

from editor.importing import import_text
from editor.importing.lexicon import script_of
from editor.text.scripts import ARABIC, char_script, language_of_text, script_counts
from editor.text.spelling import choose_language
from editor.text.typography import fix_text

# "For the press" in presentation forms (as pasted from some PDFs), and a letter of the
# Arabic Extended-A block; the spelling checker's old ranges counted neither.
PRESENTATION_FORMS = "ﻟﻠﺼﺤﺎﻓﺔ"
EXTENDED_A = "ࢠࢡࢢ"


@pytest.mark.parametrize("text", [PRESENTATION_FORMS, EXTENDED_A, "ﷲ"])
def test_every_arabic_block_counts_as_arabic_everywhere(text: str) -> None:
    assert script_counts(text) == {ARABIC: len(text)}
    assert script_of(text) == ARABIC
    # The spelling checker and typography choose the Arabic language for the line.
    assert choose_language(text, ["en", "ar"], []) == "ar"
    assert fix_text(f"{text}, {text}?", ["en", "ar"]) == f"{text}، {text}؟"


def test_digits_punctuation_and_signs_are_no_letters_of_a_script() -> None:
    # The importer's old ranges took Arabic digits and commas for Arabic, × and ÷ for Latin.
    assert script_of("١٢٣، ٤٥٦؟") == ""
    assert script_of("12 × 3 ÷ 4") == ""
    assert script_counts("١٢٣، ×÷ ـ") == {ARABIC: 1}  # the tatweel is a letter


def test_an_arabic_opening_in_presentation_forms_is_found_above_an_english_body() -> None:
    article = import_text(f"{PRESENTATION_FORMS}\nRiver port reopens\nNews:\nIt reopened.").article
    assert (article.opening.text, article.opening.language) == (PRESENTATION_FORMS, "ar")


def test_a_letter_is_counted_in_the_script_char_script_names() -> None:
    blocks = ((0x20, 0x2B0), (0x400, 0x530), (0x600, 0x900), (0x1E00, 0x1F00), (0xFB00, 0xFF00))
    for first, end in blocks:
        for code in range(first, end):
            char = chr(code)
            script = char_script(char)
            assert script_counts(char) == ({script: 1} if script else {}), hex(code)


def test_a_text_without_a_character_of_a_scripts_blocks_has_none_of_its_letters() -> None:
    from editor.text.scripts import ARABIC, CYRILLIC, has_script_blocks

    assert not has_script_blocks("— John Smith, project engineer", ARABIC)
    assert has_script_blocks("— ماجد السالم، مدير المشروع", ARABIC)
    assert has_script_blocks("،", ARABIC)  # a sign of the block: script_counts tells more
    assert has_script_blocks("Новость", CYRILLIC)


def test_a_text_in_the_expected_languages_script_keeps_that_language() -> None:
    assert language_of_text("The port reopens on Monday.", "en") == "en"
    assert language_of_text("“The port”, she said — reopens.", "tr") == "tr"  # no other letters
    assert language_of_text("١٢٣، ٤٥٦ — 12%", "en") == "en"  # no letters at all
    assert language_of_text("قالت الوزارة إن Ahmed Karimi تحدث.", "ar") == "ar"


def test_a_text_in_another_script_takes_the_language_its_letters_tell() -> None:
    assert language_of_text("قالت الوزارة إن الميناء سيفتح.", "en") == "ar"
    assert language_of_text("وزارت نے کہا کہ بندرگاہ کھل جائے گی۔", "en") == "ur"
    assert language_of_text("Министерство заявило, что порт откроется.", "en") == "ru"
    assert language_of_text("The ministry said so.", "ar") == "en"
    assert language_of_text("Bakanlık, limanın kışa kadar açılacağını söyledi.", "ar") == "tr"


def test_a_language_without_data_is_kept_unless_the_text_runs_against_it() -> None:
    assert language_of_text("Le port rouvre lundi.", "xx") == "xx"
    assert language_of_text("قالت الوزارة إن الميناء سيفتح.", "xx", other_direction=True) == "ar"


def test_an_english_export_builds_no_letter_tables() -> None:
    """Telling a paragraph's language needs the letter tables (~3 ms to build) only for a
    text with letters outside Basic Latin and its language's script: an English export
    built them for the article's language alone (its HTML took 3 ms longer, measured)."""
    import subprocess
    import sys

    probe = (
        "from editor.render.html import render_html\n"
        "from editor.render.styles import load_style\n"
        "from editor.text import scripts\n"
        "from editor.text.template import new_article\n"
        "article = new_article('en')\n"
        "article.headline = 'Will the port reopen?'\n"
        "article.sections[0].body = 'The port reopens — “soon”, they said.\\n\\nThe ferry.'\n"
        "render_html(article, load_style())\n"
        "print(scripts._letters.cache_info().currsize)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.strip() == "0"
