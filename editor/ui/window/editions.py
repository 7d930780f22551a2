"""Language editions in the window: New Edition, switching, the Editions dock, stale marks.

A window edits one Article at a time. In a window on the source, the form's article is
the story (its ``editions`` list is the form's own, shared by every ``article()``). In a
window on an edition, this controller holds the story's source (not edited there) and
the form edits the edition, shown with the shared quotation bank (``edition_view``);
``story()`` puts the edition back into the source for saving.

Switching editions opens a window on the chosen one in this window's place (same file,
lock, place on screen, unsaved state and recovery copy) and closes this one: every
feature attached to a window (review, spelling, checklist) is then the chosen edition's,
built as for any window. The undo history starts again with each switch.

Paragraph ids follow the text (``follow_source`` / ``follow_edition``) after each pause in
typing and before a save; the counts and the stale marks are refreshed then too, never
per keystroke.
"""

from __future__ import annotations

import copy
import dataclasses
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QEvent, QObject, QTimer, Slot
from PySide6.QtGui import QAction, QActionGroup, QColor, QHelpEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QTextEdit, QToolTip, QWidget

from editor.model import Article, Quotation, SourceLink
from editor.model.parts import HEADLINE, OPENING, STANDFIRST, parse_part, section_part
from editor.text.languages import language_or_default

if TYPE_CHECKING:
    from pathlib import Path

    from editor.text.editions import EditionState, StaleLink
    from editor.ui.form.article_form import ArticleForm
    from editor.ui.form.text_box import TextBox
    from editor.ui.review.review_actions import ReviewController
    from editor.ui.window.disk_watch import DiskWatch
    from editor.ui.window.editions_dock import EditionsDock
    from editor.ui.window.seam import WorkspaceServices
    from editor.ui.window.side_by_side import SideBySideView


class MainWindow(Protocol):
    """What editions use of the main window (which makes them, so it is not imported)."""

    form: ArticleForm
    file_menu: QMenu
    view_menu: QMenu
    open_action: QAction
    disk: DiskWatch
    review: ReviewController | None

    def workspace(self) -> WorkspaceServices:
        """Return the workspace the window belongs to."""
        ...

    def is_read_only(self) -> bool:
        """Whether the file is open read-only."""
        ...

    def mark_modified(self) -> None:
        """Note a change that is not typing."""
        ...

    def path(self) -> Path | None:
        """Return the file the article is saved in."""
        ...

    def hand_over_lock(self) -> object | None:
        """Give the window's lock to the window taking its place."""
        ...

    def hand_over_recovery(self) -> Path | None:
        """Give the window's recovery copy to the window taking its place."""
        ...

    def adopt_recovery(self, path: Path) -> None:
        """Take over a recovery copy."""
        ...

    def attach_editions(self, source: Article | None = None, language: str = "") -> None:
        """Add editions to the window."""
        ...

    def close_discarding(self) -> None:
        """Close without asking about unsaved changes."""
        ...

    def show_side_dock(self, dock: QDockWidget) -> None:
        """Show a dock at the side, the article left the widest column."""
        ...

    def add_side_dock(self, dock: QDockWidget) -> None:
        """Put a panel at the window's side (the left in a mirrored interface)."""
        ...


# After this pause in typing the paragraph ids follow the text and the counts are redone.
FOLLOW_DELAY_MS = 400
STALE_COLOUR = QColor(255, 205, 205)
HEADER_PARTS = (OPENING, HEADLINE, STANDFIRST)


# How many of an edition's section texts are remembered, each with its ids and links: as
# far back as a writer undoes, in practice.
_TEXTS_REMEMBERED = 50


