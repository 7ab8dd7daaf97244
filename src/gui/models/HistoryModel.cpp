// SPDX-License-Identifier: Apache-2.0
#include "gui/models/HistoryModel.h"

#include "core/history/HistoryQueries.h"
#include "gui/support/DisplayNames.h"

#include "gui/support/StatusColors.h"

#include <QGuiApplication>
#include <QLocale>

namespace Switchboard {

HistoryModel::HistoryModel(HistoryQueries &queries, QObject *parent)
    : QAbstractTableModel(parent)
    , m_queries(queries)
{
    connect(&m_queries, &HistoryQueries::finished, this, &HistoryModel::onFinished);
    m_topRefresh.setSingleShot(true);
    m_topRefresh.setInterval(250);
    connect(&m_topRefresh, &QTimer::timeout, this, &HistoryModel::refreshTop);
}

void HistoryModel::setOrganizationNames(const QHash<qint64, QString> &names)
{
    if (names == m_organizationNames)
        return;
    m_organizationNames = names;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, OrganizationColumn),
                index(int(m_rows.size()) - 1, OrganizationColumn), {Qt::DisplayRole});
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineEntry &entry = m_rows.at(index.row());
    switch (role) {
    case AttemptIdRole:
        return entry.attempt ? entry.attempt->id : qint64(0);
    case EventIdRole:
        return entry.event ? entry.event->id : qint64(0);
    case OrganizationIdRole:
        return entry.attempt ? entry.attempt->organizationId : entry.event->organizationId;
    case OutcomeRole:
        return entry.attempt ? toString(entry.attempt->outcome) : QString();
    case StartedAtRole:
        return entry.time();
    case KindRole:
        return entry.attempt ? QStringLiteral("provisioning") : toString(entry.event->kind);
    }
    return entry.attempt ? attemptData(*entry.attempt, index.column(), role)
                         : eventData(*entry.event, index.column(), role);
}

QVariant HistoryModel::attemptData(const ProvisioningAttempt &a, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case StartedColumn:
            return DisplayNames::recordTime(a.startedAt);
        case OrganizationColumn:
            // Found by the walk: slugs ("acme-dental") where the organization has a name.
            return m_organizationNames.value(a.organizationId, a.organizationSlug);
        case AssistantColumn:
            return a.assistantName.isEmpty() ? a.assistantId : a.assistantName;
        case OutcomeColumn:
            return DisplayNames::outcome(a.outcome);
        case StrategyColumn:
            return a.strategy ? DisplayNames::strategy(*a.strategy) : QString();
        case NumberColumn:
            return a.address.displayText();
        case OperatorColumn:
            // Attempts from before operators were recorded (schema 10).
            return a.operatorName.isEmpty() ? tr("Unknown") : a.operatorName;
        case SummaryColumn:
            return a.summary;
        }
        return {};
    case Qt::ToolTipRole:
        switch (column) {
        case StartedColumn:
            return QLocale().toString(a.startedAt.toLocalTime(), QLocale::LongFormat);
        case AssistantColumn:
            return tr("Assistant %1").arg(a.assistantId);
        case OutcomeColumn:
            return tr("Provisioning attempt: %1").arg(DisplayNames::outcome(a.outcome));
        case SummaryColumn:
            return a.summary;
        case OperatorColumn:
            return a.databaseRole.isEmpty() ? QVariant()
                                            : tr("Database role: %1").arg(a.databaseRole);
        }
        return {};
    }
    return {};
}

