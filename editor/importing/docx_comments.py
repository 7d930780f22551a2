"""Comments a reviewer left in a returned DOCX, put back on the article's parts and words.

python-docx gives the comments (``Document.comments``); the words each is anchored to
come from walking the body between ``w:commentRangeStart`` and ``w:commentRangeEnd``.
The paragraph styles of our export say which part a paragraph came from (Title is the
headline, a Section Label starts the next section); the anchored words are then looked
up in that part's text, the same occurrence as in the DOCX. A comment whose words are
found nowhere is still kept, detached, on the part it was in. Replies are read from
``commentsExtended.xml`` when the file has it (Word); LibreOffice drops that part, and
its replies come back as comments on exactly the same words, which are taken as replies.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from editor.importing.docx_text import StoryReader, part_root, style_names, w
from editor.importing.errors import DraftError
from editor.model import Article, Comment, Reply, new_id
from editor.model.parts import (
    HEADER_PARTS,
    HEADLINE,
    OPENING,
    STANDFIRST,
    PartKind,
    article_parts,
    has_part,
    part_text,
    section_part,
)
from editor.model.review import initials_of

_W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
_W15 = "http://schemas.microsoft.com/office/word/2012/wordml"
_EXTENDED = "http://schemas.microsoft.com/office/2011/relationships/commentsExtended"
_COMMENTS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
# Style names (lower case, no spaces) that start a part; LibreOffice keeps the names.
_PART_STYLES = {"openingline": OPENING, "title": HEADLINE, "standfirst": STANDFIRST}
_END_STYLES = {"creditline", "metadata"}
_MARKS = r"[\s*_`\[\]]*"


@dataclass
class WordComment:
    """One comment read from a DOCX: its thread, its anchored words and where they were."""

    id: str
    author: str
    initials: str
    text: str
    created: str
    anchor: str = ""
    part: str = ""
    occurrence: int = 0
    position: tuple[int, int] = (0, 0)  # where the range starts and ends in the walk
    earlier: str = ""  # the part's text before the range, to count earlier occurrences
    replies: list[WordComment] = field(default_factory=list)
    para_ids: tuple[str, ...] = ()  # every paragraph's id: a reply may name any of them
    index: int = 0  # place in the comments part

    @property
    def stamp(self) -> datetime | None:
        """Return the comment's date, or None when it has none or it cannot be read."""
        try:
            return datetime.fromisoformat(self.created) if self.created else None
        except ValueError:
            return None


@dataclass
class CommentImport:
    """What reading a returned DOCX did: comments added, already there, kept detached."""

    added: list[Comment] = field(default_factory=list)
    already_there: int = 0
    detached: list[Comment] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # cycles broken, dates kept as written


@dataclass
class WordReview:
    """The comment threads read from a DOCX, and what reading them had to say."""

    threads: list[WordComment] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def read_word_comments(path: str | Path) -> list[WordComment]:
    """Return the comments of a DOCX with their anchored words and part; replies nested."""
    return read_word_review(path).threads


def read_word_review(path: str | Path, data: bytes | None = None) -> WordReview:
    """Return a DOCX's comment threads (every reply on its thread's first comment) and notes.

    Every comment comes back: replies of any depth go to their thread's first comment, in
    the order they were written; parents that form a cycle are broken at the cycle's first
    comment in the file; a date that cannot be read is kept as written. Each is reported.
    ``data`` is the file's bytes when already read (``path`` then only names it).
    """
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        package = docx.Document(io.BytesIO(data) if data is not None else str(path))
    except (PackageNotFoundError, KeyError, ValueError, OSError) as failure:
        raise DraftError(path, f"not a Word document that can be read ({failure})") from None
    except Exception as failure:  # lxml and zipfile raise many kinds on a damaged file
        raise DraftError(path, f"damaged Word document ({type(failure).__name__})") from None
    review = WordReview()
    try:
        comments = _read_comments(package, review.warnings)
        by_id: dict[str, list[WordComment]] = {}
        for comment in comments:
            by_id.setdefault(comment.id, []).append(comment)
        _walk(package, by_id)
        review.threads = _threads(package, comments, review.warnings)
    except Exception as failure:  # a damaged comments or thread part
        raise DraftError(path, f"damaged Word document ({type(failure).__name__})") from None
    return review


