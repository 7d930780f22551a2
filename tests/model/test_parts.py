"""Part keys: made, parsed and listed in one place, and built by hand nowhere else."""

from __future__ import annotations

import ast
import copy
import pickle
from pathlib import Path

import pytest

from editor.model import Article, Opening, Quotation, Section
from editor.model.parts import (
    BYLINE,
    HEADLINE,
    OPENING,
    STANDFIRST,
    ArticlePart,
    MalformedPartError,
    MissingPartError,
    PartKind,
    PartRef,
    article_parts,
    has_part,
    parse_part,
    part_name,
    part_text,
    quotation_part,
    reading_order,
    section_part,
)

EDITOR = Path(__file__).resolve().parents[2] / "editor"


def article() -> Article:
    return Article(
        opening=Opening(text="بسم الله", language="ar"),
        headline="Will the river port reopen?",
        standfirst="Cargo ships are promised by December.",
        sections=[
            Section("news", "News:", "The ministry announced the date. [[quote:q1]]"),
            Section("comment", "", "Doubts remain. [[quote:q2]]"),
        ],
        quotations=[
            Quotation(id="q1", words="We will keep that promise.", language="en"),
            Quotation(id="q2", words="Мы сдержим слово.", language="ru"),
        ],
    )


@pytest.mark.parametrize(
    ("key", "ref"),
    [
        (OPENING, PartRef(PartKind.OPENING)),
        (HEADLINE, PartRef(PartKind.HEADLINE)),
        (STANDFIRST, PartRef(PartKind.STANDFIRST)),
        (BYLINE, PartRef(PartKind.BYLINE)),
        (section_part(0), PartRef(PartKind.SECTION, index=0)),
        (section_part(12), PartRef(PartKind.SECTION, index=12)),
        (quotation_part("q1"), PartRef(PartKind.QUOTATION, quotation_id="q1")),
        (quotation_part("berg-1/a b"), PartRef(PartKind.QUOTATION, quotation_id="berg-1/a b")),
        (quotation_part(""), PartRef(PartKind.QUOTATION, quotation_id="")),
    ],
)
def test_every_kind_of_key_parses_to_its_part_and_back(key: str, ref: PartRef) -> None:
    assert parse_part(key) == ref
    assert ref.key == key
    assert str(ref) == key


def test_the_made_keys_are_the_stored_form() -> None:
    # Files written before this module hold these very strings in their comments.
    assert section_part(1) == "sections/1"
    assert quotation_part("q1") == "quotations/q1"


@pytest.mark.parametrize(
    "junk",
    ["", "title", "Headline", "headline ", "sections/", "sections/x", "sections/-1",
     "sections/01", "sections/1/2", "sections/١", "section/1", "quotation/q1", "/sections/1"],
)  # fmt: skip
def test_junk_is_rejected_with_a_sentence_naming_it(junk: str) -> None:
    with pytest.raises(MalformedPartError) as raised:
        parse_part(junk)
    assert raised.value.key == junk
    assert repr(junk) in str(raised.value)
    assert "sections/N" in str(raised.value)


def test_a_negative_section_place_is_no_key() -> None:
    with pytest.raises(MalformedPartError):
        section_part(-1)


def test_parts_are_listed_in_reading_order_with_their_text_and_name() -> None:
    listed = article_parts(article())
    assert [part.key for part in listed] == [
        "opening",
        "headline",
        "standfirst",
        "sections/0",
        "sections/1",
        "quotations/q1",
        "quotations/q2",
    ]
    assert [part.name for part in listed] == [
        "Opening line",
        "Headline",
        "Standfirst",
        "News",
        "Section 2",  # no label: named by its place, as the window names it
        "Quotation q1",
        "Quotation q2",
    ]
    assert listed[4].text == "Doubts remain. [[quote:q2]]"
    assert listed[6].text == "Мы сдержим слово."
    assert [part.language for part in listed] == ["ar", "", "", "", "", "en", "ru"]


def test_reading_order_puts_the_byline_after_the_quotations() -> None:
    order = reading_order(article())
    assert sorted(order, key=order.__getitem__)[-3:] == ["quotations/q1", "quotations/q2", BYLINE]


