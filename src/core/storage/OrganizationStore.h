// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/Organization.h"

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

    // Validates, then inserts; sets organization.id. False with *error naming the field.
    bool add(Organization &organization, QString *error = nullptr);
    bool update(const Organization &organization, QString *error = nullptr);
    // Removes the organization and everything that hangs off it, except its history.
    bool remove(qint64 id, QString *error = nullptr);

Q_SIGNALS:
    void changed();

private:
    bool validate(const Organization &organization, QString *error) const;

    WorkspaceDatabase &m_database;
};

} // namespace Switchboard
