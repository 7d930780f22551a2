"""``newsdesk editions``: list, add and confirm language editions; ``show``, ``check`` and
``status`` on one edition with ``--edition LANG``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from editor.cli import main
from editor.importing.draft import import_draft
from editor.resources import resource_path
from editor.storage import container
from editor.text.editions import edition, follow_source, set_translation, state


def _sample_file(folder: Path) -> Path:
    article = import_draft(resource_path("samples") / "ferry-line-en.txt").article
    path = folder / "ferry.newsdesk"
    container.save(article, path)
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _translate_all(path: Path) -> None:
    """Write every paragraph of the Arabic edition (as a translator would, in the file)."""
    source = container.load(path)
    arabic = edition(source, "ar")
    assert arabic is not None
    for number, link in enumerate(arabic.source_links):
        set_translation(arabic, link, f"ترجمة {number}")
    container.save(source, path)


def test_new_confirm_and_list_an_edition(tmp_path: Path, capsys) -> None:
    path = _sample_file(tmp_path)
    code, out, _err = run(capsys, "editions", str(path))
    assert code == 0 and "no editions" in out
    code, out, err = run(capsys, "editions", str(path), "--new", "ar", "--author", "Tr One")
    assert code == 0, err
    assert "ar edition added" in out
    source = container.load(path)
    arabic = edition(source, "ar")
    assert arabic is not None and arabic.id == source.id
    paragraphs = len(arabic.source_links)
    quotations = len(source.quotations)
    code, out, _err = run(capsys, "editions", str(path), "--json")
    (row,) = json.loads(out)
    assert (row["language"], row["up_to_date"], row["stale"]) == ("ar", 0, 0)
    # Quotations may stay in the words they were said in: counted apart.
    assert (row["untranslated"], row["quotations_untranslated"]) == (
        paragraphs - quotations,
        quotations,
    )
    # A second edition in the same language is refused, naming the file.
    code, _out, err = run(capsys, "editions", str(path), "--new", "ar")
    assert code == 2 and str(path) in err and "already" in err

    _translate_all(path)
    code, out, err = run(capsys, "editions", str(path), "--confirm", "ar", "--author", "Tr One")
    assert code == 0, err
    code, out, _err = run(capsys, "editions", str(path), "--json")
    (row,) = json.loads(out)
    assert (row["up_to_date"], row["stale"], row["untranslated"]) == (paragraphs, 0, 0)

    # The source changes: exactly one paragraph of the edition is stale.
    source = container.load(path)
    old = source.sections[0].body
    source.sections[0].body = old.replace(".", ", the board said.", 1)
    follow_source(source, "sections/0", old, source.sections[0].body)
    container.save(source, path)
    code, out, _err = run(capsys, "editions", str(path))
    assert code == 0
    assert f"ar: {paragraphs - 1} up to date, 1 stale, 0 to translate (draft)" in out
    saved = container.load(path)
    arabic = edition(saved, "ar")
    assert arabic is not None
    link = state(saved, arabic).stale[0].link
    assert link.confirmed_by == "Tr One" and link.confirmed_at


def test_show_and_check_take_an_edition(tmp_path: Path, capsys) -> None:
    path = _sample_file(tmp_path)
    assert main(["editions", str(path), "--new", "ar", "--prefill"]) == 0
    capsys.readouterr()
    code, out, _err = run(capsys, "show", str(path), "--json", "--edition", "ar")
    data = json.loads(out)
    assert code == 0 and data["language"] == "ar" and data["source_links"]
    code, out, _err = run(capsys, "show", str(path))
    assert "Editions:   ar" in out
    code, out, _err = run(capsys, "check", str(path), "--edition", "ar")
    assert code == 1
    assert f"{path} [ar]: sections/0: " in out and "not translated yet" in out
    code, out, _err = run(capsys, "check", str(path))
    assert "not translated" not in out
    code, _out, err = run(capsys, "show", str(path), "--edition", "ru")
    assert code == 2 and "no 'ru' edition" in err


def test_status_of_an_edition_is_its_own_and_the_gate_refuses_stale(
    tmp_path: Path, capsys
) -> None:
    path = _sample_file(tmp_path)
    assert main(["editions", str(path), "--new", "ar"]) == 0
    _translate_all(path)
    assert main(["editions", str(path), "--confirm", "ar"]) == 0
    assert main(["status", str(path), "in_review", "--edition", "ar"]) == 0
    source = container.load(path)
    old = source.sections[0].body
    source.sections[0].body = "Changed. " + old
    follow_source(source, "sections/0", old, source.sections[0].body)
    container.save(source, path)
    capsys.readouterr()
    code, _out, err = run(capsys, "status", str(path), "approved", "--edition", "ar")
    assert code == 2 and "stale paragraph" in err and f"{path} [ar]" in err
    assert main(["editions", str(path), "--confirm", "ar"]) == 0
    code, _out, err = run(capsys, "status", str(path), "approved", "--edition", "ar")
    assert code == 0, err
    saved = container.load(path)
    arabic = edition(saved, "ar")
    assert arabic is not None and arabic.meta.status == "approved"
    assert saved.meta.status == "draft"  # the source's own status is untouched


def test_the_paragraphs_said_to_translate_are_those_the_export_waits_for(
    tmp_path: Path, capsys
) -> None:
    # "editions" said 14 paragraphs to translate and the export refused for 10 (a trial):
    # the four quotations, which may stay in the words they were said in, were counted.
    path = _sample_file(tmp_path)
    code, out, err = run(capsys, "editions", str(path), "--new", "ar")
    assert code == 0, err
    source = container.load(path)
    quotations = len(source.quotations)
    assert quotations > 0
    paragraphs = len(source.editions[0].source_links) - quotations
    assert f"ar edition added ({paragraphs} paragraph(s) to translate, " in out
    assert f"{quotations} quotation(s) in the words said)" in out
    code, out, _err = run(capsys, "editions", str(path))
    assert f"ar: 0 up to date, 0 stale, {paragraphs} to translate, {quotations} quotation" in out
    code, _out, err = run(
        capsys, "export", str(path), "--edition", "ar", "--format", "html", "--out", str(tmp_path)
    )
    assert code == 1
    assert f"the edition has {paragraphs} paragraph(s) not translated yet" in err
