"""A house style's length targets per outlet: read, validated, shipped."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from editor.render.errors import StyleError
from editor.render.styles import Outlet, load_style


def test_the_shipped_styles_name_web_print_and_agency_targets() -> None:
    outlets = load_style("default").outlets
    assert list(outlets) == ["web", "print", "agency"]
    assert outlets["web"] == Outlet(words=800)
    assert outlets["print"] == Outlet(characters=4500, lines=120, column_width=40)


def test_an_offices_outlets_replace_the_default_ones(tmp_path: Path) -> None:
    path = tmp_path / "office.json"
    outlets = {"Web": {"words": 650}, "Weekend print": {"lines": 200, "column_width": 38}}
    path.write_text(json.dumps({"outlets": outlets}), encoding="utf-8")
    style = load_style(str(path))
    assert list(style.outlets) == ["Web", "Weekend print"]
    assert style.outlets["Weekend print"].column_width == 38


@pytest.mark.parametrize(
    ("outlets", "message"),
    [
        ([], '"outlets" must be an object'),
        ({"web": 800}, '"outlets.web" must be an object'),
        ({"web": {"words": -1}}, '"outlets.web.words" must be a whole number'),
        ({"web": {"words": 8.5}}, '"outlets.web.words" must be a whole number'),
        ({"web": {"words": True}}, '"outlets.web.words" must be a whole number'),
        ({"web": {"pages": 2}}, '"outlets.web.pages" is not a style setting'),
        ({"web": {}}, '"outlets.web" must set "words", "characters" or "lines"'),
        ({"print": {"lines": 100}}, '"outlets.print.column_width" must be 1 to 1000'),
        ({"<b>": {"words": 1}}, "is not an outlet name"),
    ],
)
def test_bad_outlets_are_refused_naming_the_file(
    tmp_path: Path, outlets: object, message: str
) -> None:
    path = tmp_path / "broken.json"
    path.write_text(json.dumps({"outlets": outlets}), encoding="utf-8")
    with pytest.raises(StyleError) as raised:
        load_style(str(path))
    assert str(path) in str(raised.value)
    assert message in str(raised.value)
