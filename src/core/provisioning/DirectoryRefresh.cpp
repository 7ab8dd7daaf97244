// SPDX-License-Identifier: Apache-2.0
#include "core/provisioning/DirectoryRefresh.h"

#include "core/api/VapiClient.h"
#include "core/provisioning/ApiClientProvider.h"
#include "core/provisioning/DirectorySync.h"
#include "core/storage/AccountStore.h"
#include "core/storage/DirectoryStore.h"
#include "core/storage/OrganizationStore.h"

#include <QHash>
#include <QTimer>

namespace Switchboard {

DirectoryRefresh::DirectoryRefresh(
        const ProvisioningServices &services, qint64 organizationId, QObject *parent)
    : QObject(parent)
    , m_services(services)
{
    if (organizationId > 0) {
        if (const auto account = m_services.accounts->vapiAccountServing(organizationId))
            m_accounts << *account;
    } else {
        m_accounts = m_services.accounts->vapiAccounts();
    }
    for (const VapiAccount &account : std::as_const(m_accounts))
        m_asked.insert(account.id);
}

// Not const, whatever clang-tidy says: starting is this object's change of state, made by the
// event loop a moment later; a const start() would say the opposite.
// NOLINTNEXTLINE(readability-make-member-function-const)
void DirectoryRefresh::start()
{
    QTimer::singleShot(0, this, &DirectoryRefresh::next);
}

void DirectoryRefresh::next()
{
    if (m_accounts.isEmpty()) {
        Q_ASSERT(!m_finished);
        m_finished = true;
        Q_EMIT finished(m_problems.isEmpty());
        return;
    }
    const VapiAccount account = m_accounts.takeFirst();
    m_services.clients->vapiClient(
            account, this, [this, account](VapiClient *client, const QString &error) {
                if (!client) {
                    m_problems << error; // no key to ask with: the keychain's, or none set
                    m_credentialsRefused = true;
                    next();
                    return;
                }
                refresh(client, account);
            });
}

void DirectoryRefresh::noteFailure(const ApiError &error)
{
    m_problems << error.toString();
    switch (error.category) {
    case ApiError::Category::Network:
    case ApiError::Category::Timeout:
    case ApiError::Category::Blocked:
    case ApiError::Category::Server:
    case ApiError::Category::RateLimited:
    case ApiError::Category::Tls:
        m_unreachable = true;
        break;
    case ApiError::Category::Auth:
        m_credentialsRefused = true;
        break;
    default:
        break;
    }
}

void DirectoryRefresh::refresh(VapiClient *client, const VapiAccount &account)
{
    client->listAssistants(
            this, [this, client, account](const ApiResult<QList<Assistant>> &assistants) {
                if (!assistants) {
                    noteFailure(assistants.error());
                    next();
                    return;
                }
                QList<Assistant> linked = assistants.value();
                DirectorySync::linkToOrganizations(
                        account, *m_services.organizations, *m_services.accounts, linked);
                client->listAllPhoneNumbers(this,
                        [this, account, linked](const ApiResult<QList<PhoneNumber>> &numbers) {
                            if (!numbers) {
                                noteFailure(numbers.error());
                                next();
                                return;
                            }
                            QHash<QString, QString> numberOfAssistant;
                            for (const PhoneNumber &number : numbers.value()) {
                                if (!number.assistantId.isEmpty())
                                    numberOfAssistant.insert(number.assistantId, number.id);
                            }
                            QList<Assistant> withNumbers = linked;
                            for (Assistant &assistant : withNumbers)
                                assistant.phoneNumberId = numberOfAssistant.value(assistant.id);
                            QString error;
                            if (!m_services.directory->replaceAssistants(account.id, withNumbers)
                                            .reportTo(&error)
                                    || !m_services.directory
                                                ->replaceNumbers(account.id, numbers.value())
                                                .reportTo(&error)) {
                                m_storageFailed = true;
                                m_problems << tr("the workspace could not keep the listing: %1")
                                                      .arg(error);
                            } else {
                                m_listed.insert(account.id);
                                // The chain asks Vapi only for what changes after this.
                                if (m_services.directorySync)
                                    m_services.directorySync->noteFullListing(
                                            account.id, withNumbers, numbers.value());
                            }
                            next();
                        });
            });
}

} // namespace Switchboard
