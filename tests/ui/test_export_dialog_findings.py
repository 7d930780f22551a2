"""The export dialog's findings as a writer uses them (seen on an 800×600 Xvfb screen): a
list with room for its rows, places named by paragraph, and the place a double-click shows
left uncovered by the dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QApplication, QTreeWidget, QTreeWidgetItem
from ui_articles import english_article

from editor.model import Article
from editor.text.checklist import format_finding, run_checklist
from editor.ui.dialogs.export_dialog import ExportDialog
from editor.ui.window.main_window import MainWindow
from editor.ui.window.workspace import Workspace

SMALL_SCREEN = QRect(0, 0, 800, 600)


# A desktop's usual 11 pt interface font in every test here (conftest's desktop_font).
pytestmark = pytest.mark.usefixtures("desktop_font")


def _article() -> Article:
    """The English sample with ten findings: five double spaces in paragraphs of both bodies,
    four of its quotations' details and the credit line's office."""
    article = english_article()
    news, comment = article.sections
    news.body = news.body.replace("of Kestrel Bay", "of  Kestrel Bay")
    news.body = news.body.replace("in the capital", "in  the capital")
    comment.body = comment.body.replace("Yet doubts remain.", "Yet  doubts remain.")
    comment.body = comment.body.replace("So the question", "So  the question")
    comment.body = comment.body.replace("a loaded ship", "a  loaded ship")
    article.byline.office = ""
    return article


def _window(workspace: Workspace, qtbot, width: int, height: int) -> MainWindow:
    window = workspace.add_window(_article())
    window.attach_language_tools()
    window.form.complete()
    window.move(0, 0)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    return window


def _dialog(window: MainWindow, workspace: Workspace, qtbot) -> ExportDialog:
    """The dialog as File › Export… opens it (shown here, not run modally)."""
    tools = window.language_tools
    assert tools is not None
    tools.panel.spelling_check.setChecked(False)  # no dictionary in the tests
    dialog = ExportDialog(window.article(), workspace, None, window, tools.export_checklist())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    return dialog


def _tree(dialog: ExportDialog) -> QTreeWidget:
    tree = dialog.checklist.tree if dialog.checklist is not None else None
    assert tree is not None
    return tree


def _rows(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    return [tree.topLevelItem(row) for row in range(tree.topLevelItemCount())]


def _first_in(tree: QTreeWidget, part: str, line: int) -> QTreeWidgetItem:
    """The first finding listed in a part at a line of its text."""
    for item in _rows(tree):
        finding = item.data(0, Qt.ItemDataRole.UserRole)
        if (finding.part, finding.line) == (part, line):
            return item
    raise AssertionError(f"no finding at {part} line {line}")


def _whole_rows(tree: QTreeWidget) -> int:
    """How many rows the list shows whole, from its first."""
    view = tree.viewport().rect()
    return sum(1 for item in _rows(tree) if view.contains(tree.visualItemRect(item)))


def _place_on_screen(window: MainWindow, part: str) -> QRect:
    """Where the editor shows the cursor's line of a part, on the screen."""
    box = window.form.text_box(part)
    assert box is not None
    line = box.cursorRect()
    viewport = box.viewport()
    return QRect(
        viewport.mapToGlobal(QPoint(0, line.top())), QSize(viewport.width(), line.height())
    )


def _double_click(qtbot, tree: QTreeWidget, item: QTreeWidgetItem) -> None:
    rect = tree.visualItemRect(item)
    # A double-click follows a press, as from a real mouse.
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _on_a_small_screen(
    workspace: Workspace, qtbot, monkeypatch: pytest.MonkeyPatch
) -> tuple[MainWindow, ExportDialog, QTreeWidget]:
    """The window at 800×600 on a screen of that size, its export dialog and findings."""
    monkeypatch.setattr(ExportDialog, "_screen_room", lambda _self: SMALL_SCREEN, raising=False)
    window = _window(workspace, qtbot, 800, 600)
    dialog = _dialog(window, workspace, qtbot)
    return window, dialog, _tree(dialog)


