"""The collapsible panes of the article form: opening line, headline, sections, byline, meta."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMimeData, QObject, QPoint, QSize, Qt, Signal, Slot
from PySide6.QtGui import QFont, QKeyEvent, QMouseEvent, QPalette, QResizeEvent, QTextCursor

# QFormLayout and QSpinBox are imported where the byline and article panes are built:
# after the first paint. PySide6 builds a class's enums when it is first imported.
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from editor.model import Byline, Section, SectionKind, bare_label
from editor.model.messages import QT_TRANSLATE_NOOP
from editor.text.languages import find_language, language_names, language_or_default
from editor.ui.form.markdown_editor import MarkdownEditor
from editor.ui.form.text_box import AUTO, LTR, RTL, TextBox

if TYPE_CHECKING:
    from PySide6.QtGui import QFocusEvent
    from PySide6.QtWidgets import QMenu

    from editor.ui.form.undo_history import ArticleHistory


# What a dragged section carries: its place among the sections.
SECTION_MIME = "application/x-newsdesk-section"


class CollapsiblePane(QWidget):
    """A titled pane whose content folds away under its header."""

    expanded_changed = Signal(bool)

    def __init__(self, title: str, parent: QWidget | None = None, *, quiet: bool = False) -> None:
        super().__init__(parent)
        self._toggle = _HeaderButton(self)
        # A tool button is fixed at its size hint: this one may narrow (eliding its title).
        self._toggle.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._toggle.setCheckable(True)
        self._toggle.setChecked(True)
        self._toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._toggle.setArrowType(Qt.ArrowType.DownArrow)
        self._toggle.setAutoRaise(True)
        bold = self._toggle.font()
        bold.setBold(True)
        self._toggle.setFont(bold)
        self._toggle.toggled.connect(self._on_toggled)
        self._header = QHBoxLayout()
        self._header.setContentsMargins(0, 0, 0, 0)
        # Room between the header's controls (the opening line's two boxes touched).
        self._header.setSpacing(8)
        self._header.addWidget(self._toggle)
        self._header.addStretch(1)
        self.body = QWidget(self)
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(18, 0, 0, 6)
        layout = self._outer = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.setSpacing(2)
        layout.addLayout(self._header)
        layout.addWidget(self.body)
        self.focus_target: QWidget | None = None
        if quiet:
            # Before the title: the button measures the room beside it once, quiet.
            self.make_quiet()
        self.set_title(title)

    def retranslate(self) -> None:
        """Word the pane in the interface language (a pane with texts of its own says how)."""

    def changeEvent(self, event: QEvent) -> None:
        """Word the pane again when the interface language changes."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def set_title(self, title: str) -> None:
        """Change the text in the pane's header."""
        self._toggle.set_title(title)

    def title(self) -> str:
        """Return the text in the pane's header (in full, however narrow the pane)."""
        return self._toggle.title()

    def add_header_widget(self, widget: QWidget) -> None:
        """Put a small control (direction, language) at the end of the header."""
        self._header.addWidget(widget)

    def make_quiet(self) -> None:
        """Name the part in small grey letters above its text, as a margin note: no fold
        arrow, no bold button; the part's text then reads on the page with the others.

        The header keeps its menus (a section's right click); a part of the article's text
        does not fold away (Collapse all folds the panes below the text).
        """
        toggle = self._toggle
        toggle.setCheckable(False)
        toggle.setArrowType(Qt.ArrowType.NoArrow)
        toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toggle.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # A name, not a button: no frame on hover (it looked pressable and did nothing,
        # seen on Xvfb); a click puts the cursor in the part's text, as a field's label does.
        toggle.flat = True
        toggle.clicked.connect(self._focus_text)
        quiet_font(toggle)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        self.body_layout.setSpacing(0)
        self._outer.setContentsMargins(0, 6, 0, 0)
        self._outer.setSpacing(0)

    def title_widget(self) -> QWidget:
        """Return the widget that shows the pane's title (a quiet label on the page)."""
        return self._toggle

    def set_expanded(self, expanded: bool) -> None:
        """Show or fold away the content."""
        self._toggle.setChecked(expanded)

    def focus_content(self) -> None:
        """Unfold the pane and put the cursor in its main field."""
        self.set_expanded(True)
        if self.focus_target is not None:
            self.focus_target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    @Slot()
    def _focus_text(self) -> None:
        if self.focus_target is not None:
            self.focus_target.setFocus(Qt.FocusReason.MouseFocusReason)

    @Slot(bool)
    def _on_toggled(self, expanded: bool) -> None:
        self._toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self.body.setVisible(expanded)
        self.expanded_changed.emit(expanded)


