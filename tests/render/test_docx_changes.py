"""DOCX with tracked changes: the XML of insertions, deletions, paragraph marks, emphasis."""

from __future__ import annotations

import io
import zipfile
from collections import Counter

import pytest
from review_articles import reviewed_article
from revised_samples import (
    EDITOR,
    EXPECTED,
    NS,
    REVISED,
    SECOND_STAMP,
    W,
    change_text,
    document_xml,
    revised_ar,
    revised_en,
)

from editor.model.review import change_status, make_revision
from editor.render.build import build_document
from editor.render.changes import NoRevisionError, base_revision, tracked_document
from editor.render.formats import render_bytes
from editor.render.styles import HouseStyle, Include, ReviewRules, load_style
from editor.text.suggestions import suggest

STYLE = load_style("default")


def changes_docx(article, since=1, style: HouseStyle = STYLE) -> bytes:
    return render_bytes(tracked_document(article, style, since), style, "docx")


def _w(name: str) -> str:
    return f"{{{W}}}{name}"


@pytest.mark.parametrize("language", sorted(REVISED))
def test_each_changed_word_is_a_tracked_change_by_the_editor(language: str) -> None:
    root = document_xml(changes_docx(REVISED[language]()))
    deleted = [change_text(item) for item in root.iter(_w("del")) if change_text(item)]
    inserted = [change_text(item) for item in root.iter(_w("ins")) if change_text(item)]
    gone, added = EXPECTED[language]
    for words in gone:
        assert any(words in text for text in deleted), (words, deleted)
    for words in added:
        assert any(words in text for text in inserted), (words, inserted)
    for change in [*root.iter(_w("ins")), *root.iter(_w("del"))]:
        assert change.get(_w("author")) == EDITOR
        assert change.get(_w("date")) == SECOND_STAMP
    # Deleted words are in w:delText inside w:del, never in w:t.
    for change in root.iter(_w("del")):
        assert not change.xpath(".//w:t", namespaces=NS)
    assert not root.xpath("//w:ins//w:delText", namespaces=NS)


def test_the_newer_and_older_text_read_from_the_changes() -> None:
    root = document_xml(changes_docx(revised_en()))
    body = root.find(_w("body"))
    newer, older = [], []
    for paragraph in body.iter(_w("p")):
        marks = paragraph.xpath("./w:pPr/w:rPr/*", namespaces=NS)
        kept = "".join(paragraph.xpath(".//w:t[not(ancestor::w:del)]/text()", namespaces=NS))
        was = "".join(
            paragraph.xpath(
                ".//w:t[not(ancestor::w:ins)]/text() | .//w:delText/text()", namespaces=NS
            )
        )
        if not any(mark.tag == _w("del") for mark in marks):
            newer.append(kept)
        if not any(mark.tag == _w("ins") for mark in marks):
            older.append(was)
    assert "The harbour board met on Wednesday to review" in "\n".join(newer)
    assert "one barge waiting" not in newer
    assert "The towns have waited long enough." in newer
    assert "The harbour board met on Tuesday to review" in "\n".join(older)
    assert "one barge waiting" in older
    assert "The towns have waited long enough." not in older


def test_added_and_removed_paragraphs_carry_their_paragraph_mark() -> None:
    root = document_xml(changes_docx(revised_en()))
    added = [p for p in root.iter(_w("p")) if p.xpath("./w:pPr/w:rPr/w:ins", namespaces=NS)]
    removed = [p for p in root.iter(_w("p")) if p.xpath("./w:pPr/w:rPr/w:del", namespaces=NS)]
    assert [change_text(p) for p in added] == ["The towns have waited long enough."]
    assert [change_text(p) for p in removed] == ["one barge waiting"]
    # The removed list item keeps its list numbering, its text all deleted.
    assert removed[0].xpath("./w:pPr/w:numPr", namespaces=NS)
    assert not removed[0].xpath(".//w:t", namespaces=NS)
    mark = added[0].find(f"{_w('pPr')}/{_w('rPr')}/{_w('ins')}")
    assert mark.get(_w("author")) == EDITOR and mark.get(_w("date")) == SECOND_STAMP


def test_an_emphasis_change_is_a_run_property_change() -> None:
    root = document_xml(changes_docx(revised_en()))
    changed = root.xpath("//w:r[w:rPr/w:rPrChange]", namespaces=NS)
    assert ["".join(run.xpath("./w:t/text()", namespaces=NS)) for run in changed] == ["firm"]
    run = changed[0]
    assert run.find(f"{_w('rPr')}/{_w('b')}") is not None  # bold now
    before = run.find(f"{_w('rPr')}/{_w('rPrChange')}/{_w('rPr')}")
    assert before.find(_w("i")) is not None and before.find(_w("b")) is None  # italic before
    assert run.find(f"{_w('rPr')}/{_w('rPrChange')}").get(_w("author")) == EDITOR
    # rPrChange is the last of the run's properties, as the schema wants.
    assert run.find(_w("rPr"))[-1].tag == _w("rPrChange")
    # Nothing else of the sentence is inserted or deleted.
    paragraph = run.getparent()
    assert not paragraph.xpath(".//w:ins | .//w:del", namespaces=NS)


