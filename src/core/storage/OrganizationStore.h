// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/Organization.h"
#include "core/domain/WorkspaceEvent.h"
#include "core/storage/WriteResult.h"

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace Switchboard {

class WorkspaceDatabase;

// The organizations of a workspace. Emits changed() after every write so that views refresh.
class OrganizationStore : public QObject
{
    Q_OBJECT

public:
    explicit OrganizationStore(WorkspaceDatabase &database, QObject *parent = nullptr);

    QList<Organization> list(QString *error = nullptr) const;
    std::optional<Organization> findBySlug(const QString &slug, QString *error = nullptr) const;
    std::optional<Organization> findById(qint64 id, QString *error = nullptr) const;

    // Validates, then inserts; sets organization.id. Refused (the field named) for bad input or
    // a slug in use, also when another console took the slug a moment before.
    WriteResult add(Organization &organization);
    // NotFound when the organization is gone (removed from another console).
    WriteResult update(const Organization &organization);
    // Removes the organization and everything that hangs off it, except its history.
    WriteResult remove(qint64 id);

Q_SIGNALS:
    void changed();

private:
    QList<FieldChange> whatGoesWith(qint64 id) const;
    // changed(), once the change is committed (WorkspaceDatabase::whenCommitted).
    void announceChange();
    static WriteResult validate(const Organization &organization);
    QString slugTaken(const QString &slug) const;

    WorkspaceDatabase &m_database;
};

} // namespace Switchboard
