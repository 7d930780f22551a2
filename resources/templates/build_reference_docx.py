"""(Re)build reference.docx, the DOCX writer's template with Newsdesk's named styles.

Run from the repository root: ``python resources/templates/build_reference_docx.py``.
The .docx is committed; run this only to change the template, then review the diff of
the golden DOCX tests.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor

HERE = Path(__file__).resolve().parent
BULLET_ABSTRACT = 90
DECIMAL_ABSTRACT = 91
_BULLETS = ("•", "◦", "▪")


def _paragraph_style(document, name: str, base: str, size: float, **options):
    style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles[base]
    style.quick_style = True
    style.font.size = Pt(size)
    style.font.bold = options.get("bold")
    style.font.italic = options.get("italic")
    if "align" in options:
        style.paragraph_format.alignment = options["align"]
    style.paragraph_format.space_after = Pt(options.get("space_after", 6))
    if options.get("keep_with_next"):
        style.paragraph_format.keep_with_next = True
    if "color" in options:
        style.font.color.rgb = options["color"]
    return style


def _abstract_num(abstract_id: int, ordered: bool) -> str:
    levels = []
    for level in range(9):
        if ordered:
            fmt, text = "decimal", f"%{level + 1}."
        else:
            fmt, text = "bullet", _BULLETS[level % len(_BULLETS)]
        indent = 720 * (level + 1)
        levels.append(
            f'<w:lvl w:ilvl="{level}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{indent}" w:hanging="360"/></w:pPr></w:lvl>'
        )
    return (
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
        f'<w:multiLevelType w:val="hybridMultilevel"/>{"".join(levels)}</w:abstractNum>'
    )


# Styles the writer uses, and the ones Word expects to find; everything else in python-docx's
# default template (some 160 table and list styles, 800 KB of XML) would only make every
# export slower to write and to open.
KEEP_STYLES = {
    "Normal", "Default Paragraph Font", "Normal Table", "No List", "Title", "Title Char",
    "Heading 1", "Heading 2", "Heading 3", "Heading 4", "Heading 5", "Heading 6",
    "Heading 1 Char", "Heading 2 Char", "Heading 3 Char", "Heading 4 Char", "Heading 5 Char",
    "Heading 6 Char", "Body Text", "Body Text Char", "Quote", "Quote Char", "List Paragraph",
    "Hyperlink", "Opening Line", "Standfirst", "Section Label", "Quote Attribution",
    "Credit Line", "Metadata", "Code Block",
}  # fmt: skip
DROP_PARTS = ("stylesWithEffects", "webSettings", "customXml", "thumbnail")


def _slim(document) -> None:
    styles = document.styles.element
    for latent in styles.findall(qn("w:latentStyles")):
        styles.remove(latent)
    for style in styles.findall(qn("w:style")):
        name = style.find(qn("w:name"))
        if name is None or name.get(qn("w:val")) not in _style_names():
            styles.remove(style)
    for rels in (document.part.rels, document.part.package.rels):
        for rid, rel in list(rels.items()):
            if any(part in rel.reltype for part in DROP_PARTS):
                del rels[rid]


def _style_names() -> set[str]:
    # Word's built-in names are stored in lower case for some styles ("heading 1").
    return KEEP_STYLES | {name.lower() for name in KEEP_STYLES}


# Every style whose size a house style sets, with the template's default size in points.
# The DOCX writer finds each by its styleId and rewrites w:sz and w:szCs in place, so each
# must hold both; the build makes sure of that.
SIZED_STYLES = {
    "Normal": 11, "BodyText": 11, "ListParagraph": 11, "OpeningLine": 14, "Title": 22,
    "Standfirst": 13, "SectionLabel": 12, "Quote": 11, "QuoteAttribution": 10,
    "CreditLine": 10, "Metadata": 9, "CodeBlock": 10,
}  # fmt: skip


def _canonical_fonts_and_sizes(document) -> None:
    styles = document.styles.element
    # Theme fonts would win over a house style's fonts: every style names its fonts itself.
    for fonts in styles.iter(qn("w:rFonts")):
        for attribute in list(fonts.attrib):
            if attribute.endswith("Theme") or attribute.endswith("theme"):
                del fonts.attrib[attribute]
    defaults = styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    fonts = defaults.find(qn("w:rFonts"))
    for attribute, value in (
        ("w:ascii", "Noto Serif"),
        ("w:hAnsi", "Noto Serif"),
        ("w:eastAsia", "Noto Serif"),
        ("w:cs", "Noto Sans Arabic"),
    ):
        fonts.set(qn(attribute), value)
    by_id = {style.get(qn("w:styleId")): style for style in styles.findall(qn("w:style"))}
    for style_id, size in SIZED_STYLES.items():
        element = by_id[style_id]
        properties = element.find(qn("w:rPr"))
        if properties is None:
            properties = parse_xml(f"<w:rPr {nsdecls('w')}/>")
            element.append(properties)
        for tag in ("w:sz", "w:szCs"):
            for old in properties.findall(qn(tag)):
                properties.remove(old)
        # w:sz and w:szCs go after the other run properties the writer's styles use.
        half_points = str(size * 2)
        properties.append(parse_xml(f'<w:sz {nsdecls("w")} w:val="{half_points}"/>'))
        properties.append(parse_xml(f'<w:szCs {nsdecls("w")} w:val="{half_points}"/>'))


def build(path: Path) -> None:
    """Write the reference template to ``path``."""
    document = docx.Document()
    body = document.element.body
    for paragraph in list(body.iterchildren("{*}p")):
        body.remove(paragraph)

    _paragraph_style(
        document, "Opening Line", "Normal", 14, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=12
    )
    _paragraph_style(document, "Standfirst", "Normal", 13, bold=True, space_after=12)
    _paragraph_style(document, "Section Label", "Heading 2", 12, keep_with_next=True)
    _paragraph_style(document, "Quote Attribution", "Quote", 10, italic=False)
    _paragraph_style(document, "Credit Line", "Normal", 10, italic=True, space_after=6)
    _paragraph_style(
        document, "Metadata", "Normal", 9, space_after=0, color=RGBColor(0x55, 0x55, 0x55)
    )
    code = _paragraph_style(document, "Code Block", "Normal", 10, space_after=6)
    code.font.name = "DejaVu Sans Mono"
    link = document.styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
    link.font.color.rgb = RGBColor(0x05, 0x63, 0xC1)
    link.font.underline = True
    link.unhide_when_used = True

    numbering = document.part.numbering_part.element
    # abstractNum elements must come before every num element.
    first_num = numbering.find("{*}num")
    for abstract_id, ordered in ((BULLET_ABSTRACT, False), (DECIMAL_ABSTRACT, True)):
        element = parse_xml(_abstract_num(abstract_id, ordered))
        if first_num is not None:
            first_num.addprevious(element)
        else:
            numbering.append(element)

    _slim(document)
    _canonical_fonts_and_sizes(document)
    properties = document.core_properties
    stamp = datetime(2000, 1, 1, tzinfo=UTC)
    properties.author = ""
    properties.title = ""
    properties.subject = ""
    properties.keywords = ""
    properties.comments = ""
    properties.last_modified_by = ""
    properties.language = ""
    properties.revision = 1
    properties.created = stamp
    properties.modified = stamp
    document.save(str(path))


if __name__ == "__main__":
    build(HERE / "reference.docx")
