"""Headings inside a section start one level below its label, whatever level was typed."""

from __future__ import annotations

import io
import re
import zipfile

from editor.render.build import build_document
from editor.render.formats import render_bytes
from editor.render.styles import load_style
from editor.text.template import new_article

STYLE = load_style("default")


def _article(body: str):
    article = new_article("en")
    article.headline = "Will the port reopen?"
    article.sections[0].body = body
    return article


def _docx_styles(data: bytes) -> dict[str, str]:
    xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode()
    found = {}
    for paragraph in re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S):
        style = re.search(r'<w:pStyle w:val="([^"]+)"', paragraph)
        text = "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", paragraph))
        found[text] = style.group(1) if style else ""
    return found


def test_a_third_level_heading_alone_is_the_first_level_below_the_label() -> None:
    document = build_document(_article("### Background\n\nThe works began in May."), STYLE)
    html = render_bytes(document, STYLE, "html").decode()
    # The label is <h2>: the body's first heading level is <h3>, not <h5> (drawn smaller
    # than the body text).
    assert re.search(r"<h3[^>]*>Background</h3>", html)
    assert _docx_styles(render_bytes(document, STYLE, "docx"))["Background"] == "Heading3"
    assert "\n### Background\n" in render_bytes(document, STYLE, "md").decode()


def test_headings_keep_their_order_one_below_another() -> None:
    body = "## Works\n\nText.\n\n### Dredging\n\nMore.\n\n#### Costs\n\nEnd."
    document = build_document(_article(body), STYLE)
    html = render_bytes(document, STYLE, "html").decode()
    assert re.search(r"<h3[^>]*>Works</h3>", html)
    assert re.search(r"<h4[^>]*>Dredging</h4>", html)
    assert re.search(r"<h5[^>]*>Costs</h5>", html)
    styles = _docx_styles(render_bytes(document, STYLE, "docx"))
    assert (styles["Works"], styles["Dredging"], styles["Costs"]) == (
        "Heading3",
        "Heading4",
        "Heading5",
    )
