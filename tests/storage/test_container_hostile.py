"""Damaged, foreign and hostile files: each loads or raises the typed error, nothing else."""

from __future__ import annotations

import json
import struct
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from storage_strategies import container_with, make_zip, minimal_article_json

from editor.storage import container
from editor.storage.errors import FormatError, StorageError, UnsupportedVersionError
from editor.text.template import new_article

pytestmark = pytest.mark.hostile

MIMETYPE = ("mimetype", container.MIMETYPE.encode())


def _valid_container() -> bytes:
    article = new_article("ar")
    article.headline = "هل تحل الجامعات الخاصة أزمة القبول؟"
    article.sections[0].body = "نص الخبر " * 50
    article.assets["chart.png"] = bytes(range(256))
    return container.dumps(article)


VALID = _valid_container()


def _load_or_format_error(data: bytes) -> None:
    """The contract: an Article or a FormatError (UnsupportedVersionError is one)."""
    try:
        container.loads(data, "hostile.newsdesk")
    except FormatError as failure:
        assert str(failure).startswith("hostile.newsdesk: ")
        assert "\n" not in failure.message


def _error(data: bytes) -> FormatError:
    with pytest.raises(FormatError) as caught:
        container.loads(data, "bad.newsdesk")
    return caught.value


# --- hand-made ---------------------------------------------------------------------------


def test_text_file_is_not_a_container() -> None:
    failure = _error(b"Will the port reopen?\n")
    assert str(failure) == "bad.newsdesk: is not a Newsdesk article (not a ZIP container)"


def test_empty_file_is_not_a_container() -> None:
    assert "not a ZIP container" in _error(b"").message


@pytest.mark.parametrize("keep", [0.1, 0.5, 0.9, 0.99])
def test_truncated_container_is_refused_as_damaged(keep: float) -> None:
    # Cut short, it is an article damaged, not "not a Newsdesk article" (a trial).
    failure = _error(VALID[: int(len(VALID) * keep)])
    assert failure.message == "is damaged: it ends too soon (cut short while written or copied?)"


def test_every_truncation_loads_or_fails_typed() -> None:
    for end in range(0, len(VALID), 7):
        _load_or_format_error(VALID[:end])


def test_foreign_zip_without_mimetype_is_refused() -> None:
    docx_like = make_zip([("[Content_Types].xml", b"<Types/>"), ("word/document.xml", b"<w/>")])
    failure = _error(docx_like)
    assert "not allowed" in failure.message or "not a Newsdesk article" in failure.message


def test_wrong_mimetype_is_named() -> None:
    data = make_zip([("mimetype", b"application/epub+zip"), ("article.json", b"{}")])
    assert _error(data).message == (
        "is not a Newsdesk article (mimetype is 'application/epub+zip')"
    )


def test_missing_article_json_is_named() -> None:
    assert _error(make_zip([MIMETYPE])).message == "article.json is missing"


@pytest.mark.parametrize(
    "name",
    [
        "../evil.md",
        "/etc/passwd",
        "sections/../../evil.md",
        "assets/../../evil.png",
        "assets/sub/dir.png",
        "assets/.hidden",
        "C:\\Windows\\evil.dll",
        "revisions/../x.json",
        "sections/01-news.txt",
        "notes.txt",
    ],
)
def test_zip_slip_and_unknown_names_are_refused(name: str) -> None:
    data = container_with(minimal_article_json(), (name, b"x"))
    failure = _error(data)
    assert "not allowed" in failure.message


def test_section_body_naming_a_path_outside_sections_is_refused() -> None:
    article_json = minimal_article_json(sections=[{"kind": "news", "body": "../article.json"}])
    assert "not a sections/ file" in _error(container_with(article_json)).message


def test_section_body_file_missing_is_named() -> None:
    article_json = minimal_article_json(sections=[{"body": "sections/01-news.md"}])
    assert _error(container_with(article_json)).message == "sections/01-news.md is missing"


