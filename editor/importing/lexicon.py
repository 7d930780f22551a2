"""What the importer knows about every language at once: labels, verbs, phrases, credits.

Built from the language data files (editor/text/languages.py) once per process and
cached, so importing many drafts does not re-read the files.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from editor.importing.plain import unwrap_emphasis
from editor.text.languages import Language, available_languages, language
from editor.text.scripts import SCRIPT_SAMPLE, text_script

# Arabic harakat, the superscript alef and tatweel: writers add or leave them out freely, so
# phrases are compared without them.
_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")


@dataclass(frozen=True)
class Label:
    """A section label of one language: which kind of section it starts."""

    language: str
    kind: str


@dataclass(frozen=True)
class Lexicon:
    """Labels, attribution verbs, connectives, opening phrases and credit patterns."""

    languages: dict[str, Language]
    labels: dict[str, tuple[Label, ...]]
    verbs: re.Pattern[str]
    connectives: re.Pattern[str]
    pronouns: frozenset[str]
    name_stops: frozenset[str]
    opening_phrases: dict[str, str]
    credits: dict[str, re.Pattern[str]]
    # The credit line with the office alone, then with the author alone ("By {author}"):
    # read only where the line is marked as the credit (a Newsdesk DOCX's CreditLine), as
    # "By …" also starts sentences.
    credits_alone: dict[str, tuple[re.Pattern[str], re.Pattern[str]]]

    def read_credit(self, code: str, line: str) -> tuple[str, str] | None:
        """Return (office, author) of a line marked as the credit, in any of the language's
        three sentences; None when it is none of them."""
        patterns = [self.credits.get(code), *self.credits_alone.get(code, ())]
        for pattern in patterns:
            found = pattern.fullmatch(line) if pattern is not None else None
            if found is not None:
                fields = found.groupdict()
                return fields.get("office", "").strip(), fields.get("author", "").strip()
        return None

    def label_of(self, line: str) -> tuple[Label, ...]:
        """Return the labels a line is, by any language (empty when it is no label)."""
        if len(line) > 60:  # no label is that long; spares normalising long lines
            return ()
        return self.labels.get(label_key(line), ())

    def opening_language(self, line: str) -> str | None:
        """Return the language of a known opening phrase the line is or starts with."""
        key = phrase_key(line)
        if not key or len(key) > 200:
            return None
        for phrase, code in self.opening_phrases.items():
            if key == phrase or key.startswith(phrase + " "):
                return code
        return None


def label_key(text: str) -> str:
    """Return the form labels are compared in: no emphasis, no colon, folded case."""
    key = unwrap_emphasis(text).rstrip(":：").strip()
    return " ".join(key.split()).casefold()


def phrase_key(text: str) -> str:
    """Return the form opening phrases are compared in: letters and single spaces."""
    text = _ARABIC_MARKS.sub("", unicodedata.normalize("NFC", text))
    kept = "".join(char if char.isalnum() or char.isspace() else " " for char in text)
    return " ".join(kept.split()).casefold()


def _words_pattern(phrases: list[str], flags: int = re.IGNORECASE) -> re.Pattern[str]:
    # Longest first, so "according to" and "وقال" win over their shorter neighbours.
    ordered = sorted({phrase for phrase in phrases if phrase}, key=len, reverse=True)
    if not ordered:
        return re.compile(r"(?!x)x")
    body = "|".join(r"\s+".join(re.escape(part) for part in phrase.split()) for phrase in ordered)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", flags)


def credit_pattern(template: str) -> re.Pattern[str]:
    """Return a pattern matching a whole credit line written from this template.

    Literal words match case-sensitively (the line is rebuilt from the template, so its
    words must be the template's); any run of spaces or a line break matches any other.
    A field is read with some text where the line allows it (an office named "by" is not
    read as none), else empty (a line naming no office, kept as text with a warning).
    """
    parts = re.split(r"(\{office\}|\{author\})", template)
    pattern = [r"\s*"]
    for index, part in enumerate(parts):
        if part in ("{office}", "{author}"):
            pattern.append(rf"(?P<{part[1:-1]}>.*?\S|)")
            continue
        literal = part.strip()
        if not literal:
            pattern.append(r"\s*")
            continue
        escaped = r"\s+".join(re.escape(word) for word in literal.split())
        after_field = index > 0
        before_field = index < len(parts) - 1
        # A literal next to a field must stand as its own word: "by" is not the end of
        # "Nearby".
        if after_field and literal[0].isalnum():
            escaped = r"(?<!\w)" + escaped
        if before_field and literal[-1].isalnum():
            escaped += r"(?!\w)"
        pattern.append(r"\s*" + escaped + r"\s*")
    pattern.append(r"\s*")
    return re.compile("".join(pattern), re.DOTALL)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Return what the importer knows about every language with a data file."""
    languages = {code: language(code) for code in available_languages()}
    labels: dict[str, list[Label]] = {}
    verbs: list[str] = []
    connectives: list[str] = []
    pronouns: set[str] = set()
    name_stops: set[str] = set()
    phrases: dict[str, str] = {}
    credits: dict[str, re.Pattern[str]] = {}
    credits_alone: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {}
    for code, lang in languages.items():
        for kind, text in (("news", lang.news_label), ("comment", lang.comment_label)):
            labels.setdefault(label_key(text), []).append(Label(code, kind))
        verbs.extend(lang.attribution_verbs)
        connectives.extend(lang.quote_connectives)
        pronouns.update(word.casefold() for word in lang.pronouns)
        name_stops.update(word.casefold() for word in lang.name_stops if " " not in word)
        for phrase in lang.opening_phrases:
            phrases.setdefault(phrase_key(phrase), code)
        credits[code] = credit_pattern(lang.credit_template)
        credits_alone[code] = (
            credit_pattern(lang.credit_office_only),
            credit_pattern(lang.credit_author_only),
        )
    return Lexicon(
        languages=languages,
        labels={key: tuple(found) for key, found in labels.items()},
        verbs=_words_pattern(verbs),
        connectives=_words_pattern(connectives),
        pronouns=frozenset(pronouns),
        name_stops=frozenset(name_stops),
        opening_phrases=dict(sorted(phrases.items(), key=lambda item: -len(item[0]))),
        credits=credits,
        credits_alone=credits_alone,
    )


def script_of(text: str) -> str:
    """Return the script most letters of a text are in, or "" when it has no letters."""
    return text_script(text[:SCRIPT_SAMPLE]) or ""
