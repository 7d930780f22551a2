"""Articles built in the tests in the shape of the shared sample drafts, and text helpers."""

from __future__ import annotations

import functools
import itertools
import re
import sys
import unicodedata
from pathlib import Path

from editor.model import Article, Byline, Meta, Opening, Quotation, Section
from editor.render.clean import clean_text
from editor.text.counts import words


def river_port_en() -> Article:
    """English: inline quotation, two block quotations, a link, a list, no opening line."""
    return Article(
        id="11111111-1111-4111-8111-111111111111",
        language="en",
        headline="Will the river port reopen before winter?",
        standfirst="Dredging is two weeks behind; the ferry operators want a date.",
        sections=[
            Section(
                "news",
                "News:",
                "The harbour board met on Tuesday to review the dredging of the eastern "
                "channel, which has been closed since the spring floods.\n\n"
                "Harbour master Tomas Reyes said the work was [[quote:reyes-inline]] and "
                "promised an update by Friday.\n\n"
                "[[quote:reyes-block]]\n\n"
                "The board published its figures on "
                "[the port website](https://port.example/figures):\n\n"
                "- two dredgers at work\n- one barge waiting\n- 40 ferries idle",
            ),
            Section(
                "comment",
                "Comment:",
                "A delay of two weeks sounds small, but for the ferry towns it is the "
                "difference between a season and a loss.\n\n"
                "[[quote:berg-block]]\n\n"
                "The board should publish a *firm* date and a **plan B** for the barges.\n\n"
                "1. publish the date\n2. open the western berth\n3. report weekly",
            ),
        ],
        quotations=[
            Quotation(
                "reyes-inline",
                words="slower than planned but safe",
                speaker="Tomas Reyes",
                role="harbour master",
            ),
            Quotation(
                "reyes-block",
                words="We will not reopen the channel until the last survey is done.",
                speaker="Tomas Reyes",
                role="harbour master",
                attribution="said Tomas Reyes after the meeting",
            ),
            Quotation(
                "berg-block",
                words="Every week of delay costs the ferry towns a month of income.",
                speaker="Ines Berg",
                role="ferry operators' association",
            ),
        ],
        byline=Byline("Lena Ortiz", "the Northland Media Desk", "2026-10-14", "Northport"),
        meta=Meta(tags=["ports", "transport"], created="2026-10-14T08:00:00+00:00"),
    )


def university_ar() -> Article:
    """Arabic: opening line, inline quotations in «», a Latin name inside a sentence."""
    return Article(
        id="22222222-2222-4222-8222-222222222222",
        language="ar",
        opening=Opening("بسم الله الرحمن الرحيم", "ar"),
        headline="هل تحل الجامعات الخاصة أزمة القبول؟",
        sections=[
            Section(
                "news",
                "الخبر:",
                "أعلنت وزارة التعليم العالي أنها منحت تراخيص لسبع جامعات خاصة جديدة، "
                "لاستيعاب نحو أربعين ألف طالب.\n\n"
                "وقال المتحدث باسم الوزارة عادل منصور: [[quote:mansour]]، "
                "ونقلت وكالة Northland Wire الخبر.",
            ),
            Section(
                "comment",
                "التعليق:",
                "جاء القرار بعد أن رفض آلاف الطلاب في الجامعات الحكومية بسبب نقص المقاعد.\n\n"
                "ويرى الأستاذ الجامعي سامر حداد أن [[quote:haddad]].\n\n"
                "فهل يكون التعليم الجامعي **حقا للجميع**، أم امتيازا لمن يملك المال؟",
            ),
        ],
        quotations=[
            Quotation(
                "mansour",
                words="لن يبقى طالب متفوق خارج الجامعة هذا العام",
                speaker="عادل منصور",
                role="المتحدث باسم الوزارة",
                language="ar",
            ),
            Quotation(
                "haddad",
                words="توسيع القبول في الجامعات الحكومية أقل كلفة وأعدل",
                speaker="سامر حداد",
                role="أستاذ جامعي",
                language="ar",
            ),
        ],
        byline=Byline("سلمى يوسف", "مكتب الشمال الإعلامي", "2026-09-05", "عمّان"),
        meta=Meta(tags=["تعليم"], created="2026-09-05T09:00:00+00:00"),
    )


