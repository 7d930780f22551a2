"""An export into a folder that already holds its outputs: replace them, or keep both."""

from __future__ import annotations

from pathlib import Path

from render_samples import river_port_en, university_ar

from editor.jobs.export import existing_outputs, export_articles
from editor.model import Article
from editor.render.styles import load_style
from editor.storage.container import save

NAME = "2026-10-14-will-the-river-port-reopen-before-winter"


def _saved(folder: Path, name: str, article: Article) -> Path:
    path = folder / f"{name}.newsdesk"
    save(article, path)
    return path


def test_keep_writes_beside_an_existing_output_and_leaves_it_untouched(tmp_path: Path) -> None:
    source = _saved(tmp_path, "en", river_port_en())
    out = tmp_path / "out"
    out.mkdir()
    (out / f"{NAME}.md").write_bytes(b"the writer's own edits")
    (steps,) = list(export_articles([source], ["md"], out, load_style(), existing="keep"))
    assert steps.ok and steps.output == out / f"{NAME} (2).md"
    assert (out / f"{NAME}.md").read_bytes() == b"the writer's own edits"
    assert "river port" in (out / f"{NAME} (2).md").read_text(encoding="utf-8").casefold()
    # Kept again: the next free number, both earlier files as they were.
    again = list(export_articles([source], ["md", "html"], out, load_style(), existing="keep"))
    assert [step.output.name for step in again] == [f"{NAME} (3).md", f"{NAME}.html"]
    assert (out / f"{NAME}.md").read_bytes() == b"the writer's own edits"
    # Replacing stays the default (the command line's behaviour): no new name.
    (step,) = list(export_articles([source], ["md"], out, load_style()))
    assert step.output == out / f"{NAME}.md"
    assert (out / f"{NAME}.md").read_bytes() != b"the writer's own edits"
    assert not (out / f"{NAME} (4).md").exists()


def test_the_outputs_that_exist_are_listed_under_the_names_the_export_writes(
    tmp_path: Path,
) -> None:
    sources = [
        _saved(tmp_path, "one", river_port_en()),
        _saved(tmp_path, "two", river_port_en()),
        _saved(tmp_path, "ar", university_ar()),
    ]
    out = tmp_path / "out"
    out.mkdir()
    style = load_style()
    assert existing_outputs(sources, ["md", "html"], out, style) == []
    written = [step.output for step in export_articles(sources, ["md", "html"], out, style)]
    before = sorted(out.iterdir())
    # Everything written is listed, in the export's order, the second article's "-2" too.
    assert existing_outputs(sources, ["md", "html"], out, style) == written
    assert sorted(out.iterdir()) == before  # listing writes nothing
    (out / f"{NAME}-2.html").unlink()
    listed = existing_outputs(sources, ["html", "docx"], out, style)
    assert [path.name for path in listed] == [f"{NAME}.html", written[-1].name]


def test_an_unreadable_article_is_left_out_of_the_listing(tmp_path: Path) -> None:
    broken = tmp_path / "broken.newsdesk"
    broken.write_bytes(b"not a zip")
    good = _saved(tmp_path, "en", river_port_en())
    (tmp_path / f"{NAME}.md").write_bytes(b"old")
    listed = existing_outputs([broken, good], ["md"], tmp_path, load_style())
    assert listed == [tmp_path / f"{NAME}.md"]


def test_the_listing_names_each_output_as_the_export_does_without_building_it(
    tmp_path: Path, monkeypatch
) -> None:
    """One naming rule: the names from the article equal those from its built document."""
    import editor.jobs.export as export_job
    from editor.render.build import article_output_name, build_document, output_name

    hostile = river_port_en()
    hostile.headline = "\u202eA/b\\..\x07 headline\u200f  "
    hostile.byline.date = "\u200e2026-11-02\x00"
    undated = university_ar()
    undated.byline.date = ""
    styles = [load_style()]
    styles.append(styles[0].__class__(file_name="{language}-{id}-{date}-{slug}.{ext}"))
    for article in (river_port_en(), university_ar(), hostile, undated):
        for style in styles:
            document = build_document(article, style)
            for ext in ("md", "docx", "html"):
                expected = output_name(document, article.id, style, ext)
                assert article_output_name(article, style, ext) == expected
    builds: list[object] = []
    monkeypatch.setattr(export_job, "final_document", lambda *a, **k: builds.append(a))
    source = _saved(tmp_path, "en", river_port_en())
    (tmp_path / f"{NAME}.md").write_bytes(b"old")
    assert existing_outputs([source], ["md"], tmp_path, load_style()) == [tmp_path / f"{NAME}.md"]
    assert builds == []  # the export builds the document; the listing only names it
