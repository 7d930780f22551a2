"""Section bodies: Markdown parsed once with Python-Markdown into blocks of the document tree.

Raw HTML is off (tags stay text), entities stay as written, links keep only http, https
and mailto URLs (others keep their text), and ``[[quote:ID]]`` places a quotation from the
article's bank. Python-Markdown's ElementTree is converted node by node; no HTML is
serialised or re-parsed here.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from types import MethodType
from typing import TYPE_CHECKING

from editor.model import Quotation
from editor.model.parts import quotation_part
from editor.model.tokens import QUOTE_TOKEN
from editor.render.bidi import isolate_spans
from editor.render.clean import language_tag
from editor.render.tree import (
    Attribution,
    Block,
    BlockQuote,
    Code,
    CodeBlock,
    Emphasis,
    Footnote,
    FootnoteRef,
    Heading,
    Image,
    ImageAsset,
    Inline,
    InlineQuote,
    LineBreak,
    Link,
    List,
    ListItem,
    MissingQuote,
    Paragraph,
    Rule,
    Strike,
    Strong,
    Table,
    TableCell,
    Text,
    plain_text,
)
from editor.text.attribution import attribution_text
from editor.text.direction import text_direction
from editor.text.scripts import language_of_text

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

    from markdown import Markdown
    from markdown.inlinepatterns import LinkInlineProcessor

    from editor.text.languages import Language

SAFE_SCHEMES = ("http", "https", "mailto")
_SCHEME = re.compile(r"^\s*([A-Za-z][A-Za-z0-9+.\-]*)\s*:")
_QUOTE_TAG = "newsdesk-quote"
_OPENING_MARKS = frozenset("“«„‘‹‚「『\"'")
_CLOSING_MARKS = frozenset("”»“’›‘」』\"'")
_SOFT_BREAK = re.compile(r"[ \t]*\n[ \t]*")
# How deep blocks and spans may nest in the tree (a block quote in a list item holding
# emphasis counts three). Every writer walks the tree recursively; past this depth the
# words are kept flat, without their marks, and the export reports it. No article needs
# a tenth of it; 1,000 nested "*" would otherwise exhaust the interpreter's stack.
MAX_NESTING = 100
# Tags that hold only text in Python-Markdown's tree, or nothing: converting them recurses
# no further.
_LEAF_TAGS = frozenset({_QUOTE_TAG, "code", "br", "img"})
_STRIKE = r"(~~)(?=\S)(.+?)(?<=\S)~~"
_ALIGNMENTS = {"text-align: left;": "left", "text-align: center;": "center",
               "text-align: right;": "right"}  # fmt: skip
# Patterns as strings, compiled by ``re`` on first use (and cached there): compiling them
# when the module loads would cost every export's start about half a millisecond.
# Python-Markdown's placeholders (STX … ETX): a stashed fenced code block, and the
# footnote extension's non-breaking space and back link, meant for its serialiser.
_PLACEHOLDER = "\x02wzxhzdk:(\\d+)\x03"
_FOOTNOTE_MARKS = "\x02(?:qq|zz)\\d+(?:qq|zz)\x03"
# A fence opening a code block: up to three spaces, three or more backticks (no backtick
# in the info string after them) or tildes.
_FENCE_OPEN = r"( {0,3})(`{3,}(?=[^`]*$)|~{3,})"
_FENCE_CLOSE = r" {0,3}(`{3,}|~{3,})[ \t]*$"
# A list item's marker at the start of a line, and the spaces after it.
_LIST_ITEM = r"( *)([-*+]|\d{1,9}[.)])( +|$)"
_ANY_LIST_ITEM = r"(?m)^ *(?:[-*+]|\d{1,9}[.)])(?: |$)"
_FENCE = r" {0,3}(`{3,}|~{3,})"


def nest_lists(lines: list[str]) -> list[str]:
    """Return the lines with list items nested as CommonMark nests them, at four spaces a level.

    A nested item (or an item's next paragraph) is indented to its parent's text, two
    columns for "- ", three for "1. ": Python-Markdown wants four a level. Only lines
    inside a list are moved; an indented code block outside one stays as it is. One pass,
    and each line's level found by a binary search: linear in the body's size.
    """
    out: list[str] = []
    columns: list[int] = []  # the text column of each open item, outermost first
    blank = False
    fence = ""  # the fence of the fenced code block the line is in, if any
    for line in lines:
        if fence or re.match(_FENCE, line):
            # A fenced code block is kept as written, and ends any list around it.
            opening = re.match(_FENCE, line)
            if not fence and opening is not None:
                fence = opening.group(1)
                columns.clear()
            elif (
                opening is not None
                and opening.group(1).startswith(fence)
                and (not line.strip(" `~"))
            ):
                fence = ""
            out.append(line)
            continue
        if not line.strip():
            out.append(line)
            blank = True
            continue
        after_blank, blank = blank, False
        if "\t" in line:
            line = line.expandtabs(4)
        indent = len(line) - len(line.lstrip(" "))
        item = re.match(_LIST_ITEM, line)
        if not columns:
            if item is not None and indent < 4:
                columns.append(_text_column(item))
            out.append(line)
            continue
        level = _level(columns, indent)
        if level == 0:
            if item is not None and indent < 4:
                columns[:] = [_text_column(item)]
            elif after_blank:
                columns.clear()  # the list has ended
            out.append(line)  # an item at the margin, or a lazy continuation line
            continue
        if item is not None:
            del columns[level:]
            text = line[indent:]
            columns.append(_text_column(item))
            out.append(" " * (4 * level) + text)
        else:
            if after_blank:
                del columns[level:]
            extra = indent - columns[level - 1]
            out.append(" " * (4 * level + extra) + line[indent:])
    return out


def fence_code(lines: list[str], store: Callable[[str], str]) -> list[str]:
    """Return the lines with each fenced code block replaced by a placeholder line.

    ``store`` keeps a block's text and returns its placeholder. A fence that is never
    closed is not one (as in Python-Markdown): its lines stay as they are.
    """
    out: list[str] = []
    index, end = 0, len(lines)
    while index < end:
        line = lines[index]
        opening = re.match(_FENCE_OPEN, line) if line[:4].lstrip(" ")[:1] in ("`", "~") else None
        if opening is not None:
            fence, indent = opening.group(2), len(opening.group(1))
            close = index + 1
            while close < end:
                closing = re.match(_FENCE_CLOSE, lines[close])
                if closing is not None and closing.group(1).startswith(fence):
                    break
                close += 1
            if close < end:
                # The code's lines lose as much indentation as the fence had, no more.
                code = [_dedent(text, indent) for text in lines[index + 1 : close]]
                out.extend(("", store("\n".join(code)), ""))
                index = close + 1
                continue
        out.append(line)
        index += 1
    return out


def _dedent(line: str, indent: int) -> str:
    spaces = len(line) - len(line.lstrip(" "))
    return line[min(spaces, indent) :]


def _level(columns: list[int], indent: int) -> int:
    """Return how many of the (ascending) text columns lie at or before ``indent``."""
    # A binary search, written out: importing bisect costs every export's start 0.25 ms.
    low, high = 0, len(columns)
    while low < high:
        middle = (low + high) // 2
        if columns[middle] <= indent:
            low = middle + 1
        else:
            high = middle
    return low


def _text_column(item: re.Match[str]) -> int:
    spaces = item.group(3)
    # Past four spaces the text is indented code inside the item: its column is one space in.
    return item.end(3) if spaces and len(spaces) <= 4 else item.end(2) + 1


def flattened_message(depth: int) -> str:
    """Say that a body nested ``depth`` levels deep was kept flat past MAX_NESTING."""
    return (
        f"emphasis, links, lists or block quotes nested {depth} levels deep, more than "
        f"{MAX_NESTING}: the deepest are kept as plain text"
    )


# Python-Markdown nests emphasis and link text by matching again inside each match: its
# time grows with the depth times the length (1,000 nested "***" take seconds, 40,000 a
# minute). A paragraph whose marks could nest past MAX_NESTING has them hidden from the
# parser behind noncharacters, which clean_text has removed from every body, and put back
# as plain text after parsing: the paragraph reads as written, marks and all.
_DELIMITER_RUN = re.compile(r"\\[*_\[\]]|\*+|_+|[\[\]]")
_HIDDEN = str.maketrans("*_[]", "\ufdd0\ufdd1\ufdd2\ufdd3")
_SHOWN = str.maketrans("\ufdd0\ufdd1\ufdd2\ufdd3", "*_[]")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def _inline_nesting(paragraph: str) -> int:
    """Return how deep the emphasis and brackets of a paragraph could nest (an upper bound)."""
    depth = deepest = 0
    end = len(paragraph)
    for match in _DELIMITER_RUN.finditer(paragraph):
        run = match.group(0)
        if run[0] == "\\":
            continue  # an escaped mark is text
        if run == "[":
            depth += 1
        elif run == "]":
            depth = max(depth - 1, 0)
        else:
            start, stop = match.span()
            opens = stop < end and not paragraph[stop].isspace()
            closes = start > 0 and not paragraph[start - 1].isspace()
            if opens and not closes:
                depth += len(run)
            elif closes and not opens:
                depth = max(depth - len(run), 0)
        deepest = max(deepest, depth)
    return deepest


def _may_nest_deep(paragraph: str) -> bool:
    """Whether a paragraph has marks enough to nest past MAX_NESTING: each level opens
    with a "*", "_" or "[" at least (counted in C; walking the marks of each paragraph of
    a 5,000-word export in Python took 2 ms of it)."""
    return (
        len(paragraph) > MAX_NESTING
        and paragraph.count("*") + paragraph.count("_") + paragraph.count("[") > MAX_NESTING
    )


def hide_deep_marks(body: str) -> tuple[str, int]:
    """Return the body with the marks of too deeply nested paragraphs hidden from the parser,
    and the deepest nesting hidden (0 when nothing was)."""
    if len(body) < MAX_NESTING:
        return body, 0
    pieces: list[str] = []
    deepest = 0
    position = 0
    for separator in [*_PARAGRAPH_BREAK.finditer(body), None]:
        stop = separator.start() if separator is not None else len(body)
        paragraph = body[position:stop]
        nesting = _inline_nesting(paragraph) if _may_nest_deep(paragraph) else 0
        if nesting > MAX_NESTING:
            paragraph = paragraph.translate(_HIDDEN)
            deepest = max(deepest, nesting)
        pieces.append(paragraph)
        if separator is not None:
            pieces.append(separator.group(0))
            position = separator.end()
    if not deepest:
        return body, 0
    return "".join(pieces), deepest


def show_hidden_marks(root: Element) -> None:
    """Put back, as text, the marks hide_deep_marks hid (in text, tails and attributes)."""
    stack = [root]
    while stack:
        element = stack.pop()
        if element.text:
            element.text = element.text.translate(_SHOWN)
        if element.tail:
            element.tail = element.tail.translate(_SHOWN)
        for key, value in element.attrib.items():
            element.set(key, value.translate(_SHOWN))
        stack.extend(element)


def safe_href(href: str) -> str | None:
    """Return the URL if its scheme is http, https or mailto, else None."""
    # Browsers ignore control characters and whitespace inside a scheme ("java\tscript:").
    squeezed = "".join(ch for ch in href if ch > " " and ch != "\x7f")
    match = _SCHEME.match(squeezed)
    # Relative links are dropped too: an export has no base to resolve them against, and in
    # a DOCX they would point into the reader's own folders.
    if match is None or match.group(1).lower() not in SAFE_SCHEMES:
        return None
    return href.strip()


# Python-Markdown's inline patterns that read a text in brackets: links, images, references.
_BRACKETED = (
    "reference",
    "link",
    "image_link",
    "image_reference",
    "short_reference",
    "short_image_ref",
)


def _bracketed_text(
    processor: LinkInlineProcessor, data: str, index: int
) -> tuple[str, int, bool]:
    """Return a link's text in brackets from ``index`` (just past the ``[``), as
    Python-Markdown's ``getText`` does: the text, the index past its ``]``, and whether
    the bracket closes.

    The usual text holds no bracket, and its end is found by one search. Python-Markdown
    finds the closing bracket of every index of the paragraph, one character at a time in
    Python, and again after each link it replaces: a tenth of a 5,000-word article's HTML
    export went there. Nested brackets are left to it.
    """
    close = data.find("]", index)
    if close >= 0 and data.find("[", index, close) < 0:
        return data[index:close], close + 1, True
    return type(processor).getText(processor, data, index)  # the library's own


def new_markdown(extended: bool = True) -> Markdown:
    """Return a Python-Markdown parser set up for Newsdesk bodies (raw HTML off, quotes on).

    ``extended`` adds pipe tables, footnotes and ``~~strike~~``; a body with none of their
    characters ("|", "~", "[^") parses the same without them, and faster (see
    needs_extended).
    """
    from xml.etree import ElementTree

    import markdown
    from markdown.extensions.sane_lists import SaneListExtension
    from markdown.inlinepatterns import (
        InlineProcessor,
        LinkInlineProcessor,
        SimpleTagInlineProcessor,
    )
    from markdown.preprocessors import Preprocessor

    class QuoteProcessor(InlineProcessor):
        """Turns ``[[quote:ID]]`` into a placeholder element the converter resolves."""

        # InlineProcessor's handleMatch takes two arguments where its base Pattern's takes
        # one: the stubs mark InlineProcessor's own override the same way.
        def handleMatch(  # type: ignore[override]
            self, m: re.Match[str], data: str
        ) -> tuple[Element, int, int]:
            element = ElementTree.Element(_QUOTE_TAG, {"id": m.group(1)})
            return element, m.start(0), m.end(0)

    class FencePreprocessor(Preprocessor):
        """Takes fenced code blocks out, their text kept as written, before the block parser."""

        def run(self, lines: list[str]) -> list[str]:
            if not any("``" in line or "~~" in line for line in lines):
                return lines

            def store(code: str) -> str:
                element = ElementTree.Element("pre")
                element.text = code
                return self.md.htmlStash.store(element)

            return fence_code(lines, store)

    class NewsdeskExtension(markdown.Extension):
        """Raw HTML off, entities and e-mail obfuscation off, the quotation token on."""

        def extendMarkdown(self, md: Markdown) -> None:
            md.preprocessors.deregister("html_block")
            for name in ("html", "entity", "automail"):
                md.inlinePatterns.deregister(name)
            # Above links and references (170) so "[[quote:x]]" is not read as a link;
            # below code spans (190) and escapes (180) so those still win.
            md.inlinePatterns.register(QuoteProcessor(QUOTE_TOKEN.pattern, md), "quote", 175)
            for name in _BRACKETED:
                processor = md.inlinePatterns[name]
                assert isinstance(processor, LinkInlineProcessor)  # each of them is one
                processor.getText = MethodType(_bracketed_text, processor)  # type: ignore[method-assign]
            # The tree is converted, not serialised: no whitespace prettifying wanted.
            md.treeprocessors.deregister("prettify")
            if extended:
                # "~~struck~~", below code spans and escapes; "\\~" is an escape for it.
                strike = SimpleTagInlineProcessor(_STRIKE, "del")
                md.inlinePatterns.register(strike, "strike", 65)
                md.ESCAPED_CHARS.append("~")
            # Before the block parser and after whitespace is normalised (30).
            md.preprocessors.register(FencePreprocessor(md), "fenced_code", 25)

    # sane_lists: a numbered list starts at its first number, and a bulleted list next to
    # a numbered one stays separate, as CommonMark has it.
    # The extension is passed as an instance: naming it would make Python-Markdown scan every
    # installed package's entry points, which costs more than the whole parse of an article.
    # Tables and footnotes (numbered in order of first reference) as on GitHub; fenced code
    # is ours (NewsdeskExtension): Python-Markdown's imports its syntax highlighter and
    # attribute lists, 6 ms of every export's start, for nothing the tree keeps.
    extensions: list[markdown.Extension] = [NewsdeskExtension(), SaneListExtension()]
    if extended:
        from markdown.extensions.footnotes import FootnoteExtension
        from markdown.extensions.tables import TableExtension

        extensions += [TableExtension(), FootnoteExtension(USE_DEFINITION_ORDER=False)]
    return markdown.Markdown(extensions=extensions)


def needs_extended(body: str) -> bool:
    """Whether a body may hold a table, a footnote or struck text (or their escapes)."""
    # Each pattern and block test more is tried on every paragraph and span of every body:
    # the extensions cost a 5,000-word article's export about a millisecond it need not pay.
    return "|" in body or "~" in body or "[^" in body


# One parser per thread, made on first use: building one (its extensions, registries and
# two dozen pattern objects) costs about 2 ms the first time and 0.2 ms after that, which
# a batch would otherwise pay for every article.
# A parser holds no user data between bodies, as markdown_tree resets it before each one;
# threads (the live preview renders in one) each get their own, as parsers are not
# thread-safe.
_PARSERS = threading.local()


def shared_markdown(extended: bool = True) -> Markdown:
    """Return this thread's Newsdesk Markdown parser; markdown_tree resets it for each body."""
    name = "extended" if extended else "plain"
    md: Markdown | None = getattr(_PARSERS, name, None)
    if md is None:
        md = new_markdown(extended)
        setattr(_PARSERS, name, md)
    return md


def markdown_tree(md: Markdown, source: str) -> Element:
    """Run Python-Markdown's pipeline up to the finished ElementTree (no serialisation).

    A long body is parsed in pieces of about PIECE characters, split where a paragraph
    ends (or, inside an overlong paragraph, at a line break or space, and joined again):
    Python-Markdown's time grows faster than the length of what it is given (each match
    in a paragraph copies the rest of it, its tree walk shifts a list for every span), so
    pieces of a bounded size keep the whole linear.
    """
    md.reset()
    if len(source) <= PIECE:
        return _parse_piece(md, source)
    root: Element | None = None
    for piece, continues in _pieces(source):
        # No reset between pieces: link references defined earlier still apply.
        tree = _parse_piece(md, piece)
        if root is None:
            root = tree
            continue
        children = list(tree)
        if continues and children and children[0].tag == "p" and len(root) and root[-1].tag == "p":
            _join_paragraphs(root[-1], children.pop(0))
        root.extend(children)
    assert root is not None
    return root


# Python-Markdown is given at most this much at once (see markdown_tree).
PIECE = 50_000
_BLANK_LINE = re.compile(r"\n[ \t]*\n(?=\S)")


def _parse_piece(md: Markdown, source: str) -> Element:
    lines = source.split("\n")
    for preprocessor in md.preprocessors:
        lines = preprocessor.run(lines)
    root = md.parser.parseDocument(lines).getroot()
    assert root is not None  # parseDocument always makes the root element
    for treeprocessor in md.treeprocessors:
        new_root = treeprocessor.run(root)
        if new_root is not None:
            root = new_root
    return root


def _pieces(source: str) -> Iterator[tuple[str, bool]]:
    """Yield pieces of at most about PIECE characters, and whether each continues the
    paragraph before it (cut inside it) rather than starting after a blank line."""
    start, end = 0, len(source)
    continues = False
    while end - start > PIECE:
        low, stop = start + PIECE // 2, start + PIECE
        # The last blank line in the window that a line at the margin follows: whatever
        # came before (a paragraph, a list, a quotation) ends there.
        blanks = list(_BLANK_LINE.finditer(source, low, stop))
        if blanks:
            blank = blanks[-1]
            yield source[start : blank.start()], continues
            start, continues = blank.end(), False
            continue
        # One block longer than a piece: cut at a line break, else at a space, else
        # anywhere, and start the next piece at its next word, at the margin, so
        # Python-Markdown takes no indent there for code; its paragraph is joined back.
        cut = source.rfind("\n", low, stop)
        if cut < 0:
            cut = source.rfind(" ", low, stop)
        if cut < 0:
            cut = stop
        yield source[start:cut], continues
        start, continues = cut, True
        while start < end and source[start] in " \t\n":
            start += 1
    yield source[start:], continues


def _join_paragraphs(first: Element, second: Element) -> None:
    """Append the second paragraph's spans to the first's, a space between."""
    text = " " + (second.text or "")
    if len(first):
        first[-1].tail = (first[-1].tail or "") + text
    else:
        first.text = (first.text or "") + text
    first.extend(list(second))


def _code_text(text: str) -> str:
    # Python-Markdown escapes exactly these three in code; undo them, "&amp;" last.
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


@dataclass
class BodyContext:
    """What converting one article's bodies needs: the bank, the language, the findings.

    ``article_language`` and ``direction`` are those of the body being converted (the
    article's, or its section's own); ``forced``, when set, is the direction every block
    takes whatever its text (a section the writer set to left-to-right or right-to-left).
    """

    quotations: dict[str, Quotation]
    language: Language
    article_language: str
    direction: str
    clean: Callable[[str, str], str]
    missing: list[str] = field(default_factory=list)
    forced: str = ""
    # The article's assets (by name, as in ``assets/NAME``) and the images the bodies show,
    # shared by every section's context.
    assets: Mapping[str, bytes] = field(default_factory=dict)
    images: dict[str, ImageAsset] = field(default_factory=dict)
    # What follows a quotation a language edition translated ("(translated)" in the
    # edition's language); "" outside an edition, where the writer's own flag is not shown.
    translated_mark: str = ""

    @property
    def fallback(self) -> str:
        """The direction of a block with no text to tell it by."""
        return self.forced or self.direction

    def placed(self, text: str) -> tuple[str, str]:
        """Return the direction ``text`` runs in and the language of a block holding it."""
        found = text_direction(text, self.direction)
        # A text in another script than the body's language is in a language of its own
        # (an Arabic paragraph in English, told by its letters); a forced direction lays
        # the text out but says nothing about its language.
        other = found != self.direction
        return found, language_of_text(text, self.article_language, other)

    def laid_out(self, found: str) -> str:
        """Return the direction of a block whose text runs in ``found``."""
        return self.forced or found


_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))


class BodyConverter:
    """Converts section bodies of one article into blocks, reusing one Markdown parser."""

    def __init__(self, context: BodyContext, first_footnote: int = 1) -> None:
        self.context = context
        self.md = shared_markdown(False)  # chosen again for each body (convert)
        # Footnotes are numbered across the document: this body's first takes this number.
        self.next_footnote = first_footnote
        self._footnote_numbers: dict[str, int] = {}
        # The footnotes of the body last converted, in number order.
        self.notes: tuple[Footnote, ...] = ()
        # What the body holds that a reader of the export will not get as written (an image
        # that is not in the assets, a remote one): reported by the caller.
        self.findings: list[str] = []
        # The deepest nesting met in a body that went past MAX_NESTING (0 when none did):
        # what lies past the limit is kept flat, and the caller reports it.
        self.flattened_depth = 0
        # How many levels the body's headings move up (see convert).
        self._heading_shift = 0

    # --- blocks -------------------------------------------------------------------------

    def convert(self, body: str) -> tuple[Block, ...]:
        """Return the blocks of one Markdown body."""
        if not body.strip():
            return ()
        body, hidden = hide_deep_marks(body)
        if re.search(_ANY_LIST_ITEM, body) is not None:
            # On the whole body, not in each piece markdown_tree parses: a piece may start
            # inside a list.
            body = "\n".join(nest_lists(body.split("\n")))
        self.md = shared_markdown(needs_extended(body))
        root = markdown_tree(self.md, body)
        if hidden:
            show_hidden_marks(root)
            self.flattened_depth = max(self.flattened_depth, hidden)
        # A section's headings start one level below its label, whatever level the writer
        # typed: "### Background" alone is the first level, not three below the label.
        levels = [int(element.tag[1]) for element in root.iter() if element.tag in _HEADINGS]
        self._heading_shift = min(levels) - 1 if levels else 0
        definitions = self._take_footnotes(root) if "[^" in body else {}
        blocks = tuple(self._blocks(root, 0))
        self.notes = self._footnotes(definitions)
        return blocks

    # --- footnotes ----------------------------------------------------------------------

    def _take_footnotes(self, root: Element) -> dict[str, Element]:
        """Take the footnotes' list out of the tree and number them in order of reference."""
        definitions: dict[str, Element] = {}
        for container in [child for child in root if child.tag == "div"]:
            if container.get("class") != "footnote":
                continue
            root.remove(container)
            for item in container.iter("li"):
                identifier = item.get("id", "")
                if identifier.startswith("fn:"):
                    definitions[identifier[3:]] = item
        self._footnote_numbers = {}
        for link in root.iter("a"):
            if link.get("class") == "footnote-ref":
                identifier = link.get("href", "")[4:]  # "#fn:ID"
                if identifier in definitions and identifier not in self._footnote_numbers:
                    self._footnote_numbers[identifier] = self.next_footnote
                    self.next_footnote += 1
        # A note nobody refers to still has words: it is numbered after the others.
        for identifier in definitions:
            if identifier not in self._footnote_numbers:
                self._footnote_numbers[identifier] = self.next_footnote
                self.next_footnote += 1
        return definitions

    def _footnotes(self, definitions: dict[str, Element]) -> tuple[Footnote, ...]:
        notes = []
        for identifier, item in definitions.items():
            for element in item.iter():
                # The extension's back links and its placeholder space are for its serialiser.
                for child in [
                    child for child in element if child.get("class") == "footnote-backref"
                ]:
                    element.remove(child)
                if element.text and "\x02" in element.text:
                    element.text = re.sub(_FOOTNOTE_MARKS, "", element.text)
                if element.tail and "\x02" in element.tail:
                    element.tail = re.sub(_FOOTNOTE_MARKS, "", element.tail)
            blocks = tuple(self._blocks(item, 1))
            direction = blocks[0].direction if blocks else self.context.fallback
            language = blocks[0].language if blocks else self.context.article_language
            notes.append(Footnote(self._footnote_numbers[identifier], blocks, language, direction))
        notes.sort(key=lambda note: note.number)
        return tuple(notes)

    def _blocks(self, parent: Element, depth: int) -> list[Block]:
        blocks: list[Block] = []
        loose = self._inline_text(parent.text)
        if loose:
            blocks.append(self._paragraph(loose))
        for child in parent:
            blocks.extend(self._block(child, depth + 1))
            tail = self._inline_text(child.tail)
            if tail:
                blocks.append(self._paragraph(tail))
        return blocks

    def _inline_text(self, text: str | None) -> tuple[Inline, ...]:
        if not text or not text.strip():
            return ()
        return (Text(_SOFT_BREAK.sub(" ", text.strip())),)

    def _block(self, element: Element, depth: int) -> list[Block]:
        tag = element.tag
        if depth >= MAX_NESTING and tag not in ("pre", "hr"):
            return self._flat_blocks(element, depth)
        if tag == "p":
            quote = self._lone_quotation(element)
            if quote is not None:
                return [quote]
            if element.text and element.text[0] == "\x02" and not len(element):
                fenced = self._fenced_code(element.text)
                if fenced is not None:
                    return [fenced]
            children = self._inlines(element, depth)
            return [self._paragraph(children)] if children else []
        if tag in _HEADINGS:
            children = self._inlines(element, depth)
            found, language = self._direction_of(children)
            direction = self.context.laid_out(found)
            return [Heading(children, language, direction, int(tag[1]) - self._heading_shift)]
        if tag == "blockquote":
            inner = tuple(self._blocks(element, depth))
            direction = inner[0].direction if inner else self.context.fallback
            language = inner[0].language if inner else self.context.article_language
            return [BlockQuote(inner, language, direction)]
        if tag in ("ul", "ol"):
            return [self._list(element, depth)]
        if tag == "pre":
            code = element.find("code")
            text = _code_text((code if code is not None else element).text or "")
            return [CodeBlock(text.rstrip("\n"), self.context.article_language)]
        if tag == "hr":
            return [Rule(self.context.article_language, self.context.fallback)]
        if tag == "table":
            return [self._table(element, depth)]
        if tag == "div" and element.get("class") == "footnote":
            return []  # a later piece's copy of the footnotes, taken out of the first
        # Anything else Python-Markdown may produce keeps its text as a paragraph.
        children = self._inlines(element, depth)
        return [self._paragraph(children)] if children else []

    def _list(self, element: Element, depth: int) -> List:
        items: list[ListItem] = []
        for child in element:
            if child.tag != "li":
                continue
            has_blocks = any(grand.tag in _BLOCK_TAGS for grand in child)
            if has_blocks:
                blocks = tuple(self._item_blocks(child, depth + 1))
            else:
                children = self._inlines(child, depth + 1)
                blocks = (self._paragraph(children),) if children else ()
            direction = blocks[0].direction if blocks else self.context.fallback
            language = blocks[0].language if blocks else self.context.article_language
            items.append(ListItem(blocks, language, direction))
        start = 1
        if element.tag == "ol":
            try:
                start = int(element.get("start", "1"))
            except ValueError:
                start = 1
        direction = items[0].direction if items else self.context.fallback
        language = items[0].language if items else self.context.article_language
        return List(tuple(items), element.tag == "ol", language, direction, start)

    def _item_blocks(self, item: Element, depth: int) -> list[Block]:
        # A tight item's text comes before its nested list; collect inline runs in between,
        # with the text after each span (its tail) as _children_inlines keeps it.
        blocks: list[Block] = []
        pending: list[Inline] = []
        before: list[str] = []

        def flush() -> None:
            spans = _trim(pending[:])
            pending.clear()
            if spans:
                blocks.append(self._paragraph(spans))

        if item.text:
            pending.append(Text(_SOFT_BREAK.sub(" ", item.text)))
        for child in item:
            if child.tag in _BLOCK_TAGS:
                flush()
                blocks.extend(self._block(child, depth + 1))
            else:
                pending.extend(self._inline(child, before, depth + 1))
            if child.tail:
                pending.append(Text(_SOFT_BREAK.sub(" ", child.tail)))
        flush()
        return blocks

    def _fenced_code(self, text: str) -> CodeBlock | None:
        """The fenced code block FencePreprocessor stashed in place of this paragraph."""
        placeholder = re.fullmatch(_PLACEHOLDER, text.strip())
        if placeholder is None:
            return None
        blocks = self.md.htmlStash.rawHtmlBlocks
        index = int(placeholder.group(1))
        stashed = blocks[index] if index < len(blocks) else None
        if isinstance(stashed, str) or stashed is None or stashed.tag != "pre":
            return None
        code = (stashed.text or "").rstrip("\n")
        return CodeBlock(code, self.context.article_language)

    def _table(self, element: Element, depth: int) -> Table:
        rows: list[tuple[TableCell, ...]] = []
        alignments: list[str] = []
        header: tuple[TableCell, ...] = ()
        texts: list[str] = []
        for part in element:
            for row in part:
                if row.tag != "tr":
                    continue
                cells = []
                for cell in row:
                    spans = self._inlines(cell, depth + 1)
                    texts.append(plain_text(spans))
                    cells.append(TableCell(spans))
                    if part.tag == "thead":
                        alignments.append(_ALIGNMENTS.get(cell.get("style", ""), ""))
                if part.tag == "thead" and not header:
                    header = tuple(cells)
                else:
                    rows.append(tuple(cells))
        found, language = self.context.placed(" ".join(texts))
        # Each cell's runs of the other direction are isolated, as in a paragraph.
        header = tuple(TableCell(isolate_spans(cell.children, found)) for cell in header)
        body = tuple(
            tuple(TableCell(isolate_spans(cell.children, found)) for cell in row) for row in rows
        )
        return Table(header, body, tuple(alignments), language, self.context.laid_out(found))

    def _image(self, element: Element) -> Inline | None:
        """An image from the assets; a remote one as a link (nothing is fetched offline)."""
        source = element.get("src", "").strip()
        alt = element.get("alt", "")
        title = element.get("title", "")
        shown = source if len(source) < 80 else source[:77] + "..."
        if source.startswith("assets/"):
            from editor.model.images import named_asset, shown_image

            found = named_asset(self.context.assets, source)
            if found is None:
                self.findings.append(
                    f"the image {shown} is not in the article's assets: its text is shown instead"
                )
                return Text(alt) if alt else None
            name, data = found
            asset = self.context.images.get(name)
            if asset is None:
                info = shown_image(data)
                if info is None:
                    self.findings.append(
                        f"the image {shown} is not a PNG, JPEG or GIF image: its text is shown "
                        "instead"
                    )
                    return Text(alt) if alt else None
                asset = ImageAsset(name, info.media_type, info.width, info.height, data)
                self.context.images[name] = asset
            return Image(name, alt, title)
        href = safe_href(source)
        if href is not None and not href.startswith("mailto"):
            self.findings.append(
                f"the image {shown} is on the web and is not fetched: it is exported as a link"
            )
            return Link(href, (Text(alt or href),))
        self.findings.append(
            f"the image {shown} is neither in the article's assets nor on the web: its text "
            "is shown instead"
        )
        return Text(alt) if alt else None

    def _paragraph(self, children: tuple[Inline, ...]) -> Paragraph:
        text = plain_text(children)
        # Runs of the other direction are isolated from the text's own direction: in a
        # part set right-to-left, an English sentence stays one run, in its words' order.
        found, language = self._direction_of(children, text)
        return Paragraph(
            isolate_spans(children, found, text), language, self.context.laid_out(found)
        )

    def _direction_of(
        self, children: tuple[Inline, ...], text: str | None = None
    ) -> tuple[str, str]:
        if text is None:
            text = plain_text(children)
        return self.context.placed(text)

    # --- quotations ---------------------------------------------------------------------

    def _lone_quotation(self, element: Element) -> Block | None:
        children = list(element)
        if len(children) != 1 or children[0].tag != _QUOTE_TAG:
            return None
        if (element.text or "").strip() or (children[0].tail or "").strip():
            return None
        quotation_id = children[0].get("id", "")
        quotation = self.context.quotations.get(quotation_id)
        if quotation is None:
            self.context.missing.append(quotation_id)
            return self._paragraph((MissingQuote(quotation_id),))
        part = quotation_part(quotation_id)
        words = self.context.clean(quotation.words, part)
        found, language = self.context.placed(words)
        language = language_tag(quotation.language) or language
        direction = self.context.laid_out(found)
        paragraphs = tuple(
            Paragraph(isolate_spans((Text(line),), found), language, direction)
            for line in words.split("\n")
            if line.strip()
        )
        attribution = self._attribution(quotation, part)
        return BlockQuote(paragraphs, language, direction, attribution, quotation_id)

    def _attribution(self, quotation: Quotation, part: str) -> Attribution | None:
        text = attribution_text(
            self.context.clean(quotation.attribution, part),
            self.context.clean(quotation.speaker, part),
            self.context.clean(quotation.role, part),
        )
        if quotation.translated and self.context.translated_mark:
            # An edition's translation of the words, marked as one under them.
            text = f"{text} {self.context.translated_mark}".strip()
        if not text:
            return None
        found, language = self.context.placed(text)
        return Attribution(
            isolate_spans((Text(text),), found), language, self.context.laid_out(found)
        )

    def _inline_quote(self, quotation_id: str, before: list[str], after: str) -> Inline:
        quotation = self.context.quotations.get(quotation_id)
        if quotation is None:
            self.context.missing.append(quotation_id)
            return MissingQuote(quotation_id)
        words = self.context.clean(quotation.words, quotation_part(quotation_id))
        words = _SOFT_BREAK.sub(" ", words.strip())
        previous = "".join(before).rstrip()
        following = after.lstrip()
        marks = self.context.language
        if previous[-1:] in _OPENING_MARKS and following[:1] in _CLOSING_MARKS:
            # The writer already put marks around the token: adding ours would double them.
            return InlineQuote(quotation_id, "", "", (Text(words),))
        if _inside_marks(previous, marks.primary_quotes.open, marks.primary_quotes.close):
            pair = marks.secondary_quotes
        else:
            pair = marks.primary_quotes
        return InlineQuote(quotation_id, pair.open, pair.close, (Text(words),))

    # --- inline spans -------------------------------------------------------------------

    def _inlines(self, element: Element, depth: int) -> tuple[Inline, ...]:
        before: list[str] = []
        spans = self._children_inlines(element, before, depth)
        return _trim(spans)

    def _children_inlines(self, element: Element, before: list[str], depth: int) -> list[Inline]:
        spans: list[Inline] = []
        if element.text:
            text = _SOFT_BREAK.sub(" ", element.text)
            spans.append(Text(text))
            before.append(text)
        for child in element:
            spans.extend(self._inline(child, before, depth + 1))
            if child.tail:
                tail = _SOFT_BREAK.sub(" ", child.tail)
                spans.append(Text(tail))
                before.append(tail)
        return spans

    def _inline(self, element: Element, before: list[str], depth: int) -> list[Inline]:
        tag = element.tag
        if depth >= MAX_NESTING and tag not in _LEAF_TAGS:
            return self._flat_inlines(element, before, depth)
        if tag == _QUOTE_TAG:
            quotation_id = element.get("id", "")
            span = self._inline_quote(quotation_id, before, element.tail or "")
            spans: list[Inline] = [span]
            quotation = self.context.quotations.get(quotation_id)
            mark = self.context.translated_mark
            if quotation is not None and quotation.translated and mark:
                # An edition's translation of the words: the export says so after them.
                spans.append(Text(f" {mark}"))
            before.append(plain_text(tuple(spans)))
            return spans
        if tag == "code":
            text = _code_text(element.text or "")
            before.append(text)
            return [Code(text)]
        if tag == "br":
            before.append("\n")
            return [LineBreak()]
        if tag == "img":
            image = self._image(element)
            if image is None:
                return []
            before.append(plain_text((image,)))
            return [image]
        if tag == "sup" and len(element) == 1 and element[0].get("class") == "footnote-ref":
            number = self._footnote_numbers.get(element[0].get("href", "")[4:])
            if number is not None:
                return [FootnoteRef(number)]
        if tag == "a" and element.get("class") == "footnote-backref":
            return []
        children = tuple(self._children_inlines(element, before, depth))
        if tag == "em":
            return [Emphasis(children)]
        if tag == "strong":
            return [Strong(children)]
        if tag == "del":
            return [Strike(children)]
        if tag == "a":
            href = safe_href(element.get("href", ""))
            if href is None or not children:
                return list(children)
            return [Link(href, children)]
        return list(children)

    # --- nesting past the limit ---------------------------------------------------------

    def _flat_inlines(self, element: Element, before: list[str], depth: int) -> list[Inline]:
        """The spans of an element nested too deep: its words and leaves, without marks."""
        spans: list[Inline] = []
        self._walk_flat(element, depth, spans, before, None)
        return spans

    def _flat_blocks(self, element: Element, depth: int) -> list[Block]:
        """The blocks of an element nested too deep: one paragraph per block it holds."""
        blocks: list[Block] = []
        self._walk_flat(element, depth, [], [], blocks)
        return blocks

    def _walk_flat(
        self,
        element: Element,
        depth: int,
        pending: list[Inline],
        before: list[str],
        blocks: list[Block] | None,
    ) -> None:
        # Iterative: the subtree may be as deep as the body is long. Text and leaves go to
        # ``pending``; with ``blocks`` given, each block element's edge closes a paragraph.
        deepest = depth

        def flush() -> None:
            if blocks is not None and pending:
                spans = _trim(pending[:])
                if spans:
                    blocks.append(self._paragraph(spans))
                pending.clear()

        def add(text: str | None) -> None:
            if text:
                text = _SOFT_BREAK.sub(" ", text)
                pending.append(Text(text))
                before.append(text)

        stack: list[tuple[Element, int, bool]] = [(element, depth, False)]
        while stack:
            node, level, closing = stack.pop()
            deepest = max(deepest, level)
            is_block = node.tag in _BLOCK_TAGS or node.tag == "li"
            if closing:
                if is_block:
                    flush()
                if node is not element:
                    add(node.tail)
                continue
            if node.tag in ("pre", "hr") and blocks is not None:
                flush()
                blocks.extend(self._block(node, 0))
            elif node.tag in _LEAF_TAGS:
                pending.extend(self._inline(node, before, 0))
            else:
                if is_block:
                    flush()
                add(node.text)
                stack.append((node, level, True))
                stack.extend((child, level + 1, False) for child in reversed(node))
                continue
            if node is not element:
                add(node.tail)
        flush()
        self.flattened_depth = max(self.flattened_depth, deepest)


_BLOCK_TAGS = frozenset(
    {"p", "ul", "ol", "blockquote", "pre", "hr", "h1", "h2", "h3", "h4", "h5", "h6"}
)


def _inside_marks(text: str, open_mark: str, close_mark: str) -> bool:
    if open_mark == close_mark:
        return text.count(open_mark) % 2 == 1
    return text.count(open_mark) > text.count(close_mark)


def _trim(spans: list[Inline]) -> tuple[Inline, ...]:
    # Block edges carry the source's indentation and trailing spaces; readers never see them.
    while spans and isinstance(spans[0], Text) and not spans[0].text.strip():
        spans.pop(0)
    while spans and isinstance(spans[-1], Text) and not spans[-1].text.strip():
        spans.pop()
    if spans and isinstance(spans[0], Text):
        spans[0] = Text(spans[0].text.lstrip())
    if spans and isinstance(spans[-1], Text):
        spans[-1] = Text(spans[-1].text.rstrip())
    merged: list[Inline] = []
    for span in spans:
        if isinstance(span, Text) and merged and isinstance(merged[-1], Text):
            merged[-1] = Text(merged[-1].text + span.text)
        else:
            merged.append(span)
    return tuple(merged)
