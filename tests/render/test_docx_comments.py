"""DOCX with Word comments: on their words, replies threaded, only when the style asks."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from review_articles import reviewed_article

from editor.render import docx as docx_writer
from editor.render.build import build_document
from editor.render.formats import render_bytes
from editor.render.html import html_string
from editor.render.styles import HouseStyle, Include, parse_style

WITH_COMMENTS = HouseStyle(include=Include(comments=True))


def export(style: HouseStyle = WITH_COMMENTS) -> bytes:
    buffer = io.BytesIO()
    docx_writer.write(build_document(reviewed_article(), style), style, buffer)
    return buffer.getvalue()


def anchored_words(data: bytes) -> dict[str, str]:
    """Return each Word comment's text -> the words between its range markers."""
    import docx

    package = docx.Document(io.BytesIO(data))
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    texts = {str(c.comment_id): c.text for c in package.comments}
    open_ranges: dict[str, list[str]] = {}
    words: dict[str, str] = {}
    for element in package.element.body.iter(
        f"{w}commentRangeStart", f"{w}commentRangeEnd", f"{w}t"
    ):
        key = element.get(f"{w}id")
        if element.tag == f"{w}commentRangeStart":
            open_ranges[key] = []
        elif element.tag == f"{w}commentRangeEnd":
            words[texts[key]] = "".join(open_ranges.pop(key))
        else:
            for collected in open_ranges.values():
                collected.append(element.text or "")
    return words


def test_open_comments_become_word_comments_on_exactly_their_words() -> None:
    words = anchored_words(export())
    assert words == {
        "River or sea?": "river",
        "Which day?": "announced the date on Monday",
        "Monday the 5th.": "announced the date on Monday",
        "Same ministry?": "ministry",
        "Give the figure.": "channel depth",
        "Verbatim?": "keep",
    }
    assert "Old note." not in words  # resolved comments stay out


def test_the_second_occurrence_gets_the_comment_not_the_first() -> None:
    xml = zipfile.ZipFile(io.BytesIO(export())).read("word/document.xml").decode()
    paragraph = next(p for p in xml.split("</w:p>") if "will arrive" in p)
    assert re.search(r"commentRangeStart[^>]*/>.*?ministry", paragraph)
    first = next(p for p in xml.split("</w:p>") if "on Monday" in p)
    assert first.count("commentRangeStart") == 2  # "Which day?" and its reply only


def test_replies_are_threaded_through_comments_extended() -> None:
    package = zipfile.ZipFile(io.BytesIO(export()))
    extended = package.read("word/commentsExtended.xml").decode()
    comments = package.read("word/comments.xml").decode()
    parent = re.search(
        r'w14:paraId="([0-9A-F]{8})"[^>]*>(?:(?!</w:comment>).)*Which day', comments
    )
    reply = re.search(
        r'w14:paraId="([0-9A-F]{8})"[^>]*>(?:(?!</w:comment>).)*Monday the 5th', comments
    )
    assert parent and reply
    assert f'w15:paraId="{reply.group(1)}" w15:paraIdParent="{parent.group(1)}"' in extended
    types = package.read("[Content_Types].xml").decode()
    assert "commentsExtended+xml" in types
    assert 'w:initials="RT"' in comments and 'w:author="Reviewer Two"' in comments


def test_without_the_style_option_no_comments_are_written() -> None:
    data = export(HouseStyle())
    names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    assert "word/comments.xml" not in names
    assert b"commentRangeStart" not in zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml")


def test_the_option_is_read_from_a_house_style_file() -> None:
    style = parse_style(Path("office.json"), {"include": {"comments": True}}, "office")
    assert style.include.comments
    assert not parse_style(Path("o.json"), {}, "o").include.comments


def test_html_carries_comments_only_when_asked_as_an_appendix() -> None:
    plain = html_string(build_document(reviewed_article(), HouseStyle()), HouseStyle())
    assert "Which day?" not in plain
    page = html_string(build_document(reviewed_article(), WITH_COMMENTS), WITH_COMMENTS)
    appendix = page[page.index('<section class="comments">') :]
    assert "<mark>announced the date on Monday</mark>" in appendix
    assert "<strong>Reviewer One</strong>: Which day?" in appendix
    assert "<em>Writer Two</em>: Monday the 5th." in appendix
    assert "Old note." not in page


