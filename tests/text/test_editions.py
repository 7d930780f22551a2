"""Language editions: made from a source, linked paragraph by paragraph, stale when the
source changes, confirmed, shared quotations, kept through save and reopen."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from editor.importing.draft import import_draft
from editor.model import Article, Quotation, SourceLink
from editor.model.parts import quotation_part
from editor.resources import resource_path
from editor.storage import container
from editor.text.compare import DELETE, INSERT
from editor.text.editions import (
    EditionError,
    confirm,
    edition,
    edition_view,
    follow_edition,
    follow_source,
    links_of,
    new_edition,
    set_translation,
    source_paragraphs,
    state,
)

TRANSLATOR = "Translator One"


def _sample() -> Article:
    return import_draft(resource_path("samples") / "ferry-line-en.txt").article


def _translate(source: Article, arabic: Article, section: int, place: int, words: str) -> None:
    """Write the Arabic of the source's paragraph at this place as the edition's."""
    wanted = source.sections[section].paragraphs[place]
    (link,) = [link for link in arabic.source_links if link.sources == [wanted]]
    set_translation(arabic, link, words)
    assert link.paragraph in arabic.sections[section].paragraphs


def _edit_source(source: Article, section: int, old_words: str, new_words: str) -> None:
    old = source.sections[section].body
    assert old_words in old
    source.sections[section].body = old.replace(old_words, new_words, 1)
    follow_source(source, f"sections/{section}", old, source.sections[section].body)


def test_a_new_edition_has_the_structure_labels_and_desk_fields() -> None:
    source = _sample()
    source.meta.slugline = "FERRY-LINE"
    source.meta.urgency = 3
    source.meta.tags = ["transport"]
    arabic = new_edition(source, "ar", prefill=False, author=TRANSLATOR)
    assert edition(source, "ar") is arabic and source.editions == [arabic]
    assert arabic.id == source.id and arabic.language == "ar"
    assert [s.kind for s in arabic.sections] == [s.kind for s in source.sections]
    assert [s.label for s in arabic.sections] == ["الخبر:", "التعليق:"]
    assert all(not s.body for s in arabic.sections) and not arabic.headline
    assert arabic.byline == source.byline and arabic.byline is not source.byline
    assert (arabic.meta.slugline, arabic.meta.urgency, arabic.meta.tags) == (
        "FERRY-LINE",
        3,
        ["transport"],
    )
    # Every paragraph of the source waits for its translation.
    ids = source_paragraphs(source)
    named = [source_id for link in arabic.source_links for source_id in link.sources]
    assert sorted(named) == sorted(key for key, text in ids.items() if text.strip())
    assert all(link.confirmed == [""] for link in arabic.source_links)
    # Text paragraphs to translate; the quotations may stay in the words they were said in.
    where = state(source, arabic)
    assert where.counts == (0, 0, len(_text_links(arabic)))
    assert where.quotations_to_translate == len(source.quotations) > 0


def test_a_prefilled_edition_holds_the_source_text_to_translate() -> None:
    source = _sample()
    russian = new_edition(source, "ru", prefill=True, author=TRANSLATOR)
    assert russian.headline == source.headline
    assert [s.body for s in russian.sections] == [s.body for s in source.sections]
    assert len(russian.sections[0].paragraphs) == len(source.sections[0].paragraphs)
    assert set(russian.sections[0].paragraphs).isdisjoint(source.sections[0].paragraphs)
    up_to_date, stale, untranslated = state(source, russian).counts
    assert (up_to_date, stale) == (0, 0) and untranslated == len(_text_links(russian))


@pytest.mark.parametrize(
    ("language", "why"),
    [("", "needs a language"), ("en", "itself"), ("x!", "not a language"), ("zz", "no language")],
)
def test_an_edition_that_cannot_be_made_says_why(language: str, why: str) -> None:
    source = _sample()
    with pytest.raises(EditionError, match=why):
        new_edition(source, language, prefill=False)
    assert source.editions == []


def test_a_second_edition_in_a_language_is_refused() -> None:
    source = _sample()
    new_edition(source, "ar", prefill=False)
    with pytest.raises(EditionError, match="already"):
        new_edition(source, "AR", prefill=False)


def test_the_must_hold_scenario(tmp_path: Path) -> None:
    source = _sample()
    arabic = new_edition(source, "ar", prefill=False, author=TRANSLATOR)
    news = source.sections[0]
    first, third = news.paragraphs[0], news.paragraphs[3]
    # Two paragraphs translated and confirmed.
    _translate(source, arabic, 0, 0, "صوّت مجلس النقل الإقليمي يوم الثلاثاء على تمويل خط ثانٍ.")
    _translate(source, arabic, 0, 3, "يتوقع المجلس نحو أربعة آلاف راكب يوميًا.")
    translated = [link for link in arabic.source_links if link.sources in ([first], [third])]
    confirm(source, arabic, links=translated, author="Editor Two", at="2026-12-07T08:00:00+00:00")
    assert state(source, arabic).counts[:2] == (2, 0)
    assert translated[0].confirmed_by == "Editor Two"

    # One English paragraph changed: exactly its Arabic paragraph is stale, with the diff.
    _edit_source(source, 0, "on Tuesday", "on Monday")
    now = state(source, arabic)
    assert [stale.sources for stale in now.stale] == [[first]]
    ((source_id, diffs),) = now.stale[0].diffs
    assert source_id == first
    assert (DELETE, "Tuesday") in diffs and (INSERT, "Monday") in diffs
    assert [link.sources for link in now.up_to_date] == [[third]]

    # Another English paragraph split: its translation is stale and linked to both halves.
    _edit_source(source, 0, "a day once", "a day.\n\nOnce")
    assert len(news.paragraphs) == 5
    halves = news.paragraphs[3:5]
    assert third in halves
    now = state(source, arabic)
    stale_sources = sorted(stale.sources for stale in now.stale)
    assert sorted(halves) in [sorted(sources) for sources in stale_sources]
    assert [first] in stale_sources and len(now.stale) == 2

    # Confirm clears it.
    confirm(source, arabic, links=[s.link for s in now.stale], author="Editor Two")
    assert state(source, arabic).counts[:2] == (2, 0)

    # Saved and reopened: all of it kept.
    path = tmp_path / "ferry.newsdesk"
    container.save(source, path)
    reopened = container.load(path)
    assert reopened == source
    again = edition(reopened, "ar")
    assert again is not None
    assert state(reopened, again).counts == state(source, arabic).counts
    _edit_source(reopened, 0, "every forty minutes", "every half hour")
    assert [stale.sources for stale in state(reopened, again).stale] == [[first]]


def test_a_joined_source_paragraph_leaves_its_translation_stale() -> None:
    source = _sample()
    arabic = new_edition(source, "ar", prefill=False)
    news = source.sections[0]
    second = news.paragraphs[1]
    _translate(source, arabic, 0, 0, "الفقرة الأولى.")
    _translate(source, arabic, 0, 1, "الفقرة الثانية.")
    confirm(source, arabic, author=TRANSLATOR)
    old = news.body
    joined = old.replace("April.\n\nBoard", "April. Board", 1)
    news.body = joined
    followed = follow_source(source, "sections/0", old, joined)
    assert followed.reconciled is not None and followed.reconciled.joined_into
    assert second not in news.paragraphs
    now = state(source, arabic)
    # Both translations now name the joined paragraph; both are stale.
    assert len(now.stale) == 2
    assert {tuple(s.sources) for s in now.stale} == {(news.paragraphs[0],)}


def test_paragraphs_typed_into_an_empty_edition_take_the_waiting_links_in_order() -> None:
    source = _sample()
    arabic = new_edition(source, "ar", prefill=False)
    waiting = [link for link in arabic.source_links if link.part == "sections/0"]
    body = ""
    for words in ("الأولى.", "الثانية."):
        old, body = body, (body + "\n\n" + words).strip()
        arabic.sections[0].body = body
        follow_edition(arabic, "sections/0", old, body)
    assert arabic.sections[0].paragraphs == [waiting[0].paragraph, waiting[1].paragraph]
    assert state(source, arabic).counts[2] == len(_text_links(arabic))  # none confirmed
    confirm(source, arabic, links=waiting[:2], author=TRANSLATOR)
    assert state(source, arabic).counts[:2] == (2, 0)


def test_a_split_edition_paragraph_gets_a_copy_of_its_link() -> None:
    source = _sample()
    arabic = new_edition(source, "ar", prefill=False)
    _translate(source, arabic, 0, 0, "جملة أولى طويلة بعض الشيء. جملة ثانية.")
    confirm(source, arabic, author=TRANSLATOR)
    body = arabic.sections[0].body
    split = body.replace("الشيء. ", "الشيء.\n\n")
    arabic.sections[0].body = split
    follow_edition(arabic, "sections/0", body, split)
    kept, made = arabic.sections[0].paragraphs
    (original,) = links_of(arabic, kept)
    (copy,) = links_of(arabic, made)
    assert copy.sources == original.sources and copy.confirmed == [""]


def test_a_changed_original_quotation_is_stale_in_every_edition() -> None:
    source = _sample()
    editions = [new_edition(source, code, prefill=False) for code in ("ar", "ru", "tr")]
    quotation = source.quotations[0]
    key = quotation_part(quotation.id)
    for each in editions:
        each.quotations.append(
            Quotation(id=quotation.id, words=f"({each.language})", translated=True)
        )
        confirm(source, each, links=links_of(each, key), author=TRANSLATOR)
        assert state(source, each).counts[:2] == (1, 0)
    quotation.words = quotation.words.replace("ten years", "twelve years")
    for each in editions:
        (stale,) = state(source, each).stale
        assert stale.sources == [key]
        assert (INSERT, "twelve") in stale.diffs[0][1]


def test_the_edition_view_has_the_shared_bank_with_its_translations() -> None:
    source = _sample()
    arabic = new_edition(source, "ar", prefill=False)
    first, second = source.quotations[0], source.quotations[1]
    arabic.quotations.append(Quotation(id=first.id, words="جواب واضح", translated=True))
    # The edition's own bank looked up first: its index must not answer for the view's.
    assert arabic.quotation(second.id) is None
    view = edition_view(source, arabic)
    assert [q.id for q in view.quotations] == [q.id for q in source.quotations]
    shown = view.quotation(first.id)
    assert shown is not None
    assert (shown.words, shown.translated, shown.language) == ("جواب واضح", True, "ar")
    assert shown.speaker == first.speaker and shown.date == first.date
    assert view.quotation(second.id) is second  # not translated: the original
    assert first.words != "جواب واضح" and arabic.quotations[0].speaker == ""


def _five_thousand_words() -> Article:
    source = _sample()
    source.sections[0].body = "\n\n".join(
        " ".join(f"word{n}x{p}" for n in range(50)) + "." for p in range(100)
    )
    source.sections[1].body = ""
    return source


def test_marking_stale_after_an_edit_to_five_thousand_words_is_fast() -> None:
    source = _five_thousand_words()
    arabic = new_edition(source, "ar", prefill=True)
    confirm(source, arabic, author=TRANSLATOR)
    best = 1.0
    for round_ in range(5):
        old = source.sections[0].body
        new = old.replace(f"word7x{50 + round_}", "changed", 1)
        started = time.perf_counter()
        source.sections[0].body = new
        follow_source(source, "sections/0", old, new)
        now = state(source, arabic)
        best = min(best, time.perf_counter() - started)
        assert len(now.stale) == round_ + 1
    assert best < 0.02, best


def _text_links(edition_article: Article) -> list[SourceLink]:
    """Return an edition's links of text paragraphs (headline, standfirst, sections)."""
    return [
        link
        for link in edition_article.source_links
        if not link.part.startswith(quotation_part(""))
    ]
