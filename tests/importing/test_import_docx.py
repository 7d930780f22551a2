"""DOCX drafts: styles give the structure; bold, italic and links come through as Markdown."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from draft_fidelity import article_words
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from import_helpers import assert_nothing_lost

from editor.importing import DraftError, import_draft
from editor.text.counts import words


def _hyperlink(paragraph, text: str, url: str) -> None:
    """Append a real w:hyperlink to a paragraph (python-docx has no API to add one)."""
    part = paragraph.part
    rel_id = part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rel_id)
    run = OxmlElement("w:r")
    text_element = OxmlElement("w:t")
    text_element.text = text
    run.append(text_element)
    link.append(run)
    paragraph._p.append(link)


def _draft(tmp_path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("بسم الله")
    document.add_paragraph("Will the ferry run all winter?", style="Title")
    document.add_paragraph("The board votes on Tuesday.", style="Subtitle")
    document.add_paragraph("News", style="Heading 2")
    paragraph = document.add_paragraph("The board chair ")
    paragraph.add_run("Ivo Brandt").bold = True
    paragraph.add_run(" called it ")
    paragraph.add_run("urgent").italic = True
    paragraph.add_run(" in ")
    _hyperlink(paragraph, "the minutes", "https://example.org/minutes (draft)")
    paragraph.add_run(". Stars * and [brackets] stay text.")
    document.add_paragraph("“The boats are ready,” said Ivo Brandt.", style="Quote")
    document.add_paragraph("Boats", style="Heading 3")
    document.add_paragraph("first boat", style="List Bullet")
    document.add_paragraph("second boat", style="List Bullet")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Tickets"
    table.rows[0].cells[1].text = "Four euros"
    document.add_paragraph("Comment:")
    document.add_paragraph("A winter timetable is overdue.")
    document.add_paragraph("Written for the Eastshore Desk by Jonah Feld")
    path = tmp_path / "ferry.docx"
    document.save(path)
    return path


def test_docx_styles_give_the_article_structure(tmp_path: Path) -> None:
    result = import_draft(_draft(tmp_path))
    article = result.article
    assert result.explanation.format == "DOCX"
    assert (article.opening.text, article.opening.language) == ("بسم الله", "ar")
    assert article.headline == "Will the ferry run all winter?"
    assert article.standfirst == "The board votes on Tuesday."
    assert [(s.kind, s.label) for s in article.sections] == [
        ("news", "News"),
        ("comment", "Comment:"),
    ]
    assert (article.byline.office, article.byline.author) == ("the Eastshore Desk", "Jonah Feld")
    # A Quote paragraph with its clause, set as a block quotation: a sentence and a name.
    assert [(q.words, q.speaker, q.attribution) for q in article.quotations] == [
        ("The boats are ready.", "Ivo Brandt", "")
    ]


def test_docx_bold_italic_and_links_become_markdown(tmp_path: Path) -> None:
    body = import_draft(_draft(tmp_path)).article.sections[0].body
    assert body == (
        "The board chair **Ivo Brandt** called it *urgent* in "
        "[the minutes](https://example.org/minutes%20%28draft%29). "
        "Stars \\* and \\[brackets\\] stay text.\n\n"
        "[[quote:q1]]\n\n"
        "### Boats\n\n"
        "- first boat\n- second boat\n\n"
        "Tickets\n\n"
        "Four euros"
    )


def test_docx_draft_loses_no_word(tmp_path: Path) -> None:
    path = _draft(tmp_path)
    document = docx.Document(str(path))
    paragraphs = [p.text for p in document.paragraphs]
    cells = [cell.text for row in document.tables[0].rows for cell in row.cells]
    # The table stands before "Comment:" in the document.
    at = paragraphs.index("Comment:")
    text = "\n".join(paragraphs[:at] + cells + paragraphs[at:])
    # Exactly the same words: the body's link reads as its text, as the draft showed it.
    assert_nothing_lost(text, import_draft(path))


def test_zip_that_is_no_docx_is_a_clear_error(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "hi")
    path = tmp_path / "fake.docx"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(DraftError) as failure:
        import_draft(path)
    assert str(failure.value) == f"{path}: the file is a ZIP archive but not a DOCX document."


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"not a zip at all", "the file is not a DOCX document (not a ZIP archive)."),
        (None, "the DOCX file is damaged (XMLSyntaxError)."),
    ],
)
def test_damaged_docx_is_a_clear_error(tmp_path: Path, data: bytes | None, message: str) -> None:
    if data is None:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr("[Content_Types].xml", "<Types")
            archive.writestr("word/document.xml", "<w:document")
        data = buffer.getvalue()
    path = tmp_path / "broken.docx"
    path.write_bytes(data)
    with pytest.raises(DraftError) as failure:
        import_draft(path)
    assert str(failure.value) == f"{path}: {message}"


def test_docx_with_a_txt_name_is_read_as_docx(tmp_path: Path) -> None:
    path = _draft(tmp_path)
    renamed = tmp_path / "ferry.txt"
    renamed.write_bytes(path.read_bytes())
    assert import_draft(renamed).article.headline == "Will the ferry run all winter?"


_XML_SAFE = st.characters(blacklist_categories=["Cs", "Cc"], blacklist_characters="\ufffe\uffff")
_STYLES = ["Normal", "Title", "Heading 1", "Heading 2", "Quote", "List Bullet", "Subtitle"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(
            st.sampled_from(_STYLES),
            st.lists(st.tuples(st.text(_XML_SAFE, max_size=20), st.booleans()), max_size=4),
        ),
        min_size=1,
        max_size=8,
    )
)
def test_generated_docx_draft_loses_no_word(tmp_path_factory, paragraphs) -> None:
    document = docx.Document()
    for style, runs in paragraphs:
        paragraph = document.add_paragraph(style=style)
        for text, bold in runs:
            paragraph.add_run(text).bold = bold
    path = tmp_path_factory.mktemp("docx") / "draft.docx"
    document.save(path)
    text = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    try:
        result = import_draft(path)
    except DraftError as failure:
        assert str(failure) == f"{path}: the draft is empty."
        assert not text.strip()
        return
    # Markdown emphasis may now stand inside a word ("0**0**" for "0" + bold "0"), which
    # splits it for a word count though it renders as one: compare the letters in order.
    # Separators a number keeps inside it ("0/0") are not letters: compare letters only.
    drafted = [char for char in "".join(words(text)) if char.isalnum()]
    imported = iter("".join(article_words(result.article)))
    assert all(char in imported for char in drafted)


# -- every visible word of the body (issue 14) ----------------------------------------------

_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)


def _t(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def _field(instruction: str, result: str) -> str:
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve">{instruction}</w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f'{result}<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def _with_body(tmp_path: Path, xml: str) -> Path:
    """Save a DOCX whose body is a Title paragraph, "News:" and the given XML."""
    document = docx.Document()
    document.add_paragraph("Harbour works", style="Title")
    document.add_paragraph("News:")
    for element in docx.oxml.parser.parse_xml(f"<w:body {_NS}>{xml}</w:body>"):
        document.element.body[-1].addprevious(element)
    path = tmp_path / "draft.docx"
    document.save(path)
    return path


@pytest.mark.parametrize(
    ("xml", "body"),
    [
        pytest.param(
            "<w:tbl><w:tr><w:tc><w:p>" + _t("outer") + "</w:p><w:tbl><w:tr><w:tc><w:tbl><w:tr>"
            "<w:tc><w:p>" + _t("innermost") + "</w:p></w:tc></w:tr></w:tbl><w:p/></w:tc>"
            "</w:tr></w:tbl><w:p/></w:tc><w:tc><w:p>" + _t("beside") + "</w:p></w:tc></w:tr>"
            "</w:tbl>",
            "outer\n\ninnermost\n\nbeside",
            id="nested tables",
        ),
        pytest.param(
            '<w:sdt><w:sdtPr><w:alias w:val="Box"/></w:sdtPr><w:sdtContent><w:p>'
            + _t("controlled block")
            + "</w:p></w:sdtContent></w:sdt>",
            "controlled block",
            id="block content control",
        ),
        pytest.param(
            "<w:p>"
            + _t("The ")
            + "<w:sdt><w:sdtContent>"
            + _t("inline")
            + "</w:sdtContent></w:sdt>"
            + '<w:smartTag w:element="place">'
            + _t(" Harbour")
            + "</w:smartTag>"
            + '<w:customXml w:element="x">'
            + _t(" quay")
            + "</w:customXml></w:p>",
            "The inline Harbour quay",
            id="inline content control, smart tag, customXml",
        ),
        pytest.param(
            '<w:customXml w:element="story"><w:p>' + _t("custom block") + "</w:p></w:customXml>",
            "custom block",
            id="block customXml",
        ),
        pytest.param(
            "<w:p>"
            + _t("Opened on ")
            + '<w:fldSimple w:instr=" DATE \\@ &quot;d MMMM&quot; ">'
            + _t("5 May")
            + "</w:fldSimple>"
            + _t(", page ")
            + _field(" PAGE ", _t("3"))
            + "</w:p>",
            "Opened on 5 May, page 3",
            id="field results, not instructions",
        ),
        pytest.param(
            "<w:p>"
            + _t("Read ")
            + _field(' HYPERLINK "https://example.org/m" ', _t("the minutes"))
            + _t(" and ")
            + '<w:fldSimple w:instr=" HYPERLINK &quot;https://example.org/v&quot; ">'
            + _t("the vote")
            + "</w:fldSimple></w:p>",
            "Read [the minutes](https://example.org/m) and [the vote](https://example.org/v)",
            id="hyperlink fields become links",
        ),
        pytest.param(
            "<w:p>"
            + _t("Ships ")
            + '<w:ins w:id="1" w:author="A">'
            + _t("will ")
            + "</w:ins>"
            + '<w:del w:id="2" w:author="A"><w:r><w:delText>never </w:delText></w:r></w:del>'
            + '<w:moveFrom w:id="3" w:author="A">'
            + _t("soon ")
            + "</w:moveFrom>"
            + _t("dock")
            + '<w:moveTo w:id="4" w:author="A">'
            + _t(" soon")
            + "</w:moveTo></w:p>",
            "Ships will dock soon",
            id="tracked insertions and moves accepted, deletions dropped",
        ),
        pytest.param(
            "<w:p>"
            + _t("Before the box.")
            + '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx>'
            "<w:txbxContent><w:p>"
            + _t("Boxed words")
            + "</w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict>"
            "<v:textbox><w:txbxContent><w:p>"
            + _t("Boxed words")
            + "</w:p></w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent>"
            "</w:r>" + _t(" After it.") + "</w:p>",
            "Before the box. After it.\n\nBoxed words",
            id="text box once, after its paragraph",
        ),
    ],
)
def test_docx_body_construct_is_read(tmp_path: Path, xml: str, body: str) -> None:
    result = import_draft(_with_body(tmp_path, xml))
    assert result.article.headline == "Harbour works"
    assert result.article.sections[0].body == body


def test_tables_nested_deeper_than_xml_allows_are_a_clear_error(tmp_path: Path) -> None:
    path = _with_body(tmp_path, "<w:p/>")
    deep = "<w:p>" + _t("inner") + "</w:p>"
    for _ in range(100):
        deep = f"<w:tbl><w:tr><w:tc>{deep}<w:p/></w:tc></w:tr></w:tbl>"
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    document = parts["word/document.xml"].decode()
    parts["word/document.xml"] = document.replace("<w:p/>", deep, 1).encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    with pytest.raises(DraftError) as failure:
        import_draft(path)
    assert (
        str(failure.value) == f"{path}: the DOCX file nests its content more than 256 levels deep."
    )


_FOOTNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
_ENDNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes"


def _notes(document, tag: str, reltype: str, text: str) -> None:
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    xml = (
        f'<w:{tag}s {_NS}><w:{tag} w:type="separator" w:id="-1"><w:p><w:r><w:separator/>'
        f'</w:r></w:p></w:{tag}><w:{tag} w:id="1"><w:p>{_t(text)}</w:p></w:{tag}></w:{tag}s>'
    )
    content_type = f"application/vnd.openxmlformats-officedocument.wordprocessingml.{tag}s+xml"
    part = Part(PackURI(f"/word/{tag}s.xml"), content_type, xml.encode(), document.part.package)
    document.part.relate_to(part, reltype)


def test_docx_text_outside_the_body_is_listed_in_the_report(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Harbour works", style="Title")
    paragraph = document.add_paragraph("The quay opens in May.")
    document.sections[0].header.paragraphs[0].text = "Eastshore Desk draft"
    document.sections[0].footer.paragraphs[0].text = "Page footer words"
    _notes(document, "footnote", _FOOTNOTES, "Figures from the port office.")
    _notes(document, "endnote", _ENDNOTES, "Corrected on Monday.")
    document.add_comment(paragraph.runs, text="Which quay?", author="Reviewer One")
    path = tmp_path / "draft.docx"
    document.save(path)
    result = import_draft(path)
    assert [(a.where(), a.text) for a in result.set_aside] == [
        ("header", "Eastshore Desk draft"),
        ("footer", "Page footer words"),
        ("footnote 1", "Figures from the port office."),
        ("endnote 1", "Corrected on Monday."),
    ]
    lines = result.explanation.lines()
    assert "  not in the article, footnote 1: Figures from the port office." in lines
    assert (
        "4 passage(s) of the DOCX are not in the article "
        "(endnote, footer, footnote, header); --explain lists their text."
    ) in result.warnings
    assert result.article.sections[0].body == "The quay opens in May."
    # The comment is the article's review comment, on the words it was made on (it was
    # only listed, and an editor's remarks on a Word draft were lost to the review).
    (comment,) = result.article.comments
    assert (comment.author, comment.text, comment.quote) == (
        "Reviewer One",
        "Which quay?",
        "The quay opens in May.",
    )
    assert comment.part == "sections/0"
