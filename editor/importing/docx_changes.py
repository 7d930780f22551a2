"""Tracked changes a reviewer made in a returned DOCX, put back as suggestions on the parts.

The body is read once (editor/importing/docx_tracked.py) into paragraphs of pieces,
plain, inserted or deleted by an author, with their emphasis before and after a format
change, and the edits each paragraph makes to its original view. Paragraphs go to parts
by their styles, as the comment import does (a Section Label starts the next section);
the quotations of the bank are found through the export's record (editor/render/
docx_record.py), so an edit inside a rendered quotation lands on the quotation.

Each part's text as the reviewer first saw it (the "original view": plain and deleted
pieces) is aligned with the part's Markdown source, where inline quotation tokens are
replaced by the words they show; the alignment maps each seen character to a source
offset (a linear subsequence walk, since the source is the seen text plus Markdown marks;
a character diff when the article changed since the export). Edits next to each other by
one author become one suggestion, so a replacement is one and an edit Word split over many
runs is one. What has no place in the article (headers, footers, notes, labels, the
credit line, text the article no longer has) is reported with its text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from editor.importing.docx_newsdesk import (
    ATTRIBUTION,
    CREDIT,
    LABEL,
    METADATA,
    OPENING,
    QUOTE,
    STANDFIRST,
    TITLE,
)
from editor.importing.docx_text import style_names, w
from editor.importing.docx_tracked import (
    STORIES,
    STORY_NAMES,
    Edit,
    TrackedParagraph,
    TrackedReader,
    edit_kind,
    last_saved,
    merged,
    paragraph_edits,
    read_package,
)
from editor.importing.errors import DraftError
from editor.model import Article, Suggestion, SuggestionKind, now_iso
from editor.model.parts import (
    HEADLINE,
    PartKind,
    has_part,
    parse_part,
    part_kind,
    part_text,
    quotation_part,
    section_part,
)
from editor.model.parts import OPENING as OPENING_PART
from editor.model.parts import STANDFIRST as STANDFIRST_PART
from editor.model.review import initials_of
from editor.model.tokens import QUOTE_TOKEN
from editor.text.counts import LETTERS_AND_DIGITS

# Parts of a DOCX package larger than this are not read (a reviewed article is far less).
_HEADER_ROLES = {OPENING: OPENING_PART, TITLE: HEADLINE, STANDFIRST: STANDFIRST_PART}
_UNPLACED_ROLES = {
    LABEL: "section label",
    ATTRIBUTION: "quotation attribution",
    CREDIT: "credit line",
    METADATA: "metadata line",
}


@dataclass
class NotPlaced:
    """A tracked change that has no place in the article: where it was, what, by whom."""

    where: str
    text: str
    author: str = ""
    kind: str = "insert"  # insert, delete, replace or format


@dataclass(frozen=True)
class Untracked:
    """Where the returned file's text differs from the article's without a tracked change
    (an edit made with tracking off, or the article changed since): the words of each."""

    where: str  # a part key
    old: str  # the article's words ("" where the file has words the article has not)
    new: str  # the file's words ("" where the file lacks the article's)


@dataclass
class ChangeImport:
    """What reading a returned DOCX's tracked changes did, for the report."""

    source: str = ""
    added: list[Suggestion] = field(default_factory=list)
    already_there: int = 0
    not_placed: list[NotPlaced] = field(default_factory=list)
    # Not taken (a suggestion needs a tracked change to say whose it is), but said; once
    # ``take_untracked`` has taken the offer, those it could not place.
    untracked: list[Untracked] = field(default_factory=list)
    # The suggestions those differences make where their place is sure, by who last saved
    # the file: offered, not added (``take_untracked`` adds them).
    offered: list[Suggestion] = field(default_factory=list)
    # Of ``added``, the suggestions made of differences without a tracked change.
    from_untracked: list[Suggestion] = field(default_factory=list)
    # The article's open suggestions the file shows made (accepted there), left open here.
    accepted_in_file: list[Suggestion] = field(default_factory=list)
    accepted: list[Suggestion] = field(default_factory=list)
    rejected: list[Suggestion] = field(default_factory=list)
    left_open: list[tuple[Suggestion, str]] = field(default_factory=list)
    conflicts: list[tuple[Suggestion, Suggestion]] = field(default_factory=list)

    @property
    def by_part(self) -> dict[str, int]:
        """How many suggestions were placed on each part, in the order they came."""
        counts: dict[str, int] = {}
        for suggestion in self.added:
            counts[suggestion.part] = counts.get(suggestion.part, 0) + 1
        return counts


