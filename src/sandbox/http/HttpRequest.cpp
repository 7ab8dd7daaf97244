// SPDX-License-Identifier: Apache-2.0
#include "sandbox/http/HttpRequest.h"

namespace Switchboard::Sandbox {

QByteArray HttpRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString HttpRequest::target() const
{
    if (rawQuery.isEmpty())
        return path;
    return path + u'?' + QString::fromLatin1(rawQuery);
}

} // namespace Switchboard::Sandbox
