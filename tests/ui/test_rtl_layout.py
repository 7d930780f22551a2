"""Right-to-left: Arabic paragraphs laid out RTL, per-pane overrides, the mirrored UI."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QMenu, QToolButton
from ui_articles import arabic_article, english_article, type_text

from editor.storage.container import load
from editor.storage.folders import UserFolders
from editor.storage.settings import Settings
from editor.ui.common.theme import apply_ui_language


def _blocks(box):
    block = box.document().firstBlock()
    while block.isValid():
        yield block
        block = block.next()


def _line_start_x(box, block) -> float:
    """Return where the first character of a laid-out block is drawn."""
    line = block.layout().lineAt(0)
    x, _trailing = line.cursorToX(0)
    return x


def test_arabic_body_paragraphs_are_laid_out_right_to_left(qtbot, workspace) -> None:
    window = workspace.add_window(arabic_article())
    qtbot.waitExposed(window)
    body = window.form.sections[0].editor
    paragraphs = [block for block in _blocks(body) if block.text().strip()]
    assert len(paragraphs) == 2
    width = body.document().textWidth()
    for block in paragraphs:
        assert block.textDirection() == Qt.LayoutDirection.RightToLeft
        assert block.layout().textOption().textDirection() == Qt.LayoutDirection.RightToLeft
        # The first letter is drawn at the right edge, not the left.
        assert _line_start_x(body, block) > width * 0.8
    headline = next(_blocks(window.form.headline.editor))
    assert headline.layout().textOption().textDirection() == Qt.LayoutDirection.RightToLeft


def test_mixed_body_gives_each_paragraph_its_own_direction(qtbot, workspace) -> None:
    window = workspace.add_window(english_article())
    body = window.form.sections[0].editor
    body.set_text("An English paragraph.\n\nفقرة عربية في النص.\n\n123")
    qtbot.waitExposed(window)
    directions = [block.textDirection() for block in _blocks(body) if block.text()]
    assert directions == [
        Qt.LayoutDirection.LeftToRight,
        Qt.LayoutDirection.RightToLeft,
        Qt.LayoutDirection.LeftToRight,
    ]


def test_pane_direction_can_be_forced_and_is_saved(qtbot, workspace, tmp_path) -> None:
    window = workspace.add_window(english_article())
    pane = window.form.sections[1]
    pane.direction_button.set_value("rtl")
    block = pane.editor.document().firstBlock()
    assert block.textDirection() == Qt.LayoutDirection.RightToLeft
    window.form.opening.direction_button.set_value("ltr")
    assert window.save_as(tmp_path / "forced.newsdesk")
    reopened = workspace.open_file(tmp_path / "forced.newsdesk")
    assert reopened is not None
    assert reopened.form.sections[1].direction_button.value() == "rtl"
    assert reopened.form.opening.editor.direction() == "ltr"
    assert reopened.form.sections[0].editor.direction() == "auto"


def _preview_block(window, start: str):
    block = window.preview.browser.document().begin()
    while block.isValid() and not block.text().startswith(start):
        block = block.next()
    return block


def test_direction_chosen_in_the_window_reaches_the_preview_and_the_docx(qtbot, workspace) -> None:
    import io
    import zipfile

    from editor.render.build import build_document
    from editor.render.formats import render_bytes
    from editor.render.styles import load_style

    window = workspace.add_window(english_article())
    qtbot.waitExposed(window)
    window.form.headline.direction_button.set_value("rtl")
    window.form.sections[1].direction_button.set_value("rtl")
    right_to_left = Qt.LayoutDirection.RightToLeft

    def shown_right_to_left(start: str) -> bool:
        block = _preview_block(window, start)
        return block.isValid() and block.blockFormat().layoutDirection() == right_to_left

    qtbot.waitUntil(lambda: shown_right_to_left("Will the river port"), timeout=5000)
    assert shown_right_to_left("Yet doubts remain")
    assert not shown_right_to_left("Speaking at a press conference")
    style = load_style("default")
    data = render_bytes(build_document(window.article(), style), style, "docx")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        xml = archive.read("word/document.xml").decode()
    title = xml[xml.index('<w:pStyle w:val="Title"/>') :].split("</w:p>")[0]
    assert "<w:bidi/>" in title


def test_the_whole_interface_mirrors_for_arabic_and_urdu(qapp: QApplication) -> None:
    try:
        for code in ("ar", "ur"):
            apply_ui_language(qapp, Settings(ui_language=code), UserFolders.default().cache)
            assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
        apply_ui_language(qapp, Settings(ui_language="ru"), UserFolders.default().cache)
        assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    finally:
        apply_ui_language(qapp, Settings(), UserFolders.default().cache)


def test_window_opened_with_arabic_ui_is_mirrored(qtbot, workspace, qapp) -> None:
    try:
        apply_ui_language(qapp, Settings(ui_language="ar"), UserFolders.default().cache)
        window = workspace.add_window(english_article())
        assert window.isRightToLeft()
        assert window.form.quotations.table.isRightToLeft()
        # The English text itself still reads left to right.
        block = window.form.sections[0].editor.document().firstBlock()
        assert block.textDirection() == Qt.LayoutDirection.LeftToRight
    finally:
        apply_ui_language(qapp, Settings(), UserFolders.default().cache)


def test_main_window_of_an_arabic_or_urdu_ui_is_right_to_left(qtbot, workspace, qapp) -> None:
    try:
        for code, direction in (
            ("ar", Qt.LayoutDirection.RightToLeft),
            ("ur", Qt.LayoutDirection.RightToLeft),
            ("ru", Qt.LayoutDirection.LeftToRight),
        ):
            apply_ui_language(qapp, Settings(ui_language=code), UserFolders.default().cache)
            window = workspace.add_window(english_article())
            qtbot.waitExposed(window)
            assert window.layoutDirection() == direction, code
            assert window.menuBar().layoutDirection() == direction, code
            window.setWindowModified(False)
            window.close()
    finally:
        apply_ui_language(qapp, Settings(), UserFolders.default().cache)


# Arabic copy that opens with a Latin name or an acronym (it did run left to right, its
# wrapped lines read in the wrong order, seen on Xvfb).
OPENS_LATIN = "John Smith، مهندس الجسر، قال إن العمل سينتهي في الربيع المقبل."


def test_an_arabic_paragraph_that_opens_with_a_latin_name_is_laid_out_right_to_left(
    qtbot, workspace
) -> None:
    article = arabic_article()
    article.headline = "NASA تعلن موعد الإطلاق الجديد"
    article.sections[0].body = f"{OPENS_LATIN}\n\nThe port reopens on Monday."
    window = workspace.add_window(article)
    qtbot.waitExposed(window)
    body = window.form.sections[0].editor
    first, english = [block for block in _blocks(body) if block.text().strip()]
    assert first.textDirection() == Qt.LayoutDirection.RightToLeft
    assert _line_start_x(body, first) > body.document().textWidth() * 0.8
    assert english.textDirection() == Qt.LayoutDirection.LeftToRight
    headline = next(_blocks(window.form.headline.editor))
    assert headline.textDirection() == Qt.LayoutDirection.RightToLeft
    # The preview lays it out as the editor does.
    right_to_left = Qt.LayoutDirection.RightToLeft

    def previewed_right_to_left() -> bool:
        block = _preview_block(window, "John Smith")
        return block.isValid() and block.blockFormat().layoutDirection() == right_to_left

    qtbot.waitUntil(previewed_right_to_left, timeout=5000)


def test_a_paragraph_typed_turns_right_to_left_when_its_arabic_words_outnumber_a_name(
    qtbot, workspace
) -> None:
    window = workspace.add_window(english_article())
    body = window.form.sections[0].editor
    body.setFocus()
    cursor = body.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    body.setTextCursor(cursor)
    qtbot.keyClick(body, Qt.Key.Key_Return)
    qtbot.keyClicks(body, "NASA")
    qtbot.wait(20)
    typed = body.document().lastBlock()
    assert typed.textDirection() == Qt.LayoutDirection.LeftToRight
    type_text(body, " أعلنت اليوم موعد الإطلاق")
    qtbot.wait(20)
    typed = body.document().lastBlock()
    assert typed.textDirection() == Qt.LayoutDirection.RightToLeft
    # Ctrl+Z takes the words back, and the direction with them: no step takes back the
    # direction alone (a step that changes no text).
    paragraphs = body.document().blockCount()
    texts = [typed.text()]
    while "ا" in texts[-1]:
        qtbot.keyClick(body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        qtbot.wait(20)
        texts.append(body.document().findBlockByNumber(paragraphs - 1).text())
        assert texts[-1] != texts[-2], texts
    assert texts[1:] == ["NASA أعلنت ا", "NASA أعلنت "]  # the typing before the flip
    typed = body.document().findBlockByNumber(paragraphs - 1)
    assert typed.textDirection() == Qt.LayoutDirection.LeftToRight


def test_panels_stand_at_the_end_of_a_line_the_left_in_a_mirrored_interface(
    qtbot, workspace, qapp
) -> None:
    def preview_left_of_text(window) -> bool:
        return window.preview.geometry().center().x() < window.form.geometry().center().x()

    try:
        apply_ui_language(qapp, Settings(ui_language="ar"), UserFolders.default().cache)
        window = workspace.add_window(english_article())
        window.resize(1280, 800)
        qtbot.waitExposed(window)
        assert window.preview.isVisible()
        assert preview_left_of_text(window)
        # Switched while the window is open: the panels move to the other side with it.
        apply_ui_language(qapp, Settings(ui_language="en"), UserFolders.default().cache)
        width = window.preview.width()
        assert width > 200
        qtbot.waitUntil(lambda: not preview_left_of_text(window), timeout=3000)
        assert window.preview.isVisible()
        qtbot.waitUntil(lambda: abs(window.preview.width() - width) <= 8, timeout=3000)
    finally:
        apply_ui_language(qapp, Settings(), UserFolders.default().cache)


def _choose(menu: QMenu, submenu: str, item: str) -> None:
    """Trigger an item of a submenu of a part's menu, as a click on it does."""
    (sub,) = [a.menu() for a in menu.actions() if a.menu() and a.text() == submenu]
    (action,) = [a for a in sub.actions() if a.text() == item]
    action.trigger()


