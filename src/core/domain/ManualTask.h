// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/DomainEnums.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Switchboard {

// The chain's last link: a person assigns a number by hand. The task carries every earlier
// step's reason so that whoever picks it up knows what was already tried.
struct ManualTask
{
    qint64 id = 0;
    qint64 attemptId = 0;
    qint64 organizationId = 0;
    QString assistantId;
    QString assistantName;
    ManualTaskState state = ManualTaskState::Open;
    QStringList reasons;
    QString instructions;
    QString resolution; // the number, SIP URI or existing number id it was completed with
    QString phoneNumberId;
    QDateTime createdAt;
    QDateTime completedAt;
};

} // namespace Switchboard
