"""Review comments for the writers that show them: DOCX as Word comments, HTML as an appendix.

Writers never show comments unless the house style asks (``include.comments``); then
``build_document`` puts the open, anchored comments into the tree as ``CommentNote``s.
"""

from __future__ import annotations

from html import escape

from editor.model import Article
from editor.model.parts import part_texts
from editor.model.review import comments_by_part, is_detached
from editor.render.tree import CommentNote, Document
from editor.text.reader import bank_lookup, reader_text


def comment_notes(article: Article) -> tuple[CommentNote, ...]:
    """Return the article's open comments that are anchored to text, in reading order."""
    notes = []
    lookup = bank_lookup(article)
    texts = part_texts(article)
    # Where the previous comment of each part starts: each occurrence is counted from there,
    # so comments in reading order read each part about once (counting from the part's
    # start for every comment was quadratic in comments times text).
    previous: dict[str, int] = {}
    for comment in comments_by_part(article, resolved=False):
        if is_detached(comment):
            continue
        text = texts.get(comment.part)
        if text is None:
            continue
        quote = text[comment.start : comment.end] or comment.quote
        since = min(previous.get(comment.part, 0), comment.start)
        previous[comment.part] = comment.start
        notes.append(
            CommentNote(
                id=comment.id,
                part=comment.part,
                quote=quote,
                visible=reader_text(quote, lookup),
                occurrence=text.count(quote, since, comment.start) if quote else 0,
                text=comment.text,
                author=comment.author,
                initials=comment.initials,
                created=comment.created,
                replies=tuple((r.author, r.text, r.created) for r in comment.replies),
            )
        )
    return tuple(notes)


def comments_appendix_html(document: Document) -> str:
    """Return the HTML appendix listing the document's comments (escaped, not sanitised)."""
    heading = escape(document.comments_heading, quote=False)
    out = [f'<section class="comments">\n<h2>{heading}</h2>\n<ol>\n']
    for note in document.comments:
        out.append(
            f"<li><p><mark>{escape(note.visible, quote=False)}</mark></p>"
            f"<p><strong>{escape(note.author or '?', quote=False)}</strong>: "
            f"{escape(note.text, quote=False)}</p>"
        )
        for author, text, _created in note.replies:
            who = escape(author or "?", quote=False)
            out.append(f"<p><em>{who}</em>: {escape(text, quote=False)}</p>")
        out.append("</li>\n")
    out.append("</ol>\n</section>\n")
    return "".join(out)
