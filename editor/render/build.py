"""An article becomes one document tree: header, sections, credit line and metadata."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from typing import TypeVar

from editor.model import Article, Direction
from editor.model.article import genre_of, time_of
from editor.model.parts import section_part
from editor.render.bidi import isolate_spans
from editor.render.clean import clean_text, language_tag
from editor.render.parse import BodyContext, BodyConverter, flattened_message
from editor.render.styles import HouseStyle
from editor.render.tree import (
    Cleaning,
    CommentNote,
    CorrectionEntry,
    Corrections,
    CorrectionsHeading,
    CreditLine,
    Desk,
    Document,
    EmbargoNotice,
    Inline,
    Isolate,
    LineBreak,
    Metadata,
    MetadataEntry,
    OpeningLine,
    SectionBlock,
    SectionLabel,
    Standfirst,
    Text,
    Title,
    plain_text,
)
from editor.text.attribution import list_comma
from editor.text.case import fold
from editor.text.dates import machine_date, printed_date
from editor.text.direction import text_direction
from editor.text.languages import Language, find_language, language_or_default
from editor.text.scripts import in_word, language_of_text

_Header = TypeVar("_Header", OpeningLine, Title, Standfirst)


class _Cleaner:
    """Cleans every text taken from the article and remembers what it changed, per part."""

    def __init__(self) -> None:
        self.cleanings: list[Cleaning] = []

    def __call__(self, text: str, part: str) -> str:
        cleaned, notes = clean_text(text)
        for note in notes:
            self.note(part, note)
        return cleaned

    def note(self, part: str, message: str) -> None:
        """Report a change made to a part's text, once."""
        entry = Cleaning(part, message)
        if entry not in self.cleanings:
            self.cleanings.append(entry)


def _lines(text: str) -> tuple[Inline, ...]:
    # Single-line fields may still hold line breaks; keep them as breaks, not as raw "\n".
    spans: list[Inline] = []
    for index, line in enumerate(text.split("\n")):
        if index:
            spans.append(LineBreak())
        if line:
            spans.append(Text(line))
    return tuple(spans)


