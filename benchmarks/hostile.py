"""Hostile inputs within the format's limits: every operation at half and full size.

The one entry point for the hostile-input benchmark: the headless operations here, the
editor's (``hostile_editor.py``, which takes its files from the generators below) after
them. Each case is a file the container reader accepts (within its limits on text, entries
and JSON values):

  headline      a 20 MB headline of words
  word          a 20 MB single word in a section
  cjk           40,000 CJK characters in one paragraph
  quotations    200,000 quotations (id and words only, as a hand-made file may hold them),
                each placed in the body
  emphasis      1,000-deep emphasis ("*" runs), and 1,000-deep block quotes and lists
  paragraphs    100,000 paragraphs in one section
  docx          a DOCX draft of 100,000 paragraphs (import only; one in ten in a table,
                content control or field: benchmarks/import.py writes it)

Headless, each operation is timed at half and full size in its own process (so one that
hangs is stopped at ``--limit`` seconds and the rest go on): open (``container.load``),
check (the checklist with the spelling), diff (against a copy with one change), export to
html, docx and md (the batch export job, loading included) and import (the md export read
back with ``import_draft``; the DOCX draft for ``docx``). Printed: the input size, seconds
at half and full size and the growth ratio full/half (about 2 means linear, about 4
quadratic); ``FAIL`` marks anything over 10 s. The editor's figures follow (see
hostile_editor.py): open time, keystroke p95 in the longest part, growth. Exit code 1 when
anything failed.

Run: ``python benchmarks/hostile.py [--only CASE ...] [--limit SECONDS] [--no-spelling]
[--headless-only | --editor-only] [--scale FRACTION]``.
"""

from __future__ import annotations

import argparse
import importlib
import io
import json
import multiprocessing
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path

from editor.model import Article, Quotation, Section
from editor.storage import container

TARGET_S = 10.0
MB = 1_000_000


# --- the files ------------------------------------------------------------------------------


def _article(**fields: object) -> Article:
    article = Article(headline="Hostile input", **fields)  # type: ignore[arg-type]
    article.byline.author = "Writer One"
    article.byline.office = "The Desk"
    return article


