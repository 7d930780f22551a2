"""A DOCX with tracked changes in pandoc and LibreOffice: shown, listed, accepted, rejected."""

from __future__ import annotations

import copy
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from libreoffice_review import convert, review_all
from revised_samples import EDITOR, EXPECTED, REVISED, older

from editor.importing import import_draft
from editor.model import Article
from editor.model.parts import article_parts
from editor.render.changes import tracked_document
from editor.render.formats import render_bytes
from editor.render.styles import load_style
from editor.text.suggestions import accept_all, suggest

pytestmark = pytest.mark.slow
STYLE = load_style("default")
needs_pandoc = pytest.mark.skipif(shutil.which("pandoc") is None, reason="pandoc is not installed")
needs_libreoffice = pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice is not installed"
)


def _export(language: str, folder: Path) -> tuple[Article, Path]:
    article = REVISED[language]()
    path = folder / f"{language}.docx"
    path.write_bytes(render_bytes(tracked_document(article, STYLE, 1), STYLE, "docx"))
    return article, path


def _texts(article: Article) -> dict[str, str]:
    return {part.key: part.text for part in article_parts(article)}


@needs_pandoc
@pytest.mark.parametrize("language", sorted(REVISED))
def test_pandoc_shows_each_change_with_its_author_around_its_words(
    language: str, tmp_path: Path
) -> None:
    _article, path = _export(language, tmp_path)
    shown = subprocess.run(
        [
            "pandoc",
            "-f",
            "docx",
            "-t",
            "markdown",
            "--track-changes=all",
            "--wrap=none",
            str(path),
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    gone, added = EXPECTED[language]
    for words in gone:
        assert re.search(_marked(words, "deletion"), shown), (words, shown)
    for words in added:
        assert re.search(_marked(words, "insertion"), shown), (words, shown)


def _marked(words: str, kind: str) -> str:
    """The words, then (past a right-to-left span's end at most) the change that holds them."""
    return rf'{re.escape(words)}(?:[^{{}}\[\]]|\]\{{dir="rtl"\}})*\]\{{\.{kind} author="{EDITOR}"'


@pytest.fixture(scope="module")
def profile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A throwaway LibreOffice user profile, shared by the module's runs."""
    return tmp_path_factory.mktemp("profile")


@needs_libreoffice
@pytest.mark.parametrize("language", sorted(REVISED))
def test_libreoffice_lists_the_tracked_changes(
    language: str, tmp_path: Path, profile: Path
) -> None:
    _article, path = _export(language, tmp_path)
    odt = convert(profile, path, "odt", tmp_path)
    with zipfile.ZipFile(odt) as package:
        content = package.read("content.xml").decode("utf-8")
    listed = re.search(r"<text:tracked-changes.*?</text:tracked-changes>", content, re.S)
    assert listed is not None, "LibreOffice read no tracked changes"
    regions = re.findall(r"<text:changed-region", listed.group(0))
    authors = set(re.findall(r"<dc:creator>(.*?)</dc:creator>", listed.group(0)))
    gone, added = EXPECTED[language]
    assert len(regions) >= len(gone) + len(added)
    assert authors == {EDITOR}


@needs_libreoffice
@pytest.mark.parametrize("language", sorted(REVISED))
def test_accepting_all_in_libreoffice_gives_the_newer_text_and_rejecting_the_older(
    language: str, tmp_path: Path, profile: Path
) -> None:
    article, path = _export(language, tmp_path)
    accepted = review_all(profile, path, tmp_path / "accepted.docx", accept=True)
    rejected = review_all(profile, path, tmp_path / "rejected.docx", accept=False)
    assert _texts(import_draft(accepted).article) == _texts(article)
    assert _texts(import_draft(rejected).article) == _texts(older(article))


@needs_libreoffice
def test_with_open_suggestions_accepting_all_applies_them_and_rejecting_gives_the_older(
    tmp_path: Path, profile: Path
) -> None:
    article = REVISED["en"]()
    body = article.sections[0].body
    start = body.index("Wednesday")  # a word the editor's revision inserted
    suggest(article, "sections/0", start, start + 9, "Thursday", "Reviewer Three")
    place = body.index("eastern")
    suggest(article, "sections/0", place, place, "far ", "Reviewer Four")
    start = article.headline.index("soon")
    suggest(article, "headline", start, start + 4, "in spring", "Reviewer Four")
    path = tmp_path / "suggested.docx"
    path.write_bytes(render_bytes(tracked_document(article, STYLE, 1), STYLE, "docx"))
    accepted = review_all(profile, path, tmp_path / "accepted.docx", accept=True)
    rejected = review_all(profile, path, tmp_path / "rejected.docx", accept=False)
    applied = copy.deepcopy(article)
    accept_all(applied)
    assert "met on Thursday to review the dredging of the far eastern" in applied.sections[0].body
    assert _texts(import_draft(accepted).article) == _texts(applied)
    assert _texts(import_draft(rejected).article) == _texts(older(article))