def test_duplicate_entries_are_refused() -> None:
    data = make_zip([MIMETYPE, ("article.json", minimal_article_json()), ("article.json", b"{}")])
    assert "twice" in _error(data).message


def _declare_size(data: bytes, name: str, size: int) -> bytes:
    """Rewrite the sizes an entry declares, in its local header and the central directory."""
    patched = bytearray(data)
    encoded = name.encode()
    at = patched.find(b"PK\x01\x02" + bytes(0))
    while at >= 0:
        length = struct.unpack_from("<H", patched, at + 28)[0]
        if patched[at + 46 : at + 46 + length] == encoded:
            struct.pack_into("<L", patched, at + 24, size)
            offset = struct.unpack_from("<L", patched, at + 42)[0]
            struct.pack_into("<L", patched, offset + 22, size)
        at = patched.find(b"PK\x01\x02", at + 4)
    return bytes(patched)


def test_small_file_declaring_gigabytes_is_refused_before_inflating(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = _declare_size(VALID, "assets/chart.png", 0xFFFF_FFF0)
    assert len(data) < 10_000
    opened: list[str] = []
    real_open = zipfile.ZipFile.open

    def spy(self, name, *args, **kwargs):
        opened.append(getattr(name, "filename", name))
        return real_open(self, name, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "open", spy)
    assert _error(data).message == "would unpack to more than 200 MB"
    assert opened == []  # nothing was inflated


def test_text_declaring_more_than_its_limit_is_refused_before_inflating() -> None:
    data = _declare_size(VALID, "article.json", 40_000_000)
    assert _error(data).message == "holds more than 32 MB of text"


def test_entry_inflating_to_more_than_it_declares_is_refused() -> None:
    # The header lies the other way: it declares 100 bytes, the data inflates to 1 MB.
    real = container_with(minimal_article_json(headline="x" * 1_000_000))
    data = _declare_size(real, "article.json", 100)
    failure = _error(data)
    assert "damaged" in failure.message or "not valid JSON" in failure.message


def test_more_than_ten_thousand_entries_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    entries = [MIMETYPE, ("article.json", minimal_article_json())]
    entries += [(f"assets/{n}.png", b"") for n in range(10_000)]
    data = make_zip(entries, stored=True)

    def refuse(*args, **kwargs):
        raise AssertionError("the central directory was parsed")

    monkeypatch.setattr(zipfile, "ZipFile", refuse)
    assert _error(data).message == "has more than 10000 entries"


def test_ten_thousand_entries_are_allowed() -> None:
    entries = [MIMETYPE, ("article.json", minimal_article_json())]
    entries += [(f"assets/{n}.png", b"") for n in range(9_998)]
    article = container.loads(make_zip(entries, stored=True))
    assert len(article.assets) == 9_998


def test_encrypted_entry_is_refused() -> None:
    data = bytearray(container_with(minimal_article_json()))
    at = data.rfind(b"PK\x01\x02")
    struct.pack_into("<H", data, at + 8, struct.unpack_from("<H", data, at + 8)[0] | 1)
    assert "encrypted" in _error(bytes(data)).message


@pytest.mark.parametrize(
    ("article_json", "message"),
    [
        (b"{not json", "article.json is not valid JSON (line 1: Expecting property name"),
        (b"[]", "article.json must be an object"),
        (b"\xff\xfe{}", "article.json is not UTF-8 text"),
        (b"[" * 100_000 + b"]" * 100_000, "article.json is nested too deeply"),
        (b'{"format_version": 1, "id": 1' + b"0" * 5000 + b"}", "article.json is not valid JSON"),
    ],
)
def test_bad_json_is_named(article_json: bytes, message: str) -> None:
    assert _error(container_with(article_json)).message.startswith(message)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"headline": 5}, "article.json: 'headline' must be a string"),
        ({"format_version": "1"}, "article.json: 'format_version' must be a whole number"),
        ({"format_version": True}, "article.json: 'format_version' must be a whole number"),
        ({"format_version": 0}, "article.json: unknown format_version 0"),
        ({"id": None}, "article.json: 'id' must be a string"),
        ({"sections": "News"}, "article.json: 'sections' must be a list"),
        ({"sections": [7]}, "article.json: sections[0] must be an object"),
        ({"sections": [{"label": ["x"]}]}, "article.json: sections[0]: 'label' must be a string"),
        ({"quotations": [{"words": "w"}]}, "article.json: quotations[0]: 'id' is missing"),
        (
            {"quotations": [{"id": "q", "verified": "yes"}]},
            "article.json: quotations[0]: 'verified' must be true or false",
        ),
        ({"byline": []}, "article.json: 'byline' must be an object"),
        ({"meta": {"tags": [1]}}, "article.json: 'meta': 'tags' must be a list of strings"),
        ({"opening": {"text": {}}}, "article.json: 'opening': 'text' must be a string"),
        (
            {"headline_direction": "right"},
            "article.json: 'headline_direction' must be one of auto, ltr, rtl",
        ),
        (
            {"opening": {"direction": 1}},
            "article.json: 'opening': 'direction' must be one of auto, ltr, rtl",
        ),
        (
            {"sections": [{"direction": "RTL"}]},
            "article.json: sections[0]: 'direction' must be one of auto, ltr, rtl",
        ),
        (
            {"sections": [{"language": 5}]},
            "article.json: sections[0]: 'language' must be a string",
        ),
        ({"standfirst_language": []}, "article.json: 'standfirst_language' must be a string"),
        (
            {"meta": {"target_words": -5}},
            "article.json: 'meta': 'target_words' must be a whole number of 0 or more",
        ),
        (
            {"meta": {"target_words": "600"}},
            "article.json: 'meta': 'target_words' must be a whole number",
        ),
        (
            {"front_matter": {"series": 1}},
            "article.json: 'front_matter' must be an object of strings and lists of strings",
        ),
        (
            {"front_matter": ["series"]},
            "article.json: 'front_matter' must be an object of strings and lists of strings",
        ),
        (
            {"directions": {"headline": "up"}},
            "article.json: 'directions': 'headline' must be one of auto, ltr, rtl",
        ),
        ({"directions": "rtl"}, "article.json: 'directions' must be an object"),
    ],
)
def test_wrong_types_are_named(changes: dict, message: str) -> None:
    article_json = json.loads(minimal_article_json())
    article_json.update(changes)
    data = container_with(json.dumps(article_json).encode())
    assert _error(data).message == message


