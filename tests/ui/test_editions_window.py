"""Language editions in the window: New Edition, switching, the Editions list, stale marks,
confirming, saving, and the side-by-side view."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QDialog, QToolTip
from ui_articles import english_article

from editor.storage.container import load
from editor.text.editions import edition, state
from editor.text.paragraphs import paragraph_texts
from editor.ui.window.main_window import MainWindow
from editor.ui.window.new_edition_dialog import NewEditionDialog
from editor.ui.window.workspace import Workspace

FIRST_AR = "أعلنت وزارة النقل أن ميناء النهر سيفتح أبوابه في الأول من ديسمبر."
SECOND_AR = "وقالت نائبة الوزير إن الأعمال تسير قبل موعدها."


def _window(workspace: Workspace) -> MainWindow:
    window = workspace.add_window(english_article())
    window.attach_editions()  # as after the first paint
    return window


def _current(workspace: Workspace) -> MainWindow:
    window = workspace.windows[-1]
    assert isinstance(window, MainWindow)
    return window


def _choose_arabic(monkeypatch: pytest.MonkeyPatch, *, prefill: bool = False) -> list[str]:
    """Answer the New Edition dialog with Arabic; return the languages it offered."""
    offered: list[str] = []

    def answer(dialog: NewEditionDialog) -> int:
        combo = dialog.language_combo
        offered.extend(str(combo.itemData(index)) for index in range(combo.count()))
        assert dialog.set_language("ar")
        dialog.prefill_check.setChecked(prefill)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NewEditionDialog, "exec", answer)
    return offered


def _replace(box, old: str, new: str) -> None:
    """Replace words in a box as typing over a selection does (one edit)."""
    text = box.text()
    at = text.index(old)
    cursor = box.textCursor()
    cursor.setPosition(box.shown_position(at))
    cursor.setPosition(box.shown_position(at + len(old)), QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText(new)


def test_new_edition_through_the_dialog_stale_after_a_source_edit_confirm_and_save(
    qtbot, workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    english = _window(workspace)
    offered = _choose_arabic(monkeypatch)
    english.editions.new_action.trigger()  # type: ignore[union-attr]
    # The source's own language is not offered.
    assert "ar" in offered and "en" not in offered

    arabic = _current(workspace)
    assert arabic is not english
    assert arabic.editions is not None and arabic.editions.language == "ar"
    assert "(ar edition)" in arabic.windowTitle()
    assert arabic.isWindowModified()
    form = arabic.form
    # The structure with the language's labels, every part empty (not pre-filled).
    assert form.sections[0].label_edit.text() != "News:"
    assert form.sections[0].editor.text() == ""
    # The two paragraphs of the News section, typed.
    news = form.sections[0].editor
    # Arabic comes from an input method: committed text, not key presses.
    news.setFocus()
    news.textCursor().insertText(FIRST_AR)
    news.textCursor().insertText("\n\n" + SECOND_AR)
    dock = arabic.editions.dock
    assert dock is not None
    # The counts follow after a pause in typing: nothing confirmed yet.
    qtbot.waitUntil(lambda: dock.counts("ar") is not None and dock.counts("ar")[0] == 0)
    untranslated = dock.counts("ar")[2]
    qtbot.mouseClick(dock.confirm_all_button, Qt.MouseButton.LeftButton)
    assert dock.counts("ar") == (2, 0, untranslated - 2)
    confirmed = [link for link in arabic.editions._edition.source_links if link.confirmed_by]
    assert confirmed and all(link.confirmed_at for link in confirmed)

    # Back to the English source; one word of its first paragraph changed.
    english = arabic.editions.switch_to("")
    assert english is not None and english.editions is not None
    assert english.editions.language == "" and english.isWindowModified()
    _replace(english.form.sections[0].editor, "4 October", "5 October")
    english.editions.refresh()
    assert english.editions.dock is not None
    assert english.editions.dock.counts("ar") == (1, 1, untranslated - 2)

    # Ctrl+Alt+E: the next edition, Arabic; exactly its first paragraph is stale.
    qtbot.waitExposed(english)
    english.activateWindow()
    qtbot.waitUntil(english.isActiveWindow, timeout=3000)
    body = english.form.sections[1].editor
    body.setFocus()
    keys = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    qtbot.keyClick(body, Qt.Key.Key_E, keys)
    arabic = _current(workspace)
    assert arabic.editions is not None and arabic.editions.language == "ar"
    assert arabic.editions.stale_marks() == {"sections/0": [FIRST_AR]}
    marked = arabic.form.sections[0].editor.extraSelections()
    assert [selection.cursor.selectedText() for selection in marked] == [FIRST_AR]
    dock = arabic.editions.dock
    assert dock is not None and dock.stale_list.count() == 1
    shown = dock.diff_view.toHtml()
    assert "4" in shown and "5" in shown and "text-decoration: line-through" in shown

    # Resting the pointer on the stale paragraph shows the source's change.
    box = arabic.form.sections[0].editor
    cursor = box.textCursor()
    cursor.setPosition(3)
    where = box.cursorRect(cursor).center()
    tip = QHelpEvent(QEvent.Type.ToolTip, where, box.viewport().mapToGlobal(where))
    QApplication.sendEvent(box.viewport(), tip)
    assert "October" in QToolTip.text()
    QToolTip.hideText()

    qtbot.mouseClick(dock.confirm_button, Qt.MouseButton.LeftButton)
    assert arabic.editions.stale_marks() == {}
    assert arabic.form.sections[0].editor.extraSelections() == []
    assert dock.counts("ar") == (2, 0, untranslated - 2)

    path = tmp_path / "port.newsdesk"
    assert arabic.save_as(path)
    story = load(path)
    assert story.language == "en" and "5 October" in story.sections[0].body
    saved = edition(story, "ar")
    assert saved is not None
    assert paragraph_texts(saved.sections[0].body) == [FIRST_AR, SECOND_AR]
    assert state(story, saved).counts[:2] == (2, 0)

    arabic.close()
    reopened = workspace.open_file(path)
    assert reopened is not None
    reopened.attach_editions()
    again = reopened.editions.switch_to("ar")  # type: ignore[union-attr]
    assert again is not None and again.editions is not None
    assert paragraph_texts(again.form.sections[0].editor.text()) == [FIRST_AR, SECOND_AR]
    assert again.editions.current is not None
    assert again.editions.current.counts[:2] == (2, 0)


def test_splitting_a_source_paragraph_makes_its_translation_stale_linked_to_both_halves(
    qtbot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    english = _window(workspace)
    _choose_arabic(monkeypatch, prefill=True)
    english.editions.ask_new_edition()  # type: ignore[union-attr]
    arabic = _current(workspace)
    assert arabic.editions is not None
    arabic.editions.confirm_links(None)
    english = arabic.editions.switch_to("")
    assert english is not None and english.editions is not None
    # A new paragraph break in the middle of the first paragraph.
    _replace(english.form.sections[0].editor, "Bay will reopen", "Bay\n\nwill reopen")
    english.editions.refresh()
    arabic = english.editions.switch_to("ar")
    assert arabic is not None and arabic.editions is not None
    current = arabic.editions.current
    assert current is not None
    (stale,) = current.stale
    assert len(stale.link.sources) == 2  # both halves
    first = arabic.form.sections[0].editor.text().split("\n\n")[0]
    assert arabic.editions.stale_marks() == {"sections/0": [first]}
    # Confirm from the paragraph's context menu.
    box = arabic.form.sections[0].editor
    menu = box.createStandardContextMenu(box.cursorRect(box.textCursor()).center())
    (confirm_item,) = [a for a in menu.actions() if a.text() == "Confirm Translation"]
    confirm_item.trigger()
    assert arabic.editions.current is not None and not arabic.editions.current.stale
    assert stale.link.confirmed_by  # who: the settings' name (or the account's)
    assert arabic.editions.stale_marks() == {}


def test_side_by_side_aligns_the_paragraphs_and_scrolls_both_together(
    qtbot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    english = _window(workspace)
    _choose_arabic(monkeypatch)
    english.editions.ask_new_edition()  # type: ignore[union-attr]
    arabic = _current(workspace)
    assert arabic.editions is not None
    news = arabic.form.sections[0].editor
    # A long translation beside a short source paragraph, and a short one beside a long.
    news.textCursor().insertText(f"{FIRST_AR} " * 12 + "\n\nقصير.")
    arabic.editions.refresh()
    view = arabic.editions.show_side_by_side()
    assert view is not None
    view.resize(700, 360)
    qtbot.waitExposed(view)
    page = view.area.widget()
    assert len(view.pairs) >= 6
    for source_cell, edition_cell in view.pairs:
        top_left = source_cell.mapTo(page, QPoint(0, 0)).y()
        top_right = edition_cell.mapTo(page, QPoint(0, 0)).y()
        assert abs(top_left - top_right) <= 2
    # The reader's words, not the stored Markdown: no emphasis marks, no quotation tokens.
    shown = [cell.text() for cell, _edition in view.pairs]
    assert not any("**" in text or "[[quote:" in text for text in shown), shown
    assert any("We promised the fishermen" in text for text in shown)
    # Each script in its own direction.
    source_cell, edition_cell = next(pair for pair in view.pairs if FIRST_AR in pair[1].text())
    assert "4 October" in source_cell.text()  # beside the paragraph it translates
    assert source_cell.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert edition_cell.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # The long translation makes its row taller than the short source needs.
    assert source_cell.height() == edition_cell.height()
    assert source_cell.height() > source_cell.heightForWidth(source_cell.width()) + 10
    # Scrolled to the last pair, its translation is in sight beside it.
    bar = view.area.verticalScrollBar()
    assert bar.maximum() > 0
    last = len(view.pairs) - 1
    view.scroll_to_row(last)
    assert bar.value() > 0
    viewport = view.area.viewport()
    for cell in view.pairs[last]:
        top = cell.mapTo(viewport, QPoint(0, 0)).y()
        assert 0 <= top < viewport.height()
    first_top = view.pairs[0][1].mapTo(viewport, QPoint(0, 0)).y()
    assert first_top < 0  # the first pair scrolled out of sight, both of its cells


def _arabic_edition_with_a_stale_paragraph(workspace: Workspace) -> MainWindow:
    """Open the English sample with an Arabic edition whose first paragraph is stale."""
    from editor.text.editions import confirm, follow_source, new_edition, set_translation

    story = english_article()
    arabic = new_edition(story, "ar", prefill=False, author="Writer")
    first = next(link for link in arabic.source_links if link.part == "sections/0")
    set_translation(arabic, first, FIRST_AR)
    confirm(story, arabic, links=[first], author="Writer")
    old = story.sections[0].body
    story.sections[0].body = old.replace("4 October", "5 October", 1)
    follow_source(story, "sections/0", old, story.sections[0].body)
    assert len(state(story, arabic).stale) == 1
    english = workspace.add_window(story)
    english.attach_editions()
    assert english.editions is not None
    window = english.editions.switch_to("ar")
    assert window is not None and window.edition_source() is not None
    return window


def test_an_edition_with_a_stale_paragraph_is_refused_approved(
    qtbot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    from editor.model import Status
    from editor.model.article import Article

    window = _arabic_edition_with_a_stale_paragraph(workspace)
    review = window.attach_review()
    monkeypatch.setattr(review, "ensure_name", lambda: True)  # the name is asked once, not here
    told: list[str] = []
    monkeypatch.setattr(
        "PySide6.QtWidgets.QMessageBox.warning", lambda _p, _t, text: told.append(text)
    )
    for step in (Status.IN_REVIEW, Status.APPROVED):
        review.change_status(step, "")
    assert review.status() is Status.IN_REVIEW
    assert told and "stale paragraph" in told[-1], told
    # Review is per edition: the edition moved, its source did not.
    story = window.story()
    assert story.meta.status == "draft"
    assert [each.meta.status for each in story.editions] == ["in_review"]
    source = window.edition_source()
    assert isinstance(source, Article) and source.language == "en"


def test_the_checklist_of_an_edition_reports_its_stale_paragraph(workspace: Workspace) -> None:
    from editor.text.checklist import run_checklist

    window = _arabic_edition_with_a_stale_paragraph(workspace)
    options = window.attach_language_tools().checklist_options()
    assert options.source is window.edition_source()
    findings = run_checklist(window.article(), options)
    stale = [finding for finding in findings if finding.code == "edition-stale"]
    # Exactly the translated paragraph whose source changed, with the change it missed.
    assert [finding.part for finding in stale] == ["sections/0"]
    assert "«4» → «5»" in stale[0].message, stale[0].message


def test_the_editions_list_names_the_source_in_the_new_interface_language(
    qtbot, qapp, workspace: Workspace
) -> None:
    # Switched to Russian, every word of the list followed but "English (source)".
    from editor.storage.folders import UserFolders
    from editor.storage.settings import Settings
    from editor.ui.common.theme import apply_ui_language

    window = _arabic_edition_with_a_stale_paragraph(workspace)
    assert window.editions is not None
    dock = window.editions.dock
    assert dock is not None
    assert dock.table.item(0, 0).text() == "English (source)"
    try:
        apply_ui_language(qapp, Settings(ui_language="ru"), UserFolders.default().cache)
        qtbot.waitUntil(lambda: dock.table.item(0, 0).text() == "English (оригинал)", timeout=3000)
    finally:
        apply_ui_language(qapp, Settings(ui_language="en"), UserFolders.default().cache)
    qtbot.waitUntil(lambda: dock.table.item(0, 0).text() == "English (source)", timeout=3000)


def test_side_by_side_shows_a_quotation_inside_a_sentence_in_its_marks(qtbot) -> None:
    # The source column read "said the vote was a clear answer to ten years…", the marks
    # gone, where the editor's chip and every export show them (seen on Xvfb).
    from editor.model import Quotation
    from editor.text.editions import new_edition
    from editor.ui.window.side_by_side import SideBySideView

    story = english_article()
    story.quotations.append(Quotation(id="q9", words="a clear answer"))
    story.sections[0].body += "\n\nThe chair said the vote was [[quote:q9]] to the town."
    arabic = new_edition(story, "ar", prefill=False, author="Writer")
    view = SideBySideView()
    qtbot.addWidget(view)
    view.show_pair(story, arabic)
    shown = [source.text() for source, _edition in view.pairs]
    assert "The chair said the vote was “a clear answer” to the town." in shown, shown
    # A quotation alone in its paragraph stays its words (a block, no marks).
    assert any(text.startswith("We promised the fishermen") for text in shown), shown


def test_side_by_side_reads_a_quotation_the_edition_has_not_translated_from_the_source(
    qtbot,
) -> None:
    # Found in a trial: the pre-filled edition's column dropped a quotation from its
    # sentence ("وأضاف: .") and showed a paragraph holding only one as "[[quote:q-1]]".
    from editor.model import Quotation
    from editor.text.editions import new_edition
    from editor.ui.window.side_by_side import SideBySideView

    story = english_article()
    story.quotations.append(Quotation(id="q9", words="a clear answer"))
    story.sections[0].body += "\n\nThe chair said [[quote:q9]].\n\n[[quote:q9]]"
    arabic = new_edition(story, "ar", prefill=True, author="Writer")
    arabic.quotations = [q for q in arabic.quotations if q.id != "q9"]  # not translated yet
    view = SideBySideView()
    qtbot.addWidget(view)
    view.show_pair(story, arabic)
    shown = [edition.text() for _source, edition in view.pairs]
    assert not any("[[quote:" in text for text in shown), shown
    assert any("a clear answer" in text and "The chair said" in text for text in shown), shown


def test_joining_two_paragraphs_of_an_edition_and_undoing_it_pairs_them_as_before(
    qtbot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Found in a trial: after a join and its undo, Side by Side paired one translated
    # paragraph with both sources and the other with none.
    english = _window(workspace)
    _choose_arabic(monkeypatch, prefill=True)
    english.editions.ask_new_edition()  # type: ignore[union-attr]
    arabic = _current(workspace)
    assert arabic.editions is not None
    arabic.editions.confirm_links(None)

    def pairs() -> list[tuple[str, list[str], list[str]]]:
        edition = arabic.editions._edition  # type: ignore[union-attr]
        links = [link for link in edition.source_links if link.part == "sections/0"]
        return sorted((link.paragraph, list(link.sources), list(link.confirmed)) for link in links)

    arabic.editions.refresh()
    before = pairs()
    assert len(before) >= 2
    box = arabic.form.sections[0].editor
    text = box.text()
    first_break = text.index("\n\n")
    cursor = box.textCursor()
    cursor.setPosition(box.shown_position(first_break))
    cursor.setPosition(box.shown_position(first_break + 2), QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText(" ")  # the two paragraphs joined
    arabic.editions.refresh()
    assert pairs() != before
    arabic.form.history.undo()
    assert box.text() == text
    arabic.editions.refresh()
    assert pairs() == before


def test_the_editions_list_says_a_translation_counts_once_confirmed(
    qtbot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Found in a trial: after translating, the counts stayed at "0 up to date" and nothing
    # said that a paragraph counts once its translation is confirmed.
    english = _window(workspace)
    _choose_arabic(monkeypatch, prefill=True)
    english.editions.ask_new_edition()  # type: ignore[union-attr]
    arabic = _current(workspace)
    dock = arabic.editions.dock  # type: ignore[union-attr]
    assert dock is not None and dock.isVisible()
    arabic.editions.refresh()  # type: ignore[union-attr]
    told = dock.hint.text()
    assert dock.hint.isVisible() and "confirmed" in told
    assert dock.confirm_all_button.text().replace("&", "") in told  # the way, as shown
    # The source's window has no Confirm All: it says where confirming is done.
    english = arabic.editions.switch_to("")  # type: ignore[union-attr]
    assert english is not None and english.editions is not None
    english.editions.refresh()
    there = english.editions.dock
    assert there is not None
    assert "Confirm All" not in there.hint.text() and "window" in there.hint.text()


def test_an_untranslated_edition_is_not_exported_from_its_window_without_export_anyway(
    qtbot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch, tmp_path
) -> None:
    # A trial: a prefilled Arabic edition exported from its window went out in English
    # ("Done: 2 files written."), where the command line refuses it.
    from editor.ui.dialogs.export_dialog import ExportDialog

    source = _window(workspace)
    _choose_arabic(monkeypatch, prefill=True)
    source.editions.ask_new_edition()
    edition = _current(workspace)
    assert edition is not source and edition.form.article().language == "ar"
    dialogs: list[ExportDialog] = []

    def run(dialog: ExportDialog) -> int:
        dialogs.append(dialog)
        for fmt, check in dialog.format_checks.items():
            check.setChecked(fmt == "html")
        dialog.folder_edit.setText(str(tmp_path / "out"))
        assert dialog.start()
        qtbot.waitUntil(lambda: not dialog.is_running(), timeout=10_000)
        return 0

    monkeypatch.setattr(ExportDialog, "exec", run)
    edition._on_export()
    (dialog,) = dialogs
    log = dialog.log.toPlainText()
    assert "edition was not exported" in log and "not translated yet" in log, log
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())
    # "Export anyway" is there (the checklist's, when the language tools are on), and
    # sends it out, named by its language.
    box = dialog.checklist.anyway_check if dialog.checklist is not None else dialog.force_check
    assert not box.isHidden()
    box.setChecked(True)
    run(dialog)
    assert [path.name.rsplit(".", 2)[-2:] for path in (tmp_path / "out").iterdir()] == [
        ["ar", "html"]
    ]


def test_with_the_checklist_its_export_anyway_box_is_there_for_an_edition(
    qtbot, workspace: Workspace
) -> None:
    from editor.ui.dialogs.export_dialog import ExportDialog
    from editor.ui.review.checklist_panel import ExportChecklist

    article = english_article()
    plain = ExportDialog(article, workspace, checklist=ExportChecklist([]))
    qtbot.addWidget(plain)
    assert plain.checklist is not None and plain.checklist.anyway_check.isHidden()
    dialog = ExportDialog(
        article, workspace, checklist=ExportChecklist([]), edition=(article, "ar")
    )
    qtbot.addWidget(dialog)
    assert dialog.checklist is not None and not dialog.checklist.anyway_check.isHidden()
