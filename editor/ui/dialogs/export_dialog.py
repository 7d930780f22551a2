"""The Export dialog: formats, house style and folder, with progress from the batch exporter."""

from __future__ import annotations

import contextlib
from collections.abc import Generator, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRect, Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from editor.jobs.export import Existing, Progress, existing_outputs, export_articles
from editor.model import Article
from editor.render.changes import APPROVED, FIRST
from editor.render.errors import RenderError, StyleError
from editor.render.formats import FORMATS
from editor.render.styles import DEFAULT_STYLE, available_styles, load_style, with_comments
from editor.storage.errors import StorageError
from editor.storage.settings import save_settings
from editor.text.direction import isolated
from editor.ui.common.eliding_combo import ElidingComboBox
from editor.ui.common.failures import (
    export_failure_text,
    export_warnings,
    failure_line,
    failure_reason,
)
from editor.ui.common.plain_box import MessageLog

if TYPE_CHECKING:
    from editor.ui.review.checklist_panel import ExportChecklist
    from editor.ui.window.seam import WorkspaceServices

# Lines the log shows beside the checklist once it has something to say (it scrolls).
LOG_LINES = 4
# What a window manager's title bar and borders add to the dialog, at most, in px.
FRAME_ALLOWANCE = 40
# Between the dialog and a place it moved off, in px.
PLACE_GAP = 8


# How many of the articles exported at once the dialog names (the rest: "…").
_NAMED_SOURCES = 4


