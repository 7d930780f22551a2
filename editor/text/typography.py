"""Typography per language: quotation marks, dashes, ellipses, French spaces, Arabic punctuation.

One set of rules serves both uses: ``typing_edits`` corrects the character just typed (the
editor calls it after each keystroke) and ``fix_text`` runs the same rules over a whole
text ("Fix typography"). Each line takes its language from its script (see
``editor.text.spelling.choose_language``), so a Russian paragraph in an English article
gets « ». Nothing changes inside quotation tokens, URLs, e-mail addresses, Markdown link
targets, autolinks or code spans, and a thematic break (``---``) stays as it is.

Which rules a language follows comes from its data: its quotation marks, French spacing
(``spaced_punctuation``), and Arabic punctuation for a language written in Arabic script.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from editor.model.article import Article
from editor.model.parts import PartKind, article_parts
from editor.text.languages import Language, available_languages, language_or_default
from editor.text.markdown_syntax import THEMATIC_BREAK
from editor.text.scripts import ARABIC, language_script
from editor.text.spelling import choose_language, skip_spans

NBSP = "\u00a0"
NARROW_NBSP = "\u202f"
EM_DASH = "—"
ELLIPSIS = "…"
APOSTROPHE = "’"

# A line separator (U+2028) is the start of a line, in the body editor's paragraphs.
_OPENING_CONTEXT = set(" \t\u00a0\u202f\u2028([{<—–-/\u2066\u2067\u2068")
_ARABIC_PUNCTUATION = {",": "،", "?": "؟", ";": "؛"}
# The space a language with ``spaced_punctuation`` in its data (French) puts before a mark.
_SPACE_BEFORE = {":": NBSP, ";": NARROW_NBSP, "!": NARROW_NBSP, "?": NARROW_NBSP}
# Characters some rule acts on (or acts after): a line without any is left as it is.
_TRIGGERS = re.compile("[\"'\\-.,?;:!«»]")
_URL_START = re.compile(r"(?:https?|ftp|mailto|file)://|www\.")
_PRIMARY = "primary"
_SECONDARY = "secondary"
_SINGLE = "single"


@dataclass(frozen=True)
class TypographyOptions:
    """Which corrections are made (a user setting; all on by default)."""

    quotes: bool = True
    dashes: bool = True
    ellipsis: bool = True
    french_spaces: bool = True
    arabic_punctuation: bool = True


@dataclass(frozen=True)
class Edit:
    """Replace ``text[start:end]`` of a line with ``text``."""

    start: int
    end: int
    text: str


@lru_cache(maxsize=32)
def _rules_data(code: str) -> Language:
    return language_or_default(code)


def line_language(line: str, preferred: Sequence[str]) -> str:
    """Return the language whose typography a line follows, from its script."""
    return choose_language(line, preferred, available_languages())


class _Rules:
    """The marks and rules of one language, and the open quotations of one paragraph."""

    def __init__(self, lang: Language, options: TypographyOptions) -> None:
        self.options = options
        self.primary = lang.primary_quotes
        self.secondary = lang.secondary_quotes
        self.spaced_punctuation = lang.spaced_punctuation
        self.arabic = language_script(lang.code) == ARABIC
        self.stack: list[str] = []
        self._opens = {self.primary.open.strip(), self.secondary.open.strip(), "«", "„", "‚"}

    def _marks(self, level: str) -> tuple[str, str]:
        marks = self.primary if level == _PRIMARY else self.secondary
        return marks.open, marks.close

    def scan(self, text: str) -> None:
        """Rebuild the open quotations from text already typed in the paragraph."""
        p_open, p_close = self._marks(_PRIMARY)
        s_open, s_close = self._marks(_SECONDARY)
        p_open, p_close, s_open, s_close = (m.strip() for m in (p_open, p_close, s_open, s_close))
        for char in text:
            if char == p_open and (p_open != p_close or _PRIMARY not in self.stack[-1:]):
                self.stack.append(_PRIMARY)
            elif char == p_close and self.stack[-1:] == [_PRIMARY]:
                self.stack.pop()
            elif char == s_open and s_open != APOSTROPHE:
                self.stack.append(_SECONDARY)
            elif char == s_close and self.stack[-1:] in ([_SECONDARY], [_SINGLE]):
                self.stack.pop()

    def replace(self, before: str, char: str, after: str) -> tuple[int, str] | None:
        """Return (characters before to drop, text for the typed char), None to keep it."""
        options = self.options
        prev = before[-1:] or None
        if char in "\"'" and options.quotes:
            return 0, self._quote(prev, char)
        if char == "-" and options.dashes and prev == "-":
            return 1, EM_DASH
        if char == "-" and options.dashes and prev == EM_DASH and before[-2:-1] != EM_DASH:
            return 0, ""  # "---" is one em dash, as "--" is
        if char == "." and options.ellipsis and before.endswith(".."):
            return 2, ELLIPSIS
        if self.arabic and options.arabic_punctuation and char in _ARABIC_PUNCTUATION:
            if char == "," and (prev or "").isdigit() and after[:1].isdigit():
                return None  # 1,5 is a number
            return 0, _ARABIC_PUNCTUATION[char]
        if self.spaced_punctuation and options.french_spaces:
            return self._spaced(prev, char, after)
        return None

    def _quote(self, prev: str | None, char: str) -> str:
        opening = prev is None or prev in _OPENING_CONTEXT or self._is_open_mark(prev)
        if char == "'":
            if opening:
                self.stack.append(_SINGLE)
                return self._marks(_SECONDARY)[0]
            if self.stack[-1:] == [_SINGLE]:
                self.stack.pop()
                return self._marks(_SECONDARY)[1]
            return APOSTROPHE
        if opening:
            level = _SECONDARY if _PRIMARY in self.stack else _PRIMARY
            self.stack.append(level)
            return self._marks(level)[0]
        while self.stack and self.stack[-1] == _SINGLE:
            self.stack.pop()
        level = self.stack.pop() if self.stack else _PRIMARY
        return self._marks(level)[1]

    def _is_open_mark(self, char: str) -> bool:
        return char in self._opens

    def _spaced(self, prev: str | None, char: str, after: str) -> tuple[int, str] | None:
        if char in _SPACE_BEFORE:
            space = _SPACE_BEFORE[char]
            if char == "!" and after.startswith("["):
                return None  # a Markdown image
            if prev == " ":
                return 1, space + char
            if prev is None or prev in (NBSP, NARROW_NBSP) or prev in _SPACE_BEFORE:
                return None
            if char == ":" and prev.isdigit():
                return None  # 12:30
            if prev.isalnum() or prev in "»)”’":
                return 0, space + char
            return None
        if char == "»":
            if prev == " ":
                return 1, NBSP + char
            if prev is not None and prev not in (NBSP, NARROW_NBSP):
                return 0, NBSP + char
            return None
        if char == " " and prev == "«":
            return 0, NBSP
        if prev == "«" and not char.isspace():
            return 0, NBSP + char
        return None


def _protected(line: str, position: int) -> bool:
    """Whether a position of a line is inside something that is not prose."""
    for start, end in skip_spans(line):
        if start <= position < end:
            return True
    prefix = line[:position]
    # Things still being typed: a quotation token, a link target, a code span, an autolink.
    if prefix.rfind("[[") > prefix.rfind("]]"):
        return True
    if prefix.rfind("](") > prefix.rfind(")"):
        return True
    if prefix.count("`") % 2:
        return True
    if prefix.rfind("<") > prefix.rfind(">"):
        return True
    # An address being typed runs unbroken to the cursor: look only in the last run of
    # non-blanks (a search for "www\.\S*$" tried each "www." against the whole rest).
    if not prefix or prefix[-1].isspace():
        return False
    return _URL_START.search(prefix.rsplit(None, 1)[-1]) is not None


def typing_edits(
    line: str,
    cursor: int,
    preferred: Sequence[str],
    options: TypographyOptions | None = None,
    paragraph_before: str = "",
) -> list[Edit]:
    """Return the edits that correct the character just typed before ``cursor`` in a line.

    ``line`` is the whole line (paragraph) as it is after the keystroke, so its script can
    decide the language; ``paragraph_before`` is earlier text of the same Markdown
    paragraph (open quotation marks carry over line breaks). Edits are in line offsets.
    """
    options = options or TypographyOptions()
    if cursor < 1 or cursor > len(line):
        return []
    char = line[cursor - 1]
    if char not in "\"'-.,?;:!» «" and line[cursor - 2 : cursor - 1] != "«":
        return []
    if _protected(line, cursor - 1) or THEMATIC_BREAK.match(line):
        return []
    code = line_language(paragraph_before + "\n" + line, preferred)
    rules = _Rules(_rules_data(code), options)
    before = line[: cursor - 1]
    if char == "-" and not before.strip("- "):
        return []  # the start of a list item or a thematic break, not a dash
    rules.scan(paragraph_before + "\n" + before)
    result = rules.replace(before, char, line[cursor:])
    if result is None:
        return []
    drop, text = result
    edits = [Edit(cursor - 1 - drop, cursor, text)]
    if char == '"' and text == rules.primary.close:
        edits = _fix_foreign_opening(before, rules) + edits
    return edits


def _fix_foreign_opening(before: str, rules: _Rules) -> list[Edit]:
    """Re-mark an opening quotation mark typed before the line showed its language.

    Typing ``"`` at the start of an empty paragraph in an English article gives “; once the
    paragraph turns out Russian, its closing ``"`` gives » and the “ becomes «.
    """
    wanted = rules.primary.open
    if wanted.strip() in before:
        return []
    for mark in ("“", "«", "„", "«\u00a0"):
        index = before.rfind(mark)
        if index >= 0 and mark != wanted:
            return [Edit(index, index + len(mark), wanted)]
    return []


def _fix_line(
    line: str, preferred: Sequence[str], options: TypographyOptions, stack: list[str]
) -> str:
    """Correct one line; ``stack`` holds the quotations open in its paragraph and is updated."""
    if THEMATIC_BREAK.match(line) or line.lstrip().startswith("|"):
        return line
    if not _TRIGGERS.search(line):
        return line  # nothing the rules could change: the common case, kept cheap
    rules = _Rules(_rules_data(line_language(line, preferred)), options)
    rules.stack = stack
    spans = skip_spans(line)
    # One character per entry, so a rule can drop the characters before it; the rules
    # look back three characters at most and ahead one.
    written: list[str] = []
    index = 0
    span_index = 0
    leading = len(line) - len(line.lstrip(" -*+>"))
    while index < len(line):
        if span_index < len(spans) and spans[span_index][0] == index:
            end = spans[span_index][1]
            written.extend(line[index:end])
            index = end
            span_index += 1
            continue
        char = line[index]
        result = None
        if index >= leading:
            result = rules.replace("".join(written[-3:]), char, line[index + 1 : index + 2])
        if result is None:
            written.append(char)
        else:
            drop, text = result
            if drop:
                del written[-drop:]
            written.extend(text)
        index += 1
    return "".join(written)


def fix_text(text: str, preferred: Sequence[str], options: TypographyOptions | None = None) -> str:
    """Return a text (a Markdown body, a headline) with its typography corrected."""
    options = options or TypographyOptions()
    fixed: list[str] = []
    stack: list[str] = []  # quotations open in the current paragraph
    for line in text.split("\n"):
        if not line.strip():
            stack = []
            fixed.append(line)
            continue
        fixed.append(_fix_line(line, preferred, options, stack))
    return "\n".join(fixed)


def fix_article(article: Article, options: TypographyOptions | None = None) -> dict[str, str]:
    """Return the corrected text of each part that "Fix typography" changes.

    Keys are parts as the checklist names them (``headline``, ``sections/0``…). Quotation
    words are left alone: they are verbatim.
    """
    preferred = (article.language, article.opening.language)
    changed: dict[str, str] = {}
    for part in article_parts(article):
        if part.ref.kind is PartKind.QUOTATION:
            continue
        languages = preferred
        if part.ref.kind is PartKind.OPENING:
            languages = (part.language, article.language)
        new = fix_text(part.text, languages, options)
        if new != part.text:
            changed[part.key] = new
    return changed
