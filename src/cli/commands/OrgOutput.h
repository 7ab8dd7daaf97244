// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>

namespace Switchboard {
struct OrganizationSetup;
}

namespace Switchboard::Cli {

class CliContext;

// How `org show`, `org add` and `org edit` print an organization: its setup, its own accounts
// and its pool numbers with their state; never a secret.
QJsonObject organizationJson(CliContext &context, const OrganizationSetup &setup);
// As text for people, or as organizationJson() with --json.
void printOrganization(CliContext &context, const OrganizationSetup &setup);

} // namespace Switchboard::Cli
