"""PDF export (Typst): page, margins, a text layer of the letters typed, /Lang, page numbers."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys

import pytest
from render_samples import river_port_en, university_ar

from editor.model import Direction
from editor.render.build import build_document
from editor.render.formats import render_bytes
from editor.render.styles import load_style

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
