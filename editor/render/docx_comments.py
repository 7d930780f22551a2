"""Open review comments as real Word comments on their words, replies as Word threads.

The DOCX writer writes the package without python-docx; when the document carries
comments (the house style's ``include.comments``) it hands the bytes here. python-docx
1.2 anchors a comment on whole runs (``Document.add_comment``), so runs are split at the
comment's range first. Replies are comments on the same range, tied to their parent by
a ``commentsExtended.xml`` part written by hand (``w15:paraIdParent``), as Word does.
"""

from __future__ import annotations

import bisect
import copy
import io
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from editor.model.article import time_of
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


# A comment is anchored on the article's text as stored. In a file with tracked changes
# that is the text of every run but those of the changes the writer names as not stored (a
# revision's deletions, the suggestions' insertions): a suggestion's deleted words (in
# w:delText) are read. A comment on words a suggestion then replaced was missing from the
# file, with no word said (found in a trial).
_TEXT_TAGS = frozenset({_w("t"), _w("delText")})
_W_INS, _W_DEL = _w("ins"), _w("del")
_CHANGES = frozenset({_W_INS, _W_DEL})


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
        if tag in _TEXT_TAGS:
            out.append(child.text or "")
        elif tag == _w("tab"):
            out.append("\t")
        elif tag in (_w("br"), _w("cr")):
            out.append("\n")
    return "".join(out)


def _flatten(paragraphs: list[Any], not_stored: frozenset[str]) -> tuple[str, list[_Piece]]:
    text: list[str] = []
    pieces: list[_Piece] = []
    offset = 0
    for index, paragraph in enumerate(paragraphs):
        if index:
            text.append("\n")
            offset += 1
        for run in paragraph.iter(_w("r")):
            if not_stored and _change_id(run, paragraph) in not_stored:
                continue
            chunk = _run_text(run)
            if chunk:
                pieces.append(_Piece(run, offset, offset + len(chunk)))
                text.append(chunk)
                offset += len(chunk)
    return "".join(text), pieces


def _change_id(run: Any, paragraph: Any) -> str | None:
    """Return the id of the tracked change (w:ins or w:del) a run is in, if any."""
    parent = run.getparent()
    while parent is not None and parent is not paragraph:
        if parent.tag in _CHANGES:
            return str(parent.get(_w("id")))
        parent = parent.getparent()
    return None


def _length(child: Any) -> int:
    tag = child.tag
    if tag in _TEXT_TAGS:
        return len(child.text or "")
    return 1 if tag in (_w("tab"), _w("br"), _w("cr")) else 0


def _split_run(run: Any, cuts: list[int]) -> list[Any]:
    """Split a run at the sorted offsets ``cuts`` (inside it); return the runs, in place.

    One pass over the run, however many cuts: splitting one cut at a time copied the rest
    of the run each time, which is quadratic in a long run with many comments.
    """
    bounds = [0, *cuts]
    pieces = [run.makeelement(run.tag, run.attrib) for _ in bounds]
    properties = run.find(_w("rPr"))
    if properties is not None:
        for piece in pieces:
            piece.append(copy.deepcopy(properties))
    index = 0  # the piece the current offset falls in
    offset = 0
    for child in run:
        if child.tag == _w("rPr"):
            continue
        length = _length(child)
        if length == 0:
            pieces[index].append(copy.deepcopy(child))  # no text: kept where it stands
            continue
        child_end = offset + length
        while offset < child_end:
            while index + 1 < len(bounds) and bounds[index + 1] <= offset:
                index += 1
            high = bounds[index + 1] if index + 1 < len(bounds) else child_end
            high = min(high, child_end)
            part = copy.deepcopy(child)
            if child.tag in _TEXT_TAGS:
                start = offset - (child_end - length)
                part.text = (child.text or "")[start : start + high - offset]
            pieces[index].append(part)
            offset = high
    for piece in reversed(pieces):
        run.addnext(piece)
    run.getparent().remove(run)
    return pieces


