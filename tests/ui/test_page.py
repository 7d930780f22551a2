"""One page, one scroll: the text in its exported look, in boxes that grow, no inner bars."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QMenu, QToolButton
from ui_articles import english_article, type_into

from editor.render.html import render_html
from editor.ui.form.text_box import TextBox
from editor.ui.window.main_window import MainWindow
from editor.ui.window.workspace import Workspace

PARAGRAPH = (
    "The ferry board met again on Tuesday and went through the timetable line by line, "
    "from the first boat at six to the last one at midnight."
)


@pytest.fixture
def language_tools() -> bool:
    """No spelling: these tests are about the page (and stay fast)."""
    return False


def _open(workspace: Workspace, qtbot, paragraphs: int = 0) -> MainWindow:
    article = english_article()
    if paragraphs:
        article.sections[0].body = "\n\n".join([PARAGRAPH] * paragraphs)
    window = workspace.add_window(article)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    return window


def _laid_out(qtbot, box: TextBox) -> None:
    """Wait until Qt has laid the box's text out to its end (it does so in steps)."""
    qtbot.waitUntil(
        lambda: box.height() >= box.document().size().height() - 1 and box.height() > 100,
        timeout=5000,
    )


def _cursor_in_view(window: MainWindow, box: TextBox) -> bool:
    form = window.form
    rect = box.cursorRect()
    where = QRect(box.viewport().mapTo(form.viewport(), rect.topLeft()), rect.size())
    return form.viewport().rect().contains(where)


def _menu_action(menu: QMenu, *path: str) -> QAction:
    for name in path[:-1]:
        sub = next(a.menu() for a in menu.actions() if a.text().replace("&", "") == name)
        assert sub is not None
        menu = sub
    return next(a for a in menu.actions() if a.text().replace("&", "") == path[-1])


def test_a_long_body_has_no_scroll_bar_of_its_own(workspace: Workspace, qtbot) -> None:
    window = _open(workspace, qtbot, paragraphs=300)
    body = window.form.sections[0].editor
    _laid_out(qtbot, body)
    qtbot.wait(50)
    assert body.verticalScrollBar().maximum() == 0  # nothing hidden inside the box
    assert not body.verticalScrollBar().isVisible()
    # The page's one scroll bar reaches the whole body (its range follows the body's
    # height as Qt lays the page out again, after the highlighting of the first paint).
    bar = window.form.verticalScrollBar()
    assert bar.isVisible()
    qtbot.waitUntil(
        lambda: bar.maximum() >= body.height() - window.form.viewport().height(), timeout=3000
    )


