"""Every interface language: nothing left in English, nothing clipped, mirrored for ar and ur.

For each language the editor ships (English and each ``resources/translations`` source) the
real main window is opened at 1280×800 on that language's sample article, with its review
and language tools, and beside it every dialog and window the UI has: export (one article,
and the library's batch), settings, find and replace, quotation, recovery, revisions, the
library window and About; the preview, review and checklist docks and the read-only
banner are shown. Then:

- every text a user reads (labels, buttons, titles, menus, tooltips, placeholders, header
  labels, combo items) is looked up in the ``.ts`` sources: a text that equals an English
  source whose translation differs, or that fills a translated pattern with such a string
  ("Статус: Draft"), is untranslated; in an Arabic, Russian or Urdu interface so is any
  English word (the program's name, formats and key names aside), listed or not;
- every label, button, check box, radio button, group box title, tab and menu item has room
  for its text (font metrics against the contents rect, line by line, word-wrapped where
  the widget wraps);
- Arabic and Urdu lay every window out right to left, the others left to right.

Message boxes, input dialogs, file dialogs and context menus are left out: Qt sizes them to
their text, and their strings are in the ``.ts`` sources, which ``tests/packaging`` keeps
complete. User data is not read: article text, file names, font and house style names,
languages in their own names. The two last tests run the checks on a tiny window with a
deliberately untranslated string and deliberately clipped texts: they do fail.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDockWidget,
    QFontComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionGroupBox,
    QTabBar,
    QTextEdit,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from editor.importing import import_draft
from editor.storage.folders import UserFolders
from editor.storage.recovery import RecoveryEntry
from editor.storage.settings import Settings
from editor.ui.common.theme import apply_ui_language
from editor.ui.common.translations import SOURCE_LANGUAGE, available_languages, translations_dir
from editor.ui.window.workspace import Workspace

REPO = Path(__file__).resolve().parent.parent.parent
SAMPLES = REPO / "resources" / "samples"
SAMPLE_OF = {
    "en": "ferry-line-en.txt",
    "ar": "water-plan-ar.txt",
    "ru": "library-ru.txt",
    "tr": "market-tr.md",
    "ur": "school-ur.txt",
}
LANGUAGES = [SOURCE_LANGUAGE, *available_languages()]
RIGHT_TO_LEFT = {"ar", "ur"}
# A laptop's small screen, less a window frame: every dialog fits it.
SMALL_SCREEN_WIDTH = 780
MAIN_WINDOW_SIZE = (1280, 800)

# Texts that equal an English source string but are right as they are, each with why.
# Kept small: a string that needs an entry here is more often a string to translate.
ALLOWED_AS_IS: frozenset[str] = frozenset()
# Latin words an Arabic, Russian or Urdu interface shows as they are: the program's name,
# file formats and products, and the key names of shortcuts.
LATIN_WORDS = frozenset(
    {"Newsdesk", "HTML", "CMS", "Markdown", "PDF", "Word", "DOCX", "docx", "html", "pdf"}
    | {"PySide", "Python", "GNU", "GPL"}  # the About box: what it runs on, its licence
    | {"Ctrl", "Shift", "Alt"}
    | {"quote"}  # the [[quote:ID]] token: syntax the writer types, shown as a tooltip
    | {"Letter", "Legal"}  # paper sizes by their names (A4, Letter), as printers name them
    # Exchange formats by their own names, and their file name extensions.
    | {"ninjs", "NewsML", "WordPress", "json", "xml"}
)
_LATIN_WORD = re.compile(r"[A-Za-z]{3,}")
_PATH = re.compile(r"\S*[/\\]\S*")  # a file or folder the user chose: shown as it is


# -- the .ts sources ---------------------------------------------------------------------


def _pattern(text: str) -> re.Pattern[str] | None:
    """Return a regular expression for a text with {0} or %n in it, None for a plain one."""
    if not re.search(r"\{\d\}|%n", text):
        return None
    if len(re.findall(r"\w", re.sub(r"\{\d\}|%n", "", text))) < 3:
        return None  # "{0} {1}." would match any text: too little of its own to judge
    escaped = re.escape(text)
    escaped = re.sub(r"\\\{\d\\\}", "(.+?)", escaped)
    escaped = escaped.replace("%n", r"[\d.,\u0660-\u0669\u06f0-\u06f9]+")
    escaped = escaped.replace(r"\(s\)", "s?")  # the English plural: "2 files", "1 file"
    return re.compile(escaped, re.DOTALL)


@dataclass
class Catalogue:
    """The English sources of one language's ``.ts`` file and what they became."""

    # English sources whose translation differs (shown as they are, they are untranslated).
    sources: set[str] = field(default_factory=set)
    source_patterns: list[re.Pattern[str]] = field(default_factory=list)
    # Translations with {0} or %n: the values filled in are checked in turn.
    translation_patterns: list[re.Pattern[str]] = field(default_factory=list)

    # Whether the translations are written in another script than English (ar, ru, ur):
    # then any English word shown is suspect, even one no source string holds.
    latin_script: bool = True

    @classmethod
    def load(cls, ts_file: Path) -> Catalogue:
        """Read a Qt Linguist source (obsolete and vanished messages left out)."""
        catalogue = cls()
        letters = latin = 0
        for message in ET.parse(ts_file).getroot().iter("message"):
            source = message.findtext("source", "")
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("obsolete", "vanished"):
                continue
            forms = [form.text or "" for form in translation.iter("numerusform")]
            forms = forms or [translation.text or ""]
            for form in forms:
                letters += sum(1 for char in form if char.isalpha())
                latin += sum(1 for char in form if "a" <= char.lower() <= "z")
            for text in {_visible(form) for form in forms if form}:
                pattern = _pattern(text)
                if pattern is not None:
                    catalogue.translation_patterns.append(pattern)
            if all(_visible(form) == _visible(source) for form in forms):
                continue  # the same in this language ("PDF (.pdf)")
            pattern = _pattern(_visible(source))
            if pattern is None:
                catalogue.sources.add(_visible(source))
            else:
                catalogue.source_patterns.append(pattern)
        catalogue.latin_script = latin > letters / 2
        return catalogue

    def english_words(self, text: str) -> list[str]:
        """Return the English words in a text of a non-Latin interface (none for tr)."""
        if self.latin_script:
            return []
        return [w for w in _LATIN_WORD.findall(_PATH.sub("", text)) if w not in LATIN_WORDS]

    def untranslated(self, text: str, depth: int = 0) -> bool:
        """Whether a text shown is an English source, or a translation filled with one."""
        if not text.strip() or text in ALLOWED_AS_IS:
            return False
        if text in self.sources or text.rstrip(":：") in self.sources:
            return True
        if any(pattern.fullmatch(text) for pattern in self.source_patterns):
            return True
        if depth < 2:
            for pattern in self.translation_patterns:
                match = pattern.fullmatch(text)
                if match and any(self.untranslated(part, depth + 1) for part in match.groups()):
                    return True
        return False


