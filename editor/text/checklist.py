"""The pre-export checklist: ``validate`` plus the checks that need text and language data.

Every finding names its part (``headline``, ``sections/0``, ``quotations/q1``, ``byline``),
a line and a column (both from 1, columns in characters) and a sentence a user
understands, so the editor can jump to it and the command line can print
``FILE: part: line:col: message``. It also names the paragraph of the part it is in, as a
writer counts them (the interface says "paragraph 3", not the Markdown's line).
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from editor.model.article import Article
from editor.model.messages import QT_TRANSLATE_NOOP
from editor.model.parts import (
    BYLINE,
    HEADLINE,
    PartKind,
    article_parts,
    quotation_part,
    reading_order,
    section_part,
)
from editor.model.tokens import quotation_ids
from editor.model.validate import Severity, validate
from editor.text.counts import word_count
from editor.text.languages import available_languages, language_or_default
from editor.text.reader import bank_lookup, reader_text
from editor.text.spelling import SpellChecker, choose_language, name_words, skip_spans

if TYPE_CHECKING:
    from datetime import datetime

    from editor.text.compare import Diff

BIDI_CONTROLS = frozenset(
    "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
# Pairs of letters that look alike but are different characters: Arabic and Persian/Urdu.
MIXED_FORMS = (("ي", "ی"), ("ك", "ک"))
_BRACKETS = (("(", ")"), ("[", "]"), ("{", "}"))
# Marks that also serve as apostrophes cannot be told apart from one; they are not paired.
_APOSTROPHE_LIKE = frozenset("’‘‚'")
_DOUBLE_SPACE = re.compile(r"(?<=\S)  +(?=\S)")
_LIST_MARKER = re.compile(r"^\s*(?:\d{1,9}|[a-zA-Z])[.)]\s")


@dataclass(frozen=True)
class ChecklistOptions:
    """What the checklist checks beyond the basics; the caller fills it from its settings."""

    # The house style's limit on headline characters; 0 means no limit.
    max_headline_length: int = 0
    # A spell checker to flag unknown words with; None leaves spelling out.
    spelling: SpellChecker | None = None
    # The moment the embargo is measured from; None: the current time (tests give theirs).
    now: datetime | None = None
    # The source article when the article checked is one of its language editions (or
    # ``edition_view`` of one): its stale and untranslated paragraphs are findings.
    source: Article | None = None


# The English wording of each finding, {0}… filled from its ``params`` (validate's problems
# bring their own). Marked for lupdate in the "Checklist" context: the interface shows these
# very strings translated.
NO_DATE = QT_TRANSLATE_NOOP("Checklist", "The quotation has no date.")
NO_SOURCE = QT_TRANSLATE_NOOP("Checklist", "The quotation has no source.")
UNVERIFIED = QT_TRANSLATE_NOOP(
    "Checklist", "The quotation is in the text but not marked as checked against its source."
)
OPEN_COMMENT = QT_TRANSLATE_NOOP("Checklist", "An open comment by {0}: “{1}”.")
OPEN_SUGGESTION = QT_TRANSLATE_NOOP(
    "Checklist",
    "A suggestion by {0} is neither accepted nor rejected (“{1}” → “{2}”); a DOCX shows it "
    "as a tracked change.",
)
HEADLINE_TOO_LONG = QT_TRANSLATE_NOOP(
    "Checklist", "The headline has {0} characters; the house style allows {1}."
)
NO_AUTHOR = QT_TRANSLATE_NOOP("Checklist", "The credit line has no author.")
NO_OFFICE = QT_TRANSLATE_NOOP("Checklist", "The credit line has no office.")
BIDI_CONTROL = QT_TRANSLATE_NOOP(
    "Checklist",
    "An invisible direction control character ({0}) is in the text; it can reorder what "
    "readers see.",
)
DOUBLE_SPACE = QT_TRANSLATE_NOOP("Checklist", "{0} spaces in a row between words.")
MIXED_LETTERS = QT_TRANSLATE_NOOP(
    "Checklist",
    "Arabic and Persian forms of a letter are mixed in this text ({0} {1}×, {2} {3}×); "
    "use one form.",
)
UNOPENED = QT_TRANSLATE_NOOP("Checklist", "The closing mark {0} has no opening mark before it.")
STRAIGHT_QUOTE = QT_TRANSLATE_NOOP(
    "Checklist", 'A straight quotation mark (") has no partner in this paragraph.'
)
UNCLOSED = QT_TRANSLATE_NOOP(
    "Checklist", "The opening mark {0} is never closed (no {1} after it in this paragraph)."
)
UNKNOWN_WORD = QT_TRANSLATE_NOOP("Checklist", "Unknown word “{0}” ({1}).")
LONG_PARAGRAPH = QT_TRANSLATE_NOOP(
    "Checklist", "A paragraph of {0} words; readers lose their way past {1}: split it."
)
IMAGE_MISSING = QT_TRANSLATE_NOOP(
    "Checklist", "The image {0} is not in the article: its words are exported instead."
)
IMAGE_UNREADABLE = QT_TRANSLATE_NOOP(
    "Checklist",
    "The image {0} is not a PNG, JPEG or GIF picture: its words are exported instead.",
)
IMAGE_REMOTE = QT_TRANSLATE_NOOP(
    "Checklist", "The image {0} is on the web and is not fetched: it is exported as a link."
)
EMBARGO_IN_FORCE = QT_TRANSLATE_NOOP(
    "Checklist", "Under embargo until {0}: {1} h {2} min left. It cannot be published before."
)
EMBARGO_UNREADABLE = QT_TRANSLATE_NOOP(
    "Checklist",
    "The embargo “{0}” is not a date-time with its time zone (e.g. 2026-12-08T06:00+03:00); "
    "the article cannot be published until it is set again.",
)
STALE_PARAGRAPH = QT_TRANSLATE_NOOP(
    "Checklist",
    "The source of this paragraph changed after its translation was confirmed: {0}",
)
UNTRANSLATED_PARAGRAPH = QT_TRANSLATE_NOOP(
    "Checklist",
    "This paragraph is not translated yet (or not confirmed); the source reads: “{0}”.",
)
TEMPLATES = (
    EMBARGO_IN_FORCE, EMBARGO_UNREADABLE, STALE_PARAGRAPH, UNTRANSLATED_PARAGRAPH,
    NO_DATE, NO_SOURCE, UNVERIFIED, OPEN_COMMENT, OPEN_SUGGESTION, HEADLINE_TOO_LONG,
    NO_AUTHOR, NO_OFFICE, BIDI_CONTROL, DOUBLE_SPACE,
    MIXED_LETTERS, UNOPENED, STRAIGHT_QUOTE, UNCLOSED, UNKNOWN_WORD, LONG_PARAGRAPH,
    IMAGE_MISSING, IMAGE_UNREADABLE, IMAGE_REMOTE,
)  # fmt: skip
# An image in a body: ![words](source "title"); the source as the export reads it.
_IMAGE = re.compile(r"!\[(?:[^\]\\\n]|\\.)*\]\(\s*<?([^)\s>]+)")
# A news paragraph runs 30-80 words, a comment's up to 200; past this it is a wall of text,
# most often a draft pasted without its paragraph breaks.
LONG_PARAGRAPH_WORDS = 300


@dataclass(frozen=True)
class Finding:
    """One problem at one place: part, line and column (from 1), and what is wrong.

    What is wrong is ``template`` (of this module's or validate's ``TEMPLATES``) with
    ``params`` filled in: ``message`` in English; an interface translates the template
    and fills in the same. ``code`` names the kind of check that found it.

    ``paragraph`` is the paragraph of the part's text the place is in, from 1, as a reader
    counts them (blank lines between them, none counted); 0 where the part has no text
    (an empty section, a quotation's details, the credit line). The command line prints
    line and column, which other tools read; the interface names the paragraph. It is
    where the line and column are, so it is not part of what makes two findings equal.
    """

    severity: Severity
    part: str
    line: int
    column: int
    code: str
    template: str
    params: tuple[str, ...] = ()
    paragraph: int = field(default=0, compare=False)

    @property
    def message(self) -> str:
        """What is wrong, in English."""
        return self.template.format(*self.params)

    def location(self) -> str:
        """Return ``part: line:col`` as the command line prints it."""
        return f"{self.part}: {self.line}:{self.column}"


def position(text: str, offset: int) -> tuple[int, int]:
    """Return the (line, column) of a character offset, both counted from 1."""
    offset = max(0, min(offset, len(text)))
    if offset < _SHORT:
        line = text.count("\n", 0, offset) + 1
        start = text.rfind("\n", 0, offset) + 1
        return line, offset - start + 1
    # Far into a long text: counting its lines again for every finding would make a
    # part with many findings take time in the square of its length.
    breaks = _line_breaks(text)
    line = bisect.bisect_left(breaks, offset)
    start = breaks[line - 1] + 1 if line else 0
    return line + 1, offset - start + 1


_SHORT = 4096


@functools.lru_cache(maxsize=4)
def _line_breaks(text: str) -> list[int]:
    # Keyed by the text itself: a str keeps its hash, so a lookup after the first is cheap.
    return [match.start() for match in re.finditer("\n", text)]


def paragraph_number(text: str, offset: int) -> int:
    """Return the paragraph (from 1) of ``text`` a character offset is in; 0 for no text.

    Paragraphs are as ``editor.text.paragraphs.paragraph_spans`` has them: lines with
    something on them, between blank ones. An offset in the blank lines between two
    paragraphs is in the one before them.
    """
    starts = _paragraph_starts(text)
    if not starts:
        return 0
    return max(1, bisect.bisect_right(starts, max(0, offset)))


@functools.lru_cache(maxsize=4)
def _paragraph_starts(text: str) -> list[int]:
    # Cached as _line_breaks is: a part's findings ask for the same text one after another.
    starts = []
    offset = 0
    blank_before = True
    for line in text.split("\n"):
        filled = bool(line.strip())
        if filled and blank_before:
            starts.append(offset)
        blank_before = not filled
        offset += len(line) + 1
    return starts


def format_finding(name: str, finding: Finding) -> str:
    """Return one command-line line: ``FILE: part: line:col: message``."""
    return f"{name}: {finding.location()}: {finding.message}"


def article_texts(article: Article) -> list[tuple[str, str, tuple[str, ...]]]:
    """Return (part, text, languages to prefer) for every text of the article, in order."""
    main: tuple[str, ...] = (article.language, article.opening.language)
    texts: list[tuple[str, str, tuple[str, ...]]] = []
    for part in article_parts(article):
        languages = main
        if part.ref.kind is PartKind.OPENING:
            languages = (part.language, article.language)
        elif part.ref.kind is PartKind.QUOTATION:
            languages = (part.language or article.language, article.language)
        texts.append((part.key, part.text, languages))
    return texts


def run_checklist(article: Article, options: ChecklistOptions | None = None) -> list[Finding]:
    """Return every finding of the pre-export checklist, in the order of the parts."""
    options = options or ChecklistOptions()
    parts = article_texts(article)
    texts = {part: text for part, text, _languages in parts}
    findings: list[Finding] = []
    for problem in validate(article):
        text = texts.get(problem.part, "")
        line, column = position(text, problem.offset or 0)
        findings.append(
            Finding(
                problem.severity,
                problem.part,
                line,
                column,
                "basic",
                problem.template,
                problem.params,
                paragraph_number(text, problem.offset or 0),
            )
        )
    findings += _quotation_details(article)
    findings += _open_review(article, texts)
    findings += _headline_length(article, options.max_headline_length)
    for part, text, languages in parts:
        findings += _text_findings(part, text, languages)
    findings += _credit_line(article)
    findings += _embargo(article, options.now)
    findings += _images(article)
    if options.spelling is not None:
        findings += _spelling(article, options.spelling)
    if options.source is not None:
        findings += _edition_findings(options.source, article)
    order = reading_order(article)
    findings.sort(key=lambda f: (order.get(f.part, len(order)), f.line, f.column))
    return findings


def _warning(part: str, text: str, offset: int, code: str, template: str, *params: str) -> Finding:
    line, column = position(text, offset)
    paragraph = paragraph_number(text, offset)
    return Finding(Severity.WARNING, part, line, column, code, template, params, paragraph)


def _quotation_details(article: Article) -> Iterator[Finding]:
    placed = {
        quotation_id
        for section in article.sections
        for quotation_id in quotation_ids(section.body)
    }
    for quotation in article.quotations:
        part = quotation_part(quotation.id)
        if not quotation.date.strip():
            yield _warning(part, "", 0, "quotation-date", NO_DATE)
        if not quotation.source_name.strip() and not quotation.source_url.strip():
            yield _warning(part, "", 0, "quotation-source", NO_SOURCE)
        # Only what readers get: a quotation kept in the bank and not placed is not exported.
        if not quotation.verified and quotation.id in placed:
            yield _warning(part, "", 0, "quotation-unverified", UNVERIFIED)


def _open_review(article: Article, texts: dict[str, str]) -> Iterator[Finding]:
    """The comments still open and the suggestions neither accepted nor rejected, each at
    its place: an article sent on with them carries an unfinished review."""

    def at(part: str, start: int, code: str, template: str, *params: str) -> Finding:
        text = texts.get(part, "")
        return _warning(part, text, min(start, len(text)), code, template, *params)

    for comment in article.comments:
        if not comment.resolved:
            who, words = comment.author.strip() or "?", _quoted(comment.text, _REVIEW_WORDS)
            yield at(comment.part, comment.start, "review-comment", OPEN_COMMENT, who, words)
    for suggestion in article.suggestions:
        yield at(
            suggestion.part,
            suggestion.start,
            "review-suggestion",
            OPEN_SUGGESTION,
            suggestion.author.strip() or "?",
            _quoted(suggestion.old, _REVIEW_WORDS),
            _quoted(suggestion.new, _REVIEW_WORDS),
        )


def _headline_length(article: Article, limit: int) -> Iterator[Finding]:
    length = len(article.headline.strip())
    if limit > 0 and length > limit:
        start = len(article.headline) - len(article.headline.lstrip())
        yield _warning(
            HEADLINE,
            article.headline,
            start + limit,
            "headline-length",
            HEADLINE_TOO_LONG,
            str(length),
            str(limit),
        )


def _credit_line(article: Article) -> Iterator[Finding]:
    byline = article.byline
    if not byline.author.strip():
        yield _warning(BYLINE, "", 0, "credit-author", NO_AUTHOR)
    if not byline.office.strip():
        yield _warning(BYLINE, "", 0, "credit-office", NO_OFFICE)


def _embargo(article: Article, now: datetime | None) -> Iterator[Finding]:
    """An embargo still in force, with the time left, or one that names no moment.

    Told at the byline, the part that holds the dateline.
    """
    embargo = article.meta.embargo
    if not embargo.strip():
        return
    # Imported here: datetime is loaded only for an article with an embargo.
    from editor.model.embargo import EmbargoState, embargo_status, hours_minutes

    status = embargo_status(embargo, now)
    if status.state is EmbargoState.UNREADABLE:
        yield Finding(
            Severity.ERROR, BYLINE, 1, 1, "embargo", EMBARGO_UNREADABLE, (embargo.strip(),)
        )
    elif status.state is EmbargoState.IN_FORCE and status.moment is not None:
        hours, minutes = hours_minutes(status.left)
        moment = status.moment.isoformat()
        yield _warning(
            BYLINE, "", 0, "embargo", EMBARGO_IN_FORCE, moment, str(hours), str(minutes)
        )


def _images(article: Article) -> Iterator[Finding]:
    """What no export can show of the images a body names (each export says it again)."""
    from editor.model.images import ASSETS, named_asset, shown_image
    from editor.text import markdown_syntax

    for index, section in enumerate(article.sections):
        if "![" not in section.body:
            continue
        part = section_part(index)
        # Code shows its text as typed: an image there is no image (offsets kept).
        prose = markdown_syntax.CODE.sub(lambda code: " " * len(code.group(0)), section.body)
        for match in _IMAGE.finditer(prose):
            source = match.group(1)
            if source.startswith(ASSETS):
                found = named_asset(article.assets, source)
                if found is None:
                    yield _warning(
                        part, section.body, match.start(), "image", IMAGE_MISSING, source
                    )
                elif shown_image(found[1]) is None:
                    yield _warning(
                        part, section.body, match.start(), "image", IMAGE_UNREADABLE, source
                    )
            elif source.lower().startswith(("http://", "https://")):
                yield _warning(part, section.body, match.start(), "image", IMAGE_REMOTE, source)


# Source words quoted in an edition's finding: enough to find the paragraph by.
_QUOTED_WORDS = 80
# A comment's or a suggestion's words quoted in its finding (one line of the list).
_REVIEW_WORDS = 60


def _quoted(text: str, limit: int = _QUOTED_WORDS) -> str:
    words = " ".join(text.split())
    return words if len(words) <= limit else words[: limit - 1] + "…"


def _changes(diffs: list[tuple[str, Diff]], read: Callable[[str], str]) -> str:
    """Return only what changed in the source, as a reader reads it: «old» → «new» for
    each change (an empty side where words were only added or only taken out).

    It read ``[-removed-] {+added+}``, quotation tokens and Markdown marks and all: a
    notation of programmers in a writer's list (seen on Xvfb).
    """
    from editor.text.compare import DELETE, INSERT

    pieces = []
    removed: list[str] = []
    added: list[str] = []

    def flush() -> None:
        if removed or added:
            pieces.append(f"«{' '.join(removed)}» → «{' '.join(added)}»")
        removed.clear()
        added.clear()

    for _source, diff in diffs:
        for operation, text in diff:
            words = " ".join(read(text).split())
            if operation == DELETE and words:
                removed.append(words)
            elif operation == INSERT and words:
                added.append(words)
            elif words:
                flush()
        flush()
    return _quoted("; ".join(pieces), 2 * _QUOTED_WORDS)


def _edition_findings(source: Article, article: Article) -> Iterator[Finding]:
    """An edition's stale and untranslated paragraphs, each at its part with the source's
    current words (the source's own part for a source paragraph no link names)."""
    # Imported here: the word diff is loaded only for an edition.
    from editor.text.editions import edition, source_paragraphs, state
    from editor.text.paragraphs import ids_for, paragraph_spans

    # The stored edition, not a view of it: its own quotations say what it translated.
    own = edition(source, article.language)
    if own is None:
        return
    current = source_paragraphs(source)
    bodies = {section_part(index): section for index, section in enumerate(own.sections)}
    lookup = bank_lookup(source)

    def read(markdown: str) -> str:
        # The words a reader sees: a quotation's, not its token ("[[quote:…" was listed).
        return reader_text(markdown, lookup)

    def located(part: str, paragraph: str) -> tuple[str, int]:
        section = bodies.get(part)
        if section is None:
            return "", 0
        ids = ids_for(section.body, section.paragraphs)
        spans = paragraph_spans(section.body)
        if paragraph in ids:
            return section.body, spans[ids.index(paragraph)][0]
        # Not in the edition's text yet: the part alone (every such paragraph was placed
        # as the part's first, seen on Xvfb).
        return "", 0

    where = state(source, own)
    for stale in where.stale:
        link = stale.link
        text, offset = located(link.part, link.paragraph)
        yield _warning(
            link.part, text, offset, "edition-stale", STALE_PARAGRAPH, _changes(stale.diffs, read)
        )
    links, unlinked = where.waiting(current)
    for link in links:
        text, offset = located(link.part, link.paragraph)
        words = " ".join(read(current.get(source_id, "")) for source_id in link.sources)
        yield _warning(
            link.part, text, offset, "edition-untranslated", UNTRANSLATED_PARAGRAPH, _quoted(words)
        )
    homes = {
        paragraph: section_part(index)
        for index, section in enumerate(source.sections)
        for paragraph in section.paragraphs
    }
    for paragraph in unlinked:
        part = homes.get(paragraph, paragraph)
        yield _warning(
            part,
            "",
            0,
            "edition-untranslated",
            UNTRANSLATED_PARAGRAPH,
            _quoted(read(current.get(paragraph, ""))),
        )


def _text_findings(part: str, text: str, languages: Sequence[str]) -> Iterator[Finding]:
    if not text:
        return
    yield from _bidi_controls(part, text)
    yield from _double_spaces(part, text)
    yield from _mixed_forms(part, text)
    yield from _unbalanced(part, text, languages)
    yield from _long_paragraphs(part, text)


_BIDI_RUN = re.compile("[" + "".join(sorted(BIDI_CONTROLS)) + "]+")


def _bidi_controls(part: str, text: str) -> Iterator[Finding]:
    # One finding for a run of them, named by its first; a pattern, not a loop over every
    # character of a 20 MB part.
    for match in _BIDI_RUN.finditer(text):
        char = match.group()[0]
        name = unicodedata.name(char, "BIDI CONTROL").title()
        yield _warning(
            part,
            text,
            match.start(),
            "bidi-control",
            BIDI_CONTROL,
            f"U+{ord(char):04X} {name}",
        )


def _double_spaces(part: str, text: str) -> Iterator[Finding]:
    for match in _DOUBLE_SPACE.finditer(text):
        yield _warning(
            part,
            text,
            match.start(),
            "double-space",
            DOUBLE_SPACE,
            str(len(match.group())),
        )


def _long_paragraphs(part: str, text: str) -> Iterator[Finding]:
    for offset, paragraph in _paragraphs(text):
        # Each word is at least a character: a short paragraph needs no count.
        if len(paragraph) > LONG_PARAGRAPH_WORDS and (words := word_count(paragraph)) > (
            LONG_PARAGRAPH_WORDS
        ):
            yield _warning(
                part,
                text,
                offset,
                "long-paragraph",
                LONG_PARAGRAPH,
                str(words),
                str(LONG_PARAGRAPH_WORDS),
            )


def _mixed_forms(part: str, text: str) -> Iterator[Finding]:
    for arabic, persian in MIXED_FORMS:
        arabic_count, persian_count = text.count(arabic), text.count(persian)
        if arabic_count and persian_count:
            minority = persian if persian_count <= arabic_count else arabic
            yield _warning(
                part,
                text,
                text.index(minority),
                "mixed-letters",
                MIXED_LETTERS,
                arabic,
                str(arabic_count),
                persian,
                str(persian_count),
            )


@functools.lru_cache(maxsize=1)
def _any_mark() -> re.Pattern[str]:
    """Every character that _unbalanced may look at, in any shipped language."""
    chars = {'"'}
    for code in ("", *available_languages()):
        chars.update(char for pair in _pairs(code) for char in pair)
    return re.compile("[" + "".join(re.escape(char) for char in sorted(chars)) + "]")


@functools.lru_cache(maxsize=64)
def _pairs(code: str) -> tuple[tuple[str, str], ...]:
    lang = language_or_default(code)
    pairs = list(_BRACKETS)
    for marks in (lang.primary_quotes, lang.secondary_quotes):
        pair = (marks.open.strip(), marks.close.strip())
        if pair[0] != pair[1] and not set(pair) & _APOSTROPHE_LIKE:
            pairs.append(pair)
    used = {char for pair in pairs for char in pair}
    for pair in (("«", "»"), ("“", "”")):
        if not set(pair) & used:
            pairs.append(pair)
            used |= set(pair)
    return tuple(pairs)


def _paragraphs(text: str) -> Iterator[tuple[int, str]]:
    """Yield (offset, paragraph) for each blank-line-separated paragraph."""
    offset = 0
    start: int | None = None
    end = 0
    for line in text.split("\n"):
        if line.strip():
            start = offset if start is None else start
            end = offset + len(line)
        elif start is not None:
            yield start, text[start:end]
            start = None
        offset += len(line) + 1
    if start is not None:
        yield start, text[start:end]


def _prose_characters(paragraph: str) -> Iterator[tuple[int, str]]:
    """Yield (offset, character) outside tokens, URLs, link targets and list markers."""
    offset = 0
    for line in paragraph.split("\n"):
        spans = skip_spans(line)
        marker = _LIST_MARKER.match(line)
        skip_to = marker.end() if marker else 0
        span_index = 0
        for index, char in enumerate(line):
            while span_index < len(spans) and spans[span_index][1] <= index:
                span_index += 1
            inside = span_index < len(spans) and spans[span_index][0] <= index
            if index >= skip_to and not inside:
                yield offset + index, char
        offset += len(line) + 1


def _unbalanced(part: str, text: str, languages: Sequence[str]) -> Iterator[Finding]:
    any_mark = _any_mark()
    for start, paragraph in _paragraphs(text):
        if any_mark.search(paragraph) is None:
            continue  # no mark to pair: most paragraphs, and every quotation's words
        code = choose_language(paragraph, languages, ())
        pairs = _pairs(code)
        openers = {open_: close for open_, close in pairs}
        closers = {close: open_ for open_, close in pairs}
        stack: list[tuple[int, str]] = []
        # How many of each opener the stack holds: asking the stack itself for every
        # closer would take time in the square of a paragraph of unmatched marks.
        open_counts = dict.fromkeys(openers, 0)
        straight: list[int] = []
        for offset, char in _prose_characters(paragraph):
            if char == '"':
                straight.append(offset)
            elif char in openers:
                stack.append((offset, char))
                open_counts[char] += 1
            elif char in closers:
                if stack and stack[-1][1] == closers[char]:
                    open_counts[stack.pop()[1]] -= 1
                elif open_counts.get(closers[char], 0) > 0:
                    # Close the matching opener; those opened inside it were never closed.
                    while stack[-1][1] != closers[char]:
                        unclosed_at, unclosed = stack.pop()
                        open_counts[unclosed] -= 1
                        yield _unclosed(part, text, start + unclosed_at, openers)
                    open_counts[stack.pop()[1]] -= 1
                else:
                    yield _warning(
                        part,
                        text,
                        start + offset,
                        "unbalanced",
                        UNOPENED,
                        char,
                    )
        for offset, _char in stack:
            yield _unclosed(part, text, start + offset, openers)
        if len(straight) % 2:
            yield _warning(
                part,
                text,
                start + straight[-1],
                "unbalanced",
                STRAIGHT_QUOTE,
            )


def _unclosed(part: str, text: str, offset: int, openers: dict[str, str]) -> Finding:
    char = text[offset]
    return _warning(
        part,
        text,
        offset,
        "unbalanced",
        UNCLOSED,
        char,
        openers[char],
    )


def _spelling(article: Article, checker: SpellChecker) -> Iterator[Finding]:
    byline = article.byline
    names = [byline.author, byline.office, byline.place]
    for quotation in article.quotations:
        names += [quotation.speaker, quotation.source_name]
    skip = name_words(names)
    for part, text, languages in article_texts(article):
        for miss in checker.check_text(text, languages, skip):
            yield _warning(
                part,
                text,
                miss.start,
                "spelling",
                UNKNOWN_WORD,
                miss.word,
                miss.language,
            )
