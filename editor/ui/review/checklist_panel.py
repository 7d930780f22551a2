"""The checklist dock: every finding of the pre-export checklist; a click jumps to its place."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.model.parts import PartKind, part_kind
from editor.model.validate import Severity
from editor.text.checklist import Finding
from editor.text.direction import isolated
from editor.ui.common.checklist_messages import shown_message
from editor.ui.common.part_names import part_name

_FINDING_ROLE = Qt.ItemDataRole.UserRole


class ChecklistPanel(QDockWidget):
    """Lists findings as "place — message"; activating one emits ``jump_requested``.

    ``jump_requested(part, line, column)`` names the part as the checklist does
    (``headline``, ``sections/0``, ``quotations/q1``, ``byline``) with line and column
    counted from 1. ``refresh_requested`` asks the owner to run the checklist again.
    """

    jump_requested = Signal(str, int, int)
    refresh_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklist-dock")
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        bar = QHBoxLayout()
        self.summary = QLabel(body)
        self.spelling_check = QCheckBox(body)
        self.spelling_check.setChecked(True)
        self.refresh_button = QPushButton(body)
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.spelling_check)
        bar.addWidget(self.refresh_button)
        layout.addLayout(bar)
        self.tree = QTreeWidget(body)
        self.tree.setColumnCount(2)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setWordWrap(True)
        layout.addWidget(self.tree, 1)
        self.setWidget(body)
        self.tree.itemActivated.connect(self._on_activated)
        self.tree.itemClicked.connect(self._on_activated)
        self.refresh_button.clicked.connect(self.refresh_requested)
        self.spelling_check.toggled.connect(self.refresh_requested)
        self._section_labels: Sequence[str] = ()
        self.retranslate()
        self.set_findings([])

    def retranslate(self) -> None:
        """Word the panel in the interface language (again when it changes)."""
        self.setWindowTitle(self.tr("Checklist"))
        self.spelling_check.setText(self.tr("Spelling"))
        self.refresh_button.setText(self.tr("Check again"))
        self.tree.setHeaderLabels([self.tr("Place"), self.tr("Problem")])

    def changeEvent(self, event: QEvent) -> None:
        """Word the panel and its findings again when the interface language changes."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.set_findings(self.findings(), self._section_labels)

    def set_findings(
        self, findings: Sequence[Finding], section_labels: Sequence[str] = ()
    ) -> None:
        """Show these findings, in order (an empty list says the article is ready).

        ``section_labels`` name the sections in the Place column (else "Section 1"…).
        """
        self._section_labels = section_labels
        self.summary.setText(_fill(self.tree, findings, self, section_labels))

    def findings(self) -> list[Finding]:
        """Return the findings shown, in order."""
        return _findings(self.tree)

    def spelling_wanted(self) -> bool:
        """Whether the user wants spelling in the checklist."""
        return self.spelling_check.isChecked()

    @Slot(QTreeWidgetItem, int)
    def _on_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        finding = item.data(0, _FINDING_ROLE)
        if isinstance(finding, Finding):
            self.jump_requested.emit(finding.part, finding.line, finding.column)


