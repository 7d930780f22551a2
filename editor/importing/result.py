"""What an import gives back: the article, what went where (for --explain and the UI), warnings."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from editor.model import Article

_SHOWN_WORDS = 6
_SHOWN_CHARS = 120

# Kinds of text a draft holds outside its body (DOCX stories that are no part of an article).
HEADER = "header"
FOOTER = "footer"
FOOTNOTE = "footnote"
ENDNOTE = "endnote"
COMMENT = "comment"
# Markup on part of a plain-text part (a bold word in a headline): the part has no place for
# it, so its text as written is listed in the report.
EMPHASIS = "emphasis"
# A paragraph (or run of paragraphs) that was a quotation with its clause of attribution,
# as written: set as a block quotation, its words end as a sentence and its speaker is a
# name ("said Brandt." is not in the article), so the report keeps what the draft said.
QUOTED = "quotation"


@dataclass(frozen=True)
class SetAside:
    """Text of a draft the article does not hold (a header, a note, a comment), kept whole."""

    kind: str
    text: str
    number: str = ""  # a footnote's, endnote's or comment's id in the draft
    author: str = ""  # a comment's author
    # The part whose markup was dropped ("headline"), for EMPHASIS; the quotation's id
    # ("q2"), for QUOTED.
    part: str = ""

    def where(self) -> str:
        """Return what this text is in the draft, in English, as the report says it."""
        if self.kind == EMPHASIS:
            return f"emphasis in the {self.part}"
        if self.kind == QUOTED:
            return f"quotation {self.part} as written"
        where = self.kind
        if self.number and self.kind in (FOOTNOTE, ENDNOTE):
            where += f" {self.number}"
        if self.author:
            where += f" by {self.author}"
        return where


@dataclass(frozen=True)
class SectionNote:
    """One section as imported: its label as written, kind, paragraphs and quotations."""

    label: str
    kind: str
    paragraphs: int
    quotations: tuple[str, ...] = ()


@dataclass(frozen=True)
class QuotationNote:
    """One quotation as imported: id, speaker, role, where it stood, its first words."""

    id: str
    speaker: str
    role: str
    placement: str
    section: int
    first_words: str
    attribution: str = ""


@dataclass(frozen=True)
class Explanation:
    """What went where in an import, so a user can trust the result before opening it."""

    source: str
    format: str
    encoding: str
    language: str
    language_reason: str
    opening: str = ""
    opening_reason: str = ""
    headline: str = ""
    standfirst: str = ""
    sections: tuple[SectionNote, ...] = ()
    quotations: tuple[QuotationNote, ...] = ()
    office: str = ""
    author: str = ""
    credit_line: str = ""
    front_matter: tuple[str, ...] = ()
    set_aside: tuple[SetAside, ...] = ()

    def lines(self) -> list[str]:
        """Return the explanation as lines of text, as ``newsdesk import --explain`` prints."""
        encoding = f", {self.encoding}" if self.encoding else ""
        lines = [
            f"{self.source} ({self.format}{encoding})",
            f"  language: {self.language} ({self.language_reason})",
        ]
        if self.front_matter:
            lines.append(f"  front matter: {', '.join(self.front_matter)}")
        if self.opening:
            lines.append(f"  opening line: {_short(self.opening)} ({self.opening_reason})")
        else:
            lines.append("  opening line: none")
        lines.append(f"  headline: {_short(self.headline) if self.headline else 'none'}")
        lines.append(f"  standfirst: {_short(self.standfirst) if self.standfirst else 'none'}")
        for number, section in enumerate(self.sections, start=1):
            label = section.label or "(no label)"
            quoted = ""
            if section.quotations:
                quoted = ", quotations " + ", ".join(section.quotations)
            lines.append(
                f"  section {number}: {label} [{section.kind}] — "
                f"{_count(section.paragraphs, 'paragraph')}{quoted}"
            )
        written = {aside.part: aside.text for aside in self.set_aside if aside.kind == QUOTED}
        for note in self.quotations:
            speaker = note.speaker or "no speaker found"
            if note.role:
                speaker += f", {note.role}"
            lines.append(
                f"  quotation {note.id} ({note.placement}, section {note.section + 1}): "
                f"{speaker} — “{note.first_words}”"
            )
            if note.id in written:
                # The whole paragraph: its clause ("said Brandt.") is not in the article.
                lines.append(f"    as written: {' '.join(written[note.id].split())}")
        if self.credit_line:
            lines.append(
                f"  byline: office “{self.office}”, author “{self.author}” "
                f"(from the credit line: {_short(self.credit_line)})"
            )
        elif self.office or self.author:
            lines.append(f"  byline: office “{self.office}”, author “{self.author}”")
        else:
            lines.append("  byline: none (no credit line found)")
        for aside in self.set_aside:
            if aside.kind == QUOTED:
                continue  # under its quotation, above
            # The whole text: the report is where these words are kept.
            text = " ".join(aside.text.split())
            if aside.kind == EMPHASIS:
                # The words are in the article; only the marks are not.
                lines.append(f"  marks dropped from the {aside.part}, as written: {text}")
            else:
                lines.append(f"  not in the article, {aside.where()}: {text}")
        return lines


@dataclass
class ImportResult:
    """An imported article, the explanation of what went where, and the warnings."""

    article: Article
    explanation: Explanation
    warnings: list[str] = field(default_factory=list)

    @property
    def set_aside(self) -> tuple[SetAside, ...]:
        """Return the draft's text that is not in the article (listed in the report)."""
        return self.explanation.set_aside

    def add_set_aside(self, passages: Iterable[SetAside]) -> None:
        """Report passages of the DOCX that are not in the article, each with its text.

        Nothing is dropped in silence: the report lists them, and a warning says so.
        """
        aside = tuple(passages)
        if not aside:
            return
        self.explanation = replace(
            self.explanation, set_aside=(*self.explanation.set_aside, *aside)
        )
        self.warnings.append(
            f"{len(aside)} passage(s) of the DOCX are not in the article "
            f"({', '.join(sorted({a.kind for a in aside}))}); --explain lists their text."
        )


def first_words(text: str, count: int = _SHOWN_WORDS) -> str:
    """Return the first words of a text, with an ellipsis when there are more."""
    parts = text[:2000].split()
    shown = " ".join(parts[:count])
    return shown + "…" if len(parts) > count else shown


def _short(text: str) -> str:
    flat = " ".join(text[: _SHOWN_CHARS * 2].split())
    return flat if len(flat) <= _SHOWN_CHARS else flat[: _SHOWN_CHARS - 1] + "…"


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")
