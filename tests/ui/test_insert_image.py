"""Insert › Image: a picture is stored in the article's assets/ and placed at the cursor."""

from __future__ import annotations

from pathlib import Path

import pytest
from pictures import jpeg_header, png
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox
from ui_articles import english_article

from editor.model.images import MAX_IMAGE_BYTES
from editor.storage.container import load


def _window(qtbot, workspace):
    window = workspace.add_window(english_article())
    window.show()
    qtbot.waitExposed(window)
    body = window.form.sections[0].editor
    body.setFocus()
    cursor = body.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    body.setTextCursor(cursor)
    return window, body


def test_a_picture_is_stored_and_placed_in_a_paragraph_of_its_own(
    qtbot, workspace, tmp_path: Path
) -> None:
    window, _body = _window(qtbot, workspace)
    before = window.article().sections[0].body
    picture = tmp_path / "harbour_map.png"
    picture.write_bytes(png(4, 3))

    assert window.insert_image(picture) == "harbour_map.png"

    article = window.article()
    assert article.assets["harbour_map.png"] == picture.read_bytes()
    # Its own paragraph after the one the cursor was in; the alt text the name in words.
    assert article.sections[0].body == before + "\n\n![harbour map](assets/harbour_map.png)"
    # The same picture again is stored once; another of the same name gets a name of its own.
    assert window.insert_image(picture) == "harbour_map.png"
    other = tmp_path / "other" / "harbour_map.png"
    other.parent.mkdir()
    other.write_bytes(png(5, 5))
    assert window.insert_image(other) == "harbour_map-2.png"
    assert set(window.article().assets) == {"harbour_map.png", "harbour_map-2.png"}

    # Saved with the article, read back from the file.
    path = tmp_path / "story.newsdesk"
    assert window.save_as(path)
    assert load(path).assets["harbour_map-2.png"] == other.read_bytes()


def test_undo_takes_the_placed_picture_back_in_one_step(qtbot, workspace, tmp_path) -> None:
    window, body = _window(qtbot, workspace)
    before = window.article().sections[0].body
    picture = tmp_path / "map.jpg"
    picture.write_bytes(jpeg_header(800, 600))
    assert window.insert_image(picture) == "map.jpg"
    qtbot.keySequence(body, QKeySequence.StandardKey.Undo)
    assert window.article().sections[0].body == before


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (b"%PDF-1.7 not a picture", "The file is not a PNG, JPEG or GIF picture"),
        (jpeg_header(60_000, 40_000), "The picture has 2,400 million pixels"),
        (None, "The picture's file is 30.1 MB; an article takes pictures up to 30 MB."),
    ],
)
def test_a_file_that_is_no_picture_or_too_large_is_refused_with_why(
    qtbot, workspace, tmp_path: Path, monkeypatch, content: bytes | None, said: str
) -> None:
    window, _body = _window(qtbot, workspace)
    before = window.article()
    picture = tmp_path / "scan.png"
    picture.write_bytes(content if content is not None else png(2, 2) + bytes(MAX_IMAGE_BYTES))
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda _parent, _title, text, *_a: shown.append(text)
    )

    assert window.insert_image(picture) is None

    assert len(shown) == 1
    assert shown[0].startswith("scan.png was not placed in the article.")
    assert said in shown[0]
    after = window.article()
    assert after.assets == before.assets
    assert after.sections[0].body == before.sections[0].body


@pytest.mark.parametrize(
    ("make", "said"),
    [
        (lambda path: None, "The file does not exist."),
        (lambda path: path.mkdir(), "This is a folder, not a file."),
    ],
)
def test_a_picture_that_cannot_be_read_is_refused_with_why(
    qtbot, workspace, tmp_path: Path, monkeypatch, make, said: str
) -> None:
    window, _body = _window(qtbot, workspace)
    before = window.article()
    picture = tmp_path / "gone.png"
    make(picture)
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda _parent, _title, text, *_a: shown.append(text)
    )

    assert window.insert_image(picture) is None

    assert len(shown) == 1
    assert shown[0].startswith(f"gone.png was not placed in the article.\n\n{said}")
    assert window.article().assets == before.assets


def test_the_menu_entry_asks_for_a_picture_and_places_it(
    qtbot, workspace, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    window, body = _window(qtbot, workspace)
    picture = tmp_path / "ferry.gif"
    picture.write_bytes(b"GIF89a\x0a\x00\x05\x00\x00\x00\x00;")
    asked: list[str] = []

    def choose(_parent, title, _folder, _filter):
        asked.append(title)
        return str(picture), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    window.image_action.trigger()  # as the menu does: its signal says "not checked"
    assert asked == ["Insert image"]
    # The next picture, or draft, is asked for in the folder this one came from.
    assert workspace.last_folder("import") == tmp_path
    assert window.article().sections[0].body.endswith("![ferry](assets/ferry.gif)")
    assert window.focusWidget() is body


def test_file_dialogs_open_in_a_folder_that_exists_before_the_first_save(workspace) -> None:
    documents = workspace.folders.documents
    assert not documents.exists()  # made by the first save
    for kind in ("open", "import", "export"):
        folder = workspace.last_folder(kind)
        assert folder.is_dir()
        assert documents.is_relative_to(folder)
    documents.mkdir(parents=True)
    assert workspace.last_folder("import") == documents
