"""Benchmark: a DOCX with tracked changes of a 20,000-word article that differs by 200 edits.

Prints the in-process time of the changes export (both revisions' trees built, compared,
written as DOCX) next to the normal DOCX export of the same article; the target is at most
1 s for the changes export. Run: python benchmarks/tracked_export.py
"""

from __future__ import annotations

import copy
import io
import random
import statistics
import sys
import time

from editor.model import Article, Byline, Section
from editor.model.review import make_revision
from editor.render import docx
from editor.render.build import build_document
from editor.render.changes import tracked_document
from editor.render.styles import load_style

WORDS = 20_000
EDITS = 200
TARGET_S = 1.0
RUNS = 5


def article(seed: int = 17) -> Article:
    """Return a 20,000-word English article in two sections, with two revisions."""
    chooser = random.Random(seed)
    vocabulary = [
        "".join(chooser.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(chooser.randint(2, 9)))
        for _ in range(3000)
    ]
    paragraphs = []
    for _ in range(WORDS // 60):
        words = [chooser.choice(vocabulary) for _ in range(60)]
        words[5] = f"*{words[5]}*"
        paragraphs.append(" ".join(words) + ".")
    half = len(paragraphs) // 2
    older = Article(
        headline="A long report on the river port",
        sections=[
            Section("news", "News:", "\n\n".join(paragraphs[:half])),
            Section("comment", "Comment:", "\n\n".join(paragraphs[half:])),
        ],
        byline=Byline("Writer One", "the Desk"),
    )
    make_revision(older, "Writer One", "first", at="2026-10-14T09:00:00+00:00")
    newer = older
    for section in newer.sections:
        edited = section.body.split("\n\n")
        done = 0
        while done < EDITS // 2:
            index = chooser.randrange(len(edited))
            words = edited[index].split(" ")
            if len(words) < 20:
                continue  # a paragraph added by an earlier edit
            done += 1
            action = chooser.choice(("replace", "insert", "delete", "emphasis", "paragraph"))
            position = chooser.randrange(6, len(words) - 1)
            if action == "replace":
                words[position] = chooser.choice(vocabulary).upper()
            elif action == "insert":
                words.insert(position, "inserted")
            elif action == "delete":
                del words[position]
            elif action == "emphasis":
                words[5] = f"**{words[5].strip('*')}**"
            else:
                edited.insert(index, "A new paragraph the editor added here.")
                continue
            edited[index] = " ".join(words)
        section.body = "\n\n".join(edited)
    make_revision(newer, "Editor Two", "edited", at="2026-10-15T10:00:00+00:00")
    return copy.deepcopy(newer)


def median_s(function) -> float:
    """Return the median of RUNS timings in seconds."""
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> int:
    """Print the figures; exit 1 when the changes export misses its target."""
    style = load_style("default")
    revised = article()

    def normal() -> None:
        docx.write(build_document(revised, style), style, io.BytesIO())

    def tracked() -> None:
        docx.write(tracked_document(revised, style, 1), style, io.BytesIO())

    buffer = io.BytesIO()
    docx.write(tracked_document(revised, style, 1), style, buffer)
    changes = buffer.getvalue()
    import zipfile

    with zipfile.ZipFile(io.BytesIO(changes)) as package:
        xml = package.read("word/document.xml").decode("utf-8")
    counted = xml.count("<w:ins ") + xml.count("<w:del ") + xml.count("<w:rPrChange ")
    normal_s, tracked_s = median_s(normal), median_s(tracked)
    print(f"article: {WORDS} words, {EDITS} edits ({counted} tracked changes written)")
    print(f"normal DOCX export:   {normal_s * 1000:7.1f} ms")
    print(f"changes DOCX export:  {tracked_s * 1000:7.1f} ms  (target ≤ {TARGET_S * 1000:.0f} ms)")
    return 0 if tracked_s <= TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
