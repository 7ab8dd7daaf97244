#pragma once

#include "DomainEnums.h"

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

    bool isWorkspaceAccount() const { return organizationId == 0; }
};

} // namespace Switchboard
