"""Language editions: one story in several languages, each paragraph linked to its source.

An edition is an ``Article`` of its own in ``source.editions`` (same id, its own
language, text and review). Each of its paragraphs has a ``SourceLink`` naming the source
paragraphs it translates, by stable id (``editor.text.paragraphs``), with the source's
words when the translation was last confirmed. A source paragraph whose words differ
from its confirmed words makes the translation stale; ``state`` says which.

The quotation bank is shared: the source's ``quotations`` hold the speaker, role, date
and original words; an edition's hold only its translations (same id, ``words`` the
translation, ``translated`` set). ``edition_view`` gives the edition with the source's
bank and its translations in it, for rendering and checking.

One-paragraph parts (headline, standfirst, opening line, a quotation) are named in links
by their part key. No Qt, no I/O.
"""

from __future__ import annotations

import copy
import dataclasses
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from editor.model import Article, Quotation, Section, SourceLink, StatusChange, now_iso
from editor.model.article import EDITION_LANGUAGE
from editor.model.parts import (
    HEADLINE,
    OPENING,
    STANDFIRST,
    PartError,
    PartKind,
    parse_part,
    part_kind,
    quotation_part,
    section_part,
)
from editor.text.compare import Diff, diff_words
from editor.text.languages import find_language
from editor.text.paragraphs import (
    Reconciled,
    ensure_ids,
    fresh_id,
    ids_for,
    paragraph_spans,
    paragraph_texts,
    reconcile,
)

# The languages an edition may have: those the file can store (model.article).
LANGUAGE_TAG = re.compile(EDITION_LANGUAGE)


class EditionError(ValueError):
    """An edition that cannot be made (a second one in a language, a language unknown)."""

    def __init__(self, language: str, message: str) -> None:
        super().__init__(message)
        self.language = language


def same_language(first: str, second: str) -> bool:
    """Whether two language tags name the same language ("ar-EG" and "AR_eg" do)."""
    return first.replace("_", "-").lower() == second.replace("_", "-").lower()


def check_language(source: Article, language: str) -> None:
    """Raise EditionError unless an edition of the source in ``language`` may be made."""
    if not language.strip():
        raise EditionError(language, "an edition needs a language")
    if not LANGUAGE_TAG.fullmatch(language):
        raise EditionError(language, f"{language!r} is not a language code")
    if find_language(language) is None:
        raise EditionError(language, f"there is no language data for {language!r}")
    if same_language(language, source.language):
        raise EditionError(language, f"the article itself is in {language!r}")
    if edition(source, language) is not None:
        raise EditionError(language, f"the article has an edition in {language!r} already")


def edition(source: Article, language: str) -> Article | None:
    """Return the source's edition in this language, or None."""
    for candidate in source.editions:
        if same_language(candidate.language, language):
            return candidate
    return None


def _all_ids(article: Article) -> set[str]:
    return {paragraph for section in article.sections for paragraph in section.paragraphs}


def _header_parts(article: Article) -> list[tuple[str, str]]:
    return [
        (OPENING, article.opening.text),
        (HEADLINE, article.headline),
        (STANDFIRST, article.standfirst),
    ]


def new_edition(source: Article, language: str, *, prefill: bool, author: str = "") -> Article:
    """Add an edition of the source in ``language`` and return it.

    The same sections (each kind with the language's label), byline, desk fields and
    corrections; every part empty or (``prefill``) holding the source's text. Every
    paragraph of the source gets a link, none confirmed ("to translate"). ``author``
    starts the edition's status history. EditionError when no edition may be made.
    """
    check_language(source, language)
    lang = find_language(language)
    assert lang is not None
    ensure_ids(source)
    stamp = now_iso()
    meta = copy.deepcopy(source.meta)
    meta.status = "draft"
    meta.created = meta.modified = stamp
    result = Article(
        id=source.id,
        language=language,
        byline=copy.deepcopy(source.byline),
        meta=meta,
        corrections=copy.deepcopy(source.corrections),
    )
    if prefill:
        result.opening = copy.deepcopy(source.opening)
        result.headline = source.headline
        result.headline_language = source.headline_language
        result.headline_direction = source.headline_direction
        result.standfirst = source.standfirst
        result.standfirst_language = source.standfirst_language
        result.standfirst_direction = source.standfirst_direction
    links: list[SourceLink] = []
    for key, text in _header_parts(source):
        if text.strip() or key == HEADLINE:
            links.append(SourceLink(part=key, paragraph=key, sources=[key], confirmed=[""]))
    # The edition's ids avoid the source's too: a link names one of each, never confused.
    taken = _all_ids(source)
    for index, section in enumerate(source.sections):
        label = lang.label_for(section.kind) or section.label
        own = Section(kind=section.kind, label=label, genre=section.genre)
        if prefill:
            own.body = section.body
            own.language, own.direction = section.language, section.direction
            own.paragraphs = ids_for(own.body, (), taken)
        else:
            # Ids kept for the paragraphs still to be written: the first paragraph typed
            # takes the first (see follow_edition).
            own.paragraphs = []
        part = section_part(index)
        for place, source_id in enumerate(section.paragraphs):
            if place < len(own.paragraphs):
                mine = own.paragraphs[place]
            else:
                mine = fresh_id(taken)
                taken.add(mine)
            links.append(
                SourceLink(part=part, paragraph=mine, sources=[source_id], confirmed=[""])
            )
        result.sections.append(own)
    for quotation in source.quotations:
        key = quotation_part(quotation.id)
        links.append(SourceLink(part=key, paragraph=key, sources=[key], confirmed=[""]))
    result.source_links = links
    if author:
        result.status_history.append(StatusChange(status="draft", author=author, at=stamp))
    source.editions.append(result)
    return result


