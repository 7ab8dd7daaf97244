// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/secrets/SecretStore.h"

#include <QString>

#include <chrono>

namespace Switchboard {

// QtKeychain files an entry under the service name and the key in the macOS Keychain and the
// Secret Service, but under the key alone in Windows Credential Manager (the key is the
// credential's TargetName there), where the entries of two workspaces for the same organization
// would be one entry. So on Windows the key carries the service name.
#if defined(Q_OS_WIN)
inline constexpr bool KeychainKeyCarriesServiceName = true;
#else
inline constexpr bool KeychainKeyCarriesServiceName = false;
#endif

// Secrets in the operating system's keychain through QtKeychain: Windows Credential Manager,
// the macOS Keychain, the Secret Service (GNOME Keyring, KWallet) on Linux. One service name
// for the application; the entry's key is SecretKey::toString(). No plaintext fallback: when
// the keychain cannot be used, every job fails with Unavailable and nothing is written.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    static constexpr std::chrono::seconds DefaultTimeout{60};

    explicit KeychainSecretStore(const QString &serviceName = QStringLiteral(SWITCHBOARD_APP_ID),
            QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    // The service name a workspace's entries are filed under: the application id and the
    // workspace's id (WorkspaceSettings::workspaceId()).
    static QString serviceNameFor(const QString &workspaceId)
    {
        return QStringLiteral(SWITCHBOARD_APP_ID "/") + workspaceId;
    }

    // The key QtKeychain gets for `key`: see KeychainKeyCarriesServiceName.
    static QString entryKey(const QString &serviceName, const SecretKey &key,
            bool carryServiceName = KeychainKeyCarriesServiceName)
    {
        return carryServiceName ? serviceName + u'/' + key.toString() : key.toString();
    }

    QString serviceName() const { return m_serviceName; }
    // A keychain that waits on a prompt nobody can see (a locked keyring on a headless
    // display) never answers; after this long the job fails with Unavailable. The keychain's
    // late answer is then ignored. Long enough to type a keyring password.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    SecretJob *read(const SecretKey &key) override;
    SecretJob *write(const SecretKey &key, const QString &value) override;
    SecretJob *remove(const SecretKey &key) override;

private:
    SecretJob *start(SecretJob::Operation operation, const SecretKey &key, const QString &value);

    QString m_serviceName;
    std::chrono::milliseconds m_timeout = DefaultTimeout;
};

} // namespace Switchboard