def build_document(article: Article, style: HouseStyle) -> Document:
    """Return the document tree of an article in a house style (unknown quotations marked)."""
    clean = _Cleaner()
    language = language_or_default(article.language)
    lang = language_tag(article.language) or language.code
    base = language.direction

    def block_language(text: str, direction: str, own: str = "") -> str:
        # The part's own language if the writer chose one, else as a body's paragraph.
        if own:
            return own
        return language_of_text(text, lang, direction != base)

    def part_base(own: str) -> str:
        # A part in its own language reads in that language's direction when its text
        # does not tell (digits, punctuation); a code without data keeps the article's.
        data = find_language(own) if own else None
        return data.direction if data is not None else base

    def header(kind: type[_Header], text: str, own_language: str, chosen: Direction) -> _Header:
        # A header part's block: its runs isolated by the direction its text runs in, laid
        # out in the writer's choice if any (which says nothing of the text's language).
        own = language_tag(own_language)
        found = text_direction(text, part_base(own))
        direction = found if chosen == Direction.AUTO else str(chosen)
        return kind(
            isolate_spans(_lines(text), found), block_language(text, found, own), direction
        )

    opening = None
    opening_text = clean(article.opening.text, "opening").strip()
    if opening_text and style.include.opening:
        opening = header(
            OpeningLine, opening_text, article.opening.language, article.opening.direction
        )

    headline = clean(article.headline, "headline").strip()
    title = header(Title, headline, article.headline_language, article.headline_direction)

    standfirst = None
    standfirst_text = clean(article.standfirst, "standfirst").strip()
    if standfirst_text and style.include.standfirst:
        standfirst = header(
            Standfirst, standfirst_text, article.standfirst_language, article.standfirst_direction
        )

    context = BodyContext(
        quotations={quotation.id: quotation for quotation in article.quotations},
        language=language,
        article_language=lang,
        direction=base,
        clean=clean,
        assets=article.assets,
        # Only a language edition (it has links to its source) marks its translations.
        translated_mark=language.translated_mark if article.source_links else "",
    )
    sections = []
    next_footnote = 1
    for index, section in enumerate(article.sections):
        if section.is_blank:
            # Nothing under it: its label alone printed a heading over nothing (the
            # checklist says the section is empty; found in a trial).
            continue
        part = section_part(index)
        own = language_tag(section.language)
        forced = "" if section.direction == Direction.AUTO else str(section.direction)
        # One context per section, sharing the article's (and its list of missing ids).
        section_context = replace(
            context, article_language=own or lang, direction=part_base(own), forced=forced
        )
        label = None
        label_text = _label(section.label, section.kind, clean(section.label, part), lang, style)
        if label_text and style.include.labels:
            direction = text_direction(label_text, base)
            label = SectionLabel(
                isolate_spans((Text(label_text),), direction),
                block_language(label_text, direction),
                direction,
            )
        converter = BodyConverter(section_context, next_footnote)
        blocks = converter.convert(clean(section.body, part))
        next_footnote = converter.next_footnote
        if converter.flattened_depth:
            clean.note(part, flattened_message(converter.flattened_depth))
        for finding in converter.findings:
            clean.note(part, finding)
        sections.append(
            SectionBlock(
                section.kind,
                label,
                blocks,
                section_context.article_language,
                section_context.fallback,
                converter.notes,
            )
        )

    credit = None
    author = clean(article.byline.author, "byline").strip()
    office = clean(article.byline.office, "byline").strip()
    # The template's line break (by default before the author's name) stays a break in
    # every writer; an empty author or office leaves no blank line at either end.
    credit_text = language.credit_line(office, author, style.credit_template(lang)).strip()
    if credit_text and style.include.credit:
        # The line is the language's template ("كتب لصالح {office} بقلم {author}"): in its
        # language and direction, whatever script the names are in. Told by its letters,
        # an Arabic edition's credit with an English office and author was set left to
        # right, its words in reverse order, and marked as English (seen on Xvfb).
        credit = CreditLine(isolate_spans(_lines(credit_text), base), lang, base)

    date = clean(article.byline.date, "byline").strip()
    place = clean(article.byline.place, "byline").strip()
    tags = tuple(tag for tag in (clean(tag, "tags").strip() for tag in article.meta.tags) if tag)
    metadata = None
    if style.include.metadata:
        entries = []
        printed, date_stamp = printed_date(date, language), machine_date(date)
        # Tags joined by the comma of their script (the Arabic one in Arabic: "مياه، بلدية").
        joined = list_comma(" ".join(tags)).join(tags)
        for key, value in (("date", printed), ("place", place), ("tags", joined)):
            if not value:
                continue
            stamp = date_stamp if key == "date" else ""
            if stamp and value != date:
                # Printed in the article's words: in its language and direction (an Urdu
                # date with a time was marked English by its letters "UTC": a trial).
                entries.append(MetadataEntry(key, value, lang, base, stamp))
                continue
            direction = text_direction(value, base)
            entries.append(
                MetadataEntry(key, value, block_language(value, direction), direction, stamp)
            )
        if entries:
            metadata = Metadata(tuple(entries), lang, base)

    desk = _desk(article, clean, standfirst_text, office, place)
    corrections = None
    if desk.corrections and style.include.corrections:
        corrections = _corrections(desk.corrections, language, lang, base, block_language)

    embargo = None
    # Only while it lies ahead: a page exported after it is no longer under embargo
    # ("Embargoed until 10 January 2020" was printed in 2026: a trial).
    moment = time_of(desk.embargo) if desk.embargo else None
    if moment is not None and moment > datetime.now(UTC):
        line = language.embargo_line.replace("{time}", printed_date(desk.embargo, language))
        direction = text_direction(line, base)
        embargo = EmbargoNotice(
            isolate_spans(_lines(line), direction), block_language(line, direction), direction
        )

    return Document(
        title=title,
        language=lang,
        direction=base,
        embargo=embargo,
        opening=opening,
        standfirst=standfirst,
        sections=tuple(sections),
        credit=credit,
        metadata=metadata,
        headline=headline,
        author=author,
        date=date,
        tags=tags,
        created=article.meta.created,
        modified=article.meta.modified,
        missing_quotations=tuple(dict.fromkeys(context.missing)),
        cleanings=tuple(clean.cleanings),
        comments=_comment_notes(article) if style.include.comments else (),
        comments_heading=language.comments_heading,
        images=tuple(context.images.values()),
        source=article,
        corrections=corrections,
        desk=desk,
    )


