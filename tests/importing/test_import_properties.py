"""Nothing is lost: every word of any draft is in the imported article, in order."""

from __future__ import annotations

from draft_fidelity import as_written, first_missing, stored_words
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from import_helpers import assert_nothing_lost

from editor.importing import DraftError, import_text
from editor.importing.lexicon import lexicon
from editor.text.counts import words
from editor.text.reader import reader_text

LEX = lexicon()
LABELS = sorted(
    {text for lang in LEX.languages.values() for text in (lang.news_label, lang.comment_label)}
)
VERBS = sorted({verb for lang in LEX.languages.values() for verb in lang.attribution_verbs})
TEMPLATES = sorted({lang.credit_template for lang in LEX.languages.values()})
MARKS = list('«»“”„"‘’‹›‚')

word = st.one_of(
    st.sampled_from(["port", "Reyes", "Ana Lind", "Олег", "мост", "كريم", "الجامعة", "yasa"]),
    st.text(alphabet=st.characters(categories=["L", "Nd", "Mn"]), min_size=1, max_size=8),
)
piece = st.one_of(
    word,
    word,
    st.sampled_from(MARKS),
    st.sampled_from(VERBS),
    st.sampled_from([",", ".", "—", ":", "*", "_", "[", "](", ")", "#", ">", "-", "1.", "\\"]),
    st.sampled_from(["[[quote:q1]]", "<b>", "<http://x.y>", "\x0b", "\u202e", "\x00"]),
)
sentence = st.lists(piece, min_size=1, max_size=12).map(" ".join)
quoted = st.builds(
    lambda open_, said, close, tail: f"{open_}{said}{close}{tail}",
    st.sampled_from(MARKS),
    sentence,
    st.sampled_from(MARKS),
    st.one_of(
        st.just(""),
        st.just("."),
        st.builds(lambda v, n: f", — {v} {n}.", st.sampled_from(VERBS), word),
        st.builds(lambda v, n: f" {v} {n}", st.sampled_from(VERBS), word),
    ),
)
inline = st.builds(
    lambda who, verb, open_, said, close: f"{who} {verb} {open_}{said}{close}.",
    word,
    st.sampled_from(VERBS),
    st.sampled_from(MARKS),
    sentence,
    st.sampled_from(MARKS),
)
label = st.builds(
    lambda text, upper, colon: (text.upper() if upper else text).rstrip(":") + colon,
    st.sampled_from(LABELS),
    st.booleans(),
    st.sampled_from(["", ":", " :"]),
)
credit = st.builds(
    lambda template, office, author, broken: (
        template.replace("{office}", office)
        .replace("{author}", author)
        .replace(" ", "\n", 1 if broken else 0)
    ),
    st.sampled_from(TEMPLATES),
    sentence,
    word,
    st.booleans(),
)
line = st.one_of(sentence, quoted, quoted, inline, inline, label, st.just(""))
draft = st.builds(
    lambda opening, headline, lines, end, newline: newline.join(
        [*opening, headline, *lines, *end]
    ),
    st.lists(st.sampled_from(["بسم الله الرحمن الرحيم", "Во имя", "In the name"]), max_size=1),
    sentence,
    st.lists(line, max_size=14),
    st.lists(credit, max_size=1),
    st.sampled_from(["\n", "\r\n", "\r"]),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(draft)
def test_generated_plain_draft_loses_no_word(text: str) -> None:
    try:
        result = import_text(text)
    except DraftError:
        assert words(text.replace("\x00", "")) == []
        return
    assert_nothing_lost(text, result)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_imports_or_is_refused_as_empty_and_loses_no_word(text: str) -> None:
    try:
        result = import_text(text)
    except DraftError as failure:
        assert str(failure) in ("<text>: the draft is empty.", "<text>: the draft has no text.")
        assert words(text.replace("\x00", "")) == []
        return
    assert_nothing_lost(text, result)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(draft)
# The NUL is removed on import; " 1." left alone would be an empty list item, and "1" lost.
@example(text="port\n\x00 1.")
# A quotation whose "— Name" line is the one the exports write: the name is its speaker's.
@example(text="port\nBerita\n\u2018port\u00ab\n\u2019 \u2014 Reyes")
def test_generated_markdown_draft_loses_no_word(text: str) -> None:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    try:
        result = import_text(text, fmt="markdown")
    except DraftError:
        assert words(text) == []
        return
    # A Markdown draft's words are those its reader sees (a list's "1." and a link's address
    # are marks); they are all in the article in order, which may say more (a token-like
    # "[[quote:q1]]" in the draft stays text there).
    assert_nothing_lost(reader_text(text), result, exact=False)
    # And the draft's Markdown is kept: every word of it as written, link addresses and
    # marks included, is in the article's stored Markdown in order (an oracle that does
    # not read through the reader's text, which the line above uses on both sides).
    expected = words(text.replace("\x00", ""))
    missing = first_missing(expected, stored_words(as_written(result)))
    assert missing is None, (missing, expected[missing])


plain_words = st.lists(
    st.text(alphabet="abcdefghijklmnopqrstuvwxyzабвгдеж", min_size=1, max_size=7),
    min_size=1,
    max_size=12,
).map(" ".join)
pairs = st.sampled_from(["“”", "«»", "„“", '""', "«”", "””", "‹›"])


@settings(max_examples=200, deadline=None)
@given(pairs, plain_words, st.sampled_from(VERBS), st.sampled_from(["Ana Lind", "Олег Серов"]))
def test_generated_quotation_paragraph_goes_to_the_bank_with_its_speaker(
    pair: str, said: str, verb: str, name: str
) -> None:
    text = f"Headline\nNews:\n{pair[0]}{said}{pair[1]}, — {verb} {name}."
    result = import_text(text)
    article = result.article
    # Set as a block quotation: the words end as a sentence, the speaker is the name.
    assert [(q.words, q.speaker, q.attribution) for q in article.quotations] == [
        (f"{said}.", name, "")
    ]
    assert article.sections[0].body == "[[quote:q1]]"
    assert_nothing_lost(text, result)
