"""Hostile command lines: one error line and exit 2 for anything a user can type or point at."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from newsdesk_process import PROGRAM

from editor.cli import main
from editor.model import Article, Section
from editor.storage import container
from editor.storage.folders import UserFolders

pytestmark = pytest.mark.hostile


@pytest.fixture
def work(work: Path) -> Path:
    """The working folder (tests/conftest.py), holding one good article, a.newsdesk."""
    article = Article(
        headline="Will the port reopen?", sections=[Section(body="The council met.")]
    )
    container.save(article, work / "a.newsdesk")
    return work


def _one_error_line(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("newsdesk: "), err
    assert "Traceback" not in err
    return lines[0]


# The command line as the installed ``newsdesk`` runs it, in a process of its own.
_NEWSDESK = PROGRAM


def _python(
    code: str, *args: str, cwd: Path, env: dict[str, str] | None = None, timeout: float = 30
) -> subprocess.CompletedProcess[str]:
    """Run ``python -c code args`` in ``cwd``; its output captured as text."""
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
        check=False,
    )


# --- an unknown command -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["exprot", "a.newsdesk"], "'exprot' is not a command nor an existing file; did you "
         "mean 'export'?"),
        (["shwo", "a.newsdesk"], "did you mean 'show'?"),
        (["publish", "x"], "'publish' is not a command nor an existing file; commands: new, show"),
        (["gone.newsdesk"], "gone.newsdesk: there is no such file"),
    ],
)  # fmt: skip
def test_a_mistyped_command_is_an_error_naming_the_closest_command(
    work: Path, capsys: pytest.CaptureFixture[str], monkeypatch, argv, expected
) -> None:
    from editor import cli

    opened: list[list[str]] = []
    monkeypatch.setattr("editor.app.run_editor", lambda files: opened.append(files) or 0)
    assert main(argv) == 2
    assert expected in _one_error_line(capsys.readouterr().err)
    assert opened == []
    # An existing file still opens the editor.
    monkeypatch.setattr(cli, "_has_display", lambda: True)
    assert main(["a.newsdesk"]) == 0
    assert opened == [["a.newsdesk"]]


def test_without_a_display_the_editor_is_not_started_and_qt_does_not_abort(work: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    env.pop("WAYLAND_DISPLAY", None)
    result = _python(_NEWSDESK, "a.newsdesk", cwd=work, env=env)
    assert result.returncode == 2, result.stderr[-500:]  # not -6, Qt's abort
    assert "no display" in _one_error_line(result.stderr)


# --- exit codes, JSON, pipes --------------------------------------------------------------


def test_export_of_an_unreadable_article_exits_2_as_check_does(
    work: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (work / "junk.newsdesk").write_bytes(b"junk")
    junk = "newsdesk: junk.newsdesk: is not a Newsdesk article (not a ZIP container)"
    assert main(["check", "junk.newsdesk"]) == 2
    assert _one_error_line(capsys.readouterr().err) == junk
    assert main(["export", "junk.newsdesk", "--format", "md", "--out", "out"]) == 2
    captured = capsys.readouterr()
    assert _one_error_line(captured.err) == junk
    assert "exported 0 file(s) from 0 of 1 article(s); 1 failed" in captured.out
    assert main(["export", "missing.newsdesk", "--format", "md", "--out", "out"]) == 2
    captured = capsys.readouterr()
    assert _one_error_line(captured.err) == "newsdesk: missing.newsdesk: no such file"
    assert "1 failed" in captured.out


def _with_extra(path: Path, extra: dict[str, object]) -> None:
    """Rewrite an article file with keys only a newer version knows in article.json."""
    with zipfile.ZipFile(path) as archive:
        entries = {name: archive.read(name) for name in archive.namelist()}
    data = json.loads(entries["article.json"])
    data.update(extra)
    entries["article.json"] = json.dumps(data).encode()  # NaN written as Python writes it
    with zipfile.ZipFile(path, "w") as archive:
        for name, content in entries.items():
            kind = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            archive.writestr(name, content, compress_type=kind)


def test_show_json_is_strict_json_without_nan(
    work: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _with_extra(
        work / "a.newsdesk",
        {"future": {"ratio": float("nan"), "far": [float("inf"), -float("inf"), 1.5]}},
    )
    assert main(["show", "--json", "a.newsdesk"]) == 0
    out = capsys.readouterr().out

    def refuse(name: str) -> None:
        raise ValueError(f"not JSON: {name}")

    data = json.loads(out, parse_constant=refuse)
    assert data["future"] == {"ratio": None, "far": [None, None, 1.5]}
    assert data["headline"] == "Will the port reopen?"


def test_output_into_a_closed_pipe_ends_quietly(work: Path) -> None:
    article = Article(headline="Long", sections=[Section(body="word " * 400_000)])
    container.save(article, work / "long.newsdesk")
    program = [sys.executable, "-c", _NEWSDESK, "show", "--json", "long.newsdesk"]
    reader = subprocess.Popen(program, cwd=work, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert reader.stdout is not None and reader.stderr is not None
    assert reader.stdout.read(1) == b"{"
    reader.stdout.close()  # as `| head -c1` does
    err = reader.stderr.read().decode()
    assert reader.wait(timeout=30) == 141
    assert err == ""


# --- no traceback for any argument --------------------------------------------------------

_STYLES = {
    "huge size": '{"sizes": {"body": 1e308}}',
    "infinite size": '{"sizes": {"title": Infinity}}',
    "NaN size": '{"sizes": {"body": NaN}}',
    "negative size": '{"sizes": {"body": -3}}',
    "huge margin": '{"page": {"margin_left": 1e308}}',
    "NaN margin": '{"page": {"margin_top": NaN}}',
    "margins wider than the paper": '{"page": {"margin_left": 150, "margin_right": 150}}',
    "NUL in file_name": '{"file_name": "a\\u0000{ext}"}',
    "newline in file_name": '{"file_name": "a\\n{ext}"}',
    "long file_name": json.dumps({"file_name": "x" * 300 + ".{ext}"}),
    "nested": "[" * 100_000 + "]" * 100_000,
}


@pytest.mark.parametrize("name", list(_STYLES))
@pytest.mark.parametrize("fmt", ["docx", "pdf", "html"])
def test_a_house_style_with_values_no_page_can_hold_is_one_error_line(
    work: Path, capsys: pytest.CaptureFixture[str], name: str, fmt: str
) -> None:
    (work / "style.json").write_text(_STYLES[name], encoding="utf-8")
    assert main(["export", "a.newsdesk", "--style", "style.json", "--format", fmt]) == 2
    line = _one_error_line(capsys.readouterr().err)
    assert line.startswith("newsdesk: style.json: ")


def test_a_house_style_starting_with_a_byte_order_mark_is_read(
    work: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (work / "bom.json").write_bytes(b"\xef\xbb\xbf" + b'{"file_name": "bom-{slug}.{ext}"}')
    assert main(["export", "a.newsdesk", "--style", "bom.json", "--format", "md"]) == 0
    assert [path.name for path in work.glob("bom-*")] == ["bom-will-the-port-reopen.md"]


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["export", "a.newsdesk", "--style", "x" * 300], "a style name holds only"),
        (["check", "a.newsdesk", "--style", "x" * 300 + ".json"], "cannot be read"),
        (["diff", "a.newsdesk", "--from", "²"], "a revision is a number or 'current'"),
        (["diff", "a.newsdesk", "--from", "9" * 5000], "a revision is a number or 'current'"),
        (["library", "search", "x", "--limit", str(10**30)], "--limit must be between 1 and"),
        (["import", "notes.txt", "--encoding", "hex"], "'hex' is not a text encoding"),
        (["import", "notes.txt", "--encoding", "utf\x00-8"], "unknown encoding"),
        (["import", "notes.txt", "--language", ""], "unknown language ''"),
        (["import", "no\x00tes.txt"], "a file name cannot hold a NUL character"),
        (["new", "-o", "a\x00b.newsdesk"], "a file name cannot hold a NUL character"),
        (["new", "-o", "9" * 300], "the file name is too long"),
        (["export", "a.newsdesk", "--out", "d" * 300], "the file name is too long"),
        (["library", "index", "d" * 300], "the file name is too long"),
        (["line\nbreak\x85next\u2028end"], "'line\\nbreak\\x85next\\u2028end' is not a"),
    ],
)
def test_hostile_arguments_are_one_error_line(
    work: Path, capsys: pytest.CaptureFixture[str], argv: list[str], expected: str
) -> None:
    (work / "notes.txt").write_text("Will the port reopen?\n\nThe council met.\n")
    assert main(argv) == 2
    assert expected in _one_error_line(capsys.readouterr().err)


def test_a_usage_error_is_one_escaped_line_after_the_usage(
    work: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["show", "a.newsdesk", "extra\nline\x1b[2J"]) == 2
    lines = capsys.readouterr().err.splitlines()
    assert lines[0].startswith("usage: newsdesk")
    assert lines[-1] == "newsdesk: error: unrecognized arguments: extra\\nline\\x1b[2J"


def test_search_text_that_is_not_unicode_searches_instead_of_failing(
    work: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # An argument of undecodable bytes reaches Python as lone surrogates.
    assert main(["library", "search", "port\udcff", "--author", "\udcff", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


# --- special files ------------------------------------------------------------------------

# Each run in its own process with a deadline and a memory cap: the code before this fix
# waited for ever on the pipe and read /dev/zero until memory ran out.
_SPECIAL_RUN = """
import json, resource, sys
resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))
from editor.cli import main
results = []
for argv in json.loads(sys.argv[1]):
    results.append(main(argv))
