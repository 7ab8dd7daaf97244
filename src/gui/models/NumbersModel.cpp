// SPDX-License-Identifier: Apache-2.0
#include "gui/models/NumbersModel.h"

#include "core/snapshot/SnapshotCache.h"
#include "gui/support/ContextMenus.h"
#include "gui/support/DisplayNames.h"
#include "gui/support/StatusColors.h"

#include <QApplication>
#include <QGuiApplication>
#include <QSet>
#include <QStyle>

namespace Switchboard {

NumbersModel::NumbersModel(SnapshotCache &workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    connect(&m_workspace, &SnapshotCache::changed, this, [this](SnapshotParts parts) {
        if (parts
                & (SnapshotPart::Directory | SnapshotPart::Organizations | SnapshotPart::Accounts
                        | SnapshotPart::Pool))
            reload();
    });
    reload();
}

void NumbersModel::reload()
{
    const WorkspaceSnapshot &workspace = m_workspace.snapshot();
    QHash<qint64, QString> organizationNames;
    for (const Organization &organization : workspace.organizations)
        organizationNames.insert(organization.id, organization.name);
    const DirectorySnapshot &directory = workspace.directory;
    QHash<QString, QString> assistantNames;
    for (const Assistant &assistant : directory.assistants)
        assistantNames.insert(assistant.id, assistant.name);
    // Which Twilio account a number was imported from says which link of the chain it is.
    QHash<QString, qint64> twilioOwners; // account SID -> organization id (0: the workspace)
    const QList<TwilioAccount> &twilioAccounts = workspace.twilioAccounts;
    for (const TwilioAccount &account : twilioAccounts)
        twilioOwners.insert(account.accountSid, account.organizationId);
    const auto twilioStage = [](qint64 owner) {
        return owner ? Strategy::OrganizationTwilio : Strategy::WorkspaceTwilio;
    };

    QList<Row> rows;
    QSet<QString> inVapi;
    for (const PhoneNumber &number : directory.numbers) {
        Row row;
        row.vapiId = number.id;
        row.address = number.address;
        row.displayAddress = number.address.isValid() ? directory.displayText(number.address)
                                                      : number.maskedNumber;
        row.provider = number.provider;
        row.status = number.status;
        row.organizationId = number.organizationId;
        row.vapiAccountId = number.vapiAccountId;
        row.assistantId = number.assistantId;
        row.assistantName = assistantNames.value(number.assistantId, number.assistantId);
        if (number.provider == NumberProvider::Vapi)
            row.stage = Strategy::VapiFree;
        else if (number.provider == NumberProvider::Twilio
                && twilioOwners.contains(number.twilioAccountSid))
            row.stage = twilioStage(twilioOwners.value(number.twilioAccountSid));
        inVapi.insert(number.address.toString());
        rows << row;
    }
    for (const TwilioAccount &account : twilioAccounts) {
        for (const PoolNumber &number : workspace.poolNumbersOf(account.id)) {
            if (number.state == PoolNumber::State::Imported
                    || inVapi.contains(number.number.toString()))
                continue;
            Row row;
            row.poolNumberId = number.id;
            row.address = number.number;
            row.displayAddress = number.number.displayText();
            row.provider = NumberProvider::Twilio;
            row.poolState = number.state;
            row.twilioCheck = number.twilioCheck;
            row.twilioCheckDetail = number.twilioCheckDetail;
            row.stage = twilioStage(account.organizationId);
            row.organizationId = account.organizationId;
            rows << row;
        }
    }

    beginResetModel();
    m_rows = rows;
    m_organizationNames = organizationNames;
    endResetModel();
}

int NumbersModel::hangingUpCount() const
{
    return int(std::count_if(
            m_rows.cbegin(), m_rows.cend(), [](const Row &row) { return row.hangsUp(); }));
}

int NumbersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int NumbersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NumbersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const bool warnHere = row.hangsUp() && index.column() == AssistantColumn;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            return row.displayAddress;
        case ProviderColumn:
            return DisplayNames::provider(row.provider);
        case StatusColumn:
            if (row.status)
                return DisplayNames::numberStatus(*row.status);
            if (row.poolState == PoolNumber::State::Reserved)
                return tr("Reserved by an attempt");
            switch (row.twilioCheck) {
            case PoolNumber::TwilioCheck::Missing:
                return tr("In the pool; Twilio does not hold it");
            case PoolNumber::TwilioCheck::NoVoice:
                return tr("In the pool; cannot take calls");
            case PoolNumber::TwilioCheck::Routed:
                return tr("In the pool; calls go to an application or trunk");
            case PoolNumber::TwilioCheck::Unchecked:
            case PoolNumber::TwilioCheck::Ok:
                break;
            }
            return tr("In the pool, not in Vapi");
        case StageColumn:
            return row.stage ? DisplayNames::strategy(*row.stage) : QStringLiteral("—");
        case OrganizationColumn:
            return row.organizationId ? m_organizationNames.value(row.organizationId)
                                      : tr("Workspace");
        case AssistantColumn:
            if (row.hangsUp())
                return tr("None: calls are hung up");
            return row.inVapi() ? row.assistantName : QStringLiteral("—");
        }
        return {};
    case Qt::ToolTipRole:
        if (row.hangsUp())
            return tr("%1 is in Vapi with no assistant: calls to it are hung up. Assign it to an "
                      "assistant, or release it.")
                    .arg(row.displayAddress);
        if (index.column() == NumberColumn)
            return row.address.toString();
        if (index.column() == StatusColumn && !row.twilioCheckDetail.isEmpty())
            return row.twilioCheckDetail;
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn && !row.inVapi()
                && row.twilioCheck != PoolNumber::TwilioCheck::Unchecked
                && row.twilioCheck != PoolNumber::TwilioCheck::Ok)
            return StatusColors::text(StatusColors::Level::Warning, QGuiApplication::palette());
        if (warnHere)
            return StatusColors::text(StatusColors::Level::Warning, QGuiApplication::palette());
        return {};
    case Qt::DecorationRole:
        if (warnHere && qobject_cast<QApplication *>(QCoreApplication::instance()))
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::AccessibleDescriptionRole:
        if (row.hangsUp())
            return tr("Warning: no assistant, calls are hung up");
        return {};
    case NumberIdRole:
        return row.vapiId;
    case PoolNumberIdRole:
        return row.poolNumberId;
    case OrganizationIdRole:
        return row.organizationId;
    case AssistantIdRole:
        return row.assistantId;
    case ProviderRole:
        return toString(row.provider);
    case StageRole:
        return row.stage ? toString(*row.stage) : QString();
    case InVapiRole:
        return row.inVapi();
    case HangsUpRole:
        return row.hangsUp();
    case AddressRole:
        return row.address.toString();
    case VapiDashboardRole:
        if (!row.inVapi())
            return {};
        for (const VapiAccount &account : m_workspace.snapshot().vapiAccounts) {
            if (account.id == row.vapiAccountId)
                return ContextMenus::vapiDashboard(account.region);
        }
        return ContextMenus::vapiDashboard(Region::Us);
    }
    return {};
}

QVariant NumbersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case ProviderColumn:
        return tr("Provider");
    case StatusColumn:
        return tr("Status");
    case StageColumn:
        return tr("Stage");
    case OrganizationColumn:
        return tr("Organization");
    case AssistantColumn:
        return tr("Assistant");
    }
    return {};
}

QHash<int, QByteArray> NumbersModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(NumberIdRole, "numberId");
    names.insert(PoolNumberIdRole, "poolNumberId");
    names.insert(OrganizationIdRole, "organizationId");
    names.insert(AssistantIdRole, "assistantId");
    names.insert(ProviderRole, "provider");
    names.insert(StageRole, "stage");
    names.insert(InVapiRole, "inVapi");
    names.insert(HangsUpRole, "hangsUp");
    names.insert(AddressRole, "address");
    return names;
}

} // namespace Switchboard
