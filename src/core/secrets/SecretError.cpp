#include "SecretError.h"

#include "SecretKey.h"

#include <QCoreApplication>

namespace Switchboard {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Switchboard::SecretError", text);
}

// What a person can do about a keychain that cannot be used, where they are.
QString whatToDo()
{
#if defined(Q_OS_MACOS)
    return tr("Open Keychain Access, unlock the login keychain, and try again.");
#elif defined(Q_OS_WIN)
    return tr("Check that Windows Credential Manager is running for your user account, and "
              "try again.");
#else
    return tr("Start a Secret Service (GNOME Keyring or KWallet) in your desktop session and "
              "unlock it, then try again. Over SSH or in a container, run Switchboard inside "
              "a D-Bus session with an unlocked keyring (see the README).");
#endif
}

QString withDetail(const QString &message, const QString &detail)
{
    const QString trimmed = detail.trimmed();
    if (trimmed.isEmpty())
        return message;
    return message + u' ' + tr("(The keychain said: %1)").arg(trimmed);
}

} // namespace

SecretError SecretError::unavailable(const QString &detail)
{
    return {Kind::Unavailable,
            withDetail(tr("The keychain cannot be used, so Switchboard cannot read or store "
                          "credentials; everything that needs no credential (the history, the "
                          "organizations, the manual queue) keeps working. Nothing was saved "
                          "anywhere else.")
                            + u' ' + whatToDo(),
                    detail)};
}

SecretError SecretError::denied(const SecretKey &key, const QString &detail)
{
    return {Kind::Denied,
            withDetail(tr("Access to %1 was refused in the keychain. Allow Switchboard "
                          "access when the keychain asks, and try again.")
                               .arg(key.describe()),
                    detail)};
}

SecretError SecretError::notFound(const SecretKey &key)
{
    return {Kind::NotFound, tr("%1 is not set.").arg(key.describe())};
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