QVariant HistoryModel::eventData(const WorkspaceEvent &e, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case StartedColumn:
            return DisplayNames::recordTime(e.occurredAt);
        case OrganizationColumn:
            return e.organizationId > 0 || !e.organizationSlug.isEmpty()
                    ? m_organizationNames.value(e.organizationId, e.organizationSlug)
                    : tr("Workspace");
        case AssistantColumn:
            return e.assistantName.isEmpty() ? e.assistantId : e.assistantName;
        case OutcomeColumn:
            return e.failed ? tr("%1 (failed)").arg(DisplayNames::eventKind(e.kind))
                            : DisplayNames::eventKind(e.kind);
        case NumberColumn:
            return e.address.displayText();
        case OperatorColumn:
            return e.operatorName.isEmpty() ? tr("Unknown") : e.operatorName;
        case SummaryColumn:
            return e.summary;
        }
        return {};
    case Qt::ToolTipRole:
        switch (column) {
        case StartedColumn:
            return QLocale().toString(e.occurredAt.toLocalTime(), QLocale::LongFormat);
        case OperatorColumn:
            return e.databaseRole.isEmpty() ? QVariant()
                                            : tr("Database role: %1").arg(e.databaseRole);
        case SummaryColumn:
            return e.summary;
        }
        return {};
    case Qt::ForegroundRole:
        if (e.failed && column == OutcomeColumn)
            return StatusColors::text(StatusColors::Level::Critical, QGuiApplication::palette());
        return {};
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StartedColumn:
        return tr("When");
    case OrganizationColumn:
        return tr("Organization");
    case AssistantColumn:
        return tr("Assistant");
    case OutcomeColumn:
        return tr("What");
    case StrategyColumn:
        return tr("Delivered by");
    case NumberColumn:
        return tr("Number");
    case OperatorColumn:
        return tr("By");
    case SummaryColumn:
        return tr("Summary");
    }
    return {};
}

QHash<int, QByteArray> HistoryModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(AttemptIdRole, "attemptId");
    names.insert(OrganizationIdRole, "organizationId");
    names.insert(OutcomeRole, "outcome");
    names.insert(StartedAtRole, "startedAt");
    names.insert(EventIdRole, "eventId");
    names.insert(KindRole, "kind");
    return names;
}

bool HistoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasLoaded && !m_atEnd && m_pageTicket == 0;
}

void HistoryModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || m_rows.isEmpty())
        return;
    m_pageReplaces = false;
    m_pageTicket = m_queries.fetchPage(m_filter, PageSize, TimelineCursor::after(m_rows), m_kinds);
    Q_EMIT loadingChanged(true);
}

void HistoryModel::setFilter(const HistoryFilter &filter, const RecordKinds &kinds)
{
    m_filter = filter;
    m_kinds = kinds;
    reload();
}

void HistoryModel::reload()
{
    for (quint64 ticket : {m_pageTicket, m_countTicket, m_topTicket})
        m_queries.cancel(ticket);
    m_topTicket = 0;
    m_topRefresh.stop();
    m_pageReplaces = true;
    m_pageTicket = m_queries.fetchPage(m_filter, PageSize, {}, m_kinds);
    m_countTicket = m_queries.fetchCount(m_filter, m_kinds);
    setTotalCount(-1, -1);
    Q_EMIT loadingChanged(true);
}

void HistoryModel::cancelLoading()
{
    if (!m_pageTicket)
        return;
    m_queries.cancel(m_pageTicket);
    m_pageTicket = 0;
    Q_EMIT loadingChanged(false);
}

void HistoryModel::attemptChanged(qint64 attemptId)
{
    if (!m_hasLoaded)
        return;
    if (indexOfAttempt(attemptId).isValid())
        m_rowTickets.insert(m_queries.fetchAttempt(attemptId), attemptId);
    else if (m_kinds.attempts)
        m_topRefresh.start();
}

void HistoryModel::eventsChanged()
{
    if (m_hasLoaded && listsEvents())
        m_topRefresh.start();
}

QModelIndex HistoryModel::indexOfAttempt(qint64 attemptId, int column) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).attempt && m_rows.at(row).attempt->id == attemptId)
            return index(row, column);
    }
    return {};
}

QModelIndex HistoryModel::indexOfEvent(qint64 eventId, int column) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).event && m_rows.at(row).event->id == eventId)
            return index(row, column);
    }
    return {};
}

