"""Review › Comments and changes from a reviewed DOCX: tracked changes come in as suggestions."""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

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


def returned(data: bytes, path: Path, edit) -> Path:
    """Write a DOCX as a reviewer returns it: ``data`` with its document.xml edited."""
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(path, "w") as target:
        for entry in source.infolist():
            content = source.read(entry)
            if entry.filename == "word/document.xml":
                content = edit(content.decode("utf-8")).encode("utf-8")
            target.writestr(entry, content)
    return path


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
    # The names and words of the article in isolates (FSI … PDI): Latin labels in an Urdu
    # sentence broke its brackets across the line (a trial).
    assert told == [
        "0 comments added, 0 already there, 0 kept detached.\n"
        "5 suggestions placed from tracked changes, 0 already there. "
        "(\u2068Headline: 1, News: 2, Quotation q1: 1, Comment: 1\u2069)\n"
        "1 change not placed:\n"
        "  \u2068header\u2069: «\u2068DRAFT ONLY\u2069» (\u2068Ed Two\u2069)"
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


@pytest.mark.parametrize("suggesting", [False, True])
def test_a_second_reviewed_file_doubles_no_suggestion_shown_already(
    qtbot, window, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, suggesting: bool
) -> None:
    # Read back a second reviewed file (the article's own export with one change more):
    # every open suggestion's words were put in the text again, "Tickets go on sale in
    # March. Tickets go on sale in March.", and saved so (seen on Xvfb).
    from review_sample import exported

    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.information", lambda *_args: None)
    assert window.review.import_docx_comments(str(REVIEWED)) == 5
    window.review.suggestions.set_suggesting(suggesting)
    boxes = window.review.editors()
    before = {part: box.toPlainText() for part, box in boxes.items()}
    stored = {part: box.text() for part, box in boxes.items()}
    first = {(s.part, s.old, s.new) for s in window.article().suggestions}
    # The article's export, its suggestions as tracked changes, and one change more.
    quay = '<w:t xml:space="preserve">The quay is ready.</w:t></w:r>'
    tickets = (
        '<w:ins w:id="901" w:author="Ed Two" w:date="2026-12-02T10:00:00Z">'
        '<w:r><w:t xml:space="preserve"> Tickets go on sale in March.</w:t></w:r></w:ins>'
    )
    path = returned(
        exported(window.article()),
        tmp_path / "second.docx",
        lambda xml: xml.replace(quay, quay + tickets),
    )
    assert window.review.import_docx_comments(str(path)) == 1
    assert len(window.article().suggestions) == 6
    # What is saved: the first five as they were, and the new one.
    now = {(s.part, s.old, s.new) for s in window.article().suggestions}
    assert first < now
    assert now - first == {("sections/0", "", " Tickets go on sale in March.")}
    after = {part: box.toPlainText() for part, box in boxes.items()}
    assert {part: box.text() for part, box in boxes.items()} == stored
    assert after["sections/0"] == before["sections/0"].replace(
        "The quay is ready.", "The quay is ready. Tickets go on sale in March."
    )
    for part in ("headline", "standfirst", "sections/1"):
        assert after[part] == before[part], part


def test_the_message_says_where_the_file_differs_without_a_tracked_change(
    qtbot, window, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from review_sample import exported

    told: list[str] = []
    monkeypatch.setattr(
        "PySide6.QtWidgets.QMessageBox.information", lambda _p, _t, text: told.append(text)
    )
    asked: list[str] = []

    def no(_parent, _title, text):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.question", no)
    path = returned(
        exported(),
        tmp_path / "returned.docx",
        lambda xml: xml.replace("Ships will dock", "Boats will dock"),
    )
    assert window.review.import_docx_comments(str(path)) == 0
    # Named: who last saved the file, else (here: no core properties) the user.
    assert asked == [
        "The file's text differs from the article's in 1 place without a tracked change: "
        f"edits made with Track Changes off. Suggest them as \u2068{window.review.author()}"
        "\u2069's, to accept or reject?"
    ]
    assert told == [
        "0 comments added, 0 already there, 0 kept detached.\n"
        "1 place where the file's text differs from the article's without a tracked change "
        "(not taken; the article keeps its words):\n"
        "  News: «Ships» → «Boats»"
    ]
    assert window.article().suggestions == []


def test_edits_made_without_track_changes_are_suggested_when_the_writer_agrees(
    qtbot, qapp, window, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # A reviewer's edits with Track Changes off were only listed: the writer typed them
    # again from the message (a trial). Agreed to, they are suggestions to accept.
    from review_sample import exported

    told: list[str] = []
    monkeypatch.setattr(
        "PySide6.QtWidgets.QMessageBox.information", lambda _p, _t, text: told.append(text)
    )
    monkeypatch.setattr(
        "PySide6.QtWidgets.QMessageBox.question",
        lambda *_args: QMessageBox.StandardButton.Yes,
    )
    path = returned(
        exported(),
        tmp_path / "returned.docx",
        lambda xml: xml.replace("Ships will dock", "Boats will dock"),
    )
    assert window.review.import_docx_comments(str(path)) == 1
    (suggestion,) = window.article().suggestions
    assert (suggestion.part, suggestion.old, suggestion.new) == ("sections/0", "Ships", "Boats")
    # No core properties in the file: the writer's own name stands for the reviewer's.
    assert suggestion.author == window.review.author()
    # Counted apart: none came from tracked changes (the summary said 1 placed from
    # tracked changes, then "1 of them" without: a trial).
    assert "0 suggestions placed from tracked changes, 0 already there." in told[0]
    assert "1 suggestion from edits made without Track Changes, as" in told[0]
    # The Suggestions tab in front: no comment came (it opened on the empty Comments tab).
    panel = window.review.panel
    assert panel.tabs.currentWidget() is panel.suggestions_panel
    assert window.isWindowModified()


def test_the_turkish_message_counts_suggestions_as_suggestions(
    qtbot, qapp, window, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # Found in a trial: "2 öneri yerleştirildi, 3 yorum zaten vardı. (Yorum 2)": the
    # suggestions already there were counted as comments ("yorum"), and "Yorum 2" (the
    # Comment section, 2 placed) read as a second comment.
    from editor.storage.folders import UserFolders
    from editor.ui.common.theme import apply_ui_language

    told: list[str] = []
    monkeypatch.setattr(
        "PySide6.QtWidgets.QMessageBox.information", lambda _p, _t, text: told.append(text)
    )
    path = tmp_path / "returned.docx"
    path.write_bytes(REVIEWED.read_bytes())
    apply_ui_language(qapp, Settings(ui_language="tr"), UserFolders.default().cache)
    try:
        window.review.import_docx_comments(str(path))
        window.review.import_docx_comments(str(path))  # again: all already there
    finally:
        apply_ui_language(qapp, Settings(ui_language="en"), UserFolders.default().cache)
    first, again = told[0].split("\n")[1], told[1].split("\n")[1]
    assert ": 1" in first and ": 2" in first  # "Haber: 2", a part and its count
    assert "5 öneri zaten vardı" in again and "yorum zaten" not in again


def test_suggestions_accepted_in_the_file_are_accepted_here_when_the_writer_agrees(
    qtbot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # Accept All in the reviewer's office program came back as edits made with Track
    # Changes off, and the article's suggestions stayed open (a trial).
    from review_sample import exported

    from editor.text.suggestions import suggest

    article = sample()
    start = article.sections[0].body.index("Ships will dock")
    suggest(article, "sections/0", start, start + 5, "Boats", "Ed One", at="2026-12-01T10:00:00")
    window = workspace.add_window(article)
    window.attach_review()
    qtbot.waitExposed(window)
    told: list[str] = []
    asked: list[str] = []
    monkeypatch.setattr(
        "PySide6.QtWidgets.QMessageBox.information", lambda _p, _t, text: told.append(text)
    )

    def yes(_parent, _title, text):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.question", yes)
    path = returned(
        exported(),
        tmp_path / "returned.docx",
        lambda xml: xml.replace("Ships will dock", "Boats will dock"),
    )
    window.review.import_docx_comments(str(path))
    assert asked == [
        "The reviewed file shows 1 of the article's suggestion accepted there. Accept here too?"
    ]  # and no question of edits made without Track Changes: there are none
    assert window.article().suggestions == []
    assert "Boats will dock at the new quay." in window.form.sections[0].editor.text()
    assert "1 suggestion accepted here as in the reviewed file." in told[0]
    # One Ctrl+Z takes the acceptance back.
    window.form.history.undo()
    assert "Ships will dock" in window.form.sections[0].editor.text()
