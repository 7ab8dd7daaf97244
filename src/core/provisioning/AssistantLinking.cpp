// SPDX-License-Identifier: Apache-2.0
#include "core/provisioning/AssistantLinking.h"

#include "core/api/ApiErrors.h"
#include "core/api/VapiClient.h"
#include "core/provisioning/ApiClientProvider.h"
#include "core/provisioning/DirectoryRefresh.h"
#include "core/storage/AccountStore.h"
#include "core/storage/DirectoryStore.h"
#include "core/storage/HistoryStore.h"
#include "core/storage/OrganizationStore.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPointer>

Q_DECLARE_LOGGING_CATEGORY(lcProvisioning)

namespace Switchboard::AssistantLinking {
namespace {

struct AssistantLinkingText
{
    Q_DECLARE_TR_FUNCTIONS(Switchboard::AssistantLinking)
};

// What was asked and what came of it, on record with who asked (issue 18); a refusal too.
void record(HistoryStore *history, const Organization &organization, Mode mode,
        const QString &nameOrId, const ApiResult<Assistant> &result)
{
    if (!history)
        return;
    WorkspaceEvent event;
    event.kind = mode == Mode::Create ? EventKind::AssistantCreated : EventKind::AssistantLinked;
    event.failed = !result;
    event.organizationId = organization.id;
    event.organizationSlug = organization.slug;
    if (result) {
        event.assistantId = result.value().id;
        event.assistantName = result.value().name;
        const QString shown
                = event.assistantName.isEmpty() ? event.assistantId : event.assistantName;
        event.summary = mode == Mode::Create
                ? AssistantLinkingText::tr("%1 created in Vapi for %2")
                          .arg(shown, organization.name)
                : AssistantLinkingText::tr("%1 linked to %2").arg(shown, organization.name);
    } else if (mode == Mode::Create) {
        event.assistantName = nameOrId;
        event.summary = AssistantLinkingText::tr("%1 was not created for %2: %3")
                                .arg(nameOrId, organization.name, result.error().toString());
    } else {
        event.assistantId = nameOrId;
        event.summary = AssistantLinkingText::tr("%1 was not linked to %2: %3")
                                .arg(nameOrId, organization.name, result.error().toString());
    }
    if (const WriteResult recorded = history->recordEvent(event); !recorded)
        qCWarning(lcProvisioning) << "assistant" << event.assistantId
                                  << "could not be recorded in the history:" << recorded.message();
}

} // namespace

void createOrLink(const ProvisioningServices &services, const Organization &organization, Mode mode,
        const QString &nameOrId, QObject *context, const ApiCallback<Assistant> &userDone)
{
    HistoryStore *history = services.history;
    const ApiCallback<Assistant> done = [history, organization, mode, nameOrId, userDone](
                                                const ApiResult<Assistant> &result) {
        record(history, organization, mode, nameOrId, result);
        userDone(result);
    };
    const auto account = services.accounts->vapiAccountServing(organization.id);
    if (!account) {
        done(ApiErrors::refused(
                AssistantLinkingText::tr("No Vapi account serves %1; set up the workspace's first.")
                        .arg(organization.name)));
        return;
    }
    const qint64 accountId = account->id;
    const qint64 organizationId = organization.id;
    const QString slug = organization.slug;
    DirectoryStore *directory = services.directory;
    QPointer<QObject> guard(context);
    services.clients->vapiClient(*account, context, [=](VapiClient *client, const QString &error) {
        if (!client) {
            done(ApiErrors::refused(error));
            return;
        }
        auto store = [=](const ApiResult<Assistant> &result) {
            if (result) {
                Assistant assistant = result.value();
                assistant.organizationId = organizationId;
                assistant.vapiAccountId = accountId;
                // Vapi has it: the caller is told so even if the console's copy cannot be
                // written now (the next refresh brings it).
                if (const WriteResult noted = directory->upsertAssistant(assistant); !noted)
                    qCWarning(lcProvisioning) << "assistant" << assistant.id
                                              << "is in Vapi, but the directory could not keep it:"
                                              << noted.message();
                done(assistant);
                return;
            }
            done(result);
        };
        if (!guard)
            return;
        if (mode == Mode::Create) {
            VapiAssistantDraft draft;
            draft.name = nameOrId.left(40);
            draft.metadata.insert(DirectoryRefresh::metadataKey(), slug);
            client->createAssistant(draft, guard, store);
            return;
        }
        client->getAssistant(nameOrId, guard, [=](const ApiResult<Assistant> &found) {
            if (!found && found.error().category == ApiError::Category::NotFound) {
                // Found by the second walk: "refresh the list" for an id of another Vapi
                // account, which no refresh brings.
                done(ApiErrors::refused(AssistantLinkingText::tr(
                        "The Vapi account that serves %1 has no assistant %2: it may belong to "
                        "another Vapi account (another customer's own), or have been deleted.")
                                                .arg(organization.name, nameOrId)));
                return;
            }
            if (!found) {
                done(found);
                return;
            }
            // One customer's assistant is never moved to another by a link: its calls, its
            // number and what it costs would follow it to the other customer's account.
            const QString owner
                    = found.value().metadata.value(DirectoryRefresh::metadataKey()).toString();
            if (!owner.isEmpty() && owner != slug) {
                const auto other = services.organizations->findBySlug(owner);
                done(ApiErrors::refused(
                        AssistantLinkingText::tr(
                                "%1 belongs to %2 already: an assistant is linked to one "
                                "organization only. If it really changes customer, remove "
                                "\"%3\" from its metadata in the Vapi dashboard first.")
                                .arg(found.value().name.isEmpty() ? nameOrId : found.value().name,
                                        other ? other->name : owner,
                                        DirectoryRefresh::metadataKey())));
                return;
            }
            VapiAssistantPatch patch;
            QJsonObject metadata = found.value().metadata;
            metadata.insert(DirectoryRefresh::metadataKey(), slug);
            patch.metadata = metadata;
            if (guard)
                client->updateAssistant(nameOrId, patch, guard, store);
        });
    });
}

} // namespace Switchboard::AssistantLinking
