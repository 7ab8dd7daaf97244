// SPDX-License-Identifier: Apache-2.0
#include "core/secrets/DatabasePassword.h"

namespace Switchboard {

QString DatabasePassword::serviceName(const DatabaseLocation &location)
{
    return QStringLiteral(SWITCHBOARD_APP_ID "/database/") + location.passwordIdentity();
}

DatabasePassword::FromEnvironment DatabasePassword::fromEnvironment(
        const QProcessEnvironment &environment)
{
    for (const char *name : {Variable, LibpqVariable}) {
        const QString variable = QLatin1String(name);
        const QString value = environment.value(variable);
        if (!value.isEmpty())
            return {value, variable};
    }
    return {};
}

} // namespace Switchboard
