// SPDX-License-Identifier: Apache-2.0
#include "core/storage/OperatorIdentity.h"

#include <QSysInfo>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace Switchboard::OperatorIdentity {

QString sanitized(const QString &name)
{
    QString cleaned;
    for (const QChar c : name)
        cleaned += c.isPrint() ? c : u' ';
    return cleaned.simplified().left(120);
}

QString current()
{
    QString given = sanitized(qEnvironmentVariable("SWITCHBOARD_OPERATOR"));
    if (!given.isEmpty())
        return given;
    QString user;
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        user = sanitized(qEnvironmentVariable(variable));
        if (!user.isEmpty())
            break;
    }
#ifdef Q_OS_UNIX
    // cron and systemd services may run without USER or LOGNAME: the system knows the account.
    if (user.isEmpty()) {
        if (const passwd *account = getpwuid(geteuid()); account && account->pw_name)
            user = sanitized(QString::fromLocal8Bit(account->pw_name));
    }
#endif
    if (user.isEmpty())
        user = QStringLiteral("unknown");
    const QString host = sanitized(QSysInfo::machineHostName());
    return host.isEmpty() ? user : user + u'@' + host;
}

} // namespace Switchboard::OperatorIdentity
