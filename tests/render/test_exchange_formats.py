"""The exchange formats: ninjs 2.2 and 3.1, NewsML-G2 2.35 and WordPress WXR 1.2.

Validated against the published schemas, vendored in tests/render/standards with their
licences (a fresh clone has no ../shared). ``jsonschema`` and ``xmlschema`` are test
extras only: the program writes these formats with the standard library and lxml, and
only the tests need a validator.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import xmlschema
from lxml import etree
from sample_files import own_drafts, write_hostile_draft
from test_xss import PAYLOADS

from editor.importing import import_draft
from editor.model import Article, Correction, CorrectionKind, Section
from editor.render.build import build_document
from editor.render.formats import FORMATS, render_bytes
from editor.render.newsml import XHTML
from editor.render.styles import load_style
from editor.render.tree import plain_text
from editor.storage.container import save

STANDARDS = Path(__file__).resolve().parent / "standards"
NAR = "{http://iptc.org/std/nar/2006-10-01/}"
WP = "http://wordpress.org/export/1.2/"
CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
EXCERPT = "{http://wordpress.org/export/1.2/excerpt/}encoded"
EMBARGO = "2099-06-01T08:00:00+02:00"


@cache
def ninjs_validator(version: str) -> jsonschema.Draft202012Validator:
    """The ninjs schema, checking its date-time and uri formats too."""
    schema = json.loads((STANDARDS / "ninjs" / f"ninjs-schema_{version}.json").read_text())
    # jsonschema checks these formats only with optional packages; the rules the schema
    # means, written out: a date-time names its zone, a URI has a scheme.
    checker = jsonschema.FormatChecker()

    @checker.checks("date-time")
    def _date_time(value: object) -> bool:
        if not isinstance(value, str) or "T" not in value:
            return False
        try:
            return datetime.fromisoformat(value).tzinfo is not None
        except ValueError:
            return False

    @checker.checks("uri")
    def _uri(value: object) -> bool:
        return isinstance(value, str) and re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]*:\S+", value)

    return jsonschema.Draft202012Validator(schema, format_checker=checker)


@cache
def newsml_schema() -> xmlschema.XMLSchema:
    """The NewsML-G2 2.35 Power schema (with xml.xsd beside it)."""
    return xmlschema.XMLSchema(str(STANDARDS / "newsml-g2" / "NewsML-G2_2.35-spec-All-Power.xsd"))


def _desk(article: Article) -> Article:
    """The article with every desk field set, as an office's desk fills them in."""
    meta = article.meta
    meta.slugline = "DESK-STORY"
    meta.urgency = 3
    meta.embargo = EMBARGO
    meta.editor_note = "EDITOR-NOTE-never-exported"
    meta.subjects = ["medtop:20000763", "public transport"]
    meta.sign_off = "ab/cd"
    meta.copyright_holder = "An Invented Office"
    meta.usage_terms = "No resale; credit the office."
    meta.status = "approved"
    meta.created = meta.created or "2026-05-01T09:00:00+00:00"
    article.byline.place = article.byline.place or "Marren"
    article.corrections = [
        Correction("2026-05-03", CorrectionKind.CORRECTION, "The line opens in April."),
        Correction("2026-05-04", CorrectionKind.CLARIFICATION, "Fares are per trip."),
    ]
    return article


def _samples() -> list[Any]:
    return [pytest.param(path, id=path.stem) for path in own_drafts()]


def _valid(article: Article) -> dict[str, Any]:
    """Export the article to ninjs 2.2, 3.1 and NewsML-G2; each valid; return the outputs."""
    style = load_style()
    document = build_document(article, style)
    found: dict[str, Any] = {}
    for version in ("2.2", "3.1"):
        item = json.loads(render_bytes(document, style, "ninjs", ninjs_version=version))
        errors = sorted(ninjs_validator(version).iter_errors(item), key=str)
        assert not errors, f"ninjs {version}: {errors[0]}"
        found[version] = item
    data = render_bytes(document, style, "newsml")
    newsml_schema().validate(data.decode("utf-8"))
    found["newsml"] = etree.fromstring(data)
    return found


