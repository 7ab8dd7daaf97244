// SPDX-License-Identifier: Apache-2.0
#include "WizardFixture.h"
#include "gui/widgets/WizardSteps.h"

#include <QApplication>
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

class TestOrganizationWizard
    : public QObject
    , protected Test::WizardFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        setUpWizardWorld();
        QVERIFY(m_world->workspace.isValid());
    }
    void cleanup() { tearDownWizardWorld(); }
    void suggestsASlug();
    void refusesABadSid();
    void refusesABadNumberInThePool();
    void refusesATwoDigitAreaCode();
    void savesAGoodSetupWithItsSecretInTheKeychain();
    void firstRunSetsUpTheWorkspacesVapiAccount();
    void testConnectionAsksAndShowsTheResult();
    void editsAnExistingOrganization();
    void problemsFollowTheFieldsAndTheInput();
    void refusedCredentialsHoldTheWizard();
    void anOwnVapiAccountTakesItsCapAndTheStepsAreShown();
};

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
                    .contains(QStringLiteral("Display name: must not be empty")));

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
            QStringLiteral("Preferred area code: must be a US area code of exactly three digits, "
                           "such as 415"));
    QCOMPARE(wizard->focusWidget(), child<QLineEdit>(*wizard, "areaCodeEdit"));
    Test::settledScreenshot(wizard.get(), QStringLiteral("refused-area-code"));
}

void TestOrganizationWizard::savesAGoodSetupWithItsSecretInTheKeychain()
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
    QTRY_COMPARE(saved.count(), 1);
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

    // The token is in the keychain, and nowhere in the workspace.
    QCOMPARE(keychainValue(SecretKey::forAccount(*twilio)),
            QStringLiteral("token-that-must-stay-secret"));
    QCOMPARE(m_keychain->size(), 1);
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
    // Finishing asks Vapi which account the key reaches first, and saves once it has said.
    QSignalSpy asked(wizard.get(), &OrganizationWizard::testVapiRequested);
    answerVapiTests(*wizard, QStringLiteral("org-of-the-workspace"));
    wizard->accept();
    QCOMPARE(asked.count(), 1);
    QVERIFY(asked.at(0).at(0).value<Region>() == Region::Eu);
    QCOMPARE(asked.at(0).at(1).toString(), QStringLiteral("vapi-private-key-1234"));
    QTRY_COMPARE(wizard->result(), int(QDialog::Accepted));
    const auto workspace = m_world->accounts.workspaceVapiAccount();
    QVERIFY(workspace);
    QVERIFY(workspace->region == Region::Eu);
    QCOMPARE(workspace->vapiOrgId, QStringLiteral("org-of-the-workspace"));
    QCOMPARE(keychainValue(SecretKey::forAccount(*workspace)),
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

// Found by the GUI walk: Next on an empty first page listed "slug" above "name" (the first
// field) with the focus on the second field, and the problems stayed after they were fixed.
void TestOrganizationWizard::problemsFollowTheFieldsAndTheInput()
{
    m_world->addVapiAccount();
    auto wizard = makeWizard();
    wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(wizard.get()));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(OrganizationWizard::OrganizationPage));
    auto *errors = child<QLabel>(*wizard, "organizationErrorLabel");
    const QStringList lines = errors->text().split(u'\n');
    QVERIFY2(lines.size() >= 2, qPrintable(errors->text()));
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("Display name: ")), qPrintable(errors->text()));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("Slug: ")), qPrintable(errors->text()));
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(*wizard, "nameEdit"));

    // Typing the name (the slug follows it) clears both, without pressing Next again.
    QTest::keyClicks(child<QLineEdit>(*wizard, "nameEdit"), QStringLiteral("Bright Smiles"));
    QVERIFY2(errors->text().isEmpty(), qPrintable(errors->text()));
}

