"""A combo box that shows the start of a choice too long for it, with "…" where it is cut.

Qt clips a combo box's text at the box's edge: on the left in a right-to-left interface,
where the text starts (the house style's name was cut off in the Arabic export dialog,
seen on Xvfb).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter


class ElidingComboBox(QComboBox):
    """A non-editable combo box whose current text is shortened at its end ("…")."""

    def shown_text(self) -> str:
        """Return the current text as the box shows it: whole, or its start and "…"."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        room = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            option,
            QStyle.SubControl.SC_ComboBoxEditField,
            self,
        )
        return self.fontMetrics().elidedText(
            self.currentText(), Qt.TextElideMode.ElideRight, max(0, room.width() - 2)
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint as Qt does, with the text shortened where it would be cut off."""
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.shown_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
