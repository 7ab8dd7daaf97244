// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/secrets/SecretKey.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Switchboard {

class WorkspaceDatabase;

// One row of the index: a secret that was stored, and when. Never its value.
struct SecretRef
{
    SecretKey key;
    QDateTime updatedAt;
};

// Which secrets exist, kept in the workspace database (table secret_refs): names only, so
// that the console can show what is set without opening the keychain, and an organization can
// be wiped completely. The keychain holds the values.
class SecretIndex
{
public:
    explicit SecretIndex(WorkspaceDatabase &database);

    // Adds the key, or moves its updated_at on (a rotation). False with *error on failure.
    bool record(const SecretKey &key, const QDateTime &updatedAt, QString *error = nullptr);
    // Drops the key; true also when it was not there.
    bool forget(const SecretKey &key, QString *error = nullptr);
    // Drops every key of one organization.
    bool forgetOrganization(qint64 organizationId, QString *error = nullptr);

    // Whether the organization exists: its secrets can be indexed only then.
    bool organizationExists(qint64 organizationId, QString *error = nullptr) const;

    std::optional<SecretRef> find(const SecretKey &key, QString *error = nullptr) const;
    QList<SecretRef> all(QString *error = nullptr) const;
    QList<SecretRef> forOrganization(qint64 organizationId, QString *error = nullptr) const;
    QList<SecretRef> forWorkspace(QString *error = nullptr) const;

private:
    QList<SecretRef> select(const QString &where, const QVariant &binding, QString *error) const;

    WorkspaceDatabase &m_database;
};

} // namespace Switchboard
