"""Article › Properties, the embargo and the outlet measure, as a writer meets them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QInputDialog, QMessageBox

from editor.model import Correction, CorrectionKind, Section, Status
from editor.model.embargo import embargo_moment
from editor.model.review import change_status
from editor.storage import container
from editor.text.template import new_article
from editor.ui.dialogs.properties_dialog import ArticlePropertiesDialog
from editor.ui.window.desk_actions import EMBARGO_TICK_MS
from editor.ui.window.workspace import Workspace


def _saved(tmp_path: Path, body: str = "The port reopened today.") -> Path:
    article = new_article("en")
    article.headline = "Port reopens"
    article.sections[0].body = body
    article.sections.append(Section(kind="custom", label="Box:", body="Ferries resume."))
    path = tmp_path / "port.newsdesk"
    container.save(article, path)
    return path


def _fill(qtbot, dialog: ArticlePropertiesDialog) -> None:
    """Set every field through its widget, as a writer would."""
    qtbot.keyClicks(dialog.slugline_edit, "port-reopens")
    dialog.urgency_spin.setFocus()
    dialog.urgency_spin.selectAll()
    qtbot.keyClicks(dialog.urgency_spin, "3")
    embargo = dialog.embargo_edit
    qtbot.mouseClick(embargo.enabled_box, Qt.MouseButton.LeftButton)
    embargo.set_offset(3 * 3600)
    embargo.date_time_edit.setDate(QDate(2026, 12, 8))
    embargo.date_time_edit.setTime(QTime(6, 0))
    qtbot.keyClicks(dialog.note_edit, "Check the ferry times")
    qtbot.keyClicks(dialog.subjects_edit, "medtop:20000763, ports")
    qtbot.keyClicks(dialog.sign_off_edit, "desk/kb")
    qtbot.keyClicks(dialog.copyright_edit, "The Office")
    qtbot.keyClicks(dialog.usage_edit, "No resale")
    news, comment, custom = dialog.genre_combos
    assert news.currentText() == "As its kind: Current"
    assert comment.currentText() == "As its kind: Opinion"
    assert custom.currentText() == "None"
    custom.setCurrentIndex(custom.findData("Analysis"))
    comment.setCurrentIndex(comment.findData("Interview"))
    qtbot.mouseClick(dialog.add_correction_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.add_correction_button, Qt.MouseButton.LeftButton)
    table = dialog.corrections_table
    table.item(0, 0).setText("2026-12-01")
    table.item(0, 2).setText("The ferry leaves at 9, not 8.")
    table.item(1, 0).setText("2026-12-02")
    table.cellWidget(1, 1).setCurrentIndex(2)  # Retraction
    table.item(1, 2).setText("The second quotation is withdrawn.")
    qtbot.mouseClick(dialog.add_correction_button, Qt.MouseButton.LeftButton)
    table.setCurrentCell(2, 2)
    qtbot.mouseClick(dialog.remove_correction_button, Qt.MouseButton.LeftButton)
    assert table.rowCount() == 2


def test_each_desk_field_set_in_the_dialog_is_saved_and_read_back(
    qtbot, workspace: Workspace, tmp_path: Path
) -> None:
    path = _saved(tmp_path)
    window = workspace.open_file(path)
    qtbot.waitExposed(window)
    dialog = window.desk.properties_dialog()
    _fill(qtbot, dialog)
    assert window.desk.apply_properties(dialog)
    assert window.isWindowModified()
    assert window.save()
    saved = container.load(path)
    meta = saved.meta
    assert (meta.slugline, meta.urgency, meta.embargo) == (
        "port-reopens",
        3,
        "2026-12-08T06:00:00+03:00",
    )
    assert meta.editor_note == "Check the ferry times"
    assert meta.subjects == ["medtop:20000763", "ports"]
    assert (meta.sign_off, meta.copyright_holder, meta.usage_terms) == (
        "desk/kb",
        "The Office",
        "No resale",
    )
    # News keeps its kind's genre (nothing written), the others name theirs.
    assert [section.genre for section in saved.sections] == ["", "Interview", "Analysis"]
    assert saved.corrections == [
        Correction("2026-12-01", CorrectionKind.CORRECTION, "The ferry leaves at 9, not 8."),
        Correction("2026-12-02", CorrectionKind.RETRACTION, "The second quotation is withdrawn."),
    ]
    # Opened again, the dialog shows what was saved.
    window.close()
    again = workspace.open_file(path)
    shown = again.desk.properties_dialog()
    assert shown.fields() == again.form.desk_fields()
    assert shown.slugline_edit.text() == "port-reopens"
    assert shown.embargo_edit.embargo() == "2026-12-08T06:00:00+03:00"
    assert shown.embargo_edit.zone_combo.currentText() == "UTC+03:00"
    assert shown.genre_combos[2].currentText() == "Analysis"
    assert shown.corrections_table.cellWidget(1, 1).currentText() == "Retraction"


def test_the_change_is_one_step_of_the_articles_undo_history(
    qtbot, workspace: Workspace, tmp_path: Path
) -> None:
    window = workspace.open_file(_saved(tmp_path))
    qtbot.waitExposed(window)
    dialog = window.desk.properties_dialog()
    _fill(qtbot, dialog)
    window.desk.apply_properties(dialog)
    assert window.article().meta.slugline == "port-reopens"
    window.undo_action.trigger()
    undone = window.article()
    assert (undone.meta.slugline, undone.meta.embargo, undone.corrections) == ("", "", [])
    assert [section.genre for section in undone.sections] == ["", "", ""]
    window.redo_action.trigger()
    redone = window.article()
    assert redone.meta.slugline == "port-reopens"
    assert [section.genre for section in redone.sections] == ["", "Interview", "Analysis"]
    # Nothing changed: no step.
    assert not window.desk.apply_properties(window.desk.properties_dialog())


def test_article_properties_opens_from_its_menu_and_its_key(
    qtbot, workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[ArticlePropertiesDialog] = []

    def record(dialog: ArticlePropertiesDialog) -> int:
        opened.append(dialog)
        return ArticlePropertiesDialog.DialogCode.Rejected

    monkeypatch.setattr(ArticlePropertiesDialog, "exec", record)
    window = workspace.open_file(_saved(tmp_path))
    qtbot.waitExposed(window)
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles.index("&Article") == titles.index("&View") - 1
    assert window.desk.properties_action.shortcut().toString() == "Ctrl+Shift+I"
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    headline = window.form.headline.editor
    headline.setFocus()
    shift_control = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(headline, Qt.Key.Key_I, shift_control)
    assert len(opened) == 1
    assert opened[0].windowTitle() == "Article properties"


def test_an_unreadable_embargo_is_shown_and_kept_until_set_again(
    qtbot, workspace: Workspace, tmp_path: Path
) -> None:
    path = _saved(tmp_path)
    article = container.load(path)
    article.meta.embargo = "next Tuesday"
    container.save(article, path)
    window = workspace.open_file(path)
    qtbot.waitExposed(window)
    assert window.desk.embargo_label.text() == "Embargo cannot be read"
    dialog = window.desk.properties_dialog()
    assert dialog.embargo_edit.problem_label.isVisibleTo(dialog)
    assert "“next Tuesday”" in dialog.embargo_edit.problem_label.text()
    assert dialog.fields().embargo == "next Tuesday"
    # Set again: a date-time with its zone, and the problem is gone.
    qtbot.mouseClick(dialog.embargo_edit.enabled_box, Qt.MouseButton.LeftButton)
    assert embargo_moment(dialog.fields().embargo) is not None
    assert not dialog.embargo_edit.problem_label.isVisibleTo(dialog)
    qtbot.mouseClick(dialog.embargo_edit.enabled_box, Qt.MouseButton.LeftButton)
    assert dialog.fields().embargo == ""


# -- the embargo in the editor --------------------------------------------------------------


@pytest.fixture
def settings():
    """A named reviewer, so status moves need no name asked for."""
    from editor.storage.settings import Settings

    return Settings(autosave_seconds=60, author="Chief Editor")


def test_published_is_refused_under_embargo_in_the_interface_language(
    qtbot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    article = new_article("en")
    article.headline = "Port reopens"
    article.sections[0].body = "The port reopened."
    article.meta.embargo = "2999-01-01T00:00:00+00:00"
    for status in (Status.IN_REVIEW, Status.APPROVED):
        change_status(article, status, "Desk")
    window = workspace.add_window(article)
    review = window.attach_review()
    qtbot.waitExposed(window)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", True))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    assert not review.change_status(Status.PUBLISHED)
    assert len(shown) == 1
    assert shown[0].startswith("The article is under embargo until ")
    assert "it cannot be published before then." in shown[0]
    assert window.article().meta.status == "approved"


def test_the_status_bar_counts_the_embargo_down_once_a_minute_not_on_each_key(
    qtbot, workspace: Workspace, tmp_path: Path
) -> None:
    from ui_articles import type_into

    window = workspace.open_file(_saved(tmp_path))
    qtbot.waitExposed(window)
    desk = window.desk
    assert not desk.embargo_label.isVisible()
    clock = [datetime(2026, 12, 7, 23, 40, tzinfo=UTC)]
    desk.now = lambda: clock[0]
    dialog = desk.properties_dialog()
    qtbot.mouseClick(dialog.embargo_edit.enabled_box, Qt.MouseButton.LeftButton)
    dialog.embargo_edit.set_offset(3 * 3600)
    dialog.embargo_edit.date_time_edit.setDate(QDate(2026, 12, 8))
    dialog.embargo_edit.date_time_edit.setTime(QTime(6, 0))
    desk.apply_properties(dialog)
    assert desk.embargo_label.isVisible()
    assert desk.embargo_label.text() == "Embargo: 3 h 20 min left"
    assert desk.embargo_ticking() and desk._timer.interval() == EMBARGO_TICK_MS
    # Five minutes of typing: the label waits for its minute.
    clock[0] += timedelta(minutes=5)
    type_into(qtbot, window.form.sections[0].editor, " More.")
    qtbot.waitUntil(lambda: "More" in window.article().sections[0].body, timeout=3000)
    assert desk.embargo_label.text() == "Embargo: 3 h 20 min left"
    desk._timer.timeout.emit()
    assert desk.embargo_label.text() == "Embargo: 3 h 15 min left"
    # Lifted: the label goes, the timer stops.
    clock[0] += timedelta(hours=4)
    desk._timer.timeout.emit()
    assert not desk.embargo_label.isVisible()
    assert not desk.embargo_ticking()


# -- outlets -------------------------------------------------------------------------------


def test_the_status_bar_measures_the_article_against_each_outlet(
    qtbot, workspace: Workspace, tmp_path: Path
) -> None:
    # 100 words of body: with the headline's two, 102 words; in English 238 a minute.
    body = " ".join(["harbour"] * 100)
    window = workspace.open_file(_saved(tmp_path, body))
    qtbot.waitUntil(lambda: "total" in window.counts(), timeout=3000)
    desk = window.desk
    words = window.counts()["total"]
    assert words == 2 + 100 + 2  # headline, News, the custom section
    qtbot.waitUntil(lambda: desk.outlet_button.text() != "", timeout=3000)
    assert desk.outlet_button.text() == f"{words} / 800 words (\u2068web\u2069) · 1 min read"
    desk.choose_outlet("print")
    assert workspace.settings.outlet == "print"
    # At 40 characters a line: "Port reopens" 1, 100 × "harbour" (8 a word with its space)
    # 5 a line → 20, "Ferries resume." 1.
    characters = len("Port reopens") + len(body) + len("Ferries resume.")
    assert desk.outlet_button.text() == (
        f"{characters} / 4500 characters · 22 / 120 lines (\u2068print\u2069) · 1 min read"
    )
    desk.choose_outlet("agency")
    assert desk.outlet_button.text().startswith(f"{words} / 600 words (\u2068agency\u2069)")
    # The menu offers the style's outlets, the chosen one checked.
    desk._fill_outlet_menu()
    listed = [(a.text(), a.isChecked()) for a in desk.outlet_menu.actions()]
    assert listed == [("web", False), ("print", False), ("agency", True)]


def test_the_reading_time_follows_the_article_language(
    qtbot, workspace: Workspace, tmp_path: Path
) -> None:
    body = " ".join(["harbour"] * 996)
    window = workspace.open_file(_saved(tmp_path, body))
    qtbot.waitUntil(lambda: window.counts().get("total") == 1000, timeout=3000)
    desk = window.desk
    assert desk.outlet_text().endswith("· 5 min read")  # 1,000 words at 238 a minute
    window.form.meta.language_combo.set_code("ar")
    assert desk.outlet_text().endswith("· 8 min read")  # at 138 a minute


def test_the_one_list_of_desk_fields_names_meta_and_the_dialogs_fields() -> None:
    import dataclasses

    from editor.model import Meta
    from editor.model.article import DESK_FIELDS
    from editor.ui.form.desk_fields import DeskFields

    meta_fields = {item.name for item in dataclasses.fields(Meta)}
    dialog_fields = {item.name for item in dataclasses.fields(DeskFields)}
    assert set(DESK_FIELDS) <= meta_fields
    assert dialog_fields - set(DESK_FIELDS) == {"genres", "corrections"}


def test_the_article_menu_sets_the_articles_language(qtbot, workspace) -> None:
    # Its box is at the page's foot, under the quotations and the byline: a trial looked
    # for it in the Article menu.
    from editor.ui.dialogs.shortcuts_dialog import plain_text

    window = workspace.add_window(new_article("en", "Ana Vale", "the Desk"))
    window.finish_building()
    article_menu = next(a.menu() for a in window.menuBar().actions() if plain_text(a) == "Article")
    language = next(a.menu() for a in article_menu.actions() if plain_text(a) == "Language")
    language.aboutToShow.emit()
    checked = [action.text() for action in language.actions() if action.isChecked()]
    assert checked == ["English (en)"]
    next(action for action in language.actions() if action.text().endswith("(ar)")).trigger()
    assert window.article().language == "ar"
    assert window.form.meta.language_combo.code() == "ar"
    assert window.isWindowModified()
    language.aboutToShow.emit()  # filled again, not added to
    assert [a.text() for a in language.actions() if a.isChecked()] == ["العربية (ar)"]
    assert len(language.actions()) == window.form.meta.language_combo.count()
