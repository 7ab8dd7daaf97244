#include "OrganizationFilterModel.h"

namespace Switchboard {

OrganizationFilterModel::OrganizationFilterModel(int organizationIdRole, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_organizationIdRole(organizationIdRole)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
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

} // namespace Switchboard