def test_no_setting_stands_between_the_parts_of_the_text(qtbot, workspace) -> None:
    # Six "Direction: auto" and "Article's language" boxes stood in the page between the
    # parts (#15: the page reads as the article will be published).
    window = workspace.add_window(english_article())
    window.show()
    qtbot.waitExposed(window)
    form = window.form
    panes = [form.opening, form.headline, form.standfirst, *form.sections]
    for pane in panes:
        assert pane.findChildren(QComboBox) == []
        shown = [w.text() for w in pane.findChildren(QToolButton) if w.isVisible()]
        assert not any("Direction" in text or "language" in text for text in shown), shown
        assert not pane.direction_button.isVisible()
    assert not form.opening.language_button.isVisible()


def test_a_direction_chosen_from_the_parts_menu_shows_beside_its_name(
    qtbot, workspace, tmp_path
) -> None:
    window = workspace.add_window(english_article())
    window.show()
    qtbot.waitExposed(window)
    headline = window.form.headline
    menu = headline.editor.createStandardContextMenu()
    _choose(menu, "Direction", "Right to left")
    assert (
        headline.editor.document().firstBlock().textDirection() == Qt.LayoutDirection.RightToLeft
    )
    assert headline.direction_button.isVisible()
    assert headline.direction_button.text() == "Right to left"
    assert window.isWindowModified()
    # The opening line's language, from its menu too, named beside it.
    opening = window.form.opening
    _choose(opening.editor.createStandardContextMenu(), "Language", "العربية (ar)")
    assert opening.language_button.isVisible() and opening.language_button.text() == "العربية (ar)"
    assert window.save_as(tmp_path / "chosen.newsdesk")
    saved = load(tmp_path / "chosen.newsdesk")
    assert (saved.headline_direction, saved.opening.language) == ("rtl", "ar")
    # Back to automatic: nothing shows beside the name.
    _choose(headline.editor.createStandardContextMenu(), "Direction", "Automatic")
    assert not headline.direction_button.isVisible()
    assert window.article().headline_direction == "auto"


