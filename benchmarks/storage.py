"""Storage benchmark: open and save a large article, and read the worst hostile containers.

Run: ``python benchmarks/storage.py``. Prints the file size, the median of 20 runs for
open and save (in-process, save includes fsync), and each figure's ratio to its target
(ratio ≤ 1.00 meets it). Hostile containers are timed once each, against 1 s.
"""

from __future__ import annotations

import copy
import io
import json
import random
import statistics
import struct
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from editor.model import Article, Byline, Comment, Meta, Quotation, Revision, Section, StatusChange
from editor.storage import container
from editor.storage.errors import FormatError
from editor.storage.folders import UserFolders

WORDS = 20_000
QUOTATIONS = 50
REVISIONS = 20
RUNS = 20
OPEN_TARGET_MS = 50.0
SAVE_TARGET_MS = 80.0
HOSTILE_TARGET_MS = 1000.0

_SENTENCES = (
    "the port council said on Tuesday that repairs to the river quay would take longer "
    "than planned while traders asked whether winter shipments could still reach the "
    "town before ice closes the channel "
    "الجامعة الطلاب القبول الخاصة الحكومة قالت يوم الثلاثاء إن "
    "мост залив город бюджет долг строительство сказал заявила "
)
_VOCABULARY = _SENTENCES.split()


def build_article(seed: int = 1) -> Article:
    """Return a 20,000-word article with 50 quotations and 20 revisions."""
    rng = random.Random(seed)
    quotations = [
        Quotation(
            id=f"q{n}",
            words=" ".join(rng.choices(_VOCABULARY, k=25)),
            speaker=f"Speaker {n}",
            role="spokesperson",
            occasion="a press conference",
            date="2026-03-01",
            source_name="Desk notes",
            source_url=f"https://example.org/notes/{n}",
            language="en",
            verified=n % 2 == 0,
        )
        for n in range(QUOTATIONS)
    ]
    paragraphs = []
    words_left = WORDS
    n = 0
    while words_left > 0:
        size = min(words_left, 120)
        text = " ".join(rng.choices(_VOCABULARY, k=size))
        if n < QUOTATIONS:
            text += f"\n\n[[quote:q{n}]]"
        paragraphs.append(text)
        words_left -= size
        n += 1
    half = len(paragraphs) // 2
    article = Article(
        language="en",
        headline="Will the river port reopen before winter?",
        standfirst="Repairs run late; traders count the days.",
        sections=[
            Section(kind="news", label="News:", body="\n\n".join(paragraphs[:half])),
            Section(kind="comment", label="Comment:", body="\n\n".join(paragraphs[half:])),
        ],
        quotations=quotations,
        byline=Byline(author="A. Writer", office="the Northland Media Desk"),
        meta=Meta(tags=["port", "winter"], created="2026-03-01T09:00:00+00:00"),
        comments=[
            Comment(id=f"c{n}", part="sections/0", start=n, end=n + 10, text="Check this.")
            for n in range(30)
        ],
        status_history=[StatusChange(status="draft", author="A. Writer")],
    )
    for number in range(1, REVISIONS + 1):
        snapshot = copy.deepcopy(article)
        snapshot.revisions = []
        snapshot.sections[0].body = snapshot.sections[0].body[: -number * 50]
        article.revisions.append(
            Revision(number=number, author="A. Writer", note=f"draft {number}", snapshot=snapshot)
        )
    return article


