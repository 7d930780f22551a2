"""The embargo: the moment before which an article is not published, and the time left.

``Meta.embargo`` is an ISO 8601 date-time that names its zone ("2026-12-08T06:00:00+03:00",
or "…Z"); "" means none. A stamp without a zone names no moment (06:00 where?), so it is
read as unreadable, like any text that is no date-time: Published waits until it is fixed.
No Qt, no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum


class EmbargoState(StrEnum):
    """Where an article stands against its embargo."""

    NONE = "none"
    IN_FORCE = "in_force"
    LIFTED = "lifted"
    UNREADABLE = "unreadable"


@dataclass(frozen=True)
class EmbargoStatus:
    """An embargo read at a moment: its state, its moment (None: none or unreadable) and
    the time left until it lifts (zero once lifted)."""

    state: EmbargoState
    moment: datetime | None = None
    left: timedelta = timedelta(0)


def embargo_moment(text: str) -> datetime | None:
    """Return the moment an embargo names, None when it is empty or names no moment."""
    stamp = text.strip()
    if not stamp:
        return None
    try:
        # fromisoformat reads "Z" as UTC since Python 3.11.
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return None
    if moment.tzinfo is None or moment.utcoffset() is None:
        return None
    return moment


def embargo_status(text: str, now: datetime | None = None) -> EmbargoStatus:
    """Return where an embargo stands at ``now`` (the current time when None)."""
    if not text.strip():
        return EmbargoStatus(EmbargoState.NONE)
    moment = embargo_moment(text)
    if moment is None:
        return EmbargoStatus(EmbargoState.UNREADABLE)
    at = now if now is not None else datetime.now(UTC)
    if at.tzinfo is None:
        # A caller's naive time is taken as UTC, as now_iso writes times.
        at = at.replace(tzinfo=UTC)
    left = moment - at
    if left > timedelta(0):
        return EmbargoStatus(EmbargoState.IN_FORCE, moment, left)
    return EmbargoStatus(EmbargoState.LIFTED, moment)


def hours_minutes(left: timedelta) -> tuple[int, int]:
    """Return a time left as whole hours and minutes, the minutes rounded up (a minute
    and a second left is "2 min": the embargo has not lifted at "1 min")."""
    minutes = -(-int(left.total_seconds()) // 60)
    return divmod(max(0, minutes), 60)
