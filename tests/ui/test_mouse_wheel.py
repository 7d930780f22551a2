"""The mouse wheel changes no combo, spin box or slider without focus; the page scrolls instead."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDockWidget,
    QMainWindow,
    QScrollBar,
    QWidget,
)
from ui_articles import english_article

from editor.ui.window.workspace import Workspace

UP = QPoint(0, 120)
DOWN = QPoint(0, -120)


def _value(control: QWidget) -> object:
    if isinstance(control, QComboBox):
        return control.currentIndex()
    if isinstance(control, QAbstractSpinBox):
        return control.text()
    assert isinstance(control, QAbstractSlider)
    return control.value()


def _controls(top: QWidget) -> list[QWidget]:
    found: list[QWidget] = []
    for kind in (QComboBox, QAbstractSpinBox, QAbstractSlider):
        found += [
            widget
            for widget in top.findChildren(kind)
            # A dialog parented to the main window is walked as itself.
            if not isinstance(widget, QScrollBar)
            and widget.window() is top
            and widget.isVisibleTo(top)
        ]
    return found


def _settle(app: QApplication) -> None:
    for _ in range(3):
        app.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        app.processEvents()


def _wheel_over(app: QApplication, control: QWidget, delta: QPoint) -> None:
    """Turn the wheel with the pointer over the control, as the window system delivers it."""
    top = control.window()
    for area in _scroll_areas_around(control):
        area.ensureWidgetVisible(control)
    _settle(app)
    window = top.windowHandle()
    assert window is not None
    where = control.mapTo(top, control.rect().center())
    if not top.rect().contains(where):  # a cell of a table wider than the dialog
        top.resize(top.width() + where.x(), top.height() + where.y())
        _settle(app)
        where = control.mapTo(top, control.rect().center())
    hit = top.childAt(where)
    assert hit is control or control.isAncestorOf(hit), (control, top, hit)
    QTest.wheelEvent(window, where, delta)
    _settle(app)


def _scroll_areas_around(widget: QWidget) -> list:
    areas = []
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and hasattr(parent, "ensureWidgetVisible"):
            areas.append(parent)
        parent = parent.parentWidget()
    return areas


def _open_everything(app: QApplication, workspace: Workspace) -> dict[str, QWidget]:
    """The main window with every part built, and each dialog and window it opens."""
    from editor.storage.recovery import RecoveryEntry
    from editor.ui.dialogs.export_dialog import ExportDialog
    from editor.ui.dialogs.recovery_dialog import RecoveryDialog
    from editor.ui.dialogs.settings_dialog import SettingsDialog
    from editor.ui.form.quotation_dialog import QuotationDialog
    from editor.ui.review.review_actions import RevisionsDialog

    article = english_article()
    window = workspace.add_window(article)
    window.resize(1280, 800)
    window.form.complete()
    window.attach_review()
    window.attach_language_tools()
    tools = window.language_tools
    tools.panel.spelling_check.setChecked(False)  # no dictionaries to load
    tools.show_checklist()
    window.review.save_revision("1")
    for dock in window.findChildren(QDockWidget):
        dock.show()  # the review panel's filter
    folders = workspace.folders
    saved = folders.documents / "article.newsdesk"
    windows: dict[str, QWidget] = {"main window": window}
    windows["export"] = ExportDialog(
        window.article(), workspace, saved, window, tools.export_checklist()
    )
    windows["settings"] = SettingsDialog(workspace.settings, window)
    windows["find and replace"] = window.find_dialog()
    windows["quotation"] = QuotationDialog(article.quotations[0], window)
    windows["recovery"] = RecoveryDialog(
        [RecoveryEntry(folders.state / "a", saved, article.headline, "2026-05-02T10:00")],
        window,
    )
    windows["revisions"] = RevisionsDialog(window.review, window)
    library = workspace.show_library(window)
    assert library is not None
    windows["library"] = library
    for shown in windows.values():
        shown.show()
        shown.activateWindow()  # the window system activates a window as it opens
        _settle(app)
    return windows


@pytest.fixture
def everything(qapp: QApplication, workspace: Workspace) -> Iterator[dict[str, QWidget]]:
    """Every window and dialog open, closed again afterwards."""
    windows = _open_everything(qapp, workspace)
    yield windows
    for shown in windows.values():
        if not isinstance(shown, QMainWindow):
            shown.close()
    workspace.close_library()


def test_wheel_changes_no_control_without_focus(
    qapp: QApplication, everything: dict[str, QWidget]
) -> None:
    walked: list[str] = []
    for name, top in everything.items():
        for control in _controls(top):
            if not control.isEnabled():
                continue  # Qt gives a disabled widget no wheel (the status, set by Review)
            # Both ways: at either end of its values, one of them would change it.
            for delta in (UP, DOWN, DOWN, UP):
                before = _value(control)
                _wheel_over(qapp, control, delta)
                assert _value(control) == before, f"{name}: {type(control).__name__} in {top}"
            walked.append(f"{name}: {type(control).__name__}")
    # The controls of the report: the article's language, the status (a part's direction,
    # once a combo in the page, is chosen from the part's menu).
    main = [entry for entry in walked if entry.startswith("main window")]
    assert "main window: LanguageCombo" in main
    assert "main window: QSpinBox" in main
    assert "main window: QComboBox" in main
    assert {"settings: QSpinBox", "export: QComboBox", "library: QDateEdit"} <= set(walked)


def test_wheel_over_a_combo_scrolls_the_form(qapp: QApplication, workspace: Workspace) -> None:
    window = workspace.add_window(english_article())
    window.resize(1280, 500)
    form = window.form
    form.meta.set_expanded(True)
    _settle(qapp)
    bar = form.verticalScrollBar()
    assert bar.maximum() > 0
    # The article's language below the text, scrolled to, with the pointer on it.
    combo = form.meta.language_combo
    form.ensureWidgetVisible(combo)
    _settle(qapp)
    scrolled = bar.value()
    assert scrolled > 0
    before = combo.currentIndex()
    where = combo.mapTo(window, combo.rect().center())
    assert window.childAt(where) in (combo, *combo.findChildren(QWidget))
    QTest.wheelEvent(window.windowHandle(), where, UP)
    _settle(qapp)
    assert combo.currentIndex() == before
    assert bar.value() < scrolled, "the form did not scroll"


def _changes_on_the_wheel(qapp: QApplication, control: QWidget) -> bool:
    """Turn the wheel over the control one way, then the other; whether its value moved."""
    before = _value(control)
    _wheel_over(qapp, control, DOWN)
    if _value(control) == before:  # it was at its last value, or the wheel went by
        _wheel_over(qapp, control, UP)
    return _value(control) != before


def test_wheel_changes_the_control_the_user_chose(
    qapp: QApplication, workspace: Workspace, qtbot
) -> None:
    window = workspace.add_window(english_article())
    window.form.complete()
    window.show()
    window.activateWindow()
    _settle(qapp)
    handle = window.windowHandle()
    combo = window.form.meta.language_combo
    spin = window.form.meta.target_spin
    # Pressed with the mouse: the spin box's own field.
    for area in _scroll_areas_around(spin):
        area.ensureWidgetVisible(spin)
    _settle(qapp)
    QTest.mouseClick(handle, Qt.MouseButton.LeftButton, pos=spin.mapTo(window, QPoint(8, 8)))
    qtbot.waitUntil(spin.hasFocus)
    assert _changes_on_the_wheel(qapp, spin)
    # Reached with Tab from the spin box's neighbour before it in the chain.
    previous = combo.previousInFocusChain()
    while not previous.focusPolicy() & Qt.FocusPolicy.TabFocus or not previous.isVisible():
        previous = previous.previousInFocusChain()
    previous.setFocus()
    qtbot.waitUntil(previous.hasFocus)
    QTest.keyClick(handle, Qt.Key.Key_Tab)
    qtbot.waitUntil(combo.hasFocus)
    assert _changes_on_the_wheel(qapp, combo)
    # Once the focus has left, the wheel passes it by again.
    previous.setFocus()
    qtbot.waitUntil(previous.hasFocus)
    assert not _changes_on_the_wheel(qapp, combo)


def test_wheel_leaves_a_control_that_got_the_focus_as_its_dialog_opened(
    qapp: QApplication, workspace: Workspace, qtbot
) -> None:
    # Seen on Xvfb: Settings opens with the interface language focused, no ring; one
    # notch over it, and Turkish became Urdu.
    from editor.ui.dialogs.settings_dialog import SettingsDialog

    window = workspace.add_window(english_article())
    dialog = SettingsDialog(workspace.settings, window)
    dialog.show()
    dialog.activateWindow()
    _settle(qapp)
    combo = dialog.ui_language_combo
    combo.setFocus()  # as the dialog does when it opens
    qtbot.waitUntil(combo.hasFocus)
    try:
        assert not _changes_on_the_wheel(qapp, combo)
    finally:
        dialog.close()


def test_a_pressed_combo_stays_chosen_while_its_list_is_open(
    qapp: QApplication, workspace: Workspace, qtbot
) -> None:
    # A press opens a combo's list, which takes the focus: the combo was forgotten, and the
    # wheel passed it by.
    from PySide6.QtWidgets import QDialog, QVBoxLayout

    window = workspace.add_window(english_article())
    window.show()
    qtbot.waitExposed(window)
    dialog = QDialog(window)
    combo = QComboBox(dialog)
    combo.addItems(["one", "two"])
    QVBoxLayout(dialog).addWidget(combo)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()  # as the window system does with a dialog that opens
    qtbot.waitUntil(dialog.isActiveWindow)
    from editor.ui.common.wheel_guard import WheelGuard

    (guard,) = qapp.findChildren(WheelGuard)
    handle = dialog.windowHandle()
    guard.guard_window(handle)  # as when the window system activates it
    QTest.mousePress(handle, Qt.MouseButton.LeftButton, pos=combo.mapTo(dialog, QPoint(5, 5)))
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)  # its list
    combo.hidePopup()  # closed: the focus is the combo's again
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    assert _changes_on_the_wheel(qapp, combo)  # pressed: chosen, its list or not
    dialog.close()
