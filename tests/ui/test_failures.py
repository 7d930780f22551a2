"""Failures are told in the interface language, with the core's detail after them."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from editor.storage.atomic import write_bytes
from editor.storage.errors import DISK_FULL, REASONS, LockedError, StorageError
from editor.storage.folders import UserFolders
from editor.storage.settings import Settings
from editor.ui.common.failures import failure_reason, failure_text
from editor.ui.common.theme import apply_ui_language
from editor.ui.common.times import readable_time

pytestmark = pytest.mark.fault


def _arabic(text: str) -> bool:
    return any("\u0600" <= char <= "\u06ff" for char in text)


def test_a_damaged_file_is_told_in_arabic_with_the_detail_after(
    qtbot, workspace, tmp_path: Path, monkeypatch, qapp: QApplication
) -> None:
    broken = tmp_path / "broken.newsdesk"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: shown.append(text))
    apply_ui_language(qapp, Settings(ui_language="ar"), UserFolders.default().cache)
    try:
        assert workspace.open_file(broken) is None
    finally:
        apply_ui_language(qapp, Settings(), UserFolders.default().cache)
    from editor.storage.container import load
    from editor.storage.errors import FormatError

    with pytest.raises(FormatError) as raised:
        load(broken)
    sentence, reason, detail = shown[0].split("\n\n")
    assert str(broken) in sentence and _arabic(sentence)
    assert _arabic(reason) and "Newsdesk" in reason  # "not a Newsdesk article", in Arabic
    assert detail == f"التفاصيل: {raised.value.message}"  # the core's words, as they are


def test_a_full_disk_is_told_by_its_reason(tmp_path: Path, monkeypatch) -> None:
    import os

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "write", full)
    with pytest.raises(StorageError) as raised:
        write_bytes(tmp_path / "a.newsdesk", b"words")
    failure = raised.value
    assert failure.reason == DISK_FULL
    assert failure_text("The article was not saved.", failure) == (
        "The article was not saved.\n\n"
        "The disk is full. Free some space and try again.\n\n"
        "Details: the disk is full; free some space and save again"
    )


def test_every_reason_of_a_failed_write_has_a_sentence_of_its_own(tmp_path: Path) -> None:
    generic = failure_reason(StorageError(tmp_path, "could not be written"))
    sentences = {failure_reason(StorageError(tmp_path, "x", reason=r)) for r in REASONS}
    assert len(sentences) == len(REASONS)
    assert generic not in sentences


def test_a_lock_names_who_holds_it(tmp_path: Path) -> None:
    failure = LockedError(tmp_path / "a.newsdesk", "is open by Rana on desk-3", {"user": "Rana"})
    assert failure_reason(failure) == "\u2068Rana\u2069 has this article open."
    stamp = "2026-12-07T16:56:13+00:00"
    held = {"user": "Rana", "account": "rana", "host": "desk-3", "time": stamp}
    failure = LockedError(tmp_path / "a.newsdesk", "is open by Rana on desk-3", held)
    shown = readable_time(stamp)
    assert "56" in shown  # the minute, in the interface's short format
    assert failure_reason(failure) == (
        "\u2068Rana\u2069 has had this article open on \u2068desk-3\u2069"
        f" since \u2068{shown}\u2069."
    )
    # All the lock says, in the sentence: no English "Details" line repeats it.
    assert failure_text("a.newsdesk is in use.", failure) == (
        "a.newsdesk is in use.\n\n" + failure_reason(failure)
    )
    since = LockedError(tmp_path / "a.newsdesk", "x", {"user": "Rana", "time": stamp})
    assert failure_reason(since) == (
        f"\u2068Rana\u2069 has had this article open since \u2068{shown}\u2069."
    )
    hostile = LockedError(tmp_path / "a.newsdesk", "is open", {"user": ["not", "a", "name"]})
    assert failure_reason(hostile) == "Someone else has this article open."


def test_a_lock_is_told_in_arabic_with_no_english_left(tmp_path: Path, qapp) -> None:
    held = {"user": "سلمى", "account": "root", "host": "vm", "time": "2026-12-07T16:56:13Z"}
    failure = LockedError(tmp_path / "a.newsdesk", "is open by سلمى on vm", held)
    apply_ui_language(qapp, Settings(ui_language="ar"), UserFolders.default().cache)
    try:
        shown = failure_text("water-plan-ar.newsdesk", failure)
    finally:
        apply_ui_language(qapp, Settings(), UserFolders.default().cache)
    # Seen on Xvfb: "التفاصيل: سلمى is open by on vm since … (user root)".
    assert "open" not in shown and "since" not in shown and "user" not in shown
    reason = shown.split("\n\n")[1]
    assert reason.startswith("يفتح \u2068سلمى\u2069 هذا المقال على \u2068vm\u2069 منذ \u2068")


def test_a_refused_status_move_is_told_with_the_statuses_in_russian(
    tmp_path: Path, qapp: QApplication
) -> None:
    from editor.jobs.status_change import change_statuses
    from editor.model import Status
    from editor.model.review import StatusMoveError
    from editor.storage import container
    from editor.text.template import new_article
    from editor.ui.common.failures import failure_line

    article = new_article("ru")
    article.headline = "Паром"
    article.meta.status = Status.PUBLISHED
    path = tmp_path / "ferry.newsdesk"
    container.save(article, path)
    (outcome,) = change_statuses([path], "approved", "Chief Editor")
    assert isinstance(outcome.failure, StatusMoveError)
    assert (outcome.failure.current, outcome.failure.target) == (Status.PUBLISHED, Status.APPROVED)
    apply_ui_language(qapp, Settings(ui_language="ru"), UserFolders.default().cache)
    try:
        line = failure_line(outcome.failure)
    finally:
        apply_ui_language(qapp, Settings(), UserFolders.default().cache)
    # "Published" and "Approved" by their Russian names; no English sentence of the core.
    assert "«Опубликовано»" in line and "«Одобрено»" in line, line
    assert "cannot move" not in line and "Published" not in line, line


def test_a_latin_name_leaves_the_arabic_sentence_right_to_left(qapp, tmp_path: Path) -> None:
    from editor.text.direction import paragraph_direction

    failure = LockedError(tmp_path / "a.newsdesk", "is open by root on vm", {"user": "root"})
    apply_ui_language(qapp, Settings(ui_language="ar"), UserFolders.default().cache)
    try:
        sentence = failure_reason(failure)
    finally:
        apply_ui_language(qapp, Settings(), UserFolders.default().cache)
    assert sentence.startswith("\u2068root\u2069")
    # The name a run of its own: the sentence reads right to left, its full stop at its end.
    assert paragraph_direction(sentence) == "rtl"


def test_an_untranslated_edition_is_told_in_russian_without_the_flag(
    tmp_path: Path, qapp: QApplication
) -> None:
    from editor.importing.draft import import_draft
    from editor.jobs.export import export_articles
    from editor.render.styles import load_style
    from editor.resources import resource_path
    from editor.storage import container
    from editor.text.editions import new_edition
    from editor.ui.common.failures import failure_line

    source = import_draft(resource_path("samples") / "ferry-line-en.txt").article
    new_edition(source, "ar", prefill=True, author="Translator One")
    path = tmp_path / "ferry.newsdesk"
    container.save(source, path)
    failures = [
        step.failure
        for step in export_articles(
            [path], ["html"], tmp_path / "out", load_style(), editions=["ar"]
        )
        if step.failure is not None
    ]
    (failure,) = failures
    apply_ui_language(qapp, Settings(ui_language="ru"), UserFolders.default().cache)
    try:
        line = failure_line(failure)
    finally:
        apply_ui_language(qapp, Settings(), UserFolders.default().cache)
    assert "Языковая версия \u2068العربية\u2069 не экспортирована" in line, line
    assert "непереведённ" in line and "--force" not in line and "translated" not in line, line
