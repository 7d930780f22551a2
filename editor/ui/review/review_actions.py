"""Review in the main window: the dock, highlighted comments, status, read-only, revisions.

``MainWindow.attach_review()`` adds everything to a window through ``EditorWindow``'s API:
``form`` (the panes and their text boxes), ``article()``, ``is_read_only()``,
``mark_modified()``, ``workspace()`` (the user's name), ``menuBar()``, ``statusBar()``,
and keeps the controller as the window's ``review``. The review data (comments, status
history, revisions) lives in the lists of the article the form was opened on, which
``window.article()`` shares, so saving the window saves them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Slot
from PySide6.QtGui import QAction, QActionGroup, QColor, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTextBrowser,
    QTextEdit,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from editor.model import Article, Revision, Status, Suggestion
from editor.model.article import STATUS_NAMES
from editor.model.copying import deep_copy
from editor.model.parts import article_parts
from editor.model.review import (
    ALLOWED_MOVES,
    LOCKED_STATUSES,
    REOPEN_STATUS,
    ReviewError,
    add_comment,
    find_revision,
    is_detached,
    make_revision,
)
from editor.text.anchors import apply_edit, reanchor_comments
from editor.text.compare import compare_articles, compare_html
from editor.text.direction import isolated
from editor.ui.common.failures import failure_line
from editor.ui.common.part_names import part_name
from editor.ui.common.status_names import status_names
from editor.ui.common.times import readable_time
from editor.ui.review.review_panel import ReviewPanel
from editor.ui.review.suggestion_actions import SuggestionActions

if TYPE_CHECKING:
    from editor.importing.docx_changes import ChangeImport
    from editor.ui.form.text_box import TextBox
    from editor.ui.window.seam import EditorWindow

OPEN_COLOUR = QColor(255, 226, 120)
SELECTED_COLOUR = QColor(255, 170, 60)
CURRENT = -1  # the revisions dialog's stand-in for "the text as it is now"


class ReviewController(QObject):
    """Keeps one window's comments, highlights, status and read-only state in step."""

    def __init__(self, window: EditorWindow) -> None:
        super().__init__(window)
        self.window = window
        self.form = window.form
        self.reviewer_mode = False
        self._bulk = False
        self._selected = ""
        # Each body's text as last seen, by id(box): a box keeps its text when its section moves.
        self._texts: dict[int, str] = {}
        # The live list (the form's article shares it); read on every keystroke, so kept
        # rather than building the whole article each time.
        self._comments = window.article().comments
        self.panel = ReviewPanel(self.article, self.author, window, ask_name=self.ensure_name)
        window.add_side_dock(self.panel)
        self.status_label = QLabel(window)
        window.statusBar().addPermanentWidget(self.status_label)
        self._build_banner()
        self._build_menu()
        for box in self.editors().values():
            self._follow(box)
        # Suggesting mode and the suggestions shown in the text (Review › Suggest changes).
        self.suggestions = SuggestionActions(self)
        self._connect_suggestions_list()
        self._keep_anchored_texts()
        self.form.section_added.connect(lambda pane: self._follow(pane.editor))
        self.form.sections_rearranged.connect(self._on_sections_rearranged)
        self.panel.jump_requested.connect(self.jump_to)
        self.panel.comment_selected.connect(self._on_selected)
        self.panel.comments_changed.connect(self._on_comments_changed)
        self.form.meta.status_combo.setEnabled(False)
        self.retranslate()
        self.update_state()
        # A draft nobody has commented on has nothing to review: the preview keeps the
        # whole column. The panel opens with the first comment or a move out of Draft, and
        # the Review menu shows or hides it at any time.
        if self._has_review():
            window.show_side_dock(self.panel)
        else:
            self.panel.hide()

    def _connect_suggestions_list(self) -> None:
        # The Suggestions tab asks; the suggestions in the text do it, as one undo step each.
        listed, actions = self.panel.suggestions_panel, self.suggestions
        listed.accept_requested.connect(actions.accept)
        listed.reject_requested.connect(actions.reject)
        listed.accept_all_requested.connect(actions.accept_all)
        listed.reject_all_requested.connect(actions.reject_all)
        listed.jump_requested.connect(actions.jump_to)
        actions.reached.connect(listed.select)
        actions.suggestions_changed.connect(self._on_suggestions_changed)
        self.panel.show_suggestions()

    @Slot()
    def _on_suggestions_changed(self) -> None:
        self.panel.show_suggestions()
        self._reveal_panel()

    def _has_review(self) -> bool:
        # Suggestions count too: a draft back from a reviewer opens with them in sight.
        return (
            bool(self._comments)
            or bool(self.window.article().suggestions)
            or self.status() is not Status.DRAFT
        )

    def _reveal_panel(self) -> None:
        if self._has_review() and not self.panel.isVisible():
            self.window.show_side_dock(self.panel)

    # -- the article and its parts ---------------------------------------------------------

    def article(self) -> Article:
        """Return the window's article as shown (its review lists are the live ones)."""
        return self.window.article()

    def author(self) -> str:
        """Return the name comments and status changes are recorded under."""
        from editor.storage.settings import account_name

        # Empty only when the user declined to give one: the system account's name then.
        return self.window.workspace().settings.author.strip() or account_name() or "?"

    def initials(self) -> str | None:
        """Return the user's initials as set, None to derive them from the name."""
        return self.window.workspace().settings.initials.strip() or None

    def ensure_name(self) -> bool:
        """Ask for the user's name once when the settings have none; False when cancelled."""
        from editor.ui.common.name_dialog import ensure_user_name

        workspace = self.window.workspace()
        return ensure_user_name(workspace.settings, workspace.folders, self.window)

    def editors(self) -> dict[str, TextBox]:
        """Return each commentable part's text box by part key."""
        return dict(self.form.part_boxes())

    def status(self) -> Status:
        """Return the status shown in the window."""
        try:
            return Status(self.form.meta.status())
        except ValueError:
            return Status.DRAFT

    # -- menus, banner, status bar ---------------------------------------------------------

    def _build_banner(self) -> None:
        self.banner = QToolBar(self.window)
        self.banner.setObjectName("review-banner")
        self.banner.setMovable(False)
        self.banner_label = QLabel(self.banner)
        self.banner_label.setContentsMargins(8, 2, 8, 2)
        self.reopen_button = QPushButton(self.banner)
        self.reopen_button.clicked.connect(lambda: self.reopen_for_changes())
        self.banner.addWidget(self.banner_label)
        self.banner.addWidget(self.reopen_button)
        self.window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.banner)

    def _build_menu(self) -> None:
        menu = QMenu(self.window)
        self.menu = menu
        menu.addAction(self.panel.add_action)
        self.panel.add_action.triggered.connect(lambda: self.add_comment_on_selection())
        self.window.addAction(self.panel.add_action)
        panel_toggle = self.panel.toggleViewAction()
        menu.addAction(panel_toggle)
        menu.addSeparator()
        self.status_menu = menu.addMenu("")
        self.status_group = QActionGroup(self)
        self.status_actions: dict[Status, QAction] = {}
        for status in Status:
            action = QAction(self.status_menu)
            action.setCheckable(True)
            action.triggered.connect(lambda _checked=False, s=status: self.change_status(s))
            self.status_group.addAction(action)
            self.status_menu.addAction(action)
            self.status_actions[status] = action
        self.reopen_action = menu.addAction("", lambda: self.reopen_for_changes())
        self.reviewer_action = QAction(menu)
        self.reviewer_action.setCheckable(True)
        self.reviewer_action.toggled.connect(self.set_reviewer_mode)
        menu.addAction(self.reviewer_action)
        menu.addSeparator()
        self.docx_comments_action = menu.addAction("", lambda: self.import_docx_comments())
        menu.addSeparator()
        self.save_revision_action = menu.addAction("", lambda: self.save_revision())
        self.revisions_action = menu.addAction("", lambda: self.show_revisions())
        # Before Help, which stays last (found by object, not by its translated title).
        self.window.menuBar().insertMenu(self.window.help_menu.menuAction(), menu)

    def retranslate(self) -> None:
        """Word the menu, the banner and the status in the interface language (again)."""
        self.form.meta.status_combo.setToolTip(self.tr("Change the status in the Review menu"))
        self.banner.setWindowTitle(self.tr("Read-only"))
        self.reopen_button.setText(self.tr("Reopen for changes"))
        self.menu.setTitle(self.tr("&Review"))
        self.panel.toggleViewAction().setText(self.tr("Review &Panel"))
        self.status_menu.setTitle(self.tr("&Status"))
        for status, name in status_names().items():
            self.status_actions[status].setText(name)
        self.reopen_action.setText(self.tr("Reopen for &Changes"))
        self.reviewer_action.setText(self.tr("Reviewer &Mode (suggestions and comments)"))
        self.suggestions.retranslate()
        self.docx_comments_action.setText(self.tr("Comments and Changes from a Reviewed &DOCX…"))
        self.save_revision_action.setText(self.tr("Save &Revision…"))
        self.revisions_action.setText(self.tr("Revisions and &Compare…"))

    def update_state(self) -> None:
        """Show the status; make the text read-only when locked or in reviewer mode."""
        status = self.status()
        shown = self.tr("Status: {0}").format(status_names()[status])
        if self.suggestions.suggesting:
            # As a word processor shows that it tracks changes: a writer must not have to
            # guess whether what they type is a suggestion.
            shown = self.tr("{0} · Suggesting").format(shown)
        self.status_label.setText(shown)
        self.status_label.setToolTip(self.status_history_text())
        for each, action in self.status_actions.items():
            action.setChecked(each is status)
            action.setEnabled(each is status or each in ALLOWED_MOVES[status])
        locked = status in LOCKED_STATUSES
        # A file someone else has open cannot be saved: no status moves in it.
        movable = not self.window.is_read_only()
        for action in self.status_actions.values():
            action.setEnabled(action.isEnabled() and movable)
        self.reopen_action.setEnabled(locked and movable)
        self.reopen_button.setEnabled(movable)
        self.banner.setVisible(locked)
        self.banner_label.setText(
            self.tr("{0}: the text is read-only.").format(status_names()[status])
        )
        # Reviewer mode edits through suggestions only (suggesting is forced on in it; off
        # only when the reviewer gave no name).
        reviewing = self.reviewer_mode and not self.suggestions.suggesting
        read_only = self.window.is_read_only() or locked or reviewing
        self.form.set_read_only(read_only)
        # Comments stay possible in every mode; the status changes only through the menu.
        self.form.meta.status_combo.setEnabled(False)
        self.highlight()

    def status_history_text(self) -> str:
        """Return the status history, newest first, one move a line, times as read locally."""
        from editor.ui.common.status_names import status_label

        lines = []
        for change in reversed(self.article().status_history):
            line = self.tr("{0} — {1}, {2}").format(
                status_label(change.status), change.author or "?", readable_time(change.at)
            )
            lines.append(f"{line}: {change.note}" if change.note else line)
        return "\n".join(lines)

    # -- comments ---------------------------------------------------------------------------

    def part_of(self, widget: QWidget | None) -> str | None:
        """Return the part key of a text box, None when it is not a commentable one."""
        for part, box in self.editors().items():
            if box is widget:
                return part
        return None

    def _focused_selection(self) -> tuple[str, int, int] | None:
        focused = self.window.focusWidget()
        editors = self.editors()
        candidates = list(editors.items())
        part = self.part_of(focused)
        if part is not None:
            candidates.insert(0, (part, editors[part]))
        for key, box in candidates:
            cursor = box.textCursor()
            if cursor.hasSelection():
                # Comments are anchored to the stored text (a body's blank lines are not
                # in its document).
                return (
                    key,
                    box.stored_offset(cursor.selectionStart()),
                    box.stored_offset(cursor.selectionEnd()),
                )
        return None

    @Slot()
    def add_comment_on_selection(self, text: str | None = None) -> bool:
        """Comment on the selected words of the focused part (asks for the comment text)."""
        selection = self._focused_selection()
        if selection is None:
            QMessageBox.information(
                self.window, self.tr("Add comment"), self.tr("Select the words to comment on.")
            )
            return False
        part, start, end = selection
        if not self.ensure_name():
            return False
        if text is None:
            from editor.ui.review.comment_entry import ask_comment

            text = ask_comment(self.window, self.tr("Add comment"), self.tr("Comment:"))
            if text is None:
                return False
        try:
            comment = add_comment(
                self.article(), part, start, end, text, self.author(), self.initials()
            )
        except ReviewError:
            return False
        self.panel.set_filter("open")
        self._on_comments_changed()
        self.panel.refresh(comment.id)
        return True

    @Slot()
    def _on_comments_changed(self) -> None:
        self.window.mark_modified()
        self.highlight()
        self._reveal_panel()

    @Slot(str)
    def _on_selected(self, comment_id: str) -> None:
        self._selected = comment_id
        self.highlight()

    def _keep_anchored_texts(self) -> None:
        """Keep the text of each part a comment is anchored in, to follow the comments
        through each edit (_on_edit); the other parts' texts are not kept."""
        anchored = {comment.part for comment in self._comments}
        anchored |= self.suggestions.unshown_parts()
        for part, box in self.editors().items():
            if part in anchored and id(box) not in self._texts:
                self._texts[id(box)] = box.shown_text()

    def highlight(self, only: str | None = None) -> None:
        """Mark the open comments' words in the editors (the selected one stronger)."""
        comments = self._comments
        self._keep_anchored_texts()
        for part, box in self.editors().items():
            if only is not None and part != only:
                continue
            selections = list(box.kept_selections)
            for comment in comments:
                if comment.part != part or comment.resolved or is_detached(comment):
                    continue
                selection = QTextEdit.ExtraSelection()
                cursor = QTextCursor(box.document())
                cursor.setPosition(box.shown_position(comment.start))
                cursor.setPosition(
                    box.shown_position(comment.end), QTextCursor.MoveMode.KeepAnchor
                )
                selection.cursor = cursor
                colour = SELECTED_COLOUR if comment.id == self._selected else OPEN_COLOUR
                selection.format.setBackground(colour)
                selection.format.setToolTip(f"{comment.author}: {comment.text}")
                selections.append(selection)
            box.setExtraSelections(selections)

    def _follow(self, box: TextBox) -> None:
        box.document().contentsChange.connect(
            lambda position, removed, added, box=box: self._on_edit(box, position, removed, added)
        )

    @Slot()
    def _on_sections_rearranged(self) -> None:
        # The form renumbered the comments with their sections: show them where they are.
        self.panel.refresh()
        self.highlight()

    def _on_edit(self, box: TextBox, position: int, removed: int, added: int) -> None:
        # Named by where the box is now: a section moved since the box was followed.
        part = self.form.part_of_box(box)
        if part is None:
            return
        if (
            not any(comment.part == part for comment in self._comments)
            and part not in self.suggestions.unshown_parts()
        ):
            # Nothing is anchored in this part: no text is kept or compared at each key
            # (a 20 MB headline, a body of 100,000 quotations). highlight() keeps the
            # text of a part once a comment is anchored in it.
            self._texts.pop(id(box), None)
            return
        old = self._texts.get(id(box))
        # What is shown: an edit never reaches the held end of a text too long to edit.
        new = box.shown_text()
        if old is None:
            # Not kept: the comment came by a way highlight() did not see. Kept from now.
            self._texts[id(box)] = new
            return
        # Qt tells positions in the document; the comments' are in the stored text.
        # What it added ends at a document position of the text now; what it removed is
        # the rest of the change in length.
        start = box.stored_offset(position)
        end_new = box.stored_offset(position + added)
        position, removed = start, max(0, end_new - start - (len(new) - len(old)))
        self._texts[id(box)] = new
        if self._bulk or old == new:
            return
        # Qt may report a wider change than the edit (whole blocks); narrow it to what changed.
        position = max(0, min(position, len(old), len(new)))
        end_old = min(len(old), position + removed)
        end_new = end_old + len(new) - len(old)
        if (
            end_new < position
            or old[:position] != new[:position]
            or old[end_old:] != new[end_new:]
        ):
            position, end_old, end_new = 0, len(old), len(new)
        while end_old > position and end_new > position and old[end_old - 1] == new[end_new - 1]:
            end_old -= 1
            end_new -= 1
        while position < end_old and position < end_new and old[position] == new[position]:
            position += 1
        shown = [(c.quote, is_detached(c)) for c in self._comments if c.part == part]
        apply_edit(self._comments, part, position, end_old - position, end_new - position, new)
        self.suggestions.move_unshown(part, position, end_old - position, end_new - position, new)
        # The list shows words and states, not positions: refresh only when those changed.
        if shown != [(c.quote, is_detached(c)) for c in self._comments if c.part == part]:
            self.panel.refresh()
        self.highlight(part)

    @Slot(str, int, int)
    def jump_to(self, part: str, start: int, end: int) -> None:
        """Show a comment's words: unfold the part, select the range, focus the editor."""
        box = self.form.show_part(part)
        if box is None:
            return
        cursor = box.textCursor()
        cursor.setPosition(box.shown_position(start))
        cursor.setPosition(box.shown_position(end), QTextCursor.MoveMode.KeepAnchor)
        box.setTextCursor(cursor)
        box.setFocus(Qt.FocusReason.OtherFocusReason)
        box.ensureCursorVisible()

    def import_docx_comments(self, path: str | None = None) -> int:
        """Add a returned DOCX's comments, and its tracked changes as suggestions.

        Return how many comments and suggestions were added.
        """
        from editor.importing.docx_changes import import_review
        from editor.importing.errors import DraftError

        if path is None:
            # Where drafts come from, remembered (it opened in the working directory).
            chosen = self.window.workspace().choose_file(
                self.window,
                "import",
                self.tr("Comments and changes from a reviewed DOCX"),
                self.tr("Word documents (*.docx)"),
            )
            if chosen is None:
                return 0
            path = str(chosen)
        try:
            review = import_review(self.article(), path, fallback_author=self.author())
        except DraftError as failure:
            from editor.ui.common.failures import report_failure

            report_failure(
                self.window,
                self.tr("Comments from DOCX"),
                self.tr("The comments could not be read from {0}.").format(Path(path).name),
                failure,
                warning=True,
            )
            return 0
        result, changes = review.comments, review.changes
        in_file = changes.accepted_in_file
        if in_file and self._accept_as_in_file(len(in_file)):
            self.suggestions.accept_ids([item.id for item in in_file])
            changes.accepted = [s for s in in_file if self.suggestions.suggestion(s.id) is None]
        if changes.offered and self._take_untracked(changes.offered):
            from editor.importing.docx_changes import take_untracked

            take_untracked(self.article(), changes)
        if result.added:
            self._on_comments_changed()
            self.panel.refresh()
        if changes.added:
            self.window.mark_modified()
            # Marked in the text, and listed in the Suggestions tab: in front, unless
            # comments came too (it opened on an empty Comments tab: a trial).
            self.suggestions.show_suggestions()
            if not result.added:
                self.panel.show_suggestions_tab()
        # One count per plural: each phrase agrees with its own number.
        counts = self.tr("%n comment(s) added, {0}, {1}.", "", len(result.added)).format(
            self.tr("%n already there", "comments", result.already_there),
            self.tr("%n kept detached", "", len(result.detached)),
        )
        added = len(result.added) + len(changes.added)
        lines = [counts, *self._changes_report(changes)]
        if not result.warnings:
            QMessageBox.information(self.window, self.tr("Comments from DOCX"), "\n".join(lines))
            return added
        # What the file said oddly (a reply cycle, a date no one can read) was kept and is
        # said: a sentence in the interface language, then the importer's own words.
        details = QCoreApplication.translate("Failures", "Details: {0}").format(
            "\n".join(result.warnings)
        )
        note = self.tr(
            "Some comments could not be read as Word writes them; every comment was kept, "
            "as described below."
        )
        QMessageBox.warning(
            self.window,
            self.tr("Comments from DOCX"),
            "\n\n".join(["\n".join(lines), note, details]),
        )
        return added

    def _accept_as_in_file(self, count: int) -> bool:
        """Ask whether the article's suggestions the reviewer accepted in the file are to be
        accepted here too (else they stay open)."""
        answer = QMessageBox.question(
            self.window,
            self.tr("Comments from DOCX"),
            self.tr(
                "The reviewed file shows %n of the article's suggestion(s) accepted there. "
                "Accept here too?",
                "",
                count,
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _take_untracked(self, offered: list[Suggestion]) -> bool:
        """Ask whether the suggestions a returned file's edits made without Track Changes
        offer are to be added (else the edits are only listed, the article keeping its
        words)."""
        answer = QMessageBox.question(
            self.window,
            self.tr("Comments from DOCX"),
            self.tr(
                "The file's text differs from the article's in %n place(s) without a "
                "tracked change: edits made with Track Changes off. Suggest them as {0}'s, "
                "to accept or reject?",
                "",
                len(offered),
            ).format(isolated(offered[0].author)),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _changes_report(self, changes: ChangeImport) -> list[str]:
        """Lines saying what a reviewed DOCX's tracked changes became (none: no lines)."""
        if not (changes.added or changes.already_there or changes.not_placed or changes.accepted):
            return self._untracked_report(changes)
        labels = [section.label for section in self.article().sections]
        where = {
            "header": self.tr("header"),
            "footer": self.tr("footer"),
            "footnote": self.tr("footnote"),
            "endnote": self.tr("endnote"),
            "section label": self.tr("section label"),
            "quotation attribution": self.tr("quotation attribution"),
            "credit line": self.tr("credit line"),
            "metadata line": self.tr("metadata line"),
        }
        # "News: 2": a part's name and the count (a bare "Comment 2" read as a comment).
        placed = ", ".join(
            self.tr("{0}: {1}", "a part and how many suggestions were placed in it").format(
                part_name(key, labels), n
            )
            for key, n in changes.by_part.items()
        )
        tracked = len(changes.added) - len(changes.from_untracked)
        lines = [
            self.tr("%n suggestion(s) placed from tracked changes, {0}.", "", tracked).format(
                self.tr("%n already there", "suggestions", changes.already_there)
            )
            # An isolate: Latin labels in an Urdu sentence broke its brackets across the
            # line (a trial).
            + (f" ({isolated(placed)})" if placed else "")
        ]
        if changes.accepted:
            lines.append(
                self.tr(
                    "%n suggestion(s) accepted here as in the reviewed file.",
                    "",
                    len(changes.accepted),
                )
            )
        if changes.from_untracked:
            lines.append(
                self.tr(
                    "%n suggestion(s) from edits made without Track Changes, as {0}'s.",
                    "",
                    len(changes.from_untracked),
                ).format(isolated(changes.from_untracked[0].author))
            )
        if changes.conflicts:
            lines.append(
                self.tr(
                    "%n conflict(s) with another reviewer's suggestions.",
                    "",
                    len(changes.conflicts),
                )
            )
        if changes.not_placed:
            lines.append(self.tr("%n change(s) not placed:", "", len(changes.not_placed)))
            for missing in changes.not_placed:
                name = where.get(missing.where) or part_name(missing.where, labels)
                who = f" ({isolated(missing.author)})" if missing.author else ""
                lines.append(f"  {isolated(name)}: «{isolated(missing.text)}»{who}")
        return lines + self._untracked_report(changes)

    def _untracked_report(self, changes: ChangeImport) -> list[str]:
        """Lines saying where the file's text differs with no tracked change (not taken)."""
        if not changes.untracked:
            return []
        labels = [section.label for section in self.article().sections]
        lines = [
            self.tr(
                "%n place(s) where the file's text differs from the article's without a "
                "tracked change (not taken; the article keeps its words):",
                "",
                len(changes.untracked),
            )
        ]
        for item in changes.untracked:
            lines.append(f"  {part_name(item.where, labels)}: «{item.old}» → «{item.new}»")
        return lines

    # -- status, reviewer mode ----------------------------------------------------------------

    def change_status(self, status: Status, note: str | None = None) -> bool:
        """Move to a status through the workflow: recorded, with an automatic revision."""

        current = self.status()
        if status is current:
            self.update_state()
            return False
        if not self.ensure_name():
            self.update_state()
            return False
        # Refused before a note is asked for: the note typed was lost to the refusal after
        # it (a trial).
        refused = self._record_move(self.article(), status, "", check_only=True)
        if refused is not None:
            QMessageBox.warning(self.window, self.tr("Change status"), failure_line(refused))
            self.update_state()
            return False
        if note is None:
            note, accepted = QInputDialog.getText(
                self.window,
                self.tr("Change status"),
                self.tr("Note for the move to {0} (optional):").format(status_names()[status]),
            )
            if not accepted:
                self.update_state()
                return False
        article = self.article()
        article.meta.status = current.value
        failure = self._record_move(article, status, note)
        if failure is not None:
            QMessageBox.warning(self.window, self.tr("Change status"), failure_line(failure))
            self.update_state()
            return False
        self.form.meta.set_status(status.value)
        self.window.mark_modified()
        self.update_state()
        self._reveal_panel()
        return True

    def _record_move(
        self, article: Article, status: Status, note: str, *, check_only: bool = False
    ) -> ReviewError | None:
        """Record a move of the article by the workflow's rules (the house style's gates;
        an edition's stale paragraphs keep it from Approved); return the refusal, None when
        it moves. ``check_only``: only ask whether it would be refused."""
        from editor.model.review import change_status, check_move

        article.meta.status = self.status().value
        rules = self.window.house_style().review
        source = self.window.edition_source()
        stale = 0
        if source is not None and rules.edition_gate:
            from editor.text.edition_review import stale_paragraphs

            stale = stale_paragraphs(source, article)
        try:
            if check_only:
                check_move(article, status, gate=rules.approval_gate, stale=stale)
            else:
                change_status(
                    article, status, self.author(), note, gate=rules.approval_gate, stale=stale
                )
        except ReviewError as failure:
            return failure
        return None

    @Slot()
    def reopen_for_changes(self) -> bool:
        """Unlock an Approved or Published article: a recorded move to Changes requested."""
        return self.change_status(REOPEN_STATUS, self.tr("Reopened for changes"))

    @Slot(bool)
    def set_reviewer_mode(self, on: bool) -> None:
        """Reviewer mode: every edit is a suggestion; comments can be added and answered."""
        self.reviewer_mode = on
        if self.reviewer_action.isChecked() != on:
            self.reviewer_action.setChecked(on)
        self.update_state()

    # -- revisions ----------------------------------------------------------------------------

    @Slot()
    def save_revision(self, note: str | None = None) -> bool:
        """Keep a revision of the text as it is now, with a note."""
        if note is None:
            note, accepted = QInputDialog.getText(
                self.window, self.tr("Save revision"), self.tr("Note:")
            )
            if not accepted:
                return False
        make_revision(self.article(), self.author(), note)
        self.window.mark_modified()
        return True

    @Slot()
    def show_revisions(self) -> RevisionsDialog:
        """Open the revisions dialog: list, compare any two, restore."""
        dialog = RevisionsDialog(self, self.window)
        dialog.show()
        return dialog

    def restore(self, number: int) -> None:
        """Bring back a revision's text as a new state; each editor can undo it (Ctrl+Z)."""
        article = self.article()
        source = find_revision(article, number).snapshot
        assert source is not None
        make_revision(article, self.author(), f"Before restoring revision {number}")
        old = deep_copy(article)
        # Only the parts the form has a box for are replaced (sections are matched by place).
        texts = {part.key: part.text for part in article_parts(source)}
        self._bulk = True
        try:
            # One step of the article's undo history, however many parts it changes.
            with self.form.history.group():
                for part, box in self.editors().items():
                    if part in texts:
                        box.replace_text(texts[part])
            # set_quotations copies each quotation: the revision's stay untouched.
            self.form.quotations.set_quotations(source.quotations)
        finally:
            self._bulk = False
        reanchor_comments(article.comments, old, self.article())
        self.panel.refresh()
        self.window.mark_modified()
        self.highlight()


# The characters of a revision a compare box shows at least (the rest elided when narrow).
REVISION_CHARACTERS = 24


def shown_note(note: str) -> str:
    """Return a revision's note as the interface says it: the move the workflow recorded
    ("Status: Approved — …", written in English in the file) in the interface language."""
    for status, name in STATUS_NAMES.items():
        recorded = f"Status: {name}"
        if note == recorded or note.startswith(f"{recorded} — "):
            move = QCoreApplication.translate("ReviewController", "Status: {0}")
            return move.format(status_names()[status]) + note[len(recorded) :]
    return note


class RevisionsDialog(QDialog):
    """The revisions: pick two (or one and the current text), compare them, restore one."""

    def __init__(self, controller: ReviewController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.resize(900, 640)
        self.controller = controller
        self.markup = ""  # the compare as HTML with <ins>/<del>, as last shown
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.from_combo = QComboBox(self)
        self.to_combo = QComboBox(self)
        for combo in (self.from_combo, self.to_combo):
            # As wide as the row has room for, a long note elided: sized to its longest
            # revision, the dialog grew wider than an 1280-pixel screen (a trial).
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(REVISION_CHARACTERS)
        self.inline_button = QRadioButton(self)
        self.side_button = QRadioButton(self)
        self.inline_button.setChecked(True)
        self.compare_label = QLabel(self)
        row.addWidget(self.compare_label)
        row.addWidget(self.from_combo, 1)
        self.with_label = QLabel(self)
        row.addWidget(self.with_label)
        row.addWidget(self.to_combo, 1)
        row.addWidget(self.inline_button)
        row.addWidget(self.side_button)
        layout.addLayout(row)
        self.view = QTextBrowser(self)
        layout.addWidget(self.view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self._on_restore)
        layout.addWidget(buttons)
        self.retranslate()
        self._fill()
        for widget in (self.from_combo, self.to_combo):
            widget.currentIndexChanged.connect(self.update_compare)
        self.inline_button.toggled.connect(self.update_compare)
        self.update_compare()

    def retranslate(self) -> None:
        """Word the dialog in the interface language (again when it changes)."""
        self.setWindowTitle(self.tr("Revisions"))
        self.inline_button.setText(self.tr("Inline"))
        self.side_button.setText(self.tr("Side by side"))
        self.compare_label.setText(self.tr("Compare"))
        self.with_label.setText(self.tr("with"))
        self.restore_button.setText(self.tr("Restore the first"))

    def changeEvent(self, event: QEvent) -> None:
        """Word the dialog, its choices and the compare again when the language changes."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            # The items in place: the chosen revisions stay chosen; times in the new locale.
            texts = {revision.number: self._item_text(revision) for revision in self._revisions()}
            for combo in (self.from_combo, self.to_combo):
                for index in range(combo.count()):
                    number = combo.itemData(index)
                    text = self.tr("Current text") if number == CURRENT else texts.get(number)
                    if text is not None:
                        combo.setItemText(index, text)
            self.update_compare()

    def _revisions(self) -> list[Revision]:
        return self.controller.article().revisions

    @staticmethod
    def _item_text(revision: Revision) -> str:
        note = f" — {shown_note(revision.note)}" if revision.note else ""
        return f"{revision.number}: {readable_time(revision.created)} {revision.author}{note}"

    def _fill(self) -> None:
        revisions = self._revisions()
        for combo in (self.from_combo, self.to_combo):
            combo.blockSignals(True)
            combo.clear()
            for revision in revisions:
                combo.addItem(self._item_text(revision), revision.number)
            combo.addItem(self.tr("Current text"), CURRENT)
            combo.blockSignals(False)
        self.from_combo.setCurrentIndex(max(0, self.from_combo.count() - 2))
        self.to_combo.setCurrentIndex(self.to_combo.count() - 1)

    def _side(self, combo: QComboBox) -> Article:
        number = combo.currentData()
        article = self.controller.article()
        if number == CURRENT or number is None:
            return article
        snapshot = find_revision(article, int(number)).snapshot
        assert snapshot is not None
        return snapshot

    @Slot()
    def update_compare(self) -> None:
        """Show the word-level changes between the two chosen states, part by part."""
        new = self._side(self.to_combo)
        parts = compare_articles(self._side(self.from_combo), new)
        labels = [section.label for section in new.sections]
        self.markup = compare_html(
            parts,
            side_by_side=self.side_button.isChecked(),
            names={part.part: part_name(part.part, labels) for part in parts},
            no_differences=self.tr("No differences."),
        )
        self.view.setHtml(self.markup)
        self.restore_button.setEnabled(self.from_combo.currentData() not in (CURRENT, None))

    @Slot()
    def _on_restore(self) -> None:
        number = self.from_combo.currentData()
        if number in (CURRENT, None):
            return
        self.controller.restore(int(number))
        self._fill()
        self.update_compare()
