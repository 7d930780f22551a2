"""The library reached from the main window: search, open, re-index on save, export, status."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from editor.model import Article, Byline, Meta, Section
from editor.storage import container
from editor.ui.library.library_pane import LibraryPane


def save_article(folder: Path, name: str, headline: str, body: str) -> Path:
    article = Article(
        language="en",
        headline=headline,
        sections=[Section(kind="news", label="", body=body)],
        byline=Byline(author="Lena Ortiz", date="2025-02-01"),
        meta=Meta(status="draft"),
    )
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.newsdesk"
    container.save(article, path)
    return path


def open_library(qtbot, window) -> LibraryPane:
    window.library_action.trigger()
    library_window = window._workspace.library_window()
    assert library_window is not None and library_window.isVisible()
    pane = library_window.pane
    qtbot.waitUntil(lambda: pane._scan is None)
    return pane


def headlines(pane: LibraryPane) -> list[str]:
    return [hit.headline for hit in pane.model.hits]


def test_library_is_not_opened_at_start(qtbot, workspace):
    window = workspace.new_window()
    qtbot.waitExposed(window)
    assert workspace.library_window() is None
    assert workspace._library is None
    assert not (workspace.folders.cache / "library.sqlite3").exists()


def test_search_from_the_main_window_and_open_the_article(qtbot, workspace):
    path = save_article(
        workspace.folders.documents,
        "port",
        "Will the river port reopen before winter?",
        "The minister promised the silos.",
    )
    save_article(workspace.folders.documents, "bridge", "A new bridge", "Traffic news.")
    window = workspace.new_window()
    qtbot.waitExposed(window)
    assert window.library_action.shortcut().toString() == "Ctrl+Shift+L"
    pane = open_library(qtbot, window)
    assert pane.search_box.hasFocus() or QApplication.focusWidget() is pane.search_box
    generation = pane.results_generation
    qtbot.keyClicks(pane.search_box, "silos")
    qtbot.waitUntil(lambda: pane.results_generation > generation)
    assert headlines(pane) == ["Will the river port reopen before winter?"]
    qtbot.keyClick(pane.search_box, Qt.Key.Key_Return)
    opened = [w for w in workspace.windows if w.path() == path]
    assert len(opened) == 1
    assert opened[0].form.headline.editor.toPlainText() == (
        "Will the river port reopen before winter?"
    )
    assert "The minister promised the silos." in opened[0].article().sections[0].body
    # The untouched new article it was opened from made way for it.
    assert window not in workspace.windows


def test_saving_an_article_updates_the_open_library(qtbot, workspace):
    path = save_article(workspace.folders.documents, "port", "River port", "Old words.")
    window = workspace.open_file(path)
    qtbot.waitExposed(window)
    pane = open_library(qtbot, window)
    qtbot.keyClicks(pane.search_box, "granary")
    qtbot.waitUntil(
        lambda: pane.results_generation > 0 and pane._refresh_timer.isActive() is False
    )
    assert headlines(pane) == []
    body = window.form.sections[0].editor
    body.setPlainText("The granary was rebuilt.")
    assert window.save()
    qtbot.waitUntil(lambda: headlines(pane) == ["River port"])


def test_saving_without_the_library_open_does_not_create_it(qtbot, workspace):
    path = save_article(workspace.folders.documents, "port", "River port", "Old words.")
    window = workspace.open_file(path)
    qtbot.waitExposed(window)
    window.form.sections[0].editor.setPlainText("New words.")
    assert window.save()
    assert workspace._library is None


def test_export_from_the_library_writes_each_selected_article(qtbot, workspace, tmp_path):
    first = save_article(workspace.folders.documents, "one", "First story", "Alpha words.")
    second = save_article(workspace.folders.documents, "two", "Second story", "Beta words.")
    window = workspace.new_window()
    qtbot.waitExposed(window)
    pane = open_library(qtbot, window)
    shown = []

    def run(dialog):
        shown.append(dialog)
        dialog.folder_edit.setText(str(tmp_path / "out"))
        for fmt, check in dialog.format_checks.items():
            check.setChecked(fmt == "md")
        assert dialog.start()
        qtbot.waitUntil(lambda: not dialog.is_running(), timeout=10000)
        return 0

    from editor.ui.dialogs.export_dialog import ExportDialog

    original = ExportDialog.exec
    ExportDialog.exec = run
    try:
        pane.export_requested.emit([first, second])
    finally:
        ExportDialog.exec = original
    assert len(shown) == 1
    assert shown[0].progress.value() == shown[0].progress.maximum() == 2
    written = {
        path.name: path.read_text(encoding="utf-8") for path in (tmp_path / "out").iterdir()
    }
    assert "First story" in written["2025-02-01-first-story.md"]
    assert "Second story" in written["2025-02-01-second-story.md"]


def test_status_change_from_the_library_uses_the_settings_author(qtbot, workspace, settings):
    path = save_article(workspace.folders.documents, "one", "First story", "Alpha words.")
    workspace.settings = replace(settings, author="Desk Editor")
    window = workspace.new_window()
    qtbot.waitExposed(window)
    pane = open_library(qtbot, window)
    pane.status_change_requested.emit([path], "in_review")
    article = container.load(path)
    assert article.meta.status == "in_review"
    assert [(change.status, change.author) for change in article.status_history] == [
        ("in_review", "Desk Editor")
    ]


def test_set_status_of_an_article_open_here_changes_it_in_its_window(
    qtbot, workspace, monkeypatch
):
    # Library › Set status refused the article open in this editor ("… has this article
    # open", behind Show Details), while the other article changed (seen on Xvfb).
    from PySide6.QtWidgets import QMessageBox

    workspace.settings.author = "Chief Editor"  # else the first status change asks the name
    here = save_article(workspace.folders.documents, "here", "Open story", "Alpha words.")
    there = save_article(workspace.folders.documents, "there", "Shut story", "Beta words.")
    window = workspace.open_file(here)
    qtbot.waitExposed(window)
    told = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: told.append(box.text()))
    open_library(qtbot, window)
    library_window = workspace.library_window()
    library_window._on_status([str(here), str(there)], "in_review")
    assert told == []
    assert window.article().meta.status == "in_review"  # in its window, saved with it
    assert window.isWindowModified()
    assert container.load(there).meta.status == "in_review"
    assert window.save()
    assert container.load(here).meta.status == "in_review"
