"""Tracked changes a reviewer returns in a DOCX come back as suggestions on the right parts."""

from __future__ import annotations

import io
import itertools
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from review_sample import COMMENT, NEWS, exported, sample

from editor.importing.docx_changes import Untracked, import_changes, import_review
from editor.model import Article
from editor.text.suggestions import accept_all

FIXTURES = Path(__file__).parent / "fixtures"
_ids = itertools.count(100)
WHEN = "2026-12-02T10:00:00Z"


def run(text: str, props: str = "", deleted: bool = False, rsid: str = "") -> str:
    """One w:r as Word writes it (w:delText inside a deletion)."""
    tag = "w:delText" if deleted else "w:t"
    properties = f"<w:rPr>{props}</w:rPr>" if props else ""
    attribute = f' w:rsidR="{rsid}"' if rsid else ""
    return f'<w:r{attribute}>{properties}<{tag} xml:space="preserve">{text}</{tag}></w:r>'


def tracked(tag: str, author: str, *inner: str) -> str:
    """A w:ins, w:del, w:moveFrom or w:moveTo by an author around runs."""
    who = f'w:id="{next(_ids)}" w:author="{author}" w:date="{WHEN}"'
    return f"<w:{tag} {who}>{''.join(inner)}</w:{tag}>"


def plain(text: str) -> str:
    """The run our export writes for plain text."""
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def arabic(text: str) -> str:
    """The run our export writes for Arabic text in the English sample (its language said)."""
    return (
        '<w:r><w:rPr><w:rtl/><w:lang w:bidi="ar"/></w:rPr>'
        f'<w:t xml:space="preserve">{text}</w:t></w:r>'
    )


def reviewed(
    tmp_path: Path,
    edit: Callable[[str], str],
    name: str = "reviewed.docx",
    extra: dict[str, str] | None = None,
) -> Path:
    """The sample's export with document.xml edited (and parts added or put in place of
    its own), as a reviewer returns it."""
    source = zipfile.ZipFile(io.BytesIO(exported()))
    out = io.BytesIO()
    extra = dict(extra or {})
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename in extra:
                target.writestr(info, extra.pop(info.filename))
                continue
            data = source.read(info.filename)
            if info.filename == "word/document.xml":
                changed = edit(data.decode("utf-8"))
                assert changed != data.decode("utf-8"), "the edit did not apply"
                data = changed.encode("utf-8")
            target.writestr(info, data)
        for part, text in extra.items():
            target.writestr(part, text)
    path = tmp_path / name
    path.write_bytes(out.getvalue())
    return path


def swap(xml: str, old: str, new: str) -> str:
    assert xml.count(old) == 1, old
    return xml.replace(old, new)


def found(article: Article) -> list[tuple[str, str, str, str, str]]:
    return [(s.part, s.old, s.new, s.kind, s.author) for s in article.suggestions]


def accepted(article: Article) -> Article:
    outcome = accept_all(article)
    assert outcome.left == []
    return article


def test_libreoffice_review_becomes_suggestions_and_accepting_gives_its_text() -> None:
    article = sample()
    result = import_changes(article, FIXTURES / "review-libreoffice.docx")
    reviewer = "Libre Reviewer"
    assert sorted(found(article)) == sorted(
        [
            ("headline", "river port", "port", "replace", reviewer),
            ("sections/0", "opens", "will open", "replace", reviewer),
            ("sections/0", "", " in the north", "insert", reviewer),
            ("quotations/q1", "our word", "our promise", "replace", reviewer),
            ("sections/1", "سيفتح", "سيفتح قريبا", "replace", reviewer),
        ]
    )
    assert result.not_placed == []
    assert result.by_part == {
        "headline": 1,
        "sections/0": 2,
        "quotations/q1": 1,
        "sections/1": 1,
    }
    assert all(s.source == "review-libreoffice.docx" for s in article.suggestions)
    accepted(article)
    assert article.headline == "Will the port open?"
    assert article.sections[0].body == NEWS.replace("opens", "will open").replace(
        "new quay", "new quay in the north"
    )
    assert article.quotations[0].words == "We keep our promise.\nAlways."
    assert article.sections[1].body == COMMENT.replace("سيفتح", "سيفتح قريبا")


