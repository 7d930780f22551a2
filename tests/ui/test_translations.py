"""The interface language: translators installed, .qm files found or compiled, mirroring."""

from __future__ import annotations

import json
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication

from editor.storage.folders import UserFolders
from editor.ui.common.translations import (
    TranslationError,
    available_languages,
    compile_translation,
    find_lrelease,
    install_translations,
    resolve_ui_language,
    translation_file,
    translations_dir,
    ui_layout_direction,
    ui_locale,
)

TS_TEMPLATE = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="{language}">
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>{translation}</translation>
    </message>
</context>
</TS>
"""

needs_lrelease = pytest.mark.skipif(find_lrelease() is None, reason="Qt's lrelease is absent")


def write_ts(folder: Path, code: str, translation: str) -> Path:
    """Write a one-message translation source, as lupdate and a translator would."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"newsdesk_{code}.ts"
    text = TS_TEMPLATE.format(language=code, translation=escape(translation))
    path.write_text(text, "utf-8")
    return path


@pytest.fixture
def clean_translators(qapp: QApplication):
    """Leave the application without our translators after the test."""
    yield
    install_translations(qapp, "en", cache_dir=UserFolders.default().cache)


def file_menu() -> str:
    return QCoreApplication.translate("MainWindow", "&File")


@needs_lrelease
def test_arabic_setting_shows_arabic_strings_from_a_checkout(
    qapp: QApplication, tmp_path: Path, clean_translators: None
) -> None:
    folder = tmp_path / "translations"
    write_ts(folder, "ar", "&ملف")
    installed = install_translations(qapp, "ar", cache_dir=tmp_path / "cache", folder=folder)
    assert file_menu() == "&ملف"
    assert len(installed) == 2  # Qt's own (qtbase_ar from the wheel) and ours
    # Qt's standard buttons are Arabic too.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") not in ("", "Cancel")


@needs_lrelease
def test_switching_back_to_english_removes_the_translation(
    qapp: QApplication, tmp_path: Path, clean_translators: None
) -> None:
    folder = tmp_path / "translations"
    write_ts(folder, "ar", "&ملف")
    install_translations(qapp, "ar", cache_dir=tmp_path / "cache", folder=folder)
    assert install_translations(qapp, "en", cache_dir=tmp_path / "cache", folder=folder) == []
    assert file_menu() == "&File"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


@needs_lrelease
def test_switching_language_replaces_the_translators(
    qapp: QApplication, tmp_path: Path, clean_translators: None
) -> None:
    folder = tmp_path / "translations"
    write_ts(folder, "ar", "&ملف")
    write_ts(folder, "ru", "&Файл")
    install_translations(qapp, "ar", cache_dir=tmp_path / "cache", folder=folder)
    install_translations(qapp, "ru", cache_dir=tmp_path / "cache", folder=folder)
    assert file_menu() == "&Файл"


@needs_lrelease
def test_checkout_compiles_into_the_cache_and_again_after_an_edit(tmp_path: Path) -> None:
    folder, cache = tmp_path / "translations", tmp_path / "cache"
    source = write_ts(folder, "tr", "&Dosya")
    first = translation_file("tr", cache, folder)
    assert first is not None and first.parent == cache / "translations"
    assert translation_file("tr", cache, folder) == first  # cached: not compiled again
    source.write_text(source.read_text("utf-8").replace("&amp;Dosya", "D&amp;osya"), "utf-8")
    second = translation_file("tr", cache, folder)
    assert second != first and second.is_file()
    assert not first.exists()  # the stale one is removed
    assert not list(folder.glob("*.qm"))  # the checkout itself stays clean


def test_installed_qm_is_used_without_compiling(tmp_path: Path) -> None:
    folder = tmp_path / "translations"
    write_ts(folder, "ur", "فائل")
    shipped = folder / "newsdesk_ur.qm"
    shipped.write_bytes(b"compiled at wheel build")
    assert translation_file("ur", tmp_path / "cache", folder) == shipped
    assert not (tmp_path / "cache").exists()


