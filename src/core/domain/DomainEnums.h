// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <optional>

// The closed vocabularies of the domain, with the stable lower-case names that the database,
// the CLI's --json output and the exports use. Display names for people live in the GUI.
namespace Switchboard {

enum class Region {
    Us,
    Eu,
};

enum class NumberProvider {
    Vapi,
    Twilio,
    Vonage,
    Telnyx,
    ByoPhoneNumber,
    Unknown,
};

enum class NumberStatus {
    Activating,
    Active,
    Blocked,
    Unknown,
};

enum class TwilioAuthMode {
    AuthToken, // AccountSid:AuthToken
    ApiKey, // SK…:secret, the account SID still in the path
};

// The links of the provisioning chain, in the order they are tried.
enum class Strategy {
    VapiFree,
    OrganizationTwilio,
    WorkspaceTwilio,
    Manual,
};

enum class AttemptOutcome {
    InFlight, // written before the first network call; reconciled at the next start if left
    Succeeded,
    ManualQueued, // ended in the manual-assignment queue
    Failed,
    Cancelled,
};

enum class StepStatus {
    Skipped,
    InFlight,
    Succeeded,
    Failed,
};

enum class ManualTaskState {
    Open,
    Completed,
    Cancelled,
};

// Where a Vapi account's free-number cap comes from.
enum class CapSource {
    Documented, // Vapi's documented cap (VapiAccount::DefaultFreeNumberCap)
    Manual, // set by a person
    Learned, // Vapi refused a free number over it
};

// Which US area codes an organization takes free numbers from, when its own has no stock.
enum class FreeAreaCodes {
    Any, // any code Vapi suggests: a free number anywhere beats a paid one
    OwnOnly, // only the organization's preferred code
};

// What started a provisioning attempt: a person (a click, `provision`) or the automatic path
// for new assistants (AutoProvisioner), which tries an assistant once only.
enum class AttemptOrigin {
    Request,
    Automatic,
};

// Whether an organization's new assistants get a number without anyone asking (issue 19).
enum class AutoProvision {
    Workspace, // as the workspace's default says (WorkspaceSettings::autoProvisionByDefault)
    On,
    Off, // only when someone clicks "Provision number" or runs `provision`
};

QString toString(Region value);
QString toString(NumberProvider value);
QString toString(NumberStatus value);
QString toString(TwilioAuthMode value);
QString toString(Strategy value);
QString toString(AttemptOutcome value);
QString toString(StepStatus value);
QString toString(ManualTaskState value);
QString toString(CapSource value);
QString toString(FreeAreaCodes value);
QString toString(AutoProvision value);
QString toString(AttemptOrigin value);

// Parsing is strict for our own vocabularies (nullopt on an unknown name) and lenient for the
// providers' (an unknown provider or status maps to Unknown: the services add values).
std::optional<Region> regionFromString(const QString &text);
NumberProvider numberProviderFromString(const QString &text);
NumberStatus numberStatusFromString(const QString &text);
std::optional<TwilioAuthMode> twilioAuthModeFromString(const QString &text);
std::optional<Strategy> strategyFromString(const QString &text);
std::optional<AttemptOutcome> attemptOutcomeFromString(const QString &text);
std::optional<StepStatus> stepStatusFromString(const QString &text);
std::optional<ManualTaskState> manualTaskStateFromString(const QString &text);
std::optional<CapSource> capSourceFromString(const QString &text);
std::optional<FreeAreaCodes> freeAreaCodesFromString(const QString &text);
std::optional<AutoProvision> autoProvisionFromString(const QString &text);
std::optional<AttemptOrigin> attemptOriginFromString(const QString &text);

} // namespace Switchboard
