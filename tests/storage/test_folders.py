"""The per-user folders: the quick settings-folder look-up agrees with platformdirs."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.storage.folders import UserFolders


@pytest.mark.parametrize(
    ("config_home", "home"),
    [
        ("{tmp}/xdg-config", "{tmp}/home"),  # an absolute XDG_CONFIG_HOME wins
        ("relative/config", "{tmp}/home"),  # a relative one is ignored
        ("", "{tmp}/home"),  # an empty one too
        (None, "{tmp}/home/"),  # unset, HOME with a trailing slash
        (None, "relative-home"),  # a relative HOME: platformdirs decides
        (None, None),  # no HOME at all: platformdirs decides
    ],
)
def test_config_folder_is_the_settings_folder_of_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, config_home: str | None, home: str | None
) -> None:
    for name, value in (("XDG_CONFIG_HOME", config_home), ("HOME", home)):
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value.format(tmp=tmp_path))
    assert UserFolders.config_folder() == UserFolders.default().config


def _platformdirs_folders() -> UserFolders:
    import platformdirs

    from editor import APP_NAME

    dirs = platformdirs.PlatformDirs(APP_NAME, appauthor=False)
    return UserFolders(
        config=Path(dirs.user_config_dir),
        data=Path(dirs.user_data_dir),
        state=Path(dirs.user_state_dir),
        cache=Path(dirs.user_cache_dir),
        documents=Path(platformdirs.user_documents_dir()) / APP_NAME,
    )


@pytest.mark.parametrize(
    ("xdg", "home", "user_dirs"),
    [
        ("{tmp}/xdg", "{tmp}/home", False),  # absolute XDG_*_HOME win
        ("relative/xdg", "{tmp}/home", False),  # relative ones are ignored
        ("", "{tmp}/home/", False),  # empty ones too; HOME with a trailing slash
        (None, "{tmp}/home", False),  # unset: the folders under HOME
        (None, "{tmp}/home", True),  # a user-dirs.dirs naming the documents folder
        (None, "relative-home", False),  # a relative HOME: platformdirs decides
    ],
)
def test_default_folders_are_the_ones_platformdirs_gives(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    xdg: str | None,
    home: str | None,
    user_dirs: bool,
) -> None:
    for variable, part in (
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_DATA_HOME", "data"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_CACHE_HOME", "cache"),
    ):
        if xdg is None:
            monkeypatch.delenv(variable, raising=False)
        else:
            monkeypatch.setenv(variable, xdg.format(tmp=tmp_path) + f"/{part}" if xdg else "")
    monkeypatch.setenv("HOME", home.format(tmp=tmp_path) if home else "")
    if user_dirs:
        config = tmp_path / "home" / ".config"
        config.mkdir(parents=True)
        (config / "user-dirs.dirs").write_text(
            'XDG_DOCUMENTS_DIR="$HOME/Papers"\n', encoding="utf-8"
        )
    assert UserFolders.default() == _platformdirs_folders()


def test_default_folders_need_no_platformdirs_on_an_xdg_desktop(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.delenv("ANDROID_DATA", raising=False)
    monkeypatch.setattr(sys, "platform", "linux")  # the XDG rule is Linux's and the BSDs'
    # A platformdirs that cannot be imported: the start of the editor does not ask it.
    monkeypatch.setitem(sys.modules, "platformdirs", None)
    folders = UserFolders.default()
    assert folders.state == tmp_path / "home" / ".local" / "state" / "Newsdesk"
    assert folders.documents == tmp_path / "home" / "Documents" / "Newsdesk"
