"""Articles built in code for the UI tests (the samples' shape, no ../shared needed)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QMessageBox

from editor.model import Article, Byline, Opening, Quotation, Section
from editor.text.template import new_article
from editor.ui.form.text_box import TextBox

ARABIC_NEWS = (
    "أعلنت وزارة التعليم العالي في الخامس من أيلول/سبتمبر أنها منحت تراخيص لسبع جامعات "
    "خاصة جديدة، لاستيعاب نحو أربعين ألف طالب.\n\n"
    "وقال المتحدث باسم الوزارة كريم منصور: [[quote:mansour-1]]"
)
ARABIC_COMMENT = (
    "جاء القرار بعد أن رُفض آلاف الطلاب في الجامعات الحكومية بسبب نقص المقاعد، لكن رسوم "
    "الجامعات الخاصة تفوق دخل أغلب الأسر.\n\n"
    "فهل يكون التعليم الجامعي حقًا للجميع، أم امتيازًا لمن يملك المال؟"
)


def arabic_article() -> Article:
    """Return the Arabic sample article (university admissions), built in code."""
    article = new_article("ar")
    article.opening = Opening(text="بسم الله الرحمن الرحيم")
    article.headline = "هل تحل الجامعات الخاصة أزمة القبول؟"
    article.sections[0].body = ARABIC_NEWS
    article.sections[1].body = ARABIC_COMMENT
    article.quotations = [
        Quotation(
            id="mansour-1",
            words="لن يبقى طالب متفوق خارج الجامعة هذا العام",
            speaker="كريم منصور",
            role="المتحدث باسم الوزارة",
        )
    ]
    article.byline = Byline(author="سلمى يوسف", office="مكتب الشمال الإعلامي")
    return article


def english_article() -> Article:
    """Return the English sample article (river port), built in code."""
    article = new_article("en")
    article.headline = "Will the river port reopen before winter?"
    article.standfirst = (
        "The ministry promises cargo ships by December; the channel is not dredged."
    )
    article.sections = [
        Section(
            kind="news",
            label="News:",
            body=(
                "The transport ministry of Northland announced on 4 October that the river port "
                "of Kestrel Bay will reopen to cargo ships on 1 December, after eighteen months "
                "of repairs.\n\n"
                "Speaking at a press conference in the capital, Deputy Minister Alma Reyes said "
                "the works were *ahead of schedule and within budget*.\n\n"
                "[[quote:reyes-1]]"
            ),
        ),
        Section(
            kind="comment",
            label="Comment:",
            body=(
                "The announcement was welcomed by exporters, who have been trucking grain three "
                "hundred kilometres to the nearest open harbour.\n\n"
                "Yet doubts remain. The contractor has missed **two earlier deadlines**, and the "
                "dredging of the channel has not been tendered.\n\n"
                "[[quote:berg-1]]\n\n"
                "So the question is not whether the port will be declared open on 1 December, "
                "but whether a loaded ship will be able to reach it."
            ),
        ),
    ]
    article.quotations = [
        Quotation(
            id="reyes-1",
            words="We promised the fishermen and the farmers a working port before the ice. "
            "We will keep that promise.",
            speaker="Alma Reyes",
            role="Deputy Minister",
            occasion="press conference",
            date="2026-10-04",
            verified=True,
        ),
        Quotation(
            id="berg-1",
            words="A quay without a channel is a monument, not a port",
            speaker="Tomas Berg",
            role="logistics analyst",
        ),
    ]
    article.byline = Byline(
        author="Lena Ortiz",
        office="the Northland Media Desk",
        date="2026-10-05",
        place="Kestrel Bay",
    )
    article.meta.tags = ["transport", "ports"]
    return article


class Asked:
    """Records the questions a patched QMessageBox was asked, and gives a fixed answer."""

    def __init__(self, answer: QMessageBox.StandardButton) -> None:
        self.answer = answer
        self.questions: list[str] = []

    def __call__(self, _parent, _title, text, *_args, **_kwargs):
        self.questions.append(text)
        return self.answer


def type_into(qtbot, widget, text: str) -> None:
    """Type at the end of a field, as a writer adding to it would."""
    widget.setFocus()
    if isinstance(widget, TextBox):
        widget.moveCursor(QTextCursor.MoveOperation.End)
    else:
        widget.end(False)
    qtbot.keyClicks(widget, text)


def type_text(widget, text: str) -> None:
    """Type letters of any script, each a key press and release with its text (QTest's
    keyClicks takes only what a key of its own names, ASCII)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
            )
