"""Typed failures of rendering and export, each a sentence a user understands."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from editor.model.validate import Problem


class RenderError(Exception):
    """An article could not be rendered or exported."""


class StyleError(RenderError):
    """A house style file is missing, not JSON, or holds a value that cannot be used."""

    def __init__(self, path: str | Path, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = Path(path)
        self.message = message


class UnknownQuotationError(RenderError):
    """A final export met ``[[quote:ID]]`` tokens whose ids are not in the quotation bank.

    ``ids`` are the unknown ids in the order of the text, ``path`` the article's file (if
    any). The message states the fact only: how to export anyway is said by the interface
    that offers it (a command-line flag, a window's checkbox).
    """

    def __init__(self, ids: tuple[str, ...], path: str | Path | None = None) -> None:
        listed = ", ".join(ids)
        where = f"{path}: " if path is not None else ""
        super().__init__(f"{where}quotations not in the bank: {listed}")
        self.ids = ids
        self.path = Path(path) if path is not None else None


class ArticleProblemsError(RenderError):
    """A final export met the checklist's errors in the article itself: no headline, a
    quotation without words, two quotations with one id (unknown ids have their own error).

    ``problems`` are the checklist's (``editor.model.validate.Problem``), each with its part
    and its template, which an interface words in its own language; ``language`` names the
    edition when the article exported is one of a story's versions ("" otherwise). As for
    unknown quotations, how to export anyway is said by the interface that offers it.
    """

    def __init__(
        self, problems: tuple[Problem, ...], path: str | Path | None = None, language: str = ""
    ) -> None:
        where = f"{path}: " if path is not None else ""
        edition = f"[{language}] " if language else ""
        listed = "; ".join(f"{problem.part}: {problem.message}" for problem in problems)
        super().__init__(f"{where}{edition}{listed}")
        self.problems = problems
        self.path = Path(path) if path is not None else None
        self.language = language


class NestingTooDeepError(RenderError):
    """An article's text nests deeper than a writer can follow; its other articles go on.

    The body parser keeps such text flat (and reports it), so this is the last guard of a
    batch: ``path`` is the article's file when known.
    """

    def __init__(self, path: str | Path | None = None) -> None:
        where = f"{path}: " if path is not None else ""
        super().__init__(f"{where}the text nests too deeply to export")
        self.path = Path(path) if path is not None else None


class UntranslatedEditionError(RenderError):
    """A final export of a language edition that still has paragraphs not translated (the
    source's words would go out under the edition's language): refused while the house
    style's ``review.edition_gate`` is on, as Approved and Published are for a stale one.

    ``language`` is the edition's, ``untranslated`` how many paragraphs wait, ``path`` the
    article's file when known.
    """

    def __init__(self, language: str, untranslated: int, path: str | Path | None = None) -> None:
        where = f"{path}: " if path is not None else ""
        super().__init__(
            f"{where}[{language}] the edition has {untranslated} paragraph(s) not translated yet"
        )
        self.language = language
        self.untranslated = untranslated
        self.path = Path(path) if path is not None else None


class NoEditionError(RenderError):
    """An export asked for a language edition the article does not have.

    ``language`` is the one asked for, ``languages`` those the article has (its own
    first), ``path`` the article's file when known.
    """

    def __init__(
        self, language: str, languages: tuple[str, ...], path: str | Path | None = None
    ) -> None:
        where = f"{path}: " if path is not None else ""
        have = ", ".join(languages)
        super().__init__(f"{where}the article has no {language!r} edition (it has: {have})")
        self.language = language
        self.languages = languages
        self.path = Path(path) if path is not None else None