# The fewest characters of a header's title or a header combo's choice still shown when the
# form is narrow: below its natural width a header gives way before the text boxes do.
NARROW_CHARACTERS = 6


class _HeaderButton(QToolButton):
    """A pane's fold button whose title is elided, not cut off, when the header is narrow."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = ""
        self._hint = ""
        # What the button needs beside its text, for the arrow and text style it had then:
        # asking the style each time a title is set was 7 ms of the window's start.
        self._room: tuple[tuple[object, object], int] | None = None
        # Drawn as a name, never as a raised or pressed button (a quiet pane's title).
        self.flat = False

    def set_title(self, title: str) -> None:
        """Show a title, elided to the width the header gives the button."""
        self._title = title
        self._elide()
        self.updateGeometry()

    def title(self) -> str:
        """Return the whole title."""
        return self._title

    def initStyleOption(self, option) -> None:
        """Qt's option for drawing the button; a flat one never looks raised or pressed."""
        super().initStyleOption(option)
        # Only under the mouse (never before the window shows): QStyle's enums cost ~5 ms.
        if self.flat and self.underMouse():
            from PySide6.QtWidgets import QStyle

            state = QStyle.StateFlag
            option.state &= ~(state.State_MouseOver | state.State_Raised | state.State_Sunken)

    def _text_room(self) -> int:
        # What the button needs beside its text (arrow, margins): its hint less the text.
        key = (self.arrowType(), self.toolButtonStyle())
        if self._room is not None and self._room[0] == key:
            return self._room[1]
        if not self.text() and self._title:
            self.setText(self._title)  # measured beside a text (elided again after)
        text = self.text()
        room = super().sizeHint().width() - self.fontMetrics().horizontalAdvance(text)
        if text:  # an empty button's hint is a minimum, not the room beside a text
            self._room = (key, room)
        return room

    def changeEvent(self, event: QEvent) -> None:
        """Measure the room beside the title again in a new font or style."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._room = None
            self._elide()

    def sizeHint(self) -> QSize:
        """The width the whole title needs (whatever part of it is shown now)."""
        hint = super().sizeHint()
        hint.setWidth(self._text_room() + self.fontMetrics().horizontalAdvance(self._title))
        return hint

    def minimumSizeHint(self) -> QSize:
        """Room for a few characters: a long title must not widen the whole form."""
        hint = self.sizeHint()
        narrow = self._text_room() + self.fontMetrics().averageCharWidth() * NARROW_CHARACTERS
        hint.setWidth(min(hint.width(), narrow))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Elide the title to the new width."""
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        if not self._title:
            # Nothing to fit (a pane is built untitled, then worded): nothing to measure.
            if self.text():
                self.setText("")
            return
        room = max(0, self.width() - self._text_room())
        metrics = self.fontMetrics()
        # A title that fits is shown whole: elidedText, given exactly the title's advance,
        # still elided it (a fraction of a pixel rounded), so every title read "Headli…".
        if metrics.horizontalAdvance(self._title) <= room:
            shown = self._title
        else:
            shown = metrics.elidedText(self._title, Qt.TextElideMode.ElideRight, room)
        if shown != self.text():
            self.setText(shown)
        elided = [self._title] if shown != self._title else []
        self.setToolTip("\n".join([*elided, self._hint] if self._hint else elided))

    def set_hint(self, hint: str) -> None:
        """Set what the button's tooltip says beside its title (when elided)."""
        self._hint = hint
        self._elide()


