"""Spell checking: each language's words, per-line language, what is never checked, word lists."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sample_files import own_drafts, shared_drafts

from editor.storage.word_list import PersonalWordList
from editor.text.dictionaries import (
    NoDictionaryError,
    dictionaries_dir,
    open_dictionary,
)
from editor.text.spelling import (
    LONG_LINE,
    SpellChecker,
    iter_words,
    name_words,
)

DATA = Path(__file__).parent / "data"
LANGUAGES = ("en", "ar", "ru", "tr", "fr", "de", "id")

KNOWN = {
    "en": (["government", "harbour", "harbor", "don’t", "well-known"], ["goverment", "recieve"]),
    "ar": (["المدرسة", "وبالمدرسة", "فقالت", "كَتَبَ"], ["كتاببب", "المدرصة"]),
    "ru": (["в", "к", "с", "заявил", "мост", "ёлка"], ["превет", "малоко"]),
    "tr": (
        ["köprü", "İstanbul", "Ankara'da", "gelecekmişsiniz", "tezgâh", "hükûmet"],
        ["kitapp", "gelmekk", "tezgâhh"],
    ),
    "fr": (["aujourd’hui", "l’école", "être", "qu’il"], ["gouvernment", "aujourdhui"]),
    "de": (["Brücke", "Straße", "über", "Regierung"], ["Regirung", "heuete"]),
    "id": (["pelabuhan", "jembatan", "pemerintah", "yang"], ["pemerintahh", "sekolahh"]),
}


@pytest.fixture(scope="module")
def checker() -> SpellChecker:
    """One checker for the module: loading seven dictionaries once is enough."""
    return SpellChecker(load_on_demand=True)


def _common_words(code: str) -> list[str]:
    words = (DATA / f"{code}.txt").read_text(encoding="utf-8").split("\n")
    return [word for word in words if word][:200]


def test_every_language_of_the_issue_has_a_dictionary_and_urdu_says_it_has_none() -> None:
    shipped = {
        path.stem
        for path in dictionaries_dir().glob("*.dic")
        if path.with_suffix(".aff").is_file()
    }
    assert set(LANGUAGES) <= shipped
    with pytest.raises(NoDictionaryError, match="'ur'"):
        open_dictionary("ur")


@pytest.mark.parametrize("code", LANGUAGES)
def test_known_correct_words_pass_and_known_wrong_words_are_flagged(
    checker: SpellChecker, code: str
) -> None:
    right, wrong = KNOWN[code]
    assert [w for w in right if checker.check_word(w, code) is not True] == []
    assert [w for w in wrong if checker.check_word(w, code) is not False] == []


@pytest.mark.parametrize("code", LANGUAGES)
def test_none_of_the_200_most_common_words_is_flagged(checker: SpellChecker, code: str) -> None:
    words = _common_words(code)
    assert len(words) == 200
    flagged = [word for word in words if checker.check_word(word, code) is False]
    assert flagged == []


def test_common_words_in_running_text_are_not_flagged(checker: SpellChecker) -> None:
    for code in LANGUAGES:
        text = " ".join(_common_words(code))
        assert checker.check_text(text, [code]) == [], code


def _sample_text(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    # Markdown drafts open with YAML front matter: field names, not prose.
    return re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)


def _flag_rate(checker: SpellChecker, text: str, code: str) -> tuple[float, list[str]]:
    words = sum(1 for _ in iter_words(text))
    flagged = checker.check_text(text, [code])
    return len(flagged) / max(words, 1), [miss.word for miss in flagged]


SHARED = {
    "river-port-en.txt": "en",
    "university-ar.txt": "ar",
    "bridge-ru.txt": "ru",
    "port-law-tr.md": "tr",
    "hostile-en.txt": "en",
}


def _sample_drafts() -> list:
    """The own drafts in a language with a dictionary (not Urdu), ../shared's when there."""
    own = [
        pytest.param(path, path.stem.rsplit("-", 1)[1], id=path.name)
        for path in own_drafts()
        if path.stem.rsplit("-", 1)[1] in LANGUAGES
    ]
    shared = [
        pytest.param(path, SHARED[path.name], id=f"shared-{path.name}")
        for path in shared_drafts(SHARED)
    ]
    return [*own, *shared]


