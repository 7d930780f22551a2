"""The embargo: Published waits until it lifts, whatever the gate says."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from editor.cli import main
from editor.model import Status
from editor.model.embargo import EmbargoState, embargo_moment, embargo_status
from editor.model.review import EmbargoError, change_status
from editor.storage import container
from editor.text.template import new_article

EMBARGO = "2026-12-08T06:00:00+03:00"
LIFTS = datetime(2026, 12, 8, 3, 0, tzinfo=UTC)


def _approved(embargo: str = EMBARGO):
    article = new_article("en")
    article.sections[0].body = "The port opens before winter."
    article.meta.embargo = embargo
    for status in (Status.IN_REVIEW, Status.APPROVED):
        change_status(article, status, "Desk", gate=False, now=LIFTS - timedelta(days=1))
    return article


def test_published_is_refused_one_minute_before_the_embargo_and_allowed_after() -> None:
    article = _approved()
    with pytest.raises(EmbargoError) as refused:
        change_status(article, Status.PUBLISHED, "Chief", now=LIFTS - timedelta(minutes=1))
    assert refused.value.left == timedelta(minutes=1)
    assert str(refused.value) == (
        "the article cannot move to Published before its embargo lifts at "
        "2026-12-08T06:00:00+03:00 (0 h 1 min left)"
    )
    assert article.meta.status == "approved"
    assert [c.status for c in article.status_history] == ["in_review", "approved"]
    change_status(article, Status.PUBLISHED, "Chief", now=LIFTS + timedelta(minutes=1))
    assert article.meta.status == "published"


def test_the_embargo_lifts_at_its_moment_in_any_zone() -> None:
    # The same moment written in UTC: lifted at 03:00 UTC exactly.
    assert embargo_status("2026-12-08T03:00:00Z", LIFTS).state is EmbargoState.LIFTED
    status = embargo_status(EMBARGO, LIFTS - timedelta(hours=3, minutes=20))
    assert status.state is EmbargoState.IN_FORCE
    assert status.left == timedelta(hours=3, minutes=20)


@pytest.mark.parametrize("embargo", ["2026-12-08T06:00:00", "tomorrow", "2026-13-01T00:00Z"])
def test_an_embargo_that_names_no_moment_holds_published_back(embargo: str) -> None:
    assert embargo_moment(embargo) is None
    article = _approved(embargo)
    with pytest.raises(EmbargoError, match="is not a date-time with its time zone"):
        change_status(article, Status.PUBLISHED, "Chief", now=LIFTS + timedelta(days=400))
    assert article.meta.status == "approved"


def test_no_embargo_no_wait() -> None:
    article = _approved("")
    change_status(article, Status.PUBLISHED, "Chief", now=LIFTS)
    assert article.meta.status == "published"


def test_cli_status_published_is_refused_under_embargo_with_an_exit_code(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "port.newsdesk"
    article = _approved("2999-01-01T00:00:00+00:00")
    container.save(article, path)
    code = main(["status", str(path), "published"])
    err = capsys.readouterr().err
    assert code == 2
    assert f"{path}: the article cannot move to Published before its embargo lifts at " in err
    assert "2999-01-01T00:00:00+00:00" in err
    assert container.load(path).meta.status == "approved"
    # Lifted (a moment gone by): the same command publishes.
    article.meta.embargo = "2000-01-01T00:00:00+00:00"
    container.save(article, path)
    assert main(["status", str(path), "published"]) == 0
    assert container.load(path).meta.status == "published"
