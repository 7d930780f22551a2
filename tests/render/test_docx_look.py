"""The DOCX as a reader sees it: exports rendered by LibreOffice to PDF, the pages measured.

The headline is a bold face in black; a block quotation stands in from the body on its
start side (the left in English, the right in Arabic) and on its end side; and the
Arabic body follows Body Text's complex-script font and size when an office changes them
in the DOCX's styles.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

import pytest
from render_samples import soffice_to_pdf

from editor.model import Article, Section
from editor.render.build import build_document
from editor.render.formats import render_bytes
from editor.render.styles import Include, load_style

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed"),
]

ENGLISH_BODY = (
    "The harbour board met on Tuesday to review the dredging of the eastern channel, which "
    "has been closed since the spring floods and keeps forty ferries idle at the quay."
)
ENGLISH_QUOTE = (
    "Quoted words stand here, and they run long enough to wrap onto a second line of the "
    "quotation so that both of its edges can be measured against the body text around it."
)
ARABIC_BODY = (
    "اجتمع مجلس الميناء يوم الثلاثاء لمراجعة أعمال تعميق القناة الشرقية المغلقة منذ فيضانات "
    "الربيع، وهي أعمال تبقي أربعين عبارة راسية على الرصيف منذ أسابيع طويلة."
)
ARABIC_QUOTE = (
    "السفن الكبيرة تنتظر في عرض البحر منذ شهر كامل، ونحن نريد موعدا واضحا يعرفه "
    "البحارة والتجار وأصحاب المحال على الرصيف قبل نهاية الموسم."
)
# A complex-script font the machine has besides the house style's Noto Sans Arabic.
OTHER_ARABIC_FONT = "Noto Naskh Arabic"


def _article(language: str, headline: str, body: str, quote: str) -> Article:
    text = f"{body}\n\n> {quote}\n\n{body}"
    return Article(language=language, headline=headline, sections=[Section("news", "", text)])


def _plain_style():
    # Only the headline is bold, so a bold face in the PDF is the headline's.
    style = load_style("default")
    return style.replace(include=Include(labels=False, credit=False, metadata=False))


@dataclass
class _Line:
    x_min: float
    x_max: float
    y_min: float
    y_max: float
    words: list[str]

    @property
    def height(self) -> float:
        return self.y_max - self.y_min


def _lines(pdf: Path) -> list[_Line]:
    """Every text line of the PDF's first page with its box, as pdftotext lays it out."""
    xml = subprocess.run(
        ["pdftotext", "-bbox-layout", "-f", "1", "-l", "1", str(pdf), "-"],
        capture_output=True,
        check=True,
    ).stdout
    root = ElementTree.fromstring(xml)
    found = []
    for line in root.iter("{http://www.w3.org/1999/xhtml}line"):
        words = [
            "".join(ch for ch in (word.text or "") if unicodedata.category(ch) not in ("Mn", "Cf"))
            for word in line.iter("{http://www.w3.org/1999/xhtml}word")
        ]
        found.append(
            _Line(
                float(line.get("xMin", 0)),
                float(line.get("xMax", 0)),
                float(line.get("yMin", 0)),
                float(line.get("yMax", 0)),
                words,
            )
        )
    return found


def _fonts(pdf: Path) -> list[str]:
    listing = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True)
    return [row.split()[0].split("+")[-1] for row in listing.stdout.splitlines()[2:] if row]


def _lines_of(lines: list[_Line], paragraph: str) -> list[_Line]:
    """The lines of a paragraph: most of their words are its words (pdftotext's layout gives
    Arabic words in visual order, letters reversed, and may swap a lam-alef's two letters,
    so not every word of an Arabic line matches)."""
    own = {_bare(word) for word in paragraph.split()}
    own |= {_bare(word[::-1]) for word in paragraph.split()}
    return [
        line
        for line in lines
        if line.words and sum(_bare(word) in own for word in line.words) >= 0.7 * len(line.words)
    ]


