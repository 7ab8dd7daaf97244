// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/DomainEnums.h"
#include "core/domain/PhoneAddress.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Switchboard {

// One link of the chain as it was tried: skipped with a reason, or attempted with an outcome.
struct ProvisioningStep
{
    qint64 id = 0;
    qint64 attemptId = 0;
    int sequence = 0;
    Strategy strategy = Strategy::VapiFree;
    StepStatus status = StepStatus::InFlight;
    QString reason; // why it was skipped or how it ended, in plain words
    QString providerCode; // the provider's own error code, if any
    QString providerMessage;
    QString requestTag; // what the create call was tagged with, to find it again after a crash
    QDateTime startedAt;
    QDateTime finishedAt;

    qint64 durationMs() const
    {
        return startedAt.isValid() && finishedAt.isValid() ? startedAt.msecsTo(finishedAt) : -1;
    }
};

// One press of "Provision number" for one assistant, and everything the chain did about it.
// The history is append-only: rows are written before their network call and completed once.
struct ProvisioningAttempt
{
    qint64 id = 0;
    qint64 organizationId = 0;
    // Copied, so that the history still reads right after an organization is removed.
    QString organizationSlug;
    QString assistantId;
    QString assistantName;
    AttemptOrigin origin = AttemptOrigin::Request;
    AttemptOutcome outcome = AttemptOutcome::InFlight;
    std::optional<Strategy> strategy; // the link that delivered, if any
    QString phoneNumberId;
    PhoneAddress address;
    QString summary;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString operatorName; // who started it ("user@computer"); empty: before version 10
    QString databaseRole; // PostgreSQL's role of that connection; empty on SQLite
    QList<ProvisioningStep> steps;
};

} // namespace Switchboard