def _words(size: int) -> str:
    # Words of a few lengths, so the text is not one repeated token.
    pattern = "port reopens before winter said the ministry on monday "
    return (pattern * (size // len(pattern) + 1))[:size].strip()


def headline(size: float) -> Article:
    """A headline of 20 MB of words (one line)."""
    article = _article(sections=[Section(body="A short body.")])
    article.headline = _words(int(20 * MB * size))
    return article


def word(size: float) -> Article:
    """One word of 20 MB in a section's paragraph."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    length = int(20 * MB * size)
    long_word = (letters * (length // len(letters) + 1))[:length]
    return _article(sections=[Section(body=f"Before {long_word} after.")])


def cjk(size: float) -> Article:
    """40,000 CJK characters in one paragraph."""
    characters = "港口将在冬天之前重新开放部长星期一说"
    count = int(40_000 * size)
    text = (characters * (count // len(characters) + 1))[:count]
    return _article(language="zh", sections=[Section(body=text)])


def quotations(size: float) -> Article:
    """200,000 quotations in the bank, each placed in the body (twenty to a paragraph)."""
    count = int(200_000 * size)
    tokens = [f"[[quote:q{i}]]" for i in range(count)]
    body = "\n\n".join(" ".join(tokens[at : at + 20]) for at in range(0, count, 20))
    article = _article(sections=[Section(body=body)])
    article.quotations = [
        Quotation(id=f"q{i}", words=f"Words of quotation {i}.") for i in range(count)
    ]
    return article


def emphasis(size: float) -> Article:
    """Emphasis, block quotes and lists each nested 1,000 deep."""
    depth = int(1000 * size)
    bodies = [
        "*" * depth + "deep" + "*" * depth,
        "***a " * depth + "deep" + " a***" * depth,
        "> " * depth + "deep",
        "- " * depth + "deep",
        "[" * depth + "deep" + "](https://example.org)" * depth,
    ]
    return _article(sections=[Section(body="\n\n".join(bodies))])


def paragraphs(size: float) -> Article:
    """100,000 short paragraphs in one section."""
    count = int(100_000 * size)
    body = "\n\n".join(f"Paragraph {number} of the long section." for number in range(count))
    return _article(sections=[Section(body=body)])


CASES: dict[str, Callable[[float], Article]] = {
    "headline": headline,
    "word": word,
    "cjk": cjk,
    "quotations": quotations,
    "emphasis": emphasis,
    "paragraphs": paragraphs,
}
# What each case's size counts, at full size (printed with the figures).
UNITS: dict[str, tuple[int, str]] = {
    "headline": (20 * MB, "characters in the headline"),
    "word": (20 * MB, "letters in one word"),
    "cjk": (40_000, "CJK characters in one paragraph"),
    "quotations": (200_000, "quotations, each placed in the body"),
    "emphasis": (1_000, "levels of nesting"),
    "paragraphs": (100_000, "paragraphs in one section"),
    "docx": (100_000, "DOCX paragraphs"),
}


def longest_part(name: str) -> str:
    """Return which part the case makes long: "headline", else the first section."""
    return "headline" if name == "headline" else "section"


def input_size(name: str, size: float) -> str:
    """Return the input size of a case at ``size`` (a fraction of full), in its own unit."""
    full, unit = UNITS[name]
    return f"{int(full * size):,} {unit}"


def write_article(article: Article, path: Path) -> None:
    """Write the article as the program would, except quotations: id and words only.

    ``container.dumps`` writes every field of every quotation, which for 200,000 of them is
    more JSON values than the reader takes; a file from another program may leave empty
    fields out, and the reader fills them in.
    """
    bank = article.quotations
    article.quotations = []
    data = container.dumps(article)
    article.quotations = bank
    source = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w") as out:
        for info in source.infolist():
            payload = source.read(info)
            if info.filename == "article.json" and bank:
                head = json.loads(payload)
                head["quotations"] = [{"id": q.id, "words": q.words} for q in bank]
                payload = json.dumps(head, ensure_ascii=False, separators=(",", ":")).encode()
            out.writestr(info, payload, compress_type=info.compress_type)


def one_change(article: Article) -> Article:
    """The same article with one word changed where the case is largest."""
    if len(article.headline) > 1000:
        article.headline = "Changed " + article.headline[8:]
    elif article.quotations:
        middle = article.quotations[len(article.quotations) // 2]
        middle.words = "Changed words."
    else:
        article.sections[0].body = "Changed " + article.sections[0].body
    return article


def docx_draft(size: float, path: Path) -> None:
    """Write a DOCX of 100,000 paragraphs, as benchmarks/import.py makes it (in seconds)."""
    # import.py's name is a keyword: imported by name (the benchmarks folder is on the path).
    draft = importlib.import_module("import").docx_draft
    path.write_bytes(draft(int(100_000 * size)))


# --- the operations -------------------------------------------------------------------------


def _open(path: Path, folder: Path, spelling: bool) -> Callable[[], object]:
    return lambda: container.load(path)


def _check(path: Path, folder: Path, spelling: bool) -> Callable[[], object]:
    from editor.text.checklist import ChecklistOptions, run_checklist

    checker = None
    if spelling:
        from editor.storage.word_list import PersonalWordList
        from editor.text.spelling import SpellChecker

        checker = SpellChecker(PersonalWordList.in_folder(folder), load_on_demand=True)
    article = container.load(path)
    options = ChecklistOptions(spelling=checker)
    return lambda: run_checklist(article, options)


def _diff(path: Path, folder: Path, spelling: bool) -> Callable[[], object]:
    from editor.text.compare import compare_articles

    old = container.load(path)
    new = one_change(container.load(path))
    return lambda: compare_articles(old, new)


def _export(fmt: str) -> Callable[[Path, Path, bool], Callable[[], object]]:
    def prepare(path: Path, folder: Path, spelling: bool) -> Callable[[], object]:
        from editor.jobs.export import export_articles
        from editor.render.styles import load_style

        style = load_style()
        out = folder / f"export-{fmt}"
        out.mkdir(exist_ok=True)

        def run() -> object:
            steps = list(export_articles([path], [fmt], out, style, force=True))
            failed = [step.failure for step in steps if step.failure is not None]
            if failed:
                raise RuntimeError(str(failed[0]))
            return steps

        return run

    return prepare


def _import(path: Path, folder: Path, spelling: bool) -> Callable[[], object]:
    from editor.importing import import_draft
    from editor.jobs.export import export_articles
    from editor.render.styles import load_style

    out = folder / "import-md"
    out.mkdir(exist_ok=True)
    if path.suffix == ".docx":
        return lambda: import_draft(path)
    (step,) = export_articles([path], ["md"], out, load_style(), force=True)
    if step.output is None:
        raise RuntimeError(str(step.failure))
    draft = step.output
    return lambda: import_draft(draft)


OPERATIONS: dict[str, Callable[[Path, Path, bool], Callable[[], object]]] = {
    "open": _open,
    "check": _check,
    "diff": _diff,
    "export html": _export("html"),
    "export docx": _export("docx"),
    "export md": _export("md"),
    "import": _import,
}


def _timed(operation: str, path: str, folder: str, spelling: bool, answer: Connection) -> None:
    try:
        run = OPERATIONS[operation](Path(path), Path(folder), spelling)
        start = time.perf_counter()
        run()
        answer.send(("ok", time.perf_counter() - start))
    except BaseException as failure:  # a benchmark reports whatever happened
        answer.send(("error", f"{type(failure).__name__}: {str(failure)[:120]}"))


def measure(operation: str, path: Path, folder: Path, spelling: bool, limit: float) -> str | float:
    """Return the seconds an operation took in a fresh process, or what went wrong."""
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(
        target=_timed, args=(operation, str(path), str(folder), spelling, sender)
    )
    child.start()
    sender.close()
    if not receiver.poll(limit):
        child.kill()
        child.join()
        return f"> {limit:.0f} s"
    try:
        status, value = receiver.recv()
    except EOFError:
        status, value = "error", f"the process died (exit code {child.exitcode})"
    child.join()
    return value if status == "ok" else str(value)


def _cell(value: str | float) -> str:
    if isinstance(value, float):
        return f"{value:9.2f}"
    return f"{value:>9s}" if value.startswith(">") else f"{'error':>9s}"  # told after the row


def headless(chosen: list[str], limit: float, spelling: bool, scale: float) -> bool:
    """Time every headless operation on each chosen case at half and full size; True if all ok."""
    passed = True
    print(f"Headless (each operation in its own process; FAIL over {TARGET_S:.0f} s)")
    heading = ("case", "input (full)", "operation", "half s", "full s")
    print("{:11s} {:>44s} {:12s} {:>9s} {:>9s} ratio".format(*heading))
    with tempfile.TemporaryDirectory(prefix="newsdesk-hostile-") as temp:
        folder = Path(temp)
        for name in chosen:
            paths: dict[float, Path] = {}
            sizes = (0.5 * scale, scale)
            for size in sizes:
                if name == "docx":
                    path = folder / f"docx-{size}.docx"
                    docx_draft(size, path)
                else:
                    path = folder / f"{name}-{size}.newsdesk"
                    write_article(CASES[name](size), path)
                paths[size] = path
            kilobytes = paths[scale].stat().st_size / 1000
            label = f"{input_size(name, scale)} ({kilobytes:,.0f} KB)"
            operations = ["import"] if name == "docx" else list(OPERATIONS)
            for operation in operations:
                half = measure(operation, paths[sizes[0]], folder, spelling, limit)
                full = measure(operation, paths[scale], folder, spelling, limit)
                ratio = ""
                if isinstance(half, float) and isinstance(full, float) and half > 0.005:
                    ratio = f"{full / half:5.2f}"
                over = (
                    not isinstance(half, float) or not isinstance(full, float) or full > TARGET_S
                )
                passed = passed and not over
                print(
                    f"{name:11s} {label:>44s} {operation:12s} {_cell(half)} {_cell(full)} "
                    f"{ratio:5s}{'  FAIL' if over else ''}"
                    + "".join(
                        f"\n    {v}" for v in (half, full) if isinstance(v, str) and v[:1] != ">"
                    ),
                    flush=True,
                )
            for path in paths.values():
                path.unlink()
    return passed


def main(argv: list[str] | None = None) -> int:
    """Generate every case at half and full size, time every operation, print the tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="+", choices=[*CASES, "docx"], help="these cases only")
    parser.add_argument("--limit", type=float, default=120.0, help="stop an operation after")
    parser.add_argument("--no-spelling", action="store_true", help="check without spelling")
    parser.add_argument("--scale", type=float, default=1.0, help="full size is this fraction")
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--headless-only", action="store_true", help="no editor figures")
    which.add_argument("--editor-only", action="store_true", help="only the editor figures")
    args = parser.parse_args(argv)
    chosen = args.only or [*CASES, "docx"]
    passed = True
    if not args.editor_only:
        passed = headless(chosen, args.limit, not args.no_spelling, args.scale)
    if not args.headless_only:
        import hostile_editor  # beside this file; it takes its files from CASES

        in_editor = [name for name in chosen if name in CASES]  # a DOCX is imported, not opened
        passed = hostile_editor.run(in_editor, args.limit, args.scale) and passed
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
