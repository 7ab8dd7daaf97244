// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

namespace Switchboard {

// Shows the rows of one organization (0: all), read from a role of the source model, and sorts
// by the text people see: in the user's language, ignoring case, numbers by value ("line 2"
// before "line 10").
class OrganizationFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit OrganizationFilterModel(int organizationIdRole, QObject *parent = nullptr);

    qint64 organizationId() const { return m_organizationId; }
    void setOrganizationId(qint64 organizationId);
    // Another condition on top, on a boolean role (e.g. "has no number"); -1: none.
    void setRequiredRole(int role);
    int requiredRole() const { return m_requiredRole; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    int m_organizationIdRole;
    int m_requiredRole = -1;
    qint64 m_organizationId = 0;
    // One collator for every comparison: building one per comparison (as
    // QString::localeAwareCompare does) made sorting 2,000 rows take tens of milliseconds.
    QCollator m_collator;
};

} // namespace Switchboard