def edition_view(source: Article, edition: Article) -> Article:
    """Return the edition as rendered and checked: with the source's quotation bank, each
    quotation the edition translated holding the translation (marked translated).

    A shallow copy: the edition's own parts are shared, not copied. Images are the
    source's (an edition has none of its own).
    """
    view = copy.copy(edition)
    translations = {q.id: q for q in edition.quotations if q.words.strip()}
    bank = []
    for quotation in source.quotations:
        translation = translations.get(quotation.id)
        if translation is None:
            bank.append(quotation)
        else:
            bank.append(
                dataclasses.replace(
                    quotation,
                    words=translation.words,
                    translated=True,
                    language=translation.language or edition.language,
                )
            )
    view.quotations = bank
    view.assets = source.assets
    view.editions = []
    return view


def source_paragraphs(article: Article) -> dict[str, str]:
    """Return the text of every paragraph of an article by its id: a section's paragraphs by
    their ids, the header parts by part key, the quotations by "quotations/ID"."""
    texts: dict[str, str] = {}
    for key, text in _header_parts(article):
        texts[key] = text
    for section in article.sections:
        body = section.body
        for paragraph, (start, end) in zip(
            section.paragraphs, paragraph_spans(body), strict=False
        ):
            texts[paragraph] = body[start:end]
    for quotation in article.quotations:
        texts.setdefault(quotation_part(quotation.id), quotation.words)
    return texts


@dataclass
class Followed:
    """What following a change did: the paragraphs' new ids and the links that changed."""

    reconciled: Reconciled | None = None
    changed: list[SourceLink] = field(default_factory=list)


def _section_of(article: Article, part: str) -> Section | None:
    try:
        ref = parse_part(part)
    except PartError:
        return None
    if ref.kind is PartKind.SECTION and ref.index < len(article.sections):
        return article.sections[ref.index]
    return None


def follow_source(source: Article, part: str, old_text: str, new_text: str) -> Followed:
    """After a source part's text changed from ``old_text`` to ``new_text``: keep its
    paragraph ids and make every edition's links follow splits and joins.

    A split paragraph's new part is added to every link naming the old one, never
    confirmed (the translation is stale, linked to both halves); a paragraph joined into
    another is replaced by it, confirmed as the kept paragraph's old words (stale).
    Only sections have paragraph ids; other parts need nothing (their links name them).
    """
    section = _section_of(source, part)
    if section is None:
        return Followed()
    others = _all_ids(source) - set(section.paragraphs)
    old_ids = ids_for(old_text, section.paragraphs, set(others))
    old_words = {
        paragraph: old_text[start:end]
        for paragraph, (start, end) in zip(old_ids, paragraph_spans(old_text), strict=True)
    }
    result = reconcile(old_text, old_ids, new_text, others)
    section.paragraphs = result.ids
    followed = Followed(result)
    if not result.split_from and not result.joined_into:
        return followed
    place = {paragraph: index for index, paragraph in enumerate(result.ids)}
    for each in source.editions:
        for link in each.source_links:
            if _follow_link(link, result, place, old_words):
                followed.changed.append(link)
    return followed


