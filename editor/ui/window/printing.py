"""File › Print: the article as the PDF export lays it out, on a printer the writer chooses.

Qt's print support (QtPrintSupport) is imported here, when the writer first prints, never
when the window is built: the editor's start-up time is measured and it needs none of it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QWidget

    from editor.model import Article
    from editor.render.styles import HouseStyle


def new_printer(style: HouseStyle, title: str) -> QPrinter:
    """Return a printer set to the house style's page, for the print dialog to start from."""
    from PySide6.QtPrintSupport import QPrinter

    from editor.render.pdf import set_up_page

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    set_up_page(style, printer)
    printer.setDocName(title)
    printer.setCreator("Newsdesk")
    return printer


def print_article(article: Article, style: HouseStyle, printer: QPrinter) -> None:
    """Print an article on a printer (or into its PDF file) through the PDF writer's layout.

    Unknown quotations are printed marked, as the preview shows them: printing a draft is
    not an export, and the writer may want it on paper to find them.
    """
    from editor.render.build import build_document
    from editor.render.pdf import paint

    paint(build_document(article, style), style, printer)


def ask_and_print(article: Article, style: HouseStyle, parent: QWidget) -> bool:
    """Show the print dialog and print the article where the writer says; True if printed."""
    from PySide6.QtPrintSupport import QPrintDialog

    printer = new_printer(style, article.headline)
    dialog = QPrintDialog(printer, parent)  # its title and buttons: Qt's translations
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    print_article(article, style, printer)
    return True