class ExportChecklist(QWidget):
    """The checklist as the export dialog shows it: the findings, and "Export anyway".

    ``may_export()`` is true when nothing was found or the user ticked "Export anyway";
    activating a finding emits ``jump_requested`` as the panel does.
    """

    jump_requested = Signal(str, int, int)

    def __init__(
        self,
        findings: Sequence[Finding],
        parent: QWidget | None = None,
        section_labels: Sequence[str] = (),
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel(self)
        self.tree = FindingsList(self)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Place"), self.tr("Problem")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.anyway_check = QCheckBox(self.tr("Export anyway"), self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.anyway_check)
        self.summary.setText(_fill(self.tree, findings, self, section_labels))
        self.tree.setVisible(bool(findings))
        self.anyway_check.setVisible(any(f.severity == Severity.ERROR for f in findings))
        self.tree.itemActivated.connect(self._on_activated)

    def findings(self) -> list[Finding]:
        """Return the findings shown, in order."""
        return _findings(self.tree)

    def errors(self) -> list[Finding]:
        """Return the findings that block an export (warnings do not)."""
        return [finding for finding in self.findings() if finding.severity == Severity.ERROR]

    def may_export(self) -> bool:
        """Whether the export may go ahead: no error found, or "Export anyway" ticked.

        Warnings (a quotation without a date, a long paragraph) are shown, and the export
        goes ahead with them, as a word processor's checks do.
        """
        return not self.errors() or self.anyway_check.isChecked()

    @Slot(QTreeWidgetItem, int)
    def _on_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        finding = item.data(0, _FINDING_ROLE)
        if isinstance(finding, Finding):
            self.jump_requested.emit(finding.part, finding.line, finding.column)


class FindingsList(QTreeWidget):
    """The export dialog's list of findings: the room of several whole rows, not 2½.

    It asks for ``SHOWN_ROWS`` rows whole (fewer when there are fewer findings) and takes
    no less than ``FEWEST_ROWS``; a taller dialog gives it the rest (its log was given
    as much as the list, and left the third finding cut in half on an 800×600 screen).
    """

    SHOWN_ROWS = 6
    FEWEST_ROWS = 3

    def rows_height(self, rows: int) -> int:
        """Return the height that shows this many rows whole, with the header."""
        header = self.header().sizeHint().height() if not self.isHeaderHidden() else 0
        return header + rows * self.row_height() + 2 * self.frameWidth()

    def row_height(self) -> int:
        """Return the height of one row (all rows are one line high)."""
        if self.topLevelItemCount():
            return max(1, self.sizeHintForRow(0))
        return self.fontMetrics().height() + 4

    def sizeHint(self) -> QSize:
        """As wide as a tree; as tall as ``SHOWN_ROWS`` rows, or as the findings."""
        rows = min(max(1, self.topLevelItemCount()), self.SHOWN_ROWS)
        return QSize(super().sizeHint().width(), self.rows_height(rows))

    def minimumSizeHint(self) -> QSize:
        """Never squeezed below ``FEWEST_ROWS`` whole rows (or the findings, if fewer)."""
        rows = min(max(1, self.topLevelItemCount()), self.FEWEST_ROWS)
        return QSize(super().minimumSizeHint().width(), self.rows_height(rows))


def place_text(finding: Finding, labels: Sequence[str] = ()) -> str:
    """Return where a finding is as a writer counts: "Comment, paragraph 3".

    A body's place is its paragraph, not the Markdown's line and column (those are the
    command line's, for other tools); a part of one paragraph, or of none, by its name.
    """
    # The name isolated (FSI … PDI): "الاقتباس q1" stays together, before what follows.
    name = isolated(part_name(finding.part, labels))
    several = part_kind(finding.part) is PartKind.SECTION or finding.paragraph > 1
    if finding.paragraph and several:
        return QCoreApplication.translate("ChecklistPanel", "{0}, paragraph {1}").format(
            name, finding.paragraph
        )
    return name


def _fill(
    tree: QTreeWidget, findings: Sequence[Finding], owner: QWidget, labels: Sequence[str]
) -> str:
    """Put the findings in a tree, one row each; return the summary line to show."""
    tree.clear()
    style = owner.style()
    icons = {
        Severity.ERROR: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
        Severity.WARNING: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
    }
    for finding in findings:
        message = shown_message(finding)
        item = QTreeWidgetItem([place_text(finding, labels), message])
        item.setIcon(0, icons.get(finding.severity, icons[Severity.WARNING]))
        item.setToolTip(1, message)
        item.setData(0, _FINDING_ROLE, finding)
        tree.addTopLevelItem(item)
    tree.resizeColumnToContents(0)
    if not findings:
        return QCoreApplication.translate("ChecklistPanel", "Nothing found: ready to export.")
    errors = sum(1 for finding in findings if finding.severity is Severity.ERROR)
    problems = len(findings)  # a name, not a call: lupdate skips a call with one inside
    # Two counts, each with its own plural: "%n problem(s)" carries the errors phrase.
    # ChecklistPanel.tr, not QCoreApplication.translate: lupdate sees plurals only in tr.
    # PySide6's stubs know tr only as a method of an instance; called on the class it
    # translates in the class's context, which is what lupdate records.
    errors_text = ChecklistPanel.tr("%n error(s)", "", errors)  # type: ignore[arg-type]
    summary = ChecklistPanel.tr("%n problem(s) ({0})", "", problems)  # type: ignore[arg-type]
    return summary.format(errors_text)


def _findings(tree: QTreeWidget) -> list[Finding]:
    items = (tree.topLevelItem(row) for row in range(tree.topLevelItemCount()))
    return [item.data(0, _FINDING_ROLE) for item in items if item is not None]