def _follow_link(
    link: SourceLink, result: Reconciled, place: dict[str, int], old_words: dict[str, str]
) -> bool:
    sources = list(link.sources)
    confirmed = list(link.confirmed) + [""] * (len(sources) - len(link.confirmed))
    changed = False
    for vanished, kept in result.joined_into.items():
        if vanished not in sources:
            continue
        at = sources.index(vanished)
        if kept in sources:
            del sources[at], confirmed[at]
        else:
            sources[at] = kept
            confirmed[at] = old_words.get(kept, "") if confirmed[at] else ""
        changed = True
    for made, origin in result.split_from.items():
        if origin not in sources or made in sources:
            continue
        at = sources.index(origin)
        if place.get(made, 0) > place.get(origin, 0):
            at += 1
        sources.insert(at, made)
        confirmed.insert(at, "")
        changed = True
    if changed:
        link.sources, link.confirmed = sources, confirmed[: len(sources)]
    return changed


def follow_edition(edition: Article, part: str, old_text: str, new_text: str) -> Followed:
    """After an edition's section text changed: keep its paragraph ids and its links.

    A new paragraph typed where links wait for one (an edition made empty) takes the
    first waiting link's id; a split paragraph's new part gets a copy of the link, not
    confirmed; a paragraph joined into another gives its sources to the kept one's link.
    """
    section = _section_of(edition, part)
    if section is None:
        return Followed()
    old_ids = section.paragraphs
    present = _all_ids(edition) - set(old_ids)
    waiting = [
        link
        for link in edition.source_links
        if link.part == part and link.paragraph not in present and link.paragraph not in old_ids
    ]
    taken = present | {link.paragraph for link in edition.source_links}
    result = reconcile(old_text, old_ids, new_text, taken)
    followed = Followed(result)
    known = set(old_ids)
    for index, paragraph in enumerate(result.ids):
        if paragraph in known or paragraph in result.split_from or not waiting:
            continue
        link = waiting.pop(0)
        result.ids[index] = link.paragraph
        followed.changed.append(link)
    section.paragraphs = result.ids
    by_paragraph: dict[str, list[SourceLink]] = {}
    for link in edition.source_links:
        by_paragraph.setdefault(link.paragraph, []).append(link)
    for made, origin in result.split_from.items():
        for link in by_paragraph.get(origin, []):
            twin = SourceLink(
                part=part,
                paragraph=made,
                sources=list(link.sources),
                confirmed=[""] * len(link.sources),
            )
            edition.source_links.append(twin)
            followed.changed.append(twin)
    for vanished, kept in result.joined_into.items():
        gone = by_paragraph.get(vanished, [])
        if not gone:
            continue
        home = by_paragraph.get(kept)
        if not home:
            for link in gone:
                link.paragraph = kept
                followed.changed.append(link)
            continue
        target = home[0]
        for link in gone:
            for source_id, words in zip(link.sources, link.confirmed, strict=False):
                if source_id not in target.sources:
                    target.sources.append(source_id)
                    target.confirmed.append(words)
            edition.source_links.remove(link)
        followed.changed.append(target)
    return followed


_BLANK_LINES = re.compile(r"\n[^\S\n]*\n\s*")


def set_translation(edition: Article, link: SourceLink, text: str) -> None:
    """Write ``text`` as the edition's paragraph of this link (the side-by-side view and
    the tests use this): a header part or quotation of the edition takes it whole; a
    section paragraph is replaced, or, when still waiting, placed after the paragraphs
    of the links before it. Blank lines in ``text`` are made single line breaks (one
    paragraph stays one); an empty text removes the paragraph (the link waits again)."""
    key = link.paragraph
    if key in (OPENING, HEADLINE, STANDFIRST):
        if key == OPENING:
            edition.opening.text = text
        elif key == HEADLINE:
            edition.headline = text
        else:
            edition.standfirst = text
        return
    try:
        ref = parse_part(key)
    except PartError:
        ref = None
    if ref is not None and ref.kind is PartKind.QUOTATION:
        own = next((q for q in edition.quotations if q.id == ref.quotation_id), None)
        if own is None:
            edition.quotations.append(
                Quotation(
                    id=ref.quotation_id, words=text, translated=True, language=edition.language
                )
            )
        else:
            own.words, own.translated = text, True
        return
    section = _section_of(edition, link.part)
    if section is None:
        raise EditionError(edition.language, f"the edition has no part {link.part!r}")
    text = _BLANK_LINES.sub("\n", text.strip())
    ids = ids_for(
        section.body, section.paragraphs, set(_all_ids(edition)) - set(section.paragraphs)
    )
    texts = paragraph_texts(section.body)
    if key in ids:
        at = ids.index(key)
        if text:
            texts[at] = text
        else:
            del texts[at], ids[at]
    elif text:
        at = 0
        for other in edition.source_links:
            if other is link:
                break
            if other.part == link.part and other.paragraph in ids:
                at = ids.index(other.paragraph) + 1
        texts.insert(at, text)
        ids.insert(at, key)
    section.body = "\n\n".join(texts)
    section.paragraphs = ids


