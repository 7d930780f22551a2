"""Squiggly underlines under misspelled words, one paragraph (block) at a time.

``SpellHighlight`` is the composable hook: any QSyntaxHighlighter calls
``spell.format_block(self, text)`` at the end of its ``highlightBlock`` and the misspelled
words of that block get a spell-check underline on top of whatever formats the
highlighter already set (bold, link colour…); the Markdown highlighter has a ``spell``
attribute for it. ``SpellHighlighter`` is a highlighter for plain text boxes (headline,
standfirst, opening line) that does only that.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextBlock, QTextCharFormat, QTextDocument

from editor.text.spelling import LONG_LINE, Misspelling, SpellChecker
from editor.ui.form.suggestion_marks import DELETED, SUGGESTION_KIND

Languages = Callable[[], Sequence[str]]
Names = Callable[[], frozenset[str]]

UNDERLINE_COLOR = QColor("#d0312d")
# A misspelled "word" longer than this (a pasted run of letters) is underlined in one
# format, the one at its start: character by character, a 10,000-letter run took 35 ms on
# every key typed in its paragraph.
_LONG_WORD = 256


def _no_names() -> frozenset[str]:
    return frozenset()


class SpellHighlight:
    """Finds and underlines the misspelled words of a block for one text box.

    ``languages()`` returns the languages to prefer (the article's, then the opening
    line's); ``names()`` the words never checked (byline and speakers' names).
    """

    def __init__(
        self,
        checker: SpellChecker,
        languages: Languages,
        names: Names | None = None,
    ) -> None:
        self.checker = checker
        self.languages = languages
        self.names = names or _no_names
        self.enabled = True
        # The last long block checked, with what its answers depended on and the answers:
        # typing in it checks only the words around the key again (a block is highlighted
        # again whole on every key; a pasted text may be one block of 100,000 words).
        self._long: tuple[str, tuple[object, ...], list[Misspelling]] | None = None

    def misspellings(self, text: str) -> list[Misspelling]:
        """Return the misspelled words of one block's text (none when switched off)."""
        if not self.enabled or not text.strip():
            return []
        languages, names = tuple(self.languages()), self.names()
        if len(text) < LONG_LINE:
            return self.checker.check_line(text, languages, names)
        depends = (languages, names, self.checker.revision())
        if self._long is not None and self._long[1] == depends:
            found = self.checker.check_line_again(
                self._long[0], self._long[2], text, languages, names
            )
        else:
            found = self.checker.check_line(text, languages, names)
        self._long = (text, depends, found)
        return found

    def misspelling_at(self, text: str, offset: int) -> Misspelling | None:
        """Return the misspelled word covering an offset of a block's text, or None."""
        for miss in self.misspellings(text):
            if miss.start <= offset <= miss.end:
                return miss
        return None

    def format_block(self, highlighter: QSyntaxHighlighter, text: str) -> None:
        """Add the spell-check underline to each misspelled word of the block being highlighted.

        Words suggested for deletion are not checked: they are not in the text a reader
        will read, and struck beside the words suggested in their place they were checked
        as one word ("четвергсреду", underlined: a trial).
        """
        text = without_deleted(highlighter.currentBlock(), text)
        for miss in self.misspellings(text):
            if miss.end - miss.start > _LONG_WORD:
                char_format = QTextCharFormat(highlighter.format(miss.start))
                char_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
                char_format.setUnderlineColor(UNDERLINE_COLOR)
                highlighter.setFormat(miss.start, miss.end - miss.start, char_format)
                continue
            # Character by character, so a word that is half bold keeps both halves' formats.
            for offset in range(miss.start, miss.end):
                char_format = QTextCharFormat(highlighter.format(offset))
                char_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
                char_format.setUnderlineColor(UNDERLINE_COLOR)
                highlighter.setFormat(offset, 1, char_format)


def without_deleted(block: QTextBlock, text: str) -> str:
    """Return a block's text with the words suggested for deletion as spaces (the same
    length: a place in it is the place in the block)."""
    if not block.isValid():
        return text
    start = block.position()
    pieces: list[str] = []
    done = 0
    fragments = block.begin()
    while not fragments.atEnd():
        fragment = fragments.fragment()
        if fragment.charFormat().property(SUGGESTION_KIND) == DELETED:
            first = fragment.position() - start
            last = min(first + fragment.length(), len(text))
            pieces += [text[done:first], " " * (last - first)]
            done = last
        fragments += 1
    if not pieces:
        return text
    pieces.append(text[done:])
    return "".join(pieces)


class SpellHighlighter(QSyntaxHighlighter):
    """A highlighter that only underlines misspelled words (for plain text boxes)."""

    def __init__(self, document: QTextDocument, spell: SpellHighlight) -> None:
        super().__init__(document)
        self.spell: SpellHighlight | None = spell

    def highlightBlock(self, text: str) -> None:
        """Underline the misspelled words of one block."""
        if self.spell is not None:
            self.spell.format_block(self, text)
