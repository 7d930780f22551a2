"""The quotation bank as a writer reads it: every row's words in sight, sorted and filtered
as a view, never changing the article's order, editing or placing quotations."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox
from ui_articles import english_article, type_into

from editor.importing import import_draft
from editor.model import Quotation
from editor.resources import resource_path
from editor.storage.container import load
from editor.ui.form.quotations_pane import (
    ID,
    SPEAKER,
    USES,
    WORDS,
    QuotationsPane,
)

LONG_WORDS = " ".join(["The quay will be rebuilt stone by stone before the winter storms."] * 40)


def _shown_bank(qtbot, workspace, article, width: int = 900, height: int = 700):
    window = workspace.add_window(article)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    window.go_to_pane(5)
    pane = window.form.quotations
    qtbot.waitUntil(lambda: pane.table.viewport().height() > 60, timeout=3000)
    return window, pane


def _shown_ids(pane: QuotationsPane) -> list[str]:
    model = pane.table.model()
    return [model.index(row, ID).data() for row in range(model.rowCount())]


def _click_title(qtbot, pane: QuotationsPane, column: int) -> None:
    header = pane.table.horizontalHeader()
    middle = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(middle, header.height() // 2)
    )


def test_every_row_of_an_imported_bank_shows_its_words(qtbot, workspace) -> None:
    # After an import the bank looked empty: a tall first row showed only its empty middle.
    article = import_draft(resource_path("samples", "ferry-line-en.txt")).article
    article.quotations.insert(0, Quotation(id="long-1", words=LONG_WORDS, speaker="Ivo Brandt"))
    _window, pane = _shown_bank(qtbot, workspace, article)
    table = pane.table
    model = table.model()
    assert model.rowCount() == 5
    metrics = table.fontMetrics()
    for row in range(model.rowCount()):
        table.scrollTo(model.index(row, WORDS), table.ScrollHint.PositionAtTop)
        viewport = table.viewport().height()
        words = model.index(row, WORDS).data()
        width = table.columnWidth(WORDS) - 8  # the cell's own margins
        needed = metrics.boundingRect(
            QRect(0, 0, width, 1_000_000), Qt.TextFlag.TextWordWrap, words
        ).height()

        def fitted(row: int = row, needed: int = needed, viewport: int = viewport) -> bool:
            # All its lines and not a line more, or as many as two thirds of the view hold
            # (the rest elided).
            most = viewport * 2 // 3
            height = table.rowHeight(row)
            return min(needed, most) <= height <= min(needed + metrics.lineSpacing(), most)

        qtbot.waitUntil(fitted, timeout=3000)

        # Scrolled to, the whole row is in sight, from its first line to its last.
        def in_sight(row: int = row, viewport: int = viewport) -> bool:
            table.scrollTo(model.index(row, WORDS), table.ScrollHint.EnsureVisible)
            top = table.rowViewportPosition(row)
            return top >= 0 and top + table.rowHeight(row) <= viewport

        qtbot.waitUntil(in_sight, timeout=3000)
    # The long first row does not fill the view with its empty middle: the next row shows.
    table.scrollToTop()
    qtbot.waitUntil(lambda: table.rowViewportPosition(1) < table.viewport().height(), timeout=3000)
    assert table.rowAt(0) == 0
    assert table.rowHeight(0) < table.viewport().height()


def test_clicking_a_column_title_sorts_the_view_but_not_the_article(
    qtbot, workspace, tmp_path
) -> None:
    article = english_article()
    article.quotations += [
        Quotation(id="q10", words="Ten.", speaker="Cem Ak"),
        Quotation(id="q2", words="Two.", speaker="zoe Marsh"),
    ]
    window, pane = _shown_bank(qtbot, workspace, article)
    order = ["reyes-1", "berg-1", "q10", "q2"]
    assert _shown_ids(pane) == order
    assert pane.table.horizontalHeader().sectionsClickable()
    _click_title(qtbot, pane, SPEAKER)
    # Ignoring case: "zoe" after "Tomas".
    assert _shown_ids(pane) == ["reyes-1", "q10", "berg-1", "q2"]
    _click_title(qtbot, pane, SPEAKER)
    assert _shown_ids(pane) == ["q2", "berg-1", "q10", "reyes-1"]
    _click_title(qtbot, pane, SPEAKER)
    assert _shown_ids(pane) == order  # a third click: the article's order again
    _click_title(qtbot, pane, ID)
    assert _shown_ids(pane) == ["berg-1", "q2", "q10", "reyes-1"]  # q2 before q10
    _click_title(qtbot, pane, USES)
    assert _shown_ids(pane)[-2:] == ["reyes-1", "berg-1"]  # used once; the others never
    # The selection follows its quotation, and the article keeps its order, also saved.
    pane.select("q10")
    _click_title(qtbot, pane, USES)
    assert pane.selected_id() == "q10"
    assert [q.id for q in window.article().quotations] == order
    path = tmp_path / "sorted.newsdesk"
    assert window.save_as(path)
    assert [q.id for q in load(path).quotations] == order


def _bank_in_many_scripts() -> list[Quotation]:
    return [
        Quotation(
            id="koral-1",
            words="Esnafımızı mağdur etmeyeceğiz.",
            speaker="Ayten Koral",
            role="Belediye Başkan Yardımcısı",
        ),
        Quotation(
            id="amouri-1",
            words="سنفتح المدرسة في أيلول",
            speaker="رنا العموري",
            role="رئيسة لجنة الخدمات",
        ),
        Quotation(
            id="kotova-1",
            words="Ёлка будет стоять у библиотеки.",
            speaker="Ирина Котова",
            source_name="Газета «Озёрный край»",
        ),
        Quotation(
            id="akhtar-1",
            words="عمارت وقت پر مکمل ہو گی",
            speaker="نسرین اختر",
            source_name="Mashriq Radio",
            source_url="https://example.org/radio",
        ),
    ]


def test_the_filter_finds_by_id_words_speaker_role_and_source_in_every_script(
    qtbot, workspace
) -> None:
    article = english_article()
    article.quotations += _bank_in_many_scripts()
    window, pane = _shown_bank(qtbot, workspace, article)
    box = pane.filter_edit
    # Above the table.
    assert box.isVisible()
    assert box.mapTo(pane, QPoint(0, 0)).y() < pane.table.mapTo(pane, QPoint(0, 0)).y()
    cases = {
        "BERG-1": ["berg-1"],  # id, any case
        "baskan": ["koral-1"],  # role, Turkish ş and dotted/dotless i folded
        "MAĞDUR": ["koral-1"],  # words
        "مدرسة": ["amouri-1"],  # Arabic: the article and taa marbuta folded
        "العمورى": ["amouri-1"],  # speaker, alef maksura for yeh
        "ЕЛКА": ["kotova-1"],  # Russian ё as е, any case
        "озёрный": ["kotova-1"],  # source name
        "مکمل": ["akhtar-1"],  # Urdu
        "example.org/radio": ["akhtar-1"],  # source address
        "alma reyes": ["reyes-1"],  # every word must be there
        "reyes koral": [],
    }
    for typed, expected in cases.items():
        box.clear()
        box.setFocus()
        if typed.isascii():
            type_into(qtbot, box, typed)
        else:
            box.insert(typed)  # as an input method gives it (QTest types ASCII keys only)
        assert _shown_ids(pane) == expected, typed
    box.clear()
    assert len(_shown_ids(pane)) == 6
    assert [q.id for q in window.article().quotations][:2] == ["reyes-1", "berg-1"]


def test_editing_inserting_and_counting_uses_work_through_the_filter(
    qtbot, workspace, monkeypatch
) -> None:
    article = english_article()
    article.quotations += _bank_in_many_scripts()
    window, pane = _shown_bank(qtbot, workspace, article)
    type_into(qtbot, pane.filter_edit, "koral")
    assert _shown_ids(pane) == ["koral-1"]
    pane.table.selectRow(0)
    assert pane.selected_id() == "koral-1"

    def edit(self, quotation):
        quotation.words = "Geçici tezgâhlar meydanda kurulacak."
        return quotation

    monkeypatch.setattr(QuotationsPane, "edit_in_dialog", edit)
    qtbot.mouseClick(pane.edit_button, Qt.MouseButton.LeftButton)
    assert window.article().quotation("koral-1").words == "Geçici tezgâhlar meydanda kurulacak."
    assert pane.selected_id() == "koral-1"
    assert _shown_ids(pane) == ["koral-1"]
    # Placed at the cursor of the body last typed in; its use is counted in the filtered row.
    body = window.form.sections[1].editor
    body.setFocus()
    body.moveCursor(QTextCursor.MoveOperation.End)
    type_into(qtbot, body, " Then: ")
    pane.table.selectRow(0)
    qtbot.mouseClick(pane.insert_button, Qt.MouseButton.LeftButton)
    assert body.text().endswith("Then: [[quote:koral-1]]")
    model = pane.table.model()
    qtbot.waitUntil(lambda: model.index(0, USES).data() == "1 ×", timeout=5000)
    assert _shown_ids(pane) == ["koral-1"]
    # A quotation asked for by name (a use in the text) is shown even when filtered out.
    pane.select("berg-1")
    assert pane.selected_id() == "berg-1"
    assert pane.filter_edit.text() == ""


def test_a_wheel_over_the_bank_changes_no_control(qtbot, workspace) -> None:
    article = english_article()
    article.quotations += _bank_in_many_scripts()
    window, pane = _shown_bank(qtbot, workspace, article, height=600)
    _click_title(qtbot, pane, SPEAKER)
    pane.select("berg-1")
    window.form.sections[0].editor.setFocus()
    combos = [combo for combo in window.findChildren(QComboBox) if combo.isVisibleTo(window)]
    before = [combo.currentIndex() for combo in combos]
    shown = _shown_ids(pane)
    handle = window.windowHandle()
    for widget in (pane.table.viewport(), pane.table.horizontalHeader(), pane.filter_edit):
        where = widget.mapTo(window, widget.rect().center())
        for delta in (QPoint(0, -120), QPoint(0, 120), QPoint(0, -120)):
            QTest.wheelEvent(handle, where, delta)
            qtbot.wait(10)
    assert [combo.currentIndex() for combo in combos] == before
    assert _shown_ids(pane) == shown
    assert pane.model.sort_order() == (SPEAKER, Qt.SortOrder.AscendingOrder)
    assert pane.selected_id() == "berg-1"
    assert pane.filter_edit.text() == ""
    assert not window.isWindowModified()
