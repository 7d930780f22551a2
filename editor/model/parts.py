"""The parts of an article and the one way to name them.

Comments, checklist findings, compares, typography fixes and the editor's text boxes all
say which part they are about with a key: ``opening``, ``headline``, ``standfirst``,
``byline``, ``sections/N`` (N counts the sections from 0) or ``quotations/ID``. This module
makes those keys, parses them into a typed ``PartRef``, lists an article's parts in reading
order with their text, and names them in English. The interface translates the names it
shows (they are marked for Qt's lupdate here). No Qt, no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from enum import StrEnum

from editor.model.article import Article, bare_label
from editor.model.frozen import Frozen
from editor.model.messages import QT_TRANSLATE_NOOP


class PartKind(StrEnum):
    """What kind of part a key names."""

    OPENING = "opening"
    HEADLINE = "headline"
    STANDFIRST = "standfirst"
    SECTION = "sections"
    QUOTATION = "quotations"
    BYLINE = "byline"


# The keys of the parts an article has exactly one of.
OPENING = PartKind.OPENING.value
HEADLINE = PartKind.HEADLINE.value
STANDFIRST = PartKind.STANDFIRST.value
BYLINE = PartKind.BYLINE.value
HEADER_PARTS = (OPENING, HEADLINE, STANDFIRST)

_SINGLE_KINDS = (PartKind.OPENING, PartKind.HEADLINE, PartKind.STANDFIRST, PartKind.BYLINE)
_SINGLE = {kind.value: kind for kind in _SINGLE_KINDS}
# One spelling per section: "sections/01" would compare unequal to "sections/1".
_SECTION_KEY = re.compile(r"sections/(0|[1-9][0-9]{0,8})")
_QUOTATION_PREFIX = f"{PartKind.QUOTATION.value}/"

# The English names; the interface shows them through QCoreApplication.translate("Parts", …).
_NAMES: dict[PartKind, str] = {
    PartKind.OPENING: QT_TRANSLATE_NOOP("Parts", "Opening line"),
    PartKind.HEADLINE: QT_TRANSLATE_NOOP("Parts", "Headline"),
    PartKind.STANDFIRST: QT_TRANSLATE_NOOP("Parts", "Standfirst"),
    PartKind.BYLINE: QT_TRANSLATE_NOOP("Parts", "Byline"),
    PartKind.SECTION: QT_TRANSLATE_NOOP("Parts", "Section {0}"),
    PartKind.QUOTATION: QT_TRANSLATE_NOOP("Parts", "Quotation {0}"),
}


class PartError(ValueError):
    """A part key that names no part, or a part the article does not have."""

    def __init__(self, key: str, message: str) -> None:
        super().__init__(message)
        self.key = key


class MalformedPartError(PartError):
    """A string that is not a part key at all ("sections/x", "", "title")."""

    def __init__(self, key: str) -> None:
        super().__init__(
            key,
            f"{key!r} is not a part of an article (parts are opening, headline, standfirst, "
            "byline, sections/N and quotations/ID)",
        )


class MissingPartError(PartError):
    """A well-formed part key the article has no part for ("sections/7" of two sections)."""

    def __init__(self, key: str) -> None:
        super().__init__(key, f"the article has no part {key!r}")


class PartRef(Frozen):
    """One part of an article, typed: its kind, and which section or quotation it is."""

    __slots__ = ("index", "kind", "quotation_id")
    kind: PartKind
    index: int  # sections only: the section's place, from 0
    quotation_id: str  # quotations only

    def __init__(self, kind: PartKind, index: int = 0, quotation_id: str = "") -> None:
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "index", index)
        object.__setattr__(self, "quotation_id", quotation_id)

    @property
    def key(self) -> str:
        """Return the part's key, as stored in comments and findings ("sections/1")."""
        if self.kind is PartKind.SECTION:
            return section_part(self.index)
        if self.kind is PartKind.QUOTATION:
            return quotation_part(self.quotation_id)
        return self.kind.value

    def __str__(self) -> str:
        return self.key


class ArticlePart(Frozen):
    """One part of a given article: which part, its English name, its text, its language."""

    __slots__ = ("language", "name", "ref", "text")
    ref: PartRef
    name: str
    text: str
    language: str  # the part's own language; "" for the article's

    def __init__(self, ref: PartRef, name: str, text: str, language: str = "") -> None:
        object.__setattr__(self, "ref", ref)
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "language", language)

    @property
    def key(self) -> str:
        """Return the part's key ("headline", "sections/0", "quotations/q1")."""
        return self.ref.key


def section_part(index: int) -> str:
    """Return the key of the section at this place (from 0): ``sections/1``."""
    if index < 0:
        raise MalformedPartError(f"sections/{index}")
    return f"sections/{index}"


def quotation_part(quotation_id: str) -> str:
    """Return the key of the quotation with this id: ``quotations/q1``."""
    # An f-string, not a PartRef: the renderer asks for one per quotation it places.
    return f"{_QUOTATION_PREFIX}{quotation_id}"


