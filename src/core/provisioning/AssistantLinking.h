// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/ApiResult.h"
#include "core/domain/Assistant.h"
#include "core/domain/Organization.h"
#include "core/provisioning/ProvisioningServices.h"

#include <QObject>

namespace Switchboard {

// Creating an assistant for an organization, or linking an existing Vapi assistant to one: the
// link lives in the assistant's Vapi metadata (DirectoryRefresh::metadataKey()), so any console
// on any workspace sees it; the assistant is cached with its organization once Vapi confirms.
namespace AssistantLinking {

enum class Mode {
    Create, // nameOrId is the new assistant's name
    Link, // nameOrId is the existing assistant's Vapi id
};

// `done` runs once in `context`'s thread, unless `context` dies first.
void createOrLink(const ProvisioningServices &services, const Organization &organization, Mode mode,
        const QString &nameOrId, QObject *context, const ApiCallback<Assistant> &done);

} // namespace AssistantLinking
} // namespace Switchboard
