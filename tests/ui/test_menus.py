"""The menus a word processor's user expects, their keys, and where file dialogs start."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QFileDialog
from ui_articles import english_article

from editor.storage.container import save
from editor.storage.folders import UserFolders
from editor.storage.library_read import FOLDERS_FILE, load_library_folders
from editor.ui.common.translations import find_lrelease, install_translations
from editor.ui.window.main_window import MainWindow
from editor.ui.window.workspace import Workspace


def _nearest_folder(folder: Path) -> Path:
    """The library's folder, or (not made yet) the nearest folder above it that exists."""
    while not folder.is_dir():
        folder = folder.parent
    return folder


def shown_window(qtbot, workspace: Workspace) -> MainWindow:
    window = workspace.add_window(english_article())
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    return window


def test_ctrl_h_opens_replace_also_from_the_find_dialog(qtbot, workspace: Workspace) -> None:
    window = shown_window(qtbot, workspace)
    body = window.form.sections[0].editor
    body.setFocus()
    qtbot.keyClick(body, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    dialog = window.find_dialog()
    assert dialog.isVisible()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
    qtbot.keyClicks(dialog.find_edit, "river")
    # A writer who found the word asks for Replace without going back to the article.
    qtbot.keyClick(dialog.find_edit, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert dialog.find_edit.text() == "river"
    assert dialog.focusWidget() is dialog.replace_edit


def test_readme_keys_whatever_the_platform_scheme(qtbot, workspace: Workspace) -> None:
    window = workspace.add_window(english_article())
    assert window.replace_action.shortcut().toString() == "Ctrl+H"
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
    assert window.save_action.shortcut().toString() == "Ctrl+S"
    keys = [action.shortcut().toString() for action in window.pane_actions]
    assert keys == [f"Ctrl+{n}" for n in range(1, 7)]
    redo = [key.toString() for key in window.redo_action.shortcuts()]
    assert redo[:2] == ["Ctrl+Y", "Ctrl+Shift+Z"]


def test_both_redo_keys_redo_the_articles_last_undone_step(qtbot, workspace: Workspace) -> None:
    window = shown_window(qtbot, workspace)
    headline = window.form.headline.editor
    headline.setFocus()
    headline.moveCursor(QTextCursor.MoveOperation.End)
    original = headline.toPlainText()
    for redo in (Qt.KeyboardModifier.ShiftModifier, None):
        qtbot.keyClicks(headline, "!")
        assert headline.toPlainText() == original + "!"
        qtbot.keyClick(headline, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert headline.toPlainText() == original
        if redo is None:
            qtbot.keyClick(headline, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
        else:
            qtbot.keyClick(headline, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | redo)
        assert headline.toPlainText() == original + "!"
        qtbot.keyClick(headline, Qt.Key.Key_Backspace)


def test_select_all_then_copy_puts_the_focused_box_on_the_clipboard(
    qtbot, workspace: Workspace
) -> None:
    window = shown_window(qtbot, workspace)
    standfirst = window.form.standfirst.editor
    standfirst.setFocus()
    QApplication.clipboard().clear()
    window.select_all_action.trigger()
    window.copy_action.trigger()
    assert QApplication.clipboard().text() == standfirst.toPlainText()
    assert "cargo ships by December" in QApplication.clipboard().text()


def test_paste_as_plain_text_drops_the_formatting(qtbot, workspace: Workspace) -> None:
    from PySide6.QtCore import QMimeData

    window = shown_window(qtbot, workspace)
    headline = window.form.headline.editor
    headline.setFocus()
    headline.selectAll()
    data = QMimeData()
    data.setHtml("<b>Bold</b> words")
    data.setText("Bold words")
    QApplication.clipboard().setMimeData(data)
    try:
        qtbot.keyClick(
            headline,
            Qt.Key.Key_V,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
        assert window.article().headline == "Bold words"
    finally:
        # The clipboard owns the mime data: let it go while Python still runs (left to
        # the application's end, its deletion crashed the test process on exit).
        QApplication.clipboard().clear()


def test_keyboard_shortcuts_lists_the_menus_actions(qtbot, workspace: Workspace) -> None:
    from editor.ui.dialogs.shortcuts_dialog import ShortcutsDialog

    window = workspace.add_window(english_article())
    window.shortcuts_action.trigger()
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None and dialog.isVisible()
    rows = dialog.rows()
    assert ("File", "Save", "Ctrl+S") in rows
    assert ("Edit", "Replace…", "Ctrl+H") in rows
    assert ("Insert", "Bold", "Ctrl+B") in rows
    assert ("View", "Sections (again: next section)", "Ctrl+4") in rows
    assert all("&" not in command for _menu, command, _keys in rows)


@pytest.mark.skipif(find_lrelease() is None, reason="Qt's lrelease is absent")
def test_keyboard_shortcuts_speak_the_interface_language(
    qtbot, qapp: QApplication, workspace: Workspace, tmp_path: Path
) -> None:
    from editor.ui.dialogs.shortcuts_dialog import ShortcutsDialog

    install_translations(qapp, "ru", cache_dir=tmp_path / "cache")
    try:
        window = workspace.add_window(english_article())
        dialog = ShortcutsDialog(window.menuBar(), window)
        assert dialog.windowTitle() == "Сочетания клавиш"
        assert ("Файл", "Сохранить", "Ctrl+S") in dialog.rows()
        assert ("Правка", "Выделить всё", "Ctrl+A") in dialog.rows()
    finally:
        install_translations(qapp, "en", cache_dir=tmp_path / "cache")


def test_new_reuses_an_empty_untitled_window(qtbot, workspace: Workspace) -> None:
    window = workspace.new_window()
    window.new_action.trigger()
    assert workspace.windows == [window]
    window.form.headline.editor.setPlainText("A headline")
    window.new_action.trigger()
    assert len(workspace.windows) == 2


def test_new_after_the_settings_changed_starts_in_the_new_language(
    qtbot, workspace: Workspace
) -> None:
    # Found in a trial: after "New articles in: Arabic" in Settings, File › New showed the
    # untouched English window again, its labels, language and byline as before.
    from dataclasses import replace

    english = workspace.new_window()
    workspace.apply(replace(workspace.settings, article_language="ar", author="سلمى"))
    english.new_action.trigger()
    (arabic,) = workspace.windows
    assert arabic is not english
    assert arabic.article().language == "ar"
    assert arabic.article().byline.author == "سلمى"
    assert [section.label for section in arabic.article().sections] == ["الخبر:", "التعليق:"]
    arabic.new_action.trigger()  # nothing changed since: the same untouched window
    assert workspace.windows == [arabic]


def test_save_suggests_the_headline_in_the_library_folder(
    qtbot, workspace: Workspace, user_folders: UserFolders, monkeypatch
) -> None:
    asked: list[str] = []

    def choose(_parent, _title, directory, _filter):
        asked.append(directory)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    window = workspace.add_window(english_article())
    assert not window.save()
    slug = "will-the-river-port-reopen-before-winter"
    assert asked == [str(user_folders.documents / f"{slug}.newsdesk")]
    assert user_folders.documents.is_dir()


def test_open_starts_in_the_folder_last_opened_from(
    qtbot, workspace: Workspace, tmp_path: Path, monkeypatch
) -> None:
    folder = tmp_path / "desk"
    folder.mkdir()
    path = folder / "port.newsdesk"
    save(english_article(), path)
    asked: list[str] = []
    answers = [str(path), ""]

    def choose(_parent, _title, directory, _filter):
        asked.append(directory)
        return answers.pop(0), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    window = workspace.new_window()
    window.open_action.trigger()
    opened = workspace.windows[-1]
    assert opened.path() == path
    # From a new, untitled window: the folder comes from memory, not from an open file.
    opened.new_action.trigger()
    untitled = workspace.windows[-1]
    assert untitled.path() is None
    untitled.open_action.trigger()
    assert asked == [str(_nearest_folder(workspace.folders.documents)), str(folder)]
    # Kept in the settings: the next start begins there too.
    settings = json.loads((workspace.folders.config / "settings.json").read_text("utf-8"))
    assert settings["open_folder"] == str(folder)


def test_import_starts_in_the_folder_last_imported_from(
    qtbot, workspace: Workspace, tmp_path: Path, monkeypatch
) -> None:
    folder = tmp_path / "drafts"
    folder.mkdir()
    draft = folder / "draft.txt"
    draft.write_text("A headline\n\nA paragraph.\n", "utf-8")
    asked: list[str] = []
    answers = [str(draft), ""]

    def choose(_parent, _title, directory, _filter):
        asked.append(directory)
        return answers.pop(0), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    window = workspace.new_window()
    window.import_action.trigger()
    window.import_action.trigger()
    assert asked == [str(_nearest_folder(workspace.folders.documents)), str(folder)]


def test_a_saved_articles_folder_joins_the_library(
    qtbot, workspace: Workspace, tmp_path: Path
) -> None:
    window = workspace.add_window(english_article())
    path = tmp_path / "elsewhere" / "port.newsdesk"
    assert window.save_as(path)
    folders = load_library_folders(workspace.folders)
    assert path.parent in folders
    assert workspace.folders.documents in folders
    # Saved again, or saved beside it: the list does not grow.
    assert window.save_as(path.parent / "copy.newsdesk")
    assert load_library_folders(workspace.folders) == folders
    listed = json.loads((workspace.folders.config / FOLDERS_FILE).read_text("utf-8"))
    assert listed["folders"].count(str(path.parent)) == 1


def test_a_saved_article_is_found_in_the_open_library(
    qtbot, workspace: Workspace, tmp_path: Path
) -> None:
    library = workspace.library()
    window = workspace.add_window(english_article())
    path = tmp_path / "elsewhere" / "port.newsdesk"
    assert window.save_as(path)
    assert library.contains(path)
    assert [hit.path for hit in library.search("dredged")] == [path]


def test_export_starts_in_the_folder_last_exported_to(
    qtbot, workspace: Workspace, tmp_path: Path
) -> None:
    from editor.ui.dialogs.export_dialog import ExportDialog

    first = ExportDialog(english_article(), workspace, None)
    qtbot.addWidget(first)
    assert first.folder_edit.text() == str(_nearest_folder(workspace.folders.documents))
    for fmt, check in first.format_checks.items():
        check.setChecked(fmt == "html")
    first.folder_edit.setText(str(tmp_path / "out"))
    assert first.start()
    qtbot.waitUntil(lambda: not first.is_running(), timeout=10_000)
    second = ExportDialog(english_article(), workspace, tmp_path / "port.newsdesk")
    qtbot.addWidget(second)
    assert second.folder_edit.text() == str(tmp_path / "out")


def test_ctrl_a_in_the_quotation_table_selects_its_rows_not_a_body(
    qtbot, workspace: Workspace
) -> None:
    window = shown_window(qtbot, workspace)
    window.form.complete()
    table = window.form.quotations.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert window.form.sections[0].editor.textCursor().selectedText() == ""
    window.copy_action.trigger()  # nothing to copy from a body the writer is not in
    assert window.form.sections[0].editor.textCursor().selectedText() == ""
