// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/ManualTask.h"
#include "core/storage/WriteResult.h"

#include <QList>
#include <QObject>

#include <optional>

namespace Switchboard {

class WorkspaceDatabase;

// The manual-assignment queue: what the chain could not do, for a person to finish.
class ManualTaskStore : public QObject
{
    Q_OBJECT

public:
    explicit ManualTaskStore(WorkspaceDatabase &database, QObject *parent = nullptr);

    // Opens a task; an assistant has at most one open task (an existing one is returned, also
    // one that another console opened a moment before).
    WriteResult open(ManualTask &task);
    QList<ManualTask> tasks(std::optional<ManualTaskState> state = ManualTaskState::Open,
            qint64 organizationId = 0, QString *error = nullptr) const;
    std::optional<ManualTask> task(qint64 id, QString *error = nullptr) const;
    std::optional<ManualTask> openTaskFor(
            const QString &assistantId, QString *error = nullptr) const;
    // NotFound when the task is no longer open (closed from another console).
    WriteResult complete(qint64 id, const QString &resolution, const QString &phoneNumberId);
    // An assistant that waited in the queue has a number now (`address`, Vapi's `numberId`),
    // however it got it: its open task, if any, is completed by it. What to add to what is said
    // ("Manual task #3 is closed."; a failure to close, with where to close it); empty when it
    // had no open task or another console closed it meanwhile. A read error goes to `error`.
    QString closeOpenTaskOf(const QString &assistantId, const QString &address,
            const QString &numberId, QString *error = nullptr);
    WriteResult cancel(qint64 id);

Q_SIGNALS:
    void changed();

private:
    // changed(), once the change is committed (WorkspaceDatabase::whenCommitted).
    void announceChange();
    WriteResult close(qint64 id, ManualTaskState state, const QString &resolution,
            const QString &phoneNumberId);

    WorkspaceDatabase &m_database;
};

} // namespace Switchboard
