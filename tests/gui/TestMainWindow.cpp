#include "MainWindow.h"
#include "storage/OrganizationStore.h"
#include "storage/WorkspaceDatabase.h"

#include "GuiTestSupport.h"

#include <QAction>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Switchboard;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void emptyWorkspaceShowsWelcome();
    void organizationsShowTabs();
    void geometryIsRemembered();
    void everyActionIsReachableAndNamed();

private:
    MainWindowDependencies deps();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<WorkspaceDatabase> m_db;
    std::unique_ptr<OrganizationStore> m_store;
    std::unique_ptr<QSettings> m_settings;
};

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    DatabaseError error;
    m_db = WorkspaceDatabase::open(
            DatabaseLocation::sqlite(m_dir->filePath(QStringLiteral("w.db"))), &error);
    QVERIFY2(m_db, qPrintable(error.message));
    m_store = std::make_unique<OrganizationStore>(*m_db);
    m_settings = std::make_unique<QSettings>(
            m_dir->filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
}

void TestMainWindow::cleanup()
{
    m_settings.reset();
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

MainWindowDependencies TestMainWindow::deps()
{
    MainWindowDependencies d;
    d.organizations = m_store.get();
    d.settings = m_settings.get();
    d.workspaceDescription = m_db->location().describe();
    return d;
}

void TestMainWindow::emptyWorkspaceShowsWelcome()
{
    MainWindow window(deps());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("pageStack"));
    QVERIFY(stack);
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("welcomePage"));
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("actionProvision"))->isEnabled());

    QSignalSpy demo(&window, &MainWindow::openSandboxDemoRequested);
    QTest::mouseClick(
            window.findChild<QPushButton *>(QStringLiteral("openDemoButton")), Qt::LeftButton);
    QCOMPARE(demo.count(), 1);
    Test::saveScreenshot(&window, QStringLiteral("welcome"));
}

void TestMainWindow::organizationsShowTabs()
{
    Organization acme
            = Test::makeOrganization(QStringLiteral("acme"), QStringLiteral("Acme Dental"));
    QVERIFY(m_store->add(acme));
    MainWindow window(deps());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("pageStack"));
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("organizationTabs"));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("organizationTabs"));
    QCOMPARE(tabs->count(), 4);

    auto *list = window.findChild<QListView *>(QStringLiteral("organizationListView"));
    QCOMPARE(list->model()->rowCount(), 2);
    QCOMPARE(window.currentOrganizationId(), 0); // "All organizations"
    list->setCurrentIndex(list->model()->index(1, 0));
    QCOMPARE(window.currentOrganizationId(), acme.id);

    // Removing the last organization returns to the welcome page.
    QVERIFY(m_store->remove(acme.id));
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("welcomePage"));
    Test::saveScreenshot(&window, QStringLiteral("organizations"));
}

void TestMainWindow::geometryIsRemembered()
{
    {
        MainWindow window(deps());
        window.resize(900, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.close();
    }
    QVERIFY(m_settings->contains(QStringLiteral("mainWindow/geometry")));
    MainWindow again(deps());
    QCOMPARE(again.size(), QSize(900, 600));
}

void TestMainWindow::everyActionIsReachableAndNamed()
{
    MainWindow window(deps());
    const auto actions = window.findChildren<QAction *>();
    for (const char *name : {"actionProvision", "actionRefresh", "actionSettings", "actionQuit"}) {
        auto *action = window.findChild<QAction *>(QLatin1String(name));
        QVERIFY2(action, name);
        QVERIFY2(!action->shortcut().isEmpty(), name);
        QVERIFY2(!action->text().isEmpty(), name);
    }
    QCOMPARE(window.findChild<QAction *>(QStringLiteral("actionRefresh"))->shortcut(),
            QKeySequence(QKeySequence::Refresh));
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
