"""The PDF's text layer: a letter carrying marks (shadda, tanwin, harakat) extracts once.

Typst (0.15) shapes "رّ" as two glyphs, the letter and the mark, and gives each glyph the
whole cluster's text: the ToUnicode entry of a glyph first met in the cluster, an
``/ActualText`` span around any other. A reader copying the word gets the letter twice
("أقرّت" as "أقّرّرت"; typst/typst#8767, #4225), and a search for the word fails. No
markup avoids it: Typst has no setting for the shaper's cluster level, and a mark set
apart from its letter is no longer placed on it.

This pass splits each such cluster's text over its glyphs: a glyph with an advance (the
letter, or a lam-alef ligature) gets the cluster's letters, a glyph of zero advance (the
mark, or a shadda-fatha ligature of two marks) its marks. It reads each glyph's advance
from the font's ``/W`` array and finds the clusters in the page content (the glyphs of
one cluster are drawn one after the other, each with the cluster's text), so a glyph is
changed only where every use of it agrees: a precomposed glyph (a font's "é" for "e" and
U+0301) is left as it is, and a glyph whose uses disagree keeps Typst's entry.

A mark the font sets well above or below its letter (a shadda with a fatha over it) Typst
draws off the letter's line, and pdftotext cuts the word there ("حيًّا" as "ح ًّيا"). Such a
mark is drawn inside an ``/ActualText`` span that starts with an invisible copy of it on
the letter's line, so a reader takes its text there (``_settle_marks``).

Only the text layer changes (the ToUnicode CMaps, ``/ActualText`` spans, glyphs drawn in
the invisible render mode); the page is drawn from the same glyphs at the same places,
pixel for pixel. A content stream whose structure is not well nested (q/Q, BT/ET,
BDC/EMC), or any other failure, leaves the whole file as Typst wrote it.

pikepdf (qpdf) reads and writes the file: it parses content streams as the specification
says, recompresses and rebuilds the cross-reference table, where code of ours would have
to assume Typst's current layout of the file.
"""

from __future__ import annotations

import io
import itertools
import re
import unicodedata
from collections import Counter, defaultdict
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from editor.render.errors import RenderError

if TYPE_CHECKING:
    from collections.abc import Iterator

# A bfchar entry of a ToUnicode CMap: source code, destination text (UTF-16BE), in hex.
_BFCHAR_BLOCK = re.compile(rb"beginbfchar(.*?)endbfchar", re.S)
_BFCHAR = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>")
_BFRANGE_BLOCK = re.compile(rb"beginbfrange(.*?)endbfrange", re.S)
_BFRANGE = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")
_LAM_ALEF = re.compile("\u0644[\u0622\u0623\u0625\u0627]")
_SHOW_TEXT = frozenset({"Tj", "TJ", "'", '"'})
# Operators that move the text position, or space glyphs, in ways _settle_marks does not follow.
_MOVES_TEXT = frozenset({"Td", "TD", "T*", "Tc", "Tw", "Tz", "Ts", "TL"})
# A form XObject inside a form inside ...: Typst nests a few; past this, left as it is.
_MAX_FORM_DEPTH = 16


class TextLayerError(RenderError):
    """The PDF's text layer could not be corrected; the PDF as typeset is still good."""


def _is_mark(char: str) -> bool:
    return unicodedata.category(char) in ("Mn", "Me")


def has_marks(text: str) -> bool:
    """Whether a text holds a combining mark (so its PDF may hold a letter copied twice)."""
    return any(_is_mark(char) for char in set(text))


@lru_cache(maxsize=4096)
def _split(text: str) -> tuple[str, str] | None:
    """Return a cluster's letters and marks, or None when it is not a letter with marks.

    A cluster is one letter followed by its marks, or a lam-alef ligature with marks (one
    glyph for both letters). Others are left as they are: in an Indic conjunct ("र्क") the
    glyph of zero advance (a reph) stands for a letter and its virama, not for marks alone.
    """
    letters = "".join(char for char in text if not _is_mark(char))
    marks = "".join(char for char in text if _is_mark(char))
    if not marks or not text[0].isalpha() or _is_mark(text[0]):
        return None
    if len(letters) == 1 or _LAM_ALEF.fullmatch(letters):
        return letters, marks
    return None


