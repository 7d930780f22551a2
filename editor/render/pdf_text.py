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
U+0301) is left as it is, and a glyph whose uses disagree keeps Typst's entry. Only the
text mapping changes (the ToUnicode CMaps and the ``/ActualText`` strings); the page is
drawn from the same glyphs at the same places.

pikepdf (qpdf) reads and writes the file: it parses content streams as the specification
says, recompresses and rebuilds the cross-reference table, where code of ours would have
to assume Typst's current layout of the file.
"""

from __future__ import annotations

import io
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

    __slots__ = ("actual", "codes", "content", "font", "new_text", "split", "text")

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
        import pikepdf

        instructions = pikepdf.parse_content_stream(stream)
        content = _Content(stream, instructions)
        self.contents.append(content)
        fonts = resources.get("/Font", {}) if resources is not None else {}
        forms = resources.get("/XObject", {}) if resources is not None else {}
        font: _Font | None = None
        spans: list[_Piece | None] = []  # marked content open: a piece when it has ActualText
        for instruction in instructions:
            if not isinstance(instruction, pikepdf.ContentStreamInstruction):
                self.pieces.append(None)  # an inline image
                continue
            operator, operands = str(instruction.operator), instruction.operands
            if operator == "Tf" and operands:
                name = operands[0]
                found = fonts.get(str(name)) if isinstance(name, pikepdf.Name) else None
                font = self.font(found) if found is not None else None
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
                if spans:
                    spans.pop()
            elif operator in _SHOW_TEXT:
                self.show(font, operands, next((s for s in reversed(spans) if s), None))
            elif operator == "Do" and operands and depth < _MAX_FORM_DEPTH:
                form = forms.get(str(operands[0]))
                self.pieces.append(None)
                if (
                    isinstance(form, pikepdf.Stream)
                    and form.get("/Subtype") == "/Form"
                    and form.objgen not in self.seen_forms
                ):
                    self.seen_forms.add(form.objgen)
                    self.read(form, form.get("/Resources", resources), depth + 1)

    def show(self, font: _Font | None, operands: Any, span: _Piece | None) -> None:
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
            return
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
                changed = True
        for piece in reader.pieces:
            if piece is None or piece.actual is None or piece.content is None:
                continue
            if piece.new_text and piece.new_text != piece.text:
                piece.actual.ActualText = pikepdf.String(piece.new_text)
                piece.content.changed = True
        for content in reader.contents:
            if content.changed:
                content.write(pdf)
                changed = True
        if not changed:
            return data, left
        out = io.BytesIO()
        pdf.save(out, compress_streams=True, deterministic_id=True)
        return out.getvalue(), left
