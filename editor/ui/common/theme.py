"""Light, dark or system colours, and the interface language (mirrored for Arabic and Urdu)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from editor.storage.settings import Settings

_PALETTE_SET = "newsdeskPaletteSet"


def _dark_palette() -> QPalette:
    palette = QPalette()
    window = QColor(37, 39, 43)
    base = QColor(28, 30, 33)
    text = QColor(228, 228, 228)
    disabled = QColor(128, 128, 128)
    roles = {
        QPalette.ColorRole.Window: window,
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base,
        QPalette.ColorRole.AlternateBase: window,
        QPalette.ColorRole.ToolTipBase: QColor(50, 52, 58),
        QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.PlaceholderText: QColor(140, 140, 140),
        QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: QColor(48, 50, 55),
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.BrightText: QColor(255, 90, 90),
        QPalette.ColorRole.Link: QColor(110, 170, 255),
        QPalette.ColorRole.Highlight: QColor(60, 110, 190),
        QPalette.ColorRole.HighlightedText: QColor(255, 255, 255),
    }
    for role, color in roles.items():
        palette.setColor(role, color)
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def wants_dark(theme: str) -> bool:
    """Whether a theme setting means dark colours now ("system" asks the platform)."""
    if theme == "dark":
        return True
    if theme == "light":
        return False
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def apply_theme(app: QApplication, theme: str) -> None:
    """Switch the application's colours: light, dark or whatever the system uses."""
    dark = wants_dark(theme)
    if theme not in ("light", "dark") and not dark:
        # Follow a light system with its own style and colours; only undo our palette.
        if app.property(_PALETTE_SET):
            app.setPalette(app.style().standardPalette())
            app.setProperty(_PALETTE_SET, False)
        return
    fusion = QStyleFactory.create("Fusion")
    if fusion is not None:
        app.setStyle(fusion)
    app.setPalette(_dark_palette() if dark else app.style().standardPalette())
    app.setProperty(_PALETTE_SET, True)


def apply_ui_language(app: QApplication, settings: Settings, cache_dir: Path) -> list[QTranslator]:
    """Set the interface language ("system" follows the system): locale, mirroring, strings.

    ``cache_dir`` is the per-user cache folder, where a translation compiled on first use is
    kept.
    """
    from editor.ui.common.translations import (
        install_english_plurals,
        install_translations,
        ui_layout_direction,
        ui_locale,
    )

    # Before the language's translators, so that theirs come first: "%n file(s)" in English.
    install_english_plurals(app)
    QLocale.setDefault(ui_locale(settings.ui_language))
    # The direction of the language the UI is shown in: Arabic and Urdu mirror everything.
    app.setLayoutDirection(ui_layout_direction(settings.ui_language))
    # A language without a translation keeps the English strings; the editor still starts.
    return install_translations(app, settings.ui_language, cache_dir=cache_dir)
