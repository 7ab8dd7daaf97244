// SPDX-License-Identifier: Apache-2.0
#include "sandbox/twilio/IncomingNumberSettings.h"

#include "sandbox/twilio/TwilioErrors.h"
#include "sandbox/world/IncomingNumberRecord.h"

#include <QUrl>

namespace Switchboard::Sandbox::IncomingNumberSettings {
namespace {

enum class Kind {
    Url,
    Method,
    Boolean,
    Sid,
    Choice,
};

struct Setting
{
    const char *parameter;
    const char *property;
    Kind kind;
    const char *detail; // the SID prefix, or the choices separated by '|'
};

constexpr Setting settings[] = {
        {"ApiVersion", "api_version", Kind::Choice, "2010-04-01|2008-08-01"},
        {"VoiceUrl", "voice_url", Kind::Url, ""},
        {"VoiceMethod", "voice_method", Kind::Method, ""},
        {"VoiceFallbackUrl", "voice_fallback_url", Kind::Url, ""},
        {"VoiceFallbackMethod", "voice_fallback_method", Kind::Method, ""},
        {"VoiceCallerIdLookup", "voice_caller_id_lookup", Kind::Boolean, ""},
        {"VoiceApplicationSid", "voice_application_sid", Kind::Sid, "AP"},
        {"TrunkSid", "trunk_sid", Kind::Sid, "TK"},
        {"VoiceReceiveMode", "voice_receive_mode", Kind::Choice, "voice|fax"},
        {"SmsUrl", "sms_url", Kind::Url, ""},
        {"SmsMethod", "sms_method", Kind::Method, ""},
        {"SmsFallbackUrl", "sms_fallback_url", Kind::Url, ""},
        {"SmsFallbackMethod", "sms_fallback_method", Kind::Method, ""},
        {"SmsApplicationSid", "sms_application_sid", Kind::Sid, "AP"},
        {"StatusCallback", "status_callback", Kind::Url, ""},
        {"StatusCallbackMethod", "status_callback_method", Kind::Method, ""},
        {"EmergencyStatus", "emergency_status", Kind::Choice, "Active|Inactive"},
        {"EmergencyAddressSid", "emergency_address_sid", Kind::Sid, "AD"},
        {"AddressSid", "address_sid", Kind::Sid, "AD"},
        {"IdentitySid", "identity_sid", Kind::Sid, "RI"},
        {"BundleSid", "bundle_sid", Kind::Sid, "BU"},
};

bool isSid(const QString &value, const QString &prefix)
{
    if (value.size() != 34 || !value.startsWith(prefix))
        return false;
    for (qsizetype i = 2; i < value.size(); ++i) {
        const QChar c = value.at(i);
        const bool hex
                = (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
        if (!hex)
            return false;
    }
    return true;
}

// The value to store, or an invalid QJsonValue (Undefined) when the text breaks the rule.
QJsonValue convert(const Setting &setting, const QString &text)
{
    switch (setting.kind) {
    case Kind::Url: {
        if (text.isEmpty())
            return QJsonValue::Null;
        const QUrl url(text, QUrl::StrictMode);
        const bool ok = url.isValid() && !url.host().isEmpty()
                && (url.scheme() == QLatin1String("http")
                        || url.scheme() == QLatin1String("https"));
        return ok ? QJsonValue(text) : QJsonValue(QJsonValue::Undefined);
    }
    case Kind::Method: {
        const QString method = text.toUpper();
        if (method == QLatin1String("GET") || method == QLatin1String("POST"))
            return method;
        return QJsonValue::Undefined;
    }
    case Kind::Boolean:
        if (text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
            return true;
        if (text.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
            return false;
        return QJsonValue::Undefined;
    case Kind::Sid:
        if (text.isEmpty())
            return QJsonValue::Null;
        return isSid(text, QLatin1String(setting.detail)) ? QJsonValue(text)
                                                          : QJsonValue(QJsonValue::Undefined);
    case Kind::Choice:
        if (QString::fromLatin1(setting.detail).split(u'|').contains(text))
            return text;
        return QJsonValue::Undefined;
    }
    return QJsonValue::Undefined;
}

QString rule(const Setting &setting)
{
    switch (setting.kind) {
    case Kind::Url:
        return QStringLiteral("must be an absolute http or https URL");
    case Kind::Method:
        return QStringLiteral("must be GET or POST");
    case Kind::Boolean:
        return QStringLiteral("must be true or false");
    case Kind::Sid:
        return QStringLiteral("must be a SID starting with ") + QLatin1String(setting.detail);
    case Kind::Choice:
        return QStringLiteral("must be one of ")
                + QString::fromLatin1(setting.detail).replace(u'|', QStringLiteral(", "));
    }
    return {};
}

} // namespace

bool apply(const FormFields &form, IncomingNumberRecord *number, HttpResponse *error)
{
    IncomingNumberRecord updated = *number;
    if (form.contains(QStringLiteral("FriendlyName"))) {
        const QString name = form.value(QStringLiteral("FriendlyName"));
        if (name.size() > 64) {
            *error = TwilioErrors::error(
                    400, 20001, QStringLiteral("FriendlyName must be at most 64 characters long."));
            return false;
        }
        updated.friendlyName = name;
    }
    for (const Setting &setting : settings) {
        const QString parameter = QLatin1String(setting.parameter);
        if (!form.contains(parameter))
            continue;
        const QJsonValue value = convert(setting, form.value(parameter));
        if (value.isUndefined()) {
            *error = TwilioErrors::error(400, 20001,
                    parameter + u' ' + rule(setting) + QStringLiteral("; got \"")
                            + form.value(parameter) + QStringLiteral("\"."));
            return false;
        }
        const QString property = QLatin1String(setting.property);
        if (value.isNull())
            updated.settings.remove(property);
        else
            updated.settings.insert(property, value);
        // "Setting a voice_application_sid will automatically delete your trunk_sid and vice
        // versa" (the API's own description).
        if (!value.isNull() && property == QLatin1String("voice_application_sid"))
            updated.settings.remove(QStringLiteral("trunk_sid"));
        if (!value.isNull() && property == QLatin1String("trunk_sid"))
            updated.settings.remove(QStringLiteral("voice_application_sid"));
    }
    *number = updated;
    return true;
}

} // namespace Switchboard::Sandbox::IncomingNumberSettings
