// SPDX-License-Identifier: Apache-2.0
#include "gui/views/HistoryView.h"

#include "core/history/HistoryQueries.h"
#include "core/snapshot/SnapshotCache.h"
#include "core/storage/HistoryStore.h"
#include "gui/models/HistoryModel.h"
#include "gui/models/OrganizationListModel.h"
#include "gui/models/StepsModel.h"
#include "gui/support/CalendarStart.h"
#include "gui/support/DisplayNames.h"
#include "gui/support/FileDialog.h"
#include "gui/support/TabLeaves.h"
#include "ui_HistoryView.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QScrollArea>
#include <QStandardPaths>
#include <QStyle>

namespace Switchboard {
namespace {

// The earliest date of the date filters stands for "no bound".
const QDate NoBound(2000, 1, 1);

} // namespace

HistoryView::HistoryView(const HistoryViewDependencies &dependencies, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::HistoryView>())
    , m_deps(dependencies)
{
    Q_ASSERT(m_deps.queries && m_deps.organizations && m_deps.fileDialog);
    m_ui->setupUi(this);

    m_model = new HistoryModel(*m_deps.queries, this);
    m_steps = new StepsModel(this);
    m_ui->historyTable->setModel(m_model);
    m_ui->stepsTable->setModel(m_steps);
    // Widths from the text they hold, so that large fonts and long translations still fit.
    const QFontMetrics metrics = fontMetrics();
    const int padding = metrics.averageCharWidth() * 3;
    const auto widthOf = [&metrics, padding](const QString &sample) {
        return metrics.horizontalAdvance(sample) + padding;
    };
    QHeaderView *header = m_ui->historyTable->horizontalHeader();
    header->resizeSection(HistoryModel::StartedColumn,
            widthOf(DisplayNames::recordTime(QDateTime(QDate(2024, 12, 28), QTime(23, 59)))));
    header->resizeSection(
            HistoryModel::OrganizationColumn, widthOf(QStringLiteral("acme-dental-group")));
    header->resizeSection(
            HistoryModel::AssistantColumn, widthOf(QStringLiteral("Reception Desk Main 12")));
    header->resizeSection(HistoryModel::OutcomeColumn,
            std::max(widthOf(DisplayNames::eventKind(EventKind::NumberReleasedOnTwilio)),
                    widthOf(DisplayNames::outcome(AttemptOutcome::ManualQueued))));
    header->resizeSection(HistoryModel::StrategyColumn,
            widthOf(DisplayNames::strategy(Strategy::OrganizationTwilio)));
    header->resizeSection(HistoryModel::NumberColumn, widthOf(QStringLiteral("+44 20 7946 0958")));
    header->resizeSection(HistoryModel::OperatorColumn, widthOf(QStringLiteral("maria@agency-pc")));
    QHeaderView *stepsHeader = m_ui->stepsTable->horizontalHeader();
    for (int column : {StepsModel::SequenceColumn, StepsModel::StrategyColumn,
                 StepsModel::StatusColumn, StepsModel::DurationColumn})
        stepsHeader->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    stepsHeader->resizeSection(StepsModel::ReasonColumn, metrics.averageCharWidth() * 50);
    // The story of an attempt can be long: it scrolls in its pane, so that the list above does
    // not shrink under the pointer when it is selected (found by the walk: a click on the
    // wrong row).
    auto *detailsScroll = new QScrollArea(m_ui->detailsGroup);
    detailsScroll->setObjectName(QStringLiteral("detailsScroll"));
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setFrameShape(QFrame::NoFrame);
    m_ui->detailsLayout->replaceWidget(m_ui->detailsLabel, detailsScroll);
    detailsScroll->setWidget(m_ui->detailsLabel);
    m_ui->detailsLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    // The list first: at 1024×700 with the manual queue's panel open, the story's pane took
    // all but one to three of its rows (found by the second walk). The story and the steps
    // scroll in their pane, and the splitter gives it more room by hand.
    detailsScroll->setMinimumHeight(fontMetrics().lineSpacing() * 2);
    // Rows as tall as their line of text needs, not the style's roomy default.
    const int row = std::min(
            m_ui->historyTable->verticalHeader()->defaultSectionSize(), fontMetrics().height() + 8);
    m_ui->historyTable->verticalHeader()->setDefaultSectionSize(row);
    m_ui->stepsTable->setMinimumHeight(
            m_ui->stepsTable->horizontalHeader()->sizeHint().height() + row + 2);
    m_ui->historyTable->setMinimumHeight(
            m_ui->historyTable->horizontalHeader()->sizeHint().height() + row * 2 + 2);
    // The filter rows close together, as a toolbar's are: every pixel of height goes to the
    // list on a short screen.
    m_ui->historyLayout->setSpacing(
            std::max(2, style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing) / 2));
    m_ui->detailsLayout->setContentsMargins(m_ui->detailsLayout->contentsMargins().left(), 2,
            m_ui->detailsLayout->contentsMargins().right(), 2);
    m_ui->detailSplitter->setStretchFactor(0, 3);
    m_ui->detailSplitter->setStretchFactor(1, 1);
    m_ui->busyBar->hide();
    m_ui->cancelButton->hide();

