"""The committed .ts sources hold every translatable string of the code, and compile."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from packaging_helpers import REPO, build_script

TRANSLATIONS = REPO / "resources" / "translations"
LANGUAGES = ("ar", "ru", "tr", "ur")

Message = tuple[str, str, str]  # context, source text, disambiguation comment


def messages(ts_file: Path) -> set[Message]:
    """Return the (context, source, comment) of every current message of a .ts file."""
    found = set()
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else None
            if kind in ("obsolete", "vanished"):
                continue
            found.add((name, message.findtext("source", ""), message.findtext("comment", "")))
    return found


def test_each_ui_language_has_a_source_for_its_language() -> None:
    for code in LANGUAGES:
        root = ET.parse(TRANSLATIONS / f"newsdesk_{code}.ts").getroot()
        assert root.get("language", "").split("_")[0] == code


def test_every_language_offers_the_same_strings() -> None:
    reference = messages(TRANSLATIONS / "newsdesk_ar.ts")
    assert len(reference) > 100
    for code in LANGUAGES[1:]:
        assert messages(TRANSLATIONS / f"newsdesk_{code}.ts") == reference, code


def test_ts_sources_hold_every_string_of_the_code(tmp_path: Path) -> None:
    """lupdate over editor/ finds no string the committed sources lack.

    Line numbers are ignored (any edit moves them), and strings the code no longer has
    may linger until the next update: neither shows the user anything untranslated.
    """
    build = build_script()
    tool = build.lupdate_command([])[0]
    if not Path(tool).exists() and shutil.which(tool) is None:
        pytest.skip("pyside6-lupdate is not installed")
    copies = []
    for code in LANGUAGES:
        copy = tmp_path / f"newsdesk_{code}.ts"
        shutil.copyfile(TRANSLATIONS / copy.name, copy)
        copies.append(copy)
    subprocess.run(build.lupdate_command(copies), cwd=REPO, check=True, capture_output=True)
    for copy in copies:
        missing = messages(copy) - messages(TRANSLATIONS / copy.name)
        listed = "\n".join(f"  {context}: {source!r}" for context, source, _ in sorted(missing))
        assert not missing, (
            f"{copy.name} lacks strings the code shows; run "
            f"`python packaging/build.py update-translations`:\n{listed}"
        )


def test_compiled_sources_load_in_qt(tmp_path: Path) -> None:
    from PySide6.QtCore import QTranslator

    from editor.ui.common.translations import find_lrelease

    if find_lrelease() is None:
        pytest.skip("Qt's lrelease is absent")
    compiled = build_script().compile_translations(tmp_path)
    assert sorted(path.name for path in compiled) == [f"newsdesk_{c}.qm" for c in LANGUAGES]
    for qm in compiled:
        translator = QTranslator()
        assert translator.load(str(qm)), qm


def _lupdate(sources: list[Path], ts_file: Path) -> set[Message]:
    tool = build_script().lupdate_command([])[0]
    if not Path(tool).exists() and shutil.which(tool) is None:
        pytest.skip("pyside6-lupdate is not installed")
    names = [str(path.relative_to(REPO)) for path in sources]
    subprocess.run([tool, *names, "-ts", str(ts_file)], cwd=REPO, check=True, capture_output=True)
    return messages(ts_file)


def _core_messages() -> set[Message]:
    """Return the core's English messages the interface shows translated, by context."""
    from editor.model.article import STATUS_NAMES
    from editor.model.messages import CHECKLIST, STATUS
    from editor.model.validate import TEMPLATES as PROBLEM_TEMPLATES
    from editor.text.checklist import TEMPLATES as FINDING_TEMPLATES

    wanted = {(CHECKLIST, text, "") for text in (*PROBLEM_TEMPLATES, *FINDING_TEMPLATES)}
    return wanted | {(STATUS, name, "") for name in STATUS_NAMES.values()}


def test_lupdate_finds_the_core_messages_where_they_are_written(tmp_path: Path) -> None:
    """The core marks its messages with a Qt-free QT_TRANSLATE_NOOP, and lupdate reads it."""
    core = [
        path
        for folder in ("model", "text", "storage", "render", "importing")
        for path in sorted((REPO / "editor" / folder).rglob("*.py"))
    ]
    found = _lupdate(core, tmp_path / "core.ts")
    missing = _core_messages() - found
    assert not missing, sorted(missing)


def test_every_core_message_is_translated_in_each_language() -> None:
    for code in LANGUAGES:
        done = set()
        for context in ET.parse(TRANSLATIONS / f"newsdesk_{code}.ts").getroot().iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") is not None:
                    continue  # unfinished, obsolete or vanished
                if (translation.text or "").strip():
                    done.add((name, message.findtext("source", ""), ""))
        untranslated = _core_messages() - done
        assert not untranslated, (code, sorted(untranslated))
