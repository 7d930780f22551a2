"""HTML writer: valid HTML5, the article's structure, direction and language marked up."""

from __future__ import annotations

import re

import html5lib
import pytest
from render_samples import all_samples, river_port_en, university_ar

from editor.model import Article, Section
from editor.render.build import build_document
from editor.render.html import render_html
from editor.render.styles import load_style
from editor.render.tree import Isolate


def _strict_parse(markup: str, fragment: bool = False) -> None:
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    if fragment:
        parser.parseFragment(markup)
    else:
        parser.parse(markup)


@pytest.mark.parametrize("name", sorted(all_samples()))
def test_standalone_page_and_fragment_are_valid_html5(name: str) -> None:
    article = all_samples()[name]
    _strict_parse(render_html(article, load_style()))
    _strict_parse(render_html(article, load_style(), fragment=True), fragment=True)


def test_standalone_page_declares_language_direction_charset_and_title() -> None:
    page = render_html(university_ar(), load_style())
    assert page.startswith('<!DOCTYPE html>\n<html lang="ar" dir="rtl">')
    assert '<meta charset="utf-8">' in page
    assert "<title>هل تحل الجامعات الخاصة أزمة القبول؟</title>" in page
    assert "<style>" in page and "Noto Sans Arabic" in page


def test_fragment_is_the_article_alone() -> None:
    fragment = render_html(river_port_en(), load_style(), fragment=True)
    assert fragment.startswith('<article class="newsdesk" lang="en" dir="ltr">')
    assert fragment.rstrip().endswith("</article>")
    assert "<html" not in fragment and "<style" not in fragment


def test_sections_header_and_block_quotations_have_their_elements() -> None:
    page = render_html(river_port_en(), load_style())
    assert "<header>" in page and "<h1>Will the river port reopen before winter?</h1>" in page
    assert page.count('<section class="') == 2
    assert "<h2>News:</h2>" in page and "<h2>Comment:</h2>" in page
    assert (
        "<blockquote>\n<p>We will not reopen the channel until the last survey is done.</p>\n"
        "<footer><cite>said Tomas Reyes after the meeting</cite></footer>\n</blockquote>"
    ) in page
    assert '<a href="https://port.example/figures">the port website</a>' in page
    assert "<ol>" in page and "<ul>" in page


def test_blocks_of_another_direction_or_language_are_marked() -> None:
    article = university_ar()
    article.sections[1].body += "\n\nAn English closing sentence."
    page = render_html(article, load_style())
    assert '<p class="opening">بسم الله الرحمن الرحيم</p>' in page  # same language: no attrs
    # Its letters tell its language: read aloud in English, not in the page's Arabic.
    assert '<p dir="ltr" lang="en">An English closing sentence.</p>' in page
    assert '<bdi dir="ltr">Northland Wire</bdi>' in page


def test_a_paragraph_in_another_script_says_its_language() -> None:
    """A paragraph's language is the body's unless its letters are of another script: an
    Arabic or Urdu paragraph in an English article, a Russian one, a Turkish one in an
    Arabic article. Said in lang (screen readers, fonts, hyphenation) where it differs."""
    article = river_port_en()
    article.opening.text = "بسم الله الرحمن الرحيم"  # no language chosen: its letters tell
    article.sections[0].body += (
        "\n\nقالت الوزارة إن الميناء سيعاد فتحه، وفق ما ذكره Ahmed Karimi للصحفيين."
        "\n\nوزارت نے کہا کہ بندرگاہ سردیوں سے پہلے دوبارہ کھل جائے گی۔"
        "\n\nМинистерство заявило, что порт откроется до зимы."
        "\n\nThe port, 12 km north, reopens in May."
    )
    page = render_html(article, load_style())
    assert '<p class="opening" dir="rtl" lang="ar">بسم الله الرحمن الرحيم</p>' in page
    assert '<p dir="rtl" lang="ar">قالت الوزارة' in page
    assert '<p dir="rtl" lang="ur">وزارت نے کہا' in page
    assert '<p lang="ru">Министерство заявило' in page
    assert "<p>The port, 12 km north, reopens in May.</p>" in page  # the article's own
    arabic = university_ar()
    arabic.sections[1].body += "\n\nBakanlık, limanın kışa kadar açılacağını söyledi."
    page = render_html(arabic, load_style())
    assert '<p dir="ltr" lang="tr">Bakanlık, limanın' in page


