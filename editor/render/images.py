"""Images a body shows: their type and pixel size, read from the first bytes of the file.

Only PNG, JPEG and GIF are taken: every writer (HTML, DOCX, PDF) can embed those as they
are. Reading the header here keeps the render layer free of Qt and of an imaging library.
"""

from __future__ import annotations

import struct

# The largest side an image may claim: anything past it is a damaged or hostile header.
MAX_SIDE = 30_000
# JPEG markers that start a frame and carry its size (SOF0-SOF15 but DHT, JPG and DAC).
_SOF = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}


def image_info(data: bytes) -> tuple[str, int, int] | None:
    """Return the media type, width and height of a PNG, JPEG or GIF, or None if not one."""
    found = _png(data) or _gif(data) or _jpeg(data)
    if found is None:
        return None
    media_type, width, height = found
    if not (0 < width <= MAX_SIDE and 0 < height <= MAX_SIDE):
        return None
    return media_type, width, height


def _png(data: bytes) -> tuple[str, int, int] | None:
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR" or len(data) < 24:
        return None
    width, height = struct.unpack(">II", data[16:24])
    return "image/png", width, height


def _gif(data: bytes) -> tuple[str, int, int] | None:
    if data[:6] not in (b"GIF87a", b"GIF89a") or len(data) < 10:
        return None
    width, height = struct.unpack("<HH", data[6:10])
    return "image/gif", width, height


def _jpeg(data: bytes) -> tuple[str, int, int] | None:
    if data[:2] != b"\xff\xd8":
        return None
    # Segments follow one another, each with its length: a bounded walk to the frame header.
    position, end = 2, len(data)
    while position + 4 <= end:
        if data[position] != 0xFF:
            return None
        marker = data[position + 1]
        if marker == 0xFF:  # fill byte
            position += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            position += 2
            continue
        (length,) = struct.unpack(">H", data[position + 2 : position + 4])
        if length < 2:
            return None
        if marker in _SOF:
            if position + 9 > end:
                return None
            height, width = struct.unpack(">HH", data[position + 5 : position + 9])
            return "image/jpeg", width, height
        position += 2 + length
    return None


EXTENSIONS = {"image/png": "png", "image/jpeg": "jpeg", "image/gif": "gif"}