@dataclass
class _PartView:
    """One part's text as the reviewer first saw it, and the edits made to it."""

    target: str  # a part key, or "" for a Markdown block quotation's body lines
    separator: str
    chunks: list[str] = field(default_factory=list)
    length: int = 0
    edits: list[Edit] = field(default_factory=list)
    pending: TrackedParagraph | None = None  # the paragraph whose mark comes next
    paragraphs: int = 0

    def add(self, text: str) -> None:
        self.chunks.append(text)
        self.length += len(text)

    @property
    def text(self) -> str:
        return "".join(self.chunks)


# --- the parts the paragraphs are ------------------------------------------------------


def _record_list(record: dict[str, Any] | None, key: str) -> list[dict[str, Any]]:
    value = record.get(key, []) if record else []
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


class _Placer:
    """Turns the paragraphs of a reviewed DOCX into per-part views with their edits."""

    def __init__(self, article: Article, record: dict[str, Any] | None, source: str) -> None:
        self.article = article
        self.source = source
        self.views: dict[str, _PartView] = {}
        self.not_placed: list[NotPlaced] = []
        self.sections = _record_list(record, "sections")
        self.blocks: dict[int, list[dict[str, Any]]] = {}
        self.inline: dict[int, list[dict[str, Any]]] = {}
        for key, grouped in (("blocks", self.blocks), ("inline", self.inline)):
            for entry in _record_list(record, key):
                if isinstance(entry.get("section"), int):
                    grouped.setdefault(entry["section"], []).append(entry)

    def place(self, paragraphs: list[TrackedParagraph]) -> None:
        section = -1
        counted = 0  # original paragraphs of the current section, for unlabelled sections
        index = 0
        labelled = False
        while index < len(paragraphs):
            paragraph = paragraphs[index]
            role = paragraph.role
            if role in _HEADER_ROLES and not labelled:
                self._take(_HEADER_ROLES[role], " ", paragraph)
            elif role == LABEL:
                labelled = True
                section = self._next_labelled(section)
                counted = 0
                self._unplaced(_UNPLACED_ROLES[role], paragraph)
            elif role in _UNPLACED_ROLES:
                self._unplaced(_UNPLACED_ROLES[role], paragraph)
                counted += paragraph.mark != "ins"
            else:
                if section < 0:
                    section = 0
                elif self._full(section, counted):
                    section, counted = section + 1, 0
                if role == QUOTE:
                    block = [paragraph]
                    while index + 1 < len(paragraphs) and paragraphs[index + 1].role == QUOTE:
                        index += 1
                        block.append(paragraphs[index])
                    counted += sum(p.mark != "ins" for p in block)
                    self._quote(section, block)
                else:
                    counted += paragraph.mark != "ins"
                    self._take(section_part(section), "\n\n", paragraph)
            index += 1

    def _next_labelled(self, section: int) -> int:
        for number in range(section + 1, len(self.sections)):
            if self.sections[number].get("label") is not None:
                return number
        return section + 1

    def _full(self, section: int, counted: int) -> bool:
        """Whether an unlabelled next section starts here (labels hidden in the export)."""
        if section + 1 >= len(self.sections) or self.sections[section + 1].get("label"):
            return False
        count = self.sections[section].get("count") if section < len(self.sections) else None
        return isinstance(count, int) and counted >= count

    def _quote(self, section: int, block: list[TrackedParagraph]) -> None:
        entries = self.blocks.get(section, [])
        entry = entries.pop(0) if entries else None
        quotation_id = str(entry.get("id", "")) if entry else ""
        part = quotation_part(quotation_id) if quotation_id else ""
        if part and has_part(self.article, part):
            # One view per place the quotation is shown: each is the bank's words.
            key = f"{part}@{len(self.views)}"
            for paragraph in block:
                self._take(part, "\n", paragraph, key)
        else:
            for paragraph in block:  # a Markdown block quotation: the body's own text
                self._take(section_part(section), "\n\n", paragraph)

    def _unplaced(self, where: str, paragraph: TrackedParagraph) -> None:
        for edit in merged(paragraph_edits([paragraph], 0)):
            self.not_placed.append(
                NotPlaced(where, edit.new or edit.deleted, edit.author, edit_kind(edit))
            )

    def _take(self, part: str, separator: str, paragraph: TrackedParagraph, key: str = "") -> None:
        key = key or part
        view = self.views.get(key)
        if view is None:
            view = self.views[key] = _PartView(part, separator)
        previous = view.pending
        if previous is not None:
            _separate(view, previous)
        _read_into(view, paragraph)
        view.pending = paragraph
        view.paragraphs += 1


