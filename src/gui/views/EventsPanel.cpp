// SPDX-License-Identifier: Apache-2.0
#include "gui/views/EventsPanel.h"

#include "core/history/HistoryQueries.h"
#include "gui/models/EventsModel.h"
#include "gui/support/DisplayNames.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Switchboard {

EventsPanel::EventsPanel(HistoryQueries &queries, QWidget *parent)
    : QWidget(parent)
    , m_queries(queries)
    , m_model(new EventsModel(this))
{
    setObjectName(QStringLiteral("eventsPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    auto *kindLabel = new QLabel(tr("S&how:"), this);
    m_kindCombo = new QComboBox(this);
    m_kindCombo->setObjectName(QStringLiteral("eventKindCombo"));
    m_kindCombo->setAccessibleName(tr("Kind of action"));
    m_kindCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_kindCombo->setMinimumContentsLength(16);
    kindLabel->setBuddy(m_kindCombo);
    m_kindCombo->addItem(tr("Every kind"));
    for (EventKind kind : allEventKinds())
        m_kindCombo->addItem(DisplayNames::eventKind(kind), toString(kind));
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("eventsCountLabel"));
    row->addWidget(kindLabel);
    row->addWidget(m_kindCombo);
    row->addWidget(m_countLabel, 1);
    layout->addLayout(row);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("eventsTable"));
    m_table->setAccessibleName(tr("Other actions"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    const QFontMetrics metrics = fontMetrics();
    const int padding = metrics.averageCharWidth() * 3;
    QHeaderView *header = m_table->horizontalHeader();
    header->resizeSection(EventsModel::TimeColumn,
            metrics.horizontalAdvance(QLocale().toString(
                    QDateTime(QDate(2024, 12, 28), QTime(23, 59)), QLocale::ShortFormat))
                    + padding);
    header->resizeSection(EventsModel::KindColumn,
            metrics.horizontalAdvance(DisplayNames::eventKind(EventKind::NumberReleasedOnTwilio))
                    + padding);
    header->resizeSection(EventsModel::OrganizationColumn,
            metrics.horizontalAdvance(QStringLiteral("acme-dental-group")) + padding);
    header->resizeSection(EventsModel::NumberColumn,
            metrics.horizontalAdvance(QStringLiteral("+44 20 7946 0958")) + padding);
    header->resizeSection(EventsModel::OperatorColumn,
            metrics.horizontalAdvance(QStringLiteral("maria@agency-pc")) + padding);
    m_details = new QLabel(splitter);
    m_details->setObjectName(QStringLiteral("eventDetailsLabel"));
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setMargin(6);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, &EventsPanel::reload);
    connect(&m_queries, &HistoryQueries::finished, this, &EventsPanel::onFinished);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EventsPanel::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &EventsPanel::showSelected);
    showSelected();
}

EventsPanel::~EventsPanel()
{
    m_queries.cancel(m_ticket);
}

RecordKinds EventsPanel::kinds() const
{
    RecordKinds kinds;
    kinds.attempts = false;
    const std::optional<EventKind> kind
            = eventKindFromString(m_kindCombo->currentData().toString());
    if (kind)
        kinds.events = {*kind};
    else
        kinds.allEvents = true;
    return kinds;
}

void EventsPanel::setFilter(const HistoryFilter &filter, bool force)
{
    // Outcome and link belong to attempts: the actions are listed whatever they are set to.
    HistoryFilter actions = filter;
    actions.outcome.reset();
    actions.strategy.reset();
    actions.origin.reset();
    const bool same = actions == m_filter;
    m_filter = actions;
    if (!same || force || !m_loaded)
        reload();
}

void EventsPanel::reload()
{
    m_queries.cancel(m_ticket);
    m_ticket = m_queries.fetchEvents(m_filter, kinds(), ShownLimit);
    m_countLabel->setText(tr("Loading…"));
}

void EventsPanel::setOrganizationNames(const QHash<qint64, QString> &names)
{
    m_model->setOrganizationNames(names);
}

void EventsPanel::onFinished(const HistoryQueryResult &result)
{
    if (result.ticket != m_ticket)
        return;
    m_ticket = 0;
    if (result.cancelled)
        return;
    if (!result.error.isEmpty()) {
        m_countLabel->setText(result.error);
        return;
    }
    m_loaded = true;
    const qint64 selected = m_table->currentIndex().data(EventsModel::EventIdRole).toLongLong();
    m_model->setEvents(result.events);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, 0).data(EventsModel::EventIdRole).toLongLong() == selected) {
            m_table->setCurrentIndex(m_model->index(row, 0));
            break;
        }
    }
    const int shown = m_model->rowCount();
    if (shown == 0)
        m_countLabel->setText(tr("No actions on record match the filters."));
    else if (shown >= ShownLimit)
        m_countLabel->setText(tr("The newest %1 actions; narrow the filters, or export them all.")
                                      .arg(QLocale().toString(shown)));
    else
        m_countLabel->setText(tr("Actions: %1").arg(QLocale().toString(shown)));
}

void EventsPanel::showSelected()
{
    const int row = m_table->currentIndex().row();
    if (row < 0 || row >= m_model->rowCount()) {
        m_details->setText(tr("Select an action to see what changed and who did it."));
        return;
    }
    const WorkspaceEvent &event = m_model->events().at(row);
    // Each recorded value on one line of its own: a line break typed into a contact must not
    // make a line that looks like the record's own ("…, by admin").
    const auto oneLine = [](const QString &text) {
        QString line = text;
        for (QChar &c : line) {
            if (!c.isPrint())
                c = u' ';
        }
        return line;
    };
    QStringList lines;
    lines << oneLine(event.summary);
    for (const FieldChange &change : event.changes)
        lines << tr("%1: %2 → %3")
                         .arg(oneLine(change.field),
                                 change.before.isEmpty() ? tr("(empty)") : oneLine(change.before),
                                 change.after.isEmpty() ? tr("(empty)") : oneLine(change.after));
    const QString who
            = event.operatorName.isEmpty() ? tr("an unknown operator") : event.operatorName;
    lines << (event.databaseRole.isEmpty()
                    ? tr("%1, by %2")
                              .arg(QLocale().toString(
                                           event.occurredAt.toLocalTime(), QLocale::LongFormat),
                                      who)
                    : tr("%1, by %2 (database role %3)")
                              .arg(QLocale().toString(
                                           event.occurredAt.toLocalTime(), QLocale::LongFormat),
                                      who, event.databaseRole));
    if (event.attemptId > 0)
        lines << tr("Part of provisioning attempt %1.").arg(event.attemptId);
    m_details->setText(lines.join(u'\n'));
}

} // namespace Switchboard