def test_one_edit_split_over_runs_is_one_suggestion(tmp_path: Path) -> None:
    path = reviewed(
        tmp_path,
        lambda xml: swap(
            xml,
            plain("The port opens in "),
            plain("The port ")
            + tracked(
                "del",
                "Ed One",
                run("op", deleted=True, rsid="00A1"),
                run("ens", "<w:i/>", deleted=True, rsid="00B2"),
            )
            + tracked("ins", "Ed One", run("will ", rsid="00C3"), run("open", rsid="00D4"))
            + plain(" in "),
        ),
    )
    article = sample()
    import_changes(article, path)
    assert found(article) == [("sections/0", "opens", "will open", "replace", "Ed One")]
    assert accepted(article).sections[0].body.startswith("The port will open in **May**.")


def test_a_move_is_a_deletion_and_an_insertion(tmp_path: Path) -> None:
    path = reviewed(
        tmp_path,
        lambda xml: swap(
            xml,
            arabic(COMMENT),
            tracked("moveTo", "محرر", arabic("الميناء جاهز. "))
            + arabic("قال الوزير إن الميناء سيفتح.")
            + tracked("moveFrom", "محرر", run(" الميناء جاهز.", "<w:rtl/>", deleted=True)),
        ),
    )
    article = sample()
    import_changes(article, path)
    assert sorted(found(article)) == [
        ("sections/1", "", "الميناء جاهز. ", "insert", "محرر"),
        ("sections/1", " الميناء جاهز.", "", "delete", "محرر"),
    ]
    assert accepted(article).sections[1].body == "الميناء جاهز. قال الوزير إن الميناء سيفتح."


MARK_INS = '<w:rPr><w:ins w:id="7" w:author="Ed One" w:date="2026-12-02T10:00:00Z"/></w:rPr>'
MARK_DEL = '<w:rPr><w:del w:id="8" w:author="Ed One" w:date="2026-12-02T10:00:00Z"/></w:rPr>'
BODY_P = '<w:p><w:pPr><w:pStyle w:val="BodyText"/>'


def test_paragraph_split_and_join(tmp_path: Path) -> None:
    def edit(xml: str) -> str:
        # Split after "May.": the first paragraph's mark is inserted, the space deleted.
        xml = swap(
            xml,
            plain(". The minister said "),
            plain(".")
            + f"</w:p>{BODY_P}</w:pPr>"
            + tracked("del", "Ed One", run(" ", deleted=True))
            + plain("The minister said "),
        )
        xml = swap(
            xml,
            f'{BODY_P}</w:pPr><w:r><w:t xml:space="preserve">The port',
            f'{BODY_P}{MARK_INS}</w:pPr><w:r><w:t xml:space="preserve">The port',
        )
        # Join the two quay paragraphs: the first one's mark deleted, a space inserted.
        return swap(
            xml,
            f"{BODY_P}</w:pPr>{plain('Ships will dock at the new quay.')}</w:p>"
            f"{BODY_P}</w:pPr>{plain('The quay is ready.')}",
            f"{BODY_P}{MARK_DEL}</w:pPr>{plain('Ships will dock at the new quay.')}</w:p>"
            f"{BODY_P}</w:pPr>{tracked('ins', 'Ed One', plain(' '))}{plain('The quay is ready.')}",
        )

    article = sample()
    import_changes(article, reviewed(tmp_path, edit))
    assert found(article) == [
        ("sections/0", " ", "\n\n", "replace", "Ed One"),
        ("sections/0", "\n\n", " ", "replace", "Ed One"),
    ]
    body = accepted(article).sections[0].body
    assert body.startswith("The port opens in **May**.\n\nThe minister said [[quote:q2]] today.")
    assert "Ships will dock at the new quay. The quay is ready.\n\n[[quote:q1]]" in body