def test_opening_line_in_another_language_gets_lang_and_dir() -> None:
    article = river_port_en()
    article.opening.text, article.opening.language = "بسم الله الرحمن الرحيم", "ar"
    page = render_html(article, load_style())
    assert '<p class="opening" dir="rtl" lang="ar">بسم الله الرحمن الرحيم</p>' in page


def test_unknown_quotation_is_visibly_marked_in_the_preview() -> None:
    article = Article(headline="H", sections=[Section("news", "", "See [[quote:missing-one]].")])
    page = render_html(article, load_style())
    assert '<mark class="missing-quote">[unknown quotation: missing-one]</mark>' in page


def test_text_that_looks_like_markup_is_escaped_everywhere() -> None:
    article = all_samples()["hostile-en"]
    page = render_html(article, load_style())
    assert "&lt;script&gt;alert('headline')&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    # The page's one script element is its structured data (JSON, never run).
    assert page.count("<script") == 1 and '<script type="application/ld+json">{' in page
    assert "<img" not in page
    assert "<script" not in page.replace('<script type="application/ld+json">', "")


@pytest.mark.parametrize(
    ("language", "attribution", "shown"),
    [
        ("en", ", said the harbour master", "said the harbour master"),
        ("ar", "، قال مدير الميناء", "قال مدير الميناء"),
        ("en", " ,", "— Ines Berg"),  # nothing but the comma: the speaker is named instead
    ],
)
def test_a_block_quotes_attribution_drops_the_comma_that_joined_it_to_running_text(
    language: str, attribution: str, shown: str
) -> None:
    from editor.model import Quotation

    article = Article(
        language=language,
        headline="H",
        sections=[Section("news", "", "[[quote:q1]]")],
        quotations=[
            Quotation(id="q1", words="Words.", speaker="Ines Berg", attribution=attribution)
        ],
    )
    page = render_html(article, load_style(), fragment=True)
    assert f"<cite>{shown}</cite>" in page or f"<cite><bdi>{shown}</bdi></cite>" in page
    assert article.quotations[0].attribution == attribution  # the writer's data as written


def test_an_arabic_credit_with_latin_names_stays_arabic() -> None:
    # An Arabic edition of an English story: its office and author in Latin letters. The
    # line was set left to right ("كتب لصالح the Eastshore News Desk بقلم" read backwards)
    # and marked lang="en" (seen on Xvfb).
    article = university_ar()
    article.byline.office = "the Eastshore News Desk"
    article.byline.author = "Jonah Feld"
    document = build_document(article, load_style())
    credit = document.credit
    assert credit is not None
    assert credit.direction == "rtl" and credit.language == "ar"
    assert Isolate("the Eastshore News Desk", "ltr") in credit.children
    page = render_html(article, load_style())
    line = re.search(r'<p class="credit"[^>]*>', page)
    assert line is not None and line.group(0) == '<p class="credit">'


_URDU_CODES = (
    "اسکول Block C-14 میں ہے، طیارہ A320 اور 3D فلم۔ Ahmed 25 سال کے ہیں۔ Ahmed ٢٥ سال کے ہیں۔"
)


def _urdu_page() -> str:
    from editor.text.template import new_article

    article = new_article("ur", "Salma", "the Desk")
    article.sections[0].body = _URDU_CODES
    return render_html(article, load_style())


def test_a_latin_code_keeps_its_digits_in_a_right_to_left_line() -> None:
    # Seen in an Urdu page: "Block C-14" shown as "14-Block C", the digits left out of the
    # isolated Latin run and laid out on its other side. The digits after a Latin run go
    # with it, as the editor, Word and LibreOffice read them; those before one only when
    # joined to it ("3D"); Arabic-Indic digits stay the sentence's.
    page = _urdu_page()
    for code in ("Block C-14", "A320", "3D", "Ahmed 25"):
        assert f'<bdi dir="ltr">{code}</bdi>' in page
    assert '<bdi dir="ltr">Ahmed</bdi> ٢٥ سال' in page


