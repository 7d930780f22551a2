"""Quotations made and edited from the text: the writer stays where they are writing.

Insert quotation with an empty bank only said "Add a quotation first"; Insert › New
quotation… from the text added to the bank but put nothing in the text; the new
quotation's dialog said "q-1" and the bank then listed "lind-1"; a double-click on a chip
scrolled the page down to the bank (all seen on Xvfb).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog, QPushButton
from ui_articles import english_article, type_into

from editor.model import Article
from editor.ui.form.chips import OBJECT
from editor.ui.form.markdown_editor import MarkdownEditor
from editor.ui.form.quotation_dialog import QuotationDialog
from editor.ui.window.main_window import MainWindow
from editor.ui.window.workspace import Workspace

HINT = "The new quotation goes into the bank and into the text at the cursor."


class DialogAnswer:
    """Answers the next quotation dialog as a writer would, once it is shown.

    Whatever ``act`` asserts, the dialog is closed afterwards (rejected unless ``act``
    accepted it): a failed check must not leave a modal dialog waiting.
    """

    def __init__(self, act: Callable[[QuotationDialog], None]) -> None:
        self.act = act
        self.seen: list[dict[str, str]] = []
        self.error: BaseException | None = None
        self._tries = 0
        QTimer.singleShot(0, self._answer)

    def _answer(self) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QuotationDialog):
            self._tries += 1
            if self._tries < 50:  # not shown yet (or never: the test says so)
                QTimer.singleShot(20, self._answer)
            return
        shown = {"title": dialog.windowTitle()}
        self.seen.append(shown)
        try:
            shown["hint"] = _shown_text(dialog, "hint_label")
            shown["id"] = _shown_text(dialog, "id_label")
            self.act(dialog)  # the id as it was when the writer pressed OK:
            shown["id"] = _shown_text(dialog, "id_label")
        except BaseException as error:  # reported by check(), after the dialog is gone
            self.error = error
        finally:
            if dialog.isVisible():
                dialog.reject()

    def check(self) -> dict[str, str]:
        """Return what the dialog showed; fail when none was shown or a check in it failed."""
        assert self.seen, "no quotation dialog was shown"
        if self.error is not None:
            raise self.error
        return self.seen[0]


def _shown_text(dialog: QuotationDialog, name: str) -> str:
    label = getattr(dialog, name, None)  # a dialog without it shows nothing of the kind
    return label.text() if label is not None and label.isVisibleTo(dialog) else ""


def _ok(dialog: QuotationDialog) -> None:
    button = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    button.click()


def _fill_and_accept(qtbot, words: str, speaker: str) -> Callable[[QuotationDialog], None]:
    def act(dialog: QuotationDialog) -> None:
        qtbot.keyClicks(dialog.words_edit, words)
        qtbot.keyClicks(dialog.speaker_edit, speaker)
        _ok(dialog)

    return act


def _shown(qtbot, workspace: Workspace, article: Article) -> MainWindow:
    window = workspace.add_window(article)
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    window.finish_building()
    return window


def _without_quotations() -> Article:
    article = english_article()
    article.quotations = []
    for section in article.sections:
        paragraphs = section.body.split("\n\n")
        section.body = "\n\n".join(p for p in paragraphs if "[[quote:" not in p)
    return article


def _bank_ids(window: MainWindow) -> list[str]:
    return [quotation.id for quotation in window.form.bank()]


def _listed_ids(window: MainWindow) -> list[str]:
    """The ids the bank's table lists, as the writer reads them."""
    model = window.form.quotations.table.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_insert_quotation_with_an_empty_bank_makes_one_and_puts_it_at_the_cursor(
    qtbot, workspace: Workspace
) -> None:
    window = _shown(qtbot, workspace, _without_quotations())
    body = window.form.sections[1].editor
    type_into(qtbot, body, " The end.")
    before = body.text()

    def act(dialog: QuotationDialog) -> None:
        # Nothing typed yet: the id a quotation with no speaker gets.
        assert _shown_text(dialog, "id_label") == "q-1"
        _fill_and_accept(qtbot, "We will not open a bridge that is not safe.", "Mara Lind")(dialog)

    answer = DialogAnswer(act)
    # Ctrl+Shift+Q: no "Add a quotation first" (an unexpected message box fails the test).
    qtbot.keyClick(
        body, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    shown = answer.check()
    assert shown == {"title": "New quotation", "id": "lind-1", "hint": HINT}
    # In the bank under the id the dialog showed, and in the text at the cursor: after the
    # paragraph's last sentence, a block quotation of its own.
    assert _bank_ids(window) == ["lind-1"]
    assert _listed_ids(window) == ["lind-1"]
    assert window.article().quotation("lind-1").speaker == "Mara Lind"
    assert body.text() == before + "\n\n[[quote:lind-1]]"
    qtbot.waitUntil(body.hasFocus, timeout=2000)  # the window active again: its keys work

    # One step of the article's history: the token and the quotation go, and come back.
    qtbot.keyClick(body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert body.text() == before
    assert _bank_ids(window) == []
    qtbot.keyClick(body, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert body.text() == before + "\n\n[[quote:lind-1]]"
    assert _bank_ids(window) == ["lind-1"]


def test_insert_quotation_cancelled_with_an_empty_bank_changes_nothing(
    qtbot, workspace: Workspace
) -> None:
    window = _shown(qtbot, workspace, _without_quotations())
    body = window.form.sections[0].editor
    before = body.text()
    answer = DialogAnswer(lambda dialog: dialog.reject())
    window.quote_action.trigger()
    answer.check()
    assert body.text() == before
    assert _bank_ids(window) == []
    assert not window.isWindowModified()


def test_new_quotation_from_the_text_goes_in_at_the_cursor_from_the_bank_only_into_it(
    qtbot, workspace: Workspace
) -> None:
    window = _shown(qtbot, workspace, english_article())
    body = window.form.sections[1].editor
    body.setFocus()
    cursor = body.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfWord)  # after "The"
    body.setTextCursor(cursor)
    before = body.text()

    # Insert › New quotation…, the cursor in the text.
    answer = DialogAnswer(_fill_and_accept(qtbot, "Grain cannot wait.", "Ivo Brandt"))
    window.new_quote_action.trigger()
    assert answer.check() == {"title": "New quotation", "id": "brandt-1", "hint": HINT}
    assert body.text() == before.replace("The ", "The [[quote:brandt-1]] ", 1)
    assert "brandt-1" in _bank_ids(window)

    # The bank's own Add… button: into the bank, not the text.
    pane = window.form.quotations
    answer = DialogAnswer(_fill_and_accept(qtbot, "Ice comes early.", "Sela Morrow"))
    qtbot.mouseClick(pane.add_button, Qt.MouseButton.LeftButton)
    assert answer.check() == {"title": "New quotation", "id": "morrow-1", "hint": ""}
    assert "morrow-1" in _bank_ids(window)
    assert "morrow-1" not in "".join(editor.text() for editor in window.form.markdown_editors())


def test_insert_quotation_offers_a_new_one_beside_the_banks(
    qtbot, workspace: Workspace, monkeypatch
) -> None:
    window = _shown(qtbot, workspace, english_article())
    body = window.form.sections[0].editor
    type_into(qtbot, body, " Then")
    offered: list[list[str]] = []

    def choose(_parent, _title, _label, items, *_args, **_kwargs):
        offered.append(list(items))
        return items[-1], True

    monkeypatch.setattr(QInputDialog, "getItem", choose)
    answer = DialogAnswer(_fill_and_accept(qtbot, "Not before March.", "Ivo Brandt"))
    window.quote_action.trigger()
    assert offered[0][-1] == "New quotation…"
    assert len(offered[0]) == 3  # the bank's two, and a new one
    assert answer.check()["id"] == "brandt-1"
    # " Then" typed after the body's closing block quotation went into a paragraph of its
    # own (the space stays behind the quotation, which stays a block).
    assert body.text().endswith("[[quote:reyes-1]] \n\nThen [[quote:brandt-1]]")


def test_the_new_quotation_dialog_shows_the_id_it_is_saved_under(
    qtbot, workspace: Workspace
) -> None:
    window = _shown(qtbot, workspace, english_article())
    pane = window.form.quotations
    ids: list[str] = []

    def act(dialog: QuotationDialog) -> None:
        ids.append(_shown_text(dialog, "id_label"))
        qtbot.keyClicks(dialog.speaker_edit, "Alma Reyes")  # reyes-1 is taken
        ids.append(_shown_text(dialog, "id_label"))
        qtbot.keyClicks(dialog.words_edit, "The ice will wait for no one.")
        _ok(dialog)

    answer = DialogAnswer(act)
    qtbot.mouseClick(pane.add_button, Qt.MouseButton.LeftButton)
    assert answer.check()["title"] == "New quotation"
    assert ids == ["q-1", "reyes-2"]
    assert _listed_ids(window) == ["reyes-1", "berg-1", "reyes-2"]
    assert pane.selected_id() == "reyes-2"


def _chip_point(window: MainWindow, body: MarkdownEditor) -> QPoint:
    """Scroll the page so that the body's last chip shows, and return its place."""
    block = body.document().begin()
    while block.isValid() and block.text() != OBJECT:
        block = block.next()
    assert block.isValid()
    rect = body.document().documentLayout().blockBoundingRect(block).toRect()
    window.form.ensureWidgetVisible(body, 0, rect.bottom())
    QApplication.processEvents()
    return QPoint(rect.center().x(), rect.top() + 6)


def test_double_click_on_a_chip_edits_its_quotation_where_it_is(
    qtbot, workspace: Workspace
) -> None:
    window = _shown(qtbot, workspace, english_article())
    form = window.form
    body = form.sections[1].editor  # berg-1, in the middle of the comment
    point = _chip_point(window, body)
    scrolled = form.verticalScrollBar().value()
    at_open: list[int] = []

    def act(dialog: QuotationDialog) -> None:
        at_open.append(body.textCursor().position())
        assert dialog.words_edit.toPlainText().startswith("A quay without a channel")
        dialog.words_edit.selectAll()
        qtbot.keyClicks(dialog.words_edit, "A quay without water is a monument")
        _ok(dialog)

    answer = DialogAnswer(act)
    qtbot.mouseDClick(body.viewport(), Qt.MouseButton.LeftButton, pos=point)
    shown = answer.check()
    assert shown["title"] == "Quotation berg-1"
    assert shown["id"] == "berg-1"
    assert window.article().quotation("berg-1").words == "A quay without water is a monument"
    # The page did not move to the bank; the writer is back in the text, where they were.
    assert form.verticalScrollBar().value() == scrolled
    qtbot.waitUntil(body.hasFocus, timeout=2000)  # the window active again: its keys work
    assert body.textCursor().position() == at_open[0]
    assert not form.quotations.table.hasFocus()

    # Undone from the text, the quotation's words come back and the text stays in view.
    qtbot.keyClick(body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.article().quotation("berg-1").words.startswith("A quay without a channel")
    qtbot.waitUntil(body.hasFocus, timeout=2000)  # the window active again: its keys work
    cursor_top = body.viewport().mapTo(form.widget(), body.cursorRect().topLeft()).y()
    shown_from = form.verticalScrollBar().value()
    assert shown_from <= cursor_top <= shown_from + form.viewport().height()


def test_double_click_on_a_chip_then_cancel_changes_nothing_and_keeps_the_token(
    qtbot, workspace: Workspace, tmp_path
) -> None:
    from editor.storage.container import load

    article = english_article()
    window = _shown(qtbot, workspace, article)
    body = window.form.sections[0].editor
    point = _chip_point(window, body)
    answer = DialogAnswer(lambda dialog: dialog.reject())
    qtbot.mouseDClick(body.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert answer.check()["id"] == "reyes-1"
    assert window.article().quotations == article.quotations
    assert not window.form.history.can_undo()
    path = tmp_path / "chips.newsdesk"
    assert window.save_as(path)
    assert load(path).sections[0].body == article.sections[0].body


def test_double_click_on_a_chip_missing_from_the_bank_makes_its_quotation(
    qtbot, workspace: Workspace
) -> None:
    article = english_article()
    article.sections[1].body = article.sections[1].body.replace("berg-1", "ghost-1")
    window = _shown(qtbot, workspace, article)
    assert window.form.quotations.unknown_ids() == ["ghost-1"]
    body = window.form.sections[1].editor
    point = _chip_point(window, body)
    answer = DialogAnswer(_fill_and_accept(qtbot, "Nobody said this yet.", "Tomas Berg"))
    qtbot.mouseDClick(body.viewport(), Qt.MouseButton.LeftButton, pos=point)
    # The token's id, whoever the speaker: the text already names the quotation by it.
    assert answer.check() == {"title": "New quotation", "id": "ghost-1", "hint": ""}
    assert window.article().quotation("ghost-1").words == "Nobody said this yet."
    assert window.form.quotations.unknown_ids() == []


def test_double_click_on_a_chip_of_a_read_only_article_only_shows_its_quotation(
    qtbot, workspace: Workspace
) -> None:
    article = english_article()
    window = workspace.add_window(article, read_only=True)
    qtbot.waitExposed(window)
    body = window.form.sections[0].editor
    point = _chip_point(window, body)
    buttons: list[list[str]] = []

    def act(dialog: QuotationDialog) -> None:
        box = dialog.findChild(QDialogButtonBox)
        buttons.append([button.text() for button in box.findChildren(QPushButton)])
        assert dialog.speaker_edit.isReadOnly() and dialog.words_edit.isReadOnly()
        box.button(QDialogButtonBox.StandardButton.Close).click()

    answer = DialogAnswer(act)
    qtbot.mouseDClick(body.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert answer.check()["id"] == "reyes-1"
    assert buttons == [["&Close"]] or buttons == [["Close"]]
    assert window.article().quotations == article.quotations


@pytest.mark.parametrize("direction", ["ltr", "rtl"])
def test_the_quotation_dialog_sets_arabic_words_from_the_right(qtbot, qapp, direction) -> None:
    # Found in a trial: the words box set "لن نسمح بضياع قطرة ماء واحدة" from the left,
    # where every one-line field beside it set its Arabic from the right.
    from PySide6.QtCore import Qt

    from editor.model import Quotation
    from editor.ui.form.quotation_dialog import QuotationDialog

    ui = Qt.LayoutDirection.RightToLeft if direction == "rtl" else Qt.LayoutDirection.LeftToRight
    qapp.setLayoutDirection(ui)
    try:
        dialog = QuotationDialog(Quotation(id="q1", words="لن نسمح بضياع قطرة ماء واحدة"))
        qtbot.addWidget(dialog)
        dialog.resize(700, 500)
        dialog.show()
        qtbot.waitExposed(dialog)
        box = dialog.words_edit
        cursor = box.textCursor()
        cursor.setPosition(0)  # the first word: at the right end of a right-to-left line
        box.setTextCursor(cursor)
        assert box.cursorRect().x() > box.viewport().width() * 3 // 4
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