def _visible(text: str) -> str:
    """Return a text as the user reads it: no mnemonic ampersand, no shortcut after a tab."""
    text = text.split("\t")[0]
    text = re.sub(r"&(.)", r"\1", text)  # "&&" is a literal "&"
    text = text.replace("[*]", "")
    return text.strip()


# -- what a user reads ---------------------------------------------------------------------


@dataclass(frozen=True)
class Shown:
    """One text on screen and the widget that shows it."""

    where: str
    what: str  # text, title, tooltip, placeholder, item, header, menu…
    text: str


def describe(widget: QWidget | QMenu) -> str:
    """Name a widget for a failure message: its window, then objectName or class."""
    name = widget.objectName() or type(widget).__name__
    window = widget.window()
    if window is not widget:
        top = window.objectName() or type(window).__name__
        return f"{top} › {name}"
    return name


def _plain(label: QLabel) -> str:
    text = label.text()
    if label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)
    ):
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return text


def _is_value(combo: QComboBox, index: int) -> bool:
    """Whether a combo item shows a value as it is, not a label of the interface."""
    from editor.ui.dialogs.settings_dialog import UiLanguageCombo
    from editor.ui.form.language_combo import LanguageCombo

    if isinstance(combo, QFontComboBox | LanguageCombo):
        return True  # font names; languages by their own names ("Deutsch (de)")
    if isinstance(combo, UiLanguageCombo):
        return combo.itemData(index) != "system"  # each language in its own name
    return combo.itemData(index) == combo.itemText(index)  # house style names


