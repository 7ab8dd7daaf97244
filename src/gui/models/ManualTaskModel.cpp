// SPDX-License-Identifier: Apache-2.0
#include "gui/models/ManualTaskModel.h"

#include "core/snapshot/SnapshotCache.h"
#include "gui/support/DisplayNames.h"

#include <QLocale>

namespace Switchboard {

ManualTaskModel::ManualTaskModel(SnapshotCache &workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    connect(&m_workspace, &SnapshotCache::changed, this, [this](SnapshotParts parts) {
        if (parts & (SnapshotPart::Tasks | SnapshotPart::Organizations))
            reload();
    });
    reload();
}

void ManualTaskModel::reload()
{
    QHash<qint64, QString> names;
    const WorkspaceSnapshot &workspace = m_workspace.snapshot();
    for (const Organization &organization : workspace.organizations)
        names.insert(organization.id, organization.name);
    const QList<ManualTask> &tasks = workspace.openTasks;
    beginResetModel();
    m_tasks = tasks;
    m_organizationNames = names;
    endResetModel();
}

int ManualTaskModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tasks.size());
}

int ManualTaskModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

QStringList readableReasons(const ManualTask &task)
{
    QStringList reasons;
    for (const QString &reason : task.reasons)
        reasons << DisplayNames::taskReason(reason);
    return reasons;
}

} // namespace

QVariant ManualTaskModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ManualTask &task = m_tasks.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case AssistantColumn:
            return task.assistantName.isEmpty() ? task.assistantId : task.assistantName;
        case OrganizationColumn:
            return m_organizationNames.value(task.organizationId, tr("Removed organization"));
        case OpenedColumn:
            return DisplayNames::recordTime(task.createdAt);
        case ReasonsColumn: {
            // Each reason is a sentence: one after the other, not "….; …" (found by the walk).
            QStringList reasons = readableReasons(task);
            for (QString &reason : reasons) {
                reason = reason.trimmed();
                if (!reason.isEmpty() && !reason.endsWith(u'.') && !reason.endsWith(u'?')
                        && !reason.endsWith(u'!'))
                    reason += u'.';
            }
            return reasons.join(u' ');
        }
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ReasonsColumn)
            return readableReasons(task).join(u'\n');
        if (index.column() == AssistantColumn)
            return tr("Assistant %1").arg(task.assistantId);
        return {};
    case TaskIdRole:
        return task.id;
    case OrganizationIdRole:
        return task.organizationId;
    case AssistantIdRole:
        return task.assistantId;
    case ReasonsRole:
        return task.reasons;
    }
    return {};
}

QVariant ManualTaskModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AssistantColumn:
        return tr("Assistant");
    case OrganizationColumn:
        return tr("Organization");
    case OpenedColumn:
        return tr("Waiting since");
    case ReasonsColumn:
        return tr("Why the chain could not");
    }
    return {};
}

QHash<int, QByteArray> ManualTaskModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(TaskIdRole, "taskId");
    names.insert(OrganizationIdRole, "organizationId");
    names.insert(AssistantIdRole, "assistantId");
    names.insert(ReasonsRole, "reasons");
    return names;
}

} // namespace Switchboard
