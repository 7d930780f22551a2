"""The visible text of a WordprocessingML story, paragraph by paragraph, with its emphasis.

A story is the body, a header, a footer, a footnote, an endnote or a comment. Word wraps
text in many containers; every one is read through, so no visible word is lost:
tables nested at any depth, block and inline content controls (``w:sdt``), smart tags,
``w:customXml``, tracked insertions and moves (``w:ins``, ``w:moveTo``: accepted), field
results (``w:fldSimple`` and complex ``w:fldChar`` fields: the result, never the
instruction; a HYPERLINK field is a link), math text, ruby text and text boxes (read after
the paragraph they stand in; of an ``mc:AlternateContent`` only the first choice, since its
fallback repeats the same text). Tracked deletions (``w:del``, ``w:moveFrom``) are not
visible text and are dropped.

The walk is iterative (an explicit stack, never recursion) and visits each element once,
so its time is linear in the size of the XML whatever the nesting.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_M = "http://schemas.openxmlformats.org/officeDocument/2006/math"

# The character style Newsdesk's DOCX writer gives inline code (resources/templates).
CODE_STYLE = "VerbatimChar"


def w(name: str) -> str:
    """Return the Clark name of a WordprocessingML element or attribute."""
    return f"{{{W}}}{name}"


_P, _R_RUN, _T, _TBL = w("p"), w("r"), w("t"), w("tbl")
_HYPERLINK, _FLD_SIMPLE, _FLD_CHAR, _INSTR = (
    w("hyperlink"),
    w("fldSimple"),
    w("fldChar"),
    w("instrText"),
)
_TXBX = w("txbxContent")
_ALTERNATE, _CHOICE, _FALLBACK = (
    f"{{{_MC}}}AlternateContent",
    f"{{{_MC}}}Choice",
    (f"{{{_MC}}}Fallback"),
)
_MATH_TEXT = f"{{{_M}}}t"
_RANGE_START, _RANGE_END = w("commentRangeStart"), w("commentRangeEnd")
_RUBY = w("ruby")
# Not visible text: deletions, moved-away text, properties, field instructions.
_HIDDEN = frozenset(
    {
        w("del"),
        w("moveFrom"),
        w("pPr"),
        w("rPr"),
        w("sdtPr"),
        w("sdtEndPr"),
        w("smartTagPr"),
        w("customXmlPr"),
        w("tblPr"),
        w("tblGrid"),
        w("trPr"),
        w("tcPr"),
        w("sectPr"),
        w("rt"),  # ruby annotation: read with its base, below
        f"{{{_M}}}rPr",
        f"{{{_M}}}ctrlPr",
    }
)
_CHARACTERS = {
    w("tab"): "\t",
    w("ptab"): "\t",
    w("br"): "\n",
    w("cr"): "\n",
    w("noBreakHyphen"): "\u2011",
}
_OFF = frozenset({"0", "false", "off"})
_HYPERLINK_FIELD = re.compile(r"\s*HYPERLINK\b(.*)", re.IGNORECASE | re.DOTALL)
_FIELD_ARGUMENT = re.compile(r'\\([a-zA-Z])\s*(?:"([^"]*)"|(\S+))?|"([^"]*)"|(\S+)')


@dataclass(frozen=True)
class Span:
    """A piece of a paragraph's text with its emphasis and the link it is part of."""

    text: str
    bold: bool = False
    italic: bool = False
    url: str = ""
    code: bool = False  # set only by a reader given code fonts (Newsdesk's own DOCX)


@dataclass
class WordParagraph:
    """One paragraph of a story: its style name, whether it stands in a table or text box."""

    style: str
    spans: list[Span] = field(default_factory=list)
    boxed: bool = False
    # Where comment ranges start (True) and end (False): before spans[index], by comment id.
    comment_edges: list[tuple[int, bool, str]] = field(default_factory=list)
    # The paragraph's w:p element, for readers that need its properties (numbering, borders).
    element: Any = None

    @property
    def text(self) -> str:
        """Return the paragraph's plain text."""
        return "".join(span.text for span in self.spans)


@dataclass
class _Field:
    separated: bool = False
    instruction: list[str] = field(default_factory=list)
    linked: bool = False


