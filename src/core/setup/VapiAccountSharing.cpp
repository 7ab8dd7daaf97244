// SPDX-License-Identifier: Apache-2.0
#include "core/setup/VapiAccountSharing.h"

#include "core/storage/AccountStore.h"
#include "core/storage/OrganizationStore.h"

#include <QLocale>

namespace Switchboard {

QList<VapiAccountSharing::Sharer> VapiAccountSharing::sharers(AccountStore &accounts,
        OrganizationStore &organizations, const QString &vapiOrgId, qint64 exceptVapiAccountId,
        QString *error)
{
    if (vapiOrgId.isEmpty())
        return {};
    QList<Sharer> result;
    for (const VapiAccount &account : accounts.vapiAccounts(error)) {
        if (account.id == exceptVapiAccountId || account.vapiOrgId != vapiOrgId)
            continue;
        Sharer sharer;
        sharer.organizationId = account.organizationId;
        if (!account.isWorkspaceAccount()) {
            const auto organization = organizations.findById(account.organizationId, error);
            sharer.name = organization ? organization->name : account.label;
        }
        result << sharer;
    }
    return result;
}

QString VapiAccountSharing::names(const QList<Sharer> &sharers)
{
    QStringList names;
    for (const Sharer &sharer : sharers)
        names << (sharer.isWorkspace() ? tr("the workspace") : sharer.name);
    return QLocale().createSeparatedList(names);
}

QString VapiAccountSharing::warning(const QList<Sharer> &sharers)
{
    return tr("This key reaches the Vapi account that %1 already uses. Organizations that share "
              "one Vapi account share its free numbers and its free-number cap; that is almost "
              "never intended.")
            .arg(names(sharers));
}

} // namespace Switchboard
