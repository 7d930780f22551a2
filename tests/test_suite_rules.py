"""Rules of the test suite itself: skips only for a missing tool, slow tests still run in CI.

The hostile-input and fault tests carry their mark (by file name) and CI runs them once, in
a step of their own bounded to 3 minutes.
"""

from __future__ import annotations

import ast
import re
import tomllib
from pathlib import Path

TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent

# A test may skip only because something outside the project is missing from the machine:
# each reason names one of these (case does not matter).
TOOLS = (
    "LibreOffice",
    "Chromium",
    "pandoc",
    "poppler-utils",
    "pyside6-lupdate",
    "lrelease",
    "PyInstaller",  # the 'package' extra, which .ci/run installs
    "git",
    "{} is not installed",  # test_linux_files.tool(name): the tool's name filled in
)
# Not a tool, but just as much outside the project: a platform without a fork server
# (Windows), a machine with no package index to build a wheel from (offline).
CIRCUMSTANCES = ("fork server", "package index")

_SKIPPING = {"skip", "skipif", "importorskip", "xfail"}


def _text(node: ast.expr | None) -> str | None:
    """The reason as written: a string, or an f-string with each value as {}."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(
            part.value if isinstance(part, ast.Constant) else "{}" for part in node.values
        )
    return None


def _name(func: ast.expr) -> str:
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def skip_reasons(source: str) -> list[tuple[int, str | None]]:
    """Return (line, reason) for each skip, skipif, importorskip and xfail in source."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and _name(node.func) in _SKIPPING:
            keywords = {keyword.arg: keyword.value for keyword in node.keywords}
            reason = keywords.get("reason")
            if reason is None and _name(node.func) == "skip" and node.args:
                reason = node.args[0]
            found.append((node.lineno, _text(reason)))
        elif isinstance(node, ast.FunctionDef | ast.ClassDef):
            # @pytest.mark.skip as a bare decorator: no reason at all
            found += [
                (decorator.lineno, None)
                for decorator in node.decorator_list
                if isinstance(decorator, ast.Attribute) and decorator.attr in _SKIPPING
            ]
    return sorted(found)


def _allowed(reason: str | None) -> bool:
    if reason is None:
        return False
    # Whole words: "git" is a tool, "digits" is not.
    return any(
        re.search(rf"(?<!\w){re.escape(name)}(?!\w)", reason, re.IGNORECASE)
        for name in (*TOOLS, *CIRCUMSTANCES)
    )


def bad_skips(source: str) -> list[str]:
    """Return "line: reason" for each skip whose reason names no missing tool."""
    return [f"{line}: {reason!r}" for line, reason in skip_reasons(source) if not _allowed(reason)]


def test_every_skip_names_a_missing_tool() -> None:
    bad = []
    for path in sorted(TESTS.rglob("*.py")):
        if path == Path(__file__).resolve():
            continue
        bad += [
            f"{path.relative_to(REPO)}:{where}" for where in bad_skips(path.read_text("utf-8"))
        ]
    assert not bad, "skips that do not name a missing tool:\n" + "\n".join(bad)


def test_a_skip_for_anything_else_is_found() -> None:
    source = """
import os, shutil, pytest

@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_a(): ...

def test_b():
    if not SHARED.exists():
        pytest.skip(f"{SHARED} is not here")

def test_c():
    pytest.importorskip("yaml")

@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_d(): ...

@pytest.mark.xfail(reason="flaky")
def test_e(): ...

@pytest.mark.skip
def test_f(): ...

def test_g():
    pytest.skip("needs two digits")
"""
    assert [line for line, _reason in skip_reasons(source)] == [4, 9, 12, 14, 17, 20, 24]
    assert bad_skips(source) == [
        "4: 'root reads every file'",
        "9: '{} is not here'",
        "12: None",
        "17: 'flaky'",
        "20: None",
        "24: 'needs two digits'",
    ]


def test_the_default_run_leaves_out_the_slow_tests_and_ci_runs_them() -> None:
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))
    options = pyproject["tool"]["pytest"]["ini_options"]
    assert "-m 'not slow'" in options["addopts"]
    assert any(marker.startswith("slow:") for marker in options["markers"])
    commands = ci_pytest_commands()
    # The README's command (`pytest`), split in two steps that together select the same tests.
    assert any(
        line.endswith('-m pytest -m "not slow and not hostile and not fault"') for line in commands
    ), commands
    # No slow test selected is pytest's exit code 5: not a failure.
    assert any("-m pytest -m slow || [ $? -eq 5 ]" in line for line in commands), commands


def ci_pytest_commands() -> list[str]:
    """Return .ci/run's pytest commands, continuation lines joined."""
    ci = (REPO / ".ci" / "run").read_text("utf-8").replace("\\\n", " ")
    return [" ".join(line.split()) for line in ci.splitlines() if re.search(r"\bpytest\b", line)]


# A test file whose name says hostile input or faults (a lock, a crash, a fuzzed command line,
# deep nesting, long text, script in fields) carries the mark .ci/run bounds.
_HOSTILE_OR_FAULT_NAME = re.compile(r"hostile|fault|fuzz|lock|crash|deep|linear|xss|write_rule")


def file_marks(source: str) -> set[str]:
    """Return the marks a test file's ``pytestmark`` gives all its tests."""
    marks: set[str] = set()
    for node in ast.parse(source).body:
        if not isinstance(node, ast.Assign):
            continue
        if not any(isinstance(t, ast.Name) and t.id == "pytestmark" for t in node.targets):
            continue
        for inner in ast.walk(node.value):
            if (
                isinstance(inner, ast.Attribute)
                and isinstance(inner.value, ast.Attribute)
                and inner.value.attr == "mark"
            ):
                marks.add(inner.attr)
    return marks


def test_file_marks_reads_pytestmark_alone_or_in_a_list() -> None:
    assert file_marks("import pytest\npytestmark = pytest.mark.hostile\n") == {"hostile"}
    listed = "pytestmark = [pytest.mark.fault, pytest.mark.skipif(True, reason='x')]\n"
    assert file_marks(listed) == {"fault", "skipif"}
    assert file_marks("import pytest\n@pytest.mark.hostile\ndef test_a(): ...\n") == set()


def test_every_hostile_or_fault_test_file_carries_its_mark() -> None:
    named = [p for p in sorted(TESTS.rglob("test_*.py")) if _HOSTILE_OR_FAULT_NAME.search(p.stem)]
    assert len(named) >= 10, named
    unmarked = [
        str(path.relative_to(REPO))
        for path in named
        if not file_marks(path.read_text("utf-8")) & {"hostile", "fault"}
    ]
    assert not unmarked, "hostile or fault test files without the mark:\n" + "\n".join(unmarked)


def test_ci_runs_the_hostile_and_fault_tests_once_bounded_to_three_minutes() -> None:
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))
    markers = pyproject["tool"]["pytest"]["ini_options"]["markers"]
    assert any(marker.startswith("hostile:") for marker in markers)
    assert any(marker.startswith("fault:") for marker in markers)
    commands = ci_pytest_commands()
    bounded = [line for line in commands if '-m "(hostile or fault) and not slow"' in line]
    assert len(bounded) == 1, commands
    assert "timeout 180 " in bounded[0]
    # The other default-run step leaves them out, so none runs twice.
    assert any('-m "not slow and not hostile and not fault"' in line for line in commands)
