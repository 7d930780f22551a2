"""Where the sample drafts are: the project's own, and ../shared/samples when it is there.

The project's own drafts (``resources/samples``) and a hostile draft built here stand in
for ../shared, which a fresh clone has not: a test of the sample drafts runs on these
always, and on the shared drafts too when they are beside the checkout (never skipped).

A module of its own, not conftest: ``from conftest import …`` finds whichever conftest.py
comes first on sys.path (tests/ui has one too).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED_SAMPLES = REPO.parent / "shared" / "samples"
OWN_SAMPLES = REPO / "resources" / "samples"

# A draft as hostile as ../shared/samples/hostile-en.txt: markup, scripts and Markdown
# look-alikes that must stay text, control and bidi characters, an unterminated quotation,
# a 4,000-sentence paragraph and an empty credit line.
HOSTILE_MARKUP = (
    "<img src=x onerror=alert(1)> **not closed, _also not, # not a heading, [not](a link"
)
HOSTILE_DRAFT = "\n".join(
    [
        "<script>alert('headline')</script> Is <b>bold</b> safe? [click](javascript:alert(1))",
        "News:",
        "Control characters: \x0b vertical tab, \x0c form feed, \x1b escape, \x07 bell.",
        "Joiner \u200d, overrides \u202eevil\u202c, isolate \u2067rtl\u2069, emoji 🗞️, é.",
        "“An unterminated quotation that goes on,” said",
        "# not a heading",
        "> not a quote",
        "- not a list item",
        "1986. Not a numbered item either.",
        "Fake token [[quote:q1]] and `code` and \\*escaped\\* and ***bold italic***",
        "Comment:",
        HOSTILE_MARKUP,
        "A very long paragraph. " * 4000,
        "Written for  by ",
    ]
)


def own_drafts() -> list[Path]:
    """Return the project's own sample drafts (.txt and .md), sorted by name."""
    drafts = (path for path in OWN_SAMPLES.iterdir() if path.suffix in (".txt", ".md"))
    return sorted(path for path in drafts if path.name != "README.md")


def shared_drafts(names: Iterable[str]) -> list[Path]:
    """Return the named drafts of ../shared/samples, or none when that folder is absent."""
    if not SHARED_SAMPLES.is_dir():
        return []
    return [SHARED_SAMPLES / name for name in names]


def write_hostile_draft(folder: Path) -> Path:
    """Write the hostile draft into folder as hostile-en.txt and return its path."""
    path = folder / "hostile-en.txt"
    path.write_text(HOSTILE_DRAFT, encoding="utf-8")
    return path