def _separate(view: _PartView, previous: TrackedParagraph) -> None:
    """The break between two paragraphs of a view: kept, inserted (a split) or deleted."""
    where = view.length
    if previous.mark == "ins":
        view.edits.append(
            Edit(
                where,
                where,
                view.separator,
                previous.mark_author,
                previous.mark_date,
                markdown=view.separator,
            )
        )
    else:
        view.add(view.separator)
        if previous.mark == "del":
            view.edits.append(
                Edit(
                    where,
                    view.length,
                    "",
                    previous.mark_author,
                    previous.mark_date,
                    deleted=view.separator,
                )
            )


def _read_into(view: _PartView, paragraph: TrackedParagraph) -> None:
    for edit in paragraph_edits([paragraph], view.length):
        view.edits.append(edit)
    view.add(paragraph.original())


# --- the source the seen text came from ------------------------------------------------


@dataclass
class _Source:
    """A part's Markdown with inline quotations shown: where each shown character is from."""

    text: str
    # For each character of ``text``: (part, offset in that part's text).
    origin: list[tuple[str, int]]


def _projection(article: Article, part: str, inline: list[dict[str, Any]]) -> _Source:
    content = part_text(article, part)
    if part_kind(part) is not PartKind.SECTION:
        return _Source(content, [(part, index) for index in range(len(content))])
    pieces: list[str] = []
    origin: list[tuple[str, int]] = []
    done = 0
    shown_by_id: dict[str, list[str]] = {}
    for entry in inline:
        shown_by_id.setdefault(str(entry.get("id", "")), []).append(str(entry.get("text", "")))
    bank = {quotation.id: quotation for quotation in article.quotations}
    for match in QUOTE_TOKEN.finditer(content):
        start, end = match.span()
        before = content.rfind("\n\n", 0, start)
        after = content.find("\n\n", end)
        paragraph = content[
            before + 2 if before >= 0 else 0 : after if after >= 0 else len(content)
        ]
        quotation = bank.get(match.group(1))
        if paragraph.strip() == match.group(0) or quotation is None:
            continue  # a block quotation: shown in its own paragraphs, read as its own part
        words = quotation.words
        flat = re.sub(r"\s*\n\s*", " ", words.strip())
        lead = len(words) - len(words.lstrip())
        shown_list = shown_by_id.get(quotation.id)
        shown = shown_list.pop(0) if shown_list else flat
        at = shown.find(flat)
        if at < 0:
            shown, at = flat, 0
        pieces.append(content[done:start])
        origin.extend((part, index) for index in range(done, start))
        qpart = quotation_part(quotation.id)
        for index, _char in enumerate(shown):
            if at <= index < at + len(flat):
                origin.append((qpart, lead + index - at))
            else:
                origin.append((part, start if index < at else end - 1))
        pieces.append(shown)
        done = end
    pieces.append(content[done:])
    origin.extend((part, index) for index in range(done, len(content)))
    return _Source("".join(pieces), origin)


