"""Times as people read them: stored UTC, shown in local time in the interface's format."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from editor.model import Status
from editor.model.review import add_comment, change_status, make_revision, reply
from editor.text.template import new_article
from editor.ui.common.times import readable_time
from editor.ui.window.workspace import Workspace

STORED = "2026-12-06T19:30:50+00:00"
# The same moment on a wall clock in India (UTC+05:30, no daylight saving): the next day.
IN_KOLKATA = QDateTime(QDate(2026, 12, 7), QTime(1, 0, 50))


@pytest.fixture
def kolkata(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The computer's clock is set to India's time zone for the test."""
    monkeypatch.setenv("TZ", "Asia/Kolkata")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def spaced(text: str) -> str:
    return " ".join(text.split())


def short(locale: QLocale, moment: QDateTime) -> str:
    return locale.toString(moment, QLocale.FormatType.ShortFormat)


@pytest.mark.parametrize("language", ["en", "ar", "ru"])
def test_the_review_panel_shows_a_comments_time_in_local_time_the_languages_way(
    qtbot, workspace: Workspace, kolkata, interface_locale, language: str
) -> None:
    locale = interface_locale(language)
    article = new_article("en")
    article.sections[0].body = "The ministry announced the date on Monday."
    comment = add_comment(article, "sections/0", 4, 12, "Which one?", "Dana Reyes", at=STORED)
    reply(comment, "The transport ministry.", "Sam Okafor", at="2026-12-06T20:15:00Z")
    window = workspace.add_window(article)
    window.attach_review()
    qtbot.waitExposed(window)
    panel = window.review.panel
    assert panel.select(comment.id)
    # The thread is HTML: its text gives the no-break spaces of "1:00 AM" as plain ones.
    shown = spaced(panel.thread_view.toPlainText())
    assert spaced(short(locale, IN_KOLKATA)) in shown
    assert spaced(short(locale, QDateTime(QDate(2026, 12, 7), QTime(1, 45)))) in shown
    assert "2026-12-06T" not in shown


def test_revisions_and_the_status_history_show_local_times(
    qtbot, workspace: Workspace, kolkata, interface_locale
) -> None:
    locale = interface_locale("ru")
    article = new_article("en")
    make_revision(article, "Dana Reyes", "first draft", at=STORED)
    change_status(article, Status.IN_REVIEW, "Dana Reyes", "ready", at=STORED)
    window = workspace.add_window(article)
    window.attach_review()
    qtbot.waitExposed(window)
    review = window.review
    dialog = review.show_revisions()
    qtbot.addWidget(dialog)
    assert dialog.from_combo.itemText(0).startswith(f"1: {short(locale, IN_KOLKATA)} Dana Reyes")
    history = review.status_label.toolTip()
    assert short(locale, IN_KOLKATA) in history and "Dana Reyes" in history
    assert "ready" in history


def test_a_time_without_offset_is_utc_and_a_date_stays_that_day(kolkata, interface_locale) -> None:
    locale = interface_locale("en_GB")
    assert readable_time("2026-12-06T19:30:50Z") == short(locale, IN_KOLKATA)
    assert readable_time("2026-12-06T19:30:50") == short(locale, IN_KOLKATA)
    assert readable_time("2026-12-06T21:30:50+02:00") == short(locale, IN_KOLKATA)
    assert readable_time("2026-12-06") == "06/12/2026"


@pytest.mark.parametrize(
    "stored",
    ["", "last Tuesday", "0", "2026-13-40T10:00:00+00:00", "2026-12-06T19:30:50+99:00", "1e9"],
)
def test_a_time_that_cannot_be_read_is_shown_as_written(interface_locale, stored: str) -> None:
    interface_locale("en_GB")
    assert readable_time(stored) == stored
    assert "1970" not in readable_time(stored)


def test_without_a_language_times_read_in_iso_order() -> None:
    """With LANG=C, Qt's C format gives "7 12 2026 00:24"; the window shows ISO order."""
    from PySide6.QtCore import QDateTime, QLocale, QTimeZone

    from editor.ui.common.times import readable_time

    stored = "2026-12-06T19:30:50+00:00"
    local = QDateTime.fromString(stored, "yyyy-MM-ddTHH:mm:ss+00:00")
    local.setTimeZone(QTimeZone.utc())
    expected = local.toLocalTime().toString("yyyy-MM-dd HH:mm")
    assert readable_time(stored, QLocale.c()) == expected
    assert readable_time("2026-12-06", QLocale.c()) == "2026-12-06"
