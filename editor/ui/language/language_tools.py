"""Spelling, typography and the pre-export checklist, attached to one main window.

``MainWindow.attach_language_tools()`` is the one entry point: it underlines misspellings in
every text box, adds the spelling context menu and typography as you type, a checklist
dock and a Tools menu (Check article, Fix typography, and the two as-you-type switches),
and keeps them as the window's ``language_tools``. It uses only the window's public API
(``form``, ``article()``, ``house_style()``, ``addDockWidget``, ``menuBar()``).
Dictionaries load in a worker thread the first time a language is needed, so opening a
window never waits for one.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QKeySequence, QSyntaxHighlighter, QTextCursor
from PySide6.QtWidgets import QMenu, QMessageBox, QTextEdit, QWidget

from editor.storage.word_list import PersonalWordList
from editor.text.checklist import ChecklistOptions, run_checklist
from editor.text.spelling import SpellChecker, name_words
from editor.text.typography import fix_article
from editor.ui.form.gradual_highlight import GradualRehighlight
from editor.ui.language.spell_highlight import SpellHighlight, SpellHighlighter
from editor.ui.language.spell_menu import SpellMenu
from editor.ui.language.typing_typography import TypingTypography
from editor.ui.review.checklist_panel import ChecklistPanel, ExportChecklist

if TYPE_CHECKING:
    from editor.ui.form.highlighter import MarkdownHighlighter
    from editor.ui.form.markdown_editor import MarkdownEditor
    from editor.ui.form.panes import SectionPane
    from editor.ui.window.seam import EditorWindow


class _DictionaryLoads:
    """Loads dictionaries on plain Python threads, one at a time; the GUI thread polls.

    The threads call no Qt function: a signal emitted from a worker thread takes Qt's
    signal-slot lock while holding the interpreter, which can deadlock with a GUI thread
    that holds that lock and waits for the interpreter (see ui/window/preview.py).
    """

    def __init__(self, checker: SpellChecker) -> None:
        self._checker = checker
        self._one_at_a_time = threading.Lock()  # memory, not speed
        self._done: list[str] = []
        self._done_lock = threading.Lock()
        self._pending = 0

    def start(self, code: str) -> None:
        """Load a dictionary in the background."""
        with self._done_lock:
            self._pending += 1
        threading.Thread(target=self._load, args=(code,), name="dictionary", daemon=True).start()

    def take_done(self) -> list[str]:
        """Return the codes whose loading ended since the last call."""
        with self._done_lock:
            done, self._done = self._done, []
        return done

    def _load(self, code: str) -> None:
        try:
            with self._one_at_a_time:
                self._checker.load(code)
        finally:
            with self._done_lock:
                self._done.append(code)
                self._pending -= 1

    def pending(self) -> int:
        """Return how many loads have not ended."""
        with self._done_lock:
            return self._pending


class LanguageTools(QObject):
    """The language tools of one main window (see the module docstring).

    The checklist goes by the window's ``house_style()`` (the user's current choice);
    ``house_style_changed()`` says it may have changed.
    """

    def __init__(self, window: EditorWindow, checker: SpellChecker | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.form = window.form
        self.checker = checker or SpellChecker(
            PersonalWordList.in_folder(window.workspace().folders.data),
        )
        self._loads = _DictionaryLoads(self.checker)
        self._load_poll = QTimer(self)
        self._load_poll.setInterval(40)
        self._load_poll.timeout.connect(self._collect_loads)
        self.checker.on_missing = self._load_in_background
        self._names: frozenset[str] | None = None
        self._languages_shown: tuple = ()
        # Typing a name in the byline re-reads every box once the typing pauses, not per key.
        self._rehighlight_timer = QTimer(self)
        self._rehighlight_timer.setSingleShot(True)
        self._rehighlight_timer.setInterval(500)
        self._rehighlight_timer.timeout.connect(self._rehighlight_later)
        self.highlighters: list[QSyntaxHighlighter] = []
        # The section bodies' highlighters, hooked, with their boxes: the long texts, which
        # a dictionary's arrival highlights again gradually (what is on screen first).
        self._bodies: list[tuple[MarkdownHighlighter, MarkdownEditor]] = []
        self.gradual = GradualRehighlight(self)
        self.spells: list[SpellHighlight] = []
        self.typing: list[TypingTypography] = []
        self.menus: list[SpellMenu] = []
        self._pending: list[tuple[MarkdownEditor, SpellHighlight]] = []
        self._loading: set[str] = set()
        self.form.changed.connect(self._on_form_changed)
        self.form.section_added.connect(self._on_section_added)
        self._attach_boxes()
        self._languages_shown = (self._article_languages(), self._opening_languages())
        self.panel = ChecklistPanel(window)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.panel)
        self.panel.hide()
        self.panel.jump_requested.connect(self.jump_to)
        self.panel.refresh_requested.connect(self.run_checklist)
        self._build_menu()

    # -- boxes ---------------------------------------------------------------------------

    def _article_languages(self) -> tuple[str, ...]:
        return (self.form.meta.language_combo.code(), self.form.opening.language_button.value())

    def _opening_languages(self) -> tuple[str, ...]:
        return (self.form.opening.language_button.value(), self.form.meta.language_combo.code())

    def names(self) -> frozenset[str]:
        """Return the words of the byline's and the speakers' names (never checked)."""
        if self._names is None:
            byline = self.form.byline
            names = [byline.author_edit.text(), byline.office_edit.text()]
            names.append(byline.place_edit.text())
            for quotation in self.form.bank():
                names += [quotation.speaker, quotation.source_name]
            # Each name once: a bank of 200,000 quotations has few speakers and sources.
            self._names = name_words(dict.fromkeys(names))
        return self._names

    def _attach_boxes(self) -> None:
        form = self.form
        plain = [
            (form.opening.editor, self._opening_languages),
            (form.headline.editor, self._article_languages),
            (form.standfirst.editor, self._article_languages),
        ]
        for box, languages in plain:
            spell = SpellHighlight(self.checker, languages, self.names)
            self.highlighters.append(SpellHighlighter(box.document(), spell))
            self._attach_common(box, spell, languages)
        for editor in form.markdown_editors():
            spell = SpellHighlight(self.checker, self._article_languages, self.names)
            # The bodies are the long texts: they get their underlines once a dictionary
            # has arrived, so opening an article costs no extra highlighting pass.
            self._pending.append((editor, spell))
            self._attach_common(editor, spell, self._article_languages)
        # Posted, not started here: the window paints first, then the loads begin.
        QTimer.singleShot(0, self, self._load_article_languages)

    @Slot(object)
    def _on_section_added(self, pane: SectionPane) -> None:
        # A section added while the article is open: checked like the others, with the
        # switches as they are now; its underlines come with the step's rehighlight.
        spell = SpellHighlight(self.checker, self._article_languages, self.names)
        spell.enabled = self.spells[0].enabled
        typing_enabled = self.typing[0].enabled
        self._pending.append((pane.editor, spell))
        self._attach_common(pane.editor, spell, self._article_languages)
        self.typing[-1].enabled = typing_enabled

    @Slot()
    def _load_article_languages(self) -> None:
        for code in (*self._article_languages(), *self._opening_languages()):
            if code and self.checker.has_dictionary(code):
                self._load_in_background(code)

    def _hook_bodies(self, gradually: bool = False) -> None:
        """Give each section body's highlighter its spelling hook and highlight it again.

        The Markdown highlighter calls ``spell.format_block`` at the end of each block, so
        hooking is setting its ``spell``. ``gradually``: the blocks on screen now, the rest
        in slices between keystrokes (a dictionary arriving must not stall typing).
        """
        pending, self._pending = self._pending, []
        for editor, spell in pending:
            highlighter = editor.highlighter
            highlighter.spell = spell
            self._bodies.append((highlighter, editor))
            self._rehighlight_body(highlighter, editor, gradually)

    def _rehighlight_body(
        self, highlighter: QSyntaxHighlighter, editor: QTextEdit, gradually: bool
    ) -> None:
        if gradually:
            self.gradual.start(highlighter, editor)
        else:
            self.gradual.cancel(highlighter)
            highlighter.rehighlight()

    def _attach_common(
        self, box: QTextEdit, spell: SpellHighlight, languages: Callable[[], Sequence[str]]
    ) -> None:
        self.spells.append(spell)
        self.menus.append(SpellMenu(box, spell, self.rehighlight))
        self.typing.append(TypingTypography(box, languages))

    def rehighlight(self, gradually: bool = False) -> None:
        """Highlight every box again (a word was added, a switch or a language changed)."""
        for highlighter in self.highlighters:
            highlighter.rehighlight()
        for highlighter, editor in self._bodies:
            self._rehighlight_body(highlighter, editor, gradually)
        if any(self.checker.is_loaded(code) for code in self.checker.available()):
            self._hook_bodies(gradually)

    @Slot()
    def _rehighlight_later(self) -> None:
        self.rehighlight(gradually=True)

    # -- dictionaries --------------------------------------------------------------------

    def _load_in_background(self, code: str) -> None:
        if code in self._loading or self.checker.is_loaded(code):
            return
        self._loading.add(code)
        self._loads.start(code)
        self._load_poll.start()

    @Slot()
    def _collect_loads(self) -> None:
        done = self._loads.take_done()
        if not done:
            return
        if not self._loads.pending():
            self._load_poll.stop()
        if any(self.checker.is_loaded(code) for code in done):
            # The short boxes at once; the bodies gradually: typing may be going on.
            self.rehighlight(gradually=True)

    @Slot(str)
    def _on_form_changed(self, part: str) -> None:
        # A re-highlight under way waits for the typing to pause.
        self.gradual.note_edit()
        if part in ("byline", "quotations", "all"):
            self._names = None
            self._rehighlight_timer.start()
        languages = (self._article_languages(), self._opening_languages())
        if languages != self._languages_shown:
            # The article's or the opening line's language changed: words read differently.
            self._languages_shown = languages
            self._rehighlight_timer.start()

    # -- switches ------------------------------------------------------------------------

    def set_spelling_enabled(self, enabled: bool) -> None:
        """Underline misspellings as the user types, or not."""
        for spell in self.spells:
            spell.enabled = enabled
        self.rehighlight()

    def set_typing_typography_enabled(self, enabled: bool) -> None:
        """Correct quotation marks, dashes and spacing as the user types, or not."""
        for typing in self.typing:
            typing.enabled = enabled

    def _build_menu(self) -> None:
        menu = self.menu = QMenu(self.window)
        # Before Help, which stays last.
        self.window.menuBar().insertMenu(self.window.help_menu.menuAction(), menu)
        self.check_action = QAction(self.window)
        self.check_action.setShortcut(QKeySequence("F7"))
        self.check_action.triggered.connect(self.show_checklist)
        self.fix_action = QAction(self.window)
        self.fix_action.triggered.connect(self.fix_typography)
        self.spelling_action = QAction(self.window)
        self.spelling_action.setCheckable(True)
        self.spelling_action.setChecked(True)
        self.spelling_action.toggled.connect(self.set_spelling_enabled)
        self.typing_action = QAction(self.window)
        self.typing_action.setCheckable(True)
        self.typing_action.setChecked(True)
        self.typing_action.toggled.connect(self.set_typing_typography_enabled)
        menu.addActions([self.check_action, self.fix_action])
        menu.addSeparator()
        menu.addActions([self.spelling_action, self.typing_action])
        menu.addAction(self.panel.toggleViewAction())
        self.retranslate()

    def retranslate(self) -> None:
        """Word the Tools menu in the interface language (again when it changes)."""
        self.menu.setTitle(self.tr("&Tools"))
        self.check_action.setText(self.tr("&Check article"))
        self.fix_action.setText(self.tr("Fix &typography"))
        self.spelling_action.setText(self.tr("Check &spelling as you type"))
        self.typing_action.setText(self.tr("T&ypography as you type"))

    # -- checklist -----------------------------------------------------------------------

    def checklist_options(self) -> ChecklistOptions:
        """Return the options the checklist runs with (the house style's, spelling as asked)."""
        spelling = self.checker if self.panel.spelling_wanted() else None
        limit = self.window.house_style().max_headline_length
        # An edition is checked against its source too: stale and untranslated paragraphs.
        source = self.window.edition_source()
        return ChecklistOptions(max_headline_length=limit, spelling=spelling, source=source)

    def house_style_changed(self) -> None:
        """Check again with the current house style, if the checklist is on screen."""
        if self.panel.isVisible():
            self.run_checklist()

    @Slot()
    def run_checklist(self) -> list:
        """Run the checklist on the article as shown and list the findings in the panel."""
        article = self.window.article()
        # The checklist must not report "no misspellings" because a dictionary was still
        # loading: it loads what it needs now (a fraction of a second each; the user asked).
        self.checker.load_on_demand = True
        try:
            findings = run_checklist(article, self.checklist_options())
        finally:
            self.checker.load_on_demand = False
        self.panel.set_findings(findings, self.window.form.section_labels())
        return findings

    def export_checklist(self, parent: QWidget | None = None) -> ExportChecklist:
        """Return the checklist for the export dialog, run on the article as shown now."""
        findings = self.run_checklist()
        widget = ExportChecklist(findings, parent, self.window.form.section_labels())
        widget.jump_requested.connect(self.jump_to)
        return widget

    @Slot()
    def show_checklist(self) -> None:
        """Show the checklist dock with fresh findings."""
        self.panel.show()
        self.panel.raise_()
        self.run_checklist()

    @Slot(str, int, int)
    def jump_to(self, part: str, line: int, column: int) -> None:
        """Show a part and put the cursor at a line and column (both from 1)."""
        box = self.form.show_part(part)
        if box is not None:
            # The line and column are the stored text's (a body's blank lines are not in
            # its document).
            text = box.text()
            start = 0
            for _line in range(max(0, line - 1)):
                found = text.find("\n", start)
                if found < 0:
                    break
                start = found + 1
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
            cursor = QTextCursor(box.document())
            cursor.setPosition(box.shown_position(min(start + max(0, column - 1), end)))
            box.setTextCursor(cursor)
            box.ensureCursorVisible()
            box.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- typography ----------------------------------------------------------------------

    @Slot()
    def fix_typography(self) -> int:
        """Correct the typography of every part (one undo step in all); return how many."""
        form = self.form
        if form.headline.editor.isReadOnly():
            return 0
        changed = fix_article(self.window.article())
        with form.history.group():
            for part, text in changed.items():
                box = form.text_box(part)
                if box is not None:  # every part fix_article changes has a box; for the type
                    box.replace_text(text)
        if not changed:
            QMessageBox.information(
                self.window,
                self.tr("Fix typography"),
                self.tr("The typography is right already: nothing was changed."),
            )
        return len(changed)
