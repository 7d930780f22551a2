"""The layers of DESIGN.md, checked on the source: arrows point down, no circle, Qt at the top."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

EDITOR = Path(__file__).resolve().parent.parent / "editor"

# Each layer may import the layers of a lower rank, and itself; never one of the same rank
# or higher. `storage` may use `text` (the library's normaliser); `render`, `storage` and
# `importing` do not import each other.
RANK: dict[str, float] = {
    "editor": 0,  # the package's own __init__: the version
    "editor.resources": 0,
    "editor.files": 0,  # reading a file the user gave without hanging (a pipe, a device)
    "editor.processes": 0,  # whether a process runs (a lock's, a recovery copy's)
    "editor.model": 0,
    "editor.text": 1,
    "editor.storage": 2,
    "editor.render": 2,
    "editor.importing": 2,
    "editor.jobs": 3,
    # The interface, grouped by what the user sees; each group uses only those above it
    # here. The window's seam (what features may use of a window and of the workspace)
    # sits under the features, so the window and the workspace can make them.
    "editor.ui": 4,
    "editor.ui.common": 4.0,
    "editor.ui.form": 4.1,
    "editor.ui.window.seam": 4.2,
    "editor.ui.review": 4.3,
    "editor.ui.language": 4.4,
    "editor.ui.dialogs": 4.4,
    "editor.ui.library": 4.5,
    "editor.ui.window": 4.6,
    "editor.app": 5,
    "editor.cli": 6,
}
# Modules that may import PySide6: the interface, the program's start, and the PDF writer.
QT_ALLOWED = ("editor.ui", "editor.app", "editor.cli", "editor.render.pdf")


def module_name(path: Path) -> str:
    """Return the dotted name of a module file under editor/."""
    parts = list(path.relative_to(EDITOR.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported(path: Path, source: str | None = None) -> Iterator[str]:
    """Yield every module a file imports, at its top or inside a function.

    ``source`` stands in for the file's text (the checks' own test).
    """
    if source is None:
        source = path.read_text(encoding="utf-8")
    tree = ast.parse(source, str(path))
    package = module_name(path)
    if path.name != "__init__.py":
        package = package.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            yield base
            # `from editor.ui import workspace` imports the module editor.ui.workspace.
            for alias in node.names:
                yield f"{base}.{alias.name}"


def editor_graph() -> dict[str, set[str]]:
    """Return each editor module's imports of other editor modules."""
    modules = {module_name(path): path for path in EDITOR.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        graph[name] = {target for target in imported(path) if target in modules and target != name}
    return graph


def layer(module: str) -> str:
    """Return the layer a module belongs to: the longest RANK key that prefixes it."""
    best = "editor"
    for key in RANK:
        if (module == key or module.startswith(key + ".")) and len(key) > len(best):
            best = key
    return best


def upward_arrows(graph: dict[str, set[str]]) -> list[str]:
    """Return every import that points to a layer of the same or a higher rank."""
    wrong = []
    for source, targets in graph.items():
        for target in targets:
            a, b = layer(source), layer(target)
            if a != b and RANK[b] >= RANK[a]:
                wrong.append(f"{source} -> {target} ({a} may not import {b})")
    return sorted(wrong)


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Return the import circles: strongly connected parts of more than one module."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        # Tarjan's algorithm without recursion: (node, iterator over its targets).
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, targets = work[-1]
            advanced = False
            for target in targets:
                if target not in index:
                    index[target] = low[target] = counter
                    counter += 1
                    stack.append(target)
                    on_stack.add(target)
                    work.append((target, iter(sorted(graph[target]))))
                    advanced = True
                    break
                if target in on_stack:
                    low[node] = min(low[node], index[target])
            if advanced:
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_every_import_points_down_the_layers() -> None:
    assert upward_arrows(editor_graph()) == []


def test_no_import_circle_in_editor() -> None:
    assert cycles(editor_graph()) == []


def test_only_the_interface_and_the_pdf_writer_import_qt() -> None:
    offenders = []
    for path in EDITOR.rglob("*.py"):
        name = module_name(path)
        if any(name == allowed or name.startswith(allowed + ".") for allowed in QT_ALLOWED):
            continue
        if any(target.split(".")[0] == "PySide6" for target in imported(path)):
            offenders.append(name)
    assert offenders == []


def test_the_checks_find_an_arrow_up_and_a_circle() -> None:
    graph = {
        "editor.model.article": {"editor.text.counts"},
        "editor.text.counts": {"editor.model.article"},
        "editor.render.html": {"editor.storage.atomic"},
        "editor.storage.atomic": set(),
    }
    assert upward_arrows(graph) == [
        "editor.model.article -> editor.text.counts (editor.model may not import editor.text)",
        "editor.render.html -> editor.storage.atomic "
        "(editor.render may not import editor.storage)",
    ]
    assert cycles(graph) == [["editor.model.article", "editor.text.counts"]]


def test_the_checks_see_every_form_of_import() -> None:
    source = (
        "import editor.text.counts\n"
        "import editor.render.html as html\n"
        "from editor.ui import workspace\n"
        "from . import container\n"
        "from .schema import Fields\n"
        "from ..model import article\n"
        "def later():\n"
        "    from PySide6.QtCore import Qt\n"
    )
    found = set(imported(EDITOR / "storage" / "example.py", source))
    assert {
        "editor.text.counts",
        "editor.render.html",
        "editor.ui",
        "editor.ui.workspace",
        "editor.storage",
        "editor.storage.container",
        "editor.storage.schema",
        "editor.model",
        "editor.model.article",
        "PySide6.QtCore",
    } <= found
    # A package's __init__ is its own package: its "from . import" names its modules.
    assert "editor.model.article" in imported(
        EDITOR / "model" / "__init__.py", "from . import article"
    )
    # And the graph of the real tree holds the arrows its sources show.
    graph = editor_graph()
    assert {"editor.model", "editor.storage.errors"} <= graph["editor.storage.schema"]
    assert "editor.storage.schema" in graph["editor.storage.container"]


def test_every_module_has_a_layer() -> None:
    # A new top-level package must be given its place in the layers before it is used.
    unplaced = sorted(
        module_name(path)
        for path in EDITOR.rglob("*.py")
        if layer(module_name(path)) in ("editor", "editor.ui")
        and module_name(path) not in ("editor", "editor.ui")
    )
    assert unplaced == []
