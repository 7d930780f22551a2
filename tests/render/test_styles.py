"""House styles: the shipped ones load, user styles win, bad files name themselves."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from editor.render.errors import StyleError
from editor.render.styles import HouseStyle, available_styles, load_style
from editor.storage.folders import UserFolders


def test_shipped_default_matches_the_built_in_defaults() -> None:
    shipped = load_style("default")
    assert shipped.description == "The default house style: serif text on A4, every part shown."
    assert shipped.replace(description="") == HouseStyle(name="default")


def test_compact_style_changes_fonts_sizes_page_labels_and_parts() -> None:
    compact, default = load_style("compact"), load_style("default")
    assert compact.page.size == "Letter" and compact.page.margin_left == 15
    assert compact.fonts.latin != default.fonts.latin
    assert compact.sizes.body < default.sizes.body
    assert compact.label_override("en-GB", "news") == "NEWS"
    assert compact.label_override("ar", "news") is None
    assert compact.credit_template("en") == "{author} for {office}"
    assert compact.include.metadata is False
    assert compact.file_name == "{date}-{slug}-compact.{ext}"


def test_user_style_in_the_config_folder_is_found_and_wins(user_folders: UserFolders) -> None:
    folder = user_folders.config / "styles"
    folder.mkdir(parents=True)
    (folder / "compact.json").write_text(json.dumps({"sizes": {"body": 9}}), encoding="utf-8")
    (folder / "office.json").write_text(json.dumps({"page": {"size": "A5"}}), encoding="utf-8")
    assert load_style("compact", user_folders.config).sizes.body == 9
    assert load_style("office", user_folders.config).page.size == "A5"
    assert {"default", "compact", "office"} <= set(available_styles(user_folders.config))


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not valid JSON (line 1, column 2)"),
        ("[]", "a house style must be a JSON object"),
        ('{"colour": "red"}', '"colour" is not a style setting'),
        ('{"sizes": {"body": -1}}', '"sizes.body" must be a positive number'),
        ('{"sizes": {"huge": 1}}', '"sizes.huge" is not a style setting'),
        ('{"page": {"size": "B9"}}', '"page.size" must be one of A4, A5, Letter, Legal'),
        ('{"include": {"credit": "yes"}}', '"include.credit" must be true or false'),
        ('{"fonts": {"latin": "x</style><script>"}}', '"fonts.latin" must be a font family name'),
        ('{"file_name": "../{slug}.{ext}"}', '"file_name" must be a file name pattern'),
        ('{"file_name": "{slug}.html"}', '"file_name" must be a file name pattern'),
        ('{"labels": {"en": {"news": 3}}}', '"labels.en" must map names to strings'),
    ],
)
def test_bad_style_file_raises_a_style_error_naming_the_file(
    tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "broken.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(StyleError) as raised:
        load_style(str(path))
    assert raised.value.path == path
    assert str(path) in str(raised.value)
    assert message in str(raised.value)


def test_unknown_style_name_says_where_it_looked(user_folders: UserFolders) -> None:
    with pytest.raises(StyleError, match="no such house style") as raised:
        load_style("nonexistent", user_folders.config)
    assert str(user_folders.config / "styles") in str(raised.value)


def test_style_name_cannot_reach_outside_the_style_folders() -> None:
    with pytest.raises(StyleError, match="a style name holds only"):
        load_style("../../etc/passwd")


def test_a_style_label_for_a_language_serves_every_spelling_of_its_tag() -> None:
    compact = load_style("compact")
    assert compact.label_override("EN_gb", "news") == "NEWS"
    assert compact.credit_template("en_US") == "{author} for {office}"


def test_every_shipped_description_is_marked_for_translation() -> None:
    from editor.render.styles import SHIPPED_DESCRIPTIONS

    for name in available_styles():
        assert load_style(name).description in SHIPPED_DESCRIPTIONS, name
