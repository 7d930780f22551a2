"""``newsdesk comments``, ``status`` and ``diff``: what a reviewer sees in a terminal."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from editor.cli import main
from editor.model import Article, Section
from editor.model.review import add_comment, make_revision, reply, resolve
from editor.render import docx as docx_writer
from editor.render.build import build_document
from editor.render.styles import HouseStyle, Include
from editor.storage import container

BODY = "The ministry announced the date on Monday."


def article_file(folder: Path) -> Path:
    article = Article(
        headline="Will the river port reopen?",
        sections=[Section("news", "News:", BODY), Section("comment", "Comment:", "Doubts.")],
    )
    article.byline.author = "Writer Two"
    comment = add_comment(article, "sections/0", 4, 12, "Which ministry?", "Reviewer One")
    reply(comment, "Transport.", "Writer Two")
    path = folder / "port.newsdesk"
    container.save(article, path)
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_comments_lists_each_comment_with_its_words_and_replies(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = article_file(tmp_path)
    code, out, _err = run(capsys, "comments", str(path))
    assert code == 0
    assert out.splitlines() == [
        f"{path}: 1 comments (1 open)",
        "[open] News «ministry» Reviewer One: Which ministry?",
        "    ↳ Writer Two: Transport.",
    ]
    code, out, _err = run(capsys, "comments", str(path), "--json")
    data = json.loads(out)
    assert data[0]["quote"] == "ministry" and data[0]["part"] == "sections/0"
    assert data[0]["replies"][0]["text"] == "Transport."


def test_comments_from_docx_puts_them_back_on_the_part(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = article_file(tmp_path)
    style = HouseStyle(include=Include(comments=True))
    buffer = io.BytesIO()
    docx_writer.write(build_document(container.load(path), style), style, buffer)
    reviewed = tmp_path / "reviewed.docx"
    reviewed.write_bytes(buffer.getvalue())
    bare = container.load(path)
    bare.comments = []
    container.save(bare, path)
    code, out, _err = run(capsys, "comments", str(path), "--from-docx", str(reviewed))
    assert code == 0
    assert "1 comment(s) added" in out and "0 kept detached" in out
    loaded = container.load(path).comments
    assert [(c.part, c.start, c.end, c.text) for c in loaded] == [
        ("sections/0", 4, 12, "Which ministry?")
    ]
    assert [r.text for r in loaded[0].replies] == ["Transport."]
    code, out, _err = run(capsys, "comments", str(path), "--from-docx", str(reviewed))
    assert "0 comment(s) added" in out and "1 already there" in out


def test_from_docx_with_a_broken_file_is_one_error_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = article_file(tmp_path)
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK not really")
    code, out, err = run(capsys, "comments", str(path), "--from-docx", str(broken))
    assert code == 2 and out == ""
    assert err.startswith(f"newsdesk: {broken}: ") and err.count("\n") == 1


def test_status_moves_and_records_history(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = article_file(tmp_path)
    code, out, _err = run(capsys, "status", str(path))
    assert (code, out) == (0, f"{path}: Draft\n")
    code, out, _err = run(capsys, "status", str(path), "in_review", "--note", "Ready")
    assert code == 0 and "now In review (revision 1 kept)" in out
    code, _out, err = run(capsys, "status", str(path), "published")
    assert code == 2
    assert "an article in In review cannot move to Published" in err
    # The default style's approval gate: the comment is still open.
    code, out, err = run(capsys, "status", str(path), "approved")
    assert (code, out) == (2, "")
    assert err == (
        f"newsdesk: {path}: the article cannot move to Approved while it has "
        "1 unresolved comment\n"
    )
    assert container.load(path).meta.status == "in_review"
    settled = container.load(path)
    resolve(settled.comments[0])
    container.save(settled, path)
    code, out, _err = run(capsys, "status", str(path), "approved", "--author", "Editor Five")
    saved = container.load(path)
    assert saved.meta.status == "approved"
    assert [(c.status, c.author, c.note) for c in saved.status_history] == [
        ("in_review", "Writer Two", "Ready"),
        ("approved", "Editor Five", ""),
    ]
    code, out, _err = run(capsys, "status", str(path))
    assert out.splitlines()[0] == f"{path}: Approved"
    assert out.splitlines()[1].endswith("In review  Writer Two — Ready")


def test_diff_shows_word_changes_since_the_last_revision(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = article_file(tmp_path)
    article = container.load(path)
    make_revision(article, "Writer Two", "first")
    article.sections[0].body = "The ministry announced the new date on Tuesday."
    container.save(article, path)
    code, out, _err = run(capsys, "diff", str(path))
    assert code == 0
    assert out == (
        "== News ==\nThe ministry announced the {+new +}date on [-Monday-]{+Tuesday+}.\n"
    )
    code, out, _err = run(capsys, "diff", str(path), "--from", "1", "--to", "1")
    assert out == "no differences\n"
    code, _out, err = run(capsys, "diff", str(path), "--from", "7")
    assert code == 2 and "no revision 7" in err


def test_diff_without_revisions_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = article_file(tmp_path)
    code, _out, err = run(capsys, "diff", str(path))
    assert code == 2 and "has no revisions" in err


def test_from_docx_reports_a_comment_date_it_cannot_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import docx
    from docx.oxml.ns import qn

    path = article_file(tmp_path)
    document = docx.Document()
    paragraph = document.add_paragraph("The ministry announced the date on Monday.")
    comment = document.add_comment(paragraph.runs, text="Which day?", author="Reviewer Six")
    comment._comment_elm.set(qn("w:date"), "next Tuesday")
    reviewed = tmp_path / "reviewed.docx"
    document.save(reviewed)
    code, out, err = run(capsys, "comments", str(path), "--from-docx", str(reviewed))
    assert code == 0 and "1 comment(s) added" in out
    assert err == (
        f"newsdesk: warning: {reviewed}: comment 0 by Reviewer Six: its date “next Tuesday” "
        "cannot be read; it is kept as written.\n"
    )
    added = [c for c in container.load(path).comments if c.text == "Which day?"]
    assert [c.created for c in added] == ["next Tuesday"]


def test_status_change_keeps_an_unknown_key_nested_500_deep(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = article_file(tmp_path)
    article = container.load(path)
    nested: object = "leaf"
    for _ in range(500):
        nested = {"k": nested}
    article.extra["future"] = nested
    container.save(article, path)
    code, out, err = run(capsys, "status", str(path), "in_review")
    assert (code, err) == (0, "")
    assert "now In review" in out
    saved = container.load(path)
    assert saved.meta.status == "in_review"
    assert saved.extra["future"] == nested
    assert saved.revisions[-1].snapshot is not None
    assert saved.revisions[-1].snapshot.extra["future"] == nested


def test_status_passes_open_comments_when_the_users_style_turns_the_gate_off(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], user_folders
) -> None:
    from editor.storage.settings import Settings, save_settings

    styles = user_folders.config / "styles"
    styles.mkdir(parents=True)
    (styles / "open.json").write_text(
        json.dumps({"name": "open", "review": {"approval_gate": False}}), encoding="utf-8"
    )
    save_settings(Settings(house_style="open"), user_folders)
    path = article_file(tmp_path)
    assert run(capsys, "status", str(path), "in_review")[0] == 0
    code, out, _err = run(capsys, "status", str(path), "approved")
    assert code == 0 and "now Approved" in out
    assert container.load(path).comments[0].resolved is False
