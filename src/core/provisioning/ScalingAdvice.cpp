// SPDX-License-Identifier: Apache-2.0
#include "core/provisioning/ScalingAdvice.h"

#include "core/provisioning/FreeNumberUsage.h"

#include <QCoreApplication>

#include <algorithm>

namespace Switchboard {
namespace {

// The context of this file's messages in the .ts files (lupdate reads it from here).
struct ScalingAdviceText
{
    Q_DECLARE_TR_FUNCTIONS(Switchboard::ScalingAdvice)
};

} // namespace

double ScalingAdvice::monthlyCostWith(const ScalingInputs &inputs, int moreAssistants)
{
    const int freeLeft = std::max(inputs.freeNumberCap - inputs.freeNumbersUsed, 0);
    const int paidMore = std::max(moreAssistants - freeLeft, 0);
    return (inputs.twilioNumbers + paidMore) * inputs.twilioNumberMonthlyPrice;
}

QString ScalingAdvice::freeNumbersText(const ScalingInputs &inputs)
{
    if (inputs.vapiAccounts == 0)
        return ScalingAdviceText::tr("no Vapi account");
    if (inputs.vapiAccounts == 1)
        return ScalingAdviceText::tr("%L1 in use, cap %L2")
                .arg(inputs.freeNumbersInUse)
                .arg(inputs.freeNumberCap);
    QString text = ScalingAdviceText::tr("%L1 in use in %L2 Vapi accounts (caps %L3 together)")
                           .arg(inputs.freeNumbersInUse)
                           .arg(inputs.vapiAccounts)
                           .arg(inputs.freeNumberCap);
    if (inputs.fullVapiAccounts > 0)
        text += ScalingAdviceText::tr("; %n account(s) full", nullptr, inputs.fullVapiAccounts);
    return text;
}

ScalingAdvice ScalingAdvice::advise(const ScalingInputs &inputs)
{
    ScalingAdvice advice;
    const FreeNumberUsage usage(inputs.freeNumbersUsed, inputs.freeNumberCap);
    const bool twilioReady
            = inputs.organizationTwilioConfigured || inputs.workspaceTwilioConfigured;

    if (inputs.organizations >= MultiOrganizationThreshold)
        advice.stage = Stage::MultiOrganizationTwilio;
    else if (usage.level() == FreeNumberUsage::Level::Full)
        advice.stage = Stage::Twilio; // where the next number comes from; paid numbers held
                                      // while free ones remain are a cost, not a stage
    else
        advice.stage = Stage::FreeNumbers;

    advice.monthlyCostNow = inputs.twilioNumbers * inputs.twilioNumberMonthlyPrice;
    advice.monthlyCostAfter10More = monthlyCostWith(inputs, 10);
    advice.monthlyCostAfter50More = monthlyCostWith(inputs, 50);

    switch (advice.stage) {
    case Stage::FreeNumbers:
        advice.setupTime = ScalingAdviceText::tr("None: free numbers need no setup.");
        advice.nextSteps << ScalingAdviceText::tr(
                "Keep provisioning: new assistants get free Vapi numbers.");
        if (usage.level() == FreeNumberUsage::Level::Warning)
            advice.nextSteps << usage.advice();
        if (!twilioReady)
            advice.nextSteps << ScalingAdviceText::tr(
                    "Before the free allowance runs out, set up a Twilio account "
                    "for the workspace (about 15 minutes, once).");
        break;
    case Stage::Twilio:
        advice.setupTime = !twilioReady
                ? ScalingAdviceText::tr("About 15 minutes, once: a Twilio account, one "
                                        "number, and its credentials in Switchboard.")
                : inputs.twilioCanServe
                ? ScalingAdviceText::tr("Done: Twilio is set up.")
                // Found by the GUI walk: "Done" beside "Needs Twilio" in the list.
                : ScalingAdviceText::tr("Twilio is set up, but it can give no number: its pool "
                                        "is used up and buying is off. New assistants wait in "
                                        "the manual queue.");
        if (!twilioReady) {
            advice.nextSteps << ScalingAdviceText::tr(
                    "Set up Twilio for the workspace: create the account, buy a "
                    "number, and enter the account SID and auth token in Settings.");
        } else if (!inputs.twilioCanServe) {
            advice.nextSteps << ScalingAdviceText::tr(
                    "Add numbers the Twilio account owns to its pool, or allow purchases with a "
                    "monthly limit.");
        } else {
            advice.nextSteps << ScalingAdviceText::tr(
                    "Keep a few spare numbers in the Twilio pool, or allow "
                    "purchases with a monthly limit.");
        }
        advice.nextSteps << ScalingAdviceText::tr(
                "When customers want their own billing, give them their own "
                "Twilio account or subaccount.");
        break;
    case Stage::MultiOrganizationTwilio:
        advice.setupTime = ScalingAdviceText::tr(
                "About 30 minutes per organization: a Twilio subaccount, its "
                "number pool and its credentials.");
        advice.nextSteps
                << ScalingAdviceText::tr(
                           "Give each organization its own Twilio subaccount and number "
                           "pool, for isolated billing and white-label use.")
                << ScalingAdviceText::tr(
                           "Allow purchases per organization with a monthly limit, so pools "
                           "refill without manual work.")
                << ScalingAdviceText::tr("Review the manual-assignment queue weekly.");
        break;
    }
    advice.links << Link{ScalingAdviceText::tr("Vapi dashboard: phone numbers"),
            FreeNumberUsage::vapiDashboardUrl(Region::Us)}
                 << Link{ScalingAdviceText::tr("Twilio console: phone numbers"),
                            FreeNumberUsage::twilioConsoleUrl()}
                 << Link{ScalingAdviceText::tr("Twilio pricing"),
                            QUrl(QStringLiteral("https://www.twilio.com/en-us/voice/pricing/us"))};
    return advice;
}

QString toString(ScalingAdvice::Stage stage)
{
    switch (stage) {
    case ScalingAdvice::Stage::FreeNumbers:
        return QStringLiteral("free-numbers");
    case ScalingAdvice::Stage::Twilio:
        return QStringLiteral("twilio");
    case ScalingAdvice::Stage::MultiOrganizationTwilio:
        return QStringLiteral("multi-organization-twilio");
    }
    return {};
}

QString displayName(ScalingAdvice::Stage stage)
{
    switch (stage) {
    case ScalingAdvice::Stage::FreeNumbers:
        return ScalingAdviceText::tr("Free numbers");
    case ScalingAdvice::Stage::Twilio:
        return ScalingAdviceText::tr("Twilio");
    case ScalingAdvice::Stage::MultiOrganizationTwilio:
        return ScalingAdviceText::tr("Multi-organization Twilio");
    }
    return {};
}

} // namespace Switchboard
