// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/PhoneNumber.h"
#include "core/domain/ProvisioningAttempt.h"
#include "core/provisioning/FreeNumberUsage.h"

#include <QMetaType>

namespace Switchboard {

// How one provisioning ended, for the console and the CLI to report.
struct ProvisioningResult
{
    QString assistantId;
    qint64 attemptId = 0; // 0 when nothing was recorded (the request itself was refused)
    // The request was wrong (an assistant that does not exist, or is another organization's):
    // nothing was bought, created or written.
    bool refused = false;
    // The workspace refused a write on the way (a full disk, a read-only file): the summary
    // says so, and the history may lack this outcome until the next start settles it.
    bool storageFailed = false;
    // An automatic attempt found that the assistant was tried before (by another process, or
    // meanwhile): nothing was done or written; a person provisions it on request.
    bool alreadyTried = false;
    AttemptOrigin origin = AttemptOrigin::Request;
    AttemptOutcome outcome = AttemptOutcome::Failed;
    std::optional<Strategy> strategy;
    PhoneNumber number; // the number the assistant has now, when it has one
    bool alreadyHadNumber = false;
    qint64 manualTaskId = 0;
    QString summary; // one sentence
    FreeNumberUsage usageBefore; // of the serving Vapi account, before the chain ran
    QList<ProvisioningStep> steps;

    bool succeeded() const { return outcome == AttemptOutcome::Succeeded; }
};

} // namespace Switchboard

Q_DECLARE_METATYPE(Switchboard::ProvisioningResult)
