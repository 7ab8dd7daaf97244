// SPDX-License-Identifier: Apache-2.0
#include "gui/models/AssistantsModel.h"

#include "core/snapshot/SnapshotCache.h"
#include "gui/support/ContextMenus.h"
#include "gui/support/StatusColors.h"

#include <QFont>
#include <QGuiApplication>

namespace Switchboard {

AssistantsModel::AssistantsModel(SnapshotCache &workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    connect(&m_workspace, &SnapshotCache::changed, this, [this](SnapshotParts parts) {
        if (parts & (SnapshotPart::Directory | SnapshotPart::Organizations | SnapshotPart::Tasks))
            reload();
    });
    reload();
}

void AssistantsModel::reload()
{
    const WorkspaceSnapshot &workspace = m_workspace.snapshot();
    QHash<qint64, QString> organizationNames;
    for (const Organization &organization : workspace.organizations)
        organizationNames.insert(organization.id, organization.name);
    // The number that routes to an assistant is the one whose assistantId names it. The
    // assistant's own phoneNumberId counts only for a number missing from the last listing: a
    // listed number that routes elsewhere (or nowhere) is no longer this assistant's.
    const DirectorySnapshot &directory = workspace.directory;
    QHash<QString, PhoneNumber> byAssistant;
    QHash<QString, PhoneNumber> byId;
    for (const PhoneNumber &number : directory.numbers) {
        byId.insert(number.id, number);
        if (number.isAssigned() && !byAssistant.contains(number.assistantId))
            byAssistant.insert(number.assistantId, number);
    }
    QSet<QString> waiting;
    for (const ManualTask &task : workspace.openTasks)
        waiting.insert(task.assistantId);

    QList<Row> rows;
    for (const Assistant &assistant : directory.assistants) {
        Row row;
        row.id = assistant.id;
        row.name = assistant.name;
        row.organizationId = assistant.organizationId;
        std::optional<PhoneNumber> number;
        if (byAssistant.contains(assistant.id))
            number = byAssistant.value(assistant.id);
        if (number) {
            row.numberId = number->id;
            row.displayNumber = directory.displayText(number->address);
            row.address = number->address.toString();
            row.numberStatus = number->status;
        } else if (assistant.hasNumber() && !byId.contains(assistant.phoneNumberId)) {
            row.numberId = assistant.phoneNumberId; // not in the last listing of numbers
            row.displayNumber = assistant.phoneNumberId;
        }
        row.manualTaskOpen = waiting.contains(assistant.id);
        rows << row;
    }

    beginResetModel();
    m_rows = rows;
    m_organizationNames = organizationNames;
    endResetModel();
}

void AssistantsModel::setProvisioning(const QString &assistantId, bool provisioning)
{
    const bool changed = provisioning ? !m_provisioning.contains(assistantId)
                                      : m_provisioning.remove(assistantId);
    if (provisioning)
        m_provisioning.insert(assistantId);
    const QModelIndex first = indexOfAssistant(assistantId);
    if (changed && first.isValid())
        Q_EMIT dataChanged(first, index(first.row(), ColumnCount - 1));
}

bool AssistantsModel::isProvisioning(const QString &assistantId) const
{
    return m_provisioning.contains(assistantId);
}

QModelIndex AssistantsModel::indexOfAssistant(const QString &assistantId, int column) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == assistantId)
            return index(row, column);
    }
    return {};
}

int AssistantsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AssistantsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AssistantsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const bool provisioning = m_provisioning.contains(row.id);
    const bool highlightNone = !row.hasNumber() && index.column() == NumberColumn;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return row.name.isEmpty() ? row.id : row.name;
        case NumberColumn:
            return row.hasNumber() ? row.displayNumber : tr("None");
        case OrganizationColumn:
            return row.organizationId ? m_organizationNames.value(row.organizationId)
                                      : tr("Not in an organization");
        case StatusColumn:
            if (provisioning)
                return tr("Provisioning…");
            if (row.manualTaskOpen)
                return tr("Waiting in the manual queue");
            if (!row.hasNumber())
                return tr("Needs a number");
            // Vapi's word on the number: a new free number takes minutes to answer calls.
            if (row.numberStatus == NumberStatus::Activating)
                return tr("Activating: calls work in a few minutes");
            if (row.numberStatus == NumberStatus::Blocked)
                return tr("Number blocked by Vapi");
            return tr("Reachable");
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == NameColumn)
            return tr("Assistant %1").arg(row.id);
        if (highlightNone)
            return tr("No number routes to this assistant: nobody can call it. Provision one.");
        return {};
    case Qt::ForegroundRole:
        if (highlightNone)
            return StatusColors::text(StatusColors::Level::Critical, QGuiApplication::palette());
        return {};
    case Qt::FontRole:
        if (highlightNone) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::AccessibleDescriptionRole:
        if (highlightNone)
            return tr("No number");
        return {};
    case AssistantIdRole:
        return row.id;
    case OrganizationIdRole:
        return row.organizationId;
    case NumberIdRole:
        return row.numberId;
    case HasNumberRole:
        return row.hasNumber();
    case NeedsNumberRole:
        return !row.hasNumber() && !provisioning;
    case ProvisioningRole:
        return provisioning;
    case WaitingInQueueRole:
        return row.manualTaskOpen;
    case VapiDashboardRole: {
        const std::optional<VapiAccount> account
                = m_workspace.snapshot().vapiAccountServing(row.organizationId);
        return ContextMenus::vapiDashboard(account ? account->region : Region::Us);
    }
    case AddressRole:
        return row.address;
    }
    return {};
}

QVariant AssistantsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Assistant");
    case NumberColumn:
        return tr("Number");
    case OrganizationColumn:
        return tr("Organization");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

QHash<int, QByteArray> AssistantsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(AssistantIdRole, "assistantId");
    names.insert(OrganizationIdRole, "organizationId");
    names.insert(NumberIdRole, "numberId");
    names.insert(HasNumberRole, "hasNumber");
    names.insert(NeedsNumberRole, "needsNumber");
    names.insert(ProvisioningRole, "provisioning");
    names.insert(WaitingInQueueRole, "waitingInQueue");
    return names;
}

} // namespace Switchboard
