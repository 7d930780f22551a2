"""The pre-export checklist finds each planted problem at its place, and nothing on clean text."""

from __future__ import annotations

import pytest

from editor.model import Article, Byline, Comment, Opening, Quotation, Section, Suggestion
from editor.model.validate import Severity
from editor.text.checklist import (
    ChecklistOptions,
    format_finding,
    position,
    run_checklist,
)
from editor.text.spelling import SpellChecker


def _clean() -> Article:
    """An article with nothing wrong: every quotation attributed, dated and sourced."""
    return Article(
        language="en",
        opening=Opening(text="بسم الله الرحمن الرحيم", language="ar"),
        headline="Will the river port reopen before winter?",
        standfirst="The council meets on Monday (for the second time).",
        sections=[
            Section(
                kind="news",
                label="News:",
                body=(
                    "The council met on Monday. [[quote:q1]] The vote is due in March.\n\n"
                    "[[quote:q2]]\n\n"
                    "See [the report](https://example.org/report--2026) for “details”."
                ),
            ),
            Section(
                kind="comment",
                label="Comment:",
                body="Winter will not wait.\n\nقال المدير إن المدرسة الجديدة مفتوحة.",
            ),
        ],
        quotations=[
            Quotation(
                id="q1",
                words="We will reopen before the first frost.",
                speaker="Mara Reyes",
                date="2026-10-02",
                source_name="Council minutes",
                verified=True,
            ),
            Quotation(
                id="q2",
                words="The dredging is not finished.",
                speaker="Tom Berg",
                date="2026-10-03",
                source_url="https://example.org/minutes",
                verified=True,
            ),
        ],
        byline=Byline(author="Lena Ortiz", office="the Northland Media Desk"),
    )


def test_a_clean_article_has_no_findings_even_with_spelling() -> None:
    options = ChecklistOptions(max_headline_length=100, spelling=SpellChecker(load_on_demand=True))
    assert run_checklist(_clean(), options) == []


def _planted() -> Article:
    article = _clean()
    article.headline = "Will the river port reopen before the first frost of this long winter?"
    article.standfirst = "The council (which meets on Monday will decide."
    article.sections[0].body = (
        "The council met on Monday.  It voted. [[quote:q1]]\n"  # double space at 1:27
        "The mayor said “we will see.\n"  # unclosed “ at 2:16
        "\n"
        "A ghost: [[quote:ghost]] and a goverment plan."  # unknown 4:10, spelling 4:32
    )
    article.sections[1].body = (
        "Winter \u202ewill\u202c not wait.\n"  # bidi control at 1:8
        "\n"
        "قال المدير إن المدرسة الجديدة في مبنی كبير"  # Persian yeh in Arabic text at 3:37
    )
    article.quotations[0].date = ""  # q1 has no date
    article.quotations.append(Quotation(id="q3", words="Never used.", speaker=""))
    article.byline.office = ""
    return article


EXPECTED = [
    ("headline", 1, 61, "headline-length"),
    ("standfirst", 1, 13, "unbalanced"),
    ("sections/0", 1, 27, "double-space"),
    ("sections/0", 2, 16, "unbalanced"),
    ("sections/0", 4, 10, "basic"),  # unknown quotation ghost
    ("sections/0", 4, 32, "spelling"),
    ("sections/1", 1, 8, "bidi-control"),  # U+202E
    ("sections/1", 1, 13, "bidi-control"),  # U+202C
    ("sections/1", 3, 34, "spelling"),  # مبنی: a Persian yeh is no Arabic word
    ("sections/1", 3, 37, "mixed-letters"),
    ("quotations/q1", 1, 1, "quotation-date"),
    ("quotations/q2", 1, 1, "basic"),  # its token was removed: not used
    ("quotations/q3", 1, 1, "basic"),  # no speaker
    ("quotations/q3", 1, 1, "basic"),  # not used
    ("quotations/q3", 1, 1, "quotation-date"),
    ("quotations/q3", 1, 1, "quotation-source"),
    ("byline", 1, 1, "credit-office"),
]


