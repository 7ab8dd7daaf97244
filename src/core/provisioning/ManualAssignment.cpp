// SPDX-License-Identifier: Apache-2.0
#include "core/provisioning/ManualAssignment.h"

#include "core/api/VapiClient.h"
#include "core/provisioning/ApiClientProvider.h"
#include "core/storage/AccountStore.h"
#include "core/storage/DirectoryStore.h"
#include "core/storage/ManualTaskStore.h"
#include "core/storage/NumberPoolStore.h"

#include <QLoggingCategory>
#include <QTimer>

#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcProvisioning)

namespace Switchboard {

FieldError ManualAssignment::validate(Kind kind, const QString &value, Region region)
{
    QString error;
    switch (kind) {
    case Kind::Number:
        if (!PhoneAddress::fromNumber(value, {}, &error).isValid())
            return {tr("number"), error};
        return {};
    case Kind::SipUri: {
        const PhoneAddress uri = PhoneAddress::fromSipUri(value, &error);
        if (!uri.isValid())
            return {tr("SIP URI"), error};
        const QString host = region == Region::Eu ? QStringLiteral("sip.eu.vapi.ai")
                                                  : QStringLiteral("sip.vapi.ai");
        if (uri.sipHost() != host)
            return {tr("SIP URI"),
                    tr("must be on %1, the host of the account's region (not %2)")
                            .arg(host, uri.sipHost())};
        return {};
    }
    case Kind::Existing:
        if (!Validation::isVapiId(value))
            return Validation::checkVapiId(value, tr("existing number"));
        return {};
    }
    return {};
}

ManualAssignment::ManualAssignment(const ProvisioningServices &services, ManualTask task, Kind kind,
        const QString &value, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_task(std::move(task))
    , m_kind(kind)
    , m_value(value.trimmed())
    , m_typed(m_value)
{ }

void ManualAssignment::start()
{
    QTimer::singleShot(0, this, [this] {
        if (m_task.state != ManualTaskState::Open) {
            finish(false, tr("manual task #%1 is not open").arg(m_task.id));
            return;
        }
        m_account = m_services.accounts->vapiAccountServing(m_task.organizationId);
        if (!m_account) {
            finish(false, tr("no Vapi account serves the task's organization"));
            return;
        }
        if (const FieldError problem = validate(m_kind, m_value, m_account->region)) {
            finish(false, problem.toString());
            return;
        }
        // A number (or SIP URI) the account already holds in Vapi is assigned, not imported or
        // created again (Vapi would refuse it as a duplicate): found by its address.
        if (m_kind != Kind::Existing) {
            QString error;
            const PhoneAddress typed = m_kind == Kind::Number ? PhoneAddress::fromNumber(m_value)
                                                              : PhoneAddress::fromSipUri(m_value);
            const QList<PhoneNumber> held
                    = m_services.directory->numbersOfAccount(m_account->id, &error);
            if (!error.isEmpty()) {
                finish(false, error);
                return;
            }
            const auto same = std::find_if(held.cbegin(), held.cend(),
                    [&typed](const PhoneNumber &n) { return n.address == typed; });
            if (same != held.cend()) {
                // One customer's number never answers another customer's assistant.
                if (same->organizationId != 0 && same->organizationId != m_task.organizationId) {
                    finish(false,
                            tr("%1 belongs to another organization in this Vapi account; give "
                               "this assistant a number of its own organization.")
                                    .arg(same->displayText()));
                    return;
                }
                m_kind = Kind::Existing;
                m_value = same->id; // the task still records what was typed (m_typed)
            }
        }
        if (m_kind == Kind::Existing) {
            const auto known = m_services.directory->number(m_value);
            if (known && known->isAssigned() && known->assistantId != m_task.assistantId) {
                finish(false,
                        tr("existing number: %1 already answers another assistant; reassign it "
                           "from "
                           "the Numbers tab instead")
                                .arg(known->displayText()));
                return;
            }
        }
        // Never a second number for one assistant (found by the walk: a stale task, completed
        // after the chain had given the assistant a number, left it with two and took a free
        // number past the cap).
        if (const auto assistant = m_services.directory->assistant(m_task.assistantId); assistant
                && !assistant->phoneNumberId.isEmpty()
                && !(m_kind == Kind::Existing && m_value == assistant->phoneNumberId)) {
            const auto current = m_services.directory->number(assistant->phoneNumberId);
            finish(false,
                    tr("%1 already has a number (%2): drop this task, or take that number away "
                       "on the Numbers tab first.")
                            .arg(m_task.assistantName.isEmpty() ? m_task.assistantId
                                                                : m_task.assistantName,
                                    current ? current->displayText() : assistant->phoneNumberId));
            return;
        }
        m_services.clients->vapiClient(*m_account, this,
                [this](VapiClient *client, const QString &error) { onVapiClient(client, error); });
    });
}

void ManualAssignment::onVapiClient(VapiClient *client, const QString &error)
{
    if (!client) {
        finish(false, error);
        return;
    }
    m_vapi = client;
    auto callback = [this](const ApiResult<PhoneNumber> &result) { done(result); };
    switch (m_kind) {
    case Kind::SipUri: {
        VapiFreeNumberRequest request;
        request.sipUri = PhoneAddress::fromSipUri(m_value).toString();
        request.assistantId = m_task.assistantId;
        m_vapi->createFreeNumber(request, this, callback);
        return;
    }
    case Kind::Existing: {
        const auto known = m_services.directory->number(m_value);
        VapiPhoneNumberPatch patch;
        patch.provider = toString(known ? known->provider : NumberProvider::Vapi);
        patch.assistantId = m_task.assistantId;
        m_vapi->updatePhoneNumber(m_value, patch, this, callback);
        return;
    }
    case Kind::Number: {
        QList<TwilioAccount> candidates;
        if (const auto own = m_services.accounts->organizationTwilioAccount(m_task.organizationId))
            candidates << *own;
        if (const auto workspace = m_services.accounts->workspaceTwilioAccount())
            candidates << *workspace;
        if (candidates.isEmpty()) {
            finish(false,
                    tr("number: no Twilio account is set up to import it from; add the "
                       "organization's or "
                       "the workspace's Twilio account first"));
            return;
        }
        importNumber(candidates);
        return;
    }
    }
}

// Tries the accounts in order: the one whose pool lists the number first, else each in turn
// (Vapi checks that the account owns the number).
void ManualAssignment::importNumber(const QList<TwilioAccount> &candidates)
{
    const PhoneAddress number = PhoneAddress::fromNumber(m_value);
    QList<TwilioAccount> ordered = candidates;
    std::stable_sort(ordered.begin(), ordered.end(),
            [this, &number](const TwilioAccount &a, const TwilioAccount &b) {
                auto listed = [this, &number](const TwilioAccount &account) {
                    const QList<PoolNumber> pool = m_services.pool->numbers(account.id);
                    return std::any_of(pool.cbegin(), pool.cend(),
                            [&number](const PoolNumber &p) { return p.number == number; });
                };
                return listed(a) && !listed(b);
            });
    const TwilioAccount account = ordered.takeFirst();
    m_services.clients->twilioClient(account, this,
            [this, account, ordered, number](TwilioClient *client,
                    const TwilioCredentials &credentials, const QString &error) {
                if (!client) {
                    if (!ordered.isEmpty())
                        importNumber(ordered);
                    else
                        finish(false, error);
                    return;
                }
                VapiTwilioImportRequest request;
                request.number = number.toString();
                request.twilioAccountSid = account.accountSid;
                if (account.authMode == TwilioAuthMode::ApiKey) {
                    request.twilioApiKey = credentials.username;
                    request.twilioApiSecret = credentials.secret;
                } else {
                    request.twilioAuthToken = credentials.secret;
                }
                request.assistantId = m_task.assistantId;
                m_vapi->importTwilioNumber(request, this,
                        [this, account, ordered, number](const ApiResult<PhoneNumber> &result) {
                            if (!result && !ordered.isEmpty() && !result.error().ambiguous) {
                                importNumber(ordered);
                                return;
                            }
                            if (result) {
                                for (const PoolNumber &pooled :
                                        m_services.pool->numbers(account.id)) {
                                    if (pooled.number != number)
                                        continue;
                                    // Vapi has it. A pool that cannot be told offers it again
                                    // later, and the chain then finds it in Vapi before any
                                    // import (ProvisioningJobTwilioLink) and marks it there.
                                    if (const WriteResult marked = m_services.pool->markImported(
                                                pooled.id, result.value().id, pooled.twilioSid);
                                            !marked)
                                        qCWarning(lcProvisioning)
                                                << "pool number" << pooled.id
                                                << "is in Vapi, but the pool could not be told:"
                                                << marked.message();
                                }
                            }
                            done(result);
                        });
            });
}

void ManualAssignment::done(const ApiResult<PhoneNumber> &result)
{
    if (!result) {
        finish(false, result.error().toString());
        return;
    }
    PhoneNumber number = result.value();
    if (!number.address.isValid() && m_kind == Kind::Number) // an answer that hides digits
        number.address = PhoneAddress::fromNumber(m_value);
    number.vapiAccountId = m_account->id;
    number.organizationId = m_task.organizationId;
    // Vapi has it now: the task is closed even if the console's copy cannot be written (the
    // next refresh brings it), and the person is told.
    QString cacheError;
    if (m_services.directory->upsertNumber(number).reportTo(&cacheError)) {
        if (auto assistant = m_services.directory->assistant(m_task.assistantId)) {
            assistant->phoneNumberId = number.id;
            (void)m_services.directory->upsertAssistant(*assistant).reportTo(&cacheError);
        }
    }
    if (const WriteResult closed = m_services.tasks->complete(m_task.id, m_typed, number.id);
            !closed) {
        finish(false,
                tr("%1 was assigned, but the task could not be closed: %2")
                        .arg(number.displayText(), closed.message()),
                number);
        return;
    }
    QString message = tr("Assigned %1; manual task #%2 is closed.")
                              .arg(number.displayText())
                              .arg(m_task.id);
    if (!cacheError.isEmpty())
        message += u' '
                + tr("The workspace could not note the number (%1); the next refresh will.")
                          .arg(cacheError);
    finish(true, message, number);
}

void ManualAssignment::finish(bool succeeded, const QString &message, const PhoneNumber &number)
{
    Q_ASSERT(!m_finished);
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(succeeded, message, number);
    deleteLater();
}

} // namespace Switchboard
