"""Dates printed as each language writes them; machines still get ISO 8601."""

from __future__ import annotations

import io
import zipfile

import pytest
from lxml import etree

from editor.model import Article, Byline, Meta, Section
from editor.render.build import build_document
from editor.render.formats import render_bytes
from editor.render.styles import load_style
from editor.text.dates import machine_date, printed_date
from editor.text.languages import available_languages, find_language, language_or_default


@pytest.mark.parametrize(
    ("code", "stored", "printed"),
    [
        ("en", "2026-05-02", "2 May 2026"),
        ("en", "2026-12-06T19:30:00+03:00", "6 December 2026, 19:30 UTC+03:00"),
        ("en", "2026-12-06T07:05Z", "6 December 2026, 07:05 UTC"),
        ("ar", "2026-05-02", "٢ مايو ٢٠٢٦"),
        ("ur", "2026-12-06", "۶ دسمبر، ۲۰۲۶"),
        ("ru", "2026-05-12", "12 мая 2026 г."),
        ("tr", "2026-08-30", "30 Ağustos 2026"),
        ("fr", "2026-05-01", "1er mai 2026"),
        ("fr", "2026-05-21", "21 mai 2026"),
        ("de", "2026-03-04", "4. März 2026"),
        ("id", "2026-12-25", "25 Desember 2026"),
        # Typed in the language's own digits, or full-width ones.
        ("ar", "٢٠٢٦-٠٥-٠٢", "٢ مايو ٢٠٢٦"),
        ("en", "۲۰۲۶-۰۵-۰۲", "2 May 2026"),
        ("en", "２０２６-05-02", "2 May 2026"),
        # No zone typed: none printed (none made up).
        ("en", "2026-05-02 14:30", "2 May 2026, 14:30"),
        ("ar", "2099-01-10T06:00:00+03:00", "١٠ يناير ٢٠٩٩، ٠٦:٠٠ غرينتش+٠٣:٠٠"),
        # A Latin zone word in an Urdu line: a run of its own.
        ("ur", "2026-05-03T09:15:00+05:00", "۳ مئی، ۲۰۲۶، \u2066۰۹:۱۵ UTC+۰۵:۰۰\u2069"),
    ],
)
def test_an_iso_date_is_printed_as_the_language_writes_it(
    code: str, stored: str, printed: str
) -> None:
    assert printed_date(stored, language_or_default(code)) == printed


@pytest.mark.parametrize(
    "written",
    ["Tuesday morning", "2026-02-30", "2026-13-01", "02/05/2026", "2026-05-02 noon", "0000-01-01"],
)
def test_what_is_no_date_is_printed_as_written(written: str) -> None:
    for code in ("en", "ar", "ru"):
        assert printed_date(f"  {written} ", language_or_default(code)) == written


def test_every_shipped_language_names_twelve_months() -> None:
    for code in available_languages():
        language = find_language(code)
        assert language is not None and language.date_words is not None, code
        months = language.date_words.months
        assert len(months) == 12 and len(set(months)) == 12, code
        assert all(month.strip() == month and month for month in months), code


def _article(language: str, date: str = "2026-05-02") -> Article:
    return Article(
        language=language,
        headline="عنوان" if language == "ar" else "Headline",
        sections=[Section("news", "", "نص." if language == "ar" else "Text.")],
        byline=Byline("", "", date, "Marren"),
    )


def test_the_metadata_line_prints_the_date_and_keeps_its_machine_form() -> None:
    style = load_style()
    html = render_bytes(build_document(_article("ar"), style), style, "html").decode("utf-8")
    assert '<time class="date" datetime="2026-05-02">٢ مايو ٢٠٢٦</time>' in html
    data = render_bytes(build_document(_article("ar"), style), style, "docx")
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        root = etree.fromstring(package.read("word/document.xml"))
    texts = ["".join(p.itertext()) for p in root.iter("{*}p")]
    assert "٢ مايو ٢٠٢٦" in texts
    assert not any("2026-05-02" in text for text in texts)
    # The exchange formats keep the date a machine reads, and print the dateline.
    newsml = render_bytes(build_document(_article("ru"), style), style, "newsml").decode("utf-8")
    assert "<dateline>Marren, 2 мая 2026 г.</dateline>" in newsml


def test_a_date_in_words_is_exported_as_written() -> None:
    style = load_style()
    article = _article("en", "Tuesday, early")
    html = render_bytes(build_document(article, style), style, "html").decode("utf-8")
    assert '<span class="date">Tuesday, early</span>' in html
    assert machine_date("Tuesday, early") == ""


def test_arabic_tags_and_dateline_take_the_arabic_comma() -> None:
    style = load_style()
    article = _article("ar")
    article.byline.place = "الوادي الأخضر"
    article.meta = Meta(tags=["مياه", "بلدية"])
    html = render_bytes(build_document(article, style), style, "html").decode("utf-8")
    assert '<span class="tags">مياه، بلدية</span>' in html
    newsml = render_bytes(build_document(article, style), style, "newsml").decode("utf-8")
    assert "<dateline>الوادي الأخضر، ٢ مايو ٢٠٢٦</dateline>" in newsml
    # Latin tags in the same article keep the Latin comma.
    article.meta = Meta(tags=["water", "council"])
    html = render_bytes(build_document(article, style), style, "html").decode("utf-8")
    assert ">water, council</span>" in html


@pytest.mark.parametrize("code", ["en", "ar", "ur", "ru", "tr", "fr", "de", "id"])
def test_a_printed_date_reads_back_as_the_date(code: str) -> None:
    from editor.text.dates import read_printed_date

    language = language_or_default(code)
    for stored in ("2026-05-01", "2026-12-25", "2028-02-29"):
        assert read_printed_date(printed_date(stored, language), language) == stored
    assert read_printed_date("Tuesday morning", language) == ""
    assert read_printed_date("2026-05-01", language) == ""


@pytest.mark.parametrize("typed", ["٢٠٢٦-٠٥-٠٢", "۲۰۲۶-۰۵-۰۲", "２０２６-０５-０２"])
def test_machines_get_ascii_digits_whatever_digits_were_typed(typed: str) -> None:
    # A trial: <time datetime="٢٠٢٦-٠٥-٠٢">, "datePublished":"٢٠٢٦-٠٥-٠٢" and a file
    # named "٢٠٢٦-٠٥-٠٢-….html".
    assert machine_date(typed) == "2026-05-02"
    style = load_style()
    document = build_document(_article("ar", typed), style)
    html = render_bytes(document, style, "html").decode("utf-8")
    assert 'datetime="2026-05-02"' in html and '"datePublished":"2026-05-02"' in html
    from editor.render.build import output_name

    assert output_name(document, "1111", style, "html").startswith("2026-05-02-")
    front = render_bytes(document, style, "md").decode("utf-8").split("---")[1]
    assert "date: 2026-05-02" in front or 'date: "2026-05-02"' in front
