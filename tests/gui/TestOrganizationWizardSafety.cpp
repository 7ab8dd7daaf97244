// SPDX-License-Identifier: Apache-2.0
#include "WizardFixture.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

using namespace Switchboard;

// What the organization wizard refuses before it saves, and what it leaves behind when the
// keychain refuses (issue 13): a number of another pool, a Vapi account another organization
// uses (unless confirmed), and any part of an organization whose secret was not taken.
class TestOrganizationWizardSafety
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
    void refusesANumberInAnotherPool();
    void asksForConfirmationOfASharedVapiAccount();
    void aKeyOfAnEmptyVapiAccountIsNotHeldUp();
    void keychainRefusalLeavesNothingBehind();
    void keychainRefusalPutsARotatedKeyBack();
};

// A pool number belongs to one pool only: another organization's, or the workspace's, is
// refused before anything is saved, naming who holds it (issue 13).
void TestOrganizationWizardSafety::refusesANumberInAnotherPool()
{
    m_world->populate(); // Acme Dental's pool holds +1 415-555-2680 and +1 415-555-2672
    QCOMPARE(Test::addToPool(m_world->pool, m_world->workspaceTwilio.id,
                     {PhoneAddress::parse(QStringLiteral("+14155552690"))}),
            1);
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
    QTRY_COMPARE(saved.count(), 1);
    auto edit = makeWizard(m_world->acme.id);
    edit->show();
    child<QPlainTextEdit>(*edit, "poolEdit")->appendPlainText(QStringLiteral("+1 415 555 2681"));
    QSignalSpy editSaved(edit.get(), &OrganizationWizard::organizationSaved);
    edit->accept();
    QTRY_COMPARE(editSaved.count(), 1);
    QCOMPARE(m_world->pool.numbers(m_world->acmeTwilio.id).size(), 3);
}

// A key that reaches the Vapi account of another organization: the Vapi page names it and
// goes on only once "Yes, these organizations share one Vapi account" is ticked (issue 13).
void TestOrganizationWizardSafety::asksForConfirmationOfASharedVapiAccount()
{
    m_world->populate();
    VapiAccount zetaOwn;
    zetaOwn.organizationId = m_world->zeta.id;
    zetaOwn.label = QStringLiteral("Zeta");
    zetaOwn.vapiOrgId = QStringLiteral("org-of-zeta");
    QVERIFY(m_world->accounts.saveVapiAccount(zetaOwn));

    auto wizard = makeWizard();
    wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(wizard.get()));
    fillOrganization(*wizard);
    wizard->next();
    QCOMPARE(wizard->currentId(), int(OrganizationWizard::VapiPage));
    child<QRadioButton>(*wizard, "ownVapiRadio")->setChecked(true);
    const QString key = QStringLiteral("zetas-key-typed-again");
    child<QLineEdit>(*wizard, "vapiKeyEdit")->setText(key);
    auto *warning = child<QLabel>(*wizard, "sharedVapiWarningLabel");
    auto *confirm = child<QCheckBox>(*wizard, "sharedVapiConfirmCheck");
    QVERIFY(!warning->isVisible());
    QVERIFY(!confirm->isVisible());

    QSignalSpy asked(wizard.get(), &OrganizationWizard::testVapiRequested);
    answerVapiTests(*wizard, QStringLiteral("org-of-zeta"));
    wizard->next(); // asks Vapi first; the page waits, the event loop runs
    QCOMPARE(asked.count(), 1);
    QCOMPARE(asked.at(0).at(1).toString(), key);
    QCOMPARE(wizard->currentId(), int(OrganizationWizard::VapiPage));
    QTRY_VERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(QStringLiteral("Zeta Clinics already uses")),
            qPrintable(warning->text()));
    QVERIFY(confirm->isVisible());
    QVERIFY(!confirm->isChecked());
    QCOMPARE(confirm->text().remove(u'&'),
            QStringLiteral("Yes, these organizations share one Vapi account"));
    QTest::qWait(50);
    QCOMPARE(wizard->currentId(), int(OrganizationWizard::VapiPage));

    wizard->next(); // not confirmed: refused, without asking Vapi again
    QCOMPARE(wizard->currentId(), int(OrganizationWizard::VapiPage));
    QCOMPARE(asked.count(), 1);
    const QString error = child<QLabel>(*wizard, "vapiErrorLabel")->text();
    QVERIFY2(error.startsWith(QStringLiteral("Vapi account: is the one Zeta Clinics uses already")),
            qPrintable(error));
    QCOMPARE(wizard->focusWidget(), confirm);
    Test::settledScreenshot(wizard.get(), QStringLiteral("shared-vapi-account"));

    // Another key: the warning is gone; the shared key again: it is back, still unconfirmed.
    child<QLineEdit>(*wizard, "vapiKeyEdit")->setText(QStringLiteral("another-key"));
    QVERIFY(!warning->isVisible());
    child<QLineEdit>(*wizard, "vapiKeyEdit")->setText(key);
    QVERIFY(warning->isVisible());
    QVERIFY(!confirm->isChecked());

    confirm->setChecked(true);
    wizard->next();
    QCOMPARE(wizard->currentId(), int(OrganizationWizard::TwilioPage));
    QSignalSpy saved(wizard.get(), &OrganizationWizard::organizationSaved);
    wizard->accept();
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(asked.count(), 1);
    const auto own = m_world->accounts.vapiAccountServing(saved.at(0).at(0).toLongLong());
    QVERIFY(own && !own->isWorkspaceAccount());
    QCOMPARE(own->vapiOrgId, QStringLiteral("org-of-zeta"));
    QCOMPARE(keychainValue(SecretKey::forAccount(*own)), key);
}

