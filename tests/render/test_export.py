"""Batch export: every article in every format, bad files reported and skipped."""

from __future__ import annotations

from pathlib import Path

import pytest
from render_samples import river_port_en, university_ar

from editor.jobs.export import Progress, export_articles
from editor.model import Article, Section
from editor.render.errors import RenderError, UnknownQuotationError
from editor.render.styles import load_style
from editor.render.tree import Cleaning
from editor.storage.container import save
from editor.storage.errors import FormatError, StorageError


def _saved(folder: Path, name: str, article: Article) -> Path:
    path = folder / f"{name}.newsdesk"
    save(article, path)
    return path


def test_every_article_is_exported_in_every_format(tmp_path: Path) -> None:
    sources = [_saved(tmp_path, "en", river_port_en()), _saved(tmp_path, "ar", university_ar())]
    out = tmp_path / "out"
    out.mkdir()
    steps = list(export_articles(sources, ["docx", "html", "md"], out, load_style()))
    assert all(step.ok for step in steps)
    assert [(step.index, step.total, step.format) for step in steps] == [
        (1, 2, "docx"), (1, 2, "html"), (1, 2, "md"), (2, 2, "docx"), (2, 2, "html"), (2, 2, "md"),
    ]  # fmt: skip
    names = sorted(path.name for path in out.iterdir())
    assert "2026-10-14-will-the-river-port-reopen-before-winter.docx" in names
    assert "2026-09-05-هل-تحل-الجامعات-الخاصة-أزمة-القبول.html" in names
    assert len(names) == 6  # no temporary files left behind


def test_a_bad_file_is_reported_and_the_rest_still_export(tmp_path: Path) -> None:
    good = _saved(tmp_path, "good", river_port_en())
    bad = tmp_path / "bad.newsdesk"
    bad.write_bytes(b"not a zip")
    missing = tmp_path / "missing.newsdesk"
    steps = list(export_articles([bad, good, missing], ["html"], tmp_path, load_style()))
    failed = [step for step in steps if not step.ok]
    assert [step.source for step in failed] == [bad, missing]
    assert isinstance(failed[0].failure, FormatError) and failed[0].failure.path == bad
    assert isinstance(failed[1].failure, StorageError) and failed[1].failure.path == missing
    assert [step.output.suffix for step in steps if step.ok] == [".html"]


def test_unknown_quotation_blocks_a_final_export_unless_forced(tmp_path: Path) -> None:
    article = Article(
        headline="Ids", sections=[Section("news", "", "[[quote:a1]] and [[quote:b2]]")]
    )
    source = _saved(tmp_path, "ids", article)
    (step,) = export_articles([source], ["html"], tmp_path, load_style())
    assert not step.ok and step.format is None
    # A typed failure with its values; the wording is the command's or the window's.
    assert isinstance(step.failure, UnknownQuotationError)
    assert step.failure.ids == ("a1", "b2") and step.failure.path == source
    assert "--" not in str(step.failure)
    (forced,) = export_articles([source], ["html"], tmp_path, load_style(), force=True)
    assert forced.ok and forced.output.exists()
    assert forced.marked_quotations == ("a1", "b2")
    assert "[unknown quotation: a1]" in forced.output.read_text(encoding="utf-8")


def test_cleaned_characters_are_reported_once_per_article(tmp_path: Path) -> None:
    article = Article(headline="Bell\x07", sections=[Section("news", "", "Body\x01")])
    source = _saved(tmp_path, "bell", article)
    steps = list(export_articles([source], ["docx", "html"], tmp_path, load_style()))
    assert steps[0].cleanings == (
        Cleaning("headline", "U+0007 (control character) removed (once)"),
        Cleaning("sections/0", "U+0001 (control character) removed (once)"),
    )
    assert steps[1].cleanings == ()


def test_two_articles_with_the_same_name_do_not_overwrite_each_other(tmp_path: Path) -> None:
    first = _saved(tmp_path, "one", river_port_en())
    second = _saved(tmp_path, "two", river_port_en())
    steps = list(export_articles([first, second], ["md"], tmp_path, load_style()))
    outputs = [step.output.name for step in steps]
    assert outputs[0] != outputs[1] and outputs[1].endswith("-2.md")


def test_the_number_that_tells_two_names_apart_comes_before_the_whole_extension(
    tmp_path: Path,
) -> None:
    # A trial: "…marren-bay.ninjs-2.json" beside "…marren-bay-2.html".
    first = _saved(tmp_path, "one", river_port_en())
    second = _saved(tmp_path, "two", river_port_en())
    out = tmp_path / "out"
    out.mkdir()
    steps = list(export_articles([first, second], ["ninjs", "html"], out, load_style()))
    names = sorted(step.output.name for step in steps if step.output is not None)
    stem = "2026-10-14-will-the-river-port-reopen-before-winter"
    assert names == sorted([
        f"{stem}.ninjs.json", f"{stem}.html", f"{stem}-2.ninjs.json", f"{stem}-2.html"
    ])  # fmt: skip
    # Kept beside an existing one: "NAME (2)" before the whole extension too.
    again = list(export_articles([first], ["ninjs"], out, load_style(), existing="keep"))
    assert again[0].output.name == f"{stem} (2).ninjs.json"


def test_a_long_headline_is_cut_at_the_end_of_a_word() -> None:
    from editor.render.build import slug

    headline = "Council votes to close the old harbour bridge after click javascript review"
    cut = slug(headline)
    assert cut == "council-votes-to-close-the-old-harbour-bridge-after-click"
    assert len(cut) <= 60
    # One word longer than the limit is cut at the limit.
    assert slug("x" * 80) == "x" * 60


