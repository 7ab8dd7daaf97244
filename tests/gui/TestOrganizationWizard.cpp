#include "dialogs/OrganizationWizard.h"

#include "GuiTestSupport.h"
#include "GuiWorld.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace Switchboard;

class TestOrganizationWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void suggestsASlug();
    void refusesABadSid();
    void refusesABadNumberInThePool();
    void refusesATwoDigitAreaCode();
    void savesAGoodSetupWithoutItsSecrets();
    void firstRunSetsUpTheWorkspacesVapiAccount();
    void testConnectionAsksAndShowsTheResult();
    void editsAnExistingOrganization();
    void refusesANumberInAnotherPool();

private:
    std::unique_ptr<OrganizationWizard> makeWizard(qint64 organizationId = 0);
    template<typename T>
    T *child(OrganizationWizard &wizard, const char *name)
    {
        return wizard.findChild<T *>(QLatin1String(name));
    }
    void fillOrganization(OrganizationWizard &wizard);
    void fillTwilio(OrganizationWizard &wizard, const QString &sid);
    QString goodSid() const { return Test::GuiWorld::sid('A', 'C', 0xabc); }

    std::unique_ptr<Test::GuiWorld> m_world;
};

void TestOrganizationWizard::init()
{
    m_world = std::make_unique<Test::GuiWorld>();
    QVERIFY(m_world->workspace.isValid());
}

void TestOrganizationWizard::cleanup()
{
    m_world.reset();
}

std::unique_ptr<OrganizationWizard> TestOrganizationWizard::makeWizard(qint64 organizationId)
{
    OrganizationWizardDependencies deps;
    deps.database = &m_world->workspace.database();
    deps.organizations = &m_world->organizations;
    deps.accounts = &m_world->accounts;
    deps.pool = &m_world->pool;
    auto wizard = std::make_unique<OrganizationWizard>(deps, organizationId);
    wizard->resize(700, 580);
    return wizard;
}

void TestOrganizationWizard::fillOrganization(OrganizationWizard &wizard)
{
    QTest::keyClicks(child<QLineEdit>(wizard, "nameEdit"), QStringLiteral("Bright Smiles"));
    child<QLineEdit>(wizard, "contactEdit")->setText(QStringLiteral("ops@brightsmiles.example"));
}

void TestOrganizationWizard::fillTwilio(OrganizationWizard &wizard, const QString &sid)
{
    child<QCheckBox>(wizard, "ownTwilioCheck")->setChecked(true);
    child<QLineEdit>(wizard, "twilioSidEdit")->setText(sid);
    child<QLineEdit>(wizard, "authTokenEdit")
            ->setText(QStringLiteral("token-that-must-stay-secret"));
}

void TestOrganizationWizard::suggestsASlug()
{
    m_world->addVapiAccount();
    auto wizard = makeWizard();
    QTest::keyClicks(child<QLineEdit>(*wizard, "nameEdit"), QStringLiteral("Acme Dental Group!"));
    QCOMPARE(child<QLineEdit>(*wizard, "slugEdit")->text(), QStringLiteral("acme-dental-group"));
    // Once edited by hand, the slug is the user's.
    QTest::keyClicks(child<QLineEdit>(*wizard, "slugEdit"), QStringLiteral("-nyc"));
    QTest::keyClicks(child<QLineEdit>(*wizard, "nameEdit"), QStringLiteral(" West"));
    QCOMPARE(
            child<QLineEdit>(*wizard, "slugEdit")->text(), QStringLiteral("acme-dental-group-nyc"));
}