def bridge_ru() -> Article:
    """Russian: a block quotation over two lines, an inline quotation nested in marks."""
    return Article(
        id="33333333-3333-4333-8333-333333333333",
        language="ru",
        headline="Новый мост через залив: праздник или долг на десятилетия?",
        sections=[
            Section(
                "news",
                "Новость:",
                "Власти Северного края 12 мая открыли движение по мосту через залив. "
                "Строительство заняло шесть лет и обошлось в 2,4 миллиарда.\n\n"
                "[[quote:smirnov]]",
            ),
            Section(
                "comment",
                "Комментарий:",
                "Открытие моста действительно сокращает путь. Но проект был построен в долг.\n\n"
                "Экономист Мария Лебедева считает, что [[quote:lebedeva]].\n\n"
                "В отчёте сказано: «плата, по словам экономиста, [[quote:lebedeva]], "
                "вырастет».\n\n"
                "Станет ли мост дорогой к росту или к новым налогам — покажут ближайшие годы.",
            ),
        ],
        quotations=[
            Quotation(
                "smirnov",
                words="Теперь дорога из порта до столицы займёт не четыре часа, а полтора.\n"
                "Это изменит экономику всего края",
                speaker="Олег Смирнов",
                role="губернатор",
                attribution="— заявил губернатор Олег Смирнов на церемонии открытия",
            ),
            Quotation(
                "lebedeva",
                words="плата за проезд окажется слишком высокой для грузовиков",
                speaker="Мария Лебедева",
                role="экономист",
            ),
        ],
        byline=Byline("Павел Орлов", "Медиаслужбы «Север»", "2026-05-12", "Северный"),
    )


def port_law_tr() -> Article:
    """Turkish: Markdown headings and a Markdown block quote inside the sections."""
    return Article(
        id="44444444-4444-4444-8444-444444444444",
        language="tr",
        headline="Liman yasası kıyı kasabalarını nasıl etkileyecek?",
        sections=[
            Section(
                "news",
                "Haber:",
                "### Meclis kararı\n\nMeclis, liman işletmelerine yeni kurallar getiren yasayı "
                "kabul etti.\n\n[[quote:aksoy]]",
            ),
            Section(
                "comment",
                "Yorum:",
                "> Kıyı kasabaları için asıl soru, ücretlerin kime yükleneceği.\n\n"
                "Yasa *iyi niyetli* ama uygulaması belirsiz.",
            ),
        ],
        quotations=[
            Quotation(
                "aksoy",
                words="Bu yasa küçük limanları koruyacak.",
                speaker="Selin Aksoy",
                role="liman müdürü",
            )
        ],
        byline=Byline("Deniz Yılmaz", "Kuzey Medya Ofisi", "2026-03-02", "Kuzeykent"),
    )


HOSTILE_SENTENCES = 400


def hostile_en() -> Article:
    """English full of markup, scripts, control characters, bidi overrides and emoji."""
    long_paragraph = " ".join(["A very long paragraph."] * HOSTILE_SENTENCES)
    return Article(
        id="55555555-5555-4555-8555-555555555555",
        language="en",
        headline="<script>alert('headline')</script> Is <b>bold</b> safe? "
        "[click](javascript:alert(1))",
        standfirst="<img src=x onerror=alert(1)> standfirst",
        sections=[
            Section(
                "news",
                "News:",
                "A paragraph with control characters: \x0b vertical tab, \x0c form feed, "
                "\x1b escape and a clean end.\n\n"
                "A line with a zero width joiner: \u200d and bidi overrides: \u202eevil\u202c "
                "and an emoji \U0001f5de\ufe0f and a combining accent e\u0301.\n\n"
                "\u201cAn unterminated quotation that goes on,\u201d said",
            ),
            Section(
                "comment",
                "Comment:",
                "<img src=x onerror=alert(1)> Markdown-looking text: **not closed, _also "
                "not, # not a heading, [not](a link\n\n" + long_paragraph,
            ),
        ],
        byline=Byline("", "", "", ""),
    )


def all_samples() -> dict[str, Article]:
    """Every sample article by name."""
    return {
        "river-port-en": river_port_en(),
        "university-ar": university_ar(),
        "bridge-ru": bridge_ru(),
        "port-law-tr": port_law_tr(),
        "hostile-en": hostile_en(),
    }


def comparable(text: str) -> list[str]:
    """Return the words of a text in a form every export keeps (NFKC, case kept)."""
    return words(unicodedata.normalize("NFKC", text))


def is_subsequence(expected: list[str], found: list[str], visual: bool = False) -> bool:
    """Whether every expected word appears in found, in order (extra words allowed).

    ``visual``: text extracted from a PDF comes in display order, so a word the writer
    wrapped in a bidi override (U+202E … U+202C) is found reversed; and pdftotext may put
    a space inside an Arabic word whose marks sit between its letters (ستُوزَّع in a
    justified line comes back as "ستو زع"), so two found words may make one right-to-left
    expected word; or after a letter whose caron stands beside it (ľ, ď, ť), which the
    font kerns away from a capital ("0000ľY" came back as "0000ľ Y"); and it may join a
    line of one-letter words ("0 0" as "00").
    """
    position = 0
    joined = False
    for index, word in enumerate(found):
        if joined:
            joined = False
            continue
        if position == len(expected):
            break
        wanted = expected[position]
        if word == wanted or (visual and word[::-1] == wanted):
            position += 1
        elif (
            visual
            and (_right_to_left(wanted) or word.endswith(_CARON_BESIDE))
            and "".join(found[index : index + 2]) == wanted
        ):
            position += 1
            joined = True
        elif visual and (lost := _lost_spaces(word, expected, position)):
            position += lost
    return position == len(expected)