def _read_comments(package: Any, warnings: list[str]) -> list[WordComment]:
    """Every w:comment of the comments part, in file order, with its date as written."""
    root = _related_root(package, _COMMENTS)
    if root is None:
        return []
    reader = StoryReader({}, "", {})
    found: list[WordComment] = []
    for element in root.iter(w("comment")):
        paragraphs = element.findall(w("p"))
        comment = WordComment(
            id=element.get(w("id"), ""),
            author=element.get(w("author"), ""),
            initials=element.get(w("initials"), ""),
            text="\n".join(p.text for p in reader.paragraphs(element)).strip(),
            created=_date(element.get(w("date"), "")),
            para_ids=tuple(p.get(f"{{{_W14}}}paraId", "") for p in paragraphs),
            index=len(found),
        )
        if comment.created and comment.stamp is None:
            warnings.append(
                f"comment {_name(comment)}: its date “{comment.created}” cannot be read; "
                "it is kept as written."
            )
        found.append(comment)
    return found


def _date(value: str) -> str:
    """A comment's date as ISO 8601 in UTC, or as written when it cannot be read."""
    value = value.strip()
    if not value:
        return ""
    try:
        stamp = datetime.fromisoformat(value)
    except ValueError:
        return value
    return stamp.astimezone(UTC).replace(microsecond=0).isoformat()


def _name(comment: WordComment) -> str:
    who = f" by {comment.author}" if comment.author else ""
    return f"{comment.id}{who}"


def _related_root(package: Any, reltype: str) -> Any:
    for relationship in package.part.rels.values():
        if relationship.reltype == reltype and not relationship.is_external:
            return part_root(relationship.target_part)
    return None


def _walk(package: Any, comments: dict[str, list[WordComment]]) -> None:
    """Fill each comment's anchored words, its part and which occurrence in the part it is.

    The body is read as the draft importer reads it (docx_text): the words a reader sees,
    never a deletion, a field's instruction or both branches of an alternate content.
    """
    styles, default = style_names(package.styles.element)
    names = {key: re.sub(r"\s+", "", value).lower() for key, value in styles.items()}
    reader = StoryReader(names, re.sub(r"\s+", "", default).lower(), {})
    part, section = "", -1
    part_text_so_far: dict[str, list[str]] = {}
    open_ranges: dict[str, list[str]] = {}
    position = 0

    def read(chunk: str) -> None:
        nonlocal position
        position += len(chunk)
        before.append(chunk)
        for words in open_ranges.values():
            words.append(chunk)

    for paragraph in reader.paragraphs(package.element.body):
        name = paragraph.style
        if name in _PART_STYLES:
            part = _PART_STYLES[name]
        elif name == "sectionlabel":
            section += 1
            part = "label"
        elif name in _END_STYLES:
            part = "end"
        elif part in ("", *HEADER_PARTS, "label"):
            # Body text: after a label, or (labels hidden) straight after the header.
            section = max(section, 0)
            part = section_part(section)
        before = part_text_so_far.setdefault(part, [])
        spans = paragraph.spans
        done = 0
        for index, starts, key in paragraph.comment_edges:
            for span in spans[done:index]:
                read(span.text)
            done = index
            if key not in comments:
                continue
            if starts:
                open_ranges[key] = []
                earlier = "".join(before)
                for comment in comments[key]:
                    comment.part = part
                    comment.position = (position, position)
                    comment.earlier = earlier
            elif key in open_ranges:
                anchor = "".join(open_ranges.pop(key))
                for comment in comments[key]:
                    comment.anchor = anchor
                    comment.position = (comment.position[0], position)
        for span in spans[done:]:
            read(span.text)
        read("\n")
    for group in comments.values():
        for comment in group:
            pattern = _pattern(comment.anchor, marks=False)
            comment.occurrence = len(pattern.findall(comment.earlier)) if pattern else 0