def test_no_lrelease_leaves_english_and_the_editor_starts(
    qapp: QApplication,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    clean_translators: None,
) -> None:
    import editor.ui.common.translations as translations

    folder = tmp_path / "translations"
    write_ts(folder, "ru", "&Файл")
    monkeypatch.setattr(translations, "find_lrelease", lambda: None)
    with pytest.raises(TranslationError, match="lrelease was not found"):
        translation_file("ru", tmp_path / "cache", folder)
    install_translations(qapp, "ru", cache_dir=tmp_path / "cache", folder=folder)
    assert file_menu() == "&File"


@needs_lrelease
def test_broken_source_is_a_translation_error_naming_the_file(tmp_path: Path) -> None:
    source = tmp_path / "newsdesk_ar.ts"
    source.write_text("<TS><context><message>", "utf-8")
    with pytest.raises(TranslationError, match=r"newsdesk_ar\.ts"):
        compile_translation(source, tmp_path / "out.qm")
    assert not (tmp_path / "out.qm").exists()


def test_ui_language_follows_the_system_unless_set() -> None:
    available = ["ar", "ru", "tr", "ur"]
    assert resolve_ui_language("", available, QLocale("ru-RU")) == "ru"
    assert resolve_ui_language("system", available, QLocale("ar-EG")) == "ar"
    assert resolve_ui_language("tr", available, QLocale("ru-RU")) == "tr"
    assert resolve_ui_language("ur_PK", available, QLocale("ru-RU")) == "ur"
    assert resolve_ui_language("", available, QLocale("de-DE")) == "en"
    assert resolve_ui_language("fa", available, QLocale("ru-RU")) == "en"
    assert resolve_ui_language("", available, QLocale.c()) == "en"


def test_ui_locale_of_a_setting() -> None:
    assert ui_locale("system") == QLocale.system()
    assert ui_locale("") == QLocale.system()
    assert ui_locale("ar_EG").language() == QLocale.Language.Arabic
    assert ui_locale("ar_EG").name() == "ar_EG"


def test_repeated_language_changes_leave_one_set_of_translators(
    qapp: QApplication, tmp_path: Path, clean_translators: None
) -> None:
    from PySide6.QtCore import QTranslator

    folder = tmp_path / "translations"
    write_ts(folder, "ur", "فائل")  # no qtbase_ur.qm in the wheel: that load fails
    before = len(qapp.findChildren(QTranslator))
    for _ in range(3):
        installed = install_translations(qapp, "ur", cache_dir=tmp_path / "c", folder=folder)
    assert len(installed) == 1
    assert len(qapp.findChildren(QTranslator)) - before <= 1


def test_arabic_and_urdu_mirror_the_interface(tmp_path: Path) -> None:
    for code in ("ar", "ru", "tr", "ur"):
        write_ts(tmp_path, code, "x")
    assert ui_layout_direction("ar", tmp_path) == Qt.LayoutDirection.RightToLeft
    assert ui_layout_direction("ur", tmp_path) == Qt.LayoutDirection.RightToLeft
    assert ui_layout_direction("ru", tmp_path) == Qt.LayoutDirection.LeftToRight
    assert ui_layout_direction("en", tmp_path) == Qt.LayoutDirection.LeftToRight
    # Persian has no translation: the interface is English, so it is not mirrored.
    assert ui_layout_direction("fa", tmp_path) == Qt.LayoutDirection.LeftToRight


def test_every_translated_ui_language_ships_a_source() -> None:
    assert set(available_languages()) >= {"ar", "ru", "tr", "ur"}


@needs_lrelease
def test_every_shipped_translation_compiles_and_loads(tmp_path: Path) -> None:
    from PySide6.QtCore import QTranslator

    for code in available_languages():
        qm = translation_file(code, tmp_path, None)
        assert qm is not None
        translator = QTranslator()
        assert translator.load(str(qm)), code
        assert translator.language().split("_")[0] == code


