"""The article model's small helpers."""

from __future__ import annotations


def test_now_is_said_in_utc_to_the_second_as_datetime_says_it() -> None:
    from datetime import UTC, datetime, timedelta

    from editor.model import now_iso

    before = datetime.now(UTC).replace(microsecond=0)
    said = now_iso()
    after = datetime.now(UTC).replace(microsecond=0)
    assert len(said) == len(before.isoformat())
    assert said.endswith("+00:00")
    assert before <= datetime.fromisoformat(said) <= after + timedelta(seconds=1)


def test_any_moment_is_said_the_same_way() -> None:
    from editor.model import now_iso

    assert now_iso(0) == "1970-01-01T00:00:00+00:00"
    assert now_iso(1_795_000_000.9) == "2026-11-18T11:06:40+00:00"  # to the second