def _median_ms(action, runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _report(label: str, value_ms: float, target_ms: float) -> None:
    ratio = value_ms / target_ms
    verdict = "ok" if ratio <= 1 else "OVER TARGET"
    figures = f"{value_ms:9.1f} ms  target {target_ms:7.1f} ms  ratio {ratio:5.2f}"
    print(f"{label:<44} {figures}  {verdict}")


def _zip(entries: list[tuple[str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries:
            archive.writestr(name, data)
    return buffer.getvalue()


def hostile_containers() -> dict[str, bytes]:
    """Return the worst cases for the reader: each must fail fast with FormatError."""
    mimetype = ("mimetype", container.MIMETYPE.encode())
    bomb = _zip([mimetype, ("article.json", b" " * 150_000_000)])
    # Just within the text limit: the slowest JSON the reader accepts to parse.
    values = container.MAX_JSON_ITEMS - 10
    largest_text = _zip([mimetype, ("article.json", b"[" + b"0," * values + b"0]")])
    prose = ("«Мост», сказал он; " * 1_400_000).encode()[:31_000_000]
    head = b'{"format_version": 1, "id": "a", "sections": [{"body": "sections/01-news.md"}]}'
    largest_prose = _zip([mimetype, ("article.json", head), ("sections/01-news.md", prose)])
    headline = json.dumps(
        {"format_version": 1, "id": "a", "headline": prose.decode("utf-8", "ignore")[:17_000_000]},
        ensure_ascii=False,
    )
    largest_json_text = _zip([mimetype, ("article.json", headline.encode())])
    snapshot = json.dumps({"number": 1, "snapshot": {"format_version": 1, "id": "a"}}).encode()
    revisions = _zip(
        [mimetype, ("article.json", b'{"format_version": 1, "id": "a"}')]
        + [(f"revisions/{n:06d}.json", snapshot) for n in range(9_990)]
    )
    many = io.BytesIO()
    with zipfile.ZipFile(many, "w", zipfile.ZIP_STORED) as archive:
        for n in range(60_000):
            archive.writestr(f"assets/{n}", b"")
    lying = bytearray(_zip([mimetype, ("article.json", b"{}" * 10)]))
    # Declare 4 GB for article.json in the central directory: refused before inflating.
    at = lying.rfind(b"PK\x01\x02")
    struct.pack_into("<L", lying, at + 24, 0xFFFF_FFF0)
    nested = b"[" * 5_000_000 + b"]" * 5_000_000
    # Just within the size limit: 190 MB of images, inflated but not parsed.
    images = _zip(
        [mimetype, ("article.json", b'{"format_version": 1, "id": "a"}')]
        + [(f"assets/{n}.bin", bytes(19_000_000)) for n in range(10)]
    )
    return {
        "150 MB of spaces in 150 KB (deflate bomb)": bomb,
        "4 million JSON values, just within limits": largest_text,
        "31 MB of prose, just within limits": largest_prose,
        "a 31 MB JSON string, just within limits": largest_json_text,
        "190 MB of images, just within limits": images,
        "9,990 revisions, just within limits": revisions,
        "60,000 entries": many.getvalue(),
        "a small file declaring 4 GB": bytes(lying),
        "JSON nested 5,000,000 deep": _zip([mimetype, ("article.json", nested)]),
        "random bytes, 20 MB": random.Random(3).randbytes(20_000_000),
    }


def main() -> int:
    """Run the benchmark and print the figures."""
    article = build_article()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "large.newsdesk"
        container.save(article, path)
        size = path.stat().st_size
        print(f"{WORDS} words, {QUOTATIONS} quotations, {REVISIONS} revisions")
        print(f"file size {size / 1024:.0f} KiB ({size} bytes)")
        loaded = container.load(path)
        assert loaded == article, "round trip changed the article"
        open_ms = _median_ms(lambda: container.load(path))
        save_ms = _median_ms(lambda: container.save(article, path))
        dumps_ms = _median_ms(lambda: container.dumps(article))
        folders = UserFolders(*(Path(folder) / name for name in ("c", "d", "s", "k", "o")))
        counter = iter(range(10_000))

        def save_with_backup() -> None:
            article.headline = f"Version {next(counter)}"
            container.save(article, path, folders)

        backup_ms = _median_ms(save_with_backup)
        print(f"median of {RUNS}:")
        _report("open", open_ms, OPEN_TARGET_MS)
        _report("save (atomic, fsync)", save_ms, SAVE_TARGET_MS)
        _report("  of which building the container", dumps_ms, SAVE_TARGET_MS)
        _report("save keeping a backup", backup_ms, SAVE_TARGET_MS)
    print("hostile containers (one run each):")
    for label, data in hostile_containers().items():
        start = time.perf_counter()
        try:
            container.loads(data)
            outcome = "loaded"
        except FormatError as failure:
            outcome = failure.message[:50]
        _report(
            f"{label} [{outcome}]"[:44], (time.perf_counter() - start) * 1000, HOSTILE_TARGET_MS
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
