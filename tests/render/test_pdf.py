"""PDF export (Typst): page, margins, a text layer of the letters typed, /Lang, page numbers."""

from __future__ import annotations

import itertools
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from render_samples import (
    expected_words,
    river_port_en,
    undo_pdf_extraction,
    university_ar,
)
from sample_files import OWN_SAMPLES

from editor.model import Article, Byline, Direction, Section
from editor.render.build import build_document
from editor.render.formats import render_bytes
from editor.render.styles import load_style, parse_style
from editor.render.tree import Document, Node, Paragraph, SectionBlock, Text, document_texts
from editor.text.counts import words

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils is not installed"
)


def _pdf(article, style_name: str = "default") -> bytes:
    style = load_style(style_name)
    return render_bytes(build_document(article, style), style, "pdf")


def _info(data: bytes) -> str:
    return subprocess.run(
        ["pdfinfo", "-"], input=data, capture_output=True, check=True
    ).stdout.decode()


def _words_with_boxes(data: bytes) -> list[tuple[str, float, float]]:
    html = subprocess.run(
        ["pdftotext", "-bbox", "-", "-"], input=data, capture_output=True, check=True
    ).stdout.decode()
    return [
        (word, float(x_min), float(x_max))
        for x_min, x_max, word in re.findall(
            r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>',
            html,
        )
    ]


def test_page_size_follows_the_house_style() -> None:
    assert "(A4)" in _info(_pdf(river_port_en()))
    assert "(letter)" in _info(_pdf(river_port_en(), "compact"))


def test_title_and_author_are_in_the_pdf_properties() -> None:
    info = _info(_pdf(river_port_en()))
    assert "Title:           Will the river port reopen before winter?" in info
    assert "Author:          Lena Ortiz" in info


def test_left_margin_follows_the_house_style() -> None:
    # Default: 25 mm = 70.9 pt; compact: 15 mm = 42.5 pt. English text starts at the margin.
    for style_name, margin in (("default", 70.9), ("compact", 42.5)):
        words = _words_with_boxes(_pdf(river_port_en(), style_name))
        first = next(x_min for word, x_min, _ in words if word == "Dredging")
        assert abs(first - margin) < 3, (style_name, first)


def _lines_with_boxes(data: bytes) -> list[tuple[float, float, float]]:
    layout = subprocess.run(
        ["pdftotext", "-bbox-layout", "-", "-"], input=data, capture_output=True, check=True
    ).stdout.decode()
    return [
        (float(x_min), float(x_max), float(y_min))
        for x_min, y_min, x_max in re.findall(
            r'<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)"', layout
        )
    ]


def test_arabic_is_laid_out_right_to_left_from_the_right_margin() -> None:
    lines = _lines_with_boxes(_pdf(university_ar()))
    page_width, margin, footer = 595.3, 70.9, 841.9 - 70.9
    # pdftotext may cut one line of mixed directions into pieces: a line is one baseline.
    rows: dict[float, tuple[float, float]] = {}
    for x_min, x_max, y_min in lines:
        if y_min < footer:
            first, last = rows.get(round(y_min), (x_min, x_max))
            rows[round(y_min)] = (min(first, x_min), max(last, x_max))
    opening, *rest = (rows[y] for y in sorted(rows))
    # The opening line is centred; every other line starts at the right margin.
    assert abs((opening[0] + opening[1]) / 2 - page_width / 2) < 3, opening
    assert len(rest) > 10
    for x_min, x_max in rest:
        assert abs(x_max - (page_width - margin)) < 3, (x_min, x_max)


def test_importing_the_pdf_writer_does_not_load_qt() -> None:
    code = "import sys, editor.render.pdf; print('PySide6' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False"


