// SPDX-License-Identifier: Apache-2.0
#include "core/provisioning/FreeNumberCap.h"
#include "gui/support/StatusColors.h"
#include "gui/widgets/UsageBar.h"
#include "gui/widgets/UsageMeter.h"

#include "GuiTestSupport.h"

#include <QDesktopServices>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

using namespace Switchboard;

namespace {

VapiAccount accountIn(Region region)
{
    VapiAccount account;
    account.id = 7;
    account.region = region;
    return account;
}

} // namespace

// Receives the links the meter opens, instead of the browser.
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public Q_SLOTS:
    void open(const QUrl &url) { urls << url; }
};

class TestUsageMeter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void levels_data();
    void levels();
    void warningFromEightyPercent();
    void milestoneAtTheCap();
    void nextStepSaysWhatTwilioCanGive();
    void coloursFollowADarkPalette();
    void nextStepLinksOpenTheBrowserOrAskTheWindow();
    void withoutAnAccount();
    void capSaysWhereItComesFrom();
    void learnedCapCanBeCheckedAgain();
    void paymentGateNamesTheCustomersStep();

private:
    static QPalette darkPalette();
};

QPalette TestUsageMeter::darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x55));
    dark.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    return dark;
}

void TestUsageMeter::levels_data()
{
    QTest::addColumn<int>("used");
    QTest::addColumn<int>("cap");
    QTest::addColumn<int>("colour"); // StatusColors::Level
    QTest::addColumn<int>("barValue");
    QTest::addColumn<QString>("barText");

    const int ok = int(StatusColors::Level::Ok);
    const int warning = int(StatusColors::Level::Warning);
    const int critical = int(StatusColors::Level::Critical);
    QTest::newRow("empty") << 0 << 10 << ok << 0 << QStringLiteral("0 of 10 (0%)");
    QTest::newRow("79%") << 79 << 100 << ok << 79 << QStringLiteral("79 of 100 (79%)");
    QTest::newRow("80%") << 8 << 10 << warning << 80 << QStringLiteral("8 of 10 (80%)");
    QTest::newRow("90%") << 9 << 10 << warning << 90 << QStringLiteral("9 of 10 (90%)");
    QTest::newRow("100%") << 10 << 10 << critical << 100 << QStringLiteral("10 of 10 (100%)");
    QTest::newRow("cap lowered") << 10 << 5 << critical << 100 << QStringLiteral("10 of 5 (200%)");
}

void TestUsageMeter::levels()
{
    QFETCH(int, used);
    QFETCH(int, cap);
    QFETCH(int, colour);
    QFETCH(int, barValue);
    QFETCH(QString, barText);
    UsageMeter meter;
    meter.setUsage(FreeNumberUsage(used, cap), accountIn(Region::Us), QStringLiteral("Workspace"),
            QDateTime::currentDateTimeUtc());
    QCOMPARE(int(meter.bar()->level()), colour);
    QCOMPARE(meter.bar()->fillColor(),
            StatusColors::fill(StatusColors::Level(colour), meter.bar()->palette()));
    QCOMPARE(meter.bar()->value(), barValue);
    QCOMPARE(meter.bar()->text(), barText);
    QCOMPARE(meter.bar()->accessibleDescription(), FreeNumberUsage(used, cap).summary());
}

void TestUsageMeter::warningFromEightyPercent()
{
    UsageMeter meter;
    meter.resize(300, meter.heightForWidth(300));
    meter.setUsage(FreeNumberUsage(7, 10), accountIn(Region::Us), QStringLiteral("Workspace"),
            QDateTime::currentDateTimeUtc());
    QVERIFY(meter.level() == FreeNumberUsage::Level::Ok);
    QVERIFY(meter.nextStepText().startsWith(QStringLiteral("Next: keep provisioning")));

    meter.setUsage(FreeNumberUsage(8, 10), accountIn(Region::Us), QStringLiteral("Workspace"),
            QDateTime::currentDateTimeUtc());
    meter.resize(300, meter.heightForWidth(300));
    meter.show();
    QVERIFY(QTest::qWaitForWindowExposed(&meter));
    QVERIFY(meter.level() == FreeNumberUsage::Level::Warning);
    QCOMPARE(meter.bar()->fillColor(),
            StatusColors::fill(StatusColors::Level::Warning, meter.palette()));
    QCOMPARE(meter.adviceText(), FreeNumberUsage(8, 10).advice());
    QVERIFY(meter.adviceText().contains(QStringLiteral("Set up Twilio")));
    QVERIFY2(meter.nextStepText().contains(QStringLiteral("Twilio console")),
            qPrintable(meter.nextStepText()));
    auto *advice = meter.findChild<QLabel *>(QStringLiteral("usageAdviceLabel"));
    QCOMPARE(advice->palette().color(QPalette::WindowText),
            StatusColors::text(StatusColors::Level::Warning, meter.palette()));
    QVERIFY(meter.accessibleDescription().contains(QStringLiteral("Set up Twilio")));
    QCOMPARE(meter.accessibleName(), QStringLiteral("Free-number usage"));
    Test::saveScreenshot(&meter, QStringLiteral("warning-80"));
}

