"""Keeps the mouse wheel from changing a value: over a control without focus, the page scrolls.

Qt's combo boxes, spin boxes, date edits and sliders take every wheel event that passes
over them: scrolling the form over the Language combo set the article to another language.
A word processor changes such a control on a wheel only once it has been clicked or tabbed
into. One guard does that for every window and dialog, those built later included, and
hands the wheel to what lies under the control (the scrolling page), as if it were not there.

Focus alone is not enough: a dialog gives its first control the focus as it opens, without
a ring, and one notch over it changed the interface language (seen on Xvfb). The control
the wheel may change is the one the user chose: pressed with the mouse, reached with Tab or
a mnemonic (Alt+letter), or typed into; until the focus leaves it.

The guard filters the events of each top-level window (a QWindow), not of the application:
a filter on the application is called for every event of every widget, and building the
main window alone sends some 4,400 of them (16 ms more per window, measured), while a
window sees only its own few (expose, resize, input). The wheel reaches the window before
any widget of it; the guard looks which widget it is over.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPointF, Qt, Slot
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication, QTextEdit, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QWheelEvent


@cache
def guarded() -> tuple[type[QWidget], ...]:
    """Return the controls whose value a wheel changes (date edits are spin boxes).

    Scroll bars are sliders too, but scrolling is what their wheel is for. Looked up at the
    first wheel, not when the editor starts: the classes' enumerations cost 2 ms to make.
    """
    from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QDial, QSlider

    return (QComboBox, QAbstractSpinBox, QSlider, QDial)


_WHEEL = QEvent.Type.Wheel
_PRESS = QEvent.Type.MouseButtonPress
_KEY = QEvent.Type.KeyPress
_FOCUS_KEYS = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
_NO_PROPAGATION = Qt.WidgetAttribute.WA_NoMousePropagation
_OBJECT_NAME = "newsdesk-wheel-guard"


class WheelGuard(QObject):
    """Window event filter: a wheel over a value control the user has not chosen scrolls
    the page."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._chosen: QWidget | None = None  # the value control the user chose (see module)
        self._keyed = False  # a Tab or a mnemonic is being handled: it moves the focus

    @Slot(QWidget, QWidget)
    def focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Note a control reached with Tab or a mnemonic; forget one the focus left."""
        if self._keyed:
            self._chosen = _value_control(new)
        elif QApplication.activePopupWidget() is not None:
            pass  # a combo's own list: its focus comes back to the combo as the list closes
        elif self._chosen is not None and not self._chosen.hasFocus():
            self._chosen = None

    @Slot(QWindow)
    def guard_window(self, window: QWindow | None) -> None:
        """Watch this window's wheel events (again is harmless: Qt keeps one installation)."""
        if window is not None:
            window.installEventFilter(self)

    @Slot()
    def guard_all_windows(self) -> None:
        """Watch every window made so far (a floating dock or a dialog not yet activated)."""
        for window in QApplication.topLevelWindows():
            window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Hand a wheel over a control the user has not chosen to the control's parents;
        note the presses and keys that choose one; let the rest by."""
        kind = event.type()
        self._keyed = False
        if kind is _KEY:
            self._note_key(event)
            return False
        if kind is _PRESS:
            self._note_press(watched, event)
            return False
        if kind is not _WHEEL:
            return False
        from PySide6.QtGui import QWheelEvent

        if not isinstance(watched, QWindow) or not isinstance(event, QWheelEvent):
            return False
        if QApplication.activePopupWidget() is not None:
            return False  # a combo's open list: Qt gives the wheel to it alone
        root = _widget_of(watched)
        if root is None:
            return False
        position = event.position()
        control = _value_control(root.childAt(position.toPoint()))
        if control is None or (control is self._chosen and control.hasFocus()):
            return False
        pass_to_parents(control, event, QPointF(control.mapFrom(root, position.toPoint())))
        return True

    def _note_key(self, event: QEvent) -> None:
        from PySide6.QtGui import QKeyEvent

        if not isinstance(event, QKeyEvent):
            return
        if event.key() in _FOCUS_KEYS or event.modifiers() & Qt.KeyboardModifier.AltModifier:
            self._keyed = True  # the focus this key moves, the user moves (focus_changed)
            return
        # A key typed into the focused control (an arrow, a digit): the user is using it.
        # Not a text box's key (the writer's typing): nothing to look up for it.
        focused = QApplication.focusWidget()
        if (
            focused is not None
            and self._chosen is not focused
            and not isinstance(focused, QTextEdit)
        ):
            near = (focused, focused.parentWidget())  # a spin box's or combo's line edit
            control = next((each for each in near if isinstance(each, guarded())), None)
            if control is not None:
                self._chosen = control

    def _note_press(self, watched: QObject, event: QEvent) -> None:
        from PySide6.QtGui import QMouseEvent

        root = _widget_of(watched) if isinstance(watched, QWindow) else None
        if root is None or not isinstance(event, QMouseEvent):
            return
        self._chosen = _value_control(root.childAt(event.position().toPoint()))


def _value_control(widget: QWidget | None) -> QWidget | None:
    """Return the value control ``widget`` is (or is part of), else None."""
    while widget is not None and not widget.isWindow():
        if isinstance(widget, guarded()):
            return widget
        widget = widget.parentWidget()
    return None


def pass_to_parents(control: QWidget, event: QWheelEvent, position: QPointF) -> bool:
    """Offer a wheel to the control's parents, nearest first, as Qt does; True if one took it.

    ``position`` is the wheel's place in the control's coordinates.
    """
    from PySide6.QtGui import QWheelEvent

    widget = control
    while not widget.isWindow() and not widget.testAttribute(_NO_PROPAGATION):
        parent = widget.parentWidget()
        if parent is None:
            return False
        position = position + QPointF(widget.pos())
        passed = QWheelEvent(
            position,
            event.globalPosition(),
            event.pixelDelta(),
            event.angleDelta(),
            event.buttons(),
            event.modifiers(),
            event.phase(),
            event.inverted(),
            event.source(),
            event.pointingDevice(),
        )
        passed.setTimestamp(event.timestamp())
        passed.setAccepted(True)  # as Qt delivers it: a widget that does not scroll ignores it
        QApplication.sendEvent(parent, passed)
        if passed.isAccepted():
            return True
        widget = parent
    return False


def _widget_of(window: QWindow) -> QWidget | None:
    for widget in QApplication.topLevelWidgets():
        if widget.windowHandle() is window:
            return widget
    return None


def install_wheel_guard(app: QApplication) -> WheelGuard:
    """Guard every window of the application, now and later; return the guard (made once).

    Windows open now are guarded at once; later ones when the active window next changes
    (a window is activated when it opens), or earlier through ``guard_window``.
    """
    existing = app.findChild(WheelGuard, _OBJECT_NAME)
    if isinstance(existing, WheelGuard):
        return existing
    guard = WheelGuard(app)
    guard.setObjectName(_OBJECT_NAME)
    # Rare (a window opens, closes or is clicked into) and cheap: a few dozen windows at most.
    app.focusWindowChanged.connect(guard.guard_all_windows)
    app.focusChanged.connect(guard.focus_changed)
    guard.guard_all_windows()
    return guard
