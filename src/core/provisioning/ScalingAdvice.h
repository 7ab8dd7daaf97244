// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Switchboard {

// What the scaling advice is computed from: counts, not records, so the same advisor serves one
// organization or the whole workspace.
struct ScalingInputs
{
    int organizations = 0; // customer organizations in scope
    int assistants = 0;
    // What the stage and the costs go by: each account's numbers up to its cap, and, across
    // several accounts, the whole allowance as soon as one of them is full.
    int freeNumbersUsed = 0; // in the Vapi account(s) in scope
    int freeNumberCap = 10;
    // What people are told (found by the walk: "5 of 5" beside the meter's "7 of 5", and
    // "25 of 25" for all organizations while 10 were in use): the free numbers the accounts
    // hold, however many, in how many accounts, and how many of those are full.
    int freeNumbersInUse = 0;
    int vapiAccounts = 0;
    int fullVapiAccounts = 0;
    int twilioNumbers = 0; // numbers in scope that cost money each month (pool numbers too)
    bool organizationTwilioConfigured = false;
    bool workspaceTwilioConfigured = false;
    // A configured Twilio account can give a number now: spare pool numbers or buying allowed
    // (TwilioFallback). Unknown (the default) counts as able.
    bool twilioCanServe = true;
    double twilioNumberMonthlyPrice = 1.15;
};

// The stage, cost and next steps; rendered by the GUI's Scaling tab and by `switchboard-cli
// scaling` alike.
struct ScalingAdvice
{
    enum class Stage {
        FreeNumbers, // every assistant fits in the free allowance
        Twilio, // past the free allowance: numbers come from Twilio
        MultiOrganizationTwilio, // 50 customers and more: a Twilio (sub)account per organization
    };

    struct Link
    {
        QString title;
        QUrl url;
    };

    static constexpr int MultiOrganizationThreshold = 50;

    Stage stage = Stage::FreeNumbers;
    double monthlyCostNow = 0;
    double monthlyCostAfter10More = 0; // 10 more assistants
    double monthlyCostAfter50More = 0;
    QString setupTime;
    QStringList nextSteps;
    QList<Link> links;

    static ScalingAdvice advise(const ScalingInputs &inputs);
    // What n more assistants add to the monthly bill, after the free allowance is used.
    static double monthlyCostWith(const ScalingInputs &inputs, int moreAssistants);
    // The free numbers as people count them: "7 in use, cap 5", or across accounts "10 in use
    // in 3 Vapi accounts (caps 25 together); 1 account full".
    static QString freeNumbersText(const ScalingInputs &inputs);
};

QString toString(
        ScalingAdvice::Stage stage); // "free-numbers", "twilio", "multi-organization-twilio"
QString displayName(ScalingAdvice::Stage stage);

} // namespace Switchboard
