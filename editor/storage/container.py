"""The .newsdesk file: a ZIP container read without trusting it and saved atomically.

Layout (DESIGN.md §2): ``mimetype`` first and stored; ``article.json``;
``sections/NN-KIND.md`` (each section's Markdown body, UTF-8); ``review.json`` (comments
and status history); ``revisions/NNNNNN.json`` (snapshots in article_to_dict form plus
``"review"``); ``assets/NAME`` (``Article.assets`` is keyed by NAME).

Text that is not Unicode: a lone surrogate (U+D800–U+DFFF on its own) cannot be UTF-8.
Rather than lose or change it, it is written in the ``surrogatepass`` form (the three
bytes UTF-8 would use) and read back the same way, so every Python string survives a
round trip. Files without lone surrogates, which is every file typed by a person, are
plain UTF-8.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
import struct
import zipfile
import zlib
from collections.abc import Callable, Collection
from pathlib import Path
from typing import Any

from editor.files import IS_FOLDER, NOT_FOUND, TOO_LARGE, FileReadError, read_regular
from editor.model import Article
from editor.model.article import EDITION_LANGUAGE
from editor.storage.atomic import make_folder, write_bytes
from editor.storage.errors import FormatError, StorageError
from editor.storage.folders import UserFolders
from editor.storage.schema import (
    ARTICLE_KEYS,
    FORMAT_VERSION,
    REVIEW_KEYS,
    REVISION_KEYS,
    Fields,
    article_from_dict,
    article_from_fields,
    article_head_to_dict,
    article_to_dict,
    check_format_version,
    read_review,
    review_to_dict,
    revision_from_fields,
    revision_to_dict,
)

__all__ = [
    "BACKUPS_KEPT",
    "FORMAT_VERSION",
    "MAX_ENTRIES",
    "MAX_UNCOMPRESSED",
    "MIMETYPE",
    "SUFFIX",
    "article_from_dict",
    "article_to_dict",
    "asset_name_allowed",
    "back_up",
    "backup_folder",
    "backups",
    "dumps",
    "load",
    "loads",
    "read_error",
    "save",
    "storage_key",
]

MIMETYPE = "application/vnd.newsdesk.article+zip"
SUFFIX = ".newsdesk"
MAX_ENTRIES = 10_000
MAX_UNCOMPRESSED = 200 * 1000 * 1000
# Text (JSON and Markdown) must be decoded and parsed, which is slower than inflating: its
# own smaller budget keeps the worst file well within a second (benchmarks/storage.py).
# 32 MB is about five million words, revisions included.
MAX_TEXT = 32 * 1000 * 1000
# Parsing time grows with the number of JSON values, and 32 MB of "0,0,0,…" is far slower
# than 32 MB of prose. Commas and colons (an upper bound on values) are counted before
# parsing; a 20,000-word article with 20 revisions has about 60,000.
MAX_JSON_ITEMS = 4_000_000
# A container larger than everything it may hold uncompressed, plus the ZIP headers of the
# maximum number of entries, cannot be valid: refuse it before reading it.
MAX_FILE_BYTES = MAX_UNCOMPRESSED + MAX_ENTRIES * 1024
BACKUPS_KEPT = 10
COMPRESS_LEVEL = 1  # level 6 makes files 25% smaller and saving 3 times slower

_TEXT_ENCODING = "utf-8"
_TEXT_ERRORS = "surrogatepass"
_FIXED_TIME = (1980, 1, 1, 0, 0, 0)  # same bytes for the same article: backups can be compared
_SECTION_NAME = re.compile(r"sections/[A-Za-z0-9][A-Za-z0-9._\-]{0,99}\.md")
_REVISION_NAME = re.compile(r"revisions/[0-9]{1,12}\.json")
_KIND_SLUG = re.compile(r"[a-z0-9_\-]{1,40}")
_SAFE_KEY = re.compile(r"[A-Za-z0-9][A-Za-z0-9._\-]{0,99}")
_FOLDERS = ("sections/", "revisions/", "assets/")
# Editions: ``editions/LANG/`` holds an edition laid out as the top level, without images.
_EDITIONS = "editions/"
_EDITION_LANGUAGE = re.compile(EDITION_LANGUAGE)
_EDITION_ENTRY = re.compile(r"editions/([^/]*)/(.*)", re.DOTALL)
# Formats that are compressed already: deflating them again costs time and gains nothing.
_STORED_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".zip", ".gz")


# --- writing -----------------------------------------------------------------------------


def _text_bytes(text: str) -> bytes:
    return text.encode(_TEXT_ENCODING, _TEXT_ERRORS)


def _json_bytes(value: Any, indent: int | None) -> bytes:
    # indent=None keeps the C encoder, which matters for large revision snapshots.
    return _text_bytes(json.dumps(value, ensure_ascii=False, indent=indent))


def asset_name_allowed(name: str) -> bool:
    """Whether NAME may be stored as ``assets/NAME`` (no folders, no control characters)."""
    return (
        0 < len(name) <= 255
        and not name.startswith(".")
        and "/" not in name
        and "\\" not in name
        and not any(ord(char) < 32 or ord(char) == 127 for char in name)
        and not any(0xD800 <= ord(char) <= 0xDFFF for char in name)
    )


def _section_file(index: int, kind: str) -> str:
    slug = kind if _KIND_SLUG.fullmatch(kind) else "custom"
    return f"sections/{index + 1:02d}-{slug}.md"


def dumps(article: Article) -> bytes:
    """Return the .newsdesk container of the article as bytes.

    An article the reader would refuse (over a limit) raises FormatError instead: a file
    that cannot be opened again must never be written.
    """
    for name in article.assets:
        if not asset_name_allowed(name):
            raise FormatError("<memory>", f"the image name {name!r} cannot be stored")
    folders = _edition_folders(article)
    buffer = io.BytesIO()
    sizes = {"entries": 0, "total": 0, "text": 0, "items": 0}
    with zipfile.ZipFile(buffer, "w") as archive:

        def put(name: str, data: bytes, stored: bool = False) -> None:
            sizes["entries"] += 1
            sizes["total"] += len(data)
            if not name.startswith("assets/"):
                sizes["text"] += len(data)
            if name.endswith(".json"):
                sizes["items"] += data.count(b",") + data.count(b":")
            info = zipfile.ZipInfo(name, _FIXED_TIME)
            info.external_attr = 0o644 << 16
            if stored:
                info.compress_type = zipfile.ZIP_STORED
                archive.writestr(info, data)
            else:
                info.compress_type = zipfile.ZIP_DEFLATED
                archive.writestr(info, data, compresslevel=COMPRESS_LEVEL)

        put("mimetype", MIMETYPE.encode("ascii"), stored=True)
        _put_article(put, article, "")
        # Each edition in a folder of its own, laid out as the top level (images shared).
        for folder, edition in zip(folders, article.editions, strict=True):
            _put_article(put, edition, folder)
        for name, data in article.assets.items():
            put(f"assets/{name}", bytes(data), stored=name.lower().endswith(_STORED_SUFFIXES))
    _check_writable(sizes)
    return buffer.getvalue()


def _put_article(put: Callable[[str, bytes], None], article: Article, prefix: str) -> None:
    """Write an article's text, review and revisions under ``prefix`` ("" or an edition's
    folder)."""
    section_files = [_section_file(i, s.kind) for i, s in enumerate(article.sections)]
    put(f"{prefix}article.json", _json_bytes(article_head_to_dict(article, section_files), 2))
    for name, section in zip(section_files, article.sections, strict=True):
        put(f"{prefix}{name}", _text_bytes(section.body))
    put(f"{prefix}review.json", _json_bytes(review_to_dict(article), 2))
    for index, revision in enumerate(article.revisions):
        put(
            f"{prefix}revisions/{index + 1:06d}.json",
            _json_bytes(revision_to_dict(revision), None),
        )


def _edition_folders(article: Article) -> list[str]:
    """Return the folder of each edition; FormatError for one that cannot be stored."""
    folders = []
    seen: set[str] = set()
    for edition in article.editions:
        language = edition.language
        if not _EDITION_LANGUAGE.fullmatch(language):
            raise FormatError("<memory>", f"an edition's language {language!r} cannot be stored")
        if language.lower() in seen:
            raise FormatError("<memory>", f"has two editions in {language!r}")
        if edition.editions:
            raise FormatError("<memory>", f"the {language!r} edition has editions of its own")
        if edition.assets:
            raise FormatError(
                "<memory>", f"the {language!r} edition has images of its own (they are shared)"
            )
        seen.add(language.lower())
        folders.append(f"{_EDITIONS}{language}/")
    return folders


def _check_writable(sizes: dict[str, int]) -> None:
    too_large = "is too large to save"
    if sizes["entries"] > MAX_ENTRIES:
        raise FormatError("<memory>", f"{too_large}: more than {MAX_ENTRIES} parts")
    if sizes["text"] > MAX_TEXT or sizes["items"] > MAX_JSON_ITEMS:
        raise FormatError(
            "<memory>",
            f"{too_large}: more than {MAX_TEXT // 1_000_000} MB of text with its revisions; "
            "delete old revisions",
        )
    if sizes["total"] > MAX_UNCOMPRESSED:
        raise FormatError(
            "<memory>",
            f"{too_large}: more than {MAX_UNCOMPRESSED // 1_000_000} MB with its images",
        )


def save(article: Article, path: str | Path, folders: UserFolders | None = None) -> None:
    """Save the article atomically; with folders, keep the file it replaces as a backup.

    The bare write, with no lock and no check of what is on disk: an article the user
    works on is written by ``editor.storage.writing.write_article``, which uses this
    container's parts and never lets a failed backup stop the save.
    """
    path = Path(path)
    data = dumps_for(article, path)
    if folders is not None:
        back_up(path, article.id, folders, data)
    write_bytes(path, data)


def dumps_for(article: Article, path: str | Path) -> bytes:
    """Return the container of an article to be saved as path (FormatError names path)."""
    try:
        return dumps(article)
    except FormatError as failure:
        raise FormatError(path, failure.message) from None


def storage_key(article_id: str) -> str:
    """Return a file-name-safe key for an article id (ids come from files: never trust them)."""
    if _SAFE_KEY.fullmatch(article_id):
        return article_id
    import hashlib  # here: only odd ids need it, and it costs every command its start-up

    digest = hashlib.sha256(article_id.encode("utf-8", "surrogatepass")).hexdigest()
    return f"id-{digest[:32]}"


def backup_folder(folders: UserFolders, article_id: str) -> Path:
    """Return the folder holding the last saved versions of one article."""
    return folders.backups / storage_key(article_id)


def backups(folders: UserFolders, article_id: str) -> list[Path]:
    """Return the kept backups of an article, oldest first."""
    folder = backup_folder(folders, article_id)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"*{SUFFIX}"))


def back_up(
    path: Path,
    article_id: str,
    folders: UserFolders,
    new_data: bytes,
    previous: bytes | None = None,
) -> Path | None:
    """Keep the file at path (``previous``: its bytes, if read already) as a backup.

    Returns the backup that holds it, None when there is nothing to keep (a first save,
    an unchanged article). Raises StorageError, or an OSError from the backups folder.
    """
    if previous is None:
        try:
            previous = read_regular(path, MAX_FILE_BYTES)
        except FileReadError as failure:
            if failure.reason == NOT_FOUND:
                return None  # nothing to keep: a first save
            if failure.reason == IS_FOLDER:
                raise StorageError(
                    path, "a folder has this name; choose another file name"
                ) from None
            raise StorageError(
                path, f"cannot read the previous version: {failure.message}"
            ) from None
    if previous == new_data:
        return None
    folder = backup_folder(folders, article_id)
    kept = backups(folders, article_id)
    if kept and _same_bytes(kept[-1], previous):
        # Already kept: saving twice must not push older versions out. A save killed
        # between keeping a backup and pruning may have left one too many.
        _prune_backups(folders, article_id)
        return kept[-1]
    make_folder(folder, "backup folder")
    from datetime import UTC, datetime  # here: reading a file never needs the clock

    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    name = folder / f"{stamp}{SUFFIX}"
    counter = 1
    while name.exists():
        name = folder / f"{stamp}-{counter}{SUFFIX}"
        counter += 1
    write_bytes(name, previous)
    _prune_backups(folders, article_id)
    return name


def _same_bytes(backup: Path, data: bytes) -> bool:
    try:
        return read_regular(backup, len(data)) == data
    except FileReadError as failure:
        if failure.reason == TOO_LARGE:
            return False
        raise StorageError(backup, f"cannot read the backup: {failure.message}") from None


def _prune_backups(folders: UserFolders, article_id: str) -> None:
    for old in backups(folders, article_id)[:-BACKUPS_KEPT]:
        # An extra backup left behind is harmless.
        with contextlib.suppress(OSError):
            old.unlink()


# --- reading -----------------------------------------------------------------------------

# The optional parts of a file a reader may ask for; the text (article.json and the
# section bodies) is always read. An export needs neither revisions nor, unless its house
# style shows comments, the review.
ALL_PARTS: frozenset[str] = frozenset({"review", "revisions", "assets"})


def load(path: str | Path, parts: Collection[str] = ALL_PARTS) -> Article:
    """Read an article from a .newsdesk file; StorageError/FormatError say what is wrong.

    ``parts`` names the optional parts to read (see ALL_PARTS); those left out stay empty
    in the returned article, which must then not be saved over the file.
    """
    path = Path(path)
    try:
        data = read_regular(path, MAX_FILE_BYTES)
    except FileReadError as failure:
        raise read_error(failure) from None
    return loads(data, str(path), parts)


def read_error(failure: FileReadError) -> StorageError:
    """Return the StorageError saying why an article file could not be read.

    Its ``reason`` is the reader's (``editor.files``: not found, a folder, no permission,
    not a regular file), so an interface can say it in its own language.
    """
    if failure.reason == TOO_LARGE:
        return FormatError(failure.path, f"{failure.message}: too large to be a Newsdesk article")
    messages = {NOT_FOUND: "no such file", IS_FOLDER: "is a folder, not a Newsdesk article"}
    message = messages.get(failure.reason, failure.message)
    return StorageError(failure.path, message, reason=failure.reason)


# What a hostile or damaged file can make the standard library raise. RecursionError (deep
# JSON) is a RuntimeError, as is zipfile's "encrypted" error; UnicodeDecodeError and
# json.JSONDecodeError are ValueErrors.
_DAMAGE = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    struct.error,
    ValueError,
    KeyError,
    IndexError,
    TypeError,
    EOFError,
    OSError,
    RuntimeError,
    NotImplementedError,
    OverflowError,
    MemoryError,
)


def loads(
    data: bytes, path: str | Path = "<memory>", parts: Collection[str] = ALL_PARTS
) -> Article:
    """Read an article from the bytes of a .newsdesk file (``parts`` as for load)."""
    unknown = set(parts) - ALL_PARTS
    if unknown:
        raise ValueError(f"unknown parts of an article file: {', '.join(sorted(unknown))}")
    return _read_typed(data, str(path), parts)


def _read_typed(
    data: bytes, path: str, parts: Collection[str], missing: list[str] | None = None
) -> Article:
    """``_read``, whatever the standard library raises on damage a FormatError."""
    try:
        return _read(data, path, parts, missing)
    except FormatError:
        raise
    except _DAMAGE as failure:
        detail = str(failure).splitlines()[0][:200] if str(failure) else type(failure).__name__
        raise FormatError(path, f"the file is damaged ({detail})") from None


class Salvaged:
    """What a damaged article file still holds: the article, and the entries of the file
    that could not be read (cut off, damaged, or named by the article and not there)."""

    __slots__ = ("article", "lost")

    def __init__(self, article: Article, lost: tuple[str, ...]) -> None:
        self.article = article
        self.lost = lost


def salvage(data: bytes, path: str | Path = "<memory>") -> Salvaged:
    """Read what a damaged .newsdesk file still holds; FormatError when not even its
    article.json can be read.

    A file cut short (a copy or a write interrupted) has lost its ZIP directory, which
    is at its end: its entries are read one by one from the start, each whole and with
    its checksum right, until the first that is not. A section the article names and the
    file lacks is read empty. Every such entry is named in ``lost``.
    """
    path = str(path)
    found, lost = _local_entries(data)
    if "article.json" not in found:
        raise FormatError(path, "is damaged beyond repair: its article.json cannot be read")
    found.setdefault("mimetype", MIMETYPE.encode("ascii"))
    rebuilt = io.BytesIO()
    with zipfile.ZipFile(rebuilt, "w") as archive:
        for name, content in found.items():
            if _allowed(name):
                archive.writestr(name, content)
            else:
                lost.append(name)
    missing: list[str] = []
    article = _read_typed(rebuilt.getvalue(), path, ALL_PARTS, missing)
    return Salvaged(article, tuple(dict.fromkeys([*lost, *missing])))


_LOCAL_HEADER = struct.Struct("<4sHHHHHLLLHH")


def _local_entries(data: bytes) -> tuple[dict[str, bytes], list[str]]:
    """Return the entries readable from the start of a ZIP's bytes, in order, and the names
    of those that are not (the first of them ends the reading)."""
    found: dict[str, bytes] = {}
    lost: list[str] = []
    offset = 0
    budget = MAX_UNCOMPRESSED
    while len(found) < MAX_ENTRIES and data.startswith(b"PK\x03\x04", offset):
        if offset + _LOCAL_HEADER.size > len(data):
            break
        _, _, flags, method, _, _, crc, size, full, name_length, extra_length = (
            _LOCAL_HEADER.unpack_from(data, offset)
        )
        start = offset + _LOCAL_HEADER.size
        if start + name_length > len(data):
            break  # not even its name whole: the article names what it lacks
        name = data[start : start + name_length].decode("utf-8", "replace")
        begin = start + name_length + extra_length
        end = begin + size
        # Sizes after the data (bit 3), encryption, a method other than stored or deflated,
        # or data cut off: nothing of this entry or after it can be trusted.
        if flags & 0x09 or method not in (0, 8) or end > len(data) or full > budget:
            lost.append(name)
            break
        raw = data[begin:end]
        try:
            content = raw if method == 0 else zlib.decompressobj(-15).decompress(raw, full + 1)
        except zlib.error:
            content = None
        if content is None or len(content) != full or zlib.crc32(content) != crc:
            lost.append(name)
            break
        budget -= full
        if name not in found:
            found[name] = content
        offset = end
    return found, lost


def _central_directory(data: bytes, path: str) -> tuple[int, int, int]:
    """Return (start, end, declared entries) of the ZIP central directory, without parsing it."""
    tail_start = max(0, len(data) - 22 - 0xFFFF)
    end = data.rfind(b"PK\x05\x06", tail_start)
    if end < 0 or len(data) - end < 22:
        if data.startswith(b"PK\x03\x04"):
            # A ZIP's start without its end: cut short (a copy or a write interrupted).
            raise FormatError(
                path, "is damaged: it ends too soon (cut short while written or copied?)"
            )
        raise FormatError(path, "is not a Newsdesk article (not a ZIP container)")
    _, _, _, _, entries, size, offset, _ = struct.unpack("<4s4H2LH", data[end : end + 22])
    if entries == 0xFFFF or size == 0xFFFFFFFF or offset == 0xFFFFFFFF:
        locator = end - 20
        record = locator - 56
        if (
            record >= 0
            and data[locator : locator + 4] == b"PK\x06\x07"
            and data[record : record + 4] == b"PK\x06\x06"
        ):
            fields = struct.unpack("<4sQ2H2L4Q", data[record : record + 56])
            entries, size, end = fields[7], fields[8], record
    return max(0, end - size), end, entries


def _open_archive(data: bytes, path: str) -> zipfile.ZipFile:
    if len(data) > MAX_FILE_BYTES:
        raise FormatError(path, f"is too large to be a Newsdesk article ({len(data)} bytes)")
    start, end, declared = _central_directory(data, path)
    # zipfile parses one record per "PK\1\2" signature in the central directory; counting
    # the signatures first (in C) bounds that work, whatever the header claims.
    if declared > MAX_ENTRIES or data.count(b"PK\x01\x02", start, end) > MAX_ENTRIES:
        raise FormatError(path, f"has more than {MAX_ENTRIES} entries")
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise FormatError(path, "is not a Newsdesk article (not a ZIP container)") from None


def _allowed(name: str) -> bool:
    if name in ("mimetype", "article.json", "review.json") or name in _FOLDERS:
        return True
    if _SECTION_NAME.fullmatch(name) or _REVISION_NAME.fullmatch(name):
        return True
    if name == _EDITIONS:
        return True
    edition = _EDITION_ENTRY.fullmatch(name)
    if edition is not None:
        rest = edition.group(2)
        return _EDITION_LANGUAGE.fullmatch(edition.group(1)) is not None and (
            rest in ("", "article.json", "review.json", "sections/", "revisions/")
            or _SECTION_NAME.fullmatch(rest) is not None
            or _REVISION_NAME.fullmatch(rest) is not None
        )
    return name.startswith("assets/") and asset_name_allowed(name[len("assets/") :])


def _read(
    data: bytes, path: str, parts: Collection[str], missing: list[str] | None = None
) -> Article:
    """Read an article from a container's bytes. ``missing`` (for a salvage) collects the
    entries the article names that the file lacks, read as empty instead of refused."""
    archive = _open_archive(data, path)
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        raise FormatError(path, f"has more than {MAX_ENTRIES} entries")
    entries: dict[str, zipfile.ZipInfo] = {}
    declared_total = 0
    declared_text = 0
    for info in infos:
        name = info.filename
        if not _allowed(name):
            shown = name if len(name) < 80 else name[:77] + "..."
            raise FormatError(path, f"holds an entry that is not allowed: {shown!r}")
        if name in entries:
            raise FormatError(path, f"holds the entry {name!r} twice")
        if info.flag_bits & 0x1:
            raise FormatError(path, f"{name} is encrypted")
        entries[name] = info
        declared_total += info.file_size
        if not name.startswith("assets/"):
            declared_text += info.file_size
    # Checked from the central directory before inflating anything.
    if declared_total > MAX_UNCOMPRESSED:
        raise FormatError(path, f"would unpack to more than {MAX_UNCOMPRESSED // 1_000_000} MB")
    if declared_text > MAX_TEXT:
        raise FormatError(path, f"holds more than {MAX_TEXT // 1_000_000} MB of text")
    reader = _Reader(archive, entries, path)
    if "mimetype" not in entries:
        raise FormatError(path, "is not a Newsdesk article (no mimetype entry)")
    mimetype = reader.read("mimetype").strip()
    if mimetype != MIMETYPE.encode("ascii"):
        shown = mimetype[:60].decode("ascii", "replace")
        raise FormatError(path, f"is not a Newsdesk article (mimetype is {shown!r})")
    article = _read_article(reader, "", parts, missing)
    for folder, language in _edition_entries(entries, path):
        if missing is not None and f"{folder}article.json" not in entries:
            missing.append(folder)  # the edition, its head lost with it
            continue
        edition = _read_article(reader, folder, parts, missing)
        if edition.language != language:
            raise FormatError(
                path,
                f"{folder}article.json: the edition's language is {edition.language!r}, "
                f"not {language!r} as its folder says",
            )
        article.editions.append(edition)
    for name, info in entries.items():
        if "assets" in parts and name.startswith("assets/") and not info.is_dir():
            article.assets[name[len("assets/") :]] = reader.read(name)
    return article


def _edition_entries(entries: dict[str, zipfile.ZipInfo], path: str) -> list[tuple[str, str]]:
    """Return (folder, language) of each edition in the file, in the file's order."""
    found: dict[str, str] = {}  # language, lower case -> as the folder spells it
    for name in entries:
        edition = _EDITION_ENTRY.fullmatch(name)
        if edition is None:
            continue
        language = edition.group(1)
        spelled = found.setdefault(language.lower(), language)
        if spelled != language:
            raise FormatError(path, f"holds two editions in {language!r}")
    return [(f"{_EDITIONS}{language}/", language) for language in found.values()]


