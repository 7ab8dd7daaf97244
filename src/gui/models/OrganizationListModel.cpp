#include "OrganizationListModel.h"

#include "storage/OrganizationStore.h"

namespace Switchboard {

OrganizationListModel::OrganizationListModel(OrganizationStore &store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    connect(&m_store, &OrganizationStore::changed, this, &OrganizationListModel::reload);
    m_organizations = m_store.list();
}

int OrganizationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_organizations.size()) + 1;
}

QVariant OrganizationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (index.row() == 0) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return tr("All organizations");
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
    return names;
}

void OrganizationListModel::reload()
{
    beginResetModel();
    m_organizations = m_store.list();
    endResetModel();
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

} // namespace Switchboard