def _desk(article: Article, clean: _Cleaner, standfirst: str, office: str, place: str) -> Desk:
    """Return the desk's metadata, each text cleaned as the article's own text is."""
    meta = article.meta
    language = language_or_default(article.language)
    entries = []
    for correction in article.corrections:
        date = clean(correction.date, "corrections").strip()
        text = clean(correction.text, "corrections").strip()
        if not text:
            continue
        kind = str(correction.kind)
        # NUL stands for the date (cleaned text holds none): the date is its own span,
        # isolated in its own direction in a right-to-left line (a date written as digits
        # and hyphens would reorder), printed as the language writes a date.
        printed = printed_date(date, language)
        line = language.corrections.line(kind, "\0" if date else "", text)
        direction = text_direction(line.replace("\0", printed), language.direction)
        before, _, after = line.partition("\0")
        if date and direction == "rtl":
            spans = (
                *isolate_spans(_lines(before), direction),
                Isolate(printed, text_direction(printed, "ltr")),
                *isolate_spans(_lines(after), direction),
            )
        else:
            spans = isolate_spans(_lines(line.replace("\0", printed)), direction)
        entries.append(CorrectionEntry(spans, "", direction, date, kind, text))
    embargo = clean(meta.embargo, "embargo").strip()
    if embargo:
        moment = time_of(embargo)
        if moment is None:
            clean.note("embargo", f"not a date and time, left out: {embargo}")
            embargo = ""
        else:
            embargo = moment.isoformat(timespec="seconds")
    # Of the sections exported: an empty one is left out (its genre too).
    genres = (
        clean(genre_of(section), "sections").strip()
        for section in article.sections
        if not section.is_blank
    )
    urgency = meta.urgency if 1 <= meta.urgency <= 9 else 0
    return Desk(
        article_id=article.id,
        status=str(meta.status),
        slugline=clean(meta.slugline, "slugline").strip(),
        urgency=urgency,
        embargo=embargo,
        subjects=tuple(
            subject
            for subject in (clean(item, "subjects").strip() for item in meta.subjects)
            if subject
        ),
        sign_off=clean(meta.sign_off, "sign_off").strip(),
        copyright_holder=clean(meta.copyright_holder, "copyright").strip(),
        usage_terms=clean(meta.usage_terms, "usage_terms").strip(),
        office=office,
        place=place,
        genres=tuple(dict.fromkeys(genre for genre in genres if genre)),
        # The standfirst is one plain line of text (a description, an excerpt).
        standfirst=" ".join(standfirst.split()),
        corrections=tuple(entries),
        # An edition shares the source's id and has links to it; the source has none.
        edition=(language_tag(article.language) or "edition") if article.source_links else "",
        moves=len(article.status_history),
    )


def _corrections(
    entries: tuple[CorrectionEntry, ...],
    language: Language,
    lang: str,
    base: str,
    block_language: Callable[[str, str], str],
) -> Corrections:
    """Return the printed corrections log: its heading and the entries, in the language's words."""
    heading_text = language.corrections.heading
    direction = text_direction(heading_text, base)
    heading = CorrectionsHeading(
        isolate_spans((Text(heading_text),), direction),
        block_language(heading_text, direction),
        direction,
    )
    printed = tuple(
        entry.replace(language=block_language(plain_text(entry.children), entry.direction))
        for entry in entries
    )
    return Corrections(heading, printed, lang, base)


def _comment_notes(article: Article) -> tuple[CommentNote, ...]:
    from editor.render.comments import comment_notes

    return comment_notes(article)


def _label(raw: str, kind: str, cleaned: str, language: str, style: HouseStyle) -> str:
    # The writer's own label wins; a default label (or none) takes the house style's.
    defaults = language_or_default(language)
    default = defaults.label_for(kind)
    override = style.label_override(language, kind)
    if override is not None and (not raw.strip() or raw.strip() == default):
        return override
    return cleaned.strip() or default


def slug(text: str, fallback: str = "article", language: str = "") -> str:
    """Return a file-name-safe slug of a headline (letters of any script kept), in small
    letters as the headline's language writes them (Turkish "İğdeli" is "iğdeli", not an i
    with a second dot: casefold() adds a combining one, seen in a trial's file names)."""
    spaced = "".join(char if in_word(char) else " " for char in fold(text, language))
    words = "-".join(spaced.split()).strip("-_")
    if len(words) > 60:
        # At the end of a word where one ends in the last third ("…-click-javascri" was
        # cut in the middle of one: a trial), else at the 60th letter.
        cut = words.rfind("-", 0, 61)
        words = words[:cut] if cut >= 40 else words[:60]
    return words.rstrip("-_") or fallback


def output_name(document: Document, article_id: str, style: HouseStyle, ext: str) -> str:
    """Return the export file name from the style's pattern ({date}, {slug}, {ext}, {id})."""
    return _file_name(
        document.headline,
        document.date or document.created or "",
        document.language,
        article_id,
        style,
        ext,
    )


def article_output_name(article: Article, style: HouseStyle, ext: str) -> str:
    """Return the name ``output_name`` gives the article's document, without building it.

    Asking which outputs of an export exist needs only the names; the headline and date
    are cleaned and the language tagged as ``build_document`` does.
    """
    language = language_tag(article.language) or language_or_default(article.language).code
    return _file_name(
        clean_text(article.headline)[0].strip(),
        clean_text(article.byline.date)[0].strip() or article.meta.created or "",
        language,
        article.id,
        style,
        ext,
    )


def _file_name(
    headline: str, date: str, language: str, article_id: str, style: HouseStyle, ext: str
) -> str:
    # In ASCII digits, whatever digits it was typed in ("٢٠٢٦-٠٥-٠٢" named a file so).
    date = machine_date(date)[:10] or machine_date(date[:10]) or "undated"
    values = {
        "{date}": date,
        "{slug}": slug(headline, article_id[:8] or "article", language),
        "{ext}": ext,
        "{id}": article_id,
        "{language}": language,
    }
    name = style.file_name
    for key, value in values.items():
        name = name.replace(key, value)
    name = name.replace("/", "-").replace("\\", "-").lstrip(".")
    return name or f"article.{ext}"
