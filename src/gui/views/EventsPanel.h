// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/history/HistoryQuery.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace Switchboard {

class EventsModel;
class HistoryQueries;

// The History tab's "Other actions": numbers assigned and released, manual tasks, organizations,
// accounts, pools, settings, each with who did it, newest first; the selected one's changed
// fields below. Reads on the history's worker thread, as the attempts do.
class EventsPanel : public QWidget
{
    Q_OBJECT

public:
    // How many of the newest actions are shown; the export has them all.
    static constexpr int ShownLimit = 500;

    explicit EventsPanel(HistoryQueries &queries, QWidget *parent = nullptr);
    ~EventsPanel() override;

    EventsModel *model() const { return m_model; }
    // The History tab's shared filters (organization, operator, dates, words); reloads when
    // they changed, or when `force`.
    void setFilter(const HistoryFilter &filter, bool force = false);
    void reload();
    void setOrganizationNames(const QHash<qint64, QString> &names);
    // The kinds chosen here, for an export of what is shown.
    RecordKinds kinds() const;

private:
    void onFinished(const HistoryQueryResult &result);
    void showSelected();

    HistoryQueries &m_queries;
    EventsModel *m_model = nullptr;
    QComboBox *m_kindCombo = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_details = nullptr;
    HistoryFilter m_filter;
    quint64 m_ticket = 0;
    bool m_loaded = false;
};

} // namespace Switchboard