def _align(seen: str, source: str) -> list[int]:
    """For each character of the seen text, the index of the same character in the source.

    -1 where the seen character is not in the source (the article changed since).
    """
    if seen == source:
        return list(range(len(seen)))
    mapped = [-1] * len(seen)
    i = j = 0
    # The source is the seen text with Markdown marks added: a subsequence walk.
    while i < len(seen) and j < len(source):
        if seen[i] == source[j]:
            mapped[i] = j
            i += 1
        j += 1
    if i == len(seen):
        return mapped
    from diff_match_patch import diff_match_patch

    matcher = diff_match_patch()
    matcher.Diff_Timeout = 2.0
    diffs = matcher.diff_main(seen, source, False)
    mapped = [-1] * len(seen)
    i = j = 0
    for operation, text in diffs:
        if operation == 0:
            for offset in range(len(text)):
                mapped[i + offset] = j + offset
            i += len(text)
            j += len(text)
        elif operation == -1:
            i += len(text)
        else:
            j += len(text)
    return mapped


# --- putting it together ----------------------------------------------------------------


@dataclass
class ReadChanges:
    """What a reviewed DOCX's changes make on an article (read_changes)."""

    suggestions: list[Suggestion]  # of its tracked changes
    not_placed: list[NotPlaced]
    untracked: list[Untracked]  # where its text differs without a tracked change
    from_untracked: list[Suggestion]  # of those, asked for with ``untracked_by``


def read_changes(
    article: Article, data: bytes, source: str, untracked_by: tuple[str, str] | None = None
) -> ReadChanges:
    """Return the suggestions a reviewed DOCX's tracked changes make on the article, the
    changes with no place in it, and where its text differs without a tracked change.

    The article is not changed; ``source`` (the DOCX's file name) goes on each suggestion.
    With ``untracked_by`` (an author and a date) the differences without a tracked change
    are made suggestions too (``from_untracked``), by that author, where a word's place in
    the article is sure (see ``untracked_places``).
    """
    document, styles_root, record, stories = read_package(data, source)
    styles, default = style_names(styles_root)
    reader = TrackedReader(styles, default)
    body = document.find(w("body"))
    paragraphs = reader.paragraphs(body) if body is not None else []
    placer = _Placer(article, record, source)
    placer.place(paragraphs)
    suggestions: list[Suggestion] = []
    from_untracked: list[Suggestion] = []
    not_placed = list(placer.not_placed)
    untracked = _untracked(article, placer.views.values())
    for view in placer.views.values():
        edits = merged(view.edits)
        by = untracked_by if any(i.where == view.target for i in untracked) else None
        if not edits and by is None:
            continue
        ref = parse_part(view.target)
        section = ref.index if ref.kind is PartKind.SECTION else -1
        projection = _projection(article, view.target, placer.inline.get(section, []))
        if by is not None:
            from_untracked += _untracked_suggestions(article, projection, view.text, by, source)
        mapped = _align(view.text, projection.text)
        for edit in edits:
            placed = _place(edit, mapped, projection, view.target)
            made = _suggestion(article, edit, *placed, source) if placed else None
            if made is None:
                # The words are no longer in the article (or never were in this part).
                text = edit.new or edit.deleted
                not_placed.append(NotPlaced(view.target, text, edit.author, edit_kind(edit)))
            else:
                suggestions.append(made)
    for name in sorted(stories):
        where = STORY_NAMES[STORIES.match(name).group(1)]  # type: ignore[union-attr]
        for paragraph in reader.paragraphs(stories[name]):
            for edit in merged(paragraph_edits([paragraph], 0)):
                not_placed.append(
                    NotPlaced(where, edit.new or edit.deleted, edit.author, edit_kind(edit))
                )
    return ReadChanges(suggestions, not_placed, untracked, from_untracked)


# A footnote's text (its label line and the lines indented under it): the DOCX holds it
# in its notes, not in the paragraph.
_FOOTNOTE_TEXT = re.compile(r"^\[\^[^\]\s]+\]:.*(?:\n(?:    |\t).*)*", re.MULTILINE)


