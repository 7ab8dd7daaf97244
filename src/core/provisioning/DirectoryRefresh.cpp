#include "DirectoryRefresh.h"

#include "ApiClientProvider.h"
#include "api/VapiClient.h"
#include "storage/AccountStore.h"
#include "storage/DirectoryStore.h"
#include "storage/OrganizationStore.h"

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
}

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
                    m_problems << error;
                    next();
                    return;
                }
                refresh(client, account);
            });
}

void DirectoryRefresh::refresh(VapiClient *client, const VapiAccount &account)
{
    client->listAssistants(
            this, [this, client, account](const ApiResult<QList<Assistant>> &assistants) {
                if (!assistants) {
                    m_problems << assistants.error().toString();
                    next();
                    return;
                }
                QHash<QString, qint64> organizationOfSlug;
                for (const Organization &organization : m_services.organizations->list())
                    organizationOfSlug.insert(organization.slug, organization.id);
                QList<Assistant> linked = assistants.value();
                for (Assistant &assistant : linked) {
                    assistant.vapiAccountId = account.id;
                    assistant.organizationId = organizationOfSlug.value(
                            assistant.metadata.value(metadataKey()).toString());
                    // A white-label customer's own Vapi account holds only its assistants.
                    if (assistant.organizationId == 0 && !account.isWorkspaceAccount())
                        assistant.organizationId = account.organizationId;
                }
                client->listAllPhoneNumbers(this,
                        [this, account, linked](const ApiResult<QList<PhoneNumber>> &numbers) {
                            if (!numbers) {
                                m_problems << numbers.error().toString();
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
                            if (!m_services.directory->replaceAssistants(
                                        account.id, withNumbers, &error)
                                    || !m_services.directory->replaceNumbers(
                                            account.id, numbers.value(), &error)) {
                                m_storageFailed = true;
                                m_problems << tr("the workspace could not keep the listing: %1")
                                                      .arg(error);
                            }
                            next();
                        });
            });
}

} // namespace Switchboard
