// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/Assistant.h"
#include "core/domain/PhoneNumber.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Switchboard {

class DirectoryStore;

// The cached assistants and numbers of every Vapi account, read at once, with each number
// formatted for people once (libphonenumber is not free: 2,000 numbers take tens of ms).
struct DirectorySnapshot
{
    QList<Assistant> assistants;
    QList<PhoneNumber> numbers;
    QHash<QString, QString> displayTexts; // canonical address -> "+1 415-555-2671"
    QString error;

    QString displayText(const PhoneAddress &address) const;
    // Free Vapi numbers the account holds, as DirectoryStore::freeNumberCount counts them.
    int freeNumberCount(qint64 vapiAccountId) const;
    std::optional<Assistant> assistant(const QString &id) const;
    std::optional<PhoneNumber> number(const QString &id) const;

    // Reads through `store`, on the thread its connection belongs to.
    static DirectorySnapshot read(const DirectoryStore &store);
};

} // namespace Switchboard

Q_DECLARE_METATYPE(Switchboard::DirectorySnapshot)
