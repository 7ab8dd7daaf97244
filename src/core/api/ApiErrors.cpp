// SPDX-License-Identifier: Apache-2.0
#include "core/api/ApiErrors.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace Switchboard::ApiErrors {
namespace {

using Category = ApiError::Category;

// The context of this file's messages in the .ts files (lupdate reads it from here).
struct ApiErrorText
{
    Q_DECLARE_TR_FUNCTIONS(Switchboard::ApiError)
};

QString providerName(Provider provider)
{
    return provider == Provider::Vapi ? QStringLiteral("Vapi") : QStringLiteral("Twilio");
}

Category categoryForStatus(int status)
{
    if (status == 401 || status == 403)
        return Category::Auth;
    if (status == 404 || status == 410)
        return Category::NotFound;
    if (status == 408)
        return Category::Timeout;
    if (status == 429)
        return Category::RateLimited;
    if (status >= 500)
        return Category::Server;
    if (status >= 300 && status < 400)
        return Category::Refused; // a redirect we did not follow (see the request factories)
    return Category::Validation;
}

// Vapi's "message" is a string, or an array of strings for validation errors.
QString joinedMessage(const QJsonValue &message)
{
    if (message.isString())
        return message.toString();
    if (message.isArray()) {
        QStringList parts;
        for (const QJsonValue part : message.toArray()) {
            if (part.isString())
                parts.append(part.toString());
            else if (!part.isUndefined() && !part.isNull())
                parts.append(QString::fromUtf8(
                        QJsonDocument(QJsonArray{part}).toJson(QJsonDocument::Compact)));
        }
        return parts.join(QStringLiteral("; "));
    }
    return {};
}

QString codeText(const QJsonValue &code)
{
    if (code.isDouble())
        return QString::number(code.toInteger());
    return code.toString();
}

// A 403 the API itself did not write: not its JSON error object. Cloudflare, which sits in
// front of Vapi, answers "error code: 1010" in plain text (or an HTML page) to clients it
// refuses, before the request reaches the API.
bool isBlockedByTheEdge(Provider provider, const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return false; // nothing says who answered: the key stays the likelier cause
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return true;
    const QJsonObject object = document.object();
    if (provider == Provider::Vapi)
        return !object.contains(QLatin1String("message"))
                && !object.contains(QLatin1String("statusCode"));
    return !object.contains(QLatin1String("code")) && !object.contains(QLatin1String("message"))
            && !object.contains(QLatin1String("detail"));
}

// What the edge said, short: "error code: 1010", or an HTML page's title.
QString edgeMessage(const QByteArray &body)
{
    const QString text = QString::fromUtf8(body).simplified();
    const qsizetype title = text.indexOf(QLatin1String("<title>"), 0, Qt::CaseInsensitive);
    if (title >= 0) {
        const qsizetype end = text.indexOf(QLatin1String("</title>"), title, Qt::CaseInsensitive);
        if (end > title)
            return text.mid(title + 7, end - title - 7).trimmed().left(120);
    }
    if (text.startsWith(u'<'))
        return {};
    return text.left(120);
}

} // namespace

ApiError fromHttp(Provider provider, int httpStatus, const QByteArray &body)
{
    ApiError error;
    error.httpStatus = httpStatus;
    error.category = categoryForStatus(httpStatus);
    if (httpStatus == 403 && isBlockedByTheEdge(provider, body)) {
        error.category = Category::Blocked;
        error.providerMessage = edgeMessage(body);
        const QString text = QString::fromUtf8(body);
        const qsizetype code = text.indexOf(QLatin1String("error code:"), 0, Qt::CaseInsensitive);
        if (code >= 0)
            error.providerCode = text.mid(code + 11).trimmed().section(u' ', 0, 0).left(10);
        error.hint = hint(provider, error.category, error.providerCode);
        return error;
    }
    const QJsonObject object = QJsonDocument::fromJson(body).object();

    if (provider == Provider::Vapi) {
        error.providerMessage = joinedMessage(object.value(QLatin1String("message")));
        error.providerCode = object.value(QLatin1String("error")).toString();
        // Vapi says nothing but its message when it refuses a free number: over the cap, for
        // want of a payment method ("add a payment method to request more"), or for want of
        // stock in an area code. The first lowers what the product expects of the account; the
        // second is a step the customer takes; the third is worth other area codes. A bare 402
        // is the payment gate.
        if (httpStatus >= 400 && httpStatus < 500 && httpStatus != 429) {
            if (isPaymentGateMessage(error.providerMessage)
                    || (httpStatus == 402 && !isFreeNumberLimitMessage(error.providerMessage)))
                error.category = Category::PaymentRequired;
            else if (isFreeNumberLimitMessage(error.providerMessage))
                error.category = Category::LimitReached;
            else if (isAreaCodeUnavailableMessage(error.providerMessage))
                error.category = Category::AreaCodeUnavailable;
        }
    } else {
        error.providerCode = codeText(object.value(QLatin1String("code")));
        error.providerMessage = object.value(QLatin1String("message")).toString();
        if (error.providerMessage.isEmpty()) // RFC 9457 shape
            error.providerMessage = object.value(QLatin1String("detail")).toString();
        if (error.providerMessage.isEmpty())
            error.providerMessage = object.value(QLatin1String("title")).toString();
        const int code = error.providerCode.toInt();
        if (code == 20003)
            error.category = Category::Auth;
        else if (code == 20404)
            error.category = Category::NotFound;
        else if (code == 20429)
            error.category = Category::RateLimited;
        else if (code == 21422 || code == 21452 || code == 21421 || code == 21451)
            error.category = Category::Validation;
    }
    error.hint = hint(provider, error.category, error.providerCode);
    return error;
}

