// SPDX-License-Identifier: Apache-2.0
#include "AutomaticProvisioning.h"
#include "ConsoleController.h"
#include "EngineFixture.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "support/FileDialog.h"

#include <QDir>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>

using namespace Switchboard;
using Test::EngineFixture;

// The console's automatic path for new assistants (issue 19), judged by what the sandbox (Vapi)
// holds: an assistant created behind the console's back (through Vapi's API) gets a number on
// the console's refresh when its organization's policy is on, and nothing happens when it is
// off; what was provisioned automatically shows in the status bar until the user looks.
class TestAutomaticProvisioning : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aNewAssistantGetsANumberOnRefresh();
    void withThePolicyOffTheRefreshOnlyLists();

private:
    static MainWindowDependencies deps(EngineFixture &f, FileDialog &dialogs, QSettings &settings);
    static int vapiNumbersOf(EngineFixture &f, const QString &assistantId);
};

MainWindowDependencies TestAutomaticProvisioning::deps(
        EngineFixture &f, FileDialog &dialogs, QSettings &settings)
{
    MainWindowDependencies d;
    d.database = &f.workspace.database();
    d.organizations = &f.organizations;
    d.accounts = &f.accounts;
    d.pool = &f.pool;
    d.history = &f.history;
    d.tasks = &f.tasks;
    d.directory = &f.directory;
    d.workspaceSettings = &f.settings;
    d.fileDialog = &dialogs;
    d.credentials = &f.credentials;
    const DatabaseLocation location = f.workspace.database().location();
    d.openWorkerDatabase
            = [location](DatabaseError *error) { return WorkspaceDatabase::open(location, error); };
    d.settings = &settings;
    d.workspaceDescription = location.describe();
    return d;
}

// What Vapi (the sandbox) holds for the assistant, not what the workspace believes.
int TestAutomaticProvisioning::vapiNumbersOf(EngineFixture &f, const QString &assistantId)
{
    return int(Test::vapiNumbersOf(f, assistantId).size());
}

void TestAutomaticProvisioning::aNewAssistantGetsANumberOnRefresh()
{
    EngineFixture f;
    QVERIFY(f.isValid());
    QVERIFY(f.setUpVapi(10));
    QVERIFY(f.settings.setAutoProvisionByDefault(true));
    const Organization acme = f.addOrganization(QStringLiteral("acme"));
    const QStringList assistants = f.createAssistants(acme, 2);
    QCOMPARE(assistants.size(), 2);

    FileDialog dialogs;
    QSettings settings(
            QDir(f.workspace.path()).filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    MainWindow window(deps(f, dialogs, settings));
    ConsoleController controller(window, *f.engine, f.credentials, &settings);
    window.resize(1100, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy rounds(&controller.automaticProvisioning(), &AutomaticProvisioning::roundFinished);
    controller.start();
    QTRY_VERIFY_WITH_TIMEOUT(rounds.count() >= 1, 20000);
    QCOMPARE(rounds.at(0).at(0).toInt(), 2);

    for (const QString &id : assistants)
        QCOMPARE(vapiNumbersOf(f, id), 1);
    HistoryFilter automatic;
    automatic.origin = AttemptOrigin::Automatic;
    QCOMPARE(f.history.count(automatic), 2);

    // The status bar says so until the user looks; then the history is shown.
    auto *summary = window.findChild<QPushButton *>(QStringLiteral("automaticSummaryButton"));
    QVERIFY(summary);
    QTRY_VERIFY(summary->isVisible());
    QVERIFY2(summary->text().contains(QStringLiteral("2 got a number")),
            qPrintable(summary->text()));
    Test::saveScreenshot(&window, QStringLiteral("automatic-provisioning"));
    QTest::mouseClick(summary, Qt::LeftButton);
    QVERIFY(!summary->isVisible());
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("organizationTabs"));
    QVERIFY(tabs);
    QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("historyTab"));

    // Another refresh: both are served, nothing more is made.
    Q_EMIT window.refreshRequested();
    QTRY_VERIFY_WITH_TIMEOUT(rounds.count() >= 2, 20000);
    QCOMPARE(rounds.at(1).at(0).toInt(), 0);
    for (const QString &id : assistants)
        QCOMPARE(vapiNumbersOf(f, id), 1);
    QCOMPARE(f.history.count(automatic), 2);
}

void TestAutomaticProvisioning::withThePolicyOffTheRefreshOnlyLists()
{
    EngineFixture f;
    QVERIFY(f.isValid());
    QVERIFY(f.setUpVapi(10));
    // The workspace says on, the organization says off: the organization wins.
    QVERIFY(f.settings.setAutoProvisionByDefault(true));
    Organization acme = f.addOrganization(QStringLiteral("acme"));
    acme.autoProvision = AutoProvision::Off;
    QVERIFY(f.organizations.update(acme));
    const QStringList assistants = f.createAssistants(acme, 1);
    QCOMPARE(assistants.size(), 1);

    FileDialog dialogs;
    QSettings settings(
            QDir(f.workspace.path()).filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    MainWindow window(deps(f, dialogs, settings));
    ConsoleController controller(window, *f.engine, f.credentials, &settings);
    window.show();
    QSignalSpy rounds(&controller.automaticProvisioning(), &AutomaticProvisioning::roundFinished);
    controller.start();
    QTRY_VERIFY_WITH_TIMEOUT(rounds.count() >= 1, 20000);
    QCOMPARE(rounds.at(0).at(0).toInt(), 0);
    QCOMPARE(vapiNumbersOf(f, assistants.at(0)), 0);
    QCOMPARE(f.history.count({}), 0);
    auto *summary = window.findChild<QPushButton *>(QStringLiteral("automaticSummaryButton"));
    QVERIFY(summary && !summary->isVisible());
}

QTEST_MAIN(TestAutomaticProvisioning)
#include "TestAutomaticProvisioning.moc"
