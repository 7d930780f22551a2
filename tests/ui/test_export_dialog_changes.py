"""The Export window's "Word: show changes since" choice: a DOCX with tracked changes."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from PySide6.QtCore import Qt
from ui_articles import english_article

from editor.model import Article
from editor.model.review import make_revision
from editor.ui.dialogs.export_dialog import ExportDialog

EDITOR = "Editor Two"


def revised() -> Article:
    """The English sample with two revisions: the editor moved the reopening to January."""
    article = english_article()
    make_revision(article, "Writer One", "first", at="2026-10-14T09:00:00+00:00")
    body = article.sections[0].body
    article.sections[0].body = body.replace("on 1 December", "on 15 January", 1)
    make_revision(article, EDITOR, "edited", at="2026-10-15T10:00:00+00:00")
    return article


def _dialog(qtbot, workspace, folder: Path) -> ExportDialog:
    dialog = ExportDialog(revised(), workspace, None)
    qtbot.addWidget(dialog)
    for fmt, check in dialog.format_checks.items():
        check.setChecked(fmt == "docx")
    dialog.folder_edit.setText(str(folder))
    return dialog


def _document_xml(folder: Path) -> str:
    (found,) = folder.glob("*.docx")
    with zipfile.ZipFile(io.BytesIO(found.read_bytes())) as package:
        return package.read("word/document.xml").decode("utf-8")


def test_the_choice_lists_the_article_revisions_and_only_for_word(qtbot, workspace, tmp_path):
    dialog = _dialog(qtbot, workspace, tmp_path)
    combo = dialog.changes_combo
    shown = [combo.itemText(index) for index in range(combo.count())]
    assert shown == ["none", "last approved", "first revision", "revision 1", "revision 2"]
    assert combo.isEnabled()
    qtbot.mouseClick(dialog.format_checks["docx"], Qt.MouseButton.LeftButton)
    assert not dialog.format_checks["docx"].isChecked()
    assert not combo.isEnabled()
    assert dialog.changes_since() is None


def test_exporting_with_changes_since_a_revision_tracks_them(qtbot, workspace, tmp_path):
    dialog = _dialog(qtbot, workspace, tmp_path / "out")
    dialog.changes_combo.setCurrentIndex(dialog.changes_combo.findText("revision 1"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=10_000)
    assert all(step.ok for step in dialog.results)
    xml = _document_xml(tmp_path / "out")
    assert f'w:author="{EDITOR}"' in xml and "15 January" in xml and "<w:delText" in xml


def test_exporting_with_none_writes_no_tracked_changes(qtbot, workspace, tmp_path):
    dialog = _dialog(qtbot, workspace, tmp_path / "out")
    assert dialog.changes_combo.currentText() == "none"
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=10_000)
    xml = _document_xml(tmp_path / "out")
    assert "<w:ins " not in xml and "<w:delText" not in xml
