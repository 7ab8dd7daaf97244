// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/DomainEnums.h"
#include "core/domain/PhoneAddress.h"
#include "core/domain/PoolNumber.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace Switchboard {

class SnapshotCache;

// Every number the workspace knows: those in Vapi (free Vapi numbers, imported Twilio numbers,
// …) from the last listing, and the Twilio pool numbers not yet imported. A number in Vapi with
// no assistant is flagged: calls to it are hung up. Reads the stores again when they change.
class NumbersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NumberColumn,
        ProviderColumn,
        StatusColumn,
        StageColumn,
        OrganizationColumn,
        AssistantColumn,
        ColumnCount
    };
    enum Role {
        NumberIdRole = Qt::UserRole + 1, // Vapi's id; empty for a pool number not in Vapi
        PoolNumberIdRole, // qint64; 0 for numbers not from a pool
        OrganizationIdRole, // qint64; 0 for the workspace
        AssistantIdRole,
        ProviderRole, // the stable name, e.g. "twilio"
        StageRole, // the chain link it came from, e.g. "vapi-free"; empty when unknown
        InVapiRole, // bool
        HangsUpRole, // bool: in Vapi with no assistant
        AddressRole, // the canonical E.164 number or SIP URI
        VapiDashboardRole, // QUrl: the dashboard of its Vapi account's region; none off Vapi
    };

    // The organization's name as the table shows it; empty for 0 or one not known.
    QString organizationName(qint64 organizationId) const
    {
        return m_organizationNames.value(organizationId);
    }

    struct Row
    {
        QString vapiId;
        qint64 poolNumberId = 0;
        PhoneAddress address;
        QString displayAddress; // formatted once: libphonenumber is not free
        NumberProvider provider = NumberProvider::Unknown;
        std::optional<NumberStatus> status; // none for pool numbers
        PoolNumber::State poolState = PoolNumber::State::Available;
        // What Twilio said about a pool number when last asked (unusable ones are passed over).
        PoolNumber::TwilioCheck twilioCheck = PoolNumber::TwilioCheck::Unchecked;
        QString twilioCheckDetail;
        std::optional<Strategy> stage;
        qint64 organizationId = 0;
        qint64 vapiAccountId = 0;
        QString assistantId;
        QString assistantName;

        bool inVapi() const { return !vapiId.isEmpty(); }
        bool hangsUp() const { return inVapi() && assistantId.isEmpty(); }
    };

    explicit NumbersModel(SnapshotCache &workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
            int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void reload();
    const Row &rowAt(int row) const { return m_rows.at(row); }
    int hangingUpCount() const;

private:
    SnapshotCache &m_workspace;
    QList<Row> m_rows;
    QHash<qint64, QString> m_organizationNames;
};

} // namespace Switchboard