// When Vapi cannot tell which account a key reaches (an account without numbers or assistants),
// the wizard says so and goes on: nothing to compare, nothing to hold up.
void TestOrganizationWizardSafety::aKeyOfAnEmptyVapiAccountIsNotHeldUp()
{
    m_world->populate();
    auto wizard = makeWizard();
    wizard->show();
    fillOrganization(*wizard);
    wizard->next();
    child<QRadioButton>(*wizard, "ownVapiRadio")->setChecked(true);
    child<QLineEdit>(*wizard, "vapiKeyEdit")->setText(QStringLiteral("key-of-an-empty-account"));
    QSignalSpy asked(wizard.get(), &OrganizationWizard::testVapiRequested);
    answerVapiTests(*wizard, QString());
    wizard->next();
    QCOMPARE(asked.count(), 1);
    QTRY_COMPARE(wizard->currentId(), int(OrganizationWizard::TwilioPage));
    QVERIFY(!child<QLabel>(*wizard, "sharedVapiWarningLabel")->isVisible());
}

// The keychain refuses the Twilio token after it took the Vapi key: the key is taken out again,
// the organization with its accounts and pool is rolled back, and the page says why (issue 13).
void TestOrganizationWizardSafety::keychainRefusalLeavesNothingBehind()
{
    m_world->addVapiAccount();
    auto wizard = makeWizard();
    wizard->show();
    fillOrganization(*wizard);
    wizard->next();
    child<QRadioButton>(*wizard, "ownVapiRadio")->setChecked(true);
    child<QLineEdit>(*wizard, "vapiKeyEdit")->setText(QStringLiteral("own-vapi-key-5c1d"));
    answerVapiTests(*wizard, QStringLiteral("org-bright-smiles"));
    wizard->next();
    QTRY_COMPARE(wizard->currentId(), int(OrganizationWizard::TwilioPage));
    fillTwilio(*wizard, goodSid());
    wizard->next();
    child<QPlainTextEdit>(*wizard, "poolEdit")->setPlainText(QStringLiteral("+1 415 555 2671"));
    // Twilio asked about the pool first, so that Finish goes straight to saving.
    child<QPushButton>(*wizard, "checkPoolButton")->click();
    QTRY_VERIFY(child<QPushButton>(*wizard, "checkPoolButton")->isEnabled());

    m_keychain->refuseTwilio = true;
    QSignalSpy saved(wizard.get(), &OrganizationWizard::organizationSaved);
    wizard->accept();
    QVERIFY(wizard->isSaving());
    QTRY_VERIFY(!wizard->isSaving());
    QCOMPARE(saved.count(), 0);
    QVERIFY(wizard->isVisible());
    QCOMPARE(wizard->currentId(), int(OrganizationWizard::NumbersPage));
    auto *error = child<QLabel>(*wizard, "numbersErrorLabel");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().startsWith(QStringLiteral(
                     "Nothing was saved: the keychain did not take the Twilio auth token.")),
            qPrintable(error->text()));
    QVERIFY(!error->text().contains(QStringLiteral("token-that-must-stay-secret")));
    QVERIFY(m_world->organizations.list().isEmpty());
    QCOMPARE(m_world->accounts.vapiAccounts().size(), 1); // the workspace's only
    QVERIFY(m_world->accounts.twilioAccounts().isEmpty());
    QCOMPARE(m_keychain->size(), 0); // the Vapi key it took is gone again
    QVERIFY(m_secretIndex->forWorkspace().isEmpty());
    QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
    Test::settledScreenshot(wizard.get(), QStringLiteral("keychain-refused"));

    // The keychain takes it now: the same wizard saves all of it.
    m_keychain->refuseTwilio = false;
    wizard->accept();
    QTRY_COMPARE(saved.count(), 1);
    const qint64 id = saved.at(0).at(0).toLongLong();
    QCOMPARE(m_secretIndex->forOrganization(id).size(), 2);
    QCOMPARE(m_keychain->size(), 2);
}