def parse_part(key: str) -> PartRef:
    """Return the part a key names; MalformedPartError for anything else."""
    single = _SINGLE.get(key)
    if single is not None:
        return PartRef(single)
    section = _SECTION_KEY.fullmatch(key)
    if section is not None:
        return PartRef(PartKind.SECTION, index=int(section.group(1)))
    # An empty id is a quotation too: a file may hold one, and the checklist must name it.
    if key.startswith(_QUOTATION_PREFIX):
        return PartRef(PartKind.QUOTATION, quotation_id=key[len(_QUOTATION_PREFIX) :])
    raise MalformedPartError(key)


def part_kind(key: str) -> PartKind | None:
    """Return the kind of part a key names, None when it names none."""
    try:
        return parse_part(key).kind
    except MalformedPartError:
        return None


def part_name(
    part: PartRef,
    section_labels: Sequence[str] = (),
    translate: Callable[[str], str] = str,
) -> str:
    """Return the name a part is shown by: a section by its label, when it has one.

    ``section_labels`` are the article's, in order; ``translate`` turns the English name
    (or its "{0}" template) into the interface's language.
    """
    if part.kind is PartKind.SECTION:
        label = bare_label(section_labels[part.index]) if part.index < len(section_labels) else ""
        return label or translate(_NAMES[PartKind.SECTION]).format(part.index + 1)
    if part.kind is PartKind.QUOTATION:
        return translate(_NAMES[PartKind.QUOTATION]).format(part.quotation_id)
    return translate(_NAMES[part.kind])


def article_parts(article: Article) -> list[ArticlePart]:
    """Return every text part of the article in reading order, with its name and text.

    Opening line, headline, standfirst, each section, each quotation of the bank (the
    byline has no one text and is not listed). Each is named by ``part_name``, as the
    window names it: a section by its label, an unlabelled one by its place.
    """
    opening = PartRef(PartKind.OPENING)
    headline = PartRef(PartKind.HEADLINE)
    standfirst = PartRef(PartKind.STANDFIRST)
    parts = [
        ArticlePart(opening, part_name(opening), article.opening.text, article.opening.language),
        ArticlePart(headline, part_name(headline), article.headline),
        ArticlePart(standfirst, part_name(standfirst), article.standfirst),
    ]
    labels = [section.label for section in article.sections]
    for index, section in enumerate(article.sections):
        ref = PartRef(PartKind.SECTION, index=index)
        parts.append(ArticlePart(ref, part_name(ref, labels), section.body))
    for quotation in article.quotations:
        ref = PartRef(PartKind.QUOTATION, quotation_id=quotation.id)
        parts.append(ArticlePart(ref, part_name(ref), quotation.words, quotation.language))
    return parts


def reading_order(article: Article) -> dict[str, int]:
    """Return each part key's place in reading order, the byline last."""
    # The keys of article_parts, in its order, without naming each part: the review panel
    # sorts by this on each refresh, and naming 200,000 quotations took about a second.
    keys = [OPENING, HEADLINE, STANDFIRST]
    keys += [section_part(index) for index in range(len(article.sections))]
    keys += [quotation_part(quotation.id) for quotation in article.quotations]
    order: dict[str, int] = {}
    for key in keys:
        # Two quotations sharing an id (a checklist error) take the first one's place.
        order.setdefault(key, len(order))
    order[BYLINE] = len(order)
    return order


def part_text(article: Article, part: str | PartRef) -> str:
    """Return the text of one part; MalformedPartError or MissingPartError when there is none."""
    ref = part if isinstance(part, PartRef) else parse_part(part)
    if ref.kind is PartKind.OPENING:
        return article.opening.text
    if ref.kind is PartKind.HEADLINE:
        return article.headline
    if ref.kind is PartKind.STANDFIRST:
        return article.standfirst
    if ref.kind is PartKind.SECTION and ref.index < len(article.sections):
        return article.sections[ref.index].body
    if ref.kind is PartKind.QUOTATION:
        quotation = article.quotation(ref.quotation_id)
        if quotation is not None:
            return quotation.words
    raise MissingPartError(ref.key)


def set_part_text(article: Article, part: str | PartRef, text: str) -> None:
    """Replace the text of one part; MalformedPartError or MissingPartError when there is none."""
    ref = part if isinstance(part, PartRef) else parse_part(part)
    if ref.kind is PartKind.OPENING:
        article.opening.text = text
    elif ref.kind is PartKind.HEADLINE:
        article.headline = text
    elif ref.kind is PartKind.STANDFIRST:
        article.standfirst = text
    elif ref.kind is PartKind.SECTION and ref.index < len(article.sections):
        article.sections[ref.index].body = text
    elif ref.kind is PartKind.QUOTATION and article.quotation(ref.quotation_id) is not None:
        quotation = article.quotation(ref.quotation_id)
        assert quotation is not None
        quotation.words = text
    else:
        raise MissingPartError(ref.key)


def part_texts(article: Article) -> dict[str, str]:
    """Return the text of every part by its key, as part_text gives them, in one pass.

    For work over many comments or parts: looking each up by part_text would search the
    quotation bank once for every missing one.
    """
    texts: dict[str, str] = {}
    for part in article_parts(article):
        # Two quotations sharing an id: the first one's text, as part_text gives.
        texts.setdefault(part.key, part.text)
    return texts


def has_part(article: Article, part: str | PartRef) -> bool:
    """Whether the article has a part with one text by this key (the byline has none)."""
    try:
        part_text(article, part)
    except PartError:
        return False
    return True
