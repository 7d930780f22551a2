"""The Linux desktop files: valid for the freedesktop tools, and the MIME type finds articles."""

from __future__ import annotations

import fnmatch
import json
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from packaging_helpers import REPO, build_script, write_article

import editor

LINUX = REPO / "packaging" / "linux"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
MIME_TYPE = "application/vnd.newsdesk.article+zip"


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (.ci/run installs it)")
    return found


def test_desktop_file_passes_desktop_file_validate() -> None:
    path = LINUX / f"{editor.APP_ID}.desktop"
    result = subprocess.run(
        [tool("desktop-file-validate"), str(path)], capture_output=True, text=True
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def test_desktop_file_validate_would_catch_a_broken_file(tmp_path: Path) -> None:
    broken = tmp_path / f"{editor.APP_ID}.desktop"
    text = (LINUX / broken.name).read_text("utf-8").replace("Type=Application\n", "")
    broken.write_text(text, "utf-8")
    result = subprocess.run([tool("desktop-file-validate"), str(broken)], capture_output=True)
    assert result.returncode != 0


def test_metainfo_passes_appstreamcli_validate() -> None:
    path = LINUX / f"{editor.APP_ID}.metainfo.xml"
    result = subprocess.run(
        [tool("appstreamcli"), "validate", "--no-net", str(path)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_says_licences_rating_release_and_screenshots() -> None:
    component = ET.parse(LINUX / f"{editor.APP_ID}.metainfo.xml").getroot()
    assert component.findtext("metadata_license") == "CC0-1.0"
    assert component.findtext("project_license") == "GPL-3.0-or-later"
    assert component.find("content_rating").get("type") == "oars-1.1"
    assert component.find("releases/release").get("version") == editor.__version__
    images = [image.text for image in component.iter("image")]
    assert images
    # Each screenshot is one committed under docs/screenshots (published at the URL).
    for url in images:
        assert (REPO / "docs" / "screenshots" / Path(url).name).is_file(), url


def mime_type_element() -> ET.Element:
    root = ET.parse(LINUX / f"{editor.APP_ID}.mime.xml").getroot()
    (element,) = root.findall(f"{MIME_NS}mime-type")
    assert element.get("type") == MIME_TYPE
    return element


def magic_matches(match: ET.Element, data: bytes) -> bool:
    """Whether a shared-mime-info <match> (with its nested matches) holds for the data."""
    assert match.get("type") == "string"
    value = match.get("value").encode("ascii").decode("unicode_escape").encode("latin-1")
    offset = int(match.get("offset"))
    if data[offset : offset + len(value)] != value:
        return False
    children = match.findall(f"{MIME_NS}match")
    return not children or any(magic_matches(child, data) for child in children)


def test_mime_glob_and_magic_match_a_saved_article(tmp_path: Path) -> None:
    article = write_article(tmp_path / "Water plan.newsdesk")
    element = mime_type_element()
    globs = [glob.get("pattern") for glob in element.findall(f"{MIME_NS}glob")]
    assert any(fnmatch.fnmatch(article.name, pattern) for pattern in globs)
    data = article.read_bytes()
    matches = element.findall(f"{MIME_NS}magic/{MIME_NS}match")
    assert any(magic_matches(match, data) for match in matches)
    assert element.find(f"{MIME_NS}icon").get("name") == editor.APP_ID


def test_mime_magic_does_not_claim_other_zip_files(tmp_path: Path) -> None:
    import zipfile

    other = tmp_path / "book.epub"
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/epub+zip")
    data = other.read_bytes()
    matches = mime_type_element().findall(f"{MIME_NS}magic/{MIME_NS}match")
    assert not any(magic_matches(match, data) for match in matches)


def test_qt_mime_database_recognises_an_article_by_content(tmp_path: Path) -> None:
    """Installed like a desktop installs it, the package makes Qt (and so file managers
    reading the same database) see an article without the .newsdesk extension."""
    packages = tmp_path / "share" / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copyfile(LINUX / f"{editor.APP_ID}.mime.xml", packages / f"{editor.APP_ID}.xml")
    renamed = write_article(tmp_path / "article-without-extension")
    script = (
        "import json, sys\n"
        "from PySide6.QtCore import QCoreApplication, QMimeDatabase\n"
        "app = QCoreApplication([])\n"
        "db = QMimeDatabase()\n"
        "by_content = db.mimeTypeForFile(sys.argv[1], QMimeDatabase.MatchMode.MatchContent)\n"
        "print(json.dumps([by_content.name(), by_content.iconName(), by_content.comment()]))\n"
    )
    environment = {
        **os.environ,
        "XDG_DATA_DIRS": str(tmp_path / "share"),
        "XDG_DATA_HOME": str(tmp_path / "none"),
    }
    result = subprocess.run(
        [sys.executable, "-c", script, str(renamed)],
        capture_output=True,
        text=True,
        env=environment,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    name, icon, comment = json.loads(result.stdout.strip().splitlines()[-1])
    assert (name, icon, comment) == (MIME_TYPE, editor.APP_ID, "Newsdesk article")


def test_linux_build_lays_out_icons_of_every_size(tmp_path: Path) -> None:
    tool("desktop-file-validate")
    tool("appstreamcli")
    from PySide6.QtGui import QImage

    share = build_script().build_linux(tmp_path)
    app_id = editor.APP_ID
    assert (share / "applications" / f"{app_id}.desktop").is_file()
    assert (share / "metainfo" / f"{app_id}.metainfo.xml").is_file()
    assert (share / "mime" / "packages" / f"{app_id}.xml").is_file()
    assert (share / "icons/hicolor/scalable/apps" / f"{app_id}.svg").is_file()
    for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
        png = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{app_id}.png"
        image = QImage(str(png))
        assert (image.width(), image.height()) == (size, size), png
        # Drawn, not blank: the corners are transparent, the middle is not.
        assert image.pixelColor(0, 0).alpha() == 0
        assert image.pixelColor(size // 2, size // 2).alpha() == 255
