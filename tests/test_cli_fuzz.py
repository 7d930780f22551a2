"""Generated command lines: whatever the arguments, no traceback, error lines, exit 0, 1 or 2."""

from __future__ import annotations

import argparse
import os
import shutil
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor.cli import COMMANDS, build_parser, main
from editor.model import Article, Quotation, Section
from editor.storage import container

pytestmark = pytest.mark.hostile

# Files an argument may name, made afresh in the working folder before each example.
FILES = [
    "good.newsdesk",
    "corrupt.newsdesk",
    "pipe.newsdesk",
    "folder",
    "missing.newsdesk",
    "draft.txt",
    "draft.md",
    "style.json",
    "pipe.json",
    "zero.json",
    "/dev/zero",
    "/dev/urandom",
    "/dev/null",
]
STATUSES = ["draft", "in_review", "changes_requested", "approved", "published"]
SORTS = ["relevance", "newest", "oldest", "headline", "author"]
FORMATS = [
    "docx",
    "html",
    "md",
    "pdf",
    "md,html",
    "ninjs",
    "newsml",
    "wxr",
    "wxr,ninjs",
    "txt",
    "",
]

_HOSTILE = st.sampled_from(
    [
        "",
        "-",
        "--",
        "1e308",
        "nan",
        "-inf",
        "-1",
        "0",
        str(10**30),
        "9" * 5000,
        "²",
        "٣",
        "a\x00b",
        "line\nbreak",
        "\x1b[2J",
        "\udcff",
        "x" * 300,
        "ع" * 500,
        "current",
        "hex",
        "utf-16",
    ]
)
# Text that stays a relative name in the working folder: nothing the run may write to
# (the tests run as root in CI) lies outside it.
_TEXT = st.text(min_size=0, max_size=40).filter(
    lambda text: not text.startswith(("/", "~")) and ".." not in text
)
VALUE = st.one_of(_HOSTILE, _TEXT)
FILE = st.one_of(st.sampled_from(FILES), _HOSTILE, _TEXT)
# Where a command may write: only names inside the working folder.
OUTPUT = st.one_of(
    st.sampled_from(["out.newsdesk", "good.newsdesk", "folder", "pipe.newsdesk", "out"]),
    _TEXT,
    _HOSTILE.filter(lambda text: not text.startswith("/")),
)

# Each command: positional argument strategies, then option → value strategy (None: a flag).
_OPTIONS: dict[str, dict[str, st.SearchStrategy[str] | None]] = {
    "new": {"--language": VALUE, "-o": OUTPUT, "--force": None},
    "show": {"--json": None, "--edition": VALUE},
    "check": {
        "--style": st.one_of(st.sampled_from(FILES), VALUE),
        "--spelling": None,
        "--edition": VALUE,
    },
    "export": {
        "--format": st.one_of(st.sampled_from(FORMATS), VALUE),
        "--out": OUTPUT,
        "--style": st.one_of(st.sampled_from(FILES), VALUE),
        "--fragment": None,
        "--force": None,
        "--comments": None,
        "--changes-since": st.one_of(st.sampled_from(["1", "2", "approved", "0"]), VALUE),
        "--ninjs-version": st.one_of(st.sampled_from(["2.2", "3.1"]), VALUE),
        "--edition": st.one_of(st.sampled_from(["all", "ar", "en,ar"]), VALUE),
        "--existing": st.one_of(st.sampled_from(["stop", "replace", "keep"]), VALUE),
    },
    "editions": {
        "--json": None,
        "--new": st.one_of(st.sampled_from(["ar", "ru", "en", "xx"]), VALUE),
        "--confirm": st.one_of(st.sampled_from(["ar", "ru"]), VALUE),
        "--prefill": None,
        "--author": VALUE,
        "--force": None,
    },
    "import": {
        "-o": OUTPUT,
        "--out": OUTPUT,
        "--language": VALUE,
        "--encoding": VALUE,
        "--explain": None,
        "--force": None,
    },
    "comments": {"--json": None, "--from-docx": FILE, "--force": None},
    "review": {
        "--from-docx": FILE,
        "--accept-all": None,
        "--reject-all": None,
        "--untracked": None,
        "--json": None,
        "--force": None,
    },
    "suggestions": {
        "--json": None,
        "--accept": VALUE,
        "--reject": VALUE,
        "--accept-all": None,
        "--reject-all": None,
        "--force": None,
    },
    "status": {"--note": VALUE, "--author": VALUE, "--force": None, "--edition": VALUE},
    "diff": {"--from": VALUE, "--to": VALUE},
    "library search": {
        "--status": VALUE,
        "--language": VALUE,
        "--author": VALUE,
        "--office": VALUE,
        "--tag": VALUE,
        "--from": VALUE,
        "--to": VALUE,
        "--sort": st.one_of(st.sampled_from(SORTS), VALUE),
        "--slugline": VALUE,
        "--urgency": st.one_of(st.sampled_from(["1", "9", "0", "10"]), VALUE),
        "--embargo": st.one_of(st.sampled_from(["embargoed", "lifted", "none"]), VALUE),
        "--limit": VALUE,
        "--json": None,
    },
    "library index": {"--rebuild": None},
    "library folders": {},
    "style list": {},
    "style new": {
        "--from-docx": FILE,
        "--from": VALUE,
        "--description": VALUE,
        "--force": None,
    },
}


