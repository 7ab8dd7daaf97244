// SPDX-License-Identifier: Apache-2.0
// The console's first run (issue 17): with no account at all the status bar said "Vapi: online",
// and "Set up the Vapi account…" opened the customer wizard, which asked for a customer's name.
// Now the workspace is set up first (its own Vapi account, Twilio optional), apart from any
// customer, and the first customer comes next. Judged by the sandbox (which key reached Vapi),
// the keychain and the screen.
#include "EngineConsole.h"
#include "EngineFixture.h"
#include "GuiTestSupport.h"
#include "gui/ConsoleController.h"
#include "gui/MainWindow.h"
#include "gui/dialogs/OrganizationWizard.h"
#include "gui/dialogs/SettingsDialog.h"
#include "gui/widgets/ConnectionStatus.h"
#include "gui/widgets/UsageMeter.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>

using namespace Switchboard;
using Test::EngineFixture;

class TestFirstRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theWorkspaceIsSetUpBeforeAnyCustomer();
    void aKeyVapiNeverTookIsNotCalledHealthy();
    void aKeyTheKeychainRefusedSetsNothingUp();
    void aMissingKeyIsNotCalledOffline();
};

namespace {

QString vapiStatus(const MainWindow &window)
{
    return window.findChild<ConnectionStatus *>(QStringLiteral("connectionStatus"))
            ->text(QStringLiteral("Vapi"));
}

} // namespace

void TestFirstRun::theWorkspaceIsSetUpBeforeAnyCustomer()
{
    EngineFixture f;
    QVERIFY(f.isValid());
    f.sandbox.state().addVapiAccount(QLatin1String(EngineFixture::VapiKey), 10);
    Test::ShownConsole console(f);
    MainWindow &window = console.window;
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    console.controller.start();

    // Nothing to reach is not "online".
    QTRY_COMPARE(vapiStatus(window), QStringLiteral("Vapi: no account set up"));
    auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("pageStack"));
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("welcomePage"));
    auto *first = window.findChild<QPushButton *>(QStringLiteral("setUpVapiButton"));
    QCOMPARE(first->text(), QStringLiteral("&Set up the workspace…"));
    Test::settledScreenshot(&window, QStringLiteral("first-run-welcome"));

    QTest::mouseClick(first, Qt::LeftButton);
    auto *setup = window.findChild<SettingsDialog *>(QStringLiteral("settingsDialog"));
    QVERIFY(setup);
    QTRY_VERIFY(setup->isVisible());
    QVERIFY(setup->isWorkspaceSetup());
    QCOMPARE(setup->windowTitle(), QStringLiteral("Set up the workspace"));
    QVERIFY(!window.findChild<OrganizationWizard *>()); // no customer is asked for
    auto *tabs = setup->findChild<QTabWidget *>(QStringLiteral("settingsTabs"));
    QVERIFY(!tabs->isTabVisible(SettingsDialog::GeneralPage));
    QVERIFY(tabs->isTabVisible(SettingsDialog::WorkspacePage));
    QVERIFY(!tabs->isTabVisible(SettingsDialog::DatabasePage));
    auto *key = setup->findChild<QLineEdit *>(QStringLiteral("vapiKeyEdit"));
    QTRY_VERIFY(key->hasFocus());

    // Without the key there is no workspace: the dialog says so and stays.
    setup->accept();
    auto *error = setup->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY2(error->text().contains(QStringLiteral("is needed to set up the workspace")),
            qPrintable(error->text()));
    QVERIFY(setup->isVisible());
    Test::settledScreenshot(setup, QStringLiteral("first-run-setup-needs-key"));

    QTest::keyClicks(key, QLatin1String(EngineFixture::VapiKey));
    setup->accept();
    QTRY_VERIFY(!window.findChild<SettingsDialog *>(QStringLiteral("settingsDialog"))
            || !setup->isVisible());
    QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("The workspace is set up."));

    // The key is kept, and it reaches Vapi: the console lists the account and says so.
    QTRY_COMPARE_WITH_TIMEOUT(vapiStatus(window), QStringLiteral("Vapi: online"), 10000);
    QVERIFY(!f.sandbox.requestLog()
                     .matching(QStringLiteral("GET"), QStringLiteral("/assistant"), 200)
                     .isEmpty());
    const auto account = f.accounts.workspaceVapiAccount();
    QVERIFY(account);
    QVERIFY(f.secretStore.contains(SecretKey::forAccount(*account)));

    // Then the first customer.
    QTRY_COMPARE(first->text(), QStringLiteral("Add a &customer…"));
    QTRY_VERIFY(window.usageMeter()->hasAccount()); // its free numbers, not "no account"
    Test::settledScreenshot(&window, QStringLiteral("first-run-add-customer"));
    QTest::mouseClick(first, Qt::LeftButton);
    auto *wizard = window.findChild<OrganizationWizard *>(QStringLiteral("organizationWizard"));
    QVERIFY(wizard);
    QTRY_VERIFY(wizard->isVisible());
    wizard->reject();
}

