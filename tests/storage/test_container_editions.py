"""Editions in the container: one folder per edition, read without trusting the file."""

from __future__ import annotations

import io
import json
import zipfile

import pytest
from storage_strategies import container_with, minimal_article_json

from editor.model import Article, Comment, Revision, SourceLink
from editor.storage import container
from editor.storage.errors import FormatError
from editor.text.template import new_article


def _story() -> Article:
    source = new_article("en")
    source.headline = "Ferry line approved"
    source.sections[0].body = "The board voted.\n\nTwo boats will run."
    source.sections[0].paragraphs = ["pa", "pb"]
    source.assets["map.png"] = b"\x89PNG\r\n"
    arabic = new_article("ar")
    arabic.id = source.id
    arabic.headline = "الموافقة على خط العبارة"
    arabic.sections[0].body = "صوّت المجلس."
    arabic.sections[0].paragraphs = ["pc"]
    arabic.source_links = [
        SourceLink("sections/0", "pc", ["pa"], ["The board voted."], "Editor", "2026-12-07")
    ]
    arabic.comments.append(Comment(id="c1", part="headline", start=0, end=3, text="ok"))
    arabic.revisions.append(Revision(number=1, author="Editor", snapshot=new_article("ar")))
    source.editions.append(arabic)
    return source


def _names(data: bytes) -> list[str]:
    return zipfile.ZipFile(io.BytesIO(data)).namelist()


def _error(data: bytes) -> FormatError:
    with pytest.raises(FormatError) as caught:
        container.loads(data, "bad.newsdesk")
    assert str(caught.value).startswith("bad.newsdesk: ")
    return caught.value


def test_an_edition_is_a_folder_laid_out_as_the_top_level() -> None:
    data = container.dumps(_story())
    names = _names(data)
    assert [name for name in names if name.startswith("editions/")] == [
        "editions/ar/article.json",
        "editions/ar/sections/01-news.md",
        "editions/ar/sections/02-comment.md",
        "editions/ar/review.json",
        "editions/ar/revisions/000001.json",
    ]
    assert "assets/map.png" in names  # images stay at the top level, shared
    read = container.loads(data)
    assert len(read.editions) == 1
    arabic = read.editions[0]
    assert arabic.language == "ar" and arabic.sections[0].paragraphs == ["pc"]
    assert arabic.source_links[0].confirmed == ["The board voted."]
    assert arabic.comments[0].text == "ok" and arabic.revisions[0].author == "Editor"


def test_an_article_with_editions_survives_save_and_load() -> None:
    story = _story()
    assert container.loads(container.dumps(story)) == story


def test_the_editions_are_read_whatever_parts_are_asked() -> None:
    read = container.loads(container.dumps(_story()), parts=())
    assert read.editions[0].headline == "الموافقة على خط العبارة"
    assert read.editions[0].comments == [] and read.editions[0].revisions == []


def _edition_json(language: str) -> bytes:
    return minimal_article_json(language=language)


def test_an_edition_whose_language_is_not_its_folder_is_refused() -> None:
    data = container_with(
        minimal_article_json(), ("editions/ar/article.json", _edition_json("ru"))
    )
    message = _error(data).message
    assert "editions/ar/article.json" in message and "'ru'" in message


def test_two_editions_in_one_language_are_refused() -> None:
    data = container_with(
        minimal_article_json(),
        ("editions/ar/article.json", _edition_json("ar")),
        ("editions/AR/article.json", _edition_json("AR")),
    )
    assert "two editions" in _error(data).message


def test_an_edition_folder_without_its_article_json_is_named() -> None:
    data = container_with(minimal_article_json(), ("editions/ar/review.json", b"{}"))
    assert _error(data).message == "editions/ar/article.json is missing"


def test_an_edition_section_file_missing_is_named() -> None:
    edition = minimal_article_json(language="ar", sections=[{"body": "sections/01-news.md"}])
    data = container_with(minimal_article_json(), ("editions/ar/article.json", edition))
    assert _error(data).message == "editions/ar/sections/01-news.md is missing"


@pytest.mark.parametrize(
    "name",
    [
        "editions/ar/editions/ru/article.json",  # nested editions
        "editions/ar/assets/map.png",  # images are the story's
        "editions/../article.json",
        "editions/a/article.json",
        "editions/ar-/article.json",
        "editions//article.json",
        "editions/ar/notes.txt",
        "editions/ar/sections/../../x.md",
        "editions/ar b/article.json",
    ],
)
def test_entries_outside_an_edition_layout_are_refused(name: str) -> None:
    data = container_with(minimal_article_json(), (name, _edition_json("ar")))
    assert "not allowed" in _error(data).message


def test_the_limits_count_every_edition(monkeypatch: pytest.MonkeyPatch) -> None:
    story = _story()
    story.sections[0].body = "x" * 600
    story.editions[0].sections[0].body = "y" * 600
    data = container.dumps(story)
    monkeypatch.setattr(container, "MAX_TEXT", 1000)
    assert "MB of text" in _error(data).message


def test_an_edition_that_cannot_be_stored_is_not_written() -> None:
    for change in (
        lambda e: setattr(e, "language", "../x"),
        lambda e: e.editions.append(new_article("ru")),
        lambda e: e.assets.update({"own.png": b"x"}),
    ):
        story = _story()
        change(story.editions[0])
        with pytest.raises(FormatError):
            container.dumps(story)
    story = _story()
    story.editions.append(story.editions[0])
    with pytest.raises(FormatError, match="two editions"):
        container.dumps(story)


def test_an_edition_keeps_its_article_json_keys_apart() -> None:
    head = json.loads(zipfile.ZipFile(io.BytesIO(container.dumps(_story()))).read("article.json"))
    assert "editions" not in head and "source_links" not in head