ApiError fromNetwork(Provider provider, QNetworkReply::NetworkError networkError, bool timedOut,
        const QString &host)
{
    ApiError error;
    switch (networkError) {
    case QNetworkReply::SslHandshakeFailedError:
        error.category = Category::Tls;
        break;
    case QNetworkReply::TimeoutError:
        error.category = Category::Timeout;
        error.ambiguous = true;
        break;
    case QNetworkReply::OperationCanceledError:
        // Only our transfer timeout aborts without a cancel; a cancel never gets here.
        error.category = timedOut ? Category::Timeout : Category::Network;
        error.ambiguous = true;
        break;
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::NetworkSessionFailedError:
        error.category = Category::Network; // nothing reached the server
        break;
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::TooManyRedirectsError:
        error.category = Category::Refused;
        break;
    default:
        // Reset, closed early, protocol failure, temporary failure: the request may have
        // arrived and been applied.
        error.category = timedOut ? Category::Timeout : Category::Network;
        error.ambiguous = true;
        break;
    }
    if (timedOut) {
        error.category = Category::Timeout;
        error.ambiguous = true;
    }
    error.hint = hint(provider, error.category);
    if (error.category == Category::Network)
        error.hint = ApiErrorText::tr(
                "Could not reach %1; check the internet connection, the proxy and the "
                "firewall, then try again.")
                             .arg(host);
    return error;
}

ApiError malformed(Provider provider, const QString &what)
{
    ApiError error;
    error.category = Category::Malformed;
    error.providerMessage = what;
    error.hint = hint(provider, Category::Malformed);
    return error;
}

ApiError refused(const QString &message)
{
    ApiError error;
    error.category = Category::Refused;
    error.hint = message;
    return error;
}

ApiError cancelled()
{
    ApiError error;
    error.category = Category::Cancelled;
    error.hint = ApiErrorText::tr("The request was cancelled.");
    return error;
}

QString hint(Provider provider, ApiError::Category category, const QString &providerCode)
{
    const QString name = providerName(provider);
    if (provider == Provider::Twilio) {
        if (providerCode == u"21422")
            return ApiErrorText::tr(
                    "That number is no longer available from Twilio; search again and pick "
                    "another one.");
        if (providerCode == u"21452")
            return ApiErrorText::tr(
                    "Twilio has no numbers left in that area code; try a nearby area code.");
    }
    switch (category) {
    case Category::Auth:
        if (provider == Provider::Vapi)
            return ApiErrorText::tr(
                    "Vapi refused the API key; paste the private key (not the public one) of "
                    "this account, and check that its region (US or EU) matches.");
        return ApiErrorText::tr(
                "Twilio refused the credentials; check the Account SID with its auth token, "
                "or the API key SID with its secret, and that the account is active.");
    case Category::Blocked:
        return ApiErrorText::tr(
                "The request was blocked before it reached %1 (by the firewall in front of it, "
                "not because of the key); check the network, VPN or proxy this computer uses, "
                "and try again later. If it keeps happening, report the error code.")
                .arg(name);
    case Category::NotFound:
        return ApiErrorText::tr(
                "%1 no longer has this item (it was deleted or belongs to another account); "
                "refresh the list and try again.")
                .arg(name);
    case Category::Validation:
        return ApiErrorText::tr(
                "%1 rejected the request; correct what its message names and try again.")
                .arg(name);
    case Category::LimitReached:
        return ApiErrorText::tr(
                "This Vapi account has no free numbers left; release an unused free number or "
                "import a Twilio number instead.");
    case Category::PaymentRequired:
        return ApiErrorText::tr(
                "Vapi wants a payment method on this account before it gives another free "
                "number; the customer adds one in the Vapi dashboard's billing page.");
    case Category::AreaCodeUnavailable:
        return ApiErrorText::tr(
                "Vapi has no free number in that area code right now; try one of the area "
                "codes it suggests, or leave the area code empty.");
    case Category::RateLimited:
        return ApiErrorText::tr(
                "%1 is limiting requests; wait a minute and try again, or lower the number "
                "of requests in flight in the settings.")
                .arg(name);
    case Category::Server:
        return ApiErrorText::tr(
                "%1 had an internal error; try again in a few minutes and check its status "
                "page if it persists.")
                .arg(name);
    case Category::Network:
        return ApiErrorText::tr(
                "Could not reach %1; check the internet connection, the proxy and the "
                "firewall, then try again.")
                .arg(name);
    case Category::Timeout:
        return ApiErrorText::tr(
                "%1 did not answer in time; try again, and check the connection if it keeps "
                "happening.")
                .arg(name);
    case Category::Malformed:
        return ApiErrorText::tr(
                "%1 sent an answer Switchboard cannot read; try again, and report it if it "
                "keeps happening.")
                .arg(name);
    case Category::Tls:
        return ApiErrorText::tr(
                "The server's certificate could not be verified; check the computer's clock "
                "and any proxy or antivirus that intercepts HTTPS.");
    case Category::Refused:
        return ApiErrorText::tr(
                "%1 sent a redirect to another address, which Switchboard does not follow; "
                "check the API address in the account settings.")
                .arg(name);
    case Category::Cancelled:
        return ApiErrorText::tr("The request was cancelled.");
    }
    return {};
}

