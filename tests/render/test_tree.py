"""The document tree: Markdown bodies, quotations, directions and cleaning, as writers see them."""

from __future__ import annotations

import pytest
from render_samples import bridge_ru, river_port_en, university_ar

from editor.model import Article, Byline, Opening, Quotation, Section
from editor.render.build import build_document, output_name, slug
from editor.render.parse import safe_href
from editor.render.styles import load_style
from editor.render.tree import (
    BlockQuote,
    Emphasis,
    InlineQuote,
    Isolate,
    Link,
    List,
    MissingQuote,
    Paragraph,
    Text,
    plain_text,
)


def _blocks(body: str, language: str = "en", quotations: list[Quotation] | None = None):
    article = Article(
        language=language,
        headline="H",
        sections=[Section("news", "", body)],
        quotations=quotations or [],
    )
    return build_document(article, load_style()).sections[0].blocks


def test_raw_html_in_a_body_stays_text() -> None:
    blocks = _blocks("<b>bold</b> and <script>alert(1)</script>\n\n<div>block</div>")
    assert plain_text(blocks[0].children) == "<b>bold</b> and <script>alert(1)</script>"
    assert plain_text(blocks[1].children) == "<div>block</div>"


def test_entities_stay_as_written() -> None:
    (paragraph,) = _blocks("Fish &amp; chips &copy; 2026")
    assert plain_text(paragraph.children) == "Fish &amp; chips &copy; 2026"


def test_links_with_unsafe_schemes_keep_only_their_text() -> None:
    (paragraph,) = _blocks(
        "[a](javascript:alert(1)) [b](data:text/html,x) [c](vbscript:x) "
        "[d](java\tscript:x) [e](https://ok.example) [f](mailto:desk@example.org)"
    )
    links = [span for span in paragraph.children if isinstance(span, Link)]
    assert [link.href for link in links] == ["https://ok.example", "mailto:desk@example.org"]
    assert plain_text(paragraph.children) == "a b c d e f"


def test_safe_href_refuses_schemes_hidden_by_whitespace_and_case() -> None:
    assert safe_href(" JaVaScRiPt:alert(1)") is None
    assert safe_href("jav\x00ascript:x") is None
    assert safe_href("//evil.example/x") is None
    assert safe_href("../../etc/passwd") is None
    assert safe_href("HTTPS://ok.example") == "HTTPS://ok.example"


def test_lone_quotation_becomes_a_block_quote_with_the_written_attribution() -> None:
    blocks = build_document(river_port_en(), load_style()).sections[0].blocks
    quote = next(block for block in blocks if isinstance(block, BlockQuote))
    assert quote.quotation_id == "reyes-block"
    assert plain_text(quote.blocks[0].children).startswith("We will not reopen")
    assert plain_text(quote.attribution.children) == "said Tomas Reyes after the meeting"


def test_lone_quotation_without_attribution_names_speaker_and_role() -> None:
    blocks = build_document(river_port_en(), load_style()).sections[1].blocks
    quote = next(block for block in blocks if isinstance(block, BlockQuote))
    assert plain_text(quote.attribution.children) == "— Ines Berg, ferry operators' association"


def test_inline_quotation_takes_the_article_languages_marks() -> None:
    english = build_document(river_port_en(), load_style()).sections[0].blocks[1]
    assert "“slower than planned but safe”" in plain_text(english.children)
    arabic = build_document(university_ar(), load_style()).sections[0].blocks[1]
    assert "«لن يبقى طالب متفوق خارج الجامعة هذا العام»" in plain_text(arabic.children)


def test_inline_quotation_inside_marks_takes_the_secondary_marks() -> None:
    blocks = build_document(bridge_ru(), load_style()).sections[1].blocks
    nested = plain_text(blocks[2].children)
    assert "„плата за проезд окажется слишком высокой для грузовиков“" in nested
    assert "««" not in nested


