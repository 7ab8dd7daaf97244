#pragma once

#include "domain/Organization.h"

#include <QAbstractListModel>
#include <QList>

namespace Switchboard {

class OrganizationStore;

// The organizations on the left of the main window. Row 0 is "All organizations".
class OrganizationListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        OrganizationIdRole = Qt::UserRole + 1, // qint64; 0 for "All organizations"
        SlugRole,
    };

    explicit OrganizationListModel(OrganizationStore &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Reads the organizations again; also called whenever the store changes.
    void reload();
    int organizationCount() const { return int(m_organizations.size()); }
    QModelIndex indexOfOrganization(qint64 id) const;

private:
    OrganizationStore &m_store;
    QList<Organization> m_organizations;
};

} // namespace Switchboard
