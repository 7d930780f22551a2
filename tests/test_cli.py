"""The ``newsdesk`` command: new, show, check; exit codes; one-line errors, no tracebacks."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from newsdesk_process import run_newsdesk

from editor import cli
from editor.cli import main
from editor.model import Quotation
from editor.storage import container
from editor.text.template import new_article

REPO = Path(__file__).resolve().parent.parent
ARTICLE_KEYS = [
    "format_version",
    "id",
    "language",
    "opening",
    "headline",
    "standfirst",
    "sections",
    "quotations",
    "byline",
    "meta",
]


def _clean_article(path: Path) -> None:
    article = new_article("en")
    article.headline = "Will the river port reopen before winter?"
    article.sections[0].body = "The council met. [[quote:q1]]"
    article.sections[1].body = "Winter will not wait."
    article.quotations.append(
        Quotation(
            id="q1",
            words="We will reopen.",
            speaker="M. Reyes",
            date="2026-10-02",
            source_name="Council minutes",
            verified=True,
        )
    )
    article.byline.author = "L. Ortiz"
    article.byline.office = "the Northland Media Desk"
    container.save(article, path)


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.startswith("newsdesk ")


@pytest.mark.parametrize(
    ("code", "news", "comment"),
    [
        ("en", "News:", "Comment:"),
        ("ar", "الخبر:", "التعليق:"),
        ("ru", "Новость:", "Комментарий:"),
    ],
)
def test_new_article_has_news_and_comment_in_the_language(
    work: Path, code: str, news: str, comment: str
) -> None:
    assert main(["new", "--language", code, "-o", "a.newsdesk"]) == 0
    article = container.load(work / "a.newsdesk")
    assert article.language == code
    assert [(s.kind, s.label) for s in article.sections] == [("news", news), ("comment", comment)]


def test_new_defaults_to_english(work: Path) -> None:
    assert main(["new", "-o", "a.newsdesk"]) == 0
    assert container.load(work / "a.newsdesk").sections[0].label == "News:"


def test_new_unknown_language_lists_the_known_ones(
    work: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["new", "--language", "xx", "-o", "a.newsdesk"]) == 2
    assert capsys.readouterr().err == (
        "newsdesk: unknown language 'xx'; known languages: ar, de, en, fr, id, ru, tr, ur\n"
    )
    assert not (work / "a.newsdesk").exists()


def test_new_refuses_to_overwrite_without_force(
    work: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (work / "a.newsdesk").write_bytes(b"someone's work")
    assert main(["new", "-o", "a.newsdesk"]) == 2
    assert capsys.readouterr().err == (
        "newsdesk: a.newsdesk: already exists; use --force to replace it\n"
    )
    assert (work / "a.newsdesk").read_bytes() == b"someone's work"
    assert main(["new", "-o", "a.newsdesk", "--force"]) == 0
    assert container.load(work / "a.newsdesk").sections


def test_new_into_a_missing_folder_says_so(work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["new", "-o", "absent/a.newsdesk"]) == 2
    err = capsys.readouterr().err
    assert err == "newsdesk: absent/a.newsdesk: the folder absent does not exist\n"


def test_new_without_output_is_bad_usage(work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["new"]) == 2
    assert "-o" in capsys.readouterr().err


def test_show_prints_a_readable_summary(work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _clean_article(work / "a.newsdesk")
    assert main(["show", "a.newsdesk"]) == 0
    out = capsys.readouterr().out
    assert "Headline:   Will the river port reopen before winter?" in out
    # "The council met." and q1's "We will reopen.": the token itself is no words.
    assert "Section:    News: 6 words" in out
    assert "Quotations: 1 (1 verified)" in out


def test_show_does_not_let_a_file_drive_the_terminal(
    work: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = new_article("en")
    article.headline = "\x1b[2J\x1b]0;owned\x07Port news"
    container.save(article, work / "a.newsdesk")
    assert main(["show", "a.newsdesk"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out
    assert "Headline:   \\x1b[2J\\x1b]0;owned\\x07Port news" in out


def test_show_json_has_the_article_json_keys_with_body_text(
    work: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _clean_article(work / "a.newsdesk")
    assert main(["show", "--json", "a.newsdesk"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert list(data) == ARTICLE_KEYS
    assert data["format_version"] == 1
    assert data["sections"][0] == {
        "kind": "news",
        "label": "News:",
        "body": "The council met. [[quote:q1]]",
    }
    assert data["quotations"][0]["speaker"] == "M. Reyes"


def test_show_json_keeps_text_that_is_not_unicode(
    work: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = new_article("en")
    article.headline = "broken \ud800 character \u202eRTL"
    container.save(article, work / "a.newsdesk")
    assert main(["show", "--json", "a.newsdesk"]) == 0
    assert json.loads(capsys.readouterr().out)["headline"] == article.headline


def test_check_lists_problems_one_per_line(work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["new", "-o", "a.newsdesk"]) == 0
    assert main(["check", "a.newsdesk"]) == 1
    assert capsys.readouterr().out.splitlines() == [
        "a.newsdesk: headline: 1:1: The headline is empty.",
        "a.newsdesk: sections/0: 1:1: The section News: is empty.",
        "a.newsdesk: sections/1: 1:1: The section Comment: is empty.",
        "a.newsdesk: byline: 1:1: The credit line has no author.",
        "a.newsdesk: byline: 1:1: The credit line has no office.",
    ]


def test_check_spelling_lists_unknown_words_at_their_place(
    work: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _clean_article(work / "a.newsdesk")
    article = container.load(work / "a.newsdesk")
    article.sections[1].body = "Winter will not wait.\nThe goverment  waits."
    container.save(article, work / "a.newsdesk")
    assert main(["check", "a.newsdesk"]) == 1
    assert capsys.readouterr().out.splitlines() == [
        "a.newsdesk: sections/1: 2:14: 2 spaces in a row between words."
    ]
    assert main(["check", "--spelling", "a.newsdesk"]) == 1
    assert capsys.readouterr().out.splitlines() == [
        "a.newsdesk: sections/1: 2:5: Unknown word “goverment” (en).",
        "a.newsdesk: sections/1: 2:14: 2 spaces in a row between words.",
    ]


def test_check_takes_the_headline_limit_from_the_house_style(
    work: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _clean_article(work / "a.newsdesk")
    (work / "short.json").write_text('{"max_headline_length": 20}', encoding="utf-8")
    assert main(["check", "--style", "short.json", "a.newsdesk"]) == 1
    assert capsys.readouterr().out.splitlines() == [
        "a.newsdesk: headline: 1:21: The headline has 41 characters; the house style allows 20."
    ]


def test_check_clean_article_exits_zero(work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _clean_article(work / "a.newsdesk")
    assert main(["check", "a.newsdesk"]) == 0
    assert capsys.readouterr() == ("", "")


def test_check_goes_on_past_an_unreadable_file(
    work: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _clean_article(work / "good.newsdesk")
    assert main(["new", "-o", "empty.newsdesk"]) == 0
    assert main(["check", "missing.newsdesk", "good.newsdesk", "empty.newsdesk"]) == 2
    captured = capsys.readouterr()
    assert captured.err == "newsdesk: missing.newsdesk: no such file\n"
    assert captured.out.splitlines()[0] == "empty.newsdesk: headline: 1:1: The headline is empty."


def _bad_inputs(folder: Path) -> dict[str, tuple[str, str]]:
    """name → (file argument, the one stderr line expected)."""
    (folder / "notes.txt").write_text("Will the port reopen?\n", encoding="utf-8")
    _clean_article(folder / "good.newsdesk")
    good = (folder / "good.newsdesk").read_bytes()
    (folder / "torn.newsdesk").write_bytes(good[: len(good) // 2])
    with zipfile.ZipFile(folder / "report.docx", "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
    with zipfile.ZipFile(folder / "typed.newsdesk", "w") as archive:
        archive.writestr("mimetype", container.MIMETYPE)
        archive.writestr(
            "article.json", json.dumps({"format_version": 1, "id": "a", "headline": 5})
        )
    with zipfile.ZipFile(folder / "future.newsdesk", "w") as archive:
        archive.writestr("mimetype", container.MIMETYPE)
        archive.writestr("article.json", json.dumps({"format_version": 9, "id": "a"}))
    (folder / "a-folder.newsdesk").mkdir()
    os.mkfifo(folder / "pipe.newsdesk")
    return {
        "missing": ("nothing.newsdesk", "nothing.newsdesk: no such file"),
        "named pipe": ("pipe.newsdesk", "pipe.newsdesk: is not a regular file"),
        "folder": ("a-folder.newsdesk", "a-folder.newsdesk: is a folder, not a Newsdesk article"),
        "text file": (
            "notes.txt",
            "notes.txt: is not a Newsdesk article (not a ZIP container)"
            " (a draft? newsdesk import notes.txt makes an article of it)",
        ),
        "truncated": ("torn.newsdesk", "torn.newsdesk: is damaged: it ends too soon"),
        "foreign zip": ("report.docx", "report.docx: holds an entry that is not allowed"),
        "wrong type": ("typed.newsdesk", "typed.newsdesk: article.json: 'headline' must be a"),
        "future": ("future.newsdesk", "future.newsdesk: written by a newer Newsdesk"),
    }


@pytest.mark.parametrize("command", ["show", "check"])
def test_bad_input_is_one_line_naming_the_file(
    work: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    for argument, expected in _bad_inputs(work).values():
        capsys.readouterr()
        assert main([command, argument]) == 2, argument
        captured = capsys.readouterr()
        lines = captured.err.splitlines()
        assert len(lines) == 1, captured.err
        assert lines[0].startswith(f"newsdesk: {expected}"), lines[0]
        assert captured.out == ""


def test_unreadable_file_says_permission_denied(
    work: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _clean_article(work / "a.newsdesk")

    real_open = os.open

    def refuse(path, *args, **kwargs):
        if str(path).endswith("a.newsdesk"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    # Root reads any file whatever its mode, so the refusal is simulated.
    monkeypatch.setattr(os, "open", refuse)
    assert main(["show", "a.newsdesk"]) == 2
    assert capsys.readouterr().err == (
        "newsdesk: a.newsdesk: permission denied: cannot read the file\n"
    )


def test_bad_input_in_a_real_process_prints_no_traceback(work: Path) -> None:
    (work / "notes.txt").write_bytes(b"\x00\x01 not an article")
    result = run_newsdesk("show", "notes.txt", cwd=work)
    assert result.returncode == 2
    assert result.stderr == (
        "newsdesk: notes.txt: is not a Newsdesk article (not a ZIP container)"
        " (a draft? newsdesk import notes.txt makes an article of it)\n"
    )


# --- installed from a wheel ---------------------------------------------------------------


def _tracked_files() -> list[str]:
    if shutil.which("git") is None or not (REPO / ".git").exists():
        pytest.skip("needs a git checkout to know which files a clean copy has")
    listed = subprocess.run(
        ["git", "ls-files", "-z"], cwd=REPO, capture_output=True, check=True
    ).stdout
    return [name for name in listed.decode().split("\0") if name]


@pytest.mark.slow
def test_installed_wheel_runs_new_show_and_check(tmp_path: Path) -> None:
    # A copy of the tracked files (no build leftovers, no editable install), installed
    # with `pip install .` into a fresh virtual environment that sees none of ours.
    source = tmp_path / "source"
    for name in _tracked_files():
        if (REPO / name).is_file():
            target = source / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(REPO / name, target)
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
    python = bin_dir / "python"
    env = {key: value for key, value in os.environ.items() if not key.startswith("PYTHON")}
    env.pop("VIRTUAL_ENV", None)
    install = subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "."],
        cwd=source,
        env=env,
        capture_output=True,
        text=True,
    )
    assert install.returncode == 0, install.stdout + install.stderr
    shutil.rmtree(source)  # the installed program must not lean on the copy it came from
    run_folder = tmp_path / "run"
    run_folder.mkdir()

    def newsdesk(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(bin_dir / "newsdesk"), *args],
            cwd=run_folder,
            env=env,
            capture_output=True,
            text=True,
            encoding="utf-8",
        )

    where = subprocess.run(
        [str(python), "-c", "import editor.resources as r; print(r.resources_dir())"],
        cwd=run_folder,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert Path(where).is_relative_to(venv), where
    assert newsdesk("new", "--language", "ar", "-o", "a.newsdesk").returncode == 0
    shown = newsdesk("show", "--json", "a.newsdesk")
    assert shown.returncode == 0, shown.stderr
    data = json.loads(shown.stdout)
    assert [section["label"] for section in data["sections"]] == ["الخبر:", "التعليق:"]
    checked = newsdesk("check", "a.newsdesk")
    assert checked.returncode == 1
    assert checked.stdout.splitlines()[0] == "a.newsdesk: headline: 1:1: The headline is empty."
    unknown = newsdesk("new", "--language", "xx", "-o", "b.newsdesk")
    assert unknown.returncode == 2
    assert "known languages: ar, de, en, fr, id, ru, tr, ur" in unknown.stderr


def test_a_file_opens_the_editor_and_a_command_name_runs_the_command(work, monkeypatch) -> None:
    opened: list[list[str]] = []
    monkeypatch.setattr(cli, "_run_editor", lambda files: opened.append(list(files)) or 0)
    _clean_article(work / "story.newsdesk")
    assert main(["story.newsdesk", "other.newsdesk"]) == 0
    assert main([]) == 0
    assert opened == [["story.newsdesk", "other.newsdesk"], []]
    # Every subcommand the parser knows is a command, never a file to open.
    parser_names = set(cli.build_parser()._subparsers._group_actions[0].choices)
    assert parser_names == set(cli.COMMANDS)
    assert main(["check"]) == 2  # a command without its FILE: usage error, no editor
    assert len(opened) == 2


def test_commands_take_their_defaults_from_the_users_settings(work: Path, user_folders) -> None:
    # The editor's Settings (article language, author, office, house style) are the command
    # line's defaults too: one set of defaults for both.
    from editor.storage.settings import Settings, save_settings

    styles = user_folders.config / "styles"
    styles.mkdir(parents=True)
    (styles / "short.json").write_text(
        json.dumps({"name": "short", "max_headline_length": 20}), encoding="utf-8"
    )
    save_settings(
        Settings(article_language="ru", author="A. Writer", office="Desk", house_style="short"),
        user_folders,
    )
    assert main(["new", "-o", "a.newsdesk"]) == 0
    made = container.load(work / "a.newsdesk")
    assert made.language == "ru"
    assert [section.label for section in made.sections] == ["Новость:", "Комментарий:"]
    assert (made.byline.author, made.byline.office) == ("A. Writer", "Desk")

    _clean_article(work / "b.newsdesk")
    assert main(["check", "b.newsdesk"]) == 1  # the user's style: 20 characters at most
    assert main(["check", "--style", "default", "b.newsdesk"]) == 0

    assert main(["status", "b.newsdesk", "in_review"]) == 0
    assert container.load(work / "b.newsdesk").status_history[-1].author == "A. Writer"


def test_commands_without_settings_use_the_shipped_defaults(work: Path, capsys) -> None:
    assert main(["new", "-o", "a.newsdesk"]) == 0
    made = container.load(work / "a.newsdesk")
    assert (made.language, made.byline.author) == ("en", "")
    _clean_article(work / "b.newsdesk")
    assert main(["check", "b.newsdesk"]) == 0
    assert main(["status", "b.newsdesk", "in_review"]) == 0
    assert container.load(work / "b.newsdesk").status_history[-1].author == "L. Ortiz"


@pytest.mark.parametrize("name", sorted(cli.COMMANDS))
def test_each_command_is_built_alone_from_its_own_module(name: str) -> None:
    # `newsdesk NAME` builds only NAME's parser, from the module COMMANDS names for it.
    parser = cli.build_parser(name)
    assert set(parser._subparsers._group_actions[0].choices) == {name}
    module = sys.modules[f"editor.cli.{cli.COMMANDS[name]}"]
    assert cli.adder(name).__module__ == module.__name__


def test_an_error_line_shows_control_characters_as_escapes(
    work: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A file name (or a message read from a file) must not drive the user's terminal on
    # stderr any more than on stdout.
    assert main(["show", "evil\x1b[2Jname.newsdesk"]) == 2
    err = capsys.readouterr().err
    assert "\x1b" not in err
    assert "evil\\x1b[2Jname.newsdesk" in err
