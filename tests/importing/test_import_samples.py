"""The shipped samples (and ../shared's, when there) import as their READMEs say."""

from __future__ import annotations

from pathlib import Path

import pytest
from import_helpers import Expected, assert_imports_as, assert_nothing_lost, comparable
from sample_files import OWN_SAMPLES, shared_drafts

from editor.importing import import_draft
from editor.importing.frontmatter import split_front_matter
from editor.text.reader import reader_text

FERRY_LINE_EN = Expected(
    language="en",
    headline="Will the new ferry line ease the commute across Marren Bay?",
    standfirst="A second route between Eastshore and the old harbour is due to open in "
    "spring, but its winter timetable is still not settled.",
    sections=[("News:", "news", 4), ("Comment:", "comment", 4)],
    quotations=[
        ("q1", "a clear answer to ten years of complaints", "Ivo Brandt", "Board chair", ""),
        (
            "q2",
            "The boats are ordered, the crews are trained, and the piers will be ready by March.",
            "Ivo Brandt",
            "Board chair",
            "",
        ),
        ("q3", "forty minutes is the best case, not the promise", "Sela Morrow", "Captain", ""),
        (
            "q4",
            "Give us a winter without storms and we will keep the clock. Give us an ordinary "
            "winter and you will see delays.",
            "Sela Morrow",
            "Captain",
            "",
        ),
    ],
    office="the Eastshore News Desk",
    author="Jonah Feld",
)

WATER_PLAN_AR = Expected(
    language="ar",
    opening=("بسم الله الرحمن الرحيم", "ar"),
    headline="هل تكفي خطة المياه الجديدة لصيف طويل؟",
    sections=[("الخبر:", "news", 3), ("التعليق:", "comment", 3)],
    quotations=[
        (
            "q1",
            "سنبدأ بالأحياء التي انقطعت عنها المياه أكثر من غيرها",
            "رنا العموري",
            "رئيسة لجنة الخدمات",
            "",
        ),
        (
            "q2",
            "الأعمال ستنتهي في نهاية أيار، والتمويل مؤمّن بالكامل.",
            "ماجد السالم",
            "مدير المشروع",
            "",
        ),
        (
            "q3",
            "الخزانات الجديدة لن تنفع إذا بقيت الشبكة القديمة تعمل نصف الوقت",
            "سليم النجار",
            "المهندس المتقاعد",
            "",
        ),
    ],
    office="مكتب الوادي الإعلامي",
    author="هدى الشامي",
)

LIBRARY_RU = Expected(
    language="ru",
    headline="Откроется ли городская библиотека после ремонта к осени?",
    sections=[("Новость:", "news", 3), ("Комментарий:", "comment", 3)],
    quotations=[
        (
            "q1",
            "Мы заменили крышу и отопление, осталось привести в порядок читальные залы.\n"
            "Книги вернутся на полки в августе.",
            "Ирина Котова",
            "директор библиотеки",
            "— Ирина Котова, директор библиотеки, журналистам",
        ),
        (
            "q2",
            "смета менялась трижды, и каждый раз без объяснений",
            "Степан Ветров",
            "Депутат",
            "",
        ),
    ],
    office="редакции «Озёрный край»",
    author="Анна Гречко",
)

MARKET_TR = Expected(
    language="tr",
    headline="Pazar yeri yenileniyor: esnaf ne diyor?",
    sections=[("Haber", "news", 3), ("Yorum", "comment", 3)],
    quotations=[
        (
            "q1",
            "Esnafımızı mağdur etmeyeceğiz; geçici tezgâhlar meydanda kurulacak.",
            "Ayten Koral",
            "Belediye Başkan Yardımcısı",
            "",
        )
    ],
    office="Batı Haber Masası",
    author="Elif Tan",
    date="2026-05-02",
    tags=["belediye", "esnaf", "pazar"],
)

