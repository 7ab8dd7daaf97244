// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QUrl>

namespace Switchboard {

// Where an API lives. Anything but https is refused, except loopback addresses (the sandbox).
namespace ApiEndpoint {

QUrl vapiUs(); // https://api.vapi.ai
QUrl vapiEu(); // https://api.eu.vapi.ai
QUrl twilio(); // https://api.twilio.com

bool isLoopback(const QUrl &url);
// Empty when the base URL may be used; otherwise one sentence saying why not.
QString checkBaseUrl(const QUrl &url);

} // namespace ApiEndpoint
} // namespace Switchboard