// A rotation refused half way: the key that was replaced gets its old value back.
void TestOrganizationWizardSafety::keychainRefusalPutsARotatedKeyBack()
{
    m_world->populate();
    VapiAccount acmeOwn;
    acmeOwn.organizationId = m_world->acme.id;
    acmeOwn.label = QStringLiteral("Acme");
    QVERIFY(m_world->accounts.saveVapiAccount(acmeOwn));
    const SecretKey vapiKey = SecretKey::forAccount(acmeOwn);
    SecretJob *stored = m_credentials->set(vapiKey, QStringLiteral("old-vapi-key"));
    QSignalSpy storedSpy(stored, &SecretJob::finished);
    QVERIFY(storedSpy.wait(2000));

    auto wizard = makeWizard(m_world->acme.id);
    wizard->show();
    child<QLineEdit>(*wizard, "contactEdit")->setText(QStringLiteral("new@acme.example"));
    wizard->next();
    child<QLineEdit>(*wizard, "vapiKeyEdit")->setText(QStringLiteral("new-vapi-key"));
    answerVapiTests(*wizard, QStringLiteral("org-acme"));
    wizard->next();
    QTRY_COMPARE(wizard->currentId(), int(OrganizationWizard::TwilioPage));
    child<QLineEdit>(*wizard, "authTokenEdit")->setText(QStringLiteral("new-twilio-token"));
    m_keychain->refuseTwilio = true;
    wizard->accept();
    QTRY_VERIFY(!wizard->isSaving());
    QVERIFY(wizard->isVisible());
    QCOMPARE(keychainValue(vapiKey), QStringLiteral("old-vapi-key"));
    QVERIFY(m_secretIndex->find(vapiKey).has_value());
    QCOMPARE(m_world->organizations.findById(m_world->acme.id)->contact, QString());
    QVERIFY(m_world->accounts.vapiAccount(acmeOwn.id)->vapiOrgId.isEmpty());
}

QTEST_MAIN(TestOrganizationWizardSafety)
#include "TestOrganizationWizardSafety.moc"
