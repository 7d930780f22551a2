"""The article as plain dataclasses: what a writer drafts and an editor reviews."""

from __future__ import annotations

import time
from dataclasses import field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from editor.model.lean import dataclass
from editor.model.messages import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from datetime import datetime


class SectionKind(StrEnum):
    """What a section of the article is for."""

    NEWS = "news"
    COMMENT = "comment"
    CUSTOM = "custom"


class Direction(StrEnum):
    """How a part's paragraphs are laid out: each by its own text, or all one way."""

    AUTO = "auto"
    LTR = "ltr"
    RTL = "rtl"


class Status(StrEnum):
    """Where an article stands in the review workflow."""

    DRAFT = "draft"
    IN_REVIEW = "in_review"
    CHANGES_REQUESTED = "changes_requested"
    APPROVED = "approved"
    PUBLISHED = "published"


# Each status's name in English, marked for lupdate in the "Status" context so the interface
# shows the same names translated. Beside the statuses: the window names one as it starts.
STATUS_NAMES: dict[Status, str] = {
    Status.DRAFT: QT_TRANSLATE_NOOP("Status", "Draft"),
    Status.IN_REVIEW: QT_TRANSLATE_NOOP("Status", "In review"),
    Status.CHANGES_REQUESTED: QT_TRANSLATE_NOOP("Status", "Changes requested"),
    Status.APPROVED: QT_TRANSLATE_NOOP("Status", "Approved"),
    Status.PUBLISHED: QT_TRANSLATE_NOOP("Status", "Published"),
}


def new_id() -> str:
    """Return a fresh article or comment id."""
    # Imported here: uuid loads the platform module, a cost every command
    # would pay at start-up while only making a new article or comment needs it.
    import uuid

    return str(uuid.uuid4())


def bare_label(label: str) -> str:
    """Return a section label as a name: "News:" → "News" ("" for an empty label)."""
    return label.strip().rstrip(":：").strip()


def now_iso(at: float | None = None) -> str:
    """Return the current time (or ``at``, seconds since the epoch) in ISO 8601, UTC, to
    the second: "2026-11-28T15:11:24+00:00"."""
    # The time module, not datetime: importing datetime costs ~1 ms, and opening a file
    # asks for the time (its lock says since when) before the window first shows.
    return time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime(at))


def time_of(stamp: str) -> datetime | None:
    """Return the moment an ISO 8601 stamp names, in UTC when it names no zone (as
    ``now_iso`` writes them); None when it is no such stamp."""
    from datetime import UTC, datetime  # only when an export or a comment asks

    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


@dataclass
class Opening:
    """The optional one-line invocation or dedication above the headline, in its own
    language ("" for the article's) and direction."""

    text: str = ""
    language: str = ""
    direction: Direction = Direction.AUTO
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Section:
    """One ordered part of the article body: a kind, a label and a Markdown body.

    ``language`` is the body's own language when it differs from the article's ("" when
    not), ``direction`` how its paragraphs are laid out.
    """

    kind: str = SectionKind.NEWS.value
    label: str = ""
    body: str = ""
    language: str = ""
    direction: Direction = Direction.AUTO
    # IPTC genre ("Current", "Opinion", …); "" means the kind's (see genre_of).
    genre: str = ""
    # The stable id of each paragraph of the body, in order (editions link to them);
    # empty until the article has editions (editor.text.paragraphs keeps them).
    paragraphs: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def is_blank(self) -> bool:
        """Whether the body shows nothing: white space, no-break spaces (a "&nbsp;" too),
        zero-width and direction marks only. Such a section is in no export."""
        import re  # not at start-up: the editor's first frame asks no section this

        return re.fullmatch(_INVISIBLE, self.body) is not None


# What shows nothing in a body (compiled by re when first used): white space, the
# zero-width characters and direction marks, the byte order mark, and "&nbsp;" as
# Markdown writes a no-break space.
_INVISIBLE = (
    r"(?i)(?:\s|&nbsp;|&#160;|&#x0*a0;"
    r"|[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff])*"
)


