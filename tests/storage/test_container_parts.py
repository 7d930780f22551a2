"""Reading only some parts of a .newsdesk file: the text always, the rest when asked for."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.model import Article, Comment, Revision, Section, StatusChange
from editor.storage.container import ALL_PARTS, load, save


def _article_with_history() -> Article:
    article = Article(
        headline="Ferry timetable",
        sections=[Section("news", "News:", "The winter timetable starts on Monday.")],
        comments=[Comment("c1", part="headline", start=0, end=5, text="Which ferry?")],
        status_history=[StatusChange("in_review", author="Desk")],
        assets={"map.png": b"\x89PNG"},
    )
    article.revisions.append(Revision(1, author="Desk", snapshot=Article(headline="Ferry")))
    return article


def test_load_reads_every_part_by_default(tmp_path: Path) -> None:
    article = _article_with_history()
    save(article, tmp_path / "a.newsdesk")
    assert load(tmp_path / "a.newsdesk") == article
    assert load(tmp_path / "a.newsdesk", ALL_PARTS) == article


def test_load_without_parts_gives_the_text_alone(tmp_path: Path) -> None:
    article = _article_with_history()
    save(article, tmp_path / "a.newsdesk")
    text_only = load(tmp_path / "a.newsdesk", parts=())
    assert text_only.headline == "Ferry timetable"
    assert text_only.sections == article.sections
    assert text_only.revisions == [] and text_only.assets == {}
    assert text_only.comments == [] and text_only.status_history == []


def test_load_with_the_review_reads_comments_but_not_revisions(tmp_path: Path) -> None:
    article = _article_with_history()
    save(article, tmp_path / "a.newsdesk")
    reviewed = load(tmp_path / "a.newsdesk", parts=("review",))
    assert [comment.text for comment in reviewed.comments] == ["Which ferry?"]
    assert reviewed.status_history == article.status_history
    assert reviewed.revisions == []


def test_an_unknown_part_is_refused(tmp_path: Path) -> None:
    save(_article_with_history(), tmp_path / "a.newsdesk")
    with pytest.raises(ValueError, match="unknown parts of an article file: revision"):
        load(tmp_path / "a.newsdesk", parts=("revision",))
