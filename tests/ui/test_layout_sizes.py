"""The main window at every size: nothing cut off, nothing scrolls sideways, and the window
opens at most of the screen the first time, then where it was left."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget
from ui_articles import english_article

from editor.storage.folders import UserFolders
from editor.storage.settings import load_settings
from editor.ui.form.markdown_editor import MarkdownEditor
from editor.ui.window.main_window import PREVIEW_FOLD_WIDTH, MainWindow
from editor.ui.window.workspace import Workspace

SIZES = [(800, 600), (1280, 800), (1920, 1080)]
LONG_LABEL = "Background, reactions from the harbour office and what comes next:"


# A desktop's usual 11 pt interface font in every test here (conftest's desktop_font).
pytestmark = pytest.mark.usefixtures("desktop_font")


def _scrolled_viewport(widget: QWidget) -> QWidget | None:
    """Return the viewport of the scroll area a widget scrolls in, if any."""
    parent = widget.parentWidget()
    while parent is not None:
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and parent is area.viewport():
            return parent
        parent = area
    return None


def _cut_off(window: MainWindow) -> list[str]:
    """Name every visible widget that lies (partly) outside the window.

    A widget in a scroll area may lie above or below its viewport (scrolling shows it) but
    never beside it: nothing scrolls sideways.
    """
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.isWindow():
            continue
        viewport = _scrolled_viewport(widget)
        if viewport is None:
            where = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
            inside = window.rect().contains(where)
        else:
            where = QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size())
            inside = where.left() >= 0 and where.right() < viewport.width()
        if not inside:
            found.append(f"{type(widget).__name__} {widget.objectName()!r} at {where}")
    return found


def _open(workspace: Workspace, qtbot) -> MainWindow:
    article = english_article()
    # A long label as a writer may give a custom section: its pane's header must not
    # widen the form.
    article.sections[1].label = LONG_LABEL
    window = workspace.add_window(article)
    window.form.complete()  # the panes below the first screen too
    qtbot.waitExposed(window)
    return window


def _resize(window: MainWindow, qtbot, width: int, height: int) -> None:
    window.resize(width, height)
    window.show()
    qtbot.wait(20)
    QApplication.processEvents()


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_nothing_is_cut_off_and_nothing_scrolls_sideways(
    workspace: Workspace, qtbot, width: int, height: int
) -> None:
    window = _open(workspace, qtbot)
    _resize(window, qtbot, width, height)
    assert window.size().width() == width
    assert _cut_off(window) == []
    assert not window.form.horizontalScrollBar().isVisible()
    for pane in window.form.panes():
        assert pane.width() <= window.form.viewport().width(), pane.title()


def test_preview_folds_away_when_narrow_and_comes_back(workspace: Workspace, qtbot) -> None:
    window = _open(workspace, qtbot)
    _resize(window, qtbot, 1280, 800)
    assert window.preview.isVisible()
    _resize(window, qtbot, 800, 600)
    assert not window.preview.isVisible()
    assert window.form.width() >= 760  # the article takes the whole width
    # Not behind the writer's back: the status bar says where it went.
    assert window.statusBar().currentMessage() == (
        "Preview folded away (View › Preview shows it): the window is too narrow for it."
    )
    _resize(window, qtbot, 1280, 800)
    assert window.preview.isVisible()
    assert window.preview.width() >= 400  # not left at its narrow width
    # The notice goes with it (it still said "folded away" beside the preview: a trial).
    assert window.statusBar().currentMessage() == ""


def test_the_preview_back_beside_the_review_panel_has_half_the_side(
    workspace: Workspace, qtbot
) -> None:
    # Folded at 800 px with the review panel open, then widened: the preview came back as
    # a strip of 170 pixels above the panel (a trial).
    window = _open(workspace, qtbot)
    _resize(window, qtbot, 1280, 800)
    review = window.attach_review()
    window.show_side_dock(review.panel)
    _resize(window, qtbot, 800, 600)
    assert not window.preview.isVisible() and review.panel.isVisible()
    _resize(window, qtbot, 1280, 800)
    QApplication.processEvents()
    assert window.preview.isVisible() and review.panel.isVisible()
    side = window.preview.height() + review.panel.height()
    assert window.preview.height() >= side * 0.4, (window.preview.height(), side)


def test_preview_closed_by_the_user_stays_closed(workspace: Workspace, qtbot) -> None:
    window = _open(workspace, qtbot)
    _resize(window, qtbot, 1280, 800)
    window.preview.toggleViewAction().trigger()  # View › Preview off
    assert not window.preview.isVisible()
    _resize(window, qtbot, 800, 600)
    _resize(window, qtbot, 1280, 800)
    assert not window.preview.isVisible()


def test_preview_opened_by_the_user_in_a_narrow_window_stays(workspace: Workspace, qtbot) -> None:
    window = _open(workspace, qtbot)
    _resize(window, qtbot, 800, 600)
    assert not window.preview.isVisible()
    window.preview.toggleViewAction().trigger()  # View › Preview on
    _resize(window, qtbot, 820, 600)
    assert window.preview.isVisible()
    assert _cut_off(window) == []


def test_first_window_takes_most_of_the_screen(workspace: Workspace, qtbot) -> None:
    window = workspace.new_window()
    qtbot.waitExposed(window)
    free = window.screen().availableGeometry()
    assert abs(window.width() - 0.8 * free.width()) <= 2
    assert abs(window.height() - 0.8 * free.height()) <= 2
    assert free.contains(window.geometry())


def test_window_opens_where_it_was_left(
    workspace: Workspace, qtbot, user_folders: UserFolders
) -> None:
    first = workspace.new_window()
    qtbot.waitExposed(first)
    first.resize(1000, 700)
    qtbot.wait(20)
    first.close()
    assert load_settings(user_folders.config).window_geometry  # kept for the next start
    # A new start: the settings as read from disk.
    again = Workspace(user_folders, load_settings(user_folders.config), language_tools=False)
    second = again.new_window()
    try:
        qtbot.waitExposed(second)
        assert (second.width(), second.height()) == (1000, 700)
    finally:
        second.close()


@pytest.mark.parametrize(("width", "height"), [(800, 600), (1280, 800)])
def test_pane_titles_are_whole_when_there_is_room(
    workspace: Workspace, qtbot, width: int, height: int
) -> None:
    """Seen on Xvfb: with room to spare every title read "Headli…", "Standfir…"."""
    window = _open(workspace, qtbot)
    _resize(window, qtbot, width, height)
    # The fixture's long custom label is meant to be shortened at these widths; the others
    # have room.
    shown = {
        pane.title(): pane._toggle.text() for pane in window.form.panes() if len(pane.title()) < 30
    }
    assert len(shown) >= 6
    assert shown == {title: title for title in shown}


def _commented_article():
    """An article with a comment: its window opens with the review list shown."""
    from editor.model import Comment

    article = english_article()
    body = article.sections[0].body
    article.comments = [
        Comment(id="c1", part="sections/0", start=0, end=5, quote=body[:5], text="Source?")
    ]
    return article


@pytest.mark.parametrize("width", [800, 1280])
def test_the_review_list_opening_leaves_the_article_the_widest_column(
    workspace: Workspace, qtbot, width: int
) -> None:
    # At 800 px the review dock opened at 480 and left the article 300 (seen on Xvfb).
    window = workspace.add_window(_commented_article())
    _resize(window, qtbot, width, 700)
    window.attach_review()
    review = window.review
    assert review is not None
    qtbot.waitUntil(review.panel.isVisible)
    qtbot.wait(20)
    QApplication.processEvents()
    panel = review.panel
    assert panel.width() <= max(int(width * 0.35), panel.minimumSizeHint().width()) + 2
    assert window.form.width() > panel.width()
    assert _cut_off(window) == []


def test_a_narrowing_window_shrinks_the_review_list_as_it_does_the_preview(
    workspace: Workspace, qtbot
) -> None:
    # One rule for the docks at the side: with the preview closed, narrowing the window
    # took the width from the article alone and left the review list as wide as it was.
    window = workspace.add_window(_commented_article())
    _resize(window, qtbot, 1600, 800)
    window.preview.toggleViewAction().trigger()  # View › Preview off: the user's word
    assert window.preview.isHidden()
    window.attach_review()
    review = window.review
    assert review is not None
    panel = review.panel
    qtbot.waitUntil(panel.isVisible)
    qtbot.wait(20)
    window.resizeDocks([panel], [540], Qt.Orientation.Horizontal)  # widened by the user
    QApplication.processEvents()
    assert panel.width() >= 500
    _resize(window, qtbot, 1000, 800)
    assert panel.width() <= max(int(1000 * 0.35), panel.minimumSizeHint().width()) + 2
    assert window.form.width() > panel.width()
    assert _cut_off(window) == []


class _BodyWidths(QObject):
    """Record each width a long body is given, from before its window is first shown."""

    def __init__(self) -> None:
        super().__init__()
        self.widths: list[int] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Resize
            and isinstance(watched, MarkdownEditor)
            and watched.document().characterCount() > 5_000
        ):
            width = watched.width()
            if not self.widths or self.widths[-1] != width:
                self.widths.append(width)
        return False


def test_a_narrow_window_lays_the_text_out_once(
    workspace: Workspace, qtbot, user_folders: UserFolders
) -> None:
    """Opened narrow, the text is wrapped at one width, its own, before the first paint.

    A window too narrow for the preview folded it on the show's first resize: the body was
    laid out beside the preview, then again in the whole width, then once more when the
    page's scroll bar came with the text's height (2-5 ms each for 5,000 words).
    """
    first = workspace.new_window()
    qtbot.waitExposed(first)
    first.resize(800, 600)  # left narrow: the next window opens so
    qtbot.wait(20)
    first.close()
    again = Workspace(user_folders, load_settings(user_folders.config), language_tools=False)
    article = english_article()
    paragraph = "The ministry announced that the river port will reopen on Monday. " * 4
    article.sections[0].body = "\n\n".join([paragraph] * 30)  # taller than the window
    widths = _BodyWidths()
    app = QApplication.instance()
    app.installEventFilter(widths)
    try:
        window = again.add_window(article)
        qtbot.waitExposed(window)
        qtbot.wait(20)
    finally:
        app.removeEventFilter(widths)
    try:
        assert window.width() == 800 < PREVIEW_FOLD_WIDTH
        assert not window.preview.isVisible()
        assert window.form.verticalScrollBar().isVisible()  # as a word processor's page
        assert widths.widths == [window.form.sections[0].editor.width()]
        # Said once the window shows, in place of the counts: given before the show, the
        # message was drawn over them (seen on Xvfb).
        bar = window.statusBar()
        qtbot.waitUntil(lambda: bar.currentMessage() != "", timeout=2000)
        assert bar.currentMessage().startswith("Preview folded away")
        assert not window._words_label.isVisible()
    finally:
        window.setWindowModified(False)
        window.close()


def test_the_preview_shows_what_was_typed_while_it_was_folded_away(
    workspace: Workspace, qtbot
) -> None:
    # Typed at 800 px (the preview folded away), then View › Preview: it showed the
    # article as it was before the typing (seen on Xvfb).
    from ui_articles import type_into

    window = _open(workspace, qtbot)
    _resize(window, qtbot, 1280, 800)
    qtbot.waitUntil(window.preview.is_current, timeout=5000)
    _resize(window, qtbot, 800, 600)
    assert not window.preview.isVisible()
    type_into(qtbot, window.form.sections[0].editor, " Typed while folded.")
    qtbot.wait(400)  # the typing told, and its pause past, while the preview is folded
    assert not window.preview.isVisible()
    window.preview.toggleViewAction().trigger()  # View › Preview on
    qtbot.waitUntil(
        lambda: "Typed while folded." in window.preview.browser.toPlainText(), timeout=5000
    )
