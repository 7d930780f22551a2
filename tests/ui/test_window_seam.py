"""The window's features reach each other through typed attributes; the user's house style."""

from __future__ import annotations

import ast
import io
import tokenize
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication
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
def editor_workspace(
    qapp: QApplication, user_folders: UserFolders, short_style: str
) -> Iterator[Workspace]:
    """A workspace as the editor makes it (language tools on), the short style chosen."""
    settings = Settings(autosave_seconds=60, house_style=short_style)
    space = Workspace(user_folders, settings)
    yield space
    for window in list(space.windows):
        window.setWindowModified(False)
        window.close()
    qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qapp.processEvents()


def test_the_windows_checklist_uses_the_users_house_style_as_check_does(
    qtbot, editor_workspace: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert len(HEADLINE) == 40
    article = english_article()
    article.headline = HEADLINE
    path = tmp_path / "port.newsdesk"
    container.save(article, path)

    window = editor_workspace.open_file(path)
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


def test_the_window_is_told_when_the_house_style_changes(
    qtbot, editor_workspace: Workspace
) -> None:
    article = english_article()
    article.headline = HEADLINE
    window = editor_workspace.add_window(article)
    qtbot.waitUntil(lambda: window.language_tools is not None, timeout=3000)
    tools = window.language_tools
    tools.panel.spelling_check.setChecked(False)
    tools.check_action.trigger()
    assert "headline" in [finding.part for finding in tools.panel.findings()]
    # Settings ▸ house style "default" (100 characters): the checklist on screen follows.
    editor_workspace.apply(replace(editor_workspace.settings, house_style="default"))
    assert window.house_style().max_headline_length == 100
    assert "headline" not in [finding.part for finding in tools.panel.findings()]


# -- the seam stays explicit ----------------------------------------------------------------

# Probes that are not a feature reaching into the window: (module file, code) -> why.
# Keyed by file name, not path, so that moving a module into a sub-package keeps its entry.
ALLOWED_PROBES = {
    ("app.py", 'getattr(feature, "_mod_uses_pyside", None)'): "PySide6's own import hook",
    ("app.py", 'getattr(uses_pyside, "__name__", "")'): "PySide6's own import hook",
    ("app.py", 'getattr(module, "__file__", None)'): "any module PySide6 asks about",
    ("app.py", "feature._mod_uses_pyside"): "PySide6's own import hook",
    ("settings.py", "getattr(settings, spec.name)"): "each field of the settings dataclass",
    ("settings.py", "setattr(settings, spec.name, value)"): "each field of the dataclass",
    ("failures.py", 'getattr(failure, "message", None)'): "any exception's detail",
    ("translations.py", "app.findChild(QTranslator, _PLURALS_NAME)"): "the app's translator",
    ("translations.py", "app.findChild(QTranslator, _TRANSLATOR_NAME)"): "the app's translator",
}
PROBES = {"getattr", "hasattr", "setattr", "findChild", "findChildren", "children"}


def _ui_modules() -> list[Path]:
    return [*sorted((EDITOR / "ui").rglob("*.py")), EDITOR / "app.py"]


def _probes(path: Path) -> Iterator[tuple[int, str]]:
    """Yield (line, what) for each probe in the code (comments and strings left out)."""
    source = path.read_text(encoding="utf-8")
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
    for path in _ui_modules():
        lines = path.read_text(encoding="utf-8").splitlines()
        for number, what in _probes(path):
            line = lines[number - 1]
            allowed = [key for key in ALLOWED_PROBES if key[0] == path.name and key[1] in line]
            if not allowed:
                found.append(f"{path.relative_to(EDITOR)}:{number}: {what}: {line.strip()}")
    assert found == [], "use a typed attribute or a public method:\n" + "\n".join(found)


def test_no_module_sets_an_attribute_on_a_window_from_outside() -> None:
    found = []
    for path in _ui_modules():
        if path.name == "main_window.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets = node.targets if isinstance(node, ast.Assign) else []
            if isinstance(node, ast.AnnAssign | ast.AugAssign):
                targets = [node.target]
            for target in targets:
                if isinstance(target, ast.Attribute) and _names_a_window(target.value):
                    found.append(
                        f"{path.relative_to(EDITOR)}:{node.lineno}: {ast.unparse(target)}"
                    )
    assert found == [], "give MainWindow a declared attribute and an attach_ method:\n" + (
        "\n".join(found)
    )


def _names_a_window(node: ast.expr) -> bool:
    if isinstance(node, ast.Name):
        return node.id == "window"
    return isinstance(node, ast.Attribute) and node.attr in ("window", "_window")
