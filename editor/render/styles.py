"""House styles: what an office's exports look like, from JSON files shipped or user-made."""

from __future__ import annotations

import json
import math
import re
import unicodedata
from pathlib import Path
from typing import Any, ClassVar

from editor.files import NOT_FOUND, FileReadError, read_regular
from editor.model.frozen import Frozen
from editor.model.messages import QT_TRANSLATE_NOOP
from editor.render.errors import StyleError
from editor.resources import resource_path
from editor.text.languages import primary_subtag

DEFAULT_STYLE = "default"
# The shipped styles' descriptions (resources/styles/*.json), marked for translation: the
# interface shows them in its language. A style an office writes keeps its own words.
SHIPPED_DESCRIPTIONS = (
    QT_TRANSLATE_NOOP(
        "HouseStyles", "The default house style: serif text on A4, every part shown."
    ),
    QT_TRANSLATE_NOOP(
        "HouseStyles",
        # One literal (lupdate reads no concatenation).
        "A compact wire style: sans-serif, Letter paper, narrow margins, capitalised English labels, no metadata block.",  # noqa: E501
    ),
)
_FONT_NAME = re.compile(r"[\w .\-]{1,80}")
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]*$")
# A style name becomes a file name; past this it is no name a user typed on purpose.
MAX_NAME_LENGTH = 100
# A house style is a few hundred bytes of JSON; anything much larger is not one.
MAX_STYLE_BYTES = 1_000_000
# Font sizes in points: Word itself stops at 1,638; a 400-point line is already 14 cm high.
MAX_FONT_SIZE = 400.0
# What the paper keeps between opposite margins, in millimetres, for any text to fit.
MIN_TEXT_WIDTH_MM = 20.0
MAX_FILE_NAME = 120
MAX_DESCRIPTION = 300
# Width and height in millimetres.
PAGE_SIZES: dict[str, tuple[float, float]] = {
    "A4": (210.0, 297.0),
    "A5": (148.0, 210.0),
    "Letter": (215.9, 279.4),
    "Legal": (215.9, 355.6),
}


class Fonts(Frozen):
    """Font families: one for Latin and Cyrillic text, one for complex scripts (Arabic),
    one for Urdu (written in Nastaliq, which a reader of Urdu expects: set in the Arabic
    font it read as another language's page), one for code."""

    __slots__ = ("complex", "latin", "monospace", "urdu")
    _defaults: ClassVar[dict[str, Any]] = {
        "latin": "Noto Serif",
        "complex": "Noto Sans Arabic",
        "monospace": "DejaVu Sans Mono",
        "urdu": "Noto Nastaliq Urdu",
    }

    latin: str
    complex: str
    monospace: str
    urdu: str


class Sizes(Frozen):
    """Font sizes in points for each part of the article."""

    __slots__ = (
        "attribution",
        "body",
        "credit",
        "label",
        "metadata",
        "opening",
        "quote",
        "standfirst",
        "title",
    )
    _defaults: ClassVar[dict[str, Any]] = {
        "body": 11.0,
        "title": 22.0,
        "opening": 14.0,
        "standfirst": 13.0,
        "label": 12.0,
        "quote": 11.0,
        "attribution": 10.0,
        "credit": 10.0,
        "metadata": 9.0,
    }

    body: float
    title: float
    opening: float
    standfirst: float
    label: float
    quote: float
    attribution: float
    credit: float
    metadata: float


class Page(Frozen):
    """Paper size (a name from PAGE_SIZES), margins in millimetres, and page numbers."""

    __slots__ = ("margin_bottom", "margin_left", "margin_right", "margin_top", "numbers", "size")
    _defaults: ClassVar[dict[str, Any]] = {
        "size": "A4",
        "margin_top": 25.0,
        "margin_right": 25.0,
        "margin_bottom": 25.0,
        "margin_left": 25.0,
        # The page's number centred in the PDF's footer, in the article language's digits.
        "numbers": True,
    }

    size: str
    margin_top: float
    margin_right: float
    margin_bottom: float
    margin_left: float
    numbers: bool

    @property
    def width_mm(self) -> float:
        """Paper width in millimetres."""
        return PAGE_SIZES[self.size][0]

    @property
    def height_mm(self) -> float:
        """Paper height in millimetres."""
        return PAGE_SIZES[self.size][1]