    setUpFilters();

    m_findAction = new QAction(tr("&Find"), this);
    m_findAction->setObjectName(QStringLiteral("actionFindInHistory"));
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_findAction);
    connect(m_findAction, &QAction::triggered, this, &HistoryView::focusSearch);

    connect(m_ui->exportButton, &QPushButton::clicked, this, &HistoryView::chooseExportFile);
    connect(m_ui->clearFiltersButton, &QPushButton::clicked, this, &HistoryView::clearFilters);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &HistoryView::cancel);
    connect(m_model, &HistoryModel::loadingChanged, this, &HistoryView::updateStatus);
    connect(m_model, &HistoryModel::totalCountChanged, this, &HistoryView::updateStatus);
    // Rows the model adds at the top after the count came back (a new attempt): the line
    // counts them too (found by the second walk: "0 of 1 shown" beside the row).
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &HistoryView::updateStatus);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryView::updateStatus);
    connect(m_model, &HistoryModel::loadFailed, this, &HistoryView::updateStatus);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryView::restoreSelection);
    // Someone new may be on record since (another process, another console): the By list is
    // read again with every reload (one index seek per name).
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryView::loadOperators);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft) {
        if (m_selectedAttemptId
                && topLeft.data(HistoryModel::AttemptIdRole).toLongLong() == m_selectedAttemptId)
            showSelected();
    });
    connect(m_ui->historyTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_selectedAttemptId = current.data(HistoryModel::AttemptIdRole).toLongLong();
                m_selectedEventId = current.data(HistoryModel::EventIdRole).toLongLong();
                showSelected();
            });
    connect(m_deps.queries, &HistoryQueries::finished, this, &HistoryView::onQueryFinished);
    connect(m_deps.queries, &HistoryQueries::exportProgress, this, &HistoryView::onExportProgress);
    if (m_deps.history) {
        connect(m_deps.history, &HistoryStore::attemptChanged, m_model,
                &HistoryModel::attemptChanged);
        connect(m_deps.history, &HistoryStore::eventsChanged, m_model,
                &HistoryModel::eventsChanged);
        // A new event may name someone new (another console's operator).
        connect(m_deps.history, &HistoryStore::eventsChanged, this, &HistoryView::loadOperators);
    }
    if (m_deps.snapshots) {
        // Found by the walk: a settings change (written on the storage thread's connection)
        // stayed out of the timeline until something else reloaded it.
        connect(m_deps.snapshots, &SnapshotCache::changed, m_model, &HistoryModel::eventsChanged);
    }
    showDetails({});
    updateStatus();
}

HistoryView::~HistoryView()
{
    m_deps.queries->cancel(m_exportTicket);
    m_deps.queries->cancel(m_detailTicket);
    m_deps.queries->cancel(m_operatorsTicket);
    m_model->cancelLoading();
}

