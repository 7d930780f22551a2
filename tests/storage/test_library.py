"""The library index: search in Arabic, Russian and Turkish, scans, damage, folders."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sample_files import OWN_SAMPLES, shared_drafts, write_hostile_draft

from editor.model import Article, Byline, Meta, Quotation, Section
from editor.storage import container
from editor.storage.folders import UserFolders
from editor.storage.library import (
    Filters,
    Library,
    Sort,
    fts_query,
    load_library_folders,
)


def write_article(
    folder: Path,
    name: str,
    body: str = "",
    headline: str = "A headline",
    language: str = "en",
    **fields: object,
) -> Path:
    """Save an article with one News section into folder/name.newsdesk."""
    article = Article(
        language=language,
        headline=headline,
        sections=[Section(kind="news", label="News:", body=body)],
        byline=Byline(
            author=str(fields.get("author", "")),
            office=str(fields.get("office", "")),
            date=str(fields.get("date", "")),
        ),
        meta=Meta(
            status=str(fields.get("status", "draft")),
            tags=list(fields.get("tags", [])),  # type: ignore[call-overload]
        ),
        quotations=list(fields.get("quotations", [])),  # type: ignore[call-overload]
    )
    path = folder / f"{name}.newsdesk"
    path.parent.mkdir(parents=True, exist_ok=True)
    container.save(article, path)
    return path


def bump_mtime(path: Path) -> None:
    """Make a rewritten file's mtime differ, however coarse the file system's clock."""
    info = path.stat()
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns + 2_000_000_000))


@pytest.fixture
def shelf(tmp_path: Path) -> Path:
    """A library folder."""
    folder = tmp_path / "shelf"
    folder.mkdir()
    return folder


@pytest.fixture
def library(user_folders: UserFolders, shelf: Path):
    """A library over the shelf folder, closed after the test."""
    with Library(user_folders, [shelf]) as opened:
        yield opened


def scan(library: Library) -> None:
    for _ in library.scan():
        pass


def found(library: Library, query: str, **options: object) -> list[str]:
    """Return the file names (without suffix) of the hits, best first."""
    return [hit.path.stem for hit in library.search(query, **options)]  # type: ignore[arg-type]


# --- languages ---------------------------------------------------------------------------


def test_arabic_root_finds_the_vowelled_word_and_shows_it_vowelled(library, shelf) -> None:
    write_article(shelf, "vowelled", "ثم كَتَبَ الوزيرُ رسالةً إلى المجلس.", language="ar")
    write_article(shelf, "other", "ذهب الوزير إلى المجلس.", language="ar")
    scan(library)
    hits = library.search("كتب")
    assert [hit.path.stem for hit in hits] == ["vowelled"]
    assert hits[0].marked_snippet() == "ثم [كَتَبَ] الوزيرُ رسالةً إلى المجلس."


def test_arabic_word_finds_it_with_the_article_and_prefixes(library, shelf) -> None:
    write_article(shelf, "article", "زار الطلاب المدرسة صباحا.", language="ar")
    write_article(shelf, "prefixed", "عاد المعلم وبالمدرسة ضيوف.", language="ar")
    write_article(shelf, "plain", "مدرسة جديدة في القرية.", language="ar")
    write_article(shelf, "unrelated", "زار الطلاب المكتبة.", language="ar")
    scan(library)
    assert sorted(found(library, "مدرسة")) == ["article", "plain", "prefixed"]
    assert sorted(found(library, "المدرسة")) == ["article", "plain", "prefixed"]
    snippets = {hit.path.stem: hit.marked_snippet() for hit in library.search("مدرسة")}
    assert snippets["prefixed"] == "عاد المعلم [وبالمدرسة] ضيوف."


def test_russian_e_finds_yo_in_any_case(library, shelf) -> None:
    write_article(shelf, "small", "На площади стоит ёлка.", language="ru")
    write_article(shelf, "capitals", "ЁЛКА НА ПЛОЩАДИ", language="ru")
    write_article(shelf, "other", "На площади стоит мост.", language="ru")
    scan(library)
    assert sorted(found(library, "елка")) == ["capitals", "small"]
    snippets = {hit.path.stem: hit.marked_snippet() for hit in library.search("елка")}
    assert snippets == {"small": "На площади стоит [ёлка].", "capitals": "[ЁЛКА] НА ПЛОЩАДИ"}


def test_turkish_dotless_and_dotted_i_match_plain_i(library, shelf) -> None:
    write_article(shelf, "weather", "Bugün hava ILIK olacak.", language="tr")
    write_article(shelf, "city", "İstanbul'da liman yasası tartışıldı.", language="tr")
    scan(library)
    assert found(library, "ılık") == ["weather"]
    assert found(library, "istanbul") == ["city"]
    assert found(library, "İSTANBUL") == ["city"]
    assert library.search("istanbul")[0].marked_snippet().startswith("[İstanbul]'da")


def test_phrase_query_needs_the_words_together_and_in_order(library, shelf) -> None:
    write_article(shelf, "together", "The minister promised the silos by winter.")
    write_article(shelf, "apart", "The silos were promised; the minister said nothing.")
    write_article(shelf, "arabic", "وعد الوزير بأن يتم بِناءُ الصوامعِ قبل الشتاء.", language="ar")
    scan(library)
    assert found(library, '"promised the silos"') == ["together"]
    assert sorted(found(library, "promised silos")) == ["apart", "together"]
    assert found(library, '"بناء الصوامع"') == ["arabic"]
    hit = library.search('"بناء الصوامع"')[0]
    assert "يتم [بِناءُ الصوامعِ] قبل" in hit.marked_snippet()


def test_headline_match_ranks_first_and_is_highlighted(library, shelf) -> None:
    write_article(shelf, "body", "Talk about the harbour and the harbour again.", headline="News")
    write_article(shelf, "headline", "Nothing here.", headline="Will the harbour reopen?")
    scan(library)
    hits = library.search("harbour")
    assert [hit.path.stem for hit in hits] == ["headline", "body"]
    assert hits[0].headline_parts == (("Will the ", False), ("harbour", True), (" reopen?", False))


def test_quotation_words_are_found_where_they_are_placed(library, shelf) -> None:
    quotation = Quotation(id="q1", words="Silos before winter", speaker="Ana Reyes")
    write_article(shelf, "quoted", "She said [[quote:q1]] today.", quotations=[quotation])
    scan(library)
    hit = library.search("silos")[0]
    assert hit.marked_snippet() == "She said [Silos] before winter today."
    assert found(library, "reyes") == ["quoted"]
    assert found(library, "quote") == []


def test_byline_and_tags_are_searchable(library, shelf) -> None:
    write_article(shelf, "one", "Text.", author="Lena Ortiz", office="North Desk", tags=["ports"])
    scan(library)
    assert found(library, "ortiz") == ["one"]
    assert found(library, "ports") == ["one"]


# --- what the user types -----------------------------------------------------------------


def test_query_words_are_quoted_so_operators_are_only_words() -> None:
    assert fts_query("silos AND NOT") == '"silos" "and" "not"'
    assert fts_query('say "hello') == '"say" "hello"'
    assert fts_query('a"b') == '"a" "b"'
    assert fts_query("port*") == '"port" *'
    assert fts_query("?! —") == ""
    assert fts_query("مدرسة المدرسة") == '"مدرسه" "مدرسه"'


def test_word_being_typed_is_a_prefix(library, shelf) -> None:
    write_article(shelf, "bridge", "Новый мост через залив.", language="ru")
    scan(library)
    assert found(library, "мос") == []
    assert found(library, "мос", prefix_last=True) == ["bridge"]
    assert found(library, "мос ", prefix_last=True) == []
    assert found(library, "мос*") == ["bridge"]
    assert fts_query("м", prefix_last=True) == '"м"'


_QUERY_PIECES = [*"ab \"*-+():^{}[],.\\'", "NEAR(", "AND", "OR", "NOT", " ", "ِ", "ـ", "\x00"]


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.sampled_from(_QUERY_PIECES), max_size=20).map("".join))
def test_no_query_is_a_syntax_error(library, query: str) -> None:
    library.search(query)
    library.search(query, prefix_last=True)


# --- filters and sorting -----------------------------------------------------------------


@pytest.fixture
def catalogue(library, shelf) -> Library:
    write_article(
        shelf, "a", "harbour", author="Lena", office="North", date="2025-01-10",
        status="draft", tags=["ports"], language="en",
    )  # fmt: skip
    write_article(
        shelf, "b", "harbour", author="Omar", office="North", date="2025-03-05",
        status="published", tags=["ports", "winter"], language="ar-EG",
    )  # fmt: skip
    write_article(
        shelf, "c", "harbour", author="Lena", office="South", date="2025-02-20",
        status="published", tags=["winter"], language="ar",
    )  # fmt: skip
    scan(library)
    return library


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (Filters(status="published"), ["b", "c"]),
        (Filters(language="ar"), ["b", "c"]),
        (Filters(language="ar-EG"), ["b"]),
        (Filters(author="Lena"), ["a", "c"]),
        (Filters(office="South"), ["c"]),
        (Filters(tag="ports"), ["a", "b"]),
        (Filters(date_from="2025-02-01"), ["b", "c"]),
        (Filters(date_from="2025-01-01", date_to="2025-02-20"), ["a", "c"]),
        (Filters(status="published", tag="winter", author="Omar"), ["b"]),
    ],
)
def test_filters_narrow_results(catalogue, filters: Filters, expected: list[str]) -> None:
    assert sorted(found(catalogue, "harbour", filters=filters)) == expected
    assert sorted(found(catalogue, "", filters=filters)) == expected


def test_sort_orders(catalogue) -> None:
    assert found(catalogue, "harbour", sort=Sort.NEWEST) == ["b", "c", "a"]
    assert found(catalogue, "harbour", sort=Sort.OLDEST) == ["a", "c", "b"]
    assert found(catalogue, "", sort=Sort.AUTHOR) == ["c", "a", "b"]


def test_facets_list_filter_values(catalogue) -> None:
    facets = catalogue.facets()
    assert facets.statuses == ("draft", "published")
    assert facets.languages == ("ar", "ar-EG", "en")
    assert facets.authors == ("Lena", "Omar")
    assert facets.offices == ("North", "South")
    assert facets.tags == ("ports", "winter")


def test_snippets_show_the_words_a_reader_sees_not_the_markdown(library, shelf) -> None:
    body = "The **harbour** [reopens](https://example.org/port) in _spring_:\n\n- `Pier 4` first"
    write_article(shelf, "marked", body)
    scan(library)
    hit = library.search("harbour")[0]
    assert hit.marked_snippet() == "The [harbour] reopens in spring: Pier 4 first"
    assert found(library, "example") == []


def test_empty_query_lists_everything_with_the_start_of_the_body(catalogue) -> None:
    hits = catalogue.search("")
    assert len(hits) == 3
    assert {hit.snippet for hit in hits} == {"harbour"}


# --- keeping up with the folder ----------------------------------------------------------


def test_scan_reflects_files_changed_added_and_deleted_outside(library, shelf) -> None:
    changed = write_article(shelf, "changed", "The old ferry.")
    deleted = write_article(shelf, "deleted", "The ferry sank.")
    scan(library)
    assert sorted(found(library, "ferry")) == ["changed", "deleted"]

    write_article(shelf, "changed", "The new bridge.")
    bump_mtime(changed)
    deleted.unlink()
    write_article(shelf / "sub", "added", "A ferry again.")
    scan(library)

    assert found(library, "ferry") == ["added"]
    assert found(library, "bridge") == ["changed"]
    assert found(library, "sank") == []
    assert len(library) == 2


def test_corrupt_file_is_reported_and_the_rest_indexed(library, shelf) -> None:
    write_article(shelf, "good", "The harbour.")
    bad = shelf / "bad.newsdesk"
    bad.write_bytes(b"not a zip at all")
    scan(library)
    assert found(library, "harbour") == ["good"]
    assert [(error.path, error.message) for error in library.errors()] == [
        (bad, "is not a Newsdesk article (not a ZIP container)")
    ]
    write_article(shelf, "bad", "The harbour, repaired.")
    bump_mtime(bad)
    scan(library)
    assert library.errors() == []
    assert sorted(found(library, "harbour")) == ["bad", "good"]


def test_other_files_are_not_indexed(library, shelf) -> None:
    write_article(shelf, "real", "harbour")
    (shelf / "notes.txt").write_text("harbour")
    (shelf / ".~real.newsdesk#").write_text("{}")
    write_article(shelf / ".hidden", "secret", "harbour")
    scan(library)
    assert found(library, "harbour") == ["real"]
    assert library.errors() == []


def test_update_reindexes_one_article_without_a_scan(library, shelf) -> None:
    path = write_article(shelf, "draft", "first words")
    scan(library)
    write_article(shelf, "draft", "second words")
    assert library.update(path) is True
    assert found(library, "second") == ["draft"]
    assert found(library, "first") == []
    path.unlink()
    library.update(path)
    assert found(library, "second") == []


def test_update_ignores_files_outside_the_library(library, shelf, tmp_path) -> None:
    outside = write_article(tmp_path / "elsewhere", "loose", "harbour")
    hidden = write_article(shelf / ".versions", "copy", "harbour")
    assert library.update(outside) is False
    assert library.update(hidden) is False
    assert found(library, "harbour") == []


def test_text_the_user_could_type_anything_into_is_indexed(library, shelf) -> None:
    write_article(shelf, "odd", "marker \ufdd0 here \ud800 and\x00 harbour \ufdd1 end\x07")
    scan(library)
    assert library.search("harbour")[0].marked_snippet() == (
        "marker here \ufffd and [harbour] end\x07"
    )


# --- the index is a cache ----------------------------------------------------------------


def test_deleted_index_is_rebuilt(user_folders, shelf) -> None:
    write_article(shelf, "one", "harbour")
    with Library(user_folders, [shelf]) as library:
        scan(library)
        index = library.index_path
    index.unlink()
    with Library(user_folders, [shelf]) as library:
        assert found(library, "harbour") == []
        scan(library)
        assert found(library, "harbour") == ["one"]


def test_index_that_is_not_a_database_is_rebuilt(user_folders, shelf) -> None:
    write_article(shelf, "one", "harbour")
    index = user_folders.cache / "library.sqlite3"
    index.parent.mkdir(parents=True)
    index.write_bytes(b"this is not SQLite" * 100)
    with Library(user_folders, [shelf]) as library:
        scan(library)
        assert found(library, "harbour") == ["one"]


def damage(index: Path) -> None:
    """Overwrite the header of every page after the second (schema and meta stay readable)."""
    data = bytearray(index.read_bytes())
    page = 4096
    for start in range(2 * page, len(data), page):
        data[start : start + 64] = b"\xff" * 64
    index.write_bytes(bytes(data))


def built_index(user_folders: UserFolders, shelf: Path) -> Path:
    for number in range(30):
        write_article(shelf, f"a{number}", "harbour " * 300 + f"word{number}")
    with Library(user_folders, [shelf]) as library:
        scan(library)
        library._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return library.index_path


def test_index_damaged_while_closed_is_rebuilt_by_the_next_scan(user_folders, shelf) -> None:
    damage(built_index(user_folders, shelf))
    with Library(user_folders, [shelf]) as library:
        scan(library)
        assert found(library, "word7") == ["a7"]
        assert len(library) == 30


def test_index_damaged_while_open_is_rebuilt_by_the_search(user_folders, shelf) -> None:
    index = built_index(user_folders, shelf)
    with Library(user_folders, [shelf]) as library:
        damage(index)
        assert found(library, "word7") == ["a7"]
        assert len(library) == 30


def test_index_lives_in_the_cache_folder(library, user_folders) -> None:
    assert library.index_path.parent == user_folders.cache


# --- library folders ---------------------------------------------------------------------


def test_default_library_folder_is_newsdesk_in_documents(user_folders) -> None:
    assert load_library_folders(user_folders) == [user_folders.documents]
    assert user_folders.documents.name == "Newsdesk"
    with Library(user_folders) as library:
        assert library.roots == [user_folders.documents]


def test_added_folders_are_remembered(user_folders, tmp_path) -> None:
    extra = tmp_path / "archive"
    write_article(extra, "old", "harbour")
    with Library(user_folders) as library:
        library.add_root(extra)
        scan(library)
        assert found(library, "harbour") == ["old"]
    saved = json.loads((user_folders.config / "library.json").read_text(encoding="utf-8"))
    assert saved == {"folders": [str(user_folders.documents), str(extra)]}
    with Library(user_folders) as library:
        assert library.roots == [user_folders.documents, extra]
        library.remove_root(extra)
        scan(library)
        assert found(library, "harbour") == []
    assert load_library_folders(user_folders) == [user_folders.documents]


def test_snippet_is_a_few_words_around_the_match_in_a_long_body(library, shelf) -> None:
    words = [f"w{number}" for number in range(400)]
    words[200] = "(harbour)"
    write_article(shelf, "long", " ".join(words))
    scan(library)
    assert library.search("harbour")[0].marked_snippet() == (
        "…w196 w197 w198 w199 ([harbour]) w201 w202 w203 w204 w205 w206 w207 w208 w209 w210 w211…"
    )


def test_pages_continue_where_the_last_one_ended(library, shelf) -> None:
    for number in range(7):
        write_article(shelf, f"a{number}", "harbour " * (number + 1))
    scan(library)
    first = found(library, "harbour", limit=4)
    second = found(library, "harbour", limit=4, offset=4)
    assert len(first) == 4 and len(second) == 3
    assert sorted(first + second) == [f"a{number}" for number in range(7)]


def test_hits_without_snippets_get_them_on_request(library, shelf) -> None:
    write_article(shelf, "one", "The old harbour.", headline="Harbour news")
    scan(library)
    bare = library.search("harbour", snippets=False)
    assert bare[0].snippet_parts is None and bare[0].headline == "Harbour news"
    marked = library.with_snippets(bare)
    assert marked[0].marked_snippet() == "The old [harbour]."
    assert marked[0].headline_parts == (("Harbour", True), (" news", False))


def test_big_scan_read_by_worker_processes_indexes_the_same(
    library, shelf, monkeypatch: pytest.MonkeyPatch
) -> None:
    from editor.storage import library_read

    monkeypatch.setattr(library_read, "PARALLEL_FROM", 3)
    monkeypatch.setattr(library_read.os, "cpu_count", lambda: 2)
    for number in range(6):
        write_article(shelf, f"a{number}", f"كَتَبَ word{number}", language="ar")
    (shelf / "broken.newsdesk").write_bytes(b"broken")
    scan(library)
    assert sorted(found(library, "كتب")) == [f"a{number}" for number in range(6)]
    assert [error.path.name for error in library.errors()] == ["broken.newsdesk"]
    assert library.search("word3")[0].marked_snippet() == "كَتَبَ [word3]"


# --- batch status change -----------------------------------------------------------------


def test_batch_status_change_saves_each_article_and_the_index_follows(
    library, shelf, user_folders
) -> None:
    from editor.jobs.status_change import change_statuses
    from editor.model import Status
    from editor.model.review import StatusMoveError
    from editor.storage.errors import LockedError
    from editor.storage.lock import ArticleLock

    first = write_article(shelf, "first", "harbour", status="in_review")
    second = write_article(shelf, "second", "harbour", status="draft")
    held = write_article(shelf, "held", "harbour", status="in_review")
    scan(library)
    with ArticleLock(held, holder_name="Another Editor"):
        outcomes = list(
            change_statuses(
                [first, second, held], "approved", "Chief Editor", folders=user_folders,
                library=library,
            )
        )  # fmt: skip
    assert [outcome.ok for outcome in outcomes] == [True, False, False]
    assert isinstance(outcomes[1].failure, StatusMoveError)
    assert outcomes[1].failure.target is Status.APPROVED
    assert isinstance(outcomes[2].failure, LockedError)
    assert outcomes[2].failure.holder.get("user") == "Another Editor"
    article = container.load(first)
    assert article.meta.status == "approved"
    assert article.status_history[-1].author == "Chief Editor"
    assert container.load(held).meta.status == "in_review"
    assert found(library, "harbour", filters=Filters(status="approved")) == ["first"]


# --- the sample drafts: the own ones, the hostile one, ../shared's when it is there -------

SAMPLE_SEARCHES = [
    ("ferry-line-en.txt", '"ferry line"', "ferry line"),
    ("water-plan-ar.txt", "مياه", "المياه"),
    ("library-ru.txt", "библиотека", "библиотека"),
    ("market-tr.md", "esnaf", "esnaf"),
    ("school-ur.txt", "اسکول", "اسکول"),
]
SHARED_SEARCHES = {
    "university-ar.txt": ("جامعة", "الجامعة"),
    "bridge-ru.txt": ("мост", "мост"),
    "river-port-en.txt": ('"river port"', "river port"),
    "port-law-tr.md": ("liman", "liman"),
    "hostile-en.txt": ("evil", "evil"),
}


@pytest.mark.parametrize(
    ("sample", "query", "expected"),
    [
        *(
            pytest.param(OWN_SAMPLES / name, query, hit, id=name)
            for name, query, hit in SAMPLE_SEARCHES
        ),
        # bidi overrides, controls, 4,000 sentences
        pytest.param(None, "evil", "evil", id="hostile-en"),
        *(
            pytest.param(path, *SHARED_SEARCHES[path.name], id=f"shared-{path.name}")
            for path in shared_drafts(SHARED_SEARCHES)
        ),
    ],
)
def test_sample_drafts_are_found_in_their_language(
    library, shelf, tmp_path: Path, sample: Path | None, query: str, expected: str
) -> None:
    from editor.importing import import_draft

    draft = sample or write_hostile_draft(tmp_path)
    article = import_draft(draft).article
    container.save(article, shelf / f"{draft.stem}.newsdesk")
    write_article(shelf, "other", "Nothing to see.")
    scan(library)
    hits = library.search(query)
    assert [hit.path.stem for hit in hits] == [draft.stem]
    matched = " ".join(
        text for text, match in hits[0].snippet_parts + hits[0].headline_parts if match
    )
    assert expected.casefold() in matched.casefold()


def test_update_while_a_scan_is_under_way(library, shelf) -> None:
    paths = [write_article(shelf, f"a{number}", f"harbour{number}") for number in range(5)]
    steps = library.scan()
    next(steps)
    next(steps)  # the scan holds its transaction open between steps, as in the pane
    write_article(shelf, "a4", "ferry")
    assert library.update(paths[4]) is True
    for _ in steps:
        pass
    assert found(library, "ferry") == ["a4"]
    assert found(library, "harbour4") == []
    assert len(library) == 5


def test_snippet_of_text_without_spaces_is_cut_by_length(library, shelf) -> None:
    write_article(shelf, "long", "长" * 3000 + " 港口 " + "长" * 3000)
    scan(library)
    snippet = library.search("港口")[0].marked_snippet()
    assert "[港口]" in snippet
    assert len(snippet) < 300 and snippet.startswith("…") and snippet.endswith("…")
