// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QString>

namespace Switchboard::Sandbox {

// A standard API key of a Twilio account: HTTP Basic with SK…:secret.
struct TwilioKeyRecord
{
    QString sid; // SK…
    QString secret;
    QString friendlyName;
    QDateTime dateCreated;
};

} // namespace Switchboard::Sandbox
