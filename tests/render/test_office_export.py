"""An office's own template drives the DOCX: its style names, its header with its logo."""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from features_sample import features_article, png

from editor.cli import main
from editor.render.build import build_document
from editor.render.formats import render_bytes
from editor.render.styles import load_style
from editor.storage.container import save
from editor.storage.folders import UserFolders

HEADER = "THE HARBOUR GAZETTE"
OFFICE_STYLES = ("Headline", "Intro", "Text Body", "Quotations", "Byline")


def office_docx(path: Path) -> Path:
    """An office's template: its own style names, a header with text and a logo, a list."""
    document = docx.Document()
    for name in OFFICE_STYLES:
        document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    header = document.sections[0].header.paragraphs[0]
    header.text = HEADER + " "
    header.add_run().add_picture(io.BytesIO(png(60, 20)))
    document.add_paragraph("Sample text of the template, not of any article.")
    document.save(str(path))
    return path


def _package(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return {name: package.read(name) for name in package.namelist()}


def _office_style(tmp_path: Path, template: Path, user_folders: UserFolders):
    assert main(["style", "new", "gazette", "--from-docx", str(template)]) == 0
    return load_style("gazette", user_folders.config)


def test_an_office_template_gives_the_docx_its_styles_header_and_logo(
    tmp_path: Path, user_folders: UserFolders
) -> None:
    style = _office_style(tmp_path, office_docx(tmp_path / "office.docx"), user_folders)
    article = features_article()
    article.quotations = []
    data = render_bytes(build_document(article, style), style, "docx")
    parts = _package(data)
    document = parts["word/document.xml"].decode()
    styles = parts["word/styles.xml"].decode()
    ids = dict(re.findall(r'w:styleId="([^"]+)"[^>]*>\s*<w:name w:val="([^"]+)"', styles))
    by_name = {name: style_id for style_id, name in ids.items()}
    # The office's styles for the parts it has, Newsdesk's own for the others.
    assert f'<w:pStyle w:val="{by_name["Headline"]}"/>' in document
    assert f'<w:pStyle w:val="{by_name["Text Body"]}"/>' in document
    assert f'<w:pStyle w:val="{by_name["Byline"]}"/>' in document
    assert '<w:pStyle w:val="SectionLabel"/>' in document
    assert 'w:styleId="SectionLabel"' in styles  # added, with its look
    assert "Sample text of the template" not in document
    # The header with its text and its logo, named by the article's section properties.
    headers = [name for name in parts if re.fullmatch(r"word/header\d*\.xml", name)]
    assert headers and any(HEADER in parts[name].decode() for name in headers)
    assert "<w:headerReference" in document
    header_rels = parts[f"word/_rels/{headers[0].split('/')[1]}.rels"].decode()
    logo = re.search(r'Target="(media/[^"]+)"', header_rels)
    assert logo is not None and parts[f"word/{logo.group(1)}"] == png(60, 20)
    # The article's own parts: its image, its footnotes, its lists, its properties.
    assert any(name.startswith("word/media/") and parts[name] == png(320, 200) for name in parts)
    notes = parts["word/footnotes.xml"].decode()
    assert "Seven towns depend on the ferries" in notes
    references = re.findall(r'<w:footnoteReference w:id="(-?\d+)"/>', document)
    defined = re.findall(r'<w:footnote w:id="(-?\d+)">', notes)
    assert references and set(references) <= set(defined)
    assert b"<w:abstractNum " in parts["word/numbering.xml"]
    assert b"Will the ferries run this winter?" in parts["docProps/core.xml"]
    content_types = parts["[Content_Types].xml"].decode()
    assert "document.main+xml" in content_types and "template.main" not in content_types
    # python-docx (as Word would) opens it and finds the header and the headline.
    opened = docx.Document(io.BytesIO(data))
    assert opened.sections[0].header.paragraphs[0].text.startswith(HEADER)
    assert opened.paragraphs[0].style.name == "Headline"


def test_a_dotx_template_exports_as_a_document_and_the_export_command_uses_it(
    tmp_path: Path, user_folders: UserFolders, capsys
) -> None:
    made = office_docx(tmp_path / "office.docx")
    template = tmp_path / "office.dotx"
    with zipfile.ZipFile(made) as source, zipfile.ZipFile(template, "w") as target:
        for name in source.namelist():
            data = source.read(name)
            if name == "[Content_Types].xml":
                data = data.replace(b"document.main+xml", b"template.main+xml")
            target.writestr(name, data)
    _office_style(tmp_path, template, user_folders)
    written = json.loads((user_folders.config / "styles" / "gazette.json").read_text("utf-8"))
    assert written["template"] == "gazette.dotx"
    save(features_article(), tmp_path / "ferries.newsdesk")
    out = tmp_path / "out"
    article = str(tmp_path / "ferries.newsdesk")
    code = main(["export", article, "--format", "docx", "--style", "gazette", "--out", str(out)])
    assert code == 0, capsys.readouterr().err
    (exported,) = out.glob("*.docx")
    parts = _package(exported.read_bytes())
    assert b"template.main" not in parts["[Content_Types].xml"]
    assert b'<w:pStyle w:val="Headline"/>' in parts["word/document.xml"]


def test_a_missing_office_template_fails_the_export_naming_it(
    tmp_path: Path, user_folders: UserFolders
) -> None:
    from editor.render.errors import StyleError

    style = _office_style(tmp_path, office_docx(tmp_path / "office.docx"), user_folders)
    Path(style.template).unlink()
    with pytest.raises(StyleError) as failed:
        render_bytes(build_document(features_article(), style), style, "docx")
    assert "gazette.docx" in str(failed.value)


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_a_template_made_with_libreoffice_drives_the_export(
    tmp_path: Path, user_folders: UserFolders
) -> None:
    profile = tmp_path / "profile"
    made = office_docx(tmp_path / "source.docx")
    saved = tmp_path / "saved"

    def soffice(*args: str) -> None:
        subprocess.run(
            ["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless", *args],
            check=True,
            capture_output=True,
            timeout=180,
        )

    # Saved by LibreOffice: its own style ids, its header part and its image.
    soffice("--convert-to", "docx:MS Word 2007 XML", "--outdir", str(saved), str(made))
    template = saved / "source.docx"
    style = _office_style(tmp_path, template, user_folders)
    article = features_article()
    data = render_bytes(build_document(article, style), style, "docx")
    parts = _package(data)
    styles = parts["word/styles.xml"].decode()
    headline_id = style.style_map["Title"]
    assert re.search(rf'w:styleId="{headline_id}"[^>]*>\s*<w:name w:val="Headline"', styles)
    assert f'<w:pStyle w:val="{headline_id}"/>'.encode() in parts["word/document.xml"]
    # LibreOffice reads it back: the header's words and logo, the article's words.
    exported = tmp_path / "article.docx"
    exported.write_bytes(data)
    soffice("--convert-to", "pdf", "--outdir", str(tmp_path), str(exported))
    pdf = tmp_path / "article.pdf"
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert HEADER in text and "Will the ferries run this winter?" in text
    images = subprocess.run(
        ["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    sizes = {(row.split()[3], row.split()[4]) for row in images}
    assert ("60", "20") in sizes and ("320", "200") in sizes
