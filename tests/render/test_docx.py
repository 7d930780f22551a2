"""DOCX writer: named styles, right-to-left markup, real links and lists, core properties."""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime

import docx
from docx.oxml.ns import qn
from docx.shared import Mm
from render_samples import river_port_en, university_ar

from editor.model import Article, Section
from editor.render.build import build_document
from editor.render.formats import render_bytes
from editor.render.styles import load_style


def _docx(article: Article, style_name: str = "default") -> docx.document.Document:
    style = load_style(style_name)
    data = render_bytes(build_document(article, style), style, "docx")
    return docx.Document(io.BytesIO(data))


def _by_text(document: docx.document.Document, start: str):
    return next(p for p in document.paragraphs if p.text.startswith(start))


def test_parts_use_the_templates_named_styles() -> None:
    article = river_port_en()
    article.opening.text = "In memory of the ferry crews"
    document = _docx(article)
    styles = {paragraph.text[:20]: paragraph.style.name for paragraph in document.paragraphs}
    assert styles["In memory of the fer"] == "Opening Line"
    assert styles["Will the river port "] == "Title"
    assert styles["Dredging is two week"] == "Standfirst"
    assert styles["News:"] == "Section Label"
    assert styles["The harbour board me"] == "Body Text"
    assert styles["We will not reopen t"] == "Quote"
    assert styles["said Tomas Reyes aft"] == "Quote Attribution"
    assert styles["Written for the Nort"] == "Credit Line"


def _style(document: docx.document.Document, style_id: str):
    return next(
        style
        for style in document.styles.element.findall(qn("w:style"))
        if style.get(qn("w:styleId")) == style_id
    )


def _find(element, path: str):
    return element.find("/".join(qn(step) for step in path.split("/")))


def _proofing_language(document: docx.document.Document, run) -> str:
    """The language Word proofs a run in: the run's own w:lang, else the defaults'."""
    attribute = qn("w:bidi") if _find(run, "w:rPr/w:rtl") is not None else qn("w:val")
    own = _find(run, "w:rPr/w:lang")
    if own is not None and own.get(attribute):
        return own.get(attribute)
    defaults = _find(document.styles.element, "w:docDefaults/w:rPrDefault/w:rPr/w:lang")
    return defaults.get(attribute) or ""


def test_arabic_paragraphs_and_runs_are_marked_right_to_left() -> None:
    document = _docx(university_ar())
    paragraph = _by_text(document, "أعلنت وزارة")
    assert paragraph._p.pPr.find(qn("w:bidi")) is not None
    run = paragraph.runs[0]._r
    assert run.rPr.find(qn("w:rtl")) is not None
    assert _proofing_language(document, run) == "ar"


def test_runs_carry_no_fonts_or_sizes_the_styles_carry_both_scripts() -> None:
    style = load_style("compact")
    for article in (university_ar(), river_port_en()):
        data = render_bytes(build_document(article, style), style, "docx")
        document = docx.Document(io.BytesIO(data))
        runs = document.element.body.iter(qn("w:r"))
        assert not [
            run
            for run in runs
            if _find(run, "w:rPr/w:rFonts") is not None
            or _find(run, "w:rPr/w:sz") is not None
            or _find(run, "w:rPr/w:szCs") is not None
        ]
        for style_id, points in (("Normal", 10), ("BodyText", 10), ("Title", 16), ("Quote", 10)):
            properties = _style(document, style_id).find(qn("w:rPr"))
            fonts = properties.find(qn("w:rFonts"))
            assert (fonts.get(qn("w:ascii")), fonts.get(qn("w:hAnsi")), fonts.get(qn("w:cs"))) == (
                "DejaVu Sans",
                "DejaVu Sans",
                "Noto Sans Arabic",
            )
            assert properties.find(qn("w:sz")).get(qn("w:val")) == str(points * 2)
            assert properties.find(qn("w:szCs")).get(qn("w:val")) == str(points * 2)


def test_latin_text_in_an_arabic_article_is_proofed_as_latin_never_arabic() -> None:
    document = _docx(university_ar())
    paragraph = _by_text(document, "وقال المتحدث")
    name = next(run for run in paragraph.runs if run.text == "Northland Wire")
    arabic = paragraph.runs[0]
    assert _proofing_language(document, name._r) == "en"
    assert _proofing_language(document, arabic._r) == "ar"


