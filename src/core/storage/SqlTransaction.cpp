// SPDX-License-Identifier: Apache-2.0
#include "core/storage/SqlTransaction.h"

#include "core/storage/SqlSupport.h"
#include "core/storage/WorkspaceDatabase.h"

#include <QCoreApplication>
#include <QSqlError>

namespace Switchboard {

namespace {

struct SqlTransactionText
{
    Q_DECLARE_TR_FUNCTIONS(Switchboard::SqlTransaction)
};

} // namespace

SqlTransaction::SqlTransaction(const WorkspaceDatabase &database)
    : m_database(database)
{
    m_open = m_database.beginTransaction();
    if (!m_open)
        m_error = SqlTransactionText::tr("The workspace cannot be written now: %1")
                          .arg(Sql::describe(m_database.transactionError()));
}

SqlTransaction::~SqlTransaction()
{
    if (m_open)
        m_database.rollbackTransaction();
}

bool SqlTransaction::commit()
{
    if (!m_open)
        return false;
    m_open = false;
    if (m_database.commitTransaction())
        return true;
    m_error = SqlTransactionText::tr("The workspace could not be written; nothing was changed: %1")
                      .arg(Sql::describe(m_database.transactionError()));
    m_database.rollbackTransaction();
    return false;
}

} // namespace Switchboard