def _untracked(article: Article, views: Iterable[_PartView]) -> list[Untracked]:
    """Return where each part's text in the file, as the reviewer first saw it, differs in
    its words from the article's (each difference once, in the part's order)."""
    from difflib import SequenceMatcher

    from editor.text.reader import bank_lookup, reader_text

    lookup = bank_lookup(article)
    found: list[Untracked] = []
    for view in views:
        if not view.target or not has_part(article, view.target):
            continue
        content = part_text(article, view.target)
        if part_kind(view.target) is PartKind.SECTION:
            # As the file shows the section: a quotation inside a sentence by its words,
            # one alone in its paragraph in a view of its own, footnotes in the notes.
            content = reader_text(
                _FOOTNOTE_TEXT.sub("", content),
                lookup,
                lambda quotation, alone: "" if alone else quotation.words,
            )
        # Letters and digits: the export sets punctuation, marks and spaces its own way.
        ours = list(LETTERS_AND_DIGITS.finditer(content))
        theirs = list(LETTERS_AND_DIGITS.finditer(view.text))
        if [m.group() for m in ours] == [m.group() for m in theirs]:
            continue
        matcher = SequenceMatcher(
            None, [m.group() for m in ours], [m.group() for m in theirs], autojunk=False
        )
        for operation, first, last, start, end in matcher.get_opcodes():
            if operation == "equal":
                continue
            # The words as each text has them, with what stands between them ("twenty-five
            # minutes", not "twenty five minutes": a trial read it misquoted).
            made = Untracked(
                view.target,
                content[ours[first].start() : ours[last - 1].end()] if last > first else "",
                view.text[theirs[start].start() : theirs[end - 1].end()] if end > start else "",
            )
            if made not in found:
                found.append(made)
    return found


# Characters a word's place must not hold for an untracked difference to be a suggestion:
# Markdown's marks and a paragraph's end (a suggestion there could break the emphasis, a
# link or a quotation around the words).
_UNSURE = re.compile(r"[*_`\\\[\]()<>~|#!\n]|\[\[quote:")


def untracked_places(shown: str, seen: str) -> list[tuple[int, int, str]]:
    """Return each difference of the words of ``seen`` (a part in the returned file) from
    those of ``shown`` (the part as the article shows it, Markdown marks and all) as
    (start, end, new): the characters of ``shown`` that ``new`` stands for.

    Compared word for word (letters and digits), as ``_untracked`` finds them. A
    difference is what lies between the words both have around it, less what the two have
    alike at its ends: "new quay" → "new, longer quay" puts ", longer" after "new". Where
    that holds a Markdown mark of the article ("**May**." → "June."), the words alone
    are replaced ("May" → "June", in the emphasis); where even they hold one, or a
    paragraph's end, the difference is left out: its words are listed, not placed.
    """
    from difflib import SequenceMatcher

    from editor.text.scripts import in_word

    ours = list(LETTERS_AND_DIGITS.finditer(shown))
    theirs = list(LETTERS_AND_DIGITS.finditer(seen))
    matcher = SequenceMatcher(
        None, [m.group() for m in ours], [m.group() for m in theirs], autojunk=False
    )

    def between(words: list[re.Match[str]], first: int, last: int, text: str) -> tuple[int, int]:
        begin = words[first - 1].end() if first else 0
        return begin, words[last].start() if last < len(words) else len(text)

    places: list[tuple[int, int, str]] = []
    for operation, first, last, start, end in matcher.get_opcodes():
        if operation == "equal":
            continue
        o1, o2 = between(ours, first, last, shown)
        t1, t2 = between(theirs, start, end, seen)
        # Spaces and punctuation alike at the ends are not part of it (whole words are).
        while o1 < o2 and t1 < t2 and shown[o1] == seen[t1] and not in_word(shown[o1]):
            o1, t1 = o1 + 1, t1 + 1
        while o2 > o1 and t2 > t1 and shown[o2 - 1] == seen[t2 - 1] and not in_word(seen[t2 - 1]):
            o2, t2 = o2 - 1, t2 - 1
        if not _UNSURE.search(shown[o1:o2]):
            places.append((o1, o2, seen[t1:t2]))
        elif operation == "replace":
            o1, o2 = ours[first].start(), ours[last - 1].end()
            if not _UNSURE.search(shown[o1:o2]):
                places.append((o1, o2, seen[theirs[start].start() : theirs[end - 1].end()]))
    return places