def test_parts_in_their_own_language_are_proofed_in_it() -> None:
    article = Article(headline="The port", sections=[Section("news", "", "Le port rouvre.")])
    article.opening.text, article.opening.language = "بسم الله", "ar"
    article.sections[0].language = "fr"
    document = _docx(article)
    assert _proofing_language(document, _by_text(document, "The port").runs[0]._r) == "en"
    assert _proofing_language(document, _by_text(document, "Le port").runs[0]._r) == "fr"
    assert _proofing_language(document, _by_text(document, "بسم").runs[0]._r) == "ar"


def test_bold_arabic_gets_complex_script_bold() -> None:
    document = _docx(university_ar())
    paragraph = _by_text(document, "فهل يكون")
    bold = next(run for run in paragraph.runs if run.text == "حقا للجميع")
    assert bold._r.rPr.find(qn("w:b")) is not None
    assert bold._r.rPr.find(qn("w:bCs")) is not None


def test_latin_name_inside_arabic_sentence_is_a_left_to_right_run() -> None:
    document = _docx(university_ar())
    paragraph = _by_text(document, "وقال المتحدث")
    name = next(run for run in paragraph.runs if run.text == "Northland Wire")
    assert name._r.rPr is None or name._r.rPr.find(qn("w:rtl")) is None


def test_arabic_paragraph_opening_with_a_latin_name_is_a_right_to_left_paragraph() -> None:
    body = "John Smith، مهندس الجسر، قال إن العمل سينتهي في الربيع المقبل."
    article = Article(language="ar", headline="H", sections=[Section("news", "", body)])
    paragraph = _by_text(_docx(article), "John Smith")
    assert paragraph._p.pPr.find(qn("w:bidi")) is not None
    name = next(run for run in paragraph.runs if run.text == "John Smith")
    assert name._r.rPr is None or name._r.rPr.find(qn("w:rtl")) is None


def test_arabic_name_in_english_sentence_is_a_right_to_left_run() -> None:
    article = Article(headline="H", sections=[Section("news", "", "We met عادل منصور today.")])
    paragraph = _by_text(_docx(article), "We met")
    assert paragraph._p.pPr.find(qn("w:bidi")) is None
    name = next(run for run in paragraph.runs if run.text == "عادل منصور")
    assert name._r.rPr.find(qn("w:rtl")) is not None


def test_italic_right_to_left_text_is_never_slanted_by_a_fake_italic() -> None:
    # w:i keeps the emphasis for an importer and Latin text; w:iCs would shear Arabic.
    article = Article(language="ar", headline="ع", sections=[Section("news", "", "نص *مائل* هنا")])
    document = _docx(article)
    paragraph = _by_text(document, "نص")
    italic = next(run for run in paragraph.runs if run.text == "مائل")
    assert italic._r.rPr.find(qn("w:i")) is not None
    assert italic._r.rPr.find(qn("w:iCs")) is None
    assert not list(document.styles.element.iter(qn("w:iCs")))


def test_links_are_real_hyperlinks_with_external_relationships() -> None:
    document = _docx(river_port_en())
    paragraph = _by_text(document, "The board published")
    (link,) = paragraph._p.findall(qn("w:hyperlink"))
    relationship = document.part.rels[link.get(qn("r:id"))]
    assert relationship.is_external
    assert relationship.target_ref == "https://port.example/figures"
    assert paragraph.hyperlinks[0].text == "the port website"


def test_lists_are_word_lists_with_their_own_numbering() -> None:
    document = _docx(river_port_en())
    numbering = document.part.numbering_part.element
    bullets = [
        p for p in document.paragraphs if p.text in ("two dredgers at work", "40 ferries idle")
    ]
    numbered = [p for p in document.paragraphs if p.text in ("publish the date", "report weekly")]
    bullet_ids = {p._p.pPr.numPr.numId.val for p in bullets}
    number_ids = {p._p.pPr.numPr.numId.val for p in numbered}
    assert len(bullet_ids) == 1 and len(number_ids) == 1 and bullet_ids != number_ids

    def format_of(num_id: int) -> str:
        num = next(
            n for n in numbering.findall(qn("w:num")) if n.get(qn("w:numId")) == str(num_id)
        )
        abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
        abstract = next(
            a
            for a in numbering.findall(qn("w:abstractNum"))
            if a.get(qn("w:abstractNumId")) == abstract_id
        )
        return abstract.find(qn("w:lvl")).find(qn("w:numFmt")).get(qn("w:val"))

    assert format_of(bullet_ids.pop()) == "bullet"
    assert format_of(number_ids.pop()) == "decimal"