def test_formatting_changes_are_format_suggestions(tmp_path: Path) -> None:
    change = (
        '<w:rPrChange w:id="9" w:author="Ed Two" w:date="2026-12-02T10:00:00Z">'
        "<w:rPr>{}</w:rPr></w:rPrChange>"
    )
    may = '<w:t xml:space="preserve">May</w:t></w:r>'

    def edit(xml: str) -> str:
        xml = swap(
            xml,
            f"<w:r><w:rPr><w:b/><w:bCs/></w:rPr>{may}",
            f"<w:r><w:rPr>{change.format('<w:b/><w:bCs/>')}</w:rPr>{may}",
        )
        return swap(
            xml,
            plain("Ships will dock at the new quay."),
            plain("Ships will dock at the new ")
            + f"<w:r><w:rPr><w:b/>{change.format('')}</w:rPr><w:t>quay</w:t></w:r>"
            + plain("."),
        )

    article = sample()
    import_changes(article, reviewed(tmp_path, edit))
    assert [(s.part, s.old, s.new, s.kind, s.format) for s in article.suggestions] == [
        ("sections/0", "**May**", "May", "format", "-strong"),
        ("sections/0", "quay", "**quay**", "format", "+strong"),
    ]
    body = accepted(article).sections[0].body
    assert body.startswith("The port opens in May.")
    assert "at the new **quay**." in body


def test_deletion_inside_another_authors_insertion_nets_out(tmp_path: Path) -> None:
    path = reviewed(
        tmp_path,
        lambda xml: swap(
            xml,
            plain("Ships will dock at the new quay."),
            plain("Ships will dock at the ")
            + tracked("ins", "Ed One", plain("very "))
            + tracked("ins", "Ed One", tracked("del", "Ed Two", run("busy ", deleted=True)))
            + tracked("ins", "Ed One", plain("modern "))
            + plain("new quay."),
        ),
    )
    article = sample()
    import_changes(article, path)
    assert found(article) == [("sections/0", "", "very modern ", "insert", "Ed One")]
    assert "at the very modern new quay." in accepted(article).sections[0].body


def test_edits_in_rendered_quotations_go_to_the_bank(tmp_path: Path) -> None:
    def edit(xml: str) -> str:
        xml = swap(
            xml,
            plain("We keep our word."),
            plain("We keep our ")
            + tracked("del", "Ed One", run("word", deleted=True))
            + tracked("ins", "Ed One", plain("promise"))
            + plain("."),
        )
        return swap(
            xml,
            plain("on time"),
            plain("on ") + tracked("ins", "Ed One", plain("the ")) + plain("time"),
        )

    article = sample()
    import_changes(article, reviewed(tmp_path, edit))
    assert sorted(found(article)) == [
        ("quotations/q1", "word", "promise", "replace", "Ed One"),
        ("quotations/q2", "", "the ", "insert", "Ed One"),
    ]
    accepted(article)
    assert article.sections[0].body == NEWS  # the tokens stay
    assert [q.words for q in article.quotations] == [
        "We keep our promise.\nAlways.",
        "on the time",
    ]


HEADER = (
    "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    '<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    "<w:p>{}</w:p></w:hdr>"
)


def test_changes_outside_the_article_are_listed_not_placed(tmp_path: Path) -> None:
    def edit(xml: str) -> str:
        return swap(
            xml,
            plain("News:"),
            tracked("del", "Ed One", run("News:", deleted=True))
            + tracked("ins", "Ed One", plain("Report:")),
        )

    header = HEADER.format(tracked("ins", "Ed Two", plain("DRAFT ONLY")) + plain("Newsdesk"))
    path = reviewed(tmp_path, edit, extra={"word/header1.xml": header})
    article = sample()
    result = import_changes(article, path)
    assert article.suggestions == []
    assert {(n.where, n.text, n.author) for n in result.not_placed} == {
        ("section label", "Report:", "Ed One"),
        ("header", "DRAFT ONLY", "Ed Two"),
    }


def test_several_reviewers_keep_their_authors_and_conflicts_are_reported(tmp_path: Path) -> None:
    first = reviewed(
        tmp_path,
        lambda xml: swap(
            xml,
            plain("The port opens in "),
            plain("The port ")
            + tracked("del", "Ed One", run("opens", deleted=True))
            + tracked("ins", "Ed One", plain("will open"))
            + plain(" in "),
        ),
        "one.docx",
    )
    second = reviewed(
        tmp_path,
        lambda xml: swap(
            xml,
            plain("The port opens in "),
            plain("The port ")
            + tracked("del", "Ed Two", run("opens", deleted=True))
            + tracked("ins", "Ed Two", plain("reopens"))
            + plain(" in "),
        ),
        "two.docx",
    )
    article = sample()
    import_changes(article, first)
    result = import_changes(article, second)
    assert sorted((s.author, s.new, s.source) for s in article.suggestions) == [
        ("Ed One", "will open", "one.docx"),
        ("Ed Two", "reopens", "two.docx"),
    ]
    assert [(a.author, b.author) for a, b in result.conflicts] == [("Ed One", "Ed Two")]
    again = import_changes(article, second)
    assert again.added == [] and again.already_there == 1


