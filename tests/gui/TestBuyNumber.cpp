// SPDX-License-Identifier: Apache-2.0
// "Buy a Twilio number…" as an account manager uses it (issue 17): from the Numbers tab, an
// area code, a number picked from what Twilio offers, bought within the month's limit. Judged
// by what the sandbox's Twilio holds, the workspace's record and the screen.
#include "EngineConsole.h"
#include "EngineFixture.h"
#include "GuiTestSupport.h"
#include "core/snapshot/SnapshotCache.h"
#include "gui/ConsoleController.h"
#include "gui/MainWindow.h"
#include "gui/NumberBuying.h"
#include "gui/dialogs/BuyNumberDialog.h"
#include "gui/views/NumbersView.h"
#include "sandbox/world/TwilioAccountRecord.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTableView>

using namespace Switchboard;
using Switchboard::Test::EngineFixture;

class TestBuyNumber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void buysFromTheNumbersTabWithinTheLimit();
    void saysWhyNothingCanBeBought();

private:
    static QStringList twilioNumbers(EngineFixture &f, const char *sid);
};

QStringList TestBuyNumber::twilioNumbers(EngineFixture &f, const char *sid)
{
    QStringList numbers;
    if (const auto *account = f.sandbox.state().twilioAccount(QLatin1String(sid))) {
        for (const auto &number : account->numbers)
            numbers << number.phoneNumber;
    }
    return numbers;
}

