// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/PhoneNumber.h"
#include "core/domain/VapiAccount.h"
#include "core/provisioning/ProvisioningServices.h"
#include "core/storage/WriteResult.h"

#include <QObject>
#include <QString>

#include <functional>

namespace Switchboard {

// Assigning a number to an assistant, or unassigning it, as the console and `switchboard-cli
// number assign|unassign` do it: checked against the workspace first, then one PATCH to Vapi,
// then the cache (and the open manual task of the assistant that now has a number). Refused before
// anything is sent: a number or an assistant the workspace does not know, an assistant in another
// Vapi account, or one of another organization than the number's (one customer's number never
// answers another customer's assistant).
class NumberAssignment : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        WriteResult result = WriteResult::done();
        QString message; // what happened, in plain words (the result's message on failure)
        PhoneNumber number; // as Vapi answered, when done
    };
    using Finished = std::function<void(const Outcome &)>;

    explicit NumberAssignment(const ProvisioningServices &services, QObject *parent = nullptr);

    // Routes `numberId` to `assistantId`; an empty assistantId unassigns it. `done` runs once,
    // later (never inside the call).
    void assign(const QString &numberId, const QString &assistantId, const Finished &done);

private:
    WriteResult check(const QString &numberId, const QString &assistantId, PhoneNumber *number,
            VapiAccount *account) const;
    // Notes what Vapi answered in the workspace (the number, the assistants it left and now
    // answers, that assistant's open manual task) and says what happened.
    QString noteInWorkspace(const PhoneNumber &before, const PhoneNumber &after) const;
    // Records the action in the history; empty, or a sentence saying it could not be.
    QString record(const PhoneNumber &number, const QString &assistantId, const QString &summary,
            bool failed) const;
    void finishLater(const Finished &done, Outcome outcome);

    ProvisioningServices m_services;
};

} // namespace Switchboard
