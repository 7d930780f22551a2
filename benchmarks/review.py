"""Benchmark: word-level compare of two 20,000-word revisions that differ by 50 edits.

Prints the diff-match-patch figure (word mode), the difflib figure and their ratio; the
target is at most 50 ms for the word-mode compare. Run: python benchmarks/review.py
"""

from __future__ import annotations

import random
import statistics
import sys
import time

from editor.text import compare
from editor.text.compare import DELETE, INSERT, Diff, diff_words

WORDS = 20_000
EDITS = 50
TARGET_MS = 50.0
RUNS = 7


def diff_words_difflib(old: str, new: str) -> Diff:
    """Return the word-level diff difflib computes in one pass (the reference to beat)."""
    return compare._merge(compare._difflib(compare.tokens(old), compare.tokens(new)))


def revisions(seed: int = 6) -> tuple[str, str]:
    """Return an old text of WORDS words in paragraphs, and a new one with EDITS word edits."""
    chooser = random.Random(seed)
    vocabulary = [
        "".join(chooser.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(chooser.randint(2, 9)))
        for _ in range(3000)
    ]
    words = [chooser.choice(vocabulary) for _ in range(WORDS)]
    # Each word keeps the separator after it, so an edit changes only its own words.
    pieces = [word + _separator(index) for index, word in enumerate(words)]
    edited = list(pieces)
    for position in sorted(chooser.sample(range(WORDS), EDITS), reverse=True):
        action = chooser.choice(("replace", "insert", "delete"))
        if action == "replace":
            edited[position] = chooser.choice(vocabulary).upper() + _separator(position)
        elif action == "insert":
            edited.insert(position, "inserted ")
        else:
            del edited[position]
    return "".join(pieces), "".join(edited)


def _separator(index: int) -> str:
    # Paragraphs of 60 words, sentences of 12: punctuation and line breaks are tokens too.
    if index % 60 == 59:
        return ".\n\n"
    if index % 12 == 11:
        return ". "
    return " "


def best_ms(function, *args) -> float:
    """Return the median of RUNS timings in milliseconds."""
    timings = []
    for _ in range(RUNS):
        began = time.perf_counter()
        function(*args)
        timings.append((time.perf_counter() - began) * 1000)
    return statistics.median(timings)


def main() -> int:
    """Run the benchmark and print the figures; exit 1 when the target is missed."""
    old, new = revisions()
    diffs = diff_words(old, new)
    changes = sum(1 for operation, _text in diffs if operation in (INSERT, DELETE))
    word_mode = best_ms(diff_words, old, new)
    reference = best_ms(diff_words_difflib, old, new)
    fallback = best_ms(compare._two_level, old, new, compare._difflib)
    flat_old, flat_new = old.replace("\n\n", " "), new.replace("\n\n", " ")
    one_paragraph = best_ms(diff_words, flat_old, flat_new)
    print(f"compare {WORDS} words, {EDITS} edits ({changes} changed stretches)")
    print(f"  diff-match-patch word mode: {word_mode:8.1f} ms (median of {RUNS})")
    print(f"  difflib token matcher:      {reference:8.1f} ms (median of {RUNS})")
    print(f"  ratio difflib / word mode:  {reference / word_mode:8.1f}x")
    print(f"  difflib, lines then words (the timeout fallback): {fallback:8.1f} ms")
    print(f"  word mode, all 20,000 words in one paragraph:     {one_paragraph:8.1f} ms")
    print(f"  target: <= {TARGET_MS:.0f} ms: {'met' if word_mode <= TARGET_MS else 'MISSED'}")
    return 0 if word_mode <= TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
