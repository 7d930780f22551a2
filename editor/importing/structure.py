"""Blocks → article: labels, opening line, headline, standfirst, sections, credit line.

The rule, the same for plain-text, Markdown and DOCX drafts:

1. **Labels.** A line (or a heading) that is the News or Comment label of any language in
   the language data — case-insensitive, the colon optional, spaces around it ignored —
   starts a section of that kind; the label is kept as written, without emphasis around it.
2. **Language.** ``--language`` if given; else the front matter's ``language``; else the
   language whose labels the draft uses most; else the script of the text and the
   language of that script whose ``letter_hints`` (language data) it has most of (Arabic
   or Urdu letters, Cyrillic, Latin with Turkish, German or French letters, else English).
3. **Before the first label** (the whole draft when there is no label):
   - the *opening line* is the first paragraph when it is one short line, a headline
     follows it, and it is either a known opening phrase of some language or in another
     script than the rest of the draft;
   - the *headline* is the next block: a Markdown ``# Title`` or DOCX Title, else the
     front matter's title, else a paragraph of at most 300 characters;
   - the *standfirst* is the paragraph after the headline (only when there are labels:
     without them there is no telling a standfirst from the body);
   - anything else before the first label goes, in order, into an unlabelled section at
     the start. Without labels everything after the headline is one unlabelled section.
4. **Credit line.** The last paragraph of the draft, or its last two paragraphs read as
   one line, when it matches the article language's credit template (its words exactly,
   any spacing) becomes the byline's office and author. A credit line with neither (an
   unfilled template) stays in the body as text, with a warning.
5. **Quotations** (quotations.py): block quotes, paragraphs and runs of paragraphs that
   are quotations, italic paragraphs with an attribution line, and reliable quotations
   inside sentences go into the bank, and a ``[[quote:ID]]`` token takes their place.
   Ids are q1, q2, … in reading order. A quotation that stood with a clause of attribution
   is set as a sub-editor sets a block quotation (its words end as a sentence, its speaker
   is a name, not "said Brandt."); the report keeps the paragraph as written, and warns
   about words of the clause that are neither the speaker nor the role.

Opening line, headline, standfirst, labels and credit line are plain text: emphasis around
the whole of one is dropped; markup on part of one is dropped and listed in the report.

Nothing is dropped: every block lands in one of these places. Plain text is escaped so
that it stays literal in a Markdown body (blocks.py).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import partial

from editor.importing.blocks import (
    HEADING,
    LABEL,
    PARA,
    QUOTE,
    TITLE,
    Block,
    escape_markdown,
)
from editor.importing.frontmatter import FrontMatter
from editor.importing.lexicon import Lexicon, script_of
from editor.importing.plain import plain_part
from editor.importing.quotations import Found, QuotationFinder
from editor.importing.result import (
    EMPHASIS,
    QUOTED,
    Explanation,
    ImportResult,
    QuotationNote,
    SectionNote,
    SetAside,
    first_words,
)
from editor.model import Article, Byline, Meta, Opening, Quotation, Section, now_iso, quote_token
from editor.text.languages import Language, find_language, language_or_default
from editor.text.scripts import language_of_script

HEADLINE_MAX = 300
# A "paragraph" longer than this is no paragraph a writer wrote by hand (a 50 MB line, a
# pasted dump): it is kept as text but not searched for quotations, so import stays fast.
SEARCHED_MAX = 200_000
OPENING_MAX = 200
CREDIT_MAX = 400
_SAMPLE = 20000


@dataclass
class DraftInfo:
    """What a reader learnt about a draft besides its blocks."""

    source: str
    format: str
    encoding: str = ""
    front_matter: FrontMatter | None = None
    warnings: list[str] = field(default_factory=list)


@dataclass
class _Header:
    opening: str = ""
    opening_language: str = ""
    opening_reason: str = ""
    headline: str = ""
    standfirst: str = ""


def build_article(
    blocks: list[Block], info: DraftInfo, lex: Lexicon, language: str | None = None
) -> ImportResult:
    """Return the article the blocks of a draft make, with the explanation and warnings."""
    return _Builder(blocks, info, lex, language).build()


class _Builder:
    def __init__(
        self, blocks: list[Block], info: DraftInfo, lex: Lexicon, language: str | None
    ) -> None:
        self.blocks = blocks
        self.info = info
        self.lex = lex
        self.finder = QuotationFinder(lex)
        self.front_matter: FrontMatter = info.front_matter or {}
        self.warnings = list(info.warnings)
        self.code, self.language_reason = self._language(language)
        self.lang: Language = find_language(self.code) or language_or_default(self.code)
        self.quotations: list[Quotation] = []
        self.quotation_notes: list[QuotationNote] = []
        # Markup on part of a plain-text part, dropped from it, and quotations' paragraphs
        # as written: listed in the report.
        self.dropped: list[SetAside] = []

    # -- language ------------------------------------------------------------------------

    def _language(self, given: str | None) -> tuple[str, str]:
        if given:
            return given, "given"
        declared = self._front_text("language", "lang")
        if declared and find_language(declared):
            return declared, "front matter"
        votes = Counter(block.label_language for block in self.blocks if block.kind == LABEL)
        if votes:
            # most_common keeps first-seen order among equals, so ties go to the first label.
            return votes.most_common(1)[0][0], "section labels"
        return language_of_script(_sample(self.blocks)), "script of the text"

    def _front_text(self, *keys: str) -> str:
        for key in keys:
            value = self.front_matter.get(key)
            if isinstance(value, str) and value.strip():
                return value.strip()
        return ""

    # -- the whole article ---------------------------------------------------------------

    def build(self) -> ImportResult:
        labels = [index for index, block in enumerate(self.blocks) if block.kind == LABEL]
        header_end = labels[0] if labels else len(self.blocks)
        header, leftover = self._header(self.blocks[:header_end], labelled=bool(labels))
        groups: list[tuple[Block | None, list[Block]]] = []
        if leftover:
            groups.append((None, leftover))
            if labels:
                self.warnings.append(
                    f"{len(leftover)} block(s) before the first label are neither headline "
                    "nor standfirst; they open the article in a section without a label."
                )
        if not labels:
            self.warnings.append(
                "No section labels were found; the whole body is one section without a label."
            )
            if not groups:
                groups.append((None, []))  # a headline alone: its article still has a body
        for number, start in enumerate(labels):
            end = labels[number + 1] if number + 1 < len(labels) else len(self.blocks)
            groups.append((self.blocks[start], list(self.blocks[start + 1 : end])))
        office, author, credit = self._credit(groups)
        sections: list[Section] = []
        section_notes: list[SectionNote] = []
        for index, (label, body_blocks) in enumerate(groups):
            first_quotation = len(self.quotations)
            body, paragraphs = self._body(body_blocks, index)
            kind = label.section_kind if label else "custom"
            label_text = label.text if label else ""
            sections.append(Section(kind=kind, label=label_text, body=body))
            section_notes.append(
                SectionNote(
                    label=label_text,
                    kind=kind,
                    paragraphs=paragraphs,
                    quotations=tuple(q.id for q in self.quotations[first_quotation:]),
                )
            )
        self._link_speakers()
        article = self._article(header, sections, office, author)
        explanation = Explanation(
            source=self.info.source,
            format=self.info.format,
            encoding=self.info.encoding,
            language=self.code,
            language_reason=self.language_reason,
            opening=header.opening,
            opening_reason=header.opening_reason,
            headline=article.headline,
            standfirst=article.standfirst,
            sections=tuple(section_notes),
            quotations=tuple(self._final_notes()),
            office=article.byline.office,
            author=article.byline.author,
            credit_line=credit,
            front_matter=tuple(self._front_matter_notes(article)),
            set_aside=tuple(self.dropped),
        )
        if not article.headline.strip():
            self.warnings.append("No headline was found.")
        return ImportResult(article=article, explanation=explanation, warnings=self.warnings)

    def _article(
        self, header: _Header, sections: list[Section], office: str, author: str
    ) -> Article:
        stamp = now_iso()
        tags = self.front_matter.get("tags", self.front_matter.get("keywords", []))
        if isinstance(tags, str):
            tags = [tag.strip() for tag in tags.split(",") if tag.strip()]
        fm_author = self._front_text("author")
        if fm_author and author and fm_author != author:
            self.warnings.append(
                f"The front matter names the author “{fm_author}”, the credit line "
                f"“{author}”; the credit line was used."
            )
        article = Article(
            language=self.code,
            opening=Opening(text=header.opening, language=header.opening_language),
            headline=header.headline,
            standfirst=header.standfirst or self._front_text("standfirst", "subtitle"),
            sections=sections,
            quotations=self.quotations,
            byline=Byline(
                author=author or fm_author,
                office=office or self._front_text("office"),
                date=self._front_text("date"),
                place=self._front_text("place"),
            ),
            meta=Meta(tags=list(tags), created=stamp, modified=stamp),
        )
        unmapped = {
            key: value for key, value in self.front_matter.items() if key not in _MAPPED_KEYS
        }
        title = self._front_text("title")
        if title and title != article.headline:
            unmapped["title"] = title
        article.front_matter = unmapped
        return article

    def _front_matter_notes(self, article: Article) -> list[str]:
        kept = article.front_matter
        notes = [
            f"{key} → {_MAPPED_KEYS[key]}"
            for key in self.front_matter
            if key in _MAPPED_KEYS and key not in kept
        ]
        notes.extend(f"{key} kept as extra data" for key in kept)
        return notes

    # -- before the first label ----------------------------------------------------------

    def _header(self, blocks: list[Block], *, labelled: bool) -> tuple[_Header, list[Block]]:
        header = _Header()
        rest = list(blocks)
        title = self._front_text("title")
        if rest and rest[0].kind == PARA:
            follows = len(rest) >= 2 and _headline_candidate(rest[1])
            if follows or (title and labelled):
                found = self._opening(rest[0], rest[1:])
                if found:
                    header.opening, header.opening_language, header.opening_reason = found
                    rest.pop(0)
        if rest and rest[0].kind == TITLE:
            header.headline = self._plain(rest.pop(0), "headline")
            if title and title != header.headline:
                self.warnings.append(
                    f"The front matter's title “{title}” differs from the draft's heading; "
                    "the heading is the headline, the title is kept as extra data."
                )
        elif title:
            header.headline = title
        elif rest and _headline_candidate(rest[0]):
            header.headline = self._plain(rest.pop(0), "headline")
        elif rest and rest[0].kind == PARA:
            self.warnings.append(
                f"The first paragraph is too long to be a headline ({len(rest[0].text):,} "
                "characters); it was kept in the body."
            )
        if labelled and rest and rest[0].kind == PARA:
            header.standfirst = self._plain(rest.pop(0), "standfirst", one_line=False)
        return header, rest

    def _opening(self, block: Block, following: list[Block]) -> tuple[str, str, str] | None:
        if "\n" in block.text.strip() or len(block.text.strip()) > OPENING_MAX:
            return None
        text, dropped = plain_part(block.text, block.markdown)
        found = None
        phrase_language = self.lex.opening_language(text)
        if phrase_language:
            found = text, phrase_language, "a known opening phrase"
        script = script_of(text)
        body_script = script_of(_sample(following))
        if not found and script and body_script and script != body_script:
            found = text, language_of_script(text), f"{script} script above a {body_script} body"
        if found and dropped:
            self._report(block.text, "opening line")
        return found

    def _plain(self, block: Block, part: str, *, one_line: bool = True) -> str:
        """Return a block's text as a plain-text part; markup it cannot hold is reported."""
        text, dropped = plain_part(block.text, block.markdown)
        if dropped:
            self._report(block.text, part)
        return _one_line(text) if one_line else text

    def _report(self, written: str, part: str) -> None:
        self.dropped.append(SetAside(EMPHASIS, written.strip(), part=part))
        self.warnings.append(
            f"The {part} had emphasis or a link on part of its text; the {part} is plain "
            "text, so the marks were dropped (--explain shows it as written)."
        )

    # -- the credit line -----------------------------------------------------------------

    def _credit(self, groups: list[tuple[Block | None, list[Block]]]) -> tuple[str, str, str]:
        if not groups:
            return "", "", ""
        blocks = groups[-1][1]
        pattern = self.lex.credits.get(self.lang.code)
        if pattern is None or not blocks or blocks[-1].kind != PARA:
            return "", "", ""
        last = blocks[-1]
        lines = last.text.split("\n")
        # What may be the credit, with how to take it out: the last paragraph, or the last
        # two; and where a draft of hard-wrapped paragraphs joined the credit's lines to the
        # paragraph above it, that paragraph's last line or two ("…accounts.\nWritten for
        # the Test Desk by\nTom Test": a trial found the credit in the comment's text).
        candidates: list[tuple[list[Block], Callable[[], None]]] = [
            (
                [replace(last, text=line) for line in lines[-count:]],
                partial(_cut_lines, blocks, count),
            )
            for count in (2, 1)
            if len(lines) > count
        ]
        candidates.append(([last], partial(_cut_blocks, blocks, 1)))
        if len(blocks) >= 2 and blocks[-2].kind == PARA:
            candidates.append((blocks[-2:], partial(_cut_blocks, blocks, 2)))
        for pieces, take in candidates:
            if sum(len(block.text) + 1 for block in pieces) > CREDIT_MAX + 1:
                continue  # measured as written: no long paragraph is read for marks
            plain = [plain_part(block.text, block.markdown) for block in pieces]
            written = " ".join(text for text, _dropped in plain)
            match = pattern.fullmatch(written)
            if match:
                office = match.groupdict().get("office", "").strip()
                author = match.groupdict().get("author", "").strip()
                if not office or not author:
                    # Half a template is the writer's text: read as a credit, it would come
                    # back as the language's sentence for the other half alone, without
                    # the words written ("Written for", "by").
                    self.warnings.append(
                        "The credit line names no office or no author; it was kept as text."
                    )
                    return "", "", ""
                for block, (_text, dropped) in zip(pieces, plain, strict=True):
                    if dropped:
                        self._report(block.text, "credit line")
                take()
                return office, author, written
        return "", "", ""

    # -- bodies and quotations -----------------------------------------------------------

    def _body(self, blocks: list[Block], section: int) -> tuple[str, int]:
        parts: list[str] = []
        index = 0
        while index < len(blocks):
            block = blocks[index]
            if block.kind == QUOTE:
                parts.append(self._place(self.finder.block_quote(block.text), section))
            elif block.kind == PARA and len(block.text) > SEARCHED_MAX:
                self.warnings.append(
                    f"A paragraph of {len(block.text):,} characters was kept as text without "
                    "looking for quotations in it."
                )
                parts.append(block.body())
            elif block.kind == PARA:
                run = []
                for following in blocks[index : index + 5]:
                    if following.kind != PARA or len(following.text) > SEARCHED_MAX:
                        break
                    run.append(following.text)
                hit = self.finder.paragraph(run, markdown=block.markdown)
                if hit:
                    parts.append(self._place(hit[0], section))
                    index += hit[1]
                    continue
                parts.append(self._inline(block, section))
            else:
                parts.append(block.body())
            index += 1
        return "\n\n".join(parts), len(parts)

    def _inline(self, block: Block, section: int) -> str:
        found = self.finder.inline(block.text)
        if not found:
            return block.body()
        pieces: list[str] = []
        position = 0
        for start, end, quotation in found:
            pieces.append(self._literal(block, block.text[position:start]))
            pieces.append(self._place(quotation, section))
            position = end
        pieces.append(self._literal(block, block.text[position:]))
        return "".join(pieces)

    @staticmethod
    def _literal(block: Block, text: str) -> str:
        return text if block.markdown else escape_markdown(text)

    def _place(self, found: Found, section: int) -> str:
        quotation_id = f"q{len(self.quotations) + 1}"
        self.quotations.append(
            Quotation(
                id=quotation_id,
                words=found.words,
                speaker=found.speaker,
                role=found.role,
                language=self.code,
                attribution=found.attribution,
            )
        )
        if found.written:
            self.dropped.append(SetAside(QUOTED, found.written, part=quotation_id))
        if found.left_out:
            self.warnings.append(
                f"Quotation {quotation_id}: “{found.left_out}” in the attribution after it is "
                "not in the article (its speaker and role are); --explain shows the paragraph "
                "as written."
            )
        self.quotation_notes.append(
            QuotationNote(
                id=quotation_id,
                speaker=found.speaker,
                role=found.role,
                placement=found.placement,
                section=section,
                first_words=first_words(found.words),
                attribution=found.attribution,
            )
        )
        return quote_token(quotation_id)

    def _link_speakers(self) -> None:
        """A later "said Reyes" is the "Alma Reyes" quoted earlier: use the full name."""
        known: list[Quotation] = []
        for quotation in self.quotations:
            if quotation.speaker and " " not in quotation.speaker:
                for earlier in reversed(known):
                    if earlier.speaker.endswith(" " + quotation.speaker):
                        quotation.speaker = earlier.speaker
                        quotation.role = quotation.role or earlier.role
                        break
            if quotation.speaker:
                known.append(quotation)

    def _final_notes(self) -> list[QuotationNote]:
        by_id = {quotation.id: quotation for quotation in self.quotations}
        return [
            QuotationNote(
                id=note.id,
                speaker=by_id[note.id].speaker,
                role=by_id[note.id].role,
                placement=note.placement,
                section=note.section,
                first_words=note.first_words,
                attribution=note.attribution,
            )
            for note in self.quotation_notes
        ]


