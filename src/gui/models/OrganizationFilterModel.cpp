// SPDX-License-Identifier: Apache-2.0
#include "gui/models/OrganizationFilterModel.h"

namespace Switchboard {

OrganizationFilterModel::OrganizationFilterModel(int organizationIdRole, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_organizationIdRole(organizationIdRole)
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
}

void OrganizationFilterModel::setOrganizationId(qint64 organizationId)
{
    if (m_organizationId == organizationId)
        return;
    m_organizationId = organizationId;
    invalidateFilter();
}

void OrganizationFilterModel::setRequiredRole(int role)
{
    if (m_requiredRole == role)
        return;
    m_requiredRole = role;
    invalidateFilter();
}

bool OrganizationFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_organizationId != 0 && index.data(m_organizationIdRole).toLongLong() != m_organizationId)
        return false;
    if (m_requiredRole >= 0 && !index.data(m_requiredRole).toBool())
        return false;
    return true;
}

bool OrganizationFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.typeId() == QMetaType::QString || b.typeId() == QMetaType::QString)
        return m_collator.compare(a.toString(), b.toString()) < 0;
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace Switchboard