def _utf16_hex(text: str) -> bytes:
    return text.encode("utf-16-be").hex().upper().encode("ascii")


class _Font:
    """One Type0 font of the PDF: its ToUnicode entries and its glyphs' advances."""

    def __init__(self, font: Any) -> None:
        import pikepdf

        self.font = font
        self.to_unicode = font.get("/ToUnicode")
        if not isinstance(self.to_unicode, pikepdf.Stream):
            raise ValueError("no ToUnicode stream")
        self.cmap_source = self.to_unicode.read_bytes()
        self.texts: dict[int, str] = {}
        self.range_codes: set[int] = set()  # entries of a bfrange: never rewritten
        self.plain_codes: set[int] = set()  # glyphs drawn outside an ActualText span
        for block in _BFRANGE_BLOCK.findall(self.cmap_source):
            for first, last, start in _BFRANGE.findall(block):
                begin, end, text = int(first, 16), int(last, 16), bytes.fromhex(start.decode())
                base = text.decode("utf-16-be", "replace")
                if end - begin > 0xFFFF or not base:
                    continue
                for offset in range(end - begin + 1):
                    self.texts[begin + offset] = base[:-1] + chr(ord(base[-1]) + offset)
                    self.range_codes.add(begin + offset)
        for block in _BFCHAR_BLOCK.findall(self.cmap_source):
            for code, text in _BFCHAR.findall(block):
                self.texts[int(code, 16)] = bytes.fromhex(text.decode()).decode(
                    "utf-16-be", "replace"
                )
                self.range_codes.discard(int(code, 16))
        # The glyphs whose entry is a letter with marks: the only ones this pass may change.
        self.cluster_codes = {code for code, text in self.texts.items() if _split(text)}
        self.now = self.texts  # each glyph's text once this pass has corrected it
        descendant = font.DescendantFonts[0]
        self.default_width = float(descendant.get("/DW", 1000))
        self.widths: dict[int, float] = {}
        entries = list(descendant.get("/W", []))
        index = 0
        while index < len(entries):
            first = int(entries[index])
            following = entries[index + 1]
            if isinstance(following, pikepdf.Array):
                for offset, advance in enumerate(following):
                    self.widths[first + offset] = float(advance)
                index += 2
            else:
                last, width = int(following), float(entries[index + 2])
                if last - first > 0xFFFF:
                    raise ValueError("a /W range too long")
                for code in range(first, last + 1):
                    self.widths[code] = width
                index += 3

    def zero_width(self, code: int) -> bool:
        """Whether the glyph has no advance (a mark placed on the letter before it)."""
        return self.widths.get(code, self.default_width) == 0

    def rewritten_cmap(self, changes: dict[int, str]) -> bytes:
        """Return the ToUnicode CMap with the given codes mapped to their new texts."""

        def entry(match: re.Match[bytes]) -> bytes:
            text = changes.get(int(match.group(1), 16))
            if text is None:
                return match.group(0)
            return b"<" + match.group(1) + b"> <" + _utf16_hex(text) + b">"

        def block(match: re.Match[bytes]) -> bytes:
            return b"beginbfchar" + _BFCHAR.sub(entry, match.group(1)) + b"endbfchar"

        source = _BFCHAR_BLOCK.sub(block, self.cmap_source)
        # Glyphs Typst gave no entry (their text was in an ActualText span): new entries, at
        # most 100 to a block as the CMap format wants.
        added = [
            b"<%04X> <%s>" % (code, _utf16_hex(text))
            for code, text in sorted(changes.items())
            if code not in self.texts
        ]
        if added:
            if b"endcmap" not in source:
                raise ValueError("a ToUnicode CMap without endcmap")
            blocks = b"".join(
                b"%d beginbfchar\n%s\nendbfchar\n"
                % (len(added[start : start + 100]), b"\n".join(added[start : start + 100]))
                for start in range(0, len(added), 100)
            )
            head, _, tail = source.rpartition(b"endcmap")
            source = head + blocks + b"endcmap" + tail
        return source


