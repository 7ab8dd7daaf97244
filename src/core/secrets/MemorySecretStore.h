// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/secrets/SecretStore.h"

#include <QHash>
#include <QList>

#include <optional>

namespace Switchboard {

// Secrets in this process's memory only, gone when it ends: for unit tests and the sandbox
// demo. Answers from the event loop like a real keychain, and can be told to fail like one.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit MemorySecretStore(QObject *parent = nullptr);
    ~MemorySecretStore() override;

    SecretJob *read(const SecretKey &key) override;
    SecretJob *write(const SecretKey &key, const QString &value) override;
    SecretJob *remove(const SecretKey &key) override;

    // Every following operation fails with this kind (e.g. Unavailable, Denied) and changes
    // nothing, until clearFailure(). For tests of what callers do when the keychain fails.
    void setFailure(SecretError::Kind kind, const QString &detail = {});
    void clearFailure();

    // For tests: what the keychain would hold now, and how many operations reached it.
    bool contains(const SecretKey &key) const { return m_entries.contains(key.toString()); }
    QList<SecretKey> keys() const;
    qsizetype size() const { return m_entries.size(); }
    int operationCount() const { return m_operationCount; }

private:
    SecretJob *start(SecretJob::Operation operation, const SecretKey &key, const QString &value);

    QHash<QString, QString> m_entries;
    std::optional<SecretError::Kind> m_failure;
    QString m_failureDetail;
    int m_operationCount = 0;
};

} // namespace Switchboard
