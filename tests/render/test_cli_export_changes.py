"""``newsdesk export --changes-since``: a DOCX with tracked changes since a revision."""

from __future__ import annotations

from pathlib import Path

import pytest
from revised_samples import EDITOR, NS, change_text, document_xml, revised_en

from editor.cli import main
from editor.storage.container import save


def _docx(folder: Path) -> bytes:
    (found,) = folder.glob("*.docx")
    return found.read_bytes()


@pytest.mark.parametrize("since", ["1", "approved"])
def test_export_shows_the_changes_since_a_revision(
    tmp_path: Path, since: str, capsys: pytest.CaptureFixture[str]
) -> None:
    save(revised_en(), tmp_path / "port.newsdesk")
    out = tmp_path / "out"
    code = main(
        [
            "export",
            str(tmp_path / "port.newsdesk"),
            "--format",
            "docx",
            "--out",
            str(out),
            "--changes-since",
            since,
        ]
    )
    assert code == 0, capsys.readouterr().err
    root = document_xml(_docx(out))
    inserted = root.xpath("//w:ins", namespaces=NS)
    assert "Wednesday" in [change_text(item) for item in inserted]
    assert {item.get(f"{{{NS['w']}}}author") for item in inserted} == {EDITOR}


def test_without_the_option_the_docx_has_no_tracked_changes(tmp_path: Path) -> None:
    save(revised_en(), tmp_path / "port.newsdesk")
    out = tmp_path / "out"
    assert main(["export", str(tmp_path / "port.newsdesk"), "--out", str(out)]) == 0
    assert document_xml(_docx(out)).xpath("//w:ins | //w:del", namespaces=NS) == []


def test_a_revision_the_article_lacks_is_an_error_naming_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    save(revised_en(), tmp_path / "port.newsdesk")
    source = str(tmp_path / "port.newsdesk")
    code = main(["export", source, "--out", str(tmp_path), "--changes-since", "7"])
    assert code == 1
    assert "port.newsdesk: docx: no revision 7 (the article has 2)" in capsys.readouterr().err
    assert not list(tmp_path.glob("*.docx"))
    assert main(["export", source, "--format", "html", "--changes-since", "1"]) == 2
    assert "add --format docx" in capsys.readouterr().err
    assert main(["export", source, "--changes-since", "last"]) == 2
    assert "give a revision number or 'approved'" in capsys.readouterr().err
