"""Who is writing: the user's name and initials, asked once when the settings have none."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from editor.model.review import initials_of
from editor.storage.folders import UserFolders
from editor.storage.settings import Settings, account_name


class NameFields:
    """A name box and an initials box whose placeholder follows the name (shared by dialogs)."""

    def __init__(self, name: str, initials: str, parent: QWidget) -> None:
        self.name_edit = QLineEdit(name, parent)
        self.initials_edit = QLineEdit(initials, parent)
        self.initials_edit.setMaxLength(8)
        self.name_edit.textChanged.connect(self._on_name)
        self._on_name(name)

    def _on_name(self, name: str) -> None:
        # Empty initials are derived from the name when used; the placeholder shows which.
        self.initials_edit.setPlaceholderText(initials_of(name))

    def name(self) -> str:
        """Return the name as typed, without surrounding spaces."""
        return self.name_edit.text().strip()

    def initials(self) -> str:
        """Return the initials as typed ("" means derived from the name)."""
        return self.initials_edit.text().strip()


class NameDialog(QDialog):
    """Asks for the name comments, status changes and revisions are recorded under."""

    def __init__(self, name: str, initials: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your name"))
        intro = QLabel(
            self.tr(
                "Comments, status changes and revisions are recorded under your name. "
                "You can change it later in Settings."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.fields = NameFields(name, initials, self)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.fields.name_edit)
        form.addRow(self.tr("Initials"), self.fields.initials_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.fields.name_edit.textChanged.connect(self._on_name)
        self._on_name()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        # The name offered (the system account's) is selected: typing replaces it; it was
        # typed after it ("rootDesk Editor", seen on Xvfb).
        self.fields.name_edit.selectAll()

    @Slot()
    def _on_name(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setEnabled(bool(self.fields.name()))

    def name(self) -> str:
        """Return the name as typed."""
        return self.fields.name()

    def initials(self) -> str:
        """Return the initials as typed ("" means derived from the name)."""
        return self.fields.initials()


def ensure_user_name(settings: Settings, folders: UserFolders, parent: QWidget | None) -> bool:
    """Make sure the settings name the user, asking (pre-filled from the system's account)
    when they do not, and keep the answer; False when the user cancelled."""
    if settings.author.strip():
        return True
    dialog = NameDialog(account_name(), settings.initials, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.name():
        return False
    settings.author = dialog.name()
    settings.initials = dialog.initials()
    _save(settings, folders, parent)
    return True


def _save(settings: Settings, folders: UserFolders, parent: QWidget | None) -> None:
    from editor.storage.errors import StorageError
    from editor.storage.settings import save_settings

    try:
        save_settings(settings, folders)
    except StorageError as failure:
        from editor.ui.common.failures import report_failure

        # The name is used for this session all the same; only keeping it failed.
        report_failure(
            parent,
            QCoreApplication.translate("NameDialog", "Settings"),
            QCoreApplication.translate("NameDialog", "The settings could not be saved."),
            failure,
            warning=True,
        )