class Include(Frozen):
    """Which optional parts of the article an export shows."""

    __slots__ = (
        "comments",
        "corrections",
        "credit",
        "labels",
        "metadata",
        "opening",
        "standfirst",
    )
    _defaults: ClassVar[dict[str, Any]] = {
        "opening": True,
        "standfirst": True,
        "labels": True,
        "credit": True,
        "metadata": True,
        # Open review comments: Word comments in DOCX, an appendix in HTML.
        "comments": False,
        # The corrections log printed under the article (the exchange formats carry it
        # in their own fields whatever this says).
        "corrections": True,
    }

    opening: bool
    standfirst: bool
    labels: bool
    credit: bool
    metadata: bool
    comments: bool
    corrections: bool


class ReviewRules(Frozen):
    """How an office reviews: Word's own tracking, and what approval needs."""

    __slots__ = ("approval_gate", "edition_gate", "track_revisions")
    _defaults: ClassVar[dict[str, Any]] = {
        # A DOCX that turns on Word's "Track changes", so the reviewer's own edits are kept.
        "track_revisions": False,
        # Approved and Published are refused while suggestions or comments are open.
        "approval_gate": True,
        # A language edition is refused Approved while any of its paragraphs is stale.
        "edition_gate": True,
    }

    track_revisions: bool
    approval_gate: bool
    edition_gate: bool


class Outlet(Frozen):
    """Length targets for one outlet (web, print, agency): words, characters, and lines set
    at a column width in characters; 0 means no target."""

    __slots__ = ("characters", "column_width", "lines", "words")
    _defaults: ClassVar[dict[str, Any]] = {
        "words": 0,
        "characters": 0,
        "lines": 0,
        "column_width": 0,
    }

    words: int
    characters: int
    lines: int
    column_width: int


# An outlet's name is shown in the status bar and kept in the settings: a short word.
_OUTLET_NAME = re.compile(r"[^\W_][\w\- ]{0,39}")
# Past these no article is measured: a sign the number was typed wrong.
MAX_OUTLET_TARGET = 10_000_000
MAX_COLUMN_WIDTH = 1_000
# The shipped styles' outlet names, marked for translation: the status bar shows them in
# the interface language. An office's own outlets keep the office's words.
OUTLETS_CONTEXT = "Outlets"
SHIPPED_OUTLET_NAMES = (
    QT_TRANSLATE_NOOP("Outlets", "web"),
    QT_TRANSLATE_NOOP("Outlets", "print"),
    QT_TRANSLATE_NOOP("Outlets", "agency"),
)
# The outlets a style names when it says nothing of them (default.json names the same).
DEFAULT_OUTLETS = {
    "web": Outlet(words=800),
    "print": Outlet(characters=4500, lines=120, column_width=40),
    "agency": Outlet(words=600),
}


