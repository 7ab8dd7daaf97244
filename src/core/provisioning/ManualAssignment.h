// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/ApiResult.h"
#include "core/domain/ManualTask.h"
#include "core/domain/PhoneNumber.h"
#include "core/domain/TwilioAccount.h"
#include "core/domain/Validation.h"
#include "core/domain/VapiAccount.h"
#include "core/provisioning/ProvisioningServices.h"

#include <QObject>

namespace Switchboard {

class TwilioClient;
class VapiClient;
struct TwilioCredentials;

// Completes a manual-assignment task: gives the assistant the number a person chose, in Vapi,
// then closes the task with what was assigned. Finishes exactly once.
class ManualAssignment : public QObject
{
    Q_OBJECT

public:
    enum class Kind {
        Number, // an E.164 number owned by the organization's or the workspace's Twilio account
        SipUri, // a Vapi SIP URI on the account's region's host
        Existing, // a phone number already in Vapi, not routed to any assistant
    };

    // The input's rule, checked before anything is sent; the field is named.
    static FieldError validate(Kind kind, const QString &value, Region region);

    ManualAssignment(const ProvisioningServices &services, ManualTask task, Kind kind,
            const QString &value, QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    void finished(bool succeeded, const QString &message, const Switchboard::PhoneNumber &number);

private:
    void onVapiClient(VapiClient *client, const QString &error);
    void importNumber(const QList<TwilioAccount> &candidates);
    void done(const ApiResult<PhoneNumber> &result);
    void finish(bool succeeded, const QString &message, const PhoneNumber &number = {});

    ProvisioningServices m_services;
    ManualTask m_task;
    Kind m_kind;
    QString m_value;
    QString m_typed; // what the person gave, for the task's record
    std::optional<VapiAccount> m_account;
    VapiClient *m_vapi = nullptr;
    bool m_finished = false;
};

} // namespace Switchboard
