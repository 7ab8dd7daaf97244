#include "DisplayNames.h"

#include <QCoreApplication>
#include <QLocale>

namespace Switchboard::DisplayNames {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Switchboard::DisplayNames", text);
}

} // namespace

QString region(Region value)
{
    switch (value) {
    case Region::Us:
        return tr("United States");
    case Region::Eu:
        return tr("European Union");
    }
    return {};
}

QString provider(NumberProvider value)
{
    switch (value) {
    case NumberProvider::Vapi:
        return tr("Vapi (free)");
    case NumberProvider::Twilio:
        return tr("Twilio");
    case NumberProvider::Vonage:
        return tr("Vonage");
    case NumberProvider::Telnyx:
        return tr("Telnyx");
    case NumberProvider::ByoPhoneNumber:
        return tr("Own carrier (SIP trunk)");
    case NumberProvider::Unknown:
        return tr("Unknown");
    }
    return {};
}

QString numberStatus(NumberStatus value)
{
    switch (value) {
    case NumberStatus::Activating:
        return tr("Activating");
    case NumberStatus::Active:
        return tr("Active");
    case NumberStatus::Blocked:
        return tr("Blocked");
    case NumberStatus::Unknown:
        return tr("Unknown");
    }
    return {};
}

QString strategy(Strategy value)
{
    switch (value) {
    case Strategy::VapiFree:
        return tr("Free Vapi number");
    case Strategy::OrganizationTwilio:
        return tr("Organization's Twilio");
    case Strategy::WorkspaceTwilio:
        return tr("Workspace's Twilio");
    case Strategy::Manual:
        return tr("Manual assignment");
    }
    return {};
}

QString outcome(AttemptOutcome value)
{
    switch (value) {
    case AttemptOutcome::InFlight:
        return tr("In progress");
    case AttemptOutcome::Succeeded:
        return tr("Succeeded");
    case AttemptOutcome::ManualQueued:
        return tr("Queued for manual assignment");
    case AttemptOutcome::Failed:
        return tr("Failed");
    case AttemptOutcome::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString stepStatus(StepStatus value)
{
    switch (value) {
    case StepStatus::Skipped:
        return tr("Skipped");
    case StepStatus::InFlight:
        return tr("In progress");
    case StepStatus::Succeeded:
        return tr("Succeeded");
    case StepStatus::Failed:
        return tr("Failed");
    }
    return {};
}

QString taskState(ManualTaskState value)
{
    switch (value) {
    case ManualTaskState::Open:
        return tr("Open");
    case ManualTaskState::Completed:
        return tr("Completed");
    case ManualTaskState::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString duration(qint64 milliseconds)
{
    if (milliseconds < 0)
        return QStringLiteral("—");
    if (milliseconds < 1000)
        return tr("%1 ms").arg(milliseconds);
    return tr("%1 s").arg(QLocale().toString(double(milliseconds) / 1000.0, 'f', 1));
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

} // namespace Switchboard::DisplayNames