// Found by the walk: a made-up key, saved while Vapi could not be reached, showed "0 of 5 …
// Next: keep provisioning", as if Vapi had confirmed the account.
void TestFirstRun::aKeyVapiNeverTookIsNotCalledHealthy()
{
    EngineFixture f;
    QVERIFY(f.isValid());
    VapiAccount account;
    account.label = QStringLiteral("Workspace");
    QVERIFY(f.accounts.saveVapiAccount(account));
    QVERIFY(f.setSecret(SecretKey::forAccount(account), QStringLiteral("a-key-vapi-never-gave")));
    Test::ShownConsole console(f);
    MainWindow &window = console.window;
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    console.controller.start();

    // Vapi answered, refusing the key: not "offline" (the walk), but what to look at.
    QTRY_COMPARE_WITH_TIMEOUT(vapiStatus(window), QStringLiteral("Vapi: check the key"), 10000);
    UsageMeter *meter = window.usageMeter();
    QTRY_VERIFY(meter->isUnconfirmed());
    QVERIFY2(meter->nextStepText().startsWith(
                     QStringLiteral("Not confirmed: Vapi has not answered for this account")),
            qPrintable(meter->nextStepText()));
    QVERIFY(!meter->nextStepText().contains(QStringLiteral("keep provisioning")));
    Test::settledScreenshot(&window, QStringLiteral("first-run-unconfirmed-key"));

    // Once Vapi takes the key, the counts are Vapi's again.
    f.sandbox.state().addVapiAccount(QStringLiteral("a-key-vapi-never-gave"), 5);
    QTest::keyClick(&window, Qt::Key_F5); // Refresh, as a person would
    QTRY_COMPARE_WITH_TIMEOUT(vapiStatus(window), QStringLiteral("Vapi: online"), 10000);
    QTRY_VERIFY(!meter->isUnconfirmed());
    QVERIFY(meter->nextStepText().contains(QStringLiteral("keep provisioning")));
}

// Found by the walk: the keychain's password prompt cancelled, the key was never kept, and the
// console said "The workspace is set up", the meter "keep provisioning", and the wizard offered
// to "keep the one in the keychain". Judged by the keychain, the workspace and the screen.
void TestFirstRun::aKeyTheKeychainRefusedSetsNothingUp()
{
    EngineFixture f;
    QVERIFY(f.isValid());
    f.sandbox.state().addVapiAccount(QLatin1String(EngineFixture::VapiKey), 10);
    Test::ShownConsole console(f);
    MainWindow &window = console.window;
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    console.controller.start();
    QTRY_COMPARE(vapiStatus(window), QStringLiteral("Vapi: no account set up"));
    auto *first = window.findChild<QPushButton *>(QStringLiteral("setUpVapiButton"));
    QTRY_COMPARE(first->text(), QStringLiteral("&Set up the workspace…"));
    QTest::mouseClick(first, Qt::LeftButton);
    QPointer<SettingsDialog> setup
            = window.findChild<SettingsDialog *>(QStringLiteral("settingsDialog"));
    QVERIFY(setup);
    QTRY_VERIFY(setup->isVisible());

    f.secretStore.setFailure(SecretError::Kind::Denied, QStringLiteral("the prompt was dismissed"));
    QTest::keyClicks(setup->findChild<QLineEdit *>(QStringLiteral("vapiKeyEdit")),
            QLatin1String(EngineFixture::VapiKey));
    setup->accept();
    auto *error = setup->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(error->text().contains(QStringLiteral("did not keep a key")), 5000);
    QVERIFY2(error->text().contains(QStringLiteral("is not set up")), qPrintable(error->text()));
    QVERIFY(setup->isVisible()); // the key is still there to save again
    QVERIFY(setup->findChild<QDialogButtonBox *>()->isEnabled());
    // Nothing says otherwise: no account without its key, the welcome page still offers the
    // setup, and nothing was asked of Vapi with a key the console does not have.
    QTRY_VERIFY(!f.accounts.workspaceVapiAccount().has_value());
    QVERIFY(!f.secretStore.contains(
            SecretKey::forWorkspace(SecretApi::Vapi, SecretPurpose::ApiKey)));
    QTRY_COMPARE(first->text(), QStringLiteral("&Set up the workspace…"));
    QVERIFY(window.statusBar()->currentMessage() != QStringLiteral("The workspace is set up."));
    Test::settledScreenshot(setup, QStringLiteral("first-run-keychain-refused"));

    // Once the keychain takes it, the same dialog sets the workspace up.
    f.secretStore.clearFailure();
    setup->accept();
    QTRY_VERIFY_WITH_TIMEOUT(setup.isNull() || !setup->isVisible(), 5000);
    const auto account = f.accounts.workspaceVapiAccount();
    QVERIFY(account);
    QVERIFY(f.secretStore.contains(SecretKey::forAccount(*account)));
    QTRY_COMPARE_WITH_TIMEOUT(vapiStatus(window), QStringLiteral("Vapi: online"), 10000);
}

