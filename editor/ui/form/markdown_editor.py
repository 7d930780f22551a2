"""The Markdown editor of a section body: highlighting, formatting keys, quotation tokens."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from functools import partial
from itertools import accumulate

from PySide6.QtCore import QEvent, QMimeData, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QToolTip, QWidget

from editor.model import QUOTE_TOKEN
from editor.model.tokens import QuotationLookup, no_quotations
from editor.text import markdown_syntax
from editor.text.body_lines import (
    BLOCK,
    HARD_BREAK,
    LINE,
    LINE_SEPARATOR,
    enter_line,
    line_at,
    pasted_lines,
    split_lines,
    to_shown,
    to_stored,
)
from editor.text.direction import paragraph_direction
from editor.text.punctuation import CLOSING, OPENING, SENTENCE_ENDS
from editor.ui.form.chips import (
    LITERALS,
    OBJECT,
    ChipPainter,
    chip_format,
    chip_id,
    literal_format,
    object_text,
)
from editor.ui.form.gradual_highlight import GradualRehighlight
from editor.ui.form.highlighter import MarkdownHighlighter
from editor.ui.form.suggestion_marks import BREAK_DELETED, BREAK_INSERTED
from editor.ui.form.text_box import AUTO, TextBox, may_edit

_COMMAND_KEYS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
_LONGEST_TOKEN_PARAGRAPH = 256
# The clipboard type of a body's Markdown as stored: a copy pasted inside Newsdesk keeps
# every line break as it was (text from other programs makes a paragraph of each line).
MARKDOWN_MIME = "text/markdown"
# The space above a paragraph, in lines of the box's font: paragraphs stand apart as in
# the exports; the lines of one paragraph or list do not.
_PARAGRAPH_SPACE = 0.5


# A body with more tokens than this is shown with its tokens as typed, not as chips.
CHIPS_SHOWN = 2_000
# Up to this many objects (chips, literal characters) are kept in place through each edit;
# a body with more (a generated one: 100,000 quotations) has them read again when asked.
_TRACKED_OBJECTS = 2_000
# What a body's document holds as an object: a token (group 1 its id) or a literal.
_OBJECTS = re.compile(QUOTE_TOKEN.pattern + "|[" + LITERALS + "]")
# A token typed by hand, ending where the cursor is: it becomes a chip.
_TOKEN_BEFORE = re.compile(QUOTE_TOKEN.pattern + r"\Z")
# The longest token typed by hand that is looked for before the cursor.
_LONGEST_TOKEN = 200


def _lone_token(text: str) -> str | None:
    """Return the quotation id of a paragraph's text that is only a token (OBJECT for a
    chip, whose id is in its format), else None."""
    stripped = text.strip()
    if stripped == OBJECT:
        return OBJECT
    match = QUOTE_TOKEN.fullmatch(stripped)
    return match.group(1) if match else None


def _token_id(block: QTextBlock) -> str | None:
    """Return the quotation id of a paragraph that is only a token or a chip, else None."""
    found = _lone_token(block.text())
    if found != OBJECT:
        return found
    at = block.text().index(OBJECT)
    cursor = QTextCursor(block)
    cursor.setPosition(block.position() + at + 1)
    return chip_id(cursor.charFormat())


# More text than a tall window shows of a body at once (a body column on a 4K screen): a
# loaded body's first this many characters are highlighted before it is shown.
FIRST_SCREEN_CHARACTERS = 8_000
# When the slices start on a body loaded before its window showed (the window's first
# paint comes sooner, and finishes them at once).
_REST_MS = 250


class MarkdownEditor(TextBox):
    """A section body: Ctrl+B bold, Ctrl+I italic, Ctrl+K link, quotations as chips."""

    # A chip was double-clicked (or Enter pressed on one): edit its quotation.
    quotation_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None, lookup: QuotationLookup | None = None):
        super().__init__(parent, min_lines=6, max_lines=28)
        self._lookup = lookup or no_quotations
        self._language = ""
        self._marks: tuple[str, str] | None = None
        self.chips = ChipPainter(self.document(), self._lookup, self._quote_marks, self.palette)
        # Text typed after a chip must not take the chip's format.
        self.cursorPositionChanged.connect(self._plain_after_chip)
        self.highlighter = MarkdownHighlighter(self.document(), self._lookup)
        # A loaded body's paragraphs past the first screen are highlighted in slices.
        self.gradual = GradualRehighlight(self)
        # Where the objects (chips, literal characters) are, kept through each edit.
        self._objects: dict[int, tuple[str, str | None]] = {}
        self._objects_revision = -1
        self.document().contentsChange.connect(self._track_objects)
        # The pairs of marks Ctrl+B and Ctrl+I put in with nothing selected, still open:
        # (marker, where the opening one starts, where the closing one starts). The key
        # again at the closing one steps over it, as a word processor's turns the style off.
        self._open_pairs: list[tuple[str, QTextCursor, QTextCursor]] = []

    def rehighlight(self) -> None:
        """Highlight every paragraph again (after the quotation bank changed)."""
        self.highlighter.rehighlight()
        self.place_paragraphs()
        self._redraw_chips()

    def _redraw_chips(self) -> None:
        self.chips.forget_sizes()
        document = self.document()
        if OBJECT in document.toRawText():
            # Their words or size may have changed: laid out again.
            document.markContentsDirty(0, document.characterCount())
            self.viewport().update()

    def changeEvent(self, event: QEvent) -> None:
        """Measure the chips again in a new font."""
        if event.type() == QEvent.Type.FontChange:
            self.chips.forget_sizes()
        super().changeEvent(event)

    def set_language(self, code: str) -> None:
        """Set the article's language: chips take its quotation marks."""
        if code != self._language:
            self._language = code
            self._marks = None
            self._redraw_chips()

    def _quote_marks(self) -> tuple[str, str]:
        # Asked for each chip laid out (100,000 of them in a generated body): kept.
        if self._marks is None:
            from editor.text.languages import language_or_default

            marks = language_or_default(self._language or "en").primary_quotes
            self._marks = (marks.open, marks.close)
        return self._marks

    @Slot()
    def _plain_after_chip(self) -> None:
        # Not with a selection: Qt would give the selected text (a chip) the plain format.
        cursor = self.textCursor()
        if not cursor.hasSelection() and chip_id(cursor.charFormat()) is not None:
            self.setCurrentCharFormat(QTextCharFormat())

    # -- chips ----------------------------------------------------------------------------

    def _insert_shown(self, cursor: QTextCursor, text: str, *, chips: bool = True) -> None:
        """Insert stored text at a cursor as the document holds it: its tokens as chips
        (as typed, with ``chips`` False), any character the document cannot hold as itself
        as an object (chips.LITERALS), its line breaks as ``to_shown`` gives them (a new
        block takes the cursor's block format)."""
        plain = QTextCharFormat()
        start = 0
        if "[[" in text or any(char in text for char in LITERALS):
            for match in _OBJECTS.finditer(text):
                if match.group(1) is not None and not chips:
                    continue  # the token stays in the text between
                if match.start() > start:
                    cursor.insertText(to_shown(text[start : match.start()]), plain)
                if match.group(1) is not None:
                    cursor.insertText(OBJECT, chip_format(match.group(1)))
                else:
                    cursor.insertText(OBJECT, literal_format(match.group()))
                start = match.end()
        if start < len(text):
            cursor.insertText(to_shown(text[start:]), plain)

    def _scan_objects(self, raw: str, start: int, end: int) -> dict[int, tuple[str, str | None]]:
        """Read the objects between two positions from the blocks' fragments: for each,
        what it stands for in the stored text and its quotation id (None for a literal)."""
        found: dict[int, tuple[str, str | None]] = {}
        at = raw.find(OBJECT, start, end)
        if at < 0:
            return found
        # Not a cursor placed at each chip: it would lay the paragraph out first (seconds
        # for 20,000 chips).
        document = self.document()
        block = document.findBlock(at)
        while block.isValid() and block.position() < end:
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                fragments += 1
                first = fragment.position()
                if first + fragment.length() <= start or first >= end:
                    continue
                text_format = fragment.charFormat()
                stands_for = object_text(text_format)
                if stands_for is None:
                    continue
                quotation_id = chip_id(text_format)
                for offset, char in enumerate(fragment.text()):
                    if char == OBJECT and start <= first + offset < end:
                        found[first + offset] = (stands_for, quotation_id)
            at = raw.find(OBJECT, block.position() + block.length(), end)
            if at < 0:
                break
            block = document.findBlock(at)
        return found

    @Slot(int, int, int)
    def _track_objects(self, position: int, removed: int, added: int) -> None:
        """Keep the objects' places through an edit: those after it move, those in it are
        read again (a key typed costs no scan of the whole text)."""
        if self._objects_revision < 0:
            return
        if len(self._objects) > _TRACKED_OBJECTS:
            # Moving every place at each key would cost more than reading them again when
            # asked (the counts and the preview ask after a pause in typing).
            self._objects, self._objects_revision = {}, -1
            return
        shift = added - removed
        kept: dict[int, tuple[str, str | None]] = {}
        for at, found in self._objects.items():
            if at < position:
                kept[at] = found
            elif at >= position + removed:
                kept[at + shift] = found
        document = self.document()
        # A few characters added (a key) are looked at one by one: the raw text is not
        # copied for a key that made no object.
        if added > 64 or any(
            document.characterAt(at) == OBJECT for at in range(position, position + added)
        ):
            kept.update(self._scan_objects(document.toRawText(), position, position + added))
        self._objects = kept
        self._objects_revision = document.revision()

    def _current_objects(self) -> dict[int, tuple[str, str | None]]:
        """Return the objects kept by ``_track_objects``, read again when the document
        changed by other means than an edit told (or they were never read)."""
        revision = self.document().revision()
        if self._objects_revision != revision:
            raw = self.document().toRawText()
            self._objects = self._scan_objects(raw, 0, len(raw))
            self._objects_revision = revision
        return self._objects

    def _objects_in(self, start: int, end: int, *, plain: bool = False) -> dict[int, str]:
        """Return what each object between two positions of the document stands for, in
        order: a chip's token (``plain``: its quoted words) or a literal character."""
        objects = self._current_objects()
        found: dict[int, str] = {}
        for at in sorted(objects):
            if start <= at < end:
                stands_for, quotation_id = objects[at]
                if plain and quotation_id is not None:
                    stands_for = self.chips.plain_text(quotation_id)
                found[at] = stands_for
        return found

    def _as_stored(self, raw: str, start: int, end: int, *, plain: bool = False) -> str:
        """Return the Markdown of raw text between two positions (chips as tokens), or the
        text a reader reads (``plain``: chips as their quoted words, breaks as lines)."""

        def convert(piece: str) -> str:
            if plain:
                return piece.replace(BLOCK, "\n").replace(LINE_SEPARATOR, "\n")
            return to_stored(piece)

        objects = self._objects_in(start, end, plain=plain)
        if not objects:
            return convert(raw[start:end])
        pieces: list[str] = []
        last = start
        for at, stands_for in objects.items():
            pieces.append(convert(raw[last:at]))
            pieces.append(stands_for)
            last = at + 1
        pieces.append(convert(raw[last:end]))
        return "".join(pieces)

    # -- token paragraphs ---------------------------------------------------------------

    def _highlight_loaded(self) -> None:
        """Highlight a loaded body: its first screenful now, the rest in slices between keys.

        A 20,000-word body took 15 ms at once before the window's first paint, though a
        screen shows a few hundred of its words.
        """
        self.gradual.cancel(self.highlighter)
        block = self.document().firstBlock()
        characters = 0
        while block.isValid() and characters < FIRST_SCREEN_CHARACTERS:
            self.highlighter.rehighlightBlock(block)
            characters += block.length()
            block = block.next()
        if block.isValid():
            # The rest in one go: right after this event in a box on screen, else right
            # after the window's first paint (finish_highlighting), the slices starting
            # only later, for a box no window shows. Highlighted in slices while the
            # writer types, each slice's paragraphs were laid out again (typing right
            # after opening a 20,000-word body took 10 ms a key at the 95th percentile
            # instead of 6), and a slice run at once ran before the first paint.
            shown = self.isVisible()
            self.gradual.queue(self.highlighter, block.blockNumber(), 0 if shown else _REST_MS)
            if shown:
                QTimer.singleShot(0, self.gradual.finish)

    def finish_highlighting(self) -> None:
        """Highlight at once whatever a load left to highlight in slices."""
        self.gradual.finish()

    # -- lines and paragraphs ---------------------------------------------------------
    #
    # The document holds a block per paragraph and a line separator (U+2028) for a single
    # line break inside one (editor.text.body_lines): the blank line Markdown puts between
    # paragraphs is the block boundary, shown as space above the paragraph. Positions in
    # the document therefore differ from offsets in the stored text, and so do chips (one
    # character for a token): stored_offset and shown_position convert (comments are
    # anchored to the stored text).

    def _paragraph_format(self, base: QTextBlockFormat | None = None) -> QTextBlockFormat:
        """Return the format of a new paragraph: space above it, its own direction."""
        block_format = QTextBlockFormat(base) if base is not None else QTextBlockFormat()
        # A suggested paragraph break is the suggestion's own: the next one is not.
        block_format.clearProperty(BREAK_INSERTED)
        block_format.clearProperty(BREAK_DELETED)
        block_format.setTopMargin(round(self.fontMetrics().lineSpacing() * _PARAGRAPH_SPACE))
        # A new paragraph follows its own text (a token paragraph's direction is placed
        # after).
        block_format.setLayoutDirection(Qt.LayoutDirection.LayoutDirectionAuto)
        return block_format

    def _show(self, shown: str) -> None:
        """Put a loaded body in the box, a block per paragraph (its undo history empty)."""
        document = self.document()
        document.setUndoRedoEnabled(False)
        cursor = QTextCursor(document)
        # One edit block: the document tells of one change when it ends, and each paragraph
        # is highlighted once, its chips made.
        cursor.beginEditBlock()
        # Paragraphs are highlighted after: a screenful at once, the rest in slices.
        self.highlighter.held = True
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.removeSelectedText()
        # Every block inserted takes the format of the one it is split from: the
        # paragraph's, given once; the first paragraph has no space above it.
        cursor.setBlockFormat(self._paragraph_format())
        # Each token as a chip, the text between in one piece (blocks and all). A body with
        # more tokens than a writer places (a generated one) shows them as typed: Qt lays
        # 100,000 chips out for seconds after the first paint, and the keys wait.
        self._insert_shown(cursor, shown, chips=shown.count("[[quote:") <= CHIPS_SHOWN)
        first = QTextCursor(document)
        first_format = QTextBlockFormat(first.blockFormat())
        first_format.setTopMargin(0)
        first.setBlockFormat(first_format)
        cursor.endEditBlock()
        self.highlighter.held = False
        self._highlight_loaded()
        document.setUndoRedoEnabled(True)
        document.setModified(False)
        self.setTextCursor(QTextCursor(document))

    def _document_text(self) -> str:
        """Return the Markdown of the document, as it is stored (suggestions included)."""
        raw = self.document().toRawText()
        if OBJECT not in raw:
            return to_stored(raw)
        return self._as_stored(raw, 0, len(raw))

    def _offset_in_stored(self) -> Callable[[int], int]:
        """Return the offset in the stored text of each position in the document: a block
        boundary is two line breaks there, an object the text it stands for."""
        document = self.document()
        end = document.characterCount() - 1
        objects = self._objects_in(0, end)
        places = list(objects)
        # How much longer the stored text is than the document after the first n objects.
        longer = list(accumulate((len(text) - 1 for text in objects.values()), initial=0))

        def offset(position: int) -> int:
            position = max(0, min(position, end))
            # A block's number is how many block boundaries stand before it.
            blocks = document.findBlock(position).blockNumber()
            return position + blocks + longer[bisect_left(places, position)]

        return offset

    def _as_stored_slice(self, raw: str, start: int, end: int) -> str:
        """Return the Markdown of document positions start..end (``raw`` their text)."""
        objects = self._objects_in(start, end)
        if not objects:
            return to_stored(raw)
        pieces: list[str] = []
        last = start
        for at, stands_for in objects.items():
            pieces.append(to_stored(raw[last - start : at - start]))
            pieces.append(stands_for)
            last = at + 1
        pieces.append(to_stored(raw[last - start :]))
        return "".join(pieces)

    def _document_offsets(self) -> Callable[[int], int]:
        """Return the offset in ``_document_text()`` of each position in the document."""
        return self._offset_in_stored()

    def _document_position(self, offset: int) -> int:
        """Return the document position of an offset in ``_document_text()`` (a blank line between
        two paragraphs is the end of the first; the held end is the end of what is shown;
        an offset inside a token is the chip's end)."""
        document = self.document()
        end = document.characterCount() - 1
        offset_of = self._offset_in_stored()
        # The inverse of the one mapping, whatever breaks the document holds where: the
        # last position whose offset is not past the one asked (offsets only grow).
        low, high = 0, end
        while low < high:
            middle = (low + high + 1) // 2
            if offset_of(middle) <= offset:
                low = middle
            else:
                high = middle - 1
        if low < end and document.characterAt(low) == OBJECT and offset_of(low) < offset:
            return low + 1
        return low

    def _insert_break(self, cursor: QTextCursor, count: int) -> None:
        """Insert ``count`` line breaks of the stored text: blank lines make paragraphs."""
        for _pair in range(count // 2):
            cursor.insertBlock(self._paragraph_format(cursor.blockFormat()), QTextCharFormat())
        if count % 2:
            cursor.insertText(LINE_SEPARATOR, QTextCharFormat())

    def _insert_lines(self, cursor: QTextCursor, lines: list[str], breaks: list[int]) -> None:
        """Insert lines at a cursor, in place of its selection (in the caller's edit block)."""
        if cursor.hasSelection():
            cursor.removeSelectedText()
        self._insert_shown(cursor, lines[0])
        for line, count in zip(lines[1:], breaks[1:], strict=True):
            self._insert_break(cursor, count)
            self._insert_shown(cursor, line)

    def _insert_stored(self, cursor: QTextCursor, text: str) -> None:
        """Insert a stored Markdown text at a cursor, each line break as it is."""
        self._insert_lines(cursor, *split_lines(text))

    def insertFromMimeData(self, source: QMimeData) -> None:
        """Paste: a body copied in Newsdesk as it was; text from elsewhere a paragraph a line."""
        if source.hasFormat(MARKDOWN_MIME):
            text = bytes(source.data(MARKDOWN_MIME).data()).decode("utf-8", "replace")
            lines, breaks = split_lines(text)
        elif source.hasText():
            lines, breaks = pasted_lines(source.text())
        else:
            return

        def insert() -> None:
            cursor = self.textCursor()
            # One edit block: what the box adjusts right after (token paragraphs) is undone
            # with the paste in one step.
            cursor.beginEditBlock()
            self._insert_lines(cursor, lines, breaks)
            cursor.endEditBlock()
            self.setTextCursor(cursor)

        self.insert_at_cursor(insert)
        self.ensureCursorVisible()

    def createMimeDataFromSelection(self) -> QMimeData:
        """Copy: the lines as read for other programs, the Markdown as stored for Newsdesk."""
        cursor = self.textCursor()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        raw = self.document().toRawText()
        mime = QMimeData()
        mime.setText(self._as_stored(raw, start, end, plain=True))
        mime.setData(MARKDOWN_MIME, self._as_stored(raw, start, end).encode("utf-8"))
        return mime

    def _line_at(self, cursor: QTextCursor) -> tuple[int, str, int]:
        """Return (start in the block, text, cursor's column) of the line the cursor is in."""
        text = cursor.block().text()
        at = cursor.positionInBlock()
        start, end = line_at(text, at)
        return start, text[start:end], at - start

    def _enter(self, *, line_break: bool) -> None:
        """Enter: a new paragraph (or list item); Shift+Enter: a line break in the paragraph."""
        cursor = self.textCursor()
        cursor.beginEditBlock()
        if cursor.hasSelection():
            cursor.removeSelectedText()
        start, line, at = self._line_at(cursor)
        if line_break:
            # Markdown's hard line break: two spaces end the line before it.
            before = line[:at]
            if not before.endswith(HARD_BREAK):
                cursor.insertText(" " if before.endswith(" ") else HARD_BREAK, QTextCharFormat())
            cursor.insertText(LINE_SEPARATOR, QTextCharFormat())
        else:
            enter = enter_line(line, at)
            if enter.breaks == LINE:
                cursor.insertText(LINE_SEPARATOR, QTextCharFormat())
            elif enter.breaks:
                cursor.insertBlock(self._paragraph_format(cursor.blockFormat()), QTextCharFormat())
            else:
                self._end_block_mark(cursor, start, enter.remove)
            if enter.prefix:
                cursor.insertText(enter.prefix, QTextCharFormat())
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def _end_block_mark(self, cursor: QTextCursor, start: int, length: int) -> None:
        """Remove a list item's or block quote's mark from the line starting at ``start`` of
        the cursor's block: the line becomes a paragraph of its own."""
        block_start = cursor.block().position()
        mark = QTextCursor(self.document())
        mark.setPosition(block_start + start)
        mark.setPosition(block_start + start + length, QTextCursor.MoveMode.KeepAnchor)
        mark.removeSelectedText()
        if start:
            # A line of the paragraph before: the line break before it becomes a blank line.
            mark.setPosition(block_start + start - 1)
            mark.setPosition(block_start + start, QTextCursor.MoveMode.KeepAnchor)
            mark.removeSelectedText()
            mark.insertBlock(self._paragraph_format(mark.blockFormat()), QTextCharFormat())
        cursor.setPosition(mark.position())

    def _backspace_mark(self) -> bool:
        """Backspace right after a list item's or quote's mark removes the mark, as in a
        word processor; False when the cursor is elsewhere."""
        cursor = self.textCursor()
        if cursor.hasSelection():
            return False
        start, line, at = self._line_at(cursor)
        if at == 0:
            return False
        mark = markdown_syntax.LIST_ITEM.match(line) or markdown_syntax.BLOCK_QUOTE.match(line)
        if mark is None or at != mark.end():
            return False
        cursor.beginEditBlock()
        self._end_block_mark(cursor, start, mark.end())
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        return True

    def wanted_direction(self, block: QTextBlock, by_words: bool = True) -> str:
        """A paragraph that is only a quotation token takes the quotation's direction;
        any other the direction of its words (``TextBox``)."""
        quotation_id = _token_id(block)
        if quotation_id is not None:
            return self._token_direction(block, quotation_id)
        return super().wanted_direction(block, by_words)

    def _token_direction(self, block: QTextBlock, quotation_id: str) -> str:
        """Return the direction of a paragraph that is only the token of ``quotation_id``.

        Its own text, "[[quote:ID]]", is Latin and would put it on the left in an Arabic
        body. It takes the forced direction of the box, else that of the quotation's words
        (as the exports do), else that of the paragraph before it (or after it).
        """
        if self.direction() != AUTO:
            return self.direction()
        quotation = self._lookup(quotation_id)
        if quotation is not None and (words := paragraph_direction(quotation.words)):
            return words
        neighbours = (block.previous(), block.next())
        texts = [n.text() for n in neighbours if n.isValid() and _token_id(n) is None]
        return next(filter(None, map(paragraph_direction, texts)), AUTO)

    # -- formatting ---------------------------------------------------------------------

    def press_key(self, event: QKeyEvent) -> None:
        """Handle Ctrl+B, Ctrl+I and Ctrl+K here, so they act on this editor only."""
        if self.history_key(event):
            return  # before any edit block is opened: undo must not happen inside one
        from PySide6.QtGui import QKeySequence  # not at start-up: its enums cost 0.7 ms

        if event.matches(QKeySequence.StandardKey.Bold):
            self.toggle_wrap("**")
            return
        if event.matches(QKeySequence.StandardKey.Italic):
            self.toggle_wrap("*")
            return
        if (
            event.key() == Qt.Key.Key_K
            and event.modifiers() == Qt.KeyboardModifier.ControlModifier
        ):
            self.insert_link()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            selected = self._selected_chip()
            if selected is not None:
                # Enter on a selected chip opens its quotation, as a double-click does.
                self.quotation_requested.emit(selected)
                return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.isReadOnly():
            modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if not modifiers & _COMMAND_KEYS:
                self._enter(line_break=bool(modifiers & Qt.KeyboardModifier.ShiftModifier))
                return
        if (
            event.key() == Qt.Key.Key_Backspace
            and not event.modifiers()
            and not self.isReadOnly()
            and self._backspace_mark()
        ):
            return
        beside = self._beside_block_quotation(event)
        if beside is not None:
            # Words typed right after (or before) a block quotation go into a paragraph of
            # their own, in one undo step with the key: in the quotation's paragraph they
            # made it an inline one, its attribution gone (a writer ending a body with a
            # quotation, then typing on, found it so).
            cursor = self.textCursor()
            cursor.beginEditBlock()
            cursor.insertBlock(self._paragraph_format(cursor.blockFormat()), QTextCharFormat())
            if not beside:
                cursor.movePosition(QTextCursor.MoveOperation.PreviousBlock)
            self.setTextCursor(cursor)
            # The quotation's paragraph placed before the key: the key is then the step's
            # last edit, and the keys typed after it join the same undo step (placed
            # after it, before the quotation undo took "efore" and left "B": a trial).
            number = cursor.blockNumber()
            self._place(max(0, number - 1), number + 1)
            super().press_key(event)
            cursor.endEditBlock()
            return
        typed_token = self._token_typed(event)
        if typed_token is not None:
            # The last key of a token typed by hand: the token becomes a chip, in the same
            # undo step as the key (with the direction its paragraph then takes).
            block = QTextCursor(self.document())
            block.beginEditBlock()
            super().press_key(event)
            cursor = self.textCursor()
            cursor.setPosition(cursor.position() - typed_token[1], QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(OBJECT, chip_format(typed_token[0]))
            self.setTextCursor(cursor)
            self.setCurrentCharFormat(QTextCharFormat())
            number = cursor.blockNumber()
            self._place(max(0, number - 1), number + 1)
            block.endEditBlock()
            return
        if self._makes_or_breaks_token(event):
            # The key and the direction its paragraph takes are one undo step: typed keys
            # are no edit block the later placing could join, and undo would first take
            # back the direction alone, a step that shows nothing.
            block = QTextCursor(self.document())
            block.beginEditBlock()
            super().press_key(event)
            number = self.textCursor().blockNumber()
            self._place(max(0, number - 1), number + 1)
            block.endEditBlock()
            return
        super().press_key(event)

    def _beside_block_quotation(self, event: QKeyEvent) -> bool | None:
        """Whether text typed goes after (True) or before (False) a paragraph that is one
        quotation chip alone, the cursor at its end or its start; None for any other key or
        place."""
        typed = event.text()
        if (
            not typed
            or not typed.isprintable()
            or typed.isspace()  # a space keeps the paragraph a quotation alone
            or event.modifiers() & _COMMAND_KEYS
            or self.isReadOnly()
        ):
            return None
        cursor = self.textCursor()
        block = cursor.block()
        if cursor.hasSelection() or block.length() > _LONGEST_TOKEN_PARAGRAPH:
            return None
        text = block.text()
        if _lone_token(text) != OBJECT:
            return None
        at = cursor.positionInBlock()
        if not text[at:].strip():
            return True
        if not text[:at].strip():
            return False
        return None

    def _selected_chip(self) -> str | None:
        """Return the quotation id of the chip that is the whole selection, else None."""
        cursor = self.textCursor()
        start = cursor.selectionStart()
        if cursor.selectionEnd() - start != 1 or self.document().characterAt(start) != OBJECT:
            return None
        return self.token_at(start)

    def _token_typed(self, event: QKeyEvent) -> tuple[str, int] | None:
        """Return (id, length) of the token a typed "]" completes before the cursor, else
        None."""
        if event.text() != "]" or self.textCursor().hasSelection():
            return None
        cursor = self.textCursor()
        at = cursor.positionInBlock()
        before = cursor.block().text()[max(0, at - _LONGEST_TOKEN) : at] + "]"
        match = _TOKEN_BEFORE.search(before)
        if match is None:
            return None
        return match.group(1), len(match.group())

    def _makes_or_breaks_token(self, event: QKeyEvent) -> bool:
        """Whether a key changes its paragraph from or to a lone quotation token."""
        if not may_edit(event):
            # Ctrl pressed for Ctrl+Z right after a quotation put in as a block made an
            # undo step of its own, and the undo took back half of the insertion.
            return False
        cursor = self.textCursor()
        # A long paragraph is no lone token, nor one key away from one: not copied per key
        # (a paragraph may hold 100,000 words). A token of a longer id is still placed.
        if cursor.hasSelection() or cursor.block().length() > _LONGEST_TOKEN_PARAGRAPH:
            return False
        text = cursor.block().text()
        if _lone_token(text) is not None:
            return True
        at = cursor.positionInBlock()
        typed = event.text()
        if typed and typed.isprintable() and not event.modifiers() & _COMMAND_KEYS:
            after = text[:at] + typed + text[at:]
        elif event.key() == Qt.Key.Key_Backspace and at > 0:
            after = text[: at - 1] + text[at:]
        elif event.key() == Qt.Key.Key_Delete and at < len(text):
            after = text[:at] + text[at + 1 :]
        else:
            return False
        return _lone_token(after) is not None

    def toggle_wrap(self, marker: str) -> None:
        """Wrap the selection in a Markdown marker, or unwrap it when it is wrapped already."""
        cursor = self.textCursor()
        width = len(marker)
        cursor.beginEditBlock()
        if not cursor.hasSelection():
            position = cursor.position()
            pair = self._pair_closing_at(marker, position) or self._empty_pair_at(marker, position)
            if pair is not None:
                start = pair[1].position()
                if start + width == position:
                    # On, then off at once: nothing typed between, no marks left behind.
                    cursor.setPosition(start)
                    cursor.setPosition(position + width, QTextCursor.MoveMode.KeepAnchor)
                    cursor.removeSelectedText()
                else:
                    cursor.setPosition(position + width)
            else:
                cursor.insertText(marker * 2)
                cursor.setPosition(position + width)
                opening, closing = QTextCursor(self.document()), QTextCursor(self.document())
                opening.setPosition(position)
                opening.setKeepPositionOnInsert(True)
                # Pushed on by each key typed at it: it stays where the closing mark starts.
                closing.setPosition(position + width)
                self._open_pairs = [*self._open_pairs[-7:], (marker, opening, closing)]
            cursor.endEditBlock()
            self.setTextCursor(cursor)
            return
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        selected = cursor.selectedText()
        block = self.document().findBlock(start)
        text, offset = block.text(), start - block.position()
        inside = len(selected) >= 2 * width and selected[:width] == selected[-width:] == marker
        around = (
            text[max(0, offset - width) : offset] == marker
            and text[offset + len(selected) : offset + len(selected) + width] == marker
        )
        if inside:
            inner = selected[width:-width]
            cursor.insertText(inner)
            start, end = start, start + len(inner)
        elif around:
            cursor.setPosition(start - width)
            cursor.setPosition(end + width, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(selected)
            start, end = start - width, end - width
        else:
            cursor.insertText(f"{marker}{selected}{marker}")
            start, end = start + width, end + width
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.endEditBlock()
        self.setTextCursor(cursor)

    def _pair_closing_at(
        self, marker: str, position: int
    ) -> tuple[str, QTextCursor, QTextCursor] | None:
        """Return (and forget) the open pair of ``marker`` whose closing mark starts at
        ``position``, still as put in (an undo or an edit may have taken it away)."""
        width = len(marker)
        for pair in reversed(self._open_pairs):
            kind, opening, closing = pair
            start = opening.position()
            if kind != marker or closing.position() != position or start + width > position:
                continue
            self._open_pairs.remove(pair)
            if self._text_at(start, width) == marker and self._text_at(position, width) == marker:
                return pair
            return None
        return None

    def _empty_pair_at(
        self, marker: str, position: int
    ) -> tuple[str, QTextCursor, QTextCursor] | None:
        """Return the pair of ``marker`` around ``position`` with nothing between ("**|**",
        left so by an undo of the words typed in it), else None: the key again takes it."""
        block = self.document().findBlock(position)
        text, at = block.text(), position - block.position()
        width = len(marker)
        before, after = text[:at], text[at:]
        if not (before.endswith(marker) and after.startswith(marker)):
            return None
        # Exactly the marker on each side: "***|***" is no empty pair of "**".
        if before[: len(before) - width].endswith("*") or after[width:].startswith("*"):
            return None
        opening, closing = QTextCursor(self.document()), QTextCursor(self.document())
        opening.setPosition(position - width)
        closing.setPosition(position)
        return (marker, opening, closing)

    def _text_at(self, position: int, length: int) -> str:
        cursor = QTextCursor(self.document())
        cursor.setPosition(position)
        cursor.setPosition(
            min(position + length, self.document().characterCount() - 1),
            QTextCursor.MoveMode.KeepAnchor,
        )
        return cursor.selectedText()

    def insert_link(self) -> bool:
        """Make the selection a link, or put a new one at the cursor: the address (and,
        with nothing selected, the words) asked for as a word processor asks. False when
        no link was made (refused, or the dialog cancelled).

        A link is words of one paragraph, without a quotation: a selection across
        paragraphs is refused with a note at the cursor (its brackets went into two
        paragraphs as text, "[etüdü." and "Ça](https://…)", and the quotation between
        them was dropped from its words: a trial).

        The brackets go around the selected words, which stay as they are: in suggesting
        mode the link is two suggested insertions, not the words struck and typed again.
        With nothing selected, ``[words](address)`` is one insertion. Before, Ctrl+K with
        nothing selected put "[](https://)" in the text, and Tab then left the box (a trial).
        """
        from editor.ui.form.link_dialog import ask_link  # not at start-up

        cursor = self.textCursor()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        selected = cursor.selectedText()
        if "\u2029" in selected or "\ufffc" in selected:
            from PySide6.QtWidgets import QToolTip

            note = self.tr("A link is made of words in one paragraph, without a quotation.")
            QToolTip.showText(self.mapToGlobal(self.cursorRect().bottomLeft()), note, self)
            return False
        answer = ask_link(self, " ".join(selected.split()))
        if answer is None:
            return False
        words, address = answer
        whole = QTextCursor(self.document())
        whole.beginEditBlock()
        if end > start:
            for at, text in ((end, f"]({address})"), (start, "[")):
                place = QTextCursor(self.document())
                place.setPosition(at)
                self.setTextCursor(place)
                self.insert_at_cursor(partial(self._insert_plain, text))
            after = end + 4 + len(address)  # "[", the words, "](", the address, ")"
        else:
            self.insert_at_cursor(partial(self._insert_plain, f"[{words}]({address})"))
            after = self.textCursor().position()
        whole.endEditBlock()
        cursor = self.textCursor()
        cursor.setPosition(after)
        self.setTextCursor(cursor)
        return True

    def _insert_plain(self, text: str) -> None:
        self.textCursor().insertText(text)

    def insert_quotation(self, quotation_id: str) -> None:
        """Put the quotation's token at the cursor: right after a paragraph's last
        sentence in a paragraph of its own (a block quotation), elsewhere set off by spaces
        (in the words, in the language's quotation marks).

        At a sentence's end the token went on the sentence's line and the export read
        "unavoidable.“We have no choice…”", where the editor's chip, too long for the line,
        showed it on a line of its own (seen on Xvfb).
        """

        def insert() -> None:
            cursor = self.textCursor()
            cursor.clearSelection()
            line = cursor.block().text()
            at = cursor.positionInBlock()
            before, after = line[:at], line[at:]
            plain = QTextCharFormat()
            # An edit block: the token paragraph's direction, placed right after, joins it
            # (one undo step for both).
            cursor.beginEditBlock()
            if before[-1:] in SENTENCE_ENDS and not after.strip():
                # Right after a paragraph's last sentence: a block quotation below it.
                cursor.insertBlock(self._paragraph_format(cursor.blockFormat()), plain)
            elif before and not before[-1].isspace() and before[-1] not in OPENING:
                cursor.insertText(" ", plain)
            cursor.insertText(OBJECT, chip_format(quotation_id))
            if after and not after[0].isspace() and after[0] not in CLOSING:
                cursor.insertText(" ", plain)
            cursor.endEditBlock()
            cursor.setCharFormat(plain)
            self.setTextCursor(cursor)

        self.insert_at_cursor(insert)
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_first_paragraph(self) -> QTextCursor:
        """Return a cursor in an empty first paragraph, made above the text (one undo step)
        unless the first paragraph is empty already."""
        cursor = QTextCursor(self.document())
        if cursor.block().length() > 1 and not self.isReadOnly():
            cursor.beginEditBlock()
            cursor.insertBlock(self._paragraph_format(cursor.blockFormat()), QTextCharFormat())
            cursor.endEditBlock()
            cursor.movePosition(QTextCursor.MoveOperation.PreviousBlock)
        return cursor

    def insert_image(self, name: str, alt: str) -> None:
        """Put an image of ``assets/`` in a paragraph of its own at the cursor (one undo step).

        Alone in its paragraph, an image is a figure in every export, its alt text the
        caption; the paragraph the cursor is in keeps its text.
        """
        cursor = self.textCursor()
        cursor.clearSelection()
        if cursor.block().length() > 1:
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        self.setTextCursor(cursor)  # the insertion starts here, in every mode

        def insert() -> None:
            at = self.textCursor()
            at.beginEditBlock()
            if at.block().length() > 1:
                at.insertBlock(self._paragraph_format(at.blockFormat()), QTextCharFormat())
            at.insertText(f"![{alt}](assets/{name})", QTextCharFormat())
            at.endEditBlock()
            self.setTextCursor(at)

        self.insert_at_cursor(insert)
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def token_at(self, position: int) -> str | None:
        """Return the quotation id whose token covers a document position, or None."""
        document = self.document()
        for at in (position, position - 1):
            if 0 <= at < document.characterCount() and document.characterAt(at) == OBJECT:
                cursor = QTextCursor(document)
                cursor.setPosition(at + 1)
                found = chip_id(cursor.charFormat())
                if found is not None:
                    return found
        block = document.findBlock(position)
        offset = position - block.position()
        for match in QUOTE_TOKEN.finditer(block.text()):
            if match.start() <= offset <= match.end():
                return match.group(1)
        return None

    def select_next_token(self, quotation_id: str, after: int = -1) -> bool:
        """Select the next token of a quotation after a position; False when there is none."""
        document = self.document()
        found = document.find(OBJECT, max(after, 0))
        while not found.isNull():
            if chip_id(found.charFormat()) == quotation_id:
                self.setTextCursor(found)
                self.ensureCursorVisible()
                return True
            found = document.find(OBJECT, found.position())
        return False

    # -- tooltips -----------------------------------------------------------------------

    def viewportEvent(self, event: QEvent) -> bool:
        """Show a quotation's words when the pointer rests on its token."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            cursor = self.cursorForPosition(event.pos())
            quotation_id = self.token_at(cursor.position())
            if quotation_id is not None:
                QToolTip.showText(event.globalPos(), self.token_tooltip(quotation_id), self)
                return True
            QToolTip.hideText()
        return super().viewportEvent(event)

    def token_tooltip(self, quotation_id: str) -> str:
        """Return the tooltip of a token: the speaker and the quotation's words."""
        quotation = self._lookup(quotation_id)
        if quotation is None:
            return self.tr("Quotation “{0}” is not in the quotation bank.").format(quotation_id)
        speaker = quotation.speaker or self.tr("unknown speaker")
        lines = [f"{speaker}: {self.chips.inline_text(quotation_id)}"]
        if quotation.role:
            lines.append(self.tr("Role: {0}").format(quotation.role))
        if quotation.date:
            lines.append(self.tr("Date: {0}").format(quotation.date))
        source = " ".join(filter(None, (quotation.source_name, quotation.source_url)))
        if source:
            lines.append(self.tr("Source: {0}").format(source))
        lines.append(self.tr("Verified") if quotation.verified else self.tr("Not verified"))
        lines.append(self.tr("Double-click to edit it."))
        return "\n".join(lines)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """Double-click on a chip edits its quotation (in its dialog, over the text)."""
        position = self.cursorForPosition(event.position().toPoint()).position()
        quotation_id = self.token_at(position)
        if quotation_id is not None:
            self.quotation_requested.emit(quotation_id)
            return
        super().mouseDoubleClickEvent(event)