def test_quotation_already_between_marks_is_not_marked_twice() -> None:
    quotation = Quotation("q", words="we open", speaker="A")
    (paragraph,) = _blocks("He said “[[quote:q]]” loudly.", quotations=[quotation])
    assert plain_text(paragraph.children) == "He said “we open” loudly."


def test_unknown_quotation_is_marked_and_listed() -> None:
    article = Article(
        headline="H", sections=[Section("news", "", "See [[quote:nope]].\n\n[[quote:gone]]")]
    )
    document = build_document(article, load_style())
    paragraph, lone = document.sections[0].blocks
    assert MissingQuote("nope") in paragraph.children
    assert lone.children == (MissingQuote("gone"),)
    assert document.missing_quotations == ("nope", "gone")
    assert MissingQuote("nope").text == "[unknown quotation: nope]"


def test_quotation_token_inside_code_stays_text() -> None:
    (paragraph,) = _blocks("Write `[[quote:x]]` to place one.")
    assert plain_text(paragraph.children) == "Write [[quote:x]] to place one."


def test_escaped_markdown_stays_literal() -> None:
    (paragraph,) = _blocks(r"\*not emphasis\* and \[[quote:x]]")
    assert plain_text(paragraph.children) == "*not emphasis* and [[quote:x]]"


def test_emphasis_lists_and_numbered_start_are_kept() -> None:
    paragraph, numbered = _blocks("Some *very* nice text.\n\n3. three\n4. four")
    assert Emphasis((Text("very"),)) in paragraph.children
    assert isinstance(numbered, List) and numbered.ordered and numbered.start == 3


def test_opening_line_has_its_own_language_and_direction() -> None:
    article = Article(
        language="en", headline="Title", opening=Opening("بسم الله الرحمن الرحيم", "ar")
    )
    document = build_document(article, load_style())
    assert (document.opening.language, document.opening.direction) == ("ar", "rtl")
    assert (document.title.language, document.title.direction) == ("en", "ltr")


def test_block_of_another_script_gets_its_direction_and_the_language_its_letters_tell() -> None:
    paragraph = _blocks("قال الرجل إن الميناء سيفتح.")[0]
    assert paragraph.direction == "rtl" and paragraph.language == "ar"
    urdu = _blocks("وزارت نے کہا کہ بندرگاہ دوبارہ کھل جائے گی۔")[0]
    assert urdu.direction == "rtl" and urdu.language == "ur"  # ے, ں, ک, ہ, گ, ی
    (numbers,) = _blocks("12 × 3 = 36")
    assert numbers.language == "en"  # no letters: the body's own


def test_name_of_the_other_direction_inside_a_sentence_is_isolated() -> None:
    (paragraph,) = _blocks("The minister Adel Mansour, عادل منصور, spoke first.")
    assert Isolate("عادل منصور", "rtl") in paragraph.children
    arabic = build_document(university_ar(), load_style()).sections[0].blocks[1]
    assert Isolate("Northland Wire", "ltr") in arabic.children


def test_arabic_indic_digits_in_an_english_sentence_are_not_isolated_right_to_left() -> None:
    # Digits are weak (as text.direction reads them): isolated right to left, the two
    # numbers would show in swapped order, "٤٥٦ ١٢٣".
    (paragraph,) = _blocks("Call ١٢٣ ٤٥٦ or عادل منصور ٣.")
    assert not any(
        isinstance(child, Isolate) and "١" in child.text for child in paragraph.children
    )
    assert Isolate("عادل منصور", "rtl") in paragraph.children


def test_control_characters_are_cleaned_and_reported() -> None:
    article = Article(headline="Bell\x07 here\x0bthere \ud800", byline=Byline("A\x00n"))
    document = build_document(article, load_style())
    assert document.headline == "Bell here there \ufffd"
    assert document.author == "An"
    messages = {(cleaning.part, cleaning.message) for cleaning in document.cleanings}
    assert ("headline", "U+0007 (control character) removed (once)") in messages
    assert ("headline", "U+000B (control character) replaced by a space (once)") in messages
    assert ("headline", "U+D800 (lone surrogate) replaced by U+FFFD (once)") in messages
    assert ("byline", "U+0000 (control character) removed (once)") in messages


