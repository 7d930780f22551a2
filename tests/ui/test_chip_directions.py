"""Quotations shown as chips, and in the bank's table, read in their own direction.

An English quotation in the Arabic interface reads left to right from the left, its full
stop after its last word; an Arabic one in the English interface reads right to left from
the right, its full stop at the left end, its attribution upright (Arabic has no italics);
a shortened quotation ends, at the end of a word, with "…" at its own end; the text written
against a chip stays on the chip's line.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication

from editor.model import Quotation
from editor.ui.form.chips import OBJECT
from editor.ui.form.markdown_editor import MarkdownEditor
from editor.ui.form.quotations_pane import WORDS, QuotationsPane

LTR, RTL = Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft
ENGLISH = "We will not open a bridge that is not safe"
ARABIC = "الأعمال ستنتهي في نهاية أيار"
ARABIC_BY = "قال مدير المشروع ماجد السالم"
LONG_ARABIC = "الخزانات الجديدة لن تنفع إذا بقيت الشبكة القديمة تعمل نصف الوقت"


@pytest.fixture(autouse=True)
def _interface_direction_restored(qapp: QApplication) -> Iterator[None]:
    """The tests set the interface's direction as its language does: put back after."""
    yield
    qapp.setLayoutDirection(LTR)


def _interface(direction: Qt.LayoutDirection) -> None:
    """Lay the interface out as in Arabic (right to left) or English, as the app does."""
    QApplication.setLayoutDirection(direction)


def _quotation(quotation_id: str, words: str, **fields: str) -> Quotation:
    return Quotation(id=quotation_id, words=words, **fields)


BANK = {
    quotation.id: quotation
    for quotation in (
        _quotation("en.", f"{ENGLISH}.", speaker="Mara Lind", role="Transport commissioner"),
        _quotation("en", ENGLISH, speaker="Mara Lind", role="Transport commissioner"),
        _quotation("ar.", f"{ARABIC}.", attribution=ARABIC_BY),
        _quotation("ar", ARABIC, attribution=ARABIC_BY),
        _quotation("ar-by.", ARABIC, attribution=f"{ARABIC_BY}."),
        _quotation("ar-by", ARABIC, attribution=ARABIC_BY),
        _quotation("long", LONG_ARABIC, speaker="سليم النجار"),
        _quotation("short", "We start with the far districts", speaker="Rana Haddad"),
        _quotation("digits", "2026", language="ar"),
    )
}


def _editor(
    qtbot, text: str, interface: Qt.LayoutDirection, language: str = "en", width: int = 600
) -> MarkdownEditor:
    _interface(interface)
    editor = MarkdownEditor(lookup=BANK.get)
    qtbot.addWidget(editor)
    editor.setCursorWidth(0)  # a blinking cursor would tell two pictures apart
    editor.resize(width, 300)
    editor.set_language(language)
    editor.set_text(text)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def _inked(colour: QColor) -> bool:
    # Text (black, or the attribution's grey), not the blue bar or the chip's tint.
    spread = max(colour.red(), colour.green(), colour.blue()) - min(
        colour.red(), colour.green(), colour.blue()
    )
    return colour.lightness() < 200 and spread < 40


def _inked_columns(image: QImage, rows: range, columns: range | None = None) -> list[int]:
    """Return the columns with text ink in these rows."""
    return [
        x
        for x in columns or range(image.width())
        if any(_inked(image.pixelColor(x, y)) for y in rows)
    ]


def _changed_columns(first: QImage, second: QImage, rows: range) -> list[int]:
    return [
        x
        for x in range(min(first.width(), second.width()))
        if any(first.pixelColor(x, y) != second.pixelColor(x, y) for y in rows)
    ]


def _block_lines(editor: MarkdownEditor) -> tuple[range, range]:
    """Return the rows of a block chip's words and of its attribution, in the viewport."""
    document = editor.document()
    rect = document.documentLayout().blockBoundingRect(document.firstBlock()).toRect()
    line = editor.fontMetrics().lineSpacing()
    words = range(rect.top() + 3, rect.top() + 3 + line)
    return words, range(words.stop + 2, rect.bottom())


def _where_a_full_stop_falls(
    qtbot, with_stop: str, without: str, interface: Qt.LayoutDirection, line: int
) -> tuple[list[int], list[int]]:
    """Return the columns of a block chip's line (0: words, 1: attribution) that its full
    stop changes, and the columns inked on that line."""
    images = []
    rows = range(0)
    for quotation_id in (with_stop, without):
        editor = _editor(qtbot, f"[[quote:{quotation_id}]]", interface)
        rows = _block_lines(editor)[line]
        images.append(editor.viewport().grab().toImage())
    inked = _inked_columns(images[0], rows)
    return _changed_columns(images[0], images[1], rows), inked