def _untracked_suggestions(
    article: Article, projection: _Source, seen: str, by: tuple[str, str], source: str
) -> list[Suggestion]:
    """Return the suggestions the differences of a part without a tracked change make, by
    ``by`` (an author and a date)."""
    from editor.importing.blocks import escape_inline

    origin = projection.origin
    if not origin:
        return []
    author, date = by
    made: list[Suggestion] = []
    for start, end, new in untracked_places(projection.text, seen):
        part, offset = origin[min(start, len(origin) - 1)]
        if start >= len(origin):
            offset += 1  # after the part's last character
        finish = offset
        if end > start:
            end_part, last = origin[end - 1]
            if end_part != part:
                continue  # across an inline quotation and the text around it
            finish = last + 1
        edit = Edit(
            start, end, new, author, date, deleted=projection.text[start:end],
            markdown=escape_inline(new),
        )  # fmt: skip
        suggestion = _suggestion(article, edit, part, offset, finish, source)
        if suggestion is not None:
            made.append(suggestion)
    return made


def _place(
    edit: Edit, mapped: list[int], projection: _Source, target: str
) -> tuple[str, int, int] | None:
    """Return (part, start, end) in the source an edit of the seen text stands on."""
    origin = projection.origin
    if edit.start == edit.end:
        left = mapped[edit.start - 1] if edit.start > 0 else -1
        right = mapped[edit.start] if edit.start < len(mapped) else -1
        if left >= 0:
            part, offset = origin[left]
            if right < 0 or origin[right][0] == part:
                return part, offset + 1, offset + 1
        if right >= 0:
            part, offset = origin[right]
            return part, offset, offset
        # Words typed into a part that was empty then and is empty now.
        return (target, 0, 0) if not mapped and not projection.text else None
    indices = mapped[edit.start : edit.end]
    if not indices or min(indices) < 0:
        return None
    parts = {origin[index][0] for index in indices}
    if len(parts) != 1:
        return None
    part = parts.pop()
    return part, origin[indices[0]][1], origin[indices[-1]][1] + 1


def _suggestion(
    article: Article, edit: Edit, part: str, start: int, end: int, source: str
) -> Suggestion | None:
    from editor.model import new_id

    content = part_text(article, part)
    markdown = part_kind(part) is PartKind.SECTION
    if edit.format:
        found = _format_change(content, start, end, edit.format)
        if found is None:
            return None
        start, end, new = found
        kind = SuggestionKind.FORMAT
    else:
        # In a body the words typed are text (escaped) with the emphasis they were typed
        # in; a split's break stays a break. Other parts hold plain text.
        new = edit.markdown if markdown else edit.new
        if start == end and not new:
            return None
        kind = (
            SuggestionKind.INSERT
            if start == end
            else SuggestionKind.DELETE
            if not new
            else SuggestionKind.REPLACE
        )
        if edit.deleted and start < end:
            start, end = _with_marks(content, start, end, edit.deleted)
    old = content[start:end]
    if old == new:
        return None
    return Suggestion(
        id=new_id(),
        part=part,
        start=start,
        end=end,
        old=old,
        new=new,
        kind=kind,
        format=edit.format,
        author=edit.author,
        initials=initials_of(edit.author),
        created=edit.date,
        source=source,
    )


def _with_marks(content: str, start: int, end: int, deleted: str) -> tuple[int, int]:
    """A deletion of whole emphasised words takes their Markdown marks with it."""
    for char in "*_":
        # Marks inside the range whose partners stand just outside it go with it.
        extra = content[start:end].count(char) - deleted.count(char)
        if extra > 0 and content[end : end + extra] == char * extra:
            end += extra
        elif extra > 0 and content[max(start - extra, 0) : start] == char * extra:
            start -= extra
    while (
        start > 0
        and end < len(content)
        and content[start - 1] in "*_"
        and (content[end] == content[start - 1])
    ):
        start, end = start - 1, end + 1
    return start, end


