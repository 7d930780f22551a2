"""Exports of language editions: each in its language's direction, labels and credit, every
word there, valid exchange formats carrying the translation link, HTML editions linking
to each other, translated quotations marked as translations."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import unquote

import html5lib
from lxml import etree
from render_samples import (
    comparable,
    docx_text,
    expected_words,
    first_missing,
    html_text,
    is_subsequence,
    markdown_text,
)
from test_exchange_formats import NAR, newsml_schema, ninjs_validator

from editor.cli import main
from editor.importing.draft import import_draft
from editor.model import Article
from editor.resources import resource_path
from editor.storage import container
from editor.text.editions import confirm, edition, edition_view, new_edition, set_translation

QUOTE = re.compile(r"\[\[quote:(\w+)\]\]")
ARABIC_QUOTE = "القوارب جاهزة والطواقم مدربة"
FORMATS = "html,md,docx,ninjs,newsml"


def _translated(source: Article, language: str, word: str) -> Article:
    """An edition of the source with every paragraph written (quotation tokens kept)."""
    made = new_edition(source, language, prefill=False, author="Translator One")
    for number, link in enumerate(made.source_links):
        if link.part.startswith("quotations/"):
            if link.part == "quotations/q2":
                set_translation(made, link, ARABIC_QUOTE if language == "ar" else "Лодки готовы")
            continue
        text = f"{word} {number}"
        original = _source_text(source, link.sources[0])
        tokens = " ".join(f"[[quote:{found}]]" for found in QUOTE.findall(original))
        if tokens and original.strip() == tokens:
            text = tokens  # a quotation on its own: the same token, as in the source
        elif tokens:
            text = f"{text} {tokens} {word}"
        set_translation(made, link, text)
    confirm(source, made, author="Translator One")
    return made


def _source_text(source: Article, paragraph: str) -> str:
    from editor.text.editions import source_paragraphs

    return source_paragraphs(source)[paragraph]


def _story(folder: Path) -> Path:
    source = import_draft(resource_path("samples") / "ferry-line-en.txt").article
    _translated(source, "ar", "فقرة")
    _translated(source, "ru", "абзац")
    path = folder / "ferry.newsdesk"
    container.save(source, path)
    return path


def _head_links(data: bytes) -> dict[str, str]:
    root = html5lib.parse(data, treebuilder="etree", namespaceHTMLElements=False)
    return {
        link.get("hreflang"): unquote(link.get("href"))
        for link in root.iter("link")
        if link.get("rel") == "alternate"
    }


def test_export_all_writes_every_edition_linked_and_valid(tmp_path: Path, capsys) -> None:
    path = _story(tmp_path)
    out = tmp_path / "out"
    code = main(["export", str(path), "--format", FORMATS, "--edition", "all", "--out", str(out)])
    assert code == 0, capsys.readouterr().err
    written = sorted(p.name for p in out.iterdir())
    assert len(written) == 3 * 5, written  # three versions, five formats, no name twice
    html = {p.name.split(".")[-2]: p for p in out.glob("*.html")}
    assert set(html) == {"en", "ar", "ru"}
    story = container.load(path)
    for language, page in html.items():
        data = page.read_bytes()
        # Every version links to every version, by its file name beside it.
        assert _head_links(data) == {lang: other.name for lang, other in html.items()}
        root = html5lib.parse(data, treebuilder="etree", namespaceHTMLElements=False)
        assert root.get("lang") == language
        assert root.get("dir") == ("rtl" if language == "ar" else "ltr")
        # Every word of the version, in order (the existing export check, per edition).
        version = story if language == "en" else edition_view(story, edition(story, language))
        expected = expected_words(version)
        found = comparable(html_text(data))
        assert is_subsequence(expected, found), first_missing(expected, found)
        for ext, extract in (("md", markdown_text), ("docx", docx_text)):
            other = page.with_name(page.name.removesuffix(".html") + f".{ext}")
            found = comparable(extract(other.read_bytes()))
            assert is_subsequence(expected, found), f"{ext}: {first_missing(expected, found)}"
    arabic = html["ar"].read_text(encoding="utf-8")
    # The language's labels and credit line, not the source's.
    assert "الخبر:" in arabic and "التعليق:" in arabic and "News:" not in arabic
    assert "بقلم" in arabic and "Written for" not in arabic
    # The translated quotation is marked as one, in the edition's language.
    shown = html_text(html["ar"].read_bytes())
    assert ARABIC_QUOTE in shown and "(مترجم)" in shown
    # An untranslated quotation stays in its original words, unmarked.
    assert "a clear answer to ten years of complaints" in arabic
    assert "(translated)" not in html["en"].read_text(encoding="utf-8")


def test_exchange_formats_of_editions_validate_and_carry_the_translation_link(
    tmp_path: Path,
) -> None:
    path = _story(tmp_path)
    out = tmp_path / "out"
    args = ["export", str(path), "--format", "ninjs,newsml", "--edition", "all"]
    assert main([*args, "--out", str(out)]) == 0
    assert main([*args, "--ninjs-version", "3.1", "--out", str(tmp_path / "v31")]) == 0
    story = container.load(path)
    source_uri = f"urn:newsdesk:article:{story.id}"
    uris = set()
    for version, folder in (("2.2", out), ("3.1", tmp_path / "v31")):
        for item_path in folder.glob("*.ninjs.json"):
            item = json.loads(item_path.read_text(encoding="utf-8"))
            errors = sorted(ninjs_validator(version).iter_errors(item), key=str)
            assert not errors, f"{item_path.name} ninjs {version}: {errors[0]}"
            uris.add(item["uri"])
            links = {entry["name"]: entry for entry in item.get("associations", [])}
            if item["language"] == "en":
                assert set(links) == {"translation-ar", "translation-ru"}
            else:
                assert set(links) == {"translation-source"}
                assert links["translation-source"]["uri"] == source_uri
                if version == "3.1":
                    assert links["translation-source"]["rel"] == "translationOf"
    assert uris == {source_uri, f"{source_uri}:ar", f"{source_uri}:ru"}
    for item_path in out.glob("*.newsml.xml"):
        data = item_path.read_bytes()
        newsml_schema().validate(data.decode("utf-8"))
        item = etree.fromstring(data)
        links = item.findall(f"{NAR}itemMeta/{NAR}link")
        if item_path.name.endswith(".en.newsml.xml"):
            assert {link.get("rel") for link in links} == {"irel:seeAlso"}
            assert len(links) == 2
        else:
            (link,) = links
            assert link.get("rel") == "irel:translatedFrom"
            assert link.get("residref") == source_uri


def test_one_edition_alone_is_named_by_its_language_and_a_missing_one_is_named(
    tmp_path: Path, capsys
) -> None:
    path = _story(tmp_path)
    out = tmp_path / "out"
    assert (
        main(["export", str(path), "--format", "html", "--edition", "ar", "--out", str(out)]) == 0
    )
    (page,) = out.iterdir()
    assert page.name.endswith(".ar.html")
    assert 'dir="rtl"' in page.read_text(encoding="utf-8")
    capsys.readouterr()
    code = main(["export", str(path), "--format", "html", "--edition", "tr", "--out", str(out)])
    assert code == 1
    err = capsys.readouterr().err
    assert str(path) in err and "no 'tr' edition" in err
    # Without --edition: the source alone, named by its language too (it has editions).
    plain = tmp_path / "plain"
    assert main(["export", str(path), "--format", "html", "--out", str(plain)]) == 0
    (page,) = plain.iterdir()
    assert page.name.endswith(".en.html")
    assert 'lang="en"' in page.read_text(encoding="utf-8")
    assert "hreflang" not in page.read_text(encoding="utf-8")


def test_an_edition_exported_alone_never_takes_the_sources_file(tmp_path: Path) -> None:
    # A prefilled edition has the source's headline, so the same slug: exported one after
    # the other into one folder, the second export replaced the first (a trial found the
    # Arabic original gone, no word said).
    source = import_draft(resource_path("samples") / "water-plan-ar.txt").article
    new_edition(source, "en", prefill=True, author="Translator One")
    path = tmp_path / "water.newsdesk"
    container.save(source, path)
    out = tmp_path / "same"
    assert main(["export", str(path), "--format", "html,md", "--out", str(out)]) == 0
    # Forced: the prefilled edition is not translated yet (tested below).
    assert main(["export", str(path), "--edition", "en", "--format", "html,md",
                 "--out", str(out), "--force"]) == 0  # fmt: skip
    names = sorted(p.name for p in out.iterdir())
    assert [name.rsplit(".", 2)[1:] for name in names] == [
        ["ar", "html"], ["ar", "md"], ["en", "html"], ["en", "md"]
    ]  # fmt: skip
    pages = {name.rsplit(".", 2)[1]: (out / name).read_text("utf-8") for name in names[::2]}
    assert 'lang="ar"' in pages["ar"] and 'lang="en"' in pages["en"]


def test_an_edition_not_translated_yet_is_not_exported_without_force(
    tmp_path: Path, capsys
) -> None:
    # A prefilled edition holds the source's words: exported, the English text went out
    # under Arabic labels, marks and language (found in a trial).
    source = import_draft(resource_path("samples") / "ferry-line-en.txt").article
    new_edition(source, "ar", prefill=True, author="Translator One")
    path = tmp_path / "ferry.newsdesk"
    container.save(source, path)
    out = tmp_path / "out"
    code = main(["export", str(path), "--edition", "all", "--format", "html", "--out", str(out)])
    err = capsys.readouterr().err
    assert code != 0
    assert "[ar] the edition has" in err and "not translated yet" in err
    assert "--force" in err
    assert not out.exists() or not list(out.iterdir())
    # Forced, it goes out; translated, it goes out without force.
    assert main(["export", str(path), "--edition", "ar", "--format", "html", "--out",
                 str(out), "--force"]) == 0  # fmt: skip
    assert [file.suffix for file in out.iterdir()] == [".html"]


def test_a_house_style_without_the_edition_gate_exports_it(tmp_path: Path) -> None:
    source = import_draft(resource_path("samples") / "ferry-line-en.txt").article
    new_edition(source, "ar", prefill=True, author="Translator One")
    path = tmp_path / "ferry.newsdesk"
    container.save(source, path)
    style = tmp_path / "loose.json"
    style.write_text(json.dumps({"name": "loose", "review": {"edition_gate": False}}))
    out = tmp_path / "out"
    args = ["export", str(path), "--edition", "ar", "--format", "html", "--out", str(out)]
    assert main([*args, "--style", str(style)]) == 0
    assert len(list(out.iterdir())) == 1


def test_a_translated_edition_exports_without_force(tmp_path: Path) -> None:
    path = _story(tmp_path)
    out = tmp_path / "out"
    assert (
        main(["export", str(path), "--edition", "ar", "--format", "html", "--out", str(out)]) == 0
    )