def _menu_texts(menu: QMenu, where: str, seen: set[int]) -> Iterator[Shown]:
    if id(menu) in seen:
        return
    seen.add(id(menu))
    menu.aboutToShow.emit()  # menus filled on demand (recent files, library folders)
    yield Shown(where, "menu title", menu.title())
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        code = action.data()
        if not (isinstance(code, str) and code and action.text().endswith(f"({code})")):
            # Not a language by its own name ("Deutsch (de)"), a value in any interface.
            yield Shown(f"{where} › {_visible(action.text())}", "menu item", action.text())
        yield Shown(
            where,
            "tooltip",
            action.toolTip() if action.toolTip() != _visible(action.text()) else "",
        )
        yield Shown(where, "status tip", action.statusTip())
        if action.menu() is not None:
            yield from _menu_texts(action.menu(), f"{where} › {_visible(action.text())}", seen)


def _shown_in(widget: QWidget, window: QWidget) -> bool:
    """Whether a widget is on screen in this window (not in a dialog it owns)."""
    if widget is window:
        return True
    return widget.window() is window and widget.isVisibleTo(window)


def shown_texts(window: QWidget) -> Iterator[Shown]:
    """Yield every user-visible text of a window and its visible children (cells too)."""
    seen_menus: set[int] = set()
    widgets = [window, *window.findChildren(QWidget)]
    for widget in widgets:
        if not _shown_in(widget, window):
            continue
        if isinstance(widget, QMenu):
            continue  # read through the menu bar and buttons below
        where = describe(widget)
        if widget.isWindow() or isinstance(widget, QDockWidget | QToolBar):
            yield Shown(where, "title", widget.windowTitle())
        yield Shown(where, "tooltip", widget.toolTip())
        yield Shown(where, "status tip", widget.statusTip())
        if isinstance(widget, QLabel):
            yield Shown(where, "text", _plain(widget))
        elif isinstance(widget, QAbstractButton):
            yield Shown(where, "text", widget.text())
            menu = widget.menu() if isinstance(widget, QPushButton | QToolButton) else None
            if menu is not None:
                yield from _menu_texts(menu, where, seen_menus)
        elif isinstance(widget, QGroupBox):
            yield Shown(where, "title", widget.title())
        elif isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
            yield Shown(where, "placeholder", widget.placeholderText())
        elif isinstance(widget, QComboBox):
            for index in range(widget.count()):
                if not _is_value(widget, index):
                    text = widget.itemText(index)
                    # A house style: its name (a value) — what it is for (read as shown).
                    text = text.removeprefix(f"{widget.itemData(index)} — ")
                    yield Shown(where, "item", text)
            if widget.isEditable() and widget.lineEdit() is not None:
                yield Shown(where, "placeholder", widget.lineEdit().placeholderText())
        elif isinstance(widget, QAbstractSpinBox):
            yield Shown(where, "special value", widget.specialValueText())
            yield Shown(where, "suffix", getattr(widget, "suffix", lambda: "")())
            yield Shown(where, "prefix", getattr(widget, "prefix", lambda: "")())
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                yield Shown(where, "tab", widget.tabText(index))
        elif isinstance(widget, QHeaderView):
            model = widget.model()
            if model is None or widget.isHidden():
                continue
            for section in range(widget.count()):
                if not widget.isSectionHidden(section):
                    label = model.headerData(section, widget.orientation())
                    yield Shown(where, "header", str(label) if label is not None else "")
        elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            yield from _cell_texts(widget, where)
        elif isinstance(widget, QMenuBar):
            for action in widget.actions():
                if action.menu() is not None and action.isVisible():
                    yield from _menu_texts(action.menu(), where, seen_menus)


def _cell_texts(view: QAbstractItemView, where: str) -> Iterator[Shown]:
    """Yield the texts in the first rows of a list, table or tree (and their tooltips)."""
    model = view.model()
    if model is None or view.isHidden():
        return
    for row in range(min(model.rowCount(), 40)):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            roles = (Qt.ItemDataRole.DisplayRole, "cell"), (Qt.ItemDataRole.ToolTipRole, "tip")
            for role, what in roles:
                value = model.data(index, role)
                if isinstance(value, str):
                    yield Shown(where, what, value)


