"""Language data: labels, quotation marks, credit template and direction, one file per language.

Each language is one file, ``resources/languages/CODE.json``, named by its primary subtag
(``ar``, ``tr``); adding a language takes only its file. Required keys: ``code``, ``name``,
``native_name`` (its script tells which script the language is written in, see
``editor.text.scripts``), ``direction`` (``ltr`` or ``rtl``; also whether the interface
mirrors when it is shown in the language), ``digits``, ``labels`` (``news``, ``comment``),
``quotes`` (``primary`` and ``secondary``, each an opening and a closing mark) and
``credit_template`` (``{office}`` and ``{author}`` in the language's words; a ``\n`` in it
is where the credit line breaks, by default before the author's name). Optional keys, each
empty or false when left out:

- ``credit_office_only``, ``credit_author_only``: the credit line when only the office or
  only the author is known ("Written for {office}", "By {author}"); left out, the office or
  the author alone;
- ``opening_phrases``, ``attribution_verbs``, ``quote_connectives``, ``pronouns``,
  ``name_stops``: words the importer recognises (docs/importing.md);
- ``letter_hints``: ``{"letters": "ıİğĞşŞ", "one_in": 400}``: letters that point at this
  language among the languages of its script when a draft says nothing else: a text is in
  it when at least two of its letters, and at least one in ``one_in``, are among them;
- ``spaced_punctuation``: a no-break space goes before ``: ; ! ?`` and inside ``« »``
  (French typography);
- ``suffix_apostrophe``: suffixes join a proper name after an apostrophe (Turkish
  "Ankara'da"), so the spelling checker checks the name alone;
- ``optional_circumflex``: â, î, û may be written without the circumflex (Turkish), so a
  word the dictionary has without it is right;
- ``dates``: ``{"long": "{day} {month} {year}", "months": [twelve names], "first": "1er",
  "with_time": "{date}, {time}", "utc": "UTC"}``: how the printed page writes a date (the
  months in the form a date takes; ``first`` only where the first of a month is no plain
  number; ``utc`` the word before a time's offset); the language's ``digits`` are used.
  Left out, dates are printed as written;
- ``embargo``: the line above an embargoed article ("Embargoed until {time}");
- ``reading_rate``: ``{"wpm": 238, "source": "…"}``: how many words a minute an adult
  reads in the language, as published research measured it (``source`` names the study by
  title, journal and year); the reading time the editor shows comes from it. A language
  without one takes ``editor.text.counts.FALLBACK_RATE``.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any, ClassVar

from editor.model.frozen import Frozen
from editor.resources import resource_path

DEFAULT_LANGUAGE = "en"


class UnknownLanguageError(LookupError):
    """Raised when no language data file exists for a code."""

    def __init__(self, code: str) -> None:
        super().__init__(f"No language data for '{code}'.")
        self.code = code


class QuotationMarks(Frozen):
    """An opening and a closing quotation mark."""

    __slots__ = (
        "close",
        "open",
    )

    open: str
    close: str

    def wrap(self, words: str) -> str:
        """Return the words between these marks."""
        return f"{self.open}{words}{self.close}"


class LetterHints(Frozen):
    """Letters that point at one language among those of its script (see the module)."""

    __slots__ = (
        "letters",
        "one_in",
    )

    letters: str
    one_in: int

    def found_in(self, text: str, letters: int) -> int:
        """Return how many hint letters a text of ``letters`` letters has, 0 when too few."""
        found = sum(text.count(letter) for letter in self.letters)
        return found if found >= max(2, letters // self.one_in) else 0


class ReadingRate(Frozen):
    """How many words a minute an adult reads in a language, and the study that says so."""

    __slots__ = (
        "source",
        "wpm",
    )

    wpm: int
    source: str


class CorrectionWords(Frozen):
    """How the corrections log is printed in one language: its heading, kinds and entries."""

    __slots__ = ("clarification", "correction", "entry", "heading", "retraction")

    heading: str
    correction: str
    clarification: str
    retraction: str
    entry: str

    def kind(self, kind: str) -> str:
        """Return the name of a kind of entry ("correction", …) in the language."""
        return {
            "clarification": self.clarification,
            "retraction": self.retraction,
        }.get(kind, self.correction)

    def line(self, kind: str, date: str, text: str) -> str:
        """Return one entry as printed: "Correction (2026-05-02): text" (no date: no brackets)."""
        line = self.entry.replace("{kind}", self.kind(kind))
        if not date:
            line = re.sub(r"\s*[(（]\{date\}[)）]", "", line)
        # str.replace, not str.format: braces in the text must not be read as fields.
        return line.replace("{date}", date).replace("{text}", text)


class DateWords(Frozen):
    """How a language prints a date: its long form and the months' names (in the form a
    date takes: Russian "мая", not "май")."""

    __slots__ = ("first", "long", "months", "utc", "with_time")

    long: str  # "{day} {month} {year}"
    months: tuple[str, ...]  # twelve, January first
    first: str  # the first of a month where it is no plain "1" (French "1er"), else ""
    with_time: str  # "{date}, {time}"
    utc: str  # the word before a time's offset: "UTC" ("UTC+03:00"), Arabic "غرينتش"


class Language(Frozen):
    """Everything the program knows about writing in one language."""

    __slots__ = (
        "attribution_verbs",
        "code",
        "comment_label",
        "comments_heading",
        "correction_words",
        "credit_author_only",
        "credit_office_only",
        "credit_template",
        "date_words",
        "digits",
        "direction",
        "embargo_line",
        "letter_hints",
        "name",
        "name_stops",
        "native_name",
        "news_label",
        "opening_phrases",
        "optional_circumflex",
        "primary_quotes",
        "pronouns",
        "quote_connectives",
        "reading_rate",
        "secondary_quotes",
        "spaced_punctuation",
        "suffix_apostrophe",
        "translated_mark",
    )
    _defaults: ClassVar[dict[str, Any]] = {
        "quote_connectives": (),
        "pronouns": (),
        "name_stops": (),
        "letter_hints": None,
        "spaced_punctuation": False,
        "suffix_apostrophe": False,
        "optional_circumflex": False,
        "reading_rate": None,
        "correction_words": None,
        "date_words": None,
        "translated_mark": "(translated)",
        "comments_heading": "Comments",
        "embargo_line": "Embargoed until {time}",
        "credit_office_only": "{office}",
        "credit_author_only": "{author}",
    }

    code: str
    name: str
    native_name: str
    direction: str
    digits: str
    news_label: str
    comment_label: str
    primary_quotes: QuotationMarks
    secondary_quotes: QuotationMarks
    credit_template: str
    # The credit line when one of office and author is empty: the whole template's sentence
    # would read "Written for  by Name" (seen on Xvfb).
    credit_office_only: str
    credit_author_only: str
    opening_phrases: tuple[str, ...]
    attribution_verbs: tuple[str, ...]
    # Words that join an attribution to the quotation it introduces ("that", "что", "أن").
    quote_connectives: tuple[str, ...]
    # Pronouns and articles that start a sentence capitalised but never name a speaker.
    pronouns: tuple[str, ...]
    # Words (prepositions) that end a speaker's name in a script without capitals.
    name_stops: tuple[str, ...]
    letter_hints: LetterHints | None
    spaced_punctuation: bool
    suffix_apostrophe: bool
    optional_circumflex: bool
    reading_rate: ReadingRate | None
    # None: the language's file has no "corrections" (``corrections`` gives the default's).
    correction_words: CorrectionWords | None
    # None: the language's file has no "dates" (its dates are printed as written).
    date_words: DateWords | None
    # What an export puts after a quotation an edition translated: "(translated)".
    translated_mark: str
    # The heading over the review comments an export lists at its end ("Comments").
    comments_heading: str
    # The line above an embargoed article in the page formats ("Embargoed until {time}").
    embargo_line: str

    @property
    def is_rtl(self) -> bool:
        """Whether the language is written right to left."""
        return self.direction == "rtl"

    def label_for(self, kind: str) -> str:
        """Return the default label of a section kind (empty for custom sections)."""
        return {"news": self.news_label, "comment": self.comment_label}.get(kind, "")

    @property
    def corrections(self) -> CorrectionWords:
        """Return the words of the corrections log: the language's, else the default's."""
        words = self.correction_words
        if words is None:
            words = _load(DEFAULT_LANGUAGE).correction_words
        return words or CorrectionWords(
            "Corrections", "Correction", "Clarification", "Retraction", "{kind} ({date}): {text}"
        )

    def credit_line(self, office: str, author: str, template: str | None = None) -> str:
        """Return the credit line for this office and author, empty when both are empty.

        ``template`` (a house style's) replaces the language's for both; with one of them
        empty the language's sentence for the other alone is used.
        """
        has_office, has_author = bool(office.strip()), bool(author.strip())
        if not has_office and not has_author:
            return ""
        if not has_office:
            text = self.credit_author_only
        elif not has_author:
            text = self.credit_office_only
        else:
            text = template if template is not None else self.credit_template
        # str.replace, not str.format: braces in a name must not be read as fields.
        return text.replace("{office}", office).replace("{author}", author)


def native_name(code: str) -> str:
    """Return a language by its own name ("العربية", "Русский"), as the language choosers
    show it (every reader recognises their language so); the code itself when the language
    is not known."""
    known = find_language(code)
    return known.native_name if known else code


def primary_subtag(tag: str) -> str:
    """Return a language tag's primary subtag, lower case: "ar-EG" → "ar", "zh_Hant" → "zh"."""
    return (tag or "").replace("_", "-").split("-", 1)[0].lower()


def languages_dir() -> Path:
    """Return the folder of the language data files."""
    return resource_path("languages")


@lru_cache(maxsize=64)
def _load(code: str) -> Language:
    path = languages_dir() / f"{code}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UnknownLanguageError(code) from None
    return Language(
        code=data["code"],
        name=data["name"],
        native_name=data["native_name"],
        direction=data["direction"],
        digits=data["digits"],
        news_label=data["labels"]["news"],
        comment_label=data["labels"]["comment"],
        primary_quotes=QuotationMarks(*data["quotes"]["primary"]),
        secondary_quotes=QuotationMarks(*data["quotes"]["secondary"]),
        credit_template=data["credit_template"],
        credit_office_only=str(data.get("credit_office_only", "{office}")),
        credit_author_only=str(data.get("credit_author_only", "{author}")),
        opening_phrases=tuple(data.get("opening_phrases", ())),
        attribution_verbs=tuple(data.get("attribution_verbs", ())),
        quote_connectives=tuple(data.get("quote_connectives", ())),
        pronouns=tuple(data.get("pronouns", ())),
        name_stops=tuple(data.get("name_stops", ())),
        letter_hints=_letter_hints(data.get("letter_hints")),
        spaced_punctuation=bool(data.get("spaced_punctuation", False)),
        suffix_apostrophe=bool(data.get("suffix_apostrophe", False)),
        optional_circumflex=bool(data.get("optional_circumflex", False)),
        reading_rate=_reading_rate(data.get("reading_rate")),
        correction_words=_correction_words(data.get("corrections")),
        date_words=_date_words(data.get("dates")),
        translated_mark=str(data.get("translated", "(translated)")),
        comments_heading=str(data.get("comments_heading", "Comments")),
        embargo_line=str(data.get("embargo", "Embargoed until {time}")),
    )


def _correction_words(data: dict[str, str] | None) -> CorrectionWords | None:
    if not data:
        return None
    return CorrectionWords(
        heading=str(data["heading"]),
        correction=str(data["correction"]),
        clarification=str(data["clarification"]),
        retraction=str(data["retraction"]),
        entry=str(data.get("entry", "{kind} ({date}): {text}")),
    )


def _date_words(data: dict[str, Any] | None) -> DateWords | None:
    if not data:
        return None
    months = tuple(str(month) for month in data["months"])
    if len(months) != 12:
        raise ValueError(f"a language's dates name twelve months, not {len(months)}")
    return DateWords(
        long=str(data["long"]),
        months=months,
        first=str(data.get("first", "")),
        with_time=str(data.get("with_time", "{date}, {time}")),
        utc=str(data.get("utc", "UTC")),
    )


def _letter_hints(data: dict[str, object] | None) -> LetterHints | None:
    if not data:
        return None
    return LetterHints(letters=str(data["letters"]), one_in=max(1, int(str(data["one_in"]))))


def _reading_rate(data: dict[str, object] | None) -> ReadingRate | None:
    if not data:
        return None
    return ReadingRate(wpm=max(1, int(str(data["wpm"]))), source=str(data["source"]))


def available_languages() -> list[str]:
    """Return the codes of every language with a data file, sorted."""
    return list(_shipped_codes())


@lru_cache(maxsize=1)
def language_names() -> tuple[tuple[str, str], ...]:
    """Return each language with a data file as (code, its own name), sorted by code: the
    choices every language chooser lists."""
    return tuple((code, native_name(code)) for code in _shipped_codes())


@lru_cache(maxsize=1)
def _shipped_codes() -> tuple[str, ...]:
    # The shipped files do not change while the program runs, and each look-up of a
    # language asks: listed once, not once per language when a chooser lists them all.
    return tuple(sorted(path.stem for path in languages_dir().glob("*.json")))


def find_language(code: str) -> Language | None:
    """Return the data for a BCP 47 code (by its primary subtag), or None when there is none."""
    subtag = primary_subtag(code)
    if not subtag.isalpha() or subtag not in _shipped_codes():
        return None
    return _load(subtag)


def language(code: str) -> Language:
    """Return the data for a BCP 47 code; raise UnknownLanguageError when there is none."""
    found = find_language(code)
    if found is None:
        raise UnknownLanguageError(code)
    return found


def language_or_default(code: str) -> Language:
    """Return the data for a code, or the default language's data when there is none."""
    return find_language(code) or _load(DEFAULT_LANGUAGE)
