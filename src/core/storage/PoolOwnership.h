// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/PhoneAddress.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Switchboard {

class WorkspaceDatabase;

// A pool that holds a number: an organization's, or the workspace's (organizationId 0).
struct PoolHolder
{
    PhoneAddress number;
    qint64 twilioAccountId = 0;
    qint64 organizationId = 0;
    QString organizationName;

    bool isWorkspace() const { return organizationId == 0; }
};

// Which pool holds a number. A Twilio number belongs to one pool in the workspace: were it in
// two, provisioning could import it into two Vapi accounts, and one customer's calls would
// ring another's assistant. Whoever adds numbers to a pool asks here first; a UNIQUE index on
// number_pool(e164) is the backstop for two consoles adding the same number at once.
class PoolOwnership
{
    Q_DECLARE_TR_FUNCTIONS(Switchboard::PoolOwnership)

public:
    explicit PoolOwnership(WorkspaceDatabase &database);

    // The pools, other than the one of Twilio account `exceptTwilioAccountId` (0: none left
    // out), that hold any of `numbers` not in that account's pool already (those were let in
    // before); in the order of `numbers`. Empty on a database error, with *error set.
    QList<PoolHolder> holders(const QList<PhoneAddress> &numbers, qint64 exceptTwilioAccountId,
            QString *error = nullptr) const;

    // "+1 415-555-0100 is already in the number pool of Acme Dental; a number can be in one
    // pool only." (or "… in the workspace's pool; …").
    static QString refusal(const PoolHolder &holder);

private:
    WorkspaceDatabase &m_database;
};

} // namespace Switchboard