class _Piece:
    """Glyphs drawn with one text: one glyph and its ToUnicode entry, or an ActualText span."""

    __slots__ = (
        "actual",
        "codes",
        "content",
        "font",
        "new_text",
        "properties",
        "shown",
        "split",
        "text",
    )

    def __init__(
        self,
        font: _Font | None,
        text: str | None,
        actual: Any = None,
        content: _Content | None = None,
    ) -> None:
        self.font = font
        self.text = text
        self.actual = actual  # the span's properties when the text is its /ActualText
        self.properties = actual  # the same, kept when the pass takes the ActualText away
        self.shown = 0  # glyphs drawn in the span
        self.content = content  # the content stream the span is in
        self.codes: list[int] = []
        self.new_text: str | None = None
        # A span over a cluster's glyphs: each glyph's own text, for its ToUnicode entry.
        self.split: dict[int, str] | None = None


class _Content:
    """One content stream (a page's or a form's), parsed, with the pieces it draws."""

    def __init__(self, owner: Any, instructions: list[Any]) -> None:
        self.owner = owner  # a page's dictionary, or a form XObject's stream
        self.instructions = instructions
        self.glyphs: list[_Glyph | None] = []  # its text-showing operators, in order
        self.changed = False

    def write(self, pdf: Any) -> None:
        """Write the instructions back as the owner's content."""
        import pikepdf

        data = pikepdf.unparse_content_stream(self.instructions)
        if isinstance(self.owner, pikepdf.Stream):
            self.owner.write(data)
        else:
            self.owner.Contents = pdf.make_stream(data)