void TestOrganizationWizard::refusesABadSid()
{
    m_world->addVapiAccount();
    auto wizard = makeWizard();
    wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(wizard.get()));
    QCOMPARE(wizard->currentId(), int(OrganizationWizard::OrganizationPage));
    wizard->next(); // nothing typed: refused on the first page
    QCOMPARE(wizard->currentId(), int(OrganizationWizard::OrganizationPage));
    QVERIFY(child<QLabel>(*wizard, "organizationErrorLabel")
                    ->text()
                    .contains(QStringLiteral("name: must not be empty")));

    fillOrganization(*wizard);
    wizard->next();
    QCOMPARE(wizard->currentId(), int(OrganizationWizard::VapiPage));
    wizard->next(); // the workspace's account is set up: nothing to enter
    QCOMPARE(wizard->currentId(), int(OrganizationWizard::TwilioPage));

    fillTwilio(*wizard, QStringLiteral("AC123"));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(OrganizationWizard::TwilioPage));
    const QString error = child<QLabel>(*wizard, "twilioErrorLabel")->text();
    QVERIFY2(error.startsWith(QStringLiteral("Twilio account SID: must be \"AC\" followed by 32 "
                                             "hexadecimal digits")),
            qPrintable(error));
    QCOMPARE(wizard->focusWidget(), child<QLineEdit>(*wizard, "twilioSidEdit"));
    Test::settledScreenshot(wizard.get(), QStringLiteral("refused-sid"));

    child<QLineEdit>(*wizard, "twilioSidEdit")->setText(goodSid());
    wizard->next();
    QCOMPARE(wizard->currentId(), int(OrganizationWizard::NumbersPage));
}

void TestOrganizationWizard::refusesABadNumberInThePool()
{
    m_world->addVapiAccount();
    auto wizard = makeWizard();
    wizard->show();
    fillOrganization(*wizard);
    fillTwilio(*wizard, goodSid());
    wizard->next();
    wizard->next();
    wizard->next();
    QCOMPARE(wizard->currentId(), int(OrganizationWizard::NumbersPage));

    child<QPlainTextEdit>(*wizard, "poolEdit")
            ->setPlainText(QStringLiteral("+1 415 555 2671\n555-12, (415) 555-2672\n+14155552671"));
    auto *checks = child<QListWidget>(*wizard, "poolCheckList");
    QCOMPARE(checks->count(), 4);
    QCOMPARE(checks->item(0)->text(), QStringLiteral("✓ +1 415-555-2671"));
    QVERIFY2(checks->item(1)->text().startsWith(QStringLiteral("✗ 555-12: ")),
            qPrintable(checks->item(1)->text()));
    QCOMPARE(checks->item(2)->text(), QStringLiteral("✓ +1 415-555-2672"));
    QVERIFY(checks->item(3)->text().contains(QStringLiteral("listed twice")));
    QCOMPARE(child<QLabel>(*wizard, "poolSummaryLabel")->text(),
            QStringLiteral("Numbers ready for the pool: 2; not valid: 1 (see the list)."));

    QSignalSpy saved(wizard.get(), &OrganizationWizard::organizationSaved);
    wizard->accept();
    QCOMPARE(saved.count(), 0);
    QVERIFY(wizard->isVisible());
    const QString error = child<QLabel>(*wizard, "numbersErrorLabel")->text();
    QVERIFY2(error.startsWith(QStringLiteral("number pool: ")), qPrintable(error));
    QVERIFY(error.contains(QStringLiteral("555-12")));
    QVERIFY(m_world->organizations.list().isEmpty());
    Test::settledScreenshot(wizard.get(), QStringLiteral("refused-pool-number"));
}

void TestOrganizationWizard::refusesATwoDigitAreaCode()
{
    m_world->addVapiAccount();
    auto wizard = makeWizard();
    wizard->show();
    fillOrganization(*wizard);
    wizard->next();
    wizard->next();
    wizard->next();
    child<QLineEdit>(*wizard, "areaCodeEdit")->setText(QStringLiteral("41"));
    wizard->accept();
    QCOMPARE(wizard->result(), int(QDialog::Rejected));
    const QString error = child<QLabel>(*wizard, "numbersErrorLabel")->text();
    QCOMPARE(error,
            QStringLiteral(
                    "area code: must be a US area code of exactly three digits, such as 415"));
    QCOMPARE(wizard->focusWidget(), child<QLineEdit>(*wizard, "areaCodeEdit"));
    Test::settledScreenshot(wizard.get(), QStringLiteral("refused-area-code"));
}