class StoryReader:
    """Reads stories of one DOCX part: styles and hyperlink targets known once, up front."""

    def __init__(
        self,
        styles: dict[str, str],
        default_style: str,
        links: dict[str, str],
        bold_styles: frozenset[str] = frozenset(),
        italic_styles: frozenset[str] = frozenset(),
        code_fonts: frozenset[str] = frozenset(),
    ) -> None:
        self.styles = styles
        self.default_style = default_style
        self.links = links
        self.bold_styles = bold_styles
        self.italic_styles = italic_styles
        self.code_fonts = code_fonts  # folded font names whose runs are code
        self._fields: list[_Field] = []
        self._unseparated = 0  # fields whose instruction is being read: their text is hidden
        self._field_links: list[str] = []

    def paragraphs(self, root: Any) -> list[WordParagraph]:
        """Return every paragraph of a story's element, in reading order."""
        self._fields, self._unseparated, self._field_links = [], 0, []
        found: list[WordParagraph] = []
        stack: list[tuple[Any, bool]] = [(child, False) for child in reversed(root)]
        while stack:
            element, boxed = stack.pop()
            tag = element.tag
            if tag == _P:
                paragraph, boxes = self._paragraph(element, boxed)
                found.append(paragraph)
                # A text box's paragraphs are read right after the paragraph holding it.
                for box in reversed(boxes):
                    stack.extend((child, True) for child in reversed(box))
            elif tag in _HIDDEN or not isinstance(tag, str):
                continue
            elif tag == _ALTERNATE:
                stack.extend((child, boxed) for child in reversed(_chosen(element)))
            else:
                # Tables, rows, cells, content controls, customXml, insertions, and any
                # container unknown here: read through, so that no paragraph is lost.
                inner = boxed or tag == _TBL
                stack.extend((child, inner) for child in reversed(element))
        return found

    def _paragraph(self, paragraph: Any, boxed: bool) -> tuple[WordParagraph, list[Any]]:
        style = "" if boxed else self._style_of(paragraph)
        result = WordParagraph(style, boxed=boxed, element=paragraph)
        boxes: list[Any] = []
        stack: list[tuple[Any, str]] = [(child, "") for child in reversed(paragraph)]
        while stack:
            element, url = stack.pop()
            tag = element.tag
            if tag == _R_RUN:
                self._run(element, url, result.spans, boxes)
            elif tag in _HIDDEN or not isinstance(tag, str):
                continue
            elif tag == _HYPERLINK:
                stack.extend(
                    (child, self._hyperlink(element) or url) for child in reversed(element)
                )
            elif tag == _FLD_SIMPLE:
                target = _field_link(element.get(w("instr"), "")) or url
                stack.extend((child, target) for child in reversed(element))
            elif tag == _ALTERNATE:
                stack.extend((child, url) for child in reversed(_chosen(element)))
            elif tag == _MATH_TEXT:
                self._add(result.spans, element.text or "", False, False, url)
            elif tag == _TXBX:
                boxes.append(element)
            elif tag in (_RANGE_START, _RANGE_END):
                edge = (len(result.spans), tag == _RANGE_START, element.get(w("id"), ""))
                result.comment_edges.append(edge)
            else:
                # Content controls, smart tags, customXml, insertions, moves, math: through.
                stack.extend((child, url) for child in reversed(element))
        return result, boxes

    def _style_of(self, paragraph: Any) -> str:
        properties = paragraph.find(w("pPr"))
        style = properties.find(w("pStyle")) if properties is not None else None
        if style is None:
            return self.default_style
        return self.styles.get(style.get(w("val"), ""), "")

    def _hyperlink(self, element: Any) -> str:
        target = self.links.get(element.get(f"{{{_R}}}id", ""), "")
        anchor = element.get(w("anchor"), "")
        return f"{target}#{anchor}" if anchor else target

    def _run(self, run: Any, url: str, spans: list[Span], boxes: list[Any]) -> None:
        properties = run.find(w("rPr"))
        bold, italic = self._emphasis(properties)
        code = bool(self.code_fonts) and self._code(properties)
        stack = list(reversed(run))
        while stack:
            element = stack.pop()
            tag = element.tag
            if tag == _T:
                self._add(spans, element.text or "", bold, italic, url, code)
            elif tag in _CHARACTERS:
                self._add(spans, _CHARACTERS[tag], bold, italic, url, code)
            elif tag == _FLD_CHAR:
                self._field_char(element.get(w("fldCharType"), ""))
            elif tag == _INSTR:
                if self._fields and not self._fields[-1].separated:
                    self._fields[-1].instruction.append(element.text or "")
            elif tag == w("sym"):
                self._add(spans, _symbol(element.get(w("char"), "")), bold, italic, url)
            elif tag == _TXBX:
                boxes.append(element)
            elif tag == _ALTERNATE:
                stack.extend(reversed(_chosen(element)))
            elif tag == _RUBY:
                # The base text's runs (the annotation, w:rt, is hidden above).
                for base in element.iter(w("rubyBase")):
                    for inner in base.iter(_R_RUN):
                        self._run(inner, url, spans, boxes)
            elif tag in _HIDDEN or not isinstance(tag, str):
                continue
            elif len(element):
                # Drawings, pictures and objects may hold text boxes.
                stack.extend(reversed(element))

    def _add(
        self, spans: list[Span], text: str, bold: bool, italic: bool, url: str, code: bool = False
    ) -> None:
        if self._unseparated or not text:
            return
        link = self._field_links[-1] if self._field_links else url
        spans.append(Span(text, bold, italic, link, code))

    def _code(self, properties: Any) -> bool:
        if properties is None:
            return False
        # Newsdesk's character style for code (its font is the style's, not the run's).
        style = properties.find(w("rStyle"))
        if style is not None and style.get(w("val"), "") == CODE_STYLE:
            return True
        fonts = properties.find(w("rFonts"))
        if fonts is None:
            return False
        return fonts.get(w("ascii"), "").casefold() in self.code_fonts

    def _field_char(self, kind: str) -> None:
        if kind == "begin":
            self._fields.append(_Field())
            self._unseparated += 1
        elif kind == "separate" and self._fields and not self._fields[-1].separated:
            current = self._fields[-1]
            current.separated = True
            self._unseparated -= 1
            target = _field_link("".join(current.instruction))
            if target:
                current.linked = True
                self._field_links.append(target)
        elif kind == "end" and self._fields:
            current = self._fields.pop()
            if not current.separated:
                self._unseparated -= 1
            if current.linked:
                self._field_links.pop()

    def _emphasis(self, properties: Any) -> tuple[bool, bool]:
        if properties is None:
            return False, False
        bold, italic = properties.find(w("b")), properties.find(w("i"))
        style = properties.find(w("rStyle"))
        name = self.styles.get(style.get(w("val"), ""), "").lower() if style is not None else ""
        return (
            is_on(bold) or name in self.bold_styles,
            is_on(italic) or name in self.italic_styles,
        )


