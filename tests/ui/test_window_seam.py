"""The window's features reach each other through typed attributes; the user's house style."""

from __future__ import annotations

import ast
import io
import tokenize
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from ui_articles import english_article

from editor.cli import main
from editor.storage import container
from editor.storage.folders import UserFolders
from editor.storage.settings import Settings
from editor.ui.window.workspace import Workspace

EDITOR = Path(__file__).resolve().parents[2] / "editor"
HEADLINE = "Will the river port open again in March?"  # 40 characters
SHORT_STYLE = "short-headlines"


@pytest.fixture
def short_style(user_folders: UserFolders) -> str:
    """A house style of the user's own (per-user config folder) allowing 20-character headlines."""
    styles = user_folders.config / "styles"
    styles.mkdir(parents=True, exist_ok=True)
    (styles / f"{SHORT_STYLE}.json").write_text('{"max_headline_length": 20}', encoding="utf-8")
    return SHORT_STYLE


@pytest.fixture
def settings(short_style: str) -> Settings:
    """The short style chosen in Settings."""
    return Settings(autosave_seconds=60, house_style=short_style)


@pytest.fixture
def language_tools() -> bool:
    """Windows as the editor makes them: spelling, typography and the checklist on."""
    return True


def test_the_windows_checklist_uses_the_users_house_style_as_check_does(
    qtbot, workspace: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert len(HEADLINE) == 40
    article = english_article()
    article.headline = HEADLINE
    path = tmp_path / "port.newsdesk"
    container.save(article, path)

    window = workspace.open_file(path)
    assert window is not None
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.language_tools is not None, timeout=3000)
    tools = window.language_tools
    tools.panel.spelling_check.setChecked(False)  # `check` without --spelling
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    qtbot.keyClick(window.form.headline.editor, Qt.Key.Key_F7)  # Tools ▸ Check article

    assert tools.panel.isVisible()
    tree = tools.panel.tree
    messages = [tree.topLevelItem(row).text(1) for row in range(tree.topLevelItemCount())]
    places = [(f.part, f.line, f.column) for f in tools.panel.findings()]
    shown = [
        f"{part}: {line}:{column}: {text}"
        for (part, line, column), text in zip(places, messages, strict=True)
    ]
    expected = "headline: 1:21: The headline has 40 characters; the house style allows 20."
    assert expected in shown

    # The command line, given the same style by name, finds the same, in the same order.
    capsys.readouterr()
    assert main(["check", "--style", SHORT_STYLE, str(path)]) == 1
    assert capsys.readouterr().out.splitlines() == [f"{path}: {line}" for line in shown]


def test_the_window_is_told_when_the_house_style_changes(qtbot, workspace: Workspace) -> None:
    article = english_article()
    article.headline = HEADLINE
    window = workspace.add_window(article)
    qtbot.waitUntil(lambda: window.language_tools is not None, timeout=3000)
    tools = window.language_tools
    tools.panel.spelling_check.setChecked(False)
    tools.check_action.trigger()
    assert "headline" in [finding.part for finding in tools.panel.findings()]
    # Settings ▸ house style "default" (100 characters): the checklist on screen follows.
    workspace.apply(replace(workspace.settings, house_style="default"))
    assert window.house_style().max_headline_length == 100
    assert "headline" not in [finding.part for finding in tools.panel.findings()]


# -- the seam stays explicit ----------------------------------------------------------------

# Probes that are not a feature reaching into the window: (module file, code) -> why.
# Keyed by file name, not path, so that moving a module into a sub-package keeps its entry.
ALLOWED_PROBES = {
    ("app.py", 'getattr(feature, "_mod_uses_pyside", None)'): "PySide6's own import hook",
    ("app.py", 'getattr(uses_pyside, "__name__", "")'): "PySide6's own import hook",
    ("app.py", 'getattr(module, "__file__", None)'): "any module PySide6 asks about",
    ("failures.py", 'getattr(failure, "message", None)'): "any exception's detail",
    ("translations.py", "app.findChild(QTranslator, _PLURALS_NAME)"): "the app's translator",
    ("translations.py", "app.findChild(QTranslator, _TRANSLATOR_NAME)"): "the app's translator",
    ("wheel_guard.py", "app.findChild(WheelGuard, _OBJECT_NAME)"): "the app's one wheel guard",
}
PROBES = {"getattr", "hasattr", "setattr", "findChild", "findChildren", "children"}


