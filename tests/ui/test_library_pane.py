"""The library pane, driven as a user would: type, see the article, open it, select, filter."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QItemSelectionModel, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QProgressDialog

from editor.model import Article, Byline, Meta, Section
from editor.storage import container
from editor.storage.library import Library
from editor.ui.library.library_pane import LibraryPane


def save(folder: Path, name: str, headline: str, body: str, language: str, **meta) -> Path:
    article = Article(
        language=language,
        headline=headline,
        sections=[Section(kind="news", label="", body=body)],
        byline=Byline(author=meta.get("author", ""), date=meta.get("date", "")),
        meta=Meta(status=meta.get("status", "draft"), tags=meta.get("tags", [])),
    )
    path = folder / f"{name}.newsdesk"
    container.save(article, path)
    return path


@pytest.fixture
def shelf(tmp_path: Path) -> dict[str, Path]:
    folder = tmp_path / "shelf"
    folder.mkdir()
    return {
        "school": save(
            folder,
            "school",
            "هل تحل الجامعات الخاصة أزمة القبول؟",
            "ثم كَتَبَ الوزيرُ إلى وبالمدرسةِ رسالةً.",
            "ar",
            author="Salma Youssef",
            status="published",
            date="2025-03-01",
        ),
        "bridge": save(
            folder,
            "bridge",
            "Новый мост через залив",
            "На площади стоит ёлка.",
            "ru",
            author="Pavel Orlov",
            date="2025-01-01",
        ),
        "port": save(
            folder,
            "port",
            "Will the river port reopen before winter?",
            "The minister promised the silos.",
            "en",
            author="Lena Ortiz",
            status="published",
            date="2025-02-01",
        ),
    }


@pytest.fixture
def pane(qtbot, user_folders, shelf) -> LibraryPane:
    library = Library(user_folders, [next(iter(shelf.values())).parent])
    widget = LibraryPane(library)
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()  # the first show scans the folders
    qtbot.waitUntil(lambda: widget._scan is None)
    yield widget
    # The pane goes before its library closes: a pane left waiting for deletion would read
    # the closed index when a later test switches the interface language.
    widget.close()
    widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    library.close()


def shown_headlines(pane: LibraryPane) -> list[str]:
    model = pane.results_view.model()
    return [model.index(row, 0).data().split("\n")[0] for row in range(model.rowCount())]


def type_text(widget, text: str) -> None:
    """Type text as a keyboard delivers it (QTest.keyClicks knows only ASCII keys)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
            )


def type_query(qtbot, pane: LibraryPane, text: str) -> None:
    pane.search_box.clear()
    type_text(pane.search_box, text)
    qtbot.waitUntil(lambda: not pane._refresh_timer.isActive())


def test_type_a_query_see_the_article_and_open_it_with_enter(qtbot, pane, shelf) -> None:
    type_query(qtbot, pane, "مدرسة")
    assert shown_headlines(pane) == ["هل تحل الجامعات الخاصة أزمة القبول؟"]
    with qtbot.waitSignal(pane.open_requested, timeout=1000) as opened:
        qtbot.keyClick(pane.search_box, Qt.Key.Key_Return)
    assert opened.args == [shelf["school"]]


def test_double_click_opens_the_article(qtbot, pane, shelf) -> None:
    type_query(qtbot, pane, "елка")
    view = pane.results_view
    rect = view.visualRect(view.model().index(0, 0))
    with qtbot.waitSignal(pane.open_requested, timeout=1000) as opened:
        # A real double-click: press and release, then the double-click event.
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [shelf["bridge"]]


def test_enter_in_the_list_opens_the_current_article(qtbot, pane, shelf) -> None:
    type_query(qtbot, pane, "istanbul OR")  # nothing: both words must match
    assert shown_headlines(pane) == []
    type_query(qtbot, pane, "")
    qtbot.keyClick(pane.search_box, Qt.Key.Key_Down)
    pane.results_view.setCurrentIndex(pane.results_view.model().index(1, 0))
    with qtbot.waitSignal(pane.open_requested, timeout=1000) as opened:
        qtbot.keyClick(pane.results_view, Qt.Key.Key_Return)
    assert opened.args == [pane.model.hits[1].path]


def test_results_show_the_original_vowelled_text_with_the_match_marked(qtbot, pane) -> None:
    type_query(qtbot, pane, "كتب")
    hit = pane.model.hit(0)
    assert pane.model.index(0, 0).data().split("\n")[1] == "ثم كَتَبَ الوزيرُ إلى وبالمدرسةِ رسالةً."
    type_query(qtbot, pane, "مدرسة")
    assert ("وبالمدرسةِ", True) in pane.model.hit(0).snippet_parts
    assert hit.path.stem == "school"
    assert pane.model.index(0, 2).data() == "العربية"  # the language by its own name


