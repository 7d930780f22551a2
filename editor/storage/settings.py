"""The user's settings (the editor's and the command line's defaults) and recent files, kept
as JSON in the per-user config folder."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, field, fields
from pathlib import Path

from editor.files import FileReadError, read_regular
from editor.model.lean import dataclass
from editor.storage.folders import UserFolders

SETTINGS_FILE = "settings.json"
RECENT_FILE = "recent.json"
RECENT_LIMIT = 10
THEMES = ("system", "light", "dark")
# Settings and the recent list are a few hundred bytes; a larger file is not ours.
MAX_SETTINGS_BYTES = 1_000_000


@dataclass
class Settings:
    """What the user chose in the Settings dialog; defaults are what a first start uses."""

    # "system" follows the system's preferred languages; else a code such as "ar".
    ui_language: str = "system"
    article_language: str = "en"
    # The user's name: the byline of new articles and who comments, reviews and locks.
    author: str = ""
    # "" means derived from the name when used (``editor.model.review.initials_of``).
    initials: str = ""
    office: str = ""
    autosave_seconds: int = 30
    font_family: str = ""
    font_size: int = 11
    theme: str = "system"
    house_style: str = ""
    # The folders the Open, Import and Export dialogs last went to ("" until first used).
    open_folder: str = ""
    import_folder: str = ""
    export_folder: str = ""
    # The formats ticked at the last export (empty until then: Word and web page).
    export_formats: list[str] = field(default_factory=list)
    # Where the last main window closed (base64 of Qt's saveGeometry); "" until then.
    window_geometry: str = ""
    # The outlet (a house style's "outlets" name) the status bar measures the article
    # against; "" until one is chosen (the style's first).
    outlet: str = ""
    extra: dict[str, object] = field(default_factory=dict)

    @classmethod
    def from_json(cls, data: object) -> Settings:
        """Return settings from parsed JSON, keeping defaults for missing or mistyped keys."""
        settings = cls()
        if not isinstance(data, dict):
            return settings
        for spec in fields(cls):
            if spec.name == "extra" or spec.name not in data:
                continue
            value = data[spec.name]
            default = getattr(settings, spec.name)
            # A hand-edited file with a wrong type must not crash the editor at start.
            if type(value) is not type(default):
                continue
            setattr(settings, spec.name, value)
        settings.autosave_seconds = max(1, settings.autosave_seconds)
        settings.font_size = min(max(6, settings.font_size), 72)
        if settings.theme not in THEMES:
            settings.theme = "system"
        # A hand-edited list may hold anything JSON does.
        listed: list[object] = list(settings.export_formats)
        settings.export_formats = [fmt for fmt in listed if isinstance(fmt, str)]
        known = {spec.name for spec in fields(cls)}
        settings.extra = {key: value for key, value in data.items() if key not in known}
        return settings

    def to_json(self) -> dict[str, object]:
        """Return the settings as a JSON object, unknown keys kept."""
        data = asdict(self)
        extra = data.pop("extra")
        return {**extra, **data}


def account_name() -> str:
    """Return the name of the operating system's account: its full name where known, else
    the login name ("" when neither can be found)."""
    import getpass  # here: only asking for a name needs it (start-up speed)

    try:
        login = getpass.getuser()
    except (KeyError, OSError, ImportError):
        login = ""
    try:
        import pwd
    except ImportError:  # not POSIX: the login name is all there is
        return login
    try:
        gecos = pwd.getpwuid(os.getuid()).pw_gecos
    except (KeyError, OSError):
        return login
    # GECOS is "Full Name,room,work phone,home phone,other"; only the first field is a name.
    full = gecos.split(",", 1)[0].strip()
    return full or login


def _read_json(path: Path) -> object:
    try:
        return json.loads(read_regular(path, MAX_SETTINGS_BYTES).decode("utf-8-sig"))
    except (FileReadError, ValueError, RecursionError):
        # A missing or damaged settings file (a pipe, JSON nested past Python's stack)
        # means "defaults", never a failed start.
        return None


def _write_json(path: Path, data: object) -> None:
    from editor.storage.atomic import make_folder, write_bytes

    make_folder(path.parent, "settings folder")
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    write_bytes(path, text.encode("utf-8"))


def load_settings(config: Path) -> Settings:
    """Return the settings kept in the user's config folder, or the defaults when none are.

    The folder alone, not the ``UserFolders``: a command finds it without platformdirs
    (``UserFolders.config_folder()``), 3 ms less per run.
    """
    return Settings.from_json(_read_json(config / SETTINGS_FILE))


def save_settings(settings: Settings, folders: UserFolders) -> None:
    """Write the settings to the user's config folder atomically."""
    _write_json(folders.config / SETTINGS_FILE, settings.to_json())


class RecentFiles:
    """The most recently opened or saved articles, newest first."""

    def __init__(self, folders: UserFolders, limit: int = RECENT_LIMIT) -> None:
        self._path = folders.config / RECENT_FILE
        self._limit = limit
        data = _read_json(self._path)
        entries = data.get("files", []) if isinstance(data, dict) else []
        self._paths = [str(entry) for entry in entries if isinstance(entry, str)][:limit]

    def paths(self) -> list[Path]:
        """Return the remembered files, newest first."""
        return [Path(entry) for entry in self._paths]

    def add(self, path: Path) -> None:
        """Put a file at the top of the list and save the list."""
        entry = str(Path(path).resolve())
        self._paths = [entry] + [known for known in self._paths if known != entry]
        self._paths = self._paths[: self._limit]
        self._save()

    def remove(self, path: Path) -> None:
        """Forget a file (it was moved or deleted) and save the list."""
        entry = str(Path(path).resolve())
        self._paths = [known for known in self._paths if known != entry]
        self._save()

    def _save(self) -> None:
        _write_json(self._path, {"files": self._paths})
