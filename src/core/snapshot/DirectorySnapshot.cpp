// SPDX-License-Identifier: Apache-2.0
#include "core/snapshot/DirectorySnapshot.h"

#include "core/storage/DirectoryStore.h"

namespace Switchboard {

QString DirectorySnapshot::displayText(const PhoneAddress &address) const
{
    const QString canonical = address.toString();
    const auto it = displayTexts.constFind(canonical);
    return it == displayTexts.constEnd() ? address.displayText() : *it;
}

int DirectorySnapshot::freeNumberCount(qint64 vapiAccountId) const
{
    return int(
            std::count_if(numbers.cbegin(), numbers.cend(), [vapiAccountId](const PhoneNumber &n) {
                return n.vapiAccountId == vapiAccountId && n.provider == NumberProvider::Vapi;
            }));
}

std::optional<Assistant> DirectorySnapshot::assistant(const QString &id) const
{
    for (const Assistant &candidate : assistants) {
        if (candidate.id == id)
            return candidate;
    }
    return std::nullopt;
}

std::optional<PhoneNumber> DirectorySnapshot::number(const QString &id) const
{
    for (const PhoneNumber &candidate : numbers) {
        if (candidate.id == id)
            return candidate;
    }
    return std::nullopt;
}

DirectorySnapshot DirectorySnapshot::read(const DirectoryStore &store)
{
    DirectorySnapshot snapshot;
    QString error;
    snapshot.assistants = store.assistants(0, &error);
    if (error.isEmpty())
        snapshot.numbers = store.numbers(0, &error);
    snapshot.error = error;
    snapshot.displayTexts.reserve(snapshot.numbers.size());
    for (const PhoneNumber &number : std::as_const(snapshot.numbers))
        snapshot.displayTexts.insert(number.address.toString(), number.address.displayText());
    return snapshot;
}

} // namespace Switchboard