def test_a_word_finds_its_other_forms_and_the_original_word_is_marked(qtbot, pane) -> None:
    # The body says "площади"; the word typed is "площадь": the stems are the same.
    type_query(qtbot, pane, "площадь ")
    assert shown_headlines(pane) == ["Новый мост через залив"]
    assert ("площади", True) in pane.model.hit(0).snippet_parts


def test_desk_filters_narrow_the_list(qtbot, user_folders, tmp_path) -> None:
    folder = tmp_path / "desk"
    folder.mkdir()
    for name, meta in (
        ("flash", Meta(slugline="PORTS", urgency=1)),
        ("held", Meta(embargo="2999-01-01T09:00:00+03:00")),
        ("plain", Meta(urgency=5)),
    ):
        article = Article(
            headline=name.title(), sections=[Section(body="Ports close.")], meta=meta
        )
        container.save(article, folder / f"{name}.newsdesk")
    library = Library(user_folders, [folder])
    widget = LibraryPane(library)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget._scan is None)
    widget._fill_filters()
    widget.urgency_filter.setCurrentIndex(widget.urgency_filter.findData(1))
    qtbot.waitUntil(lambda: shown_headlines(widget) == ["Flash"])
    widget.urgency_filter.setCurrentIndex(0)
    widget.embargo_filter.setCurrentIndex(widget.embargo_filter.findData("embargoed"))
    qtbot.waitUntil(lambda: shown_headlines(widget) == ["Held"])
    widget.embargo_filter.setCurrentIndex(0)
    widget.slugline_filter.setCurrentIndex(widget.slugline_filter.findData("PORTS"))
    qtbot.waitUntil(lambda: shown_headlines(widget) == ["Flash"])
    library.close()


def test_results_appear_while_the_word_is_still_being_typed(qtbot, pane) -> None:
    type_query(qtbot, pane, "мос")
    assert shown_headlines(pane) == ["Новый мост через залив"]


def test_row_shows_status_language_author_and_date(qtbot, pane, interface_locale) -> None:
    interface_locale("en_GB")
    type_query(qtbot, pane, "silos")
    model = pane.results_view.model()
    # The date as the interface language writes it, not as stored.
    assert [model.index(0, column).data() for column in range(1, 5)] == [
        "Published",
        "English",
        "Lena Ortiz",
        "01/02/2025",
    ]


def test_filters_and_sort_narrow_and_order_the_list(qtbot, pane) -> None:
    pane.status_filter.setCurrentIndex(pane.status_filter.findData("published"))
    qtbot.waitUntil(lambda: len(shown_headlines(pane)) == 2)
    pane.sort_box.setCurrentIndex(pane.sort_box.findData("oldest"))
    qtbot.waitUntil(
        lambda: (
            shown_headlines(pane)
            == ["Will the river port reopen before winter?", "هل تحل الجامعات الخاصة أزمة القبول؟"]
        )
    )
    pane.language_filter.setCurrentIndex(pane.language_filter.findData("ar"))
    qtbot.waitUntil(lambda: shown_headlines(pane) == ["هل تحل الجامعات الخاصة أزمة القبول؟"])
    assert pane.author_filter.findData("Pavel Orlov") > 0


def test_selection_asks_for_batch_export_and_status_change(qtbot, pane, shelf) -> None:
    pane.results_view.clearSelection()
    assert not pane.export_button.isEnabled()
    pane.results_view.selectAll()
    assert pane.export_button.isEnabled()
    with qtbot.waitSignal(pane.export_requested, timeout=1000) as export:
        qtbot.mouseClick(pane.export_button, Qt.MouseButton.LeftButton)
    assert sorted(export.args[0]) == sorted(shelf.values())
    reopen = next(
        a for a in pane.status_button.menu().actions() if a.data() == "changes_requested"
    )
    with qtbot.waitSignal(pane.status_change_requested, timeout=1000) as change:
        reopen.trigger()
    assert sorted(change.args[0]) == sorted(shelf.values())
    assert change.args[1] == "changes_requested"


def select_rows(pane: LibraryPane, headlines: list[str]) -> None:
    """Select the rows of these headlines, as Ctrl+click does."""
    pane.results_view.clearSelection()
    for row, headline in enumerate(shown_headlines(pane)):
        if headline in headlines:
            pane.results_view.selectionModel().select(
                pane.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )


def offered_statuses(qtbot, pane: LibraryPane) -> list[str]:
    """Open Set status's menu; return the statuses it lets the user choose."""
    menu = pane.status_button.menu()
    menu.popup(pane.status_button.mapToGlobal(pane.status_button.rect().bottomLeft()))
    qtbot.waitUntil(menu.isVisible)
    offered = [str(action.data()) for action in menu.actions() if action.isEnabled()]
    menu.close()
    return offered


def test_set_status_offers_only_moves_the_selected_articles_allow(qtbot, pane, shelf) -> None:
    # The Review menu's rule: a draft goes to review; a published article can only reopen.
    select_rows(pane, ["Новый мост через залив"])
    assert offered_statuses(qtbot, pane) == ["in_review"]
    select_rows(pane, ["Will the river port reopen before winter?"])
    assert offered_statuses(qtbot, pane) == ["changes_requested"]
    # A draft and a published article: each move some of them can make.
    select_rows(pane, ["Новый мост через залив", "Will the river port reopen before winter?"])
    assert offered_statuses(qtbot, pane) == ["in_review", "changes_requested"]


def test_saved_article_is_shown_as_saved(qtbot, pane, shelf) -> None:
    save(shelf["port"].parent, "port", "The ferry is back", "Boats again.", "en")
    pane.article_saved(shelf["port"])
    type_query(qtbot, pane, "ferry")
    assert shown_headlines(pane) == ["The ferry is back"]


def test_unreadable_file_is_reported_in_the_pane(qtbot, user_folders, shelf) -> None:
    folder = shelf["port"].parent
    (folder / "broken.newsdesk").write_bytes(b"broken")
    with Library(user_folders, [folder]) as library:
        widget = LibraryPane(library)
        qtbot.addWidget(widget)
        widget.show()
        qtbot.waitUntil(lambda: widget._scan is None)
        assert "1 file could not be read" in widget.info_label.text()
        assert f"{folder / 'broken.newsdesk'}: " in widget.info_label.toolTip()
        assert len(widget.model.hits) == 3
        widget.close()


def test_batch_export_writes_files_and_cancel_stops_it(qtbot, pane, shelf, tmp_path) -> None:
    from editor.jobs.export import export_articles
    from editor.render.styles import DEFAULT_STYLE, load_style

    style = load_style(DEFAULT_STYLE, tmp_path / "config")
    out = tmp_path / "out"
    out.mkdir()
    paths = sorted(shelf.values())
    steps = pane.run_batch_export(export_articles(paths, ["html"], out, style), len(paths))
    assert [step.ok for step in steps] == [True, True, True]
    assert len(list(out.glob("*.html"))) == 3

    closed = []

    def endless():
        try:
            for number in range(1000):
                yield type("Step", (), {"output": f"out{number}", "source": "src"})()
        finally:
            closed.append(True)

    original = QProgressDialog.wasCanceled
    QProgressDialog.wasCanceled = lambda self: True  # the user pressed Cancel
    try:
        steps = pane.run_batch_export(endless(), 1000)
    finally:
        QProgressDialog.wasCanceled = original
    assert len(steps) == 1 and closed == [True]