void TestUsageMeter::milestoneAtTheCap()
{
    UsageMeter meter;
    meter.resize(300, meter.heightForWidth(300));
    meter.setUsage(FreeNumberUsage(10, 10), accountIn(Region::Eu), QStringLiteral("Workspace"),
            QDateTime::currentDateTimeUtc());
    meter.resize(300, meter.heightForWidth(300));
    meter.show();
    QVERIFY(QTest::qWaitForWindowExposed(&meter));
    QVERIFY(meter.level() == FreeNumberUsage::Level::Full);
    QVERIFY(meter.adviceText().startsWith(QStringLiteral("Full: ")));
    QVERIFY(meter.adviceText().contains(QStringLiteral("10 free number(s), and 10 in use")));
    QVERIFY(meter.nextStepText().startsWith(QStringLiteral("Next: new numbers come from Twilio")));
    QCOMPARE(meter.bar()->fillColor(),
            StatusColors::fill(StatusColors::Level::Critical, meter.palette()));
    auto *next = meter.findChild<QLabel *>(QStringLiteral("usageNextStepLabel"));
    QVERIFY(next->text().contains(QStringLiteral("https://dashboard.eu.vapi.ai/phone-numbers")));
    Test::saveScreenshot(&meter, QStringLiteral("milestone-100"));
}

// Found on the console: the meter told an account manager to set up Twilio while Twilio was set
// up and serving; and said Twilio serves when its pool was empty and buying was off.
void TestUsageMeter::nextStepSaysWhatTwilioCanGive()
{
    UsageMeter meter;
    meter.resize(300, meter.heightForWidth(300));
    meter.show();
    QVERIFY(QTest::qWaitForWindowExposed(&meter));
    TwilioFallback serving;
    TwilioFallback::Link own;
    own.strategy = Strategy::OrganizationTwilio;
    own.spareNumbers = 3;
    serving.links << own;

    meter.setUsage(FreeNumberUsage(8, 10), accountIn(Region::Us), QStringLiteral("Acme"),
            QDateTime::currentDateTimeUtc(), serving);
    QCOMPARE(meter.nextStepText(),
            QStringLiteral("Next: nothing to set up; once the free numbers are used, "
                           "provisioning takes numbers from the organization's Twilio account "
                           "(3 spare number(s) in its pool)."));
    meter.setUsage(FreeNumberUsage(10, 10), accountIn(Region::Us), QStringLiteral("Acme"),
            QDateTime::currentDateTimeUtc(), serving);
    QVERIFY2(meter.nextStepText().startsWith(
                     QStringLiteral("Next: nothing to set up; provisioning takes numbers from the "
                                    "organization's Twilio account (3 spare number(s)")),
            qPrintable(meter.nextStepText()));
    QVERIFY(!meter.nextStepText().contains(QStringLiteral("Twilio console")));
    meter.resize(300, meter.heightForWidth(300));
    Test::saveScreenshot(&meter, QStringLiteral("meter-full-twilio-serves"));

    // Set up, but nothing to give: the queue, and the way to fill it.
    TwilioFallback empty;
    TwilioFallback::Link workspace;
    workspace.strategy = Strategy::WorkspaceTwilio;
    empty.links << workspace;
    meter.setUsage(FreeNumberUsage(10, 10), accountIn(Region::Us), QStringLiteral("Acme"),
            QDateTime::currentDateTimeUtc(), empty);
    // At 80 % with a Twilio account set up, no "Set up Twilio" (the second walk).
    meter.setUsage(FreeNumberUsage(8, 10), accountIn(Region::Us), QStringLiteral("Acme"),
            QDateTime::currentDateTimeUtc(), empty);
    QVERIFY2(!meter.adviceText().contains(QStringLiteral("Set up Twilio")),
            qPrintable(meter.adviceText()));
    meter.setUsage(FreeNumberUsage(10, 10), accountIn(Region::Us), QStringLiteral("Acme"),
            QDateTime::currentDateTimeUtc(), empty);
    QVERIFY2(meter.nextStepText().startsWith(
                     QStringLiteral("Next: the workspace's Twilio account has no spare numbers "
                                    "and may not buy any, so new assistants wait in the manual "
                                    "queue")),
            qPrintable(meter.nextStepText()));
    QSignalSpy settings(&meter, &UsageMeter::workspaceTwilioRequested);
    auto *next = meter.findChild<QLabel *>(QStringLiteral("usageNextStepLabel"));
    QVERIFY(next->text().contains(QStringLiteral("switchboard:workspace-twilio")));
    Q_EMIT next->linkActivated(QStringLiteral("switchboard:workspace-twilio"));
    QCOMPARE(settings.count(), 1);
    meter.resize(300, meter.heightForWidth(300));
    Test::saveScreenshot(&meter, QStringLiteral("meter-full-twilio-empty"));
}

