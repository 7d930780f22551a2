"""The library finds words by their stems, each part stemmed in its own language."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from editor.model import Article, Byline, Meta, Opening, Section
from editor.storage import container
from editor.storage.folders import UserFolders
from editor.storage.library import Embargo, Filters, Library, Sort


def save(folder: Path, name: str, body: str, language: str = "en", **fields: object) -> Path:
    """Save an article with one News section into folder/name.newsdesk."""
    article = Article(
        language=language,
        headline=str(fields.get("headline", "A headline")),
        opening=Opening(text=str(fields.get("opening", ""))),
        sections=[Section(kind="news", label="", body=body)],
        byline=Byline(author=str(fields.get("author", "")), date=str(fields.get("date", ""))),
        meta=Meta(
            slugline=str(fields.get("slugline", "")),
            urgency=int(fields.get("urgency", 0)),  # type: ignore[call-overload]
            embargo=str(fields.get("embargo", "")),
        ),
    )
    path = folder / f"{name}.newsdesk"
    container.save(article, path)
    return path


@pytest.fixture
def shelf(tmp_path: Path) -> Path:
    folder = tmp_path / "shelf"
    folder.mkdir()
    return folder


@pytest.fixture
def library(user_folders: UserFolders, shelf: Path):
    with Library(user_folders, [shelf]) as opened:
        yield opened


def found(library: Library, query: str, **options: object) -> list[str]:
    for _ in library.scan():
        pass
    return sorted(hit.path.stem for hit in library.search(query, **options))  # type: ignore[arg-type]


def test_russian_word_finds_its_other_case_forms(library, shelf) -> None:
    save(shelf, "square", "Митинг прошёл на площади у вокзала.", "ru")
    save(shelf, "stage", "Они поставили новую сцену.", "ru")
    save(shelf, "other", "Здесь нет ни того, ни другого.", "ru")
    assert found(library, "площадь") == ["square"]
    assert found(library, "поставил") == ["stage"]


def test_turkish_stem_finds_the_word_with_all_its_suffixes(library, shelf) -> None:
    save(shelf, "books", "Kitaplarımızdan birini okudunuz mu?", "tr")
    save(shelf, "other", "Kitle iletişimi üzerine bir yazı.", "tr")
    assert found(library, "kitaplar") == ["books"]


def test_arabic_word_finds_it_with_article_conjunction_and_suffix(library, shelf) -> None:
    save(shelf, "article", "أغلقت المدارس أبوابها.", "ar")
    save(shelf, "and", "فتحت الجامعات والمدارس من جديد.", "ar")
    save(shelf, "their", "زار الوزير مدارسهم أمس.", "ar")
    save(shelf, "other", "قال الوزير إن المدرسين غائبون.", "ar")
    assert found(library, "مدارس") == ["and", "article", "their"]


def test_english_word_finds_its_other_forms(library, shelf) -> None:
    save(shelf, "runs", "She runs the bureau in the north.", "en")
    save(shelf, "other", "The rune stones were found.", "en")
    assert found(library, "running") == ["runs"]


def test_quoted_phrase_matches_only_as_typed(library, shelf) -> None:
    save(shelf, "phrase", "Here is the exact phrase we want.", "en")
    save(shelf, "apart", "A phrase is not exact when apart.", "en")
    save(shelf, "forms", "She exactly phrased it.", "en")
    # Unquoted, the words are stemmed and found anywhere; quoted, only the phrase.
    assert found(library, "exact phrase") == ["apart", "forms", "phrase"]
    assert found(library, '"exact phrase"') == ["phrase"]
    assert found(library, '"exactly phrased"') == ["forms"]


def test_arabic_opening_line_of_an_english_article_is_stemmed_as_arabic(library, shelf) -> None:
    # The opening line declares no language of its own: its script tells.
    save(shelf, "english", "The teachers met on Monday.", "en", opening="تحية للمعلمين")
    save(shelf, "other", "A word about nothing.", "en")
    assert found(library, "معلم") == ["english"]
    assert found(library, "المعلمون") == ["english"]


def test_snippet_marks_the_original_word_not_its_stem(library, shelf) -> None:
    save(shelf, "square", "Митинг прошёл на площади у вокзала.", "ru")
    for _ in library.scan():
        pass
    [hit] = library.search("площадь")
    assert hit.marked_snippet() == "Митинг прошёл на [площади] у вокзала."


def test_query_is_stemmed_in_every_language_the_library_holds(library, shelf) -> None:
    save(shelf, "russian", "Мы видели площади.", "ru")
    save(shelf, "english", "Running late again.", "en")
    for _ in library.scan():
        pass
    assert library.stem_languages() == ("en", "ru")
    assert [hit.path.stem for hit in library.search("площадь бегать runs")] == []
    assert [hit.path.stem for hit in library.search("runs")] == ["english"]


def test_headline_ranks_above_the_body(library, shelf) -> None:
    save(shelf, "body", "The harbours were quiet; harbour talk everywhere.", headline="News")
    save(shelf, "headline", "Nothing here.", headline="Harbours reopen")
    assert [hit.path.stem for hit in library.search("harbour")] == []
    for _ in library.scan():
        pass
    assert [hit.path.stem for hit in library.search("harbour")] == ["headline", "body"]


def test_filters_by_slugline_urgency_and_embargo_state(library, shelf) -> None:
    save(shelf, "flash", "Ports close.", slugline="PORTS-CLOSE", urgency=1)
    save(shelf, "later", "Ports close soon.", embargo="2026-12-07T10:00:00+03:00")
    save(shelf, "plain", "Ports close today.", urgency=5)
    assert found(library, "ports", filters=Filters(slugline="PORTS-CLOSE")) == ["flash"]
    assert found(library, "", filters=Filters(urgency=1)) == ["flash"]
    # 10:00 in UTC+3 is 07:00 UTC: a minute before, under embargo; a minute after, lifted.
    before = "2026-12-07T06:59:00+00:00"
    after = "2026-12-07T07:01:00Z"
    assert found(library, "", filters=Filters(embargo=Embargo.EMBARGOED, now=before)) == ["later"]
    assert found(library, "", filters=Filters(embargo=Embargo.LIFTED, now=before)) == []
    assert found(library, "", filters=Filters(embargo=Embargo.LIFTED, now=after)) == ["later"]
    assert found(library, "ports", filters=Filters(embargo=Embargo.NONE)) == ["flash", "plain"]
    facets = library.facets()
    assert facets.sluglines == ("PORTS-CLOSE",)
    assert facets.urgencies == (1, 5)


def test_sort_by_date_keeps_stemmed_matches(library, shelf) -> None:
    save(shelf, "old", "They ran and runs.", date="2024-01-01")
    save(shelf, "new", "Running again.", date="2025-01-01")
    for _ in library.scan():
        pass
    hits = library.search("run", sort=Sort.NEWEST)
    assert [hit.path.stem for hit in hits] == ["new", "old"]


def test_index_of_an_older_schema_is_rebuilt_not_crashed_on(user_folders, shelf) -> None:
    save(shelf, "square", "На площади.", "ru")
    index = user_folders.cache / "library.sqlite3"
    index.parent.mkdir(parents=True, exist_ok=True)
    # An index as version 2 wrote it: the same table names, another stamp.
    db = sqlite3.connect(index)
    db.executescript(
        "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);"
        "INSERT INTO meta VALUES ('stamp', 'schema 2; normaliser 3');"
        "CREATE TABLE articles(id INTEGER PRIMARY KEY, path TEXT, body TEXT);"
    )
    db.close()
    with Library(user_folders, [shelf]) as library:
        assert found(library, "площадь") == ["square"]


def test_bodies_packed_with_a_dictionary_show_and_change_like_any(library, shelf) -> None:
    # 32 kB of English bodies make the index a dictionary for English; later bodies use it.
    filler = " ".join(f"word{number} harbour quay" for number in range(600))
    for number in range(8):
        save(shelf, f"article-{number}", f"{filler} ending{number}", headline=f"Story {number}")
    for _ in library.scan():
        pass
    last = shelf / "article-7.newsdesk"
    with sqlite3.connect(library.index_path) as index:
        assert index.execute("SELECT count(*) FROM bodies WHERE dictionary > 0").fetchone()[0]
    assert library.search("ending7")[0].marked_snippet().endswith("[ending7]")
    article = container.load(last)
    article.sections[0].body = "The quays were running late."
    container.save(article, last)
    library.update(last)
    assert library.search("ending7") == []
    [hit] = library.search("quay run")
    assert hit.path == last
    assert hit.marked_snippet() == "The [quays] were [running] late."


def test_text_without_a_stemmer_and_words_of_another_script_are_found(library, shelf) -> None:
    save(shelf, "urdu", "ہم نے کتابیں پڑھیں۔", "ur")
    save(shelf, "arabic", "قرأنا الكتب في المدارس.", "ar")
    # An English word in a Russian sentence is stemmed as English.
    save(shelf, "mixed", "Они называют это running и не иначе.", "ru")
    assert found(library, "کتابیں") == ["urdu"]
    assert found(library, "مدارس") == ["arabic"]
    assert found(library, "runs") == ["mixed"]
    assert found(library, "называли") == ["mixed"]


def test_match_deep_in_a_long_body_is_marked_and_a_phrase_there_found(library, shelf) -> None:
    filler = " ".join(f"filler{number}" for number in range(900))  # ~9 kB before the match
    save(shelf, "long", f"{filler} the harbours reopened at dawn, said the pilot.")
    save(shelf, "early", "The harbour reopened early. " + filler)
    for _ in library.scan():
        pass
    hits = {hit.path.stem: hit.marked_snippet() for hit in library.search("harbour")}
    assert (
        hits["long"]
        == "…filler897 filler898 filler899 the [harbours] reopened at dawn, said the pilot."
    )
    assert hits["early"].startswith("The [harbour] reopened early. filler0")
    assert hits["early"].endswith("…")
    [hit] = library.search('"harbours reopened"')
    assert hit.path.stem == "long"
    assert "[harbours reopened]" in hit.marked_snippet()


def test_body_with_no_space_early_on_is_searched_and_shown(library, shelf) -> None:
    # Cutting such a body short for the snippet must not cut inside a letter.
    save(shelf, "unbroken", "a" + "ب" * 4000 + " والمدارس مغلقة", "ar")
    for _ in library.scan():
        pass
    [hit] = library.search("مدارس")
    assert hit.marked_snippet().endswith("[والمدارس] مغلقة")


def test_the_desk_slugline_and_subjects_are_searched_too(library, shelf) -> None:
    path = save(shelf, "desk", "Nothing here names the story.", "en", slugline="ferry-strike")
    article = container.load(path)
    article.meta.subjects = ["medtop:20000763", "shipping"]
    container.save(article, path)
    save(shelf, "other", "A story about trains.", "en")
    assert found(library, "ferry") == ["desk"]
    assert found(library, "shipping") == ["desk"]
