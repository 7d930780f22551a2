"""Suggestions: proposed changes to a part, made, kept on their text, accepted and rejected.

Plain Python on the model, shared by the editor, the command line and the DOCX review
import. A suggestion replaces characters ``start..end`` of its part (``old``) by ``new``;
accepting it makes that edit and moves every other anchor of the part (comments and
suggestions) as a typed edit would; rejecting it drops it. Two suggestions by different
authors that touch the same words are a *conflict*: accepting all leaves the later one
open rather than apply it over the first one's result.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from editor.model import Article, Suggestion, SuggestionKind, new_id, now_iso
from editor.model.article import NEWSDESK_SOURCE
from editor.model.parts import PartError, part_text, part_texts, reading_order, set_part_text
from editor.model.review import ReviewError, initials_of
from editor.text import anchors
from editor.text.punctuation import CLOSING


class SuggestionError(ReviewError):
    """A suggestion that cannot be made or accepted; ``str()`` says why in a user's words."""


@dataclass
class Outcome:
    """What accepting or rejecting several suggestions did: done, and left open with why."""

    done: list[Suggestion] = field(default_factory=list)
    left: list[tuple[Suggestion, str]] = field(default_factory=list)


def kind_of(old: str, new: str) -> SuggestionKind:
    """Return the kind a change from ``old`` to ``new`` is (insert, delete or replace)."""
    if not old:
        return SuggestionKind.INSERT
    if not new:
        return SuggestionKind.DELETE
    return SuggestionKind.REPLACE


def suggest(
    article: Article,
    part: str,
    start: int,
    end: int,
    new: str,
    author: str,
    *,
    kind: SuggestionKind | None = None,
    format: str = "",
    initials: str | None = None,
    source: str = NEWSDESK_SOURCE,
    at: str | None = None,
) -> Suggestion:
    """Propose replacing characters start..end of a part by ``new``; return the suggestion."""
    try:
        content = part_text(article, part)
    except PartError as failure:
        raise SuggestionError(str(failure)) from None
    if not 0 <= start <= end <= len(content):
        raise SuggestionError(
            f"a suggestion needs a place in {part} (characters {start}–{end} of {len(content)})"
        )
    old = content[start:end]
    if old == new:
        raise SuggestionError("a suggestion needs a change")
    suggestion = Suggestion(
        id=new_id(),
        part=part,
        start=start,
        end=end,
        old=old,
        new=new,
        kind=kind or kind_of(old, new),
        format=format,
        author=author,
        initials=initials if initials is not None else initials_of(author),
        created=at or now_iso(),
        source=source,
    )
    article.suggestions.append(suggestion)
    return suggestion


def is_current(article: Article, suggestion: Suggestion) -> bool:
    """Whether the suggestion's part still holds its ``old`` words at its range."""
    try:
        content = part_text(article, suggestion.part)
    except PartError:
        return False
    return (
        0 <= suggestion.start <= suggestion.end <= len(content)
        and content[suggestion.start : suggestion.end] == suggestion.old
    )


def accept(article: Article, suggestion: Suggestion) -> None:
    """Make the suggested change, move the part's other anchors, and drop the suggestion."""
    if not is_current(article, suggestion):
        raise SuggestionError(
            f"the words this suggestion changes in {suggestion.part} are no longer there"
        )
    content = part_text(article, suggestion.part)
    start, end = suggestion.start, suggestion.end
    if suggestion.kind is SuggestionKind.DELETE:
        # Words struck whole leave one space between their neighbours, not two.
        side = spare_space(content[start - 1 : start], content[end : end + 1])
        if side > 0:
            end += 1
        elif side < 0:
            start -= 1
    changed = content[:start] + suggestion.new + content[end:]
    set_part_text(article, suggestion.part, changed)
    _drop(article, suggestion)
    removed, added = end - start, len(suggestion.new)
    anchors.apply_edit(article.comments, suggestion.part, start, removed, added, changed)
    apply_edit(article.suggestions, suggestion.part, start, removed, added, changed)