void TestOrganizationWizard::savesAGoodSetupWithoutItsSecrets()
{
    m_world->addVapiAccount();
    auto wizard = makeWizard();
    wizard->show();
    fillOrganization(*wizard);
    fillTwilio(*wizard, goodSid());
    child<QPlainTextEdit>(*wizard, "poolEdit")
            ->setPlainText(QStringLiteral("+1 415 555 2671; 415-555-2672"));
    child<QLineEdit>(*wizard, "areaCodeEdit")->setText(QStringLiteral("415"));
    child<QCheckBox>(*wizard, "preferSipCheck")->setChecked(true);
    child<QCheckBox>(*wizard, "allowPurchaseCheck")->setChecked(true);
    child<QSpinBox>(*wizard, "purchaseLimitSpin")->setValue(5);
    wizard->next();
    wizard->next();
    wizard->next();
    Test::settledScreenshot(wizard.get(), QStringLiteral("good-setup-numbers"));

    QSignalSpy saved(wizard.get(), &OrganizationWizard::organizationSaved);
    wizard->accept();
    QCOMPARE(saved.count(), 1);
    QCOMPARE(wizard->result(), int(QDialog::Accepted));
    const auto organization = m_world->organizations.findBySlug(QStringLiteral("bright-smiles"));
    QVERIFY(organization);
    QCOMPARE(saved.at(0).at(0).toLongLong(), organization->id);
    QCOMPARE(organization->name, QStringLiteral("Bright Smiles"));
    QCOMPARE(organization->contact, QStringLiteral("ops@brightsmiles.example"));
    QCOMPARE(organization->preferredAreaCode, QStringLiteral("415"));
    QVERIFY(organization->preferSip);
    QVERIFY(organization->allowPurchase);
    QCOMPARE(organization->monthlyPurchaseLimit, 5);
    const auto twilio = m_world->accounts.organizationTwilioAccount(organization->id);
    QVERIFY(twilio);
    QCOMPARE(twilio->accountSid, goodSid());
    QCOMPARE(m_world->pool.numbers(twilio->id).size(), 2);

    // The token is handed over for the keychain, and is nowhere in the workspace.
    QCOMPARE(wizard->secrets().value(OrganizationWizard::TwilioAuthToken),
            QStringLiteral("token-that-must-stay-secret"));
    QVERIFY(!wizard->secrets().contains(OrganizationWizard::VapiPrivateKey));
    QFile database(Test::GuiWorld::databaseFile(m_world->workspace));
    QVERIFY(database.open(QIODevice::ReadOnly));
    QVERIFY(!database.readAll().contains("token-that-must-stay-secret"));
    QFile wal(Test::GuiWorld::databaseFile(m_world->workspace) + QStringLiteral("-wal"));
    if (wal.open(QIODevice::ReadOnly))
        QVERIFY(!wal.readAll().contains("token-that-must-stay-secret"));
}