def quiet_font(widget: QWidget) -> None:
    """Set a widget in grey letters of the interface's size (smaller than the article's text
    beside it): a note beside the text, not part of it.

    Not a size of its own: every new size of a font is loaded before the first paint.
    """
    font = QFont(widget.font())
    if font.bold():
        font.setBold(False)
        widget.setFont(font)
    palette = widget.palette()
    grey = palette.color(QPalette.ColorRole.PlaceholderText)
    for role in (QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
        palette.setColor(role, grey)
    widget.setPalette(palette)


class _PartSetting(QToolButton):
    """A part's setting beside its name, shown only while it is not the usual one (a
    direction other than automatic, a language other than the article's); chosen from the
    part's menu (right click in its text, or the menu key) or from this button's.

    Not a combo box in every part's header: six of them stood between the parts of the text
    (the page is to read as the article will be published), and with their lists, scroll
    bars and size hints cost the window's first frame about 7 ms (measured).
    """

    # The setting changed (the new value), however it was set.
    changed = Signal(str)
    # The writer chose from the menu (the setting before, after): an undo step.
    chosen = Signal(str, str)
    # The value the part has when nothing is chosen: not shown.
    usual = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value = self.usual
        self.setAutoRaise(True)
        # Not in Tab's way from one text to the next: the text's own menu has the setting.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        quiet_font(self)
        self.clicked.connect(self._on_clicked)

    def add_menu(self, menu: QMenu) -> QMenu:
        """Add the setting's submenu to a part's menu; return the submenu."""
        raise NotImplementedError

    def name(self, value: str) -> str:
        """Return a value as the interface names it."""
        raise NotImplementedError

    def tip(self) -> str:
        """Return the button's tooltip, in the interface language."""
        raise NotImplementedError

    def normal(self, value: str) -> str:
        """Return a value as the setting holds it (the same, unless a subclass says)."""
        return value

    def value(self) -> str:
        """Return the chosen value (a direction, a language code)."""
        return self._value

    def set_value(self, value: str) -> None:
        """Choose a value (as the part's file says, an undo puts back); tell when it changes."""
        value = self.normal(value)
        if value == self._value:
            return
        self._value = value
        self.retranslate()
        self.changed.emit(value)

    def retranslate(self) -> None:
        """Name the chosen value (hidden while it is the usual one) and word the tooltip."""
        self.setText(self.name(self._value))
        self.setToolTip(self.tip())
        self.setHidden(self._value == self.usual)

    def _add_choices(self, menu: QMenu, title: str, values: list[str]) -> QMenu:
        """Add "title ▸ each value" to a menu, the chosen one checked; a choice made there
        is the writer's (``chosen``)."""
        from PySide6.QtGui import QActionGroup

        sub = menu.addMenu(title)
        group = QActionGroup(sub)
        for value in values:
            action = sub.addAction(self.name(value))
            action.setData(value)  # the value: "العربية (ar)" is a name
            action.setCheckable(True)
            action.setChecked(value == self._value)
            action.setEnabled(self.isEnabled())
            group.addAction(action)
            action.triggered.connect(lambda _c=False, v=value: self._choose(v))
        return sub

    def _choose(self, value: str) -> None:
        before = self._value
        self.set_value(value)
        if self._value != before:
            self.chosen.emit(before, self._value)

    def changeEvent(self, event: QEvent) -> None:
        """Word the setting again when the interface language changes."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    @Slot()
    def _on_clicked(self) -> None:
        from PySide6.QtWidgets import QMenu

        menu = QMenu(self)
        popup(self.add_menu(menu), self.mapToGlobal(self.rect().bottomLeft()))
        menu.deleteLater()


def popup(menu: QMenu, at: QPoint) -> None:
    """Show a menu at a place on the screen until a choice is made or it is closed."""
    menu.exec(at)


class DirectionButton(_PartSetting):
    """A part's direction: automatic (each paragraph as its letters say), left to right or
    right to left. Shown beside the part's name only when it is not automatic."""

    usual = AUTO

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.retranslate()

    def name(self, value: str) -> str:
        """Return a direction as the interface names it."""
        names = {
            AUTO: self.tr("Automatic"),
            LTR: self.tr("Left to right"),
            RTL: self.tr("Right to left"),
        }
        return names[value]

    def tip(self) -> str:
        """Return the tooltip."""
        return self.tr("How the paragraphs of this part are laid out")

    def normal(self, value: str) -> str:
        """Return "auto" for anything but left to right and right to left."""
        return value if value in (LTR, RTL) else AUTO

    def add_menu(self, menu: QMenu) -> QMenu:
        """Add "Direction ▸ Automatic / Left to right / Right to left" to a part's menu;
        return the submenu."""
        return self._add_choices(menu, self.tr("Direction"), [AUTO, LTR, RTL])


class LanguageButton(_PartSetting):
    """A part's own language among those Newsdesk has data for (an unknown code is kept),
    or "" for the article's. Shown beside the part's name only when it has one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._inherit_label = ""
        self._tip = ""
        self.retranslate()

    def set_texts(self, inherit_label: str, tip: str) -> None:
        """Word the choice that follows the article's language, and the tooltip."""
        self._inherit_label, self._tip = inherit_label, tip
        self.retranslate()

    def name(self, value: str) -> str:
        """Return a language by its own name and code ("" is the article's)."""
        if not value:
            return self._inherit_label
        known = dict(language_names())
        return f"{known[value]} ({value})" if value in known else value

    def tip(self) -> str:
        """Return the tooltip (worded by the pane, ``set_texts``)."""
        return self._tip

    def add_menu(self, menu: QMenu, title: str = "") -> QMenu:
        """Add "title ▸ the article's language, each language" to a part's menu, the chosen
        one checked; return the submenu."""
        codes = ["", *(code for code, _name in language_names())]
        if self._value not in codes:
            codes.append(self._value)
        return self._add_choices(menu, title or self.tr("Language"), codes)


class TextPane(CollapsiblePane):
    """A pane holding one text box (headline, standfirst, opening line) and its direction."""

    def __init__(
        self, title: str, parent: QWidget | None = None, *, single_paragraph: bool = True
    ) -> None:
        super().__init__(title, parent, quiet=True)
        self.editor = TextBox(self.body, single_paragraph=single_paragraph, max_lines=8)
        on_page(self.editor)
        self.direction_button = DirectionButton(self)
        self.direction_button.changed.connect(self.editor.set_direction)
        self.add_header_widget(self.direction_button)
        self.body_layout.addWidget(self.editor)
        self.focus_target = self.editor
        self.editor.part_menu = self.add_part_menu

    def add_part_menu(self, menu: QMenu) -> None:
        """Add the part's direction (and what else a part has) to its text's menu."""
        self.direction_button.add_menu(menu)

    def set_direction(self, direction: str) -> None:
        """Set the pane's direction (and what its header shows of it)."""
        self.direction_button.set_value(direction)
        self.editor.set_direction(self.direction_button.value())


class OpeningPane(TextPane):
    """The optional opening line: its own language and direction, centred."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.editor.set_centered(True)
        # Worded by retranslate(), with the other texts of the pane.
        self.language_button = LanguageButton(self)
        self.add_header_widget(self.language_button)
        self.retranslate()

    def add_part_menu(self, menu: QMenu) -> None:
        """Add the opening line's direction and language to its text's menu."""
        super().add_part_menu(menu)
        self.language_button.add_menu(menu, self.tr("Language"))

    def retranslate(self) -> None:
        """Word the pane in the interface language (again when it changes)."""
        self.set_title(self.tr("Opening line"))
        self.editor.setPlaceholderText(self.tr("Optional invocation or dedication"))
        self.language_button.set_texts(
            self.tr("Article's language"), self.tr("Language of the opening line")
        )


def on_page(box: TextBox, min_lines: int = 1) -> None:
    """Set a part's text box on the page: no frame, growing with its text, no scroll bar."""
    box.setFrameShape(QFrame.Shape.NoFrame)
    box.grow_with_text(min_lines)


class SectionLabelEdit(QLineEdit):
    """A section's label: its undo and redo keys act on the article's one history."""

    # Escape pressed: the writer is done with the label (the pane goes back to the text).
    left = Signal()
    # The focus went elsewhere (Enter, Escape, a click): whatever brought it here is over.
    focus_lost = Signal()
    # Tab pressed: the writer goes on into the section's text.
    tabbed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.undo_history: ArticleHistory | None = None

    def _history_key(self, event: QKeyEvent) -> bool:
        if self.undo_history is None:
            return False
        # Imported here: the class's enums cost 0.7 ms, and the window's start needs none.
        from PySide6.QtGui import QKeySequence

        return event.matches(QKeySequence.StandardKey.Undo) or event.matches(
            QKeySequence.StandardKey.Redo
        )

    def event(self, event: QEvent) -> bool:
        """Take the undo and redo keys before the window's shortcuts do."""
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self._history_key(event)
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Undo or redo the article's last step on Ctrl+Z / Ctrl+Y, as in the text boxes."""
        history = self.undo_history
        if history is not None and self._history_key(event):
            from PySide6.QtGui import QKeySequence

            if event.matches(QKeySequence.StandardKey.Undo):
                history.undo()
            else:
                history.redo()
            return
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            self.left.emit()
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, forward: bool) -> bool:
        """Tab goes on into the section's text (as Enter does), not to the next widget of
        the window: that was an invisible one, and what the writer typed next was lost (a
        trial). Shift+Tab goes back as usual."""
        if forward:
            self.tabbed.emit()
            return True
        return super().focusNextPrevChild(forward)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """Say the focus left (editingFinished does not, when the text did not change)."""
        super().focusOutEvent(event)
        self.focus_lost.emit()