def spare_space(before: str, after: str) -> int:
    """Return which space a deletion's gap has too many: 1 the one after it, -1 the one
    before it, 0 none. ``before`` and ``after`` are the characters beside the gap ("" or a
    line break at a paragraph's edge).

    A word struck whole and accepted left two spaces ("تعويض  500", seen on Xvfb); a word
    processor takes one with it, or the one before it when punctuation or the paragraph's
    end follows.
    """
    edge = ("", "\n")
    if after == " " and (before == " " or before in edge):
        return 1
    if before == " " and (after in edge or after in CLOSING):
        return -1
    return 0


def reject(article: Article, suggestion: Suggestion) -> None:
    """Drop a suggestion; the text stays as it is."""
    _drop(article, suggestion)


def _drop(article: Article, suggestion: Suggestion) -> None:
    article.suggestions[:] = [item for item in article.suggestions if item is not suggestion]


def in_order(
    article: Article, suggestions: Iterable[Suggestion] | None = None
) -> list[Suggestion]:
    """Return suggestions (default: the article's) in reading order: part, then place."""
    order = reading_order(article)
    last = len(order)
    chosen = article.suggestions if suggestions is None else suggestions
    return sorted(chosen, key=lambda item: (order.get(item.part, last), item.start, item.end))


def accept_all(
    article: Article,
    author: str | None = None,
    *,
    chosen: Iterable[Suggestion] | None = None,
) -> Outcome:
    """Accept every open suggestion (or every one by ``author``, or those ``chosen``).

    Each part's suggestions are applied from its end back, so an accepted change never
    moves the ones still to come. A suggestion that touches the same words as another
    open one (one accepted before it, or one not asked for: another reviewer's), or whose
    words were edited, is left open with the reason.
    """
    outcome = Outcome()
    if chosen is None:
        picked = [item for item in article.suggestions if author is None or item.author == author]
    else:
        picked = list(chosen)
    asked = {id(item) for item in picked}
    # Conflicts are judged on the places as they were before any change was applied.
    taken: dict[str, list[tuple[int, int]]] = {}
    for other in article.suggestions:
        if id(other) not in asked:
            taken.setdefault(other.part, []).append((other.start, other.end))
    ordered = in_order(article, picked)
    places = [(item.start, item.end) for item in ordered]
    for suggestion, place in zip(reversed(ordered), reversed(places), strict=True):
        rivals = taken.setdefault(suggestion.part, [])
        if any(_overlap_places(place, other) for other in rivals):
            outcome.left.append((suggestion, "conflict"))
            continue
        if not is_current(article, suggestion):
            outcome.left.append((suggestion, "edited"))
            continue
        rivals.append(place)
        accept(article, suggestion)
        outcome.done.append(suggestion)
    outcome.done.reverse()
    outcome.left.reverse()
    return outcome


def reject_all(
    article: Article,
    author: str | None = None,
    *,
    chosen: Iterable[Suggestion] | None = None,
) -> Outcome:
    """Drop every open suggestion (or every one by ``author``, or those ``chosen``)."""
    outcome = Outcome()
    asked = None if chosen is None else {id(item) for item in chosen}
    for suggestion in in_order(article):
        if (asked is None or id(suggestion) in asked) and (
            author is None or suggestion.author == author
        ):
            outcome.done.append(suggestion)
    gone = {id(item) for item in outcome.done}
    article.suggestions[:] = [item for item in article.suggestions if id(item) not in gone]
    return outcome


def _overlap(first: Suggestion, second: Suggestion) -> bool:
    """Whether two suggestions of one part touch the same words (or insert at one place)."""
    if first.part != second.part:
        return False
    return _overlap_places((first.start, first.end), (second.start, second.end))


