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
