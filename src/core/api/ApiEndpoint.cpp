// SPDX-License-Identifier: Apache-2.0
#include "core/api/ApiEndpoint.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace Switchboard::ApiEndpoint {
namespace {

// The context of this file's messages in the .ts files (lupdate reads it from here).
struct ApiEndpointText
{
    Q_DECLARE_TR_FUNCTIONS(Switchboard::ApiEndpoint)
};

} // namespace

QUrl vapiUs()
{
    return QUrl(QStringLiteral("https://api.vapi.ai"));
}

QUrl vapiEu()
{
    return QUrl(QStringLiteral("https://api.eu.vapi.ai"));
}

QUrl twilio()
{
    return QUrl(QStringLiteral("https://api.twilio.com"));
}

bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.isEmpty())
        return false;
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    // QHostAddress accepts both 127.0.0.0/8 and ::1 here; a name that merely starts with
    // "127." does not parse as an address and is not loopback.
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString checkBaseUrl(const QUrl &url)
{
    if (url.isEmpty())
        return ApiEndpointText::tr("The API address is empty; enter an https:// address.");
    if (!url.isValid() || url.host().isEmpty())
        return ApiEndpointText::tr(
                "\"%1\" is not a valid API address; enter an https:// address such as "
                "https://api.vapi.ai.")
                .arg(url.toDisplayString());
    if (!url.userInfo().isEmpty())
        return ApiEndpointText::tr(
                "The API address must not contain a user name or password; credentials are "
                "entered separately.");
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https")
        return {};
    if (scheme == u"http" && isLoopback(url))
        return {};
    if (scheme == u"http")
        return ApiEndpointText::tr(
                "Plain http to %1 is refused; use an https:// address (plain http is only "
                "allowed for a local sandbox on 127.0.0.1).")
                .arg(url.host());
    return ApiEndpointText::tr("The API address must start with https://, not %1:.")
            .arg(url.scheme());
}

} // namespace Switchboard::ApiEndpoint
