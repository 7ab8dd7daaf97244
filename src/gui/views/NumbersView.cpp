// SPDX-License-Identifier: Apache-2.0
#include "gui/views/NumbersView.h"

#include "gui/models/AssistantsModel.h"
#include "gui/models/NumbersModel.h"
#include "gui/models/OrganizationFilterModel.h"
#include "gui/support/ContextMenus.h"
#include "gui/support/DisplayNames.h"
#include "gui/support/StatusColors.h"
#include "ui_NumbersView.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>

#include <algorithm>

namespace Switchboard {

NumbersView::NumbersView(
        NumbersModel &numbers, AssistantsModel &assistants, FileDialog *fileDialog, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::NumbersView>())
    , m_numbers(numbers)
    , m_assistants(assistants)
    , m_fileDialog(fileDialog)
{
    m_ui->setupUi(this);
    m_ui->exportButton->setVisible(m_fileDialog != nullptr);
    m_ui->exportStatusLabel->hide();
    connect(m_ui->exportButton, &QPushButton::clicked, this, &NumbersView::exportListed);
    m_ui->numbersTable->setContextMenuPolicy(Qt::CustomContextMenu);
    ContextMenus::openFromKeyboard(m_ui->numbersTable);
    connect(m_ui->numbersTable, &QWidget::customContextMenuRequested, this,
            &NumbersView::showContextMenu);
    m_proxy = new OrganizationFilterModel(NumbersModel::OrganizationIdRole, this);
    m_proxy->setSourceModel(&m_numbers);
    m_ui->numbersTable->setModel(m_proxy);
    m_ui->numbersTable->sortByColumn(NumbersModel::NumberColumn, Qt::AscendingOrder);
    const QFontMetrics metrics = fontMetrics();
    const int padding = metrics.averageCharWidth() * 4;
    QHeaderView *header = m_ui->numbersTable->horizontalHeader();
    header->resizeSection(NumbersModel::NumberColumn,
            metrics.horizontalAdvance(QStringLiteral("+44 20 7946 0958")) + padding);
    header->resizeSection(NumbersModel::ProviderColumn,
            metrics.horizontalAdvance(DisplayNames::provider(NumberProvider::Vapi)) + padding);
    header->resizeSection(NumbersModel::StatusColumn,
            metrics.horizontalAdvance(tr("In the pool, not in Vapi")) + padding);
    header->resizeSection(NumbersModel::StageColumn,
            metrics.horizontalAdvance(DisplayNames::strategy(Strategy::OrganizationTwilio))
                    + padding);
    header->resizeSection(NumbersModel::OrganizationColumn, metrics.averageCharWidth() * 24);

    connect(m_ui->assignButton, &QPushButton::clicked, this, &NumbersView::assignSelected);
    connect(m_ui->unassignButton, &QPushButton::clicked, this, &NumbersView::unassignSelected);
    connect(m_ui->releaseButton, &QPushButton::clicked, this, &NumbersView::releaseSelected);
    connect(m_ui->buyButton, &QPushButton::clicked, this, &NumbersView::buyRequested);
    connect(m_ui->hangingUpOnlyCheck, &QCheckBox::toggled, this,
            [this](bool only) { m_proxy->setRequiredRole(only ? NumbersModel::HangsUpRole : -1); });
    connect(m_ui->numbersTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &NumbersView::updateButtons);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        updateButtons();
        updateWarning();
    });
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &NumbersView::updateButtons);
    updateButtons();
    updateWarning();
}

NumbersView::~NumbersView() = default;

void NumbersView::setOrganizationId(qint64 organizationId)
{
    // The last export's line belonged to the list it wrote (found by the walk: it stayed under
    // another organization's numbers and read as their count).
    if (organizationId != m_proxy->organizationId())
        m_ui->exportStatusLabel->clear();
    m_proxy->setOrganizationId(organizationId);
    updateButtons();
    updateWarning();
}

