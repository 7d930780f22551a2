"""File › Print: the article through the PDF writer's layout, on a printer or into a PDF file."""

from __future__ import annotations

import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog
from ui_articles import english_article

from editor.ui.dialogs.shortcuts_dialog import menu_shortcuts, plain_text

ARABIC = "أعلنت وزارة التعليم العالي منح تراخيص جديدة"

needs_pdftotext = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed"
)


def _article():
    article = english_article()
    article.sections[1].body += "\n\n" + ARABIC
    return article


def _words(path: Path) -> list[str]:
    """Return the words pdftotext reads from a PDF, as letters (shaped forms undone)."""
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    ).stdout.decode("utf-8")
    # pdftotext wraps right-to-left lines in embedding marks (U+202B … U+202C): not letters.
    letters = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    return unicodedata.normalize("NFKC", letters).split()


def _holds_paragraph(found: list[str], paragraph: str) -> bool:
    # Right-to-left words may come back in display order: either way round counts.
    words = {word.strip(".,;:?") for word in found}
    words |= {word[::-1] for word in words}
    return all(word.strip(".,;:?") in words for word in paragraph.split())


def test_print_is_ctrl_p_in_the_file_menu_and_in_the_list_of_keys(qtbot, workspace) -> None:
    window = workspace.add_window(english_article())
    assert window.print_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    assert window.print_action.shortcut().toString() == "Ctrl+P"
    file_menu = window.menuBar().actions()[0].menu()
    assert window.print_action in file_menu.actions()
    assert ("File", "Print…", "Ctrl+P") in menu_shortcuts(window.menuBar())
    assert plain_text(window.print_action) == "Print…"


def test_building_the_window_does_not_load_qt_print_support() -> None:
    # Start-up time is measured: the print support loads when the writer first prints.
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication(['t', '-platform', 'offscreen'])\n"
        "import editor.ui.window.main_window\n"
        "print('PySide6.QtPrintSupport' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr


@needs_pdftotext
def test_printing_into_a_pdf_file_gives_headline_body_and_arabic(
    qtbot, workspace, tmp_path, monkeypatch
) -> None:
    from PySide6.QtGui import QPageLayout, QPageSize
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    window = workspace.add_window(_article())
    target = tmp_path / "printed.pdf"
    asked = []

    def choose_pdf_file(dialog: QPrintDialog) -> int:
        # The writer picks "Print to file (PDF)" in the dialog and presses Print.
        layout = dialog.printer().pageLayout()
        size = layout.pageSize().size(QPageSize.Unit.Millimeter)
        margins = layout.margins(QPageLayout.Unit.Millimeter)
        sides = (margins.left(), margins.top(), margins.right(), margins.bottom())
        asked.append([round(value, 1) for value in (size.width(), size.height(), *sides)])
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(target))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", choose_pdf_file)
    window.print_action.trigger()
    assert asked, "no print dialog was shown"
    # The dialog opens on the house style's page and margins.
    page = window.house_style().page
    sides = (page.margin_left, page.margin_top, page.margin_right, page.margin_bottom)
    assert asked == [[round(value, 1) for value in (page.width_mm, page.height_mm, *sides)]]
    found = _words(target)
    article = window.article()
    assert _holds_paragraph(found, article.headline)
    for paragraph in (
        "The transport ministry of Northland announced on 4 October",
        "The announcement was welcomed by exporters",
    ):
        assert _holds_paragraph(found, paragraph), paragraph
    assert _holds_paragraph(found, ARABIC), found[-20:]
    # The same text as the PDF export (Typst's layout; printing keeps Qt's): the export
    # adds the page numbers; both set the metadata on one line, its entries between dots.
    from editor.render.build import build_document
    from editor.render.formats import render_bytes

    style = window.house_style()
    exported = tmp_path / "exported.pdf"
    exported.write_bytes(render_bytes(build_document(article, style), style, "pdf"))
    assert _words(exported)[:-1] == found


@needs_pdftotext
def test_a_cancelled_print_dialog_prints_nothing(qtbot, workspace, tmp_path, monkeypatch) -> None:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    window = workspace.add_window(_article())
    target = tmp_path / "never.pdf"

    def cancel(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(target))
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(QPrintDialog, "exec", cancel)
    window.print_action.trigger()
    assert not target.exists()