@pytest.mark.parametrize("policy", ["accept", "reject"])
def test_policies_accept_or_reject_the_reviewers_changes(policy: str) -> None:
    article = sample()
    result = import_changes(article, FIXTURES / "review-libreoffice.docx", policy)
    assert article.suggestions == []
    if policy == "accept":
        assert len(result.accepted) == 5
        assert article.headline == "Will the port open?"
    else:
        assert len(result.rejected) == 5
        assert article.headline == sample().headline


def test_import_review_brings_comments_and_changes() -> None:
    article = sample()
    result = import_review(article, FIXTURES / "review-libreoffice.docx")
    assert len(result.changes.added) == 5
    assert result.comments.added == []


def test_import_review_reads_the_file_once_for_comments_and_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import editor.files
    from editor.model.review import add_comment
    from editor.render import docx as docx_writer
    from editor.render.build import build_document
    from editor.render.styles import HouseStyle, Include

    commented = sample()
    add_comment(commented, "headline", 9, 14, "Which river?", "Reviewer One")
    style = HouseStyle(include=Include(comments=True))
    buffer = io.BytesIO()
    docx_writer.write(build_document(commented, style), style, buffer)
    path = tmp_path / "reviewed.docx"
    path.write_bytes(buffer.getvalue())
    reads = []
    real = editor.files.read_regular

    def read_then_gone(*args: object, **kwargs: object) -> bytes:
        data = real(*args, **kwargs)  # type: ignore[arg-type]
        reads.append(path)
        path.unlink()  # the comments and the changes come from the bytes read
        return data

    monkeypatch.setattr(editor.files, "read_regular", read_then_gone)
    article = sample()
    result = import_review(article, path)
    assert reads == [path]
    assert [(c.part, c.quote, c.text) for c in result.comments.added] == [
        ("headline", "river", "Which river?")
    ]
    assert result.changes.added == []


def test_typed_words_keep_their_emphasis_and_are_escaped(tmp_path: Path) -> None:
    bold = "<w:b/><w:bCs/>"

    def edit(xml: str) -> str:
        xml = swap(
            xml,
            plain("The port opens in "),
            plain("The port opens ")
            + tracked(
                "ins",
                "Ed One",
                run("very", bold, rsid="00A1"),
                run(" soon", bold, rsid="00B2"),
                run(" 2*3 "),
            )
            + plain("in "),
        )
        # Typed inside bold words: bold like them, no marks of its own.
        return swap(
            xml,
            f'<w:r><w:rPr>{bold}</w:rPr><w:t xml:space="preserve">May</w:t></w:r>',
            f"<w:r><w:rPr>{bold}</w:rPr><w:t>May</w:t></w:r>"
            + tracked("ins", "Ed One", run(" 2027", bold)),
        )

    article = sample()
    import_changes(article, reviewed(tmp_path, edit))
    assert [(s.old, s.new) for s in article.suggestions] == [
        ("", "**very soon** 2\\*3 "),
        ("", " 2027"),
    ]
    assert (
        accepted(article)
        .sections[0]
        .body.startswith("The port opens **very soon** 2\\*3 in **May 2027**.")
    )


@pytest.mark.parametrize(
    "damage",
    [
        lambda xml: xml.replace("</w:body>", ""),  # not well-formed
        lambda xml: xml.replace("<w:body>", "<w:body>" + "<w:ins>" * 5000).replace(
            "</w:body>", "</w:ins>" * 5000 + "</w:body>"
        ),  # nested past any reason
        lambda xml: xml.replace("<w:body>", '<!DOCTYPE x [<!ENTITY a "aaaa">]><w:body>'),
    ],
)
def test_a_damaged_reviewed_docx_is_one_typed_error(tmp_path: Path, damage) -> None:
    from editor.importing.errors import DraftError

    path = reviewed(tmp_path, damage)
    article = sample()
    with pytest.raises(DraftError, match=r"reviewed\.docx: "):
        import_changes(article, path)
    assert article.suggestions == []


