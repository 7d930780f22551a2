"""validate() finds what an editor must see before an article leaves the desk."""

from __future__ import annotations

from editor.model import Article, Quotation, Section
from editor.model.validate import Severity, validate


def _article() -> Article:
    return Article(
        headline="Will the ferry run in winter?",
        sections=[
            Section(kind="news", label="News:", body="The ferry [[quote:q1]] runs."),
            Section(kind="comment", label="Comment:", body="Doubts remain."),
        ],
        quotations=[Quotation(id="q1", words="We will sail", speaker="A. Captain")],
    )


def test_a_complete_article_has_no_problems() -> None:
    assert validate(_article()) == []


def test_empty_headline_is_an_error() -> None:
    article = _article()
    article.headline = "  "
    problems = validate(article)
    assert [(p.severity, p.part) for p in problems] == [(Severity.ERROR, "headline")]
    assert "headline" in problems[0].message


def test_token_whose_id_is_not_in_the_bank_names_the_id_and_section() -> None:
    article = _article()
    article.sections[1].body = "As [[quote:ghost]] put it."
    problems = validate(article)
    assert [(p.severity, p.part, p.message) for p in problems] == [
        (Severity.ERROR, "sections/1", "The quotation ghost is not in the quotation bank.")
    ]


def test_quotation_without_words_or_speaker_and_unused_quotation_are_reported() -> None:
    article = _article()
    article.quotations.append(Quotation(id="q2"))
    found = {(p.severity, p.part, p.message) for p in validate(article)}
    assert found == {
        (Severity.ERROR, "quotations/q2", "The quotation has no words."),
        (Severity.WARNING, "quotations/q2", "The quotation has no speaker."),
        (Severity.WARNING, "quotations/q2", "The quotation is not used in any section."),
    }


def test_empty_section_is_a_warning_naming_its_label() -> None:
    article = _article()
    article.sections[1].body = "\n\n"
    problems = validate(article)
    assert [(p.severity, p.part, p.message) for p in problems] == [
        (Severity.WARNING, "sections/1", "The section Comment: is empty.")
    ]


def test_duplicate_quotation_ids_are_an_error() -> None:
    article = _article()
    article.quotations.append(Quotation(id="q1", words="Again", speaker="B"))
    assert any(
        p.severity is Severity.ERROR and "share the id q1" in p.message for p in validate(article)
    )
