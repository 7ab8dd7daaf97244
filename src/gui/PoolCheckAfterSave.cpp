// SPDX-License-Identifier: Apache-2.0
#include "gui/PoolCheckAfterSave.h"

#include "core/api/TwilioClient.h"
#include "core/provisioning/ApiClientProvider.h"
#include "core/provisioning/PoolNumberCheck.h"
#include "core/provisioning/ProvisioningServices.h"

#include <QCoreApplication>
#include <QPointer>

namespace Switchboard::PoolCheckAfterSave {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Switchboard::PoolCheckAfterSave)
};

QString summary(const QList<PoolCheckResult> &results)
{
    QStringList problems;
    int ready = 0;
    int unanswered = 0;
    for (const PoolCheckResult &result : results) {
        if (result.usable())
            ++ready;
        else if (!result.answered)
            ++unanswered;
        else
            problems << PoolNumberCheck::describe(result);
    }
    if (problems.isEmpty() && unanswered == 0)
        return Text::tr("Twilio holds the %n number(s) added to the pool, ready for calls.",
                nullptr, ready);
    QString said = problems.join(QStringLiteral("; "));
    if (unanswered > 0) {
        if (!said.isEmpty())
            said += QStringLiteral("; ");
        said += Text::tr("%n number(s) could not be asked about now; the chain asks again "
                         "before it uses one.",
                nullptr, unanswered);
    }
    return said;
}

} // namespace

void run(const ProvisioningServices &services, const TwilioAccount &account,
        const QList<PhoneAddress> &added, QObject *context,
        const std::function<void(const QString &)> &say)
{
    if (added.isEmpty() || !services.clients || !services.pool)
        return;
    const QPointer<QObject> guard(context);
    services.clients->twilioClient(account, context,
            [services, account, added, guard, say](
                    TwilioClient *client, const TwilioCredentials &, const QString &error) {
                if (!guard)
                    return;
                if (!client) {
                    say(Text::tr("The numbers added to the pool were not checked with Twilio "
                                 "(%1); the chain asks before it uses one.")
                                    .arg(error));
                    return;
                }
                auto *checking = new PoolCheckRun(*client, account.accountSid, added, guard);
                checking->recordIn(services.pool, account.id, services.clock);
                QObject::connect(checking, &PoolCheckRun::finished, guard,
                        [say](const QList<PoolCheckResult> &results) { say(summary(results)); });
                checking->start();
            });
}

} // namespace Switchboard::PoolCheckAfterSave