// Found by the walk: with the workspace's key missing from the keychain, the status bar said
// "Vapi: offline since 11:51" in red while the message said the key was not set.
void TestFirstRun::aMissingKeyIsNotCalledOffline()
{
    EngineFixture f;
    QVERIFY(f.isValid());
    f.sandbox.state().addVapiAccount(QLatin1String(EngineFixture::VapiKey), 10);
    VapiAccount account;
    account.label = QStringLiteral("Workspace");
    QVERIFY(f.accounts.saveVapiAccount(account)); // and no key in the keychain
    Test::ShownConsole console(f);
    MainWindow &window = console.window;
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    console.controller.start();
    QTRY_COMPARE_WITH_TIMEOUT(vapiStatus(window), QStringLiteral("Vapi: check the key"), 10000);
    const auto *label = window.findChild<QLabel *>(QStringLiteral("connection:Vapi"));
    QVERIFY(label);
    QVERIFY2(label->toolTip().contains(QStringLiteral("Settings")), qPrintable(label->toolTip()));
    QVERIFY(f.sandbox.requestLog()
                    .matching(QStringLiteral("GET"), QStringLiteral("/**"))
                    .isEmpty());
    // The message is longer than the room beside "Vapi: check the key": it ends in "…", and
    // the whole of it is the status bar's tooltip, not cut mid-word against the label.
    const QString shown = window.statusBar()->currentMessage();
    QVERIFY2(shown.endsWith(QChar(0x2026)), qPrintable(shown));
    QVERIFY2(window.statusBar()->toolTip().startsWith(shown.chopped(1)),
            qPrintable(window.statusBar()->toolTip()));
    QVERIFY(window.statusBar()->toolTip().size() > shown.size());
    const auto *status = window.findChild<QWidget *>(QStringLiteral("connectionStatus"));
    QVERIFY2(window.statusBar()->fontMetrics().horizontalAdvance(shown) < status->x(),
            "the message runs into the connection's label");
    // Nothing confirmed the account's counts: no "keep provisioning".
    QTRY_VERIFY(window.usageMeter()->isUnconfirmed());
    QVERIFY(!window.usageMeter()->nextStepText().contains(QStringLiteral("keep provisioning")));
    // …and the welcome page does not call the workspace set up: it leads to its key.
    auto *first = window.findChild<QPushButton *>(QStringLiteral("setUpVapiButton"));
    QCOMPARE(first->text(), QStringLiteral("&Set up the workspace…"));
    const QString welcome = window.findChild<QLabel *>(QStringLiteral("welcomeTextLabel"))->text();
    QVERIFY2(welcome.contains(QStringLiteral("no key that works"))
                    && !welcome.contains(QStringLiteral("is set up")),
            qPrintable(welcome));
    Test::settledScreenshot(&window, QStringLiteral("first-run-key-missing"));

    // The key given, the same console is online.
    QVERIFY(f.setSecret(SecretKey::forAccount(account), QLatin1String(EngineFixture::VapiKey)));
    QTest::keyClick(&window, Qt::Key_F5);
    QTRY_COMPARE_WITH_TIMEOUT(vapiStatus(window), QStringLiteral("Vapi: online"), 10000);
    QTRY_COMPARE(first->text(), QStringLiteral("Add a &customer…"));
}

QTEST_MAIN(TestFirstRun)
#include "TestFirstRun.moc"