print(json.dumps(results))
"""


def test_special_files_given_as_drafts_styles_or_reviewed_docx_are_refused_at_once(
    work: Path,
) -> None:
    os.mkfifo(work / "pipe.txt")
    os.mkfifo(work / "pipe.docx")
    os.mkfifo(work / "pipe.json")
    os.symlink("/dev/zero", work / "zero.json")
    os.symlink("/dev/zero", work / "zero.docx")
    runs = [
        ["import", "pipe.txt", "-o", "p.newsdesk"],
        ["import", "/dev/zero", "-o", "z.newsdesk"],
        ["import", "/dev/urandom", "-o", "u.newsdesk"],
        ["import", "zero.docx", "-o", "zd.newsdesk"],
        ["comments", "a.newsdesk", "--from-docx", "pipe.docx"],
        ["comments", "a.newsdesk", "--from-docx", "/dev/zero"],
        ["comments", "a.newsdesk", "--from-docx", "zero.docx"],
        ["review", "a.newsdesk", "--from-docx", "pipe.docx"],
        ["review", "a.newsdesk", "--from-docx", "zero.docx"],
        ["export", "a.newsdesk", "--style", "pipe.json", "--format", "md"],
        ["export", "a.newsdesk", "--style", "zero.json", "--format", "md"],
        ["check", "a.newsdesk", "--style", "zero.json"],
    ]
    result = _python(_SPECIAL_RUN, json.dumps(runs), cwd=work)
    assert result.returncode == 0, result.stderr[-2000:]
    assert json.loads(result.stdout) == [2] * len(runs)
    lines = result.stderr.splitlines()
    assert len(lines) == len(runs), result.stderr
    assert all("not a regular file" in line for line in lines), result.stderr


def test_special_files_as_settings_word_list_and_library_folders_mean_defaults(
    work: Path, user_folders: UserFolders
) -> None:
    user_folders.config.mkdir(parents=True)
    user_folders.data.mkdir(parents=True)
    os.mkfifo(user_folders.config / "settings.json")
    os.symlink("/dev/zero", user_folders.config / "library.json")
    os.mkfifo(user_folders.data / "personal-words.txt")
    program = (
        "import resource, sys\n"
        "resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))\n"
        "from editor.cli import main\n"
        "from editor.storage.folders import UserFolders\n"
        "from editor.storage.word_list import PersonalWordList\n"
        "assert PersonalWordList.in_folder(UserFolders.default().data).words() == set()\n"
        "codes = [main(['new', '-o', 'n.newsdesk']), main(['library', 'folders'])]\n"
        "print(codes)\n"
    )
    result = _python(program, cwd=work)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.splitlines()[-1] == "[0, 0]"
    assert container.load(work / "n.newsdesk").language == "en"  # the defaults
    assert str(user_folders.documents) in result.stdout
    assert "library.json: is not a regular file" in result.stderr


# --- the library --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        '{"folders": ' + "[" * 100_000 + "]" * 100_000 + "}",
        "garbage, not JSON",
        '{"folders": 5}',
    ],
)
def test_a_damaged_library_json_is_reported_and_every_library_command_works(
    work: Path, user_folders: UserFolders, capsys: pytest.CaptureFixture[str], content: str
) -> None:
    user_folders.config.mkdir(parents=True)
    (user_folders.config / "library.json").write_text(content, encoding="utf-8")
    user_folders.documents.mkdir(parents=True)
    container.save(
        Article(headline="Harbour news", sections=[Section(body="harbour")]),
        user_folders.documents / "h.newsdesk",
    )
    for argv, out in (
        (["library", "folders"], str(user_folders.documents)),
        (["library", "index"], "1 article(s) indexed"),
        (["library", "search", "harbour"], "Harbour news"),
    ):
        assert main(argv) == 0
        captured = capsys.readouterr()
        assert out in captured.out
        line = _one_error_line(captured.err)
        assert line.startswith(f"newsdesk: warning: {user_folders.config / 'library.json'}: ")


@pytest.mark.parametrize("table", ["articles", "tags", "failures", "meta", "search"])
def test_a_missing_index_table_is_rebuilt_without_being_asked(
    work: Path, user_folders: UserFolders, capsys: pytest.CaptureFixture[str], table: str
) -> None:
    user_folders.documents.mkdir(parents=True)
    container.save(
        Article(headline="Harbour news", sections=[Section(body="harbour")]),
        user_folders.documents / "h.newsdesk",
    )
    assert main(["library", "index"]) == 0
    with sqlite3.connect(user_folders.cache / "library.sqlite3") as db:
        db.execute(f"DROP TABLE {table}")
    db.close()
    capsys.readouterr()
    assert main(["library", "search", "harbour"]) == 0
    assert "Harbour news" in capsys.readouterr().out
    assert main(["library", "index"]) == 0
    assert "1 article(s) indexed" in capsys.readouterr().out


def test_a_file_the_reader_fails_on_is_reported_and_the_rest_indexed(
    user_folders: UserFolders, tmp_path: Path
) -> None:
    from editor.storage.library import Library

    shelf = tmp_path / "shelf"
    shelf.mkdir()
    for name in ("a", "b", "c"):
        container.save(
            Article(headline=f"Harbour {name}", sections=[Section(body="harbour")]),
            shelf / f"{name}.newsdesk",
        )

    def reader(path: Path) -> Article:
        if path.name == "b.newsdesk":
            raise RecursionError("maximum recursion depth exceeded")
        return container.load(path)

    with Library(user_folders, [shelf], loader=reader) as library:
        for _ in library.scan():
            pass
        assert sorted(hit.path.name for hit in library.search("harbour")) == [
            "a.newsdesk",
            "c.newsdesk",
        ]
        assert [(f.path.name, f.message) for f in library.errors()] == [
            ("b.newsdesk", "cannot be indexed (RecursionError)")
        ]
