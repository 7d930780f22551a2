"""Newsdesk's own DOCX imports back to the article it was exported from, with Word's edits.

Export → DOCX → import gives an equal article (parts, labels, kinds, bodies, quotations with
speaker, role, date and attribution, byline, language, directions) for the samples in every
language and for articles in en, ar, ru, tr and ur holding every body feature; a DOCX edited
in Word (a word changed, a paragraph added, a quotation's words or attribution changed)
imports with the edit kept and nothing else changed.
"""

from __future__ import annotations

import difflib
import io
import json
import re
import shutil
import subprocess
import zipfile
from dataclasses import asdict
from pathlib import Path
from typing import Any

import pytest
from sample_files import own_drafts

from editor.cli import main
from editor.importing import import_draft
from editor.model import Article, Byline, Direction, Meta, Opening, Quotation, Section
from editor.render.build import build_document
from editor.render.formats import render_bytes
from editor.render.styles import HouseStyle, Include

RECORD = "customXml/item1.xml"
# Review data, revisions and assets do not travel in the DOCX's record (comments travel as
# Word comments, read by their own import); everything else must come back.
_NOT_COMPARED = ("comments", "status_history", "revisions", "assets", "review_extra")


def _features(language: str) -> str:
    """A body with every feature a section may hold, in canonical Markdown."""
    return (
        "Plain words, *emphasis*, **strong words** and [a link](https://example.org/a).\n\n"
        "### A heading\n\n"
        "- first item\n- second item\n\n"
        "1. one\n2. two\n\n"
        "Run `make check` before you `git push`.\n\n"
        "---\n\n"
        f"> A Markdown block quotation ({language})."
    )


def _article(language: str, headline: str, labels: tuple[str, str], words: list[str]) -> Article:
    """An article in one language with an inline and a block quotation with full details."""
    first, second = words
    return Article(
        id=f"00000000-0000-4000-8000-0000000000{len(language):02d}",
        language=language,
        opening=Opening("بسم الله الرحمن الرحيم", "ar") if language == "ar" else Opening(),
        headline=headline,
        standfirst=f"{first} — {second}",
        sections=[
            Section(
                "news",
                labels[0],
                f"{first}.\n\nThe speaker said [[quote:inline-1]] at noon.\n\n"
                f"[[quote:block-1]]\n\n{second}.",
            ),
            Section("comment", labels[1], _features(language)),
            Section("custom", "", f"{second}, [[quote:block-2]] {first}."),
        ],
        quotations=[
            Quotation(
                "inline-1",
                words=first,
                speaker="Rana Example",
                role="council chair",
                date="2026-10-01",
                occasion="council meeting",
                source_name="Council minutes",
                source_url="https://example.org/minutes",
                language=language,
                verified=True,
            ),
            Quotation(
                "block-1",
                words=f"{second}\n{first}",
                speaker="Omar Sample",
                role="engineer",
                date="2026-10-02",
                attribution="said the engineer on the site",
                language=language,
                translated=True,
                note="checked by phone",
            ),
            Quotation("block-2", words=second, speaker="Ines Test", role="", date="2026-10-03"),
            Quotation("unplaced", words="kept in the bank", speaker="Nobody Placed"),
        ],
        byline=Byline("Lena Writer", "the Test Desk", "2026-10-14", "Northport"),
        meta=Meta(
            tags=["ports", "transport"],
            status="in_review",
            created="2026-10-14T08:00:00+00:00",
            modified="2026-10-15T09:30:00+00:00",
            target_words=600,
        ),
    )


