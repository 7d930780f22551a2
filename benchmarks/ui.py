"""Main-window performance: cold start, typing in a long section, preview refresh, memory.

Run: QT_QPA_PLATFORM=offscreen python benchmarks/ui.py [--runs N]

Prints each figure, its budget and the ratio to the budget (or to a bare PySide6 window
for the start-up time). Every figure comes from this one run.
"""

from __future__ import annotations

import argparse
import compileall
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from offscreen import REPO, editor_env, use_offscreen_screen, user_folders_env

use_offscreen_screen()

START_RATIO_BUDGET = 1.6
KEYSTROKE_P95_BUDGET_MS = 8.0
PREVIEW_BUDGET_MS = 150.0
MEMORY_BUDGET_MB = 160.0
CHIPS = 50  # quotation chips shown in the 20,000-word article

_NEWS = (
    "The transport ministry of Northland announced on 4 October that the river port of "
    "Kestrel Bay will reopen to cargo ships on 1 December, after eighteen months of repairs. "
    "Speaking at a press conference in the capital, the deputy minister said the works were "
    "*ahead of schedule* and **within budget**, and that the "
    "[harbour office](https://example.org) would publish the timetable."
)
_COMMENT = (
    "The announcement was welcomed by exporters, who have been trucking grain three hundred "
    "kilometres to the nearest open harbour. Yet doubts remain: the contractor has missed two "
    "earlier deadlines, and the dredging of the channel has not been tendered."
)


def build_article(words: int):
    """Return an article whose News section alone holds ``words`` words."""
    from editor.model import Quotation
    from editor.text.counts import word_count
    from editor.text.template import new_article

    article = new_article("en", "Lena Ortiz", "the Northland Media Desk")
    article.headline = "Will the river port reopen before winter?"
    article.standfirst = "The ministry promises cargo ships by December."
    article.quotations = [
        Quotation(id="reyes-1", words="We will keep that promise.", speaker="Alma Reyes")
    ]
    paragraphs: list[str] = []
    count = 0
    number = 0
    # Fifty quotations shown as chips in 20,000 words: 25 alone in their paragraph (block
    # quotations), 25 inside a sentence.
    lone = inline = 0
    chips = CHIPS * words // 20_000
    while count < words:
        number += 1
        paragraph = _NEWS if number % 2 else _COMMENT
        if number % 8 == 0 and lone < chips // 2:
            paragraph = "[[quote:reyes-1]]"
            lone += 1
        elif number % 8 == 4 and inline < chips - chips // 2:
            paragraph += " As the minister put it, [[quote:reyes-1]]"
            inline += 1
        paragraphs.append(paragraph)
        count += word_count(paragraph)
    article.sections[0].body = "\n\n".join(paragraphs)
    article.sections[1].body = _COMMENT
    return article


# -- child processes ---------------------------------------------------------------------


def _child_bare() -> None:
    from first_paint import exit_on_first_paint
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication([sys.argv[0]])
    window = QMainWindow()
    window.setCentralWidget(QLabel("Newsdesk"))
    window.resize(1280, 800)
    exit_on_first_paint(window)
    window.show()
    app.exec()


def _child_editor(path: str) -> None:
    from first_paint import exit_on_body_paint
    from PySide6.QtWidgets import QApplication

    from editor.app import start_editor

    app = QApplication([sys.argv[0]])
    # As `newsdesk FILE` does: settings, theme, recovery check, load, lock, build, show.
    workspace = start_editor(app, [path])
    exit_on_body_paint(workspace.windows[0].form.sections[0].editor)
    app.exec()


def _child_memory(path: str) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from editor.app import tune_interpreter
    from editor.storage.container import load
    from editor.storage.folders import UserFolders
    from editor.storage.settings import Settings
    from editor.ui.window.workspace import Workspace

    app = QApplication([sys.argv[0]])
    tune_interpreter()
    workspace = Workspace(UserFolders.default(), Settings())
    window = workspace.add_window(load(path), Path(path))
    _wait(app, lambda: window.preview.is_current(), 20)
    body = window.form.sections[0].editor
    body.setFocus()
    for _ in range(50):
        QTest.keyClick(body, Qt.Key.Key_A)
    _wait(app, lambda: False, 1.0)
    _wait(app, lambda: window.preview.is_current(), 20)
    print(_peak_kilobytes(), flush=True)
    os._exit(0)


