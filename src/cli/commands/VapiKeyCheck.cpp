// SPDX-License-Identifier: Apache-2.0
#include "cli/commands/VapiKeyCheck.h"

#include "cli/CliContext.h"

#include "core/api/VapiClient.h"
#include "core/domain/VapiAccount.h"
#include "core/setup/VapiAccountSharing.h"
#include "core/storage/AccountStore.h"
#include "core/storage/OrganizationStore.h"

namespace Switchboard::Cli {

void checkVapiKey(CliContext &context, const VapiAccount &account, const QString &key,
        const QString &field, bool allowShared,
        const std::function<void(int exitCode, const QString &vapiOrgId)> &done)
{
    // Deleted (later) once it has answered: not inside its own callback.
    VapiClient *client = context.vapiClientWithKey(account, key).release();
    if (!client) {
        done(BadUsage, {});
        return;
    }
    const qint64 accountId = account.id;
    client->fetchOrgId(client,
            [&context, client, accountId, field, allowShared, done](
                    const ApiResult<QString> &result) {
                client->deleteLater();
                if (!result) {
                    context.err() << "switchboard-cli: note: which Vapi account the key reaches "
                                     "could not be learned ("
                                  << result.error().toString()
                                  << "); it is not compared with the other organizations' "
                                     "accounts.\n";
                    context.err().flush();
                    done(Success, {});
                    return;
                }
                const QString &orgId = result.value();
                if (orgId.isEmpty()) {
                    context.err() << "switchboard-cli: note: the Vapi account holds no phone "
                                     "number and no assistant yet, so which account it is "
                                     "cannot be told; it is not compared with the other "
                                     "organizations' accounts.\n";
                    context.err().flush();
                    done(Success, {});
                    return;
                }
                QString error;
                const QList<VapiAccountSharing::Sharer> sharers = VapiAccountSharing::sharers(
                        context.accounts(), context.organizations(), orgId, accountId, &error);
                if (!error.isEmpty()) {
                    done(context.fail(OperationFailed, error), {});
                    return;
                }
                if (!sharers.isEmpty() && !allowShared) {
                    done(context.fail(BadUsage,
                                 QStringLiteral("%1: %2 (Vapi orgId %3) Give "
                                                "--allow-shared-vapi-account if it is.")
                                         .arg(field, VapiAccountSharing::warning(sharers), orgId)),
                            {});
                    return;
                }
                done(Success, orgId);
            });
}

} // namespace Switchboard::Cli
