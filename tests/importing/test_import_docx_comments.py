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


# -- threads read from hand-made comments.xml and commentsExtended.xml (issue 14) ----------

_W_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"'
)
_W_URI = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_COMMENTS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
_EXTENDED_REL = "http://schemas.microsoft.com/office/2011/relationships/commentsExtended"
_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml"


def _word_review(
    tmp_path: Path,
    comments: list[tuple[str, str, str, str]],
    parents: dict[str, str] | None,
    anchored: str = "<w:t>port</w:t>",
) -> Path:
    """A DOCX whose headline "Will the port open?" has comments (id, author, date, text).

    Comment N's paragraph id is 1000000N; ``parents`` maps a comment id to its parent's id
    in commentsExtended.xml (None: no such part, as LibreOffice writes). ``anchored`` is
    the XML of the commented run's text.
    """
    import docx
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml.parser import parse_xml

    document = docx.Document()
    title = document.add_paragraph(style="Title")
    title.add_run("Will the ")
    title.add_run("port")
    title.add_run(" open?")
    for text in title.runs[1]._r.findall(f"{{{_W_URI}}}t"):
        title.runs[1]._r.remove(text)
    title.runs[1]._r.extend(parse_xml(f"<w:r {_W_NS}>{anchored}</w:r>"))
    document.add_paragraph("The port opens in May.")
    # Every comment is anchored on "port" in the headline, as Word anchors a thread.
    for key, *_ in comments:
        title.runs[1]._r.addprevious(parse_xml(f'<w:commentRangeStart {_W_NS} w:id="{key}"/>'))
        title.runs[1]._r.addnext(parse_xml(f'<w:commentRangeEnd {_W_NS} w:id="{key}"/>'))
    bodies = "".join(
        f'<w:comment w:id="{key}" w:author="{author}" w:initials="R"'
        + (f' w:date="{date}"' if date else "")
        + f'><w:p w14:paraId="1000000{key}"><w:r><w:t>{text}</w:t></w:r></w:p></w:comment>'
        for key, author, date, text in comments
    )
    package = document.part.package
    part = Part(
        PackURI("/word/comments.xml"),
        f"{_MAIN}.comments+xml",
        f"<w:comments {_W_NS}>{bodies}</w:comments>".encode(),
        package,
    )
    document.part.relate_to(part, _COMMENTS_REL)
    if parents is not None:
        entries = "".join(
            f'<w15:commentEx w15:paraId="1000000{key}" w15:done="0"'
            + (f' w15:paraIdParent="1000000{parents[key]}"' if key in parents else "")
            + "/>"
            for key, *_ in comments
        )
        extended = Part(
            PackURI("/word/commentsExtended.xml"),
            f"{_MAIN}.commentsExtended+xml",
            f"<w15:commentsEx {_W_NS}>{entries}</w15:commentsEx>".encode(),
            package,
        )
        document.part.relate_to(extended, _EXTENDED_REL)
    path = tmp_path / "reviewed.docx"
    document.save(path)
    return path


def _port_article() -> Article:
    return Article(
        language="en",
        headline="Will the port open?",
        sections=[Section("news", "News:", "The port opens in May.")],
    )


def _threads(article: Article) -> list[tuple[str, str, list[str]]]:
    return [(c.quote, c.text, [r.text for r in c.replies]) for c in article.comments]


def test_replies_of_any_depth_come_back_on_their_thread_in_order(tmp_path: Path) -> None:
    path = _word_review(
        tmp_path,
        [
            ("0", "Reviewer One", "2026-03-01T09:00:00Z", "Which port?"),
            # In the file before the replies it answers: written last, so shown last.
            ("3", "Reviewer One", "2026-03-01T12:00:00Z", "Fine, thanks."),
            ("1", "Writer Two", "2026-03-01T10:00:00Z", "The river port."),
            ("2", "Reviewer One", "2026-03-01T11:00:00Z", "Say so in the text?"),
        ],
        {"1": "0", "2": "1", "3": "2"},
    )
    article = _port_article()
    result = import_comments(article, path)
    assert _threads(article) == [
        ("port", "Which port?", ["The river port.", "Say so in the text?", "Fine, thanks."])
    ]
    assert len(result.added) == 1 and result.warnings == []


