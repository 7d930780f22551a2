"""One colour per author, the same in the suggestions list and in the text.

Picked from the name (crc32, not Python's per-run string hash), so an author keeps it from
one session to the next; its lightness is tuned so names read on light and dark palettes.
"""

from __future__ import annotations

import functools
import zlib

from PySide6.QtGui import QColor

# Relative luminance an author's colour aims at: contrast of about 3.5:1 with a white
# background and about 3.8:1 with a dark one (#202020), so names read on both palettes.
_LUMINANCE = 0.2
_SATURATION = 0.75


def author_colour(author: str) -> QColor:
    """Return the colour of an author's suggestions: the same for a name on every run."""
    # A copy: a caller may change the QColor it is given.
    return QColor(_author_colour(author.strip().casefold()))


@functools.lru_cache(maxsize=256)
def _author_colour(author: str) -> QColor:
    # crc32, not hash(): Python's string hash changes with each run.
    hue = zlib.crc32(author.encode("utf-8")) % 360
    low, high = 0.0, 1.0
    colour = QColor.fromHslF(hue / 360, _SATURATION, 0.5)
    for _ in range(20):  # the lightness that gives the luminance, by bisection
        lightness = (low + high) / 2
        colour = QColor.fromHslF(hue / 360, _SATURATION, lightness)
        if luminance(colour) < _LUMINANCE:
            low = lightness
        else:
            high = lightness
    return colour


def luminance(colour: QColor) -> float:
    """Return a colour's relative luminance (WCAG 2), 0 for black to 1 for white."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )
