"""Language tools benchmark: dictionary loads, checking 5,000 words, typography, checklist,
and the main window's start-up with spell checking on.

Run: QT_QPA_PLATFORM=offscreen python benchmarks/language.py [--runs N] [--spylls]

Prints each figure, its budget and the ratio to the budget (ratio ≤ 1.00 meets it). The
5,000-word check is timed three ways, each with the dictionary already loaded: running
text with a warm cache (what typing costs), running text with a cold cache (the first
highlight of an opened article), and 5,000 distinct dictionary words (every one a lookup:
the worst case). The start-up figure is the ratio of the editor with spelling attached to
a bare PySide6 window, time to first paint, as benchmarks/ui.py measures it.
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from offscreen import REPO, editor_env, use_offscreen_screen

use_offscreen_screen()  # the screen benchmarks/ui.py's start-up runs on
sys.path.insert(0, str(REPO))

CHECK_BUDGET_MS = 100.0
WORDS = 5_000
START_RATIO_BUDGET = 1.6  # the main-window issue's start-up budget (benchmarks/ui.py)
LANGUAGES = ("en", "ar", "ru", "tr", "fr", "de", "id")


def _running_text(code: str, words: int) -> str:
    """Return running text of about ``words`` words from the language's common words."""
    vocabulary = (REPO / "tests" / "text" / "data" / f"{code}.txt").read_text("utf-8").split()
    rng = random.Random(7)
    lines = []
    count = 0
    while count < words:
        line = " ".join(rng.choice(vocabulary) for _ in range(12))
        lines.append(line[0].upper() + line[1:] + ".")
        count += 12
    return "\n".join(lines)


def _distinct_words(code: str, words: int) -> list[str]:
    """Return ``words`` distinct stems from the dictionary file (every one a real lookup)."""
    from editor.text.dictionaries import dictionaries_dir

    lines = (dictionaries_dir() / f"{code}.dic").read_text("utf-8", errors="replace").split("\n")
    stems = sorted({line.split("/")[0].strip() for line in lines[1:] if line.strip()})
    rng = random.Random(11)
    return rng.sample(stems, min(words, len(stems)))


