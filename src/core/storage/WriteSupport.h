// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/storage/WriteResult.h"

#include <QSqlQuery>
#include <QString>

namespace Switchboard {

class SqlDialect;

namespace Sql {

// What a failed write statement means for the person who asked: a unique constraint that
// `refusal` describes is Refused (with `field`); anything else is Failed, described by
// Sql::describe (full disk, read-only workspace, lost connection named as such). Without a
// refusal every failure is Failed.
WriteResult writeFailure(const QSqlQuery &query, const SqlDialect &dialect,
        const QString &refusal = {}, const QString &field = {});

// Runs a prepared UPDATE or DELETE meant to change one row: Done when it did, NotFound with
// `notFound` when nothing matched, Failed when the statement failed.
WriteResult execChange(QSqlQuery &query, const SqlDialect &dialect, const QString &notFound);

// Runs a prepared INSERT … RETURNING id: Done with *id set once the row is committed; a unique
// constraint is Refused with `refusal` and `field` (when given), anything else Failed.
WriteResult execInsert(QSqlQuery &query, qint64 *id, const SqlDialect &dialect,
        const QString &refusal = {}, const QString &field = {});

} // namespace Sql
} // namespace Switchboard
