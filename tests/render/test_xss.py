"""Hostile text in any field never becomes script, event handler or bad URL, in any export."""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import zipfile

import html5lib
import markdown
import pytest
import yaml
from lxml import etree

from editor.model import (
    Article,
    Byline,
    Correction,
    CorrectionKind,
    Meta,
    Opening,
    Quotation,
    Section,
)
from editor.render.build import build_document
from editor.render.formats import render_bytes
from editor.render.styles import load_style

pytestmark = pytest.mark.hostile

PAYLOADS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)>",
    "<body onload=alert(1)>",
    "<iframe src=javascript:alert(1)></iframe>",
    '<a href="javascript:alert(1)">x</a>',
    "[click](javascript:alert(1))",
    "[click](JaVaScRiPt:alert(1))",
    "[click](java\tscript:alert(1))",
    "[click](  javascript:alert(1))",
    "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[click](vbscript:msgbox(1))",
    "[x](<javascript:alert(1)>)",
    "![img](javascript:alert(1))",
    "<javascript:alert(1)>",
    "<data:text/html,<script>alert(1)</script>>",
    '"><script>alert(1)</script>',
    "'><img src=x onerror=alert(1)>",
    "</title><script>alert(1)</script>",
    "</style><script>alert(1)</script>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<details open ontoggle=alert(1)>",
    "<input autofocus onfocus=alert(1)>",
    "<object data=javascript:alert(1)>",
    "<embed src=javascript:alert(1)>",
    "<form action=javascript:alert(1)><button>x</button></form>",
    "<meta http-equiv=refresh content='0;url=javascript:alert(1)'>",
    "<!--<script>alert(1)</script>-->",
    "<![CDATA[<script>alert(1)</script>]]>",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "&#x3C;script&#x3E;alert(1)&#x3C;/script&#x3E;",
    '[x](https://ok.example" onmouseover="alert(1))',
    '<a href="&#106;avascript:alert(1)">x</a>',
    '[[quote:x" onclick="alert(1)]]',
    "`<script>alert(1)</script>`",
    "    <script>alert(1)</script>",
    "<style>*{background:url(javascript:alert(1))}</style>",
]
assert len(PAYLOADS) >= 30

# What must never appear: a script element, an event-handler attribute, a dangerous URL in
# an attribute. Exports are parsed (html5lib, lxml) so escaped text that merely mentions
# them is told apart from real markup; "<script" must not appear even as raw bytes.
_SCRIPT = re.compile(rb"<script", re.IGNORECASE)
# The one script element a page may hold: its structured data, JSON that is never run.
_JSON_LD = re.compile(rb'<script type="application/ld\+json">([^<]*)</script>\n')
_BAD_URL = re.compile(r"^(?:javascript|data|vbscript):", re.IGNORECASE)


def _squeezed(value: str) -> str:
    return "".join(ch for ch in value if ch > " " and ch != "\x7f")


def _check_elements(elements) -> None:  # an iterable of ElementTree/lxml elements
    for element in elements:
        tag = element.tag if isinstance(element.tag, str) else ""
        assert tag.rpartition("}")[2].lower() != "script"
        for name, value in element.attrib.items():
            local = name.rpartition("}")[2].lower()
            assert not local.startswith("on"), (tag, name, value)
            assert not _BAD_URL.match(_squeezed(value)), (tag, name, value)


def _article(payload: str) -> Article:
    return Article(
        language="en",
        opening=Opening(payload, ""),
        headline=payload,
        standfirst=payload,
        sections=[
            Section(
                "news",
                payload,
                f"{payload}\n\nText with [a link]({payload}) and [[quote:q]] inline.\n\n"
                f"[[quote:q]]\n\n- {payload}\n\n> {payload}",
            )
        ],
        quotations=[
            Quotation(
                "q",
                words=payload,
                speaker=payload,
                role=payload,
                attribution=payload,
                source_url=payload,
            )
        ],
        byline=Byline(payload, payload, payload, payload),
        meta=Meta(
            tags=[payload, "news"],
            slugline=payload,
            subjects=[payload],
            sign_off=payload,
            copyright_holder=payload,
            usage_terms=payload,
            editor_note=payload,
        ),
        corrections=[Correction(payload, CorrectionKind.CLARIFICATION, payload)],
    )


