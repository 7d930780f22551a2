"""Every format version this program ever wrote still opens, with the expected content."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from make_format_fixtures import EXTRAS, FIXTURES, fixture_article

from editor.model import Direction
from editor.storage import container


def test_there_is_a_fixture_for_every_format_version() -> None:
    names = sorted(path.name for path in FIXTURES.glob("v*.newsdesk"))
    assert names == [f"v{n}.newsdesk" for n in range(1, container.FORMAT_VERSION + 1)]


@pytest.mark.parametrize("version", range(1, container.FORMAT_VERSION + 1))
def test_fixture_opens_with_its_content(version: int) -> None:
    article = container.load(FIXTURES / f"v{version}.newsdesk")
    assert article.headline == "Will the river port reopen before winter?"
    assert article.opening.text == "بسم الله الرحمن الرحيم"
    assert [section.label for section in article.sections] == ["News:", "Comment:"]
    assert "[[quote:q1]]" in article.sections[0].body
    assert article.quotations[1].words == "ждать нельзя"
    assert article.quotations[0].verified is True
    assert article.comments[0].replies[0].text == "Yes."
    assert [change.status for change in article.status_history] == ["draft", "in_review"]
    assert article.revisions[0].snapshot.sections[0].body == "First draft."
    assert article.assets["quay.png"].startswith(b"\x89PNG")
    assert article.extra == {"x-future": {"kept": True}}


def test_current_fixture_holds_exactly_the_fixture_article() -> None:
    path = FIXTURES / f"v{container.FORMAT_VERSION}.newsdesk"
    assert container.load(path) == fixture_article()


def test_current_fixture_survives_resave_unchanged(tmp_path: Path) -> None:
    original = FIXTURES / f"v{container.FORMAT_VERSION}.newsdesk"
    copy = tmp_path / "copy.newsdesk"
    container.save(container.load(original), copy)
    with zipfile.ZipFile(original) as before, zipfile.ZipFile(copy) as after:
        assert before.namelist() == after.namelist()
        for name in before.namelist():
            assert before.read(name) == after.read(name), name


def test_first_release_extras_open_in_their_fields(tmp_path: Path) -> None:
    # Directions, target length and front matter as the first release kept them in extra.
    article = container.load(EXTRAS)
    assert article.headline_direction == Direction.RTL
    assert article.standfirst_direction == Direction.LTR
    assert article.opening.direction == Direction.RTL
    assert [section.direction for section in article.sections] == [Direction.AUTO, "rtl"]
    assert article.meta.target_words == 600
    assert article.front_matter == {"series": "Harbour notes", "keywords": ["port", "ice"]}
    assert article.extra == {"x-future": {"kept": True}}
    assert article.opening.extra == article.sections[1].extra == article.meta.extra == {}
    # Saved again, each value is under its field's key, and reads back the same.
    copy = tmp_path / "copy.newsdesk"
    container.save(article, copy)
    with zipfile.ZipFile(copy) as archive:
        head = json.loads(archive.read("article.json"))
    assert "directions" not in head
    assert (head["headline_direction"], head["standfirst_direction"]) == ("rtl", "ltr")
    assert container.load(copy) == article
