"""Tracked changes between two states of an article, as one document tree for the DOCX writer.

Both states are rendered to document trees (nothing is parsed twice); each part's blocks are
aligned by their text, and the spans of two paired paragraphs are compared word by word
(text and emphasis): what changed becomes ``Insertion``/``Deletion``/``FormatChange``
spans, a paragraph added or removed ends in a ``ParagraphMark``, a whole table, code block
or rule is wrapped in a ``ChangedBlock``, a section dropped is a ``DeletedSection``. Open
suggestions are a second layer of the same compare, from the current text to the text with
every suggestion accepted, each change by its suggestion's author. Only the DOCX writer
is given such a tree; the normal export never builds one.
"""

from __future__ import annotations

import copy
from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple, TypeVar

from editor.model.article import Status
from editor.model.parts import BYLINE, HEADLINE, OPENING, STANDFIRST, section_part
from editor.render.build import build_document
from editor.render.errors import RenderError
from editor.render.tree import (
    BlockQuote,
    ChangedBlock,
    Code,
    DeletedSection,
    Deletion,
    Document,
    Emphasis,
    FootnoteRef,
    FormatChange,
    Image,
    Inline,
    InlineBlock,
    InlineQuote,
    Insertion,
    Isolate,
    LineBreak,
    Link,
    List,
    ListItem,
    MissingQuote,
    Paragraph,
    ParagraphMark,
    SectionBlock,
    Strike,
    Strong,
    Text,
    plain_text,
)
from editor.text.compare import DELETE, EQUAL, diff_sequences, tokens

if TYPE_CHECKING:
    from editor.model import Article, Revision, Suggestion
    from editor.render.styles import HouseStyle
    from editor.render.tree import Block

B = TypeVar("B", bound=InlineBlock)
APPROVED = "approved"
FIRST = "first"
_APPROVED_NOTE = "Status: Approved"
# How far ahead a removed paragraph looks for the added one it became, and how alike the
# two must be (shared words over all words) to be compared word by word.
_PAIR_WINDOW = 8
_PAIR_LIKENESS = 0.4


class NoRevisionError(RenderError):
    """The revision a tracked-changes export starts from is not in the article."""


class Mark(NamedTuple):
    """One tracked change: inserted or deleted, by whom, when, and whether a suggestion's."""

    inserted: bool
    author: str
    date: str
    suggested: bool = False


class Who(NamedTuple):
    """The author, date and kind of the changes of one stretch (a hunk)."""

    author: str
    date: str
    suggested: bool = False


# Who made the changes of a stretch, given its deleted and its inserted text.
Attribution = Callable[[str, str], Who]


# --- which revision ----------------------------------------------------------------------


def base_revision(article: Article, since: int | str) -> Revision:
    """Return the revision a changes export starts from: a number, "approved" or "first".

    "approved" is the last revision taken when the status moved to Approved, else the first
    revision. NoRevisionError names what is missing.
    """
    revisions = [item for item in article.revisions if item.snapshot is not None]
    if isinstance(since, str) and since.strip().casefold() == FIRST:
        if not revisions:
            raise NoRevisionError("the article has no revisions to show changes since")
        return min(revisions, key=lambda item: item.number)
    if isinstance(since, str) and since.strip().casefold() == APPROVED:
        if not revisions:
            raise NoRevisionError("the article has no revisions to show changes since")
        # Taken by the move to Approved: its note says so, and it bears the move's time.
        moves = {
            change.at for change in article.status_history if change.status == Status.APPROVED
        }
        approved = [
            item
            for item in revisions
            if item.note.startswith(_APPROVED_NOTE) or (item.created and item.created in moves)
        ]
        chosen = approved or sorted(revisions, key=lambda item: item.number)[:1]
        return max(chosen, key=lambda item: item.number)
    try:
        number = int(since)
    except ValueError:
        raise NoRevisionError(f"no revision {since!r}: give a number or 'approved'") from None
    for item in revisions:
        if item.number == number:
            return item
    raise NoRevisionError(f"no revision {number} (the article has {len(revisions)})")


