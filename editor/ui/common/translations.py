"""The interface language: which translation to load, where its .qm file comes from, mirroring.

Translations are written as Qt Linguist sources, ``resources/translations/newsdesk_LANG.ts``
(``packaging/build.py update-translations`` regenerates them from the code). Qt loads only
compiled ``.qm`` files, which are never committed:

- an installed wheel and the PyInstaller bundle ship them beside the ``.ts`` files (the wheel's
  hatch build hook and ``packaging/build.py translations`` compile them);
- a checkout has only the ``.ts`` files: the first start in a language compiles that one file
  with Qt's ``lrelease`` (about 30 ms) into the per-user cache folder, under a name made from
  the ``.ts`` file's content hash, so an edited ``.ts`` is compiled again on the next start.

Qt's own strings (standard buttons, context menus) come from the ``qtbase_LANG.qm`` files the
PySide6 wheel ships, where it has one for the language.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator

from editor.resources import resource_path
from editor.text.languages import find_language, primary_subtag

# The language the source strings are written in: it needs no translator.
SOURCE_LANGUAGE = "en"
PREFIX = "newsdesk_"
# Marks the translators this module installed, so that a change of language replaces them.
_TRANSLATOR_NAME = "newsdeskTranslator"
_PLURALS_NAME = "newsdeskEnglishPlurals"
SYSTEM = ("", "system")


class TranslationError(Exception):
    """A translation source could not be compiled (no lrelease, or lrelease failed)."""


def translations_dir() -> Path:
    """Return the folder of the shipped ``.ts`` sources (and, when installed, ``.qm`` files)."""
    return resource_path("translations")


def available_languages(folder: Path | None = None) -> list[str]:
    """Return the codes of the interface languages with a translation, e.g. ``["ar", "ru"]``."""
    folder = folder or translations_dir()
    codes = {
        path.stem[len(PREFIX) :]
        for pattern in ("*.ts", "*.qm")
        for path in folder.glob(PREFIX + pattern)
    }
    return sorted(codes)


def ui_languages(folder: Path | None = None) -> list[str]:
    """Return the interface languages offered: English (the source) and each translated one."""
    return [SOURCE_LANGUAGE, *available_languages(folder)]


def find_lrelease() -> Path | None:
    """Return Qt's lrelease program: the PySide6 wheel's, else one on PATH; None if absent."""
    import importlib.util
    import shutil

    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.submodule_search_locations:
        package = Path(next(iter(spec.submodule_search_locations)))
        name = "lrelease.exe" if sys.platform == "win32" else "lrelease"
        for candidate in (package / name, package / "Qt" / "libexec" / name):
            if candidate.is_file():
                return candidate
    for name in ("pyside6-lrelease", "lrelease-qt6", "lrelease6", "lrelease"):
        found = shutil.which(name)
        if found:
            return Path(found)
    return None


def compile_translation(ts_file: Path, qm_file: Path, lrelease: Path | None = None) -> None:
    """Compile one ``.ts`` source into a ``.qm`` file (written atomically)."""
    from editor.storage.atomic import write_bytes

    tool = lrelease or find_lrelease()
    if tool is None:
        raise TranslationError(
            f"{ts_file}: cannot compile the translation: Qt's lrelease was not found"
        )
    # Imported here: only a checkout's first start in a language compiles (start-up speed).
    import subprocess
    import tempfile

    with tempfile.TemporaryDirectory(prefix="newsdesk-lrelease-") as scratch:
        target = Path(scratch) / qm_file.name
        result = subprocess.run(
            [str(tool), "-silent", str(ts_file), "-qm", str(target)],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0 or not target.is_file():
            reason = (result.stderr or result.stdout).strip() or f"exit code {result.returncode}"
            raise TranslationError(f"{ts_file}: lrelease failed: {reason}")
        qm_file.parent.mkdir(parents=True, exist_ok=True)
        write_bytes(qm_file, target.read_bytes())


def translation_file(code: str, cache_dir: Path, folder: Path | None = None) -> Path | None:
    """Return the ``.qm`` file of a language: shipped, cached, or compiled now; None if none."""
    folder = folder or translations_dir()
    shipped = folder / f"{PREFIX}{code}.qm"
    if shipped.is_file():
        return shipped
    source = folder / f"{PREFIX}{code}.ts"
    if not source.is_file():
        return None
    # Named by the source's content, not its time: a cached file can never be stale, even
    # when several checkouts (or a git checkout that keeps old mtimes) share one cache.
    import hashlib

    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    cached = cache_dir / "translations" / f"{PREFIX}{code}-{digest}.qm"
    if cached.is_file():
        return cached
    compile_translation(source, cached)
    for old in cached.parent.glob(f"{PREFIX}{code}-*.qm"):
        if old != cached:
            old.unlink(missing_ok=True)  # compiled from an earlier version of the source
    return cached


def ui_locale(ui_language: str) -> QLocale:
    """Return the locale an interface-language setting means ("" or "system": the system's)."""
    if ui_language.strip().lower() in SYSTEM:
        return QLocale.system()
    return QLocale(ui_language.strip().replace("_", "-"))


def resolve_ui_language(
    ui_language: str,
    available: list[str] | None = None,
    system_locale: QLocale | None = None,
) -> str:
    """Return the translation code the interface will be shown in, or ``"en"`` (the source).

    The setting's tag, or each of the system's preferred languages in order, is tried as
    given and then by its language alone (``ar-EG``, then ``ar``): the first that is English
    or has a translation wins; when none does, the interface stays English.
    """
    available = available_languages() if available is None else available
    if ui_language.strip().lower() in SYSTEM:
        tags = (system_locale or QLocale.system()).uiLanguages()
    else:
        tags = [ui_language.strip().replace("_", "-")]
    for tag in tags:
        for candidate in (tag.replace("-", "_"), primary_subtag(tag)):
            if candidate.lower() == SOURCE_LANGUAGE:
                return SOURCE_LANGUAGE
            if candidate in available:
                return candidate
    return SOURCE_LANGUAGE


def ui_layout_direction(code: str, folder: Path | None = None) -> Qt.LayoutDirection:
    """Return the direction the whole UI is mirrored to for this interface-language setting.

    It is the direction of the language the UI is shown in, as its language data says:
    Arabic and Urdu mirror; a right-to-left language with no translation (the UI stays
    English) does not.
    """
    shown = find_language(resolve_ui_language(code, available_languages(folder)))
    rtl = shown is not None and shown.is_rtl
    return Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight


class EnglishPlurals(QTranslator):
    """The English plural of the numerus strings: ``"%n file(s)"`` with n=2 reads "2 files".

    Counted strings are written ``self.tr("Export %n article(s)", "", n)`` so that each
    translation gives its language's plural forms; English, the source language, has no
    ``.qm`` file of its own, so this translator says "article" or "articles". It answers
    nothing for any other string (and for one a translation has), so it never hides one.
    """

    def isEmpty(self) -> bool:
        """Never empty: Qt skips empty translators."""
        return False

    def translate(
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        """Return the English singular or plural of a numerus source string, else None."""
        if n < 0 or "(s)" not in source_text:
            return None  # a null string: Qt asks the next translator, then keeps the source
        return source_text.replace("(s)", "" if n == 1 else "s")


def install_english_plurals(app: QCoreApplication) -> None:
    """Install the English plural forms once; later-installed translations take precedence."""
    # findChild by name: findChildren would wrap every child of the application (its style
    # among them) as a Python object, 5-10 ms at start-up.
    if app.findChild(QTranslator, _PLURALS_NAME) is not None:
        return
    plurals = EnglishPlurals(app)
    plurals.setObjectName(_PLURALS_NAME)
    app.installTranslator(plurals)


def _qt_translations_dir() -> str:
    # Imported here: only an interface in another language than English asks.
    from PySide6.QtCore import QLibraryInfo

    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def install_translations(
    app: QCoreApplication,
    ui_language: str,
    *,
    cache_dir: Path,
    folder: Path | None = None,
) -> list[QTranslator]:
    """Install Qt's and Newsdesk's translators for the interface language; return them.

    Translators installed by an earlier call are removed first, so switching the language
    in Settings replaces them. A translation that cannot be loaded leaves the source
    (English) strings: the UI still starts. ``folder`` holds the ``.ts``/``.qm`` files
    (default: the shipped ones), ``cache_dir`` is the per-user cache folder.
    """
    while (old := app.findChild(QTranslator, _TRANSLATOR_NAME)) is not None:
        app.removeTranslator(old)
        old.setParent(None)
    code = resolve_ui_language(ui_language, available_languages(folder))
    if code == SOURCE_LANGUAGE:
        return []
    installed: list[QTranslator] = []
    locale = QLocale(code.replace("_", "-"))
    # Parented to the application only once installed: a translator that failed to load
    # is dropped here instead of piling up on the application at every language change.
    qt_translator = QTranslator()
    if qt_translator.load(locale, "qtbase", "_", _qt_translations_dir()):
        installed.append(qt_translator)
    try:
        ours = translation_file(code, cache_dir, folder)
    except (TranslationError, OSError):
        # No lrelease in a bare checkout: English strings, but the editor starts.
        ours = None
    own_translator = QTranslator()
    if ours is not None and own_translator.load(str(ours)):
        installed.append(own_translator)
    for translator in installed:
        translator.setParent(app)
        translator.setObjectName(_TRANSLATOR_NAME)
        app.installTranslator(translator)
    return installed