class _Reader:
    """Walks the pages' content, in drawing order, into pieces of text."""

    def __init__(self) -> None:
        self.fonts: dict[tuple[int, int], _Font | None] = {}
        self.pieces: list[_Piece | None] = []  # None: a boundary no cluster crosses
        self.contents: list[_Content] = []
        self.seen_forms: set[tuple[int, int]] = set()

    def font(self, font: Any) -> _Font | None:
        key = font.objgen
        if key == (0, 0):
            return None
        if key not in self.fonts:
            simple = font.get("/Subtype") != "/Type0" or font.get("/Encoding") != "/Identity-H"
            self.fonts[key] = None if simple else _Font(font)
        return self.fonts[key]

    def read(self, stream: Any, resources: Any, depth: int = 0) -> None:
        """Read one content stream (and the forms it draws) into pieces and glyphs.

        ValueError when its structure is not well nested (q/Q, BT/ET, BDC/EMC): the pass
        then leaves the whole file as it is.
        """
        import pikepdf

        instructions = pikepdf.parse_content_stream(stream)
        fonts = resources.get("/Font", {}) if resources is not None else {}
        content = _Content(stream, instructions)
        self.contents.append(content)
        glyphs = content.glyphs
        forms = resources.get("/XObject", {}) if resources is not None else {}
        font: _Font | None = None
        spans: list[_Piece | None] = []  # marked content open: a piece when it has ActualText
        # Where glyphs are drawn, for marks set apart (_settle_marks): the transformation
        # matrix, and the text matrix while no glyph or operator this pass does not follow
        # has moved the text position since the last Tm.
        ctm, saved = _IDENTITY, []
        tm: Any = None
        tr: Any = [0]
        in_text = False
        for index, instruction in enumerate(instructions):
            if not isinstance(instruction, pikepdf.ContentStreamInstruction):
                self.pieces.append(None)  # an inline image
                glyphs.append(None)
                continue
            operator, operands = str(instruction.operator), instruction.operands
            if operator == "Tf" and operands:
                name = operands[0]
                found = fonts.get(str(name)) if isinstance(name, pikepdf.Name) else None
                font = self.font(found) if found is not None else None
            elif operator == "Tm":
                tm = operands
            elif operator == "cm":
                ctm = _times(_matrix(operands), ctm)
            elif operator == "q":
                saved.append((ctm, font, tr))
            elif operator == "Q":
                if not saved or in_text:
                    raise ValueError("a Q without its q")
                ctm, font, tr = saved.pop()
            elif operator == "BT":
                if in_text:
                    raise ValueError("a BT inside a text object")
                in_text, tm = True, _IDENTITY
            elif operator == "ET":
                if not in_text:
                    raise ValueError("an ET without its BT")
                in_text, tm = False, None
            elif operator == "Tr":
                tr = operands
            elif operator == "BDC":
                properties = operands[1] if len(operands) > 1 else None
                actual = (
                    properties.get("/ActualText")
                    if isinstance(properties, pikepdf.Dictionary)
                    else None
                )
                if isinstance(actual, pikepdf.String):
                    piece = _Piece(font, str(actual), properties, content)
                    self.pieces.append(piece)
                    spans.append(piece)
                else:
                    spans.append(None)
            elif operator == "BMC":
                spans.append(None)
            elif operator == "EMC":
                if not spans:
                    raise ValueError("an EMC without its BDC")
                spans.pop()
            elif operator in _SHOW_TEXT:
                span = next((s for s in reversed(spans) if s), None)
                codes = self.show(font, operands, span)
                if span is not None:
                    span.shown += len(codes)
                if font is None or tm is None or not codes or operator not in ("Tj", "TJ"):
                    glyphs.append(None)
                else:
                    glyphs.append(_Glyph(index, font, codes, ctm, tm, tr, span))
                tm = None
            elif operator in _MOVES_TEXT:
                tm = None
                glyphs.append(None)
            elif operator == "Do" and operands and depth < _MAX_FORM_DEPTH:
                form = forms.get(str(operands[0]))
                self.pieces.append(None)
                glyphs.append(None)
                if (
                    isinstance(form, pikepdf.Stream)
                    and form.get("/Subtype") == "/Form"
                    and form.objgen not in self.seen_forms
                ):
                    self.seen_forms.add(form.objgen)
                    self.read(form, form.get("/Resources", resources), depth + 1)
        if saved or spans or in_text:
            raise ValueError("a content stream that leaves q, BT or BDC open")

    def show(self, font: _Font | None, operands: Any, span: _Piece | None) -> list[int]:
        """Take in the glyphs of one text-showing operator; return their codes."""
        import pikepdf

        strings: list[bytes] = []
        for operand in operands:
            if isinstance(operand, pikepdf.String):
                strings.append(bytes(operand))
            elif isinstance(operand, pikepdf.Array):
                strings.extend(bytes(item) for item in operand if isinstance(item, pikepdf.String))
        codes = [
            int.from_bytes(string[index : index + 2], "big")
            for string in strings
            for index in range(0, len(string) - 1, 2)
        ]
        if span is not None:
            if span.font is None or span.font is font:
                span.font = font
                span.codes.extend(codes)
            else:
                span.font, span.text = None, None  # a span over two fonts: left alone
            return codes
        pieces = self.pieces
        if font is not None:
            font.plain_codes.update(codes)
        for code in codes:
            if font is None or code not in font.cluster_codes:
                if pieces and pieces[-1] is not None:
                    pieces.append(None)  # a glyph no cluster correction touches
                continue
            piece = _Piece(font, font.texts.get(code))
            piece.codes.append(code)
            pieces.append(piece)
        if font is None and pieces and pieces[-1] is not None:
            pieces.append(None)
        return codes


def _clusters(pieces: list[_Piece | None]) -> Iterator[list[_Piece]]:
    """Yield runs of consecutive one-glyph pieces of one font with one letters+marks text."""
    run: list[_Piece] = []
    for piece in pieces:
        usable = (
            piece is not None
            and piece.font is not None
            and piece.text is not None
            and len(piece.codes) == 1
            and _split(piece.text) is not None
        )
        if run and (
            not usable
            or piece is None  # (for the type checker: usable says so already)
            or piece.font is not run[0].font
            or piece.text != run[0].text
        ):
            yield run
            run = []
        if usable and piece is not None:
            run.append(piece)
    if run:
        yield run