def revision_author(article: Article, older: Revision) -> Who:
    """Return who made the current state: the newest later revision's author, else the byline."""
    later = [item for item in article.revisions if item.number > older.number]
    if later:
        newest = max(later, key=lambda item: item.number)
        return Who(newest.author or article.byline.author, newest.created)
    return Who(article.byline.author, article.meta.modified or article.meta.created)


# --- the tracked document ----------------------------------------------------------------


def tracked_document(
    article: Article,
    style: HouseStyle,
    since: int | str | None = None,
    current: Document | None = None,
    suggestions: bool = True,
) -> Document:
    """Return the article's tree with tracked changes: since a revision, and its suggestions.

    ``current``: the article's own tree, when built already. Accepting every change gives
    the text with every open suggestion applied; rejecting every one the revision's text
    (or, with no revision asked, the current text).
    """
    document = current if current is not None else build_document(article, style)
    result = document
    if since is not None:
        older = base_revision(article, since)
        assert older.snapshot is not None
        snapshot = copy.copy(older.snapshot)
        snapshot.assets = article.assets  # a snapshot keeps no images; the article's show
        before = build_document(snapshot, style)
        who = revision_author(article, older)
        result = layer(before, document, lambda _part: lambda _old, _new: who)
    if suggestions and article.suggestions:
        from editor.text.suggestions import accept_all

        # Accepted on a copy of the text and review; revisions and images are not needed.
        accepted = copy.copy(article)
        accepted.revisions, accepted.assets = [], {}
        accepted = copy.deepcopy(accepted)
        accepted.assets = article.assets
        outcome = accept_all(accepted)
        if outcome.done:
            suggested = build_document(accepted, style)
            result = layer(result, suggested, _by_suggestion(outcome.done))
    if result is document:
        return document
    # What was the current article's stays so: its record, comments and the images shown.
    images = {image.name: image for image in (*result.images, *document.images)}
    return result.replace(
        source=document.source,
        comments=document.comments,
        cleanings=document.cleanings,
        missing_quotations=document.missing_quotations,
        images=tuple(images.values()),
    )


def _by_suggestion(done: list[Suggestion]) -> Callable[[str], Attribution]:
    """Return, per part, who made each stretch of the suggestions' layer.

    The stretches of a part come in reading order, as its suggestions do: each is the
    next suggestion's, or a later one whose words it shows.
    """
    by_part: dict[str, list[Suggestion]] = {}
    for item in sorted(done, key=lambda item: (item.part, item.start, item.end)):
        by_part.setdefault(item.part, []).append(item)
    fallback = done[0]

    def for_part(part: str) -> Attribution:
        queue = list(by_part.get(part, ()))
        others = [item for key, items in by_part.items() if key != part for item in items]

        def who(old: str, new: str) -> Who:
            chosen = None
            for index, item in enumerate(queue[:4]):
                if _shows(item, old, new):
                    chosen = queue.pop(index)
                    break
            if chosen is None and queue:
                chosen = queue.pop(0) if len(queue) > 1 else queue[0]
            if chosen is None:
                # A quotation's words are changed where the sections show them.
                chosen = next((item for item in others if _shows(item, old, new)), fallback)
            return Who(chosen.author, chosen.created, True)

        return who

    return for_part


def _shows(suggestion: Suggestion, old: str, new: str) -> bool:
    old, new = old.strip(), new.strip()
    if not old and not new:
        return bool(suggestion.format)
    return (not old or old in suggestion.old) and (not new or new in suggestion.new)