void TestUsageMeter::coloursFollowADarkPalette()
{
    const QPalette light = QPalette(Qt::white);
    const QPalette dark = darkPalette();
    QVERIFY(!StatusColors::isDark(light));
    QVERIFY(StatusColors::isDark(dark));
    for (auto level : {StatusColors::Level::Ok, StatusColors::Level::Warning,
                 StatusColors::Level::Critical}) {
        // Text colours must stand out from the base they are written on.
        const auto contrast = [](const QColor &a, const QColor &b) {
            return std::abs(a.lightness() - b.lightness());
        };
        QVERIFY(contrast(StatusColors::text(level, dark), dark.color(QPalette::Base)) > 90);
        QVERIFY(contrast(StatusColors::text(level, light), light.color(QPalette::Base)) > 90);
        QVERIFY(contrast(StatusColors::textOnFill(level, dark), StatusColors::fill(level, dark))
                > 90);
    }
    QVERIFY(StatusColors::fill(StatusColors::Level::Ok, dark)
            != StatusColors::fill(StatusColors::Level::Critical, dark));

    UsageMeter meter;
    meter.setPalette(dark);
    meter.setAutoFillBackground(true);
    meter.resize(300, meter.heightForWidth(300));
    meter.setUsage(FreeNumberUsage(10, 10), accountIn(Region::Us), QStringLiteral("Workspace"),
            QDateTime::currentDateTimeUtc());
    meter.resize(300, meter.heightForWidth(300));
    meter.show();
    QVERIFY(QTest::qWaitForWindowExposed(&meter));
    QCOMPARE(meter.bar()->fillColor(), StatusColors::fill(StatusColors::Level::Critical, dark));
    Test::saveScreenshot(&meter, QStringLiteral("milestone-100-dark"));
}

void TestUsageMeter::nextStepLinksOpenTheBrowserOrAskTheWindow()
{
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "open");
    UsageMeter meter;
    meter.setUsage(FreeNumberUsage(9, 10), accountIn(Region::Us), QStringLiteral("Workspace"),
            QDateTime::currentDateTimeUtc());
    auto *next = meter.findChild<QLabel *>(QStringLiteral("usageNextStepLabel"));
    QSignalSpy twilio(&meter, &UsageMeter::setUpTwilioRequested);
    Q_EMIT next->linkActivated(FreeNumberUsage::twilioConsoleUrl().toString());
    Q_EMIT next->linkActivated(QStringLiteral("switchboard:set-up-twilio"));
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    QCOMPARE(catcher.urls, QList<QUrl>{FreeNumberUsage::twilioConsoleUrl()});
    QCOMPARE(twilio.count(), 1);
}

void TestUsageMeter::withoutAnAccount()
{
    UsageMeter meter;
    meter.resize(300, meter.heightForWidth(300));
    meter.setNoAccount();
    meter.resize(300, meter.heightForWidth(300));
    meter.show();
    QVERIFY(QTest::qWaitForWindowExposed(&meter));
    QVERIFY(!meter.hasAccount());
    QVERIFY(!meter.bar()->isVisible());
    QSignalSpy vapi(&meter, &UsageMeter::setUpVapiRequested);
    Q_EMIT meter.findChild<QLabel *>(QStringLiteral("usageNextStepLabel"))
            ->linkActivated(QStringLiteral("switchboard:set-up-vapi"));
    QCOMPARE(vapi.count(), 1);
    Test::saveScreenshot(&meter, QStringLiteral("no-account"));

    // Every organization has its own account: nothing to set up for "others" (found by the GUI
    // walk: "Others: set up the workspace's Vapi account" with no others).
    meter.setNoAccount(3, 0);
    QVERIFY2(meter.nextStepText().isEmpty(), qPrintable(meter.nextStepText()));
    meter.setNoAccount(3, 1);
    QVERIFY2(
            meter.nextStepText().startsWith(QStringLiteral("1 other organization(s) have no Vapi")),
            qPrintable(meter.nextStepText()));
}

