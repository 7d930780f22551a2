"""Checks an article for problems a writer or editor must see before it leaves the desk."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from editor.model.article import Article
from editor.model.tokens import QUOTE_TOKEN


class Severity(StrEnum):
    """How bad a problem is: errors block a final export, warnings do not."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    """One finding: where in the article (``headline``, ``sections/0`` …) and what is wrong."""

    severity: Severity
    part: str
    message: str
    # Where in the part's text the problem is (a character offset), None for the whole part.
    offset: int | None = None


def validate(article: Article) -> list[Problem]:
    """Return the problems found in the article, in the order of its parts."""
    problems: list[Problem] = []
    if not article.headline.strip():
        problems.append(Problem(Severity.ERROR, "headline", "The headline is empty."))
    bank = {quotation.id for quotation in article.quotations}
    used: set[str] = set()
    for index, section in enumerate(article.sections):
        part = f"sections/{index}"
        if not section.body.strip():
            name = section.label.strip() or section.kind
            problems.append(Problem(Severity.WARNING, part, f"The section {name} is empty."))
        for match in QUOTE_TOKEN.finditer(section.body):
            quotation_id = match.group(1)
            used.add(quotation_id)
            if quotation_id not in bank:
                problems.append(
                    Problem(
                        Severity.ERROR,
                        part,
                        f"The quotation {quotation_id} is not in the quotation bank.",
                        match.start(),
                    )
                )
    seen: set[str] = set()
    for quotation in article.quotations:
        part = f"quotations/{quotation.id}"
        if quotation.id in seen:
            problems.append(
                Problem(Severity.ERROR, part, f"Two quotations share the id {quotation.id}.")
            )
        seen.add(quotation.id)
        if not quotation.words.strip():
            problems.append(Problem(Severity.ERROR, part, "The quotation has no words."))
        if not quotation.speaker.strip():
            problems.append(Problem(Severity.WARNING, part, "The quotation has no speaker."))
        if quotation.id not in used:
            problems.append(
                Problem(Severity.WARNING, part, "The quotation is not used in any section.")
            )
    return problems
