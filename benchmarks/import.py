"""Import speed: 1,000-word drafts per second in one process, and time per MB on one long line.

Prints figures and ratios from one run:
  1,000-word plain-text drafts (the shipped samples' shapes in English, Arabic, Russian and
  Urdu, quotations of every kind) read from files with ``import_draft``  target ≥ 100/s
  the same as Markdown drafts                              target ≥ 100 drafts/s
  one line, and paragraphs of 160 characters, of 1, 4 and 16 MB with ``import_text``:
  time per MB should stay flat (linear, so 50 MB is seconds, not minutes)

Run: ``python benchmarks/import.py [--drafts N]``.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from editor.importing import import_draft, import_text
from editor.resources import resource_path
from editor.text.counts import word_count

TARGET_PER_SECOND = 100
DRAFT_WORDS = 1000


def _body_lines(sample: str) -> tuple[list[str], list[str], list[str], str]:
    """Split a shipped sample into header lines, two labelled bodies and its credit line."""
    lines = [line for line in sample.split("\n") if line.strip()]
    from editor.importing.lexicon import lexicon

    lex = lexicon()
    labels = [index for index, line in enumerate(lines) if lex.label_of(line)]
    header = lines[: labels[0] + 1]
    news = lines[labels[0] + 1 : labels[1]]
    comment_label = lines[labels[1]]
    comment = lines[labels[1] + 1 : -1]
    return header, news, [comment_label, *comment], lines[-1]


def thousand_word_draft(sample: str, rng: random.Random) -> str:
    """Return a ~1,000-word draft built from a sample's own paragraphs, in its shape."""
    header, news, comment, credit = _body_lines(sample)
    body_news, body_comment = list(news), list(comment[1:])
    total = word_count("\n".join([*header, *news, *comment, credit]))
    while total < DRAFT_WORDS:
        paragraph = rng.choice(news + comment[1:])
        target = body_news if rng.random() < 0.5 else body_comment
        target.insert(rng.randrange(len(target) + 1), paragraph)
        total += word_count(paragraph)
    return "\n".join([*header, *body_news, comment[0], *body_comment, credit]) + "\n"


def _markdown(draft: str) -> str:
    """The same draft as Markdown: labels as headings, blank lines between paragraphs."""
    from editor.importing.lexicon import lexicon

    lex = lexicon()
    lines = draft.strip().split("\n")
    out = [f"# {lines[0]}"] if not lex.opening_language(lines[0]) else [lines[0], f"# {lines[1]}"]
    start = len(out)
    for line in lines[start:]:
        out.append(f"## {line.rstrip(':')}" if lex.label_of(line) else line)
    return "\n\n".join(out) + "\n"


def _rate(paths: list[Path]) -> tuple[float, list[float]]:
    times = []
    start = time.perf_counter()
    for path in paths:
        began = time.perf_counter()
        import_draft(path)
        times.append(time.perf_counter() - began)
    return len(paths) / (time.perf_counter() - start), times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--drafts", type=int, default=1000, help="drafts per format")
    args = parser.parse_args()
    rng = random.Random(4)
    samples = sorted(resource_path("samples").glob("*.txt"))
    sources = [path.read_text(encoding="utf-8") for path in samples]
    import_text("Warm-up\nNews:\nThe language data is read once per process.")

    with tempfile.TemporaryDirectory() as folder:
        plain, markdown = [], []
        words = []
        for number in range(args.drafts):
            draft = thousand_word_draft(sources[number % len(sources)], rng)
            words.append(word_count(draft))
            plain.append(Path(folder, f"draft-{number}.txt"))
            plain[-1].write_text(draft, encoding="utf-8")
            markdown.append(Path(folder, f"draft-{number}.md"))
            markdown[-1].write_text(_markdown(draft), encoding="utf-8")
        quotations = sum(len(import_draft(path).article.quotations) for path in plain[:50])
        print(
            f"{args.drafts} drafts per format, {statistics.mean(words):,.0f} words each on "
            f"average, from {len(samples)} samples (en, ar, ru, ur…); "
            f"{quotations / 50:.1f} quotations found per draft"
        )
        for name, paths in (("plain text", plain), ("Markdown", markdown)):
            rate, times = _rate(paths)
            times.sort()
            median, slow = times[len(times) // 2], times[int(len(times) * 0.95)]
            print(
                f"  {name:<10}  {rate:7.1f} drafts/s   median {1000 * median:.2f} ms"
                f"   95th {1000 * slow:.2f} ms   "
                f"ratio to the {TARGET_PER_SECOND}/s target: {rate / TARGET_PER_SECOND:.1f}×"
                f"  {'OK' if rate >= TARGET_PER_SECOND else 'TOO SLOW'}"
            )

    piece = "A sentence with *stars*, [brackets], “marks” and said Ana Lind. "
    for shape, unit in (("one long line", piece), ("lines of 160 characters", piece * 2 + "\n")):
        print(f"{shape} (no labels; quotation marks and Markdown characters in it):")
        per_mb = []
        for megabytes in (1, 4, 16):
            text = unit * (megabytes * 1_000_000 // len(unit.encode("utf-8")))
            began = time.perf_counter()
            import_text(text)
            spent = time.perf_counter() - began
            per_mb.append(spent / megabytes)
            print(
                f"  {megabytes:>2} MB  {spent:6.2f} s   {1000 * spent / megabytes:6.1f} ms per MB"
            )
        print(
            f"  time per MB, 16 MB against 1 MB: {per_mb[-1] / per_mb[0]:.2f}× "
            f"(about 1× when linear); 50 MB would take about {50 * per_mb[-1]:.1f} s"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