def test_typing_at_the_end_of_a_long_body_keeps_the_cursor_in_view(
    workspace: Workspace, qtbot
) -> None:
    window = _open(workspace, qtbot, paragraphs=300)
    body = window.form.sections[0].editor
    _laid_out(qtbot, body)
    body.setFocus()
    qtbot.keyClick(body, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(20)
    assert _cursor_in_view(window, body)
    for _line in range(12):
        type_into(qtbot, body, "One more line of the news.")
        qtbot.keyClick(body, Qt.Key.Key_Return)
    qtbot.wait(20)
    assert body.text().endswith("One more line of the news.\n\n")
    assert _cursor_in_view(window, body)
    assert body.verticalScrollBar().maximum() == 0


def test_undo_shows_its_place_on_the_page(workspace: Workspace, qtbot) -> None:
    window = _open(workspace, qtbot, paragraphs=300)
    body = window.form.sections[0].editor
    _laid_out(qtbot, body)
    body.setFocus()
    qtbot.keyClick(body, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    type_into(qtbot, body, " Late news.")
    window.form.headline.editor.setFocus()
    qtbot.wait(20)
    window.form.verticalScrollBar().setValue(0)
    assert not _cursor_in_view(window, body)
    qtbot.keySequence(window.form.headline.editor, QKeySequence.StandardKey.Undo)
    qtbot.wait(20)
    assert not body.text().endswith("Late news.")
    assert _cursor_in_view(window, body)


def test_page_down_turns_the_page_and_takes_the_cursor(workspace: Workspace, qtbot) -> None:
    window = _open(workspace, qtbot, paragraphs=300)
    body = window.form.sections[0].editor
    _laid_out(qtbot, body)
    body.setFocus()
    bar = window.form.verticalScrollBar()
    for _page in range(3):
        before, at = bar.value(), body.textCursor().position()
        qtbot.keyClick(body, Qt.Key.Key_PageDown)
        qtbot.wait(10)
        assert bar.value() > before
        assert body.textCursor().position() > at
        assert _cursor_in_view(window, body)


def test_down_at_the_last_line_goes_on_into_the_next_part(workspace: Workspace, qtbot) -> None:
    window = _open(workspace, qtbot)
    headline = window.form.headline.editor
    headline.setFocus()
    qtbot.keyClick(headline, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(headline, Qt.Key.Key_Down)
    standfirst = window.form.standfirst.editor
    assert standfirst.hasFocus()
    # In its first line (at the same place across the page, or the line's end).
    first_line = standfirst.document().firstBlock().layout().lineAt(0)
    assert standfirst.textCursor().position() <= first_line.textLength()
    qtbot.keyClick(standfirst, Qt.Key.Key_Up)
    assert headline.hasFocus()


def _cursor_x(box) -> int:
    return box.viewport().mapToGlobal(box.cursorRect().center()).x()


def test_up_and_down_across_parts_keep_the_place_across_the_page(
    workspace: Workspace, qtbot
) -> None:
    # Up from the start of a body's text went to the end of the part above ("settled.Y"),
    # and from its middle to another word (seen on Xvfb).
    window = _open(workspace, qtbot)
    body = window.form.sections[0].editor
    standfirst = window.form.standfirst.editor
    body.setFocus()
    cursor = body.textCursor()
    cursor.setPosition(12)
    body.setTextCursor(cursor)
    x = _cursor_x(body)
    qtbot.keyClick(body, Qt.Key.Key_Up)
    assert standfirst.hasFocus()
    # In the standfirst's last line, within a letter of the same place.
    last = standfirst.document().lastBlock()
    line = last.layout().lineAt(last.layout().lineCount() - 1)
    assert standfirst.textCursor().position() >= last.position() + line.textStart()
    assert abs(_cursor_x(standfirst) - x) < standfirst.fontMetrics().averageCharWidth() * 2
    qtbot.keyClick(standfirst, Qt.Key.Key_Down)
    assert body.hasFocus()
    assert abs(_cursor_x(body) - x) < body.fontMetrics().averageCharWidth() * 2


def test_headline_is_set_as_the_house_style_sizes_it(workspace: Workspace, qtbot) -> None:
    window = _open(workspace, qtbot)
    form = window.form
    style = window.house_style()
    body = form.sections[0].editor.font()
    headline = form.headline.editor.font()
    assert headline.bold()
    assert headline.pointSizeF() > body.pointSizeF()
    expected = body.pointSizeF() * style.sizes.title / style.sizes.body
    assert headline.pointSizeF() == pytest.approx(expected, abs=0.01)
    label = form.sections[0].label_edit.font()
    assert label.bold() and label.pointSizeF() > body.pointSizeF()
    # Another style, another headline.
    form.set_house_style(style.replace(sizes=style.sizes.replace(title=40.0)))
    bigger = form.headline.editor.font().pointSizeF()
    assert bigger == pytest.approx(body.pointSizeF() * 40.0 / style.sizes.body, abs=0.01)
    assert form.sections[0].editor.font().pointSizeF() == body.pointSizeF()


def test_part_names_are_quiet_labels_not_boxes(workspace: Workspace, qtbot) -> None:
    window = _open(workspace, qtbot)
    form = window.form
    for pane in (form.opening, form.headline, form.standfirst, *form.sections):
        title = pane.title_widget()
        assert isinstance(title, QToolButton)
        assert not title.isCheckable()  # no fold button
        assert title.arrowType() == Qt.ArrowType.NoArrow
        assert not title.font().bold()
        assert title.font().pointSizeF() < pane.editor.font().pointSizeF()
        assert pane.editor.frameShape() == pane.editor.Shape.NoFrame
    assert form.headline.title_widget().text() == "Headline"
    assert not form.sections[0].label_edit.hasFrame()


def test_direction_from_the_context_menu_reaches_the_export(workspace: Workspace, qtbot) -> None:
    window = _open(workspace, qtbot)
    headline = window.form.headline.editor
    menu = headline.createStandardContextMenu(QPoint(4, 4))
    _menu_action(menu, "Direction", "Right to left").trigger()
    menu.deleteLater()
    assert headline.direction() == "rtl"
    html = render_html(window.article(), window.house_style())
    assert re.search(r'<h1 dir="rtl"', html), html[:400]
    assert window.isWindowModified()
    # A section body's menu has it too, with the section's own entries.
    body = window.form.sections[1].editor
    menu = body.createStandardContextMenu(QPoint(4, 4))
    _menu_action(menu, "Direction", "Right to left").trigger()
    assert _menu_action(menu, "Section", "Move section up").isEnabled()
    menu.deleteLater()
    assert window.article().sections[1].direction == "rtl"


def test_opening_line_language_from_its_context_menu(workspace: Workspace, qtbot) -> None:
    window = _open(workspace, qtbot)
    opening = window.form.opening.editor
    menu = opening.createStandardContextMenu(QPoint(4, 4))
    _menu_action(menu, "Language", "العربية (ar)").trigger()
    menu.deleteLater()
    assert window.article().opening.language == "ar"


def test_the_blocks_on_screen_are_those_the_page_shows(workspace: Workspace, qtbot) -> None:
    """Spelling marks what is on screen first: on the page, where the page is scrolled to."""
    from editor.ui.form.gradual_highlight import visible_blocks

    window = _open(workspace, qtbot, paragraphs=300)
    body = window.form.sections[0].editor
    _laid_out(qtbot, body)
    bar = window.form.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    qtbot.wait(20)
    first, last = visible_blocks(body)
    view = window.form.viewport()
    middle = body.viewport().mapFrom(view, QPoint(view.width() // 2, view.height() // 2))
    shown = body.cursorForPosition(middle).block().blockNumber()
    assert first.blockNumber() <= shown <= last
    assert first.blockNumber() > 0


def test_find_shows_a_word_deep_in_a_long_body(workspace: Workspace, qtbot) -> None:
    article = english_article()
    article.sections[0].body = "\n\n".join([PARAGRAPH] * 300 + ["The zeppelin docked."])
    window = workspace.add_window(article)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    body = window.form.sections[0].editor
    _laid_out(qtbot, body)
    window.form.headline.editor.setFocus()
    dialog = window.find_dialog()
    dialog.find_edit.setText("zeppelin")
    assert dialog.find_next()
    qtbot.wait(20)
    assert body.textCursor().selectedText() == "zeppelin"
    assert _cursor_in_view(window, body)


@pytest.mark.parametrize("width", [800, 1920])
def test_the_page_fills_a_narrow_window_and_is_centred_in_a_wide_one(
    workspace: Workspace, qtbot, width: int
) -> None:
    window = _open(workspace, qtbot)
    window.resize(width, 700)
    qtbot.wait(30)
    form = window.form
    page = form.page_widget()
    view = form.viewport()
    left = page.mapTo(view, QPoint(0, 0)).x()
    right = view.width() - (left + page.width())
    paper = window.house_style().page.width_mm * form.logicalDpiX() / 25.4
    assert page.width() <= paper + 1
    if width == 800:
        assert left <= 16 and right <= 16  # the page takes the width there is
    else:
        assert abs(left - right) <= 2 and left > 16  # a page on the desk, centred
    # The text runs as wide as between the paper's margins, when there is room.
    style = window.house_style().page
    text = (style.width_mm - style.margin_left - style.margin_right) * form.logicalDpiX() / 25.4
    assert abs(form.headline.editor.width() - text) <= 2


def _ink_rows(image) -> list[int]:
    return [
        y
        for y in range(image.height())
        if any(image.pixelColor(x, y).lightness() < 200 for x in range(0, image.width(), 2))
    ]


def test_a_placeholder_in_a_taller_script_shows_whole(qtbot, workspace) -> None:
    from PySide6.QtGui import QImage, QPainter

    # An Arabic placeholder in an empty one-line box: Qt clipped it to one line of the
    # box's Latin font and its lower half was lost (seen in the Arabic interface).
    words = "ملخص اختياري في فقرة واحدة"
    article = english_article()
    article.standfirst = ""
    window = workspace.add_window(article)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    box = window.form.standfirst.editor
    box.setPlaceholderText(words)  # as the Arabic interface words it
    qtbot.wait(50)
    shown = _ink_rows(box.viewport().grab().toImage())
    # The same words drawn with room to spare: how tall their ink is.
    free = QImage(600, 200, QImage.Format.Format_RGB32)
    free.fill(Qt.GlobalColor.white)
    painter = QPainter(free)
    painter.setFont(box.font())
    painter.drawText(QRect(0, 0, 600, 200), int(Qt.AlignmentFlag.AlignTop), words)
    painter.end()
    whole = _ink_rows(free)
    assert shown and max(shown) - min(shown) >= max(whole) - min(whole) - 1
    assert box.placeholderText() == words


def test_enter_in_the_headline_or_standfirst_goes_on_into_the_next_part(
    workspace: Workspace, qtbot
) -> None:
    window = _open(workspace, qtbot)
    headline = window.form.headline.editor
    headline.setFocus()
    qtbot.keyClick(headline, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(headline, Qt.Key.Key_Return)
    standfirst = window.form.standfirst.editor
    assert standfirst.hasFocus()
    before = standfirst.text()
    qtbot.keyClick(standfirst, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(standfirst, " More.")
    body = window.form.sections[0].editor
    old_body = body.text()
    qtbot.keyClick(standfirst, Qt.Key.Key_Enter)  # the keypad's Enter too
    assert body.hasFocus()
    # Into a new first paragraph of the body, above its text, as under a title.
    qtbot.keyClicks(body, "A new first paragraph.")
    assert body.text() == "A new first paragraph.\n\n" + old_body
    # Each box keeps its one paragraph; nothing typed is lost.
    assert "\n" not in headline.text()
    assert standfirst.text() == before + " More."
    # Into a one-paragraph part with text: at its end, to go on with it.
    headline.setFocus()
    qtbot.keyClick(headline, Qt.Key.Key_Home)
    qtbot.keyClick(headline, Qt.Key.Key_Return)
    assert standfirst.hasFocus()
    assert standfirst.textCursor().position() == len(before + " More.")


def test_enter_in_a_section_label_goes_on_into_its_text(workspace: Workspace, qtbot) -> None:
    window = _open(workspace, qtbot)
    pane = window.form.sections[0]
    label = pane.label_edit
    label.setFocus()
    label.selectAll()
    qtbot.keyClicks(label, "Harbour:")
    old_body = pane.editor.text()
    qtbot.keyClick(label, Qt.Key.Key_Return)
    assert pane.editor.hasFocus()
    qtbot.keyClicks(pane.editor, "Ships moved to the southern quay.")
    # The label keeps its words; the typed text opens the section, above its old text.
    assert label.text() == "Harbour:"
    assert pane.editor.text() == "Ships moved to the southern quay.\n\n" + old_body
    article = window.article()
    assert article.sections[0].label == "Harbour:"
    assert article.sections[0].body.startswith("Ships moved to the southern quay.\n\n")


def test_tab_goes_from_one_parts_text_to_the_next(workspace: Workspace, qtbot) -> None:
    window = _open(workspace, qtbot)
    form = window.form
    form.opening.editor.setFocus()
    reached = []
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    # The direction and language settings beside each text are not in the way.
    # Nor the section's label (F2 goes there): typing after Tab replaced it (a trial).
    assert reached == [form.headline.editor, form.standfirst.editor, form.sections[0].editor]


def test_a_parts_name_is_no_button_a_click_on_it_goes_to_its_text(
    workspace: Workspace, qtbot
) -> None:
    window = _open(workspace, qtbot)
    title = window.form.opening.title_widget()
    resting = title.grab().toImage()
    title.setAttribute(Qt.WidgetAttribute.WA_UnderMouse, True)  # the mouse over it
    assert title.grab().toImage() == resting  # no frame, no raised button
    title.setAttribute(Qt.WidgetAttribute.WA_UnderMouse, False)
    window.form.headline.editor.setFocus()
    qtbot.mouseClick(title, Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is window.form.opening.editor


def test_a_body_emptied_shows_its_whole_placeholder(qtbot, workspace) -> None:
    # Ctrl+A, Delete in a long section: the box's first paint empty asked for its viewport
    # and drew nothing; only the caret's blinks drew it after, a sliver of the first letter
    # of the placeholder (seen on Xvfb). What is on screen: the window's backing store.
    window = _open(workspace, qtbot, paragraphs=20)
    box = window.form.sections[0].editor
    box.setFocus()
    qtbot.wait(20)
    qtbot.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(box, Qt.Key.Key_Delete)
    assert box.text() == ""
    window.form.ensureWidgetVisible(box)
    qtbot.wait(100)
    shown = window.screen().grabWindow(window.winId()).toImage()
    paper = box.palette().color(QPalette.ColorRole.Base)
    width = box.fontMetrics().horizontalAdvance(box.placeholderText())
    origin = box.viewport().mapTo(window, QPoint(0, 0))
    ratio = shown.devicePixelRatio()
    inked = {
        x
        for x in range(min(width, box.viewport().width()))
        for y in range(box.fontMetrics().height() + 8)
        if shown.pixelColor(int((origin.x() + x) * ratio), int((origin.y() + y) * ratio)).rgb()
        != paper.rgb()
    }
    # Ink across the placeholder's width, not at its start alone.
    assert inked and max(inked) > width * 0.7, (sorted(inked)[:5], width)


def test_the_opening_lines_two_settings_do_not_touch(workspace: Workspace, qtbot) -> None:
    # "Direction: auto" and "Article's language" stood edge to edge (a trial).
    window = _open(workspace, qtbot)
    opening = window.form.opening
    opening.set_direction("rtl")
    opening.language_button.set_value("ar")
    QApplication.processEvents()
    direction, language = opening.direction_button.geometry(), opening.language_button.geometry()
    assert opening.direction_button.isVisible() and opening.language_button.isVisible()
    first, second = sorted((direction, language), key=lambda box: box.x())
    assert second.x() - (first.x() + first.width()) >= 6
