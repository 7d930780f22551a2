"""Settings and recent files: JSON in the config folder, applied to every window."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from ui_articles import english_article

from editor.storage.settings import RecentFiles, Settings, load_settings, save_settings
from editor.text.template import new_article
from editor.ui.common.translations import ui_layout_direction
from editor.ui.dialogs.settings_dialog import SettingsDialog


def test_settings_survive_save_and_load(user_folders) -> None:
    chosen = Settings(
        ui_language="ar",
        article_language="ru",
        author="Lena Ortiz",
        office="the Northland Media Desk",
        autosave_seconds=45,
        font_family="DejaVu Sans",
        font_size=14,
        theme="dark",
    )
    save_settings(chosen, user_folders)
    assert load_settings(user_folders.config) == chosen
    stored = json.loads((user_folders.config / "settings.json").read_text(encoding="utf-8"))
    assert stored["office"] == "the Northland Media Desk"


def test_damaged_or_odd_settings_fall_back_to_defaults_and_keep_unknown_keys(user_folders):
    user_folders.config.mkdir(parents=True)
    path = user_folders.config / "settings.json"
    path.write_text("{not json", encoding="utf-8")
    assert load_settings(user_folders.config) == Settings()
    path.write_text(
        json.dumps({"font_size": "huge", "theme": "neon", "author": "A", "future": 1}),
        encoding="utf-8",
    )
    loaded = load_settings(user_folders.config)
    assert (loaded.font_size, loaded.theme, loaded.author) == (11, "system", "A")
    save_settings(loaded, user_folders)
    assert json.loads(path.read_text(encoding="utf-8"))["future"] == 1


def test_recent_files_are_newest_first_and_stored(user_folders, tmp_path) -> None:
    recent = RecentFiles(user_folders)
    for name in ("a", "b", "a"):
        recent.add(tmp_path / f"{name}.newsdesk")
    assert RecentFiles(user_folders).paths() == [
        (tmp_path / "a.newsdesk").resolve(),
        (tmp_path / "b.newsdesk").resolve(),
    ]


def test_settings_dialog_returns_what_was_chosen(qtbot) -> None:
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.ui_language_combo.set_code("ur")
    dialog.article_language_combo.set_code("ar")
    dialog.author_edit.setText("Salma")
    dialog.autosave_spin.setValue(60)
    dialog.font_size_spin.setValue(15)
    dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData("dark"))
    chosen = dialog.settings()
    assert (chosen.ui_language, chosen.article_language, chosen.author) == ("ur", "ar", "Salma")
    assert (chosen.autosave_seconds, chosen.font_size, chosen.theme) == (60, 15, "dark")
    assert ui_layout_direction(chosen.ui_language) == Qt.LayoutDirection.RightToLeft


def test_the_interface_languages_offered_are_english_and_every_translation_found(
    qtbot, tmp_path, monkeypatch
) -> None:
    from editor.ui.common import translations

    for code in ("ar", "de"):
        (tmp_path / f"newsdesk_{code}.ts").write_text("<TS/>", encoding="utf-8")
    monkeypatch.setattr(translations, "translations_dir", lambda: tmp_path)
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    combo = dialog.ui_language_combo
    offered = [combo.itemData(index) for index in range(combo.count())]
    assert offered == ["system", "en", "ar", "de"]
    assert combo.itemText(offered.index("de")) == "Deutsch"


def test_new_article_uses_the_default_language_author_and_office(workspace) -> None:
    workspace.settings = Settings(article_language="ar", author="سلمى يوسف", office="مكتب")
    window = workspace.new_window()
    article = window.article()
    assert article.language == "ar"
    assert [s.label for s in article.sections] == [s.label for s in new_article("ar").sections]
    assert window.form.byline.credit_line() == "كتب لصالح مكتب بقلم\nسلمى يوسف"


def test_applied_settings_reach_open_windows_and_the_config_file(workspace, qapp) -> None:
    window = workspace.add_window(english_article())
    try:
        workspace.apply(Settings(font_size=17, autosave_seconds=90, theme="dark"))
        assert window.form.sections[0].editor.font().pointSize() == 17
        assert window._autosave_timer.interval() == 90_000
        assert qapp.palette().window().color().lightness() < 100
        assert load_settings(workspace.folders.config).font_size == 17
    finally:
        workspace.apply(Settings(autosave_seconds=1))


def test_going_back_to_the_system_theme_undoes_the_dark_palette(qapp) -> None:
    from editor.ui.common.theme import apply_theme

    light = qapp.palette().window().color().lightness()
    try:
        apply_theme(qapp, "dark")
        assert qapp.palette().window().color().lightness() < 100
        apply_theme(qapp, "system")
        assert qapp.palette().window().color().lightness() > 150
    finally:
        apply_theme(qapp, "system")
    assert light > 150


def test_interface_language_follows_the_system_until_one_is_chosen(qtbot) -> None:
    assert Settings().ui_language == "system"
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    combo = dialog.ui_language_combo
    offered = [(combo.itemData(i), combo.itemText(i)) for i in range(combo.count())]
    assert offered == [
        ("system", "System"),
        ("en", "English"),
        ("ar", "العربية"),
        ("ru", "Русский"),
        ("tr", "Türkçe"),
        ("ur", "اردو"),
    ]
    assert combo.code() == "system"
    assert dialog.settings().ui_language == "system"


def test_ok_in_settings_with_nothing_changed_changes_nothing(qtbot, workspace) -> None:
    # The font box showed its own first font and OK set the editor in it (seen on Xvfb).
    window = workspace.add_window(english_article())
    body = window.form.sections[0].editor
    families_before = body.font().families()
    size_before = body.font().pointSize()
    house_font = workspace.house_style().fonts.latin
    dialog = SettingsDialog(workspace.settings, window, house_font)
    qtbot.addWidget(dialog)
    assert dialog.font_combo.currentFont().family().casefold() in (
        house_font.casefold(),
        QFont(house_font).family().casefold(),
    )
    chosen = dialog.settings()
    assert (chosen.font_family, chosen.font_size) == ("", workspace.settings.font_size)
    workspace.apply(chosen)
    assert body.font().families() == families_before
    assert body.font().pointSize() == size_before
    # A font the user picks is kept.
    dialog.font_combo.setCurrentFont(QFont("DejaVu Sans Mono"))
    assert dialog.settings().font_family == QFont("DejaVu Sans Mono").family()


def test_the_name_field_shows_its_whole_hint(qtbot) -> None:
    # "Your full name, for bylines and comme…" (seen on Xvfb).
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    edit = dialog.author_edit
    hint = edit.fontMetrics().horizontalAdvance(edit.placeholderText())
    assert edit.width() >= hint + 8
