"""Images an article holds in ``assets/``: what kind and size each is, and where it goes.

The kind and pixel size are read from the file's first bytes (PNG, JPEG, GIF: what a DOCX,
an HTML page and a PDF all show), never by decoding the image: a file that claims a
hundred thousand pixels a side is refused before anything tries to draw it.
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Mapping
from enum import StrEnum

from editor.model.frozen import Frozen

# The largest image file placed in an article (a photograph from a camera is 5-15 MB).
MAX_IMAGE_BYTES = 30 * 1000 * 1000
# The most pixels an image may have (a 100-megapixel picture), and the longest side.
MAX_IMAGE_PIXELS = 100_000_000
MAX_IMAGE_SIDE = 30_000
IMAGE_SUFFIXES = {"png": ".png", "jpeg": ".jpg", "gif": ".gif"}
# Each kind's media type, and the file extension an export gives it (DOCX media, Typst).
MEDIA_TYPES = {"png": "image/png", "jpeg": "image/jpeg", "gif": "image/gif"}
EXTENSIONS = {media_type: kind for kind, media_type in MEDIA_TYPES.items()}
# How a body names an image the article holds: ``![words](assets/NAME)``.
ASSETS = "assets/"
# The longest asset name kept from a file's name (the container allows 255 characters).
_NAME_LENGTH = 80
# How far into a JPEG its size is looked for (the markers before it: EXIF, ICC profiles).
_JPEG_SCAN = 4 * 1000 * 1000


class ImageProblem(StrEnum):
    """Why a file cannot be placed as an image."""

    TOO_LARGE = "too-large"  # the file is over MAX_IMAGE_BYTES
    NOT_AN_IMAGE = "not-an-image"  # not a PNG, JPEG or GIF, or damaged at its start
    TOO_MANY_PIXELS = "too-many-pixels"  # over MAX_IMAGE_PIXELS or MAX_IMAGE_SIDE


class ImageError(Exception):
    """A file cannot be placed as an image; ``problem`` says why (the UI words it)."""

    def __init__(self, problem: ImageProblem, size: int = 0) -> None:
        super().__init__(problem.value)
        self.problem = problem
        self.size = size  # the file's bytes (TOO_LARGE) or pixels (TOO_MANY_PIXELS)


class ImageInfo(Frozen):
    """An image's kind (``png``, ``jpeg``, ``gif``) and its size in pixels."""

    __slots__ = ("height", "kind", "width")

    kind: str
    width: int
    height: int

    @property
    def media_type(self) -> str:
        """The image's media type, e.g. ``image/png``."""
        return MEDIA_TYPES[self.kind]


def image_info(data: bytes) -> ImageInfo | None:
    """Return the kind and pixel size of a PNG, JPEG or GIF, or None for anything else."""
    if data.startswith(b"\x89PNG\r\n\x1a\n") and data[12:16] == b"IHDR" and len(data) >= 24:
        return _sized(
            "png", int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
        )
    if data[:6] in (b"GIF87a", b"GIF89a") and len(data) >= 10:
        return _sized(
            "gif", int.from_bytes(data[6:8], "little"), int.from_bytes(data[8:10], "little")
        )
    if data.startswith(b"\xff\xd8"):
        return _jpeg(data)
    return None


def _sized(kind: str, width: int, height: int) -> ImageInfo | None:
    return ImageInfo(kind, width, height) if width > 0 and height > 0 else None


def _jpeg(data: bytes) -> ImageInfo | None:
    """Find a JPEG's frame header (SOF0-SOF15 but DHT, JPG, DAC) for its size."""
    at = 2
    end = min(len(data), _JPEG_SCAN)
    while at + 4 <= end:
        if data[at] != 0xFF:
            return None
        marker = data[at + 1]
        if marker == 0xFF:  # fill byte
            at += 1
            continue
        if marker in (0x01, *range(0xD0, 0xD8)):  # markers without a length
            at += 2
            continue
        length = int.from_bytes(data[at + 2 : at + 4], "big")
        if length < 2:
            return None
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            if at + 9 > len(data):
                return None
            height = int.from_bytes(data[at + 5 : at + 7], "big")
            width = int.from_bytes(data[at + 7 : at + 9], "big")
            return _sized("jpeg", width, height)
        at += 2 + length
    return None


def shown_image(data: bytes) -> ImageInfo | None:
    """Return what an image is if every export can show it (a PNG, JPEG or GIF with no
    side past MAX_IMAGE_SIDE), else None: the exports and the checklist decide alike."""
    info = image_info(data)
    if info is None or max(info.width, info.height) > MAX_IMAGE_SIDE:
        return None
    return info


def named_asset(assets: Mapping[str, bytes], source: str) -> tuple[str, bytes] | None:
    """Return the name and bytes of the asset an image's source ``assets/NAME`` names, or
    None when the article holds none: NAME as written, else with its %-escapes undone (the
    Markdown export writes a space as "%20")."""
    name = source.removeprefix(ASSETS)
    data = assets.get(name)
    if data is None and "%" in name:
        from urllib.parse import unquote

        name = unquote(name)
        data = assets.get(name)
    return None if data is None else (name, data)


def check_image(data: bytes) -> ImageInfo:
    """Return what an image file is; raise ImageError when it cannot be placed."""
    if len(data) > MAX_IMAGE_BYTES:
        raise ImageError(ImageProblem.TOO_LARGE, len(data))
    info = image_info(data)
    if info is None:
        raise ImageError(ImageProblem.NOT_AN_IMAGE)
    if (
        max(info.width, info.height) > MAX_IMAGE_SIDE
        or info.width * info.height > MAX_IMAGE_PIXELS
    ):
        raise ImageError(ImageProblem.TOO_MANY_PIXELS, info.width * info.height)
    return info


def asset_name(assets: Mapping[str, bytes], file_name: str, data: bytes, kind: str) -> str:
    """Return the name an image is stored under in ``assets/``: its file's name, made safe.

    The same bytes under a name already held keep that name (placing a picture twice
    stores it once); another picture of the same name gets ``-2``, ``-3``… before its
    suffix. The suffix is the image's real kind's.
    """
    for name, held in assets.items():
        if held == data:
            return name
    stem = os.path.splitext(os.path.basename(file_name.replace("\\", "/")))[0]
    stem = "".join(
        char if (char.isalnum() or char in "-_") else "-"
        for char in unicodedata.normalize("NFC", stem)
        if unicodedata.category(char)[0] != "C"
    ).strip("-._")
    stem = stem[:_NAME_LENGTH] or "image"
    suffix = IMAGE_SUFFIXES[kind]
    name, number = f"{stem}{suffix}", 1
    while name in assets:
        number += 1
        name = f"{stem}-{number}{suffix}"
    return name