void HistoryModel::onFinished(const HistoryQueryResult &result)
{
    if (result.cancelled)
        return;
    if (result.ticket == m_pageTicket) {
        // The ticket stays set while the rows go in, so that nothing asks for the same page
        // again from inside the model's signals.
        takePage(result);
        m_pageTicket = 0;
        Q_EMIT loadingChanged(false);
        Q_EMIT pageLoaded();
    } else if (result.ticket == m_countTicket) {
        m_countTicket = 0;
        if (result.succeeded())
            setTotalCount(result.number + result.eventNumber, result.eventNumber);
        else
            setTotalCount(-1, -1);
    } else if (result.ticket == m_topTicket) {
        m_topTicket = 0;
        takeNewest(result);
    } else if (m_rowTickets.contains(result.ticket)) {
        takeAttempt(m_rowTickets.take(result.ticket), result);
    }
}

void HistoryModel::takePage(const HistoryQueryResult &result)
{
    if (!result.error.isEmpty()) {
        m_lastError = result.error;
        m_atEnd = true; // no retry loop through fetchMore; reload() tries again
        if (m_pageReplaces) {
            beginResetModel();
            m_rows.clear();
            endResetModel();
        }
        Q_EMIT loadFailed(result.error);
        return;
    }
    m_lastError.clear();
    const QList<TimelineEntry> &page = result.entries;
    if (m_pageReplaces) {
        beginResetModel();
        m_rows = page;
        m_atEnd = page.size() < PageSize;
        m_hasLoaded = true;
        endResetModel();
        return;
    }
    m_atEnd = page.size() < PageSize;
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size()) - 1);
    m_rows += page;
    endInsertRows();
}

void HistoryModel::refreshTop()
{
    if (m_topTicket || m_pageTicket)
        return; // a reload is on its way, or the previous refresh is
    m_topTicket = m_queries.fetchPage(m_filter, PageSize, {}, m_kinds);
    m_queries.cancel(m_countTicket);
    m_countTicket = m_queries.fetchCount(m_filter, m_kinds);
}

// Inserts at the top the records newer than the newest row, keeping the reader's place.
void HistoryModel::takeNewest(const HistoryQueryResult &result)
{
    if (!result.succeeded())
        return;
    QList<TimelineEntry> newer;
    for (const TimelineEntry &entry : result.entries) {
        if (!m_rows.isEmpty()
                && (entry.isSameRecord(m_rows.constFirst())
                        || !entry.isListedBefore(m_rows.constFirst())))
            break;
        newer << entry;
    }
    if (newer.size() == result.entries.size() && !m_rows.isEmpty() && !newer.isEmpty()) {
        // A whole page of news: the rows below would not join up; start from the top.
        beginResetModel();
        m_rows = newer;
        m_atEnd = newer.size() < PageSize;
        endResetModel();
        return;
    }
    if (newer.isEmpty())
        return;
    beginInsertRows({}, 0, int(newer.size()) - 1);
    m_rows = newer + m_rows;
    endInsertRows();
}

void HistoryModel::takeAttempt(qint64 attemptId, const HistoryQueryResult &result)
{
    if (!result.succeeded() || result.attempts.isEmpty())
        return;
    const QModelIndex first = indexOfAttempt(attemptId);
    if (!first.isValid())
        return;
    ProvisioningAttempt attempt = result.attempts.constFirst();
    attempt.steps.clear(); // rows carry no steps; the detail pane reads them
    m_rows[first.row()].attempt = attempt;
    Q_EMIT dataChanged(first, index(first.row(), ColumnCount - 1));
}

void HistoryModel::setTotalCount(qint64 count, qint64 events)
{
    if (m_totalCount == count && m_eventCount == events)
        return;
    m_totalCount = count;
    m_eventCount = events;
    Q_EMIT totalCountChanged(count);
}

} // namespace Switchboard