def test_a_language_tag_in_any_case_finds_its_translation() -> None:
    assert resolve_ui_language("AR-eg", ["ar", "ru"]) == "ar"
    assert resolve_ui_language("zh-Hant-TW", ["zh_Hant_TW", "zh"]) == "zh_Hant_TW"


def test_the_interface_mirrors_for_a_language_whose_data_says_rtl(tmp_path: Path) -> None:
    from language_data import edit_language, language_data_copy

    write_ts(tmp_path / "translations", "ps", "x")
    with language_data_copy(tmp_path / "languages") as data:
        edit_language(
            data,
            "ps",
            **{
                **json.loads((data / "ur.json").read_text("utf-8")),
                "code": "ps",
                "name": "Pashto",
                "native_name": "پښتو",
            },
        )
        assert (
            ui_layout_direction("ps", tmp_path / "translations") == Qt.LayoutDirection.RightToLeft
        )
        edit_language(data, "ar", direction="ltr")  # a made-up change, to see who decides
        assert (
            ui_layout_direction("ar", tmp_path / "translations") == Qt.LayoutDirection.LeftToRight
        )


@needs_lrelease
def test_shortcuts_name_the_keys_as_the_keyboard_does_in_turkish(
    qapp: QApplication, tmp_path: Path, clean_translators: None
) -> None:
    from PySide6.QtGui import QKeySequence

    # Qt's own Turkish names a Mac's keys: "Kontrol+Seçenek+M" (found in a trial).
    install_translations(qapp, "tr", cache_dir=tmp_path / "cache")
    native = QKeySequence.SequenceFormat.NativeText
    assert QKeySequence("Ctrl+Alt+M").toString(native) == "Ctrl+Alt+M"
    assert QKeySequence("Ctrl+Shift+E").toString(native) == "Ctrl+Shift+E"
    assert QKeySequence("Ctrl+Shift+Up").toString(native) == "Ctrl+Shift+Yukarı"  # Qt's


@needs_lrelease
def test_qts_own_menus_and_file_dialog_speak_urdu(
    qapp: QApplication, tmp_path: Path, clean_translators: None
) -> None:
    # Qt ships no Urdu: a text box's menu (right-click) and Qt's own file dialog (where the
    # desktop offers none) were English in the Urdu interface (found in a trial).
    import re

    from PySide6.QtWidgets import (
        QFileDialog,
        QLabel,
        QLineEdit,
        QPushButton,
        QTextEdit,
        QToolButton,
    )

    install_translations(qapp, "ur", cache_dir=tmp_path / "cache")
    shown: list[str] = []
    for box in (QTextEdit(), QLineEdit()):
        box.setFocus()
        menu = box.createStandardContextMenu()
        shown += [action.text().split("\t")[0] for action in menu.actions() if action.text()]
    dialog = QFileDialog(None, "", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    shown += [label.text() for label in dialog.findChildren(QLabel) if label.text()]
    shown += [button.text() for button in dialog.findChildren(QPushButton) if button.text()]
    shown += [tool.toolTip() for tool in dialog.findChildren(QToolButton) if tool.toolTip()]
    english = [text for text in shown if re.search(r"[A-Za-z]{3,}", text.replace("&", ""))]
    assert len(shown) > 12 and not english, english


def test_the_turkish_interface_names_an_article_one_way() -> None:
    # Found in a trial: the batch export said "makale" and "yazı" for the same thing; the
    # Article menu is "Makale".
    from xml.etree import ElementTree

    root = ElementTree.parse(translations_dir() / "newsdesk_tr.ts").getroot()
    other_word = []
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or "article" not in source.lower():
            continue
        forms = [form.text or "" for form in translation] or [translation.text or ""]
        other_word += [(source, form) for form in forms if "makale" not in form.lower()]
    assert not other_word
