// SPDX-License-Identifier: Apache-2.0
#include "core/api/ApiError.h"

namespace Switchboard {

QString ApiError::categoryName(Category category)
{
    switch (category) {
    case Category::Auth:
        return QStringLiteral("auth");
    case Category::Blocked:
        return QStringLiteral("blocked");
    case Category::NotFound:
        return QStringLiteral("notFound");
    case Category::Validation:
        return QStringLiteral("validation");
    case Category::LimitReached:
        return QStringLiteral("limitReached");
    case Category::PaymentRequired:
        return QStringLiteral("paymentRequired");
    case Category::AreaCodeUnavailable:
        return QStringLiteral("areaCodeUnavailable");
    case Category::RateLimited:
        return QStringLiteral("rateLimited");
    case Category::Server:
        return QStringLiteral("server");
    case Category::Network:
        return QStringLiteral("network");
    case Category::Timeout:
        return QStringLiteral("timeout");
    case Category::Malformed:
        return QStringLiteral("malformed");
    case Category::Tls:
        return QStringLiteral("tls");
    case Category::Refused:
        return QStringLiteral("refused");
    case Category::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("network");
}

QString ApiError::toString() const
{
    if (providerMessage.isEmpty() || providerMessage == hint)
        return hint;
    if (hint.isEmpty())
        return providerMessage;
    return hint % u" (" % providerMessage % u')';
}

} // namespace Switchboard