def _threads(package: Any, comments: list[WordComment], warnings: list[str]) -> list[WordComment]:
    """Put each reply, of any depth, on its thread's first comment; return the first ones."""
    parents = _extended_parents(package, warnings)
    if parents is None:
        return _threads_by_range(comments)
    by_para = {key: c.index for c in comments for key in c.para_ids if key}
    parent: list[int | None] = []
    for comment in comments:
        up = next((parents[key] for key in comment.para_ids if key in parents), "")
        parent.append(by_para.get(up))
    roots = _roots(parent, comments, warnings)
    top = [c for c in comments if roots[c.index] == c.index]
    for comment in comments:
        if roots[comment.index] != comment.index:
            comments[roots[comment.index]].replies.append(comment)
    for thread in top:
        # In the order written: by date when every reply has one, else as in the file.
        if all(reply.stamp is not None for reply in thread.replies):
            thread.replies.sort(key=lambda reply: (_utc(reply.stamp), reply.index))
    return top


def _roots(
    parent: list[int | None], comments: list[WordComment], warnings: list[str]
) -> list[int]:
    """The first comment of each comment's thread; a cycle is broken at its first in the file.

    Each comment is walked up once (the roots found are kept), so this is linear.
    """
    root: list[int | None] = [None] * len(parent)
    for start in range(len(parent)):
        path: list[int] = []
        on_path: set[int] = set()
        node: int | None = start
        while node is not None and root[node] is None and node not in on_path:
            on_path.add(node)
            path.append(node)
            node = parent[node]
        earlier = root[node] if node is not None else None
        if node is None:
            found = path[-1]  # the walk ended at a comment with no parent
        elif earlier is not None:
            found = earlier  # reached a comment whose thread is known
        else:
            cycle = path[path.index(node) :]
            found = min(cycle)
            parent[found] = None
            names = ", ".join(_name(comments[index]) for index in sorted(cycle))
            warnings.append(
                f"comments {names} answer each other in a circle; comment "
                f"{_name(comments[found])} is taken as the first of their thread."
                if len(cycle) > 1
                else f"comment {names} answers itself; it is taken as the first of its thread."
            )
        for index in path:
            root[index] = found
    return [index if value is None else value for index, value in enumerate(root)]


def _utc(stamp: datetime | None) -> datetime:
    assert stamp is not None
    return stamp if stamp.tzinfo else stamp.replace(tzinfo=UTC)


def _threads_by_range(comments: list[WordComment]) -> list[WordComment]:
    """No thread part (LibreOffice): a comment on exactly an earlier one's words replies."""
    top: list[WordComment] = []
    by_range: dict[tuple[tuple[int, int], str], WordComment] = {}

    # Oldest first, so that a thread's first comment is its parent; at the same second,
    # the lower id (LibreOffice writes a reply before its parent when they share words).
    def oldest(comment: WordComment) -> tuple[str, int, int]:
        plain = comment.id.isascii() and comment.id.isdigit() and len(comment.id) < 10
        number = int(comment.id) if plain else 0  # "²" or 5,000 digits: no number
        return (comment.created, number, comment.index)

    for comment in sorted(comments, key=oldest):
        key = (comment.position, comment.anchor)
        parent = by_range.get(key)
        if parent is not None:
            parent.replies.append(comment)
        else:
            by_range[key] = comment
            top.append(comment)
    return top


def _extended_parents(package: Any, warnings: list[str]) -> dict[str, str] | None:
    """Each reply's paragraph id → its parent's; None when the file has no thread part."""
    try:
        root = _related_root(package, _EXTENDED)
    except Exception:  # a damaged thread part: the comments still come back, unthreaded
        warnings.append("the file's comment threads cannot be read; replies are kept as comments.")
        return {}
    if root is None:
        return None
    return {
        entry.get(f"{{{_W15}}}paraId", ""): entry.get(f"{{{_W15}}}paraIdParent", "")
        for entry in root.iter(f"{{{_W15}}}commentEx")
        if entry.get(f"{{{_W15}}}paraIdParent")
    }


def _pattern(words_text: str, marks: bool) -> re.Pattern[str] | None:
    words = words_text.split()
    if not words:
        return None
    glue = r"[\s*_`\[\]]+" if marks else r"\s+"
    parts = []
    for word in words:
        if marks:
            # Markdown emphasis may sit inside what the reader saw as one word.
            parts.append(_MARKS.join(re.escape(char) for char in word))
        else:
            parts.append(re.escape(word))
    return re.compile(glue.join(parts))


