"""Save → load gives back the same article, whatever text is in it."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from storage_strategies import articles, container_with, minimal_article_json, snapshots

from editor.model import Article, Direction, Opening, Quotation, Revision, Section
from editor.storage import container
from editor.storage.errors import FormatError
from editor.text.template import new_article

_SLOW_DATA = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example]


def _survives_save_and_load(article: Article, folder: Path) -> None:
    path = folder / "any.newsdesk"
    container.save(article, path)
    assert container.load(path) == article


def _survives_json(snapshot: Article) -> None:
    text = json.dumps(container.article_to_dict(snapshot, review=True), ensure_ascii=True)
    assert container.article_from_dict(json.loads(text)) == snapshot


# The default run tries a score of articles; the slow run (CI runs both) four hundred.
@settings(max_examples=20, deadline=None, suppress_health_check=_SLOW_DATA)
@given(article=articles)
def test_any_article_survives_save_and_load(article: Article, tmp_path_factory) -> None:
    _survives_save_and_load(article, tmp_path_factory.mktemp("round"))


@pytest.mark.slow
@settings(max_examples=400, deadline=None, suppress_health_check=_SLOW_DATA)
@given(article=articles)
def test_many_more_articles_survive_save_and_load(article: Article, tmp_path_factory) -> None:
    _survives_save_and_load(article, tmp_path_factory.mktemp("round"))


@settings(max_examples=30, deadline=None, suppress_health_check=_SLOW_DATA)
@given(snapshot=snapshots)
def test_dict_form_survives_json(snapshot: Article) -> None:
    _survives_json(snapshot)


@pytest.mark.slow
@settings(max_examples=300, deadline=None, suppress_health_check=_SLOW_DATA)
@given(snapshot=snapshots)
def test_many_more_dict_forms_survive_json(snapshot: Article) -> None:
    _survives_json(snapshot)


PARAGRAPHS = {
    "arabic": "قال المتحدث إن الميناء سيفتح قبل الشتاء. " * 2600,
    "cyrillic": "Мост через залив откроют весной, сказал мэр. " * 2300,
    "mixed with controls": ("News \u202eرأي\u202c «цитата» \U0001f600\u200d\x00\r\n" * 5000),
    "one long word": "x" * 100_000,
    "lone surrogates": "before \ud800 middle \udfff after \ud83d\ude00 " * 4000,
}


@pytest.mark.parametrize("name", PARAGRAPHS)
def test_hundred_thousand_character_paragraph_survives(name: str, tmp_path: Path) -> None:
    paragraph = PARAGRAPHS[name]
    assert len(paragraph) >= 100_000
    article = new_article("ar")
    article.headline = paragraph[:300]
    article.sections[0].body = paragraph
    article.sections[1].body = paragraph + "\n\n" + paragraph
    article.quotations.append(Quotation(id="q1", words=paragraph, speaker="A speaker"))
    article.revisions.append(Revision(number=1, snapshot=new_article("en")))
    article.revisions[0].snapshot.sections[0].body = paragraph
    path = tmp_path / "long.newsdesk"
    container.save(article, path)
    assert container.load(path) == article


def test_body_without_lone_surrogates_is_plain_utf8(tmp_path: Path) -> None:
    article = new_article("ru")
    article.sections[0].body = "Новость: мост «открыт» \u202bعربي\u202c\n"
    path = tmp_path / "plain.newsdesk"
    container.save(article, path)
    with zipfile.ZipFile(path) as archive:
        raw = archive.read("sections/01-news.md")
    assert raw == article.sections[0].body.encode("utf-8")


def test_container_layout_is_as_designed(tmp_path: Path) -> None:
    article = new_article("en")
    article.headline = "Will the river port reopen before winter?"
    article.sections.append(Section(kind="Sidebar notes", label="Notes", body="More."))
    article.revisions.append(Revision(number=7, note="first draft", snapshot=new_article("en")))
    article.assets["quay.png"] = b"\x89PNG\r\n\x1a\n"
    path = tmp_path / "layout.newsdesk"
    container.save(article, path)
    with zipfile.ZipFile(path) as archive:
        infos = archive.infolist()
        names = [info.filename for info in infos]
        head = json.loads(archive.read("article.json"))
        review = json.loads(archive.read("review.json"))
        revision = json.loads(archive.read("revisions/000001.json"))
    assert names[0] == "mimetype"
    assert infos[0].compress_type == zipfile.ZIP_STORED
    assert path.read_bytes()[30:38] == b"mimetype"  # readable by `file` and friends
    assert names[1:] == [
        "article.json",
        "sections/01-news.md",
        "sections/02-comment.md",
        "sections/03-custom.md",
        "review.json",
        "revisions/000001.json",
        "assets/quay.png",
    ]
    assert list(head) == [
        "format_version",
        "id",
        "language",
        "opening",
        "headline",
        "standfirst",
        "sections",
        "quotations",
        "byline",
        "meta",
    ]
    assert head["format_version"] == 1
    assert head["sections"][2] == {
        "kind": "Sidebar notes",
        "label": "Notes",
        "body": "sections/03-custom.md",
    }
    assert list(head["meta"]) == ["tags", "status", "created", "modified"]
    assert review == {"comments": [], "status_history": []}
    assert revision["number"] == 7
    assert revision["note"] == "first draft"
    assert revision["snapshot"]["sections"][0]["body"] == ""
    assert "review" in revision["snapshot"]


def test_file_written_by_another_program_opens() -> None:
    # Only what the description requires: no review.json, no revisions, folder entries,
    # and a deflated mimetype.
    article_json = minimal_article_json(
        language="tr",
        sections=[{"kind": "news", "label": "Haber:", "body": "sections/01-news.md"}],
        quotations=[{"id": "q1", "words": "Liman açılacak.", "speaker": "Aksoy"}],
        byline={"author": "Deniz"},
    )
    data = container_with(
        article_json,
        ("sections/", b""),
        ("sections/01-news.md", "Liman açıldı [[quote:q1]]".encode()),
    )
    article = container.loads(data)
    assert article.language == "tr"
    assert article.sections[0].body == "Liman açıldı [[quote:q1]]"
    assert article.quotations[0].speaker == "Aksoy"
    assert article.quotations[0].verified is False
    assert article.byline.author == "Deniz"
    assert article.comments == []


def test_article_json_with_a_byte_order_mark_opens() -> None:
    data = container_with(b"\xef\xbb\xbf" + minimal_article_json(headline="Köprü"))
    assert container.loads(data).headline == "Köprü"


def test_unknown_keys_at_every_level_are_written_back(tmp_path: Path) -> None:
    future = {"x-future": {"nested": [1, "two", None]}}
    snapshot = {
        "format_version": 1,
        "id": "a1",
        "sections": [{"body": "old text", **future}],
        "review": {"comments": [], **future},
        **future,
    }
    article_json = minimal_article_json(
        opening={"text": "بسم الله", **future},
        sections=[{"kind": "news", "label": "News:", "body": "sections/01-news.md", **future}],
        quotations=[{"id": "q1", **future}],
        byline={"author": "A", **future},
        meta={"tags": ["port"], **future},
        **future,
    )
    review_json = {
        "comments": [{"id": "c1", "replies": [{"text": "ok", **future}], **future}],
        "status_history": [{"status": "draft", **future}],
        **future,
    }
    revision_json = {"number": 1, "snapshot": snapshot, **future}
    data = container_with(
        article_json,
        ("sections/01-news.md", b"Body"),
        ("review.json", json.dumps(review_json).encode()),
        ("revisions/000001.json", json.dumps(revision_json).encode()),
    )
    path = tmp_path / "future.newsdesk"
    container.save(container.loads(data), path)
    with zipfile.ZipFile(path) as archive:
        head = json.loads(archive.read("article.json"))
        review = json.loads(archive.read("review.json"))
        revision = json.loads(archive.read("revisions/000001.json"))
    value = future["x-future"]
    for part in (head, head["opening"], head["sections"][0], head["quotations"][0]):
        assert part["x-future"] == value
    assert head["byline"]["x-future"] == value
    assert head["meta"]["x-future"] == value
    assert review["x-future"] == value
    assert review["comments"][0]["x-future"] == value
    assert review["comments"][0]["replies"][0]["x-future"] == value
    assert review["status_history"][0]["x-future"] == value
    assert revision["x-future"] == value
    assert revision["snapshot"]["x-future"] == value
    assert revision["snapshot"]["sections"][0]["x-future"] == value
    assert revision["snapshot"]["review"]["x-future"] == value


def test_each_part_setting_is_saved_under_its_key_and_read_back(tmp_path: Path) -> None:
    article = new_article("en")
    article.opening = Opening(text="بسم الله", language="ar", direction=Direction.RTL)
    article.headline_language, article.headline_direction = "en-GB", Direction.RTL
    article.standfirst_language, article.standfirst_direction = "fr", Direction.LTR
    article.sections[1].language, article.sections[1].direction = "ar", Direction.RTL
    article.meta.target_words = 650
    article.front_matter = {"series": "Harbour notes", "keywords": ["port", "ice"]}
    path = tmp_path / "settings.newsdesk"
    container.save(article, path)
    with zipfile.ZipFile(path) as archive:
        head = json.loads(archive.read("article.json"))
    assert head["opening"] == {"text": "بسم الله", "language": "ar", "direction": "rtl"}
    assert (head["headline_language"], head["headline_direction"]) == ("en-GB", "rtl")
    assert (head["standfirst_language"], head["standfirst_direction"]) == ("fr", "ltr")
    assert (head["sections"][1]["language"], head["sections"][1]["direction"]) == ("ar", "rtl")
    assert "language" not in head["sections"][0] and "direction" not in head["sections"][0]
    assert head["meta"]["target_words"] == 650
    assert head["front_matter"] == {"series": "Harbour notes", "keywords": ["port", "ice"]}
    loaded = container.load(path)
    assert loaded == article
    assert loaded.extra == {} and loaded.meta.extra == {} and loaded.sections[1].extra == {}


def test_same_article_gives_same_bytes() -> None:
    article = new_article("fr")
    assert container.dumps(article) == container.dumps(article)


def test_unstorable_image_name_is_refused_before_writing(tmp_path: Path) -> None:
    article = new_article("en")
    article.assets["../escape.png"] = b"x"
    path = tmp_path / "refused.newsdesk"
    with pytest.raises(FormatError, match="image name"):
        container.save(article, path)
    assert not path.exists()


def test_first_release_directions_object_is_read_and_its_unknown_keys_kept() -> None:
    article_json = minimal_article_json(
        directions={"headline": "rtl", "x-caption": "ltr"}, standfirst_direction="ltr"
    )
    article = container.loads(container_with(article_json))
    assert article.headline_direction == Direction.RTL
    assert article.standfirst_direction == Direction.LTR
    assert article.extra == {"directions": {"x-caption": "ltr"}}
    # The typed key wins over the old object.
    both = minimal_article_json(directions={"headline": "rtl"}, headline_direction="ltr")
    assert container.loads(container_with(both)).headline_direction == Direction.LTR