def test_a_pdf_export_does_not_load_qt() -> None:
    # A headless export starts faster without Qt (and needs no display plugin at all).
    code = (
        "import sys\n"
        "from editor.model import Article\n"
        "from editor.render.build import build_document\n"
        "from editor.render.formats import render_bytes\n"
        "from editor.render.styles import load_style\n"
        "style = load_style()\n"
        "data = render_bytes(build_document(Article(headline='x'), style), style, 'pdf')\n"
        "print(data[:5] == b'%PDF-', 'PySide6' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.split() == ["True", "False"], result.stderr


def _fonts(data: bytes) -> set[str]:
    """Return the names of the fonts a PDF embeds (subset prefixes dropped)."""
    listing = subprocess.run(
        ["pdffonts", "-"], input=data, capture_output=True, check=True
    ).stdout.decode()
    return {line.split()[0].split("+")[-1] for line in listing.splitlines()[2:] if line}


def test_english_set_right_to_left_keeps_the_latin_font() -> None:
    # A direction chosen in the editor lays the part out from the right; it does not make
    # its words Arabic. Its digits, commas and spaces must not come from the Arabic font
    # (sans-serif figures inside a serif line, and that font's taller lines).
    article = river_port_en()
    article.headline = "Ferries at 7:40, 8:20 and 9:00"
    article.headline_direction = Direction.RTL
    article.sections[0].direction = Direction.RTL
    fonts = _fonts(_pdf(article))
    assert not any(name.startswith("NotoSansArabic") for name in fonts), fonts
    assert "NotoSerif-Bold" in fonts


# --- the text layer (issue 16): what a reader searches and copies ----------------------

SAMPLES = [
    "water-plan-ar.txt",
    "school-ur.txt",
    "library-ru.txt",
    "market-tr.md",
    "ferry-line-en.txt",
]
PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")
LATIN_LIGATURES = re.compile("[\ufb00-\ufb06]")
MARK = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]")
# A lam-alef ligature (marks may sit between its letters): one glyph for two letters, which
# pdftotext gives back reversed, whichever engine made the PDF.
LAM_ALEF = re.compile("\u0644[\u064b-\u065f\u0670]*[\u0627\u0623\u0625\u0622\u0649]")


def _text(data: bytes, *options: str) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *options, "-", "-"],
        input=data,
        capture_output=True,
        check=True,
    ).stdout.decode("utf-8")


def _raw_words(text: str) -> list[str]:
    """The words of extracted text as they are: no NFKC (which would turn presentation forms
    and ligatures back into letters), only the invisible format characters dropped."""
    return words(re.sub("[\u200b-\u200f\u202a-\u202e\u2060-\u2069]", "", text))


def _sample(name: str):
    from editor.importing.draft import import_draft

    return import_draft(OWN_SAMPLES / name).article


def _not_as_typed(article: Article, data: bytes) -> list[str]:
    """The article's words the PDF's text does not give as typed, but those with a lam-alef.

    pdftotext's own change, whatever engine made the PDF: a lam-alef ligature comes back
    with its two letters reversed. Nothing else is excepted: a letter with marks stacked on
    it (shadda and fatha, tanwin over a shadda) comes back whole, in the order typed.
    """
    found = set(_raw_words(undo_pdf_extraction(_text(data))))
    expected = words("\n".join(document_texts(_built(article))))
    return [
        word
        for word in dict.fromkeys(expected)
        if word and word not in found and not LAM_ALEF.search(word)
    ]


@pytest.mark.parametrize("name", SAMPLES)
def test_every_script_extracts_as_the_letters_typed(name: str) -> None:
    article = _sample(name)
    data = _pdf(article)
    text = _text(data)
    assert not PRESENTATION_FORMS.findall(text)[:10]
    assert not LATIN_LIGATURES.findall(text)[:10]
    # Every word as typed, letters with marks too (Typst copies such a letter twice unless
    # its text layer is corrected): only pdftotext's own changes are excepted.
    assert not _not_as_typed(article, data)


MARKED = {
    "ar": (
        "أقرّت البلدية مدّ أنابيب طولها أربعون كيلومترًا، وتبني مدرّسة جديدة فِي كل حيّ. "
        "وفتحت بابًا للشكاوى، وقال السكان إنهم يخزّنونه في خزانات صغيرة حيًّا بعد حي. "
    ),
    "ur": (
        "شہر کے پُرانے پُل کی مرمّت اِس سال مکمّل ہو گی، اور نئی سڑک دس کلومیٹر لمبی ہو گی۔ "
        "بلدیہ نے کہا کہ کام فوراً شروع ہو گا اور اُس کی قیمت پہلے سے طے ہے۔ "
    ),
}


