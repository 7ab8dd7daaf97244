// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/DomainEnums.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

namespace Switchboard {

class SnapshotCache;

// The assistants of every organization with the number that routes to each, from the last
// listing. An assistant with no number is highlighted: nobody can call it.
class AssistantsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        NumberColumn,
        OrganizationColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role {
        AssistantIdRole = Qt::UserRole + 1,
        OrganizationIdRole, // qint64; 0 when no organization claims it
        NumberIdRole, // the Vapi phone number's id; empty when none
        HasNumberRole, // bool
        NeedsNumberRole, // bool: no number and not being provisioned
        ProvisioningRole, // bool
        WaitingInQueueRole, // bool: an open manual task
        VapiDashboardRole, // QUrl: the dashboard of the region of the Vapi account serving it
        AddressRole, // its number, E.164 or a SIP URI; empty when none
    };

    struct Row
    {
        QString id;
        QString name;
        qint64 organizationId = 0;
        QString numberId;
        QString displayNumber;
        QString address; // E.164 or a SIP URI; empty when the number is not listed
        NumberStatus numberStatus = NumberStatus::Unknown; // as Vapi last said
        bool manualTaskOpen = false;

        bool hasNumber() const { return !numberId.isEmpty(); }
    };

    // Assistants waiting in the manual queue (the snapshot's open tasks) say so.
    explicit AssistantsModel(SnapshotCache &workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
            int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void reload();
    // The engine says an assistant is being provisioned, or no longer is.
    void setProvisioning(const QString &assistantId, bool provisioning);
    bool isProvisioning(const QString &assistantId) const;
    const Row &rowAt(int row) const { return m_rows.at(row); }
    QModelIndex indexOfAssistant(const QString &assistantId, int column = 0) const;

private:
    SnapshotCache &m_workspace;
    QList<Row> m_rows;
    QHash<qint64, QString> m_organizationNames;
    QSet<QString> m_provisioning;
};

} // namespace Switchboard
