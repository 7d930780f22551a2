"""A damaged article file: the editor offers what it still holds, as a new article."""

from __future__ import annotations

import zipfile
from io import BytesIO
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from ui_articles import english_article

from editor.storage import container
from editor.ui.window.workspace import Workspace


class Offer:
    """Stands in for the dialog: notes its text, then presses the button named."""

    def __init__(self, button: str) -> None:
        self.button = button
        self.texts: list[str] = []

    def __call__(self, box: QMessageBox) -> int:
        self.texts.append(box.text())
        chosen = next(b for b in box.buttons() if b.text() == self.button)
        chosen.click()
        return 0


def _cut_file(tmp_path: Path) -> tuple[Path, str]:
    article = english_article()
    data = container.dumps(article)
    infos = zipfile.ZipFile(BytesIO(data)).infolist()
    second = next(info for info in infos if info.filename.startswith("sections/02"))
    path = tmp_path / "torn.newsdesk"
    path.write_bytes(data[: second.header_offset + 60])  # cut within the second section
    return path, second.filename


@pytest.mark.parametrize("choice", ["Open What Can Be Read", "Cancel"])
def test_a_file_cut_short_opens_what_it_holds_as_a_new_article(
    qtbot, workspace: Workspace, tmp_path: Path, monkeypatch, choice: str
) -> None:
    path, lost = _cut_file(tmp_path)
    before = path.read_bytes()
    offer = Offer(choice)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: offer(box))
    window = workspace.open_file(path)
    (text,) = offer.texts
    assert f"{path} is damaged." in text
    assert f"• {lost}" in text
    assert "the damaged file stays as it is" in text
    assert path.read_bytes() == before  # never written over
    if choice == "Cancel":
        assert window is None
        return
    assert window is not None
    source = english_article()
    assert window.article().headline == source.headline
    assert window.article().sections[0].body == source.sections[0].body
    assert window.article().sections[1].body == ""
    assert window.path() is None  # Save asks where: not over the damaged file
    assert window.isWindowModified()
    assert window._state_label.text() == (
        "Recovered from a damaged file, not saved yet (hover for details)"
    )
    assert f"Not read: {lost}" in window._state_label.toolTip()


def test_a_file_with_nothing_to_salvage_is_reported_as_before(
    qtbot, workspace: Workspace, tmp_path: Path, monkeypatch
) -> None:
    path = tmp_path / "notes.newsdesk"
    path.write_bytes(b"Will the ferry run?\n")
    reported: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: reported.append(box.text()) or 0)
    monkeypatch.setattr(
        QMessageBox, "critical", lambda _parent, _title, text: reported.append(text)
    )
    assert workspace.open_file(path) is None
    (text,) = reported
    assert "cannot be opened" in text and "Open What Can Be Read" not in text
