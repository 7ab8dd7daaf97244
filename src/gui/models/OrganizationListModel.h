// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/Organization.h"
#include "core/provisioning/OrganizationBadges.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>

namespace Switchboard {

class SnapshotCache;

// The organizations on the left of the main window. Row 0 is "All organizations". Once the
// workspace's first snapshot is in, each row also carries its stage and free-number usage badge.
class OrganizationListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        OrganizationIdRole = Qt::UserRole + 1, // qint64; 0 for "All organizations"
        SlugRole,
        StageRole, // the stable name, e.g. "free-numbers"; empty without a usage source
        StageNameRole, // for people
        UsageLevelRole, // "ok", "warning", "full"; empty when no Vapi account serves it
        UsageTextRole, // "8/10"
        UsageSummaryRole, // "8 of 10 free numbers used (80%), 2 left"
    };

    explicit OrganizationListModel(SnapshotCache &workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Takes the snapshot's organizations again; also done whenever they change.
    void reload();
    // Recomputes the badges; also done whenever the accounts or the directory change.
    void refreshBadges();
    int organizationCount() const { return int(m_organizations.size()); }
    QModelIndex indexOfOrganization(qint64 id) const;
    // The badge of an organization (0: the workspace), if there is a usage source.
    std::optional<OrganizationBadge> badge(qint64 organizationId) const;

private:
    void computeBadges();

    SnapshotCache &m_workspace;
    QList<Organization> m_organizations;
    QHash<qint64, OrganizationBadge> m_badges;
};

} // namespace Switchboard