SCHOOL_UR = Expected(
    language="ur",
    headline="کیا نئے اسکول کی عمارت وقت پر مکمل ہو گی؟",
    sections=[("خبر:", "news", 2), ("تبصرہ:", "comment", 3)],
    quotations=[
        (
            "q1",
            "عمارت کا ستر فیصد کام مکمل ہو چکا ہے اور فنڈز جاری کر دیے گئے ہیں",
            "نسرین اختر",
            "کونسل کی چیئرپرسن",
            "",
        ),
        (
            "q2",
            "ہمیں تاریخ نہیں، کام ہوتا ہوا دیکھنا ہے",
            "کامران بیگ",
            "والدین کی انجمن کے صدر",
            "",
        ),
    ],
    office="مشرقی میڈیا ڈیسک",
    author="عمران شاہد",
)

OWN = {
    "ferry-line-en.txt": FERRY_LINE_EN,
    "water-plan-ar.txt": WATER_PLAN_AR,
    "library-ru.txt": LIBRARY_RU,
    "market-tr.md": MARKET_TR,
    "school-ur.txt": SCHOOL_UR,
}

# ../shared/samples/README.md, field by field.
SHARED = {
    "river-port-en.txt": Expected(
        language="en",
        headline="Will the river port reopen before winter?",
        sections=[("News:", "news", 3), ("Comment:", "comment", 4)],
        quotations=[
            ("q1", "ahead of schedule and within budget", "Alma Reyes", "Deputy Minister", ""),
            (
                "q2",
                "We promised the fishermen and the farmers a working port before the ice. "
                "We will keep that promise.",
                "Alma Reyes",
                "Deputy Minister",
                "",
            ),
            (
                "q3",
                "A quay without a channel is a monument, not a port.",
                "Tomas Berg",
                "logistics analyst",
                "",
            ),
        ],
        office="the Northland Media Desk",
        author="Lena Ortiz",
    ),
    "university-ar.txt": Expected(
        language="ar",
        opening=("بسم الله الرحمن الرحيم", "ar"),
        headline="هل تحل الجامعات الخاصة أزمة القبول؟",
        sections=[("الخبر:", "news", 2), ("التعليق:", "comment", 3)],
        quotations=[
            (
                "q1",
                "لن يبقى طالب متفوق خارج الجامعة هذا العام",
                "كريم منصور",
                "المتحدث باسم الوزارة",
                "",
            ),
            (
                "q2",
                "توسيع القبول في الجامعات الحكومية أقل كلفة وأعدل",
                "نبيل حداد",
                "الأستاذ الجامعي",
                "",
            ),
        ],
        office="مكتب الشمال الإعلامي",
        author="سلمى يوسف",
    ),
    "bridge-ru.txt": Expected(
        language="ru",
        headline="Новый мост через залив: праздник или долг на десятилетия?",
        sections=[("Новость:", "news", 2), ("Комментарий:", "comment", 3)],
        quotations=[
            (
                "q1",
                "Теперь дорога из порта до столицы займёт не четыре часа, а полтора.\n"
                "Это изменит экономику всего края.",
                "Олег Смирнов",
                "губернатор",
                # The clause's words past the name and role stay, in the line under it.
                "— Олег Смирнов, губернатор, на церемонии открытия",
            ),
            (
                "q2",
                "плата за проезд окажется слишком высокой для грузовиков",
                "Мария Лебедева",
                "Экономист",
                "",
            ),
        ],
        office="Медиаслужбы «Север»",
        author="Павел Орлов",
    ),
    "port-law-tr.md": Expected(
        language="tr",
        headline="Yeni liman yasası kıyı kentlerine ne getirecek?",
        sections=[("Haber", "news", 2), ("Yorum", "comment", 2)],
        quotations=[
            (
                "q1",
                "Bu yasa ile limanlar kentin malı olacak.",
                "Selin Aksoy",
                "Ulaştırma Komisyonu Başkanı",
                "",
            )
        ],
        office="Kuzey Medya Ofisi",
        author="Deniz Yılmaz",
        date="2026-03-14",
        tags=["liman", "ekonomi"],
    ),
    # "one unterminated quotation" (“…,” said — no speaker): it stays text, so the bank is
    # empty; the empty credit line ("Written for  by ") stays text too, so the byline is.
    "hostile-en.txt": Expected(
        language="en",
        headline="<script>alert('headline')</script> Is <b>bold</b> safe? "
        "[click](javascript:alert(1))",
        sections=[("News:", "news", 3), ("Comment:", "comment", 3)],
        quotations=[],
        office="",
        author="",
    ),
}