bool isFreeNumberLimitMessage(const QString &message)
{
    const QString text = message.toLower();
    if (text.isEmpty())
        return false;
    const bool aboutLimit = text.contains(u"limit") || text.contains(u"maximum")
            || text.contains(u"cap ") || text.contains(u"quota") || text.contains(u"up to ");
    const bool reached = text.contains(u"reach") || text.contains(u"exceed")
            || text.contains(u"maximum") || text.contains(u"only") || text.contains(u"no more");
    const bool aboutNumbers = text.contains(u"number") || text.contains(u"free");
    return aboutLimit && reached && aboutNumbers;
}

bool isPaymentGateMessage(const QString &message)
{
    const QString text = message.toLower();
    return text.contains(u"payment method") || text.contains(u"add a card")
            || text.contains(u"billing information");
}

bool isAreaCodeUnavailableMessage(const QString &message)
{
    // "This area code is currently not available. Hint: Try one of 562, 662, 716."
    const QString text = message.toLower();
    return text.contains(u"area code")
            && (text.contains(u"not available") || text.contains(u"unavailable")
                    || text.contains(u"no phone numbers") || text.contains(u"no numbers")
                    || text.contains(u"out of stock"));
}

QStringList hintedAreaCodes(const QString &message)
{
    // Lenient: any three-digit codes after "hint" (or "try", when no hint is named), in the
    // order given, once each. Longer digit runs (a phone number) are not area codes.
    const int hint = message.indexOf(QLatin1String("hint"), 0, Qt::CaseInsensitive);
    const int from
            = hint >= 0 ? hint : message.indexOf(QLatin1String("try"), 0, Qt::CaseInsensitive);
    if (from < 0)
        return {};
    static const QRegularExpression code(QStringLiteral("(?<!\\d)([2-9]\\d{2})(?!\\d)"));
    QStringList codes;
    auto it = code.globalMatch(message, from);
    while (it.hasNext()) {
        const QString found = it.next().captured(1);
        if (!codes.contains(found))
            codes.append(found);
    }
    return codes;
}

qint64 retryAfterMs(const QByteArray &headerValue, const QDateTime &now)
{
    const QByteArray value = headerValue.trimmed();
    if (value.isEmpty())
        return 0;
    bool ok = false;
    const double seconds = value.toDouble(&ok);
    if (ok) {
        // A huge value ("1e300", "inf") has no qint64 value (found by fuzz/fuzz_vapi_json):
        // capped at a billion seconds, far beyond any retry budget, which then fails at once.
        constexpr double Longest = 1e9;
        return seconds > 0 ? qint64(std::min(seconds, Longest) * 1000) : 0;
    }
    // HTTP-date, e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
    const QDateTime parsed = QLocale::c().toDateTime(
            QString::fromLatin1(value), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!parsed.isValid())
        return 0;
    const QDateTime when(parsed.date(), parsed.time(), Qt::UTC);
    const qint64 ms = now.msecsTo(when);
    return ms > 0 ? ms : 0;
}

} // namespace Switchboard::ApiErrors
