"""The interface language: Roundtable's own translation and Qt's, for standard buttons."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QTranslator

from roundtable.ui.resources import resource

LANGUAGES = ("da", "en")  # English is the source language: it needs no file
# Qt's own Danish (qtbase_da) lacks these two labels of its file dialog, whose source text
# gained a shortcut letter: ours carries them, and is looked in before Qt's.
_QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
SYSTEM = "system"

_installed: list[QTranslator] = []


def resolve(choice: str) -> str:
    """The language a choice means: 'system' follows the system, unknown ones fall to en."""
    if choice in LANGUAGES:
        return choice
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def install(choice: str) -> str:
    """Install the translators for `choice` (replacing earlier ones); returns the language."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = resolve(choice)
    danish = language == "da"
    QLocale.setDefault(
        QLocale(QLocale.Language.Danish, QLocale.Country.Denmark)
        if danish
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    )
    # English is the source language; its file only holds the plural forms.
    wanted = [(f"roundtable_{language}", str(resource("translations")))]
    if danish:
        from PySide6.QtCore import QLibraryInfo  # only for Danish: its enums cost a start

        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        wanted.insert(0, ("qtbase_da", qt_dir))
    for name, folder in wanted:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    return language