qint64 NumbersView::organizationId() const
{
    return m_proxy->organizationId();
}

void NumbersView::selectNumber(const QString &numberId)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(NumbersModel::NumberIdRole).toString() == numberId) {
            m_ui->numbersTable->setCurrentIndex(index);
            return;
        }
    }
}

QString NumbersView::currentNumberId() const
{
    return m_ui->numbersTable->currentIndex().data(NumbersModel::NumberIdRole).toString();
}

void NumbersView::setTwilioMonthlyPrice(double dollars)
{
    m_twilioMonthlyPrice = dollars;
}

void NumbersView::setNetworkAvailable(bool available)
{
    m_networkAvailable = available;
    updateButtons();
}

// What keeping or letting go of a number means for the bill or the free allowance.
QString NumbersView::costNote(const QModelIndex &number) const
{
    const QString provider = number.data(NumbersModel::ProviderRole).toString();
    if (provider == toString(NumberProvider::Vapi))
        return tr("It is a free Vapi number: it counts against the account's free numbers "
                  "while Vapi holds it.");
    if (provider == toString(NumberProvider::Twilio))
        return tr("It is a Twilio number: it costs about %1 a month in Twilio while the account "
                  "owns it.")
                .arg(DisplayNames::monthlyCost(m_twilioMonthlyPrice));
    return tr("Its carrier bills for it as agreed with them.");
}

