// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace Switchboard::Cli {

class CliContext;

// One function per top-level command; `arguments` starts after the command's name.
int runOrg(CliContext &context, const QStringList &arguments);
int runWorkspace(CliContext &context, const QStringList &arguments);
int runUsage(CliContext &context, const QStringList &arguments);
int runScaling(CliContext &context, const QStringList &arguments);
int runManual(CliContext &context, const QStringList &arguments);
int runProvision(CliContext &context, const QStringList &arguments);
int runWatch(CliContext &context, const QStringList &arguments);
int runAssistant(CliContext &context, const QStringList &arguments);
int runNumber(CliContext &context, const QStringList &arguments);
// number search | buy (NumberBuyCommand.cpp).
int runNumberPurchase(CliContext &context, const QString &subcommand, const QStringList &arguments);
int runPool(CliContext &context, const QStringList &arguments);
int runHistory(CliContext &context, const QStringList &arguments);
int runOrgSecret(CliContext &context, const QStringList &arguments);
int runWorkspaceSecret(CliContext &context, const QStringList &arguments);
int runDatabase(CliContext &context, const QStringList &arguments);
int runWorkspaceMigrate(CliContext &context, const QStringList &arguments);

} // namespace Switchboard::Cli
