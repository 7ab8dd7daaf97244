// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/history/HistoryQuery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QTimer>

namespace Switchboard {

class HistoryQueries;

// The history as one timeline, newest first: provisioning attempts and, when the kinds ask for
// them, every other action on record (issue 18), fetched page by page on the history's worker
// thread (keyset paging on each: the millionth row costs what the first does). setFilter()
// replaces the rows once the new first page has arrived; until then the old rows stay, marked
// as loading.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        StartedColumn, // when
        OrganizationColumn,
        AssistantColumn,
        OutcomeColumn, // what: an attempt's outcome, or the kind of action
        StrategyColumn,
        NumberColumn,
        OperatorColumn, // who started it
        SummaryColumn,
        ColumnCount
    };
    enum Role {
        AttemptIdRole = Qt::UserRole + 1, // qint64; 0 for an event
        OrganizationIdRole, // qint64; 0 when the organization was removed
        OutcomeRole, // an attempt's outcome by its stable name, e.g. "succeeded"
        StartedAtRole, // QDateTime, UTC
        EventIdRole, // qint64; 0 for an attempt
        KindRole, // "provisioning", or the event's kind, e.g. "number-released"
    };

    static constexpr int PageSize = 200;

    explicit HistoryModel(HistoryQueries &queries, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
            int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // The organizations' names by id, shown instead of the slug an attempt recorded (the slug
    // stays for organizations that are gone, and in the tooltip).
    void setOrganizationNames(const QHash<qint64, QString> &names);
    // The organization's name as the console knows it, else the slug the history kept.
    QString organizationName(qint64 organizationId, const QString &slug) const
    {
        return m_organizationNames.value(organizationId, slug);
    }

    // Starts over with another filter: the first page and the count are asked for at once.
    // Without kinds, attempts only.
    void setFilter(const HistoryFilter &filter, const RecordKinds &kinds = {});
    const HistoryFilter &filter() const { return m_filter; }
    const RecordKinds &kinds() const { return m_kinds; }
    // Whether the rows can hold events: kinds that include them, and no filter that only
    // attempts have (an outcome, a link).
    bool listsEvents() const { return eventFilterFor(m_filter, m_kinds).has_value(); }
    // The same filter again, from the top.
    void reload();
    // Stops waiting for a page (the rows loaded so far stay).
    void cancelLoading();
    // An attempt was written: re-reads its row, or adds it at the top when it is new.
    void attemptChanged(qint64 attemptId);
    // Events were recorded: they are added at the top when the rows list events.
    void eventsChanged();

    bool hasLoaded() const { return m_hasLoaded; }
    bool isLoading() const { return m_pageTicket != 0; }
    bool isAtEnd() const { return m_atEnd; }
    // How many records the filter selects; -1 while they are being counted.
    qint64 totalCount() const { return m_totalCount; }
    // Of these, how many are events (not attempts); -1 while counted.
    qint64 eventCount() const { return m_eventCount; }
    QString lastError() const { return m_lastError; }
    const TimelineEntry &entryAt(int row) const { return m_rows.at(row); }
    QModelIndex indexOfAttempt(qint64 attemptId, int column = 0) const;
    QModelIndex indexOfEvent(qint64 eventId, int column = 0) const;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void pageLoaded();
    void totalCountChanged(qint64 count);
    void loadFailed(const QString &message);

private:
    void onFinished(const HistoryQueryResult &result);
    void takePage(const HistoryQueryResult &result);
    void takeNewest(const HistoryQueryResult &result);
    void takeAttempt(qint64 attemptId, const HistoryQueryResult &result);
    void refreshTop();
    void setTotalCount(qint64 count, qint64 events);
    QVariant attemptData(const ProvisioningAttempt &a, int column, int role) const;
    QVariant eventData(const WorkspaceEvent &e, int column, int role) const;

    HistoryQueries &m_queries;
    HistoryFilter m_filter;
    RecordKinds m_kinds;
    QList<TimelineEntry> m_rows;
    quint64 m_pageTicket = 0;
    bool m_pageReplaces = false;
    quint64 m_countTicket = 0;
    quint64 m_topTicket = 0;
    QHash<quint64, qint64> m_rowTickets; // ticket -> attempt re-read for its row
    QTimer m_topRefresh; // gathers a burst of new attempts into one query
    qint64 m_totalCount = -1;
    qint64 m_eventCount = -1;
    bool m_atEnd = false;
    bool m_hasLoaded = false;
    QString m_lastError;
    QHash<qint64, QString> m_organizationNames;
};

} // namespace Switchboard
