// SPDX-License-Identifier: Apache-2.0
// A console on a team workspace whose PostgreSQL server stops answering, then answers again
// (a loopback proxy that stops forwarding: the server keeps the connections, as a stopped
// postmaster or a dead network path does). The console's thread must never wait for it: the
// longest pass of its event loop is measured throughout, the status bar must say that the
// server cannot be reached, and what another console wrote meanwhile must show once it answers.
#include "GuiTestSupport.h"
#include "StallingProxy.h"
#include "TestSupport.h"
#include "core/provisioning/ProvisioningStack.h"
#include "core/storage/OrganizationStore.h"
#include "core/storage/WorkspaceDatabase.h"
#include "core/workspace/Workspace.h"
#include "gui/Console.h"
#include "gui/MainWindow.h"
#include "gui/support/FileDialog.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QLabel>
#include <QListView>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Switchboard;

namespace {

// The longest time the event loop of this thread went without running a 5 ms timer: what a
// person at the console would feel as a frozen window.
class EventLoopGaps
{
public:
    EventLoopGaps()
    {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            m_longestNs = std::max(m_longestNs, m_since.nsecsElapsed());
            m_since.start();
        });
    }
    void start()
    {
        m_longestNs = 0;
        m_since.start();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    // Leaves out what the test itself does on this thread (a screenshot's PNG).
    template<typename Work>
    void without(Work &&work)
    {
        m_longestNs = std::max(m_longestNs, m_since.nsecsElapsed());
        work();
        m_since.start();
    }
    double longestMs() const { return double(m_longestNs) / 1e6; }

private:
    QTimer m_timer;
    QElapsedTimer m_since;
    qint64 m_longestNs = 0;
};

QString teamStatus(MainWindow &window)
{
    auto *label = window.findChild<QLabel *>(QStringLiteral("connection:Team database"));
    return label ? label->text() : QString();
}

bool listShows(MainWindow &window, const QString &name)
{
    auto *list = window.findChild<QListView *>(QStringLiteral("organizationListView"));
    if (!list || !list->model())
        return false;
    const QAbstractItemModel *model = list->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString().contains(name))
            return true;
    }
    return false;
}

} // namespace

class TestTeamStall : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aStalledServerNeverBlocksTheConsole();
};

void TestTeamStall::aStalledServerNeverBlocksTheConsole()
{
    if (!Test::usePostgres())
        QSKIP("needs the test PostgreSQL cluster (with-postgres.sh)");
    Test::TempWorkspace team;
    QVERIFY2(team.isValid(), qPrintable(team.errorString()));
    Organization acme = Test::makeOrganization(QStringLiteral("acme"), QStringLiteral("Acme"));
    QVERIFY(OrganizationStore(team.database()).add(acme));

    Test::StallingProxy proxy(team.location().host, quint16(team.location().port));
    QVERIFY(proxy.port() != 0);
    DatabaseLocation viaProxy = team.location();
    viaProxy.host = QStringLiteral("127.0.0.1");
    viaProxy.port = proxy.port();
    DatabaseError error;
    std::unique_ptr<WorkspaceDatabase> database
            = WorkspaceDatabase::open(viaProxy, &error, team.password());
    QVERIFY2(database, qPrintable(error.message));
    Workspace::Options options;
    options.secrets = SecretBackend::Memory;
    options.databasePassword = team.password();
    Workspace workspace(std::move(database), options);
    ProvisioningStack stack(workspace);
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    FileDialog dialogs;
    Console::Options consoleOptions;
    consoleOptions.userSettings = &settings;
    consoleOptions.fileDialog = &dialogs;
    Console console(workspace, stack, consoleOptions);
    MainWindow &window = console.window();
    window.resize(1100, 700);
    console.start();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.ensureLoaded();
    QTRY_VERIFY_WITH_TIMEOUT(window.isLoaded(), 10000);
    QTRY_VERIFY(listShows(window, QStringLiteral("Acme")));
    QTest::qWait(1000); // the start's reconciliation and refresh are done

    EventLoopGaps gaps;
    gaps.start();
    proxy.setStalled(true);
    // The heartbeat's probe goes unanswered: said within a heartbeat and an answer timeout.
    QTRY_VERIFY_WITH_TIMEOUT(teamStatus(window).contains(QStringLiteral("offline")), 10000);
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("cannot be reached")),
            qPrintable(window.statusBar()->currentMessage()));
    gaps.without([&] { Test::saveScreenshot(&window, QStringLiteral("team-stall-unreachable")); });

    // Another console writes while this one cannot reach the server (its connecting and
    // writing happen on this thread too, but are not the console's: left out of the count).
    gaps.without([&] {
        DatabaseError otherError;
        std::unique_ptr<WorkspaceDatabase> other = team.openAnother(&otherError);
        QVERIFY2(other, qPrintable(otherError.message));
        Organization late
                = Test::makeOrganization(QStringLiteral("late"), QStringLiteral("Late Arrival"));
        QVERIFY(OrganizationStore(*other).add(late));
    });
    // What a person tries meanwhile is refused at once, saying why, rather than freezing the
    // window until the server answers: refreshing, provisioning, the settings.
    QTest::keyClick(&window, Qt::Key_F5);
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("does not answer")),
            qPrintable(window.statusBar()->currentMessage()));
    window.statusBar()->clearMessage();
    Q_EMIT window.provisionRequested(QStringLiteral("asst-at-the-stall"));
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("Nothing was done")),
            qPrintable(window.statusBar()->currentMessage()));
    window.openSettings();
    QVERIFY(!window.findChild<QDialog *>(QStringLiteral("settingsDialog")));
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("does not answer")),
            qPrintable(window.statusBar()->currentMessage()));
    gaps.without([&] { Test::saveScreenshot(&window, QStringLiteral("team-stall-refused")); });
    QTest::qWait(3500); // a heartbeat more of stall

    const double whileStalled = gaps.longestMs();
    gaps.start();
    proxy.setStalled(false);
    QTRY_VERIFY_WITH_TIMEOUT(teamStatus(window).contains(QStringLiteral("online")), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(listShows(window, QStringLiteral("Late Arrival")), 10000);
    QVERIFY(listShows(window, QStringLiteral("Acme")));
    gaps.stop();
    Test::saveScreenshot(&window, QStringLiteral("team-stall-caught-up"));

    const double catchingUp = gaps.longestMs();
    qInfo("longest event-loop pass: %.1f ms while the server stalled, %.1f ms while the console "
          "caught up",
            whileStalled, catchingUp);
    QVERIFY2(whileStalled < 50.0,
            qPrintable(QStringLiteral("the console's thread was blocked for %1 ms")
                               .arg(whileStalled, 0, 'f', 1)));
}

QTEST_MAIN(TestTeamStall)
#include "TestTeamStall.moc"
