"""Benchmark: fill the Suggestions list with 2,000 suggestions by three authors.

Spread over 20 sections of a long article and the quotation bank, some in conflict.
Prints the median fill time (with the widget shown, as in the review dock) and the part
spent in the core (reading order and conflicts); the target is at most 100 ms.
Run: QT_QPA_PLATFORM=offscreen python benchmarks/suggestions_panel.py
"""

from __future__ import annotations

import random
import statistics
import sys
import time

from offscreen import use_offscreen_screen

use_offscreen_screen()

from PySide6.QtWidgets import QApplication  # noqa: E402

from editor.model import Quotation, Section  # noqa: E402
from editor.text import suggestions as ops  # noqa: E402
from editor.text.template import new_article  # noqa: E402
from editor.ui.review.suggestions_panel import CONFLICT_ROLE, SuggestionsPanel  # noqa: E402

SUGGESTIONS = 2_000
TARGET_MS = 100.0
RUNS = 9
AUTHORS = ("Desk Editor", "Copy Editor", "محرر الأخبار")


def article_with_suggestions(seed: int = 17):
    """Return an article of 20 sections and 50 quotations with SUGGESTIONS suggestions."""
    chooser = random.Random(seed)
    article = new_article("en")
    words = ["the", "minister", "said", "port", "would", "open", "before", "winter"]
    article.sections = [
        Section("news", f"Part {n}:", " ".join(chooser.choice(words) for _ in range(1000)))
        for n in range(20)
    ]
    article.quotations = [
        Quotation(id=f"q{n}", words="We will keep that promise to the city.") for n in range(50)
    ]
    parts = [f"sections/{n}" for n in range(20)] + ["quotations/q3", "headline"]
    article.headline = "Will the river port reopen before the winter?"
    made = 0
    while made < SUGGESTIONS:
        part = chooser.choice(parts)
        text = ops.part_text(article, part)
        start = chooser.randrange(0, max(1, len(text) - 12))
        end = start + chooser.choice((0, 3, 8))
        new = chooser.choice(("", "harbour", "الميناء", "**port**"))
        if text[start:end] == new or (start == end and not new):
            continue
        # Each at its own time: every row's time is read and worded (the slow case).
        at = f"2026-11-{chooser.randint(1, 28):02d}T{chooser.randint(0, 23):02d}:" + (
            f"{chooser.randint(0, 59):02d}:{chooser.randint(0, 59):02d}+00:00"
        )
        ops.suggest(article, part, start, end, new, chooser.choice(AUTHORS), at=at)
        made += 1
    return article


def main() -> int:
    """Run the benchmark and print the figures; exit 1 when the target is missed."""
    app = QApplication.instance() or QApplication([])
    article = article_with_suggestions()
    first, again, core = [], [], []
    for _ in range(RUNS):
        panel = SuggestionsPanel()
        panel.resize(420, 700)
        panel.show()
        app.processEvents()
        for timings in (first, again):  # a new list, then the list again after an accept
            began = time.perf_counter()
            panel.show_suggestions(article)
            app.processEvents()  # the list painted, as the user sees it
            timings.append((time.perf_counter() - began) * 1000)
        panel.close()
        panel.deleteLater()
        began = time.perf_counter()
        ops.in_order(article)
        ops.conflicts(article)
        core.append((time.perf_counter() - began) * 1000)
    fill = statistics.median(first)
    conflicting = sum(1 for row in panel.rows() if row.data(0, CONFLICT_ROLE))
    print(f"Suggestions list: {panel.count()} suggestions, {conflicting} in conflict")
    print(f"  first fill and paint: {fill:7.1f} ms (median of {RUNS}; slowest {max(first):.1f})")
    print(f"  fill again and paint: {statistics.median(again):7.1f} ms (median of {RUNS})")
    print(f"  of which order and conflicts (core): {statistics.median(core):7.1f} ms")
    print(f"  target: <= {TARGET_MS:.0f} ms: {'met' if fill <= TARGET_MS else 'MISSED'}")
    return 0 if fill <= TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
