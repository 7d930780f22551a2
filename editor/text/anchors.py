"""Comment anchors that follow the text: after each edit, and after wholesale changes.

Two ways in. The editor knows every edit as (position, removed, added); ``shift`` and
``apply_edit`` move the ranges with plain arithmetic, fast enough for every keystroke.
When only the old and new texts are known (a revision restored, a file changed elsewhere),
``reanchor`` maps the range through a character diff and falls back to searching for the
quoted words. A comment whose text is gone keeps its words in ``quote`` and an empty
range where the text was (detached); it is never dropped.
"""

from __future__ import annotations

from collections.abc import Iterable

from diff_match_patch import diff_match_patch

from editor.model import Article, Comment
from editor.model.article import Revision
from editor.model.parts import part_texts
from editor.model.review import restore_revision as _restore

Range = tuple[int, int]
# A character diff of two 100,000-character texts finishes well inside this; past it the
# quote search still finds the words.
DIFF_TIMEOUT_S = 0.2


def shift(start: int, end: int, position: int, removed: int, added: int) -> Range | None:
    """Return the range after an edit at ``position``; None when every anchored character went.

    Typing at the range's start goes before it, typing at its end goes after it; typing
    inside extends it. An edit over a boundary keeps the characters that survive.
    """
    delta = added - removed
    edit_end = position + removed
    if position >= end:
        return start, end
    if edit_end <= start:
        return start + delta, end + delta
    if position >= start and edit_end <= end:
        new = (start, end + delta)
    else:
        new_start = start if start < position else position + added
        new_end = end + delta if end > edit_end else position
        new = (new_start, new_end)
    return new if new[0] < new[1] else None


def apply_edit(
    comments: Iterable[Comment], part: str, position: int, removed: int, added: int, text: str
) -> list[Comment]:
    """Move the anchors of a part's comments after one edit; return the comments that changed.

    ``text`` is the part's text after the edit. A comment whose anchored text is deleted
    becomes detached (empty range at the deletion); if the same words are put back at that
    place (undo), it is attached again.
    """
    changed = []
    for comment in comments:
        if comment.part != part:
            continue
        before = (comment.start, comment.end, comment.quote)
        if comment.start >= comment.end:
            _edit_detached(comment, position, removed, added, text)
        else:
            moved = shift(comment.start, comment.end, position, removed, added)
            if moved is None:
                point = min(max(position, 0), len(text))
                comment.start = comment.end = point
            else:
                comment.start, comment.end = moved
                comment.quote = text[comment.start : comment.end]
        if (comment.start, comment.end, comment.quote) != before:
            changed.append(comment)
    return changed


def _edit_detached(comment: Comment, position: int, removed: int, added: int, text: str) -> None:
    point = comment.start
    if added and position <= point <= position + removed and comment.quote:
        inserted = text[position : position + added]
        found = inserted.find(comment.quote)
        if found >= 0:
            comment.start = position + found
            comment.end = comment.start + len(comment.quote)
            return
    if position + removed <= point:
        point += added - removed
    elif position < point:
        point = position
    comment.start = comment.end = min(max(point, 0), len(text))


def find_quote(text: str, quote: str, near: int) -> Range | None:
    """Return the occurrence of the quoted words nearest to ``near``, or None."""
    if not quote:
        return None
    best: int | None = None
    index = text.find(quote)
    while index >= 0:
        if best is None or abs(index - near) < abs(best - near):
            best = index
        index = text.find(quote, index + 1)
    return None if best is None else (best, best + len(quote))


def map_point(old_text: str, new_text: str, point: int) -> int:
    """Return where a place in the old text is in the new one, through a character diff."""
    if old_text[:point] == new_text[:point]:
        return min(point, len(new_text))
    matcher = diff_match_patch()
    matcher.Diff_Timeout = DIFF_TIMEOUT_S
    diffs = matcher.diff_main(old_text, new_text, False)
    matcher.diff_cleanupSemantic(diffs)
    mapped: int = matcher.diff_xIndex(diffs, point)
    return min(mapped, len(new_text))


def reanchor(old_text: str, new_text: str, start: int, end: int, quote: str) -> Range | None:
    """Return a comment's range in ``new_text``, or None when its text is gone (detach).

    The range is mapped through a character diff; if the words there are the quote, done.
    Otherwise the quote nearest the mapped place wins; failing that, a range whose words
    were partly edited is kept as it maps.
    """
    # Cheap case first: nothing before the anchor changed, and the anchored words are there.
    if start < end and new_text[start:end] == quote and old_text[:start] == new_text[:start]:
        return start, end
    matcher = diff_match_patch()
    matcher.Diff_Timeout = DIFF_TIMEOUT_S
    diffs = matcher.diff_main(old_text, new_text, False)
    # Without this a rewritten word "survives" through a letter it shares with the new one.
    matcher.diff_cleanupSemantic(diffs)
    mapped_start = matcher.diff_xIndex(diffs, start)
    mapped_end = matcher.diff_xIndex(diffs, end) if end > start else mapped_start
    if mapped_start < mapped_end and new_text[mapped_start:mapped_end] == quote:
        return mapped_start, mapped_end
    found = find_quote(new_text, quote, mapped_start)
    if found is not None:
        return found
    if start < end and mapped_start < mapped_end and _survives(old_text, start, end, diffs):
        return mapped_start, mapped_end
    return None


def _survives(old_text: str, start: int, end: int, diffs: list[tuple[int, str]]) -> bool:
    # Some of the anchored characters are still there unchanged.
    offset = 0
    for operation, chunk in diffs:
        if operation == 1:
            continue
        chunk_end = offset + len(chunk)
        if operation == 0 and chunk_end > start and offset < end:
            return True
        offset = chunk_end
    return False


def reanchor_comments(comments: Iterable[Comment], old: Article, new: Article) -> list[Comment]:
    """Re-anchor every comment from the old article's text to the new one's; return detached."""
    detached = []
    # Every part's text looked up once: a part per comment would search the bank each time.
    new_texts, old_texts = part_texts(new), part_texts(old)
    for comment in comments:
        new_text = new_texts.get(comment.part)
        if new_text is None:
            comment.start = comment.end = 0
            detached.append(comment)
            continue
        old_text = old_texts.get(comment.part, "")
        if comment.start >= comment.end:
            found = find_quote(new_text, comment.quote, comment.start)
        else:
            found = reanchor(old_text, new_text, comment.start, comment.end, comment.quote)
        if found is None:
            point = min(comment.start, len(new_text))
            comment.start = comment.end = point
            detached.append(comment)
        else:
            comment.start, comment.end = found
            comment.quote = new_text[found[0] : found[1]]
    return detached


def restore_revision(article: Article, number: int, author: str) -> Revision:
    """Restore a revision's text as a new state and re-anchor the comments to it.

    Returns the revision that keeps the text that was replaced.
    """
    before = _restore(article, number, author)
    assert before.snapshot is not None
    reanchor_comments(article.comments, before.snapshot, article)
    return before