def test_missing_format_version_is_named() -> None:
    data = container_with(json.dumps({"id": "a1"}).encode())
    assert _error(data).message == "article.json: 'format_version' is missing"


@pytest.mark.parametrize(
    ("review", "message"),
    [
        ({"comments": {}}, "review.json: 'comments' must be a list"),
        ({"comments": [{"id": "c", "start": "3"}]}, "review.json: comments[0]: 'start' must be"),
        ({"comments": [{"id": "c", "replies": [3]}]}, "review.json: comments[0]: replies[0] must"),
        ({"status_history": [{"at": "x"}]}, "review.json: status_history[0]: 'status' is missing"),
    ],
)
def test_wrong_types_in_review_are_named(review: dict, message: str) -> None:
    data = container_with(minimal_article_json(), ("review.json", json.dumps(review).encode()))
    assert _error(data).message.startswith(message)


def test_wrong_types_in_revision_are_named() -> None:
    revision = {"number": 1, "snapshot": {"format_version": 1, "id": "a", "headline": 3}}
    data = container_with(
        minimal_article_json(), ("revisions/000001.json", json.dumps(revision).encode())
    )
    assert _error(data).message == (
        "revisions/000001.json: 'snapshot': 'headline' must be a string"
    )


def test_section_that_is_not_utf8_is_named() -> None:
    article_json = minimal_article_json(sections=[{"body": "sections/01-news.md"}])
    data = container_with(article_json, ("sections/01-news.md", b"ok \xc3\x28 broken"))
    assert _error(data).message == "sections/01-news.md is not UTF-8 text (byte 3)"