def _positionals(command: str) -> st.SearchStrategy[list[str]]:
    if command in ("show", "comments", "diff", "review", "suggestions", "editions"):
        return st.lists(FILE, min_size=1, max_size=1)
    if command in ("check", "export", "import"):
        return st.lists(FILE, min_size=1, max_size=3)
    if command == "status":
        return st.tuples(FILE, st.one_of(st.sampled_from(STATUSES), VALUE)).map(list)
    if command in ("library search", "style new"):
        return st.lists(VALUE, min_size=1, max_size=1)
    if command == "library index":
        return st.lists(st.sampled_from(["folder", "missing", ".", "good.newsdesk"]), max_size=2)
    return st.just([])


@st.composite
def command_lines(draw: st.DrawFn) -> list[str]:
    """A command line: a command (or a mistyped one), its arguments, options in any order."""
    if draw(st.integers(0, 19)) == 0:
        return [draw(st.one_of(_TEXT, _HOSTILE)), *draw(st.lists(FILE, max_size=2))]
    command = draw(st.sampled_from(sorted(_OPTIONS)))
    words = [*command.split(), *draw(_positionals(command))]
    options = _OPTIONS[command]
    for name in draw(st.lists(st.sampled_from(sorted(options) or ["--help"]), max_size=3)):
        value = options.get(name)
        words.append(name)
        if value is not None:
            words.append(draw(value))
    return words


def _make_files(folder: Path) -> None:
    for entry in folder.iterdir():
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry)
        else:
            entry.unlink()
    article = Article(
        headline="Will the port reopen?",
        sections=[Section(body="The council met. [[quote:q1]]"), Section(kind="comment")],
        quotations=[Quotation(id="q1", words="We will reopen.", speaker="A. Speaker")],
    )
    container.save(article, folder / "good.newsdesk")
    good = (folder / "good.newsdesk").read_bytes()
    (folder / "corrupt.newsdesk").write_bytes(good[: len(good) // 2])
    with zipfile.ZipFile(folder / "fake.docx", "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
    os.mkfifo(folder / "pipe.newsdesk")
    os.mkfifo(folder / "pipe.json")
    os.symlink("/dev/zero", folder / "zero.json")
    (folder / "folder").mkdir()
    (folder / "draft.txt").write_text("Headline?\n\nNews:\nBody text.\n", encoding="utf-8")
    (folder / "draft.md").write_text("# Headline\n\n## News:\n\nA & B <c>\n", encoding="utf-8")
    (folder / "style.json").write_text('{"sizes": {"body": 12}}', encoding="utf-8")


def _check_run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    _make_files(Path.cwd())
    capsys.readouterr()
    code = main(argv)
    captured = capsys.readouterr()
    assert code in (0, 1, 2), (argv, code, captured.err)
    assert "Traceback" not in captured.err, argv
    lines = captured.err.splitlines()
    if lines and lines[0].startswith("usage: "):
        # argparse's own form for bad usage: the usage, then one "error:" line.
        assert code == 2, argv
        assert ": error: " in lines[-1], captured.err
        return
    if code == 2:
        assert lines, argv  # a failure always says why
    # Every line is the command's own: "newsdesk: FILE: what is wrong" (or a warning), and
    # the export's and index's progress lines, shown on a terminal only.
    for line in lines:
        assert line.startswith("newsdesk: ") or line == "no articles found", (argv, line)


_RUN = settings(
    max_examples=60,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@_RUN
@given(argv=command_lines())
def test_any_command_line_ends_in_error_lines_and_an_exit_code(
    work: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    _check_run(argv, capsys)


@pytest.mark.slow
@settings(_RUN, max_examples=1500, derandomize=False)
@given(argv=command_lines())
def test_any_command_line_ends_in_error_lines_and_an_exit_code_long_run(
    work: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    _check_run(argv, capsys)


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_command_is_generated(command: str) -> None:
    # A command added to the program without options here would never be fuzzed.
    assert any(name.split()[0] == command for name in _OPTIONS)


def _commands(
    parser: argparse.ArgumentParser, words: tuple[str, ...] = ()
) -> Iterator[tuple[str, argparse.ArgumentParser]]:
    """Each command the parser runs ("library search" for a group's), with its parser."""
    groups = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if words and not groups:
        yield " ".join(words), parser
    for group in groups:
        for name, command in group.choices.items():
            yield from _commands(command, (*words, name))


def test_every_option_of_every_command_is_generated() -> None:
    # An option added to a command without a strategy here would never be fuzzed.
    commands = dict(_commands(build_parser()))
    assert sorted(commands) == sorted(_OPTIONS)
    missing = [
        f"{name} {'/'.join(action.option_strings)}"
        for name, command in commands.items()
        for action in command._actions
        if action.option_strings
        and action.dest != "help"
        and not set(action.option_strings) & set(_OPTIONS[name])
    ]
    assert not missing, missing
