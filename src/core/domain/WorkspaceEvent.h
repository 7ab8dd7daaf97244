// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/PhoneAddress.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Switchboard {

// What kind of action an event records. Provisioning attempts are the history's own rows; every
// other action that changes a customer's numbers or setup is one of these.
enum class EventKind {
    NumberAssigned, // a number routed to an assistant in Vapi
    NumberUnassigned, // a number's assistant taken away in Vapi
    NumberReleased, // a number deleted from Vapi
    NumberReleasedOnTwilio, // a pool number released on Twilio (its bill stops)
    NumberPurchased, // a number bought on Twilio
    TaskOpened, // an assistant put in the manual-assignment queue
    TaskCompleted, // a manual task closed with the number a person gave
    TaskCancelled, // a manual task closed without a number
    OrganizationAdded,
    OrganizationChanged,
    OrganizationRemoved,
    AccountChanged, // a Vapi or Twilio account of the workspace or of an organization
    SecretStored, // a key or token put in the keychain (its name only, never the value)
    SecretRemoved,
    PoolNumberAdded,
    PoolNumberRemoved,
    SettingChanged, // a workspace setting
    CapLearned, // a free-number cap Vapi's refusal taught
    AssistantCreated, // an assistant created in Vapi for an organization
    AssistantLinked, // an existing Vapi assistant linked to an organization
};

QString toString(EventKind kind);
std::optional<EventKind> eventKindFromString(const QString &text);
QList<EventKind> allEventKinds();

// One field an event changed, with its old and new value as shown to people (secrets never:
// "replaced" stands for their values).
struct FieldChange
{
    QString field;
    QString before;
    QString after;

    // A record's fields as (name, shown value), in the same order before and after.
    using Fields = QList<std::pair<QString, QString>>;
    // The fields whose values differ; with no `before` (something new), every field that has a
    // value.
    static QList<FieldChange> between(const Fields *before, const Fields &after);
    // "name, contact": the fields that changed, for a summary.
    static QString names(const QList<FieldChange> &changes);
};

// One recorded action: what, when, by whom, about which customer, assistant and number.
// Written once, in the transaction of the change it records, and never changed.
struct WorkspaceEvent
{
    qint64 id = 0;
    QDateTime occurredAt;
    EventKind kind = EventKind::SettingChanged;
    bool failed = false; // the action was tried and did not happen; summary says why
    QString operatorName; // "user@computer"; empty: not known (written before version 10)
    QString databaseRole; // PostgreSQL's role of the connection; empty on SQLite
    qint64 organizationId = 0;
    QString organizationSlug; // copied: the record outlives the organization
    QString assistantId;
    QString assistantName;
    QString phoneNumberId;
    PhoneAddress address;
    qint64 attemptId = 0; // the provisioning attempt this belongs to, if any
    QString summary; // what happened, in plain words
    QList<FieldChange> changes;

    QJsonObject details() const;
    void setDetails(const QJsonObject &details);
};

} // namespace Switchboard
