// SPDX-License-Identifier: Apache-2.0
// The console's dialogs wired to the core: the organization wizard and Settings, their saves,
// connection tests and pool checks.
#include "gui/ConsoleController.h"

#include "core/provisioning/ApiClientProvider.h"
#include "core/provisioning/Reconciliation.h"
#include "core/secrets/CredentialService.h"
#include "core/setup/ConnectionTest.h"
#include "core/snapshot/SnapshotCache.h"
#include "core/storage/AccountStore.h"
#include "gui/MainWindow.h"
#include "gui/PoolCheckAfterSave.h"
#include "gui/dialogs/OrganizationWizard.h"
#include "gui/dialogs/SettingsDialog.h"

namespace Switchboard {

void ConsoleController::connectWizard(OrganizationWizard *wizard)
{
    connect(wizard, &OrganizationWizard::testVapiRequested, this,
            [this, wizard](Region region, const QString &privateKey) {
                m_connectionTest->testVapi(
                        region, privateKey, wizard, [wizard](const ConnectionTest::Report &report) {
                            wizard->setVapiTestResult(
                                    report.ok, report.message, report.vapiOrgId, report.refused);
                        });
            });
    connect(wizard, &OrganizationWizard::testTwilioRequested, this,
            [this, wizard](
                    const QString &accountSid, const QString &apiKeySid, const QString &secret) {
                m_connectionTest->testTwilio(accountSid, apiKeySid, secret, wizard,
                        [wizard](const ConnectionTest::Report &report) {
                            wizard->setTwilioTestResult(report.ok, report.message, report.refused);
                        });
            });
    connect(wizard, &OrganizationWizard::checkPoolRequested, this,
            [this, wizard](const QString &accountSid, const QString &apiKeySid,
                    const QString &secret, const QList<PhoneAddress> &numbers, bool clearRouting) {
                checkPool(accountSid, apiKeySid, secret, numbers, clearRouting, wizard,
                        [wizard](const QList<PoolCheckResult> &results) {
                            wizard->setPoolCheckResults(results);
                        });
            });
}

void ConsoleController::checkPool(const QString &accountSid, const QString &apiKeySid,
        const QString &secret, const QList<PhoneAddress> &numbers, bool clearRouting,
        QObject *context, const PoolCheckReport &report)
{
    QPointer<QObject> guard(context);
    // The account this SID is saved as, if any: what Twilio says is kept with its pool.
    std::optional<TwilioAccount> saved;
    for (const TwilioAccount &account : snapshot().twilioAccounts) {
        if (account.accountSid == accountSid)
            saved = account;
    }
    auto run = [this, guard, report, accountSid, numbers, clearRouting, saved](
                       TwilioClient *client, bool owned) {
        auto *checking = new PoolCheckRun(*client, accountSid, numbers, this);
        checking->setClearRouting(clearRouting);
        if (saved)
            checking->recordIn(services().pool, saved->id, services().clock);
        connect(checking, &PoolCheckRun::finished, this,
                [guard, report, client, owned](const QList<PoolCheckResult> &results) {
                    if (owned)
                        client->deleteLater();
                    if (guard)
                        report(results);
                });
        checking->start();
    };
    auto unanswered = [guard, report, accountSid, numbers](const QString &why) {
        if (!guard)
            return;
        ApiError error;
        error.category = ApiError::Category::Refused;
        error.hint = why;
        QList<PoolCheckResult> results;
        for (const PhoneAddress &number : numbers)
            results << PoolNumberCheck::unanswered(number, accountSid, error);
        report(results);
    };
    if (secret.isEmpty()) {
        if (!saved) {
            unanswered(tr("Enter the account's secret to ask Twilio."));
            return;
        }
        services().clients->twilioClient(*saved, this,
                [run, unanswered](
                        TwilioClient *client, const TwilioCredentials &, const QString &error) {
                    if (!client) {
                        unanswered(error);
                        return;
                    }
                    run(client, false);
                });
        return;
    }
    // Through the one provider that knows the workspace's base URLs (a sandbox stays local).
    TwilioAccount typedIn;
    typedIn.accountSid = accountSid;
    typedIn.authMode = apiKeySid.isEmpty() ? TwilioAuthMode::AuthToken : TwilioAuthMode::ApiKey;
    typedIn.apiKeySid = apiKeySid;
    run(services().clients->newTwilioClient(typedIn, secret, this), true);
}

void ConsoleController::connectSettings(SettingsDialog *dialog)
{
    connect(dialog, &SettingsDialog::testVapiRequested, this,
            [this, dialog](Region region, const QString &privateKey) {
                m_connectionTest->testVapi(
                        region, privateKey, dialog, [dialog](const ConnectionTest::Report &report) {
                            dialog->setVapiTestResult(report.ok, report.message);
                        });
            });
    connect(dialog, &SettingsDialog::testTwilioRequested, this,
            [this, dialog](
                    const QString &accountSid, const QString &apiKeySid, const QString &secret) {
                m_connectionTest->testTwilio(accountSid, apiKeySid, secret, dialog,
                        [dialog](const ConnectionTest::Report &report) {
                            dialog->setTwilioTestResult(report.ok, report.message);
                        });
            });
    // Straight from the dialog to the keychain; nothing else ever sees the values. The dialog
    // waits for the keychain's answer, and a workspace account made by this save leaves again
    // when its key was not kept.
    connect(dialog, &SettingsDialog::settingsSaved, this,
            [this, dialog = QPointer<SettingsDialog>(dialog)] {
                const bool listAfterwards = dialog->isWorkspaceSetup();
                const qint64 created = dialog->createdVapiAccountId();
                const auto secrets = dialog->secrets();
                const auto twilio = dialog->savedTwilioAccount();
                const QList<PhoneAddress> added
                        = twilio ? dialog->addedPoolNumbers() : QList<PhoneAddress>();
                // Asked once the keys are kept: the check reads the Twilio secret from there.
                const auto checkPool = [this, twilio, added] {
                    if (twilio)
                        PoolCheckAfterSave::run(services(), *twilio, added, this,
                                [this](const QString &said) { say(said); });
                };
                if (secrets.isEmpty()) {
                    checkPool();
                    return;
                }
                struct Progress
                {
                    int left = 0;
                    bool vapiKept = false;
                    QStringList errors;
                };
                auto progress = std::make_shared<Progress>();
                progress->left = int(secrets.size());
                for (const auto &[key, value] : secrets) {
                    SecretJob *job = m_credentials.set(key, value);
                    const bool vapiKey = key.api() == SecretApi::Vapi;
                    job->then(this,
                            [this, dialog, progress, vapiKey, listAfterwards, created, checkPool](
                                    SecretJob *finished) {
                                if (finished->error())
                                    progress->errors << finished->error().message;
                                else if (vapiKey)
                                    progress->vapiKept = true;
                                if (--progress->left > 0)
                                    return;
                                settingsSecretsKept(dialog, progress->errors, progress->vapiKept,
                                        listAfterwards, created);
                                if (progress->errors.isEmpty())
                                    checkPool();
                            });
                }
            });
}

void ConsoleController::settingsSecretsKept(const QPointer<SettingsDialog> &dialog,
        const QStringList &errors, bool vapiKept, bool listAfterwards, qint64 createdVapiAccount)
{
    if (errors.isEmpty()) {
        if (dialog)
            dialog->secretsKept({});
        // A workspace just set up is listed once its key is kept: its assistants, its numbers,
        // and whether Vapi takes the key at all.
        if (listAfterwards && vapiKept)
            refresh(0);
        return;
    }
    QString message = tr("The keychain did not keep a key: %1").arg(errors.join(u"; "));
    if (createdVapiAccount && !vapiKept) {
        message += u' '
                + tr("The workspace's Vapi account is not set up: save again once the keychain "
                     "takes the key.");
        m_window.snapshots().write(
                [createdVapiAccount](const WorkspaceStores &stores) {
                    return stores.accounts->removeVapiAccount(createdVapiAccount);
                },
                this,
                [this](const WriteResult &removed) {
                    if (!removed)
                        say(tr("The Vapi account without its key could not be taken out of the "
                               "workspace: %1")
                                        .arg(removed.message()));
                });
    } else {
        message += u' '
                + tr("Save again once the keychain takes it; until then, the key it had before "
                     "(if any) stays in use.");
    }
    say(message);
    if (dialog)
        dialog->secretsKept(message);
}

} // namespace Switchboard
