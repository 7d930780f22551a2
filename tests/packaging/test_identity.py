"""One app id and one version, defined in editor/__init__.py, in every packaging file."""

from __future__ import annotations

import plistlib
import re

import pytest
from packaging_helpers import REPO, build_script

import editor


def test_every_packaging_file_names_the_package_app_id_and_version() -> None:
    assert build_script().identity_problems() == []


def test_a_version_bump_is_caught_until_the_packaging_files_follow(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(editor, "__version__", "9.9.9")
    problems = build_script().identity_problems()
    named = " ".join(problems)
    for name in ("metainfo.xml", "newsdesk.iss", "Info.plist"):
        assert name in named, problems


def test_another_app_id_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(editor, "APP_ID", "org.example.Other")
    problems = build_script().identity_problems()
    assert problems and "missing" in problems[0]


def test_windows_installer_uses_the_app_id_as_app_user_model_id() -> None:
    script = (REPO / "packaging" / "windows" / "newsdesk.iss").read_text("utf-8")
    shortcuts = [line for line in script.splitlines() if line.startswith('Name: "{auto')]
    assert shortcuts
    assert all('AppUserModelID: "{#AppId}"' in line for line in shortcuts)
    assert re.search(r'Subkey: "Software\\Classes\\\.newsdesk"', script)


def test_macos_document_type_declares_extension_mime_type_and_uti() -> None:
    with (REPO / "packaging" / "macos" / "Info.plist").open("rb") as handle:
        plist = plistlib.load(handle)
    (exported,) = plist["UTExportedTypeDeclarations"]
    tags = exported["UTTypeTagSpecification"]
    assert tags["public.filename-extension"] == ["newsdesk"]
    assert tags["public.mime-type"] == ["application/vnd.newsdesk.article+zip"]
    (document,) = plist["CFBundleDocumentTypes"]
    assert document["LSItemContentTypes"] == [exported["UTTypeIdentifier"]]
    assert exported["UTTypeIdentifier"].startswith(editor.APP_ID)


def test_flatpak_manifest_installs_the_files_named_after_the_app_id() -> None:
    import yaml  # PyYAML: the test extra

    manifest = yaml.safe_load(
        (REPO / "packaging" / "flatpak" / f"{editor.APP_ID}.yml").read_text("utf-8")
    )
    assert manifest["id"] == editor.APP_ID
    assert manifest["command"] == "newsdesk"
    assert "--share=network" not in manifest["finish-args"]
    commands = " ".join(manifest["modules"][-1]["build-commands"])
    for name in (".desktop", ".metainfo.xml", ".mime.xml", ".svg"):
        assert f"{editor.APP_ID}{name}" in commands or name in commands
    for path in re.findall(r"packaging/\S+|resources/\S+", commands):
        assert (REPO / path).is_file(), path