class HouseStyle(Frozen):
    """One office's export style: labels, credit template, fonts, sizes, page, parts, names.

    Slotted, not a dataclass (editor.model.frozen): making the five dataclasses of a style
    cost ~2.5 ms of every export's and the editor's start.
    """

    __slots__ = (
        "credit_templates",
        "description",
        "file_name",
        "fonts",
        "include",
        "labels",
        "max_headline_length",
        "name",
        "outlets",
        "page",
        "review",
        "sizes",
        "style_map",
        "template",
    )
    _defaults: ClassVar[dict[str, Any]] = {
        "name": DEFAULT_STYLE,
        "labels": {},
        "credit_templates": {},
        "fonts": Fonts(),
        "sizes": Sizes(),
        "page": Page(),
        "include": Include(),
        "review": ReviewRules(),
        "file_name": "{date}-{slug}.{ext}",
        "max_headline_length": 100,
        "description": "",
        "template": "",
        "style_map": {},
        "outlets": DEFAULT_OUTLETS,
    }

    name: str
    # Per language code ("*" for any): section kind -> label replacing the language default.
    labels: dict[str, dict[str, str]]
    # Per language code ("*" for any): credit template with {office} and {author}.
    credit_templates: dict[str, str]
    fonts: Fonts
    sizes: Sizes
    page: Page
    include: Include
    review: ReviewRules
    file_name: str
    # The pre-export checklist flags a longer headline (in characters); 0 means no limit.
    max_headline_length: int
    # What the style is for, in a sentence (lists of styles show it).
    description: str
    # An office's own Word template (.dotx or .docx), absolute: its styles, headers,
    # footers and logo make the DOCX (editor/render/office.py). Empty: Newsdesk's own.
    template: str
    # Newsdesk's paragraph style id -> the office template's (parts not named keep
    # Newsdesk's style, added to the template's).
    style_map: dict[str, str]
    # Length targets per outlet, by name ("web", "print", "agency"), in the file's order.
    outlets: dict[str, Outlet]

    def complex_font(self, language: str) -> str:
        """Return the font for the complex-script text of an article in a language: the
        Urdu font for Urdu, else the complex-script font.

        For the DOCX and the page. The PDF keeps the complex-script font: Nastaliq's
        letters step down diagonally along a word, and a PDF reader's text (search, copy,
        pdftotext) came out in pieces out of order ("ق پ مک" for "کیا نئے", measured).
        """
        return self.fonts.urdu if primary_subtag(language) == "ur" else self.fonts.complex

    def label_override(self, language: str, kind: str) -> str | None:
        """Return the style's label for a section kind in a language, or None."""
        for key in (language, primary_subtag(language), "*"):
            label = self.labels.get(key, {}).get(kind)
            if label is not None:
                return label
        return None

    def credit_template(self, language: str) -> str | None:
        """Return the style's credit template for a language, or None."""
        for key in (language, primary_subtag(language), "*"):
            if key in self.credit_templates:
                return self.credit_templates[key]
        return None


def _group(path: Path, cls: type[Frozen], value: Any, key: str) -> Any:
    if not isinstance(value, dict):
        raise StyleError(path, f'"{key}" must be an object.')
    defaults: dict[str, Any] = cls._defaults
    values: dict[str, Any] = {}
    for name, item in value.items():
        if name not in defaults:
            raise StyleError(path, f'"{key}.{name}" is not a style setting.')
        # What a setting holds is what its default is: true/false, a number or a name.
        expected = type(defaults[name]).__name__
        if expected == "bool" and not isinstance(item, bool):
            raise StyleError(path, f'"{key}.{name}" must be true or false.')
        if expected == "float" and (
            isinstance(item, bool)
            or not isinstance(item, int | float)
            or not math.isfinite(item)  # NaN and infinity pass any comparison test
            or item <= 0
        ):
            raise StyleError(path, f'"{key}.{name}" must be a positive number.')
        if cls is Sizes and item > MAX_FONT_SIZE:
            raise StyleError(path, f'"{key}.{name}" must be at most {MAX_FONT_SIZE:g} points.')
        if expected == "str" and (not isinstance(item, str) or not item.strip()):
            raise StyleError(path, f'"{key}.{name}" must be a non-empty string.')
        if cls is Fonts and not _FONT_NAME.fullmatch(item):
            # Font names go into CSS and Qt; nothing but a plain family name may get there.
            raise StyleError(path, f'"{key}.{name}" must be a font family name.')
        values[name] = float(item) if expected == "float" else item
    return cls(**values)


def _string_map(path: Path, value: Any, key: str) -> dict[str, str]:
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        raise StyleError(path, f'"{key}" must map names to strings.')
    return dict(value)


def _template_path(path: Path, value: Any) -> str:
    """Return an office template's path: as written, or beside the style file when relative."""
    if not isinstance(value, str) or not value.strip() or "\0" in value:
        raise StyleError(path, '"template" must name a .dotx or .docx file.')
    if not value.lower().endswith((".dotx", ".docx")):
        raise StyleError(path, '"template" must name a .dotx or .docx file.')
    template = Path(value)
    if not template.is_absolute():
        template = path.parent / template
    return str(template)


