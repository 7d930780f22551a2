"""``newsdesk review --from-docx`` and ``newsdesk suggestions`` as a reviewer uses them."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from editor.cli import main
from editor.storage import container

sys.path.insert(0, str(Path(__file__).parent / "importing"))
from review_sample import NEWS, sample

REVIEWED = Path(__file__).parent / "importing" / "fixtures" / "review-libreoffice.docx"


def article_file(folder: Path) -> Path:
    path = folder / "port.newsdesk"
    container.save(sample(), path)
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_review_from_docx_places_suggestions_and_says_where(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = article_file(tmp_path)
    code, out, err = run(capsys, "review", str(path), "--from-docx", str(REVIEWED))
    assert (code, err) == (0, "")
    assert out.splitlines()[0] == (
        f"{path}: 5 suggestion(s) placed from {REVIEWED} (Headline 1, News 2, Quotation q1 1, "
        "Comment 1), 0 already there, 0 not placed; 0 comment(s) added, 0 already there, "
        "0 kept detached"
    )
    saved = container.load(path)
    assert sorted((s.part, s.old, s.new, s.author) for s in saved.suggestions)[0] == (
        "headline",
        "river port",
        "port",
        "Libre Reviewer",
    )
    assert saved.headline == sample().headline
    code, out, _err = run(capsys, "review", str(path), "--from-docx", str(REVIEWED), "--json")
    report = json.loads(out)
    assert report["suggestions"]["placed"] == 0 and report["suggestions"]["already_there"] == 5
    assert len(container.load(path).suggestions) == 5


def test_review_accept_all_writes_the_reviewers_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = article_file(tmp_path)
    code, out, _err = run(
        capsys, "review", str(path), "--from-docx", str(REVIEWED), "--accept-all"
    )
    assert code == 0 and "accepted 5, left open 0" in out
    saved = container.load(path)
    assert saved.suggestions == []
    assert saved.headline == "Will the port open?"
    assert saved.sections[0].body == NEWS.replace("opens", "will open").replace(
        "new quay", "new quay in the north"
    )


def test_review_reject_all_leaves_the_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = article_file(tmp_path)
    code, out, _err = run(
        capsys, "review", str(path), "--from-docx", str(REVIEWED), "--reject-all"
    )
    assert code == 0 and "rejected 5" in out
    saved = container.load(path)
    assert saved.suggestions == [] and saved.headline == sample().headline


def test_suggestions_lists_in_reading_order_and_accepts_by_prefix(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = article_file(tmp_path)
    run(capsys, "review", str(path), "--from-docx", str(REVIEWED))
    code, out, _err = run(capsys, "suggestions", str(path))
    lines = out.splitlines()
    assert code == 0 and lines[0] == f"{path}: 5 suggestions (0 in conflict)"
    assert [line.split(" · ")[0].split("] ")[1] for line in lines[1:]] == [
        "Headline",
        "News",
        "News",
        "Comment",
        "Quotation q1",
    ]
    assert lines[1].endswith("Libre Reviewer: «river port» → «port»")
    listed = json.loads(run(capsys, "suggestions", str(path), "--json")[1])
    headline = listed[0]["id"]
    news = listed[1]["id"]
    code, out, _err = run(
        capsys, "suggestions", str(path), "--accept", headline[:6], "--reject", news
    )
    assert code == 2  # one action at a time
    code, out, _err = run(capsys, "suggestions", str(path), "--accept", headline[:6])
    assert (code, out) == (0, f"{path}: accepted 1 suggestion(s), 0 left open\n")
    code, out, _err = run(capsys, "suggestions", str(path), "--reject", news)
    assert code == 0
    saved = container.load(path)
    assert saved.headline == "Will the port open?"
    assert len(saved.suggestions) == 3
    assert all(s.id not in (headline, news) for s in saved.suggestions)
    code, out, _err = run(capsys, "suggestions", str(path), "--accept-all")
    assert (code, out) == (0, f"{path}: accepted 3 suggestion(s), 0 left open\n")
    assert container.load(path).quotations[0].words == "We keep our promise.\nAlways."


def test_suggestions_unknown_or_ambiguous_id_is_one_error_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = article_file(tmp_path)
    run(capsys, "review", str(path), "--from-docx", str(REVIEWED))
    article = container.load(path)
    for number, suggestion in enumerate(article.suggestions):
        suggestion.id = f"abc{number}"
    container.save(article, path)
    before = path.read_bytes()
    code, out, err = run(capsys, "suggestions", str(path), "--accept", "zzz")
    assert (code, out) == (2, "")
    assert err == f"newsdesk: {path}: no suggestion has the id 'zzz'\n"
    code, out, err = run(capsys, "suggestions", str(path), "--reject", "abc")
    assert code == 2 and "starts 5 suggestions" in err
    assert path.read_bytes() == before


def test_review_with_a_broken_docx_is_one_error_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = article_file(tmp_path)
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK not really")
    code, out, err = run(capsys, "review", str(path), "--from-docx", str(broken))
    assert code == 2 and out == ""
    assert err.startswith(f"newsdesk: {broken}: ") and err.count("\n") == 1


def test_review_says_where_the_file_differs_without_a_tracked_change(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # An edit made with Track Changes off: `review --json` said 0 placed, 0 not placed,
    # and nothing else (seen on Xvfb).
    import io
    import zipfile

    from review_sample import exported

    returned = tmp_path / "returned.docx"
    with (
        zipfile.ZipFile(io.BytesIO(exported())) as source,
        zipfile.ZipFile(returned, "w") as target,
    ):
        for entry in source.infolist():
            content = source.read(entry)
            if entry.filename == "word/document.xml":
                content = content.replace(b"The quay is ready.", b"The quay is almost ready.")
            target.writestr(entry, content)
    path = article_file(tmp_path)
    code, out, _err = run(capsys, "review", str(path), "--from-docx", str(returned))
    assert code == 0
    assert (
        "  differs without a tracked change (not taken; --untracked suggests them): "
        "News «» → «almost»"
    ) in out.splitlines()
    code, out, _err = run(capsys, "review", str(path), "--from-docx", str(returned), "--json")
    report = json.loads(out)
    assert report["suggestions"]["untracked"] == [
        {"where": "sections/0", "old": "", "new": "almost"}
    ]
    assert "almost" not in container.load(path).sections[0].body  # said, not taken
    # Asked for, the edit is a suggestion (by who last saved the file, else the user).
    code, out, _err = run(
        capsys, "review", str(path), "--from-docx", str(returned), "--untracked", "--json"
    )
    report = json.loads(out)
    assert (report["suggestions"]["from_untracked"], report["suggestions"]["untracked"]) == (1, [])
    (suggestion,) = container.load(path).suggestions
    assert (suggestion.part, suggestion.old, suggestion.new) == ("sections/0", "", "almost ")
    code, out, _err = run(capsys, "suggestions", str(path), "--accept-all")
    assert code == 0
    assert "The quay is almost ready." in container.load(path).sections[0].body