def _peak_kilobytes() -> int:
    """Return this process's peak resident memory in KiB.

    VmHWM where there is a /proc: it starts again at exec. ru_maxrss does not on Linux; it
    keeps the high-water mark of the copy of the parent the child was forked from, and the
    parent may be large (it has just typed into a 100,000-word paragraph).
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _wait(app, done, seconds: float) -> None:
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline and not done():
        app.processEvents()
        time.sleep(0.002)


def writers_keys() -> list:
    """A writer's keys: letters, spaces, a Markdown mark, and Enter every 49th (a new
    paragraph in the middle of the section)."""
    from PySide6.QtCore import Qt

    keys = [Qt.Key.Key_A, Qt.Key.Key_Space, Qt.Key.Key_B, Qt.Key.Key_Asterisk] * 12
    keys.append(Qt.Key.Key_Return)
    return keys


def time_keys(app, box, count: int) -> list[float]:
    """Press ``count`` of a writer's keys in ``box``, each with the events it causes;
    return each key's seconds, sorted."""
    from PySide6.QtTest import QTest

    keys = writers_keys()
    times = []
    for index in range(count):
        started = time.perf_counter()
        QTest.keyClick(box, keys[index % len(keys)])
        app.processEvents()
        times.append(time.perf_counter() - started)
    times.sort()
    return times


# -- measurements ------------------------------------------------------------------------


def _spawn(args: list[str], home: Path) -> float:
    env = editor_env(home)
    started = time.perf_counter()
    completed = subprocess.run(
        [sys.executable, __file__, *args], env=env, capture_output=True, text=True, check=False
    )
    elapsed = time.perf_counter() - started
    if "painted" not in completed.stdout and args[0] != "--child-memory":
        raise RuntimeError(f"child {args} failed:\n{completed.stderr}")
    if args[0] == "--child-memory":
        return float(completed.stdout.strip().splitlines()[-1])
    return elapsed


def measure_start(runs: int, path: Path, home: Path) -> tuple[float, float, float, float]:
    """Return median bare and editor seconds to first paint, median and best pair ratio.

    The two kinds alternate, so a burst of load on the machine hits both alike.
    """
    bare, editor = [], []
    for _ in range(runs):
        bare.append(_spawn(["--child-bare"], home))
        editor.append(_spawn(["--child-editor", str(path)], home))
    ratios = [mine / theirs for mine, theirs in zip(editor, bare, strict=True)]
    return (
        statistics.median(bare),
        statistics.median(editor),
        statistics.median(ratios),
        min(editor) / min(bare),
    )


