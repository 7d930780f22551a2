"""The window's menu keys work from every one-line field, which keeps its editing keys.

On X11 a line edit takes Ctrl+E (end of line), Ctrl+K, Ctrl+U and others for itself: File ›
Export (Ctrl+E) did nothing with the cursor in the byline's date and worked from the text
(seen on Xvfb). Offscreen Qt has Windows' key scheme, where a line edit claims none of
them; here each field claims every key as a line edit may (the worst a platform's scheme
can do), and the window must still get its keys.
"""

from __future__ import annotations

import contextlib
import warnings
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QMenu
from ui_articles import english_article

from editor.ui.window.main_window import MainWindow
from editor.ui.window.workspace import Workspace

_COMMAND = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


@pytest.fixture
def language_tools() -> bool:
    """Spelling, typography and the checklist: their menus' keys count too."""
    return True


class _ClaimsEveryKey(QObject):
    """Makes a field claim every key before the shortcuts, as X11's does Ctrl+E."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()
            return True
        return False


def _menu_actions(menu: QMenu) -> Iterator[QAction]:
    for action in menu.actions():
        if action.menu() is not None:
            yield from _menu_actions(action.menu())
        elif not action.isSeparator():
            yield action


def _disconnect(action: QAction) -> None:
    """Take every slot off an action (checked ones act on toggled: suggesting mode)."""
    action.triggered.disconnect()
    if action.isCheckable():
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)  # nothing connected
            with contextlib.suppress(RuntimeError):
                action.toggled.disconnect()


def _press(field: QLineEdit, keys: QKeySequence, text: str = "") -> None:
    """Press a key as X11 sends it: a command (Ctrl, Alt) types no character."""
    combination = keys[0]
    key, modifiers = combination.key(), combination.keyboardModifiers()
    if not modifiers & _COMMAND and not text and key < Qt.Key.Key_Escape:
        text = chr(key).lower()
    for action in (QTest.KeyAction.Press, QTest.KeyAction.Release):
        QTest.sendKeyEvent(action, field, key, text, modifiers)


def _shown(qtbot, workspace: Workspace) -> MainWindow:
    window = workspace.add_window(english_article())
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    # Every menu: review, language tools and editions come after the first paint.
    qtbot.waitUntil(
        lambda: None not in (window.review, window.language_tools, window.editions),
        timeout=5000,
    )
    return window


def _fields(window: MainWindow) -> dict[str, QLineEdit]:
    byline = window.form.byline
    window.form.byline.set_expanded(True)
    return {
        "author": byline.author_edit,
        "office": byline.office_edit,
        "date": byline.date_edit,
        "place": byline.place_edit,
        "section label": window.form.sections[0].label_edit,
    }


def test_every_menu_key_reaches_its_action_from_the_byline_and_a_section_label(
    qtbot, workspace: Workspace
) -> None:
    window = _shown(qtbot, workspace)
    editing = {
        window.undo_action,
        window.redo_action,
        window.cut_action,
        window.copy_action,
        window.paste_action,
        window.select_all_action,
    }
    keyed = [
        action
        for top in window.menuBar().actions()
        for action in _menu_actions(top.menu())
        if action.shortcuts() and action not in editing
    ]
    names = {action.text().replace("&", "") for action in keyed}
    # The keys the trial missed, and a sample of every menu's.
    assert {"Export…", "Insert quotation…", "Find…", "Properties…", "Writing in Newsdesk"} <= names
    triggered: dict[str, int] = {}

    def counter(name: str) -> Callable[..., None]:
        def count(*_args: object) -> None:
            triggered[name] = triggered.get(name, 0) + 1

        return count

    for action in keyed:
        # The test's own count, nothing else: Quit, Close, Print… must not run here.
        _disconnect(action)
        action.triggered.connect(counter(action.text()))
    claims = _ClaimsEveryKey(window)
    fields = _fields(window)
    missed: list[str] = []
    for field_name, field in fields.items():
        field.installEventFilter(claims)
        window.form.ensureWidgetVisible(field)
        field.setFocus()
        qtbot.waitUntil(field.hasFocus, timeout=2000)
        for action in keyed:
            if not action.isEnabled():
                continue  # nothing to reach (no section to move, say): no key does it
            for keys in action.shortcuts():
                before = triggered.get(action.text(), 0)
                _press(field, keys)
                if triggered.get(action.text(), 0) != before + 1:
                    missed.append(f"{keys.toString()} ({action.text()}) from the {field_name}")
    assert missed == []


def test_a_field_keeps_its_editing_keys_and_characters_typed_with_altgr(
    qtbot, workspace: Workspace
) -> None:
    window = _shown(qtbot, workspace)
    fired: list[str] = []
    for action in (window.select_all_action, window.copy_action, window.undo_action):
        _disconnect(action)
        action.triggered.connect(lambda _checked=False, a=action: fired.append(a.text()))
    next_edition = next(
        action
        for top in window.menuBar().actions()
        for action in _menu_actions(top.menu())
        if action.shortcut().toString() == "Ctrl+Alt+E"
    )
    _disconnect(next_edition)
    next_edition.triggered.connect(lambda _checked=False: fired.append("next edition"))
    date = window.form.byline.date_edit
    date.installEventFilter(_ClaimsEveryKey(window))
    window.form.byline.set_expanded(True)
    date.setFocus()
    qtbot.waitUntil(date.hasFocus, timeout=2000)
    original = date.text()

    _press(date, QKeySequence("End"))
    # AltGr+E on a German keyboard under Windows: Ctrl+Alt+E typing "€".
    _press(date, QKeySequence("Ctrl+Alt+E"), "€")
    assert date.text() == original + "€"
    _press(date, QKeySequence(QKeySequence.StandardKey.Undo))
    assert date.text() == original
    _press(date, QKeySequence(QKeySequence.StandardKey.SelectAll))
    assert date.selectedText() == original
    assert fired == []
