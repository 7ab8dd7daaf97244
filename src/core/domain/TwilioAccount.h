// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/DomainEnums.h"

#include <QDateTime>
#include <QString>

namespace Switchboard {

// A Twilio account (or subaccount) whose numbers can be imported into Vapi. Its auth token or
// API key secret lives in the keychain only.
struct TwilioAccount
{
    qint64 id = 0;
    qint64 organizationId = 0; // 0: the workspace's (global) account
    QString accountSid; // AC…
    TwilioAuthMode authMode = TwilioAuthMode::AuthToken;
    QString apiKeySid; // SK…, with TwilioAuthMode::ApiKey
    QString label;
    QString baseUrl; // empty: https://api.twilio.com
    // When Twilio refused a purchase because the account is a trial (error 21404); invalid:
    // not known to be one. Purchases stop until it is cleared (the account upgraded).
    QDateTime trialAt;

    bool isWorkspaceAccount() const { return organizationId == 0; }
    bool isKnownTrial() const { return trialAt.isValid(); }
};

} // namespace Switchboard