def test_the_findings_get_the_room_and_the_log_waits_until_it_has_something(
    workspace: Workspace, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The list was 2½ rows tall, its third row cut, above an empty log as tall as itself.
    _window, dialog, tree = _on_a_small_screen(workspace, qtbot, monkeypatch)
    assert tree.topLevelItemCount() == 10
    # Six findings whole, and the dialog still fits the screen (a title bar of 40 px too).
    assert _whole_rows(tree) >= 6
    assert dialog.frameGeometry().height() + 40 <= SMALL_SCREEN.height()
    assert dialog.frameGeometry().width() <= 780
    # Nothing in the log yet: it takes no room.
    assert dialog.log.document().isEmpty()
    assert not dialog.log.isVisible()
    # A taller dialog gives the list the room it adds.
    before = tree.viewport().height()
    dialog.resize(dialog.width(), dialog.height() + 120)
    QApplication.processEvents()
    assert tree.viewport().height() == before + 120
    # Said something: the log shows it, in a few lines; the list keeps rows whole.
    dialog.log.appendPlainText("Choose at least one format.")
    QApplication.processEvents()
    assert dialog.log.isVisible()
    assert dialog.log.height() <= 8 * dialog.log.fontMetrics().lineSpacing()
    assert _whole_rows(tree) >= 3


def test_a_finding_is_placed_by_its_paragraph_the_command_line_keeps_line_and_column(
    workspace: Workspace, qtbot
) -> None:
    window = _window(workspace, qtbot, 1280, 800)
    dialog = _dialog(window, workspace, qtbot)
    shown = [(item.text(0), item.text(1)) for item in _rows(_tree(dialog))]
    # The Comment's "Yet  doubts" is on its body's line 3, in the writer's paragraph 2.
    assert shown == [
        ("\u2068News\u2069, paragraph 1", "2 spaces in a row between words."),
        ("\u2068News\u2069, paragraph 2", "2 spaces in a row between words."),
        ("\u2068Comment\u2069, paragraph 2", "2 spaces in a row between words."),
        ("\u2068Comment\u2069, paragraph 4", "2 spaces in a row between words."),
        ("\u2068Comment\u2069, paragraph 4", "2 spaces in a row between words."),
        ("\u2068Quotation reyes-1\u2069", "The quotation has no source."),
        ("\u2068Quotation berg-1\u2069", "The quotation has no date."),
        ("\u2068Quotation berg-1\u2069", "The quotation has no source."),
        (
            "\u2068Quotation berg-1\u2069",
            "The quotation is in the text but not marked as checked against its source.",
        ),
        ("\u2068Byline\u2069", "The credit line has no office."),
    ]
    # `newsdesk check` prints the Markdown's line and column, as other tools read them.
    lines = [format_finding("a.newsdesk", finding) for finding in run_checklist(_article())]
    assert "a.newsdesk: sections/1: 3:4: 2 spaces in a row between words." in lines
    assert "a.newsdesk: byline: 1:1: The credit line has no office." in lines


def test_a_double_clicked_finding_is_shown_beside_the_dialog_not_under_it(
    workspace: Workspace, qtbot
) -> None:
    window = _window(workspace, qtbot, 1280, 800)
    dialog = _dialog(window, workspace, qtbot)
    tree = _tree(dialog)
    item = _first_in(tree, "sections/0", line=3)  # "in  the capital"
    before = dialog.frameGeometry()
    _double_click(qtbot, tree, item)
    box = window.form.text_box("sections/0")
    assert box is not None
    qtbot.waitUntil(
        lambda: not dialog.frameGeometry().intersects(_place_on_screen(window, "sections/0")),
        timeout=2000,
    )
    place = _place_on_screen(window, "sections/0")
    # The dialog covered it where it opened (over the window's middle), and moved off it.
    assert before.intersects(place)
    assert (
        window.form.viewport()
        .rect()
        .contains(window.form.viewport().mapFromGlobal(place.center()))
    )
    assert dialog.screen().availableGeometry().contains(dialog.frameGeometry())
    assert box.textCursor().block().text().startswith("Speaking at a press conference")


def test_on_a_small_screen_the_dialog_goes_to_an_edge_and_the_place_shows_beside_it(
    workspace: Workspace, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 800×600: no room beside the place for a dialog of 620×500; the editor scrolls the
    # place into the strip the dialog leaves.
    window, dialog, tree = _on_a_small_screen(workspace, qtbot, monkeypatch)
    item = _first_in(tree, "sections/1", line=3)  # "Yet  doubts remain."
    _double_click(qtbot, tree, item)
    box = window.form.text_box("sections/1")
    assert box is not None

    def shown_beside() -> bool:
        place = _place_on_screen(window, "sections/1")
        seen = window.form.viewport()
        inside = QRect(seen.mapToGlobal(QPoint(0, 0)), seen.size()).contains(place)
        return inside and not dialog.frameGeometry().intersects(place)

    qtbot.waitUntil(shown_beside, timeout=2000)
    assert SMALL_SCREEN.contains(dialog.frameGeometry())
    assert box.textCursor().block().text().startswith("Yet  doubts remain.")


def test_the_log_takes_its_lines_from_the_findings_not_from_the_screen(
    workspace: Workspace, qtbot
) -> None:
    # After an export the log showed and the dialog grew from 627 to 742 px: its buttons
    # moved down, on a laptop's screen nearly to its foot (seen on Xvfb).
    window = _window(workspace, qtbot, 1280, 800)
    dialog = _dialog(window, workspace, qtbot)
    tree = _tree(dialog)
    height = dialog.height()
    rows = _whole_rows(tree)
    dialog.log.appendPlainText("exported 3 file(s) from 1 of 1 article(s)")
    QApplication.processEvents()
    assert dialog.log.isVisible()
    assert dialog.height() == height
    assert 3 <= _whole_rows(tree) < rows


@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_house_style_too_long_for_its_box_shows_its_start_and_an_ellipsis(
    workspace: Workspace, qtbot, language: str
) -> None:
    # Qt clipped the box's text at its edge: in the Arabic interface on the left, where
    # the style's name starts (seen on Xvfb).
    from PySide6.QtCore import QLocale

    from editor.ui.common.eliding_combo import ElidingComboBox

    window = _window(workspace, qtbot, 800, 600)
    dialog = _dialog(window, workspace, qtbot)
    if language == "ar":
        dialog.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        dialog.setLocale(QLocale("ar"))
    combo = dialog.style_combo
    assert isinstance(combo, ElidingComboBox)
    combo.setFixedWidth(240)
    QApplication.processEvents()
    shown = combo.shown_text()
    assert shown.endswith("…") and combo.currentText().startswith(shown[:-1])
    assert shown.startswith("default")  # the style's name, where the text starts
