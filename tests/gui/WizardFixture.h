// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "GuiTestSupport.h"
#include "GuiWorld.h"
#include "core/secrets/CredentialService.h"
#include "core/secrets/MemorySecretStore.h"
#include "core/secrets/SecretIndex.h"
#include "core/secrets/SecretJob.h"
#include "core/secrets/SecretKey.h"
#include "gui/dialogs/OrganizationWizard.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <memory>

namespace Switchboard::Test {

// The in-memory keychain, which can be told to refuse the Twilio secrets only: so that a
// refusal comes after the Vapi key was taken, and the wizard has something to take back.
class KeychainRefusingTwilio : public MemorySecretStore
{
public:
    bool refuseTwilio = false;

    SecretJob *write(const SecretKey &key, const QString &value) override
    {
        if (!refuseTwilio || key.api() != SecretApi::Twilio)
            return MemorySecretStore::write(key, value);
        auto *job = new SecretJob(SecretJob::Operation::Write, key);
        job->finishLater(SecretError::denied(key, QStringLiteral("the user said no")));
        return job;
    }
};

// What the organization wizard's tests share: a workspace (GuiWorld), a keychain in memory
// behind a CredentialService, and the wizard over them.
class WizardFixture
{
protected:
    void setUpWizardWorld()
    {
        m_world = std::make_unique<GuiWorld>();
        m_keychain = std::make_unique<KeychainRefusingTwilio>();
        m_secretIndex = std::make_unique<SecretIndex>(m_world->workspace.database());
        m_credentials = std::make_unique<CredentialService>(
                *m_keychain, *m_secretIndex, EnvironmentCredentials());
    }

    void tearDownWizardWorld()
    {
        m_credentials.reset();
        m_secretIndex.reset();
        m_keychain.reset();
        m_world.reset();
    }

    // answerPoolChecks: answer the wizard's "ask Twilio about the pool" as a console without a
    // reachable Twilio would (nothing known), so that Finish goes on; tests of the check answer
    // it themselves, against a sandbox.
    std::unique_ptr<OrganizationWizard> makeWizard(
            qint64 organizationId = 0, bool answerPoolChecks = true)
    {
        OrganizationWizardDependencies deps;
        deps.database = &m_world->workspace.database();
        deps.organizations = &m_world->organizations;
        deps.accounts = &m_world->accounts;
        deps.pool = &m_world->pool;
        deps.credentials = m_credentials.get();
        auto wizard = std::make_unique<OrganizationWizard>(deps, organizationId);
        wizard->resize(700, 580);
        if (answerPoolChecks) {
            OrganizationWizard *w = wizard.get();
            QObject::connect(w, &OrganizationWizard::checkPoolRequested, w,
                    [w](const QString &sid, const QString &, const QString &,
                            const QList<PhoneAddress> &numbers, bool) {
                        QTimer::singleShot(10, w, [w, sid, numbers] {
                            ApiError offline;
                            offline.hint = QStringLiteral("no Twilio in this test");
                            QList<PoolCheckResult> results;
                            for (const PhoneAddress &number : numbers)
                                results << PoolNumberCheck::unanswered(number, sid, offline);
                            w->setPoolCheckResults(results);
                        });
                    });
        }
        return wizard;
    }

    template<typename T>
    static T *child(OrganizationWizard &wizard, const char *name)
    {
        return wizard.findChild<T *>(QLatin1String(name));
    }

    static void fillOrganization(OrganizationWizard &wizard)
    {
        QTest::keyClicks(child<QLineEdit>(wizard, "nameEdit"), QStringLiteral("Bright Smiles"));
        child<QLineEdit>(wizard, "contactEdit")
                ->setText(QStringLiteral("ops@brightsmiles.example"));
    }

    static void fillTwilio(OrganizationWizard &wizard, const QString &sid)
    {
        child<QCheckBox>(wizard, "ownTwilioCheck")->setChecked(true);
        child<QLineEdit>(wizard, "twilioSidEdit")->setText(sid);
        child<QLineEdit>(wizard, "authTokenEdit")
                ->setText(QStringLiteral("token-that-must-stay-secret"));
    }

    static QString goodSid() { return GuiWorld::sid('A', 'C', 0xabc); }

    // The secret as the keychain holds it now; empty when it holds none.
    QString keychainValue(const SecretKey &key)
    {
        if (!m_keychain->contains(key))
            return {};
        SecretJob *job = m_keychain->read(key);
        QSignalSpy done(job, &SecretJob::finished);
        if (!done.wait(2000))
            return {};
        return job->value();
    }

    // Answers every "which Vapi account does this key reach" of the wizard as Vapi would,
    // a little later, as a network answer comes.
    static void answerVapiTests(OrganizationWizard &wizard, const QString &vapiOrgId)
    {
        QObject::connect(
                &wizard, &OrganizationWizard::testVapiRequested, &wizard, [&wizard, vapiOrgId] {
                    QTimer::singleShot(10, &wizard, [&wizard, vapiOrgId] {
                        wizard.setVapiTestResult(true, QStringLiteral("Connected."), vapiOrgId);
                    });
                });
    }

    std::unique_ptr<GuiWorld> m_world;
    std::unique_ptr<KeychainRefusingTwilio> m_keychain;
    std::unique_ptr<SecretIndex> m_secretIndex;
    std::unique_ptr<CredentialService> m_credentials;
};

} // namespace Switchboard::Test