_MAPPED_KEYS = {
    "title": "headline",
    "author": "byline author",
    "office": "byline office",
    "date": "byline date",
    "place": "byline place",
    "language": "article language",
    "lang": "article language",
    "tags": "tags",
    "keywords": "tags",
    "standfirst": "standfirst",
    "subtitle": "standfirst",
}


def _headline_candidate(block: Block) -> bool:
    return block.kind in (TITLE, HEADING, PARA) and 0 < len(block.text.strip()) <= HEADLINE_MAX


def _one_line(text: str) -> str:
    return " ".join(part.strip() for part in text.strip().split("\n") if part.strip())


def _sample(blocks: list[Block]) -> str:
    taken: list[str] = []
    size = 0
    for block in blocks:
        taken.append(block.text[: _SAMPLE - size])
        size += len(taken[-1])
        if size >= _SAMPLE:
            break
    return "\n".join(taken)


def _cut_blocks(blocks: list[Block], count: int) -> None:
    """Take the last ``count`` blocks out (they were the credit line)."""
    del blocks[-count:]


def _cut_lines(blocks: list[Block], count: int) -> None:
    """Take the last ``count`` lines out of the last block (they were the credit line)."""
    last = blocks[-1]
    blocks[-1] = replace(last, text="\n".join(last.text.split("\n")[:-count]))