def layer(base: Document, target: Document, attribution: Callable[[str], Attribution]) -> Document:
    """Return ``base`` with the changes that make its current text ``target``'s, tracked.

    ``base`` may hold tracked changes already (the revision diff under the suggestions);
    its current text is what its deletions leave. ``attribution(part)`` says who made each
    stretch of changes in a part.
    """
    opening = _header(base.opening, target.opening, attribution(OPENING))
    title = _header(base.title, target.title, attribution(HEADLINE))
    assert title is not None
    standfirst = _header(base.standfirst, target.standfirst, attribution(STANDFIRST))
    sections: list[SectionBlock] = []
    targets = list(target.sections)
    index = 0
    for section in base.sections:
        if type(section) is DeletedSection:
            sections.append(section)
            continue
        part = section_part(index)
        if index < len(targets):
            sections.append(_section(section, targets[index], attribution(part)))
        else:
            who = attribution(part)("", "")
            sections.append(_deleted_section(section, _mark(who, inserted=False)))
        index += 1
    for extra in targets[index:]:
        who = attribution(section_part(index))("", "")
        mark = _mark(who, inserted=True)
        sections.append(
            extra.replace(
                label=_marked(extra.label, mark) if extra.label is not None else None,
                blocks=tuple(
                    block for inner in extra.blocks for block in _mark_block(inner, mark)
                ),
            )
        )
        index += 1
    credit = _header(base.credit, target.credit, attribution(BYLINE))
    return target.replace(
        opening=opening,
        title=title,
        standfirst=standfirst,
        sections=tuple(sections),
        credit=credit,
    )


def _mark(who: Who, inserted: bool) -> Mark:
    return Mark(inserted, who.author, who.date, who.suggested)


def _header(base: B | None, target: B | None, who: Attribution) -> B | None:
    """One header part (opening, headline, standfirst, credit): compared, or all changed."""
    if base is not None and not _current(base):
        return base  # removed by the layer below: nothing left to compare
    if base is None and target is None:
        return None
    if base is None:
        assert target is not None
        return _marked(target, _mark(who("", plain_text(target.children)), inserted=True))
    if target is None:
        return _marked(base, _mark(who(plain_text(base.children), ""), inserted=False))
    if base == target:
        return base
    return _compare_inline(base, target, who)


def _section(base: SectionBlock, target: SectionBlock, who: Attribution) -> SectionBlock:
    label = _header(base.label, target.label, who)
    blocks = _compare_blocks(base.blocks, target.blocks, who)
    return target.replace(label=label, blocks=blocks)


def _deleted_section(section: SectionBlock, mark: Mark) -> DeletedSection:
    return DeletedSection(
        kind=section.kind,
        label=_marked(section.label, mark) if section.label is not None else None,
        blocks=tuple(block for inner in section.blocks for block in _mark_block(inner, mark)),
        language=section.language,
        direction=section.direction,
        notes=(),
    )


# --- blocks ------------------------------------------------------------------------------


def _current(block: Block | InlineBlock) -> bool:
    """Whether a block is still in the current text (no tracked change removed it)."""
    if isinstance(block, InlineBlock):
        return not any(
            type(span) is ParagraphMark and not span.inserted for span in block.children[-2:]
        )
    if type(block) is ChangedBlock:
        return block.inserted and _current(block.block)
    if type(block) is BlockQuote:
        return any(_current(inner) for inner in block.blocks)
    if type(block) is List:
        return any(_current(inner) for item in block.items for inner in item.blocks)
    return True


def _key(block: Block) -> object:
    """What a block is compared by: itself, or its current text when it holds changes."""
    if isinstance(block, InlineBlock) and _has_changes(block.children):
        atoms, _marks = _atomize(block.children)
        signature = tuple((atom.key, atom.format) for atom in atoms if not atom.deleted)
        return (type(block).__name__, getattr(block, "level", 0), signature)
    return block


def _has_changes(spans: tuple[Inline, ...]) -> bool:
    for span in spans:
        kind = type(span)
        if kind in (Insertion, Deletion, FormatChange, ParagraphMark):
            return True
        children = getattr(span, "children", None)
        if children and _has_changes(children):
            return True
    return False


