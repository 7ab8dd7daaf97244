// SPDX-License-Identifier: Apache-2.0
#include "cli/commands/ProvisionOutput.h"

#include "cli/TerminalText.h"

#include "core/provisioning/ProvisioningResult.h"

#include <QJsonArray>
#include <QTextStream>

namespace Switchboard::Cli {

QJsonObject resultJson(const ProvisioningResult &r)
{
    QJsonArray steps;
    for (const ProvisioningStep &step : r.steps) {
        steps.append(QJsonObject{{QStringLiteral("strategy"), toString(step.strategy)},
                {QStringLiteral("status"), toString(step.status)},
                {QStringLiteral("reason"), step.reason},
                {QStringLiteral("providerCode"), step.providerCode},
                {QStringLiteral("providerMessage"), step.providerMessage},
                {QStringLiteral("durationMs"), step.durationMs()}});
    }
    return QJsonObject{{QStringLiteral("attemptId"), r.attemptId},
            {QStringLiteral("assistantId"), r.assistantId},
            {QStringLiteral("outcome"), toString(r.outcome)},
            {QStringLiteral("origin"), toString(r.origin)},
            {QStringLiteral("strategy"), r.strategy ? toString(*r.strategy) : QString()},
            {QStringLiteral("phoneNumberId"), r.number.id},
            {QStringLiteral("number"), r.number.address.toString()},
            {QStringLiteral("alreadyHadNumber"), r.alreadyHadNumber},
            {QStringLiteral("manualTaskId"), r.manualTaskId},
            {QStringLiteral("summary"), r.summary}, {QStringLiteral("steps"), steps}};
}

void printSteps(QTextStream &out, const ProvisioningResult &r)
{
    for (const ProvisioningStep &step : r.steps) {
        out << "  " << toString(step.strategy).leftJustified(20)
            << toString(step.status).leftJustified(10) << printable(step.reason);
        if (!step.providerMessage.isEmpty())
            out << " [" << printable(step.providerMessage) << ']';
        out << '\n';
    }
}

} // namespace Switchboard::Cli
