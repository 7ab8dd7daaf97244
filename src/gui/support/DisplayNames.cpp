// SPDX-License-Identifier: Apache-2.0
#include "gui/support/DisplayNames.h"

#include <QCoreApplication>
#include <QLocale>

namespace Switchboard::DisplayNames {
namespace {

// The context of this file's messages in the .ts files (lupdate reads it from here).
struct DisplayNamesText
{
    Q_DECLARE_TR_FUNCTIONS(Switchboard::DisplayNames)
};

} // namespace

QString region(Region value)
{
    switch (value) {
    case Region::Us:
        return DisplayNamesText::tr("United States");
    case Region::Eu:
        return DisplayNamesText::tr("European Union");
    }
    return {};
}

QString provider(NumberProvider value)
{
    switch (value) {
    case NumberProvider::Vapi:
        return DisplayNamesText::tr("Vapi (free)");
    case NumberProvider::Twilio:
        return DisplayNamesText::tr("Twilio");
    case NumberProvider::Vonage:
        return DisplayNamesText::tr("Vonage");
    case NumberProvider::Telnyx:
        return DisplayNamesText::tr("Telnyx");
    case NumberProvider::ByoPhoneNumber:
        return DisplayNamesText::tr("Own carrier (SIP trunk)");
    case NumberProvider::Unknown:
        return DisplayNamesText::tr("Unknown");
    }
    return {};
}

QString numberStatus(NumberStatus value)
{
    switch (value) {
    case NumberStatus::Activating:
        return DisplayNamesText::tr("Activating");
    case NumberStatus::Active:
        return DisplayNamesText::tr("Active");
    case NumberStatus::Blocked:
        return DisplayNamesText::tr("Blocked");
    case NumberStatus::Unknown:
        return DisplayNamesText::tr("Unknown");
    }
    return {};
}

QString strategy(Strategy value)
{
    switch (value) {
    case Strategy::VapiFree:
        return DisplayNamesText::tr("Free Vapi number");
    case Strategy::OrganizationTwilio:
        return DisplayNamesText::tr("Organization's Twilio");
    case Strategy::WorkspaceTwilio:
        return DisplayNamesText::tr("Workspace's Twilio");
    case Strategy::Manual:
        return DisplayNamesText::tr("Manual assignment");
    }
    return {};
}

QString taskReason(const QString &storedReason)
{
    const qsizetype colon = storedReason.indexOf(QLatin1String(": "));
    if (colon <= 0)
        return storedReason;
    const std::optional<Strategy> link = strategyFromString(storedReason.left(colon));
    if (!link)
        return storedReason;
    return strategy(*link) + storedReason.mid(colon);
}

QString outcome(AttemptOutcome value)
{
    switch (value) {
    case AttemptOutcome::InFlight:
        return DisplayNamesText::tr("In progress");
    case AttemptOutcome::Succeeded:
        return DisplayNamesText::tr("Succeeded");
    case AttemptOutcome::ManualQueued:
        return DisplayNamesText::tr("Queued for manual assignment");
    case AttemptOutcome::Failed:
        return DisplayNamesText::tr("Failed");
    case AttemptOutcome::Cancelled:
        return DisplayNamesText::tr("Cancelled");
    }
    return {};
}

QString stepStatus(StepStatus value)
{
    switch (value) {
    case StepStatus::Skipped:
        return DisplayNamesText::tr("Skipped");
    case StepStatus::InFlight:
        return DisplayNamesText::tr("In progress");
    case StepStatus::Succeeded:
        return DisplayNamesText::tr("Succeeded");
    case StepStatus::Failed:
        return DisplayNamesText::tr("Failed");
    }
    return {};
}

QString taskState(ManualTaskState value)
{
    switch (value) {
    case ManualTaskState::Open:
        return DisplayNamesText::tr("Open");
    case ManualTaskState::Completed:
        return DisplayNamesText::tr("Completed");
    case ManualTaskState::Cancelled:
        return DisplayNamesText::tr("Cancelled");
    }
    return {};
}

QString duration(qint64 milliseconds)
{
    if (milliseconds < 0)
        return QStringLiteral("—");
    if (milliseconds < 1000)
        return DisplayNamesText::tr("%1 ms").arg(milliseconds);
    return DisplayNamesText::tr("%1 s").arg(
            QLocale().toString(double(milliseconds) / 1000.0, 'f', 1));
}

QString monthlyCost(double dollars)
{
    // Twilio bills in US dollars; the figures follow the user's locale (the C locale, which
    // would write "1.25$", reads as American English).
    QLocale locale;
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    return locale.toCurrencyString(dollars, QStringLiteral("$"), 2);
}

QString eventKind(EventKind value)
{
    switch (value) {
    case EventKind::NumberAssigned:
        return DisplayNamesText::tr("Number assigned");
    case EventKind::NumberUnassigned:
        return DisplayNamesText::tr("Number unassigned");
    case EventKind::NumberReleased:
        return DisplayNamesText::tr("Number released from Vapi");
    case EventKind::NumberReleasedOnTwilio:
        return DisplayNamesText::tr("Number released on Twilio");
    case EventKind::NumberPurchased:
        return DisplayNamesText::tr("Number bought");
    case EventKind::TaskOpened:
        return DisplayNamesText::tr("Manual task opened");
    case EventKind::TaskCompleted:
        return DisplayNamesText::tr("Manual task completed");
    case EventKind::TaskCancelled:
        return DisplayNamesText::tr("Manual task dropped");
    case EventKind::OrganizationAdded:
        return DisplayNamesText::tr("Organization added");
    case EventKind::OrganizationChanged:
        return DisplayNamesText::tr("Organization changed");
    case EventKind::OrganizationRemoved:
        return DisplayNamesText::tr("Organization removed");
    case EventKind::AccountChanged:
        return DisplayNamesText::tr("Account changed");
    case EventKind::SecretStored:
        return DisplayNamesText::tr("Secret stored");
    case EventKind::SecretRemoved:
        return DisplayNamesText::tr("Secret removed");
    case EventKind::PoolNumberAdded:
        return DisplayNamesText::tr("Pool number added");
    case EventKind::PoolNumberRemoved:
        return DisplayNamesText::tr("Pool number removed");
    case EventKind::SettingChanged:
        return DisplayNamesText::tr("Setting changed");
    case EventKind::CapLearned:
        return DisplayNamesText::tr("Free-number cap learned");
    case EventKind::AssistantCreated:
        return DisplayNamesText::tr("Assistant created");
    case EventKind::AssistantLinked:
        return DisplayNamesText::tr("Assistant linked");
    }
    return {};
}

QString recordTime(const QDateTime &when)
{
    const QLocale locale;
    QString format = locale.dateTimeFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return locale.toString(when.toLocalTime(), format);
}

} // namespace Switchboard::DisplayNames
