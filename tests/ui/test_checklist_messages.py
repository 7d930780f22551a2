"""The checklist's findings are shown in the interface language, every one of them."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QTreeWidget

from editor.storage.folders import UserFolders
from editor.storage.settings import Settings
from editor.text.checklist import run_checklist
from editor.text.template import new_article
from editor.ui.common.checklist_messages import shown_message
from editor.ui.common.theme import apply_ui_language
from editor.ui.review.checklist_panel import ChecklistPanel


def _article_with_problems():
    article = new_article("en")
    article.headline = "Will  the port reopen?"  # two spaces
    article.sections[0].body = "The minister said [[quote:missing]]."
    return article


def test_an_english_interface_shows_the_core_wording() -> None:
    findings = run_checklist(_article_with_problems())
    assert findings
    for finding in findings:
        assert shown_message(finding) == finding.message


def test_the_arabic_interface_shows_the_findings_in_arabic(qtbot, qapp: QApplication) -> None:
    apply_ui_language(qapp, Settings(ui_language="ar"), UserFolders.default().cache)
    try:
        panel = ChecklistPanel()
        qtbot.addWidget(panel)
        panel.set_findings(run_checklist(_article_with_problems()))
        tree = panel.findChild(QTreeWidget)
        shown = [tree.topLevelItem(row).text(1) for row in range(tree.topLevelItemCount())]
        places = [tree.topLevelItem(row).text(0) for row in range(tree.topLevelItemCount())]
    finally:
        apply_ui_language(qapp, Settings(), UserFolders.default().cache)
    assert shown
    for text in shown:
        # Arabic words around the values filled in (ids, counts, marks stay as they are).
        assert any("\u0600" <= char <= "\u06ff" for char in text), text
        assert "quotation" not in text and "spaces" not in text, text
    assert any("missing" in text for text in shown)  # the unknown id, filled in
    # Places by their Arabic names (a section by "Section N" when no labels are given).
    assert "\u2068العنوان\u2069" in places  # the headline's double space: one paragraph
    assert not any("headline" in place or "sections/" in place for place in places), places
