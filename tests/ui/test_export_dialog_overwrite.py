"""The Export window asks before it overwrites a file, and remembers the formats chosen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from ui_articles import english_article

from editor.storage.container import save
from editor.storage.folders import UserFolders
from editor.storage.settings import Settings, load_settings
from editor.ui.common.theme import apply_ui_language
from editor.ui.dialogs.export_dialog import ExportDialog

Role = QMessageBox.ButtonRole


def _answer(monkeypatch: pytest.MonkeyPatch, role: Role) -> list[str]:
    """Answer the next question by the button of this role; return what was asked."""
    asked: list[str] = []

    def exec_(box: QMessageBox) -> int:
        asked.append(f"{box.text()}\n{box.informativeText()}")
        (button,) = [button for button in box.buttons() if box.buttonRole(button) == role]
        button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return asked


def _dialog(qtbot, workspace, folder: Path, formats: tuple[str, ...] = ("md",)) -> ExportDialog:
    dialog = ExportDialog(english_article(), workspace, None)
    qtbot.addWidget(dialog)
    for fmt, check in dialog.format_checks.items():
        check.setChecked(fmt in formats)
    dialog.folder_edit.setText(str(folder))
    return dialog


def _export(qtbot, workspace, folder: Path, formats: tuple[str, ...] = ("md",)) -> ExportDialog:
    dialog = _dialog(qtbot, workspace, folder, formats)
    assert dialog.start()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=10_000)
    assert all(step.ok for step in dialog.results)
    return dialog


@pytest.fixture
def exported(qtbot, workspace, tmp_path: Path) -> Path:
    """The article exported once as Markdown, its file then edited by hand."""
    folder = tmp_path / "out"
    (step,) = _export(qtbot, workspace, folder).results
    assert step.output is not None
    step.output.write_bytes(b"edited by hand")
    return step.output


def test_an_existing_output_is_asked_about_and_cancel_writes_nothing(
    qtbot, workspace, exported: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = _answer(monkeypatch, Role.RejectRole)
    dialog = _dialog(qtbot, workspace, exported.parent)
    assert not dialog.start()
    assert len(asked) == 1 and exported.name in asked[0]
    assert exported.read_bytes() == b"edited by hand"
    assert sorted(exported.parent.iterdir()) == [exported]
    assert not dialog.is_running() and dialog.results == []


def test_keep_both_writes_a_numbered_file_beside_the_existing_one(
    qtbot, workspace, exported: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = _answer(monkeypatch, Role.AcceptRole)
    dialog = _dialog(qtbot, workspace, exported.parent)
    assert dialog.start()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=10_000)
    assert len(asked) == 1
    kept = exported.with_name(f"{exported.stem} (2){exported.suffix}")
    assert [step.output for step in dialog.results] == [kept]
    assert exported.read_bytes() == b"edited by hand"
    assert "river port" in kept.read_text(encoding="utf-8").casefold()
    assert str(kept) in dialog.log.toPlainText()


def test_replace_overwrites_the_existing_file(
    qtbot, workspace, exported: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = _answer(monkeypatch, Role.DestructiveRole)
    dialog = _dialog(qtbot, workspace, exported.parent)
    assert dialog.start()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=10_000)
    assert len(asked) == 1
    assert "river port" in exported.read_text(encoding="utf-8").casefold()
    assert sorted(exported.parent.iterdir()) == [exported]


def test_many_existing_files_are_listed_five_and_the_rest_counted(
    qtbot, workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sources = []
    for number in range(4):
        article = english_article()
        article.headline = f"Ferry number {number} returns"
        path = tmp_path / f"ferry-{number}.newsdesk"
        save(article, path)
        sources.append(path)
    folder = tmp_path / "out"
    first = ExportDialog(None, workspace, sources=sources)
    qtbot.addWidget(first)
    for fmt, check in first.format_checks.items():
        check.setChecked(fmt in ("md", "html"))
    first.folder_edit.setText(str(folder))
    assert first.start()
    qtbot.waitUntil(lambda: not first.is_running(), timeout=10_000)
    before = {path: path.read_bytes() for path in folder.iterdir()}
    assert len(before) == 8
    asked = _answer(monkeypatch, Role.RejectRole)
    again = ExportDialog(None, workspace, sources=sources)
    qtbot.addWidget(again)
    again.folder_edit.setText(str(folder))
    assert not again.start()
    (question,) = asked
    assert "8" in question and "3" in question.splitlines()[-1]
    assert sum(1 for path in before if path.name in question) == 5
    assert {path: path.read_bytes() for path in folder.iterdir()} == before


def test_the_formats_chosen_are_ticked_in_the_next_export_window(
    qtbot, workspace, tmp_path: Path, user_folders
) -> None:
    first = _export(qtbot, workspace, tmp_path / "out", ("md", "pdf"))
    assert first.formats() == ["md", "pdf"]
    second = ExportDialog(english_article(), workspace, None)
    qtbot.addWidget(second)
    assert second.formats() == ["md", "pdf"]
    # Kept in the settings file: the next start ticks them too.
    assert load_settings(user_folders.config).export_formats == ["md", "pdf"]


@pytest.mark.parametrize("language", ["ru", "ar"])
def test_the_question_is_asked_in_the_interface_language(
    qtbot, workspace, exported: Path, monkeypatch: pytest.MonkeyPatch, qapp, language: str
) -> None:
    buttons: list[str] = []

    def exec_(box: QMessageBox) -> int:
        buttons.extend(button.text() for button in box.buttons())
        buttons.extend((box.windowTitle(), box.text()))
        (cancel,) = [b for b in box.buttons() if box.buttonRole(b) == Role.RejectRole]
        cancel.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    apply_ui_language(qapp, Settings(ui_language=language), UserFolders.default().cache)
    try:
        dialog = _dialog(qtbot, workspace, exported.parent)
        assert not dialog.start()
        said = "\n".join([*buttons, dialog.log.toPlainText()])
    finally:
        apply_ui_language(qapp, Settings(), UserFolders.default().cache)
    for english in ("Replace", "Keep both", "exist", "file", "Nothing"):
        assert english not in said, said
    letters = {"ru": ("\u0400", "\u04ff"), "ar": ("\u0600", "\u06ff")}[language]
    assert sum(letters[0] <= char <= letters[1] for char in said) > 20, said


def test_house_styles_are_listed_with_what_each_is_for(qtbot, workspace, tmp_path) -> None:
    folder = workspace.folders.config / "styles"
    folder.mkdir(parents=True)
    (folder / "gazette.json").write_text(
        '{"description": "The weekly gazette: its own template and labels."}', encoding="utf-8"
    )
    (folder / "broken.json").write_text("{", encoding="utf-8")
    dialog = _dialog(qtbot, workspace, tmp_path)
    combo = dialog.style_combo
    shown = {combo.itemData(index): combo.itemText(index) for index in range(combo.count())}
    assert shown["gazette"] == "gazette — The weekly gazette: its own template and labels."
    assert shown["default"].startswith("default — The default house style")
    assert shown["broken"] == "broken"  # listed; choosing it says why it cannot be used
    # The box shows the start of a description; its tip gives the whole of it.
    combo.setCurrentIndex(combo.findData("gazette"))
    assert combo.toolTip() == "The weekly gazette: its own template and labels."
    combo.setCurrentIndex(combo.findData("broken"))
    assert combo.toolTip() == ""


def test_the_dialog_puts_the_open_comments_in_the_docx_when_ticked(
    qtbot, workspace, tmp_path: Path
) -> None:
    # The reviewer got a DOCX without the writer's questions, and the dialog had no way
    # to ask for them (seen on Xvfb).
    import zipfile

    from editor.model import Comment

    article = english_article()
    body = article.sections[0].body
    article.comments = [
        Comment(id="c1", part="sections/0", start=0, end=3, quote=body[:3], text="Which ferry?")
    ]
    for ticked, folder in ((False, tmp_path / "plain"), (True, tmp_path / "review")):
        dialog = ExportDialog(article, workspace, None)
        qtbot.addWidget(dialog)
        for fmt, check in dialog.format_checks.items():
            check.setChecked(fmt == "docx")
        dialog.folder_edit.setText(str(folder))
        assert not dialog.comments_check.isChecked()  # not in what is published
        dialog.comments_check.setChecked(ticked)
        assert dialog.start()
        qtbot.waitUntil(lambda dialog=dialog: not dialog.is_running(), timeout=10_000)
        (step,) = dialog.results
        assert step.ok and step.output is not None
        names = zipfile.ZipFile(step.output).namelist()
        assert ("word/comments.xml" in names) is ticked
        if ticked:
            assert (
                "Which ferry?" in zipfile.ZipFile(step.output).read("word/comments.xml").decode()
            )


def test_the_librarys_export_names_its_articles_in_the_dialog(qtbot, workspace, tmp_path) -> None:
    # Only the title bar said how many (none on a screen without a window manager).
    paths = []
    for name in ("ferry-line", "library", "market", "school", "water-plan"):
        path = tmp_path / f"{name}.newsdesk"
        save(english_article(), path)
        paths.append(path)
    dialog = ExportDialog(None, workspace, None, sources=paths)
    qtbot.addWidget(dialog)
    assert dialog.sources_label.text() == ("5 articles: ferry-line, library, market, school, …")
