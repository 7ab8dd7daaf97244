// SPDX-License-Identifier: Apache-2.0
// Numbers added to the workspace's pool in Settings are asked about in Twilio once saved (found
// by the walk: a number the account does not hold was counted as a spare, and failed only when
// an assistant needed it). Judged by what the sandbox's Twilio holds, what the pool records,
// and what the console says.
#include "EngineConsole.h"
#include "EngineFixture.h"
#include "GuiTestSupport.h"
#include "core/provisioning/TwilioFallback.h"
#include "core/snapshot/SnapshotCache.h"
#include "gui/ConsoleController.h"
#include "gui/MainWindow.h"
#include "gui/dialogs/SettingsDialog.h"

#include <QAction>
#include <QPlainTextEdit>
#include <QPointer>
#include <QStatusBar>

using namespace Switchboard;
using Switchboard::Test::EngineFixture;

class TestSettingsPoolCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addedNumbersAreAskedAboutInTwilio();
};

void TestSettingsPoolCheck::addedNumbersAreAskedAboutInTwilio()
{
    const QString held = QStringLiteral("+14155550101");
    const QString notHeld = QStringLiteral("+13125550102");
    EngineFixture f;
    QVERIFY(f.isValid());
    QVERIFY(f.setUpVapi(5));
    f.sandbox.state().addTwilioAccount(QLatin1String(EngineFixture::WorkspaceTwilioSid),
            QLatin1String(EngineFixture::WorkspaceTwilioToken), {held});
    TwilioAccount workspaceTwilio;
    workspaceTwilio.accountSid = QLatin1String(EngineFixture::WorkspaceTwilioSid);
    QVERIFY(f.accounts.saveTwilioAccount(workspaceTwilio));
    QVERIFY(f.setSecret(SecretKey::forAccount(workspaceTwilio),
            QLatin1String(EngineFixture::WorkspaceTwilioToken)));

    Test::ShownConsole console(f);
    QVERIFY(console.start());
    MainWindow &window = console.window;
    const Test::StatusMessages messages(window.statusBar());
    // Settings opens once the window has read the workspace (it says "still being read" before).
    QAction *openSettings = window.findChild<QAction *>(QStringLiteral("actionSettings"));
    QPointer<SettingsDialog> settings;
    QTRY_VERIFY_WITH_TIMEOUT(
            (openSettings->trigger(), settings = window.findChild<SettingsDialog *>()) != nullptr,
            5000);
    settings->showPage(SettingsDialog::WorkspacePage);
    auto *add = settings->findChild<QPlainTextEdit *>(QStringLiteral("poolAddEdit"));
    QVERIFY(add);
    QTest::keyClicks(add, held + QStringLiteral(", ") + notHeld);
    settings->accept();
    QTRY_VERIFY_WITH_TIMEOUT(settings.isNull() || !settings->isVisible(), 5000);

    // Twilio was asked about each, and what it said is kept with the number.
    const auto answerOf = [&f, &workspaceTwilio](const QString &e164) {
        for (const PoolNumber &number : f.pool.numbers(workspaceTwilio.id)) {
            if (number.number.toString() == e164)
                return number.twilioCheck;
        }
        return PoolNumber::TwilioCheck::Unchecked;
    };
    QTRY_VERIFY_WITH_TIMEOUT(answerOf(notHeld) == PoolNumber::TwilioCheck::Missing, 10000);
    QVERIFY(answerOf(held) == PoolNumber::TwilioCheck::Ok);
    QCOMPARE(f.sandbox.requestLog()
                     .matching(QStringLiteral("GET"),
                             QStringLiteral("/2010-04-01/Accounts/*/IncomingPhoneNumbers.json"))
                     .size(),
            2);
    // The console counts only the number Twilio holds as a spare (the walk saw the other one
    // counted).
    QTRY_COMPARE(TwilioFallback::spareNumbers(
                         window.snapshots().snapshot(), QDateTime::currentDateTimeUtc())
                         .value(workspaceTwilio.id),
            1);
    // …and said, naming the number Twilio does not hold.
    QTRY_VERIFY(!messages.lastWith(QStringLiteral("+1 312-555-0102")).isEmpty());
    QVERIFY2(messages.lastWith(QStringLiteral("+1 312-555-0102"))
                     .contains(QLatin1String(EngineFixture::WorkspaceTwilioSid)),
            qPrintable(messages.all()));
    Test::settledScreenshot(&window, QStringLiteral("settings-pool-checked"));
}

QTEST_MAIN(TestSettingsPoolCheck)
#include "TestSettingsPoolCheck.moc"
