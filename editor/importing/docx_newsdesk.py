"""A DOCX that Newsdesk exported → the article it was exported from, with Word's edits.

Newsdesk writes each part in a named paragraph style (Opening Line, Title, Standfirst,
Section Label, Body Text, Quote, Quote Attribution, Credit Line, Metadata…) and adds the
article's record (editor/render/docx_record.py). The document's text is the authority: a
part whose text and emphasis are what was written takes the article's own value (a
section's Markdown exactly as it was, a quotation's speaker, role and date); a part edited
in Word takes the document's text, its body rebuilt as Markdown from the paragraphs
(emphasis, links, lists, headings, code blocks, block quotations) with each quotation of
the bank put back as its ``[[quote:ID]]`` token. Only the names of styles are relied on,
never their look. Without a record (it was removed, or an older export) the parts are
still mapped by their styles, and quotations get new ids.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from dataclasses import dataclass, field
from typing import Any

from editor.importing.blocks import escape_inline, escape_markdown
from editor.importing.docx_markdown import (
    Level,
    is_rule,
    list_numbering,
    paragraph_markdown,
    paragraph_pieces,
    pipe_table,
    table_cell,
)
from editor.importing.docx_text import WordParagraph
from editor.importing.lexicon import Lexicon
from editor.importing.result import (
    Explanation,
    ImportResult,
    QuotationNote,
    SectionNote,
    SetAside,
    first_words,
)
from editor.model import Article, Quotation, Section, quote_token
from editor.model.record import article_from_record, signature_digest
from editor.model.tokens import QUOTE_TOKEN
from editor.text.dates import read_printed_date
from editor.text.languages import language_or_default

RECORD_NAMESPACE = "urn:newsdesk:docx-record"
CUSTOM_XML_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml"
# Style names (folded: lower case, no spaces) → the part a paragraph in that style is.
OPENING, TITLE, STANDFIRST, LABEL = "opening", "title", "standfirst", "label"
QUOTE, ATTRIBUTION, CREDIT, METADATA = "quote", "attribution", "credit", "metadata"
LIST, CODE, BODY = "list", "code", "body"
_ROLES = {
    "openingline": OPENING,
    "title": TITLE,
    "standfirst": STANDFIRST,
    "sectionlabel": LABEL,
    "quote": QUOTE,
    "quoteattribution": ATTRIBUTION,
    "creditline": CREDIT,
    "metadata": METADATA,
    "listparagraph": LIST,
    "codeblock": CODE,
}
# Styles only Newsdesk's template has: a document using them was exported by Newsdesk.
_OWN_STYLES = frozenset({"sectionlabel", "quoteattribution", "creditline"})
_HEADING = re.compile(r"heading([1-9])$")
_APPLICATION = re.compile(rb"<(?:\w+:)?Application>([^<]*)</(?:\w+:)?Application>")
# How far ahead of the next expected quotation the reader looks for one edited away.
_LOOKAHEAD = 8
_DASHES = "—–-―"


def _fold(style: str) -> str:
    return "".join(style.split()).casefold()


def role_of(style: str) -> str:
    """Return the part a paragraph style's name says a paragraph is."""
    folded = _fold(style)
    heading = _HEADING.match(folded)
    if heading:
        return f"heading{heading.group(1)}"
    return _ROLES.get(folded, BODY)


@dataclass
class NewsdeskDocx:
    """A Newsdesk DOCX as read: its paragraphs, its record (None when it has none), lists."""

    paragraphs: list[WordParagraph]
    record: dict[str, Any] | None
    # numId → level → (ordered, start)
    numbering: dict[str, dict[str, Level]] = field(default_factory=dict)
    language: str = ""  # the core properties' language