class ExportDialog(QDialog):
    """Exports the article as shown (saved or not) in the chosen formats, one step at a time."""

    def __init__(
        self,
        article: Article | None,
        workspace: WorkspaceServices,
        path: Path | None = None,
        parent: QWidget | None = None,
        checklist: ExportChecklist | None = None,
        *,
        sources: list[Path] | None = None,
        edition: tuple[Article, str] | None = None,
    ) -> None:
        super().__init__(parent)
        # A window on a language edition exports the story's edition (its source and the
        # language): named, linked and checked as the command line does (an untranslated
        # edition went out from the window without a word: found in a trial).
        self._edition = edition
        # sources: saved files to export as they are on disk (the library's selection);
        # otherwise the one article as shown, saved or not.
        self._sources = list(sources) if sources else None
        if self._sources is not None:
            self.setWindowTitle(self.tr("Export %n article(s)", "", len(self._sources)))
        else:
            self.setWindowTitle(self.tr("Export"))
        # The pre-export checklist: findings, and "Export anyway".
        self.checklist = checklist
        self._article = article
        if path is None and self._sources:
            path = self._sources[0]
        self._source = path or Path(f"{article.id if article else 'article'}.newsdesk")
        self._workspace = workspace
        self._steps: Iterator[Progress] | None = None
        self._per_article = 1
        self.results: list[Progress] = []
        self.format_checks: dict[str, QCheckBox] = {}
        # Two columns: the seven formats in one row made the dialog 1,180 px wide, past an
        # 800 or 1,024 px screen's edge with its buttons (seen on Xvfb).
        formats_row = QGridLayout()
        names = {
            "docx": self.tr("Word (.docx)"),
            "html": self.tr("Web page (.html)"),
            "md": self.tr("Markdown (.md)"),
            "pdf": self.tr("PDF (.pdf)"),
            "ninjs": self.tr("ninjs for agencies (.json)"),
            "newsml": self.tr("NewsML-G2 for agencies (.xml)"),
            "wxr": self.tr("WordPress import, one file (.xml)"),
        }
        # The formats of the last export, else Word and web page.
        ticked = [fmt for fmt in workspace.settings.export_formats if fmt in FORMATS]
        ticked = ticked or ["docx", "html"]
        for place, fmt in enumerate(FORMATS):
            check = QCheckBox(names.get(fmt, fmt), self)
            check.setChecked(fmt in ticked)
            self.format_checks[fmt] = check
            formats_row.addWidget(check, place // 2, place % 2)
        self.style_combo = ElidingComboBox(self)
        config = workspace.folders.config
        for name in available_styles(config):
            # By what each is for: an office names its styles after its own template.
            try:
                # A shipped style's in the interface language; an office's as it wrote it.
                description = QCoreApplication.translate(
                    "HouseStyles", load_style(name, config).description
                )
            except StyleError:
                description = ""
            self.style_combo.addItem(f"{name} — {description}" if description else name, name)
            # The whole description as the item's tip: the box shows only its start.
            self.style_combo.setItemData(
                self.style_combo.count() - 1, description, Qt.ItemDataRole.ToolTipRole
            )
        chosen = workspace.settings.house_style or DEFAULT_STYLE
        self.style_combo.setCurrentIndex(max(0, self.style_combo.findData(chosen)))
        # A style's description is long (the box was 700 px, the dialog past an 800 px
        # screen's edge): the box shows its start and "…", the list and the tip the whole.
        self.style_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.style_combo.setMinimumContentsLength(28)
        listed = self.style_combo.view()
        listed.setMinimumWidth(listed.sizeHintForColumn(0) + 2 * listed.frameWidth() + 8)
        self._show_style_description()
        self.style_combo.currentIndexChanged.connect(self._show_style_description)
        default_folder = workspace.last_folder("export")
        if not workspace.settings.export_folder and path is not None:
            default_folder = path.parent  # never exported yet: beside the article
        self.folder_edit = QLineEdit(str(default_folder), self)
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._on_browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(browse)
        self.fragment_check = QCheckBox(self.tr("HTML: the article alone, for a CMS"), self)
        # The job's own check (the article's errors: no headline, quotations not in the
        # bank): for the library's articles, which no checklist shows beforehand.
        self.force_check = QCheckBox(
            self.tr("Export even with errors (no headline, quotations not in the bank)"), self
        )
        # For the reviewer: the open comments as Word's comments in the DOCX (a list
        # after the article in the HTML); a house style may include them already.
        self.comments_check = QCheckBox(self.tr("Open comments, for a reviewer"), self)
        self.comments_check.setToolTip(
            self.tr("Open comments: as Word comments in the DOCX, listed in the HTML")
        )
        # Tracked changes in the DOCX: what changed since a revision, for a reviewer in Word.
        self.changes_combo = QComboBox(self)
        self.changes_combo.addItem(self.tr("none"), None)
        self.changes_combo.addItem(self.tr("last approved"), APPROVED)
        self.changes_combo.addItem(self.tr("first revision"), FIRST)
        revisions = article.revisions if article is not None and not self._sources else []
        for revision in sorted(revisions, key=lambda item: item.number):
            self.changes_combo.addItem(
                self.tr("revision {0}").format(revision.number), revision.number
            )
        self.format_checks["docx"].toggled.connect(self._on_docx_toggled)
        self._on_docx_toggled(self.format_checks["docx"].isChecked())
        form = QFormLayout()
        form.addRow(self.tr("Formats"), formats_row)
        form.addRow(self.tr("Word: show changes since"), self.changes_combo)
        form.addRow(self.tr("House style"), self.style_combo)
        form.addRow(self.tr("Folder"), folder_row)
        # One row for both: a row more took a finding's room on a small screen.
        options = QHBoxLayout()
        options.addWidget(self.fragment_check)
        options.addWidget(self.comments_check)
        options.addStretch(1)
        form.addRow("", options)
        if checklist is None:
            form.addRow("", self.force_check)
        else:
            # The checklist's "Export anyway" is the one box for it: two boxes for one
            # choice, and the one naming "no headline" did nothing (a trial).
            self.force_check.hide()
            if edition is not None:
                # An edition's untranslated paragraphs are warnings of the checklist, yet
                # stop its export: the box that lets it go out anyway is there too.
                checklist.anyway_check.setVisible(True)
        # The progress and the log show once there is something in them: empty, they took
        # the room the checklist's findings needed (seen on an 800×600 screen).
        self.progress = QProgressBar(self)
        self.progress.setValue(0)
        self.progress.hide()
        self.log = MessageLog(self)
        self.log.hide()
        self.log.textChanged.connect(self._on_log_changed)
        self.export_button = QPushButton(self.tr("Export"), self)
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self._on_export)
        close_button = QPushButton(self.tr("Close"), self)
        close_button.clicked.connect(self.reject)
        # Once files are written: the folder they are in, in the system's file manager.
        self.open_folder_button = QPushButton(self.tr("Open Folder"), self)
        self.open_folder_button.hide()
        self.open_folder_button.clicked.connect(self._on_open_folder)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_folder_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(close_button)
        line = self.log.fontMetrics().lineSpacing()
        around = 2 * (self.log.frameWidth() + int(self.log.document().documentMargin()))
        self.log.setMinimumHeight(2 * line + around)
        layout = QVBoxLayout(self)
        if self._sources:
            # Which articles, in the dialog itself: a title bar is not always there to say
            # it (the library's export named none, seen on Xvfb).
            named = ", ".join(source.stem for source in self._sources[:_NAMED_SOURCES])
            if len(self._sources) > _NAMED_SOURCES:
                named += ", …"
            self.sources_label = QLabel(
                self.tr("%n article(s): {0}", "", len(self._sources)).format(named), self
            )
            self.sources_label.setWordWrap(True)
            layout.addWidget(self.sources_label)
        layout.addLayout(form)
        if checklist is not None:
            checklist.setParent(self)
            # The findings get the room, and what a taller dialog adds; the log a few lines.
            layout.addWidget(checklist, 1)
            self.log.setMaximumHeight(LOG_LINES * line + around)
            # A finding double-clicked is shown in the editor: the dialog moves off it.
            checklist.jump_requested.connect(self._on_jump)
        layout.addWidget(self.progress)
        layout.addWidget(self.log, 0 if checklist is not None else 1)
        layout.addLayout(buttons)
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._on_step)
        # After the jump: the editor has scrolled (and unfolded a pane) by then.
        self._place_timer = QTimer(self)
        self._place_timer.setSingleShot(True)
        self._place_timer.setInterval(0)
        self._place_timer.timeout.connect(self.keep_place_in_sight)
        self._first_size()

    def _first_size(self) -> None:
        # As wide as it was (620 px) or as its contents need; as tall as they ask (the
        # findings' rows whole), within the screen.
        hint = self.sizeHint()
        room = self._screen_room()
        width = min(max(620, hint.width()), room.width())
        height = min(hint.height(), room.height() - FRAME_ALLOWANCE)
        self.resize(width, max(height, self.minimumSizeHint().height()))

    def _screen_room(self) -> QRect:
        """Return the screen's room for windows (the dialog's, or its parent's)."""
        parent = self.parentWidget()
        screen = parent.screen() if parent is not None else self.screen()
        return screen.availableGeometry()

    def changes_since(self) -> int | str | None:
        """Return the revision the DOCX's tracked changes start from (None: no changes)."""
        if not self.format_checks["docx"].isChecked():
            return None
        chosen: int | str | None = self.changes_combo.currentData()
        return chosen

    def formats(self) -> list[str]:
        """Return the chosen formats."""
        return [fmt for fmt, check in self.format_checks.items() if check.isChecked()]

    def start(self) -> bool:
        """Begin exporting (steps run from the event loop); False when nothing to do."""
        formats = self.formats()
        if not formats:
            self.log.appendPlainText(self.tr("Choose at least one format."))
            return False
        self._remember_formats(formats)
        if self.checklist is not None and not self.checklist.may_export():
            self.log.appendPlainText(
                self.tr("The checklist found errors: fix them, or tick “Export anyway”.")
            )
            return False
        if self.checklist is not None:
            warnings = len(self.checklist.findings()) - len(self.checklist.errors())
            if warnings:
                self.log.appendPlainText(
                    self.tr("Exporting with %n warning(s) from the checklist.", "", warnings)
                )
        try:
            style = load_style(str(self.style_combo.currentData()), self._workspace.folders.config)
        except RenderError as failure:
            self.log.appendPlainText(failure_line(failure))
            return False
        if self.comments_check.isChecked():
            style = with_comments(style)
        folder = Path(self.folder_edit.text()).expanduser()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as failure:
            from editor.storage.atomic import storage_error

            # Why, in the interface language, and which folder (the system's English words
            # were shown, "No such file or directory", and no folder; found in a trial).
            reason = failure_reason(storage_error(folder, failure))
            self.log.appendPlainText(
                self.tr("The folder {0} cannot be created. {1}").format(folder, reason)
            )
            return False
        self._workspace.remember_folder("export", folder)
        article = self._article
        sources = self._sources or [self._source]
        # "Export anyway" under the checklist's errors is the same choice.
        anyway = self.checklist is not None and self.checklist.anyway_check.isChecked()
        force = self.force_check.isChecked() or anyway
        # Without sources the dialog exports the article shown, which it was given.
        load = None if self._sources or article is None else lambda _path: article
        editions: list[str] = []
        if self._edition is not None and not self._sources:
            story, language = self._edition
            load, editions = (lambda _path: story), [language]
        there = existing_outputs(sources, formats, folder, style, load=load, editions=editions)
        existing: Existing | None = "replace"
        if there:
            existing = self.ask_existing(there)
        if existing is None:
            self.log.appendPlainText(self.tr("Nothing exported: the existing files stay."))
            return False
        self._steps = export_articles(
            sources,
            formats,
            folder,
            style,
            fragment=self.fragment_check.isChecked(),
            force=force,
            load=load,
            existing=existing,
            changes_since=self.changes_since(),
            editions=editions,
        )
        self.results = []
        self.open_folder_button.hide()
        self._per_article = len(formats)
        self.progress.setRange(0, len(sources) * len(formats))
        self.progress.setValue(0)
        if self.progress.isHidden():
            self.progress.show()
            self._make_room()
        self.export_button.setEnabled(False)
        self._timer.start()
        return True

    def ask_existing(self, paths: list[Path]) -> Existing | None:
        """Ask what to do with outputs whose files exist: replace, keep both, or None (cancel)."""
        shown = 5
        names = [path.name for path in paths[:shown]]
        if len(paths) > shown:
            names.append(self.tr("…and %n more", "", len(paths) - shown))
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Files exist"))
        box.setText(
            self.tr("%n file(s) of this export exist in the folder already.", "", len(paths))
        )
        box.setInformativeText("\n".join(names))
        replace = box.addButton(self.tr("Replace"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep both"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        # The answer that loses nothing is the one Enter gives.
        box.setDefaultButton(keep)
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        if clicked is replace:
            return "replace"
        if clicked is keep:
            return "keep"
        return None

    def _remember_formats(self, formats: list[str]) -> None:
        # Ticked again at the next export, in this window or another.
        settings = self._workspace.settings
        if settings.export_formats != formats:
            settings.export_formats = list(formats)
            # Not worth a dialog: the next export starts with the default formats instead.
            with contextlib.suppress(StorageError):
                save_settings(settings, self._workspace.folders)

    def done(self, result: int) -> None:
        """Closing the dialog cancels an export under way (the files written stay)."""
        self._timer.stop()
        if self._steps is not None:
            if isinstance(self._steps, Generator):
                self._steps.close()
            self._steps = None
        super().done(result)

    def anyway_text(self) -> str:
        """Return the text of the box that exports in spite of errors, as shown."""
        if self.checklist is not None:
            return self.checklist.anyway_check.text()
        return self.force_check.text()

    def is_running(self) -> bool:
        """Whether an export is under way."""
        return self._timer.isActive()

    @Slot()
    def _on_step(self) -> None:
        # One output per tick: the dialog repaints and the progress bar moves between them.
        try:
            step = next(self._steps) if self._steps is not None else None
        except (RenderError, StopIteration):
            step = None
        if step is None:
            self._timer.stop()
            self.export_button.setEnabled(True)
            written = sum(1 for result in self.results if result.ok and result.output)
            self.log.appendPlainText(self.tr("Done: %n file(s) written.", "", written))
            self.open_folder_button.setVisible(written > 0)
            return
        self.results.append(step)
        self.progress.setValue(self.progress.value() + 1)
        if step.ok and step.output is not None:
            # A run of its own: in an Arabic sentence the path's slashes and parts were
            # put in another order (found in a trial).
            self.log.appendPlainText(self.tr("Wrote {0}").format(isolated(str(step.output))))
        else:
            failure = export_failure_text(step, self.anyway_text())
            self.log.appendPlainText(self.tr("Failed: {0}").format(failure))
            if step.format is None:
                # The whole article failed: its other formats will not come.
                self.progress.setValue(
                    min(self.progress.maximum(), self.progress.value() + self._per_article - 1)
                )
        for warning in export_warnings(step):
            self.log.appendPlainText(warning)

    def written_folder(self) -> Path | None:
        """Return the folder the last export wrote its first file to (None if it wrote none)."""
        for result in self.results:
            if result.ok and result.output is not None:
                return Path(result.output).parent
        return None

    @Slot()
    def _on_open_folder(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        folder = self.written_folder()
        if folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    @Slot()
    def _on_log_changed(self) -> None:
        if self.log.isHidden() and not self.log.document().isEmpty():
            self.log.show()
            self._make_room()

    def _make_room(self) -> None:
        # What was shown needs room: taken from the findings, which give up rows to the
        # log (the dialog grew by the log's lines and its buttons moved down, seen on
        # Xvfb); the dialog grows only where its contents cannot fit (within the screen),
        # never shrinks, and stays on the screen.
        layout = self.layout()
        if layout is not None:
            layout.activate()
        room = self._screen_room()
        wanted = min(self.minimumSizeHint().height(), room.height() - FRAME_ALLOWANCE)
        if self.height() < wanted:
            self.resize(self.width(), wanted)
        if self.isVisible():
            frame = self.frameGeometry()
            if frame.bottom() > room.bottom():
                self.move(frame.left(), max(room.top(), room.bottom() - frame.height() + 1))

    @Slot(str, int, int)
    def _on_jump(self, _part: str, _line: int, _column: int) -> None:
        self._place_timer.start()

    @Slot()
    def keep_place_in_sight(self) -> None:
        """Move off the place the editor shows (a finding double-clicked), as a word
        processor's spelling dialog moves off the word; on a screen too small for both,
        go to its top or bottom edge and scroll the place into the strip left free."""
        widget = self._shown_place()
        if widget is None:
            return
        place = place_on_screen(widget)
        frame = self.frameGeometry()
        if place.isEmpty() or not frame.intersects(place):
            return
        room = self._screen_room()
        beside = aside(frame, place, room)
        if beside is not None:
            self.move(beside.topLeft())
            return
        view = _outer_view(widget)
        if view is None:
            return
        at_top = QRect(frame)
        at_top.moveTop(room.top())
        at_bottom = QRect(frame)
        at_bottom.moveBottom(room.bottom())
        under = QRect(view.left(), at_top.bottom() + 1, view.width(), 0)
        under.setBottom(view.bottom())
        over = QRect(view.left(), view.top(), view.width(), at_bottom.top() - view.top())
        target, strip = (at_bottom, over) if over.height() >= under.height() else (at_top, under)
        self.move(target.topLeft())
        _scroll_by(widget, strip.center().y() - place.center().y())

    def _shown_place(self) -> QWidget | None:
        # The jump put the editor's focus on the place: a text box (its cursor there), the
        # quotation bank (its row current), a field of the credit line.
        parent = self.parentWidget()
        if parent is None:
            return None
        widget: QWidget | None = parent.window().focusWidget()
        if widget is None or not widget.isVisible() or self.isAncestorOf(widget):
            return None
        return widget

    @Slot(bool)
    def _on_docx_toggled(self, checked: bool) -> None:
        # Only a Word document carries tracked changes.
        self.changes_combo.setEnabled(checked)

    @Slot()
    def _on_export(self) -> None:
        self.start()

    @Slot()
    def _show_style_description(self) -> None:
        description = self.style_combo.currentData(Qt.ItemDataRole.ToolTipRole)
        self.style_combo.setToolTip(description if isinstance(description, str) else "")

    @Slot()
    def _on_browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Export into folder"), self.folder_edit.text()
        )
        if chosen:
            self.folder_edit.setText(chosen)


def place_on_screen(widget: QWidget) -> QRect:
    """Return where on the screen a widget shows its place, as far as it is in sight: a
    text box's cursor line, a list's current row, else the whole widget."""
    host = widget
    area = widget.rect()
    if isinstance(widget, (QTextEdit, QPlainTextEdit)):
        host = widget.viewport()
        line = widget.cursorRect()
        area = QRect(0, line.top(), host.width(), line.height())
    elif isinstance(widget, QAbstractItemView) and widget.currentIndex().isValid():
        host = widget.viewport()
        row = widget.visualRect(widget.currentIndex())
        area = QRect(0, row.top(), host.width(), row.height())
    area = area.intersected(host.visibleRegion().boundingRect())
    return QRect(host.mapToGlobal(area.topLeft()), area.size())


def aside(frame: QRect, place: QRect, room: QRect) -> QRect | None:
    """Return the nearest spot for a window's ``frame`` in ``room`` that leaves ``place``
    uncovered (below, above, right of or left of it); None when there is none."""
    below = QRect(frame)
    below.moveTop(place.bottom() + 1 + PLACE_GAP)
    above = QRect(frame)
    above.moveBottom(place.top() - 1 - PLACE_GAP)
    right = QRect(frame)
    right.moveLeft(place.right() + 1 + PLACE_GAP)
    left = QRect(frame)
    left.moveRight(place.left() - 1 - PLACE_GAP)
    for rect in (below, above):
        rect.moveLeft(max(room.left(), min(rect.left(), room.right() + 1 - rect.width())))
    for rect in (right, left):
        rect.moveTop(max(room.top(), min(rect.top(), room.bottom() + 1 - rect.height())))
    fitting = [
        rect
        for rect in (below, above, right, left)
        if room.contains(rect) and not rect.intersects(place)
    ]
    return min(
        fitting,
        key=lambda rect: (rect.topLeft() - frame.topLeft()).manhattanLength(),
        default=None,
    )


def _outer_view(widget: QWidget) -> QRect | None:
    """Return the on-screen rectangle of the page the widget scrolls in (the form)."""
    ancestor = widget.parentWidget()
    while ancestor is not None:
        if isinstance(ancestor, QAbstractScrollArea):
            viewport = ancestor.viewport()
            shown = viewport.visibleRegion().boundingRect()
            return QRect(viewport.mapToGlobal(shown.topLeft()), shown.size())
        ancestor = ancestor.parentWidget()
    return None


def _scroll_by(widget: QWidget, distance: int) -> None:
    """Move the widget down the screen by ``distance`` px (up when negative), scrolling
    the pages it is in (not its own scrolling: its place would leave its view)."""
    ancestor = widget.parentWidget()
    while ancestor is not None and distance:
        if isinstance(ancestor, QAbstractScrollArea):
            bar = ancestor.verticalScrollBar()
            before = bar.value()
            bar.setValue(before - distance)
            distance += bar.value() - before
        ancestor = ancestor.parentWidget()