@dataclass
class Quotation:
    """One entry in the article's quotation bank; bodies place it as ``[[quote:ID]]``."""

    id: str
    words: str = ""
    speaker: str = ""
    role: str = ""
    occasion: str = ""
    date: str = ""
    source_name: str = ""
    source_url: str = ""
    language: str = ""
    translated: bool = False
    verified: bool = False
    note: str = ""
    attribution: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Byline:
    """Who wrote the article, for which office, when and where."""

    author: str = ""
    office: str = ""
    date: str = ""
    place: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Meta:
    """Tags, workflow status, timestamps and the target length (0: none)."""

    tags: list[str] = field(default_factory=list)
    status: str = Status.DRAFT.value
    created: str = ""
    modified: str = ""
    target_words: int = 0
    # The desk's fields (all optional, "" or 0 when unset). The dateline is the byline's
    # place and date; keywords are the tags.
    slugline: str = ""
    # IPTC's scale: 1 most urgent … 9 least; 0 unset.
    urgency: int = 0
    # Not to be published before this ISO 8601 date-time, which names its zone.
    embargo: str = ""
    # For the desk only: never exported to readers.
    editor_note: str = ""
    # Subjects: IPTC Media Topic codes ("medtop:20000763") or plain names.
    subjects: list[str] = field(default_factory=list)
    sign_off: str = ""
    copyright_holder: str = ""
    usage_terms: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


# The desk's fields of Meta, by name: the properties dialog edits them, and the file
# writes them only when set.
DESK_FIELDS = (
    "slugline",
    "urgency",
    "embargo",
    "editor_note",
    "subjects",
    "sign_off",
    "copyright_holder",
    "usage_terms",
)


# The IPTC genre (NewsCodes "genre", https://cv.iptc.org/newscodes/genre/) a section of
# each kind has unless it names its own.
KIND_GENRES = {SectionKind.NEWS.value: "Current", SectionKind.COMMENT.value: "Opinion"}


def genre_of(section: Section) -> str:
    """Return a section's IPTC genre: its own, else its kind's ("" for a custom section)."""
    return section.genre or KIND_GENRES.get(section.kind, "")


@dataclass
class SourceLink:
    """What one paragraph of an edition translates, and the source's words it was checked
    against.

    ``part`` and ``paragraph`` name the edition's paragraph (a one-paragraph part, such as
    the headline or a quotation of the bank, is named by its part key); ``sources`` the
    source paragraphs it translates, by their ids; ``confirmed`` the words of each source
    paragraph when the translation was last confirmed ("" never), in the order of
    ``sources``. A source paragraph whose words differ from its confirmed words makes the
    translation stale.
    """

    part: str = ""
    paragraph: str = ""
    sources: list[str] = field(default_factory=list)
    confirmed: list[str] = field(default_factory=list)
    confirmed_by: str = ""
    confirmed_at: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


class CorrectionKind(StrEnum):
    """What an entry of the corrections log is."""

    CORRECTION = "correction"
    CLARIFICATION = "clarification"
    RETRACTION = "retraction"


@dataclass
class Correction:
    """One entry of the article's corrections log: when, what kind, and what it says."""

    date: str = ""
    kind: CorrectionKind = CorrectionKind.CORRECTION
    text: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Reply:
    """A reply in a comment thread."""

    author: str = ""
    text: str = ""
    created: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Comment:
    """A review comment anchored to a part of the article and a character range in it."""

    id: str
    part: str = "headline"
    start: int = 0
    end: int = 0
    quote: str = ""
    text: str = ""
    author: str = ""
    initials: str = ""
    created: str = ""
    resolved: bool = False
    replies: list[Reply] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)


class SuggestionKind(StrEnum):
    """What a suggestion proposes for its range of a part."""

    INSERT = "insert"
    DELETE = "delete"
    REPLACE = "replace"
    FORMAT = "format"


# Where a suggestion came from when it was made in the editor; a reviewed DOCX gives its name.
NEWSDESK_SOURCE = "newsdesk"

