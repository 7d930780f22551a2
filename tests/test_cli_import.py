"""``newsdesk import``: articles written, --explain, bad drafts one line each, exit codes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from newsdesk_process import run_newsdesk
from sample_files import OWN_SAMPLES

from editor.cli import main
from editor.storage import container


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working folder with the shipped samples and two bad drafts in it."""
    folder = tmp_path / "work"
    folder.mkdir()
    for sample in OWN_SAMPLES.iterdir():
        if sample.name != "README.md":
            shutil.copy(sample, folder / sample.name)
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 10)
    (folder / "empty.txt").write_bytes(b"")
    monkeypatch.chdir(folder)
    return folder


def test_import_writes_the_article_beside_the_draft(work: Path, capsys) -> None:
    assert main(["import", "water-plan-ar.txt"]) == 0
    article = container.load(work / "water-plan-ar.newsdesk")
    assert article.headline == "هل تكفي خطة المياه الجديدة لصيف طويل؟"
    assert [q.id for q in article.quotations] == ["q1", "q2", "q3"]
    out = capsys.readouterr().out
    assert out == "water-plan-ar.txt → water-plan-ar.newsdesk (ar, 2 section(s), 3 quotation(s))\n"


def test_import_to_a_named_file(work: Path) -> None:
    assert main(["import", "market-tr.md", "-o", "pazar.newsdesk"]) == 0
    article = container.load(work / "pazar.newsdesk")
    assert (article.byline.author, article.meta.tags) == (
        "Elif Tan",
        ["belediye", "esnaf", "pazar"],
    )


def test_import_many_drafts_into_a_folder(work: Path) -> None:
    (work / "out").mkdir()
    drafts = ["ferry-line-en.txt", "library-ru.txt", "school-ur.txt"]
    assert main(["import", *drafts, "--out", "out"]) == 0
    assert sorted(p.name for p in (work / "out").iterdir()) == [
        "ferry-line-en.newsdesk",
        "library-ru.newsdesk",
        "school-ur.newsdesk",
    ]


def test_explain_prints_what_went_where(work: Path, capsys) -> None:
    assert main(["import", "library-ru.txt", "--explain"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "library-ru.txt (plain text, utf-8)",
        "  language: ru (section labels)",
        "  opening line: none",
        "  headline: Откроется ли городская библиотека после ремонта к осени?",
        "  standfirst: none",
        "  section 1: Новость: [news] — 3 paragraphs, quotations q1",
        "  section 2: Комментарий: [comment] — 3 paragraphs, quotations q2",
        "  quotation q1 (paragraph, section 1): Ирина Котова, директор библиотеки — "
        "“Мы заменили крышу и отопление, осталось…”",
        # Set as a block quotation: the paragraph as written is in the report.
        "    as written: «Мы заменили крышу и отопление, осталось привести в порядок "
        "читальные залы. Книги вернутся на полки в августе», — сказала директор "
        "библиотеки Ирина Котова журналистам.",
        "  quotation q2 (inline, section 2): Степан Ветров, Депутат — "
        "“смета менялась трижды, и каждый раз…”",
        "  byline: office “редакции «Озёрный край»”, author “Анна Гречко” (from the credit "
        "line: Подготовлено для редакции «Озёрный край». Автор: Анна Гречко)",
        "  → library-ru.newsdesk",
    ]


def test_bad_drafts_get_one_line_each_and_the_others_are_imported(work: Path, capsys) -> None:
    code = main(["import", "binary.txt", "ferry-line-en.txt", "empty.txt", "missing.txt"])
    assert code == 2
    err = capsys.readouterr().err.splitlines()
    assert err == [
        "newsdesk: binary.txt: the draft is not text (it holds binary data).",
        "newsdesk: empty.txt: the draft is empty.",
        "newsdesk: missing.txt: there is no such file.",
    ]
    assert (work / "ferry-line-en.newsdesk").exists()
    assert not (work / "binary.newsdesk").exists()


def test_existing_article_is_kept_unless_forced(work: Path, capsys) -> None:
    (work / "school-ur.newsdesk").write_bytes(b"mine")
    assert main(["import", "school-ur.txt"]) == 2
    assert "school-ur.newsdesk: already exists; use --force" in capsys.readouterr().err
    assert (work / "school-ur.newsdesk").read_bytes() == b"mine"
    assert main(["import", "school-ur.txt", "--force"]) == 0
    assert container.load(work / "school-ur.newsdesk").language == "ur"


def test_draft_with_problems_is_imported_and_exits_one(work: Path, capsys) -> None:
    (work / "no-headline.txt").write_text("News:\nA body without a headline.\n")
    assert main(["import", "no-headline.txt"]) == 1
    err = capsys.readouterr().err
    assert "newsdesk: warning: no-headline.txt: No headline was found." in err
    assert "no-headline.newsdesk: headline: The headline is empty." in err
    assert (work / "no-headline.newsdesk").exists()


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--language", "xx"], "newsdesk: unknown language 'xx'; known languages: "),
        (["--encoding", "nope"], "newsdesk: unknown encoding 'nope'"),
        (["library-ru.txt", "-o", "a.newsdesk"], "newsdesk: -o FILE takes one draft"),
        (["--out", "school-ur.txt"], "newsdesk: school-ur.txt: is a file, not a folder"),
    ],
)
def test_bad_usage_is_one_line_and_exit_two(work: Path, capsys, arguments, message) -> None:
    assert main(["import", "school-ur.txt", *arguments]) == 2
    err = capsys.readouterr().err
    assert err.startswith(message)
    assert err.count("\n") == 1


def test_given_language_and_encoding_are_used(work: Path, capsys) -> None:
    text = (work / "library-ru.txt").read_text(encoding="utf-8")
    (work / "bom-less.txt").write_bytes(text.encode("utf-16-le"))
    assert main(["import", "bom-less.txt"]) == 2  # without a BOM it looks binary
    assert "not text" in capsys.readouterr().err
    code = main(["import", "bom-less.txt", "--encoding", "utf-16-le", "--language", "ru-RU"])
    assert code == 0
    article = container.load(work / "bom-less.newsdesk")
    assert article.language == "ru-RU"
    assert article.headline == "Откроется ли городская библиотека после ремонта к осени?"


def test_import_command_runs_as_a_process_without_traceback(work: Path) -> None:
    done = run_newsdesk("import", "binary.txt", "market-tr.md", cwd=work)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert (work / "market-tr.newsdesk").exists()


def test_a_short_draft_with_a_paragraph_of_control_characters_is_imported(
    work: Path, capsys
) -> None:
    # A trial: one paragraph of C0 controls in a 126-byte draft refused it whole as
    # "binary data"; the controls are cleaned (and reported) when exported.
    draft = work / "controls.txt"
    controls = "".join(chr(code) for code in range(1, 30) if code not in (9, 10, 13))
    draft.write_text(
        f"Control test headline\nNews:\nBefore {controls} after.\n"
        "Comment:\nThe rest of the draft reads as text.\n",
        encoding="utf-8",
    )
    assert main(["import", "controls.txt"]) == 0
    article = container.load(work / "controls.newsdesk")
    assert article.headline == "Control test headline"
    body = "\n".join(section.body for section in article.sections)
    assert "Before" in body and "after." in body and "reads as text" in body
    # A real binary is still refused.
    (work / "random.txt").write_bytes(bytes(range(256)) * 8)
    assert main(["import", "random.txt"]) == 2
    assert "not text" in capsys.readouterr().err
