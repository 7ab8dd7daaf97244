// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Switchboard {

class SqlDialect;

// One step of the workspace schema. Steps are cumulative: a database at version N is brought
// to the latest by running every step above N, in order, inside one transaction.
// A released step never changes; a new need is a new step.
struct Migration
{
    int version = 0;
    QString description;
    std::function<QStringList(const SqlDialect &)> statements;
};

const QList<Migration> &workspaceMigrations();
int latestSchemaVersion();

} // namespace Switchboard
