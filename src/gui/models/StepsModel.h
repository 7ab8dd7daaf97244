// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/ProvisioningAttempt.h"

#include <QAbstractTableModel>
#include <QList>

namespace Switchboard {

// The steps of one provisioning attempt: which link of the chain, how it ended, why, how long
// it took, and what the provider said.
class StepsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SequenceColumn,
        StrategyColumn,
        StatusColumn,
        ReasonColumn,
        DurationColumn,
        ProviderErrorColumn,
        ColumnCount
    };
    enum Role {
        StatusRole = Qt::UserRole + 1, // the stable name, e.g. "skipped"
        DurationMsRole, // qint64; -1 when unknown
    };

    explicit StepsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
            int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setSteps(const QList<ProvisioningStep> &steps);
    const QList<ProvisioningStep> &steps() const { return m_steps; }

    static QString providerError(const ProvisioningStep &step);

private:
    QList<ProvisioningStep> m_steps;
};

} // namespace Switchboard