@pytest.mark.parametrize("language", MARKED)
def test_letters_with_shadda_tanwin_and_kasra_extract_once(language: str) -> None:
    # Typst gives a letter's glyph and its mark's glyph each the text of both, so the
    # letter came back twice ("أقرّت" as "أقّرّرت"); here each is found as typed.
    article = Article(
        language=language,
        headline="خطة المياه",
        sections=[Section("news", "", MARKED[language] * 3)],
    )
    data = _pdf(article)
    assert not _not_as_typed(article, data)
    # Each plainly: a mark drawn off its letter's line ("مدرّسة", "حيًّا") is not cut off.
    found = set(_raw_words(undo_pdf_extraction(_text(data))))
    assert set(WHOLE[language]) <= found, set(WHOLE[language]) - found


WHOLE = {
    "ar": ("أقرّت", "مدّ", "كيلومترًا", "مدرّسة", "حيًّا", "بابًا", "يخزّنونه", "فِي"),
    "ur": ("پُرانے", "پُل", "مرمّت", "مکمّل", "فوراً", "اِس", "اُس"),
}


def _built(article):
    return build_document(article, load_style())


def _long_article() -> Article:
    """An English article of about 1,500 words (three pages), each sentence numbered."""
    sentences = [
        f"Sentence {number} says the official ferry office found an efficient way to "
        f"shuffle the first flights of the fleet before the {number}th tide."
        for number in range(1, 100)
    ]
    paragraphs = [" ".join(sentences[start : start + 4]) for start in range(0, 99, 4)]
    return Article(
        language="en",
        headline="Will the fifth ferry fly?",
        sections=[Section("news", "News:", "\n\n".join(paragraphs))],
        byline=Byline("Lena Ortiz", "the Northland Media Desk", "2026-10-14", "Northport"),
    )


def test_each_line_once_across_page_breaks_and_a_number_on_every_page() -> None:
    article = _long_article()
    pages = _text(_pdf(article)).split("\f")[:-1]
    assert len(pages) >= 3
    found: list[str] = []
    for number, page in enumerate(pages, start=1):
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        assert lines[-1] == str(number), lines[-3:]
        found += _raw_words("\n".join(lines[:-1]))
    assert found == expected_words(article)


def test_page_numbers_can_be_turned_off_in_the_house_style() -> None:
    style = parse_style(Path("plain.json"), {"page": {"numbers": False}}, "plain")
    data = render_bytes(build_document(_long_article(), style), style, "pdf")
    pages = _text(data).split("\f")[:-1]
    assert len(pages) >= 3
    last_lines = [[line for line in page.splitlines() if line.strip()][-1] for page in pages]
    assert not any(line.strip().isdigit() for line in last_lines), last_lines


def test_arabic_page_numbers_are_in_the_languages_digits() -> None:
    article = _long_article()
    article.language = "ar"
    second = _text(_pdf(article), "-f", "2", "-l", "2").split()
    assert second[-1] == "٢"


def _catalog_language(data: bytes) -> str:
    # The catalog's /Lang, wherever the writer put it in the dictionary (qpdf sorts keys).
    import io

    import pikepdf

    with pikepdf.open(io.BytesIO(data)) as pdf:
        return str(pdf.Root.get("/Lang", ""))


@pytest.mark.parametrize(
    ("name", "language"), [("water-plan-ar.txt", "ar"), ("library-ru.txt", "ru")]
)
def test_the_article_language_and_title_are_the_pdfs(name: str, language: str) -> None:
    article = _sample(name)
    data = _pdf(article)
    assert _catalog_language(data) == language
    assert f"Title:           {article.headline}" in _info(data)


def test_a_region_subtag_reaches_the_pdf_language() -> None:
    article = river_port_en()
    article.language = "en-GB"
    assert _catalog_language(_pdf(article)) == "en-GB"