// Found by the GUI walk: after Vapi refused the key, Next went on, Finish saved the refused key
// as the workspace's, and every organization on it went offline. A refused key (or Twilio
// secret) holds the wizard until it is changed; a Vapi that does not answer does not.
void TestOrganizationWizard::refusedCredentialsHoldTheWizard()
{
    m_world->addVapiAccount();
    auto wizard = makeWizard();
    wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(wizard.get()));
    fillOrganization(*wizard);
    wizard->next();
    QCOMPARE(wizard->currentId(), int(OrganizationWizard::VapiPage));
    QSignalSpy vapi(wizard.get(), &OrganizationWizard::testVapiRequested);
    child<QRadioButton>(*wizard, "ownVapiRadio")->setChecked(true);
    auto *key = child<QLineEdit>(*wizard, "vapiKeyEdit");
    key->setText(QStringLiteral("the-public-key-by-mistake"));
    wizard->next(); // asks Vapi first
    QCOMPARE(vapi.count(), 1);
    wizard->setVapiTestResult(false, QStringLiteral("Vapi refused the key (401)."), {}, true);
    QCOMPARE(wizard->currentId(), int(OrganizationWizard::VapiPage));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(OrganizationWizard::VapiPage)); // held
    auto *errors = child<QLabel>(*wizard, "vapiErrorLabel");
    QVERIFY2(errors->text().contains(QStringLiteral("Vapi refused this key")),
            qPrintable(errors->text()));
    wizard->accept(); // Finish is held as well
    QVERIFY(wizard->isVisible());
    QCOMPARE(wizard->currentId(), int(OrganizationWizard::VapiPage));

    // Another key: the refusal no longer holds, and Vapi's answer about the old key goes (the
    // second walk: it stayed, and "Connected" stayed beside a key typed over a tested one).
    auto *answer = child<QLabel>(*wizard, "vapiTestResultLabel");
    QVERIFY(!answer->text().isEmpty());
    key->selectAll();
    QTest::keyClicks(key, QStringLiteral("the-private-key"));
    QVERIFY2(answer->text().isEmpty(), qPrintable(answer->text()));
    QVERIFY(errors->text().isEmpty());
    wizard->next();
    QCOMPARE(vapi.count(), 2);
    wizard->setVapiTestResult(
            true, QStringLiteral("Connected to Vapi account org-2."), QStringLiteral("org-2"));
    QCOMPARE(wizard->currentId(), int(OrganizationWizard::TwilioPage));

    // Twilio's refusal holds its page the same way.
    fillTwilio(*wizard, goodSid());
    child<QPushButton>(*wizard, "testTwilioButton")->click();
    wizard->setTwilioTestResult(
            false, QStringLiteral("Twilio refused the credentials (401)."), true);
    wizard->next();
    QCOMPARE(wizard->currentId(), int(OrganizationWizard::TwilioPage));
    QVERIFY2(child<QLabel>(*wizard, "twilioErrorLabel")
                     ->text()
                     .contains(QStringLiteral("Twilio refused these credentials")),
            qPrintable(child<QLabel>(*wizard, "twilioErrorLabel")->text()));
    // Twilio not answering is no refusal: the page goes on.
    child<QLineEdit>(*wizard, "authTokenEdit")->setText(QStringLiteral("another-token"));
    child<QPushButton>(*wizard, "testTwilioButton")->click();
    wizard->setTwilioTestResult(false, QStringLiteral("Twilio did not answer."), false);
    wizard->next();
    QCOMPARE(wizard->currentId(), int(OrganizationWizard::NumbersPage));
    Test::settledScreenshot(wizard.get(), QStringLiteral("wizard-after-refused-key"));
}

void TestOrganizationWizard::editsAnExistingOrganization()
{
    m_world->populate();
    auto wizard = makeWizard(m_world->acme.id);
    QCOMPARE(wizard->windowTitle(), QStringLiteral("Edit the organization"));
    QCOMPARE(child<QLineEdit>(*wizard, "slugEdit")->text(), QStringLiteral("acme"));
    // Issue 17: the slug changed on edit and broke the scripts that name it; it is shown, not
    // edited, and the workspace refuses a change however it comes.
    auto *slug = child<QLineEdit>(*wizard, "slugEdit");
    QVERIFY(slug->isReadOnly());
    QTest::keyClicks(slug, QStringLiteral("-two"));
    QCOMPARE(slug->text(), QStringLiteral("acme"));
    // …and it says so where it is read, not only in a tooltip; the field looks read-only.
    QVERIFY2(wizard->page(OrganizationWizard::OrganizationPage)
                     ->subTitle()
                     .contains(QStringLiteral("The slug stays as it was chosen")),
            qPrintable(wizard->page(OrganizationWizard::OrganizationPage)->subTitle()));
    QVERIFY(slug->palette().color(QPalette::Base) != QApplication::palette().color(QPalette::Base));
    QVERIFY(child<QCheckBox>(*wizard, "ownTwilioCheck")->isChecked());
    QCOMPARE(child<QLineEdit>(*wizard, "twilioSidEdit")->text(), m_world->acmeTwilio.accountSid);
    QCOMPARE(child<QListWidget>(*wizard, "poolCheckList")->count(), 2);
    // The keychain has the token already: saving without retyping it is fine.
    child<QLineEdit>(*wizard, "contactEdit")->setText(QStringLiteral("front@acme.example"));
    QSignalSpy saved(wizard.get(), &OrganizationWizard::organizationSaved);
    wizard->accept();
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(m_world->organizations.findById(m_world->acme.id)->contact,
            QStringLiteral("front@acme.example"));
    QVERIFY(wizard->secrets().isEmpty());
    QCOMPARE(m_keychain->operationCount(), 0);
}