@pytest.mark.parametrize("path", _samples())
def test_every_sample_exports_to_valid_ninjs_and_newsml(path: Path) -> None:
    plain = import_draft(path).article
    _valid(plain)
    found = _valid(_desk(import_draft(path).article))
    # The desk's fields where each standard has them.
    old, new, item = found["2.2"], found["3.1"], found["newsml"]
    assert old["embargoed"] == new["embargoedUntil"] == EMBARGO
    assert old["urgency"] == new["urgency"] == 3
    assert old["slugline"] == new["slugline"] == "DESK-STORY"
    assert old["pubstatus"] == new["pubStatus"] == "usable"
    assert old["version"] == "3"  # two corrections: the third version
    assert old["uri"].startswith("urn:newsdesk:article:")
    assert [d["role"] for d in old["descriptions"]][-2:] == ["correction", "clarification"]
    assert {
        "uri": "http://cv.iptc.org/newscodes/mediatopic/20000763",
        "literal": "medtop:20000763",
    } in old["subjects"]
    assert item.findtext(f"{NAR}itemMeta/{NAR}embargoed") == EMBARGO
    assert item.find(f"{NAR}itemMeta/{NAR}pubStatus").get("qcode") == "stat:usable"
    assert item.find(f"{NAR}itemMeta/{NAR}signal").get("qcode") == "sig:correction"
    assert item.findtext(f"{NAR}contentMeta/{NAR}urgency") == "3"
    assert item.findtext(f"{NAR}contentMeta/{NAR}slugline") == "DESK-STORY"
    assert item.findtext(f"{NAR}contentMeta/{NAR}dateline").startswith("Marren")
    assert item.find(f"{NAR}contentMeta/{NAR}genre").get("qcode") == "genre:Current"
    body = "".join(item.find(f"{NAR}contentSet/{NAR}inlineXML").itertext())
    assert "The line opens in April." in body  # the corrections log under the body
    # The log as the page prints it: its heading, then each entry, in XHTML's elements.
    document = build_document(_desk(import_draft(path).article), load_style())
    assert document.corrections is not None
    (log,) = item.iterfind(f".//{{{XHTML}}}div[@class='corrections section']")
    assert [line.tag for line in log] == [f"{{{XHTML}}}h2"] + [f"{{{XHTML}}}p"] * 2
    assert ["".join(line.itertext()) for line in log] == [
        plain_text(document.corrections.heading.children),
        *(plain_text(entry.children) for entry in document.corrections.entries),
    ]


def test_a_hostile_article_still_validates(tmp_path: Path) -> None:
    article = _desk(import_draft(write_hostile_draft(tmp_path)).article)
    payloads = "\n\n".join(PAYLOADS)
    control = "bell \x07 escape \x1b mark \u200f\u202e end"
    article.headline = f"{PAYLOADS[0]} {control}"
    article.standfirst = payloads
    article.byline.author = article.byline.office = article.byline.place = PAYLOADS[2]
    article.meta.slugline = article.meta.sign_off = f"{PAYLOADS[19]}{control}"
    article.meta.subjects = [*PAYLOADS[:5], "medtop:x<y"]
    article.meta.tags = PAYLOADS[5:10]
    article.meta.copyright_holder = article.meta.usage_terms = PAYLOADS[6]
    article.sections.append(Section("custom", PAYLOADS[3], payloads, genre=PAYLOADS[1]))
    article.corrections.append(Correction(PAYLOADS[4], CorrectionKind.RETRACTION, payloads))
    found = _valid(article)
    assert found["2.2"]["pubstatus"] == "canceled"  # the log holds a retraction
    body = found["2.2"]["bodies"][0]["value"]
    assert "<script" not in body and "onerror=" not in body.replace("onerror=alert", "")
    # What XML cannot hold is reported, part by part, never dropped in silence.
    document = build_document(article, load_style())
    reported = {(c.part, c.message.split(" ")[0]) for c in document.cleanings}
    assert {("headline", "U+0007"), ("slugline", "U+001B")} <= reported