void TestBuyNumber::buysFromTheNumbersTabWithinTheLimit()
{
    EngineFixture f;
    QVERIFY(f.isValid());
    QVERIFY(f.setUpVapi(5));
    const Organization acme = f.addOrganization(QStringLiteral("acme"), {}, true, 1);

    Test::ShownConsole console(f);
    QVERIFY(console.start());
    MainWindow &window = console.window;
    const Test::StatusMessages messages(window.statusBar());
    window.selectOrganization(acme.id);
    QTRY_COMPARE(window.currentOrganizationId(), acme.id);
    window.findChild<QAction *>(QStringLiteral("actionShowNumbers"))->trigger();
    NumbersView *numbers = window.numbersView();
    QVERIFY(numbers);
    auto *buyButton = numbers->findChild<QPushButton *>(QStringLiteral("buyButton"));
    QVERIFY(buyButton);
    QTRY_VERIFY(buyButton->isVisible() && buyButton->isEnabled());
    QTest::mouseClick(buyButton, Qt::LeftButton);

    QPointer<BuyNumberDialog> dialog;
    QTRY_VERIFY((dialog = window.findChild<BuyNumberDialog *>()) != nullptr);
    QTRY_VERIFY(dialog->isVisible());
    // Who pays, what it costs and what is left of the month, before anything is bought.
    const QString terms = dialog->findChild<QLabel *>(QStringLiteral("termsLabel"))->text();
    QVERIFY2(
            terms.contains(QStringLiteral("the pool of acme, bought on the Twilio account of acme"))
                    && terms.contains(QStringLiteral("$1.15 a month"))
                    && terms.contains(QStringLiteral("This month: 0 of 1 purchase")),
            qPrintable(terms));
    auto *areaCode = dialog->findChild<QLineEdit *>(QStringLiteral("areaCodeEdit"));
    auto *search = dialog->findChild<QPushButton *>(QStringLiteral("searchButton"));
    auto *buy = dialog->findChild<QPushButton *>(QStringLiteral("buyButton"));
    auto *offers = dialog->findChild<QListWidget *>(QStringLiteral("offerList"));
    QVERIFY(areaCode && search && buy && offers);
    QTRY_VERIFY(areaCode->hasFocus());
    QCOMPARE(areaCode->text(), QStringLiteral("415")); // acme's own area code, to search at once

    // Only an area code can be searched: letters are not taken, two digits are not enough.
    QTest::keyClicks(areaCode, QStringLiteral("4x1"));
    QCOMPARE(areaCode->text(), QStringLiteral("41"));
    QVERIFY(!search->isEnabled());
    QVERIFY(!buy->isEnabled());
    QTest::keyClicks(areaCode, QStringLiteral("5"));
    QVERIFY(search->isEnabled());
    QTest::keyClick(areaCode, Qt::Key_Return); // Enter searches, and closes nothing
    QTRY_VERIFY_WITH_TIMEOUT(dialog && offers->count() > 0, 10000);
    QVERIFY(offers->item(0)->text().startsWith(QStringLiteral("+1 415-")));
    QVERIFY(!buy->isEnabled()); // nothing picked yet
    offers->setCurrentRow(0);
    offers->item(0)->setSelected(true);
    QVERIFY(buy->isEnabled());
    const QString chosen = dialog->chosenNumber();
    QVERIFY(chosen.startsWith(QStringLiteral("+1415")));
    Test::settledScreenshot(dialog, QStringLiteral("buy-number"));

    QTest::mouseClick(buy, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull() || !dialog->isVisible(), 10000);
    // Twilio holds exactly that number in Acme's account; the workspace has it free in the pool.
    QCOMPARE(twilioNumbers(f, EngineFixture::OrgTwilioSid), QStringList{chosen});
    const auto account = f.accounts.organizationTwilioAccount(acme.id);
    QCOMPARE(f.pool.numbers(account->id).size(), 1);
    QCOMPARE(f.events(EventKind::NumberPurchased).size(), 1);
    QTRY_VERIFY(!messages.lastWith(QStringLiteral("was bought on the Twilio account of acme"))
                         .isEmpty());
    // …and so does the Numbers tab, at once.
    auto *table = numbers->findChild<QTableView *>(QStringLiteral("numbersTable"));
    const QString shown = PhoneAddress::fromNumber(chosen).displayText();
    QTRY_VERIFY_WITH_TIMEOUT(!table->model()
                                      ->match(table->model()->index(0, 0), Qt::DisplayRole, shown,
                                              1, Qt::MatchContains)
                                      .isEmpty(),
            5000);
    Test::settledScreenshot(&window, QStringLiteral("bought-number-in-pool"));

    // The month's one purchase is made: the next click says so, and nothing more is bought.
    QTest::mouseClick(buyButton, Qt::LeftButton);
    QPointer<QMessageBox> refusal;
    QTRY_VERIFY((refusal = window.findChild<QMessageBox *>(QStringLiteral("cannotBuyMessage")))
            != nullptr);
    QVERIFY2(refusal->text().contains(QStringLiteral("purchase limit of 1 is reached"))
                    && refusal->text().contains(
                            QStringLiteral("File → Edit organization…, Numbers page")),
            qPrintable(refusal->text())); // and where to raise it
    QVERIFY(!window.findChild<BuyNumberDialog *>());
    Test::settledScreenshot(refusal, QStringLiteral("buy-number-limit-reached"));
    refusal->accept();
    QCOMPARE(twilioNumbers(f, EngineFixture::OrgTwilioSid).size(), 1);
}

void TestBuyNumber::saysWhyNothingCanBeBought()
{
    EngineFixture f;
    QVERIFY(f.isValid());
    QVERIFY(f.setUpVapi(5));
    const Organization acme = f.addOrganization(QStringLiteral("acme"));
    Test::ShownConsole console(f);
    QVERIFY(console.start());
    MainWindow &window = console.window;
    window.selectOrganization(acme.id);
    QTRY_COMPARE(window.currentOrganizationId(), acme.id);
    // From the Workspace menu, for an organization with no Twilio account and no workspace one.
    auto *action = window.findChild<QAction *>(QStringLiteral("actionBuyNumber"));
    QVERIFY(action);
    QTRY_VERIFY(action->isEnabled());
    action->trigger();
    QPointer<QMessageBox> refusal;
    QTRY_VERIFY((refusal = window.findChild<QMessageBox *>(QStringLiteral("cannotBuyMessage")))
            != nullptr);
    QVERIFY2(refusal->text().contains(QStringLiteral("Neither acme nor the workspace has a "
                                                     "Twilio account")),
            qPrintable(refusal->text()));
    refusal->accept();
    QVERIFY(f.sandbox.requestLog()
                    .matching(QStringLiteral("POST"), QStringLiteral("/2010-04-01/**"))
                    .isEmpty());
}

QTEST_MAIN(TestBuyNumber)
#include "TestBuyNumber.moc"
