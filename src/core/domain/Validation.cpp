// SPDX-License-Identifier: Apache-2.0
#include "core/domain/Validation.h"

#include <QCoreApplication>
#include <QUuid>

namespace Switchboard {

QString FieldError::toString() const
{
    if (message.isEmpty())
        return {};
    return field.isEmpty() ? message : field + QStringLiteral(": ") + message;
}

namespace Validation {
namespace {

// The context of this file's messages in the .ts files (lupdate reads it from here).
struct ValidationText
{
    Q_DECLARE_TR_FUNCTIONS(Switchboard::Validation)
};

bool isHex(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

QStringView sidPrefix(TwilioSidKind kind)
{
    switch (kind) {
    case TwilioSidKind::Account:
        return u"AC";
    case TwilioSidKind::PhoneNumber:
        return u"PN";
    case TwilioSidKind::ApiKey:
        return u"SK";
    }
    return {};
}

} // namespace

bool isTwilioSid(QStringView value, TwilioSidKind kind)
{
    if (value.size() != 34 || !value.startsWith(sidPrefix(kind)))
        return false;
    for (qsizetype i = 2; i < value.size(); ++i) {
        if (!isHex(value.at(i)))
            return false;
    }
    return true;
}

bool isVapiId(QStringView value)
{
    // QUuid accepts braces; Vapi ids never carry them.
    return value.size() == 36 && !QUuid::fromString(value).isNull();
}

bool isAreaCode(QStringView value)
{
    if (value.size() != 3)
        return false;
    for (QChar c : value) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return value.at(0) >= u'2';
}

bool isSlug(QStringView value)
{
    if (value.size() < 2 || value.size() > 40)
        return false;
    for (QChar c : value) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-';
        if (!ok)
            return false;
    }
    return value.front() != u'-' && value.back() != u'-';
}

QString suggestSlug(const QString &name)
{
    // Decomposed (NFKD), an accented letter is its letter and a combining mark: the marks go,
    // the letters stay.
    const QString decomposed = name.toLower().normalized(QString::NormalizationForm_KD);
    QString slug;
    bool dash = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            if (dash && !slug.isEmpty())
                slug += u'-';
            dash = false;
            slug += c;
        } else {
            dash = true;
        }
    }
    slug.truncate(40);
    while (slug.endsWith(u'-'))
        slug.chop(1);
    return slug;
}

bool isControlCharacter(char32_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e)
            || (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029;
}

FieldError checkTwilioSid(QStringView value, TwilioSidKind kind, const QString &field)
{
    if (isTwilioSid(value, kind))
        return {};
    const QString prefix = sidPrefix(kind).toString();
    return {field,
            ValidationText::tr("must be \"%1\" followed by 32 hexadecimal digits (34 characters), "
                               "as shown in the "
                               "Twilio console")
                    .arg(prefix)};
}

FieldError checkVapiId(QStringView value, const QString &field)
{
    if (isVapiId(value))
        return {};
    return {field,
            ValidationText::tr("must be a Vapi id such as 3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f (a "
                               "UUID, as shown "
                               "in the Vapi dashboard)")};
}

FieldError checkAreaCode(QStringView value, const QString &field)
{
    if (isAreaCode(value))
        return {};
    return {field,
            ValidationText::tr("must be a US area code of exactly three digits, such as 415")};
}

FieldError checkSlug(QStringView value, const QString &field)
{
    if (isSlug(value))
        return {};
    return {field,
            ValidationText::tr("must be 2 to 40 lowercase letters, digits or dashes, not starting "
                               "or ending with "
                               "a dash (for example acme-dental)")};
}

FieldError checkDisplayName(QStringView value, const QString &field)
{
    const QStringView trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return {field, ValidationText::tr("must not be empty")};
    if (trimmed.size() > 120)
        return {field, ValidationText::tr("must be at most 120 characters")};
    // A name is printed by the CLI and shown in lists; refused here, it never gets that far.
    for (QChar c : value) {
        if (isControlCharacter(c.unicode()))
            return {field,
                    ValidationText::tr("must not contain control characters such as line breaks, "
                                       "tabs or terminal escape codes (found U+%1)")
                            .arg(QString::number(c.unicode(), 16)
                                            .toUpper()
                                            .rightJustified(4, u'0'))};
    }
    return {};
}

} // namespace Validation
} // namespace Switchboard
