// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/secrets/SecretJob.h"

#include <QPointer>

#include <memory>

namespace Switchboard::Test {

// What a finished job reported, copied out in its finished() handler (the job deletes itself
// afterwards). count counts the finishes: exactly one is the contract.
struct JobOutcome
{
    int count = 0;
    SecretError error;
    QString value;
    SecretSource source = SecretSource::NotSet;
    QPointer<SecretJob> job;
};

inline std::shared_ptr<JobOutcome> watch(SecretJob *job)
{
    auto outcome = std::make_shared<JobOutcome>();
    outcome->job = job;
    job->then(job, [outcome](SecretJob *done) {
        ++outcome->count;
        outcome->error = done->error();
        outcome->value = done->value();
        outcome->source = done->source();
    });
    return outcome;
}

} // namespace Switchboard::Test

// Waits for the job to finish, then for it to delete itself, and checks it finished once.
// Takes a JobOutcome pointer, or an expression making one (evaluated once).
#define SB_AWAIT(outcomeExpression)                                                                \
    do {                                                                                           \
        const std::shared_ptr<Switchboard::Test::JobOutcome> &sbOutcome = (outcomeExpression);     \
        QTRY_COMPARE(sbOutcome->count, 1);                                                         \
        QTRY_VERIFY(sbOutcome->job.isNull());                                                      \
        QCOMPARE(sbOutcome->count, 1);                                                             \
    } while (false)

// QCOMPARE for the secrets' enums by their stable names (QTest cannot print them itself).
#define SB_COMPARE_NAMES(actual, expected)                                                         \
    QCOMPARE(Switchboard::toString(actual), Switchboard::toString(expected))