def _read_article(
    reader: _Reader, prefix: str, parts: Collection[str], missing: list[str] | None = None
) -> Article:
    """Read the article (or edition) whose entries start with ``prefix``."""
    entries, path = reader.entries, reader.path
    head_name = f"{prefix}article.json"
    if head_name not in entries:
        raise FormatError(path, f"{head_name} is missing")
    head = Fields(reader.json(head_name), head_name, path, ARTICLE_KEYS)
    # The version decides how to read the rest, so it is checked before anything else.
    check_format_version(head)
    sections = head.items("sections")
    for index, section in enumerate(sections):
        if not isinstance(section, dict):
            raise FormatError(path, f"{head_name}: sections[{index}] must be an object")
        body = section.get("body", None)
        if body is None:
            continue
        if not isinstance(body, str):
            raise FormatError(path, f"{head_name}: sections[{index}]: 'body' must be a string")
        if not _SECTION_NAME.fullmatch(body):
            raise FormatError(
                path,
                f"{head_name}: sections[{index}]: 'body' names {body!r}, not a sections/ file",
            )
        if f"{prefix}{body}" not in entries:
            if missing is None:
                raise FormatError(path, f"{prefix}{body} is missing")
            missing.append(f"{prefix}{body}")
            section["body"] = ""
            continue
        section["body"] = reader.text(f"{prefix}{body}")
    article = article_from_fields(head, review=False)
    review_name = f"{prefix}review.json"
    if review_name in entries and "review" in parts:
        review = Fields(reader.json(review_name), review_name, path, REVIEW_KEYS)
        read_review(review, article)
    if "revisions" in parts:
        revisions = sorted(
            name
            for name in entries
            if name.startswith(prefix) and _REVISION_NAME.fullmatch(name[len(prefix) :])
        )
        for name in revisions:
            revision = Fields(reader.json(name), name, path, REVISION_KEYS)
            article.revisions.append(revision_from_fields(revision))
    return article