def test_every_planted_problem_is_found_at_its_place() -> None:
    options = ChecklistOptions(max_headline_length=60, spelling=SpellChecker(load_on_demand=True))
    findings = run_checklist(_planted(), options)
    assert [(f.part, f.line, f.column, f.code) for f in findings] == EXPECTED
    assert len(EXPECTED) >= 12


def test_findings_say_what_is_wrong() -> None:
    options = ChecklistOptions(max_headline_length=60, spelling=SpellChecker(load_on_demand=True))
    found = run_checklist(_planted(), options)
    messages = {(f.part, f.code): f.message for f in reversed(found)}  # the first of each
    assert messages["headline", "headline-length"] == (
        "The headline has 70 characters; the house style allows 60."
    )
    assert messages["sections/0", "spelling"] == "Unknown word “goverment” (en)."
    assert "U+202E" in messages["sections/1", "bidi-control"]
    assert "ی" in messages["sections/1", "mixed-letters"]
    assert messages["byline", "credit-office"] == "The credit line has no office."
    assert messages["sections/0", "unbalanced"] == (
        "The opening mark “ is never closed (no ” after it in this paragraph)."
    )


def test_the_cli_line_names_file_part_line_and_column() -> None:
    finding = run_checklist(_planted(), ChecklistOptions(max_headline_length=60))[0]
    assert format_finding("a.newsdesk", finding) == (
        "a.newsdesk: headline: 1:61: The headline has 70 characters; the house style allows 60."
    )


def test_spelling_is_only_checked_when_asked() -> None:
    codes = {f.code for f in run_checklist(_planted(), ChecklistOptions())}
    assert "spelling" not in codes
    assert "headline-length" not in codes  # no limit given


def test_unknown_quotations_and_empty_required_parts_come_from_validate() -> None:
    article = Article(sections=[Section(label="News:")], byline=Byline("A. Writer", "Desk"))
    findings = run_checklist(article)
    assert [(f.severity, f.part, f.message) for f in findings] == [
        (Severity.ERROR, "headline", "The headline is empty."),
        (Severity.WARNING, "sections/0", "The section News: is empty."),
    ]


@pytest.mark.parametrize(
    ("text", "column"),
    [
        ("a ) b", 3),  # a closer with no opener
        ("a « b", 3),  # an opener never closed
        ('a "b', 3),  # an odd straight mark
        ("(a [b) c]", 4),  # crossed: [ is never closed before )
    ],
)
def test_unbalanced_marks_and_brackets(text: str, column: int) -> None:
    article = _clean()
    article.standfirst = text
    found = [f for f in run_checklist(article) if f.part == "standfirst"]
    assert [(f.code, f.line, f.column) for f in found][:1] == [("unbalanced", 1, column)]


def test_balanced_text_lists_tokens_links_and_quotes_over_lines_pass() -> None:
    article = _clean()
    article.sections[1].body = (
        "1) first point\n2) second point\n\n"
        "He said “we will\nsee it through” and left (quietly).\n\n"
        "Он сказал «мост „новый“ готов».\n\n"
        "See [[quote:q1]] and <https://example.org/a)b> and https://example.org/Port_(city)."
    )
    assert [f for f in run_checklist(article) if f.part == "sections/1"] == []


def test_double_spaces_at_line_ends_and_indentation_are_markdown_not_mistakes() -> None:
    article = _clean()
    article.sections[1].body = "A hard break  \n    indented code\nend."
    assert [f for f in run_checklist(article) if f.part == "sections/1"] == []


def test_credit_line_without_author_or_office() -> None:
    article = _clean()
    article.byline = Byline()
    codes = [f.code for f in run_checklist(article) if f.part == "byline"]
    assert codes == ["credit-author", "credit-office"]


def test_position_counts_lines_and_columns_from_one() -> None:
    assert position("ab\ncd", 0) == (1, 1)
    assert position("ab\ncd", 4) == (2, 2)


def test_a_paragraph_past_300_words_is_found_where_it_starts() -> None:
    article = _clean()
    wall = " ".join(["word"] * 349 + ["end."])
    article.sections[1].body = "A short paragraph.\n\n" + wall + "\n\n" + " ".join(["ok"] * 300)
    found = [f for f in run_checklist(article) if f.code == "long-paragraph"]
    assert [(f.part, f.line, f.column) for f in found] == [("sections/1", 3, 1)]
    assert found[0].message == (
        "A paragraph of 350 words; readers lose their way past 300: split it."
    )


