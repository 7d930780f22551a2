"""Switching the interface language while running: every open window speaks the new one.

A window opened in English on the sample article of the language switched to, with its
review and language tools, the checklist, the find dialog, the revisions dialog, About, the
keyboard shortcuts and the library, is switched to that language the way Settings does it
(``Workspace.apply``). Every text the user reads is then
collected (``test_every_language.shown_texts``: titles, menus and every action, labels,
buttons, placeholders, tooltips, combo items, tabs, headers, the status bar) and compared
with the same windows opened fresh in that language: they must be the same.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget
from test_every_language import SAMPLE_OF, SAMPLES, Catalogue, shown_texts, untranslated_texts

from editor.importing import import_draft
from editor.storage.folders import UserFolders
from editor.storage.settings import Settings
from editor.ui.common.theme import apply_ui_language
from editor.ui.common.translations import translations_dir
from editor.ui.window.workspace import Workspace

SWITCHED_TO = ["ar", "ru", "tr", "ur"]


def _settle(app: QApplication) -> None:
    # LanguageChange is posted to the application, which posts it to every window.
    for _ in range(3):
        app.sendPostedEvents(None, QEvent.Type.LanguageChange)
        app.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        app.processEvents()


def open_windows(app: QApplication, workspace: Workspace, language: str) -> dict[str, QWidget]:
    """Open the main window and every window or dialog that stays open beside it."""
    from editor.ui.dialogs.about_dialog import AboutDialog
    from editor.ui.dialogs.guide_dialog import GuideDialog
    from editor.ui.dialogs.shortcuts_dialog import ShortcutsDialog
    from editor.ui.review.review_actions import RevisionsDialog

    # The language's own sample: the article's words are not English left behind.
    article = import_draft(SAMPLES / SAMPLE_OF[language]).article
    workspace.settings.author = article.byline.author
    window = workspace.add_window(article)
    window.resize(1280, 800)
    window.form.complete()
    review = window.attach_review()
    tools = window.attach_language_tools()
    window.attach_editions()  # as after the first paint, in both windows compared
    review.save_revision("1")
    # At one fixed time: the windows compared are opened a moment apart, and a minute
    # turning between them changed the revision's shown time (a test that failed once).
    window.article().revisions[-1].created = "2026-05-02T10:00:00+00:00"
    tools.panel.spelling_check.setChecked(False)  # no dictionaries to load
    tools.show_checklist()
    window.find_dialog().show_with("90817", replace=True)
    library = workspace.show_library(window)
    assert library is not None
    windows: dict[str, QWidget] = {
        "main window": window,
        "find and replace": window.find_dialog(),
        "revisions": RevisionsDialog(review, window),
        "about": AboutDialog(workspace.folders, window),
        "keyboard shortcuts": ShortcutsDialog(window.menuBar(), window),
        "writing guide": GuideDialog(workspace.settings.ui_language, window),
        "library": library,
    }
    for name, shown in windows.items():
        shown.setObjectName(name)
        shown.show()
    _settle(app)
    window._on_counts_due()  # the status bar's words, as after the first paint
    return windows


def collect(windows: dict[str, QWidget]) -> Counter[tuple[str, str, str]]:
    """Every (where, what, text) the user reads in the windows, as a multiset."""
    return Counter(
        (shown.where, shown.what, shown.text)
        for window in windows.values()
        for shown in shown_texts(window)
        if shown.text.strip()
    )


def _close(app: QApplication, workspace: Workspace, windows: dict[str, QWidget]) -> None:
    for window in [*windows.values(), *workspace.windows]:
        if isinstance(window, QMainWindow):
            window.setWindowModified(False)
        window.close()
    workspace.close_library()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()


@pytest.fixture
def english_start(qapp: QApplication) -> Iterator[None]:
    """The interface starts in English and is English again after the test."""
    name = qapp.applicationName()
    qapp.setApplicationName("Newsdesk")
    apply_ui_language(qapp, Settings(ui_language="en"), UserFolders.default().cache)
    yield
    apply_ui_language(qapp, Settings(ui_language="en"), UserFolders.default().cache)
    qapp.setApplicationName(name)


def _workspace(base: Path, language: str) -> Workspace:
    folders = UserFolders(base / "c", base / "d", base / "s", base / "k", base / "doc")
    settings = Settings(ui_language=language)
    return Workspace(folders, settings, language_tools=False)


@pytest.mark.parametrize("language", SWITCHED_TO)
def test_switching_the_language_retranslates_every_open_window(
    qapp: QApplication, tmp_path: Path, english_start: None, language: str
) -> None:
    # The same folders for both: the About box and the library show them.
    switched = _workspace(tmp_path, "en")
    windows = open_windows(qapp, switched, language)
    try:
        english = collect(windows)
        switched.apply(replace(switched.settings, ui_language=language))
        _settle(qapp)
        windows["main window"]._on_counts_due()
        after = collect(windows)
        catalogue = Catalogue.load(translations_dir() / f"newsdesk_{language}.ts")
        left = untranslated_texts(list(windows.values()), catalogue)
    finally:
        _close(qapp, switched, windows)
    fresh_space = _workspace(tmp_path, language)
    fresh_windows = open_windows(qapp, fresh_space, language)
    try:
        fresh = collect(fresh_windows)
    finally:
        _close(qapp, fresh_space, fresh_windows)
    assert after != english
    assert not left, f"{language}: English left after switching:\n" + "\n".join(left)
    stale = sorted(after - fresh)
    missing = sorted(fresh - after)
    assert not stale and not missing, (
        f"{language}: shown after switching, not in a fresh window:\n"
        + "\n".join(map(str, stale))
        + "\n\nin a fresh window, not after switching:\n"
        + "\n".join(map(str, missing))
    )


@pytest.mark.parametrize("language", ["ar", "ur", "ru"])
def test_direction_and_text_change_together(
    qapp: QApplication, tmp_path: Path, english_start: None, language: str
) -> None:
    workspace = _workspace(tmp_path, "en")
    article = import_draft(SAMPLES / "ferry-line-en.txt").article
    window = workspace.add_window(article)
    try:
        file_menu = window.menuBar().actions()[0]
        english_title = file_menu.text()
        workspace.apply(replace(workspace.settings, ui_language=language))
        _settle(qapp)
        rtl = language in ("ar", "ur")
        wanted = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        assert window.layoutDirection() == wanted
        assert file_menu.text() != english_title
        # The keys a menu item shows after its text: Ctrl+, read left to right, its comma
        # at the end (a right-to-left menu put it at the left, ",Ctrl+").
        settings_item = window.settings_action.text()
        assert settings_item.partition("\t")[2] == ("\u2066Ctrl+,\u2069" if rtl else "")
        assert "\t" not in window.save_action.text()  # Ctrl+S needs no isolate
        # A key named in the interface's script beside Latin ones reads left to right too:
        # "Ctrl+Shift+الأعلى", not "الأعلى+Ctrl+Shift" (a trial).
        move_up = window.section_actions.move_up_action
        keys = move_up.text().partition("\t")[2]
        if rtl:
            assert keys.startswith("\u2066Ctrl+Shift+") and keys.endswith("\u2069")
        else:
            assert keys == ""
        workspace.apply(replace(workspace.settings, ui_language="en"))
        _settle(qapp)
        assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
        assert file_menu.text() == english_title
        assert "\t" not in window.settings_action.text()
    finally:
        _close(qapp, workspace, {})


def test_the_notice_of_a_change_on_disk_and_the_status_bar_follow_the_language(
    qtbot, qapp: QApplication, tmp_path: Path, english_start: None
) -> None:
    from editor.storage.container import load, save

    workspace = _workspace(tmp_path, "en")
    path = tmp_path / "story.newsdesk"
    save(import_draft(SAMPLES / SAMPLE_OF["ru"]).article, path)
    window = workspace.open_file(path)
    assert window is not None
    try:
        qtbot.waitUntil(lambda: window.disk.watching(), timeout=5000)
        changed = load(path)
        changed.headline = "Changed in a terminal"
        save(changed, path)
        qtbot.waitUntil(lambda: window.disk.notice() != "", timeout=5000)
        english_notice = window.disk.notice()
        english_buttons = [action.text() for action in window.disk._bar.actions()]
        assert "Saved" in [label.text() for label in window.statusBar().findChildren(QLabel)]
        workspace.apply(replace(workspace.settings, ui_language="ru"))
        _settle(qapp)
        catalogue = Catalogue.load(translations_dir() / "newsdesk_ru.ts")
        assert window.disk.notice() != english_notice
        assert "story.newsdesk" in window.disk.notice()
        assert not catalogue.english_words(window.disk.notice().replace("story.newsdesk", ""))
        buttons = [action.text() for action in window.disk._bar.actions()]
        assert all(new != old for new, old in zip(buttons, english_buttons, strict=True) if old)
        # The file's name is the user's: the rest of each text is Russian.
        left = [t for t in untranslated_texts([window], catalogue) if "story.newsdesk" not in t]
        assert not left, "\n".join(left)
        assert window.windowTitle().startswith("story.newsdesk")
    finally:
        _close(qapp, workspace, {})


def test_the_notice_of_a_text_too_long_to_edit_follows_the_language(
    qapp: QApplication, tmp_path: Path, english_start: None
) -> None:
    from editor.ui.form.text_box import LONG_PARAGRAPH

    workspace = _workspace(tmp_path, "en")
    article = import_draft(SAMPLES / "ferry-line-en.txt").article
    article.sections[0].body = "Before. " + "word " * LONG_PARAGRAPH
    window = workspace.add_window(article)
    try:
        notice = window.form.sections[0].editor._held_notice
        assert notice is not None and "too long" in notice.text()
        workspace.apply(replace(workspace.settings, ui_language="ru"))
        _settle(qapp)
        catalogue = Catalogue.load(translations_dir() / "newsdesk_ru.ts")
        assert "too long" not in notice.text()
        assert not catalogue.english_words(notice.text())
    finally:
        _close(qapp, workspace, {})
