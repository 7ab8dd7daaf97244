// SPDX-License-Identifier: Apache-2.0
#include "core/secrets/SecretKey.h"

#include "core/domain/TwilioAccount.h"
#include "core/domain/VapiAccount.h"

#include <QCoreApplication>
#include <QHashFunctions>

#include <array>
#include <utility>

namespace Switchboard {
namespace {

// The context of this file's messages in the .ts files (lupdate reads it from here).
struct SecretKeyText
{
    Q_DECLARE_TR_FUNCTIONS(Switchboard::SecretKey)
};

constexpr std::array<std::pair<SecretApi, QStringView>, 3> apiNames{{
        {SecretApi::Vapi, u"vapi"},
        {SecretApi::Twilio, u"twilio"},
        {SecretApi::Postgres, u"postgres"},
}};
constexpr std::array<std::pair<SecretPurpose, QStringView>, 4> purposeNames{{
        {SecretPurpose::ApiKey, u"api-key"},
        {SecretPurpose::AuthToken, u"auth-token"},
        {SecretPurpose::ApiKeySecret, u"api-key-secret"},
        {SecretPurpose::Password, u"password"},
}};

// The credentials that exist, and where. Postgres is the workspace's own database: an
// organization has none.
struct Supported
{
    SecretApi api;
    SecretPurpose purpose;
    bool organization;
};
constexpr std::array<Supported, 4> supportedPairs{{
        {SecretApi::Vapi, SecretPurpose::ApiKey, true},
        {SecretApi::Twilio, SecretPurpose::AuthToken, true},
        {SecretApi::Twilio, SecretPurpose::ApiKeySecret, true},
        {SecretApi::Postgres, SecretPurpose::Password, false},
}};

constexpr QStringView OrganizationPrefix = u"org";
constexpr QStringView WorkspacePrefix = u"workspace";
constexpr QStringView ProbeText = u"probe/availability";

QString credentialName(SecretApi api, SecretPurpose purpose)
{
    switch (purpose) {
    case SecretPurpose::ApiKey:
        return api == SecretApi::Vapi ? SecretKeyText::tr("Vapi private key")
                                      : SecretKeyText::tr("API key");
    case SecretPurpose::AuthToken:
        return SecretKeyText::tr("Twilio auth token");
    case SecretPurpose::ApiKeySecret:
        return SecretKeyText::tr("Twilio API key secret");
    case SecretPurpose::Password:
        return SecretKeyText::tr("PostgreSQL password");
    }
    return {};
}

// Decimal, positive, no sign and no leading zero: one spelling per organization.
std::optional<qint64> parseOrganizationId(QStringView text)
{
    if (text.isEmpty() || text.size() > 18 || text.front() == u'0')
        return std::nullopt;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

SecretKey fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return {};
}

} // namespace

QString toString(SecretApi api)
{
    for (const auto &[value, name] : apiNames) {
        if (value == api)
            return name.toString();
    }
    return {};
}

QString toString(SecretPurpose purpose)
{
    for (const auto &[value, name] : purposeNames) {
        if (value == purpose)
            return name.toString();
    }
    return {};
}

std::optional<SecretApi> secretApiFromString(const QString &text)
{
    for (const auto &[value, name] : apiNames) {
        if (name == text)
            return value;
    }
    return std::nullopt;
}

std::optional<SecretPurpose> secretPurposeFromString(const QString &text)
{
    for (const auto &[value, name] : purposeNames) {
        if (name == text)
            return value;
    }
    return std::nullopt;
}

bool SecretKey::isSupported(SecretApi api, SecretPurpose purpose, Scope scope)
{
    if (scope != Scope::Organization && scope != Scope::Workspace)
        return false;
    for (const Supported &pair : supportedPairs) {
        if (pair.api == api && pair.purpose == purpose)
            return scope == Scope::Workspace || pair.organization;
    }
    return false;
}

SecretKey SecretKey::forOrganization(qint64 organizationId, SecretApi api, SecretPurpose purpose)
{
    SecretKey key;
    if (organizationId <= 0 || !isSupported(api, purpose, Scope::Organization))
        return key;
    key.m_scope = Scope::Organization;
    key.m_organizationId = organizationId;
    key.m_api = api;
    key.m_purpose = purpose;
    return key;
}

SecretKey SecretKey::forWorkspace(SecretApi api, SecretPurpose purpose)
{
    SecretKey key;
    if (!isSupported(api, purpose, Scope::Workspace))
        return key;
    key.m_scope = Scope::Workspace;
    key.m_api = api;
    key.m_purpose = purpose;
    return key;
}

SecretKey SecretKey::probe()
{
    SecretKey key;
    key.m_scope = Scope::Probe;
    return key;
}

SecretKey SecretKey::forAccount(const VapiAccount &account)
{
    return account.isWorkspaceAccount()
            ? forWorkspace(SecretApi::Vapi, SecretPurpose::ApiKey)
            : forOrganization(account.organizationId, SecretApi::Vapi, SecretPurpose::ApiKey);
}

SecretKey SecretKey::forAccount(const TwilioAccount &account)
{
    const SecretPurpose purpose = account.authMode == TwilioAuthMode::ApiKey
            ? SecretPurpose::ApiKeySecret
            : SecretPurpose::AuthToken;
    return account.isWorkspaceAccount()
            ? forWorkspace(SecretApi::Twilio, purpose)
            : forOrganization(account.organizationId, SecretApi::Twilio, purpose);
}

SecretKey SecretKey::parse(const QString &text, QString *error)
{
    if (text == ProbeText)
        return probe();
    const QStringList parts = text.split(u'/');
    const bool isOrganization = parts.size() == 4 && parts.at(0) == OrganizationPrefix;
    const bool isWorkspace = parts.size() == 3 && parts.at(0) == WorkspacePrefix;
    if (!isOrganization && !isWorkspace)
        return fail(error,
                SecretKeyText::tr(
                        "secret key: \"%1\" is not of the form org/<id>/<api>/<purpose> or "
                        "workspace/<api>/<purpose>")
                        .arg(text));
    std::optional<qint64> organizationId;
    if (isOrganization) {
        organizationId = parseOrganizationId(parts.at(1));
        if (!organizationId)
            return fail(error,
                    SecretKeyText::tr(
                            "secret key: \"%1\" is not an organization id (a positive whole number "
                            "without leading zeros)")
                            .arg(parts.at(1)));
    }
    const QString &apiText = parts.at(parts.size() - 2);
    const QString &purposeText = parts.at(parts.size() - 1);
    const std::optional<SecretApi> api = secretApiFromString(apiText);
    if (!api)
        return fail(error,
                SecretKeyText::tr(
                        "secret key: unknown service \"%1\" (use vapi, twilio or postgres)")
                        .arg(apiText));
    const std::optional<SecretPurpose> purpose = secretPurposeFromString(purposeText);
    if (!purpose)
        return fail(error,
                SecretKeyText::tr("secret key: unknown purpose \"%1\" (use api-key, auth-token, "
                                  "api-key-secret or password)")
                        .arg(purposeText));
    const Scope scope = isOrganization ? Scope::Organization : Scope::Workspace;
    if (!isSupported(*api, *purpose, scope))
        return fail(error,
                SecretKeyText::tr("secret key: %1 has no %2 %3")
                        .arg(isOrganization ? SecretKeyText::tr("an organization")
                                            : SecretKeyText::tr("the workspace"),
                                apiText, purposeText));
    return isOrganization ? forOrganization(*organizationId, *api, *purpose)
                          : forWorkspace(*api, *purpose);
}

QList<SecretKey> SecretKey::allForOrganization(qint64 organizationId)
{
    QList<SecretKey> keys;
    for (const Supported &pair : supportedPairs) {
        const SecretKey key = forOrganization(organizationId, pair.api, pair.purpose);
        if (key.isValid())
            keys.append(key);
    }
    return keys;
}

QList<SecretKey> SecretKey::allForWorkspace()
{
    QList<SecretKey> keys;
    for (const Supported &pair : supportedPairs)
        keys.append(forWorkspace(pair.api, pair.purpose));
    return keys;
}

QString SecretKey::toString() const
{
    switch (m_scope) {
    case Scope::Invalid:
        return {};
    case Scope::Probe:
        return ProbeText.toString();
    case Scope::Workspace:
        return WorkspacePrefix + u'/' + Switchboard::toString(m_api) + u'/'
                + Switchboard::toString(m_purpose);
    case Scope::Organization:
        return OrganizationPrefix + u'/' + QString::number(m_organizationId) + u'/'
                + Switchboard::toString(m_api) + u'/' + Switchboard::toString(m_purpose);
    }
    return {};
}

QString SecretKey::describe() const
{
    switch (m_scope) {
    case Scope::Invalid:
        return SecretKeyText::tr("an invalid secret key");
    case Scope::Probe:
        return SecretKeyText::tr("the keychain availability probe");
    case Scope::Workspace:
        return SecretKeyText::tr("the workspace %1").arg(credentialName(m_api, m_purpose));
    case Scope::Organization:
        return SecretKeyText::tr("the %1 of organization %2")
                .arg(credentialName(m_api, m_purpose))
                .arg(m_organizationId);
    }
    return {};
}

QString SecretKey::describe(const QString &organizationName) const
{
    if (m_scope != Scope::Organization || organizationName.isEmpty())
        return describe();
    return SecretKeyText::tr("the %1 of %2")
            .arg(credentialName(m_api, m_purpose), organizationName);
}

size_t qHash(const SecretKey &key, size_t seed) noexcept
{
    return qHashMulti(seed, static_cast<int>(key.scope()), key.organizationId(),
            static_cast<int>(key.api()), static_cast<int>(key.purpose()));
}

QDebug operator<<(QDebug debug, const SecretKey &key)
{
    const QDebugStateSaver saver(debug);
    debug.nospace() << "SecretKey(" << key.toString() << ')';
    return debug;
}

} // namespace Switchboard