def test_every_finding_is_worded_from_a_template_listed_for_translation() -> None:
    # The listed templates are the ones the translation tests look for (tests/packaging/
    # test_translation_sources.py): a finding worded from any other string would reach the
    # window in English.
    from editor.model import validate
    from editor.text import checklist

    options = ChecklistOptions(max_headline_length=60, spelling=SpellChecker(load_on_demand=True))
    other = _clean()
    other.headline = ""
    other.standfirst = 'He said "yes) and left.'
    other.sections[1].body = " ".join(["word"] * 301) + "."
    other.sections.append(Section(kind="custom", label="Extra:"))
    other.quotations += [Quotation(id="q1", words="", speaker="Twin")]
    other.byline = Byline()
    images = "![a](assets/gone.png) ![b](https://e.org/b.png) ![c](assets/c.png)"
    other.sections[0].body += "\n\n" + images
    other.assets = {"c.png": b"not a picture"}
    other.comments = [Comment(id="c1", part="headline", text="Check the date.", author="Ed")]
    other.suggestions = [Suggestion(id="s1", part="standfirst", start=3, end=7, old="said")]
    held, unreadable = _clean(), _clean()
    held.meta.embargo = "2999-01-01T00:00:00+00:00"
    unreadable.meta.embargo = "next Tuesday"
    articles = (_planted(), other, held, unreadable)
    used = {f.template for article in articles for f in run_checklist(article, options)}
    used |= _edition_templates()
    assert used == {*checklist.TEMPLATES, *validate.TEMPLATES}


def _edition_templates() -> set[str]:
    """The templates of an edition's findings: one paragraph stale, the rest untranslated."""
    from editor.text.editions import confirm, edition_view, follow_source, new_edition

    source = _clean()
    arabic = new_edition(source, "ar", prefill=True)
    confirm(source, arabic, author="Translator")
    old = source.sections[0].body
    source.sections[0].body = "Changed. " + old
    follow_source(source, "sections/0", old, source.sections[0].body)
    old = source.sections[1].body
    source.sections[1].body += "\n\nA new paragraph."
    follow_source(source, "sections/1", old, source.sections[1].body)
    view = edition_view(source, arabic)
    return {f.template for f in run_checklist(view, ChecklistOptions(source=source))}


def test_many_findings_in_a_long_part_are_placed_in_one_pass() -> None:
    from time_limit import finishes_within

    lines = ["word  word" for _ in range(100_000)]  # a double space on every line
    article = Article(headline="h", sections=[Section(body="\n".join(lines))])
    # Counting the lines before each finding again: 10^5 findings × 0.5 MB of text.
    with finishes_within():
        findings = [f for f in run_checklist(article) if f.code == "double-space"]
    assert len(findings) == 100_000
    assert (findings[-1].line, findings[-1].column) == (100_000, 5)
    assert (findings[1].line, findings[1].column) == (2, 5)


def test_a_paragraph_of_unmatched_marks_is_checked_in_one_pass() -> None:
    from time_limit import finishes_within

    body = "(" * 60_000 + "]" * 60_000
    article = Article(headline="h", sections=[Section(body=body)])
    # Each "]" searched the 60,000 open brackets for its "[": 3.6·10^9 steps.
    with finishes_within():
        findings = [f for f in run_checklist(article) if f.code == "unbalanced"]
    assert len(findings) == 120_000
    assert findings[0].column == 1
    assert findings[-1].column == 120_000


def test_bidi_controls_are_found_once_per_run() -> None:
    text = "a\u202eb\u202e\u202cc"
    article = Article(headline="h", sections=[Section(body=text)])
    findings = [f for f in run_checklist(article) if f.code == "bidi-control"]
    assert [(f.column, f.params) for f in findings] == [
        (2, ("U+202E Right-To-Left Override",)),
        (4, ("U+202E Right-To-Left Override",)),
    ]