def locate(article: Article, comment: WordComment) -> tuple[str, int, int] | None:
    """Return (part, start, end) of the article text a Word comment's words match, or None."""
    pattern = _pattern(comment.anchor, marks=True)
    if pattern is None:
        return None
    candidates = [comment.part] if comment.part and has_part(article, comment.part) else []
    everywhere = [
        HEADLINE,
        STANDFIRST,
        OPENING,
        *(
            part.key
            for part in article_parts(article)
            if part.ref.kind in (PartKind.SECTION, PartKind.QUOTATION)
        ),
    ]
    candidates += [part for part in everywhere if part not in candidates]
    for index, part in enumerate(candidates):
        matches = list(pattern.finditer(part_text(article, part)))
        if matches:
            nth = comment.occurrence if index == 0 else 0
            match = matches[min(nth, len(matches) - 1)]
            return (part, *_balanced(part_text(article, part), match.start(), match.end()))
    return None


def _balanced(text: str, start: int, end: int) -> tuple[int, int]:
    # "порт **откроется" was matched inside "порт **откроется**": take the closing marks too.
    if not any(mark in text[start:end] for mark in "*_`"):
        return start, end
    while start > 0 and text[start - 1] in "*_`":
        start -= 1
    while end < len(text) and text[end] in "*_`":
        end += 1
    return start, end


def attach_word_comments(article: Article, comments: list[WordComment]) -> CommentImport:
    """Add a returned DOCX's comments to the article; ones already there are not doubled."""
    result = CommentImport()
    # Comments already on the article, by where they stand and what they say: one look-up
    # each, so a long review is not scanned once per comment.
    known: dict[tuple[str, int, int, str, str], Comment] = {}
    # And by what they say alone: a comment on words a suggestion replaces is exported on
    # the deleted words and their replacement, and comes back anchored on the new words
    # alone, which the article's text does not hold yet.
    said: dict[tuple[str, str, str], Comment] = {}
    for comment in article.comments:
        known.setdefault(_key(comment.part, comment.start, comment.end, comment), comment)
        said.setdefault(_said(comment.part, comment), comment)
    for word in comments:
        found = locate(article, word)
        if found is None:
            part = word.part if has_part(article, word.part) else HEADLINE
            start = end = 0
            quote = word.anchor
        else:
            part, start, end = found
            quote = part_text(article, part)[start:end]
        replies = [Reply(author=r.author, text=r.text, created=r.created) for r in word.replies]
        existing = known.get(_key(part, start, end, word))
        if existing is None and found is None:
            existing = said.get(_said(part, word))
        if existing is not None:
            answered = {(r.author, r.text) for r in existing.replies}
            for answer in replies:
                if (answer.author, answer.text) not in answered:
                    answered.add((answer.author, answer.text))
                    existing.replies.append(answer)
            result.already_there += 1
            continue
        comment = Comment(
            id=new_id(),
            part=part,
            start=start,
            end=end,
            quote=quote,
            text=word.text,
            author=word.author,
            initials=word.initials or initials_of(word.author),
            created=word.created,
            replies=replies,
        )
        article.comments.append(comment)
        known[_key(part, start, end, comment)] = comment
        result.added.append(comment)
        if found is None:
            result.detached.append(comment)
    return result


def _said(part: str, comment: Comment | WordComment) -> tuple[str, str, str]:
    return (part, comment.text.strip(), comment.author)


def _key(
    part: str, start: int, end: int, comment: Comment | WordComment
) -> tuple[str, int, int, str, str]:
    # Two reviewers may say the same words on the same place: both come back.
    return (part, start, end, comment.text.strip(), comment.author)


def import_comments(
    article: Article, path: str | Path, data: bytes | None = None
) -> CommentImport:
    """Read a returned DOCX's comments and attach them to the article's parts and words.

    ``data`` is the file's bytes when already read.
    """
    review = read_word_review(path, data)
    result = attach_word_comments(article, review.threads)
    result.warnings = review.warnings
    return result
