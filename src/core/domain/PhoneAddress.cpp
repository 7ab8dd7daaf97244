// SPDX-License-Identifier: Apache-2.0
#include "core/domain/PhoneAddress.h"

#include <QCoreApplication>

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <algorithm>
#include <string>

namespace Switchboard {
namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

// The context of this file's messages in the .ts files (lupdate reads it from here).
struct PhoneAddressText
{
    Q_DECLARE_TR_FUNCTIONS(Switchboard::PhoneAddress)
};

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

PhoneNumberUtil::ErrorType parseNumberWithError(
        const QString &text, const QString &region, PhoneNumber *number)
{
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    const std::string input = text.toStdString();
    const std::string regionCode = region.isEmpty() ? std::string("ZZ") : region.toStdString();
    return util->Parse(input, regionCode, number);
}

bool parseNumber(const QString &text, const QString &region, PhoneNumber *number)
{
    return parseNumberWithError(text, region, number) == PhoneNumberUtil::NO_PARSING_ERROR;
}

// RFC 3261 "user": unreserved, escaped and user-unreserved characters.
bool isSipUserChar(QChar c)
{
    if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
        return true;
    static constexpr QStringView allowed = u"-_.!~*'()%&=+$,;?/";
    return allowed.contains(c);
}

bool isSipHost(QStringView host)
{
    if (host.isEmpty() || host.size() > 253)
        return false;
    const auto labels = host.split(u'.');
    if (labels.size() < 2)
        return false;
    for (QStringView label : labels) {
        if (label.isEmpty() || label.size() > 63 || label.front() == u'-' || label.back() == u'-')
            return false;
        for (QChar c : label) {
            if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-'))
                return false;
        }
    }
    return true;
}

// What listings put in place of hidden digits.
bool isMaskChar(QChar c)
{
    static constexpr QStringView marks = u"*\u2022\u25CF\u2217\u2026";
    return marks.contains(c);
}

// The digits and hidden places of masked text: '?' for one hidden digit, '~' for a run of
// unknown length ("…").
QString maskPattern(const QString &text)
{
    QString pattern;
    for (QChar c : text) {
        if (c.isDigit())
            pattern.append(QChar(u'0' + c.digitValue()));
        else if (c == u'\u2026')
            pattern.append(u'~');
        else if (isMaskChar(c) || c == u'x' || c == u'X')
            pattern.append(u'?');
    }
    return pattern;
}

bool sameWithWildcards(QStringView pattern, QStringView digits)
{
    if (pattern.size() != digits.size())
        return false;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern[i] != u'?' && pattern[i] != digits[i])
            return false;
    }
    return true;
}

} // namespace

bool PhoneAddress::isMasked(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (std::any_of(trimmed.cbegin(), trimmed.cend(), isMaskChar))
        return true;
    // X for hidden digits ("1833684XXXX"), which libphonenumber reads as the keypad's 9; a
    // single x followed by digits is an extension ("… x12"), refused as such elsewhere.
    const QString lower = trimmed.toLower();
    return lower.contains(u"xx") || lower.endsWith(u'x');
}

bool PhoneAddress::maskAdmits(const QString &masked, const PhoneAddress &number)
{
    if (!number.isNumber())
        return false;
    const QString pattern = maskPattern(masked);
    const QStringView digits = QStringView(number.m_value).mid(1); // without the "+"
    if (!std::any_of(pattern.cbegin(), pattern.cend(), [](QChar c) { return c.isDigit(); }))
        return true;
    const qsizetype gap = pattern.indexOf(u'~');
    if (gap >= 0) {
        const QStringView head = QStringView(pattern).left(gap);
        const QStringView tail = QStringView(pattern).mid(pattern.lastIndexOf(u'~') + 1);
        return head.size() + tail.size() <= digits.size()
                && sameWithWildcards(head, digits.left(head.size()))
                && sameWithWildcards(tail, digits.right(tail.size()));
    }
    if (pattern.size() > digits.size())
        return false;
    return sameWithWildcards(pattern, digits.right(pattern.size()));
}

PhoneAddress::PhoneAddress(Kind kind, QString value)
    : m_kind(kind)
    , m_value(std::move(value))
{ }