def untranslated_texts(windows: list[QWidget], catalogue: Catalogue) -> list[str]:
    """Return "where (what): text" for each English text left in the windows."""
    found = []
    for window in windows:
        for shown in shown_texts(window):
            text = _visible(shown.text)
            if catalogue.untranslated(text):
                found.append(f"{shown.where} ({shown.what}): {text!r}")
            elif english := catalogue.english_words(text):
                found.append(f"{shown.where} ({shown.what}): {text!r} has {english}")
    return sorted(set(found))


# -- room for the text ---------------------------------------------------------------------


def _line_widths(metrics: QFontMetrics, text: str) -> list[int]:
    return [metrics.horizontalAdvance(line) for line in text.split("\n")]


def _label_clipped(label: QLabel) -> str | None:
    text = _plain(label)
    if not text.strip():
        return None
    metrics = label.fontMetrics()
    room = label.contentsRect()
    margin = label.margin()
    width = room.width() - 2 * margin - max(0, label.indent())
    if label.wordWrap():
        words = [word for line in text.split("\n") for word in line.split()]
        widest = max((metrics.horizontalAdvance(word) for word in words), default=0)
        if widest > width:
            return f"a word needs {widest} px, has {width}"
        needed = label.heightForWidth(label.width()) if label.hasHeightForWidth() else 0
        if needed > label.height() + 1:
            return f"wrapped text needs {needed} px high, has {label.height()}"
        return None
    widest = max(_line_widths(metrics, text))
    if widest > width:
        return f"needs {widest} px, has {width}"
    # Laid out as the label lays it out: with the line height of the fonts the script is
    # drawn in (an Arabic line is not as high as a Latin one in the same font).
    high = metrics.boundingRect(QRect(0, 0, 10**6, 10**6), 0, text).height()
    if high > room.height() - 2 * margin:
        return f"needs {high} px high, has {room.height() - 2 * margin}"
    return None


def _button_room(button: QAbstractButton) -> int:
    style = button.style()
    option = QStyleOptionButton()
    option.initFrom(button)
    option.text = button.text()
    option.icon = button.icon()
    option.iconSize = button.iconSize()
    if isinstance(button, QCheckBox):
        element = QStyle.SubElement.SE_CheckBoxContents
    elif isinstance(button, QRadioButton):
        element = QStyle.SubElement.SE_RadioButtonContents
    else:
        element = QStyle.SubElement.SE_PushButtonContents
        if isinstance(button, QPushButton) and button.menu() is not None:
            option.features |= QStyleOptionButton.ButtonFeature.HasMenu
    width = style.subElementRect(element, option, button).width()
    if not button.icon().isNull():
        width -= button.iconSize().width() + 4
    if isinstance(button, QPushButton) and button.menu() is not None:
        width -= style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, option, button)
    return width


def _button_clipped(button: QAbstractButton) -> str | None:
    text = _visible(button.text())
    if not text:
        return None
    metrics = button.fontMetrics()
    needed = max(_line_widths(metrics, text))
    if isinstance(button, QToolButton):
        # Text beside an arrow or icon: Qt's own size for it is the least it needs.
        has = button.width()
        hint = button.sizeHint().width()
        return f"needs {hint} px, has {has}" if hint > has else None
    room = _button_room(button)
    return f"needs {needed} px, has {room}" if needed > room else None


def _group_box_clipped(box: QGroupBox) -> str | None:
    if not box.title():
        return None
    option = QStyleOptionGroupBox()
    box.initStyleOption(option)
    rect = box.style().subControlRect(
        QStyle.ComplexControl.CC_GroupBox, option, QStyle.SubControl.SC_GroupBoxLabel, box
    )
    needed = box.fontMetrics().horizontalAdvance(_visible(box.title()))
    room = min(rect.width(), box.contentsRect().width())
    return f"needs {needed} px, has {room}" if needed > room else None


def _tabs_clipped(bar: QTabBar) -> str | None:
    for index in range(bar.count()):
        needed = bar.fontMetrics().horizontalAdvance(_visible(bar.tabText(index)))
        room = (
            bar.tabRect(index).width()
            - 2 * bar.style().pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace, None, bar) // 2
        )
        if needed > room:
            return f"tab {bar.tabText(index)!r} needs {needed} px, has {room}"
    return None


