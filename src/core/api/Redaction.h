// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Switchboard {

// What the API clients log is redacted here: bodies by their field names (tokens, secrets,
// passwords, API keys, Authorization), and any text by the literal secrets the client holds, as
// a second net for places no field name marks (an error message that echoes a value).
namespace Redaction {

inline constexpr QLatin1String Mask("<redacted>");

// True for a JSON or form field name that holds a secret: "twilioAuthToken", "auth_token",
// "AuthToken", "twilioApiSecret", "secret", "password", "apiKey", "Authorization", …
bool isSecretField(QStringView name);

// A JSON document with every secret field's value masked, compact; text that is not JSON is
// replaced by a note of its size (it cannot be redacted by field, so it is not shown).
QByteArray json(const QByteArray &body);
// A form-encoded body with secret fields' values masked.
QByteArray form(const QByteArray &body);
// `text` with every occurrence of every non-empty secret (and its percent-encoded form) masked.
QString values(QString text, const QStringList &secrets);

} // namespace Redaction
} // namespace Switchboard
