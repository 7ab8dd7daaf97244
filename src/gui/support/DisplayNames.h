// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/DomainEnums.h"

#include "core/domain/WorkspaceEvent.h"

#include <QDateTime>
#include <QString>

// Names of the domain's vocabularies for people, translated; the stable lower-case names of
// DomainEnums stay for the database, the CLI and the exports.
namespace Switchboard::DisplayNames {

QString region(Region value);
QString provider(NumberProvider value);
QString numberStatus(NumberStatus value);
QString strategy(Strategy value);
// What an event records, for people: "Number released", "Organization changed".
QString eventKind(EventKind value);
// A manual task's reason as the chain stored it ("vapi-free: …"), with the link named for
// people ("Free Vapi number: …"); any other text as it is.
QString taskReason(const QString &storedReason);
QString outcome(AttemptOutcome value);
QString stepStatus(StepStatus value);
QString taskState(ManualTaskState value);

// "1.2 s", "340 ms", or "—" for an unknown duration.
QString duration(qint64 milliseconds);
// A monthly cost in US dollars: "$12.65".
QString monthlyCost(double dollars);
// When a record was made, in local time, in the locale's short form with the year whole:
// "12/7/2026 3:04 PM" (a record is read years later; "12/7/26" was found ambiguous by the walk).
QString recordTime(const QDateTime &when);

} // namespace Switchboard::DisplayNames