def _menu_clipped(menu: QMenu) -> list[str]:
    problems = []
    metrics = menu.fontMetrics()
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        text = action.text()
        label, _, key = text.partition("\t")
        shortcut = key or action.shortcut().toString(action.shortcut().SequenceFormat.NativeText)
        needed = metrics.horizontalAdvance(_visible(label))
        if shortcut:
            needed += metrics.horizontalAdvance(shortcut)
        # The item's rect is laid out for the menu's own size; a menu held narrower (or
        # wider than the screen) cuts it.
        screen = menu.screen().availableGeometry().width() if menu.screen() else 10**6
        room = min(menu.actionGeometry(action).width(), menu.width(), screen)
        if needed > room:
            problems.append(f"{_visible(label)!r} needs {needed} px, has {room}")
    return problems


def _menu_bar_clipped(bar: QMenuBar) -> list[str]:
    problems = []
    for action in bar.actions():
        if not action.isVisible():
            continue
        rect = bar.actionGeometry(action)
        if rect.isEmpty() or not bar.rect().contains(rect):
            problems.append(f"menu {_visible(action.text())!r} does not fit in the menu bar")
    return problems


def clipped_texts(windows: list[QWidget]) -> list[str]:
    """Return "where: text — why" for each text its widget has no room for."""
    found = []
    seen_menus: set[int] = set()

    def menus_of(menu: QMenu, where: str) -> None:
        if id(menu) in seen_menus:
            return
        seen_menus.add(id(menu))
        menu.aboutToShow.emit()
        menu.ensurePolished()
        menu.adjustSize()
        found.extend(f"{where} › {menu.title()!r}: {problem}" for problem in _menu_clipped(menu))
        for action in menu.actions():
            if action.menu() is not None and action.isVisible():
                menus_of(action.menu(), where)

    for window in windows:
        for widget in [window, *window.findChildren(QWidget)]:
            if not _shown_in(widget, window):
                continue
            problem = None
            text = ""
            if isinstance(widget, QLabel):
                problem, text = _label_clipped(widget), _plain(widget)
            elif isinstance(widget, QAbstractButton) and widget.parent() is not None:
                if isinstance(widget.parent(), QTabBar):
                    continue  # the tab bar's own scroll buttons
                problem, text = _button_clipped(widget), widget.text()
                menu = widget.menu() if isinstance(widget, QPushButton | QToolButton) else None
                if menu is not None:
                    menus_of(menu, describe(widget))
            elif isinstance(widget, QGroupBox):
                problem, text = _group_box_clipped(widget), widget.title()
            elif isinstance(widget, QTabBar):
                problem = _tabs_clipped(widget)
            elif isinstance(widget, QMenuBar):
                found.extend(f"{describe(widget)}: {p}" for p in _menu_bar_clipped(widget))
                for action in widget.actions():
                    if action.menu() is not None:
                        menus_of(action.menu(), describe(widget))
            if problem:
                found.append(f"{describe(widget)}: {_visible(text)!r} — {problem}")
    return found


# -- the windows of one language -------------------------------------------------------------


@dataclass
class Scene:
    """The main window and every dialog and window, open in one interface language."""

    language: str
    windows: dict[str, QWidget]


def _settle(app: QApplication) -> None:
    for _ in range(3):
        app.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        app.processEvents()


