// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QMetaType>
#include <QString>

namespace Switchboard {

// Where a call reaches an assistant: an E.164 telephone number or a SIP URI.
// Numbers are parsed, validated and formatted by libphonenumber; nothing here is a regex guess.
class PhoneAddress
{
public:
    enum class Kind {
        Invalid,
        E164,
        SipUri,
    };

    PhoneAddress() = default;

    // Accepts what people paste: "+1 (415) 555-2671", "415-555-2671" (with a default region),
    // "+44 20 7946 0958". The result is valid only when libphonenumber says the number exists
    // in its region's numbering plan. On failure, *error says what is wrong.
    static PhoneAddress fromNumber(
            const QString &text, const QString &defaultRegion = {}, QString *error = nullptr);
    // "sip:user@host" (case-insensitive; stored in lower case as Vapi compares them).
    static PhoneAddress fromSipUri(const QString &text, QString *error = nullptr);
    // Whether text is a number with hidden digits, as listings may show them: "+165****8621",
    // "1833684XXXX", "+1 650 •••• 8621", "+1650…8621". Such text never parses as a number
    // (libphonenumber would drop the stars or read X as 9 and make another, valid-looking one).
    static bool isMasked(const QString &text);
    // Whether masked (or otherwise unreadable) text could be `number`: the digits it shows are
    // where they would be, the hidden ones may be anything. Text without a digit admits any
    // number; text that is shorter than the number is compared with its end (a national form).
    static bool maskAdmits(const QString &masked, const PhoneAddress &number);

    // A SIP URI when it starts with "sip:", a number otherwise.
    static PhoneAddress parse(
            const QString &text, const QString &defaultRegion = {}, QString *error = nullptr);

    Kind kind() const { return m_kind; }
    bool isValid() const { return m_kind != Kind::Invalid; }
    bool isNumber() const { return m_kind == Kind::E164; }
    bool isSipUri() const { return m_kind == Kind::SipUri; }

    // The canonical text: "+14155552671" or "sip:alice@sip.vapi.ai".
    QString toString() const { return m_value; }
    // For people: "+1 415-555-2671"; SIP URIs as they are.
    QString displayText() const;
    // ISO 3166 region of a number ("US", "GB"); empty for SIP URIs.
    QString regionCode() const;
    // The three-digit area code of a North American number; empty otherwise.
    QString northAmericanAreaCode() const;
    // The user and host of a SIP URI; empty for numbers.
    QString sipUser() const;
    QString sipHost() const;

    friend bool operator==(const PhoneAddress &a, const PhoneAddress &b)
    {
        return a.m_kind == b.m_kind && a.m_value == b.m_value;
    }
    friend bool operator!=(const PhoneAddress &a, const PhoneAddress &b) { return !(a == b); }

private:
    PhoneAddress(Kind kind, QString value);

    Kind m_kind = Kind::Invalid;
    QString m_value;
};

} // namespace Switchboard

Q_DECLARE_METATYPE(Switchboard::PhoneAddress)
