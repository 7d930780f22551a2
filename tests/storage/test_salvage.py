"""A damaged article file: what it still holds is read, and what it lost is named."""

from __future__ import annotations

import zipfile
from io import BytesIO

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from editor.storage import container
from editor.storage.errors import FormatError
from editor.text.template import new_article


def _article():
    article = new_article("en", "Ana Vale", "the Desk")
    article.headline = "Will the ferry run this winter?"
    article.sections[0].body = "The council met on Tuesday. " * 40
    article.sections[1].body = "Late again, and no one says why. " * 40
    return article


DATA = container.dumps(_article())
# Where each entry starts in the file, by name, in the file's order.
STARTS = {info.filename: info.header_offset for info in zipfile.ZipFile(BytesIO(DATA)).infolist()}


def test_a_file_cut_short_gives_back_every_whole_entry_and_names_the_rest() -> None:
    second = next(name for name in STARTS if name.startswith("sections/02"))
    cut = DATA[: STARTS[second] + 60]  # in the second section's entry
    with pytest.raises(FormatError):
        container.loads(cut, "cut.newsdesk")
    saved = container.salvage(cut, "cut.newsdesk")
    assert saved.article.headline == "Will the ferry run this winter?"
    assert saved.article.sections[0].body == _article().sections[0].body
    assert saved.article.sections[1].body == ""
    assert saved.lost[0] == second
    assert [section.label for section in saved.article.sections] == ["News:", "Comment:"]
    # Cut within the entry's name: the name comes from the article, not half of it.
    saved = container.salvage(DATA[: STARTS[second] + 35], "cut.newsdesk")
    assert saved.lost[0] == second


def test_a_section_missing_from_a_whole_file_is_read_empty_and_named() -> None:
    source = zipfile.ZipFile(BytesIO(DATA))
    rebuilt = BytesIO()
    with zipfile.ZipFile(rebuilt, "w") as archive:
        for info in source.infolist():
            if not info.filename.startswith("sections/02"):
                archive.writestr(info, source.read(info))
    data = rebuilt.getvalue()
    with pytest.raises(FormatError, match="is missing"):
        container.loads(data, "gap.newsdesk")
    saved = container.salvage(data, "gap.newsdesk")
    assert saved.article.sections[0].body == _article().sections[0].body
    assert saved.article.sections[1].body == ""
    assert [name for name in saved.lost if name.startswith("sections/")] == [
        next(name for name in STARTS if name.startswith("sections/02"))
    ]


def test_without_its_article_json_nothing_can_be_salvaged() -> None:
    cut = DATA[: STARTS["article.json"] + 10]
    with pytest.raises(FormatError, match="beyond repair"):
        container.salvage(cut, "cut.newsdesk")
    with pytest.raises(FormatError, match="beyond repair"):
        container.salvage(b"Will the ferry run?\n", "notes.newsdesk")


def test_a_whole_file_salvages_to_the_same_article_and_loses_nothing() -> None:
    saved = container.salvage(DATA, "whole.newsdesk")
    assert saved.lost == ()
    assert container.dumps(saved.article) == DATA


@pytest.mark.hostile
@settings(max_examples=400, deadline=None)
@given(cut=st.integers(0, len(DATA)), flip=st.integers(0, len(DATA) - 1), byte=st.integers(0, 255))
def test_any_damage_salvages_or_fails_typed(cut: int, flip: int, byte: int) -> None:
    damaged = bytearray(DATA)
    damaged[flip] = byte
    for data in (bytes(damaged[:cut]), bytes(damaged)):
        try:
            saved = container.salvage(data, "hostile.newsdesk")
        except FormatError as failure:
            assert str(failure).startswith("hostile.newsdesk: ")
        else:
            # Every entry read is whole, its checksum right: the headline is the article's.
            assert saved.article.headline == _article().headline