def test_part_text_finds_each_part_and_names_the_missing_one() -> None:
    source = article()
    for part in article_parts(source):
        assert part_text(source, part.key) == part.text
        assert part_text(source, part.ref) == part.text
    for missing in ("sections/2", "quotations/q9", BYLINE):
        assert not has_part(source, missing)
        with pytest.raises(MissingPartError, match=repr(missing)):
            part_text(source, missing)
    assert not has_part(source, "sections/x")


def test_names_use_the_labels_given_and_a_translation() -> None:
    shout = str.upper
    assert part_name(parse_part("sections/0"), ["News:"], shout) == "News"
    assert part_name(parse_part("sections/1"), ["News:"], shout) == "SECTION 2"
    assert part_name(parse_part("quotations/q1"), (), shout) == "QUOTATION q1"
    assert part_name(parse_part(BYLINE)) == "Byline"


# A key is a string made here; a ZIP entry under the container's sections/ folder is not
# a part key (storage/container.py names those files).
_KEY_PREFIXES = ("sections/", "quotations/")
_ALLOWED = {EDITOR / "model" / "parts.py"}
_FOLDER_NAMES = {EDITOR / "storage" / "container.py"}


def _hand_built_keys(source: str, name: str, *, folder_names: bool = False) -> list[str]:
    """Return where a source builds a part key or cuts one with a bare prefix."""
    found = []
    tree = ast.parse(source, name)
    # An f-string's literal pieces are judged with the f-string, not as strings of their own.
    pieces = {
        id(value)
        for node in ast.walk(tree)
        if isinstance(node, ast.JoinedStr)
        for value in node.values
    }
    for node in ast.walk(tree):
        if id(node) in pieces:
            continue
        if isinstance(node, ast.JoinedStr) and len(node.values) == 2:
            head, tail = node.values
            if (
                isinstance(head, ast.Constant)
                and head.value in _KEY_PREFIXES
                and isinstance(tail, ast.FormattedValue)
            ):
                found.append(f"{name}:{node.lineno}: f-string")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            bare = node.value in _KEY_PREFIXES and not folder_names
            template = node.value.startswith(_KEY_PREFIXES) and node.value.endswith(
                ("{}", "{0}", "%d", "%s")
            )
            if bare or template:
                found.append(f"{name}:{node.lineno}: {node.value!r}")
    return found


def test_no_module_but_parts_builds_or_cuts_part_keys_by_hand() -> None:
    offenders = []
    for path in sorted(EDITOR.rglob("*.py")):
        if path not in _ALLOWED:
            source = path.read_text(encoding="utf-8")
            name = str(path.relative_to(EDITOR.parent))
            offenders += _hand_built_keys(source, name, folder_names=path in _FOLDER_NAMES)
    assert not offenders, "use editor.model.parts instead:\n" + "\n".join(offenders)


def test_the_guard_sees_each_way_of_building_a_key() -> None:
    source = (
        'a = f"sections/{index}"\n'
        'b = key.startswith("quotations/")\n'
        'c = "sections/%d" % 1\n'
        'd = f"sections/{index + 1:02d}-news.md"\n'  # a file name, not a key
    )
    assert [line.split(":")[1] for line in _hand_built_keys(source, "x.py")] == ["1", "2", "3"]


def test_a_part_is_a_value_that_cannot_change() -> None:
    ref = PartRef(PartKind.SECTION, index=1)
    part = ArticlePart(ref, "News", "The ministry announced the date.", "en")
    assert ref == PartRef(PartKind.SECTION, index=1) != PartRef(PartKind.SECTION, index=2)
    assert hash(ref) == hash(PartRef(PartKind.SECTION, index=1))
    assert ref != ArticlePart(ref, "", "") and ref != "sections/1"
    assert repr(ref) == "PartRef(kind=<PartKind.SECTION: 'sections'>, index=1, quotation_id='')"
    for value in (ref, part):
        for name in value._fields:
            with pytest.raises(AttributeError, match="immutable"):
                setattr(value, name, None)
            with pytest.raises(AttributeError, match="immutable"):
                delattr(value, name)
        assert copy.copy(value) == copy.deepcopy(value) == pickle.loads(pickle.dumps(value))
        assert copy.deepcopy(value) == value
