"""Recovery copies at start: restore, open both, discard — and only Save writes the file."""

from __future__ import annotations

import pytest
from ui_articles import english_article, type_into

from editor.storage.container import load
from editor.storage.recovery import RecoveryStore
from editor.ui.dialogs import recovery_dialog
from editor.ui.dialogs.recovery_dialog import DISCARD, OPEN_BOTH, RecoveryDialog
from editor.ui.window.workspace import Workspace


@pytest.fixture
def choose(monkeypatch: pytest.MonkeyPatch):
    """Answer the recovery dialog with one choice for every copy."""
    chosen: dict[str, str] = {}

    def exec_(self: RecoveryDialog) -> int:
        for row in range(self.table.rowCount()):
            combo = self.table.cellWidget(row, 3)  # the "what to do" column, as a user picks
            combo.setCurrentIndex(combo.findData(chosen["choice"]))
        return RecoveryDialog.DialogCode.Accepted

    monkeypatch.setattr(recovery_dialog.RecoveryDialog, "exec", exec_)
    return chosen


def _crash_with_edits(qtbot, workspace, path=None):
    window = workspace.add_window(english_article())
    if path is not None:
        assert window.save_as(path)
    type_into(qtbot, window.form.standfirst.editor, " Recovered words.")
    assert window.write_recovery() is not None
    expected = window.article()
    window.abandon()
    return expected


def test_open_both_shows_the_saved_file_and_the_recovered_copy(
    qtbot, workspace, user_folders, settings, tmp_path, choose
) -> None:
    path = tmp_path / "port.newsdesk"
    expected = _crash_with_edits(qtbot, workspace, path)
    choose["choice"] = OPEN_BOTH
    later = Workspace(user_folders, settings)
    try:
        later.offer_recovery()
        assert len(later.windows) == 2
        saved = next(w for w in later.windows if w.path() == path)
        recovered = next(w for w in later.windows if w.path() is None)
        assert "Recovered words." not in saved.article().standfirst
        assert recovered.article().standfirst == expected.standfirst
        assert recovered.article().id != saved.article().id
        assert "Recovered words." not in load(path).standfirst
    finally:
        for window in list(later.windows):
            window.setWindowModified(False)
            window.close()


def test_restore_of_a_saved_article_saves_back_to_its_file(
    qtbot, workspace, user_folders, settings, tmp_path, monkeypatch
) -> None:
    path = tmp_path / "port.newsdesk"
    expected = _crash_with_edits(qtbot, workspace, path)
    monkeypatch.setattr(
        recovery_dialog.RecoveryDialog, "exec", lambda self: RecoveryDialog.DialogCode.Accepted
    )
    later = Workspace(user_folders, settings)
    try:
        (window,) = later.offer_recovery()
        assert window.path() == path
        assert window.save()
        assert load(path).standfirst == expected.standfirst
        assert RecoveryStore(user_folders).entries() == []
    finally:
        for opened in list(later.windows):
            opened.close()


def test_discard_removes_the_copy_and_opens_nothing(
    qtbot, workspace, user_folders, settings, choose
) -> None:
    _crash_with_edits(qtbot, workspace)
    assert len(RecoveryStore(user_folders).entries()) == 1
    choose["choice"] = DISCARD
    later = Workspace(user_folders, settings)
    assert later.offer_recovery() == []
    assert later.windows == []
    assert RecoveryStore(user_folders).entries() == []


def test_no_recovery_copies_means_no_dialog(workspace, monkeypatch) -> None:
    def fail(self):
        raise AssertionError("the dialog must not be shown")

    monkeypatch.setattr(recovery_dialog.RecoveryDialog, "exec", fail)
    assert workspace.offer_recovery() == []


def test_a_running_editors_copy_is_not_offered_back(qtbot, workspace, monkeypatch) -> None:
    # A third editor offered the unsaved work of two still running (a trial).
    import json
    import subprocess
    import sys

    _crash_with_edits(qtbot, workspace)
    (entry,) = RecoveryStore(workspace.folders).entries()
    sidecar = entry.path.with_suffix(".json")
    info = json.loads(sidecar.read_text(encoding="utf-8"))
    running = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        sidecar.write_text(json.dumps({**info, "pid": running.pid}), encoding="utf-8")

        def fail(self):
            raise AssertionError("the dialog must not be shown")

        monkeypatch.setattr(recovery_dialog.RecoveryDialog, "exec", fail)
        assert workspace.offer_recovery() == []
    finally:
        running.kill()
        running.wait()
    assert entry.path.exists()  # kept: it is the other editor's