def fixture_articles() -> dict[str, Article]:
    """Articles in en, ar, ru, tr and ur with quotations that have speaker, role and date."""
    articles = {
        "en": _article(
            "en",
            "Will the river port reopen before winter?",
            ("News:", "Comment:"),
            ["the channel stays closed", "the survey is not done"],
        ),
        "ar": _article(
            "ar",
            "هل تكفي خطة المياه الجديدة لصيف طويل؟",
            ("الخبر:", "التعليق:"),
            ["سنبدأ بالأحياء التي انقطعت عنها المياه", "الأعمال ستنتهي في نهاية أيار"],
        ),
        "ru": _article(
            "ru",
            "Новый мост через залив: праздник или долг?",
            ("Новость:", "Комментарий:"),
            ["плата за проезд окажется высокой", "дорога займёт полтора часа"],
        ),
        "tr": _article(
            "tr",
            "Liman yasası kıyı kasabalarını nasıl etkileyecek?",
            ("Haber:", "Yorum:"),
            ["bu yasa küçük limanları koruyacak", "ücretler kime yüklenecek"],
        ),
        "ur": _article(
            "ur",
            "کیا نئے اسکول کی عمارت وقت پر مکمل ہو گی؟",
            ("خبر:", "تبصرہ:"),
            ["عمارت کا ستر فیصد کام مکمل ہو چکا ہے", "ہمیں تاریخ نہیں، کام دیکھنا ہے"],
        ),
    }
    # Parts set the other way than their text, and a section in its own language.
    articles["en"].headline_direction = Direction.LTR
    articles["ar"].sections[1].direction = Direction.RTL
    articles["ar"].standfirst_language = "ar"
    articles["ur"].sections[2].language = "en"
    articles["ur"].sections[2].direction = Direction.LTR
    return articles


def sample_articles() -> dict[str, Article]:
    """The shipped sample drafts (every language), each imported as a draft."""
    return {path.name: import_draft(path).article for path in own_drafts()}


def _comparable(article: Article) -> dict[str, Any]:
    fields = asdict(article)
    for name in _NOT_COMPARED:
        fields.pop(name)
    return fields


def assert_same_article(expected: Article, found: Article) -> None:
    """Assert two articles are equal field by field; on failure print a readable diff."""
    want, got = _comparable(expected), _comparable(found)
    if want == got:
        return
    lines = []
    for key in want:
        if want[key] != got.get(key):
            before = json.dumps(want[key], ensure_ascii=False, indent=1, default=str)
            after = json.dumps(got.get(key), ensure_ascii=False, indent=1, default=str)
            lines.extend(
                difflib.unified_diff(
                    before.splitlines(), after.splitlines(), f"exported {key}", f"imported {key}"
                )
            )
    pytest.fail("the imported article differs:\n" + "\n".join(lines))


def export_docx(article: Article, style: HouseStyle | None = None) -> bytes:
    """Return the DOCX export of an article."""
    style = style or HouseStyle()
    return render_bytes(build_document(article, style), style, "docx")


def import_docx(data: bytes, folder: Path, name: str = "article.docx") -> Article:
    """Return the article importing these DOCX bytes gives."""
    path = folder / name
    path.write_bytes(data)
    return import_draft(path).article


