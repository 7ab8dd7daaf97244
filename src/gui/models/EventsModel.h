// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/WorkspaceEvent.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Switchboard {

// The actions on record besides provisioning attempts (WorkspaceEvent), newest first: when,
// what, for which organization, assistant and number, and who did it.
class EventsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        KindColumn,
        OrganizationColumn,
        AssistantColumn,
        NumberColumn,
        OperatorColumn,
        SummaryColumn,
        ColumnCount
    };
    enum Role {
        EventIdRole = Qt::UserRole + 1, // qint64
        KindRole, // the stable name, e.g. "number-released"
        FailedRole, // bool
    };

    explicit EventsModel(QObject *parent = nullptr);

    void setEvents(const QList<WorkspaceEvent> &events);
    const QList<WorkspaceEvent> &events() const { return m_rows; }
    void setOrganizationNames(const QHash<qint64, QString> &names);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
            int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<WorkspaceEvent> m_rows;
    QHash<qint64, QString> m_organizationNames;
};

} // namespace Switchboard
