"""The review dock: comments by part, open or resolved, with their threads; suggestions."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.model import Article, Comment
from editor.model.parts import has_part
from editor.model.review import (
    ReviewError,
    comments_by_part,
    is_detached,
    reopen,
    reply,
    resolve,
)
from editor.ui.common.part_names import part_name
from editor.ui.common.times import readable_time
from editor.ui.review.suggestions_panel import SuggestionsPanel

ADD_COMMENT_SHORTCUT = "Ctrl+Alt+M"
SHOW_OPEN, SHOW_RESOLVED, SHOW_ALL = "open", "resolved", "all"
_ID_ROLE = Qt.ItemDataRole.UserRole


# Lines of a comment's thread in sight at the least.
THREAD_LINES = 8


class ReviewPanel(QDockWidget):
    """Comments grouped by part; click one to jump to its words; reply, resolve, reopen."""

    jump_requested = Signal(str, int, int)  # part, start, end
    comment_selected = Signal(str)  # comment id ("" when none)
    comments_changed = Signal()

    def __init__(
        self,
        article: Callable[[], Article],
        author: Callable[[], str],
        parent: QWidget | None = None,
        *,
        ask_name: Callable[[], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("review-panel")
        self._article = article
        self._author = author
        # Asks who is writing before the first reply when nobody said (False: cancelled).
        self._ask_name = ask_name or (lambda: True)
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(6, 6, 6, 6)
        top = QHBoxLayout()
        self.filter_combo = QComboBox(content)
        for which in (SHOW_OPEN, SHOW_RESOLVED, SHOW_ALL):
            self.filter_combo.addItem("", which)
        self.add_button = QPushButton(content)
        top.addWidget(self.filter_combo, 1)
        top.addWidget(self.add_button)
        layout.addLayout(top)
        self.tree = QTreeWidget(content)
        self.tree.setHeaderHidden(True)
        self.tree.setColumnCount(1)
        self.tree.setWordWrap(True)
        layout.addWidget(self.tree, 1)
        self.thread_view = QTextBrowser(content)
        self.thread_view.setOpenLinks(False)
        # A comment and its replies readable without scrolling (it was ~60 px tall, one
        # comment and a reply needed the scroll bar, seen on Xvfb).
        self.thread_view.setMinimumHeight(
            THREAD_LINES * self.thread_view.fontMetrics().lineSpacing()
        )
        layout.addWidget(self.thread_view, 1)
        answer = QHBoxLayout()
        self.reply_edit = QLineEdit(content)
        self.reply_button = QPushButton(content)
        self.resolve_button = QPushButton(content)
        answer.addWidget(self.reply_edit, 1)
        answer.addWidget(self.reply_button)
        answer.addWidget(self.resolve_button)
        layout.addLayout(answer)
        self.empty_label = QLabel(content)
        layout.addWidget(self.empty_label)
        # Comments and suggestions side by side: one dock, a tab each.
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(content, "")
        self.suggestions_panel = SuggestionsPanel(self.tabs)
        self.tabs.addTab(self.suggestions_panel, "")
        self.setWidget(self.tabs)
        self.add_action = QAction(self)
        self.add_action.setShortcut(QKeySequence(ADD_COMMENT_SHORTCUT))
        self.add_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.add_button.clicked.connect(self.add_action.trigger)
        self.filter_combo.currentIndexChanged.connect(self._on_filter)
        self.tree.currentItemChanged.connect(self._on_current)
        self.tree.itemActivated.connect(self._on_activated)
        self.tree.itemClicked.connect(self._on_activated)
        self.reply_button.clicked.connect(self._on_reply)
        self.reply_edit.returnPressed.connect(self._on_reply)
        self.resolve_button.clicked.connect(self._on_resolve)
        self.retranslate()
        self.refresh()
        self.show_suggestions()

    def retranslate(self) -> None:
        """Word the panel in the interface language (again when it changes)."""
        self.setWindowTitle(self.tr("Review"))
        names = (self.tr("Open comments"), self.tr("Resolved comments"), self.tr("All comments"))
        for index, name in enumerate(names):
            self.filter_combo.setItemText(index, name)
        self.add_button.setText(self.tr("Comment on selection"))
        self.reply_edit.setPlaceholderText(self.tr("Reply…"))
        self.reply_button.setText(self.tr("Reply"))
        self.resolve_button.setText(self.tr("Resolve"))
        self.empty_label.setText(self.tr("No comments."))
        self.add_action.setText(self.tr("Add &Comment on Selection"))
        self.tabs.setTabText(0, self.tr("Comments"))
        self._name_suggestions_tab()

    def show_suggestions(self, article: Article | None = None) -> None:
        """List the open suggestions again (of ``article``, default the window's)."""
        self.suggestions_panel.show_suggestions(
            article if article is not None else self._article()
        )
        self._name_suggestions_tab()

    def show_suggestions_tab(self) -> None:
        """Bring the Suggestions tab to the front."""
        self.tabs.setCurrentWidget(self.suggestions_panel)

    def _name_suggestions_tab(self) -> None:
        count = self.suggestions_panel.count()
        self.tabs.setTabText(1, self.tr("Suggestions (%n)", "", count))

    def changeEvent(self, event: QEvent) -> None:
        """Word the panel, its parts' names and the thread again when the language changes."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.refresh()
            self.show_suggestions()

    # -- what is shown ------------------------------------------------------------------

    def filter(self) -> str:
        """Return which comments are listed: "open", "resolved" or "all"."""
        return str(self.filter_combo.currentData())

    def set_filter(self, which: str) -> None:
        """List open, resolved or all comments."""
        index = self.filter_combo.findData(which)
        if index >= 0:
            self.filter_combo.setCurrentIndex(index)

    def refresh(self, select: str | None = None) -> None:
        """List the comments again (keeping the selection, or selecting ``select``)."""
        keep = select if select is not None else self.current_id()
        article = self._article()
        labels = [section.label for section in article.sections]
        which = self.filter()
        resolved = None if which == SHOW_ALL else which == SHOW_RESOLVED
        self.tree.blockSignals(True)
        self.tree.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        chosen: QTreeWidgetItem | None = None
        for comment in comments_by_part(article, resolved=resolved):
            group = groups.get(comment.part)
            if group is None:
                # Named as each group is made: only the parts with comments (naming every
                # part took seconds for a bank of 200,000 quotations).
                group = QTreeWidgetItem(self.tree, [_group_name(comment.part, labels, article)])
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                groups[comment.part] = group
            item = QTreeWidgetItem(group, [_summary(comment)])
            item.setData(0, _ID_ROLE, comment.id)
            item.setToolTip(0, comment.text)
            if comment.resolved or is_detached(comment):
                item.setForeground(0, QBrush(QColor("#777777")))
            if comment.id == keep:
                chosen = item
        self.tree.expandAll()
        self.tree.blockSignals(False)
        self.empty_label.setVisible(not groups)
        if chosen is not None:
            self.tree.setCurrentItem(chosen)
        self._show_thread(self.current_comment())

    def current_id(self) -> str:
        """Return the id of the selected comment, "" when none."""
        item = self.tree.currentItem()
        value = item.data(0, _ID_ROLE) if item is not None else None
        return str(value) if value else ""

    def current_comment(self) -> Comment | None:
        """Return the selected comment, None when none is selected."""
        wanted = self.current_id()
        for comment in self._article().comments:
            if comment.id == wanted:
                return comment
        return None

    def items(self) -> list[QTreeWidgetItem]:
        """Return the comment rows as listed (parts' headings left out)."""
        rows: list[QTreeWidgetItem] = []
        for index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(index)
            if group is not None:
                children = (group.child(number) for number in range(group.childCount()))
                rows += [child for child in children if child is not None]
        return rows

    def select(self, comment_id: str) -> bool:
        """Select a comment's row; False when it is not listed."""
        for item in self.items():
            if item.data(0, _ID_ROLE) == comment_id:
                self.tree.setCurrentItem(item)
                return True
        return False

    def _show_thread(self, comment: Comment | None) -> None:
        enabled = comment is not None
        for widget in (self.reply_edit, self.reply_button, self.resolve_button):
            widget.setEnabled(enabled)
        if comment is None:
            self.thread_view.clear()
            return
        self.resolve_button.setText(self.tr("Reopen") if comment.resolved else self.tr("Resolve"))
        state = []
        if comment.resolved:
            state.append(self.tr("resolved"))
        if is_detached(comment):
            state.append(self.tr("its text was deleted"))
        parts = [
            f"<p><b>{escape(comment.author or '?')}</b> "
            f"<small>{escape(readable_time(comment.created))}</small>"
            + (f" <i>({escape(', '.join(state))})</i>" if state else "")
            + "</p>",
            f'<p dir="auto" style="background:#fff3b0">{escape(comment.quote)}</p>',
            f'<p dir="auto">{escape(comment.text)}</p>',
        ]
        for answer in comment.replies:
            parts.append(
                f'<p dir="auto">↳ <b>{escape(answer.author or "?")}</b> '
                f"<small>{escape(readable_time(answer.created))}</small>: "
                f"{escape(answer.text)}</p>"
            )
        self.thread_view.setHtml("".join(parts))

    # -- actions ------------------------------------------------------------------------

    @Slot()
    def _on_filter(self) -> None:
        self.refresh()

    @Slot(QTreeWidgetItem, QTreeWidgetItem)
    def _on_current(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        comment = self.current_comment()
        self._show_thread(comment)
        self.comment_selected.emit(comment.id if comment is not None else "")

    @Slot(QTreeWidgetItem)
    def _on_activated(self, item: QTreeWidgetItem) -> None:
        comment = self.current_comment()
        if comment is not None and item.data(0, _ID_ROLE) == comment.id:
            self.jump_requested.emit(comment.part, comment.start, comment.end)

    @Slot()
    def _on_reply(self) -> None:
        comment = self.current_comment()
        text = self.reply_edit.text()
        if comment is None or not text.strip():
            return
        if not self._ask_name():
            return
        try:
            reply(comment, text, self._author())
        except ReviewError:
            return
        self.reply_edit.clear()
        self.comments_changed.emit()
        self.refresh(comment.id)

    @Slot()
    def _on_resolve(self) -> None:
        comment = self.current_comment()
        if comment is None:
            return
        if comment.resolved:
            reopen(comment)
        else:
            resolve(comment)
        self.comments_changed.emit()
        self.refresh(comment.id)


def _group_name(part: str, labels: list[str], article: Article) -> str:
    """Return the name of a part that has comments; its key when the article lacks it."""
    if not has_part(article, part):
        return part
    return part_name(part, labels)


def _summary(comment: Comment) -> str:
    quote = " ".join(comment.quote.split())
    if len(quote) > 40:
        quote = quote[:39] + "…"
    first = comment.text.strip().splitlines()[0] if comment.text.strip() else ""
    who = comment.initials or comment.author
    return f"«{quote}» {who}: {first}" + (
        f"  (+{len(comment.replies)})" if comment.replies else ""
    )