def test_replies_whose_parents_form_a_cycle_come_back_and_are_reported(tmp_path: Path) -> None:
    path = _word_review(
        tmp_path,
        [
            ("0", "Reviewer One", "2026-03-01T09:00:00Z", "Which port?"),
            ("1", "Writer Two", "2026-03-01T10:00:00Z", "The river port."),
            ("2", "Reviewer One", "2026-03-01T11:00:00Z", "Say so in the text?"),
            ("3", "Writer Two", "2026-03-01T12:00:00Z", "Me again."),
        ],
        # 1 and 2 answer each other; 3 answers itself.
        {"1": "2", "2": "1", "3": "3"},
    )
    article = _port_article()
    result = import_comments(article, path)
    assert sorted(_threads(article)) == [
        ("port", "Me again.", []),
        ("port", "The river port.", ["Say so in the text?"]),
        ("port", "Which port?", []),
    ]
    assert result.warnings == [
        "comments 1 by Writer Two, 2 by Reviewer One answer each other in a circle; "
        "comment 1 by Writer Two is taken as the first of their thread.",
        "comment 3 by Writer Two answers itself; it is taken as the first of its thread.",
    ]


def test_unreadable_comment_date_is_kept_as_written_and_reported(tmp_path: Path) -> None:
    path = _word_review(
        tmp_path,
        [
            ("0", "Reviewer One", "next Tuesday", "Which port?"),
            ("1", "Writer Two", "2026-02-30T10:00:00Z", "The river port."),
            ("2", "Writer Two", "", "Undated."),
        ],
        {"1": "0"},
    )
    article = _port_article()
    result = import_comments(article, path)
    comment = next(c for c in article.comments if c.text == "Which port?")
    assert comment.created == "next Tuesday"
    assert [(r.text, r.created) for r in comment.replies] == [
        ("The river port.", "2026-02-30T10:00:00Z")
    ]
    undated = next(c for c in article.comments if c.text == "Undated.")
    assert undated.created == ""
    assert not any("1970" in c.created for c in article.comments)
    assert result.warnings == [
        "comment 0 by Reviewer One: its date “next Tuesday” cannot be read; "
        "it is kept as written.",
        "comment 1 by Writer Two: its date “2026-02-30T10:00:00Z” cannot be read; "
        "it is kept as written.",
    ]


def test_every_comment_comes_back_whatever_its_parent_says(tmp_path: Path) -> None:
    comments = [
        ("0", "Reviewer One", "2026-03-01T09:00:00Z", "Which port?"),
        ("1", "Writer Two", "2026-03-01T10:00:00Z", "Parent is gone."),
        ("2", "Reviewer One", "2026-03-01T11:00:00Z", "Same words, same text."),
        ("3", "Writer Two", "2026-03-01T11:00:00Z", "Same words, same text."),
    ]
    path = _word_review(tmp_path, comments, {"1": "9"})
    article = _port_article()
    import_comments(article, path)
    said = [c.text for c in article.comments] + [
        r.text for c in article.comments for r in c.replies
    ]
    assert sorted(said) == sorted(text for *_, text in comments)


def test_comments_without_a_thread_part_are_threaded_by_their_words(tmp_path: Path) -> None:
    path = _word_review(
        tmp_path,
        [
            ("0", "Reviewer One", "2026-03-01T09:00:00Z", "Which port?"),
            ("1", "Writer Two", "2026-03-01T10:00:00Z", "The river port."),
        ],
        None,
    )
    article = _port_article()
    import_comments(article, path)
    assert _threads(article) == [("port", "Which port?", ["The river port."])]


def test_words_with_a_no_break_hyphen_are_found_as_the_draft_importer_reads_them(
    tmp_path: Path,
) -> None:
    # Word writes a non-breaking hyphen as <w:noBreakHyphen/>; a draft imported from Word
    # holds it as U+2011, so the commented words are found, not kept detached.
    path = _word_review(
        tmp_path,
        [("0", "Reviewer One", "2026-03-01T09:00:00Z", "Which one?")],
        None,
        anchored="<w:t>river</w:t><w:noBreakHyphen/><w:t>port</w:t>",
    )
    article = Article(language="en", headline="Will the river\u2011port open?")
    result = import_comments(article, path)
    assert _threads(article) == [("river\u2011port", "Which one?", [])]
    assert result.detached == []