def test_images_no_export_can_show_are_findings_with_their_place() -> None:
    from pictures import png

    body = (
        "Text ![map](assets/map.png) and ![web](https://e.org/x.png)\n\n"
        "![bad](assets/bad.png)\n\n![ok](assets/ok.png) `![code](assets/gone.png)`\n\n"
        "```\n![fenced](assets/gone.png)\n```\n\n"
        # Too wide for the exports (they show its words); a name holding "%" as written.
        "![wide](assets/wide.png) ![sign](assets/a%20b.png)"
    )
    assets = {"bad.png": b"not an image", "ok.png": png(2, 2), "wide.png": png(40_000, 1)}
    article = Article(
        language="en",
        headline="Harbour",
        sections=[Section("news", "News:", body)],
        assets={**assets, "a%20b.png": png(2, 2)},
    )
    found = [(f.location(), f.message) for f in run_checklist(article) if f.code == "image"]
    assert found == [
        (
            "sections/0: 1:6",
            "The image assets/map.png is not in the article: its words are exported instead.",
        ),
        (
            "sections/0: 1:33",
            "The image https://e.org/x.png is on the web and is not fetched: "
            "it is exported as a link.",
        ),
        (
            "sections/0: 3:1",
            "The image assets/bad.png is not a PNG, JPEG or GIF picture: "
            "its words are exported instead.",
        ),
        (
            "sections/0: 11:1",
            "The image assets/wide.png is not a PNG, JPEG or GIF picture: "
            "its words are exported instead.",
        ),
    ]


def test_an_embargo_in_force_is_reported_with_the_time_left_and_a_bad_one_as_an_error() -> None:
    from datetime import UTC, datetime

    article = _clean()
    article.meta.embargo = "2026-12-08T06:00:00+03:00"
    before = ChecklistOptions(now=datetime(2026, 12, 7, 23, 40, tzinfo=UTC))
    found = [f for f in run_checklist(article, before) if f.code == "embargo"]
    assert [(f.severity, f.part, f.message) for f in found] == [
        (
            Severity.WARNING,
            "byline",
            "Under embargo until 2026-12-08T06:00:00+03:00: 3 h 20 min left. "
            "It cannot be published before.",
        )
    ]
    after = ChecklistOptions(now=datetime(2026, 12, 8, 3, 0, tzinfo=UTC))
    assert not [f for f in run_checklist(article, after) if f.code == "embargo"]
    article.meta.embargo = "2026-12-08 06:00"  # no zone: no moment
    found = [f for f in run_checklist(article, after) if f.code == "embargo"]
    assert [f.severity for f in found] == [Severity.ERROR]
    assert "“2026-12-08 06:00” is not a date-time with its time zone" in found[0].message


def test_an_open_review_is_listed_at_each_place_with_its_words() -> None:
    article = _clean()
    body = article.sections[1].body
    start = body.index("قال")
    article.comments = [
        Comment(
            id="c1",
            part="sections/1",
            start=start,
            end=start + 3,
            text="Who said it?",
            author="Desk Editor",
        ),
        Comment(id="c2", part="headline", text="Done.", author="Desk Editor", resolved=True),
    ]
    article.suggestions = [
        Suggestion(
            id="s1",
            part="headline",
            start=5,
            end=10,
            old="the r",
            new="a r",
            author="Second Reader",
        ),
    ]
    found = [(f.part, f.line, f.column, f.code, f.message) for f in run_checklist(article)]
    assert found == [
        (
            "headline",
            1,
            6,
            "review-suggestion",
            "A suggestion by Second Reader is neither accepted nor rejected (“the r” → “a r”); "
            "a DOCX shows it as a tracked change.",
        ),
        ("sections/1", 3, 1, "review-comment", "An open comment by Desk Editor: “Who said it?”."),
    ]


def test_a_placed_quotation_not_checked_against_its_source_is_listed() -> None:
    article = _clean()
    article.quotations[1].verified = False
    article.quotations.append(
        Quotation(
            id="kept",
            words="Not placed.",
            speaker="Someone",
            date="2026-10-04",
            source_name="Notes",
        )
    )
    found = [f.part for f in run_checklist(article) if f.code == "quotation-unverified"]
    # The bank's unplaced quotation is not exported: nothing to check before sending.
    assert found == ["quotations/q2"]