def _assign(pieces: list[_Piece | None]) -> int:
    """Set each piece's new text (or a span's split) where its cluster is found.

    Returns how many clusters are left as Typst wrote them.
    """
    # A zero-advance glyph's own marks, learnt where it is a cluster's only mark glyph: in a
    # cluster of several mark glyphs (a font without a shadda-fatha ligature) each gets its own.
    own_marks: dict[tuple[int, int], str] = {}
    pending: list[list[_Piece]] = []
    for run in _clusters(pieces):
        font, letters, marks = _parts(run[0])
        bases = [piece for piece in run if not font.zero_width(piece.codes[0])]
        zeros = [piece for piece in run if font.zero_width(piece.codes[0])]
        if not zeros:
            continue  # one glyph for letter and mark: its text is right as it is
        if len(zeros) == len(bases):
            for piece in bases:
                piece.new_text = letters
            for piece in zeros:
                piece.new_text = marks
                own_marks[(id(font), piece.codes[0])] = marks
        else:
            pending.append(run)
    # An ActualText span over the glyphs of one cluster (Typst writes one where a glyph's
    # entry holds another text): pdftotext gives a span of several letters reversed in
    # right-to-left text, so the span goes and each glyph gets its own entry.
    spans = [
        piece
        for piece in pieces
        if piece is not None
        and piece.actual is not None
        and piece.font is not None
        and piece.text is not None
        and len(piece.codes) > 1
        and len(set(piece.codes)) == len(piece.codes)
        and _split(piece.text) is not None
    ]
    for span in spans:
        font, letters, marks = _parts(span)
        mark_codes = [code for code in span.codes if font.zero_width(code)]
        if len(mark_codes) == 1 and len(span.codes) == 2:
            (letter_code,) = (code for code in span.codes if code != mark_codes[0])
            span.split = {letter_code: letters, mark_codes[0]: marks}
            own_marks[(id(font), mark_codes[0])] = marks
    left = 0
    for run in pending:
        font, letters, marks = _parts(run[0])
        bases = [piece for piece in run if not font.zero_width(piece.codes[0])]
        zeros = [piece for piece in run if font.zero_width(piece.codes[0])]
        own = _own_marks(own_marks, font, [piece.codes[0] for piece in zeros], marks * len(bases))
        if bases and own is not None:
            for piece in bases:
                piece.new_text = letters
            for piece, mark in zip(zeros, own, strict=True):
                piece.new_text = mark
        else:
            left += 1
    for span in spans:
        if span.split is not None:
            continue
        font, letters, marks = _parts(span)
        letter_codes = [code for code in span.codes if not font.zero_width(code)]
        mark_codes = [code for code in span.codes if font.zero_width(code)]
        if not mark_codes:
            continue  # no mark glyph: the span's text is the glyphs' own
        own = _own_marks(own_marks, font, mark_codes, marks)
        if len(letter_codes) == 1 and own is not None:
            span.split = {letter_codes[0]: letters, **dict(zip(mark_codes, own, strict=True))}
        else:
            left += 1
    return left


def _own_marks(
    known: dict[tuple[int, int], str], font: _Font, codes: list[int], marks: str
) -> list[str] | None:
    """Return each mark glyph's own marks when all are known and together make ``marks``."""
    own = [known.get((id(font), code)) for code in codes]
    found = [mark for mark in own if mark is not None]
    if len(found) != len(own) or Counter("".join(found)) != Counter(marks):
        return None
    return found


def _parts(piece: _Piece) -> tuple[_Font, str, str]:
    """Return a cluster piece's font, letters and marks."""
    assert piece.font is not None and piece.text is not None
    letters, marks = _split(piece.text) or ("", "")
    return piece.font, letters, marks


# --- marks set apart from their letter's line ---------------------------------------------
#
# Typst draws a mark the font places above or below its letter (a shadda with a fatha over
# it, a tanwin raised over a shadda) as a text object of its own, moved off the letter's
# line, just before the letter (right-to-left runs are drawn from the left). pdftotext
# starts a new word where a glyph's baseline moves more than 0.5 pt, and may then put the
# mark word on another line or after the wrong letter: "مؤمّن" came out as "مؤمن" with the
# shadda on a line of its own, "حيًّا" as "ح ًّيا". So each such mark glyph is drawn inside
# an ``/ActualText`` span whose first glyph is an invisible copy of it (render mode 3) on
# the letter's baseline: a reader takes the span's text once, at the first glyph's place,
# on the word's line, and the page draws exactly what it drew. A glyph of several marks
# (a shadda-fatha ligature) gets one such span per mark, so every unit of text holds one
# character: pdftotext reverses the characters of a unit in right-to-left text.

