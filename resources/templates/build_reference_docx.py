"""(Re)build reference.docx, the DOCX writer's template: Newsdesk's own design, every style named.

Run from the repository root: ``python resources/templates/build_reference_docx.py``.
The .docx is committed; run this only to change the template, then review the diff of
the golden DOCX tests.

The package is written here part by part, not derived from another program's default
template: no theme (theme colours and fonts made Word's headings blue), no inherited
letter spacing or rules. Every paragraph style names its Latin and complex-script fonts
(``w:rFonts w:ascii/w:hAnsi/w:cs``) and both sizes (``w:sz``, ``w:szCs``), so Arabic or
Urdu text follows its style; the DOCX writer rewrites those fonts and sizes from the
house style in the exported styles part, and the runs it writes carry only direction,
language and formatting marks. Italic is set with ``w:i`` alone where the design wants
it (the credit line): ``w:i`` slants Latin and Cyrillic, while a complex-script run is
slanted only by ``w:iCs``, which Arabic and Urdu fonts do not have and would be faked.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
BULLET_ABSTRACT = 90
DECIMAL_ABSTRACT = 91
_BULLETS = ("•", "◦", "▪")
# The house style's defaults (editor/render/styles.py Fonts and Sizes); every export
# replaces them with its own house style's.
LATIN = "Noto Serif"
COMPLEX = "Noto Sans Arabic"
MONOSPACE = "DejaVu Sans Mono"
BLACK = "000000"
RULE_GREY = "999999"
METADATA_GREY = "555555"
LINK_BLUE = "0563C1"
# A fixed date keeps the template's bytes the same from build to build.
ZIP_DATE = (2000, 1, 1, 0, 0, 0)

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_NS = f'xmlns:w="{W}" xmlns:r="{R}"'
_HEAD = "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"


def _fonts(mono: bool = False) -> str:
    latin = MONOSPACE if mono else LATIN
    return f'<w:rFonts w:ascii="{latin}" w:hAnsi="{latin}" w:eastAsia="{latin}" w:cs="{COMPLEX}"/>'


def _size(points: float) -> str:
    half = round(points * 2)
    return f'<w:sz w:val="{half}"/><w:szCs w:val="{half}"/>'


@dataclass(frozen=True)
class _Paragraph:
    """One paragraph style: sizes in points, spacing in twips, the line pitch a ratio."""

    name: str
    base: str
    size: float
    after: int
    before: int = 0
    # Lines at least this many times the size apart, as the HTML's line-height; a script
    # whose font needs more (Arabic in Noto Sans Arabic: 2.1) gets its own height.
    pitch: float = 1.55
    keep: str = ""  # w:keepNext / w:keepLines
    border: str = ""
    indent: str = ""
    justify: str = ""
    outline: int | None = None
    rpr: str = ""  # run properties besides the fonts and sizes
    # No space between paragraphs of this style (w:contextualSpacing): a list's items.
    contextual: bool = False


_BOLD = "<w:b/><w:bCs/>"
_BLACK = f'<w:color w:val="{BLACK}"/>'
_KEEP_BOTH = "<w:keepNext/><w:keepLines/>"
# A rule on the start side and the same indent on both sides. w:bidi mirrors the indents
# of a right-to-left paragraph but not its borders: the writer moves the rule to the right
# there (editor/render/docx.py, mirrored_rules).
_QUOTE_RULE = (
    f'<w:pBdr><w:left w:val="single" w:sz="18" w:space="10" w:color="{RULE_GREY}"/></w:pBdr>'
)
_QUOTE_INDENT = '<w:ind w:left="567" w:right="567"/>'
# Every style the writer uses, by styleId. The DOCX writer finds each sized style by its id
# and rewrites its fonts, sizes and line pitch from the house style (editor/render/docx.py,
# _style_sizes), so each holds a w:rFonts, a w:sz, a w:szCs and a w:spacing w:line. Ids and
# names are Word's own where Word has the style (Title, Quote, Body Text, heading 1…),
# which the DOCX importer reads back.
PARAGRAPH_STYLES: dict[str, _Paragraph] = {
    "Normal": _Paragraph("Normal", "", 11, after=0),
    "BodyText": _Paragraph("Body Text", "Normal", 11, after=200),
    "Title": _Paragraph(
        "Title", "Normal", 22, after=240, pitch=1.2, keep=_KEEP_BOTH, outline=0, rpr=_BOLD + _BLACK
    ),
    "OpeningLine": _Paragraph(
        "Opening Line", "Normal", 14, after=240, keep="<w:keepNext/>", justify="center"
    ),
    "Standfirst": _Paragraph(
        "Standfirst", "Normal", 13, after=240, pitch=1.4, keep="<w:keepLines/>", rpr=_BOLD + _BLACK
    ),
    "SectionLabel": _Paragraph(
        "Section Label",
        "Normal",
        12,
        before=360,
        after=120,
        pitch=1.3,
        keep=_KEEP_BOTH,
        outline=1,
        rpr=_BOLD + _BLACK,
    ),
    "Quote": _Paragraph(
        "Quote", "BodyText", 11, before=120, after=120, border=_QUOTE_RULE, indent=_QUOTE_INDENT
    ),
    "QuoteAttribution": _Paragraph(
        "Quote Attribution",
        "Quote",
        10,
        after=240,
        keep="<w:keepLines/>",
        border=_QUOTE_RULE,
        indent=_QUOTE_INDENT,
    ),
    # The credit, the article's metadata and its corrections on one page: the end matter
    # fell on the next page apart from the credit (a trial). Kept with the next paragraph,
    # a metadata line above the headline (an embargo) stays with it too.
    "CreditLine": _Paragraph(
        "Credit Line", "Normal", 10, before=480, after=120, keep=_KEEP_BOTH, rpr="<w:i/>"
    ),
    "Metadata": _Paragraph(
        "Metadata",
        "Normal",
        9,
        after=0,
        pitch=1.4,
        keep=_KEEP_BOTH,
        rpr=f'<w:color w:val="{METADATA_GREY}"/>',
    ),
    # The items close together, the list set off from the paragraph after it as the body's
    # paragraphs are (the last item ran into the next paragraph: a trial).
    "ListParagraph": _Paragraph(
        "List Paragraph",
        "BodyText",
        11,
        after=200,
        indent='<w:ind w:left="720"/>',
        contextual=True,
    ),
    "CodeBlock": _Paragraph(
        "Code Block", "Normal", 11, after=200, pitch=1.3, keep="<w:keepLines/>"
    ),
    "CommentText": _Paragraph("annotation text", "Normal", 10, after=0, pitch=1.3),
}
# Headings inside a section: black and bold, never larger than the section label.
for _level, (_points, _before) in enumerate(
    ((12, 360), (12, 360), (12, 240), (11, 240), (11, 200), (11, 200)), start=1
):
    PARAGRAPH_STYLES[f"Heading{_level}"] = _Paragraph(
        f"heading {_level}",
        "Normal",
        _points,
        before=_before,
        after=120,
        pitch=1.3,
        keep=_KEEP_BOTH,
        outline=_level - 1,
        rpr=_BOLD + _BLACK,
    )
MONOSPACED = {"CodeBlock", "VerbatimChar"}
CHARACTER_STYLES: dict[str, tuple[str, str]] = {
    "Hyperlink": ("Hyperlink", f'<w:color w:val="{LINK_BLUE}"/><w:u w:val="single"/>'),
    "VerbatimChar": ("Verbatim Char", _fonts(mono=True)),
    "CommentReference": ("annotation reference", '<w:sz w:val="16"/><w:szCs w:val="16"/>'),
}


def _paragraph_style(style_id: str) -> str:
    style = PARAGRAPH_STYLES[style_id]
    default = ' w:default="1"' if style_id == "Normal" else ""
    custom = "" if style_id in _BUILT_IN else _CUSTOM
    based = f'<w:basedOn w:val="{style.base}"/>' if style.base else ""
    following = "BodyText" if style_id in _FOLLOWED_BY_BODY else style_id
    # w:pPr children in the schema's order: keep, borders, spacing, indent, contextual
    # spacing, justification.
    line = round(style.size * style.pitch * 20)
    ppr = (
        f"{style.keep}{style.border}"
        f'<w:spacing w:before="{style.before}" w:after="{style.after}" w:line="{line}" '
        f'w:lineRule="atLeast"/>{style.indent}'
        + ("<w:contextualSpacing/>" if style.contextual else "")
        + (f'<w:jc w:val="{style.justify}"/>' if style.justify else "")
        + (f'<w:outlineLvl w:val="{style.outline}"/>' if style.outline is not None else "")
    )
    return (
        f'<w:style w:type="paragraph"{default}{custom} w:styleId="{style_id}">'
        f'<w:name w:val="{style.name}"/>{based}<w:next w:val="{following}"/><w:qFormat/>'
        f"<w:pPr>{ppr}</w:pPr>"
        f"<w:rPr>{_fonts(style_id in MONOSPACED)}{style.rpr}{_size(style.size)}</w:rPr></w:style>"
    )


_CUSTOM = ' w:customStyle="1"'
# Word's own styles (a custom style is one Word does not define itself).
_BUILT_IN = {
    "Normal", "BodyText", "Title", "Quote", "ListParagraph", "CommentText", "Hyperlink",
    "CommentReference",
    *(f"Heading{level}" for level in range(1, 7)),
}  # fmt: skip
_FOLLOWED_BY_BODY = {
    "Title", "Standfirst", "SectionLabel", "OpeningLine", "QuoteAttribution",
    *(f"Heading{level}" for level in range(1, 7)),
}  # fmt: skip


def styles_xml() -> str:
    """Return the styles part: document defaults, then every style the writer uses."""
    defaults = (
        "<w:docDefaults><w:rPrDefault><w:rPr>"
        f"{_fonts()}{_size(11)}"
        '<w:lang w:val="en" w:eastAsia="en" w:bidi="ar"/>'
        "</w:rPr></w:rPrDefault>"
        '<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'
        "</w:pPr></w:pPrDefault></w:docDefaults>"
    )
    paragraphs = "".join(_paragraph_style(style_id) for style_id in PARAGRAPH_STYLES)
    characters = "".join(
        f'<w:style w:type="character"{"" if style_id in _BUILT_IN else _CUSTOM} '
        f'w:styleId="{style_id}"><w:name w:val="{name}"/>'
        f'<w:basedOn w:val="DefaultParagraphFont"/><w:rPr>{rpr}</w:rPr></w:style>'
        for style_id, (name, rpr) in CHARACTER_STYLES.items()
    )
    fixed = (
        '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
        '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/>'
        "<w:unhideWhenUsed/></w:style>"
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal">'
        '<w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/>'
        '<w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar>'
        '<w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
        '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
        "</w:tblCellMar></w:tblPr></w:style>"
        '<w:style w:type="numbering" w:default="1" w:styleId="NoList">'
        '<w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/>'
        "<w:unhideWhenUsed/></w:style>"
    )
    return f"{_HEAD}<w:styles {_NS}>{defaults}{paragraphs}{fixed}{characters}</w:styles>"


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
        f'<w:abstractNum w:abstractNumId="{abstract_id}">'
        f'<w:multiLevelType w:val="hybridMultilevel"/>{"".join(levels)}</w:abstractNum>'
    )


def numbering_xml() -> str:
    """Return the numbering part: one bullet and one decimal list; the writer adds w:num."""
    abstracts = _abstract_num(BULLET_ABSTRACT, False) + _abstract_num(DECIMAL_ABSTRACT, True)
    return f"{_HEAD}<w:numbering {_NS}>{abstracts}</w:numbering>"


def document_xml() -> str:
    """Return the main part: an empty body and A4 section properties the writer replaces."""
    return (
        f"{_HEAD}<w:document {_NS}><w:body><w:sectPr>"
        '<w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" w:header="720" '
        'w:footer="720" w:gutter="0"/><w:cols w:space="720"/><w:docGrid w:linePitch="360"/>'
        "</w:sectPr></w:body></w:document>"
    )


def settings_xml() -> str:
    """Return the settings part: Word 2013+ layout, no compatibility quirks."""
    return (
        f"{_HEAD}<w:settings {_NS}>"
        '<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>'
        '<w:compat><w:compatSetting w:name="compatibilityMode" '
        'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
        '<w:decimalSymbol w:val="."/><w:listSeparator w:val=","/></w:settings>'
    )


def font_table_xml() -> str:
    """Return the font table: the default house style's three families."""
    fonts = "".join(
        f'<w:font w:name="{name}"><w:family w:val="{family}"/><w:pitch w:val="{pitch}"/></w:font>'
        for name, family, pitch in (
            (LATIN, "roman", "variable"),
            (COMPLEX, "swiss", "variable"),
            (MONOSPACE, "modern", "fixed"),
        )
    )
    return f"{_HEAD}<w:fonts {_NS}>{fonts}</w:fonts>"


