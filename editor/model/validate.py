"""Checks an article for problems a writer or editor must see before it leaves the desk."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from editor.model.article import Article
from editor.model.messages import QT_TRANSLATE_NOOP
from editor.model.parts import HEADLINE, quotation_part, section_part
from editor.model.tokens import QUOTE_TOKEN


class Severity(StrEnum):
    """How bad a problem is: errors block a final export, warnings do not."""

    ERROR = "error"
    WARNING = "warning"


# The English wording of each problem, {0}… filled from the problem's ``params``. Marked
# for lupdate in the "Checklist" context: the interface shows these very strings translated.
HEADLINE_EMPTY = QT_TRANSLATE_NOOP("Checklist", "The headline is empty.")
SECTION_EMPTY = QT_TRANSLATE_NOOP("Checklist", "The section {0} is empty.")
UNKNOWN_QUOTATION = QT_TRANSLATE_NOOP(
    "Checklist", "The quotation {0} is not in the quotation bank."
)
DUPLICATE_ID = QT_TRANSLATE_NOOP("Checklist", "Two quotations share the id {0}.")
NO_WORDS = QT_TRANSLATE_NOOP("Checklist", "The quotation has no words.")
NO_SPEAKER = QT_TRANSLATE_NOOP("Checklist", "The quotation has no speaker.")
UNUSED_QUOTATION = QT_TRANSLATE_NOOP("Checklist", "The quotation is not used in any section.")
TEMPLATES = (
    HEADLINE_EMPTY, SECTION_EMPTY, UNKNOWN_QUOTATION, DUPLICATE_ID, NO_WORDS, NO_SPEAKER,
    UNUSED_QUOTATION,
)  # fmt: skip


@dataclass(frozen=True)
class Problem:
    """One finding: where in the article (``headline``, ``sections/0`` …) and what is wrong.

    What is wrong is ``template`` (one of ``TEMPLATES``) with ``params`` filled in:
    ``message`` in English; an interface translates the template and fills in the same.
    """

    severity: Severity
    part: str
    template: str
    params: tuple[str, ...] = ()
    # Where in the part's text the problem is (a character offset), None for the whole part.
    offset: int | None = None

    @property
    def message(self) -> str:
        """What is wrong, in English."""
        return self.template.format(*self.params)


def _problem(
    severity: Severity, part: str, template: str, *params: str, offset: int | None = None
) -> Problem:
    return Problem(severity, part, template, params, offset)


def validate(article: Article) -> list[Problem]:
    """Return the problems found in the article, in the order of its parts."""
    error, warning = Severity.ERROR, Severity.WARNING
    problems: list[Problem] = []
    if not article.headline.strip():
        problems.append(_problem(error, HEADLINE, HEADLINE_EMPTY))
    bank = {quotation.id for quotation in article.quotations}
    used: set[str] = set()
    for index, section in enumerate(article.sections):
        part = section_part(index)
        if section.is_blank:
            name = section.label.strip() or section.kind
            problems.append(_problem(warning, part, SECTION_EMPTY, name))
        for match in QUOTE_TOKEN.finditer(section.body):
            quotation_id = match.group(1)
            used.add(quotation_id)
            if quotation_id not in bank:
                problems.append(
                    _problem(error, part, UNKNOWN_QUOTATION, quotation_id, offset=match.start())
                )
    seen: set[str] = set()
    for quotation in article.quotations:
        part = quotation_part(quotation.id)
        if quotation.id in seen:
            problems.append(_problem(error, part, DUPLICATE_ID, quotation.id))
        seen.add(quotation.id)
        if not quotation.words.strip():
            problems.append(_problem(error, part, NO_WORDS))
        if not quotation.speaker.strip():
            problems.append(_problem(warning, part, NO_SPEAKER))
        if quotation.id not in used:
            problems.append(_problem(warning, part, UNUSED_QUOTATION))
    return problems