class _Reader:
    """Inflates entries, never more than the central directory declared or the limit allows."""

    def __init__(self, archive: zipfile.ZipFile, entries: dict[str, zipfile.ZipInfo], path: str):
        self.archive = archive
        self.entries = entries
        self.path = path
        self.budget = MAX_UNCOMPRESSED
        self.json_items = MAX_JSON_ITEMS

    def read(self, name: str) -> bytes:
        info = self.entries[name]
        limit = min(info.file_size, self.budget)
        with self.archive.open(info) as stream:
            data = stream.read(limit + 1)
        if len(data) > limit:
            raise FormatError(self.path, f"{name} unpacks to more than it declares")
        self.budget -= len(data)
        return data

    def text(self, name: str) -> str:
        try:
            return self.read(name).decode(_TEXT_ENCODING, _TEXT_ERRORS)
        except UnicodeDecodeError as failure:
            raise FormatError(
                self.path, f"{name} is not UTF-8 text (byte {failure.start})"
            ) from None

    def json(self, name: str) -> Any:
        text = self.text(name)
        if text.startswith("\ufeff"):
            text = text[1:]  # a byte order mark some editors put first: not part of the JSON
        self.json_items -= text.count(",") + text.count(":")
        if self.json_items < 0:
            raise FormatError(self.path, f"holds more than {MAX_JSON_ITEMS} JSON values")
        try:
            return json.loads(text)
        except json.JSONDecodeError as failure:
            raise FormatError(
                self.path, f"{name} is not valid JSON (line {failure.lineno}: {failure.msg})"
            ) from None
        except RecursionError:
            raise FormatError(self.path, f"{name} is nested too deeply") from None
        except ValueError as failure:
            raise FormatError(self.path, f"{name} is not valid JSON ({failure})") from None
