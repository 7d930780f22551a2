"""The preview dock: the article through the HTML writer, rendered off the GUI thread."""

from __future__ import annotations

import copy
import re
import threading
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QTimer, Signal, Slot
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QDockWidget, QTextBrowser, QWidget

from editor.model import Article
from editor.ui.form.text_box import LONG_PARAGRAPH

if TYPE_CHECKING:
    from editor.render.styles import HouseStyle

# Qt's rich text reads the export otherwise than a browser in places that show:
# - a unitless line-height is a share of the font's own line spacing (1.36 em for Noto
#   Serif, about 2 em for the Arabic fonts), not of the em: the export's 1.55 spaced the
#   preview's lines 2.1 em apart, and Arabic ones 2.9, where a browser has 1.55. Each such
#   height becomes the one a browser gives, in pixels from the rule's font size, and fixed
#   (Qt takes pixels as a minimum, which the Arabic fonts' own spacing exceeds). Qt hands
#   a height down to the paragraphs inside but not that it is fixed: the body's height is
#   said again for them. A rule without a size in points loses its height.
# - Qt reads no rem: margins in rem (under the headline, above each label) came out as
#   none. A browser's rem is 16 px unless the reader changed it.
# - a quotation is set off by an indent and a border at its start, and Qt knows neither
#   logical properties nor borders on blocks: it is indented on both sides instead.
# - <footer> is no block to Qt: a quotation's attribution fell out of its <blockquote> and
#   stood at the margin under the indented words. As a <div> it stays in the quotation.
#   Its <cite> Qt sets in italics whatever the stylesheet says; the export's is upright.
# The patterns are compiled by re on first use (its cache keeps them): the first render
# comes after the window's first paint, and compiling them as the module loads cost that.
_UNITLESS_LINE_HEIGHT = r"line-height:\s*([0-9.]+)\s*;?"
_RULE = r"\{[^{}]*\}"
_POINTS = r"font-size:\s*([0-9.]+)pt"
_REM = r"\b([0-9.]+)rem\b"
# 20 px each side: 40 left a 260 px preview (an 800 px window) four words a line.
_QUOTATION_INDENT = "article.newsdesk blockquote { margin-left: 20px; margin-right: 20px; }\n"
# Qt reads tags it does not know as inline: a figure and its caption are blocks.
_FOR_QT_TAGS = {"footer": "div", "cite": "span", "figure": "div", "figcaption": "div"}
_TAG = rf"<(/?)({'|'.join(_FOR_QT_TAGS)})\b"
# An article with more text than this (its parts and its quotations' words) is not
# previewed as it is typed: rendering it and laying the page out take seconds (100,000
# paragraphs: ~3 s to render, ~7 s for Qt to read the page) after every pause. The page
# says so instead; an export shows it whole. 500,000 characters are some 80,000 words.
PREVIEW_LIMIT = 500_000


def article_size(article: Article) -> int:
    """Return how many characters of text an article holds (parts and quotations)."""
    size = len(article.opening.text) + len(article.headline) + len(article.standfirst)
    size += sum(len(section.body) + len(section.label) for section in article.sections)
    return size + sum(len(quotation.words) for quotation in article.quotations)


def _shortened(text: str) -> str:
    """Return the text with each paragraph cut to LONG_PARAGRAPH characters: Qt lays a
    paragraph out whole, in seconds for a long one, and the editor shows no more of it."""
    if len(text) <= LONG_PARAGRAPH:
        return text
    lines = text.split("\n")
    return "\n".join(
        line if len(line) <= LONG_PARAGRAPH else f"{line[:LONG_PARAGRAPH]} …" for line in lines
    )


def preview_copy(article: Article) -> Article:
    """Return the article as the preview shows it: its long paragraphs cut short."""
    shown = copy.copy(article)
    shown.opening = copy.copy(article.opening)
    shown.opening.text = _shortened(article.opening.text)
    shown.headline = _shortened(article.headline)
    shown.standfirst = _shortened(article.standfirst)
    shown.sections = [copy.copy(section) for section in article.sections]
    for section in shown.sections:
        section.body = _shortened(section.body)
    return shown


