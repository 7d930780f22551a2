"""The spelling part of a text box's context menu: suggestions, Add to dictionary, Ignore."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, Slot
from PySide6.QtGui import QAction, QContextMenuEvent, QTextCursor
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QTextEdit

from editor.storage.errors import StorageError
from editor.text.spelling import Misspelling
from editor.ui.language.spell_highlight import SpellHighlight, without_deleted

MAX_SUGGESTIONS = 6

TextEditor = QTextEdit | QPlainTextEdit


class SpellMenu(QObject):
    """Adds spelling actions above the standard context menu of one text box.

    ``words_changed`` is called after "Add to dictionary" or "Ignore", so every box can be
    highlighted again: the word is right everywhere now.
    """

    def __init__(
        self,
        editor: TextEditor,
        spell: SpellHighlight,
        words_changed: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(editor)
        self._editor = editor
        self._spell = spell
        self._words_changed = words_changed or (lambda: None)
        editor.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Show the menu with spelling actions instead of the plain one."""
        if event.type() == QEvent.Type.ContextMenu and isinstance(event, QContextMenuEvent):
            menu = self.menu_for(event.pos())
            menu.exec(event.globalPos())
            menu.deleteLater()
            return True
        return super().eventFilter(watched, event)

    def misspelling_at(self, pos: QPoint) -> tuple[QTextCursor, Misspelling] | None:
        """Return the block cursor and misspelled word under a viewport point, or None."""
        cursor = self._editor.cursorForPosition(pos)
        block = cursor.block()
        # As the underline reads it: words suggested for deletion are not the text's.
        text = without_deleted(block, block.text())
        miss = self._spell.misspelling_at(text, cursor.positionInBlock())
        return (cursor, miss) if miss is not None else None

    def menu_for(self, pos: QPoint) -> QMenu:
        """Return the context menu for a viewport point (spelling actions first)."""
        scroll = QPoint(
            self._editor.horizontalScrollBar().value(), self._editor.verticalScrollBar().value()
        )
        menu = self._editor.createStandardContextMenu(pos + scroll)  # document coordinates
        found = self.misspelling_at(pos)
        if found is None:
            return menu
        cursor, miss = found
        first = menu.actions()[0] if menu.actions() else None
        actions: list[QAction] = []
        if not self._editor.isReadOnly():
            suggestions = self._spell.checker.suggestions(miss.word, miss.language)
            for suggestion in suggestions[:MAX_SUGGESTIONS]:
                action = QAction(suggestion, menu)
                font = action.font()
                font.setBold(True)
                action.setFont(font)
                block_start = cursor.block().position()
                action.triggered.connect(
                    lambda _c=False, s=suggestion, b=block_start, m=miss: self._replace(b, m, s)
                )
                actions.append(action)
            if not suggestions:
                none = QAction(self.tr("(no suggestions)"), menu)
                none.setEnabled(False)
                actions.append(none)
        add = QAction(self.tr("Add “{0}” to dictionary").format(miss.word), menu)
        add.triggered.connect(lambda _c=False, w=miss.word: self._add(w))
        ignore = QAction(self.tr("Ignore “{0}”").format(miss.word), menu)
        ignore.triggered.connect(lambda _c=False, w=miss.word: self._ignore(w))
        actions += [add, ignore]
        if first is None:
            menu.addActions(actions)
            menu.addSeparator()
        else:
            menu.insertActions(first, actions)
            menu.insertSeparator(first)
        return menu

    def _replace(self, block_start: int, miss: Misspelling, suggestion: str) -> None:
        edit = QTextCursor(self._editor.document())
        edit.setPosition(block_start + miss.start)
        edit.setPosition(block_start + miss.end, QTextCursor.MoveMode.KeepAnchor)
        if edit.selectedText() != miss.word:
            return  # the text changed while the menu was open
        edit.insertText(suggestion)
        self._editor.setTextCursor(edit)

    @Slot()
    def _add(self, word: str) -> None:
        try:
            self._spell.checker.add_to_dictionary(word)
        except StorageError as failure:
            from editor.ui.common.failures import report_failure

            report_failure(
                self._editor,
                self.tr("Add to dictionary"),
                self.tr("The word was not saved in your dictionary."),
                failure,
                warning=True,
            )
            self._spell.checker.ignore(word)  # still right for this session
        self._words_changed()

    def _ignore(self, word: str) -> None:
        self._spell.checker.ignore(word)
        self._words_changed()