def _style_map(path: Path, value: Any) -> dict[str, str]:
    """Return a map of Newsdesk's style ids to a template's; only known ids on the left."""
    from editor.render.office import CANDIDATES

    mapped = _string_map(path, value, "style_map")
    unknown = sorted(set(mapped) - set(CANDIDATES))
    if unknown:
        known = ", ".join(CANDIDATES)
        raise StyleError(
            path, f'"style_map" names no Newsdesk style {", ".join(unknown)} (known: {known}).'
        )
    for theirs in mapped.values():
        if not theirs.strip() or any(char in theirs for char in '<>"&'):
            raise StyleError(path, f'"style_map": {theirs!r} is not a style id.')
    return mapped


def _outlets(path: Path, value: Any) -> dict[str, Outlet]:
    """Return the outlets' length targets; each names at least one, lines a column width."""
    if not isinstance(value, dict):
        raise StyleError(path, '"outlets" must be an object of outlets by name.')
    outlets: dict[str, Outlet] = {}
    for name, targets in value.items():
        if not _OUTLET_NAME.fullmatch(name):
            raise StyleError(
                path, f'"outlets": {name[:60]!r} is not an outlet name (a word of 1-40 letters).'
            )
        key = f"outlets.{name}"
        if not isinstance(targets, dict):
            raise StyleError(path, f'"{key}" must be an object.')
        values: dict[str, int] = {}
        for setting, number in targets.items():
            if setting not in Outlet._defaults:
                raise StyleError(path, f'"{key}.{setting}" is not a style setting.')
            if (
                isinstance(number, bool)
                or not isinstance(number, int)
                or not 0 <= number <= MAX_OUTLET_TARGET
            ):
                raise StyleError(
                    path,
                    f'"{key}.{setting}" must be a whole number from 0 to {MAX_OUTLET_TARGET}.',
                )
            values[setting] = number
        outlet = Outlet(**values)
        if not (outlet.words or outlet.characters or outlet.lines):
            raise StyleError(path, f'"{key}" must set "words", "characters" or "lines".')
        if outlet.lines and not 0 < outlet.column_width <= MAX_COLUMN_WIDTH:
            raise StyleError(
                path,
                f'"{key}.column_width" must be 1 to {MAX_COLUMN_WIDTH} characters when it sets '
                '"lines".',
            )
        outlets[name] = outlet
    return outlets


def _check_margins(path: Path, page: Page) -> None:
    """Refuse margins that leave no room for text on the paper (1e308 mm, say)."""
    for across, (first, second), length in (
        ("margin_left + margin_right", (page.margin_left, page.margin_right), page.width_mm),
        ("margin_top + margin_bottom", (page.margin_top, page.margin_bottom), page.height_mm),
    ):
        if first + second > length - MIN_TEXT_WIDTH_MM:
            room = length - MIN_TEXT_WIDTH_MM
            raise StyleError(
                path, f'"page": {across} must be at most {room:g} mm on {page.size} paper.'
            )


def parse_style(path: Path, data: Any, name: str) -> HouseStyle:
    """Return the house style described by decoded JSON; raise StyleError naming the file."""
    if not isinstance(data, dict):
        raise StyleError(path, "a house style must be a JSON object.")
    values: dict[str, Any] = {"name": name}
    for key, item in data.items():
        if key == "name":
            continue
        if key == "description":
            if not isinstance(item, str) or len(item) > MAX_DESCRIPTION:
                raise StyleError(
                    path,
                    f'"description" must be a sentence of at most {MAX_DESCRIPTION} characters.',
                )
            values["description"] = " ".join(item.split())
            continue
        if key == "template":
            values["template"] = _template_path(path, item)
            continue
        if key == "style_map":
            values["style_map"] = _style_map(path, item)
            continue
        if key == "labels":
            if not isinstance(item, dict):
                raise StyleError(path, '"labels" must be an object of languages.')
            values["labels"] = {
                language: _string_map(path, kinds, f"labels.{language}")
                for language, kinds in item.items()
            }
        elif key == "credit_templates":
            values["credit_templates"] = _string_map(path, item, key)
        elif key == "fonts":
            values["fonts"] = _group(path, Fonts, item, key)
        elif key == "sizes":
            values["sizes"] = _group(path, Sizes, item, key)
        elif key == "page":
            page = _group(path, Page, item, key)
            if page.size not in PAGE_SIZES:
                sizes = ", ".join(PAGE_SIZES)
                raise StyleError(path, f'"page.size" must be one of {sizes}.')
            _check_margins(path, page)
            values["page"] = page
        elif key == "include":
            values["include"] = _group(path, Include, item, key)
        elif key == "review":
            values["review"] = _group(path, ReviewRules, item, key)
        elif key == "outlets":
            values["outlets"] = _outlets(path, item)
        elif key == "file_name":
            if (
                not isinstance(item, str)
                or "{ext}" not in item
                or "/" in item
                or "\\" in item
                or len(item) > MAX_FILE_NAME
                or any(unicodedata.category(char) in ("Cc", "Cs") for char in item)
            ):
                raise StyleError(
                    path,
                    '"file_name" must be a file name pattern holding "{ext}", no folders, no '
                    f"control characters, at most {MAX_FILE_NAME} characters.",
                )
            values["file_name"] = item
        elif key == "max_headline_length":
            if isinstance(item, bool) or not isinstance(item, int) or item < 0:
                raise StyleError(path, '"max_headline_length" must be a whole number, 0 or more.')
            values["max_headline_length"] = item
        else:
            raise StyleError(path, f'"{key}" is not a style setting.')
    return HouseStyle(**values)


