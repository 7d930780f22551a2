"""The desk in the main window: Article › Properties…, and in the status bar the article
measured against an outlet's length targets, its reading time and the embargo's time left.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMenu, QToolButton

from editor.text.direction import isolated
from editor.ui.form.desk_fields import META_PART

# datetime, the embargo's rules and the counts' patterns are imported where they are used:
# the window's start needs none of them (an article without an embargo never does).
if TYPE_CHECKING:
    from datetime import datetime

    from editor.render.styles import Outlet
    from editor.ui.dialogs.properties_dialog import ArticlePropertiesDialog
    from editor.ui.window.seam import EditorWindow

# The embargo's time left is shown in minutes: once a minute is often enough.
EMBARGO_TICK_MS = 60_000
# Ctrl+Shift+I, for "information": Alt+Return, Properties elsewhere, is named by a key
# ("Return") Qt leaves untranslated in the Keyboard shortcuts list.
PROPERTIES_SHORTCUT = "Ctrl+Shift+I"
# What ends a paragraph of a section's Markdown (as the word counter splits them); compiled
# by re on first use, after the window's first paint.
_BLANK_LINES = r"\n(?:[ \t\r]*\n)+"


def outlet_name(name: str) -> str:
    """Return an outlet's name as shown: a shipped style's translated, an office's own as
    the office wrote it."""
    from PySide6.QtCore import QCoreApplication

    from editor.render.styles import OUTLETS_CONTEXT

    return QCoreApplication.translate(OUTLETS_CONTEXT, name)


def _utc_now() -> datetime:
    from datetime import UTC, datetime

    return datetime.now(UTC)


class LengthMeter:
    """Characters and lines of the parts the status bar counts, paragraph by paragraph.

    A pause in typing measures again only the paragraphs that changed (each one is kept with
    its measure at the column width in use); the words are the word counter's.
    """

    def __init__(self) -> None:
        self._width = -1
        self._known: dict[str, tuple[int, int]] = {}

    def measure(self, window: EditorWindow, column_width: int) -> tuple[int, int]:
        """Return the characters and lines of the article as shown now."""
        from editor.model.parts import PartKind, part_kind
        from editor.text.counts import measure
        from editor.text.reader import reader_text

        if column_width != self._width:
            self._width = column_width
            self._known = {}
        form = window.form
        lookup = form.quotations.lookup
        seen: dict[str, tuple[int, int]] = {}
        characters = lines = 0
        for part, box in form.part_boxes():
            text = box.text()
            section = part_kind(part) is PartKind.SECTION
            pieces = re.split(_BLANK_LINES, text) if section else [text]
            for piece in pieces:
                key = f"{int(section)}{piece}"
                found = seen.get(key) or self._known.get(key)
                if found is None:
                    read = reader_text(piece, lookup) if section else piece
                    measured = measure(read, column_width)
                    found = (measured.characters, measured.lines)
                seen[key] = found
                characters += found[0]
                lines += found[1]
        self._known = seen
        return characters, lines


class DeskController(QObject):
    """Article › Properties…, the outlet measure and the embargo in the status bar."""

    def __init__(
        self, window: EditorWindow, counts: Callable[[], dict[str, int]], before: QMenu
    ) -> None:
        """``counts`` gives the word counter's last counts, ``before`` the menu the Article
        menu goes before (View)."""
        super().__init__(window)
        self.window = window
        self._counts = counts
        # The clock the embargo is read by; tests put their own.
        self.now: Callable[[], datetime] = _utc_now
        self._meter = LengthMeter()
        self.properties_action = QAction(window)
        self.properties_action.setShortcut(QKeySequence(PROPERTIES_SHORTCUT))
        self.properties_action.triggered.connect(self.show_properties)
        window.addAction(self.properties_action)
        self.menu = QMenu(window)
        self.menu.addAction(self.properties_action)
        # The article's language, where a writer looks for it (its box is at the page's
        # foot, under the quotations: a trial did not find it). Filled when opened.
        self.language_menu = self.menu.addMenu("")
        self.language_menu.aboutToShow.connect(self._fill_language_menu)
        # After Insert, before View: the article's own settings, where a writer looks.
        window.menuBar().insertMenu(before.menuAction(), self.menu)
        self.outlet_button = QToolButton(window)
        self.outlet_button.setAutoRaise(True)
        self.outlet_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.outlet_menu = QMenu(self.outlet_button)
        self.outlet_menu.aboutToShow.connect(self._fill_outlet_menu)
        self.outlet_button.setMenu(self.outlet_menu)
        self.embargo_label = QLabel(window)
        self.embargo_label.hide()
        bar = window.statusBar()
        bar.addPermanentWidget(self.embargo_label)
        bar.addPermanentWidget(self.outlet_button)
        self._timer = QTimer(self)
        self._timer.setInterval(EMBARGO_TICK_MS)
        self._timer.timeout.connect(self.update_embargo)
        window.form.changed.connect(self._on_form_changed)
        self.retranslate()

    def retranslate(self) -> None:
        """Word the menu, the action and the status bar in the interface language."""
        self.menu.setTitle(self.tr("&Article"))
        self.properties_action.setText(self.tr("&Properties…"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.properties_action.setStatusTip(
            self.tr("Slugline, urgency, embargo, genres, corrections and the desk's other fields")
        )
        self.outlet_button.setToolTip(self.tr("The outlet whose length targets are shown"))
        self.update_embargo()

    @Slot()
    def _fill_language_menu(self) -> None:
        self.window.form.meta.language_combo.fill_menu(self.language_menu)

    # -- properties ---------------------------------------------------------------------

    @Slot()
    def show_properties(self) -> bool:
        """Edit the desk's fields in a dialog; OK makes the change one undo step."""
        from editor.ui.dialogs.properties_dialog import ArticlePropertiesDialog

        dialog = self.properties_dialog()
        accepted = dialog.exec() == ArticlePropertiesDialog.DialogCode.Accepted
        return accepted and self.apply_properties(dialog)

    def properties_dialog(self) -> ArticlePropertiesDialog:
        """Return a properties dialog filled from the article (not shown)."""
        from editor.ui.dialogs.properties_dialog import ArticlePropertiesDialog

        form = self.window.form
        sections = [(pane.source.kind, pane.label_edit.text()) for pane in form.sections]
        return ArticlePropertiesDialog(
            form.desk_fields(), sections, self.window, read_only=form.is_read_only()
        )

    def apply_properties(self, dialog: ArticlePropertiesDialog) -> bool:
        """Put what a properties dialog shows into the article; False when nothing changed."""
        changed = self.window.form.set_desk_fields(dialog.fields())
        self.update_embargo()
        return changed

    # -- the embargo --------------------------------------------------------------------

    @Slot(str)
    def _on_form_changed(self, part: str) -> None:
        # Only a change of the article's settings can change the embargo, not typing.
        if part in (META_PART, "all"):
            self.update_embargo()

    @Slot()
    def update_embargo(self) -> None:
        """Show the embargo's time left (or that it cannot be read); nothing when none."""
        embargo = self.window.form.desk_fields().embargo
        if not embargo.strip():
            self.embargo_label.clear()
            self.embargo_label.hide()
            self._timer.stop()
            return
        from editor.model.embargo import EmbargoState, embargo_status, hours_minutes

        status = embargo_status(embargo, self.now())
        if status.state is EmbargoState.IN_FORCE:
            hours, minutes = hours_minutes(status.left)
            self.embargo_label.setText(
                self.tr("Embargo: {0} h {1} min left").format(hours, minutes)
            )
            if not self._timer.isActive():
                self._timer.start()
        elif status.state is EmbargoState.UNREADABLE:
            self.embargo_label.setText(self.tr("Embargo cannot be read"))
            self._timer.stop()
        else:
            self.embargo_label.clear()
            self._timer.stop()
        self.embargo_label.setVisible(bool(self.embargo_label.text()))

    def embargo_ticking(self) -> bool:
        """Whether the embargo's time left is being counted down."""
        return self._timer.isActive()

    # -- outlets ------------------------------------------------------------------------

    def outlet(self) -> tuple[str, Outlet] | None:
        """Return the chosen outlet (the settings', else the house style's first), if any."""
        outlets = self.window.house_style().outlets
        if not outlets:
            return None
        chosen = self.window.workspace().settings.outlet
        name = chosen if chosen in outlets else next(iter(outlets))
        return name, outlets[name]

    def choose_outlet(self, name: str) -> None:
        """Measure against another outlet, and remember it for the next windows."""
        from editor.storage.errors import StorageError
        from editor.storage.settings import save_settings

        workspace = self.window.workspace()
        workspace.settings.outlet = name
        # Not worth a dialog: the next start measures against the style's first outlet.
        with contextlib.suppress(StorageError):
            save_settings(workspace.settings, workspace.folders)
        self.counts_updated()

    @Slot()
    def _fill_outlet_menu(self) -> None:
        self.outlet_menu.clear()
        chosen = self.outlet()
        for name in self.window.house_style().outlets:
            action = self.outlet_menu.addAction(outlet_name(name))
            action.setCheckable(True)
            action.setChecked(chosen is not None and chosen[0] == name)
            action.triggered.connect(lambda _c=False, n=name: self.choose_outlet(n))

    def counts_updated(self) -> None:
        """Show the article against the chosen outlet (after the word counter counted)."""
        self.outlet_button.setText(self.outlet_text())
        self.outlet_button.setVisible(bool(self.outlet_button.text()))

    def outlet_text(self) -> str:
        """Return the status bar's outlet measure: "612 / 800 words (web) · 3 min read"."""
        from editor.text.counts import TextMeasure, reading_minutes

        chosen = self.outlet()
        words = self._counts().get("total", 0)
        minutes = reading_minutes(words, self.window.form.meta.language_combo.code())
        reading = self.tr("%n min read", "", minutes)
        if chosen is None:
            return reading
        name, outlet = chosen
        characters = lines = 0
        if outlet.characters or outlet.lines:
            characters, lines = self._meter.measure(self.window, outlet.column_width)
        measured = TextMeasure(words, characters, lines)
        pieces = []
        if outlet.words:
            pieces.append(self.tr("{0} / %n word(s)", "", outlet.words).format(measured.words))
        if outlet.characters:
            pieces.append(
                self.tr("{0} / %n character(s)", "", outlet.characters).format(measured.characters)
            )
        if outlet.lines:
            pieces.append(self.tr("{0} / %n line(s)", "", outlet.lines).format(measured.lines))
        # Isolated: an outlet's name in another script keeps its place in the line.
        shown = self.tr("{0} ({1})").format(" · ".join(pieces), isolated(outlet_name(name)))
        return f"{shown} · {reading}"
