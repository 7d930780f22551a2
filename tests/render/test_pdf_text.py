"""The PDF text layer's correction: each glyph of a letter with marks gets its own text."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from editor.model import Article, Section
from editor.render.build import build_document
from editor.render.pdf_text import TextLayerError, has_marks, separate_marks
from editor.render.pdf_typst import searchable, typst_source
from editor.render.styles import load_style

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils is not installed"
)


def _typeset(language: str, body: str) -> bytes:
    """Typst's own PDF of a one-paragraph article (before the correction)."""
    import typst

    from editor.render.pdf_typst import _fonts

    article = Article(language=language, headline="x", sections=[Section("news", "", body)])
    source = typst_source(build_document(article, load_style()), load_style())
    data = typst.Compiler(font_paths=_fonts()).compile(source.encode(), format="pdf")
    assert isinstance(data, bytes)
    return data


def _text(data: bytes) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-", "-"], input=data, capture_output=True, check=True
    ).stdout.decode("utf-8")


def test_a_letter_with_a_mark_is_copied_once() -> None:
    data = _typeset("ar", "أقرّت البلدية خطة طولها أربعون كيلومترًا.")
    assert "أقّرّرت" in _text(data)  # Typst's text layer: the letter twice
    fixed, left = separate_marks(data)
    text = _text(fixed)
    assert "أقرّت" in text and "كيلومترًا" in text
    assert left == 0


def test_a_precomposed_letter_keeps_its_accent() -> None:
    # "e" + U+0301 is one glyph of the font ("é"): its entry holds both, and stays so; "q"
    # + U+0307 is two glyphs, a letter and a mark of zero advance.
    data = _typeset("en", "The cafe\u0301 sells q\u0307 and na\u0308ive tea.")
    text = _text(separate_marks(data)[0])
    assert "cafe\u0301" in text and "q\u0307" in text and "na\u0308ive" in text


def test_a_pdf_without_marks_is_left_as_typst_wrote_it() -> None:
    data = _typeset("en", "The ferry leaves at nine.")
    assert separate_marks(data)[0] == data
    assert not has_marks("The ferry leaves at nine.") and has_marks("أقرّت")


def test_a_pdf_that_cannot_be_corrected_keeps_its_bytes() -> None:
    broken = b"%PDF-1.7\nnot a PDF body\n%%EOF\n"
    with pytest.raises(TextLayerError):
        separate_marks(broken)
    # The export never fails on it: the PDF as typeset is written.
    assert searchable(broken, "أقرّت") == broken


def test_an_indic_conjunct_is_left_as_typst_wrote_it() -> None:
    # "र्म": the reph (र and its virama) is a glyph of its own, not a mark on म; splitting
    # the cluster's text as letters and marks would give a wrong word ("रम्"), so it stays.
    data = _typeset("hi", "कर्म धर्म")
    assert separate_marks(data)[0] == data


def _png(data: bytes, folder: Path) -> bytes:
    """The first page drawn at 100 dpi (pdftoppm writes files only)."""
    root = folder / f"page-{len(list(folder.iterdir()))}"
    subprocess.run(
        ["pdftoppm", "-png", "-r", "100", "-singlefile", "-", str(root)],
        input=data,
        capture_output=True,
        check=True,
    )
    image = root.with_suffix(".png").read_bytes()
    assert image.startswith(b"\x89PNG")
    return image


def test_a_mark_drawn_off_its_letters_line_stays_in_its_word(tmp_path: Path) -> None:
    # Typst draws a shadda with a fatha or a tanwin over it off the letter's line, and
    # pdftotext cut the word there ("حيًّا" as "ح ًّيا", the shadda of "مؤمّن" on a line of
    # its own); stacked marks come out in the order typed.
    body = "والتمويل مؤمّن بالكامل، حيًّا بعد حي، ستُوزَّع المياه."
    data = _typeset("ar", body)
    fixed, left = separate_marks(data)
    text = _text(fixed)
    for word in ("مؤمّن", "حيًّا", "ستُوزَّع"):
        assert word in text, word
    layout = _text_layout(fixed)
    assert "مؤمّن" in layout and "حيًّا" in layout
    assert left == 0
    # Only the text layer changes: the page is drawn pixel for pixel as Typst drew it.
    assert _png(fixed, tmp_path) == _png(data, tmp_path)


def _text_layout(data: bytes) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", "-", "-"],
        input=data,
        capture_output=True,
        check=True,
    ).stdout.decode("utf-8")


@pytest.mark.parametrize("operator", [b"Q", b"EMC", b"ET"])
def test_a_content_stream_out_of_balance_is_left_as_typst_wrote_it(operator: bytes) -> None:
    import io

    import pikepdf

    with pikepdf.open(io.BytesIO(_typeset("ar", "حيًّا بعد حي."))) as pdf:
        page = pdf.pages[0]
        page.contents_coalesce()
        page.obj.Contents.write(page.obj.Contents.read_bytes() + b"\n" + operator + b"\n")
        out = io.BytesIO()
        pdf.save(out)
    unbalanced = out.getvalue()
    with pytest.raises(TextLayerError):
        separate_marks(unbalanced)
    assert searchable(unbalanced, "حيًّا") == unbalanced