void TestOrganizationWizard::firstRunSetsUpTheWorkspacesVapiAccount()
{
    QVERIFY(!m_world->accounts.workspaceVapiAccount());
    auto wizard = makeWizard();
    wizard->show();
    fillOrganization(*wizard);
    wizard->next();
    QCOMPARE(wizard->currentId(), int(OrganizationWizard::VapiPage));
    QVERIFY(child<QLineEdit>(*wizard, "vapiKeyEdit")->isEnabled());
    QCOMPARE(child<QLineEdit>(*wizard, "vapiKeyEdit")->echoMode(), QLineEdit::Password);
    wizard->next();
    QCOMPARE(wizard->currentId(), int(OrganizationWizard::VapiPage));
    QVERIFY(child<QLabel>(*wizard, "vapiErrorLabel")
                    ->text()
                    .startsWith(QStringLiteral("Vapi private key: is needed")));
    auto *region = child<QComboBox>(*wizard, "regionCombo");
    region->setCurrentIndex(region->findData(QStringLiteral("eu")));
    child<QLineEdit>(*wizard, "vapiKeyEdit")->setText(QStringLiteral("vapi-private-key-1234"));
    Test::settledScreenshot(wizard.get(), QStringLiteral("first-run-vapi"));
    wizard->accept();
    QCOMPARE(wizard->result(), int(QDialog::Accepted));
    const auto workspace = m_world->accounts.workspaceVapiAccount();
    QVERIFY(workspace);
    QVERIFY(workspace->region == Region::Eu);
    QCOMPARE(wizard->secrets().value(OrganizationWizard::VapiPrivateKey),
            QStringLiteral("vapi-private-key-1234"));
    QCOMPARE(wizard->vapiKeyOwner(), 0);
}

void TestOrganizationWizard::testConnectionAsksAndShowsTheResult()
{
    m_world->addVapiAccount();
    auto wizard = makeWizard();
    wizard->show();
    QSignalSpy twilio(wizard.get(), &OrganizationWizard::testTwilioRequested);
    fillTwilio(*wizard, QStringLiteral("AC12"));
    auto *test = child<QPushButton>(*wizard, "testTwilioButton");
    auto *result = child<QLabel>(*wizard, "twilioTestResultLabel");
    test->click();
    QCOMPARE(twilio.count(), 0);
    QVERIFY(result->text().startsWith(QStringLiteral("Twilio account SID: ")));

    child<QLineEdit>(*wizard, "twilioSidEdit")->setText(goodSid());
    test->click();
    QCOMPARE(twilio.count(), 1);
    QCOMPARE(twilio.at(0).at(0).toString(), goodSid());
    QVERIFY(twilio.at(0).at(1).toString().isEmpty());
    QCOMPARE(twilio.at(0).at(2).toString(), QStringLiteral("token-that-must-stay-secret"));
    QCOMPARE(result->text(), QStringLiteral("Testing…"));
    QVERIFY(!test->isEnabled());
    wizard->setTwilioTestResult(true, QStringLiteral("Connected: Bright Smiles (active)."));
    QVERIFY(test->isEnabled());
    QCOMPARE(result->text(), QStringLiteral("Connected: Bright Smiles (active)."));

    QSignalSpy vapi(wizard.get(), &OrganizationWizard::testVapiRequested);
    child<QRadioButton>(*wizard, "ownVapiRadio")->setChecked(true);
    child<QLineEdit>(*wizard, "vapiKeyEdit")->setText(QStringLiteral("own-key"));
    child<QPushButton>(*wizard, "testVapiButton")->click();
    QCOMPARE(vapi.count(), 1);
    QCOMPARE(vapi.at(0).at(1).toString(), QStringLiteral("own-key"));
    wizard->setVapiTestResult(false, QStringLiteral("Vapi refused the key (401)."));
    QCOMPARE(child<QLabel>(*wizard, "vapiTestResultLabel")->text(),
            QStringLiteral("Vapi refused the key (401)."));
}

void TestOrganizationWizard::editsAnExistingOrganization()
{
    m_world->populate();
    auto wizard = makeWizard(m_world->acme.id);
    QCOMPARE(wizard->windowTitle(), QStringLiteral("Edit the organization"));
    QCOMPARE(child<QLineEdit>(*wizard, "slugEdit")->text(), QStringLiteral("acme"));
    QVERIFY(child<QCheckBox>(*wizard, "ownTwilioCheck")->isChecked());
    QCOMPARE(child<QLineEdit>(*wizard, "twilioSidEdit")->text(), m_world->acmeTwilio.accountSid);
    QCOMPARE(child<QListWidget>(*wizard, "poolCheckList")->count(), 2);
    // The keychain has the token already: saving without retyping it is fine.
    child<QLineEdit>(*wizard, "contactEdit")->setText(QStringLiteral("front@acme.example"));
    QSignalSpy saved(wizard.get(), &OrganizationWizard::organizationSaved);
    wizard->accept();
    QCOMPARE(saved.count(), 1);
    QCOMPARE(m_world->organizations.findById(m_world->acme.id)->contact,
            QStringLiteral("front@acme.example"));
    QVERIFY(wizard->secrets().isEmpty());
}