_MARKERS = {"strong": "**", "emphasis": "*"}


def _wrap(text: str, marker: str) -> str:
    core = text.strip()
    if not core:
        return text
    lead = text[: len(text) - len(text.lstrip())]
    trail = text[len(text.rstrip()) :]
    return f"{lead}{marker}{core}{marker}{trail}"


def _format_change(content: str, start: int, end: int, sign: str) -> tuple[int, int, str] | None:
    """Return (start, end, new Markdown) for adding or removing emphasis on a range."""
    adding, name = sign[0] == "+", sign[1:]
    marker = _MARKERS.get(name)
    if marker is None:
        return None
    if adding:
        return start, end, _wrap(content[start:end], marker)
    candidates = [marker] if marker == "**" else ["*", "_"]
    if marker == "**":
        candidates.append("__")
    para_start = content.rfind("\n\n", 0, start)
    para_start = 0 if para_start < 0 else para_start + 2
    para_end = content.find("\n\n", end)
    para_end = len(content) if para_end < 0 else para_end
    for mark in candidates:
        left = _find_mark(content, mark, para_start, start, backwards=True)
        right = _find_mark(content, mark, end, para_end, backwards=False)
        if left is None or right is None:
            continue
        inner_start, inner_end = left + len(mark), right
        before = content[inner_start:start]
        after = content[end:inner_end]
        new = _wrap(before, mark) + content[start:end] + _wrap(after, mark)
        return left, right + len(mark), new
    return None


def _find_mark(content: str, mark: str, low: int, high: int, backwards: bool) -> int | None:
    """The nearest emphasis marker ``mark`` in low..high that is not part of a longer run."""
    positions = (
        range(high - len(mark), low - 1, -1) if backwards else range(low, high - len(mark) + 1)
    )
    char = mark[0]
    for at in positions:
        if content[at : at + len(mark)] != mark:
            continue
        if at > 0 and content[at - 1] == char:
            continue
        if at + len(mark) < len(content) and content[at + len(mark)] == char:
            continue
        if at > 0 and content[at - 1] == "\\":
            continue
        return at
    return None


# --- the import ------------------------------------------------------------------------


def attach_changes(article: Article, suggestions: list[Suggestion], result: ChangeImport) -> None:
    """Add suggestions to the article; one already there is not doubled: the same author's
    change of the same words (letters and digits) in the same part, a character or two
    from where it stands (the export writes a deletion with the space before it, and a
    file read back gave "долго" beside " долго": a trial)."""
    for suggestion in suggestions:
        if any(_same_change(suggestion, known) for known in article.suggestions):
            result.already_there += 1
            continue
        article.suggestions.append(suggestion)
        result.added.append(suggestion)


# How far apart (in characters) one change read twice may stand: the space beside a word.
_NEAR = 2


def _change_words(part: str, old: str, new: str) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """Return a change as its part and the words (letters and digits) it takes out and puts
    in: what a change is, whatever spaces and marks the export and the reader set."""
    return part, tuple(LETTERS_AND_DIGITS.findall(old)), tuple(LETTERS_AND_DIGITS.findall(new))


def _words_of(suggestion: Suggestion) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    return _change_words(suggestion.part, suggestion.old, suggestion.new)


def _same_change(one: Suggestion, other: Suggestion) -> bool:
    """Whether two suggestions are one change: same part, author and format, the same
    words taken out and put in, at (nearly) the same place."""
    return (
        one.author == other.author
        and one.format == other.format
        and abs(one.start - other.start) <= _NEAR
        and _words_of(one) == _words_of(other)
    )


def _not_made(differences: list[Untracked], suggestions: list[Suggestion]) -> list[Untracked]:
    """Return the differences without a tracked change that none of the suggestions makes."""
    made = {_words_of(suggestion) for suggestion in suggestions}
    return [d for d in differences if _change_words(d.where, d.old, d.new) not in made]


