"""Stable paragraph ids: each paragraph of a section keeps its id through edits.

A paragraph is a block of lines without a blank line in it (a list or a block quotation
of several lines is one paragraph). Editions link their paragraphs to the source's by
these ids, so the ids must follow the text the way comment anchors do: ``reconcile`` maps
the old paragraphs through a character diff of the old and new text (cheap when only the
middle changed, as after one edit), so a paragraph edited inside keeps its id, a split
paragraph keeps it on the part with most of its old characters, and of two joined
paragraphs one id stays and the other is recorded as joined into it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from diff_match_patch import diff_match_patch

from editor.model import Article, new_id
from editor.text.anchors import DIFF_TIMEOUT_S

Span = tuple[int, int]
# A paragraph: maximal run of lines that each hold something other than white space.
_PARAGRAPH = re.compile(r"(?m)^(?=[^\n]*\S)[^\n]*(?:\n(?=[^\n]*\S)[^\n]*)*")


def paragraph_spans(text: str) -> list[Span]:
    """Return the (start, end) of each paragraph of a body, blank lines left out."""
    spans = []
    for match in _PARAGRAPH.finditer(text):
        start, end = match.span()
        # A Windows line end's "\r" belongs to the break, not to the paragraph.
        if end > start and text[end - 1] == "\r":
            end -= 1
        spans.append((start, end))
    return spans


def paragraph_texts(text: str) -> list[str]:
    """Return the text of each paragraph of a body."""
    return [text[start:end] for start, end in paragraph_spans(text)]


def fresh_id(taken: Collection[str]) -> str:
    """Return a short paragraph id ("p" and 8 hex digits) that is not among ``taken``."""
    while True:
        candidate = "p" + new_id().replace("-", "")[:8]
        if candidate not in taken:
            return candidate


def ids_for(text: str, ids: Sequence[str], taken: set[str] | None = None) -> list[str]:
    """Return ids for each paragraph of ``text``: ``ids`` when they fit, else fitted.

    The ids kept are the first ones (as many as there are paragraphs), each once and not
    in ``taken``; new ones fill the rest. ``taken`` (if given) gains the ids returned.
    """
    count = len(paragraph_spans(text))
    taken = set() if taken is None else taken
    result = []
    for place in range(count):
        candidate = ids[place] if place < len(ids) else ""
        if not candidate or candidate in taken:
            candidate = fresh_id(taken)
        taken.add(candidate)
        result.append(candidate)
    return result


def ensure_ids(article: Article) -> bool:
    """Give every paragraph of every section of the article an id unique in it.

    Ids already there are kept where their count matches the body's paragraphs (else the
    first ones are kept); returns whether any section's ids changed.
    """
    taken: set[str] = set()
    changed = False
    for section in article.sections:
        ids = ids_for(section.body, section.paragraphs, taken)
        if ids != section.paragraphs:
            section.paragraphs = ids
            changed = True
    return changed


@dataclass
class Reconciled:
    """The paragraph ids of a new text, and which paragraphs were split or joined.

    ``split_from`` maps each new id made by splitting a paragraph to the id it came
    from; ``joined_into`` maps each id that vanished into another paragraph to that
    paragraph's id.
    """

    ids: list[str]
    split_from: dict[str, str] = field(default_factory=dict)
    joined_into: dict[str, str] = field(default_factory=dict)


def _equal_runs(old_text: str, new_text: str) -> list[tuple[int, int, int]]:
    """Return (old start, new start, length) of each run of characters both texts share."""
    matcher = diff_match_patch()
    matcher.Diff_Timeout = DIFF_TIMEOUT_S
    single = _single_edit(matcher, old_text, new_text)
    if single is not None:
        return single
    # diff_main strips the common ends first: after one edit only the middle is diffed.
    diffs = matcher.diff_main(old_text, new_text, False)
    # Without this a rewritten paragraph "survives" through letters it shares with the new
    # one; and it slides an edit that could sit in several places (text inserted beside a
    # copy of itself) to a blank line, so the paragraphs around it keep their characters.
    matcher.diff_cleanupSemantic(diffs)
    runs = []
    old_at = new_at = 0
    for operation, chunk in diffs:
        if operation == 0:
            runs.append((old_at, new_at, len(chunk)))
            old_at += len(chunk)
            new_at += len(chunk)
        elif operation == -1:
            old_at += len(chunk)
        else:
            new_at += len(chunk)
    return runs


# How far an insertion or deletion that could sit in several places is slid to find the
# place that cuts fewest paragraphs (beyond, the first place is taken).
_MOST_PLACES = 256


def _single_edit(
    matcher: diff_match_patch, old_text: str, new_text: str
) -> list[tuple[int, int, int]] | None:
    """The runs of a pure insertion or deletion, placed where it cuts fewest paragraphs;
    None when the change is not one (a replacement, or edits in several places).

    Text inserted beside a copy of itself (or deleted beside one) can be placed anywhere
    in a window; a plain diff picks one end, which may give a paragraph's characters to
    its neighbour. The place chosen keeps whole paragraphs whole.
    """
    prefix = matcher.diff_commonPrefix(old_text, new_text)
    suffix = matcher.diff_commonSuffix(old_text, new_text)
    shorter = min(len(old_text), len(new_text))
    if prefix + suffix < shorter:
        return None
    longer_text = old_text if len(old_text) > len(new_text) else new_text
    length = len(longer_text) - shorter
    low, high = shorter - suffix, min(prefix, shorter)
    spans = paragraph_spans(longer_text)
    starts = [start for start, _end in spans]

    def cuts(point: int) -> int:
        # Paragraphs of the longer text with the point strictly inside them.
        at = bisect_right(starts, point) - 1
        return int(at >= 0 and spans[at][0] < point < spans[at][1])

    best, best_cuts = low, None
    for place in range(low, min(high, low + _MOST_PLACES) + 1):
        count = cuts(place) + cuts(place + length)
        if best_cuts is None or count < best_cuts:
            best, best_cuts = place, count
            if count == 0:
                break
    after = shorter - best
    if len(old_text) > len(new_text):  # a deletion of old[best:best + length]
        runs = [(0, 0, best), (best + length, best, after)]
    else:  # an insertion at old[best]
        runs = [(0, 0, best), (best, best + length, after)]
    return [run for run in runs if run[2] > 0]


def _overlaps(
    runs: list[tuple[int, int, int]], old_spans: list[Span], new_spans: list[Span]
) -> dict[tuple[int, int], int]:
    """Return how many shared characters each (old paragraph, new paragraph) pair has."""
    shared: dict[tuple[int, int], int] = {}
    i = j = 0
    for old_start, new_start, length in runs:
        shift = new_start - old_start
        old_end = old_start + length
        # Both span lists and the runs are in order: two pointers, never moved back.
        while i < len(old_spans) and old_spans[i][1] <= old_start:
            i += 1
        while j < len(new_spans) and new_spans[j][1] - shift <= old_start:
            j += 1
        a, b = i, j
        while a < len(old_spans) and b < len(new_spans):
            low = max(old_start, old_spans[a][0], new_spans[b][0] - shift)
            high = min(old_end, old_spans[a][1], new_spans[b][1] - shift)
            if low >= old_end:
                break
            if high > low:
                shared[(a, b)] = shared.get((a, b), 0) + high - low
            # Move on whichever paragraph ends first (both when they end together).
            a_end, b_end = old_spans[a][1], new_spans[b][1] - shift
            if a_end <= b_end:
                a += 1
            if b_end <= a_end:
                b += 1
    return shared


def reconcile(
    old_text: str, old_ids: Sequence[str], new_text: str, taken: set[str] | None = None
) -> Reconciled:
    """Return the paragraph ids of ``new_text`` after a change from ``old_text``.

    ``old_ids`` are the old text's (fitted first if their count is wrong); ``taken`` the
    other ids of the article, which new ids avoid (it gains the ids made).
    """
    taken = set() if taken is None else taken
    old_ids = ids_for(old_text, old_ids, set(taken) - set(old_ids))
    if old_text == new_text:
        taken.update(old_ids)
        return Reconciled(list(old_ids))
    old_spans = paragraph_spans(old_text)
    new_spans = paragraph_spans(new_text)
    shared = _overlaps(_equal_runs(old_text, new_text), old_spans, new_spans)
    # Each old paragraph goes where most of its characters went.
    best_of_old: dict[int, tuple[int, int]] = {}  # old -> (shared, new)
    best_of_new: dict[int, tuple[int, int]] = {}  # new -> (shared, old) over all overlaps
    for (a, b), count in shared.items():
        if count > best_of_old.get(a, (0, -1))[0]:
            best_of_old[a] = (count, b)
        if count > best_of_new.get(b, (0, -1))[0]:
            best_of_new[b] = (count, a)
    heirs: dict[int, list[tuple[int, int]]] = {}  # new -> [(shared, old)] whose home it is
    for a, (count, b) in best_of_old.items():
        heirs.setdefault(b, []).append((count, a))
    taken.update(old_ids)
    result = Reconciled([])
    for b in range(len(new_spans)):
        claims = heirs.get(b)
        if claims:
            # The old paragraph with most characters here keeps its id; the rest joined it.
            claims.sort(key=lambda claim: (-claim[0], claim[1]))
            kept = old_ids[claims[0][1]]
            result.ids.append(kept)
            for _count, a in claims[1:]:
                result.joined_into[old_ids[a]] = kept
            continue
        made = fresh_id(taken)
        taken.add(made)
        result.ids.append(made)
        origin = best_of_new.get(b)
        if origin is not None:
            result.split_from[made] = old_ids[origin[1]]
    return result
