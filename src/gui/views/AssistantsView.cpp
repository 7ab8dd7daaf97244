// SPDX-License-Identifier: Apache-2.0
#include "gui/views/AssistantsView.h"

#include "core/provisioning/ProvisioningResult.h"
#include "gui/dialogs/ProvisioningDialog.h"
#include "gui/models/AssistantsModel.h"
#include "gui/models/OrganizationFilterModel.h"
#include "gui/support/ContextMenus.h"
#include "ui_AssistantsView.h"

#include <QHeaderView>
#include <QLocale>
#include <QProgressDialog>

namespace Switchboard {

AssistantsView::AssistantsView(AssistantsModel &model, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AssistantsView>())
    , m_model(model)
{
    m_ui->setupUi(this);
    connect(m_ui->batchResultLabel, &QLabel::linkActivated, this,
            &AssistantsView::manualQueueRequested);
    m_proxy = new OrganizationFilterModel(AssistantsModel::OrganizationIdRole, this);
    m_proxy->setSourceModel(&m_model);
    m_ui->assistantsTable->setModel(m_proxy);
    m_ui->assistantsTable->sortByColumn(AssistantsModel::NameColumn, Qt::AscendingOrder);
    const int charWidth = fontMetrics().averageCharWidth();
    QHeaderView *header = m_ui->assistantsTable->horizontalHeader();
    header->resizeSection(AssistantsModel::NameColumn, charWidth * 32);
    header->resizeSection(AssistantsModel::NumberColumn, charWidth * 22);
    header->resizeSection(AssistantsModel::OrganizationColumn, charWidth * 26);

    connect(m_ui->provisionButton, &QPushButton::clicked, this, &AssistantsView::provisionSelected);
    connect(m_ui->provisionAllButton, &QPushButton::clicked, this,
            &AssistantsView::provisionAllUnassigned);
    connect(m_ui->createButton, &QPushButton::clicked, this,
            [this] { Q_EMIT createAssistantRequested(organizationId()); });
    connect(m_ui->linkButton, &QPushButton::clicked, this,
            [this] { Q_EMIT linkAssistantRequested(organizationId()); });
    connect(m_ui->withoutNumberOnlyCheck, &QCheckBox::toggled, this, [this](bool only) {
        m_proxy->setRequiredRole(only ? AssistantsModel::NeedsNumberRole : -1);
    });
    connect(m_ui->assistantsTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AssistantsView::updateButtons);
    connect(m_ui->assistantsTable, &QAbstractItemView::activated, this,
            &AssistantsView::provisionSelected);
    m_ui->assistantsTable->setContextMenuPolicy(Qt::CustomContextMenu);
    ContextMenus::openFromKeyboard(m_ui->assistantsTable);
    connect(m_ui->assistantsTable, &QWidget::customContextMenuRequested, this,
            &AssistantsView::showContextMenu);
    const auto refresh = [this] {
        updateButtons();
        updateSummary();
    };
    connect(m_proxy, &QAbstractItemModel::modelReset, this, refresh);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, refresh);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, refresh);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &AssistantsView::updateSummary);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &AssistantsView::updateSummary);
    updateButtons();
    updateSummary();
}

AssistantsView::~AssistantsView() = default;

// Copy the assistant's id, name or number; open the Vapi dashboard that holds it.
void AssistantsView::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_ui->assistantsTable->indexAt(pos);
    if (!index.isValid())
        return;
    m_ui->assistantsTable->setCurrentIndex(index);
    const QModelIndex name = index.siblingAtColumn(AssistantsModel::NameColumn);
    ContextMenus::popup(this, QStringLiteral("assistantContextMenu"),
            {{tr("Copy &assistant id"), index.data(AssistantsModel::AssistantIdRole).toString(),
                     {}},
                    {tr("Copy na&me"), name.data().toString(), {}},
                    {tr("Copy &number"), index.data(AssistantsModel::AddressRole).toString(), {}},
                    {tr("Open the Vapi &dashboard"), {},
                            index.data(AssistantsModel::VapiDashboardRole).toUrl()}},
            m_ui->assistantsTable->viewport()->mapToGlobal(pos));
}

void AssistantsView::setOrganizationId(qint64 organizationId)
{
    if (organizationId != m_proxy->organizationId())
        m_ui->batchResultLabel->hide(); // it spoke of another list
    m_proxy->setOrganizationId(organizationId);
    updateButtons();
    updateSummary();
}

qint64 AssistantsView::organizationId() const
{
    return m_proxy->organizationId();
}

QString AssistantsView::currentAssistantId() const
{
    return m_ui->assistantsTable->currentIndex().data(AssistantsModel::AssistantIdRole).toString();
}

void AssistantsView::selectAssistant(const QString &assistantId)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model.indexOfAssistant(assistantId));
    if (index.isValid())
        m_ui->assistantsTable->setCurrentIndex(index);
}

QStringList AssistantsView::unassignedAssistantIds() const
{
    QStringList ids;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(AssistantsModel::NeedsNumberRole).toBool())
            ids << index.data(AssistantsModel::AssistantIdRole).toString();
    }
    return ids;
}

void AssistantsView::setNetworkAvailable(bool available)
{
    m_networkAvailable = available;
    updateButtons();
}

void AssistantsView::provisionSelected()
{
    const QModelIndex current = m_ui->assistantsTable->currentIndex();
    if (!current.isValid() || !m_networkAvailable
            || !current.data(AssistantsModel::NeedsNumberRole).toBool())
        return;
    const QString id = current.data(AssistantsModel::AssistantIdRole).toString();
    const QString name = current.siblingAtColumn(AssistantsModel::NameColumn).data().toString();
    if (m_dialog)
        m_dialog->close();
    m_dialog = new ProvisioningDialog(id, name, this);
    m_dialog->setObjectName(QStringLiteral("provisioningDialog"));
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->show();
    Q_EMIT provisionRequested(id);
}

