// SPDX-License-Identifier: Apache-2.0
// Removing an organization from the console (issue 17): File → Remove organization… asks first,
// saying what goes and what stays; then its secret leaves the keychain, the organization its
// workspace, and the removal is on record with who did it; its history stays. A keychain that
// refuses keeps everything as it was. Judged by the keychain, the workspace's own rows (read on
// the test's connection) and the screen.
#include "EngineConsole.h"
#include "EngineFixture.h"
#include "GuiTestSupport.h"
#include "gui/ConsoleController.h"
#include "gui/MainWindow.h"
#include "gui/models/AssistantsModel.h"
#include "gui/models/HistoryModel.h"
#include "gui/views/AssistantsView.h"
#include "gui/views/HistoryView.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace Switchboard;
using Test::EngineFixture;

namespace {

QMessageBox *confirmation(MainWindow &window)
{
    QMessageBox *box = nullptr;
    const bool shown = QTest::qWaitFor(
            [&] {
                box = window.findChild<QMessageBox *>(
                        QStringLiteral("removeOrganizationConfirmation"));
                return box && box->isVisible();
            },
            5000);
    return shown ? box : nullptr;
}

QAbstractButton *buttonOf(QMessageBox *box, QMessageBox::ButtonRole role)
{
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == role)
            return button;
    }
    return nullptr;
}

bool listed(MainWindow &window, const QString &name)
{
    auto *list = window.findChild<QAbstractItemView *>(QStringLiteral("organizationListView"));
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        if (list->model()->index(row, 0).data().toString() == name)
            return true;
    }
    return false;
}

} // namespace

class TestRemoveOrganization : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void removesWhatItSaysAndKeepsTheHistory();
    void aKeychainThatRefusesKeepsEverything();
};

void TestRemoveOrganization::removesWhatItSaysAndKeepsTheHistory()
{
    EngineFixture f;
    QVERIFY(f.isValid());
    QVERIFY(f.setUpVapi(10));
    const Organization acme
            = f.addOrganization(QStringLiteral("acme"), {QStringLiteral("+13125550101")});
    const Organization zeta = f.addOrganization(QStringLiteral("zeta"));
    const auto twilio = f.accounts.organizationTwilioAccount(acme.id);
    QVERIFY(twilio);
    const SecretKey token = SecretKey::forAccount(*twilio);
    QVERIFY(f.secretStore.contains(token));
    const QString assistant = f.createAssistants(acme, 1).constFirst();
    QVERIFY(f.provision(acme, assistant).outcome == AttemptOutcome::Succeeded);
    Test::ShownConsole console(f);
    QVERIFY(console.start());
    MainWindow &window = console.window;
    const int attemptsBefore = f.history.count({});
    QVERIFY(attemptsBefore > 0);

    window.selectOrganization(acme.id);
    auto *remove = window.findChild<QAction *>(QStringLiteral("actionRemoveOrganization"));
    QVERIFY(remove);
    QTRY_VERIFY(remove->isEnabled());
    // Cancel first: nothing happens.
    remove->trigger();
    QMessageBox *box = confirmation(window);
    QVERIFY(box);
    QVERIFY2(box->informativeText().contains(QStringLiteral("history stays")),
            qPrintable(box->informativeText()));
    // Enter does not remove: the default button is Cancel's, Escape's.
    QVERIFY(box->escapeButton()
            && static_cast<QAbstractButton *>(box->defaultButton()) == box->escapeButton());
    Test::settledScreenshot(box, QStringLiteral("remove-organization-confirmation"));
    QTest::keyClick(box, Qt::Key_Escape);
    QTest::qWait(200);
    QVERIFY(f.organizations.findById(acme.id));
    QVERIFY(f.secretStore.contains(token));

    remove->trigger();
    box = confirmation(window);
    QVERIFY(box);
    QAbstractButton *confirm = buttonOf(box, QMessageBox::DestructiveRole);
    QVERIFY(confirm);
    QTest::mouseClick(confirm, Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(!f.organizations.findById(acme.id), 5000);
    QVERIFY(!f.secretStore.contains(token)); // no credential left behind
    QVERIFY(!f.accounts.organizationTwilioAccount(acme.id));
    QVERIFY(f.organizations.findById(zeta.id)); // only the one asked
    QCOMPARE(f.history.count({}), attemptsBefore); // its history stays
    const QList<WorkspaceEvent> removed = f.events(EventKind::OrganizationRemoved);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.constFirst().organizationSlug, QStringLiteral("acme"));
    QVERIFY(!removed.constFirst().operatorName.isEmpty());
    // The screen: gone from the list, said in the status bar.
    QTRY_VERIFY(!listed(window, acme.name));
    QVERIFY(listed(window, zeta.name));
    // Its assistant, still in Vapi, is no organization's any more, at once (the walk: the tabs
    // kept it under an empty organization until F5).
    window.selectOrganization(0);
    auto *assistants
            = window.assistantsView()->findChild<QTableView *>(QStringLiteral("assistantsTable"));
    QVERIFY(assistants);
    const auto organizationOf = [assistants](const QString &name) {
        const QAbstractItemModel *model = assistants->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, AssistantsModel::NameColumn).data().toString() == name)
                return model->index(row, AssistantsModel::OrganizationColumn).data().toString();
        }
        return QStringLiteral("(not listed)");
    };
    QTRY_COMPARE_WITH_TIMEOUT(organizationOf(QStringLiteral("acme assistant 1")),
            QStringLiteral("Not in an organization"), 10000);
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("history stays")),
            qPrintable(window.statusBar()->currentMessage()));
    Test::settledScreenshot(&window, QStringLiteral("organization-removed"));

    // Its record stays findable (found by the walk: only a search found it): the History tab
    // offers it by its name, marked removed, and its rows say so too.
    window.selectOrganization(0);
    window.findChild<QAction *>(QStringLiteral("actionShowHistory"))->trigger();
    HistoryView *history = window.historyView();
    QVERIFY(history);
    auto *combo = history->findChild<QComboBox *>(QStringLiteral("organizationCombo"));
    int row = -1;
    QTRY_VERIFY_WITH_TIMEOUT((row = combo->findText(QStringLiteral("acme (removed)"))) >= 0, 5000);
    combo->setCurrentIndex(row);
    auto *table = history->findChild<QTableView *>(QStringLiteral("historyTable"));
    const auto onlyAcme = [table] {
        QStringList shown;
        for (int i = 0; i < table->model()->rowCount(); ++i)
            shown << table->model()->index(i, HistoryModel::OrganizationColumn).data().toString();
        shown.removeDuplicates();
        return shown;
    };
    // Its attempts and its actions (created, removed), under its name, and no one else's.
    QTRY_COMPARE_WITH_TIMEOUT(onlyAcme(), QStringList(QStringLiteral("acme (removed)")), 5000);
    QVERIFY(table->model()->rowCount() >= attemptsBefore + 2);
    Test::settledScreenshot(&window, QStringLiteral("removed-organization-history"));
}

