"""A choice among the languages Newsdesk has data for, as a combo box: the article's
language (the article's settings, below the text), the defaults in Settings, a quotation's.

Its own module: a combo box's class, list and enums are built when first imported, and the
window's first frame has none (a part's own language is ``panes.LanguageButton``).
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QComboBox, QMenu, QWidget

from editor.text.languages import language_names
from editor.ui.form.panes import NARROW_CHARACTERS


class _NarrowingCombo(QComboBox):
    """A combo box that keeps its natural width when there is room and narrows when not.

    Sized from the choices' lengths, not by measuring each one: that would shape the
    Arabic and Urdu names and load their fonts before the window first shows (5 ms).
    """

    def fit_choices(self) -> None:
        """Size the box for its longest choice (call once the choices are added)."""
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(max(len(self.itemText(i)) for i in range(self.count())))

    def minimumSizeHint(self) -> QSize:
        """Room for a few characters of the choice (the rest is elided)."""
        # Qt gives each character of the contents length the width of an "X".
        hint = super().minimumSizeHint()
        spare = max(0, self.minimumContentsLength() - NARROW_CHARACTERS)
        hint.setWidth(hint.width() - spare * self.fontMetrics().horizontalAdvance("X"))
        return hint


class LanguageCombo(_NarrowingCombo):
    """A choice among the languages Newsdesk has data for (keeps an unknown code too)."""

    def __init__(self, parent: QWidget | None = None, *, inherit_label: str = "") -> None:
        super().__init__(parent)
        if inherit_label:
            self.addItem(inherit_label, "")
        for code, native_name in language_names():
            self.addItem(f"{native_name} ({code})", code)
        self.fit_choices()

    def set_inherit_label(self, label: str) -> None:
        """Word the first choice, the one that follows the article's language."""
        if self.count() and self.itemData(0) == "":
            self.setItemText(0, label)
            self.fit_choices()

    def code(self) -> str:
        """Return the chosen BCP 47 code."""
        return str(self.currentData())

    def add_menu(self, menu: QMenu, title: str) -> None:
        """Add "title ▸ each language" to a part's menu, the chosen one checked."""
        self.fill_menu(menu.addMenu(title))

    def fill_menu(self, sub: QMenu) -> None:
        """Fill a menu with each language, the chosen one checked (emptied first)."""
        from PySide6.QtGui import QActionGroup

        sub.clear()
        group = QActionGroup(sub)
        for index in range(self.count()):
            action = sub.addAction(self.itemText(index))
            action.setData(self.itemData(index))  # the code: "العربية (ar)" is a value
            action.setCheckable(True)
            action.setChecked(index == self.currentIndex())
            group.addAction(action)
            action.triggered.connect(lambda _c=False, i=index: self.setCurrentIndex(i))

    def set_code(self, code: str) -> None:
        """Select a language; a code without data is added, never replaced."""
        index = self.findData(code)
        if index < 0:
            self.addItem(code, code)
            index = self.count() - 1
        self.setCurrentIndex(index)
