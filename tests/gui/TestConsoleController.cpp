// SPDX-License-Identifier: Apache-2.0
#include "EngineConsole.h"
#include "EngineFixture.h"
#include "GuiTestSupport.h"
#include "core/provisioning/NumberAssignment.h"
#include "core/snapshot/SnapshotCache.h"
#include "core/storage/ManualTaskStore.h"
#include "gui/ConsoleController.h"
#include "gui/MainWindow.h"
#include "gui/dialogs/AssistantDialog.h"
#include "gui/dialogs/CompleteTaskDialog.h"
#include "gui/dialogs/OrganizationWizard.h"
#include "gui/models/AssistantsModel.h"
#include "gui/models/OrganizationFilterModel.h"
#include "gui/support/FileDialog.h"
#include "gui/views/AssistantsView.h"
#include "gui/views/ManualQueueView.h"
#include "gui/views/NumbersView.h"
#include "gui/widgets/UsageBar.h"
#include "gui/widgets/UsageMeter.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
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
    void wizardSavesNothingWhenTheKeychainRefuses();
    void wizardLearnsWhichVapiAccountAKeyReaches();
    void twilioTestWorksWithAStandardApiKey();
    void releasingAPoolNumberAsksAboutTwilio();
    void droppingATaskFromTheQueue();
    void provisionAllClosesWithWhatHappened();
    void assigningANumberToAWaitingAssistantClosesItsTask();
    void completingATaskKeepsTheDialogUntilVapiAnswers();
    void anActivatingNumberIsShownAsSuchUntilVapiSaysActive();
    void linkingPicksAnUnlinkedAssistantAndKeepsAnothersCustomers();
    void provisionAllFromAllOrganizationsServesEachUnderItsOwn();
};

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
    MainWindow window(Test::consoleDependencies(f, dialogs, settings));
    ConsoleController controller(window, *f.engine, f.credentials);
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

