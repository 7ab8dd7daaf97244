// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/TwilioAccount.h"
#include "core/domain/VapiAccount.h"

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
    // Inserts (id 0) or updates; one account per owner.
    bool saveVapiAccount(VapiAccount &account, QString *error = nullptr);
    bool removeVapiAccount(qint64 id, QString *error = nullptr);
    // Vapi refused a free number over the cap: the account's real cap is what it holds now.
    bool recordLearnedCap(
            qint64 vapiAccountId, int cap, const QDateTime &when, QString *error = nullptr);
    // Vapi gave a free number and the account now holds `holding`: a cap under that rises to
    // it (learned), and a payment gate or a re-check request is over.
    bool recordFreeNumberGranted(
            qint64 vapiAccountId, int holding, const QDateTime &when, QString *error = nullptr);
    // Vapi asked for a payment method before another free number. The cap stays as it is.
    bool recordPaymentRequired(
            qint64 vapiAccountId, const QDateTime &when, QString *error = nullptr);
    // The next free-number request may go over a learned cap once, and a payment gate is over
    // (the customer says a payment method was added).
    bool requestCapRecheck(qint64 vapiAccountId, const QDateTime &when, QString *error = nullptr);
    bool setCapByHand(
            qint64 vapiAccountId, int cap, const QDateTime &when, QString *error = nullptr);

    QList<TwilioAccount> twilioAccounts(QString *error = nullptr) const;
    std::optional<TwilioAccount> twilioAccount(qint64 id, QString *error = nullptr) const;
    std::optional<TwilioAccount> workspaceTwilioAccount(QString *error = nullptr) const;
    std::optional<TwilioAccount> organizationTwilioAccount(
            qint64 organizationId, QString *error = nullptr) const;
    // Inserts (id 0) or updates; trialAt is not written (setTwilioTrial is), but an update to
    // another account SID clears it.
    bool saveTwilioAccount(TwilioAccount &account, QString *error = nullptr);
    // Twilio refused a purchase as a trial account's (`when`), or the account was upgraded
    // (an invalid `when` clears it).
    bool setTwilioTrial(qint64 twilioAccountId, const QDateTime &when, QString *error = nullptr);
    bool removeTwilioAccount(qint64 id, QString *error = nullptr);

Q_SIGNALS:
    void changed();

private:
    bool execAndNotify(QSqlQuery &query, QString *error);
    std::optional<VapiAccount> findVapi(
            const QString &where, const QVariant &value, QString *error) const;
    std::optional<TwilioAccount> findTwilio(
            const QString &where, const QVariant &value, QString *error) const;

    WorkspaceDatabase &m_database;
};

} // namespace Switchboard