# Letters whose caron stands beside them: fonts kern them away from some letters after,
# far enough for pdftotext to guess a space there.
_CARON_BESIDE = ("ľ", "ď", "ť")


@functools.cache
def _one_letter_expansions() -> frozenset[str]:
    """The words of more than one character that NFKC makes of one ("ŉ" becomes "ʼn")."""
    expanded = (unicodedata.normalize("NFKC", chr(code)) for code in range(sys.maxunicode + 1))
    return frozenset(word for word in expanded if len(word) > 1)


def _right_to_left(word: str) -> bool:
    """Whether a word holds right-to-left letters (the only words pdftotext was seen to split)."""
    return any(unicodedata.bidirectional(char) in ("R", "AL") for char in word)


def _lost_spaces(word: str, expected: list[str], position: int) -> int:
    """How many expected words a found word joins when a PDF's extraction lost the spaces
    between them (0 when it does not): pdftotext reads a line holding only "0 0", or
    "a 0", as "00" and "a0", the gap between two one-letter words being narrower than its
    guess of a space. Every letter is there; only the extraction joined them. Only
    one-letter words are joined so: "ab 0" and "ab cd" come back as two words, and a
    writer that lost the space between two longer words must still fail."""
    joined = ""
    for count, wanted in enumerate(expected[position:], start=1):
        if len(wanted) != 1 and wanted not in _one_letter_expansions():
            return 0
        joined += wanted
        if joined == word:
            return count if count > 1 else 0
        if not word.startswith(joined):
            return 0
    return 0


def has_every_word(expected: list[str], found: list[str]) -> bool:
    """Whether every expected word is among the found ones, as often, in any order.

    For right-to-left text read from a PDF: pdftotext cuts a line holding a letter with a
    mark (shadda, tanwin) into pieces and gives the pieces left to right, whatever engine
    made the PDF (LibreOffice's too), so the order of words is its guess, not the PDF's.
    A right-to-left word it split in two (see ``is_subsequence``) counts as found, and a
    word with a lam ligature (lam-alef, lam-alef maksura) is found with the letters around
    the ligature in any order: the extraction puts them back in an order of its choosing.
    """
    from collections import Counter

    left = Counter(_ligature_key(word) for word in found)
    pairs = Counter(_ligature_key(first + second) for first, second in itertools.pairwise(found))
    for word in map(_ligature_key, expected):
        if left[word] > 0:
            left[word] -= 1
        elif _right_to_left(word) and pairs[word] > 0:
            pairs[word] -= 1
        else:
            return False
    return True


LAM_LIGATURE = re.compile("ل[اأإآى]|[اأإآى]ل")


def _ligature_key(word: str) -> str:
    """A word with a lam ligature as its sorted letters; any other word as it is."""
    return "".join(sorted(word)) if LAM_LIGATURE.search(word) else word


def first_missing(expected: list[str], found: list[str]) -> str:
    """Describe where the in-order match of expected words in found stops."""
    position = 0
    for word in found:
        if position < len(expected) and word == expected[position]:
            position += 1
    context = expected[max(0, position - 3) : position + 3]
    return f"word {position} of {len(expected)} ({expected[position]!r}) not found after {context}"


def expected_words(article: Article) -> list[str]:
    """Return the words a reader must find in every export of the article, in order.

    Built from the article itself, not from the tree: quotations replaced by their words
    (and attributions), link targets and list numbers left out (they are not text).
    """
    import re

    from editor.model import QUOTE_TOKEN
    from editor.text.dates import printed_date
    from editor.text.languages import language_or_default

    language = language_or_default(article.language)
    bank = {quotation.id: quotation for quotation in article.quotations}

    def quote_text(match: re.Match[str]) -> str:
        quotation = bank.get(match.group(1))
        if quotation is None:
            return f"unknown quotation {match.group(1)}"
        alone = match.group(0) == match.string.strip() or (
            f"\n\n{match.group(0)}\n\n" in f"\n\n{match.string}\n\n"
        )
        if alone:
            who = quotation.attribution or ", ".join(
                value for value in (quotation.speaker, quotation.role) if value
            )
            return f"{quotation.words} {who}"
        return quotation.words

    parts = [article.opening.text, article.headline, article.standfirst]
    for section in article.sections:
        if section.is_blank:
            continue  # an empty section is left out, label and all
        parts.append(section.label or language.label_for(section.kind))
        body = re.sub(r"\]\((?:https?|mailto):[^)\s]*\)", "] ", section.body)
        body = re.sub(r"(?m)^\s*\d+[.)]\s", " ", body)
        parts.append(QUOTE_TOKEN.sub(quote_text, body))
    office, author = (
        clean_text(value)[0].strip() for value in (article.byline.office, article.byline.author)
    )
    parts.append(language.credit_line(office, author))
    # The byline's date as the language prints it ("12 мая 2026 г.").
    date = printed_date(article.byline.date, language)
    parts.extend([date, article.byline.place, *article.meta.tags])
    # Characters XML cannot hold are cleaned (and reported) by the writer; expect that.
    return comparable(clean_text("\n".join(parts))[0])


