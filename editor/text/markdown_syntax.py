"""The Markdown line syntax the program recognises outside the renderer, each rule written once.

The renderer (Python-Markdown, editor/render/parse.py) parses Markdown for the preview and
the exports. Other parts only need to know what a line is: the draft importer
(editor/importing/markdown_draft.py) splits a draft into blocks, the highlighter
(editor/ui/form/highlighter.py) colours the line being typed, the reader's text
(editor/text/reader.py) drops the marks, and typography (editor/text/typography.py)
leaves a thematic break alone. They all read these patterns, built from the pieces below,
so a heading, a list item or a rule is the same line to each of them (tests/text/
test_markdown_syntax.py checks them against one table of lines).

The patterns match one line (no newline in it); each starts at the line's start.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

# Up to three spaces may stand before a block's mark; four make the line indented code.
_INDENT = r" {0,3}"
# An ATX heading's hashes: one to six (seven or more are text).
_HASHES = r"#{1,6}"
# A bullet ("-", "+", "*") or a number of up to nine digits closed by "." or ")".
_LIST_MARK = r"(?:[-+*]|\d{1,9}[.)])"
# A heading's hashes and a list marker only count when a space, a tab or the line's end
# follows them: "#tag" and "-5" are text.
_ENDS_MARK = r"(?=[ \t]|$)"
# A setext heading's underline: "=" for level 1, "-" for level 2.
_UNDERLINE = r"(?:=+|-+)"


def _run_of_three(char: str) -> str:
    # Three or more of one character, with spaces or tabs between and after them.
    return rf"(?:{re.escape(char)}[ \t]*){{3,}}"


# A thematic break's body: "---", "***", "___", spaced or not ("- - -").
_BREAK_RUNS = f"(?:{_run_of_three('-')}|{_run_of_three('*')}|{_run_of_three('_')})"

# Each pattern's source; compiled when first asked for (module __getattr__): the editor's
# start compiles only the three the highlighter uses, not all of them (about 0.7 ms).
_SOURCES: dict[str, str] = {
    # A code fence's opening line; group 1 is the fence ("```", "~~~~"), which closes it.
    "FENCE": rf"^{_INDENT}(`{{3,}}|~{{3,}})",
    # Code a body shows as typed: a fenced block (to its closing fence, else the end) or a
    # code span (backticks to as many backticks on the line).
    "CODE": (rf"(?ms)^{_INDENT}(`{{3,}}|~{{3,}}).*?(?:^{_INDENT}\1[ \t]*$|\Z)|(`+)[^\n]*?\2"),
    # A whole ATX heading line; group 1 the hashes (its level), group 2 the rest of the line,
    # whose text heading_text reads.
    #
    # The closing hashes are left to heading_text: a pattern that ended the text lazily before
    # them tried the rest of the line at every blank, quadratic in a line of blanks.
    "ATX_HEADING": rf"^{_INDENT}({_HASHES}){_ENDS_MARK}(.*)",
    # Whether a line is an ATX heading: the lines ATX_HEADING takes, without reading the text.
    #
    # The highlighter asks this at every keystroke; it has no use for the text's end.
    "ATX_HEADING_START": rf"^{_INDENT}{_HASHES}{_ENDS_MARK}",
    # A setext heading's underline ("===" or "---" under a paragraph's lines).
    "SETEXT_UNDERLINE": rf"^{_INDENT}{_UNDERLINE}[ \t]*$",
    # A thematic break ("---", "* * *", "___").
    "THEMATIC_BREAK": rf"^{_INDENT}{_BREAK_RUNS}$",
    # A block quote line; the match is its marker with the one space that belongs to it.
    "BLOCK_QUOTE": rf"^{_INDENT}> ?",
    # A list item's first line; the match is its marker and the blanks after it.
    #
    # An empty item ("-" alone) is an item: a draft's list keeps its shape.
    "LIST_ITEM": rf"^{_INDENT}{_LIST_MARK}(?:[ \t]+|$)",
    # A list marker with the one space or tab typed after it, as the highlighter colours it.
    #
    # Unlike LIST_ITEM it needs that space: while "-" or "1." stands alone the writer may still
    # be typing a rule, an underline or a number, and the quiet colour would flicker on and off.
    "TYPED_LIST_MARKER": rf"^{_INDENT}{_LIST_MARK}[ \t]",
    # A line indented as code (four spaces or a tab); only code when no paragraph is open.
    "INDENTED_CODE": r"^(?: {4}|\t)",
    # For fullmatch: a line the reader's text drops whole, an underline or a rule.
    #
    # The reader is a scan, not a parser: it takes any indentation and any block quote marks
    # before the line. Dashes broken by blanks are not in it: "- - -" reads as three list
    # markers with nothing after them, no words either, but "-- --" reads as words where
    # THEMATIC_BREAK (and the renderer) see a rule. Kept as it was; "-\t--" is a list item to
    # the renderer (it allows no tab in a rule), so THEMATIC_BREAK's runs would not fit either.
    "READER_RULE": (
        rf"(?:[ \t]*>)*[ \t]*(?:{_UNDERLINE}|{_run_of_three('*')}|{_run_of_three('_')})[ \t]*"
    ),
    # The marks at a line's start that the reader's text drops, in one match (for speed).
    #
    # Block quote marks and list markers nested in any order and at any indentation, then a
    # heading's hashes (group "heading"). Every part is optional: it matches every line.
    "READER_LINE_MARKS": (
        rf"(?:[ \t]*(?:>|{_LIST_MARK}{_ENDS_MARK}))*[ \t]*(?P<heading>{_HASHES}{_ENDS_MARK})?"
    ),
    # A table's rule, the line under its header: dashes (and colons) parted by pipes. Any
    # line of the text (multi-line), for escape_table_rules.
    # A table's rule as Python-Markdown reads one: a line of pipes, colons, hyphens and
    # blanks only, holding a pipe ("|" alone is a rule under "x |", with empty cells).
    "TABLE_RULE": r"(?m)^(?=[^\n|]*\|)[|:\- \t]+$",
}

if TYPE_CHECKING:
    FENCE: re.Pattern[str]
    CODE: re.Pattern[str]
    ATX_HEADING: re.Pattern[str]
    ATX_HEADING_START: re.Pattern[str]
    SETEXT_UNDERLINE: re.Pattern[str]
    THEMATIC_BREAK: re.Pattern[str]
    BLOCK_QUOTE: re.Pattern[str]
    LIST_ITEM: re.Pattern[str]
    TYPED_LIST_MARKER: re.Pattern[str]
    INDENTED_CODE: re.Pattern[str]
    READER_RULE: re.Pattern[str]
    READER_LINE_MARKS: re.Pattern[str]
    TABLE_RULE: re.Pattern[str]


def __getattr__(name: str) -> re.Pattern[str]:
    """Compile a pattern the first time it is asked for, then keep it as a module global."""
    source = _SOURCES.get(name)
    if source is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    pattern = re.compile(source)
    globals()[name] = pattern
    return pattern


def escape_table_rules(text: str) -> str:
    """Return text with the pipes of each line that would be a table's rule escaped: the
    line above it stays text, not a table's header."""
    if "|" not in text:
        return text
    # re's own cache keeps the compiled pattern (module globals are not looked up lazily).
    return re.sub(_SOURCES["TABLE_RULE"], lambda rule: rule.group(0).replace("|", "\\|"), text)


def heading_text(rest: str) -> str:
    """Return an ATX heading's text from what follows its hashes: blanks, closing hashes gone.

    "## Title ##" reads "Title": the closing hashes are marks when a blank stands before
    them, and "## ##" is an empty heading; "## C#" keeps its "#".
    """
    text = rest.strip(" \t")
    without = text.rstrip("#")
    if without != text and (not without or without[-1] in " \t"):
        return without.rstrip(" \t")
    return text
