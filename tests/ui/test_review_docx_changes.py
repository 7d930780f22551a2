"""Review › Comments and changes from a reviewed DOCX: tracked changes come in as suggestions."""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

import pytest

from editor.storage.settings import Settings
from editor.ui.window.workspace import Workspace

sys.path.insert(0, str(Path(__file__).parents[1] / "importing"))
from review_sample import sample

REVIEWED = Path(__file__).parents[1] / "importing" / "fixtures" / "review-libreoffice.docx"
HEADER = (
    "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    '<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p>'
    '<w:ins w:id="90" w:author="Ed Two" w:date="2026-12-02T10:00:00Z">'
    "<w:r><w:t>DRAFT ONLY</w:t></w:r></w:ins></w:p></w:hdr>"
)


@pytest.fixture
def settings() -> Settings:
    """Settings of the writer who reads the review back."""
    return Settings(autosave_seconds=60, author="Writer One")


@pytest.fixture
def window(qtbot, workspace: Workspace):
    opened = workspace.add_window(sample())
    opened.attach_review()
    qtbot.waitExposed(opened)
    return opened


def test_tracked_changes_come_in_as_suggestions_and_the_message_says_where(
    qtbot, window, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = tmp_path / "returned.docx"
    with zipfile.ZipFile(REVIEWED) as source, zipfile.ZipFile(path, "w") as target:
        for entry in source.infolist():
            target.writestr(entry, source.read(entry))
        target.writestr("word/header1.xml", HEADER)
    told: list[str] = []
    monkeypatch.setattr(
        "PySide6.QtWidgets.QMessageBox.information", lambda _p, _t, text: told.append(text)
    )
    assert window.review.import_docx_comments(str(path)) == 5
    assert told == [
        "0 comments added, 0 already there, 0 kept detached.\n"
        "5 suggestions placed from tracked changes, 0 already there. "
        "(Headline 1, News 2, Quotation q1 1, Comment 1)\n"
        "1 change not placed:\n"
        "  header: «DRAFT ONLY» (Ed Two)"
    ]
    suggestions = window.article().suggestions
    assert sorted((s.part, s.new) for s in suggestions)[0] == ("headline", "port")
    assert {s.author for s in suggestions} == {"Libre Reviewer"}
    assert window.isWindowModified()
    # The text stays the writer's until the suggestions are accepted.
    assert window.article().headline == sample().headline
    assert window.review.docx_comments_action.text() == (
        "Comments and Changes from a Reviewed &DOCX…"
    )
    # Listed in the Suggestions tab and marked in the text at once.
    listed = window.review.panel.suggestions_panel
    assert listed.count() == 5
    boxes = window.review.editors()
    assert boxes["headline"].toPlainText() != boxes["headline"].text()
    assert boxes["headline"].text() == sample().headline
    # Read again: nothing is doubled.
    told.clear()
    assert window.review.import_docx_comments(str(path)) == 0
    assert "0 suggestions placed from tracked changes, 5 already there." in told[0]
    assert len(window.article().suggestions) == 5
