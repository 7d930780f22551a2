"""Open review comments as real Word comments on their words, replies as Word threads.

The DOCX writer writes the package without python-docx; when the document carries
comments (the house style's ``include.comments``) it hands the bytes here. python-docx
1.2 anchors a comment on whole runs (``Document.add_comment``), so runs are split at the
comment's range first. Replies are comments on the same range, tied to their parent by
a ``commentsExtended.xml`` part written by hand (``w15:paraIdParent``), as Word does.
"""

from __future__ import annotations

import copy
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from editor.model.parts import (
    HEADER_PARTS,
    HEADLINE,
    OPENING,
    STANDFIRST,
    PartKind,
    part_kind,
    section_part,
)
from editor.render.tree import CommentNote, Document

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
_W15 = "http://schemas.microsoft.com/office/word/2012/wordml"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
EXTENDED_TYPE = (
    "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml"
)
EXTENDED_RELATIONSHIP = "http://schemas.microsoft.com/office/2011/relationships/commentsExtended"
# Paragraph styles that start a part, by the writer's style ids.
_PART_STYLES = {"OpeningLine": OPENING, "Title": HEADLINE, "Standfirst": STANDFIRST}
_END_STYLES = {"CreditLine", "Metadata"}


def _w(name: str) -> str:
    return f"{{{_W}}}{name}"


@dataclass
class _Piece:
    """One run's share of a flattened stretch of paragraphs."""

    run: Any  # lxml w:r element
    start: int
    end: int


def paragraph_parts(paragraphs: list[Any]) -> list[str]:
    """Return the article part each body paragraph belongs to ("" for labels, credit…)."""
    parts = []
    current = ""
    section = -1
    for paragraph in paragraphs:
        style = paragraph.find(f"{_w('pPr')}/{_w('pStyle')}")
        style_id = style.get(_w("val")) if style is not None else ""
        if style_id in _PART_STYLES:
            current = _PART_STYLES[style_id]
            parts.append(current)
            continue
        if style_id == "SectionLabel":
            section += 1
            current = section_part(section)
            parts.append("")
            continue
        if style_id in _END_STYLES:
            current = ""
            parts.append("")
            continue
        if current in HEADER_PARTS:
            # Body text after the header with no label shown: the sections' text.
            section = max(section, 0)
            current = section_part(section)
        parts.append(current)
    return parts


def _run_text(run: Any) -> str:
    out = []
    for child in run:
        tag = child.tag
        if tag == _w("t"):
            out.append(child.text or "")
        elif tag == _w("tab"):
            out.append("\t")
        elif tag in (_w("br"), _w("cr")):
            out.append("\n")
    return "".join(out)


def _flatten(paragraphs: list[Any]) -> tuple[str, list[_Piece]]:
    text: list[str] = []
    pieces: list[_Piece] = []
    offset = 0
    for index, paragraph in enumerate(paragraphs):
        if index:
            text.append("\n")
            offset += 1
        for run in paragraph.iter(_w("r")):
            chunk = _run_text(run)
            if chunk:
                pieces.append(_Piece(run, offset, offset + len(chunk)))
                text.append(chunk)
                offset += len(chunk)
    return "".join(text), pieces


def _split_run(run: Any, at: int) -> Any:
    """Split a run after ``at`` characters; return the new second run (already in place)."""
    second = copy.deepcopy(run)
    run.addnext(second)
    _keep(run, 0, at)
    _keep(second, at, None)
    return second


def _keep(run: Any, start: int, end: int | None) -> None:
    offset = 0
    for child in list(run):
        tag = child.tag
        if tag == _w("rPr"):
            continue
        if tag == _w("t"):
            length = len(child.text or "")
        elif tag in (_w("tab"), _w("br"), _w("cr")):
            length = 1
        else:
            continue
        child_start, child_end = offset, offset + length
        offset = child_end
        low = max(start, child_start)
        high = child_end if end is None else min(end, child_end)
        if high <= low:
            run.remove(child)
        elif tag == _w("t") and (low, high) != (child_start, child_end):
            child.text = (child.text or "")[low - child_start : high - child_start]


