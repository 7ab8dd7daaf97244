// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/Assistant.h"
#include "core/domain/PhoneNumber.h"
#include "core/storage/WriteResult.h"

#include <QList>
#include <QObject>

#include <optional>

class QSqlQuery;

namespace Switchboard {

class WorkspaceDatabase;

// The last-seen assistants and phone numbers of each Vapi account, so the console can show
// them (and the history can be reviewed) with no network at all.
class DirectoryStore : public QObject
{
    Q_OBJECT

public:
    explicit DirectoryStore(WorkspaceDatabase &database, QObject *parent = nullptr);

    // Replaces what is known of one account with a fresh listing, in one transaction. A listing
    // does not know which organization a number belongs to: a number with organizationId 0
    // keeps the one it had, else takes its assistant's.
    WriteResult replaceAssistants(qint64 vapiAccountId, const QList<Assistant> &assistants);
    WriteResult replaceNumbers(qint64 vapiAccountId, const QList<PhoneNumber> &listing);
    WriteResult upsertAssistant(const Assistant &assistant);
    WriteResult upsertNumber(const PhoneNumber &number);
    // Done also when it was not there: the directory follows what Vapi holds.
    WriteResult removeAssistant(const QString &id);
    WriteResult removeNumber(const QString &id);

    // organizationId 0: every organization (and unclaimed ones).
    QList<Assistant> assistants(qint64 organizationId = 0, QString *error = nullptr) const;
    QList<PhoneNumber> numbers(qint64 organizationId = 0, QString *error = nullptr) const;
    QList<PhoneNumber> numbersOfAccount(qint64 vapiAccountId, QString *error = nullptr) const;
    std::optional<Assistant> assistant(const QString &id, QString *error = nullptr) const;
    std::optional<PhoneNumber> number(const QString &id, QString *error = nullptr) const;
    // The numbers that route to an assistant (normally one).
    QList<PhoneNumber> numbersOfAssistant(
            const QString &assistantId, QString *error = nullptr) const;
    // Free Vapi numbers the account holds: what counts against its cap.
    int freeNumberCount(qint64 vapiAccountId, QString *error = nullptr) const;

Q_SIGNALS:
    void changed();

private:
    // Prepare and run one upsert on `query`; its lastError() says why when false.
    static bool writeAssistant(QSqlQuery &query, const Assistant &assistant);
    static bool writeNumber(QSqlQuery &query, const PhoneNumber &number);
    QList<PhoneNumber> selectNumbers(
            const QString &where, const QVariant &value, QString *error) const;

    WorkspaceDatabase &m_database;
};

} // namespace Switchboard