def open_everything(app: QApplication, workspace: Workspace, windows: dict[str, QWidget]) -> None:
    """Open the main window and each dialog and window, in the interface language set."""
    from editor.model import Quotation
    from editor.ui.common.name_dialog import NameDialog
    from editor.ui.dialogs.about_dialog import AboutDialog
    from editor.ui.dialogs.export_dialog import ExportDialog
    from editor.ui.dialogs.guide_dialog import GuideDialog
    from editor.ui.dialogs.recovery_dialog import RecoveryDialog
    from editor.ui.dialogs.settings_dialog import SettingsDialog
    from editor.ui.dialogs.shortcuts_dialog import ShortcutsDialog
    from editor.ui.form.quotation_dialog import QuotationDialog
    from editor.ui.review.review_actions import RevisionsDialog

    folders = workspace.folders
    article = import_draft(SAMPLES / SAMPLE_OF[workspace.settings.ui_language]).article
    article.meta.status = "approved"  # the read-only banner shows
    # The writer of the sample is the user: revisions carry a name in the language's script.
    workspace.settings.author = article.byline.author
    window = workspace.add_window(article)
    windows["main window"] = window
    window.resize(*MAIN_WINDOW_SIZE)
    window.form.complete()
    window.attach_review()
    window.attach_language_tools()
    review = window.review
    tools = window.language_tools
    review.save_revision("1")
    tools.panel.spelling_check.setChecked(False)  # no dictionaries to load
    tools.show_checklist()
    finder = window.find_dialog()
    finder.show_with("90817")  # digits: not taken for English
    assert not finder.find_next()  # its message: “90817” was not found.
    saved = folders.documents / "article.newsdesk"
    windows["export"] = ExportDialog(
        window.article(), workspace, saved, window, tools.export_checklist()
    )
    windows["settings"] = SettingsDialog(workspace.settings, window)
    windows["name"] = NameDialog("", "", window)
    windows["find and replace"] = finder
    windows["quotation"] = QuotationDialog(
        article.quotations[0] if article.quotations else Quotation(id="q1"), window
    )
    windows["recovery"] = RecoveryDialog(
        [
            RecoveryEntry(folders.state / "a", saved, article.headline, "2026-05-02T10:00"),
            RecoveryEntry(folders.state / "b", None, "", "2026-05-02T10:05"),
        ],
        window,
    )
    windows["revisions"] = RevisionsDialog(review, window)
    windows["about"] = AboutDialog(folders, window)
    windows["keyboard shortcuts"] = ShortcutsDialog(window.menuBar(), window)
    windows["writing guide"] = GuideDialog(workspace.settings.ui_language, window)
    windows["section menu"] = window.form.sections[0].section_menu()
    library = workspace.show_library(window)
    assert library is not None
    windows["library"] = library
    # Files named as the user named them (the dialog lists them): no English word to find.
    windows["library export"] = ExportDialog(
        None,
        workspace,
        parent=library,
        sources=[folders.documents / "a1.newsdesk", folders.documents / "b.newsdesk"],
    )
    for name, shown in windows.items():
        shown.setObjectName(name)
        shown.show()
    _settle(app)


@pytest.fixture(scope="module", params=LANGUAGES)
def scene(request: pytest.FixtureRequest, qapp: QApplication, tmp_path_factory) -> Iterator[Scene]:
    """Every window open in one interface language (built once for the three checks)."""
    language = request.param
    base = tmp_path_factory.mktemp(f"ui-{language}")
    folders = UserFolders(base / "c", base / "d", base / "s", base / "k", base / "doc")
    settings = Settings(ui_language=language, article_language=language)
    apply_ui_language(qapp, settings, UserFolders.default().cache)
    name = qapp.applicationName()
    qapp.setApplicationName("Newsdesk")  # as the editor names itself, in window titles
    workspace = Workspace(folders, settings, language_tools=False)
    windows: dict[str, QWidget] = {}
    try:
        open_everything(qapp, workspace, windows)
        yield Scene(language, windows)
    finally:
        for window in [*windows.values(), *workspace.windows]:
            if isinstance(window, QMainWindow):
                window.setWindowModified(False)
            window.close()
        workspace.close_library()
        qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        qapp.processEvents()
        apply_ui_language(qapp, Settings(), UserFolders.default().cache)
        qapp.setApplicationName(name)


# English is the source language: there is nothing to translate.
@pytest.mark.parametrize("scene", available_languages(), indirect=True)
def test_no_english_left_in_the_interface(scene: Scene) -> None:
    catalogue = Catalogue.load(translations_dir() / f"newsdesk_{scene.language}.ts")
    found = untranslated_texts(list(scene.windows.values()), catalogue)
    assert not found, f"{scene.language}: {len(found)} untranslated:\n" + "\n".join(found)


def test_no_text_is_clipped(scene: Scene) -> None:
    found = clipped_texts(list(scene.windows.values()))
    assert not found, f"{scene.language}: {len(found)} clipped:\n" + "\n".join(found)