// The organization, its accounts, its pool and its secrets are saved together or not at all:
// when the keychain refuses the token, nothing is left in the workspace or the keychain, and the
// wizard stays open and says why on its page (issue 13).
void TestConsoleController::wizardSavesNothingWhenTheKeychainRefuses()
{
    EngineFixture f;
    QVERIFY(f.isValid());
    QVERIFY(f.setUpVapi(10));
    FileDialog dialogs;
    QSettings settings(
            QDir(f.workspace.path()).filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    MainWindow window(Test::consoleDependencies(f, dialogs, settings));
    ConsoleController controller(window, *f.engine, f.credentials);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    window.openOrganizationWizard(0);
    // The wizard deletes itself when it closes: a failure must not crash the test.
    QPointer<OrganizationWizard> wizard
            = window.findChild<OrganizationWizard *>(QStringLiteral("organizationWizard"));
    QVERIFY(wizard);
    QTRY_VERIFY(wizard->isVisible());
    const QString token = QStringLiteral("token-the-keychain-refuses-7e1f");
    wizard->findChild<QLineEdit *>(QStringLiteral("nameEdit"))
            ->setText(QStringLiteral("Bright Smiles"));
    wizard->findChild<QLineEdit *>(QStringLiteral("slugEdit"))
            ->setText(QStringLiteral("bright-smiles"));
    wizard->findChild<QCheckBox *>(QStringLiteral("ownTwilioCheck"))->setChecked(true);
    wizard->findChild<QLineEdit *>(QStringLiteral("twilioSidEdit"))
            ->setText(QStringLiteral("AC000000000000000000000000000000ab"));
    wizard->findChild<QLineEdit *>(QStringLiteral("authTokenEdit"))->setText(token);
    wizard->findChild<QPlainTextEdit *>(QStringLiteral("poolEdit"))
            ->setPlainText(QStringLiteral("+1 415 555 2671"));
    wizard->next();
    wizard->next();
    wizard->next();
    QCOMPARE(wizard->currentId(), int(OrganizationWizard::NumbersPage));

    const int keychainEntries = int(f.secretStore.size());
    f.secretStore.setFailure(
            SecretError::Kind::Unavailable, QStringLiteral("the keyring is locked"));
    QPointer<QLabel> error = wizard->findChild<QLabel *>(QStringLiteral("numbersErrorLabel"));
    wizard->accept();
    QTRY_VERIFY_WITH_TIMEOUT(!error || error->text().contains(QStringLiteral("keychain")), 5000);
    QVERIFY2(wizard && error, "the wizard closed although the keychain refused the token");
    QVERIFY2(
            error->text().contains(QStringLiteral("Nothing was saved")), qPrintable(error->text()));
    QVERIFY(!error->text().contains(token));
    QVERIFY(error->isVisible());
    QVERIFY(wizard->isVisible());
    QCOMPARE(wizard->result(), int(QDialog::Rejected));
    QTest::qWait(100); // anything still on its way would land now
    QVERIFY(f.organizations.list().isEmpty());
    QCOMPARE(f.accounts.twilioAccounts().size(), 0);
    f.secretStore.clearFailure();
    QCOMPARE(int(f.secretStore.size()), keychainEntries);
    QTest::qWait(50);
    Test::saveScreenshot(wizard, QStringLiteral("keychain-refused"));

    // Once the keychain answers again, the same wizard saves all of it.
    QSignalSpy saved(wizard, &OrganizationWizard::organizationSaved);
    wizard->accept();
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 5000);
    const auto organization = f.organizations.findBySlug(QStringLiteral("bright-smiles"));
    QVERIFY(organization);
    const auto twilio = f.accounts.organizationTwilioAccount(organization->id);
    QVERIFY(twilio);
    QVERIFY(f.secretStore.contains(SecretKey::forAccount(*twilio)));
    QCOMPARE(f.pool.numbers(twilio->id).size(), 1);

    // Found by the GUI walk: the saved organization showed only after Refresh (the stores
    // announced the writes inside the save's transaction, before they were committed).
    auto *list = window.findChild<QAbstractItemView *>(QStringLiteral("organizationListView"));
    QVERIFY(list);
    const auto listed = [list] {
        for (int row = 0; row < list->model()->rowCount(); ++row) {
            if (list->model()->index(row, 0).data().toString() == QStringLiteral("Bright Smiles"))
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(listed(), 5000);
}

// The wizard's Vapi check end to end: the controller asks the sandbox (GET /phone-number,
// /assistant) while the GUI thread goes on, and the key that reaches the workspace's own Vapi
// account is flagged before the wizard moves on (issue 13).
void TestConsoleController::wizardLearnsWhichVapiAccountAKeyReaches()
{
    EngineFixture f;
    QVERIFY(f.isValid());
    QVERIFY(f.setUpVapi(10));
    const Organization acme = f.addOrganization(QStringLiteral("acme"));
    QCOMPARE(f.createAssistants(acme, 1).size(), 1);
    const QString workspaceOrgId
            = f.sandbox.state().vapiOrgByKey(QLatin1String(EngineFixture::VapiKey))->orgId;
    VapiAccount workspace = *f.accounts.workspaceVapiAccount();
    workspace.vapiOrgId = workspaceOrgId; // learned when its key was stored
    QVERIFY(f.accounts.saveVapiAccount(workspace));

    FileDialog dialogs;
    QSettings settings(
            QDir(f.workspace.path()).filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    MainWindow window(Test::consoleDependencies(f, dialogs, settings));
    ConsoleController controller(window, *f.engine, f.credentials);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openOrganizationWizard(0);
    QPointer<OrganizationWizard> wizard
            = window.findChild<OrganizationWizard *>(QStringLiteral("organizationWizard"));
    QVERIFY(wizard);
    wizard->findChild<QLineEdit *>(QStringLiteral("nameEdit"))
            ->setText(QStringLiteral("Bright Smiles"));
    wizard->findChild<QLineEdit *>(QStringLiteral("slugEdit"))
            ->setText(QStringLiteral("bright-smiles"));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(OrganizationWizard::VapiPage));
    wizard->findChild<QRadioButton *>(QStringLiteral("ownVapiRadio"))->setChecked(true);
    wizard->findChild<QLineEdit *>(QStringLiteral("vapiKeyEdit"))
            ->setText(QLatin1String(EngineFixture::VapiKey));

    const qsizetype before = f.sandbox.requestLog().entries().size();
    wizard->next();
    // Asked, not answered yet: the call runs on the event loop, not in next().
    QCOMPARE(f.sandbox.requestLog().entries().size(), before);
    QCOMPARE(wizard->currentId(), int(OrganizationWizard::VapiPage));
    auto *warning = wizard->findChild<QLabel *>(QStringLiteral("sharedVapiWarningLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(warning->isVisible(), 10000);
    QVERIFY2(warning->text().contains(QStringLiteral("the workspace already uses")),
            qPrintable(warning->text()));
    QVERIFY(wizard->findChild<QLabel *>(QStringLiteral("vapiTestResultLabel"))
                    ->text()
                    .contains(workspaceOrgId));
    QStringList asked;
    const QList<Sandbox::RequestLogEntry> entries = f.sandbox.requestLog().entries();
    for (qsizetype i = before; i < entries.size(); ++i)
        asked << entries.at(i).method + u' ' + entries.at(i).target;
    // No number in the account: its assistant told.
    QCOMPARE(asked,
            (QStringList{QStringLiteral("GET /phone-number?limit=1"),
                    QStringLiteral("GET /assistant?limit=1")}));
    QCOMPARE(wizard->currentId(), int(OrganizationWizard::VapiPage));
    wizard->findChild<QCheckBox *>(QStringLiteral("sharedVapiConfirmCheck"))->setChecked(true);
    wizard->next();
    QCOMPARE(wizard->currentId(), int(OrganizationWizard::TwilioPage));
    QSignalSpy saved(wizard, &OrganizationWizard::organizationSaved);
    wizard->accept();
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 5000);
    const auto own = f.accounts.vapiAccountServing(saved.at(0).at(0).toLongLong());
    QVERIFY(own && !own->isWorkspaceAccount());
    QCOMPARE(own->vapiOrgId, workspaceOrgId);
    QVERIFY(f.secretStore.contains(SecretKey::forAccount(*own)));
}

// "Test connection" with a Standard API key: Twilio refuses such keys /Accounts (as the sandbox
// does), so the test asks for one number instead, and the key is reported as working.
void TestConsoleController::twilioTestWorksWithAStandardApiKey()
{
    EngineFixture f;
    QVERIFY(f.isValid());
    QVERIFY(f.setUpVapi(10));
    const QString sid = QLatin1String(EngineFixture::OrgTwilioSid);
    const QString keySid = QStringLiteral("SK0000000000000000000000000000000a");
    f.sandbox.state().addTwilioAccount(sid, QLatin1String(EngineFixture::OrgTwilioToken));
    f.sandbox.state().addTwilioApiKey(sid, keySid, QStringLiteral("standard-key-secret"));

    FileDialog dialogs;
    QSettings settings(
            QDir(f.workspace.path()).filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    MainWindow window(Test::consoleDependencies(f, dialogs, settings));
    ConsoleController controller(window, *f.engine, f.credentials);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openOrganizationWizard(0);
    QPointer<OrganizationWizard> wizard
            = window.findChild<OrganizationWizard *>(QStringLiteral("organizationWizard"));
    QVERIFY(wizard);
    const qsizetype before = f.sandbox.requestLog().entries().size();
    Q_EMIT wizard->testTwilioRequested(sid, keySid, QStringLiteral("standard-key-secret"));
    auto *result = wizard->findChild<QLabel *>(QStringLiteral("twilioTestResultLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("Connected")), 10000);
    QVERIFY2(result->text().contains(sid), qPrintable(result->text()));
    const QList<Sandbox::RequestLogEntry> entries = f.sandbox.requestLog().entries();
    QCOMPARE(entries.size(), before + 1);
    QCOMPARE(entries.last().target,
            QStringLiteral("/2010-04-01/Accounts/") + sid
                    + QStringLiteral("/IncomingPhoneNumbers.json?PageSize=1"));
    QCOMPARE(entries.last().status, 200);

    // A wrong secret is still a wrong secret.
    Q_EMIT wizard->testTwilioRequested(sid, keySid, QStringLiteral("not-the-secret"));
    QTRY_VERIFY_WITH_TIMEOUT(!result->text().startsWith(QStringLiteral("Connected"))
                    && !result->text().startsWith(QStringLiteral("Testing")),
            10000);
}

namespace {

QMessageBox *visibleBox(QWidget &parent, const QString &objectName)
{
    QMessageBox *box = nullptr;
    const bool shown = QTest::qWaitFor(
            [&] {
                box = parent.findChild<QMessageBox *>(objectName);
                return box && box->isVisible();
            },
            10000);
    return shown ? box : nullptr;
}

} // namespace

// Releasing an imported pool number: it leaves Vapi and goes back to the pool; the console then
// asks (a window-modal box, no nested event loop) whether to release it on Twilio too. "Keep"
// leaves it in the Twilio account and available in the pool; "Release on Twilio" takes it out
// of the account (the sandbox no longer has it) and out of the pool.
void TestConsoleController::releasingAPoolNumberAsksAboutTwilio()
{
    EngineFixture f;
    QVERIFY(f.isValid());
    QVERIFY(f.setUpVapi(0));
    const QString kept = QStringLiteral("+14155550175");
    const QString released = QStringLiteral("+14155550176");
    const Organization acme = f.addOrganization(QStringLiteral("acme"), {kept, released});
    const QStringList assistants = f.createAssistants(acme, 2);
    QCOMPARE(assistants.size(), 2);
    QHash<QString, QString> numberIds; // E.164 -> Vapi id
    for (const QString &assistant : assistants) {
        const ProvisioningResult result = f.provision(acme, assistant);
        QVERIFY2(result.succeeded(), qPrintable(result.summary));
        numberIds.insert(result.number.address.toString(), result.number.id);
    }
    QCOMPARE(numberIds.size(), 2);
    const qint64 twilioId = f.accounts.organizationTwilioAccount(acme.id)->id;
    auto poolState = [&](const QString &e164) -> QString {
        for (const PoolNumber &n : f.pool.numbers(twilioId)) {
            if (n.number.toString() == e164)
                return n.state == PoolNumber::State::Available   ? QStringLiteral("available")
                        : n.state == PoolNumber::State::Imported ? QStringLiteral("imported")
                                                                 : QStringLiteral("reserved");
        }
        return QStringLiteral("gone");
    };
    auto inTwilio = [&](const QString &e164) {
        for (const auto &n : f.sandbox.state()
                                     .twilioAccount(QLatin1String(EngineFixture::OrgTwilioSid))
                                     ->numbers) {
            if (n.phoneNumber == e164)
                return true;
        }
        return false;
    };

    FileDialog dialogs;
    QSettings settings(
            QDir(f.workspace.path()).filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    MainWindow window(Test::consoleDependencies(f, dialogs, settings));
    ConsoleController controller(window, *f.engine, f.credentials);
    window.resize(1100, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    controller.start();
    QTRY_VERIFY_WITH_TIMEOUT(window.isNetworkAvailable(), 10000);
    window.selectOrganization(acme.id);
    window.ensureLoaded();
    NumbersView *view = window.numbersView();
    QVERIFY(view);

    auto releaseFromVapi = [&](const QString &e164) -> QMessageBox * {
        const bool selected = QTest::qWaitFor(
                [&] {
                    view->selectNumber(numberIds.value(e164));
                    return view->currentNumberId() == numberIds.value(e164);
                },
                10000);
        if (!selected)
            return nullptr;
        auto *button = view->findChild<QPushButton *>(QStringLiteral("releaseButton"));
        if (!button || !button->isEnabled())
            return nullptr;
        QTest::mouseClick(button, Qt::LeftButton);
        QMessageBox *confirm = visibleBox(*view, QStringLiteral("releaseConfirmation"));
        if (!confirm)
            return nullptr;
        for (QAbstractButton *b : confirm->buttons()) {
            if (confirm->buttonRole(b) == QMessageBox::DestructiveRole)
                QTest::mouseClick(b, Qt::LeftButton);
        }
        return visibleBox(window, QStringLiteral("releaseOnTwilioConfirmation"));
    };

    // Without consent: out of Vapi, back in the pool, still in the Twilio account.
    QMessageBox *ask = releaseFromVapi(kept);
    QVERIFY(ask);
    QCOMPARE(ask->windowModality(), Qt::WindowModal); // open(), not exec()
    QCOMPARE(poolState(kept), QStringLiteral("available")); // already, while the box is open
    QVERIFY(ask->informativeText().contains(QStringLiteral("Twilio still bills it")));
    QCOMPARE(ask->defaultButton()->objectName(), QStringLiteral("keepInPoolButton"));
    QTest::mouseClick(
            ask->findChild<QPushButton *>(QStringLiteral("keepInPoolButton")), Qt::LeftButton);
    QTRY_VERIFY(!window.findChild<QMessageBox *>(QStringLiteral("releaseOnTwilioConfirmation")));
    QTest::qWait(300);
    QVERIFY(inTwilio(kept));
    QCOMPARE(poolState(kept), QStringLiteral("available"));
    QCOMPARE(f.sandbox.requestLog()
                     .matching(QStringLiteral("DELETE"), QStringLiteral("/2010-04-01/**"))
                     .size(),
            0);

    // With consent: out of the Twilio account and out of the pool.
    ask = releaseFromVapi(released);
    QVERIFY(ask);
    QVERIFY(ask->text().contains(QStringLiteral("+1 415-555-0176")));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::processEvents();
    Test::saveScreenshot(ask, QStringLiteral("release-on-twilio-confirmation"));
    QTest::mouseClick(
            ask->findChild<QPushButton *>(QStringLiteral("releaseOnTwilioButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!inTwilio(released), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(poolState(released), QStringLiteral("gone"), 5000);
    QCOMPARE(f.sandbox.requestLog()
                     .matching(QStringLiteral("DELETE"),
                             QStringLiteral("/2010-04-01/Accounts/*/IncomingPhoneNumbers/*.json"),
                             204)
                     .size(),
            1);
    QVERIFY(inTwilio(kept));
    // Three events on record: two releases from Vapi, one on Twilio, each by this operator.
    QTRY_COMPARE_WITH_TIMEOUT(f.events(EventKind::NumberReleased).size(), 2, 5000);
    // Recorded after Twilio answered, on the console's storage thread: a moment later.
    QTRY_COMPARE_WITH_TIMEOUT(f.events(EventKind::NumberReleasedOnTwilio).size(), 1, 5000);
    const QList<WorkspaceEvent> onTwilio = f.events(EventKind::NumberReleasedOnTwilio);
    QCOMPARE(onTwilio.first().address.toString(), QStringLiteral("+14155550176"));
    QCOMPARE(onTwilio.first().operatorName, f.workspace.database().operatorName());
}

// "Drop task" in the manual queue: confirmed, written as a job on the storage thread (the
// console's own connection is not used for it), and the queue shows the change by itself.
void TestConsoleController::droppingATaskFromTheQueue()
{
    EngineFixture f;
    QVERIFY(f.isValid());
    QVERIFY(f.setUpVapi(10));
    const Organization acme = f.addOrganization(QStringLiteral("acme"));
    ManualTask task;
    task.organizationId = acme.id;
    task.assistantId = QStringLiteral("asst-waiting");
    task.assistantName = QStringLiteral("Waiting Room");
    task.reasons << QStringLiteral("vapi-free: none left");
    QVERIFY(f.tasks.open(task));

    Test::ShownConsole console(f);
    MainWindow &window = console.window;
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.selectOrganization(acme.id);
    ManualQueueView *queue = window.manualQueueView();
    auto *table = queue->findChild<QTableView *>(QStringLiteral("tasksTable"));
    QVERIFY(table);
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 5000);
    table->setCurrentIndex(table->model()->index(0, 0));
    auto *drop = queue->findChild<QPushButton *>(QStringLiteral("cancelTaskButton"));
    QVERIFY(drop && drop->isEnabled());
    QTest::mouseClick(drop, Qt::LeftButton);
    QMessageBox *confirm = nullptr;
    QTRY_VERIFY((confirm = queue->findChild<QMessageBox *>(QStringLiteral("dropTaskConfirmation")))
            != nullptr);
    QPushButton *yes = nullptr;
    for (QAbstractButton *button : confirm->buttons()) {
        if (confirm->buttonRole(button) == QMessageBox::AcceptRole)
            yes = qobject_cast<QPushButton *>(button);
    }
    QVERIFY(yes);
    QTest::mouseClick(yes, Qt::LeftButton);

    // What the workspace holds, read on the test's own connection.
    QTRY_VERIFY_WITH_TIMEOUT(f.tasks.task(task.id)->state == ManualTaskState::Cancelled, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 0, 5000);
    Test::saveScreenshot(&window, QStringLiteral("manual-task-dropped"));
}

// "Provision all unassigned" ends by itself, says what happened to each assistant (a number, or
// the manual queue), and can be started again, also after a Cancel. Judged by the window, the
// sandbox's Vapi and the queue.
void TestConsoleController::provisionAllClosesWithWhatHappened()
{
    EngineFixture f;
    QVERIFY(f.isValid());
    QVERIFY(f.setUpVapi(1)); // one free number; no Twilio anywhere: the second waits by hand
    const Organization acme = f.addOrganization(QStringLiteral("acme"));
    const QStringList assistants = f.createAssistants(acme, 3);
    QCOMPARE(assistants.size(), 3);

    Test::ShownConsole console(f);
    QVERIFY(console.start());
    MainWindow &window = console.window;
    window.selectOrganization(acme.id);
    AssistantsView *view = window.assistantsView();
    auto *all = view->findChild<QPushButton *>(QStringLiteral("provisionAllButton"));
    QVERIFY(all);
    QTRY_VERIFY_WITH_TIMEOUT(all->isEnabled(), 5000);
    const Test::StatusMessages messages(window.statusBar());

    // Started, then cancelled at once: it stops after what was under way, the progress goes
    // away, and the button works again.
    QTest::mouseClick(all, Qt::LeftButton);
    QPointer<QProgressDialog> progress = view->batchDialog();
    QVERIFY(progress);
    QAbstractButton *cancel = Test::buttonWithText(progress, QStringLiteral("Cancel"));
    QVERIFY(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(progress.isNull(), 30000);
    QVERIFY2(messages.lastWith(QStringLiteral("Stopped: ")).startsWith(QStringLiteral("Stopped: ")),
            qPrintable(messages.all()));

    QTRY_VERIFY_WITH_TIMEOUT(all->isEnabled(), 5000);
    QTest::mouseClick(all, Qt::LeftButton);
    progress = view->batchDialog();
    QVERIFY2(progress, "the button does nothing after a Cancel");
    QTRY_VERIFY_WITH_TIMEOUT(progress.isNull(), 60000); // closes by itself
    const QString said = messages.lastWith(QStringLiteral("Provisioned: "));
    QVERIFY2(said.startsWith(QStringLiteral("Provisioned: ")), qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("in the manual queue")), qPrintable(said));
    // The result stays above the list (the status bar's line goes by), with a way to the queue.
    auto *result = view->findChild<QLabel *>(QStringLiteral("batchResultLabel"));
    QVERIFY(result);
    QTRY_VERIFY(result->isVisible());
    QVERIFY2(result->text().contains(QStringLiteral("in the manual queue")),
            qPrintable(result->text()));
    QVERIFY2(result->text().contains(QStringLiteral("href=\"queue\"")), qPrintable(result->text()));
    QDockWidget *queueDock = window.findChild<QDockWidget *>(QStringLiteral("manualQueueDock"));
    QVERIFY(queueDock && !queueDock->isVisible());
    Q_EMIT result->linkActivated(QStringLiteral("queue"));
    QTRY_VERIFY(queueDock->isVisible());

    // What Vapi (the sandbox) and the queue hold: one free number among the three, the others
    // wait by hand; no assistant is left without either.
    int withNumber = 0;
    for (const QString &id : assistants)
        withNumber += Test::vapiNumbersOf(f, id).isEmpty() ? 0 : 1;
    QCOMPARE(withNumber, 1);
    QCOMPARE(f.tasks.tasks(ManualTaskState::Open, acme.id).size(), 2);
    // The meter follows the directory (50 ms after the snapshot): the one free number, 100 %.
    QTRY_COMPARE(window.usageMeter()->bar()->value(), 100);
    Test::saveScreenshot(&window, QStringLiteral("provision-all-finished"));
}

// Found on the console: a number given from the Numbers tab to an assistant that waits in the
// manual queue left its task open, and the assistant that gave it up still showed it. Judged by
// the sandbox's Vapi, the queue, and the window.
void TestConsoleController::assigningANumberToAWaitingAssistantClosesItsTask()
{
    EngineFixture f;
    QVERIFY(f.isValid());
    QVERIFY(f.setUpVapi(1));
    const Organization acme = f.addOrganization(QStringLiteral("acme"));
    const QStringList assistants = f.createAssistants(acme, 2);
    const ProvisioningResult first = f.provision(acme, assistants.at(0));
    QVERIFY2(!first.number.id.isEmpty(), qPrintable(first.summary));
    QVERIFY(f.provision(acme, assistants.at(1)).number.id.isEmpty()); // waits in the queue
    QVERIFY(f.tasks.openTaskFor(assistants.at(1)).has_value());
    const QString waitingName = f.directory.assistant(assistants.at(1))->name;

    Test::ShownConsole console(f);
    QVERIFY(console.start());
    MainWindow &window = console.window;
    const Test::StatusMessages messages(window.statusBar());
    window.selectOrganization(acme.id);
    NumbersView *numbers = window.numbersView();
    auto *tabs = window.findChild<QTabWidget *>();
    QVERIFY(tabs);
    tabs->setCurrentWidget(numbers);
    QTRY_VERIFY_WITH_TIMEOUT(
            (numbers->selectNumber(first.number.id), numbers->currentNumberId() == first.number.id),
            5000);
    auto *assign = numbers->findChild<QPushButton *>(QStringLiteral("assignButton"));
    QVERIFY(assign);
    QTRY_VERIFY_WITH_TIMEOUT(assign->isEnabled(), 5000);
    QTest::mouseClick(assign, Qt::LeftButton);
    QInputDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = numbers->findChild<QInputDialog *>(QStringLiteral("assignDialog"))));
    QVERIFY2(dialog->comboBoxItems().contains(
                     waitingName + QStringLiteral(" (waits in the manual queue)")),
            qPrintable(dialog->comboBoxItems().join(u'|')));
    dialog->setTextValue(dialog->comboBoxItems().constFirst());
    dialog->accept();

    QTRY_COMPARE_WITH_TIMEOUT(Test::vapiNumbersOf(f, assistants.at(1)).size(), 1, 10000);
    QVERIFY(Test::vapiNumbersOf(f, assistants.at(0)).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!f.tasks.openTaskFor(assistants.at(1)).has_value(), 5000);
    QTRY_VERIFY(!messages.lastWith(QStringLiteral("Manual task #")).isEmpty());
    const QString said = messages.lastWith(QStringLiteral("Manual task #"));
    QVERIFY2(said.contains(waitingName) && said.contains(QStringLiteral("Manual task #")),
            qPrintable(said));

    // The window at once: the queue is empty, the waiting assistant shows its number, the one
    // that gave it up shows none.
    auto *tasks = window.manualQueueView()->findChild<QTableView *>(QStringLiteral("tasksTable"));
    QVERIFY(tasks);
    QTRY_COMPARE_WITH_TIMEOUT(tasks->model()->rowCount(), 0, 5000);
    const auto cell = [&window](const QString &assistantId, int column) {
        const QAbstractItemModel *model = window.assistantsView()->proxyModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, column);
            if (index.data(AssistantsModel::AssistantIdRole).toString() == assistantId)
                return index.data().toString();
        }
        return QStringLiteral("(not shown)");
    };
    QTRY_COMPARE_WITH_TIMEOUT(cell(assistants.at(1), AssistantsModel::NumberColumn),
            first.number.address.displayText(), 5000);
    QCOMPARE(cell(assistants.at(0), AssistantsModel::NumberColumn), QStringLiteral("None"));
    QVERIFY(cell(assistants.at(1), AssistantsModel::StatusColumn)
            != QStringLiteral("Waiting in the manual queue"));
    tabs->setCurrentWidget(window.assistantsView());
    Test::saveScreenshot(&window, QStringLiteral("assigned-from-numbers-tab"));
}

// Found on the console: completing a task closed the dialog at once, lost the input on a
// failure, and a number already in the organization's Vapi account failed (it was imported
// again). Judged by the sandbox's Vapi and the queue.
void TestConsoleController::completingATaskKeepsTheDialogUntilVapiAnswers()
{
    EngineFixture f;
    QVERIFY(f.isValid());
    QVERIFY(f.setUpVapi(1));
    const Organization acme = f.addOrganization(QStringLiteral("acme"));
    const QStringList assistants = f.createAssistants(acme, 2);
    const ProvisioningResult first = f.provision(acme, assistants.at(0));
    QVERIFY2(!first.number.id.isEmpty(), qPrintable(first.summary));
    // The free number is let go: it stays in the account, answering nobody.
    NumberAssignment unassign(f.engine->services());
    bool unassigned = false;
    unassign.assign(first.number.id, QString(),
            [&unassigned](const NumberAssignment::Outcome &o) { unassigned = o.result.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(unassigned, 10000);
    QVERIFY(f.provision(acme, assistants.at(1)).number.id.isEmpty()); // waits: cap reached
    const std::optional<ManualTask> task = f.tasks.openTaskFor(assistants.at(1));
    QVERIFY(task.has_value());

    Test::ShownConsole console(f);
    QVERIFY(console.start());
    MainWindow &window = console.window;
    const Test::StatusMessages messages(window.statusBar());
    window.selectOrganization(acme.id);
    ManualQueueView *queue = window.manualQueueView();
    QTRY_VERIFY_WITH_TIMEOUT(
            (queue->selectTask(task->id), queue->currentTaskId() == task->id), 5000);
    queue->completeSelected();
    QPointer<CompleteTaskDialog> dialog = queue->completeDialog();
    QVERIFY(dialog);
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("addressEdit"));
    QPushButton *complete = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);

    // A number no Twilio account of this workspace holds: refused by the chain's rules, and
    // the dialog keeps what was typed with the reason.
    QTest::keyClicks(edit, QStringLiteral("+1 212 555 0100"));
    QTest::mouseClick(complete, Qt::LeftButton);
    QVERIFY(dialog->isWaiting());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isWaiting(), 10000);
    QVERIFY(dialog->isVisible());
    QCOMPARE(edit->text(), QStringLiteral("+1 212 555 0100"));
    const QString why = dialog->findChild<QLabel *>(QStringLiteral("feedbackLabel"))->text();
    QVERIFY2(why.contains(QStringLiteral("Twilio")), qPrintable(why));
    Test::settledScreenshot(dialog, QStringLiteral("complete-task-refused"));

    // The free number the account already holds: recognised, assigned, the task closed.
    edit->clear();
    QTest::keyClicks(edit, first.number.address.displayText());
    QTest::mouseClick(complete, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull() || !dialog->isVisible(), 10000);
    QCOMPARE(Test::vapiNumbersOf(f, assistants.at(1)).size(), 1);
    QVERIFY(!f.tasks.openTaskFor(assistants.at(1)).has_value());
    QCOMPARE(f.tasks.task(task->id)->phoneNumberId, first.number.id);
    QTRY_VERIFY2(
            !messages.lastWith(QStringLiteral("is closed")).isEmpty(), qPrintable(messages.all()));
}

// Found on the console: "Reachable" (and "can be called now") beside a number Vapi still
// called "activating", when calls to it do not work. The console says so, and looks again by
// itself until Vapi says it is active. Judged by what the sandbox's Vapi says of the number.
void TestConsoleController::anActivatingNumberIsShownAsSuchUntilVapiSaysActive()
{
    // Activating for 8 s (the sandbox's default is 3): long enough to see it on a loaded
    // machine, short enough to see it end.
    EngineFixture f(Test::TempWorkspace::Backend::FromEnvironment,
            [](Sandbox::World &world) { world.settings.activationDelayMs = 8000; });
    QVERIFY(f.isValid());
    QVERIFY(f.setUpVapi(5));
    const Organization acme = f.addOrganization(QStringLiteral("acme"));
    const QStringList assistants = f.createAssistants(acme, 1);
    const ProvisioningResult provisioned = f.provision(acme, assistants.at(0));
    QVERIFY2(!provisioned.number.id.isEmpty(), qPrintable(provisioned.summary));
    const auto vapiSays = [&f, &assistants] {
        const QList<Sandbox::VapiNumberRecord> held = Test::vapiNumbersOf(f, assistants.at(0));
        return held.isEmpty() ? QString() : f.sandbox.state().vapiNumberStatus(held.constFirst());
    };
    QCOMPARE(vapiSays(), QStringLiteral("activating")); // the sandbox's seconds, as Vapi's minutes

    Test::ShownConsole console(f);
    console.controller.setActivationFollowInterval(std::chrono::milliseconds(300));
    QVERIFY(console.start());
    MainWindow &window = console.window;
    window.selectOrganization(acme.id);
    const auto status = [&window, &assistants] {
        const QAbstractItemModel *model = window.assistantsView()->proxyModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, AssistantsModel::StatusColumn);
            if (index.data(AssistantsModel::AssistantIdRole).toString() == assistants.at(0))
                return index.data().toString();
        }
        return QString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(
            status(), QStringLiteral("Activating: calls work in a few minutes"), 5000);
    QVERIFY(vapiSays() == QStringLiteral("activating"));
    Test::saveScreenshot(&window, QStringLiteral("number-activating"));

    // Nobody presses Refresh: the console looks again and follows Vapi.
    QTRY_COMPARE_WITH_TIMEOUT(status(), QStringLiteral("Reachable"), 30000);
    QCOMPARE(vapiSays(), QStringLiteral("active"));
}

// "Link existing…" offers the account's assistants that no organization has, instead of asking
// for a raw id; an id of another customer's assistant is refused in the dialog, which keeps it
// open with the reason. Judged by the link Vapi's metadata holds.
void TestConsoleController::linkingPicksAnUnlinkedAssistantAndKeepsAnothersCustomers()
{
    EngineFixture f;
    QVERIFY(f.isValid());
    QVERIFY(f.setUpVapi(5));
    const Organization acme = f.addOrganization(QStringLiteral("acme"));
    const Organization zeta = f.addOrganization(QStringLiteral("zeta"));
    const QString zetas = f.createAssistants(zeta, 1).constFirst();
    const QString unlinked = f.createAssistantsInVapi(QString(), 1).constFirst();
    const auto linkedTo = [&f](const QString &id) { return Test::vapiLinkOf(f, id); };

    Test::ShownConsole console(f);
    QVERIFY(console.start());
    MainWindow &window = console.window;
    const Test::StatusMessages messages(window.statusBar());
    window.selectOrganization(acme.id);
    // Once the window has read the workspace (its snapshot), as a person would wait for it.
    QTRY_VERIFY_WITH_TIMEOUT(window.snapshots().snapshot().vapiAccountServing(acme.id).has_value()
                    && !window.snapshots().snapshot().directory.assistants.isEmpty(),
            5000);
    Q_EMIT window.linkAssistantRequested(acme.id);
    AssistantDialog *dialog = nullptr;
    QTRY_VERIFY2((dialog = window.findChild<AssistantDialog *>()) != nullptr,
            qPrintable(window.statusBar()->currentMessage()));
    auto *list = dialog->findChild<QListWidget *>(QStringLiteral("candidateList"));
    QVERIFY(list);
    QCOMPARE(list->count(), 1); // Zeta's is not offered
    QCOMPARE(list->item(0)->data(Qt::UserRole).toString(), unlinked);
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // nothing picked yet

    // Another customer's id, typed by hand: refused, the dialog stays with the reason.
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("assistantEdit"));
    QTest::keyClicks(edit, zetas);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isWaiting(), 10000);
    QVERIFY(dialog->isVisible());
    const QString why = dialog->findChild<QLabel *>(QStringLiteral("feedbackLabel"))->text();
    QVERIFY2(why.contains(zeta.name), qPrintable(why));
    QCOMPARE(linkedTo(zetas), QStringLiteral("zeta"));
    Test::settledScreenshot(dialog, QStringLiteral("link-refused-another-customer"));

    // The one offered: picked, linked, closed.
    list->setCurrentRow(0);
    QCOMPARE(edit->text(), QString());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!window.findChild<AssistantDialog *>()
                    || !window.findChild<AssistantDialog *>()->isVisible(),
            10000);
    QCOMPARE(linkedTo(unlinked), QStringLiteral("acme"));

    // Created with the organization's policy off: said, and that it has no number yet (the
    // walk: "belongs to the organization now").
    QTRY_VERIFY(!window.findChild<AssistantDialog *>());
    Q_EMIT window.createAssistantRequested(acme.id);
    AssistantDialog *create = nullptr;
    QTRY_VERIFY((create = window.findChild<AssistantDialog *>()) != nullptr);
    QTest::keyClicks(create->findChild<QLineEdit *>(QStringLiteral("assistantEdit")),
            QStringLiteral("Desk"));
    QTest::mouseClick(
            create->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(messages.lastWith(QStringLiteral("Desk was created")),
            QStringLiteral("Desk was created for acme; it has no number until it is provisioned."),
            10000);
}

// Found by the GUI walk: "Provision all unassigned" from "All organizations" ran every assistant
// under the first one's organization; the others were refused and reported as "failed (see
// History)" with nothing in History. Each runs under its own organization now. Judged by the
// sandbox's Vapi and the attempts recorded.
void TestConsoleController::provisionAllFromAllOrganizationsServesEachUnderItsOwn()
{
    EngineFixture f;
    QVERIFY(f.isValid());
    QVERIFY(f.setUpVapi(5));
    const Organization acme = f.addOrganization(QStringLiteral("acme"));
    const Organization zeta = f.addOrganization(QStringLiteral("zeta"));
    const QString acmes = f.createAssistants(acme, 1).constFirst();
    const QString zetas = f.createAssistants(zeta, 1).constFirst();

    Test::ShownConsole console(f);
    QVERIFY(console.start());
    MainWindow &window = console.window;
    const Test::StatusMessages messages(window.statusBar());
    window.selectOrganization(0); // All organizations
    AssistantsView *view = window.assistantsView();
    auto *all = view->findChild<QPushButton *>(QStringLiteral("provisionAllButton"));
    QTRY_VERIFY_WITH_TIMEOUT(all->isEnabled() && view->unassignedAssistantIds().size() == 2, 5000);
    QTest::mouseClick(all, Qt::LeftButton);
    QPointer<QProgressDialog> progress = view->batchDialog();
    QVERIFY(progress);
    QTRY_VERIFY_WITH_TIMEOUT(progress.isNull(), 30000);
    QCOMPARE(messages.lastWith(QStringLiteral("Provisioned: ")),
            QStringLiteral("Provisioned: 2 got a number."));

    QCOMPARE(Test::vapiNumbersOf(f, acmes).size(), 1);
    QCOMPARE(Test::vapiNumbersOf(f, zetas).size(), 1);
    const QList<ProvisioningAttempt> attempts = f.history.page({}, 10);
    QCOMPARE(attempts.size(), 2);
    for (const ProvisioningAttempt &attempt : attempts)
        QCOMPARE(attempt.organizationId, attempt.assistantId == acmes ? acme.id : zeta.id);
}

QTEST_MAIN(TestConsoleController)
#include "TestConsoleController.moc"
