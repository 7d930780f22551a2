"""The library pane: search every article in the library folders as you type, then open one.

A plain QWidget, so the main window can put it in a dock or a window of its own. It owns no
article: it emits ``open_requested(Path)`` on Enter or double-click, and
``export_requested(list[Path])`` / ``status_change_requested(list[Path], str)`` for the
selected articles; the main window carries those out (``run_batch_export`` shows the export
engine's progress in a dialog that can be cancelled). After saving an article the editor
calls ``article_saved(path)`` so the index follows.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterator, Sequence
from pathlib import Path
from time import perf_counter
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import (
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QKeyEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from editor.jobs.status_change import StatusOutcome, change_statuses
from editor.model import Status
from editor.model.review import ALLOWED_MOVES
from editor.storage.errors import StorageError
from editor.storage.folders import UserFolders
from editor.storage.library import Embargo, Filters, Hit, Library, ScanProgress, Sort
from editor.text.languages import find_language
from editor.ui.common.failures import failure_line, failure_reason
from editor.ui.common.status_names import status_label
from editor.ui.library.library_results import PAGE, HitDelegate, ResultsModel, language_name

if TYPE_CHECKING:
    from editor.jobs.export import Progress

T = TypeVar("T")
SCAN_SLICE_MS = 30  # a scan runs in slices this long, so typing never waits for it
SCAN_REFRESH_S = 1.0  # during a scan, the results are refreshed this often
ANY_DATE = QDate(1900, 1, 1)  # the date edits' "no limit" value, shown as "any"


class LibraryPane(QWidget):
    """Search box, filters and results over a Library; emits what the user asks for."""

    open_requested = Signal(Path)
    export_requested = Signal(list)
    status_change_requested = Signal(list, str)
    results_changed = Signal(int)

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.results_generation = 0  # counts refreshes (tests and benchmarks wait on it)
        self._scan: Generator[ScanProgress, None, None] | None = None
        self._scanned = False
        self._scan_shown = 0.0
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)  # coalesces keystrokes already queued, no delay
        self._refresh_timer.timeout.connect(self.refresh)
        self._scan_timer = QTimer(self)
        self._scan_timer.setInterval(0)
        self._scan_timer.timeout.connect(self._scan_slice)
        self._build()

    # -- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self.search_box = QLineEdit(self)
        self.search_box.setClearButtonEnabled(True)
        self.search_box.textChanged.connect(self._schedule_refresh)
        self.search_box.returnPressed.connect(self._open_current)
        self.search_box.installEventFilter(self)

        # The filters' and the sort's texts are worded by retranslate().
        self.status_filter = self._combo()
        self.language_filter = self._combo()
        self.author_filter = self._combo()
        self.office_filter = self._combo()
        self.tag_filter = self._combo()
        self.slugline_filter = self._combo()
        self.urgency_filter = self._combo()
        self.embargo_filter = self._combo()
        for state in (Embargo.EMBARGOED, Embargo.LIFTED, Embargo.NONE):
            self.embargo_filter.addItem("", state.value)
        self.date_from = self._date_edit()
        self.date_to = self._date_edit()
        self.sort_box = QComboBox(self)
        for sort in (Sort.RELEVANCE, Sort.NEWEST, Sort.OLDEST, Sort.HEADLINE, Sort.AUTHOR):
            self.sort_box.addItem("", sort.value)
        self.sort_box.currentIndexChanged.connect(self._schedule_refresh)

        self.model = ResultsModel(self)
        self.results_view = QTreeView(self)
        self.results_view.setModel(self.model)
        self.results_view.setRootIsDecorated(False)
        self.results_view.setUniformRowHeights(True)
        self.results_view.setAlternatingRowColors(True)
        self.results_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.results_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results_view.setItemDelegateForColumn(0, HitDelegate(self.results_view))
        header = self.results_view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Fixed widths: sizing to contents would read every loaded row on each keystroke.
        metrics = self.fontMetrics()
        for column, sample in enumerate(
            ("Changes requested", "Indonesian", "An author's name", "2025-12-31"), start=1
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 24)
        self.results_view.doubleClicked.connect(self._open_index)
        self.results_view.installEventFilter(self)
        self.results_view.selectionModel().selectionChanged.connect(self._selection_changed)

        self.export_button = QPushButton(self)
        self.export_button.clicked.connect(self._export_selected)
        self.status_button = QToolButton(self)
        self.status_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.status_button)
        for status in Status:
            action = menu.addAction("")
            action.setData(status.value)
        menu.triggered.connect(self._status_chosen)
        menu.aboutToShow.connect(self._offer_moves)
        self.status_button.setMenu(menu)
        self.folders_button = QToolButton(self)
        self.folders_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.folders_button.setMenu(QMenu(self.folders_button))
        self.folders_button.menu().aboutToShow.connect(self._fill_folders_menu)
        self.info_label = QLabel(self)
        self.info_label.setTextFormat(Qt.TextFormat.RichText)
        self.info_label.linkActivated.connect(self._show_problems)

        # Two rows of six: in one row of eleven each choice was cut to its first letters
        # in Russian and Turkish ("Любой ста", "Tüm bürol", seen on Xvfb).
        filters = QGridLayout()
        for place, widget in enumerate(
            (
                self.status_filter,
                self.language_filter,
                self.author_filter,
                self.office_filter,
                self.tag_filter,
                self.slugline_filter,
                self.urgency_filter,
                self.embargo_filter,
                self.date_from,
                self.date_to,
                self.sort_box,
            )
        ):
            filters.addWidget(widget, place // FILTERS_PER_ROW, place % FILTERS_PER_ROW)
        for column in range(FILTERS_PER_ROW):
            filters.setColumnStretch(column, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.info_label, 1)
        for button in (self.folders_button, self.status_button, self.export_button):
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search_box)
        layout.addLayout(filters)
        layout.addWidget(self.results_view, 1)
        layout.addLayout(actions)
        self.retranslate()
        self._selection_changed()
        self._fill_filters()

    def retranslate(self) -> None:
        """Word the pane in the interface language (the choices made stay made)."""
        self.search_box.setPlaceholderText(
            self.tr('Search the library: words, "a phrase", prefix*')
        )
        for box, any_label in (
            (self.status_filter, self.tr("Any status")),
            (self.language_filter, self.tr("Any language")),
            (self.author_filter, self.tr("Any author")),
            (self.office_filter, self.tr("Any office")),
            (self.tag_filter, self.tr("Any tag")),
            (self.slugline_filter, self.tr("Any slugline")),
            (self.urgency_filter, self.tr("Any urgency")),
            (self.embargo_filter, self.tr("Any embargo")),
        ):
            box.setItemText(0, any_label)
        embargo_states = {
            Embargo.EMBARGOED.value: self.tr("Under embargo"),
            Embargo.LIFTED.value: self.tr("Embargo passed"),
            Embargo.NONE.value: self.tr("No embargo"),
        }
        for index in range(1, self.embargo_filter.count()):
            state = str(self.embargo_filter.itemData(index))
            self.embargo_filter.setItemText(index, embargo_states[state])
        self.date_from.setSpecialValueText(self.tr("from: any"))
        self.date_to.setSpecialValueText(self.tr("to: any"))
        sorts = {
            Sort.RELEVANCE: self.tr("Best match"),
            Sort.NEWEST: self.tr("Newest"),
            Sort.OLDEST: self.tr("Oldest"),
            Sort.HEADLINE: self.tr("Headline"),
            Sort.AUTHOR: self.tr("Author"),
        }
        for index in range(self.sort_box.count()):
            self.sort_box.setItemText(index, sorts[Sort(self.sort_box.itemData(index))])
        self.export_button.setText(self.tr("Export…"))
        self.status_button.setText(self.tr("Set status"))
        for action in self.status_button.menu().actions():
            action.setText(status_label(str(action.data())))
        self.folders_button.setText(self.tr("Folders"))

    def changeEvent(self, event: QEvent) -> None:
        """Word the pane, its filters' values and the results again when the language changes."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._fill_filters()
            self.model.retranslate()
            self._show_info()

    def _combo(self) -> QComboBox:
        box = QComboBox(self)
        box.addItem("", "")
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        box.currentIndexChanged.connect(self._schedule_refresh)
        return box

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setCalendarPopup(True)
        edit.setMinimumDate(ANY_DATE)
        # Its special value text (set by retranslate) is shown at the minimum date: no limit.
        edit.setDate(ANY_DATE)
        edit.dateChanged.connect(self._schedule_refresh)
        return edit

    # -- searching ------------------------------------------------------------------------

    def filters(self) -> Filters:
        """Return the filters as the user set them."""

        def date(edit: QDateEdit) -> str:
            return "" if edit.date() == ANY_DATE else edit.date().toString("yyyy-MM-dd")

        return Filters(
            status=self.status_filter.currentData() or "",
            language=self.language_filter.currentData() or "",
            author=self.author_filter.currentData() or "",
            office=self.office_filter.currentData() or "",
            tag=self.tag_filter.currentData() or "",
            date_from=date(self.date_from),
            date_to=date(self.date_to),
            slugline=self.slugline_filter.currentData() or "",
            urgency=int(self.urgency_filter.currentData() or 0),
            embargo=self.embargo_filter.currentData() or "",
        )

    @Slot()
    def _schedule_refresh(self) -> None:
        self._refresh_timer.start()

    @Slot()
    def refresh(self) -> None:
        """Search again with what is in the search box and the filters."""
        self._refresh_timer.stop()
        query = self.search_box.text()
        filters = self.filters()
        sort = Sort(self.sort_box.currentData())

        def page(offset: int) -> list[Hit]:
            return self._search(query, filters, sort, offset)

        self.model.show(page(0), page, self.library.with_snippets)
        if self.model.rowCount():
            self.results_view.setCurrentIndex(self.model.index(0, 0))
        QTimer.singleShot(0, self.model.arm)
        self.results_generation += 1
        self._show_info()
        self.results_changed.emit(self.model.rowCount())

    def _search(self, query: str, filters: Filters, sort: Sort, offset: int) -> list[Hit]:
        try:
            return self.library.search(
                query, filters, sort, PAGE, offset=offset, prefix_last=True, snippets=False
            )
        except StorageError as failure:
            self.info_label.setText(self.tr("The library cannot be searched: {0}").format(failure))
            return []

    def _show_info(self) -> None:
        count = self.model.rowCount()
        if self.model.has_more:  # the list shows the first results; there are more
            text = self.tr("%n+ article(s)", "", count)
        else:
            text = self.tr("%n article(s)", "", count)
        if self._scan is not None:
            text = self.tr("Reading the library…") + " " + text
        problems = self.library.errors()
        if problems:
            text += (
                " · <a href='problems'>"
                + self.tr("%n file(s) could not be read", "", len(problems))
                + "</a>"
            )
        self.info_label.setText(text)
        self.info_label.setToolTip("\n".join(f"{p.path}: {p.message}" for p in problems))

    def _fill_filters(self) -> None:
        """Offer, in each filter, the values the library holds (keeping the choice made)."""
        facets = self.library.facets()
        choices: tuple[tuple[QComboBox, Sequence[Any], Callable[[Any], str]], ...] = (
            (self.status_filter, facets.statuses, status_label),
            (self.language_filter, facets.languages, _language_name),
            (self.author_filter, facets.authors, str),
            (self.office_filter, facets.offices, str),
            (self.tag_filter, facets.tags, str),
            (self.slugline_filter, facets.sluglines, str),
            (self.urgency_filter, facets.urgencies, self._urgency_label),
        )
        for box, values, label in choices:
            chosen = box.currentData()
            box.blockSignals(True)
            while box.count() > 1:
                box.removeItem(1)
            for value in values:
                box.addItem(label(value), value)
            box.setCurrentIndex(max(0, box.findData(chosen)))
            box.blockSignals(False)

    def _urgency_label(self, urgency: int) -> str:
        return self.tr("Urgency {0}").format(urgency)

    # -- opening and the selection --------------------------------------------------------

    def selected_paths(self) -> list[Path]:
        """Return the paths of the selected articles, in list order."""
        return [hit.path for hit in self._selected_hits()]

    def _selected_hits(self) -> list[Hit]:
        rows = sorted({index.row() for index in self.results_view.selectionModel().selectedRows()})
        return [self.model.hits[row] for row in rows]

    @Slot()
    def _offer_moves(self) -> None:
        # Review › Status's rule: only a status some selected article can move to is offered
        # (one that none can reach was refused for every article after the click).
        known = {status.value: status for status in Status}
        current = {known[hit.status] for hit in self._selected_hits() if hit.status in known}
        for action in self.status_button.menu().actions():
            target = known[str(action.data())]
            action.setEnabled(any(target in ALLOWED_MOVES[status] for status in current))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.results_view and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._open_current()
                return True
            if watched is self.search_box and key == Qt.Key.Key_Down and self.model.rowCount():
                self.results_view.setFocus()
                return True
            if watched is self.search_box and key == Qt.Key.Key_Escape:
                self.search_box.clear()
                return True
        return super().eventFilter(watched, event)

    @Slot()
    def _open_current(self) -> None:
        index = self.results_view.currentIndex()
        if not index.isValid() and self.model.rowCount():
            index = self.model.index(0, 0)
        if index.isValid():
            self._open_index(index)

    @Slot(QModelIndex)
    def _open_index(self, index: QModelIndex) -> None:
        self.open_requested.emit(self.model.hits[index.row()].path)

    @Slot()
    def _selection_changed(self) -> None:
        chosen = bool(self.results_view.selectionModel().selectedRows())
        self.export_button.setEnabled(chosen)
        self.status_button.setEnabled(chosen)

    @Slot()
    def _export_selected(self) -> None:
        paths = self.selected_paths()
        if paths:
            self.export_requested.emit(paths)

    @Slot(QAction)
    def _status_chosen(self, action: QAction) -> None:
        paths = self.selected_paths()
        if paths:
            self.status_change_requested.emit(paths, action.data())

    # -- keeping the index current --------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._scanned and self._scan is None:
            self.start_scan()

    def start_scan(self) -> None:
        """Bring the index up to date with the folders, in slices between keystrokes."""
        self._scanned = True
        if self._scan is not None:
            self._scan.close()  # ends its transaction, keeping what it indexed
        self._scan = self.library.scan()
        self._scan_shown = perf_counter()
        self._scan_timer.start()
        self.refresh()

    @Slot()
    def _scan_slice(self) -> None:
        if self._scan is None:
            self._scan_timer.stop()
            return
        end = perf_counter() + SCAN_SLICE_MS / 1000
        try:
            step = next(self._scan)
            while perf_counter() < end:
                step = next(self._scan)
            if perf_counter() - self._scan_shown > SCAN_REFRESH_S:
                # A first scan of a big library takes a while: show what is there so far.
                self._scan_shown = perf_counter()
                self.refresh()
            self.info_label.setText(
                self.tr("Reading the library… {0} of {1}").format(step.done, step.total)
            )
        except StopIteration:
            self._scan = None
            self._scan_timer.stop()
            self._fill_filters()
            self.refresh()
        except StorageError as failure:
            self._scan = None
            self._scan_timer.stop()
            self.info_label.setText(self.tr("The library cannot be read: {0}").format(failure))

    def stop_scan(self) -> None:
        """Stop a scan in progress, keeping what it indexed (the next show scans again)."""
        self._scan_timer.stop()
        if self._scan is not None:
            self._scan.close()  # ends its transaction, keeping what it indexed
            self._scan = None
            self._scanned = False

    @Slot(Path)
    def article_saved(self, path: Path) -> None:
        """Re-index an article the editor has just saved, and show the change."""
        try:
            indexed = self.library.update(Path(path))
        except StorageError as failure:
            self.info_label.setText(self.tr("The library cannot be updated: {0}").format(failure))
            return
        if indexed:
            self._fill_filters()
            self.refresh()

    # -- folders and problems -------------------------------------------------------------

    @Slot()
    def _fill_folders_menu(self) -> None:
        menu = self.folders_button.menu()
        menu.clear()
        menu.addAction(self.tr("Add folder…"), self._add_folder)
        roots = self.library.roots
        if roots:
            menu.addSeparator()
        for root in roots:
            action = menu.addAction(self.tr("Remove {0}").format(root))
            action.triggered.connect(lambda _=False, root=root: self.remove_folder(root))

    @Slot()
    def _add_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Add a library folder"))
        if folder:
            self.add_folder(Path(folder))

    def add_folder(self, folder: Path) -> None:
        """Add a library folder (remembered) and index it."""
        self._change_folders(lambda: self.library.add_root(folder))

    def remove_folder(self, folder: Path) -> None:
        """Stop showing a folder's articles (remembered)."""
        self._change_folders(lambda: self.library.remove_root(folder))

    def _change_folders(self, change: Callable[[], None]) -> None:
        try:
            change()
        except StorageError as failure:
            from editor.ui.common.failures import report_failure

            report_failure(
                self,
                self.tr("Library folders"),
                self.tr("The library's folders were not changed."),
                failure,
                warning=True,
            )
            return
        self.start_scan()

    @Slot(str)
    def _show_problems(self, _link: str) -> None:
        problems = self.library.errors()
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Library"), "", parent=self)
        box.setText(self.tr("%n file(s) could not be read.", "", len(problems)))
        box.setDetailedText("\n".join(f"{p.path}: {p.message}" for p in problems))
        box.exec()

    # -- batch work ---------------------------------------------------------------------

    def run_batch_export(self, steps: Iterator[Progress], total: int) -> list[Progress]:
        """Drive an export generator (editor.jobs.export) with a cancellable progress dialog.

        Returns the Progress items seen; stops (closing the generator) when cancelled.
        """
        return self._with_progress(
            steps, total, self.tr("Exporting…"), lambda step: step.output or step.source
        )

    def apply_status(
        self,
        paths: list[Path],
        status: str,
        author: str,
        folders: UserFolders | None = None,
        *,
        gate: bool = True,
    ) -> list[StatusOutcome]:
        """Move the articles to a status (with progress), report those refused, show the change.

        The main window calls this from status_change_requested, with the user's name and
        the house style's approval gate.
        """
        # Whoever finds an article locked meanwhile is told the user's name.
        steps = change_statuses(
            paths,
            status,
            author,
            folders=folders,
            library=self.library,
            holder_name=author.strip() or None,
            gate=gate,
        )
        outcomes = self._with_progress(
            steps, len(paths), self.tr("Changing the status…"), lambda outcome: outcome.path
        )
        refused = [
            f"{outcome.path}: {failure_line(outcome.failure)}"
            for outcome in outcomes
            if outcome.failure is not None
        ]
        # Changed, but the previous version was not kept: the change stands, the user knows.
        backup_failures = [
            (outcome.path, outcome.backup_failure)
            for outcome in outcomes
            if outcome.backup_failure is not None
        ]
        unbacked = [f"{path}: {failure_line(failure)}" for path, failure in backup_failures]
        why = {failure_reason(failure) for _path, failure in backup_failures}
        if refused or unbacked:
            sentences = []
            if refused:
                sentences.append(
                    self.tr("{0} of %n article(s) were not changed.", "", len(paths)).format(
                        len(refused)
                    )
                )
            if unbacked:
                sentences.append(
                    self.tr(
                        "The status of %n article(s) changed, but no backup of the previous "
                        "version was kept.",
                        "",
                        len(unbacked),
                    )
                )
                if len(why) == 1:  # one cause for all (a full disk): said in the message
                    sentences.extend(why)
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Set status"), "", parent=self)
            box.setText(" ".join(sentences))
            # Why, in the message itself for a few (it was behind Show Details alone).
            shown = [*refused, *unbacked]
            box.setInformativeText(
                "\n".join(shown[:_REASONS_SHOWN] + (["…"] if len(shown) > _REASONS_SHOWN else []))
            )
            box.setDetailedText("\n".join(shown))
            box.exec()
        self._fill_filters()
        self.refresh()
        return outcomes

    def _with_progress(
        self, steps: Iterator[T], total: int, label: str, shown: Callable[[T], object]
    ) -> list[T]:
        dialog = QProgressDialog(label, self.tr("Cancel"), 0, total, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        seen = []
        try:
            for step in steps:
                seen.append(step)
                dialog.setValue(min(len(seen), total))
                dialog.setLabelText(str(shown(step)))
                if dialog.wasCanceled():
                    break
        finally:
            if isinstance(steps, Generator):
                steps.close()  # the job stops where it is (its files written so far stay)
            dialog.reset()
        return seen


# The filters' choices in a row (two rows).
FILTERS_PER_ROW = 6
# How many refusals the message itself names (all are in its details).
_REASONS_SHOWN = 5


def _language_name(code: str) -> str:
    # By its own name, as the results and every language chooser show it: the filter
    # listed "Arabic (ar)" in English beside a column of "العربية" (found in a trial).
    return f"{language_name(code)} ({code})" if find_language(code) else code
