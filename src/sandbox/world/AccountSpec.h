// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Switchboard::Sandbox {

class SandboxState;

// The accounts the command line adds to a world:
//   --vapi-account KEY[:CAP]                       a Vapi org reached with KEY, free-number cap CAP
//   --twilio-account SID:TOKEN[:+E164,+E164…]      a Twilio account owning those numbers
struct AccountSpec
{
    enum class Kind {
        Vapi,
        Twilio,
    };

    Kind kind = Kind::Vapi;
    QString keyOrSid;
    QString token;
    int freeNumberCap = -1;
    QStringList numbers; // E.164

    static std::optional<AccountSpec> parseVapi(const QString &text, QString *error);
    static std::optional<AccountSpec> parseTwilio(const QString &text, QString *error);

    // Adds the account to the state; false and *error when it clashes with what is there.
    bool addTo(SandboxState &state, QString *error) const;
};

} // namespace Switchboard::Sandbox
