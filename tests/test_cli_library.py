"""`newsdesk library index` and `newsdesk library search`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from editor.cli import main
from editor.model import Article, Byline, Meta, Section
from editor.storage import container


def save(folder: Path, name: str, body: str, language: str, status: str = "draft") -> Path:
    article = Article(
        language=language,
        headline=f"Headline {name}",
        sections=[Section(kind="news", label="", body=body)],
        byline=Byline(author="Salma Youssef"),
        meta=Meta(status=status),
    )
    path = folder / f"{name}.newsdesk"
    container.save(article, path)
    return path


@pytest.fixture
def shelf(tmp_path: Path) -> Path:
    folder = tmp_path / "shelf"
    folder.mkdir()
    return folder


def test_index_then_search_prints_json_hits_with_the_match_marked(shelf, capsys) -> None:
    school = save(shelf, "school", "زار الوزير وبالمدرسةِ طلابا.", "ar", status="published")
    save(shelf, "port", "The river port reopens.", "en")
    assert main(["library", "index", str(shelf)]) == 0
    assert "2 article(s) indexed" in capsys.readouterr().out

    assert main(["library", "search", "مدرسة", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == [
        {
            "path": str(school),
            "headline": "Headline school",
            "snippet": "زار الوزير [وبالمدرسةِ] طلابا.",
            "status": "published",
            "language": "ar",
            "author": "Salma Youssef",
        }
    ]


def test_search_filters_by_status_and_language(shelf, capsys) -> None:
    save(shelf, "a", "harbour", "en", status="draft")
    save(shelf, "b", "harbour", "en", status="published")
    save(shelf, "c", "harbour", "ru", status="published")
    main(["library", "index", str(shelf)])
    capsys.readouterr()
    main(["library", "search", "harbour", "--status", "published", "--language", "en", "--json"])
    assert [Path(hit["path"]).stem for hit in json.loads(capsys.readouterr().out)] == ["b"]


def test_search_sees_files_changed_since_the_index(shelf, capsys) -> None:
    main(["library", "index", str(shelf)])
    save(shelf, "late", "A ferry arrives.", "en")
    capsys.readouterr()
    main(["library", "search", "ferry", "--json"])
    assert [Path(hit["path"]).stem for hit in json.loads(capsys.readouterr().out)] == ["late"]


def test_unreadable_file_is_named_and_the_exit_code_says_problems(shelf, capsys) -> None:
    save(shelf, "good", "harbour", "en")
    (shelf / "broken.newsdesk").write_bytes(b"PK\x03\x04 truncated")
    assert main(["library", "index", str(shelf)]) == 1
    captured = capsys.readouterr()
    assert f"{shelf / 'broken.newsdesk'}: " in captured.err
    assert "1 article(s) indexed" in captured.out
    assert "1 could not be read" in captured.out


def test_query_full_of_operators_is_not_an_error(shelf, capsys) -> None:
    save(shelf, "good", "harbour", "en")
    main(["library", "index", str(shelf)])
    capsys.readouterr()
    assert main(["library", "search", 'harbour" * ( ^ -', "--json"]) == 0
    assert [Path(hit["path"]).stem for hit in json.loads(capsys.readouterr().out)] == ["good"]


def test_index_of_a_missing_folder_is_a_usage_error(tmp_path, capsys) -> None:
    assert main(["library", "index", str(tmp_path / "nowhere")]) == 2
    assert "no such folder" in capsys.readouterr().err


def test_text_output_shows_headline_path_and_snippet(shelf, capsys) -> None:
    path = save(shelf, "one", "На площади стоит ёлка.", "ru")
    main(["library", "index", str(shelf)])
    capsys.readouterr()
    main(["library", "search", "елка"])
    assert capsys.readouterr().out.splitlines() == [
        "Headline one  (draft, ru, Salma Youssef)",
        f"  {path}",
        "  На площади стоит [ёлка].",
    ]


def test_search_finds_other_forms_and_filters_by_urgency_and_embargo(shelf, capsys) -> None:
    for name, meta in (
        ("flash", Meta(urgency=1, slugline="PORTS")),
        ("held", Meta(embargo="2999-01-01T09:00:00+03:00")),
        ("plain", Meta()),
    ):
        article = Article(headline=name, sections=[Section(body="The ports were closing.")])
        article.meta = meta
        container.save(article, shelf / f"{name}.newsdesk")
    main(["library", "index", str(shelf)])

    def found(*options: str) -> list[str]:
        capsys.readouterr()
        assert main(["library", "search", "port closed", *options, "--json"]) == 0
        return sorted(Path(hit["path"]).stem for hit in json.loads(capsys.readouterr().out))

    assert found() == ["flash", "held", "plain"]
    assert found("--urgency", "1") == ["flash"]
    assert found("--slugline", "PORTS") == ["flash"]
    assert found("--embargo", "embargoed") == ["held"]
    assert found("--embargo", "none") == ["flash", "plain"]
