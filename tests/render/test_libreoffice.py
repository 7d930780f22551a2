"""LibreOffice opens every DOCX export: converted to PDF headless, every word is in the PDF."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from render_samples import (
    all_samples,
    comparable,
    expected_words,
    first_missing,
    is_subsequence,
    pdf_text,
    soffice_to_pdf,
    without_marks,
)

from editor.render.build import build_document
from editor.render.formats import render_bytes
from editor.render.styles import load_style

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed"),
]


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every sample's DOCX export (default and compact style), converted by one soffice run."""
    folder = tmp_path_factory.mktemp("soffice")
    profile = tmp_path_factory.mktemp("profile")
    sources = []
    for name, article in all_samples().items():
        for style_name in ("default", "compact"):
            style = load_style(style_name)
            path = folder / f"{name}-{style_name}.docx"
            path.write_bytes(render_bytes(build_document(article, style), style, "docx"))
            sources.append(path)
    soffice_to_pdf(sources, folder, profile, timeout=600)
    return {path.stem: path.with_suffix(".pdf") for path in sources}


@pytest.mark.parametrize("name", sorted(all_samples()))
def test_libreoffice_converts_the_docx_with_every_word(
    converted: dict[str, Path], name: str
) -> None:
    pdf = converted[f"{name}-default"]
    assert pdf.exists(), f"LibreOffice could not open {name}-default.docx"
    expected = without_marks(expected_words(all_samples()[name]))
    found = without_marks(comparable(pdf_text(pdf.read_bytes())))
    assert is_subsequence(expected, found, visual=True), first_missing(expected, found)


@pytest.mark.parametrize("name", sorted(all_samples()))
def test_libreoffice_lays_out_the_compact_style_on_letter_paper(
    converted: dict[str, Path], name: str
) -> None:
    pdf = converted[f"{name}-compact"]
    assert pdf.exists(), f"LibreOffice could not open {name}-compact.docx"
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    assert "612 x 792 pts (letter)" in info.stdout
