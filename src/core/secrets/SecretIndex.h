// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/secrets/SecretKey.h"
#include "core/storage/WriteResult.h"

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

    // Adds the key, or moves its updated_at on (a rotation).
    WriteResult record(const SecretKey &key, const QDateTime &updatedAt);
    // Drops the key; done also when it was not there.
    WriteResult forget(const SecretKey &key);
    // Drops every key of one organization.
    WriteResult forgetOrganization(qint64 organizationId);

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