def test_future_version_says_to_update() -> None:
    data = container_with(minimal_article_json(format_version=2, headline=7))
    with pytest.raises(UnsupportedVersionError) as caught:
        container.loads(data, "future.newsdesk")
    assert str(caught.value) == (
        "future.newsdesk: written by a newer Newsdesk (format version 2; this one reads up "
        "to 1); update Newsdesk to open it"
    )


def test_load_names_a_missing_file_or_a_folder(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="no such file"):
        container.load(tmp_path / "absent.newsdesk")
    with pytest.raises(StorageError, match="is a folder"):
        container.load(tmp_path)


# --- generated ---------------------------------------------------------------------------


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    cuts=st.lists(st.tuples(st.integers(0, len(VALID)), st.binary(max_size=8)), max_size=6),
    end=st.integers(0, len(VALID)),
)
def test_mutated_container_loads_or_fails_typed(cuts: list[tuple[int, bytes]], end: int) -> None:
    data = bytearray(VALID)
    for position, replacement in cuts:
        data[position : position + len(replacement)] = replacement
    _load_or_format_error(bytes(data[: max(end, len(data) // 2)]))


names = st.one_of(
    st.sampled_from(
        [
            "mimetype",
            "article.json",
            "review.json",
            "sections/01-news.md",
            "revisions/000001.json",
            "assets/a.png",
            "sections/",
            "../x",
            "/abs",
        ]
    ),
    # zipfile cuts a name at NUL and cannot write an empty one.
    st.text(min_size=1, max_size=12).filter(lambda name: name.split("\x00")[0]),
)
json_like = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                ["format_version", "id", "headline", "sections", "body", "comments", "snapshot"]
            )
            | st.text(max_size=5),
            children,
            max_size=4,
        )
    ),
    max_leaves=12,
)
contents = st.one_of(
    st.binary(max_size=64),
    json_like.map(lambda value: json.dumps(value).encode()),
    st.just(container.MIMETYPE.encode()),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(entries=st.lists(st.tuples(names, contents), max_size=6), stored=st.booleans())
def test_generated_container_loads_or_fails_typed(
    entries: list[tuple[str, bytes]], stored: bool
) -> None:
    _load_or_format_error(make_zip(entries, stored=stored))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(article_json=json_like, review_json=json_like)
def test_generated_json_loads_or_fails_typed(article_json: object, review_json: object) -> None:
    if isinstance(article_json, dict):
        article_json.setdefault("format_version", 1)
    data = container_with(
        json.dumps(article_json).encode(), ("review.json", json.dumps(review_json).encode())
    )
    _load_or_format_error(data)


def test_json_with_too_many_values_is_refused_before_parsing() -> None:
    values = b"[" + b"0," * container.MAX_JSON_ITEMS + b"0]"
    data = container_with(minimal_article_json(), ("review.json", values))
    assert _error(data).message == f"holds more than {container.MAX_JSON_ITEMS} JSON values"


def test_article_too_large_to_reopen_is_not_saved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "big.newsdesk"
    article = new_article("en")
    container.save(article, path)
    before = path.read_bytes()
    monkeypatch.setattr(container, "MAX_TEXT", 10_000)
    article.sections[0].body = "word " * 3_000
    with pytest.raises(FormatError) as caught:
        container.save(article, path)
    assert str(caught.value) == (
        f"{path}: is too large to save: more than 0 MB of text with its revisions; "
        "delete old revisions"
    )
    assert path.read_bytes() == before


def test_article_with_too_many_images_is_not_saved(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(container, "MAX_UNCOMPRESSED", 1_000)
    article = new_article("en")
    article.assets["a.png"] = bytes(2_000)
    with pytest.raises(FormatError, match="is too large to save: more than 0 MB with its images"):
        container.dumps(article)
