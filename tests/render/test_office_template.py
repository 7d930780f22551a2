"""An office's Word template: its styles read, Newsdesk's parts matched to them by name."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from office_files import office_template

from editor.render.errors import StyleError
from editor.render.office import style_map, template_styles


def test_parts_are_matched_to_an_offices_style_names(tmp_path: Path) -> None:
    path = office_template(
        tmp_path / "office.docx", ["Headline", "Intro", "Text Body", "Pull-Quote", "Byline"]
    )
    styles = template_styles(path)
    ids = {style.name: style.style_id for style in styles}
    found = style_map(styles)
    # The office's own styles before Word's built-in ones (Title, Subtitle, Body Text…).
    assert found["Title"] == ids["Headline"]
    assert found["Standfirst"] == ids["Intro"]
    assert found["BodyText"] == ids["Text Body"]
    assert found["Quote"] == ids["Pull-Quote"]
    assert found["CreditLine"] == ids["Byline"]
    assert found["Heading1"] == ids["heading 1"]
    assert "SectionLabel" not in found  # no style of that kind: Newsdesk's own is used


def test_a_custom_name_wins_when_word_has_no_built_in_style_of_that_name(tmp_path) -> None:
    document = docx.Document()
    for style in list(document.styles):
        if style.name in ("Title", "Quote", "Intense Quote"):
            style.element.getparent().remove(style.element)
    document.styles.add_style("Headline", WD_STYLE_TYPE.PARAGRAPH)
    document.styles.add_style("Quotations", WD_STYLE_TYPE.PARAGRAPH)
    path = tmp_path / "office.dotx"
    document.save(str(path))
    found = style_map(template_styles(path))
    assert found["Title"] == "Headline"
    assert found["Quote"] == "Quotations"


@pytest.mark.parametrize("content", [b"", b"PK\x03\x04 broken", b"plain text, not a zip"])
def test_a_file_that_is_no_word_template_is_refused_naming_it(tmp_path, content) -> None:
    path = tmp_path / "office.dotx"
    path.write_bytes(content)
    with pytest.raises(StyleError) as refused:
        template_styles(path)
    assert "office.dotx" in str(refused.value)
    assert "not a Word document or template" in str(refused.value)


def test_a_missing_template_says_so(tmp_path) -> None:
    with pytest.raises(StyleError) as refused:
        template_styles(tmp_path / "gone.dotx")
    assert "cannot be read" in str(refused.value)
