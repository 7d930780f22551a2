"""The About box: name, version, licence, the Qt and Python in use, and the user's folders."""

from __future__ import annotations

import html
import platform

import PySide6
from PySide6.QtCore import QEvent, Qt, qVersion
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
        name = self._label(APP_NAME)
        font = name.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        name.setFont(font)
        # Worded by retranslate(), below.
        self.version_label = self._label("")
        description = self._description = self._label("", wrap=True)
        licence = self._licence = self._label("", wrap=True)
        versions = self._versions = self._label("", wrap=True)
        folders_intro = self._folders_intro = self._label("", wrap=True)
        # The folders may not exist yet: they are shown, never created.
        paths = (folders.config, folders.data, folders.recovery, folders.cache)
        folder_form = QFormLayout()
        self._folder_labels: list[QLabel] = []
        for path in paths:
            # A path reads left to right in every interface, whatever its folder names.
            shown = self._label(str(path), direction=Qt.LayoutDirection.LeftToRight)
            if self.isRightToLeft():  # beside its name, as in the rest of the form
                shown.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
            self._folder_labels.append(self._label(""))
            folder_form.addRow(self._folder_labels[-1], shown)
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
        self.retranslate()

    def retranslate(self) -> None:
        """Word the box in the interface language (again when it changes)."""
        self.setWindowTitle(self.tr("About Newsdesk"))
        texts = {
            self.version_label: self.tr("Version {0}").format(__version__),
            self._description: self.tr(
                "An offline desktop editor for news-plus-commentary articles."
            ),
            self._licence: self.tr(
                "Newsdesk is free software: you can share and change it under the terms of "
                "the GNU General Public License, version 3 or (at your option) any later "
                "version. It comes with no warranty."
            ),
            self._versions: self.tr("Uses Qt {0}, PySide6 {1} and Python {2}.").format(
                qVersion(), PySide6.__version__, platform.python_version()
            ),
            self._folders_intro: self.tr("Where Newsdesk keeps your files:"),
        }
        names = (
            self.tr("Settings:"),
            self.tr("Backups and personal dictionary:"),
            self.tr("Recovery copies:"),
            self.tr("Library index (cache):"),
        )
        texts.update(zip(self._folder_labels, names, strict=True))
        for label, text in texts.items():
            label.setText(self._paragraph(text))

    def changeEvent(self, event: QEvent) -> None:
        """Word the box again when the interface language changes."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def _paragraph(self, text: str, direction: Qt.LayoutDirection | None = None) -> str:
        # Selectable text is laid out by a QTextDocument, which otherwise takes a paragraph's
        # direction from its first letter: "Newsdesk برنامج حر…" would run left to right in
        # an Arabic interface. The direction is given as markup, so copied text has no marks.
        rtl = (direction or self.layoutDirection()) == Qt.LayoutDirection.RightToLeft
        return f'<div dir="{"rtl" if rtl else "ltr"}">{html.escape(text)}</div>'

    def _label(
        self, text: str, *, wrap: bool = False, direction: Qt.LayoutDirection | None = None
    ) -> QLabel:
        label = QLabel(self._paragraph(text, direction) if text else "", self)
        label.setTextFormat(Qt.TextFormat.RichText)
        # Selectable, so the version and the folders can be copied into a bug report.
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if wrap:
            label.setWordWrap(True)
            label.setMinimumWidth(420)
        return label
