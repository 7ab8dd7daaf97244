// SPDX-License-Identifier: Apache-2.0
#include "gui/MainWindow.h"
#include "gui/dialogs/AboutDialog.h"
#include "gui/support/FileDialog.h"

#include "GuiTestSupport.h"
#include "GuiWorld.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTest>
#include <QTextBrowser>

using namespace Switchboard;

// Help → About Switchboard: the version, the Apache-2.0 licence and the third-party notices.
class TestAbout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesVersionAndLicence();
    void showsTheThirdPartyNotices();
    void closes();
    void helpMenuOpensIt();

private:
    template<typename T>
    static T *child(QWidget &parent, const char *name)
    {
        T *found = parent.findChild<T *>(QLatin1String(name));
        if (!found)
            qFatal("no %s", name);
        return found;
    }
};

void TestAbout::namesVersionAndLicence()
{
    AboutDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.windowTitle(), QStringLiteral("About Switchboard"));
    QVERIFY(child<QLabel>(dialog, "version")->text().contains(QStringLiteral(SWITCHBOARD_VERSION)));
    const QString licence = child<QLabel>(dialog, "licence")->text();
    QVERIFY2(licence.contains(QStringLiteral("Apache License 2.0")), qPrintable(licence));
    QVERIFY(licence.contains(QStringLiteral("https://www.apache.org/licenses/LICENSE-2.0")));
    QVERIFY(child<QLabel>(dialog, "licence")->openExternalLinks());
    QVERIFY(child<QLabel>(dialog, "qtVersion")->text().contains(QString::fromLatin1(qVersion())));
    QVERIFY(!child<QTextBrowser>(dialog, "notices")->isVisible()); // folded until asked for
    Test::saveScreenshot(&dialog, QStringLiteral("about"));
}

void TestAbout::showsTheThirdPartyNotices()
{
    // Built into the program: the same text whichever package it came from.
    const QString notices = AboutDialog::thirdPartyNotices();
    for (const char *expected : {"Qt Charts", "Qt HTTP Server", "GPL-3.0-only", "LGPL-3.0-only",
                 "QtKeychain", "BSD-3-Clause", "libphonenumber", "Apache-2.0", "protobuf", "ICU",
                 "SQLite", "libpq"})
        QVERIFY2(notices.contains(QLatin1String(expected)), expected);

    AboutDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QSize folded = dialog.size();
    auto *button = child<QPushButton>(dialog, "noticesButton");
    auto *browser = child<QTextBrowser>(dialog, "notices");
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(browser->isVisible());
    QVERIFY(browser->toPlainText().contains(QStringLiteral("Qt Charts")));
    QVERIFY(browser->toPlainText().contains(QStringLiteral("QtKeychain")));
    QVERIFY(dialog.size().height() > folded.height());
    Test::saveScreenshot(&dialog, QStringLiteral("about-third-party"));
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(!browser->isVisible());
}

void TestAbout::closes()
{
    AboutDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Close), Qt::LeftButton);
    QTRY_VERIFY(!dialog.isVisible());
}

void TestAbout::helpMenuOpensIt()
{
    Test::GuiWorld world;
    QVERIFY(world.workspace.isValid());
    QSettings settings(
            QDir(world.workspace.path()).filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    FileDialog fileDialog;
    MainWindow window(world.mainWindowDependencies(fileDialog, settings));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *about = window.findChild<QAction *>(QStringLiteral("actionAbout"));
    QVERIFY(about);
    QCOMPARE(about->text(), QStringLiteral("&About Switchboard"));
    about->trigger();
    AboutDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<AboutDialog *>()) && dialog->isVisible());
    QVERIFY(dialog->isModal()); // opened window-modal, without a nested event loop
    dialog->close();
    QTRY_VERIFY(!window.findChild<AboutDialog *>()); // deleted on close
}

QTEST_MAIN(TestAbout)
#include "TestAbout.moc"
