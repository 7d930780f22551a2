"""Hostile drafts import without error and every character of their text stays text."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest
from draft_fidelity import first_missing
from import_helpers import assert_nothing_lost
from sample_files import HOSTILE_DRAFT, HOSTILE_MARKUP, shared_drafts, write_hostile_draft

from editor.importing import import_draft
from editor.render.build import build_document
from editor.render.formats import render_bytes
from editor.render.styles import load_style
from editor.storage import container
from editor.text.counts import words

pytestmark = pytest.mark.hostile


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def _html_of(path: Path) -> _Text:
    style = load_style()
    article = import_draft(path).article
    page = render_bytes(build_document(article, style), style, "html", fragment=True)
    parsed = _Text()
    parsed.feed(page.decode("utf-8"))
    return parsed


def test_built_hostile_draft_imports_and_loses_no_word(tmp_path: Path) -> None:
    draft = tmp_path / "hostile.txt"
    draft.write_text(HOSTILE_DRAFT, encoding="utf-8")
    result = import_draft(draft)
    assert result.article.headline == HOSTILE_DRAFT.split("\n")[0]
    assert result.article.quotations == []
    assert_nothing_lost(HOSTILE_DRAFT, result)


def test_built_hostile_draft_keeps_control_and_bidi_characters(tmp_path: Path) -> None:
    draft = tmp_path / "hostile.txt"
    draft.write_text(HOSTILE_DRAFT, encoding="utf-8")
    body = import_draft(draft).article.sections[0].body
    for char in "\x0b\x0c\x1b\x07\u200d\u202e\u202c\u2067\u2069":
        assert char in body


def test_built_hostile_draft_renders_every_markdown_lookalike_literally(tmp_path: Path) -> None:
    draft = tmp_path / "hostile.txt"
    draft.write_text(HOSTILE_DRAFT, encoding="utf-8")
    parsed = _html_of(draft)
    text = "".join(parsed.parts)
    for literal in (
        HOSTILE_MARKUP,
        "# not a heading",
        "> not a quote",
        "- not a list item",
        "1986. Not a numbered item",
        "Fake token [[quote:q1]] and `code` and \\*escaped\\* and ***bold italic***",
        "<script>alert('headline')</script>",
    ):
        assert literal in text
    # Only the structure Newsdesk itself makes: no emphasis, code, link, list or image.
    assert set(parsed.tags) <= {"article", "header", "h1", "h2", "section", "p", "footer"}


def test_built_hostile_draft_survives_save_and_load(tmp_path: Path) -> None:
    draft = tmp_path / "hostile.txt"
    draft.write_text(HOSTILE_DRAFT, encoding="utf-8")
    article = import_draft(draft).article
    container.save(article, tmp_path / "hostile.newsdesk")
    loaded = container.load(tmp_path / "hostile.newsdesk")
    assert [s.body for s in loaded.sections] == [s.body for s in article.sections]
    assert loaded.headline == article.headline


@pytest.mark.parametrize("shared", [None, *shared_drafts(["hostile-en.txt"])], ids=str)
def test_hostile_sample_renders_its_text_as_text(shared: Path | None, tmp_path: Path) -> None:
    draft = shared or write_hostile_draft(tmp_path)
    parsed = _html_of(draft)
    text = "".join(parsed.parts)
    assert "<script>alert('headline')</script>" in text
    assert "**not closed, _also not, # not a heading, [not](a link" in text
    assert "<img src=x onerror=alert(1)>" in text
    assert not {"script", "img", "a", "em", "strong", "b"} & set(parsed.tags)
    source = draft.read_text(encoding="utf-8")
    assert first_missing(words(source), words(text)) is None