def _parts(fmt: str, data: bytes) -> list[bytes]:
    if fmt == "docx":
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            return [package.read(name) for name in package.namelist()]
    return [data]


def _check_markdown(data: bytes) -> None:
    # Markdown goes through a site generator: the front matter must read back as the plain
    # strings it holds, and the body rendered by stock Python-Markdown (raw HTML on, as
    # static-site generators use it) and by pandoc must hold no live markup.
    assert b"<" not in data, data[:2000]
    text = data.decode("utf-8")
    _, front, body = text.split("---\n", 2)
    values = yaml.safe_load(front)
    assert all(isinstance(value, str | list) for value in values.values())
    rendered = [markdown.markdown(body)]
    if shutil.which("pandoc"):
        rendered.append(
            subprocess.run(
                ["pandoc", "-f", "commonmark", "-t", "html"],
                input=body.encode(),
                capture_output=True,
                check=True,
            ).stdout.decode()
        )
    for page in rendered:
        assert "<script" not in page.lower(), page[:2000]
        root = html5lib.parse(page, treebuilder="etree", namespaceHTMLElements=False)
        _check_elements(root.iter())


def _check(fmt: str, data: bytes) -> None:
    for part in _parts(fmt, data):
        if fmt == "md":
            _check_markdown(part)
            continue
        if fmt == "html":
            part = _checked_structured_data(part)
        assert not _SCRIPT.search(part), part[:2000]
        if fmt == "html":
            root = html5lib.parse(part, treebuilder="etree", namespaceHTMLElements=False)
            _check_elements(root.iter())
        elif part.lstrip().startswith(b"<?xml"):
            _check_elements(etree.fromstring(part).iter())


def _checked_structured_data(page: bytes) -> bytes:
    """Check the page's JSON-LD holds no markup and reads as JSON; return the page without it."""
    found = _JSON_LD.findall(page)
    if b"<article" in page[:200]:  # a fragment has none
        assert not found
        return page
    assert len(found) == 1, page[:2000]
    text = found[0].decode("utf-8")
    # No character that could end the element or start markup, and JSON as written.
    assert "<" not in text and ">" not in text and "&" not in text
    assert "\u2028" not in text and "\u2029" not in text
    data = json.loads(text)
    assert data["@type"] in ("NewsArticle", "OpinionNewsArticle")
    # The payload is carried as data, escaped: the page's own parser gives back the text.
    root = html5lib.parse(page, treebuilder="etree", namespaceHTMLElements=False)
    scripts = [element for element in root.iter() if element.tag == "script"]
    assert len(scripts) == 1 and scripts[0].get("type") == "application/ld+json"
    assert json.loads(scripts[0].text) == data
    return _JSON_LD.sub(b"", page)


@pytest.mark.parametrize("fmt", ["html", "docx", "md"])
@pytest.mark.parametrize("payload", PAYLOADS)
def test_payload_in_every_field_never_becomes_live_markup(payload: str, fmt: str) -> None:
    style = load_style()
    data = render_bytes(build_document(_article(payload), style), style, fmt)
    _check(fmt, data)


@pytest.mark.parametrize("payload", PAYLOADS)
def test_payload_in_every_field_never_becomes_live_markup_in_the_fragment(payload: str) -> None:
    style = load_style()
    data = render_bytes(build_document(_article(payload), style), style, "html", fragment=True)
    _check("html", data)


def test_docx_hyperlinks_only_point_to_safe_schemes() -> None:
    style = load_style()
    for payload in PAYLOADS:
        data = render_bytes(build_document(_article(payload), style), style, "docx")
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            rels = package.read("word/_rels/document.xml.rels").decode()
        for target in re.findall(r'Target="([^"]*)"\s+TargetMode="External"', rels):
            assert target.lower().startswith(("http:", "https:", "mailto:")), target


def test_pdf_of_hostile_fields_is_written_as_text() -> None:
    style = load_style()
    data = render_bytes(build_document(_article(PAYLOADS[0]), style), style, "pdf")
    assert data.startswith(b"%PDF")
    assert b"/JavaScript" not in data and b"/JS " not in data
