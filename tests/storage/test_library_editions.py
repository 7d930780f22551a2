"""The library lists a story once, with its editions' languages; a search in an edition's
language finds the story through that edition."""

from __future__ import annotations

from pathlib import Path

from editor.cli import main
from editor.importing.draft import import_draft
from editor.resources import resource_path
from editor.storage import container
from editor.storage.folders import UserFolders
from editor.storage.library import Filters, Library
from editor.text.editions import new_edition, set_translation

ARABIC = "العبارة الجديدة تعبر الخليج كل أربعين دقيقة"
RUSSIAN = "Паромы отправляются каждые сорок минут"


def _story(folder: Path) -> Path:
    source = import_draft(resource_path("samples") / "ferry-line-en.txt").article
    for language, words in (("ar", ARABIC), ("ru", RUSSIAN)):
        made = new_edition(source, language, prefill=False)
        section_links = [link for link in made.source_links if link.part == "sections/0"]
        set_translation(made, section_links[0], words)
        headline = next(link for link in made.source_links if link.part == "headline")
        set_translation(made, headline, f"{words.split()[0]} {language}")
    path = folder / "ferry.newsdesk"
    container.save(source, path)
    return path


def test_one_result_per_story_with_its_editions_and_found_in_each_language(
    user_folders: UserFolders, tmp_path: Path
) -> None:
    shelf = tmp_path / "shelf"
    shelf.mkdir()
    _story(shelf)
    with Library(user_folders, [shelf]) as library:
        for _ in library.scan():
            pass
        # An English word: the story, once, with its editions' languages.
        (hit,) = library.search("ferry")
        assert hit.language == "en" and hit.editions == ("ar", "ru")
        # Arabic words (another form of one: stemmed in Arabic) find it through its
        # Arabic edition; Russian ones through the Russian.
        (hit,) = library.search("الخليج")
        assert hit.path.name == "ferry.newsdesk"
        (hit,) = library.search("минут")
        assert hit.path.name == "ferry.newsdesk"
        assert library.search("دقيقة أربعين")
        # A language filter finds the story by an edition's language; not by another.
        assert len(library.search("", Filters(language="ar"))) == 1
        assert library.search("", Filters(language="tr")) == []


def test_library_search_prints_the_editions(tmp_path: Path, capsys) -> None:
    import json

    shelf = tmp_path / "shelf"
    shelf.mkdir()
    _story(shelf)
    assert main(["library", "index", str(shelf)]) == 0
    capsys.readouterr()
    assert main(["library", "search", "الخليج", "--json"]) == 0
    (found,) = json.loads(capsys.readouterr().out)
    assert found["language"] == "en" and found["editions"] == ["ar", "ru"]
    assert main(["library", "search", "ferry"]) == 0
    assert "en +ar, ru" in capsys.readouterr().out