void NumbersView::assignSelected()
{
    const QModelIndex current = m_ui->numbersTable->currentIndex();
    if (!current.isValid() || !current.data(NumbersModel::InVapiRole).toBool())
        return;
    const QString numberId = current.data(NumbersModel::NumberIdRole).toString();
    const QString address = current.siblingAtColumn(NumbersModel::NumberColumn).data().toString();
    const QString currentAssistant = current.data(NumbersModel::AssistantIdRole).toString();
    const qint64 organization = current.data(NumbersModel::OrganizationIdRole).toLongLong();

    // The assistants it can route to: the number's organization's (any, for an unclaimed one).
    // Those that wait in the manual queue first, then those without a number, then those that
    // would lose theirs: the one offered first is the likely choice (found by the GUI walk: an
    // assistant with a working number came first, and Enter took its number away).
    struct Choice
    {
        int rank = 0;
        QString label;
        QString id;
    };
    QList<Choice> choices;
    bool anyWaiting = false;
    for (int row = 0; row < m_assistants.rowCount(); ++row) {
        const QModelIndex index = m_assistants.index(row, AssistantsModel::NameColumn);
        const QString id = index.data(AssistantsModel::AssistantIdRole).toString();
        if (id == currentAssistant
                || (organization
                        && index.data(AssistantsModel::OrganizationIdRole).toLongLong()
                                != organization))
            continue;
        const QString number
                = index.siblingAtColumn(AssistantsModel::NumberColumn).data().toString();
        const bool waiting = index.data(AssistantsModel::WaitingInQueueRole).toBool();
        const bool hasNumber = index.data(AssistantsModel::HasNumberRole).toBool();
        anyWaiting = anyWaiting || waiting;
        const QString label = hasNumber ? tr("%1 (has %2)").arg(index.data().toString(), number)
                : waiting ? tr("%1 (waits in the manual queue)").arg(index.data().toString())
                          : index.data().toString();
        choices << Choice{hasNumber ? 2 : waiting ? 0 : 1, label, id};
    }
    std::stable_sort(choices.begin(), choices.end(),
            [](const Choice &a, const Choice &b) { return a.rank < b.rank; });
    QStringList labels;
    QStringList ids;
    for (const Choice &choice : std::as_const(choices)) {
        QString label = choice.label;
        if (labels.contains(label))
            label = tr("%1 [%2]").arg(label, choice.id); // the choice maps back by its text
        labels << label;
        ids << choice.id;
    }
    if (ids.isEmpty()) {
        auto *box = new QMessageBox(QMessageBox::Information, tr("Assign %1").arg(address),
                tr("There is no other assistant in this organization to assign %1 to.")
                        .arg(address),
                QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    QString text = tr("Calls to %1 will reach the assistant you choose.").arg(address);
    if (!currentAssistant.isEmpty())
        text += QLatin1Char(' ')
                + tr("%1 loses it, and cannot be called until it gets another number.")
                          .arg(current.siblingAtColumn(NumbersModel::AssistantColumn)
                                          .data()
                                          .toString());
    if (anyWaiting)
        text += QLatin1Char(' ')
                + tr("An assistant that waits in the manual queue has its task closed with this "
                     "number.");
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("assignDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(currentAssistant.isEmpty() ? tr("Assign %1").arg(address)
                                                      : tr("Reassign %1").arg(address));
    dialog->setLabelText(text);
    // The explanation wraps: on one line it made the dialog wider than the screen.
    for (QLabel *label : dialog->findChildren<QLabel *>())
        label->setWordWrap(true);
    dialog->setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    dialog->setComboBoxItems(labels);
    dialog->setComboBoxEditable(false);
    dialog->setOkButtonText(currentAssistant.isEmpty() ? tr("Assign") : tr("Reassign"));
    connect(dialog, &QInputDialog::accepted, this, [this, dialog, numberId, ids, labels] {
        const int chosen = int(labels.indexOf(dialog->textValue()));
        if (chosen >= 0)
            Q_EMIT assignRequested(numberId, ids.at(chosen));
    });
    dialog->open();
}

void NumbersView::unassignSelected()
{
    const QModelIndex current = m_ui->numbersTable->currentIndex();
    if (!current.isValid() || current.data(NumbersModel::HangsUpRole).toBool()
            || !current.data(NumbersModel::InVapiRole).toBool())
        return;
    const QString numberId = current.data(NumbersModel::NumberIdRole).toString();
    const QString address = current.siblingAtColumn(NumbersModel::NumberColumn).data().toString();
    const QString assistant
            = current.siblingAtColumn(NumbersModel::AssistantColumn).data().toString();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Unassign %1").arg(address),
            tr("Unassign %1 from %2?").arg(address, assistant), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("unassignConfirmation"));
    box->setInformativeText(tr("Calls to %1 will be hung up, and %2 cannot be called, until "
                               "the number is assigned again. %3")
                                    .arg(address, assistant, costNote(current)));
    box->addButton(tr("Unassign"), QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::accepted, this,
            [this, numberId] { Q_EMIT unassignRequested(numberId); });
    box->open();
}

void NumbersView::releaseSelected()
{
    const QModelIndex current = m_ui->numbersTable->currentIndex();
    if (!current.isValid() || !current.data(NumbersModel::InVapiRole).toBool())
        return;
    const QString numberId = current.data(NumbersModel::NumberIdRole).toString();
    const QString address = current.siblingAtColumn(NumbersModel::NumberColumn).data().toString();
    const QString provider = current.data(NumbersModel::ProviderRole).toString();
    QString effect;
    if (provider == toString(NumberProvider::Vapi)) {
        effect = tr("The number goes back to Vapi and frees one of the account's free numbers "
                    "for another assistant. It may not be possible to get the same number again.");
    } else if (provider == toString(NumberProvider::Twilio)) {
        effect = tr("The number leaves Vapi but stays in the Twilio account, where it still "
                    "costs about %1 a month. A number of a Twilio pool goes back to the pool for "
                    "the next assistant, and you are then asked whether to release it on Twilio "
                    "as well, which stops the bill.")
                         .arg(DisplayNames::monthlyCost(m_twilioMonthlyPrice));
    } else {
        effect = tr("The number leaves Vapi; your carrier keeps billing for it as agreed.");
    }
    if (!current.data(NumbersModel::HangsUpRole).toBool())
        effect += QLatin1Char(' ')
                + tr("%1 will have no number: nobody can call it until it gets another.")
                          .arg(current.siblingAtColumn(NumbersModel::AssistantColumn)
                                          .data()
                                          .toString());
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Release %1").arg(address),
            tr("Release %1 from Vapi?").arg(address), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("releaseConfirmation"));
    box->setInformativeText(effect);
    box->addButton(tr("Release"), QMessageBox::DestructiveRole);
    QAbstractButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(qobject_cast<QPushButton *>(cancel));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, numberId](QAbstractButton *button) {
        if (box->buttonRole(button) == QMessageBox::DestructiveRole)
            Q_EMIT releaseRequested(numberId);
    });
    box->open();
}

