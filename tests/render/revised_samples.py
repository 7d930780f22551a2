"""The shared samples (English, Arabic, Russian) with two revisions: what changed, by whom."""

from __future__ import annotations

import copy
import io
import zipfile

from lxml import etree
from render_samples import bridge_ru, river_port_en, university_ar

from editor.model import Article
from editor.model.review import make_revision

WRITER = "Writer One"
EDITOR = "Editor Two"
FIRST_AT = "2026-10-14T09:00:00+00:00"
SECOND_AT = "2026-10-15T10:00:00+00:00"
SECOND_STAMP = "2026-10-15T10:00:00Z"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}


def _revise(article: Article, edit: dict[str, list[tuple[str, str]]], headline: str) -> Article:
    make_revision(article, WRITER, "First draft", at=FIRST_AT)
    for index, section in enumerate(article.sections):
        for old, new in edit.get(f"sections/{index}", []):
            assert old in section.body, old
            section.body = section.body.replace(old, new, 1)
    if headline:
        article.headline = headline
    make_revision(article, EDITOR, "Edited", at=SECOND_AT)
    return article


# Per language: the article with its edits, and (deleted, inserted) words that must show.
def revised_en() -> Article:
    """English: a word replaced, a list item removed, emphasis changed, a paragraph added."""
    return _revise(
        river_port_en(),
        {
            "sections/0": [("met on Tuesday", "met on Wednesday"), ("- one barge waiting\n", "")],
            "sections/1": [
                ("a *firm* date", "a **firm** date"),
                ("3. report weekly", "3. report weekly\n\nThe towns have waited long enough."),
            ],
        },
        "Will the river port reopen soon?",
    )


def revised_ar() -> Article:
    """Arabic: a number word replaced, a sentence added, a paragraph added."""
    return _revise(
        university_ar(),
        {
            "sections/0": [("لسبع جامعات", "لثماني جامعات")],
            "sections/1": [
                ("بسبب نقص المقاعد.", "بسبب نقص المقاعد وقلة الأساتذة."),
                ("يملك المال؟", "يملك المال؟\n\nالقرار ينتظر موافقة البرلمان."),
            ],
        },
        "",
    )


def revised_ru() -> Article:
    """Russian: a number replaced, a paragraph removed, words added."""
    return _revise(
        bridge_ru(),
        {
            "sections/0": [("заняло шесть лет", "заняло семь лет")],
            "sections/1": [
                ("сокращает путь.", "заметно сокращает путь."),
                (
                    "\n\nСтанет ли мост дорогой к росту или к новым налогам — покажут "
                    "ближайшие годы.",
                    "",
                ),
            ],
        },
        "",
    )


REVISED = {"en": revised_en, "ar": revised_ar, "ru": revised_ru}
# Words each compare must show as deleted and as inserted, by the editor.
EXPECTED = {
    "en": (["Tuesday", "one barge waiting"], ["Wednesday", "The towns have waited long enough."]),
    "ar": (["لسبع"], ["لثماني", "وقلة الأساتذة", "القرار ينتظر موافقة البرلمان."]),
    "ru": (["шесть", "Станет ли мост"], ["семь", "заметно"]),
}


def older(article: Article) -> Article:
    """Return the text of the article's first revision."""
    snapshot = article.revisions[0].snapshot
    assert snapshot is not None
    return copy.deepcopy(snapshot)


def document_xml(data: bytes) -> etree._Element:
    """Return word/document.xml of a DOCX, parsed."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return etree.fromstring(package.read("word/document.xml"))


def change_text(element: etree._Element) -> str:
    """Return the words inside a w:ins (w:t) or a w:del (w:delText)."""
    return "".join(element.xpath(".//w:t/text() | .//w:delText/text()", namespaces=NS))
