// SPDX-License-Identifier: Apache-2.0
#include "gui/models/StepsModel.h"

#include "gui/support/DisplayNames.h"

namespace Switchboard {

StepsModel::StepsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int StepsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_steps.size());
}

int StepsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString StepsModel::providerError(const ProvisioningStep &step)
{
    if (step.providerCode.isEmpty())
        return step.providerMessage;
    if (step.providerMessage.isEmpty())
        return step.providerCode;
    return tr("%1: %2").arg(step.providerCode, step.providerMessage);
}

QVariant StepsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProvisioningStep &step = m_steps.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SequenceColumn:
            return step.sequence;
        case StrategyColumn:
            return DisplayNames::strategy(step.strategy);
        case StatusColumn:
            // The manual link is recorded as not tried (no request is sent), but what it did is
            // open a task: "Skipped" beside "Manual task #3 opened." reads as the opposite.
            if (step.strategy == Strategy::Manual && step.status == StepStatus::Skipped)
                return tr("Task opened");
            return DisplayNames::stepStatus(step.status);
        case ReasonColumn:
            return step.reason;
        case DurationColumn:
            return DisplayNames::duration(step.durationMs());
        case ProviderErrorColumn:
            return providerError(step);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ReasonColumn)
            return step.reason;
        if (index.column() == ProviderErrorColumn)
            return providerError(step);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SequenceColumn || index.column() == DurationColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case StatusRole:
        return toString(step.status);
    case DurationMsRole:
        return step.durationMs();
    }
    return {};
}

QVariant StepsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SequenceColumn:
        return tr("#");
    case StrategyColumn:
        return tr("Link");
    case StatusColumn:
        return tr("Status");
    case ReasonColumn:
        return tr("Why");
    case DurationColumn:
        return tr("Duration");
    case ProviderErrorColumn:
        return tr("Provider's error");
    }
    return {};
}

void StepsModel::setSteps(const QList<ProvisioningStep> &steps)
{
    beginResetModel();
    m_steps = steps;
    endResetModel();
}

} // namespace Switchboard
