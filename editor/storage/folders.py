"""The per-user folders (platformdirs, the maintained successor of appdirs)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from editor import APP_NAME
from editor.model.frozen import Frozen


class UserFolders(Frozen):
    """Where this user's settings, backups, recovery copies, caches and library live."""

    __slots__ = ("cache", "config", "data", "documents", "state")

    config: Path
    data: Path
    state: Path
    cache: Path
    documents: Path

    @classmethod
    def default(cls) -> UserFolders:
        """Return the platform's folders for this user (nothing is created)."""
        quick = _quick_folders()
        if quick is not None:
            return cls(**quick)
        import platformdirs

        dirs = platformdirs.PlatformDirs(APP_NAME, appauthor=False)
        return cls(
            config=Path(dirs.user_config_dir),
            data=Path(dirs.user_data_dir),
            state=Path(dirs.user_state_dir),
            cache=Path(dirs.user_cache_dir),
            documents=Path(platformdirs.user_documents_dir()) / APP_NAME,
        )

    @classmethod
    def config_folder(cls) -> Path:
        """Return the user's settings folder alone: the same as ``default().config``."""
        base = _xdg_base("XDG_CONFIG_HOME", ".config") if _follows_xdg() else None
        if base is not None:
            return Path(base) / APP_NAME
        return cls.default().config

    @property
    def backups(self) -> Path:
        """Folder of the last saved versions of each article, by article id."""
        return self.data / "backups"

    @property
    def recovery(self) -> Path:
        """Folder of autosaved recovery copies."""
        return self.state / "recovery"


# On Linux and the BSDs the folders follow the XDG rule (an absolute $XDG_..._HOME, else a
# folder under an absolute $HOME), which needs no platformdirs: importing it costs about
# 2-3 ms of the editor's start. Anything else (other systems, an odd HOME, a user-dirs.dirs
# naming the documents folder) asks platformdirs. tests/storage/test_folders.py keeps the
# two answers the same.
_XDG_FOLDERS = {
    "config": ("XDG_CONFIG_HOME", ".config"),
    "data": ("XDG_DATA_HOME", ".local/share"),
    "state": ("XDG_STATE_HOME", ".local/state"),
    "cache": ("XDG_CACHE_HOME", ".cache"),
}


def _follows_xdg() -> bool:
    return (
        not sys.platform.startswith(("win", "darwin", "cygwin", "msys", "emscripten"))
        and "ANDROID_DATA" not in os.environ
    )


def _home() -> str | None:
    home = os.environ.get("HOME", "")
    return home if os.path.isabs(home) else None


def _xdg_base(variable: str, under_home: str) -> str | None:
    """Return $variable if absolute, else ``under_home`` in an absolute $HOME; else None."""
    base = os.environ.get(variable, "")
    if os.path.isabs(base):
        return base
    home = _home()
    return os.path.join(home, under_home) if home is not None else None


def _quick_folders() -> dict[str, Path] | None:
    """Return every folder by the XDG rule, None where platformdirs must decide."""
    if not _follows_xdg():
        return None
    folders: dict[str, Path] = {}
    for name, (variable, under_home) in _XDG_FOLDERS.items():
        base = _xdg_base(variable, under_home)
        if base is None:
            return None
        folders[name] = Path(base) / APP_NAME
    home = _home()
    # The documents folder is ~/Documents unless the user's user-dirs.dirs names another
    # (xdg-user-dirs): reading that file is left to platformdirs.
    config = _xdg_base("XDG_CONFIG_HOME", ".config")
    if home is None or config is None or os.path.lexists(os.path.join(config, "user-dirs.dirs")):
        return None
    folders["documents"] = Path(home) / "Documents" / APP_NAME
    return folders