// Issue 17: the wizard had no step indicator and no field for the free-number cap of a
// customer's own Vapi account (Vapi may grant an account another cap than its documented one).
void TestOrganizationWizard::anOwnVapiAccountTakesItsCapAndTheStepsAreShown()
{
    m_world->addVapiAccount(1); // a workspace account Vapi grants one free number
    auto wizard = makeWizard();
    wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(wizard.get()));
    auto *steps = wizard->findChild<WizardSteps *>(QStringLiteral("wizardSteps"));
    QVERIFY(steps);
    QVERIFY(steps->isVisible());
    QCOMPARE(steps->text(), QStringLiteral("Step 1 of 4: Organization"));
    QCOMPARE(steps->accessibleName(), steps->text());
    fillOrganization(*wizard);
    wizard->next();
    QCOMPARE(steps->text(), QStringLiteral("Step 2 of 4: Vapi account"));

    auto *cap = child<QSpinBox>(*wizard, "freeCapSpin");
    // The workspace's account, greyed, as it is (found by the walk: its cap of 1 read 5); its
    // cap is the workspace's setting, and the page says where it is changed.
    QCOMPARE(cap->value(), 1);
    QVERIFY(!cap->isEnabled());
    const QString hint = child<QLabel>(*wizard, "vapiAccountHintLabel")->text();
    QVERIFY2(hint.contains(QStringLiteral("File → Settings")), qPrintable(hint));
    QVERIFY2(!hint.contains(QStringLiteral("Leave the key empty")), qPrintable(hint));
    child<QRadioButton>(*wizard, "ownVapiRadio")->setChecked(true);
    QVERIFY(cap->isEnabled());
    QCOMPARE(cap->value(), VapiAccount::DefaultFreeNumberCap); // an own account's starts here
    cap->setValue(12);
    child<QLineEdit>(*wizard, "vapiKeyEdit")->setText(QStringLiteral("own-vapi-key-5678"));
    Test::settledScreenshot(wizard.get(), QStringLiteral("wizard-own-vapi-cap"));
    answerVapiTests(*wizard, QStringLiteral("org-of-bright-smiles"));
    QSignalSpy saved(wizard.get(), &OrganizationWizard::organizationSaved);
    wizard->accept();
    QTRY_COMPARE(saved.count(), 1);

    const auto organization = m_world->organizations.findBySlug(QStringLiteral("bright-smiles"));
    QVERIFY(organization);
    std::optional<VapiAccount> own;
    for (const VapiAccount &account : m_world->accounts.vapiAccounts()) {
        if (account.organizationId == organization->id)
            own = account;
    }
    QVERIFY(own);
    QCOMPARE(own->freeNumberCap, 12);
    QVERIFY(own->capSource == CapSource::Manual);

    // Edited without touching it, the cap and its source stay.
    auto edit = makeWizard(organization->id);
    QCOMPARE(child<QSpinBox>(*edit, "freeCapSpin")->value(), 12);
    QSignalSpy savedAgain(edit.get(), &OrganizationWizard::organizationSaved);
    edit->accept();
    QTRY_COMPARE(savedAgain.count(), 1);
    for (const VapiAccount &account : m_world->accounts.vapiAccounts()) {
        if (account.organizationId == organization->id) {
            QCOMPARE(account.freeNumberCap, 12);
            QCOMPARE(account.capSetAt, own->capSetAt);
        }
    }
}

QTEST_MAIN(TestOrganizationWizard)
#include "TestOrganizationWizard.moc"