void TestRemoveOrganization::aKeychainThatRefusesKeepsEverything()
{
    EngineFixture f;
    QVERIFY(f.isValid());
    QVERIFY(f.setUpVapi(10));
    const Organization acme
            = f.addOrganization(QStringLiteral("acme"), {QStringLiteral("+13125550101")});
    const SecretKey token = SecretKey::forAccount(*f.accounts.organizationTwilioAccount(acme.id));
    Test::ShownConsole console(f);
    QVERIFY(console.start());
    MainWindow &window = console.window;
    window.selectOrganization(acme.id);
    auto *remove = window.findChild<QAction *>(QStringLiteral("actionRemoveOrganization"));
    QTRY_VERIFY(remove->isEnabled());
    f.secretStore.setFailure(SecretError::Kind::Denied, QStringLiteral("the keychain is locked"));
    remove->trigger();
    QMessageBox *box = confirmation(window);
    QVERIFY(box);
    QTest::mouseClick(buttonOf(box, QMessageBox::DestructiveRole), Qt::LeftButton);

    QMessageBox *refused = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
            (refused = window.findChild<QMessageBox *>(QStringLiteral("organizationNotRemoved")))
                    != nullptr,
            5000);
    QVERIFY2(refused->text().contains(QStringLiteral("keychain")), qPrintable(refused->text()));
    QVERIFY2(refused->text().contains(QStringLiteral("nothing was changed")),
            qPrintable(refused->text()));
    Test::settledScreenshot(refused, QStringLiteral("organization-not-removed"));
    f.secretStore.clearFailure();
    QVERIFY(f.organizations.findById(acme.id));
    QVERIFY(f.accounts.organizationTwilioAccount(acme.id));
    QVERIFY(f.secretStore.contains(token));
    QVERIFY(f.events(EventKind::OrganizationRemoved).isEmpty());
    QVERIFY(listed(window, acme.name));
}

QTEST_MAIN(TestRemoveOrganization)
#include "TestRemoveOrganization.moc"
