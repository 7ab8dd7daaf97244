// SPDX-License-Identifier: Apache-2.0
#include "core/domain/DomainEnums.h"

#include <array>
#include <utility>

namespace Switchboard {
namespace {

template<typename Enum, std::size_t N>
using Names = std::array<std::pair<Enum, QStringView>, N>;

constexpr Names<Region, 2> regionNames{{{Region::Us, u"us"}, {Region::Eu, u"eu"}}};
constexpr Names<NumberProvider, 6> providerNames{{{NumberProvider::Vapi, u"vapi"},
        {NumberProvider::Twilio, u"twilio"}, {NumberProvider::Vonage, u"vonage"},
        {NumberProvider::Telnyx, u"telnyx"}, {NumberProvider::ByoPhoneNumber, u"byo-phone-number"},
        {NumberProvider::Unknown, u"unknown"}}};
constexpr Names<NumberStatus, 4> statusNames{
        {{NumberStatus::Activating, u"activating"}, {NumberStatus::Active, u"active"},
                {NumberStatus::Blocked, u"blocked"}, {NumberStatus::Unknown, u"unknown"}}};
constexpr Names<TwilioAuthMode, 2> authModeNames{
        {{TwilioAuthMode::AuthToken, u"auth-token"}, {TwilioAuthMode::ApiKey, u"api-key"}}};
constexpr Names<Strategy, 4> strategyNames{
        {{Strategy::VapiFree, u"vapi-free"}, {Strategy::OrganizationTwilio, u"organization-twilio"},
                {Strategy::WorkspaceTwilio, u"workspace-twilio"}, {Strategy::Manual, u"manual"}}};
constexpr Names<AttemptOutcome, 5> outcomeNames{{{AttemptOutcome::InFlight, u"in-flight"},
        {AttemptOutcome::Succeeded, u"succeeded"}, {AttemptOutcome::ManualQueued, u"manual-queued"},
        {AttemptOutcome::Failed, u"failed"}, {AttemptOutcome::Cancelled, u"cancelled"}}};
constexpr Names<StepStatus, 4> stepStatusNames{
        {{StepStatus::Skipped, u"skipped"}, {StepStatus::InFlight, u"in-flight"},
                {StepStatus::Succeeded, u"succeeded"}, {StepStatus::Failed, u"failed"}}};
constexpr Names<ManualTaskState, 3> taskStateNames{{{ManualTaskState::Open, u"open"},
        {ManualTaskState::Completed, u"completed"}, {ManualTaskState::Cancelled, u"cancelled"}}};
constexpr Names<CapSource, 3> capSourceNames{{{CapSource::Documented, u"default"},
        {CapSource::Manual, u"manual"}, {CapSource::Learned, u"learned"}}};
constexpr Names<FreeAreaCodes, 2> freeAreaCodesNames{
        {{FreeAreaCodes::Any, u"any"}, {FreeAreaCodes::OwnOnly, u"own"}}};
constexpr Names<AutoProvision, 3> autoProvisionNames{{{AutoProvision::Workspace, u"workspace"},
        {AutoProvision::On, u"on"}, {AutoProvision::Off, u"off"}}};
constexpr Names<AttemptOrigin, 2> attemptOriginNames{
        {{AttemptOrigin::Request, u"request"}, {AttemptOrigin::Automatic, u"automatic"}}};

template<typename Enum, std::size_t N>
QString nameOf(const Names<Enum, N> &names, Enum value)
{
    for (const auto &[e, name] : names) {
        if (e == value)
            return name.toString();
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const Names<Enum, N> &names, const QString &text)
{
    for (const auto &[e, name] : names) {
        if (name.compare(text, Qt::CaseInsensitive) == 0)
            return e;
    }
    return std::nullopt;
}

} // namespace

QString toString(Region value)
{
    return nameOf(regionNames, value);
}
QString toString(NumberProvider value)
{
    return nameOf(providerNames, value);
}
QString toString(NumberStatus value)
{
    return nameOf(statusNames, value);
}
QString toString(TwilioAuthMode value)
{
    return nameOf(authModeNames, value);
}
QString toString(Strategy value)
{
    return nameOf(strategyNames, value);
}
QString toString(AttemptOutcome value)
{
    return nameOf(outcomeNames, value);
}
QString toString(StepStatus value)
{
    return nameOf(stepStatusNames, value);
}
QString toString(ManualTaskState value)
{
    return nameOf(taskStateNames, value);
}
QString toString(CapSource value)
{
    return nameOf(capSourceNames, value);
}
QString toString(FreeAreaCodes value)
{
    return nameOf(freeAreaCodesNames, value);
}
QString toString(AutoProvision value)
{
    return nameOf(autoProvisionNames, value);
}
QString toString(AttemptOrigin value)
{
    return nameOf(attemptOriginNames, value);
}

std::optional<Region> regionFromString(const QString &text)
{
    return valueOf(regionNames, text);
}

NumberProvider numberProviderFromString(const QString &text)
{
    return valueOf(providerNames, text).value_or(NumberProvider::Unknown);
}

NumberStatus numberStatusFromString(const QString &text)
{
    return valueOf(statusNames, text).value_or(NumberStatus::Unknown);
}

std::optional<TwilioAuthMode> twilioAuthModeFromString(const QString &text)
{
    return valueOf(authModeNames, text);
}

std::optional<Strategy> strategyFromString(const QString &text)
{
    return valueOf(strategyNames, text);
}

std::optional<AttemptOutcome> attemptOutcomeFromString(const QString &text)
{
    return valueOf(outcomeNames, text);
}

std::optional<StepStatus> stepStatusFromString(const QString &text)
{
    return valueOf(stepStatusNames, text);
}

std::optional<ManualTaskState> manualTaskStateFromString(const QString &text)
{
    return valueOf(taskStateNames, text);
}

std::optional<CapSource> capSourceFromString(const QString &text)
{
    return valueOf(capSourceNames, text);
}

std::optional<FreeAreaCodes> freeAreaCodesFromString(const QString &text)
{
    return valueOf(freeAreaCodesNames, text);
}

std::optional<AutoProvision> autoProvisionFromString(const QString &text)
{
    return valueOf(autoProvisionNames, text);
}

std::optional<AttemptOrigin> attemptOriginFromString(const QString &text)
{
    return valueOf(attemptOriginNames, text);
}

} // namespace Switchboard