def test_sections_are_found_when_the_export_hid_their_labels(tmp_path: Path) -> None:
    from editor.render import docx as docx_writer
    from editor.render.build import build_document
    from editor.render.styles import HouseStyle, Include

    style = HouseStyle(include=Include(labels=False))
    buffer = io.BytesIO()
    docx_writer.write(build_document(sample(), style), style, buffer)
    xml = zipfile.ZipFile(buffer).read("word/document.xml").decode("utf-8")
    assert "SectionLabel" not in xml
    xml = swap(xml, arabic(COMMENT), arabic(COMMENT) + tracked("ins", "محرر", arabic(" تماما")))
    xml = swap(
        xml,
        plain("The quay is ready."),
        plain("The quay is ") + tracked("ins", "Ed One", plain("not ")) + plain("ready."),
    )
    path = tmp_path / "hidden.docx"
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(path, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            target.writestr(info, xml if info.filename == "word/document.xml" else data)
    article = sample()
    import_changes(article, path)
    assert found(article) == [
        ("sections/0", "", "not ", "insert", "Ed One"),
        ("sections/1", "", " تماما", "insert", "محرر"),
    ]
    accepted(article)
    assert "The quay is not ready." in article.sections[0].body
    assert article.sections[1].body == COMMENT + " تماما"


def test_an_edit_made_with_tracking_off_is_said_with_its_words_not_lost(
    tmp_path: Path,
) -> None:
    # "Tuesday" changed to "Wednesday" with Track Changes off: the import said nothing
    # (0 placed, 0 not placed) and the reviewer's edit was gone (seen on Xvfb).
    path = reviewed(
        tmp_path,
        lambda xml: swap(
            swap(
                xml,
                plain("Ships will dock at the new quay."),
                plain("Boats will dock at the new quay."),
            ),
            plain("Ships are promised by December."),
            plain("Ships are promised by November.") + tracked("ins", "Ed One", run(" At last.")),
        ),
    )
    article = sample()
    result = import_changes(article, path)
    assert [(s.part, s.new) for s in result.added] == [("standfirst", " At last.")]
    assert result.untracked == [
        Untracked("standfirst", "December", "November"),
        Untracked("sections/0", "Ships", "Boats"),
    ]
    # Not taken: the article keeps its words until someone edits them.
    assert "Ships will dock" in article.sections[0].body


def test_the_articles_own_export_differs_in_nothing() -> None:
    from editor.importing.docx_changes import read_changes

    untracked = read_changes(sample(), exported(), "sample.docx").untracked
    assert untracked == []


def test_edits_made_with_tracking_off_become_suggestions_when_asked(tmp_path: Path) -> None:
    # A reviewer's words changed and a sentence added without Track Changes could only be
    # read in the report, and the writer typed them again (a trial). Asked for, they are
    # suggestions by who last saved the file, to accept or reject as any other.
    core = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
        'metadata/core-properties" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        "<cp:lastModifiedBy>Desk Editor</cp:lastModifiedBy>"
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-12-01T10:00:00Z</dcterms:modified>'
        "</cp:coreProperties>"
    )
    path = reviewed(
        tmp_path,
        lambda xml: swap(
            swap(
                xml,
                plain("Ships will dock at the new quay."),
                plain("Boats will dock at the new, longer quay."),
            ),
            plain("Ships are promised by December."),
            plain("Ships are promised by November, the board said.")
            + tracked("ins", "Ed One", run(" At last.")),
        ),
        extra={"docProps/core.xml": core},
    )
    article = sample()
    result = import_changes(article, path, untracked=True)
    assert found(article) == [
        ("standfirst", "", " At last.", "insert", "Ed One"),
        ("standfirst", "December", "November, the board said", "replace", "Desk Editor"),
        ("sections/0", "Ships", "Boats", "replace", "Desk Editor"),
        ("sections/0", "", ", longer", "insert", "Desk Editor"),
    ]
    assert [s.new for s in result.from_untracked] == [
        "November, the board said",
        "Boats",
        ", longer",
    ]
    assert result.untracked == []  # each one placed
    assert {s.created for s in result.from_untracked} == {"2026-12-01T10:00:00Z"}
    accepted(article)
    assert article.standfirst.startswith("Ships are promised by November, the board said.")
    assert "Boats will dock at the new, longer quay." in article.sections[0].body
    # The rest of the body as it was: its emphasis, quotations and link untouched.
    assert (
        article.sections[0].body.replace(
            "Boats will dock at the new, longer quay.", "Ships will dock at the new quay."
        )
        == NEWS
    )