def _compare_blocks(
    base: tuple[Block, ...], target: tuple[Block, ...], who: Attribution
) -> tuple[Block, ...]:
    """Return base's blocks changed into target's: paragraphs paired, then word by word."""
    present = [index for index, block in enumerate(base) if _current(block)]
    steps = diff_sequences([_key(base[index]) for index in present], [_key(b) for b in target])
    out: list[Block] = []
    done = 0  # base blocks written
    taken = 0  # current base blocks consumed
    at = 0  # target blocks consumed

    def until(position: int) -> None:
        nonlocal done
        out.extend(base[done:position])
        done = max(done, position)

    step = 0
    while step < len(steps):
        operation, count = steps[step]
        if operation == EQUAL:
            last = present[taken + count - 1]
            until(last + 1)
            taken += count
            at += count
            step += 1
            continue
        removed: list[Block] = []
        added: list[Block] = []
        while step < len(steps) and steps[step][0] != EQUAL:
            operation, count = steps[step]
            if operation == DELETE:
                for index in present[taken : taken + count]:
                    until(index)
                    removed.append(base[index])
                    done = index + 1
                taken += count
            else:
                added.extend(target[at : at + count])
                at += count
            step += 1
        for old, new in _pair(removed, added):
            if old is not None and new is not None:
                out.extend(_compare_block(old, new, who))
            elif old is not None:
                mark = _mark(who(_text_of(old), ""), inserted=False)
                out.extend(_mark_block(old, mark))
            elif new is not None:
                mark = _mark(who("", _text_of(new)), inserted=True)
                out.extend(_mark_block(new, mark))
    until(len(base))
    return tuple(out)


def _text_of(block: Block) -> str:
    if isinstance(block, InlineBlock):
        return plain_text(block.children)
    return ""


def _pair(removed: list[Block], added: list[Block]) -> list[tuple[Block | None, Block | None]]:
    """Pair each removed block with the added one it most likely became, in order."""
    out: list[tuple[Block | None, Block | None]] = []
    at = 0
    words: dict[int, Counter[str]] = {}
    for old in removed:
        best: tuple[int, float] | None = None
        for index in range(at, min(len(added), at + _PAIR_WINDOW)):
            likeness = _likeness(old, added[index], words)
            if likeness >= _PAIR_LIKENESS and (best is None or likeness > best[1]):
                best = (index, likeness)
        if best is None:
            out.append((old, None))
            continue
        out.extend((None, new) for new in added[at : best[0]])
        out.append((old, added[best[0]]))
        at = best[0] + 1
    out.extend((None, new) for new in added[at:])
    return out


def _likeness(old: Block, new: Block, cache: dict[int, Counter[str]]) -> float:
    if type(old) is not type(new):
        return 0.0
    if type(old) is BlockQuote:
        return 1.0 if old.quotation_id == new.quotation_id else 0.0  # type: ignore[union-attr]
    if type(old) is List:
        return 1.0 if old.ordered == new.ordered else 0.0  # type: ignore[union-attr]
    if not isinstance(old, InlineBlock) or not isinstance(new, InlineBlock):
        return 0.0
    if getattr(old, "level", 0) != getattr(new, "level", 0):
        return 0.0
    counts = []
    for block in (old, new):
        found = cache.get(id(block))
        if found is None:
            found = cache[id(block)] = Counter(
                word for word in tokens(plain_text(block.children)) if not word.isspace()
            )
        counts.append(found)
    total = sum(counts[0].values()) + sum(counts[1].values())
    if not total:
        return 1.0
    return 2 * sum((counts[0] & counts[1]).values()) / total


def _compare_block(old: Block, new: Block, who: Attribution) -> tuple[Block, ...]:
    if isinstance(old, InlineBlock) and isinstance(new, InlineBlock):
        return (_compare_inline(old, new, who),)
    if type(old) is BlockQuote and type(new) is BlockQuote:
        attribution = _header(old.attribution, new.attribution, who)
        blocks = _compare_blocks(old.blocks, new.blocks, who)
        return (new.replace(blocks=blocks, attribution=attribution),)
    if type(old) is List and type(new) is List:
        return (new.replace(items=_compare_items(old.items, new.items, who)),)
    removed = _mark_block(old, _mark(who("", ""), inserted=False))
    return (*removed, *_mark_block(new, _mark(who("", ""), inserted=True)))


