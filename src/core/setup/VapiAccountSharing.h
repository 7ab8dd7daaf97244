// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Switchboard {

class AccountStore;
class OrganizationStore;

// Who else uses a Vapi account. Two organizations whose keys reach one Vapi account (one Vapi
// orgId) share its free numbers and its free-number cap: almost never what anyone meant, so
// the wizard and the CLI ask for a confirmation first.
class VapiAccountSharing
{
    Q_DECLARE_TR_FUNCTIONS(Switchboard::VapiAccountSharing)

public:
    // An owner of a Vapi account in the workspace: an organization, or the workspace (0).
    struct Sharer
    {
        qint64 organizationId = 0;
        QString name;

        bool isWorkspace() const { return organizationId == 0; }
    };

    // The owners whose Vapi account is `vapiOrgId`, leaving out the Vapi account
    // `exceptVapiAccountId` (the one the key is for; 0: none). Empty for an empty orgId: an
    // account whose orgId could not be learned is compared with nothing.
    static QList<Sharer> sharers(AccountStore &accounts, OrganizationStore &organizations,
            const QString &vapiOrgId, qint64 exceptVapiAccountId, QString *error = nullptr);
    // "Acme Dental", "Acme Dental and the workspace", …
    static QString names(const QList<Sharer> &sharers);
    // One paragraph for people: who uses the account already, and what sharing it means.
    static QString warning(const QList<Sharer> &sharers);
};

} // namespace Switchboard
