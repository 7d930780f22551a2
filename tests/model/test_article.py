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