def application(data: bytes) -> str:
    """Return the application docProps/app.xml names ("" when none)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if "docProps/app.xml" not in archive.namelist():
                return ""
            if archive.getinfo("docProps/app.xml").file_size > 1_000_000:
                return ""
            found = _APPLICATION.search(archive.read("docProps/app.xml"))
    except (zipfile.BadZipFile, OSError, ValueError, KeyError):
        return ""
    return found.group(1).decode("utf-8", "replace").strip() if found else ""


def is_newsdesk(data: bytes, styles: dict[str, str], record: dict[str, Any] | None) -> bool:
    """Whether a DOCX was exported by Newsdesk: its record, its application or its styles."""
    from editor import APP_NAME

    if record is not None:
        return True
    names = {_fold(name) for name in styles.values()}
    if names >= _OWN_STYLES:
        return True
    return application(data) == APP_NAME and bool(_OWN_STYLES & names)


def read_record(main: Any) -> dict[str, Any] | None:
    """Return the record a Newsdesk DOCX carries, None when it has none or it is unreadable."""
    from lxml import etree

    for relationship in main.rels.values():
        if relationship.is_external or relationship.reltype != CUSTOM_XML_TYPE:
            continue
        try:
            parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
            root = etree.fromstring(relationship.target_part.blob, parser)
        except Exception:  # a damaged part is no record; the document's text still imports
            continue
        if root.tag == f"{{{RECORD_NAMESPACE}}}record":
            return record_in(root)
    return None


def record_in(root: Any) -> dict[str, Any] | None:
    """Return the record a ``record`` element holds, None when its JSON is no record."""
    try:
        record = json.loads(root.text or "")
    except (ValueError, RecursionError):
        return None
    return record if isinstance(record, dict) and isinstance(record.get("article"), dict) else None


@dataclass
class _DocxSection:
    label: str | None
    paragraphs: list[WordParagraph] = field(default_factory=list)
    recorded: int | None = None  # the record's section this one is, if any


class _Importer:
    """Maps the paragraphs of one Newsdesk DOCX back to an article."""

    def __init__(self, docx: NewsdeskDocx, lex: Lexicon, source: str) -> None:
        self.docx = docx
        self.lex = lex
        self.source = source
        self.record = docx.record or {}
        self.original = article_from_record(self.record["article"]) if docx.record else None
        self.warnings: list[str] = []
        self.unmapped: list[SetAside] = []
        self.bank: dict[str, Quotation] = {}
        self.new_ids = 0
        self.last_section = -1  # the record's last section matched so far
        # The quotations each recorded section shows, grouped once.
        self.blocks: dict[Any, list[dict[str, Any]]] = {}
        self.inline: dict[Any, list[dict[str, Any]]] = {}
        for key, grouped in (("blocks", self.blocks), ("inline", self.inline)):
            for entry in self._list(key):
                section = entry.get("section")
                if isinstance(section, int):
                    grouped.setdefault(section, []).append(entry)

    # -- reading the record ------------------------------------------------------------

    def _list(self, key: str) -> list[dict[str, Any]]:
        value = self.record.get(key, [])
        return (
            [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []
        )

    def _texts(self, key: str) -> list[str]:
        value = self.record.get(key, [])
        return [item for item in value if isinstance(item, str)] if isinstance(value, list) else []

    def _header(self, style: str) -> str | None:
        header = self.record.get("header", {})
        value = header.get(style) if isinstance(header, dict) else None
        return value if isinstance(value, str) else None

    # -- the whole article ------------------------------------------------------------

    def run(self) -> ImportResult:
        article = self.original or Article(language=self._language())
        if self.original is None:
            article.sections = []
        self.bank = {quotation.id: quotation for quotation in article.quotations}
        recorded = self._list("sections")
        original_sections = self.original.sections if self.original else []
        header: dict[str, str] = {}
        sections: list[_DocxSection] = []
        credit: list[str] = []
        metadata: list[str] = []
        current: _DocxSection | None = None
        labelled = False
        for paragraph in self.docx.paragraphs:
            role = role_of(paragraph.style)
            # A header part comes before the first label (a paragraph typed above it in
            # Word goes to a section of its own at the start).
            if role in (OPENING, TITLE, STANDFIRST) and not labelled and role not in header:
                header[role] = paragraph.text
            elif role == LABEL:
                labelled = True
                current = self._next_section(sections, recorded, paragraph.text)
                sections.append(current)
            elif role == CREDIT:
                credit.append(paragraph.text)
            elif role == METADATA and not labelled and not header and not sections:
                continue  # above the headline: the embargo line (the article holds it)
            elif role == METADATA:
                metadata.append(paragraph.text)
            else:
                if credit or metadata:
                    self._report("text after the credit line", paragraph.text)
                current = self._body_section(sections, recorded, current)
                current.paragraphs.append(paragraph)
        self._header_parts(article, header)
        article.sections = [
            self._section(index, found, recorded, original_sections)
            for index, found in enumerate(sections)
        ]
        # Quotations of the bank stay, placed or not; new ones (no record) join them.
        article.quotations = [*self.bank.values()]
        self._byline(article, credit, metadata)
        return self._result(article)

    def _language(self) -> str:
        language = self.docx.language.strip()
        return language if language else "en"

    def _next_section(
        self, sections: list[_DocxSection], recorded: list[dict[str, Any]], label: str
    ) -> _DocxSection:
        # The next recorded section whose label was written; unlabelled ones before it
        # (labels hidden, or an empty label) took their paragraphs by count.
        # The section whose label this is (one deleted in Word is passed over), else the
        # next with a label; a few ahead at most, so many sections cost linear time.
        first: int | None = None
        seen = 0
        for index in range(self.last_section + 1, len(recorded)):
            written = recorded[index].get("label")
            if written is None:
                continue
            if written == label:
                first = index
                break
            first = index if first is None else first
            seen += 1
            if seen >= _LOOKAHEAD:
                break
        if first is None:
            return _DocxSection(label)
        self.last_section = first
        return _DocxSection(label, recorded=first)

    def _body_section(
        self,
        sections: list[_DocxSection],
        recorded: list[dict[str, Any]],
        current: _DocxSection | None,
    ) -> _DocxSection:
        if current is None:
            # Body text before any label: the first section's, when it has no label.
            first = recorded[0] if recorded else None
            number = 0 if first and first.get("label") is None else None
            if number is not None:
                self.last_section = number
            found = _DocxSection(None, recorded=number)
            sections.append(found)
            return found
        after = (current.recorded + 1) if current.recorded is not None else None
        if (
            after is not None
            and after < len(recorded)
            and recorded[after].get("label") is None
            and len(current.paragraphs) >= _count(recorded[current.recorded or 0])
        ):
            found = _DocxSection(None, recorded=after)
            self.last_section = after
            sections.append(found)
            return found
        return current

    def _header_parts(self, article: Article, header: dict[str, str]) -> None:
        original = self.original
        for role, style in (
            (OPENING, "OpeningLine"),
            (TITLE, "Title"),
            (STANDFIRST, "Standfirst"),
        ):
            text = header.get(role)
            written = self._header(style)
            if text is None:
                if written is not None and written.strip():
                    # The part was written and is gone: the writer deleted it in Word.
                    _set_header(article, role, "")
                continue
            if original is not None and written is not None and text == written:
                continue  # unchanged: the article's own text stays
            _set_header(article, role, text.strip())

    # -- sections ---------------------------------------------------------------------

    def _section(
        self,
        index: int,
        found: _DocxSection,
        recorded: list[dict[str, Any]],
        originals: list[Section],
    ) -> Section:
        number = found.recorded
        if number is not None and number < len(originals) and number < len(recorded):
            original = originals[number]
            written = recorded[number]
            section = Section(
                original.kind,
                original.label,
                original.body,
                original.language,
                original.direction,
                original.genre,
            )
            if found.label is not None and found.label != written.get("label"):
                section.label = found.label.strip()
                section.kind = self._kind(section.label, section.kind)
            digest = signature_digest([paragraph_pieces(p) for p in found.paragraphs])
            if digest != written.get("digest"):
                section.body = self._body(found.paragraphs, number)
            return section
        label = (found.label or "").strip()
        return Section(
            kind=self._kind(label, "custom"), label=label, body=self._body(found.paragraphs, None)
        )

    def _kind(self, label: str, default: str) -> str:
        labels = self.lex.label_of(label) if label else ()
        return labels[0].kind if labels else default

    def _body(self, paragraphs: list[WordParagraph], number: int | None) -> str:
        blocks = self.blocks.pop(number, []) if number is not None else []
        inline = self.inline.pop(number, []) if number is not None else []
        out: list[str] = []
        index = 0
        items: list[str] = []
        self.counters: dict[int, int] = {}
        list_id, list_ordered = "", False
        while index < len(paragraphs):
            paragraph = paragraphs[index]
            role = role_of(paragraph.style)
            numbered = list_numbering(paragraph) if role in (LIST, BODY) else None
            if numbered is not None and numbered[1] == "0":
                ordered, _, restarts = self._level(*numbered)
                # Another list starts when the kind changes or the list restarts its numbers
                # (Word and LibreOffice give one list's items different numIds at times).
                if items and (ordered != list_ordered or (numbered[0] != list_id and restarts)):
                    out.append("\n".join(items))
                    items = []
                    self.counters = {}
                list_id, list_ordered = numbered[0], ordered
            if numbered is not None or (role == LIST and items):
                items.append(self._item(paragraph, numbered, items))
                index += 1
                continue
            if items:
                out.append("\n".join(items))
                items = []
                self.counters = {}
            table = table_cell(paragraph)
            if table is not None:
                index = pipe_table(paragraphs, index, table[0], out)
                continue
            if role == QUOTE:
                index = self._quote(paragraphs, index, blocks, inline, out)
                continue
            index += 1
            if not paragraph.text.strip():
                if role == BODY and is_rule(paragraph):
                    out.append("---")
                continue
            if role == CODE:
                out.append(f"```\n{paragraph.text}\n```")
                continue
            text = self._inline_tokens(paragraph_markdown(paragraph), inline)
            heading = _HEADING.match(role)
            if heading:
                # Section headings render from "###" (the renderer shifts the shallowest
                # to the first level below the label, whatever the writer typed).
                level = int(heading.group(1))
                out.append("#" * level + " " + text.replace("\n", " "))
            else:
                out.append(text)
        if items:
            out.append("\n".join(items))
        return "\n\n".join(out)

    def _level(self, num: str, level: str) -> Level:
        return self.docx.numbering.get(num, {}).get(level, (False, 1, False))

    def _item(
        self, paragraph: WordParagraph, numbered: tuple[str, str] | None, items: list[str]
    ) -> str:
        if numbered is None:
            # A further paragraph of the item above, indented under it.
            return "\n    " + paragraph_markdown(paragraph).replace("\n", " ")
        num, level = numbered
        ordered, start, _ = self._level(num, level)
        depth = min(int(level), 8) if level.isdigit() and len(level) < 3 else 0
        indent = "    " * depth
        # A deeper list under this item numbers from its own start again.
        for deeper in [key for key in self.counters if key > depth]:
            del self.counters[deeper]
        marker = "-"
        if ordered:
            counted = self.counters.get(depth, 0)
            self.counters[depth] = counted + 1
            marker = f"{start + counted}."
        return f"{indent}{marker} {paragraph_markdown(paragraph)}"

    def _quote(
        self,
        paragraphs: list[WordParagraph],
        index: int,
        blocks: list[dict[str, Any]],
        inline: list[dict[str, Any]],
        out: list[str],
    ) -> int:
        lines: list[WordParagraph] = []
        while index < len(paragraphs) and role_of(paragraphs[index].style) == QUOTE:
            lines.append(paragraphs[index])
            index += 1
        attribution: str | None = None
        if index < len(paragraphs) and role_of(paragraphs[index].style) == ATTRIBUTION:
            attribution = paragraphs[index].text
            index += 1
        texts = [p.text for p in lines if p.text.strip()]
        entry = _take(blocks, lambda item: item.get("lines") == texts)
        quotation_id = str(entry.get("id", "")) if entry else ""
        quotation = self.bank.get(quotation_id) if quotation_id else None
        if quotation is None and entry is None and attribution is not None:
            quotation = self._new_quotation("\n".join(texts))
        if quotation is None:
            # A Markdown block quotation: its paragraphs, each a quoted line.
            quoted = "\n>\n".join(
                "> " + self._inline_tokens(paragraph_markdown(p), inline).replace("\n", "\n> ")
                for p in lines
                if p.text.strip()
            )
            if quoted:
                out.append(quoted)
            if attribution is not None and attribution.strip():
                out.append(escape_markdown(attribution))
            return index
        if entry is None or texts != entry.get("lines"):
            quotation.words = "\n".join(texts)
        if attribution is not None and (entry is None or attribution != entry.get("attribution")):
            _set_attribution(quotation, attribution)
        out.append(quote_token(quotation.id))
        return index

    def _new_quotation(self, words: str) -> Quotation:
        while True:
            self.new_ids += 1
            quotation_id = f"q{self.new_ids}"
            if quotation_id not in self.bank:
                break
        quotation = Quotation(id=quotation_id, words=words)
        self.bank[quotation_id] = quotation
        return quotation

    def _inline_tokens(self, markdown: str, inline: list[dict[str, Any]]) -> str:
        """Put back the token of each quotation of the bank shown in this paragraph's text."""
        position = 0
        while inline:
            best: tuple[int, int, str] | None = None
            for ahead, entry in enumerate(inline[:_LOOKAHEAD]):
                shown = escape_inline(str(entry.get("text", "")))
                where = markdown.find(shown, position) if shown else -1
                if where >= 0 and (best is None or where < best[0]):
                    best = (where, ahead, shown)
            if best is None:
                break
            where, ahead, shown = best
            quotation_id = str(inline[ahead].get("id", ""))
            del inline[: ahead + 1]
            if quotation_id not in self.bank:
                continue
            token = quote_token(quotation_id)
            markdown = markdown[:where] + token + markdown[where + len(shown) :]
            position = where + len(token)
        return markdown

    # -- byline -----------------------------------------------------------------------

    def _byline(self, article: Article, credit: list[str], metadata: list[str]) -> None:
        written_credit = self._texts("credit")
        if credit and credit != written_credit:
            line = " ".join(" ".join(credit).split())
            found = self.lex.read_credit(article.language.split("-")[0], line)
            if found is not None:
                article.byline.office, article.byline.author = found
            else:
                self._report("credit line", "\n".join(credit))
        elif not credit and written_credit and self.original is not None:
            article.byline.office = article.byline.author = ""
        keys = self._texts("metadata_keys")
        written = self._texts("metadata")
        if metadata == written:
            return
        if len(metadata) != len(keys):
            for text in metadata:
                if text not in written:
                    self._report("metadata line", text)
            return
        for key, text, before in zip(
            keys, metadata, [*written, *[None] * len(keys)], strict=False
        ):
            if text == before:
                continue
            if key == "date":
                # Printed in words ("15 May 2026"): the date it stands for, as typed.
                language = language_or_default(article.language)
                article.byline.date = read_printed_date(text, language) or text.strip()
            elif key == "place":
                article.byline.place = text.strip()
            elif key == "tags":
                article.meta.tags = [tag.strip() for tag in text.split(",") if tag.strip()]

    def _report(self, where: str, text: str) -> None:
        self.unmapped.append(SetAside(where, text))
        self.warnings.append(
            f"The DOCX's {where} could not be mapped to the article; --explain lists its text."
        )

    # -- the report -------------------------------------------------------------------

    def _result(self, article: Article) -> ImportResult:
        placed: dict[str, tuple[int, str]] = {}
        for number, section in enumerate(article.sections):
            for paragraph in section.body.split("\n\n"):
                alone = QUOTE_TOKEN.fullmatch(paragraph.strip()) is not None
                for found in QUOTE_TOKEN.finditer(paragraph):
                    placed.setdefault(found.group(1), (number, "block" if alone else "inline"))
        notes = tuple(
            QuotationNote(
                id=quotation.id,
                speaker=quotation.speaker,
                role=quotation.role,
                placement=placed.get(quotation.id, (0, "not placed"))[1],
                section=placed.get(quotation.id, (0, ""))[0],
                first_words=first_words(quotation.words),
                attribution=quotation.attribution,
            )
            for quotation in article.quotations
        )
        explanation = Explanation(
            source=self.source,
            format="DOCX (exported by Newsdesk)",
            encoding="",
            language=article.language,
            language_reason="the export's record"
            if self.original
            else "the document's properties",
            opening=article.opening.text,
            opening_reason="its paragraph style",
            headline=article.headline,
            standfirst=article.standfirst,
            sections=tuple(
                SectionNote(
                    section.label,
                    section.kind,
                    len([p for p in section.body.split("\n\n") if p.strip()]),
                    tuple(dict.fromkeys(_token_ids(section.body))),
                )
                for section in article.sections
            ),
            quotations=notes,
            office=article.byline.office,
            author=article.byline.author,
            set_aside=tuple(self.unmapped),
        )
        return ImportResult(article=article, explanation=explanation, warnings=self.warnings)