_OFFICE = "application/vnd.openxmlformats-officedocument"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PACKAGE_REL = "http://schemas.openxmlformats.org/package/2006/relationships"


def content_types_xml() -> str:
    """Return [Content_Types].xml for the parts below."""
    overrides = "".join(
        f'<Override PartName="/{part}" ContentType="{kind}"/>'
        for part, kind in (
            ("docProps/app.xml", f"{_OFFICE}.extended-properties+xml"),
            ("docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
            ("word/document.xml", f"{_OFFICE}.wordprocessingml.document.main+xml"),
            ("word/fontTable.xml", f"{_OFFICE}.wordprocessingml.fontTable+xml"),
            ("word/numbering.xml", f"{_OFFICE}.wordprocessingml.numbering+xml"),
            ("word/settings.xml", f"{_OFFICE}.wordprocessingml.settings+xml"),
            ("word/styles.xml", f"{_OFFICE}.wordprocessingml.styles+xml"),
        )
    )
    return (
        f'{_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        f"{overrides}</Types>"
    )


def _relationships(entries: tuple[tuple[str, str, str], ...]) -> str:
    rels = "".join(
        f'<Relationship Id="{rid}" Type="{kind}" Target="{target}"/>'
        for rid, kind, target in entries
    )
    return f'{_HEAD}<Relationships xmlns="{_PACKAGE_REL}">{rels}</Relationships>'


def package_rels_xml() -> str:
    """Return _rels/.rels: the main part and the two property parts."""
    return _relationships(
        (
            ("rId1", f"{_REL}/officeDocument", "word/document.xml"),
            ("rId2", f"{_PACKAGE_REL}/metadata/core-properties", "docProps/core.xml"),
            ("rId3", f"{_REL}/extended-properties", "docProps/app.xml"),
        )
    )


def document_rels_xml() -> str:
    """Return the main part's relationships; the writer appends its links after these."""
    return _relationships(
        (
            ("rId1", f"{_REL}/styles", "styles.xml"),
            ("rId2", f"{_REL}/numbering", "numbering.xml"),
            ("rId3", f"{_REL}/settings", "settings.xml"),
            ("rId4", f"{_REL}/fontTable", "fontTable.xml"),
        )
    )


def core_xml() -> str:
    """Return empty core properties (every export writes its own)."""
    return (
        f'{_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
        'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        "<dc:title></dc:title><dc:creator></dc:creator>"
        '<dcterms:created xsi:type="dcterms:W3CDTF">2000-01-01T00:00:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2000-01-01T00:00:00Z</dcterms:modified>'
        "</cp:coreProperties>"
    )


def app_xml() -> str:
    """Return extended properties naming Newsdesk (every export writes its own)."""
    return (
        f'{_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
        'extended-properties"><Application>Newsdesk</Application></Properties>'
    )


PARTS = (
    ("[Content_Types].xml", content_types_xml),
    ("_rels/.rels", package_rels_xml),
    ("docProps/core.xml", core_xml),
    ("docProps/app.xml", app_xml),
    ("word/document.xml", document_xml),
    ("word/_rels/document.xml.rels", document_rels_xml),
    ("word/styles.xml", styles_xml),
    ("word/numbering.xml", numbering_xml),
    ("word/settings.xml", settings_xml),
    ("word/fontTable.xml", font_table_xml),
)


def build(path: Path) -> None:
    """Write the reference template to ``path``."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        for name, make in PARTS:
            entry = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            entry.compress_type = zipfile.ZIP_DEFLATED
            package.writestr(entry, make().encode("utf-8"))


if __name__ == "__main__":
    build(HERE / "reference.docx")
