// SPDX-License-Identifier: Apache-2.0
#include "core/provisioning/NumberAssignment.h"

#include "core/api/VapiClient.h"
#include "core/provisioning/ApiClientProvider.h"
#include "core/storage/AccountStore.h"
#include "core/storage/DirectoryStore.h"
#include "core/storage/HistoryStore.h"
#include "core/storage/ManualTaskStore.h"
#include "core/storage/OrganizationStore.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

namespace Switchboard {

namespace {

struct NumberAssignmentText
{
    Q_DECLARE_TR_FUNCTIONS(Switchboard::NumberAssignment)
};

} // namespace

NumberAssignment::NumberAssignment(const ProvisioningServices &services, QObject *parent)
    : QObject(parent)
    , m_services(services)
{ }

WriteResult NumberAssignment::check(const QString &numberId, const QString &assistantId,
        PhoneNumber *number, VapiAccount *account) const
{
    QString error;
    const std::optional<PhoneNumber> found = m_services.directory->number(numberId, &error);
    if (!error.isEmpty())
        return WriteResult::failed(error);
    if (!found)
        return WriteResult::notFound(
                NumberAssignmentText::tr("No number in Vapi has the id %1 (as of the last "
                                         "refresh); refresh and try again.")
                        .arg(numberId));
    const std::optional<VapiAccount> serving
            = m_services.accounts->vapiAccount(found->vapiAccountId, &error);
    if (!error.isEmpty())
        return WriteResult::failed(error);
    if (!serving)
        return WriteResult::notFound(
                NumberAssignmentText::tr("The Vapi account of %1 is no longer in the workspace.")
                        .arg(found->address.displayText()));
    if (!assistantId.isEmpty()) {
        const std::optional<Assistant> assistant
                = m_services.directory->assistant(assistantId, &error);
        if (!error.isEmpty())
            return WriteResult::failed(error);
        if (!assistant)
            return WriteResult::notFound(
                    NumberAssignmentText::tr("No assistant has the id %1 (as of the last "
                                             "refresh); refresh and try again.")
                            .arg(assistantId),
                    QStringLiteral("assistant"));
        if (assistant->vapiAccountId != found->vapiAccountId)
            return WriteResult::refused(
                    NumberAssignmentText::tr("%1 is in another Vapi account than %2: a number "
                                             "can only answer an assistant of its own account.")
                            .arg(assistant->name, found->address.displayText()),
                    QStringLiteral("assistant"));
        if (found->organizationId > 0 && assistant->organizationId != found->organizationId) {
            const auto owner = m_services.organizations->findById(found->organizationId);
            return WriteResult::refused(
                    NumberAssignmentText::tr("%1 belongs to %2, and %3 to another organization: "
                                             "one customer's number never answers another "
                                             "customer's assistant.")
                            .arg(found->address.displayText(),
                                    owner ? owner->name : QString::number(found->organizationId),
                                    assistant->name),
                    QStringLiteral("assistant"));
        }
    }
    *number = *found;
    *account = *serving;
    return WriteResult::done();
}

void NumberAssignment::assign(
        const QString &numberId, const QString &assistantId, const Finished &done)
{
    PhoneNumber before;
    VapiAccount account;
    if (const WriteResult checked = check(numberId, assistantId, &before, &account); !checked) {
        finishLater(done, Outcome{checked, checked.message(), {}});
        return;
    }
    if (before.assistantId == assistantId) {
        finishLater(done,
                Outcome{WriteResult::done(),
                        assistantId.isEmpty()
                                ? NumberAssignmentText::tr("%1 answers no assistant already.")
                                          .arg(before.address.displayText())
                                : NumberAssignmentText::tr("%1 answers that assistant already.")
                                          .arg(before.address.displayText()),
                        before});
        return;
    }
    QPointer<NumberAssignment> self(this);
    m_services.clients->vapiClient(account, this,
            [self, before, assistantId, done](VapiClient *client, const QString &error) {
                if (!self)
                    return;
                if (!client) {
                    self->finishLater(done, Outcome{WriteResult::failed(error), error, {}});
                    return;
                }
                VapiPhoneNumberPatch patch;
                patch.provider = toString(before.provider);
                patch.assistantId = assistantId; // empty: sent as null, which unassigns
                client->updatePhoneNumber(before.id, patch, self,
                        [self, before, assistantId, done](const ApiResult<PhoneNumber> &result) {
                            if (!result) {
                                QString message = result.error().toString();
                                message += self->record(before, assistantId, message, true);
                                self->finishLater(
                                        done, Outcome{WriteResult::failed(message), message, {}});
                                return;
                            }
                            PhoneNumber after = result.value();
                            after.organizationId = before.organizationId;
                            after.vapiAccountId = before.vapiAccountId;
                            QString message = self->noteInWorkspace(before, after);
                            message += self->record(before, assistantId, message, false);
                            self->finishLater(done, Outcome{WriteResult::done(), message, after});
                        });
            });
}

// What was asked of Vapi and what came of it, after its answer (a failure too: it was tried).
QString NumberAssignment::record(const PhoneNumber &number, const QString &assistantId,
        const QString &summary, bool failed) const
{
    const QString assistantOf = assistantId.isEmpty() ? number.assistantId : assistantId;
    WorkspaceEvent event;
    event.kind = assistantId.isEmpty() ? EventKind::NumberUnassigned : EventKind::NumberAssigned;
    event.failed = failed;
    event.organizationId = number.organizationId;
    event.assistantId = assistantOf;
    if (const std::optional<Assistant> assistant = m_services.directory->assistant(assistantOf))
        event.assistantName = assistant->name;
    event.phoneNumberId = number.id;
    event.address = number.address;
    const QString shown = number.address.displayText();
    if (!failed)
        event.summary = summary;
    else if (assistantId.isEmpty())
        event.summary = NumberAssignmentText::tr("%1 was not unassigned: %2").arg(shown, summary);
    else
        event.summary = NumberAssignmentText::tr("%1 was not assigned: %2").arg(shown, summary);
    if (const WriteResult recorded = m_services.history->recordEvent(event); !recorded)
        return u' '
                + NumberAssignmentText::tr("It could not be recorded in the history: %1")
                          .arg(recorded.message());
    return {};
}

QString NumberAssignment::noteInWorkspace(const PhoneNumber &before, const PhoneNumber &after) const
{
    const QString number = after.address.displayText();
    const std::optional<Assistant> assistant = after.isAssigned()
            ? m_services.directory->assistant(after.assistantId)
            : std::nullopt;
    QString message = !after.isAssigned()
            ? NumberAssignmentText::tr("%1 no longer answers any assistant.").arg(number)
            : NumberAssignmentText::tr("%1 now answers %2.")
                      .arg(number, assistant ? assistant->name : after.assistantId);
    // Vapi has it; a cache that cannot be written catches up at the next refresh, and the
    // person is told. The assistants' own view of their number follows the number, so the
    // Assistants tab and the Assign list never show a number an assistant no longer has.
    QStringList unnoted;
    if (const WriteResult noted = m_services.directory->upsertNumber(after); !noted)
        unnoted << noted.message();
    if (!before.assistantId.isEmpty() && before.assistantId != after.assistantId) {
        if (std::optional<Assistant> previous = m_services.directory->assistant(before.assistantId);
                previous && previous->phoneNumberId == after.id) {
            previous->phoneNumberId.clear();
            if (const WriteResult noted = m_services.directory->upsertAssistant(*previous); !noted)
                unnoted << noted.message();
        }
    }
    if (assistant && assistant->phoneNumberId != after.id) {
        Assistant now = *assistant;
        now.phoneNumberId = after.id;
        if (const WriteResult noted = m_services.directory->upsertAssistant(now); !noted)
            unnoted << noted.message();
    }
    // An assistant that waited in the manual queue has its number now: its task is done, by
    // this number (else it would say "Waiting in the manual queue" beside the number).
    if (assistant) {
        QString error;
        const QString said = m_services.tasks->closeOpenTaskOf(
                assistant->id, after.address.toString(), after.id, &error);
        if (!error.isEmpty())
            unnoted << error;
        else if (!said.isEmpty())
            message += u' ' + said;
    }
    if (!unnoted.isEmpty())
        message += u' '
                + NumberAssignmentText::tr(
                        "The workspace could not note it (%1); the next refresh will.")
                          .arg(unnoted.join(QStringLiteral("; ")));
    return message;
}

void NumberAssignment::finishLater(const Finished &done, Outcome outcome)
{
    QTimer::singleShot(0, this, [done, outcome = std::move(outcome)] { done(outcome); });
}

} // namespace Switchboard