def import_changes(
    article: Article,
    path: str | Path,
    policy: str = "keep",
    data: bytes | None = None,
    *,
    untracked: bool = False,
    fallback_author: str = "",
) -> ChangeImport:
    """Read a returned DOCX's tracked changes into suggestions; keep, accept or reject them.

    ``policy`` is "keep" (the default: open suggestions), "accept" or "reject" (the
    changes of this DOCX only). ``data`` is the file's bytes when already read. The file's
    edits made without Track Changes are offered as suggestions (``offered``), by who last
    saved it (its core properties), else by ``fallback_author``, else "Reviewer"; with
    ``untracked`` they are added (``take_untracked``).
    """
    from editor.files import read_regular
    from editor.importing.draft import MAX_DRAFT_BYTES
    from editor.text import suggestions as operations

    name = Path(path).name
    if data is None:
        from editor.files import FileReadError

        try:
            data = read_regular(path, MAX_DRAFT_BYTES)
        except FileReadError as failure:
            raise DraftError(path, failure.message) from None
    author, date = last_saved(data)
    by = (author or fallback_author or "Reviewer", date or now_iso())
    read = read_changes(article, data, name, by)
    result = ChangeImport(source=name, not_placed=read.not_placed)
    # The article's own suggestions the reviewer accepted in the file (Accept All): not
    # differences made without Track Changes, nor new suggestions (a trial's came back as
    # three edits made with tracking off).
    accepted = {_change_words(d.where, d.old, d.new) for d in read.untracked}
    result.accepted_in_file = [s for s in article.suggestions if _words_of(s) in accepted]
    result.untracked = _not_made(read.untracked, result.accepted_in_file)
    shown = {_words_of(s) for s in result.accepted_in_file}
    result.offered = [s for s in read.from_untracked if _words_of(s) not in shown]
    attach_changes(article, read.suggestions, result)
    if untracked:
        take_untracked(article, result)
    if policy == "accept":
        _accept(article, result)
    elif policy == "reject":
        result.rejected = operations.reject_all(article, chosen=result.added).done
    result.conflicts = [
        pair
        for pair in operations.conflicts(article)
        if any(item in result.added for item in pair)
    ]
    return result


def take_untracked(article: Article, result: ChangeImport) -> None:
    """Add the suggestions a returned file's edits made without Track Changes offer
    (``result.offered``); the differences none of them makes stay listed."""
    before = len(result.added)
    attach_changes(article, result.offered, result)
    result.from_untracked = result.added[before:]
    result.untracked = _not_made(result.untracked, result.from_untracked)
    result.offered = []


def _accept(article: Article, result: ChangeImport) -> None:
    """Accept this DOCX's suggestions; those in conflict with any other stay open."""
    from editor.text import suggestions as operations

    # The reviewer's changes: those tracked in the file, and those accepted there.
    outcome = operations.accept_all(article, chosen=[*result.added, *result.accepted_in_file])
    result.accepted, result.left_open = outcome.done, outcome.left


@dataclass
class ReviewImport:
    """What reading a returned DOCX did: its comments and its tracked changes."""

    comments: Any  # docx_comments.CommentImport
    changes: ChangeImport


def import_review(
    article: Article,
    path: str | Path,
    policy: str = "keep",
    *,
    untracked: bool = False,
    fallback_author: str = "",
) -> ReviewImport:
    """Read a returned DOCX's comments (as comments) and tracked changes (as suggestions);
    with ``untracked`` its edits made without Track Changes too (see import_changes)."""
    from editor.files import FileReadError, read_regular
    from editor.importing.docx_comments import import_comments
    from editor.importing.draft import MAX_DRAFT_BYTES

    try:
        data = read_regular(path, MAX_DRAFT_BYTES)
    except FileReadError as failure:
        raise DraftError(path, failure.message) from None
    # One read of the file for both: the comments and the changes are of the same bytes.
    comments = import_comments(article, path, data)
    changes = import_changes(
        article, path, policy, data, untracked=untracked, fallback_author=fallback_author
    )
    return ReviewImport(comments, changes)
