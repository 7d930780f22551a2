"""The per-user folders (platformdirs, the maintained successor of appdirs)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from editor import APP_NAME


@dataclass(frozen=True)
class UserFolders:
    """Where this user's settings, backups, recovery copies, caches and library live."""

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

    @property
    def backups(self) -> Path:
        """Folder of the last saved versions of each article, by article id."""
        return self.data / "backups"

    @property
    def recovery(self) -> Path:
        """Folder of autosaved recovery copies."""
        return self.state / "recovery"
