// SPDX-License-Identifier: Apache-2.0
#include "core/api/RestClientCore.h"

namespace Switchboard {

RestClientCore::RestClientCore(QObject &owner, QNetworkAccessManager &network,
        RequestScheduler &scheduler, ApiErrors::Provider provider, QString accountKey,
        RestTransport::RequestBuilder builder, QMessageLogger::CategoryFunction category,
        QStringList secrets)
    : transport(network, scheduler, provider, std::move(accountKey), std::move(builder), category,
            std::move(secrets))
    , m_owner(owner)
{ }

void RestClientCore::cancelCalls(QObject &owner)
{
    const QList<ApiCall *> calls = owner.findChildren<ApiCall *>(Qt::FindDirectChildrenOnly);
    for (ApiCall *call : calls)
        call->cancel();
}

} // namespace Switchboard