def _bare(word: str) -> str:
    return word.strip("،.,‏‎‪‫‬")


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The test exports, converted to PDF by one LibreOffice run."""
    folder = tmp_path_factory.mktemp("look")
    profile = tmp_path_factory.mktemp("profile")
    style = _plain_style()
    exports = {
        "en": _article("en", "Harbour works begin", ENGLISH_BODY, ENGLISH_QUOTE),
        "ar": _article("ar", "أعمال الميناء تبدأ", ARABIC_BODY, ARABIC_QUOTE),
        # Three pages or so, for the page numbers.
        "en-long": _article("en", "Harbour works", "\n\n".join([ENGLISH_BODY] * 30), "Q."),
        "ar-long": _article("ar", "أعمال الميناء", "\n\n".join([ARABIC_BODY] * 30), "ق."),
    }
    sources = []
    for name, article in exports.items():
        data = render_bytes(build_document(article, style), style, "docx")
        path = folder / f"{name}.docx"
        path.write_bytes(data)
        sources.append(path)
    restyled = folder / "ar-restyled.docx"
    restyled.write_bytes(_restyle_body_text((folder / "ar.docx").read_bytes()))
    sources.append(restyled)
    soffice_to_pdf(sources, folder, profile, timeout=300)
    return {path.stem: path.with_suffix(".pdf") for path in sources}


def _restyle_body_text(data: bytes) -> bytes:
    """The DOCX with Body Text's complex-script font changed and its size 11 → 18 points,
    as an office would restyle it in Word: in the styles part, nowhere else."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == "word/styles.xml":
                text = content.decode("utf-8")
                body = re.search(r'<w:style [^>]*w:styleId="BodyText".*?</w:style>', text, re.S)
                assert body is not None
                changed = re.sub(r'w:cs="[^"]*"', f'w:cs="{OTHER_ARABIC_FONT}"', body.group(0))
                changed = re.sub(r'<w:szCs w:val="\d+"/>', '<w:szCs w:val="36"/>', changed)
                content = text.replace(body.group(0), changed).encode("utf-8")
            target.writestr(info, content)
    return out.getvalue()


def test_libreoffice_draws_the_headline_in_a_bold_face(rendered: dict[str, Path]) -> None:
    for name in ("en", "ar"):
        bold = [font for font in _fonts(rendered[name]) if "Bold" in font]
        assert bold, f"no bold face in the {name} PDF: {_fonts(rendered[name])}"


def _page(pdf: Path):
    """The PDF's first page as an RGB image, one pixel a point."""
    from PIL import Image

    subprocess.run(
        ["pdftoppm", "-png", "-r", "72", "-singlefile", str(pdf), str(pdf.with_suffix(""))],
        check=True,
    )
    return Image.open(pdf.with_suffix(".png")).convert("RGB")


def _ink(image, box: tuple[float, float, float, float]) -> list[tuple[int, int, int]]:
    """The pixels in a box (x0, y0, x1, y1 in points) darker than the paper."""
    crop = image.crop(tuple(round(value) for value in box))
    return [pixel for pixel in crop.get_flattened_data() if sum(pixel) < 600]


def test_libreoffice_draws_the_headline_in_black(rendered: dict[str, Path]) -> None:
    pdf = rendered["en"]
    headline = next(line for line in _lines(pdf) if "Harbour" in line.words)
    letters = [
        pixel
        for pixel in _ink(
            _page(pdf), (headline.x_min, headline.y_min, headline.x_max, headline.y_max)
        )
        if sum(pixel) < 300
    ]
    assert letters
    # Black ink: no channel apart from the others (Word 2010's title was dark blue).
    assert max(max(pixel) - min(pixel) for pixel in letters) < 40


def test_a_block_quotation_stands_in_from_the_body_on_both_sides(
    rendered: dict[str, Path],
) -> None:
    lines = _lines(rendered["en"])
    body = _lines_of(lines, ENGLISH_BODY)
    quote = _lines_of(lines, ENGLISH_QUOTE)
    assert len(quote) >= 2 and body
    # The start side (left): every quotation line starts right of the body's edge.
    assert min(line.x_min for line in quote) > min(line.x_min for line in body) + 14
    # The end side: the quotation's lines stop short of where the body's longest one ends.
    assert max(line.x_max for line in quote) < max(line.x_max for line in body) - 14
    # A rule on the start side, between the body's edge and the quotation's words.
    top, bottom = quote[0].y_min, quote[-1].y_max
    page = _page(rendered["en"])
    start = min(line.x_min for line in body)
    assert _ink(page, (start, top, min(line.x_min for line in quote) - 1, bottom))


