"""The recovery dialog lists the copies to read, and asks only what to do with each."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView

from editor.storage.recovery import RecoveryEntry
from editor.ui.dialogs.recovery_dialog import RecoveryDialog


def test_keys_typed_do_not_edit_the_list_of_copies(qtbot, tmp_path: Path) -> None:
    # Seen on Xvfb: keys typed while the dialog was up went into its Headline and File
    # cells ("See the council page" over the headline).
    entry = RecoveryEntry(tmp_path / "copy", tmp_path / "ferry.newsdesk", "Ferry line", "")
    dialog = RecoveryDialog([entry])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.table
    table.setCurrentCell(0, 0)
    table.setFocus()
    editing = QAbstractItemView.State.EditingState
    qtbot.keyClick(table, Qt.Key.Key_S)
    assert table.state() != editing  # a key typed opens no editor in the cell
    qtbot.keyClick(table, Qt.Key.Key_F2)
    assert table.state() != editing
    qtbot.mouseDClick(
        table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=table.visualItemRect(table.item(0, 0)).center(),
    )
    assert table.state() != editing
    assert table.item(0, 0).text() == "Ferry line"
    assert table.item(0, 1).text() == str(tmp_path / "ferry.newsdesk")