void AssistantsView::provisionAllUnassigned()
{
    const QStringList ids = unassignedAssistantIds();
    if (ids.isEmpty() || !m_networkAvailable || m_batchDialog)
        return;
    auto *dialog = new QProgressDialog(tr("Provisioning the assistants without a number (%1)…")
                                               .arg(QLocale().toString(ids.size())),
            tr("Cancel"), 0, int(ids.size()), this);
    dialog->setObjectName(QStringLiteral("batchProgressDialog"));
    dialog->setWindowTitle(tr("Provision all unassigned"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    dialog->setMinimumDuration(0);
    dialog->setValue(0);
    connect(dialog, &QProgressDialog::canceled, this, [this, dialog] {
        dialog->setLabelText(tr("Cancelling: the assistant being provisioned finishes first…"));
        Q_EMIT cancelBatchRequested();
    });
    m_batchDialog = dialog;
    m_ui->batchResultLabel->hide(); // the last batch's result; this one's follows
    dialog->show();
    Q_EMIT provisionAllRequested(ids);
}

void AssistantsView::setProvisioning(const QString &assistantId, bool provisioning)
{
    m_model.setProvisioning(assistantId, provisioning);
}

void AssistantsView::showStep(const QString &assistantId, const ProvisioningStep &step)
{
    if (m_dialog && m_dialog->assistantId() == assistantId)
        m_dialog->addStep(step);
}

void AssistantsView::showResult(const QString &assistantId, const ProvisioningResult &result)
{
    m_model.setProvisioning(assistantId, false);
    if (m_dialog && m_dialog->assistantId() == assistantId)
        m_dialog->finish(result);
}

void AssistantsView::setBatchProgress(int done, int total, const QString &lastAssistantName)
{
    if (!m_batchDialog)
        return;
    m_batchDialog->setMaximum(total);
    m_batchDialog->setValue(done);
    if (m_batchDialog->wasCanceled())
        return; // it says it is cancelling
    // `lastAssistantName`: the one that just finished (none before the first).
    QString text = tr("%1 of %2 assistants done…")
                           .arg(QLocale().toString(done), QLocale().toString(total));
    if (!lastAssistantName.isEmpty())
        text += u'\n' + tr("Last: %1").arg(lastAssistantName);
    m_batchDialog->setLabelText(text);
}

void AssistantsView::finishBatch(const QString &summary, bool someWaitInTheQueue)
{
    // Deleted here, not closed: Cancel hides a QProgressDialog, and a hidden dialog kept for
    // later would block the next batch and the summary (both wait while it exists).
    if (m_batchDialog) {
        m_batchDialog->hide();
        m_batchDialog->deleteLater();
        m_batchDialog = nullptr;
    }
    QString text = summary.toHtmlEscaped();
    if (someWaitInTheQueue)
        text += QStringLiteral(" <a href=\"queue\">%1</a>").arg(tr("Open the manual queue"));
    m_ui->batchResultLabel->setText(text);
    m_ui->batchResultLabel->show();
    updateSummary();
}

void AssistantsView::updateButtons()
{
    const QModelIndex current = m_ui->assistantsTable->currentIndex();
    const bool needsNumber = current.data(AssistantsModel::NeedsNumberRole).toBool();
    const QString offline = tr("Vapi cannot be reached: provisioning waits for the connection.");
    m_ui->provisionButton->setEnabled(m_networkAvailable && needsNumber);
    if (m_provisionable != (m_networkAvailable && needsNumber)) {
        m_provisionable = m_networkAvailable && needsNumber;
        Q_EMIT provisionableChanged(m_provisionable);
    }
    m_ui->provisionAllButton->setEnabled(m_networkAvailable && !unassignedAssistantIds().isEmpty());
    m_ui->createButton->setEnabled(m_networkAvailable);
    m_ui->linkButton->setEnabled(m_networkAvailable);
    for (QWidget *button : {static_cast<QWidget *>(m_ui->provisionAllButton),
                 static_cast<QWidget *>(m_ui->createButton),
                 static_cast<QWidget *>(m_ui->linkButton)})
        button->setToolTip(m_networkAvailable ? QString() : offline);
    m_ui->provisionButton->setToolTip(m_networkAvailable
                    ? tr("Run the provisioning chain for the selected assistant: free Vapi number, "
                         "then Twilio, then the manual queue")
                    : offline);
}

void AssistantsView::updateSummary()
{
    if (m_batchDialog)
        return; // the batch's own summary follows
    int total = 0;
    int without = 0;
    const int rows = m_model.rowCount();
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = m_model.index(row, 0);
        if (organizationId()
                && index.data(AssistantsModel::OrganizationIdRole).toLongLong() != organizationId())
            continue;
        ++total;
        if (!index.data(AssistantsModel::HasNumberRole).toBool())
            ++without;
    }
    if (total == 0)
        m_ui->summaryLabel->setText(tr("No assistants yet: create one, or link one from Vapi."));
    else if (without == 0)
        m_ui->summaryLabel->setText(
                tr("Assistants: %1, every one with a number.").arg(QLocale().toString(total)));
    else
        m_ui->summaryLabel->setText(
                tr("Assistants: %1, without a number: %2.")
                        .arg(QLocale().toString(total), QLocale().toString(without)));
}

} // namespace Switchboard
