// SPDX-License-Identifier: Apache-2.0
#include "core/secrets/SecretError.h"

#include "core/secrets/SecretKey.h"

#include <QCoreApplication>

namespace Switchboard {
namespace {

// The context of this file's messages in the .ts files (lupdate reads it from here).
struct SecretErrorText
{
    Q_DECLARE_TR_FUNCTIONS(Switchboard::SecretError)
};

// What a person can do about a keychain that cannot be used, where they are.
QString whatToDo()
{
#if defined(Q_OS_MACOS)
    return SecretErrorText::tr("Open Keychain Access, unlock the login keychain, and try again.");
#elif defined(Q_OS_WIN)
    return SecretErrorText::tr(
            "Check that Windows Credential Manager is running for your user account, and "
            "try again.");
#else
    return SecretErrorText::tr(
            "Start a Secret Service (GNOME Keyring or KWallet) in your desktop session and "
            "unlock it, then try again. Over SSH or in a container, run Switchboard inside "
            "a D-Bus session with an unlocked keyring (see the README).");
#endif
}

QString withDetail(const QString &message, const QString &detail)
{
    const QString trimmed = detail.trimmed();
    if (trimmed.isEmpty())
        return message;
    return message + u' ' + SecretErrorText::tr("(The keychain said: %1)").arg(trimmed);
}

} // namespace

SecretError SecretError::unavailable(const QString &detail)
{
    return {Kind::Unavailable,
            withDetail(SecretErrorText::tr(
                               "The keychain cannot be used, so Switchboard cannot read or store "
                               "credentials; everything that needs no credential (the history, the "
                               "organizations, the manual queue) keeps working. Nothing was saved "
                               "anywhere else.")
                            + u' ' + whatToDo(),
                    detail)};
}

SecretError SecretError::denied(const SecretKey &key, const QString &detail)
{
    return {Kind::Denied,
            withDetail(SecretErrorText::tr(
                               "Access to %1 was refused in the keychain. Allow Switchboard "
                               "access when the keychain asks, and try again.")
                               .arg(key.describe()),
                    detail)};
}

SecretError SecretError::notFound(const SecretKey &key)
{
    return {Kind::NotFound, SecretErrorText::tr("%1 is not set.").arg(key.describe())};
}

SecretError SecretError::other(const QString &message)
{
    return {Kind::Other, message};
}

QString toString(SecretError::Kind kind)
{
    switch (kind) {
    case SecretError::Kind::None:
        return QStringLiteral("none");
    case SecretError::Kind::NotFound:
        return QStringLiteral("not-found");
    case SecretError::Kind::Unavailable:
        return QStringLiteral("unavailable");
    case SecretError::Kind::Denied:
        return QStringLiteral("denied");
    case SecretError::Kind::Other:
        return QStringLiteral("other");
    }
    return {};
}

} // namespace Switchboard