def test_arabic_and_urdu_mirror_every_window(scene: Scene) -> None:
    wanted = (
        Qt.LayoutDirection.RightToLeft
        if scene.language in RIGHT_TO_LEFT
        else Qt.LayoutDirection.LeftToRight
    )
    shown = [
        (name, widget)
        for name, window in scene.windows.items()
        for widget in (window, *window.findChildren(QDockWidget), *window.findChildren(QMenu))
    ]
    wrong = [
        f"{name} › {describe(widget)}: {widget.layoutDirection().name}"
        for name, widget in shown
        if widget.layoutDirection() != wanted
    ]
    assert not wrong, f"{scene.language}: not {wanted.name}:\n" + "\n".join(wrong)


# -- the checks themselves, on a tiny window: they do fail -----------------------------------


def _tiny_window(qtbot, widgets: dict[str, QWidget]) -> QWidget:
    window = QWidget()
    window.setObjectName("tiny")
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    for name, widget in widgets.items():
        widget.setObjectName(name)
        layout.addWidget(widget)
    return window


def test_english_left_in_a_russian_window_is_reported_with_its_widget(qtbot) -> None:
    catalogue = Catalogue.load(translations_dir() / "newsdesk_ru.ts")
    bar = QMenuBar()
    bar.addMenu("&Edit").addAction("&Найти…")
    window = _tiny_window(
        qtbot,
        {
            "source": QLabel("Replace with:"),  # an English source string, shown as it is
            "filled": QLabel("Статус: Draft"),  # a translation filled with an English name
            "counted": QLabel("Total 5 words"),  # an English plural
            "unlisted": QLabel("Готово: 3 files"),  # English no .ts file holds
            "translated": QCheckBox("Учитывать регистр"),
            "same": QLabel("PDF (.pdf)"),  # the same in Russian
            "bar": bar,
        },
    )
    window.show()
    found = untranslated_texts([window], catalogue)
    assert found == [
        "tiny › bar (menu title): 'Edit'",
        "tiny › counted (text): 'Total 5 words'",
        "tiny › filled (text): 'Статус: Draft'",
        "tiny › source (text): 'Replace with:'",
        "tiny › unlisted (text): 'Готово: 3 files' has ['files']",
    ]


def test_text_without_room_is_reported_with_its_widget(qtbot) -> None:
    long_text = "A sentence far too long for the room it is given"
    narrow = QLabel(long_text)
    narrow.setFixedWidth(60)
    low = QLabel(long_text)
    low.setWordWrap(True)
    low.setFixedSize(120, 20)
    check = QCheckBox(long_text)
    check.setFixedWidth(80)
    button = QPushButton(long_text)
    button.setFixedWidth(80)
    bar = QMenuBar()
    menu = bar.addMenu("Menu")
    menu.addAction(long_text)
    menu.setFixedWidth(80)
    window = _tiny_window(
        qtbot,
        {
            "narrow": narrow,
            "low": low,
            "check": check,
            "button": button,
            "fits": QLabel("Fits"),
            "wraps": QLabel(long_text),
            "bar": bar,
        },
    )
    window.findChild(QLabel, "wraps").setWordWrap(True)
    window.resize(400, 300)
    window.show()
    _settle(QApplication.instance())
    found = clipped_texts([window])
    assert [line.split(":")[0] for line in found] == [
        "tiny › narrow",
        "tiny › low",
        "tiny › check",
        "tiny › button",
        "tiny › bar › 'Menu'",
    ], found
    assert re.search(r"— needs \d+ px, has 60$", found[0]), found[0]


def test_help_is_the_last_menu_in_every_language(scene: Scene) -> None:
    window = scene.windows["main window"]

    menus = [action.menu() for action in window.menuBar().actions()]
    tools = window.language_tools.menu
    # Review and Tools are added after the window is built: before Help, never after it.
    assert menus[-1] is window.help_menu, [m.title() for m in menus]
    assert window.review.menu in menus[:-1]
    assert tools in menus[:-1]


def test_every_dialog_fits_a_small_screen(scene: Scene) -> None:
    # The export dialog was 1,180 px wide, its buttons past an 800 px screen's edge.
    too_wide = [
        f"{name}: {widget.sizeHint().width()} px"
        for name, widget in scene.windows.items()
        if isinstance(widget, QDialog) and widget.sizeHint().width() > SMALL_SCREEN_WIDTH
    ]
    assert not too_wide, f"{scene.language}: wider than {SMALL_SCREEN_WIDTH} px: {too_wide}"
