"""The article model's small helpers."""

from __future__ import annotations


def test_now_is_said_in_utc_to_the_second_as_datetime_says_it() -> None:
    from datetime import UTC, datetime, timedelta

    from editor.model import now_iso

    before = datetime.now(UTC).replace(microsecond=0)
    said = now_iso()
    after = datetime.now(UTC).replace(microsecond=0)
    assert len(said) == len(before.isoformat())
    assert said.endswith("+00:00")
    assert before <= datetime.fromisoformat(said) <= after + timedelta(seconds=1)


def test_any_moment_is_said_the_same_way() -> None:
    from editor.model import now_iso

    assert now_iso(0) == "1970-01-01T00:00:00+00:00"
    assert now_iso(1_795_000_000.9) == "2026-11-18T11:06:40+00:00"  # to the second


def test_quotation_lookup_follows_the_bank_as_it_changes() -> None:
    from editor.model import Article, Quotation

    article = Article(quotations=[Quotation("a", "first"), Quotation("b"), Quotation("a", "2nd")])
    assert article.quotation("a") is article.quotations[0]  # the first of two with one id
    assert article.quotation("c") is None
    article.quotations.append(Quotation("c"))
    assert article.quotation("c") is article.quotations[3]
    article.quotations[1].id = "renamed"  # changed in place, as the editor does
    assert article.quotation("b") is None
    assert article.quotation("renamed") is article.quotations[1]
    article.quotations[1] = Quotation("swapped")  # replaced in place, same length
    assert article.quotation("renamed") is None
    assert article.quotation("swapped") is article.quotations[1]
    article.quotations = [Quotation("new")]
    assert article.quotation("a") is None
    assert article.quotation("new") is article.quotations[0]
    del article.quotations[0]
    assert article.quotation("new") is None


def test_every_part_of_a_bank_of_200000_quotations_is_found() -> None:
    from time_limit import finishes_within

    from editor.model import Article, Quotation
    from editor.model.parts import part_text, quotation_part

    count = 200_000
    article = Article(quotations=[Quotation(f"q{i}", f"words {i}") for i in range(count)])
    # A scan of the bank per lookup: 2·10^10 comparisons, hours.
    with finishes_within():
        texts = [part_text(article, quotation_part(f"q{i}")) for i in range(count)]
    assert texts[123_456] == "words 123456"


def test_time_of_reads_a_stamp_in_utc_when_it_names_no_zone() -> None:
    from datetime import UTC, datetime, timedelta, timezone

    from editor.model.article import now_iso, time_of

    assert time_of("2026-10-14T08:00:00") == datetime(2026, 10, 14, 8, tzinfo=UTC)
    assert time_of("2026-10-14T10:00:00+02:00") == datetime(
        2026, 10, 14, 10, tzinfo=timezone(timedelta(hours=2))
    )
    assert time_of(now_iso(0)) == datetime(1970, 1, 1, tzinfo=UTC)
    assert time_of("yesterday") is None and time_of("") is None