def test_a_list_is_set_off_from_the_paragraph_after_it() -> None:
    # The last item ran straight into the next paragraph (4 points between them where body
    # paragraphs have 10: a trial, in LibreOffice). The items stay close together.
    document = _docx(river_port_en())
    item = _by_text(document, "40 ferries idle")
    style = item.style.paragraph_format
    body = document.styles["Body Text"].paragraph_format
    assert style.space_after == body.space_after
    spacing = item.style.element.pPr
    assert spacing.find(qn("w:contextualSpacing")) is not None  # none between the items


def test_numbered_list_starting_at_three_starts_at_three() -> None:
    article = Article(headline="H", sections=[Section("news", "", "3. three\n4. four")])
    document = _docx(article)
    num_id = _by_text(document, "three")._p.pPr.numPr.numId.val
    num = next(
        n
        for n in document.part.numbering_part.element.findall(qn("w:num"))
        if n.get(qn("w:numId")) == str(num_id)
    )
    start = num.find(qn("w:lvlOverride")).find(qn("w:startOverride"))
    assert start.get(qn("w:val")) == "3"


def test_core_properties_carry_title_author_language_and_dates() -> None:
    article = river_port_en()
    article.meta.modified = "2026-10-15T12:30:00+00:00"
    properties = _docx(article).core_properties
    assert properties.title == "Will the river port reopen before winter?"
    assert properties.author == "Lena Ortiz"
    assert properties.language == "en"
    assert properties.created == datetime(2026, 10, 14, 8, 0, tzinfo=UTC)
    assert properties.modified == datetime(2026, 10, 15, 12, 30, tzinfo=UTC)


def test_page_size_margins_and_fonts_follow_the_house_style() -> None:
    document = _docx(river_port_en(), "compact")
    section = document.sections[0]
    assert abs(section.page_width - Mm(215.9)) < Mm(0.5)
    assert abs(section.left_margin - Mm(15)) < Mm(0.5)
    assert document.styles["Normal"].font.size.pt == 10
    defaults = document.styles.element.find(qn("w:docDefaults"))
    fonts = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr")).find(qn("w:rFonts"))
    assert fonts.get(qn("w:ascii")) == "DejaVu Sans"
    assert fonts.get(qn("w:cs")) == "Noto Sans Arabic"


def test_unknown_quotation_in_a_forced_export_is_visibly_marked() -> None:
    article = Article(headline="H", sections=[Section("news", "", "See [[quote:gone]].")])
    paragraph = _by_text(_docx(article), "See")
    marker = next(run for run in paragraph.runs if run.text == "[unknown quotation: gone]")
    assert marker.font.highlight_color is not None and marker.bold


def test_the_docx_says_newsdesk_made_it_and_counts_its_words() -> None:
    import re
    import zipfile

    from editor import __version__
    from editor.render.docx import _app_version
    from editor.render.tree import document_texts
    from editor.text.counts import word_count

    style = load_style("default")
    for article in (river_port_en(), university_ar()):
        document = build_document(article, style)
        data = render_bytes(document, style, "docx")
        package = zipfile.ZipFile(io.BytesIO(data))
        app = package.read("docProps/app.xml").decode()
        assert "<Application>Newsdesk</Application>" in app
        assert "Microsoft" not in app and "Normal.dotm" not in app
        assert f"<AppVersion>{_app_version(__version__)}</AppVersion>" in app
        words = int(re.search(r"<Words>(\d+)</Words>", app).group(1))
        # Every word of the document as Word shows it: the body's text and the parts.
        texts = [paragraph.text for paragraph in docx.Document(io.BytesIO(data)).paragraphs]
        assert words == word_count("\n".join(texts)) > 50
        assert words == word_count("\n".join(document_texts(document)))
        # The other counts Word's properties show, taken from the paragraphs it reads too.
        paragraphs = int(re.search(r"<Paragraphs>(\d+)</Paragraphs>", app).group(1))
        assert paragraphs == sum(1 for text in texts if text.strip())
        characters = int(re.search(r"<Characters>(\d+)</Characters>", app).group(1))
        assert characters == sum(not char.isspace() for text in texts for char in text)
        core = package.read("docProps/core.xml").decode()
        assert f"<dc:title>{article.headline}</dc:title>" in core
        assert f"<dc:language>{article.language}</dc:language>" in core