def _compare_items(
    base: tuple[ListItem, ...], target: tuple[ListItem, ...], who: Attribution
) -> tuple[ListItem, ...]:
    """Return a list's items changed into target's: items aligned as paragraphs are."""

    def first(item: ListItem) -> Block:
        return item.blocks[0] if item.blocks else Paragraph((), item.language, item.direction)

    present = [index for index, item in enumerate(base) if any(map(_current, item.blocks))]
    keys = [tuple(_key(block) for block in base[index].blocks) for index in present]
    steps = diff_sequences(keys, [tuple(_key(block) for block in item.blocks) for item in target])
    out: list[ListItem] = []
    done = taken = at = 0
    for operation, count in [*steps, (EQUAL, 0)]:
        if operation == EQUAL:
            if count:
                last = present[taken + count - 1]
                out.extend(base[done : last + 1])
                done = last + 1
            taken += count
            at += count
            continue
        if operation == DELETE:
            for index in present[taken : taken + count]:
                out.extend(base[done:index])
                item = base[index]
                mark = _mark(who(_text_of(first(item)), ""), inserted=False)
                blocks = tuple(b for inner in item.blocks for b in _mark_block(inner, mark))
                out.append(item.replace(blocks=blocks))
                done = index + 1
            taken += count
        else:
            for item in target[at : at + count]:
                # An added item right after a removed one is most likely its new wording.
                previous = out[-1] if out else None
                old = base[done - 1] if done else None
                if (
                    previous is not None
                    and old is not None
                    and previous.blocks
                    and not _current(previous.blocks[-1])
                    and _likeness(first(old), first(item), {}) >= _PAIR_LIKENESS
                ):
                    out[-1] = old.replace(blocks=_compare_blocks(old.blocks, item.blocks, who))
                    continue
                mark = _mark(who("", _text_of(first(item))), inserted=True)
                blocks = tuple(b for inner in item.blocks for b in _mark_block(inner, mark))
                out.append(item.replace(blocks=blocks))
            at += count
    out.extend(base[done:])
    return tuple(out)


def _mark_block(block: Block, mark: Mark) -> tuple[Block, ...]:
    """Return a whole block as inserted or deleted (what a layer below removed stays so)."""
    if isinstance(block, InlineBlock):
        return (_marked(block, mark),)
    if type(block) is BlockQuote:
        inner = tuple(b for child in block.blocks for b in _mark_block(child, mark))
        attribution = block.attribution
        if attribution is not None:
            attribution = _marked(attribution, mark)
        return (block.replace(blocks=inner, attribution=attribution),)
    if type(block) is List:
        items = tuple(
            ListItem(
                tuple(b for child in item.blocks for b in _mark_block(child, mark)),
                item.language,
                item.direction,
            )
            for item in block.items
        )
        return (block.replace(items=items),)
    if not _current(block):
        return (block,)
    return (ChangedBlock(block, mark.inserted, mark.author, mark.date, mark.suggested),)


def _marked(block: B, mark: Mark) -> B:
    """Return an inline block whose text and paragraph mark are all inserted or deleted."""
    if not _current(block):
        return block
    atoms, marks = _atomize(block.children)
    for atom in atoms:
        if not atom.deleted:
            atom.marks = (*atom.marks, mark)
    if not mark.inserted:
        # A note's number stays with the newer text's notes, which are not compared.
        atoms = [atom for atom in atoms if not isinstance(atom.leaf, FootnoteRef)]
    end = ParagraphMark(mark.inserted, mark.author, mark.date, mark.suggested)
    return block.replace(children=(*_rebuild(atoms), *marks, end))


# --- spans, word by word -----------------------------------------------------------------