def test_html_fragment_export_is_the_article_alone(tmp_path: Path) -> None:
    source = _saved(tmp_path, "en", river_port_en())
    (step,) = export_articles([source], ["html"], tmp_path, load_style(), fragment=True)
    assert step.output.read_text(encoding="utf-8").startswith("<article ")


def test_unknown_format_is_a_render_error(tmp_path: Path) -> None:
    with pytest.raises(RenderError, match="unknown export format 'odt'"):
        list(export_articles([], ["odt"], tmp_path, load_style()))


def test_progress_is_a_plain_value() -> None:
    step = Progress(1, 1, Path("a.newsdesk"), "html", Path("a.html"))
    assert step.ok and Progress(1, 1, Path("a"), failure=RenderError("x")).ok is False


def test_a_failed_write_is_reported_and_the_other_outputs_still_written(tmp_path: Path) -> None:
    source = _saved(tmp_path, "en", river_port_en())
    out = tmp_path / "out"
    out.mkdir()
    # A folder where the HTML export should go: that write fails, the others must not.
    (out / "2026-10-14-will-the-river-port-reopen-before-winter.html").mkdir()
    steps = list(export_articles([source, source], ["docx", "html", "md"], out, load_style()))
    assert [step.ok for step in steps] == [True, False, True, True, True, True]
    assert steps[1].format == "html" and isinstance(steps[1].failure, (OSError, StorageError))
    assert sorted(path.suffix for path in out.iterdir() if path.is_file()) == [
        ".docx", ".docx", ".html", ".md", ".md",
    ]  # fmt: skip


def _record_syncs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Record each fsync (of a file or of a folder) and each rename, in order."""
    import os
    import stat

    events: list[tuple[str, str]] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        kind = "folder" if stat.S_ISDIR(os.fstat(fd).st_mode) else "file"
        events.append((f"fsync {kind}", ""))
        real_fsync(fd)

    def replace(source: str | Path, target: str | Path) -> None:
        events.append(("replace", Path(target).name))
        real_replace(source, target)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    return events


def test_a_batch_syncs_each_file_before_its_rename_and_the_folder_once_at_the_end(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sources = [_saved(tmp_path, "en", river_port_en()), _saved(tmp_path, "ar", university_ar())]
    out = tmp_path / "out"
    out.mkdir()
    events = _record_syncs(monkeypatch)
    steps = list(export_articles(sources, ["html", "md"], out, load_style()))
    assert all(step.ok for step in steps) and len(steps) == 4
    # Writes run two at a time, so a file's fsync and its rename may interleave with
    # another's; per file, the fsync comes first, and the folder is synced last, once.
    assert [kind for kind, _ in events].count("fsync file") == 4
    assert [kind for kind, _ in events].count("fsync folder") == 1
    assert events[-1] == ("fsync folder", "")
    renames = [index for index, (kind, _) in enumerate(events) if kind == "replace"]
    file_syncs = [index for index, (kind, _) in enumerate(events) if kind == "fsync file"]
    assert all(sync < rename for sync, rename in zip(file_syncs, renames, strict=True))
    assert sorted(name for kind, name in events if kind == "replace") == sorted(
        step.output.name for step in steps if step.output is not None
    )


def test_a_single_export_syncs_the_file_then_the_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = _saved(tmp_path, "en", river_port_en())
    events = _record_syncs(monkeypatch)
    (step,) = export_articles([source], ["html"], tmp_path, load_style())
    assert step.ok and step.output is not None
    assert events == [("fsync file", ""), ("replace", step.output.name), ("fsync folder", "")]


def test_a_writer_running_out_of_stack_fails_that_article_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import editor.render.html as html_writer
    from editor.render.errors import NestingTooDeepError

    first = _saved(tmp_path, "first", Article(headline="First", sections=[Section(body="x")]))
    second = _saved(tmp_path, "second", river_port_en())
    real_write = html_writer.write

    def write(document, style, out) -> None:  # type: ignore[no-untyped-def]
        if document.headline == "First":
            raise RecursionError("maximum recursion depth exceeded")
        real_write(document, style, out)

    monkeypatch.setattr(html_writer, "write", write)
    out = tmp_path / "out"
    out.mkdir()
    steps = list(export_articles([first, second], ["html", "md"], out, load_style()))
    assert [(step.source.name, step.format, step.ok) for step in steps] == [
        ("first.newsdesk", "html", False),
        ("first.newsdesk", "md", True),
        ("second.newsdesk", "html", True),
        ("second.newsdesk", "md", True),
    ]
    failure = steps[0].failure
    assert isinstance(failure, NestingTooDeepError) and failure.path == first
    assert str(failure) == f"{first}: the text nests too deeply to export"


def test_comment_notes_of_a_large_bank_take_one_pass() -> None:
    from time_limit import finishes_within

    from editor.model import Comment, Quotation
    from editor.render.comments import comment_notes

    count = 60_000
    article = Article(quotations=[Quotation(f"q{i}", f"said word {i}") for i in range(count)])
    article.comments = [Comment(f"c{i}", f"quotations/q{i}", 5, 9, "word") for i in range(count)]
    article.comments.append(Comment("gone", "quotations/missing", 0, 4, "word"))
    # Each comment's part searched for in the bank: 60,000 × 30,000 steps.
    with finishes_within():
        notes = comment_notes(article)
    assert len(notes) == count
    assert (notes[-1].part, notes[-1].quote) == (f"quotations/q{count - 1}", "word")
