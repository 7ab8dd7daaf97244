// SPDX-License-Identifier: Apache-2.0
#include "cli/commands/ListingSupport.h"

#include "cli/CliContext.h"
#include "cli/TerminalText.h"
#include "core/domain/Organization.h"
#include "core/provisioning/DirectoryRefresh.h"

namespace Switchboard::Cli {

int refreshThen(CliContext &context, qint64 organizationId, const std::function<int()> &print)
{
    return context.runAsync([&context, organizationId, print](
                                    const std::function<void(int)> &done) {
        auto *refresh = new DirectoryRefresh(context.services(), organizationId);
        QObject::connect(refresh, &DirectoryRefresh::finished, refresh,
                [&context, refresh, print, done](bool) {
                    if (!refresh->problems().isEmpty())
                        context.err() << "note: showing the last listing; "
                                      << printable(refresh->problems().join(QStringLiteral("; ")))
                                      << '\n';
                    context.err().flush();
                    refresh->deleteLater();
                    done(print());
                });
        refresh->start();
    });
}

bool refreshable(CliContext &context)
{
    if (!context.workspaceIsReadOnly())
        return true;
    context.err() << "note: showing the last listing; the workspace is read-only, so it "
                     "cannot be refreshed\n";
    context.err().flush();
    return false;
}

bool scope(CliContext &context, QCommandLineParser &parser, qint64 *organizationId, int *code)
{
    *organizationId = 0;
    if (!parser.isSet(QStringLiteral("org")))
        return true;
    Organization organization;
    if (!context.findOrganization(parser.value(QStringLiteral("org")), &organization)) {
        *code = BadUsage;
        return false;
    }
    *organizationId = organization.id;
    return true;
}

} // namespace Switchboard::Cli