@pytest.mark.slow  # Chromium starts in a few seconds: run by .ci/run with the slow tests
@pytest.mark.skipif(
    __import__("shutil").which("chromium") is None, reason="Chromium is not installed"
)
def test_a_browser_shows_a_latin_code_in_an_urdu_line_as_written(tmp_path) -> None:
    from browser import dump_dom

    # Where the browser puts the first letter of "Block" and the "4" of "14": left to right.
    probe = (
        "<script>document.addEventListener('DOMContentLoaded', () => {"
        "const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);"
        "const x = (node, at) => { const r = document.createRange();"
        " r.setStart(node, at); r.setEnd(node, at + 1); return r.getBoundingClientRect().left; };"
        "let block = null, four = null;"
        "for (let n = walker.nextNode(); n; n = walker.nextNode()) {"
        " const t = n.textContent;"
        " if (block === null && t.includes('Block')) block = x(n, t.indexOf('Block'));"
        " if (four === null && t.includes('14')) four = x(n, t.indexOf('14') + 1); }"
        "document.title = block < four ? 'as-written' : 'reversed';});</script></head>"
    )
    path = tmp_path / "ur.html"
    path.write_text(_urdu_page().replace("</head>", probe, 1), encoding="utf-8")
    assert "<title>as-written</title>" in dump_dom(path)


@pytest.mark.slow  # Chromium starts in a few seconds: run by .ci/run with the slow tests
@pytest.mark.skipif(
    __import__("shutil").which("chromium") is None, reason="Chromium is not installed"
)
def test_a_nastaliq_headline_has_its_lines_apart_in_a_browser(tmp_path) -> None:
    from browser import dump_dom

    from editor.text.template import new_article

    # At 420 pixels the two lines of an Urdu headline overlapped: the headline's 1.2 of
    # Latin line spacing was the Nastaliq's too (a trial's phone-width look).
    article = new_article("ur", "Salma", "the Desk")
    article.headline = "کیا شہر کے پرانے اسکول کی نئی عمارت اگلے سال تک مکمل ہو جائے گی؟"
    probe = (
        "<script>document.addEventListener('DOMContentLoaded', () => {"
        "const h = getComputedStyle(document.querySelector('h1'));"
        "document.title = 'spacing ' + (parseFloat(h.lineHeight) / parseFloat(h.fontSize))"
        ".toFixed(2);});</script></head>"
    )
    path = tmp_path / "ur.html"
    page = render_html(article, load_style()).replace("</head>", probe, 1)
    path.write_text(page, encoding="utf-8")
    spacing = float(dump_dom(path).split("<title>spacing ")[1].split("<")[0])
    assert spacing >= 1.9, spacing


_CLOSING_MARK = "تحقق من الاسم / check the name «Rana»\n\nقال إن الاسم «Rana Haddad» في التقرير."


def _closing_mark_article():
    from editor.text.template import new_article

    article = new_article("ar", "Huda", "the Desk")
    article.headline = "الاسم"
    article.sections[0].body = _CLOSING_MARK
    return article


def test_a_latin_run_takes_the_closing_mark_of_the_opening_one_it_holds() -> None:
    # At the end of an Arabic line, the "»" left after the isolate took the line's direction
    # and stood at its far end, mirrored: "«check the name «Rana" (a trial). A name quoted
    # whole keeps both its marks outside.
    page = render_html(_closing_mark_article(), load_style())
    assert '<bdi dir="ltr">check the name «Rana»</bdi>' in page
    assert '«<bdi dir="ltr">Rana Haddad</bdi>»' in page


@pytest.mark.skipif(
    __import__("shutil").which("pdftotext") is None, reason="poppler-utils is not installed"
)
def test_the_pdf_keeps_the_closing_mark_with_its_latin_run() -> None:
    import subprocess

    from editor.render.formats import render_bytes

    style = load_style()
    data = render_bytes(build_document(_closing_mark_article(), style), style, "pdf")
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-", "-"], input=data, capture_output=True, check=True
    ).stdout.decode("utf-8")
    assert "check the name «Rana»" in text
    assert "»check" not in text and "«check" not in text
