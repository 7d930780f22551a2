"""Comments a reviewer returns in a DOCX go back onto the right part and words."""

from __future__ import annotations

import copy
import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from sample_files import OWN_SAMPLES, shared_drafts

from editor.importing.docx_comments import import_comments, read_word_comments
from editor.importing.errors import DraftError
from editor.model import Article, Quotation, Section
from editor.model.review import add_comment, is_detached, reply
from editor.render import docx as docx_writer
from editor.render.build import build_document
from editor.render.styles import HouseStyle, Include

STYLE = HouseStyle(include=Include(comments=True))
NEWS = "Порт откроется в мае. Министр сказал, что порт **откроется** в срок.\n\n[[quote:q1]]"
COMMENT = "قال الوزير إن الميناء سيفتح. الميناء جاهز."


def reviewed() -> Article:
    article = Article(
        language="ru",
        headline="Откроется ли речной порт?",
        standfirst="Суда обещают к декабрю.",
        sections=[Section("news", "Новость:", NEWS), Section("comment", "Комментарий:", COMMENT)],
        quotations=[Quotation(id="q1", words="Мы сдержим обещание.")],
    )
    add_comment(article, "headline", 13, 19, "Или морской?", "Reviewer One")
    second = NEWS.index("порт", 10)
    on_second = add_comment(
        article, "sections/0", second, second + 18, "Точно в срок?", "Reviewer One"
    )
    reply(on_second, "Да, так сказано.", "Writer Two")
    port = COMMENT.rindex("الميناء")
    add_comment(article, "sections/1", port, port + 7, "أي ميناء؟", "Reviewer Two")
    add_comment(article, "quotations/q1", 3, 10, "Дословно?", "Reviewer Two")
    return article


def export(article: Article, path: Path) -> Path:
    buffer = io.BytesIO()
    docx_writer.write(build_document(article, STYLE), STYLE, buffer)
    path.write_bytes(buffer.getvalue())
    return path


def placed(article: Article) -> set[tuple[str, str, str, tuple[str, ...]]]:
    return {
        (c.part, c.quote, c.text, tuple(r.text for r in c.replies))
        for c in article.comments
        if not is_detached(c)
    }


def expected(article: Article) -> set[tuple[str, str, str, tuple[str, ...]]]:
    return placed(article)


def check_back_on_their_parts(original: Article, docx_path: Path) -> None:
    returned = copy.deepcopy(original)
    returned.comments = []
    result = import_comments(returned, docx_path)
    assert result.detached == []
    assert len(result.added) == len(original.comments)
    assert placed(returned) == expected(original)
    for before, after in zip(
        sorted(original.comments, key=lambda c: c.text),
        sorted(returned.comments, key=lambda c: c.text),
        strict=True,
    ):
        assert (after.part, after.start, after.end) == (before.part, before.start, before.end)
        assert after.author == before.author


def test_exported_comments_come_back_on_the_same_part_and_range(tmp_path: Path) -> None:
    article = reviewed()
    check_back_on_their_parts(article, export(article, tmp_path / "out.docx"))


def test_importing_twice_does_not_double_comments(tmp_path: Path) -> None:
    article = reviewed()
    path = export(article, tmp_path / "out.docx")
    result = import_comments(article, path)
    assert result.added == [] and result.already_there == 4
    assert len(article.comments) == 4
    assert [r.text for r in article.comments[1].replies] == ["Да, так сказано."]


def test_comment_on_words_no_longer_in_the_article_is_kept_detached(tmp_path: Path) -> None:
    article = reviewed()
    path = export(article, tmp_path / "out.docx")
    article.sections[1].body = "Новый текст."
    article.comments = []
    result = import_comments(article, path)
    lost = [c for c in article.comments if c.text == "أي ميناء؟"]
    assert len(lost) == 1 and is_detached(lost[0]) and lost[0].quote == "الميناء"
    assert lost[0].part == "sections/1"
    assert result.detached == lost


def test_a_file_that_is_not_a_docx_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.docx"
    path.write_bytes(b"plain text, not a package")
    with pytest.raises(DraftError, match=r"notes\.docx: not a Word document"):
        read_word_comments(path)


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_comments_survive_a_libreoffice_resave(tmp_path: Path) -> None:
    article = reviewed()
    (tmp_path / "exported").mkdir()
    exported = export(article, tmp_path / "exported" / "reviewed.docx")
    resaved = tmp_path / "resaved"
    subprocess.run(
        ["soffice", f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
         "--convert-to", "docx", "--outdir", str(resaved), str(exported)],
        capture_output=True, timeout=180, check=True,
    )  # fmt: skip
    check_back_on_their_parts(article, resaved / "reviewed.docx")


def _comment_on_last_long_word(article: Article, part: str, text: str) -> None:
    tokens = [(m.start(), m.end()) for m in re.finditer(r"\[\[quote:[^\]]*\]\]", text)]
    words = [
        m
        for m in re.finditer(r"\w{5,}", text)
        if not any(start <= m.start() < end for start, end in tokens)
    ]
    if words:
        last = words[-1]
        add_comment(article, part, last.start(), last.end(), f"Check «{last.group()}»", "Ed One")


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_sample_drafts_comments_survive_a_libreoffice_resave(tmp_path: Path) -> None:
    from editor.importing.draft import import_draft

    drafts = [
        *(
            OWN_SAMPLES / name
            for name in ("ferry-line-en.txt", "water-plan-ar.txt", "library-ru.txt")
        ),
        *shared_drafts(("river-port-en.txt", "university-ar.txt", "bridge-ru.txt")),
    ]
    articles = {}
    exported = tmp_path / "exported"
    exported.mkdir()
    for draft in drafts:
        article = import_draft(draft).article
        _comment_on_last_long_word(article, "headline", article.headline)
        for index, section in enumerate(article.sections):
            _comment_on_last_long_word(article, f"sections/{index}", section.body)
        assert len(article.comments) == 1 + len(article.sections)
        stem = draft.stem
        export(article, exported / f"{stem}.docx")
        articles[stem] = article
    resaved = tmp_path / "resaved"
    subprocess.run(
        ["soffice", f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
         "--convert-to", "docx", "--outdir", str(resaved),
         *(str(path) for path in sorted(exported.iterdir()))],
        capture_output=True, timeout=300, check=True,
    )  # fmt: skip
    for stem, article in articles.items():
        check_back_on_their_parts(article, resaved / f"{stem}.docx")
