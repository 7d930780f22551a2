"""An article holding every Markdown feature a body may hold, and a small PNG for it."""

from __future__ import annotations

import struct
import zlib

from editor.model import Article, Byline, Meta, Section


def png(width: int, height: int) -> bytes:
    """Return a red PNG of the given size."""
    raw = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        return struct.pack(">I", len(data)) + kind + data + crc

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


NEWS = """The harbour board met on Tuesday; the count was ~~forty~~ fifty ferries.[^count]

### Background

| Vessel | Count | Berth |
|:-------|------:|:-----:|
| ferries | 50 | *north* |
| barges | 2 | south |

![Cranes over the eastern channel](assets/crane.png "The eastern channel at dawn")

```
survey window
    first dredger
```

- dredging
  - eastern channel
    - survey boats
- berths
    - western quay
"""

COMMENT = """A delay of two weeks matters to the ferry towns.[^towns]

[^towns]: Seven towns depend on the ferries.
"""

FOOTNOTES = """

[^count]: The harbour master's figure, given on Tuesday.
"""


def features_article() -> Article:
    """An English article with a table, footnotes, an image, strike, code and nested lists."""
    return Article(
        id="99999999-9999-4999-8999-999999999999",
        language="en",
        headline="Will the ferries run this winter?",
        sections=[
            Section("news", "News:", NEWS + FOOTNOTES),
            Section("comment", "Comment:", COMMENT),
        ],
        byline=Byline("Lena Ortiz", "the Northland Media Desk", "2026-10-14", "Northport"),
        meta=Meta(tags=["ports"], created="2026-10-14T08:00:00+00:00"),
        assets={"crane.png": png(320, 200)},
    )


ARABIC_TABLE = """| الميناء | العدد |
|:--|--:|
| الشمال | ٤٠ |
| الجنوب | ١٢ |
"""


def arabic_table_article() -> Article:
    """An Arabic article whose body is a table."""
    return Article(
        id="88888888-8888-4888-8888-888888888888",
        language="ar",
        headline="كم عبّارة تعمل؟",
        sections=[Section("news", "الخبر:", "عدد العبارات في كل ميناء:\n\n" + ARABIC_TABLE)],
    )
