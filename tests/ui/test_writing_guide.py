"""Help › Writing in Newsdesk: the same guide in every interface language, shown in the
current one (right to left for Arabic and Urdu), English when a language has none."""

from __future__ import annotations

import re
import unicodedata
from html.parser import HTMLParser

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from ui_articles import english_article

from editor.ui.common.translations import available_languages
from editor.ui.dialogs.guide_dialog import GuideDialog, guide_html, guide_path
from editor.ui.dialogs.shortcuts_dialog import menu_shortcuts

LANGUAGES = ["en", *available_languages()]
RIGHT_TO_LEFT = {"ar", "ur"}
# A letter of each language's own script, and the script's name in Unicode.
SCRIPT = {"ar": "ARABIC", "ur": "ARABIC", "ru": "CYRILLIC", "tr": "LATIN", "en": "LATIN"}


class _Outline(HTMLParser):
    """The guide's direction, section ids, headings and text, as a reader meets them."""

    def __init__(self) -> None:
        super().__init__()
        self.direction = ""
        self.language = ""
        self.sections: list[str] = []
        self.headings: list[str] = []
        self.text: list[str] = []
        self._in_heading = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "html":
            self.direction = values.get("dir") or ""
            self.language = values.get("lang") or ""
        if tag == "h2":
            self.sections.append(values.get("id") or "")
            self.headings.append("")
            self._in_heading = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "h2":
            self._in_heading = False

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self._in_heading:
            self.headings[-1] += data


def _outline(code: str) -> _Outline:
    outline = _Outline()
    outline.feed(guide_path(code).read_text(encoding="utf-8"))
    return outline


def test_the_guide_covers_what_a_writer_needs_in_english() -> None:
    english = _outline("en")
    assert english.sections == [
        "paragraphs",
        "emphasis",
        "links",
        "lists",
        "quotations",
        "sections",
        "preview",
        "review",
        "editions",  # found missing in a trial: editions were hard to find
        "export",
    ]
    text = " ".join(english.text)
    keys = ("Enter", "Shift+Enter", "Ctrl+B", "Ctrl+I", "Ctrl+K", "Ctrl+Shift+Q", "Ctrl+P", "F8")
    for key in (*keys, "Ctrl+Alt+E"):
        assert key in text, key


@pytest.mark.parametrize("code", [code for code in LANGUAGES if code != "en"])
def test_every_language_has_the_same_sections_as_the_english_guide(code: str) -> None:
    english, translated = _outline("en"), _outline(code)
    assert translated.sections == english.sections
    assert translated.language == code
    assert translated.direction == ("rtl" if code in RIGHT_TO_LEFT else "ltr")
    # Translated, not copied: every heading differs from the English one and is written in
    # the language's script; the keys stay as Qt names them.
    for heading, original in zip(translated.headings, english.headings, strict=True):
        assert heading.strip() and heading != original, (code, heading)
        letters = [ch for ch in heading if ch.isalpha()]
        assert all(SCRIPT[code] in unicodedata.name(ch) for ch in letters), (code, heading)
    text = " ".join(translated.text)
    for key in ("Shift+Enter", "Ctrl+B", "Ctrl+I", "Ctrl+K", "Ctrl+Shift+Q", "Ctrl+P"):
        assert key in text, (code, key)


@pytest.mark.parametrize("code", LANGUAGES)
def test_help_shows_the_guide_in_the_interface_language(qtbot, workspace, code: str) -> None:
    workspace.settings.ui_language = code
    window = workspace.add_window(english_article())
    assert window.guide_action in window.help_menu.actions()
    assert window.guide_action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    window.guide_action.trigger()
    dialog = window.findChild(GuideDialog)
    assert dialog is not None and dialog.isVisible()
    shown = dialog.browser.toPlainText()
    first_heading = _outline(code).headings[0].strip()
    assert first_heading in shown
    rtl = code in RIGHT_TO_LEFT
    assert dialog.browser.isRightToLeft() == rtl
    first = dialog.browser.document().firstBlock().layout().textOption().textDirection()
    assert (first == Qt.LayoutDirection.RightToLeft) == rtl
    dialog.close()


def test_a_language_without_a_guide_gets_the_english_one(qtbot, workspace, tmp_path) -> None:
    folder = tmp_path / "guide"
    folder.mkdir()
    (folder / "writing_en.html").write_text(guide_path("en").read_text(encoding="utf-8"))
    dialog = GuideDialog("ar", folder=folder)
    qtbot.addWidget(dialog)
    assert dialog.language == "en"
    assert "Paragraphs and lines" in dialog.browser.toPlainText()
    assert not dialog.browser.isRightToLeft()
    # A guide that cannot be read falls back to English too.
    (folder / "writing_ru.html").write_bytes(b"\xff\xfe broken")
    assert "Paragraphs and lines" in guide_html("ru", folder)


def test_the_guide_and_print_are_in_the_list_of_keys(qtbot, workspace) -> None:
    window = workspace.add_window(english_article())
    rows = menu_shortcuts(window.menuBar())
    help_rows = [(command, keys) for menu, command, keys in rows if menu == "Help"]
    assert ("Writing in Newsdesk", QKeySequence("F1").toString()) in help_rows
    assert any(re.fullmatch(r"Print…", command) for _menu, command, _keys in rows)


def _menu_paths(menu, above: tuple[str, ...] = ()) -> set[tuple[str, ...]]:
    """Every path of words to an item of a menu and its submenus, as a user reads them."""
    menu.aboutToShow.emit()  # menus filled as they open (the editions, the recent files)
    found: set[tuple[str, ...]] = set()
    for action in menu.actions():
        words = action.text().split("\t")[0].replace("&", "").strip().rstrip("…")
        if not words:
            continue
        path = (*above, words)
        found.add(path)
        if action.menu() is not None:
            found |= _menu_paths(action.menu(), path)
    return found


def test_every_menu_path_the_guide_names_is_in_the_menus(qtbot, workspace) -> None:
    # The guide first sent editions to "Edition › Side by Side", where the menus have
    # View › Side by Side (seen on Xvfb).
    window = workspace.add_window(english_article())
    window.finish_building()
    window.attach_review()
    window.attach_editions()
    paths: set[tuple[str, ...]] = set()
    for action in window.menuBar().actions():
        title = action.text().replace("&", "")
        paths |= {(title, *rest) for rest in _menu_paths(action.menu())}
    html = guide_path("en").read_text(encoding="utf-8")
    named = [
        tuple(word.strip().rstrip("…") for word in " ".join(found.split()).split("›"))
        for found in re.findall(r"<b>([^<]*›[^<]*)</b>", html)
    ]
    assert len(named) >= 10
    missing = [" › ".join(path) for path in named if path not in paths]
    assert not missing, missing
