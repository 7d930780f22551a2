"""The main window: the article form, the preview dock, menus, autosave and the status bar."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QMimeData,
    QObject,
    QPoint,
    QSize,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QCloseEvent, QFont, QResizeEvent

# QFileDialog, QMessageBox and QInputDialog are imported where they are used: PySide6
# builds a class's enums when it is first imported (~3 ms for these), and start-up needs
# none of them. So are QKeySequence and QByteArray: the menus' items are made after the
# first paint, and a saved geometry is read only on a later start.
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QMainWindow,
    QTextEdit,
    QWidget,
)

from editor.model import Article
from editor.text.direction import isolated
from editor.ui.form.article_form import ArticleForm
from editor.ui.form.panes import SectionLabelEdit
from editor.ui.form.text_box import TextBox
from editor.ui.window.disk_watch import DiskWatch
from editor.ui.window.preview import PreviewDock
from editor.ui.window.seam import SIDE_DOCK_SHARE, EditorWindow, WorkspaceServices
from editor.ui.window.status import CountsLabel, StatusBar, StatusLabel, WordCounter

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QDockWidget, QMessageBox, QPlainTextEdit

    from editor.render.styles import HouseStyle
    from editor.storage.fingerprint import Fingerprint
    from editor.storage.writing import OpenedArticle, WriteOutcome
    from editor.ui.form.find_replace import FindReplaceDialog
    from editor.ui.form.markdown_editor import MarkdownEditor
    from editor.ui.language.language_tools import LanguageTools
    from editor.ui.review.review_actions import ReviewController
    from editor.ui.window.desk_actions import DeskController
    from editor.ui.window.editions import EditionsController
    from editor.ui.window.field_keys import MenuKeysFirst
    from editor.ui.window.preview_follow import PreviewFollower
    from editor.ui.window.section_actions import SectionActions

PREVIEW_DELAY_MS = 400
COUNT_DELAY_MS = 300


# The most of the window's width the docked preview takes when the window shrinks.
PREVIEW_MAX_SHARE = SIDE_DOCK_SHARE
# The docked preview's width when there is room for it.
PREVIEW_WIDTH = 460
# How long the status bar says the preview was folded away (narrow window), in ms.
PREVIEW_FOLDED_NOTICE_MS = 8000
# The narrowest the form may get beside the preview: below it the preview folds away.
FORM_MIN_WIDTH = 560
# Below this window width the form and the preview do not both fit (at 800 px the form
# would be left 520 px and the preview 280): the preview folds away, the form takes it all.
PREVIEW_FOLD_WIDTH = int(FORM_MIN_WIDTH / (1 - PREVIEW_MAX_SHARE)) + 1
# The share of the screen's free area a first window takes (no geometry saved yet).
FIRST_SCREEN_SHARE = 0.8


def _with_isolated_keys(action: QAction, text: str, right_to_left: bool) -> str:
    """Return a menu item's text, its keys said after a tab where a menu would misplace them.

    A menu lays its items' keys out in the interface's direction: in Arabic or Urdu the
    comma of Ctrl+, went to the left end, ",Ctrl+" (seen on Xvfb). Keys that begin or end
    with a sign are put in an isolate, left to right, after a tab (the text a menu shows as
    an item's keys; the key itself still works).
    """
    if not right_to_left or "\t" in text:
        return text
    from PySide6.QtGui import QKeySequence  # not at start-up (see above)

    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    if not keys:
        return text
    # Or that name a key in the interface's script beside Latin ones: "Ctrl+Shift+الأعلى"
    # read "الأعلى+Ctrl+Shift" (a trial).
    mixed = not keys.isascii() and any(char.isascii() and char.isalpha() for char in keys)
    if mixed or not (keys[0].isalnum() and keys[-1].isalnum()):
        return f"{text}\t\u2066{keys}\u2069"
    return text


def _put_first(action: QAction, key: str) -> None:
    """Make a key the action's first shortcut, keeping the platform's others."""
    from PySide6.QtGui import QKeySequence

    first = QKeySequence(key)
    action.setShortcuts([first, *(k for k in action.shortcuts() if k != first)])


class _FirstPaint(QObject):
    """Runs callbacks once the window has been painted the first time."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.painted = False
        self._callbacks: list[Callable[[], None]] = []
        window.installEventFilter(self)

    def add(self, callback: Callable[[], None]) -> None:
        """Run a callback after the first paint (soon, if that has happened)."""
        if self.painted:
            QTimer.singleShot(0, self, callback)
        else:
            self._callbacks.append(callback)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Catch the first paint, then step aside."""
        if event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            watched.removeEventFilter(self)
            for callback in self._callbacks:
                # Queued: the paint finishes first, and the frame reaches the screen.
                QTimer.singleShot(0, self, callback)
            self._callbacks = []
        return False


class MainWindow(EditorWindow):
    """One article: edit every part, preview it, save it; autosaves a recovery copy.

    The menus' items, their keys, Article › Properties… and the desk's measures in the
    status bar are made by ``finish_building``: at once, or with ``finish_after_paint``
    right after the window's first paint (the editor's start shows the article sooner),
    or earlier when something asks for them (an edition's menus, the counts).
    """

    closed = Signal(object)
    # Made by finish_building().
    desk: DeskController
    section_actions: SectionActions

    def __init__(
        self,
        workspace: WorkspaceServices,
        article: Article,
        path: Path | None = None,
        *,
        read_only: bool = False,
        lock: object | None = None,
        opened: OpenedArticle | None = None,
        finish_after_paint: bool = False,
    ) -> None:
        super().__init__()
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self._workspace = workspace
        self._path = Path(path) if path is not None else None
        self._read_only = read_only
        self._lock = lock
        self._recovery_path: Path | None = None
        self._changed_since_recovery = False
        self._word_counter = WordCounter()
        self._dirty_parts: set[str] = set()
        self._find_dialog: FindReplaceDialog | None = None
        # The window's menu keys from its one-line fields (made at the first focus there).
        self._menu_keys: MenuKeysFirst | None = None
        self._closing_done = False
        # What an import put where (the status bar's tooltip); empty for any other article.
        self.import_report = ""
        # Added after the first paint (the Workspace attaches them), None until then.
        self.review: ReviewController | None = None
        self.language_tools: LanguageTools | None = None
        # Language editions (menus, their list, stale marks): attached after the first
        # paint, or at once in a window on an edition (it holds the story's source).
        self.editions: EditionsController | None = None
        # Scrolls the preview to the paragraph the writer is at (after the first paint).
        self.preview_follower: PreviewFollower | None = None
        # The file as this window read it: a change made on disk by anyone else is shown,
        # and Save does not write over it without asking.
        self.disk = DiskWatch(
            self,
            reload=self._reload_from_disk,
            compare=self._compare_with_disk,
            save_copy=self._save_copy,
        )
        if opened is not None and self._path is not None:
            self.disk.follow(opened)
        self.form = ArticleForm(article, self, self._editor_font(), self.house_style())
        self.setCentralWidget(self.form)
        self.preview = PreviewDock(self)
        self.add_side_dock(self.preview)
        self.resizeDocks([self.preview], [PREVIEW_WIDTH], Qt.Orientation.Horizontal)
        # True while the preview is folded away because the window is too narrow for it;
        # the user's own View › Preview choice clears it (and is never overruled).
        self._preview_folded = False
        self._preview_kept_narrow = False
        self.preview.toggleViewAction().triggered.connect(self._on_preview_chosen)
        self._preview_timer = self._single_shot(PREVIEW_DELAY_MS, self._on_preview_due)
        self._count_timer = self._single_shot(COUNT_DELAY_MS, self._on_counts_due)
        self._autosave_timer = self._single_shot(1000, self._on_autosave_due)
        # Its items shortened visibly (…, the whole in a tip) where they do not fit.
        self.setStatusBar(StatusBar(self))
        self._words_label = CountsLabel(self)
        self._state_label = StatusLabel(self)
        self.statusBar().addWidget(self._words_label, 1)
        self.statusBar().addPermanentWidget(self._state_label)
        # The menu bar's menus, titled, in the first frame (their items may come after it).
        self._built = False
        self._build_menu_bar()
        if finish_after_paint:
            self.retranslate()
        else:
            self.finish_building()
        self.form.changed.connect(self._on_changed)
        self.form.history.stepped.connect(self._on_history_step)
        self.preview.visibilityChanged.connect(self._on_preview_visibility)
        app = QApplication.instance()
        assert isinstance(app, QApplication)  # a window needs the widgets application
        app.focusChanged.connect(self._on_focus_changed)
        self.apply_settings()
        self.form.set_read_only(read_only)
        self._dirty_parts = {"all"}
        self._first_paint = _FirstPaint(self)
        # First of all after the first paint: what follows may use the menus.
        self.after_first_paint(self.finish_building)
        # The panes below the first screen are built once the article is on screen.
        self.after_first_paint(self.form.complete)
        # A long body's paragraphs past the first screen, highlighted in one go.
        self.after_first_paint(self.form.finish_highlighting)
        # Counted right after the first paint: the window shows before the words are counted.
        self.after_first_paint(self._on_counts_due)
        # Hashing the file read, and watching it, wait for the first paint too.
        self.after_first_paint(self.disk.start)
        self.after_first_paint(self.attach_editions)
        # The preview shows the paragraph the writer is at.
        self.after_first_paint(self._follow_in_preview)
        self._update_title()
        if read_only:
            self._set_state(lambda: self.tr("Read-only"))
        elif self._path is None:
            self._set_state(lambda: self.tr("Not saved yet"))
        else:
            self._set_state(lambda: self.tr("Saved"))
        self._restore_geometry()
        # Folded before the first show when the window opens narrow: folded on the show's
        # resize, the form was laid out first beside the preview, then again without it.
        self._fold_preview(self.width() < self._fold_width())
        # The first render waits for the first paint: the worker would compete for the GIL.
        self._preview_timer.start(PREVIEW_DELAY_MS)

    def _single_shot(self, interval: int, slot) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(interval)
        timer.timeout.connect(slot)
        return timer

    def after_first_paint(self, callback: Callable[[], None]) -> None:
        """Run a callback once the window has been painted (soon, if it has been)."""
        self._first_paint.add(callback)

    def finish_building(self) -> None:
        """Make what the first frame does not show (once): the menus' items and their keys,
        Article › Properties… and the desk's measures in the status bar."""
        if self._built:
            return
        self._built = True
        from editor.ui.window.desk_actions import DeskController

        self._build_actions()
        self._fill_menus()
        # Article › Properties…, the outlet measure and the embargo in the status bar.
        self.desk = DeskController(self, self.counts, self.view_menu)
        self.retranslate()

    # -- public state -------------------------------------------------------------------

    def workspace(self) -> WorkspaceServices:
        """Return the workspace this window belongs to (settings, folders, other windows)."""
        return self._workspace

    def house_style(self) -> HouseStyle:
        """Return the house style the preview and the checklist use (the user's choice)."""
        return self._workspace.house_style()

    def attach_review(self) -> ReviewController:
        """Add review (once): dock, Review menu, highlights, status, read-only; return it."""
        if self.review is None:
            from editor.ui.review.review_actions import ReviewController

            self.finish_building()  # its menu goes before Help, its actions beside ours
            self.review = ReviewController(self)
        return self.review

    def attach_language_tools(self) -> LanguageTools:
        """Add spelling, typography and the checklist (once); return them.

        The checklist goes by the window's house style. Each window has its own
        SpellChecker: a dictionary loads once per window, in the background.
        """
        if self.language_tools is None:
            from editor.ui.language.language_tools import LanguageTools

            self.finish_building()  # its menu goes before Help
            self.language_tools = LanguageTools(self)
        return self.language_tools

    def attach_editions(self, source: Article | None = None, language: str = "") -> None:
        """Add language editions (once): in a window on an edition, ``source`` is the
        story's source and ``language`` the edition's."""
        if self.editions is None:
            from editor.ui.window.editions import EditionsController

            self.finish_building()  # its actions go into the File and View menus
            self.editions = EditionsController(self, source, language)
            self._update_title()

    def edition_source(self) -> Article | None:
        """Return the story's source when this window shows one of its editions."""
        return self.editions.source if self.editions is not None else None

    def story(self) -> Article:
        """Return the whole story as shown now: the source with every edition (saved)."""
        if self.editions is not None:
            return self.editions.story()
        return self.form.article()

    def hand_over_recovery(self) -> Path | None:
        """Give this window's recovery copy to the window that takes its place; keep none."""
        path, self._recovery_path = self._recovery_path, None
        return path

    def path(self) -> Path | None:
        """Return the file the article is saved in, None when never saved."""
        return self._path

    def set_status(self, status: str) -> bool:
        """Move the article to a status as Review › Status does, without asking for a note
        (the library's Set status, for an article open here)."""
        from editor.model import Status

        if self._read_only:
            return False
        return self.attach_review().change_status(Status(status), note="")

    def article(self) -> Article:
        """Return the article as shown now."""
        return self.form.article()

    def is_read_only(self) -> bool:
        """Whether the file is open read-only (someone else has it open)."""
        return self._read_only

    def recovery_path(self) -> Path | None:
        """Return the recovery copy written for this window, None when there is none."""
        return self._recovery_path

    def counts(self) -> dict[str, int]:
        """Return the words per part as last counted ("total" included)."""
        return self._word_counter.counts()

    def apply_settings(self) -> None:
        """Use the workspace's current settings: font, autosave interval, house style."""
        settings = self._workspace.settings
        self.form.set_house_style(self.house_style())
        self.form.set_editor_font(self._editor_font())
        self._autosave_timer.setInterval(max(1, settings.autosave_seconds) * 1000)
        if self.language_tools is not None:
            # The house style may have changed: a checklist on screen uses the new one.
            self.language_tools.house_style_changed()
        if self._words_label.text():  # counted: the desk is built (_on_counts_due)
            # Its outlets too: the status bar measures against the new style's.
            self.desk.counts_updated()

    def _editor_font(self) -> QFont:
        settings = self._workspace.settings
        font = QFont(QApplication.font())
        # The family the writer chose, else the house style's: the page looks as exported.
        fonts = self.house_style().fonts
        font.setFamilies([settings.font_family or fonts.latin, fonts.complex])
        font.setPointSize(settings.font_size)
        return font

    # -- actions ------------------------------------------------------------------------

    def _action(self, text: str, slot, shortcut=None, *, tip: str = "") -> QAction:
        # Not QAction(text, self): choosing among its constructors makes PySide6 build the
        # QIcon class and its enums (~1 ms), which the window needs only after it shows.
        from PySide6.QtGui import QAction, QKeySequence

        action = QAction(self)
        action.setText(text)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        from PySide6.QtGui import QAction, QKeySequence

        from editor.ui.window.section_actions import SectionActions

        keys = QKeySequence.StandardKey
        self.new_action = self._action("", self._on_new, keys.New)
        self.open_action = self._action("", self._on_open, keys.Open)
        self.import_action = self._action("", self._on_import)
        self.save_action = self._action("", self._on_save, keys.Save)
        self.save_as_action = self._action("", self._on_save_as, keys.SaveAs)
        self.export_action = self._action("", self._on_export, "Ctrl+E")
        self.print_action = self._action("", self._on_print, keys.Print)
        self.close_action = self._action("", self.close, keys.Close)
        self.quit_action = self._action("", self._on_quit, keys.Quit)
        self.undo_action = self._action("", self._on_undo, keys.Undo)
        self.redo_action = self._action("", self._on_redo, keys.Redo)
        # Acting on the focused box: a box with the focus takes these keys itself, so the
        # shortcuts matter when the focus is elsewhere, and the menu items always.
        self.cut_action = self._action("", self._on_cut, keys.Cut)
        self.copy_action = self._action("", self._on_copy, keys.Copy)
        self.paste_action = self._action("", self._on_paste, keys.Paste)
        self.paste_plain_action = self._action("", self._on_paste_plain, "Ctrl+Shift+V")
        self.select_all_action = self._action("", self._on_select_all, keys.SelectAll)
        self.find_action = self._action("", self._on_find, keys.Find)
        self.replace_action = self._action("", self._on_replace, keys.Replace)
        # The keys the README promises, whatever the platform's scheme says: KDE's Replace
        # is Ctrl+R and Windows has no Quit key, so Ctrl+H and Ctrl+Q did nothing there.
        _put_first(self.replace_action, "Ctrl+Alt+F" if sys.platform == "darwin" else "Ctrl+H")
        _put_first(self.quit_action, "Ctrl+Q")
        # Redo answers both keys writers know (Word's Ctrl+Y, and Ctrl+Shift+Z), whatever
        # the platform's scheme: on Linux desktops Qt's Redo is Ctrl+Shift+Z alone, and
        # Ctrl+Y did nothing (seen on Xvfb).
        _put_first(self.redo_action, "Ctrl+Shift+Z")
        _put_first(self.redo_action, "Ctrl+Y")
        self.settings_action = self._action("", self._on_settings, keys.Preferences)
        if self.settings_action.shortcut().isEmpty():
            self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.quote_action = self._action("", self._on_insert_quotation, "Ctrl+Shift+Q")
        self.new_quote_action = self._action("", self._on_new_quotation)
        self.image_action = self._action("", self._on_insert_image)
        self.bold_action = self._action("", self._on_bold)
        self.italic_action = self._action("", self._on_italic)
        self.link_action = self._action("", self._on_link)
        self.section_actions = SectionActions(self)
        self.pane_actions = []
        for number in range(1, 7):
            action = self._action("", lambda _c=False, n=number: self.go_to_pane(n))
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            self.pane_actions.append(action)
        self.library_action = self._action(
            "",
            self._on_library,
            "Ctrl+Shift+L",
        )
        self.expand_action = self._action("", self._on_expand_all)
        self.collapse_action = self._action("", self._on_collapse_all)
        self.shortcuts_action = self._action("", self._on_shortcuts)
        self.guide_action = self._action("", self._on_guide, keys.HelpContents)
        self.about_action = self._action("", self._on_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)  # macOS: the app menu
        self.about_qt_action = self._action("", QApplication.aboutQt)
        self.about_qt_action.setMenuRole(QAction.MenuRole.AboutQtRole)

    def _build_menu_bar(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.edit_menu = bar.addMenu("")
        self.insert_menu = bar.addMenu("")
        self.view_menu = bar.addMenu("")
        self.help_menu = bar.addMenu("")

    def _fill_menus(self) -> None:
        from PySide6.QtGui import QKeySequence

        file_menu = self.file_menu
        file_menu.addActions([self.new_action, self.open_action])
        self.recent_menu = file_menu.addMenu("")
        self.recent_menu.aboutToShow.connect(self._on_recent_menu)
        file_menu.addAction(self.import_action)
        file_menu.addSeparator()
        file_menu.addActions([self.save_action, self.save_as_action, self.export_action])
        file_menu.addAction(self.print_action)
        file_menu.addSeparator()
        file_menu.addActions([self.close_action, self.quit_action])
        edit_menu = self.edit_menu
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions(
            [
                self.cut_action,
                self.copy_action,
                self.paste_action,
                self.paste_plain_action,
                self.select_all_action,
            ]
        )
        edit_menu.addSeparator()
        edit_menu.addActions([self.find_action, self.replace_action])
        edit_menu.addSeparator()
        edit_menu.addActions(self.section_actions.edit_actions())
        edit_menu.addSeparator()
        edit_menu.addAction(self.settings_action)
        insert_menu = self.insert_menu
        self.section_menu = self.section_actions.fill_insert_menu(insert_menu)
        insert_menu.addActions([self.quote_action, self.new_quote_action, self.image_action])
        insert_menu.addSeparator()
        insert_menu.addActions([self.bold_action, self.italic_action, self.link_action])
        view_menu = self.view_menu
        preview_toggle = self.preview.toggleViewAction()
        preview_toggle.setShortcut(QKeySequence("Ctrl+Shift+P"))
        view_menu.addAction(preview_toggle)
        view_menu.addAction(self.library_action)
        view_menu.addActions([self.expand_action, self.collapse_action])
        go_menu = self.go_menu = view_menu.addMenu("")
        go_menu.addActions(self.pane_actions)
        self.help_menu.addActions([self.guide_action, self.shortcuts_action])
        self.help_menu.addSeparator()
        self.help_menu.addActions([self.about_action, self.about_qt_action])

    def retranslate(self) -> None:
        """Set every text of the window in the interface language (again when it changes)."""
        menus = {
            self.file_menu: self.tr("&File"),
            self.edit_menu: self.tr("&Edit"),
            self.insert_menu: self.tr("&Insert"),
            self.view_menu: self.tr("&View"),
            self.help_menu: self.tr("&Help"),
        }
        for menu, title in menus.items():
            menu.setTitle(title)
        if self._built:
            self._retranslate_items()

    def _retranslate_items(self) -> None:
        self.section_actions.retranslate()
        for action in self.section_actions.edit_actions():
            action.setText(_with_isolated_keys(action, action.text(), self.isRightToLeft()))
        texts = {
            self.new_action: self.tr("&New"),
            self.open_action: self.tr("&Open…"),
            self.import_action: self.tr("&Import draft…"),
            self.save_action: self.tr("&Save"),
            self.save_as_action: self.tr("Save &As…"),
            self.export_action: self.tr("&Export…"),
            self.print_action: self.tr("&Print…"),
            self.close_action: self.tr("&Close"),
            self.quit_action: self.tr("&Quit"),
            self.undo_action: self.tr("&Undo"),
            self.redo_action: self.tr("&Redo"),
            self.cut_action: self.tr("Cu&t"),
            self.copy_action: self.tr("&Copy"),
            self.paste_action: self.tr("&Paste"),
            self.paste_plain_action: self.tr("Paste as plain te&xt"),
            self.select_all_action: self.tr("Select &All"),
            self.find_action: self.tr("&Find…"),
            self.replace_action: self.tr("&Replace…"),
            self.settings_action: self.tr("Se&ttings…"),
            self.quote_action: self.tr("Insert &quotation…"),
            self.image_action: self.tr("Insert i&mage…"),
            self.new_quote_action: self.tr("&New quotation…"),
            self.bold_action: self.tr("&Bold\tCtrl+B"),
            self.italic_action: self.tr("&Italic\tCtrl+I"),
            self.link_action: self.tr("&Link\tCtrl+K"),
            self.library_action: self.tr("&Library"),
            self.expand_action: self.tr("E&xpand all panes"),
            self.collapse_action: self.tr("C&ollapse all panes"),
            self.shortcuts_action: self.tr("&Keyboard shortcuts"),
            self.guide_action: self.tr("&Writing in Newsdesk"),
            self.about_action: self.tr("&About Newsdesk"),
            self.about_qt_action: self.tr("About &Qt"),
            self.preview.toggleViewAction(): self.tr("&Preview"),
        }
        names = (
            self.tr("Opening line"),
            self.tr("Headline"),
            self.tr("Standfirst"),
            self.tr("Sections (again: next section)"),
            self.tr("Quotations"),
            self.tr("Byline (again: article settings)"),
        )
        texts.update(zip(self.pane_actions, names, strict=True))
        for action, text in texts.items():
            action.setText(_with_isolated_keys(action, text, self.isRightToLeft()))
        self.library_action.setStatusTip(self.tr("Search every article"))
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self.go_menu.setTitle(self.tr("&Go to"))

    # -- changes, counts, preview, autosave ---------------------------------------------

    @Slot(str)
    def _on_changed(self, part: str) -> None:
        self.setWindowModified(True)
        self._changed_since_recovery = True
        self._dirty_parts.add(part)
        self._count_timer.start()
        self._autosave_timer.start()
        self.preview.note_typing()
        if self.preview.isVisible():
            self._preview_timer.start(PREVIEW_DELAY_MS)
        if not self._read_only:
            self._set_state(lambda: self.tr("Unsaved changes"))

    @Slot(str)
    def _on_history_step(self, _part: str) -> None:
        # After the form's `changed` for the step: undoing back to the text as saved makes
        # the article clean again, undoing past it modified.
        if self.form.is_modified() or self._read_only:
            return
        self.setWindowModified(False)
        # Nothing to recover: the text is the file's again. The copy written meanwhile
        # goes, and none is written a second later ("Unsaved changes (recovery copy
        # kept)" came after the undo, under a title saying saved: found in a trial).
        self._autosave_timer.stop()
        self._changed_since_recovery = False
        self._discard_recovery()
        self._set_state(
            lambda: self.tr("Saved") if self._path is not None else self.tr("Not saved yet")
        )

    @Slot()
    def _on_counts_due(self) -> None:
        self.finish_building()  # the desk measures what is counted
        self._words_label.setText(self._word_counter.recount(self.form, self._dirty_parts))
        self._dirty_parts.clear()
        self.desk.counts_updated()
        self.form.refresh_usage()

    @Slot()
    def _on_preview_due(self) -> None:
        if self._closing_done:
            # A call queued before the window closed (an edition switched to at once):
            # a render now would start the worker of a window about to be deleted.
            return
        if self.preview.isVisible() or not self.isVisible():
            self.preview.set_style(self.house_style())
            self.preview.request(self.form.article())

    def _follow_in_preview(self) -> None:
        from editor.ui.window.preview_follow import PreviewFollower

        self.preview_follower = PreviewFollower(self.form, self.preview)

    @Slot(bool)
    def _on_preview_visibility(self, visible: bool) -> None:
        if visible and not self.preview.is_current():
            # Not before the first paint: the render's imports and the worker holding the
            # GIL would keep the window from showing for ~20 ms.
            self.after_first_paint(self._on_preview_due)

    @Slot()
    def _on_autosave_due(self) -> None:
        if self._changed_since_recovery:
            self.write_recovery()

    def write_recovery(self) -> Path | None:
        """Write a recovery copy of the article as shown now (never the user's file)."""
        from editor.storage.errors import StorageError

        try:
            written = self._workspace.recovery_store().write(self.story(), self._path)
        except StorageError as failure:
            from editor.ui.common.failures import failure_reason

            reason = failure_reason(failure)
            self._set_state(
                lambda: self.tr("Recovery copy failed: {0}").format(reason), failure.message
            )
            return None
        if self._recovery_path is not None and self._recovery_path != written:
            self._discard_recovery()
        self._recovery_path = Path(written)
        self._changed_since_recovery = False
        self._set_state(lambda: self.tr("Unsaved changes (recovery copy kept)"))
        return self._recovery_path

    def _discard_recovery(self) -> None:
        if self._recovery_path is None:
            return
        self._workspace.discard_recovery(self._recovery_path)
        self._recovery_path = None

    def adopt_recovery(self, path: Path) -> None:
        """Treat an existing recovery copy as this window's (it was restored from it)."""
        self._recovery_path = Path(path)

    def _set_state(self, text: Callable[[], str], detail: str = "") -> None:
        # A function, not a text: a change of interface language words the state again.
        self._state_text = text
        self._state_label.setText(text())
        self._state_label.setToolTip(detail)  # an import's report, a failure's detail

    def _update_title(self) -> None:
        name = self._path.name if self._path else self.tr("Untitled article")
        if self._read_only:
            name = self.tr("{0} (read-only)").format(name)
        if self.editions is not None and self.editions.language:
            name = self.tr("{0} ({1} edition)").format(name, self.editions.language)
        self.setWindowTitle(f"{name}[*] — {QApplication.applicationName() or 'Newsdesk'}")
        self.setWindowFilePath(str(self._path) if self._path else "")

    def show_import_report(self, explanation: list[str], warnings: list[str]) -> None:
        """Show what an import put where, and its warnings, in the status bar and a tooltip."""
        report = "\n".join([*explanation, *warnings])
        count = len(warnings)

        def text() -> str:
            if count:
                return self.tr("Imported with %n warning(s) (hover for details)", "", count)
            return self.tr("Imported, not saved yet (hover for details)")

        self._set_state(text, report)
        self.import_report = report

    def show_salvage_report(self, path: Path, lost: tuple[str, ...]) -> None:
        """Say in the status bar that the article was read from a damaged file (which, and
        what it lost, in the tooltip)."""
        lines = [self.tr("Read from the damaged file {0}.").format(path)]
        lines += [self.tr("Not read: {0}").format(name) for name in lost]
        report = "\n".join(lines)
        self._set_state(
            lambda: self.tr("Recovered from a damaged file, not saved yet (hover for details)"),
            report,
        )
        self.import_report = report

    def mark_modified(self) -> None:
        """Mark the article changed (a restored recovery copy has unsaved work)."""
        self.form.note_edit()
        self._on_changed("all")

    # -- saving -------------------------------------------------------------------------

    def save(self) -> bool:
        """Save to the article's file (asking for one the first time); True on success."""
        if self._path is None or self._read_only:
            return self.save_as()
        return self._save_to(self._path)

    def save_as(self, path: Path | None = None) -> bool:
        """Save under a new name (asked for when not given); True on success."""
        from PySide6.QtWidgets import QFileDialog

        if path is None:
            start = str(self._path or self._suggested_path())
            chosen, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Save article as"), start, self.tr("Newsdesk articles (*.newsdesk)")
            )
            if not chosen:
                return False
            path = Path(chosen)
            if path.suffix != ".newsdesk":
                path = path.with_name(path.name + ".newsdesk")
        path = Path(path)
        if path != self._path or self._read_only:
            lock = self._workspace.acquire_lock(path, self)
            if lock is False:
                return False
            self._workspace.release_lock(self._lock)
            self._lock = lock
            self._read_only = False
            self.form.set_read_only(False)
        self._path = path
        return self._save_to(path)

    def _suggested_path(self) -> Path:
        """Where a first save proposes to go: the library folder, named after the headline."""
        from editor.render.build import slug

        folder = self._workspace.folders.documents
        # The dialog opens in the working directory when the folder does not exist yet.
        with contextlib.suppress(OSError):
            folder.mkdir(parents=True, exist_ok=True)
        article = self.form.article()
        return folder / f"{slug(article.headline, language=article.language)}.newsdesk"

    def _save_to(self, path: Path) -> bool:
        from editor.storage.errors import ChangedOnDiskError, StorageError
        from editor.ui.window.disk_watch import OVERWRITE, SAVE_COPY, ask_overwrite

        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            try:
                outcome = self._write(path, self.disk.expected_for(path))
            except ChangedOnDiskError as change:
                # Someone else changed the file since this window read or wrote it; a
                # file deleted meanwhile has nothing to lose, and is written again.
                choice = OVERWRITE if change.found is None else ask_overwrite(self, path)
                if choice == SAVE_COPY:
                    return self._save_copy()
                if choice != OVERWRITE:
                    self._set_state(lambda: self.tr("Not saved: changed on disk"))
                    return False
                outcome = self._write(path, None)
        except (StorageError, OSError) as failure:
            from editor.ui.common.failures import report_failure

            report_failure(
                self,
                self.tr("Save failed"),
                self.tr("The article was not saved to {0}.").format(path),
                failure,
            )
            return False
        self.disk.saved(path, outcome.fingerprint)
        self.form.note_modified(outcome.modified)
        if outcome.backup_failure is not None:
            self.disk.show_backup_failure(outcome.backup_failure)
        self._discard_recovery()
        self._changed_since_recovery = False
        self._autosave_timer.stop()
        self.form.mark_saved()
        self.setWindowModified(False)
        self._update_title()
        self._workspace.note_recent(path)
        self._workspace.article_saved(path)
        if outcome.backup_failure is not None:
            self._set_state(
                lambda: self.tr("Saved without a backup"), outcome.backup_failure.message
            )
        else:
            self._set_state(lambda: self.tr("Saved"))
        return True

    def _write(self, path: Path, expected: Fingerprint | None) -> WriteOutcome:
        """Write the article by the one rule for writing (lock, check, backup, atomic)."""
        from editor.storage.lock import ArticleLock
        from editor.storage.writing import write_article

        lock = self._lock if isinstance(self._lock, ArticleLock) else None
        return write_article(
            self.story(),
            path,
            folders=self._workspace.folders,
            expected=expected,
            lock=lock,
        )

    def _save_copy(self) -> bool:
        """Save the window's text under another name (the file on disk stays as it is)."""
        return self.save_as()

    def _reload_from_disk(self) -> None:
        """Load the version on disk in place of the window's text (asked when unsaved)."""
        from PySide6.QtWidgets import QMessageBox

        if self.isWindowModified():
            answer = QMessageBox.warning(
                self,
                self.tr("Load the version on disk"),
                self.tr("Your changes in this window will be lost. Load the version on disk?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        self._workspace.reload(self)

    def _compare_with_disk(self) -> None:
        """Show what differs between the file on disk and the window's text, part by part."""
        from editor.storage.container import load
        from editor.storage.errors import StorageError
        from editor.ui.window.disk_watch import compare_with_disk

        if self._path is None:
            return
        try:
            disk = load(self._path)
        except StorageError as failure:
            from editor.ui.common.failures import report_failure

            report_failure(
                self,
                self.tr("Compare"),
                self.tr("{0} cannot be opened.").format(self._path),
                failure,
            )
            return
        title = self.tr("{0}: on disk and in this window").format(self._path.name)
        compare_with_disk(self, disk, self.form.article(), title)

    def hand_over_lock(self) -> object | None:
        """Give this window's lock to whoever opens the file next (a reload); keep none."""
        lock, self._lock = self._lock, None
        return lock

    def close_discarding(self) -> None:
        """Close without asking about unsaved changes (the user chose to discard them)."""
        self.setWindowModified(False)  # nothing to ask about
        self.close()

    # -- closing ------------------------------------------------------------------------

    def ask_unsaved(self) -> QMessageBox.StandardButton:
        """Ask whether to save the unsaved changes; returns Save, Discard or Cancel."""
        from PySide6.QtWidgets import QMessageBox

        buttons = (
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        return QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("“{0}” has changes that are not saved. Save them before closing?").format(
                self._path.name if self._path else self.tr("Untitled article")
            ),
            buttons,
            QMessageBox.StandardButton.Save,
        )

    def changeEvent(self, event: QEvent) -> None:
        """Look at the file again when the window comes back to the front."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._on_language_change()
        elif event.type() == QEvent.Type.LayoutDirectionChange:
            self._mirror_side_docks()
        elif event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            # A watch can miss a change (a network share, a folder synchronised while
            # the computer slept): coming back to the window looks once more.
            self.disk.check_soon()

    def _mirror_side_docks(self) -> None:
        # Qt keeps a dock on the side it was added to: an interface switched to Arabic (or
        # back) moves the panels to its own side, each as shown or hidden and as wide.
        side = self.side_area()
        moved: list[QDockWidget] = []
        widths: list[int] = []
        for dock in self._side_docks():
            if dock.isFloating() or self.dockWidgetArea(dock) == side:
                continue
            hidden = dock.isHidden()
            if not hidden:
                moved.append(dock)
                widths.append(dock.width())
            self.addDockWidget(side, dock)
            dock.setHidden(hidden)
        if moved:
            # Once laid out on their new side: a dock resized in this pass keeps its hint.
            QTimer.singleShot(
                0, self, lambda: self.resizeDocks(moved, widths, Qt.Orientation.Horizontal)
            )

    def _on_language_change(self) -> None:
        # The docks and the form retranslate themselves (each widget gets the event); the
        # menus of review and the language tools, and what is worded from state, are ours.
        # A dock names its View menu item after its title: worded first, so that the item
        # keeps its own text (with its mnemonic) when the dock's own event comes after.
        self.preview.retranslate()
        if self.review is not None:
            self.review.panel.retranslate()
        self.retranslate()
        if self._built:
            self.desk.retranslate()
        self._update_title()
        self._state_label.setText(self._state_text())
        if self._words_label.text():
            self._on_counts_due()
        if self.review is not None:
            self.review.retranslate()
            self.review.update_state()  # the status and the banner, worded from the status
        if self.language_tools is not None:
            self.language_tools.retranslate()
        self.disk.retranslate()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep the article the widest column: a narrower window shrinks the preview too,
        and below the width where both fit the preview folds away (back when it widens)."""
        super().resizeEvent(event)
        width = event.size().width()
        self._fold_preview(width < self._fold_width())
        # Qt takes a shrinking window's width from the central widget alone: at 800 px
        # the preview kept its 460 and the form was squeezed to a scroll bar.
        # Only when it narrows: the first resize, before the first paint, would pay for
        # a second layout of the whole window.
        # Every dock at the side, not the preview alone: with the preview closed the review
        # list kept its width and the article took all the loss.
        before = event.oldSize().width()
        if before <= 0 or width >= before:
            return
        for dock in self._side_docks():
            self._fit_side_dock(dock)

    def _side_docks(self) -> list[QDockWidget]:
        docks: list[QDockWidget] = [self.preview]
        if self.review is not None:
            docks.append(self.review.panel)
        if self.editions is not None and self.editions.dock is not None:
            docks.append(self.editions.dock)
        return docks

    def _fold_width(self) -> int:
        # Once painted, a large font or a wide language can make the form need more.
        if not self._first_paint.painted:
            return PREVIEW_FOLD_WIDTH
        needed = self.form.minimum_width()
        return max(PREVIEW_FOLD_WIDTH, int(needed / (1 - PREVIEW_MAX_SHARE)) + 1)

    def _folded_notice(self) -> str:
        return self.tr(
            "Preview folded away (View › Preview shows it): the window is too narrow for it."
        )

    def _say_preview_folded(self) -> None:
        if self._preview_folded:
            self.statusBar().showMessage(self._folded_notice(), PREVIEW_FOLDED_NOTICE_MS)

    def _fold_preview(self, narrow: bool) -> None:
        # isHidden, not isVisible: before the window is first shown nothing is visible,
        # and folding then spares the first paint the preview's layout.
        if self.preview.isFloating():
            return
        if narrow:
            if not (self._preview_folded or self._preview_kept_narrow or self.preview.isHidden()):
                self._preview_folded = True
                self.preview.hide()
                # Said, not done behind the writer's back: how to get it back first (a
                # narrow status bar shortens the message from its end). Said once shown:
                # a message given before hides no item of the bar, and the counts were
                # drawn under it.
                if self.isVisible():
                    self._say_preview_folded()
                else:
                    self.after_first_paint(self._say_preview_folded)
            return
        self._preview_kept_narrow = False
        if self._preview_folded:
            self._preview_folded = False
            # The notice goes with what it told (it stayed, the preview back: a trial).
            if self.statusBar().currentMessage() == self._folded_notice():
                self.statusBar().clearMessage()
            self.preview.show()
            share = int(self.width() * PREVIEW_MAX_SHARE)
            self.resizeDocks(
                [self.preview], [min(PREVIEW_WIDTH, share)], Qt.Orientation.Horizontal
            )
            self._share_side_height()

    def _share_side_height(self) -> None:
        """Give the preview and the panels shown beside it (review, checklist) the side's
        height in equal parts: back beside the review list, the preview came as a strip of
        170 pixels above it (a trial)."""
        area = self.dockWidgetArea(self.preview)
        docks = [
            dock
            for dock in self.side_docks
            if dock.isVisibleTo(self)
            and not dock.isFloating()
            and self.dockWidgetArea(dock) == area
        ]
        if len(docks) > 1:
            height = max(1, self.form.height() // len(docks))
            self.resizeDocks(docks, [height] * len(docks), Qt.Orientation.Vertical)

    @Slot(bool)
    def _on_preview_chosen(self, shown: bool) -> None:
        # View › Preview is the user's word: a preview they open in a narrow window stays
        # (until the window is wide again), one they close is not brought back by widening.
        self._preview_folded = False
        self._preview_kept_narrow = shown and self.width() < self._fold_width()
        if self._preview_kept_narrow:
            # Back at the width it had before it folded would leave the form too little.
            share = int(self.width() * PREVIEW_MAX_SHARE)
            self.resizeDocks([self.preview], [share], Qt.Orientation.Horizontal)

    def _restore_geometry(self) -> None:
        """Open where the last window was left, else at most of the screen, centred."""
        from PySide6.QtCore import QByteArray

        saved = self._workspace.settings.window_geometry
        if saved and self.restoreGeometry(
            QByteArray.fromBase64(saved.encode("ascii", errors="ignore"))
        ):
            return
        screen = self.screen().availableGeometry()
        size = QSize(
            int(screen.width() * FIRST_SCREEN_SHARE), int(screen.height() * FIRST_SCREEN_SHARE)
        )
        self.resize(size)
        self.move(screen.center() - QPoint(size.width() // 2, size.height() // 2))

    def keep_geometry(self) -> None:
        """Give the next window this one's place and size (the settings in memory)."""
        geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        self._workspace.settings.window_geometry = geometry

    def _remember_geometry(self) -> None:
        """Keep the window's place and size for the next window, saved with the settings."""
        from editor.storage.errors import StorageError
        from editor.storage.settings import save_settings

        self.keep_geometry()
        settings = self._workspace.settings
        # Not worth a dialog: the next window opens at its first-time size instead.
        with contextlib.suppress(StorageError):
            save_settings(settings, self._workspace.folders)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Ask about unsaved changes (only when there are some), then let go of everything."""
        from PySide6.QtWidgets import QMessageBox

        if self.isWindowModified() and not self._read_only:
            answer = self.ask_unsaved()
            if answer == QMessageBox.StandardButton.Cancel or (
                answer == QMessageBox.StandardButton.Save and not self.save()
            ):
                event.ignore()
                return
        self._discard_recovery()
        self._remember_geometry()
        self._finish()
        event.accept()

    def _finish(self) -> None:
        if self._closing_done:
            return
        self._closing_done = True
        for timer in (self._preview_timer, self._count_timer, self._autosave_timer):
            timer.stop()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.disconnect(self._on_focus_changed)
        self.preview.shutdown()
        self.disk.stop()
        if self._find_dialog is not None:
            self._find_dialog.close()
        self._workspace.release_lock(self._lock)
        self._lock = None
        self.closed.emit(self)

    def end_now(self) -> None:
        """End without asking, as when the system ends the program: unsaved changes kept in
        a recovery copy (offered at the next start), the lock let go."""
        self._on_autosave_due()
        self.abandon()

    def abandon(self) -> None:
        """Drop the window as a crash would: no prompt, the recovery copy stays on disk."""
        self._finish()
        self.hide()
        self.deleteLater()

    # -- slots for the menus ------------------------------------------------------------

    @Slot()
    def _on_new(self) -> None:
        self._workspace.new_window(self)

    @Slot()
    def _on_open(self) -> None:
        chosen = self._workspace.choose_file(
            self, "open", self.tr("Open article"), self.tr("Newsdesk articles (*.newsdesk)")
        )
        if chosen is not None:
            self._workspace.open_file(chosen, parent=self)

    @Slot()
    def _on_recent_menu(self) -> None:
        self.recent_menu.clear()
        paths = self._workspace.recent.paths()
        if not paths:
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)
        for number, path in enumerate(paths, 1):
            # Numbered as a word processor's list (Alt+F, R, 1 opens the newest). The path
            # in an isolate: in a right-to-left menu an Urdu file name and the folders
            # around it came out in the wrong order. An "&" in it is a letter, no mnemonic.
            shown = str(path).replace("&", "&&")
            prefix = f"&{number} " if number < 10 else ""
            action = self.recent_menu.addAction(f"{prefix}{isolated(shown)}")
            action.triggered.connect(
                lambda _c=False, p=path: self._workspace.open_file(p, parent=self)
            )

    @Slot()
    def _on_import(self) -> None:
        self._workspace.import_draft(self)

    @Slot()
    def _on_save(self) -> None:
        self.save()

    @Slot()
    def _on_save_as(self) -> None:
        self.save_as()

    @Slot()
    def _on_export(self) -> None:
        from editor.ui.dialogs.export_dialog import ExportDialog

        tools = self.language_tools
        checklist = tools.export_checklist() if tools is not None else None
        edition = self.editions.edition_export() if self.editions is not None else None
        ExportDialog(
            self.form.article(), self._workspace, self._path, self, checklist, edition=edition
        ).exec()

    @Slot()
    def _on_print(self) -> None:
        # Imported when used: Qt's print support is not loaded at start-up.
        from editor.ui.window.printing import ask_and_print

        ask_and_print(self.form.article(), self.house_style(), self)

    @Slot()
    def _on_library(self) -> None:
        self._workspace.show_library(self)

    @Slot()
    def _on_quit(self) -> None:
        self._workspace.quit()

    @Slot()
    def _on_shortcuts(self) -> None:
        from editor.ui.dialogs.shortcuts_dialog import ShortcutsDialog

        dialog = ShortcutsDialog(self.menuBar(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    @Slot()
    def _on_guide(self) -> None:
        from editor.ui.dialogs.guide_dialog import GuideDialog

        dialog = GuideDialog(self._workspace.settings.ui_language, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    @Slot()
    def _on_about(self) -> None:
        from editor.ui.dialogs.about_dialog import AboutDialog

        dialog = AboutDialog(self._workspace.folders, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _text_target(self) -> TextBox | QLineEdit | None:
        focused = self.focusWidget()
        if isinstance(focused, TextBox | QLineEdit) and self.isAncestorOf(focused):
            return focused
        return self.form.current_markdown_editor()

    def _focused_text(self) -> QLineEdit | QTextEdit | QPlainTextEdit | None:
        # Only the box with the focus: Ctrl+C in the quotation table must not copy a
        # selection left in a section body. The classes only the Edit menu needs are
        # imported here: their enumerations cost 2 ms of every start at the module's top.
        from PySide6.QtWidgets import QPlainTextEdit

        focused = self.focusWidget()
        if isinstance(focused, QLineEdit | QTextEdit | QPlainTextEdit) and self.isAncestorOf(
            focused
        ):
            return focused
        return None

    @Slot()
    def _on_cut(self) -> None:
        target = self._focused_text()
        if target is not None:
            target.cut()

    @Slot()
    def _on_copy(self) -> None:
        target = self._focused_text()
        if target is not None:
            target.copy()

    @Slot()
    def _on_paste(self) -> None:
        target = self._focused_text()
        if target is not None:
            target.paste()

    @Slot()
    def _on_paste_plain(self) -> None:
        target = self._focused_text()
        text = QApplication.clipboard().text()
        if isinstance(target, QLineEdit):
            target.insert(" ".join(text.split()))  # one line: no line breaks in a line box
        elif target is not None:
            # As a paste of the text alone: a body makes a paragraph of each line, a
            # one-line box joins them.
            plain = QMimeData()
            plain.setText(text)
            target.insertFromMimeData(plain)

    @Slot()
    def _on_select_all(self) -> None:
        from PySide6.QtWidgets import QAbstractItemView, QAbstractSpinBox, QPlainTextEdit

        focused = self.focusWidget()
        # The window's Ctrl+A comes before a list's or a spin box's own: pass it on.
        selectable = QLineEdit | QTextEdit | QPlainTextEdit | QAbstractItemView | QAbstractSpinBox
        if isinstance(focused, selectable) and self.isAncestorOf(focused):
            focused.selectAll()

    @Slot()
    def _on_undo(self) -> None:
        # A one-line field (a label, the byline) keeps its own undo; the text boxes share
        # the article's one history, whichever of them has the focus.
        # A section's label is in the article's history too (a rename is a step).
        focused = self.focusWidget()
        own = isinstance(focused, QLineEdit) and not isinstance(focused, SectionLabelEdit)
        if own and isinstance(focused, QLineEdit) and self.isAncestorOf(focused):
            focused.undo()
        else:
            self.form.history.undo()

    @Slot()
    def _on_redo(self) -> None:
        focused = self.focusWidget()
        own = isinstance(focused, QLineEdit) and not isinstance(focused, SectionLabelEdit)
        if own and isinstance(focused, QLineEdit) and self.isAncestorOf(focused):
            focused.redo()
        else:
            self.form.history.redo()

    def find_dialog(self) -> FindReplaceDialog:
        """Return this window's Find/Replace dialog (created on first use)."""
        from editor.ui.form.find_replace import FindReplaceDialog

        self.finish_building()  # the dialog takes the Find and Replace keys
        if self._find_dialog is None:
            self._find_dialog = FindReplaceDialog(self.form, self)
            # Ctrl+F and Ctrl+H in the dialog too: Find, then Replace, without going back;
            # and Ctrl+Z, Ctrl+Y, Ctrl+S act on the article from it (after Replace all,
            # Ctrl+Z there did nothing: a trial). Its text fields keep their own Ctrl+Z.
            self._find_dialog.addActions(
                [
                    self.find_action,
                    self.replace_action,
                    self.undo_action,
                    self.redo_action,
                    self.save_action,
                ]
            )
        return self._find_dialog

    def _selected_text(self) -> str:
        target = self._text_target()
        if isinstance(target, QLineEdit):
            return target.selectedText()
        if isinstance(target, TextBox):
            return target.textCursor().selectedText()
        return ""

    @Slot()
    def _on_find(self) -> None:
        self.find_dialog().show_with(self._selected_text())

    @Slot()
    def _on_replace(self) -> None:
        self.find_dialog().show_with(self._selected_text(), replace=True)

    @Slot()
    def _on_settings(self) -> None:
        self._workspace.edit_settings(self)

    @Slot()
    def _on_new_quotation(self) -> None:
        """Insert › New quotation…: add one to the bank; asked for from the text (the
        cursor in a section body), put it at the cursor too."""
        if self._read_only:
            return
        focused = self.focusWidget()
        if any(focused is editor for editor in self.form.markdown_editors()):
            self._new_quotation_at_cursor()
        else:
            self.form.quotations.ask_new_quotation()

    def _new_quotation_at_cursor(self) -> None:
        quotation = self.form.quotations.ask_quotation(
            hint=self.tr("The new quotation goes into the bank and into the text at the cursor.")
        )
        if quotation is not None:
            self.form.add_quotation_at_cursor(quotation)

    @Slot()
    def _on_insert_quotation(self) -> None:
        """Ask which quotation of the bank to insert at the cursor of the current section,
        or for a new one (the only way when the bank is empty)."""
        from PySide6.QtWidgets import QInputDialog

        if self._read_only:
            return
        bank = self.form.bank()
        if not bank:
            # Only "Add a quotation first" was said: the writer had to find the bank, add
            # one there and come back to place it (seen on Xvfb).
            self._new_quotation_at_cursor()
            return
        selected = self.form.quotations.selected_id()
        if selected is None and len(bank) > 1:
            labels = [f"{q.speaker or '?'}: {q.words[:70]}" for q in bank]
            labels.append(self.tr("New quotation…"))
            choice, accepted = QInputDialog.getItem(
                self, self.tr("Insert quotation"), self.tr("Quotation:"), labels, 0, False
            )
            if not accepted:
                return
            if labels.index(choice) == len(bank):
                self._new_quotation_at_cursor()
                return
            selected = bank[labels.index(choice)].id
        self.form.insert_quotation(selected or bank[0].id)

    @Slot()
    def _on_insert_image(self) -> None:
        self.insert_image()

    def insert_image(self, path: Path | None = None) -> str | None:
        """Store a picture (asked for when not given) in the article and place it at the
        cursor of the current section; return the name it is stored under (None: nothing
        placed)."""
        from editor.files import TOO_LARGE, FileReadError, read_regular
        from editor.model.images import MAX_IMAGE_BYTES, ImageError, ImageProblem, check_image
        from editor.ui.common.failures import report_failure

        if self._read_only or self.form.current_markdown_editor() is None:
            return None
        if path is None:
            path = self._workspace.choose_file(
                self,
                "import",
                self.tr("Insert image"),
                self.tr("Pictures (*.png *.jpg *.jpeg *.gif)"),
            )
            if path is None:
                return None
        try:
            try:
                data = read_regular(path, MAX_IMAGE_BYTES)
            except FileReadError as failure:
                if failure.reason != TOO_LARGE:
                    raise
                raise ImageError(ImageProblem.TOO_LARGE, failure.size) from None
            info = check_image(data)
        except (FileReadError, ImageError) as failure:
            report_failure(
                self,
                self.tr("Insert image"),
                self.tr("{0} was not placed in the article.").format(path.name),
                failure,
            )
            return None
        return self.form.insert_image(path.name, data, info.kind)

    def _format_target(self) -> MarkdownEditor | None:
        return self.form.current_markdown_editor()

    @Slot()
    def _on_bold(self) -> None:
        editor = self._format_target()
        if editor is not None:
            editor.toggle_wrap("**")

    @Slot()
    def _on_italic(self) -> None:
        editor = self._format_target()
        if editor is not None:
            editor.toggle_wrap("*")

    @Slot()
    def _on_link(self) -> None:
        editor = self._format_target()
        if editor is not None:
            editor.insert_link()

    def go_to_pane(self, number: int) -> None:
        """Ctrl+1…6: opening, headline, standfirst, sections, quotations, byline/article."""
        self.form.go_to_pane(number, self.focusWidget())

    @Slot()
    def _on_expand_all(self) -> None:
        for pane in self.form.panes():
            pane.set_expanded(True)

    @Slot()
    def _on_collapse_all(self) -> None:
        for pane in self.form.panes():
            pane.set_expanded(False)

    @Slot(QWidget, QWidget)
    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        self.form.remember_editor(new)
        if new is not None and not isinstance(new, QTextEdit) and self.isAncestorOf(new):
            # Ctrl+E in a one-line field: the window's Export, not X11's end of line (one
            # rule for every one-line field of the window, each filtered as it takes the
            # focus).
            if self._menu_keys is None:
                from editor.ui.window.field_keys import MenuKeysFirst

                self._menu_keys = MenuKeysFirst(self)
            self._menu_keys.watch(new)
