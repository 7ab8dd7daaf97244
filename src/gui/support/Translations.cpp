// SPDX-License-Identifier: Apache-2.0
#include "gui/support/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>

namespace Switchboard {
namespace {

const auto ResourceDir = QStringLiteral(":/i18n");
const auto AppCatalog = QStringLiteral("switchboard");
const auto QtCatalog = QStringLiteral("qtbase");
const auto Separator = QStringLiteral("_");

// "switchboard_pt_BR.qm" -> "pt_BR"
QString languageOfCatalog(const QString &filePath)
{
    const QString base = QFileInfo(filePath).completeBaseName();
    return base.mid(AppCatalog.size() + Separator.size());
}

} // namespace

Translations::~Translations()
{
    removeInstalled();
}

QStringList Translations::availableLanguages()
{
    QStringList languages;
    const QStringList files = QDir(ResourceDir)
                                      .entryList({AppCatalog + Separator + QStringLiteral("*.qm")},
                                              QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString language = languageOfCatalog(file);
        if (language != QLatin1String("en"))
            languages.append(language);
    }
    languages.sort();
    return languages;
}

QLocale Translations::localeFor(const QString &choice, const QLocale &system)
{
    const QString name = choice.trimmed();
    const QLocale chosen = name.isEmpty() ? system : QLocale(name);
    // An unknown name comes back as the C locale, as does a system without a language (LANG=C):
    // both mean English, with English plural forms and number formats.
    if (chosen.language() == QLocale::C || chosen.language() == QLocale::AnyLanguage)
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return chosen;
}

QLocale Translations::install(const QString &choice, const QLocale &system)
{
    Q_ASSERT(QCoreApplication::instance());
    removeInstalled();

    const QLocale locale = localeFor(choice, system);
    QLocale::setDefault(locale);

    // load(QLocale, ...) tries each of the locale's UI languages ("pt-BR", then "pt"), so a
    // regional system locale such as de_AT finds switchboard_de.qm. Missing files are no error:
    // the words stay English.
    if (m_qtTranslator.load(
                locale, QtCatalog, Separator, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        m_qtInstalled = QCoreApplication::installTranslator(&m_qtTranslator);
    if (m_appTranslator.load(locale, AppCatalog, Separator, ResourceDir)) {
        m_appInstalled = QCoreApplication::installTranslator(&m_appTranslator);
        if (m_appInstalled)
            m_installedLanguage = languageOfCatalog(m_appTranslator.filePath());
    }
    return locale;
}

void Translations::removeInstalled()
{
    if (m_appInstalled)
        QCoreApplication::removeTranslator(&m_appTranslator);
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qtTranslator);
    m_appInstalled = false;
    m_qtInstalled = false;
    m_installedLanguage.clear();
}

} // namespace Switchboard
