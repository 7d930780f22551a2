"""The ``newsdesk export`` command: exports, summary, exit codes, lean imports."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

from newsdesk_process import COMMAND, run_newsdesk
from render_samples import river_port_en

from editor.cli import main
from editor.model import Article, Section
from editor.storage.container import save


def _run(*args: str, cwd: Path, stderr_tty: bool = False) -> subprocess.CompletedProcess[str]:
    if not stderr_tty:
        return run_newsdesk(*args, cwd=cwd)
    leader, follower = pty.openpty()
    try:
        done = subprocess.run(
            [*COMMAND, *args],
            cwd=cwd,
            stdout=subprocess.PIPE,
            stderr=follower,
            text=True,
            check=False,
        )
        os.close(follower)
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:
                break
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os.close(leader)
    done.stderr = b"".join(chunks).decode()
    return done


def _imported(code: str) -> set[str]:
    script = f"import sys\n{code}\nprint(' '.join(sorted(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    return set(result.stdout.split())


def test_export_writes_each_format_and_prints_a_summary(tmp_path: Path) -> None:
    save(river_port_en(), tmp_path / "port.newsdesk")
    result = _run(
        "export", "port.newsdesk", "--format", "docx,html,md", "--out", ".", cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "exported 3 file(s) from 1 of 1 article(s)"
    assert result.stderr == ""  # no progress when stderr is not a terminal
    stem = "2026-10-14-will-the-river-port-reopen-before-winter"
    for extension in ("docx", "html", "md"):
        assert (tmp_path / f"{stem}.{extension}").stat().st_size > 0


def test_progress_goes_to_stderr_when_it_is_a_terminal(tmp_path: Path) -> None:
    save(river_port_en(), tmp_path / "port.newsdesk")
    result = _run("export", "port.newsdesk", "--format", "md", cwd=tmp_path, stderr_tty=True)
    assert result.returncode == 0
    assert "[1/1] " in result.stderr and ".md" in result.stderr


def test_a_bad_file_fails_the_command_but_the_rest_export(tmp_path: Path) -> None:
    save(river_port_en(), tmp_path / "good.newsdesk")
    (tmp_path / "bad.newsdesk").write_bytes(b"junk")
    result = _run("export", "bad.newsdesk", "good.newsdesk", "--format", "html", cwd=tmp_path)
    assert result.returncode == 2  # unreadable input, as `check` says it
    assert "newsdesk: bad.newsdesk: " in result.stderr
    assert "exported 1 file(s) from 1 of 2 article(s); 1 failed" in result.stdout
    assert len(list(tmp_path.glob("*.html"))) == 1


def test_unknown_quotation_refuses_then_force_overrides(tmp_path: Path) -> None:
    article = Article(headline="Ids", sections=[Section("news", "", "Said [[quote:gone]].")])
    save(article, tmp_path / "ids.newsdesk")
    refused = _run("export", "ids.newsdesk", "--format", "md", cwd=tmp_path)
    assert refused.returncode == 1
    # One line naming the file once, the ids, and the command's own way out.
    assert refused.stderr.splitlines() == [
        "newsdesk: ids.newsdesk: quotations not in the bank: gone "
        "(fix the ids, or export anyway with --force)"
    ]
    assert not list(tmp_path.glob("*.md"))
    forced = _run("export", "ids.newsdesk", "--format", "md", "--force", cwd=tmp_path)
    assert forced.returncode == 0
    assert forced.stderr.splitlines() == [
        "newsdesk: warning: ids.newsdesk: exported with unknown quotations marked: gone"
    ]
    assert len(list(tmp_path.glob("*.md"))) == 1


def test_bad_usage_exits_2_with_one_line(tmp_path: Path, capsys) -> None:
    save(river_port_en(), tmp_path / "port.newsdesk")
    source = str(tmp_path / "port.newsdesk")
    assert main(["export", source, "--format", "odt", "--out", str(tmp_path)]) == 2
    assert "unknown format odt" in capsys.readouterr().err
    (tmp_path / "a-file").write_text("not a folder")
    assert main(["export", source, "--out", str(tmp_path / "a-file")]) == 2
    assert "a-file: is a file, not a folder" in capsys.readouterr().err
    assert main(["export", source, "--style", "nonexistent", "--out", str(tmp_path)]) == 2
    assert "no such house style" in capsys.readouterr().err


def test_version_imports_neither_python_docx_nor_markdown_nor_qt() -> None:
    modules = _imported(
        "from editor.cli import main\ntry:\n    main(['--version'])\nexcept SystemExit:\n    pass"
    )
    assert "editor.cli" in modules
    assert not {"docx", "markdown", "PySide6", "nh3"} & modules


def test_html_export_imports_neither_python_docx_nor_qt(tmp_path: Path) -> None:
    save(river_port_en(), tmp_path / "port.newsdesk")
    modules = _imported(
        f"import os; os.chdir({str(tmp_path)!r})\nfrom editor.cli import main\n"
        "main(['export', 'port.newsdesk', '--format', 'html'])"
    )
    assert "markdown" in modules and "nh3" in modules
    assert not {"docx", "PySide6"} & modules


def test_docx_export_loads_neither_qt_nor_python_docx(tmp_path: Path) -> None:
    # The writer fills the reference template itself (see editor/render/docx.py); python-docx
    # builds that template and reads exports back in the tests, but costs an export 55 ms.
    save(river_port_en(), tmp_path / "port.newsdesk")
    modules = _imported(
        f"import os; os.chdir({str(tmp_path)!r})\nfrom editor.cli import main\n"
        "main(['export', 'port.newsdesk', '--format', 'docx'])"
    )
    assert list(tmp_path.glob("*.docx"))
    assert not {"docx", "lxml", "PySide6", "nh3"} & modules


def test_pdf_export_works_without_a_display(tmp_path: Path) -> None:
    save(river_port_en(), tmp_path / "port.newsdesk")
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")
    }
    result = run_newsdesk("export", "port.newsdesk", "--format", "pdf", cwd=tmp_path, env=env)
    assert result.returncode == 0, result.stderr
    (pdf,) = tmp_path.glob("*.pdf")
    assert pdf.read_bytes().startswith(b"%PDF")


def test_pdf_export_with_a_font_not_installed_warns_and_exports(tmp_path: Path, capsys) -> None:
    save(river_port_en(), tmp_path / "port.newsdesk")
    (tmp_path / "odd.json").write_text('{"fonts": {"latin": "No Such Serif"}}', encoding="utf-8")
    source, style = str(tmp_path / "port.newsdesk"), str(tmp_path / "odd.json")
    assert (
        main(["export", source, "--format", "pdf", "--style", style, "--out", str(tmp_path)]) == 0
    )
    (pdf,) = tmp_path.glob("*.pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    warnings = [line for line in capsys.readouterr().err.splitlines() if "warning" in line]
    assert warnings == [
        "newsdesk: warning: house style odd: the font 'No Such Serif' is not installed; "
        "the PDF uses another font for its text"
    ]


def test_out_folder_is_created_when_missing(tmp_path: Path) -> None:
    save(river_port_en(), tmp_path / "port.newsdesk")
    out = tmp_path / "exports" / "today"
    assert (
        main(["export", str(tmp_path / "port.newsdesk"), "--format", "html", "--out", str(out)])
        == 0
    )
    assert [p.suffix for p in out.iterdir()] == [".html"]


def test_a_command_help_and_the_full_help_both_list_what_they_should(capsys) -> None:
    # ``newsdesk export`` builds only its own parser; the help must not notice.
    assert main(["export", "--help"]) == 0
    own = capsys.readouterr().out
    assert own.startswith("usage: newsdesk export") and "--format" in own
    assert main(["--help"]) == 0
    full = capsys.readouterr().out
    for command in ("new", "show", "check", "export", "library", "import", "diff"):
        assert f"    {command} " in full or f"    {command}\n" in full, command


def test_the_garbage_collector_is_on_again_after_a_command(tmp_path: Path) -> None:
    import gc

    save(river_port_en(), tmp_path / "port.newsdesk")
    assert main(["export", str(tmp_path / "port.newsdesk"), "--out", str(tmp_path)]) == 0
    assert gc.isenabled()


def test_export_of_no_file_that_exists_leaves_no_empty_folder(tmp_path, capsys) -> None:
    from editor.cli import main

    out = tmp_path / "out" / "deeper"
    assert main(["export", str(tmp_path / "junk.newsdesk"), "--out", str(out)]) == 2
    assert "junk.newsdesk: no such file" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()