void HistoryView::setUpFilters()
{
    // The organizations of the workspace, then those removed since, whose record stays.
    fillOrganizations();
    connect(m_deps.organizations, &QAbstractItemModel::modelReset, this, [this] {
        fillOrganizations();
        setOrganizationId(m_organizationId); // kept, unless it left the workspace and the record
    });

    // The timeline: everything, the attempts alone, the other actions, or one kind of them.
    m_ui->kindCombo->addItem(tr("Everything"), QStringLiteral("all"));
    m_ui->kindCombo->addItem(tr("Provisioning attempts"), QStringLiteral("provisioning"));
    m_ui->kindCombo->addItem(tr("Other actions"), QStringLiteral("events"));
    m_ui->kindCombo->insertSeparator(m_ui->kindCombo->count());
    for (EventKind kind : allEventKinds())
        m_ui->kindCombo->addItem(DisplayNames::eventKind(kind), toString(kind));
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, [this] {
        enableAttemptFilters();
        applyFilters();
    });

    m_ui->outcomeCombo->addItem(tr("Any outcome"));
    for (AttemptOutcome outcome : {AttemptOutcome::Succeeded, AttemptOutcome::ManualQueued,
                 AttemptOutcome::Failed, AttemptOutcome::Cancelled, AttemptOutcome::InFlight})
        m_ui->outcomeCombo->addItem(DisplayNames::outcome(outcome), toString(outcome));
    m_ui->operatorCombo->addItem(tr("Anyone"));
    m_ui->strategyCombo->addItem(tr("Any link"));
    for (Strategy strategy : {Strategy::VapiFree, Strategy::OrganizationTwilio,
                 Strategy::WorkspaceTwilio, Strategy::Manual})
        m_ui->strategyCombo->addItem(DisplayNames::strategy(strategy), toString(strategy));

    // The filters may be narrower than their longest choice (elided), so that the window fits
    // 1024 pixels with a desktop's fonts (found by the GUI walk: it would not shrink below 1043).
    for (QComboBox *combo : {m_ui->kindCombo, m_ui->organizationCombo, m_ui->outcomeCombo,
                 m_ui->strategyCombo, m_ui->operatorCombo}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
    }
    // The kinds whole where there is room (the walk saw "Provisioning attemp" at 1100 px), as
    // narrow as the other filters where there is not (1024 px with a desktop's large fonts).
    const int narrowest = m_ui->kindCombo->minimumSizeHint().width();
    m_ui->kindCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_ui->kindCombo->setMinimumWidth(narrowest);
    for (QDateEdit *edit : {m_ui->sinceEdit, m_ui->untilEdit}) {
        edit->setMinimumDate(NoBound);
        edit->setSpecialValueText(tr("No bound"));
        edit->setDate(NoBound);
        CalendarStart::install(edit, NoBound);
        TabLeaves::install(edit);
        connect(edit, &QDateEdit::dateChanged, this, &HistoryView::applyFilters);
    }
    m_ui->searchEdit->setPlaceholderText(
            tr("Find words: an assistant, number, organization or summary (%1)")
                    .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));

    const auto comboChanged = [this] {
        m_organizationId
                = m_ui->organizationCombo->currentData(OrganizationListModel::OrganizationIdRole)
                          .toLongLong();
        applyFilters();
    };
    connect(m_ui->organizationCombo, &QComboBox::currentIndexChanged, this, comboChanged);
    connect(m_ui->outcomeCombo, &QComboBox::currentIndexChanged, this, &HistoryView::applyFilters);
    connect(m_ui->strategyCombo, &QComboBox::currentIndexChanged, this, &HistoryView::applyFilters);
    connect(m_ui->operatorCombo, &QComboBox::currentIndexChanged, this, &HistoryView::applyFilters);

    // Typing searches a moment after the last key, not at every key.
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(300);
    connect(&m_searchDelay, &QTimer::timeout, this, &HistoryView::applyFilters);
    connect(m_ui->searchEdit, &QLineEdit::textEdited, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            applyFilters(); // the clear button
    });
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, &HistoryView::applyFilters);
}

RecordKinds HistoryView::kinds() const
{
    QString ignored;
    return RecordKinds::parse(m_ui->kindCombo->currentData().toString(), &ignored)
            .value_or(RecordKinds{});
}

// Outcome and link belong to attempts: without attempts, they have nothing to narrow.
void HistoryView::enableAttemptFilters()
{
    const bool attempts = kinds().attempts;
    for (QWidget *onlyForAttempts :
            {static_cast<QWidget *>(m_ui->outcomeCombo), static_cast<QWidget *>(m_ui->outcomeLabel),
                    static_cast<QWidget *>(m_ui->strategyCombo),
                    static_cast<QWidget *>(m_ui->strategyLabel)})
        onlyForAttempts->setEnabled(attempts);
}

HistoryFilter HistoryView::filter() const
{
    HistoryFilter filter;
    filter.organizationId = m_organizationId;
    // Outcome and link narrow attempts; with the attempts not listed they are greyed out, and
    // narrow nothing (found by the walk: a greyed "Succeeded" emptied the other actions).
    if (kinds().attempts) {
        filter.outcome = attemptOutcomeFromString(m_ui->outcomeCombo->currentData().toString());
        filter.strategy = strategyFromString(m_ui->strategyCombo->currentData().toString());
    }
    filter.operatorName = m_ui->operatorCombo->currentData().toString();
    // The dates are the user's days: from the start of "from" to the end of "to", local time.
    const QDate since = m_ui->sinceEdit->date();
    if (since > NoBound)
        filter.since = QDateTime(since, QTime(0, 0)).toUTC();
    const QDate until = m_ui->untilEdit->date();
    if (until > NoBound)
        filter.until = QDateTime(until.addDays(1), QTime(0, 0)).toUTC();
    // A trailing space stays: it ends the last word, which otherwise matches as a prefix.
    const QString text = m_ui->searchEdit->text();
    qsizetype start = 0;
    while (start < text.size() && text.at(start).isSpace())
        ++start;
    filter.text = text.mid(start);
    return filter;
}

