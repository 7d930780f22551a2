"""Import a draft file or text: pick the reader by format, then build the article."""

from __future__ import annotations

from pathlib import Path

from editor.files import (
    IS_FOLDER,
    NO_PERMISSION,
    NOT_FOUND,
    NOT_REGULAR,
    TOO_LARGE,
    FileReadError,
    read_regular,
)
from editor.importing.detect import decode_draft, normalise_text
from editor.importing.errors import DraftError
from editor.importing.lexicon import lexicon
from editor.importing.markdown_draft import read_markdown
from editor.importing.plaintext import read_plain
from editor.importing.result import COMMENT, ImportResult
from editor.importing.structure import DraftInfo, build_article
from editor.text.languages import UnknownLanguageError, find_language

# Drafts larger than this are refused before they are read: an article file holds at most
# 32 MB of text (editor/storage/container.py), so a bigger draft could never be saved.
MAX_DRAFT_BYTES = 32_000_000

# Real drafts have hundreds of lines. The bound is high enough for the Markdown export of
# any article the format holds (a 32 MB body of short paragraphs) to be read back.
MAX_LINES = 4_000_000

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd", ".mkdn"})
# The names of the drafts import_draft reads: plain text, Markdown and DOCX.
DRAFT_SUFFIXES = MARKDOWN_SUFFIXES | {".txt", ".text", ".docx"}
_FOREIGN = {
    ".doc": "Word 97–2003 documents",
    ".odt": "OpenDocument texts",
    ".rtf": "RTF documents",
    ".pdf": "PDF files",
    ".pages": "Pages documents",
}
_FORMAT_NAMES = {"text": "plain text", "markdown": "Markdown"}


def import_draft(
    path: str | Path, language: str | None = None, encoding: str | None = None
) -> ImportResult:
    """Return the article a draft file (.txt, .md, .docx) makes; raise DraftError if none."""
    from editor.importing.docx_draft import is_docx_bytes, read_docx_draft
    from editor.importing.docx_newsdesk import import_newsdesk

    path = Path(path)
    _check_language(language)
    suffix = path.suffix.lower()
    if suffix == ".newsdesk":
        raise DraftError(path, "this is already a Newsdesk article; open it instead.")
    if suffix in _FOREIGN:
        raise DraftError(
            path, f"{_FOREIGN[suffix]} cannot be imported; save it as DOCX or plain text."
        )
    data = _read(path)
    lex = lexicon()
    if suffix == ".docx" or is_docx_bytes(data):
        draft = read_docx_draft(data, path, lex)
        if not draft.blocks:
            raise DraftError(path, "the draft is empty.")
        if draft.newsdesk is not None:
            # Newsdesk's own export: each part back from its style and the article's record.
            return import_newsdesk(draft.newsdesk, lex, str(path), draft.set_aside)
        info = DraftInfo(source=str(path), format="DOCX")
        result = build_article(draft.blocks, info, lex, language)
        aside = draft.set_aside
        commented = any(passage.kind == COMMENT for passage in aside)
        if commented and _with_comments(result, path, data):
            # In the article as review comments, on the words they were made on (or kept
            # detached): no longer text the article lacks.
            aside = [passage for passage in aside if passage.kind != COMMENT]
        result.add_set_aside(aside)
        return result
    fmt = "markdown" if suffix in MARKDOWN_SUFFIXES else "text"
    decoded = decode_draft(data, path, encoding, markdown=fmt == "markdown")
    return _from_text(decoded.text, fmt, language, str(path), decoded.encoding, decoded.warnings)


def _with_comments(result: ImportResult, path: Path, data: bytes) -> bool:
    """Bring a Word draft's comments into the article as review comments, each on the words
    it was made on (one whose words are not found is kept, detached); False when they
    could not be read (they are then listed with the text the article lacks)."""
    from editor.importing.docx_comments import import_comments

    try:
        brought = import_comments(result.article, path, data)
    except DraftError:
        return False
    result.warnings.extend(brought.warnings)
    return True


def import_text(
    text: str, fmt: str = "text", language: str | None = None, source: str = "<text>"
) -> ImportResult:
    """Return the article a draft's text makes (``fmt``: "text" or "markdown")."""
    if fmt not in _FORMAT_NAMES:
        raise ValueError(f"Unknown draft format {fmt!r}; use 'text' or 'markdown'.")
    _check_language(language)
    warnings: list[str] = []
    text = normalise_text(text, warnings, markdown=fmt == "markdown")
    if not text.strip():
        raise DraftError(source, "the draft is empty.")
    return _from_text(text, fmt, language, source, "", warnings)


def _from_text(
    text: str, fmt: str, language: str | None, source: str, encoding: str, warnings: list[str]
) -> ImportResult:
    lines = text.count("\n") + 1
    if lines > MAX_LINES:
        raise DraftError(
            source, f"the draft has {lines:,} lines; drafts over {MAX_LINES:,} are not imported."
        )
    lex = lexicon()
    front_matter = None
    if fmt == "markdown":
        front_matter, blocks, found = read_markdown(text, lex)
        warnings = [*warnings, *found]
    else:
        blocks = read_plain(text, lex)
    if not blocks:
        raise DraftError(source, "the draft has no text.")
    info = DraftInfo(
        source=source,
        format=_FORMAT_NAMES[fmt],
        encoding=encoding,
        front_matter=front_matter,
        warnings=warnings,
    )
    return build_article(blocks, info, lex, language)


def _check_language(language: str | None) -> None:
    if language is not None and find_language(language) is None:
        raise UnknownLanguageError(language)


def _read(path: Path) -> bytes:
    try:
        return read_regular(path, MAX_DRAFT_BYTES)
    except FileReadError as failure:
        if failure.reason == TOO_LARGE:
            raise DraftError(
                path,
                f"the draft is {failure.size / 1_000_000:,.0f} MB; an article holds at most "
                f"{MAX_DRAFT_BYTES // 1_000_000} MB of text.",
            ) from None
        raise DraftError(path, _READ_FAILURES.get(failure.reason, failure.message)) from None


_READ_FAILURES = {
    NOT_FOUND: "there is no such file.",
    IS_FOLDER: "this is a folder, not a draft.",
    NOT_REGULAR: "this is not a regular file (a pipe, a device or a socket), not a draft.",
    NO_PERMISSION: "you have no permission to read this file.",
}