BLOCK_TAGS = {
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "footer", "header",
    "section", "article", "pre", "ul", "ol", "title", "br", "hr", "cite", "table", "tr",
    "th", "td", "figure", "figcaption",
}  # fmt: skip


def html_text(data: bytes) -> str:
    """Return the text a browser shows for HTML bytes (parsed with html5lib)."""
    import html5lib

    root = html5lib.parse(data, treebuilder="etree", namespaceHTMLElements=False)
    parts: list[str] = []

    def walk(element) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in ("style", "script", "head"):
            if element.tail:
                parts.append(element.tail)
            return
        if tag in BLOCK_TAGS:
            parts.append("\n")
        if element.text:
            parts.append(element.text)
        for child in element:
            walk(child)
        if tag in BLOCK_TAGS:
            parts.append("\n")
        if element.tail:
            parts.append(element.tail)

    walk(root)
    return "".join(parts)


def docx_text(data: bytes) -> str:
    """Return the text of every paragraph of a DOCX, read back with python-docx."""
    import io

    import docx

    document = docx.Document(io.BytesIO(data))
    return "\n".join(paragraph.text for paragraph in document.paragraphs)


def pdf_text(data: bytes) -> str:
    """Return the text pdftotext extracts from PDF bytes."""
    import subprocess

    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-", "-"], input=data, capture_output=True, check=True
    )
    return result.stdout.decode("utf-8")


def page_text(fmt: str, data: bytes) -> str:
    """Return what a reader of a page export reads: a DOCX's paragraphs, a PDF's text as
    pdftotext extracts it, an HTML or Markdown file as it is."""
    if fmt == "docx":
        return docx_text(data)
    if fmt == "pdf":
        return pdf_text(data)
    return data.decode("utf-8")


_FORMAT_CHARACTER = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]+")


def undo_pdf_extraction(text: str) -> str:
    """Undo what pdftotext does to any engine's PDF (LibreOffice's, Typst's, WeasyPrint's):
    invisible format characters (bidi embeddings and overrides, joiners) are scattered
    between the letters of the word they belong to. (A letter carrying a mark is not undone
    here: the PDF writer's text layer gives it once, as typed.)"""
    return _FORMAT_CHARACTER.sub(_format_run, text)


def _format_run(match: re.Match[str]) -> str:
    # Between letters of one direction the characters sat inside a word ("l\u202cive");
    # between a Latin and an Arabic letter they were pdftotext's end of an embedding, and
    # the two words only touch because the embedding took the place of the space.
    text, start, end = match.string, match.start(), match.end()
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    if before.isspace() or after.isspace():
        return ""
    return "" if _right_to_left(before) == _right_to_left(after) else " "


def without_marks(found: list[str]) -> list[str]:
    """Drop combining marks and invisible format characters (ZWJ): PDF text extraction keeps
    neither their order (shadda, harakat) nor the invisible ones at all."""
    stripped = (
        "".join(ch for ch in word if unicodedata.category(ch) not in ("Mn", "Cf"))
        for word in found
    )
    return [_lam_alef(word) for word in stripped if word]


def _lam_alef(word: str) -> str:
    # A lam-alef ligature is one glyph; PDF text extraction gives its letters back in visual
    # order (alef, lam). Put both sides in that order so the comparison sees the same word.
    for alef in "اأإآ":
        word = word.replace("ل" + alef, alef + "ل")
    return word


def markdown_text(data: bytes) -> str:
    """Return the text of a Markdown export: front matter read as YAML, then the body."""
    import yaml

    _, front, body = data.decode("utf-8").split("---\n", 2)
    values = yaml.safe_load(front)
    return "\n".join([values.get("opening", ""), values["title"], body])


def soffice_to_pdf(sources: list[Path], folder: Path, profile: Path, timeout: int = 600) -> None:
    """Convert DOCX files to PDF beside them with LibreOffice, in one headless run."""
    import subprocess

    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            *map(str, sources),
        ],
        check=True,
        capture_output=True,
        timeout=timeout,
    )