class SectionPane(CollapsiblePane):
    """One section: its editable label and its Markdown body.

    Its header's menu (the "⋯" button, or a right click on the title) adds a section after
    it, moves it, or removes it: the form does it, as one undo step.
    """

    add_requested = Signal(str)  # the kind of section to add after this one
    move_requested = Signal(int)  # -1 up, +1 down
    remove_requested = Signal()

    def __init__(self, kind: str, lookup, parent: QWidget | None = None) -> None:
        super().__init__("", parent, quiet=True)
        self.kind = kind
        # The section as loaded or made (its kind, language, keys of newer versions).
        self.source = Section(kind=kind)
        # The label before the last edit of it (the form's rename steps start from it).
        self.shown_label = ""
        # This section's place and the number of sections (the form answers).
        self.place: Callable[[], tuple[int, int]] = lambda: (0, 1)
        self.label_edit = SectionLabelEdit(self.body)
        # True from F2 (Rename section) until the label loses the focus (Enter and Escape
        # send it to the text, or a click elsewhere).
        self._renaming = False
        self.label_edit.textChanged.connect(self._on_label_changed)
        self.label_edit.returnPressed.connect(self._go_on_into_body)
        self.label_edit.tabbed.connect(self._tab_into_body)
        self.label_edit.focus_lost.connect(self._end_renaming)
        self.label_edit.left.connect(self._back_to_text)
        # Reached by a click, F2 or the section's menu, not by Tab: Tab from the
        # standfirst goes on into the text (a trial's paragraph replaced the label).
        self.label_edit.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        # A heading on the page: no frame; the form sets its font from the house style.
        self.label_edit.setFrame(False)
        # In line with the body's text below it (the box's document margin).
        self.label_edit.setTextMargins(2, 0, 2, 0)
        label_font = self.label_edit.font()
        label_font.setBold(True)
        self.label_edit.setFont(label_font)
        self.editor = MarkdownEditor(self.body, lookup)
        on_page(self.editor, min_lines=2)
        self.editor.part_menu = self.direction_and_section_menu
        self.direction_button = DirectionButton(self)
        self.direction_button.changed.connect(self.editor.set_direction)
        self.add_header_widget(self.direction_button)
        self.menu_button = QToolButton(self)
        self.menu_button.setText("⋯")
        self.menu_button.setAutoRaise(True)
        # Not in Tab's way from one text to the next: the text's own menu (right click, the
        # menu key) holds the same commands for the keyboard.
        self.menu_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        quiet_font(self.menu_button)
        self.menu_button.clicked.connect(self._on_menu_button)
        self.add_header_widget(self.menu_button)
        self._toggle.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self._toggle.customContextMenuRequested.connect(self._on_header_menu)
        # The section's name above it is its handle: dragged, it moves the section.
        self._press: QPoint | None = None
        self._toggle.installEventFilter(self)
        self._toggle.setCursor(Qt.CursorShape.OpenHandCursor)
        self.body_layout.addWidget(self.label_edit)
        self.body_layout.addWidget(self.editor)
        self.focus_target = self.editor
        self.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Drag the section by its name: a press on it, then a move far enough."""
        if watched is self._toggle and isinstance(event, QMouseEvent):
            kind = event.type()
            if (
                kind == QEvent.Type.MouseButtonPress
                and event.button() == Qt.MouseButton.LeftButton
            ):
                self._press = event.position().toPoint()
            elif kind == QEvent.Type.MouseButtonRelease:
                self._press = None
            elif kind == QEvent.Type.MouseMove and self._press is not None:
                moved = (event.position().toPoint() - self._press).manhattanLength()
                if moved >= QApplication.startDragDistance():
                    self._press = None
                    self.start_drag()
                    return True
        return super().eventFilter(watched, event)

    @Slot()
    def _go_on_into_body(self) -> None:
        # Enter after a label goes on into the section's text, as under a word processor's
        # heading: the text typed next went on in the label ("October.Ships", seen on Xvfb).
        # After F2 it ends the renaming: back to where the cursor was in the text, which
        # gets no new empty paragraph (seen on Xvfb).
        editor = self.editor
        if not self._renaming:
            editor.setTextCursor(editor.open_first_paragraph())
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        if editor.form_keys is not None:
            editor.form_keys.show_cursor(editor)

    def _tab_into_body(self) -> None:
        # Tab after a label goes into the section's text where it starts (no new paragraph:
        # Tab moves, it does not write).
        editor = self.editor
        if not self._renaming:
            editor.setTextCursor(QTextCursor(editor.document()))
        editor.setFocus(Qt.FocusReason.TabFocusReason)
        if editor.form_keys is not None:
            editor.form_keys.show_cursor(editor)

    def start_drag(self) -> None:
        """Carry this section to another place (the form takes the drop)."""
        from PySide6.QtGui import QDrag

        mime = QMimeData()
        mime.setData(SECTION_MIME, str(self.place()[0]).encode("ascii"))
        drag = QDrag(self)
        drag.setMimeData(mime)
        drag.setPixmap(self._toggle.grab())
        drag.exec(Qt.DropAction.MoveAction)

    def direction_and_section_menu(self, menu: QMenu) -> None:
        """Add the body's direction to its menu, and what can be done with the section."""
        self.direction_button.add_menu(menu)
        sections = self.section_menu()
        sections.setTitle(self.tr("Section"))
        menu.addMenu(sections)
        menu.destroyed.connect(sections.deleteLater)

    def retranslate(self) -> None:
        """Word the pane in the interface language (again when it changes)."""
        self.label_edit.setPlaceholderText(self.tr("Section label"))
        self.label_edit.setToolTip(self.tr("The label printed before the section"))
        self.editor.setPlaceholderText(self.tr("The section's text"))
        self.menu_button.setToolTip(self.tr("Add, move or remove a section"))
        self._toggle.set_hint(
            self.tr("Drag to move the section; right-click to add, move or remove one")
        )
        self._on_label_changed(self.label_edit.text())

    def section_menu(self) -> QMenu:
        """Return a new menu of what can be done with this section (built when asked)."""
        from PySide6.QtWidgets import QMenu

        menu = QMenu(self)
        index, count = self.place()
        add = menu.addMenu(self.tr("Add section after"))
        for kind, name in section_kind_names().items():
            action = add.addAction(name)
            action.triggered.connect(lambda _c=False, k=kind: self.add_requested.emit(k))
        up = menu.addAction(self.tr("Move section up"))
        up.setEnabled(index > 0)
        up.triggered.connect(lambda: self.move_requested.emit(-1))
        down = menu.addAction(self.tr("Move section down"))
        down.setEnabled(index < count - 1)
        down.triggered.connect(lambda: self.move_requested.emit(1))
        menu.addAction(self.tr("Rename section")).triggered.connect(self.rename)
        menu.addSeparator()
        menu.addAction(self.tr("Remove section")).triggered.connect(self.remove_requested.emit)
        return menu

    @Slot()
    def rename(self) -> None:
        """Put the cursor in the label, its name selected (not the colon after it, which a
        name typed over keeps: "Report:" beside "Comment:"); Enter or Escape goes back to
        the text."""
        self._renaming = True
        self.set_expanded(True)
        edit = self.label_edit
        edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        text = edit.text()
        name = text.rstrip().rstrip(":：").rstrip()
        edit.setSelection(0, len(name) if name else len(text))

    @Slot()
    def _end_renaming(self) -> None:
        self._renaming = False

    @Slot()
    def _back_to_text(self) -> None:
        # Escape in the label: back to the text where the cursor was (the label as it is
        # now; Ctrl+Z takes a rename back). It stayed in the label (a trial).
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _on_menu_button(self) -> None:
        self._on_header_menu(QPoint(0, self.menu_button.height()), self.menu_button)

    @Slot(QPoint)
    def _on_header_menu(self, at: QPoint, source: QWidget | None = None) -> None:
        menu = self.section_menu()
        menu.exec((source or self._toggle).mapToGlobal(at))
        menu.deleteLater()

    def set_direction(self, direction: str) -> None:
        """Set the body's direction (and what the header shows of it)."""
        self.direction_button.set_value(direction)
        self.editor.set_direction(self.direction_button.value())

    @Slot(str)
    def _on_label_changed(self, label: str) -> None:
        kinds = {
            "news": self.tr("News"),
            "comment": self.tr("Comment"),
        }
        name = bare_label(label) or kinds.get(self.kind, "")
        # A custom section not named yet is a section ("Section: Section" said it twice).
        self.set_title(self.tr("Section: {0}").format(name) if name else self.tr("Section"))