# A mark and its letter at one place: the glyph origins agree to this (device space, pt).
_SAME_PLACE = 0.01
_Matrix = tuple[float, float, float, float, float, float]
_IDENTITY: _Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def _times(m: _Matrix, n: _Matrix) -> _Matrix:
    """The product m × n of two PDF matrices (m applied first)."""
    a, b, c, d, e, f = m
    p, q, r, s, t, u = n
    return (
        a * p + b * r,
        a * q + b * s,
        c * p + d * r,
        c * q + d * s,
        e * p + f * r + t,
        e * q + f * s + u,
    )


def _inverse(m: _Matrix) -> _Matrix:
    a, b, c, d, e, f = m
    det = a * d - b * c
    if det == 0:
        raise ValueError("a singular matrix")
    p, q, r, s = d / det, -b / det, -c / det, a / det
    return (p, q, r, s, -(e * p + f * r), -(e * q + f * s))


def _matrix(operands: Any) -> _Matrix:
    values = tuple(float(value) for value in operands)
    if len(values) != 6:
        raise ValueError("a matrix of other than six numbers")
    return values


class _Glyph:
    """The first glyph of one text-showing operator, and where it is drawn."""

    __slots__ = ("code", "count", "ctm", "font", "index", "span", "tm", "tr")

    def __init__(
        self,
        index: int,
        font: _Font,
        codes: list[int],
        ctm: _Matrix,
        tm: Any,
        tr: Any,
        span: _Piece | None,
    ) -> None:
        self.index = index  # of the operator in its content's instructions
        self.font = font
        self.code = codes[0]
        self.count = len(codes)
        self.ctm = ctm
        self.tm = tm  # the Tm operands it is drawn at
        self.tr = tr  # the Tr operands in force
        self.span = span  # the ActualText span it is drawn in

    def place(self) -> _Matrix:
        """The glyph's text matrix in the content's space (its origin at [4], [5])."""
        return _times(_matrix(self.tm), self.ctm)

    def text(self) -> str:
        """The text a reader takes for it: its span's, else its ToUnicode entry."""
        if self.span is not None:
            return str(self.span.properties.get("/ActualText", ""))
        return self.font.now.get(self.code, "")


def _upright(matrix: _Matrix) -> bool:
    return matrix[1] == 0 and matrix[2] == 0 and matrix[0] > 0


def _settle_marks(content: _Content) -> int:
    """Put each mark glyph drawn off its letter's line back on it for readers; see above.

    Returns how many such marks are left as they were.
    """
    import pikepdf

    def op(operator: str, *operands: Any) -> Any:
        return pikepdf.ContentStreamInstruction(list(operands), pikepdf.Operator(operator))

    def span(text: str) -> Any:
        properties = pikepdf.Dictionary(ActualText=pikepdf.String(text))
        return op("BDC", pikepdf.Name("/Span"), properties)

    before: dict[int, list[Any]] = {}
    after: dict[int, list[Any]] = {}
    left = 0
    for mark, letter in itertools.pairwise(content.glyphs):
        if mark is None or letter is None or mark.count != 1:
            continue
        if not mark.font.zero_width(mark.code) or letter.font.zero_width(letter.code):
            continue
        marks, letters = mark.text(), letter.text()
        if not marks or not letters or not all(_is_mark(char) for char in marks):
            continue
        if unicodedata.bidirectional(letters[0]) not in ("R", "AL"):
            continue  # left to right: the mark is drawn after its letter, not before it
        at, letter_at = mark.place(), letter.place()
        if abs(at[4] - letter_at[4]) > _SAME_PLACE:
            continue  # not drawn at its letter's origin
        if abs(at[5] - letter_at[5]) <= _SAME_PLACE and len(marks) == 1:
            continue  # on the line already, one character: nothing to do
        if not _upright(at) or not _upright(letter_at) or (mark.span and mark.span.shown != 1):
            left += 1
            continue
        if mark.span is not None:
            del mark.span.properties["/ActualText"]  # the spans below take its place
        # The letter's baseline below (or above) the mark, in the mark's user space.
        x, y = _times((1, 0, 0, 1, at[4], letter_at[5]), _inverse(mark.ctm))[4:]
        on_line = [*mark.tm[:4], x, y]
        code = pikepdf.String(mark.code.to_bytes(2, "big"))
        # One span per mark, the last typed drawn first: pdftotext reads a right-to-left
        # run from the right, so the first mark comes out next to its letter.
        inserted: list[Any] = []
        for char in reversed(marks[1:]):
            inserted += [span(char), op("Tr", 3), op("Tm", *on_line), op("Tj", code), op("EMC")]
        inserted += [span(marks[0]), op("Tr", 3), op("Tm", *on_line), op("Tj", code)]
        inserted += [op("Tr", *mark.tr), op("Tm", *mark.tm)]
        before[mark.index] = inserted
        after[mark.index] = [op("EMC")]
    if before:
        rebuilt: list[Any] = []
        for index, instruction in enumerate(content.instructions):
            rebuilt += before.get(index, ())
            rebuilt.append(instruction)
            rebuilt += after.get(index, ())
        content.instructions = rebuilt
        content.changed = True
    return left


