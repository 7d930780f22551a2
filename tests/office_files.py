"""Office files made for the tests: a Word template with an office's own style names."""

from __future__ import annotations

import io
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE


def office_template(path: Path, names: list[str]) -> Path:
    """Write a .docx whose custom paragraph styles have these names (as an office makes)."""
    document = docx.Document()
    for name in names:
        document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    buffer = io.BytesIO()
    document.save(buffer)
    path.write_bytes(buffer.getvalue())
    return path
