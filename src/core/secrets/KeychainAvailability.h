// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QMetaType>
#include <QString>

namespace Switchboard {

// Whether the keychain can be used, as last seen: by the availability probe, or by the answer
// to any secret operation. The console shows message once when state becomes Unavailable.
struct KeychainAvailability
{
    enum class State {
        Unknown, // nothing asked the keychain yet
        Available,
        Unavailable,
    };

    State state = State::Unknown;
    QString message; // with Unavailable: what happened and what to do

    bool isUnavailable() const { return state == State::Unavailable; }
};

} // namespace Switchboard

Q_DECLARE_METATYPE(Switchboard::KeychainAvailability)
