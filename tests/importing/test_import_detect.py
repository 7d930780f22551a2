"""Drafts in any of our encodings are read right; drafts that are not text get one clear line."""

from __future__ import annotations

from pathlib import Path

import pytest
from unprivileged import as_unprivileged

from editor.importing import DraftError, import_draft, import_text
from editor.importing.detect import decode_draft

ARABIC = "الخبر:\nأعلنت الوزارة أن الجامعات الجديدة ستفتح أبوابها في الخريف المقبل."
RUSSIAN = "Новость:\nВласти края открыли движение по новому мосту через залив в четверг."
FRENCH = "Nouvelle :\nLa mairie a déjà présenté le projet, et les élus l'ont voté à l'unanimité."


@pytest.mark.parametrize(
    ("text", "encoding"),
    [(ARABIC, "cp1256"), (RUSSIAN, "cp1251"), (FRENCH, "cp1252")],
)
def test_legacy_code_page_is_detected_and_decoded_exactly(text: str, encoding: str) -> None:
    decoded = decode_draft(text.encode(encoding), "draft.txt")
    assert decoded.encoding == encoding
    assert decoded.text == text
    assert decoded.warnings and "not UTF-8" in decoded.warnings[0]


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (b"\xef\xbb\xbf" + ARABIC.encode("utf-8"), "UTF-8 with BOM"),
        (b"\xff\xfe" + ARABIC.encode("utf-16-le"), "UTF-16"),
        (b"\xfe\xff" + RUSSIAN.encode("utf-16-be"), "UTF-16"),
        (ARABIC.encode("utf-8"), "utf-8"),
    ],
)
def test_unicode_draft_is_read_with_or_without_bom(data: bytes, name: str) -> None:
    decoded = decode_draft(data, "draft.txt")
    assert decoded.encoding == name
    assert decoded.text in (ARABIC, RUSSIAN)
    assert decoded.warnings == []


def test_crlf_and_cr_line_ends_become_one_kind() -> None:
    decoded = decode_draft(b"Headline\r\nNews:\rFirst line.\r\n", "draft.txt")
    assert decoded.text == "Headline\nNews:\nFirst line.\n"


def test_given_encoding_wins_over_detection() -> None:
    data = RUSSIAN.encode("koi8-r")
    assert decode_draft(data, "draft.txt", encoding="koi8-r").text == RUSSIAN


def test_unknown_or_wrong_given_encoding_is_a_clear_error() -> None:
    with pytest.raises(DraftError, match="not an encoding this program knows"):
        decode_draft(b"text", "draft.txt", encoding="no-such-codec")
    with pytest.raises(DraftError, match="not valid utf-8"):
        decode_draft(ARABIC.encode("cp1256"), "draft.txt", encoding="utf-8")


def test_nul_characters_are_removed_with_a_warning_other_controls_kept() -> None:
    decoded = decode_draft(b"Head\x00line\nNews:\nA \x0b tab \x1b escape \x07 bell.", "d.txt")
    assert decoded.text == "Headline\nNews:\nA \x0b tab \x1b escape \x07 bell."
    assert any("NUL" in warning for warning in decoded.warnings)


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20,
        bytes(range(256)) * 40,
        b"%PDF-1.7\n" + b"stream" * 10,
        "Headline\nNews:\nText".encode("utf-16-le"),  # no BOM: NULs everywhere
    ],
)
def test_binary_draft_is_refused_in_one_line(tmp_path: Path, data: bytes) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_bytes(data)
    with pytest.raises(DraftError) as failure:
        import_draft(draft)
    assert str(failure.value) == f"{draft}: the draft is not text (it holds binary data)."


@pytest.mark.parametrize("data", [b"", b"   \n\r\n\t  ", b"\xef\xbb\xbf", b"\xff\xfe"])
def test_empty_draft_is_refused_in_one_line(tmp_path: Path, data: bytes) -> None:
    draft = tmp_path / "empty.txt"
    draft.write_bytes(data)
    with pytest.raises(DraftError) as failure:
        import_draft(draft)
    assert str(failure.value) == f"{draft}: the draft is empty."


def test_fifty_megabyte_one_line_file_is_refused_in_one_line(tmp_path: Path) -> None:
    draft = tmp_path / "huge.txt"
    with draft.open("wb") as out:
        out.write(b"word " * 10_000_000)
    with pytest.raises(DraftError) as failure:
        import_draft(draft)
    assert str(failure.value) == (
        f"{draft}: the draft is 50 MB; an article holds at most 32 MB of text."
    )


@pytest.mark.slow
def test_fifty_megabyte_one_line_text_becomes_a_sensible_article() -> None:
    line = "A line without end, *stars*, [brackets] and “marks”. " * 950_000
    result = import_text(line)
    article = result.article
    assert len(line) > 50_000_000
    assert article.headline == ""
    assert len(article.sections) == 1
    assert article.sections[0].body.startswith("A line without end, \\*stars\\*, \\[brackets\\]")
    assert any("too long to be a headline" in warning for warning in result.warnings)
    assert any("without looking for quotations" in warning for warning in result.warnings)


def test_too_many_lines_are_refused_in_one_line() -> None:
    from editor.importing.draft import MAX_LINES

    lines = MAX_LINES + 1
    with pytest.raises(DraftError, match=rf"^<text>: the draft has {lines:,} lines; drafts over"):
        import_text("x\n" * MAX_LINES)


@pytest.mark.slow  # a few seconds: run by .ci/run with the slow tests
def test_the_markdown_export_of_100000_paragraphs_reads_back() -> None:
    """An article the format holds, exported to Markdown, is a draft the importer takes."""
    from editor.model import Article, Section
    from editor.render.build import build_document
    from editor.render.formats import render_bytes
    from editor.render.styles import HouseStyle

    body = "\n\n".join(f"Paragraph {number} has words." for number in range(100_000))
    article = Article(headline="Will it hold?", sections=[Section(body=body)])
    style = HouseStyle()
    markdown = render_bytes(build_document(article, style), style, "md").decode("utf-8")
    assert markdown.count("\n") > 200_000  # more lines than the old bound allowed
    result = import_text(markdown)
    assert "Paragraph 99999 has words." in result.article.sections[-1].body


def test_missing_file_folder_and_foreign_formats_are_clear_errors(tmp_path: Path) -> None:
    cases = {
        tmp_path / "missing.txt": "there is no such file.",
        tmp_path: "this is a folder, not a draft.",
        tmp_path / "a.newsdesk": "this is already a Newsdesk article; open it instead.",
        tmp_path / "a.doc": "Word 97–2003 documents cannot be imported; save it as DOCX",
    }
    (tmp_path / "a.newsdesk").write_bytes(b"PK")
    (tmp_path / "a.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    for path, message in cases.items():
        with pytest.raises(DraftError) as failure:
            import_draft(path)
        assert str(failure.value).startswith(f"{path}: {message}")
        assert "\n" not in str(failure.value)


def test_unreadable_file_is_a_clear_error(tmp_path: Path) -> None:
    draft = tmp_path / "locked.txt"
    draft.write_text("Headline\n")
    draft.chmod(0)
    with pytest.raises(DraftError) as failure:
        as_unprivileged(import_draft, draft)
    assert str(failure.value) == f"{draft}: you have no permission to read this file."