def test_right_to_left_runs_inside_changes_are_written_as_the_normal_writer_writes_them() -> None:
    article = revised_ar()
    root = document_xml(changes_docx(article))
    normal = document_xml(render_bytes(build_document(article, STYLE), STYLE, "docx"))
    normal_props = {
        "".join(run.xpath("./w:t/text()", namespaces=NS)): run.find(_w("rPr"))
        for run in normal.iter(_w("r"))
    }
    inserted_runs = root.xpath("//w:ins/w:r[w:t]", namespaces=NS)
    assert inserted_runs
    for run in inserted_runs:
        props = run.find(_w("rPr"))
        assert props is not None and props.find(_w("rtl")) is not None
        paragraph = run.getparent().getparent()
        assert paragraph.find(f"{_w('pPr')}/{_w('bidi')}") is not None
    # A paragraph added whole is the normal writer's paragraph, runs for runs, in a w:ins.
    added = "القرار ينتظر موافقة البرلمان."
    run = next(
        r for r in inserted_runs if "".join(r.xpath("./w:t/text()", namespaces=NS)) == added
    )
    assert etree_bytes(run.find(_w("rPr"))) == etree_bytes(normal_props[added])


def etree_bytes(element) -> bytes:
    from lxml import etree

    return etree.tostring(element)


def test_ids_are_unique_with_comments_on() -> None:
    style = HouseStyle(include=Include(comments=True))
    article = reviewed_article()
    make_revision(article, "Writer One", "first", at="2026-10-14T09:00:00+00:00")
    article.sections[1].body = article.sections[1].body.replace(
        "Who measured it?", "Who measured it, and when?"
    )
    article.headline = "Will the river port reopen at last?"
    make_revision(article, EDITOR, "second", at="2026-10-15T10:00:00+00:00")
    data = changes_docx(article, 1, style)
    root = document_xml(data)
    change_ids = root.xpath("//w:ins/@w:id | //w:del/@w:id | //w:rPrChange/@w:id", namespaces=NS)
    comment_ids = set(root.xpath("//w:commentRangeStart/@w:id", namespaces=NS))
    assert change_ids and comment_ids
    counts = Counter(change_ids)
    assert max(counts.values()) == 1
    assert not set(change_ids) & comment_ids
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        assert b"Who measured it" in package.read("word/document.xml")
        assert package.read("word/comments.xml").count(b"<w:comment ") == len(comment_ids)


def test_unchanged_paragraphs_are_written_exactly_as_the_normal_export() -> None:
    article = revised_en()
    make_revision(article, EDITOR, "same text", at="2026-10-16T10:00:00+00:00")
    normal = render_bytes(build_document(article, STYLE), STYLE, "docx")
    tracked = changes_docx(article, 3)
    assert document_xml(tracked).xpath("//w:ins | //w:del", namespaces=NS) == []
    with (
        zipfile.ZipFile(io.BytesIO(normal)) as first,
        zipfile.ZipFile(io.BytesIO(tracked)) as second,
    ):
        assert first.read("word/document.xml") == second.read("word/document.xml")


def test_open_suggestions_are_tracked_changes_by_their_own_authors_on_top() -> None:
    article = revised_en()
    body = article.sections[0].body
    start = body.index("Wednesday")
    # Deletes the editor's inserted word; inserts another one elsewhere.
    suggest(
        article,
        "sections/0",
        start,
        start + len("Wednesday"),
        "Thursday",
        "Reviewer Three",
        at="2026-10-16T08:00:00+00:00",
    )
    place = body.index("eastern")
    suggest(
        article,
        "sections/0",
        place,
        place,
        "far ",
        "Reviewer Four",
        at="2026-10-16T09:00:00+00:00",
    )
    root = document_xml(changes_docx(article))
    by_author: dict[str, list[str]] = {}
    for change in [*root.iter(_w("ins")), *root.iter(_w("del"))]:
        by_author.setdefault(change.get(_w("author")), []).append(change_text(change))
    assert "Thursday" in by_author["Reviewer Three"]
    assert "far " in by_author["Reviewer Four"]
    # The editor's inserted "Wednesday", deleted by the suggestion: a w:del inside the w:ins.
    nested = root.xpath("//w:ins[@w:author='Editor Two']/w:del", namespaces=NS)
    assert [change_text(item) for item in nested] == ["Wednesday"]
    assert nested[0].get(_w("author")) == "Reviewer Three"
    assert nested[0].get(_w("date")) == "2026-10-16T08:00:00Z"


def test_suggestions_alone_reject_to_the_current_text() -> None:
    article = revised_en()
    start = article.headline.index("soon")
    suggest(article, "headline", start, start + 4, "in spring", "Reviewer Three")
    data = render_bytes(tracked_document(article, STYLE), STYLE, "docx")
    root = document_xml(data)
    assert [change_text(x) for x in root.iter(_w("del"))] == ["soon"]
    assert [change_text(x) for x in root.iter(_w("ins"))] == ["in spring"]


