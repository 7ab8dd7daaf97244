// SPDX-License-Identifier: Apache-2.0
#include "sandbox/faults/FaultInjector.h"

namespace Switchboard::Sandbox {

FaultInjector::FaultInjector(quint64 seed)
    : m_seed(seed)
{ }

int FaultInjector::add(FaultRule rule)
{
    rule.id = m_nextId++;
    // The golden-ratio multiplier spreads consecutive ids over the whole seed space.
    const quint64 ruleSeed = m_seed ^ (quint64(rule.id) * 0x9E3779B97F4A7C15ULL);
    m_rules.append({rule, QRandomGenerator64(ruleSeed)});
    return rule.id;
}

bool FaultInjector::remove(int id)
{
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        if (m_rules.at(i).rule.id == id) {
            m_rules.removeAt(i);
            return true;
        }
    }
    return false;
}

void FaultInjector::clear()
{
    m_rules.clear();
}

QList<FaultRule> FaultInjector::rules() const
{
    QList<FaultRule> rules;
    for (const ActiveRule &active : m_rules)
        rules.append(active.rule);
    return rules;
}

std::optional<FaultRule> FaultInjector::decide(const QByteArray &method, const QString &path)
{
    for (ActiveRule &active : m_rules) {
        FaultRule &rule = active.rule;
        if (rule.isExhausted() || !rule.matches(method, path))
            continue;
        if (rule.rate < 1.0 && active.generator.generateDouble() >= rule.rate)
            continue;
        if (rule.remaining > 0)
            --rule.remaining;
        ++rule.hits;
        return rule;
    }
    return std::nullopt;
}

} // namespace Switchboard::Sandbox