def test_the_editors_note_is_in_no_export(tmp_path: Path) -> None:
    article = _desk(import_draft(own_drafts()[0]).article)
    style = load_style()
    document = build_document(article, style)
    for fmt in FORMATS:
        data = render_bytes(document, style, fmt)
        parts = [data]
        if fmt == "docx":
            with zipfile.ZipFile(io.BytesIO(data)) as package:
                parts = [package.read(name) for name in package.namelist()]
        for part in parts:
            assert b"EDITOR-NOTE" not in part, fmt
            if fmt == "pdf":
                assert b"EDITOR" not in part
    path = tmp_path / "a.newsdesk"
    save(article, path)
    from editor.jobs.export import export_articles

    (tmp_path / "out").mkdir()
    steps = list(export_articles([path], ["wxr"], tmp_path / "out", style))
    assert all(step.ok for step in steps), [step.failure for step in steps]
    assert b"EDITOR-NOTE" not in (tmp_path / "out" / steps[0].output.name).read_bytes()


@pytest.mark.parametrize(
    ("created", "expected", "page"),
    [
        ("2026-05-01T09:00:00+00:00", "2026-05-01T09:00:00+00:00", None),
        ("2026-05-01T09:00:00.250", "2026-05-01T09:00:00+00:00", None),  # no zone: UTC
        ("2026-05-01 11:30+0200", "2026-05-01T11:30:00+02:00", None),
        ("2026-05-01T11:30+05", "2026-05-01T11:30:00+05:00", None),  # hours alone
        # A date alone is no version's time; schema.org's dateCreated takes a date.
        ("2026-05-01", "", "2026-05-01"),
        ("last Friday", "", None),
    ],
)
def test_ninjs_newsml_and_the_page_give_one_creation_time(
    created: str, expected: str, page: str | None
) -> None:
    from editor.render.structured import structured_data

    article = _desk(import_draft(own_drafts()[0]).article)
    article.meta.created = created
    article.meta.modified = ""
    found = _valid(article)
    assert found["2.2"].get("firstcreated", "") == expected
    assert found["3.1"].get("firstCreated", "") == expected
    assert found["newsml"].findtext(f"{NAR}itemMeta/{NAR}firstCreated", "") == expected
    assert found["newsml"].findtext(f"{NAR}contentMeta/{NAR}contentCreated", "") == expected
    data = structured_data(build_document(article, load_style()))
    assert data.get("dateCreated", "") == (expected if page is None else page)


def _wxr_articles() -> list[Article]:
    articles = [_desk(import_draft(path).article) for path in own_drafts()[:3]]
    articles[0].meta.status = "draft"
    articles[0].meta.embargo = ""
    articles[1].meta.status = "published"
    articles[1].meta.embargo = ""
    articles[2].meta.status = "approved"  # and under an embargo still to come: future
    articles[0].meta.tags = ["ferries", "transport"]
    return articles


