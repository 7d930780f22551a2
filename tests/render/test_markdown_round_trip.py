"""A Markdown export reads back the same: export, then import, gives the article's text."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sample_files import OWN_SAMPLES, SHARED_SAMPLES, write_hostile_draft

from editor.cli import main
from editor.importing import import_draft
from editor.importing.blocks import escape_markdown
from editor.model import Article, Section
from editor.render.build import build_document
from editor.render.markdown import markdown_string
from editor.render.styles import HouseStyle, Include, load_style
from editor.render.tree import Block, BlockQuote, CodeBlock, Document, List, plain_text
from editor.storage import container

# The credit line and the metadata line are written into the body; read back, they would
# be body text the first article did not have. The round trip is of the article's own text.
_STYLE = {"include": {"credit": False, "metadata": False}}


def _style() -> HouseStyle:
    return HouseStyle(include=Include(credit=False, metadata=False))


def _blocks(block: Block, out: list[str]) -> None:
    if isinstance(block, BlockQuote):
        for inner in block.blocks:
            _blocks(inner, out)
        if block.attribution is not None:
            out.append(plain_text(block.attribution.children))
    elif isinstance(block, List):
        for item in block.items:
            for inner in item.blocks:
                _blocks(inner, out)
    elif isinstance(block, CodeBlock):
        out.append(block.text)
    elif hasattr(block, "children"):
        out.append(plain_text(block.children))


def visible_text(document: Document) -> list[str]:
    """The text a reader sees, part by part and block by block, with the section labels."""
    out = [document.headline]
    for part in (document.opening, document.standfirst):
        out.append(plain_text(part.children) if part is not None else "")
    for section in document.sections:
        out.append("## " + (plain_text(section.label.children) if section.label else ""))
        for block in section.blocks:
            _blocks(block, out)
    return out


def _drafts(folder: Path) -> list[Path]:
    own = sorted(path for path in OWN_SAMPLES.iterdir() if path.suffix in (".txt", ".md"))
    shared = (
        sorted(path for path in SHARED_SAMPLES.iterdir() if path.suffix in (".txt", ".md"))
        if SHARED_SAMPLES.is_dir()
        else []
    )
    return [*own, *shared, write_hostile_draft(folder)]


def test_every_sample_and_the_hostile_draft_read_back_the_same_through_the_command_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "plain.json").write_text(json.dumps(_STYLE), encoding="utf-8")
    drafts = _drafts(tmp_path)
    assert len(drafts) >= 6
    for number, draft in enumerate(drafts):
        first, out, again = f"{number}.newsdesk", f"out{number}", f"{number}-again.newsdesk"
        assert main(["import", str(draft), "-o", first]) in (0, 1), draft
        export = ["export", first, "--format", "md", "--style", "plain.json", "--out", out]
        assert main(export) == 0
        (exported,) = (tmp_path / out).glob("*.md")
        assert main(["import", str(exported), "-o", again]) in (0, 1), draft
        capsys.readouterr()
        style = _style()
        before = visible_text(build_document(container.load(first), style))
        after = visible_text(build_document(container.load(again), style))
        assert after == before, draft.name


def test_an_ampersand_is_written_as_itself_and_text_like_an_entity_stays_text() -> None:
    article = Article(
        headline="Fish & chips",
        sections=[Section(body="Fish & chips | a ~ b, &copy; and &#42; and &amp; &x")],
    )
    body = markdown_string(build_document(article, _style())).split("---\n", 2)[2]
    assert "Fish & chips | a ~ b, &amp;copy; and &amp;#42; and &amp;amp; &x" in body
    assert "\\&" not in body and "\\|" not in body and "\\~" not in body


# Pieces of text that are Markdown syntax, entities, markup and script characters.
_PIECES = [
    *"ab 1*_[]()#>-+.!`\\<&|~=:{};\"'",
    "&amp;",
    "&lt;",
    "&#42;",
    "&#x3C;",
    "&copy;",
    "&nosuch;",
    "<b>",
    "<img src=x onerror=alert(1)>",
    "`code`",
    "``a`b``",
    "**bold**",
    "_it_",
    "[a](http://x.y)",
    "1. ",
    "- ",
    "# ",
    "> ",
    "ع",
    "ё",
    "ğ",
    " ",
]
_TEXT = st.lists(
    st.one_of(st.sampled_from(_PIECES), st.text(st.characters(categories=("L", "N")))),
    min_size=1,
    max_size=25,
).map("".join)


def _round_trip(body: str, tmp_path: Path) -> tuple[list[str], list[str]]:
    article = Article(headline="A headline", sections=[Section(kind="news", body=body)])
    style = _style()
    document = build_document(article, style)
    draft = tmp_path / "round.md"
    draft.write_text(markdown_string(document), encoding="utf-8")
    again = import_draft(draft, language="en").article
    return visible_text(document), visible_text(build_document(again, style))


@settings(
    max_examples=150,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=_TEXT)
@example(text="Fish & chips &amp; &lt;b&gt; &#42;not emphasis&#42;")
@example(text="`&lt;` and & in `code`")
def test_any_body_text_reads_back_the_same(tmp_path: Path, text: str) -> None:
    # One paragraph of plain text, put in the body as the plain-text importer puts it.
    text = re.sub(r"\s+", " ", text).strip()
    if not text:
        return
    before, after = _round_trip(escape_markdown(text), tmp_path)
    assert after == before


@settings(
    max_examples=100,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=_TEXT)
def test_any_markdown_body_reads_back_the_same(tmp_path: Path, text: str) -> None:
    # The body as Markdown (emphasis, code, links, whatever the pieces make).
    text = re.sub(r"\s+", " ", text).strip()
    if not text:
        return
    before, after = _round_trip(text, tmp_path)
    assert after == before


def test_the_headline_reads_back_from_the_front_matter_with_its_escapes() -> None:
    from editor.importing.frontmatter import parse_front_matter

    headline = "<script>alert('x')</script> & \"quoted\" \\ tab\t😀 \u2028 end"
    document = build_document(Article(headline=headline), load_style())
    front = markdown_string(document).split("---\n")[1]
    assert "<script" not in front
    assert parse_front_matter(front)["title"] == document.headline == headline
