// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringView>

namespace Switchboard {

// A rule a value broke, in words the account manager can act on: which field, which rule.
// An empty FieldError means the value is acceptable.
struct FieldError
{
    QString field;
    QString message;

    bool isEmpty() const { return message.isEmpty(); }
    explicit operator bool() const { return !message.isEmpty(); }
    // "<field>: <message>", the one line the CLI and the dialogs show.
    QString toString() const;
};

enum class TwilioSidKind {
    Account, // AC + 32 hex
    PhoneNumber, // PN + 32 hex
    ApiKey, // SK + 32 hex
};

namespace Validation {

bool isTwilioSid(QStringView value, TwilioSidKind kind);
bool isVapiId(QStringView value); // Vapi path ids are UUIDs
bool isAreaCode(QStringView value); // exactly three digits, not starting with 0 or 1 (NANP)
bool isSlug(QStringView value); // 2..40 of [a-z0-9-], starting with a letter or digit
// The slug a name suggests: its letters without their accents ("Dürer Clinic" gives
// "durer-clinic", not "du-rer-clinic"), other characters as one '-'; at most 40.
QString suggestSlug(const QString &name);
// C0 and C1 controls, DEL, and the invisible characters that reorder or break a line
// (bidirectional embeddings, overrides and isolates; line and paragraph separators): printed
// to a terminal or drawn in a table they act instead of showing.
bool isControlCharacter(char32_t c);

FieldError checkTwilioSid(QStringView value, TwilioSidKind kind, const QString &field);
FieldError checkVapiId(QStringView value, const QString &field);
FieldError checkAreaCode(QStringView value, const QString &field);
FieldError checkSlug(QStringView value, const QString &field);
FieldError checkDisplayName(QStringView value, const QString &field);

} // namespace Validation
} // namespace Switchboard
