// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCommandLineParser>

#include <functional>

namespace Switchboard::Cli {

class CliContext;

// Fetches a fresh listing; on failure says so and goes on with the last one.
int refreshThen(CliContext &context, qint64 organizationId, const std::function<int()> &print);
// A read-only workspace cannot keep a fresh listing: the last one is shown, with a note.
bool refreshable(CliContext &context);
// --org: the organization a listing is limited to (0: all); false with *code for an unknown one.
bool scope(CliContext &context, QCommandLineParser &parser, qint64 *organizationId, int *code);

} // namespace Switchboard::Cli