def read_style(path: Path) -> HouseStyle:
    """Read one house style file; raise StyleError naming the file when it cannot be used."""
    try:
        # utf-8-sig: an editor on Windows may start the file with a byte order mark.
        text = read_regular(path, MAX_STYLE_BYTES).decode("utf-8-sig")
    except FileReadError as failure:
        if failure.reason == NOT_FOUND:
            raise StyleError(path, "the style file does not exist.") from None
        raise StyleError(path, f"{failure.message}.") from None
    except UnicodeDecodeError:
        raise StyleError(path, "the style file is not UTF-8 text.") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as failure:
        raise StyleError(
            path, f"not valid JSON (line {failure.lineno}, column {failure.colno})."
        ) from None
    except RecursionError:
        raise StyleError(path, "not a house style (JSON nested too deep).") from None
    return parse_style(path, data, path.stem)


def style_paths(config_dir: Path | None) -> list[Path]:
    """Return the folders searched for styles: the user's first, then the shipped ones."""
    folders = [config_dir / "styles"] if config_dir is not None else []
    folders.append(resource_path("styles"))
    return folders


def available_styles(config_dir: Path | None = None) -> list[str]:
    """Return the names of every style the user can pick, sorted."""
    names = {path.stem for folder in style_paths(config_dir) for path in folder.glob("*.json")}
    return sorted(names)


def check_style_name(name: str) -> None:
    """Raise StyleError unless a name can be a style's (it becomes a file name)."""
    if not _NAME.match(name) or len(name) > MAX_NAME_LENGTH:
        shown = name if len(name) <= 60 else name[:57] + "..."
        raise StyleError(
            shown,
            "a style name holds only letters, digits, '-', '_', '.' "
            f"(at most {MAX_NAME_LENGTH} characters).",
        )


def style_file(name: str, config_dir: Path | None = None) -> Path:
    """Return the file of a house style by name: the user's first, then the shipped one."""
    check_style_name(name)
    for folder in style_paths(config_dir):
        candidate = folder / f"{name}.json"
        if candidate.is_file():
            return candidate
    searched = ", ".join(str(folder) for folder in style_paths(config_dir))
    raise StyleError(name, f"no such house style (looked in {searched}).")


def with_comments(style: HouseStyle) -> HouseStyle:
    """Return the house style with the article's open comments shown (Word comments in a
    DOCX, a list in HTML), for an export sent to a reviewer."""
    if style.include.comments:
        return style
    return style.replace(include=style.include.replace(comments=True))


def load_style(name_or_path: str = DEFAULT_STYLE, config_dir: Path | None = None) -> HouseStyle:
    """Return a house style by name (user styles first) or by the path of a .json file."""
    if name_or_path.endswith(".json"):
        return read_style(Path(name_or_path))
    return read_style(style_file(name_or_path, config_dir))
