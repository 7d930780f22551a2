"""Who said a block quotation: the line under it, one rule for the exports and the editor."""

from __future__ import annotations

from editor.text.scripts import ARABIC, has_script_blocks, text_script

# Commas that joined the attribution to the words in a draft ("…," said the mayor), in
# the scripts the program writes: dropped when the attribution stands on its own line.
JOINING_COMMAS = ",،，、"


def attribution_text(attribution: str, speaker: str, role: str) -> str:
    """Return the line under a block quotation: the attribution as written (without the
    comma that joined it to the words in the draft), else "— Speaker, Role" (the Arabic
    comma between them in Arabic script: "— ماجد السالم، مدير المشروع"); "" for none."""
    text = attribution.strip().lstrip(JOINING_COMMAS + " \t\u00a0")
    if text:
        return text
    parts = [value for value in (speaker.strip(), role.strip()) if value]
    who = list_comma(" ".join(parts)).join(parts)
    return f"— {who}" if who else ""


def list_comma(text: str) -> str:
    """Return the comma (and space) that joins the items of an attribution in the text's
    script: the Arabic comma in Arabic script, else the Latin one."""
    arabic = has_script_blocks(text, ARABIC) and text_script(text) == ARABIC
    return "، " if arabic else ", "
