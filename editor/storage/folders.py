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
        # On Linux and the BSDs the rule is the XDG one (an absolute $XDG_CONFIG_HOME, else
        # ~/.config with an absolute $HOME), which needs no platformdirs: importing it
        # costs about 3 ms, a tenth of what an export may take besides Python and Markdown.
        # Anything else (other systems, an odd HOME) asks platformdirs.
        # tests/storage/test_folders.py keeps the two answers the same.
        if not sys.platform.startswith(("win", "darwin", "cygwin", "msys", "emscripten")):
            base = os.environ.get("XDG_CONFIG_HOME", "")
            if not os.path.isabs(base):
                home = os.environ.get("HOME", "")
                base = os.path.join(home, ".config") if os.path.isabs(home) else ""
            if base and "ANDROID_DATA" not in os.environ:
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
