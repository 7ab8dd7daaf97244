// SPDX-License-Identifier: Apache-2.0
#include "core/setup/ConnectionTest.h"

#include "core/api/TwilioClient.h"
#include "core/api/VapiClient.h"
#include "core/provisioning/ApiClientProvider.h"
#include "core/storage/AccountStore.h"

#include <QPointer>
#include <QTimer>

namespace Switchboard {

ConnectionTest::ConnectionTest(ApiClientProvider &clients, AccountStore &accounts, QObject *parent)
    : QObject(parent)
    , m_clients(clients)
    , m_accounts(accounts)
{ }

// Every path of a test reports through this, once, from the event loop; nothing when `context`
// is gone by then.
ConnectionTest::Reported ConnectionTest::reporter(QObject *context, const Reported &done)
{
    return [this, guard = QPointer<QObject>(context), done](const Report &result) {
        QTimer::singleShot(0, this, [guard, done, result] {
            if (guard && done)
                done(result);
        });
    };
}

namespace {

// The service's own "these credentials are wrong" (401/403 from the API), not a 403 from
// something in front of it (Category::Blocked), which says nothing about the key.
bool refusedCredentials(const ApiError &error)
{
    return error.category == ApiError::Category::Auth;
}

} // namespace

void ConnectionTest::testVapi(
        Region region, const QString &privateKey, QObject *context, const Reported &done)
{
    const Reported report = reporter(context, done);
    auto learned = [report](const ApiResult<QString> &result) {
        if (!result) {
            report({false, result.error().toString(), {}, refusedCredentials(result.error())});
            return;
        }
        const QString &orgId = result.value();
        report({true,
                orgId.isEmpty()
                        ? tr("Connected. The account holds no phone number and no assistant yet, "
                             "so which Vapi account it is cannot be told; it is not compared with "
                             "the other organizations' accounts.")
                        : tr("Connected to Vapi account %1.").arg(orgId),
                orgId});
    };
    if (privateKey.isEmpty()) {
        const auto account = m_accounts.workspaceVapiAccount();
        if (!account) {
            report({false, tr("The workspace has no Vapi account yet: enter its private key."),
                    {}});
            return;
        }
        m_clients.vapiClient(
                *account, this, [report, learned](VapiClient *client, const QString &error) {
                    if (!client) {
                        report({false, error, {}});
                        return;
                    }
                    client->fetchOrgId(client, learned);
                });
        return;
    }
    // Built where every client is, so it goes where the workspace's clients go (the sandbox of
    // a sandbox session, never the real service then).
    VapiAccount typedIn;
    typedIn.region = region;
    VapiClient *client = m_clients.newVapiClient(typedIn, privateKey, this);
    client->fetchOrgId(this, [client, learned](const ApiResult<QString> &result) {
        learned(result);
        client->deleteLater();
    });
}

void ConnectionTest::testTwilio(const QString &accountSid, const QString &apiKeySid,
        const QString &secret, QObject *context, const Reported &done)
{
    const Reported report = reporter(context, done);
    // Asks for one number, not for the account: Twilio refuses /Accounts to Standard API keys,
    // which would report a working key as wrong.
    auto checked = [report, accountSid](const ApiResult<Done> &result) {
        report({result.ok(),
                result.ok() ? tr("Connected: these credentials may manage the numbers of Twilio "
                                 "account %1.")
                                      .arg(accountSid)
                            : result.error().toString(),
                {}, !result.ok() && refusedCredentials(result.error())});
    };
    if (secret.isEmpty()) {
        const auto account = m_accounts.workspaceTwilioAccount();
        if (!account || account->accountSid != accountSid) {
            report({false, tr("Enter the account's secret to test it."), {}});
            return;
        }
        m_clients.twilioClient(*account, this,
                [report, checked](
                        TwilioClient *client, const TwilioCredentials &, const QString &error) {
                    if (!client) {
                        report({false, error, {}});
                        return;
                    }
                    client->checkAccess(client, checked);
                });
        return;
    }
    TwilioAccount typedIn;
    typedIn.accountSid = accountSid;
    typedIn.authMode = apiKeySid.isEmpty() ? TwilioAuthMode::AuthToken : TwilioAuthMode::ApiKey;
    typedIn.apiKeySid = apiKeySid;
    TwilioClient *client = m_clients.newTwilioClient(typedIn, secret, this);
    client->checkAccess(this, [client, checked](const ApiResult<Done> &result) {
        checked(result);
        client->deleteLater();
    });
}

} // namespace Switchboard