def rewrite_part(data: bytes, name: str, change: Any) -> bytes:
    """Return the DOCX with one part's text changed (or the part removed when change is None)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            if info.filename == name and change is None:
                continue
            content = source.read(info)
            if info.filename == name:
                content = change(content.decode("utf-8")).encode("utf-8")
            target.writestr(info, content)
    return out.getvalue()


ALL = {**{f"fixture-{k}": v for k, v in fixture_articles().items()}, **sample_articles()}


@pytest.mark.parametrize("name", sorted(ALL))
def test_newsdesk_docx_imports_back_to_the_same_article(name: str, tmp_path: Path) -> None:
    article = ALL[name]
    assert_same_article(article, import_docx(export_docx(article), tmp_path))


@pytest.mark.parametrize("name", sorted(ALL))
def test_every_section_read_from_its_paragraphs_gives_the_same_article(
    name: str, tmp_path: Path
) -> None:
    # As after Word changed every section: no section matches what was written, so each
    # body is rebuilt from the document's paragraphs (emphasis, links, lists, headings,
    # code, rules, block quotations, quotation tokens).
    def forget_digests(xml: str) -> str:
        return re.sub(r'\\"digest\\":\\"[0-9a-f]+\\"|"digest":"[0-9a-f]+"', '"digest":""', xml)

    data = rewrite_part(export_docx(ALL[name]), RECORD, forget_digests)
    assert '"digest":""' in zipfile.ZipFile(io.BytesIO(data)).read(RECORD).decode()
    assert_same_article(ALL[name], import_docx(data, tmp_path))


def _edit_in_word(data: bytes, edit: Any) -> bytes:
    """Open the DOCX as Word would (python-docx), apply an edit, save it again."""
    from docx import Document

    document = Document(io.BytesIO(data))
    edit(document)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _paragraph(document: Any, text: str) -> Any:
    return next(p for p in document.paragraphs if text in p.text)


def test_a_docx_edited_in_word_keeps_the_edits_and_everything_else(tmp_path: Path) -> None:
    article = fixture_articles()["en"]

    def edit(document: Any) -> None:
        changed = _paragraph(document, "the survey is not done.")
        for run in changed.runs:
            run.text = run.text.replace("survey", "inspection")
        added = _paragraph(document, "The speaker said").insert_paragraph_before(
            "A paragraph added in Word.", style="Body Text"
        )
        assert added.text
        _paragraph(document, "Will the river port").runs[0].text = "Will the port reopen?"

    found = import_docx(_edit_in_word(export_docx(article), edit), tmp_path)
    expected = fixture_articles()["en"]
    expected.headline = "Will the port reopen?"
    expected.sections[0].body = (
        "the channel stays closed.\n\nA paragraph added in Word.\n\n"
        "The speaker said [[quote:inline-1]] at noon.\n\n"
        "[[quote:block-1]]\n\nthe inspection is not done."
    )
    assert_same_article(expected, found)


def test_a_quotation_edited_in_word_keeps_its_id_speaker_and_date(tmp_path: Path) -> None:
    article = fixture_articles()["ru"]

    def edit(document: Any) -> None:
        words = next(p for p in document.paragraphs if p.text == "дорога займёт полтора часа")
        words.runs[0].text = words.runs[0].text.replace("полтора", "два")
        attribution = _paragraph(document, "said the engineer")
        attribution.runs[0].text = "said the site engineer"

    found = import_docx(_edit_in_word(export_docx(article), edit), tmp_path)
    expected = fixture_articles()["ru"]
    block = expected.quotations[1]
    block.words = block.words.replace("полтора", "два")
    block.attribution = "said the site engineer"
    assert_same_article(expected, found)
    assert (found.quotations[1].speaker, found.quotations[1].date) == ("Omar Sample", "2026-10-02")


def test_a_newsdesk_docx_without_its_record_still_maps_parts_and_speakers(
    tmp_path: Path,
) -> None:
    # The record removed (another program dropped it): styles still say which part is which.
    article = fixture_articles()["en"]
    article.quotations[1].attribution = ""
    data = rewrite_part(
        export_docx(article),
        "word/_rels/document.xml.rels",
        lambda xml: re.sub(r"<Relationship [^>]*customXml\"[^>]*/>", "", xml),
    )
    assert b"customXml" not in zipfile.ZipFile(io.BytesIO(data)).read(
        "word/_rels/document.xml.rels"
    )
    found = import_docx(data, tmp_path)
    assert found.headline == article.headline
    assert found.standfirst == article.standfirst
    assert [(s.label, s.kind) for s in found.sections[:2]] == [
        ("News:", "news"),
        ("Comment:", "comment"),
    ]
    block = next(q for q in found.quotations if q.words == article.quotations[1].words)
    assert (block.speaker, block.role) == ("Omar Sample", "engineer")
    assert f"[[quote:{block.id}]]" in found.sections[0].body
    assert (found.byline.office, found.byline.author) == ("the Test Desk", "Lena Writer")


@pytest.mark.parametrize(("office", "author"), [("", "Lena Writer"), ("the Test Desk", "")])
def test_a_credit_with_the_office_or_the_author_alone_reads_back(
    office: str, author: str, tmp_path: Path
) -> None:
    # Written as the language's sentence for the one alone ("By Lena Writer"), and read
    # back from it where no record says it.
    article = fixture_articles()["en"]
    article.byline.office, article.byline.author = office, author
    data = rewrite_part(
        export_docx(article),
        "word/_rels/document.xml.rels",
        lambda xml: re.sub(r"<Relationship [^>]*customXml\"[^>]*/>", "", xml),
    )
    found = import_docx(data, tmp_path)
    assert (found.byline.office, found.byline.author) == (office, author)


def test_text_added_after_the_credit_line_is_kept_and_reported(tmp_path: Path) -> None:
    article = fixture_articles()["tr"]

    def edit(document: Any) -> None:
        document.add_paragraph("A note typed under the credit line.", style="Body Text")

    path = tmp_path / "edited.docx"
    path.write_bytes(_edit_in_word(export_docx(article), edit))
    result = import_draft(path)
    assert result.article.sections[-1].body.endswith("A note typed under the credit line.")
    assert any("credit line" in warning for warning in result.warnings)


def test_hidden_labels_and_metadata_round_trip(tmp_path: Path) -> None:
    style = HouseStyle(include=Include(labels=False, metadata=True))
    article = fixture_articles()["ar"]
    assert_same_article(article, import_docx(export_docx(article, style), tmp_path))


def test_the_import_command_reads_newsdesk_docx_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    article = fixture_articles()["ur"]
    (tmp_path / "a.docx").write_bytes(export_docx(article))
    assert main(["import", "a.docx", "-o", "a.newsdesk"]) in (0, 1)
    from editor.storage import container

    assert_same_article(article, container.load(tmp_path / "a.newsdesk"))


def test_a_section_deleted_in_word_leaves_the_others_as_they_were(tmp_path: Path) -> None:
    article = fixture_articles()["tr"]

    def edit(document: Any) -> None:
        # The News section, its label and every paragraph up to the next label, deleted.
        paragraphs = document.paragraphs
        start = next(i for i, p in enumerate(paragraphs) if p.text == "Haber:")
        end = next(i for i, p in enumerate(paragraphs) if p.text == "Yorum:")
        for paragraph in paragraphs[start:end]:
            paragraph._element.getparent().remove(paragraph._element)

    found = import_docx(_edit_in_word(export_docx(article), edit), tmp_path)
    expected = fixture_articles()["tr"]
    del expected.sections[0]
    # Its quotations stay in the bank, unplaced: nothing is lost.
    assert_same_article(expected, found)


@pytest.mark.parametrize(
    "record",
    [
        '{"article": {"language": 5, "sections": 5, "quotations": [1, {"id": 3}]}, '
        '"sections": "x", "blocks": [{"section": 0, "lines": 7}], "header": []}',
        '{"article": {}, "sections": [{"label": 1, "count": "9"}], "inline": [{"text": 4}]}',
        "[" * 100_000,
        "not json",
    ],
)
def test_a_record_of_the_wrong_shape_still_imports_the_document_text(
    record: str, tmp_path: Path
) -> None:
    article = fixture_articles()["en"]
    data = rewrite_part(
        export_docx(article),
        RECORD,
        lambda xml: re.sub(r">.*</record>", lambda _: f">{record}</record>", xml, flags=re.S),
    )
    found = import_docx(data, tmp_path)
    assert found.headline == article.headline
    assert [section.label for section in found.sections[:2]] == ["News:", "Comment:"]
    assert "the survey is not done." in found.sections[0].body


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_a_docx_saved_again_by_libreoffice_imports_back_to_the_same_article(
    tmp_path: Path,
) -> None:
    # Another word processor saves the document again: its record survives, and with the
    # digests forgotten every section is rebuilt from LibreOffice's paragraphs and lists.
    article = fixture_articles()["ar"]

    def forget_digests(xml: str) -> str:
        return re.sub(r'"digest":"[0-9a-f]+"', '"digest":""', xml)

    source = tmp_path / "in" / "article.docx"
    source.parent.mkdir()
    source.write_bytes(rewrite_part(export_docx(article), RECORD, forget_digests))
    profile = tmp_path / "profile"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
            str(tmp_path / "out"),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    saved = (tmp_path / "out" / "article.docx").read_bytes()
    assert RECORD in zipfile.ZipFile(io.BytesIO(saved)).namelist()
    assert_same_article(article, import_docx(saved, tmp_path))


def test_a_paragraph_typed_under_the_headline_is_kept_and_the_standfirst_stays(
    tmp_path: Path,
) -> None:
    article = fixture_articles()["en"]

    def edit(document: Any) -> None:
        standfirst = _paragraph(document, "the channel stays closed — ")
        standfirst.insert_paragraph_before("Typed under the headline.", style="Body Text")

    found = import_docx(_edit_in_word(export_docx(article), edit), tmp_path)
    assert found.standfirst == article.standfirst
    assert found.sections[0].body == "Typed under the headline."
    assert [s.body for s in found.sections[1:]] == [s.body for s in article.sections]


def test_a_table_added_in_word_comes_back_as_a_pipe_table(tmp_path: Path) -> None:
    article = fixture_articles()["en"]

    def edit(document: Any) -> None:
        table = document.add_table(rows=3, cols=2)
        rows = [("Line", "Boats"), ("east", "2"), ("a|b", "*4*")]
        for row, texts in zip(table.rows, rows, strict=True):
            for cell, text in zip(row.cells, texts, strict=True):
                cell.text = text
        # Placed in the News section, before its last paragraph.
        _paragraph(document, "the survey is not done.")._element.addprevious(table._tbl)

    found = import_docx(_edit_in_word(export_docx(article), edit), tmp_path)
    body = found.sections[0].body
    assert body.endswith(
        "[[quote:block-1]]\n\n"
        "| Line | Boats |\n| --- | --- |\n| east | 2 |\n| a\\|b | \\*4\\* |\n\n"
        "the survey is not done."
    )
    assert [s.body for s in found.sections[1:]] == [s.body for s in article.sections[1:]]


@pytest.mark.parametrize(
    ("properties", "emphasis"),
    [
        ("", (False, False)),
        ("<w:rPr><w:b/><w:bCs/><w:i/><w:iCs/></w:rPr>", (True, True)),
        ('<w:rPr><w:b w:val="0"/><w:i w:val="1"/></w:rPr>', (False, True)),
        ('<w:rPr><w:rStyle w:val="Emphasis"/><w:rtl/></w:rPr>', (False, True)),
        ('<w:rPr><w:rStyle w:val="Strong"/><w:iCs/></w:rPr>', (True, False)),
    ],
)
def test_the_record_notes_emphasis_as_a_reader_of_the_run_sees_it(
    properties: str, emphasis: tuple[bool, bool]
) -> None:
    # A section is known unchanged by its text and emphasis: the writer must note what it
    # wrote (an Arabic italic written without w:i reads as upright), not what it was asked.
    from editor.render.docx_record import written_emphasis

    assert written_emphasis(properties) == emphasis


@pytest.mark.parametrize("embargo", ["", "2099-01-10T06:00:00+03:00"])
def test_a_date_edited_in_words_in_word_comes_back_as_the_date(
    tmp_path: Path, embargo: str
) -> None:
    # The metadata line prints the byline's date in the article's words ("14 October
    # 2026"): edited in Word, it must come back as the date, not as words. With an
    # embargo line above the headline (in the same style) too: it was taken for part of
    # the metadata, and the edit was reported as not mapped.
    article = fixture_articles()["en"]
    article.byline.date = "2026-10-14"
    article.meta.embargo = embargo

    def edit(document: Any) -> None:
        line = _paragraph(document, "14 October 2026")
        for run in line.runs:
            run.text = run.text.replace("14 October", "16 October")

    found = import_docx(_edit_in_word(export_docx(article), edit), tmp_path)
    assert found.byline.date == "2026-10-16"
    # Words that are no date this language writes stay as typed.

    def words(document: Any) -> None:
        line = _paragraph(document, "14 October 2026")
        line.runs[0].text = "Tuesday morning"
        for run in line.runs[1:]:
            run.text = ""

    found = import_docx(_edit_in_word(export_docx(article), words), tmp_path, "words.docx")
    assert found.byline.date == "Tuesday morning"


def test_the_desks_fields_come_back_and_the_editors_note_never_goes_out(tmp_path: Path) -> None:
    # A DOCX read back lost the embargo, slugline, urgency, subjects, copyright, usage
    # terms, the sections' genres and the corrections log.
    from editor.model import Correction, CorrectionKind

    article = fixture_articles()["en"]
    meta = article.meta
    meta.slugline, meta.urgency, meta.embargo = "PORT-REOPENS", 3, "2099-01-10T06:00:00+03:00"
    meta.subjects, meta.sign_off = ["medtop:20000763", "ports"], "desk/ao"
    meta.copyright_holder, meta.usage_terms = "the Desk", "No archive."
    meta.editor_note = "Check the minister's figures before Friday."
    article.sections[0].genre = "Analysis"
    article.corrections = [Correction("2026-05-03", CorrectionKind.CLARIFICATION, "40 m long.")]
    data = export_docx(article)
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        every_part = b"".join(package.read(name) for name in package.namelist())
    assert b"minister" not in every_part  # the note is in no part of the DOCX
    found = import_docx(data, tmp_path)
    assert (found.meta.slugline, found.meta.urgency, found.meta.embargo) == (
        "PORT-REOPENS",
        3,
        "2099-01-10T06:00:00+03:00",
    )
    assert found.meta.subjects == ["medtop:20000763", "ports"]
    assert (found.meta.sign_off, found.meta.copyright_holder, found.meta.usage_terms) == (
        "desk/ao",
        "the Desk",
        "No archive.",
    )
    assert found.meta.editor_note == ""
    assert found.sections[0].genre == "Analysis"
    assert found.corrections == article.corrections