def test_scrolling_to_the_end_loads_the_next_page(qtbot, user_folders, tmp_path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for number in range(55):
        save(folder, f"a{number:02d}", f"Harbour {number}", "harbour", "en")
    with Library(user_folders, [folder]) as library:
        widget = LibraryPane(library)
        qtbot.addWidget(widget)
        widget.resize(900, 400)
        widget.show()
        qtbot.waitUntil(lambda: widget._scan is None)
        type_query(qtbot, widget, "harbour")
        assert widget.model.rowCount() == 40
        assert "40+ articles" in widget.info_label.text()
        scroll = widget.results_view.verticalScrollBar()
        qtbot.waitUntil(lambda: scroll.maximum() > 0)
        scroll.setValue(scroll.maximum())
        qtbot.waitUntil(lambda: widget.model.rowCount() == 55)
        widget.close()


def test_batch_status_change_shows_the_new_status_and_what_was_refused(
    qtbot, pane, shelf, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: shown.append((box.informativeText(), box.detailedText()))
    )
    outcomes = pane.apply_status([shelf["bridge"], shelf["port"]], "in_review", "Chief Editor")
    assert [outcome.ok for outcome in outcomes] == [True, False]
    (said,) = shown
    assert "cannot move to In review" in said[1]
    # Why, in the message itself: it was behind Show Details alone (seen on Xvfb).
    assert "cannot move to In review" in said[0]
    type_query(qtbot, pane, "елка")
    assert pane.results_view.model().index(0, 1).data() == "In review"
    assert container.load(shelf["bridge"]).meta.status == "in_review"


def test_date_range_filter(qtbot, pane) -> None:
    from PySide6.QtCore import QDate

    assert pane.date_from.text() == "from: any"
    pane.date_from.setDate(QDate(2025, 2, 1))
    qtbot.waitUntil(lambda: len(shown_headlines(pane)) == 2)
    pane.date_to.setDate(QDate(2025, 2, 28))
    qtbot.waitUntil(lambda: shown_headlines(pane) == ["Will the river port reopen before winter?"])


def test_added_folder_is_indexed_and_shown(qtbot, pane, tmp_path, user_folders) -> None:
    extra = tmp_path / "archive"
    extra.mkdir()
    save(extra, "old", "An old ferry story", "The ferry of 1990.", "en")
    pane.add_folder(extra)
    qtbot.waitUntil(lambda: pane._scan is None)
    type_query(qtbot, pane, "ferry")
    assert shown_headlines(pane) == ["An old ferry story"]
    assert str(extra) in (user_folders.config / "library.json").read_text(encoding="utf-8")
    pane.remove_folder(extra)
    qtbot.waitUntil(lambda: pane._scan is None)
    type_query(qtbot, pane, "ferry")
    assert shown_headlines(pane) == []


def test_batch_status_change_says_when_no_backup_was_kept(
    qtbot, pane, shelf, monkeypatch, user_folders
) -> None:
    from PySide6.QtWidgets import QMessageBox

    # A file where the backups folder should be: the status changes, no backup is kept.
    user_folders.backups.parent.mkdir(parents=True, exist_ok=True)
    user_folders.backups.write_text("not a folder", encoding="utf-8")
    shown = []
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: shown.append((box.text(), box.detailedText()))
    )
    outcomes = pane.apply_status([shelf["bridge"]], "in_review", "Chief Editor", user_folders)
    assert [outcome.ok for outcome in outcomes] == [True]
    assert container.load(shelf["bridge"]).meta.status == "in_review"
    assert len(shown) == 1
    text, details = shown[0]
    assert text == (
        "The status of 1 article changed, but no backup of the previous version was kept. "
        "The backups folder could not be written to."
    )
    assert details.startswith(f"{shelf['bridge']}: The backups folder could not be written to. ")
    assert "Details: no backup was kept: cannot create the backup folder" in details


def test_batch_status_change_locks_each_article_under_the_user_name(
    qtbot, pane, shelf, monkeypatch
) -> None:
    from editor.jobs import status_change
    from editor.storage.lock import read_lock

    seen = []
    record = status_change.change_status

    def change_and_look(article, status, author, note, **options):
        # While the article changes, another user opening it sees this lock.
        seen.append((read_lock(shelf["bridge"]) or {}).get("user"))
        return record(article, status, author, note, **options)

    monkeypatch.setattr(status_change, "change_status", change_and_look)
    (outcome,) = pane.apply_status([shelf["bridge"]], "in_review", "Writer A")
    assert outcome.ok
    assert seen == ["Writer A"]


@pytest.mark.parametrize("language", ["ru", "tr"])
def test_every_filter_shows_its_whole_choice(qtbot, qapp, pane, language: str) -> None:
    # In one row of eleven, Russian and Turkish choices were cut to "Любой ста", "Tüm bürol"
    # (seen on Xvfb at 1,130 px).
    from editor.storage.folders import UserFolders
    from editor.storage.settings import Settings
    from editor.ui.common.theme import apply_ui_language

    pane.resize(1130, 600)
    try:
        apply_ui_language(qapp, Settings(ui_language=language), UserFolders.default().cache)
        qtbot.wait(50)
        QApplication.processEvents()
        for box in (
            pane.status_filter,
            pane.language_filter,
            pane.author_filter,
            pane.office_filter,
            pane.tag_filter,
            pane.slugline_filter,
            pane.urgency_filter,
            pane.embargo_filter,
            pane.sort_box,
        ):
            text = box.currentText()
            room = box.width() - 30  # the arrow's share
            assert box.fontMetrics().horizontalAdvance(text) <= room, (language, text)
    finally:
        apply_ui_language(qapp, Settings(ui_language="en"), UserFolders.default().cache)


def test_the_language_filter_names_each_language_by_its_own_name(pane) -> None:
    # As the results' column and every language chooser do ("Arabic (ar)" in English was
    # listed beside "العربية" in a Russian interface; found in a trial).
    shown = [pane.language_filter.itemText(i) for i in range(pane.language_filter.count())]
    assert "العربية (ar)" in shown and "Русский (ru)" in shown and "English (en)" in shown
