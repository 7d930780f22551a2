"""Build Newsdesk's packages: translations, Linux desktop files, the PyInstaller bundle.

    python packaging/build.py update-translations   lupdate: refresh resources/translations/*.ts
    python packaging/build.py translations           lrelease: .ts -> build/translations/*.qm
    python packaging/build.py linux                  validate, then lay out build/linux/usr/share/
    python packaging/build.py bundle                 PyInstaller one-folder bundle in dist/newsdesk
    python packaging/build.py all                    translations, linux and bundle

The app id and version are defined once, in ``editor/__init__.py``; ``check`` (run by
``linux`` and ``bundle``) refuses packaging files that name another id or version.
"""

from __future__ import annotations

import argparse
import os
import plistlib
import re
import shutil
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

import editor  # noqa: E402

PACKAGING = REPO / "packaging"
LINUX = PACKAGING / "linux"
TRANSLATIONS = REPO / "resources" / "translations"
ICON_SVG = REPO / "resources" / "icons" / "newsdesk.svg"
# The interface languages with a translation source (besides the English of the code).
UI_LANGUAGES = ("ar", "ru", "tr", "ur")
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
MIME_TYPE = "application/vnd.newsdesk.article+zip"


class BuildError(Exception):
    """A build step failed; the message says which and why."""


def desktop_file() -> Path:
    """Return the committed .desktop file (named after the app id)."""
    return LINUX / f"{editor.APP_ID}.desktop"


def metainfo_file() -> Path:
    """Return the committed AppStream metainfo file."""
    return LINUX / f"{editor.APP_ID}.metainfo.xml"


def mime_file() -> Path:
    """Return the committed shared-mime-info package."""
    return LINUX / f"{editor.APP_ID}.mime.xml"


def flatpak_manifest() -> Path:
    """Return the committed Flatpak manifest."""
    return PACKAGING / "flatpak" / f"{editor.APP_ID}.yml"


def inno_script() -> Path:
    """Return the committed Inno Setup script."""
    return PACKAGING / "windows" / "newsdesk.iss"


def info_plist() -> Path:
    """Return the committed macOS Info.plist."""
    return PACKAGING / "macos" / "Info.plist"


def identity_problems() -> list[str]:
    """Return every place a packaging file names another app id or version than the package."""
    app_id, version = editor.APP_ID, editor.__version__
    problems: list[str] = []

    def expect(path: Path, what: str, found: object, wanted: str) -> None:
        if found != wanted:
            problems.append(f"{path.relative_to(REPO)}: {what} is {found!r}, not {wanted!r}")

    for path in (desktop_file(), metainfo_file(), mime_file(), flatpak_manifest()):
        if not path.is_file():
            problems.append(f"{path.relative_to(REPO)}: missing (named after the app id)")
    if problems:
        return problems
    entry = _desktop_entry(desktop_file())
    expect(desktop_file(), "Icon", entry.get("Icon"), app_id)
    expect(desktop_file(), "MimeType", entry.get("MimeType"), f"{MIME_TYPE};")
    component = ET.parse(metainfo_file()).getroot()
    expect(metainfo_file(), "<id>", component.findtext("id"), app_id)
    expect(
        metainfo_file(),
        "<launchable>",
        component.findtext("launchable"),
        f"{app_id}.desktop",
    )
    releases = [release.get("version") for release in component.iter("release")]
    expect(metainfo_file(), "newest release", releases[0] if releases else None, version)
    icons = [
        element.get("name") for element in ET.parse(mime_file()).iter() if "icon" in element.tag
    ]
    expect(mime_file(), "<icon>", icons[-1] if icons else None, app_id)
    manifest = flatpak_manifest().read_text(encoding="utf-8")
    expect(flatpak_manifest(), "id", _yaml_scalar(manifest, "id"), app_id)
    for found in re.findall(r"org\.newsdesk\.[A-Za-z.]+", manifest):
        if not found.startswith(app_id):
            problems.append(f"{flatpak_manifest().relative_to(REPO)}: names {found}")
    iss = inno_script().read_text(encoding="utf-8")
    expect(inno_script(), "AppId define", _iss_define(iss, "AppId"), app_id)
    expect(inno_script(), "AppVersion define", _iss_define(iss, "AppVersion"), version)
    with info_plist().open("rb") as handle:
        plist = plistlib.load(handle)
    expect(info_plist(), "CFBundleIdentifier", plist.get("CFBundleIdentifier"), app_id)
    expect(
        info_plist(),
        "CFBundleShortVersionString",
        plist.get("CFBundleShortVersionString"),
        version,
    )
    expect(info_plist(), "CFBundleVersion", plist.get("CFBundleVersion"), version)
    return problems