def _median_ms(action, runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def _row(label: str, ms: float, budget: float | None = None) -> None:
    ratio = f"  ratio {ms / budget:5.2f}  (budget {budget:.0f} ms)" if budget else ""
    print(f"  {label:<44}{ms:9.1f} ms{ratio}")


def measure_checking(runs: int, use_spylls: bool) -> None:
    """Print load times and the 5,000-word figures per language."""
    from editor.text.dictionaries import engine_name, open_dictionary
    from editor.text.spelling import SpellChecker

    print(f"engine: {engine_name()}")
    print("dictionary load (once, in a worker thread in the editor):")
    for code in LANGUAGES:
        started = time.perf_counter()
        open_dictionary(code)
        _row(code, (time.perf_counter() - started) * 1000)
    if use_spylls:
        for code in ("en", "ar"):
            started = time.perf_counter()
            open_dictionary(code, engine="spylls")
            _row(f"{code} (spylls, the fallback)", (time.perf_counter() - started) * 1000)
    print(f"checking {WORDS:,} words with the dictionary loaded (median of {runs}):")
    for code in LANGUAGES:
        text = _running_text(code, WORDS)
        warm = SpellChecker()
        warm.load(code)
        warm.check_text(text, [code])
        _row(
            f"{code} running text, warm cache",
            _median_ms(lambda w=warm, t=text, c=code: w.check_text(t, [c]), runs),
            CHECK_BUDGET_MS,
        )
        cold_checkers = []
        for _ in range(runs):
            checker = SpellChecker()
            checker.load(code)
            cold_checkers.append(checker)
        cold = iter(cold_checkers).__next__
        _row(
            f"{code} running text, cold cache",
            _median_ms(lambda t=text, c=code, n=cold: n().check_text(t, [c]), runs),
            CHECK_BUDGET_MS,
        )
        distinct = " ".join(_distinct_words(code, WORDS))
        fresh = []
        for _ in range(runs):
            checker = SpellChecker()
            checker.load(code)
            fresh.append(checker)
        fresh_next = iter(fresh).__next__
        _row(
            f"{code} {WORDS:,} distinct words, cold cache",
            _median_ms(lambda t=distinct, c=code, n=fresh_next: n().check_text(t, [c]), runs),
            CHECK_BUDGET_MS,
        )


def measure_text_tools(runs: int) -> None:
    """Print the typography fix and the checklist on a 5,000-word article."""
    from editor.model import Article, Byline, Section
    from editor.text.checklist import ChecklistOptions, run_checklist
    from editor.text.spelling import SpellChecker
    from editor.text.typography import fix_text

    text = _running_text("en", WORDS).replace(".\n", '. He said "yes" -- so...\n')
    print(f"whole-article tools on {WORDS:,} words (median of {runs}):")
    _row("Fix typography (fix_text)", _median_ms(lambda: fix_text(text, ["en"]), runs))
    article = Article(
        headline="Will the port reopen?",
        sections=[Section(body=text), Section(body=_running_text("ru", 500))],
        byline=Byline("A. Writer", "The Desk"),
    )
    checker = SpellChecker(load_on_demand=True)
    options = ChecklistOptions(max_headline_length=100, spelling=checker)
    run_checklist(article, options)
    _row(
        "checklist with spelling, warm", _median_ms(lambda: run_checklist(article, options), runs)
    )


# -- start-up ------------------------------------------------------------------------------


def _child(kind: str, path: str) -> None:
    from first_paint import exit_on_body_paint, exit_on_first_paint
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication([sys.argv[0]])
    if kind == "bare":
        window = QMainWindow()
        window.setCentralWidget(QLabel("Newsdesk"))
        window.resize(1280, 800)
        exit_on_first_paint(window)
        window.show()
        app.exec()
        return
    from editor.app import start_editor

    # "editor": spell checking off, windows open without the language tools (spelling,
    # typing typography, the checklist). "spelling" starts the editor as shipped, with them
    # on: attached after the first paint, the dictionary loading in a thread.
    workspace = start_editor(app, [path], language_tools=kind != "editor")
    exit_on_body_paint(workspace.windows[0].form.sections[0].editor)
    app.exec()


def _spawn(kind: str, path: Path, home: Path) -> float:
    env = editor_env(home)
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, __file__, f"--child-{kind}", str(path)],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    elapsed = time.perf_counter() - started
    if "painted" not in done.stdout:
        raise RuntimeError(f"child {kind} failed:\n{done.stderr}")
    return elapsed


def measure_start(runs: int) -> None:
    """Print the editor's start-up with and without spelling, against a bare window."""
    from editor.storage.container import save
    from editor.text.template import new_article

    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        home = folder / "home"
        home.mkdir()
        article = new_article("en")
        article.headline = "Will the port reopen?"
        article.sections[0].body = _running_text("en", 5_000).replace("\n", "\n\n")
        article.sections[1].body = _running_text("ru", 300)
        path = folder / "five-thousand.newsdesk"
        save(article, path)
        times: dict[str, list[float]] = {"bare": [], "editor": [], "spelling": []}
        for _ in range(runs):
            for kind in times:  # alternate, so load on the machine hits all kinds alike
                times[kind].append(_spawn(kind, path, home))
    bare = statistics.median(times["bare"])
    editor = statistics.median(times["editor"])
    spelling = statistics.median(times["spelling"])
    print(f"start-up to first paint, 5,000-word article (median of {runs}, subprocess):")
    print(f"  bare PySide6 window                         {bare * 1000:9.1f} ms")
    print(
        f"  editor, spell checking off                  {editor * 1000:9.1f} ms"
        f"  ratio to bare {editor / bare:5.2f}"
    )
    print(
        f"  editor as shipped, spell checking on        {spelling * 1000:9.1f} ms"
        f"  ratio to bare {spelling / bare:5.2f}  (budget {START_RATIO_BUDGET})"
    )
    print(f"  spelling's share: with / without            {spelling / editor:9.2f}")


def main() -> int:
    """Run every measurement and print figures and ratios."""
    if len(sys.argv) > 2 and sys.argv[1].startswith("--child-"):
        _child(sys.argv[1].removeprefix("--child-"), sys.argv[2])
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--spylls", action="store_true", help="also time the fallback engine")
    parser.add_argument("--no-start", action="store_true", help="skip the start-up figures")
    args = parser.parse_args()
    measure_checking(args.runs, args.spylls)
    measure_text_tools(args.runs)
    if not args.no_start:
        measure_start(args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
