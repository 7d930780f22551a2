"""Urdu is set in Nastaliq in every export, with the room its tall letters need."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from editor.model import Article, Section
from editor.render.build import build_document
from editor.render.formats import render_bytes
from editor.render.styles import load_style, parse_style

URDU = Article(
    language="ur",
    headline="کیا نئے اسکول کی عمارت وقت پر مکمل ہو گی؟",
    sections=[Section("news", "خبر:", "ضلع کونسل نے منگل کو اعلان کیا کہ عمارت مکمل ہو گی۔")],
)
ARABIC = Article(
    language="ar",
    headline="هل يفتح الجسر قبل الشتاء؟",
    sections=[Section("news", "الخبر:", "قال المجلس إن الجسر سيفتح في أيار.")],
)


def _docx_complex_font(article: Article, style=None) -> set[str]:
    style = style or load_style()
    data = render_bytes(build_document(article, style), style, "docx")
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        styles = package.read("word/styles.xml").decode("utf-8")
    return set(re.findall(r'w:cs="([^"]+)"', styles))


def test_the_docx_of_an_urdu_article_takes_the_urdu_font() -> None:
    # A trial: an Urdu desk read the Arabic Naskh of every export as another language's.
    assert _docx_complex_font(URDU) == {"Noto Nastaliq Urdu"}
    assert _docx_complex_font(ARABIC) == {"Noto Sans Arabic"}


def test_the_page_sets_urdu_text_in_the_urdu_font_wherever_it_is() -> None:
    style = load_style()
    html = render_bytes(build_document(URDU, style), style, "html").decode("utf-8")
    rule = re.search(
        r'article\.newsdesk\[lang\|="ur"\], article\.newsdesk \[lang\|="ur"\] \{([^}]*)\}', html
    )
    assert rule is not None
    assert '"Noto Nastaliq Urdu"' in rule.group(1) and "line-height: 2.1" in rule.group(1)


def test_a_house_style_chooses_its_own_urdu_font(tmp_path: Path) -> None:
    style = parse_style(tmp_path / "s.json", {"fonts": {"urdu": "Jameel Noori Nastaleeq"}}, "s")
    assert _docx_complex_font(URDU, style) == {"Jameel Noori Nastaleeq"}
    with pytest.raises(Exception, match="font family name"):
        parse_style(tmp_path / "s.json", {"fonts": {"urdu": "x; }</style>"}}, "s")


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
def test_the_pdf_keeps_a_font_whose_text_reads_back(tmp_path: Path) -> None:
    # In Nastaliq, pdftotext read "ق پ مک" for "کیا نئے": the PDF's text (search, copy)
    # must be the words typed.
    style = load_style()
    pdf = tmp_path / "ur.pdf"
    pdf.write_bytes(render_bytes(build_document(URDU, style), style, "pdf"))
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "نئے" in text and "عمارت" in text
