// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/ManualTask.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace Switchboard {

class SnapshotCache;

// The open tasks of the manual-assignment queue, oldest first, with the reasons the chain gave.
class ManualTaskModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        AssistantColumn,
        OrganizationColumn,
        OpenedColumn,
        ReasonsColumn,
        ColumnCount
    };
    enum Role {
        TaskIdRole = Qt::UserRole + 1, // qint64
        OrganizationIdRole, // qint64
        AssistantIdRole,
        ReasonsRole, // QStringList
    };

    explicit ManualTaskModel(SnapshotCache &workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
            int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void reload();
    const ManualTask &taskAt(int row) const { return m_tasks.at(row); }

private:
    SnapshotCache &m_workspace;
    QList<ManualTask> m_tasks;
    QHash<qint64, QString> m_organizationNames;
};

} // namespace Switchboard