def test_an_untracked_edit_inside_marks_is_listed_not_placed(tmp_path: Path) -> None:
    # Words whose place holds Markdown's marks (a link, emphasis) are not guessed at: a
    # suggestion there could break the link; they stay in the report.
    path = reviewed(
        tmp_path,
        lambda xml: xml.replace(">link<", ">web page<", 1),
    )
    article = sample()
    offer = import_changes(sample(), path)  # nothing to offer: the editor asks nothing
    assert (offer.offered, offer.untracked) == ([], [Untracked("sections/0", "link", "web page")])
    result = import_changes(article, path, untracked=True)
    assert result.from_untracked == []
    assert result.untracked == [Untracked("sections/0", "link", "web page")]
    assert article.sections[0].body == NEWS


_WORDS = st.lists(
    st.sampled_from(["port", "quay", "ships", "May", "the", "board", "نعم", "2026", "Ayşe"]),
    max_size=12,
)
_GAPS = st.sampled_from([" ", ", ", ". ", " — ", "; "])


@settings(max_examples=200, deadline=None)
@given(_WORDS, _WORDS, st.data())
def test_the_places_of_untracked_differences_give_the_files_words(
    ours: list[str], theirs: list[str], data: st.DataObject
) -> None:
    from editor.importing.docx_changes import untracked_places
    from editor.text.counts import LETTERS_AND_DIGITS

    def text(words: list[str]) -> str:
        return "".join(word + data.draw(_GAPS) for word in words).strip()

    shown, seen = text(ours), text(theirs)
    result = shown
    for start, end, new in reversed(untracked_places(shown, seen)):
        result = result[:start] + new + result[end:]
    assert LETTERS_AND_DIGITS.findall(result) == LETTERS_AND_DIGITS.findall(seen)


def test_suggestions_accepted_in_the_file_are_known_as_such(tmp_path: Path) -> None:
    # The reviewer accepted the exported suggestions in LibreOffice (Accept All) and sent
    # the file back: they came back as edits made with Track Changes off, offered as new
    # suggestions, and the article's own stayed open (a trial).
    from editor.text.suggestions import suggest

    article = sample()
    start = article.sections[0].body.index("Ships will dock")
    suggest(article, "sections/0", start, start + 5, "Boats", "Ed One", at="2026-12-01T10:00:00")
    (open_one,) = article.suggestions
    path = reviewed(
        tmp_path,
        lambda xml: swap(
            xml,
            plain("Ships will dock at the new quay."),
            plain("Boats will dock at the new quay."),
        ),
    )
    result = import_changes(article, path, untracked=True)
    assert result.accepted_in_file == [open_one]
    assert (result.added, result.untracked) == ([], [])
    assert article.suggestions == [open_one]  # open until accepted here
    # With the reviewer's changes accepted, it is accepted too.
    article = sample()
    suggest(article, "sections/0", start, start + 5, "Boats", "Ed One", at="2026-12-01T10:00:00")
    result = import_changes(article, path, policy="accept")
    assert [s.new for s in result.accepted] == ["Boats"]
    assert "Boats will dock at the new quay." in article.sections[0].body
    assert article.suggestions == []


def test_a_change_read_back_a_space_away_is_not_doubled() -> None:
    # The export writes a deletion with the space before it: read back, " долго" stood
    # beside the article's own "долго", two suggestions of one change (a trial).
    from editor.importing.docx_changes import ChangeImport, attach_changes
    from editor.model import Suggestion, SuggestionKind

    article = sample()
    known = Suggestion(
        id="a", part="sections/1", start=10, end=15, old="долго", new="",
        kind=SuggestionKind.DELETE, author="Ed One",
    )  # fmt: skip
    article.suggestions = [known]
    again = Suggestion(
        id="b", part="sections/1", start=9, end=15, old=" долго", new="",
        kind=SuggestionKind.DELETE, author="Ed One",
    )  # fmt: skip
    elsewhere = Suggestion(
        id="c", part="sections/1", start=30, end=36, old=" долго", new="",
        kind=SuggestionKind.DELETE, author="Ed One",
    )  # fmt: skip
    result = ChangeImport()
    attach_changes(article, [again, elsewhere], result)
    assert result.already_there == 1
    assert [s.id for s in article.suggestions] == ["a", "c"]
