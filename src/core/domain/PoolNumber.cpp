// SPDX-License-Identifier: Apache-2.0
#include "core/domain/PoolNumber.h"

namespace Switchboard {

QString toString(PoolNumber::TwilioCheck check)
{
    switch (check) {
    case PoolNumber::TwilioCheck::Unchecked:
        return {};
    case PoolNumber::TwilioCheck::Ok:
        return QStringLiteral("ok");
    case PoolNumber::TwilioCheck::Missing:
        return QStringLiteral("missing");
    case PoolNumber::TwilioCheck::NoVoice:
        return QStringLiteral("no-voice");
    case PoolNumber::TwilioCheck::Routed:
        return QStringLiteral("routed");
    }
    return {};
}

PoolNumber::TwilioCheck twilioCheckFromString(const QString &text)
{
    for (PoolNumber::TwilioCheck check :
            {PoolNumber::TwilioCheck::Ok, PoolNumber::TwilioCheck::Missing,
                    PoolNumber::TwilioCheck::NoVoice, PoolNumber::TwilioCheck::Routed}) {
        if (text == toString(check))
            return check;
    }
    return PoolNumber::TwilioCheck::Unchecked;
}

} // namespace Switchboard