def _anchor_runs(pieces: list[_Piece], start: int, end: int) -> list[Any]:
    """Split runs so that [start, end) is whole runs; return those runs in order."""
    chosen: list[Any] = []
    for piece in list(pieces):
        if piece.end <= start or piece.start >= end:
            continue
        run = piece.run
        if piece.start < start:
            run = _split_run(run, start - piece.start)
            piece_start = start
        else:
            piece_start = piece.start
        if piece.end > end:
            _split_run(run, end - piece_start)
        chosen.append(run)
    return chosen


def _pattern(visible: str) -> re.Pattern[str] | None:
    words = visible.split()
    if not words:
        return None
    return re.compile(r"\s+".join(re.escape(word) for word in words))


def _locate(note: CommentNote, text: str) -> tuple[int, int] | None:
    pattern = _pattern(note.visible)
    if pattern is None:
        return None
    matches = list(pattern.finditer(text))
    if not matches:
        return None
    match = matches[min(note.occurrence, len(matches) - 1)]
    return match.start(), match.end()


def _timestamp(value: str) -> datetime:
    try:
        stamp = datetime.fromisoformat(value)
    except ValueError:
        return datetime.now(UTC).replace(microsecond=0)
    return stamp if stamp.tzinfo else stamp.replace(tzinfo=UTC)


class _ParaIds:
    """Paragraph ids for comment threads: unique, below 0x80000000 as Word requires."""

    def __init__(self) -> None:
        self.next = 0x10000001

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        value = self.next
        self.next += 1
        return f"{value:08X}"


def add_word_comments(data: bytes, document: Document) -> bytes:
    """Return the DOCX bytes with the document's comments added as Word comments."""
    import docx
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.text.run import Run

    package = docx.Document(io.BytesIO(data))
    body = package.element.body
    paragraphs = list(body.iterchildren(_w("p")))
    parts = paragraph_parts(paragraphs)
    ids = _ParaIds()
    threads: list[tuple[str, str | None]] = []
    # A quotation's words are found where the sections place them.
    in_sections = [
        p for p, part in zip(paragraphs, parts, strict=True) if part_kind(part) is PartKind.SECTION
    ]
    for note in document.comments:
        if part_kind(note.part) is PartKind.QUOTATION:
            chosen = in_sections
        else:
            chosen = [p for p, part in zip(paragraphs, parts, strict=True) if part == note.part]
        text, pieces = _flatten(chosen)
        found = _locate(note, text)
        if found is None:
            continue
        runs = _anchor_runs(pieces, *found)
        if not runs:
            continue
        first = Run(runs[0], package._body)
        last = Run(runs[-1], package._body)
        parent_id = None
        thread = [(note.text, note.author, note.initials, note.created)]
        thread += [(text, author, _initials(author), at) for author, text, at in note.replies]
        for text_, author, initials, created in thread:
            comment = package.add_comment([first, last], text_, author, initials or "")
            element = comment._comment_elm
            element.set(_w("date"), _timestamp(created).strftime("%Y-%m-%dT%H:%M:%SZ"))
            para_id = next(ids)
            element.findall(_w("p"))[-1].set(f"{{{_W14}}}paraId", para_id)
            threads.append((para_id, parent_id))
            parent_id = parent_id or para_id
    if threads:
        entries = "".join(
            f'<w15:commentEx w15:paraId="{para}"'
            + (f' w15:paraIdParent="{parent}"' if parent else "")
            + ' w15:done="0"/>'
            for para, parent in threads
        )
        blob = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w15:commentsEx xmlns:w15="{_W15}" xmlns:mc="{_MC}" mc:Ignorable="w15">'
            f"{entries}</w15:commentsEx>"
        ).encode()
        extended = Part(
            PackURI("/word/commentsExtended.xml"), EXTENDED_TYPE, blob, package.part.package
        )
        package.part.relate_to(extended, EXTENDED_RELATIONSHIP)
    out = io.BytesIO()
    package.save(out)
    return out.getvalue()


def _initials(author: str) -> str:
    return "".join(word[0] for word in author.split() if word[:1].isalnum()).upper()[:4]