def is_on(element: Any) -> bool:
    """Whether a toggle property (``w:b``, ``w:i``…) is present and not switched off."""
    return element is not None and element.get(w("val"), "true").lower() not in _OFF


def _chosen(alternate: Any) -> Any:
    """The first choice of an mc:AlternateContent, else its fallback: never both."""
    for tag in (_CHOICE, _FALLBACK):
        branch = alternate.find(tag)
        if branch is not None:
            return branch
    return ()


def _symbol(code: str) -> str:
    try:
        value = int(code, 16)
    except ValueError:
        return ""
    # Symbol fonts map their glyphs to F0xx; the plain character is the low byte.
    if 0xF000 <= value <= 0xF0FF:
        value -= 0xF000
    return chr(value) if 0x20 <= value < 0x110000 and not 0xD800 <= value < 0xE000 else ""


def _field_link(instruction: str) -> str:
    """Return the target of a HYPERLINK field instruction, else an empty string."""
    match = _HYPERLINK_FIELD.match(instruction)
    if match is None:
        return ""
    target = anchor = ""
    for switch, switch_value, switch_bare, quoted, bare in _FIELD_ARGUMENT.findall(match.group(1)):
        if switch:
            if switch.lower() == "l":
                anchor = switch_value or switch_bare
        elif not target:
            target = quoted or bare
    if anchor:
        return f"{target}#{anchor}"
    return target


def part_root(part: Any) -> Any:
    """Return the XML root of a package part (python-docx parses only the parts it knows)."""
    from docx.opc.part import XmlPart
    from docx.oxml.parser import parse_xml

    return part.element if isinstance(part, XmlPart) else parse_xml(part.blob)


def style_names(styles_root: Any) -> tuple[dict[str, str], str]:
    """Return the style names by id, and the default paragraph style's name."""
    names: dict[str, str] = {}
    default = ""
    if styles_root is None:
        return names, default
    for style in styles_root.iter(w("style")):
        name = style.find(w("name"))
        style_id = style.get(w("styleId"), "")
        # A style whose name is missing or empty goes by its id.
        value = (name.get(w("val"), "") if name is not None else "") or style_id
        names[style_id] = value
        if style.get(w("type")) == "paragraph" and _on_value(style.get(w("default"))):
            default = value
    return names, default


def _on_value(value: str | None) -> bool:
    return value is not None and value.lower() not in _OFF
