// SPDX-License-Identifier: Apache-2.0
#include "core/domain/WorkspaceEvent.h"

#include <QJsonArray>

#include <array>
#include <utility>

namespace Switchboard {
namespace {

// The words the database keeps: never renamed (old rows and other versions read them).
constexpr std::array<std::pair<EventKind, QStringView>, 20> KindNames{{
        {EventKind::NumberAssigned, u"number-assigned"},
        {EventKind::NumberUnassigned, u"number-unassigned"},
        {EventKind::NumberReleased, u"number-released"},
        {EventKind::NumberReleasedOnTwilio, u"number-released-on-twilio"},
        {EventKind::NumberPurchased, u"number-purchased"},
        {EventKind::TaskOpened, u"task-opened"},
        {EventKind::TaskCompleted, u"task-completed"},
        {EventKind::TaskCancelled, u"task-cancelled"},
        {EventKind::OrganizationAdded, u"organization-added"},
        {EventKind::OrganizationChanged, u"organization-changed"},
        {EventKind::OrganizationRemoved, u"organization-removed"},
        {EventKind::AccountChanged, u"account-changed"},
        {EventKind::SecretStored, u"secret-stored"},
        {EventKind::SecretRemoved, u"secret-removed"},
        {EventKind::PoolNumberAdded, u"pool-number-added"},
        {EventKind::PoolNumberRemoved, u"pool-number-removed"},
        {EventKind::SettingChanged, u"setting-changed"},
        {EventKind::CapLearned, u"cap-learned"},
        {EventKind::AssistantCreated, u"assistant-created"},
        {EventKind::AssistantLinked, u"assistant-linked"},
}};

} // namespace

QString toString(EventKind kind)
{
    for (const auto &[value, name] : KindNames) {
        if (value == kind)
            return name.toString();
    }
    return {};
}

std::optional<EventKind> eventKindFromString(const QString &text)
{
    for (const auto &[value, name] : KindNames) {
        if (name.compare(text, Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

QList<EventKind> allEventKinds()
{
    QList<EventKind> kinds;
    for (const auto &entry : KindNames)
        kinds << entry.first;
    return kinds;
}

QList<FieldChange> FieldChange::between(const Fields *before, const Fields &after)
{
    QList<FieldChange> changes;
    for (qsizetype i = 0; i < after.size(); ++i) {
        const QString old = before && i < before->size() ? before->at(i).second : QString();
        if (old != after.at(i).second)
            changes.append({after.at(i).first, old, after.at(i).second});
    }
    return changes;
}

QString FieldChange::names(const QList<FieldChange> &changes)
{
    QStringList names;
    for (const FieldChange &change : changes)
        names << change.field;
    return names.join(QStringLiteral(", "));
}

QJsonObject WorkspaceEvent::details() const
{
    QJsonObject details;
    if (!changes.isEmpty()) {
        QJsonArray list;
        for (const FieldChange &change : changes)
            list.append(QJsonObject{{QStringLiteral("field"), change.field},
                    {QStringLiteral("before"), change.before},
                    {QStringLiteral("after"), change.after}});
        details.insert(QStringLiteral("changes"), list);
    }
    return details;
}

void WorkspaceEvent::setDetails(const QJsonObject &details)
{
    changes.clear();
    const QJsonArray list = details.value(QStringLiteral("changes")).toArray();
    for (const auto &value : list) {
        const QJsonObject change = value.toObject();
        changes.append({change.value(QStringLiteral("field")).toString(),
                change.value(QStringLiteral("before")).toString(),
                change.value(QStringLiteral("after")).toString()});
    }
}

} // namespace Switchboard