def _overlap_places(first: tuple[int, int], second: tuple[int, int]) -> bool:
    if first[0] == first[1] or second[0] == second[1]:
        # An insertion conflicts with an insertion at the same place or a change around it.
        if first[0] == first[1] and second[0] == second[1]:
            return first[0] == second[0]
        point, other = (first, second) if first[0] == first[1] else (second, first)
        return other[0] < point[0] < other[1]
    return first[0] < second[1] and second[0] < first[1]


def conflicts(article: Article) -> list[tuple[Suggestion, Suggestion]]:
    """Return the pairs of suggestions by different authors that touch the same words.

    One sweep per part in order of place: each suggestion is compared with the ones still
    open at its start, so the work grows with the suggestions and their overlaps.
    """
    pairs: list[tuple[Suggestion, Suggestion]] = []
    by_part: dict[str, list[Suggestion]] = {}
    for suggestion in in_order(article):
        by_part.setdefault(suggestion.part, []).append(suggestion)
    for items in by_part.values():
        active: list[Suggestion] = []
        for suggestion in items:
            active = [
                other
                for other in active
                if other.end > suggestion.start or (other.start == other.end == suggestion.start)
            ]
            for other in active:
                if other.author != suggestion.author and _overlap(other, suggestion):
                    pairs.append((other, suggestion))
            active.append(suggestion)
    return pairs


def apply_edit(
    suggestions: Iterable[Suggestion],
    part: str,
    position: int,
    removed: int,
    added: int,
    text: str,
) -> list[Suggestion]:
    """Move the anchors of a part's suggestions after one edit; return the ones that changed.

    ``text`` is the part's text after the edit. Edits before a suggestion move it, edits
    inside it change its ``old`` words; when every word it changes is deleted it keeps its
    place as an empty range (an insertion of ``new`` there, if it has one).
    """
    changed = []
    delta = added - removed
    for suggestion in suggestions:
        if suggestion.part != part:
            continue
        before = (suggestion.start, suggestion.end, suggestion.old)
        if suggestion.start == suggestion.end:
            point = suggestion.start
            if position + removed <= point and not (removed == 0 and position == point):
                point += delta
            elif position < point:
                point = position
            suggestion.start = suggestion.end = min(max(point, 0), len(text))
        else:
            moved = anchors.shift(suggestion.start, suggestion.end, position, removed, added)
            if moved is None:
                point = min(max(position, 0), len(text))
                suggestion.start = suggestion.end = point
                suggestion.old = ""
            else:
                suggestion.start, suggestion.end = moved
                suggestion.old = text[suggestion.start : suggestion.end]
        if (suggestion.start, suggestion.end, suggestion.old) != before:
            changed.append(suggestion)
    return changed


def reanchor_suggestions(
    suggestions: Iterable[Suggestion], old: Article, new: Article
) -> list[Suggestion]:
    """Re-anchor suggestions from the old article's text to the new one's; return the lost.

    A suggestion whose words are gone keeps its place as an empty range and empty ``old``.
    """
    lost = []
    new_texts, old_texts = part_texts(new), part_texts(old)
    for suggestion in suggestions:
        new_text = new_texts.get(suggestion.part)
        if new_text is None:
            suggestion.start = suggestion.end = 0
            suggestion.old = ""
            lost.append(suggestion)
            continue
        old_text = old_texts.get(suggestion.part, "")
        found: tuple[int, int] | None
        if suggestion.start == suggestion.end:
            point = anchors.map_point(old_text, new_text, suggestion.start)
            found = (point, point)
        else:
            found = anchors.reanchor(
                old_text, new_text, suggestion.start, suggestion.end, suggestion.old
            )
        if found is None:
            point = min(suggestion.start, len(new_text))
            suggestion.start = suggestion.end = point
            suggestion.old = ""
            lost.append(suggestion)
        else:
            suggestion.start, suggestion.end = found
            suggestion.old = new_text[found[0] : found[1]]
    return lost
