// SPDX-License-Identifier: Apache-2.0
#include "WizardFixture.h"

#include "core/api/RequestScheduler.h"
#include "core/api/TwilioClient.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/world/IncomingNumberRecord.h"
#include "sandbox/world/TwilioAccountRecord.h"

#include <QLabel>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace Switchboard;

// The wizard asks Twilio (the embedded sandbox, through a real client, as the console's
// controller does) about the pool before it saves: a number the account does not hold is
// refused on the Numbers page, one routed to a SIP trunk is a warning with a box to consent to
// clearing it, and ticking that box clears it in the sandbox.
class TestOrganizationWizardPool
    : public QObject
    , public Test::WizardFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void aNumberTwilioDoesNotHoldIsRefusedAndATrunkClearedWithConsent();
    void aNumberTwilioCouldNotBeAskedAboutIsNoTick();

private:
    Sandbox::IncomingNumberRecord *sandboxNumber(const QString &e164);
    void answerWithTheSandbox(OrganizationWizard &wizard);

    std::unique_ptr<Sandbox::SandboxServer> m_sandbox;
    QNetworkAccessManager m_network;
    RequestScheduler m_scheduler;
    static inline const QString Token = QStringLiteral("token-that-must-stay-secret");
    static inline const QString Trunk = QStringLiteral("TK0123456789abcdef0123456789abcdef");
};

void TestOrganizationWizardPool::init()
{
    setUpWizardWorld();
    m_sandbox = std::make_unique<Sandbox::SandboxServer>(Sandbox::World{});
    QString error;
    QVERIFY2(m_sandbox->listen(QHostAddress::LocalHost, 0, &error) != 0, qPrintable(error));
    m_sandbox->state().addTwilioAccount(
            goodSid(), Token, {QStringLiteral("+14155550101"), QStringLiteral("+14155550102")});
    sandboxNumber(QStringLiteral("+14155550102"))
            ->settings.insert(QStringLiteral("trunk_sid"), Trunk);
}

void TestOrganizationWizardPool::cleanup()
{
    m_sandbox.reset();
    tearDownWizardWorld();
}

Sandbox::IncomingNumberRecord *TestOrganizationWizardPool::sandboxNumber(const QString &e164)
{
    for (auto &number : m_sandbox->state().twilioAccount(goodSid())->numbers) {
        if (number.phoneNumber == e164)
            return &number;
    }
    return nullptr;
}

void TestOrganizationWizardPool::answerWithTheSandbox(OrganizationWizard &wizard)
{
    connect(&wizard, &OrganizationWizard::checkPoolRequested, this,
            [this, &wizard](const QString &sid, const QString &, const QString &secret,
                    const QList<PhoneAddress> &numbers, bool clearRouting) {
                auto *client = new TwilioClient(m_network, m_scheduler,
                        TwilioCredentials{
                                m_sandbox->baseUrl(), sid, sid, secret, QStringLiteral("test")},
                        this);
                auto *run = new PoolCheckRun(*client, sid, numbers, this);
                run->setClearRouting(clearRouting);
                connect(run, &PoolCheckRun::finished, &wizard,
                        [&wizard, client](const QList<PoolCheckResult> &results) {
                            client->deleteLater();
                            wizard.setPoolCheckResults(results);
                        });
                run->start();
            });
}