def _count(recorded: dict[str, Any]) -> int:
    count = recorded.get("count", 0)
    return count if isinstance(count, int) else 0


def _take(entries: list[dict[str, Any]], exact: Any) -> dict[str, Any] | None:
    """Take the next expected entry; one edited away is skipped when a later one matches."""
    if not entries:
        return None
    for ahead, entry in enumerate(entries[:_LOOKAHEAD]):
        if exact(entry):
            del entries[: ahead + 1]
            return entry
    return entries.pop(0)


def _token_ids(body: str) -> list[str]:
    return [match.group(1) for match in QUOTE_TOKEN.finditer(body)]


def _set_header(article: Article, role: str, text: str) -> None:
    if role == OPENING:
        article.opening.text = text
    elif role == TITLE:
        article.headline = text
    else:
        article.standfirst = text


def _set_attribution(quotation: Quotation, text: str) -> None:
    """An attribution line edited in Word: kept as written; "— Speaker, Role" read back
    (", " or the Arabic "، " between them)."""
    stripped = text.strip()
    if stripped[:1] in _DASHES:
        who = stripped[1:].strip()
        speaker, _, role = who.replace("،", ",", 1).partition(",")
        quotation.speaker, quotation.role = speaker.strip(), role.strip()
        quotation.attribution = ""
    else:
        quotation.attribution = stripped


def import_newsdesk(
    docx: NewsdeskDocx, lex: Lexicon, source: str, set_aside: list[SetAside]
) -> ImportResult:
    """Return the article a Newsdesk DOCX holds, with what Word changed in it."""
    importer = _Importer(docx, lex, source)
    result = importer.run()
    result.add_set_aside(set_aside)
    return result


__all__ = ["NewsdeskDocx", "import_newsdesk", "is_newsdesk", "read_record"]
