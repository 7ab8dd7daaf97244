#pragma once

#include "ProvisioningServices.h"
#include "api/ApiResult.h"
#include "domain/PhoneNumber.h"
#include "domain/ProvisioningAttempt.h"
#include "domain/VapiAccount.h"

#include <QList>
#include <QObject>

namespace Switchboard {

class VapiClient;

// At start-up: completes the attempts a crash or a killed process left in flight. For each one
// it asks Vapi whether the number was made (by the tag the create carried, or by the assistant
// it routes to). If so the attempt succeeded after all; if not its steps failed, its pool claims
// are released, and a Twilio number bought but never imported returns to the pool. An attempt
// whose APIs cannot be reached stays in flight for the next start. Last, pool numbers still
// claimed by finished attempts (an import whose outcome was unknown) are settled against fresh
// listings of every Vapi account: imported if Vapi has them, available again if not.
class Reconciliation : public QObject
{
    Q_OBJECT

public:
    struct Summary
    {
        int succeeded = 0; // the number had been made
        int failed = 0; // nothing had been made
        int pending = 0; // could not be checked now
    };

    Reconciliation(const ProvisioningServices &services, QObject *parent = nullptr);

    void start();
    const Summary &summary() const { return m_summary; }

Q_SIGNALS:
    void finished(const Switchboard::Reconciliation::Summary &summary);

private:
    void next();
    void refreshNextAccount();
    void settleStaleClaims();
    void onVapiClient(VapiClient *client, const QString &error);
    void onNumbers(const ApiResult<QList<PhoneNumber>> &result);
    void recoverTwilioPurchases(int stepIndex);
    void completeSucceeded(const PhoneNumber &number, qint64 vapiAccountId);
    void completeFailed(const QString &reason);
    void leavePending(const QString &reason);

    ProvisioningServices m_services;
    QList<ProvisioningAttempt> m_attempts;
    QList<VapiAccount> m_accountsToRefresh;
    bool m_refreshFailed = false;
    ProvisioningAttempt m_current;
    qint64 m_vapiAccountId = 0;
    Summary m_summary;
    bool m_finished = false;
};

} // namespace Switchboard