class _Atom:
    """One word, space, mark or whole span (a quotation, an image) of a paragraph."""

    __slots__ = ("before", "format", "key", "leaf", "marks", "text", "wrappers")

    def __init__(
        self,
        text: str,
        leaf: Inline | None,
        wrappers: tuple[tuple[str, str], ...],
        marks: tuple[Mark, ...],
        before: tuple[tuple[str, ...], str, str, bool] | None,
    ) -> None:
        self.text = text
        self.leaf = leaf  # a span kept whole; None for a word of text
        self.wrappers = wrappers  # outermost first: ("strong", ""), ("link", href)…
        self.marks = marks  # tracked changes around it, outermost first
        # (marks it had, author, date, a suggestion's) when its emphasis changed.
        self.before = before
        links = "".join(value for kind, value in wrappers if kind in ("link", "isolate"))
        self.key = text if leaf is None else f"\0{leaf!r}"
        if links:
            self.key = f"{self.key}\1{links}"
        self.format = tuple(sorted(kind for kind, _value in wrappers if kind in _EMPHASIS))

    @property
    def deleted(self) -> bool:
        """Whether a tracked change below took it out of the current text."""
        return any(not mark.inserted for mark in self.marks)


_EMPHASIS = {"strong", "emphasis", "strike"}
_WRAPPERS: dict[type, str] = {Strong: "strong", Emphasis: "emphasis", Strike: "strike"}


def _atomize(spans: tuple[Inline, ...]) -> tuple[list[_Atom], tuple[ParagraphMark, ...]]:
    """Return the atoms of a paragraph's spans, and its paragraph marks (if changed)."""
    atoms: list[_Atom] = []
    ends: list[ParagraphMark] = []
    # Spans nest only as deep as the parser allows (it flattens deeper ones).
    for span in spans:
        _atomize_span(span, (), (), None, atoms, ends)
    return atoms, tuple(ends)


def _atomize_span(
    span: Inline,
    wrappers: tuple[tuple[str, str], ...],
    marks: tuple[Mark, ...],
    before: object,
    atoms: list[_Atom],
    ends: list[ParagraphMark],
) -> None:
    kind = type(span)
    was = before if isinstance(before, tuple) else None
    if kind is Text:
        for token in tokens(span.text):  # type: ignore[union-attr]
            atoms.append(_Atom(token, None, wrappers, marks, was))
    elif kind is Isolate:
        inner = (*wrappers, ("isolate", span.direction))  # type: ignore[union-attr]
        for token in tokens(span.text):  # type: ignore[union-attr]
            atoms.append(_Atom(token, None, inner, marks, was))
    elif kind in _WRAPPERS:
        inner = (*wrappers, (_WRAPPERS[kind], ""))
        for child in span.children:  # type: ignore[union-attr]
            _atomize_span(child, inner, marks, before, atoms, ends)
    elif kind is Link:
        inner = (*wrappers, ("link", span.href))  # type: ignore[union-attr]
        for child in span.children:  # type: ignore[union-attr]
            _atomize_span(child, inner, marks, before, atoms, ends)
    elif kind is Insertion or kind is Deletion:
        mark = Mark(kind is Insertion, span.author, span.date, span.suggested)  # type: ignore[union-attr]
        for child in span.children:  # type: ignore[union-attr]
            _atomize_span(child, wrappers, (*marks, mark), before, atoms, ends)
    elif kind is FormatChange:
        had = (span.before, span.author, span.date, span.suggested)  # type: ignore[union-attr]
        for child in span.children:  # type: ignore[union-attr]
            _atomize_span(child, wrappers, marks, had, atoms, ends)
    elif kind is ParagraphMark:
        ends.append(span)  # type: ignore[arg-type]
    elif kind in (Code, LineBreak, InlineQuote, MissingQuote, Image, FootnoteRef):
        atoms.append(_Atom("", span, wrappers, marks, was))