def test_house_style_label_replaces_only_default_labels() -> None:
    article = river_port_en()
    article.sections[1].label = "Our view:"
    document = build_document(article, load_style("compact"))
    labels = [plain_text(section.label.children) for section in document.sections]
    assert labels == ["NEWS", "Our view:"]


def test_house_style_credit_template_and_hidden_parts() -> None:
    document = build_document(river_port_en(), load_style("compact"))
    assert plain_text(document.credit.children) == "Lena Ortiz for the Northland Media Desk"
    assert document.metadata is None


def test_file_name_comes_from_the_style_pattern() -> None:
    document = build_document(river_port_en(), load_style())
    name = output_name(document, "1111", load_style(), "docx")
    assert name == "2026-10-14-will-the-river-port-reopen-before-winter.docx"
    assert slug("هل تحل الجامعات؟") == "هل-تحل-الجامعات"
    assert slug("../../etc") == "etc"
    # Small letters as the language writes them: no i with a second, combining dot (a
    # trial's Turkish file names had "i̇ğdeli"); Turkish I is ı.
    assert slug("İğdeli kıyısında IŞIK", language="tr") == "iğdeli-kıyısında-ışık"
    assert slug("İstanbul ISTANBUL", language="en") == "istanbul-istanbul"
    # A word keeps the marks written on its letters (a shadda, a vowel sign).
    assert slug("هل يعود الماء لعمّان؟") == "هل-يعود-الماء-لعمّان"
    assert slug("नई दिल्ली में") == "नई-दिल्ली-में"


def test_every_block_knows_language_and_direction() -> None:
    document = build_document(university_ar(), load_style())
    for section in document.sections:
        for block in section.blocks:
            assert block.direction in ("ltr", "rtl")
            if isinstance(block, Paragraph | BlockQuote):
                assert block.language == "ar"
    quotes = [
        span
        for block in document.sections[0].blocks
        for span in getattr(block, "children", ())
        if isinstance(span, InlineQuote)
    ]
    assert quotes and quotes[0].open_mark == "«"


def test_tree_nodes_are_immutable_values() -> None:
    quote = BlockQuote((), "en", "ltr")
    assert quote == BlockQuote(blocks=(), language="en", direction="ltr", quotation_id="")
    assert hash(quote) == hash(BlockQuote((), "en", "ltr"))
    assert quote.attribution is None
    assert Text("a") != Isolate("a", "ltr") and Text("a") == Text("a")
    with pytest.raises(AttributeError, match="immutable"):
        quote.language = "ar"  # type: ignore[misc]
    with pytest.raises(TypeError, match="missing 'direction'"):
        Paragraph((), "en")
    assert repr(Text("a")) == "Text(text='a')"


def test_a_language_code_that_is_not_a_tag_never_reaches_an_attribute() -> None:
    article = Article(
        language='en" onclick="x',
        headline="H",
        opening=Opening("ع", "ar\x00<b>"),
        sections=[Section("news", "", "[[quote:q]]")],
        quotations=[Quotation("q", words="w", language="fr>")],
    )
    document = build_document(article, load_style())
    assert document.language == "en"
    assert document.opening.language == "ar"  # told by its letter, not by the code
    assert document.sections[0].blocks[0].language == "en"


def test_a_list_item_keeps_the_words_after_its_emphasis_before_a_nested_list() -> None:
    (items,) = _blocks("- text *em* more words\n    - nested *deeper* words")
    assert isinstance(items, List)
    first, nested = items.items[0].blocks
    assert isinstance(first, Paragraph) and isinstance(nested, List)
    assert first.children == (Text("text "), Emphasis((Text("em"),)), Text(" more words"))
    assert plain_text(nested.items[0].blocks[0].children) == "nested deeper words"