// A pool number belongs to one pool only: another organization's, or the workspace's, is
// refused before anything is saved, naming who holds it (issue 13).
void TestOrganizationWizard::refusesANumberInAnotherPool()
{
    m_world->populate(); // Acme Dental's pool holds +1 415-555-2680 and +1 415-555-2672
    QVERIFY(m_world->pool.add(m_world->workspaceTwilio.id,
                    {PhoneAddress::parse(QStringLiteral("+14155552690"))})
            == 1);
    auto wizard = makeWizard();
    wizard->show();
    fillOrganization(*wizard);
    fillTwilio(*wizard, goodSid());
    wizard->next();
    wizard->next();
    wizard->next();
    QCOMPARE(wizard->currentId(), int(OrganizationWizard::NumbersPage));
    child<QPlainTextEdit>(*wizard, "poolEdit")
            ->setPlainText(QStringLiteral("+1 415 555 2699\n(415) 555-2680\n+14155552690"));
    auto *checks = child<QListWidget>(*wizard, "poolCheckList");
    QCOMPARE(checks->count(), 3);
    QCOMPARE(checks->item(0)->text(), QStringLiteral("✓ +1 415-555-2699"));
    QCOMPARE(checks->item(1)->text(),
            QStringLiteral("✗ +1 415-555-2680 is already in the number pool of Acme Dental; a "
                           "number can be in one pool only."));
    QCOMPARE(checks->item(2)->text(),
            QStringLiteral("✗ +1 415-555-2690 is already in the workspace's pool; a number can "
                           "be in one pool only."));
    QCOMPARE(child<QLabel>(*wizard, "poolSummaryLabel")->text(),
            QStringLiteral("Numbers ready for the pool: 1; not valid: 0; in another pool: 2 (see "
                           "the list)."));

    QSignalSpy saved(wizard.get(), &OrganizationWizard::organizationSaved);
    wizard->accept();
    QCOMPARE(saved.count(), 0);
    QCOMPARE(wizard->currentId(), int(OrganizationWizard::NumbersPage));
    const QString error = child<QLabel>(*wizard, "numbersErrorLabel")->text();
    QVERIFY2(error.contains(QStringLiteral("+1 415-555-2680 is already in the number pool of "
                                           "Acme Dental; a number can be in one pool only.")),
            qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("+1 415-555-2690 is already in the workspace's pool")),
            qPrintable(error));
    QVERIFY(!m_world->organizations.findBySlug(QStringLiteral("bright-smiles")));
    Test::settledScreenshot(wizard.get(), QStringLiteral("refused-number-of-another-pool"));

    // Without them it is saved; an organization's own numbers never conflict with themselves.
    child<QPlainTextEdit>(*wizard, "poolEdit")->setPlainText(QStringLiteral("+1 415 555 2699"));
    wizard->accept();
    QCOMPARE(saved.count(), 1);
    auto edit = makeWizard(m_world->acme.id);
    edit->show();
    child<QPlainTextEdit>(*edit, "poolEdit")->appendPlainText(QStringLiteral("+1 415 555 2681"));
    QSignalSpy editSaved(edit.get(), &OrganizationWizard::organizationSaved);
    edit->accept();
    QCOMPARE(editSaved.count(), 1);
    QCOMPARE(m_world->pool.numbers(m_world->acmeTwilio.id).size(), 3);
}

QTEST_MAIN(TestOrganizationWizard)
#include "TestOrganizationWizard.moc"
