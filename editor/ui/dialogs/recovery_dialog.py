"""The dialog offered at start when recovery copies were left behind by a crash."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.storage.recovery import RecoveryEntry
from editor.ui.common.times import readable_time

RESTORE = "restore"
OPEN_BOTH = "open-both"
DISCARD = "discard"
KEEP = "keep"


class RecoveryDialog(QDialog):
    """One row per recovery copy, each with a choice: restore, open both, discard, or keep."""

    def __init__(self, entries: list[RecoveryEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recover unsaved work"))
        self._entries = list(entries)
        intro = QLabel(
            self.tr(
                "Newsdesk found work that was not saved when it last stopped. "
                "Choose what to do with each copy."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(self._entries), 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Headline"), self.tr("File"), self.tr("Autosaved"), self.tr("Action")]
        )
        self.table.verticalHeader().setVisible(False)
        # What the copies are, to read: keys typed here went into the cells (seen on Xvfb).
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._combos: list[QComboBox] = []
        for row, entry in enumerate(self._entries):
            headline = entry.headline or self.tr("(no headline)")
            source = str(entry.source) if entry.source else self.tr("never saved")
            if entry.error:
                headline = self.tr("{0} — damaged: {1}").format(headline, entry.error)
            for column, text in enumerate((headline, source, readable_time(entry.saved))):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
            combo = QComboBox(self.table)
            combo.addItem(self.tr("Restore"), RESTORE)
            if entry.source is not None:
                combo.addItem(self.tr("Open both (saved file and recovered copy)"), OPEN_BOTH)
            combo.addItem(self.tr("Discard"), DISCARD)
            combo.addItem(self.tr("Decide later"), KEEP)
            if entry.error:
                combo.setCurrentIndex(combo.findData(KEEP))
            self.table.setCellWidget(row, 3, combo)
            self._combos.append(combo)
        self.table.resizeColumnsToContents()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(760, 320)

    def choices(self) -> dict[RecoveryEntry, str]:
        """Return the action chosen for each recovery copy."""
        return {
            entry: str(combo.currentData())
            for entry, combo in zip(self._entries, self._combos, strict=True)
        }
