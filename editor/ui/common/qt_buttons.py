"""The words of Qt's standard buttons and key names, listed so every language gives them.

Qt translates its own buttons (OK, Cancel, Close, Save…) from the ``qtbase_LANG.qm`` files
the PySide6 wheel ships, and it ships none for Urdu: an Urdu interface would show them in
English. Listed here in Qt's own context, lupdate puts them in every ``.ts`` file, and the
Newsdesk translator (installed after Qt's, so asked first) answers for them: in Urdu with
its own words, in the other languages with the words Qt's translation uses. Nothing imports
this module; only lupdate reads it.

The modifier keys' names, as menus show shortcuts: Qt's Turkish translation names them as
a Mac keyboard does ("Kontrol+Seçenek+M" for Ctrl+Alt+M, "Seçenek" being the Option key);
keyboards sold in Turkey, as elsewhere, say Ctrl, Alt and Shift (found in a trial).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

STANDARD_BUTTONS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
)

KEY_NAMES = (
    QT_TRANSLATE_NOOP("QShortcut", "Ctrl"),
    QT_TRANSLATE_NOOP("QShortcut", "Alt"),
    QT_TRANSLATE_NOOP("QShortcut", "Shift"),
)
