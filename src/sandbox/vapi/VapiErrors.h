// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sandbox/http/HttpResponse.h"

#include <QString>
#include <QStringList>

namespace Switchboard::Sandbox {

// Vapi's error bodies, NestJS's default shape: {"message", "error", "statusCode"}, where
// "message" is an array of strings for validation errors and a string otherwise, and "error"
// is the HTTP reason phrase.
namespace VapiErrors {

HttpResponse error(int status, const QString &message);
HttpResponse validation(const QStringList &messages); // 400 with a message array
HttpResponse unauthorized(bool keyMissing);
HttpResponse notFound(const QString &what); // "Phone number not found"
HttpResponse invalidUuid(); // a path id that is not a UUID (ParseUUIDPipe)
HttpResponse noRoute(const QByteArray &method, const QString &path); // "Cannot GET /x"

} // namespace VapiErrors
} // namespace Switchboard::Sandbox
