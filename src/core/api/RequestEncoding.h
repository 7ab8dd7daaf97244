// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkRequest>
#include <QString>
#include <QUrl>

#include <chrono>
#include <utility>

namespace Switchboard {

using QueryItems = QList<std::pair<QString, QString>>;

// What both APIs' request factories share: URL building under a base URL (which may carry a
// path prefix, e.g. a sandbox that serves both APIs), percent-encoding of every key and value,
// and the headers and policies of every request.
namespace RequestEncoding {

// "k=v&k2=v2" with every key and value percent-encoded (RFC 3986 unreserved characters kept):
// a "+" is sent as %2B and a space as %20, never as a bare "+".
QByteArray encode(const QueryItems &items);
// The base URL's scheme, host and port, its path prefix joined with `path` (already encoded
// segments), and `query` encoded as above.
QUrl resolve(const QUrl &base, const QString &path, const QueryItems &query = {});
// One path segment from a caller's id, percent-encoded so that it cannot escape its place.
QString segment(const QString &id);

// User-Agent, Accept, the transfer timeout and the redirect policy. Redirects: only those that
// stay on the same scheme, host and port are followed (SameOriginRedirectPolicy), so the
// Authorization header can never be carried to another host; anything else ends the attempt
// with the 3xx answer, which maps to ApiError::Category::Refused.
void applyCommon(QNetworkRequest &request, std::chrono::milliseconds transferTimeout);

QByteArray userAgent(); // "Switchboard/<version>"

} // namespace RequestEncoding
} // namespace Switchboard
