// SPDX-License-Identifier: Apache-2.0
#include "core/storage/OperatorIdentity.h"

#include <QSysInfo>

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
    const QString given = sanitized(qEnvironmentVariable("SWITCHBOARD_OPERATOR"));
    if (!given.isEmpty())
        return given;
    QString user;
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        user = sanitized(qEnvironmentVariable(variable));
        if (!user.isEmpty())
            break;
    }
    if (user.isEmpty())
        user = QStringLiteral("unknown");
    const QString host = sanitized(QSysInfo::machineHostName());
    return host.isEmpty() ? user : user + u'@' + host;
}

} // namespace Switchboard::OperatorIdentity