def test_a_wxr_export_of_three_articles_is_one_rss_file_wordpress_imports(
    tmp_path: Path,
) -> None:
    from editor.jobs.export import BATCH_NAME, export_articles

    articles = _wxr_articles()
    articles[0].assets["map.png"] = _png()
    articles[0].sections[0].body += "\n\n![The new route](assets/map.png)"
    paths = []
    for index, article in enumerate(articles):
        paths.append(tmp_path / f"{index}.newsdesk")
        save(article, paths[-1])
    out = tmp_path / "out"
    out.mkdir()
    steps = list(export_articles(paths, ["wxr", "html"], out, load_style()))
    assert all(step.ok for step in steps), [step.failure for step in steps]
    # One WordPress file for the three, beside the other formats' one file per article.
    assert sorted(p.name for p in out.glob("*.wxr.xml")) == [BATCH_NAME]
    root = etree.parse(str(out / BATCH_NAME)).getroot()
    assert root.tag == "rss" and root.get("version") == "2.0"
    assert root.nsmap["wp"] == WP
    assert root.findtext(f"channel/{{{WP}}}wxr_version") == "1.2"
    items = root.findall("channel/item")
    assert len(items) == 3
    for item, article in zip(items, articles, strict=True):
        assert item.findtext("title") == article.headline
        content = item.findtext(CONTENT)
        first = build_document(article, load_style()).sections[0].blocks[0]
        # The body as HTML, in a div that says its language and direction.
        direction = "rtl" if article.language in ("ar", "ur") else "ltr"
        assert content.startswith(f'<div lang="{article.language}" dir="{direction}">\n')
        assert content.removeprefix(content.partition("\n")[0] + "\n").startswith(
            '<section class="news">'
        )
        assert plain_text(first.children) in etree.HTML(content).xpath("string()")
        assert item.findtext(EXCERPT) == " ".join(article.standfirst.split())
        assert "The line opens in April." in content  # the corrections log under it
        # The credit line, then the corrections log, as the article's page prints them.
        document = build_document(article, load_style())
        page = etree.HTML(content)
        assert document.credit is not None and document.corrections is not None
        (credit,) = page.xpath('//p[@class="credit"]')
        lines = plain_text(document.credit.children).split("\n")  # each line break a <br>
        assert credit.xpath("string()") == "".join(lines)
        assert len(credit.findall("br")) == len(lines) - 1
        (log,) = page.xpath('//section[@class="corrections"]')
        assert [line.xpath("string()") for line in log] == [
            plain_text(document.corrections.heading.children),
            *(plain_text(entry.children) for entry in document.corrections.entries),
        ]
        tags = [c.text for c in item.findall("category") if c.get("domain") == "post_tag"]
        assert tags == article.meta.tags
        genres = [c.text for c in item.findall("category") if c.get("domain") == "category"]
        assert genres == ["Current", "Opinion"]
    # Three languages in the batch: the channel claims none of them.
    assert len({article.language for article in articles}) == 3
    assert root.find("channel/language") is None
    statuses = [item.findtext(f"{{{WP}}}status") for item in items]
    assert statuses == ["draft", "publish", "future"]
    # The embargo is the date WordPress publishes the future post on.
    assert items[2].findtext(f"{{{WP}}}post_date_gmt") == "2099-06-01 06:00:00"
    # The image beside the file, and the post pointing at it relatively.
    image = f"assets/{articles[0].id}/map.png"
    assert (out / image).read_bytes() == articles[0].assets["map.png"]
    assert f'src="{image}"' in items[0].findtext(CONTENT)
    authors = {a.findtext(f"{{{WP}}}author_login") for a in root.iter(f"{{{WP}}}author")}
    creators = {item.findtext("{http://purl.org/dc/elements/1.1/}creator") for item in items}
    assert creators == authors and all(login.isascii() for login in authors)


def test_the_opening_line_opens_the_body_of_every_exchange_format() -> None:
    # None of ninjs, NewsML-G2 and WordPress has a field for it: it was in none of them.
    path = next(path for path in own_drafts() if path.name.startswith("water-plan-ar"))
    article = _desk(import_draft(path).article)
    opening = article.opening.text.strip()
    assert opening
    found = _valid(article)
    for version in ("2.2", "3.1"):
        (body,) = (one["value"] for one in found[version]["bodies"] if one["role"] == "main")
        # In a div that says the language and direction: the receiver's page set the
        # Arabic body left to right (found in a trial).
        assert body.startswith('<div lang="ar" dir="rtl">\n<p class="opening"'), body[:80]
        assert opening in etree.HTML(body).xpath("string()")
    xhtml = "".join(found["newsml"].itertext())
    assert opening in xhtml
    assert xhtml.index(opening) < xhtml.index(plain_text(
        build_document(article, load_style()).sections[0].blocks[0].children
    )[:20])  # fmt: skip
    style = load_style()
    wxr = etree.fromstring(render_bytes(build_document(article, style), style, "wxr"))
    content = wxr.findtext(f"channel/item/{CONTENT}")
    assert content.startswith('<div lang="ar" dir="rtl">\n<p class="opening"')
    assert opening in etree.HTML(content).xpath("string()")
    assert wxr.findtext("channel/language") == "ar"


