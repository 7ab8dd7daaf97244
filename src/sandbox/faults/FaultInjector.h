// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sandbox/faults/FaultRule.h"

#include <QList>
#include <QRandomGenerator64>

#include <optional>

namespace Switchboard::Sandbox {

// The active fault rules. For a given seed and sequence of requests it always makes the same
// decisions: every rule draws from its own generator, seeded from the seed and the rule's id.
class FaultInjector
{
public:
    explicit FaultInjector(quint64 seed = 1);

    void setSeed(quint64 seed) { m_seed = seed; }
    // Adds a rule at the end (the first rule that fires wins) and returns its id.
    int add(FaultRule rule);
    bool remove(int id);
    void clear();
    QList<FaultRule> rules() const;

    // The fault for this request, or nullopt. A rule with a count spends one on a hit.
    std::optional<FaultRule> decide(const QByteArray &method, const QString &path);

private:
    struct ActiveRule
    {
        FaultRule rule;
        QRandomGenerator64 generator;
    };

    quint64 m_seed;
    int m_nextId = 1;
    QList<ActiveRule> m_rules;
};

} // namespace Switchboard::Sandbox