def test_track_revisions_turns_on_words_track_changes() -> None:
    tracked = HouseStyle(review=ReviewRules(track_revisions=True))
    article = revised_en()
    with zipfile.ZipFile(
        io.BytesIO(render_bytes(build_document(article, tracked), tracked, "docx"))
    ) as package:
        settings = package.read("word/settings.xml")
    assert b"<w:trackRevisions/>" in settings
    assert settings.index(b"<w:trackRevisions/>") < settings.index(b"<w:defaultTabStop")
    with zipfile.ZipFile(
        io.BytesIO(render_bytes(build_document(article, STYLE), STYLE, "docx"))
    ) as package:
        assert b"trackRevisions" not in package.read("word/settings.xml")


def test_the_approved_revision_is_the_last_one_taken_at_approval() -> None:
    article = revised_en()  # revisions 1 and 2, no approval
    assert base_revision(article, "approved").number == 1
    article.meta.status = "in_review"
    change_status(article, "approved", "Chief Editor", at="2026-10-17T10:00:00+00:00")
    make_revision(article, EDITOR, "later", at="2026-10-18T10:00:00+00:00")
    assert base_revision(article, "approved").number == 3
    assert base_revision(article, 2).number == 2
    with pytest.raises(NoRevisionError, match="no revision 9"):
        base_revision(article, 9)
    article.revisions = []
    with pytest.raises(NoRevisionError, match="no revisions"):
        base_revision(article, "approved")


def test_the_author_is_who_made_the_newer_state() -> None:
    article = revised_en()
    make_revision(article, "Desk Chief", "third", at="2026-10-20T07:30:00+00:00")
    root = document_xml(changes_docx(article, 1))
    authors = {change.get(_w("author")) for change in root.iter(_w("ins"))}
    dates = {change.get(_w("date")) for change in root.iter(_w("ins"))}
    assert authors == {"Desk Chief"} and dates == {"2026-10-20T07:30:00Z"}
    # Since the newest revision: nobody came after it, so the byline's author made it.
    article.headline = "A headline changed after the last revision"
    root = document_xml(changes_docx(article, 3))
    assert {change.get(_w("author")) for change in root.iter(_w("ins"))} == {"Lena Ortiz"}


def test_an_emphasis_suggestion_is_a_run_property_change_by_its_author() -> None:
    from editor.model import SuggestionKind

    article = revised_en()
    body = article.sections[1].body
    start = body.index("ferry towns")
    suggest(
        article,
        "sections/1",
        start,
        start + 5,
        "**ferry**",
        "Reviewer Five",
        kind=SuggestionKind.FORMAT,
        format="+strong",
        at="2026-10-16T08:00:00+00:00",
    )
    root = document_xml(render_bytes(tracked_document(article, STYLE), STYLE, "docx"))
    (run,) = root.xpath("//w:r[w:rPr/w:rPrChange]", namespaces=NS)
    assert "".join(run.xpath("./w:t/text()", namespaces=NS)) == "ferry"
    change = run.find(f"{_w('rPr')}/{_w('rPrChange')}")
    assert change.get(_w("author")) == "Reviewer Five"
    assert change.get(_w("date")) == "2026-10-16T08:00:00Z"
    assert run.find(f"{_w('rPr')}/{_w('b')}") is not None
    assert change.find(f"{_w('rPr')}/{_w('b')}") is None
    assert not root.xpath("//w:ins | //w:del", namespaces=NS)


def test_a_table_code_block_and_rule_added_or_removed_whole_are_tracked_row_by_row() -> None:
    from editor.model import Article, Byline, Section

    article = Article(
        headline="Features",
        sections=[Section("news", "News:", "Words.\n\n```\ncode line one\n```\n\nEnd.")],
        byline=Byline("Writer One", "Desk"),
    )
    make_revision(article, "Writer One", "first", at="2026-10-14T09:00:00+00:00")
    article.sections[0].body = "Words.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n---\n\nEnd."
    make_revision(article, EDITOR, "second", at="2026-10-15T10:00:00+00:00")
    root = document_xml(changes_docx(article))
    rows = root.xpath("//w:tbl/w:tr", namespaces=NS)
    assert len(rows) == 2
    for row in rows:
        assert row.xpath("./w:trPr/w:ins/@w:author", namespaces=NS) == [EDITOR]
        for paragraph in row.iter(_w("p")):
            assert paragraph.xpath("./w:pPr/w:rPr/w:ins", namespaces=NS)
    (code,) = root.xpath("//w:p[w:pPr/w:pStyle/@w:val='CodeBlock']", namespaces=NS)
    assert code.xpath("./w:pPr/w:rPr/w:del", namespaces=NS)
    assert change_text(code) == "code line one" and not code.xpath(".//w:t", namespaces=NS)
    (rule,) = root.xpath("//w:p[w:pPr/w:pBdr]", namespaces=NS)
    assert rule.xpath("./w:pPr/w:rPr/w:ins", namespaces=NS)
