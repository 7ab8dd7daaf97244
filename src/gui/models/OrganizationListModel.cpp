// SPDX-License-Identifier: Apache-2.0
#include "gui/models/OrganizationListModel.h"

#include "core/snapshot/SnapshotCache.h"

namespace Switchboard {

OrganizationListModel::OrganizationListModel(SnapshotCache &workspace, QObject *parent)
    : QAbstractListModel(parent)
    , m_workspace(workspace)
{
    connect(&m_workspace, &SnapshotCache::changed, this, [this](SnapshotParts parts) {
        if (parts.testFlag(SnapshotPart::Organizations))
            reload();
        else if (parts
                & (SnapshotPart::Accounts | SnapshotPart::Directory | SnapshotPart::Pool
                        | SnapshotPart::Settings))
            refreshBadges();
    });
    m_organizations = m_workspace.snapshot().organizations;
    computeBadges();
}

int OrganizationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_organizations.size()) + 1;
}

QVariant OrganizationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qint64 id = index.row() == 0 ? 0 : m_organizations.at(index.row() - 1).id;
    const auto badge = m_badges.constFind(id);
    const bool hasBadge = badge != m_badges.constEnd();
    const bool hasAccount = hasBadge && badge->account.has_value();
    switch (role) {
    // No stage for "All organizations": customers' caps and Twilio accounts differ.
    case StageRole:
        return hasBadge && id != 0 ? toString(badge->stage) : QString();
    case StageNameRole:
        if (!hasBadge || id == 0)
            return QString();
        // Past the free numbers with no Twilio that can give one: say what is missing.
        return badge->stage == ScalingAdvice::Stage::Twilio && !badge->twilioServes
                ? tr("Needs Twilio")
                : displayName(badge->stage);
    case UsageLevelRole:
        return hasAccount ? toString(badge->usage.level()) : QString();
    case UsageTextRole:
        return hasAccount ? tr("%L1/%L2").arg(badge->usage.used()).arg(badge->usage.cap())
                          : QString();
    case UsageSummaryRole:
        return hasAccount ? badge->usage.summary() : QString();
    default:
        break;
    }
    if (index.row() == 0) {
        switch (role) {
        case Qt::DisplayRole:
            return tr("All organizations");
        case Qt::AccessibleTextRole:
            return hasAccount
                    ? tr("All organizations; workspace account: %1").arg(badge->usage.summary())
                    : tr("All organizations");
        case OrganizationIdRole:
            return qint64(0);
        default:
            return {};
        }
    }
    const Organization &organization = m_organizations.at(index.row() - 1);
    switch (role) {
    case Qt::DisplayRole:
        return organization.name;
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        if (hasAccount)
            return tr("%1 (%2); stage: %3; %4")
                    .arg(organization.name, organization.slug, index.data(StageNameRole).toString(),
                            badge->usage.summary());
        return tr("%1 (%2)").arg(organization.name, organization.slug);
    case OrganizationIdRole:
        return organization.id;
    case SlugRole:
        return organization.slug;
    default:
        return {};
    }
}

QHash<int, QByteArray> OrganizationListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(OrganizationIdRole, "organizationId");
    names.insert(SlugRole, "slug");
    names.insert(StageRole, "stage");
    names.insert(StageNameRole, "stageName");
    names.insert(UsageLevelRole, "usageLevel");
    names.insert(UsageTextRole, "usageText");
    names.insert(UsageSummaryRole, "usageSummary");
    return names;
}

void OrganizationListModel::reload()
{
    beginResetModel();
    m_organizations = m_workspace.snapshot().organizations;
    computeBadges();
    endResetModel();
}

void OrganizationListModel::computeBadges()
{
    m_badges.clear();
    // Before the first snapshot is in, no badge rather than a wrong "0 of 10".
    if (m_workspace.isLoaded())
        m_badges = OrganizationBadges::compute(
                m_workspace.snapshot(), QDateTime::currentDateTimeUtc());
}

void OrganizationListModel::refreshBadges()
{
    computeBadges();
    Q_EMIT dataChanged(index(0), index(rowCount() - 1));
}

QModelIndex OrganizationListModel::indexOfOrganization(qint64 id) const
{
    if (id == 0)
        return index(0);
    for (int i = 0; i < m_organizations.size(); ++i) {
        if (m_organizations.at(i).id == id)
            return index(i + 1);
    }
    return {};
}

std::optional<OrganizationBadge> OrganizationListModel::badge(qint64 organizationId) const
{
    const auto it = m_badges.constFind(organizationId);
    if (it == m_badges.constEnd())
        return std::nullopt;
    return *it;
}

} // namespace Switchboard
