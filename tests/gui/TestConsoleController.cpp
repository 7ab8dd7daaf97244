#include "ConsoleController.h"
#include "EngineFixture.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "models/AssistantsModel.h"
#include "support/FileDialog.h"
#include "views/AssistantsView.h"

#include <QAbstractItemView>
#include <QPushButton>
#include <QSettings>
#include <QTableView>

using namespace Switchboard;
using Test::EngineFixture;

// The console driven as an account manager would: select an organization, select an assistant
// without a number, press "Provision number"; the chain runs against the embedded sandbox and
// the assistant ends with a number, shown in the table.
class TestConsoleController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneClickProvisioning();

private:
    MainWindowDependencies deps(EngineFixture &f, FileDialog &dialogs, QSettings &settings);
};

MainWindowDependencies TestConsoleController::deps(
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
    const DatabaseLocation location = f.workspace.database().location();
    d.openWorkerDatabase
            = [location](DatabaseError *error) { return WorkspaceDatabase::open(location, error); };
    d.settings = &settings;
    d.workspaceDescription = location.describe();
    return d;
}

void TestConsoleController::oneClickProvisioning()
{
    EngineFixture f;
    QVERIFY(f.isValid());
    QVERIFY(f.setUpVapi(10));
    const Organization acme = f.addOrganization(QStringLiteral("acme"));
    const QStringList assistants = f.createAssistants(acme, 2);
    QCOMPARE(assistants.size(), 2);

    FileDialog dialogs;
    QSettings settings(
            QDir(f.workspace.path()).filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    MainWindow window(deps(f, dialogs, settings));
    ConsoleController controller(window, *f.engine, f.credentials, f.network, f.scheduler);
    window.resize(1100, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    controller.start();
    QTRY_VERIFY_WITH_TIMEOUT(window.isNetworkAvailable(), 10000);
    window.selectOrganization(acme.id);

    window.ensureLoaded();
    auto *table
            = window.assistantsView()->findChild<QTableView *>(QStringLiteral("assistantsTable"));
    QVERIFY(table);
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 2, 5000);
    int row = -1;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        if (table->model()->index(r, 0).data(AssistantsModel::AssistantIdRole).toString()
                == assistants.at(0))
            row = r;
    }
    QVERIFY(row >= 0);
    QVERIFY(table->model()->index(row, 0).data(AssistantsModel::NeedsNumberRole).toBool());
    table->setCurrentIndex(table->model()->index(row, 0));
    auto *provision
            = window.assistantsView()->findChild<QPushButton *>(QStringLiteral("provisionButton"));
    QVERIFY(provision);
    QTRY_VERIFY(provision->isEnabled());
    QTest::mouseClick(provision, Qt::LeftButton);

    // The number is made in Vapi (the sandbox) and shown in the table.
    QTRY_COMPARE_WITH_TIMEOUT(f.directory.numbersOfAssistant(assistants.at(0)).size(), 1, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(
            !table->model()->index(row, 0).data(AssistantsModel::NeedsNumberRole).toBool(), 5000);
    QCOMPARE(f.sandbox.requestLog()
                     .matching(QStringLiteral("POST"), QStringLiteral("/phone-number"), 201)
                     .size(),
            1);
    HistoryFilter succeeded;
    succeeded.outcome = AttemptOutcome::Succeeded;
    QCOMPARE(f.history.count(succeeded), 1);
    QTest::qWait(200);
    Test::saveScreenshot(&window, QStringLiteral("one-click-provisioning"));
}

QTEST_MAIN(TestConsoleController)
#include "TestConsoleController.moc"