// Copy the number or its ids; open the Vapi dashboard or the Twilio console that holds it.
void NumbersView::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_ui->numbersTable->indexAt(pos);
    if (!index.isValid())
        return;
    m_ui->numbersTable->setCurrentIndex(index);
    const auto value = [&index](int role) { return index.data(role).toString(); };
    const bool twilio = value(NumbersModel::ProviderRole) == toString(NumberProvider::Twilio);
    ContextMenus::popup(this, QStringLiteral("numberContextMenu"),
            {{tr("Copy &number"), value(NumbersModel::AddressRole), {}},
                    {tr("Copy &Vapi id"), value(NumbersModel::NumberIdRole), {}},
                    {tr("Copy &assistant id"), value(NumbersModel::AssistantIdRole), {}},
                    {tr("Open the Vapi &dashboard"), {},
                            index.data(NumbersModel::VapiDashboardRole).toUrl()},
                    {tr("Open the &Twilio console"), {},
                            twilio ? ContextMenus::twilioConsole() : QUrl()}},
            m_ui->numbersTable->viewport()->mapToGlobal(pos));
}

void NumbersView::updateButtons()
{
    const QModelIndex current = m_ui->numbersTable->currentIndex();
    const bool inVapi = current.data(NumbersModel::InVapiRole).toBool();
    const bool assigned = inVapi && !current.data(NumbersModel::HangsUpRole).toBool();
    m_ui->assignButton->setEnabled(m_networkAvailable && inVapi);
    m_ui->assignButton->setText(assigned ? tr("Reass&ign…") : tr("Ass&ign…"));
    m_ui->unassignButton->setEnabled(m_networkAvailable && assigned);
    m_ui->releaseButton->setEnabled(m_networkAvailable && inVapi);
    m_ui->buyButton->setEnabled(m_networkAvailable);
    QString why;
    if (!m_networkAvailable)
        why = tr("Vapi cannot be reached: changes wait for the connection.");
    else if (current.isValid() && !inVapi)
        why = tr("This pool number is not in Vapi yet: the provisioning chain imports it when "
                 "an assistant needs it.");
    for (QPushButton *button : {m_ui->assignButton, m_ui->unassignButton, m_ui->releaseButton})
        button->setToolTip(why);
}

void NumbersView::updateWarning()
{
    int hangingUp = 0;
    for (int row = 0; row < m_numbers.rowCount(); ++row) {
        const QModelIndex index = m_numbers.index(row, 0);
        if (index.data(NumbersModel::HangsUpRole).toBool()
                && (!organizationId()
                        || index.data(NumbersModel::OrganizationIdRole).toLongLong()
                                == organizationId()))
            ++hangingUp;
    }
    m_ui->warningLabel->setVisible(hangingUp > 0);
    if (hangingUp == 0)
        return;
    m_ui->warningLabel->setText(
            tr("Numbers in Vapi with no assistant: %1. Calls to them are hung up: assign them "
               "or release them.")
                    .arg(QLocale().toString(hangingUp)));
    QPalette palette = m_ui->warningLabel->palette();
    palette.setColor(
            QPalette::WindowText, StatusColors::text(StatusColors::Level::Warning, palette));
    m_ui->warningLabel->setPalette(palette);
}

} // namespace Switchboard