void TestUsageMeter::capSaysWhereItComesFrom()
{
    UsageMeter meter;
    VapiAccount account = accountIn(Region::Us);
    meter.setUsage(FreeNumberUsage(2, 5), account, QStringLiteral("Workspace"),
            QDateTime::currentDateTimeUtc());
    QCOMPARE(meter.capText(), QStringLiteral("Cap 5: Vapi's documented cap."));
    QVERIFY(meter.accessibleDescription().contains(meter.capText()));

    // More in use than the cap (an older allowance Vapi let the account keep): said.
    meter.setUsage(FreeNumberUsage(7, 5), account, QStringLiteral("Brightside"),
            QDateTime::currentDateTimeUtc());
    QCOMPARE(meter.capText(),
            QStringLiteral("Cap 5: Vapi's documented cap. This account holds 7: Vapi let it have "
                           "more than that."));

    account.freeNumberCap = 8;
    account.capSource = CapSource::Manual;
    account.capSetAt = QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);
    meter.setUsage(FreeNumberUsage(2, 8), account, QStringLiteral("Workspace"),
            QDateTime::currentDateTimeUtc());
    QVERIFY2(meter.capText().startsWith(QStringLiteral("Cap 8: set by hand on ")),
            qPrintable(meter.capText()));
    QVERIFY(!meter.capText().contains(QStringLiteral("Check again")));
}

void TestUsageMeter::learnedCapCanBeCheckedAgain()
{
    const QDateTime learned(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);
    VapiAccount account = accountIn(Region::Us);
    account.freeNumberCap = 3;
    account.capSource = CapSource::Learned;
    account.capSetAt = learned;
    UsageMeter meter;
    meter.resize(320, meter.heightForWidth(320));
    meter.setUsage(FreeNumberUsage(3, 3), account, QStringLiteral("Workspace"), learned.addDays(2));
    QVERIFY2(meter.capText().startsWith(QStringLiteral("Cap 3: learned from Vapi on ")),
            qPrintable(meter.capText()));
    QVERIFY(meter.capText().endsWith(QStringLiteral("Check again")));
    QSignalSpy recheck(&meter, &UsageMeter::capRecheckRequested);
    Q_EMIT meter.findChild<QLabel *>(QStringLiteral("usageCapLabel"))
            ->linkActivated(QStringLiteral("switchboard:recheck-cap"));
    QCOMPARE(recheck.count(), 1);
    QCOMPARE(recheck.constFirst().constFirst().toLongLong(), 7);
    meter.resize(320, meter.heightForWidth(320));
    meter.show();
    QVERIFY(QTest::qWaitForWindowExposed(&meter));
    Test::saveScreenshot(&meter, QStringLiteral("cap-learned"));

    // A week later, the next provisioning asks by itself, and the meter says so.
    meter.setUsage(FreeNumberUsage(3, 3), account, QStringLiteral("Workspace"), learned.addDays(8));
    QVERIFY2(meter.capText().endsWith(QStringLiteral("The next provisioning asks Vapi again.")),
            qPrintable(meter.capText()));
}

void TestUsageMeter::paymentGateNamesTheCustomersStep()
{
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "open");
    const QDateTime asked = QDateTime::currentDateTimeUtc().addSecs(-60);
    VapiAccount account = accountIn(Region::Us);
    account.paymentRequiredAt = asked;
    UsageMeter meter;
    meter.resize(320, meter.heightForWidth(320));
    meter.setUsage(FreeNumberUsage(1, 5), account, QStringLiteral("Workspace"),
            QDateTime::currentDateTimeUtc());
    QVERIFY2(meter.capText().contains(QStringLiteral("Vapi asks for a payment method")),
            qPrintable(meter.capText()));
    auto *cap = meter.findChild<QLabel *>(QStringLiteral("usageCapLabel"));
    QVERIFY(cap->text().contains(FreeNumberCap::billingUrl(Region::Us).toString()));
    Q_EMIT cap->linkActivated(FreeNumberCap::billingUrl(Region::Us).toString());
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    QCOMPARE(catcher.urls, QList<QUrl>{FreeNumberCap::billingUrl(Region::Us)});
    meter.resize(320, meter.heightForWidth(320));
    meter.show();
    QVERIFY(QTest::qWaitForWindowExposed(&meter));
    Test::saveScreenshot(&meter, QStringLiteral("payment-gate"));
}

QTEST_MAIN(TestUsageMeter)
#include "TestUsageMeter.moc"
