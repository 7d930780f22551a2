"""Times as people read them: stored UTC ISO 8601 shown in local time, the interface's way."""

from __future__ import annotations

import re

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, QTimeZone

# A stored time: a date, then the time of day with an optional offset ("Z", "+02:00").
_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_DATE_TIME = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?"
    r"(Z|[+-]\d{2}:?\d{2})?"
)


def readable_time(stored: str, locale: QLocale | None = None) -> str:
    """Return a stored time in local time and the interface language's short format.

    A time without an offset is UTC, as the program stores them; a bare date is shown as a
    date, not moved to another day; anything else (a hand-edited file's "last Tuesday") is
    shown as written, never as a made-up date.
    """
    text = stored.strip()
    locale = locale if locale is not None else QLocale()
    whole = _DATE_TIME.fullmatch(text)
    if whole is not None:
        year, month, day, hour, minute = (int(whole.group(n)) for n in range(1, 6))
        second = int(whole.group(6) or 0)
        offset = _offset_seconds(whole.group(7))
        if offset is None:
            return stored
        moment = QDateTime(
            QDate(year, month, day),
            QTime(hour, minute, second),
            QTimeZone.fromSecondsAheadOfUtc(offset),
        )
        if not moment.isValid():
            return stored
        if locale.language() == QLocale.Language.C:
            # No language set (LANG=C): Qt's C format ("7 12 2026 00:24") reads as no
            # one writes a date; ISO order, as the files store it, reads everywhere.
            return moment.toLocalTime().toString("yyyy-MM-dd HH:mm")
        return locale.toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)
    only_date = _DATE.fullmatch(text)
    if only_date is not None:
        date = QDate(*(int(only_date.group(n)) for n in range(1, 4)))
        if date.isValid():
            if locale.language() == QLocale.Language.C:
                return date.toString("yyyy-MM-dd")
            return locale.toString(date, QLocale.FormatType.ShortFormat)
    return stored


def _offset_seconds(offset: str | None) -> int | None:
    """Return an ISO offset in seconds east of UTC (none: UTC); None when out of range."""
    if not offset or offset == "Z":
        return 0
    digits = offset[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:])
    if hours > 14 or minutes > 59:
        return None
    sign = -1 if offset[0] == "-" else 1
    return sign * (hours * 3600 + minutes * 60)