class _Flat:
    """A stretch of paragraphs flattened once: its text, and runs split at every anchor."""

    def __init__(self, paragraphs: list[Any], not_stored: frozenset[str]) -> None:
        self.text, self.pieces = _flatten(paragraphs, not_stored)
        self.cursor = 0  # where the previous comment of a part was found
        self.cuts: set[int] = set()
        self.starts: list[int] = []
        self.runs: list[Any] = []

    def split(self) -> None:
        """Split the runs at every anchor's ends, once: then every anchor is whole runs."""
        cuts = sorted(self.cuts)
        for piece in self.pieces:
            low = bisect.bisect_right(cuts, piece.start)
            high = bisect.bisect_left(cuts, piece.end)
            inside = [cut - piece.start for cut in cuts[low:high]]
            runs = _split_run(piece.run, inside) if inside else [piece.run]
            for start, run in zip([piece.start, *cuts[low:high]], runs, strict=True):
                self.starts.append(start)
                self.runs.append(run)

    def anchor_runs(self, start: int, end: int) -> tuple[Any, Any] | None:
        """Return the first and last run of [start, end) (after ``split``), or None."""
        first = bisect.bisect_left(self.starts, start)
        last = bisect.bisect_left(self.starts, end) - 1
        if first >= len(self.starts) or last < first:
            return None
        return self.runs[first], self.runs[last]


def _pattern(visible: str) -> re.Pattern[str] | None:
    words = visible.split()
    if not words:
        return None
    return re.compile(r"\s+".join(re.escape(word) for word in words))


def _locate(note: CommentNote, text: str, cursor: int) -> tuple[int, int] | None:
    """Find the note's words: the match ``note.occurrence`` matches on from ``cursor``.

    The occurrence counts from the previous comment of the part (``comment_notes``), so the
    search starts where that one was found, and comments in reading order scan the text
    about once, not once each.
    """
    pattern = _pattern(note.visible)
    if pattern is None:
        return None
    found = None
    for count, match in enumerate(pattern.finditer(text, cursor)):
        found = match
        if count >= note.occurrence:
            break
    return None if found is None else (found.start(), found.end())


def _timestamp(value: str) -> datetime:
    return time_of(value) or datetime.now(UTC).replace(microsecond=0)


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


def add_word_comments(
    data: bytes, document: Document, not_stored: frozenset[str] = frozenset()
) -> bytes:
    """Return the DOCX bytes with the document's comments added as Word comments.

    ``not_stored``: the ids of the tracked changes whose words are not in the article's
    text as stored, which the comments are anchored on.
    """
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
    # A quotation's words are found where the sections place them. Each stretch of
    # paragraphs is flattened once, each part's comments found from where the last one was.
    by_part: dict[str, list[Any]] = {}
    for paragraph, part in zip(paragraphs, parts, strict=True):
        by_part.setdefault(part, []).append(paragraph)
    in_sections = [
        p for p, part in zip(paragraphs, parts, strict=True) if part_kind(part) is PartKind.SECTION
    ]
    flats: dict[str, _Flat] = {}
    comments = package.comments
    # python-docx finds each new comment's id by reading every comment's id (quadratic in
    # comments): the ids are counted here instead, after any the package already has.
    taken = [int(value) for value in comments._comments_elm.xpath("./w:comment/@w:id")]
    # Tracked changes (a changes export) share the annotations' ids: comments come after.
    taken += [
        int(value)
        for value in body.xpath(".//w:ins/@w:id | .//w:del/@w:id | .//w:rPrChange/@w:id")
    ]
    comment_ids = itertools.count(max(taken, default=-1) + 1)
    cursors: dict[str, int] = {}
    anchored: list[tuple[CommentNote, _Flat, int, int]] = []
    # Comments whose words the file does not show (a link's address, text a format cannot
    # hold): at the start of their part, so that no comment is left out of the file.
    at_start: list[tuple[CommentNote, Any]] = []
    for note in document.comments:
        quotation = part_kind(note.part) is PartKind.QUOTATION
        key = "\0sections" if quotation else note.part
        if key not in flats:
            paragraphs_of = in_sections if quotation else by_part.get(note.part, [])
            flats[key] = _Flat(paragraphs_of, not_stored)
        flat = flats[key]
        found = _locate(note, flat.text, cursors.get(note.part, 0))
        if found is None:
            where = by_part.get(note.part) or in_sections or paragraphs
            if where:
                at_start.append((note, where[0]))
            continue
        cursors[note.part] = found[0]
        flat.cuts.update(found)
        anchored.append((note, flat, *found))
    for flat in flats.values():
        flat.split()
    placed: list[tuple[CommentNote, Any, Any]] = []
    for note, flat, start, end in anchored:
        runs = flat.anchor_runs(start, end)
        if runs is not None:
            placed.append((note, Run(runs[0], package._body), Run(runs[1], package._body)))
    placed += [(note, paragraph, None) for note, paragraph in at_start]
    for note, first, last in placed:
        parent_id = None
        thread = [(note.text, note.author, note.initials, note.created)]
        thread += [(text, author, _initials(author), at) for author, text, at in note.replies]
        for text_, author, initials, created in thread:
            element = _add_comment(comments, next(comment_ids), first, last, text_, author)
            element.initials = initials or ""
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


def _add_comment(
    comments: Any, comment_id: int, first: Any, last: Any, text: str, author: str
) -> Any:
    """Add a Word comment with this id on the runs from ``first`` to ``last``, or at the
    start of the paragraph ``first`` when ``last`` is None; return its element."""
    from docx.comments import Comment
    from docx.oxml.ns import nsdecls
    from docx.oxml.parser import parse_xml

    # The element python-docx's Comments.add_comment makes, with the id given.
    element: Any = parse_xml(
        f'<w:comment {nsdecls("w")} w:id="{comment_id}" w:author="">'
        '<w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>'
        '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>'
        "</w:p></w:comment>"
    )
    comments._comments_elm.append(element)
    element.author = author
    comment = Comment(element, comments._comments_part)
    if text:
        first_line, *more = text.split("\n")
        comment.paragraphs[0].add_run(first_line)
        for line in more:
            comment.add_paragraph(text=line)
    if last is None:
        _point_comment(first, comment_id)
        return element
    first.mark_comment_range(last, comment_id)
    start = first._r.getprevious()
    end = last._r.getnext()
    _outside_changes(start, end, end.getnext())
    return element


def _point_comment(paragraph: Any, comment_id: int) -> None:
    """Put a comment's marks, on no words, at the start of a paragraph (w:p element)."""
    from docx.oxml.parser import OxmlElement

    marked = {_w("id"): str(comment_id)}
    start = OxmlElement("w:commentRangeStart", attrs=marked)
    end = OxmlElement("w:commentRangeEnd", attrs=marked)
    # The reference run as python-docx's mark_comment_range makes it.
    reference: Any = OxmlElement("w:r")  # python-docx's CT_R
    reference.get_or_add_rPr().style = "CommentReference"
    reference.append(OxmlElement("w:commentReference", attrs=marked))
    properties = paragraph.find(_w("pPr"))
    if properties is not None:
        properties.addnext(start)
    else:
        paragraph.insert(0, start)
    start.addnext(end)
    end.addnext(reference)


def _outside_changes(start: Any, end: Any, reference: Any) -> None:
    """Put a comment's marks outside the tracked changes its words begin or end in.

    A comment on words a suggestion deletes is on the deletion, and on the words that
    replace them (a replacement's insertion follows it): accepting the change in Word
    keeps the comment, which it dropped with the deleted words when its mark was inside.
    """
    holder = start.getparent()
    if holder is not None and holder.tag in _CHANGES:
        holder.addprevious(start)
    holder = end.getparent()
    if holder is not None and holder.tag in _CHANGES:
        after = holder
        following = holder.getnext()
        if holder.tag == _W_DEL and following is not None and following.tag == _W_INS:
            after = following
        after.addnext(end)
        end.addnext(reference)


def _initials(author: str) -> str:
    return "".join(word[0] for word in author.split() if word[:1].isalnum()).upper()[:4]