def _draft_words_text(path: Path) -> str:
    """The part of a draft whose words must all be in the article body fields."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".md":
        # What a reader of the Markdown draft sees: a link's address is not one of its words.
        return reader_text(split_front_matter(text)[1])
    return text


# The own samples always; ../shared's too when it is beside the checkout.
SAMPLES = [
    *(pytest.param(OWN_SAMPLES / name, OWN[name], id=name) for name in sorted(OWN)),
    *(
        pytest.param(path, SHARED[path.name], id=f"shared-{path.name}")
        for path in shared_drafts(sorted(SHARED))
    ),
]


@pytest.mark.parametrize(("path", "expected"), SAMPLES)
def test_sample_imports_with_the_structure_its_readme_gives(
    path: Path, expected: Expected
) -> None:
    assert_imports_as(import_draft(path), expected)


@pytest.mark.parametrize(("path", "expected"), SAMPLES)
def test_sample_loses_no_word(path: Path, expected: Expected) -> None:
    assert_nothing_lost(_draft_words_text(path), import_draft(path))


def test_own_samples_readme_lists_every_sample() -> None:
    readme = (OWN_SAMPLES / "README.md").read_text(encoding="utf-8")
    drafts = sorted(p.name for p in OWN_SAMPLES.iterdir() if p.name != "README.md")
    assert drafts == sorted(OWN)
    for name in drafts:
        assert f"| {name} |" in readme


def test_english_sample_bodies_hold_tokens_where_the_quotations_stood() -> None:
    article = import_draft(OWN_SAMPLES / "ferry-line-en.txt").article
    assert article.sections[0].body == (
        "The regional transport board voted on Tuesday to fund a second ferry line across "
        "Marren Bay, with two boats leaving every forty minutes from the first of April.\n\n"
        "Board chair Ivo Brandt said the vote was [[quote:q1]] and promised that fares would "
        "not rise this year.\n\n"
        "[[quote:q2]]\n\n"
        "The board expects about four thousand passengers a day once both lines are running."
    )
    assert "Captain Sela Morrow told the board that [[quote:q3]]." in article.sections[1].body


def test_turkish_sample_keeps_its_markdown_emphasis_and_link() -> None:
    article = import_draft(OWN_SAMPLES / "market-tr.md").article
    assert "*oy birliğiyle*" in article.sections[0].body
    assert "[belediyenin sitesinde](https://example.org/pazar)" in article.sections[0].body
    assert "**sekiz ay**" in article.sections[1].body


@pytest.mark.parametrize(
    ("name", "encoding", "prefix"),
    [
        ("water-plan-ar.txt", "cp1256", b""),
        ("library-ru.txt", "cp1251", b""),
        ("ferry-line-en.txt", "utf-16-le", b"\xff\xfe"),
        ("ferry-line-en.txt", "utf-16-be", b"\xfe\xff"),
        ("school-ur.txt", "utf-8", b"\xef\xbb\xbf"),
    ],
)
def test_sample_in_another_encoding_imports_the_same(
    tmp_path: Path, name: str, encoding: str, prefix: bytes
) -> None:
    original = OWN_SAMPLES / name
    copy = tmp_path / name
    copy.write_bytes(prefix + original.read_text(encoding="utf-8").encode(encoding))
    assert comparable(import_draft(copy).article) == comparable(import_draft(original).article)


@pytest.mark.parametrize("line_end", ["\r\n", "\r"])
def test_sample_with_windows_or_old_mac_line_ends_imports_the_same(
    tmp_path: Path, line_end: str
) -> None:
    original = OWN_SAMPLES / "library-ru.txt"
    copy = tmp_path / "library-ru.txt"
    text = original.read_text(encoding="utf-8").replace("\n", line_end)
    copy.write_bytes(text.encode("utf-8"))
    assert comparable(import_draft(copy).article) == comparable(import_draft(original).article)
