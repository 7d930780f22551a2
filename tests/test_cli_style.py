"""``newsdesk style``: the house styles listed by description, one made from an office template."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from office_files import office_template

from editor.cli import main
from editor.render.styles import load_style
from editor.storage.folders import UserFolders


def test_style_list_shows_each_style_with_its_description(capsys) -> None:
    assert main(["style", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "default\tThe default house style: serif text on A4, every part shown." in lines
    assert any(line.startswith("compact\tA compact wire style") for line in lines)


def test_style_new_from_an_office_template_maps_its_styles(
    tmp_path: Path, capsys, user_folders: UserFolders
) -> None:
    template = office_template(tmp_path / "Office 2026.docx", ["Headline", "Intro", "Byline"])
    assert main(["style", "new", "office", "--from-docx", str(template)]) == 0
    out = capsys.readouterr().out
    assert "Title -> Headline (Headline)" in out
    assert "Newsdesk's own style for: OpeningLine, SectionLabel" in out

    folder = user_folders.config / "styles"
    written = json.loads((folder / "office.json").read_text(encoding="utf-8"))
    assert written["template"] == "office.docx"
    assert written["style_map"]["Standfirst"] == "Intro"
    assert (folder / "office.docx").read_bytes() == template.read_bytes()
    # The default style's settings came with it, and it loads, its template beside it.
    style = load_style("office", user_folders.config)
    assert style.template == str(folder / "office.docx")
    assert style.fonts == load_style("default").fonts
    assert style.description == "From the office template Office 2026.docx."
    assert main(["style", "list"]) == 0
    assert "office\tFrom the office template Office 2026.docx." in capsys.readouterr().out


def test_style_new_refuses_a_taken_name_a_bad_name_and_a_file_that_is_no_template(
    tmp_path: Path, capsys
) -> None:
    template = office_template(tmp_path / "office.docx", ["Headline"])
    assert main(["style", "new", "office", "--from-docx", str(template)]) == 0
    capsys.readouterr()
    assert main(["style", "new", "office", "--from-docx", str(template)]) == 2
    assert "office: you have a house style of that name (--force replaces it)" in (
        capsys.readouterr().err
    )
    assert main(["style", "new", "office", "--from-docx", str(template), "--force"]) == 0
    capsys.readouterr()
    assert main(["style", "new", "../up", "--from-docx", str(template)]) == 2
    assert "a style name holds only letters" in capsys.readouterr().err
    junk = tmp_path / "notes.docx"
    junk.write_text("just text", encoding="utf-8")
    assert main(["style", "new", "notes", "--from-docx", str(junk)]) == 2
    assert "notes.docx: not a Word document or template" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("settings", "said"),
    [
        ({"template": "logo.png"}, '"template" must name a .dotx or .docx file.'),
        ({"style_map": {"Headline": "Title"}}, '"style_map" names no Newsdesk style Headline'),
        ({"style_map": {"Title": "a<b"}}, "is not a style id"),
        ({"description": 7}, '"description" must be a sentence'),
    ],
)
def test_a_style_file_with_a_bad_template_or_map_is_refused_with_why(
    tmp_path: Path, settings: dict, said: str
) -> None:
    from editor.render.errors import StyleError

    path = tmp_path / "bad.json"
    path.write_text(json.dumps(settings), encoding="utf-8")
    with pytest.raises(StyleError) as refused:
        load_style(str(path))
    assert said in str(refused.value)