ARABIC_SENTENCE = "وتبلغ كلفة الخطة نحو ثلاثة ملايين دينار تدفع البلدية نصفها من ميزانيتها."


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("ar", ARABIC_SENTENCE), ("en", "The board expects four thousand passengers a day.")],
)
def test_line_pitch_is_the_htmls_in_arabic_as_in_latin(language: str, sentence: str) -> None:
    # article.css: line-height 1.55 on an 11 pt body; Qt set Arabic at 2.1 times the size.
    article = Article(
        language=language, headline="x", sections=[Section("news", "", sentence * 30)]
    )
    # Headline and label first, the page number last: the paragraph is what is between.
    tops = [y for _, _, y in _lines_with_boxes(_pdf(article))][2:-1]
    steps = [round(b - a, 2) for a, b in itertools.pairwise(tops)]
    assert len(steps) >= 8, steps
    assert all(abs(step - 1.55 * 11) < 0.3 for step in steps), steps


def test_a_font_that_is_not_installed_falls_back_and_is_named() -> None:
    from editor.render.pdf_typst import missing_fonts

    fonts = {"latin": "No Such Serif", "complex": "Noto Sans Arabic"}
    style = parse_style(Path("odd.json"), {"fonts": fonts}, "odd")
    data = render_bytes(build_document(river_port_en(), style), style, "pdf")
    assert "Dredging is two weeks behind" in _text(data)
    assert missing_fonts(style) == ("No Such Serif",)
    assert missing_fonts(load_style()) == ()


class _Table(Node):
    """A block this writer was not written for (as a table added to the tree later)."""

    __slots__ = ("direction", "language", "rows")

    rows: tuple[tuple[Paragraph, ...], ...]
    direction: str
    language: str


def test_a_block_the_writer_does_not_know_keeps_its_words() -> None:
    document = build_document(river_port_en(), load_style())
    words_ = ("harbour", "dues", "rise")
    cell = [Paragraph((Text(word),), language="en", direction="ltr") for word in words_]
    table = _Table(rows=((cell[0], cell[1]), (cell[2],)), direction="ltr", language="en")
    section = document.sections[0]
    sections = (
        SectionBlock(
            kind=section.kind,
            label=section.label,
            blocks=(table, *section.blocks),
            language="en",
            direction="ltr",
        ),
        *document.sections[1:],
    )
    values = {name: getattr(document, name) for name in document._fields}
    text = _text(render_bytes(Document(**{**values, "sections": sections}), load_style(), "pdf"))
    shown = [word for word in text.split() if word in ("harbour", "dues", "rise")]
    assert shown[:3] == ["harbour", "dues", "rise"]


def test_the_pdf_dates_a_stamp_without_a_zone_in_utc_whatever_the_computers_zone(
    monkeypatch,
) -> None:
    import time

    from editor.model import Article
    from editor.render.build import build_document
    from editor.render.pdf_typst import _timestamp
    from editor.render.styles import HouseStyle

    article = Article(language="en", headline="H")
    article.meta.created = article.meta.modified = "2026-10-14T08:00:00"
    for zone in ("UTC", "Asia/Karachi"):
        monkeypatch.setenv("TZ", zone)
        time.tzset()
        assert _timestamp(build_document(article, HouseStyle())) == 1791964800
    monkeypatch.delenv("TZ")
    time.tzset()


@pytest.mark.parametrize(
    ("number", "pieces"),
    [("2026-12-05", ["2026", "12", "05"]), ("12:30", ["12", "30"]), ("3.5", ["3", "5"])],
)
def test_a_number_with_separators_keeps_its_order_in_arabic(number: str, pieces) -> None:
    # The bidi algorithm keeps "2026-12-05" one left-to-right number in a right-to-left
    # line (browsers and LibreOffice show it so); Typst showed "05-12-2026".
    article = Article(
        language="ar",
        headline="تقرير",
        sections=[Section("news", "الخبر:", f"تصويب ({number}): ذكرت نسخة سابقة يومًا خاطئًا.")],
    )
    data = _pdf(article)
    html = subprocess.run(
        ["pdftotext", "-bbox", "-", "-"], input=data, capture_output=True, check=True
    ).stdout.decode()
    glyphs = re.findall(r'<word xMin="([\d.]+)"[^>]*>([^<]*)</word>', html)
    shown = next(word for _x, word in glyphs if pieces[0] in word and pieces[-1] in word)
    # One word in reading order: its pieces from left to right as typed.
    assert [shown.index(piece) for piece in pieces] == sorted(
        shown.index(piece) for piece in pieces
    ), shown
    assert number in _text(data)