def separate_marks(data: bytes) -> tuple[bytes, int]:
    """Return the PDF with each marked letter's text on its own glyphs, and the clusters left.

    TextLayerError when the file cannot be read or written; the caller keeps its bytes.
    """
    try:
        return _separate_marks(data)
    except TextLayerError:
        raise
    except Exception as failure:  # whatever fails here, the PDF as typeset is still good
        raise TextLayerError(f"the PDF's text layer could not be corrected: {failure}") from None


def _separate_marks(data: bytes) -> tuple[bytes, int]:
    import pikepdf

    with pikepdf.open(io.BytesIO(data)) as pdf:
        reader = _Reader()
        for page in pdf.pages:
            reader.read(page.obj, page.obj.get("/Resources"))
        left = _assign(reader.pieces)
        # A ToUnicode entry changes only where every use of its glyph wants the same text:
        # each use outside a span (a cluster's glyph its share, any other its entry as it
        # is), and each span that is split.
        wanted: dict[_Font, dict[int, set[str]]] = defaultdict(lambda: defaultdict(set))
        for piece in reader.pieces:
            if piece is None or piece.font is None or piece.actual is not None:
                continue
            for code in piece.codes:
                wanted[piece.font][code].add(piece.new_text or piece.text or "")
        changed = False
        for piece in reader.pieces:
            if piece is None or piece.split is None or piece.font is None:
                continue
            font = piece.font
            uses = wanted[font]
            for code in piece.split:
                if code in font.plain_codes and code not in font.cluster_codes:
                    uses[code].add(font.texts.get(code, ""))
            if all(
                uses[code] <= {text} and code not in font.range_codes
                for code, text in piece.split.items()
            ):
                for code, text in piece.split.items():
                    uses[code].add(text)
                del piece.actual["/ActualText"]
                piece.actual = None
                if piece.content is not None:
                    piece.content.changed = True
            else:
                left += 1
        for font, codes in wanted.items():
            changes = {}
            for code, texts in codes.items():
                if len(texts) == 1:
                    (text,) = texts
                    if text and text != font.texts.get(code) and code not in font.range_codes:
                        changes[code] = text
                elif any(_split(text) for text in texts):
                    left += 1
            if changes:
                font.to_unicode.write(font.rewritten_cmap(changes))
                font.now = {**font.texts, **changes}
                changed = True
        for piece in reader.pieces:
            if piece is None or piece.actual is None or piece.content is None:
                continue
            if piece.new_text and piece.new_text != piece.text:
                piece.actual.ActualText = pikepdf.String(piece.new_text)
                piece.content.changed = True
        for content in reader.contents:
            left += _settle_marks(content)
        for content in reader.contents:
            if content.changed:
                content.write(pdf)
                changed = True
        if not changed:
            return data, left
        out = io.BytesIO()
        pdf.save(out, compress_streams=True, deterministic_id=True)
        return out.getvalue(), left
