// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/TwilioAccount.h"
#include "core/domain/VapiAccount.h"
#include "core/storage/WriteResult.h"

#include <QDateTime>
#include <QList>
#include <QObject>

#include <optional>

class QSqlQuery;

namespace Switchboard {

class WorkspaceDatabase;

// The Vapi and Twilio accounts of a workspace: the workspace's own (organizationId 0) and those
// of organizations that bring their own. Credentials are not here: they live in the keychain.
class AccountStore : public QObject
{
    Q_OBJECT

public:
    explicit AccountStore(WorkspaceDatabase &database, QObject *parent = nullptr);

    QList<VapiAccount> vapiAccounts(QString *error = nullptr) const;
    std::optional<VapiAccount> vapiAccount(qint64 id, QString *error = nullptr) const;
    std::optional<VapiAccount> workspaceVapiAccount(QString *error = nullptr) const;
    // The account that serves an organization: its own if it has one, else the workspace's.
    std::optional<VapiAccount> vapiAccountServing(
            qint64 organizationId, QString *error = nullptr) const;
    // Inserts (id 0) or updates; one account per owner (a second is refused). Writes return
    // NotFound for an id the workspace does not hold.
    WriteResult saveVapiAccount(VapiAccount &account);
    WriteResult removeVapiAccount(qint64 id);
    // Vapi refused a free number over the cap: the account's real cap is what it holds now.
    WriteResult recordLearnedCap(qint64 vapiAccountId, int cap, const QDateTime &when);
    // Vapi gave a free number and the account now holds `holding`: a cap under that rises to
    // it (learned), and a payment gate or a re-check request is over. Done also when nothing
    // was to change.
    WriteResult recordFreeNumberGranted(qint64 vapiAccountId, int holding, const QDateTime &when);
    // Vapi asked for a payment method before another free number. The cap stays as it is.
    WriteResult recordPaymentRequired(qint64 vapiAccountId, const QDateTime &when);
    // The next free-number request may go over a learned cap once, and a payment gate is over
    // (the customer says a payment method was added).
    WriteResult requestCapRecheck(qint64 vapiAccountId, const QDateTime &when);
    WriteResult setCapByHand(qint64 vapiAccountId, int cap, const QDateTime &when);

    QList<TwilioAccount> twilioAccounts(QString *error = nullptr) const;
    std::optional<TwilioAccount> twilioAccount(qint64 id, QString *error = nullptr) const;
    std::optional<TwilioAccount> workspaceTwilioAccount(QString *error = nullptr) const;
    std::optional<TwilioAccount> organizationTwilioAccount(
            qint64 organizationId, QString *error = nullptr) const;
    // Inserts (id 0) or updates; trialAt is not written (setTwilioTrial is), but an update to
    // another account SID clears it.
    WriteResult saveTwilioAccount(TwilioAccount &account);
    // Twilio refused a purchase as a trial account's (`when`), or the account was upgraded
    // (an invalid `when` clears it).
    WriteResult setTwilioTrial(qint64 twilioAccountId, const QDateTime &when);
    WriteResult removeTwilioAccount(qint64 id);

Q_SIGNALS:
    void changed();

private:
    // changed(), once the change is committed (WorkspaceDatabase::whenCommitted).
    void announceChange();
    // The writes without their events (the public ones record them).
    WriteResult writeVapiAccount(VapiAccount &account);
    WriteResult deleteVapiAccount(qint64 id);
    WriteResult writeLearnedCap(qint64 vapiAccountId, int cap, const QDateTime &when);
    WriteResult writeCapByHand(qint64 vapiAccountId, int cap, const QDateTime &when);
    WriteResult writeTwilioAccount(TwilioAccount &account);
    WriteResult deleteTwilioAccount(qint64 id);
    // Runs an UPDATE or DELETE of one account: not found when no row matched.
    WriteResult changeOne(QSqlQuery &query, const QString &notFound);
    // Why `query` failed: a second account for one owner is refused, anything else failed.
    WriteResult failure(const QSqlQuery &query, const QString &field) const;
    std::optional<VapiAccount> findVapi(
            const QString &where, const QVariant &value, QString *error) const;
    std::optional<TwilioAccount> findTwilio(
            const QString &where, const QVariant &value, QString *error) const;

    WorkspaceDatabase &m_database;
};

} // namespace Switchboard
