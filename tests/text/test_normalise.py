"""The search normaliser: what it folds, and that it keeps one word for each word."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from editor.text.normalise import match_form, normalise

# The tokenizer the library indexes with (editor/storage/library.py uses the same string).
TOKENIZE = "unicode61 remove_diacritics 2 categories 'L* N* Co Mn Mc'"


def sqlite_tokens(text: str) -> list[str]:
    """Return the tokens SQLite's FTS5 tokenizer sees in a text, in order."""
    db = sqlite3.connect(":memory:")
    db.execute(f'CREATE VIRTUAL TABLE t USING fts5(body, tokenize="{TOKENIZE}")')
    db.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, instance)")
    db.execute("INSERT INTO t(body) VALUES (?)", (text,))
    rows = db.execute("SELECT term FROM v ORDER BY offset").fetchall()
    db.close()
    return [term for (term,) in rows]


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("كتب", "كَتَبَ"),
        ("كتب", "كـــتب"),
        ("كتب", "وكَتَبَ"),
        ("مدرسة", "المدرسة"),
        ("مدرسة", "وبالمدرسة"),
        ("مدرسة", "للمدرسة"),
        ("مدرسة", "فالمدرسة"),
        ("المدرسة", "بالمَدْرَسَةِ"),
        ("مدرسة", "مدرسه"),
        ("كتاب", "ٱلْكِتَابُ"),
        ("الى", "إلى"),
        ("إلى", "الي"),
        ("2024", "٢٠٢٤"),
        ("елка", "ёлка"),
        ("елка", "ЁЛКА"),
        ("ёлка", "Елка"),
        ("ılık", "ILIK"),
        ("istanbul", "İstanbul"),
        ("İSTANBUL", "ıstanbul"),
        ("strasse", "Straße"),
    ],
)
def test_query_and_text_fold_to_the_same_word(typed: str, written: str) -> None:
    assert sqlite_tokens(normalise(typed)) == sqlite_tokens(normalise(written))


@pytest.mark.parametrize(
    ("word", "kept"),
    [
        ("الله", "الله"),  # the name is not "له" with an article
        ("الم", "الم"),  # a one-letter stem is not stripped
        ("والد", "الد"),  # too short for و+ال+stem: only the conjunction goes
        ("ألوان", "الوان"),  # a hamza alef is a root letter, never the article
        ("ولد", "ولد"),  # a bare wa goes only when three letters remain
        ("بيت", "بيت"),  # other one-letter prefixes stay: too many words begin with them
    ],
)
def test_article_is_stripped_only_when_enough_stem_remains(word: str, kept: str) -> None:
    assert normalise(word) == kept


def test_different_words_stay_different() -> None:
    assert normalise("كتب") != normalise("كاتب")
    assert normalise("мел") != normalise("мёд")


def test_lone_harakat_keep_their_token() -> None:
    text = "قال ً ثم ـ مضى ــ َـ"
    assert len(sqlite_tokens(normalise(text))) == len(sqlite_tokens(text)) == 7


def test_mixed_article_keeps_word_order_and_count() -> None:
    text = "Вчера ЁЛКА, İstanbul'da ILIK — وبالمدرسةِ كَتَبَ ٱلْوَلَدُ ٢٠٢٤ Straße!"
    original = sqlite_tokens(text)
    folded = sqlite_tokens(normalise(text))
    assert len(folded) == len(original)
    assert folded == [
        "вчера",
        "елка",
        "istanbul",
        "da",
        "ilik",
        "مدرسه",
        "كتب",
        "ولد",
        "2024",
        "strasse",
    ]


_ALPHABET = st.sampled_from(
    list("كتبدرسةالمويفىأإآٱءؤئـ")
    + list("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670")
    + list("ёЁелкаЛК")
    + list("ıIİiğşçöü")
    + list("aeßẞé\u0301")
    + list("٠١٢٣۴0123")
    + list(" \n\t.,;:!?«»\"'-—()_\u200c\u200d\u00ad*#[]")
)


@settings(max_examples=300, deadline=None)
@given(st.text(_ALPHABET, max_size=60))
def test_normalising_never_changes_the_number_of_words(text: str) -> None:
    # FTS5 highlights a match by its token number in the original text: one more or one
    # fewer token in the normalised copy would highlight the wrong words.
    assert len(sqlite_tokens(normalise(text))) == len(sqlite_tokens(text))


def test_plain_ascii_is_only_lower_cased() -> None:
    assert normalise("Will the River Port reopen?") == "will the river port reopen?"


def test_the_match_form_folds_latin_accents_as_well_as_the_search_form() -> None:
    # The quotation bank's filter looks for a typed string inside a text, without FTS5's
    # tokenizer to fold Latin accents: "baskan" must find "Başkanı", "cafe" find "Café".
    assert match_form("Belediye Başkan Yardımcısı") == "belediye baskan yardimcisi"
    assert match_form("Café au lait") == "cafe au lait"
    assert match_form("ЁЛКА") == "елка"
    assert match_form("وبالمدرسة") == normalise("وبالمدرسة")
    assert "mağdur" not in match_form("MAĞDUR") and match_form("MAĞDUR") == "magdur"
    # Russian й keeps its breve (it is a letter of its own, not an accented и).
    assert match_form("Йод") == "йод"