# A language an edition may have, and the file can name its folder by: BCP 47-like, a
# primary subtag of letters and up to seven subtags ("ar", "zh-Hant-TW"). A pattern, not a
# compiled one: re is not loaded for it at start-up.
EDITION_LANGUAGE = r"[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8}){0,7}"


@dataclass
class Suggestion:
    """A proposed change to one part: replace characters start..end (``old``) by ``new``.

    Anchored like a comment: ``part`` and a range of its text, with the words the range
    held kept in ``old`` so the anchor can be found again after edits. An insertion has an
    empty range (``start == end``, ``old == ""``); a deletion an empty ``new``. A format
    suggestion changes emphasis only: ``new`` is the Markdown with the emphasis changed and
    ``format`` names it with a sign ("+strong", "-emphasis", "+strike"). Accepting any
    kind replaces ``old`` by ``new``. ``source`` is "newsdesk" or the reviewed DOCX's name.
    """

    id: str
    part: str = "headline"
    start: int = 0
    end: int = 0
    old: str = ""
    new: str = ""
    kind: SuggestionKind = SuggestionKind.REPLACE
    format: str = ""
    author: str = ""
    initials: str = ""
    created: str = ""
    source: str = NEWSDESK_SOURCE
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class StatusChange:
    """One step of the status history: who moved the article to which status, and why."""

    status: str
    author: str = ""
    at: str = ""
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Revision:
    """An earlier snapshot of the article, with who took it, when and why."""

    number: int
    author: str = ""
    created: str = ""
    note: str = ""
    snapshot: Article | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Article:
    """A news-plus-commentary article with its quotation bank and review data.

    The headline and standfirst are plain strings; their own language ("" when the
    article's) and direction sit beside them. ``front_matter`` keeps the keys of an
    imported draft's front matter that no field took.
    """

    id: str = field(default_factory=new_id)
    language: str = "en"
    opening: Opening = field(default_factory=Opening)
    headline: str = ""
    headline_language: str = ""
    headline_direction: Direction = Direction.AUTO
    standfirst: str = ""
    standfirst_language: str = ""
    standfirst_direction: Direction = Direction.AUTO
    sections: list[Section] = field(default_factory=list)
    quotations: list[Quotation] = field(default_factory=list)
    byline: Byline = field(default_factory=Byline)
    meta: Meta = field(default_factory=Meta)
    corrections: list[Correction] = field(default_factory=list)
    comments: list[Comment] = field(default_factory=list)
    suggestions: list[Suggestion] = field(default_factory=list)
    status_history: list[StatusChange] = field(default_factory=list)
    revisions: list[Revision] = field(default_factory=list)
    assets: dict[str, bytes] = field(default_factory=dict)
    front_matter: dict[str, str | list[str]] = field(default_factory=dict)
    # The story in other languages: each edition an article of its own (its language,
    # text, byline, review), stored in the same file. An edition has none of its own.
    editions: list[Article] = field(default_factory=list)
    # An edition's links to the source's paragraphs (empty for the source).
    source_links: list[SourceLink] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)
    review_extra: dict[str, Any] = field(default_factory=dict)

    def quotation(self, quotation_id: str) -> Quotation | None:
        """Return the bank's (first) quotation with this id, or None."""
        # The bank is a list, in the file's order, that the editor changes in place: an
        # index of each id's first place is kept beside it and checked on every use, so a
        # lookup costs one step, not a scan of 200,000 quotations.
        bank = self.quotations
        cached = self.__dict__.get("_bank_index")
        if cached is None or cached[0] is not bank or cached[1] != len(bank):
            cached = self._index_bank()
        place = cached[2].get(quotation_id)
        if place is not None and bank[place].id == quotation_id:
            return bank[place]
        # Not where the index says: an id changed, or a quotation was replaced in place.
        cached = self._index_bank()
        place = cached[2].get(quotation_id)
        return bank[place] if place is not None else None

    def _index_bank(self) -> tuple[list[Quotation], int, dict[str, int]]:
        places: dict[str, int] = {}
        for place, quotation in enumerate(self.quotations):
            places.setdefault(quotation.id, place)
        cached = (self.quotations, len(self.quotations), places)
        self.__dict__["_bank_index"] = cached
        return cached
