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

import re
from dataclasses import dataclass, field
from datetime import UTC
from pathlib import Path
from typing import Any

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

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
_W15 = "http://schemas.microsoft.com/office/word/2012/wordml"
_EXTENDED = "http://schemas.microsoft.com/office/2011/relationships/commentsExtended"
# Style names (lower case, no spaces) that start a part; LibreOffice keeps the names.
_PART_STYLES = {"openingline": OPENING, "title": HEADLINE, "standfirst": STANDFIRST}
_END_STYLES = {"creditline", "metadata"}
_MARKS = r"[\s*_`\[\]]*"


def _w(name: str) -> str:
    return f"{{{_W}}}{name}"


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
    para_id: str = ""
    earlier: str = ""  # the part's text before the range, to count earlier occurrences
    replies: list[WordComment] = field(default_factory=list)


@dataclass
class CommentImport:
    """What reading a returned DOCX did: comments added, already there, kept detached."""

    added: list[Comment] = field(default_factory=list)
    already_there: int = 0
    detached: list[Comment] = field(default_factory=list)


def read_word_comments(path: str | Path) -> list[WordComment]:
    """Return the comments of a DOCX with their anchored words and part; replies nested."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        package = docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError, OSError) as failure:
        raise DraftError(path, f"not a Word document that can be read ({failure})") from None
    except Exception as failure:  # lxml and zipfile raise many kinds on a damaged file
        raise DraftError(path, f"damaged Word document ({type(failure).__name__})") from None
    found: dict[str, WordComment] = {}
    for comment in package.comments:
        element = comment._comment_elm
        paragraphs = element.findall(_w("p"))
        stamp = comment.timestamp
        found[str(comment.comment_id)] = WordComment(
            id=str(comment.comment_id),
            author=comment.author or "",
            initials=comment.initials or "",
            text="\n".join(_text(p) for p in paragraphs).strip(),
            created=stamp.astimezone(UTC).replace(microsecond=0).isoformat() if stamp else "",
            para_id=paragraphs[-1].get(f"{{{_W14}}}paraId", "") if paragraphs else "",
        )
    _walk(package, found)
    return _threads(package, found)


def _text(paragraph: Any) -> str:
    out = []
    for element in paragraph.iter(_w("t"), _w("tab"), _w("br")):
        if element.tag == _w("t"):
            out.append(element.text or "")
        else:
            out.append("\t" if element.tag == _w("tab") else "\n")
    return "".join(out)


def _style_names(package: Any) -> dict[str, str]:
    names = {}
    for style in package.styles.element.iter(_w("style")):
        name = style.find(_w("name"))
        value = name.get(_w("val")) if name is not None else style.get(_w("styleId"), "")
        names[style.get(_w("styleId"), "")] = re.sub(r"\s+", "", value or "").lower()
    return names


def _walk(package: Any, comments: dict[str, WordComment]) -> None:
    """Fill each comment's anchored words, its part and which occurrence in the part it is."""
    names = _style_names(package)
    part, section = "", -1
    part_text_so_far: dict[str, list[str]] = {}
    open_ranges: dict[str, list[str]] = {}
    position = 0
    for paragraph in package.element.body.iter(_w("p")):
        style = paragraph.find(f"{_w('pPr')}/{_w('pStyle')}")
        name = names.get(style.get(_w("val"), ""), "") if style is not None else ""
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
        for element in paragraph.iter(
            _w("commentRangeStart"), _w("commentRangeEnd"), _w("t"), _w("tab"), _w("br")
        ):
            tag = element.tag
            if tag == _w("commentRangeStart"):
                key = element.get(_w("id"), "")
                if key in comments:
                    open_ranges[key] = []
                    comment = comments[key]
                    comment.part = part
                    comment.position = (position, position)
                    comment.earlier = "".join(before)
                continue
            if tag == _w("commentRangeEnd"):
                key = element.get(_w("id"), "")
                if key in open_ranges:
                    comments[key].anchor = "".join(open_ranges.pop(key))
                    comments[key].position = (comments[key].position[0], position)
                continue
            chunk = {_w("t"): element.text or "", _w("tab"): "\t"}.get(tag, "\n")
            position += len(chunk)
            before.append(chunk)
            for words in open_ranges.values():
                words.append(chunk)
        before.append("\n")
        position += 1
        for words in open_ranges.values():
            words.append("\n")
    for comment in comments.values():
        pattern = _pattern(comment.anchor, marks=False)
        comment.occurrence = len(pattern.findall(comment.earlier)) if pattern is not None else 0


def _threads(package: Any, comments: dict[str, WordComment]) -> list[WordComment]:
    parents = _extended_parents(package)
    by_para = {c.para_id: c for c in comments.values() if c.para_id}
    top: list[WordComment] = []
    # Oldest first, so that a thread's first comment is its parent.
    ordered = sorted(
        comments.values(), key=lambda c: (c.created, int(c.id) if c.id.isdigit() else 0)
    )
    for comment in ordered:
        parent = by_para.get(parents.get(comment.para_id, ""))
        if parent is None and not parents:
            # No thread part (LibreOffice): a comment on exactly a previous one's words.
            parent = next(
                (c for c in top if c.position == comment.position and c.anchor == comment.anchor),
                None,
            )
        if parent is not None and parent is not comment:
            parent.replies.append(comment)
        else:
            top.append(comment)
    return top


def _extended_parents(package: Any) -> dict[str, str]:
    from lxml import etree

    for relationship in package.part.rels.values():
        if relationship.reltype == _EXTENDED and not relationship.is_external:
            root = etree.fromstring(relationship.target_part.blob)
            return {
                entry.get(f"{{{_W15}}}paraId", ""): entry.get(f"{{{_W15}}}paraIdParent", "")
                for entry in root.iter(f"{{{_W15}}}commentEx")
                if entry.get(f"{{{_W15}}}paraIdParent")
            }
    return {}


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
        existing = _same(article, part, start, end, word)
        if existing is not None:
            known = {(r.author, r.text) for r in existing.replies}
            existing.replies += [r for r in replies if (r.author, r.text) not in known]
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
        result.added.append(comment)
        if found is None:
            result.detached.append(comment)
    return result


def _same(article: Article, part: str, start: int, end: int, word: WordComment) -> Comment | None:
    for comment in article.comments:
        if (comment.part, comment.start, comment.end, comment.text.strip()) == (
            part,
            start,
            end,
            word.text.strip(),
        ):
            return comment
    return None


def import_comments(article: Article, path: str | Path) -> CommentImport:
    """Read a returned DOCX's comments and attach them to the article's parts and words."""
    return attach_word_comments(article, read_word_comments(path))