def test_an_english_block_quotation_in_the_arabic_interface_reads_from_the_left(qtbot) -> None:
    changed, inked = _where_a_full_stop_falls(qtbot, "en.", "en", RTL, 0)
    assert changed and inked
    middle = (inked[0] + inked[-1]) / 2
    # The words start at the left of the box and the full stop comes after the last word,
    # at the right: only the right end of the line changes.
    assert min(changed) > middle
    assert inked[0] < 100


def test_an_english_attribution_in_the_arabic_interface_starts_with_its_dash(qtbot) -> None:
    editor = _editor(qtbot, "[[quote:en.]]", RTL)
    words_rows, rows = _block_lines(editor)
    image = editor.viewport().grab().toImage()
    inked = _inked_columns(image, rows)
    # "— Mara Lind, Transport commissioner" from the left, as the words above it.
    words = _inked_columns(image, words_rows)
    assert abs(inked[0] - words[0]) <= 3
    assert inked[-1] < image.width() - 150


def test_an_arabic_block_quotation_in_the_english_interface_ends_at_the_left(qtbot) -> None:
    changed, inked = _where_a_full_stop_falls(qtbot, "ar.", "ar", LTR, 0)
    assert changed and inked
    # Right to left from the right of the box: the full stop after the last word is at
    # the left end, and the words do not move for it.
    assert max(changed) < (inked[0] + inked[-1]) / 2
    assert inked[-1] > 400


def test_an_arabic_attribution_ends_with_its_full_stop_at_the_left(qtbot) -> None:
    changed, inked = _where_a_full_stop_falls(qtbot, "ar-by.", "ar-by", LTR, 1)
    assert changed and inked
    assert max(changed) < (inked[0] + inked[-1]) / 2
    assert inked[-1] > 400


class _Recorder(QPainter):
    """A painter that notes each text drawn, with its font and layout options."""

    def __init__(self, image: QImage) -> None:
        super().__init__(image)
        self.texts: list[tuple[str, QFont, QTextOption | None]] = []

    def drawText(self, *args) -> None:
        text = next(arg for arg in args if isinstance(arg, str))
        option = next((arg for arg in args if isinstance(arg, QTextOption)), None)
        self.texts.append((text, QFont(self.font()), option))
        super().drawText(*args)


