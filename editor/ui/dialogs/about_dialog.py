"""The About box: name, version, licence, the Qt and Python in use, and the user's folders."""

from __future__ import annotations

import html
import platform

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QVBoxLayout,
    QWidget,
)

from editor import APP_NAME, __version__
from editor.storage.folders import UserFolders

ICON_SIZE = 64


class AboutDialog(QDialog):
    """Says which Newsdesk this is, under which licence, and where it keeps the user's files."""

    def __init__(self, folders: UserFolders, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Newsdesk"))
        name = self._label(APP_NAME)
        font = name.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        name.setFont(font)
        self.version_label = self._label(self.tr("Version {0}").format(__version__))
        description = self._label(
            self.tr("An offline desktop editor for news-plus-commentary articles."), wrap=True
        )
        licence = self._label(
            self.tr(
                "Newsdesk is free software: you can share and change it under the terms of "
                "the GNU General Public License, version 3 or (at your option) any later "
                "version. It comes with no warranty."
            ),
            wrap=True,
        )
        versions = self._label(
            self.tr("Uses Qt {0}, PySide6 {1} and Python {2}.").format(
                qVersion(), PySide6.__version__, platform.python_version()
            ),
            wrap=True,
        )
        folders_intro = self._label(self.tr("Where Newsdesk keeps your files:"), wrap=True)
        # The folders may not exist yet: they are shown, never created.
        rows = (
            (self.tr("Settings:"), folders.config),
            (self.tr("Backups and personal dictionary:"), folders.data),
            (self.tr("Recovery copies:"), folders.recovery),
            (self.tr("Library index (cache):"), folders.cache),
        )
        folder_form = QFormLayout()
        for text, path in rows:
            # A path reads left to right in every interface, whatever its folder names.
            shown = self._label(str(path), direction=Qt.LayoutDirection.LeftToRight)
            if self.isRightToLeft():  # beside its name, as in the rest of the form
                shown.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
            folder_form.addRow(self._label(text), shown)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        heading = QVBoxLayout()
        heading.addWidget(name)
        heading.addWidget(self.version_label)
        heading.addWidget(description)
        top = QHBoxLayout()
        icon = self.windowIcon()
        if not icon.isNull():
            picture = QLabel(self)
            picture.setPixmap(icon.pixmap(ICON_SIZE, ICON_SIZE))
            picture.setAlignment(Qt.AlignmentFlag.AlignTop)
            top.addWidget(picture)
        top.addLayout(heading, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(licence)
        layout.addWidget(versions)
        layout.addSpacing(layout.spacing())
        layout.addWidget(folders_intro)
        layout.addLayout(folder_form)
        layout.addWidget(buttons)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)

    def _label(
        self, text: str, *, wrap: bool = False, direction: Qt.LayoutDirection | None = None
    ) -> QLabel:
        # Selectable text is laid out by a QTextDocument, which otherwise takes a paragraph's
        # direction from its first letter: "Newsdesk برنامج حر…" would run left to right in
        # an Arabic interface. The direction is given as markup, so copied text has no marks.
        rtl = (direction or self.layoutDirection()) == Qt.LayoutDirection.RightToLeft
        paragraph = f'<div dir="{"rtl" if rtl else "ltr"}">{html.escape(text)}</div>'
        label = QLabel(paragraph, self)
        label.setTextFormat(Qt.TextFormat.RichText)
        # Selectable, so the version and the folders can be copied into a bug report.
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if wrap:
            label.setWordWrap(True)
            label.setMinimumWidth(420)
        return label
