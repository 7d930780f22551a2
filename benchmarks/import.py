"""Import speed: 1,000-word drafts per second in one process, and time per MB on one long line.

Prints figures and ratios from one run:
  1,000-word plain-text drafts (the shipped samples' shapes in English, Arabic, Russian and
  Urdu, quotations of every kind) read from files with ``import_draft``  target ≥ 100/s
  the same as Markdown drafts                              target ≥ 100 drafts/s
  one line, and paragraphs of 160 characters, of 1, 4 and 16 MB with ``import_text``:
  time per MB should stay flat (linear, so 50 MB is seconds, not minutes)
  DOCX drafts of 25,000, 50,000 and 100,000 paragraphs (with tables, content controls,
  fields and tracked insertions among them) with ``import_draft``: 100,000 in well
  under 10 s, and doubling the paragraphs about doubles the time

Run: ``python benchmarks/import.py [--drafts N] [--docx-only]``.
"""

from __future__ import annotations

import argparse
import io
import random
import statistics
import sys
import tempfile
import time
import zipfile
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


DOCX_TARGET_SECONDS = 10.0


def _t(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def docx_draft(paragraphs: int) -> bytes:
    """Return a DOCX of about this many paragraphs; one in ten is in a construct Word uses."""
    import docx

    shapes = [
        "<w:p>" + _t("Paragraph {n} of the body, with some words in it.") + "</w:p>",
        "<w:tbl><w:tr><w:tc><w:p>" + _t("Cell {n}") + "</w:p></w:tc></w:tr></w:tbl>",
        "<w:sdt><w:sdtContent><w:p>" + _t("Control {n}") + "</w:p></w:sdtContent></w:sdt>",
        "<w:p>"
        + _t("Dated ")
        + '<w:fldSimple w:instr=" DATE ">'
        + _t("{n} May")
        + '</w:fldSimple><w:ins w:id="1" w:author="A">'
        + _t(" inserted")
        + "</w:ins></w:p>",
    ]
    body = ['<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr>' + _t("Headline") + "</w:p>"]
    body.append("<w:p>" + _t("News:") + "</w:p>")
    for number in range(paragraphs):
        shape = shapes[0] if number % 10 else shapes[1 + (number // 10) % 3]
        body.append(shape.replace("{n}", str(number)))
    buffer = io.BytesIO()
    docx.Document().save(buffer)
    out = io.BytesIO()
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as to:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/document.xml":
                text = data.decode()
                start = text.index("<w:body>") + len("<w:body>")
                data = (text[:start] + "".join(body) + text[start:]).encode()
            to.writestr(item, data)
    return out.getvalue()


def docx_section() -> None:
    """Print the time to import DOCX drafts of 25,000, 50,000 and 100,000 paragraphs."""
    print("DOCX drafts (one paragraph in ten a table, content control or field):")
    spent_by_size = []
    with tempfile.TemporaryDirectory() as folder:
        for paragraphs in (25_000, 50_000, 100_000):
            path = Path(folder, f"draft-{paragraphs}.docx")
            path.write_bytes(docx_draft(paragraphs))
            began = time.perf_counter()
            result = import_draft(path)
            spent = time.perf_counter() - began
            spent_by_size.append(spent)
            body = sum(len(section.body) for section in result.article.sections)
            print(
                f"  {paragraphs:>7,} paragraphs ({path.stat().st_size / 1e6:.1f} MB)  "
                f"{spent:6.2f} s   {1000 * spent / paragraphs * 1000:6.1f} ms per 1,000   "
                f"{body / 1e6:.1f} MB of body  "
                f"{'OK' if spent < DOCX_TARGET_SECONDS else 'TOO SLOW'}"
            )
    print(
        f"  doubling: 50k/25k {spent_by_size[1] / spent_by_size[0]:.2f}×, "
        f"100k/50k {spent_by_size[2] / spent_by_size[1]:.2f}× (about 2× when linear)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--drafts", type=int, default=1000, help="drafts per format")
    parser.add_argument("--docx-only", action="store_true", help="only the DOCX figures")
    args = parser.parse_args()
    if args.docx_only:
        docx_section()
        return 0
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
    docx_section()
    return 0


if __name__ == "__main__":
    sys.exit(main())