// The combo is filled here, not bound to the organization list: it also offers the
// organizations removed since (found by the walk: their rows stayed, under a slug, and could
// only be found by searching). Its items change without a signal; the choice is the caller's.
void HistoryView::fillOrganizations()
{
    QComboBox *combo = m_ui->organizationCombo;
    const QSignalBlocker block(combo);
    combo->clear();
    QHash<qint64, QString> names;
    const auto add = [combo, &names](const QString &name, qint64 id) {
        combo->addItem(name);
        combo->setItemData(combo->count() - 1, id, OrganizationListModel::OrganizationIdRole);
        if (id > 0)
            names.insert(id, name);
    };
    QAbstractItemModel *organizations = m_deps.organizations;
    for (int row = 0; row < organizations->rowCount(); ++row) {
        const QModelIndex index = organizations->index(row, 0);
        add(index.data().toString(),
                index.data(OrganizationListModel::OrganizationIdRole).toLongLong());
    }
    // The workspace's own actions, as the rows name them (found by the walk: they could only
    // be found under All organizations).
    add(tr("Workspace"), HistoryFilter::WorkspaceOnly);
    for (const auto &[id, name] : std::as_const(m_removedOrganizations)) {
        if (!names.contains(id))
            add(tr("%1 (removed)").arg(name), id);
    }
    m_model->setOrganizationNames(names);
    combo->setCurrentIndex(std::max(
            combo->findData(m_organizationId, OrganizationListModel::OrganizationIdRole), 0));
}

void HistoryView::showRemovedOrganizations(const QList<WorkspaceEvent> &removals)
{
    QList<std::pair<qint64, QString>> removed;
    for (const WorkspaceEvent &removal : removals) {
        QString name = removal.organizationSlug;
        for (const FieldChange &change : removal.changes) {
            if (change.field == u"name" && !change.before.isEmpty())
                name = change.before;
        }
        if (removal.organizationId > 0)
            removed.append({removal.organizationId, name});
    }
    if (removed == m_removedOrganizations)
        return;
    m_removedOrganizations = removed;
    fillOrganizations();
}

void HistoryView::setOrganizationId(qint64 organizationId)
{
    m_organizationId = organizationId;
    const int row = m_ui->organizationCombo->findData(
            organizationId, OrganizationListModel::OrganizationIdRole);
    if (row < 0)
        m_organizationId = 0;
    m_ui->organizationCombo->setCurrentIndex(std::max(row, 0));
    applyFilters();
}

void HistoryView::focusSearch()
{
    m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchEdit->selectAll();
}

void HistoryView::activate()
{
    if (m_activated)
        return;
    m_activated = true;
    m_model->setFilter(filter(), kinds());
    loadOperators();
}

void HistoryView::loadOperators()
{
    if (!m_activated)
        return;
    m_deps.queries->cancel(m_operatorsTicket);
    m_operatorsTicket = m_deps.queries->fetchOperators();
}

// Everyone on record, the chosen one kept (also when no longer listed: a filter never changes
// by itself).
void HistoryView::showOperators(const QStringList &operators)
{
    const QString chosen = m_ui->operatorCombo->currentData().toString();
    QStringList names = operators;
    names.sort(Qt::CaseInsensitive);
    if (!chosen.isEmpty() && !names.contains(chosen))
        names << chosen;
    const QSignalBlocker block(m_ui->operatorCombo);
    m_ui->operatorCombo->clear();
    m_ui->operatorCombo->addItem(tr("Anyone"));
    for (const QString &name : std::as_const(names))
        m_ui->operatorCombo->addItem(name, name);
    m_ui->operatorCombo->setCurrentIndex(std::max(m_ui->operatorCombo->findData(chosen), 0));
}

void HistoryView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_splitterSized) {
        // Three quarters to the list at first (by their size hints the story's pane took half);
        // later changes of the window's height are shared by the stretch factors.
        m_splitterSized = true;
        const int total = m_ui->detailSplitter->height();
        m_ui->detailSplitter->setSizes({total * 3 / 4, total - total * 3 / 4});
    }
    activate();
}

