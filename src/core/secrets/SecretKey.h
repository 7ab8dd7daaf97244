// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDebug>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Switchboard {

struct TwilioAccount;
struct VapiAccount;

// The service a secret opens. Stable lower-case names: "vapi", "twilio", "postgres".
enum class SecretApi {
    Vapi,
    Twilio,
    Postgres,
};

// What the secret is for. Stable names: "api-key", "auth-token", "api-key-secret", "password".
enum class SecretPurpose {
    ApiKey, // a Vapi private key
    AuthToken, // a Twilio auth token (AccountSid:AuthToken)
    ApiKeySecret, // the secret of a Twilio API key (SK…:secret)
    Password, // the PostgreSQL password of a team workspace
};

QString toString(SecretApi api);
QString toString(SecretPurpose purpose);
std::optional<SecretApi> secretApiFromString(const QString &text);
std::optional<SecretPurpose> secretPurposeFromString(const QString &text);

// The name of one secret in the keychain, never its value:
//   org/<organization-id>/<api>/<purpose>   a customer organization's own credential
//   workspace/<api>/<purpose>               the workspace's (global) credential
//   probe/availability                      the throwaway entry of the availability probe
// The organization id is the database id (stable across renames of the slug). Only the pairs
// that exist are accepted: vapi/api-key, twilio/auth-token, twilio/api-key-secret, and
// postgres/password for the workspace only.
class SecretKey
{
public:
    enum class Scope {
        Invalid,
        Organization,
        Workspace,
        Probe,
    };

    SecretKey() = default; // invalid

    // An invalid key (isValid() false) when the pair does not exist or the id is not positive.
    static SecretKey forOrganization(qint64 organizationId, SecretApi api, SecretPurpose purpose);
    static SecretKey forWorkspace(SecretApi api, SecretPurpose purpose);
    static SecretKey probe();
    // The key of the credential that opens an account: its Vapi private key; its Twilio auth
    // token or API key secret according to its auth mode. Workspace-scoped when the account
    // belongs to no organization.
    static SecretKey forAccount(const VapiAccount &account);
    static SecretKey forAccount(const TwilioAccount &account);

    // Strict: exactly the forms above, lower case, no spaces. On failure *error says why.
    static SecretKey parse(const QString &text, QString *error = nullptr);

    // Every key an organization can hold, so that a wipe also finds entries the index lost.
    static QList<SecretKey> allForOrganization(qint64 organizationId);
    static QList<SecretKey> allForWorkspace();
    static bool isSupported(SecretApi api, SecretPurpose purpose, Scope scope);

    bool isValid() const { return m_scope != Scope::Invalid; }
    Scope scope() const { return m_scope; }
    bool isOrganization() const { return m_scope == Scope::Organization; }
    bool isWorkspace() const { return m_scope == Scope::Workspace; }
    bool isProbe() const { return m_scope == Scope::Probe; }
    qint64 organizationId() const { return m_organizationId; } // 0 unless isOrganization()
    SecretApi api() const { return m_api; }
    SecretPurpose purpose() const { return m_purpose; }

    // The keychain entry's name; empty for an invalid key.
    QString toString() const;
    // For people: "the Vapi private key of organization 7", "the workspace Twilio auth token".
    QString describe() const;
    // The same with the organization's name where it is known: "the Vapi private key of Acme
    // Dental" (the walk: the history said "of organization 4").
    QString describe(const QString &organizationName) const;

    friend bool operator==(const SecretKey &a, const SecretKey &b)
    {
        return a.m_scope == b.m_scope && a.m_organizationId == b.m_organizationId
                && a.m_api == b.m_api && a.m_purpose == b.m_purpose;
    }
    friend bool operator!=(const SecretKey &a, const SecretKey &b) { return !(a == b); }

private:
    Scope m_scope = Scope::Invalid;
    qint64 m_organizationId = 0;
    SecretApi m_api = SecretApi::Vapi;
    SecretPurpose m_purpose = SecretPurpose::ApiKey;
};

size_t qHash(const SecretKey &key, size_t seed = 0) noexcept;
// Logs the key's name; a key is never a secret.
QDebug operator<<(QDebug debug, const SecretKey &key);

} // namespace Switchboard

Q_DECLARE_METATYPE(Switchboard::SecretKey)