def _drawn(editor: MarkdownEditor, position: int, interface: Qt.LayoutDirection) -> _Recorder:
    """Draw the chip at ``position`` as the editor does, noting what the painter is given."""
    document = editor.document()
    cursor = editor.textCursor()
    cursor.setPosition(position + 1)
    image = QImage(800, 400, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = _Recorder(image)
    painter.setLayoutDirection(interface)
    size = editor.chips.intrinsicSize(document, position, cursor.charFormat())
    rect = QRectF(0, 0, size.width(), size.height())
    editor.chips.drawObject(painter, rect, document, position, cursor.charFormat())
    painter.end()
    return painter


def test_an_arabic_attribution_is_not_slanted_an_english_one_is(qtbot) -> None:
    arabic = _editor(qtbot, "[[quote:ar-by.]]", LTR)
    drawn = {text: font for text, font, _option in _drawn(arabic, 0, LTR).texts}
    assert drawn[f"{ARABIC_BY}."].italic() is False
    english = _editor(qtbot, "[[quote:en.]]", RTL)
    drawn = {text: font for text, font, _option in _drawn(english, 0, RTL).texts}
    assert drawn["— Mara Lind, Transport commissioner"].italic() is True


def test_a_quotation_of_digits_takes_its_languages_direction(qtbot) -> None:
    editor = _editor(qtbot, "[[quote:digits]]", LTR)
    options = [option for text, _font, option in _drawn(editor, 0, LTR).texts if text == "2026"]
    assert options and options[0] is not None
    assert options[0].textDirection() == RTL


def _visual_x(text: str, option: QTextOption, index: int, font: QFont) -> float:
    """Return where the character at ``index`` of ``text`` stands, laid out as drawn."""
    layout = QTextLayout(text, font)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(10_000)
    layout.endLayout()
    return line.cursorToX(index)[0]


def test_a_shortened_arabic_quotation_ends_with_the_ellipsis_after_a_whole_word(qtbot) -> None:
    text = "ويرى المهندس المتقاعد سليم النجار أن [[quote:long]]."
    editor = _editor(qtbot, text, LTR, language="ar", width=420)
    position = editor.toPlainText().index(OBJECT)
    drawn = _drawn(editor, position, LTR).texts
    shown, font, option = drawn[-1]
    assert shown.startswith("«") and shown.endswith("…»")
    kept = shown[1:-2]
    # Whole words, fewer than all.
    assert LONG_ARABIC.startswith(kept) and LONG_ARABIC[len(kept)] == " "
    # Laid out right to left: the ellipsis is left of the first word, at the words' end.
    assert option is not None and option.textDirection() == RTL
    ellipsis = shown.index("…")
    assert _visual_x(shown, option, ellipsis, font) < _visual_x(shown, option, 1, font)


def _lines_of(editor: MarkdownEditor) -> list[str]:
    block = editor.document().firstBlock()
    layout = block.layout()
    text = block.text()
    return [
        text[line.textStart() : line.textStart() + line.textLength()]
        for line in (layout.lineAt(n) for n in range(layout.lineCount()))
    ]


def _chip_keeps_its_full_stop(
    qtbot, text: str, widths: range, interface: Qt.LayoutDirection, language: str
) -> list[int]:
    """Return the widths at which the full stop after a chip went to a line of its own."""
    editor = _editor(qtbot, text, interface, language=language, width=widths[0])
    alone = []
    for width in widths:
        editor.resize(width, 300)
        # Drawn as on screen (twice at most: a chip that ends its line is narrowed once).
        for _round in range(2):
            editor.viewport().grab()
            QApplication.processEvents()
            stranded = any(line.startswith(".") for line in _lines_of(editor)[1:])
            if not stranded:
                break
        if stranded:
            alone.append(width)
    return alone


def test_the_full_stop_after_a_chip_stays_on_the_chips_line(qtbot) -> None:
    text = "As the mayor told the council on Monday, [[quote:short]]. Then she left."
    assert _chip_keeps_its_full_stop(qtbot, text, range(300, 900), LTR, "en") == []


def test_the_full_stop_after_an_arabic_chip_stays_on_its_line(qtbot) -> None:
    text = "ويرى المهندس المتقاعد سليم النجار أن [[quote:long]]."
    assert _chip_keeps_its_full_stop(qtbot, text, range(300, 900), LTR, "ar") == []


def test_a_narrowed_chip_keeps_its_room_through_edits_before_it(qtbot) -> None:
    text = "ويرى المهندس المتقاعد سليم النجار أن [[quote:long]]."
    editor = _editor(qtbot, text, LTR, language="ar", width=300)
    for width in range(300, 900):
        editor.resize(width, 300)
        editor.viewport().grab()
        QApplication.processEvents()
        if editor.chips._tight:
            break
    chip = editor.toPlainText().index(OBJECT)
    assert list(editor.chips._tight) == [chip]
    cursor = editor.textCursor()
    cursor.setPosition(0)
    cursor.insertText("و")
    assert list(editor.chips._tight) == [chip + 1]
    cursor.setPosition(chip + 1)
    cursor.setPosition(chip + 2, cursor.MoveMode.KeepAnchor)
    cursor.removeSelectedText()  # the chip itself
    assert editor.chips._tight == {}


def _pane(qtbot, quotations: list[Quotation], interface: Qt.LayoutDirection) -> QuotationsPane:
    _interface(interface)
    pane = QuotationsPane()
    qtbot.addWidget(pane)
    pane.resize(700, 400)
    pane.set_quotations(quotations)
    pane.show()
    qtbot.waitExposed(pane)
    qtbot.wait(20)  # the rows are fitted to their words
    return pane


def _words_cell(qtbot, words: str, interface: Qt.LayoutDirection) -> tuple[QImage, QRect]:
    pane = _pane(qtbot, [Quotation(id="q", words=words, speaker="x")], interface)
    cell = pane.table.visualRect(pane.model.index(0, WORDS))
    return pane.table.viewport().grab().toImage(), cell


def _cell_change(
    qtbot, with_stop: str, without: str, interface: Qt.LayoutDirection
) -> tuple[list[int], list[int], QRect]:
    first, cell = _words_cell(qtbot, with_stop, interface)
    second, _cell = _words_cell(qtbot, without, interface)
    rows = range(cell.top() + 1, cell.bottom())
    columns = range(cell.left() + 1, cell.right())
    changed = [x for x in _changed_columns(first, second, rows) if x in columns]
    inked = _inked_columns(first, rows, columns)
    return changed, inked, cell


def test_the_banks_table_shows_an_english_quotation_from_the_left_in_arabic(qtbot) -> None:
    changed, inked, cell = _cell_change(qtbot, "We will not open it.", "We will not open it", RTL)
    assert changed and inked
    assert min(changed) > (inked[0] + inked[-1]) / 2
    assert inked[0] - cell.left() < 12  # from the cell's left edge


def test_the_banks_table_shows_an_arabic_quotation_from_the_right_in_english(qtbot) -> None:
    changed, inked, cell = _cell_change(qtbot, f"{ARABIC}.", ARABIC, LTR)
    assert changed and inked
    assert max(changed) < (inked[0] + inked[-1]) / 2
    assert cell.right() - inked[-1] < 12
