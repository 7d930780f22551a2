"""The export window says why an export failed in its own words: translated, no flags."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QApplication
from ui_articles import english_article

from editor.storage.folders import UserFolders
from editor.storage.settings import Settings
from editor.ui.common.theme import apply_ui_language
from editor.ui.dialogs.export_dialog import ExportDialog


def _html_export(qtbot, workspace, article, folder) -> ExportDialog:
    """The export window on an article, HTML only, into a folder, run to its end (as the
    library's is: no checklist first)."""
    dialog = ExportDialog(article, workspace, None)
    qtbot.addWidget(dialog)
    for fmt, check in dialog.format_checks.items():
        check.setChecked(fmt == "html")
    dialog.folder_edit.setText(str(folder))
    dialog.show()
    assert dialog.start()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=10_000)
    return dialog


def _refused_export(qtbot, workspace, tmp_path) -> tuple[ExportDialog, str]:
    article = english_article()
    article.sections[0].body += "\n\n[[quote:ghost-1]] [[quote:ghost-2]]"
    dialog = _html_export(qtbot, workspace, article, tmp_path)
    assert not any(step.ok for step in dialog.results)
    (line,) = [text for text in dialog.log.toPlainText().splitlines() if "ghost-1" in text]
    return dialog, line


def test_export_with_an_unknown_quotation_is_refused_unless_forced(qtbot, workspace, tmp_path):
    dialog, _line = _refused_export(qtbot, workspace, tmp_path)
    dialog.force_check.setChecked(True)
    assert dialog.start()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=10_000)
    assert any(step.ok for step in dialog.results)


def test_an_unknown_quotation_is_explained_with_the_windows_own_checkbox(
    qtbot, workspace, tmp_path
) -> None:
    dialog, line = _refused_export(qtbot, workspace, tmp_path)
    assert "--" not in line, line  # no command-line flag in a window
    assert "ghost-1, ghost-2" in line
    assert f"“{dialog.force_check.text()}”" in line  # the way out, as the window offers it


@pytest.mark.parametrize("language", ["ru", "ar"])
def test_an_unknown_quotation_is_explained_in_the_interface_language(
    qtbot, workspace, tmp_path, qapp: QApplication, language: str
) -> None:
    apply_ui_language(qapp, Settings(ui_language=language), UserFolders.default().cache)
    try:
        dialog, line = _refused_export(qtbot, workspace, tmp_path)
        checkbox = dialog.force_check.text()
    finally:
        apply_ui_language(qapp, Settings(), UserFolders.default().cache)
    assert "--" not in line, line
    assert checkbox in line and "quotation" not in checkbox
    # The English of the core and of the window is gone; the ids and the file stay.
    words = line.replace(str(tmp_path), "").replace("ghost-1", "").replace("ghost-2", "")
    for english in ("quotation", "bank", "force", "Failed", "export anyway", "tick"):
        assert english not in words, line
    letters = {"ru": ("\u0400", "\u04ff"), "ar": ("\u0600", "\u06ff")}[language]
    assert any(letters[0] <= char <= letters[1] for char in words), line


def test_a_folder_that_cannot_be_made_is_named_with_the_reason_in_russian(
    qtbot, workspace, tmp_path, qapp: QApplication
) -> None:
    # Found in a trial: "Не удаётся создать папку: No such file or directory", the
    # system's English words and no folder named.
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder", encoding="utf-8")
    folder = blocked / "out"
    apply_ui_language(qapp, Settings(ui_language="ru"), UserFolders.default().cache)
    try:
        dialog = ExportDialog(english_article(), workspace, None)
        qtbot.addWidget(dialog)
        dialog.folder_edit.setText(str(folder))
        assert not dialog.start()
        said = dialog.log.toPlainText()
    finally:
        apply_ui_language(qapp, Settings(), UserFolders.default().cache)
    assert str(folder) in said
    rest = said.replace(str(folder), "")
    assert "Не удаётся создать папку" in rest
    assert not re.search(r"[A-Za-z]{3,}", rest), rest


def test_the_export_log_sets_an_arabic_line_from_the_right(qtbot, workspace, qapp) -> None:
    # Its lines stood at the left in an Arabic or Urdu interface (a QPlainTextEdit).
    from PySide6.QtGui import QTextCursor

    apply_ui_language(qapp, Settings(ui_language="ar"), UserFolders.default().cache)
    try:
        dialog = ExportDialog(english_article(), workspace, None)
        qtbot.addWidget(dialog)
        dialog.resize(700, 500)
        dialog.show()
        qtbot.waitExposed(dialog)
        log = dialog.log
        log.show()
        log.appendPlainText("تعذّر التصدير.")
        log.setTextCursor(QTextCursor(log.document()))  # the first word: at the right end
        assert log.cursorRect().x() > log.viewport().width() * 3 // 4
    finally:
        apply_ui_language(qapp, Settings(), UserFolders.default().cache)


@pytest.mark.parametrize("language", ["en", "ru"])
def test_an_article_without_a_headline_is_not_exported_unless_forced(
    qtbot, workspace, tmp_path, qapp: QApplication, language: str
) -> None:
    # As the library window exports: no checklist shown first; the job's own check stops
    # it (an empty article, an edition not translated yet), in the interface language.
    article = english_article()
    article.headline = ""
    out = tmp_path / "out"
    apply_ui_language(qapp, Settings(ui_language=language), UserFolders.default().cache)
    try:
        dialog = _html_export(qtbot, workspace, article, out)
        log = dialog.log.toPlainText()
        checkbox = dialog.force_check.text()
    finally:
        apply_ui_language(qapp, Settings(), UserFolders.default().cache)
    assert not any(step.ok for step in dialog.results)
    assert not out.exists() or list(out.iterdir()) == []
    assert dialog.open_folder_button.isHidden()  # nothing written, nothing to show
    said = {
        "en": "Headline: The headline is empty. Nothing was exported",
        "ru": "Заголовок: Заголовок пуст. Ничего не экспортировано",
    }[language]
    assert said in log, log
    assert checkbox in log and "--" not in log
    dialog.force_check.setChecked(True)
    assert dialog.start()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=10_000)
    assert [path.suffix for path in out.iterdir()] == [".html"]


def test_open_folder_shows_what_was_written(qtbot, workspace, tmp_path, monkeypatch) -> None:
    # After an export, the folder in the file manager in one click (there was no way but
    # to go and find it: a trial).
    from PySide6.QtGui import QDesktopServices

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    out = tmp_path / "out"
    dialog = _html_export(qtbot, workspace, english_article(), out)
    assert dialog.open_folder_button.isVisible()
    dialog.open_folder_button.click()
    assert opened == [str(out)]
