// SPDX-License-Identifier: Apache-2.0
// Translations: which catalogs it installs for a language choice, and what the application then
// reads, in words and in number formats.
#include "core/domain/Validation.h"
#include "core/provisioning/FreeNumberUsage.h"
#include "core/workspace/UserSettings.h"
#include "gui/support/Translations.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTest>

using namespace Switchboard;

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void offersTheTranslatedLanguages();
    void localeForAChoice_data();
    void localeForAChoice();
    void germanTranslatesQtAndNumbers();
    void unknownLanguageFallsBackToEnglishQuietly();
    void emptyChoiceFollowsTheSystem();
    void secondInstallReplacesTheFirst();
    void destructionRemovesTheTranslators();

private:
    static QString qtCancel() { return QCoreApplication::translate("QPlatformTheme", "Cancel"); }
};

void TestTranslations::init()
{
    // Loading a language, or not finding one, is never worth a warning.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    QLocale::setDefault(QLocale::c());
}

void TestTranslations::cleanup()
{
    QLocale::setDefault(QLocale::c());
}

void TestTranslations::offersTheTranslatedLanguages()
{
    QCOMPARE(Translations::availableLanguages(),
            QStringList({QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr"),
                    QStringLiteral("pt_BR")}));
    QCOMPARE(UserSettings::LanguageKey, QStringLiteral("ui/language"));
}

void TestTranslations::localeForAChoice_data()
{
    QTest::addColumn<QString>("choice");
    QTest::addColumn<QLocale>("system");
    QTest::addColumn<QLocale>("expected");

    const QLocale austria(QLocale::German, QLocale::Austria);
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    QTest::newRow("empty follows the system") << QString() << austria << austria;
    QTest::newRow("blank follows the system") << QStringLiteral("  ") << austria << austria;
    QTest::newRow("a language") << QStringLiteral("fr") << austria
                                << QLocale(QLocale::French, QLocale::France);
    QTest::newRow("language and country")
            << QStringLiteral("pt_BR") << austria << QLocale(QLocale::Portuguese, QLocale::Brazil);
    QTest::newRow("unknown name is English") << QStringLiteral("xx") << austria << english;
    QTest::newRow("C system is English") << QString() << QLocale::c() << english;
}

void TestTranslations::localeForAChoice()
{
    QFETCH(QString, choice);
    QFETCH(QLocale, system);
    QFETCH(QLocale, expected);
    QCOMPARE(Translations::localeFor(choice, system), expected);
}

void TestTranslations::germanTranslatesQtAndNumbers()
{
    Translations translations;
    const QLocale locale = translations.install(QStringLiteral("de"));

    QCOMPARE(locale.language(), QLocale::German);
    QCOMPARE(translations.installedLanguage(), QStringLiteral("de"));
    QVERIFY(translations.hasQtTranslation());
    QCOMPARE(qtCancel(), QStringLiteral("Abbrechen"));
    // Switchboard's own words: a form's, a view's plural, and core messages, whose contexts
    // at run time must be the ones lupdate recorded.
    QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&Datei"));
    QCOMPARE(QCoreApplication::translate(
                     "Switchboard::ConsoleController", "%n got a number", nullptr, 2),
            QStringLiteral("2 haben eine Nummer bekommen"));
    QCOMPARE(Validation::checkDisplayName(u"  ", QStringLiteral("name")).message,
            QStringLiteral("darf nicht leer sein"));
    QCOMPARE(FreeNumberUsage(9, 10).advice(),
            QStringLiteral("Nur noch 1 kostenlose Nummer übrig. Richten Sie jetzt Twilio für "
                           "diese Organisation oder den Arbeitsbereich ein, damit die nächsten "
                           "Assistenten ohne Pause Nummern erhalten."));
    // The default locale follows the language: numbers, currency and dates read German.
    QCOMPARE(QLocale().language(), QLocale::German);
    QCOMPARE(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1.234,5"));
    QVERIFY2(
            QLocale().toCurrencyString(12.5, QStringLiteral("$")).contains(QStringLiteral("12,50")),
            qPrintable(QLocale().toCurrencyString(12.5, QStringLiteral("$"))));
}

void TestTranslations::unknownLanguageFallsBackToEnglishQuietly()
{
    Translations translations;
    const QLocale locale = translations.install(QStringLiteral("xx"));

    QCOMPARE(locale, QLocale(QLocale::English, QLocale::UnitedStates));
    // Only the English plural forms are installed.
    QCOMPARE(translations.installedLanguage(), QStringLiteral("en"));
    QCOMPARE(qtCancel(), QStringLiteral("Cancel"));
    QCOMPARE(QCoreApplication::translate("Switchboard::ConsoleController",
                     "%n wait(s) in the manual queue", nullptr, 1),
            QStringLiteral("1 waits in the manual queue"));
    QCOMPARE(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1,234.5"));
}

void TestTranslations::emptyChoiceFollowsTheSystem()
{
    Translations translations;
    const QLocale system(QLocale::French, QLocale::Canada);
    const QLocale locale = translations.install(QString(), system);

    QCOMPARE(locale, system);
    QCOMPARE(QLocale(), system);
    // fr_CA has no catalog of its own; French does.
    QCOMPARE(translations.installedLanguage(), QStringLiteral("fr"));
    QCOMPARE(qtCancel(), QStringLiteral("Annuler"));
}

void TestTranslations::secondInstallReplacesTheFirst()
{
    Translations translations;
    translations.install(QStringLiteral("de"));
    translations.install(QStringLiteral("es"));

    QCOMPARE(translations.installedLanguage(), QStringLiteral("es"));
    QCOMPARE(qtCancel(), QStringLiteral("Cancelar"));
    QCOMPARE(QLocale().language(), QLocale::Spanish);
}

void TestTranslations::destructionRemovesTheTranslators()
{
    {
        Translations translations;
        translations.install(QStringLiteral("pt_BR"));
        QCOMPARE(translations.installedLanguage(), QStringLiteral("pt_BR"));
        QCOMPARE(qtCancel(), QStringLiteral("Cancelar"));
    }
    QCOMPARE(qtCancel(), QStringLiteral("Cancel"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