def test_a_single_article_wxr_is_named_after_it(tmp_path: Path) -> None:
    from editor.jobs.export import existing_outputs, export_articles

    path = tmp_path / "one.newsdesk"
    save(_wxr_articles()[0], path)
    style = load_style()
    (step,) = export_articles([path], ["wxr"], tmp_path, style)
    assert step.output.name.endswith(".wxr.xml") and "wordpress" not in step.output.name
    assert existing_outputs([path], ["wxr"], tmp_path, style) == [step.output]


def test_the_command_line_writes_ninjs_3_1_and_counts_files(tmp_path: Path, capsys) -> None:
    from editor.cli import main

    paths = []
    for index, article in enumerate(_wxr_articles()):
        paths.append(tmp_path / f"{index}.newsdesk")
        save(article, paths[-1])
    out = tmp_path / "out"
    code = main(
        ["export", *map(str, paths), "--format", "ninjs,wxr", "--ninjs-version", "3.1",
         "--out", str(out)]
    )  # fmt: skip
    assert code == 0
    assert "exported 4 file(s) from 3 of 3 article(s)" in capsys.readouterr().out
    for name in out.glob("*.ninjs.json"):
        item = json.loads(name.read_text(encoding="utf-8"))
        assert item["standard"]["version"] == "3.1" and "pubStatus" in item


def _png() -> bytes:
    from pictures import png

    return png(4, 3)


def test_wxr_time_rule_uses_the_embargo_only_while_it_is_ahead() -> None:
    from editor.render.wxr import post_status

    article = _wxr_articles()[2]
    document = build_document(article, load_style())
    assert post_status(document, datetime(2099, 6, 1, 5, 59, tzinfo=UTC)) == "future"
    assert post_status(document, datetime(2099, 6, 1, 6, 1, tzinfo=UTC)) == "pending"


def test_each_status_move_sends_a_new_version() -> None:
    # A trial: a draft sent (withheld), then sent again once published, was version 1
    # both times, and a receiver keeping the higher version kept the draft.
    from editor.model import Status
    from editor.model.review import change_status

    style = load_style()
    article = Article(headline="Ferry line", sections=[Section("news", "", "The ferry runs.")])

    def versions() -> tuple[str, str, str]:
        document = build_document(article, style)
        old = json.loads(render_bytes(document, style, "ninjs", ninjs_version="2.2"))
        new = json.loads(render_bytes(document, style, "ninjs", ninjs_version="3.1"))
        item = etree.fromstring(render_bytes(document, style, "newsml"))
        return old["version"], new["version"], item.get("version")

    assert versions() == ("1", "1", "1")
    for status in (Status.IN_REVIEW, Status.APPROVED, Status.PUBLISHED):
        change_status(article, status, "Chief Editor")
    assert versions() == ("4", "4", "4")
    article.corrections.append(Correction("2026-05-03", CorrectionKind.CORRECTION, "40 m."))
    assert versions() == ("5", "5", "5")


def test_the_command_line_numbers_the_version_by_the_saved_status_moves(tmp_path: Path) -> None:
    # The exchange formats were exported without the status history (not loaded for
    # them): "version" stayed 1 after every `newsdesk status` (found in a trial).
    from editor.cli import main

    path = tmp_path / "ferry.newsdesk"
    save(Article(headline="Ferry line", sections=[Section("news", "", "It runs.")]), path)
    assert main(["status", str(path), "in_review"]) == 0
    assert main(["status", str(path), "approved"]) == 0
    out = tmp_path / "out"
    assert main(["export", str(path), "--format", "ninjs,newsml", "--out", str(out)]) == 0
    (item,) = out.glob("*.ninjs.json")
    assert json.loads(item.read_text("utf-8"))["version"] == "3"
    (xml,) = out.glob("*.xml")
    assert etree.parse(str(xml)).getroot().get("version") == "3"