PhoneAddress PhoneAddress::fromNumber(
        const QString &text, const QString &defaultRegion, QString *error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        setError(error,
                PhoneAddressText::tr(
                        "is empty; enter a number in E.164 form such as +14155552671"));
        return {};
    }
    if (!trimmed.startsWith(u'+') && defaultRegion.isEmpty()) {
        setError(error,
                PhoneAddressText::tr(
                        "\"%1\" has no country code; write it in E.164 form with a leading + "
                        "(for example +14155552671)")
                        .arg(trimmed));
        return {};
    }
    if (isMasked(trimmed)) {
        setError(error,
                PhoneAddressText::tr("\"%1\" has hidden digits; enter the whole number in E.164 "
                                     "form such as +14155552671")
                        .arg(trimmed));
        return {};
    }
    PhoneNumber number;
    const PhoneNumberUtil::ErrorType parseError
            = parseNumberWithError(trimmed, defaultRegion, &number);
    if (parseError == PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR) {
        setError(error,
                PhoneAddressText::tr(
                        "\"%1\" does not start with a known country code; write it in E.164 "
                        "form such as +14155552671")
                        .arg(trimmed));
        return {};
    }
    if (parseError != PhoneNumberUtil::NO_PARSING_ERROR) {
        setError(error,
                PhoneAddressText::tr(
                        "\"%1\" is not a phone number; write it in E.164 form such as +14155552671")
                        .arg(trimmed));
        return {};
    }
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    if (number.has_extension()) {
        setError(error,
                PhoneAddressText::tr(
                        "\"%1\" has an extension; Vapi and Twilio need the number alone")
                        .arg(trimmed));
        return {};
    }
    if (!util->IsValidNumber(number)) {
        setError(error,
                PhoneAddressText::tr(
                        "\"%1\" is not a valid number in its country's numbering plan; check the "
                        "country code and the number of digits")
                        .arg(trimmed));
        return {};
    }
    std::string e164;
    util->Format(number, PhoneNumberUtil::E164, &e164);
    return PhoneAddress(Kind::E164, QString::fromStdString(e164));
}

PhoneAddress PhoneAddress::fromSipUri(const QString &text, QString *error)
{
    const QString uri = text.trimmed().toLower();
    if (!uri.startsWith(u"sip:")) {
        setError(error,
                PhoneAddressText::tr(
                        "\"%1\" is not a SIP URI; it must look like sip:name@sip.vapi.ai")
                        .arg(text.trimmed()));
        return {};
    }
    const QStringView rest = QStringView(uri).mid(4);
    const qsizetype at = rest.indexOf(u'@');
    if (at <= 0 || rest.indexOf(u'@', at + 1) >= 0) {
        setError(error,
                PhoneAddressText::tr("\"%1\" needs exactly one user name before one @ host, as in "
                                     "sip:name@sip.vapi.ai")
                        .arg(text.trimmed()));
        return {};
    }
    const QStringView user = rest.left(at);
    const QStringView host = rest.mid(at + 1);
    if (user.size() > 64 || !std::all_of(user.begin(), user.end(), isSipUserChar)) {
        setError(error,
                PhoneAddressText::tr("the user name of \"%1\" may only hold letters, digits and "
                                     "-_.!~*'() (at most 64 characters)")
                        .arg(text.trimmed()));
        return {};
    }
    if (!isSipHost(host)) {
        setError(error,
                PhoneAddressText::tr("the host of \"%1\" is not a domain name such as sip.vapi.ai")
                        .arg(text.trimmed()));
        return {};
    }
    return PhoneAddress(Kind::SipUri, uri);
}

PhoneAddress PhoneAddress::parse(const QString &text, const QString &defaultRegion, QString *error)
{
    if (text.trimmed().startsWith(u"sip:", Qt::CaseInsensitive))
        return fromSipUri(text, error);
    return fromNumber(text, defaultRegion, error);
}

QString PhoneAddress::displayText() const
{
    if (m_kind != Kind::E164)
        return m_value;
    PhoneNumber number;
    if (!parseNumber(m_value, {}, &number))
        return m_value;
    std::string formatted;
    PhoneNumberUtil::GetInstance()->Format(number, PhoneNumberUtil::INTERNATIONAL, &formatted);
    return QString::fromStdString(formatted);
}

QString PhoneAddress::regionCode() const
{
    if (m_kind != Kind::E164)
        return {};
    PhoneNumber number;
    if (!parseNumber(m_value, {}, &number))
        return {};
    std::string region;
    PhoneNumberUtil::GetInstance()->GetRegionCodeForNumber(number, &region);
    return QString::fromStdString(region);
}

QString PhoneAddress::northAmericanAreaCode() const
{
    if (m_kind != Kind::E164 || !m_value.startsWith(u"+1") || m_value.size() != 12)
        return {};
    return m_value.mid(2, 3);
}

QString PhoneAddress::sipUser() const
{
    if (m_kind != Kind::SipUri)
        return {};
    return m_value.mid(4, m_value.indexOf(u'@') - 4);
}

QString PhoneAddress::sipHost() const
{
    if (m_kind != Kind::SipUri)
        return {};
    return m_value.mid(m_value.indexOf(u'@') + 1);
}

} // namespace Switchboard