@pytest.mark.parametrize(("path", "code"), _sample_drafts())
def test_sample_drafts_have_fewer_than_3_percent_flagged(
    checker: SpellChecker, path: Path, code: str
) -> None:
    rate, flagged = _flag_rate(checker, _sample_text(path), code)
    assert rate < 0.03, flagged


def test_own_samples_are_checked_in_four_languages() -> None:
    codes = {param.values[1] for param in _sample_drafts() if "shared" not in str(param.id)}
    assert codes == {"en", "ar", "ru", "tr"}


def test_an_arabic_line_in_an_english_article_is_checked_as_arabic(
    checker: SpellChecker,
) -> None:
    text = "The council met on Monday.\nقال المدير إن المدرصة الجديدة مفتوحة"
    flagged = checker.check_text(text, ["en", ""])
    assert [(miss.word, miss.language) for miss in flagged] == [("المدرصة", "ar")]
    start = text.index("المدرصة")
    assert (flagged[0].start, flagged[0].end) == (start, start + len("المدرصة"))


def test_the_opening_lines_language_is_preferred_for_its_script(checker: SpellChecker) -> None:
    # An Urdu opening line: Arabic-script lines are Urdu, which has no dictionary, so
    # nothing in them is flagged (rather than every word being called Arabic and wrong).
    assert checker.line_language("بسم اللہ", ["en", "ur"]) == "ur"
    assert checker.check_text("یہ ایک جملہ ہے", ["en", "ur"]) == []
    assert checker.line_language("بسم الله", ["en", ""]) == "ar"


def test_a_russian_name_in_an_english_sentence_is_checked_in_russian(
    checker: SpellChecker,
) -> None:
    flagged = checker.check_text("The mayor, Смирнов, said превет to the crowd.", ["en"])
    assert [(miss.word, miss.language) for miss in flagged] == [("превет", "ru")]


def test_tokens_urls_link_targets_code_and_names_are_not_checked(checker: SpellChecker) -> None:
    text = (
        "[[quote:qxzv1]] see https://exampel.org/xqzt and [the report](http://qq.zz/wrongg) "
        "and `cdoe` and <mailto:xxqq@zzqq.org> by Qzorblat Vexmorn, and wrongg"
    )
    skip = name_words(["Qzorblat Vexmorn"])
    assert [miss.word for miss in checker.check_text(text, ["en"], skip)] == ["wrongg"]


def test_words_with_digits_and_capital_abbreviations_are_not_checked(
    checker: SpellChecker,
) -> None:
    assert checker.check_text("The A4 page, QXZT and 2nd draft", ["en"]) == []


def test_ignore_and_add_to_dictionary(checker: SpellChecker, tmp_path: Path) -> None:
    personal = PersonalWordList.in_folder(tmp_path / "data")
    own = SpellChecker(personal, load_on_demand=True)
    assert own.check_word("Qzorblat", "en") is False
    own.add_to_dictionary("Qzorblat")
    assert own.check_word("Qzorblat", "en") is True
    assert (tmp_path / "data" / "personal-words.txt").read_text(encoding="utf-8") == "Qzorblat\n"
    # A new session reads the list back; "Ignore" lasts only for the session.
    again = SpellChecker(PersonalWordList.in_folder(tmp_path / "data"), load_on_demand=True)
    again.ignore("Vexmorn")
    assert again.check_word("Qzorblat", "ru") is True
    assert again.check_word("Vexmorn", "en") is True
    assert SpellChecker(load_on_demand=True).check_word("Vexmorn", "en") is False


def test_suggestions_offer_the_right_word(checker: SpellChecker) -> None:
    assert checker.suggestions("goverment", "en")[0] == "government"
    assert "привет" in checker.suggestions("превет", "ru")


def test_nothing_is_flagged_before_a_dictionary_is_loaded_and_loading_is_requested_once() -> None:
    requested: list[str] = []
    lazy = SpellChecker(on_missing=requested.append)
    assert lazy.check_text("goverment recieve", ["en"]) == []
    assert requested == ["en"]
    assert lazy.load("en") is True
    assert [miss.word for miss in lazy.check_text("goverment recieve", ["en"])] == [
        "goverment",
        "recieve",
    ]
    assert lazy.load("ur") is False


def test_the_pure_python_engine_gives_the_same_answers() -> None:
    dictionary = open_dictionary("id", engine="spylls")
    assert dictionary.check("pelabuhan")
    assert not dictionary.check("pemerintahh")


