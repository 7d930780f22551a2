"""Spelling underlines, the spelling context menu, typography as you type, the checklist dock."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QKeyEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication
from thread_watch import watch_threads

from editor.storage.folders import UserFolders
from editor.storage.word_list import PersonalWordList
from editor.text.spelling import SpellChecker
from editor.ui.form.gradual_highlight import GradualRehighlight, visible_blocks
from editor.ui.form.markdown_editor import MarkdownEditor
from editor.ui.form.text_box import TextBox
from editor.ui.language.spell_highlight import SpellHighlight, SpellHighlighter
from editor.ui.language.spell_menu import SpellMenu
from editor.ui.language.typing_typography import TypingTypography

SPELL_UNDERLINE = QTextCharFormat.UnderlineStyle.SpellCheckUnderline


def _type(widget, text: str) -> None:
    """Type text as key presses (QTest's keyClicks accepts only ASCII)."""
    for char in text:
        key = Qt.Key(ord(char.upper())) if char.isascii() else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


@pytest.fixture(scope="module")
def loaded() -> SpellChecker:
    """A checker with English and Russian loaded (no personal list)."""
    checker = SpellChecker()
    assert checker.load("en") and checker.load("ru")
    return checker


def _underlined(box: TextBox, block_number: int = 0) -> list[tuple[int, int]]:
    """Return (start, length) of the spell-check underlined ranges of a block's layout."""
    block = box.document().findBlockByNumber(block_number)
    return [
        (r.start, r.length)
        for r in block.layout().formats()
        if r.format.underlineStyle() == SPELL_UNDERLINE
    ]


def _box_with_spelling(qtbot, checker: SpellChecker, text: str) -> tuple[TextBox, SpellHighlight]:
    box = TextBox(min_lines=3)
    qtbot.addWidget(box)
    spell = SpellHighlight(checker, lambda: ("en", ""))
    box.highlighter = SpellHighlighter(box.document(), spell)
    box.set_text(text)
    return box, spell


def test_a_misspelled_word_gets_a_spell_check_underline(qtbot, loaded: SpellChecker) -> None:
    box, _spell = _box_with_spelling(qtbot, loaded, "The goverment said so.\nВсё хорошо, превет.")
    assert _underlined(box, 0) == [(4, 9)]
    assert _underlined(box, 1) == [(12, 6)]  # the Russian line is checked in Russian


def test_the_markdown_highlighter_keeps_bold_under_the_underline(
    qtbot, loaded: SpellChecker
) -> None:
    editor = MarkdownEditor()
    qtbot.addWidget(editor)
    editor.highlighter.spell = SpellHighlight(loaded, lambda: ("en",))  # the hook
    editor.set_text("A **goverment** plan, see [x](https://exampel.org/goverment).")
    formats = editor.document().firstBlock().layout().formats()
    word = [r for r in formats if r.format.underlineStyle() == SPELL_UNDERLINE]
    assert [(r.start, r.length) for r in word] == [(4, 9)]  # not the link's target
    assert all(r.format.fontWeight() == QFont.Weight.Bold for r in word)


@pytest.mark.slow  # a few seconds: run by .ci/run with the slow tests
def test_a_long_body_is_underlined_on_screen_first_then_to_the_end(
    qtbot, loaded: SpellChecker
) -> None:
    editor = MarkdownEditor()
    qtbot.addWidget(editor)
    editor.resize(600, 300)
    editor.show()
    editor.set_text("\n\n".join(["The goverment met."] * 3000))
    qtbot.wait(0)  # the dictionary may arrive before the long text is laid out
    editor.highlighter.spell = SpellHighlight(loaded, lambda: ("en",))
    gradual = GradualRehighlight()
    gradual.start(editor.highlighter, editor)
    assert _underlined(editor, 0) == [(4, 9)]  # on screen: at once
    assert _underlined(editor, 2999) == []  # far below: not yet
    assert gradual.is_running()
    qtbot.waitUntil(lambda: not gradual.is_running(), timeout=10_000)
    assert _underlined(editor, 2999) == [(4, 9)]
    assert _underlined(editor, 1500) == [(4, 9)]


def test_while_the_writer_types_the_highlighting_waits_for_a_pause(
    qtbot, loaded: SpellChecker, monkeypatch
) -> None:
    # A dictionary arriving as the writer types: no slice, not even the screenful, falls
    # on a keystroke; at the pause, the paragraphs on screen come first, then the rest.
    from editor.ui.form import gradual_highlight

    now = [1000.0]  # the module's clock, moved by the test: no race with a busy machine
    monkeypatch.setattr(gradual_highlight, "perf_counter", lambda: now[0])
    editor = MarkdownEditor()
    qtbot.addWidget(editor)
    editor.resize(600, 300)
    editor.show()
    editor.set_text("\n\n".join(["The goverment met."] * 600))
    editor.finish_highlighting()  # the load's own highlighting, before the dictionary's
    qtbot.waitUntil(lambda: editor.verticalScrollBar().maximum() > 0)
    editor.verticalScrollBar().setValue(editor.verticalScrollBar().maximum() // 2)
    on_screen = visible_blocks(editor)[0].blockNumber()
    assert 200 < on_screen < 400
    highlighter = editor.highlighter
    highlighter.spell = SpellHighlight(loaded, lambda: ("en",))
    done: list[int] = []  # the paragraphs highlighted, in order
    own = highlighter.highlightBlock

    def highlight_block(text: str) -> None:
        done.append(highlighter.currentBlock().blockNumber())
        own(text)

    highlighter.highlightBlock = highlight_block
    gradual = GradualRehighlight()
    gradual.note_edit()
    now[0] += 0.5  # half a second later, the dictionary: the writer is typing still
    gradual.start(highlighter, editor)
    assert done == []  # not at once: a key may be under way
    for _ in range(5):  # an edit every 30 ms: nothing is highlighted meanwhile
        now[0] += gradual_highlight.QUIET_MS / 1000 * 0.75
        gradual.note_edit()
        qtbot.wait(gradual_highlight.QUIET_MS)
        assert done == []
    now[0] += 1.0  # the pause
    qtbot.waitUntil(lambda: not gradual.is_running(), timeout=10_000)
    # The paragraphs on screen first, on to the end, then those above them.
    assert done == [*range(on_screen, 600), *range(on_screen)]
    assert all(_underlined(editor, number) == [(4, 9)] for number in range(600))


def test_the_suggestion_from_the_context_menu_replaces_the_word(
    qtbot, loaded: SpellChecker
) -> None:
    box, spell = _box_with_spelling(qtbot, loaded, "The goverment said so.")
    menu_maker = SpellMenu(box, spell)
    box.show()
    cursor = QTextCursor(box.document())
    cursor.setPosition(7)
    point = box.cursorRect(cursor).center()
    menu = menu_maker.menu_for(point)
    first = menu.actions()[0]
    assert first.text() == "government"
    first.trigger()
    assert box.text() == "The government said so."
    assert _underlined(box) == []
    box.undo()
    assert box.text() == "The goverment said so."


def test_add_to_dictionary_and_ignore_from_the_menu(qtbot, tmp_path: Path) -> None:
    checker = SpellChecker(PersonalWordList.in_folder(tmp_path))
    checker.load("en")
    box, spell = _box_with_spelling(qtbot, checker, "Qzorblat met Vexmorn.")
    menu_maker = SpellMenu(box, spell, lambda: box.highlighter.rehighlight())
    box.show()
    assert _underlined(box) == [(0, 8), (13, 7)]

    def menu_at(offset: int):
        cursor = QTextCursor(box.document())
        cursor.setPosition(offset)
        return {
            a.text(): a for a in menu_maker.menu_for(box.cursorRect(cursor).center()).actions()
        }

    menu_at(2)["Add “Qzorblat” to dictionary"].trigger()
    assert (tmp_path / "personal-words.txt").read_text(encoding="utf-8") == "Qzorblat\n"
    menu_at(15)["Ignore “Vexmorn”"].trigger()
    assert _underlined(box) == []


def test_typing_a_quoted_word_in_a_russian_paragraph_gives_guillemets(qtbot) -> None:
    box = TextBox(min_lines=3)
    qtbot.addWidget(box)
    TypingTypography(box, lambda: ("en", ""))
    box.set_text("The mayor spoke.\n\nОн сказал ")
    box.moveCursor(QTextCursor.MoveOperation.End)
    _type(box, '"слово" -- да...')
    assert box.text() == "The mayor spoke.\n\nОн сказал «слово» — да…"
    # Each correction is its own undo step: the straight mark comes back, then goes.
    box.set_text("")
    _type(box, 'Он "да"')
    assert box.text() == "Он «да»"
    box.undo()
    assert box.text() == 'Он «да"'


def test_an_english_paragraph_keeps_english_marks_and_urls_are_left_alone(qtbot) -> None:
    box = TextBox(min_lines=3)
    qtbot.addWidget(box)
    TypingTypography(box, lambda: ("en", ""))
    _type(box, 'He said "yes" at https://example.org/a--b...')
    assert box.text() == "He said “yes” at https://example.org/a--b..."


# -- the main window -----------------------------------------------------------------------


def _window(qtbot, workspace):
    window = workspace.new_window()
    window.attach_language_tools()
    tools = window.language_tools
    assert tools is not None
    return window, tools


def test_the_main_window_underlines_misspellings_once_the_dictionary_loads(
    qtbot, workspace
) -> None:
    window, tools = _window(qtbot, workspace)
    editor = window.form.sections[0].editor
    editor.setFocus()
    with watch_threads("dictionary") as loader:
        _type(editor, "The goverment met.")
        qtbot.waitUntil(lambda: tools.checker.is_loaded("en"), timeout=10_000)
        qtbot.waitUntil(lambda: _underlined(editor) == [(4, 9)], timeout=5_000)
    # The dictionary loaded off the GUI thread, and that thread called no Qt function.
    assert "load" in loader.ran
    assert loader.qt_calls == []
    assert window.attach_language_tools() is tools  # a second call adds nothing
    assert len([c for c in window.children() if c is tools]) == 1


def test_a_dictionary_arriving_while_the_writer_types_waits_for_a_pause(qtbot, workspace) -> None:
    window, tools = _window(qtbot, workspace)
    editor = window.form.sections[0].editor
    editor.set_text("\n\n".join(["The goverment met."] * 50))
    tools.checker.load("en")
    tools.rehighlight()  # the bodies hooked to the dictionary
    window.show()
    qtbot.waitExposed(window)
    editor.setFocus()
    _type(editor, "A")  # an edit in the window: the writer is typing
    done: list[int] = []
    own = editor.highlighter.highlightBlock

    def highlight_block(text: str) -> None:
        done.append(editor.highlighter.currentBlock().blockNumber())
        own(text)

    editor.highlighter.highlightBlock = highlight_block
    tools.rehighlight(gradually=True)  # as a dictionary's arrival does
    assert done == []  # the body waits for the typing to pause
    qtbot.waitUntil(lambda: not tools.gradual.is_running(), timeout=5000)
    assert sorted(done) == list(range(50))


def test_the_checklist_dock_lists_findings_and_a_click_jumps_to_the_place(
    qtbot, workspace
) -> None:
    window, tools = _window(qtbot, workspace)
    form = window.form
    form.headline.editor.set_text("Will the port reopen?")
    form.sections[0].editor.set_text("First line.\nThe goverment  met.")
    form.sections[1].editor.set_text("Winter will not wait.")
    form.byline.author_edit.setText("L. Writer")
    form.byline.office_edit.setText("the Desk")
    tools.check_action.trigger()
    places = [(f.part, f.line, f.column, f.code) for f in tools.panel.findings()]
    assert places == [
        ("sections/0", 2, 5, "spelling"),
        ("sections/0", 2, 14, "double-space"),
    ]
    # The Place column names the section by its label as typed, and the paragraph (the
    # Markdown's lines and columns are the command line's, not a writer's).
    tree = tools.panel.tree
    shown = [tree.topLevelItem(row).text(0) for row in range(tree.topLevelItemCount())]
    assert shown == ["\u2068News\u2069, paragraph 1", "\u2068News\u2069, paragraph 1"]
    item = tools.panel.tree.topLevelItem(1)
    with qtbot.waitSignal(tools.panel.jump_requested) as jump:
        rect = tools.panel.tree.visualItemRect(item)
        qtbot.mouseClick(tools.panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert jump.args == ["sections/0", 2, 14]
    cursor = form.sections[0].editor.textCursor()
    # Line 2 of the stored text is the paragraph's second line: after its line separator.
    assert (cursor.blockNumber(), cursor.positionInBlock()) == (0, len("First line.") + 1 + 13)


def test_fix_typography_corrects_every_part_undone_by_one_ctrl_z_or_in_one_part(
    qtbot, workspace
) -> None:
    from PySide6.QtGui import QKeySequence

    window, tools = _window(qtbot, workspace)
    form = window.form
    headline, body = form.headline.editor, form.sections[0].editor
    headline.set_text('Will the "port" reopen?')
    body.set_text('Он сказал: "да" -- и ушёл...')
    assert tools.fix_typography() == 2
    assert headline.text() == "Will the “port” reopen?"
    assert body.text() == "Он сказал: «да» — и ушёл…"
    headline.setFocus()
    qtbot.keySequence(headline, QKeySequence.StandardKey.Undo)
    assert headline.text() == 'Will the "port" reopen?'
    assert body.text() == 'Он сказал: "да" -- и ушёл...'
    qtbot.keySequence(headline, QKeySequence.StandardKey.Redo)
    assert headline.text() == "Will the “port” reopen?"
    # A part's own undo (its context menu) takes the fix back in that part alone.
    headline.undo()
    assert headline.text() == 'Will the "port" reopen?'
    assert body.text() == "Он сказал: «да» — и ушёл…"


def test_byline_names_are_not_underlined(qtbot, workspace, user_folders: UserFolders) -> None:
    window, tools = _window(qtbot, workspace)
    tools.checker.load("en")
    form = window.form
    form.byline.author_edit.setText("Qzorblat Vexmorn")
    form.sections[0].editor.set_text("Written by Qzorblat, not Xqzzv.")
    tools.rehighlight()
    assert _underlined(form.sections[0].editor) == [(25, 5)]


def test_the_export_checklist_lets_an_export_go_ahead_only_when_clean_or_forced(
    qtbot, workspace
) -> None:
    window, tools = _window(qtbot, workspace)
    form = window.form
    form.sections[0].label_edit.setText("Lede:")  # typed, not yet in any saved article
    blocked = tools.export_checklist()
    qtbot.addWidget(blocked)
    assert [f.message for f in blocked.findings()][:1] == ["The headline is empty."]
    places = [
        blocked.tree.topLevelItem(row).text(0) for row in range(blocked.tree.topLevelItemCount())
    ]
    assert "\u2068Lede\u2069" in places  # the empty section, by the label as typed
    assert not blocked.may_export()
    blocked.anyway_check.setChecked(True)
    assert blocked.may_export()
    form.headline.editor.set_text("Will the port reopen?")
    form.sections[0].editor.set_text("The council met.")
    form.sections[1].editor.set_text("Winter will not wait.")
    form.byline.author_edit.setText("L. Writer")
    form.byline.office_edit.setText("the Desk")
    clean = tools.export_checklist()
    qtbot.addWidget(clean)
    assert clean.findings() == []
    assert clean.may_export()
    assert clean.summary.text() == "Nothing found: ready to export."


def test_switching_spelling_off_removes_the_underlines(qtbot, workspace) -> None:
    window, tools = _window(qtbot, workspace)
    tools.checker.load("en")
    editor = window.form.sections[0].editor
    editor.set_text("The goverment met.")
    tools.rehighlight()
    assert _underlined(editor) == [(4, 9)]
    tools.spelling_action.setChecked(False)
    assert _underlined(editor) == []
    tools.spelling_action.setChecked(True)
    assert _underlined(editor) == [(4, 9)]


def test_typing_in_a_long_paragraph_underlines_as_a_whole_check_would(qtbot) -> None:
    # A pasted text may be one paragraph of thousands of words: each key checks again only
    # the words around it, and a word ignored meanwhile is no longer underlined anywhere.
    checker = SpellChecker()
    assert checker.load("en")
    text = " ".join(["The goverment reopens the harbour."] * 300)
    box, spell = _box_with_spelling(qtbot, checker, text)
    assert len(_underlined(box)) == 300
    box.setFocus()
    cursor = box.textCursor()
    cursor.setPosition(len(text) // 2)
    box.setTextCursor(cursor)
    _type(box, " recieve ")
    block = box.document().firstBlock().text()
    words = Counter(block[start : start + length] for start, length in _underlined(box))
    assert words == {"goverment": 300, "recieve": 1}
    assert spell.misspellings(block) == checker.check_line(block, ("en", ""))

    checker.ignore("goverment")
    box.highlighter.rehighlight()
    assert [block[start : start + length] for start, length in _underlined(box)] == ["recieve"]


def test_a_section_added_while_open_is_checked_too(qtbot, workspace) -> None:
    window, tools = _window(qtbot, workspace)
    qtbot.waitUntil(lambda: tools.checker.is_loaded("en"), timeout=10_000)
    window.form.sections[1].editor.setFocus()
    window.section_actions.add_actions["comment"].trigger()
    editor = window.form.sections[2].editor
    assert window.focusWidget() is editor
    _type(editor, "The goverment met.")
    qtbot.waitUntil(lambda: _underlined(editor) == [(4, 9)], timeout=5_000)


def test_words_suggested_for_deletion_are_not_spell_checked(qtbot, loaded: SpellChecker) -> None:
    # In suggesting mode "четверг" replaced by "среду" stood struck beside it, and the two
    # were checked as one word and underlined (a trial). A struck word is not the text's.
    from editor.ui.form.suggestion_marks import DELETED, INSERTED, SUGGESTION_KIND

    box, _spell = _box_with_spelling(qtbot, loaded, "They meet on ThursdayWednesday morning.")
    assert _underlined(box) == [(13, 17)]  # one word to the checker, as it reads the text
    for start, end, kind in ((13, 21, DELETED), (21, 30, INSERTED)):
        cursor = QTextCursor(box.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        mark = QTextCharFormat()
        mark.setProperty(SUGGESTION_KIND, kind)
        cursor.mergeCharFormat(mark)
    box.highlighter.rehighlight()
    assert _underlined(box) == []
    # A misspelled word suggested in its place is still underlined.
    box.set_text("They meet on ThursdayWensday morning.")
    cursor = QTextCursor(box.document())
    cursor.setPosition(13)
    cursor.setPosition(21, QTextCursor.MoveMode.KeepAnchor)
    mark = QTextCharFormat()
    mark.setProperty(SUGGESTION_KIND, DELETED)
    cursor.mergeCharFormat(mark)
    box.highlighter.rehighlight()
    assert _underlined(box) == [(21, 7)]