def for_qt(page: str) -> str:
    """Return an exported HTML page adapted to Qt's rich text (the writer's text untouched)."""
    before, opening, rest = page.partition("<style>")
    css, closing, body = rest.partition("</style>")
    if not opening or not closing:
        return page
    heights: list[str] = []
    css = re.sub(_REM, lambda rem: f"{float(rem[1]) * 16:g}px", css)
    css = re.sub(_RULE, lambda rule: _fixed_line_height(rule[0], heights), css)
    if heights:  # the first is the body's (the article's rule)
        css += f"\np, li, div {{ {heights[0]} }}\n"
    css += _QUOTATION_INDENT
    # Markup only: the writer's own "<" is "&lt;" in the page, so no text can match.
    body = re.sub(_TAG, lambda tag: f"<{tag[1]}{_FOR_QT_TAGS[tag[2]]}", body)
    return before + opening + css + closing + body


def _fixed_line_height(rule: str, heights: list[str]) -> str:
    points = re.search(_POINTS, rule)

    def fixed(height: re.Match[str]) -> str:
        if points is None:
            return ""
        pixels = float(height[1]) * float(points[1]) * 96 / 72
        heights.append(f"line-height: {pixels:.1f}px; -qt-line-height-type: fixed;")
        return heights[-1]

    return re.sub(_UNITLESS_LINE_HEIGHT, fixed, rule)


@dataclass(frozen=True, slots=True)
class RenderedPage:
    """What the worker made of one request: plain Python values, no Qt object.

    ``html`` is the page for Qt's rich text; when ``too_long`` (the article's size) or
    ``failure`` (the error's text) is set, the GUI thread words the page instead.
    """

    generation: int
    html: str
    seconds: float
    too_long: int = 0
    failure: str = ""


def render_page(generation: int, article: Article, style: HouseStyle) -> RenderedPage:
    """Render one article for the preview (runs on the worker thread: no Qt call here)."""
    from editor.render.html import render_html

    started = time.perf_counter()
    try:
        size = article_size(article)
        if size > PREVIEW_LIMIT:
            return RenderedPage(generation, "", time.perf_counter() - started, too_long=size)
        html = for_qt(render_html(preview_copy(article), style))
    except Exception as failure:  # a preview must never take the window (or its thread) down
        return RenderedPage(generation, "", time.perf_counter() - started, failure=str(failure))
    return RenderedPage(generation, html, time.perf_counter() - started)


class PreviewWorker:
    """A plain Python thread that renders the newest article it was given, skipping stale ones.

    It calls no Qt function: a Qt call that takes Qt's signal-slot locks (emitting a signal,
    moving an object to another thread) from a Python thread can deadlock with the GUI
    thread, which may hold such a lock while it waits for the interpreter (PySide checks for
    a Python override of ``disconnectNotify`` while Qt disconnects an object being
    collected). The GUI thread collects the result with ``take``. The thread ends after
    ``IDLE_SECONDS`` without work and starts again with the next request.
    """

    IDLE_SECONDS = 30.0

    def __init__(self) -> None:
        self._condition = threading.Condition()
        self._request: tuple[int, Article, HouseStyle] | None = None
        self._result: RenderedPage | None = None
        self._thread: threading.Thread | None = None
        self._stopping = False

    def submit(self, generation: int, article: Article, style: HouseStyle) -> None:
        """Ask for a render; a request not yet started is replaced by this one."""
        with self._condition:
            self._request = (generation, article, style)
            self._stopping = False
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="preview-renderer", daemon=True
                )
                self._thread.start()
            self._condition.notify()

    def take(self) -> RenderedPage | None:
        """Return the newest finished page not yet taken, if there is one."""
        with self._condition:
            result, self._result = self._result, None
            return result

    def stop(self, seconds: float = 5.0) -> None:
        """End the thread (after the render under way) and wait for it."""
        with self._condition:
            thread = self._thread
            self._stopping = True
            self._request = None
            self._condition.notify()
        if thread is not None and thread is not threading.current_thread():
            thread.join(seconds)

    def _run(self) -> None:
        while True:
            with self._condition:
                if self._request is None and not self._stopping:
                    self._condition.wait(self.IDLE_SECONDS)
                if self._stopping or self._request is None:
                    self._thread = None
                    return
                generation, article, style = self._request
                self._request = None
            page = render_page(generation, article, style)
            with self._condition:
                if self._request is None or self._request[0] <= generation:
                    self._result = page