def _desktop_entry(path: Path) -> dict[str, str]:
    entry: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        key, sep, value = line.partition("=")
        if sep and not line.startswith("#"):
            entry[key.strip()] = value.strip()
    return entry


def _yaml_scalar(text: str, key: str) -> str | None:
    match = re.search(rf"^{re.escape(key)}:\s*(\S+)\s*$", text, re.MULTILINE)
    return match.group(1).strip("'\"") if match else None


def _iss_define(text: str, name: str) -> str | None:
    match = re.search(rf'^#define\s+{re.escape(name)}\s+"([^"]*)"', text, re.MULTILINE)
    return match.group(1) if match else None


def check_identity() -> None:
    """Fail when a packaging file disagrees with editor.APP_ID or editor.__version__."""
    problems = identity_problems()
    if problems:
        raise BuildError(
            "packaging files disagree with editor/__init__.py:\n  " + "\n  ".join(problems)
        )


def _run(command: Sequence[str | Path], **kwargs: object) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(part) for part in command], capture_output=True, text=True, check=False, **kwargs
    )
    if result.returncode != 0:
        output = (result.stdout + result.stderr).strip()
        raise BuildError(f"{Path(str(command[0])).name} failed ({result.returncode}):\n{output}")
    return result


def _tool(name: str, package: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise BuildError(f"{name} is not installed (Debian package {package})")
    return found


def validate_linux_files() -> None:
    """Run desktop-file-validate and appstreamcli validate --no-net on the Linux files."""
    _run([_tool("desktop-file-validate", "desktop-file-utils"), desktop_file()])
    _run([_tool("appstreamcli", "appstream"), "validate", "--no-net", metainfo_file()])
    ET.parse(mime_file())  # well-formed XML; tests check its glob and magic on a real file


def render_icons(out_dir: Path, sizes: Sequence[int] = ICON_SIZES) -> list[Path]:
    """Render the SVG icon to hicolor PNGs (out_dir/NxN/apps/APP_ID.png) with QtSvg."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(["newsdesk-build"])
    renderer = QSvgRenderer(str(ICON_SVG))
    if not renderer.isValid():
        raise BuildError(f"{ICON_SVG}: not a valid SVG")
    written = []
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        target = out_dir / f"{size}x{size}" / "apps" / f"{editor.APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target), "PNG"):
            raise BuildError(f"{target}: could not be written")
        written.append(target)
    return written


def build_linux(out_dir: Path) -> Path:
    """Validate the Linux files and lay them out as an install tree: out_dir/usr/share/…."""
    check_identity()
    validate_linux_files()
    share = out_dir / "usr" / "share"
    if share.exists():
        shutil.rmtree(share)
    app_id = editor.APP_ID
    copies = {
        desktop_file(): share / "applications" / f"{app_id}.desktop",
        metainfo_file(): share / "metainfo" / f"{app_id}.metainfo.xml",
        mime_file(): share / "mime" / "packages" / f"{app_id}.xml",
        ICON_SVG: share / "icons" / "hicolor" / "scalable" / "apps" / f"{app_id}.svg",
    }
    for source, target in copies.items():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    render_icons(share / "icons" / "hicolor")
    # The installed tree as a whole: the metainfo's launchable finds its desktop file, the
    # desktop file its icon.
    _run([_tool("appstreamcli", "appstream"), "validate-tree", "--no-net", out_dir])
    return share


def lupdate_command(ts_files: Sequence[Path]) -> list[str]:
    """Return the lupdate command that refreshes these .ts files from the code in editor/."""
    sources = sorted(str(path.relative_to(REPO)) for path in (REPO / "editor").rglob("*.py"))
    tool = shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent / "pyside6-lupdate")
    return [tool, "-no-obsolete", "-locations", "absolute", *sources, "-ts", *map(str, ts_files)]


def update_translations(
    languages: Sequence[str] = UI_LANGUAGES, folder: Path = TRANSLATIONS
) -> list[Path]:
    """Run lupdate over editor/: new strings are added unfinished, gone ones dropped."""
    folder.mkdir(parents=True, exist_ok=True)
    ts_files = [folder / f"newsdesk_{code}.ts" for code in languages]
    _run(lupdate_command(ts_files), cwd=REPO)
    return ts_files


def compile_translations(out_dir: Path, folder: Path = TRANSLATIONS) -> list[Path]:
    """Compile every resources/translations/*.ts into out_dir/*.qm with lrelease."""
    from editor.ui.common.translations import TranslationError, compile_translation, find_lrelease

    tool = find_lrelease()
    if tool is None:
        raise BuildError(
            "lrelease not found: install PySide6-Essentials (it ships pyside6-lrelease)"
        )
    written = []
    for ts_file in sorted(folder.glob("newsdesk_*.ts")):
        qm_file = out_dir / ts_file.with_suffix(".qm").name
        try:
            compile_translation(ts_file, qm_file, tool)
        except TranslationError as failure:
            raise BuildError(str(failure)) from None
        written.append(qm_file)
    return written


def build_bundle(dist_dir: Path, work_dir: Path) -> Path:
    """Build the one-folder PyInstaller bundle: dist_dir/newsdesk/newsdesk(.exe)."""
    check_identity()
    translations = compile_translations(work_dir / "translations")
    icon_args: list[str] = []
    if sys.platform == "win32":
        icon_args = ["--icon", str(_windows_icon(work_dir))]
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        str(PACKAGING / "newsdesk.spec"),
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist_dir),
        "--workpath",
        str(work_dir / "pyinstaller"),
        "--",
        "--translations",
        str(translations[0].parent if translations else work_dir / "translations"),
        *icon_args,
    ]
    _run(command, cwd=REPO)
    folder = dist_dir / "newsdesk"
    if not folder.is_dir():
        raise BuildError(f"PyInstaller wrote no {folder}")
    return folder


def _windows_icon(work_dir: Path) -> Path:
    """Render the icon as a multi-size .ico for the Windows executable and installer."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QImage

    pngs = render_icons(work_dir / "icons", (16, 32, 48, 256))
    target = work_dir / "newsdesk.ico"
    # Qt writes .ico with the image formats plugin (one size); the 256 px one suffices.
    if not QImage(str(pngs[-1])).save(str(target), "ICO"):
        raise BuildError(f"{target}: could not be written")
    return target


def folder_size(folder: Path) -> int:
    """Return the bytes of every file under a folder."""
    return sum(
        path.stat().st_size
        for path in folder.rglob("*")
        if path.is_file() and not path.is_symlink()  # PyInstaller links Qt libraries
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run one build subcommand; return the exit code."""
    parser = argparse.ArgumentParser(prog="build.py", description=__doc__.splitlines()[0])
    parser.add_argument("--build-dir", type=Path, default=REPO / "build", help="scratch folder")
    parser.add_argument("--dist-dir", type=Path, default=REPO / "dist", help="bundle folder")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    commands.add_parser("check", help="the app id and version in every packaging file")
    commands.add_parser("update-translations", help="lupdate: refresh the .ts files")
    commands.add_parser("translations", help="lrelease: compile .ts to BUILD/translations")
    commands.add_parser("linux", help="validate and lay out BUILD/linux/usr/share")
    commands.add_parser("bundle", help="PyInstaller one-folder bundle in DIST/newsdesk")
    commands.add_parser("all", help="translations, linux, bundle")
    args = parser.parse_args(argv)
    build, dist = args.build_dir.resolve(), args.dist_dir.resolve()
    started = time.monotonic()
    try:
        if args.command == "check":
            check_identity()
            print(f"{editor.APP_ID} {editor.__version__}: every packaging file agrees")
        if args.command == "update-translations":
            for path in update_translations():
                print(f"updated {path.relative_to(REPO)}")
        if args.command in ("translations", "all"):
            for path in compile_translations(build / "translations"):
                print(f"compiled {path}")
        if args.command in ("linux", "all"):
            print(f"linux files in {build_linux(build / 'linux')}")
        if args.command in ("bundle", "all"):
            folder = build_bundle(dist, build)
            size = folder_size(folder) / 1e6
            print(f"bundle {folder}: {size:.0f} MB in {time.monotonic() - started:.0f} s")
    except BuildError as failure:
        print(f"build.py: {failure}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