def _ui_modules() -> list[Path]:
    return [*sorted((EDITOR / "ui").rglob("*.py")), EDITOR / "app.py"]


def _probes(source: str) -> Iterator[tuple[int, str]]:
    """Yield (line, what) for each probe in the code (comments and strings left out)."""
    tokens = [
        token
        for token in tokenize.generate_tokens(io.StringIO(source).readline)
        if token.type in (tokenize.NAME, tokenize.OP)
    ]
    for index, token in enumerate(tokens):
        after = tokens[index + 1].string if index + 1 < len(tokens) else ""
        if token.type == tokenize.NAME and token.string in PROBES and after == "(":
            yield token.start[0], token.string
        # Another object's private attribute (`other._slot`), not one's own (`self._slot`).
        private = token.string.startswith("_") and not token.string.startswith("__")
        if private and token.type == tokenize.NAME and index >= 2:
            dot, owner = tokens[index - 1], tokens[index - 2]
            if dot.string == "." and owner.string not in ("self", "cls"):
                yield token.start[0], token.string


def test_features_reach_the_window_through_typed_attributes_not_probes() -> None:
    found = []
    used = set()
    for path in _ui_modules():
        source = path.read_text(encoding="utf-8")
        lines = source.splitlines()
        for number, what in _probes(source):
            line = lines[number - 1]
            allowed = [key for key in ALLOWED_PROBES if key[0] == path.name and key[1] in line]
            used.update(allowed)
            if not allowed:
                found.append(f"{path.relative_to(EDITOR)}:{number}: {what}: {line.strip()}")
    assert found == [], "use a typed attribute or a public method:\n" + "\n".join(found)
    # An entry no probe matches any more would let a new probe of that text in unseen.
    assert set(ALLOWED_PROBES) - used == set(), "drop the allowances nothing needs"


def _window_assignments(source: str) -> Iterator[tuple[int, str]]:
    """Yield (line, target) for each assignment to an attribute of a window."""
    for node in ast.walk(ast.parse(source)):
        targets = node.targets if isinstance(node, ast.Assign) else []
        if isinstance(node, ast.AnnAssign | ast.AugAssign):
            targets = [node.target]
        for target in targets:
            if isinstance(target, ast.Attribute) and _names_a_window(target.value):
                yield node.lineno, ast.unparse(target)


def test_no_module_sets_an_attribute_on_a_window_from_outside() -> None:
    found = []
    for path in _ui_modules():
        if path.name == "main_window.py":
            continue
        for number, target in _window_assignments(path.read_text(encoding="utf-8")):
            found.append(f"{path.relative_to(EDITOR)}:{number}: {target}")
    assert found == [], "give MainWindow a declared attribute and an attach_ method:\n" + (
        "\n".join(found)
    )


def _names_a_window(node: ast.expr) -> bool:
    if isinstance(node, ast.Name):
        return node.id == "window"
    return isinstance(node, ast.Attribute) and node.attr in ("window", "_window")


def test_the_seam_rules_find_what_they_are_written_for() -> None:
    # The two rules above pass on clean code; this shows they would not pass on the old.
    source = "\n".join(
        [
            "tools = getattr(window, 'language_tools', None)",  # 1: a probe
            "window.review = ReviewController(window)",  # 2: set from outside
            "self.window.menu: QMenu = menu",  # 3: set from outside
            "parts = window._dirty_parts",  # 4: another object's private slot
            "for child in window.children():",  # 5: a walk over children
            "    self._own = child  # getattr(x) in a comment",  # 6: nothing
            "text = 'hasattr(window, \"form\")'",  # 7: nothing (a string)
            "window.__class__.__name__",  # 8: nothing (a dunder)
        ]
    )
    assert list(_probes(source)) == [(1, "getattr"), (4, "_dirty_parts"), (5, "children")]
    assert list(_window_assignments(source)) == [
        (2, "window.review"),
        (3, "self.window.menu"),
    ]