void TestOrganizationWizardPool::aNumberTwilioDoesNotHoldIsRefusedAndATrunkClearedWithConsent()
{
    m_world->addVapiAccount();
    auto wizard = makeWizard(0, false);
    answerWithTheSandbox(*wizard);
    wizard->show();
    fillOrganization(*wizard);
    fillTwilio(*wizard, goodSid());
    child<QPlainTextEdit>(*wizard, "poolEdit")
            ->setPlainText(QStringLiteral("+1 415 555 0101\n+1 415 555 0102\n+1 415 555 0199"));
    wizard->next();
    wizard->next();
    wizard->next();
    QCOMPARE(wizard->currentId(), int(OrganizationWizard::NumbersPage));

    QSignalSpy saved(wizard.get(), &OrganizationWizard::organizationSaved);
    wizard->accept(); // asks Twilio first
    auto *errors = child<QLabel>(*wizard, "numbersErrorLabel");
    QTRY_VERIFY_WITH_TIMEOUT(errors->text().contains(QStringLiteral("does not hold")), 10000);
    QVERIFY2(errors->text().contains(
                     QStringLiteral("Twilio account %1 does not hold +1 415-555-0199")
                             .arg(goodSid())),
            qPrintable(errors->text()));
    QCOMPARE(saved.count(), 0);
    QVERIFY(!m_world->organizations.findBySlug(QStringLiteral("bright-smiles")));
    auto *list = child<QListWidget>(*wizard, "poolCheckList");
    QStringList lines;
    for (int i = 0; i < list->count(); ++i)
        lines << list->item(i)->text();
    QVERIFY2(lines.join(u'\n').contains(Trunk), qPrintable(lines.join(u'\n')));
    auto *consent = child<QCheckBox>(*wizard, "clearRoutingCheck");
    QVERIFY(consent->isVisible());
    QVERIFY(!consent->isChecked());
    Test::settledScreenshot(wizard.get(), QStringLiteral("wizard-pool-twilio-warnings"));
    // Nothing changed in Twilio without consent.
    QCOMPARE(sandboxNumber(QStringLiteral("+14155550102"))
                     ->settings.value(QStringLiteral("trunk_sid"))
                     .toString(),
            Trunk);

    // Consent: the trunk is cleared in the sandbox.
    consent->setChecked(true);
    QTRY_VERIFY_WITH_TIMEOUT(!sandboxNumber(QStringLiteral("+14155550102"))
                                      ->settings.contains(QStringLiteral("trunk_sid")),
            10000);
    QTRY_VERIFY_WITH_TIMEOUT(!consent->isVisible(), 5000);

    // Without the number Twilio does not hold, Finish saves, and Twilio's word goes with the pool.
    child<QPlainTextEdit>(*wizard, "poolEdit")
            ->setPlainText(QStringLiteral("+1 415 555 0101\n+1 415 555 0102"));
    wizard->accept();
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
    const auto organization = m_world->organizations.findBySlug(QStringLiteral("bright-smiles"));
    QVERIFY(organization);
    const auto twilio = m_world->accounts.organizationTwilioAccount(organization->id);
    const QList<PoolNumber> pool = m_world->pool.numbers(twilio->id);
    QCOMPARE(pool.size(), 2);
    for (const PoolNumber &number : pool)
        QCOMPARE(toString(number.twilioCheck), QStringLiteral("ok"));
}

// Found by the GUI walk: "1 could not be checked (see the list)", and the list showed that
// number with a ✓.
void TestOrganizationWizardPool::aNumberTwilioCouldNotBeAskedAboutIsNoTick()
{
    m_world->addVapiAccount();
    auto wizard = makeWizard(0, false);
    wizard->show();
    fillOrganization(*wizard);
    fillTwilio(*wizard, goodSid());
    child<QPlainTextEdit>(*wizard, "poolEdit")->setPlainText(QStringLiteral("+1 415 555 0101"));
    PoolCheckResult unanswered;
    unanswered.number = PhoneAddress::fromNumber(QStringLiteral("+14155550101"));
    unanswered.accountSid = goodSid();
    unanswered.answered = false;
    ApiError down;
    down.category = ApiError::Category::Server;
    down.httpStatus = 503;
    down.providerMessage = QStringLiteral("Service Unavailable");
    unanswered.error = down;
    wizard->setPoolCheckResults({unanswered});
    auto *list = child<QListWidget>(*wizard, "poolCheckList");
    QCOMPARE(list->count(), 1);
    const QString line = list->item(0)->text();
    QVERIFY2(line.startsWith(QStringLiteral("? +1 415-555-0101: Twilio could not be asked")),
            qPrintable(line));
    QVERIFY(!line.contains(QStringLiteral("✓")));

    // No pool numbers: what happens then follows the buying setting on the page.
    child<QPlainTextEdit>(*wizard, "poolEdit")->clear();
    auto *summary = child<QLabel>(*wizard, "poolSummaryLabel");
    child<QCheckBox>(*wizard, "allowPurchaseCheck")->setChecked(false);
    QVERIFY2(
            summary->text().contains(QStringLiteral("buying is off")), qPrintable(summary->text()));
    child<QCheckBox>(*wizard, "allowPurchaseCheck")->setChecked(true);
    QVERIFY2(summary->text().contains(QStringLiteral("buys them")), qPrintable(summary->text()));
    // Without a Twilio account of its own, the workspace's serves it (the second walk).
    child<QCheckBox>(*wizard, "ownTwilioCheck")->setChecked(false);
    QVERIFY2(summary->text().contains(QStringLiteral("the workspace's Twilio account serves it")),
            qPrintable(summary->text()));
    // Buying and asking Twilio need its own account; a number typed says so at once (found by
    // the walk: "Numbers ready for the pool: 1", then Finish refused it).
    QVERIFY(!child<QCheckBox>(*wizard, "allowPurchaseCheck")->isEnabled());
    QVERIFY(!child<QPushButton>(*wizard, "checkPoolButton")->isEnabled());
    child<QPlainTextEdit>(*wizard, "poolEdit")->setPlainText(QStringLiteral("+14155550101"));
    QVERIFY2(summary->text().startsWith(QStringLiteral("Pool numbers belong to the organization's "
                                                       "own Twilio account")),
            qPrintable(summary->text()));
    child<QCheckBox>(*wizard, "ownTwilioCheck")->setChecked(true);
    QVERIFY(child<QCheckBox>(*wizard, "allowPurchaseCheck")->isEnabled());
}

QTEST_MAIN(TestOrganizationWizardPool)
#include "TestOrganizationWizardPool.moc"