# The kinds of section a writer can add, by the names the menus give them.
_SECTION_KIND_NAMES = {
    SectionKind.NEWS.value: QT_TRANSLATE_NOOP("SectionPane", "News section"),
    SectionKind.COMMENT.value: QT_TRANSLATE_NOOP("SectionPane", "Comment section"),
    SectionKind.CUSTOM.value: QT_TRANSLATE_NOOP("SectionPane", "Custom section"),
}


def section_kind_names() -> dict[str, str]:
    """Return each section kind with the name a writer chooses it by, translated."""
    from PySide6.QtCore import QCoreApplication

    return {
        kind: QCoreApplication.translate("SectionPane", name)
        for kind, name in _SECTION_KIND_NAMES.items()
    }


class BylinePane(CollapsiblePane):
    """Author, office, date and place, with the credit line they make shown live."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QFormLayout

        super().__init__("", parent)
        self._language = "en"
        form = self._form = QFormLayout()
        self.author_edit = QLineEdit(self.body)
        self.office_edit = QLineEdit(self.body)
        self.date_edit = QLineEdit(self.body)
        self.place_edit = QLineEdit(self.body)
        for edit in self._edits():
            form.addRow(QLabel(self.body), edit)
        self.credit_label = QLabel(self.body)
        self.credit_label.setWordWrap(True)
        self.credit_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        italic = QFont(self.credit_label.font())
        italic.setItalic(True)
        self.credit_label.setFont(italic)
        form.addRow(QLabel(self.body), self.credit_label)
        self.body_layout.addLayout(form)
        for edit in self._edits():
            edit.textChanged.connect(self._on_edited)
        self.focus_target = self.author_edit
        self._retranslate_labels()

    def _retranslate_labels(self) -> None:
        self.set_title(self.tr("Byline"))
        self.date_edit.setPlaceholderText(self.tr("e.g. 2026-10-04"))
        names = {
            self.author_edit: self.tr("Author"),
            self.office_edit: self.tr("Office"),
            self.date_edit: self.tr("Date"),
            self.place_edit: self.tr("Place"),
            self.credit_label: self.tr("Credit line"),
        }
        for field, name in names.items():
            label = self._form.labelForField(field)
            if isinstance(label, QLabel):
                label.setText(name)

    def retranslate(self) -> None:
        """Word the pane and the credit line in the interface language (again)."""
        self._retranslate_labels()
        self._update_credit()

    def _edits(self) -> tuple[QLineEdit, ...]:
        return (self.author_edit, self.office_edit, self.date_edit, self.place_edit)

    def set_byline(self, byline: Byline) -> None:
        """Show a byline."""
        for edit, value in zip(
            self._edits(), (byline.author, byline.office, byline.date, byline.place), strict=True
        ):
            edit.blockSignals(True)
            edit.setText(value)
            edit.blockSignals(False)
        self._update_credit()

    def fill(self, byline: Byline) -> None:
        """Copy the fields into a byline."""
        byline.author = self.author_edit.text()
        byline.office = self.office_edit.text()
        byline.date = self.date_edit.text()
        byline.place = self.place_edit.text()

    def set_language(self, code: str) -> None:
        """Use this language's credit template."""
        self._language = code
        self._update_credit()

    def credit_line(self) -> str:
        """Return the credit line the byline makes in the article's language."""
        lang = find_language(self._language) or language_or_default("en")
        return lang.credit_line(self.office_edit.text(), self.author_edit.text())

    @Slot()
    def _on_edited(self) -> None:
        self._update_credit()
        self.changed.emit()

    def _update_credit(self) -> None:
        credit = self.credit_line()
        self.credit_label.setText(credit or self.tr("(no credit line: author and office empty)"))
        lang = find_language(self._language)
        rtl = lang is not None and lang.is_rtl
        self.credit_label.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )
        self.credit_label.setAlignment(Qt.AlignmentFlag.AlignLeading)