def test_the_direction_beside_a_parts_name_opens_its_choices(
    qtbot, workspace, monkeypatch
) -> None:
    from editor.ui.form import panes

    window = workspace.add_window(english_article())
    section = window.form.sections[1]
    section.set_direction("rtl")
    shown: list[list[str]] = []

    def choose_left_to_right(menu: QMenu, _at) -> None:
        shown.append([action.text() for action in menu.actions()])
        menu.actions()[1].trigger()

    monkeypatch.setattr(panes, "popup", choose_left_to_right)
    section.direction_button.click()
    assert shown == [["Automatic", "Left to right", "Right to left"]]
    assert window.article().sections[1].direction == "ltr"
    assert section.direction_button.text() == "Left to right"


def test_a_direction_or_language_chosen_is_one_undo_step(qtbot, workspace) -> None:
    # Ctrl+Z (and Edit › Undo) left a part's direction and the opening line's language as
    # chosen (a trial): the only way back was the menu again.
    from PySide6.QtGui import QKeySequence

    window = workspace.add_window(english_article())
    window.show()
    qtbot.waitExposed(window)
    headline, opening = window.form.headline, window.form.opening
    _choose(headline.editor.createStandardContextMenu(), "Direction", "Right to left")
    _choose(opening.editor.createStandardContextMenu(), "Language", "العربية (ar)")
    assert (window.article().headline_direction, window.article().opening.language) == (
        "rtl",
        "ar",
    )
    box = window.form.sections[0].editor
    box.setFocus()
    qtbot.keySequence(box, QKeySequence.StandardKey.Undo)
    assert window.article().opening.language == ""
    assert not opening.language_button.isVisible()
    qtbot.keySequence(box, QKeySequence.StandardKey.Undo)
    assert window.article().headline_direction == "auto"
    assert not headline.direction_button.isVisible()
    assert (
        headline.editor.document().firstBlock().textDirection() == Qt.LayoutDirection.LeftToRight
    )
    qtbot.keySequence(box, QKeySequence.StandardKey.Redo)
    assert window.article().headline_direction == "rtl"
    assert headline.direction_button.text() == "Right to left"