class EditionsController(QObject):
    """One window's editions: its menus, the Editions dock, following ids, stale marks."""

    def __init__(self, window: MainWindow, source: Article | None, language: str) -> None:
        # The same object: its Qt side (a QMainWindow) and what editions use of it.
        self._qt = cast(QMainWindow, window)
        super().__init__(self._qt)
        self.window = window
        # In a window on an edition: the story's source and the edition's language.
        self.source = source
        self.language = language if source is not None else ""
        self._edition: Article | None = None
        if source is not None:
            # Imported when there are editions: a window without any needs only its menus.
            from editor.text.editions import edition

            self._edition = edition(source, language)
        if source is None:
            # The form's own list (article() makes shallow copies): new editions go here.
            self._editions = window.form.article().editions
        else:
            self._editions = source.editions
        # Each section body's text as ids were last fitted to it, by pane.
        self._texts: dict[int, str] = {}
        # An edition's section as it was at each of its last texts: its paragraph ids and
        # its links, by pane and text. Back at such a text (an undo, a redo) it is that
        # again: followed edit by edit, a join undone became a split, and the two
        # paragraphs were paired with both sources, unconfirmed (found in a trial).
        self._seen: dict[int, dict[str, tuple[list[str], list[SourceLink]]]] = {}
        for pane in window.form.sections:
            self._texts[id(pane)] = pane.editor.text()
        # Stale marks by box: (start, end, stale link), offsets in the box's text().
        self._marks: dict[int, list[tuple[int, int, StaleLink]]] = {}
        self._watched: set[int] = set()
        self.states: list[EditionState] = []
        self.current: EditionState | None = None
        self.dock: EditionsDock | None = None
        self.side_by_side: SideBySideView | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FOLLOW_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self._build_actions()
        window.form.changed.connect(self._on_changed)
        window.form.section_added.connect(lambda _pane: self._hook_boxes())
        self._qt.installEventFilter(self)
        self._hook_boxes()
        if self.has_editions():
            self.refresh()

    # -- menus --------------------------------------------------------------------------

    def _build_actions(self) -> None:
        window = self.window
        self.new_action = QAction(self._qt)
        self.new_action.triggered.connect(lambda: self.ask_new_edition())
        window.file_menu.insertAction(window.open_action, self.new_action)
        self.edition_menu = QMenu(window.view_menu)
        self.edition_menu.aboutToShow.connect(self._fill_edition_menu)
        window.view_menu.addMenu(self.edition_menu)
        self.next_action = QAction(self._qt)
        self.next_action.setShortcut(QKeySequence("Ctrl+Alt+E"))
        self.next_action.triggered.connect(lambda: self.switch_next())
        self._qt.addAction(self.next_action)
        self.side_action = QAction(self._qt)
        self.side_action.triggered.connect(lambda: self.show_side_by_side())
        window.view_menu.addAction(self.side_action)
        self.confirm_action = QAction(self._qt)
        self.confirm_action.triggered.connect(lambda: self.confirm_at_cursor())
        self._qt.addAction(self.confirm_action)
        self.retranslate()

    def retranslate(self) -> None:
        """Word the menus in the interface language (again when it changes)."""
        self.new_action.setText(self.tr("New &Edition…"))
        self.new_action.setStatusTip(
            self.tr("Add a translation of this article, kept in its file")
        )
        self.edition_menu.setTitle(self.tr("E&dition"))
        self.next_action.setText(self.tr("&Next Edition"))
        self.side_action.setText(self.tr("&Side by Side"))
        self.confirm_action.setText(self.tr("&Confirm Translation"))
        if self.dock is not None:
            self.dock.toggleViewAction().setText(self.tr("Editions &List"))
        self._fill_edition_menu()  # "(source)" worded again
        self._update_enabled()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Word the menus again on a change of interface language; show a stale
        paragraph's change when the pointer rests on it."""
        if watched is self._qt and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            box = self._box_of_viewport(watched)
            if box is not None and self._show_tooltip(box, event):
                return True
        return False

    def _update_enabled(self) -> None:
        has = self.has_editions()
        self.side_action.setEnabled(has)
        self.next_action.setEnabled(has)
        self.confirm_action.setEnabled(self.source is not None)
        self.new_action.setEnabled(not self.window.is_read_only())

    def _is_shown(self, code: str) -> bool:
        """Whether the window shows the source ("") or the edition in this language."""
        if not code or not self.language:
            return code == self.language
        from editor.text.editions import same_language

        return same_language(code, self.language)

    def _fill_edition_menu(self) -> None:
        menu = self.edition_menu
        menu.clear()
        group = QActionGroup(menu)
        for code in self.languages():
            action = menu.addAction(self._language_name(code))
            action.setCheckable(True)
            action.setChecked(self._is_shown(code))
            group.addAction(action)
            action.triggered.connect(lambda _c=False, code=code: self.switch_to(code))
        menu.addSeparator()
        menu.addAction(self.next_action)
        menu.addAction(self.confirm_action)
        if self.dock is not None:
            menu.addAction(self.dock.toggleViewAction())

    def _language_name(self, code: str) -> str:
        if not code:
            source = self.source_language()
            name = language_or_default(source).native_name
            return self.tr("{0} (source)").format(name)
        return f"{language_or_default(code).native_name} ({code})"

    # -- the story ------------------------------------------------------------------------

    def has_editions(self) -> bool:
        """Whether the story has editions (or this window is on one)."""
        return bool(self._editions)

    def source_language(self) -> str:
        """Return the language of the story's source."""
        if self.source is not None:
            return self.source.language
        return self.window.form.meta.language_combo.code()

    def languages(self) -> list[str]:
        """Return "" (the source) and each edition's language, in order."""
        return ["", *(each.language for each in self._editions)]

    def edition_export(self) -> tuple[Article, str] | None:
        """Return the story and this window's edition language when the window is on an
        edition (its export is the story's edition), None on the source."""
        if self.source is None or self._edition is None:
            return None
        return self.story(), self._edition.language

    def story(self) -> Article:
        """Return the story as shown now: the source with every edition, ids fitted."""
        article = self._follow()
        if self.source is None:
            return article
        mine = self._collect(article)
        story = copy.copy(self.source)
        story.editions = [mine if each is self._edition else each for each in self._editions]
        return story

    def _collect(self, article: Article) -> Article:
        """Return the window's edition as stored: its own translations of the bank only."""
        assert self.source is not None and self._edition is not None
        result = copy.copy(article)
        originals = {quotation.id: quotation for quotation in self.source.quotations}
        own = {quotation.id: quotation for quotation in self._edition.quotations}
        quotations = []
        for shown in article.quotations:
            original = originals.get(shown.id)
            if original is None:
                quotations.append(shown)  # added in this edition: kept as it is
            elif shown.translated or shown.words != original.words:
                kept = own.get(shown.id, Quotation(id=shown.id))
                quotations.append(
                    dataclasses.replace(
                        kept,
                        words=shown.words,
                        translated=True,
                        language=kept.language or result.language,
                    )
                )
        result.quotations = quotations
        result.assets = self._edition.assets
        result.editions = []
        return result

    def _follow(self) -> Article:
        """Fit the paragraph ids (and the links) to the bodies as typed; return the form's
        article with them."""
        form = self.window.form
        article = form.article()
        for index, pane in enumerate(form.sections):
            new = article.sections[index].body
            old = self._texts.get(id(pane))
            self._texts[id(pane)] = new
            if old is None or old == new or not self.has_editions():
                continue
            from editor.text.editions import follow_edition, follow_source

            part = section_part(index)
            if self.source is None:
                follow_source(article, part, old, new)
            elif not self._back_at(article, id(pane), index, old, new):
                follow_edition(article, part, old, new)
            # The form's section keeps the ids: every later article() carries them.
            pane.source.paragraphs = list(article.sections[index].paragraphs)
        return article

    def _back_at(self, article: Article, pane: int, index: int, old: str, new: str) -> bool:
        """Remember the section as it was at ``old``; if it has been at ``new`` lately, make
        it as it was then and return True."""
        part = section_part(index)
        section = article.sections[index]
        links = article.source_links
        seen = self._seen.setdefault(pane, {})
        seen.pop(old, None)  # the newest last
        seen[old] = (
            list(section.paragraphs),
            [copy.deepcopy(link) for link in links if link.part == part],
        )
        while len(seen) > _TEXTS_REMEMBERED:
            seen.pop(next(iter(seen)))
        then = seen.get(new)
        if then is None:
            return False
        paragraphs, kept = then
        section.paragraphs = list(paragraphs)
        links[:] = [link for link in links if link.part != part]
        links.extend(copy.deepcopy(link) for link in kept)
        return True

    def _author(self) -> str:
        from editor.storage.settings import account_name

        return self.window.workspace().settings.author.strip() or account_name() or "?"

    # -- new edition, switching -----------------------------------------------------------

    def ask_new_edition(self) -> None:
        """File › New Edition…: ask for the language, make the edition and open it."""
        from PySide6.QtWidgets import QDialog

        from editor.ui.window.new_edition_dialog import NewEditionDialog

        story = self.story()
        dialog = NewEditionDialog(story, self._qt)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.language():
            return
        self.add_edition(dialog.language(), prefill=dialog.prefill())

    def add_edition(self, language: str, *, prefill: bool) -> MainWindow | None:
        """Add an edition in ``language`` to the story and open it in this window's place."""
        from editor.text.editions import EditionError, new_edition
        from editor.ui.common.failures import report_failure

        story = self.story()
        try:
            new_edition(story, language, prefill=prefill, author=self._author())
        except EditionError as failure:
            report_failure(
                self._qt,
                self.tr("New Edition"),
                self.tr("No edition in {0} was made.").format(language),
                failure,
            )
            return None
        # new_edition gave the source's paragraphs ids: the form keeps them.
        if self.source is None:
            for pane, section in zip(self.window.form.sections, story.sections, strict=False):
                pane.source.paragraphs = list(section.paragraphs)
        self.window.mark_modified()
        return self._open(story, language, modified=True)

    def switch_to(self, language: str) -> MainWindow | None:
        """Show the source ("") or the edition in ``language`` in this window's place."""
        if self._is_shown(language):
            return None
        return self._open(self.story(), language, modified=self._qt.isWindowModified())

    def switch_next(self) -> MainWindow | None:
        """Show the next edition (after the last, the source)."""
        from editor.text.editions import same_language

        codes = self.languages()
        if len(codes) < 2:
            return None
        at = next(
            (
                place
                for place, code in enumerate(codes)
                if code and same_language(code, self.language)
            ),
            0,
        )
        return self.switch_to(codes[(at + 1) % len(codes)])

    def _open(self, story: Article, language: str, *, modified: bool) -> MainWindow | None:
        from editor.storage.lock import ArticleLock
        from editor.text.editions import edition, edition_view

        window = self.window
        if language:
            chosen = edition(story, language)
            if chosen is None:
                return None
            article = edition_view(story, chosen)
        else:
            article = story
        path = window.path()
        fingerprint = window.disk.fingerprint()
        geometry = self._qt.saveGeometry()
        lock = window.hand_over_lock()
        recovery = window.hand_over_recovery()
        opened = window.workspace().add_window(
            article,
            path,
            read_only=window.is_read_only(),
            lock=lock if isinstance(lock, ArticleLock) else None,
        )
        # The workspace's windows are main windows (the seam types them as editor windows).
        fresh = cast(MainWindow, opened)
        fresh.attach_editions(story if language else None, language)
        cast(QMainWindow, fresh).restoreGeometry(geometry)
        if path is not None and fingerprint is not None:
            # The file as this window last read or wrote it: a change by others still shows.
            fresh.disk.saved(path, fingerprint)
        if recovery is not None:
            fresh.adopt_recovery(recovery)
        if modified:
            fresh.mark_modified()
        window.close_discarding()
        return fresh

    # -- the counts, the marks --------------------------------------------------------------

    @Slot(str)
    def _on_changed(self, _part: str) -> None:
        if self.has_editions():
            self._timer.start()

    def refresh(self) -> None:
        """Fit the ids to the text, count each edition's paragraphs, mark the stale ones."""
        from editor.text.editions import same_language, state

        self._timer.stop()
        article = self._follow()
        if self.source is None:
            self.states = [state(article, each) for each in self._editions]
            self.current = None
        else:
            mine = self._collect(article)
            self.states = [
                state(self.source, mine if each is self._edition else each)
                for each in self._editions
            ]
            self.current = next(
                (each for each in self.states if same_language(each.language, self.language)),
                None,
            )
            self._mark(article)
        self._show_dock(article)
        if self.side_by_side is not None and self.side_by_side.isVisible():
            self.show_side_by_side()
        self._update_enabled()

    def _show_dock(self, article: Article) -> None:
        from editor.ui.window.editions_dock import EditionsDock

        window = self.window
        if self.dock is None:
            self.dock = EditionsDock(self._qt)
            window.add_side_dock(self.dock)
            self.dock.switch_requested.connect(self.switch_to)
            self.dock.confirm_requested.connect(lambda stale: self.confirm_links([stale.link]))
            self.dock.confirm_all_requested.connect(lambda: self.confirm_links(None))
            window.view_menu.addAction(self.dock.toggleViewAction())
            self.retranslate()
            # Made while the window is on screen: a dock added then is hidden until shown.
            window.show_side_dock(self.dock)
        stale = self.current.stale if self.current is not None else None
        names = self._paragraph_names(article) if stale else {}
        self.dock.show_states(self.source_language(), self.states, self.language, stale, names)

    def _paragraph_names(self, article: Article) -> dict[str, str]:
        """Name each paragraph for the stale list: its part and its first words."""
        from editor.text.paragraphs import paragraph_spans
        from editor.ui.common.part_names import part_name

        names = {}
        labels = self.window.form.section_labels()
        for key in HEADER_PARTS:
            names[key] = part_name(key, labels)
        for index, section in enumerate(article.sections):
            where = part_name(section_part(index), labels)
            spans = paragraph_spans(section.body)
            for paragraph, (start, end) in zip(section.paragraphs, spans, strict=False):
                words = " ".join(section.body[start:end].split()[:6])
                names[paragraph] = f"{where}: {words}…"
        return names

    def _section_place(self, article: Article, paragraph: str) -> tuple[int, int, int] | None:
        """Return (section, start, end) of an edition paragraph, None if it has none."""
        from editor.text.paragraphs import paragraph_spans

        for index, section in enumerate(article.sections):
            if paragraph in section.paragraphs:
                spans = paragraph_spans(section.body)
                at = section.paragraphs.index(paragraph)
                if len(spans) == len(section.paragraphs):
                    return index, *spans[at]
        return None

    def _mark(self, article: Article) -> None:
        """Mark the stale paragraphs in the edition's text (a background and a tooltip)."""
        form = self.window.form
        boxes = dict(form.part_boxes())
        self._marks = {}
        stale = self.current.stale if self.current is not None else []
        for each in stale:
            key = each.link.paragraph
            if key in HEADER_PARTS:
                box = boxes[key]
                self._marks.setdefault(id(box), []).append((0, len(box.text()), each))
                continue
            place = self._section_place(article, key)
            if place is None:
                continue
            index, start, end = place
            box = form.sections[index].editor
            self._marks.setdefault(id(box), []).append((start, end, each))
        for box in boxes.values():
            selections = []
            for start, end, _stale in self._marks.get(id(box), []):
                selection = QTextEdit.ExtraSelection()
                cursor = QTextCursor(box.document())
                cursor.setPosition(box.shown_position(start))
                cursor.setPosition(box.shown_position(end), QTextCursor.MoveMode.KeepAnchor)
                selection.cursor = cursor
                selection.format.setBackground(STALE_COLOUR)
                selections.append(selection)
            box.kept_selections = selections
        review = self.window.review
        if review is not None:
            review.highlight()  # it keeps the boxes' kept selections
        else:
            for box in boxes.values():
                box.setExtraSelections(box.kept_selections)

    def stale_marks(self) -> dict[str, list[str]]:
        """Return the text of each marked stale paragraph, by the part key of its box."""
        result: dict[str, list[str]] = {}
        for part, box in self.window.form.part_boxes():
            for start, end, _stale in self._marks.get(id(box), []):
                result.setdefault(part, []).append(box.text()[start:end])
        return result

    def _hook_boxes(self) -> None:
        """Watch each box's viewport for tooltips, and add Confirm to its context menu."""
        if self.source is None:
            return
        for _part, box in self.window.form.part_boxes():
            if id(box) in self._watched:
                continue
            self._watched.add(id(box))
            box.viewport().installEventFilter(self)
            previous = box.part_menu

            def part_menu(menu: QMenu, box: TextBox = box, previous=previous) -> None:
                if previous is not None:
                    previous(menu)
                links = self.links_at(box, box.stored_offset(box.menu_position))
                if links:
                    menu.addSeparator()
                    action = menu.addAction(self.tr("Confirm Translation"))
                    action.triggered.connect(
                        lambda _c=False, links=links: self.confirm_links(links)
                    )

            box.part_menu = part_menu

    def _box_of_viewport(self, watched: QObject) -> TextBox | None:
        for _part, box in self.window.form.part_boxes():
            if box.viewport() is watched:
                return box
        return None

    def _show_tooltip(self, box: TextBox, event: QHelpEvent) -> bool:
        from editor.ui.window.editions_dock import diff_html

        offset = box.stored_offset(box.cursorForPosition(event.pos()).position())
        for start, end, stale in self._marks.get(id(box), []):
            if start <= offset <= end:
                title = self.tr("The source changed since this paragraph was confirmed:")
                QToolTip.showText(event.globalPos(), f"<b>{title}</b>{diff_html(stale)}", box)
                return True
        return False

    # -- confirming -----------------------------------------------------------------------

    def links_at(self, box: QWidget, offset: int) -> list[SourceLink]:
        """Return the edition's links of the paragraph at an offset of a box's text (those
        of a written paragraph only: an empty one has nothing to confirm)."""
        from editor.text.editions import links_of
        from editor.text.paragraphs import paragraph_spans

        if self._edition is None:
            return []
        form = self.window.form
        part = form.part_of_box(box)  # type: ignore[arg-type]
        if part is None:
            return []
        if part in HEADER_PARTS:
            header = form.text_box(part)
            written = header is not None and bool(header.text().strip())
            return links_of(self._edition, part) if written else []
        pane_index = parse_part(part).index
        pane = form.sections[pane_index]
        self._follow()
        spans = paragraph_spans(pane.editor.text())
        ids = pane.source.paragraphs
        for at, (start, end) in enumerate(spans):
            if start <= offset <= end and at < len(ids) and len(ids) == len(spans):
                return links_of(self._edition, ids[at])
        return []

    def confirm_at_cursor(self) -> None:
        """Confirm the translation of the paragraph at the cursor of the box in use."""
        focused = self._qt.focusWidget()
        for _part, box in self.window.form.part_boxes():
            if box is focused:
                links = self.links_at(box, box.stored_offset(box.textCursor().position()))
                if links:
                    self.confirm_links(links)
                return

    def confirm_links(self, links: list[SourceLink] | None) -> None:
        """Record these links (None: all the edition's) as checked against the source now,
        by the user, at this time; the article is modified (no undo step)."""
        from editor.text.editions import confirm

        if self.source is None or self._edition is None or self.window.is_read_only():
            return
        article = self._collect(self._follow())
        confirm(self.source, article, links=links, author=self._author())
        self.window.mark_modified()
        self.refresh()

    # -- side by side -----------------------------------------------------------------------

    def show_side_by_side(self) -> SideBySideView | None:
        """View › Side by Side: the source beside this edition (in a window on the
        source, beside its first edition)."""
        from editor.text.editions import edition, state
        from editor.ui.window.side_by_side import SideBySideView

        if not self.has_editions():
            return None
        story = self.story()
        # In a window on the source: its first edition.
        shown = edition(story, self.language) if self.source is not None else story.editions[0]
        if shown is None:
            return None
        current = state(story, shown)
        stale = {each.link.paragraph for each in current.stale}
        if self.side_by_side is None:
            self.side_by_side = SideBySideView(self._qt)
        self.side_by_side.show_pair(story, shown, stale)
        self.side_by_side.show()
        return self.side_by_side