void HistoryView::applyFilters()
{
    m_searchDelay.stop();
    if (!m_activated)
        return; // the first show loads with whatever is set by then
    const HistoryFilter current = filter();
    const RecordKinds currentKinds = kinds();
    if (current != m_model->filter() || currentKinds != m_model->kinds() || !m_model->hasLoaded()) {
        // The last export's line spoke of the list before (the walk saw it stay beside another
        // selection's count); one under way keeps its line.
        if (!m_exportTicket)
            m_ui->exportStatusLabel->clear();
        m_model->setFilter(current, currentKinds);
    }
}

void HistoryView::clearFilters()
{
    {
        const QSignalBlocker blockKind(m_ui->kindCombo);
        const QSignalBlocker blockOrganization(m_ui->organizationCombo);
        const QSignalBlocker blockOutcome(m_ui->outcomeCombo);
        const QSignalBlocker blockStrategy(m_ui->strategyCombo);
        const QSignalBlocker blockOperator(m_ui->operatorCombo);
        const QSignalBlocker blockSince(m_ui->sinceEdit);
        const QSignalBlocker blockUntil(m_ui->untilEdit);
        m_organizationId = 0;
        m_ui->kindCombo->setCurrentIndex(0);
        enableAttemptFilters();
        m_ui->organizationCombo->setCurrentIndex(0);
        m_ui->outcomeCombo->setCurrentIndex(0);
        m_ui->strategyCombo->setCurrentIndex(0);
        m_ui->operatorCombo->setCurrentIndex(0);
        m_ui->sinceEdit->setDate(NoBound);
        m_ui->untilEdit->setDate(NoBound);
    }
    // Not blocked: the line edit hides its clear button on its own textChanged (the walk saw
    // the button stay in the empty field); that signal also applies the filters, once.
    m_ui->searchEdit->clear();
    applyFilters();
}

void HistoryView::onQueryFinished(const HistoryQueryResult &result)
{
    if (result.ticket == m_operatorsTicket) {
        m_operatorsTicket = 0;
        if (result.succeeded()) {
            showOperators(result.operators);
            showRemovedOrganizations(result.events);
        }
    } else if (result.ticket == m_detailTicket) {
        m_detailTicket = 0;
        if (result.succeeded() && !result.attempts.isEmpty()
                && result.attempts.constFirst().id == m_selectedAttemptId)
            showDetails(result.attempts.constFirst(), result.events);
        else if (!result.cancelled)
            m_ui->detailsLabel->setText(result.error);
    } else if (result.ticket == m_exportTicket) {
        m_exportTicket = 0;
        m_ui->exportButton->setEnabled(true);
        const QString where = QDir::toNativeSeparators(m_exportFileName);
        if (result.succeeded()) {
            m_ui->exportStatusLabel->setText(
                    (m_exportHasEvents ? tr("Exported to %1 (records: %2).")
                                       : tr("Exported to %1 (attempts: %2)."))
                            .arg(where, QLocale().toString(result.number)));
            Q_EMIT exportFinished(m_exportFileName, result.number, {});
        } else {
            const QString message = result.cancelled
                    ? tr("The export to %1 was cancelled.").arg(where)
                    : result.error;
            m_ui->exportStatusLabel->setText(message);
            Q_EMIT exportFinished(m_exportFileName, -1, message);
        }
        updateStatus();
    }
}

void HistoryView::showSelected()
{
    m_deps.queries->cancel(m_detailTicket);
    m_detailTicket = 0;
    if (m_selectedEventId) {
        const QModelIndex index = m_model->indexOfEvent(m_selectedEventId);
        if (index.isValid()) {
            showEventDetails(*m_model->entryAt(index.row()).event);
            return;
        }
    }
    if (m_selectedAttemptId == 0) {
        showDetails({});
        return;
    }
    m_detailTicket = m_deps.queries->fetchAttempt(m_selectedAttemptId);
}

void HistoryView::restoreSelection()
{
    const QModelIndex index = m_selectedEventId ? m_model->indexOfEvent(m_selectedEventId)
                                                : m_model->indexOfAttempt(m_selectedAttemptId);
    if (index.isValid()) {
        m_ui->historyTable->setCurrentIndex(index);
    } else if (m_selectedAttemptId || m_selectedEventId) {
        m_selectedAttemptId = 0;
        m_selectedEventId = 0;
        showSelected();
    }
}

void HistoryView::cancel()
{
    if (m_exportTicket)
        m_deps.queries->cancel(m_exportTicket); // answered as cancelled in onQueryFinished
    else
        m_model->cancelLoading();
    updateStatus();
}

} // namespace Switchboard