def _compare_inline(base: B, target: B, who: Attribution) -> B:
    """Return base's paragraph with the word-level changes that make it target's."""
    atoms, ends = _atomize(base.children)
    wanted, _ends = _atomize(target.children)
    merged = _merge(atoms, wanted, who)
    return target.replace(children=(*_rebuild(merged), *ends))


def _merge(atoms: list[_Atom], wanted: list[_Atom], who: Attribution) -> list[_Atom]:
    """Return the atoms of base with target's changes tracked (insertions after deletions)."""
    present = [index for index, atom in enumerate(atoms) if not atom.deleted]
    steps = diff_sequences([atoms[index].key for index in present], [atom.key for atom in wanted])
    out: list[_Atom] = []
    done = taken = at = 0

    def until(position: int) -> None:
        nonlocal done
        out.extend(atoms[done:position])
        done = max(done, position)

    step = 0
    while step < len(steps):
        operation, count = steps[step]
        if operation == EQUAL:
            stretch: Who | None = None  # who changed the emphasis of the words here
            for offset in range(count):
                index = present[taken + offset]
                until(index)
                old, new = atoms[index], wanted[at + offset]
                done = index + 1
                if old.format == new.format:
                    out.append(old)
                    stretch = None
                    continue
                if stretch is None:
                    stretch = who("", "")
                new.marks = old.marks
                new.before = old.before or (
                    old.format,
                    stretch.author,
                    stretch.date,
                    stretch.suggested,
                )
                out.append(new)
            taken += count
            at += count
            step += 1
            continue
        removed: list[int] = []
        added: list[_Atom] = []
        while step < len(steps) and steps[step][0] != EQUAL:
            operation, count = steps[step]
            if operation == DELETE:
                removed.extend(present[taken : taken + count])
                taken += count
            else:
                added.extend(wanted[at : at + count])
                at += count
            step += 1
        old_text = "".join(atoms[index].text for index in removed)
        stretch_who = who(old_text, "".join(atom.text for atom in added))
        deleted = _mark(stretch_who, inserted=False)
        inserted = _mark(stretch_who, inserted=True)
        for index in removed:
            until(index)
            atom = atoms[index]
            done = index + 1
            if isinstance(atom.leaf, FootnoteRef):
                continue  # its number is the older text's; the notes written are the newer's
            atom.marks = (*atom.marks, deleted)
            out.append(atom)
        for atom in added:
            atom.marks = (inserted,)
            out.append(atom)
    until(len(atoms))
    return out


def _rebuild(atoms: list[_Atom]) -> tuple[Inline, ...]:
    """Return the spans of atoms: alike neighbours joined, changes innermost."""
    spans: list[Inline] = []
    index = 0
    while index < len(atoms):
        first = atoms[index]
        end = index + 1
        if first.leaf is None:
            while (
                end < len(atoms)
                and atoms[end].leaf is None
                and atoms[end].wrappers == first.wrappers
                and atoms[end].marks == first.marks
                and atoms[end].before == first.before
            ):
                end += 1
        spans.append(_span(atoms[index:end]))
        index = end
    return tuple(spans)


def _span(group: list[_Atom]) -> Inline:
    first = group[0]
    wrappers = first.wrappers
    node: Inline
    if first.leaf is not None:
        node = first.leaf
    else:
        text = "".join(atom.text for atom in group)
        isolate = wrappers[-1][1] if wrappers and wrappers[-1][0] == "isolate" else ""
        node = Isolate(text, isolate) if isolate else Text(text)
    if first.before is not None:
        had, author, date, suggested = first.before
        node = FormatChange((node,), had, author, date, suggested)
    for mark in reversed(first.marks):
        kind = Insertion if mark.inserted else Deletion
        node = kind((node,), mark.author, mark.date, mark.suggested)
    for kind_name, value in reversed(wrappers):
        if kind_name == "isolate":
            continue
        if kind_name == "link":
            node = Link(value, (node,))
        elif kind_name == "strong":
            node = Strong((node,))
        elif kind_name == "emphasis":
            node = Emphasis((node,))
        elif kind_name == "strike":
            node = Strike((node,))
    return node
