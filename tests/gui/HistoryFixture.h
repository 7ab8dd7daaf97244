// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "TestSupport.h"
#include "core/history/HistoryQuery.h"
#include "core/storage/HistoryStore.h"

#include <QTest>

namespace Switchboard::Test {

inline WorkspaceDatabaseOpener openerFor(const QString &databaseFile)
{
    return [databaseFile](DatabaseError *error) {
        return WorkspaceDatabase::open(DatabaseLocation::sqlite(databaseFile), error);
    };
}

inline QString databaseFileOf(const TempWorkspace &workspace)
{
    return QDir(workspace.path()).filePath(QStringLiteral("workspace.db"));
}

// A finished attempt with one skipped step and one final step, started at `startedAt`.
inline ProvisioningAttempt recordAttempt(HistoryStore &history, qint64 organizationId,
        const QString &slug, const QString &assistantName, AttemptOutcome outcome,
        std::optional<Strategy> strategy, const QDateTime &startedAt,
        const QString &number = QStringLiteral("+14155552671"))
{
    ProvisioningAttempt attempt;
    attempt.organizationId = organizationId;
    attempt.organizationSlug = slug;
    attempt.assistantId = QStringLiteral("asst-") + assistantName.toLower().replace(u' ', u'-');
    attempt.assistantName = assistantName;
    attempt.startedAt = startedAt;
    if (const WriteResult begun = history.beginAttempt(attempt); !begun)
        qFatal("beginAttempt: %s", qPrintable(begun.message()));

    ProvisioningStep skipped;
    skipped.attemptId = attempt.id;
    skipped.sequence = 1;
    skipped.strategy = Strategy::VapiFree;
    skipped.status = StepStatus::Skipped;
    skipped.reason = QStringLiteral("the free allowance is used up (10 of 10)");
    skipped.startedAt = startedAt;
    if (const WriteResult recorded = history.recordStep(skipped); !recorded)
        qFatal("recordStep: %s", qPrintable(recorded.message()));

    ProvisioningStep last;
    last.attemptId = attempt.id;
    last.sequence = 2;
    last.strategy = strategy.value_or(Strategy::OrganizationTwilio);
    last.status = outcome == AttemptOutcome::Succeeded ? StepStatus::Succeeded : StepStatus::Failed;
    last.reason = outcome == AttemptOutcome::Succeeded ? QStringLiteral("imported from the pool")
                                                       : QStringLiteral("Twilio refused");
    if (outcome != AttemptOutcome::Succeeded) {
        last.providerCode = QStringLiteral("20003");
        last.providerMessage = QStringLiteral("Authenticate");
    }
    last.startedAt = startedAt;
    last.finishedAt = startedAt.addMSecs(1200);
    if (const WriteResult recorded = history.recordStep(last); !recorded)
        qFatal("recordStep: %s", qPrintable(recorded.message()));

    attempt.outcome = outcome;
    attempt.strategy = outcome == AttemptOutcome::Succeeded ? strategy : std::nullopt;
    if (outcome == AttemptOutcome::Succeeded)
        attempt.address = PhoneAddress::fromNumber(number);
    attempt.summary = outcome == AttemptOutcome::Succeeded
            ? QStringLiteral("%1 got %2").arg(assistantName, number)
            : QStringLiteral("%1 got no number").arg(assistantName);
    attempt.finishedAt = startedAt.addMSecs(1500);
    if (const WriteResult finished = history.finishAttempt(attempt); !finished)
        qFatal("finishAttempt: %s", qPrintable(finished.message()));
    return attempt;
}

} // namespace Switchboard::Test