def test_loading_a_dictionary_writes_nothing_into_the_programs_resources(tmp_path: Path) -> None:
    resources = tmp_path / "resources"
    shipped = resources / "dictionaries" / "hunspell"
    shutil.copytree(dictionaries_dir(), shipped)
    before = sorted(p.relative_to(resources) for p in resources.rglob("*"))
    dictionary = open_dictionary("en", folder=shipped)
    assert dictionary.check("harbour")
    assert not dictionary.check("harbourrr")
    assert sorted(p.relative_to(resources) for p in resources.rglob("*")) == before


_PROSE = ["the", "harbour", "reopens", "goverment", "recieve", "see", "[[quote:q1]]"]
_PROSE += ["https://port.example/a", "<b>", "Москва", "превет", "kitapp", "in", "spring"]
_MARKDOWN = ["`code", "span`", "[the", "link](https://x.example", '"its', 'title")']


@settings(max_examples=40, deadline=None)
@given(
    seed=st.randoms(use_true_random=False),
    markdown=st.booleans(),
    at=st.floats(min_value=0, max_value=1),
    removed=st.integers(min_value=0, max_value=12),
    added=st.text(alphabet='abcdeor ti`*[]()-’"', max_size=12),
)
def test_a_long_line_checked_again_around_an_edit_gives_what_a_whole_check_gives(
    checker: SpellChecker, seed, markdown: bool, at: float, removed: int, added: str
) -> None:
    pool = _PROSE + _MARKDOWN if markdown else _PROSE
    words: list[str] = []
    while sum(map(len, words)) + len(words) < LONG_LINE + 500:
        words.append(seed.choice(pool))
    previous = " ".join(words)
    where = int(at * len(previous))
    line = previous[:where] + added + previous[where + removed :]
    preferred = ("en",)
    found = checker.check_line(previous, preferred)
    assert checker.check_line_again(previous, found, line, preferred) == checker.check_line(
        line, preferred
    )


def test_an_unchanged_long_line_keeps_its_answers_and_a_short_one_is_checked_whole(
    checker: SpellChecker,
) -> None:
    line = " ".join(["the goverment reopens"] * 200)
    found = checker.check_line(line, ("en",))
    assert len(found) == 200
    assert checker.check_line_again(line, found, line, ("en",)) == found
    # A short line: no memo is trusted, the line is checked whole.
    assert checker.check_line_again("goverment", [], "recieve", ("en",))[0].word == "recieve"


def test_a_word_longer_than_any_dictionarys_is_wrong_without_a_look_up() -> None:
    from editor.text.spelling import LONGEST_WORD

    asked: list[str] = []

    class Counting:
        def check(self, word: str) -> bool:
            asked.append(word)
            return True

        def suggest(self, word: str) -> list[str]:
            return []

    long_word = "a" * (LONGEST_WORD + 1)
    assert SpellChecker._lookup(Counting(), long_word, "en") is False
    assert asked == []
    # German's long compounds are still looked up.
    compound = "Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz"
    assert SpellChecker._lookup(Counting(), compound, "de") is True
    assert asked == [compound]


def test_an_underscore_separates_the_words_spelling_reads_at_their_places() -> None:
    from editor.text.spelling import iter_words

    assert list(iter_words("port_city Кипр_Остров")) == [
        (0, 4, "port"),
        (5, 9, "city"),
        (10, 14, "Кипр"),
        (15, 21, "Остров"),
    ]


def test_enchant_folders_of_ended_processes_are_removed(tmp_path: Path) -> None:
    # A killed editor (or a benchmark's child ended with os._exit) left its folder in the
    # temporary folder each time: 46 were found on one machine.
    import subprocess
    import sys

    from editor.text.dictionaries import _remove_left_behind

    ended = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                           capture_output=True, text=True, check=True)  # fmt: skip
    dead = tmp_path / f"newsdesk-enchant-{int(ended.stdout)}-x1y2"
    mine = tmp_path / f"newsdesk-enchant-{os.getpid()}-a1b2"
    running = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        alive = tmp_path / f"newsdesk-enchant-{running.pid}-c3d4"
        other = tmp_path / "newsdesk-enchant-report"  # not named by the module: left
        for folder in (dead, mine, alive, other):
            (folder / "hunspell").mkdir(parents=True)
        assert _remove_left_behind(tmp_path) == [dead]
        assert not dead.exists() and mine.exists() and alive.exists() and other.exists()
    finally:
        running.kill()
        running.wait()