@pytest.mark.parametrize(
    ("language", "heading"),
    [("en", "Comments"), ("ar", "التعليقات"), ("ru", "Комментарии"), ("tr", "Yorumlar"),
     ("ur", "تبصرے")],
)  # fmt: skip
def test_the_comments_appendix_is_headed_in_the_articles_language(
    language: str, heading: str
) -> None:
    article = reviewed_article()
    article.language = language
    page = html_string(build_document(article, WITH_COMMENTS), WITH_COMMENTS)
    appendix = page[page.index('<section class="comments">') :]
    assert f"<h2>{heading}</h2>" in appendix
    assert language == "en" or "Comments" not in appendix


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
def test_the_pdf_lists_the_comments_under_the_articles_own_heading() -> None:
    article = reviewed_article()
    article.language = "ru"
    data = render_bytes(build_document(article, WITH_COMMENTS), WITH_COMMENTS, "pdf")
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-", "-"], input=data, capture_output=True, check=True
    ).stdout.decode("utf-8")
    assert "Комментарии" in text
    assert "Comments" not in text
    assert text.index("Комментарии") < text.index("Which day?")


needs_tools = pytest.mark.skipif(
    shutil.which("soffice") is None or shutil.which("pandoc") is None,
    reason="LibreOffice and pandoc are needed",
)


@needs_tools
def test_pandoc_shows_each_comment_around_its_words(tmp_path: Path) -> None:
    path = tmp_path / "reviewed.docx"
    path.write_bytes(export())
    markdown = subprocess.run(
        ["pandoc", "-s", "-f", "docx", "-t", "markdown", "--track-changes=all", str(path)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    flat = " ".join(markdown.replace('\\"', '"').split())
    for text, words in {
        "River or sea?": "river",
        "Same ministry?": "ministry",
        "Give the figure.": "channel depth",
        "Verbatim?": "keep",
    }.items():
        pattern = (
            rf'\[{re.escape(text)}\]\{{\.comment-start id="(\d+)"[^}}]*\}}\s*'
            rf'{re.escape(words)}\s*\[\]\{{\.comment-end id="\1"\}}'
        )
        assert re.search(pattern, flat), (text, flat)
    assert re.search(
        r"\[Which day\?\]\{\.comment-start[^}]*\}.*announced the \*date\* on Monday", flat
    )


@pytest.mark.slow
@needs_tools
def test_libreoffice_opens_the_commented_docx(tmp_path: Path) -> None:
    path = tmp_path / "reviewed.docx"
    path.write_bytes(export())
    profile = (tmp_path / "profile").as_uri()
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(path)],
        capture_output=True, timeout=180, check=True,
    )  # fmt: skip
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "reviewed.pdf"), "-"], capture_output=True, text=True
    ).stdout
    assert "Will the river port reopen?" in text
    assert "channel depth" in text


def test_a_comment_over_an_escaped_mark_and_a_link_lands_on_its_words() -> None:
    from editor.model import Article, Section
    from editor.model.review import add_comment

    body = "The fare is 5 \\* 3 euros, [the board](https://example.org/b) said."
    article = Article(headline="Fares", sections=[Section("news", "News:", body)])
    start = body.index("5")
    add_comment(article, "sections/0", start, body.index(")") + 1, "Which fare?", "Reviewer")
    buffer = io.BytesIO()
    docx_writer.write(build_document(article, WITH_COMMENTS), WITH_COMMENTS, buffer)
    assert anchored_words(buffer.getvalue()) == {"Which fare?": "5 * 3 euros, the board"}


def test_the_export_command_shows_the_comments_when_asked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The DOCX sent to a reviewer had none of the writer's questions: neither shipped
    # style shows comments, and nothing asked for them (seen on Xvfb).
    from editor.cli import main
    from editor.storage.container import save

    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "home" / ".config"))
    path = tmp_path / "article.newsdesk"
    save(reviewed_article(), path)
    assert main(["export", str(path), "--format", "docx,html", "--out", str(tmp_path / "a")]) == 0
    plain = next((tmp_path / "a").glob("*.docx"))
    assert "word/comments.xml" not in zipfile.ZipFile(plain).namelist()
    assert "River or sea?" not in next((tmp_path / "a").glob("*.html")).read_text("utf-8")
    out = tmp_path / "b"
    assert (
        main(["export", str(path), "--format", "docx,html", "--out", str(out), "--comments"]) == 0
    )
    asked = next(out.glob("*.docx"))
    comments = zipfile.ZipFile(asked).read("word/comments.xml").decode()
    assert "River or sea?" in comments and "Old note." not in comments
    assert "River or sea?" in next(out.glob("*.html")).read_text("utf-8")


def _commented(language: str, body: str, words: str, remark: str, author: str):
    """An article whose News body has ``remark`` on the first ``words`` in it."""
    from editor.model import Article, Section
    from editor.model.review import add_comment

    article = Article(language=language, headline="Pazar", sections=[Section("news", "", body)])
    start = body.index(words)
    add_comment(article, "sections/0", start, start + len(words), remark, author)
    return article