def _too_long_page(size: int) -> str:
    message = QCoreApplication.translate(
        "PreviewRenderer",
        "This article is too long to preview as you type: {0} characters, where the"
        " preview shows up to {1}. Export it to read it whole.",
    ).format(f"{size:,}", f"{PREVIEW_LIMIT:,}")
    return f"<p>{_escape(message)}</p>"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class PreviewDock(QDockWidget):
    """Shows the rendered article; ``request`` returns at once, the page updates when ready.

    The worker thread makes the page's HTML; this (GUI) thread looks for it every
    ``POLL_MS`` while a render is under way, and parses it into the browser's document
    (some 13 ms for a 20,000-word article, once per pause in typing).
    """

    POLL_MS = 8
    # A page is shown once the text has not changed for this long: parsing it on the GUI
    # thread takes ~16 ms for 20,000 words, and a key pressed meanwhile waited that long.
    QUIET_S = 0.12
    updated = Signal()

    def __init__(self, parent: QWidget | None = None, style: object = None) -> None:
        super().__init__(parent)
        self.setObjectName("preview")
        self.retranslate()
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.setWidget(self.browser)
        self._style = style
        self._page: QTextDocument | None = None
        self._generation = 0
        self._shown_generation = -1
        self.last_render_seconds = 0.0
        self.last_apply_seconds = 0.0
        self._worker = PreviewWorker()
        self._ready: RenderedPage | None = None  # rendered, waiting for a pause in typing
        self._last_edit = 0.0
        self._behind = False  # changed since the last request (see note_typing)
        self._poll = QTimer(self)
        self._poll.setInterval(self.POLL_MS)
        self._poll.timeout.connect(self._collect)
        app = QCoreApplication.instance()
        if app is not None:
            # The thread is a daemon, but a render under way while the interpreter shuts
            # down would run on into a half-torn-down module: wait for it.
            app.aboutToQuit.connect(self.shutdown)

    def retranslate(self) -> None:
        """Word the dock in the interface language (again when it changes)."""
        self.setWindowTitle(self.tr("Preview"))

    def changeEvent(self, event: QEvent) -> None:
        """Word the dock again when the interface language changes."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def set_style(self, style: object) -> None:
        """Use another house style from the next render on."""
        self._style = style

    def request(self, article: Article) -> int:
        """Ask for a render of this article snapshot; return its generation number."""
        self._generation += 1
        self._behind = False
        self._worker.submit(self._generation, article, self._style)  # type: ignore[arg-type]
        if not self._poll.isActive():
            self._poll.start()
        return self._generation

    def note_typing(self) -> None:
        """Say the text just changed: a page ready now waits for the typing to pause, and
        the page is behind the text until the next request."""
        self._last_edit = time.monotonic()
        self._behind = True

    def is_current(self) -> bool:
        """Whether the page shows the article as it is now: the newest requested, and no
        change since (edits made while the preview was folded away asked for none)."""
        return self._shown_generation == self._generation and not self._behind

    def html(self) -> str:
        """Return the page's text as HTML (for tests and copy)."""
        return self.browser.toHtml()

    @Slot()
    def _collect(self) -> None:
        rendered = self._worker.take()
        if rendered is not None:
            self._ready = rendered
        ready = self._ready
        if ready is None:
            return
        if ready.generation < self._generation:
            self._ready = None  # a newer request is under way
            return
        if time.monotonic() - self._last_edit < self.QUIET_S:
            return  # typing: shown at the next pause
        self._ready = None
        self._poll.stop()
        self._show(ready)

    def _show(self, rendered: RenderedPage) -> None:
        started = time.perf_counter()
        if rendered.too_long:
            html = _too_long_page(rendered.too_long)
        elif rendered.failure:
            title = QCoreApplication.translate("PreviewRenderer", "Preview failed:")
            html = f"<p><b>{_escape(title)}</b> {_escape(rendered.failure)}</p>"
        else:
            html = rendered.html
        bar = self.browser.verticalScrollBar()
        position = bar.value()
        previous = self._page
        page = QTextDocument(self.browser)
        page.setHtml(html)
        self.browser.setDocument(page)
        self._page = page
        if previous is not None:
            previous.deleteLater()
        bar.setValue(min(position, bar.maximum()))
        self.last_render_seconds = rendered.seconds
        self.last_apply_seconds = time.perf_counter() - started
        self._shown_generation = rendered.generation
        self.updated.emit()

    @Slot()
    def shutdown(self) -> None:
        """Stop the worker thread (before the window goes away)."""
        self._poll.stop()
        self._worker.stop()