def test_word_app_versions_have_two_and_four_digits() -> None:
    from editor.render.docx import _app_version

    assert _app_version("0.1.0") == "0.0100"
    assert _app_version("12.3.45") == "12.0345"
    assert _app_version("2") == "2.0000"
    assert _app_version("1.2.dev3") == "1.0200"


def test_headline_is_black_bold_without_rule_letter_spacing_or_theme() -> None:
    style = load_style("default")
    data = render_bytes(build_document(river_port_en(), style), style, "docx")
    package = zipfile.ZipFile(io.BytesIO(data))
    styles = package.read("word/styles.xml").decode()
    # Theme colours and fonts made Word 2010's headings blue: no theme, nothing refers to one.
    assert not [name for name in package.namelist() if "theme" in name]
    assert "w:theme" not in styles and "Theme" not in styles
    document = docx.Document(io.BytesIO(data))
    title = _style(document, "Title")
    properties = title.find(qn("w:rPr"))
    assert properties.find(qn("w:b")) is not None and properties.find(qn("w:bCs")) is not None
    assert properties.find(qn("w:color")).get(qn("w:val")) == "000000"
    assert properties.find(qn("w:spacing")) is None  # letter spacing
    assert title.find(qn("w:pPr")).find(qn("w:pBdr")) is None  # the rule under it
    for style_id in ("SectionLabel", "Heading3", "Heading4", "Standfirst"):
        color = _find(_style(document, style_id), "w:rPr/w:color")
        assert color is None or color.get(qn("w:val")) in ("000000", "auto")


def _resolved(document: docx.document.Document, style_id: str, path: str):
    """A style's property, or the one it inherits through w:basedOn."""
    while style_id:
        style = _style(document, style_id)
        found = _find(style, path)
        if found is not None:
            return found
        based = style.find(qn("w:basedOn"))
        style_id = based.get(qn("w:val")) if based is not None else ""
    return None


def test_a_block_quotation_is_indented_on_both_sides_with_a_start_rule_and_no_italic() -> None:
    document = _docx(river_port_en())
    for style_id in ("Quote", "QuoteAttribution"):
        indent = _resolved(document, style_id, "w:pPr/w:ind")
        assert int(indent.get(qn("w:left"))) > 0 and int(indent.get(qn("w:right"))) > 0
        assert _resolved(document, style_id, "w:pPr/w:pBdr/w:left") is not None
        assert _resolved(document, style_id, "w:pPr/w:pBdr/w:right") is None
        assert _resolved(document, style_id, "w:rPr/w:i") is None
        assert _resolved(document, style_id, "w:rPr/w:iCs") is None
    quote = _by_text(document, "We will not reopen")
    assert not [run for run in quote.runs if run._r.rPr is not None and run.italic]


def test_an_arabic_quotations_rule_is_moved_to_the_right_by_the_paragraph() -> None:
    # w:bidi mirrors indents but not borders: the start side of Arabic is the right.
    article = Article(language="ar", headline="ع", sections=[Section("news", "", "نص\n\n> قول")])
    document = _docx(article)
    quotes = [p for p in document.paragraphs if p.style.name == "Quote"]
    assert quotes
    for paragraph in quotes:
        borders = _find(paragraph._p, "w:pPr/w:pBdr")
        assert borders.find(qn("w:left")).get(qn("w:val")) == "nil"
        assert borders.find(qn("w:right")).get(qn("w:val")) == "single"
    english = _by_text(_docx(river_port_en()), "We will not reopen")
    assert _find(english._p, "w:pPr/w:pBdr") is None


def test_line_pitch_follows_the_house_style_sizes() -> None:
    document = _docx(river_port_en(), "compact")
    for style_id, points, pitch in (("BodyText", 10, 1.55), ("Title", 16, 1.2)):
        spacing = _find(_style(document, style_id), "w:pPr/w:spacing")
        assert spacing.get(qn("w:lineRule")) == "atLeast"
        assert int(spacing.get(qn("w:line"))) == round(points * pitch * 20)


def test_core_properties_carry_the_tags_as_keywords() -> None:
    properties = _docx(river_port_en()).core_properties
    assert properties.keywords == "ports, transport"
    assert properties.language == "en"
    assert properties.author == "Lena Ortiz"
