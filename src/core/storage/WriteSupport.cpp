// SPDX-License-Identifier: Apache-2.0
#include "core/storage/WriteSupport.h"

#include "core/storage/SqlDialect.h"
#include "core/storage/SqlSupport.h"

#include <QSqlError>

namespace Switchboard::Sql {

WriteResult writeFailure(const QSqlQuery &query, const SqlDialect &dialect, const QString &refusal,
        const QString &field)
{
    const QSqlError error = query.lastError();
    if (!refusal.isEmpty() && dialect.isUniqueViolation(error.nativeErrorCode()))
        return WriteResult::refused(refusal, field);
    return WriteResult::failed(describe(error));
}

WriteResult execChange(QSqlQuery &query, const SqlDialect &dialect, const QString &notFound)
{
    if (!exec(query))
        return writeFailure(query, dialect);
    if (query.numRowsAffected() == 0)
        return WriteResult::notFound(notFound);
    return WriteResult::done();
}

WriteResult execInsert(QSqlQuery &query, qint64 *id, const SqlDialect &dialect,
        const QString &refusal, const QString &field)
{
    QString error;
    if (execReturningId(query, id, &error))
        return WriteResult::done();
    // A failed commit after the row was read leaves the statement without an error of its own.
    return query.lastError().isValid() ? writeFailure(query, dialect, refusal, field)
                                       : WriteResult::failed(error);
}

} // namespace Switchboard::Sql
