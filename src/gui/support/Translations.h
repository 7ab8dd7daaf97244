// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTranslator>

namespace Switchboard {

// Puts the console's language in place before any widget exists: Switchboard's own translation
// (:/i18n/switchboard_<language>.qm, embedded in switchboard_gui), Qt's translation of its own
// strings (qtbase_<language>.qm from Qt's translations folder) and the default QLocale, so that
// numbers, currency and dates follow the same language as the words.
//
// The choice is a locale name as the Settings dialog stores it (UserSettings::language()): empty
// follows the system, else e.g. "de" or "pt_BR". A language without a translation gives English
// words (quietly: no warning) with that language's number and date formats.
class Translations
{
public:
    Translations() = default;
    // Removes the translators it installed.
    ~Translations();
    Q_DISABLE_COPY_MOVE(Translations)

    // The QSettings key of the language choice ("ui/language").

    // The languages Switchboard is translated into, as locale names ("de", "es", "fr", "pt_BR"),
    // sorted. English, the source language, is not listed.
    static QStringList availableLanguages();

    // The locale the console uses for `choice`: `system` when the choice is empty, English
    // (United States) when the choice (or the system, as with LANG=C) names no language.
    static QLocale localeFor(const QString &choice, const QLocale &system = QLocale::system());

    // Installs the translators for `choice` on the application, replacing any installed before
    // by this object, and makes the chosen locale the default. Needs a QCoreApplication. Returns
    // the locale now in use. A language chosen later takes effect at the next start, since the
    // widgets already built keep their texts.
    QLocale install(const QString &choice, const QLocale &system = QLocale::system());

    // The language of the Switchboard translation now installed ("de", "pt_BR"; "en" for the
    // English plural forms), or empty when none is.
    QString installedLanguage() const { return m_installedLanguage; }

    // Whether Qt's own translation for the language was found and installed.
    bool hasQtTranslation() const { return m_qtInstalled; }

private:
    void removeInstalled();

    QTranslator m_appTranslator;
    QTranslator m_qtTranslator;
    bool m_appInstalled = false;
    bool m_qtInstalled = false;
    QString m_installedLanguage;
};

} // namespace Switchboard
