// SPDX-License-Identifier: Apache-2.0
#include "gui/models/EventsModel.h"

#include "gui/support/DisplayNames.h"
#include "gui/support/StatusColors.h"

#include <QGuiApplication>
#include <QLocale>

namespace Switchboard {

EventsModel::EventsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void EventsModel::setEvents(const QList<WorkspaceEvent> &events)
{
    beginResetModel();
    m_rows = events;
    endResetModel();
}

void EventsModel::setOrganizationNames(const QHash<qint64, QString> &names)
{
    m_organizationNames = names;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(
                index(0, OrganizationColumn), index(int(m_rows.size()) - 1, OrganizationColumn));
}

int EventsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EventsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WorkspaceEvent &e = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(e.occurredAt.toLocalTime(), QLocale::ShortFormat);
        case KindColumn:
            return e.failed ? tr("%1 (failed)").arg(DisplayNames::eventKind(e.kind))
                            : DisplayNames::eventKind(e.kind);
        case OrganizationColumn:
            return e.organizationId > 0 || !e.organizationSlug.isEmpty()
                    ? m_organizationNames.value(e.organizationId, e.organizationSlug)
                    : tr("Workspace");
        case AssistantColumn:
            return e.assistantName.isEmpty() ? e.assistantId : e.assistantName;
        case NumberColumn:
            return e.address.displayText();
        case OperatorColumn:
            return e.operatorName.isEmpty() ? tr("Unknown") : e.operatorName;
        case SummaryColumn:
            return e.summary;
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(e.occurredAt.toLocalTime(), QLocale::LongFormat);
        case OperatorColumn:
            return e.databaseRole.isEmpty() ? QVariant()
                                            : tr("Database role: %1").arg(e.databaseRole);
        case SummaryColumn:
            return e.summary;
        }
        return {};
    case Qt::ForegroundRole:
        if (e.failed && index.column() == KindColumn)
            return StatusColors::text(StatusColors::Level::Critical, QGuiApplication::palette());
        return {};
    case EventIdRole:
        return e.id;
    case KindRole:
        return toString(e.kind);
    case FailedRole:
        return e.failed;
    }
    return {};
}

QVariant EventsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("When");
    case KindColumn:
        return tr("What");
    case OrganizationColumn:
        return tr("Organization");
    case AssistantColumn:
        return tr("Assistant");
    case NumberColumn:
        return tr("Number");
    case OperatorColumn:
        return tr("By");
    case SummaryColumn:
        return tr("Details");
    }
    return {};
}

} // namespace Switchboard
