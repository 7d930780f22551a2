"""An edition's stale and untranslated paragraphs in the pre-export checklist, and the
house style's edition gate refusing Approved while any is stale."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from editor.importing.draft import import_draft
from editor.model import Article, Quotation
from editor.model.review import EditionGateError, change_status
from editor.render.styles import HouseStyle, read_style
from editor.resources import resource_path
from editor.text.checklist import ChecklistOptions, run_checklist
from editor.text.edition_review import change_edition_status
from editor.text.editions import confirm, edition_view, follow_source, new_edition, set_translation

TRANSLATOR = "Translator One"


def _sample() -> Article:
    return import_draft(resource_path("samples") / "ferry-line-en.txt").article


def _translated() -> tuple[Article, Article]:
    """The English sample with an Arabic edition whose every part is written and confirmed."""
    source = _sample()
    arabic = new_edition(source, "ar", prefill=False, author=TRANSLATOR)
    for number, link in enumerate(arabic.source_links):
        set_translation(arabic, link, f"ترجمة الفقرة {number}")
    confirm(source, arabic, author=TRANSLATOR)
    return source, arabic


def _edit_first_paragraph(source: Article) -> str:
    section = source.sections[0]
    old = section.body
    first = old.split("\n\n")[0]
    section.body = old.replace(first, first + " Changed since.", 1)
    follow_source(source, "sections/0", old, section.body)
    return first


def _edition_findings(source: Article, arabic: Article) -> list:
    options = ChecklistOptions(source=source)
    found = run_checklist(edition_view(source, arabic), options)
    return [finding for finding in found if finding.code.startswith("edition-")]


def test_a_stale_paragraph_is_a_finding_with_the_source_words() -> None:
    source, arabic = _translated()
    assert _edition_findings(source, arabic) == []
    first = _edit_first_paragraph(source)
    (finding,) = _edition_findings(source, arabic)
    assert finding.code == "edition-stale" and finding.part == "sections/0"
    assert "Changed since." in finding.message
    # What changed, as a reader reads it (it read "{+Changed since.+}", seen on Xvfb).
    assert "«» → «Changed since.»" in finding.message and first[:20] not in finding.message


def test_an_untranslated_paragraph_is_quoted_in_the_words_a_reader_sees() -> None:
    # The list showed "[[quote:…" and every such paragraph as the part's first.
    source = _sample()
    source.quotations.append(Quotation(id="q9", words="We will keep the clock."))
    source.sections[0].body += "\n\nThe mayor said [[quote:q9]] and left **early**."
    source.sections[0].paragraphs = []
    arabic = new_edition(source, "ar", prefill=False, author=TRANSLATOR)
    found = [f for f in _edition_findings(source, arabic) if "mayor" in f.message]
    assert found, [f.message for f in _edition_findings(source, arabic)]
    (finding,) = found
    assert "We will keep the clock." in finding.message and "left early." in finding.message
    assert "[[quote" not in finding.message and "**" not in finding.message
    assert finding.paragraph == 0  # not in the edition's text: the part alone, no paragraph


def test_untranslated_paragraphs_are_findings_at_their_parts() -> None:
    source = _sample()
    arabic = new_edition(source, "ar", prefill=False, author=TRANSLATOR)
    found = _edition_findings(source, arabic)
    assert {finding.code for finding in found} == {"edition-untranslated"}
    assert "headline" in {finding.part for finding in found}
    assert sum(1 for finding in found if finding.part == "sections/0") == len(
        source.sections[0].paragraphs
    )
    # The source itself has no such findings.
    assert not [f for f in run_checklist(source) if f.code.startswith("edition-")]


def test_the_edition_gate_refuses_approved_with_stale_paragraphs() -> None:
    source, arabic = _translated()
    change_status(arabic, "in_review", TRANSLATOR)
    _edit_first_paragraph(source)
    with pytest.raises(EditionGateError) as refused:
        change_edition_status(source, arabic, "approved", TRANSLATOR, edition_gate=True)
    assert refused.value.stale == 1 and refused.value.language == "ar"
    assert "stale paragraph" in str(refused.value)
    assert arabic.meta.status == "in_review"
    # Without the gate the move is allowed; once confirmed, with it too.
    confirm(source, arabic, author=TRANSLATOR)
    change_edition_status(source, arabic, "approved", TRANSLATOR, edition_gate=True)
    assert arabic.meta.status == "approved"


def test_the_edition_gate_is_on_by_default_and_a_style_turns_it_off(tmp_path: Path) -> None:
    assert HouseStyle().review.edition_gate is True
    path = tmp_path / "desk.json"
    path.write_text(json.dumps({"review": {"edition_gate": False}}))
    assert read_style(path).review.edition_gate is False
