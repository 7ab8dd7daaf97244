// SPDX-License-Identifier: Apache-2.0
#include "gui/models/HistoryModel.h"

#include "core/history/HistoryQueries.h"
#include "gui/support/DisplayNames.h"

#include <QLocale>

namespace Switchboard {
namespace {

bool isNewer(const ProvisioningAttempt &a, const ProvisioningAttempt &b)
{
    return a.startedAt > b.startedAt || (a.startedAt == b.startedAt && a.id > b.id);
}

} // namespace

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
    const ProvisioningAttempt &a = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StartedColumn:
            return QLocale().toString(a.startedAt.toLocalTime(), QLocale::ShortFormat);
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
        switch (index.column()) {
        case StartedColumn:
            return QLocale().toString(a.startedAt.toLocalTime(), QLocale::LongFormat);
        case AssistantColumn:
            return tr("Assistant %1").arg(a.assistantId);
        case SummaryColumn:
            return a.summary;
        case OperatorColumn:
            return a.databaseRole.isEmpty() ? QVariant()
                                            : tr("Database role: %1").arg(a.databaseRole);
        }
        return {};
    case AttemptIdRole:
        return a.id;
    case OrganizationIdRole:
        return a.organizationId;
    case OutcomeRole:
        return toString(a.outcome);
    case StartedAtRole:
        return a.startedAt;
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StartedColumn:
        return tr("Started");
    case OrganizationColumn:
        return tr("Organization");
    case AssistantColumn:
        return tr("Assistant");
    case OutcomeColumn:
        return tr("Outcome");
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
    const ProvisioningAttempt &last = m_rows.constLast();
    m_pageReplaces = false;
    m_pageTicket = m_queries.fetchPage(m_filter, PageSize, HistoryCursor{last.startedAt, last.id});
    Q_EMIT loadingChanged(true);
}

void HistoryModel::setFilter(const HistoryFilter &filter)
{
    m_filter = filter;
    reload();
}

void HistoryModel::reload()
{
    for (quint64 ticket : {m_pageTicket, m_countTicket, m_topTicket})
        m_queries.cancel(ticket);
    m_topTicket = 0;
    m_topRefresh.stop();
    m_pageReplaces = true;
    m_pageTicket = m_queries.fetchPage(m_filter, PageSize);
    m_countTicket = m_queries.fetchCount(m_filter);
    setTotalCount(-1);
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
    else
        m_topRefresh.start();
}

QModelIndex HistoryModel::indexOfAttempt(qint64 attemptId, int column) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == attemptId)
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
        setTotalCount(result.succeeded() ? result.number : -1);
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
    const QList<ProvisioningAttempt> &page = result.attempts;
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
    m_topTicket = m_queries.fetchPage(m_filter, PageSize);
    m_queries.cancel(m_countTicket);
    m_countTicket = m_queries.fetchCount(m_filter);
}

// Inserts at the top the attempts newer than the newest row, keeping the reader's place.
void HistoryModel::takeNewest(const HistoryQueryResult &result)
{
    if (!result.succeeded())
        return;
    QList<ProvisioningAttempt> newer;
    for (const ProvisioningAttempt &a : result.attempts) {
        if (!m_rows.isEmpty() && !isNewer(a, m_rows.constFirst()))
            break;
        newer << a;
    }
    if (newer.size() == result.attempts.size() && !m_rows.isEmpty() && !newer.isEmpty()) {
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
    m_rows[first.row()] = attempt;
    Q_EMIT dataChanged(first, index(first.row(), ColumnCount - 1));
}

void HistoryModel::setTotalCount(qint64 count)
{
    if (m_totalCount == count)
        return;
    m_totalCount = count;
    Q_EMIT totalCountChanged(count);
}

} // namespace Switchboard
