"""The words of Qt's standard buttons, listed so that every interface language gives them.

Qt translates its own buttons (OK, Cancel, Close, Save…) from the ``qtbase_LANG.qm`` files
the PySide6 wheel ships, and it ships none for Urdu: an Urdu interface would show them in
English. Listed here in Qt's own context, lupdate puts them in every ``.ts`` file, and the
Newsdesk translator (installed after Qt's, so asked first) answers for them: in Urdu with
its own words, in the other languages with the words Qt's translation uses. Nothing imports
this module; only lupdate reads it.
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