def measure_typing_and_preview(path: Path) -> dict[str, float]:
    """Type into a 20,000-word section; time each keystroke and the preview refresh."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from editor.app import tune_interpreter
    from editor.render.html import render_html
    from editor.storage.container import load
    from editor.storage.folders import UserFolders
    from editor.storage.settings import Settings
    from editor.text.counts import word_count
    from editor.ui.window.workspace import Workspace

    app = QApplication.instance() or QApplication([sys.argv[0]])
    tune_interpreter()  # as start_editor does
    workspace = Workspace(UserFolders.default(), Settings(autosave_seconds=3600))
    window = workspace.add_window(load(path), path)
    _wait(app, window.preview.is_current, 30)
    body = window.form.sections[0].editor
    body.setFocus()
    cursor = body.textCursor()
    cursor.setPosition(body.shown_position(len(body.text()) // 2))
    body.setTextCursor(cursor)
    chips = body.toPlainText().count("\ufffc")
    times = time_keys(app, body, 400)
    # Typing while the worker renders the preview: the render must not hold the keys up.
    _wait(app, window.preview.is_current, 30)
    during = []
    window._on_preview_due()
    # 60 keys, some 200 ms: longer than the render; the page waits for the typing to pause.
    keys = writers_keys()
    while not window.preview.is_current() and len(during) < 60:
        started = time.perf_counter()
        QTest.keyClick(body, keys[len(during) % len(keys)])
        app.processEvents()
        during.append(time.perf_counter() - started)
        time.sleep(0.002)  # a fast typist's pace is ~10 ms a key; this is faster
    during.sort()
    # The refresh after typing stops, as the window does it: snapshot and request on the
    # GUI thread, render and parse in the worker, swap the page in on the GUI thread.
    _wait(app, window.preview.is_current, 30)
    refresh_started = time.perf_counter()
    window._on_preview_due()
    _wait(app, window.preview.is_current, 30)
    refresh = time.perf_counter() - refresh_started
    snapshot_started = time.perf_counter()
    article = window.article()
    snapshot = time.perf_counter() - snapshot_started
    style = workspace.house_style()
    render_started = time.perf_counter()
    render_html(article, style)
    render_direct = time.perf_counter() - render_started
    count_started = time.perf_counter()
    word_count(body.text())
    count = time.perf_counter() - count_started
    figures = {
        "words": float(word_count(body.text())),
        "chips": float(chips),
        "p50": times[len(times) // 2] * 1000,
        "p95": times[int(len(times) * 0.95)] * 1000,
        "max": times[-1] * 1000,
        "during_n": float(len(during)),
        "during_p95": during[int(len(during) * 0.95)] * 1000 if during else 0.0,
        "snapshot": snapshot * 1000,
        "refresh": refresh * 1000,
        "render_worker": window.preview.last_render_seconds * 1000,
        "render_direct": render_direct * 1000,
        "apply": window.preview.last_apply_seconds * 1000,
        "count": count * 1000,
    }
    window.setWindowModified(False)
    window.close()
    return figures


def measure_replace_all(path: Path) -> tuple[int, float, int]:
    """Replace every "the" of the 20,000-word article, case ignored, as Edit › Replace does:
    return the matches, the seconds and the section's words (the whole text was folded
    again at each match, 1.1 s for 2,375 of them, before it was folded once)."""
    from PySide6.QtWidgets import QApplication

    from editor.storage.container import load
    from editor.storage.folders import UserFolders
    from editor.storage.settings import Settings
    from editor.text.counts import word_count
    from editor.ui.window.workspace import Workspace

    app = QApplication.instance() or QApplication([sys.argv[0]])
    workspace = Workspace(UserFolders.default(), Settings(autosave_seconds=3600))
    window = workspace.add_window(load(path), path)
    _wait(app, window.preview.is_current, 30)
    words = word_count(window.form.sections[0].editor.text())
    dialog = window.find_dialog()
    dialog.find_edit.setText("the")
    dialog.replace_edit.setText("THE")
    started = time.perf_counter()
    matches = dialog.replace_all()
    seconds = time.perf_counter() - started
    window.setWindowModified(False)
    window.close()
    return matches, seconds, words


def add_suggestions(article, count: int, author: str = "Second Reader") -> None:
    """Give the article's 20,000-word section ``count`` open suggestions by another author,
    spread over it: deletions, insertions and replacements of a word."""
    from editor.text.suggestions import suggest

    body = article.sections[0].body
    step = max(1, len(body) // (count + 1))
    for number in range(count):
        start = body.find(" the ", step * (number + 1))
        if start < 0:
            break
        new = ("", "the very ", "a ")[number % 3]
        suggest(article, "sections/0", start + 1, start + 5, new, author, at="2026-12-01T10:00:00")


def measure_suggesting_typing(
    path: Path, keys: int = 400, *, suggesting: bool = True
) -> dict[str, float]:
    """Type into a 20,000-word section in suggesting mode; time each keystroke (ms).

    ``suggesting`` False: the same typing as plain edits, with the article's suggestions
    shown in the text.

    The same keys as ``measure_typing_and_preview`` (letters, spaces, a Markdown mark,
    Enter every 49th), each a suggested insertion; the article may hold suggestions
    already (see ``add_suggestions``). The lead's benchmarks/review.py can call this.
    """
    from PySide6.QtWidgets import QApplication

    from editor.app import tune_interpreter
    from editor.storage.container import load
    from editor.storage.folders import UserFolders
    from editor.storage.settings import Settings
    from editor.ui.window.workspace import Workspace

    app = QApplication.instance() or QApplication([sys.argv[0]])
    tune_interpreter()
    workspace = Workspace(
        UserFolders.default(), Settings(autosave_seconds=3600, author="Reviewer One")
    )
    window = workspace.add_window(load(path), path)
    _wait(app, window.preview.is_current, 30)
    review = window.attach_review()
    review.suggestions.set_suggesting(suggesting)
    body = window.form.sections[0].editor
    body.setFocus()
    cursor = body.textCursor()
    cursor.setPosition(body.shown_position(len(body.text()) // 2))
    body.setTextCursor(cursor)
    before = len(window.article().suggestions)
    times = time_keys(app, body, keys)
    figures = {
        "suggestions_before": float(before),
        "suggestions_after": float(len(window.article().suggestions)),
        "p50": times[len(times) // 2] * 1000,
        "p95": times[int(len(times) * 0.95)] * 1000,
        "max": times[-1] * 1000,
    }
    window.setWindowModified(False)
    window.close()
    return figures


def _print_suggesting(folder: Path) -> None:
    from editor.storage.container import save

    for count, suggesting in ((0, False), (0, True), (200, True), (200, False)):
        article = build_article(20_000)
        add_suggestions(article, count)
        path = folder / f"suggesting-{count}-{suggesting}.newsdesk"
        save(article, path)
        figures = measure_suggesting_typing(path, suggesting=suggesting)
        mode = "in suggesting mode" if suggesting else "plain edits"
        print(
            f"typing, {mode}, 20,000 words, {count} suggestions open"
            f" ({figures['suggestions_after']:.0f} after):"
        )
        print(
            f"  keystroke to processed   p50 {figures['p50']:.2f} ms,"
            f" p95 {figures['p95']:.2f} ms, max {figures['max']:.2f} ms"
            f"  ratio {figures['p95'] / KEYSTROKE_P95_BUDGET_MS:.2f}"
            f"  (budget {KEYSTROKE_P95_BUDGET_MS} ms)"
        )


def measure_one_long_paragraph(words: int = 100_000, keys: int = 20) -> tuple[float, float]:
    """Median ms per key typed mid-way into one paragraph of ``words`` words: in the
    editor's window as shipped (spell checking on, its dictionary loaded), and in a bare
    QPlainTextEdit (Qt lays the whole paragraph out again on each key)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QPlainTextEdit

    from editor.storage.folders import UserFolders
    from editor.storage.settings import Settings
    from editor.text.template import new_article
    from editor.ui.window.workspace import Workspace

    app = QApplication.instance() or QApplication([sys.argv[0]])
    text = " ".join(["word", "another", "sentence."] * (words // 3))
    article = new_article("en")
    article.sections[0].body = text
    workspace = Workspace(UserFolders.default(), Settings(autosave_seconds=3600))
    window = workspace.add_window(article)

    def spelling_ready() -> bool:
        tools = window.language_tools
        return tools is not None and tools.checker.is_loaded("en")

    _wait(app, spelling_ready, 30)
    bare = QPlainTextEdit()
    bare.resize(760, 570)
    bare.setPlainText(text)
    bare.show()
    medians = []
    for box in (window.form.sections[0].editor, bare):
        app.processEvents()
        box.setFocus()
        cursor = box.textCursor()
        # Mid-way through what the box holds (the editor shows the first 20,000 characters
        # of a paragraph this long: text_box.LONG_PARAGRAPH).
        cursor.setPosition(min(len(text), box.document().characterCount() - 1) // 2)
        box.setTextCursor(cursor)
        times = []
        for _ in range(keys):
            started = time.perf_counter()
            QTest.keyClick(box, Qt.Key.Key_A)
            app.processEvents()
            times.append(time.perf_counter() - started)
        medians.append(statistics.median(times) * 1000)
    bare.close()
    window.setWindowModified(False)
    window.close()
    return medians[0], medians[1]


def main() -> int:
    """Run every measurement once and print figures and ratios."""
    if len(sys.argv) > 1 and sys.argv[1].startswith("--child-"):
        mode = sys.argv[1]
        if mode == "--child-bare":
            _child_bare()
        elif mode == "--child-editor":
            _child_editor(sys.argv[2])
        elif mode == "--child-memory":
            _child_memory(sys.argv[2])
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="start-up runs of each kind")
    parser.add_argument("--suggesting", action="store_true", help="only typing in suggesting mode")
    args = parser.parse_args()
    sys.path.insert(0, str(REPO))
    from editor.storage.container import save

    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        home = folder / "home"
        home.mkdir()
        os.environ.update(user_folders_env(home))
        if args.suggesting:
            _print_suggesting(folder)
            return 0
        small = folder / "five-thousand.newsdesk"
        large = folder / "twenty-thousand.newsdesk"
        save(build_article(5_000), small)
        save(build_article(20_000), large)

        # An installed program has its modules compiled (pip does it at install); a
        # checkout run with PYTHONDONTWRITEBYTECODE would compile them on every start.
        compileall.compile_dir(str(REPO / "editor"), quiet=1)
        bare, editor, ratio, best = measure_start(args.runs, small, home)
        print(f"cold start to first paint, median of {args.runs} (offscreen, subprocess):")
        print(f"  bare PySide6 window      {bare * 1000:7.0f} ms")
        print(f"  editor, 5,000 words      {editor * 1000:7.0f} ms")
        print(f"  ratio, median of pairs   {ratio:7.2f}  (budget {START_RATIO_BUDGET})")
        print(f"  ratio of the fastest     {best:7.2f}")

        typing = measure_typing_and_preview(large)
        print(
            f"typing in a {typing['words']:,.0f}-word section with {typing['chips']:.0f}"
            " quotation chips, highlighting on (400 keys, Enter every 49th):"
        )
        print(
            f"  keystroke to processed   p50 {typing['p50']:.2f} ms, p95 {typing['p95']:.2f} ms,"
            f" max {typing['max']:.2f} ms"
        )
        print(
            f"  while the preview renders p95 {typing['during_p95']:.2f} ms"
            f" over {typing['during_n']:.0f} keys"
        )
        print(
            f"  p95 / budget             {typing['p95'] / KEYSTROKE_P95_BUDGET_MS:7.2f}"
            f"  (budget {KEYSTROKE_P95_BUDGET_MS} ms)"
        )
        refresh = typing["refresh"]
        print("preview refresh of the same article (after typing stops):")
        print(f"  snapshot (GUI thread)    {typing['snapshot']:7.1f} ms")
        print(
            f"  render (worker thread)   {typing['render_worker']:7.1f} ms"
            f"  (render_html alone, this thread: {typing['render_direct']:.1f} ms)"
        )
        print(f"  parse + show (GUI)      {typing['apply']:7.1f} ms")
        print(
            f"  request to page shown    {refresh:7.1f} ms"
            f"  ratio {refresh / PREVIEW_BUDGET_MS:.2f}  (budget {PREVIEW_BUDGET_MS:.0f} ms)"
        )
        print(f"  word count, debounced    {typing['count']:7.1f} ms  (GUI thread, 300 ms idle)")

        mine, bare_box = measure_one_long_paragraph()
        print("one paragraph of 100,000 words (bad input; no budget), a key typed mid-way:")
        print(
            f"  editor, spelling on {mine:.1f} ms, bare QPlainTextEdit {bare_box:.1f} ms"
            f"  ratio {mine / bare_box:.2f}"
        )

        matches, seconds, words = measure_replace_all(large)
        print(
            f"Replace all in a {words:,}-word section (no budget; a word processor's is at once):"
        )
        print(f'  {matches:,} matches of "the", case ignored  {seconds * 1000:7.1f} ms')

        kilobytes = _spawn(["--child-memory", str(large)], home)
        megabytes = kilobytes / 1024
        print("peak memory, 20,000-word article open, previewed, typed in (subprocess):")
        print(
            f"  peak resident            {megabytes:7.1f} MB"
            f"  ratio {megabytes / MEMORY_BUDGET_MB:.2f}  (budget {MEMORY_BUDGET_MB:.0f} MB)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
