// SPDX-License-Identifier: Apache-2.0
#include "EngineConsole.h"
#include "EngineFixture.h"
#include "GuiTestSupport.h"
#include "gui/AutomaticProvisioning.h"
#include "gui/ConsoleController.h"
#include "gui/MainWindow.h"
#include "gui/dialogs/AssistantDialog.h"
#include "gui/models/HistoryModel.h"
#include "gui/support/FileDialog.h"
#include "gui/views/HistoryView.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>

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
    void createAssistantSaysHowItEnded();

private:
    static int vapiNumbersOf(EngineFixture &f, const QString &assistantId);
};

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
    MainWindow window(Test::consoleDependencies(f, dialogs, settings));
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

    // A search left in the history, from earlier, would hide them.
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("organizationTabs"));
    QVERIFY(tabs);
    tabs->setCurrentWidget(window.findChild<QWidget *>(QStringLiteral("historyTab")));
    auto *history = window.findChild<HistoryView *>();
    QVERIFY(history);
    auto *search = history->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QVERIFY(search);
    QTest::keyClicks(search, QStringLiteral("no such assistant"));
    QTRY_COMPARE(history->model()->rowCount(), 0);
    tabs->setCurrentWidget(window.findChild<QWidget *>(QStringLiteral("assistantsTab")));

    Test::saveScreenshot(&window, QStringLiteral("automatic-provisioning"));
    QTest::mouseClick(summary, Qt::LeftButton);
    QVERIFY(!summary->isVisible());
    QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("historyTab"));
    QVERIFY(search->text().isEmpty());
    // The two attempts, among the numbers they assigned (one timeline).
    const auto attemptRows = [history] {
        int attempts = 0;
        for (int row = 0; row < history->model()->rowCount(); ++row)
            attempts += history->model()->entryAt(row).isAttempt() ? 1 : 0;
        return attempts;
    };
    QTRY_COMPARE(attemptRows(), 2);
    Test::saveScreenshot(&window, QStringLiteral("automatic-provisioning-history"));

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
    MainWindow window(Test::consoleDependencies(f, dialogs, settings));
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

// "Create assistant…" of an organization that provisions automatically: the new assistant gets
// its number at once, and the status bar says how that ended (its row may not be shown yet).
void TestAutomaticProvisioning::createAssistantSaysHowItEnded()
{
    EngineFixture f;
    QVERIFY(f.isValid());
    QVERIFY(f.setUpVapi(10));
    QVERIFY(f.settings.setAutoProvisionByDefault(true));
    const Organization acme = f.addOrganization(QStringLiteral("acme"));

    FileDialog dialogs;
    QSettings settings(
            QDir(f.workspace.path()).filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    MainWindow window(Test::consoleDependencies(f, dialogs, settings));
    ConsoleController controller(window, *f.engine, f.credentials, &settings);
    window.resize(1100, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy rounds(&controller.automaticProvisioning(), &AutomaticProvisioning::roundFinished);
    controller.start();
    QTRY_VERIFY_WITH_TIMEOUT(rounds.count() >= 1, 20000);

    // The name is asked in a dialog: answer it as a person would.
    bool answered = false;
    QTimer answer;
    answer.setInterval(50);
    connect(&answer, &QTimer::timeout, &answer, [&] {
        auto *dialog = qobject_cast<AssistantDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        answer.stop();
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("assistantEdit"));
        QVERIFY(edit);
        QTest::keyClicks(edit, QStringLiteral("Reception"));
        QTest::keyClick(edit, Qt::Key_Return);
        answered = true;
    });
    answer.start();
    Q_EMIT window.createAssistantRequested(acme.id);
    // The dialog is opened, not run: the request returns at once, and the answer comes later.
    QVERIFY(!answered);
    QTRY_VERIFY(answered);

    QTRY_VERIFY_WITH_TIMEOUT(
            window.statusBar()->currentMessage().startsWith(QStringLiteral("Reception: ")), 20000);
    const QList<ProvisioningAttempt> attempts = f.history.page({}, 10);
    QCOMPARE(attempts.size(), 1);
    QCOMPARE(attempts.at(0).assistantName, QStringLiteral("Reception"));
    QVERIFY(attempts.at(0).outcome == AttemptOutcome::Succeeded);
    QVERIFY(attempts.at(0).origin == AttemptOrigin::Automatic);
    QCOMPARE(vapiNumbersOf(f, attempts.at(0).assistantId), 1);
    QCOMPARE(window.statusBar()->currentMessage(),
            QStringLiteral("Reception: ") + attempts.at(0).summary);
    Test::saveScreenshot(&window, QStringLiteral("automatic-provisioning-create"));
}

QTEST_MAIN(TestAutomaticProvisioning)
#include "TestAutomaticProvisioning.moc"