@dataclass
class StaleLink:
    """A stale translation: its link, and each changed source paragraph's word diff since
    it was confirmed (source id, diff)."""

    link: SourceLink
    diffs: list[tuple[str, Diff]]

    @property
    def sources(self) -> list[str]:
        """Return the ids of the source paragraphs the stale paragraph translates."""
        return self.link.sources


@dataclass
class EditionState:
    """Where an edition stands: its links up to date, stale and untranslated, and the
    source paragraphs no link names (added to the source since)."""

    language: str
    up_to_date: list[SourceLink] = field(default_factory=list)
    stale: list[StaleLink] = field(default_factory=list)
    untranslated: list[SourceLink] = field(default_factory=list)
    unlinked: list[str] = field(default_factory=list)
    # Of the untranslated and unlinked, those with words in the source: the text paragraphs
    # (what an export of the edition waits for) and the quotations (which may stay in the
    # words they were said in). An empty part of the source waits for nothing.
    to_translate: int = 0
    quotations_to_translate: int = 0

    def waiting(self, current: dict[str, str]) -> tuple[list[SourceLink], list[str]]:
        """Return the untranslated links and the unlinked source paragraphs that have words
        to translate (``current``: the source's paragraphs, ``source_paragraphs``); an
        empty header part of the source waits for nothing."""
        links = [
            link
            for link in self.untranslated
            if any(current.get(source_id, "").strip() for source_id in link.sources)
        ]
        return links, [key for key in self.unlinked if current.get(key, "").strip()]

    @property
    def counts(self) -> tuple[int, int, int]:
        """Return (up to date, stale, to translate) paragraphs: the last the text paragraphs
        with words in the source and none in the edition yet (unlinked ones too), as the
        export counts them; quotations are ``quotations_to_translate``."""
        return len(self.up_to_date), len(self.stale), self.to_translate


def state(source: Article, edition: Article) -> EditionState:
    """Return which of the edition's paragraphs are up to date, stale and untranslated."""
    current = source_paragraphs(source)
    mine = source_paragraphs(edition)
    result = EditionState(edition.language)
    named: set[str] = set()
    for link in edition.source_links:
        named.update(link.sources)
        confirmed = list(link.confirmed) + [""] * (len(link.sources) - len(link.confirmed))
        if not mine.get(link.paragraph, "").strip() or not any(confirmed):
            result.untranslated.append(link)
            continue
        diffs = []
        for source_id, words in zip(link.sources, confirmed, strict=False):
            now = current.get(source_id, "")
            if now != words:
                diffs.append((source_id, diff_words(words, now)))
        if diffs:
            result.stale.append(StaleLink(link, diffs))
        else:
            result.up_to_date.append(link)
    for section in source.sections:
        result.unlinked.extend(p for p in section.paragraphs if p not in named)
    for quotation in source.quotations:
        key = quotation_part(quotation.id)
        if key not in named and quotation.words.strip():
            result.unlinked.append(key)
    links, unlinked = result.waiting(current)
    kinds = [part_kind(link.part) for link in links] + [part_kind(key) for key in unlinked]
    result.quotations_to_translate = kinds.count(PartKind.QUOTATION)
    result.to_translate = len(kinds) - result.quotations_to_translate
    return result


def confirm(
    source: Article,
    edition: Article,
    *,
    links: Iterable[SourceLink] | None = None,
    author: str,
    at: str | None = None,
) -> list[SourceLink]:
    """Mark links (all the edition's by default) as checked against the source's current
    words, by ``author`` at ``at`` (now by default); return them."""
    current = source_paragraphs(source)
    stamp = at or now_iso()
    chosen = list(edition.source_links if links is None else links)
    for link in chosen:
        link.confirmed = [current.get(source_id, "") for source_id in link.sources]
        link.confirmed_by = author
        link.confirmed_at = stamp
    return chosen


def links_of(edition: Article, paragraph: str) -> list[SourceLink]:
    """Return the edition's links of one of its paragraphs (by id or part key)."""
    return [link for link in edition.source_links if link.paragraph == paragraph]


def all_states(source: Article) -> list[EditionState]:
    """Return the state of each of the source's editions, in order."""
    return [state(source, each) for each in source.editions]


__all__ = [
    "LANGUAGE_TAG",
    "EditionError",
    "EditionState",
    "Followed",
    "StaleLink",
    "all_states",
    "check_language",
    "confirm",
    "edition",
    "edition_view",
    "follow_edition",
    "follow_source",
    "links_of",
    "new_edition",
    "same_language",
    "set_translation",
    "source_paragraphs",
    "state",
]
