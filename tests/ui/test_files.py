"""Export, import and start-up from the window's File menu."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from ui_articles import english_article

from editor.ui.dialogs.export_dialog import ExportDialog


def test_export_dialog_writes_the_chosen_formats_with_progress(qtbot, workspace, tmp_path):
    window = workspace.add_window(english_article())
    dialog = ExportDialog(window.article(), workspace, None, window)
    qtbot.addWidget(dialog)
    for fmt, check in dialog.format_checks.items():
        check.setChecked(fmt in ("html", "md"))
    dialog.folder_edit.setText(str(tmp_path / "out"))
    assert dialog.start()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=10_000)
    outputs = [step.output for step in dialog.results if step.ok]
    assert sorted(path.suffix for path in outputs) == [".html", ".md"]
    html = next(path for path in outputs if path.suffix == ".html").read_text(encoding="utf-8")
    assert "A quay without a channel is a monument, not a port" in html
    assert dialog.progress.value() == dialog.progress.maximum() == 2
    assert "Done: 2 files written." in dialog.log.toPlainText()
    # Each path a run of its own: in an Arabic sentence its parts were put in another
    # order (found in a trial).
    for path in outputs:
        assert f"Wrote \u2068{path}\u2069" in dialog.log.toPlainText()


def test_import_opens_the_draft_as_an_unsaved_article(qtbot, workspace, tmp_path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text(
        "Will the river port reopen before winter?\n"
        "News:\n"
        "The ministry announced the date.\n"
        "Comment:\n"
        "Doubts remain.\n"
        "Written for the Northland Media Desk by Lena Ortiz\n",
        encoding="utf-8",
    )
    window = workspace.import_draft(None, draft)
    assert window is not None
    article = window.article()
    assert article.headline == "Will the river port reopen before winter?"
    assert "The ministry announced the date." in article.sections[0].body
    assert window.isWindowModified()
    assert window.path() is None
    assert "draft.txt" in window.import_report
    # What the status bar shows, and the report on hovering it.
    assert window._state_label.text() == "Imported, not saved yet (hover for details)"
    assert window._state_label.toolTip() == window.import_report


def test_import_from_an_untouched_new_article_takes_its_place(qtbot, workspace, tmp_path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text("Will the port reopen?\nNews:\nThe ministry announced it.\n", "utf-8")
    untouched = workspace.new_window()
    window = workspace.import_draft(untouched, draft)
    assert window is not None and window is not untouched
    assert workspace.windows == [window]
    # A new article with text of the writer's own stays open beside the draft.
    typed = workspace.new_window(window)
    assert typed is not window
    typed.form.headline.editor.insertPlainText("My own headline")
    imported = workspace.import_draft(typed, draft)
    assert workspace.windows == [window, typed, imported]


def test_run_editor_opens_the_files_given_and_names_the_app(
    qtbot, user_folders, tmp_path, monkeypatch
):
    from editor import APP_ID
    from editor.app import run_editor
    from editor.storage.container import save

    path = tmp_path / "port.newsdesk"
    save(english_article(), path)
    seen: dict[str, object] = {}

    def fake_exec(self) -> int:
        windows = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        seen["titles"] = [w.windowTitle() for w in windows]
        seen["desktop"] = QApplication.desktopFileName()
        for window in windows:
            window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    assert run_editor([str(path)]) == 0
    assert any(title.startswith("port.newsdesk") for title in seen["titles"])
    assert seen["desktop"] == APP_ID
    assert not Path(str(path.with_name(".~port.newsdesk#"))).exists()


def test_a_draft_that_cannot_be_imported_is_reported_with_the_reason(
    qtbot, workspace, tmp_path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: shown.append(text))
    article = tmp_path / "already.newsdesk"
    article.write_bytes(b"not a draft")
    assert workspace.import_draft(None, article) is None
    assert shown and "already a Newsdesk article" in shown[0]
    assert workspace.windows == []


def test_a_recent_file_gone_from_disk_is_said_and_leaves_the_recent_files(
    qtbot, workspace, tmp_path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: shown.append(text))
    kept = tmp_path / "kept.newsdesk"
    gone = tmp_path / "gone.newsdesk"
    workspace.recent.add(kept)
    workspace.recent.add(gone)
    assert workspace.open_file(gone) is None
    assert shown == [
        f"{gone} cannot be opened.\n\nThe file does not exist.\n\nDetails: no such file"
    ]
    assert workspace.recent.paths() == [kept.resolve()]
    assert workspace.windows == []


def test_export_waits_for_the_checklists_errors_or_export_anyway(qtbot, workspace, tmp_path):
    article = english_article()
    article.headline = ""  # an error: the headline is empty
    window = workspace.add_window(article)
    window.attach_language_tools()
    checklist = window.language_tools.export_checklist()
    dialog = ExportDialog(window.article(), workspace, None, window, checklist)
    qtbot.addWidget(dialog)
    for fmt, check in dialog.format_checks.items():
        check.setChecked(fmt == "md")
    dialog.folder_edit.setText(str(tmp_path))
    assert checklist.errors()
    # One box to export in spite of errors: the checklist's (the dialog's own is for the
    # library, which shows no checklist).
    assert dialog.force_check.isHidden() and not checklist.anyway_check.isHidden()
    assert not dialog.start()
    assert (
        "The checklist found errors: fix them, or tick “Export anyway”."
        in dialog.log.toPlainText()
    )
    checklist.anyway_check.setChecked(True)
    assert dialog.start()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=10_000)
    assert [step.output.suffix for step in dialog.results if step.ok] == [".md"]


def test_warnings_alone_do_not_block_an_export(qtbot, workspace, tmp_path) -> None:
    article = english_article()
    article.byline.author = ""  # warnings: the credit line has no author, no office
    article.byline.office = ""
    window = workspace.add_window(article)
    window.attach_language_tools()
    checklist = window.language_tools.export_checklist()
    dialog = ExportDialog(window.article(), workspace, None, window, checklist)
    qtbot.addWidget(dialog)
    for fmt, check in dialog.format_checks.items():
        check.setChecked(fmt == "md")
    dialog.folder_edit.setText(str(tmp_path))
    warnings = checklist.findings()
    assert warnings and not checklist.errors()
    assert checklist.anyway_check.isHidden()  # nothing to override
    assert dialog.start()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=10_000)
    log = dialog.log.toPlainText()
    assert f"Exporting with {len(warnings)} warnings from the checklist." in log
    assert [step.output.suffix for step in dialog.results if step.ok] == [".md"]


def test_windows_of_the_editor_get_spelling_and_the_checklist_after_showing(
    qtbot, user_folders, settings
) -> None:
    from editor.ui.window.workspace import Workspace

    space = Workspace(user_folders, settings)
    window = space.add_window(english_article())
    try:
        assert window.language_tools is None  # not before the first paint
        qtbot.waitUntil(lambda: window.language_tools is not None, timeout=3000)
        menus = [action.text() for action in window.menuBar().actions()]
        assert "&Tools" in menus
    finally:
        window.close()


def test_the_recent_files_are_numbered_and_shown_whole_in_any_direction(
    qtbot, workspace, tmp_path
) -> None:
    # Found in a trial: in the Urdu menu a path with an Urdu file name came out in the
    # wrong order; an "&" in a folder's name was taken for a mnemonic and not shown.
    urdu = tmp_path / "R&D" / "نئے-اسکول.newsdesk"
    other = tmp_path / "port.newsdesk"
    workspace.recent.add(other)
    workspace.recent.add(urdu)
    window = workspace.new_window()
    window.finish_building()
    menu = window.recent_menu
    menu.aboutToShow.emit()
    assert [action.text() for action in menu.actions()] == [
        f"&1 \u2068{str(urdu.resolve()).replace('&', '&&')}\u2069",
        f"&2 \u2068{other.resolve()}\u2069",
    ]


@pytest.mark.parametrize("how", ["open", "import"])
def test_a_file_opened_from_an_untouched_window_takes_its_place_and_size(
    qtbot, workspace, tmp_path, how: str
) -> None:
    # Found in a trial: importing into the empty window opened the draft at another size
    # than the one the writer had given the window it replaced.
    from editor.storage.container import save

    untouched = workspace.new_window()
    untouched.show()
    qtbot.waitExposed(untouched)
    untouched.resize(900, 650)
    qtbot.waitUntil(lambda: untouched.size().width() == 900)
    if how == "open":
        path = tmp_path / "port.newsdesk"
        save(english_article(), path)
        opened = workspace.open_file(path, parent=untouched)
    else:
        path = tmp_path / "draft.txt"
        path.write_text("Will the port reopen?\n\nThe minister said so.", encoding="utf-8")
        opened = workspace.import_draft(untouched, path)
    assert opened is not None and opened is not untouched
    assert workspace.windows == [opened]
    assert (opened.width(), opened.height()) == (900, 650)
    opened.setWindowModified(False)
