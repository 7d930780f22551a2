"""Bytes of a text draft → text: encoding detection, binary and empty drafts, line ends.

The order of evidence: a byte-order mark (UTF-8, UTF-16, UTF-32); then valid UTF-8; then
the legacy code pages our writers use, scored by how plausible the letters they decode
to are: Windows-1256 (Arabic), Windows-1251 (Cyrillic), Windows-1252 (Western). A draft
with NUL bytes or many control bytes is binary, not text.

Line ends become ``\\n`` (CRLF and CR included). NUL characters are removed, with a
warning, because no file format we write can hold them; every other control character is
kept as it is.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from pathlib import Path

from editor.importing.blocks import escape_mark
from editor.text.scripts import ARABIC, CYRILLIC, letter_pattern

# C0 control bytes other than tab, line feed, vertical tab, form feed, carriage return and
# escape: text editors do not produce them, binaries are full of them.
_BINARY_CONTROLS = bytes([*range(0, 9), 14, 15, *range(16, 27), 28, 29, 30, 31])
# A text draft may carry a stray control byte or two (the hostile sample does); a binary
# has them everywhere. Measured on a sample, so a 50 MB draft costs no more than 64 KB.
_SAMPLE_BYTES = 65536
_MAX_CONTROL_SHARE = 0.02
# In valid UTF-8 any number of them, but NULs in a tenth of the bytes: UTF-16 text.
_MAX_UTF8_NUL_SHARE = 0.1

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8 with BOM"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)

_WORD = re.compile(r"[^\W\d_]+")

# Code page → a readable name for warnings and --explain.
LEGACY_ENCODINGS = {
    "cp1256": "Windows-1256 (Arabic)",
    "cp1251": "Windows-1251 (Cyrillic)",
    "cp1252": "Windows-1252 (Western)",
}


@dataclass
class DecodedDraft:
    """The text of a draft, the encoding it was read with, and what was done to it."""

    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


def decode_draft(
    data: bytes, path: str | Path, encoding: str | None = None, *, markdown: bool = False
) -> DecodedDraft:
    """Return the text of a draft's bytes; raise DraftError when they are not text."""
    from editor.importing.errors import DraftError

    if not data.strip(b" \t\r\n\x0b\x0c"):
        raise DraftError(path, "the draft is empty.")
    if encoding:
        text, name = _decode_given(data, path, encoding), encoding
    else:
        text, name = _decode_detected(data, path)
    warnings: list[str] = []
    if name in LEGACY_ENCODINGS:
        warnings.append(f"The draft is not UTF-8; it was read as {LEGACY_ENCODINGS[name]}.")
    text = normalise_text(text, warnings, markdown=markdown)
    if not text.strip():
        raise DraftError(path, "the draft is empty.")
    return DecodedDraft(text=text, encoding=name, warnings=warnings)


def normalise_text(text: str, warnings: list[str], *, markdown: bool = False) -> str:
    """Return text with one kind of line end, without a BOM and without NUL characters.

    In a Markdown draft, removing a NUL never turns text into syntax: "\0 1." was a line
    of text, and stays one ("1\\."), where " 1." alone would be an empty list item.
    """
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    nuls = text.count("\x00")
    if nuls:
        if markdown:
            text = _NUL_LINE_START.sub(_keep_text, text)
        text = text.replace("\x00", "")
        warnings.append(f"{nuls} NUL character(s) were removed; no article file can hold them.")
    return text


# A line whose first visible character is a NUL, and what follows it: text that, once the
# NUL is gone, could start a heading, quotation, list item, rule or fence.
_NUL_LINE_START = re.compile(
    r"^([ \t]*+\x00[ \t\x00]*+)([#>*+\-`~]|\d{1,9}(?=[.)]))", re.MULTILINE
)


def _keep_text(match: re.Match[str]) -> str:
    return match.group(1) + escape_mark(match.group(2))


def _decode_given(data: bytes, path: str | Path, encoding: str) -> str:
    from editor.importing.errors import DraftError

    try:
        codecs.lookup(encoding)
    except LookupError:
        raise DraftError(path, f"'{encoding}' is not an encoding this program knows.") from None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as failure:
        raise DraftError(
            path, f"the draft is not valid {encoding} (byte {failure.start} cannot be read)."
        ) from None


def _decode_detected(data: bytes, path: str | Path) -> tuple[str, str]:
    from editor.importing.errors import DraftError

    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec), name
            except UnicodeDecodeError:
                raise DraftError(
                    path, f"the draft starts like {name} text but is not valid {name}."
                ) from None
    if _looks_binary(data):
        raise DraftError(path, "the draft is not text (it holds binary data).")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    return _best_legacy(data)


def _looks_binary(data: bytes) -> bool:
    sample = data[:_SAMPLE_BYTES]
    if sample.startswith((b"PK\x03\x04", b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"GIF8")):
        return True
    controls = len(sample) - len(sample.translate(None, _BINARY_CONTROLS))
    if controls <= max(2, len(sample) * _MAX_CONTROL_SHARE):
        return False
    # Valid UTF-8 is text with stray controls (a paragraph of them in a short draft was
    # refused whole: a trial): they are cleaned and reported at export. A binary is
    # almost never valid UTF-8, and UTF-16 without its mark has a NUL in every other byte.
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as failure:
        if failure.start < len(sample) - 3:  # not only a character cut by the sample's end
            return True
    return sample.count(0) > len(sample) * _MAX_UTF8_NUL_SHARE


def _best_legacy(data: bytes) -> tuple[str, str]:
    """Decode with the code page whose letters look most like real words."""
    sample = data[:_SAMPLE_BYTES]
    best_score, best = -1.0, "cp1252"
    # Ties go to the earlier code page: Cyrillic and Western letters sit at the same bytes
    # with the same case pattern, and a draft here is more likely Cyrillic.
    for codec in ("cp1256", "cp1251", "cp1252"):
        score = _plausibility(sample.decode(codec, errors="replace"), codec)
        if score > best_score:
            best_score, best = score, codec
    return data.decode(best, errors="replace"), best


def _plausibility(text: str, codec: str) -> float:
    """Return the share of non-ASCII letters that sit in words of one script and case."""
    letters = plausible = 0
    arabic, cyrillic = letter_pattern(ARABIC), letter_pattern(CYRILLIC)
    for word in _WORD.findall(text):
        high = sum(1 for char in word if ord(char) > 127)
        if not high:
            continue
        letters += high
        if codec == "cp1256":
            if len(arabic.findall(word)) == len(word):
                plausible += high
        elif codec == "cp1251":
            if len(cyrillic.findall(word)) == len(word) and _cased_like_a_word(word):
                plausible += high
        elif _cased_like_a_word(word) and not cyrillic.search(word):
            plausible += high
    return plausible / letters if letters else 0.0


def _cased_like_a_word(word: str) -> bool:
    return word.islower() or word.isupper() or (word[0].isupper() and word[1:].islower())