def test_an_arabic_block_quotation_stands_in_from_the_right(rendered: dict[str, Path]) -> None:
    lines = _lines(rendered["ar"])
    body = _lines_of(lines, ARABIC_BODY)
    quote = _lines_of(lines, ARABIC_QUOTE)
    assert len(quote) >= 2 and body
    assert max(line.x_max for line in quote) < max(line.x_max for line in body) - 14
    assert min(line.x_min for line in quote) > min(line.x_min for line in body) + 14
    # The rule is on the right, the start side of a right-to-left paragraph, not the left.
    top, bottom = quote[0].y_min, quote[-1].y_max
    page = _page(rendered["ar"])
    start, end = max(line.x_max for line in body), min(line.x_min for line in body)
    assert _ink(page, (max(line.x_max for line in quote) + 1, top, start, bottom))
    assert not _ink(page, (end, top, min(line.x_min for line in quote) - 1, bottom))


def test_restyling_body_text_in_the_docx_restyles_the_arabic_body(
    rendered: dict[str, Path],
) -> None:
    before, after = rendered["ar"], rendered["ar-restyled"]
    assert not [font for font in _fonts(before) if "Naskh" in font]
    assert [font for font in _fonts(after) if "NotoNaskhArabic" in font], _fonts(after)
    body_before = _lines_of(_lines(before), ARABIC_BODY)
    body_after = _lines_of(_lines(after), ARABIC_BODY)
    quote_before = _lines_of(_lines(before), ARABIC_QUOTE)
    quote_after = _lines_of(_lines(after), ARABIC_QUOTE)
    assert body_before and body_after
    # 11 → 18 points: the body's lines grow; the quotation, in its own style, does not.
    assert min(line.height for line in body_after) > 1.3 * max(line.height for line in body_before)
    assert max(line.height for line in quote_after) < 1.1 * max(
        line.height for line in quote_before
    )


@pytest.mark.parametrize(("name", "digits"), [("en-long", "123"), ("ar-long", "١٢٣")])
def test_every_page_has_its_number_at_the_foot(
    rendered: dict[str, Path], name: str, digits: str
) -> None:
    # The PDF export numbers its pages; the DOCX had no footer at all (a trial).
    pdf = rendered[name]
    pages = int(
        re.search(
            r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", str(pdf)], capture_output=True,
                                              text=True, check=True).stdout
        ).group(1)  # type: ignore[union-attr]
    )  # fmt: skip
    assert pages >= 3
    for page in range(1, 4):
        text = subprocess.run(
            ["pdftotext", "-layout", "-f", str(page), "-l", str(page), str(pdf), "-"],
            capture_output=True, text=True, check=True,
        ).stdout  # fmt: skip
        last = [line.strip() for line in text.splitlines() if line.strip()][-1]
        # Word shows Arabic's page numbers in its digits (w:pgNumType hindiNumbers, below);
        # LibreOffice has no such format and shows 1, 2, 3.
        shown = last.strip("\u202a\u202b\u202c\u200e\u200f")
        assert shown in (digits[page - 1], str(page)), last


def test_the_footer_numbers_pages_in_the_articles_digits_unless_the_style_says_no() -> None:
    style = _plain_style()
    for language, fmt in (("en", None), ("ar", "hindiNumbers")):
        article = _article(language, "x", "y", "z")
        package = zipfile.ZipFile(io.BytesIO(render_bytes(build_document(article, style),
                                                          style, "docx")))  # fmt: skip
        document = package.read("word/document.xml").decode()
        footer = package.read("word/footer1.xml").decode()
        assert '<w:footerReference w:type="default" r:id="' in document
        assert '<w:instrText xml:space="preserve"> PAGE </w:instrText>' in footer
        assert ("<w:bidi/>" in footer) == (language == "ar")
        assert (f'<w:pgNumType w:fmt="{fmt}"/>' in document) == (fmt is not None)
        assert "/word/footer1.xml" in package.read("[Content_Types].xml").decode()
    unnumbered = style.replace(page=style.page.replace(numbers=False))
    data = render_bytes(build_document(_article("en", "x", "y", "z"), unnumbered), unnumbered,
                        "docx")  # fmt: skip
    package = zipfile.ZipFile(io.BytesIO(data))
    assert "word/footer1.xml" not in package.namelist()
    assert "footerReference" not in package.read("word/document.xml").decode()
