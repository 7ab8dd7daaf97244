// SPDX-License-Identifier: Apache-2.0
#include "gui/views/ManualQueueView.h"

#include "gui/dialogs/CompleteTaskDialog.h"
#include "gui/models/ManualTaskModel.h"
#include "gui/models/OrganizationFilterModel.h"
#include "gui/support/DisplayNames.h"
#include "ui_ManualQueueView.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QTextDocument>

namespace Switchboard {

ManualQueueView::ManualQueueView(ManualTaskModel &model, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ManualQueueView>())
    , m_model(model)
{
    m_ui->setupUi(this);
    m_proxy = new OrganizationFilterModel(ManualTaskModel::OrganizationIdRole, this);
    m_proxy->setSourceModel(&m_model);
    m_ui->tasksTable->setModel(m_proxy);
    const QFontMetrics metrics = fontMetrics();
    const int charWidth = metrics.averageCharWidth();
    QHeaderView *header = m_ui->tasksTable->horizontalHeader();
    header->resizeSection(ManualTaskModel::AssistantColumn, charWidth * 24);
    header->resizeSection(ManualTaskModel::OrganizationColumn, charWidth * 22);
    header->resizeSection(ManualTaskModel::OpenedColumn,
            metrics.horizontalAdvance(
                    DisplayNames::recordTime(QDateTime(QDate(2024, 12, 28), QTime(23, 59))))
                    + charWidth * 3);
    m_ui->queueSplitter->setStretchFactor(0, 2);
    m_ui->queueSplitter->setStretchFactor(1, 1);
    // Small enough below the tabs of a 1024×700 window (found by the second walk: with the
    // panel open, the History tab listed one to three rows); each part scrolls, and the panel
    // can be made taller.
    const int row = m_ui->tasksTable->verticalHeader()->defaultSectionSize();
    m_ui->tasksTable->setMinimumHeight(m_ui->tasksTable->horizontalHeader()->sizeHint().height()
            + row + 2 * m_ui->tasksTable->frameWidth());
    m_ui->reasonsView->setMinimumHeight(metrics.lineSpacing() * 2
            + 2
                    * (m_ui->reasonsView->frameWidth()
                            + int(m_ui->reasonsView->document()->documentMargin())));

    connect(m_ui->completeButton, &QPushButton::clicked, this, &ManualQueueView::completeSelected);
    connect(m_ui->cancelTaskButton, &QPushButton::clicked, this, &ManualQueueView::dropSelected);
    connect(m_ui->tasksTable, &QAbstractItemView::activated, this,
            &ManualQueueView::completeSelected);
    connect(m_ui->tasksTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ManualQueueView::showSelected);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        showSelected();
        updateSummary();
    });
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ManualQueueView::updateSummary);
    showSelected();
    updateSummary();
}

ManualQueueView::~ManualQueueView() = default;

void ManualQueueView::setOrganizationId(qint64 organizationId)
{
    m_proxy->setOrganizationId(organizationId);
    showSelected();
    updateSummary();
}

qint64 ManualQueueView::currentTaskId() const
{
    return m_ui->tasksTable->currentIndex().data(ManualTaskModel::TaskIdRole).toLongLong();
}

void ManualQueueView::selectTask(qint64 taskId)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(ManualTaskModel::TaskIdRole).toLongLong() == taskId) {
            m_ui->tasksTable->setCurrentIndex(index);
            return;
        }
    }
}

CompleteTaskDialog *ManualQueueView::completeDialog() const
{
    return m_dialog;
}

void ManualQueueView::showCompletion(qint64 taskId, bool done, const QString &message)
{
    if (m_dialog && m_dialog->taskId() == taskId)
        m_dialog->showOutcome(done, message);
}

int ManualQueueView::openTaskCount() const
{
    return m_proxy->rowCount();
}

void ManualQueueView::completeSelected()
{
    const QModelIndex current = m_ui->tasksTable->currentIndex();
    if (!current.isValid())
        return;
    if (m_dialog)
        m_dialog->close();
    m_dialog = new CompleteTaskDialog(m_model.taskAt(m_proxy->mapToSource(current).row()), this);
    m_dialog->setObjectName(QStringLiteral("completeTaskDialog"));
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &CompleteTaskDialog::completed, this, &ManualQueueView::completeRequested);
    m_dialog->open();
}

void ManualQueueView::dropSelected()
{
    const QModelIndex current = m_ui->tasksTable->currentIndex();
    if (!current.isValid())
        return;
    const qint64 taskId = current.data(ManualTaskModel::TaskIdRole).toLongLong();
    const QString assistant
            = current.siblingAtColumn(ManualTaskModel::AssistantColumn).data().toString();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Drop the task"),
            tr("Drop the task for %1 without giving it a number?").arg(assistant),
            QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("dropTaskConfirmation"));
    box->setInformativeText(
            tr("%1 stays without a number until it is provisioned again.").arg(assistant));
    box->addButton(tr("Drop task"), QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::accepted, this, [this, taskId] { Q_EMIT dropRequested(taskId); });
    box->open();
}

void ManualQueueView::showSelected()
{
    const QModelIndex current = m_ui->tasksTable->currentIndex();
    m_ui->completeButton->setEnabled(current.isValid());
    m_ui->cancelTaskButton->setEnabled(current.isValid());
    if (!current.isValid()) {
        m_ui->reasonsView->setHtml(openTaskCount() ? tr("Select a task to see why the chain "
                                                        "could not give the assistant a number.")
                                                   : QString());
        return;
    }
    const ManualTask &task = m_model.taskAt(m_proxy->mapToSource(current).row());
    QString html
            = tr("<b>Why %1 has no number yet</b>")
                      .arg((task.assistantName.isEmpty() ? task.assistantId : task.assistantName)
                                      .toHtmlEscaped());
    html += QStringLiteral("<ul>");
    for (const QString &reason : task.reasons)
        html += QStringLiteral("<li>") + DisplayNames::taskReason(reason).toHtmlEscaped()
                + QStringLiteral("</li>");
    html += QStringLiteral("</ul>");
    if (!task.instructions.isEmpty())
        html += QStringLiteral("<p>") + task.instructions.toHtmlEscaped() + QStringLiteral("</p>");
    m_ui->reasonsView->setHtml(html);
}

void ManualQueueView::updateSummary()
{
    const int count = openTaskCount();
    m_ui->summaryLabel->setText(count == 0 ? tr("No open tasks: every assistant the chain "
                                                "handled got a number.")
                                           : tr("Open tasks: %1").arg(QLocale().toString(count)));
    Q_EMIT openTaskCountChanged(count);
}

} // namespace Switchboard
