"""Dates as machines and as readers take them.

The byline, the corrections and the file hold dates as ISO 8601 ("2026-05-02", or a date
and time with its zone). The exchange formats and HTML's ``datetime`` take them so
(``machine_date``); the printed page shows them as the article's language writes a date
("2 May 2026", "٢ مايو ٢٠٢٦", "2 мая 2026 г.", ``printed_date``). Anything that is no
ISO date (a writer's "Tuesday morning") is printed as written.
"""

from __future__ import annotations

import re
import unicodedata

from editor.text.direction import has_right_to_left
from editor.text.languages import Language

# A date, or a date and time with an optional zone (ISO 8601, as the byline and the file
# hold them); patterns compiled by re when first used.
_DATE = r"(\d{4})-(\d{2})-(\d{2})"
_TIME = r"[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(Z|[+-]\d{2}(?::?\d{2})?)?"
_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _parts(
    text: str,
) -> tuple[int, int, int, str | None, str | None, str | None, str | None] | None:
    """Return the year, month, day, hour, minute, second and zone of an ISO 8601 date or
    date-time written in any decimal digits ("٢٠٢٦-٠٥-٠٢" too), None when it is none."""
    found = re.fullmatch(_DATE + f"(?:{_TIME})?", _ascii_digits(text.strip()), re.ASCII)
    if found is None:
        return None
    year, month, day, hour, minute, second, zone = found.groups()
    leap = int(year) % 4 == 0 and (int(year) % 100 != 0 or int(year) % 400 == 0)
    if int(year) < 1 or not 1 <= int(month) <= 12:
        return None
    days = _MONTH_DAYS[int(month) - 1] - (1 if int(month) == 2 and not leap else 0)
    if not 1 <= int(day) <= days:
        return None
    if hour is not None and (int(hour) > 23 or int(minute) > 59 or int(second or 0) > 59):
        return None
    return int(year), int(month), int(day), hour, minute, second, zone


def _ascii_digits(text: str) -> str:
    """Return a text with its decimal digits of any script as ASCII ones ("٢٠٢٦" → "2026")."""
    if text.isascii():
        return text
    return "".join(
        str(unicodedata.decimal(char)) if char.isdecimal() and not char.isascii() else char
        for char in text
    )


def _offset(zone: str) -> str:
    """Return an ISO zone as "+05:00" ("Z": "+00:00"; "+05" and "+0530" written out)."""
    if zone == "Z":
        return "+00:00"
    if len(zone) == 3:  # hours alone, as ISO 8601 allows: "+05"
        return f"{zone}:00"
    if ":" not in zone:
        return f"{zone[:3]}:{zone[3:]}"
    return zone


def machine_date(text: str) -> str:
    """Return a date as HTML's ``datetime`` and schema.org take it, "" when it is none.

    "2026-05-02" stays a date; a date-time is given to the second with its zone (UTC when
    it names none, as the file's stamps mean), in ASCII digits whatever digits it was typed
    in. Checked by hand, not by ``datetime``: its import would cost every export a
    millisecond.
    """
    parts = _parts(text)
    if parts is None:
        return ""
    year, month, day, hour, minute, second, zone = parts
    date = f"{year:04d}-{month:02d}-{day:02d}"
    if hour is None:
        return date
    return f"{date}T{hour}:{minute}:{second or '00'}{_offset(zone or 'Z')}"


def machine_time(text: str) -> str:
    """Return a date-time as the exchange formats take it (to the second, with its zone),
    "" when the text is no date-time (a date alone is none)."""
    stamp = machine_date(text)
    return stamp if "T" in stamp else ""


# The digits a language's ``digits`` names, in order 0-9 ("latin" leaves them as they are).
_DIGITS = {
    "arabic-indic": "٠١٢٣٤٥٦٧٨٩",
    "extended-arabic-indic": "۰۱۲۳۴۵۶۷۸۹",
}


def printed_date(text: str, language: Language) -> str:
    """Return a date as the language prints it: "2026-05-02" → "2 May 2026".

    A date and time keeps its time of day, and its zone when one was typed, as written
    ("2 May 2026, 14:30 UTC+03:00": the page's reader may be anywhere, so the time is not
    moved). Text that is no ISO date, or a language without date words, is returned as
    written.
    """
    parts = _parts(text)
    words = language.date_words
    if parts is None or words is None:
        return text.strip()
    year, month, day, hour, minute, _second, zone = parts
    # str.replace, not str.format: the words are data, and braces in them stay as they are.
    printed = (
        words.long.replace("{day}", words.first if day == 1 and words.first else str(day))
        .replace("{month}", words.months[month - 1])
        .replace("{year}", str(year))
    )
    if hour is not None:
        when = f"{hour}:{minute}"
        if zone is not None:
            offset = _offset(zone)
            when += f" {words.utc}" + ("" if offset == "+00:00" else offset)
        if zone is not None and language.is_rtl and not has_right_to_left(words.utc):
            # A run of its own (LRI … PDI): "UTC+05:00" in an Urdu line went to the line's
            # other end, past the place beside it (found in a trial).
            when = f"\u2066{when}\u2069"
        printed = words.with_time.replace("{date}", printed).replace("{time}", when)
    digits = _DIGITS.get(language.digits)
    return printed.translate(str.maketrans("0123456789", digits)) if digits else printed


def read_printed_date(text: str, language: Language) -> str:
    """Return the ISO date a date printed as the language writes one stands for
    ("15 May 2026" → "2026-05-15", "١٥ مايو ٢٠٢٦" too), "" when the text is none.

    A date edited in a DOCX's metadata line comes back as the article's date, not as
    the words it was printed in.
    """
    words = language.date_words
    if words is None:
        return ""
    plain = _ascii_digits(" ".join(text.split())).casefold()
    first = f"|{re.escape(words.first.casefold())}" if words.first else ""
    day = rf"(?P<day>\d{{1,2}}{first})"
    months = "|".join(re.escape(month.casefold()) for month in words.months)
    pattern = (
        re.escape(" ".join(words.long.casefold().split()))
        .replace(re.escape("{day}"), day)
        .replace(re.escape("{month}"), f"(?P<month>{months})")
        .replace(re.escape("{year}"), r"(?P<year>\d{4})")
    )
    found = re.fullmatch(pattern, plain)
    if found is None:
        return ""
    number = 1 if words.first and found["day"] == words.first.casefold() else int(found["day"])
    month = [one.casefold() for one in words.months].index(found["month"]) + 1
    return machine_date(f"{found['year']}-{month:02d}-{number:02d}")
