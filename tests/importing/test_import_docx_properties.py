"""Nothing lost from a Word draft: every visible word is in the article or in the report.

Documents are generated with python-docx, and the constructs it cannot write are hand-made
XML put into document.xml: nested tables, block and inline content controls, customXml,
smart tags, simple and complex fields (HYPERLINK fields too), tracked insertions, moves and
deletions, text boxes in mc:AlternateContent (a choice and its fallback with the same
text), headers, footers, footnotes and comments. Words that are not visible (tracked
deletions, field instructions, a text box's fallback copy) are Greek capitals, which the
visible words never use, so a leak is seen too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import docx
import pytest
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml.parser import parse_xml
from draft_fidelity import article_words, first_missing
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor.importing import DraftError, import_draft
from editor.text.counts import words

pytestmark = pytest.mark.hostile

NAMESPACES = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)
VISIBLE = "abcdefghijklmnopqrstuvwxyzäöçабвгдежзиклмнопكتبمدرس"
HIDDEN = "ΑΒΓΔΘΛΞΠΣΦΨΩ"
FOOTNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
FOOTNOTES_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


@dataclass
class Piece:
    """Generated XML and the words a reader of the document sees in it, in order."""

    xml: str
    seen: list[str] = field(default_factory=list)
    after: list[str] = field(default_factory=list)  # text boxes: read after their paragraph


def _run(text: str, bold: bool = False, italic: bool = False) -> Piece:
    props = ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "")
    props = f"<w:rPr>{props}</w:rPr>" if props else ""
    # A space before each run's words keeps them words of their own.
    return Piece(f'<w:r>{props}<w:t xml:space="preserve"> {text}</w:t></w:r>', words(text))


def _deleted(text: str, tag: str) -> Piece:
    inner = "delText" if tag == "del" else "t"
    return Piece(
        f'<w:{tag} w:id="9" w:author="A"><w:r><w:{inner} xml:space="preserve"> {text}'
        f"</w:{inner}></w:r></w:{tag}>"
    )


def _joined(pieces: list[Piece]) -> Piece:
    return Piece(
        "".join(p.xml for p in pieces),
        [word for p in pieces for word in p.seen],
        [word for p in pieces for word in p.after],
    )


def _wrapped(kind: str, pieces: list[Piece], hidden: str) -> Piece:
    inner = _joined(pieces)
    if kind == "smartTag":
        xml = f'<w:smartTag w:uri="urn:x" w:element="place">{inner.xml}</w:smartTag>'
    elif kind == "customXml":
        xml = f'<w:customXml w:element="x">{inner.xml}</w:customXml>'
    elif kind == "sdt":
        xml = (
            f'<w:sdt><w:sdtPr><w:alias w:val="{hidden}"/></w:sdtPr>'
            f"<w:sdtContent>{inner.xml}</w:sdtContent></w:sdt>"
        )
    elif kind == "hyperlink":
        xml = f'<w:hyperlink w:anchor="place">{inner.xml}</w:hyperlink>'
    elif kind == "fldSimple":
        xml = f'<w:fldSimple w:instr=" DATE \\@ &quot;{hidden}&quot; ">{inner.xml}</w:fldSimple>'
    elif kind == "fldSimpleLink":
        link = "HYPERLINK &quot;https://example.org/x&quot;"
        xml = f'<w:fldSimple w:instr=" {link} ">{inner.xml}</w:fldSimple>'
    else:  # a complex field: the instruction is hidden, the result is the visible text
        instruction = (
            ' HYPERLINK "https://example.org/y" '
            if kind == "fieldLink"
            else f' DATE \\@ "{hidden}" '
        )
        xml = (
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve">{instruction}</w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            f'{inner.xml}<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        )
    return Piece(xml, inner.seen, inner.after)


def _tracked(kind: str, runs: list[Piece]) -> Piece:
    inner = _joined(runs)
    return Piece(f'<w:{kind} w:id="7" w:author="A">{inner.xml}</w:{kind}>', inner.seen)


def _text_box(paragraphs: list[str], hidden: str) -> Piece:
    body = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>' for text in paragraphs
    )
    # Word writes a text box twice: a DrawingML choice and a VML fallback with the same text.
    xml = (
        "<w:r><mc:AlternateContent>"
        '<mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData>'
        f"<wps:wsp><wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx></wps:wsp>"
        "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>{body}"
        f'<w:p><w:r><w:t xml:space="preserve">{hidden}</w:t></w:r></w:p>'
        "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r>"
    )
    return Piece(xml, after=[word for text in paragraphs for word in words(text)])


visible_text = st.lists(st.text(VISIBLE, min_size=1, max_size=7), min_size=1, max_size=4).map(
    " ".join
)
hidden_text = st.lists(st.text(HIDDEN, min_size=1, max_size=5), min_size=1, max_size=3).map(
    " ".join
)
run = st.builds(_run, visible_text, st.booleans(), st.booleans())
runs = st.lists(run, min_size=1, max_size=3)
leaf = st.one_of(
    run,
    run,
    st.builds(_deleted, hidden_text, st.sampled_from(["del", "moveFrom"])),
    st.builds(_tracked, st.sampled_from(["ins", "moveTo"]), runs),
    st.builds(_text_box, st.lists(visible_text, min_size=1, max_size=2), hidden_text),
    st.just(Piece("<w:r><w:tab/></w:r>")),
)
inline = st.recursive(
    leaf,
    lambda inner: st.builds(
        _wrapped,
        st.sampled_from(
            [
                "smartTag",
                "customXml",
                "sdt",
                "hyperlink",
                "fldSimple",
                "fldSimpleLink",
                "field",
                "fieldLink",
            ]
        ),
        st.lists(inner, min_size=1, max_size=3),
        hidden_text,
    ),
    max_leaves=8,
)
STYLES = ["", "", "", "Heading1", "Heading2", "Quote", "ListBullet", "Title", "Subtitle"]


def _paragraph(style: str, pieces: list[Piece]) -> Piece:
    inner = _joined(pieces)
    props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return Piece(f"<w:p>{props}{inner.xml}</w:p>", inner.seen + inner.after)


paragraph = st.builds(
    _paragraph, st.sampled_from(STYLES), st.lists(inline, min_size=1, max_size=4)
)


def _table(rows: list[list[list[Piece]]], span: bool) -> Piece:
    xml, seen = ["<w:tbl><w:tblPr/><w:tblGrid/>"], []
    for cells in rows:
        xml.append("<w:tr>")
        for number, blocks in enumerate(cells):
            inner = _joined(blocks)
            merged = '<w:tcPr><w:gridSpan w:val="2"/></w:tcPr>' if span and number == 0 else ""
            # A cell ends with a paragraph (a nested table may not be its last block).
            xml.append(f"<w:tc>{merged}{inner.xml}<w:p/></w:tc>")
            seen += inner.seen
        xml.append("</w:tr>")
    xml.append("</w:tbl>")
    return Piece("".join(xml), seen)


def _block_wrapped(kind: str, blocks: list[Piece], hidden: str) -> Piece:
    inner = _joined(blocks)
    if kind == "sdt":
        xml = (
            f'<w:sdt><w:sdtPr><w:alias w:val="{hidden}"/></w:sdtPr>'
            f"<w:sdtContent>{inner.xml}</w:sdtContent></w:sdt>"
        )
    else:
        xml = f'<w:customXml w:element="x">{inner.xml}</w:customXml>'
    return Piece(xml, inner.seen)


block = st.recursive(
    paragraph,
    lambda inner: st.one_of(
        st.builds(
            _table,
            st.lists(
                st.lists(st.lists(inner, min_size=1, max_size=2), min_size=1, max_size=2),
                min_size=1,
                max_size=2,
            ),
            st.booleans(),
        ),
        st.builds(
            _block_wrapped,
            st.sampled_from(["sdt", "customXml"]),
            st.lists(inner, min_size=1, max_size=2),
            hidden_text,
        ),
    ),
    max_leaves=6,
)


@dataclass
class Extras:
    """Text outside the body: a header, a footer, footnotes and a comment."""

    header: str
    footer: str
    footnotes: list[str]
    comment: str


extras = st.builds(
    Extras,
    st.one_of(st.just(""), visible_text),
    st.one_of(st.just(""), visible_text),
    st.lists(visible_text, max_size=2),
    st.one_of(st.just(""), visible_text),
)


def _add_footnotes(document: docx.document.Document, notes: list[str]) -> None:
    bodies = "".join(
        f'<w:footnote w:id="{number}"><w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r>'
        "</w:p></w:footnote>"
        for number, text in enumerate(notes, start=1)
    )
    xml = (
        f"<w:footnotes {NAMESPACES}>"
        '<w:footnote w:type="separator" w:id="-1">'
        "<w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
        f"{bodies}</w:footnotes>"
    )
    part = Part(
        PackURI("/word/footnotes.xml"), FOOTNOTES_TYPE, xml.encode(), document.part.package
    )
    document.part.relate_to(part, FOOTNOTES)


def make_docx(path: Path, blocks: list[Piece], more: Extras) -> tuple[list[str], list[str]]:
    """Write a DOCX of the blocks and extras; return the body's words and the others'."""
    document = docx.Document()
    first = document.add_paragraph()
    first_run = first.add_run("opening words")
    body = document.element.body
    section_properties = body[-1]
    for piece in blocks:
        for element in parse_xml(f"<w:body {NAMESPACES}>{piece.xml}</w:body>"):
            section_properties.addprevious(element)
    outside: list[str] = []
    if more.header:
        document.sections[0].header.paragraphs[0].text = more.header
        outside += words(more.header)
    if more.footer:
        document.sections[0].footer.paragraphs[0].text = more.footer
        outside += words(more.footer)
    if more.footnotes:
        _add_footnotes(document, more.footnotes)
        outside += [word for note in more.footnotes for word in words(note)]
    if more.comment:
        document.add_comment(first_run, text=more.comment, author="Reviewer")
        outside += words(more.comment)
    document.save(path)
    seen = ["opening", "words"] + [word for piece in blocks for word in piece.seen]
    return seen, outside


def assert_no_word_lost(path: Path, seen: list[str], outside: list[str]) -> None:
    """Every body word is in the article in order; every other word is in the report, or
    (a comment's) in the article's review comments."""
    result = import_draft(path)
    found = article_words(result.article)
    missing = first_missing(seen, found)
    assert missing is None, (missing, seen[missing], seen, found)
    reported = [word for aside in result.set_aside for word in words(aside.text)]
    reported += [word for comment in result.article.comments for word in words(comment.text)]
    assert first_missing(outside, reported) is None, (outside, reported)
    # No hidden word (a deletion, an instruction, a fallback copy) came through.
    stored = " ".join(found + reported + words(result.article.headline))
    assert not any(char in stored for char in HIDDEN), stored


def _check(tmp_path_factory: pytest.TempPathFactory, blocks: list[Piece], more: Extras) -> None:
    path = tmp_path_factory.mktemp("docx") / "draft.docx"
    seen, outside = make_docx(path, blocks, more)
    try:
        assert_no_word_lost(path, seen, outside)
    except DraftError as failure:  # pragma: no cover - shows the document that failed
        raise AssertionError(f"{failure}: {[piece.xml for piece in blocks]}") from None


documents = st.lists(block, min_size=1, max_size=5)


@settings(
    max_examples=25, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck)
)
@given(documents, extras)
def test_generated_docx_loses_no_visible_word(tmp_path_factory, blocks, more) -> None:
    _check(tmp_path_factory, blocks, more)


@pytest.mark.slow
@settings(
    max_examples=500, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck)
)
@given(documents, extras)
def test_five_hundred_generated_docx_lose_no_visible_word(tmp_path_factory, blocks, more) -> None:
    _check(tmp_path_factory, blocks, more)