def test_a_comment_on_words_a_suggestion_replaces_is_kept_on_them() -> None:
    # Found in a trial: a comment on "yirmi", then a suggestion replacing it by "on iki";
    # the DOCX for the reviewer had the suggestion and not the comment.
    from editor.model.review import add_comment
    from editor.render.changes import tracked_document
    from editor.text.suggestions import suggest

    body = "Pazarda yirmi tezgâh açıldı. Yirmi yıl önce bir tane vardı."
    article = _commented("tr", body, "yirmi", "Kaç tane?", "Editör")
    later = body.index("bir tane")
    add_comment(article, "sections/0", later, later + len("bir tane"), "Kaynak?", "Editör")
    start = body.index("yirmi")
    suggest(article, "sections/0", start, start + len("yirmi"), "on iki", "Yazar")
    buffer = io.BytesIO()
    document = tracked_document(article, WITH_COMMENTS)
    docx_writer.write(document, WITH_COMMENTS, buffer)
    data = buffer.getvalue()
    xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode()
    assert "<w:delText" in xml and "on iki" in xml  # the suggestion, tracked
    package = __import__("docx").Document(io.BytesIO(data))
    assert sorted(comment.text for comment in package.comments) == ["Kaynak?", "Kaç tane?"]
    # On the words it was made on, now a suggestion's deletion, and on those replacing
    # them; its marks outside both, so that accepting the change in Word keeps it.
    paragraph = next(p for p in xml.split("</w:p>") if "tezg" in p)
    opened = paragraph.index("commentRangeStart")
    closed = paragraph.index("commentRangeEnd")
    covered = paragraph[opened:closed]
    assert "yirmi</w:delText>" in covered and "on iki</w:t>" in covered
    assert covered.count("<w:del ") == covered.count("</w:del>") == 1
    assert covered.count("<w:ins ") == covered.count("</w:ins>") == 1
    assert re.search(
        r"</w:ins><w:commentRangeEnd [^>]*/><w:r>(<w:rPr>.*?</w:rPr>)?<w:commentReference",
        paragraph,
    )
    assert anchored_words(data)["Kaynak?"] == "bir tane"


def test_that_comment_comes_back_from_the_reviewed_file_as_the_same_comment(
    tmp_path: Path,
) -> None:
    # The file for the reviewer, returned as it was: its comment on the replaced words is
    # the article's own, not a second one detached from the text.
    from editor.importing.docx_comments import attach_word_comments, read_word_comments
    from editor.render.changes import tracked_document
    from editor.text.suggestions import suggest

    body = "Pazarda yirmi tezgâh açıldı."
    article = _commented("tr", body, "yirmi", "Kaç tane?", "Editör")
    start = body.index("yirmi")
    suggest(article, "sections/0", start, start + len("yirmi"), "on iki", "Yazar")
    path = tmp_path / "pazar.docx"
    with path.open("wb") as out:
        docx_writer.write(tracked_document(article, WITH_COMMENTS), WITH_COMMENTS, out)
    outcome = attach_word_comments(article, read_word_comments(path))
    assert (outcome.already_there, outcome.added, outcome.detached) == (1, [], [])
    assert [comment.quote for comment in article.comments] == ["yirmi"]


def test_a_comment_whose_words_the_file_does_not_show_is_at_the_start_of_its_part(
    tmp_path: Path,
) -> None:
    # A comment on a link's address: the DOCX shows the link's words, not its address,
    # and the comment was left out of the file without a word.
    from editor.importing.docx_comments import attach_word_comments, read_word_comments

    body = "See [the report](https://example.org/a/b) today.\n\nA second paragraph."
    address = "https://example.org/a/b"
    article = _commented("en", body, address, "Is this the right link?", "Ed")
    path = tmp_path / "port.docx"
    with path.open("wb") as out:
        docx_writer.write(build_document(article, WITH_COMMENTS), WITH_COMMENTS, out)
    data = path.read_bytes()
    package = __import__("docx").Document(io.BytesIO(data))
    assert [comment.text for comment in package.comments] == ["Is this the right link?"]
    xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode()
    paragraph = next(p for p in xml.split("</w:p>") if "the report" in p)
    assert re.search(
        r"</w:pPr><w:commentRangeStart [^>]*/><w:commentRangeEnd [^>]*/><w:r>", paragraph
    )
    # Returned as it was, it is the article's own comment, not a second one.
    outcome = attach_word_comments(article, read_word_comments(path))
    assert (outcome.already_there, outcome.added) == (1, [])
